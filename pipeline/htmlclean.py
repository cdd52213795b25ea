"""HTML stage: trafilatura's main-content extraction and metadata, then our paragraph filter."""

from __future__ import annotations

import logging
import re

import trafilatura
from trafilatura.settings import Document

from pipeline.models import Cleaned
from pipeline.textclean import filter_paragraphs

__all__ = ["extract_html"]

logger = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Case- and whitespace-folded text for equality checks."""
    return _SPACE.sub(" ", text).strip().casefold()


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


def extract_html(html: str, *, url: str | None = None) -> Cleaned | None:
    """Extract the article body and metadata from a page; None when no body is found.

    trafilatura runs with comments off (its default keeps reader comments) and
    metadata on. Its paragraphs then go through :func:`pipeline.textclean.filter_paragraphs`,
    which removes what trafilatura keeps but a news body must not (inline promos,
    credits, "Read more" lines...). A first paragraph repeating the headline is moved
    metadata, not boilerplate, so it is dropped without being reported.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        with_metadata=True,
        include_images=False,
        deduplicate=False,
    )
    if not isinstance(document, Document) or not document.text:
        return None
    paragraphs = [p.strip() for p in document.text.split("\n") if p.strip()]
    title = document.title.strip() if document.title else None
    if title and paragraphs and _norm(paragraphs[0]) == _norm(title):
        paragraphs = paragraphs[1:]
    kept, removed = filter_paragraphs(paragraphs)
    if not kept:
        logger.debug("html for %s yielded only boilerplate", url)
    return Cleaned(
        paragraphs=kept,
        removed=removed,
        title=title,
        authors=_authors(document.author),
        published=document.date or None,
        sitename=document.sitename or None,
        language=document.language or None,
    )
