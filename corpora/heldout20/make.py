#!/usr/bin/env python3
"""Blind held-out corpus heldout20 for bsm-guard. Python 3.11 stdlib only, fixed seed, deterministic."""
import base64, email, email.policy, io, json, os, quopri, random, re, shutil, sys, zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261207)
ORDER_RE = re.compile(r'\d{3}-\d{7}-\d{7}')
USED = set()
def oid():
    while True:
        o = '%03d-%07d-%07d' % (R.choice([28, 302, 303, 304, 305, 171, 249, 250, 406, 407, 408, 503]), R.randrange(10**7), R.randrange(10**7))
        if o not in USED: USED.add(o); return o
def relay(tld):
    s = ''.join(R.choice('abcdefghjkmnpqrstvwxyz0123456789') for _ in range(15))
    return s + '@marketplace.amazon.' + tld
def asin(): return 'B0' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))

SELLERS = {
 'leather': dict(name='Werkstatt Brandl', dom='brandl-leder.example', prod='handmade leather wallet', agents=['Katharina Brandl', 'Jonas Brandl'], title='Werkstatt & Versand', www='www.brandl-leder.example', phone='+49 40 66969 412', mail='hallo@brandl-leder.example', ig='@brandl.leder'),
 'office': dict(name='Ordnwell Office Supply Ltd', dom='ordnwell.example', prod='A4 lever-arch files (box of 10)', agents=['Priya Natarajan', 'Tom Keller'], title='Key Account Team', www='www.ordnwell.example', phone='020 7946 0718', mail='accounts@ordnwell.example', ig='@ordnwell_b2b'),
 'garden': dict(name='Vireo Garden Tools', dom='vireo-garden.example', prod='bypass secateurs VG-21', agents=['Lena Sørensen', 'Marco Ruiz'], title='Customer Care', www='vireo-garden.example', phone='+44 7700 900381', mail='care@vireo-garden.example', ig='@vireogardentools'),
 'phone': dict(name='Kapsel Mobile Import', dom='kapsel-mobile.example', prod='MagSafe phone case KM-15', agents=['Ana Costa', 'Wiktor Zieliński'], title='Support', www='kapsel-mobile.example/shop', phone='06 39 98 41 27', mail='support@kapsel-mobile.example', ig='@kapselmobile'),
}
SKEYS = list(SELLERS)
HELPDESKS = ['zendesk', 'gorgias', 'reamaze', 'outlook', 'applemail']

# ---------------------------------------------------------------- language banks
L = {}
L['en'] = dict(tld='co.uk', re='Re:', hi='Hello {n},', bye='Kind regards,', msg='Message:', endm='End message', orderw='Order ID', inq='Inquiry from Amazon customer {n} (Order: {o})', sent='Sent from my iPhone', wrote='On 3 Dec 2026, at 14:02, Amazon customer <{r}> wrote:',
 buyer=dict(track='Where is my parcel? It was due yesterday.', ret='The item arrived scratched, how do I return it?', rude='This is a total disgrace. Three weeks and nothing. I want answers today.', inv='Could you send me a VAT invoice for our accounts department please?', rev='How do I actually leave a review for this? I cannot find the button.', prod='Does this fit the newer model?'),
 ok=dict(track='Your parcel is with Royal Mail, tracking number {trk}. It should arrive by Thursday 10 December.', ret='Sorry about the scratch. Please return it to {addr} quoting RMA {rma}; a replacement goes out as soon as it is scanned in.', rude='I understand this is frustrating. I have checked order {o}: the parcel was delayed at the depot, so I have refunded the shipping cost of £4.99 today. It should arrive on Friday.', inv='Please find the VAT invoice {inv} attached as a PDF.', rev='On Amazon go to Your Orders, select the order and choose "Write a product review". The page is {amzrev}.', prod='Yes, it fits every model from 2022 onwards (ASIN {a}).'),
 fbok='Now that this is sorted, just so you know: feedback on Amazon can be edited from your order page at any time. Entirely up to you.',
 req='Your order {o} was delivered recently. If you have a moment, we would appreciate your feedback on this order.',
 req2=['Just checking in once more about order {o}: could you spare a minute to review the product?', 'We noticed you have not reviewed order {o} yet, a short review would help us a lot.'],
 inc=['If you leave us a review we will send you a £10 gift card as a thank you.', 'Leave a 5-star review and your next order is 20% off, just reply with a screenshot.'],
 incrm=['We have already refunded the shipping, and if you take the 1-star review down we will refund the whole order as well.', 'Happy to send a free replacement strap once the negative feedback has been removed.'],
 man=['If you are happy with the wallet, please leave 5 stars; if anything is wrong, contact us first instead of reviewing.', 'It would mean a lot if you could mention how soft the leather is in your review.'],
 rem=['Now that the replacement has arrived, could you please update your feedback to reflect this?', 'Would you kindly delete the negative review you left yesterday? It really hurts a small business like ours.'],
 mkt=['By the way, our Christmas sale starts Monday: code XMAS25 gives 25% off everything in the shop.', 'You might also like our matching key case, just search for it in our store.'],
 off=['Frankly, if you are too thick to read a size chart, that is your problem, not ours.', 'Stop wasting my time with these idiotic complaints.'],
 opt='If you do not want to receive further messages from us, reply STOP.', unsub='Unsubscribe from these emails',
 ship='Good news! Your order {o} has been dispatched today and is on its way.', thanks='Thank you so much for your order {o}! We are always here if you need anything.', oos='Unfortunately the item in order {o} is out of stock at the moment.',
 sched='Your order {o} is a bulky item. Could you tell us which weekday suits you for delivery?', custom='Please confirm the engraving text "{eng}" for order {o} before we start.', invp='Attached is the invoice for your order {o}.',
 custom_noid='Please confirm the engraving text "{eng}" before we start work on your wallet.',
 follow='Follow us on Instagram {ig} for new designs!', wa='Quicker on WhatsApp: {ph}', call='Please call me on {ph} so we can talk about changing your feedback.',
 subj=dict(reply='Your message about order {o}', req='Feedback for order {o}', sched='Delivery date for order {o}', custom='Engraving for order {o}', inv='Invoice for order {o}', ship='Dispatched: order {o}', thanks='Thank you for order {o}', oos='Order {o}', noid='Engraving question'),
 eng='For Dad, 2026')
L['de'] = dict(tld='de', re='AW:', hi='Hallo {n},', bye='Viele Grüße', msg='Nachricht:', endm='Ende der Nachricht', orderw='Bestellnummer', inq='Anfrage von Amazon-Kunde {n} (Bestellung: {o})', sent='Von meinem iPhone gesendet', wrote='Am 03.12.2026 um 14:02 schrieb Amazon-Kunde <{r}>:',
 buyer=dict(track='Wo bleibt mein Paket? Es sollte gestern kommen.', ret='Die Naht ist aufgegangen, wie schicke ich das zurück?', rude='Eine Frechheit ist das. Drei Wochen warte ich jetzt schon.', inv='Bitte senden Sie uns eine Rechnung mit ausgewiesener MwSt.', rev='Wie kann ich eine Bewertung schreiben? Ich finde den Knopf nicht.', prod='Passt die Hülle auch auf das Vorjahresmodell?'),
 ok=dict(track='Ihr Paket ist bei DHL, Sendungsnummer {trk}. Es sollte am Donnerstag, 10.12., ankommen.', ret='Das tut mir leid. Bitte senden Sie den Artikel an {addr}, Rücksendenummer {rma}. Den Ersatz schicken wir sofort nach Eingang.', rude='Ich verstehe Ihren Ärger. Ich habe Bestellung {o} geprüft: das Paket lag im Depot fest, die Versandkosten von 4,99 € habe ich Ihnen heute erstattet.', inv='Anbei die Rechnung {inv} als PDF.', rev='Gehen Sie bei Amazon auf „Meine Bestellungen“, wählen Sie die Bestellung und dann „Produktrezension schreiben“: {amzrev}', prod='Ja, sie passt auf alle Modelle ab 2022 (ASIN {a}).'),
 fbok='Nur zur Info: Bewertungen lassen sich bei Amazon jederzeit über die Bestellübersicht bearbeiten. Das bleibt ganz Ihnen überlassen.',
 req='Ihre Bestellung {o} wurde vor Kurzem zugestellt. Wenn Sie einen Moment Zeit haben, freuen wir uns über Ihre Bewertung dieser Bestellung.',
 req2=['Wir möchten Sie noch einmal an die Bewertung zu Bestellung {o} erinnern.', 'Sie haben Bestellung {o} noch nicht bewertet – ein paar Worte würden uns sehr helfen.'],
 inc=['Für eine Rezension schenken wir Ihnen einen Gutschein über 10 €.', 'Wer uns fünf Sterne gibt, bekommt beim nächsten Kauf 15 % Rabatt.'],
 incrm=['Wenn Sie die negative Bewertung löschen, erstatten wir Ihnen den vollen Kaufpreis.', 'Sobald die schlechte Bewertung entfernt ist, schicken wir Ihnen gern ein Pflegeset gratis.'],
 man=['Wenn Sie zufrieden sind, freuen wir uns über 5 Sterne – falls nicht, melden Sie sich bitte zuerst bei uns statt zu bewerten.', 'Schreiben Sie in Ihrer Rezension doch, wie robust das Leder ist.'],
 rem=['Da das Problem jetzt gelöst ist, könnten Sie Ihre Bewertung bitte anpassen?', 'Bitte nehmen Sie die Ein-Stern-Bewertung wieder raus, sie schadet uns sehr.'],
 mkt=['Übrigens: mit dem Code WINTER20 sparen Sie diese Woche 20 % auf unser ganzes Sortiment.', 'Schauen Sie sich auch unsere neue Gürtelkollektion an, die gibt es jetzt in drei Farben.'],
 off=['Wer zu blöd ist, die Anleitung zu lesen, sollte sich nicht beschweren.', 'Ihr ständiges Gejammer nervt, Sie Nervensäge.'],
 opt='Wenn Sie keine weiteren Nachrichten von uns erhalten möchten, antworten Sie einfach mit „Abmelden“.', unsub='Vom Newsletter abmelden',
 ship='Ihre Bestellung {o} wurde heute verschickt und ist unterwegs.', thanks='Vielen Dank für Ihre Bestellung {o}! Wir sind jederzeit für Sie da.', oos='Leider ist der Artikel aus Bestellung {o} derzeit nicht vorrätig.',
 sched='Ihre Bestellung {o} ist Sperrgut. An welchem Wochentag dürfen wir liefern?', custom='Bitte bestätigen Sie die Gravur „{eng}“ für Bestellung {o}, bevor wir beginnen.', invp='Anbei die Rechnung zu Ihrer Bestellung {o}.',
 custom_noid='Bitte bestätigen Sie die Gravur „{eng}“, bevor wir mit der Arbeit beginnen.',
 follow='Folgen Sie uns auf Instagram {ig} für neue Modelle!', wa='Schneller geht es per WhatsApp: {ph}', call='Rufen Sie mich bitte unter {ph} an, damit wir über eine Änderung Ihrer Bewertung sprechen können.',
 subj=dict(reply='Ihre Nachricht zu Bestellung {o}', req='Bewertung zu Bestellung {o}', sched='Liefertermin für Bestellung {o}', custom='Gravur für Bestellung {o}', inv='Rechnung zu Bestellung {o}', ship='Versandbestätigung {o}', thanks='Danke für Bestellung {o}', oos='Bestellung {o}', noid='Frage zur Gravur'),
 eng='Für Opa, 2026')
L['fr'] = dict(tld='fr', re='Re :', hi='Bonjour {n},', bye='Cordialement,', msg='Message :', endm='Fin du message', orderw='Numéro de commande', inq='Demande du client Amazon {n} (Commande : {o})', sent='Envoyé de mon iPhone', wrote='Le 3 déc. 2026 à 14:02, Client Amazon <{r}> a écrit :',
 buyer=dict(track='Où est mon colis ? Il devait arriver hier.', ret='Le produit est arrivé rayé, comment le retourner ?', rude='C’est inadmissible. Trois semaines d’attente, je veux une réponse aujourd’hui.', inv='Pouvez-vous m’envoyer une facture avec TVA ?', rev='Comment laisser un avis ? Je ne trouve pas le bouton.', prod='Est-ce compatible avec le modèle précédent ?'),
 ok=dict(track='Votre colis est chez Colissimo, numéro de suivi {trk}. Il devrait arriver jeudi 10 décembre.', ret='Désolée pour la rayure. Merci de le renvoyer à {addr} avec le numéro de retour {rma}; le remplacement part dès réception.', rude='Je comprends votre agacement. J’ai vérifié la commande {o} : le colis était bloqué au dépôt, je vous ai remboursé les frais de port de 4,99 € aujourd’hui.', inv='Veuillez trouver ci-joint la facture {inv} en PDF.', rev='Sur Amazon, allez dans « Vos commandes », choisissez la commande puis « Écrire un commentaire » : {amzrev}', prod='Oui, il est compatible avec tous les modèles depuis 2022 (ASIN {a}).'),
 fbok='Pour information, une évaluation peut être modifiée à tout moment depuis la page de commande Amazon. C’est entièrement votre choix.',
 req='Votre commande {o} a été livrée récemment. Si vous avez un moment, votre évaluation de cette commande nous serait précieuse.',
 req2=['Petit rappel concernant la commande {o} : pourriez-vous prendre une minute pour laisser un avis ?', 'Vous n’avez pas encore donné votre avis sur la commande {o}, cela nous aiderait beaucoup.'],
 inc=['Pour tout avis laissé, nous vous offrons un bon d’achat de 10 €.', 'Laissez 5 étoiles et recevez 20 % de réduction sur votre prochaine commande.'],
 incrm=['Si vous retirez votre avis négatif, nous vous remboursons intégralement.', 'Dès que l’évaluation négative sera supprimée, nous vous enverrons un étui gratuit.'],
 man=['Si vous êtes satisfait, mettez-nous 5 étoiles ; sinon, contactez-nous plutôt que de laisser un avis.', 'Dans votre avis, n’hésitez pas à préciser la qualité des coutures.'],
 rem=['Maintenant que tout est réglé, pourriez-vous modifier votre évaluation ?', 'Merci de bien vouloir supprimer votre commentaire négatif, il nous porte vraiment préjudice.'],
 mkt=['Au passage, nos soldes d’hiver commencent lundi : code HIVER15 pour 15 % sur toute la boutique.', 'Découvrez aussi notre nouvelle gamme de porte-cartes assortis.'],
 off=['Si vous êtes trop bête pour lire une notice, ce n’est pas notre problème.', 'Arrêtez de nous harceler avec vos plaintes ridicules, espèce d’abruti.'],
 opt='Si vous ne souhaitez plus recevoir nos messages, répondez STOP.', unsub='Se désabonner',
 ship='Votre commande {o} a été expédiée aujourd’hui.', thanks='Merci beaucoup pour votre commande {o} ! Nous restons à votre disposition.', oos='Malheureusement, l’article de la commande {o} est en rupture de stock.',
 sched='Votre commande {o} est volumineuse. Quel jour de la semaine vous convient pour la livraison ?', custom='Merci de confirmer la gravure « {eng} » pour la commande {o}.', invp='Ci-joint la facture de votre commande {o}.',
 custom_noid='Merci de confirmer la gravure « {eng} » avant que nous commencions.',
 follow='Suivez-nous sur Instagram {ig} pour nos nouveautés !', wa='Plus rapide sur WhatsApp : {ph}', call='Appelez-moi au {ph} pour que nous voyions ensemble comment modifier votre évaluation.',
 subj=dict(reply='Votre message concernant la commande {o}', req='Évaluation de la commande {o}', sched='Date de livraison commande {o}', custom='Gravure commande {o}', inv='Facture commande {o}', ship='Expédition commande {o}', thanks='Merci pour la commande {o}', oos='Commande {o}', noid='Question sur la gravure'),
 eng='Pour Papa, 2026')
L['es'] = dict(tld='es', re='RE:', hi='Hola, {n}:', bye='Un saludo,', msg='Mensaje:', endm='Finalizar mensaje', orderw='Número de pedido', inq='Consulta del cliente de Amazon {n} (Pedido: {o})', sent='Enviado desde mi iPhone', wrote='El 3 dic 2026, a las 14:02, Cliente de Amazon <{r}> escribió:',
 buyer=dict(track='¿Dónde está mi paquete? Tenía que llegar ayer.', ret='Ha llegado rayado, ¿cómo lo devuelvo?', rude='Es una vergüenza. Tres semanas esperando. Quiero una respuesta hoy.', inv='¿Me pueden enviar la factura con IVA?', rev='¿Cómo dejo una opinión? No encuentro el botón.', prod='¿Sirve para el modelo anterior?'),
 ok=dict(track='Su paquete está con SEUR, número de seguimiento {trk}. Debería llegar el jueves 10 de diciembre.', ret='Lo siento. Envíelo a {addr} indicando la devolución {rma}; mandamos el recambio en cuanto llegue.', rude='Entiendo su enfado. He revisado el pedido {o}: el paquete se quedó en el almacén, así que le he reembolsado hoy los 4,99 € de envío.', inv='Adjunto la factura {inv} en PDF.', rev='En Amazon vaya a «Mis pedidos», elija el pedido y pulse «Escribir una opinión»: {amzrev}', prod='Sí, sirve para todos los modelos desde 2022 (ASIN {a}).'),
 fbok='Para su información, la valoración se puede editar en cualquier momento desde la página del pedido. Usted decide.',
 req='Su pedido {o} se entregó hace poco. Si tiene un momento, le agradeceríamos su valoración de este pedido.',
 req2=['Le recordamos de nuevo el pedido {o}: ¿podría dedicar un minuto a valorar el producto?', 'Aún no ha valorado el pedido {o}; una breve opinión nos ayudaría muchísimo.'],
 inc=['Si deja una opinión le enviamos una tarjeta regalo de 10 €.', 'Por una valoración de 5 estrellas le hacemos un 20 % de descuento en su próxima compra.'],
 incrm=['Si retira la valoración negativa, le devolvemos el importe completo.', 'En cuanto elimine la opinión de una estrella le mandamos una funda gratis.'],
 man=['Si está contento, déjenos 5 estrellas; si no, escríbanos antes de opinar.', 'En su opinión podría comentar lo resistente que es el cuero.'],
 rem=['Ahora que está resuelto, ¿podría actualizar su valoración, por favor?', 'Le rogamos que borre la opinión negativa, nos perjudica mucho.'],
 mkt=['Por cierto, con el código INVIERNO10 tiene un 10 % en toda la tienda esta semana.', 'Le recomendamos también nuestro nuevo cinturón a juego.'],
 off=['Si es demasiado tonto para leer las instrucciones, no es culpa nuestra.', 'Deje de dar la lata con quejas absurdas, pesado.'],
 opt='Si no desea recibir más mensajes nuestros, responda BAJA.', unsub='Darse de baja',
 ship='Su pedido {o} ha sido enviado hoy.', thanks='¡Muchas gracias por su pedido {o}! Estamos aquí para lo que necesite.', oos='Lamentablemente el artículo del pedido {o} está agotado.',
 sched='Su pedido {o} es voluminoso. ¿Qué día de la semana le viene bien la entrega?', custom='Confirme el grabado «{eng}» para el pedido {o}, por favor.', invp='Adjuntamos la factura de su pedido {o}.',
 custom_noid='Confirme el grabado «{eng}» antes de que empecemos, por favor.',
 follow='¡Síganos en Instagram {ig} para ver novedades!', wa='Más rápido por WhatsApp: {ph}', call='Llámeme al {ph} y vemos cómo puede cambiar su valoración.',
 subj=dict(reply='Su mensaje sobre el pedido {o}', req='Valoración del pedido {o}', sched='Fecha de entrega pedido {o}', custom='Grabado pedido {o}', inv='Factura pedido {o}', ship='Pedido {o} enviado', thanks='Gracias por el pedido {o}', oos='Pedido {o}', noid='Consulta sobre el grabado'),
 eng='Para papá, 2026')
L['it'] = dict(tld='it', re='R:', hi='Buongiorno {n},', bye='Cordiali saluti,', msg='Messaggio:', endm='Fine messaggio', orderw='Numero ordine', inq='Richiesta dal cliente Amazon {n} (Ordine: {o})', sent='Inviato da iPhone', wrote='Il giorno 3 dic 2026, alle ore 14:02, Cliente Amazon <{r}> ha scritto:',
 buyer=dict(track='Dov’è il mio pacco? Doveva arrivare ieri.', ret='È arrivato graffiato, come faccio il reso?', rude='Una vergogna. Tre settimane di attesa, voglio una risposta oggi.', inv='Potete mandarmi la fattura con IVA?', rev='Come lascio una recensione? Non trovo il pulsante.', prod='Va bene anche per il modello precedente?'),
 ok=dict(track='Il pacco è con BRT, numero di tracciamento {trk}. Dovrebbe arrivare giovedì 10 dicembre.', ret='Mi dispiace. Lo rispedisca a {addr} indicando il reso {rma}; la sostituzione parte appena arriva.', rude='Capisco il disagio. Ho controllato l’ordine {o}: il pacco era fermo al deposito, le ho rimborsato oggi i 4,99 € di spedizione.', inv='In allegato la fattura {inv} in PDF.', rev='Su Amazon vada su «I miei ordini», scelga l’ordine e poi «Scrivi una recensione»: {amzrev}', prod='Sì, va bene per tutti i modelli dal 2022 (ASIN {a}).'),
 fbok='Per sua informazione, il feedback si può modificare in qualsiasi momento dalla pagina dell’ordine. Decide lei.',
 req='Il suo ordine {o} è stato consegnato da poco. Se ha un momento, apprezzeremmo il suo feedback su questo ordine.',
 req2=['Le ricordiamo ancora l’ordine {o}: potrebbe dedicare un minuto a recensire il prodotto?', 'Non ha ancora recensito l’ordine {o}, due righe ci aiuterebbero molto.'],
 inc=['Per ogni recensione le regaliamo un buono da 10 €.', 'Con una recensione a 5 stelle avrà il 20 % di sconto sul prossimo acquisto.'],
 incrm=['Se rimuove la recensione negativa le rimborsiamo l’intero importo.', 'Appena cancellato il feedback negativo le spediamo una custodia in omaggio.'],
 man=['Se è soddisfatto ci lasci 5 stelle; altrimenti ci scriva prima di recensire.', 'Nella recensione potrebbe citare la morbidezza della pelle.'],
 rem=['Ora che è tutto risolto, potrebbe aggiornare il suo feedback?', 'La preghiamo di eliminare la recensione negativa, ci danneggia molto.'],
 mkt=['A proposito, con il codice NATALE15 ha il 15 % su tutto il negozio fino a domenica.', 'Le consigliamo anche la nostra nuova cintura abbinata.'],
 off=['Se è troppo stupido per leggere le istruzioni non è colpa nostra.', 'La smetta di scocciare con queste lamentele da cretino.'],
 opt='Se non desidera ricevere altri messaggi, risponda STOP.', unsub='Annulla iscrizione',
 ship='Il suo ordine {o} è stato spedito oggi.', thanks='Grazie mille per il suo ordine {o}! Siamo sempre a disposizione.', oos='Purtroppo l’articolo dell’ordine {o} è esaurito.',
 sched='Il suo ordine {o} è ingombrante. Quale giorno preferisce per la consegna?', custom='Ci confermi l’incisione «{eng}» per l’ordine {o}.', invp='In allegato la fattura del suo ordine {o}.',
 custom_noid='Ci confermi l’incisione «{eng}» prima che iniziamo.',
 follow='Seguiteci su Instagram {ig} per le novità!', wa='Più veloce su WhatsApp: {ph}', call='Mi chiami al {ph} così vediamo insieme di modificare il suo feedback.',
 subj=dict(reply='Il suo messaggio sull’ordine {o}', req='Feedback ordine {o}', sched='Data di consegna ordine {o}', custom='Incisione ordine {o}', inv='Fattura ordine {o}', ship='Ordine {o} spedito', thanks='Grazie per l’ordine {o}', oos='Ordine {o}', noid='Domanda sull’incisione'),
 eng='Per papà, 2026')
L['nl'] = dict(tld='nl', re='Re:', hi='Beste {n},', bye='Met vriendelijke groet,', msg='Bericht:', endm='Einde bericht', orderw='Bestelnummer', inq='Vraag van Amazon-klant {n} (Bestelling: {o})', sent='Verstuurd vanaf mijn iPhone', wrote='Op 3 dec 2026 om 14:02 heeft Amazon-klant <{r}> het volgende geschreven:',
 buyer=dict(track='Waar blijft mijn pakket? Het zou gisteren komen.', ret='Het is met een kras aangekomen, hoe stuur ik het terug?', rude='Schandalig. Drie weken wachten, ik wil vandaag antwoord.', inv='Kunt u een factuur met btw sturen?', rev='Hoe schrijf ik een review? Ik vind de knop niet.', prod='Past dit ook op het vorige model?'),
 ok=dict(track='Uw pakket is bij PostNL, trackingnummer {trk}. Het komt naar verwachting donderdag 10 december.', ret='Excuses. Stuur het naar {addr} met retournummer {rma}; de vervanging gaat direct na ontvangst op weg.', rude='Ik begrijp uw ergernis. Ik heb bestelling {o} nagekeken: het pakket lag vast in het depot, de verzendkosten van € 4,99 heb ik vandaag terugbetaald.', inv='In de bijlage vindt u factuur {inv} als pdf.', rev='Ga op Amazon naar "Mijn bestellingen", kies de bestelling en klik op "Schrijf een productbeoordeling": {amzrev}', prod='Ja, het past op alle modellen vanaf 2022 (ASIN {a}).'),
 fbok='Ter info: feedback kunt u op Amazon altijd aanpassen via de bestelpagina. Dat is helemaal aan u.',
 req='Uw bestelling {o} is onlangs bezorgd. Als u even tijd heeft, stellen we uw feedback over deze bestelling op prijs.',
 req2=['Nog een herinnering voor bestelling {o}: wilt u het product even beoordelen?', 'U heeft bestelling {o} nog niet beoordeeld, een korte review zou ons enorm helpen.'],
 inc=['Voor een review sturen we u een cadeaubon van € 10.', 'Geef ons 5 sterren en u krijgt 15 % korting op uw volgende bestelling.'],
 incrm=['Als u de negatieve review verwijdert, betalen we het volledige bedrag terug.', 'Zodra de slechte beoordeling weg is, sturen we u gratis een onderhoudsset.'],
 man=['Bent u tevreden, geef ons dan 5 sterren; zo niet, neem dan eerst contact met ons op in plaats van een review te schrijven.', 'Zet in uw review gerust hoe stevig de schaar is.'],
 rem=['Nu alles is opgelost, wilt u uw beoordeling dan aanpassen?', 'Wilt u de negatieve review alstublieft verwijderen? Het schaadt ons echt.'],
 mkt=['Trouwens: met code WINTER10 krijgt u deze week 10 % korting op het hele assortiment.', 'Bekijk ook eens onze nieuwe snoeizaag, die past perfect bij deze schaar.'],
 off=['Als u te dom bent om een handleiding te lezen, is dat uw probleem.', 'Hou op met dat gezeur, sukkel.'],
 opt='Wilt u geen berichten meer van ons ontvangen, antwoord dan met STOP.', unsub='Afmelden',
 ship='Uw bestelling {o} is vandaag verzonden.', thanks='Hartelijk dank voor uw bestelling {o}! We staan altijd voor u klaar.', oos='Helaas is het artikel uit bestelling {o} uitverkocht.',
 sched='Uw bestelling {o} is groot. Welke dag schikt u voor de bezorging?', custom='Wilt u de gravure "{eng}" voor bestelling {o} bevestigen?', invp='Bijgaand de factuur van uw bestelling {o}.',
 custom_noid='Wilt u de gravure "{eng}" bevestigen voordat we beginnen?',
 follow='Volg ons op Instagram {ig} voor nieuwe producten!', wa='Sneller via WhatsApp: {ph}', call='Bel me op {ph}, dan kijken we samen hoe u uw beoordeling kunt aanpassen.',
 subj=dict(reply='Uw bericht over bestelling {o}', req='Feedback bestelling {o}', sched='Bezorgdatum bestelling {o}', custom='Gravure bestelling {o}', inv='Factuur bestelling {o}', ship='Bestelling {o} verzonden', thanks='Bedankt voor bestelling {o}', oos='Bestelling {o}', noid='Vraag over gravure'),
 eng='Voor opa, 2026')
L['pl'] = dict(tld='pl', re='Odp:', hi='Dzień dobry {n},', bye='Pozdrawiam,', msg='Wiadomość:', endm='Koniec wiadomości', orderw='Numer zamówienia', inq='Zapytanie od klienta Amazon {n} (Zamówienie: {o})', sent='Wysłane z iPhone’a', wrote='Dnia 3 gru 2026 o godz. 14:02 Klient Amazon <{r}> napisał:',
 buyer=dict(track='Gdzie jest moja paczka? Miała być wczoraj.', ret='Przyszło porysowane, jak to zwrócić?', rude='Skandal. Trzy tygodnie czekam, chcę odpowiedzi dzisiaj.', inv='Proszę o fakturę VAT na firmę.', rev='Jak dodać opinię? Nie widzę przycisku.', prod='Czy pasuje do poprzedniego modelu?'),
 ok=dict(track='Paczka jest w InPost, numer przesyłki {trk}. Powinna dotrzeć w czwartek 10 grudnia.', ret='Przepraszam. Proszę odesłać na adres {addr} z numerem zwrotu {rma}; wymianę wyślemy od razu po odbiorze.', rude='Rozumiem zdenerwowanie. Sprawdziłem zamówienie {o}: paczka utknęła w sortowni, dziś zwróciłem koszt wysyłki 19,99 zł.', inv='W załączniku faktura {inv} w PDF.', rev='Na Amazon proszę wejść w „Twoje zamówienia”, wybrać zamówienie i kliknąć „Napisz recenzję”: {amzrev}', prod='Tak, pasuje do wszystkich modeli od 2022 (ASIN {a}).'),
 fbok='Dla informacji: opinię na Amazon można w każdej chwili edytować na stronie zamówienia. Decyzja należy do Pana.',
 req='Zamówienie {o} zostało niedawno dostarczone. Jeśli znajdzie Pan chwilę, będziemy wdzięczni za opinię o tym zamówieniu.',
 req2=['Przypominamy jeszcze raz o zamówieniu {o}: czy mógłby Pan poświęcić minutę na recenzję?', 'Nie dodał Pan jeszcze opinii do zamówienia {o}, kilka słów bardzo by nam pomogło.'],
 inc=['Za wystawienie opinii wyślemy Panu kartę podarunkową 50 zł.', 'Za 5 gwiazdek dostanie Pan 20 % rabatu na następne zakupy.'],
 incrm=['Jeśli usunie Pan negatywną opinię, zwrócimy całą kwotę.', 'Po usunięciu złej oceny wyślemy Panu gratis etui.'],
 man=['Jeśli jest Pan zadowolony, prosimy o 5 gwiazdek; jeśli nie, prosimy najpierw napisać do nas zamiast wystawiać opinię.', 'W recenzji może Pan wspomnieć, jak mocny jest magnes.'],
 rem=['Skoro wszystko jest już wyjaśnione, czy mógłby Pan zmienić swoją ocenę?', 'Bardzo prosimy o usunięcie negatywnej opinii, bardzo nam szkodzi.'],
 mkt=['Przy okazji: z kodem ZIMA10 ma Pan 10 % zniżki na cały sklep do niedzieli.', 'Polecamy też nasze nowe szkło ochronne do tego modelu.'],
 off=['Jak ktoś jest za głupi, żeby przeczytać instrukcję, to jego problem.', 'Proszę przestać zawracać głowę, co za idiota.'],
 opt='Jeśli nie chce Pan otrzymywać od nas wiadomości, proszę odpisać STOP.', unsub='Wypisz się',
 ship='Zamówienie {o} zostało dziś wysłane.', thanks='Dziękujemy za zamówienie {o}! Zawsze służymy pomocą.', oos='Niestety produkt z zamówienia {o} jest niedostępny.',
 sched='Zamówienie {o} to duża przesyłka. Który dzień tygodnia pasuje na dostawę?', custom='Prosimy potwierdzić grawer „{eng}” dla zamówienia {o}.', invp='W załączniku faktura do zamówienia {o}.',
 custom_noid='Prosimy potwierdzić grawer „{eng}” przed rozpoczęciem pracy.',
 follow='Obserwuj nas na Instagramie {ig}!', wa='Szybciej przez WhatsApp: {ph}', call='Proszę zadzwonić pod {ph}, porozmawiamy o zmianie opinii.',
 subj=dict(reply='Pana wiadomość w sprawie zamówienia {o}', req='Opinia o zamówieniu {o}', sched='Termin dostawy zamówienia {o}', custom='Grawer zamówienie {o}', inv='Faktura zamówienie {o}', ship='Zamówienie {o} wysłane', thanks='Dziękujemy za zamówienie {o}', oos='Zamówienie {o}', noid='Pytanie o grawer'),
 eng='Dla taty, 2026')
L['sv'] = dict(tld='se', re='SV:', hi='Hej {n},', bye='Vänliga hälsningar,', msg='Meddelande:', endm='Slut på meddelande', orderw='Ordernummer', inq='Förfrågan från Amazon-kund {n} (Beställning: {o})', sent='Skickat från min iPhone', wrote='3 dec. 2026 kl. 14:02 skrev Amazon-kund <{r}>:',
 buyer=dict(track='Var är mitt paket? Det skulle komma i går.', ret='Den kom repad, hur returnerar jag?', rude='Helt oacceptabelt. Tre veckor har jag väntat, jag vill ha svar i dag.', inv='Kan ni skicka en faktura med moms?', rev='Hur lämnar jag en recension? Jag hittar inte knappen.', prod='Passar den förra modellen?'),
 ok=dict(track='Paketet är hos PostNord, spårningsnummer {trk}. Det bör komma torsdag 10 december.', ret='Förlåt. Skicka den till {addr} och ange returnummer {rma}; ersättningen skickas direkt när den kommit in.', rude='Jag förstår att du är irriterad. Jag har kollat order {o}: paketet fastnade på terminalen, så jag har återbetalat frakten på 49 kr i dag.', inv='Bifogat finns faktura {inv} som PDF.', rev='Gå till "Dina beställningar" på Amazon, välj ordern och klicka "Skriv en produktrecension": {amzrev}', prod='Ja, den passar alla modeller från 2022 (ASIN {a}).'),
 fbok='Bara så du vet: omdömen kan alltid redigeras via ordersidan på Amazon. Det är helt upp till dig.',
 req='Din beställning {o} levererades nyligen. Om du har en minut uppskattar vi ditt omdöme om beställningen.',
 req2=['En påminnelse till om order {o}: har du tid att recensera produkten?', 'Du har inte recenserat order {o} än, några rader skulle hjälpa oss mycket.'],
 inc=['För en recension får du ett presentkort på 100 kr.', 'Ge oss fem stjärnor så får du 15 % rabatt nästa gång.'],
 incrm=['Om du tar bort det negativa omdömet betalar vi tillbaka hela beloppet.', 'När det dåliga omdömet är borttaget skickar vi en gratis slipsten.'],
 man=['Är du nöjd, ge oss gärna 5 stjärnor; annars hör av dig till oss innan du recenserar.', 'Skriv gärna i recensionen hur vass saxen är.'],
 rem=['Nu när allt är löst, kan du uppdatera ditt omdöme?', 'Snälla, ta bort den negativa recensionen, den skadar oss.'],
 mkt=['För övrigt: med koden VINTER15 får du 15 % på hela sortimentet i veckan.', 'Kolla också in vår nya grensax som passar perfekt ihop med den här.'],
 off=['Är man för dum för att läsa en manual får man skylla sig själv.', 'Sluta tjata, din idiot.'],
 opt='Vill du inte få fler meddelanden från oss, svara STOPP.', unsub='Avregistrera',
 ship='Din beställning {o} har skickats i dag.', thanks='Tack så mycket för din beställning {o}! Vi finns alltid här för dig.', oos='Tyvärr är varan i beställning {o} slut i lager.',
 sched='Beställning {o} är skrymmande. Vilken veckodag passar för leverans?', custom='Bekräfta gravyren "{eng}" för beställning {o}.', invp='Här är fakturan för beställning {o}.',
 custom_noid='Bekräfta gravyren "{eng}" innan vi börjar.',
 follow='Följ oss på Instagram {ig} för nyheter!', wa='Snabbare på WhatsApp: {ph}', call='Ring mig på {ph} så pratar vi om att ändra ditt omdöme.',
 subj=dict(reply='Ditt meddelande om order {o}', req='Omdöme för order {o}', sched='Leveransdag för order {o}', custom='Gravyr order {o}', inv='Faktura order {o}', ship='Order {o} skickad', thanks='Tack för order {o}', oos='Order {o}', noid='Fråga om gravyr'),
 eng='Till pappa, 2026')
L['pt'] = dict(tld='com.br', re='Re:', hi='Olá, {n},', bye='Atenciosamente,', msg='Mensagem:', endm='Encerrar mensagem', orderw='Número do pedido', inq='Consulta do cliente da Amazon {n} (Pedido: {o})', sent='Enviado do meu iPhone', wrote='Em 3 de dez. de 2026, às 14:02, Cliente Amazon <{r}> escreveu:',
 buyer=dict(track='Cadê meu pacote? Era para chegar ontem.', ret='Chegou riscado, como faço a devolução?', rude='Um absurdo. Três semanas esperando, quero resposta hoje.', inv='Podem enviar a nota fiscal?', rev='Como deixo uma avaliação? Não acho o botão.', prod='Serve no modelo anterior?'),
 ok=dict(track='Seu pacote está com os Correios, código de rastreamento {trk}. Deve chegar na quinta, 10 de dezembro.', ret='Sinto muito. Envie para {addr} com o número de devolução {rma}; a troca sai assim que chegar.', rude='Entendo a irritação. Verifiquei o pedido {o}: o pacote ficou retido no centro de distribuição, então reembolsei hoje o frete de R$ 19,90.', inv='Segue em anexo a nota fiscal {inv} em PDF.', rev='Na Amazon, vá em "Seus pedidos", escolha o pedido e clique em "Escrever uma avaliação": {amzrev}', prod='Sim, serve em todos os modelos desde 2022 (ASIN {a}).'),
 fbok='Só para informar: a avaliação pode ser editada a qualquer momento na página do pedido. Fica totalmente a seu critério.',
 req='Seu pedido {o} foi entregue recentemente. Se tiver um momento, agradecemos sua avaliação deste pedido.',
 req2=['Lembrando mais uma vez do pedido {o}: poderia tirar um minuto para avaliar o produto?', 'Você ainda não avaliou o pedido {o}, uma avaliação curta nos ajudaria muito.'],
 inc=['Deixando uma avaliação, você ganha um vale-presente de R$ 50.', 'Avalie com 5 estrelas e ganhe 20 % de desconto na próxima compra.'],
 incrm=['Se você apagar a avaliação negativa, devolvemos o valor total.', 'Assim que a avaliação ruim for removida, mandamos uma capinha de brinde.'],
 man=['Se gostou, deixe 5 estrelas; se não, fale com a gente antes de avaliar.', 'Na avaliação, comente como o ímã é forte.'],
 rem=['Agora que está resolvido, poderia atualizar sua avaliação?', 'Por favor, exclua a avaliação negativa, ela nos prejudica muito.'],
 mkt=['Aliás, com o cupom NATAL10 você tem 10 % em toda a loja até domingo.', 'Conheça também nossa nova película de vidro para este modelo.'],
 off=['Quem é burro demais para ler o manual não pode reclamar.', 'Pare de encher o saco com essas reclamações, seu idiota.'],
 opt='Se não quiser receber mais mensagens nossas, responda SAIR.', unsub='Cancelar inscrição',
 ship='Seu pedido {o} foi enviado hoje.', thanks='Muito obrigado pelo pedido {o}! Estamos sempre à disposição.', oos='Infelizmente o item do pedido {o} está esgotado.',
 sched='O pedido {o} é volumoso. Qual dia da semana é melhor para a entrega?', custom='Confirme a gravação "{eng}" para o pedido {o}, por favor.', invp='Segue a nota fiscal do pedido {o}.',
 custom_noid='Confirme a gravação "{eng}" antes de começarmos, por favor.',
 follow='Siga a gente no Instagram {ig} para novidades!', wa='Mais rápido pelo WhatsApp: {ph}', call='Me ligue no {ph} para conversarmos sobre alterar sua avaliação.',
 subj=dict(reply='Sua mensagem sobre o pedido {o}', req='Avaliação do pedido {o}', sched='Data de entrega pedido {o}', custom='Gravação pedido {o}', inv='Nota fiscal pedido {o}', ship='Pedido {o} enviado', thanks='Obrigado pelo pedido {o}', oos='Pedido {o}', noid='Dúvida sobre a gravação'),
 eng='Para o pai, 2026')
L['ja'] = dict(tld='co.jp', re='Re:', hi='{n}様', bye='よろしくお願いいたします。', msg='メッセージ:', endm='メッセージ終了', orderw='注文番号', inq='Amazonのお客様{n}からのお問い合わせ (注文番号: {o})', sent='iPhoneから送信', wrote='2026/12/03 14:02、Amazonのお客様 <{r}> のメール:',
 buyer=dict(track='荷物がまだ届きません。昨日の予定でした。', ret='傷がついていました。返品方法を教えてください。', rude='ひどすぎます。3週間も待っています。今日中に回答してください。', inv='インボイス（適格請求書）を送ってください。', rev='レビューの書き方が分かりません。ボタンが見つかりません。', prod='旧モデルにも使えますか？'),
 ok=dict(track='お荷物はヤマト運輸でお届け中です。追跡番号は{trk}です。12月10日（木）に到着予定です。', ret='申し訳ございません。返品番号{rma}を記載のうえ、{addr}までお送りください。到着次第、交換品を発送いたします。', rude='ご不便をおかけし申し訳ございません。注文{o}を確認したところ、配送センターで遅延しておりましたので、本日送料500円を返金いたしました。', inv='請求書{inv}をPDFで添付いたします。', rev='Amazonの「注文履歴」から該当の注文を選び、「商品レビューを書く」を押してください：{amzrev}', prod='はい、2022年以降のすべてのモデルに対応しています（ASIN {a}）。'),
 fbok='ご参考までに、評価は注文ページからいつでも編集できます。もちろんお客様のご判断にお任せします。',
 req='ご注文{o}の商品が先日お届けされました。お時間があれば、このご注文の評価をいただけますと幸いです。',
 req2=['ご注文{o}について、改めてレビューのお願いでご連絡いたしました。', 'ご注文{o}のレビューがまだのようですので、一言いただけると大変助かります。'],
 inc=['レビューを書いていただいた方にはAmazonギフト券1000円分を差し上げます。', '星5つの評価をいただければ、次回20%割引いたします。'],
 incrm=['低評価を削除していただければ、全額返金いたします。', '悪い評価を取り消していただけたら、ケースを無料でお送りします。'],
 man=['ご満足いただけましたら星5つをお願いします。ご不満な場合はレビューの前にまずご連絡ください。', 'レビューには革の柔らかさについてぜひ書いてください。'],
 rem=['問題が解決しましたので、評価を変更していただけないでしょうか。', '先日の低評価レビューを削除していただけますようお願い申し上げます。'],
 mkt=['なお、今週はクーポンコードFUYU10で全商品10%オフです。', '同じシリーズの新作キーケースもぜひご覧ください。'],
 off=['説明書も読めないほど頭が悪いなら文句を言わないでください。', 'いい加減にしろ、このバカ。'],
 opt='今後のご案内が不要な場合は「配信停止」とご返信ください。', unsub='配信停止はこちら',
 ship='ご注文{o}の商品を本日発送いたしました。', thanks='ご注文{o}ありがとうございました！いつでもお気軽にどうぞ。', oos='申し訳ございませんが、ご注文{o}の商品は在庫切れとなっております。',
 sched='ご注文{o}は大型商品です。配達のご希望曜日をお知らせください。', custom='ご注文{o}の刻印「{eng}」でよろしいかご確認ください。', invp='ご注文{o}の請求書を添付いたします。',
 custom_noid='刻印「{eng}」でよろしいか、作業前にご確認ください。',
 follow='Instagram {ig} をフォローして新作をチェック！', wa='WhatsAppならすぐ返信します：{ph}', call='評価の変更について{ph}までお電話ください。',
 subj=dict(reply='ご注文{o}について', req='ご注文{o}の評価のお願い', sched='ご注文{o}の配達日', custom='ご注文{o}の刻印', inv='ご注文{o}の請求書', ship='ご注文{o}発送のお知らせ', thanks='ご注文{o}ありがとうございます', oos='ご注文{o}', noid='刻印についてのご確認'),
 eng='父へ 2026')
LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'sv', 'pt', 'ja']
BUYERS = {'en': ['Sarah', 'James'], 'de': ['Herr Vogel', 'Frau Kaya'], 'fr': ['Madame Roux', 'Monsieur Blanc'], 'es': ['Lucía', 'Javier'], 'it': ['Sig. Conti', 'Sig.ra Greco'],
          'nl': ['Sanne', 'meneer De Vries'], 'pl': ['Panie Marku', 'Panie Tomaszu'], 'sv': ['Elin', 'Oskar'], 'pt': ['Camila', 'Rafael'], 'ja': ['山田', '佐藤']}
TRK = {'en': 'JX123456789GB', 'de': '00340434161094015902', 'fr': '6A12345678901', 'es': 'PK1234567890123', 'it': '0612345678901234', 'nl': '3SABCD1234567', 'pl': '620123456789012345678901', 'sv': '00370712345678901234', 'pt': 'NB123456789BR', 'ja': '4567-8901-2345'}
ADDR = {'en': 'Unit 4, Essex Road Trading Estate, Scunthorpe DN15 8QZ', 'de': 'Lagerstraße 12, 22761 Hamburg', 'fr': '14 rue des Tanneurs, 69002 Lyon', 'es': 'Calle del Cuero 8, 28045 Madrid', 'it': 'Via dei Pellai 3, 50123 Firenze',
        'nl': 'Tuinstraat 21, 3511 AB Utrecht', 'pl': 'ul. Ogrodowa 5, 00-876 Warszawa', 'sv': 'Verkstadsgatan 9, 411 04 Göteborg', 'pt': 'Rua das Flores 120, 01310-100 São Paulo', 'ja': '〒150-0001 東京都渋谷区神宮前1-2-3'}

# ------------------------------------------------------------------ binary attachments
def pdf(title):
    body = b'BT /F1 12 Tf 72 720 Td (' + title.encode('ascii', 'replace') + b') Tj ET'
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(body) + body + b'\nendstream', b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n'; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out); out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
    return out + b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
def zipbytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, (2026, 12, 1, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED; z.writestr(zi, d)
    return b.getvalue()
BAD_ATT = [('fotos_schaden.zip', 'application/zip', lambda: zipbytes([('IMG_0412.jpg', b'\xff\xd8\xff\xe0fake')])),
           ('preisliste_2027.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', lambda: zipbytes([('[Content_Types].xml', b'<Types/>'), ('xl/workbook.xml', b'<workbook/>')])),
           ('IMG_2231.HEIC', 'image/heic', lambda: b'\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic' + b'\x00' * 64),
           ('montage.mp4', 'video/mp4', lambda: b'\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41' + b'\x00' * 64),
           ('Rechnungsdruck.exe', 'application/x-msdownload', lambda: b'MZ\x90\x00' + b'\x00' * 56 + b'PE\x00\x00' + b'\x00' * 64)]

# ------------------------------------------------------------------ message assembly
def qp(s): return quopri.encodestring(s.encode('utf-8')).decode('ascii')
def b64(b): return '\n'.join(base64.b64encode(b)[i:i + 76].decode() for i in range(0, len(base64.b64encode(b)), 76))
def hsub(s): return s if s.isascii() else Header(s, 'utf-8').encode(maxlinelen=900)
def esc(s): return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def amazon_quote(lg, buyer, o, r, a, prod):
    B = L[lg]
    return ('------------- %s -------------\n%s\n\n# %s:\n1 / %s [ASIN: %s]\n------------- %s -------------\n\n'
            'https://www.amazon.%s/gp/communication-manager/no-response-needed.html?t=%s\n[commMgrTok:A%sQ]\n%s'
            % (B['msg'], buyer, o, prod, a, B['endm'], L[lg]['tld'], r.split('@')[0][:10], r[:9].upper(), r))

def build(m):
    """m: dict with lang, seller, hd, kind, subject, paras(list of str), quote(str or None), html_extra, att list, headers extra"""
    lg, S, hd = m['lang'], SELLERS[m['seller']], m['hd']
    B = L[lg]; n = m['n']
    agent = S['agents'][n % 2]
    sig = m.get('sig') or [agent, S['title'] + ' · ' + S['name']]
    text_lines = [B['hi'].format(n=m['buyer']), ''] + sum(([p, ''] for p in m['paras']), []) + [B['bye'], ''] + sig
    if hd == 'applemail': text_lines += ['', B['sent']]
    if hd == 'zendesk': text_lines = ['##- Please type your reply above this line -##', ''] + text_lines
    if m.get('footer'): text_lines += ['', m['footer']]
    text = '\n'.join(text_lines)
    if m.get('quote'):
        qh = B['wrote'].format(r=m['relay']) if hd in ('applemail', 'gorgias', 'reamaze', 'zendesk') else '-----Original Message-----\nFrom: Amazon <%s>\nSent: 03 December 2026 14:02\nSubject: %s' % (m['relay'], m['qsubj'])
        text += '\n\n' + qh + '\n' + '\n'.join('> ' + l if l else '>' for l in m['quote'].split('\n'))
    html = None
    if hd != 'outlook' or m.get('outlook_html'):
        body_html = ''.join('<p>%s</p>' % esc(p) for p in [B['hi'].format(n=m['buyer'])] + m['paras'] + [B['bye']]) + m.get('html_extra_body', '')
        body_html += '<p>' + '<br>'.join(esc(x) for x in sig) + '</p>'
        if m.get('footer'): body_html += '<p>%s</p>' % m['footer_html']
        if hd == 'zendesk': head, wrap = '', '<div class="zd-comment" dir="auto">%s</div>'
        elif hd == 'gorgias': head, wrap = '', '<div class="gorgias-reply">%s</div>'
        elif hd == 'reamaze': head, wrap = '', '<div class="reamaze-body">%s</div>'
        elif hd == 'applemail': head, wrap = '<meta http-equiv="content-type" content="text/html; charset=utf-8">', '<div dir="ltr">%s<div>' + esc(B['sent']) + '</div></div>'
        else: head, wrap = m.get('outlook_head', ''), '<div class="WordSection1">%s</div>'
        html = '<html><head>%s%s</head><body%s>%s' % (head, m.get('style_block', ''), m.get('body_attr', ''), wrap % body_html)
        html += m.get('html_extra', '')
        if m.get('quote'):
            html += '<blockquote type="cite">%s<br>%s</blockquote>' % (esc(B['wrote'].format(r=m['relay'])), esc(m['quote']).replace('\n', '<br>'))
        html += '</body></html>'
    from_ = '"%s" <%s>' % (S['name'], {'zendesk': 'support', 'gorgias': 'hello', 'reamaze': 'care', 'outlook': 'orders', 'applemail': 'shop'}[hd] + '@' + S['dom'])
    msgid = '<%s.%04d@%s>' % (hd, n, S['dom'])
    hdrs = ['From: ' + from_, 'To: ' + m['relay'], 'Subject: ' + hsub(m['subject']), 'Date: %s, %02d Dec 2026 %02d:%02d:00 +0000' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][n % 5], 1 + n % 28, 8 + n % 10, n % 60),
            'Message-ID: ' + msgid, 'MIME-Version: 1.0']
    if m['kind'] == 'reply':
        ref = '<0100018c%08x-amz-%04d@email.amazonses.com>' % (n * 7919, n)
        hdrs += ['In-Reply-To: ' + ref, 'References: ' + ref]
    hdrs += {'zendesk': ['X-Mailer: Zendesk Mailer'], 'gorgias': ['X-Mailer: Gorgias'], 'reamaze': ['X-Mailer: Reamaze'], 'outlook': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AdsLz' + '%04d' % n], 'applemail': ['X-Mailer: iPhone Mail (22B91)']}[hd]
    hdrs += m.get('xhdr', [])
    bnd = '==_%s_%04d_%s' % (hd, n, 'alt')
    if m['lang'] == 'ja': tp = ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: base64', '', b64(text.encode())]
    else: tp = ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(text)]
    if html:
        hp = ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(html)]
        core = ['Content-Type: multipart/alternative; boundary="%s"' % bnd, '', '--' + bnd] + tp + ['--' + bnd] + hp + ['--' + bnd + '--']
    else: core = tp
    atts = m.get('att', [])
    if atts:
        bm = '==_%s_%04d_mix' % (hd, n)
        body = ['Content-Type: multipart/mixed; boundary="%s"' % bm, '', '--' + bm] + core
        for fn, ct, data in atts:
            body += ['--' + bm, 'Content-Type: %s; name="%s"' % (ct, fn), 'Content-Disposition: attachment; filename="%s"' % fn, 'Content-Transfer-Encoding: base64', '', b64(data)]
        body += ['--' + bm + '--']
    else: body = core
    raw = '\n'.join(hdrs + body) + '\n'
    if hd == 'outlook': raw = raw.replace('\n', '\r\n')
    return raw.encode('ascii')

# ------------------------------------------------------------------ case specs
CASES = []
def case(lg, cats, kind, note, **kw):
    kw.update(lang=lg, cats=sorted(set(cats), key=CATS.index), kind=kind, note=note); CASES.append(kw)
CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive', 'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'opt_out', 'tracking_pixel', 'attachment', 'styling', 'offensive', 'important_tag', 'missing_order_id', 'unpermitted_proactive']
TOPICS = ['track', 'ret', 'rude', 'inv', 'rev', 'prod']

for li, lg in enumerate(LANGS):
    B = L[lg]
    sk = lambda i: SKEYS[(li + i) % 4]
    hdk = lambda i: HELPDESKS[(li * 3 + i) % 5]
    # ---- compliant replies (hard negatives): 6 topics x 2 + variants
    for i in range(17):
        t = TOPICS[i % 6]; extra = []
        if i in (6, 13, 16): extra = ['fbok']
        case(lg, [], 'reply', {'track': 'tracking number and order id in a reply', 'ret': 'return address with postcode and RMA', 'rude': 'firm polite reply to an angry buyer, unconditional shipping refund',
             'inv': 'PDF invoice attached on request', 'rev': 'explains Amazon review page on request with an allowed Amazon link', 'prod': 'product question with ASIN'}[t] + (' + neutral note that feedback can be edited' if extra else ''),
             topic=t, seller=sk(i), hd=hdk(i), extra=extra, viol={})
    # ---- compliant proactive
    for i, t in enumerate(['req', 'sched', 'custom', 'invp']):
        case(lg, [], 'proactive', {'req': 'one neutral feedback request with order id', 'sched': '[Important] on bulky-item delivery scheduling (allowed)', 'custom': 'customisation verification with order id', 'invp': 'proactive invoice PDF with order id'}[t], topic=t, seller=sk(i), hd=hdk(i + 1), viol={})
    # ---- repeat pairs: first request compliant, second repeat
    for j in range(2):
        case(lg, [], 'proactive', 'first neutral review request for an order that is asked again later', topic='req', seller=sk(j), hd=hdk(j + 2), viol={}, pair=(lg, j, 1))
        case(lg, ['repeat_request'], 'proactive' if j == 0 else 'reply', 'second review request for the same order (repeat)', topic='req2' if j == 0 else 'track', seller=sk(j), hd=hdk(j + 3), viol={'req2': j}, pair=(lg, j, 2))
    # ---- wording violations edited into good replies
    case(lg, ['review_incentive'], 'proactive', 'gift card / discount for a review appended to a review request', topic='req', seller=sk(0), hd=hdk(0), viol={'inc': 0})
    case(lg, ['review_incentive', 'feedback_removal'], 'reply', 'refund offered in exchange for removing the negative review', topic='rude', seller=sk(1), hd=hdk(1), viol={'incrm': 0})
    case(lg, ['review_incentive', 'feedback_removal'], 'reply', 'free item once the negative feedback is removed', topic='ret', seller=sk(2), hd=hdk(2), viol={'incrm': 1})
    case(lg, ['review_incentive', 'review_manipulation'], 'proactive', '5-star review for a discount', topic='req', seller=sk(3), hd=hdk(3), viol={'inc': 1})
    case(lg, ['review_manipulation', 'important_tag'], 'proactive', 'review gating in a request with a misused [Important] tag', topic='req', seller=sk(0), hd=hdk(4), viol={'man': 0}, imp=True)
    case(lg, ['review_manipulation'], 'reply', 'tells buyer what to write in the review', topic='prod', seller=sk(1), hd=hdk(0), viol={'man': 1})
    case(lg, ['feedback_removal'], 'reply', 'asks buyer to update feedback after resolution', topic='track', seller=sk(2), hd=hdk(1), viol={'rem': 0})
    case(lg, ['feedback_removal'], 'reply', 'asks buyer to delete negative review', topic='rude', seller=sk(3), hd=hdk(2), viol={'rem': 1})
    case(lg, ['feedback_removal', 'contact_phone'], 'reply', 'asks buyer to phone about changing their feedback', topic='ret', seller=sk(0), hd=hdk(3), viol={'call': 0})
    case(lg, ['marketing', 'tracking_pixel'], 'reply', 'sale code in a reply; Gorgias open pixel with recipient id', topic='prod', seller=sk(1), hd='gorgias', viol={'mkt': 0, 'pixel': 0})
    case(lg, ['marketing'], 'reply', 'cross-selling another product', topic='track', seller=sk(2), hd=hdk(4), viol={'mkt': 1})
    case(lg, ['contact_other', 'marketing'], 'reply', 'follow us on Instagram @handle', topic='inv', seller=sk(3), hd=hdk(0), viol={'follow': 0})
    case(lg, ['offensive'], 'reply', 'agent insults the buyer in a reply', topic='rude', seller=sk(0), hd=hdk(1), viol={'off': 0})
    case(lg, ['offensive'], 'reply', 'agent loses temper (insult) in otherwise correct reply', topic='prod', seller=sk(1), hd=hdk(2), viol={'off': 1})
    case(lg, ['opt_out'], 'proactive', 'opt-out sentence added to a review request', topic='req', seller=sk(2), hd=hdk(3), viol={'opt': 0})
    case(lg, ['opt_out', 'external_link'], 'reply', 'unsubscribe link in the footer', topic='track', seller=sk(3), hd='reamaze', viol={'unsub': 0})
    # ---- non-wording violations
    case(lg, ['external_link', 'contact_email', 'contact_phone'], 'reply', 'Outlook signature with website, e-mail and phone', topic='inv', seller=sk(0), hd='outlook', viol={'fullsig': 0})
    case(lg, ['contact_email', 'styling'], 'reply', 'Outlook HTML with Calibri default style block; e-mail address in text', topic='ret', seller=sk(1), hd='outlook', viol={'mail': 0, 'calibri': 0})
    case(lg, ['contact_other', 'contact_phone'], 'reply', 'WhatsApp us on a number', topic='track', seller=sk(2), hd='applemail', viol={'wa': 0})
    case(lg, ['tracking_pixel'], 'reply', 'Re:amaze open-tracking 1x1 image with recipient id', topic='track', seller=sk(3), hd='reamaze', viol={'pixel': 1})
    case(lg, ['attachment'], 'reply', 'disallowed attachment type', topic='ret', seller=sk(0), hd=hdk(0), viol={'badatt': li % 5})
    case(lg, ['styling'], 'reply', 'emoji and coloured text in the HTML part', topic='prod', seller=sk(1), hd='zendesk', viol={'color': 0})
    case(lg, ['external_link'], 'reply', 'Amazon product detail page link (/dp/)', topic='prod', seller=sk(2), hd=hdk(2), viol={'dp': 0})
    case(lg, ['missing_order_id', 'attachment'], 'proactive', 'proactive price list as XLSX without order id', topic='noid', seller=sk(3), hd=hdk(3), viol={'badatt_x': 1})
    case(lg, ['missing_order_id'], 'proactive', 'customisation question without order id', topic='noid', seller=sk(0), hd=hdk(4), viol={})
    case(lg, ['unpermitted_proactive'], 'proactive', 'shipping confirmation' if li % 2 else 'out-of-stock notice', topic='ship' if li % 2 else 'oos', seller=sk(1), hd=hdk(0), viol={})
    case(lg, ['unpermitted_proactive', 'important_tag'], 'proactive', 'thank-you/here-to-help only message with [Important]', topic='thanks', seller=sk(2), hd=hdk(1), viol={}, imp=True)
    case(lg, ['styling'], 'reply', 'centred body text (Gorgias template)', topic='inv', seller=sk(3), hd='gorgias', viol={'center': 0})

# ------------------------------------------------------------------ render
PIX_HOSTS = ['https://open.gorgias-track.example/o/{rid}.gif', 'https://px.reamaze-mail.example/t/{rid}/open.png']
SNIPS_ALL = set()
def render(c, n, oid_map):
    lg = c['lang']; B = L[lg]; S = SELLERS[c['seller']]
    key = c.get('pair')
    if key:
        o = oid_map.setdefault(key[:2], oid())
        r = oid_map.setdefault(key[:2] + ('r',), relay(B['tld']))
    else:
        o = oid(); r = relay(B['tld'])
    a = asin(); buyer = BUYERS[lg][n % 2]
    m = dict(lang=lg, seller=c['seller'], hd=c['hd'], kind=c['kind'], n=n, buyer=buyer, relay=r)
    t = c['topic']; checks = []; v = c['viol']
    fmt = dict(o=o, a=a, trk=TRK[lg], addr=ADDR[lg], rma='RMA-%05d' % (n * 37 % 99999), inv='INV-2026-%05d' % n, amzrev='https://www.amazon.%s/review/create-review?asin=%s' % (B['tld'], a), eng=B['eng'], ig=S['ig'], ph=S['phone'])
    paras = []; att = []
    if c['kind'] == 'reply':
        bt = t if t in B['buyer'] else 'track'
        m['quote'] = amazon_quote(lg, B['buyer'][bt], o, r, a, S['prod'])
        m['qsubj'] = B['inq'].format(n=buyer, o=o)
        paras.append(B['ok'][bt].format(**fmt))
        m['subject'] = B['re'] + ' ' + B['inq'].format(n=buyer, o=o)
        if bt == 'inv': att.append(('%s.pdf' % fmt['inv'], 'application/pdf', pdf(fmt['inv'])))
        if t == 'prod' and c['cats'] == [] and n % 3 == 0: att.append(('manual_%s.pdf' % S['dom'].split('.')[0], 'application/pdf', pdf('Manual')))
    else:
        key2 = {'req': 'req', 'req2': 'req', 'sched': 'sched', 'custom': 'custom', 'invp': 'inv', 'noid': 'noid', 'ship': 'ship', 'thanks': 'thanks', 'oos': 'oos'}[t]
        m['subject'] = B['subj'][key2].format(o=o)
        if t == 'req': paras.append(B['req'].format(**fmt))
        elif t == 'req2': paras.append(B['req2'][v['req2'] if isinstance(v.get('req2'), int) else 0].format(**fmt))
        elif t == 'noid': paras.append(B['custom_noid'].format(**fmt))
        elif t == 'invp': paras.append(B['invp'].format(**fmt)); att.append(('%s.pdf' % fmt['inv'], 'application/pdf', pdf(fmt['inv'])))
        else: paras.append(B[t].format(**fmt))
        if t == 'sched': m['subject'] = '[Important] ' + m['subject']
        if t in ('ship', 'thanks', 'oos'): checks.append(('unpermitted_proactive', B[t].format(**fmt)))
    if c.get('imp'): m['subject'] = '[Important] ' + m['subject']; checks.append(('important_tag', '[Important]'))
    if 'req2' in v and c['kind'] == 'reply':
        s = B['req2'][1].format(**fmt); paras.append(s); checks.append(('repeat_request', s))
    elif 'req2' in v: checks.append(('repeat_request', paras[0]))
    if 'fbok' in c.get('extra', []): paras.append(B['fbok'])
    for k in ('inc', 'incrm', 'man', 'rem', 'mkt', 'off'):
        if k in v:
            s = B[k][v[k]]; paras.append(s); checks.append((k, s))
    if 'call' in v: s = B['call'].format(**fmt); paras.append(s); checks += [('call', S['phone']), ('call', s)]
    if 'follow' in v: s = B['follow'].format(**fmt); paras.append(s); checks += [('follow', S['ig'])]
    if 'opt' in v: paras.append(B['opt']); checks.append(('opt', B['opt']))
    if 'wa' in v: s = B['wa'].format(**fmt); paras.append(s); checks += [('wa', 'WhatsApp'), ('wa', S['phone'])]
    if 'mail' in v: s = {'en': 'You can also write to me directly at %s.', 'de': 'Sie erreichen mich auch direkt unter %s.', 'fr': 'Vous pouvez aussi m’écrire à %s.', 'es': 'También puede escribirme a %s.', 'it': 'Può scrivermi anche a %s.', 'nl': 'U kunt me ook mailen op %s.', 'pl': 'Można też pisać na %s.', 'sv': 'Du kan också mejla mig på %s.', 'pt': 'Também pode escrever para %s.', 'ja': '%s まで直接ご連絡いただいても構いません。'}[lg] % S['mail']
    if 'mail' in v: paras.append(s); checks.append(('mail', S['mail']))
    if 'dp' in v:
        u = 'https://www.amazon.%s/dp/%s' % (B['tld'], a); paras.append(u); checks.append(('dp', u))
    m['paras'] = paras
    if 'fullsig' in v:
        m['sig'] = [S['agents'][n % 2], S['title'] + ' | ' + S['name'], 'Tel: ' + S['phone'], 'E-Mail: ' + S['mail'], 'Web: ' + S['www']]
        checks += [('fullsig', S['phone']), ('fullsig', S['mail']), ('fullsig', S['www'])]
    if t == 'inv' and not v and c['kind'] == 'reply' and n % 2: m['sig'] = [S['agents'][n % 2], S['title'], S['name'] + ' – registered in England and Wales' if lg == 'en' else S['name'], 'This e-mail and any attachments are confidential.']
    if 'calibri' in v:
        m['outlook_html'] = True
        m['style_block'] = '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} a:link {color:#0563C1;} --></style>'
        checks.append(('calibri', 'font-family:"Calibri"'))
    if 'color' in v:
        m['html_extra_body'] = '<p><span style="color:#d0021b">%s</span> \U0001F381</p>' % esc(B['bye'] if lg != 'en' else 'We are on it!')
        checks += [('color', 'color:#d0021b'), ('color', '\U0001F381')]
    if 'center' in v:
        m['body_attr'] = ' style="text-align:center"'; checks.append(('center', 'text-align:center'))
    if 'pixel' in v:
        u = PIX_HOSTS[v['pixel']].format(rid=r.split('@')[0]); m['html_extra'] = '<img src="%s" width="1" height="1" alt="">' % u; checks.append(('pixel', u))
        if m['hd'] == 'outlook': m['hd'] = 'gorgias'
    if 'unsub' in v:
        u = 'https://mail.%s/unsubscribe?r=%s' % (S['dom'], r.split('@')[0])
        m['footer'] = '%s: %s' % (B['unsub'], u); m['footer_html'] = '<a href="%s">%s</a>' % (u, esc(B['unsub'])); checks.append(('unsub', u))
        if n % 2: m['xhdr'] = ['List-Unsubscribe: <%s>' % u]
    if 'badatt' in v or 'badatt_x' in v:
        fn, ct, f = BAD_ATT[v.get('badatt', v.get('badatt_x'))]; att.append((fn, ct, f())); checks.append(('att', fn)); checks.append(('att', ct))
    m['att'] = att
    return m, checks, o

def decoded(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = [str(msg['subject'])]
    names = []
    for p in msg.walk():
        if p.is_multipart(): continue
        if p.get_filename(): names.append(p.get_filename() + ' ' + p.get_content_type()); continue
        parts.append(p.get_content())
    return '\n'.join(parts + names), msg

def main():
    out = HERE; shutil.rmtree(os.path.join(out, 'msgs'), ignore_errors=True); os.makedirs(os.path.join(out, 'msgs'))
    order = list(range(len(CASES))); R.shuffle(order)
    # ensure first request of every pair comes before its repeat
    pos = {ci: p for p, ci in enumerate(order)}
    for ci, c in enumerate(CASES):
        if c.get('pair') and c['pair'][2] == 2:
            first = next(k for k, d in enumerate(CASES) if d.get('pair') == c['pair'][:2] + (1,))
            if pos[first] > pos[ci]:
                order[pos[first]], order[pos[ci]] = ci, first; pos[ci], pos[first] = pos[first], pos[ci]
    oid_map = {}; labels = []; rendered = []; fails = []
    allsn = set()
    for n, ci in enumerate(order, 1):
        c = CASES[ci]; m, checks, o = render(c, n, oid_map)
        slug = re.sub(r'[^a-z0-9]+', '-', (c['cats'][0] if c['cats'] else 'ok-' + c['topic']).lower().replace('_', '-'))
        fn = 'msgs/%04d-%s-%s-%s.eml' % (n, c['lang'], 're' if c['kind'] == 'reply' else 'pro', slug)
        raw = build(m)
        rendered.append((fn, raw, c, checks, o))
        for k, s in checks: allsn.add(s)
    bad_compliant_snips = (allsn - {'[Important]'}) - set(s for _, _, c, ch, _ in rendered if not c['cats'] for _, s in ch)
    for fn, raw, c, checks, o in rendered:
        txt, msg = decoded(raw)
        if msg.defects or any(p.defects for p in msg.walk()): fails.append((fn, 'MIME defect'))
        for k, s in checks:
            if s not in txt: fails.append((fn, 'missing snippet for %s: %r' % (k, s)))
        isreply = bool(msg['In-Reply-To']) or re.match(r'^(Re|RE|AW|SV|R|Odp) ?:', str(msg['subject']))
        if (c['kind'] == 'reply') != bool(isreply): fails.append((fn, 'kind mismatch'))
        has_oid = bool(ORDER_RE.search(txt))
        if c['kind'] == 'proactive' and (('missing_order_id' in c['cats']) == has_oid): fails.append((fn, 'order id check'))
        if not c['cats']:
            for s in bad_compliant_snips:
                if s in txt: fails.append((fn, 'compliant message contains violation snippet %r' % s))
            for u in re.findall(r'(?:https?://|www\.)[^\s<>"]+', txt):
                if not re.match(r'https://www\.amazon\.[a-z.]+/(gp/communication-manager|review/|gp/your-account|returns)', u): fails.append((fn, 'link in compliant: ' + u))
            for e in re.findall(r'[\w.+-]+@[\w.-]+', txt):
                if not re.search(r'@(m\.)?marketplace\.amazon\.', e) and not e.endswith('@email.amazonses.com'): fails.append((fn, 'address in compliant: ' + e))
            if '[Important]' in str(msg['subject']) and c['topic'] != 'sched': fails.append((fn, 'important'))
            if 'style=' in txt or 'font-family' in txt or '<img' in txt: fails.append((fn, 'style/img in compliant'))
            for p in msg.walk():
                if p.get_filename() and p.get_content_type() != 'application/pdf': fails.append((fn, 'non-pdf attachment in compliant'))
                if p.get_filename() and not p.get_content().startswith(b'%PDF'): fails.append((fn, 'pdf bytes'))
        if 'attachment' in c['cats']:
            if not any(p.get_filename() and p.get_content_type() not in ('application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'text/plain') for p in msg.walk()): fails.append((fn, 'attachment type'))
        if 'styling' in c['cats'] and not re.search(r'font-family|color:|text-align:center|[\U0001F300-\U0001FAFF]', txt): fails.append((fn, 'styling'))
        with open(os.path.join(out, fn), 'wb') as f: f.write(raw)
        labels.append(dict(file=fn, categories=c['cats'], lang=c['lang'], kind=c['kind'], note=c['note']))
    # repeat ledger check: every review request order id unique except pairs
    with open(os.path.join(out, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + '\n')
    for fn, why in fails: print('FAIL', fn, why, file=sys.stderr)
    if fails: sys.exit(1)
    from collections import Counter
    cc = Counter(x for l in labels for x in l['categories']); lc = Counter(l['lang'] for l in labels)
    comp = sum(1 for l in labels if not l['categories'])
    print('messages', len(labels), 'compliant', comp, '%.1f%%' % (100 * comp / len(labels)))
    print('categories', dict(cc)); print('languages', dict(lc))
    if comp / len(labels) < 0.42 or comp / len(labels) > 0.48 or min(lc.values()) < 25 or any(cc[k] < 20 for k in CATS) or len(labels) < 360:
        print('coverage target missed', file=sys.stderr); sys.exit(1)

if __name__ == '__main__':
    main()
