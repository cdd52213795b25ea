"""The main span of a flattened news page: the run of lines with the most article evidence.

Prose lines earn their word count, page chrome (menus, widgets, teaser lists) costs, and
a long run of chrome costs more per line; the maximum-sum span is the article. Used by
:mod:`pipeline.textclean` on flattened pages only; pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.models import BoilerplateKind

__all__ = ["keep_main_span"]

# A lone prose line earns this many words less (teaser summaries are lone lines).
_ALONE = 15
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


def _line_score(words: Sequence[str], prose: bool, kind: BoilerplateKind | None) -> int:
    """Evidence a line belongs to the article: prose earns its words, chrome costs."""
    if kind is not None:
        return -_PENALTY.get(kind, 4)
    if prose:
        return len(words)
    if len(words) <= 3:
        return -3
    return -2


def keep_main_span(
    words: Sequence[list[str]],
    prose: Sequence[bool],
    ends: Sequence[bool],
    kinds: list[BoilerplateKind | None],
) -> None:
    """Keep the span of lines with the highest article evidence (maximum subarray)."""
    best, best_span = 0, (0, -1)
    run, start, chrome = 0, 0, 0
    for i in range(len(words)):
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
    first, last = best_span
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
