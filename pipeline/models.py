"""Frozen message types of the pure core: raw article in, enriched article or rejection out.

These are the in-process shapes. Their JSON forms (the public contracts) live in
``pipeline/schemas/`` and are produced by :mod:`pipeline.contracts`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "BOILERPLATE_KINDS",
    "ENTITY_KINDS",
    "REJECTION_REASONS",
    "STAGES",
    "BoilerplateKind",
    "Category",
    "Cleaned",
    "EnrichedArticle",
    "EntityKind",
    "Outcome",
    "RawArticle",
    "Rejected",
    "RejectionReason",
    "Removed",
    "Stage",
    "Topic",
]

#: What a removed piece of boilerplate was. Documented in the README; closed list.
BoilerplateKind = Literal[
    "newsletter_promo",
    "comments_widget",
    "cookie_notice",
    "share_bar",
    "image_caption",
    "breadcrumb",
    "related_links",
    "sources_stub",
    "unrelated_teaser",
    "paywall",
    "ad_label",
    "kicker",
    "recurring_line",
    "other",
]
BOILERPLATE_KINDS: tuple[BoilerplateKind, ...] = BoilerplateKind.__args__  # type: ignore[attr-defined]

EntityKind = Literal["person", "organization", "location", "event", "keyphrase"]
ENTITY_KINDS: tuple[EntityKind, ...] = EntityKind.__args__  # type: ignore[attr-defined]

#: The stage of the core (or of the streaming shell) where a message failed.
Stage = Literal["decode", "validate", "clean", "topics", "publish"]
STAGES: tuple[Stage, ...] = Stage.__args__  # type: ignore[attr-defined]

#: Why an input was rejected; a bounded set, used as a metric label.
RejectionReason = Literal[
    "undecodable",  # bytes are not UTF-8 JSON
    "invalid_json",  # not JSON at all
    "schema_violation",  # JSON, but not a raw article v1
    "oversize",  # larger than the configured limit
    "empty_body",  # nothing left after cleaning
    "extraction_error",  # a stage raised
    "timeout",  # the per-document time limit was exceeded
    "worker_crash",  # the process running the document died
]
REJECTION_REASONS: tuple[RejectionReason, ...] = RejectionReason.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A validated raw article v1 (see ``schemas/raw-article.v1.json``)."""

    html: str | None = None
    text: str | None = None
    id: str | None = None
    url: str | None = None
    source: str | None = None
    fetched_at: str | None = None
    title: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """One piece of boilerplate taken out of the body, with why."""

    text: str
    kind: BoilerplateKind


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The output of a cleaning stage: body paragraphs, removed pieces and found metadata."""

    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    sitename: str | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    """A ranked topic: a canonical label, its kind and a score in [0, 1]."""

    label: str
    kind: EntityKind
    score: float


@dataclass(frozen=True, slots=True)
class Category:
    """An IPTC Media Topics top-level category with a score in [0, 1]."""

    code: str
    label: str
    score: float


@dataclass(frozen=True, slots=True)
class EnrichedArticle:
    """An enriched article v1 (see ``schemas/enriched-article.v1.json``)."""

    id: str
    url: str | None
    source: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    language: str
    body: str
    removed: tuple[Removed, ...]
    topics: tuple[Topic, ...]
    categories: tuple[Category, ...]
    fetched_at: str
    pipeline_version: str
    processed_at: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """A rejection as a value: why and where an input could not be enriched."""

    reason: RejectionReason
    stage: Stage
    message: str
    error_type: str = "Rejected"
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the core returns: the result, how long each stage took (s), and the body's line keys.

    ``line_keys`` (see :mod:`pipeline.recurring`) feed the per-source recurring-line counts.
    """

    result: EnrichedArticle | Rejected
    stage_seconds: tuple[tuple[Stage, float], ...] = field(default=())
    line_keys: tuple[str, ...] = ()
