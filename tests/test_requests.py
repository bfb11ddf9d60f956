"""Review-request recognition and the repeat-request ledger it feeds."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from proxy.detectors.requests import review_request
from proxy.ledger import MemoryLedger
from proxy.pipeline.checker import Checker, build_checker
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
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


async def after_a_request(checker: Checker, first: bytes, second: bytes) -> list[str]:
    """The categories of ``second``, judged after ``first`` was relayed (its request recorded)."""
    ledger = MemoryLedger()
    await checker.apply_ledger(checker.judge(first), ledger, "first")
    await ledger.confirm("first")
    return (await checker.apply_ledger(checker.judge(second), ledger, "second")).categories


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


# Requests for a product review or seller feedback, per language (my own sentences).
REQUESTS_BY_LANG: dict[str, list[str]] = {
    "en": [
        "If you get a chance, we would really appreciate a review of the kettle.",
        "Would you mind sharing your experience with the lamp on Amazon?",
        "A few words about the product on Amazon would help us a lot.",
        "Your opinion matters, so please tell other buyers what you think on Amazon.",
        "We'd be grateful for a little seller feedback about how we did.",
        "We would appreciate a product review whenever time allows.",
        "Feel free to leave a review on Amazon once you've tried it.",
        "Don't hesitate to rate your purchase on Amazon.",
        "It would mean a lot if you could share your thoughts in a review.",
        "We'd love it if you left us some feedback.",
        "Could you take a minute to rate the blender?",
        "Please consider leaving feedback for our shop.",
        "When you've had a chance to use it, a short review would be wonderful.",
        "How about sharing your impressions of the jacket with other shoppers on Amazon?",
        "We invite you to write a review of your purchase.",
        "Reviews from customers like you help our small business grow, so we hope you'll write one.",
        "Mind leaving a quick review when you get a sec?",
        "Got a minute? We'd love a review.",
        "Would you be so kind as to leave seller feedback?",
        "We kindly ask you to review your purchase on Amazon.",
        "Your feedback on Amazon would be much appreciated.",
        "If it's not too much trouble, could you post a review?",
        "Let other customers know what you think by leaving a review.",
        "We encourage you to share your honest opinion on the product page.",
        "Tell us how we did by leaving seller feedback.",
        "Any feedback you could leave on Amazon would be greatly appreciated.",
        "We would welcome a product review from you.",
        "Rating your order only takes a moment and helps us a lot.",
        "Why not leave a review and tell others about your experience?",
        "It would be great to hear your thoughts in an Amazon review.",
        "An honest review would really help other buyers decide.",
        "We hope you'll consider rating us on Amazon.",
        "Please take a moment to share your feedback about this purchase.",
        "Would you like to leave a review for the speaker?",
        "Your review would make a big difference to a small team like ours.",
        "We're always keen to read customer reviews, so do leave one if you can.",
        "Could we ask you for a quick rating of your experience with us?",
        "May we ask you to leave feedback for this order?",
        "We'd appreciate it if you could write a few lines about the headphones on Amazon.",
        "Should you have a spare moment, a review on Amazon would be appreciated.",
        "Sharing your experience in a review helps other customers choose.",
        "We'd be thankful for a rating of our service.",
        "Do let us know what you think with a review on Amazon.",
        "It would be lovely to get your feedback on Amazon.",
        "We'd really value your review of the chair.",
        "Leaving a review is easy: open Your Orders and choose 'Write a product review'.",
    ],
    "de": [
        "Wir würden uns über Ihr Feedback freuen.",
        "Über eine Produktbewertung würden wir uns sehr freuen.",
        "Es wäre toll, wenn Sie eine Bewertung auf Amazon hinterlassen könnten.",
        "Könnten Sie sich kurz Zeit nehmen, um das Produkt zu bewerten?",
        "Hätten Sie Lust, Ihre Erfahrungen mit anderen Kunden auf Amazon zu teilen?",
        "Wir freuen uns, wenn Sie uns eine Verkäuferbewertung geben.",
        "Teilen Sie Ihre Meinung gerne in einer Rezension mit.",
        "Eine kurze Bewertung auf Amazon würde uns sehr helfen.",
        "Ihre Meinung ist uns wichtig, schreiben Sie doch eine Rezension.",
        "Wir bitten Sie, den Artikel auf Amazon zu bewerten.",
        "Dürfen wir Sie um eine kurze Bewertung bitten?",
        "Wir wären Ihnen für eine Bewertung sehr dankbar.",
        "Nehmen Sie sich doch einen Moment Zeit für eine Rezension.",
        "Gerne können Sie uns auch eine Bewertung hinterlassen.",
        "Lassen Sie uns gern wissen, wie zufrieden Sie waren, indem Sie eine Bewertung schreiben.",
        "Wenn Sie mögen, bewerten Sie uns bitte auf Amazon.",
        "Eine Rezension von Ihnen würde anderen Käufern bei der Entscheidung helfen.",
        "Ihr Feedback auf Amazon hilft uns sehr.",
        "Wir würden uns riesig über ein paar Worte zum Produkt auf Amazon freuen.",
        "Magst du uns eine Bewertung dalassen?",
        "Wir laden Sie herzlich ein, Ihre Erfahrungen in einer Bewertung zu teilen.",
        "Über eine ehrliche Rezension freuen wir uns jederzeit.",
        "Würden Sie uns den Gefallen tun und eine Bewertung schreiben?",
        "Wir wären dankbar, wenn Sie uns als Verkäufer bewerten.",
        "Haben Sie einen Moment Zeit? Dann freuen wir uns über Ihre Bewertung.",
        "Schreiben Sie gern ein kurzes Feedback zu Ihrer Bestellung auf Amazon.",
        "Es würde uns sehr helfen, wenn Sie Ihre Erfahrung auf Amazon teilen.",
        "Bitte bewerten Sie Ihren Einkauf, sobald Sie das Gerät getestet haben.",
        "Zögern Sie nicht, eine Bewertung abzugeben.",
        "Ihre Bewertung wäre für uns als kleines Unternehmen sehr wertvoll.",
        "Wir würden gerne Ihre Meinung zum Produkt auf Amazon lesen.",
        "Vielleicht haben Sie ja Zeit für eine kurze Rezension?",
        "Hinterlassen Sie uns doch eine Bewertung.",
        "Eine Sternebewertung würde uns viel bedeuten.",
        "Wie wäre es mit einer kurzen Bewertung auf Amazon?",
        "Sie würden uns mit einer Produktbewertung eine große Freude machen.",
        "Wir würden uns über eine Rückmeldung auf Amazon freuen.",
        "Bewerten Sie die Lampe gern direkt über Ihre Bestellübersicht.",
        "Für eine Bewertung wären wir Ihnen sehr verbunden.",
        "Wir möchten Sie bitten, uns eine Verkäuferbewertung zu hinterlassen.",
    ],
    "fr": [
        "N'hésitez pas à laisser un avis sur Amazon.",
        "Votre avis compte beaucoup pour nous.",
        "Nous serions ravis de connaître votre opinion sur le produit.",
        "Pourriez-vous prendre un instant pour évaluer votre achat ?",
        "Un petit commentaire sur Amazon nous aiderait énormément.",
        "Nous vous serions reconnaissants de laisser une évaluation vendeur.",
        "Si vous avez une minute, partagez votre expérience avec les autres clients sur Amazon.",
        "Nous aimerions beaucoup avoir votre retour sur Amazon.",
        "Quelques mots sur Amazon feraient une grande différence pour notre petite boutique.",
        "Auriez-vous la gentillesse de noter le vendeur ?",
        "Laissez-nous un commentaire quand vous aurez un moment.",
        "Votre évaluation serait très appréciée.",
        "Merci de bien vouloir donner votre avis sur la commande.",
        "Nous vous invitons à publier un avis sur la page du produit.",
        "Un avis de votre part nous ferait très plaisir.",
        "Pensez à noter votre achat sur Amazon.",
        "Vous pouvez nous aider en laissant une évaluation.",
        "Ce serait formidable si vous pouviez écrire un avis.",
        "Dites-nous ce que vous en pensez en laissant un avis.",
        "Votre retour d'expérience sur Amazon aiderait d'autres acheteurs.",
        "Nous serions heureux de lire votre commentaire sur Amazon.",
        "Prenez quelques secondes pour évaluer le produit, cela nous aide beaucoup.",
        "Accepteriez-vous de partager votre avis sur Amazon ?",
        "Nous comptons sur votre avis pour nous améliorer.",
        "Une évaluation, même courte, nous serait utile.",
        "Est-ce que vous pourriez laisser un petit avis ?",
        "Nous apprécierions beaucoup votre évaluation.",
        "Si le cœur vous en dit, donnez une note au produit sur Amazon.",
        "Pourquoi ne pas partager vos impressions sur Amazon ?",
        "Un avis sur Amazon serait parfait pour nous dire ce que vous pensez de la lampe.",
        "Vos commentaires sur Amazon sont les bienvenus.",
        "Il serait très utile pour nous que vous notiez votre commande.",
        "Nous vous remercions par avance pour votre avis.",
        "Merci d'avance de laisser une évaluation.",
        "Aidez les autres clients en partageant votre avis.",
        "Nous serions très reconnaissants pour un commentaire sur Amazon.",
        "Vous avez un moment ? Votre avis sur Amazon nous ferait plaisir.",
        "Nous espérons que vous prendrez le temps d'évaluer votre achat.",
        "Votre opinion sur Amazon est précieuse pour nous.",
        "Donnez votre avis en quelques clics depuis Vos commandes.",
    ],
    "es": [
        "Nos encantaría conocer tu opinión.",
        "¿Podría dejarnos una reseña en Amazon?",
        "Le agradeceríamos mucho una valoración del vendedor.",
        "Si tiene un momento, valore su compra en Amazon.",
        "Su opinión es muy importante para nosotros.",
        "No dude en dejar un comentario sobre el producto.",
        "Unas palabras sobre el producto en Amazon nos ayudarían mucho.",
        "¿Le importaría compartir su experiencia con otros compradores?",
        "Agradeceríamos que dejara su opinión en Amazon.",
        "Le invitamos a escribir una reseña del artículo.",
        "Nos haría mucha ilusión leer su reseña.",
        "Cuando pueda, califique al vendedor desde Mis pedidos.",
        "Su valoración nos ayuda a mejorar.",
        "Nos ayudaría mucho que valorara el producto.",
        "Déjanos tu reseña en Amazon, por favor.",
        "¿Tendría un minuto para puntuar el pedido?",
        "Sería genial recibir su comentario en Amazon.",
        "Comparta su opinión con otros clientes en Amazon.",
        "Estaríamos muy agradecidos si nos dejara una valoración.",
        "Nos gustaría saber qué le ha parecido el producto en una reseña.",
        "Cuéntenos su experiencia en Amazon.",
        "Una breve reseña marcaría la diferencia para nuestra pequeña tienda.",
        "Le pedimos amablemente que valore su experiencia con nosotros.",
        "Por favor, tómese un momento para escribir una opinión.",
        "Nos encantaría que nos dejaras tu valoración.",
        "Esperamos que pueda dejar una reseña.",
        "Su reseña sería de gran ayuda para otros compradores.",
        "Agradecemos de antemano su valoración.",
        "Puede ayudarnos dejando un comentario en la página del producto.",
        "Si le apetece, escriba una reseña sobre la lámpara.",
        "¿Por qué no comparte su opinión en Amazon?",
        "Nos sería muy útil conocer su valoración en Amazon.",
        "Le estaríamos muy agradecidos por una reseña.",
        "Anímese a dejar su opinión sobre el pedido.",
        "Nos alegraría mucho recibir su calificación.",
        "Si dispone de un minuto, nos gustaría conocer su opinión en Amazon.",
        "Deje su valoración desde la sección Mis pedidos.",
        "Su comentario en Amazon nos ayuda muchísimo.",
        "¿Nos regalaría unos segundos para valorar la compra?",
        "Escríbenos una reseña cuando tengas un rato.",
    ],
    "it": [
        "Ci farebbe piacere una tua recensione.",
        "Le saremmo grati per un feedback sul venditore.",
        "Se ha un minuto, potrebbe valutare il prodotto su Amazon?",
        "La sua opinione è importante per noi.",
        "Non esiti a lasciare una recensione su Amazon.",
        "Qualche parola sul prodotto su Amazon ci aiuterebbe molto.",
        "Ci piacerebbe sapere cosa ne pensa in una recensione.",
        "Le chiediamo gentilmente di lasciare un feedback.",
        "Sarebbe fantastico ricevere la sua valutazione.",
        "Condivida la sua esperienza con gli altri clienti su Amazon.",
        "Ci lasci un commento sul prodotto quando può.",
        "Saremmo felici di leggere la sua opinione.",
        "Potrebbe dedicarci un minuto per una recensione?",
        "Una breve recensione farebbe la differenza per il nostro piccolo negozio.",
        "Ti andrebbe di lasciarci una recensione?",
        "La invitiamo a recensire l'articolo su Amazon.",
        "Ci aiuterebbe molto se valutasse la sua esperienza.",
        "Speriamo che vorrà lasciarci un feedback.",
        "Il suo feedback su Amazon sarebbe molto apprezzato.",
        "Se le va, scriva una recensione sul prodotto.",
        "Ci farebbe davvero piacere ricevere un suo giudizio su Amazon.",
        "Valuti pure il venditore dalla sezione I miei ordini.",
        "Lasciaci una recensione, per favore.",
        "Le saremmo riconoscenti se volesse recensire il prodotto.",
        "Gradiremmo molto una sua valutazione.",
        "Ci dica la sua con una recensione su Amazon.",
        "Perché non condivide la sua opinione su Amazon?",
        "La ringraziamo in anticipo per la sua recensione.",
        "Ci terremmo molto ad avere un suo feedback.",
        "Aiuti altri acquirenti lasciando una recensione.",
        "Un suo commento su Amazon ci aiuterebbe a crescere.",
        "Quando avrà provato il prodotto, ci lasci una valutazione.",
        "Sarebbe gentile da parte sua scrivere due righe su Amazon.",
        "Dia un voto al prodotto su Amazon, se ha tempo.",
        "Ci farebbe piacere conoscere il suo parere su Amazon.",
        "Le chiediamo di dedicare un momento alla recensione del prodotto.",
        "Sarebbe molto utile per noi una sua recensione.",
        "Ci auguriamo che possa lasciare una recensione.",
        "Può valutare il suo acquisto direttamente da Amazon.",
        "Ci farebbe molto piacere se valutasse il venditore.",
    ],
    "ja": [
        "レビューをいただけますと幸いです。",
        "ご感想をお聞かせいただけると嬉しいです。",
        "お時間のある際に、商品の評価をお願いいたします。",
        "Amazonでのレビュー投稿にご協力いただけますと幸いです。",
        "ぜひ率直なご意見をAmazonのレビューでお聞かせください。",
        "出品者の評価をしていただけますと大変助かります。",
        "よろしければ、レビューでお客様の声をお寄せください。",
        "商品のご感想をレビューにてお知らせいただければ励みになります。",
        "評価をお願いできますでしょうか。",
        "レビューを書いていただけると嬉しいです。",
        "ご購入いただいた商品のレビューをお待ちしております。",
        "一言でもレビューをいただけますと、今後の参考になります。",
        "使い心地をレビューで教えていただけますか。",
        "当店への評価をご投稿いただけますと幸甚です。",
        "お手数ですが、商品レビューへのご協力をお願い申し上げます。",
        "ご意見・ご感想をAmazonにお寄せいただければ幸いです。",
        "ぜひレビューを残していただければと思います。",
        "商品がお手元に届きましたら、ぜひ評価をお願いします。",
        "出品者評価にご協力ください。",
        "レビューでご感想を共有していただけると、他のお客様の参考になります。",
    ],
    "nl": [
        "We zouden een review op Amazon erg op prijs stellen.",
        "Wil je een beoordeling achterlaten als je even tijd hebt?",
        "Laat gerust een recensie achter op Amazon.",
        "Uw mening op Amazon helpt andere klanten.",
    ],
    "pl": [
        "Prosimy o wystawienie opinii na Amazon.",
        "Będziemy wdzięczni za ocenę produktu.",
        "Zachęcamy do podzielenia się opinią na Amazon.",
    ],
    "sv": [
        "Vi skulle uppskatta en recension på Amazon.",
        "Lämna gärna ett omdöme om produkten.",
    ],
}

NOT_REQUESTS_BY_LANG: dict[str, list[str]] = {
    "en": [
        "Thank you for taking the time to write a review.",
        "We reviewed your case and issued a refund.",
        "Please review the attached invoice and let us know if anything is wrong.",
        "Amazon may ask you for feedback about this order.",
        "You may receive an email from Amazon asking you to rate the seller.",
        "Your feedback about the delivery was passed to our warehouse team.",
        "We read your review and are sorry the zip broke.",
        "Regarding the review you left, we have shipped a replacement.",
        "The review you mention refers to an older model.",
        "Our technician will review the photos you sent.",
        "Could you review the address in your account before we reship?",
        "We have received feedback from the courier that the parcel was left with a neighbour.",
        "Thanks for the feedback on the manual, we will improve it.",
        "We appreciate your patience while we review the claim.",
        "The heater has a power rating of 2000 W, could you check your socket?",
        "Please check the rating plate on the back of the heater.",
        "We take all customer feedback seriously and have spoken to the packing team.",
        "Our quality team is reviewing the batch this week.",
        "The product already has hundreds of reviews from happy buyers.",
        "Can you tell me which review you are referring to?",
        "We saw that you left seller feedback yesterday, thank you.",
        "I will review your return request today.",
        "Please allow us a day to review the photos.",
        "Did you get a chance to review our proposal for a partial refund?",
        "Would you mind sending a photo of the damage?",
        "If you have a moment, please check whether the fuse is intact.",
        "Sorry about your experience; a full refund is on its way.",
        "Your opinion about the colour is noted; the replacement will be blue.",
        "Please review the care instructions before washing the cover.",
        "Kindly review the return label and print it on A4.",
    ],
    "de": [
        "Vielen Dank für Ihre Bewertung.",
        "Wir haben Ihre Rezension gelesen und schicken Ihnen Ersatz.",
        "Bitte prüfen Sie die beigefügte Rechnung.",
        "Amazon wird Sie eventuell um eine Bewertung bitten.",
        "Ihr Feedback zur Lieferung haben wir an unser Lager weitergegeben.",
        "Wir haben Ihren Fall geprüft und die Erstattung veranlasst.",
        "Die Bewertung, die Sie erwähnen, bezieht sich auf das alte Modell.",
        "DHL hat die Schadensbewertung abgeschlossen.",
        "Wir freuen uns, dass Ihnen die Lampe gefällt.",
        "Wir freuen uns über Ihre Nachricht und helfen gern.",
        "Wir brauchen zwei Tage, um den Schaden zu bewerten.",
        "Wir haben Feedback vom Hersteller erhalten.",
        "Die Energieeffizienzklasse finden Sie auf dem Etikett.",
        "Unser Techniker wird die Fotos bewerten und sich bei Ihnen melden.",
    ],
    "fr": [
        "Merci pour votre avis.",
        "Nous avons lu votre commentaire et nous vous envoyons une pièce de rechange.",
        "Le livreur a laissé un avis de passage.",
        "Veuillez vérifier la facture ci-jointe.",
        "Amazon pourra vous demander une évaluation.",
        "Votre retour concernant la livraison a été transmis à notre entrepôt.",
        "À notre avis, le problème vient du câble.",
        "Nous avons examiné votre dossier et procédé au remboursement.",
        "L'avis d'expédition a été envoyé hier.",
        "Selon l'avis du technicien, la pièce est défectueuse.",
    ],
    "es": [
        "Gracias por su reseña.",
        "Hemos leído su opinión y le enviamos un repuesto.",
        "La valoración de los daños tardará unos días.",
        "Revise la factura adjunta, por favor.",
        "Amazon podría pedirle una valoración.",
        "Su comentario sobre la entrega se ha trasladado a nuestro almacén.",
        "En nuestra opinión, el fallo viene del cargador.",
        "Hemos revisado su caso y le hemos reembolsado el envío.",
    ],
    "it": [
        "Grazie per la sua recensione.",
        "Abbiamo letto la sua recensione e le inviamo un ricambio.",
        "Verifichi la fattura allegata, per favore.",
        "Amazon potrebbe chiederle un feedback.",
        "Il suo feedback sulla consegna è stato inoltrato al magazzino.",
        "A nostro parere il problema è il cavo.",
        "Abbiamo esaminato il suo caso e rimborsato la spedizione.",
        "La valutazione del danno da parte del corriere richiede due giorni.",
    ],
    "ja": [
        "レビューをいただき、誠にありがとうございました。",
        "レビューを拝見し、交換品を発送いたしました。",
        "Amazonから評価依頼のメールが届く場合がございます。",
        "添付の請求書をご確認ください。",
        "配送に関するご意見は倉庫に共有いたしました。",
    ],
}


@pytest.mark.parametrize("body", REQUESTS)
def test_requests_are_recognised_with_order(checker: Checker, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,)


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_not_requests(checker: Checker, body: str) -> None:
    assert orders(checker, message(body)) is None


def test_order_from_quoted_history_in_reply(checker: Checker) -> None:
    body = (
        "The plug pairs via the app. If you have a moment, we would appreciate a review.\n\n"
        f"On Tue, Buyer wrote:\n> Order ID {ORDER}:\n> How do I pair it?"
    )
    assert orders(checker, message(body, subject="Re: your question", reply=True)) == (ORDER,)


def test_own_order_id_wins_over_quoted(checker: Checker) -> None:
    other = "026-1111111-2222222"
    body = (
        f"For order {ORDER}, we would appreciate your feedback if you have a moment.\n\n"
        f"On Tue, Buyer wrote:\n> Order ID {other}:"
    )
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
    first = message("We would appreciate your seller feedback on this order.")
    second = message("Could you spare a minute to review the lamp on Amazon?")
    assert "repeat_request" in await after_a_request(checker, first, second)


def _flat(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, body) for lang, bodies in table.items() for body in bodies]


@pytest.mark.parametrize(("lang", "body"), _flat(REQUESTS_BY_LANG))
def test_request_families(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(NOT_REQUESTS_BY_LANG))
def test_not_request_families(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) is None, lang


def test_wrapped_request_is_recognised(checker: Checker) -> None:
    body = "Now that the kettle has arrived, we would be really grateful\nfor a short review."
    assert orders(checker, message(body)) == (ORDER,)


@pytest.mark.parametrize(
    "body",
    [
        "Wir hatten schon gefragt: https://www.amazon.de/review/create-review?asin=B0LX2ZEX3D",
        "Nog even over je dekbedovertrek: https://www.amazon.nl/review/review-your-purchases/?asin=B0T5",
        "How did we do? https://www.amazon.co.uk/hz/feedback?orderID=171-2345678-3456789",
    ],
)
def test_link_to_amazons_review_form_is_a_request_whatever_the_words(checker: Checker, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,)


def test_links_to_other_amazon_pages_and_quoted_review_forms_are_not_requests(checker: Checker) -> None:
    own = "Track it here: https://www.amazon.de/gp/your-account/order-details?orderID=171-2345678-3456789"
    assert orders(checker, message(own)) is None
    quoted = (
        "Your replacement ships today.\n\nOn Mon, Shop wrote:\n"
        "> https://www.amazon.co.uk/review/create-review?asin=B0ABCDEFGH"
    )
    assert orders(checker, message(quoted, subject="Re: x", reply=True)) is None
    helpful = "Was this email helpful? https://www.amazon.de/gp/communication-manager/ss-feedback.html?tok=X"
    assert orders(checker, message(helpful)) is None


def test_request_in_quoted_history_is_not_ours(checker: Checker) -> None:
    body = (
        "Your replacement ships today.\n\n"
        "On Mon, Shop wrote:\n> If you have a moment, we would appreciate a review."
    )
    assert orders(checker, message(body, subject="Re: x", reply=True)) is None


async def test_ordinary_wording_second_request_is_repeat(checker: Checker) -> None:
    first = message("We'd be grateful for a little seller feedback about how we did.")
    second = message("Ci farebbe piacere una sua recensione del prodotto.")
    assert "repeat_request" in await after_a_request(checker, first, second)


# Requests that earlier slipped through: phrases split by a soft line break, conditional
# requests ("if you leave a review ..."), Spanish conditional/"nos deja" forms, Italian
# "chiederle"/"se possibile". My own sentences; each family with as many look-alikes that
# are not requests.
GAP_REQUESTS: dict[str, list[str]] = {
    "en": [
        "We'd be so pleased to hear what\nyou think of the blender on Amazon.",
        "It would help us to read what you\nthink of the jacket on Amazon.",
        "If you leave a review this month, it helps our tiny team a lot.",
        "If you could leave a review of the lamp, that would be great.",
        "If you'd write a short review of the tent, other campers would thank you.",
        "If you decide to post a review, thank you in advance!",
        "Once you leave a review, other buyers can see how the mug holds up.",
        "When you write your review, we hope the photos help.",
        "If you get around to rating the kettle, we'd be grateful.",
        "Haven't had a chance yet? A quick review would be lovely whenever you can.",
        "If you have a chance, a short review\nwould mean a lot to us.",
        "If you rate the speaker on Amazon, it really helps a small shop.",
        "If you want to share your thoughts in a review, we'd love that.",
        "We'd love to hear how the\nbackpack is working out, in a quick review on Amazon.",
        "If you choose to leave feedback for our shop, it means a lot.",
    ],
    "es": [
        "¿Nos dejarías una valoración del patinete en Amazon?",
        "¿Nos dejaría su opinión sobre la lámpara cuando tenga un momento?",
        "¿Nos escribirías una reseña de la mochila?",
        "¿Compartirías tu experiencia con otros clientes en Amazon?",
        "¿Nos dejas una reseña de la cafetera? Nos ayuda un montón.",
        "¿Nos deja una valoración como vendedor? Se lo agradecemos.",
        "Nos cuentas en una reseña qué tal el reloj, ¡gracias!",
        "¿Le dedicarías un minuto a una reseña del producto?",
        "¿Nos regalarías una valoración de cinco minutos? Es muy útil.",
        "¿Dejarías una reseña del taladro en Amazon?",
        "¿Nos escribe una opinión sobre la tienda en Amazon?",
        "¿Escribiría una breve reseña del pedido?",
        "¿Nos dejarían una valoración del servicio?",
        "¿Nos dejas tu opinión sobre el pedido en Amazon?",
        "¿Compartiría su valoración del producto con otros compradores?",
    ],
    "it": [
        "Le scrivo per chiederle una recensione del bollitore su Amazon.",
        "Vorrei chiederle, se possibile, un feedback sul nostro servizio.",
        "Volevamo chiederti una breve recensione della borraccia.",
        "Ci permettiamo di chiedervi una valutazione del venditore.",
        "Se possibile, ci lasci un feedback sull'ordine.",
        "Vorremmo una sua recensione sul prodotto, quando ha tempo.",
        "Vorrei la sua opinione sul servizio in un breve feedback su Amazon.",
        "Ci lascerebbe una recensione della lampada?",
        "Lasceresti una recensione dello zaino su Amazon?",
        "Ci scriverebbe una recensione del prodotto?",
        "Ci tengo a chiederle un feedback su questo ordine.",
        "Le chiedo gentilmente una recensione del prodotto.",
        "Se possibile, una breve recensione ci aiuterebbe.",
        "Vorremmo chiederle una valutazione del nostro negozio.",
        "Mi permetto di chiederle un feedback sulla spedizione, se possibile su Amazon.",
    ],
}

GAP_NOT_REQUESTS: dict[str, list[str]] = {
    "en": [
        "If you left a review already, thank you so much for it.",
        "Thank you for the review you left on Amazon.",
        "If you leave the parcel with a neighbour, let us know their name.",
        "If you write to us with the serial number, we can check the warranty.",
        "Once you leave the box outside, the courier will pick it up.",
        "When you write back, please add a photo of the plug.",
        "If you rate the fuse at 5 A, the lamp will work.",
        "We saw what\nyou think of the handle and sent a new one.",
        "If you post the item back, use the prepaid label.",
        "Once you submit the return form, the refund follows in two days.",
        "If you could send a photo of the dent, we'll replace it.",
        "Amazon may email you asking for a review; there is nothing else to do.",
        "We noticed you had a chance to test the spare battery.",
        "If you give the courier your door code, delivery is easier.",
        "When you leave for holiday, the parcel can go to a locker.",
    ],
    "es": [
        "¿Nos dejarías la dirección completa para el reenvío?",
        "¿Nos dejaría el número de serie del aparato?",
        "¿Nos escribirías la talla que prefieres?",
        "Gracias por su reseña sobre la lámpara.",
        "¿Nos deja una foto del golpe en la caja?",
        "¿Nos dejas el paquete en la conserjería?",
        "¿Compartirías una foto del defecto con nosotros?",
        "Hemos leído su valoración y le enviamos un repuesto.",
        "¿Nos cuentas qué color prefieres para el cambio?",
        "La valoración de los daños la hace el transportista.",
        "¿Dejarías el artículo en la oficina de correos?",
        "¿Le dedicarías un minuto a revisar la factura adjunta?",
        "¿Nos escribe el código postal correcto?",
        "Amazon podría pedirle una valoración más adelante.",
        "¿Nos dejarían recoger el pedido el lunes?",
    ],
    "it": [
        "Le scrivo per chiederle una foto del danno.",
        "Vorrei chiederle, se possibile, il numero di serie.",
        "Se possibile, ci mandi l'indirizzo completo.",
        "Grazie per la sua recensione sul bollitore.",
        "Abbiamo letto il suo feedback e spedito un ricambio.",
        "Vorremmo sapere quale colore preferisce per la sostituzione.",
        "Ci lascerebbe il pacco in portineria?",
        "Le chiedo gentilmente di controllare la fattura allegata.",
        "Amazon potrebbe chiederle un feedback più avanti.",
        "Il suo feedback è stato inoltrato al magazzino.",
        "Se possibile, rispedisca il prodotto con l'etichetta prepagata.",
        "Vorrei chiederle se il corriere è passato oggi.",
        "La valutazione del danno richiede due giorni.",
        "Ci scriverebbe il codice del difetto che vede sul display?",
        "Mi permetto di chiederle la data di consegna preferita.",
    ],
}


@pytest.mark.parametrize(("lang", "body"), _flat(GAP_REQUESTS))
def test_wrapped_and_conditional_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(GAP_NOT_REQUESTS))
def test_wrapped_and_conditional_look_alikes(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) is None, lang


async def test_second_request_with_an_incentive_is_repeat_and_incentive(checker: Checker) -> None:
    ledger = MemoryLedger()
    first = checker.judge(message("If you have a moment, we'd appreciate a review on Amazon."))
    first = await checker.apply_ledger(first, ledger, "r1")
    await ledger.confirm("r1")
    second = checker.judge(
        message("If you leave a review this week, we'll send you a 10% code for your next order.")
    )
    assert second.review_request is not None  # the incentive does not hide the request
    second = await checker.apply_ledger(second, ledger, "r2")
    assert {"repeat_request", "review_incentive"} <= set(second.categories)


async def test_order_id_only_in_subject_still_links_the_requests(checker: Checker) -> None:
    first = message("Could you spare a minute to review the lamp on Amazon?")
    second = message(
        "¿Nos dejarías una reseña de la lámpara en Amazon?", subject=f"¿Qué tal la lámpara? {ORDER}"
    )
    assert "repeat_request" in await after_a_request(checker, first, second)


# ----------------------------------------------------------------------------- added after heldout13
# A reward promised to whoever reviews, a review that would make the seller happy, "you haven't
# reviewed it yet", and the inverted "würden wir uns über 5 Sterne freuen" ask for a review.
H13_REQUESTS: dict[str, list[str]] = {
    "en": [
        "Anyone who leaves a review on Amazon gets 10% back.",
        "Whoever leaves a review gets a free gift.",
        "In exchange for a review we will send you a free case.",
        "We noticed you haven't had a chance to review the cast iron skillet yet.",
        "You haven't rated the kettle yet, so here is a gentle reminder.",
    ],
    "de": [
        "Wer eine Bewertung auf Amazon hinterlässt, erhält 10 % zurück.",
        "Für eine Bewertung auf Amazon erhalten Sie einen Gutschein.",
        "Falls Sie zufrieden sind, würden wir uns riesig über 5 Sterne freuen.",
    ],
    "fr": [
        "Qui laisse un avis sur Amazon reçoit un bon de 10 %.",
        "En échange d'un avis, nous vous offrons un cadeau.",
        "Vous n'avez pas encore eu l'occasion d'évaluer la poêle.",
    ],
    "es": [
        "Quien deje una reseña en Amazon recibe un 10 % de reembolso.",
        "A cambio de una reseña te regalamos una funda.",
        "Una reseña tuya en Amazon nos haría muy felices.",
        "Aún no ha tenido ocasión de valorar la sartén.",
    ],
    "it": [
        "Chi lascia una recensione su Amazon riceve un buono del 10%.",
        "In cambio di una recensione le regaliamo una cover.",
        "Non ha ancora avuto modo di recensire la padella.",
    ],
    "pt": [
        "Quem deixa uma avaliação na Amazon recebe de volta 10% do valor pago.",
        "Em troca de uma avaliação oferecemos uma capa.",
        "Uma avaliação sua na Amazon deixar-nos-ia muito felizes.",
        "Ainda não teve oportunidade de avaliar a frigideira.",
    ],
    "nl": [
        "Wie een review achterlaat op Amazon, krijgt 10% terug.",
        "In ruil voor een review sturen we u een cadeautje.",
        "Een review van u op Amazon zou ons heel blij maken.",
        "U heeft nog geen tijd gehad om de pan te beoordelen.",
    ],
    "pl": [
        "Za recenzję na Amazon dostaniesz od nas kod rabatowy 15% na kolejne zakupy.",
        "W zamian za opinię wyślemy prezent.",
        "Twoja opinia na Amazon bardzo by nas ucieszyła.",
    ],
    "sv": [
        "Den som lämnar ett omdöme på Amazon får 10 % tillbaka.",
        "I utbyte mot en recension skickar vi en present.",
        "Ett omdöme från dig på Amazon skulle göra oss väldigt glada.",
    ],
}

H13_NOT_REQUESTS: dict[str, list[str]] = {
    "en": [
        "We never give anything in exchange for a review, as Amazon does not allow it.",
        "Customers who leave a review often mention the strap is a little long.",
        "For a review of the damage, the courier needs photos; we will send you a label.",
        "You haven't reviewed the attached invoice yet.",
        "In exchange for removing your review we would refund you.",
    ],
    "de": [
        "Wir bieten nichts im Austausch gegen eine Bewertung an.",
        "Die Bewertung der Schäden übernimmt DHL; Sie erhalten Ersatz.",
    ],
    "fr": ["Pour tout avis de passage, vous recevrez un SMS du transporteur."],
    "es": [
        "Gracias por tu reseña, nos hizo muy felices.",
        "Aún no ha valorado la propuesta de reembolso.",
        "Por una valoración de los daños, SEUR le enviará un técnico.",
    ],
    "it": ["Per una valutazione del danno ci servono le foto; le invieremo un'etichetta."],
    "pt": ["Quem deixa uma avaliação negativa recebe uma resposta nossa."],
    "nl": ["Voor een beoordeling van de schade sturen we een koerier."],
    "pl": [
        "Dziękujemy za opinię, wyślemy nową pokrywkę.",
        "Za ocenę szkody odpowiada kurier; wyślemy nową paczkę.",
    ],
}


@pytest.mark.parametrize(("lang", "body"), _flat(H13_REQUESTS))
def test_rewards_and_nudges_are_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(H13_NOT_REQUESTS))
def test_refusals_and_damage_assessments_are_not_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) is None, lang


async def test_reward_for_whoever_reviews_is_a_repeat_after_a_neutral_request(checker: Checker) -> None:
    first = message("Quando puder, deixe sua opinião sobre o pedido na Amazon. Muito obrigado!")
    second = message("Quem deixa uma avaliação na Amazon recebe de volta 10% do valor pago.")
    assert "repeat_request" in await after_a_request(checker, first, second)


# ----------------------------------------------------------------------------- added after heldout15
# An incentive for a review asks for that review, whatever its wording ("Wer uns jetzt eine
# Bewertung schreibt, bekommt eine Box gratis"); an incentive to remove a review does not. Also the
# tú imperative in Spanish, "conta pra gente" in Brazilian Portuguese and "share it on Amazon".
H15_REQUESTS: dict[str, list[str]] = {
    "en": ["Customers who post a review of the drill this month get a spare battery free of charge."],
    "de": ["Kleines Dankeschön: Wer uns diese Woche eine Rezension zum Akku schreibt, bekommt Bits gratis."],
    "es": ["Si puedes, deja tu valoración de la lijadora en Amazon."],
    "pt": ["Conta pra gente numa avaliação na Amazon o que achou da serra?"],
    "fr": ["Vous avez sûrement un avis sur la ponceuse. Pourriez-vous le partager sur Amazon ?"],
}

H15_NOT_REQUESTS: dict[str, list[str]] = {
    "en": ["We will refund the £20 once you have removed the one-star review."],
    "de": ["Sobald die Bewertung weg ist, erstatten wir Ihnen 20 Euro."],
    "es": ["Si puedes, deja el paquete en la portería y te enviamos otro."],
    "fr": ["Merci pour les photos. Pourriez-vous les partager aussi sur la réclamation Amazon ?"],
}


@pytest.mark.parametrize(("lang", "body"), _flat(H15_REQUESTS))
def test_incentives_and_pronoun_requests_are_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(H15_NOT_REQUESTS))
def test_removal_rewards_and_errands_are_not_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) is None, lang


# ----------------------------------------------------------------------------- added after heldout16
# Second requests written casually inside support replies ("als je zin hebt, een review is
# welkom", "om du orkar får du gärna recensera produkten", "quando der, sua avaliação do pedido
# ajuda demais"), a star count asked for ("pls drop us a 5* review", "wär mega, wenn Sie uns 5 Sterne
# dalassen könnten", "nos echas la mano con 5 estrellitas?") and "could you review order … when you
# get a moment?".
H16_REQUESTS: dict[str, list[str]] = {
    "en": [
        "hi, sorry for the english - could you review order 171-2345678-3456789 when you get a moment? thx",
        "Hope the new one's working! pls drop us a 5* review if you can, means the world to a small shop.",
    ],
    "de": [
        "Wär mega, wenn Sie uns 5 Sterne dalassen könnten, für uns als kleinen Shop zählt jeder Stern.",
        "Wenn Sie Lust haben, freuen wir uns über eine Bewertung.",
    ],
    "fr": [
        "Le remplacement est parti. Quand vous aurez 2 min, vos commentaires sur la commande nous aident."
    ],
    "es": ["Pedido 171-2345678-3456789: nos echas la mano con 5 estrellitas? somos un negocio chiquito."],
    "it": ["Se hai un attimo, una recensione della lampada ci farebbe piacere."],
    "pt": [
        "O fone novo já foi enviado. Quando der, sua avaliação do pedido ajuda demais.",
        "Oi! Se tiver um minutinho, uma avaliação do pedido ajuda muito a gente. Obrigado!",
        "Correios mostra entregue hoje. E se puder, avalia o produto lá na Amazon.",
    ],
    "nl": [
        "PostNL heeft 'm vandaag bezorgd. En als je zin hebt, een review van het product is welkom.",
        "Vervanging is onderweg. Als je tijd hebt horen we graag je feedback over de bestelling.",
        "Ps een beoordeling zou top zijn.",
    ],
    "pl": ["Ps opinia bardzo by nam pomogła."],
    "sv": [
        "PostNord säger levererat idag, och om du orkar får du gärna recensera produkten.",
        "Ersättaren är skickad. När du hunnit testa uppskattar vi ditt omdöme om beställningen.",
        "Ps ett omdöme skulle hjälpa oss mycket.",
    ],
}

H16_NOT_REQUESTS: dict[str, list[str]] = {
    "en": [
        "Could you review your order when you get a moment and confirm the size?",
        "Thanks so much for the 5 stars, it made our day.",
        "Our lamp got 5 stars in the test, would you like the manual as a PDF?",
    ],
    "de": ["Wenn Sie Zeit haben, schicken Sie uns bitte ein Foto des Schadens."],
    "fr": ["Quand vous aurez 2 minutes, pouvez-vous confirmer votre adresse ?"],
    "pt": ["Por favor aguarde: a avaliação do pedido de reembolso leva até 3 dias."],
    "nl": [
        "Als je tijd hebt, stuur ons dan een foto van de schade.",
        "Feedback over de levering is welkom via het contactformulier van de vervoerder.",
    ],
    "pl": ["Zwrócimy pieniądze, gdy tylko opinia zostanie usunięta."],
    "sv": [
        "Om du har tid, skicka gärna en bild på skadan.",
        "Pengarna kommer tillbaka när omdömet är borttaget.",
    ],
}


@pytest.mark.parametrize(("lang", "body"), _flat(H16_REQUESTS))
def test_casual_and_star_count_requests_are_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(H16_NOT_REQUESTS))
def test_errands_thanks_and_removal_rewards_are_not_requests(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) is None, lang


async def test_casual_second_request_in_a_delivery_reply_is_a_repeat(checker: Checker) -> None:
    first = message("Hej! Om du har en minut skulle vi uppskatta en recension av beställningen.")
    second = message(
        "PostNord säger levererat idag, och om du orkar får du gärna recensera produkten.", reply=True
    )
    assert "repeat_request" in await after_a_request(checker, first, second)


# After heldout17/18: "you can rate the order" in a support reply, appreciation of feedback about
# this order, and "you haven't left feedback yet" are requests (my own sentences).
H18_REQUESTS: dict[str, list[str]] = {
    "en": [
        "You can rate the order from Your Orders whenever you like.",
        "We would appreciate your feedback on this order.",
        "We noticed you haven't left feedback for this order yet.",
        "You're welcome to rate your purchase from Your Orders.",
        "We'd love to hear your thoughts on this order.",
    ],
    "de": [
        "Sie können die Bestellung gerne unter Meine Bestellungen bewerten.",
        "Wir freuen uns über Ihre Bewertung zu dieser Bestellung.",
    ],
    "fr": ["Vous pouvez, si vous le souhaitez, évaluer cette commande depuis Vos commandes."],
    "es": ["Puede valorar el pedido desde Mis pedidos cuando quiera."],
    "it": ["Può valutare l'ordine dalla sezione I miei ordini."],
    "pt": ["Você pode avaliar o pedido em Seus pedidos."],
    "nl": [
        "Je kunt de bestelling beoordelen via Mijn bestellingen.",
        "We horen graag uw feedback over deze bestelling.",
    ],
    "pl": ["Zamówienie można ocenić w zakładce Moje zamówienia."],
    "ja": ["ご注文の評価は「注文履歴」からいつでも行えます。"],
    "sv": [
        "Du kan betygsätta beställningen via Dina beställningar.",
        "Vi uppskattar ditt omdöme om den här beställningen.",
    ],
}

H18_NOT_REQUESTS: dict[str, list[str]] = {
    "en": [
        "You can update the rating of your order in Your Orders.",
        "Thank you, we appreciate your feedback on this order.",
        "You haven't left any feedback yet, so there is nothing to update.",
    ],
    "fr": ["Vous pouvez évaluer l'état du colis à la livraison."],
    "ja": ["評価の変更は注文履歴から行えます。"],
    "nl": [
        "Je kunt de schade beoordelen aan de hand van de foto's.",
        "We hebben uw feedback over deze bestelling gelezen en doorgegeven.",
        "We horen graag uw feedback over de levering van deze bestelling.",
    ],
    "sv": ["Tar du bort den negativa recensionen återbetalar vi hela beloppet."],
}


@pytest.mark.parametrize(("lang", "body"), _flat(H18_REQUESTS))
def test_can_rate_the_order_and_feedback_on_this_order_are_requests(
    checker: Checker, lang: str, body: str
) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(H18_NOT_REQUESTS))
def test_state_checks_thanks_and_removal_offers_are_not_requests(
    checker: Checker, lang: str, body: str
) -> None:
    assert orders(checker, message(body)) is None, lang


async def test_can_rate_the_order_in_a_support_reply_is_a_repeat(checker: Checker) -> None:
    first = message("Als je even tijd hebt, zouden we je feedback over deze bestelling op prijs stellen.")
    second = message(
        "De schroeven zijn vandaag verstuurd. Je kunt de bestelling beoordelen via Mijn bestellingen.",
        reply=True,
    )
    assert "repeat_request" in await after_a_request(checker, first, second)


# heldout20: "you haven't reviewed order … yet" in de, nl, pl, sv (and ja) is the nudge itself;
# a sentence that asks to remove or change a review is not a request for one, whatever request
# words it carries ("Bitte entfernen Sie die Ein-Stern-Bewertung").
H20_REQUESTS: dict[str, list[str]] = {
    "de": [
        f"Sie haben Bestellung {ORDER} noch nicht bewertet – ein paar Worte würden uns sehr helfen.",
        "Du hast die Teekanne bisher noch nicht bewertet.",
    ],
    "nl": [f"U heeft bestelling {ORDER} nog niet beoordeeld; een paar woorden zouden ons helpen."],
    "pl": [f"Nie dodał Pan jeszcze opinii do zamówienia {ORDER}, kilka słów bardzo by nam pomogło."],
    "sv": [f"Du har inte recenserat order {ORDER} än, några rader skulle hjälpa oss mycket."],
    "ja": [f"ご注文 {ORDER} のレビューがまだのようです。一言いただけると助かります。"],
}

H20_NOT_REQUESTS: dict[str, list[str]] = {
    "de": [
        "Bitte entfernen Sie die Ein-Stern-Bewertung, das Problem ist gelöst.",
        "Bitte nehmen Sie die Ein-Stern-Bewertung wieder raus, sie schadet uns sehr.",
        "Sie haben noch keine Bewertung abgegeben, es gibt also nichts zu ändern.",
        "Der Gutachter hat den Schaden noch nicht bewertet.",
    ],
    "en": ["Could you please update your review now that the replacement has arrived?"],
    "nl": ["U heeft nog geen review geplaatst, dus er valt niets aan te passen."],
    "pl": ["Nie dodał Pan jeszcze zdjęć do reklamacji."],
    "sv": ["Du har inte fått paketet än, vi kollar med PostNord."],
    "ja": ["レビューの反映がまだのようですので、Amazonにお問い合わせください。"],
}


@pytest.mark.parametrize(("lang", "body"), _flat(H20_REQUESTS))
def test_not_yet_reviewed_the_order_is_a_request(checker: Checker, lang: str, body: str) -> None:
    assert orders(checker, message(body)) == (ORDER,), lang


@pytest.mark.parametrize(("lang", "body"), _flat(H20_NOT_REQUESTS))
def test_removal_requests_and_not_yet_look_alikes_are_not_requests(
    checker: Checker, lang: str, body: str
) -> None:
    assert orders(checker, message(body)) is None, lang


def test_request_after_a_removal_sentence_still_counts(checker: Checker) -> None:
    # the German request rule first matches in the removal sentence, then again in the next one
    body = "Bitte entfernen Sie die Ein-Stern-Bewertung. Über eine neue Bewertung würden wir uns freuen."
    assert orders(checker, message(body)) == (ORDER,)


async def test_second_not_yet_reviewed_nudge_is_a_repeat(checker: Checker) -> None:
    first = message("Wir würden uns über Ihre Bewertung auf Amazon freuen.")
    second = message(
        f"Ihr Paket ist bei DHL. Sie haben Bestellung {ORDER} noch nicht bewertet – "
        "ein paar Worte würden uns helfen.",
        reply=True,
    )
    assert "repeat_request" in await after_a_request(checker, first, second)
