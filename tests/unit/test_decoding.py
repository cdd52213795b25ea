from __future__ import annotations

import codecs

from pipeline.decoding import decode_bytes

TEXT = "Größere Änderungen für Bürger: Straße gesperrt, Grüße aus Köln."


def test_utf8_and_bom() -> None:
    assert decode_bytes(TEXT.encode()) == TEXT
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode()) == TEXT
    assert decode_bytes(TEXT.encode("utf-16")) == TEXT


def test_declared_charset_is_used_when_it_fits() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{TEXT}</body></html>'
    assert TEXT in decode_bytes(page.encode("latin-1"))


def test_wrong_declaration_falls_back_to_detection() -> None:
    page = f'<meta charset="shift_jis"><p>{TEXT * 5}</p>'
    assert "Straße" in decode_bytes(page.encode("cp1252"))


def test_binary_never_raises() -> None:
    assert isinstance(decode_bytes(bytes(range(256)) * 10), str)
