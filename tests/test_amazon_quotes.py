"""Amazon's notification quoted under a reply is Amazon's: relayed in every language and quoting
style; what the agent wrote earlier in the same quote is still caught."""

from __future__ import annotations

import pytest
from notices import NOTICES, build

from proxy.pipeline.checker import build_checker
from proxy.pipeline.quotes import blank_amazon_text, blank_relays, notice_spans, split_quoted
from proxy.settings import DetectSettings

CHECKER = build_checker(DetectSettings())
TEXT_STYLES = ["gt", "plain", "outlook", "zendesk"]
HTML_STYLES = ["blockquote", "gmail", "outlook"]


def rules(raw: bytes) -> list[str]:
    return sorted({f.rule for f in CHECKER.judge(raw).findings})


@pytest.mark.parametrize("lang", sorted(NOTICES))
@pytest.mark.parametrize("style", TEXT_STYLES)
@pytest.mark.parametrize("old_link", [False, True], ids=["messaging-inbox", "communication-manager"])
def test_quoted_notice_in_text_is_relayed(lang: str, style: str, old_link: bool) -> None:
    assert rules(build(lang, style, old_link=old_link)) == []


@pytest.mark.parametrize("lang", sorted(NOTICES))
@pytest.mark.parametrize("style", HTML_STYLES)
def test_quoted_notice_in_html_is_relayed(lang: str, style: str) -> None:
    assert rules(build(lang, style, html=True)) == []


EARLIER = [
    ("Please see www.nora-kitchen.co.uk/manual for the manual.", "external_link.bare_domain"),
    ("Call me on 020 7946 0123 if it happens again.", "contact_phone.number"),
    ("Write to nora@nora-kitchen.co.uk with the photos.", "contact_email.address"),
    ("The refill is here: https://www.amazon.co.uk/dp/B0C1234567", "external_link.amazon_product_page"),
]


@pytest.mark.parametrize(("earlier", "rule"), EARLIER)
@pytest.mark.parametrize(
    ("style", "html"),
    [("gt", False), ("plain", False), ("zendesk", False), ("blockquote", True), ("gmail", True)],
)
def test_earlier_agent_text_in_the_same_quote_is_caught(
    earlier: str, rule: str, style: str, html: bool
) -> None:
    assert rule in rules(build("en", style, earlier=earlier, html=html))


def test_buyer_words_inside_the_message_block_are_still_scanned() -> None:
    n = NOTICES["en"]
    raw = build("en", "gt").replace(n.buyer.encode(), b"Call me back on 020 7946 0123 please")
    assert "contact_phone.number" in rules(raw)


def test_amazon_links_outside_a_notice_keep_amazon_s_rule() -> None:
    """Only Amazon's own notification text is exempt: the agent's http: Amazon link is not."""
    raw = build("en", "gt").replace(b"Kind regards", b"See http://www.amazon.com/gp/help first. Kind regards")
    assert "external_link.http" in rules(raw)


def test_notice_spans_cover_amazon_text_but_not_the_buyer_message() -> None:
    quoted = split_quoted(build("de", "gt").decode("utf-8", "replace"))[1]
    spans = notice_spans(quoted)
    covered = "".join(quoted[a:b] for a, b in spans)
    assert "sellercentral.amazon.de" in covered
    assert "http://www.amazon.de" in covered
    assert NOTICES["de"].buyer not in covered


def test_a_quote_without_amazon_marks_is_not_a_notice() -> None:
    quoted = "On Monday, Nora wrote:\n> See https://www.amazon.com/dp/B0C1234567\n> Nora"
    assert notice_spans(quoted) == []


def test_a_finding_in_the_quoted_history_says_so_in_the_550_text() -> None:
    from proxy.smtp.replies import rejected

    judgement = CHECKER.judge(build("en", "gt", earlier="Call me on 020 7946 0123 if it happens again."))
    [phone] = [f for f in judgement.findings if f.rule == "contact_phone.number"]
    assert phone.quoted
    assert "in the quoted history: remove the phone number 020 7946 0123" in str(rejected((phone,)))


def test_a_finding_in_the_agents_own_text_is_not_marked_quoted() -> None:
    raw = build("en", "gt").replace(b"Kind regards", b"Call 020 7946 0123. Kind regards")
    [phone] = [f for f in CHECKER.judge(raw).findings if f.rule == "contact_phone.number"]
    assert not phone.quoted


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Write to <kx81@marketplace.amazon.de> or mailto:kx81@marketplace.amazon.de",
            ["Write", "to", "<", ">", "or", "mailto:"],
        ),
        ("İstanbul: Buyer <kx81@Marketplace.Amazon.com.tr> wrote", ["İstanbul:", "Buyer", "<", ">", "wrote"]),
        ("seller@shop.example and a@marketplace.amazon.fr", ["seller@shop.example", "and"]),
    ],
)
def test_relay_addresses_are_blanked_wherever_they_stand(text: str, left: list[str]) -> None:
    assert blank_relays(text).split() == left


def test_inside_a_notice_only_amazon_urls_are_blanked() -> None:
    notice = (
        "Sincerely,\nCustomer Service Department\nAmazon.de\n"
        "https://sellercentral.amazon.de/messaging/inbox?x=1 https://shop.example/amazon.de/x\n"
        "Was this email helpful? https://www.amazon.de/gp/help?x=2\n[commMgrTok:ABC]\n"
    )
    assert blank_amazon_text(notice, [(0, len(notice))]).split() == [
        "Sincerely,",
        "Customer",
        "Service",
        "Department",
        "https://shop.example/amazon.de/x",
        "Was",
        "this",
        "email",
        "helpful?",
    ]
