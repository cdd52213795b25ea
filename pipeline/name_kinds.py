"""Kind evidence for unknown names: is a capitalised run a person, organisation or location?

Cue words next to the run decide (first names, role words such as "Generalsekretär"/"said",
place, organisation and event words), then the run's shape (dictionary words, acronyms, given
names). :mod:`pipeline.names` finds the runs and credits them.
"""

from __future__ import annotations

import re

from pipeline.gazetteer import Token, WordLists, compound_head, is_known, lemma
from pipeline.models import EntityKind
from pipeline.phrase_forms import DETERMINERS_DE, after_determiner
from pipeline.topic_demote import is_code
from pipeline.topic_doc import Doc, is_role
from pipeline.topic_sport import is_sport_story

__all__ = [
    "COMPASS_EN",
    "GENERATIONAL",
    "NOUN_SUFFIXES",
    "SPEECH_EN",
    "WEAK_ORG",
    "WEAK_PERSON",
    "WEAK_VOTE",
    "acronym_like",
    "acronym_plural",
    "classify",
    "roman_numeral",
]

#: German derivational noun endings: a word with one is a common noun, not a name.
NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "ität",
    "ismus",
    "nis",
    "tum",
    "ment",
    "ie",
    "ik",
    "ur",
)
_LOC_PREPS = frozenset(("in", "at", "from", "near", "across"))
# not "bei": "bei Lego" is a firm
_LOC_PREPS_DE = frozenset(("in", "nach", "aus", "zwischen", "nahe"))
#: An English name nothing vouches for is guessed to be an organisation, with a weak vote that
#: other mentions of the same name ("in Jasper", "Bowles said") outweigh.
WEAK_ORG = "organization?"
WEAK_PERSON = "person?"
WEAK_VOTE = 0.3
SPEECH_EN = frozenset(("said", "says", "told", "added", "wrote", "explained", "according"))


#: English compass words: they open place names ("North Tyneside", "West Bank").
#: Generational suffixes that end a person's name ("Al Unser Jr."), lower case.
GENERATIONAL = frozenset(("jr", "sr"))
COMPASS_EN = frozenset(("north", "south", "east", "west"))


def _cue(doc: Doc, start: int, end: int) -> str | None:
    """'person' / 'location' when a role or place word stands next to the run; the employer's
    kind when a role and a person's name follow it (:func:`_employer`)."""
    toks = doc.tokens
    para = toks[start].para
    for j in range(start - 1, max(start - 4, -1), -1):
        if toks[j].para != para:
            break
        low = toks[j].lower
        if low in doc.words.location_cues:
            return "location"
        if j == start - 1 and low in doc.words.org_cues and not toks[start].sep:
            return "organization"  # "video game company Activision Blizzard"
        if is_role(doc.words, low):
            return "person"
        if doc.lang == "en" and low in SPEECH_EN:
            return "person"
        if toks[j].start:
            break
    for j in range(end, min(end + 3, len(toks))):
        if toks[j].para != para or toks[j].start:
            break
        low = toks[j].lower
        # "Weir said" names the speaker; in "a lecturer from Nottingham, said" the comma does not
        if doc.lang == "en" and low in SPEECH_EN and not (j == end and toks[j].sep):
            return "person"
        if is_role(doc.words, low) and j == end:
            return _employer(doc, j) or "person"
    return None


def _employer(doc: Doc, j: int) -> EntityKind | None:
    """What an English run before role word ``j`` is when a person's name follows the role:
    the employer ("Activision Blizzard CEO Bobby Kotick") or the place of the office ("Uvalde
    Mayor Don McLaughlin"); None when no name follows ("Smith CEO" is no pattern)."""
    toks = doc.tokens
    if doc.lang != "en" or toks[j].sep:
        return None
    k = j + 1
    while k < len(toks) and k <= j + 3 and not toks[k].sep and is_role(doc.words, toks[k].lower):
        k += 1  # "Chief Executive Officer"
    if k >= len(toks) or toks[k].para != toks[j].para or toks[k].sep or toks[k].start:
        return None
    if not toks[k].cap or toks[k].lower in doc.stop:
        return None
    roles = {t.lower for t in toks[j:k]}
    return "location" if roles & doc.words.place_offices else "organization"


def _single_cue(doc: Doc, i: int) -> EntityKind | None:
    """Kind cued by a word right next to a single-word name ("Generalsekretär Rutte")."""
    toks = doc.tokens
    para = toks[i].para
    j = i - 1
    if j > 0 and toks[j].lower in ("of", "von") and toks[j - 1].para == para:
        j -= 1  # "city of Malatya"
    if j >= 0 and toks[j].para == para:
        low = toks[j].lower
        if low in doc.words.location_cues:
            return "location"
        if low in doc.words.org_cues or (doc.lang == "de" and low.endswith(doc.words.org_heads)):
            return "organization"
        if is_role(doc.words, low) or (doc.lang == "en" and low in SPEECH_EN):
            return "person"
    if (
        i + 1 < len(toks)
        and toks[i + 1].para == para
        and not toks[i + 1].start
        and not toks[i + 1].sep
    ):
        low = toks[i + 1].lower
        if doc.lang == "en" and low in SPEECH_EN:
            return "person"
    return None


def _name_shaped(doc: Doc, tok: Token) -> bool:
    """Whether a single capitalised German word looks like a name rather than a noun."""
    if doc.lang == "en":
        return True
    if "-" in tok.text:
        parts = tok.text.split("-")
        if all(p[:1].isupper() and p.isalpha() for p in parts):
            if parts[0].isupper() and is_known(parts[-1], lang="de"):
                return False  # "LTE-Netzen", "DHB-Pokal": a code before a noun is a compound
            # "Crans-Montana", "Nußdorf-Debant": a name, unless made of words ("Ahrtal-Flut")
            return not all(is_known(p, lang="de") for p in parts)
        return tok.text.split("-", 1)[1][:1].islower()
    if tok.lower.endswith(NOUN_SUFFIXES) or tok.lower in doc.words.generic:
        return False
    lm = lemma(tok.text, "de")
    return lm == tok.text or (tok.text.endswith("s") and lm == tok.text[:-1])


def _common_noun_elsewhere(doc: Doc, tok: Token) -> bool:
    """Whether the article writes this German word after a determiner too ("seinen Besuch")."""
    return any(t.text == tok.text and after_determiner(doc, k) for k, t in enumerate(doc.tokens))


def _brand_shaped(tok: Token) -> bool:
    """Whether a German capitalised word is no dictionary word nor compound of one (a brand)."""
    text = tok.text
    if "-" in text or tok.upper or len(text) < 5 or not text.isalpha():
        return False
    if text[:2].isupper():
        return True  # "ITZBund", "ZDFneo": an abbreviation grown into a name, no compound noun
    if is_known(text, lang="de") or is_known(tok.lower, lang="en") or text.endswith(NOUN_SUFFIXES):
        return False
    # a compound of known words ("Samenspender", "Abnehmspritze") is a noun, not a name
    if compound_head(text, min_modifier=3) is not None:
        return False
    return lemma(text, "de") == text


#: Surname particles written with a capital inside ("McCarthy", "DeSantis"): no brand.
_NAME_PARTICLES = ("mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "o")


def _camel_case_brand(text: str) -> bool:
    """Whether a word has a capital inside after lower-case letters and no surname particle
    before it ("ConocoPhillips", "PayPal"; not "McCarthy", "DeSantis")."""
    if not text.isalpha() or len(text) < 5 or not text[0].isupper():
        return False
    inner = next((k for k in range(2, len(text)) if text[k].isupper() and text[k - 1].islower()), 0)
    return inner > 0 and text[:inner].lower() not in _NAME_PARTICLES


def demonym(doc: Doc, lower: str) -> bool:
    """Whether a word is a place's adjective or demonym ("Swiss", "Thüringer", "Kölner")."""
    if lower in doc.gaz.adjectives:
        return True
    if doc.lang != "de" or not lower.endswith("er") or len(lower) < 6:
        return False
    table = doc.gaz.aliases["de"]
    stem = lower[:-2]
    return (stem,) in table or (stem + "en",) in table


def _english_word(tok: Token) -> bool:
    """Whether a capitalised word is an English dictionary word and no German one."""
    return is_known(tok.lower, lang="en") and not is_known(tok.text, lang="de")


def _plural_noun_en(lower: str) -> bool:
    """Whether an English word is a plural of a dictionary noun ("friends", "officials")."""
    return len(lower) > 4 and lower.endswith("s") and is_known(lower[:-1], lang="en")


def acronym_like(tok: Token) -> bool:
    """Whether a token is a short code of capitals, mixed case allowed ("THW", "ThSV", "VfL")."""
    text = tok.text
    caps = sum(c.isupper() for c in text)
    return (
        2 <= len(text) <= 6
        and text.isalpha()
        and caps >= 2
        and text[0].isupper()
        and not is_code(tok.lower)  # "GB Datenvolumen", "GWh Kapazität": a unit, no club
    )


#: Endings of German place names ("Viernheim", "Gütersloh" aside): a capitalised word with one,
#: in its base form, after "in"/"von" is a town, not the noun it ends in.
_PLACE_ENDINGS_DE = (
    "heim", "hausen", "dorf", "stadt", "burg", "berg", "feld", "ingen", "hofen", "rode",
    "leben", "born", "bach", "hagen", "kirchen", "walde", "brück", "furt", "weiler", "stedt",
)  # fmt: skip


def _german_place_name(tok: Token) -> bool:
    """Whether a capitalised German word is shaped like a town name ("Viernheim", "Weinheim")."""
    text = tok.text
    if not text.isalpha() or not text[:1].isupper() or text.isupper() or len(text) < 6:
        return False
    low = text.lower()
    return low.endswith(_PLACE_ENDINGS_DE) and lemma(text, "de") == text


def _german_town(doc: Doc, tok: Token) -> bool:
    """Whether a town-shaped German word is never used as a noun here ("im Wohnheim")."""
    if not _german_place_name(tok):
        return False
    return not any(doc.adjacent(det, tok.lower) for det in DETERMINERS_DE)


#: A Roman numeral, perhaps with a letter ("II", "Ib", "IIb"): a number in a label.
_ROMAN_RE = re.compile(r"(i{1,3}|iv|vi{0,3}|ix|x)([a-c]?)")


def roman_numeral(text: str) -> bool:
    """Whether a word is a Roman numeral written in capitals ("I", "IV"; "X" aside)."""
    return text.isupper() and text != "X" and _ROMAN_RE.fullmatch(text.lower()) is not None


def _english_gerund(tok: Token) -> bool:
    """Whether a capitalised word is an English "-ing" noun no German dictionary knows."""
    low = tok.lower
    return (
        low.endswith("ing")
        and len(low) > 5
        and is_known(low, lang="en")
        and not is_known(tok.text, lang="de")
    )


def _numbered_class(doc: Doc, first: Token, second: str) -> bool:
    """Whether a word and a Roman numeral name a class or stage ("Klade Ib", "Phase III",
    German "Klade I"), not a ruler ("Louis XIV", "Ludwig I") or "Plattform X"."""
    m = _ROMAN_RE.fullmatch(second)
    if m is None or second == "x" or first.lower in doc.words.first_names:
        return False
    if m.group(2) or doc.lang == "de":
        return True  # a lettered numeral; German writes no "I" for "ich"
    return len(second) > 1 and is_known(first.lower, lang="en")


_AND = frozenset(("und", "oder", "sowie", "and", "or"))


def _paired_with_place(doc: Doc, i: int) -> bool:
    """Whether "and"/"or" joins token ``i`` to a gazetteer place right before it."""
    if i < 2:
        return False
    tok, conj, place = doc.tokens[i], doc.tokens[i - 1], doc.tokens[i - 2]
    return (
        conj.lower in _AND
        and not conj.sep
        and not tok.sep
        and place.para == tok.para
        and doc.is_place(place.lower)
    )


def _before_region(doc: Doc, run: list[int]) -> bool:
    """Whether a comma and a gazetteer place follow the run: "Keokuk, Iowa" (AP style)."""
    k = run[-1] + 1
    if k + 1 < len(doc.tokens) and doc.tokens[k + 1].cap and not doc.tokens[k + 1].sep:
        return False  # the place opens a longer name: "Ames, Iowa State University"
    if k >= len(doc.tokens) or not doc.tokens[k].clause or not doc.tokens[k].cap:
        return False
    return doc.tokens[k].para == doc.tokens[run[0]].para and doc.is_place(doc.tokens[k].lower)


_MIN_SHADE_PREFIX = 3  # "Pastell-gelb", "Knall-rot"; "Weiß" alone is a surname too


def _shade(words: WordLists, lower: str) -> bool:
    """Whether a German word is a compound on a colour word ("pastellgelb", "dunkelblau")."""
    return any(
        lower.endswith(c) and len(lower) - len(c) >= _MIN_SHADE_PREFIX for c in words.colours
    )


def classify(doc: Doc, run: list[int]) -> str | None:
    """Kind of an unknown capitalised run, or None when it is no name."""
    toks = [doc.tokens[j] for j in run]
    lows = [t.lower for t in toks]
    words = doc.words
    if all(w in words.generic for w in lows):
        return None
    if len(toks) == 1 and acronym_plural(toks[0].text, words.concept_acronyms):
        return "keyphrase"  # "PCs", "DVDs": things, not organisations
    if (
        len(toks) == 1
        and "/" in lows[0]
        and all(p in words.concept_acronyms for p in lows[0].split("/"))
    ):
        return "keyphrase"  # "HIV/Aids": a thing written in capitals
    if doc.lang == "de" and len(toks) > 1 and _english_gerund(toks[-1]):
        return "keyphrase"  # "Sex Trafficking", "Air Gapping", "Machine Learning": a practice
    if len(toks) == 2 and _numbered_class(doc, toks[0], lows[1]):
        return "keyphrase"  # "Klade Ib", "Phase III": a class or stage; "Louis XIV" stays
    if (
        len(toks) <= 3
        and acronym_like(toks[0])
        and not all(t.upper for t in toks)
        and (lows[0],) not in doc.gaz.aliases[doc.lang]
    ):
        return "organization"  # "ThSV Eisenach", "VfL Wolfsburg", "BioNTech": a club or firm
    # "Kennedy Shoal", "Sydney Harbour" are places; after a given name the place word is a
    # surname ("Stephen Cape")
    surname_like = len(lows) == 2 and lows[0] in words.first_names and not doc.is_place(lows[0])
    if len(toks) > 1:
        # the head word decides: "Jasper Park Lodge" is a hotel, "Jasper National Park" a park;
        # an organisation word in German too ("Silicon Valley Bank", "Deutsche Bank"), before a
        # place word inside the name (German suffixes also end common nouns)
        head = lows[-1]
        if head in words.org_words or (doc.lang == "en" and head.endswith(words.org_suffixes)):
            return "organization"
        if doc.lang == "en":
            if head in words.place_words and not surname_like:
                return "location"
            if head in words.event_words:
                return "event"  # "South Bank Show Awards"
            if lows[0] in COMPASS_EN:
                return "location"  # "North Tyneside", "East Anglia"
    if len(toks) > 1 and any(w in words.place_words for w in lows) and not surname_like:
        return "location"
    if (
        len(toks) == 2
        and doc.lang == "de"
        and doc.is_place(lows[-1])
        and lows[0] not in words.first_names  # "Holger Brandenburg" is a person
    ):
        return "organization"  # "Füchse Berlin", "Partizan Belgrad": a club, not the city
    if (len(toks) > 1 or toks[0].upper) and any(
        w in words.org_words or w.endswith(words.org_suffixes) for w in lows
    ):
        return "organization"
    if doc.lang == "de" and words.is_event_word(lows[-1]):
        # "Münchner Sicherheitskonferenz" is an event; a lone "Veteranentag" is left to the
        # keyphrase pass, which marks it as an event too
        return "event" if len(toks) > 1 else None
    if len(toks) == 1 and doc.lang == "de" and _shade(words, lows[0]):
        return None  # "in Pastellgelb", "in Knallrot": a colour, no place
    cue = _cue(doc, run[0], run[-1] + 1)
    if len(toks) == 1:
        tok = toks[0]
        nxt = doc.tokens[run[0] + 1] if run[0] + 1 < len(doc.tokens) else None
        if (
            nxt is not None
            and nxt.para == tok.para
            and nxt.start
            and nxt.text[:1].islower()
            # "in Akihabara – einem Stadtteil": after a dash a long word is no abbreviation
            and not (nxt.clause and len(tok.text) > 4 and "." not in tok.text)
        ):
            return None  # "Anmerk. d. Red.": an abbreviation, the full stop ends no sentence
        letters = sum(c.isalpha() for c in tok.text)
        if tok.upper and 2 <= letters <= 6:
            # "AI", "DNA": an abbreviation for a thing; "FBI", "NDB": an organisation
            return "keyphrase" if tok.lower in words.concept_acronyms else "organization"
        if doc.lang == "en" and tok.start and _plural_noun_en(tok.lower):
            return None  # "Friends said ...", "Neighbours told ...": people, but no name
        if doc.lang == "en" and tok.start and tok.lower in doc.uncapped:
            return None  # "Police said ..." in a story that writes "the police": no name
        head = tok.lower.rsplit("-", 1)[-1] if "-" in tok.lower else ""
        if head in words.place_words and not doc.knows(tok.text.split("-", 1)[0]):
            return "location"  # "Shwedagon-Pagode", "Maya-Stätte": a named building or site
        single = _single_cue(doc, run[0])
        if single == "person" and doc.lang == "de" and _common_noun_elsewhere(doc, tok):
            return None  # "Trump sagt Besuch zu" in a story that writes "seinen Besuch"
        if single is not None and _name_shaped(doc, tok):
            return single
        if doc.lang == "en" and tok.start and is_known(tok.lower, lang="en"):
            return None  # "Prosecutors said ...": a common word opening the sentence
        if doc.lang == "en" and tok.start and _camel_case_brand(tok.text):
            return WEAK_ORG  # "ConocoPhillips said ...": a firm even when it opens the sentence
        if doc.lang == "en" and tok.start and _unknown_word_en(doc, tok):
            # "Ethereum decreased by 1%": a word of no language opening a sentence is a name
            return WEAK_ORG
        prev = doc.tokens[run[0] - 1].lower if run[0] > 0 else ""
        if (
            doc.lang == "de"
            and prev in _LOC_PREPS_DE
            and not is_known(tok.text, lang="de")
            and _name_shaped(doc, tok)
        ):
            return "location"  # "zwischen Garmisch und Murnau"
        if doc.lang == "de" and prev in (*_LOC_PREPS_DE, "von") and _german_town(doc, tok):
            return "location"  # "in Weinheim", "von Viernheim": a town by its ending
        if _paired_with_place(doc, run[0]) and _name_shaped(doc, tok) and not doc.knows(tok.text):
            return "location"  # "zwischen Garmisch-Partenkirchen und Murnau"
        if doc.lang == "en" and not tok.start:
            if prev == "at" and run[0] > 1 and is_role(words, doc.tokens[run[0] - 2].lower):
                return "organization"  # "managing director at Rabobank": an employer
            if prev in _LOC_PREPS or tok.lower in words.place_words or _before_region(doc, run):
                return "location"  # "in Westmount", "the Coliseum", "Keokuk, Iowa"
            if tok.lower.endswith(words.org_suffixes) or tok.lower in words.org_words:
                return "organization"
            if is_known(tok.lower, lang="en") and (
                tok.lower in doc.uncapped or (nxt is not None and is_role(words, nxt.lower))
            ):
                # a dictionary word the article also writes in lower case ("Election",
                # "Defense" in a subhead), or one before a role ("Prime Minister"): no name
                return None
            if tok.lower in words.first_names and not is_known(tok.lower, lang="en"):
                # "Becca", "Ronnie": a person called by the given name ("Bill" is legislation)
                return WEAK_PERSON
            if is_sport_story(doc) and not is_known(tok.lower, lang="en"):
                return WEAK_PERSON  # "Moutet", "Gallagher": a match report names players
            return WEAK_ORG
        if (
            doc.lang == "de"
            and tok.lower in words.first_names
            and not tok.start
            and not is_known(tok.text, lang="de")  # "Maya", "Marine" are German words too
        ):
            return WEAK_PERSON  # "Andrij", "Maxym": soldiers named by their given names only
        if doc.lang == "de" and _brand_shaped(tok):
            return "organization"  # "Klarmobil", "Quantumscape": a made-up word names a firm
        return None
    if doc.lang == "en" and all(t.upper and is_known(t.lower, lang="en") for t in toks):
        return None  # "WARNING GRAPHIC", "BREAKING NEWS": shouted words, no name
    if lows[0] in words.first_names or (len(toks) > 2 and lows[-1] in GENERATIONAL):
        return "person"  # "Al Unser Jr.": a generational suffix ends a person's name
    if (
        doc.lang == "de"
        and cue != "person"
        and all(is_known(t.lower, lang="en") for t in toks)
        and any(_english_word(t) for t in toks)
    ):
        return WEAK_ORG  # "Star Wars", "Steering Board": an English title or brand in German text
    if (
        doc.lang == "de"
        and cue != "person"
        and run[0] > 0
        and doc.tokens[run[0] - 1].lower in _LOC_PREPS_DE
        and not is_known(toks[-1].text, lang="de")
    ):
        return "location"  # "in Khan Yunis", "aus Nir Oz": a foreign place after a preposition
    if cue == "person":
        # a role or speech cue next to a run no given name opens still needs a name's shape:
        # "Air Force said", "GB LTE", "Patents EP2237607" are no people
        return "person" if _person_shaped(doc, toks) else WEAK_ORG
    if cue == "location":
        return "location"
    if cue == "organization":
        return "organization"  # "Activision Blizzard CEO Bobby Kotick": the employer
    if not _person_shaped(doc, toks):
        if (
            len(toks) == 2
            and _place_alias(doc, toks[0])
            and not toks[1].upper
            and not is_known(toks[1].text, lang="de")
            and not is_known(lows[1], lang="en")
        ):
            return WEAK_PERSON  # "Virginia Giuffre", "Rom Braslavski": a given name like a place
        if doc.lang == "en" or (lows[0],) in doc.gaz.aliases[doc.lang] or demonym(doc, lows[0]):
            return WEAK_ORG  # "Texas Instruments", "Thüringer Landstolz": a place opens a brand
        return None
    last = toks[-1].text
    if "-" in last and last.split("-", 1)[1][:1].islower() and len(last.split("-", 1)[1]) <= 4:
        return "person"  # "Wi Sung-lac", "Kim Jong-un"
    if doc.lang == "en":
        # two or three words none of which is an English word: a foreign personal name
        # ("Issam Abdallah"); organisation names are usually made of ordinary words
        if len(toks) <= 3 and not any(is_known(t.lower, lang="en") for t in toks):
            return "person"
        if len(toks) == 2 and not is_known(lows[0], lang="en") and lows[0] not in words.stop_en:
            if lows[1].endswith(("ian", "ean")) and is_known(lows[1], lang="en"):
                return None  # "a Westmount Victorian": a place and a style, no person
            return WEAK_PERSON  # "Sigourney Weaver": an unknown given name before a surname
        return WEAK_ORG
    if (
        len(toks) <= 4
        # a surname is rarely a dictionary word when no given name vouches for the run
        # ("Osttiroler Eltern", "Arbeitsmarkt Fuß" are noun phrases, not people)
        and not is_known(toks[-1].text, lang="de")
        and all(
            len(t.text) <= 12
            and not t.lower.endswith(NOUN_SUFFIXES)
            and t.lower not in words.generic
            for t in toks
        )
    ):
        return "person"
    return None


def _unknown_word_en(doc: Doc, tok: Token) -> bool:
    """Whether a capitalised word is no English word, function word or abbreviation."""
    return (
        tok.text.isalpha()
        and len(tok.text) >= 4
        and not tok.upper
        and tok.lower not in doc.stop
        and not is_known(tok.lower, lang="en")
    )


def _place_alias(doc: Doc, tok: Token) -> bool:
    """Whether a token alone is a gazetteer place as written ("Rom"; "Ebu" is no "EBU")."""
    return doc.is_place(tok.lower) and (tok.upper or tok.lower.upper() not in doc.gaz.exact_case)


def _person_shaped(doc: Doc, toks: list[Token]) -> bool:
    """Whether a run no given name opens can still be a personal name.

    Acronyms, codes with digits, and runs of ordinary dictionary words ("Air Force",
    "Volksschulen Nord") are not.
    """
    if any(t.upper or any(c.isdigit() for c in t.text) for t in toks):
        return False
    if (toks[0].lower,) in doc.gaz.aliases[doc.lang]:
        return False  # "Texas Instruments": a place opens a firm's name, not a person's
    if demonym(doc, toks[0].lower):
        return False  # "Thüringer Landstolz", "Swiss Re": a demonym opens a brand, not a person
    if doc.lang == "en":
        return not all(is_known(t.lower, lang="en") for t in toks)
    head = toks[0]
    if head.lower.endswith(NOUN_SUFFIXES) or head.lower in doc.words.generic:
        return False
    # an inflected dictionary word ("Volksschulen", "Thüringer") opens no name
    return not (is_known(head.text, lang="de") and lemma(head.text, "de") != head.text)


def acronym_plural(text: str, concepts: frozenset[str]) -> bool:
    """Whether a word is the plural of an abbreviation for a thing ("PCs", "TVs")."""
    stem = text[:-1]
    return text.endswith("s") and len(stem) >= 2 and stem.isupper() and stem.lower() in concepts
