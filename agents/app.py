"""The Faust app: consume raw articles, enrich them in a process pool, publish, count.

One agent with concurrency 1 (higher concurrency can commit past unfinished
messages, faust-streaming #606) takes batches with ``take_events``; the CPU work
fans out over :class:`agents.pool.DocumentPool`. Every send future is awaited
before the batch ends, so offsets are committed only after output is
acknowledged: at-least-once.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp.web
import faust

from agents.errors import PublishError
from agents.metrics import CONTENT_TYPE_LATEST, Metrics
from agents.pool import DocumentPool
from agents.settings import Settings
from pipeline import PIPELINE_VERSION
from pipeline.contracts import (
    CE_SOURCE,
    CE_SPECVERSION,
    CE_TYPE_DEAD_LETTER,
    CE_TYPE_ENRICHED,
    category_slug,
    dead_letter,
    decode_raw,
    dump,
    enriched_to_dict,
    now_rfc3339,
)
from pipeline.core import Options
from pipeline.models import EnrichedArticle, Outcome, RawArticle, Rejected

__all__ = ["Newsflow", "build", "cloudevent_headers"]

logger = logging.getLogger(__name__)

#: Bytes of an oversize payload kept in its dead letter.
_OVERSIZE_PREFIX = 64 * 1024


def cloudevent_headers(ce_type: str, subject: str | None, time: str) -> list[tuple[str, bytes]]:
    """CloudEvents 1.0 Kafka binary-mode headers for one output message.

    ``ce_id`` is derived from type and subject, so a redelivered input yields the
    same event id and consumers can de-duplicate.
    """
    seed = f"{ce_type}\x00{subject}\x00{PIPELINE_VERSION}"
    headers = [
        ("ce_specversion", CE_SPECVERSION.encode()),
        ("ce_id", hashlib.sha256(seed.encode()).hexdigest()[:32].encode()),
        ("ce_source", CE_SOURCE.encode()),
        ("ce_type", ce_type.encode()),
        ("ce_time", time.encode()),
        ("content-type", b"application/json"),
    ]
    if subject:
        headers.append(("ce_subject", subject.encode()))
    return headers


@dataclass
class Newsflow:
    """The worker: Faust app, topics, pool and metrics, wired together."""

    settings: Settings
    app: faust.App
    metrics: Metrics
    pool: DocumentPool
    _topics: dict[str, Any] = field(default_factory=dict)

    def topic(self, name: str) -> Any:
        """A Faust topic carrying plain bytes (our JSON), created lazily and cached."""
        if name not in self._topics:
            self._topics[name] = self.app.topic(
                name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
            )
        return self._topics[name]

    async def handle_batch(self, events: list[Any]) -> None:
        """Decode, enrich and publish one batch; returns only when all output is acknowledged."""
        s = self.settings
        self.metrics.consumed.inc(len(events))
        decoded: list[RawArticle | Rejected] = []
        for event in events:
            value = event.message.value
            payload = value if isinstance(value, bytes) else (value or b"")
            with self.metrics.stage_seconds.labels("decode").time():
                decoded.append(decode_raw(payload, max_bytes=s.max_message_bytes))
        to_run = [d for d in decoded if isinstance(d, RawArticle)]
        outcomes = iter(await self.pool.run_many(to_run))
        pending: list[tuple[Any, str, str | None]] = []
        for event, item in zip(events, decoded, strict=True):
            outcome = next(outcomes) if isinstance(item, RawArticle) else Outcome(item)
            self.metrics.observe_outcome(outcome)
            pending.extend(await self._publish(event, outcome))
        await self._await_acks(pending, events)

    async def _publish(self, event: Any, outcome: Outcome) -> list[tuple[Any, str, str | None]]:
        """Send the output of one input; returns (future, topic, reason) triples to await."""
        result, stamp = outcome.result, now_rfc3339()
        if isinstance(result, EnrichedArticle):
            value = dump(enriched_to_dict(result))
            headers = cloudevent_headers(CE_TYPE_ENRICHED, result.id, stamp)
            top = result.categories[0].label if result.categories else None
            routes = [
                self.settings.topic_enriched,
                self.settings.category_topic(category_slug(top)),
            ]
            key = result.id.encode()
            return [
                (await self.topic(t).send(key=key, value=value, headers=headers), t, None)
                for t in routes
            ]
        msg = event.message
        payload = msg.value if isinstance(msg.value, bytes) else b""
        if result.reason == "oversize":
            # The whole payload cannot travel; its position does, and a prefix to recognise it.
            payload = payload[:_OVERSIZE_PREFIX]
            result = replace(
                result,
                message=f"{result.message}; payload cut to its first "
                f"{_OVERSIZE_PREFIX} bytes, the original stays at its offset",
            )
        letter = dead_letter(
            payload,
            result,
            topic=msg.topic,
            partition=msg.partition,
            offset=msg.offset,
            pipeline_version=PIPELINE_VERSION,
            failed_at=stamp,
        )
        logger.info(
            "dead-lettering %s/%s@%s (%s): %s",
            msg.topic,
            msg.partition,
            msg.offset,
            result.reason,
            result.message[:200],
        )
        t = self.settings.topic_deadletter
        headers = cloudevent_headers(CE_TYPE_DEAD_LETTER, result.article_id, stamp)
        future = await self.topic(t).send(key=msg.key, value=dump(letter), headers=headers)
        return [(future, t, result.reason)]

    async def _await_acks(
        self, pending: list[tuple[Any, str, str | None]], events: list[Any]
    ) -> None:
        """Wait for every send; a failure stops the worker before the batch is acked."""
        for future, topic, reason in pending:
            try:
                await future
            except Exception as exc:
                first = events[0].message
                raise PublishError(
                    f"broker did not acknowledge output to {topic} for the batch starting at "
                    f"{first.topic}/{first.partition}@{first.offset}: {exc!r}"
                ) from exc
            self.metrics.published.labels(topic).inc()
            if reason is not None:
                self.metrics.deadlettered.labels(reason).inc()


def build(settings: Settings) -> Newsflow:
    """Create the Faust app and its agent from ``settings`` (and nothing from the environment)."""
    data_dir = Path(settings.data_dir)
    app = faust.App(
        settings.app_id,
        # An empty environment: Faust's own variables (BROKER_URL, WEB_PORT...) must
        # not override these settings; Settings.from_env reports them as ignored.
        env={},
        broker=settings.broker_url,
        store="memory://",
        datadir=str(data_dir / f"{settings.app_id}-data"),
        web_host=settings.web_host,
        web_port=settings.web_port,
        web_bind=settings.web_host,
        processing_guarantee="at_least_once",
        topic_allow_declare=False,
        topic_disable_leader=True,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_commit_interval=1.0,
        broker_max_poll_records=settings.batch_size,
        consumer_max_fetch_size=settings.max_message_bytes * 2,
        producer_max_request_size=settings.max_message_bytes + 64 * 1024,
        producer_acks=1,
        web_enabled=True,
    )
    flow = Newsflow(
        settings=settings,
        app=app,
        metrics=Metrics(),
        pool=DocumentPool(settings.pool_size, settings.doc_timeout, Options()),
    )
    raw_topic = flow.topic(settings.topic_raw)

    @app.agent(raw_topic, concurrency=1, name="newsflow.enrich")
    async def enrich_articles(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_within):
            try:
                await flow.handle_batch(list(events))
            except PublishError as exc:
                # Leaving now, before take_events acks the batch, keeps its offsets
                # uncommitted: a restarted worker redoes it (at-least-once).
                logger.critical("%s; stopping without committing this batch", exc)
                os._exit(70)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        # aiohttp's own Response: Faust's helper refuses a charset in the content type,
        # and Prometheus' exposition type carries one.
        return aiohttp.web.Response(
            body=flow.metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        ready = assigned > 0 and not app.rebalancing
        return web.json({"ready": ready, "partitions": assigned}, status=200 if ready else 503)

    @app.on_worker_init.connect
    def _start_pool(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
        flow.pool.start()

    return flow
