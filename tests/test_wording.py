"""Wording categories, one data file per category under tests/wording/.

Review wording categories (review_incentive, review_manipulation, feedback_removal) on whole messages.
tests/wording/review_incentive.yaml, review_manipulation.yaml, feedback_removal.yaml and
review_clean.yaml (wording that must stay clean of all three) go through the checker (``via: checker``).

Wording packs marketing, opt_out and offensive: phrase families in six languages, own text only.
tests/wording/marketing.yaml, opt_out.yaml and offensive.yaml go through wording.detect
(``via: packs``).

Each data file holds groups of sentences (by language where they have one) with what is asserted
for each: ``present`` (each category is found), ``absent`` (none of these is found) or ``equals``
(exactly these are found); ``kind`` is reply or proactive for the checker. Single cases that need
their own message (quoted history, HTML, zero-width characters) are test functions at the end.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml

from proxy.detectors import Context, wording
from proxy.models import Category
from proxy.pipeline.checker import Checker, build_checker
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.rules.engine import load_rule_set
from proxy.settings import DetectSettings

WORDING = Path(__file__).parent / "wording"
CHECKER_FILES = ("review_incentive", "review_manipulation", "feedback_removal", "review_clean")
PACK_FILES = ("marketing", "opt_out", "offensive")

REVIEW = {"review_incentive", "review_manipulation", "feedback_removal"}
RULES = load_rule_set(["rules"])
OURS = {Category.MARKETING, Category.OPT_OUT, Category.OFFENSIVE}


# ----------------------------------------------------------------------------- messages


@pytest.fixture(scope="module")
def checker() -> Checker:
    return build_checker(DetectSettings())


def message(body: str, *, reply: bool = True, subject: str = "") -> bytes:
    """A whole seller message to a buyer, for the checker (``via: checker``)."""
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "abc123@marketplace.amazon.de"
    msg["Subject"] = subject or (
        "Re: Your order 028-1234567-7654321" if reply else "Your order 028-1234567-7654321"
    )
    if reply:
        msg["In-Reply-To"] = "<0100abc@email.amazonses.com>"
    msg.set_content(f"Hello Sam,\n\n{body}\n\nKind regards,\nAlex\nSeller Care\n")
    return bytes(msg)


def review_categories(checker: Checker, body: str, reply: bool = True) -> set[str]:
    judgement = checker.judge(message(body, reply=reply))
    return {f.category.value for f in judgement.findings} & REVIEW


def reply(body: str, html: str = "") -> bytes:
    """A bare reply, for the wording packs (``via: packs``)."""
    msg = EmailMessage()
    msg["From"] = "care@shop.example"
    msg["To"] = "q7x2k@marketplace.amazon.fr"
    msg["Subject"] = "Re: Question about order 171-5550123-7654321"
    msg["In-Reply-To"] = "<abc@amazonses.com>"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def categories(raw: bytes) -> set[Category]:
    doc = normalise(parse_message(raw))
    return {f.category for f in wording.detect(doc, Context(rules=RULES))} & OURS


def rule_ids(raw: bytes) -> set[str]:
    doc = normalise(parse_message(raw))
    return {f.rule for f in wording.detect(doc, Context(rules=RULES))}


# ----------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class Case:
    file: str
    group: str
    lang: str | None
    body: str
    kind: str | None  # "reply" or "proactive" (via: checker only)
    present: tuple[str, ...]
    absent: tuple[str, ...]
    equals: tuple[str, ...] | None


GROUP_KEYS = {"name", "kind", "present", "absent", "equals", "sentences"}


def _sentence_list(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(s, str) for s in value):
        raise ValueError(f"{where}: expected a non-empty list of strings")
    return value


@functools.cache
def load(file: str) -> tuple[str, list[dict[str, Any]]]:
    """``(via, groups)`` of tests/wording/<file>.yaml, checked for shape."""
    data = yaml.safe_load((WORDING / f"{file}.yaml").read_text(encoding="utf-8"))
    via, groups = data["via"], data["groups"]
    if set(data) != {"via", "groups"} or via not in ("checker", "packs"):
        raise ValueError(f"{file}: expected keys via (checker or packs) and groups")
    names = [g.get("name") for g in groups]
    if len(set(names)) != len(names):
        raise ValueError(f"{file}: group names must be unique")
    for g in groups:
        where = f"{file}/{g.get('name')}"
        if not set(g) <= GROUP_KEYS or "name" not in g or "sentences" not in g:
            raise ValueError(f"{where}: unknown keys or no name/sentences: {sorted(g)}")
        if len({"present", "absent", "equals"} & set(g)) != 1:
            raise ValueError(f"{where}: exactly one of present, absent, equals")
        if (via == "checker") != (g.get("kind") in ("reply", "proactive")):
            raise ValueError(f"{where}: kind (reply or proactive) goes with via: checker only")
        known = REVIEW if via == "checker" else {c.value for c in OURS}
        for key in ("present", "absent", "equals"):
            if not set(g.get(key, [])) <= known:
                raise ValueError(f"{where}: {key} names a category outside {sorted(known)}")
        table = g["sentences"]
        if isinstance(table, dict):
            for lang, bodies in table.items():
                _sentence_list(f"{where}/{lang}", bodies)
        else:
            _sentence_list(where, table)
    return via, groups


def _rows(group: dict[str, Any]) -> list[tuple[str | None, str]]:
    table = group["sentences"]
    if isinstance(table, dict):
        return [(lang, body) for lang, bodies in table.items() for body in bodies]
    return [(None, body) for body in table]


def sentences(file: str, group: str | None = None) -> list[str]:
    """The sentences of tests/wording/<file>.yaml (of one group if named), in file order."""
    _, groups = load(file)
    picked = [g for g in groups if group is None or g["name"] == group]
    if not picked:
        raise KeyError(f"{file}: no group {group!r}")
    return [body for g in picked for _, body in _rows(g)]


def cases(files: tuple[str, ...]) -> list[Any]:
    out = []
    for file in files:
        _, groups = load(file)
        for g in groups:
            equals = tuple(g["equals"]) if "equals" in g else None
            numbered: dict[str | None, int] = {}
            for lang, body in _rows(g):
                n = numbered[lang] = numbered.get(lang, -1) + 1
                case = Case(
                    file,
                    g["name"],
                    lang,
                    body,
                    g.get("kind"),
                    tuple(g.get("present", ())),
                    tuple(g.get("absent", ())),
                    equals,
                )
                out.append(
                    pytest.param(
                        case, id="-".join(str(p) for p in (file, g["name"], lang, n) if p is not None)
                    )
                )
    return out


# ----------------------------------------------------------------------------- data-driven tests


@pytest.mark.parametrize("case", cases(CHECKER_FILES))
def test_review_wording(checker: Checker, case: Case) -> None:
    """The checker on a whole message; only the three review categories count."""
    found = review_categories(checker, case.body, reply=case.kind == "reply")
    where = f"{case.lang}: {case.body!r}"
    if case.equals is not None:
        assert found == set(case.equals), where
    for category in case.present:
        assert category in found, where
    for category in case.absent:
        assert category not in found, where


@pytest.mark.parametrize("case", cases(PACK_FILES))
def test_pack_wording(case: Case) -> None:
    """The wording packs on a reply; only marketing, opt_out and offensive count."""
    found = categories(reply(case.body))
    where = f"{case.lang}: {case.body!r}"
    if case.equals is not None:
        assert found == {Category(c) for c in case.equals}, where
    for category in case.present:
        assert Category(category) in found, where
    for category in case.absent:
        assert Category(category) not in found, where


# ----------------------------------------------------------------------------- review: single cases


def test_change_to_positive_is_removal_and_manipulation(checker: Checker) -> None:
    body = "Could you change your rating to five stars now that everything is sorted?"
    assert {"feedback_removal", "review_manipulation"} <= review_categories(checker, body)


def test_reward_for_removal_is_incentive_and_removal(checker: Checker) -> None:
    body = "We will refund the full price once you remove your negative review."
    assert {"review_incentive", "feedback_removal"} <= review_categories(checker, body)


def test_quoted_buyer_threat_is_not_an_incentive(checker: Checker) -> None:
    body = (
        "I've refunded the order in full, no need to send it back.\n\n"
        "On Mon, 3 Mar 2025, Buyer wrote:\n> Refund me or I leave a 1-star review."
    )
    assert review_categories(checker, body) == set()


def test_obfuscated_zero_width_is_caught(checker: Checker) -> None:
    body = "Could you please re\u200bmove the negative feed\u200bback you left?"
    assert "feedback_removal" in review_categories(checker, body)


def test_wrapped_line_still_matches(checker: Checker) -> None:
    body = (
        "If you are willing to take down your two-star review,\n"
        "we will send you the larger model free of charge."
    )
    assert {"review_incentive", "feedback_removal"} <= review_categories(checker, body)


def test_unmarked_buyer_history_is_not_dictation(checker: Checker) -> None:
    """A forwarded buyer message the normaliser does not mark as quoted: the buyer's own
    "I left a review saying ..." is not the seller telling them what to write."""
    body = (
        "Sorry the zip broke; a new bag is on its way.\n\n--- Previous message ---\n"
        "The zip broke after a week. I left a review saying so.\n"
    )
    assert review_categories(checker, body) == set()


def test_existing_review_mentioned_is_not_dictation(checker: Checker) -> None:
    body = "The review by the magazine you mention was about last year's model."
    assert review_categories(checker, body) == set()


# ----------------------------------------------------------------------------- packs: single cases


def test_unsubscribe_link_target_is_opt_out() -> None:
    html = '<p>Thanks!</p><p><a href="https://shop.example/mail/unsubscribe?id=9">Click here</a></p>'
    assert "opt_out.link" in rule_ids(reply("Thanks!", html))


def test_amazon_opt_out_sentence_in_quoted_history_is_not_the_sellers() -> None:
    body = (
        "The lid is dishwasher safe.\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:\n"
        "> To stop receiving these messages, opt out in your Amazon account.\n"
    )
    assert Category.OPT_OUT not in categories(reply(body))


def test_buyers_insult_in_quoted_history_is_not_the_sellers() -> None:
    body = (
        "We are sorry to hear that; a replacement is on its way.\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:\n"
        "> You are idiots and this is f***ing rubbish.\n"
    )
    assert Category.OFFENSIVE not in categories(reply(body))


def test_review_campaign_is_not_a_sale() -> None:
    assert Category.MARKETING not in categories(
        reply("レビューキャンペーンのお知らせです。レビュー投稿でギフト券を進呈します。")
    )


@pytest.mark.parametrize(
    "quoted",
    [
        "> Haben Sie die Anleitung überhaupt gelesen?! Wir werden Sie verklagen.",
        "> ¿Tan difícil es de entender? Eres un inútil.",
        "> 説明書も読めないんですか?訴えますよ。",
    ],
)
def test_buyers_condescension_quoted_back_is_not_the_sellers(quoted: str) -> None:
    body = (
        "Es tut uns leid, der Ersatz ist unterwegs.\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Buyer wrote:\n" + quoted + "\n"
    )
    assert Category.OFFENSIVE not in categories(reply(body))
