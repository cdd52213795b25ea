"""Bytes to text for scraped files: BOM, declared charset, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

__all__ = ["decode_bytes"]

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _declared(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> str:
    """Decode a scraped file: BOM first, then UTF-8, then the declared charset, then detection.

    A declaration that does not fit the bytes is common on scraped pages, so a
    declared charset is only trusted when the bytes decode under it; strict UTF-8 is
    tried before it because a page re-encoded to UTF-8 often keeps its old meta tag.
    Never raises: the last resort decodes with replacement characters.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")
