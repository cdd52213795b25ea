"""Learning boilerplate from the stream: lines that recur across many articles of one source.

A publisher's promo, footer or disclaimer repeats in every article it publishes, while
article text does not. newsflow keeps, per source, how many *distinct* articles each
normalised line appeared in, and treats a line as boilerplate once that count reaches
a threshold. The state is a plain JSON-able dict, so the worker can keep it in memory and
persist it to a compacted Kafka topic, and ``newsflow enrich`` in memory; these functions
never mutate it in place.

Guarantees:
- an article id is counted once per source, so redelivered messages do not inflate counts;
- a line seen in fewer than ``threshold`` distinct articles (at least 2) is never removed;
- memory is bounded: at most ``max_lines`` line counts and ``max_ids`` recent ids per source
  (rarest, then oldest lines are evicted first).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from pipeline.models import Cleaned, Removed

__all__ = [
    "MemoryStore",
    "RecurringPolicy",
    "SourceState",
    "drop_recurring",
    "empty_state",
    "line_key",
    "paragraph_keys",
    "record",
    "recurring_keys",
    "restore",
]

#: The per-source state: ``{"ids": [recent article ids], "lines": {line key: count}}``.
SourceState = dict[str, Any]

_NUMBER = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class RecurringPolicy:
    """When a line counts as recurring, and how much is remembered per source."""

    #: Distinct articles of one source a line must appear in to be boilerplate (>= 2).
    threshold: int = 5
    #: Line counts kept per source; beyond it the rarest, then oldest, are evicted.
    max_lines: int = 5000
    #: Recent article ids kept per source to count each article once.
    max_ids: int = 2000
    #: Lines shorter than this (after normalising) are not tracked: too generic to learn.
    min_chars: int = 12

    def __post_init__(self) -> None:
        if self.threshold < 2:
            raise ValueError("threshold must be at least 2: one article never defines boilerplate")


def line_key(text: str, policy: RecurringPolicy | None = None) -> str | None:
    """A short stable key for a line, insensitive to case, punctuation and numbers.

    Numbers are folded so that "Stand: 12:30 Uhr" and "Stand: 14:05 Uhr" are one line.
    Returns None for lines too short to track.
    """
    norm = _NON_WORD.sub(" ", _NUMBER.sub("0", text.casefold())).strip()
    if len(norm) < (policy or RecurringPolicy()).min_chars:
        return None
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=8).hexdigest()


def empty_state() -> SourceState:
    """The state of a source never seen before."""
    return {"ids": [], "lines": {}}


def recurring_keys(state: SourceState | None, policy: RecurringPolicy) -> frozenset[str]:
    """The keys of lines that have reached the threshold for this source."""
    if not state:
        return frozenset()
    lines: dict[str, int] = state.get("lines", {})
    return frozenset(k for k, n in lines.items() if n >= policy.threshold)


def record(
    state: SourceState | None, article_id: str, keys: tuple[str, ...], policy: RecurringPolicy
) -> SourceState:
    """The state after seeing ``keys`` in article ``article_id`` (unchanged if seen before)."""
    state = state or empty_state()
    ids: list[str] = list(state.get("ids", []))
    if article_id in ids:
        return state
    lines: dict[str, int] = dict(state.get("lines", {}))
    for key in dict.fromkeys(keys):  # a line repeated inside one article counts once
        # Re-inserting moves the key to the end: insertion order is recency.
        lines[key] = lines.pop(key, 0) + 1
    ids.append(article_id)
    return _capped(ids, lines, policy)


def restore(value: object, policy: RecurringPolicy) -> SourceState | None:
    """A state read back from storage (decoded JSON), checked and cut to the policy's caps.

    Returns None when ``value`` does not have the shape of a state. Ids keep their most
    recent ``max_ids``; lines keep the ``max_lines`` most frequent (most recent among equals).
    """
    if not isinstance(value, dict):
        return None
    ids, lines = value.get("ids", []), value.get("lines", {})
    if not isinstance(ids, list) or not isinstance(lines, dict):
        return None
    if not all(isinstance(i, str) for i in ids):
        return None
    if not all(
        isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool) and n > 0
        for k, n in lines.items()
    ):
        return None
    return _capped(list(ids), dict(lines), policy)


def _capped(ids: list[str], lines: dict[str, int], policy: RecurringPolicy) -> SourceState:
    """A state holding at most the policy's ``max_ids`` ids and ``max_lines`` lines (both
    callers pass copies of their own, so they are cut in place of copied again)."""
    if len(lines) > policy.max_lines:
        lines = _evict(lines, policy.max_lines)
    if len(ids) > policy.max_ids:
        del ids[: len(ids) - policy.max_ids]
    return {"ids": ids, "lines": lines}


def _evict(lines: dict[str, int], cap: int) -> dict[str, int]:
    """Keep the ``cap`` most frequent lines, the most recent among equals, in recency order."""
    order = {key: i for i, key in enumerate(lines)}
    keep = set(sorted(lines, key=lambda k: (lines[k], order[k]), reverse=True)[:cap])
    return {k: n for k, n in lines.items() if k in keep}


def drop_recurring(
    cleaned: Cleaned, keys: frozenset[str], policy: RecurringPolicy | None = None
) -> Cleaned:
    """Move paragraphs whose key is recurring into ``removed`` (kind ``recurring_line``).

    If every paragraph recurs, the article is a republication of an earlier one rather
    than boilerplate, so nothing is removed.
    """
    if not keys:
        return cleaned
    kept: list[str] = []
    gone: list[Removed] = []
    for para in cleaned.paragraphs:
        if line_key(para, policy) in keys:
            gone.append(Removed(para, "recurring_line"))
        else:
            kept.append(para)
    if not gone or not kept:
        return cleaned
    return Cleaned(
        paragraphs=tuple(kept),
        removed=cleaned.removed + tuple(gone),
        title=cleaned.title,
        authors=cleaned.authors,
        published=cleaned.published,
        sitename=cleaned.sitename,
    )


def paragraph_keys(cleaned: Cleaned, policy: RecurringPolicy | None = None) -> tuple[str, ...]:
    """The keys of an article's body paragraphs, for :func:`record`."""
    return tuple(k for k in (line_key(p, policy) for p in cleaned.paragraphs) if k is not None)


class MemoryStore:
    """Per-source states in memory; at most ``max_sources`` (least recently used evicted).

    ``newsflow enrich`` keeps its counts here; the worker too, persisting each new state to
    its state topic and loading states back with :meth:`put` and :meth:`forget`.
    """

    def __init__(self, policy: RecurringPolicy, max_sources: int = 10_000) -> None:
        self.policy = policy
        self.max_sources = max_sources
        self._states: dict[str, SourceState] = {}

    def recurring(self, source: str) -> frozenset[str]:
        """The recurring line keys of ``source`` so far."""
        return recurring_keys(self._states.get(source), self.policy)

    def record(self, source: str, article_id: str, keys: tuple[str, ...]) -> None:
        """Count one article's lines for ``source``."""
        state = record(self._states.pop(source, None), article_id, keys, self.policy)
        self._set(source, state)

    def state(self, source: str) -> SourceState | None:
        """The current state of ``source``, or None if it is not remembered."""
        return self._states.get(source)

    def put(self, source: str, value: object) -> bool:
        """Replace the state of ``source`` with ``value`` read back from storage.

        ``value`` is checked and cut to the policy's caps (see :func:`restore`); returns
        False, changing nothing, when it is not a state.
        """
        state = restore(value, self.policy)
        if state is None:
            return False
        self._states.pop(source, None)
        self._set(source, state)
        return True

    def forget(self, source: str) -> None:
        """Drop the state of ``source`` (no error if it is not remembered)."""
        self._states.pop(source, None)

    def __len__(self) -> int:
        return len(self._states)

    def _set(self, source: str, state: SourceState) -> None:
        self._states[source] = state  # inserted last: most recently used
        while len(self._states) > self.max_sources:
            del self._states[next(iter(self._states))]
