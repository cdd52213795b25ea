"""Deterministic article ids: the given id, else the canonical URL's hash, else the content's."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline.models import RawArticle

__all__ = ["article_id", "canonical_url", "source_of"]

# Query parameters that identify a campaign or a click, not a page.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "at_")
_TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "igshid", "ocid", "cmpid", "ito", "ref", "ref_src"}
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def canonical_url(url: str) -> str | None:
    """Normalise a URL so that tracking and cosmetic variants of one page compare equal.

    Lower-cases scheme and host, drops default ports, ``www.``, fragments, tracking
    parameters and a trailing slash, and sorts the remaining query. Returns None for
    strings that are not absolute http(s) URLs.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if port is not None and str(port) != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING_PARAMS and not k.lower().startswith(_TRACKING_PREFIXES)
    )
    path = parts.path.rstrip("/") or "/"
    # Both schemes name one article; https is the canonical spelling.
    return urlunsplit(("https", host, path, urlencode(query), ""))


def _digest(kind: str, value: str) -> str:
    """A short, stable, collision-resistant id for ``value``."""
    return f"{kind}-{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()[:24]}"


def article_id(raw: RawArticle) -> str:
    """The article's id: as given, else from the canonical URL, else from the content."""
    if raw.id:
        return raw.id
    if raw.url and (canon := canonical_url(raw.url)):
        return _digest("url", canon)
    return _digest("sha", (raw.html or "") + "\x00" + (raw.text or ""))


def source_of(raw: RawArticle) -> str:
    """The publisher: as given, else the URL's host without ``www.``, else ``unknown``."""
    if raw.source and raw.source.strip():
        return raw.source.strip()
    if raw.url:
        try:
            host = urlsplit(raw.url.strip()).hostname
        except ValueError:
            host = None
        if host:
            return host.lower().removeprefix("www.")
    return "unknown"
