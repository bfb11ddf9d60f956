"""The act stage: relay, hold, reject or rewrite an inbound message, and release a held one.

Both paths hand a message upstream through one function (``act.send_upstream``).
"""
