"""Date lines and bylines of scraped news text: ISO dates and author names out of them.

Pure functions used by :mod:`pipeline.textclean`; regexes are compiled at import.
"""

from __future__ import annotations

import re

from pipeline.lexicon import AGENCIES, DATE_FILLER, MONTHS

__all__ = ["parse_byline", "parse_date"]

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:\.|st|nd|rd|th)?"
_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dmy", re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")),
    ("ymd", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.+Z-]+)?\b")),
    ("d_mon_y", re.compile(rf"\b{_DAY}\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I)),
    ("mon_d_y", re.compile(rf"\b({_MONTH_ALT})\.?\s+{_DAY},?\s+(\d{{4}})\b", re.I)),
)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:h\b)?")
_FILLER_RE = re.compile(rf"\b(?:{DATE_FILLER})\b\.?", re.IGNORECASE)

# A name: capitalised tokens or initials ("A. Williams", "Anna-Lena von Berg").
_TOKEN = r"(?:[A-ZÄÖÜ][\w'’-]*\.?|von|van|de|der|zu)"
_NAME = rf"{_TOKEN}(?:\s+{_TOKEN}){{1,4}}"
_AGENCY_BYLINE_RE = re.compile(rf"^({_NAME})\s*(?:--|—|–|/|,)\s*([A-Z]{{2,6}}|(?i:{AGENCIES}))$")
_BYLINE_RE = re.compile(
    rf"^(?i:von|by|text|autor|autorin|autoren|author|written by|reporting by)\s*:?\s+"
    rf"({_NAME}(?:\s*(?:,|und|and|&)\s*{_NAME})*)"
    rf"(?:\s*(?:,|\(|\||/)\s*(?i:{AGENCIES})\)?)?$",
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|\bund\b|\band\b|&)\s*")


def parse_date(line: str) -> str | None:
    """Return the ISO date of a date-only line ("4.12.2024", "December 4, 2024"), else None."""
    if len(line) > 80:
        return None
    for form, pat in _DATE_RES:
        m = pat.search(line)
        if not m:
            continue
        rest = _FILLER_RE.sub(" ", _TIME_RE.sub(" ", line[: m.start()] + " " + line[m.end() :]))
        if len(_WORD_RE.findall(rest)) > 1:
            return None
        a, b, c = m.groups()
        if form == "dmy":
            day, month, year = int(a), int(b), int(c)
        elif form == "ymd":
            year, month, day = int(a), int(b), int(c)
        elif form == "d_mon_y":
            day, month, year = int(a), MONTHS[b.lower()], int(c)
        else:
            month, day, year = MONTHS[a.lower()], int(b), int(c)
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    return None


def parse_byline(line: str) -> tuple[str, ...]:
    """Return the author names of a byline ("Von A und B", "A. Williams--BTZ"), else ()."""
    text = line.strip()
    if len(text) > 120:
        return ()
    m = _BYLINE_RE.match(text) or _AGENCY_BYLINE_RE.match(text)
    if not m:
        return ()
    names = [s.strip() for s in _NAME_SPLIT_RE.split(m.group(1)) if s.strip()]
    return tuple(n for n in names if len(n.split()) >= 2)
