"""The Faust app: consume raw articles, enrich them in a process pool, publish, count.

Two agents, each with concurrency 1 (higher concurrency can commit past unfinished
messages, faust-streaming #606), taking batches with ``take_events``:

    articles.raw ─► route: decode, validate ─► articles.bysource (keyed by source)
                           └─ invalid ─► articles.deadletter
    articles.bysource ─► enrich: process pool ─► articles.enriched + articles.category.<slug>
                           └─ rejected ─► articles.deadletter

Repartitioning by source means one worker sees every article of a source, so it
can learn that source's recurring boilerplate lines: counts kept in memory for
the partitions it owns, persisted to a compacted state topic and loaded back
from it when a partition is (re)assigned (see agents.linestate). Every send
future is awaited before a batch ends, so offsets are committed only after
output (and the new states) is acknowledged: at-least-once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import aiohttp.web
import faust

from agents.errors import BrokerError, PublishError
from agents.linestate import LineStates
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
    parse_rfc3339,
)
from pipeline.core import Options
from pipeline.ids import source_of
from pipeline.models import EnrichedArticle, Outcome, RawArticle, Rejected
from pipeline.recurring import MemoryStore

__all__ = ["Newsflow", "build", "cloudevent_headers"]

logger = logging.getLogger(__name__)

#: Bytes of an oversize payload kept in its dead letter.
_OVERSIZE_PREFIX = 64 * 1024
#: Header carrying "partition/offset/timestamp/topic" of the raw message a repartitioned one
#: came from.
_ORIGIN_HEADER = "newsflow-origin"

#: A send future to await, its topic, and the dead-letter reason if it is one.
_Pending = tuple[Any, str, str | None]


@dataclass(frozen=True, slots=True)
class _Origin:
    """Where an input came from, and its bytes, for dead letters."""

    topic: str | None
    partition: int | None
    offset: int | None
    payload: bytes
    key: bytes | None
    #: When the raw message was produced (epoch seconds), if known.
    timestamp: float | None = None


def _payload(msg: Any) -> bytes:
    """A message's value as bytes (a tombstone is empty)."""
    value = msg.value
    return value if isinstance(value, bytes) else b""


def _span(events: list[Any]) -> str:
    """The partitions and offset ranges a batch covers, for logs."""
    ranges: dict[tuple[str, int], list[int]] = {}
    for event in events:
        msg = event.message
        ranges.setdefault((msg.topic, msg.partition), []).append(msg.offset)
    return ", ".join(f"{t}/{p}@{min(o)}-{max(o)}" for (t, p), o in sorted(ranges.items()))


def _origin_of(msg: Any) -> _Origin:
    """The raw message a repartitioned message came from (its own position if unknown).

    The header is "partition/offset/stamp/topic"; one written before the produce time was
    added ("partition/offset/topic", still queued after an upgrade) reads as well.
    """
    for name, value in msg.headers or ():
        if name == _ORIGIN_HEADER:
            parts = bytes(value).decode().split("/")  # Kafka topic names have no "/"
            stamp = float(parts[2]) if len(parts) == 4 else 0.0
            return _Origin(
                parts[-1], int(parts[0]), int(parts[1]), _payload(msg), None, stamp or None
            )
    return _Origin(msg.topic, msg.partition, msg.offset, _payload(msg), msg.key, msg.timestamp)


def _born(raw: RawArticle, origin: _Origin) -> float | None:
    """Epoch seconds the article entered the system: its fetched_at, else its produce time."""
    fetched = parse_rfc3339(raw.fetched_at)
    return fetched.timestamp() if fetched is not None else origin.timestamp


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
    #: Per-source recurring-line counts (see pipeline.recurring) of the sources whose
    #: by-source partitions this worker owns.
    lines: MemoryStore
    #: Loads ``lines`` from the state topic per partition and generation, and encodes them.
    states: LineStates
    _topics: dict[str, Any] = field(default_factory=dict)

    def topic(self, name: str) -> Any:
        """A Faust topic carrying plain bytes (our JSON), created lazily and cached."""
        if name not in self._topics:
            self._topics[name] = self.app.topic(
                name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
            )
        return self._topics[name]

    async def route_batch(self, events: list[Any]) -> None:
        """Stage 1: decode and validate raw messages, repartition valid ones by source.

        Invalid messages are dead-lettered here. Valid ones go to the by-source topic
        unchanged (lossless), keyed by source, so that one worker sees all of a source
        and its recurring-line counts; their origin travels in headers.
        """
        s = self.settings
        pending: list[_Pending] = []
        for event in events:
            msg = event.message
            self.metrics.consumed.labels(msg.topic).inc()
            origin = _origin_of(msg)
            with self.metrics.stage_seconds.labels("decode").time():
                decoded = decode_raw(origin.payload, max_bytes=s.max_message_bytes)
            if isinstance(decoded, Rejected):
                pending.append(await self._dead_letter(origin, decoded))
                continue
            headers = [
                (
                    _ORIGIN_HEADER,
                    f"{msg.partition}/{msg.offset}/{msg.timestamp or 0}/{msg.topic}".encode(),
                ),
                ("content-type", b"application/json"),
            ]
            key = source_of(decoded).encode()
            topic = s.topic_bysource
            future = await self.topic(topic).send(key=key, value=origin.payload, headers=headers)
            pending.append((future, topic, None))
        await self._await_acks(pending, events)

    async def enrich_batch(self, events: list[Any]) -> None:
        """Stage 2: enrich articles of the sources this worker owns, publish, learn lines."""
        s = self.settings
        origins = [_origin_of(event.message) for event in events]
        decoded = [decode_raw(o.payload, max_bytes=s.max_message_bytes) for o in origins]
        sources = [(e.message.key or b"unknown").decode("utf-8", "replace") for e in events]
        # Counts of partitions new to this worker (or to this generation) come from the state
        # topic first; a failed load stops the worker before the batch is acknowledged.
        await self.states.ensure_loaded(
            {e.message.partition for e in events}, self.app.consumer_generation_id
        )
        jobs = [
            (i, d, self.lines.recurring(sources[i]))
            for i, d in enumerate(decoded)
            if isinstance(d, RawArticle)
        ]
        results = await self.pool.run_many([d for _, d, _ in jobs], [r for _, _, r in jobs])
        ran = {i: outcome for (i, _, _), outcome in zip(jobs, results, strict=True)}
        outcomes = [
            ran[i] if i in ran else Outcome(cast(Rejected, d)) for i, d in enumerate(decoded)
        ]
        pending: list[_Pending] = []
        born: list[float] = []
        touched: dict[str, None] = {}
        for origin, source, raw, outcome in zip(origins, sources, decoded, outcomes, strict=True):
            self.metrics.observe_outcome(outcome)
            result = outcome.result
            if isinstance(result, EnrichedArticle):
                if isinstance(raw, RawArticle) and (start := _born(raw, origin)) is not None:
                    born.append(start)
                pending.extend(await self._publish(result))
                # Counted once per article id, so a redelivered batch changes nothing.
                self.lines.record(source, result.id, outcome.line_keys)
                touched[source] = None
            else:
                pending.append(await self._dead_letter(origin, result))
        # The new states are acknowledged with the batch, before its offsets are committed.
        pending.extend([await self._save_state(source) for source in touched])
        await self._await_acks(pending, events)
        done = time.time()
        for start in born:
            self.metrics.end_to_end.observe(max(0.0, done - start))
        count = len(ran) - sum(isinstance(o.result, Rejected) for o in ran.values())
        logger.info(
            "enriched %d of %d from %s",
            count,
            len(events),
            _span(events),
            extra={"count": count, "topic": events[0].message.topic},
        )

    async def _save_state(self, source: str) -> _Pending:
        """Send the current recurring-line state of ``source`` to the state topic."""
        record = self.states.record_of(source)
        if record is None:  # not reachable after record(); kept for the type checker
            raise PublishError(f"no recurring-line state for source {source!r} to save")
        key, value = record
        t = self.settings.topic_linestate
        return (await self.topic(t).send(key=key, value=value), t, None)

    async def _publish(self, article: EnrichedArticle) -> list[_Pending]:
        """Send an enriched article to the enriched topic and its category's routing topic."""
        stamp = now_rfc3339()
        value = dump(enriched_to_dict(article))
        headers = cloudevent_headers(CE_TYPE_ENRICHED, article.id, stamp)
        top = article.categories[0].label if article.categories else None
        routes = [self.settings.topic_enriched, self.settings.category_topic(category_slug(top))]
        key = article.id.encode()
        return [
            (await self.topic(t).send(key=key, value=value, headers=headers), t, None)
            for t in routes
        ]

    async def _dead_letter(self, origin: _Origin, result: Rejected) -> _Pending:
        """Send a dead letter carrying the original payload, why it failed, and where it was."""
        stamp = now_rfc3339()
        payload = origin.payload
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
            topic=origin.topic,
            partition=origin.partition,
            offset=origin.offset,
            pipeline_version=PIPELINE_VERSION,
            failed_at=stamp,
        )
        logger.info(
            "dead-lettering %s/%s@%s (%s): %s",
            origin.topic,
            origin.partition,
            origin.offset,
            result.reason,
            result.message[:200],
            extra={
                "article_id": result.article_id,
                "topic": origin.topic,
                "partition": origin.partition,
                "offset": origin.offset,
                "reason": result.reason,
                "stage": result.stage,
            },
        )
        t = self.settings.topic_deadletter
        headers = cloudevent_headers(CE_TYPE_DEAD_LETTER, result.article_id, stamp)
        future = await self.topic(t).send(key=origin.key, value=dump(letter), headers=headers)
        return (future, t, result.reason)

    async def _await_acks(self, pending: list[_Pending], events: list[Any]) -> None:
        """Wait for every send; a failure stops the worker before the batch is acked."""
        started = time.perf_counter()
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
        self.metrics.stage_seconds.labels("publish").observe(time.perf_counter() - started)

    async def refresh_lag(self) -> None:
        """Set the lag gauge of every assigned input partition: end offset minus committed."""
        consumer = self.app.consumer
        inputs = {self.settings.topic_raw, self.settings.topic_bysource}
        tps = [tp for tp in consumer.assignment() if tp.topic in inputs]
        if not tps:
            return
        ends = await consumer.highwaters(*tps)
        for tp in tps:
            # Faust keeps the last committed offsets on its consumer, with no public getter.
            committed = getattr(consumer, "_committed_offset", {}).get(tp) or 0
            lag = max(0, int(ends.get(tp, 0)) - committed)
            self.metrics.lag.labels(tp.topic, str(tp.partition)).set(lag)


def build(settings: Settings) -> Newsflow:
    """Create the Faust app and its agent from ``settings`` (and nothing from the environment)."""
    data_dir = Path(settings.data_dir)
    # Faust writes its state under here and fails on a missing parent directory.
    data_dir.mkdir(parents=True, exist_ok=True)
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
    lines = MemoryStore(settings.recurring_policy)
    flow = Newsflow(
        settings=settings,
        app=app,
        metrics=Metrics(),
        lines=lines,
        states=LineStates(settings, lines),
        pool=DocumentPool(
            settings.pool_size, settings.doc_timeout, Options(recurring=settings.recurring_policy)
        ),
    )

    async def run_batches(stream: Any, handle: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_within):
            try:
                await handle(list(events))
            except (PublishError, BrokerError) as exc:
                # Leaving now, before take_events acks the batch, keeps its offsets
                # uncommitted: a restarted worker redoes it (at-least-once).
                logger.critical("%s; stopping without committing this batch", exc)
                os._exit(70)

    @app.agent(flow.topic(settings.topic_raw), concurrency=1, name="newsflow.route")
    async def route_articles(stream: Any) -> None:
        await run_batches(stream, flow.route_batch)

    @app.agent(flow.topic(settings.topic_bysource), concurrency=1, name="newsflow.enrich")
    async def enrich_articles(stream: Any) -> None:
        await run_batches(stream, flow.enrich_batch)

    async def refresh_lag() -> None:
        try:
            await flow.refresh_lag()
        except Exception as exc:  # noqa: BLE001 - a failed refresh must not stop the worker
            logger.warning("could not refresh consumer lag: %r", exc)

    app.timer(interval=settings.lag_interval)(refresh_lag)

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
