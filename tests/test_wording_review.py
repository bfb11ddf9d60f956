"""Review wording categories (review_incentive, review_manipulation, feedback_removal) on whole messages."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.pipeline import Checker, build_checker
from proxy.settings import DetectSettings

REVIEW = {"review_incentive", "review_manipulation", "feedback_removal"}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return build_checker(DetectSettings())


def message(body: str, *, reply: bool = True, subject: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "abc123@marketplace.amazon.de"
    msg["Subject"] = subject or ("Re: Your order 028-1234567-7654321" if reply
                                 else "Your order 028-1234567-7654321")
    if reply:
        msg["In-Reply-To"] = "<0100abc@email.amazonses.com>"
    msg.set_content(f"Hello Sam,\n\n{body}\n\nKind regards,\nAlex\nSeller Care\n")
    return bytes(msg)


def review_categories(checker: Checker, body: str, reply: bool = True) -> set[str]:
    judgement = checker.judge(message(body, reply=reply))
    return {f.category.value for f in judgement.findings} & REVIEW


INCENTIVE = [
    # en
    "Write a short review of the blender and we'll mail you a $20 Amazon gift card.",
    "We'd like to offer you 25% off your next purchase in return for an honest review.",
    "After you have posted your review, reply with a screenshot and we will refund the shipping.",
    "All buyers who rate the product this week get a free charging cable.",
    "Each review enters you into our monthly raffle for a new grill.",
    "Happy to give you a full refund as soon as you delete your 2-star review.",
    "Reviewers become members of our VIP club with early access to new colours.",
    # de
    "Sobald Ihre Rezension online ist, schicken wir Ihnen einen Gutschein über 15 €.",
    "Als Dankeschön für Ihre Bewertung erhalten Sie ein kostenloses Zubehörset.",
    "Wenn Sie uns 5 Sterne geben, erstatten wir Ihnen 10 % des Kaufpreises.",
    # fr
    "Dès que vous aurez publié votre avis, nous vous rembourserons 10 €.",
    "Nous vous offrons une carte cadeau de 20 € en échange de votre évaluation.",
    # es
    "En cuanto publique su reseña, le enviaremos un cupón de descuento del 15 %.",
    "Le ofrecemos un producto gratis a cambio de su valoración en Amazon.",
    # it
    "Quando avrà pubblicato la sua recensione le invieremo un buono sconto di 10 €.",
    # ja
    "レビューを書いていただいた方には、次回使える500円クーポンを差し上げます。",
]

MANIPULATION = [
    # en
    "Please consider giving us five stars, it really helps a small shop.",
    "We would be so grateful for a glowing review!",
    "If you were pleased with the rug, a review would be lovely. If not, message us first so we can sort it.",
    "Please get in touch with us before leaving any negative feedback.",
    "Instead of posting a bad review, just reply here and we'll help.",
    "When you write your review, please highlight our fast delivery.",
    "Please don't leave negative feedback, we are a tiny business.",
    # de
    "Wir würden uns über fünf Sterne sehr freuen.",
    "Bitte schreiben Sie uns, bevor Sie eine schlechte Bewertung abgeben.",
    # fr
    "Pourriez-vous nous laisser un avis 5 étoiles sur Amazon ?",
    "Merci de nous contacter avant de laisser une mauvaise évaluation.",
    # es
    "¿Nos dejaría una valoración de cinco estrellas en Amazon?",
    "Antes de dejar una opinión negativa, escríbanos y lo resolvemos.",
    # it
    "Ci farebbe piacere ricevere una recensione a 5 stelle.",
    # ja
    "ぜひ星5つでご評価いただけますと嬉しいです。",
    "低評価をつける前に、まずは当店までご連絡ください。",
]

REMOVAL = [
    # en
    "Now that you have the replacement, could you please take down the 1-star review?",
    "Would you consider revising your rating now that the issue is fixed?",
    "We kindly ask you to delete the feedback you left last week.",
    "Please update your seller feedback to reflect the resolution.",
    # de
    "Könnten Sie Ihre Bewertung bitte noch einmal überarbeiten?",
    "Bitte ziehen Sie Ihre negative Rezension zurück.",
    # fr
    "Pourriez-vous supprimer votre commentaire négatif sur Amazon ?",
    "Nous vous serions reconnaissants de mettre à jour votre avis.",
    # es
    "Le agradeceríamos que modificara su reseña ahora que todo está resuelto.",
    # it
    "Potrebbe gentilmente modificare la sua valutazione su Amazon?",
    # ja
    "お手数ですが、レビューの修正をお願いできませんでしょうか。",
]

COMPLIANT = [
    "We have issued a full refund for the broken lid. If you have a moment, we'd appreciate a review.",
    "I've sent a replacement today. Feedback can be updated from Your Orders if you ever wish; "
    "entirely your call.",
    "Please review your order details on the confirmation page before we ship.",
    "We reviewed your case and will refund the shipping cost.",
    "We are waiting for feedback from our warehouse and will update you tomorrow.",
    "Thank you for your positive feedback, it made our day!",
    "Amazon may send you an email asking for a review; you don't need to do anything else.",
    "Sorry about your experience. We've refunded the order in full; no need to return it.",
    "Our lamp has an energy rating of A and comes with 5 spare bulbs.",
    "Le livreur a déposé un avis de passage ; votre colis vous attend au bureau de poste.",
    "DHL führt eine Schadensbewertung durch; wir senden Ihnen trotzdem heute Ersatz.",
    "La valoración de los daños la hace SEUR; le enviamos hoy una nueva unidad.",
    "Sollten Sie Ihre Bewertung anpassen wollen, liegt das ganz bei Ihnen.",
    "Si lo desea, puede actualizar su valoración en cualquier momento; es totalmente decisión suya.",
    "Vous pouvez modifier votre avis à tout moment si vous le souhaitez.",
    "Please remove the protective film before using the pan. Thanks for the feedback!",
    "Nous avons remboursé 15 € sur votre commande. Votre avis sur Amazon nous serait précieux.",
    "返金手続きを完了いたしました。もしよろしければ、レビューをお寄せいただけますと幸いです。",
    "If you enjoy the tent, have a great trip! Let us know if you need anything.",
    "We'd love to hear how the first brew goes, just reply to this message.",
]


@pytest.mark.parametrize("body", INCENTIVE)
def test_incentive(checker: Checker, body: str) -> None:
    assert "review_incentive" in review_categories(checker, body, reply=False)


@pytest.mark.parametrize("body", MANIPULATION)
def test_manipulation(checker: Checker, body: str) -> None:
    assert "review_manipulation" in review_categories(checker, body, reply=False)


@pytest.mark.parametrize("body", REMOVAL)
def test_removal(checker: Checker, body: str) -> None:
    assert "feedback_removal" in review_categories(checker, body)


@pytest.mark.parametrize("body", COMPLIANT)
def test_compliant(checker: Checker, body: str) -> None:
    assert review_categories(checker, body) == set()


def test_change_to_positive_is_removal_and_manipulation(checker: Checker) -> None:
    body = "Could you change your rating to five stars now that everything is sorted?"
    assert {"feedback_removal", "review_manipulation"} <= review_categories(checker, body)


def test_reward_for_removal_is_incentive_and_removal(checker: Checker) -> None:
    body = "We will refund the full price once you remove your negative review."
    assert {"review_incentive", "feedback_removal"} <= review_categories(checker, body)


def test_quoted_buyer_threat_is_not_an_incentive(checker: Checker) -> None:
    body = ("I've refunded the order in full, no need to send it back.\n\n"
            "On Mon, 3 Mar 2025, Buyer wrote:\n> Refund me or I leave a 1-star review.")
    assert review_categories(checker, body) == set()


def test_obfuscated_zero_width_is_caught(checker: Checker) -> None:
    body = "Could you please re\u200bmove the negative feed\u200bback you left?"
    assert "feedback_removal" in review_categories(checker, body)
