"""The one entry point of the pure core: raw article in, enriched article or rejection out.

Stages, each replaceable on its own:

    clean   HTML: trafilatura + our paragraph filter (``htmlclean``);
            text, or HTML that yields no body: our line filter (``textclean``)
    topics  language (``language``), entities and keyphrases (``topics``),
            IPTC categories (``categories``)

A stage that raises becomes a ``Rejected(reason="extraction_error")`` value naming the
stage; nothing escapes :func:`enrich`.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from pipeline import PIPELINE_VERSION
from pipeline.categories import categorize
from pipeline.contracts import now_rfc3339
from pipeline.htmlclean import extract_html
from pipeline.ids import article_id, source_of
from pipeline.language import detect_language
from pipeline.models import (
    Category,
    Cleaned,
    EnrichedArticle,
    Outcome,
    RawArticle,
    Rejected,
    Stage,
    Topic,
)
from pipeline.recurring import RecurringPolicy, drop_recurring, paragraph_keys
from pipeline.textclean import clean_text
from pipeline.topics import extract_topics

__all__ = ["Options", "enrich"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Above this share of control characters, "text" is binary data in disguise.
_BINARY_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Options:
    """Knobs of the core; the streaming shell fills them from its settings."""

    #: Most topics kept per article (the contract allows up to 15).
    max_topics: int = 15
    #: Most categories kept per article.
    max_categories: int = 3
    #: When a line recurring across a source's articles counts as boilerplate.
    recurring: RecurringPolicy = field(default_factory=RecurringPolicy)


class _StageFailed(Exception):
    """Internal: carries a stage's failure to :func:`enrich`'s single exit."""

    def __init__(self, stage: Stage, error: BaseException) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


def _timed(stage: Stage, timings: list[tuple[Stage, float]], fn: Callable[[], T]) -> T:
    """Run one stage, record its duration, and tag any failure with the stage."""
    start = time.perf_counter()
    try:
        return fn()
    except Exception as exc:
        raise _StageFailed(stage, exc) from exc
    finally:
        timings.append((stage, time.perf_counter() - start))


def _binary_share(text: str) -> float:
    """Share of control, unassigned and private-use characters (bar line breaks and tabs)."""
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if ch not in "\n\r\t" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    return bad / len(sample)


def _clean(raw: RawArticle) -> Cleaned:
    """HTML wins when it yields a body; text is the fallback."""
    if raw.html and raw.html.strip():
        cleaned = extract_html(raw.html, url=raw.url)
        if cleaned is not None and cleaned.paragraphs:
            return cleaned
        if not (raw.text and raw.text.strip()):
            # Some "HTML" is plain text in disguise, or markup trafilatura rejects.
            from_html = clean_text(_strip_tags(raw.html), title_hint=raw.title)
            if cleaned is not None:
                return Cleaned(
                    paragraphs=from_html.paragraphs,
                    removed=cleaned.removed + from_html.removed,
                    title=cleaned.title or from_html.title,
                    authors=cleaned.authors or from_html.authors,
                    published=cleaned.published or from_html.published,
                    sitename=cleaned.sitename,
                )
            return from_html
    return clean_text(raw.text or "", title_hint=raw.title)


def _source(raw: RawArticle, cleaned: Cleaned) -> str:
    """The publisher: as given, else the URL's host, else the page's own site name."""
    source = source_of(raw)
    if source == "unknown" and cleaned.sitename:
        return cleaned.sitename.strip() or source
    return source


def _strip_tags(html: str) -> str:
    """Text of markup that trafilatura found no article in, one block per line."""
    import lxml.html  # local: only this rare fallback needs it

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return "\n".join(t.strip() for t in tree.itertext() if t.strip())


def _topics(
    title: str | None, body: str, hint: str | None, options: Options
) -> tuple[str, tuple[Topic, ...], tuple[Category, ...]]:
    """Language, topics and categories from the cleaned title and body only."""
    language = detect_language(f"{title or ''}\n{body}")
    if language == "und" and hint:
        primary = hint.split("-")[0].lower()
        # The contract carries ISO 639-1 (two letters); a longer hint cannot be trusted to map.
        if len(primary) == 2 and primary.isalpha():
            language = primary
    topics = extract_topics(title, body, language, limit=options.max_topics)
    categories = categorize(title, body, topics, language)[: options.max_categories]
    return language, topics, categories


def enrich(
    raw: RawArticle,
    options: Options | None = None,
    *,
    now: str | None = None,
    recurring: frozenset[str] = frozenset(),
) -> Outcome:
    """Turn one raw article into an enriched article, or a rejection saying why not.

    ``now`` (RFC 3339) stamps ``processed_at`` and defaults ``fetched_at``; it is
    taken from the clock when omitted. ``recurring`` holds the line keys that recur
    across the source's articles (see :mod:`pipeline.recurring`); those lines are
    removed as ``recurring_line``. The result is deterministic for a given input and
    recurring set, apart from the timestamps.
    """
    options = options or Options()
    stamp = now or now_rfc3339()
    ident = article_id(raw)
    timings: list[tuple[Stage, float]] = []
    share = max(_binary_share(raw.html or ""), _binary_share(raw.text or ""))
    if share > _BINARY_SHARE:
        return Outcome(
            Rejected(
                "undecodable",
                "validate",
                f"content looks like binary data ({share:.0%} control characters)",
                "BinaryContent",
                ident,
            )
        )
    try:
        first = _timed("clean", timings, lambda: _clean(raw))
        keys = paragraph_keys(first, options.recurring)
        cleaned = drop_recurring(first, recurring, options.recurring)
        if not cleaned.paragraphs:
            return Outcome(
                Rejected(
                    "empty_body",
                    "clean",
                    "no article text left after removing boilerplate",
                    "EmptyBody",
                    ident,
                ),
                tuple(timings),
            )
        title = cleaned.title or (raw.title.strip() if raw.title else None) or None
        body = "\n".join(cleaned.paragraphs)
        language, topics, categories = _timed(
            "topics",
            timings,
            lambda: _topics(title, body, raw.language, options),
        )
    except _StageFailed as failed:
        logger.warning("article %s failed in %s: %s", ident, failed.stage, failed)
        return Outcome(
            Rejected(
                "extraction_error", failed.stage, str(failed), type(failed.error).__name__, ident
            ),
            tuple(timings),
        )
    article = EnrichedArticle(
        id=ident,
        url=raw.url,
        source=_source(raw, cleaned),
        title=title,
        authors=cleaned.authors,
        published=cleaned.published,
        language=language,
        body=body,
        removed=cleaned.removed,
        topics=topics,
        categories=categories,
        fetched_at=raw.fetched_at or stamp,
        pipeline_version=PIPELINE_VERSION,
        processed_at=stamp,
    )
    return Outcome(article, tuple(timings), keys)
