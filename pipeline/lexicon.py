"""Word lists and phrase patterns for the plain-text boilerplate filter (German and English).

Everything here is generic widget vocabulary of news sites (newsletter boxes, comment
widgets, share bars, breadcrumbs, credits), written by hand for this project. No list
names a particular publisher. :mod:`pipeline.textclean` compiles these at import time.
"""

from __future__ import annotations

from pipeline.models import BoilerplateKind

__all__ = [
    "AGENCIES",
    "ARTICLE_END",
    "CREDIT_TAIL",
    "DATE_FILLER",
    "MONTHS",
    "PROMO_STRONG",
    "PROMO_WEAK",
    "STOPWORDS",
    "WHOLE_LINE",
    "WIDGET_PREFIX",
]

#: Function words of German and English; their share in a line separates prose from
#: menus, tags and headlines-only teasers.
_STOPWORD_TEXT = """
    der die das den dem des ein eine einer eines einem einen und oder aber doch denn
    nicht kein keine auch noch schon nur sehr so wie als wenn weil dass ob bei mit von
    vom zu zum zur für über unter auf aus an am im in ins nach vor seit bis durch gegen
    ohne um er sie es wir ihr ich du man sich sein seine seiner ihre ihren ihrem ist
    sind war waren wird werden wurde wurden hat haben hatte hatten kann können soll
    sollen will muss müssen könnte dies diese dieser dieses hier dort da dann damit
    jetzt heute mehr man was wer wo zwischen sowie etwa bereits rund laut zudem
    the a an and or but not no nor so as if than that this these those there here
    of to in on at by for with from about into over after before under between
    is are was were be been being has have had do does did will would can could
    should may might must shall he she it we they you i his her its our their them
    him us me my your who whom which what when where why how also only just more
    most some any all each other such up out than then too very new said says
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

#: Month names to month numbers, German and English, with common abbreviations.
MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "march": 3, "mar": 3, "mär": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "dezember": 12, "december": 12, "dez": 12, "dec": 12,
}  # fmt: skip

#: Words allowed next to a date on a date-only line ("Stand: 4.12.2024, 14:33 Uhr").
DATE_FILLER = (
    r"stand|veröffentlicht|aktualisiert|zuletzt|erstellt|datum|am|um|uhr|mez|mesz|"
    r"published|updated|posted|last|on|at|am|pm|gmt|utc|bst|edt|est|cet|cest|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun"
)

#: News agencies as they appear in credits and agency bylines ("dpa", "AFP/Reuters").
AGENCIES = (
    r"dpa|afp|ap|rtr|reuters|kna|epd|sid|apa|sda|ddp|dts|ots|upi|ians|pti|"
    r"associated press|getty images|picture alliance|keystone|shutterstock|"
    r"istock|action press|ullstein bild|xinhua|anadolu|efe|ansa|pa media|pa wire"
)

#: A photo credit at the end of a line makes the line an image caption.
CREDIT_TAIL = (
    r"(?:©|\(c\)|(?<![^\W\d])(?:foto|fotos|bild|bilder|bildquelle|bildrechte|photo|photos|"
    r"photograph|picture|image|"
    r"images|credit|grafik|illustration|video|quelle)\s*:)\s*[^.!?:]{1,90}\)?$"
    r"|\b(?:getty images|picture[ -]alliance|shutterstock|istock|keystone"
    r"|ap photo|afp via getty|reuters)\b[^.!?]{0,60}\)?$"
    r"|\bcourtesy of\b[^.!?]{0,60}\)?$"  # "Daniel Walbidi Courtesy of the Artist/Short St"
)

#: Lines that are boilerplate as a whole (after lowercasing, trailing ":" or "…" dropped).
WHOLE_LINE: dict[BoilerplateKind, tuple[str, ...]] = {
    "comments_widget": (
        r"(?:\d+\s+)?kommentare?",
        r"kommentar(?:e)? (?:schreiben|anzeigen|lesen|ausblenden|einblenden)",
        r"(?:jetzt )?kommentieren",
        r"(?:\d+\s+)?comments?",
        r"(?:show|view|hide|load|post|add|leave|read) (?:a |all |more )?comments?",
        r"(?:leave|post|add) a reply",
        r"join the (?:conversation|discussion)",
        r"zur diskussion|diskutieren sie mit|diskussion",
    ),
    "share_bar": (
        r"(?:(?:diesen |den )?(?:artikel|beitrag|seite) )?teilen",
        r"(?:share|teilen) (?:via|per|auf|on) .{1,20}",
        r"share(?: this| article| this article| on \w+)?",
        r"tweet|drucken|print|e-?mail|mail|pin|copy link|link kopieren|merken|speichern",
        r"(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|xing|pinterest|reddit|"
        r"e-?mail|messenger|flipboard|threads|bluesky|mastodon|drucken|print|teilen|share)"
        r"[\s,|/·•]*){2,}",
    ),
    "breadcrumb": (
        r"startseite|home|homepage|sie sind hier|you are here",
        r"(?:startseite|home)\s*[>›»/|].*",
        r"[^>›»]{1,30}(?:\s*[>›»]\s*[^>›»]{1,30}){2,}",
    ),
    "related_links": (
        r"(?:lesen sie )?(?:auch|mehr)(?: interessant| dazu| zum thema)?",
        r"auch interessant|das könnte sie (?:auch )?interessieren|empfehlungen?",
        r"weitere (?:artikel|beiträge|nachrichten|themen|news|meldungen)(?: zum thema)?",
        r"mehr (?:zum thema|dazu|aus dem ressort|nachrichten|news|artikel)(?: .{1,40})?",
        r"(?:read|see|up|watch) (?:more|also|next)|related(?: articles| stories| content| topics)?",
        r"(?:what to )?read next|latest(?: news| stories)?|trending(?: now)?",
        r"more (?:from|on|about|stories|news)(?: .{1,40})?|recommended(?: for you)?",
        r"you (?:may|might) also like|top stories|themen",
        r"(?:ähnliche|verwandte) (?:artikel|themen)|zum thema|dazu passend",
        r"more trending|most viewed|popular now|read more stories|you may like",
        r"(?:latest|top|more|neueste|weitere|aktuelle) (?:videos|artikel|news|nachrichten)"
        r"(?: .{1,30})?",
        r"(?:topics|categories|tags|schlagworte|schlagwörter)",
        r"(?:most read|most popular|meistgelesen)(?: in .{1,30})?|die redaktion empfiehlt",
        r"related (?:coverage|article|reading)|editor'?s'? picks",
        r"mehr von .{1,30}",
    ),
    "sources_stub": (
        r"quellen?|sources?|mit material (?:von|der) .{1,40}|material (?:von|aus) .{1,40}",
        r"(?:quelle|source|quellen|sources)\s*:\s*.{1,60}",
        r"(?:[a-zäöü]{1,5}/)*(?:" + AGENCIES + r")(?:/[a-zäöü]{1,5})*",
        r"\((?:" + AGENCIES + r")(?:/[a-zäöü]{1,5})*\)",
    ),
    "ad_label": (
        r"(?:anzeige|werbung|advertisement|advertising|sponsored|gesponsert|promotion)"
        r"(?:\s*[·|:-]\s*.{1,30})?",
        r"(?:weiter|continue) (?:nach|after) (?:der|the) (?:anzeige|werbung|advertisement)",
        r"story continues below(?: advertisement)?|article continues below|partner-?inhalt",
        r"advertorial",
    ),
    "paywall": (
        r"(?:jetzt )?(?:weiterlesen|weiter lesen|continue reading)(?: mit .{1,40})?",
        r"(?:bereits |schon )?abonnent\?.*|already (?:a )?(?:subscriber|subscribed)\?.*",
        r"(?:plus|premium|exklusiv)(?:-artikel| artikel|inhalt)?|log ?in|anmelden|einloggen",
        r"subscribe(?: now)?(?: to (?:continue|read).*)?|jetzt (?:abonnieren|testen).*",
        r"(?:\d+|eine?n?|zwei|drei|vier) (?:wochen?|monate?|tage?) (?:lang )?(?:kostenlos|gratis)"
        r" (?:testen|lesen)|try (?:it )?(?:for )?free(?: for \d+ (?:days|weeks|months))?",
    ),
    "newsletter_promo": (
        r"newsletter(?: abonnieren| bestellen| anmelden)?|sign up(?: now)?|jetzt anmelden",
    ),
    "cookie_notice": (
        r"(?:cookie|datenschutz|privacy)(?:-| )?(?:einstellungen|settings)",
        r"empfohlener (?:redaktioneller )?inhalt|ein klick für den datenschutz"
        r"|externer? inhalte?|external content",
    ),
    # Site furniture: account, navigation and form buttons of a flattened page.
    "other": (
        r"registrieren|log ?out|abmelden|abschicken|absenden|abbrechen|passwort vergessen\??",
        r"profil (?:anzeigen|bearbeiten)|mein konto|my account|(?:zurück )?nach oben|zurück",
        r"back to top|menü|menu|suche|search|schließen|close|mehr (?:anzeigen|laden)",
        r"(?:show|load|see) (?:more|all)|alle anzeigen|neueste|älteste|newest|oldest|/|•",
        r"impressum|imprint|kontakt|contact(?: us)?|agb|terms(?: of (?:use|service))?",
        r"datenschutz(?:erklärung)?|privacy(?: policy| notice)?|barrierefreiheit|accessibility",
        r"fehler melden|feedback|report (?:an )?(?:error|issue)|audio|video|podcast|galerie",
        r"embed|einbetten|gallery|bildergalerie|fotostrecke|zum artikel|zur startseite",
        r"mehr lesen|jetzt lesen",
        r"to view this video please enable javascript.*|search for|view more",
        r"[—–-] .{1,60}\(@\w+\) .{4,30}|pic\.twitter\.com/\w+",
        # Time stamps and durations of live tickers, teaser lists and video players.
        r"(?:•\s*)?vor \d+ (?:std|stunden?|min|minuten|tagen?)\.?",
        r"\d+ (?:mins?|minutes?|hours?|hrs?|days?) ago.{0,40}|watch now|jetzt ansehen",
        r"(?:video\s*)?\d{1,2}:\d{2}(?::\d{2})?(?![\d.])[^.!?]{0,40}",
        r"(?:©|copyright:?|\(c\))\s*.{1,60}|die artikel-url wurde .*|link (?:wurde )?kopiert",
        r"wie hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen\??",
        r"durchschnittliche bewertung.*",
        r"(?:was this|did you find this) (?:article|story) (?:helpful|useful)\??|rate this article",
        r"(?:die|der|zum|zur|über (?:den|die)) autor(?:in|en|innen)?|about the authors?|zur person",
    ),
}

#: Line openings that make the whole line a widget ("Lesen Sie auch: …").
WIDGET_PREFIX: dict[BoilerplateKind, str] = {
    "related_links": (
        r"(?:lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|mehr dazu|"
        r"das könnte sie auch interessieren|zum thema|weiterlesen|siehe auch|"
        r"read (?:more|also|next)|also read|see also|related|more on this|watch)\s*[:|»›>-]|"
        r"more on [\w'’ ]{1,30}:"  # "More on plastics: Pollution Is ..."
    ),
    "newsletter_promo": (
        r"(?:newsletter|melden sie sich|jetzt (?:kostenlos )?(?:anmelden|abonnieren)|"
        r"sign up|subscribe to)\b"
    ),
    "paywall": (
        r"(?:dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:exklusiv |nur )?für|"
        r"um (?:diesen|den) (?:artikel|beitrag) (?:weiter|vollständig )?(?:zu )?lesen|"
        r"this (?:article|story|content) is (?:only |exclusively )?(?:available )?"
        r"(?:only |exclusively )?(?:to|for) (?:[\w-]+ ){0,3}subscribers)"
    ),
    "cookie_notice": (
        r"(?:ich bin damit einverstanden, dass mir|an dieser stelle finden sie einen"
        r"|um (?:diesen|den) (?:externen )?inhalt (?:zu )?(?:sehen|laden|anzuzeigen)"
        r"|to view this content|this content is (?:hosted|provided) by)"
    ),
    "sources_stub": (
        r"(?:mit informationen (?:der|von|aus)|with files from|(?:additional )?reporting by"
        r"|\w+(?: \w+)? hat diese meldung (?:redaktionell )?nicht bearbeitet"
        r"|dies ist eine (?:maschinelle |automatische |automatisierte )?übersetzung"
        r"|this (?:article|story) (?:was|has been) (?:machine[- ]|automatically )?translated"
        r"|(?:lest|lesen sie) den originalartikel|read the original (?:article|story)"
        r"|über dieses thema berichtet(?:e|en)?\b)"
    ),
}

#: Strong promo cues: each one alone points at a newsletter / messenger / app promo.
PROMO_STRONG = (
    r"\bnewsletter|\babonnier|\bsubscrib|\bsign up\b|\bkein spam\b|\bno spam\b|"
    r"\bunsubscribe|\babmelden\b|\bin (?:dein|ihr|your)\w* (?:\w+ )?(?:postfach|inbox)|"
    r"\b(?:unser(?:en)?|our) (?:\w+-)?(?:kanal|channel)\b|\bjetzt (?:auch )?(?:auf|bei) "
    r"(?:whatsapp|telegram|instagram|facebook|tiktok|threads|bluesky|youtube|x\b)|"
    r"\bfolg(?:e|en sie|t) uns\b|\bfollow us\b|"
    r"\b(?:app|push-mitteilungen|push notifications)\b.{0,40}\b(?:laden|herunterladen|download"
    r"|aktivieren|enable)|\bdownload (?:the|our) app\b|\bby submitting your\b"
    r"|\b(?:kostenlos|gratis|free) (?:testen|lesen|trial)\b|\bprobeabo|\bfree trial\b"
    r"|\btesten sie (?:\w+ ){0,3}(?:wochen|monate|kostenlos|gratis)\b"
    r"|\b(?:journalismus|journalism) (?:braucht|needs) (?:deine|ihre|eure|your)\b"
    r"|\bsupport (?:our|independent) journalism\b|\bunterstützen sie (?:uns|unabhängigen)\b"
    r"|\b(?:news|special) (?:and )?offers\b|\bpreferred source\b|\bfollow \w+ on google news\b"
)

#: Weak promo cues: they only count next to a promo line (messenger names, informal
#: address of the reader, "update"), so a news text about WhatsApp stays intact.
PROMO_WEAK = (
    r"\b(?:whatsapp|telegram|instagram|facebook|tiktok|youtube|signal|threads|bluesky)\b|"
    r"\b(?:du|dich|dir|dein|deine|deinen|euch|euer)\b|\bupdates?\b|\b(?:kanal|channel)\b|"
    r"\bjetzt\b.{0,30}\b(?:auf|bei)\b|"
    r"\b(?:kostenlos|gratis|free)\b|\b(?:klick|click)"
)

#: Lines that open the reader-comment area or the page's teaser area after an article;
#: once the article has run for a while, nothing after them belongs to it.
ARTICLE_END = (
    r"(?:\d+\s+)?(?:kommentare|comments|leserkommentare|reader comments)(?:\s*\(\d+\))?"
    r"|(?:zu den|alle|show|view|load|see all|read) (?:kommentaren|kommentare|comments)"
    r"(?:\s*\(\d+\))?"
    r"|(?:leave|post|add|write) a (?:reply|comment)|join the (?:conversation|discussion)"
    r"|(?:kommentar|comment) (?:schreiben|verfassen|melden|abgeben)|diskutieren sie mit"
    r"|die kommentarfunktion .*|comments are closed|kommentare (?:sind )?geschlossen"
    r"|(?:share|teilen) or comment on this article.*"
)
