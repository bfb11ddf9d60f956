"""bsm-guard: keep helpdesk mail to Amazon buyers within the Buyer-Seller Messaging rules."""

__version__ = "0.1.0"
