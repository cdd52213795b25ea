"""The main span of a flattened news page: the run of lines with the most article evidence.

Prose lines earn their word count, page chrome (menus, widgets, teaser lists) costs, and
a long run of chrome costs more per line; the maximum-sum span is the article. Used by
:mod:`pipeline.textclean` on flattened pages only; pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.models import BoilerplateKind

__all__ = ["TERMINAL_RE", "demote_headline_runs", "keep_main_span"]

# This many long headline-shaped lines in a row (no sentence mark at the end) form a
# teaser list.
_TEASER_RUN = 4
#: A line ending in a sentence mark; closing quotes and brackets may follow: „… sagte er.“
TERMINAL_RE = re.compile(r"[.!?…:;][\"“”'’»«)\]]*$")
# A lone prose line earns this many words less (teaser summaries are lone lines).
_ALONE = 15
# Another span joins the main one across at most this many lines when it carries at
# least this share of its evidence.
_JOIN_GAP = 12
_JOIN_RATIO = 0.5
# Words of article prose before a comment-section header may close the span.
_END_AFTER = 120

_PENALTY: dict[str, int] = {
    "ad_label": 2,
    "image_caption": 3,
    "kicker": 3,
    "share_bar": 6,
    "breadcrumb": 8,
    "other": 4,
    "paywall": 15,
    "newsletter_promo": 8,
    "related_links": 15,
    "sources_stub": 6,
    "comments_widget": 30,
    "cookie_notice": 20,
    "unrelated_teaser": 10,
}


def demote_headline_runs(
    lines: Sequence[str], words: Sequence[list[str]], prose: list[bool]
) -> None:
    """Long headlines in a row without sentence ends are a teaser list, not article prose."""
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while j < n and len(words[j]) >= 6 and not TERMINAL_RE.search(lines[j]):
            j += 1
        if j - i >= _TEASER_RUN:
            for k in range(i, j):
                prose[k] = False
        i = max(j, i + 1)


def _line_score(words: Sequence[str], prose: bool, kind: BoilerplateKind | None) -> int:
    """Evidence a line belongs to the article: prose earns its words, chrome costs."""
    if kind is not None:
        return -_PENALTY.get(kind, 4)
    if prose:
        return len(words)
    if len(words) <= 3:
        return -3
    return -2


def _best_span(
    words: Sequence[list[str]],
    prose: Sequence[bool],
    kinds: Sequence[BoilerplateKind | None],
    lo: int,
    hi: int,
) -> tuple[int, int, int]:
    """The maximum-evidence span of lines ``lo..hi-1``: (score, first, last)."""
    running = _running_best(words, prose, kinds, lo, hi)
    return running[-1] if running else (0, lo, lo - 1)


def _running_best(
    words: Sequence[list[str]],
    prose: Sequence[bool],
    kinds: Sequence[BoilerplateKind | None],
    lo: int,
    hi: int,
) -> list[tuple[int, int, int]]:
    """The best span of lines ``lo..i`` for each ``i`` in ``lo..hi-1`` (maximum subarray)."""
    out: list[tuple[int, int, int]] = []
    best, best_span = 0, (lo, lo - 1)
    run, start, chrome = 0, lo, 0
    for i in range(lo, hi):
        if run <= 0:
            run, start = 0, i
        score = _line_score(words[i], prose[i], kinds[i])
        # A prose line alone between chrome lines is how teaser lists look (headline,
        # one-sentence summary, date); article paragraphs come in runs.
        alone = not (i > 0 and prose[i - 1] and kinds[i - 1] is None) and not (
            i + 1 < len(words) and prose[i + 1] and kinds[i + 1] is None
        )
        if score > 0 and alone:
            score = max(1, score - _ALONE)
        # A long run of chrome costs more per line: captions and ad labels inside an
        # article are short interruptions, menus and footers are long ones.
        chrome = chrome + 1 if score < 0 else 0
        run += score - chrome
        if run > best:
            best, best_span = run, (start, i)
        out.append((best, best_span[0], best_span[1]))
    return out


def keep_main_span(
    words: Sequence[list[str]],
    prose: Sequence[bool],
    ends: Sequence[bool],
    kinds: list[BoilerplateKind | None],
) -> None:
    """Keep the span of lines with the highest article evidence (maximum subarray).

    A box of teasers inside the article ("Most read") splits it in two; the part on
    the other side of a short break joins when it carries comparable evidence.
    """
    n = len(words)
    prefix = _running_best(words, prose, kinds, 0, n)
    best, first, last = prefix[-1] if prefix else (0, 0, -1)
    # Reader comments can outweigh the article; a comment header after a substantial
    # article closes the search (the best span before it is the scan's state there).
    for cut in (i for i in range(n) if ends[i]):
        head = prefix[cut - 1] if cut > 0 else (0, 0, -1)
        if head[0] >= _END_AFTER:
            if head[2] < first:
                best, first, last = head
            break
    # a part joins only with evidence of its own: with none anywhere (a page of menu lines)
    # an empty span would "join" forever
    while True:
        after = _best_span(words, prose, kinds, last + 1, min(n, last + 1 + _JOIN_GAP + 200))
        if 0 < after[0] >= best * _JOIN_RATIO and after[1] - last <= _JOIN_GAP:
            last = after[2]
            continue
        before = _best_span(words, prose, kinds, max(0, first - _JOIN_GAP - 200), first)
        if 0 < before[0] >= best * _JOIN_RATIO and first - before[2] <= _JOIN_GAP:
            first = before[1]
            continue
        break
    seen = 0
    for i in range(first, last + 1):
        # Comment and teaser sections follow the article; a header of one inside
        # the span, once the article has been under way, closes it.
        if seen >= _END_AFTER and ends[i]:
            last = i - 1
            break
        if prose[i] and kinds[i] is None:
            seen += len(words[i])
    for i in range(len(words)):
        if kinds[i] is None and not first <= i <= last:
            kinds[i] = "unrelated_teaser" if prose[i] else "other"
