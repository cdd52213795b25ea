"""DOM-level boilerplate removal before main-content extraction.

Pages are parsed once (:func:`parse_html`, tolerant of very deep and very large
documents); :func:`prune_boilerplate` then cuts out elements whose markup names them
as page furniture (newsletter boxes, comment sections, share bars, related-article
rails, paywall teasers, cookie banners, ads, breadcrumbs, captions and credits) and
reports each cut piece with its kind. Markup names are what publishers' templates use
for styling, so they are a strong, language-independent signal; two guards keep it
from cutting the article itself: an element holding most of the page's text is never
cut, and link lists ("teaser", "more") are only cut when they are mostly links.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from pipeline.models import BoilerplateKind, Removed

__all__ = [
    "MAX_ELEMENTS",
    "MAX_REPORTED",
    "parse_html",
    "prune_boilerplate",
    "text_blocks",
    "truncate",
]

logger = logging.getLogger(__name__)

#: Pages with more elements are cut after this many: trafilatura's cost grows faster than
#: linearly, and no news article needs more (a long one has a few thousand).
MAX_ELEMENTS = 40_000
#: At most this many pruned pieces are reported, each cut to ``_REPORT_CHARS`` characters.
MAX_REPORTED = 50
_REPORT_CHARS = 300

_PARSER = lxml.html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)
# Cheap pre-parse cleanup: scripts (except JSON-LD, which carries metadata), styles,
# inline SVG and comments make up most of a large page's bytes and none of its text.
_JUNK_RE = re.compile(
    r"<script\b(?![^>]*ld\+json)[^>]*>.*?</script\s*>"
    r"|<style\b[^>]*>.*?</style\s*>"
    r"|<svg\b[^>]*>.*?</svg\s*>"
    r"|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_WRAPPER_RE = re.compile(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|b|i|em)\b[^>]*>",
    re.IGNORECASE,
)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")

# Attribute vocabulary per kind, matched against class/id/role/aria/data values.
# Order matters: the first matching kind names the piece.
_NAME_PATTERNS: tuple[tuple[BoilerplateKind, str], ...] = (
    (
        "cookie_notice",
        r"cookie|consent|gdpr|\bcmp[-_]|privacy-?(?:banner|notice|manager|shield|wall)"
        r"|sourcepoint|placeholder|external-?content|embed-?(?:consent|privacy)",
    ),
    (
        "newsletter_promo",
        r"newsletter|subscri(?:be|ption)-?(?:box|form|promo|banner|cta|teaser|widget)"
        r"|signup|sign-up|opt-?in|\bnl-(?:box|teaser|signup)",
    ),
    (
        "comments_widget",
        r"\bcomments?(?:\b|[-_](?:section|list|area|container|wrapper|count|block))"
        r"|disqus|commento|coral-|kommentare|leserkommentar|discussion",
    ),
    ("share_bar", r"\bshare|sharing|social-?(?:bar|links|share|buttons|icons|media-links)|teilen"),
    ("paywall", r"paywall|regwall|premium-?(?:banner|teaser|promo|box)|plus-?teaser"),
    ("breadcrumb", r"breadcrumb|brotkrumen"),
    (
        "ad_label",
        r"(?:^|[-_\s])(?:ad|ads|advert|adslot|ad-slot|adunit|dfp|banner-ad)(?:$|[-_\s\d])"
        r"|advertisement|anzeige|werbung|sponsored|outbrain|taboola|commercial",
    ),
    (
        "image_caption",
        r"caption|(?:^|[-_\s])credits?\b|copyright|bildunterschrift|photo-?source|image-?source",
    ),
    (
        "related_links",
        r"related|recommend|read-?more|more-?(?:articles|stories|news|from)|also-?read"
        r"|weiterlesen|mehr-?zum-?thema|auch-?interessant|most-?(?:read|popular)|trending"
        r"|meistgelesen|recirc|top-?stories|latest-?news",
    ),
    # Embedded posts (their text is the platform's, not the article's) and author bio boxes.
    (
        "other",
        r"twitter-tweet|instagram-media|tiktok-embed|embed-?-?(?:twitter|instagram|tiktok)"
        r"|author-?(?:bio|box|information|info|card|profile)\b|about-?the-?author|autoren?-?box",
    ),
)
_NAME_RES: tuple[tuple[BoilerplateKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pat)) for kind, pat in _NAME_PATTERNS
)
# Teaser blocks: cut only when mostly links, since some sites call the article lead a teaser.
_TEASER_RE = re.compile(r"teaser|more-?links|weitere|promo|card-?list|rail")
_TAG_KINDS: dict[str, BoilerplateKind] = {
    "figcaption": "image_caption",
    "nav": "other",
    "aside": "other",
    "footer": "other",
}
_ROLE_KINDS: dict[str, BoilerplateKind] = {
    "navigation": "other",
    "complementary": "other",
    "contentinfo": "other",
    "banner": "other",
    "dialog": "other",
    "alertdialog": "other",
}
_TEXT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "span"})
_KEEP_TAGS = frozenset({"html", "body", "head", "main", "script", "title", "meta"})
# Names that mark the article container itself; never prune those or their ancestors.
_ARTICLE_RE = re.compile(r"article-?body|articlebody|story-?body|post-?content|entry-content")
# An element holding this share of the page's text is a wrapper, not a widget.
_MAX_SHARE = 0.4
_MIN_LINK_SHARE = 0.5


def parse_html(html: str) -> Any | None:
    """Parse a page with lxml, tolerating huge and deeply nested trees; None if unparsable."""
    if not html or not html.strip():
        return None
    text = _JUNK_RE.sub("", html)
    # lxml refuses str input that declares an encoding.
    text = _XML_DECL_RE.sub("", text).replace("\x00", "")
    if not text.strip():
        return None
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
            # libxml2 stops descending at depth 2048 even with huge_tree and drops what
            # lies deeper; layout wrappers carry no text, so unwrap them and parse again.
            logger.debug("html nested too deep, unwrapping containers")
            tree = lxml.html.document_fromstring(_WRAPPER_RE.sub(" ", text), parser=_PARSER)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        logger.debug("unparsable html (%d chars)", len(html))
        return None
    if tree is None or len(tree) == 0:
        return None
    return tree


def _names(el: Any) -> str:
    """The lower-cased class, id, role, aria and data attribute values of an element."""
    parts = []
    for key, value in el.attrib.items():
        named = key in ("class", "id", "role", "aria-label", "itemprop") or key.startswith("data-")
        if named and len(value) < 200:
            parts.append(value)
    return " ".join(parts).lower()


def _text(el: Any) -> str:
    """Whitespace-folded text content of an element."""
    return _SPACE_RE.sub(" ", el.text_content()).strip()


def _link_share(el: Any, text_len: int) -> float:
    """Share of an element's text that sits inside links."""
    if not text_len:
        return 1.0
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return min(1.0, linked / text_len)


def _is_hidden(el: Any) -> bool:
    """Elements the browser does not show (hidden attribute, display:none)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and "display:none" in style.replace(" ", "").lower()


# cached by name string: pages repeat the same class names on many elements
@lru_cache(maxsize=20_000)
def _name_kind(names: str) -> tuple[BoilerplateKind | None, bool]:
    """The kind a name string points at (first matching pattern) and whether it says teaser."""
    kind = next((k for k, pat in _NAME_RES if pat.search(names)), None)
    return kind, kind is None and bool(_TEASER_RE.search(names))


def _kind_of(el: Any, tag: str, names: str) -> tuple[BoilerplateKind | None, bool]:
    """Name an element's boilerplate kind; the flag says whether it must be link-heavy."""
    kind, teaser = _name_kind(names) if names else (None, False)
    if kind is not None:
        # Some CMSs mark the metered article text itself "paywall"; promos are boxes.
        if kind == "paywall" and tag in _TEXT_TAGS:
            return None, False
        # Related/recommendation rails are link lists; prose with such a name stays.
        return kind, kind == "related_links"
    if tag in _TAG_KINDS:
        return _TAG_KINDS[tag], False
    role = (el.get("role") or "").lower()
    if role in _ROLE_KINDS:
        return _ROLE_KINDS[role], False
    if teaser:
        return "unrelated_teaser", True
    return None, False


def _protected(tree: Any, names_of: dict[Any, str]) -> set[Any]:
    """The article container(s) and their ancestors, which pruning must not cut."""
    keep: set[Any] = set()
    for el in tree.iter(tag=etree.Element):
        names = _names(el)
        names_of[el] = names
        if (names and _ARTICLE_RE.search(names)) or el.tag == "article":
            if el.tag == "article" and _TEASER_RE.search(names):
                continue
            keep.add(el)
            keep.update(el.iterancestors())
    return keep


def _verdict(el: Any, tag: str, total: int, names: str) -> tuple[BoilerplateKind | None, str]:
    """Decide whether to cut one element; return its kind (None to keep) and its text."""
    if tag in _KEEP_TAGS:
        return None, ""
    if _is_hidden(el):
        kind: BoilerplateKind | None = "other"
        needs_links = False
    else:
        kind, needs_links = _kind_of(el, tag, names)
    if kind is None:
        return None, ""
    text = _text(el)
    if len(text) > _MAX_SHARE * total:
        return None, ""
    if needs_links and _link_share(el, len(text)) < _MIN_LINK_SHARE:
        return None, ""
    return kind, text


def prune_boilerplate(tree: Any) -> list[Removed]:
    """Cut boilerplate elements out of ``tree`` in place; return the reported pieces."""
    body = tree.find("body")
    if body is None:
        body = tree
    total = len(_text(body)) or 1
    names_of: dict[Any, str] = {}
    protected = _protected(body, names_of)
    doomed: list[tuple[Any, BoilerplateKind, str]] = []
    # Iterative walk (pages may nest 100,000 deep) that skips the subtrees it cuts.
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:
            continue
        if el in protected:
            kind, text = None, ""
        else:
            kind, text = _verdict(el, tag, total, names_of.get(el, ""))
        if kind is not None:
            doomed.append((el, kind, text))
        else:
            stack.extend(reversed(el))
    removed: list[Removed] = []
    for el, kind, text in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        # Keep the tail text: it belongs to the parent, not to the cut element.
        if el.tail and el.tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
        if text and len(removed) < MAX_REPORTED:
            removed.append(Removed(text[:_REPORT_CHARS], kind))
    logger.debug("pruned %d elements", len(doomed))
    return removed


def truncate(tree: Any, limit: int = MAX_ELEMENTS) -> bool:
    """Drop everything after the ``limit``-th element in document order; True if cut."""
    last = None
    for count, el in enumerate(tree.iter()):
        if count >= limit:
            last = el
            break
    if last is None:
        return False
    node = last
    while node is not None:
        # Remove the following siblings of the cut point and of each of its ancestors.
        for sibling in list(node.itersiblings()):
            node.getparent().remove(sibling)
        node = node.getparent()
    parent = last.getparent()
    if parent is not None:
        parent.remove(last)
    logger.debug("page truncated after %d elements", limit)
    return True


_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre")


def text_blocks(tree: Any) -> list[str]:
    """Paragraph-level texts in document order: the fallback when extraction fails."""
    found: list[str] = []
    taken: set[Any] = set()
    for el in tree.iter(*_BLOCKS):
        if any(a in taken for a in el.iterancestors(*_BLOCKS)):
            continue
        text = _text(el)
        if text:
            taken.add(el)
            found.append(text)
    return found
