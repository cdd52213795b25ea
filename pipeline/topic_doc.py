"""Working state shared by the topic passes: tokens, accumulated evidence, weights.

See :mod:`pipeline.topics` for the overall method.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TypeVar

from pipeline.gazetteer import (
    POSSESSIVE,
    Entry,
    Gazetteer,
    Token,
    WordLists,
    gazetteer,
    is_known,
    strip_possessive,
    tokenize,
    word_lists,
)
from pipeline.models import EntityKind

__all__ = [
    "ROLE_BONUS",
    "Acc",
    "Doc",
    "entry_key",
    "genitive_variants",
    "is_entry_key",
    "is_role",
    "name_key",
    "sole_keys",
]

K = TypeVar("K")

_TITLE_W = 2.5
_LEAD_W = 1.5
_TITLE_REF_PARAS = 12
_TITLE_EXP = 0.5
_DATELINE_W = 0.5  # "Essen. ...": where the story was filed, often a newsroom's home town
ROLE_BONUS = 1.4  # a person introduced by their role is a news actor


@dataclass(slots=True)
class Acc:
    """Accumulated evidence for one topic."""

    kind: EntityKind
    label: str
    weight: float = 0.0
    count: int = 0
    paras: set[int] = field(default_factory=set)
    surfaces: dict[str, float] = field(default_factory=dict)
    first: int = 1 << 30
    fixed_label: bool = False
    votes: dict[EntityKind, float] = field(default_factory=dict)

    def best_kind(self) -> EntityKind:
        """The kind most mentions vouch for (the first mention's kind on a tie)."""
        if not self.votes:
            return self.kind
        top = max(self.votes.values())
        if self.votes.get(self.kind, 0.0) >= top:
            return self.kind
        return max(self.votes, key=lambda k: self.votes[k])


class Doc:
    """Working state for one article."""

    def __init__(self, title: str | None, body: str, lang: str) -> None:
        self.lang = lang
        self.tokens = tokenize(title, body)
        if lang == "en":
            self.tokens = _uncap_title_case(self.tokens, gazetteer().aliases["en"])
        self.used = [False] * len(self.tokens)
        self.lowers = frozenset(t.lower for t in self.tokens)
        self.uncapped = frozenset(t.lower for t in self.tokens if not t.cap)  # "election" as well
        self.compound_entity = [False] * len(self.tokens)
        self.acc: dict[str, Acc] = {}
        self.gaz: Gazetteer = gazetteer()
        self.words: WordLists = word_lists()
        self.stop = self.words.stop(lang)
        self._pairs: Counter[tuple[str, str]] | None = None  # built on first use
        self.sport_cues: int | None = None  # match words in the article, counted on first use
        self._surnames: frozenset[str] | None = None  # built on first use
        # a keyphrase's label as shown, when most mentions carry one adjective: ranking and
        # demotion see the noun ("Konzern"), readers the phrase ("chinesischer Konzern")
        self.phrases: dict[str, str] = {}
        # a title stands for the whole story: in a long story it outweighs more body mentions
        paras = self.tokens[-1].para + 1 if self.tokens else 0
        self.title_w: float = _TITLE_W * max(1.0, float(paras / _TITLE_REF_PARAS) ** _TITLE_EXP)

    def given_name(self, tok: Token) -> bool:
        """Whether a token is a capitalised given name ("Lloyd"; "Will China act?" has none)."""
        return tok.cap and tok.lower in self.words.first_names and tok.lower not in self.stop

    def surnames(self) -> frozenset[str]:
        """Lower-cased words written right after a capitalised given name ("Lloyd Austin")."""
        if self._surnames is None:
            self._surnames = frozenset(
                b.lower
                for a, b in pairwise(self.tokens)
                if self.given_name(a)
                and b.cap
                and not b.upper  # "... Paris US": an acronym is no surname
                and not b.sep
                and a.para == b.para
            )
        return self._surnames

    def is_place(self, lower: str) -> bool:
        """Whether one lower-cased word alone is a gazetteer place ("kiel", "us", "rom")."""
        idx = self.gaz.aliases[self.lang].get((lower,))
        return idx is not None and self.gaz.entries[idx].kind == "location"

    def knows(self, text: str) -> bool:
        """Whether the article's language has the word: German as written (a noun keeps its
        capital), English in lower case (a capital only opens a sentence or marks a name)."""
        return is_known(text if self.lang == "de" else text.lower(), lang=self.lang)

    def shown(self, label: str, kind: EntityKind) -> str:
        """A topic's label as readers see it: a keyphrase with its adjective when most mentions
        carry one ("chinesischer Konzern"), every other label as it is."""
        return self.phrases.get(label, label) if kind == "keyphrase" else label

    def name_heads(
        self, max_words: int, kinds: tuple[EntityKind, ...] = ("organization", "location")
    ) -> dict[str, str | None]:
        """The last word (lower-cased) of each name of two to ``max_words`` words and one of
        ``kinds`` -> its key; None when two names end in the word. Hyphens part words too
        ("Shwedagon-Pagode" ends in "pagode")."""
        return sole_keys(
            (words[-1].lower(), key)
            for key, acc in self.acc.items()
            if 2 <= len(words := acc.label.replace("-", " ").split()) <= max_words
            and acc.best_kind() in kinds
        )

    def merge(self, key: str, target: str, *, vote_cap: float | None = None) -> None:
        """Fold the mentions of topic ``key`` into ``target`` and drop ``key``; its kind votes
        count for the target too, each at most ``vote_cap`` when given (0: none)."""
        acc, tgt = self.acc.pop(key), self.acc[target]
        tgt.weight += acc.weight
        tgt.count += acc.count
        tgt.paras |= acc.paras
        tgt.first = min(tgt.first, acc.first)
        if vote_cap == 0.0:
            return
        for kind, vote in acc.votes.items():
            if vote_cap is not None:
                vote = min(vote, vote_cap)
            tgt.votes[kind] = tgt.votes.get(kind, 0.0) + vote

    def adjacent(self, first: str, second: str) -> int:
        """How often lower-cased ``second`` follows ``first`` with no punctuation between."""
        if self._pairs is None:
            self._pairs = Counter((a.lower, b.lower) for a, b in pairwise(self.tokens) if not b.sep)
        return self._pairs[(first, second)]

    def pos_weight(self, i: int) -> float:
        """Weight of a mention at token ``i``: title and lead count more."""
        tok = self.tokens[i]
        if tok.dateline:
            return _DATELINE_W
        if tok.para < 0:
            return self.title_w
        return _LEAD_W if tok.para == 0 else 1.0

    def add(
        self,
        key: str,
        kind: EntityKind,
        label: str,
        i: int,
        weight: float,
        *,
        fixed: bool = False,
        vote: float = 1.0,
    ) -> Acc:
        """Add one mention of a topic; ``vote`` is how sure this mention is of ``kind``."""
        acc = self.acc.get(key)
        if acc is None:
            acc = self.acc[key] = Acc(kind=kind, label=label, fixed_label=fixed)
        w = weight * self.pos_weight(i)
        acc.weight += w
        acc.count += 1
        if not self.tokens[i].dateline:  # where a story was filed does not make it lead news
            acc.paras.add(self.tokens[i].para)
        acc.first = min(acc.first, i)
        acc.votes[kind] = acc.votes.get(kind, 0.0) + vote
        if not acc.fixed_label:
            acc.surfaces[label] = acc.surfaces.get(label, 0.0) + w
        return acc

    def role_before(self, i: int, *, speech: bool = True) -> bool:
        """Whether token ``i`` is introduced by a role word ("Machthaber Kim Jong-un"); with
        ``speech`` false, a speech verb does not count ("sagt Noa" gives no title)."""
        if i == 0 or self.tokens[i - 1].para != self.tokens[i].para:
            return False
        low = self.tokens[i - 1].lower
        return is_role(self.words, low) and (speech or low not in self.words.speech_words)

    def add_entry(self, idx: int, i: int, weight: float) -> Acc:
        """Add one mention of a gazetteer entry (a role word before a person counts more)."""
        entry: Entry = self.gaz.entries[idx]
        if entry.kind == "person" and weight >= 1.0 and self.role_before(i):
            weight *= ROLE_BONUS
        return self.add(entry_key(idx), entry.kind, entry.label(self.lang), i, weight, fixed=True)


_TITLE_CASE_SHARE = 0.6  # of a title's longer words capitalised: a Title Case headline


def _uncap_title_case(tokens: list[Token], aliases: Mapping[tuple[str, ...], int]) -> list[Token]:
    """In a Title Case headline, capitals only mark the words the body capitalises too.

    "Aaron Bushnell, Who Self-Immolated for Palestine, Had Grown Deeply Disillusioned" would
    otherwise yield the names "Self-Immolated" and "Grown Deeply Disillusioned".
    """
    title = [t for t in tokens if t.para < 0]
    longer = [t for t in title if len(t.text) >= 4 and t.text[:1].isalpha()]
    if len(longer) < 3 or sum(t.cap for t in longer) < _TITLE_CASE_SHARE * len(longer):
        return tokens
    body_caps = {t.lower for t in tokens if t.para >= 0 and t.cap and not t.start}
    return [
        t._replace(cap=False)
        if t.para < 0
        and t.cap
        and not t.upper
        and t.lower not in body_caps
        and (t.lower,) not in aliases  # "... Self-Immolated for Palestine": a known name
        else t
        for t in tokens
    ]


def sole_keys(pairs: Iterable[tuple[str, K]]) -> dict[str, K | None]:
    """word -> the one key (a topic key, an entry index) it was paired with; None when several
    keys share the word."""
    out: dict[str, K | None] = {}
    for word, key in pairs:
        out[word] = key if out.get(word, key) == key else None
    return out


def name_key(lows: Iterable[str]) -> str:
    """Accumulator key of an unknown name (hyphens folded: "Kim Jong-un" ~ "Kim Jong Un")."""
    return "n:" + " ".join(w.replace("-", " ") for w in lows)


def entry_key(idx: int) -> str:
    """Accumulator key of gazetteer entry ``idx`` (unknown names use "n:", keyphrases "k:",
    storms "s:")."""
    return f"g{idx}"


def is_entry_key(key: str) -> bool:
    """Whether an accumulator key is a gazetteer entry's (see :func:`entry_key`)."""
    return key[:1] == "g" and key[1:].isdigit()


def genitive_variants(lower: str, lang: str) -> Iterable[str]:
    """The word and its forms without a genitive ending ("Russlands" -> "Russland")."""
    yield lower
    if lang == "en":
        if lower.endswith(POSSESSIVE):
            yield strip_possessive(lower)
    elif len(lower) > 3 and lower.endswith("s"):
        yield lower[:-1]
        if len(lower) > 5 and lower.endswith("es"):
            yield lower[:-2]  # "des Weißen Hauses", "des Bundestages"
    elif len(lower) > 5 and lower.endswith("en"):
        yield lower[:-1]  # dative plural of a name ending in -e: "den Niederlanden"


def is_role(words: WordLists, lower: str) -> bool:
    """Whether a lower-cased word (or its genitive) is a role word introducing a person."""
    if words.is_role(lower):
        return True
    if lower.endswith(POSSESSIVE):
        return words.is_role(strip_possessive(lower))  # "the Prime Minister's wife"
    return lower.endswith("s") and words.is_role(lower[:-1])
