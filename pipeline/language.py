"""Language identification from function-word profiles (German, English; fr/es/it/nl optional).

Counts how many tokens of the text are function words of each language (the stoplists in
``pipeline/data``); words shared between profiles are ignored. Returns ``'und'`` when the text is
too short or no language clearly dominates.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.gazetteer import data_lines, word_lists

__all__ = ["detect_language"]

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_HITS = 3
_MIN_SHARE = 0.7
_MAX_TOKENS = 400


@cache
def _profiles() -> dict[str, frozenset[str]]:
    words = word_lists()
    raw: dict[str, set[str]] = {"de": set(words.stop_de), "en": set(words.stop_en)}
    for line in data_lines("language_profiles.txt"):
        code, _, rest = line.partition(":")
        raw.setdefault(code.strip().lower(), set()).update(w.lower() for w in rest.split())
    counts: dict[str, int] = {}
    for profile in raw.values():
        for w in profile:
            counts[w] = counts.get(w, 0) + 1
    return {code: frozenset(w for w in ws if counts[w] == 1) for code, ws in raw.items()}


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ('de', 'en', ...), or 'und' when too short or mixed."""
    profiles = _profiles()
    hits = dict.fromkeys(profiles, 0)
    for n, m in enumerate(_WORD_RE.finditer(text)):
        if n >= _MAX_TOKENS:
            break
        w = m.group().lower()
        for code, profile in profiles.items():
            if w in profile:
                hits[code] += 1
    total = sum(hits.values())
    if total < _MIN_HITS:
        return "und"
    best = max(hits, key=lambda c: hits[c])
    if hits[best] < _MIN_HITS or hits[best] / total < _MIN_SHARE:
        return "und"
    return best
