"""Where an unknown name starts and ends: words that open no name and words trimmed from a run.

:mod:`pipeline.names` builds runs of capitalised words; the rules here keep a compound noun
("Gaetz-Rückzug"), a genitive's noun ("Hillary Clintons Verweis"), a person noun before the name
("Lehrer Rejhan Nisic") or an English modifier compound ("San Francisco-headquartered") out of it.
"""

from __future__ import annotations

from pipeline.gazetteer import (
    Token,
    compound_head,
    german_noun,
    is_known,
    lemma,
    strip_possessive,
)
from pipeline.name_kinds import NOUN_SUFFIXES, acronym_like, demonym
from pipeline.topic_doc import Doc

__all__ = [
    "ADJ_ENDINGS_EN",
    "and_in_institution",
    "apposition",
    "attributive_adjective",
    "cut_at_genitive",
    "cut_common_noun_after_code",
    "cut_noun_after_person",
    "generic_in_name",
    "inflected_compound",
    "institution_compound",
    "modifier_compound",
    "noun_compound",
    "noun_like",
    "person_noun_lead",
    "saint",
    "stop_led_name",
]

#: Endings of English adjectives written with a capital ("Jewish", "Federal", "Indigenous").
ADJ_ENDINGS_EN = ("ish", "ese", "ian", "ic", "al", "ous", "ive")


def attributive_adjective(doc: Doc, i: int) -> bool:
    """Whether a lone English capitalised word at ``i`` is an adjective before its noun.

    "the Jewish community", "Federal officials", "Indigenous groups": a dictionary word with an
    adjective ending, directly before a lower-case word. "Kardashian family" stays a name (no
    dictionary word), as do given names ("Christian said").
    """
    toks = doc.tokens
    tok = toks[i]
    if doc.lang != "en" or not tok.lower.endswith(ADJ_ENDINGS_EN):
        return False
    if tok.lower in doc.words.first_names or not is_known(tok.lower, lang="en"):
        return False
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        nxt.para == tok.para
        and not nxt.sep
        and not nxt.cap
        and nxt.text.isalpha()
        and nxt.lower not in doc.stop
    )


#: Endings of German nouns for people ("Lehrer", "Meteorologin", "Aktivistin", "Präsident").
_PERSON_NOUN_ENDINGS = ("er", "in", "or", "ist", "ent", "ant", "loge", "eur")


_LONG_COMPOUND = 10  # letters of a word read as a compound of nouns ("Psychothriller")


def cut_at_genitive(doc: Doc, run: list[int]) -> list[int]:
    """End a German run at a name in the genitive before a common noun.

    "Hillary Clintons Verweis" is Clinton's reference: the name is "Hillary Clintons", whose
    genitive is stripped later; "Verweis" is left to the keyphrase pass.
    """
    toks = doc.tokens
    for k in range(len(run) - 1):
        low = toks[run[k]].lower
        nxt = toks[run[k + 1]]
        if (
            len(low) > 3
            and low.endswith("s")
            and low[:-1] in doc.lowers
            and nxt.lower not in doc.words.first_names
            and german_noun(nxt.text)
            # "des Philologenverbands NRW": an institution and its region stay one name
            and not (nxt.upper and institution_compound(doc, low))
        ):
            return run[: k + 1]
    return run


def cut_noun_after_person(doc: Doc, run: list[int]) -> list[int]:
    """End a German run opened by a given name at a common noun after the surname.

    "Robert Altmans Militär-Satire", "Corinna Budras Wirtschaftskorrespondentin": the name
    is the given name and surname; the noun says what follows or who the person is.
    """
    toks = doc.tokens
    first_names = doc.words.first_names
    if len(run) < 3 or toks[run[0]].lower not in first_names:
        return run
    for k in range(2, len(run)):
        if all(toks[j].lower in first_names for j in run[:k]):
            continue  # "Maria Luise Weber": the surname comes after two given names
        if noun_like(toks[run[k]].text):
            return run[:k]
    return run


def noun_like(text: str) -> bool:
    """Whether a capitalised German word is a common noun or a compound on one."""
    if "-" in text:
        return german_noun(text.rsplit("-", 1)[1])  # "Militär-Satire"
    return german_noun(text) or (len(text) >= _LONG_COMPOUND and compound_head(text) is not None)


def cut_common_noun_after_code(doc: Doc, run: list[int]) -> list[int]:
    """Drop an inflected German common noun ending a run that a code opens ("ADFC Noten"):
    the name is the code, the noun is what the sentence says of it.

    Only inflected nouns: the dictionary also knows places ("FC Kaiserslautern").
    """
    toks = doc.tokens
    if len(run) < 2 or not acronym_like(toks[run[0]]):
        return run
    last = toks[run[-1]]
    inflected = lemma(last.text, "de") != last.text
    if inflected and german_noun(last.text) and not _institution_or_place(doc, last.lower):
        return run[:-1]
    return run


def _institution_or_place(doc: Doc, low: str) -> bool:
    """Whether a lower-cased word names an institution or place ("Institut", "Stätte",
    "Montana"): such a word ends a name rather than a sentence about it."""
    words = doc.words
    return (
        (low,) in doc.gaz.aliases[doc.lang]
        or low in words.org_words
        or low.endswith(words.org_suffixes)
        or low in words.place_words
    )


def person_noun_lead(doc: Doc, run: list[int]) -> bool:
    """Whether a German run of three or more words opens with a noun for a person before the
    name itself ("Lehrer Rejhan Nisic"); the role list does not know every job."""
    if len(run) < 3:
        return False
    toks = doc.tokens
    lead = toks[run[0]]
    low = lead.lower
    if low in doc.words.first_names or not low.endswith(_PERSON_NOUN_ENDINGS):
        return False
    if is_known(lead.text, lang="de"):
        return german_noun(lead.text)
    # a compound whose head the dictionary knows: "Betroffenen|vertreter", "Meteo|rologin"
    return compound_head(lead.text, min_modifier=3, min_head=5) is not None


def generic_in_name(doc: Doc, tok: Token) -> bool:
    """Whether a generic word ends no name here: in German text an English word ("Truth
    Social") is part of the name. An English possessive does not hide it ("Saturday's")."""
    if strip_possessive(tok.lower) not in doc.words.generic:
        return False
    return doc.lang == "en" or is_known(tok.text, lang="de")


def and_in_institution(doc: Doc, run: list[int], lower: str) -> bool:
    """Whether "and" continues an English institution's name.

    After "of" in a run with an organisation word ("Bureau of Engraving and Printing"), or when
    the capitalised words after it end in one ("Public and Commercial Services Union",
    "National Oceanic and Atmospheric Administration"); so "Israel and Gaza" stay two names.
    """
    if lower != "and" or doc.lang != "en":
        return False
    toks = doc.tokens
    lows = [toks[j].lower for j in run]
    if "of" in lows and any(w in doc.words.org_words for w in lows):
        return True
    if doc.is_place(lows[-1]) or toks[run[0]].lower in doc.words.first_names:
        return False  # "Britain and France", "Mary and Joseph"
    k = run[-1] + 2
    last = None
    while k < len(toks) and toks[k].cap and not (toks[k].start or toks[k].sep):
        if toks[k].para != toks[run[0]].para or toks[k].lower in doc.stop:
            break
        last = toks[k].lower
        k += 1
    return last is not None and last in doc.words.org_words


def modifier_compound(text: str) -> bool:
    """Whether an English hyphenated word ends in a lower-case word ("Indian-controlled").

    Such compounds modify a noun ("San Francisco-headquartered", "AI-powered"), as ranges do
    ("July-to-September"); they name nothing themselves. "Kim Jong-un" and "Rolls-Royce" do
    not end in a dictionary word.
    """
    if "-" not in text:
        return False
    if "-to-" in text.lower():
        return True  # a range or route: "July-to-September quarter", "Boston-to-Washington"
    tail = text.rsplit("-", 1)[1]
    if len(tail) < 4 or not tail.islower():
        return False
    return is_known(tail, lang="en") or tail.endswith(("ed", "ing"))  # "-headquartered"


def noun_compound(doc: Doc, tok: Token) -> bool:
    """Whether a German hyphenated word ends in a common noun ("Gaetz-Rückzug", "Trump-Deal").

    Such a compound names a thing, not the entity inside it; the keyphrase pass credits it.
    Heads that name institutions or places ("Max-Planck-Institut", "Maya-Stätte") and double
    names after a given name stay names.
    """
    if "-" not in tok.text:
        return False
    first, head = tok.text.split("-", 1)[0], tok.text.rsplit("-", 1)[1]
    if len(head) < 4 or not head[:1].isupper() or first.lower() in doc.words.first_names:
        return False
    # "Tanker-Stürmung": a noun by its ending, even one the dictionary lacks
    if not (head.lower().endswith(NOUN_SUFFIXES) and len(head) >= 6) and not german_noun(head):
        return False
    # "Crans-Montana": the dictionary knows "Montana", the gazetteer the place
    low = head.lower()
    return not (_institution_or_place(doc, low) or low.endswith(doc.words.org_heads))


def inflected_compound(doc: Doc, tok: Token) -> bool:
    """Whether an unknown German word is a compound of two dictionary nouns with an inflected
    head ("Erziehungsstellen", "Verkehrstunneln", "Vatikanangaben"): a common noun, even
    after "in" or "nach". Place names keep theirs ("Gelsenkirchen": "Gelsen" is no noun;
    "Eisenhüttenstadt": "Stadt" is no inflected form; "Waldkirchen": a place name's head).
    """
    text = tok.text
    if "-" in text or not text.isalpha() or is_known(text, lang="de"):
        return False
    head = compound_head(text, min_modifier=4)
    if head is None:
        return False
    head_lemma = lemma(head, "de")
    if (
        head_lemma == head
        or not head_lemma[:1].isupper()
        or head_lemma.lower() in doc.words.toponym_heads
    ):
        return False
    modifier = text[: len(text) - len(head)]
    return any(
        german_noun(form.capitalize())
        for form in (modifier, modifier[:-1] if modifier.endswith("s") else "")
        if len(form) >= 4
    )


def saint(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is "St." opening a name ("St. Louis", "St. Pauli")."""
    toks = doc.tokens
    return (
        toks[i].lower == "st"
        and toks[i].cap
        and i + 1 < len(toks)
        and toks[i + 1].cap
        and not toks[i + 1].sep
        and toks[i + 1].para == toks[i].para
    )


_ORDINALS_EN = frozenset(("first", "second", "third", "fourth", "fifth"))
_ARTICLES = frozenset(("a", "an", "i"))


def stop_led_name(doc: Doc, i: int) -> bool:
    """Whether an English capitalised function word mid-sentence opens a name ("Just Stop Oil").

    A lower-case word must come before it (so a title-case headline does not count) and two
    capitalised content words after it; one after an ordinal ("First Nations", "Second
    Amendment").
    """
    toks = doc.tokens
    # an ordinal or "The" written with a capital mid-sentence opens a title ("The Lancet")
    need = 1 if toks[i].lower in _ORDINALS_EN or toks[i].lower == "the" else 2
    if doc.lang != "en" or toks[i].start or i == 0 or i + need >= len(toks):
        return False
    prev = toks[i - 1]
    # "The Second Amendment", "Politically, First Nations": an ordinal after "the" or a comma
    after_the = need == 1 and (prev.lower == "the" or toks[i].sep)
    if prev.para != toks[i].para or (prev.cap and not after_the) or toks[i].lower in _ARTICLES:
        return False
    for tok in toks[i + 1 : i + 1 + need]:
        if (
            tok.para != toks[i].para
            or not tok.cap
            or tok.start
            or tok.sep
            or tok.lower in doc.stop
            or tok.upper
        ):
            return False
    return True


def institution_compound(doc: Doc, lower: str) -> bool:
    """Whether a lower-cased German word is an institution's compound, in the genitive too
    ("landgericht", "philologenverbands")."""
    suffixes = doc.words.org_suffixes
    return lower.endswith(suffixes) or (lower.endswith("s") and lower[:-1].endswith(suffixes))


def apposition(doc: Doc, i: int, j: int) -> bool:
    """Whether German token ``i`` is a common noun standing before the name at ``j``."""
    lead, nxt = doc.tokens[i], doc.tokens[j]
    if institution_compound(doc, lead.lower):
        return False  # "Landgericht Itzehoe", "des Landgerichts Itzehoe": one name
    # short nouns only when they announce a firm or product ("Shop Fruugo", "App RMVgo")
    short = len(lead.text) < 5 and not (
        lead.lower in doc.words.org_heads or lead.lower in doc.words.org_cues
    )
    if lead.lower in doc.words.first_names or lead.upper or short:
        return False
    # a hyphenated compound is a noun when its last part is one ("Maya-Stätte", "Usyk-Promoter")
    head = lead.text.rsplit("-", 1)[-1]
    if not head[:1].isupper() or not german_noun(head):
        return False
    # an apposition follows an article, preposition or adjective ("beim Hersteller Bimota",
    # "der britischen Großbank HSBC"), while a name follows its role ("Landrat Ottmar Brümmerstedt")
    if i == 0 or doc.role_before(i):
        return False
    prev = doc.tokens[i - 1]
    if prev.para != lead.para:
        return False
    # a demonym may stand between ("im Berliner Ortsteil Johannisthal")
    if prev.lower not in doc.stop and (prev.sep or (prev.cap and not demonym(doc, prev.lower))):
        return False
    return (
        nxt.lower in doc.words.first_names
        or nxt.upper
        or not is_known(nxt.text, lang="de")
        or demonym(doc, nxt.lower)  # "die Marke Thüringer Landstolz"
    )
