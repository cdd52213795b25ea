"""How rare a keyphrase's words are in general language, from the ``wordfreq`` package.

A rare word an article repeats ("Schattenflotte", "albedo", "subpoena") says more about the
story than a common one it repeats as often ("Jahr", "time"): the idea behind TF-IDF, with
general-language frequencies instead of a document collection, so it works on a single article
and needs no corpus of our own. ``wordfreq`` (Apache-2.0 code; word lists CC-BY-SA 4.0, from
Wikipedia, subtitles, news, books and web text) ships the lists inside its wheel, so nothing is
downloaded at run time. Only its "small" lists are read: words at least as frequent as one in a
million (Zipf 3), about 39,000 German and 29,000 English words, 8 MB in memory.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache, lru_cache

__all__ = ["PIVOT_ZIPF", "listed", "rarest_zipf", "rarity_boost", "zipf"]

_UNLISTED_ZIPF = 2.5  # a word missing from the small list is rarer than one in a million
#: Words as common as this or more get no boost ("Regierung", "school").
PIVOT_ZIPF = 4.5
_BOOST_PER_ZIPF = 0.15
_MIN_LETTERS = 3  # shorter parts ("US" in "US-Militär") say nothing about rarity


@cache
def _frequencies(lang: str) -> Mapping[str, float]:
    """Word -> frequency (share of all words) for one language, read once per process."""
    # imported here: wordfreq pulls in langcodes and ftfy (~80 ms), which commands that never
    # rank keyphrases (produce, consume, broker) need not pay for
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, "small")


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a word (log10 of occurrences per billion words; 7 is "the")."""
    freq = _frequencies(lang).get(word.lower())
    return _UNLISTED_ZIPF if freq is None else math.log10(freq) + 9.0


def listed(word: str, lang: str) -> bool:
    """Whether a word is in the language's word list at all (one in a million or commoner)."""
    return word.lower() in _frequencies(lang)


def rarity_boost(label: str, lang: str) -> float:
    """Factor (at least 1) on a keyphrase's score: the rarer its rarest word, the higher.

    Common words get no penalty here: the short list of very common topic nouns in
    ``demoted.txt`` handles those, and a story about the "election" still names it.
    """
    rarest = rarest_zipf(label, lang)
    if rarest is None:
        return 1.0
    return max(1.0, 1.0 + _BOOST_PER_ZIPF * (PIVOT_ZIPF - rarest))


@lru_cache(maxsize=65536)
def rarest_zipf(label: str, lang: str) -> float | None:
    """Zipf frequency of a label's rarest word; None when it has no word to judge (or the
    language has no list)."""
    if lang not in ("de", "en"):
        return None
    # parts with digits ("H5N1", "G20") are codes, not rare words
    words = [w for w in label.replace("-", " ").split() if len(w) >= _MIN_LETTERS and w.isalpha()]
    return min(zipf(w, lang) for w in words) if words else None
