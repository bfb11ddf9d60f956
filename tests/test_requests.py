"""Review-request recognition and the repeat-request ledger it feeds."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors.requests import review_request
from proxy.ledger import MemoryLedger
from proxy.normalise import normalise
from proxy.parse import parse_message
from proxy.pipeline import Checker, build_checker
from proxy.settings import DetectSettings

ORDER = "171-2345678-3456789"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return build_checker(DetectSettings())


def message(body: str, subject: str = f"Your order {ORDER}", reply: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "xyz@marketplace.amazon.co.uk"
    msg["Subject"] = subject
    if reply:
        msg["In-Reply-To"] = "<abc@email.amazonses.com>"
    msg.set_content(f"Hi Robin,\n\n{body}\n\nBest wishes,\nKim\n")
    return bytes(msg)


def orders(checker: Checker, raw: bytes) -> tuple[str, ...] | None:
    req = review_request(normalise(parse_message(raw)), checker.context)
    return None if req is None else req.order_ids


REQUESTS = [
    "When you have a minute, we would be grateful for your feedback on this order.",
    "Could you take a moment to review the thermos on Amazon?",
    "Please leave seller feedback from Your Orders when convenient.",
    "Wenn Sie Zeit finden, würden wir uns über eine Rezension sehr freuen.",
    "Si vous avez une minute, n'hésitez pas à donner votre avis sur Amazon.",
    "Si le queda un momento, nos encantaría leer su reseña en Amazon.",
    "Se ha tempo, ci lasci una recensione su Amazon.",
    "お手すきの際に、商品レビューをご投稿いただけますと幸いです。",
]

NOT_REQUESTS = [
    "Thank you for leaving a review, it means a lot to us.",
    "Amazon may email you in a few days asking for a review; no action is needed.",
    "We saw your review about the handle and have sent a new one.",
    "Please review your address in Your Account before we reship.",
    "We reviewed your case and refunded the postage.",
    "We are waiting for feedback from our warehouse.",
    "Before leaving negative feedback, please contact us.",
    "Le livreur a laissé un avis de passage.",
    "La valoración de los daños tardará unos días.",
    "DHL hat die Schadensbewertung abgeschlossen.",
]


@pytest.mark.parametrize("body", REQUESTS)
def test_requests_are_recognised_with_order(checker: Checker, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,)


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_not_requests(checker: Checker, body: str) -> None:
    assert orders(checker, message(body)) is None


def test_order_from_quoted_history_in_reply(checker: Checker) -> None:
    body = ("The plug pairs via the app. If you have a moment, we would appreciate a review.\n\n"
            f"On Tue, Buyer wrote:\n> Order ID {ORDER}:\n> How do I pair it?")
    assert orders(checker, message(body, subject="Re: your question", reply=True)) == (ORDER,)


def test_own_order_id_wins_over_quoted(checker: Checker) -> None:
    other = "026-1111111-2222222"
    body = (f"For order {ORDER}, we would appreciate your feedback if you have a moment.\n\n"
            f"On Tue, Buyer wrote:\n> Order ID {other}:")
    assert orders(checker, message(body, subject="Re: x", reply=True)) == (ORDER,)


async def test_second_request_is_repeat_even_in_another_language(checker: Checker) -> None:
    ledger = MemoryLedger()
    first = checker.judge(message("If you have a moment, we'd appreciate a review on Amazon."))
    first = await checker.apply_ledger(first, ledger, "m1")
    await ledger.confirm("m1")
    assert "repeat_request" not in first.categories
    second = checker.judge(message("Wir würden uns über Ihre Bewertung auf Amazon freuen."))
    second = await checker.apply_ledger(second, ledger, "m2")
    assert second.categories == ["repeat_request"]


async def test_feedback_then_product_review_share_history(checker: Checker) -> None:
    ledger = MemoryLedger()
    first = checker.judge(message("We would appreciate your seller feedback on this order."))
    await checker.apply_ledger(first, ledger, "a")
    await ledger.confirm("a")
    second = checker.judge(message("Could you spare a minute to review the lamp on Amazon?"))
    second = await checker.apply_ledger(second, ledger, "b")
    assert "repeat_request" in second.categories
