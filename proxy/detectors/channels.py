"""``contact_other``: ways to reach the seller off Amazon (messengers, social pages, handles)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import re2

from proxy.amazon import ORDER_ID
from proxy.detectors.base import Context, excerpt
from proxy.models import DEFAULT_ACTIONS, Category, Document, Finding, Origin, Segment

_CAT = Category.CONTACT_OTHER

# Channel names (folded text). Words that are also common words (line, signal, X, messenger)
# count only in the spelling a channel name has.
_MESSENGERS = {
    # "zap" is Brazilian for WhatsApp, believed only after a preposition ("me chama no zap")
    "WhatsApp": r"(?i:whats\W?app)|ワッツアップ"
    r"|(?:(?<=no )|(?<=pelo )|(?<=via )|(?<=meu )|(?<=nosso )|(?<=um ))zap(?:zap)?",
    "WeChat": r"(?i:we\W?chat|weixin)|微信|ウィーチャット",
    "Telegram": r"(?i:telegram)|テレグラム",
    "LINE": r"LINE(?![a-z])|Line(?=\s*(?:ID|@|公式))|(?i:line)(?=公式|アカウント)",
    "Skype": r"(?i:skype)|スカイプ",
    "Viber": r"(?i:viber)",
    "Signal": r"Signal(?=\s*(?:[:@+(]|app\b|messenger))"
    r"|(?:(?<=per )|(?<=via )|(?<=on )|(?<=auf )|(?<=über )|(?<=sur )|(?<=por )|(?<=su )"
    r"|(?<=op )|(?<=na )|(?<=på ))Signal",
    "Messenger": r"Messenger|(?i:fb\s?messenger)",
    "KakaoTalk": r"(?i:kakao\s?talk)",
    "Threema": r"(?i:threema)",
    "Discord": r"(?i:discord)",
    "Snapchat": r"(?i:snapchat)",
}
_SOCIAL = {
    # lower-case "insta" is also a verb in es/pt ("le insta a"): only after "on"/"no"/"su" … or
    # right before a handle ("follow us on insta @shop", "me segue no insta")
    "Instagram": r"(?i:instagram)|Insta(?![a-z])|insta(?=\s*@)"
    r"|(?:(?<=on )|(?<=in )|(?<=via )|(?<=auf )|(?<=sur )|(?<=su )|(?<=no )|(?<=na )|(?<=op )|(?<=på )"
    r"|(?<=per ))insta(?![a-z])|IG(?![A-Za-z])|インスタグラム|インスタ",
    "Facebook": r"(?i:face\s?book)|フェイスブック|フェースブック",
    "TikTok": r"(?i:tik\s?tok)|ティックトック",
    "Twitter": r"(?i:twitter)|ツイッター",
    "X": r"(?<![\w.])X(?![\w.\-])",
    "YouTube": r"(?i:youtube)|ユーチューブ",
    "Pinterest": r"(?i:pinterest)",
    "LinkedIn": r"(?i:linked\s?in)",
}
# A channel name is a word of its own among Latin letters; Japanese and Chinese run words
# together without spaces ("写真はLINE公式アカウントで"), so those letters do not join it.
_LATIN = "A-Za-z\u00c0-\u024f"
# Case endings a name takes in Polish and other inflected languages ("na WhatsAppie", "Facebooku").
_INFLECTION = "ie|em|owi|a|u"
_CHANNEL = re.compile(
    "|".join(
        f"(?P<c{i}>(?<![{_LATIN}]){p}(?:{_INFLECTION})?(?![{_LATIN}]))" if name != "X" else f"(?P<c{i}>{p})"
        for i, (name, p) in enumerate({**_MESSENGERS, **_SOCIAL}.items())
    )
)
_NAMES = list({**_MESSENGERS, **_SOCIAL})
# Cheap gate in front of _CHANNEL and _PAGE (RE2, linear): most text names no channel at all.
_GATE = re2.compile(
    r"(?i:whats|we\W?chat|weixin|telegram|skype|viber|signal|messenger|kakao|threema|discord|"
    r"snapchat|insta|face\s?book|tik\s?tok|twitter|youtube|pinterest|linked\s?in|line|fb\.|"
    r"(?:wa|t|m|x)\.me|lin\.ee|x\.com|zap)|微信|(?-i:IG|X)|インスタ|フェ[イー]スブック|ツイッター|ティックトック|"
    r"ユーチューブ|ワッツアップ|ウィーチャット|テレグラム|スカイプ"
)

# Pages and chat links, in text (after folding "[dot]") or in an href.
_SOCIAL_HOSTS = {
    "wa.me": "WhatsApp",
    "whatsapp.com": "WhatsApp",
    "t.me": "Telegram",
    "telegram.me": "Telegram",
    "line.me": "LINE",
    "lin.ee": "LINE",
    "m.me": "Messenger",
    "messenger.com": "Messenger",
    "facebook.com": "Facebook",
    "fb.com": "Facebook",
    "fb.me": "Facebook",
    "instagram.com": "Instagram",
    "instagr.am": "Instagram",
    "tiktok.com": "TikTok",
    "twitter.com": "Twitter",
    "x.com": "X",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "pinterest.com": "Pinterest",
    "linkedin.com": "LinkedIn",
    "weixin.qq.com": "WeChat",
    "u.wechat.com": "WeChat",
    "viber.com": "Viber",
    "signal.me": "Signal",
    "discord.gg": "Discord",
    "join.skype.com": "Skype",
}
_YOUTUBE_CHANNEL = ("/@", "/c/", "/channel/", "/user/")
_SCHEMES = {
    "whatsapp:": "WhatsApp",
    "skype:": "Skype",
    "viber:": "Viber",
    "tg:": "Telegram",
    "weixin:": "WeChat",
    "line:": "LINE",
    "fb-messenger:": "Messenger",
    "sgnl:": "Signal",
}
# RE2 (no look-behind): the page starts after a character that cannot precede a host name.
_PAGE = re2.compile(
    r"(?i)(?:^|[^\w.@])((?:https?://)?(?:www\.|m\.|chat\.|web\.|api\.|[a-z]{2}-[a-z]{2}\.)?("
    + "|".join(re.escape(h) for h in sorted(_SOCIAL_HOSTS, key=len, reverse=True))
    + r")/[\w.@%~+\-/?=&#]+)"
)

# The means to reach someone, right after (or just before) the channel name.
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][\w.]{2,}")
_ID = re.compile(
    r"^(?P<lead>[^\n.!?。\[\]]{0,20}?)(?:\b(?:id|account|konto|compte|cuenta|handle|user(?:name)?|name)\b|ＩＤ)?"
    r"\s*[:：]\s*@?(?P<id>(?:live:)?[A-Za-z0-9][\w.\-]{2,})(?P<after>.{0,2})",  # Skype: live:…
    re.I,
)
# "on Skype (mapleandpine.support)": an account in brackets right after the name
_PAREN_ID = re.compile(r"^\s*[(\[（]\s*@?(?P<id>(?:live:)?[A-Za-z0-9][\w.\-]{2,})\s*[)\]）]")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*", re.I)
# What an account name has and a word has not: a digit, dot, dash, underscore or "@".
_ACCOUNT_CHAR = re.compile(r"[\d_.@\-]")
_NUMBER = re.compile(r"^[^\n.!?。]{0,40}?(?P<num>\+?\d[\d\s()./\-]{5,20}\d)")
# "on a Skype call - add voltmint_support": an account to add or search for, after the name.
_ADD_ID = re.compile(
    r"^[^\n.!?。]{0,30}?\b(?:add|search\s+for|look\s+up|füge\w*|hinzufügen|ajoute[rz]?|añad\w*|agrega\w*|"
    r"aggiung\w*|adicion\w*|voeg|dodaj\w*|lägg\s+till|sök\s+(?:efter|på))\s+(?:us\s+|uns\s+|nous\s+|nos\s+|ci\s+|"
    r"ons\s+|nas\s+|oss\s+)?(?:\w+\s+){0,2}?(?P<id>(?:live:)?[A-Za-z0-9][\w.\-]{2,})",
    re.I,
)
# "troubleshoot it live on a Skype call", "eine WhatsApp-Videoanruf": a call or chat offered on a
# messenger is a way to reach the seller, with or without an account given.
_CALL_AFTER = re.compile(
    r"^[\s-]*(?:video\s*|voice\s*)?(?:call|chat|session|meeting|anruf|videoanruf|videochat|gespräch|"
    r"videogespräch|appel|visio|llamada|videollamada|chiamata|videochiamata|chamada|videochamada|"
    r"gesprek|videogesprek|rozmow\w*|połączeni\w*|samtal|videosamtal)\b",
    re.I,
)
# Who offers the call: the seller ("we can", "wir können", "podemos", "let's") or "with us" after it.
_CALL_OFFER = re.compile(
    r"(?<!\w)(?:(?:we|i)\s+(?:can|could|will|[\x27’]ll|would|are\s+happy\s+to|[\x27’]re\s+happy\s+to|offer|suggest|"
    r"propose)|let[\x27’]s|(?:wir|ich)\s+(?:können|könnten|bieten|würden|rufen)|nous\s+(?:pouvons|pourrions|proposons)|"
    r"je\s+(?:peux|pourrais|propose)|podemos|podríamos|proponemos|ofrecemos|possiamo|potremmo|proponiamo|offriamo|"
    r"poderíamos|propomos|oferecemos|(?:we|wij)\s+(?:kunnen|zouden|bieden)|możemy|moglibyśmy|proponujemy|"
    r"vi\s+(?:kan|skulle\s+kunna|erbjuder)|happy\s+to|glad\s+to|gerne|gern|volontiers|con\s+gusto|volentieri|"
    r"com\s+prazer|graag|chętnie|gärna)(?!\w)|(?<!\w)(?:with\s+us|mit\s+uns|avec\s+nous|con\s+nosotros|con\s+noi|"
    r"connosco|conosco|met\s+ons|z\s+nami|med\s+oss)(?!\w)",
    re.I,
)
_CALL_BEFORE = re.compile(
    r"(?<!\w)(?:(?:video\s*|voice\s*)?call|appel(?:\s+vidéo)?|visio|llamada|videollamada|(?:video)?chiamata|"
    r"(?:video)?chamada|(?:video)?gesprek|rozmow\w*|(?:video)?samtal|(?:video)?anruf)\s+"
    r"(?:\w+\s+)?(?:on|via|over|per|über|sur|par|por|de|en|su|na|no|pelo|op|przez|på)\s+$"
    # "happy to walk u through it on Skype", "we can show you on WhatsApp": talking or showing
    # something live on a messenger (a few words may follow the verb, no more)
    r"|(?<!\w)(?<!you )(?<!you to )(?:talk|chat|speak|walk\s+(?:you|u)\s+through|show\s+(?:you|u)|"
    r"guide\s+(?:you|u)|sprechen|reden|zeigen|parler|montrer|hablar|mostrar\w*|parlare|falar|praten|laten\s+zien|porozmawia\w*|pokaza\w*|"
    r"prata|visa)\s+(?:[\w'’-]+\s+){0,2}?(?:on|via|over|per|über|auf|sur|par|por|en|su|na|no|pelo|op|przez|på)\s+$",
    re.I,
)
_MEANS_REACH = 50
_INVITE_REACH = 100

# Invitations: "message us on", "find us on", "our Instagram", "WhatsApp us", per language.
# (pronouns, prepositions, words allowed between them): data, one row per language.
_PRONOUN_PREP = (
    (r"us|me", r"on|at|via|through|over|in", 3),
    (r"uns|mich|mir", r"auf|über|per|via|bei|unter|an|in", 5),
    (r"nous|moi", r"sur|via|par|à|au|dans", 3),
    (
        r"(?:escr[íi]be|s[íi]gue|cont[áa]cta|b[úu]sca|encu[ée]ntra|agr[ée]ga|ll[áa]ma|[úu]ne|"
        r"env[íi]a|m[áa]nda)(?:nos|me)|nos|me",
        r"por|en|a trav[ée]s de|v[íi]a|al|a",
        3,
    ),
    (
        r"(?:scrivi|segui|contatta|trova|cerca|aggiungi|chiama|raggiungi|invia)(?:ci|mi)|ci|mi",
        r"su|via|tramite|per|a|al",
        3,
    ),
    (r"oss|mig", r"på|via|genom", 3),
    (r"ons|mij", r"op|via", 3),
    (r"nas|mnie", r"na|przez", 3),
    (
        r"(?:encontre|siga|fale|escreva|contacte|contate|chame|adicione|mande|envie|procure)"
        r"-?(?:nos|me)|nos|me",
        r"no|na|pelo|pela|via|em|por",
        3,
    ),
)
_OWN = (
    r"our|my|unser\w*|mein\w*|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|nostr[oaie]|mio|mia|"
    r"miei|v[åa]r[at]?|onze|nasz\w*"
)
_OFFICIAL = r"(?:official|offiziell\w*|officiel\w*|oficial\w*|ufficial\w*|officiell\w*)\s+"
_PAGE_WORDS = (
    r"page|account|profile|group|channel|seite|konto|profil|gruppe|kanal|compte|groupe|"
    r"cha[îi]ne|p[áa]gina|cuenta|perfil|grupo|canal|pagina|profilo|gruppo|canale|sida|"
    r"community|communauté|comunidad|comunità|comunidade|server|serveur|servidor"
)
# Inflected page words (Polish, Dutch, Swedish) after "our": "naszej grupy", "onze groep".
_PAGE_WORDS_INFLECTED = (
    r"grup[aeiyę]|stron[aeiyę]|profil[ua]|kana[łl]\w*|społeczności|groep|pagina|grupp\w*|sidan?"
)
_VERBS = (
    r"follow|find|join|add|message|contact|reach|text|dm|chat|connect|folg|schreib|"
    r"kontaktier|suiv|retrouv|rejoi|[ée]cri|s[íi]g|busc|b[úu]sc|escrib|segu|trov|scriv|"
    r"contatt|f[öo]lj|volg|obserwuj|napisz"
)
_FOLLOW = r"follow|folg|suiv|s[íi]g[au]|segu|f[öo]lj|volg|obserwuj"
_ARTICLES = (
    r"the|these|this|those|a|an|it|them|die|der|das|den|dem|diese\w*|les|la|le|ces|cette|las|los|el|"
    r"esta|estos|il|lo|gli|questi|queste|het|de|deze|os|as|o|estas|este|ten|tę|te|dessa|denna|detta"
)
# Instructions and guides followed on a video site are content, not a channel to reach the seller.
_HOW_TO = (
    r"instruction|step|guide|video|tutorial|anleitung|schritt|tutoriel|étape|instruc|paso|istruzion|"
    r"passagg|passo|handleiding|stappen|instrukcj|krok|instruktion|steg"
)
_SEND = (
    r"send|schick|envoy|envoie|env[íi][ae]|enviar|m[áa]nd[ae]|invi[ai]|skicka|stuur|"
    r"wy[śs]lij|prze[śs][łl]|przesyła"
)
_PLEASE = r"please|just|simply|kindly|bitte|einfach|por favor|per favore|gärna|graag|proszę"
_TO_US = r"us|me|uns|mir|nous|moi|nos|ci|mi|oss|mig|ons|mij|nam"
_VIA = r"on|via|through|over|per|über|auf|sur|par|por|en|tramite|su|på|op|przez|na"
_INVITE_BEFORE = re.compile(
    "|".join(
        rf"(?<!\w)(?:{pron})\s+(?:[\w'’-]+\s+){{0,{n}}}?(?:{prep})\s+(?:[\w'’-]+\s+){{0,2}}?$"
        for pron, prep, n in _PRONOUN_PREP
    )
    + rf"|(?<!\w)(?:{_OWN})\s+(?:{_OFFICIAL})?(?:(?:{_PAGE_WORDS})\s+)?$"
    # "our group on Facebook", "naszej grupy na Facebooku": the seller's own page or group there
    + rf"|(?<!\w)(?:{_OWN})\s+(?:{_OFFICIAL})?(?:{_PAGE_WORDS}|{_PAGE_WORDS_INFLECTED})\s+"
    + rf"(?:{_VIA}|in|bei)\s+$"
    # a verb, not the noun after an article ("send a message on WhatsApp to your family")
    + rf"|(?<!\w)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:{_VERBS})\w*\s+(?:\w+\s+)?"
    + r"(?:on|at|via|auf|über|per|sur|en|por|su|på|op|na)\s+$"
    + rf"|(?<!\w)(?:{_VERBS})\w*[\s-]+(?:us|me|uns|nous|nos|ci|oss|ons|nas)\s*[:：]\s*$"
    # Brazilian "chama no WhatsApp da loja", "fala com a gente pelo WhatsApp": no pronoun needed
    + r"|(?<!\w)(?:chama|chame|fala|fale|manda|mande|escreve|escreva|contata|contate|contacta|contacte|"
    + r"liga|ligue)\s+(?:a\s+gente\s+|com\s+a\s+gente\s+|com\s+a\s+loja\s+|"
    + r"(?:pra|para)\s+(?:a\s+)?(?:gente|nós|mim)\s+)?"
    + r"(?:l[áa]\s+)?(?:no|na|pelo|pela|via)\s+$"
    # "follow Lapwing Refurb on LinkedIn": the shop's name between "follow" and the channel,
    # not "follow the steps on YouTube"
    + rf"|(?<!\w)(?:{_FOLLOW})\w*\s+(?!(?:{_ARTICLES})\s)(?![^\n]*?(?:{_HOW_TO}))"
    + r"(?:[\w'’&-]+\s+){1,3}?(?:on|at|auf|bei|sur|en|su|på|op|na|no|em)\s+$"
    # "send us a photo of the plug on WhatsApp": a sending verb, its object, then the channel;
    # without "us" only as an imperative (sentence start or "please"), not "the app sends"
    + rf"|(?<!\w)(?:{_SEND})\w*[\s-]+(?:(?:sie|du|ihr)\s+)?(?:{_TO_US})\s+"
    + rf"(?:[\w'’-]+\s+){{0,8}}?(?:{_VIA})\s+$"
    + rf"|(?:^\s*|(?<!\w)(?:{_PLEASE}|ci|mi|nos|me|uns)\s+)(?:{_SEND})(?!ing\b|s\b)\w*\s+"
    + rf"(?:[\w'’-]+\s+){{0,6}}?(?:{_VIA})\s+$",
    re.I,
)
_INVITE_AFTER = re.compile(
    r"^(?:\s+(?:us|me)\b|\s*(?:公式)?(?:アカウント|ＩＤ|ID)|\s+(?:da\s+(?:nossa\s+)?loja|da\s+empresa|do\s+vendedor|(?:pra|para)\s+(?:a\s+)?(?:gente|nós|mim))\b|"
    r"[^\n。.!?]{0,30}?(?:お問い?合わ?せ|ご連絡|連絡|友だち追加|友達追加|フォロー|登録|メッセージ|トーク))",
    re.I,
)
_PAGE_WORD = re.compile(rf"^[\s-]*(?:{_PAGE_WORDS})\b", re.I)
# "a Facebook group for owners: search 'Oak Crew' and join": a group or community with an
# invitation to find or join it within the words that follow (``_MEANS_REACH``), even when
# nobody says "our".
_GROUP_INVITE = re.compile(
    rf"^[\s-]*(?:{_PAGE_WORDS}|community|communauté|comunidad|comunità|comunidade|gemeinschaft|"
    r"gemeenschap|groep|grupa|grupp|społeczność|gemenskap)\b[^.!?\n]{0,40}?\b(?:join|search|"
    r"look\s+(?:us\s+)?up|come|sign\s+up|beitreten|tritt|treten|such\w*|rejoign\w*|cherch\w*|"
    r"[úu]n(?:ete|ase|irse)|busc\w*|unisciti|iscriviti|cerc[ah]\w*|word\s+lid|zoek\w*|dołącz\w*|"
    r"wyszukaj|gå\s+med|sök|entr[ae]|particip\w*|procur\w*)\b",
    re.I,
)
_OWN_BEFORE = re.compile(rf"(?<!\w)(?:{_OWN})\s+(?:{_OFFICIAL})?$", re.I)
# A declined channel: "not via WhatsApp", "nicht per WhatsApp", "only through Amazon".
_NEGATION = re.compile(
    r"(?<![\w])(?:not|n't|never|cannot|unable|no longer|nicht|kein\w*|niemals|ne|n'|pas|jamais|"
    r"no|nunca|non|mai|não|nao|inte|aldrig|niet|geen|nie)(?![\w])|n't\b|"
    r"only\s+(?:via|through|on|in)\s+amazon|"
    r"(?:ausschließlich|nur)\s+(?:über|via|per)\s+amazon|できません|しておりません|いたしません|"
    # the buyer's offer, thanked for and (by what follows) declined
    r"(?:thanks?|thank\s+you|danke|merci|gracias|grazie|obrigad[oa]|bedankt|dzięk\w*|tack)\b[^.!?\n]{0,30}"
    r"\b(?:offer|suggestion|angebot|vorschlag|offre|proposition|oferta|sugerencia|propuesta|offerta|proposta|"
    r"suggerimento|sugestão|aanbod|voorstel|propozycj\w*|erbjudande\w*|förslag\w*)",
    re.I,
)
# A channel declined after its name: "LINEではなく、Amazonのメッセージで", "WhatsApp is not possible".
_NEGATED_AFTER = re.compile(
    r"^[^。\n]{0,12}?(?:ではなく|じゃなく|ではありません|ではございません|(?:で|に)?は(?:対応|お受け|受け付け|ご利用いただけ)"
    r"[^。\n]{0,6}?(?:おりません|いません|できません|ません))"
    r"|^\W{0,3}(?:(?:is|are)\s+not|isn['’]t|aren['’]t|(?:ist|sind)\s+(?:leider\s+)?(?:nicht|keine?)|n['’]est\s+pas"
    r"|no\s+(?:es|está|son)|non\s+(?:è|sono)|não\s+(?:é|está)|(?:is|zijn)\s+(?:helaas\s+)?niet|nie\s+(?:jest|są)"
    r"|(?:är|går)\s+(?:tyvärr\s+)?inte)\b"
    # "… on WhatsApp, but we keep every conversation here on Amazon"
    r"|^[^.!?\n]{0,30}?\b(?:but\s+(?:we|i)\s+(?:keep|prefer|stay|must|have\s+to|need\s+to|can\s+only|only)"
    r"|aber\s+wir\s+(?:bleiben|bitten|müssen|können\s+nur|dürfen\s+nur|möchten)"
    r"|mais\s+nous\s+(?:restons|préférons|devons|ne\s+pouvons|gardons)"
    r"|pero\s+(?:preferimos|debemos|solo\s+podemos|mantenemos|seguimos)"
    r"|ma\s+(?:preferiamo|dobbiamo|possiamo\s+solo|restiamo|manteniamo)"
    r"|mas\s+(?:preferimos|devemos|só\s+podemos|mantemos)|maar\s+we\s+(?:houden|blijven|moeten|kunnen\s+alleen)"
    r"|men\s+vi\s+(?:håller|föredrar|måste|kan\s+bara)|ale\s+(?:wolimy|musimy|możemy\s+tylko|zostajemy))"
    r"\b[^.!?\n]{0,80}\bamazon",
    re.I,
)
# "On Instagram we post new designs every week – follow us at @shop!": the handle comes later in
# the sentence than the means' reach, after a verb that invites to follow or find the seller.
_FOLLOW_REACH = 150
_FOLLOW_VERB = rf"(?:{_FOLLOW}|find|finde|retrouv|encu[ée]ntr|trov|encontr|vind|znajd|hitta)\w*?"
_FOLLOW_HANDLE = re.compile(
    rf"(?<!\w)(?:{_FOLLOW_VERB}(?:nos|ci)\b|{_FOLLOW_VERB}\w*[\s-]+(?:\w+\s+){{0,2}}?"
    r"(?:us|me|uns|mich|mir|nous|moi|nos|ci|mi|ons|mij|oss|mig|nas|mnie)\b)"
    r"[^.!?\n@]{0,25}?(?<![\w.])@[A-Za-z0-9_][\w.]{2,}",
    re.I,
)
_PT_NO = re.compile(r"(?<!\w)no\s+$", re.I)
_ON_X = re.compile(r"(?:us|me|uns|nous|nos|ci|oss)\s+(?:on|auf|sur|en|su|på)\s+$", re.I)
_SENTENCE_END = re.compile(r"[.!?。\n](?=\s|$)|[!?。\n]")


@dataclass(frozen=True)
class _Mention:
    name: str
    start: int
    end: int


def detect(doc: Document, ctx: Context) -> list[Finding]:
    findings: dict[str, Finding] = {}
    for link in doc.links:
        name = link_channel(link.href)
        if name:
            found = _finding(name, link.href[:120], Origin.LINK.value, "link")
            findings.setdefault(name, replace(found, quoted=link.quoted))
    for seg in doc.segments:
        if seg.origin in (Origin.LINK, Origin.IMAGE):
            continue
        for name, start, end in find_channels(seg.folded, invitations=not seg.quoted):
            found = _finding(name, _shown(seg, start, end), seg.origin.value, "")
            findings.setdefault(name, replace(found, quoted=seg.quoted))
    return list(findings.values())


def link_channel(href: str) -> str:
    """The channel a link opens (a chat, a profile or a page), or ""."""
    low = href.strip().lower()
    for scheme, name in _SCHEMES.items():
        if low.startswith(scheme):
            return name
    parts = urlsplit(low if "//" in low else "//" + low)
    host = (parts.hostname or "").removeprefix("www.")
    for known, name in _SOCIAL_HOSTS.items():
        if host == known or host.endswith("." + known):
            return name if _a_way_to_reach(name, parts.path) else ""
    return ""


def _a_way_to_reach(name: str, path: str) -> bool:
    """A YouTube video (a how-to) is content, not a contact; a channel page is the seller's."""
    return name != "YouTube" or path.startswith(_YOUTUBE_CHANNEL)


def find_channels(text: str, invitations: bool = True) -> list[tuple[str, int, int]]:
    """(channel, start, end) for each offer of an off-Amazon channel in folded ``text``.

    ``invitations=False`` (quoted history) keeps only channels given with their means (a page,
    handle, id or number): "WhatsApp me?" quoted from the buyer is not the seller's invitation.
    """
    out: list[tuple[str, int, int]] = []
    if not _GATE.search(text):
        return out
    for m in _PAGE.finditer(text):
        name = _SOCIAL_HOSTS[m.group(2).lower()]
        page = m.group(1)
        if _a_way_to_reach(name, urlsplit(page if "//" in page else "//" + page).path):
            out.append((name, m.start(1), m.end(1)))
    for mention in _mentions(text):
        span = _offer(text, mention, invitations)
        if span is not None:
            out.append((mention.name, *span))
    return out


def _mentions(text: str) -> list[_Mention]:
    found = []
    for hit in _GATE.finditer(text):
        m = _CHANNEL.match(text, hit.start())  # the exact rule, only where the gate fired
        if m:
            key = m.lastgroup or ""
            found.append(_Mention(_NAMES[int(key[1:])], m.start(), m.end()))
    return found


def _offer(text: str, m: _Mention, invitations: bool = True) -> tuple[int, int] | None:
    """The span that offers channel ``m`` as a way to reach the seller, or None for a mention."""
    lo, hi = _sentence(text, m.start, m.end)
    after = text[m.end : min(hi, m.end + _MEANS_REACH)]
    before = text[max(lo, m.start - _MEANS_REACH) : m.start]
    means = _means(after, before)
    if means is not None:
        return (m.start - means[1], m.end + means[0]) if means[1] else (m.start, m.end + means[0])
    if not invitations:
        return None
    if m.name != "X":
        followed = _follow_handle(text, m)
        if followed is not None:
            return followed
    if m.name == "X" and not _ON_X.search(before):
        return None  # a lone capital X is a letter unless "follow us on X"
    wide = text[max(lo, m.start - _INVITE_REACH) : m.start]  # "send us … a short video … per"
    call = (
        m.name in _MESSENGERS
        and (_CALL_AFTER.match(after) is not None or _CALL_BEFORE.search(before) is not None)
        and _CALL_OFFER.search(text, max(lo, m.start - _INVITE_REACH), min(hi, m.end + _MEANS_REACH))
        is not None
    )
    if (
        (call or _invites(wide, after))
        and not _negated(text[max(lo, m.start - 60) : m.start])
        and not _NEGATED_AFTER.search(after)
    ):
        return _word_start(text, max(lo, m.start - 40), m.start), m.end
    return None


def _follow_handle(text: str, m: _Mention) -> tuple[int, int] | None:
    """The span from the channel name to a "follow us at @handle" further on in its sentence
    (or from such an invitation before it to the name), or None."""
    lo = 0
    for end in _SENTENCE_END.finditer(text, max(0, m.start - _FOLLOW_REACH), m.start):
        lo = end.end()
    nxt = _SENTENCE_END.search(text, m.end, min(len(text), m.end + _FOLLOW_REACH))
    hi = nxt.start() if nxt else min(len(text), m.end + _FOLLOW_REACH)
    after = _FOLLOW_HANDLE.search(text, m.end, hi)
    if after is not None and not _negated(text[max(m.end, after.start() - 40) : after.start()]):
        return m.start, after.end()
    before = None
    for found in _FOLLOW_HANDLE.finditer(text, max(lo, m.start - _FOLLOW_REACH), m.start):
        before = found
    if before is not None and not _negated(text[max(lo, before.start() - 40) : before.start()]):
        return before.start(), m.end
    return None


def _negated(before: str) -> bool:
    """A declined channel; a "no" right before the name is Portuguese "in the" ("no Facebook")."""
    return _NEGATION.search(_PT_NO.sub("", before)) is not None


def _means(after: str, before: str) -> tuple[int, int] | None:
    """(chars after, chars before) covering a handle, id or number given with the channel."""
    handle = _HANDLE.search(after)
    if handle:
        return handle.end(), 0
    ident = _ID.match(after)
    if ident and _looks_like_id(ident.group("id"), ident.group("after"), ident.group("lead")):
        return ident.end("id"), 0
    bracketed = _PAREN_ID.match(after)
    if bracketed and _account_like(bracketed.group("id")):
        return bracketed.end(), 0
    number = _NUMBER.match(after)
    if number and _phone_like(number.group("num")):
        return number.end(), 0
    added = _ADD_ID.match(after)
    if added and _ACCOUNT_CHAR.search(added.group("id")):
        return added.end("id"), 0
    handle = _HANDLE.search(before[-25:])
    if handle:
        return 0, len(before[-25:]) - handle.start()
    return None


def _account_like(ident: str) -> bool:
    """An account name in brackets has a digit, dot, dash or underscore, and is no version number."""
    return _ACCOUNT_CHAR.search(ident) is not None and _VERSION.fullmatch(ident) is None


def _phone_like(number: str) -> bool:
    digits = sum(ch.isdigit() for ch in number)
    return 7 <= digits <= 15 and not ORDER_ID.search(number)


def _looks_like_id(ident: str, after: str, lead: str = "") -> bool:
    # "WeChat: shop_sg" or "Skype: shop.support" is an id; "Skype: just plug it in" is prose, and
    # so is a word after two or more other words ("via WhatsApp contact houden: bij Amazon …");
    # one word is a label ("WhatsApp support: OakHelp").
    if _ACCOUNT_CHAR.search(ident):
        return True
    return len(lead.split()) <= 1 and (not after.strip(" )]") or after[:1] in ",;)]\n")


def _invites(before: str, after: str) -> bool:
    return bool(
        _INVITE_BEFORE.search(before)
        or _INVITE_AFTER.match(after)
        or _GROUP_INVITE.match(after)
        or (_PAGE_WORD.match(after) is not None and _OWN_BEFORE.search(before) is not None)
    )


def _word_start(text: str, i: int, limit: int) -> int:
    while 0 < i < limit and not text[i - 1].isspace():
        i += 1
    return i


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention, as far as the offer checks look (200 characters back, the
    means' reach forward): a bounded search, so a long text without a full stop full of channel
    names costs linear time, not quadratic."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 200), start):
        lo = m.end()
    limit = min(len(text), end + _MEANS_REACH)
    nxt = _SENTENCE_END.search(text, end, limit)
    return lo, nxt.start() if nxt else limit


def _shown(seg: Segment, start: int, end: int) -> str:
    source = seg.text if len(seg.text) == len(seg.folded) else seg.folded
    return excerpt(source, start, end, pad=0)


def _finding(name: str, shown: str, where: str, kind: str) -> Finding:
    social = name in _SOCIAL
    rule = "contact_other.social" if social else "contact_other.messenger"
    what = f"the {name} link" if kind == "link" else f"the {name} contact"
    return Finding(
        rule=rule,
        category=_CAT,
        action=DEFAULT_ACTIONS[_CAT],
        excerpt=shown,
        where=where,
        reason=f"remove {what}: keep the conversation in Amazon messages",
    )
