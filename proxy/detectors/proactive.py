"""Proactive-message checks: missing order id, unpermitted kinds of message, misused [Important]."""

from __future__ import annotations

import re
from collections.abc import Sequence

from proxy.amazon import ORDER_ID
from proxy.detectors.attachments import check_part
from proxy.detectors.base import Context, excerpt
from proxy.detectors.requests import SIGNAL as REVIEW_REQUEST
from proxy.excerpts import clip
from proxy.models import DEFAULT_ACTIONS, Category, Document, Finding, Kind, Origin
from proxy.rules.engine import Hit, to_finding

# Detector names the signal rules of rules/unpermitted_proactive.yaml and
# rules/important_tag.yaml are declared with.
UNPERMITTED = "proactive"
IMPORTANT = "important_tag"
MISSING_ORDER_ID = "missing_order_id.no_order_id"

# Where an order id counts: "in the subject or body" (POLICY.md), not link targets or file names.
_ORDER_ORIGINS = (Origin.SUBJECT, Origin.TEXT, Origin.HTML)
# Something shaped like an order number that is not a valid 3-7-7 id (a typo, a shop's own number).
_LOOKALIKE = re.compile(r"(?<![\w-])\d{3}-\d{5,8}-\d{5,8}(?![\w-])")
# Categories whose wording shows the message has a purpose of its own: it is not a courtesy-only
# message even when it also thanks the buyer (it is reported under that category instead).
_OTHER_PURPOSE = frozenset(
    {
        Category.MARKETING,
        Category.REVIEW_INCENTIVE,
        Category.REVIEW_MANIPULATION,
        Category.FEEDBACK_REMOVAL,
    }
)
# Where one sentence ends and the next begins, for telling whether two hits share a sentence.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？\n]")
_IMPORTANT_IN_SUBJECT = re.compile(r"\[\s*important\s*\]", re.I)
# A sign-off on a line of its own: what follows is a signature, where a shop's strapline
# ("personalised gifts since 1998") is no context for [Important].
_SIGN_OFF = re.compile(
    r"\n[^\S\n]*(?:(?:best|kind|warm|many)?\s*(?:regards|wishes|thanks)|thanks|thank you|cheers"
    r"|sincerely|yours|mit freundlichen grüßen|(?:viele|beste|liebe) grüße|cordialement"
    r"|bien (?:à vous|cordialement)|salutations|atentamente|(?:un )?saludos?|cordiali saluti"
    r"|distinti saluti|saluti|grazie|gracias|merci|danke|よろしくお願い(?:いた)?します|敬具)"
    r"[^\S\n]*[,.!。]?[^\S\n]*\n",
    re.I,
)


def detect(doc: Document, ctx: Context) -> list[Finding]:
    findings: list[Finding] = []
    if doc.kind is Kind.PROACTIVE:
        findings.extend(missing_order_id(doc))
    if ctx.rules is None or not _needs_rules(doc):
        return findings
    hits = list(ctx.rule_hits(doc))
    unpermitted = unpermitted_kind(doc, hits) if doc.kind is Kind.PROACTIVE else []
    findings.extend(unpermitted)
    findings.extend(important_tag(hits, courtesy_only=bool(unpermitted)))
    return findings


def _needs_rules(doc: Document) -> bool:
    """Replies only matter here when their subject carries the tag: skip the rule pass."""
    return doc.kind is Kind.PROACTIVE or bool(
        _IMPORTANT_IN_SUBJECT.search(" ".join(s.folded for s in doc.segments if s.origin is Origin.SUBJECT))
    )


# --------------------------------------------------------------------------- missing_order_id


def missing_order_id(doc: Document) -> list[Finding]:
    """A proactive message must name its 17-digit order id in the subject or the body."""
    texts = [s for s in doc.segments if s.origin in _ORDER_ORIGINS]
    if any(ORDER_ID.search(s.folded) for s in texts):
        return []
    reason = "add the 17-digit Amazon order id (123-1234567-1234567) to the subject or body"
    shown = doc.parsed.subject or "(no subject)"
    where = "subject"
    for seg in texts:
        m = _LOOKALIKE.search(seg.folded)
        if m:
            reason = f"'{m.group(0)}' is not a valid Amazon order id (3-7-7 digits): {reason}"
            shown, where = excerpt(seg.folded, m.start(), m.end()), seg.origin.value
            break
    return [
        Finding(
            rule=MISSING_ORDER_ID,
            category=Category.MISSING_ORDER_ID,
            action=DEFAULT_ACTIONS[Category.MISSING_ORDER_ID],
            excerpt=clip(shown),
            where=where,
            reason=reason,
        )
    ]


# --------------------------------------------------------------------------- unpermitted_proactive


def unpermitted_kind(doc: Document, hits: Sequence[Hit]) -> list[Finding]:
    """A notice (confirmation, thank-you, here-to-help, out-of-stock, auto-ack) with nothing
    the buyer needs: no question or request, no document, problem, review request or other
    content. Reports the most specific notice once.

    An attached file the buyer can open keeps a courtesy-only note (thank-you, here-to-help,
    auto-ack) from being reported: it sends that document. It does not hide an order or shipping
    confirmation or an out-of-stock notice: those stay a forbidden kind of message unless their
    text sends the document ("please find your invoice attached", a ``purpose`` signal).

    Two kinds of notice stay reported next to some content. A ``firm`` notice (an order or
    shipping confirmation) is a forbidden kind of message whatever it also promotes: marketing
    wording (a referral scheme, a coupon, a newsletter, a cross-sell) is reported as well, not
    instead, and a ``promotion`` purpose signal does not hide it (review wording still makes the
    message about the review, which that category reports). An opt-out line ("reply STOP to
    unsubscribe") is no request to the buyer. A
    ``stock`` notice whose message also cancels the order or offers a substitute (a
    ``stock_resolution`` signal) is an out-of-stock notice whatever question, refund or
    promotion comes with it: cancelling and offering another item is what such a notice does."""
    notices = [h for h in hits if _role(h, UNPERMITTED) == "notice"]
    if not notices or any(h.rule.detector == REVIEW_REQUEST for h in hits):
        return []
    documents = _sends_document(doc)
    purposes = [h for h in hits if _role(h, UNPERMITTED) == "purpose" and not _opt_out_instruction(h, hits)]
    # A newsletter invitation or a coupon (a ``promotion`` purpose) is promotion: it keeps a
    # thank-you from being thank-you-only, but a firm notice stays reported next to it.
    promotion_only = all(h.rule.params.get("promotion") is True for h in purposes)
    other = any(_other_category(h) for h in hits)
    promotes = other and all(h.rule.category is Category.MARKETING for h in hits if _other_category(h))
    resolved = any(_role(h, UNPERMITTED) == "stock_resolution" for h in hits)

    def stands(hit: Hit) -> bool:
        if resolved and hit.rule.params.get("stock") is True:
            return True
        if hit.rule.params.get("firm") is True:
            return promotion_only and (not other or promotes)
        if documents and hit.rule.params.get("stock") is not True:
            return False
        return not purposes and not other

    kept = [h for h in notices if stands(h)]
    if not kept:
        return []
    first = min(kept, key=lambda h: (_priority(h), doc.segments.index(h.segment)))
    return [to_finding(first)]


def _opt_out_instruction(hit: Hit, hits: Sequence[Hit]) -> bool:
    """A request that is the opt-out line itself ("reply STOP to unsubscribe", 「停止」とご返信
    ください): opt_out reports it, and it asks nothing the order needs."""
    if hit.rule.params.get("ask") is not True:
        return False
    return any(
        h.rule.category is Category.OPT_OUT and h.rule.detector is None and _same_sentence(h, hit)
        for h in hits
    )


def _same_sentence(a: Hit, b: Hit) -> bool:
    if a.segment is not b.segment:
        return False
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    between = a.segment.folded[lo:hi]
    return _SENTENCE_END.search(between) is None or (a.start < b.end and b.start < a.end)


def _sends_document(doc: Document) -> bool:
    """A file the buyer can open (a type the attachment rule allows, its content as named) is
    attached: a courtesy note that carries it sends a document (a manual, a warranty card).

    It does not make a confirmation or an out-of-stock notice permitted: only its text can say
    that the message sends an invoice or a manual (the ``purpose`` signals). An archive, a
    spreadsheet, an HTML page, a video or a WebP/HEIC image is no document the buyer was sent."""
    return any(a.filename and not a.inline and check_part(a) is None for a in doc.parsed.attachments)


def _other_category(hit: Hit) -> bool:
    """Wording another category reports (marketing, review incentives and manipulation)."""
    return hit.rule.detector is None and hit.rule.category in _OTHER_PURPOSE


def _other_purpose(hit: Hit) -> bool:
    """Content another category reports, or a review request (permitted once per order)."""
    return hit.rule.detector == REVIEW_REQUEST or _other_category(hit)


def _role(hit: Hit, detector: str) -> str | None:
    if hit.rule.detector != detector:
        return None
    role = hit.rule.params.get("role")
    return role if isinstance(role, str) else None


def _priority(hit: Hit) -> int:
    value = hit.rule.params.get("priority", 99)
    return value if isinstance(value, int) else 99


# --------------------------------------------------------------------------- important_tag


def important_tag(hits: Sequence[Hit], courtesy_only: bool) -> list[Finding]:
    """``[Important]`` is allowed only when the message schedules a delivery, fixes an address
    or asks about a customisation. A context signal marked ``alone`` (the message is about
    it: a redelivery, an address that does not match, the engraving text) or ``settled`` (a
    slot confirmed as agreed) allows the tag by itself; a plain context mention needs a question
    or request to the buyer too. Context in a signature does not count, and the tag stays
    misused on a courtesy-only notice, a review request, or marketing that comes without a
    question the order needs (with one, marketing reports the advert and the tag stays)."""
    tags = [h for h in hits if _role(h, IMPORTANT) == "tag"]
    if not tags:
        return []
    if courtesy_only:
        return [to_finding(tags[0])]
    context = [h for h in hits if _role(h, IMPORTANT) == "context" and not _in_signature(h)]
    alone = any(h.rule.params.get("alone") is True or h.rule.params.get("settled") is True for h in context)
    ask = any(
        h.rule.detector == UNPERMITTED
        and h.rule.params.get("ask") is True
        and not _opt_out_instruction(h, hits)
        for h in hits
    )
    others = [h for h in hits if _other_purpose(h)]
    if others:
        # A question the order waits for (an address, a slot, the engraving) keeps the tag even
        # when a P.S. also advertises: marketing reports the advert. Review wording never does.
        advert_only = all(h.rule.category is Category.MARKETING and h.rule.detector is None for h in others)
        if advert_only and context and ask:
            return []
        return [to_finding(tags[0])]
    if context and (alone or ask):
        return []
    return [to_finding(tags[0])]


def _in_signature(hit: Hit) -> bool:
    """The hit lies after a sign-off line of a body segment."""
    if hit.segment.origin is Origin.SUBJECT:
        return False
    m = _SIGN_OFF.search(hit.segment.folded, 0, hit.start + 1)
    return m is not None and m.end() <= hit.start
