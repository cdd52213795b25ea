from __future__ import annotations

import base64

import orjson
import pytest

from pipeline.contracts import (
    SCHEMAS,
    category_slug,
    dead_letter,
    decode_raw,
    enriched_to_dict,
    is_rfc3339,
    schema_errors,
)
from pipeline.models import Category, EnrichedArticle, RawArticle, Rejected, Removed, Topic

LIMIT = 1_000_000


def test_valid_raw_article_decodes_to_dataclass() -> None:
    payload = orjson.dumps({"id": "a1", "text": "Hello there.", "url": "https://x.org/a"})
    raw = decode_raw(payload, max_bytes=LIMIT)
    assert raw == RawArticle(text="Hello there.", id="a1", url="https://x.org/a")


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"\xff\xfe\x00binary", "undecodable"),
        (b"not json at all", "invalid_json"),
        (b"[1, 2]", "schema_violation"),
        (b'{"id": "x"}', "schema_violation"),
        (b'{"text": ""}', "schema_violation"),
        (b'{"text": "   "}', "schema_violation"),
        (b'{"text": 42}', "schema_violation"),
        (b'{"html": ["a"]}', "schema_violation"),
        (b'{"text": "ok", "surprise": 1}', "schema_violation"),
        (b'{"text": "ok", "fetched_at": "yesterday"}', "schema_violation"),
    ],
)
def test_bad_payloads_are_rejected_with_reason(payload: bytes, reason: str) -> None:
    result = decode_raw(payload, max_bytes=LIMIT)
    assert isinstance(result, Rejected)
    assert result.reason == reason
    assert result.message


def test_oversize_payload_is_rejected_before_parsing() -> None:
    result = decode_raw(b'{"text": "' + b"a" * 100 + b'"}', max_bytes=50)
    assert isinstance(result, Rejected)
    assert result.reason == "oversize"


def test_schema_violation_names_the_missing_body() -> None:
    result = decode_raw(b'{"id": "x", "url": "https://a.b/c"}', max_bytes=LIMIT)
    assert isinstance(result, Rejected)
    assert "html" in result.message
    assert "text" in result.message


def test_rfc3339() -> None:
    assert is_rfc3339("2024-12-04T10:00:00Z")
    assert is_rfc3339("2024-12-04T10:00:00.123+01:00")
    assert not is_rfc3339("2024-12-04")
    assert not is_rfc3339("2024-13-04T10:00:00Z")


def _article() -> EnrichedArticle:
    return EnrichedArticle(
        id="a1",
        url=None,
        source="unknown",
        title="T",
        authors=("A. B",),
        published="2024-12-04",
        language="de",
        body="Body line.",
        removed=(Removed("Teilen", "share_bar"),),
        topics=(Topic("NATO", "organization", 0.9),),
        categories=(Category("medtop:11000000", "politics", 0.8),),
        fetched_at="2024-12-04T10:00:00Z",
        pipeline_version="0.1.0",
        processed_at="2024-12-04T10:00:01Z",
    )


def test_enriched_document_matches_schema() -> None:
    doc = enriched_to_dict(_article())
    assert schema_errors("enriched-article.v1", doc) == []
    doc["extra"] = 1
    assert schema_errors("enriched-article.v1", doc)


def test_dead_letter_keeps_binary_payload_losslessly() -> None:
    payload = b"\x00\xffbinary\x80"
    letter = dead_letter(
        payload,
        Rejected("undecodable", "decode", "bad bytes", "UnicodeDecodeError"),
        topic="articles.raw",
        partition=2,
        offset=17,
        pipeline_version="0.1.0",
        failed_at="2024-12-04T10:00:00Z",
    )
    assert schema_errors("dead-letter.v1", letter) == []
    assert letter["payload"]["encoding"] == "base64"
    assert base64.b64decode(letter["payload"]["data"]) == payload
    assert letter["origin"] == {"topic": "articles.raw", "partition": 2, "offset": 17}


def test_every_schema_is_strict_at_top_level() -> None:
    from importlib import resources

    for name in SCHEMAS:
        text = resources.files("pipeline.schemas").joinpath(f"{name}.json").read_bytes()
        schema = orjson.loads(text)
        assert schema["additionalProperties"] is False, name


@pytest.mark.parametrize(
    ("label", "slug"),
    [
        ("politics", "politics"),
        ("conflict, war and peace", "conflict-war-and-peace"),
        ("arts, culture, entertainment and media", "arts-culture-entertainment-and-media"),
        (None, "uncategorized"),
    ],
)
def test_category_slug(label: str | None, slug: str) -> None:
    assert category_slug(label) == slug
