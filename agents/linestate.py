"""Per-source recurring-line states on a compacted Kafka topic, so they survive the worker.

The ``enrich`` agent keeps each source's state (see :mod:`pipeline.recurring`) in a
:class:`~pipeline.recurring.MemoryStore` and, after every batch, sends the new state of each
source it touched to the state topic (``NEWSFLOW_TOPIC_LINESTATE``), keyed by source bytes
exactly like the by-source topic. With the same partition count and partitioner, partition
p of the state topic holds the sources of by-source partition p. The sends are acknowledged
before the batch's offsets are committed, so the topic is never behind the committed input.

Before a worker computes recurring lines for a by-source partition it has not loaded since
its current assignment (consumer generation), :class:`LineStates` reads that partition of
the state topic from the beginning with a plain consumer (no group) and replaces the
in-memory states of the sources found there: the last value per key wins. This replaces
a Faust table, whose recovery in faust-streaming 0.15.3 acknowledged input it had skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from agents.errors import BrokerError
from agents.settings import Settings
from pipeline.recurring import MemoryStore

__all__ = ["LineStates", "read_states"]

logger = logging.getLogger(__name__)

#: How long one poll waits; the read ends after a poll that returns nothing at the end.
_POLL_MS = 300
#: Longest a load may take before the worker gives up (and stops without acking).
_LOAD_TIMEOUT = 60.0


async def read_states(
    settings: Settings, partitions: Iterable[int], store: MemoryStore
) -> tuple[int, int]:
    """Read ``partitions`` of the state topic from the beginning into ``store``.

    Each record replaces the state of its source (a tombstone forgets it); a value that is
    not a state is logged and skipped. Reads until every partition's position has reached
    the end offset taken at the start *and* a poll returns nothing: the embedded broker
    sometimes reports end offsets one or two low. Returns (records read, distinct sources
    whose state was set).
    Raises :class:`BrokerError` if the broker cannot be read within a minute.
    """
    tps = [TopicPartition(settings.topic_linestate, p) for p in sorted(set(partitions))]
    if not tps:
        return 0, 0
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_bytes=settings.max_message_bytes * 2,
        max_partition_fetch_bytes=settings.max_message_bytes * 2,
    )
    loop = asyncio.get_running_loop()
    deadline = loop.time() + _LOAD_TIMEOUT
    records = 0
    sources: set[str] = set()
    try:
        await consumer.start()
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while True:
            batch = await consumer.getmany(*tps, timeout_ms=_POLL_MS)
            for messages in batch.values():
                for msg in messages:
                    records += 1
                    source = _apply(store, msg.key, msg.value, msg.partition, msg.offset)
                    if source is not None:
                        sources.add(source)
            if not batch:
                positions = [await consumer.position(tp) for tp in tps]
                if all(pos >= ends.get(tp, 0) for pos, tp in zip(positions, tps, strict=True)):
                    return records, len(sources)
            if loop.time() > deadline:
                raise BrokerError(
                    f"could not read {settings.topic_linestate} partitions "
                    f"{[tp.partition for tp in tps]} to their end within {_LOAD_TIMEOUT:.0f} s"
                )
    except KafkaError as exc:
        raise BrokerError(f"could not read {settings.topic_linestate}: {exc!r}") from exc
    finally:
        await consumer.stop()


def _apply(
    store: MemoryStore, key: bytes | None, value: bytes | None, partition: int, offset: int
) -> str | None:
    """Put one record into ``store``; the source whose state it set, else None."""
    if key is None:
        logger.warning("state record without key at partition %s offset %s", partition, offset)
        return None
    source = key.decode("utf-8", "replace")
    if value is None:
        store.forget(source)
        return None
    try:
        decoded = orjson.loads(value)
    except orjson.JSONDecodeError:
        decoded = None
    if not store.put(source, decoded):
        logger.warning(
            "skipping state of %s at partition %s offset %s: not a state",
            source,
            partition,
            offset,
        )
        return None
    return source


class LineStates:
    """Which by-source partitions' states are loaded, and the records that persist them."""

    def __init__(self, settings: Settings, store: MemoryStore) -> None:
        self.settings = settings
        self.store = store
        self._generation: int | None = None
        self._loaded: set[int] = set()

    def missing(self, partitions: Iterable[int], generation: int) -> list[int]:
        """Partitions not loaded since ``generation`` began (a new generation forgets all)."""
        if generation != self._generation:
            self._generation = generation
            self._loaded.clear()
        return sorted(set(partitions) - self._loaded)

    async def ensure_loaded(self, partitions: Iterable[int], generation: int) -> None:
        """Load the states of by-source ``partitions`` not yet loaded in ``generation``."""
        todo = self.missing(partitions, generation)
        if not todo:
            return
        started = asyncio.get_running_loop().time()
        records, applied = await read_states(self.settings, todo, self.store)
        self._loaded.update(todo)
        logger.info(
            "loaded recurring-line states of %s sources (%s records) from %s partitions %s "
            "in %.2f s (generation %s)",
            applied,
            records,
            self.settings.topic_linestate,
            todo,
            asyncio.get_running_loop().time() - started,
            generation,
        )

    def record_of(self, source: str) -> tuple[bytes, bytes] | None:
        """Key and value persisting the current state of ``source`` (None if unknown)."""
        state = self.store.state(source)
        if state is None:
            return None
        return source.encode("utf-8"), orjson.dumps(state)
