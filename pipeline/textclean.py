"""Plain-text boilerplate filter: keep the article's paragraphs, name what was dropped.

Input is text as a text scraper delivers it (one block per line) or paragraphs that
trafilatura already extracted from HTML. Each line is judged by what it says (widget
vocabulary from :mod:`pipeline.lexicon`), how it looks (length, terminal punctuation,
share of function words, credit patterns) and where it stands (head, tail, inside a
promo block). :func:`clean_text` also lifts headline, date line and bylines into
metadata. Everything is a pure function of its input; regexes are compiled at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from pipeline.lexicon import (
    ARTICLE_END,
    CREDIT_TAIL,
    PROMO_STRONG,
    PROMO_WEAK,
    STOPWORDS,
    WHOLE_LINE,
    WIDGET_PREFIX,
)
from pipeline.mainspan import TERMINAL_RE, demote_headline_runs, keep_main_span
from pipeline.models import BoilerplateKind, Cleaned, Removed
from pipeline.textmeta import parse_byline, parse_date

__all__ = ["clean_text", "filter_paragraphs", "is_widget_line", "parse_byline", "parse_date"]

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_WS_RE = re.compile(r"\s+")
_SENTENCE_END_RE = re.compile(r"[.!…][\"“”'’»«)\]]*$")
_EDGE_JUNK_RE = re.compile(r"^[\s•·*–—>›»|-]+|[\s:…|›»>-]+$|\.{3}$")
# One alternation per table, one named group per kind: the first kind that matches wins,
# as a loop over the kinds would decide, at the cost of a single regex call.
_KINDS: tuple[BoilerplateKind, ...] = tuple(dict.fromkeys([*WHOLE_LINE, *WIDGET_PREFIX]))
_WHOLE_RE = re.compile(
    "|".join(
        f"(?P<k{_KINDS.index(kind)}>" + "|".join(pats) + ")" for kind, pats in WHOLE_LINE.items()
    ),
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(
    "|".join(f"(?P<k{_KINDS.index(kind)}>{pat})" for kind, pat in WIDGET_PREFIX.items()),
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(CREDIT_TAIL, re.IGNORECASE)
_END_RE = re.compile(ARTICLE_END)  # matched against normalised (lower-cased) lines
_PROMO_STRONG_RE = re.compile(PROMO_STRONG)  # matched against lower-cased text
_PROMO_WEAK_RE = re.compile(PROMO_WEAK)
_COOKIE_RE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT_RE = re.compile(
    r"akzeptier|zustimm|einwillig|datenschutz|einstellungen|accept|consent|privacy|settings"
    r"|verwenden|nutzen|we use|wir setzen",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_CONTACT_RE = re.compile(
    r"get in touch|contact us|e-?mail (?:us|an)|send us|write to us|tips?\b|feedback"
    r"|(?:senden|schicken|schreiben|melden) sie (?:uns|sich)|hinweise",
    re.IGNORECASE,
)
_NUMBERED_RE = re.compile(r"^(\d{1,2})\.\s+(\S.{0,40})$")
_CRUMB_HOME_RE = re.compile(r"^(?:startseite|home|homepage|übersicht|news)$", re.IGNORECASE)

_STEM = 5
# Main-block detection on flattened pages: six non-prose lines end a block; blocks with
# at least half the text of the biggest one stay (long articles broken by a gallery).
_GAP = 6
_RATIO = 0.5
# Comment-area headers are short; a few long ones end with the article title.
_END_WORDS = 30


def _norm(line: str) -> str:
    """Lower-case a line and drop bullets, arrows and trailing colons around it."""
    return _WS_RE.sub(" ", _EDGE_JUNK_RE.sub("", line)).strip().lower()


def _words(line: str) -> list[str]:
    """Return the lower-cased words of a line."""
    return _WORD_RE.findall(line.lower())


def _stop_ratio(words: Sequence[str]) -> float:
    """Share of function words; prose sits around 0.3-0.5, menus and tags near 0."""
    return sum(w in STOPWORDS for w in words) / len(words) if words else 0.0


def _is_prose(line: str, words: Sequence[str]) -> bool:
    """Tell a sentence-shaped paragraph from headlines, menus and labels."""
    ratio = _stop_ratio(words)
    if len(words) >= 5 and TERMINAL_RE.search(line) and ratio >= 0.1:
        return True
    return len(words) >= 15 and ratio >= 0.15


def _headline_like(line: str, words: Sequence[str]) -> bool:
    """A short line without a closing full stop, as headlines and subheadings are."""
    return 0 < len(words) <= 25 and len(line) <= 220 and not _SENTENCE_END_RE.search(line)


def _promo_score(line: str) -> int:
    """Score promo cues: a strong cue counts two, each distinct weak cue one."""
    low = line.lower()
    strong = len(set(_PROMO_STRONG_RE.findall(low)))
    weak = len(set(_PROMO_WEAK_RE.findall(low)))
    return 2 * strong + weak


def _group_kind(m: re.Match[str] | None) -> BoilerplateKind | None:
    """The kind named by the matching group of a combined pattern."""
    return _KINDS[int(m.lastgroup[1:])] if m is not None and m.lastgroup else None


@lru_cache(maxsize=8192)
def _rule_kind(line: str) -> BoilerplateKind | None:
    """Classify a line by its own words and form alone, or return None."""
    # Widget lines are short; long lines only need their opening and their end checked.
    norm = _norm(line if len(line) <= 120 else line[:120])
    if not norm:
        return "other"
    if len(line) <= 100 and len(norm) <= 80:
        kind = _group_kind(_WHOLE_RE.fullmatch(norm))
        if kind is not None:
            return kind
    kind = _group_kind(_PREFIX_RE.match(norm))
    if kind is not None:
        return kind
    if _CREDIT_RE.search(line.rstrip()[-110:]):
        return "image_caption"
    if _COOKIE_RE.search(line) and _CONSENT_RE.search(line):
        return "cookie_notice"
    if len(line) <= 300 and _EMAIL_RE.search(line) and _CONTACT_RE.search(line):
        # "Send us your feedback/tips at desk@…": a contact box, not reporting.
        return "other"
    return None


def is_widget_line(line: str) -> bool:
    """Whether a line is a widget by its own words (not by its neighbours or its place)."""
    kind = _rule_kind(line)
    if kind is not None and kind != "image_caption":
        return True
    # Messenger names alone are news; a promo asks the reader to do something.
    return _promo_score(line) >= 3 and bool(_PROMO_STRONG_RE.search(line.lower()))


def _numbered_crumbs(lines: Sequence[str], first_prose: int) -> set[int]:
    """Find numbered breadcrumb runs ("1. Startseite", "2. Politik")."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        m = _NUMBERED_RE.match(lines[i])
        if not m or m.group(1) != "1" or TERMINAL_RE.search(lines[i]):
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines) and (n := _NUMBERED_RE.match(lines[j])) and int(n.group(1)) == j - i + 1
        ):
            j += 1
        home = bool(_CRUMB_HOME_RE.match(m.group(2).strip()))
        if j - i >= 2 and (home or i < first_prose):
            found.update(range(i, j))
        i = j
    return found


def _stems(words: Sequence[str]) -> set[str]:
    """Content-word stems (prefixes) used for topical overlap."""
    return {w[:_STEM] for w in words if len(w) >= 4 and w not in STOPWORDS}


def _classify(lines: Sequence[str], *, page: bool = False) -> list[BoilerplateKind | None]:
    """Label each line with a boilerplate kind, or None for content."""
    n = len(lines)
    words = [_words(ln) for ln in lines]
    prose = [_is_prose(ln, w) for ln, w in zip(lines, words, strict=True)]
    kinds: list[BoilerplateKind | None] = [_rule_kind(ln) for ln in lines]
    # Numbered lists inside the body are content; breadcrumbs sit above the first prose.
    first_prose = next((i for i in range(n) if prose[i] and kinds[i] is None), n)
    for i in _numbered_crumbs(lines, first_prose):
        kinds[i] = "breadcrumb"

    # Widget phrases split over several one-word lines ("Weitere" / "Artikel").
    i = 0
    while i < n - 1:
        if kinds[i] is None and len(words[i]) <= 2 and len(words[i + 1]) <= 2:
            joined = _rule_kind(lines[i] + " " + lines[i + 1])
            if joined is not None and joined != "image_caption" and kinds[i + 1] in (None, joined):
                kinds[i] = kinds[i + 1] = joined
                i += 2
                continue
        i += 1

    # Promo blocks: clear promo lines, then neighbours with a cue, then sandwiched lines.
    scores = [_promo_score(ln) for ln in lines]
    for i in range(n):
        short = _headline_like(lines[i], words[i]) and len(words[i]) <= 12
        if kinds[i] is None and (scores[i] >= 3 or (scores[i] >= 2 and short)):
            kinds[i] = "newsletter_promo"
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if kinds[i] is not None:
                continue
            before = i > 0 and kinds[i - 1] == "newsletter_promo"
            after = i + 1 < n and kinds[i + 1] == "newsletter_promo"
            # A lone messenger name in a prose sentence is news, not promo.
            cue = scores[i] >= 2 or (scores[i] >= 1 and not prose[i])
            if ((before or after) and cue) or (before and after and len(words[i]) <= 60):
                kinds[i] = "newsletter_promo"
                changed = True

    # A short title line right above a credited caption belongs to the caption.
    for i in range(n - 1):
        if (
            kinds[i] is None
            and kinds[i + 1] == "image_caption"
            and not prose[i]
            and _headline_like(lines[i], words[i])
            and len(words[i]) <= 12
        ):
            kinds[i] = "image_caption"

    # After a "related"/"sources" header, the teaser lines that follow are part of it.
    for i in range(n):
        if kinds[i] in ("related_links", "sources_stub") and len(words[i]) <= 6:
            j = i + 1
            while j < n and kinds[j] is None and len(words[j]) <= 40:
                # A teaser list: headlines with at most a one-sentence summary each;
                # two prose lines in a row mean the article goes on.
                if prose[j] and (j + 1 >= n or prose[j + 1] or len(words[j]) > 30 or not page):
                    break
                kinds[j] = kinds[i]
                j += 1

    if page:
        demote_headline_runs(lines, words, prose)
        ends = [
            len(w) <= _END_WORDS and bool(_END_RE.fullmatch(_norm(ln)))
            for ln, w in zip(lines, words, strict=True)
        ]
        keep_main_span(words, prose, ends, kinds)
    else:
        _keep_main_block(lines, prose, kinds)
    first_prose = next((i for i in range(n) if prose[i] and kinds[i] is None), n)
    last_prose = max((i for i in range(n) if prose[i] and kinds[i] is None), default=-1)
    for i in range(n):
        if kinds[i] is not None or prose[i]:
            continue
        if i < first_prose:
            # Head: a one-to-three-word label is a kicker; longer headline-like lines
            # (subtitles, teasers) are content.
            if len(words[i]) <= 3:
                kinds[i] = "kicker"
        elif i > last_prose and (len(words[i]) <= 3 or not _headline_like(lines[i], words[i])):
            kinds[i] = "other"

    _mark_unrelated_tail(lines, words, kinds)
    return kinds


def _keep_main_block(
    lines: Sequence[str], prose: Sequence[bool], kinds: list[BoilerplateKind | None]
) -> None:
    """On flattened pages, keep the prose block with the most text; the rest is page chrome."""
    blocks: list[tuple[int, int, int]] = []  # (chars, first, last) of runs of prose lines
    gap = 0
    for i, ln in enumerate(lines):
        if prose[i] and kinds[i] is None:
            if blocks and gap < _GAP:
                chars, first, _ = blocks[-1]
                blocks[-1] = (chars + len(ln), first, i)
            else:
                blocks.append((len(ln), i, i))
            gap = 0
        else:
            gap += 1
    if len(blocks) < 2:
        return
    best = max(blocks)[0]
    spans = [(a, b) for chars, a, b in blocks if chars >= best * _RATIO]
    first, last = spans[0][0], spans[-1][1]
    for i in range(len(lines)):
        if kinds[i] is None and not first <= i <= last:
            kinds[i] = "unrelated_teaser" if prose[i] else "other"


def _mark_unrelated_tail(
    lines: Sequence[str], words: Sequence[list[str]], kinds: list[BoilerplateKind | None]
) -> None:
    """Mark a closing paragraph that shares no topic words with the article."""
    content = [i for i in range(len(lines)) if kinds[i] is None]
    if len(content) < 5:
        return
    last = content[-1]
    own = _stems(words[last])
    if len(own) < 6:
        return
    rest: set[str] = set()
    for i in content[:-1]:
        rest |= _stems(words[i])
    # Zero shared stems: even a loosely related closing line shares a name or a noun.
    if not own & rest:
        kinds[last] = "unrelated_teaser"


def _split(
    lines: Sequence[str], kinds: Sequence[BoilerplateKind | None]
) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """Split labelled lines into kept paragraphs and removed pieces."""
    kept = tuple(ln for ln, k in zip(lines, kinds, strict=True) if k is None)
    removed = tuple(Removed(ln, k) for ln, k in zip(lines, kinds, strict=True) if k is not None)
    return kept, removed


def filter_paragraphs(
    paragraphs: Sequence[str],
) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """Drop boilerplate from already extracted paragraphs; return (kept, removed)."""
    lines = [p.strip() for p in paragraphs if p and p.strip()]
    return _split(lines, _classify(lines))


def _same_title(line: str, hint: str | None) -> bool:
    """Compare a line with the title hint, ignoring case and spacing."""
    return hint is not None and _norm(line) == _norm(hint)


_PAGE_HEAD = 8  # more chrome lines than this above the article: a flattened page
_HEAD_WINDOW = 25
_PAGE_LINES = 80


def _page_headline(
    lines: Sequence[str], kinds: Sequence[BoilerplateKind | None], first: int
) -> int | None:
    """The headline above the article of a flattened page: a headline-shaped line close
    to the first paragraph that shares its words with the article."""
    body: set[str] = set()
    for i in range(first, min(len(lines), first + 40)):
        if kinds[i] is None:
            body |= _stems(_words(lines[i]))
    lo, hi = max(0, first - _HEAD_WINDOW), min(len(lines), first + 1)
    norms = [_norm(ln) for ln in lines[lo:hi]]
    best, best_i = 0.0, None
    for i in range(lo, hi):
        ln = lines[i]
        words = _words(ln)
        if not 3 <= len(words) <= 30 or len(ln) > 250 or _SENTENCE_END_RE.search(ln):
            continue
        if _rule_kind(ln) is not None or parse_date(ln) or parse_byline(ln):
            continue
        stems = _stems(words)
        if not stems:
            continue
        # Headlines name the story's people and things; a repeated line is the h1
        # echoed by a teaser or the share widget.
        score = len(stems & body) / len(stems) + 0.3 * (norms.count(_norm(ln)) > 1)
        score += 0.1 * (5 <= len(words) <= 25) - 0.01 * abs(first - i)
        if score > best:
            best, best_i = score, i
    return best_i


def _page_clean(lines: Sequence[str], kinds: list[BoilerplateKind | None], first: int) -> Cleaned:
    """Split a flattened page: headline, date and byline near the article start, body."""
    h1 = _page_headline(lines, kinds, first)
    title = lines[h1] if h1 is not None else None
    start = h1 if h1 is not None else first
    meta: set[int] = {h1} if h1 is not None else set()
    authors: list[str] = []
    published: str | None = None
    for i in range(max(0, start - 3), min(len(lines), start + 15)):
        names = parse_byline(lines[i])
        if names:
            authors.extend(n for n in names if n not in authors)
            meta.add(i)
        elif published is None and (date := parse_date(lines[i])) is not None:
            published = date
            meta.add(i)
    for i in range(start):
        # Above the headline there is only the page header.
        if kinds[i] is None:
            kinds[i] = "other"
    for i in range(start + 1, first):
        # The lead stands alone between headline, byline and picture: prose there
        # that the span left out still belongs to the article.
        if kinds[i] == "unrelated_teaser":
            kinds[i] = None
    keep = [i for i in range(len(lines)) if i not in meta]
    paragraphs, removed = _split([lines[i] for i in keep], [kinds[i] for i in keep])
    return Cleaned(
        paragraphs=paragraphs,
        removed=removed,
        title=title,
        authors=tuple(authors),
        published=published,
    )


def clean_text(text: str, *, title_hint: str | None = None) -> Cleaned:
    """Clean scraped plain text: paragraphs, removed boilerplate, title, authors, date."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    published: str | None = None
    authors: list[str] = []
    title: str | None = None
    meta: set[int] = set()

    # A flattened web page opens with a menu: many lines before the first sentence.
    head_prose = next(
        (i for i, ln in enumerate(lines) if _is_prose(ln, _words(ln)) and _rule_kind(ln) is None),
        len(lines),
    )
    if head_prose > _PAGE_HEAD or len(lines) > _PAGE_LINES:
        kinds = _classify(lines, page=True)
        first = next((i for i, k in enumerate(kinds) if k is None), len(lines))
        page = _page_clean(lines, kinds, first)
        if title_hint is not None and page.title is None:
            return replace(page, title=title_hint)
        return page

    # Date and byline lines only count near the top or at the very end.
    edge = set(range(min(8, len(lines))))
    edge |= set(range(max(0, len(lines) - 3), len(lines)))
    for i in sorted(edge):
        names = parse_byline(lines[i])
        if names:
            authors.extend(n for n in names if n not in authors)
            meta.add(i)
            continue
        date = parse_date(lines[i])
        if date is not None:
            published = published or date
            meta.add(i)

    # The headline: the first non-meta line if it reads like one (a one-word kicker
    # may stand above it), or any head line equal to the hint.
    head = [
        i
        for i in range(min(8, len(lines)))
        if i not in meta and _rule_kind(lines[i]) is None and not _NUMBERED_RE.match(lines[i])
    ]
    for pos, i in enumerate(head[:2]):
        ln = lines[i]
        words = _words(ln)
        if _same_title(ln, title_hint) or (
            3 <= len(words) <= 30
            and _headline_like(ln, words)
            and _rule_kind(ln) is None
            and not TERMINAL_RE.search(ln.rstrip("?!"))
        ):
            title = ln
            meta.add(i)
            break
        if pos == 0 and len(words) > 3:
            break
    if title is None:
        for i in head:
            if _same_title(lines[i], title_hint):
                title = lines[i]
                meta.add(i)
                break

    body = [ln for i, ln in enumerate(lines) if i not in meta]
    paragraphs, removed = _split(body, _classify(body))
    return Cleaned(
        paragraphs=paragraphs,
        removed=removed,
        title=title if title is not None else title_hint,
        authors=tuple(authors),
        published=published,
    )
