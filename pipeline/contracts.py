"""The public contracts: JSON Schemas, decoding of raw articles, encoding of outputs.

Every event newsflow reads or writes has a versioned JSON Schema shipped in
``pipeline/schemas/``. A contract changes only by adding a version. Payloads are
plain JSON written with orjson; the CloudEvents type names the contract and version.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any, Final, Literal

import orjson
from jsonschema import Draft202012Validator, FormatChecker

from pipeline.models import EnrichedArticle, RawArticle, Rejected

__all__ = [
    "CE_SOURCE",
    "CE_SPECVERSION",
    "CE_TYPE_DEAD_LETTER",
    "CE_TYPE_ENRICHED",
    "CE_TYPE_RAW",
    "SCHEMAS",
    "SchemaName",
    "category_slug",
    "dead_letter",
    "decode_raw",
    "dump",
    "enriched_to_dict",
    "is_rfc3339",
    "now_rfc3339",
    "parse_rfc3339",
    "schema_errors",
]

SchemaName = Literal["raw-article.v1", "enriched-article.v1", "dead-letter.v1"]
SCHEMAS: Final[tuple[SchemaName, ...]] = ("raw-article.v1", "enriched-article.v1", "dead-letter.v1")

CE_SPECVERSION: Final = "1.0"
CE_SOURCE: Final = "urn:newsflow:pipeline"
CE_TYPE_RAW: Final = "dev.newsflow.article.raw.v1"
CE_TYPE_ENRICHED: Final = "dev.newsflow.article.enriched.v1"
CE_TYPE_DEAD_LETTER: Final = "dev.newsflow.article.deadletter.v1"

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_SLUG_FOLD = re.compile(r"[^a-z0-9]+")


def parse_rfc3339(value: object) -> datetime | None:
    """The moment an RFC 3339 date-time with an offset names, or None when it is none."""
    if not isinstance(value, str) or not _RFC3339.match(value):
        return None
    try:
        return datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return None


def is_rfc3339(value: object) -> bool:
    """True when ``value`` is an RFC 3339 date-time with an offset."""
    return parse_rfc3339(value) is not None


_FORMATS = FormatChecker(formats=())
_FORMATS.checks("date-time")(is_rfc3339)


@cache
def _validator(name: SchemaName) -> Draft202012Validator:
    text = resources.files("pipeline.schemas").joinpath(f"{name}.json").read_text("utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_FORMATS)


def schema_errors(name: SchemaName, document: object) -> list[str]:
    """Every way ``document`` violates contract ``name``, as readable strings (empty when valid)."""
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.path))
    out = []
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        out.append(f"{where}: {err.message}")
    return out


def now_rfc3339() -> str:
    """The current UTC time, RFC 3339 with milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def decode_raw(data: bytes, *, max_bytes: int) -> RawArticle | Rejected:
    """Decode and validate one raw article v1 message value.

    Returns a :class:`RawArticle`, or a :class:`Rejected` that says why (too large,
    not UTF-8, not JSON, or not matching the schema, with every violation listed).
    """
    if len(data) > max_bytes:
        return Rejected(
            "oversize",
            "decode",
            f"message is {len(data)} bytes; the limit is {max_bytes} (NEWSFLOW_MAX_MESSAGE_BYTES)",
            "MessageTooLarge",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(
            "undecodable", "decode", f"payload is not UTF-8: {exc}", "UnicodeDecodeError"
        )
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        return Rejected("invalid_json", "decode", f"payload is not JSON: {exc}", "JSONDecodeError")
    return raw_from_document(document)


def raw_from_document(document: object) -> RawArticle | Rejected:
    """Validate a decoded JSON document against raw article v1."""
    errors = schema_errors("raw-article.v1", document)
    if errors:
        if not isinstance(document, dict):
            errors = [f"expected a JSON object, got {type(document).__name__}"]
        elif not any(
            isinstance(document.get(k), str) and document[k].strip() for k in ("html", "text")
        ):
            errors.insert(0, "needs a non-empty 'html' or 'text' string")
        return Rejected("schema_violation", "validate", "; ".join(errors[:10]), "SchemaViolation")
    assert isinstance(document, dict)  # the schema says so
    return RawArticle(
        html=document.get("html") or None,
        text=document.get("text") or None,
        id=document.get("id"),
        url=document.get("url"),
        source=document.get("source"),
        fetched_at=document.get("fetched_at"),
        title=document.get("title"),
        language=document.get("language"),
    )


def enriched_to_dict(article: EnrichedArticle) -> dict[str, Any]:
    """The enriched article v1 JSON document for ``article``."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "language": article.language,
        "body": article.body,
        "removed": [{"text": r.text, "kind": r.kind} for r in article.removed],
        "topics": [{"label": t.label, "kind": t.kind, "score": t.score} for t in article.topics],
        "categories": [
            {"code": c.code, "label": c.label, "score": c.score} for c in article.categories
        ],
        "fetched_at": article.fetched_at,
        "pipeline_version": article.pipeline_version,
        "processed_at": article.processed_at,
    }


def dead_letter(
    payload: bytes,
    rejected: Rejected,
    *,
    topic: str | None,
    partition: int | None,
    offset: int | None,
    pipeline_version: str,
    failed_at: str,
) -> dict[str, Any]:
    """The dead letter v1 document: the original bytes kept losslessly, plus why and where."""
    try:
        packed = {"encoding": "utf-8", "data": payload.decode("utf-8")}
    except UnicodeDecodeError:
        packed = {"encoding": "base64", "data": base64.b64encode(payload).decode("ascii")}
    return {
        "payload": packed,
        "error": {
            "reason": rejected.reason,
            "type": rejected.error_type,
            "message": rejected.message,
        },
        "stage": rejected.stage,
        "origin": {"topic": topic, "partition": partition, "offset": offset},
        "article_id": rejected.article_id,
        "pipeline_version": pipeline_version,
        "failed_at": failed_at,
    }


def dump(document: dict[str, Any]) -> bytes:
    """Serialise a contract document as compact JSON bytes."""
    return orjson.dumps(document)


def category_slug(label: str | None) -> str:
    """The routing-topic suffix for a label: lower-cased, non-alphanumerics folded to ``-``."""
    if not label:
        return "uncategorized"
    return _SLUG_FOLD.sub("-", label.lower()).strip("-") or "uncategorized"
