#!/usr/bin/env python3
"""Generate the heldout18 corpus (blind). Python 3.11 stdlib only, deterministic."""
import base64, datetime, email, email.policy, hashlib, html, io, json, os, quopri, random, re, struct, sys, zipfile, zlib
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive', 'review_manipulation',
        'feedback_removal', 'repeat_request', 'marketing', 'opt_out', 'tracking_pixel', 'attachment', 'styling',
        'offensive', 'important_tag', 'missing_order_id', 'unpermitted_proactive']
LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja', 'nl', 'pl', 'sv', 'pt']
L = {}
L['en'] = dict(
 tlds=['co.uk', 'com', 'co.uk', 'com', 'ie', 'com.au'],
 names=['Gareth', 'Priya', 'Donna', 'Marcus', 'Siobhan', 'Keith', 'Lauren', 'Tom', 'Becky', 'Aaron', 'Niamh', 'Colin'],
 hi=['Hi <<n>>,', 'Hello <<n>>,', 'Dear <<n>>,', 'Good evening <<n>>,'],
 bye=['Kind regards,\n<<a>>\n<<shop>> Customer Care', 'Best,\n<<a>> | <<shop>> support (night shift)', 'Thanks,\n<<a>>'],
 msg='------------- Message: -------------', end='------------- End message -------------',
 olbl='Order ID', helpful='Was this email helpful?', yes='Yes', no='No',
 foot='Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon.co.uk, Ltd., 1 Principal Place, Worship Street, London EC2A 2FA',
 isubj=['Inquiry from Amazon customer <<n>> (Order: <<oid>>)', 'Return policy inquiry from Amazon customer <<n>> (Order: <<oid>>)', 'Product details inquiry from Amazon customer <<n>> (Order: <<oid>>)'],
 re='Re:', wrote='On <<d>>, <<n>> - Amazon Marketplace <<<r>>> wrote:',
 echo=['You wrote: "<<q>>"', 'Just to confirm I have understood: "<<q>>"', 'Re your message - "<<q>>" - '],
 osubj=['About your order <<oid>>', 'Order <<oid>> - quick question', 'Your order <<oid>>'],
 tbl=('Model', 'Fits?', 'Yes', 'No'), trkw='tracking number',
 addr='Marlow Returns Hub, Unit 4 Brookfield Park, Leeds LS11 5PX, United Kingdom',
 buyer={
  'returns': ['I want to send this back, the colour is nothing like the photo. How do I return it?', 'Bought the wrong size by mistake, can I swap it or do I have to return it?', 'Returned it 2 weeks ago and still no refund. What is going on??'],
  'warranty': ['The pump stopped working after 5 weeks. Is this covered by the warranty?', 'Cartridge says not recognised in my printer, it is only a month old.', 'The hinge on the carrier cracked. Warranty?'],
  'compat': ['Will this fit a Shimano Deore 12 speed? The listing is not clear.', 'Does this case work with MagSafe chargers on the 15 Pro?', 'Is the 603XL ok for an Epson XP-2100?'],
  'missing': ['The box arrived without the screws for the stand.', 'Only 11 of the 12 colours were in the pack.', 'Parcel came but no charging cable inside.'],
 },
 base={
  'returns': [
   "Sorry the colour isn't what you expected. You can return it free of charge through your orders page: https://www.amazon.co.uk/gp/css/order-history\n1. Open order <<oid>> and choose Return or replace items.\n2. Pick \"Not as described\" as the reason.\n3. Print the label and drop the parcel at any post office.\nOnce it is scanned we refund <<price>> to your original payment method, usually within 2-3 working days.",
   "No problem at all, an exchange is easiest as a return plus a new order. If you prefer to post it yourself, the address is:\n<<addr>>\nPlease put RMA <<rma>> on a slip inside the box so the warehouse can match it to order <<oid>>.",
   "I checked order <<oid>>: the return reached our warehouse on <<d>> and the refund of <<price>> was issued today. Banks normally show it within 3-5 working days. Sorry it took longer than it should have.",
  ],
  'warranty': [
   "That shouldn't happen after five weeks. <<prod>> has a 24-month warranty, so this is covered.\n1. Unplug it and let it dry for a day.\n2. If it still does not start, reply with a photo of the label on the base (serial starts SN-).\nWe will then send a replacement unit under RMA <<rma>>, no need to return the faulty one.",
   "Sorry about this. Chip errors usually clear if you take the cartridge out, wipe the copper contacts with a dry cloth and reinsert it until it clicks. If the printer still rejects it, we'll replace it free under warranty. The warranty card is attached as a PDF for your records.",
   "Thanks for the photos. The crack is a material fault, so I've arranged a free replacement for order <<oid>>. It ships tomorrow, <<trkw>> <<trk>>.",
  ],
  'compat': [
   "Good question. <<prod>> is listed for 11-speed, so with a 12-speed Deore drivetrain it will not index properly. Here is the compatibility from the manufacturer's chart:\n<<table>>\nIf you already bought it, you can return it through your Amazon orders page at no cost.",
   "Yes, <<prod>> has the magnet ring built in, so MagSafe chargers and wallets attach normally. Only the older 15 (non-Pro) needs the other SKU; see the chart:\n<<table>>",
   "The 603XL works with the XP-2100, XP-3100 and WF-2810. I've put the list below so you can double-check:\n<<table>>\nThe printer may ask you to confirm \"non-genuine ink\" once; press OK and it carries on.",
  ],
  'missing': [
   "Sorry the screws were missing. I've sent the fixing kit (4x M5 bolts + key) separately, free of charge. It goes out today with Royal Mail, <<trkw>> <<trk>>.",
   "Apologies, that pack should have had all 12. We are sending a complete replacement set for order <<oid>> and you can keep the one you have. Estimated delivery <<d>>.",
   "That's our mistake. A cable is on its way to you (<<trkw>> <<trk>>). If it hasn't arrived by <<d>>, reply here and I'll refund <<price>> instead.",
  ],
 },
 req=["If you have a moment, we'd appreciate your feedback on this order (<<oid>>) - it helps other buyers. You can leave it here: https://www.amazon.co.uk/gp/css/order-history",
      "When you've had time to use it, a product review would be welcome, whatever your experience was.",
      "Would you mind sharing your thoughts on the item with other customers? The review page is https://www.amazon.com/review/create-review?asin=<<asin>>",
      "Hope all is well with order <<oid>>. If you get a chance, we would be grateful for a review of the product."],
 neg=[
  ('feedback', "You asked how seller feedback works: you can leave it from Your Orders within 90 days, and you can also edit or remove it there yourself later. It is entirely your call."),
  ('rating', "The ink yield rating of 603XL is about 500 pages (ISO/IEC 24711); that is the figure reviewed by the testing lab, not a guess."),
  ('rude', "I understand you're frustrated, and I won't argue with you. What I can do is refund the postage of <<price>> for the delay on order <<oid>>, which I've just done."),
  ('star', "The star-shaped tag you asked about is stainless steel, 25 mm, and engraving is on the flat back."),
  ('discount', "Because the replacement took two weeks, I've refunded 15% of the order (<<price>>) to your card. That's for the delay and nothing else is needed from you."),
  ('review', "Our quality team reviewed batch L-2406-B after your message and found the seal was loose on that batch; all remaining stock has been checked."),
 ],
 pro=[
  ('return', 'Order <<oid>> - your return', "We received the parcel for order <<oid>> but it contained a different model (CH-SLIM-14). Could you check whether the 15 Pro case is still with you? Once we know, we can finish the refund."),
  ('delivery', '[Important] Delivery of your bike stand - order <<oid>>', "The workshop stand from order <<oid>> ships as a 19 kg pallet. The carrier needs a delivery day: please reply with a weekday between <<d>> and the following Friday that suits you."),
  ('address', '[Important] Address problem on order <<oid>>', "The courier returned order <<oid>> as the flat number is missing from the address. Could you tell us the flat number so we can resend it?"),
  ('custom', 'Custom print for order <<oid>> [Important]', "You ordered the personalised case with the name text \"ELLIE 07\". Please confirm the spelling and whether it should be in capitals before we print, as printed cases can't be changed afterwards."),
  ('invoice', 'Invoice for order <<oid>>', "As requested, the VAT invoice for order <<oid>> (invoice INV-2026-118842, VAT GB 312 4456 12) is attached as a PDF."),
 ],
 inc=[
  ("Leave us a 5-star review and reply with a screenshot, and we'll send a £10 Amazon voucher as a thank you.", ['review_incentive', 'review_manipulation']),
  ("Also, if u post a review we can knock 20% off ur next order, just let me know when its up", ['review_incentive']),
  ("One more thing from me (not the template): customers who leave a review go into our monthly draw for a year of free ink.", ['review_incentive']),
  ("Once your review is live, drop me a line and I'll refund the remaining £4.50 of the postage.", ['review_incentive']),
  ("We'd be happy to send the spare clip kit free - we just ask that you share your honest opinion of the bowl on Amazon first.", ['review_incentive']),
 ],
 man=[
  ("If you're happy with the replacement please leave 5 stars; if anything isn't right, message us first rather than reviewing.", ['review_manipulation']),
  ("Please mention in your review how easy the MagSafe alignment is, that's what buyers look for.", ['review_manipulation']),
  ("A positive rating really keeps us going - we are a small team and every great review counts!", ['review_manipulation']),
  ("Before you post anything negative, please give us a chance to fix it - negative reviews hurt small sellers a lot.", ['review_manipulation']),
  ("Hope you'll think of us kindly when Amazon asks how we did ;) only top marks count for us", ['review_manipulation']),
 ],
 rem=[
  ("Now that the replacement has arrived, could you please take down the 1-star review?", ['feedback_removal']),
  ("Would you update your feedback for order <<oid>> now that the refund is done? It would mean a lot.", ['feedback_removal']),
  ("I've attached the steps to edit your review. Can you do that today pls, it's affecting our account health.", ['feedback_removal']),
  ("We've refunded you in full, so we'd ask you kindly to revise the review to reflect that.", ['feedback_removal']),
  ("If you change the negative feedback to positive we can add a £15 gift card on top of the refund.", ['review_incentive', 'review_manipulation', 'feedback_removal']),
 ],
 mkt=[
  ("PS - our new reflective harness range has just launched, 25% off this week with code GLOW25.", ['marketing']),
  ("You might also like our 240-colour pencil mega set, it's on Black Friday deal right now.", ['marketing']),
  ("Since you cycle a lot: we also stock tubeless sealant and tyre levers, search 'SpokeWorks' on Amazon to see the full range.", ['marketing']),
  ("Join 12,000 pet parents on our monthly newsletter for tips and member-only offers!", ['marketing']),
  ("Use WELCOMEBACK for 10% off any cosmetics order over £30 - valid till Sunday.", ['marketing']),
 ],
 off=[
  ("Honestly, reading the instructions would have saved us both a lot of time.", ['offensive']),
  ("Frankly this is the third idiotic complaint from you this month.", ['offensive']),
  ("Stop wasting my time with this crap, the part fits if you install it properly.", ['offensive']),
  ("If you keep threatening us we will make sure you regret it.", ['offensive']),
  ("Maybe get someone who knows what a derailleur is to help you, mate.", ['offensive']),
 ],
 unp=[
  ('shipconf', 'Your order <<oid>> has shipped!', "Good news - order <<oid>> left our warehouse today and is on its way with Royal Mail. You can expect it within 2-3 days."),
  ('orderconf', 'Order confirmation <<oid>>', "Thank you for your order <<oid>>. We have received it and are getting it ready. You will get another email when it ships."),
  ('thanks', 'Thank you from <<shop>> - <<oid>>', "Just a quick note to say thank you for choosing <<shop>> for order <<oid>>. We really appreciate your business."),
  ('helponly', 'We are here if you need us (order <<oid>>)', "Your parcel for order <<oid>> should have arrived. If you have any questions at all, we're here to help - just reply to this email."),
  ('oos', 'Update on order <<oid>>: item out of stock', "Unfortunately the 12-colour gel set on order <<oid>> is out of stock until <<d>>. We will send it as soon as the next delivery arrives."),
 ],
 oth=[
  ("Quicker on WhatsApp: +44 7700 900418 (that's me on night shift).", ['contact_phone', 'contact_other']),
  ("You can also message our team on Telegram @marlow_support_ph", ['contact_other']),
  ("Follow us on Instagram @pawtrail.supplies for care tips and new arrivals!", ['contact_other', 'marketing']),
 ],
)
L['de'] = dict(
 tlds=['de'], names=['Jürgen', 'Sabine', 'Lukas', 'Anke', 'Mehmet', 'Heike', 'Jonas', 'Petra'],
 hi=['Hallo <<n>>,', 'Guten Abend <<n>>,', 'Liebe/r <<n>>,'],
 bye=['Viele Grüße\n<<a>>\n<<shop>> Kundenservice', 'Beste Grüße aus dem Nachtdienst\n<<a>>', 'MfG\n<<a>>'],
 msg='------------- Nachricht: -------------', end='------------- Nachricht beenden -------------',
 olbl='Bestellnummer', helpful='War diese E-Mail hilfreich?', yes='Ja', no='Nein',
 foot='Copyright 2026 Amazon, Inc. oder Tochtergesellschaften. Alle Rechte vorbehalten. Amazon Europe Core S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
 isubj=['Anfrage von Amazon-Kunde <<n>> (Bestellung: <<oid>>)', 'Rücksendeanfrage von Amazon-Kunde <<n>> (Bestellung: <<oid>>)'],
 re='AW:', wrote='Am <<d>> schrieb <<n>> - Amazon Marketplace <<<r>>>:',
 echo=['Sie schreiben: „<<q>>“', 'Zu Ihrer Nachricht („<<q>>“):'],
 osubj=['Ihre Bestellung <<oid>>', 'Rückfrage zu Bestellung <<oid>>'],
 tbl=('Modell', 'Passend?', 'Ja', 'Nein'), trkw='Sendungsnummer',
 addr='Marlow Retourenlager, Hafenstraße 12, 28217 Bremen',
 buyer={
  'returns': ['Die Hülle ist zu groß, wie kann ich sie zurückschicken?', 'Ich habe vor 10 Tagen retourniert und noch kein Geld gesehen.'],
  'warranty': ['Die Patrone wird nach 3 Wochen nicht mehr erkannt. Garantie?', 'Der Trinkbrunnen macht komische Geräusche, ist das ein Defekt?'],
  'compat': ['Passt das Schaltauge an ein Cube Attention 2021?', 'Geht die Hülle mit dem Samsung S24 oder nur S24+?'],
  'missing': ['Im Paket fehlte die Montageanleitung und zwei Schrauben.', 'Es war nur eine statt zwei Nachfüllpackungen drin.'],
 },
 base={
  'returns': ["Schade, dass die Größe nicht passt. Die Rücksendung ist kostenlos:\n1. Öffnen Sie Ihre Bestellungen: https://www.amazon.de/gp/css/order-history\n2. Bei Bestellung <<oid>> auf „Artikel zurücksenden“ klicken.\n3. Etikett ausdrucken und das Paket bei DHL abgeben.\nDie Erstattung über <<price>> folgt, sobald das Paket bei uns gescannt wurde.",
              "Ich habe nachgesehen: Ihre Rücksendung zu <<oid>> ist am <<d>> bei uns eingegangen, die Erstattung von <<price>> wurde heute ausgelöst. Je nach Bank dauert die Gutschrift 3–5 Werktage."],
  'warranty': ["Das tut mir leid. <<prod>> hat 24 Monate Garantie. Bitte nehmen Sie die Patrone einmal heraus, reinigen Sie die Kontakte mit einem trockenen Tuch und setzen Sie sie wieder ein. Wird sie danach immer noch nicht erkannt, schicken wir kostenlos Ersatz (RMA <<rma>>).",
               "Ein Brummen deutet meist auf Luft in der Pumpe hin:\n1. Pumpe abziehen und 24 Stunden trocknen lassen.\n2. Den Rotor unter Wasser einsetzen.\n3. Erneut einstecken.\nHilft das nicht, tauschen wir das Gerät im Rahmen der Garantie aus."],
  'compat': ["Gute Frage. Laut Herstellertabelle passt <<prod>> an folgende Rahmen:\n<<table>>\nFalls Ihr Modell nicht dabei ist, können Sie den Artikel über Ihre Bestellübersicht kostenlos zurückgeben.",
             "Die Hülle ist nur für das S24 (6,2\") geschnitten, nicht für das S24+. Übersicht:\n<<table>>"],
  'missing': ["Entschuldigung, da ist beim Packen etwas schiefgelaufen. Die fehlenden Schrauben und die Anleitung gehen heute per Brief raus, die Anleitung hänge ich zusätzlich als PDF an.",
              "Das war unser Fehler. Die zweite Nachfüllpackung ist unterwegs, <<trkw>> <<trk>>. Voraussichtliche Zustellung: <<d>>."],
 },
 req=["Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihre Bewertung zu Bestellung <<oid>>.",
      "Falls Sie mögen, können Sie Ihre Erfahrung mit dem Artikel in einer Rezension teilen – egal wie sie ausfällt.",
      "Über ein kurzes Feedback zu dieser Bestellung würden wir uns freuen: https://www.amazon.de/gp/css/order-history"],
 neg=[('feedback', "Sie hatten gefragt, wie man Verkäuferbewertungen ändert: Das geht unter „Meine Bestellungen“ innerhalb von 90 Tagen. Ob Sie das tun, liegt ganz bei Ihnen."),
      ('rude', "Ich verstehe Ihren Ärger. Beleidigungen beantworte ich nicht, aber Ihr Anliegen schon: Der Ersatz für <<oid>> ist veranlasst."),
      ('review', "Unser Qualitätsteam hat die Charge L-2411-03 nach Ihrer Meldung überprüft; die Dichtung war zu locker montiert.")],
 pro=[('delivery', '[Important] Lieferterminierung Bestellung <<oid>>', "Der Montageständer aus Bestellung <<oid>> kommt per Spedition (22 kg). Bitte nennen Sie uns einen Wochentag zwischen dem <<d>> und dem Folgefreitag, an dem jemand zu Hause ist."),
      ('return', 'Ihre Rücksendung zu Bestellung <<oid>>', "Im Rücksendepaket zu <<oid>> lag eine andere Hülle (S23). Können Sie bitte nachsehen, ob die S24-Hülle noch bei Ihnen ist? Dann schließen wir die Erstattung ab.")],
 inc=[("Kleiner Tipp von mir: Wer uns 5 Sterne gibt, bekommt beim nächsten Einkauf 15 % Rabatt – einfach Screenshot schicken.", ['review_incentive', 'review_manipulation']),
      ("Für eine ehrliche Rezension schicken wir Ihnen gern eine zweite Tube gratis zu.", ['review_incentive']),
      ("Nach Ihrer Bewertung erstatten wir die restlichen 5,90 € Versand – versprochen.", ['review_incentive'])],
 man=[("Wenn Sie zufrieden sind, freuen wir uns über 5 Sterne. Wenn nicht, schreiben Sie bitte erst uns und nicht gleich eine Bewertung.", ['review_manipulation']),
      ("Bitte erwähnen Sie in der Rezension, dass der Versand schnell war, das hilft uns enorm.", ['review_manipulation']),
      ("Eine negative Bewertung wäre für uns als kleines Team echt ein Schlag – bitte überlegen Sie sich das.", ['review_manipulation'])],
 rem=[("Da der Ersatz jetzt da ist: Könnten Sie die 1-Stern-Bewertung bitte löschen?", ['feedback_removal']),
      ("Wir bitten Sie, Ihr Feedback zu <<oid>> zu aktualisieren, da das Problem ja gelöst ist.", ['feedback_removal']),
      ("Wenn Sie die Rezension entfernen, erstatten wir Ihnen zusätzlich 10 €.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Übrigens: Unser neues Katzenspielzeug-Set ist diese Woche 20 % reduziert.", ['marketing']),
      ("Schauen Sie auch mal in unsere anderen Fahrradteile – Ketten, Kassetten, alles da. Suchen Sie bei Amazon nach „SpokeWorks“.", ['marketing']),
      ("Mit dem Code WINTER10 sparen Sie bei Ihrer nächsten Bestellung 10 %.", ['marketing'])],
 off=[("Das steht alles in der Anleitung, die Sie offensichtlich nicht gelesen haben. Peinlich.", ['offensive']),
      ("Ihre ständigen Nörgeleien gehen uns echt auf den Sack.", ['offensive']),
      ("So einen Schwachsinn habe ich selten gelesen.", ['offensive'])],
 unp=[('shipconf', 'Ihre Bestellung <<oid>> ist unterwegs', "Ihre Bestellung <<oid>> wurde heute an DHL übergeben und ist auf dem Weg zu Ihnen."),
      ('thanks', 'Danke für Ihren Einkauf – <<oid>>', "Wir möchten uns einfach herzlich für Ihre Bestellung <<oid>> bedanken."),
      ('oos', 'Bestellung <<oid>>: Artikel derzeit nicht vorrätig', "Leider ist die Tinte aus Bestellung <<oid>> aktuell ausverkauft. Wir liefern, sobald Ware eintrifft (voraussichtlich <<d>>).")],
 oth=[("Schneller geht's per WhatsApp: +49 40 66969 123", ['contact_phone', 'contact_other'])],
)
L['fr'] = dict(
 tlds=['fr', 'com.be'], names=['Camille', 'Julien', 'Nathalie', 'Thierry', 'Manon', 'Yasmine', 'Olivier', 'Élodie'],
 hi=['Bonjour <<n>>,', 'Bonsoir <<n>>,'],
 bye=['Cordialement,\n<<a>>\nService client <<shop>>', 'Bien à vous,\n<<a>>', 'Belle soirée,\n<<a>> (équipe de nuit)'],
 msg='------------- Message : -------------', end='------------- Fin du message -------------',
 olbl='Numéro de commande', helpful='Cet e-mail vous a-t-il été utile ?', yes='Oui', no='Non',
 foot='Copyright 2026 Amazon.com, Inc. ou ses filiales. Tous droits réservés. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
 isubj=['Demande de renseignements de la part du client Amazon <<n>> (Commande : <<oid>>)'],
 re='RE :', wrote='Le <<d>>, <<n>> - Amazon Marketplace <<<r>>> a écrit :',
 echo=['Vous écrivez : « <<q>> »', 'Concernant votre message (« <<q>> ») :'],
 osubj=['Votre commande <<oid>>', 'Question sur la commande <<oid>>'],
 tbl=('Modèle', 'Compatible ?', 'Oui', 'Non'), trkw='numéro de suivi',
 addr='Marlow Retours, 14 rue des Entrepreneurs, ZA du Chêne, 69800 Saint-Priest',
 buyer={
  'returns': ['Le fond de teint ne correspond pas à ma teinte, puis-je le retourner ?', 'Je voudrais échanger la coque contre la couleur noire.'],
  'warranty': ['Ma cartouche est vide après 40 pages, ce n\'est pas normal.', 'Le distributeur de croquettes ne tourne plus.'],
  'compat': ['Est-ce que la patte de dérailleur va sur un B\'Twin Riverside 500 ?', 'La cartouche 603XL est-elle compatible avec l\'Epson XP-3100 ?'],
  'missing': ['Il manque le câble USB dans le colis.', 'La notice et la pièce de fixation ne sont pas dans la boîte.'],
 },
 base={
  'returns': ["Les produits cosmétiques ouverts ne peuvent pas être revendus, mais comme la teinte ne correspond pas à la photo, nous acceptons le retour :\n1. Allez dans Vos commandes : https://www.amazon.fr/gp/css/order-history\n2. Choisissez la commande <<oid>> puis « Retourner des articles ».\n3. Déposez le colis en point relais avec l'étiquette.\nLe remboursement de <<price>> suit dès réception.",
              "Pour un échange, le plus simple est de renvoyer la coque à l'adresse suivante :\n<<addr>>\nIndiquez le numéro de retour <<rma>> sur un papier dans le colis, et nous expédions la noire dès réception."],
  'warranty': ["Je suis désolée. 40 pages, ce n'est effectivement pas le rendement annoncé (environ 480 pages). Nous vous envoyons une nouvelle cartouche gratuitement, <<trkw>> <<trk>>.",
               "Merci pour la vidéo. Le moteur est défectueux ; l'appareil est sous garantie 2 ans. Nous vous envoyons un remplacement, inutile de nous renvoyer l'ancien."],
  'compat': ["D'après le tableau du fabricant :\n<<table>>\nSi votre modèle n'y figure pas, vous pouvez retourner l'article gratuitement via vos commandes Amazon.",
             "Oui, la 603XL fonctionne avec la XP-3100 ; voici la liste complète :\n<<table>>"],
  'missing': ["Toutes nos excuses. Le câble manquant part aujourd'hui par lettre suivie, <<trkw>> <<trk>>.",
              "C'est une erreur de notre part. La pièce de fixation part demain et la notice est jointe en PDF."],
 },
 req=["Si vous avez un instant, votre avis sur la commande <<oid>> nous serait précieux.",
      "Quand vous aurez pu utiliser l'article, n'hésitez pas à partager votre expérience dans un commentaire, quelle qu'elle soit.",
      "Vous pouvez, si vous le souhaitez, évaluer cette commande depuis Vos commandes : https://www.amazon.fr/gp/css/order-history"],
 neg=[('avis', "Le transporteur a laissé un avis de passage le <<d>> ; le colis attend au bureau de poste pendant 15 jours."),
      ('feedback', "Vous demandiez comment modifier une évaluation vendeur : cela se fait depuis Vos commandes, dans les 90 jours. C'est entièrement votre décision."),
      ('rude', "Je comprends votre agacement. Je ne répondrai pas aux insultes, mais le remboursement de <<price>> pour <<oid>> est validé.")],
 pro=[('custom', '[Important] Personnalisation de la coque – commande <<oid>>', "Vous avez commandé une coque personnalisée avec le texte « LÉA & TOM ». Pouvez-vous confirmer l'orthographe et la police (script ou capitales) avant impression ?"),
      ('return', 'Votre retour – commande <<oid>>', "Nous avons reçu votre colis retour pour <<oid>>, mais il manque le flacon. Pouvez-vous vérifier s'il est resté chez vous ?")],
 inc=[("Laissez-nous 5 étoiles et on vous rembourse les frais de port, promis !", ['review_incentive', 'review_manipulation']),
      ("Pour tout avis publié, nous offrons un bon d'achat de 10 € sur la prochaine commande.", ['review_incentive']),
      ("En échange d'un petit commentaire, on vous envoie un échantillon de notre nouveau sérum.", ['review_incentive'])],
 man=[("Si vous êtes satisfaite, un avis 5 étoiles nous aiderait ; sinon, écrivez-nous d'abord plutôt que de laisser un avis.", ['review_manipulation']),
      ("N'hésitez pas à préciser dans votre avis que la teinte est fidèle à la photo.", ['review_manipulation']),
      ("Merci d'éviter les avis négatifs, ils nous font beaucoup de tort.", ['review_manipulation'])],
 rem=[("Maintenant que tout est réglé, pourriez-vous supprimer votre avis négatif ?", ['feedback_removal']),
      ("Nous vous serions reconnaissants de modifier votre évaluation de la commande <<oid>>.", ['feedback_removal']),
      ("Si vous retirez l'évaluation d'une étoile, nous vous remboursons intégralement.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Découvrez aussi notre nouvelle gamme de rouges à lèvres, -30 % jusqu'à dimanche !", ['marketing']),
      ("Profitez du code NOEL15 pour 15 % de remise sur toute la boutique.", ['marketing']),
      ("Inscrivez-vous à notre newsletter pour recevoir nos offres en avant-première.", ['marketing'])],
 off=[("Franchement, il suffisait de lire la notice, ce n'est pas si compliqué.", ['offensive']),
      ("Vos messages agressifs, vous pouvez vous les garder, espèce de râleur.", ['offensive']),
      ("C'est n'importe quoi, votre réclamation est complètement débile.", ['offensive'])],
 unp=[('shipconf', 'Votre commande <<oid>> a été expédiée', "Bonne nouvelle : votre commande <<oid>> a quitté notre entrepôt aujourd'hui avec Colissimo."),
      ('helponly', 'Nous restons à votre disposition – <<oid>>', "Votre commande <<oid>> a été livrée. Pour toute question, nous sommes là pour vous aider."),
      ('thanks', 'Merci pour votre commande <<oid>>', "Toute l'équipe vous remercie pour votre achat (commande <<oid>>). Merci de votre confiance !")],
 oth=[("Vous pouvez aussi nous écrire sur Messenger : facebook.com/velvetdew.officiel", ['external_link', 'contact_other'])],
)
L['es'] = dict(
 tlds=['es', 'com.mx'], names=['Lucía', 'Javier', 'Marta', 'Iker', 'Rocío', 'Andrés', 'Nuria', 'Pablo'],
 hi=['Hola <<n>>:', 'Buenas noches, <<n>>:', 'Estimado/a <<n>>:'],
 bye=['Un saludo,\n<<a>>\nAtención al cliente <<shop>>', 'Saludos cordiales,\n<<a>>', 'Gracias,\n<<a>>'],
 msg='------------- Mensaje: -------------', end='------------- Finalizar mensaje -------------',
 olbl='Número de pedido', helpful='¿Te ha resultado útil este correo electrónico?', yes='Sí', no='No',
 foot='Copyright 2026 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Amazon EU S.à r.l., Sucursal en España, Calle de Ramírez de Prado 5, 28045 Madrid',
 isubj=['Consulta del cliente de Amazon <<n>> (Pedido: <<oid>>)', 'Consulta sobre devoluciones del cliente de Amazon <<n>> (Pedido: <<oid>>)'],
 re='RE:', wrote='El <<d>>, <<n>> - Amazon Marketplace <<<r>>> escribió:',
 echo=['Nos dices: «<<q>>»', 'Sobre lo que comentas («<<q>>»):'],
 osubj=['Tu pedido <<oid>>', 'Pregunta sobre el pedido <<oid>>'],
 tbl=('Modelo', '¿Compatible?', 'Sí', 'No'), trkw='número de seguimiento',
 addr='Marlow Devoluciones, Polígono Industrial Las Mercedes, Calle Campezo 1, Nave 6, 28022 Madrid',
 buyer={
  'returns': ['El juguete llegó con la caja rota, quiero devolverlo.', 'Pedí la talla M del arnés y es enorme, ¿cómo lo cambio?'],
  'warranty': ['El tambor de la canica se ha partido a la semana.', 'La cafetera... perdón, la bomba del acuario dejó de funcionar.'],
  'compat': ['¿Esta funda sirve para el iPhone 15 normal o solo el Pro?', '¿La cadena vale para un grupo SRAM de 12 velocidades?'],
  'missing': ['Faltan 6 piezas del circuito de canicas.', 'No venía el adaptador en la caja.'],
 },
 base={
  'returns': ["Sentimos que haya llegado así. Puedes devolverlo sin coste:\n1. Entra en Mis pedidos: https://www.amazon.es/gp/css/order-history\n2. Elige el pedido <<oid>> y pulsa «Devolver o reemplazar productos».\n3. Imprime la etiqueta y entrega el paquete en Correos.\nEl reembolso de <<price>> se hace en cuanto lo escaneen.",
              "Para cambiar la talla, envía el arnés a esta dirección:\n<<addr>>\nIncluye un papel con el número de devolución <<rma>>. En cuanto llegue, te mandamos la talla S."],
  'warranty': ["Eso no debería pasar. El producto tiene 2 años de garantía, así que te enviamos una pieza nueva sin coste, <<trkw>> <<trk>>.",
               "Lo sentimos. Prueba esto antes:\n1. Desenchufa la bomba.\n2. Limpia el rotor con agua tibia.\n3. Vuelve a montarla.\nSi sigue sin funcionar, te la cambiamos por garantía (RMA <<rma>>)."],
  'compat': ["Te dejo la tabla del fabricante:\n<<table>>\nSi tu modelo no aparece, puedes devolverla gratis desde tus pedidos de Amazon.",
             "No, esta cadena es de 11 velocidades; para SRAM de 12 necesitas otra referencia. Resumen:\n<<table>>"],
  'missing': ["Disculpa el fallo. Te enviamos hoy las 6 piezas que faltan, <<trkw>> <<trk>>.",
              "Tienes razón, el adaptador debería venir incluido. Sale mañana y te llegará hacia el <<d>>."],
 },
 req=["Si tienes un momento, nos ayudaría mucho tu valoración del pedido <<oid>>.",
      "Cuando hayas probado el producto, puedes dejar una reseña en Amazon contando tu experiencia, sea cual sea.",
      "Si te apetece, puedes valorar el pedido desde Mis pedidos: https://www.amazon.es/gp/css/order-history"],
 neg=[('valoracion', "La valoración de los daños del transportista indica que la caja se aplastó en tránsito; por eso te reembolsamos <<price>> sin necesidad de devolver nada."),
      ('feedback', "Me preguntas cómo funciona la valoración al vendedor: se deja desde Mis pedidos y puedes editarla o borrarla tú mismo después. Tú decides."),
      ('rude', "Entiendo tu enfado. No voy a responder a los insultos, pero sí a tu problema: el reemplazo de <<oid>> ya está en camino.")],
 pro=[('address', '[Important] Problema con la dirección del pedido <<oid>>', "El transportista nos indica que falta el piso y la puerta en la dirección del pedido <<oid>>. ¿Nos los puedes confirmar?"),
      ('return', 'Tu devolución del pedido <<oid>>', "Hemos recibido tu devolución del pedido <<oid>>, pero en la caja venía otro juguete. ¿Puedes comprobar si el circuito sigue en casa?")],
 inc=[("Si nos dejas 5 estrellas te devolvemos el 20 % del pedido, solo mándanos la captura.", ['review_incentive', 'review_manipulation']),
      ("Por cada reseña publicada regalamos un cupón de 5 € para la próxima compra.", ['review_incentive']),
      ("Déjanos tu opinión y te mandamos un juego de piezas extra gratis.", ['review_incentive'])],
 man=[("Si estás contento, déjanos 5 estrellas; si no, escríbenos antes de opinar.", ['review_manipulation']),
      ("Por favor, menciona en la reseña lo rápido que fue el envío.", ['review_manipulation']),
      ("Te pedimos que no pongas una opinión negativa, nos hace muchísimo daño.", ['review_manipulation'])],
 rem=[("Ya que está todo resuelto, ¿podrías borrar la reseña de una estrella?", ['feedback_removal']),
      ("Te agradeceríamos que actualizaras tu valoración del pedido <<oid>>.", ['feedback_removal']),
      ("Si quitas la valoración negativa te hacemos el reembolso completo.", ['review_incentive', 'feedback_removal'])],
 mkt=[("¡Aprovecha! Esta semana todos nuestros juguetes de madera tienen un 25 % de descuento.", ['marketing']),
      ("Con el código VUELTA10 tienes un 10 % en tu próxima compra.", ['marketing']),
      ("También vendemos cámaras y parches, busca «SpokeWorks» en Amazon para ver todo el catálogo.", ['marketing'])],
 off=[("Si no sabes montar una cadena, no compres piezas de bici, chaval.", ['offensive']),
      ("Qué pesado eres, de verdad. Deja de dar la lata.", ['offensive']),
      ("Menuda gilipollez de reclamación.", ['offensive'])],
 unp=[('shipconf', 'Tu pedido <<oid>> ya está en camino', "Te confirmamos que el pedido <<oid>> ha salido hoy de nuestro almacén con SEUR."),
      ('helponly', 'Estamos aquí para ayudarte – pedido <<oid>>', "Esperamos que tu pedido <<oid>> haya llegado bien. Si necesitas algo, estamos aquí para ayudarte."),
      ('oos', 'Pedido <<oid>>: producto agotado', "Lamentablemente el producto del pedido <<oid>> está agotado. Te lo enviaremos cuando recibamos stock.")],
 oth=[("Escríbenos por WhatsApp al seis uno dos, tres cuatro cinco, seis siete ocho y te atendemos al momento.", ['contact_phone', 'contact_other'])],
)
L['it'] = dict(
 tlds=['it'], names=['Giulia', 'Marco', 'Francesca', 'Davide', 'Chiara', 'Luca', 'Sara', 'Matteo'],
 hi=['Buongiorno <<n>>,', 'Gentile <<n>>,', 'Buonasera <<n>>,'],
 bye=['Cordiali saluti,\n<<a>>\nAssistenza clienti <<shop>>', 'Un saluto,\n<<a>>', 'A presto,\n<<a>> (turno notturno)'],
 msg='------------- Messaggio: -------------', end='------------- Fine messaggio -------------',
 olbl='Numero ordine', helpful='Questa e-mail ti è stata utile?', yes='Sì', no='No',
 foot='Copyright 2026 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo',
 isubj=['Richiesta dal cliente Amazon <<n>> (Ordine: <<oid>>)'],
 re='R:', wrote='Il giorno <<d>>, <<n>> - Amazon Marketplace <<<r>>> ha scritto:',
 echo=['Lei scrive: «<<q>>»', 'Riguardo al suo messaggio («<<q>>»):'],
 osubj=['Il suo ordine <<oid>>', 'Domanda sull\'ordine <<oid>>'],
 tbl=('Modello', 'Compatibile?', 'Sì', 'No'), trkw='numero di tracking',
 addr='Marlow Resi, Via dell\'Industria 27, 20090 Segrate (MI)',
 buyer={
  'returns': ['Il rossetto è arrivato rotto, vorrei restituirlo.', 'Ho ordinato due volte per sbaglio, posso rendere una confezione?'],
  'warranty': ['La cartuccia non viene riconosciuta dalla stampante.', 'Il guinzaglio avvolgibile si è bloccato dopo un mese.'],
  'compat': ['Questa cover va bene per il Pixel 8 o solo per l\'8 Pro?', 'Le pastiglie sono compatibili con freni Shimano MT200?'],
  'missing': ['Manca il tappo dosatore del flacone.', 'Nella scatola c\'erano solo 3 cartucce su 4.'],
 },
 base={
  'returns': ["Ci dispiace molto. Può restituirlo gratuitamente:\n1. Vada su I miei ordini: https://www.amazon.it/gp/css/order-history\n2. Selezioni l'ordine <<oid>> e «Restituisci articoli».\n3. Consegni il pacco con l'etichetta prepagata.\nIl rimborso di <<price>> arriva appena il reso viene scansionato.",
              "Certo. Può spedire la confezione non aperta a:\n<<addr>>\nindicando il numero di reso <<rma>>. Rimborsiamo <<price>> appena arriva."],
  'warranty': ["Mi dispiace. Provi così:\n1. Tolga la cartuccia.\n2. Pulisca i contatti dorati con un panno asciutto.\n3. La reinserisca fino al clic.\nSe l'errore resta, le inviamo una cartuccia nuova in garanzia.",
               "Il guinzaglio ha 2 anni di garanzia: le spediamo un ricambio senza costi, <<trkw>> <<trk>>. Non serve rispedire quello vecchio."],
  'compat': ["Ecco la tabella del produttore:\n<<table>>\nSe il suo modello non è in elenco, può restituire l'articolo gratuitamente.",
             "Sì, le pastiglie sono per MT200/MT201/MT400. Riepilogo:\n<<table>>"],
  'missing': ["Chiedo scusa. Il tappo dosatore parte oggi con BRT, <<trkw>> <<trk>>.",
              "Ha ragione, mancava una cartuccia. Gliela spediamo domani, consegna prevista il <<d>>."],
 },
 req=["Se ha un momento, ci farebbe piacere un suo feedback sull'ordine <<oid>>.",
      "Quando avrà provato il prodotto, può lasciare una recensione su Amazon con la sua esperienza, qualunque essa sia.",
      "Se lo desidera può valutare l'ordine da I miei ordini: https://www.amazon.it/gp/css/order-history"],
 neg=[('certificato', "Il certificato di conformità e le specifiche del lotto 24-117 sono nel PDF allegato; verifica pure il numero stampato sul fondo."),
      ('feedback', "Mi chiedeva come si modifica un feedback al venditore: si fa da I miei ordini entro 90 giorni. Decide lei."),
      ('rude', "Capisco la sua frustrazione. Non rispondo agli insulti, ma il rimborso di <<price>> per <<oid>> è stato emesso.")],
 pro=[('delivery', '[Important] Consegna del cavalletto – ordine <<oid>>', "Il cavalletto dell'ordine <<oid>> viaggia su bancale. Il corriere chiede un giorno feriale in cui sarà a casa tra il <<d>> e il venerdì successivo."),
      ('custom', '[Important] Testo da incidere – ordine <<oid>>', "Per la medaglietta personalizzata dell'ordine <<oid>> ci ha indicato «BRUNO 338». Può confermare che il numero è giusto prima dell'incisione?")],
 inc=[("Se ci lascia 5 stelle le rimborsiamo la spedizione, basta mandarci lo screenshot.", ['review_incentive', 'review_manipulation']),
      ("Per ogni recensione pubblicata regaliamo un buono da 10 € sul prossimo acquisto.", ['review_incentive']),
      ("Lasci una recensione e le spediamo un mini rossetto in omaggio.", ['review_incentive'])],
 man=[("Se è soddisfatta ci lasci 5 stelle, altrimenti ci scriva prima di recensire.", ['review_manipulation']),
      ("Nella recensione scriva pure che il prodotto è identico alla foto, grazie!", ['review_manipulation']),
      ("Per favore niente recensioni negative, siamo una piccola azienda.", ['review_manipulation'])],
 rem=[("Ora che è tutto risolto, potrebbe cancellare la recensione da una stella?", ['feedback_removal']),
      ("Le chiediamo gentilmente di modificare il feedback sull'ordine <<oid>>.", ['feedback_removal']),
      ("Se rimuove il feedback negativo le rimborsiamo anche il prodotto.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Scopra la nuova linea di cover in silicone, -20 % solo questa settimana!", ['marketing']),
      ("Usi il codice GRAZIE10 per uno sconto del 10 % sul prossimo ordine.", ['marketing']),
      ("Abbiamo anche un kit di pulizia testine: lo trova cercando «InkVale» su Amazon.", ['marketing'])],
 off=[("Bastava leggere le istruzioni, non è difficile neanche per lei.", ['offensive']),
      ("Lei è proprio un rompiscatole, sa?", ['offensive']),
      ("Che cavolata di reclamo, davvero.", ['offensive'])],
 unp=[('shipconf', 'Ordine <<oid>> spedito', "Il suo ordine <<oid>> è stato spedito oggi con BRT e arriverà in 2-3 giorni."),
      ('orderconf', 'Conferma ordine <<oid>>', "Grazie! Abbiamo ricevuto il suo ordine <<oid>> e lo stiamo preparando."),
      ('thanks', 'Grazie per l\'acquisto – <<oid>>', "Volevamo solo ringraziarla per aver scelto <<shop>> (ordine <<oid>>).")],
 oth=[("Per fare prima ci scriva su Telegram: @caseharbor_it", ['contact_other'])],
)
L['pt'] = dict(
 tlds=['com.br'], names=['Ana', 'João', 'Fernanda', 'Rafael', 'Beatriz', 'Thiago', 'Camila', 'Gustavo'],
 hi=['Olá <<n>>,', 'Boa noite, <<n>>,', 'Prezado(a) <<n>>,'],
 bye=['Atenciosamente,\n<<a>>\nAtendimento <<shop>>', 'Abraço,\n<<a>>', 'Obrigado,\n<<a>>'],
 msg='------------- Mensagem: -------------', end='------------- Encerrar mensagem -------------',
 olbl='Número do pedido', helpful='Este e-mail foi útil?', yes='Sim', no='Não',
 foot='Copyright 2026 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados. Amazon Serviços de Varejo do Brasil Ltda., Av. Juscelino Kubitschek 2041, São Paulo - SP, 04543-011',
 isubj=['Consulta do cliente da Amazon <<n>> (Pedido: <<oid>>)'],
 re='RE:', wrote='Em <<d>>, <<n>> - Amazon Marketplace <<<r>>> escreveu:',
 echo=['Você escreveu: "<<q>>"', 'Sobre a sua mensagem ("<<q>>"):'],
 osubj=['Seu pedido <<oid>>', 'Pergunta sobre o pedido <<oid>>'],
 tbl=('Modelo', 'Compatível?', 'Sim', 'Não'), trkw='código de rastreio',
 addr='Marlow Devoluções, Rua Guaicurus 1200, Galpão 3, Água Branca, São Paulo - SP, 05033-002',
 buyer={
  'returns': ['A capinha veio na cor errada, quero devolver.', 'Quero devolver o brinquedo, meu filho não gostou.'],
  'warranty': ['O cartucho parou de imprimir o preto com duas semanas.', 'A fonte do bebedouro do gato queimou.'],
  'compat': ['Esse câmbio traseiro serve numa Caloi Explorer?', 'A capinha serve no Galaxy A55?'],
  'missing': ['Faltou o manual e as peças pequenas.', 'Veio sem o carregador.'],
 },
 base={
  'returns': ["Sinto muito pelo engano. Você pode devolver sem custo:\n1. Acesse Seus pedidos: https://www.amazon.com.br/gp/css/order-history\n2. Escolha o pedido <<oid>> e clique em «Devolver ou substituir produtos».\n3. Leve o pacote a uma agência dos Correios.\nO reembolso de <<price>> é feito assim que a devolução for registrada.",
              "Sem problema, o prazo de arrependimento é de 7 dias. Envie o brinquedo na embalagem original para:\n<<addr>>\ncom o número de devolução <<rma>> dentro da caixa."],
  'warranty': ["Que pena. O cartucho tem garantia; vamos mandar um novo sem custo, <<trkw>> <<trk>>.",
               "Lamentamos. O produto tem 12 meses de garantia. Faça assim:\n1. Desligue da tomada.\n2. Mande uma foto da etiqueta com o número de série.\nEm seguida enviamos uma fonte nova (RMA <<rma>>)."],
  'compat': ["Segue a tabela do fabricante:\n<<table>>\nSe o seu modelo não estiver na lista, a devolução é gratuita pelos seus pedidos.",
             "Sim, serve no A55. Veja a lista:\n<<table>>"],
  'missing': ["Desculpe a falha. O manual segue em PDF anexo e as peças saem hoje, <<trkw>> <<trk>>.",
              "Tem razão, o carregador deveria vir na caixa. Ele sai amanhã, previsão de entrega <<d>>."],
 },
 req=["Se tiver um minuto, sua avaliação do pedido <<oid>> nos ajudaria bastante.",
      "Depois de usar o produto, se quiser, deixe uma avaliação na Amazon contando sua experiência, seja ela qual for.",
      "Você pode avaliar o pedido em Seus pedidos: https://www.amazon.com.br/gp/css/order-history"],
 neg=[('nota', "A nota fiscal do pedido <<oid>> (NF-e 000.118.552, série 1) está anexada em PDF."),
      ('feedback', "Você perguntou como funciona a avaliação do vendedor: ela é feita em Seus pedidos e você mesmo pode editar ou excluir depois. A decisão é sua."),
      ('rude', "Entendo sua irritação. Não vou responder às ofensas, mas o reembolso de <<price>> do pedido <<oid>> já foi feito.")],
 pro=[('address', '[Important] Problema no endereço do pedido <<oid>>', "Os Correios devolveram o pedido <<oid>> porque falta o número do apartamento. Pode nos informar para reenviarmos?"),
      ('return', 'Sua devolução – pedido <<oid>>', "Recebemos a devolução do pedido <<oid>>, mas faltou o carregador. Pode verificar se ele ficou com você?")],
 inc=[("Deixe 5 estrelas e devolvemos o valor do frete, é só mandar o print.", ['review_incentive', 'review_manipulation']),
      ("Quem avalia o produto ganha um cupom de R$ 20 na próxima compra.", ['review_incentive']),
      ("Em troca de uma avaliação mandamos uma capinha extra de brinde.", ['review_incentive'])],
 man=[("Se gostou, deixe 5 estrelas; se não gostou, fale com a gente antes de avaliar.", ['review_manipulation']),
      ("Na avaliação, fala que a entrega foi rápida, por favor!", ['review_manipulation']),
      ("Por favor não deixe avaliação negativa, isso prejudica muito a loja.", ['review_manipulation'])],
 rem=[("Agora que resolvemos, você poderia apagar a avaliação de 1 estrela?", ['feedback_removal']),
      ("Pedimos gentilmente que atualize sua avaliação do pedido <<oid>>.", ['feedback_removal']),
      ("Se remover o comentário negativo, fazemos o reembolso total.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Conheça nossa nova linha de brinquedos educativos com 30% OFF!", ['marketing']),
      ("Use o cupom VOLTA15 e ganhe 15% de desconto na próxima compra.", ['marketing']),
      ("Assine nossa newsletter e receba ofertas exclusivas.", ['marketing'])],
 off=[("Era só ler o manual, não é tão difícil assim.", ['offensive']),
      ("Você é muito chato, sério, para de encher.", ['offensive']),
      ("Que reclamação idiota.", ['offensive'])],
 unp=[('shipconf', 'Seu pedido <<oid>> foi enviado', "Seu pedido <<oid>> foi postado hoje nos Correios."),
      ('thanks', 'Obrigado pela compra – <<oid>>', "Só queríamos agradecer pela sua compra (pedido <<oid>>)."),
      ('oos', 'Pedido <<oid>>: produto esgotado', "Infelizmente o produto do pedido <<oid>> está esgotado no momento.")],
 oth=[("Chama a gente no WhatsApp: (11) 9 8765-4321", ['contact_phone', 'contact_other'])],
)
L['nl'] = dict(
 tlds=['nl', 'com.be'], names=['Sanne', 'Bram', 'Femke', 'Joost', 'Lotte', 'Daan', 'Ilse', 'Ruben'],
 hi=['Hoi <<n>>,', 'Beste <<n>>,', 'Goedenavond <<n>>,'],
 bye=['Met vriendelijke groet,\n<<a>>\nKlantenservice <<shop>>', 'Groeten,\n<<a>>'],
 msg='------------- Bericht: -------------', end='------------- Einde bericht -------------',
 olbl='Bestelnummer', helpful='Was deze e-mail nuttig?', yes='Ja', no='Nee',
 foot='Copyright 2026 Amazon.com, Inc. of gelieerde ondernemingen. Alle rechten voorbehouden. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
 isubj=['Vraag van Amazon-klant <<n>> (Bestelling: <<oid>>)'],
 re='Re:', wrote='Op <<d>> schreef <<n>> - Amazon Marketplace <<<r>>>:',
 echo=['Je schrijft: "<<q>>"', 'Over je bericht ("<<q>>"):'],
 osubj=['Je bestelling <<oid>>', 'Vraag over bestelling <<oid>>'],
 tbl=('Model', 'Past?', 'Ja', 'Nee'), trkw='trackingnummer',
 addr='Marlow Retouren, Industrieweg 44, 5145 PD Waalwijk',
 buyer={
  'returns': ['De krabpaal is te klein voor onze kat, kan ik hem terugsturen?', 'Ik wil de inkt retourneren, verkeerde printer.'],
  'warranty': ['Het achterlicht doet het niet meer na twee weken.', 'De cartridge lekt.'],
  'compat': ['Past deze hoes op de iPhone 14 Plus?', 'Werkt deze derailleurhanger op een Gazelle CityGo?'],
  'missing': ['De schroeven voor de krabpaal ontbreken.', 'Er zat geen USB-kabel bij het lampje.'],
 },
 base={
  'returns': ["Jammer dat hij niet past. Retourneren kan gratis:\n1. Ga naar Mijn bestellingen: https://www.amazon.nl/gp/css/order-history\n2. Kies bestelling <<oid>> en 'Artikelen retourneren'.\n3. Lever het pakket in bij een PostNL-punt.\nJe krijgt <<price>> terug zodra het pakket gescand is.",
              "Ongeopende cartridges kun je terugsturen naar:\n<<addr>>\nVermeld retournummer <<rma>> op een briefje in de doos."],
  'warranty': ["Vervelend! Het lampje heeft 2 jaar garantie; we sturen kosteloos een nieuw exemplaar, <<trkw>> <<trk>>.",
               "Dat hoort niet. Stuur ons een foto van de lekkage en het lotnummer op de zijkant, dan vervangen we de cartridge (RMA <<rma>>)."],
  'compat': ["Volgens de tabel van de fabrikant:\n<<table>>\nStaat jouw model er niet bij, dan kun je gratis retourneren.",
             "De hanger is gemaakt voor Shimano-achterpaden met 12 mm steekas. Overzicht:\n<<table>>"],
  'missing': ["Excuses! De schroevenset gaat vandaag per brievenbuspakje naar je toe, <<trkw>> <<trk>>.",
              "Dat klopt niet, de kabel hoort erbij. We sturen hem morgen op, verwachte levering <<d>>."],
 },
 req=["Als je even tijd hebt, zouden we je feedback over bestelling <<oid>> op prijs stellen.",
      "Wil je, als je het product hebt gebruikt, een review schrijven? Eerlijk, hoe je ervaring ook is.",
      "Je kunt de bestelling beoordelen via Mijn bestellingen: https://www.amazon.nl/gp/css/order-history"],
 neg=[('feedback', "Je vroeg hoe je verkopersfeedback aanpast: dat kan via Mijn bestellingen, binnen 90 dagen. Helemaal aan jou."),
      ('rude', "Ik begrijp dat je boos bent. Op scheldwoorden ga ik niet in, maar de terugbetaling van <<price>> voor <<oid>> is gedaan.")],
 pro=[('delivery', '[Important] Bezorgafspraak bestelling <<oid>>', "De grote krabpaal uit bestelling <<oid>> wordt met een bestelbus bezorgd. Welke dag tussen <<d>> en de vrijdag erna ben je thuis?")],
 inc=[("Geef ons 5 sterren en je krijgt 10% korting op je volgende bestelling!", ['review_incentive', 'review_manipulation']),
      ("Voor een review sturen we je een gratis zakje kattensnoepjes.", ['review_incentive']),
      ("Na plaatsing van je review storten we de verzendkosten terug.", ['review_incentive'])],
 man=[("Tevreden? Dan graag 5 sterren. Niet tevreden? Mail ons dan eerst in plaats van een review.", ['review_manipulation']),
      ("Zet in je review vooral dat de levering snel was.", ['review_manipulation']),
      ("Alsjeblieft geen negatieve review, we zijn maar een klein bedrijf.", ['review_manipulation'])],
 rem=[("Nu alles is opgelost, wil je de review van 1 ster verwijderen?", ['feedback_removal']),
      ("Zou je je feedback voor <<oid>> willen aanpassen nu het probleem is opgelost?", ['feedback_removal']),
      ("Als je de negatieve review weghaalt, betalen we het hele bedrag terug.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Bekijk ook onze nieuwe fietslampjes, nu 20% korting!", ['marketing']),
      ("Met code TERUG10 krijg je 10% korting op je volgende aankoop.", ['marketing']),
      ("Schrijf je in voor onze nieuwsbrief voor exclusieve aanbiedingen.", ['marketing'])],
 off=[("Lees gewoon de handleiding, zo moeilijk is het niet.", ['offensive']),
      ("Wat een zeurpiet ben jij zeg.", ['offensive']),
      ("Wat een onzinklacht, echt waar.", ['offensive'])],
 unp=[('shipconf', 'Bestelling <<oid>> is verzonden', "Je bestelling <<oid>> is vandaag met PostNL verzonden."),
      ('helponly', 'We staan voor je klaar – <<oid>>', "Je bestelling <<oid>> is bezorgd. Vragen? We helpen je graag."),
      ('thanks', 'Bedankt voor je bestelling <<oid>>', "Heel erg bedankt voor je aankoop (bestelling <<oid>>)!")],
 oth=[("Stuur gerust een appje via WhatsApp naar 06 12345678.", ['contact_phone', 'contact_other'])],
)
L['pl'] = dict(
 tlds=['pl'], names=['Agnieszka', 'Piotr', 'Magdalena', 'Krzysztof', 'Ewa', 'Michał', 'Zofia', 'Paweł'],
 hi=['Dzień dobry <<n>>,', 'Witam Pana/Panią,', 'Dobry wieczór,'],
 bye=['Pozdrawiam serdecznie,\n<<a>>\nObsługa klienta <<shop>>', 'Z poważaniem,\n<<a>>'],
 msg='------------- Wiadomość: -------------', end='------------- Koniec wiadomości -------------',
 olbl='Numer zamówienia', helpful='Czy ten e-mail był pomocny?', yes='Tak', no='Nie',
 foot='Copyright 2026 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg',
 isubj=['Zapytanie od klienta Amazon <<n>> (Zamówienie: <<oid>>)'],
 re='Odp:', wrote='W dniu <<d>> <<n>> - Amazon Marketplace <<<r>>> napisał(a):',
 echo=['Pisze Pan/Pani: „<<q>>”', 'W nawiązaniu do wiadomości („<<q>>”):'],
 osubj=['Zamówienie <<oid>>', 'Pytanie dotyczące zamówienia <<oid>>'],
 tbl=('Model', 'Pasuje?', 'Tak', 'Nie'), trkw='numer przesyłki',
 addr='Marlow Zwroty, ul. Przemysłowa 9, 62-052 Komorniki',
 buyer={
  'returns': ['Etui ma zły kolor, chcę zwrócić.', 'Zestaw klocków jest niekompletny, wolę zwrot pieniędzy.'],
  'warranty': ['Tusz przestał drukować po tygodniu.', 'Obroża świecąca nie ładuje się.'],
  'compat': ['Czy ten łańcuch pasuje do Shimano Deore 11s?', 'Czy etui pasuje do Xiaomi Redmi Note 13?'],
  'missing': ['Brakuje instrukcji i dwóch śrubek.', 'W paczce nie było ładowarki.'],
 },
 base={
  'returns': ["Przykro nam. Zwrot jest bezpłatny:\n1. Proszę wejść w Moje zamówienia: https://www.amazon.pl/gp/css/order-history\n2. Wybrać zamówienie <<oid>> i „Zwróć produkty”.\n3. Nadać paczkę w Paczkomacie InPost.\nZwrot <<price>> nastąpi po zeskanowaniu paczki.",
              "Oczywiście. Proszę odesłać zestaw na adres:\n<<addr>>\nz numerem zwrotu <<rma>> w środku. Pieniądze oddamy w ciągu 3 dni od otrzymania."],
  'warranty': ["Bardzo przepraszamy. Proszę wyjąć wkład, przetrzeć styki suchą ściereczką i włożyć ponownie. Jeśli nadal nie drukuje, wyślemy nowy w ramach gwarancji (RMA <<rma>>).",
               "Obroża ma 12 miesięcy gwarancji, wysyłamy nową bezpłatnie, <<trkw>> <<trk>>."],
  'compat': ["Według tabeli producenta:\n<<table>>\nJeśli modelu nie ma na liście, zwrot jest bezpłatny.",
             "Tak, etui pasuje do Redmi Note 13 (4G i 5G). Zestawienie:\n<<table>>"],
  'missing': ["Przepraszamy za pomyłkę. Śrubki i instrukcja wychodzą dziś listem, <<trkw>> <<trk>>.",
              "Rzeczywiście, ładowarka powinna być w zestawie. Wyślemy ją jutro, dostawa ok. <<d>>."],
 },
 req=["Jeśli znajdzie Pan/Pani chwilę, będziemy wdzięczni za opinię o zamówieniu <<oid>>.",
      "Po wypróbowaniu produktu może Pan/Pani podzielić się opinią na Amazon – jakakolwiek ona będzie.",
      "Zamówienie można ocenić w zakładce Moje zamówienia: https://www.amazon.pl/gp/css/order-history"],
 neg=[('feedback', "Pytał Pan, jak zmienić ocenę sprzedawcy: robi się to w Moich zamówieniach w ciągu 90 dni. Decyzja należy wyłącznie do Pana."),
      ('rude', "Rozumiem zdenerwowanie. Nie odpowiem na obraźliwe słowa, ale zwrot <<price>> za <<oid>> został już zlecony.")],
 pro=[('custom', '[Important] Personalizacja etui – zamówienie <<oid>>', "Zamówił Pan etui z nadrukiem „KUBA 2014”. Czy możemy prosić o potwierdzenie pisowni przed drukiem?")],
 inc=[("Za 5 gwiazdek oddamy koszt wysyłki, wystarczy zrzut ekranu.", ['review_incentive', 'review_manipulation']),
      ("Za każdą opinię dajemy kod rabatowy 15 zł na kolejne zakupy.", ['review_incentive']),
      ("Jak wystawi Pan recenzję, dorzucimy gratis zapasowy łańcuch.", ['review_incentive'])],
 man=[("Jeśli jest Pan zadowolony, prosimy o 5 gwiazdek, a jeśli nie – najpierw do nas napisać.", ['review_manipulation']),
      ("W opinii proszę wspomnieć, że wysyłka była szybka.", ['review_manipulation']),
      ("Bardzo prosimy nie wystawiać negatywnej opinii, jesteśmy małą firmą.", ['review_manipulation'])],
 rem=[("Skoro wszystko załatwione, czy mógłby Pan usunąć negatywną opinię?", ['feedback_removal']),
      ("Uprzejmie prosimy o zmianę oceny zamówienia <<oid>>.", ['feedback_removal']),
      ("Jeśli usunie Pan jedną gwiazdkę z opinii, zwrócimy całość kwoty.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Zapraszamy do naszej nowej kolekcji zabawek – teraz 20% taniej!", ['marketing']),
      ("Z kodem WRACAM10 dostanie Pan 10% rabatu na następne zamówienie.", ['marketing']),
      ("Zapisz się do naszego newslettera, aby otrzymywać promocje.", ['marketing'])],
 off=[("Wystarczyło przeczytać instrukcję, to nie jest trudne.", ['offensive']),
      ("Ależ z Pana maruda, naprawdę.", ['offensive']),
      ("Co za durna reklamacja.", ['offensive'])],
 unp=[('shipconf', 'Zamówienie <<oid>> zostało wysłane', "Pana zamówienie <<oid>> zostało dziś nadane przez InPost."),
      ('orderconf', 'Potwierdzenie zamówienia <<oid>>', "Dziękujemy, otrzymaliśmy zamówienie <<oid>> i przygotowujemy je do wysyłki."),
      ('oos', 'Zamówienie <<oid>>: brak towaru', "Niestety produkt z zamówienia <<oid>> jest chwilowo niedostępny.")],
 oth=[("Najszybciej przez Messenger: m.me/spokeworks.pl", ['external_link', 'contact_other'])],
)
L['sv'] = dict(
 tlds=['se'], names=['Elin', 'Johan', 'Maja', 'Oskar', 'Linnea', 'Erik', 'Sofia', 'Anders'],
 hi=['Hej <<n>>,', 'Hej!', 'God kväll <<n>>,'],
 bye=['Vänliga hälsningar,\n<<a>>\nKundtjänst <<shop>>', 'Hälsningar,\n<<a>>'],
 msg='------------- Meddelande: -------------', end='------------- Slut på meddelandet -------------',
 olbl='Ordernummer', helpful='Var det här e-postmeddelandet till hjälp?', yes='Ja', no='Nej',
 foot='Copyright 2026 Amazon.com, Inc. eller dess dotterbolag. Alla rättigheter förbehållna. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg',
 isubj=['Förfrågan från Amazon-kunden <<n>> (Order: <<oid>>)'],
 re='SV:', wrote='Den <<d>> skrev <<n>> - Amazon Marketplace <<<r>>>:',
 echo=['Du skriver: ”<<q>>”', 'Angående ditt meddelande (”<<q>>”):'],
 osubj=['Din order <<oid>>', 'Fråga om order <<oid>>'],
 tbl=('Modell', 'Passar?', 'Ja', 'Nej'), trkw='spårningsnummer',
 addr='Marlow Returer, Hamnvägen 8, 252 25 Helsingborg',
 buyer={
  'returns': ['Läppstiftet har fel nyans, kan jag returnera det?', 'Vill returnera leksaken, oöppnad.'],
  'warranty': ['Bläckpatronen känns inte igen av skrivaren.', 'Hundkopplet har gått sönder efter en månad.'],
  'compat': ['Passar fodralet till iPhone 13 mini?', 'Passar kedjan till Shimano 105 11-växlad?'],
  'missing': ['Det saknades en del i paketet.', 'Bruksanvisningen saknas.'],
 },
 base={
  'returns': ["Tråkigt att nyansen inte stämmer. Returen är gratis:\n1. Gå till Dina beställningar: https://www.amazon.se/gp/css/order-history\n2. Välj order <<oid>> och \"Returnera artiklar\".\n3. Lämna paketet hos ett PostNord-ombud.\nVi återbetalar <<price>> när paketet är skannat.",
              "Oöppnade leksaker kan skickas till:\n<<addr>>\nLägg en lapp med returnummer <<rma>> i paketet."],
  'warranty': ["Ta ut patronen, torka kontakterna med en torr trasa och sätt tillbaka den. Fungerar det ändå inte skickar vi en ny under garantin (RMA <<rma>>).",
               "Kopplet har 2 års garanti. Ett nytt skickas i dag, <<trkw>> <<trk>>."],
  'compat': ["Enligt tillverkarens tabell:\n<<table>>\nOm din modell saknas kan du returnera gratis.",
             "Ja, kedjan är 11-växlad och passar 105. Översikt:\n<<table>>"],
  'missing': ["Förlåt! Delen skickas i dag, <<trkw>> <<trk>>.",
              "Bruksanvisningen bifogas som PDF, och en tryckt kopia skickas med posten till dig."],
 },
 req=["Om du har tid skulle vi uppskatta din feedback på order <<oid>>.",
      "När du har använt produkten får du gärna skriva en recension på Amazon, oavsett hur din upplevelse var.",
      "Du kan betygsätta ordern under Dina beställningar: https://www.amazon.se/gp/css/order-history"],
 neg=[('feedback', "Du frågade hur man ändrar säljaromdömen: det görs under Dina beställningar inom 90 dagar. Det är helt upp till dig."),
      ('rude', "Jag förstår att du är irriterad. Jag svarar inte på förolämpningar, men återbetalningen på <<price>> för <<oid>> är gjord.")],
 pro=[('address', '[Important] Adressproblem order <<oid>>', "PostNord kunde inte leverera order <<oid>> eftersom lägenhetsnumret saknas. Kan du skicka det till oss?")],
 inc=[("Ge oss 5 stjärnor så får du 10 % rabatt nästa gång!", ['review_incentive', 'review_manipulation']),
      ("För varje recension skickar vi ett presentkort på 100 kr.", ['review_incentive']),
      ("Skriv en recension så bjuder vi på frakten.", ['review_incentive'])],
 man=[("Är du nöjd så ge oss 5 stjärnor, annars hör av dig till oss först.", ['review_manipulation']),
      ("Skriv gärna i recensionen att leveransen gick snabbt.", ['review_manipulation']),
      ("Snälla, lämna inget negativt omdöme, vi är ett litet företag.", ['review_manipulation'])],
 rem=[("Nu när allt är löst, kan du ta bort betyget med 1 stjärna?", ['feedback_removal']),
      ("Vi ber dig vänligen att uppdatera ditt omdöme för order <<oid>>.", ['feedback_removal']),
      ("Tar du bort den negativa recensionen återbetalar vi hela beloppet.", ['review_incentive', 'feedback_removal'])],
 mkt=[("Kolla in vår nya kollektion hundleksaker, 20 % rabatt just nu!", ['marketing']),
      ("Med koden TACK10 får du 10 % på nästa köp.", ['marketing']),
      ("Prenumerera på vårt nyhetsbrev för exklusiva erbjudanden.", ['marketing'])],
 off=[("Läs bruksanvisningen bara, så svårt är det inte.", ['offensive']),
      ("Du är en riktig gnällspik.", ['offensive']),
      ("Vilket idiotiskt klagomål.", ['offensive'])],
 unp=[('shipconf', 'Order <<oid>> har skickats', "Din order <<oid>> har skickats i dag med PostNord."),
      ('thanks', 'Tack för ditt köp – <<oid>>', "Vi vill bara tacka för din beställning <<oid>>!"),
      ('helponly', 'Vi finns här för dig – <<oid>>', "Din order <<oid>> har levererats. Hör av dig om du har frågor, vi hjälper gärna till.")],
 oth=[("Du når oss även på Instagram @velvetdew.se – följ oss för nyheter!", ['contact_other', 'marketing'])],
)
L['ja'] = dict(
 tlds=['co.jp'], names=['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村'],
 hi=['<<n>>様\n\nお問い合わせありがとうございます。', '<<n>>様\n\nいつもご利用いただきありがとうございます。'],
 bye=['何卒よろしくお願いいたします。\n<<shop>> カスタマーサポート\n<<a>>', '<<shop>> 担当：<<a>>'],
 msg='------------- メッセージ: -------------', end='------------- メッセージ終了 -------------',
 olbl='注文番号', helpful='このEメールはお役に立ちましたか？', yes='はい', no='いいえ',
 foot='Copyright 2026 Amazon.com, Inc. or its affiliates. All rights reserved. アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1',
 isubj=['Amazonのお客様 <<n>> からのお問い合わせ (注文: <<oid>>)'],
 re='Re:', wrote='<<d>> <<n>> - Amazon Marketplace <<<r>>> のメッセージ:',
 echo=['「<<q>>」とのこと、承知いたしました。', 'お客様より「<<q>>」とご連絡いただきました。'],
 osubj=['ご注文 <<oid>> について', 'ご注文 <<oid>> に関するご確認'],
 tbl=('機種', '対応', '○', '×'), trkw='追跡番号',
 addr='〒273-0016 千葉県船橋市潮見町34-2 マーロウ返品センター',
 buyer={
  'returns': ['色が写真と違うので返品したいです。', '間違えて2個注文してしまいました。1個返品できますか？'],
  'warranty': ['インクがプリンターで認識されません。', '給水器のポンプが動かなくなりました。'],
  'compat': ['このケースはiPhone 15 Proに対応していますか？', 'このチェーンはシマノ105 11速に使えますか？'],
  'missing': ['ネジが足りません。', '説明書が入っていませんでした。'],
 },
 base={
  'returns': ["ご期待に沿えず申し訳ございません。返品は以下の手順で無料で承ります。\n1. 注文履歴を開きます：https://www.amazon.co.jp/gp/css/order-history\n2. 注文番号 <<oid>> の「商品の返品」を選択します。\n3. ラベルを印刷し、ヤマト運輸にお渡しください。\n到着確認後、<<price>> を返金いたします。",
              "未開封品であれば返品可能です。以下の住所へご返送ください。\n<<addr>>\n返品番号 <<rma>> を記載したメモを同封してください。"],
  'warranty': ["ご不便をおかけし申し訳ございません。カートリッジを一度外し、金色の端子を乾いた布で拭いてから再度取り付けてください。改善しない場合は保証にて新品をお送りします（RMA <<rma>>）。",
               "保証期間内ですので、新しいポンプを無償でお送りいたします。<<trkw>>：<<trk>>"],
  'compat': ["メーカーの対応表は以下のとおりです。\n<<table>>\n対応機種に含まれない場合は、注文履歴から無料で返品いただけます。",
             "はい、11速用ですのでシマノ105に対応しております。\n<<table>>"],
  'missing': ["大変失礼いたしました。不足分のネジを本日発送いたしました。<<trkw>>：<<trk>>",
              "説明書をPDFで添付いたします。印刷版も郵送いたします。"],
 },
 req=["お時間がございましたら、ご注文 <<oid>> の評価をいただけますと幸いです。",
      "商品をお使いいただいた後、よろしければ率直なご感想をレビューでお聞かせください。",
      "注文履歴から評価いただけます：https://www.amazon.co.jp/gp/css/order-history"],
 neg=[('feedback', "出品者評価の変更方法についてのご質問ですが、注文履歴から90日以内にご自身で編集・削除が可能です。ご判断はお客様にお任せいたします。"),
      ('rude', "お怒りはごもっともです。ご注文 <<oid>> の返金 <<price>> は手続き済みです。")],
 pro=[('custom', '[Important] 刻印内容の確認 ご注文 <<oid>>', "ご注文 <<oid>> の名入れ首輪タグの刻印「MOMO」で間違いないか、加工前にご確認をお願いいたします。")],
 inc=[("星5つのレビューをいただけましたら、次回使える500円分のクーポンを差し上げます。", ['review_incentive', 'review_manipulation']),
      ("レビュー投稿後にご連絡いただければ、送料を返金いたします。", ['review_incentive']),
      ("レビューを書いていただいた方には、替えのインクを1本無料でお送りしています。", ['review_incentive'])],
 man=[("ご満足いただけましたら星5つを、ご不満があればレビューの前にまずご連絡ください。", ['review_manipulation']),
      ("レビューでは「発送が早かった」と書いていただけると助かります。", ['review_manipulation']),
      ("低評価は小さな店にとって致命的ですので、何卒ご容赦ください。", ['review_manipulation'])],
 rem=[("解決いたしましたので、星1つの評価を削除していただけないでしょうか。", ['feedback_removal']),
      ("ご注文 <<oid>> の評価を変更していただけますようお願い申し上げます。", ['feedback_removal']),
      ("低評価を取り消していただければ、全額返金いたします。", ['review_incentive', 'feedback_removal'])],
 mkt=[("新作のペット用おもちゃを発売しました！今なら20％オフです。", ['marketing']),
      ("クーポンコード THANKS10 で次回10％オフになります。", ['marketing']),
      ("メールマガジンにご登録いただくと限定セール情報をお届けします。", ['marketing'])],
 off=[("説明書を読めば分かることです。", ['offensive']),
      ("いい加減にしてください、本当にしつこい方ですね。", ['offensive']),
      ("馬鹿げたクレームですね。", ['offensive'])],
 unp=[('shipconf', 'ご注文 <<oid>> 発送のお知らせ', "ご注文 <<oid>> の商品を本日発送いたしました。"),
      ('thanks', 'ご購入ありがとうございました（<<oid>>）', "この度はご注文 <<oid>> をいただき誠にありがとうございました。"),
      ('oos', 'ご注文 <<oid>> 在庫切れのお知らせ', "ご注文 <<oid>> の商品が現在在庫切れとなっております。入荷次第発送いたします。")],
 oth=[("LINEでもお問い合わせいただけます：ID @inkvale_jp", ['contact_other'])],
)

# ---------------------------------------------------------------- sellers, agents
SELLERS = {
 'paw': dict(name='PawTrail Supplies', dom='pawtrail-supplies.com', handle='pawtrail.supplies',
             prods=[('PawTrail Double Bowl Stand M', 'B0CPT4K2M1'), ('PawTrail FlowFountain 2L', 'B0D1FT7Q2Z'), ('PawTrail LED Collar USB-C', 'B0C9LC3R5W')],
             rows=[('Cat / small dog', True), ('Medium dog (<25 kg)', True), ('Large dog (>25 kg)', False)]),
 'case': dict(name='CaseHarbor', dom='caseharbor.eu', handle='caseharbor',
              prods=[('CaseHarbor Slim MagSafe iPhone 15 Pro', 'B0CH15PMS2'), ('CaseHarbor Grip Galaxy S24', 'B0CHS24GR1'), ('CaseHarbor Clear Pixel 8', 'B0CHPX8CL4')],
              rows=[('iPhone 15 Pro', True), ('iPhone 15', False), ('iPhone 14 Plus', False), ('Galaxy S24', True), ('Galaxy S24+', False)]),
 'spoke': dict(name='SpokeWorks', dom='spokeworks-parts.com', handle='spokeworks',
               prods=[('SpokeWorks SW-DH11 Derailleur Hanger', 'B0SWDH1104'), ('SpokeWorks 11s Chain 116L', 'B0SW11C116'), ('SpokeWorks Resin Pads MT200', 'B0SWPMT200')],
               rows=[('Shimano Deore 11s', True), ('Shimano Deore 12s', False), ('Shimano 105 R7000', True), ('SRAM GX Eagle 12s', False)]),
 'dew': dict(name='VelvetDew', dom='velvetdew-beauty.com', handle='velvetdew.official',
             prods=[('VelvetDew Hydra Serum 30 ml', 'B0VDHS3001'), ('VelvetDew Matte Lip 06 Rosewood', 'B0VDML0606'), ('VelvetDew Skin Tint N3', 'B0VDST0N03')],
             rows=[('Dry skin', True), ('Oily skin', True), ('Sensitive skin', False)]),
 'toy': dict(name='Brickle & Bloom', dom='brickleandbloom.com', handle='brickleandbloom',
             prods=[('Brickle & Bloom Marble Run 120', 'B0BBMR1202'), ('Brickle & Bloom Gel Pens 12', 'B0BBGP1201'), ('Brickle & Bloom Wooden Train Set', 'B0BBWT0031')],
             rows=[('Age 3+', False), ('Age 6+', True), ('Age 8+', True)]),
 'ink': dict(name='InkVale', dom='inkvale.co.uk', handle='inkvale',
             prods=[('InkVale 603XL Multipack', 'B0IV603XL4'), ('InkVale 302XL Black', 'B0IV302XLB'), ('InkVale 35XL Value Pack', 'B0IV035XL5')],
             rows=[('Epson XP-2100', True), ('Epson XP-3100', True), ('Epson WF-2810', True), ('Epson ET-2720', False)]),
}
SELLER_KEYS = ['paw', 'case', 'spoke', 'dew', 'toy', 'ink']
KW = [('ink', r'cartridge|patron|cartouche|ink|tinta|cartuccia|inkt|tusz|bläck|インク|カートリッジ|603XL|302XL|cartucho|wkład|stampante|printer|drucker|imprim'),
      ('case', r'case|hülle|coque|funda|cover|hoes|etui|fodral|capinha|ケース|magsafe|iphone|galaxy|pixel|redmi'),
      ('spoke', r'derailleur|schaltauge|dérailleur|chain|cadena|kette|łańcuch|kedja|チェーン|hanger|pastiglie|bike|fahrrad|stand|câmbio|achterlicht|ständer|cavalletto|lampje'),
      ('dew', r'serum|sérum|teint|lip|rossetto|läppstift|fond|nyans|tint|flacon|tube|dosatore'),
      ('toy', r'marble|canica|toy|juguete|brinquedo|leksak|klock|colour|colou?rs|pens|circuito|spielzeug|zabawk'),
      ('paw', r'pump|pompa|bomba|brunnen|fountain|bowl|collar|obroża|harness|arnés|guinzaglio|koppel|krabpaal|croquette|bebedouro|給水|ポンプ|首輪|kat|cat|dog|hund|acquario|acuario|stand')]
AGENTS = {'en': ['Maricel D.', 'Jun Santos', 'Dale Hartley', 'Rowena B.', 'Paolo Reyes', 'Kasia Nowak'],
          'de': ['Imke Vos', 'Tomasz Wiśniewski', 'Dale Hartley'], 'fr': ['Rowena B.', 'Agnieszka Lis', 'Imke Vos'],
          'es': ['Sofía Ortega', 'Paolo Reyes', 'Jun Santos'], 'it': ['Sofía Ortega', 'Maricel D.'],
          'pt': ['Paolo Reyes', 'Sofía Ortega'], 'nl': ['Imke Vos', 'Kasia Nowak'], 'pl': ['Kasia Nowak', 'Tomasz Wiśniewski', 'Agnieszka Lis'],
          'sv': ['Kasia Nowak', 'Rowena B.'], 'ja': ['森 健二', 'Maricel D.']}
HELPDESKS = ['zoho', 'kayako', 'hubspot', 'liveagent', 'thunderbird']
OID_PRE = {'co.uk': ['202', '203', '204', '206'], 'com': ['111', '112', '113', '114'], 'ie': ['405'], 'com.au': ['249', '250'],
           'de': ['302', '303', '304', '305', '306'], 'fr': ['402', '403', '171'], 'com.be': ['407'], 'es': ['403', '404', '408'],
           'com.mx': ['702', '701'], 'it': ['402', '405', '171'], 'nl': ['406', '171'], 'pl': ['407', '408'], 'se': ['406', '408'],
           'co.jp': ['249', '250', '503'], 'com.br': ['701', '702']}
PHONES = {'en': '+44 20 7946 0718', 'de': '040 66969 412', 'fr': '06 39 98 12 47', 'es': '+34 912 345 678', 'it': '+39 02 9475 3310',
          'pt': '+55 11 3456-7890', 'nl': '+31 20 794 5512', 'pl': '+48 12 345 67 89', 'sv': '08-123 456 78', 'ja': '03-6789-1234'}
TEL = {'en': 'Tel', 'de': 'Tel.', 'fr': 'Tél.', 'es': 'Tel.', 'it': 'Tel.', 'pt': 'Tel.', 'nl': 'Tel.', 'pl': 'tel.', 'sv': 'Tel', 'ja': '電話'}
UNSUB = {'en': 'To stop receiving emails from us, unsubscribe here:', 'de': 'Keine E-Mails mehr von uns? Hier abmelden:',
         'fr': 'Pour ne plus recevoir nos e-mails, désabonnez-vous ici :', 'es': 'Si no quieres recibir más correos, date de baja aquí:',
         'it': 'Per non ricevere più le nostre e-mail, annulla l\'iscrizione qui:', 'pt': 'Para não receber mais nossos e-mails, cancele a inscrição aqui:',
         'nl': 'Geen e-mails meer ontvangen? Afmelden kan hier:', 'pl': 'Aby zrezygnować z otrzymywania wiadomości, wypisz się tutaj:',
         'sv': 'Vill du inte få fler mejl? Avregistrera dig här:', 'ja': '配信停止をご希望の方はこちら：'}
UNSUB_TXT = {'en': 'Reply STOP and we will not email you again.', 'de': 'Antworten Sie mit ABMELDEN, wenn Sie keine weiteren Nachrichten möchten.',
             'fr': 'Répondez STOP pour ne plus recevoir nos messages.', 'es': 'Responde BAJA si no quieres recibir más mensajes.',
             'it': 'Risponda STOP per non ricevere altri messaggi.', 'pt': 'Responda SAIR para não receber mais mensagens.',
             'nl': 'Antwoord STOP als je geen berichten meer wilt ontvangen.', 'pl': 'Odpisz STOP, jeśli nie chcesz więcej wiadomości.',
             'sv': 'Svara STOPP om du inte vill få fler meddelanden.', 'ja': '今後のご案内が不要な場合は「配信停止」とご返信ください。'}
EMOJI = ['\U0001F60A', '\U0001F44D', '\U0001F43E', '\U0001F6B2', '\u2728', '\U0001F64F']


def sub(s, ctx):
    return re.sub(r'<<(\w+)>>', lambda m: str(ctx.get(m.group(1), m.group(0))), s)


# ---------------------------------------------------------------- binary builders
def png_bytes(w=16, h=16, rgb=(40, 90, 160)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def jpeg_bytes():
    out = b'\xff\xd8' + b'\xff\xe0' + struct.pack('>H', 16) + b'JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    out += b'\xff\xdb' + struct.pack('>H', 67) + b'\x00' + bytes([16] * 64)
    out += b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, 8, 8, 1) + b'\x01\x11\x00'
    out += b'\xff\xc4' + struct.pack('>H', 20) + b'\x00' + bytes([1] + [0] * 15) + b'\x00'
    out += b'\xff\xc4' + struct.pack('>H', 20) + b'\x10' + bytes([1] + [0] * 15) + b'\x00'
    out += b'\xff\xda' + struct.pack('>HB', 8, 1) + b'\x01\x00\x00\x3f\x00' + b'\x3f' + b'\xff\xd9'
    return out


GIF1 = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;'


def pdf_bytes(title, lines):
    txt = 'BT /F1 11 Tf 50 780 Td 14 TL (' + title.replace('(', '[').replace(')', ']') + ') Tj ' + ' '.join(
        'T* (' + l.encode('ascii', 'replace').decode().replace('(', '[').replace(')', ']') + ') Tj' for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(txt), txt), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode() + b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return b.getvalue()


def exe_bytes():
    return b'MZ\x90\x00' + b'\x00' * 56 + struct.pack('<I', 64) + b'PE\x00\x00' + b'\x4c\x01' + b'\x00' * 200


def ftyp(brand):
    return struct.pack('>I', 24) + b'ftyp' + brand + b'\x00\x00\x00\x00' + brand + b'mif1' + struct.pack('>I', 16) + b'free' + b'\x00' * 8


def webp_bytes():
    d = b'VP8 ' + struct.pack('<I', 10) + b'\x00' * 10
    return b'RIFF' + struct.pack('<I', 4 + len(d)) + b'WEBP' + d


def office(kind):
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    if kind == 'docx':
        return zip_bytes([('[Content_Types].xml', ct), ('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Return form</w:t></w:r></w:p></w:body></w:document>')])
    return zip_bytes([('[Content_Types].xml', ct), ('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')])


def attachment(kind, ctx):
    oid = ctx['oid']
    if kind == 'pdf_invoice':
        return ('invoice-INV-2026-%s.pdf' % ctx['inv'], 'application/pdf', pdf_bytes('Invoice ' + ctx['inv'], ['Order ' + oid, ctx['shop'], 'Total ' + ctx['price_ascii']]))
    if kind == 'pdf_warranty':
        return ('warranty-card.pdf', 'application/pdf', pdf_bytes('Warranty card', [ctx['prod_ascii'], '24 months from delivery', 'RMA ' + ctx['rma']]))
    if kind == 'pdf_manual':
        return ('manual-%s.pdf' % ctx['asin'], 'application/pdf', pdf_bytes('Assembly manual', [ctx['prod_ascii'], 'Step 1-6', 'Parts list']))
    if kind == 'pdf_label':
        return ('return-label-%s.pdf' % ctx['rma'], 'application/pdf', pdf_bytes('Return label', ['RMA ' + ctx['rma'], 'Order ' + oid]))
    if kind == 'jpg':
        return ('photo-part.jpg', 'image/jpeg', jpeg_bytes())
    if kind == 'png':
        return ('compatibility-chart.png', 'image/png', png_bytes(24, 12))
    if kind == 'txt':
        return ('steps.txt', 'text/plain', b'1. Remove cartridge\n2. Clean contacts\n3. Reinsert\n')
    if kind == 'docx':
        return ('return-form.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', office('docx'))
    if kind == 'zip':
        return ('photos-and-manual.zip', 'application/zip', zip_bytes([('manual.pdf', pdf_bytes('Manual', ['x'])), ('a.jpg', jpeg_bytes())]))
    if kind == 'exe':
        return ('InkVale-Reset-Tool.exe', 'application/octet-stream', exe_bytes())
    if kind == 'heic':
        return ('IMG_4471.HEIC', 'image/heic', ftyp(b'heic'))
    if kind == 'mp4':
        return ('how-to-fit.mp4', 'video/mp4', ftyp(b'isom'))
    if kind == 'webp':
        return ('size-guide.webp', 'image/webp', webp_bytes())
    if kind == 'xlsx':
        return ('compatibility-list.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', office('xlsx'))
    if kind == 'html':
        return ('return-instructions.html', 'text/html', b'<html><body><p>Return steps</p></body></html>')
    if kind == 'fakepdf':
        return ('invoice-%s.pdf' % ctx['inv'], 'application/pdf', zip_bytes([('invoice.pdf', b'%PDF-1.4 ...')]))
    if kind == 'rar':
        return ('fotos.rar', 'application/x-rar-compressed', b'Rar!\x1a\x07\x00' + b'\x00' * 40)
    raise ValueError(kind)

# ---------------------------------------------------------------- rendering
def tbl_text(ctx, lang):
    h1, h2, y, n = L[lang]['tbl']
    w = max(len(r[0]) for r in ctx['rows'] + [(h1, 0)]) + 2
    lines = [h1.ljust(w) + '| ' + h2, '-' * w + '+' + '-' * 8]
    lines += [r[0].ljust(w) + '| ' + (y if r[1] else n) for r in ctx['rows']]
    return '\n'.join(lines)


def tbl_html(ctx, lang):
    h1, h2, y, n = L[lang]['tbl']
    rows = ''.join('<tr><td>%s</td><td>%s</td></tr>' % (html.escape(r[0]), y if r[1] else n) for r in ctx['rows'])
    return '<table border="1" cellpadding="4" cellspacing="0"><tr><th>%s</th><th>%s</th></tr>%s</table>' % (h1, h2, rows)


URL_RE = re.compile(r'https://[^\s<>"\u00bb\u201d]+')


def linkify(s):
    out, last = [], 0
    for m in URL_RE.finditer(s):
        u = m.group(0).rstrip('.,;:)')
        out.append(html.escape(s[last:m.start()]))
        out.append('<a href="%s">%s</a>' % (html.escape(u), html.escape(u)))
        last = m.start() + len(u)
    out.append(html.escape(s[last:]))
    return ''.join(out)


def para_html(p, ctx, lang):
    lines = p.split('\n')
    out, ol = [], []
    def flush():
        if ol:
            out.append('<ol>' + ''.join('<li>%s</li>' % linkify(x) for x in ol) + '</ol>')
            ol.clear()
    buf = []
    def flushbuf():
        if buf:
            out.append('<p>' + '<br>'.join(linkify(x) for x in buf) + '</p>')
            buf.clear()
    for ln in lines:
        if re.match(r'^\d+\. ', ln):
            flushbuf(); ol.append(re.sub(r'^\d+\. ', '', ln))
        elif ln == '<<table>>':
            flushbuf(); flush(); out.append(tbl_html(ctx, lang))
        else:
            flush(); buf.append(ln)
    flushbuf(); flush()
    return ''.join(out)


def amazon_block(s):
    lg = L[s['lang']]
    tld = s['tld']
    tok = s['tok']
    lines = [lg['msg'], '', s['buyer_text'], '', lg['end'], '',
             '%s: # %s:' % (lg['olbl'], s['oid_q']), '1 / %s [ASIN: %s]' % (s['prod'], s['asin']), '',
             lg['helpful'],
             '%s: https://sellercentral.amazon.%s/gp/communication-manager/survey.html?ie=UTF8&id=%s&helpful=1' % (lg['yes'], tld, tok),
             '%s: https://sellercentral.amazon.%s/gp/communication-manager/survey.html?ie=UTF8&id=%s&helpful=0' % (lg['no'], tld, tok),
             '',
             'https://sellercentral.amazon.%s/messaging/inbox?fi=%s&mid=%s' % (tld, s['tok'][:8], s['ses'][:20]) if s['n'] % 3 else
             'https://sellercentral.amazon.%s/gp/communication-manager/view-message.html?ie=UTF8&msgId=%s' % (tld, tok),
             '', '[commMgrTok:%s]' % tok, '', lg['foot']]
    return lines


def compose(s):
    """returns (text, html) of the message body."""
    lg = L[s['lang']]
    ctx = s['ctx']
    ctx['q'] = re.split(r'(?<=[.?!。？])\s*', s['buyer_text'].strip())[0].rstrip('.。')
    T = []  # text paragraphs
    H = []  # html fragments
    greet = sub(s['greet'], ctx)
    if s.get('emoji_greet'):
        greet = greet + ' ' + s['emoji_greet']
    T.append(greet); H.append('<p>' + html.escape(greet).replace('\n', '<br>') + '</p>')
    if s.get('echo'):
        e = sub(s['echo'], ctx); T.append(e); H.append('<p>' + html.escape(e) + '</p>')
    for p in s['paras']:
        p = sub(p, ctx)
        tp = p.replace('<<table>>', tbl_text(ctx, s['lang'])) if '<<table>>' in p else p
        T.append(tp)
        if s.get('color_para') and p is s['paras'][-1]:
            H.append('<p><span style="color:#c2185b"><b>' + html.escape(p) + '</b></span></p>')
        else:
            H.append(para_html(p, ctx, s['lang']))
    if s.get('blankrun'):
        T.append('\n\n')
        H.append('<p><br></p><p><br></p><p><br></p><p><br></p>')
    bye = sub(s['bye'], ctx)
    T.append(bye); H.append('<p>' + html.escape(bye).replace('\n', '<br>') + '</p>')
    for tl, hl in s['sig']:
        T.append(tl); H.append(hl)
    text = '\n\n'.join(T)
    body_h = ''.join(H)
    if s.get('center'):
        body_h = '<div style="text-align:center">' + body_h + '</div>'
    if s.get('fontwrap'):
        body_h = '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt; color: #333333;">' + body_h + '</div>'
    if s.get('fontsizes'):
        body_h += '<p style="font-size:22px">%s</p><p style="font-size:9px">%s</p><p style="font-size:16px">%s</p><p style="font-size:12px">%s</p>' % (html.escape(ctx['shop']), 'Marlow Commerce Group', html.escape(ctx['prod']), ctx['oid'])
    for x in s['html_extra']:
        body_h += x
    # quoted history
    if s['kind'] == 'reply' and s.get('quote'):
        blk = amazon_block(s)
        wrote = sub(lg['wrote'], dict(ctx, n=s['bname'], d=s['qdate'], r=s['relay']))
        hd = s['hd']
        earlier_t, earlier_h = '', ''
        if s.get('earlier'):
            ew = sub(lg['wrote'], dict(ctx, n=s['agent'], d=s['edate'], r=s['from_addr'] if s.get('earlier_addr') else ctx['shop']))
            et = s['earlier']
            earlier_t = '\n'.join(['> ' + x if x else '>' for x in ([ew] + et.split('\n'))]) + '\n>\n'
            earlier_h = '<blockquote type="cite"><div>%s</div>%s</blockquote>' % (html.escape(ew), '<br>'.join(html.escape(x) for x in et.split('\n')))
        if hd == 'kayako':
            to_line = ctx['shop'] + (' <%s>' % s['from_addr'] if s.get('outlook_to') else ' Support')
            hdr = ['-----Original Message-----', 'From: %s - Amazon Marketplace <%s>' % (s['bname'], s['relay']),
                   'Sent: %s' % s['qdate'], 'To: %s' % to_line, 'Subject: %s' % s['isubj']]
            qt = '\n'.join(hdr) + '\n\n' + '\n'.join(blk)
            if earlier_t:
                qt = earlier_t + '\n' + qt
            text += '\n\n' + qt
            body_h += '<div><hr>' + '<br>'.join(html.escape(x) for x in hdr) + '</div>' + earlier_h + '<div>' + '<br>'.join(linkify(x) for x in blk) + '</div>'
        else:
            qt = earlier_t + '\n'.join(['> ' + x if x else '>' for x in ([wrote] + blk)])
            if hd == 'thunderbird':
                qt = earlier_t + wrote + '\n' + '\n'.join(['> ' + x if x else '>' for x in blk])
            text += '\n\n' + qt
            cls = ' class="moz-cite-prefix"' if hd == 'thunderbird' else ''
            body_h += '<div%s>%s</div>%s<blockquote type="cite">%s</blockquote>' % (
                cls, html.escape(wrote), earlier_h, '<br>'.join(linkify(x) for x in blk))
    if s['hd'] == 'liveagent' and s['kind'] == 'reply':
        text = '##- Please type your reply above this line -##\n\n' + text
    text = text.rstrip('\n') + '\n'
    for t in s['text_extra']:
        text += '\n' + t + '\n'
    doc = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>%s</body></html>\n' % (
        s['charset'].upper(), body_h)
    return text, doc


def enc_body(text, cs, cte):
    codec = {'iso-2022-jp': 'iso2022_jp'}.get(cs, cs)
    b = text.encode(codec)
    if cte == 'quoted-printable':
        return quopri.encodestring(b)
    if cte == 'base64':
        e = base64.b64encode(b).decode()
        return ('\n'.join(e[i:i + 76] for i in range(0, len(e), 76)) + '\n').encode()
    return b


def leaf(ctype, text, cs, cte, extra=''):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, extra, cte)
    return h.encode() + enc_body(text, cs, cte)


def bin_leaf(name, ctype, data, disp='attachment', cid=None):
    e = base64.b64encode(data).decode()
    h = 'Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n' % (ctype, name)
    if cid:
        h += 'Content-ID: <%s>\n' % cid
    h += 'Content-Disposition: %s; filename="%s"\n\n' % (disp, name)
    return h.encode() + ('\n'.join(e[i:i + 76] for i in range(0, len(e), 76)) + '\n').encode()


def multipart(sub_, parts, bnd):
    out = ('Content-Type: multipart/%s; boundary="%s"\n\n' % (sub_, bnd)).encode()
    if sub_ == 'mixed':
        out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += ('\n--%s\n' % bnd).encode() + p
    out += ('\n--%s--\n' % bnd).encode()
    return out


def hdr_enc(v):
    try:
        v.encode('ascii')
        return v
    except UnicodeEncodeError:
        return Header(v, 'utf-8').encode()


def render(s):
    text, doc = compose(s)
    cs, cte = s['charset'], s['cte']
    for t in [text, doc]:
        try:
            t.encode({'iso-2022-jp': 'iso2022_jp'}.get(cs, cs))
        except UnicodeEncodeError:
            cs, cte = 'utf-8', ('quoted-printable' if cte in ('7bit', '8bit') and s['n'] % 2 else cte if cte != '7bit' else 'base64')
    s['charset_used'] = cs
    if cs == 'iso-2022-jp':
        cte = '7bit'
    doc = doc.replace('charset=%s"' % s['charset'].upper(), 'charset=%s"' % cs.upper())
    flowed = '; format=flowed' if s['hd'] == 'thunderbird' and cte != 'base64' and not s['html'] else ''
    tpart = leaf('text/plain', text, cs, cte, flowed)
    bseed = hashlib.sha1(s['file'].encode()).hexdigest()
    if s['html']:
        hpart = leaf('text/html', doc, cs, cte)
        body = multipart('alternative', [tpart, hpart], '=_alt_' + bseed[:20])
        if s['inline']:
            parts = [body] + [bin_leaf(n, ct, d, 'inline', cid) for (n, ct, d, cid) in s['inline']]
            body = multipart('related', parts, '=_rel_' + bseed[20:36])
    else:
        body = tpart
    if s['atts']:
        parts = [body] + [bin_leaf(n, ct, d) for (n, ct, d) in s['atts']]
        body = multipart('mixed', parts, '=_mix_' + bseed[4:24])
    H = []
    H.append('From: ' + formataddr((s['agent'] + ' | ' + s['ctx']['shop'], s['from_addr']), charset='utf-8'))
    H.append('To: ' + s['to'])
    H.append('Subject: ' + hdr_enc(s['subject']))
    H.append('Date: ' + format_datetime(s['date']))
    H.append('Message-ID: <%s.%s@%s>' % (bseed[:16], s['hd'], s['from_addr'].split('@')[1]))
    if s['kind'] == 'reply':
        H.append('In-Reply-To: <%s@eu-west-1.amazonses.com>' % s['ses'])
        H.append('References: <%s@eu-west-1.amazonses.com>' % s['ses'])
    H.append('MIME-Version: 1.0')
    H.append({'zoho': 'X-Mailer: Zoho Desk', 'kayako': 'X-Mailer: Kayako', 'hubspot': 'X-HubSpot-Conversations: 1',
              'liveagent': 'X-Mailer: LiveAgent', 'thunderbird': 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0'}[s['hd']])
    if s.get('list_unsub'):
        H.append('List-Unsubscribe: <https://%s/unsubscribe?u=%s>, <mailto:unsubscribe@%s>' % (s['ctx']['dom'], bseed[:10], s['ctx']['dom']))
        H.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    raw = ('\n'.join(H) + '\n').encode() + body
    if s['crlf']:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

# ---------------------------------------------------------------- spec generation
R = random.Random(180018)
USED_OIDS = set()
ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'


def mk_oid(tld):
    while True:
        o = '%s-%07d-%07d' % (R.choice(OID_PRE[tld]), R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 6, 10 ** 7))
        if o not in USED_OIDS:
            USED_OIDS.add(o)
            return o


def mk_relay(tld):
    loc = ''.join(R.choice(ALNUM) for _ in range(15))
    if R.random() < 0.15:
        loc += '+' + ''.join(R.choice('0123456789abcdef') for _ in range(8))
    dom = ('m.marketplace.amazon.' if tld == 'co.jp' and R.random() < 0.4 else 'marketplace.amazon.') + tld
    return loc + '@' + dom


def mk_trk(lang, tld):
    d = lambda k: ''.join(R.choice('0123456789') for _ in range(k))
    if lang == 'en':
        return R.choice(['AB%sGB' % d(9), '1Z%s%s' % (''.join(R.choice('ABCDEFGHJKLMNPRSTVWXY0123456789') for _ in range(6)), d(10)), d(14)])
    return {'de': lambda: '00340434' + d(12), 'fr': lambda: '6A' + d(11), 'es': lambda: 'PQ4F6P07%s' % d(15), 'it': lambda: d(15),
            'pt': lambda: 'QB%sBR' % d(9), 'nl': lambda: '3SMRLW' + d(7), 'pl': lambda: d(24), 'sv': lambda: 'UA%sSE' % d(9),
            'ja': lambda: '%s-%s-%s' % (d(4), d(4), d(4))}[lang]()


def mk_price(lang, tld):
    a, c = R.randrange(6, 90), R.choice([49, 99, 90, 95, 50])
    nb = '\u00a0' if R.random() < 0.35 else ' '
    if lang == 'en':
        return ('$%d.%02d' if tld == 'com' else 'A$%d.%02d' if tld == 'com.au' else '€%d.%02d' if tld == 'ie' else '£%d.%02d') % (a, c)
    if lang == 'ja':
        return '{:,}円'.format(a * 100 + 80)
    if lang == 'pt':
        return 'R$%s%d,%02d' % (nb, a * 5, c)
    if lang == 'pl':
        return '%d,%02d%szł' % (a * 4, c, nb)
    if lang == 'sv':
        return '%d%skr' % (a * 10 + 9, nb)
    if tld == 'com.mx':
        return '$%d.00 MXN' % (a * 20)
    return '%d,%02d%s€' % (a, c, nb)


def mk_date(lang, dt):
    if lang == 'en':
        return dt.strftime('%-d %b %Y')
    if lang == 'ja':
        return '%d年%d月%d日' % (dt.year, dt.month, dt.day)
    if lang in ('de', 'pl', 'sv'):
        return dt.strftime('%d.%m.%Y') if lang != 'sv' else dt.strftime('%Y-%m-%d')
    return dt.strftime('%d/%m/%Y')


def pick_seller(text):
    t = text.lower()
    for k, rx in KW:
        if re.search(rx, t):
            return k
    return R.choice(SELLER_KEYS)


SMAP = {
 'en': dict(returns=['dew', 'paw', 'toy'], warranty=['paw', 'ink', 'paw'], compat=['spoke', 'case', 'ink'], missing=['spoke', 'toy', 'paw']),
 'de': dict(returns=['case', 'toy'], warranty=['ink', 'paw'], compat=['spoke', 'case'], missing=['paw', 'ink']),
 'fr': dict(returns=['dew', 'case'], warranty=['ink', 'paw'], compat=['spoke', 'ink'], missing=['paw', 'spoke']),
 'es': dict(returns=['toy', 'paw'], warranty=['toy', 'paw'], compat=['case', 'spoke'], missing=['toy', 'paw']),
 'it': dict(returns=['dew', 'ink'], warranty=['ink', 'paw'], compat=['case', 'spoke'], missing=['dew', 'ink']),
 'pt': dict(returns=['case', 'toy'], warranty=['ink', 'paw'], compat=['spoke', 'case'], missing=['toy', 'paw']),
 'nl': dict(returns=['paw', 'ink'], warranty=['spoke', 'ink'], compat=['case', 'spoke'], missing=['paw', 'spoke']),
 'pl': dict(returns=['case', 'toy'], warranty=['ink', 'paw'], compat=['spoke', 'case'], missing=['spoke', 'paw']),
 'sv': dict(returns=['dew', 'toy'], warranty=['ink', 'paw'], compat=['case', 'spoke'], missing=['toy', 'spoke']),
 'ja': dict(returns=['dew', 'toy'], warranty=['ink', 'paw'], compat=['case', 'spoke'], missing=['spoke', 'toy']),
}
PROD_RX = {'paw': [r'bowl|stand|krabpaal|scratch', r'pump|fountain|bomba|brunnen|給水|ポンプ|bebedouro|pompa|rotor|acuario', r'collar|obroża|koppel|guinzaglio|harness|arnés|cable|kabel|câble|adaptador|carregador|ładowark|croquette|lampje|首輪|carrier'],
           'case': [r'iphone|magsafe|hoes|fodral|coque|etui|capinha', r'galaxy|s24|samsung|a55|redmi', r'pixel'],
           'spoke': [r'hanger|schaltauge|dérailleur|derailleur|câmbio|stand|ständer|bolts|lampje|achterlicht', r'chain|cadena|kette|łańcuch|kedja|チェーン|śrub', r'pads|pastiglie'],
           'dew': [r'serum|sérum|flacon|dosatore|nachfüll', r'lip|rossetto|läppstift', r'teint|tint|colour|fond'],
           'toy': [r'marble|canica|circuito|klock|brinquedo|juguete|leksak|refund|retourniert', r'colou?rs|pens|bruksanvisning', r''],
           'ink': [r'603|xp-|cartridge|patrone|tusz|bläck|インク|cartuccia|cartucce|inkt', r'302', r'']}
HD_BY_SELLER = {'paw': 'zoho', 'case': 'kayako', 'spoke': 'hubspot', 'dew': 'liveagent', 'ink': 'thunderbird', 'toy': 'zoho'}
SPECS = []
TOPIC_IDX = {}


def new_spec(lang, kind, topic=None, seller_text=None, oid=None, relay=None, bname=None, tld=None):
    lg = L[lang]
    topics = ['returns', 'warranty', 'compat', 'missing']
    if topic is None:
        topic = topics[TOPIC_IDX.setdefault((lang, 'rr'), 0) % 4]
        TOPIC_IDX[(lang, 'rr')] += 1
    tld = tld or R.choice(lg['tlds'])
    s = dict(lang=lang, kind=kind, topic=topic, tld=tld, cats=set(), notes=[], sig=[], html_extra=[], text_extra=[], atts=[], inline=[],
             paras=[], quote=kind == 'reply', echo=None, req=False, pair=None, extras=[], obf=[])
    s['bname'] = bname or R.choice(lg['names'])
    s['relay'] = relay or mk_relay(tld)
    s['oid'] = oid or mk_oid(tld)
    if topic in lg['buyer']:
        i = TOPIC_IDX.setdefault((lang, topic), R.randrange(6))
        TOPIC_IDX[(lang, topic)] += 1
        bt = lg['buyer'][topic][i % len(lg['buyer'][topic])]
        base = lg['base'][topic][i % len(lg['base'][topic])]
        s['buyer_text'] = bt
        s['base'] = base
        s['sidx'] = i % len(lg['base'][topic])
    else:
        tp = lg['buyer'][R.choice(topics)]
        s['buyer_text'] = tp[R.randrange(len(tp))]
        s['base'] = None
    s['seller'] = SMAP[lang][topic][s['sidx']] if s['base'] else R.choice(SELLER_KEYS)
    sel = SELLERS[s['seller']]
    pi = R.randrange(3)
    for j, rx in enumerate(PROD_RX[s['seller']]):
        if rx and re.search(rx, (s['buyer_text'] + ' ' + (s['base'] or '')).lower()):
            pi = j
            break
    prod, asin = sel['prods'][pi]
    s['prod'], s['asin'] = prod, asin
    s['agent'] = R.choice(AGENTS[lang])
    s['hd'] = HD_BY_SELLER[s['seller']] if R.random() < 0.7 else R.choice(HELPDESKS)
    s['html'] = s['hd'] in ('zoho', 'hubspot', 'liveagent') or (s['hd'] == 'thunderbird' and R.random() < 0.4) or (s['hd'] == 'kayako' and R.random() < 0.2)
    s['crlf'] = s['hd'] == 'kayako' or R.random() < 0.1
    if lang == 'ja':
        s['charset'], s['cte'] = R.choice([('iso-2022-jp', '7bit'), ('utf-8', 'base64'), ('utf-8', 'quoted-printable')])
    elif lang == 'pl':
        s['charset'], s['cte'] = R.choice([('iso-8859-2', 'quoted-printable'), ('utf-8', 'quoted-printable'), ('utf-8', '8bit')])
    elif lang == 'en':
        s['charset'], s['cte'] = R.choice([('utf-8', 'quoted-printable'), ('us-ascii', '7bit'), ('windows-1252', 'quoted-printable'), ('utf-8', 'base64')])
    else:
        s['charset'], s['cte'] = R.choice([('utf-8', 'quoted-printable'), ('iso-8859-15', 'quoted-printable'), ('windows-1252', '8bit'), ('utf-8', 'base64')])
    s['from_addr'] = R.choice(['support', 'help', 'service', 'care']) + '@' + sel['dom']
    s['to'] = s['relay'] if R.random() < 0.85 else s['relay'].upper() if R.random() < 0.5 else '"%s - Amazon Marketplace" <%s>' % (s['bname'], s['relay'])
    s['greet'] = R.choice(lg['hi'])
    s['bye'] = R.choice(lg['bye'])
    s['tok'] = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(13))
    s['ses'] = '0102019%s-%s-000000' % (''.join(R.choice('0123456789abcdef') for _ in range(9)), '-'.join(''.join(R.choice('0123456789abcdef') for _ in range(k)) for k in (8, 4, 4, 4, 12)))
    s['isubj'] = sub(R.choice(lg['isubj']), dict(n=s['bname'], oid=s['oid']))
    s['oid_q'] = s['oid']
    if kind == 'reply':
        tag = {'zoho': '[## %d ##] ' % R.randrange(20000, 99999), 'kayako': '[#%s-%03d-%05d]: ' % (R.choice(['CHB', 'MWG']), R.randrange(1000), R.randrange(100000)),
               'hubspot': '', 'liveagent': '', 'thunderbird': ''}[s['hd']]
        s['subject'] = (tag + lg['re'] + ' ' + s['isubj']) if s['hd'] != 'zoho' else (lg['re'] + ' ' + tag + s['isubj'])
        if R.random() < 0.45:
            s['echo'] = R.choice(lg['echo'])
    else:
        s['subject'] = R.choice(lg['osubj'])
    if s['base']:
        s['paras'].append(s['base'])
    SPECS.append(s)
    return s


def add(s, text, cats, note=None):
    s['paras'].append(text)
    s['cats'].update(cats)
    if note:
        s['notes'].append(note)


# ---------------------------------------------------------------- structural extras
OBF_EMAIL = [lambda u, d: '%s at %s dot %s' % (u, d.split('.')[0], d.split('.', 1)[1]), lambda u, d: '%s[at]%s' % (u, d),
             lambda u, d: '%s (at) %s (dot) %s' % (u, d.split('.')[0], d.split('.', 1)[1]), lambda u, d: '%s\uff20%s' % (u, d),
             lambda u, d: '%s@%s' % (u, d.replace('.', '\u200b.'))]


def extra(s, kind, obf=False):
    lang = s['lang']
    sel = SELLERS[s['seller']]
    dom = sel['dom']
    first = re.sub(r'[^a-z]', '', s['agent'].split()[0].lower()) or 'kenji'
    def sig(t, h=None):
        s['sig'].append((t, h if h is not None else '<p>' + html.escape(t).replace('\n', '<br>') + '</p>'))
    if kind == 'web':
        if obf:
            w = R.choice(['w w w . %s' % dom.replace('.', ' . '), '\uff57\uff57\uff57\uff0e' + dom, dom.replace('.', ' [dot] ')])
            sig(w); s['obf'].append('spaced/full-width domain')
        else:
            sig('www.' + dom, '<p><a href="https://www.%s">www.%s</a></p>' % (dom, dom))
        s['cats'].add('external_link'); s['notes'].append('shop website in signature')
    elif kind == 'phone':
        p = PHONES[lang]
        if obf:
            p = ' '.join(p.replace(' ', '').replace('-', '')); s['obf'].append('spaced digits')
        sig('%s %s' % (TEL[lang], p), '<p>%s <a href="tel:%s">%s</a></p>' % (TEL[lang], PHONES[lang].replace(' ', ''), p) if not obf else None)
        s['cats'].add('contact_phone'); s['notes'].append('phone in signature')
    elif kind == 'email':
        u = first + '.' + s['seller']
        if obf:
            e = R.choice(OBF_EMAIL)(u, dom); sig(e); s['obf'].append('obfuscated address')
        else:
            sig('%s@%s' % (u, dom), '<p><a href="mailto:%s@%s">%s@%s</a></p>' % (u, dom, u, dom))
        s['cats'].add('contact_email'); s['notes'].append('agent e-mail in signature')
    elif kind == 'social':
        sig(R.choice(['IG: @%s', 'FB / IG: %s', 'TikTok @%s', 'X: @%s']) % sel['handle'])
        s['cats'].add('contact_other'); s['notes'].append('social handle in signature')
    elif kind == 'dp_link':
        add(s, 'https://www.amazon.%s/dp/%s' % (s['tld'], s['asin']), ['external_link'], 'Amazon product detail page link')
    elif kind == 'carrier_url':
        add(s, R.choice(['https://www.royalmail.com/track-your-item#/tracking-results/', 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=',
                         'https://www.inpost.pl/sledzenie-przesylek?number=', 'https://www.postnl.nl/tracktrace/?B=']) + mk_trk('en', 'co.uk'), ['external_link'], 'carrier tracking URL')
    elif kind == 'clicktrack':
        u = 'https://d2v8tf04.na1.hubspotlinks.com/Ctc/5D+113/d2v8tf04/VWk%s' % s['tok']
        s['html'] = True
        s['html_extra'].append('<p><a href="%s">https://www.amazon.%s/gp/css/order-history</a></p>' % (u, s['tld']))
        s['cats'].add('external_link'); s['notes'].append('HubSpot click-tracking redirect around an Amazon link')
    elif kind == 'logo_link':
        s['html'] = True
        s['inline'].append(('logo.png', 'image/png', png_bytes(32, 12), 'logo.%s@%s' % (s['seller'], dom)))
        s['sig'].append(('', '<p><a href="https://www.%s/?utm_source=amazon"><img src="cid:logo.%s@%s" alt="%s" width="120"></a></p>' % (dom, s['seller'], dom, sel['name'])))
        s['cats'].add('external_link'); s['notes'].append('linked logo')
    elif kind == 'powered':
        s['hd'] = 'liveagent'
        s['text_extra'].append('Powered by LiveAgent https://www.liveagent.com/?utm_medium=footer')
        s['html_extra'].append('<p>Powered by <a href="https://www.liveagent.com/?utm_medium=footer">LiveAgent</a></p>')
        s['cats'].add('external_link'); s['notes'].append('linked helpdesk footer')
    elif kind == 'ent_href':
        s['html'] = True
        s['html_extra'].append('<p><a href="h&#116;tps://www.%s/support">%s</a></p>' % (dom, {'en': 'Help centre', 'de': 'Hilfe'}.get(lang, 'FAQ')))
        s['cats'].add('external_link'); s['notes'].append('link hidden in HTML href with entity'); s['obf'].append('HTML entity in href')
    elif kind == 'pixel':
        s['html'] = True
        s['html_extra'].append(R.choice(['<img src="https://t.hubspotemail.net/e2t/to/VW%s/r=%s" width="1" height="1" alt="" style="display:none">',
                                          '<img src="https://desk.zoho.eu/track/open?t=%s&r=%s" width="1" height="1" border="0">',
                                          '<img src="https://px.%s/o.gif?m=%s&u=%%s" width="0" height="0">' % (dom, '%s')]) % (s['tok'], s['relay'].split('@')[0]))
        s['cats'].add('tracking_pixel'); s['notes'].append('open-tracking pixel')
    elif kind == 'banner_id':
        s['html'] = True
        s['html_extra'].append('<p><img src="https://cdn.%s/mail/banner-winter.png?rcpt=%s" width="480" height="90" alt="%s"></p>' % (dom, s['relay'].split('@')[0], sel['name']))
        s['cats'].add('tracking_pixel'); s['notes'].append('banner image with recipient id')
    elif kind == 'unsub_link':
        u = 'https://%s/email/preferences?u=%s' % (dom, s['tok'].lower())
        s['text_extra'].append(UNSUB[lang] + ' ' + u)
        s['html_extra'].append('<p>%s <a href="%s">%s</a></p>' % (html.escape(UNSUB[lang]), u, u))
        s['cats'].update(['opt_out', 'external_link']); s['notes'].append('unsubscribe link')
    elif kind == 'unsub_txt':
        add(s, UNSUB_TXT[lang], ['opt_out'], 'opt-out sentence')
    elif kind == 'list_unsub':
        s['list_unsub'] = True; s['cats'].add('opt_out'); s['notes'].append('List-Unsubscribe header')
    elif kind == 'att':
        k = R.choice(['zip', 'exe', 'heic', 'mp4', 'webp', 'xlsx', 'html', 'fakepdf', 'rar', 'six'])
        if k == 'six':
            for kk in ['pdf_invoice', 'pdf_warranty', 'pdf_manual', 'jpg', 'png', 'txt']:
                s['atts'].append(attachment(kk, s['ctx']))
            s['notes'].append('six attachments')
        else:
            s['atts'].append(attachment(k, s['ctx'])); s['notes'].append('%s attachment' % k)
        s['cats'].add('attachment')
    elif kind == 'emoji':
        s['emoji_greet'] = R.choice(EMOJI); s['cats'].add('styling'); s['notes'].append('emoji')
    elif kind == 'font':
        s['html'] = True; s['fontwrap'] = True; s['hd'] = 'zoho'; s['cats'].add('styling'); s['notes'].append('Zoho Desk default font-family/colour wrapper')
    elif kind == 'color':
        s['html'] = True; s['color_para'] = True; s['cats'].add('styling'); s['notes'].append('coloured text')
    elif kind == 'center':
        s['html'] = True; s['center'] = True; s['cats'].add('styling'); s['notes'].append('centred body')
    elif kind == 'blank':
        s['blankrun'] = True; s['cats'].add('styling'); s['notes'].append('run of blank lines')
    elif kind == 'http_img':
        s['html'] = True
        s['html_extra'].append('<p><img src="http://www.%s/img/signature-badge.png" width="200" height="40" alt=""></p>' % dom)
        s['cats'].add('styling'); s['notes'].append('http: image')
    elif kind == 'sizes':
        s['html'] = True; s['fontsizes'] = True; s['cats'].add('styling'); s['notes'].append('four font sizes')
    elif kind == 'important':
        s['subject'] = R.choice(['[Important] ', '[IMPORTANT] ', '[important] ']) + s['subject'] if R.random() < 0.7 else s['subject'] + ' [Important]'
        s['cats'].add('important_tag'); s['notes'].append('[Important] misused')
    elif kind == 'noid':
        s['noid'] = True; s['cats'].add('missing_order_id'); s['notes'].append('canned snippet with {{order_id}} left unfilled')
    elif kind == 'quoted_email':
        s['earlier'] = sub(L[lang]['base'][s['topic'] if s['topic'] in L[lang]['base'] else 'returns'][0], s['ctx']).split('\n')[0] + '\n\n' + s['agent'] + '\n' + '%s.%s@%s' % (first, s['seller'], dom)
        s['cats'].add('contact_email'); s['notes'].append('earlier agent reply quoted with personal address')
    elif kind == 'outlook_to':
        s['hd'] = 'kayako'; s['outlook_to'] = True; s['cats'].add('contact_email'); s['notes'].append('seller address in Outlook-style quote header')
    else:
        raise ValueError(kind)
    s['extras'].append(kind)


EXTRA_FOR = {'external_link': ['web', 'dp_link', 'carrier_url', 'clicktrack', 'logo_link', 'powered', 'ent_href'],
             'contact_email': ['email', 'quoted_email', 'outlook_to'], 'contact_phone': ['phone'], 'contact_other': ['social'],
             'opt_out': ['unsub_txt', 'list_unsub', 'unsub_link'], 'tracking_pixel': ['pixel', 'banner_id'], 'attachment': ['att'],
             'styling': ['emoji', 'font', 'color', 'center', 'blank', 'http_img', 'sizes'], 'important_tag': ['important'], 'missing_order_id': ['noid']}


def extra_ok(s, kind):
    if kind in ('quoted_email', 'outlook_to') and (s['kind'] != 'reply' or s.get('earlier') or not s['quote']):
        return False
    if kind == 'noid' and (s['kind'] != 'proactive' or s['atts'] or s['pair']):
        return False
    if kind == 'important' and ('[important]' in s['subject'].lower()):
        return False
    if kind in s['extras']:
        return False
    if kind == 'att' and s.get('noid'):
        return False
    return True

# ---------------------------------------------------------------- context
def mkctx(s):
    lang, tld = s['lang'], s['tld']
    sel = SELLERS[s['seller']]
    dd = datetime.date(2026, 11, 10) + datetime.timedelta(days=R.randrange(0, 40))
    c = dict(n=s['bname'], a=s['agent'], shop=sel['name'], dom=sel['dom'], oid=s['oid'], prod=s['prod'], asin=s['asin'],
             trk=mk_trk(lang, tld), trkw=L[lang]['trkw'], rma='MW-%06d' % R.randrange(10 ** 6), price=mk_price(lang, tld),
             d=mk_date(lang, dd), addr=L[lang]['addr'], rows=sel['rows'], inv='%06d' % R.randrange(10 ** 6))
    c['price_ascii'] = c['price'].encode('ascii', 'replace').decode()
    c['prod_ascii'] = c['prod'].encode('ascii', 'replace').decode()
    s['ctx'] = c


_orig_new = new_spec


def new_spec(*a, **k):
    s = _orig_new(*a, **k)
    mkctx(s)
    return s


PRO_SELLER = [('ink', r'\bink|tinte|encre|tinta|inchiostro|inkt|tusz|bläck|インク|cartridge|patrone|cartucho|cartuccia'),
              ('case', r'\bcase|hülle|coque|funda|cover|hoes|etui|fodral|capinha|ケース|print'),
              ('spoke', r'stand|ständer|cavalletto|pallet|bancale|spedition|fahrrad|bike'),
              ('paw', r'tag|medaglietta|首輪|collar|krabpaal|kat\b|hund'),
              ('toy', r'gel set|juguete|brinquedo|zabawk|leksak|toy|circuito'),
              ('dew', r'flacon|serum|sérum|lip')]


def proactive_body(s, body, subject=None):
    low = ((subject or '') + ' ' + body).lower()
    for k, rx in PRO_SELLER:
        if re.search(rx, low):
            if k != s['seller']:
                sel = SELLERS[k]
                s['seller'] = k
                s['prod'], s['asin'] = sel['prods'][0]
                s['from_addr'] = s['from_addr'].split('@')[0] + '@' + sel['dom']
                s['ctx'].update(shop=sel['name'], dom=sel['dom'], prod=s['prod'], asin=s['asin'], rows=sel['rows'],
                                prod_ascii=s['prod'].encode('ascii', 'replace').decode())
            break
    s['paras'] = [body]
    s['quote'] = False
    if subject:
        s['subject'] = subject


REJ_FIRST = {'en': "If you post a review for order <<oid>>, reply with the link and we'll send a £5 voucher as a thank-you.",
             'de': "Für eine Rezension zu Bestellung <<oid>> schenken wir Ihnen einen 5-€-Gutschein – einfach Link schicken.",
             'ja': "ご注文 <<oid>> のレビューをご投稿いただいた方には、Amazonギフト券500円分を差し上げております。"}
THIRD = {'de': {'rem', 'off', 'unp'}, 'fr': {'rem', 'inc', 'unp'}, 'es': {'off', 'man', 'mkt'}, 'it': {'rem', 'unp'}, 'ja': {'off', 'mkt'},
         'nl': {'inc'}, 'pl': {'man', 'off'}, 'sv': {'unp'}, 'pt': {'rem'}}
STANDALONE = [['web'], ['web*'], ['phone'], ['phone*'], ['email'], ['email*'], ['email*'], ['social'], ['logo_link'], ['powered'], ['dp_link'],
              ['carrier_url'], ['clicktrack'], ['ent_href'], ['pixel'], ['pixel'], ['banner_id'], ['unsub_link'], ['unsub_txt'], ['list_unsub'],
              ['att'], ['att'], ['att'], ['emoji'], ['font'], ['center'], ['blank'], ['http_img'], ['sizes'], ['color'], ['important'],
              ['important'], ['noid'], ['noid'], ['noid'], ['noid'], ['quoted_email'], ['outlook_to'], ['web', 'phone', 'email'], ['social', 'web*'],
              ['pixel', 'list_unsub']]
LANG_TOTAL = {'en': 106, 'de': 37, 'fr': 37, 'es': 37, 'it': 35, 'ja': 36, 'nl': 35, 'pl': 35, 'sv': 35, 'pt': 35}
PAIR_N = {'en': 5, 'de': 3, 'fr': 3, 'es': 3}


def build_all():
    pair_id = 0
    for lang in LANGS:
        lg = L[lang]
        en = lang == 'en'
        th = THIRD.get(lang, set())
        for key in ['inc', 'man', 'rem', 'mkt', 'off']:
            items = lg[key]
            if not en:
                idx = [0, 2, 1] if key == 'rem' else [0, 1, 2]
                items = [items[i] for i in idx[:3 if key in th else 2]]
            for j, (text, cats) in enumerate(items):
                pro = key in ('inc', 'man') and (j == 1 or (en and j == 3))
                s = new_spec(lang, 'proactive' if pro else 'reply', topic='review' if pro else None)
                if pro:
                    proactive_body(s, '')
                    s['paras'] = []
                add(s, text, cats, {'inc': 'review incentive', 'man': 'review manipulation', 'rem': 'feedback removal/update request',
                                    'mkt': 'marketing', 'off': 'offensive remark'}[key] + (' (agent edit)' if not pro else ' (proactive)'))
                if key in ('inc', 'man'):
                    s['req'] = True
                if key == 'off' and R.random() < 0.5:
                    s['echo'] = R.choice(lg['echo'])
        nunp = 5 if en else (3 if 'unp' in th else 2)
        for (topic, subj, body) in lg['unp'][:nunp]:
            s = new_spec(lang, 'proactive', topic=topic)
            proactive_body(s, body, subj)
            s['cats'].add('unpermitted_proactive'); s['notes'].append('unpermitted proactive: ' + topic)
        for text, cats in lg['oth']:
            s = new_spec(lang, 'reply')
            add(s, text, cats, 'off-Amazon contact channel')
            if 'seis' in text:
                s['obf'].append('digits written as words')
        # repeat pairs
        for p in range(PAIR_N.get(lang, 2)):
            pair_id += 1
            tld = R.choice(lg['tlds'])
            oid, relay, bname = mk_oid(tld), mk_relay(tld), R.choice(lg['names'])
            reqs = list(lg['req'])
            R.shuffle(reqs)
            a_pro = p % 2 == 0
            a = new_spec(lang, 'proactive' if a_pro else 'reply', topic='review' if a_pro else None, oid=oid, relay=relay, bname=bname, tld=tld)
            if a_pro:
                proactive_body(a, reqs[0])
            else:
                a['paras'].append(reqs[0])
            a['req'] = True; a['pair'] = (pair_id, 1); a['notes'].append('first review/feedback request for this order (permitted)')
            b_pro = (p + lang.__len__() + pair_id) % 3 != 0
            b = new_spec(lang, 'proactive' if b_pro else 'reply', topic='review' if b_pro else None, oid=oid, relay=relay, bname=bname, tld=tld)
            if b_pro:
                proactive_body(b, reqs[1])
            else:
                b['paras'].append(reqs[1])
            b['req'] = True; b['pair'] = (pair_id, 2); b['cats'].add('repeat_request')
            b['notes'].append('second review/feedback request for the order' + (' inside a support reply' if not b_pro else ''))
        if lang in REJ_FIRST:
            pair_id += 1
            tld = R.choice(lg['tlds'])
            oid, relay, bname = mk_oid(tld), mk_relay(tld), R.choice(lg['names'])
            a = new_spec(lang, 'proactive', topic='review', oid=oid, relay=relay, bname=bname, tld=tld)
            proactive_body(a, REJ_FIRST[lang]); a['cats'].add('review_incentive'); a['req'] = True; a['pair'] = (pair_id, 1)
            a['notes'].append('review request with a voucher (rejected, so never relayed)')
            b = new_spec(lang, 'proactive', topic='review', oid=oid, relay=relay, bname=bname, tld=tld)
            proactive_body(b, lg['req'][0]); b['req'] = True; b['pair'] = (pair_id, 2)
            b['notes'].append('clean request; the earlier request for this order was rejected, so this is not a repeat')
    # structural standalone, round robin over languages
    for i, ex in enumerate(STANDALONE):
        lang = LANGS[i % len(LANGS)] if i % 4 else 'en'
        lg = L[lang]
        if 'noid' in ex:
            if i % 2:
                topic, subj, body = lg['pro'][i % len(lg['pro'])]
                s = new_spec(lang, 'proactive', topic=topic)
                proactive_body(s, body, subj)
            else:
                s = new_spec(lang, 'proactive', topic='review')
                proactive_body(s, lg['req'][1])
        elif 'important' in ex and i % 2:
            s = new_spec(lang, 'proactive', topic='review')
            proactive_body(s, lg['req'][0]); s['req'] = True
        else:
            s = new_spec(lang, 'reply')
        for e in ex:
            extra(s, e.rstrip('*'), obf=e.endswith('*'))
    # compliant fillers
    for lang in LANGS:
        lg = L[lang]
        have = sum(1 for s in SPECS if s['lang'] == lang)
        need = LANG_TOTAL[lang] - have
        k = 0
        for topic, subj, body in lg['pro']:
            s = new_spec(lang, 'proactive', topic=topic)
            proactive_body(s, body, subj)
            s['notes'].append('permitted proactive: ' + topic + (' with [Important]' if '[Important]' in subj else ''))
            if topic == 'invoice':
                s['atts'].append(attachment('pdf_invoice', s['ctx']))
            k += 1
        for ni, (nk, text) in enumerate(lg['neg']):
            s = new_spec(lang, 'reply')
            s['paras'].append(text); s['notes'].append('hard negative: ' + nk)
            k += 1
        while k < need:
            v = k % 11
            if v == 0:
                s = new_spec(lang, 'proactive', topic='review')
                proactive_body(s, lg['req'][k % len(lg['req'])]); s['req'] = True
                s['notes'].append('single neutral review/feedback request')
            else:
                s = new_spec(lang, 'reply')
                if v == 1:
                    s['atts'].append(attachment(R.choice(['pdf_warranty', 'pdf_manual', 'pdf_label', 'pdf_invoice']), s['ctx'])); s['notes'].append('PDF attachment')
                elif v == 2:
                    s['atts'].append(attachment(R.choice(['jpg', 'png', 'docx', 'txt']), s['ctx'])); s['notes'].append('allowed attachment type')
                elif v == 3:
                    s['html'] = True
                    s['inline'].append(('logo.png', 'image/png', png_bytes(32, 12), 'logo.%s@%s' % (s['seller'], s['ctx']['dom'])))
                    s['sig'].append(('', '<p><img src="cid:logo.%s@%s" alt="%s" width="120"></p>' % (s['seller'], s['ctx']['dom'], s['ctx']['shop'])))
                    s['notes'].append('unlinked inline cid logo')
                elif v == 4:
                    s['paras'].append(lg['req'][k % len(lg['req'])]); s['req'] = True; s['notes'].append('neutral review request inside a support reply')
                elif v == 5:
                    s['earlier'] = sub(lg['base'][s['topic']][0], s['ctx']).split('\n')[0] + '\n\n' + s['agent']
                    s['notes'].append('clean earlier agent reply quoted')
                elif v == 6:
                    s['greet'] = {'ja': '{{customer.last_name}}様'}.get(lang, s['greet'].replace('<<n>>', '{{customer.first_name}}'))
                    s['notes'].append('unfilled helpdesk placeholder in a reply')
                elif v == 7:
                    s['paras'][-1] = s['paras'][-1] + '\n'
                    s['notes'].append('exactly two blank lines')
                elif v == 8:
                    s['hd'] = 'kayako'; s['notes'].append('Outlook-style quote header without seller address')
                elif v == 9:
                    s['paras'].append(lg['neg'][k % len(lg['neg'])][1]); s['notes'].append('hard negative: ' + lg['neg'][k % len(lg['neg'])][0])
                else:
                    s['notes'].append('support reply with tracking/RMA/price/date')
            k += 1
    # top-up structural categories on violating messages
    for cat, kinds in EXTRA_FOR.items():
        cnt = sum(1 for s in SPECS if cat in s['cats'])
        target = 20
        guard = 0
        while cnt < target and guard < 500:
            guard += 1
            s = R.choice(SPECS)
            if not s['cats'] or len(s['cats']) > 2 or (s['pair'] and s['pair'][1] == 1):
                continue
            kind = R.choice(kinds)
            if not extra_ok(s, kind) or cat in s['cats']:
                continue
            extra(s, kind, obf=R.random() < 0.5 and kind in ('web', 'phone', 'email'))
            cnt += 1
    for s in SPECS:
        if s['kind'] == 'proactive' and not s['notes']:
            s['notes'].append('proactive ' + s['topic'])
        if not s['notes']:
            s['notes'].append('support reply')

# ---------------------------------------------------------------- finalize
OID_RE = re.compile(r'\b\d{3}-\d{7}-\d{7}\b')


def finalize():
    order = list(SPECS)
    R.shuffle(order)
    pos = {id(s): i for i, s in enumerate(order)}
    pairs = {}
    for s in order:
        if s['pair']:
            pairs.setdefault(s['pair'][0], {})[s['pair'][1]] = s
    for pid, d in sorted(pairs.items()):
        a, b = d[1], d[2]
        if pos[id(a)] > pos[id(b)]:
            i, j = pos[id(a)], pos[id(b)]
            order[i], order[j] = b, a
            pos[id(a)], pos[id(b)] = j, i
    t0 = datetime.datetime(2026, 11, 2, 5, 40, tzinfo=datetime.timezone.utc)
    for n, s in enumerate(order, 1):
        s['n'] = n
        s['file'] = 'msgs/%04d-%s-%s-%s.eml' % (n, s['lang'], 're' if s['kind'] == 'reply' else 'pro', s['topic'])
        s['date'] = t0 + datetime.timedelta(minutes=97 * n + R.randrange(0, 40))
        qd = s['date'] - datetime.timedelta(hours=R.randrange(2, 30), minutes=R.randrange(60))
        s['qdate'] = mk_date(s['lang'], qd) + ' ' + qd.strftime('%H:%M')
        ed = qd - datetime.timedelta(days=2)
        s['edate'] = mk_date(s['lang'], ed) + ' ' + ed.strftime('%H:%M')
        if s.get('noid'):
            s['ctx']['oid'] = '{{order_id}}'
        s['subject'] = sub(s['subject'], s['ctx'])
    return order


def label_of(s):
    note = '; '.join(dict.fromkeys(s['notes']))
    if s['obf']:
        note = 'obfuscated (%s) %s' % (', '.join(dict.fromkeys(s['obf'])), note)
    return {'file': s['file'], 'categories': [c for c in CATS if c in s['cats']], 'lang': s['lang'], 'kind': s['kind'], 'note': note}


def check(order, blobs):
    errs = []
    ledger = set()
    for s in order:
        raw = blobs[s['file']]
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.defects:
                errs.append('%s: defects %s' % (s['file'], part.defects))
            if part.get_content_maintype() == 'text':
                try:
                    part.get_content()
                except Exception as e:
                    errs.append('%s: %s' % (s['file'], e))
        if not set(s['cats']) <= set(CATS):
            errs.append('%s: bad category' % s['file'])
        is_reply = bool(m['In-Reply-To'] or m['References'])
        if is_reply != (s['kind'] == 'reply'):
            errs.append('%s: kind mismatch' % s['file'])
        if s['kind'] == 'reply' and s['cats'] & {'missing_order_id', 'unpermitted_proactive'}:
            errs.append('%s: proactive-only category on reply' % s['file'])
        if s['kind'] == 'proactive':
            txt = str(m['Subject']) + ' ' + ' '.join(p.get_content() for p in m.walk() if p.get_content_type() == 'text/plain')
            has = bool(OID_RE.search(txt))
            if has == ('missing_order_id' in s['cats']):
                errs.append('%s: order id presence vs missing_order_id label' % s['file'])
        if 'repeat_request' in s['cats']:
            txt = str(m['Subject']) + ' ' + ' '.join(p.get_content() for p in m.walk() if p.get_content_type() == 'text/plain' and not p.get_filename())
            if s['oid'] not in txt:
                errs.append('%s: repeat request without its order id' % s['file'])
        if s['req']:
            key = (s['oid'], s['relay'])
            rep = key in ledger
            if rep != ('repeat_request' in s['cats']):
                errs.append('%s: ledger mismatch' % s['file'])
            if not (s['cats'] - {'repeat_request', 'tracking_pixel'}) and not rep:
                ledger.add(key)
        elif 'repeat_request' in s['cats']:
            errs.append('%s: repeat without request' % s['file'])
    oids = {}
    for s in order:
        if s['oid'] and not s.get('noid'):
            oids.setdefault(s['oid'], []).append(s)
    for o, lst in oids.items():
        if len(lst) > 1 and len({x['pair'][0] if x['pair'] else None for x in lst}) != 1:
            errs.append('order id %s shared outside a pair' % o)
    return errs


def main():
    build_all()
    order = finalize()
    mdir = os.path.join(HERE, 'msgs')
    os.makedirs(mdir, exist_ok=True)
    for f in os.listdir(mdir):
        if f.endswith('.eml'):
            os.remove(os.path.join(mdir, f))
    blobs = {}
    for s in order:
        blobs[s['file']] = render(s)
        with open(os.path.join(HERE, s['file']), 'wb') as fh:
            fh.write(blobs[s['file']])
    labels = [label_of(s) for s in order]
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    errs = check(order, blobs)
    total = len(order)
    comp = sum(1 for l in labels if not l['categories'])
    percat = {c: sum(1 for l in labels if c in l['categories']) for c in CATS}
    perlang = {g: sum(1 for l in labels if l['lang'] == g) for g in LANGS}
    repeats = sum(1 for l in labels if 'repeat_request' in l['categories'])
    if total < 380:
        errs.append('too few messages')
    if not 0.42 <= comp / total <= 0.48:
        errs.append('compliant share %.3f' % (comp / total))
    for c in CATS:
        need = 25 if c in ('review_incentive', 'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'offensive', 'unpermitted_proactive') else 15
        if percat[c] < need:
            errs.append('category %s has %d < %d' % (c, percat[c], need))
    if repeats < 20:
        errs.append('repeat pairs < 20')
    write_readme(order, labels, total, comp, percat, perlang)
    print('messages %d, compliant %d (%.1f%%), replies %d, proactive %d' % (total, comp, 100 * comp / total,
          sum(1 for l in labels if l['kind'] == 'reply'), sum(1 for l in labels if l['kind'] == 'proactive')))
    print('per category:', json.dumps(percat))
    print('per language:', json.dumps(perlang))
    if errs:
        print('SELF-CHECK FAILED:')
        for e in errs[:50]:
            print('  ' + e)
        sys.exit(1)
    print('self-checks passed')


README_HEAD = """# heldout18: blind held-out corpus (marketplace seller group, night shifts, PH/PL team)

Outgoing helpdesk mail from **Marlow Commerce Group**, an invented marketplace-only seller group. In-house
agents work night shifts, and a small team works from the Philippines and Poland. They answer Amazon buyers
from Zoho Desk, Kayako, HubSpot Service Hub, LiveAgent and plain Thunderbird. Most replies are about returns, warranty, compatibility
and missing parts. Agents copy the buyer's sentence back ("You wrote: ..."), use numbered steps, put compatibility
tables in HTML, and paste canned snippets, sometimes with the placeholders left in (`{{order_id}}`,
`{{customer.first_name}}`).

Generated by `make.py` (Python 3.11 standard library, fixed seed, byte-identical output on every run). It writes
`msgs/NNNN-<lang>-<re|pro>-<topic>.eml`, `labels.jsonl` and this README, and it runs self-checks. It exits 1 if one fails.

## How it was written (blind)

The author read only `/work/shared/POLICY.md`, `/work/shared/corpus/README.md`, `/work/shared/corpus/FORMAT.md`
and `/work/shared/reference/amazon-policy.md`. No bsm-guard code, rules, tests or other corpora were read, no project
tool or git was run, and bsm-guard was never run on these messages. The labels come from POLICY.md alone.

## Sellers (all invented)

| seller | products | domain (From:) | main helpdesk |
|---|---|---|---|
"""

CONVENTIONS = """
## Labelling conventions

- Labels follow POLICY.md. The whole message is scanned: subject, text and HTML parts, attachment names and types,
  and quoted history. Amazon's own notification text inside a quote is exempt: the localised
  `------------- Message: -------------` markers, the order/ASIN lines, the `sellercentral.amazon.*` survey and reply
  links, `[commMgrTok:...]`, the relay address and the footer.
- **Replies** have `In-Reply-To`/`References` (Amazon SES id) and a localised reply prefix (`Re:`, `AW:`, `RE :`, `R:`,
  `SV:`, `Odp:`), sometimes after a helpdesk ticket tag (`[## 48213 ##]`, `[#CHB-123-45678]:`). **Proactive** messages
  have neither. `missing_order_id` and `unpermitted_proactive` are used on proactive messages only.
- An order id in the subject is enough. A canned proactive snippet whose `{{order_id}}` placeholder was never filled, and
  which has no other order id, is `missing_order_id`. A placeholder left in a *reply* (`Hi {{customer.first_name}},`) is
  compliant.
- Links to Amazon order-history, returns and review-creation pages are allowed. Links to `/dp/` product pages are
  `external_link`. So are carrier tracking URLs, HubSpot click-tracking redirects (even around an Amazon link), shop
  websites (also spaced or written in full-width letters), linked logos, a linked "Powered by LiveAgent" footer and
  `h&#116;tps` hrefs. A bare `facebook.com/...` or `m.me/...` contact is both `external_link` and `contact_other`.
- Zoho Desk's default wrapper (`font-family: Verdana...; color: #333333`) is `styling`, because POLICY.md treats a mail
  client's default style block as a font/colour override. So are emoji, centred bodies, coloured text, four font
  sizes, `http:` images without a recipient id, and runs of more than two blank lines. Exactly two blank lines is compliant.
- A remote image whose URL carries the relay local part, or a 0/1-px image from a tracker host, is `tracking_pixel`
  only. An inline `cid:` logo without a link is compliant.
- An unsubscribe or preferences URL in the body is `opt_out` + `external_link`. A "reply STOP" sentence is `opt_out`.
  The `List-Unsubscribe` header is `opt_out` only.
- Attachments: PDF, JPEG, PNG, DOCX and TXT are allowed. ZIP, RAR, EXE, HEIC, MP4, WebP, XLSX, HTML, a `.pdf` that is really a
  ZIP, and six attachments in one message are each `attachment`.
- Phone numbers are `contact_phone` in any form (spaced digits, spelled words, `tel:`). Numbers the text calls a
  tracking number, and RMA, invoice, VAT, lot and NF-e numbers, prices and postcodes are not phone numbers.
  WhatsApp/Telegram/LINE/Messenger/Instagram contacts are `contact_other` (plus `contact_phone` when a number is given,
  plus `marketing` when the message says "follow us").
- Review wording: anything of value tied to a review or its removal is `review_incentive`. "5 stars", review gating
  ("if happy ... otherwise contact us first"), discouraging negative reviews and telling the buyer what to write are
  `review_manipulation`. A 5-star request combined with a reward is both. Asking to delete, update or revise a review or
  feedback is `feedback_removal`, and with a reward it is also `review_incentive`. Explaining, when the buyer asks, that
  feedback can be edited from Your Orders "entirely up to you" is compliant. So are refunds and discounts given for a
  delay or defect and not tied to a review.
- `[Important]` is compliant on delivery scheduling, address problems and customisation (print/engraving) questions.
  On anything else (warranty replies, review requests) it is `important_tag`.
- Marketing wording in an agent's PS (sales, codes, newsletters, "search our brand on Amazon") is `marketing`.
  A follow-us social handle is `contact_other` + `marketing`. A plain handle in a signature is `contact_other` only.
- Offensive covers insults, profanity and threats at the buyer in every language. A firm but polite refusal to answer
  insults is compliant.

## Repeat-request ledger

Messages are judged in file-name order with one ledger keyed on (order id, buyer relay address). A message that asks
for a product review or seller feedback enters the ledger only if it was relayed. Here that means it has no category
other than `tracking_pixel`, which is rewritten away. A later request for a ledgered order is `repeat_request`. This
holds whether the later request is proactive or sits inside a support reply, and whether or not it uses reminder
wording. A first request that was rejected (a voucher for the review) leaves the order free: in en, de and ja the later
clean request for such an order is compliant. Review requests with an incentive, 5-star wording or a misused
`[Important]` use order ids of their own. Apart from the pairs, every order id is unique in the corpus.
"""


def write_readme(order, labels, total, comp, percat, perlang):
    out = README_HEAD
    hdn = {'zoho': 'Zoho Desk', 'kayako': 'Kayako', 'hubspot': 'HubSpot Service Hub', 'liveagent': 'LiveAgent', 'thunderbird': 'Thunderbird'}
    for k in SELLER_KEYS:
        sel = SELLERS[k]
        out += '| %s | %s | %s | %s |\n' % (sel['name'], ', '.join(p[0] for p in sel['prods']), sel['dom'], hdn[HD_BY_SELLER[k]])
    out += '\nAgents (invented): night shift Dale Hartley, Imke Vos, Sofía Ortega, 森 健二; Philippines Maricel D., Jun Santos, Rowena B., Paolo Reyes; Poland Kasia Nowak, Tomasz Wiśniewski, Agnieszka Lis. Phone numbers use fiction ranges where they exist (UK 020 7946 0xxx, DE 040 66969 xxx, FR 06 39 98 xx xx).\n'
    out += CONVENTIONS
    out += '\n## Counts\n\n| messages | compliant | violating | replies | proactive | obfuscated |\n|---|---|---|---|---|---|\n'
    out += '| %d | %d (%.1f%%) | %d | %d | %d | %d |\n' % (total, comp, 100 * comp / total, total - comp, sum(1 for l in labels if l['kind'] == 'reply'),
                                                    sum(1 for l in labels if l['kind'] == 'proactive'), sum(1 for l in labels if l['note'].startswith('obfuscated')))
    out += '\n| category | messages | by language |\n|---|---|---|\n'
    for c in CATS:
        bl = {}
        for l in labels:
            if c in l['categories']:
                bl[l['lang']] = bl.get(l['lang'], 0) + 1
        out += '| %s | %d | %s |\n' % (c, percat[c], ', '.join('%s %d' % (g, bl[g]) for g in LANGS if g in bl))
    out += '\n| lang | messages | compliant |\n|---|---|---|\n'
    for g in LANGS:
        out += '| %s | %d | %d |\n' % (g, perlang[g], sum(1 for l in labels if l['lang'] == g and not l['categories']))
    out += '\nRun `python3 make.py` to regenerate. The script exits 1 on a failed self-check (MIME defects, unknown categories, kind vs headers, order id vs `missing_order_id`, the repeat ledger, shared order ids, coverage targets).\n'
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(out)


if __name__ == '__main__':
    main()
