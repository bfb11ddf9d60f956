"""Review-request recognition: does the message ask for a review or seller feedback, for which orders."""

from __future__ import annotations

import re
from collections.abc import Sequence

from proxy.amazon import order_ids
from proxy.detectors.base import Context
from proxy.models import Category, Document, Origin, ReviewRequest
from proxy.rules.engine import Hit, SegmentText, confirm

# The pack rules declared ``detector: review_request`` (rules/review_request.yaml).
SIGNAL = "review_request"
_OWN = (Origin.SUBJECT, Origin.TEXT, Origin.HTML, Origin.HIDDEN)
# A link to Amazon's own review or seller-feedback form asks for one, whatever the words around
# it say ("https://www.amazon.de/review/create-review?asin=…", "/hz/feedback?orderID=…").
# Amazon's notification links "communication-manager/ss-feedback" ("Was this email helpful?"),
# which is not among them, and quoted text is not the seller's request anyway.
_REVIEW_FORM = re.compile(
    r"\bamazon\.[a-z.]{2,6}/(?:[\w-]+/)?(?:review/(?:create-review|review-your-purchases|write-a-review)"
    r"|ryp/|hz/feedback|gp/feedback/)",
    re.I,
)


def review_request(doc: Document, ctx: Context) -> ReviewRequest | None:
    """A ``ReviewRequest`` when the seller's own text asks for a product review or seller
    feedback (product reviews and seller feedback share one history), else ``None``.

    Order ids come from the subject and the seller's own text; when they name none (a request
    inside a reply), from the quoted history, where Amazon's notification names the order.
    """
    hits = ctx.rule_hits(doc)
    if (
        not links_review_form(doc)
        and not rewards_a_review(hits)
        and (ctx.rules is None or not outside_removals(ctx.rules.signals(doc, SIGNAL, hits), hits))
    ):
        return None
    return ReviewRequest(order_ids=request_orders(doc))


def outside_removals(signals: Sequence[Hit], hits: Sequence[Hit]) -> list[Hit]:
    """The request signals that do not share a sentence with a request to remove or change a
    review (a ``feedback_removal`` hit in the seller's own text): "Bitte entfernen Sie die
    Ein-Stern-Bewertung" asks to take a review away, not for one, whatever request words it
    uses. A signal rule is confirmed again after such a sentence, so that a separate request
    later in the same text still counts."""
    removals = [h for h in hits if h.rule.category is Category.FEEDBACK_REMOVAL and not h.segment.quoted]
    if not removals:
        return list(signals)
    kept: list[Hit] = []
    for sig in signals:
        text = sig.segment.folded
        view = SegmentText(text)
        start, end = sig.start, sig.end
        while True:
            lo, hi = view.window("sentence", start, end)
            if not any(r.segment is sig.segment and r.start < hi and r.end > lo for r in removals):
                kept.append(Hit(rule=sig.rule, segment=sig.segment, start=start, end=end))
                break
            span = confirm(sig.rule, text[hi:]) if hi < len(text) else None
            if span is None:
                break
            start, end = hi + span[0], hi + span[1]
    return kept


def rewards_a_review(hits: Sequence[Hit]) -> bool:
    """Whether the seller's own text offers something for a review ("whoever reviews us gets a
    free box"): an incentive solicits the review it pays for. An incentive to remove or change
    a review (a ``feedback_removal`` hit as well) is a removal request, not a review request."""
    own = [h for h in hits if not h.segment.quoted]
    return any(h.rule.category is Category.REVIEW_INCENTIVE for h in own) and not any(
        h.rule.category is Category.FEEDBACK_REMOVAL for h in own
    )


def links_review_form(doc: Document) -> bool:
    """Whether the seller's own text or links point at Amazon's review or feedback form."""
    own = (s.text for s in doc.segments if s.origin in _OWN and not s.quoted)
    hrefs = (link.target or link.href for link in doc.links if not link.quoted)
    return any(_REVIEW_FORM.search(text) for text in (*own, *hrefs))


def request_orders(doc: Document) -> tuple[str, ...]:
    own = [s.text for s in doc.segments if s.origin in _OWN and not s.quoted]
    ids = order_ids("\n".join(own))
    if not ids:
        quoted = [s.text for s in doc.segments if s.origin in _OWN and s.quoted]
        ids = order_ids("\n".join(quoted))
    return tuple(ids)
