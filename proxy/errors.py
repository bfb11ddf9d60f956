"""The bsm-guard exception tree; caught at the boundaries (SMTP handler, CLI, HTTP route).

BsmGuardError
├── ConfigError          a config file or rule pack is invalid (file, key, reason)
├── ParseLimitError      a message exceeds the parse bounds (parts, depth, decoded size)
├── StoreError           the durable store could not be written or read
└── RelayError           the upstream did not take the message
    ├── RelayTempError   4xx, timeout, refused or dropped connection
    └── RelayPermError   5xx from the upstream
"""

from __future__ import annotations


class BsmGuardError(Exception):
    """Base of every error bsm-guard raises on purpose."""


class ConfigError(BsmGuardError):
    def __init__(self, source: str, key: str, reason: str) -> None:
        super().__init__(f"{source}: {key}: {reason}")
        self.source = source
        self.key = key
        self.reason = reason


class ParseLimitError(BsmGuardError):
    pass


class StoreError(BsmGuardError):
    pass


class LedgerBusy(StoreError):
    """Another message's review request for the same order is being relayed right now."""

    def __init__(self, order_id: str) -> None:
        super().__init__(f"a review request for order {order_id} is being relayed by another session")
        self.order_id = order_id


class RelayError(BsmGuardError):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message


class RelayTempError(RelayError):
    pass


class RelayPermError(RelayError):
    pass
