"""Frozen values passed between the pipeline stages (receive → parse → normalise → detect → decide)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import cached_property

from proxy.amazon import order_ids


class Category(StrEnum):
    """POLICY.md category ids, in POLICY.md order (the order is used for display)."""

    EXTERNAL_LINK = "external_link"
    CONTACT_EMAIL = "contact_email"
    CONTACT_PHONE = "contact_phone"
    CONTACT_OTHER = "contact_other"
    REVIEW_INCENTIVE = "review_incentive"
    REVIEW_MANIPULATION = "review_manipulation"
    FEEDBACK_REMOVAL = "feedback_removal"
    REPEAT_REQUEST = "repeat_request"
    MARKETING = "marketing"
    OPT_OUT = "opt_out"
    TRACKING_PIXEL = "tracking_pixel"
    ATTACHMENT = "attachment"
    STYLING = "styling"
    OFFENSIVE = "offensive"
    IMPORTANT_TAG = "important_tag"
    MISSING_ORDER_ID = "missing_order_id"
    UNPERMITTED_PROACTIVE = "unpermitted_proactive"
    # Not a policy category: the pipeline failed on this message and held it (fail closed).
    INTERNAL = "internal"


class Action(StrEnum):
    """What a finding asks for; the strongest action of a message wins (see ``STRENGTH``)."""

    REWRITE = "rewrite"
    QUARANTINE = "quarantine"
    REJECT = "reject"


STRENGTH = {Action.REWRITE: 1, Action.QUARANTINE: 2, Action.REJECT: 3}

# What each category does unless the operator overrides it (POLICY.md); applied in decide.
DEFAULT_ACTIONS: dict[Category, Action] = {
    Category.EXTERNAL_LINK: Action.REJECT,
    Category.CONTACT_EMAIL: Action.REJECT,
    Category.CONTACT_PHONE: Action.REJECT,
    Category.CONTACT_OTHER: Action.REJECT,
    Category.REVIEW_INCENTIVE: Action.REJECT,
    Category.REVIEW_MANIPULATION: Action.REJECT,
    Category.FEEDBACK_REMOVAL: Action.QUARANTINE,
    Category.REPEAT_REQUEST: Action.REJECT,
    Category.MARKETING: Action.REJECT,
    Category.OPT_OUT: Action.REJECT,
    Category.TRACKING_PIXEL: Action.REWRITE,
    Category.ATTACHMENT: Action.REJECT,
    Category.STYLING: Action.REWRITE,
    Category.OFFENSIVE: Action.QUARANTINE,
    Category.IMPORTANT_TAG: Action.QUARANTINE,
    Category.MISSING_ORDER_ID: Action.QUARANTINE,
    Category.UNPERMITTED_PROACTIVE: Action.QUARANTINE,
    Category.INTERNAL: Action.QUARANTINE,
}


class Verdict(StrEnum):
    DELIVER = "deliver"
    REWRITE = "rewrite"
    QUARANTINE = "quarantine"
    REJECT = "reject"


class Kind(StrEnum):
    REPLY = "reply"
    PROACTIVE = "proactive"


class Origin(StrEnum):
    """Where a piece of scanned text came from."""

    SUBJECT = "subject"
    TEXT = "text"  # a text/plain part
    HTML = "html"  # visible text of a text/html part
    HIDDEN = "hidden"  # text hidden by CSS (display:none, font-size:0, same colour) - still scanned
    LINK = "link"  # an href target
    IMAGE = "image"  # an <img src>
    ALT = "alt"  # image alt/title text
    ATTACHMENT = "attachment"  # an attachment file name


# ----------------------------------------------------------------------------- parse


@dataclass(frozen=True)
class Attachment:
    """A non-body MIME part: a real attachment or an inline image."""

    filename: str  # decoded (RFC 2231 / 2047); "" when the part has none
    content_type: str  # declared, lower case, e.g. "application/pdf"
    data: bytes  # decoded payload
    inline: bool  # Content-Disposition inline or referenced by Content-ID
    content_id: str = ""  # without angle brackets
    decoded_size: int = -1  # the full decoded size when ``data`` holds only the head of a large part

    @property
    def size(self) -> int:
        return self.decoded_size if self.decoded_size >= 0 else len(self.data)


@dataclass(frozen=True)
class ParsedMessage:
    """What the parser extracted. ``raw`` is the message exactly as received."""

    raw: bytes
    headers: tuple[tuple[str, str], ...]  # decoded (name, value) in order
    subject: str
    text_parts: tuple[str, ...]  # decoded text/plain bodies
    html_parts: tuple[str, ...]  # decoded text/html bodies
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]


# ----------------------------------------------------------------------------- normalise


@dataclass(frozen=True)
class Segment:
    """One piece of text a buyer would see or follow.

    ``text`` is the original (decoded) text, used for excerpts. ``folded`` is the same text
    after Unicode NFKC, removal of invisible characters and homoglyph folding, used for
    matching. ``quoted`` is True inside quoted history (``>`` lines, blockquotes, a mail
    client's "On … wrote:" / "From: … Sent:" block). Amazon's own boilerplate inside quoted
    history has already been removed by the normaliser.
    """

    origin: Origin
    text: str
    folded: str
    part: int = 0  # index of the body part (text_parts or html_parts) or attachment
    quoted: bool = False


@dataclass(frozen=True)
class Link:
    """An ``<a href>`` (or a ``mailto:``/``tel:``) in an HTML part."""

    href: str  # entity-decoded, stripped
    text: str  # anchor text (visible), folded
    part: int = 0
    quoted: bool = False
    has_image: bool = False  # the anchor wraps an <img>
    target: str = ""  # ``href`` folded (invisible characters, look-alikes), for matching


@dataclass(frozen=True)
class Image:
    """An ``<img>`` in an HTML part (remote, ``cid:`` or ``data:``)."""

    src: str
    alt: str = ""
    width: str = ""  # attribute or CSS value as written ("1", "1px", "")
    height: str = ""
    style: str = ""
    hidden: bool = False  # display:none / visibility:hidden / zero size on it or an ancestor
    linked_href: str = ""  # href of an enclosing <a>
    part: int = 0
    quoted: bool = False


@dataclass(frozen=True)
class Document:
    """The normalised message that every detector reads."""

    parsed: ParsedMessage
    kind: Kind
    segments: tuple[Segment, ...]
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()

    def texts(self, *origins: Origin) -> list[Segment]:
        return [s for s in self.segments if not origins or s.origin in origins]


# ----------------------------------------------------------------------------- detect


class EditKind(Enum):
    DROP_HEADER = "drop_header"  # target: header name
    STRIP_IMAGE = "strip_image"  # target: the img src to remove from HTML parts
    STRIP_CSS = "strip_css"  # target: "" - remove style attributes/blocks, font tags, align
    COLLAPSE_BLANK_LINES = "collapse_blank_lines"  # target: ""


@dataclass(frozen=True)
class Edit:
    kind: EditKind
    target: str = ""


@dataclass(frozen=True)
class Finding:
    """One rule that fired, with the text that made it fire."""

    rule: str  # stable id "category.name", e.g. "external_link.url"
    category: Category
    action: Action
    excerpt: str  # the offending original text, short (<= 120 chars)
    where: str  # Origin value, e.g. "html", "subject", "attachment"
    reason: str = ""  # one line an agent can act on
    edit: Edit | None = None  # for rewrites
    quoted: bool = False  # found in the quoted history, not in what the agent wrote now


@dataclass(frozen=True)
class ReviewRequest:
    """The message asks for a product review or seller feedback for these orders."""

    order_ids: tuple[str, ...]


@dataclass(frozen=True)
class Judgement:
    """Outcome of the pure part of the pipeline for one message."""

    verdict: Verdict
    findings: tuple[Finding, ...]
    monitored: tuple[Finding, ...] = ()  # findings recorded but not acted on (monitor mode)
    review_request: ReviewRequest | None = None
    kind: Kind = Kind.REPLY
    durations: dict[str, float] = field(default_factory=dict)
    subject: str = ""  # decoded, for the quarantine list ("" when the message did not parse)
    text: str = ""  # the subject and the body parts as parsed, for the quarantine list

    @property
    def categories(self) -> list[str]:
        return sorted({f.category.value for f in self.findings})

    @cached_property
    def order_ids(self) -> tuple[str, ...]:
        """Order ids named anywhere in the subject or a body part; found only when a hold asks
        (the scan costs ~0.5 ms on a 25 KB reply that the relay path does not need)."""
        return tuple(order_ids(self.text))


@dataclass(frozen=True)
class Later:
    """An audit detail computed when the row is written, after the helpdesk has its reply (the
    rewrite's diff parses the message twice: about a tenth of a rewritten message's cost)."""

    compute: Callable[[], str]


def resolved(details: dict[str, object]) -> dict[str, object]:
    """``details`` with every ``Later`` value computed (a failure becomes a note, not an error)."""
    out: dict[str, object] = {}
    for key, value in details.items():
        if isinstance(value, Later):
            try:
                value = value.compute()
            except Exception as exc:  # the audit row must still be written
                value = f"(not computed: {type(exc).__name__})"
        out[key] = value
    return out
