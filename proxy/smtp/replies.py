"""The one SMTP reply catalogue: every reply bsm-guard sends, with its enhanced status code."""

from __future__ import annotations

import re
from dataclasses import dataclass

from proxy.models import STRENGTH, Finding

# RFC 5321 4.5.3.1.5: a reply line is at most 512 octets including the code and CRLF.
_MAX_TEXT = 400
_ENHANCED = re.compile(r"^([245])\.\d{1,3}\.\d{1,3}\s")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Reply:
    """A single-line SMTP reply: ``code enhanced text``."""

    code: int
    enhanced: str
    text: str

    def __str__(self) -> str:
        return f"{self.code} {self.enhanced} {self.text}"

    @property
    def accepted(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500


def clean(text: str, limit: int = _MAX_TEXT) -> str:
    """One ASCII line: control characters become spaces, other non-ASCII becomes ``?``."""
    line = " ".join(_UNSAFE.sub(" ", text).split())
    line = line.encode("ascii", "replace").decode("ascii")
    return line if len(line) <= limit else line[: limit - 3] + "..."


# ----------------------------------------------------------------------------- session
GREETING_IDENT = "ESMTP bsm-guard"
AUTH_REQUIRED = Reply(
    530,
    "5.7.0",
    "Authentication required: STARTTLS then AUTH (or AUTH on the implicit TLS port), "
    "or connect from an allowed network",
)
# RFC 4954 section 6: AUTH PLAIN/LOGIN over a connection that is not encrypted.
AUTH_NEEDS_TLS = Reply(
    538, "5.7.11", "Encryption required for requested authentication mechanism: issue STARTTLS first"
)
AUTH_NEEDS_TLS_NONE_HERE = Reply(
    538,
    "5.7.11",
    "Encryption required for requested authentication mechanism: this server has no TLS "
    "certificate (smtp.tls), so it accepts no AUTH",
)
AUTH_TEMPFAIL = Reply(454, "4.7.0", "Temporary authentication failure, try again later")
TOO_MANY_SESSIONS = Reply(421, "4.7.0", "Too many connections, try again later")
TOO_MANY_FROM_CLIENT = Reply(421, "4.7.0", "Too many connections from your address, try again later")
SHUTTING_DOWN = Reply(421, "4.3.2", "Service shutting down, try again later")
# RFC 5321 4.5.3.2: a server may close a session that stays silent; it says why first.
IDLE_TIMEOUT = Reply(421, "4.4.2", "Timeout: no complete command received in time, closing the connection")
DATA_TIMEOUT = Reply(
    421, "4.4.2", "Timeout: the message was not received and handled in time, closing the connection"
)
SENDER_OK = Reply(250, "2.1.0", "Sender OK")
RECIPIENT_OK = Reply(250, "2.1.5", "Recipient OK")
TOO_MANY_RECIPIENTS = Reply(452, "4.5.3", "Too many recipients in one message")
INTERNAL_ERROR = Reply(451, "4.3.0", "Internal error, try again later")
HOLD_FAILED = Reply(451, "4.3.0", "Cannot store the message for review now, try again later")
REQUEST_IN_FLIGHT = Reply(
    451, "4.7.1", "A review request for this order is being sent right now: try again in a few minutes"
)
UPSTREAM_UNAVAILABLE = Reply(451, "4.4.1", "Upstream mail server unavailable, try again later")
LINE_TOO_LONG = Reply(
    500, "5.5.2", "Line too long (RFC 5321 4.5.3.1.6): use quoted-printable or base64 for long lines"
)


def relaying_denied(address: str) -> Reply:
    return Reply(
        550,
        "5.7.1",
        clean(
            f"Relaying denied: <{address}> is not at an Amazon buyer relay "
            "domain (marketplace.amazon.<storefront>; an operator adds "
            "a new one in smtp.extra_relay_domains)"
        ),
    )


def routed_recipient(address: str) -> Reply:
    return Reply(
        553,
        "5.1.3",
        clean(
            f"<{address}> is not an Amazon buyer relay address: its local part routes on to another "
            "address (%, ! or a quoted @); send to the buyer's relay address as Amazon gave it"
        ),
    )


def sender_not_authorised(address: str) -> Reply:
    return Reply(
        550,
        "5.7.1",
        clean(
            f"Sender <{address}> is not authorised: Amazon would reject "
            "mail from it; send from an address registered in Seller "
            "Central"
        ),
    )


def message_too_big(limit: int) -> Reply:
    return Reply(552, "5.3.4", f"Message size exceeds the limit of {limit} bytes")


# ----------------------------------------------------------------------------- end of DATA
def relayed(upstream_text: str) -> Reply:
    return Reply(250, "2.0.0", clean(f"Relayed: {upstream_text}", 200))


def held(held_id: str, findings: tuple[Finding, ...]) -> Reply:
    rules = ", ".join(dict.fromkeys(f.rule for f in findings)) or "review"
    return Reply(250, "2.6.0", clean(f"Held for supervisor review as {held_id} ({rules})"))


def rejected(findings: tuple[Finding, ...]) -> Reply:
    """``550 5.7.1 <category>: <what to do> [<rule id>]``, naming the strongest finding first."""
    ordered = sorted(findings, key=lambda f: -STRENGTH[f.action])
    first = ordered[0]
    reason = first.reason or (f"remove {first.excerpt!r}" if first.excerpt else "see the policy")
    if first.quoted:
        reason = f"in the quoted history: {reason}"
    others = sorted({f.category.value for f in ordered[1:]} - {first.category.value})
    more = f" (also: {', '.join(others)})" if others else ""
    return Reply(550, "5.7.1", clean(f"{first.category.value}: {reason} [{first.rule}]{more}"))


def upstream(code: int, text: str) -> Reply:
    """The upstream's permanent reply passed through (its own enhanced code when it sent one)."""
    m = _ENHANCED.match(text)
    if m and m.group(1) == str(code)[0]:
        enhanced, text = text.split(None, 1)[0], text[m.end() :]
    else:
        enhanced = f"{str(code)[0]}.0.0"
    return Reply(code, enhanced, clean(f"Upstream: {text}"))


# ----------------------------------------------------------------------------- aiosmtpd
# aiosmtpd's own replies without enhanced codes (RFC 2034 wants one on every reply once
# ENHANCEDSTATUSCODES is advertised); translated on the way out by the server.
_BUILTIN: dict[str, Reply] = {
    "250 OK": Reply(250, "2.0.0", "OK"),
    "221 Bye": Reply(221, "2.0.0", "Bye"),
    "220 Ready to start TLS": Reply(220, "2.0.0", "Ready to start TLS"),
    "500 Line too long (see RFC5321 4.5.3.1.6)": LINE_TOO_LONG,
    "500 Command line too long": Reply(500, "5.5.2", "Command line too long"),
    "500 Error: bad syntax": Reply(500, "5.5.2", "Syntax error"),
    "500 Error: strict ASCII mode": Reply(500, "5.5.2", "Non-ASCII command without SMTPUTF8"),
    "503 Error: nested MAIL command": Reply(503, "5.5.1", "Nested MAIL command"),
    "503 Error: need MAIL command": Reply(503, "5.5.1", "Need MAIL command first"),
    "503 Error: need RCPT command": Reply(503, "5.5.1", "Need RCPT command first"),
    "503 Error: send HELO first": Reply(503, "5.5.1", "Send HELO first"),
    "503 Error: send EHLO first": Reply(503, "5.5.1", "Send EHLO first"),
    "503 Already authenticated": Reply(503, "5.5.1", "Already authenticated"),
    "538 5.7.11 Encryption required for requested authentication mechanism": AUTH_NEEDS_TLS,
    "554 Command refused due to lack of security": Reply(554, "5.7.0", "TLS handshake failed"),
    "454 TLS not available": Reply(454, "4.7.0", "TLS not available"),
    "501 Error: SMTPUTF8 disabled": Reply(501, "5.5.4", "SMTPUTF8 disabled"),
    "553 5.1.3 Error: malformed address": Reply(553, "5.1.3", "Malformed address"),
}
_CLASS_ENHANCED = {"2": "2.0.0", "4": "4.0.0", "5": "5.5.0"}


def translate(status: str) -> str:
    """A reply produced by aiosmtpd itself, with an enhanced status code (and no internals)."""
    known = _BUILTIN.get(status)
    if known is not None:
        return str(known)
    code, _, text = status.partition(" ")
    if code == "220" or len(code) != 3 or not code.isdigit() or code[0] not in _CLASS_ENHANCED:
        return status
    if _ENHANCED.match(text + " "):  # ours, or the upstream's passed through (its 552 5.2.2 too)
        return status
    if code == "552":
        return str(Reply(552, "5.3.4", "Message too big"))
    return f"{code} {_CLASS_ENHANCED[code[0]]} {clean(text.removeprefix('Error: '))}"
