"""Plain aiokafka helpers for the CLI and tests: topic creation, producing, consuming."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from typing import TextIO

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, MessageSizeTooLargeError

from agents.errors import BrokerError
from agents.inputs import Input
from agents.settings import Settings
from pipeline.categories import IPTC_MEDIA_TOPICS
from pipeline.contracts import CE_TYPE_RAW, category_slug

__all__ = [
    "all_topics",
    "consume",
    "ensure_topics",
    "producer",
    "progress_line",
    "publish_inputs",
]

logger = logging.getLogger(__name__)


def all_topics(settings: Settings) -> list[str]:
    """Every topic the worker reads or writes."""
    routing = [
        settings.category_topic(category_slug(label)) for label in IPTC_MEDIA_TOPICS.values()
    ]
    routing.append(settings.category_topic("uncategorized"))
    return [
        settings.topic_raw,
        settings.topic_bysource,
        settings.topic_linestate,
        settings.topic_enriched,
        settings.topic_deadletter,
        *routing,
    ]


async def ensure_topics(settings: Settings, *, timeout: float = 30.0) -> list[str]:
    """Create missing topics; returns the ones created. Retries until the broker answers."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        admin = AIOKafkaAdminClient(bootstrap_servers=settings.bootstrap_servers)
        try:
            await admin.start()
            break
        except KafkaConnectionError as exc:
            await admin.close()
            if asyncio.get_running_loop().time() > deadline:
                raise BrokerError(f"no broker at {settings.bootstrap_servers}: {exc}") from exc
            await asyncio.sleep(0.5)
    try:
        existing = set(await admin.list_topics())
        wanted = [t for t in all_topics(settings) if t not in existing]
        if wanted:
            response = await admin.create_topics([_new_topic(settings, t) for t in wanted])
            for topic, code, message in response.topic_errors:
                # 36: TOPIC_ALREADY_EXISTS, a race with another worker starting.
                if code not in (0, 36):
                    raise BrokerError(f"could not create topic {topic}: {code} {message}")
            logger.info("created topics %s", ", ".join(wanted))
        return wanted
    finally:
        await admin.close()


def _new_topic(settings: Settings, topic: str) -> NewTopic:
    """The topic to create; the state topic is compacted (the last value per source counts).

    The state topic has as many partitions as the by-source topic, so that with the same key
    and partitioner its partition p holds the sources of by-source partition p.
    """
    configs = {"cleanup.policy": "compact"} if topic == settings.topic_linestate else None
    return NewTopic(topic, settings.partitions, settings.replication_factor, topic_configs=configs)


def producer(settings: Settings) -> AIOKafkaProducer:
    """A producer that waits for the leader's ack and allows messages up to the size limit."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers,
        acks=1,
        max_request_size=settings.max_message_bytes + 64 * 1024,
        linger_ms=5,
    )


async def consume(
    settings: Settings, topics: Sequence[str], *, from_beginning: bool = True
) -> AsyncIterator[tuple[str, bytes | None, bytes | None, list[tuple[str, bytes]]]]:
    """Yield ``(topic, key, value, headers)`` from ``topics`` without joining a group."""
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=settings.bootstrap_servers,
        group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_partition_fetch_bytes=settings.max_message_bytes * 2,
    )
    try:
        await consumer.start()
    except KafkaError as exc:
        await consumer.stop()
        raise BrokerError(f"cannot consume from {settings.bootstrap_servers}: {exc}") from exc
    try:
        async for msg in consumer:
            yield msg.topic, msg.key, msg.value, list(msg.headers or ())
    finally:
        await consumer.stop()


async def publish_inputs(
    settings: Settings, inputs: Sequence[Input], topic: str, err: TextIO
) -> int:
    """Publish inputs keyed by id, with a progress line; returns when all are acknowledged.

    An input too large for the producer is reported on ``err`` and skipped; returns the
    number skipped.
    """
    await ensure_topics(settings)
    prod = producer(settings)
    await prod.start()
    skipped = 0
    try:
        futures = []
        for item in inputs:
            headers = [("ce_type", CE_TYPE_RAW.encode()), ("content-type", b"application/json")]
            key = item.id.encode() if item.id else None
            try:
                futures.append(await prod.send(topic, item.payload, key=key, headers=headers))
            except MessageSizeTooLargeError:
                skipped += 1
                err.write(
                    f"skipped {item.origin}: {len(item.payload)} bytes is more than "
                    f"NEWSFLOW_MAX_MESSAGE_BYTES={settings.max_message_bytes} allows\n"
                )
        for done, future in enumerate(futures, start=1):
            await future
            progress_line(err, "produced", done, len(futures))
    finally:
        await prod.stop()
    err.write("\n")
    return skipped


def progress_line(err: TextIO, verb: str, done: int, total: int) -> None:
    """A one-line progress bar on a terminal, a plain count elsewhere."""
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    end = "\r" if err.isatty() else "\n"
    if err.isatty() or done == total:
        err.write(f"{verb} [{bar}] {done}/{total}{end}")
        err.flush()
