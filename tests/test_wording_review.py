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


# --------------------------------------------------------------------------- family tables
# Paraphrases per family and language (our own sentences): the rules must recognise the family,
# not these sentences. Each table is checked on a whole message, like the relay does.
# Review incentive: something of value for a review, a rating, or changing/removing one.
INCENTIVE_BY_LANG: dict[str, list[str]] = {
    "en": [
        "We'll refund the shipping for a 5-star review.",
        "Leave a review and we'll send you a voucher.",
        "You'll get a free replacement if you remove your review.",
        "A £5 Amazon voucher is yours once your review is live.",
        "We're happy to give a partial refund in exchange for updating your feedback.",
        "Review the product and receive 20% off your next order.",
        "As a thank you for reviewing, we'll send a free sample.",
        "Customers who leave feedback get a discount code.",
        "Post your review and you'll be entered into our prize draw.",
        "We can offer you a refund of $10 if you give us five stars.",
        "Change your rating and we'll refund the difference.",
        "In return for your honest opinion on Amazon, we'll ship a free accessory.",
        "Send us a screenshot of your review to claim your gift card.",
        "Write a review to unlock a 15% coupon.",
        "We'd send you a free case for your feedback.",
        "Our reviewers receive exclusive discounts on future orders.",
        "Get your money back when you post a product review.",
        "We'll reimburse the full price after your review goes up.",
        "Leave a rating and claim a free bottle of cleaner.",
        "Your next order ships free if you leave us a review.",
        "We'll give you store credit worth $15 for a product review.",
        "A full refund is possible if you take down the negative feedback.",
        "Rate us 5 stars and we'll add a bonus gift to your next parcel.",
        "Reviewing the kettle earns you a free descaler.",
        "We'll cover the return postage provided you update your review.",
        "Once your review is published, we'll send you a voucher code.",
        "Tell us your review is live and we'll send a $10 PayPal payment.",
        "If you'd consider revising your review, we'd happily send a replacement at no cost.",
        "We will compensate you for your time if you write a review.",
        "Review us and get a free two-year warranty extension.",
        "A discount awaits everyone who leaves seller feedback.",
        "We offer a complimentary gift in return for feedback.",
        "We're offering a 50% rebate to buyers who rate the product.",
        "Remove the review and we'll refund you in full.",
        "We can refund your order if you agree to delete your feedback.",
        "Your voucher will be sent as soon as you have left a rating.",
        "Leave a review for a chance to win a tablet.",
        "A gift card is waiting for you once you review your purchase.",
        "If you give us positive feedback, we will send you a free pair of socks.",
        "We'll refund the postage when your updated review appears.",
    ],
    "de": [
        "Für eine 5-Sterne-Bewertung erstatten wir Ihnen 10 €.",
        "Schreiben Sie eine Bewertung und erhalten Sie einen Gutschein.",
        "Wenn Sie die Rezension löschen, schicken wir Ihnen kostenlos ein neues Gerät.",
        "Als Dank für Ihre Rezension erhalten Sie 15 % Rabatt.",
        "Sobald die Bewertung online ist, überweisen wir Ihnen 5 €.",
        "Bewerten Sie uns und sichern Sie sich ein Gratis-Zubehör.",
        "Gegen eine positive Bewertung bieten wir eine Teilerstattung an.",
        "Ändern Sie Ihre Bewertung, dann erstatten wir den vollen Kaufpreis.",
        "Alle Kunden, die eine Rezension schreiben, bekommen einen Rabattcode.",
        "Im Gegenzug für Ihre Bewertung senden wir Ihnen ein Geschenk.",
        "Nach Veröffentlichung Ihrer Bewertung erhalten Sie einen Amazon-Gutschein.",
        "Ihre Bewertung belohnen wir mit einem 10-€-Gutschein.",
        "Wir erstatten Ihnen die Versandkosten, wenn Sie uns positiv bewerten.",
        "Unter allen Bewertern verlosen wir ein Tablet.",
        "Für jede Rezension gibt es ein kleines Dankeschön in Form eines Gutscheins.",
        "Löschen Sie Ihre Bewertung und Sie erhalten Ihr Geld zurück.",
        "Eine Erstattung ist möglich, sofern Sie Ihre Rezension entfernen.",
        "Wer uns bewertet, erhält beim nächsten Einkauf 20 % Nachlass.",
        "Mit einer Bewertung sichern Sie sich einen Gutschein über 5 €.",
        "Bei einer 5-Sterne-Rezension legen wir Ihrer nächsten Bestellung ein Geschenk bei.",
    ],
    "fr": [
        "Un bon d'achat vous sera envoyé dès la publication de votre avis.",
        "Laissez un avis 5 étoiles et nous vous remboursons les frais de port.",
        "Si vous retirez votre commentaire, nous vous offrons un produit neuf.",
        "En échange d'une évaluation, recevez 10 % de réduction.",
        "Nous vous rembourserons 5 € pour un avis positif.",
        "Chaque avis vous donne droit à un cadeau.",
        "Modifiez votre évaluation et nous vous accorderons un geste commercial.",
        "Nous vous offrons un accessoire si vous notez le produit sur Amazon.",
        "Un remboursement partiel est possible si vous supprimez votre avis.",
        "Tous les clients qui laissent un avis participent à notre tirage au sort.",
        "Publiez votre avis et profitez d'un code promo de 15 %.",
        "Contre un avis sur Amazon, nous vous enverrons une carte cadeau.",
        "Nous vous rembourserons intégralement une fois votre avis modifié.",
        "Votre avis vous rapporte un bon de 10 € valable sur notre boutique.",
        "Pour chaque commentaire publié, un échantillon gratuit vous sera offert.",
    ],
    "es": [
        "Le devolvemos el importe si elimina su reseña.",
        "Por una reseña de cinco estrellas le regalamos un accesorio.",
        "Deje su opinión y reciba un vale de 10 €.",
        "Si cambia su valoración, le enviamos un producto nuevo gratis.",
        "A cambio de su reseña le haremos un descuento del 20 %.",
        "Todos los que valoren el producto entran en el sorteo de una tableta.",
        "Le reembolsaremos el envío cuando su reseña esté publicada.",
        "Con su valoración positiva obtiene un cupón para su próxima compra.",
        "Borre el comentario y le devolvemos el dinero.",
        "Le enviaremos una tarjeta regalo una vez que haya dejado su opinión.",
        "Por cada reseña regalamos un cargador.",
        "Le ofrecemos un reembolso parcial si modifica su calificación.",
        "Escriba una reseña y consiga envío gratis en su próximo pedido.",
        "Si nos pone cinco estrellas, le devolvemos 5 €.",
        "Tras publicar su reseña recibirá un código de descuento.",
    ],
    "it": [
        "Un buono a recensione pubblicata.",
        "Le rimborsiamo la spedizione per una recensione a 5 stelle.",
        "Se modifica la recensione, le inviamo gratuitamente un prodotto nuovo.",
        "Lasci una recensione e riceva un buono da 10 €.",
        "In cambio della sua valutazione le offriamo uno sconto del 15 %.",
        "Se rimuove il feedback negativo, le rimborsiamo l'intero importo.",
        "Chi lascia una recensione partecipa all'estrazione di un tablet.",
        "Le regaliamo un accessorio per ogni recensione.",
        "Una volta pubblicata la recensione, riceverà un codice sconto.",
        "Cancelli la recensione e le restituiamo i soldi.",
        "Con una valutazione positiva ottiene un omaggio.",
        "Le invieremo una carta regalo quando avrà scritto la recensione.",
        "Per una recensione a cinque stelle le rimborsiamo il 20 %.",
        "Se aggiorna la sua valutazione, le spediamo un ricambio gratis.",
        "Ogni recensione vale un buono sconto sul prossimo ordine.",
    ],
    "ja": [
        "レビュー投稿で500円分のギフト券をプレゼントいたします。",
        "星5つの評価をいただけましたら、全額返金いたします。",
        "レビューを削除していただければ、新品を無料でお送りします。",
        "評価を変更していただいた方には、次回使えるクーポンを差し上げます。",
        "レビューを書いてくださった方に、もれなく粗品を進呈いたします。",
        "高評価のレビューをいただければ、送料を返金いたします。",
        "レビュー掲載後にご連絡いただくと、Amazonギフト券をお送りします。",
        "レビューのお礼として、割引コードをお送りします。",
        "評価を取り下げていただけましたら、返金に応じます。",
        "レビューをご投稿いただいた方の中から抽選でプレゼントが当たります。",
    ],
}

# Review manipulation: positive/star rating, gating, discouraging negatives, dictating content.
MANIPULATION_BY_LANG: dict[str, list[str]] = {
    "en": [
        "A five-star rating would make our day.",
        "Please leave us a positive review on Amazon.",
        "We hope you can give us 5 stars.",
        "If you're happy with the rug, please review it; if not, contact us first.",
        "Happy with your order? Leave a review. Not happy? Message us before anything else.",
        "Please contact us before leaving a negative review.",
        "Don't leave bad feedback, let us fix it instead.",
        "In your review, please mention how fast the delivery was.",
        "Could you say in your review that the battery lasts all day?",
        "We would love a glowing review from you.",
        "Would you consider giving us full marks?",
        "Only satisfied customers should leave reviews, so tell us first if something is wrong.",
        "If you had any issues, please reach out rather than posting a low rating.",
        "It would help if your review talked about our customer service.",
        "Please rate us with five stars so more people find us.",
        "A good review would really help us.",
        "Positive feedback would mean so much to our family business.",
        "Should you be delighted with the chair, a review would be great; otherwise, "
        "email us first.",
        "Please write to us before you rate the product if there is a problem.",
        "Mention the free gift wrap in your review, please.",
        "We'd appreciate a top rating if you're pleased.",
        "Kindly give the seller a 5/5 rating.",
        "If you love it, leave a review! If you don't, talk to us first.",
        "Please avoid leaving a one-star review and contact us.",
        "When writing your review, be sure to highlight the quality of the stitching.",
    ],
    "de": [
        "Über eine 5-Sterne-Rezension würden wir uns sehr freuen.",
        "Bitte hinterlassen Sie uns eine positive Bewertung.",
        "Wenn Sie zufrieden sind, bewerten Sie uns bitte; wenn nicht, melden Sie sich zuerst bei "
        "uns.",
        "Bitte kontaktieren Sie uns, bevor Sie eine negative Bewertung schreiben.",
        "Geben Sie uns bitte keine schlechte Bewertung, wir lösen das.",
        "Erwähnen Sie in Ihrer Rezension bitte unseren schnellen Versand.",
        "Eine gute Bewertung würde uns sehr helfen.",
        "Wir würden uns über volle Sterne freuen.",
        "Sind Sie zufrieden? Dann freuen wir uns über eine Bewertung. Falls nicht, schreiben Sie "
        "uns bitte zuerst.",
        "Statt einer schlechten Bewertung schreiben Sie uns bitte direkt.",
    ],
    "fr": [
        "Nous aimerions beaucoup recevoir un avis 5 étoiles.",
        "Merci de nous laisser un avis positif.",
        "Si vous êtes satisfait, laissez-nous un avis ; sinon, contactez-nous d'abord.",
        "Contactez-nous avant de laisser une mauvaise note.",
        "Ne laissez pas d'avis négatif, nous allons trouver une solution.",
        "Dans votre avis, mentionnez la rapidité de la livraison s'il vous plaît.",
        "Une bonne évaluation nous aiderait beaucoup.",
        "Pourriez-vous nous donner la note maximale ?",
    ],
    "es": [
        "Nos encantaría recibir una reseña de 5 estrellas.",
        "Por favor, déjenos una valoración positiva.",
        "Si está satisfecho, déjenos una reseña; si no, contáctenos primero.",
        "Escríbanos antes de dejar una valoración negativa.",
        "No deje una mala reseña, lo solucionamos enseguida.",
        "En su reseña, mencione lo rápido que llegó el pedido.",
        "Una buena valoración nos ayudaría muchísimo.",
        "¿Podría darnos la máxima puntuación?",
    ],
    "it": [
        "Ci piacerebbe ricevere una recensione a 5 stelle.",
        "Ci lasci una recensione positiva, per favore.",
        "Se è soddisfatto, ci lasci una recensione; se no, ci contatti prima.",
        "Ci contatti prima di lasciare una valutazione negativa.",
        "Non lasci un feedback negativo, risolviamo subito.",
        "Nella recensione menzioni la velocità della spedizione.",
        "Una buona recensione ci aiuterebbe molto.",
        "Ci darebbe il massimo dei voti?",
    ],
    "ja": [
        "星5つの評価をいただけますと幸いです。",
        "高評価をいただけますと励みになります。",
        "ご満足いただけましたらレビューを、ご不満がございましたらまずはご連絡ください。",
        "低評価の前に、まずはご連絡いただけますと幸いです。",
        "レビューでは迅速な発送について触れていただけますと嬉しいです。",
    ],
}

# Feedback removal: asking or pressing the buyer to remove or change a review.
REMOVAL_BY_LANG: dict[str, list[str]] = {
    "en": [
        "Could you remove the review now that it's fixed?",
        "Please take down your one-star rating.",
        "We'd be grateful if you could update your feedback.",
        "Would you be willing to revise your review?",
        "Kindly delete the negative comment you posted.",
        "Is there any chance you could change your rating?",
        "We ask you to withdraw the feedback you left.",
        "Please reconsider your 2-star review.",
        "We really need you to edit your review, it is hurting our sales.",
        "Could you amend the seller feedback you gave us?",
    ],
    "de": [
        "Könnten Sie Ihre Bewertung bitte entfernen?",
        "Bitte ändern Sie Ihre Rezension.",
        "Wir bitten Sie, Ihr Feedback zu aktualisieren.",
        "Wären Sie bereit, Ihre Bewertung zu überdenken?",
    ],
    "fr": [
        "Pourriez-vous retirer votre avis ?",
        "Merci de modifier votre évaluation.",
        "Nous vous demandons de supprimer votre commentaire négatif.",
        "Accepteriez-vous de mettre à jour votre avis ?",
    ],
    "es": [
        "¿Podría eliminar su reseña?",
        "Le rogamos que cambie su valoración.",
        "Por favor, actualice su opinión en Amazon.",
        "¿Estaría dispuesto a modificar su comentario?",
    ],
    "it": [
        "Potrebbe rimuovere la sua recensione?",
        "Le chiediamo di modificare la recensione.",
        "Insistiamo: deve modificare la recensione al più presto.",
        "Sarebbe possibile aggiornare la sua valutazione?",
        "Le chiedo ancora una volta di cambiare la sua recensione.",
        "La preghiamo di eliminare il feedback negativo.",
    ],
    "ja": [
        "レビューを削除していただけないでしょうか。",
        "評価の変更をお願いできますか。",
        "レビューの修正をご検討いただけますと幸いです。",
    ],
}

# Review wording that is none of the three review categories.
COMPLIANT_BY_LANG: dict[str, list[str]] = {
    "en": [
        "We have issued a full refund; no need to return the item.",
        "A free replacement leaves today. When you get a moment, a review would be appreciated.",
        "Here is a 10% discount code as an apology for the delay.",
        "Thank you for your feedback. Your refund was processed yesterday.",
        "Amazon may ask you for a review; your refund is already on its way.",
        "We refunded the order after reviewing your photos.",
        "Once we have reviewed the returned item, we'll refund you.",
        "After reviewing your case, we can offer a 20% partial refund.",
        "We never offer gifts for reviews, as Amazon does not allow it.",
        "The review by the magazine you mention was about the older model.",
        "I read the review you left saying the lid leaks; a new lid is on its way.",
        "You wrote a review saying the strap broke, and we are sorry about that.",
        "Your review mentions a scratch, so we have sent a replacement.",
        "Our five-star hotel partner is not related to this order.",
        "The product page shows the average star rating from other buyers.",
        "If you are happy with the replacement, great! If not, reply and we'll refund you.",
        "Please contact us before returning the item so we can send a label.",
        "Feedback can be updated from Your Orders if you ever wish; entirely your call.",
        "We have updated the listing after your feedback about the size chart.",
        "Your comments about the packaging were passed to our warehouse.",
        "We updated the tracking information; the review of your claim is complete.",
        "Please note the change in the return address below.",
        "The gift card you asked about can be used for any order.",
        "We will refund the shipping once the carrier has reviewed the claim.",
    ],
    "de": [
        "Vielen Dank für Ihre Bewertung, die Erstattung ist unterwegs.",
        "Wir haben Ihnen 10 € erstattet. Über eine Bewertung würden wir uns freuen.",
        "Die Bewertung, die Sie erwähnen, betrifft das Vorgängermodell.",
        "Sollten Sie Ihre Bewertung anpassen wollen, liegt das ganz bei Ihnen.",
    ],
    "fr": [
        "Merci pour votre avis, le remboursement est en cours.",
        "Nous avons remboursé 15 €. Votre avis sur Amazon nous serait précieux.",
        "Vous pouvez modifier votre avis à tout moment si vous le souhaitez.",
    ],
    "es": [
        "Gracias por su reseña; el reembolso ya está en camino.",
        "Le hemos reembolsado 10 €. Si tiene un momento, nos encantaría leer su opinión.",
        "¿Nos regalaría unos segundos para valorar la compra?",
    ],
    "it": [
        "Grazie per la sua recensione; il rimborso è in corso.",
        "Abbiamo rimborsato 10 € sul suo conto. Quando può, una recensione sarebbe gradita.",
        "Se lo desidera, può sempre aggiornare la sua recensione: è una scelta sua.",
    ],
    "ja": [
        "返金手続きを完了いたしました。もしよろしければ、レビューをお寄せいただけますと幸いです。",
        "レビューをいただき、誠にありがとうございました。",
    ],
}

EXTRA_NEG = {
    "en": [
        "Feel free to reply if the free replacement does not fit.",
        "Your refund of $12 was issued after we reviewed the photos you sent.",
        "If you are happy with the refund, no further action is needed.",
        "We hope you enjoy the lamp. Let us know if anything is wrong.",
        "Happy with the tracking update? It should arrive Friday.",
        "The reviews on the product page mention the same sizing issue.",
        "We received your feedback and sent a free replacement today.",
        "Please don't leave the parcel outside; the courier will call you.",
        "If you have any problems, contact us and we will send a free part.",
        "Once we've reviewed the claim, we'll send the voucher you were promised for the delay.",
        "We are sorry; please accept this 10% discount code for the delay.",
        "Could you take a picture of the rating label on the power brick?",
        "In your message you mention a missing screw; a free one is on the way.",
        "Thank you for the 5-star review, we're glad the chair fits!",
        "We saw your one-star review and have refunded the order in full.",
        "You can update the delivery address in Your Account.",
        "Please remove the battery before returning the remote.",
        "We'd love to hear how the first brew goes, just reply to this message.",
        "Before you send the item back, please contact us for a free label.",
        "Amazon lets buyers edit reviews; we don't ask for anything.",
    ],
    "de": [
        "Wir haben Ihnen 10 € erstattet, und über eine Bewertung würden wir uns freuen.",
        "Vielen Dank für Ihre 5-Sterne-Bewertung!",
        "Bitte entfernen Sie die Schutzfolie vor dem ersten Gebrauch.",
        "Wenn Sie zufrieden sind, brauchen Sie nichts weiter zu tun.",
        "Für die beschädigte Lampe erstatten wir Ihnen 15 €.",
        "Bevor Sie das Paket zurücksenden, kontaktieren Sie uns bitte.",
    ],
    "fr": [
        "Nous vous avons remboursé 10 € pour le colis abîmé.",
        "Merci pour votre avis 5 étoiles !",
        "Si vous êtes satisfait de l'échange, tout est en ordre.",
        "Pouvez-vous retirer le film protecteur avant utilisation ?",
    ],
    "es": [
        "Le hemos reembolsado 10 € por las molestias.",
        "Gracias por su reseña de cinco estrellas.",
        "Si está contento con el cambio, no tiene que hacer nada más.",
        "Puede retirar la película protectora antes de usarlo.",
    ],
    "it": [
        "Le abbiamo rimborsato 10 € per il pacco danneggiato.",
        "Grazie per la recensione a 5 stelle!",
        "Se è soddisfatto del cambio, non serve altro.",
        "Prima dell'uso tolga la pellicola: può rimuoverla facilmente.",
    ],
    "ja": [
        "星5つの評価をいただき、誠にありがとうございます。",
        "返金処理が完了しました。",
    ],
}
EXTRA_POS = {
    "review_incentive": [
        "If you're willing to take down your 1-star review, we will ship a new unit free of charge.",
        "Sobald Sie den Artikel aus Bestellung 303-1234567-1234567 mit fünf Sternen bewertet haben, "
        "schicken wir Ihnen einen Gutschein.",
        "Une fois que vous aurez noté la commande 404-1234567-1234567 sur Amazon, nous vous "
        "rembourserons 5 €.",
    ],
    "review_manipulation": [
        "Loving the new blender from order 123-1234567-1234567? A quick review would be great. "
        "Not loving it? Write to us first.",
        "Please hold off on posting a review until we've sorted this out.",
        "Don't write a review just yet; reply here first and we'll fix it.",
    ],
    "feedback_removal": [
        "Riguardo alla sua recensione: le chiedo di nuovo di cancellarla, è ingiusta.",
        "Sobre su reseña: le pedimos que la modifique cuanto antes.",
        "Concernant votre avis, pourriez-vous le retirer ?",
    ],
}


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


def _flat(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, body) for lang, bodies in table.items() for body in bodies]


@pytest.mark.parametrize(("lang", "body"), _flat(INCENTIVE_BY_LANG))
def test_incentive_families(checker: Checker, lang: str, body: str) -> None:
    assert "review_incentive" in review_categories(checker, body, reply=False), lang


@pytest.mark.parametrize(("lang", "body"), _flat(MANIPULATION_BY_LANG))
def test_manipulation_families(checker: Checker, lang: str, body: str) -> None:
    assert "review_manipulation" in review_categories(checker, body, reply=False), lang


@pytest.mark.parametrize(("lang", "body"), _flat(REMOVAL_BY_LANG))
def test_removal_families(checker: Checker, lang: str, body: str) -> None:
    assert "feedback_removal" in review_categories(checker, body), lang


@pytest.mark.parametrize(("lang", "body"), _flat(COMPLIANT_BY_LANG) + _flat(EXTRA_NEG))
def test_compliant_families(checker: Checker, lang: str, body: str) -> None:
    assert review_categories(checker, body) == set(), lang


@pytest.mark.parametrize(("category", "body"),
                         [(c, b) for c, bodies in EXTRA_POS.items() for b in bodies])
def test_long_objects_and_pronouns(checker: Checker, category: str, body: str) -> None:
    """Order ids, hyphenated ratings and pronouns between the verb and the review."""
    assert category in review_categories(checker, body, reply=False)


def test_wrapped_line_still_matches(checker: Checker) -> None:
    body = ("If you are willing to take down your two-star review,\n"
            "we will send you the larger model free of charge.")
    assert {"review_incentive", "feedback_removal"} <= review_categories(checker, body)


def test_unmarked_buyer_history_is_not_dictation(checker: Checker) -> None:
    """A forwarded buyer message the normaliser does not mark as quoted: the buyer's own
    "I left a review saying ..." is not the seller telling them what to write."""
    body = ("Sorry the zip broke; a new bag is on its way.\n\n--- Previous message ---\n"
            "The zip broke after a week. I left a review saying so.\n")
    assert review_categories(checker, body) == set()


def test_existing_review_mentioned_is_not_dictation(checker: Checker) -> None:
    body = "The review by the magazine you mention was about last year's model."
    assert review_categories(checker, body) == set()


# Families added after an independent held-out set (my own sentences): Spanish review gating
# across a wrapped line, telling the buyer what to mention next to a review request, and value
# promised once the named review is gone. Each with look-alikes that must stay quiet.
GAP_POS: dict[str, list[tuple[str, str]]] = {
    "review_manipulation": [
        ("es", "Si está satisfecho con la sartén, le agradeceríamos una reseña. Si no lo está,\n"
               "escríbanos antes y lo arreglamos."),
        ("es", "Si le ha gustado la lámpara, déjenos una valoración. Si no,\ncontáctenos primero."),
        ("es", "Si está contento, una reseña nos ayuda. De lo contrario, por favor\n"
               "escríbanos antes de opinar."),
        ("es", "Si queda satisfecha, valore el producto. Si hay algún problema,\n"
               "contáctenos antes."),
        ("es", "Si le encanta el reloj, nos encantaría su reseña. Si no está conforme,\n"
               "escríbanos primero."),
        ("es", "Si está a gusto con la silla, deje su opinión. En caso contrario,\n"
               "hable con nosotros antes."),
        ("es", "Si te gusta la mochila, déjanos una reseña. Si no, escríbenos\nantes."),
        ("es", "Si ha quedado satisfecho, le pedimos una valoración. Si algo falla,\n"
               "contacte con nosotros primero."),
        ("en", "We'd love a review! If you could mention the soft lining, that would help other "
               "parents."),
        ("en", "A short review would be great. Please highlight how quiet the motor is."),
        ("en", "Could you leave a review? Be sure to mention the free engraving."),
        ("en", "We'd be grateful for a rating. Don't forget to point out the fast dispatch."),
        ("en", "Reviews help us a lot. It would help if you praise the sturdy handle."),
        ("en", "If you have a moment, leave a review. Maybe mention that it fits true to size."),
        ("en", "A review would be lovely! Remember to say how warm the blanket is."),
    ],
    "review_incentive": [
        ("en", "We can refund the order in full once your review has been removed."),
        ("en", "A replacement will follow as soon as the feedback you left is taken down."),
        ("en", "We'll send you a voucher when the review is updated."),
        ("en", "Your refund goes out once the one-star rating has been deleted."),
        ("en", "We will reimburse the postage if your feedback gets changed."),
        ("en", "Once your review has been edited, we'll issue the credit."),
        ("en", "As soon as the rating is withdrawn, we will refund you."),
        ("en", "Happy to refund the full price once the review you posted\nhas been taken down."),
        ("en", "We'll send you a free pouch after the review is removed."),
        ("en", "Compensation is possible only if the negative review is deleted."),
        ("en", "We'll offer a discount on condition that your feedback is amended."),
        ("en", "A gift card is yours when the review you wrote has been revised."),
        ("en", "We can replace the lamp provided that the review has been withdrawn."),
        ("en", "Money back as soon as your feedback is gone."),
        ("en", "When the review has been updated, we will send you the refund."),
    ],
}

GAP_NEG: list[tuple[str, str]] = [
    ("es", "Si tiene un momento, déjenos una reseña.\nSi tiene dudas, escríbanos."),
    ("es", "Si está satisfecho con el cambio, perfecto. Si no, escríbanos y le reembolsamos."),
    ("es", "Si le ha gustado, nos alegra. Si no, escríbanos y buscamos otra talla."),
    ("es", "Si está contento con la talla, no hace falta hacer nada. Si no,\nescríbanos."),
    ("es", "Puede dejar una reseña si lo desea.\nPara cualquier duda, escríbanos."),
    ("es", "Si queda satisfecho con la reparación, genial; si no, contáctenos."),
    ("es", "Si le gusta el color, confirme el pedido. Si no, escríbanos."),
    ("es", "Gracias por su reseña.\nSi algo falla, contáctenos."),
    ("en", "Please mention your order number when you contact us."),
    ("en", "Your review mentions a scratch; we have sent a new lid."),
    ("en", "Please highlight the damaged area in the photo you send us."),
    ("en", "If you could point out where the seam opened, we'll fix it."),
    ("en", "An honest review is welcome; write whatever you think."),
    ("en", "Be sure to mention the serial number on the return form."),
    ("en", "The review you mentioned was about the old model."),
    ("en", "Please say which size you need for the exchange."),
    ("en", "We have refunded the order; what you do with your review is up to you."),
    ("en", "Once the replacement has arrived, let us know if it fits."),
    ("en", "We'll refund you once the parcel has been returned to us."),
    ("en", "Your refund will be issued when the return has been scanned."),
    ("en", "We updated the listing once the review was published."),
    ("en", "We'll send the voucher code for the damaged item once the carrier confirms."),
    ("en", "Thank you for your review; the refund was sent yesterday."),
    ("en", "The discount applies once the order has been updated."),
    ("en", "We credited your account after the return was received."),
    ("en", "If you have a moment, a review is always welcome."),
    ("en", "Your feedback has been passed on; the replacement ships today."),
]


@pytest.mark.parametrize(("category", "lang", "body"),
                         [(c, lang, b) for c, rows in GAP_POS.items() for lang, b in rows])
def test_gap_families_fire(checker: Checker, category: str, lang: str, body: str) -> None:
    assert category in review_categories(checker, body, reply=False), lang


@pytest.mark.parametrize(("lang", "body"), GAP_NEG)
def test_gap_family_look_alikes_stay_quiet(checker: Checker, lang: str, body: str) -> None:
    assert review_categories(checker, body) == set(), lang


# Neutral permission after a resolved problem ("you can update it if you wish, up to you, Amazon
# allows it") is not feedback_removal; asking or pressing is (POLICY.md). Own sentences.
NEUTRAL_UPDATE = {
    "en": [
        "If at any point you wish to update your rating, Amazon permits it; that is\nentirely your call.",
        "Should you ever decide to revise your review, Amazon allows that. No pressure at all.",
        "Feedback can be edited from Your Orders whenever you like; it is your own decision.",
        "If you ever want to change your feedback, Amazon lets you do so. Up to you.",
        "We have refunded the order in full. Updating your review is at your discretion.",
    ],
    "de": [
        "Falls Sie Ihre Bewertung irgendwann anpassen möchten, erlaubt Amazon das; es liegt ganz bei Ihnen.",
        "Amazon ermöglicht es, die Bewertung zu ändern, das bleibt Ihnen überlassen.",
        "Sie können Ihre Rezension jederzeit bearbeiten, nach Ihrem Ermessen.",
        "Wenn Sie Ihre Bewertung aktualisieren wollen, ist das jederzeit möglich.",
        "Ob Sie Ihr Feedback ändern, ist Ihre freie Entscheidung.",
    ],
    "fr": [
        "Si un jour vous souhaitez modifier votre évaluation, Amazon le permet ; c'est vous qui décidez.",
        "Amazon vous permet de mettre à jour votre avis à tout moment, à votre guise.",
        "Modifier votre commentaire reste entièrement libre, comme vous le préférez.",
        "Si à un moment donné vous voulez changer votre note, libre à vous.",
        "Vous pouvez réviser votre avis si vous le désirez, à votre discrétion.",
    ],
    "es": [
        "Si más adelante desea cambiar su reseña, Amazon lo permite; queda a su\nelección.",
        "Si en algún momento decide modificar su opinión, es cosa suya.",
        "Amazon le permite actualizar su valoración cuando quiera; depende de usted.",
        "Actualizar su calificación queda completamente en sus manos.",
        "Si alguna vez quiere editar su reseña, como usted prefiera.",
    ],
    "it": [
        "Se in qualsiasi momento desidera aggiornare la recensione, Amazon lo consente; è una sua scelta.",
        "Amazon permette di modificare il feedback, come lei preferisce.",
        "Se in futuro vuole cambiare la sua valutazione, decide lei.",
        "Aggiornare il suo giudizio resta del tutto a sua discrezione.",
        "Se mai lo desidera, può modificare la sua recensione: sta a lei.",
    ],
    "ja": [
        "評価の変更はご希望があればいつでも可能です。",
        "レビューの修正は任意ですので、ご判断にお任せいたします。",
        "ご希望でしたら評価を更新できます。",
        "レビューの編集はご自身でいつでもできます。",
        "評価の見直しはお客様のご自由です。",
    ],
}
PRESSED_UPDATE = {
    "en": [
        "Now that the refund is through, please update your rating to five stars.",
        "Could you change your feedback today? It really hurts our shop.",
    ],
    "de": ["Bitte ändern Sie Ihre Bewertung, jetzt wo alles erledigt ist.",
           "Könnten Sie Ihre negative Rezension bitte löschen?"],
    "fr": ["Pourriez-vous supprimer votre avis négatif dès aujourd'hui ?",
           "Merci de modifier votre évaluation maintenant que tout est réglé."],
    "es": ["¿Podría cambiar su valoración ahora que le hemos reembolsado?",
           "Le rogamos que elimine su reseña negativa cuanto antes."],
    "it": ["Le chiediamo di modificare la sua recensione ora che il problema è risolto.",
           "Potrebbe rimuovere il feedback negativo entro oggi?"],
    "ja": ["お手数ですが、評価を削除していただけますでしょうか。",
           "問題は解決しましたので、レビューを修正していただけますと幸いです。"],
}


@pytest.mark.parametrize(("lang", "body"), _flat(NEUTRAL_UPDATE))
def test_neutral_permission_is_not_removal(checker: Checker, lang: str, body: str) -> None:
    assert "feedback_removal" not in review_categories(checker, body), lang


@pytest.mark.parametrize(("lang", "body"), _flat(PRESSED_UPDATE))
def test_pressed_update_is_removal(checker: Checker, lang: str, body: str) -> None:
    assert "feedback_removal" in review_categories(checker, body), lang


# Families added after a third independent held-out set (my own sentences): ordered review
# gating (de, it), "so we avoid a negative review", a change "to positive" (fr, es, it, pl, nl,
# sv), discouraging negative reviews (pl, sv, nl), value offered for removing a review (en, with
# prices and order ids in between), a reward for the review act in Polish, and removal requests in
# Swedish. Each family has look-alikes that must stay quiet.
HELDOUT3_POS: dict[str, list[tuple[str, str]]] = {
    "review_manipulation": [
        ("de", "Sind Sie mit der Pfanne zufrieden? Dann freuen wir uns über eine Bewertung.\n"
               "Falls nicht, melden Sie sich bitte zuerst bei uns."),
        ("de", "Wenn Sie mit dem Rucksack glücklich sind, hinterlassen Sie gern eine Bewertung. "
               "Sonst schreiben Sie uns bitte vorher."),
        ("de", "Bist du mit der Lampe zufrieden? Eine Rezension hilft uns. Wenn nicht, "
               "kontaktiere uns zuerst."),
        ("de", "Falls Sie mit dem Messerset begeistert sind, freuen wir uns über Sterne. "
               "Andernfalls wenden Sie sich bitte an uns."),
        ("de", "Sofern Sie zufrieden sind, bewerten Sie uns gern. Bei Problemen melden Sie "
               "sich bitte direkt."),
        ("de", "Sind Sie mit Ihrer neuen Uhr zufrieden? Über eine Bewertung würden wir uns "
               "freuen. Ansonsten schreiben Sie uns."),
        ("de", "Wenn Sie zufrieden sind: eine Bewertung wäre toll. Falls etwas fehlt, "
               "schreiben Sie bitte erst uns."),
        ("de", "Sind Sie mit dem Kissen zufrieden, dann bewerten Sie es gern. Wenn nicht,\n"
               "sprechen Sie bitte zuerst mit uns."),
        ("de", "Waren Sie mit der Lieferung zufrieden? Dann eine Rezension bitte. Wenn es "
               "Probleme gibt, melden Sie sich vorher."),
        ("de", "Wenn du mit dem Zelt zufrieden bist, freuen wir uns über eine Bewertung. "
               "Sonst schreib uns bitte."),
        ("it", "Se è soddisfatto della lampada, una recensione ci aiuta. Se invece qualcosa "
               "non va, ci scriva prima."),
        ("it", "Se è contenta del vaso, ci lasci una recensione. Altrimenti ci contatti."),
        ("it", "Se le è piaciuto il caffè, lasci qualche stella. Se però ci fosse un problema, "
               "ci scriva."),
        ("it", "Se è rimasto soddisfatto, ci farebbe piacere un feedback.\nSe qualcosa non "
               "funziona, ci contatti prima."),
        ("it", "Se le piace la borsa, una valutazione ci aiuta. In caso contrario ci scriva."),
        ("it", "Se è soddisfatta, una recensione è gradita. Se no, ci avvisi prima."),
        ("it", "Se sei soddisfatto dello zaino, lasciaci una recensione. Se invece hai problemi, "
               "scrivici."),
        ("it", "Se è soddisfatto del servizio, una recensione ci rende felici. Se dovesse "
               "esserci un difetto, ci contatti."),
        ("it", "Se è contento, lasci pure una valutazione. Se poi qualcosa non va, ci scriva "
               "qui."),
        ("it", "Se le sono piaciuti i bicchieri, una recensione ci aiuta. Se qualche pezzo è "
               "rotto, ci scriva prima."),
        ("en", "If the zip sticks, write to us so we can avoid a negative review."),
        ("en", "Please contact us first to avoid a bad review."),
        ("de", "Schreiben Sie uns, damit wir eine negative Bewertung vermeiden."),
        ("fr", "Écrivez-nous d'abord pour éviter un avis négatif."),
        ("es", "Escríbanos primero para evitar una reseña negativa."),
        ("it", "Ci contatti, così evitiamo una recensione negativa."),
        ("pl", "Prosimy o kontakt, abyśmy mogli uniknąć negatywnej opinii."),
        ("nl", "Mail ons eerst, zo voorkomen we een negatieve beoordeling."),
        ("sv", "Kontakta oss först så att vi kan undvika ett negativt omdöme."),
        ("en", "Reach out to us and let's avoid a one-star rating."),
        ("fr", "Pourriez-vous passer votre évaluation en positive maintenant ?"),
        ("fr", "Merci de modifier votre avis en avis positif."),
        ("fr", "Pourriez-vous changer votre note à 5 étoiles ?"),
        ("es", "¿Podría cambiar su reseña a positiva ahora que está resuelto?"),
        ("es", "Le pedimos que actualice su valoración a cinco estrellas."),
        ("it", "Potrebbe modificare la recensione in positiva?"),
        ("it", "Le chiediamo di portare la valutazione a cinque stelle."),
        ("pl", "Czy mógłby Pan zmienić opinię na pozytywną?"),
        ("nl", "Zou u uw beoordeling naar positief willen aanpassen?"),
        ("sv", "Kan du ändra ditt omdöme till positivt nu?"),
        ("pl", "Bardzo prosimy nie wystawiać negatywnej oceny."),
        ("pl", "Proszę nie zostawiać złej opinii, wymienimy produkt."),
        ("pl", "Zanim wystawi Pani opinię, prosimy o kontakt."),
        ("pl", "Jeśli jest Pan zadowolony, prosimy o opinię. Jeśli nie, napisz do nas."),
        ("sv", "Lämna inte ett dåligt omdöme, vi löser det."),
        ("sv", "Skriv till oss innan du lämnar en recension."),
        ("sv", "Innan du ger ett betyg, kontakta oss gärna."),
        ("nl", "Laat alstublieft geen negatieve review achter."),
        ("nl", "Neem contact op voordat je een beoordeling plaatst."),
        ("nl", "Voordat u een recensie schrijft, mail ons even."),
    ],
    "review_incentive": [
        ("en", "We'd refund the full $19.99 for order 111-2223334-4445556 if you would kindly "
               "remove the review."),
        ("en", "A full refund of £12.50 is yours if you could delete the 1-star review."),
        ("en", "We can send a replacement if you just take down the negative feedback."),
        ("en", "We offer a £5.00 voucher in exchange for removing your review."),
        ("en", "Happy to reimburse the postage provided you update the rating."),
        ("en", "A gift card of $25.00 is possible once you withdraw the feedback."),
        ("en", "If you remove the review, we'll refund the order in full."),
        ("en", "If you would change your feedback, we will send a free case."),
        ("en", "Once you delete the rating, we can refund the £8.99 shipping."),
        ("en", "We'll give you store credit of $10.00 if you amend your review."),
        ("pl", "Za wystawienie opinii zwrócimy Pani 10 zł."),
        ("pl", "W zamian za usunięcie opinii prześlemy kupon rabatowy."),
        ("pl", "Po dodaniu recenzji otrzyma Pan prezent."),
        ("pl", "Za napisanie opinii dostanie Pan 15% rabatu."),
        ("pl", "Za zmianę oceny zwrócimy koszt wysyłki."),
        ("pl", "Za opublikowanie recenzji wyślemy darmowy kubek."),
        ("pl", "Za zostawienie opinii oferujemy bon na 30 zł."),
        ("pl", "Za wystawienie oceny zwrot 20 zł na konto."),
        ("pl", "W zamian za pozytywną opinię damy zniżkę."),
        ("pl", "Za dodanie komentarza otrzyma Pani upominek."),
    ],
    "feedback_removal": [
        ("sv", "Kan du ta bort ditt omdöme nu när paketet har kommit?"),
        ("sv", "Vi ber dig radera din recension."),
        ("sv", "Skulle du vilja ändra ditt betyg?"),
        ("sv", "Snälla uppdatera ditt omdöme om leveransen."),
        ("sv", "Kan du dra tillbaka din recension?"),
        ("sv", "Vi hoppas att omdömet kan tas bort."),
        ("sv", "Kan ni justera ert betyg nu när allt är löst?"),
        ("sv", "Vänligen ta bort den negativa recensionen."),
        ("sv", "Skulle du kunna se över ditt omdöme?"),
        ("sv", "Vi vore tacksamma om du redigera din recension."),
    ],
}

HELDOUT3_NEG: list[tuple[str, str]] = [
    ("de", "Wenn Sie einen Moment haben, freuen wir uns über eine Bewertung. Bei Fragen "
           "melden Sie sich."),
    ("de", "Sind Sie mit dem Ersatz zufrieden? Falls nicht, melden Sie sich bitte."),
    ("de", "Vielen Dank für Ihre Bewertung! Falls nicht alles passt, schreiben Sie uns."),
    ("de", "Wenn Sie zufrieden sind, ist alles erledigt. Sonst melden Sie sich."),
    ("de", "Die Bewertung des Schadens durch den Spediteur läuft noch."),
    ("de", "Wir haben die Verpackung geändert, um Schäden zu vermeiden."),
    ("de", "Sind Sie zufrieden mit der Farbe? Sonst tauschen wir gern."),
    ("de", "Über eine ehrliche Bewertung freuen wir uns, ganz gleich wie sie ausfällt."),
    ("de", "Falls die Größe nicht passt, schreiben Sie uns."),
    ("de", "Ihre Bewertung hilft anderen Kunden."),
    ("it", "Se ha un momento, ci lasci una recensione. Per domande ci scriva."),
    ("it", "Se è soddisfatto del cambio, bene; altrimenti ci scriva."),
    ("it", "Grazie per la sua recensione. Se qualcosa non va, ci scriva."),
    ("it", "Se le piace il colore, confermi l'ordine. Altrimenti ci scriva."),
    ("it", "La valutazione del danno da parte del corriere è in corso."),
    ("it", "Abbiamo migliorato l'imballaggio per evitare danni."),
    ("it", "Se è soddisfatto, non serve fare nulla."),
    ("it", "Una recensione onesta è sempre benvenuta."),
    ("it", "Se il pacco non arriva, ci contatti."),
    ("it", "Potrebbe modificare l'indirizzo in via Roma 5?"),
    ("en", "Please contact us if the zip sticks; we will send a new one."),
    ("en", "We changed the packaging to avoid a bad review about dents."),
    ("en", "To avoid a delay, please confirm the address."),
    ("fr", "Vous pouvez modifier votre avis à tout moment."),
    ("fr", "Nous pouvons passer votre commande en livraison express."),
    ("es", "Podemos cambiar el envío a urgente."),
    ("it", "Grazie per aver portato la valutazione a cinque stelle."),
    ("pl", "Dziękujemy za zmianę opinii na pozytywną."),
    ("pl", "Przykro nam z powodu negatywnej opinii; wysłaliśmy nowy talerz."),
    ("pl", "Nie wystawiliśmy jeszcze faktury."),
    ("pl", "Zanim wyślemy paczkę, prosimy o kontakt w sprawie adresu."),
    ("pl", "Dziękujemy za opinię, zwrot 20 zł został już zlecony."),
    ("pl", "Za opóźnienie zwrócimy Panu 10 zł."),
    ("pl", "Po otrzymaniu zwrotu oddamy pieniądze."),
    ("sv", "Tack för ditt omdöme!"),
    ("sv", "Du kan alltid uppdatera ditt omdöme om du vill."),
    ("sv", "Hör av dig innan du skickar tillbaka varan."),
    ("sv", "Vi har ändrat leveransadressen till din nya adress."),
    ("sv", "Ta bort skyddsfilmen innan du använder locket."),
    ("nl", "Bedankt voor je positieve beoordeling!"),
    ("nl", "Neem contact op voordat je het pakket terugstuurt."),
    ("nl", "We hebben geen negatieve beoordeling ontvangen."),
    ("en", "We can send a replacement once the courier has collected the parcel."),
    ("en", "If you remove the battery, the lamp resets."),
    ("en", "Your refund of £12.50 is on its way; thank you for your feedback."),
]


@pytest.mark.parametrize(("category", "lang", "body"),
                         [(c, lang, b) for c, rows in HELDOUT3_POS.items() for lang, b in rows])
def test_heldout3_families_fire(checker: Checker, category: str, lang: str, body: str) -> None:
    assert category in review_categories(checker, body), lang


@pytest.mark.parametrize(("lang", "body"), HELDOUT3_NEG)
def test_heldout3_look_alikes_stay_quiet(checker: Checker, lang: str, body: str) -> None:
    assert review_categories(checker, body) == set(), lang


# Look-alikes that another pack may still flag (a thank-you for a changed review is the
# feedback_removal pack's call): only the family's own category must stay quiet here.
HELDOUT3_NOT_CATEGORY: list[tuple[str, str, str]] = [
    ("review_manipulation", "fr", "Merci d'avoir changé votre avis en positif !"),
    ("review_manipulation", "es", "Gracias por cambiar su reseña a positiva."),
    ("review_incentive", "en",
     "We have refunded the full $19.99, regardless of whether you update your review."),
]


@pytest.mark.parametrize(("category", "lang", "body"), HELDOUT3_NOT_CATEGORY)
def test_heldout3_look_alikes_not_that_category(checker: Checker, category: str, lang: str,
                                                body: str) -> None:
    assert category not in review_categories(checker, body), lang
