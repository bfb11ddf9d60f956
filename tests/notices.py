"""Amazon buyer-message notifications as helpdesks quote them, for the quoted-notice tests.

Written from Amazon's public notification format: the buyer's words between localised
"Message:" / "End message" rules, the order and item lines, the Seller Central reply link
(``/messaging/inbox`` or the older ``/gp/communication-manager/``), Amazon's signature with
its plain ``http://www.amazon.<tld>``, the retention note, "Was this email helpful?" and the
``[commMgrTok:…]`` token. ``build`` wraps one under an agent's reply in a quoting style.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from html import escape


@dataclass(frozen=True)
class Notice:
    lang: str
    tld: str
    message: str
    end: str
    order: str
    respond: str
    helpful: str
    closing: str
    note: str
    wrote: str  # "{date}, {name} wrote:" in the language
    reply: str  # the agent's compliant answer
    buyer: str  # the buyer's question


NOTICES = {
    "en": Notice(
        "en",
        "com",
        "Message:",
        "End message",
        "Order ID",
        "To respond to this customer, please reply to "
        "this e-mail or visit your seller account at the following link:",
        "Was this email helpful?",
        "Sincerely,\nCustomer Service Department\nAmazon.com",
        "Note: We have sent this e-mail on behalf of a "
        "third party seller. Please note that Amazon retains the e-mails sent and received through "
        "Buyer-Seller Messaging. If you do not want to receive messages from sellers, you can opt out in "
        "your communication preferences.",
        "On {date}, {name} wrote:",
        "Hi Sam, your parcel left today with UPS, tracking number 1Z999AA10123456784. Kind regards, Nora",
        "Hello, when will my order arrive? Thanks, Sam",
    ),
    "de": Notice(
        "de",
        "de",
        "Nachricht:",
        "Ende der Nachricht",
        "Bestellnummer",
        "Um diesem Kunden zu antworten, "
        "antworten Sie bitte auf diese E-Mail oder besuchen Sie Ihr Verkäuferkonto über den folgenden Link:",
        "War diese E-Mail hilfreich?",
        "Mit freundlichen Grüßen\nKundenservice\nAmazon.de",
        "Hinweis: Wir haben diese E-Mail im Auftrag eines Drittanbieters gesendet. Amazon speichert die "
        "über das Nachrichtensystem gesendeten E-Mails.",
        "Am {date} schrieb {name}:",
        "Hallo Herr Brandt, Ihr Paket ist heute mit DHL unterwegs, Sendungsnummer 00340434161094042557. "
        "Viele Grüße, Jana",
        "Hallo, wann kommt meine Bestellung an? Danke",
    ),
    "fr": Notice(
        "fr",
        "fr",
        "Message :",
        "Fin du message",
        "Numéro de commande",
        "Pour répondre à ce client, veuillez "
        "répondre à cet e-mail ou vous rendre sur votre compte vendeur via le lien suivant :",
        "Cet e-mail vous a-t-il été utile ?",
        "Cordialement,\nLe Service Client\nAmazon.fr",
        "Remarque : nous avons envoyé cet e-mail au nom d'un vendeur tiers. Amazon conserve une copie des "
        "e-mails envoyés et reçus.",
        "Le {date}, {name} a écrit :",
        "Bonjour Madame Roux, votre colis est parti aujourd'hui par Colissimo, numéro de suivi "
        "6A12345678901. Cordialement, Luc",
        "Bonjour, quand vais-je recevoir ma commande ?",
    ),
    "es": Notice(
        "es",
        "es",
        "Mensaje:",
        "Fin del mensaje",
        "Número de pedido",
        "Para responder a este cliente, "
        "responde a este e-mail o visita tu cuenta de vendedor en el siguiente enlace:",
        "¿Te ha resultado útil este e-mail?",
        "Atentamente,\nAtención al cliente\nAmazon.es",
        "Nota: hemos enviado este e-mail en nombre de un vendedor externo. Amazon conserva los e-mails "
        "enviados y recibidos.",
        "El {date}, {name} escribió:",
        "Hola Lucía, su pedido salió hoy con SEUR, número de seguimiento 12345678901234. Saludos, Pablo",
        "Hola, ¿cuándo llegará mi pedido?",
    ),
    "it": Notice(
        "it",
        "it",
        "Messaggio:",
        "Fine messaggio",
        "Numero ordine",
        "Per rispondere a questo cliente, rispondi "
        "a questa e-mail oppure visita il tuo account venditore al seguente link:",
        "Questa e-mail ti è stata utile?",
        "Cordiali saluti,\nServizio Clienti\nAmazon.it",
        "Nota: abbiamo inviato questa e-mail per conto di un venditore terzo. Amazon conserva le e-mail "
        "inviate e ricevute.",
        "Il giorno {date} {name} ha scritto:",
        "Gentile Marco, il pacco è partito oggi con BRT, numero di spedizione 123456789012. Saluti, Giulia",
        "Buongiorno, quando arriverà il mio ordine?",
    ),
    "ja": Notice(
        "ja",
        "co.jp",
        "メッセージ:",
        "メッセージ終了",
        "注文番号",
        "このお客様に返信するには、このEメールに返信するか、"
        "次のリンクからセラーアカウントにアクセスしてください:",
        "このEメールはお役に立ちましたか?",
        "よろしくお願いいたします。\nカスタマーサービス\nAmazon.co.jp",
        "注意: このEメールは出品者に代わって送信されています。Amazonは送受信されたEメールを保存します。",
        "{date} {name} <{relay}>:",
        "山田様 本日ヤマト運輸で発送いたしました。伝票番号は1234-5678-9012です。",
        "注文した商品はいつ届きますか?",
    ),
    "nl": Notice(
        "nl",
        "nl",
        "Bericht:",
        "Einde bericht",
        "Bestelnummer",
        "Beantwoord deze e-mail of ga via de volgende "
        "link naar je verkopersaccount om deze klant te antwoorden:",
        "Was deze e-mail nuttig?",
        "Met vriendelijke groet,\nKlantenservice\nAmazon.nl",
        "Opmerking: we hebben deze e-mail namens een "
        "externe verkoper verstuurd. Amazon bewaart de verzonden en ontvangen e-mails.",
        "Op {date} schreef {name}:",
        "Beste Pieter, je pakket is vandaag met PostNL verstuurd, trackingnummer 3SABCD1234567. Groet, Anouk",
        "Hallo, wanneer komt mijn bestelling?",
    ),
    "pl": Notice(
        "pl",
        "pl",
        "Wiadomość:",
        "Koniec wiadomości",
        "Numer zamówienia",
        "Aby odpowiedzieć temu klientowi, "
        "odpowiedz na tę wiadomość e-mail lub odwiedź swoje konto sprzedawcy, "
        "korzystając z poniższego linku:",
        "Czy ta wiadomość e-mail była pomocna?",
        "Z poważaniem,\nObsługa Klienta\nAmazon.pl",
        "Uwaga: wysłaliśmy tę wiadomość w imieniu sprzedawcy zewnętrznego. Amazon przechowuje wysłane i "
        "odebrane wiadomości.",
        "W dniu {date} {name} napisał(a):",
        "Dzień dobry, paczka została dziś nadana przez InPost, numer przesyłki 520000011234567890123456. "
        "Pozdrawiam, Ola",
        "Dzień dobry, kiedy dotrze moje zamówienie?",
    ),
    "sv": Notice(
        "sv",
        "se",
        "Meddelande:",
        "Slut på meddelande",
        "Beställningsnummer",
        "Svara på det här "
        "e-postmeddelandet eller besök ditt säljarkonto via följande länk för att svara kunden:",
        "Var det här e-postmeddelandet till hjälp?",
        "Vänliga hälsningar,\nKundtjänst\nAmazon.se",
        "Obs! Vi har skickat detta e-postmeddelande för en tredjepartssäljares räkning. Amazon sparar "
        "skickade och mottagna meddelanden.",
        "Den {date} skrev {name}:",
        "Hej Erik, paketet skickades i dag med PostNord, kollinummer 00370712345678901234. Hälsningar, Lisa",
        "Hej, när kommer min beställning?",
    ),
    "pt": Notice(
        "pt",
        "com.br",
        "Mensagem:",
        "Fim da mensagem",
        "Número do pedido",
        "Para responder a este cliente, "
        "responda a este e-mail ou visite sua conta de vendedor no link a seguir:",
        "Este e-mail foi útil?",
        "Atenciosamente,\nAtendimento ao Cliente\nAmazon.com.br",
        "Observação: enviamos este e-mail em nome "
        "de um vendedor terceiro. A Amazon mantém os e-mails enviados e recebidos.",
        "Em {date}, {name} escreveu:",
        "Olá Ana, seu pedido foi enviado hoje pelos Correios, código de "
        "rastreio AA123456789BR. Atenciosamente, João",
        "Olá, quando meu pedido vai chegar?",
    ),
}

ORDER = "114-3941689-8772232"
RELAY = "7xkq2m9vd4hjr1p@marketplace.amazon.{tld}"
DATE = "2026-12-01 09:14"
NAME = "Sam Buyer - Amazon Marketplace"
TOKEN = "A2QX7VJ4L9NN3B"


def notice_text(n: Notice, old_link: bool = False) -> str:
    """The notification as Amazon sends it to the seller (plain text)."""
    sc = f"https://sellercentral.amazon.{n.tld}"
    inbox = (
        f"{sc}/gp/communication-manager/inbox.html/ref=ag_cmin__cmin?ie=UTF8&searchID={TOKEN}"
        if old_link
        else f"{sc}/messaging/inbox?fi=ORDER_ID&threadId={TOKEN}&sort=DATE_DESC"
    )
    return (
        f"{n.order}: {ORDER}\n1 x Walnut Desk Organiser [ASIN: B0CX7Q2M4R]\n\n"
        f"------------- {n.message} -------------\n\n{n.buyer}\n\n------------- {n.end} -------------\n\n"
        f"{n.respond}\n\n{inbox}\n\n{n.closing}\nhttp://www.amazon.{n.tld}\n\n{n.note}\n\n"
        f"{n.helpful}\n{sc}/gp/communication-manager/feedback.html?t={TOKEN}&v=1\n\n"
        f"[commMgrTok:{TOKEN}]\n"
    )


def quote_header(n: Notice, style: str) -> str:
    relay = RELAY.format(tld=n.tld)
    if style == "outlook":
        return (
            f"From: {NAME} <{relay}>\nSent: Monday, 1 December 2026 09:14\nTo: Shop Support\n"
            f"Subject: Inquiry from Amazon customer (Order: {ORDER})\n"
        )
    if style == "zendesk":
        return "-" * 30 + f"\n{NAME}\n{DATE}\n"
    return n.wrote.format(date=DATE, name=f"{NAME} <{relay}>", relay=relay) + "\n"


def quoted_text(n: Notice, style: str, earlier: str = "", old_link: bool = False) -> str:
    """The agent's reply, an optional earlier agent reply, then the quoted notification."""
    body = quote_header(n, style) + notice_text(n, old_link)
    if style == "gt":
        body = "".join(f"> {line}\n" if line else ">\n" for line in body.splitlines())
    history = ""
    if earlier:
        history = f"On 2026-12-02, Nora - Support wrote:\n{earlier}\n\n"
        if style == "gt":
            history = "".join(f"> {line}\n" for line in history.splitlines())
    marker = "##- Please type your reply above this line -##\n\n" if style == "zendesk" else ""
    return f"{marker}{n.reply}\n\n{history}{body}"


def quoted_html(n: Notice, style: str, earlier: str = "") -> str:
    """HTML: the notification inside a blockquote / gmail_quote / Outlook reply block."""
    notice = "<br>\n".join(escape(line) for line in notice_text(n).splitlines())
    for url in ("https://sellercentral", "http://www.amazon"):  # Amazon's own links are anchors
        notice = notice.replace(url, f'<a href="{url}', 1)
    notice = _close_anchors(notice)
    header = "<br>".join(
        escape(line) for line in quote_header(n, "outlook" if style == "outlook" else "on").splitlines()
    )
    history = f"<div>On 2026-12-02, Nora wrote:<br>{earlier}</div>" if earlier else ""
    wrap = {
        "blockquote": f'<div>{header}</div><blockquote type="cite">{history}{notice}</blockquote>',
        "gmail": f'<div class="gmail_quote"><div>{header}</div>'
        f"<blockquote>{history}{notice}</blockquote></div>",
        "outlook": f'<div id="divRplyFwdMsg">{header}</div><div>{history}{notice}</div>',
    }[style]
    return f"<html><body><p>{escape(n.reply)}</p>{wrap}</body></html>"


def _close_anchors(html: str) -> str:
    """Close each ``<a href="URL`` opened above at the end of its URL."""
    out = []
    for piece in html.split('<a href="')[1:]:
        url, _, rest = piece.partition("<br>")
        out.append(f'<a href="{url}">{url}</a><br>{rest}')
    return html.split('<a href="')[0] + "".join(out)


def build(lang: str, style: str, earlier: str = "", html: bool = False, old_link: bool = False) -> bytes:
    """A helpdesk reply to the buyer quoting Amazon's notification in ``style``."""
    n = NOTICES[lang]
    msg = EmailMessage()
    msg["From"] = "Nora <support@shop.example>"
    msg["To"] = RELAY.format(tld=n.tld)
    msg["Subject"] = f"Re: Inquiry from Amazon customer (Order: {ORDER})"
    msg["In-Reply-To"] = "<0101019abc@email.amazonses.com>"
    msg["Message-ID"] = "<reply-1@shop.example>"
    text_style = style if style in ("gt", "outlook", "zendesk", "plain") else "gt"
    msg.set_content(quoted_text(n, text_style, earlier, old_link))
    if html:
        msg.add_alternative(
            quoted_html(n, style if style in ("blockquote", "gmail", "outlook") else "blockquote", earlier),
            subtype="html",
        )
    return msg.as_bytes()
