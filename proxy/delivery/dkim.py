"""DKIM and the rewrite step: a message the helpdesk signed no longer verifies once bsm-guard
changed its bytes; ``dkim.on_rewrite`` decides what is relayed then (unsigned with a note, held
for a supervisor, or re-signed with the seller's key by dkimpy). Never asks DNS."""

from __future__ import annotations

import base64
import binascii
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import dkim as dkimpy

from proxy.errors import BsmGuardError
from proxy.excerpts import clip
from proxy.models import Action, Category, Edit, EditKind, Finding
from proxy.pipeline.rewrite import apply_edits
from proxy.settings import DkimSettings

SIGNATURE = "DKIM-Signature"
NOTE_HEADER = "X-BSM-Guard-DKIM"
HOLD_RULE = "internal.dkim_rewrite"
# A re-signature covers these (those present) and dkimpy's RFC 6376 list; From twice (dkimpy's
# "frozen" set), so that no second From can be added without breaking it.
SIGNED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type")
CANONICALIZE = (b"relaxed", b"relaxed")  # survives the header refolding of later hops

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_SIGNATURE_FIELD = re.compile(rb"^dkim-signature[ \t]*:", re.I | re.M)
_PEM = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
# PKCS#8 PrivateKeyInfo of an Ed25519 key (RFC 8410): this prefix, then the 32-byte seed.
_ED25519_PKCS8 = bytes.fromhex("302e020100300506032b657004220420")
_MAX_WHAT = 200


class DkimError(BsmGuardError):
    """The seller's key could not be read or the message could not be signed."""


@dataclass(frozen=True)
class Outcome:
    """What to do with a rewritten message. ``hold``: do not relay, hold it with this finding;
    otherwise relay ``data``. ``note`` says what happened to the signature ("" untouched)."""

    data: bytes
    note: str = ""
    hold: Finding | None = None


def after_rewrite(
    original: bytes,
    rewritten: bytes,
    edits: Sequence[Edit],
    settings: DkimSettings,
    *,
    supervised: bool = False,
) -> Outcome:
    """Apply ``settings.on_rewrite`` to a message whose bytes the rewrite changed and that
    carried a DKIM-Signature. Every signature counts as broken once the bytes changed (no DNS
    here to check it). ``supervised``: a supervisor released it, so "hold" relays unsigned.
    Raises ``DkimError`` when re-signing fails."""
    if rewritten == original or not is_signed(original):
        return Outcome(rewritten)
    what = describe(edits)
    if settings.on_rewrite == "hold" and not supervised:
        return Outcome(rewritten, hold=hold_finding(what))
    if settings.on_rewrite == "resign":
        if not (settings.selector and settings.domain and settings.key_file):
            raise DkimError("dkim.on_rewrite resign needs dkim.selector, dkim.domain and dkim.key_file")
        data = sign(strip_signatures(rewritten), settings.selector, settings.domain, settings.key_file)
        return Outcome(data, note=f"re-signed with {settings.selector}._domainkey.{settings.domain} ({what})")
    note = removed_note(what)
    return Outcome(with_note(strip_signatures(rewritten), note), note=note)


def is_signed(raw: bytes) -> bool:
    """The message's own header block has a DKIM-Signature field."""
    return _SIGNATURE_FIELD.search(_head(raw)) is not None


def strip_signatures(raw: bytes) -> bytes:
    """``raw`` without its DKIM-Signature fields and without a note header it already had."""
    return apply_edits(raw, [Edit(EditKind.DROP_HEADER, SIGNATURE), Edit(EditKind.DROP_HEADER, NOTE_HEADER)])


def removed_note(what: str) -> str:
    return f"removed (message rewritten: {what})"


def with_note(raw: bytes, note: str) -> bytes:
    """``raw`` with ``X-BSM-Guard-DKIM: <note>`` as its first header field."""
    value = clip(note.encode("ascii", "replace").decode("ascii"), 900)
    return f"{NOTE_HEADER}: {value}".encode("ascii") + _eol(raw) + raw


def describe(edits: Sequence[Edit]) -> str:
    """What the rewrite changed, in a few words: "1 remote image removed, List-Unsubscribe
    header removed"."""
    images = sum(1 for e in edits if e.kind is EditKind.STRIP_IMAGE)
    parts: list[str] = []
    if images:
        parts.append(f"{images} remote image{'s' if images > 1 else ''} removed")
    headers = Counter(e.target.strip() for e in edits if e.kind is EditKind.DROP_HEADER)
    parts += [f"{name} header removed" for name in headers]
    if any(e.kind is EditKind.STRIP_CSS for e in edits):
        parts.append("styling removed")
    if any(e.kind is EditKind.COLLAPSE_BLANK_LINES for e in edits):
        parts.append("blank lines collapsed")
    return clip(", ".join(parts) or "content changed", _MAX_WHAT)


def hold_finding(what: str) -> Finding:
    """The finding that holds a signed message instead of changing it (on_rewrite "hold")."""
    return Finding(
        rule=HOLD_RULE,
        category=Category.INTERNAL,
        action=Action.QUARANTINE,
        excerpt=clip(what),
        where="header",
        reason=(
            f"the message is DKIM-signed and would have to be changed ({what}); "
            "a release relays it rewritten, without the signature"
        ),
    )


def sign(raw: bytes, selector: str, domain: str, key_file: str) -> bytes:
    """``raw`` with a new DKIM-Signature (relaxed/relaxed) by ``selector._domainkey.domain``
    first; the key is read from ``key_file`` each time (a rotated key needs no restart)."""
    key, algorithm = load_key(key_file)
    try:
        signer = dkimpy.DKIM(raw, signature_algorithm=algorithm, linesep=_eol(raw))
        signer.should_sign.update(h.lower().encode("ascii") for h in SIGNED_HEADERS)
        header: bytes = signer.sign(
            selector.encode("ascii"), domain.encode("ascii"), key, canonicalize=CANONICALIZE
        )
    except (dkimpy.DKIMException, UnicodeError, ValueError) as exc:
        raise DkimError(f"DKIM signing with {key_file} failed: {exc}") from exc
    return header + raw


def load_key(key_file: str) -> tuple[bytes, bytes]:
    """(key as dkimpy takes it, signature algorithm) from a PEM file: RSA (PKCS#1 or PKCS#8)
    or Ed25519 (PKCS#8; signing it needs PyNaCl, dkimpy's ``ed25519`` extra)."""
    try:
        pem = Path(key_file).read_bytes().replace(b"\r\n", b"\n")
    except OSError as exc:
        raise DkimError(f"dkim.key_file {key_file}: {exc.strerror or exc}") from exc
    m = _PEM.search(pem)
    if m is None:
        raise DkimError(f"dkim.key_file {key_file}: no PEM private key in it")
    try:
        der = base64.b64decode(b"".join(m.group(2).split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DkimError(f"dkim.key_file {key_file}: bad PEM: {exc}") from exc
    if len(der) == len(_ED25519_PKCS8) + 32 and der.startswith(_ED25519_PKCS8):
        return base64.b64encode(der[len(_ED25519_PKCS8) :]), b"ed25519-sha256"
    return m.group(0) + b"\n", b"rsa-sha256"


def _head(raw: bytes) -> bytes:
    if raw.startswith((b"\r\n", b"\n")):
        return b""
    m = _HEADER_END.search(raw)
    return raw if m is None else raw[: m.start() + 1]


def _eol(raw: bytes) -> bytes:
    head = _head(raw)
    return b"\r\n" if b"\r\n" in (head or raw[:4096]) else b"\n"
