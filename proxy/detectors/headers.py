"""Header checks: a List-Unsubscribe header is opt_out, removed by rewrite (the message goes through)."""

from __future__ import annotations

from proxy.detectors.base import Context
from proxy.excerpts import clip
from proxy.models import Action, Category, Document, Edit, EditKind, Finding

LIST_UNSUBSCRIBE = "List-Unsubscribe"
RULE = "opt_out.list_unsubscribe_header"
REASON = (
    "the List-Unsubscribe header was removed: buyers opt out through Amazon; "
    "turn it off in the helpdesk or mailing tool for Amazon relay addresses"
)


def detect(doc: Document, ctx: Context) -> list[Finding]:
    values = doc.parsed.header_all(LIST_UNSUBSCRIBE)
    if not values:
        return []
    # One finding per message: one edit drops every occurrence of the header.
    shown = clip(" ".join(values))
    return [
        Finding(
            rule=RULE,
            category=Category.OPT_OUT,
            action=Action.REWRITE,
            excerpt=shown,
            where="header",
            reason=REASON,
            edit=Edit(EditKind.DROP_HEADER, LIST_UNSUBSCRIBE),
        )
    ]
