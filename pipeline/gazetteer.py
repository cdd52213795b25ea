"""Lexical resources and tokenisation shared by the language, topic and category stages.

Everything here is loaded once from the editable data files in :mod:`pipeline.data` (see the
header of each file for its format, source and licence) and cached for the life of the process.
Nothing is downloaded; adding a gazetteer entry or a keyword only means editing a data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal, NamedTuple

from simplemma import is_known as _simplemma_is_known
from simplemma import lemmatize as _simplemma_lemmatize

from pipeline.models import EntityKind

__all__ = [
    "ADJ_ENDINGS",
    "DE_ENDINGS",
    "POSSESSIVE",
    "Entry",
    "Gazetteer",
    "Suffixes",
    "Token",
    "WordLists",
    "clear_token_cache",
    "compound_head",
    "data_lines",
    "fold_de",
    "fold_word_de",
    "gazetteer",
    "german_noun",
    "ing_verb_form",
    "is_known",
    "lemma",
    "strip_possessive",
    "tokenize",
    "word_lists",
]

#: German adjective endings (and plural -s/-n) accepted after an adjective/demonym stem.
ADJ_ENDINGS: tuple[str, ...] = ("", "e", "en", "er", "es", "em", "n", "s")

_TOKEN_RE = re.compile(
    r"[^\W\d_][\w]*(?:[-'’.&/][^\W_][\w]*)*-?|\d[\d.,]*",
)
_ENUMERATOR_RE = re.compile(r"\d{1,2}\.")  # "6. Methylation ..." opening a list item
#: A number whose last character is punctuation after it, not part of it: a comma, or a full
#: stop after a year or a number with separators ("1921.", "1.000.", "3,5.").
_NUMBER_END_RE = re.compile(r"\d[\d.,]*,|\d{4,}\.|\d+[.,]\d[\d.,]*\.")
_BARE_NUMBER_RE = re.compile(r"\d{1,2}")  # "5 Finish the filling": a numbered heading
_QUOTES = " \t\"'„“”»«‚‘’"
_QUOTE_MARKS = frozenset('"„“”»«‚‘’')
_SENTENCE_BREAK_RE = re.compile(r"[.!?:;\"„“”»«–—]|\s-\s")
#: Datelines name where a story was filed, not what it is about: "Essen. Drei Städte ...",
#: "Berlin (dpa) - ...", "FLUSHING MEADOWS, N.Y. (AP) — ...", "BEIRUT/THE HAGUE (Reuters) -".
_DATELINE_RES = (
    re.compile(r"[A-ZÄÖÜ][\w-]{2,}(?:[ /][A-ZÄÖÜ][\w-]+){0,2}\. (?=[A-ZÄÖÜ„\"])"),
    re.compile(
        r"[A-ZÄÖÜ][\w-]+(?:[ /][A-ZÄÖÜ][\w-]+){0,2}(?:, [\w. ]{2,12})? ?\([\w /-]{2,30}\) ?[-–—:] "
    ),
    re.compile(r"[A-Z][A-Z'-]+(?:[ /][A-Z][A-Z'-]+){0,3}(?:, [A-Z][\w. ]{1,12})? ?[-–—] "),
)
#: Abbreviations before a name whose full stop ends no sentence ("St. Pauli", "Dr. Roth").
_TITLE_ABBREVIATIONS = frozenset(
    "st dr prof mr mrs ms jr sr mt ft gov sen rep gen lt col capt sgt hl".split()  # noqa: SIM905 - a readable word list
)
#: Abbreviations that may open a line with a full stop and so make no dateline ("Gov. Newsom").
_ABBREVIATIONS = _TITLE_ABBREVIATIONS | frozenset(
    ("hon", "rev", "inc", "corp", "ing", "dipl", "mag", "jun", "bzw")
)
#: A given name's initial or a firm's initials ("W", "R.M"); a full stop after them ends no
#: sentence, unless they are a place's, which often ends one ("moved to the U.S. Officials").
_INITIALS_RE = re.compile(r"[A-ZÄÖÜ]|[A-Z](?:\.[A-Z])+")
_PLACE_INITIALS = frozenset(("u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "n.y", "n.j", "u.s.a"))
_DATELINE_PARAS = 2  # only the first body paragraphs open with a dateline
#: Arabic name particles joined by a hyphen start a name part: "al-Scharaa", "el-Sisi".
_NAME_PREFIX_RE = re.compile(r"(?:al|el|ad|an|ar|as|at|az|ash|abu|bin|ibn|ben)-[A-ZÄÖÜ]")
_CLAUSE_GAP_RE = re.compile(r"[,;:()\[\]–—]|\s-\s")


class Token(NamedTuple):
    """One word of the input with the context the extractors need.

    A named tuple, not a frozen dataclass: an article has thousands of tokens, and building a
    frozen dataclass costs three times as much (a third of the tokenizer's time).
    """

    text: str
    lower: str
    para: int  # -1 for the title, then 0.. for body paragraphs
    start: bool  # first word of a sentence (or after an opening quote / dash)
    sep: bool  # punctuation between this token and the previous one
    cap: bool  # starts with an upper-case letter
    upper: bool  # all letters upper-case (acronym), at least two letters
    dateline: bool = False  # part of a dateline opening the article ("Essen. ", "LONDON (AP) —")
    clause: bool = False  # a comma, bracket or dash (not only quotes) before this token
    quote_open: bool = False  # a quotation mark right before this token ("„As Tears")
    quote_close: bool = False  # a quotation mark right after this token ("Go By“")
    amp: bool = False  # an ampersand between this token and the previous one ("Procter & Gamble")


def tokenize(title: str | None, body: str) -> list[Token]:
    """Split the title and each body line into tokens, flagging sentence starts."""
    return list(_tokenize(title, body))


def clear_token_cache() -> None:
    """Forget cached tokens (benchmarks time the tokenizer too)."""
    _tokenize.cache_clear()


@lru_cache(maxsize=4)
def _tokenize(title: str | None, body: str) -> tuple[Token, ...]:
    """Tokens of one article, cached: the topic and category stages read the same text."""
    out: list[Token] = []
    lines: list[tuple[int, str]] = []
    if title:
        lines.append((-1, title))
    para = 0
    for line in body.splitlines():
        if line.strip():
            lines.append((para, line))
            para += 1
    for idx, line in lines:
        prev_end = 0
        first = True
        dateline_end = _dateline_end(line) if 0 <= idx < _DATELINE_PARAS else 0
        prev_lower = prev_text = ""
        enumerated = False
        heading_end = line.rstrip().endswith((".", "!", "?", ":"))
        for m in _TOKEN_RE.finditer(line):
            text = m.group()
            gap = line[prev_end : m.start()]
            prev_end = m.end()
            if text[-1] in ".," and _NUMBER_END_RE.fullmatch(text):
                # "in 1921. The Coliseum", "In 2021, Apple": the stop or comma is punctuation
                # (a short number keeps its stop: "am 4. November", "6. Methylation")
                text = text[:-1]
                prev_end -= 1
            sep = gap != " " and bool(gap.strip())  # most gaps are one space: skip the regexes
            # "Procter & Gamble", "Oil & Natural Gas Corporation": the ampersand joins a name
            amp = sep and gap.strip() == "&" and text[:1].isupper() and prev_text[:1].isupper()
            if amp:
                sep = False
            # a mark touching the word before closes a quotation ("By“ und"), one touching the
            # word after opens one (" „As")
            if sep and out and out[-1].para == idx and gap[:1] in _QUOTE_MARKS:
                out[-1] = out[-1]._replace(quote_close=True)
            if (
                sep
                and gap.strip() == "."
                and (prev_lower in _TITLE_ABBREVIATIONS or _INITIALS_RE.fullmatch(prev_text))
            ):
                # "St. Pauli", "Dr. Anna Roth", "George W. Bush", "R.M. Palmer Co.": the full
                # stop ends no sentence
                sep = prev_lower in _PLACE_INITIALS
                if not sep and prev_lower not in _TITLE_ABBREVIATIONS:
                    # the initial keeps its full stop in labels ("George W. Bush")
                    out[-1] = out[-1]._replace(text=prev_text + ".")
            # a quotation mark alone opens no sentence: "die „Vulkangruppe“", 'the "Eras" tour'
            start = (
                first
                or enumerated
                or (sep and bool(_SENTENCE_BREAK_RE.search(gap)) and bool(gap.strip(_QUOTES)))
            )
            # "6. Methylation nutrients ...": a list item's number opens it, the word is no name
            enumerated = first and (
                _ENUMERATOR_RE.fullmatch(text) is not None
                # a bare number only on a line with no full stop: a step's heading, not
                # "2 Tore von Kane reichten."
                or (_BARE_NUMBER_RE.fullmatch(text) is not None and not heading_end)
            )
            lower = text.lower()
            prev_lower = lower
            prev_text = text
            first = False
            c0 = text[2] if len(text) > 2 and text[1] in "'’" else text[0]
            out.append(
                Token(
                    text=text,
                    lower=lower,
                    para=idx,
                    start=start,
                    sep=sep,
                    cap=c0.isupper() or ("-" in text[2:4] and bool(_NAME_PREFIX_RE.match(text))),
                    upper=_is_upper(text),
                    dateline=m.end() <= dateline_end,
                    clause=sep and bool(_CLAUSE_GAP_RE.search(gap)),
                    quote_open=sep and gap[-1:] in _QUOTE_MARKS,
                    amp=amp,
                )
            )
    return tuple(out)


#: English possessive endings ("Starmer's", "Starmer’s").
POSSESSIVE = ("'s", "’s")


def strip_possessive(text: str) -> str:
    """A word without an English possessive ending ("UK's" -> "UK")."""
    return text[:-2] if text.endswith(POSSESSIVE) else text


def _is_upper(text: str) -> bool:
    """Whether a word is written in capitals (two letters or more): an acronym ("UK's" too)."""
    text = strip_possessive(text)
    if not text.isupper():
        return False  # also False when no letter is cased
    return sum(c.isalpha() for c in text) >= 2


def _dateline_end(line: str) -> int:
    """End offset of a dateline opening ``line`` (0 when there is none)."""
    if len(line) < 60:
        return 0  # a dateline opens a paragraph of running text, not a caption or heading
    stripped = line.lstrip()
    offset = len(line) - len(stripped)
    for pattern in _DATELINE_RES:
        m = pattern.match(stripped)
        if m is not None and m.group().split(".", 1)[0].lower() not in _ABBREVIATIONS:
            return offset + m.end()
    return 0


@lru_cache(maxsize=65536)
def compound_head(word: str, min_modifier: int = 2, min_head: int = 4) -> str | None:
    """Head noun of a German compound ("Raketenprogramm" -> "Programm"): the longest ending
    the dictionary knows, after at least ``min_modifier`` letters; None when there is none."""
    for k in range(min_modifier, len(word) - min_head + 1):
        cand = word[k:].capitalize()
        if is_known(cand, lang="de"):
            return cand
    return None


@lru_cache(maxsize=65536)
def is_known(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary knows a word (cached: the topic passes ask often)."""
    # simplemma raises on an empty string, which "X-".rsplit("-") and the like produce
    return bool(word) and bool(_simplemma_is_known(word, lang=lang))


def ing_verb_form(low: str) -> bool:
    """Whether a lower-case English word in "-ing" is a verb form ("saying", "citing"), not a
    noun ("swing", "evening"): what is left without "-ing" is a dictionary verb."""
    stem = low[:-3]
    return (
        low.endswith("ing")
        and len(stem) >= 3
        and (is_known(stem, lang="en") or is_known(stem + "e", lang="en"))
    )


def german_noun(word: str) -> bool:
    """Whether a word is a German dictionary noun (known, and its lemma capitalised)."""
    return is_known(word, lang="de") and lemma(word, "de")[:1].isupper()


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """Lemma of one word (simplemma, offline); the word itself for unsupported languages."""
    if language not in ("de", "en") or not word[:1].isalpha():
        return word
    try:
        result: str = _simplemma_lemmatize(word, lang=language)
    except (ValueError, KeyError):  # pragma: no cover - defensive, simplemma is total
        return word
    if language == "de" and word[:1].isupper() and "ß" in result and "ß" not in word:
        # the lemma data keeps pre-1996 spellings of nouns ("Ausschüsse" -> "Ausschuß"); keep
        # the writer's "ss" ("Ausschuss"); verbs keep "ß" ("erschossen" -> "erschießen")
        result = result.replace("ß", "ss")
    if language == "de" and result == word[:-1] and word.lower() in word_lists().noun_names:
        return word  # "Halle": the lemma data's "Hall" is another word
    return result


def data_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of a data file (``#`` starts a comment)."""
    text = files("pipeline.data").joinpath(name).read_text(encoding="utf-8")
    result = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            result.append(line)
    return result


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for line in data_lines(name) for w in line.split())


@dataclass(frozen=True, slots=True)
class Suffixes:
    """Word endings, found by a word's last letters instead of tried one after another."""

    by_tail: dict[str, tuple[str, ...]]  # the endings by their last ``tail`` letters
    tail: int

    @classmethod
    def of(cls, endings: tuple[str, ...]) -> Suffixes:
        """The index of some endings (empty ones are left out: they would match every word)."""
        kept = [e for e in endings if e]
        tail = min((len(e) for e in kept), default=1)
        by_tail: dict[str, list[str]] = {}
        for ending in kept:
            by_tail.setdefault(ending[-tail:], []).append(ending)
        return cls({k: tuple(v) for k, v in by_tail.items()}, tail)

    def match(self, word: str) -> bool:
        """Whether ``word`` ends with one of the endings."""
        found = self.by_tail.get(word[-self.tail :])
        return found is not None and word.endswith(found)


@dataclass(frozen=True, slots=True)
class WordLists:
    """Stoplists, first names, role/organisation/event cue words."""

    stop_de: frozenset[str]
    stop_en: frozenset[str]
    generic: frozenset[str]
    verbs_en: frozenset[str]  # English verbs that head no noun phrase ("hear", "explain")
    gerunds_en: frozenset[str]  # their "-ing" forms that are nouns still ("distance learning")
    first_names: frozenset[str]
    role_words: frozenset[str]
    speech_words: frozenset[str]  # German speech verbs beside a speaker ("sagte", "so")
    role_suffixes: Suffixes  # a hundred and more: tried on every capitalised word
    title_words: frozenset[str]  # English words opening a title ("Deputy Prime Minister")
    portfolio_roles: frozenset[str]  # English roles a portfolio may open ("Education Secretary")
    peer_titles: frozenset[str]  # English peers' titles kept with the name ("Lord Woolf")
    royal_titles: frozenset[str]  # titles kept with a royal's given name ("Fürstin Charlène")
    professions: tuple[str, ...]  # role words that are a topic with no name after ("Psychologe")
    place_offices: frozenset[str]  # English roles held for a place ("Uvalde Mayor ...")
    location_cues: frozenset[str]
    org_cues: frozenset[str]
    org_heads: tuple[str, ...]  # German nouns ending an apposition before a firm ("Autohersteller")
    place_words: frozenset[str]
    org_words: frozenset[str]
    org_suffixes: tuple[str, ...]
    org_compounds: tuple[str, ...]
    concept_acronyms: frozenset[str]
    noun_names: frozenset[str]  # German places, given names that are nouns ("Essen", "Roman")
    toponym_heads: frozenset[str]  # nouns whose inflected forms end town names ("-kirchen")
    work_words: tuple[str, ...]  # words naming a work before its quoted title ("Album")
    colours: tuple[str, ...]  # German colour words, also ending shades ("Pastellgelb")
    bodies: frozenset[str]  # German nouns for an elected body ("Landtag"): organisations
    event_suffixes: tuple[str, ...]
    event_words: frozenset[str]
    storm_heads: frozenset[str]  # words before a storm's name ("hurricane", "orkan")
    named_days: frozenset[str]  # German named days, events as whole words ("Muttertag")
    compound_synonyms: tuple[tuple[str, str], ...]
    verb_nouns: dict[str, dict[str, str]]  # language -> verb form -> noun ("starb" -> "Tod")

    def stop(self, language: str) -> frozenset[str]:
        """Function words to ignore for ``language`` (German text also drops English ones)."""
        if language == "en":
            return self.stop_en
        return self.stop_de | self.stop_en

    def is_event_word(self, lower: str) -> bool:
        """Whether a lower-cased German word names an event ("muttertag", "klimagipfel")."""
        # a named day, or a compound on an event head after three letters or more
        if lower in self.named_days:
            return True
        if not lower.endswith(self.event_suffixes):
            return False
        return any(lower.endswith(s) and len(lower) >= len(s) + 3 for s in self.event_suffixes)

    def is_role(self, lower: str) -> bool:
        """Whether a lower-cased token is a role/title word that introduces a person."""
        return (
            lower in self.role_words
            or lower in self.speech_words
            or self.role_suffixes.match(lower)
        )

    def is_profession(self, lower: str) -> bool:
        """Whether a role word names a profession, a topic when no name follows it."""
        # a role word ending in one ("Strafverteidiger"); "reactor" is no role, so no "actor"
        return self.is_role(lower) and lower.endswith(self.professions)

    def is_office(self, lower: str) -> bool:
        """Whether a role word names an office or rank, no profession ("Kanzlerin")."""
        return self.is_role(lower) and not lower.endswith(self.professions)


def _prefixed_lines(name: str) -> dict[str, list[str]]:
    """Lines of a word list by their ``key:`` prefix; lines without one under ``""``."""
    out: dict[str, list[str]] = {}
    for line in data_lines(name):
        key, sep, value = line.partition(":")
        if sep and " " not in key.strip():
            out.setdefault(key.strip().lower(), []).append(value)
        else:
            out.setdefault("", []).append(line)
    return out


def _split(values: list[str]) -> tuple[str, ...]:
    """The words of a data file's values ("portfolio: secretary minister" lines)."""
    return tuple(w for v in values for w in v.split())


def _prefixed(name: str) -> dict[str, list[str]]:
    """The values of a data file's ``key: value`` lines by key, lower-cased."""
    return {
        key: [value.strip().lower() for value in values]
        for key, values in _prefixed_lines(name).items()
        if key
    }


@cache
def word_lists() -> WordLists:
    """All small word lists, loaded once."""
    roles = _prefixed("roles.txt")
    verb_lines = _prefixed_lines("verbs_en.txt")
    verbs = frozenset(w.lower() for w in _split(verb_lines.get("", [])))
    gerunds = frozenset(w.lower() for w in _split(verb_lines.get("gerund", [])))
    orgs = _prefixed("org_words.txt")
    events = _prefixed("event_heads.txt")
    synonyms = []
    for line in data_lines("compound_synonyms_de.txt"):
        left, _, right = line.partition("->")
        if left.strip() and right.strip():
            synonyms.append((left.strip().lower(), right.strip().lower()))
    verb_nouns: dict[str, dict[str, str]] = {"de": {}, "en": {}}
    for line in data_lines("verb_nouns.txt"):
        head, _, forms = line.partition(":")
        lang, _, noun = head.strip().partition(" ")
        for form in forms.split():
            verb_nouns.setdefault(lang, {}).setdefault(form.lower(), noun.strip())
    return WordLists(
        stop_de=_words("stopwords_de.txt"),
        stop_en=_words("stopwords_en.txt"),
        generic=_words("generic_nouns.txt") | verbs,
        verbs_en=verbs,
        gerunds_en=gerunds,
        first_names=_words("first_names.txt"),
        role_words=frozenset(roles.get("word", [])),
        speech_words=frozenset(_split(roles.get("speech", []))),
        role_suffixes=Suffixes.of(tuple(roles.get("suffix", []))),
        title_words=frozenset(_split(roles.get("title", []))),
        portfolio_roles=frozenset(_split(roles.get("portfolio", []))),
        peer_titles=frozenset(_split(roles.get("peer", []))),
        royal_titles=frozenset(_split(roles.get("royal", []))),
        professions=_split(roles.get("profession", [])),
        place_offices=frozenset(_split(roles.get("place-office", []))),
        location_cues=frozenset(roles.get("location", [])),
        org_cues=frozenset(roles.get("organization", [])),
        org_heads=_split(roles.get("organization-head", [])),
        place_words=frozenset(orgs.get("location", [])),
        org_words=frozenset(orgs.get("word", [])),
        org_suffixes=tuple(orgs.get("suffix", [])),
        org_compounds=tuple(orgs.get("compound", [])),
        concept_acronyms=frozenset(_split(orgs.get("concept", []))),
        noun_names=frozenset(_split(orgs.get("noun", []))),
        toponym_heads=frozenset(_split(orgs.get("toponym", []))),
        colours=_split(orgs.get("colour", [])),
        bodies=frozenset(_split(orgs.get("body", []))),
        work_words=_split(orgs.get("work", [])),
        event_suffixes=tuple(events.get("suffix", [])),
        event_words=frozenset(events.get("word", [])),
        storm_heads=frozenset(_split(events.get("storm", []))),
        named_days=frozenset(_split(events.get("day", []))),
        compound_synonyms=tuple(synonyms),
        verb_nouns=verb_nouns,
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry."""

    kind: EntityKind
    label_de: str
    label_en: str
    hints: tuple[str, ...]  # IPTC top-level codes, e.g. "medtop:11000000"

    def label(self, language: str) -> str:
        """The canonical label for an article in ``language``."""
        return self.label_en if language == "en" else self.label_de


AliasKey = tuple[str, ...]
Lang = Literal["de", "en"]


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Alias tables: token tuples (lower-cased) to entry index, per article language."""

    entries: tuple[Entry, ...]
    aliases: dict[str, dict[AliasKey, int]]  # language -> alias -> entry
    exact_case: frozenset[str]  # short all-caps aliases that must match case-sensitively
    adjectives: dict[str, int]  # inflected adjective/demonym (lower) -> entry
    #: first word of a multi-word alias (lower-cased; German also with its ending folded) ->
    #: the most words an alias opening with it has; a name opens with no other word
    longest: dict[str, int]
    folded_de: dict[AliasKey, int]  # multi-word German aliases with adjective endings folded
    by_label: dict[str, dict[str, Entry]]  # language -> canonical label -> entry
    #: abbreviations written after a place and a comma, lower-cased without their full stop
    #: (AP style: "West Reading, Pa." -> "pa"); aliases written ", Pa." in the data files
    after_place: dict[str, int]

    def span(self, first: str, language: str) -> int:
        """The most words a gazetteer name opening with lower-cased ``first`` can have (German
        adjective endings folded: only German aliases are folded)."""
        longest = self.longest.get(first, 1)
        if language != "de":
            return longest
        return max(longest, self.longest.get(fold_word_de(first), 1))


DE_ENDINGS = ("em", "en", "er", "es", "e")  # German adjective endings, longest first


def fold_de(key: AliasKey) -> AliasKey:
    """Strip German adjective endings from all but the last word ("Roten Kreuz" ~ "Rotes Kreuz")."""
    return (*(fold_word_de(word) for word in key[:-1]), key[-1])


def fold_word_de(word: str) -> str:
    """One word without a German adjective ending ("roten" -> "rot")."""
    for ending in DE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _alias_key(alias: str) -> AliasKey:
    return tuple(t.group().lower() for t in _TOKEN_RE.finditer(alias))


#: Loaded first, in this order (earlier entries win a shared alias); any further
#: ``gazetteer_*.txt`` a user adds to ``pipeline/data`` is loaded after them, by name.
_GAZETTEER_FILES = (
    "gazetteer_locations.txt",
    "gazetteer_organizations.txt",
    "gazetteer_people.txt",
    "gazetteer_events.txt",
)


def _gazetteer_files() -> list[str]:
    """The built-in gazetteer files, then any other ``gazetteer_*.txt`` in the data folder."""
    extra = sorted(
        p.name
        for p in files("pipeline.data").iterdir()
        if p.name.startswith("gazetteer_") and p.name.endswith(".txt")
    )
    return [*_GAZETTEER_FILES, *(n for n in extra if n not in _GAZETTEER_FILES)]


_KINDS: frozenset[str] = frozenset(("person", "organization", "location", "event"))


@cache
def gazetteer() -> Gazetteer:
    """Load all ``gazetteer_*.txt`` files once."""
    entries: list[Entry] = []
    aliases: dict[str, dict[AliasKey, int]] = {"de": {}, "en": {}}
    exact: set[str] = set()
    adjectives: dict[str, int] = {}
    after_place: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    for name in _gazetteer_files():
        for line in data_lines(name):
            fields = [f.strip() for f in line.split("|")]
            fields += [""] * (6 - len(fields))
            kind, label_de, label_en, alias_f, adj_f, hint_f = fields[:6]
            if kind not in _KINDS or not label_de:
                continue
            label_en = label_en or label_de
            hints = tuple(
                f"medtop:{h.strip().zfill(2)}000000" for h in hint_f.split(";") if h.strip()
            )
            key = (kind, label_de)
            if key in seen:
                # a later line for the same entry (a user's own file, say) adds to it
                idx = seen[key]
                old = entries[idx]
                extra = tuple(h for h in hints if h not in old.hints)
                entries[idx] = Entry(old.kind, old.label_de, old.label_en, old.hints + extra)
            else:
                idx = len(entries)
                seen[key] = idx
                entries.append(Entry(kind, label_de, label_en, hints))  # type: ignore[arg-type]
            alias_list = [a.strip() for a in alias_f.split(";") if a.strip()]
            for lang, own in (("de", label_de), ("en", label_en)):
                table = aliases[lang]
                for alias in [own, *alias_list]:
                    if alias.startswith(","):
                        # ", Pa.": written after a place and a comma ("West Reading, Pa.")
                        after_place.setdefault(alias[1:].strip().rstrip(".").lower(), idx)
                        continue
                    ak = _alias_key(alias)
                    if ak and ak not in table:
                        table[ak] = idx
                    if lang == "de" and "ß" in alias:
                        # Swiss and Liechtenstein German write "ss": "Weisses Haus"
                        table.setdefault(_alias_key(alias.replace("ß", "ss")), idx)
                    if alias.isupper() and len(alias) <= 3:
                        exact.add(alias)
                # an acronym labelling the entry in the other language names it in this one too
                # ("CDC", "FDA", "OSZE" in English text), written in capitals only
                other = label_en if lang == "de" else label_de
                if other != own and other.replace("-", "").isupper():
                    table.setdefault(_alias_key(other), idx)
                    exact.add(other)
            for adj in adj_f.split(";"):
                stem = adj.strip().lower()
                if not stem:
                    continue
                for ending in ADJ_ENDINGS:
                    adjectives.setdefault(stem + ending, idx)
                    adjectives.setdefault((stem + ending).replace("ß", "ss"), idx)
    folded: dict[AliasKey, int] = {}
    for akey, idx in aliases["de"].items():
        if len(akey) > 1:
            folded.setdefault(fold_de(akey), idx)
    longest: dict[str, int] = {}
    for words in [*(k for table in aliases.values() for k in table), *folded]:
        if len(words) > longest.get(words[0], 1):
            longest[words[0]] = len(words)
    by_label = {lang: {e.label(lang): e for e in entries} for lang in ("de", "en")}
    return Gazetteer(
        tuple(entries),
        aliases,
        frozenset(exact),
        adjectives,
        longest,
        folded,
        by_label,
        after_place,
    )
