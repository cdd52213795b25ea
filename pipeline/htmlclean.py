"""HTML stage: prune page furniture, extract the main content with trafilatura, then filter.

The page is parsed once (:mod:`pipeline.domprune`); structured data (:mod:`pipeline.structured`)
is read from the tree, boilerplate elements are cut by their markup names, and trafilatura
extracts body and metadata from the pruned tree. When the publisher's own ``articleBody``
covers the extraction, it vets the paragraphs; :func:`pipeline.textclean.filter_paragraphs`
then removes what is left of promos, credits and "Read more" lines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import trafilatura
from trafilatura.metadata import examine_meta, extract_metadata
from trafilatura.settings import Document

from pipeline.domprune import MAX_REPORTED, parse_html, prune_boilerplate, text_blocks, truncate
from pipeline.models import Cleaned, Removed
from pipeline.structured import ArticleData, read_structured
from pipeline.textclean import filter_paragraphs, is_widget_line
from pipeline.textmeta import parse_byline, parse_date

__all__ = ["extract_html"]

logger = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_SHINGLE = 4
_TAG = re.compile(r"<[A-Za-z!?/]")
# articleBody vets paragraphs only when it covers this share of trafilatura's text:
# truncated bodies (paywalls, live-blog entries) would otherwise cut real paragraphs.
_MIN_COVERAGE = 0.6
# A paragraph stays when this share of its shingles occurs in articleBody.
_MIN_PARAGRAPH_MATCH = 0.5
_HEADING_CHARS = 120
# Headline block at the top of an extraction: where to look, how short a kicker is,
# how many date/byline lines may follow the headline.
_HEAD_WINDOW = 5
_KICKER_WORDS = 8
_META_AFTER = 3
# Rebuild from page blocks when trafilatura holds less than this share of a long
# articleBody and the blocks hold clearly more.
_MIN_RECOVER_CHARS = 1500
_RECOVER_BELOW = 0.7
_RECOVER_GAIN = 0.2
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
# Lead recovery: the description must be sentence-sized and nearly all present in one
# visible block; the extraction's first paragraphs must not hold it already.
_MIN_LEAD_SHINGLES = 8
_LEAD_MATCH = 0.9
_LEAD_WINDOW = 3
_LEAD_TAGS = ("p", "div", "h2", "span", "strong")
# Filter verdicts that beat articleBody's confirmation.
_WIDGET_KINDS = frozenset({"newsletter_promo", "paywall", "related_links", "share_bar"})
_WIDGET_WORDS = 30


def _norm(text: str) -> str:
    """Case- and whitespace-folded text for equality checks."""
    return _SPACE.sub(" ", text).strip().casefold()


def _shingles(text: str) -> list[tuple[str, ...]]:
    """The 4-word shingles of a text (the whole word run when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) < _SHINGLE:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)]


def _authors(raw: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with ``;``; split and de-duplicate them."""
    if not raw:
        return ()
    seen: dict[str, None] = {}
    for name in raw.split(";"):
        name = name.strip()
        if name and name.casefold() not in {n.casefold() for n in seen}:
            seen[name] = None
    return tuple(seen)


def _body_match(paragraphs: Sequence[str], body: str | None) -> list[bool] | None:
    """Which paragraphs the publisher's articleBody contains; None when it cannot vet them.

    A body that covers too little of the extraction is truncated (paywalls, live-blog
    entries) or describes something else, and vets nothing.
    """
    if not body or not paragraphs:
        return None
    known = set(_shingles(body))
    words = f" {' '.join(_WORD.findall(body.casefold()))} "
    para_shingles = [_shingles(p) for p in paragraphs]
    total = sum(len(s) for s in para_shingles)
    covered = sum(sum(sh in known for sh in s) for s in para_shingles)
    if not total or covered / total < _MIN_COVERAGE:
        return None
    found: list[bool] = []
    for shingles in para_shingles:
        if len(shingles) > 1 or (shingles and len(shingles[0]) == _SHINGLE):
            hits = sum(sh in known for sh in shingles)
            found.append(hits / len(shingles) >= _MIN_PARAGRAPH_MATCH)
        else:
            # Short lines (subheadings) match as a word run inside the body text.
            found.append(bool(shingles) and f" {' '.join(shingles[0])} " in words)
    return found


def _coverage(paragraphs: Sequence[str], body: str) -> float:
    """Share of articleBody's shingles that the paragraphs contain."""
    wanted = set(_shingles(body))
    if not wanted:
        return 1.0
    have = {sh for p in paragraphs for sh in _shingles(p)}
    return len(wanted & have) / len(wanted)


def _blocks_in_body(tree: Any, body: str) -> list[str]:
    """Text blocks of the (pruned) page that articleBody contains, in document order."""
    known = set(_shingles(body))
    found: list[str] = []
    taken: set[Any] = set()
    seen: set[str] = set()
    for el in tree.iter(*_BLOCK_TAGS):
        if any(a in taken for a in el.iterancestors(*_BLOCK_TAGS)):
            continue
        text = _SPACE.sub(" ", el.text_content()).strip()
        shingles = _shingles(text)
        if len(shingles) < 2:
            continue
        if text in seen:
            continue
        if sum(sh in known for sh in shingles) / len(shingles) >= _MIN_PARAGRAPH_MATCH:
            taken.add(el)
            seen.add(text)
            found.append(text)
    return found


def _recover(paragraphs: list[str], tree: Any, body: str | None) -> list[str]:
    """Rebuild the body from page blocks when trafilatura missed much of articleBody.

    Long articles split over several containers (ads or figures between them) sometimes
    come back cut in half; the publisher's articleBody tells which blocks belong.
    """
    if not body or len(body) < _MIN_RECOVER_CHARS:
        return paragraphs
    before = _coverage(paragraphs, body)
    if before >= _RECOVER_BELOW:
        return paragraphs
    blocks = _blocks_in_body(tree, body)
    if _coverage(blocks, body) >= before + _RECOVER_GAIN:
        logger.debug("rebuilt body from %d blocks (coverage was %.2f)", len(blocks), before)
        return blocks
    return paragraphs


def _lead(paragraphs: Sequence[str], tree: Any, description: str | None) -> str | None:
    """The visible standfirst matching the page description, when the extraction lacks it.

    trafilatura often skips the lead set apart above the body (its own container, bold
    or larger type); the meta or JSON-LD description usually repeats it word for word.
    """
    if not description:
        return None
    wanted = set(_shingles(description))
    if len(wanted) < _MIN_LEAD_SHINGLES:
        return None
    have = {sh for p in paragraphs[:_LEAD_WINDOW] for sh in _shingles(p)}
    if len(wanted & have) / len(wanted) >= _MIN_PARAGRAPH_MATCH:
        return None
    body = tree.find("body")
    if body is None:
        return None
    size = len(description)
    # The lead stands above the body: the search ends at the first extracted paragraph.
    start = _norm(paragraphs[0])[:60] if paragraphs else None
    for el in body.iter(*_LEAD_TAGS):
        raw = el.text_content()
        if start and el.tag == "p" and _norm(raw[: 2 * len(start) + 40]).startswith(start):
            break
        # Folding whitespace only shortens: skip the sizes that cannot match unfolded.
        if len(raw) < size * 0.8 or len(raw) > size * 3 + 300:
            continue
        text = _SPACE.sub(" ", raw).strip()
        if not size * 0.8 <= len(text) <= size * 1.15 + 15:
            continue
        shingles = set(_shingles(text))
        if shingles and len(shingles & wanted) / len(wanted) >= _LEAD_MATCH:
            return text
    return None


def _is_headline(para: str, titles: Sequence[str]) -> bool:
    """Whether a paragraph repeats the headline, perhaps with a kicker or site name added."""
    if len(para) > _HEADING_CHARS * 2 or para.rstrip().endswith("."):
        return False
    norm = _norm(para)
    own = set(_shingles(para))
    for title in titles:
        if norm == _norm(title):
            return True
        theirs = set(_shingles(title))
        if len(theirs) < 2 or len(own) < 2:
            continue
        shared = len(own & theirs)
        # The headline inside a longer line ("Kicker: Headline | Site") or the reverse.
        if shared >= 0.9 * len(theirs) and len(para) <= 1.6 * len(title) + 30:
            return True
        if shared >= 0.9 * len(own) and len(para) >= 0.6 * len(title):
            return True
    return False


def _titles(tree: Any, *known: str | None) -> list[str]:
    """Headline variants: structured and meta titles and the page's first visible h1."""
    titles = [t for t in known if t]
    h1 = next(tree.iter("h1"), None)
    if h1 is not None:
        text = _SPACE.sub(" ", " ".join(h1.itertext())).strip()
        if text:
            titles.append(text)
    return titles


def _above_byline(paragraphs: Sequence[str], i: int) -> bool:
    """A headline-shaped line right above a byline or date line is a (variant) headline."""
    if i + 1 >= len(paragraphs):
        return False
    para, below = paragraphs[i], paragraphs[i + 1]
    words = len(_WORD.findall(para))
    if not 3 <= words <= _KICKER_WORDS * 3 or para.rstrip().endswith("."):
        return False
    return bool(parse_byline(below) or parse_date(below))


def _drop_head(paragraphs: list[str], titles: Sequence[str]) -> tuple[list[str], list[Removed]]:
    """Drop the headline block that opens some extractions: kicker, headline, date, byline.

    These are metadata, not body; kickers above the headline are reported as such, the
    rest is moved metadata and not reported.
    """
    if not titles:
        return paragraphs, []
    window = paragraphs[:_HEAD_WINDOW]
    last = max(
        (
            i
            for i, p in enumerate(window)
            if _is_headline(p, titles) or _above_byline(paragraphs, i)
        ),
        default=-1,
    )
    if last < 0:
        return paragraphs, []
    kickers: list[Removed] = []
    drop: set[int] = {last}
    for i in range(last):
        para = window[i]
        if _is_headline(para, titles) or parse_date(para) or parse_byline(para):
            drop.add(i)
        elif len(_WORD.findall(para)) <= _KICKER_WORDS:
            drop.add(i)
            kickers.append(Removed(para, "kicker"))
        else:
            # Prose above: the body has begun and the line is a subheading that
            # echoes the headline.
            return paragraphs, []
    for i in range(last + 1, min(len(paragraphs), last + 1 + _META_AFTER)):
        if parse_date(paragraphs[i]) or parse_byline(paragraphs[i]):
            drop.add(i)
        else:
            break
    return [p for i, p in enumerate(paragraphs) if i not in drop], kickers


def _vet_by_body(
    paragraphs: Sequence[str], found: Sequence[bool] | None
) -> tuple[list[str], set[int], list[Removed]]:
    """Drop paragraphs articleBody does not contain; return kept, confirmed indexes, removed.

    The lead (above the first confirmed paragraph) and subheadings right above a
    confirmed paragraph stay unconfirmed: CMSs often keep them out of articleBody.
    """
    if found is None:
        return list(paragraphs), set(), []
    first = next((i for i, ok in enumerate(found) if ok), len(found))
    kept: list[str] = []
    confirmed: set[int] = set()
    removed: list[Removed] = []
    for i, para in enumerate(paragraphs):
        heading = (
            i + 1 < len(found)
            and found[i + 1]
            and len(para) <= _HEADING_CHARS
            and not para.rstrip().endswith(".")
        )
        if found[i]:
            confirmed.add(len(kept))
            kept.append(para)
        elif i < first or heading:
            kept.append(para)
        else:
            removed.append(Removed(para[:300], "other"))
    return kept, confirmed, removed


def _filter(
    paragraphs: Sequence[str], confirmed: set[int]
) -> tuple[tuple[str, ...], tuple[Removed, ...]]:
    """Run the text filter; paragraphs confirmed by articleBody stay whatever it says."""
    kept, removed = filter_paragraphs(paragraphs)
    # Its main-block rule is meant for whole flattened pages; trafilatura already chose
    # the main block, and secondary prose blocks left in it are sections of the article.
    sure = {r.text for r in removed if r.kind == "unrelated_teaser"}
    # Widget lines say what they are; CMSs sometimes copy them into articleBody.
    widgets = {
        r.text
        for r in removed
        if r.kind in _WIDGET_KINDS
        and (len(_WORD.findall(r.text)) <= _WIDGET_WORDS or is_widget_line(r.text))
    }
    sure.update(p for i in confirmed if (p := paragraphs[i].strip()) not in widgets)
    if not sure:
        return kept, removed
    left = set(kept) | sure
    return (
        tuple(p.strip() for p in paragraphs if p.strip() in left),
        tuple(r for r in removed if r.text not in sure),
    )


def _title(document: Document, data: ArticleData) -> str | None:
    """The headline: structured data first, else trafilatura's title without a site suffix."""
    if data.headline:
        return data.headline
    title = document.title.strip() if document.title else None
    return title or None


def _metadata(tree: Any, url: str | None, data: ArticleData) -> Document:
    """Page metadata beyond structured data: meta tags when JSON-LD names headline and date.

    trafilatura's full metadata search (JSON-LD again, bylines, htmldate's extensive
    date search) costs about as much as the extraction itself; it only runs when the
    structured data lacks the headline or the date.
    """
    if data.headline and data.published:
        meta = examine_meta(tree)
        if meta.author and " " not in meta.author:
            meta.author = None
        return meta
    return extract_metadata(tree, default_url=url)


def extract_html(html: str, *, url: str | None = None) -> Cleaned | None:
    """Extract the article body and metadata from a page; None when no body is found.

    trafilatura runs with comments off (its default keeps reader comments) on a tree
    already stripped of named page furniture; metadata comes from its separate
    ``extract_metadata`` and the page's structured data. A first paragraph repeating
    the headline is moved metadata and dropped unreported; a kicker above it is
    reported as boilerplate.
    """
    if not isinstance(html, str) or not _TAG.search(html):
        # No markup at all: plain text belongs to the text path.
        return None
    tree = parse_html(html)
    if tree is None:
        return None
    try:
        huge = truncate(tree)
        data = read_structured(tree)
        pruned = prune_boilerplate(tree)
        meta = _metadata(tree, url, data)
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            fast=huge,
            include_comments=False,
            with_metadata=False,
            include_images=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError) as err:
        logger.debug("extraction failed for %s: %s", url, err)
        return None
    if isinstance(document, Document) and document.text:
        paragraphs = [p.strip() for p in document.text.split("\n") if p.strip()]
    else:
        # trafilatura gives up on some pathological trees (very deep nesting);
        # the page's paragraph elements still carry the text.
        paragraphs = text_blocks(tree)
        if not paragraphs:
            return None
    title = _title(meta, data)
    paragraphs, kickers = _drop_head(paragraphs, _titles(tree, title, meta.title))
    if data.body_from_cms:
        paragraphs = _recover(paragraphs, tree, data.body)
    lead = _lead(paragraphs, tree, data.description or meta.description)
    if lead:
        paragraphs.insert(0, lead)
    vetted, confirmed, unvetted = _vet_by_body(paragraphs, _body_match(paragraphs, data.body))
    kept, removed = _filter(vetted, confirmed)
    if not kept:
        logger.debug("html for %s yielded only boilerplate", url)
        if not (title or data.authors or data.published or meta.date):
            return None
    reported = (pruned + kickers + unvetted)[:MAX_REPORTED]
    return Cleaned(
        paragraphs=kept,
        removed=(*reported, *removed),
        title=title,
        authors=data.authors or _authors(meta.author),
        published=data.published or meta.date or None,
        sitename=data.sitename or meta.sitename or None,
    )
