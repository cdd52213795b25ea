"""Article metadata and body text that publishers embed for search engines.

Most news sites describe the article in JSON-LD (``<script type="application/ld+json">``
with a schema.org ``NewsArticle``/``Article``) or in microdata (``itemprop`` attributes).
These carry the headline, authors, publication date, publisher and often the full
``articleBody``, written by the newsroom's CMS rather than guessed from the layout, so
they are used for metadata and as a whitelist for extracted paragraphs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["ArticleData", "read_structured"]

logger = logging.getLogger(__name__)

_ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|Report)$")
_SPACE_RE = re.compile(r"\s+")
_TAG_RE = re.compile(r"<[^>]{0,200}>")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Objects nested deeper than this are not article descriptions.
_MAX_DEPTH = 8
_MAX_SCRIPT_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class ArticleData:
    """What structured data says about the page's article; every field may be missing."""

    headline: str | None = None
    description: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    sitename: str | None = None
    body: str | None = None
    #: How many article objects the page describes (live blogs list many).
    articles: int = 0
    #: Whether ``body`` was written by the CMS (JSON-LD), not read off the page (microdata).
    body_from_cms: bool = False


def _clean(value: Any) -> str | None:
    """A whitespace-folded string without inline tags, or None."""
    if not isinstance(value, str):
        return None
    text = _SPACE_RE.sub(" ", _TAG_RE.sub(" ", value)).strip()
    return text or None


def _walk(obj: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in a parsed JSON-LD document, depth-limited."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(obj, dict):
        yield obj
        for value in obj.values():
            if isinstance(value, dict | list):
                yield from _walk(value, depth + 1)
    elif isinstance(obj, list):
        for value in obj:
            yield from _walk(value, depth + 1)


def _is_article(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD object's @type is a kind of article."""
    kinds = obj.get("@type")
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list):
        return False
    return any(isinstance(k, str) and _ARTICLE_TYPE_RE.search(k) for k in kinds)


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD author value (string, object or list of either)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        kinds = value.get("@type")
        if kinds == "Organization" or (isinstance(kinds, list) and "Organization" in kinds):
            return []
        name = _clean(value.get("name"))
        return [name] if name else []
    name = _clean(value)
    # A URL or a very long string is not a name.
    if not name or "://" in name or len(name) > 80:
        return []
    return [name]


def _date(value: Any) -> str | None:
    """The ISO date part of a JSON-LD date value."""
    text = _clean(value[0] if isinstance(value, list) and value else value)
    return text[:10] if text and _DATE_RE.match(text) else None


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    """All article objects of the page's JSON-LD scripts, in document order."""
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            # CMSs sometimes leave raw newlines or tabs inside strings.
            try:
                data = orjson.loads(_SPACE_RE.sub(" ", raw))
            except orjson.JSONDecodeError:
                logger.debug("unparsable JSON-LD script (%d chars)", len(raw))
                continue
        found.extend(obj for obj in _walk(data) if _is_article(obj))
    return found


def _microdata(tree: Any) -> ArticleData:
    """Article fields from ``itemprop`` microdata attributes."""

    def first(prop: str) -> Any | None:
        hits = tree.xpath(f'//*[@itemprop="{prop}"]')
        return hits[0] if hits else None

    body_el = first("articleBody")
    body = _clean(body_el.text_content()) if body_el is not None else None
    head_el = first("headline")
    headline = _clean(head_el.text_content()) if head_el is not None else None
    date_el = first("datePublished")
    published = None
    if date_el is not None:
        published = _date(date_el.get("content") or date_el.get("datetime") or date_el.text)
    return ArticleData(headline=headline, published=published, body=body, articles=1)


def read_structured(tree: Any) -> ArticleData:
    """Read the main article's JSON-LD (falling back to microdata) from a parsed page."""
    articles = _json_ld(tree)
    micro = _microdata(tree) if tree.xpath('//*[@itemprop="articleBody"]') else None
    if not articles:
        return micro or ArticleData()
    # The main article: the one with the longest body, else the first one listed.
    main = max(
        articles,
        key=lambda o: (
            len(o.get("articleBody") or "") if isinstance(o.get("articleBody"), str) else 0
        ),
    )
    if not isinstance(main.get("articleBody"), str):
        main = articles[0]
    publisher = main.get("publisher")
    sitename = _clean(publisher.get("name")) if isinstance(publisher, dict) else None
    authors = tuple(dict.fromkeys(_names(main.get("author"))))
    cms_body = _clean(main.get("articleBody"))
    body = cms_body or (micro.body if micro else None)
    return ArticleData(
        headline=_clean(main.get("headline")) or _clean(main.get("name")),
        description=_clean(main.get("description")),
        authors=authors,
        published=_date(main.get("datePublished")) or _date(main.get("dateCreated")),
        sitename=sitename,
        body=body,
        articles=len(articles),
        body_from_cms=cms_body is not None,
    )
