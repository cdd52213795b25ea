"""Every Prometheus metric newsflow exports, in one place.

Naming follows Prometheus conventions: ``newsflow_`` prefix, counters end in
``_total``, durations are ``_seconds`` histograms, and every label has a bounded
set of values (topics we create, rejection reasons, stage and boilerplate kind
names), never article ids or free text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

from pipeline import PIPELINE_VERSION
from pipeline.contracts import category_slug
from pipeline.models import BOILERPLATE_KINDS, REJECTION_REASONS, STAGES, Outcome, Rejected

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

# Stage latencies run from sub-millisecond (text path) to the document time limit.
_STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
# End to end includes queueing: seconds when live, hours when a backlog drains.
_E2E_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400)
_BODY_BUCKETS = (250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000)
# Language label values are bounded: the ones the core is built for, else "other".
_LANGUAGES = frozenset({"de", "en", "und"})


@dataclass
class Metrics:
    """The worker's metric set, on its own registry so tests can build several."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        ProcessCollector(registry=r)
        PlatformCollector(registry=r)
        self.build_info = Gauge(
            "newsflow_build_info",
            "Build of the running worker (always 1).",
            ["version"],
            registry=r,
        )
        self.build_info.labels(PIPELINE_VERSION).set(1)
        self.consumed = Counter(
            "newsflow_articles_consumed_total", "Raw messages consumed.", ["topic"], registry=r
        )
        self.enriched = Counter(
            "newsflow_articles_enriched_total", "Articles enriched successfully.", registry=r
        )
        self.published = Counter(
            "newsflow_messages_published_total",
            "Messages acknowledged by the broker, per output topic.",
            ["topic"],
            registry=r,
        )
        self.deadlettered = Counter(
            "newsflow_articles_deadlettered_total",
            "Inputs sent to the dead-letter topic, by reason.",
            ["reason"],
            registry=r,
        )
        self.stage_seconds = Histogram(
            "newsflow_stage_duration_seconds",
            "Time spent per pipeline stage.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.removed = Counter(
            "newsflow_boilerplate_removed_total",
            "Boilerplate pieces removed from bodies, by kind.",
            ["kind"],
            registry=r,
        )
        self.end_to_end = Histogram(
            "newsflow_end_to_end_seconds",
            "From the article's fetched_at (else its produce time) to acknowledged output.",
            buckets=_E2E_BUCKETS,
            registry=r,
        )
        self.by_language = Counter(
            "newsflow_articles_by_language_total",
            "Enriched articles by detected language (de, en, und, other).",
            ["language"],
            registry=r,
        )
        self.by_category = Counter(
            "newsflow_articles_by_category_total",
            "Enriched articles by top IPTC category (routing slug).",
            ["category"],
            registry=r,
        )
        self.body_chars = Histogram(
            "newsflow_body_chars",
            "Length of cleaned bodies in characters.",
            buckets=_BODY_BUCKETS,
            registry=r,
        )
        self.lag = Gauge(
            "newsflow_consumer_lag",
            "Messages not yet committed per assigned input partition (end offset - committed).",
            ["topic", "partition"],
            registry=r,
        )
        self.pool_restarts = Counter(
            "newsflow_pool_process_restarts_total",
            "Worker processes replaced after a timeout or crash.",
            ["cause"],
            registry=r,
        )
        # Reasons, stages and kinds are closed lists: create their series up front
        # so rate() works from the first event and dashboards show zeros, not gaps.
        for reason in REJECTION_REASONS:
            self.deadlettered.labels(reason)
        for stage in STAGES:
            self.stage_seconds.labels(stage)
        for kind in BOILERPLATE_KINDS:
            self.removed.labels(kind)

    def observe_outcome(self, outcome: Outcome) -> None:
        """Count what the core did for one article."""
        for stage, seconds in outcome.stage_seconds:
            self.stage_seconds.labels(stage).observe(seconds)
        result = outcome.result
        if isinstance(result, Rejected):
            if result.reason in ("timeout", "worker_crash"):
                self.pool_restarts.labels(result.reason).inc()
            return
        self.enriched.inc()
        for piece in result.removed:
            self.removed.labels(piece.kind).inc()
        language = result.language if result.language in _LANGUAGES else "other"
        self.by_language.labels(language).inc()
        top = result.categories[0].label if result.categories else None
        self.by_category.labels(category_slug(top)).inc()
        self.body_chars.observe(len(result.body))

    def exposition(self) -> bytes:
        """The Prometheus text format of every metric."""
        return generate_latest(self.registry)
