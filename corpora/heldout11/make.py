#!/usr/bin/env python3
"""heldout11 generator: a blind held-out set of seller e-mails to Amazon buyer relay addresses.

Standard library only, fixed seeds, byte-identical output.  Run:  python3 make.py
Writes msgs/*.eml, labels.jsonl and README.md next to this script and self-checks them
(exit status 1 when a check fails).
"""
import base64, binascii, datetime, email, email.policy, email.utils, hashlib, html, io, json
import os, quopri, random, re, struct, sys, zipfile, zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

CATS = ['external_link', 'contact_email', 'contact_phone', 'contact_other', 'review_incentive',
        'review_manipulation', 'feedback_removal', 'repeat_request', 'marketing', 'opt_out',
        'tracking_pixel', 'attachment', 'styling', 'offensive', 'important_tag',
        'missing_order_id', 'unpermitted_proactive']
PRO_ONLY = {'missing_order_id', 'unpermitted_proactive'}
LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja', 'nl', 'pl', 'sv', 'pt']

SPECS = []


def M(lang, seller, kind, topic, body, labels=(), note='', **kw):
    assert kind in ('re', 'pro'), kind
    assert seller in SELLERS, seller
    for c in labels:
        assert c in CATS, c
    d = dict(lang=lang, seller=seller, kind=kind, topic=topic, body=body,
             labels=[c for c in CATS if c in labels], note=note, uid=len(SPECS))
    d.update(kw)
    SPECS.append(d)
    return d


# ----------------------------------------------------------------------------------------
# sellers, people, marketplaces
# ----------------------------------------------------------------------------------------

SELLERS = {
    'lumetra': dict(trade='consumer electronics', addr='support@lumetra-tech.eu', desk='Zendesk',
                    quotes=['zendesk', 'zendesk', 'gmail']),
    'bellandi': dict(trade='fashion and shoes', addr='care@bellandi-calzature.it', desk='Gorgias',
                     quotes=['gorgias', 'gorgias', 'iphone']),
    'florae': dict(trade='cosmetics', addr='hello@florae-naturkosmetik.de', desk='Freshdesk',
                   quotes=['freshdesk', 'freshdesk', 'apple']),
    'pagina': dict(trade='books and toys', addr='service@pagina-pion.nl', desk='Zammad',
                   quotes=['zammad', 'outlook', 'outlook']),
    'nordhem': dict(trade='furniture', addr='kundeservice@nordhem-living.se', desk='eDesk',
                    quotes=['edesk', 'helpscout', 'thunderbird']),
}

SHOP = {'lumetra': 'Lumetra', 'bellandi': 'Bellandi Calzature', 'florae': 'Florae',
        'pagina': 'Pagina & Pion', 'nordhem': 'Nordhem Living'}

AGENTS = {
    'lumetra': dict(en='Tom Harley', de='Jonas Weber', fr='Claire Dubois', es='Lucía Navarro', it='Marco Ferri',
                    ja='佐藤 健', nl='Daan Visser', pl='Kasia Nowak', sv='Erik Lund', pt='Rafael Souza'),
    'bellandi': dict(en='Giulia', de='Giulia', fr='Giulia', es='Valentina', it='Giulia', ja='加藤 美咲',
                     nl='Valentina', pl='Valentina', sv='Giulia', pt='Valentina'),
    'florae': dict(en='Hannah', de='Lena', fr='Manon', es='Irene', it='Sara', ja='山田 花',
                   nl='Lieke', pl='Ola', sv='Linnea', pt='Camila'),
    'pagina': dict(en='Ruth Okafor', de='Henrike Brandt', fr='Pauline Marchand', es='Pablo Ortega',
                   it='Elena Rossi', ja='小川 誠', nl='Jeroen de Wit', pl='Marek Zieliński', sv='Anders Holm',
                   pt='Paula Ribeiro'),
    'nordhem': dict(en='Freya Nilsson', de='Mats Olsson', fr='Ingrid Berg', es='Ingrid Berg', it='Ingrid Berg',
                    ja='森 大輔', nl='Sofie Janssens', pl='Mats Olsson', sv='Karin Ek', pt='Sofie Janssens'),
}

TEAM = {
    'lumetra': dict(en='Lumetra Customer Support', de='Lumetra Kundenservice', fr='Service client Lumetra',
                    es='Atención al cliente Lumetra', it='Assistenza clienti Lumetra', ja='Lumetra カスタマーサポート',
                    nl='Lumetra Klantenservice', pl='Obsługa klienta Lumetra', sv='Lumetra Kundtjänst',
                    pt='Atendimento Lumetra'),
    'bellandi': dict(en='Bellandi Calzature – Customer Care', de='Bellandi Calzature – Kundenservice',
                     fr='Bellandi Calzature – Service clients', es='Bellandi Calzature – Atención al cliente',
                     it='Bellandi Calzature – Servizio clienti', ja='Bellandi Calzature カスタマーケア',
                     nl='Bellandi Calzature – Klantenservice', pl='Bellandi Calzature – Obsługa klienta',
                     sv='Bellandi Calzature – Kundservice', pt='Bellandi Calzature – Atendimento'),
    'florae': dict(en='Florae Care Team', de='Florae Naturkosmetik | Care-Team', fr='Équipe Florae',
                   es='Equipo Florae', it='Team Florae', ja='Florae お客様窓口', nl='Team Florae',
                   pl='Zespół Florae', sv='Florae kundteam', pt='Equipe Florae'),
    'pagina': dict(en='Pagina & Pion – books & toys', de='Pagina & Pion – Bücher & Spielwaren',
                   fr='Pagina & Pion – livres et jouets', es='Pagina & Pion – libros y juguetes',
                   it='Pagina & Pion – libri e giocattoli', ja='Pagina & Pion 書籍・玩具',
                   nl='Pagina & Pion – boeken & speelgoed', pl='Pagina & Pion – książki i zabawki',
                   sv='Pagina & Pion – böcker & leksaker', pt='Pagina & Pion – livros e brinquedos'),
    'nordhem': dict(en='Nordhem Living · Customer Care', de='Nordhem Living · Kundenservice',
                    fr='Nordhem Living · Service clients', es='Nordhem Living · Atención al cliente',
                    it='Nordhem Living · Assistenza', ja='Nordhem Living カスタマーケア',
                    nl='Nordhem Living · Klantenservice', pl='Nordhem Living · Obsługa klienta',
                    sv='Nordhem Living · Kundservice', pt='Nordhem Living · Atendimento'),
}

CLOSE = dict(
    en=['Kind regards,', 'Best wishes,', 'Many thanks,', 'Best regards,', 'All the best,'],
    de=['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße', 'Freundliche Grüße'],
    fr=['Cordialement,', 'Bien à vous,', 'Belle journée,', 'Bien cordialement,'],
    es=['Un saludo,', 'Saludos cordiales,', 'Atentamente,', 'Un cordial saludo,'],
    it=['Cordiali saluti,', 'Un saluto,', 'Distinti saluti,', 'A presto,'],
    ja=['何卒よろしくお願いいたします。', '今後ともよろしくお願い申し上げます。', 'よろしくお願いいたします。'],
    nl=['Met vriendelijke groet,', 'Groetjes,', 'Vriendelijke groeten,'],
    pl=['Pozdrawiam serdecznie,', 'Z poważaniem,', 'Pozdrawiamy,'],
    sv=['Vänliga hälsningar,', 'Med vänlig hälsning,', 'Hälsningar,'],
    pt=['Atenciosamente,', 'Abraços,', 'Um abraço,', 'Cordialmente,'],
)

GREET = dict(
    en=['Hi {n},', 'Hello {n},', 'Dear {n},', 'Good morning {n},', 'Hi {n}!'],
    de=['Hallo {n},', 'Guten Tag {n},', 'Liebe Kundin, lieber Kunde,', 'Hallo {n}!', 'Guten Morgen {n},'],
    fr=['Bonjour {n},', 'Bonjour,', 'Madame, Monsieur,', 'Bonsoir {n},'],
    es=['Hola {n}:', 'Hola, {n}:', 'Estimado/a cliente:', 'Buenos días, {n}:', 'Hola {n},'],
    it=['Gentile {n},', 'Buongiorno {n},', 'Ciao {n},', 'Gentile cliente,'],
    ja=['{n}様', '{n} 様'],
    nl=['Beste {n},', 'Hallo {n},', 'Goedemiddag {n},', 'Beste klant,'],
    pl=['Dzień dobry,', 'Dzień dobry {n},', 'Witam serdecznie,', 'Szanowni Państwo,'],
    sv=['Hej {n},', 'Hej!', 'Hej {n}!', 'Hej och tack för ditt meddelande,'],
    pt=['Olá, {n}!', 'Olá {n},', 'Prezado(a) {n},', 'Oi, {n}, tudo bem?'],
)

NAMES = dict(
    en=['Sarah', 'James', 'Priya', 'Liam', 'Emma', 'Connor', 'Olivia', 'Ben', 'Aisha', 'Gareth', 'Megan', 'Tyler'],
    de=['Anna', 'Stefan', 'Birgit', 'Lukas', 'Petra', 'Jürgen', 'Miriam', 'Tobias', 'Sabine', 'Florian'],
    fr=['Camille', 'Julien', 'Élodie', 'Mathieu', 'Sandrine', 'Hugo', 'Chloé', 'Thierry'],
    es=['Lucía', 'Javier', 'Marta', 'Álvaro', 'Carmen', 'Diego', 'Nerea', 'Sergio'],
    it=['Giulia', 'Luca', 'Francesca', 'Matteo', 'Chiara', 'Davide', 'Alessia', 'Simone'],
    ja=['佐々木', '高橋', '田中', '山本', '中村', '小林', '伊藤', '渡辺'],
    nl=['Sanne', 'Joris', 'Femke', 'Thijs', 'Lotte', 'Bram', 'Ilse', 'Ruben'],
    pl=['Agnieszka', 'Tomasz', 'Magda', 'Piotr', 'Joanna', 'Michał', 'Ewa', 'Krzysztof'],
    sv=['Elin', 'Johan', 'Maja', 'Oskar', 'Sara', 'Nils', 'Ebba', 'Viktor'],
    pt=['Ana', 'João', 'Beatriz', 'Lucas', 'Mariana', 'Thiago', 'Larissa', 'Rodrigo'],
)

MARKET = dict(en=['co.uk', 'com', 'co.uk'], de=['de'], fr=['fr', 'fr', 'com.be'], es=['es', 'es', 'com.mx'],
              it=['it'], ja=['co.jp'], nl=['nl', 'nl', 'com.be'], pl=['pl'], sv=['se'], pt=['com.br'])
OIDPFX = {'com': ['111', '112', '113', '114'], 'co.uk': ['202', '203', '204', '205', '206'],
          'de': ['302', '303', '304', '305', '306'], 'fr': ['402', '403', '404', '405', '171'],
          'com.be': ['402', '403', '171'], 'es': ['402', '403', '404', '406', '407', '408'],
          'com.mx': ['701', '702'], 'it': ['402', '403', '404', '405', '407'], 'co.jp': ['249', '250', '503'],
          'nl': ['402', '404', '406'], 'pl': ['406', '407', '408'], 'se': ['402', '403', '408'],
          'com.br': ['701', '702', '703']}

PRODUCTS = {
    'lumetra': dict(en=['Lumetra SoundBar S7 Pro 2.1 Channel', 'Lumetra USB-C Hub 8-in-1 LX-HUB8',
                        'Lumetra LW-5 Smartwatch with Call Alerts', 'Lumetra Dashcam D2 Night Vision'],
                    de=['Lumetra Soundbar S7 Pro 2.1 Kanal', 'Lumetra USB-C Hub 8-in-1 LX-HUB8',
                        'Lumetra LW-5 Smartwatch mit Anrufbenachrichtigung', 'Lumetra Dashcam D2 Nachtsicht'],
                    fr=['Lumetra Barre de son S7 Pro 2.1', 'Lumetra Hub USB-C 8 en 1 LX-HUB8',
                        'Lumetra Montre connectée LW-5', 'Lumetra Dashcam D2 vision nocturne'],
                    es=['Lumetra Barra de sonido S7 Pro 2.1', 'Lumetra Hub USB-C 8 en 1 LX-HUB8',
                        'Lumetra Smartwatch LW-5 con avisos de llamadas', 'Lumetra Cámara de coche D2'],
                    it=['Lumetra Soundbar S7 Pro 2.1 canali', 'Lumetra Hub USB-C 8 in 1 LX-HUB8',
                        'Lumetra Smartwatch LW-5 con notifiche chiamate', 'Lumetra Dashcam D2 visione notturna'],
                    ja=['Lumetra サウンドバー S7 Pro 2.1ch', 'Lumetra USB-C ハブ 8in1 LX-HUB8',
                        'Lumetra スマートウォッチ LW-5 着信通知', 'Lumetra ドライブレコーダー D2'],
                    nl=['Lumetra Soundbar S7 Pro 2.1', 'Lumetra USB-C Hub 8-in-1 LX-HUB8',
                        'Lumetra LW-5 Smartwatch met oproepmeldingen', 'Lumetra Dashcam D2 nachtzicht'],
                    pl=['Lumetra Soundbar S7 Pro 2.1', 'Lumetra Hub USB-C 8w1 LX-HUB8',
                        'Lumetra Smartwatch LW-5 z powiadomieniami', 'Lumetra Wideorejestrator D2'],
                    sv=['Lumetra Soundbar S7 Pro 2.1', 'Lumetra USB-C-hubb 8-i-1 LX-HUB8',
                        'Lumetra LW-5 smartklocka med samtalsaviseringar', 'Lumetra Bilkamera D2'],
                    pt=['Lumetra Soundbar S7 Pro 2.1 canais', 'Lumetra Hub USB-C 8 em 1 LX-HUB8',
                        'Lumetra Smartwatch LW-5 com alertas de chamadas', 'Lumetra Câmera veicular D2']),
    'bellandi': dict(en=['Bellandi Women\'s Leather Ankle Boots Chelsea', 'Bellandi Men\'s Suede Loafers Classic',
                         'Bellandi Trench Coat Beige'],
                     de=['Bellandi Damen Chelsea Boots aus Leder', 'Bellandi Herren Wildleder Loafer Classic',
                         'Bellandi Trenchcoat Beige'],
                     fr=['Bellandi Bottines Chelsea en cuir femme', 'Bellandi Mocassins daim homme Classic',
                         'Bellandi Trench beige'],
                     es=['Bellandi Botines Chelsea de piel mujer', 'Bellandi Mocasines de ante hombre Classic',
                         'Bellandi Gabardina beige'],
                     it=['Bellandi Stivaletti Chelsea in pelle donna', 'Bellandi Mocassini scamosciati uomo Classic',
                         'Bellandi Trench beige'],
                     ja=['Bellandi レディース レザーチェルシーブーツ', 'Bellandi メンズ スエードローファー',
                         'Bellandi トレンチコート ベージュ'],
                     nl=['Bellandi Dames Chelsea boots leer', 'Bellandi Heren suède loafers Classic',
                         'Bellandi Trenchcoat beige'],
                     pl=['Bellandi Damskie sztyblety Chelsea ze skóry', 'Bellandi Męskie mokasyny zamszowe',
                         'Bellandi Trencz beżowy'],
                     sv=['Bellandi Chelsea boots i läder dam', 'Bellandi Loafers i mocka herr',
                         'Bellandi Trenchcoat beige'],
                     pt=['Bellandi Bota Chelsea de couro feminina', 'Bellandi Mocassim de camurça masculino',
                         'Bellandi Trench coat bege']),
    'florae': dict(en=['Florae Rosehip Face Oil 30 ml', 'Florae Gentle Cleansing Balm 100 g', 'Florae Lip Care Set'],
                   de=['Florae Hagebutten-Gesichtsöl 30 ml', 'Florae Reinigungsbalsam sanft 100 g',
                       'Florae Lippenpflege Geschenkset'],
                   fr=['Florae Huile visage à la rose musquée 30 ml', 'Florae Baume démaquillant 100 g',
                       'Florae Coffret soin des lèvres'],
                   es=['Florae Aceite facial de rosa mosqueta 30 ml', 'Florae Bálsamo limpiador 100 g',
                       'Florae Set cuidado de labios'],
                   it=['Florae Olio viso alla rosa canina 30 ml', 'Florae Balsamo struccante 100 g',
                       'Florae Cofanetto cura labbra'],
                   ja=['Florae ローズヒップ フェイスオイル 30ml', 'Florae クレンジングバーム 100g', 'Florae リップケアセット'],
                   nl=['Florae Rozenbottel gezichtsolie 30 ml', 'Florae Reinigingsbalsem 100 g', 'Florae Lippenverzorgingsset'],
                   pl=['Florae Olejek do twarzy z dzikiej róży 30 ml', 'Florae Balsam oczyszczający 100 g',
                       'Florae Zestaw do pielęgnacji ust'],
                   sv=['Florae Nyponolja för ansiktet 30 ml', 'Florae Rengöringsbalm 100 g', 'Florae Läppvårdsset'],
                   pt=['Florae Óleo facial de rosa mosqueta 30 ml', 'Florae Bálsamo de limpeza 100 g',
                       'Florae Kit cuidado labial']),
    'pagina': dict(en=['Wooden Marble Run "Tumble Town" 84 pieces', 'The Lighthouse Keeper\'s Cat (Hardcover)',
                       'Magnetic Building Tiles 60-piece set'],
                   de=['Holz-Kugelbahn "Purzelstadt" 84 Teile', 'Die Katze des Leuchtturmwärters (Gebundene Ausgabe)',
                       'Magnetische Bausteine 60-teilig'],
                   fr=['Circuit à billes en bois "Cascadeville" 84 pièces', 'Le chat du gardien de phare (relié)',
                       'Blocs de construction magnétiques 60 pièces'],
                   es=['Circuito de canicas de madera 84 piezas', 'El gato del farero (tapa dura)',
                       'Bloques magnéticos de construcción 60 piezas'],
                   it=['Pista per biglie in legno 84 pezzi', 'Il gatto del guardiano del faro (copertina rigida)',
                       'Costruzioni magnetiche 60 pezzi'],
                   ja=['木製ビー玉コースター 84ピース', '灯台守のねこ（単行本）', 'マグネットブロック 60ピース'],
                   nl=['Houten knikkerbaan "Tuimelstad" 84 delen', 'De kat van de vuurtorenwachter (gebonden)',
                       'Magnetische bouwtegels 60-delig'],
                   pl=['Drewniany tor kulkowy 84 elementy', 'Kot latarnika (twarda oprawa)',
                       'Klocki magnetyczne 60 elementów'],
                   sv=['Kulbana i trä "Tumlarstan" 84 delar', 'Fyrvaktarens katt (inbunden)',
                       'Magnetiska byggbrickor 60 delar'],
                   pt=['Pista de bolinhas de madeira 84 peças', 'O gato do faroleiro (capa dura)',
                       'Blocos magnéticos de montar 60 peças']),
    'nordhem': dict(en=['Nordhem Alva 3-Seater Sofa, bouclé', 'Nordhem Oak Dining Table Ekdal 180 cm',
                        'Nordhem Five Star Hotel Pillow Set (2 pcs)'],
                    de=['Nordhem Alva 3-Sitzer Sofa Bouclé', 'Nordhem Esstisch Ekdal Eiche 180 cm',
                        'Nordhem Kopfkissen "Five Star Hotel" 2er-Set'],
                    fr=['Nordhem Canapé 3 places Alva bouclette', 'Nordhem Table à manger Ekdal chêne 180 cm',
                        'Nordhem Lot de 2 oreillers "Five Star Hotel"'],
                    es=['Nordhem Sofá de 3 plazas Alva bouclé', 'Nordhem Mesa de comedor Ekdal roble 180 cm',
                        'Nordhem Almohadas "Five Star Hotel" pack de 2'],
                    it=['Nordhem Divano 3 posti Alva bouclé', 'Nordhem Tavolo da pranzo Ekdal rovere 180 cm',
                        'Nordhem Cuscini "Five Star Hotel" set da 2'],
                    ja=['Nordhem 3人掛けソファ Alva ブークレ', 'Nordhem ダイニングテーブル Ekdal オーク 180cm',
                        'Nordhem ファイブスターホテル枕 2個セット'],
                    nl=['Nordhem Alva 3-zitsbank bouclé', 'Nordhem Eettafel Ekdal eiken 180 cm',
                        'Nordhem "Five Star Hotel" hoofdkussens set van 2'],
                    pl=['Nordhem Sofa 3-osobowa Alva bouclé', 'Nordhem Stół Ekdal dąb 180 cm',
                        'Nordhem Poduszki "Five Star Hotel" 2 szt.'],
                    sv=['Nordhem Alva 3-sitssoffa bouclé', 'Nordhem Matbord Ekdal ek 180 cm',
                        'Nordhem Kuddar "Five Star Hotel" 2-pack'],
                    pt=['Nordhem Sofá 3 lugares Alva bouclé', 'Nordhem Mesa de jantar Ekdal carvalho 180 cm',
                        'Nordhem Travesseiros "Five Star Hotel" kit com 2']),
}

# ----------------------------------------------------------------------------------------
# Amazon's localised buyer-message notification (quoted under replies)
# ----------------------------------------------------------------------------------------

AMZ = dict(
    en=dict(recv='You have received a message.', oid='Order ID:', of='1 of', msg='------------- Message: -------------',
            end='------------- End message -------------',
            fyi='For Your Information: To help arrive at a resolution, we recommend that you respond to this message within 24 hours.',
            resolve='Respond to this message:', helpful='Was this email helpful?', yes='Yes', no='No',
            optout='You are receiving this e-mail because you selected to be notified of buyer messages. To change your notification preferences, go to',
            subj=['Inquiry from Amazon customer {n} (Order: {oid})', 'Order delivery inquiry from Amazon customer {n} (Order: {oid})',
                  'Return policy inquiry from Amazon customer {n} (Order: {oid})'],
            subj_noorder='Product details inquiry from Amazon customer {n}', mkt='Amazon Marketplace'),
    de=dict(recv='Sie haben eine Nachricht erhalten.', oid='Bestellnummer:', of='1 von', msg='------------- Nachricht: -------------',
            end='------------- Ende der Nachricht -------------',
            fyi='Zur Information: Damit eine Lösung gefunden werden kann, empfehlen wir Ihnen, innerhalb von 24 Stunden auf diese Nachricht zu antworten.',
            resolve='Auf diese Nachricht antworten:', helpful='War diese E-Mail hilfreich?', yes='Ja', no='Nein',
            optout='Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über Käufernachrichten abonniert haben. Ihre Benachrichtigungseinstellungen können Sie hier ändern:',
            subj=['Anfrage von Amazon-Kunde {n} (Bestellung: {oid})', 'Anfrage zur Lieferung einer Bestellung von Amazon-Kunde {n} (Bestellung: {oid})',
                  'Anfrage zu Rücksendungen von Amazon-Kunde {n} (Bestellung: {oid})'],
            subj_noorder='Anfrage zu Produktdetails von Amazon-Kunde {n}', mkt='Amazon Marketplace'),
    fr=dict(recv='Vous avez reçu un message.', oid='Numéro de commande :', of='1 sur', msg='------------- Message : -------------',
            end='------------- Fin du message -------------',
            fyi="Pour information : afin de trouver une solution, nous vous recommandons de répondre à ce message dans les 24 heures.",
            resolve='Répondre à ce message :', helpful='Cet e-mail vous a-t-il été utile ?', yes='Oui', no='Non',
            optout="Vous recevez cet e-mail car vous avez choisi d'être informé des messages des acheteurs. Pour modifier vos préférences de notification, rendez-vous sur",
            subj=['Demande de renseignements du client Amazon {n} (Commande : {oid})',
                  'Demande concernant la livraison de la commande du client Amazon {n} (Commande : {oid})',
                  'Demande concernant un retour du client Amazon {n} (Commande : {oid})'],
            subj_noorder='Demande de détails sur le produit du client Amazon {n}', mkt='Amazon Marketplace'),
    es=dict(recv='Has recibido un mensaje.', oid='Número de pedido:', of='1 de', msg='------------- Mensaje: -------------',
            end='------------- Finalizar mensaje -------------',
            fyi='Para tu información: para ayudar a encontrar una solución, te recomendamos que respondas a este mensaje en un plazo de 24 horas.',
            resolve='Responder a este mensaje:', helpful='¿Te ha resultado útil este correo electrónico?', yes='Sí', no='No',
            optout='Recibes este correo electrónico porque has elegido recibir notificaciones de los mensajes de compradores. Para cambiar tus preferencias de notificación, accede a',
            subj=['Consulta del cliente de Amazon {n} (Pedido: {oid})',
                  'Consulta sobre la entrega de un pedido del cliente de Amazon {n} (Pedido: {oid})',
                  'Consulta sobre devoluciones del cliente de Amazon {n} (Pedido: {oid})'],
            subj_noorder='Consulta sobre detalles del producto del cliente de Amazon {n}', mkt='Amazon Marketplace'),
    it=dict(recv='Hai ricevuto un messaggio.', oid='Numero ordine:', of='1 di', msg='------------- Messaggio: -------------',
            end='------------- Fine messaggio -------------',
            fyi='Per tua informazione: per aiutare a trovare una soluzione, ti consigliamo di rispondere a questo messaggio entro 24 ore.',
            resolve='Rispondi a questo messaggio:', helpful='Questa e-mail ti è stata utile?', yes='Sì', no='No',
            optout='Ricevi questa e-mail perché hai scelto di ricevere notifiche sui messaggi degli acquirenti. Per modificare le preferenze di notifica, visita',
            subj=['Richiesta dal cliente Amazon {n} (Ordine: {oid})',
                  "Richiesta sulla consegna dell'ordine dal cliente Amazon {n} (Ordine: {oid})",
                  'Richiesta sul reso dal cliente Amazon {n} (Ordine: {oid})'],
            subj_noorder='Richiesta di dettagli sul prodotto dal cliente Amazon {n}', mkt='Amazon Marketplace'),
    ja=dict(recv='メッセージが届きました。', oid='注文番号:', of='1 点', msg='------------- メッセージ: -------------',
            end='------------- メッセージ終了 -------------',
            fyi='ご参考: 問題の解決のため、24時間以内にこのメッセージに返信することをお勧めします。',
            resolve='このメッセージに返信する:', helpful='このメールは役に立ちましたか?', yes='はい', no='いいえ',
            optout='購入者からのメッセージの通知を選択されているため、このEメールをお送りしています。通知設定の変更はこちら:',
            subj=['Amazon のお客様 {n} からのお問い合わせ (注文: {oid})',
                  'Amazon のお客様 {n} からの配送に関するお問い合わせ (注文: {oid})',
                  'Amazon のお客様 {n} からの返品に関するお問い合わせ (注文: {oid})'],
            subj_noorder='Amazon のお客様 {n} からの商品詳細に関するお問い合わせ', mkt='Amazon マーケットプレイス'),
    nl=dict(recv='U hebt een bericht ontvangen.', oid='Bestelnummer:', of='1 van', msg='------------- Bericht: -------------',
            end='------------- Einde bericht -------------',
            fyi='Ter informatie: om tot een oplossing te komen, raden we u aan binnen 24 uur op dit bericht te reageren.',
            resolve='Op dit bericht reageren:', helpful='Was deze e-mail nuttig?', yes='Ja', no='Nee',
            optout='U ontvangt deze e-mail omdat u meldingen over berichten van kopers hebt ingeschakeld. Ga naar de volgende pagina om uw meldingsvoorkeuren te wijzigen:',
            subj=['Vraag van Amazon-klant {n} (Bestelling: {oid})',
                  'Vraag over de levering van een bestelling van Amazon-klant {n} (Bestelling: {oid})',
                  'Vraag over retourzendingen van Amazon-klant {n} (Bestelling: {oid})'],
            subj_noorder='Vraag over productdetails van Amazon-klant {n}', mkt='Amazon Marketplace'),
    pl=dict(recv='Otrzymano wiadomość.', oid='Numer zamówienia:', of='1 z', msg='------------- Wiadomość: -------------',
            end='------------- Koniec wiadomości -------------',
            fyi='Informacja: aby pomóc w rozwiązaniu problemu, zalecamy udzielenie odpowiedzi na tę wiadomość w ciągu 24 godzin.',
            resolve='Odpowiedz na tę wiadomość:', helpful='Czy ten e-mail był pomocny?', yes='Tak', no='Nie',
            optout='Otrzymujesz tę wiadomość, ponieważ włączono powiadomienia o wiadomościach od kupujących. Aby zmienić preferencje powiadomień, przejdź do',
            subj=['Zapytanie od klienta Amazon {n} (Zamówienie: {oid})',
                  'Zapytanie dotyczące dostawy zamówienia od klienta Amazon {n} (Zamówienie: {oid})',
                  'Zapytanie dotyczące zwrotu od klienta Amazon {n} (Zamówienie: {oid})'],
            subj_noorder='Zapytanie o szczegóły produktu od klienta Amazon {n}', mkt='Amazon Marketplace'),
    sv=dict(recv='Du har fått ett meddelande.', oid='Ordernummer:', of='1 av', msg='------------- Meddelande: -------------',
            end='------------- Slut på meddelandet -------------',
            fyi='För kännedom: för att hjälpa till att hitta en lösning rekommenderar vi att du svarar på meddelandet inom 24 timmar.',
            resolve='Svara på det här meddelandet:', helpful='Var det här e-postmeddelandet till hjälp?', yes='Ja', no='Nej',
            optout='Du får det här e-postmeddelandet eftersom du har valt att få aviseringar om köparmeddelanden. Ändra dina aviseringsinställningar här:',
            subj=['Fråga från Amazon-kunden {n} (Beställning: {oid})',
                  'Fråga om leverans från Amazon-kunden {n} (Beställning: {oid})',
                  'Fråga om retur från Amazon-kunden {n} (Beställning: {oid})'],
            subj_noorder='Fråga om produktinformation från Amazon-kunden {n}', mkt='Amazon Marketplace'),
    pt=dict(recv='Você recebeu uma mensagem.', oid='Número do pedido:', of='1 de', msg='------------- Mensagem: -------------',
            end='------------- Encerrar mensagem -------------',
            fyi='Para sua informação: para ajudar a chegar a uma solução, recomendamos que você responda a esta mensagem em até 24 horas.',
            resolve='Responder a esta mensagem:', helpful='Este e-mail foi útil?', yes='Sim', no='Não',
            optout='Você está recebendo este e-mail porque optou por ser notificado sobre mensagens de compradores. Para alterar suas preferências de notificação, acesse',
            subj=['Consulta do cliente da Amazon {n} (Pedido: {oid})',
                  'Consulta sobre a entrega do pedido do cliente da Amazon {n} (Pedido: {oid})',
                  'Consulta sobre devolução do cliente da Amazon {n} (Pedido: {oid})'],
            subj_noorder='Consulta sobre detalhes do produto do cliente da Amazon {n}', mkt='Amazon Marketplace'),
)

AMZ_FOOT = {
    'com': 'Copyright 2024 Amazon, Inc. or its affiliates. All rights reserved. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210',
    'co.uk': 'Copyright 2024 Amazon EU S.à r.l. All rights reserved. Amazon Services Europe S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg',
    'co.jp': 'Copyright 2024 Amazon.com, Inc. or its affiliates. All rights reserved. アマゾンジャパン合同会社',
    'com.br': 'Copyright 2024 Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados. Amazon Serviços de Varejo do Brasil Ltda.',
    'com.mx': 'Copyright 2024 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. Servicios Comerciales Amazon México S. de R.L. de C.V.',
}
EU_FOOT = 'Copyright 2024 Amazon EU S.à r.l. Amazon Services Europe S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg'

IMPORTANT_RE = re.compile(r'\[important\]', re.I)
REPLY_RE = re.compile(r'^\s*(\[[^\]]*\]\s*)?(re|aw|r|sv|odp|res|antw|vs)\s*:', re.I)
OID_RE = re.compile(r'(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)')


def amazon_note(c, variant):
    """Text of Amazon's notification that a buyer message arrived (what the helpdesk quotes)."""
    a = AMZ[c['lang']]
    mk = c['mk']
    lines = []
    if variant in ('full', 'optout', 'noorder', 'mid'):
        lines += [a['recv'], '']
        if variant != 'noorder':
            lines += ['%s %s' % (a['oid'], c['oid'])]
        lines += ['%s %s' % (a['of'], c['prod']), '[ASIN: %s]' % c['asin'], '']
    lines += [a['msg'], '']
    lines += c['buyer'].strip('\n').split('\n')
    lines += ['', a['end'], '']
    if variant in ('full', 'optout', 'noorder'):
        lines += [a['fyi'], '']
        lines += ['%s https://sellercentral.amazon.%s/messaging/reply?ref_=cm_rpl&threadId=%s' % (a['resolve'], mk, c['thread']), '']
        lines += [a['helpful'],
                  '%s: https://www.amazon.%s/gp/communication-manager/feedback.html?ie=UTF8&useful=1&token=%s' % (a['yes'], mk, c['longtok']),
                  '%s: https://www.amazon.%s/gp/communication-manager/feedback.html?ie=UTF8&useful=0&token=%s' % (a['no'], mk, c['longtok']), '']
        lines += ['[commMgrTok:%s]' % c['tok'], '']
        if variant == 'optout':
            lines += ['%s https://sellercentral.amazon.%s/notifications/preferences/ref=cm_np' % (a['optout'], mk), '']
        lines += [AMZ_FOOT.get(mk, EU_FOOT)]
    elif variant == 'mid':
        lines += ['[commMgrTok:%s]' % c['tok']]
    return '\n'.join(lines).rstrip('\n')


# ----------------------------------------------------------------------------------------
# quoting styles
# ----------------------------------------------------------------------------------------

MON = dict(
    en=['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    fr=['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    es=['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    it=['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    nl=['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    sv=['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    pt=['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
)
DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def attribution(lang, style, dt, who):
    d, m, y, hh, mi = dt.day, dt.month, dt.year, dt.hour, dt.minute
    t = '%02d:%02d' % (hh, mi)
    if style in ('gmail', 'gorgias', 'freshdesk', 'helpscout'):
        return {
            'en': 'On %s, %d %s %d at %s, %s wrote:' % (DAYS_EN[dt.weekday()], d, MON['en'][m - 1], y, t, who),
            'de': 'Am %s, %d. %s %d um %s schrieb %s:' % (['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'][dt.weekday()], d,
                                                         ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][m - 1], y, t, who),
            'fr': 'Le %s %d %s %d à %s, %s a écrit :' % (['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][dt.weekday()], d, MON['fr'][m - 1], y, t, who),
            'es': 'El %s, %d %s %d a las %s, %s escribió:' % (['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'][dt.weekday()], d, MON['es'][m - 1], y, t, who),
            'it': 'Il giorno %s %d %s %d alle ore %s %s ha scritto:' % (['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'][dt.weekday()], d, MON['it'][m - 1], y, t, who),
            'ja': '%d年%d月%d日(%s) %s %s:' % (y, m, d, '月火水木金土日'[dt.weekday()], t, who),
            'nl': 'Op %s %d %s %d om %s schreef %s:' % (['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][dt.weekday()], d, MON['nl'][m - 1], y, t, who),
            'pl': '%s, %d.%02d.%d o %s %s napisał(a):' % (['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'][dt.weekday()], d, m, y, t, who),
            'sv': 'Den %s %d %s %d kl. %s skrev %s:' % (['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'][dt.weekday()], d, MON['sv'][m - 1], y, t, who),
            'pt': 'Em %s., %d de %s %d às %s, %s escreveu:' % (['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'][dt.weekday()], d, MON['pt'][m - 1], y, t, who),
        }[lang]
    if style in ('iphone', 'apple'):
        return {
            'en': 'On %d %s %d, at %s, %s wrote:' % (d, MON['en'][m - 1], y, t, who),
            'de': 'Am %02d.%02d.%d um %s schrieb %s:' % (d, m, y, t, who),
            'fr': 'Le %d %s %d à %s, %s a écrit :' % (d, MON['fr'][m - 1], y, t, who),
            'es': 'El %d %s %d, a las %s, %s escribió:' % (d, MON['es'][m - 1], y, t, who),
            'it': 'Il giorno %d %s %d, alle ore %s, %s ha scritto:' % (d, MON['it'][m - 1], y, t, who),
            'ja': '%d/%02d/%02d %s、%s のメール:' % (y, m, d, t, who),
            'nl': 'Op %d %s %d om %s heeft %s het volgende geschreven:' % (d, MON['nl'][m - 1], y, t, who),
            'pl': 'Wiadomość napisana przez %s w dniu %02d.%02d.%d, o godz. %s:' % (who, d, m, y, t),
            'sv': '%d %s %d kl. %s skrev %s:' % (d, MON['sv'][m - 1], y, t, who),
            'pt': 'Em %d de %s de %d, à(s) %s, %s escreveu:' % (d, MON['pt'][m - 1], y, t, who),
        }[lang]
    if style in ('thunderbird', 'zammad'):
        return {
            'en': 'On %02d/%02d/%d %s, %s wrote:' % (d, m, y, t, who),
            'de': 'Am %02d.%02d.%02d um %s schrieb %s:' % (d, m, y % 100, t, who),
            'fr': 'Le %02d/%02d/%d à %s, %s a écrit :' % (d, m, y, t, who),
            'es': 'El %d/%d/%d a las %s, %s escribió:' % (d, m, y, t, who),
            'it': 'Il %02d/%02d/%d %s, %s ha scritto:' % (d, m, y, t, who),
            'ja': '%d/%02d/%02d %s, %s wrote:' % (y, m, d, t, who),
            'nl': 'Op %02d-%02d-%d om %s schreef %s:' % (d, m, y, t, who),
            'pl': 'W dniu %02d.%02d.%d o %s, %s pisze:' % (d, m, y, t, who),
            'sv': '%d-%02d-%02d %s, skrev %s:' % (y, m, d, t, who),
            'pt': 'Em %02d/%02d/%d %s, %s escreveu:' % (d, m, y, t, who),
        }[lang]
    raise KeyError(style)


OUTLOOK_HDR = dict(
    en=('From:', 'Sent:', 'To:', 'Subject:'), de=('Von:', 'Gesendet:', 'An:', 'Betreff:'),
    fr=('De :', 'Envoyé :', 'À :', 'Objet :'), es=('De:', 'Enviado el:', 'Para:', 'Asunto:'),
    it=('Da:', 'Inviato:', 'A:', 'Oggetto:'), ja=('差出人:', '送信日時:', '宛先:', '件名:'),
    nl=('Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'), pl=('Od:', 'Wysłano:', 'Do:', 'Temat:'),
    sv=('Från:', 'Skickat:', 'Till:', 'Ämne:'), pt=('De:', 'Enviada em:', 'Para:', 'Assunto:'))
OUTLOOK_PFX = dict(en='RE:', de='AW:', fr='RE :', es='RE:', it='R:', ja='RE:', nl='RE:', pl='Odp:', sv='SV:', pt='RES:')
ZENDESK_MARK = dict(en='##- Please type your reply above this line -##', de='##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##',
                    fr='##- Veuillez saisir votre réponse au-dessus de cette ligne -##', es='##- Escriba su respuesta por encima de esta línea -##',
                    it='##- Digita la tua risposta sopra questa riga -##', ja='##- このラインより上にご返信内容を入力してください -##',
                    nl='##- Typ uw reactie boven deze regel -##', pl='##- Wpisz odpowiedź nad tą linią -##',
                    sv='##- Skriv ditt svar ovanför den här raden -##', pt='##- Digite sua resposta acima desta linha -##')
SENT_IPHONE = dict(en='Sent from my iPhone', de='Von meinem iPhone gesendet', fr='Envoyé de mon iPhone',
                   es='Enviado desde mi iPhone', it='Inviato da iPhone', ja='iPhoneから送信', nl='Verstuurd vanaf mijn iPhone',
                   pl="Wysłane z iPhone'a", sv='Skickat från min iPhone', pt='Enviado do meu iPhone')
EDESK_ORIG = dict(en='------ Original Message ------', de='------ Ursprüngliche Nachricht ------', fr='------ Message d\'origine ------',
                  es='------ Mensaje original ------', it='------ Messaggio originale ------', ja='------ 元のメッセージ ------',
                  nl='------ Oorspronkelijk bericht ------', pl='------ Wiadomość oryginalna ------',
                  sv='------ Ursprungligt meddelande ------', pt='------ Mensagem original ------')


def fmt_long_date(lang, dt):
    if lang == 'ja':
        return '%d年%d月%d日 %d:%02d' % (dt.year, dt.month, dt.day, dt.hour, dt.minute)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'][dt.weekday()],
                                            dt.day, ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
                                                     'Oktober', 'November', 'Dezember'][dt.month - 1], dt.year, dt.hour, dt.minute)
    if lang == 'en':
        return '%s, %d %s %d %02d:%02d' % (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][dt.weekday()],
                                           dt.day, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                                                    'October', 'November', 'December'][dt.month - 1], dt.year, dt.hour, dt.minute)
    return '%02d/%02d/%d %02d:%02d' % (dt.day, dt.month, dt.year, dt.hour, dt.minute)


def quote_plain(c, style, qtext):
    lang = c['lang']
    who = c['amz_from_disp']
    dt = c['qdate']
    if style == 'outlook':
        h = OUTLOOK_HDR[lang]
        return '\n'.join(['', '-----Original Message-----' if lang == 'en' else '________________________________',
                          '%s %s' % (h[0], who), '%s %s' % (h[1], fmt_long_date(lang, dt)),
                          '%s %s' % (h[2], c['shop_to']), '%s %s' % (h[3], c['amz_subject']), '', qtext])
    if style == 'zendesk':
        return '\n'.join(['', '--------------------------------', '%s, %s' % (c['amz_name_only'], fmt_long_date(lang, dt)), '', qtext])
    if style == 'edesk':
        return '\n'.join(['', EDESK_ORIG[lang], '%s %s' % (OUTLOOK_HDR[lang][0], who), '%s %s' % (OUTLOOK_HDR[lang][1], fmt_long_date(lang, dt)), '', qtext])
    if style == 'helpscout':
        return '\n'.join(['', '', attribution(lang, style, dt, who), '', qtext])
    if style in ('gmail', 'gorgias', 'freshdesk', 'iphone', 'apple', 'thunderbird', 'zammad'):
        att = attribution(lang, style, dt, c['amz_from_full'] if style in ('gmail', 'thunderbird', 'iphone') else who)
        q = '\n'.join(('> ' + l) if l else '>' for l in qtext.split('\n'))
        return '\n'.join(['', att, '', q] if style in ('iphone', 'apple') else ['', att, q])
    raise KeyError(style)


def esc(s):
    return html.escape(s, quote=False)


URL_RE = re.compile(r'(https://[^\s<>"]+)')


def text_to_html(s, link_amazon=True):
    out = []
    for para in re.split(r'\n\s*\n', s.strip('\n')):
        h = esc(para).replace('\n', '<br>\n')
        if link_amazon:
            h = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)) if 'amazon.' in m.group(1).split('/')[2] else m.group(1), h)
        out.append('<p>%s</p>' % h)
    return '\n'.join(out)


def quote_html(c, style, qtext):
    lang = c['lang']
    who = c['amz_from_disp']
    dt = c['qdate']
    qh = text_to_html(qtext)
    if style == 'outlook':
        h = OUTLOOK_HDR[lang]
        return ('<div><hr>\n<p><b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s</p>\n</div>\n%s'
                % (h[0], esc(who), h[1], fmt_long_date(lang, dt), h[2], esc(c['shop_to']), h[3], esc(c['amz_subject']), qh))
    if style == 'zendesk':
        return '<hr>\n<p><strong>%s</strong></p>\n<p>%s</p>\n<div class="zd-comment">\n%s\n</div>' % (esc(c['amz_name_only']), fmt_long_date(lang, dt), qh)
    if style == 'edesk':
        return '<p>%s<br>\n%s %s<br>\n%s %s</p>\n<blockquote>\n%s\n</blockquote>' % (EDESK_ORIG[lang], OUTLOOK_HDR[lang][0], esc(who), OUTLOOK_HDR[lang][1], fmt_long_date(lang, dt), qh)
    att = attribution(lang, style, dt, c['amz_from_full'] if style in ('gmail', 'thunderbird', 'iphone') else who)
    if style == 'gmail':
        return '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n<blockquote class="gmail_quote">\n%s\n</blockquote></div>' % (esc(att), qh)
    if style == 'gorgias':
        return '<div class="gorgias_quote">\n<div>%s</div>\n<blockquote>\n%s\n</blockquote>\n</div>' % (esc(att), qh)
    if style == 'freshdesk':
        return '<div class="freshdesk_quote">\n<blockquote class="freshdesk_quote">%s<br>\n%s\n</blockquote>\n</div>' % (esc(att), qh)
    if style == 'helpscout':
        return '<div id="hs-quote">\n<p>%s</p>\n<blockquote>\n%s\n</blockquote>\n</div>' % (esc(att), qh)
    if style in ('iphone', 'apple'):
        return '<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>\n<blockquote type="cite"><div dir="ltr">\n%s\n</div></blockquote>' % (esc(att), qh)
    if style in ('thunderbird', 'zammad'):
        return '<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">\n%s\n</blockquote>' % (esc(att), qh)
    raise KeyError(style)

# ----------------------------------------------------------------------------------------
# attachment bytes (all built here, no external files)
# ----------------------------------------------------------------------------------------

def pdf_bytes(lines):
    text = ' '.join('(%s) Tj T*' % l.encode('ascii', 'replace').decode().replace('\\', '').replace('(', '[').replace(')', ']') for l in lines)
    stream = ('BT /F1 11 Tf 14 TL 56 780 Td %s ET' % text).encode()
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    x = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x))
    return out.getvalue()


def png_bytes(w, h, rgb):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def jpeg_bytes(w8=8, h8=6):
    """Baseline greyscale JPEG, w8 x h8 blocks of flat grey, with one-code Huffman tables."""
    w, h = w8 * 8, h8 * 8
    out = b'\xff\xd8'
    out += b'\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    out += b'\xff\xdb\x00\x43\x00' + b'\x01' * 64
    out += b'\xff\xc0\x00\x0b\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00'
    out += b'\xff\xc4\x00\x14\x00' + b'\x01' + b'\x00' * 15 + b'\x00'
    out += b'\xff\xc4\x00\x14\x10' + b'\x01' + b'\x00' * 15 + b'\x00'
    out += b'\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00'
    nbits = w8 * h8 * 2
    bits = '0' * nbits
    bits += '1' * ((-len(bits)) % 8)
    out += bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return out + b'\xff\xd9'


GIF1 = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;'


def gif_anim():
    g = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\xff'
    g += b'!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00'
    for _ in range(3):
        g += b'!\xf9\x04\x00\x32\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00'
    return g + b';'


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 2, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx_bytes(text):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % esc(t) for t in text) + '</w:body></w:document>')
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def xlsx_bytes():
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    wb = '<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'
    return zip_bytes([('[Content_Types].xml', ct), ('xl/workbook.xml', wb)])


def exe_bytes():
    b = bytearray(512)
    b[0:2] = b'MZ'
    b[0x3c:0x40] = struct.pack('<I', 0x80)
    b[0x4e:0x4e + 39] = b'This program cannot be run in DOS mode.'
    b[0x80:0x84] = b'PE\x00\x00'
    b[0x84:0x86] = struct.pack('<H', 0x14c)
    return bytes(b)


def isobmff(brand, compat):
    ftyp = b'ftyp' + brand + b'\x00\x00\x02\x00' + b''.join(compat)
    ftyp = struct.pack('>I', len(ftyp) + 4) + ftyp
    mdat = b'mdat' + bytes(range(64))
    return ftyp + struct.pack('>I', len(mdat) + 4) + mdat


def webp_bytes():
    body = b'WEBPVP8L' + struct.pack('<I', 5) + b'\x2f\x00\x00\x00\x00' + b'\x00'
    return b'RIFF' + struct.pack('<I', len(body)) + body


def att_data(kind, c):
    """(content-type, bytes) for an attachment kind."""
    oid = c['oid']
    if kind == 'pdf':
        return 'application/pdf', pdf_bytes(['%s' % c['shop'], 'Order %s' % oid, 'Document for the customer', 'ASIN %s' % c['asin']])
    if kind == 'pdf_octet':
        return 'application/octet-stream', pdf_bytes(['%s' % c['shop'], 'Order %s' % oid])
    if kind == 'jpg':
        return 'image/jpeg', jpeg_bytes(8, 6)
    if kind == 'png':
        return 'image/png', png_bytes(24, 16, (200, 190, 170))
    if kind == 'gif':
        return 'image/gif', GIF1
    if kind == 'txt':
        return 'text/plain', ('%s\nOrder %s\n' % (c['shop'], oid)).encode('utf-8')
    if kind == 'docx':
        return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_bytes([c['shop'], 'Order %s' % oid])
    if kind == 'zip':
        return 'application/zip', zip_bytes([('manual.pdf', pdf_bytes(['Manual'])), ('photos/1.jpg', jpeg_bytes(2, 2))])
    if kind == 'exe':
        return 'application/x-msdownload', exe_bytes()
    if kind == 'pdf_exe':
        return 'application/pdf', exe_bytes()
    if kind == 'jpg_png':
        return 'image/jpeg', png_bytes(20, 20, (30, 30, 30))
    if kind == 'mp4':
        return 'video/mp4', isobmff(b'isom', [b'isom', b'iso2', b'mp41'])
    if kind == 'mov':
        return 'video/quicktime', isobmff(b'qt  ', [b'qt  '])
    if kind == 'heic':
        return 'image/heic', isobmff(b'heic', [b'mif1', b'heic'])
    if kind == 'webp':
        return 'image/webp', webp_bytes()
    if kind == 'xlsx':
        return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx_bytes()
    if kind == 'html':
        return 'text/html', ('<html><body><h1>%s</h1><p>Order %s</p></body></html>\n' % (esc(c['shop']), oid)).encode('utf-8')
    if kind == 'ics':
        return 'text/calendar', ('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//heldout11//EN\r\nBEGIN:VEVENT\r\nUID:%s@cal\r\n'
                                 'DTSTART:20240612T080000Z\r\nDTEND:20240612T120000Z\r\nSUMMARY:Delivery %s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' % (c['uidhex'], oid)).encode()
    if kind == 'rar':
        return 'application/vnd.rar', b'Rar!\x1a\x07\x01\x00' + bytes(range(32))
    if kind == '7z':
        return 'application/x-7z-compressed', b"7z\xbc\xaf'\x1c\x00\x04" + bytes(range(24))
    if kind == 'svg':
        return 'image/svg+xml', b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>\n'
    if kind == 'csv':
        return 'text/csv', ('order,item\n%s,%s\n' % (oid, c['asin'])).encode()
    if kind == 'js':
        return 'application/javascript', b'document.write("hello");\n'
    if kind == 'odt':
        return 'application/vnd.oasis.opendocument.text', zip_bytes([('mimetype', 'application/vnd.oasis.opendocument.text'), ('content.xml', '<office/>')])
    if kind == 'bat':
        return 'application/x-bat', b'@echo off\r\necho update\r\n'
    if kind == 'docm':
        return 'application/vnd.ms-word.document.macroEnabled.12', docx_bytes(['macro'])
    if kind == 'bigpdf':
        p = pdf_bytes(['Catalogue'])
        return 'application/pdf', p + b'%' + (b'0123456789abcdef' * 700000)[:10_900_000] + b'\n'
    raise KeyError(kind)


# ----------------------------------------------------------------------------------------
# MIME writer
# ----------------------------------------------------------------------------------------

def enc_part(text, charset, cte, ctype, extra=''):
    """Return a MIME leaf (str with \n line ends, body encoded) for text."""
    data = text.encode(charset)
    if cte == 'quoted-printable':
        body = quopri.encodestring(data.replace(b'\r\n', b'\n')).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(data.replace(b'\n', b'\r\n')).decode('ascii')
    elif cte in ('7bit', '8bit'):
        if cte == '7bit':
            assert all(b < 128 for b in data)
        body = data.decode('ascii' if cte == '7bit' else charset)
        for l in body.split('\n'):
            assert len(l.encode(charset)) < 990, 'line too long for %s' % cte
    else:
        raise KeyError(cte)
    hdr = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    return hdr + '\n' + body.rstrip('\n') + '\n'


def hdr_encode(name, value, charset='utf-8'):
    try:
        value.encode('ascii')
        return '%s: %s' % (name, value)
    except UnicodeEncodeError:
        return '%s: %s' % (name, Header(value, charset, header_name=name).encode(linesep='\n'))


def fname_params(name):
    try:
        name.encode('ascii')
        return 'name="%s"' % name, 'filename="%s"' % name
    except UnicodeEncodeError:
        q = ''.join(ch if ch.isascii() and (ch.isalnum() or ch in '-._') else ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in name)
        enc = Header(name, 'utf-8').encode()
        return 'name="%s"' % enc, "filename*=utf-8''%s" % q


def att_part(name, ctype, data, disp='attachment', cid=None):
    n1, n2 = fname_params(name)
    b = base64.encodebytes(data).decode('ascii')
    h = 'Content-Type: %s; %s\nContent-Transfer-Encoding: base64\n' % (ctype, n1)
    if cid:
        h += 'Content-ID: <%s>\n' % cid
    h += 'Content-Disposition: %s; %s\n' % (disp, n2)
    return h + '\n' + b


def multipart(sub, parts, boundary, preamble=True):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (sub, boundary)
    if preamble:
        out += 'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += '\n--%s\n%s' % (boundary, p if p.endswith('\n') else p + '\n')
    out += '\n--%s--\n' % boundary
    return out

# ----------------------------------------------------------------------------------------
# building one message
# ----------------------------------------------------------------------------------------

CS8 = dict(en=['windows-1252', 'us-ascii'], de=['iso-8859-15', 'windows-1252', 'iso-8859-1'],
           fr=['iso-8859-15', 'windows-1252', 'iso-8859-1'], es=['iso-8859-1', 'windows-1252'],
           it=['iso-8859-1', 'windows-1252', 'iso-8859-15'], ja=['iso-2022-jp', 'shift_jis'],
           nl=['iso-8859-1', 'windows-1252'], pl=['iso-8859-2', 'windows-1250'], sv=['iso-8859-1', 'iso-8859-15'],
           pt=['iso-8859-1', 'windows-1252'])
TZ = dict(en=0, de=1, fr=1, es=1, it=1, ja=9, nl=1, pl=1, sv=1, pt=-3)
MAILER = dict(zendesk='X-Mailer: Zendesk Mailer', gmail='X-Mailer: Zendesk Mailer', gorgias='X-Mailer: Gorgias',
              iphone='X-Mailer: iPhone Mail (21E236)', freshdesk='X-Mailer: Freshdesk', apple='X-Mailer: Apple Mail (2.3774.500.171.1.1)',
              zammad='X-Mailer: Zammad Mail Service', outlook='X-Mailer: Microsoft Outlook 16.0',
              edesk='X-Mailer: eDesk', helpscout='X-Mailer: Help Scout',
              thunderbird='User-Agent: Mozilla Thunderbird')
HTMLKEYS = ('html_add', 'html_tail', 'html_head', 'html_body', 'body_attr', 'logo', 'sig_html', 'html_top')

PAIRS = {}
USED_OIDS = {}


def rid(r, n, alpha='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(r.choice(alpha) for _ in range(n))


def new_oid(r, mk):
    while True:
        o = '%s-%07d-%07d' % (r.choice(OIDPFX[mk]), r.randrange(10 ** 7), r.randrange(10 ** 7))
        if o not in USED_OIDS:
            return o


def context(s):
    r = random.Random('heldout11/%d/%s/%s' % (s['uid'], s['lang'], s['topic']))
    lang, seller = s['lang'], s['seller']
    c = dict(lang=lang, seller=seller, shop=SHOP[seller], r=r)
    pk = s.get('pair')
    if pk and pk in PAIRS:
        p = PAIRS[pk]
        for k in ('mk', 'oid', 'relay', 'name', 'asin', 'prod'):
            c[k] = p[k]
        if s.get('mk') and s['mk'] != c['mk']:
            raise SystemExit('pair %s with different marketplaces' % pk)
    else:
        c['mk'] = s.get('mk') or r.choice(MARKET[lang])
        c['oid'] = s.get('oid') or new_oid(r, c['mk'])
        loc = rid(r, 15)
        if r.random() < 0.25:
            loc += '+' + rid(r, 8, '0123456789abcdef')
        dom = 'marketplace.amazon.' + c['mk']
        if c['mk'] == 'co.jp' and r.random() < 0.5:
            dom = 'm.' + dom
        c['relay'] = loc + '@' + dom
        c['name'] = s.get('name') or r.choice(NAMES[lang])
        c['asin'] = 'B0' + rid(r, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
        c['prod'] = s.get('prod') or pick_product(r, PRODUCTS[seller][lang], s.get('body', '') + ' ' + s.get('buyer', ''))
        if pk:
            PAIRS[pk] = dict((k, c[k]) for k in ('mk', 'oid', 'relay', 'name', 'asin', 'prod'))
    USED_OIDS.setdefault(c['oid'], []).append(s['uid'])
    c['agent'] = s.get('agent') or AGENTS[seller][lang]
    c['tok'] = rid(r, 13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    c['longtok'] = rid(r, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    c['thread'] = rid(r, 24, '0123456789abcdef')
    c['uidhex'] = hashlib.sha1(('h11-%d' % s['uid']).encode()).hexdigest()[:16]
    day = datetime.datetime(2024, 2, 1, 7, 0) + datetime.timedelta(days=r.randrange(380), minutes=r.randrange(660))
    c['date'] = day.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=TZ[lang])))
    c['qdate'] = day - datetime.timedelta(hours=r.randrange(3, 40), minutes=r.randrange(60))
    a = AMZ[lang]
    c['amz_from_disp'] = '%s - %s' % (c['name'], a['mkt'])
    c['amz_from_full'] = '%s <%s>' % (c['amz_from_disp'], c['relay'])
    c['amz_name_only'] = c['name']
    c['shop_to'] = TEAM[seller][lang]
    if s.get('noorder'):
        c['amz_subject'] = a['subj_noorder'].replace('{n}', c['name'])
    else:
        c['amz_subject'] = r.choice(a['subj']).replace('{n}', c['name']).replace('{oid}', c['oid'])
    return c


def pick_product(r, prods, text):
    low = text.lower()
    scores = [sum(1 for w in re.findall(r'\w{4,}', p.lower()) if w in low) for p in prods]
    best = max(scores)
    return r.choice([p for p, sc in zip(prods, scores) if sc == best])


def fill(t, c):
    for k in ('oid', 'n', 'asin', 'prod', 'agent', 'shop', 'relay', 'uidhex'):
        t = t.replace('{%s}' % k, c[k] if k != 'n' else c['name'])
    t = t.replace('{relay_b64}', base64.urlsafe_b64encode(c['relay'].encode()).decode().rstrip('='))
    return t


def build(s):
    c = context(s)
    r = c['r']
    lang, seller = s['lang'], s['seller']
    kind = s['kind']
    style = s.get('quote') or r.choice(SELLERS[seller]['quotes'])
    c['style'] = style
    needs_html = any(k in s for k in HTMLKEYS)
    fmt = s.get('fmt')
    if not fmt:
        if needs_html:
            fmt = 'html' if (style == 'gorgias' and r.random() < 0.5) else 'alt'
        elif style in ('iphone', 'outlook'):
            fmt = 'plain'
        elif style == 'thunderbird':
            fmt = r.choice(['plain', 'plain', 'alt'])
        elif style == 'gorgias':
            fmt = r.choice(['alt', 'html'])
        else:
            fmt = 'alt'
    assert not (needs_html and fmt == 'plain'), s['uid']
    c['fmt'] = fmt
    if s.get('shop_to'):
        c['shop_to'] = fill(s['shop_to'], c)

    # ---- text pieces
    greet = '' if s.get('nog') else r.choice(GREET[lang]).replace('{n}', c['name'])
    body = fill(s['body'].strip('\n'), c)
    if s.get('sig') is not None:
        sig = fill(s['sig'], c).strip('\n')
    else:
        close = r.choice(CLOSE[lang])
        sig = '%s\n%s\n%s' % (close, c['agent'], TEAM[seller][lang]) if seller != 'pagina' or lang == 'ja' else '%s\n\n%s\n%s' % (close, c['agent'], TEAM[seller][lang])
        if seller == 'florae' and r.random() < 0.6:
            sig += '\nTicket #%d' % r.randrange(40000, 49999)
        if seller == 'nordhem' and lang in ('de', 'sv', 'nl') and r.random() < 0.5:
            sig += {'de': '\nNordhem Living GmbH · Hafenstraße 12 · 20457 Hamburg · USt-IdNr. DE298765432 · HRB 154321',
                    'sv': '\nNordhem Living AB · Skeppsbron 4 · 211 20 Malmö · Org.nr 559012-3456',
                    'nl': '\nNordhem Living B.V. · Keizersgracht 210 · 1016 DZ Amsterdam · KvK 81234567'}[lang]
    if s.get('nosig'):
        sig = ''
    quote = ''
    qtext = ''
    if kind == 're' and not s.get('noquote'):
        assert s.get('buyer'), 'reply %d needs a buyer message' % s['uid']
        c['buyer'] = fill(s['buyer'], c)
        variant = s.get('qvar') or ('noorder' if s.get('noorder') else r.choice(['full', 'full', 'full', 'mid', 'msgonly']))
        qtext = amazon_note(c, variant)
        if s.get('qprefix'):
            qtext = fill(s['qprefix'], c).strip('\n') + '\n\n' + qtext
    top = ZENDESK_MARK[lang] + '\n\n' if (style == 'zendesk' and kind == 're') else ''
    plain = top + ((greet + '\n\n') if greet else '') + body + ('\n\n' + sig if sig else '')
    if style == 'iphone' and kind == 're' and not s.get('nosent'):
        plain += '\n\n' + SENT_IPHONE[lang]
    if s.get('plain_tail'):
        plain += '\n\n' + fill(s['plain_tail'], c).strip('\n')
    if qtext:
        plain += '\n' + quote_plain(c, style, qtext)
    plain = plain.rstrip('\n') + '\n'
    if style == 'thunderbird' and fmt == 'plain' and s.get('flowed', True):
        plain = flow(plain)
        flowed = True
    else:
        flowed = False

    # ---- html
    html_doc = None
    inline = []
    if fmt in ('alt', 'html'):
        hb = fill(s['html_body'], c) if s.get('html_body') else text_to_html(body)
        parts = []
        if top:
            parts.append('<div>%s</div>' % esc(ZENDESK_MARK[lang]))
        if s.get('html_top'):
            parts.append(fill(s['html_top'], c))
        if greet:
            parts.append('<p>%s</p>' % esc(greet))
        parts.append(hb)
        if s.get('html_add'):
            parts.append(fill(s['html_add'], c))
        if s.get('sig_html'):
            parts.append(fill(s['sig_html'], c))
        elif sig:
            parts.append(text_to_html(sig))
        if s.get('logo'):
            cid = 'logo.%s@%s' % (c['uidhex'][:8], SELLERS[seller]['addr'].split('@')[1].split('.')[0])
            img = '<img src="cid:%s" alt="%s" width="140" height="36">' % (cid, esc(SHOP[seller]))
            if s['logo'] == 'linked':
                img = '<a href="%s">%s</a>' % (fill(s['logo_href'], c), img)
            parts.append('<p>%s</p>' % img)
            inline.append(('logo.png', 'image/png', png_bytes(140, 36, (40, 60, 80)), cid))
        if s.get('plain_tail') and not s.get('html_tail'):
            parts.append(text_to_html(fill(s['plain_tail'], c), link_amazon=False))
        if qtext:
            parts.append(quote_html(c, style, qtext))
        if s.get('html_tail'):
            parts.append(fill(s['html_tail'], c))
        head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        if s.get('html_head'):
            head += '\n' + fill(s['html_head'], c)
        battr = (' ' + fill(s['body_attr'], c)) if s.get('body_attr') else ''
        html_doc = '<!DOCTYPE html>\n<html>\n<head>\n%s\n</head>\n<body%s>\n%s\n</body>\n</html>\n' % (head, battr, '\n'.join(parts))

    # ---- charsets and encodings
    cs = s.get('cs')
    if not cs:
        if fmt == 'plain' and (style in ('outlook', 'thunderbird') or r.random() < 0.3):
            cs = r.choice(CS8[lang])
        elif lang == 'ja' and fmt == 'plain':
            cs = r.choice(['iso-2022-jp', 'shift_jis', 'utf-8'])
        else:
            cs = 'utf-8'
        try:
            plain.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
    cte = s.get('cte')
    if not cte:
        if cs == 'iso-2022-jp' or cs == 'us-ascii':
            cte = '7bit'
        elif cs == 'shift_jis':
            cte = r.choice(['base64', '8bit'])
        elif flowed:
            cte = '8bit'
        elif style in ('gorgias', 'edesk') or (lang == 'ja' and cs == 'utf-8'):
            cte = r.choice(['base64', 'base64', 'quoted-printable'])
        elif style in ('outlook', 'iphone'):
            cte = r.choice(['quoted-printable', '8bit'])
        else:
            cte = r.choice(['quoted-printable', 'quoted-printable', 'quoted-printable', 'base64', '8bit'])
    if cte == '7bit' and not all(ord(ch) < 128 for ch in plain.encode(cs).decode('latin-1')):
        cte = 'quoted-printable'
    if cte == '8bit' and max(len(l.encode(cs)) for l in plain.split('\n')) > 900:
        cte = 'quoted-printable'
    hcs = s.get('hcs') or ('utf-8' if cs in ('iso-2022-jp', 'shift_jis', 'us-ascii') else cs)
    if html_doc is not None:
        html_doc = html_doc.replace('charset=utf-8', 'charset=%s' % hcs)
        try:
            html_doc.encode(hcs)
        except UnicodeEncodeError:
            hcs = 'utf-8'
            html_doc = re.sub(r'charset=[\w-]+">', 'charset=utf-8">', html_doc, count=1)
    hcte = s.get('hcte') or ('base64' if cte == 'base64' else 'quoted-printable')
    crlf = s.get('crlf')
    if crlf is None:
        crlf = style in ('outlook', 'freshdesk') or r.random() < 0.15
    c['cs'], c['cte'], c['crlf'] = cs, cte, crlf

    # ---- assemble MIME
    b = 'h11_%s' % c['uidhex']
    extra = '; format=flowed' if flowed else ''
    leaf_plain = enc_part(plain, cs, cte, 'text/plain', extra) if fmt in ('plain', 'alt') else None
    leaf_html = enc_part(html_doc, hcs, hcte, 'text/html') if html_doc is not None else None
    if leaf_html and inline:
        rel = [leaf_html] + [att_part(n, t, d, 'inline', cid) for (n, t, d, cid) in inline]
        leaf_html = multipart('related', rel, b + '_rel', preamble=False)
    if fmt == 'alt':
        content = multipart('alternative', [leaf_plain, leaf_html], b + '_alt', preamble=False)
    elif fmt == 'html':
        content = leaf_html
    else:
        content = leaf_plain
    atts = []
    for (an, ak) in s.get('att', []):
        t, d = att_data(ak, c)
        atts.append((fill(an, c), t, d))
    c['atts'] = atts
    c['inline'] = inline
    if atts:
        content = multipart('mixed', [content] + [att_part(n, t, d) for (n, t, d) in atts], b + '_mix')

    # ---- headers
    if kind == 're':
        if s.get('subj'):
            subj = fill(s['subj'], c)
        else:
            pfx = OUTLOOK_PFX[lang] if style == 'outlook' else 'Re:'
            subj = '%s %s' % (pfx, c['amz_subject'])
            if style == 'zammad':
                subj = '[Ticket#%d] %s' % (r.randrange(10040000, 10099999), subj)
            elif style == 'freshdesk' and r.random() < 0.5:
                subj = '%s [#%d]' % (subj, r.randrange(40000, 49999))
    else:
        subj = fill(s['subj'], c)
    c['subject'] = subj
    agent_disp = '%s | %s' % (c['agent'], SHOP[seller]) if r.random() < 0.6 else SHOP[seller]
    frm = email.utils.formataddr((agent_disp, SELLERS[seller]['addr']), charset='utf-8')
    relay = c['relay']
    tos = r.random()
    if s.get('to'):
        to = fill(s['to'], c)
    elif tos < 0.5:
        to = relay
    elif tos < 0.85:
        to = email.utils.formataddr((c['name'], relay), charset='utf-8')
    else:
        to = relay.upper()
    hdrs = ['Date: ' + email.utils.format_datetime(c['date']), 'From: ' + frm, 'To: ' + to,
            hdr_encode('Subject', subj, 'iso-2022-jp' if (lang == 'ja' and cs == 'iso-2022-jp') else 'utf-8'),
            'Message-ID: <%s.%s@%s>' % (c['uidhex'], rid(r, 6), SELLERS[seller]['addr'].split('@')[1])]
    if kind == 're' and not s.get('no_irt'):
        ses = '<0102018%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (
            rid(r, 5, '0123456789abcdef'), rid(r, 8, '0123456789abcdef'), rid(r, 4, '0123456789abcdef'),
            rid(r, 4, '0123456789abcdef'), rid(r, 12, '0123456789abcdef'))
        if s.get('refs_only'):
            hdrs.append('References: ' + ses)
        else:
            hdrs += ['In-Reply-To: ' + ses, 'References: ' + ses]
    hdrs.append(MAILER[style] if kind == 're' else MAILER[{'lumetra': 'zendesk', 'bellandi': 'gorgias', 'florae': 'freshdesk',
                                                           'pagina': 'zammad', 'nordhem': 'edesk'}[seller] if style not in ('outlook', 'thunderbird', 'iphone', 'apple') else style])
    for h in s.get('hdrs', []):
        hdrs.append(fill(h, c))
    hdrs.append('MIME-Version: 1.0')
    msg = '\n'.join(hdrs) + '\n' + content
    data = msg.encode('utf-8') if False else None
    # the message is mixed bytes: headers ascii, bodies already encoded per charset for 8bit parts
    raw = bytes_of(msg, cs, hcs, cte, hcte)
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    c['plain'] = plain
    c['html'] = html_doc
    return c, raw


def bytes_of(msg, cs, hcs, cte, hcte):
    """Headers and base64/qp/7bit parts are ASCII; an 8bit part must be written in its charset."""
    if cte != '8bit' and hcte != '8bit':
        return msg.encode('ascii')
    return msg.encode(cs if cte == '8bit' else hcs)


def flow(text):
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= 76:
            out.append((' ' + line) if line.startswith(('From ', ' ')) else line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)

README_HEAD = """# heldout11: blind held-out set for bsm-guard

A labelled set of outgoing seller e-mails addressed to Amazon Buyer-Seller Messaging relay
addresses, written by an AI helper session (Claude) started from a bsm-guard project session, and
written **blind**: its author read only `/work/shared/POLICY.md`,
`/work/shared/corpus/README.md`, `/work/shared/corpus/FORMAT.md` and
`/work/shared/reference/amazon-policy.md`, plus general knowledge of helpdesks, mail clients and
Amazon's buyer-message notifications. The author did not read the filter's code, rules, tests,
the development corpus messages or any other corpus, and did not run the filter.

**Rule: this set is measured once and never tuned on.** Do not read individual messages to fix
detectors, do not add its phrases to rule packs, and do not regenerate it with changes after a
measurement. If a label looks wrong, record the disagreement next to the score instead of editing.

## What it is

Five invented sellers in different trades, each with its own helpdesk and signature habits, write
in ten marketplace languages (en, de, fr, es, it, ja, nl, pl, sv, pt): Lumetra (consumer
electronics, Zendesk conversation history and Gmail), Bellandi Calzature (shoes and fashion,
Gorgias and iPhone Mail), Florae (cosmetics, Freshdesk and Apple Mail, inline cid: logos),
Pagina & Pion (books and toys, Zammad and Outlook plain text) and Nordhem Living (furniture, eDesk,
Help Scout and Thunderbird format=flowed, imprint lines with VAT/registration numbers).
Most replies quote Amazon's localised buyer notification (message markers, order line, ASIN,
Seller Central reply link, "Was this email helpful?" links, commMgrTok token, Amazon footer; some
include Amazon's own notification-preferences sentence) in the seller's helpdesk quoting style.

Slightly more than half of the messages are compliant hard negatives: refunds and replacements
after review threats, neutral single review/feedback requests, "you can update your feedback if you
wish" after a resolution, firm answers to rude buyers, WhatsApp/LINE/Telegram/Skype as product
features, refusals to move to phone or WhatsApp, product names and book titles with trigger words
("Five Star Hotel" pillows, "Fünf Sterne für Fips", "The Unsubscribe Club"), Scunthorpe-style
substrings in street names and words (Cockburn, Marschall, Kuttekoven, Fittja, Pinto, Reputación,
calcolo, habite), prices, percentages, VAT/NIP/CNPJ numbers, tracking numbers grouped like phone
numbers (and called tracking numbers), RMA numbers and return addresses, allowed Amazon links,
[Important] used for delivery scheduling, address problems and customisation, PDF invoices,
manuals and photos. The violations cover every POLICY.md category, with the semantic ones written
in a different natural wording each time and some contact details obfuscated.

Messages are meant to be checked **in file-name order with one repeat-request ledger**. File names
(`NNNN-<lang>-<re|pro>-<topic>.eml`) use topics that occur among both compliant and violating
messages, so they do not reveal the label.

## Regenerating

```
python3 make.py      # rewrites msgs/, labels.jsonl and this README; exit 1 if a self-check fails
```

Python 3.11, standard library only, fixed seeds, byte-identical on every run. make.py builds every
attachment itself (PDF, PNG, baseline JPEG, GIF, ZIP/DOCX/XLSX/ODT containers, PE executable,
MP4/MOV/HEIC skeletons, WebP, RAR/7z signatures, ICS, HTML) and writes the MIME by hand.
Self-checks: every message parses with `email.policy.default` without defects; `kind` agrees with
In-Reply-To/References or the reply prefix; proactive messages carry a 3-7-7 order id unless
labelled `missing_order_id` (and those labelled do not); no proactive-only category on a reply;
`[Important]` subjects are either labelled or marked as legitimate; the repeat-request ledger
simulated in file order agrees with every `repeat_request` label; no order id is shared outside
a deliberate pair; every topic slug occurs among compliant and violating messages; every category
has at least 15 messages; compliant messages contain no non-Amazon URL, `www.`, bare domain,
non-relay address, emoji, List-Unsubscribe header, style attribute or block, remote image,
blank-line run, disallowed or mismatched attachment, more than five parts.

Labels follow POLICY.md and the conventions of the development corpus README (one element, one
category; the seller's address in an Outlook-quoted `To:` line counts; a remote image carrying the
recipient id is `tracking_pixel`; hidden `display:none` text counts for what it hides).
"""

README_TAIL = """

## Notes on judgement calls

- An `http:`/remote image without a recipient id is `styling`; a remote GIF in a centred block is
  labelled for the centring.
- Partial refunds stated as percentages resolve a problem and are compliant; the same percentage
  offered for a review is `review_incentive`.
- "Reply STOP/BAJA/SAIR/停止" sentences in seller promotions are `opt_out`; Amazon's own
  notification-preferences sentence inside the quoted notification is not.
- Proactive "delay, please choose" messages are treated as resolving a fulfilment issue
  (allowed), not as out-of-stock notices; a bare "item out of stock" notice is `unpermitted_proactive`.
- `[Important]` on a shipping confirmation, opening-hours notice, opt-out notice or newsletter is
  `important_tag`; on delivery scheduling, address and customisation questions it is not, even when
  the order id is missing (then only `missing_order_id`).
"""

# ========================================================================================
# ENGLISH
# ========================================================================================

# ---- compliant (hard negatives)
M('en', 'bellandi', 're', 'refund', """I'm really sorry the left boot arrived with a scuffed toe cap; that should never have got past our packing table.

I've issued a full refund of £89.00 to your original payment method just now. Banks usually take 3–5 working days to show it. There's no need to send the boots back, please keep or donate them as you prefer.""",
  buyer="""Boots arrived today and the left one has a big scuff on the toe. Not acceptable for £89. If this isn't sorted by tomorrow I'm leaving a 1 star review.""",
  hn='refund-after-review-threat,price-percent', note='unconditional refund after the buyer threatened a 1-star review in the quoted message; no mention of reviews in the answer')

M('en', 'lumetra', 're', 'damage', """Thanks for the photos, that crack in the housing is clearly transit damage.

A replacement LX-HUB8 left our Birmingham warehouse this morning with DHL. Your tracking number is 0034 0434 1612 3456 78 and the parcel should reach you on Thursday. The damaged hub can go in the recycling; we don't need it back.""",
  buyer="""The USB-C hub came with a cracked case, one of the HDMI ports wobbles. Photos attached in my Amazon message. What now?""",
  hn='replacement,tracking-number', note='replacement with a DHL tracking number grouped like a phone number (called a tracking number)')

M('en', 'lumetra', 'pro', 'review', """I hope the USB-C hub from order {oid} has been working well for you since it arrived.

If you have a moment, we would appreciate it if you could share your experience with other customers by leaving a review on Amazon. Whatever you think of it, every honest review helps.""",
  subj='Your Lumetra order {oid}', pair='en1', req=True, nog=False,
  hn='neutral-review-request', note='single neutral review request (first of a repeat pair)')

M('en', 'nordhem', 'pro', 'feedback', """Your Ekdal dining table (order {oid}) was delivered last week and we hope assembly went smoothly.

Would you consider leaving seller feedback about how the order went? You can do it from Your Orders: https://www.amazon.co.uk/gp/feedback/leave-customer-feedback.html?order={oid}

Thanks for shopping with us.""",
  subj='Order {oid} – how did we do?', mk='co.uk', req=True, pair='en2',
  hn='neutral-feedback-request,amazon-links', note='single neutral seller-feedback request with an Amazon feedback link')

M('en', 'florae', 're', 'feedback', """Good news: the replacement cleansing balm went out yesterday and Royal Mail shows it as out for delivery today (tracking number QH 1738 2046 5GB).

I'm sorry the first jar arrived with a cracked lid. Since you mentioned the feedback you left about it: if you feel we've put things right, it is possible to update it from Your Orders, but that's completely up to you and there's no need to reply to this either way.""",
  buyer="""The lid of the balm was cracked and half the product dried out. I already left feedback about it because nobody answered for two days.""",
  hn='feedback-update-if-you-wish,tracking-number', note='after resolving, mentions without pressure that feedback can be updated; Royal Mail tracking number')

M('en', 'pagina', 're', 'complaint', """I understand this has taken longer than it should, and I'm sorry it has been frustrating.

To be clear about where things stand: the refund for the Magnetic Building Tiles is issued automatically as soon as the carrier scans the return parcel. It hasn't been scanned yet. If you haven't printed the prepaid label, you can do so from Your Orders > Return or replace items. We can't refund before the item is on its way back, but I'll check the scan status myself on Monday and write to you here.""",
  buyer="""This is a joke. Third time I'm asking where my refund is. You people are useless and I want my money back NOW.""",
  quote='outlook', hn='firm-answer-rude-buyer', note='firm but polite answer to an angry buyer; Outlook quote header without seller address')

M('en', 'lumetra', 're', 'question', """Yes, the LW-5 shows notifications from WhatsApp, Telegram, Skype and regular SMS once it is paired with the Lumetra Fit app (iOS 15 or later, Android 10 or later). You can read the message and dismiss it on the watch, but replying isn't supported.

Calls show the caller's name and you can reject them from the watch; there is no speaker, so you can't take the call on the watch itself.""",
  buyer="""Does this watch show WhatsApp messages and can I answer calls with it?""", noorder=True, prod='Lumetra LW-5 Smartwatch with Call Alerts',
  hn='app-feature,product-question-no-oid', note='WhatsApp, Telegram, Skype named as product features; product question without order id')

M('en', 'nordhem', 're', 'delivery', """I completely understand wanting to sort this out quickly. We're only able to help buyers through Amazon's messaging, so we can't phone you or switch to WhatsApp, but I can arrange everything from here.

The carrier has your sofa at their Leeds hub. I've asked them to re-book the delivery for Wednesday 12 June; you'll get their usual text with a two-hour window the evening before.""",
  buyer="""Can someone just call me or WhatsApp me? It's much easier than these messages. I missed the delivery because nobody told me the time.""",
  hn='phone-refusal', note='declines a switch to phone or WhatsApp, no handle or number anywhere')

M('en', 'lumetra', 're', 'warranty', """Thanks for sending the log file. Our analysis shows the D2 stopped recording because the card was reporting write errors, not because of the camera itself.

The D2 needs a Class 10 / U3 microSD card between 32 and 256 GB. The "FreeFlow Pro 128GB" you mentioned is fine; please format it in the camera (Settings > Storage > Format) before the first drive. Firmware 1.3.0 is already on your unit, so nothing to update.""",
  buyer="""Dashcam stops recording after 10 minutes. Is it faulty? I've used a FreeFlow Pro 128GB card.""",
  hn='model-number-trigger,trigger-substring', note='model names and words with trigger parts (Class, analysis, FreeFlow), version number 1.3.0')

M('en', 'bellandi', 're', 'refund', """You're right, the loafers should have come in the branded box and dust bag. As the shoes themselves are fine and you'd like to keep them, I've refunded 15% of the item price (£14.85) for the missing packaging.

That refund went through today; it will appear as a separate line on your statement.""",
  buyer="""Shoes are ok but there was no box or dust bag, and they were a present. Bit disappointed for the price.""",
  hn='price-percent,refund', note='partial refund stated as a percentage and an amount, resolving a problem')

M('en', 'nordhem', 'pro', 'schedule', """Your Alva 3-seater sofa (order {oid}) is ready to leave our warehouse. Because it is a two-person delivery, the carrier needs you to choose a slot:

- Tuesday 18 June, 08:00–12:00
- Thursday 20 June, 12:00–16:00

Please reply with the slot that suits you. The crew will bring the sofa into the room of your choice; the packaging can be taken away on request.""",
  subj='[Important] Delivery slot for your sofa – order {oid}', imp_ok=True, mk='co.uk',
  hn='important-delivery,delivery-window', note='[Important] used correctly for scheduling a bulky delivery')

M('en', 'pagina', 'pro', 'address', """The courier has returned your parcel for order {oid} to their depot: the address on the order is 14 Cockburn Street, Edinburgh EH1 1BP, but the building has several flats and no flat number was given.

Could you reply with the flat number or the name on the door buzzer? We'll have it redelivered the next working day.""",
  subj='Order {oid}: flat number missing [Important]', imp_ok=True, mk='co.uk',
  hn='important-address,trigger-substring', note='[Important] correctly used for an address problem; Cockburn (trigger substring)')

M('en', 'bellandi', 'pro', 'order', """Thank you for ordering the personalised Classic loafers (order {oid}). Before our workshop stamps the insole we need to check the initials with you.

The order note says "J.R.W". Should the dots be included, and would you like them in gold or blind embossing? Nothing is stamped until we hear back from you.""",
  subj='[IMPORTANT] Monogram check for order {oid}', imp_ok=True,
  hn='important-customisation', note='[IMPORTANT] in upper case, correctly used for a customisation question')

M('en', 'florae', 'pro', 'invoice', """As requested in your order notes, please find attached the VAT invoice for order {oid} (invoice FL-2024-08812, VAT reg. no. GB 274 9183 62).

The invoice shows the net amount of £23.33 plus £4.67 VAT.""",
  subj='VAT invoice for order {oid}', att=[('Invoice_FL-2024-08812.pdf', 'pdf')], mk='co.uk',
  hn='invoice-pdf,vat-tax-id,price-percent', note='invoice sent proactively as PDF with a VAT number and prices')

M('en', 'pagina', 're', 'return', """No problem at all. Your return is authorised under RMA 2024-0412.

Please start it from Amazon so the label is linked to your order: https://www.amazon.co.uk/gp/css/returns/homepage.html

If you'd rather use your own carrier, the address is:
Pagina & Pion Returns, Unit 4, Essex Road Industrial Estate, Basildon SS14 3ZZ
Please write the RMA number on the outside of the parcel.""",
  buyer="""My son already has this marble run, can I send it back? It's unopened.""", quote='zammad',
  hn='rma-return-address,amazon-links,trigger-substring', note='RMA number, return address with postcode (Essex), Amazon returns link')

M('en', 'lumetra', 're', 'order', """You can see the full status on your order page: https://www.amazon.co.uk/gp/your-account/order-details?orderID={oid}

The soundbar was handed to Evri on Monday and their last scan shows it at the local depot. If it hasn't arrived by Friday, Amazon's A-to-z page explains the options: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV""",
  buyer="""Where is my soundbar? It's been 6 days.""",
  hn='amazon-links', note='links to the Amazon order page and help page only')

M('en', 'florae', 're', 'question', """Our rosehip oil is 100% cold-pressed Rosa canina seed oil with nothing added, so there is no fragrance or essential oil in it.

We can't give medical advice, so during pregnancy please check with your midwife or GP first, especially if your skin is more sensitive than usual at the moment.""",
  buyer="""Is the face oil safe to use while pregnant? Does it contain essential oils?""", noorder=True,
  prod='Florae Rosehip Face Oil 30 ml', hn='product-question-no-oid,price-percent', note='product question answered without order id; 100% is not a promotion')

M('en', 'bellandi', 're', 'followup', """That's lovely to hear, thank you for letting us know. Enjoy wearing them!""",
  buyer="""Got the boots today, they fit perfectly. Thanks for the quick exchange!""", quote='iphone',
  hn='thank-you-reply', note='short thank-you in a reply (only proactive thank-you-only messages are forbidden)')

M('en', 'nordhem', 're', 'delivery', """The table is booked for Friday 7 June between 07:00 and 11:00. The crew of two will unpack it, fit the legs and take the packaging away.

The consignment number for the carrier is 7731 0042 8856 1190 in case you need to quote it to them.""",
  buyer="""When exactly is the table coming? I need to take the day off work.""", quote='helpscout',
  hn='delivery-window,tracking-number', note='delivery window and a consignment number in phone-like groups')

M('en', 'lumetra', 're', 'return', """The soundbar remote uses two AAA batteries; they're in a small bag taped inside the lid of the box, which is easy to miss.

If it still doesn't pair after new batteries, hold the INPUT and VOL- buttons for five seconds until the LED blinks twice.""",
  buyer="""The remote doesn't do anything. Do I need to return the whole soundbar?""", qvar='optout',
  hn='amazon-optout-sentence,quoted-notification', note="quoted Amazon notification including Amazon's own notification-preferences sentence")

M('en', 'nordhem', 're', 'damage', """I'm sorry the bracket on one leg was bent. I've attached the assembly manual with the corrected step 4 and a photo showing which way round the replacement bracket goes. The new bracket is in the post today, 2nd Class, so it should arrive by Wednesday.""",
  buyer="""One of the leg brackets is bent, the table wobbles. Also the instructions for step 4 don't make sense.""",
  att=[('Assembly_manual_Ekdal_v2.pdf', 'pdf'), ('leg_bracket_orientation.jpg', 'jpg')], quote='thunderbird', fmt='plain',
  hn='attachments-ok,trigger-substring', note='manual PDF and a JPEG photo attached; "2nd Class" post')

M('en', 'florae', 're', 'exchange', """Of course. Please return the unopened balm through Your Orders and choose "Exchange"; as soon as the carrier scans it we'll send the 50 g travel size instead and refund the £6.00 difference.""",
  buyer="""I ordered the 100 g balm by mistake, I wanted the small one for travelling. Can I swap it?""", logo='cid',
  hn='inline-logo-cid,price-percent', note='unlinked inline logo referenced by cid:, price difference refunded')

M('en', 'pagina', 'pro', 'return', """We received your return for order {oid} today, thank you. The parcel contained "The Lighthouse Keeper's Cat" in paperback, but the order was for the hardcover edition.

Could you check whether the hardcover is still with you? Once we know, we can either wait for it or process the refund for the paperback price if that was sent by mistake.""",
  subj='Question about your return – order {oid}', mk='co.uk',
  hn='proactive-return-question', note='proactive return-related question, allowed reason')

M('en', 'pagina', 're', 'review', """Sorry about the torn dust jacket. A new copy of "The Lighthouse Keeper's Cat" is on its way with Royal Mail (tracking number AB 4827 3361 5GB) and you can keep the first one.

If you have a moment once it arrives, we'd be grateful for a review of the book on Amazon. Thank you!""",
  buyer="""The book arrived with the dust jacket torn. It's a gift so I need a nice copy.""",
  req=True, hn='neutral-review-request-in-reply,replacement,tracking-number', note='one neutral review request inside a support reply, unique order')

# ---- violations
M('en', 'lumetra', 'pro', 'review', """Hope the S7 Pro soundbar is filling your living room nicely!

We're a small team, so reviews make a real difference to us. Once your review of order {oid} is up on Amazon, just drop us a line here and we'll send a £10 Amazon gift card over as a thank you for your time.""",
  subj='A small thank you – order {oid}', req=True, labels=['review_incentive'],
  note='gift card promised once the review is posted')

M('en', 'bellandi', 're', 'review', """I'm so sorry about the squeak in the left heel; it's a loose shank, which our workshop can fix in minutes. I've refunded the full £119 to your card today.

I also saw your 2-star review. Now that we've made it right, would you consider taking it down? If you do, I'd like to send you our leather care kit with our compliments.""",
  buyer="""The left boot squeaks terribly with every step. I've left a review so others know.""",
  labels=['review_incentive', 'feedback_removal'], note='refund given, then a free care kit offered for removing the review')

M('en', 'florae', 'pro', 'review', """Your rosehip oil (order {oid}) should have been on your shelf for a couple of weeks now.

If your skin is loving it, a few words on Amazon would mean the world to a small brand like ours. And if it isn't quite working for you, please don't post anything yet: just reply here and we'll sort it out together first.""",
  subj='How is your skin feeling? ({oid})', req=True, labels=['review_manipulation'],
  note='review gating: review only if happy, otherwise contact us instead')

M('en', 'pagina', 're', 'review', """The missing yellow chute piece has been posted today, first class, so your marble run will be complete by the weekend.

When you get round to writing your review, could you mention how quickly we replaced the part and that every piece is solid beech? Those two details really help other parents decide.""",
  buyer="""One piece is missing from the marble run, the yellow chute. Kids are disappointed.""",
  req=True, labels=['review_manipulation'], note='tells the buyer what to write in the review')

M('en', 'nordhem', 're', 'feedback', """Good to hear the new sofa leg fits and the sofa is level again.

There's one thing I'd really appreciate: your 1-star feedback is currently the only negative one on our account this quarter and it's hurting us with Amazon. Could you revisit it today, now that everything is fixed?""",
  buyer="""New leg arrived and fitted. Finally.""", labels=['feedback_removal'],
  note='presses the buyer to revisit (change) negative feedback, urgency and guilt')

M('en', 'lumetra', 'pro', 'followup', """Quick nudge from the Lumetra team about order {oid}: we noticed your thoughts on the USB-C hub haven't appeared on Amazon yet.

No pressure at all, but if you've got a spare minute this week, a review would still be really welcome.""",
  subj='Still keen to hear from you – {oid}', pair='en1', req=True, labels=['repeat_request'],
  note='second review request for the same order (pair en1)')

M('en', 'bellandi', 're', 'sizing', """The Chelsea boots run true to size, so a 39 should be right if that's what you usually wear; if you're between sizes, go up.

By the way, our autumn drop has just landed: the suede loafers and the new trench are 20% off until Sunday with the code AUTUMN20 at checkout. (Rather not hear about offers? Just reply UNSUBSCRIBE.)""",
  buyer="""Do the Chelsea boots run small? I'm usually a 39.""", noorder=True,
  labels=['marketing', 'opt_out'], note='sizing answer followed by a sale and discount code unrelated to any problem')

M('en', 'florae', 'pro', 'info', """Spring is here, and so is our new Neroli Glow Serum.

Because you ordered from us (order {oid}), you get early access: 25% off everything on our own website this week only, at https://florae-naturkosmetik.de/spring-edit?utm_source=amazon

You're receiving this because you bought from Florae. Not interested? Unsubscribe here: https://florae-naturkosmetik.de/newsletter/unsubscribe?u={uidhex}""",
  subj='New in: Neroli Glow Serum – early access for you', fmt='html',
  html_body="""<p>Spring is here, and so is our new <b>Neroli Glow Serum</b>.</p>
<p>Because you ordered from us (order {oid}), you get early access: 25% off everything on our own website this week only.</p>
<p><a href="https://florae-naturkosmetik.de/spring-edit?utm_source=amazon">Shop the spring edit</a></p>
<p>You're receiving this because you bought from Florae. Not interested? <a href="https://florae-naturkosmetik.de/newsletter/unsubscribe?u={uidhex}">Unsubscribe</a></p>""",
  html_tail='<img src="https://mail.florae-naturkosmetik.de/open/{uidhex}.gif" width="1" height="1" alt="">', nosig=True,
  labels=['external_link', 'marketing', 'opt_out', 'tracking_pixel'], note='newsletter-style promotion with shop link, unsubscribe link and 1x1 open pixel')

M('en', 'pagina', 're', 'damage', """Frankly, it's pretty obvious the cover was bent after it arrived; we pack every book in a rigid mailer. Don't waste our time with this rubbish, and don't bother asking again.""",
  buyer="""The cover of the book is bent. Can I have a replacement please?""", quote='outlook',
  labels=['offensive'], note='insulting, dismissive answer to a polite buyer')

M('en', 'lumetra', 're', 'complaint', """This is the fourth claim you've opened on a perfectly working product. Keep filing fake claims and we will report your account and make sure you regret it. Think very carefully before you message us again.""",
  buyer="""The soundbar still crackles. I want a refund, otherwise I'll open an A-to-z claim.""",
  labels=['offensive'], note='threat and harassment of the buyer, no profanity')

M('en', 'nordhem', 'pro', 'shipping', """Good news: your Ekdal dining table (order {oid}) left our warehouse in Malmö this morning and is on its way to you with DHL Freight.

Tracking number: 00340434161234567890. Expected delivery: 3–5 working days.""",
  subj='[Important] Your table is on its way! Order {oid}', mk='co.uk', labels=['important_tag', 'unpermitted_proactive'],
  note='proactive shipping confirmation (tracking number itself is fine)')

M('en', 'bellandi', 'pro', 'order', """Thank you so much for choosing Bellandi! We hope you love your new shoes as much as we loved making them.

Our team is always here for you if you need anything at all.""",
  subj='Thank you from all of us at Bellandi', labels=['missing_order_id', 'unpermitted_proactive'],
  note='thank-you-only proactive message without order id')

M('en', 'florae', 'pro', 'review', """We hope you're enjoying the lip care set from order {oid}. When you have a moment, we'd appreciate an honest review on Amazon; it helps other customers choose.""",
  subj='[Important] A quick question about order {oid}', req=True, labels=['important_tag'],
  note='[Important] on a plain review request (not needed to complete the order)')

M('en', 'lumetra', 're', 'warranty', """The hub is covered by our 24-month warranty. Please send the serial number (it starts with LXH8-) and a short video of the issue, and we'll replace it straight away.

Tom Harley
Lumetra UK Support
T: 020 7946 0321 | M: 07700 900 817
support@lumetra-tech.eu""",
  buyer="""My hub stopped charging the laptop after two months. Is it under warranty?""", nosig=True,
  labels=['contact_email', 'contact_phone'], note='signature block with landline, mobile and e-mail address')

M('en', 'bellandi', 're', 'damage', """Sorry to hear the sole is coming away at the toe. To speed things up, just snap a couple of photos and Whats\u200bApp them to me on +44 7700\u00a0900\u200b412, and I'll get the workshop to look at them today.""",
  buyer="""The sole of the right shoe is coming off after one week.""",
  obf=True, labels=['contact_phone', 'contact_other'], note='obfuscated (zero-width space inside WhatsApp and the number): WhatsApp with a UK mobile number (fictional range)')

M('en', 'pagina', 're', 'shipping', """It's with Royal Mail: you can follow it live here: https://www.royalmail.com/track-your-item#/tracking-results/RK483722159GB

It should arrive tomorrow before 1 pm.""",
  buyer="""Has the puzzle been sent?""", labels=['external_link'], note='carrier tracking URL (not an Amazon page)')

M('en', 'nordhem', 're', 'update', """The replacement cushion covers are booked in for Thursday, and I've added a note for the driver about the side gate 😊

Let me know if anything else comes up!""",
  buyer="""Please tell the driver to use the side gate, the front door is blocked by scaffolding.""", quote='helpscout',
  html_tail='<img src="https://beacon.hs-opentrack.net/t/{uidhex}/{relay_b64}.png" width="1" height="1" alt="">',
  labels=['tracking_pixel', 'styling'], note='Help Scout style open-tracking pixel with the relay id, and an emoji')

M('en', 'lumetra', 're', 'update', """The HDMI flicker on macOS 14 is fixed in firmware 2.1. I've attached the updater; unzip it, connect the hub and run LX-HUB8_Updater.exe as administrator.""",
  buyer="""Screen flickers when the hub is connected to my MacBook. Any fix?""",
  att=[('LX-HUB8_fw_2.1.zip', 'zip')], labels=['attachment'], note='firmware sent as a ZIP archive')

M('en', 'nordhem', 'pro', 'schedule', """Your Alva sofa is ready for delivery. Because it's a two-person delivery, please choose a slot: Monday 08:00–12:00 or Wednesday 12:00–16:00, and reply here.""",
  subj='[Important] Delivery slot for your Alva sofa', imp_ok=True, labels=['missing_order_id'],
  note='legitimate [Important] delivery scheduling but no order id anywhere')

M('en', 'florae', 're', 'question', """Yes, the cleansing balm is suitable for sensitive skin and is fragrance free. If you have any other questions, you can also write to Hannah directly: hannah (at) florae-naturkosmetik (dot) de""",
  buyer="""Is the balm ok for very sensitive skin?""", noorder=True, obf=True,
  labels=['contact_email'], note='obfuscated ((at)/(dot) address): agent gives her own address spelled out')

M('en', 'pagina', 're', 'exchange', """Thank you, we've received the puzzle and the replacement with all 1000 pieces was dispatched this morning.""",
  buyer="""I've sent back the puzzle with the missing pieces, when will the new one come?""", quote='outlook', fmt='alt',
  html_head="""<style><!--
/* Font Definitions */
@font-face {font-family:"Calibri"; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
--></style>""",
  html_body="""<div class="WordSection1"><p class="MsoNormal">Thank you, we've received the puzzle and the replacement with all 1000 pieces was dispatched this morning.<o:p></o:p></p></div>""",
  labels=['styling'], note="Outlook's default Calibri/link-colour style block in the HTML part")

M('en', 'bellandi', 're', 'refund', """Your refund has been processed. While you wait, why not treat yourself? The whole Bellandi range is on Instagram @bellandi.calzature, follow us for first dibs on new styles!""",
  buyer="""Has my refund gone through yet?""",
  html_tail='<img src="https://gorgias-open.io/px/{uidhex}.gif?email={relay_b64}" width="1" height="1" alt="">',
  labels=['contact_other', 'marketing', 'tracking_pixel'], note='Instagram handle with "follow us" promotion, plus an open pixel')

M('en', 'lumetra', 'pro', 'review', """Hi again! We saw you picked up our LW-5 smartwatch with order 206-339127-4418802.

Reviews keep our little shop alive, so we'd be grateful if you could leave one: the more stars the better! It only takes a minute.""",
  subj='Loving your LW-5?', mk='co.uk', req=True, nog=True, labels=['review_manipulation', 'missing_order_id'],
  note='asks for "the more stars the better"; the order id is mistyped (glued digits) so no valid 3-7-7 id')

M('en', 'florae', 'pro', 'followup', """Following up on your order {oid}: if you haven't had the chance yet, we'd still love to hear how we did as a seller. It only takes a moment from Your Orders, and it really helps a small brand like ours.""",
  subj='Order {oid} – a quick follow-up', pair='de_en', req=True, labels=['repeat_request'],
  note='second seller-feedback request for an order first asked in German (pair de_en), this time in English')

# ========================================================================================
# GERMAN
# ========================================================================================

M('de', 'lumetra', 're', 'refund', """vielen Dank für Ihre Rückmeldung und entschuldigen Sie bitte den Ärger mit der Soundbar.

Wir haben Ihnen soeben den vollen Kaufpreis von 149,99 € erstattet. Da Sie mit einem Amazon-Geschenkgutschein bezahlt haben, wird der Betrag wieder Ihrem Gutscheinkonto gutgeschrieben – das geht in der Regel innerhalb von 24 Stunden. Eine Rücksendung ist nicht nötig.""",
  buyer="""Die Soundbar brummt ständig, auch ohne Ton. Ich bin echt enttäuscht und werde das auch so bewerten, wenn hier nichts passiert.""",
  hn='refund-after-review-threat,trigger-word-gutschein', note='unconditional refund after a review threat; "Geschenkgutschein" only as the payment method being credited')

M('de', 'nordhem', 're', 'delivery', """die Spedition hat Ihren Esstisch heute übernommen. Ihre Sendungsnummer lautet 0034 0434 1612 3456 7890, die Lieferung ist für Donnerstag, den 13. Juni, zwischen 8 und 12 Uhr geplant.

Die Fahrer melden sich am Vortag telefonisch unter der Nummer an, die in Ihrer Amazon-Bestellung hinterlegt ist.""",
  buyer="""Wann kommt denn nun der Tisch? Ich muss mir frei nehmen.""",
  hn='tracking-number,delivery-window', note='DHL Sendungsnummer in Vierergruppen, Lieferfenster, Spedition ruft die hinterlegte Nummer an')

M('de', 'pagina', 'pro', 'review', """Ihre Holz-Kugelbahn aus der Bestellung {oid} ist inzwischen sicher schon im Kinderzimmer aufgebaut.

Falls Sie einen Moment Zeit haben, würden wir uns über eine Rezension auf Amazon freuen – ganz gleich, wie Ihr Eindruck ausfällt. Ehrliche Erfahrungsberichte helfen anderen Eltern bei der Auswahl.""",
  subj='Ihre Bestellung {oid} bei Pagina & Pion', pair='de1', req=True,
  hn='neutral-review-request', note='neutrale einmalige Bitte um eine Rezension (erstes Element eines Paares)')

M('de', 'florae', 'pro', 'feedback', """wir hoffen, das Hagebutten-Gesichtsöl aus Ihrer Bestellung {oid} ist gut bei Ihnen angekommen.

Wenn Sie mögen, können Sie uns als Verkäufer über Ihre Bestellübersicht bewerten: https://www.amazon.de/gp/feedback/leave-customer-feedback.html?order={oid}
Vielen Dank und eine schöne Woche!""",
  subj='Kurze Frage zu Ihrer Bestellung {oid}', pair='de_en', req=True,
  hn='neutral-feedback-request,amazon-links', note='neutrale Bitte um Verkäuferbewertung mit Amazon-Link (erstes Element eines deutsch-englischen Paares)')

M('de', 'bellandi', 're', 'feedback', """die neuen Chelsea Boots in Größe 40 sind laut DHL heute zugestellt worden (Sendungsnummer JJD000390007345612) – ich hoffe, diesmal passen sie perfekt.

Sie hatten erwähnt, dass Sie wegen des Umtauschs eine Verkäuferbewertung abgegeben haben. Falls Sie finden, dass wir das Problem gelöst haben, können Sie diese Bewertung jederzeit aktualisieren. Das ist aber selbstverständlich ganz Ihnen überlassen.""",
  buyer="""Der Umtausch hat ewig gedauert, deshalb habe ich auch eine schlechte Bewertung geschrieben. Wann kommen die neuen Schuhe?""",
  hn='feedback-update-if-you-wish,tracking-number', note='nach gelöstem Problem neutraler Hinweis, dass die Bewertung aktualisiert werden kann')

M('de', 'lumetra', 're', 'complaint', """ich verstehe Ihren Ärger, und es tut mir leid, dass die Uhr nicht wie erwartet funktioniert.

Ich muss Ihnen aber ehrlich sagen: Eine Erstattung ohne Rücksendung können wir bei einem Gerät, das laut Ihrer Beschreibung funktioniert, nicht anbieten. Sie können die LW-5 innerhalb der Rückgabefrist über „Meine Bestellungen“ kostenlos zurückschicken; sobald das Paket bei uns eingescannt ist, wird der Betrag automatisch erstattet.""",
  buyer="""Was für ein Saftladen. Die Uhr ist Schrott, ich will mein Geld zurück, und zwar sofort, ohne das Ding zurückzuschicken.""",
  hn='firm-answer-rude-buyer', note='bestimmte, höfliche Antwort auf einen ausfälligen Käufer (der Käufer beschimpft, der Verkäufer nicht)')

M('de', 'lumetra', 're', 'question', """ja, die LW-5 zeigt Benachrichtigungen von WhatsApp, Signal, Telegram und normalen SMS an, sobald sie mit der App „Lumetra Fit“ gekoppelt ist. Antworten können Sie auf der Uhr allerdings nicht.

Eingehende Anrufe vom Handy werden mit Namen angezeigt und lassen sich ablehnen; ein Lautsprecher ist nicht eingebaut.""",
  buyer="""Kann ich mit der Uhr WhatsApp lesen und Anrufe annehmen?""", noorder=True, prod='Lumetra LW-5 Smartwatch mit Anrufbenachrichtigung',
  hn='app-feature,product-question-no-oid', note='WhatsApp, Signal, Telegram als Produktfunktion, Produktfrage ohne Bestellnummer')

M('de', 'nordhem', 're', 'damage', """danke für die Fotos. Leider können wir keine Gespräche per Telefon oder WhatsApp führen – die gesamte Kommunikation läuft bei Amazon-Bestellungen über das Nachrichtensystem. Ich kann aber alles Nötige von hier aus erledigen.

Der Bezug des Kissens wird ersetzt; die Ersatzlieferung geht morgen raus.""",
  buyer="""Können Sie mich bitte einfach anrufen? Oder schreiben Sie mir auf WhatsApp, das ist einfacher. Der Kissenbezug hat eine Naht offen.""",
  hn='phone-refusal', note='lehnt Telefon und WhatsApp ab, ohne Nummer oder Kennung')

M('de', 'pagina', 're', 'question', """das Bilderbuch „Fünf Sterne für Fips“ ist ab 4 Jahren empfohlen und hat 32 Seiten. Die gebundene Ausgabe hat stabile, abwischbare Seiten.

Den Folgeband „Fips und der Gratis-Zirkus“ führen wir leider nicht.""",
  buyer="""Für welches Alter ist Fünf Sterne für Fips geeignet? Gibt es einen zweiten Band?""", noorder=True,
  prod='Fünf Sterne für Fips (Gebundene Ausgabe)', hn='model-number-trigger,product-question-no-oid',
  note='Buchtitel mit Auslösewörtern ("Fünf Sterne", "Gratis"), keine Werbung, keine Bestellnummer')

M('de', 'bellandi', 're', 'refund', """Sie haben recht: Auf der Produktseite stand zum Kaufzeitpunkt ein Preis von 119,00 €, berechnet wurden 129,00 €. Die Differenz von 10,00 € (knapp 8 %) haben wir Ihnen heute erstattet.

Die Gutschrift erscheint je nach Bank in 3 bis 5 Werktagen.""",
  buyer="""Mir wurden 129 Euro berechnet, auf der Seite stand aber 119. Wie kann das sein?""",
  hn='price-percent,refund', note='Preisdifferenz und Prozentwert als Erstattung, keine Aktion')

M('de', 'nordhem', 'pro', 'schedule', """Ihr Sofa Alva (Bestellung {oid}) wird als Zwei-Mann-Lieferung bis in die Wohnung getragen. Dafür benötigt die Spedition einen festen Termin.

Folgende Zeitfenster sind frei:
- Dienstag, 9. Juli, 7–11 Uhr
- Mittwoch, 10. Juli, 12–16 Uhr

Bitte antworten Sie kurz mit Ihrem Wunschtermin und teilen Sie uns mit, in welchem Stockwerk die Wohnung liegt und ob ein Aufzug vorhanden ist.""",
  subj='[Important] Liefertermin für Ihr Sofa – Bestellung {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] korrekt für Terminvereinbarung einer Speditionslieferung')

M('de', 'florae', 'pro', 'address', """leider kam Ihr Paket zur Bestellung {oid} an uns zurück: Laut DHL ist die Adresse „Marschallstraße 7, 80331 München“ unvollständig, es fehlt der Name am Briefkasten bzw. ein c/o-Vermerk.

Könnten Sie uns bitte den vollständigen Namen am Klingelschild nennen? Wir versenden dann sofort erneut.""",
  subj='Bestellung {oid} – Rückfrage zur Lieferadresse [important]', imp_ok=True,
  hn='important-address,trigger-substring', note='[important] in Kleinschreibung, korrekt für Adressproblem; "Marschall" enthält ein Schimpfwort als Teil')

M('de', 'pagina', 'pro', 'order', """vielen Dank für Ihre Bestellung {oid}. Sie haben für das Kinderbuch eine persönliche Widmung gewählt.

Im Bestellhinweis steht: „Für Lotta zum 6. Geburtstag – von Oma & Opa“. Sollen wir den Text genau so übernehmen, und darf er auf die erste Innenseite? Wir drucken erst nach Ihrer Bestätigung.""",
  subj='[Important] Widmungstext für Bestellung {oid} bestätigen', imp_ok=True,
  hn='important-customisation', note='[Important] korrekt für eine Personalisierungsfrage')

M('de', 'nordhem', 'pro', 'invoice', """anbei erhalten Sie wie gewünscht die Rechnung zu Ihrer Bestellung {oid} mit ausgewiesener Umsatzsteuer.

Rechnungsnummer: NH-2024-10377
Unsere USt-IdNr.: DE298765432
Ihre USt-IdNr. (laut Bestellung): DE314159265""",
  subj='Rechnung zu Ihrer Bestellung {oid}', att=[('Rechnung_NH-2024-10377.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id', note='Rechnung als PDF, USt-IdNr. beider Seiten, Rechnungsnummer')

M('de', 'lumetra', 're', 'return', """Sie können den Hub selbstverständlich zurückgeben. Bitte starten Sie die Rücksendung über Amazon, damit das Etikett Ihrer Bestellung zugeordnet ist: https://www.amazon.de/gp/css/returns/homepage.html

Ihre RMA-Nummer lautet LX-RMA-77312. Rücksendeadresse, falls Sie lieber selbst versenden:
Lumetra Retourenzentrum, Halle 3, Am Kesselhaus 9, 34117 Kassel""",
  buyer="""Der Hub passt nicht an meinen Laptop, kann ich ihn zurückschicken?""",
  hn='rma-return-address,amazon-links,trigger-substring', note='RMA-Nummer, Rücksendeadresse mit PLZ (Kassel), Amazon-Retourenlink')

M('de', 'florae', 're', 'question', """unser Reinigungsbalsam enthält keine Duftstoffe und kein Palmöl. Die INCI-Liste finden Sie auch auf der Produktseite unter „Wichtige Hinweise“.

Die Haltbarkeit nach dem Öffnen beträgt 12 Monate (Symbol mit dem offenen Tiegel und „12M“).""",
  buyer="""Ist im Balsam Palmöl drin? Und wie lange hält er offen?""", noorder=True,
  hn='product-question-no-oid', note='Produktfrage ohne Bestellnummer, "Wichtige Hinweise" im Text')

M('de', 'bellandi', 're', 'followup', """das freut uns sehr zu hören – danke, dass Sie sich noch einmal gemeldet haben! Viel Freude mit dem Trenchcoat.""",
  buyer="""Der Mantel ist angekommen und sitzt super. Danke für den schnellen Umtausch!""", quote='iphone',
  hn='thank-you-reply', note='kurzes Dankeschön als Antwort (nicht proaktiv)')

M('de', 'lumetra', 're', 'warranty', """Ihre Dashcam D2 hat 24 Monate Herstellergarantie ab Kaufdatum. Bitte senden Sie uns die Seriennummer (Aufkleber unter der Halterung, beginnt mit D2-EU-) sowie ein kurzes Video des Fehlers.

Zur Info: Die Fehlermeldung „SD-Klasse zu niedrig“ erscheint bei Karten unterhalb von U3. Die Analyse Ihrer Logdatei deutet genau darauf hin.""",
  buyer="""Die Kamera zeigt immer 'SD Klasse zu niedrig' an. Ist das ein Garantiefall?""", qvar='optout',
  hn='model-number-trigger,trigger-substring,amazon-optout-sentence', note='Seriennummernpräfix, Analyse/Klasse, zitierte Amazon-Benachrichtigung mit deren Einstellungs-Hinweis')

M('de', 'nordhem', 're', 'damage', """anbei die Montageanleitung für den Ekdal-Tisch als PDF sowie ein Foto, wie die Winkel richtig herum eingesetzt werden. Die Ersatzschrauben (M8 × 40, 4 Stück) sind heute per Post raus.""",
  buyer="""Bei der Montage fehlen vier Schrauben und die Anleitung ist unklar bei Schritt 5.""",
  att=[('Montageanleitung_Ekdal.pdf', 'pdf'), ('Winkel_Schritt5.jpg', 'jpg'), ('Stückliste.txt', 'txt')], quote='thunderbird',
  hn='attachments-ok', note='PDF-Anleitung, JPEG-Foto und TXT mit Umlaut im Dateinamen (RFC 2231)')

M('de', 'florae', 're', 'exchange', """gerne tauschen wir das Lippenpflege-Set gegen die Variante ohne Minze. Bitte schicken Sie das ungeöffnete Set über „Meine Bestellungen“ zurück; die Rücksendung ist für Sie kostenlos. Das neue Set geht raus, sobald das Paket eingescannt wurde.""",
  buyer="""Ich vertrage keine Minze, kann ich das Set umtauschen?""", logo='cid',
  hn='inline-logo-cid,trigger-word-kostenlos', note='unverlinktes Inline-Logo über cid:, "kostenlos" für die Rücksendung')

M('de', 'pagina', 're', 'stock', """die magnetischen Bausteine sind bei uns ab dem 20. August wieder verfügbar. Ihre Bestellung ist davon nicht betroffen – die wurde bereits am Montag versendet (Sendungsnummer H1002345678901234567 bei Hermes).""",
  buyer="""Ich möchte noch ein zweites Set bestellen, habt ihr wieder welche? Und wo ist mein erstes?""", quote='outlook',
  hn='tracking-number,stock-answer-in-reply', note='Verfügbarkeitsauskunft als Antwort auf Frage, Hermes-Sendungsnummer')

M('de', 'lumetra', 'pro', 'return', """Ihre Rücksendung zu Bestellung {oid} ist heute bei uns eingetroffen. Im Karton lag allerdings nur die Soundbar, der Subwoofer fehlt.

Könnten Sie bitte nachsehen, ob der Subwoofer noch bei Ihnen ist oder separat verschickt wurde? Dann können wir die Erstattung vollständig abschließen.""",
  subj='Rückfrage zu Ihrer Rücksendung – Bestellung {oid}',
  hn='proactive-return-question', note='proaktive Rückfrage zur Rücksendung (erlaubter Anlass)')

M('de', 'bellandi', 're', 'sizing', """die Loafer fallen normal aus. Wenn Sie zwischen zwei Größen liegen, empfehlen wir die größere, da Wildleder sich kaum weitet. Die Innenlänge bei Größe 43 beträgt 27,8 cm.""",
  buyer="""Fallen die Loafer eher klein aus? Ich habe meist 43, manchmal 44.""", noorder=True,
  hn='product-question-no-oid', note='Größenberatung ohne Bestellnummer, Maße')

M('de', 'pagina', 're', 'review', """entschuldigen Sie bitte, dass im Puzzle zwei Teile gefehlt haben. Ein komplettes neues Puzzle ist heute an Sie rausgegangen, das alte dürfen Sie behalten.

Wenn Sie mögen, freuen wir uns über eine Rezension, sobald Sie es fertig gelegt haben. Vielen Dank!""",
  buyer="""Beim Puzzle fehlen zwei Teile, sehr ärgerlich.""", req=True, quote='zammad', pair='de2',
  hn='neutral-review-request-in-reply,replacement', note='neutrale Rezensionsbitte in einer Support-Antwort, eigene Bestellnummer')

# ---- violations
M('de', 'florae', 'pro', 'review', """wir hoffen, Ihr neues Gesichtsöl (Bestellung {oid}) tut Ihrer Haut gut!

Kleine Bitte: Wenn Sie uns eine Rezension auf Amazon hinterlassen, schicken Sie uns einfach einen Screenshot als Antwort auf diese Nachricht. Als Dankeschön bekommen Sie dann das Reinigungsbalsam in Reisegröße gratis zu Ihrer nächsten Bestellung dazu.""",
  subj='Ein Dankeschön für Sie – Bestellung {oid}', req=True, labels=['review_incentive'],
  note='Gratisprodukt gegen Screenshot der Rezension')

M('de', 'lumetra', 're', 'review', """der Austausch des Hubs ist veranlasst, das neue Gerät ist unterwegs.

Noch eine Sache: Wir haben Ihre 1-Sterne-Rezension gesehen. Wenn Sie diese nach dem Austausch anpassen würden, erstatten wir Ihnen zusätzlich 20 € auf Ihr Konto – das wäre nur fair, finden Sie nicht?""",
  buyer="""Der Hub ist nach drei Tagen kaputt gegangen. Habe schon eine Rezension geschrieben.""",
  labels=['review_incentive', 'feedback_removal'], note='Geld für das Anpassen einer Rezension')

M('de', 'bellandi', 'pro', 'review', """Ihre Stiefeletten aus der Bestellung {oid} sind jetzt seit zwei Wochen bei Ihnen.

Sind Sie rundum zufrieden? Dann freuen wir uns riesig über fünf Sterne auf Amazon! Sollte etwas nicht passen, melden Sie sich lieber zuerst bei uns, bevor Sie etwas schreiben.""",
  subj='Wie gefallen Ihnen Ihre neuen Stiefeletten? ({oid})', req=True, labels=['review_manipulation'],
  note='Bitte um fünf Sterne mit Bewertungs-Gating (erst bei uns melden)')

M('de', 'nordhem', 're', 'feedback', """schön, dass der Tisch jetzt stabil steht.

Ihre Bewertung mit zwei Sternen entspricht ja nun nicht mehr der Situation. Es wäre super, wenn Sie sie auf fünf Sterne ändern könnten, das hilft uns als kleinem Händler enorm.""",
  buyer="""Tisch steht jetzt, danke für die Ersatzteile.""",
  labels=['review_manipulation', 'feedback_removal'], note='Bitte, die Bewertung auf fünf Sterne zu ändern')

M('de', 'pagina', 're', 'feedback', """die Ersatzlieferung ist gestern zugestellt worden.

Darf ich Sie noch um einen Gefallen bitten? Ihre negative Verkäuferbewertung vom 3. Mai ist ja durch den Austausch eigentlich erledigt. Wäre es möglich, dass Sie sie in den nächsten Tagen entfernen? Wir wären Ihnen sehr verbunden.""",
  buyer="""Ersatz ist da, alles gut jetzt.""", quote='outlook', labels=['feedback_removal'],
  note='höfliche, aber direkte Bitte um Löschung der Verkäuferbewertung')

M('de', 'pagina', 'pro', 'followup', """wir melden uns noch einmal wegen Ihrer Bestellung {oid}: Haben Sie vielleicht inzwischen Zeit gefunden, die Kugelbahn zu bewerten? Ihre Meinung würde uns nach wie vor sehr interessieren.""",
  subj='Erinnerung: Ihre Meinung zu Bestellung {oid}', pair='de1', req=True, labels=['repeat_request'],
  note='zweite Rezensionsbitte für dieselbe Bestellung (Paar de1)')

M('de', 'lumetra', 're', 'question', """ja, die Soundbar lässt sich per HDMI-ARC am Fernseher betreiben.

Übrigens: Passend dazu gibt es gerade unseren Subwoofer SW-10 zum Aktionspreis – wer diese Woche bestellt, spart 30 %. Einfach im Lumetra-Shop auf Amazon vorbeischauen!""",
  buyer="""Funktioniert die Soundbar mit HDMI ARC?""", noorder=True, labels=['marketing'],
  note='Cross-Selling eines anderen Produkts mit Rabatt, ohne Link')

M('de', 'florae', 'pro', 'info', """zu Ihrer Bestellung {oid}: Ab sofort finden Sie all unsere Pflegetipps in unserem monatlichen Newsletter. Eintragen können Sie sich unter florae-naturkosmetik.de/newsletter – und wenn Sie keine weiteren Nachrichten von uns wünschen, antworten Sie einfach mit ABMELDEN.""",
  subj='Pflegetipps für Sie – Bestellung {oid}',
  html_tail='<img src="https://news.florae-naturkosmetik.de/o/{uidhex}.png" width="1" height="1" alt="">',
  labels=['external_link', 'marketing', 'opt_out', 'tracking_pixel'], note='Newsletter-Werbung mit nackter Domain, Abmelde-Anweisung im Text und 1x1-Öffnungspixel')

M('de', 'nordhem', 're', 'complaint', """Jetzt hören Sie mal auf, so einen Mist zu erzählen. Den Kratzer haben Sie garantiert selbst reingemacht, Leute wie Sie versuchen es doch jedes Mal. Noch so eine Nachricht und Sie können sich Ihr Geld abschminken.""",
  buyer="""Auf der Tischplatte ist ein langer Kratzer, das war beim Auspacken schon so.""", labels=['offensive'],
  note='beleidigend und herabwürdigend, unterstellt Betrug')

M('de', 'lumetra', 'pro', 'shipping', """gute Nachrichten: Ihre Bestellung {oid} hat soeben unser Lager verlassen! Die Dashcam D2 ist mit DHL unterwegs und sollte in 1–2 Werktagen bei Ihnen sein.

Ihre Sendungsnummer: 00340434161298765432""",
  subj='Ihre Bestellung {oid} wurde versandt', labels=['unpermitted_proactive'],
  note='proaktive Versandbestätigung')

M('de', 'bellandi', 'pro', 'stock', """leider müssen wir Ihnen mitteilen, dass die Chelsea Boots in Größe 38 derzeit nicht mehr vorrätig sind. Wir bemühen uns um Nachschub und melden uns, sobald es Neuigkeiten gibt.""",
  subj='Information zu Ihrem Artikel', labels=['missing_order_id', 'unpermitted_proactive'],
  note='Nicht-vorrätig-Mitteilung ohne Bestellnummer')

M('de', 'pagina', 'pro', 'info', """kurze Info zu Ihrer Bestellung {oid}: Unser Buchladen macht vom 22. Juli bis 5. August Sommerpause. Neue Nachrichten beantworten wir danach, Ihre Bestellung ist bereits unterwegs.""",
  subj='[WICHTIG] [Important] Betriebsferien – Bestellung {oid}', labels=['important_tag'],
  note='[Important] auf einer Betriebsferien-Info, die für die Bestellung nicht nötig ist')

M('de', 'florae', 're', 'complaint', """das tut mir leid, dass die Creme Rötungen verursacht hat. Am schnellsten klären wir das telefonisch: Rufen Sie uns gerne an unter null vier null – sechs sechs neun sechs neun – eins zwei drei, Mo–Fr 9 bis 17 Uhr.""",
  buyer="""Nach dem Auftragen des Öls hatte ich rote Flecken im Gesicht.""", obf=True, labels=['contact_phone'],
  note='obfuscated (Ziffern als Wörter): Telefonnummer ausgeschrieben')

M('de', 'nordhem', 're', 'delivery', """der neue Liefertermin steht: Freitag zwischen 10 und 14 Uhr.

Mats Olsson
Kundenservice
Nordhem Living GmbH · Hafenstraße 12 · 20457 Hamburg
Tel. +49 40 66969 512 · kundenservice＠nordhem-living.de
www.nordhem-living.de""",
  buyer="""Der Termin am Dienstag passt mir doch nicht. Geht auch Freitag?""", nosig=True, obf=True,
  labels=['external_link', 'contact_email', 'contact_phone'], note='obfuscated (Vollbreiten-＠): Signatur mit Impressum, Telefon, Adresse und Website')

M('de', 'bellandi', 're', 'damage', """oh nein, das tut mir leid! Schicken Sie mir doch ein Foto der Naht per Telegram an @bellandi_giulia, dann leite ich es direkt an unsere Werkstatt weiter.""",
  buyer="""Die Naht am Schaft geht auf.""", labels=['contact_other'], note='Telegram-Handle als Kontaktweg')

M('de', 'lumetra', 're', 'update', """für das Update der Dashcam haben wir Ihnen die Firmware-Datei angehängt. Einfach auf die SD-Karte kopieren und die Kamera neu starten.""",
  buyer="""Gibt es ein Update gegen das Flackern bei Nacht?""",
  att=[('D2_Firmware_v3.0.bin.exe', 'exe'), ('Anleitung_Update.pdf', 'pdf')], labels=['attachment'],
  note='ausführbare Datei als Anhang neben einer erlaubten PDF')

M('de', 'florae', 're', 'exchange', """Ihr Umtausch ist erledigt, das neue Set ist unterwegs!""",
  buyer="""Ist der Umtausch schon raus?""",
  html_body="""<p style="text-align:center;font-family:'Comic Sans MS',cursive;color:#b0307a;font-size:18px">Ihr Umtausch ist erledigt, das neue Set ist unterwegs!</p>
<p style="text-align:center"><img src="http://static.florae-naturkosmetik.de/img/blume-danke.png" width="240" height="120" alt="Danke"></p>""",
  labels=['styling'], note='zentrierter Text, Schrift- und Farbwechsel, Bild über http:')

M('de', 'pagina', 're', 'shipping', """Ihr Paket ist unterwegs.""",
  buyer="""Ist mein Buch schon verschickt?""", fmt='html',
  html_body="""<p>Ihr Paket ist unterwegs, hier können Sie die Sendung verfolgen: <a href="https://click.pagina-mail.nl/ls/click?upn=9f2{uidhex}">Sendung verfolgen</a></p>""",
  html_tail='<img src="https://click.pagina-mail.nl/wf/open?upn=9f2{uidhex}" width="1" height="1" border="0" alt="" style="height:1px!important;width:1px!important">',
  labels=['external_link', 'tracking_pixel'], note='Klick-Tracking-Weiterleitung als Sendungsverfolgung und Öffnungspixel')

# ========================================================================================
# FRENCH
# ========================================================================================

M('fr', 'florae', 're', 'refund', """je suis vraiment désolée que le flacon d'huile soit arrivé fêlé.

Nous vous avons remboursé l'intégralité de la commande, soit 32,90 €, sur votre moyen de paiement d'origine. Inutile de nous renvoyer le flacon : vous pouvez le jeter en toute sécurité avec le verre.""",
  buyer="""Le flacon est arrivé cassé, de l'huile partout dans le colis. Franchement je vais mettre une étoile si personne ne répond.""",
  hn='refund-after-review-threat', note="remboursement inconditionnel après une menace d'avis une étoile dans le message cité")

M('fr', 'nordhem', 're', 'delivery', """votre table Ekdal a été remise au transporteur ce matin. Numéro de suivi : 6A 1234 5678 9012 3 (Colissimo Expert).

Vous avez laissé dans la commande le commentaire « sonner deux fois, j'habite au 3e sans ascenseur » : il a bien été transmis au livreur.""",
  buyer="""Quand est-ce que la table sera livrée ? J'habite au 3e sans ascenseur.""",
  hn='tracking-number,trigger-substring,review-word-other-sense', note="numéro de suivi en groupes, « commentaire » de livraison, « habite » (sous-chaîne)")

M('fr', 'lumetra', 'pro', 'review', """nous espérons que la barre de son S7 Pro de votre commande {oid} vous donne entière satisfaction… ou pas : dans tous les cas, votre avis nous intéresse.

Si vous avez un moment, vous pouvez laisser un commentaire sur Amazon pour aider les autres clients. Merci d'avance !""",
  subj='Votre commande {oid}', pair='fr1', req=True, hn='neutral-review-request',
  note="demande d'avis neutre unique (premier élément d'une paire)")

M('fr', 'bellandi', 'pro', 'review', """Vos bottines Chelsea (commande {oid}) sont chez vous depuis quelques jours.

Si vous le souhaitez, nous serions heureux de lire votre avis sur Amazon, qu'il soit positif ou négatif. Bonne journée !""",
  subj='Commande {oid} – votre avis', pair='fr_ledger', req=True, hn='neutral-review-request,ledger-not-repeat',
  note="demande d'avis neutre ; la demande précédente pour cette commande offrait une remise et a donc été refusée : pas une répétition")

M('fr', 'pagina', 're', 'feedback', """le puzzle de remplacement a été livré hier, tant mieux.

Vous nous aviez dit avoir laissé une évaluation négative pendant l'attente. Si vous estimez que le problème est réglé, sachez qu'il est possible de la mettre à jour depuis vos commandes ; c'est entièrement à votre discrétion.""",
  buyer="""J'ai reçu le nouveau puzzle, merci. J'avais laissé une mauvaise note parce que j'attendais depuis trois semaines.""",
  hn='feedback-update-if-you-wish', note="mention neutre que l'évaluation peut être mise à jour, après résolution")

M('fr', 'lumetra', 're', 'complaint', """je comprends votre agacement et je le prends au sérieux.

Je dois toutefois être clair : nous ne pouvons pas rembourser une montre qui ne nous a pas été retournée. Le retour est gratuit via « Vos commandes » et le remboursement part automatiquement à réception. Je reste à votre disposition ici pour toute question.""",
  buyer="""Vous vous moquez du monde ! Ça fait dix jours que j'attends, remboursez-moi immédiatement ou je préviens tout le monde.""",
  hn='firm-answer-rude-buyer', note='réponse ferme et polie à un acheteur en colère')

M('fr', 'lumetra', 're', 'question', """oui, la LW-5 affiche les notifications WhatsApp, Messenger et SMS une fois couplée à l'application Lumetra Fit. On peut les lire et les supprimer depuis la montre, mais pas y répondre.

L'autonomie est d'environ 7 jours avec les notifications activées.""",
  buyer="""Est-ce que la montre affiche les messages WhatsApp ? Quelle autonomie ?""", noorder=True, prod='Lumetra Montre connectée LW-5',
  hn='app-feature,product-question-no-oid', note='WhatsApp et Messenger comme fonctions du produit')

M('fr', 'nordhem', 're', 'return', """je comprends qu'un appel serait plus simple, mais pour les commandes Amazon nous échangeons uniquement via la messagerie Amazon : pas de téléphone ni de WhatsApp. Tout peut se régler ici.

Votre retour est accepté ; l'étiquette prépayée est disponible dans « Vos commandes ».""",
  buyer="""Je préfère qu'on s'appelle, ou donnez-moi votre WhatsApp. Je veux retourner les oreillers.""",
  hn='phone-refusal', note='refus du téléphone et de WhatsApp sans numéro ni identifiant')

M('fr', 'florae', 're', 'question', """notre baume démaquillant convient aux peaux sensibles ; le calcul de la date de péremption se fait à partir de l'ouverture (12 mois, symbole du pot ouvert).

Pour un usage particulier comme le démaquillage des yeux, nous conseillons de bien rincer.""",
  buyer="""Le baume convient-il aux yeux sensibles ? Combien de temps se conserve-t-il ?""", noorder=True,
  hn='trigger-substring,product-question-no-oid', note='« calcul », « particulier », « conseillons » (sous-chaînes), sans numéro de commande')

M('fr', 'bellandi', 're', 'refund', """vous avez raison, la boîte d'origine manquait. Comme les chaussures sont en parfait état et que vous les gardez, nous vous avons remboursé 10 % du prix, soit 12,90 €.

Le remboursement apparaîtra sous 3 à 5 jours ouvrés.""",
  buyer="""Les mocassins sont arrivés sans boîte, c'était pour un cadeau…""",
  hn='price-percent,refund', note='remboursement partiel en pourcentage pour résoudre un problème')

M('fr', 'nordhem', 'pro', 'schedule', """votre canapé Alva (commande {oid}) est prêt à être livré par deux livreurs jusque dans la pièce de votre choix.

Merci de nous indiquer le créneau qui vous convient :
– lundi 16 septembre, 8 h – 12 h
– mercredi 18 septembre, 13 h – 17 h""",
  subj='[Important] Rendez-vous de livraison – commande {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] correct pour une prise de rendez-vous de livraison')

M('fr', 'pagina', 'pro', 'address', """le transporteur n'a pas pu livrer votre colis (commande {oid}) : l'adresse « 12 rue de la Constance, 69003 Lyon » ne mentionne ni bâtiment ni digicode.

Pourriez-vous nous donner ces précisions ? Nous relancerons la livraison aussitôt.""",
  subj='[Important] Adresse incomplète – commande {oid}', imp_ok=True,
  hn='important-address,trigger-substring', note="[Important] correct pour un problème d'adresse")

M('fr', 'bellandi', 'pro', 'order', """merci pour votre commande {oid} de mocassins personnalisés. Avant la gravure, pouvez-vous confirmer les initiales : « C.M. » en doré sur la semelle intérieure ?

Rien ne sera gravé sans votre accord.""",
  subj='Commande {oid} : confirmation de la gravure [Important]', imp_ok=True,
  hn='important-customisation', note='[Important] correct pour une question de personnalisation')

M('fr', 'florae', 'pro', 'invoice', """comme demandé, vous trouverez ci-joint la facture de votre commande {oid} (facture n° FL-FR-2024-5531, TVA intracommunautaire FR 47 823 456 789).

Montant HT : 27,42 € – TVA 20 % : 5,48 € – TTC : 32,90 €.""",
  subj='Facture de votre commande {oid}', att=[('Facture_FL-FR-2024-5531.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='facture PDF, numéro de TVA, montants et taux')

M('fr', 'lumetra', 're', 'return', """bien sûr. Votre numéro de retour est RMA-LX-40518. Le plus simple est de passer par Amazon : https://www.amazon.fr/gp/css/returns/homepage.html

Si vous préférez l'envoyer vous-même : Lumetra Retours, 14 avenue de la Constellation, 95800 Cergy.""",
  buyer="""Le hub ne fonctionne pas avec mon écran, je voudrais le renvoyer.""",
  hn='rma-return-address,amazon-links', note='numéro RMA, adresse de retour avec code postal, lien retours Amazon')

M('fr', 'pagina', 're', 'order', """vous pouvez suivre votre commande ici : https://www.amazon.fr/gp/your-account/order-details?orderID={oid}

Le livre a été expédié lundi ; La Poste indique une livraison demain.""",
  buyer="""Où en est ma commande de livres ?""", quote='outlook',
  hn='amazon-links', note='lien vers la page de commande Amazon uniquement')

M('fr', 'bellandi', 're', 'sizing', """les bottines taillent normalement. La longueur intérieure en 38 est de 24,6 cm ; si vous êtes entre deux pointures, prenez la plus grande.""",
  buyer="""Les bottines taillent-elles petit ? Je chausse du 38.""", noorder=True,
  hn='product-question-no-oid', note='conseil de pointure sans numéro de commande')

M('fr', 'nordhem', 're', 'followup', """merci beaucoup pour votre message, cela nous fait très plaisir. Bonne installation dans votre nouveau salon !""",
  buyer="""Canapé livré et monté, il est magnifique. Merci !""", quote='thunderbird',
  hn='thank-you-reply', note='simple remerciement en réponse')

M('fr', 'lumetra', 're', 'warranty', """votre dashcam D2 est couverte par la garantie de 2 ans. Vous trouverez en pièce jointe le bon de garantie et la notice en PDF, ainsi qu'une photo de l'emplacement du numéro de série.""",
  buyer="""Ma caméra ne s'allume plus, elle est sous garantie ?""",
  att=[('Bon_de_garantie_D2.pdf', 'pdf'), ('Notice_D2_FR.pdf', 'pdf'), ('numero_de_serie.png', 'png')], qvar='optout',
  hn='attachments-ok,amazon-optout-sentence', note="bon de garantie et notice PDF, photo PNG ; citation avec la phrase d'Amazon sur les préférences")

M('fr', 'florae', 're', 'exchange', """avec plaisir : renvoyez le coffret non ouvert via « Vos commandes » (retour gratuit) et nous vous expédierons le coffret sans menthe dès réception.""",
  buyer="""Je suis allergique à la menthe, je peux échanger le coffret ?""", logo='cid',
  hn='inline-logo-cid,trigger-word-gratuit', note='logo en ligne cid: non lié, « retour gratuit »')

M('fr', 'pagina', 'pro', 'return', """nous avons bien reçu votre retour pour la commande {oid}. Le colis contenait cependant un autre circuit à billes que celui commandé (référence différente sur la boîte).

Pourriez-vous vérifier de votre côté ? Dès que nous aurons votre réponse, nous finaliserons le remboursement.""",
  subj='Question sur votre retour – commande {oid}',
  hn='proactive-return-question', note='question proactive liée à un retour')

M('fr', 'lumetra', 're', 'damage', """désolé pour le câble défectueux. Un nouveau câble HDMI part aujourd'hui avec Chronopost, numéro de suivi XW 8734 2015 6FR, et vous pouvez garder l'ancien.

Si vous avez un moment une fois le problème réglé, un avis sur le produit serait apprécié. Merci !""",
  buyer="""Le câble fourni avec la barre de son ne marche pas.""", req=True,
  hn='neutral-review-request-in-reply,replacement,tracking-number', note="demande d'avis neutre dans une réponse, commande unique")

M('fr', 'nordhem', 're', 'damage', """merci pour les photos. Pour la housse tachée, nous vous envoyons une housse neuve gratuitement ; aucune démarche de votre part n'est nécessaire. Livraison prévue jeudi.""",
  buyer="""La housse du coussin a une tache, je peux en avoir une autre ?""", quote='helpscout',
  hn='replacement,trigger-word-gratuit', note='remplacement gratuit non lié à un avis')

M('fr', 'florae', 're', 'question', """le coffret lèvres contient trois baumes de 4,5 g : nature, rose et vanille. Il n'y a pas de parfum de synthèse ; les arômes sont 100 % naturels.""",
  buyer="""Quels parfums dans le coffret lèvres ?""", noorder=True, quote='apple',
  hn='product-question-no-oid,price-percent', note='pourcentage de composition, pas une promotion')

# ---- violations
M('fr', 'bellandi', 'pro', 'review', """Vos bottines Chelsea (commande {oid}) sont arrivées ! Petit deal entre nous : laissez-nous un avis sur Amazon et on vous rembourse 15 % de votre achat dès qu'il est en ligne.""",
  subj='Un petit geste pour vous – commande {oid}', pair='fr_ledger', pfirst=True, req=True, labels=['review_incentive'],
  note="remboursement partiel promis contre un avis (refusé : ne compte pas dans l'historique)")

M('fr', 'florae', 're', 'review', """je vous renvoie un flacon neuf dès aujourd'hui.

Et si jamais vous acceptiez de retirer le commentaire négatif que vous avez publié, nous ajouterions volontiers un baume démaquillant offert dans le colis.""",
  buyer="""Flacon cassé, j'ai déjà mis un commentaire pour prévenir les autres.""",
  labels=['review_incentive', 'feedback_removal'], note='produit offert contre le retrait du commentaire')

M('fr', 'pagina', 'pro', 'review', """Votre circuit à billes (commande {oid}) fait-il le bonheur des enfants ?

Si oui, cinq petites étoiles sur Amazon nous feraient un immense plaisir. Et si quelque chose cloche, écrivez-nous d'abord, on préfère régler ça entre nous plutôt que sur la fiche produit.""",
  subj='Alors, ce circuit ? ({oid})', req=True, labels=['review_manipulation'],
  note="demande de cinq étoiles + filtrage des avis négatifs")

M('fr', 'lumetra', 're', 'review', """ravi que la mise à jour ait réglé le souci.

Pour votre avis, n'hésitez pas à préciser que le support a répondu en moins d'une heure et que le son est meilleur que celui des grandes marques : ce genre de détail aide énormément.""",
  buyer="""La mise à jour a marché, merci, je vais laisser un avis.""",
  req=True, labels=['review_manipulation'], note="dicte le contenu de l'avis")

M('fr', 'nordhem', 're', 'feedback', """la nouvelle housse est arrivée, parfait.

Nous avons remarqué votre évaluation d'une étoile datée du 2 avril. Nous comptons sur vous pour la modifier maintenant que tout est en ordre ; sans cela, notre compte vendeur risque d'être pénalisé.""",
  buyer="""Housse reçue, c'est bon.""", labels=['feedback_removal'],
  note="insiste pour la modification de l'évaluation (pression)")

M('fr', 'lumetra', 'pro', 'followup', """nous revenons vers vous au sujet de votre commande {oid} : vous n'avez pas encore eu l'occasion de partager votre avis sur la barre de son. Il est encore temps, et cela nous aiderait beaucoup !""",
  subj='Petit rappel – commande {oid}', pair='fr1', req=True, labels=['repeat_request'],
  note="deuxième demande d'avis pour la même commande (paire fr1)")

M('fr', 'bellandi', 're', 'exchange', """l'échange est en route, vous recevrez la pointure 41 jeudi.

PS : nos soldes d'été commencent demain, jusqu'à -40 % sur les bottines et les sacs. À ne pas manquer ! Pour ne plus recevoir nos bons plans, répondez simplement STOP.""",
  buyer="""Je voudrais échanger les mocassins contre du 41.""", labels=['marketing', 'opt_out'],
  note="annonce de soldes sans lien avec la commande")

M('fr', 'florae', 'pro', 'info', """Concernant votre commande {oid} : découvrez notre nouvelle gamme solaire sur <a href="https://florae-naturkosmetik.de/fr/solaire">notre boutique</a>.

Pour ne plus recevoir nos messages, <a href="https://florae-naturkosmetik.de/fr/preferences?c={uidhex}">gérez vos préférences</a>.""",
  subj='Nouveau : la gamme solaire Florae', fmt='html',
  html_body="""<p>Concernant votre commande {oid} : découvrez notre nouvelle gamme solaire sur <a href="https://florae-naturkosmetik.de/fr/solaire">notre boutique</a>.</p>
<p>Pour ne plus recevoir nos messages, <a href="https://florae-naturkosmetik.de/fr/preferences?c={uidhex}">gérez vos préférences</a>.</p>""",
  hdrs=['List-Unsubscribe: <https://florae-naturkosmetik.de/fr/preferences?c={uidhex}>'],
  labels=['external_link', 'marketing', 'opt_out'], note='promotion avec lien caché dans href, lien "gérer vos préférences" et en-tête List-Unsubscribe')

M('fr', 'pagina', 're', 'complaint', """Vous êtes vraiment le genre de client qui nous fatigue. Si vous n'êtes même pas capable de monter un circuit pour enfants, ce n'est pas notre problème. Arrêtez de nous harceler avec vos messages débiles.""",
  buyer="""Les pièces ne s'emboîtent pas, le circuit s'écroule tout le temps.""", labels=['offensive'],
  note='insultes et mépris envers l\'acheteur')

M('fr', 'nordhem', 'pro', 'shipping', """Bonne nouvelle : votre commande {oid} a été expédiée aujourd'hui ! Vous recevrez vos oreillers sous 48 h.

Merci pour votre confiance et à bientôt chez Nordhem Living.""",
  subj='Votre commande {oid} est en route', labels=['unpermitted_proactive'],
  note="confirmation d'expédition proactive")

M('fr', 'florae', 'pro', 'followup', """Toute l'équipe Florae vous remercie pour votre achat. Nous restons à votre écoute si vous avez la moindre question.""",
  subj='Merci !', labels=['missing_order_id', 'unpermitted_proactive'],
  note='remerciement seul, sans numéro de commande')

M('fr', 'lumetra', 'pro', 'info', """Commande {oid} : nous vous informons que notre service client sera fermé le 15 août. Les réponses reprendront le 16.""",
  subj='[IMPORTANT] Fermeture exceptionnelle du service client', labels=['important_tag'],
  note="[IMPORTANT] sur une information de fermeture non nécessaire à la commande")

M('fr', 'bellandi', 're', 'damage', """Désolée pour le talon abîmé ! Envoyez une photo à notre atelier : atelier arobase bellandi-calzature point it, ou appelez le 06 39 98 12 47.""",
  buyer="""Le talon d'une bottine est abîmé.""", obf=True,
  labels=['contact_email', 'contact_phone'], note='obfuscated (arobase/point) : adresse épelée et numéro de mobile fictif')

M('fr', 'nordhem', 're', 'question', """Pour voir tous les coloris du canapé Alva, le plus simple est de regarder notre vitrine : https://www.amazon.fr/stores/NordhemLiving/page/6A1F2C34-7B8E-4D0A-9E11-2C3D4E5F6A7B""",
  buyer="""Le canapé existe-t-il en vert ?""", noorder=True,
  labels=['external_link'], note='lien vers la vitrine Amazon (storefront), non autorisé')

M('fr', 'pagina', 're', 'damage', """Pour le livre abîmé, le plus rapide est de nous écrire sur Messenger (f a c e b o o k . com / paginaetpion) avec une photo.""",
  buyer="""La couverture du livre est déchirée.""", obf=True, labels=['external_link', 'contact_other'],
  note='obfuscated (lettres espacées) : Messenger avec page Facebook')

M('fr', 'lumetra', 're', 'update', """voici la vidéo qui montre comment réinitialiser la montre, en pièce jointe.""",
  buyer="""Comment réinitialiser la montre ?""", att=[('reinitialisation_LW5.mp4', 'mp4')],
  labels=['attachment'], note='vidéo MP4 en pièce jointe')

M('fr', 'bellandi', 're', 'followup', """Merci pour votre retour, on est ravis ✨👠""",
  buyer="""Les chaussures sont superbes !""",
  html_tail='<img src="https://pixel.gorgias-track.io/open.gif?ticket={uidhex}&r={relay_b64}" width="1" height="1" alt="">',
  labels=['tracking_pixel', 'styling'], note='emoji et pixel de suivi avec identifiant du destinataire')

# ========================================================================================
# SPANISH
# ========================================================================================

M('es', 'lumetra', 're', 'refund', """siento mucho que la cámara haya llegado sin la ventosa de sujeción.

Le hemos reembolsado hoy el importe completo, 69,99 €, en su método de pago original. No hace falta que nos devuelva nada; puede quedarse con la cámara.""",
  buyer="""La cámara vino sin el soporte para el parabrisas. Si no me solucionáis esto hoy pongo una reseña de una estrella.""",
  hn='refund-after-review-threat', note='reembolso sin condiciones tras amenaza de reseña negativa en el mensaje citado')

M('es', 'nordhem', 're', 'delivery', """la mesa Ekdal ya está en manos de SEUR. Número de seguimiento: 2834 5567 1190 2236. La entrega está prevista para el martes 11 de junio entre las 9:00 y las 14:00.""",
  buyer="""¿Cuándo llega la mesa? Necesito saberlo para estar en casa.""",
  hn='tracking-number,delivery-window', note='número de seguimiento en bloques de cuatro dígitos y franja horaria')

M('es', 'bellandi', 'pro', 'review', """Esperamos que los botines Chelsea de su pedido {oid} le estén resultando cómodos.

Si tiene un momento, le agradeceríamos que compartiera su opinión en Amazon, sea cual sea. Así ayuda a otros clientes a elegir talla y modelo.""",
  subj='Su pedido {oid}', pair='es1', req=True, hn='neutral-review-request',
  note='solicitud de reseña neutral única (primera de un par)')

M('es', 'pagina', 'pro', 'feedback', """Su pedido {oid} (El gato del farero) fue entregado hace unos días.

Si quiere, puede valorar su experiencia con nosotros como vendedor desde Mis pedidos: https://www.amazon.es/gp/feedback/leave-customer-feedback.html?order={oid}
Muchas gracias.""",
  subj='Pedido {oid}: ¿qué tal todo?', req=True, hn='neutral-feedback-request,amazon-links',
  note='solicitud neutral de valoración de vendedor con enlace de Amazon')

M('es', 'florae', 're', 'feedback', """el nuevo bálsamo ya está en camino con Correos Express y llegará mañana.

Nos comentó que había dejado una valoración por el retraso. Si considera que ya lo hemos resuelto, puede actualizarla cuando quiera desde sus pedidos; por supuesto, la decisión es solo suya.""",
  buyer="""El bálsamo llegó con la tapa rota. Ya dejé una valoración porque nadie me contestaba.""",
  hn='feedback-update-if-you-wish', note='tras resolver, mención neutral de que la valoración se puede actualizar')

M('es', 'lumetra', 're', 'complaint', """entiendo su malestar y lamento las molestias.

Le explico con claridad: el reembolso se emite automáticamente cuando el transportista escanea la devolución, y el paquete aún no consta como enviado. No podemos adelantarlo, pero en cuanto se registre el envío lo verá en su cuenta. Seguiré pendiente de su caso por aquí.""",
  buyer="""¡Esto es una vergüenza! Llevo dos semanas esperando el dinero. Sois unos incompetentes.""",
  hn='firm-answer-rude-buyer', note='respuesta firme y educada a un comprador enfadado')

M('es', 'lumetra', 're', 'question', """sí: el reloj LW-5 muestra las notificaciones de WhatsApp, Telegram y las llamadas entrantes del móvil una vez vinculado con la app Lumetra Fit. No permite contestar mensajes ni hablar por el reloj.""",
  buyer="""¿El reloj avisa de los WhatsApp? ¿Se puede hablar por él?""", noorder=True, mk='com.mx',
  prod='Lumetra Smartwatch LW-5 con avisos de llamadas', hn='app-feature,product-question-no-oid',
  note='WhatsApp y Telegram como función del producto (Amazon.com.mx)')

M('es', 'nordhem', 're', 'damage', """lamentablemente no podemos atenderle por teléfono ni por WhatsApp: en los pedidos de Amazon toda la comunicación va por la mensajería de Amazon. Pero no se preocupe, lo solucionamos desde aquí.

Ya hemos pedido una pata nueva para el sofá; sale mañana.""",
  buyer="""¿Me puede llamar alguien? O mejor por WhatsApp. Una pata del sofá está rota.""",
  hn='phone-refusal', note='rechaza teléfono y WhatsApp sin número ni usuario')

M('es', 'lumetra', 're', 'warranty', """el cálculo de la garantía empieza en la fecha de entrega: su cámara está cubierta hasta marzo de 2026. La cámara para vehículo D2 necesita una tarjeta microSD de clase 10 (U3).

El aviso «Tarjeta lenta» que ve indica exactamente eso, no un fallo de la cámara.""",
  buyer="""La cámara del coche dice «Tarjeta lenta» y deja de grabar. ¿Está en garantía?""",
  hn='trigger-substring,model-number-trigger', note='«cálculo», «vehículo», clase 10 (subcadenas)')

M('es', 'bellandi', 're', 'refund', """tiene razón: el descuento del 10 % que mostraba la ficha ya debería haberse aplicado y no se aplicó. Le hemos devuelto la diferencia, 11,90 €, hoy mismo.""",
  buyer="""En la página ponía 10 % de descuento y me cobraron el precio completo.""",
  hn='price-percent,refund', note='«descuento» y porcentaje explicando el precio del propio pedido, no una promoción')

M('es', 'nordhem', 'pro', 'schedule', """Su sofá Alva (pedido {oid}) se entrega con dos operarios y necesitamos concertar la cita.

Franjas disponibles:
- jueves 20 de junio, de 8:00 a 13:00
- viernes 21 de junio, de 15:00 a 20:00

Por favor, indíquenos cuál le viene mejor y si hay ascensor.""",
  subj='[Important] Cita de entrega de su sofá – pedido {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] correcto para concertar la entrega')

M('es', 'pagina', 'pro', 'address', """El paquete de su pedido {oid} ha vuelto a nuestro almacén: en la dirección «Calle de la Reputación 4, 28012 Madrid» falta el piso y la letra.

¿Nos los podría indicar? Lo reenviaremos en cuanto nos conteste.""",
  subj='Pedido {oid} – falta el piso en la dirección [Important]', imp_ok=True,
  hn='important-address,trigger-substring', note='[Important] correcto para un problema de dirección; «Reputación» contiene una subcadena malsonante')

M('es', 'florae', 'pro', 'order', """Gracias por su pedido {oid}. Ha elegido el set de labios con grabado personalizado en la tapa.

El texto indicado es «Para mamá, con todo mi cariño, 2024», que supera los 20 caracteres que caben en la tapa. ¿Le parece bien «Para mamá – 2024»?""",
  subj='[Important] Confirmación del grabado – pedido {oid}', imp_ok=True, hn='important-customisation',
  note='[Important] correcto para una pregunta de personalización')

M('es', 'lumetra', 'pro', 'invoice', """Adjuntamos la factura de su pedido {oid}, con su NIF B12345678 tal y como lo indicó.

Número de factura: LX-ES-2024-2093
Base imponible: 123,96 € · IVA 21 %: 26,03 € · Total: 149,99 €""",
  subj='Factura del pedido {oid}', att=[('Factura_LX-ES-2024-2093.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='factura PDF con NIF, base e IVA')

M('es', 'pagina', 're', 'return', """claro que sí. Su número de autorización de devolución es RMA-PP-2231. Puede iniciar la devolución aquí: https://www.amazon.es/gp/css/returns/homepage.html

Si prefiere enviarlo por su cuenta: Pagina & Pion Devoluciones, Polígono Industrial Cobo Calleja, Calle 14, nave 3, 28947 Fuenlabrada (Madrid).""",
  buyer="""Mi hija ya tiene estos bloques, ¿puedo devolverlos?""",
  hn='rma-return-address,amazon-links', note='RMA, dirección de devolución con código postal, enlace de devoluciones de Amazon')

M('es', 'pagina', 're', 'question', """la reseña de la contraportada está escrita por la autora, sí. El libro tiene 48 páginas ilustradas y está recomendado a partir de 5 años.""",
  buyer="""¿Quién escribe la reseña de la contraportada? ¿Para qué edad es?""", noorder=True,
  hn='review-word-other-sense,product-question-no-oid', note='«reseña» en otro sentido (texto de contraportada)')

M('es', 'bellandi', 're', 'followup', """¡Qué alegría leerle! Gracias por contárnoslo y que los disfrute mucho.""",
  buyer="""Me han llegado los mocasines y son preciosos, gracias.""", quote='iphone',
  hn='thank-you-reply', note='agradecimiento breve como respuesta')

M('es', 'nordhem', 're', 'damage', """le adjuntamos las instrucciones de montaje corregidas (PDF) y una foto de cómo va colocada la escuadra. Las piezas de repuesto salen hoy.""",
  buyer="""Faltan piezas y no entiendo el paso 3 del montaje.""",
  att=[('Instrucciones_montaje_Ekdal.pdf', 'pdf'), ('escuadra_paso3.jpg', 'jpg')], quote='edesk',
  hn='attachments-ok', note='instrucciones PDF y foto JPEG')

M('es', 'florae', 're', 'question', """el aceite facial es 100 % aceite de rosa mosqueta prensado en frío. No contiene perfume ni conservantes.""",
  buyer="""¿El aceite lleva perfume?""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100 % sin promoción; cita con la frase de preferencias de Amazon')

M('es', 'lumetra', 're', 'order', """puede consultar el estado en su página de pedido: https://www.amazon.com.mx/gp/your-account/order-details?orderID={oid}

Estafeta tiene el paquete en su centro de Guadalajara; número de guía 2015 3344 8871 2290 4415.""",
  buyer="""¿Dónde está mi barra de sonido?""", mk='com.mx',
  hn='amazon-links,tracking-number', note='enlace de pedido de Amazon México y número de guía de Estafeta')

M('es', 'florae', 're', 'exchange', """por supuesto: devuelva el set sin abrir desde Mis pedidos (la devolución es gratis) y le enviaremos el set sin menta en cuanto lo recibamos.""",
  buyer="""¿Puedo cambiar el set de labios? No me sienta bien la menta.""", logo='cid',
  hn='inline-logo-cid,trigger-word-gratis', note='logo incrustado por cid: sin enlace; «gratis» para la devolución')

M('es', 'pagina', 'pro', 'return', """Hemos recibido su devolución del pedido {oid}, pero en la caja faltan las 12 piezas pequeñas del circuito.

¿Podría comprobar si se quedaron en casa? En cuanto lo sepamos, tramitamos el reembolso.""",
  subj='Consulta sobre su devolución – pedido {oid}',
  hn='proactive-return-question', note='consulta proactiva sobre una devolución')

M('es', 'bellandi', 're', 'review', """le enviamos hoy un par nuevo en la talla 37 y puede quedarse con el otro.

Cuando los haya probado, si le apetece, nos ayudaría que dejara su opinión del producto en Amazon. ¡Gracias!""",
  buyer="""Los zapatos me quedan grandes, ¿me mandáis una talla menos?""", req=True,
  hn='neutral-review-request-in-reply,replacement', note='solicitud neutral de reseña en una respuesta de soporte')

M('es', 'nordhem', 're', 'question', """la mesa de 180 cm pesa 62 kg y viene en dos cajas. El tablero es de roble macizo con acabado al aceite.""",
  buyer="""¿Cuánto pesa la mesa de 180?""", noorder=True, quote='thunderbird',
  hn='product-question-no-oid', note='pregunta de producto sin número de pedido')

# ---- violations
M('es', 'florae', 'pro', 'review', """Esperamos que el aceite facial de su pedido {oid} le esté sentando de maravilla.

Le proponemos algo: deje su reseña en Amazon, respóndanos con el enlace y le enviamos un cupón de 10 € para su próxima compra en nuestra tienda.""",
  subj='Un regalo por su opinión – pedido {oid}', req=True, labels=['review_incentive'],
  note='cupón de 10 € a cambio de la reseña')

M('es', 'nordhem', 're', 'feedback', """ya le hemos devuelto los gastos de envío.

Si además borra la valoración negativa, le devolvemos también el 20 % del sofá. Creemos que es justo para los dos.""",
  buyer="""El sofá llegó con una semana de retraso. Ya dejé una valoración negativa.""",
  labels=['review_incentive', 'feedback_removal'], note='reembolso parcial a cambio de borrar la valoración')

M('es', 'lumetra', 're', 'review', """me alegra que la barra de sonido funcione bien después de la actualización.

Si está contento, le pediríamos que lo reflejara en Amazon con la máxima puntuación; si algo no le convence, escríbanos antes a nosotros y lo arreglamos sin necesidad de reseñas.""",
  buyer="""Ya suena bien, gracias.""", req=True, labels=['review_manipulation'],
  note='pide máxima puntuación y desvía las críticas hacia el vendedor (filtro de reseñas)')

M('es', 'bellandi', 'pro', 'review', """Sus mocasines del pedido {oid} ya deberían estar en casa.

Nos haría un favor enorme si al escribir su reseña mencionara la calidad de la piel y lo rápido que fue el envío, y la titulara algo así como «Los mejores mocasines que he tenido».""",
  subj='Una pequeña petición – pedido {oid}', req=True, labels=['review_manipulation'],
  note='le dice al comprador qué escribir y qué título poner')

M('es', 'pagina', 're', 'feedback', """nos alegra que ya tenga el libro correcto.

¿Podría cambiar la valoración que nos dejó? Con una nota así nos cuesta mucho vender, y el error ya está corregido. Se lo agradeceríamos de verdad.""",
  buyer="""Ya me ha llegado el libro correcto.""", quote='outlook', labels=['feedback_removal'],
  note='pide cambiar la valoración con presión emocional')

M('es', 'bellandi', 'pro', 'followup', """Volvemos a escribirle por su pedido {oid}: todavía no hemos visto su opinión sobre los botines. ¿Nos dedica un minuto esta semana?""",
  subj='¿Nos cuenta qué tal los botines? ({oid})', pair='es1', req=True, labels=['repeat_request'],
  note='segunda solicitud de reseña para el mismo pedido (par es1)')

M('es', 'lumetra', 're', 'question', """el hub es compatible con su portátil.

Y ya que estamos: si le interesa, nuestra dashcam D2 está rebajada al 35 % solo este fin de semana. ¡Corra que vuelan!

(Si prefiere no recibir nuestras ofertas, contéstenos con un «NO» y dejaremos de enviárselas.)""",
  buyer="""¿Funciona el hub con un Lenovo ThinkPad?""", noorder=True, labels=['marketing', 'opt_out'],
  note='venta cruzada con rebaja y fórmula para darse de baja de las ofertas')

M('es', 'florae', 're', 'question', """el bálsamo es apto para pieles sensibles. Por cierto, síguenos en Instagram y TikTok (@florae.cosmetica) para ver tutoriales y sorteos cada mes.""",
  buyer="""¿El bálsamo sirve para piel sensible?""", noorder=True,
  labels=['contact_other', 'marketing'], note='redes sociales con usuario y sorteos')

M('es', 'pagina', 'pro', 'info', """Pedido {oid}: ¿no quiere recibir más mensajes nuestros? Responda BAJA y le eliminaremos de nuestra lista de envíos.""",
  subj='[Important] Sus preferencias de comunicación – pedido {oid}', labels=['opt_out', 'important_tag'],
  note='baja de mensajes en texto, sin enlace')

M('es', 'nordhem', 're', 'complaint', """Mire, ya estamos hartos de sus tonterías. Si no sabe montar una mesa, no la compre. No nos vuelva a escribir con esas exigencias de listillo.""",
  buyer="""La mesa cojea, creo que una pata es más corta.""", labels=['offensive'],
  note='respuesta despectiva e insultante')

M('es', 'lumetra', 're', 'warranty', """Como vuelva a amenazarnos con una reclamación, le aseguro que se va a arrepentir. Sabemos dónde vive por el pedido.""",
  buyer="""Si no me cambiáis el reloj abro una reclamación de la garantía de la A a la Z.""", labels=['offensive'],
  note='amenaza velada al comprador')

M('es', 'bellandi', 'pro', 'order', """¡Gracias por su pedido {oid}! Hemos recibido su compra correctamente y ya la estamos preparando con mucho cariño 🛍️""",
  subj='Confirmación de su pedido {oid}', labels=['styling', 'unpermitted_proactive'],
  note='confirmación de pedido proactiva con emoji')

M('es', 'florae', 'pro', 'stock', """Lamentamos informarle de que el set de labios que encargó está agotado hasta nuevo aviso.""",
  subj='Aviso sobre su compra', labels=['missing_order_id', 'unpermitted_proactive'],
  note='aviso de falta de existencias sin número de pedido')

M('es', 'pagina', 'pro', 'review', """Pedido {oid}: si le ha gustado el circuito de canicas, ¿nos deja una reseña? Nos ayuda mucho.""",
  subj='[Important] Su opinión sobre el pedido {oid}', req=True,
  labels=['important_tag', 'review_manipulation'], note='[Important] en una solicitud de reseña condicionada a que le haya gustado')

M('es', 'lumetra', 're', 'damage', """Perdone las molestias. Escríbame directamente a lucia.navarro@lumetra-tech.eu o llámeme al +34 600 000 917 y lo vemos enseguida.""",
  buyer="""El mando a distancia no funciona.""", labels=['contact_email', 'contact_phone'],
  note='correo personal y teléfono en el cuerpo')

M('es', 'nordhem', 're', 'question', """Aquí tiene todos los detalles del sofá: <a href="https://www.amazon.es/dp/B0C7NHALVA">ficha del producto</a>.""",
  buyer="""¿Qué medidas tiene el sofá?""", noorder=True, fmt='html',
  html_body="""<p>Aquí tiene todos los detalles del sofá: <a href="https://www.amazon.es/dp/B0C7NHALVA">ficha del producto</a>.</p>""",
  labels=['external_link'], note='enlace a la ficha de producto /dp/ de Amazon, oculto en href')

M('es', 'pagina', 're', 'exchange', """Le adjunto el formulario de cambio en Excel para que lo rellene.""",
  buyer="""¿Cómo hago el cambio del puzzle?""", att=[('formulario_cambio.xlsx', 'xlsx')], quote='outlook',
  labels=['attachment'], note='adjunto XLSX no permitido')

M('es', 'florae', 're', 'exchange', """¡Listo! Su cambio ya está en camino.\n\n\n\n\nEquipo Florae""",
  buyer="""¿Ya enviaron el cambio?""", nosig=True, labels=['styling'],
  note='serie de más de dos líneas en blanco seguidas')

# ========================================================================================
# ITALIAN
# ========================================================================================

M('it', 'bellandi', 're', 'refund', """mi dispiace davvero per la cucitura scollata sullo stivaletto.

Le abbiamo appena rimborsato l'intero importo di 129,00 € sul metodo di pagamento originale. Non serve rispedire nulla: può tenere gli stivaletti o portarli da un calzolaio se preferisce.""",
  buyer="""Lo stivaletto sinistro ha la cucitura scollata dopo due giorni. Se non risolvete lascio una recensione da una stella, sia chiaro.""",
  hn='refund-after-review-threat', note='rimborso incondizionato dopo la minaccia di una recensione negativa')

M('it', 'nordhem', 're', 'delivery', """il divano è stato affidato al corriere BRT questa mattina. Numero di spedizione: 0512 3456 7890 12. La consegna è prevista per giovedì 4 luglio, fascia 9–13.""",
  buyer="""Quando arriva il divano? Devo organizzarmi con il lavoro.""",
  hn='tracking-number,delivery-window', note='numero di spedizione BRT a gruppi e fascia oraria')

M('it', 'florae', 'pro', 'review', """Speriamo che l'olio viso del suo ordine {oid} le stia piacendo.

Se ha un momento, ci farebbe piacere leggere la sua opinione su Amazon, qualunque essa sia: aiuta altre clienti a scegliere.""",
  subj='Il suo ordine {oid}', pair='it1', req=True, hn='neutral-review-request',
  note='richiesta di recensione neutra (prima di una coppia)')

M('it', 'lumetra', 'pro', 'feedback', """Il suo ordine {oid} è stato consegnato la settimana scorsa.

Se lo desidera, può lasciare un feedback sulla sua esperienza con noi come venditore dalla pagina I miei ordini. Grazie per averci scelto.""",
  subj='Ordine {oid} – un suo parere', req=True, pair='it2', hn='neutral-feedback-request',
  note='richiesta neutra di feedback venditore, ordine unico')

M('it', 'pagina', 're', 'feedback', """la nuova copia del libro è stata consegnata ieri, come da tracking.

Ci aveva scritto di aver lasciato un feedback negativo per il ritardo. Se ritiene che il problema sia stato risolto, sappia che è possibile aggiornarlo da I miei ordini; naturalmente è una sua libera scelta.""",
  buyer="""Ho ricevuto la copia giusta. Avevo già lasciato un feedback negativo perché aspettavo da tre settimane.""",
  hn='feedback-update-if-you-wish', note='cenno neutro alla possibilità di aggiornare il feedback dopo la soluzione')

M('it', 'lumetra', 're', 'complaint', """capisco la sua frustrazione e mi scuso per l'attesa.

Devo però essere chiaro: il rimborso viene emesso quando il reso arriva al nostro magazzino, e il pacco risulta ancora in transito. Non possiamo anticiparlo. Appena sarà consegnato, il rimborso partirà in automatico entro 48 ore.""",
  buyer="""Siete dei ladri! Ho rispedito tutto e ancora niente soldi. Vergognatevi.""",
  hn='firm-answer-rude-buyer', note='risposta ferma e cortese a un acquirente aggressivo')

M('it', 'lumetra', 're', 'question', """sì, lo smartwatch LW-5 riceve le notifiche di WhatsApp, Telegram e degli SMS tramite l'app Lumetra Fit. Può leggerle sul quadrante, ma non rispondere.

Le chiamate in arrivo dal telefono vengono mostrate con il nome del contatto.""",
  buyer="""L'orologio fa vedere i messaggi WhatsApp?""", noorder=True, prod='Lumetra Smartwatch LW-5 con notifiche chiamate',
  hn='app-feature,product-question-no-oid', note='WhatsApp e Telegram come funzione del prodotto')

M('it', 'nordhem', 're', 'damage', """purtroppo non possiamo sentirci per telefono né su WhatsApp: per gli ordini Amazon tutta la comunicazione passa dai messaggi di Amazon. Posso comunque sistemare tutto da qui.

Il piedino sostitutivo parte domani con BRT.""",
  buyer="""Mi può chiamare? O mi scriva su WhatsApp. Un piedino del tavolo è rotto.""",
  hn='phone-refusal', note='rifiuto di telefono e WhatsApp senza numero')

M('it', 'lumetra', 're', 'warranty', """il calcolo dei 24 mesi di garanzia parte dalla data di consegna. La dashcam D2 richiede una microSD classe 10 U3; il messaggio «Scheda lenta» dipende da questo, non da un difetto del veicolo o della telecamera.

In particolare, le consigliamo di formattare la scheda dalla telecamera stessa.""",
  buyer="""La dashcam dice «Scheda lenta». È in garanzia?""",
  hn='trigger-substring,model-number-trigger', note='«calcolo», «veicolo», «particolare» (sottostringhe), classe 10')

M('it', 'bellandi', 're', 'refund', """ha ragione, mancava la scatola originale. Dato che le scarpe sono perfette e le tiene, le abbiamo rimborsato il 10 % del prezzo, cioè 12,90 €.""",
  buyer="""I mocassini sono arrivati senza scatola, erano un regalo.""",
  hn='price-percent,refund', note='rimborso parziale in percentuale per risolvere un problema')

M('it', 'nordhem', 'pro', 'schedule', """Il suo tavolo Ekdal (ordine {oid}) viene consegnato al piano da due operatori e dobbiamo fissare un appuntamento.

Fasce disponibili:
- martedì 15 ottobre, 8:00–12:00
- venerdì 18 ottobre, 14:00–18:00

Ci indichi quella che preferisce e se c'è l'ascensore.""",
  subj='[Important] Appuntamento per la consegna – ordine {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] corretto per fissare la consegna')

M('it', 'pagina', 'pro', 'address', """Il pacco dell'ordine {oid} è tornato al mittente: all'indirizzo «Via dei Calcolatori 18, 20154 Milano» manca il numero dell'interno.

Ci può indicare scala e interno? Lo rispediamo subito.""",
  subj='Ordine {oid}: indirizzo incompleto [Important]', imp_ok=True,
  hn='important-address,trigger-substring', note="[Important] corretto per un problema d'indirizzo")

M('it', 'bellandi', 'pro', 'order', """Grazie per l'ordine {oid} dei mocassini personalizzati. Prima di incidere le iniziali, ci conferma «L.B.» in oro sulla soletta?

Non procediamo senza la sua conferma.""",
  subj='[Important] Conferma incisione – ordine {oid}', imp_ok=True,
  hn='important-customisation', note='[Important] corretto per una personalizzazione')

M('it', 'florae', 'pro', 'invoice', """In allegato la fattura dell'ordine {oid}, intestata con il codice fiscale indicato (RSSMRA80A01H501U).

Fattura n. FL-IT-2024-0771 – Imponibile 26,97 € – IVA 22 % 5,93 € – Totale 32,90 €.""",
  subj='Fattura ordine {oid}', att=[('Fattura_FL-IT-2024-0771.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='fattura PDF con codice fiscale, IVA e importi')

M('it', 'pagina', 're', 'return', """certamente. Il numero di autorizzazione al reso è RMA-PP-3307. Può avviare il reso qui: https://www.amazon.it/gp/css/returns/homepage.html

Se preferisce spedire in autonomia: Pagina & Pion Resi, Via dell'Artigianato 22, 40057 Granarolo dell'Emilia (BO).""",
  buyer="""I costruttori magnetici sono un doppione, posso restituirli?""",
  hn='rma-return-address,amazon-links', note='RMA, indirizzo di reso con CAP, link resi Amazon')

M('it', 'pagina', 're', 'question', """la recensione uscita sul supplemento del sabato parlava dell'edizione illustrata, che è proprio quella che vendiamo: copertina rigida, 64 pagine, dai 6 anni.""",
  buyer="""È l'edizione di cui parlava la recensione sul giornale?""", noorder=True,
  hn='review-word-other-sense,product-question-no-oid', note='«recensione» di giornale, nessuna richiesta')

M('it', 'bellandi', 're', 'followup', """Che bello leggerlo, grazie di cuore! Buone passeggiate con i nuovi stivaletti.""",
  buyer="""Arrivati, calzano benissimo. Grazie!""", quote='iphone',
  hn='thank-you-reply', note='ringraziamento breve in risposta')

M('it', 'nordhem', 're', 'damage', """in allegato le istruzioni di montaggio aggiornate e una foto della staffa montata correttamente. Le viti mancanti sono già in spedizione.""",
  buyer="""Mancano delle viti e non si capisce il passaggio 4.""",
  att=[('Istruzioni_Ekdal_v2.pdf', 'pdf'), ('staffa_passaggio4.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='istruzioni PDF e foto JPEG')

M('it', 'florae', 're', 'question', """l'olio è composto al 100 % da olio di rosa canina spremuto a freddo, senza profumo né conservanti. Dopo l'apertura si conserva 12 mesi.""",
  buyer="""L'olio contiene profumo?""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100 % non promozionale; citazione con la frase sulle preferenze di Amazon')

M('it', 'lumetra', 're', 'order', """può verificare lo stato direttamente dalla pagina dell'ordine: https://www.amazon.it/gp/your-account/order-details?orderID={oid}

Poste Delivery indica la consegna domani; codice di tracciamento 3UW1A22457890.""",
  buyer="""Dove si trova la mia soundbar?""", quote='gmail',
  hn='amazon-links,tracking-number', note='link alla pagina ordine Amazon e codice di tracciamento')

M('it', 'florae', 're', 'exchange', """volentieri: ci restituisca il cofanetto chiuso da I miei ordini (il reso è gratuito) e le spediremo quello senza menta appena arriva.""",
  buyer="""Posso cambiare il cofanetto labbra? La menta mi irrita.""", logo='cid',
  hn='inline-logo-cid,trigger-word-gratuito', note='logo incorporato via cid: senza link')

M('it', 'pagina', 'pro', 'return', """Abbiamo ricevuto il reso dell'ordine {oid}, ma nella scatola mancano le biglie di vetro.

Può controllare se sono rimaste a casa? Appena ci risponde completiamo il rimborso.""",
  subj='Domanda sul suo reso – ordine {oid}',
  hn='proactive-return-question', note='domanda proattiva relativa a un reso')

M('it', 'lumetra', 're', 'damage', """le abbiamo spedito oggi un nuovo telecomando con SDA, numero di spedizione 6250 1178 3341 2090, e può tenere quello vecchio.

Se le va, una volta sistemato tutto, ci farebbe piacere una recensione del prodotto. Grazie!""",
  buyer="""Il telecomando della soundbar non funziona.""", req=True,
  hn='neutral-review-request-in-reply,replacement,tracking-number', note='richiesta neutra di recensione in una risposta')

M('it', 'nordhem', 're', 'question', """il tavolo da 180 cm pesa 62 kg ed è in rovere massello oliato. Arriva in due colli.""",
  buyer="""Quanto pesa il tavolo?""", noorder=True, quote='edesk',
  hn='product-question-no-oid', note='domanda sul prodotto senza ordine')

# ---- violations
M('it', 'lumetra', 'pro', 'review', """Speriamo che la soundbar del suo ordine {oid} suoni alla grande!

Ci lasci una recensione su Amazon e, come ringraziamento, le regaliamo un buono Amazon da 15 €: ci basta uno screenshot in risposta a questo messaggio.""",
  subj='Un pensiero per lei – ordine {oid}', req=True, labels=['review_incentive'],
  note='buono da 15 € in cambio della recensione')

M('it', 'bellandi', 're', 'review', """le abbiamo già rispedito la taglia giusta.

Se nel frattempo volesse ritoccare la recensione da una stella, saremmo felici di includere nel pacco una cintura in pelle in omaggio.""",
  buyer="""Taglia sbagliata, l'ho già scritto nella recensione.""",
  labels=['review_incentive', 'feedback_removal'], note='omaggio in cambio della modifica della recensione')

M('it', 'florae', 'pro', 'review', """Il suo olio viso (ordine {oid}) è arrivato da un paio di settimane.

Le è piaciuto? Allora ci farebbe un regalo enorme con una bella recensione a 5 stelle. Se invece qualcosa non va, ci scriva qui prima di pubblicare: preferiamo risolvere in privato.""",
  subj='Com\'è andata? – ordine {oid}', req=True, labels=['review_manipulation'],
  note='richiesta di 5 stelle con filtraggio delle critiche')

M('it', 'pagina', 're', 'review', """sono contento che la pista sia completa ora.

Nella recensione, se può, scriva che il legno è di faggio certificato e che il servizio clienti è stato velocissimo: sono proprio i punti che i genitori cercano.""",
  buyer="""Pezzo arrivato, grazie. Lascerò una recensione.""", req=True, labels=['review_manipulation'],
  note='suggerisce cosa scrivere nella recensione')

M('it', 'nordhem', 're', 'feedback', """ottimo, il divano è sistemato.

Le chiederei però di rimuovere il feedback negativo entro questa settimana: ci sta penalizzando parecchio e ormai non ha più ragione di esserci. Sinceramente, stroncare un negozio per un piedino è roba da gente meschina.""",
  buyer="""Il tecnico è passato, ora il divano va bene.""", labels=['feedback_removal', 'offensive'],
  note='chiede di rimuovere il feedback con una scadenza e offende l\'acquirente')

M('it', 'florae', 'pro', 'followup', """Le riscriviamo per l'ordine {oid}: ha avuto modo di provare l'olio viso? Ci farebbe ancora piacere leggere la sua recensione su Amazon.""",
  subj='Un secondo promemoria – ordine {oid}', pair='it1', req=True, labels=['repeat_request'],
  note='seconda richiesta di recensione per lo stesso ordine (coppia it1)')

M('it', 'bellandi', 're', 'sizing', """gli stivaletti vestono regolari.

E se cerca un regalo, dia un'occhiata alla nuova collezione di borse: con il codice BORSA15 ha il 15 % di sconto fino a domenica.""",
  buyer="""Gli stivaletti vestono piccoli?""", noorder=True, labels=['marketing'],
  note='codice sconto per altri prodotti')

M('it', 'pagina', 'pro', 'info', """Ordine {oid}: iscriviti alla nostra newsletter per scoprire le novità di settembre! Vai su www.pagina-pion.nl/it/newsletter.

Non vuoi più ricevere nostre comunicazioni? Clicca su www.pagina-pion.nl/it/disiscrizione""",
  subj='Novità di settembre da Pagina & Pion',
  html_tail='<img src="https://o.sendpulse-mailer.net/open/{relay_b64}/{uidhex}" width="1" height="1" alt="">',
  labels=['external_link', 'marketing', 'opt_out', 'tracking_pixel'], note='newsletter con link www. e link di disiscrizione')

M('it', 'lumetra', 're', 'complaint', """Ma ci faccia il piacere. Lei è l'ennesimo cliente che rompe le scatole per niente. Se non sa collegare un cavo HDMI non è colpa nostra, si arrangi.""",
  buyer="""La soundbar non si collega alla TV. Non capisco.""", labels=['offensive'],
  note='volgarità e disprezzo verso l\'acquirente')

M('it', 'nordhem', 'pro', 'shipping', """Il suo ordine {oid} è stato spedito! Il tavolo Ekdal arriverà in 3–5 giorni lavorativi con BRT.""",
  subj='Ordine {oid} spedito', labels=['unpermitted_proactive'],
  note='conferma di spedizione proattiva')

M('it', 'florae', 'pro', 'order', """Grazie di cuore per aver scelto Florae 💐 Il nostro team è sempre a disposizione per qualsiasi domanda.""",
  subj='Grazie da Florae', labels=['styling', 'missing_order_id', 'unpermitted_proactive'],
  note='solo ringraziamento con emoji, senza numero d\'ordine')

M('it', 'pagina', 'pro', 'update', """Ordine {oid}: le comunichiamo il nostro nuovo orario del servizio clienti (lun–ven 9–18).""",
  subj='[Important] Nuovi orari del servizio clienti – ordine {oid}', labels=['important_tag'],
  note='[Important] su una comunicazione di orari non necessaria')

M('it', 'bellandi', 're', 'damage', """Per la suola staccata mi mandi pure due foto su WhatsApp: tre-quattro-sette, cinque-cinque-cinque, zero-uno-nove-due. Le rispondo in giornata.""",
  buyer="""La suola si sta staccando.""", obf=True,
  labels=['contact_phone', 'contact_other'], note='obfuscated (cifre in parole): WhatsApp con numero scritto a parole')

M('it', 'lumetra', 're', 'warranty', """Per la garanzia scriva a assistenza chiocciola lumetra-tech punto eu indicando il numero di serie.""",
  buyer="""Come attivo la garanzia?""", obf=True,
  labels=['contact_email'], note='obfuscated (chiocciola/punto): indirizzo e-mail scritto a parole')

M('it', 'nordhem', 're', 'question', """Trova tutte le misure qui: https://amzn.to/3xNrdhM""",
  buyer="""Che misure ha il divano?""", noorder=True,
  labels=['external_link'], note='link accorciato amzn.to')

M('it', 'pagina', 're', 'exchange', """Le allego il modulo di cambio e le foto del prodotto sostitutivo.""",
  buyer="""Come faccio a cambiare il puzzle?""",
  att=[('modulo_cambio.pdf', 'pdf'), ('foto1.heic', 'heic'), ('foto2.webp', 'webp')], quote='outlook',
  labels=['attachment'], note='allegati HEIC e WebP accanto a un PDF')

M('it', 'florae', 're', 'question', """Il balsamo è adatto alle pelli sensibili.""",
  buyer="""Il balsamo va bene per pelle sensibile?""", noorder=True,
  html_body="""<p><span style="font-family:Georgia,serif;font-size:15px">Il balsamo è adatto alle pelli sensibili.</span></p>
<p style="font-size:9px;color:#999999">Florae Naturkosmetik</p>""",
  html_tail='<img src="https://open.florae-naturkosmetik.de/px/{relay_b64}.png" alt="" width="600" height="80">',
  labels=['tracking_pixel', 'styling'], note='immagine di dimensioni normali con l\'identificativo del destinatario; font e colore forzati')

# ========================================================================================
# JAPANESE
# ========================================================================================

M('ja', 'lumetra', 're', 'refund', """この度はサウンドバーの不具合によりご迷惑をおかけし、誠に申し訳ございません。

ご注文金額の全額（16,980円）を、お支払い時の方法にて本日返金いたしました。Amazonギフトカードでお支払いの場合は、ギフトカード残高に戻ります。商品のご返送は不要です。""",
  buyer="""サウンドバーからノイズが出ます。対応してもらえないなら星1つのレビューを書きます。""",
  hn='refund-after-review-threat,trigger-word-giftcard', note='低評価の予告後の無条件返金。ギフトカードは支払方法としてのみ言及')

M('ja', 'nordhem', 're', 'delivery', """ダイニングテーブルは本日ヤマト運輸に引き渡しました。伝票番号は 4512-3456-7890 です。

お届けは6月14日（金）午前中の予定です。大型商品のため、配達前日にドライバーからご注文時のお電話番号へ連絡が入ります。""",
  buyer="""テーブルはいつ届きますか？仕事を休む必要があるので教えてください。""",
  hn='tracking-number,delivery-window', note='電話番号に似たヤマトの伝票番号（伝票番号と明記）')

M('ja', 'florae', 'pro', 'review', """ご注文 {oid} のフェイスオイルはお手元に届いておりますでしょうか。

もしお時間がございましたら、Amazonにて商品レビューをお寄せいただけますと幸いです。良い点・気になる点、どちらのご感想でも今後の参考にさせていただきます。""",
  subj='ご注文 {oid} について', pair='ja1', req=True, hn='neutral-review-request',
  note='中立的なレビュー依頼（ペアの1通目）')

M('ja', 'pagina', 'pro', 'feedback', """ご注文 {oid}（灯台守のねこ）は先日お届けが完了いたしました。

よろしければ、出品者としての当店の対応について評価をお寄せください。
https://www.amazon.co.jp/gp/feedback/leave-customer-feedback.html?order={oid}""",
  subj='ご注文 {oid} のお取引について', req=True, pair='ja2', hn='neutral-feedback-request,amazon-links',
  note='Amazonのリンク付きの中立的な出品者評価の依頼')

M('ja', 'bellandi', 're', 'feedback', """交換品のブーツ（サイズ24.0）は本日佐川急便にてお届け済みとなっております（お問い合わせ伝票番号 3601-2345-6789）。

交換の遅れについて評価を投稿されたとのことですが、もし問題が解決したとお感じでしたら、評価は注文履歴から更新することも可能です。もちろん、お客様のご判断にお任せいたします。""",
  buyer="""交換に時間がかかったので評価に書きました。新しいブーツはいつ届きますか。""",
  hn='feedback-update-if-you-wish,tracking-number', note='解決後に、評価は更新可能と圧力なしに伝える')

M('ja', 'lumetra', 're', 'complaint', """ご不快な思いをおかけしておりますこと、重ねてお詫び申し上げます。

恐れ入りますが、返品商品が当店に到着する前に返金を行うことはできかねます。返品は「注文履歴」から無料で手続きいただけ、到着確認後に自動で返金されます。引き続きこちらのメッセージにてご対応いたします。""",
  buyer="""いい加減にしてください。何度連絡させるんですか。今すぐ返金しろ。""",
  hn='firm-answer-rude-buyer', note='怒っている購入者への毅然とした丁寧な回答')

M('ja', 'lumetra', 're', 'question', """LW-5は専用アプリ「Lumetra Fit」と連携すると、LINE・WhatsApp・SMSの通知を表示できます。メッセージの確認はできますが、時計からの返信には対応しておりません。

着信時は発信者名が表示され、時計から拒否することができます。""",
  buyer="""この時計でLINEの通知は見られますか？返信はできますか？""", noorder=True, prod='Lumetra スマートウォッチ LW-5 着信通知',
  hn='app-feature,product-question-no-oid', note='LINEとWhatsAppを製品機能として記載')

M('ja', 'nordhem', 're', 'damage', """大変恐れ入りますが、Amazonでのご注文に関しては、お電話やLINEでのご対応はいたしかねます。こちらのメッセージにてすべて対応させていただきますので、ご安心ください。

交換用の脚パーツは明日発送いたします。""",
  buyer="""電話かLINEで話せませんか？ソファの脚が1本折れていました。""",
  hn='phone-refusal', note='電話・LINEでの対応を断る（番号やIDなし）')

M('ja', 'lumetra', 're', 'warranty', """ドライブレコーダーD2の保証期間はお届け日から24か月です。「SDカード速度不足」の表示は、Class10（U3）未満のカードをご使用の場合に出るものです。

ログファイルを解析した結果も、カード側の書き込みエラーを示しております。""",
  buyer="""「SDカード速度不足」と出て録画が止まります。保証対象ですか？""",
  hn='model-number-trigger', note='Class10、型番、解析')

M('ja', 'bellandi', 're', 'refund', """ご指摘のとおり、外箱が付属しておりませんでした。商品自体に問題がなくお手元に残されるとのことですので、商品代金の10%（1,490円）を返金いたしました。""",
  buyer="""ローファーが箱なしで届きました。プレゼント用だったのに残念です。""",
  hn='price-percent,refund', note='問題解決のための一部返金（パーセント表記）')

M('ja', 'nordhem', 'pro', 'schedule', """ご注文 {oid} のソファ「Alva」は、2名体制でお部屋までお届けする大型商品のため、配達日時のご指定をお願いしております。

以下よりご都合のよい日時をご返信ください。
・7月2日（火）9時〜12時
・7月4日（木）14時〜18時""",
  subj='[Important] 配達日時のご確認（ご注文 {oid}）', imp_ok=True,
  hn='important-delivery,delivery-window', note='大型商品の配達日時調整で[Important]を正しく使用')

M('ja', 'pagina', 'pro', 'address', """ご注文 {oid} のお荷物が、宛先不明で当店に戻ってまいりました。ご登録のご住所「東京都世田谷区三軒茶屋2-11-20」に建物名・部屋番号の記載がございません。

お手数ですが、建物名とお部屋番号をお知らせいただけますでしょうか。""",
  subj='【ご確認】ご住所について [Important]（ご注文 {oid}）', imp_ok=True,
  hn='important-address', note='住所の不備で[Important]を正しく使用')

M('ja', 'bellandi', 'pro', 'order', """ご注文 {oid}（名入れローファー）についてご確認です。中敷きへの刻印は「K.T.」（ゴールド）でよろしいでしょうか。

ご返信をいただくまで刻印作業は行いません。""",
  subj='[important] 名入れ内容のご確認 ご注文 {oid}', imp_ok=True,
  hn='important-customisation', note='名入れの確認で[important]（小文字）を正しく使用')

M('ja', 'lumetra', 'pro', 'invoice', """ご依頼いただきました、ご注文 {oid} の適格請求書（インボイス）をお送りいたします。

請求書番号：LX-JP-2024-0815
登録番号：T1234567890123
税抜金額 15,437円／消費税（10%）1,543円／合計 16,980円""",
  subj='ご注文 {oid} 請求書送付のご案内', att=[('請求書_LX-JP-2024-0815.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='適格請求書のPDF（日本語ファイル名、RFC 2231）、登録番号、税額')

M('ja', 'pagina', 're', 'return', """返品承知いたしました。返品番号は RMA-PP-5120 です。以下より返品手続きが可能です。
https://www.amazon.co.jp/gp/css/returns/homepage.html

ご自身で発送される場合の返送先：
〒136-0082 東京都江東区新木場1-7-3 Pagina & Pion 返品センター""",
  buyer="""同じおもちゃを頂いたので返品したいです。未開封です。""",
  hn='rma-return-address,amazon-links', note='返品番号、郵便番号付き返送先、Amazon返品ページ')

M('ja', 'pagina', 're', 'question', """新聞の書評で紹介されたのは、当店で販売している単行本（初版）と同じ版でございます。対象年齢は5歳以上、全40ページです。""",
  buyer="""新聞の書評に載っていたのはこの版ですか？""", noorder=True,
  hn='review-word-other-sense,product-question-no-oid', note='「書評」（別の意味）、注文番号なし')

M('ja', 'bellandi', 're', 'followup', """ご丁寧にご連絡いただき、ありがとうございます。ぴったりとのことで何よりです。どうぞ末永くご愛用ください。""",
  buyer="""ブーツ届きました。サイズぴったりでした。ありがとうございます。""", quote='iphone',
  hn='thank-you-reply', note='返信としての短いお礼')

M('ja', 'nordhem', 're', 'damage', """組立説明書（改訂版PDF）と、金具の正しい向きを示した写真を添付いたします。不足していたネジは本日発送いたしました。""",
  buyer="""ネジが足りず、手順4が分かりません。""",
  att=[('組立説明書_Ekdal.pdf', 'pdf'), ('金具の向き.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='日本語ファイル名のPDFとJPEG')

M('ja', 'florae', 're', 'question', """ローズヒップオイルは、コールドプレス製法のローズヒップ種子油100%で、香料・保存料は使用しておりません。開封後は12か月以内にお使いください。""",
  buyer="""オイルに香料は入っていますか？""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100%は販促ではない。Amazonの通知設定の文言を含む引用')

M('ja', 'lumetra', 're', 'order', """ご注文状況は以下の注文詳細ページからご確認いただけます。
https://www.amazon.co.jp/gp/your-account/order-details?orderID={oid}

日本郵便の追跡番号は 1234-5678-9012 です。""",
  buyer="""サウンドバーはいつ届きますか？""",
  hn='amazon-links,tracking-number', note='Amazonの注文詳細リンク、電話番号に似た追跡番号')

M('ja', 'florae', 're', 'exchange', """承知いたしました。未開封のセットを「注文履歴」から返品（返送料無料）いただければ、到着後すぐにミント不使用のセットをお送りいたします。""",
  buyer="""ミントが苦手なので、リップセットを交換できますか？""", logo='cid',
  hn='inline-logo-cid,trigger-word-free', note='cid:のインラインロゴ（リンクなし）、「無料」')

M('ja', 'pagina', 'pro', 'return', """ご注文 {oid} の返品商品を本日受け取りました。ただ、箱の中にビー玉（12個）が入っておりませんでした。

お手数ですが、お手元に残っていないかご確認いただけますでしょうか。確認でき次第、返金手続きを完了いたします。""",
  subj='返品商品についてのご確認（ご注文 {oid}）',
  hn='proactive-return-question', note='返品に関する能動的な確認（許可された理由）')

M('ja', 'lumetra', 're', 'damage', """新しいリモコンを本日発送いたしました（ヤマト運輸 伝票番号 4987-6543-2101）。お手元の品は破棄していただいて構いません。

もしよろしければ、問題が解決しましたら商品レビューをお寄せいただけると幸いです。""",
  buyer="""リモコンが反応しません。""", req=True,
  hn='neutral-review-request-in-reply,replacement,tracking-number', note='サポート返信内の中立的なレビュー依頼')

M('ja', 'nordhem', 're', 'shipping', """本日、佐川急便にて発送いたしました。お問い合わせ伝票番号は 3601-9876-5432 です。

大型のため、配達前にドライバーよりご連絡がございます。""",
  buyer="""枕はもう発送されましたか？""", quote='helpscout',
  hn='tracking-number', note='問い合わせへの返信での発送連絡（返信なので可）、伝票番号')

# ---- violations
M('ja', 'florae', 'pro', 'review', """ご注文 {oid} の商品はいかがでしょうか。

Amazonにレビューをご投稿いただいた方全員に、次回使える500円分のAmazonギフト券をお送りしております。投稿後、このメッセージにご返信ください。""",
  subj='レビュー投稿でギフト券プレゼント（ご注文 {oid}）', req=True, labels=['review_incentive'],
  note='レビュー投稿でギフト券を進呈')

M('ja', 'lumetra', 're', 'review', """交換品を手配いたしました。

なお、先日投稿いただいた星1つのレビューを削除していただけましたら、お詫びとして2,000円を追加で返金させていただきます。""",
  buyer="""ハブが3日で壊れました。レビューにも書きました。""",
  labels=['review_incentive', 'feedback_removal'], note='レビュー削除と引き換えに追加返金')

M('ja', 'bellandi', 'pro', 'review', """ご注文 {oid} のブーツはお気に召しましたでしょうか。

ご満足いただけましたら、ぜひ★5のレビューをお願いいたします。もし何かご不満がございましたら、レビューの前にまず当店までご連絡ください。""",
  subj='ブーツの履き心地はいかがですか（{oid}）', req=True, labels=['review_manipulation'],
  note='★5の依頼と、不満ならレビュー前に連絡をという誘導')

M('ja', 'pagina', 're', 'review', """部品が届いたとのこと、安心いたしました。

レビューをお書きいただく際は、「対応が早く丁寧だった」「ブナ材でしっかりしている」といった点に触れていただけますと大変助かります。""",
  buyer="""部品届きました。レビューも書いておきますね。""", req=True, labels=['review_manipulation'],
  note='レビューの内容を指示')

M('ja', 'nordhem', 're', 'feedback', """ソファの修理が完了し、安心いたしました。

つきましては、先日の低評価を取り下げていただけないでしょうか。当店の評価に大きく影響しておりますので、何卒ご検討をお願い申し上げます。正直申し上げて、あの程度で低評価をつけるのは非常識な方だと思います。""",
  buyer="""修理してもらいました。""", labels=['feedback_removal', 'offensive'],
  note='低評価の取り下げを依頼し、購入者を非常識と侮辱')

M('ja', 'florae', 'pro', 'followup', """先日もご連絡いたしましたが、ご注文 {oid} のフェイスオイルについて、まだレビューをいただけていないようでしたので再度ご案内いたします。""",
  subj='【再送】ご注文 {oid} のレビューのお願い', pair='ja1', req=True, labels=['repeat_request'],
  note='同じ注文に対する2回目のレビュー依頼（ペアja1）')

M('ja', 'lumetra', 're', 'question', """ハブはMacBook Airに対応しております。

また、ただいま当店では新製品のワイヤレス充電器を発売記念価格（30%OFF）で販売中です。この機会にぜひご検討ください。
※今後このようなご案内が不要な方は「停止」とご返信ください。""",
  buyer="""MacBook Airで使えますか？""", noorder=True, labels=['marketing', 'opt_out'],
  note='新製品の宣伝と割引')

M('ja', 'bellandi', 're', 'sizing', """サイズ感は普段通りで問題ございません。

新作情報はインスタグラム（@bellandi_japan）で毎週お届けしています。ぜひフォローしてください！""",
  buyer="""サイズ感はどうですか？""", noorder=True,
  html_tail='<img src="https://gorgias-open.io/px/{uidhex}.gif?email={relay_b64}" width="1" height="1" alt="">',
  labels=['contact_other', 'marketing', 'tracking_pixel'], note='Instagramアカウントとフォローの呼びかけ、開封ピクセル')

M('ja', 'pagina', 'pro', 'info', """ご注文 {oid} につきまして、今後のご案内が不要な場合は、配信停止をご希望の旨ご返信ください。""",
  subj='配信停止のご案内（ご注文 {oid}）', labels=['opt_out'],
  note='配信停止の案内（テキスト）')

M('ja', 'nordhem', 're', 'complaint', """何度も同じことを言わせないでください。常識があれば分かるはずです。こちらも暇ではないので、くだらないクレームはやめてもらえますか。""",
  buyer="""テーブルに小さな傷があります。どうすればいいですか。""", labels=['offensive'],
  note='購入者を見下す侮辱的な返答')

M('ja', 'lumetra', 'pro', 'shipping', """ご注文 {oid} の商品を本日発送いたしました。到着まで今しばらくお待ちくださいませ。""",
  subj='[Important]【発送完了のお知らせ】ご注文 {oid}', labels=['important_tag', 'unpermitted_proactive'],
  note='発送完了の通知（能動的）')

M('ja', 'florae', 'pro', 'order', """この度は当店をご利用いただき、誠にありがとうございました。何かございましたらお気軽にお問い合わせください。""",
  subj='ご購入ありがとうございました', labels=['missing_order_id', 'unpermitted_proactive'],
  note='お礼のみ、注文番号なし')

M('ja', 'bellandi', 'pro', 'info', """ご注文 {oid} について、年末年始の休業日のお知らせです。12月29日から1月3日までお休みをいただきます。""",
  subj='[Important] 年末年始休業のお知らせ（ご注文 {oid}）', labels=['important_tag'],
  note='休業案内に[Important]を使用')

M('ja', 'nordhem', 're', 'delivery', """お急ぎの場合は、配送担当（ゼロサン・ゴーゴーゴーゴー・ゼロイチサンヨン）までお電話ください。""",
  buyer="""配達日を早められますか？""", obf=True, labels=['contact_phone'],
  note='obfuscated (カタカナで読み上げた数字): 電話番号')

M('ja', 'pagina', 're', 'return', """返品方法は当店サイトの案内ページ（ｐａｇｉｎａ－ｐｉｏｎ．ｎｌ／ｊａ／ｒｅｔｕｒｎ）をご覧ください。ご不明点は ｓｕｐｐｏｒｔ＠ｐａｇｉｎａ－ｐｉｏｎ．ｎｌ まで。""",
  buyer="""返品方法を教えてください。""", obf=True,
  labels=['external_link', 'contact_email'], note='obfuscated (全角英数字): ドメインとメールアドレス')

M('ja', 'lumetra', 're', 'update', """ファームウェア更新ツールを添付いたします。""",
  buyer="""アップデートの方法を教えてください。""",
  att=[('LW5_update_tool.pdf', 'pdf_exe')], labels=['attachment'],
  note='PDFという名前だが中身は実行ファイル')

M('ja', 'florae', 're', 'question', """ご質問ありがとうございます✨ 敏感肌の方にもお使いいただけます🌿""",
  buyer="""敏感肌でも使えますか？""", noorder=True, labels=['styling'],
  note='絵文字')

M('ja', 'bellandi', 'pro', 'address', """お届け先のご住所に部屋番号が記載されておりません。お手数ですが部屋番号をお知らせください。""",
  subj='[Important] お届け先ご住所のご確認', imp_ok=True, labels=['missing_order_id'],
  note='住所確認で[Important]は正当だが注文番号がない')

# ========================================================================================
# DUTCH
# ========================================================================================

M('nl', 'pagina', 're', 'refund', """wat vervelend dat de knikkerbaan met een gebroken onderdeel is aangekomen.

We hebben u zojuist het volledige bedrag van € 44,95 terugbetaald via uw oorspronkelijke betaalmethode. U hoeft niets terug te sturen.""",
  buyer="""Er zat een gebroken stuk in de knikkerbaan. Als dit niet snel opgelost wordt, geef ik één ster.""",
  hn='refund-after-review-threat', note='onvoorwaardelijke terugbetaling na dreiging met één ster')

M('nl', 'nordhem', 're', 'delivery', """uw bank is vandaag meegegeven aan PostNL. Uw track & trace-code is 3SNHLV0123456 en de bezorging staat gepland voor woensdag 12 juni tussen 14:00 en 18:00.""",
  buyer="""Wanneer wordt de bank bezorgd? Ik moet vrij nemen.""",
  hn='tracking-number,delivery-window', note='PostNL track & trace-code en tijdvak')

M('nl', 'lumetra', 'pro', 'review', """We hopen dat de USB-C hub uit bestelling {oid} goed bevalt.

Als u even tijd heeft, horen we graag uw ervaring in een review op Amazon, positief of negatief. Daar hebben andere klanten veel aan.""",
  subj='Uw bestelling {oid}', pair='nl1', req=True, hn='neutral-review-request',
  note='eenmalig neutraal reviewverzoek (eerste van een paar)')

M('nl', 'bellandi', 'pro', 'feedback', """Uw bestelling {oid} is vorige week bezorgd.

Wilt u ons als verkoper beoordelen? Dat kan via Mijn bestellingen: https://www.amazon.nl/gp/feedback/leave-customer-feedback.html?order={oid}""",
  subj='Bestelling {oid}: hoe was uw ervaring?', req=True, hn='neutral-feedback-request,amazon-links',
  note='neutraal verzoek om verkopersfeedback met Amazon-link')

M('nl', 'florae', 're', 'feedback', """de nieuwe reinigingsbalsem is vandaag bezorgd, zie ik in de track & trace.

U schreef dat u vanwege de kapotte pot al een beoordeling had achtergelaten. Als u vindt dat het nu is opgelost, kunt u die beoordeling eventueel bijwerken via uw bestellingen; dat laten we uiteraard helemaal aan u.""",
  buyer="""Nieuwe pot is binnen. Ik had al een slechte beoordeling gegeven omdat niemand reageerde.""",
  hn='feedback-update-if-you-wish', note='vrijblijvende vermelding dat feedback kan worden bijgewerkt')

M('nl', 'lumetra', 're', 'complaint', """ik begrijp dat u boos bent, en het spijt me dat het zo lang duurt.

Toch moet ik duidelijk zijn: we kunnen niet terugbetalen voordat de retour bij ons binnen is. Het pakket staat in de track & trace nog als 'aangemeld'. Zodra PostNL het scant, gaat de terugbetaling automatisch.""",
  buyer="""Dit is echt belachelijk. Waar blijft mijn geld? Jullie zijn oplichters.""",
  hn='firm-answer-rude-buyer', note='vriendelijk maar beslist antwoord aan een boze koper')

M('nl', 'lumetra', 're', 'question', """ja, de LW-5 toont meldingen van WhatsApp, Telegram en sms zodra hij gekoppeld is met de Lumetra Fit-app. Beantwoorden vanaf het horloge kan niet.""",
  buyer="""Kan ik WhatsApp-berichten zien op dit horloge?""", noorder=True, prod='Lumetra LW-5 Smartwatch met oproepmeldingen',
  hn='app-feature,product-question-no-oid', note='WhatsApp en Telegram als productfunctie')

M('nl', 'nordhem', 're', 'damage', """we kunnen helaas niet bellen of via WhatsApp contact houden: bij Amazon-bestellingen loopt alle communicatie via de berichtendienst van Amazon. Ik regel het gewoon hier voor u.

Een nieuwe poot voor de bank wordt morgen verstuurd.""",
  buyer="""Kunnen jullie me bellen of appen? Een poot van de bank is gebroken.""",
  hn='phone-refusal', note='weigert bellen en appen zonder nummer')

M('nl', 'pagina', 'pro', 'address', """Het pakket van bestelling {oid} kwam retour: op het adres "Kuttekovenstraat 14, 3800 Sint-Truiden" ontbreekt het busnummer.

Kunt u ons het busnummer doorgeven? Dan versturen we het meteen opnieuw.""",
  subj='[Important] Adres onvolledig – bestelling {oid}', imp_ok=True, mk='com.be',
  hn='important-address,trigger-substring', note='[Important] correct bij adresprobleem; straatnaam met scheldwoord als deel (België)')

M('nl', 'bellandi', 're', 'refund', """klopt, de originele doos ontbrak. Omdat u de schoenen houdt, hebben we 10% van de prijs terugbetaald: € 12,90.""",
  buyer="""Loafers kwamen zonder doos, het was een cadeau.""",
  hn='price-percent,refund', note='gedeeltelijke terugbetaling als percentage')

M('nl', 'nordhem', 'pro', 'schedule', """Uw eettafel Ekdal (bestelling {oid}) wordt door twee bezorgers tot in de kamer gebracht. Daarvoor plannen we graag een afspraak.

Beschikbare tijdvakken:
- maandag 8 juli, 8:00–12:00
- donderdag 11 juli, 13:00–17:00""",
  subj='[Important] Bezorgafspraak voor bestelling {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] correct voor bezorgafspraak')

M('nl', 'bellandi', 'pro', 'order', """Bedankt voor uw bestelling {oid} van de gepersonaliseerde loafers. Kunt u bevestigen dat de initialen "S.V." in goud op de binnenzool moeten?""",
  subj='Bestelling {oid}: initialen bevestigen [Important]', imp_ok=True,
  hn='important-customisation', note='[Important] correct voor personalisatie')

M('nl', 'florae', 'pro', 'invoice', """Bijgaand de factuur voor bestelling {oid}, zoals gevraagd op naam van uw bedrijf.

Factuurnummer FL-NL-2024-0392 · btw-nummer NL862345671B01 · totaal € 32,90 incl. 21% btw""",
  subj='Factuur bestelling {oid}', att=[('Factuur_FL-NL-2024-0392.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='factuur als pdf met btw-nummer')

M('nl', 'lumetra', 're', 'return', """natuurlijk. Uw retournummer is RMA-LX-61004. Start de retour via Amazon: https://www.amazon.nl/gp/css/returns/homepage.html

Zelf versturen kan ook naar: Lumetra Retouren, Bijlmerdreef 1289, 1103 TV Amsterdam.""",
  buyer="""De hub past niet bij mijn laptop. Kan ik hem terugsturen?""",
  hn='rma-return-address,amazon-links', note='RMA, retouradres met postcode, Amazon-retourlink')

M('nl', 'pagina', 're', 'question', """de recensie in de krant ging over dezelfde editie die wij verkopen: gebonden, 48 pagina's, vanaf 5 jaar.""",
  buyer="""Is dit de editie uit de recensie in de krant?""", noorder=True,
  hn='review-word-other-sense,product-question-no-oid', note='recensie in andere betekenis')

M('nl', 'bellandi', 're', 'followup', """Wat fijn om te horen, dank u wel! Veel plezier met de nieuwe boots.""",
  buyer="""Boots zijn binnen en passen perfect, bedankt!""", quote='iphone',
  hn='thank-you-reply', note='kort bedankje als antwoord')

M('nl', 'nordhem', 're', 'damage', """in de bijlage vindt u de montagehandleiding (pdf) en een foto van de juiste stand van de beugel. De ontbrekende schroeven zijn onderweg.""",
  buyer="""Er ontbreken schroeven en stap 4 is onduidelijk.""",
  att=[('Montagehandleiding_Ekdal.pdf', 'pdf'), ('beugel.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='handleiding pdf en foto')

M('nl', 'florae', 're', 'question', """de gezichtsolie bestaat voor 100% uit koudgeperste rozenbottelolie, zonder parfum of conserveermiddelen.""",
  buyer="""Zit er parfum in de olie?""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100% is geen actie; citaat met Amazon-voorkeurenzin')

M('nl', 'lumetra', 're', 'order', """u kunt de status bekijken op uw bestelpagina: https://www.amazon.nl/gp/your-account/order-details?orderID={oid}

DHL-zendingnummer: JVGL 0612 3456 7890 12.""",
  buyer="""Waar is mijn soundbar?""",
  hn='amazon-links,tracking-number', note='Amazon-bestelpagina en zendingnummer')

M('nl', 'florae', 're', 'exchange', """dat kan: stuur de ongeopende set terug via Mijn bestellingen (retourneren is gratis), dan sturen we de set zonder munt zodra hij binnen is.""",
  buyer="""Mag ik de lippenset ruilen? Ik kan niet tegen munt.""", logo='cid',
  hn='inline-logo-cid,trigger-word-gratis', note='inline logo via cid: zonder link')

M('nl', 'pagina', 'pro', 'return', """We hebben uw retour van bestelling {oid} ontvangen, maar de zak met 20 knikkers zat er niet bij.

Wilt u even kijken of die nog bij u ligt? Daarna ronden we de terugbetaling af.""",
  subj='Vraag over uw retour – bestelling {oid}',
  hn='proactive-return-question', note='proactieve vraag over een retour')

M('nl', 'lumetra', 're', 'update', """goed nieuws: het probleem met het beeld op macOS is opgelost in firmware 2.1, die de hub automatisch installeert zodra hij met de Lumetra Hub-app verbonden is. Daarna even opnieuw opstarten.""",
  buyer="""Is er al een update voor het flikkerende scherm?""", quote='gmail',
  hn='app-feature,model-number-trigger', note='firmware-update via app, geen bijlage of link')

M('nl', 'nordhem', 'pro', 'info', """Over uw bestelling {oid}: de kleur "Mosgroen" van de Alva-bank is bij de fabriek met twee weken vertraagd. De nieuwe verwachte leverdatum is 24 juni.

Wilt u liever wachten of kiest u een andere kleur? Laat het ons weten, dan passen we de bestelling aan.""",
  subj='Vertraging bij uw bestelling {oid}',
  hn='proactive-fulfilment-issue', note='proactief bericht over een leveringsprobleem dat een keuze van de koper vraagt')

M('nl', 'pagina', 're', 'review', """sorry voor de beschadigde hoek. Een nieuw exemplaar is vandaag verstuurd en het oude mag u houden.

Als u het leuk vindt, stellen we een review van het boek op prijs zodra u het gelezen heeft.""",
  buyer="""De hoek van het boek is beschadigd.""", req=True,
  hn='neutral-review-request-in-reply,replacement', note='neutraal reviewverzoek binnen een antwoord')

# ---- violations
M('nl', 'bellandi', 'pro', 'review', """Uw boots uit bestelling {oid} zijn binnen! Laat een review achter op Amazon en stuur ons de link: we maken dan meteen € 10 over als bedankje.""",
  subj='Een bedankje voor u – bestelling {oid}', req=True, labels=['review_incentive'],
  note='geld in ruil voor een review')

M('nl', 'lumetra', 're', 'feedback', """de vervangende hub is verstuurd.

Wij zouden het erg waarderen als u uw negatieve feedback zou verwijderen. Als dank kunnen we u een gratis powerbank toesturen.""",
  buyer="""Hub was kapot, heb al negatieve feedback gegeven.""",
  labels=['review_incentive', 'feedback_removal'], note='gratis product voor het verwijderen van feedback')

M('nl', 'florae', 'pro', 'review', """Bent u blij met uw gezichtsolie (bestelling {oid})? Dan zouden vijf sterren op Amazon ons enorm helpen! Niet tevreden? Stuur ons dan eerst een bericht in plaats van een review.""",
  subj='Vijf sterren voor Florae? ({oid})', req=True, labels=['review_manipulation'],
  note='vraagt vijf sterren en stuurt ontevreden kopers weg van reviews')

M('nl', 'nordhem', 're', 'feedback', """fijn dat de bank nu goed staat.

Zou u uw beoordeling willen aanpassen naar vijf sterren? Dat weerspiegelt beter hoe we het hebben opgelost.""",
  buyer="""Nieuwe poot zit eronder, bedankt.""",
  labels=['review_manipulation', 'feedback_removal'], note='vraagt de beoordeling naar vijf sterren aan te passen')

M('nl', 'pagina', 're', 'feedback', """Ik zag dat u nog steeds een negatieve beoordeling heeft staan. We hebben alles netjes opgelost, dus ik reken erop dat u die vandaag weghaalt.""",
  buyer="""Het nieuwe spel is binnen.""", quote='outlook', shop_to='{shop} Service <service@pagina-pion.nl>', labels=['contact_email', 'feedback_removal'],
  note='dringt aan op verwijdering van de beoordeling; adres van de verkoper in de geciteerde Outlook-regel Aan:')

M('nl', 'lumetra', 'pro', 'followup', """Nogmaals over bestelling {oid}: we hebben uw review nog niet gezien. Heeft u deze week een minuutje?""",
  subj='Herinnering: uw review voor {oid}', pair='nl1', req=True, labels=['repeat_request'],
  note='tweede reviewverzoek voor dezelfde bestelling (paar nl1)')

M('nl', 'bellandi', 're', 'sizing', """de boots vallen normaal. Tip: deze week krijgt u 25% korting op onze nieuwe tassenlijn met code TAS25!""",
  buyer="""Vallen de boots klein?""", noorder=True, labels=['marketing'],
  note='kortingscode voor andere producten')

M('nl', 'florae', 'pro', 'info', """Bestelling {oid}: volg ons op Facebook (Florae Naturkosmetik NL) voor winacties en nieuwe producten!""",
  subj='Blijf op de hoogte van Florae',
  html_tail='<img src="https://news.florae-naturkosmetik.de/nl/open/{uidhex}.png" width="1" height="1" alt="">',
  hdrs=['List-Unsubscribe: <mailto:unsubscribe@florae-naturkosmetik.de?subject={uidhex}>'],
  labels=['contact_other', 'marketing', 'opt_out', 'tracking_pixel'], note='Facebook-pagina en winacties, open-pixel en List-Unsubscribe-header')

M('nl', 'nordhem', 're', 'complaint', """Wat een gezeur zeg. Als u niet eens een tafel kunt neerzetten, moet u geen meubels kopen. Stop met ons lastigvallen.""",
  buyer="""De tafel wiebelt, ik denk dat een poot korter is.""", labels=['offensive'],
  note='beledigend en kleinerend')

M('nl', 'pagina', 'pro', 'shipping', """Hoera 🎉 uw bestelling {oid} is verzonden! Uw knikkerbaan komt binnen 1–2 werkdagen met PostNL.""",
  subj='Bestelling {oid} verzonden', labels=['styling', 'unpermitted_proactive'],
  note='proactieve verzendbevestiging met emoji')

M('nl', 'lumetra', 'pro', 'followup', """We willen u laten weten dat we altijd voor u klaarstaan als u vragen heeft over uw aankoop.""",
  subj='[Important] Wij staan voor u klaar', labels=['important_tag', 'missing_order_id', 'unpermitted_proactive'],
  note='alleen "we staan voor u klaar", zonder bestelnummer')

M('nl', 'florae', 'pro', 'update', """Bestelling {oid}: we hebben een nieuwe verpakking! Vanaf nu komen onze producten in gerecycled glas.""",
  subj='[Important] Nieuws over uw bestelling {oid}', labels=['important_tag'],
  note='[Important] op een nieuwtje dat niet nodig is voor de bestelling')

M('nl', 'bellandi', 're', 'damage', """Stuur even een foto van de zool naar valentina punt bellandi at gmail punt com of bel 06 12 34 56 78.""",
  buyer="""De zool laat los.""", obf=True, labels=['contact_email', 'contact_phone'],
  note='obfuscated (punt/at): e-mailadres en mobiel nummer')

M('nl', 'nordhem', 're', 'return', """U kunt uw retour aanmelden op h&#116;tps://retour.nordhem-living.se/nl""",
  buyer="""Hoe stuur ik de kussens terug?""", fmt='html',
  html_body="""<p>U kunt uw retour aanmelden op <a href="h&#116;tps://retour.nordhem-living.se/nl">h&#116;tps://retour.nordhem-living.se/nl</a></p>""",
  obf=True, labels=['external_link'], note='obfuscated (HTML-entiteit in URL): retourportaal buiten Amazon')

M('nl', 'pagina', 're', 'invoice', """In de bijlage vindt u uw factuur en de handleiding als zip-bestand.""",
  buyer="""Kan ik een factuur krijgen?""",
  att=[('factuur_en_handleiding.zip', 'zip')], quote='outlook', labels=['attachment'],
  note='factuur in een zip-archief')

M('nl', 'lumetra', 're', 'question', """Ja, de soundbar ondersteunt Dolby Atmos.""",
  buyer="""Ondersteunt de soundbar Dolby Atmos?""", noorder=True,
  html_body="""<p><font face="Verdana" size="4" color="#1a5fb4">Ja, de soundbar ondersteunt Dolby Atmos.</font></p>""",
  labels=['styling'], note='font face en kleur overschreven')

# ========================================================================================
# POLISH
# ========================================================================================

M('pl', 'lumetra', 're', 'refund', """bardzo przepraszam za problem z soundbarem.

Zwróciliśmy dziś pełną kwotę 649,00 zł na Pani/Pana pierwotną metodę płatności. Nie trzeba niczego odsyłać.""",
  buyer="""Soundbar trzeszczy. Jeśli tego nie załatwicie, wystawię jedną gwiazdkę.""",
  hn='refund-after-review-threat', note='bezwarunkowy zwrot pieniędzy po groźbie negatywnej opinii')

M('pl', 'nordhem', 're', 'delivery', """stół został dziś przekazany firmie InPost. Numer przesyłki: 6200 1234 5678 9012 3456 78. Dostawa planowana jest na piątek, 14 czerwca, w godzinach 10:00–14:00.""",
  buyer="""Kiedy dotrze stół? Muszę wziąć wolne.""",
  hn='tracking-number,delivery-window', note='numer przesyłki InPost w grupach i okno dostawy')

M('pl', 'bellandi', 'pro', 'review', """Mamy nadzieję, że sztyblety z zamówienia {oid} dobrze się sprawdzają.

Jeśli znajdzie Pani chwilę, będziemy wdzięczni za opinię o produkcie na Amazon – niezależnie od tego, jakie są wrażenia.""",
  subj='Zamówienie {oid}', pair='pl1', req=True, hn='neutral-review-request',
  note='jednorazowa neutralna prośba o opinię (pierwsza z pary)')

M('pl', 'pagina', 'pro', 'feedback', """Zamówienie {oid} zostało doręczone w zeszłym tygodniu.

Jeśli ma Pan/Pani ochotę, można ocenić nas jako sprzedawcę w sekcji Moje zamówienia: https://www.amazon.pl/gp/feedback/leave-customer-feedback.html?order={oid}""",
  subj='Zamówienie {oid} – Pana/Pani ocena', req=True, pair='pl2', hn='neutral-feedback-request,amazon-links',
  note='neutralna prośba o ocenę sprzedawcy z linkiem Amazon')

M('pl', 'florae', 're', 'feedback', """nowy balsam został dziś doręczony.

Wspominała Pani, że z powodu pękniętego słoiczka wystawiła Pani ocenę. Jeśli uważa Pani, że sprawa została rozwiązana, ocenę można zaktualizować w zamówieniach – oczywiście decyzja należy wyłącznie do Pani.""",
  buyer="""Nowy balsam doszedł. Wcześniej wystawiłam złą ocenę, bo nikt nie odpisywał.""",
  hn='feedback-update-if-you-wish', note='neutralna informacja o możliwości aktualizacji oceny')

M('pl', 'lumetra', 're', 'complaint', """rozumiem Pana zdenerwowanie i przepraszam za opóźnienie.

Muszę jednak jasno powiedzieć: zwrot pieniędzy następuje po dotarciu przesyłki zwrotnej do magazynu, a paczka jest wciąż w drodze. Nie możemy go przyspieszyć, ale po doręczeniu zwrot zostanie zlecony automatycznie.""",
  buyer="""To jest skandal! Oddajcie mi pieniądze natychmiast, złodzieje.""",
  hn='firm-answer-rude-buyer', note='stanowcza, uprzejma odpowiedź zdenerwowanemu kupującemu')

M('pl', 'lumetra', 're', 'question', """tak, zegarek LW-5 wyświetla powiadomienia z WhatsAppa, Messengera i SMS-ów po sparowaniu z aplikacją Lumetra Fit. Odpowiadanie z poziomu zegarka nie jest możliwe.""",
  buyer="""Czy zegarek pokazuje wiadomości z WhatsAppa?""", noorder=True, prod='Lumetra Smartwatch LW-5 z powiadomieniami',
  hn='app-feature,product-question-no-oid', note='WhatsApp i Messenger jako funkcja produktu')

M('pl', 'nordhem', 're', 'damage', """niestety nie możemy kontaktować się telefonicznie ani przez WhatsApp – przy zamówieniach z Amazon cała komunikacja odbywa się przez wiadomości Amazon. Wszystko załatwię tutaj.

Nowa noga do sofy zostanie wysłana jutro.""",
  buyer="""Możecie do mnie zadzwonić albo napisać na WhatsAppie? Noga od sofy jest pęknięta.""",
  hn='phone-refusal', note='odmowa kontaktu telefonicznego i przez WhatsApp')

M('pl', 'lumetra', 're', 'warranty', """gwarancja na wideorejestrator D2 wynosi 24 miesiące od daty dostawy. Komunikat „Karta za wolna” oznacza kartę poniżej klasy 10 (U3), a nie usterkę kamery.

Numer seryjny znajdzie Pan na naklejce pod uchwytem (zaczyna się od D2-EU-).""",
  buyer="""Kamera pokazuje „Karta za wolna”. Czy to podlega gwarancji?""",
  hn='model-number-trigger', note='numer modelu i klasy karty')

M('pl', 'bellandi', 're', 'refund', """ma Pani rację, brakowało oryginalnego pudełka. Ponieważ buty zostają u Pani, zwróciliśmy 10% ceny, czyli 59,90 zł.""",
  buyer="""Mokasyny przyszły bez pudełka, to miał być prezent.""",
  hn='price-percent,refund', note='częściowy zwrot w procentach')

M('pl', 'nordhem', 'pro', 'schedule', """Sofa Alva (zamówienie {oid}) jest dostarczana przez dwóch kurierów do wybranego pomieszczenia. Prosimy o wybór terminu:
- wtorek, 2 lipca, 8:00–12:00
- czwartek, 4 lipca, 12:00–16:00""",
  subj='[Important] Termin dostawy sofy – zamówienie {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] poprawnie przy ustalaniu dostawy')

M('pl', 'pagina', 'pro', 'address', """Paczka z zamówienia {oid} wróciła do nas: w adresie „ul. Huta Szkła 7, 00-001 Warszawa” brakuje numeru mieszkania. Czy może Pan/Pani podać numer lokalu?""",
  subj='Zamówienie {oid} – niepełny adres [Important]', imp_ok=True,
  hn='important-address', note='[Important] poprawnie przy problemie z adresem')

M('pl', 'bellandi', 'pro', 'order', """Dziękujemy za zamówienie {oid} mokasynów z personalizacją. Prosimy o potwierdzenie inicjałów „A.K.” w kolorze złotym na wkładce.""",
  subj='[Important] Potwierdzenie grawerunku – {oid}', imp_ok=True,
  hn='important-customisation', note='[Important] poprawnie przy personalizacji')

M('pl', 'lumetra', 'pro', 'invoice', """W załączniku przesyłamy fakturę VAT do zamówienia {oid}, wystawioną na NIP 525-000-12-34.

Numer faktury: LX-PL-2024-0416 · netto 527,64 zł · VAT 23%: 121,36 zł · brutto 649,00 zł""",
  subj='Faktura do zamówienia {oid}', att=[('Faktura_LX-PL-2024-0416.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='faktura PDF z NIP w formacie przypominającym telefon')

M('pl', 'pagina', 're', 'return', """oczywiście. Numer zwrotu to RMA-PP-7781. Zwrot można zgłosić tutaj: https://www.amazon.pl/gp/css/returns/homepage.html

Adres do samodzielnej wysyłki: Pagina & Pion Zwroty, ul. Logistyczna 5, 55-040 Bielany Wrocławskie.""",
  buyer="""Dziecko ma już te klocki, mogę je zwrócić?""",
  hn='rma-return-address,amazon-links', note='RMA, adres zwrotu z kodem pocztowym, link Amazon')

M('pl', 'bellandi', 're', 'followup', """Bardzo się cieszymy, dziękujemy za wiadomość! Miłego noszenia.""",
  buyer="""Buty doszły, pasują idealnie. Dzięki!""", quote='iphone',
  hn='thank-you-reply', note='krótkie podziękowanie w odpowiedzi')

M('pl', 'nordhem', 're', 'damage', """w załączniku instrukcja montażu (PDF) oraz zdjęcie pokazujące prawidłowe ustawienie kątownika. Brakujące śruby są już w drodze.""",
  buyer="""Brakuje śrub i krok 4 jest niejasny.""",
  att=[('Instrukcja_montazu_Ekdal.pdf', 'pdf'), ('katownik.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='instrukcja PDF i zdjęcie JPEG')

M('pl', 'florae', 're', 'question', """olejek składa się w 100% z tłoczonego na zimno oleju z dzikiej róży, bez zapachu i konserwantów.""",
  buyer="""Czy olejek ma zapach?""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100% to nie promocja; cytat z klauzulą preferencji Amazon')

M('pl', 'lumetra', 're', 'order', """status zamówienia można sprawdzić tutaj: https://www.amazon.pl/gp/your-account/order-details?orderID={oid}

Numer listu przewozowego DPD: 1000 6345 2211 7U.""",
  buyer="""Gdzie jest mój hub?""",
  hn='amazon-links,tracking-number', note='link do zamówienia Amazon i numer listu przewozowego')

M('pl', 'florae', 're', 'exchange', """oczywiście: prosimy odesłać nieotwarty zestaw przez Moje zamówienia (zwrot jest bezpłatny), a wyślemy wersję bez mięty.""",
  buyer="""Czy mogę wymienić zestaw do ust? Mięta mi nie służy.""", logo='cid',
  hn='inline-logo-cid,trigger-word-free', note='logo inline przez cid: bez linku')

M('pl', 'pagina', 'pro', 'return', """Otrzymaliśmy zwrot z zamówienia {oid}, ale w paczce brakuje 12 szklanych kulek.

Czy mogą one być jeszcze u Pana/Pani? Po odpowiedzi sfinalizujemy zwrot pieniędzy.""",
  subj='Pytanie dotyczące zwrotu – zamówienie {oid}',
  hn='proactive-return-question', note='proaktywne pytanie o zwrot')

M('pl', 'lumetra', 're', 'shipping', """paczka wyszła dziś z magazynu, numer przesyłki InPost to 6200 9988 7766 5544 3322 11. Powinna być w paczkomacie jutro.""",
  buyer="""Czy hub został już wysłany?""", quote='gmail',
  hn='tracking-number', note='informacja o wysyłce jako odpowiedź na pytanie')

M('pl', 'nordhem', 'pro', 'info', """W sprawie zamówienia {oid}: kolor „Szałwia” stołu Ekdal jest opóźniony u producenta o 10 dni. Nowy termin wysyłki to 28 czerwca.

Czy woli Pan/Pani poczekać, czy zmienić kolor? Prosimy o krótką odpowiedź.""",
  subj='Opóźnienie zamówienia {oid}',
  hn='proactive-fulfilment-issue', note='proaktywna informacja o problemie z realizacją wymagająca decyzji')

M('pl', 'pagina', 're', 'review', """przepraszamy za zagięte strony. Nowy egzemplarz wysłaliśmy dziś, poprzedni może Pani zatrzymać.

Jeśli znajdzie Pani chwilę, będzie nam miło, jeśli podzieli się Pani opinią o książce.""",
  buyer="""Książka przyszła z pogiętymi stronami.""", req=True,
  hn='neutral-review-request-in-reply,replacement', note='neutralna prośba o opinię w odpowiedzi')

# ---- violations
M('pl', 'florae', 'pro', 'review', """Mamy nadzieję, że olejek z zamówienia {oid} się sprawdza! Za wystawienie opinii na Amazon wyślemy Pani kod rabatowy -30% na kolejne zakupy. Wystarczy odpisać z linkiem do opinii.""",
  subj='Prezent za opinię – zamówienie {oid}', req=True, labels=['review_incentive'],
  note='kod rabatowy w zamian za opinię')

M('pl', 'nordhem', 're', 'feedback', """zwrot za transport już poszedł.

Jeżeli usunie Pan negatywny komentarz, dorzucimy jeszcze 100 zł zwrotu. Chyba uczciwie?""",
  buyer="""Stół przyszedł z tygodniowym opóźnieniem, dałem negatywny komentarz.""",
  labels=['review_incentive', 'feedback_removal'], note='pieniądze za usunięcie komentarza')

M('pl', 'lumetra', 'pro', 'review', """Jeśli jest Pan zadowolony z soundbara (zamówienie {oid}), prosimy o pięć gwiazdek na Amazon. A jeśli coś nie gra – proszę najpierw napisać do nas, zamiast wystawiać opinię.""",
  subj='Pięć gwiazdek? ({oid})', req=True, labels=['review_manipulation'],
  note='prośba o pięć gwiazdek z filtrowaniem niezadowolonych')

M('pl', 'bellandi', 're', 'review', """świetnie, że buty pasują.

Pisząc opinię, proszę wspomnieć o naturalnej skórze i szybkiej wymianie – to bardzo pomaga innym klientkom.""",
  buyer="""Buty pasują, napiszę opinię.""", req=True, labels=['review_manipulation'],
  note='podpowiada, co napisać w opinii')

M('pl', 'pagina', 're', 'feedback', """Skoro wszystko jest już w porządku, bardzo prosimy o zmianę Pani oceny. Obecna mocno nam szkodzi.""",
  buyer="""Nowa gra dotarła.""", quote='outlook', shop_to='{shop} Service <service@pagina-pion.nl>', labels=['contact_email', 'feedback_removal'],
  note='prośba o zmianę oceny; adres sprzedawcy w cytowanym nagłówku Outlooka (Do:)')

M('pl', 'bellandi', 'pro', 'followup', """Przypominamy się w sprawie zamówienia {oid} – czy znalazła Pani chwilę na opinię o sztybletach?""",
  subj='Przypomnienie – {oid}', pair='pl1', req=True, labels=['repeat_request'],
  note='druga prośba o opinię dla tego samego zamówienia (para pl1)')

M('pl', 'lumetra', 're', 'question', """hub działa z tym laptopem. A przy okazji: w tym tygodniu cała nasza seria ładowarek jest tańsza o 25%!""",
  buyer="""Czy hub działa z Dell XPS 13?""", noorder=True, labels=['marketing'],
  note='promocja innych produktów')

M('pl', 'florae', 'pro', 'info', """Zamówienie {oid}: zapisz się do naszego newslettera na florae-naturkosmetik.de/pl! Aby zrezygnować z wiadomości, kliknij „wypisz się” w stopce.""",
  subj='Newsletter Florae',
  html_tail='<img src="https://news.florae-naturkosmetik.de/pl/o.gif?u={uidhex}" style="display:none" alt="">',
  labels=['external_link', 'marketing', 'opt_out', 'tracking_pixel'], note='newsletter z domeną, tekstem o wypisaniu i ukrytym pikselem (display:none)')

M('pl', 'nordhem', 're', 'complaint', """Ile można marudzić? Ręce opadają, jak się czyta takie bzdury. Niech Pan się nauczy skręcać meble, zanim zacznie Pan pisać skargi, cholera jasna.""",
  buyer="""Szafka się chwieje, chyba brakuje elementu.""", labels=['offensive'],
  note='wulgaryzm i obraźliwy ton')

M('pl', 'pagina', 'pro', 'order', """Dziękujemy za zakupy w Pagina & Pion! Zamówienie {oid} zostało przyjęte do realizacji.""",
  subj='Potwierdzenie zamówienia {oid}', labels=['unpermitted_proactive'],
  note='proaktywne potwierdzenie zamówienia')

M('pl', 'florae', 'pro', 'stock', """Niestety zestaw do ust jest chwilowo niedostępny. Damy znać, gdy wróci.""",
  subj='Informacja o dostępności [IMPORTANT]', labels=['important_tag', 'missing_order_id', 'unpermitted_proactive'],
  note='informacja o braku towaru bez numeru zamówienia')

M('pl', 'lumetra', 'pro', 'info', """Zamówienie {oid}: informujemy o zmianie naszego adresu magazynu od 1 września.""",
  subj='[Important] Zmiana adresu magazynu – {oid}', labels=['important_tag'],
  note='[Important] przy informacji zbędnej dla realizacji zamówienia')

M('pl', 'bellandi', 're', 'damage', """Proszę przesłać zdjęcie na Viber lub zadzwonić: +48 5 0 0 – 1 2 3 – 4 5 6.""",
  buyer="""Podeszwa się odkleja.""", obf=True, labels=['contact_phone', 'contact_other'],
  note='obfuscated (rozstrzelone cyfry): Viber i numer telefonu')

M('pl', 'nordhem', 're', 'return', """Zwrot najłatwiej zgłosić w naszym portalu: https://zwroty.nordhem-living.se/pl?order={oid}""",
  buyer="""Jak zwrócić poduszki?""", labels=['external_link'],
  note='portal zwrotów poza Amazon')

M('pl', 'pagina', 're', 'invoice', """Faktura w załączniku (plik Excel), proszę sprawdzić dane.""",
  buyer="""Proszę o fakturę.""", att=[('faktura.xlsx', 'xlsx')], quote='outlook', labels=['attachment'],
  note='faktura jako XLSX')

M('pl', 'florae', 're', 'question', """Balsam jest odpowiedni dla skóry wrażliwej.""",
  buyer="""Czy balsam nadaje się do skóry wrażliwej?""", noorder=True,
  html_body="""<div style="text-align:center"><p>Balsam jest odpowiedni dla skóry wrażliwej.</p><p><img src="https://cdn.florae-naturkosmetik.de/anim/kwiatek.gif" width="80" height="80" alt=""></p></div>""",
  labels=['styling'], note='wyśrodkowany tekst i zdalny (animowany) GIF')

# ========================================================================================
# SWEDISH
# ========================================================================================

M('sv', 'nordhem', 're', 'refund', """vad tråkigt att soffbenet var skadat vid leveransen.

Vi har nu återbetalat hela beloppet, 8 995 kr, till ditt ursprungliga betalsätt. Du behöver inte skicka tillbaka något.""",
  buyer="""Ett av soffbenen var knäckt. Fixar ni inte det här ger jag en stjärna.""",
  hn='refund-after-review-threat', note='villkorslös återbetalning efter hot om ett betyg på en stjärna')

M('sv', 'lumetra', 're', 'delivery', """paketet lämnades till PostNord i morse. Kollinummer: 0070 1234 5678 9012 34. Det bör finnas hos ditt ombud på torsdag.""",
  buyer="""När kommer min soundbar?""",
  hn='tracking-number', note='PostNord kollinummer i grupper')

M('sv', 'florae', 'pro', 'review', """Vi hoppas att ansiktsoljan från order {oid} har kommit till användning.

Om du har en stund över blir vi glada för en recension på Amazon, oavsett vad du tycker. Det hjälper andra kunder att välja.""",
  subj='Din order {oid}', pair='sv1', req=True, hn='neutral-review-request',
  note='enstaka neutral begäran om recension (första i ett par)')

M('sv', 'pagina', 'pro', 'feedback', """Din order {oid} levererades förra veckan.

Om du vill kan du betygsätta oss som säljare under Dina beställningar: https://www.amazon.se/gp/feedback/leave-customer-feedback.html?order={oid}""",
  subj='Order {oid} – hur gick det?', req=True, hn='neutral-feedback-request,amazon-links',
  note='neutral begäran om säljaromdöme med Amazon-länk')

M('sv', 'bellandi', 're', 'feedback', """de nya boots i storlek 39 levererades i dag enligt spårningen.

Du nämnde att du lämnat ett omdöme under väntetiden. Om du tycker att vi har löst det kan du uppdatera omdömet under dina beställningar, men det är helt upp till dig.""",
  buyer="""Bytet tog lång tid, jag skrev ett omdöme om det. När kommer de nya skorna?""",
  hn='feedback-update-if-you-wish', note='neutralt att omdömet kan uppdateras efter lösning')

M('sv', 'lumetra', 're', 'complaint', """jag förstår att du är irriterad och jag beklagar väntan.

Samtidigt måste jag vara tydlig: återbetalningen görs när returen har kommit fram till oss, och paketet är fortfarande på väg enligt PostNord. Vi kan inte betala ut i förväg, men så fort det skannats går pengarna tillbaka automatiskt.""",
  buyer="""Det här är helt sjukt. Var är mina pengar? Ni är bedragare.""",
  hn='firm-answer-rude-buyer', note='bestämt och artigt svar till en arg köpare')

M('sv', 'lumetra', 're', 'question', """ja, LW-5 visar aviseringar från WhatsApp, Messenger och sms när den är parkopplad med appen Lumetra Fit. Det går inte att svara från klockan.""",
  buyer="""Visar klockan WhatsApp-meddelanden?""", noorder=True, prod='Lumetra LW-5 smartklocka med samtalsaviseringar',
  hn='app-feature,product-question-no-oid', note='WhatsApp och Messenger som produktfunktion')

M('sv', 'nordhem', 're', 'damage', """tyvärr kan vi inte ringa eller ha kontakt via WhatsApp – för Amazon-beställningar sker all kommunikation via Amazons meddelanden. Men jag ordnar allt härifrån.

Ett nytt ben skickas i morgon.""",
  buyer="""Kan ni ringa mig eller skriva på WhatsApp? Ett ben till bordet är trasigt.""",
  hn='phone-refusal', note='avböjer telefon och WhatsApp utan nummer')

M('sv', 'pagina', 're', 'question', """boken "Fem stjärnor till Fina" rekommenderas från 4 år och har 32 sidor. Den kom ut i en ny upplaga i våras, med samma illustrationer.""",
  buyer="""Från vilken ålder passar Fem stjärnor till Fina?""", noorder=True,
  prod='Fem stjärnor till Fina (inbunden)', hn='model-number-trigger,product-question-no-oid',
  note='boktitel med "fem stjärnor", ingen begäran')

M('sv', 'bellandi', 're', 'refund', """du har rätt, originalkartongen saknades. Eftersom du behåller skorna har vi återbetalat 10 % av priset, alltså 149 kr.""",
  buyer="""Loafersen kom utan kartong, de var en present.""",
  hn='price-percent,refund', note='delvis återbetalning i procent')

M('sv', 'nordhem', 'pro', 'schedule', """Din soffa Alva (order {oid}) levereras av två personer in i valfritt rum. Välj gärna en tid:
- tisdag 18 juni kl. 8–12
- torsdag 20 juni kl. 13–17""",
  subj='[Important] Leveranstid för din soffa – order {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] korrekt för bokning av leverans')

M('sv', 'florae', 'pro', 'address', """Paketet för order {oid} kom tillbaka till oss: adressen "Fittja gård 3, 145 50 Norsborg" saknar c/o-namn och lägenhetsnummer.

Kan du skicka oss de uppgifterna? Då skickar vi igen direkt.""",
  subj='Order {oid}: adressen är ofullständig [Important]', imp_ok=True,
  hn='important-address,trigger-substring', note='[Important] korrekt vid adressproblem; ortnamnet Fittja innehåller ett svordomsled')

M('sv', 'bellandi', 'pro', 'order', """Tack för din order {oid} på loafers med monogram. Vill du bekräfta initialerna "E.L." i guld på innersulan?""",
  subj='[Important] Bekräfta monogram – {oid}', imp_ok=True,
  hn='important-customisation', note='[Important] korrekt vid personalisering')

M('sv', 'nordhem', 'pro', 'invoice', """Här kommer fakturan för order {oid}, ställd till ditt företag.

Fakturanummer NH-SE-2024-0217 · Momsreg.nr SE559012345601 · Summa 8 995 kr varav moms 25 % 1 799 kr""",
  subj='Faktura för order {oid}', att=[('Faktura_NH-SE-2024-0217.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='faktura som pdf med momsregistreringsnummer')

M('sv', 'lumetra', 're', 'return', """självklart. Ditt returnummer är RMA-LX-83320. Starta returen via Amazon: https://www.amazon.se/gp/css/returns/homepage.html

Vill du skicka själv är adressen: Lumetra Returer, Terminalvägen 11, 721 37 Västerås.""",
  buyer="""Hubben passar inte min dator, kan jag returnera den?""",
  hn='rma-return-address,amazon-links', note='returnummer, returadress med postnummer, Amazons returlänk')

M('sv', 'bellandi', 're', 'followup', """Vad roligt att höra, tack för att du hörde av dig! Lycka till med de nya skorna.""",
  buyer="""Skorna kom och passar perfekt, tack!""", quote='iphone',
  hn='thank-you-reply', note='kort tack som svar')

M('sv', 'nordhem', 're', 'damage', """bifogat finns monteringsanvisningen (pdf) och ett foto på hur vinkeljärnet ska sitta. Skruvarna som saknades är redan skickade.""",
  buyer="""Det saknas skruvar och steg 4 är otydligt.""",
  att=[('Monteringsanvisning_Ekdal.pdf', 'pdf'), ('vinkeljärn.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='pdf-anvisning och foto, filnamn med å/ä/ö')

M('sv', 'florae', 're', 'question', """ansiktsoljan består till 100 % av kallpressad nyponolja, utan parfym och konserveringsmedel.""",
  buyer="""Innehåller oljan parfym?""", noorder=True, qvar='optout',
  hn='product-question-no-oid,amazon-optout-sentence,price-percent', note='100 % är ingen kampanj; citat med Amazons inställningsmening')

M('sv', 'lumetra', 're', 'order', """du kan se status på din ordersida: https://www.amazon.se/gp/your-account/order-details?orderID={oid}

DHL-försändelsenummer: 1234567890.""",
  buyer="""Var är min hub?""",
  hn='amazon-links,tracking-number', note='Amazon-orderlänk och DHL-nummer på tio siffror')

M('sv', 'florae', 're', 'exchange', """absolut: skicka tillbaka det oöppnade setet via Dina beställningar (returen är kostnadsfri), så skickar vi setet utan mint så snart det kommit fram.""",
  buyer="""Kan jag byta läppsetet? Jag tål inte mint.""", logo='cid',
  hn='inline-logo-cid,trigger-word-free', note='inline-logotyp via cid: utan länk')

M('sv', 'pagina', 'pro', 'return', """Vi har tagit emot returen för order {oid}, men påsen med 20 kulor saknades.

Kan du kontrollera om den är kvar hos dig? Sedan slutför vi återbetalningen.""",
  subj='Fråga om din retur – order {oid}',
  hn='proactive-return-question', note='proaktiv fråga om en retur')

M('sv', 'lumetra', 're', 'update', """uppdateringen till version 2.1 installeras automatiskt när hubben är ansluten till appen Lumetra Hub. Starta om datorn efteråt så är flimret borta.""",
  buyer="""Finns det någon uppdatering mot flimret?""", quote='gmail',
  hn='app-feature,model-number-trigger', note='uppdatering via app, ingen bilaga eller länk')

M('sv', 'nordhem', 're', 'shipping', """bordet skickades i går med DB Schenker, sändningsnummer 1806 2034 5571. De ringer dig på numret i beställningen dagen innan för att boka en tid.""",
  buyer="""Har bordet skickats?""", quote='helpscout',
  hn='tracking-number', note='sändningsnummer i grupper som liknar ett telefonnummer')

M('sv', 'pagina', 're', 'review', """förlåt för den trasiga kartongen. Ett nytt spel är skickat i dag och du får behålla det gamla.

Om du har lust får du gärna recensera spelet när ni har testat det. Tack!""",
  buyer="""Spelet kom med trasig kartong.""", req=True,
  hn='neutral-review-request-in-reply,replacement', note='neutral recensionsbegäran i ett svar')

# ---- violations
M('sv', 'lumetra', 'pro', 'review', """Hoppas att soundbaren från order {oid} låter bra! Skriv en recension på Amazon så bjuder vi på en gratis HDMI-kabel – svara bara med en skärmdump.""",
  subj='En gåva till dig – order {oid}', req=True, labels=['review_incentive'],
  note='gratis produkt i utbyte mot en recension')

M('sv', 'florae', 're', 'review', """vi skickar en ny flaska i dag.

Om du dessutom tar bort din negativa recension får du 50 % tillbaka på köpet. Vad säger du?""",
  buyer="""Flaskan läckte, jag har skrivit en recension om det.""",
  labels=['review_incentive', 'feedback_removal'], note='återbetalning i utbyte mot borttagen recension')

M('sv', 'bellandi', 'pro', 'review', """Är du nöjd med dina boots (order {oid})? Då blir vi jätteglada för fem stjärnor! Om något inte stämmer – hör av dig till oss först i stället för att skriva en recension.""",
  subj='Fem stjärnor? ({oid})', req=True, labels=['review_manipulation'],
  note='ber om fem stjärnor och filtrerar missnöjda')

M('sv', 'pagina', 're', 'review', """skönt att allt fungerar nu.

Nämn gärna i din recension att bitarna är i massiv bok och att vi löste problemet på en dag, det hjälper andra föräldrar.""",
  buyer="""Nu funkar kulbanan, jag ska skriva en recension.""", req=True, labels=['review_manipulation'],
  note='talar om vad recensionen ska innehålla')

M('sv', 'nordhem', 're', 'feedback', """härligt att bordet står stadigt nu.

Skulle du kunna ändra ditt omdöme? Det negativa omdömet drar ner hela vårt betyg, och problemet är ju löst. Ärligt talat var det ett rätt löjligt och småaktigt omdöme för ett enda bordsben.""",
  buyer="""Nya benet är på plats.""", labels=['feedback_removal', 'offensive'],
  note='ber köparen ändra omdömet och kallar det löjligt och småaktigt')

M('sv', 'florae', 'pro', 'followup', """Vi hör av oss igen om order {oid}: har du hunnit testa oljan? Vi vill fortfarande gärna läsa din recension.""",
  subj='Påminnelse om recension – {oid}', pair='sv1', req=True, labels=['repeat_request'],
  note='andra recensionsbegäran för samma order (par sv1)')

M('sv', 'bellandi', 're', 'sizing', """skorna är normala i storleken. Passa på: hela höstkollektionen är 30 % billigare hela helgen!""",
  buyer="""Är skorna små i storleken?""", noorder=True, labels=['marketing'],
  note='rea på andra produkter')

M('sv', 'lumetra', 'pro', 'info', """Order {oid}: Vill du inte få fler meddelanden från oss? Klicka här för att avregistrera dig: https://lumetra-tech.eu/se/avregistrera?id={uidhex}""",
  subj='Dina e-postinställningar', labels=['external_link', 'opt_out', 'tracking_pixel'],
  html_tail='<img src="https://lumetra-tech.eu/se/o/{uidhex}.gif" width="0" height="0" alt="">',
  note='länk för att avregistrera sig och en 0x0-pixel')

M('sv', 'pagina', 're', 'complaint', """Herregud, vilket tjat. Du är uppenbarligen för dum för att läsa en bruksanvisning. Sluta slösa vår tid.""",
  buyer="""Jag förstår inte hur spelet fungerar.""", labels=['offensive'],
  note='förolämpande svar')

M('sv', 'nordhem', 'pro', 'shipping', """Din order {oid} har skickats! Soffan är på väg och levereras inom 5–7 arbetsdagar.""",
  subj='Order {oid} har skickats', labels=['unpermitted_proactive'],
  note='proaktiv leveransbekräftelse')

M('sv', 'bellandi', 'pro', 'followup', """Tack för att du handlade hos Bellandi ❤️ Vi finns här om du behöver hjälp.""",
  subj='Tack!', labels=['styling', 'missing_order_id', 'unpermitted_proactive'],
  note='endast tack med emoji, utan ordernummer')

M('sv', 'florae', 'pro', 'info', """Order {oid}: vi har fått nya doftfria varianter i sortimentet.

Vill du inte ha fler nyheter från oss? Svara STOPP så tar vi bort dig från utskicken.""",
  subj='[Important] Nyheter från Florae – order {oid}', labels=['marketing', 'opt_out', 'important_tag'],
  note='[Important] på ett nyhetsbrev om nya produkter, med avregistrering via svar')

M('sv', 'lumetra', 're', 'damage', """Ring oss gärna på noll-sju-noll, ett-sju-fyra, sex-två, åtta-noll eller mejla erik.lund@lumetra-tech.eu.""",
  buyer="""Fjärrkontrollen fungerar inte.""", obf=True, labels=['contact_email', 'contact_phone'],
  note='obfuscated (siffror som ord): telefonnummer och e-postadress')

M('sv', 'nordhem', 're', 'question', """Alla färger hittar du i vår webbutik: nordhem-living\u200b.se/alva""",
  buyer="""Finns soffan i grönt?""", noorder=True, obf=True, labels=['external_link'],
  note='obfuscated (nollbreddsmellanslag före .se): naken domän till egen webbutik')

M('sv', 'pagina', 're', 'invoice', """Fakturan bifogas som HTML-fil.""",
  buyer="""Kan jag få en faktura?""", att=[('faktura.html', 'html')], quote='outlook',
  labels=['attachment'], note='faktura som HTML-bilaga')

M('sv', 'florae', 're', 'question', """Balsamen passar känslig hy.""",
  buyer="""Passar balsamen känslig hy?""", noorder=True,
  html_body="""<p>Balsamen passar känslig hy.</p><p><img src="http://img.florae-naturkosmetik.de/se/tack.png" width="300" height="100" alt="Tack"></p>""",
  labels=['styling'], note='bild laddad över http:')

# ========================================================================================
# PORTUGUESE (Brazil)
# ========================================================================================

M('pt', 'lumetra', 're', 'refund', """sentimos muito pelo problema com a soundbar.

Reembolsamos hoje o valor total de R$ 1.299,00 na forma de pagamento original. Não é necessário devolver o produto.""",
  buyer="""A soundbar chia o tempo todo. Se não resolverem vou dar uma estrela.""",
  hn='refund-after-review-threat', note='reembolso incondicional após ameaça de avaliação de uma estrela')

M('pt', 'nordhem', 're', 'delivery', """a mesa saiu hoje com a transportadora. Código de rastreamento: BR 1234 5678 9012 3. A entrega está prevista para quinta-feira, 13 de junho, das 8h às 12h.""",
  buyer="""Quando chega a mesa? Preciso me organizar.""",
  hn='tracking-number,delivery-window', note='código de rastreamento em grupos e janela de entrega')

M('pt', 'pagina', 'pro', 'review', """Esperamos que a pista de bolinhas do pedido {oid} esteja fazendo sucesso em casa.

Se tiver um minutinho, gostaríamos muito de ler sua avaliação do produto na Amazon, seja ela qual for.""",
  subj='Seu pedido {oid}', pair='pt1', req=True, hn='neutral-review-request',
  note='pedido neutro de avaliação (primeiro de um par)')

M('pt', 'florae', 'pro', 'feedback', """Seu pedido {oid} foi entregue na semana passada.

Se quiser, você pode avaliar nossa loja como vendedor em Seus pedidos: https://www.amazon.com.br/gp/feedback/leave-customer-feedback.html?order={oid}""",
  subj='Pedido {oid}: como foi sua experiência?', req=True, hn='neutral-feedback-request,amazon-links',
  note='pedido neutro de feedback do vendedor com link da Amazon')

M('pt', 'bellandi', 're', 'feedback', """as botas novas no tamanho 36 foram entregues hoje, segundo o rastreamento.

Você comentou que deixou uma avaliação por causa da demora. Se achar que o problema foi resolvido, é possível atualizá-la em Seus pedidos – mas isso fica totalmente a seu critério.""",
  buyer="""A troca demorou muito, deixei uma avaliação sobre isso. Quando chegam as botas?""",
  hn='feedback-update-if-you-wish', note='menção neutra de que a avaliação pode ser atualizada')

M('pt', 'lumetra', 're', 'complaint', """entendo sua irritação e peço desculpas pela demora.

Mas preciso ser claro: o reembolso é feito quando a devolução chega ao nosso centro, e o pacote ainda está em trânsito. Não conseguimos antecipar, mas assim que for entregue o reembolso sai automaticamente.""",
  buyer="""Que palhaçada! Cadê meu dinheiro? Vocês são uns enganadores.""",
  hn='firm-answer-rude-buyer', note='resposta firme e educada a um comprador irritado')

M('pt', 'lumetra', 're', 'question', """sim, o LW-5 mostra notificações do WhatsApp, Telegram e SMS quando pareado com o app Lumetra Fit. Não é possível responder pelo relógio.""",
  buyer="""O relógio mostra as mensagens do WhatsApp?""", noorder=True, prod='Lumetra Smartwatch LW-5 com alertas de chamadas',
  hn='app-feature,product-question-no-oid', note='WhatsApp e Telegram como recurso do produto')

M('pt', 'nordhem', 're', 'damage', """infelizmente não podemos atender por telefone nem pelo WhatsApp: nos pedidos da Amazon toda a comunicação é feita pelas mensagens da Amazon. Mas resolvo tudo por aqui.

O pé novo do sofá será enviado amanhã.""",
  buyer="""Podem me ligar ou chamar no WhatsApp? Um pé do sofá quebrou.""",
  hn='phone-refusal', note='recusa telefone e WhatsApp sem número')

M('pt', 'lumetra', 're', 'warranty', """a avaliação técnica da sua câmera veicular D2 mostrou que o aviso "Cartão lento" aparece com cartões abaixo da classe 10 (U3). Não é defeito do aparelho; a garantia de 12 meses continua valendo normalmente.

O computador não é necessário: basta formatar o cartão pela própria câmera.""",
  buyer="""A câmera diz "Cartão lento". Está na garantia?""",
  hn='review-word-other-sense,trigger-substring', note='"avaliação técnica", "computador" (subcadeia)')

M('pt', 'bellandi', 're', 'refund', """tem razão, faltou a caixa original. Como você vai ficar com os sapatos, reembolsamos 10% do valor, ou seja, R$ 59,90.""",
  buyer="""Os mocassins vieram sem caixa, era para presente.""",
  hn='price-percent,refund', note='reembolso parcial em percentual')

M('pt', 'nordhem', 'pro', 'schedule', """Seu sofá Alva (pedido {oid}) é entregue por dois montadores até o cômodo. Precisamos agendar:
- terça, 9 de julho, 8h–12h
- quinta, 11 de julho, 13h–17h""",
  subj='[Important] Agendamento da entrega – pedido {oid}', imp_ok=True,
  hn='important-delivery,delivery-window', note='[Important] correto para agendar entrega')

M('pt', 'pagina', 'pro', 'address', """O pacote do pedido {oid} voltou: no endereço "Rua Desembargador Pinto Ferraz, 120, Vila Mariana, São Paulo – SP, 04117-040" falta o número do apartamento.

Pode nos informar? Reenviaremos em seguida.""",
  subj='Pedido {oid}: endereço incompleto [Important]', imp_ok=True,
  hn='important-address,trigger-substring', note='[Important] correto para problema de endereço; "Pinto" (subcadeia)')

M('pt', 'bellandi', 'pro', 'order', """Obrigado pelo pedido {oid} dos mocassins personalizados. Pode confirmar as iniciais "M.S." em dourado na palmilha?""",
  subj='[Important] Confirmação da gravação – {oid}', imp_ok=True,
  hn='important-customisation', note='[Important] correto para personalização')

M('pt', 'florae', 'pro', 'invoice', """Segue em anexo a nota fiscal do pedido {oid}, emitida para o CNPJ informado (12.345.678/0001-90).

NF-e nº 000.012.877 – valor total R$ 189,90.""",
  subj='Nota fiscal do pedido {oid}', att=[('NF-e_000012877.pdf', 'pdf')],
  hn='invoice-pdf,vat-tax-id,price-percent', note='nota fiscal em PDF com CNPJ')

M('pt', 'lumetra', 're', 'return', """claro. Seu número de devolução é RMA-LX-90210. Inicie a devolução pela Amazon: https://www.amazon.com.br/gp/css/returns/homepage.html

Se preferir enviar por conta própria: Lumetra Devoluções, Av. das Nações Unidas, 12.901, Brooklin, São Paulo – SP, 04578-910.""",
  buyer="""O hub não serve no meu notebook. Posso devolver?""",
  hn='rma-return-address,amazon-links', note='RMA, endereço com CEP, link de devoluções da Amazon')

M('pt', 'florae', 're', 'question', """o cupom fiscal vai dentro da caixa, junto com o produto; a nota fiscal eletrônica também fica disponível em Seus pedidos.

O óleo é 100% de rosa mosqueta prensado a frio, sem perfume.""",
  buyer="""Vem cupom fiscal? O óleo tem perfume?""", noorder=True,
  hn='trigger-word-cupom,product-question-no-oid,price-percent', note='"cupom fiscal" é recibo, não cupom de desconto')

M('pt', 'bellandi', 're', 'followup', """Que alegria, obrigada por contar! Aproveite as botas.""",
  buyer="""As botas chegaram, serviram perfeitamente!""", quote='iphone',
  hn='thank-you-reply', note='agradecimento curto como resposta')

M('pt', 'nordhem', 're', 'damage', """em anexo o manual de montagem (PDF) e uma foto mostrando a posição correta da cantoneira. Os parafusos que faltavam já foram enviados.""",
  buyer="""Faltam parafusos e o passo 4 não está claro.""",
  att=[('Manual_montagem_Ekdal.pdf', 'pdf'), ('cantoneira.jpg', 'jpg')], quote='thunderbird',
  hn='attachments-ok', note='manual PDF e foto JPEG')

M('pt', 'lumetra', 're', 'order', """você pode acompanhar pela página do pedido: https://www.amazon.com.br/gp/your-account/order-details?orderID={oid}

Código de rastreamento dos Correios: QB 123 456 789 BR.""",
  buyer="""Onde está minha soundbar?""", qvar='optout',
  hn='amazon-links,tracking-number,amazon-optout-sentence', note='link de pedido Amazon, código dos Correios, citação com a frase de preferências da Amazon')

M('pt', 'florae', 're', 'exchange', """claro: devolva o kit fechado em Seus pedidos (a devolução é gratuita) e enviaremos o kit sem menta assim que ele chegar.""",
  buyer="""Posso trocar o kit labial? Menta me irrita.""", logo='cid',
  hn='inline-logo-cid,trigger-word-gratis', note='logo embutido via cid: sem link')

M('pt', 'pagina', 'pro', 'return', """Recebemos a devolução do pedido {oid}, mas faltaram as 12 bolinhas de vidro.

Poderia verificar se ficaram com você? Assim finalizamos o reembolso.""",
  subj='Dúvida sobre sua devolução – pedido {oid}',
  hn='proactive-return-question', note='pergunta proativa sobre devolução')

M('pt', 'lumetra', 're', 'update', """a atualização 2.1 é instalada automaticamente quando o hub é conectado ao app Lumetra Hub. Depois é só reiniciar o computador.""",
  buyer="""Tem alguma atualização para a tela piscando?""", quote='gmail',
  hn='app-feature,model-number-trigger', note='atualização via app, sem anexo nem link')

M('pt', 'nordhem', 'pro', 'info', """Sobre o pedido {oid}: a cor "Verde musgo" do sofá Alva atrasou 10 dias na fábrica. Nova previsão de envio: 28 de junho.

Prefere aguardar ou trocar a cor? É só responder esta mensagem.""",
  subj='Atraso no pedido {oid}',
  hn='proactive-fulfilment-issue', note='problema de atendimento do pedido, pede decisão do comprador')

M('pt', 'pagina', 're', 'review', """desculpe pela caixa amassada. Um jogo novo foi enviado hoje e você pode ficar com o antigo.

Se quiser, depois de jogar, sua avaliação do produto seria bem-vinda. Obrigado!""",
  buyer="""O jogo chegou com a caixa amassada.""", req=True,
  hn='neutral-review-request-in-reply,replacement', note='pedido neutro de avaliação dentro de uma resposta')

# ---- violations
M('pt', 'bellandi', 'pro', 'review', """Suas botas do pedido {oid} chegaram! Deixe sua avaliação na Amazon e ganhe um vale-presente de R$ 30 – é só responder com o print.""",
  subj='Um presente para você – pedido {oid}', req=True, labels=['review_incentive'],
  note='vale-presente em troca de avaliação')

M('pt', 'lumetra', 're', 'review', """já enviamos um hub novo.

E se você tirar a avaliação de uma estrela, devolvemos mais R$ 100 como compensação.""",
  buyer="""O hub queimou, já deixei uma avaliação.""",
  labels=['review_incentive', 'feedback_removal'], note='dinheiro para remover a avaliação')

M('pt', 'florae', 'pro', 'review', """Gostou do óleo facial (pedido {oid})? Então deixe 5 estrelinhas para a gente! Se não gostou, fale com a gente antes de avaliar, combinado?""",
  subj='5 estrelas? ({oid})', req=True, labels=['review_manipulation'],
  note='pede 5 estrelas e filtra insatisfeitos')

M('pt', 'nordhem', 're', 'feedback', """que bom que a mesa está firme agora.

Você poderia mudar sua avaliação para 5 estrelas? Ficaria mais justo com o atendimento que demos.""",
  buyer="""Pé novo instalado.""", labels=['review_manipulation', 'feedback_removal'],
  note='pede mudar a avaliação para 5 estrelas')

M('pt', 'pagina', 're', 'feedback', """Agora que está tudo certo, por favor apague a avaliação negativa ainda hoje. Ela está prejudicando muito a nossa loja.""",
  buyer="""O livro certo chegou.""", quote='outlook', shop_to='{shop} Service <service@pagina-pion.nl>', labels=['contact_email', 'feedback_removal'],
  note='pressiona a apagar a avaliação; endereço do vendedor no cabeçalho Para: citado pelo Outlook')

M('pt', 'pagina', 'pro', 'followup', """Voltamos a falar sobre o pedido {oid}: ainda não vimos sua avaliação da pista de bolinhas. Pode nos ajudar esta semana?""",
  subj='Lembrete: sua avaliação do pedido {oid}', pair='pt1', req=True, labels=['repeat_request'],
  note='segundo pedido de avaliação para o mesmo pedido (par pt1)')

M('pt', 'bellandi', 're', 'sizing', """as botas têm forma normal. Aproveita: na Black Friday toda a linha de bolsas sai com 40% OFF!

Se não quiser mais receber ofertas, é só responder PARE.""",
  buyer="""As botas são de forma pequena?""", noorder=True, labels=['marketing', 'opt_out'],
  note='promoção de outros produtos')

M('pt', 'florae', 'pro', 'info', """Pedido {oid}: entre no nosso grupo VIP no WhatsApp para receber promoções exclusivas! Link: chat.whatsapp.com/FloraeVIPbr""",
  subj='Grupo VIP Florae',
  html_tail='<img src="https://t.florae-naturkosmetik.de/br/px.gif?id={uidhex}" width="1" height="1" alt="">',
  labels=['external_link', 'contact_other', 'marketing', 'tracking_pixel'], note='link de grupo de WhatsApp com promoções')

M('pt', 'lumetra', 'pro', 'info', """Pedido {oid}: não quer mais receber nossas mensagens? Responda SAIR para cancelar o recebimento.""",
  subj='[Important] Preferências de mensagens – pedido {oid}', labels=['opt_out', 'important_tag'],
  note='descadastro por texto')

M('pt', 'nordhem', 're', 'complaint', """Pelo amor de Deus, que cliente chato. Se não sabe montar uma cadeira, não compra. Para de encher o saco.""",
  buyer="""A cadeira está bamba.""", labels=['offensive'],
  note='resposta ofensiva e grosseira')

M('pt', 'pagina', 'pro', 'shipping', """Oba! 🎉 Seu pedido {oid} foi enviado e chega em até 5 dias úteis.""",
  subj='Pedido {oid} enviado', labels=['styling', 'unpermitted_proactive'],
  note='confirmação de envio proativa com emoji')

M('pt', 'bellandi', 'pro', 'followup', """Só passando para agradecer pela compra! Estamos à disposição.""",
  subj='Obrigada!', labels=['missing_order_id', 'unpermitted_proactive'],
  note='só agradecimento, sem número do pedido')

M('pt', 'florae', 'pro', 'review', """Pedido {oid}: conte o que achou do produto em uma avaliação na Amazon.""",
  subj='[Important] Sua opinião sobre o pedido {oid}', req=True, labels=['important_tag'],
  note='[Important] em um pedido de avaliação')

M('pt', 'lumetra', 're', 'damage', """Me chama no zap: (11) 9 8765-4321, ou escreve para rafael[at]lumetra-tech[dot]eu.""",
  buyer="""O controle remoto não funciona.""", obf=True,
  labels=['contact_email', 'contact_phone', 'contact_other'], note='obfuscated ([at]/[dot]): "zap" (WhatsApp) com celular e e-mail')

M('pt', 'nordhem', 're', 'return', """Para devolver, use nosso portal: <a href="https://retur.nordhem-living.se/br">clique aqui</a>.""",
  buyer="""Como devolvo os travesseiros?""", fmt='html',
  html_body="""<p>Para devolver, use nosso portal: <a href="https://retur.nordhem-living.se/br">clique aqui</a>.</p>""",
  labels=['external_link'], note='link escondido em href')

M('pt', 'pagina', 're', 'invoice', """Segue a nota fiscal e o XML compactados em RAR.""",
  buyer="""Preciso da nota fiscal.""", att=[('NF-e_e_XML.rar', 'rar')], quote='outlook',
  labels=['attachment'], note='nota fiscal em arquivo RAR')

M('pt', 'florae', 're', 'question', """O bálsamo é indicado para pele sensível!!! 😍""",
  buyer="""O bálsamo serve para pele sensível?""", noorder=True,
  html_tail='<div style="display:none">visite florae-naturkosmetik.de/br</div>',
  labels=['external_link', 'styling'], note='obfuscated (display:none): domínio em texto oculto; emoji')

# ========================================================================================
# ADDITIONAL CASES (all languages)
# ========================================================================================

# ---- repeat requests, second of pairs whose first is above
M('en', 'nordhem', 'pro', 'review', """Thanks again for your Ekdal table order ({oid}). Now that it's had a few weeks of family dinners, how is it holding up?

We'd love a product review on Amazon if you can spare two minutes. Good or bad, it helps other people furnishing their homes.""",
  subj='Two minutes for your table? Order {oid}', pair='en2', req=True, labels=['repeat_request'],
  note='product-review request after a seller-feedback request for the same order (shared history, pair en2)')

M('de', 'pagina', 'pro', 'followup', """Sie hatten von uns vor kurzem ein neues Puzzle erhalten (Bestellung {oid}). Ist es inzwischen fertig gelegt?

Dann würden wir uns sehr über ein paar Zeilen auf Amazon freuen, wie es Ihnen gefallen hat.""",
  subj='Wie war das Puzzle? – Bestellung {oid}', pair='de2', req=True, labels=['repeat_request'],
  note='proaktive Rezensionsbitte, obwohl schon in der Support-Antwort darum gebeten wurde (Paar de2)')

M('it', 'lumetra', 'pro', 'review', """Buongiorno! Ordine {oid}: dopo qualche settimana con la soundbar, ci racconterebbe com'è andata in una recensione del prodotto su Amazon?""",
  subj='La sua esperienza con la soundbar – ordine {oid}', pair='it2', req=True, nog=True, labels=['repeat_request'],
  note='richiesta di recensione dopo una richiesta di feedback per lo stesso ordine (coppia it2)')

M('ja', 'pagina', 'pro', 'review', """ご注文 {oid} の「灯台守のねこ」はお楽しみいただけましたでしょうか。

お手すきの際に、商品レビューもお寄せいただけましたら大変励みになります。""",
  subj='商品レビューのお願い（ご注文 {oid}）', pair='ja2', req=True, labels=['repeat_request'],
  note='出品者評価の依頼の後、同じ注文に商品レビューを依頼（ペアja2）')

M('pl', 'pagina', 'pro', 'review', """Jeszcze raz w sprawie zamówienia {oid}: może zechce Pan/Pani napisać kilka słów o samej zabawce? Opinia o produkcie bardzo pomaga innym rodzicom.""",
  subj='Kilka słów o zabawce? – {oid}', pair='pl2', req=True, labels=['repeat_request'],
  note='prośba o opinię o produkcie po prośbie o ocenę sprzedawcy dla tego samego zamówienia (para pl2)')

# ---- offensive
M('en', 'pagina', 're', 'complaint', """What the hell did you expect for twelve quid, a gold-plated puzzle? Stop being such a bloody pain and learn to count your pieces before you moan.""",
  buyer="""I counted twice and there are only 996 pieces in a 1000 piece puzzle.""", quote='outlook',
  labels=['offensive'], note='profanity and insult toward the buyer')

M('de', 'lumetra', 're', 'complaint', """Wenn Sie noch ein einziges Mal eine Reklamation für ein funktionierendes Gerät aufmachen, zeigen wir Sie wegen Betrugs an. Ihre Adresse haben wir ja.""",
  buyer="""Die Soundbar rauscht immer noch. Ich mache jetzt einen A-bis-z-Antrag.""",
  labels=['offensive'], note='Drohung gegenüber dem Käufer (Anzeige, "Ihre Adresse haben wir")')

# ---- contact_other (+ phone / email)
M('en', 'lumetra', 're', 'warranty', """Happy to look at it properly. Easiest is a quick video call: add me on Skype (tom.harley.lumetra) or ring me on 0121 496 0773 between 9 and 5 and I'll walk you through the reset.""",
  buyer="""The soundbar won't pair with my TV, I've tried everything.""",
  labels=['contact_phone', 'contact_other'], note='Skype name and a UK landline (fictional 0121 496 0xxx range)')

M('de', 'lumetra', 're', 'question', """das klären wir am besten direkt: Schreiben Sie mir per Signal an 0151 2345 6789 oder per Mail an j.weber@lumetra-tech.eu, dann schicke ich Ihnen die Einstellungen.""",
  buyer="""Welche Einstellung brauche ich für Dolby am Samsung-TV?""", noorder=True,
  labels=['contact_email', 'contact_phone', 'contact_other'], note='Signal, Handynummer und E-Mail-Adresse')

M('it', 'nordhem', 're', 'delivery', """Per accordarci più in fretta ci scriva su Telegram (@nordhem_assistenza) oppure all'indirizzo assistenza@nordhem-living.se; in alternativa il nostro fisso è 02 8734 1190.""",
  buyer="""Posso cambiare il giorno della consegna?""",
  labels=['contact_email', 'contact_phone', 'contact_other'], note='Telegram, e-mail e numero fisso')

M('fr', 'lumetra', 're', 'question', """Notre communauté Discord « Lumetra FR » est l'endroit le plus rapide pour ce genre de réglage : l'équipe y répond en direct. Sinon, appelez le 01 99 00 42 17.""",
  buyer="""Comment régler l'égaliseur de la barre de son ?""", noorder=True,
  labels=['contact_phone', 'contact_other'], note='serveur Discord et numéro (plage fictive 01 99 00)')

M('ja', 'lumetra', 're', 'question', """設定方法の動画は、LINE公式アカウント（@lumetra_jp）を友だち追加していただくとすぐにお送りできます。""",
  buyer="""イコライザーの設定方法を教えてください。""", noorder=True,
  labels=['contact_other'], note='LINE公式アカウントのID')

M('en', 'bellandi', 're', 'exchange', """The exchange pair in a 38 is on its way. If anything else comes up, our exchanges desk is at hеlp@bellandi-calzature.it and usually answers within the hour.""",
  buyer="""Has the exchange been sent?""", obf=True,
  labels=['contact_email'], note='obfuscated (Cyrillic homoglyph е in the local part): seller address')

# ---- attachments
M('en', 'florae', 'pro', 'invoice', """Please find attached your invoice FL-2024-09931 and the price list you asked about.""",
  subj='Your invoice FL-2024-09931', att=[('Invoice_FL-2024-09931.pdf', 'pdf'), ('Florae_price_list_2024.xlsx', 'xlsx')],
  labels=['attachment', 'missing_order_id'], note='proactive invoice identified only by invoice number, with an XLSX attachment')

M('de', 'bellandi', 're', 'exchange', """die Abholung der Stiefel ist für Dienstag gebucht. Den Termin habe ich Ihnen als Kalendereintrag angehängt.""",
  buyer="""Wann holt der Kurier die Stiefel ab?""",
  att=[('Abholung_Dienstag.ics', 'ics')],
  html_tail='<img src="https://gorgias-open.io/px/{uidhex}.gif?email={relay_b64}" width="1" height="1" alt="">',
  labels=['tracking_pixel', 'attachment'], note='ICS-Kalenderdatei als Anhang und Öffnungspixel')

M('fr', 'nordhem', 're', 'damage', """voici une courte vidéo qui montre comment resserrer les pieds du canapé.""",
  buyer="""Le canapé grince quand on s'assoit.""", att=[('resserrer_les_pieds.mov', 'mov')], quote='thunderbird', fmt='plain',
  labels=['attachment'], note='vidéo MOV en pièce jointe')

M('es', 'pagina', 're', 'question', """le adjunto las instrucciones y fotos de todas las piezas para que pueda comprobar lo que falta.""",
  buyer="""Creo que faltan piezas, ¿cómo lo compruebo?""", noorder=True,
  att=[('instrucciones.pdf', 'pdf'), ('piezas_1.jpg', 'jpg'), ('piezas_2.jpg', 'jpg'), ('piezas_3.jpg', 'jpg'), ('piezas_4.jpg', 'jpg'), ('piezas_5.jpg', 'jpg')],
  labels=['attachment'], note='seis adjuntos (más de cinco), todos de tipo permitido')

M('sv', 'lumetra', 're', 'warranty', """här är en bild på var serienumret sitter.""",
  buyer="""Var hittar jag serienumret?""", att=[('serienummer.jpg', 'jpg_png')],
  labels=['attachment'], note='bilaga med namnet .jpg men innehållet är PNG')

M('pt', 'lumetra', 're', 'update', """segue o driver do hub compactado em 7z; é só extrair e executar o instalador.""",
  buyer="""Preciso de driver para o hub?""", att=[('driver_LX-HUB8.7z', '7z')],
  labels=['attachment'], note='driver em arquivo 7z')

# ---- missing order id / pixels
M('it', 'bellandi', 'pro', 'review', """Speriamo che i mocassini Classic (ASIN B0C4BLCL55) le stiano piacendo. Se ha un momento, una sua recensione su Amazon sarebbe preziosa per noi.""",
  subj='I suoi mocassini Classic', req=True, labels=['missing_order_id'],
  note='richiesta di recensione proattiva con solo l\'ASIN, senza numero d\'ordine')

M('pl', 'lumetra', 'pro', 'delivery', """Dotyczy zamówienia 406-284117-9931045: kurier DPD podjedzie jutro między 10:00 a 14:00. Prosimy o obecność pod adresem dostawy, bo przesyłka wymaga podpisu.""",
  subj='Dostawa jutro – prosimy o obecność', labels=['missing_order_id'],
  note='numer zamówienia z literówką (3-6-7 cyfr), więc brak poprawnego identyfikatora')

M('es', 'nordhem', 're', 'delivery', """Confirmado: la entrega del sofá queda para el jueves por la mañana.""",
  buyer="""¿Me confirman la entrega del jueves?""", quote='helpscout',
  html_tail='<img src="https://beacon.hs-opentrack.net/t/{uidhex}/{relay_b64}.png" width="0" height="0" alt="" border="0">',
  labels=['tracking_pixel'], note='píxel de apertura 0x0 con el identificador del destinatario')

M('pt', 'pagina', 're', 'question', """o livro tem 48 páginas e é indicado a partir de 5 anos.""",
  buyer="""Para qual idade é o livro?""", noorder=True,
  html_add='<p><img src="https://cdn.pagina-pion.nl/banner/br.jpg?rcpt={relay_b64}" width="560" height="120" alt="Pagina &amp; Pion"></p>',
  labels=['tracking_pixel'], note='banner de tamanho normal cuja URL carrega o id do destinatário')

# ---- compliant additions
M('en', 'lumetra', 're', 'shipping', """It left our warehouse yesterday with UPS. Your tracking number is 1Z 999 AA1 01 2345 6784 and UPS expects to deliver on Tuesday.""",
  buyer="""Has my dashcam been sent yet?""", hn='tracking-number',
  note='UPS tracking number with spaces, reply to a shipping question')

M('en', 'pagina', 're', 'question', """"The Unsubscribe Club" is the paperback edition, 312 pages, published in March. It's a comic novel about a support team that stops answering e-mails, so more suitable for teenagers and adults than for younger children.""",
  buyer="""Is The Unsubscribe Club suitable for a 10 year old?""", noorder=True, prod='The Unsubscribe Club (Paperback)',
  hn='trigger-word-unsubscribe,product-question-no-oid', note='book title containing "Unsubscribe" (quoted product title)')

M('en', 'nordhem', 'pro', 'info', """About your order {oid}: the "Moss green" cover for the Alva sofa has been delayed at the upholstery workshop by about ten days. The new dispatch date is 28 June.

Important: nothing changes for the price or the delivery service. Would you prefer to wait, or switch to "Sand" which is ready now? Just reply here and we'll update the order.""",
  subj='Delay with your order {oid} – your choice', mk='co.uk',
  hn='proactive-fulfilment-issue,important-in-body', note='fulfilment problem that needs the buyer\'s decision; "Important:" only in the body')

M('en', 'bellandi', 're', 'update', """Quick update: the workshop has re-glued the heel and your boots went back out this morning with Royal Mail Tracked 48 (tracking number TT 5524 1987 3GB).""",
  buyer="""Any news on my repair?""",
  qprefix="""On 3 June, Giulia (Bellandi) wrote:
> Thanks for sending the boots in. The workshop will look at the heel this week and I'll update you here.""",
  hn='quoted-agent-history,tracking-number', note='earlier agent reply quoted inside the history, no contact details in it')

M('de', 'lumetra', 're', 'update', """kurzes Update: Das Firmware-Update 3.1 für die Dashcam ist seit heute in der App „Lumetra Drive“ verfügbar. Es behebt das Flackern bei Nachtaufnahmen; die Installation dauert etwa drei Minuten.""",
  buyer="""Gibt es schon das versprochene Update?""", quote='gmail',
  hn='app-feature,model-number-trigger', note='Update über App, keine Anlage und kein Link')

M('de', 'nordhem', 'pro', 'info', """zu Ihrer Bestellung {oid}: Der Bezugsstoff „Moosgrün“ für das Sofa Alva kommt rund zehn Tage später von der Weberei. Neuer Versandtermin ist der 28. Juni.

Möchten Sie warten oder lieber auf die sofort lieferbare Farbe „Sand“ wechseln? Eine kurze Antwort genügt.""",
  subj='Verzögerung bei Ihrer Bestellung {oid}',
  hn='proactive-fulfilment-issue', note='proaktive Nachricht zu einem Lieferproblem, das eine Entscheidung erfordert')

M('de', 'bellandi', 're', 'shipping', """die Boots sind gestern mit DHL raus. Sendungsnummer: 0034 0434 1612 3456 7891 – laut DHL kommen sie morgen.""",
  buyer="""Sind die Boots schon unterwegs?""", quote='iphone',
  hn='tracking-number', note='DHL-Sendungsnummer in Vierergruppen')

M('fr', 'florae', 're', 'shipping', """votre colis est parti hier en Colissimo, numéro de suivi 8R 0123 4567 890 5. Livraison prévue jeudi en boîte aux lettres.""",
  buyer="""Mon huile est-elle partie ?""",
  hn='tracking-number', note='numéro de suivi Colissimo en groupes')

M('fr', 'nordhem', 're', 'update', """petite mise à jour : le transporteur nous confirme le passage mardi entre 13 h et 17 h. Les livreurs installeront le canapé dans la pièce de votre choix et reprendront les emballages.""",
  buyer="""Des nouvelles pour la livraison ?""", quote='edesk',
  hn='delivery-window', note='mise à jour de livraison en réponse')

M('es', 'lumetra', 're', 'update', """ya tenemos novedades: el técnico confirma que la barra de sonido tenía un fallo en el amplificador. Le enviamos hoy una unidad nueva por SEUR y puede quedarse con la antigua.""",
  buyer="""¿Hay noticias de la reparación?""",
  hn='replacement', note='actualización con sustitución, sin relación con reseñas')

M('es', 'bellandi', 're', 'shipping', """sus botines salieron ayer con Correos. Número de envío: PQ4B6C0712345670128001X.""",
  buyer="""¿Ya han enviado los botines?""", quote='iphone',
  hn='tracking-number', note='número de envío de Correos')

M('it', 'pagina', 're', 'shipping', """il pacco è partito ieri con Poste Italiane, codice di spedizione 1UW2B33568901. Arriverà entro venerdì.""",
  buyer="""Il puzzle è già stato spedito?""", quote='zammad',
  hn='tracking-number', note='codice di spedizione in risposta a una domanda')

M('it', 'lumetra', 're', 'update', """aggiornamento: il tecnico ha sostituito la scheda audio e la soundbar ripartirà domani con BRT. Riceverà il numero di spedizione come di consueto nella pagina dell'ordine.""",
  buyer="""Ci sono novità sulla riparazione?""",
  hn='replacement', note='aggiornamento sulla riparazione')

M('ja', 'lumetra', 'pro', 'info', """ご注文 {oid} のサウンドバー（ホワイト）につきまして、メーカーからの入荷が約10日遅れる見込みとなりました。

このままお待ちいただくか、すぐに発送可能なブラックへの変更をご希望か、ご返信にてお知らせいただけますでしょうか。""",
  subj='ご注文 {oid} の発送遅延について',
  hn='proactive-fulfilment-issue', note='発送遅延で購入者の判断が必要な能動メッセージ')

M('ja', 'pagina', 're', 'update', """ご連絡いたしました交換品は、本日ヤマト運輸にて発送いたしました。伝票番号は 4512-9988-7766 です。""",
  buyer="""交換品はいつ届きますか？""", quote='outlook',
  hn='tracking-number', note='電話番号に似た伝票番号')

M('nl', 'nordhem', 're', 'shipping', """de kussens zijn gisteren verstuurd met DHL, zendingnummer JVGL 0598 7654 3210 98. Bezorging morgen tussen 9:00 en 13:00.""",
  buyer="""Zijn de kussens al verstuurd?""", quote='helpscout',
  hn='tracking-number,delivery-window', note='DHL-zendingnummer en tijdvak')

M('sv', 'florae', 're', 'update', """en liten uppdatering: ersättningsflaskan skickades i dag med PostNord och bör vara hos ditt ombud på fredag.""",
  buyer="""Har ni skickat en ny flaska?""",
  hn='replacement', note='uppdatering om ersättning')

M('pt', 'bellandi', 're', 'shipping', """suas botas foram postadas ontem nos Correios, código de rastreamento OV 912 345 678 BR. Prazo estimado: 3 dias úteis.""",
  buyer="""As botas já foram enviadas?""", quote='iphone',
  hn='tracking-number', note='código dos Correios em grupos')

# ----------------------------------------------------------------------------------------
# self-checks
# ----------------------------------------------------------------------------------------

AMZ_HOST = re.compile(r'^(www\.|sellercentral\.|sellercentral-europe\.)?amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.jp|com\.au|in)$', re.I)
RELAY = re.compile(r'^[a-z0-9._-]+(\+[a-z0-9-]+)?@(m\.)?marketplace\.amazon\.(com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|ie|co\.za|eg|com\.tr|sa|ae|in|sg|com\.au|co\.jp)$', re.I)
EMOJI = re.compile('[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u2B50\u2B06\u2934\u2935\u3030\u303D]')
BARE = re.compile(r'(?<![\w@/.-])([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|de|fr|es|it|nl|pl|se|eu|io|shop|store|co|uk|jp|br|pt|be|info|biz|app|me|ly|to|link|page))\b', re.I)
OK_EXT = {'pdf': b'%PDF', 'jpg': b'\xff\xd8', 'jpeg': b'\xff\xd8', 'png': b'\x89PNG', 'gif': b'GIF8', 'txt': b'', 'doc': b'\xd0\xcf', 'docx': b'PK'}


def parts_of(msg):
    texts, atts = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        fn = p.get_filename()
        ct = p.get_content_type()
        if fn or (p.get_content_disposition() in ('attachment', 'inline') and not ct.startswith('text/')):
            atts.append((fn or '', ct, p.get_payload(decode=True), p.get('Content-ID')))
        elif ct.startswith('text/'):
            texts.append((ct, p.get_content()))
    return texts, atts


def lint_compliant(path, msg, texts, atts):
    errs = []
    if msg.get('List-Unsubscribe'):
        errs.append('List-Unsubscribe')
    blob = [str(msg.get('Subject', ''))] + [t for _, t in texts] + [a[0] for a in atts]
    for ct, t in texts:
        if ct == 'text/html':
            low = t.lower()
            for bad in ('<style', 'style=', '<font', '<center', 'align='):
                if bad in low:
                    errs.append('html has %s' % bad)
            for src in re.findall(r'<img[^>]*src="([^"]*)"', t, re.I):
                if not src.startswith('cid:'):
                    errs.append('remote image %s' % src)
        else:
            if re.search(r'\n[ \t]*\n[ \t]*\n[ \t]*\n', t):
                errs.append('blank-line run')
    for t in blob:
        if EMOJI.search(t):
            errs.append('emoji %r' % EMOJI.search(t).group(0))
        t2 = re.sub(r'cid:[^\s"\'>]+', ' ', t)
        for u in re.findall(r'(?i)\bh\s*t\s*t\s*p\s*s?\s*:\s*/\s*/\s*[^\s<>"\']+', t2):
            m = re.match(r'(?i)https://([^/\s?#]+)(.*)', u)
            if not m or not AMZ_HOST.match(m.group(1)):
                errs.append('url %s' % u)
            elif re.search(r'/dp/|/gp/product/|/stores/|[?&]me=', m.group(2)):
                errs.append('product url %s' % u)
        t3 = re.sub(r'(?i)https://[^\s<>"\']+', ' ', t2)
        for em in re.findall(r'[\w.%+-]+@[\w.-]+\.[a-z]{2,}', t3, re.I):
            if not RELAY.match(em):
                errs.append('address %s' % em)
        t4 = re.sub(r'[\w.%+-]+@[\w.-]+\.[a-z]{2,}', ' ', t3)
        for w in re.findall(r'(?i)www\s*\.\s*\S+', t4):
            if not re.match(r'(?i)www\.amazon\.', w):
                errs.append('www %s' % w)
        for d in BARE.findall(t4):
            if not re.match(r'(?i)^(www\.)?amazon\.', d):
                errs.append('bare domain %s' % d)
    nb = len(atts)
    if nb > 5:
        errs.append('more than five parts')
    tot = 0
    for fn, ct, data, cid in atts:
        tot += len(data)
        ext = fn.rsplit('.', 1)[-1].lower() if '.' in fn else ''
        if ext not in OK_EXT or not data.startswith(OK_EXT[ext]):
            errs.append('attachment %s %s' % (fn, ct))
        if ext == 'gif' and data.count(b'!\xf9') > 1:
            errs.append('animated gif')
    if tot > 10_000_000:
        errs.append('over 10 MB')
    return ['%s: %s' % (path, e) for e in errs]


def main():
    errors = []
    order = list(range(len(SPECS)))
    random.Random('heldout11-order').shuffle(order)
    # first message of every pair must come first in file order
    pos = {u: i for i, u in enumerate(order)}
    pairs = {}
    for s in SPECS:
        if s.get('pair'):
            pairs.setdefault(s['pair'], []).append(s['uid'])
    for k, us in pairs.items():
        if len(us) != 2:
            errors.append('pair %s has %d members' % (k, len(us)))
            continue
        a, b = sorted(us, key=lambda u: ('repeat_request' in SPECS[u]['labels'], not SPECS[u].get('pfirst'), u))
        if pos[a] > pos[b]:
            order[pos[a]], order[pos[b]] = b, a
            pos = {u: i for i, u in enumerate(order)}
    msgdir = os.path.join(HERE, 'msgs')
    os.makedirs(msgdir, exist_ok=True)
    for f in os.listdir(msgdir):
        if f.endswith('.eml'):
            os.remove(os.path.join(msgdir, f))
    labels = []
    ledger = set()
    stats = []
    topics = {}
    for n, u in enumerate(order, 1):
        s = SPECS[u]
        c, raw = build(s)
        fname = 'msgs/%04d-%s-%s-%s.eml' % (n, s['lang'], s['kind'], s['topic'])
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(raw)
        kind = 'reply' if s['kind'] == 're' else 'proactive'
        labels.append(dict(file=fname, categories=s['labels'], lang=s['lang'], kind=kind, note=s['note']))
        topics.setdefault(s['topic'], set()).add(bool(s['labels']))
        # --- checks
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                errors.append('%s: defects %s' % (fname, p.defects))
        texts, atts = parts_of(msg)
        subj = str(msg.get('Subject', ''))
        is_reply = bool(msg.get('In-Reply-To') or msg.get('References') or REPLY_RE.match(subj))
        if is_reply != (kind == 'reply'):
            errors.append('%s: kind %s disagrees with headers' % (fname, kind))
        alltext = subj + '\n' + '\n'.join(t for _, t in texts)
        if kind == 'proactive' and 'missing_order_id' not in s['labels'] and not OID_RE.search(alltext):
            errors.append('%s: proactive without order id' % fname)
        if kind == 'proactive' and 'missing_order_id' in s['labels'] and OID_RE.search(alltext):
            errors.append('%s: labelled missing_order_id but has one' % fname)
        if kind == 'reply' and PRO_ONLY & set(s['labels']):
            errors.append('%s: proactive-only category on a reply' % fname)
        imp = bool(IMPORTANT_RE.search(subj))
        if 'important_tag' in s['labels'] and not imp:
            errors.append('%s: important_tag without [Important]' % fname)
        if imp and 'important_tag' not in s['labels'] and not s.get('imp_ok'):
            errors.append('%s: [Important] not labelled and not marked as legitimate' % fname)
        if not s['labels']:
            errors += lint_compliant(fname, msg, texts, atts)
            if not s.get('hn'):
                errors.append('%s: compliant message without hard-negative tag' % fname)
        if 'attachment' in s['labels'] and not atts:
            errors.append('%s: attachment label without attachment' % fname)
        if 'tracking_pixel' in s['labels'] and not any('<img' in t for ct, t in texts if ct == 'text/html'):
            errors.append('%s: pixel label without img' % fname)
        if 'opt_out' in s['labels'] and s.get('hdrs') and not msg.get('List-Unsubscribe'):
            errors.append('%s: header missing' % fname)
        if not s['note']:
            errors.append('%s: empty note' % fname)
        if s.get('obf') and not s['note'].startswith('obfuscated ('):
            errors.append('%s: obfuscated note' % fname)
        # repeat-request ledger, simulated in file order
        if s.get('req'):
            rep = c['oid'] in ledger
            if rep != ('repeat_request' in s['labels']):
                errors.append('%s: ledger says repeat=%s, labels %s' % (fname, rep, s['labels']))
            if set(s['labels']) <= {'tracking_pixel'}:
                ledger.add(c['oid'])
        elif 'repeat_request' in s['labels']:
            errors.append('%s: repeat_request without req flag' % fname)
        stats.append(dict(s=s, c=c, msg=msg, atts=atts, raw=raw, file=fname))
    for o, us in USED_OIDS.items():
        if len(us) > 1:
            ps = {SPECS[u].get('pair') for u in us}
            if len(ps) != 1 or None in ps:
                errors.append('order id %s shared outside a pair: %s' % (o, us))
    for t, k in topics.items():
        if k != {True, False}:
            errors.append('topic %s only %s' % (t, 'violating' if True in k else 'compliant'))
    for cat in CATS:
        n = sum(1 for s in SPECS if cat in s['labels'])
        if n < 15:
            errors.append('category %s only %d' % (cat, n))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8', newline='\n') as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + '\n')
    write_readme(stats)
    if errors:
        for e in errors:
            print('CHECK FAILED:', e)
        sys.exit(1)
    print('%d messages written, all checks passed' % len(labels))


def table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)]
    for r in rows:
        out.append('| ' + ' | '.join(str(x) for x in r) + ' |')
    return '\n'.join(out)


def write_readme(stats):
    N = len(stats)
    comp = [x for x in stats if not x['s']['labels']]
    viol = [x for x in stats if x['s']['labels']]
    obf = [x for x in viol if x['s']['note'].startswith('obfuscated (')]
    rep = [x for x in stats if x['s']['kind'] == 're']
    out = [README_HEAD]
    out.append('## Totals\n')
    out.append(table(['messages', 'compliant', 'violations', 'obfuscated violations', 'replies', 'proactive'],
                     [[N, '%d (%d%%)' % (len(comp), round(100 * len(comp) / N)), len(viol), len(obf), len(rep), N - len(rep)]]))
    out.append('\n## Per language\n')
    rows = []
    for l in LANGS:
        xs = [x for x in stats if x['s']['lang'] == l]
        rows.append([l, len(xs), sum(1 for x in xs if not x['s']['labels']), sum(1 for x in xs if x['s']['labels']),
                     sum(1 for x in xs if x['s']['kind'] == 're'), sum(1 for x in xs if x['s']['kind'] == 'pro')])
    out.append(table(['lang', 'messages', 'compliant', 'violations', 'replies', 'proactive'], rows))
    out.append('\n## Per seller\n')
    rows = []
    for k, v in SELLERS.items():
        xs = [x for x in stats if x['s']['seller'] == k]
        rows.append([SHOP[k], v['trade'], v['desk'], len(xs), sum(1 for x in xs if not x['s']['labels'])])
    out.append(table(['seller', 'trade', 'main helpdesk', 'messages', 'compliant'], rows))
    out.append('\n## Per category\n')
    rows = []
    for cat in CATS:
        xs = [x for x in stats if cat in x['s']['labels']]
        only = sum(1 for x in xs if x['s']['labels'] == [cat])
        ob = sum(1 for x in xs if x['s']['note'].startswith('obfuscated ('))
        bl = {}
        for x in xs:
            bl[x['s']['lang']] = bl.get(x['s']['lang'], 0) + 1
        rows.append([cat, len(xs), only, ob, ', '.join('%s %d' % (l, bl[l]) for l in LANGS if l in bl)])
    out.append(table(['category', 'messages', 'as only label', 'obfuscated', 'by language'], rows))
    nl = {}
    for x in viol:
        k = len(x['s']['labels'])
        nl[k] = nl.get(k, 0) + 1
    out.append('\nLabels per violating message: ' + ', '.join('%d: %d' % (k, nl[k]) for k in sorted(nl)))
    out.append('\n## Repeat-request ledger\n')
    nreq = sum(1 for x in stats if x['s'].get('req'))
    out.append('Messages containing a review or feedback request: %d; labelled repeat_request: %d; deliberate pairs: %d '
               '(of which %d have a first request that was refused for another reason, so the second is not a repeat).'
               % (nreq, sum(1 for x in stats if 'repeat_request' in x['s']['labels']), len(PAIRS),
                  sum(1 for x in stats if x['s'].get('pair') and x['s'].get('req') and x['s']['labels'] and 'repeat_request' not in x['s']['labels'] and not (set(x['s']['labels']) <= {'tracking_pixel'}))))
    out.append('\n## MIME structure\n')
    def cnt(f):
        d = {}
        for x in stats:
            for k in f(x):
                d[k] = d.get(k, 0) + 1
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    out.append(table(['top-level type', 'messages'], cnt(lambda x: [x['msg'].get_content_type()])))
    out.append('')
    out.append(table(['text charset', 'messages'], cnt(lambda x: sorted({p.get_content_charset() for p in x['msg'].walk() if p.get_content_maintype() == 'text' and not p.get_filename()}))))
    out.append('')
    out.append(table(['transfer encoding', 'messages using it'], cnt(lambda x: sorted({(p.get('Content-Transfer-Encoding') or '7bit').lower() for p in x['msg'].walk() if not p.is_multipart()}))))
    natt = sum(len(x['atts']) for x in stats)
    out.append('\nMessages with attachments or inline images: %d (parts: %d); CRLF line ends: %d; LF: %d; total size: %.1f MB'
               % (sum(1 for x in stats if x['atts']), natt, sum(1 for x in stats if x['c']['crlf']), sum(1 for x in stats if not x['c']['crlf']),
                  sum(len(x['raw']) for x in stats) / 1e6))
    out.append('\n## Quoting styles (replies)\n')
    names = dict(zendesk='Zendesk conversation history (reply marker, name/date header, unprefixed)', gmail='Gmail (gmail_quote, "> ")',
                 gorgias='Gorgias (gorgias_quote blockquote)', iphone='iPhone Mail ("Sent from my iPhone", "> ")',
                 freshdesk='Freshdesk (freshdesk_quote)', apple='Apple Mail (blockquote type=cite)', zammad='Zammad (moz-cite-prefix style, [Ticket#])',
                 outlook='Outlook (localised From/Sent/To/Subject block, RE:/AW:/R:/SV:/Odp:/RES:)', edesk='eDesk ("Original Message" block)',
                 helpscout='Help Scout (hs-quote)', thunderbird='Thunderbird (format=flowed or moz-cite-prefix)')
    d = {}
    for x in rep:
        st = 'no quoted history' if x['s'].get('noquote') else names[x['c']['style']]
        d[st] = d.get(st, 0) + 1
    out.append(table(['style', 'replies'], sorted(d.items(), key=lambda kv: -kv[1])))
    out.append('\n## Hard negatives (compliant messages by what makes them look dangerous)\n')
    d = {}
    for x in comp:
        for t in x['s']['hn'].split(','):
            d[t.strip()] = d.get(t.strip(), 0) + 1
    out.append(table(['hard-negative feature', 'messages'], sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append(README_TAIL)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
