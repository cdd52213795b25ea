"""Pure helpers of the worker (agents.app): where a repartitioned message came from."""

from __future__ import annotations

from dataclasses import dataclass

from agents.app import _ORIGIN_HEADER, _origin_of


@dataclass
class _Msg:
    topic: str
    partition: int
    offset: int
    value: bytes
    key: bytes | None = None
    timestamp: float | None = 1700000000.0
    headers: tuple[tuple[str, bytes], ...] = ()


def test_origin_header_names_the_raw_message_and_its_produce_time() -> None:
    msg = _Msg(
        "articles.bysource", 0, 9, b"{}", headers=((_ORIGIN_HEADER, b"3/41/1699.5/articles.raw"),)
    )
    origin = _origin_of(msg)
    assert (origin.topic, origin.partition, origin.offset, origin.timestamp) == (
        "articles.raw",
        3,
        41,
        1699.5,
    )


def test_origin_header_written_before_the_produce_time_still_reads() -> None:
    msg = _Msg("articles.bysource", 0, 9, b"{}", headers=((_ORIGIN_HEADER, b"3/41/articles.raw"),))
    origin = _origin_of(msg)
    assert (origin.topic, origin.partition, origin.offset, origin.timestamp) == (
        "articles.raw",
        3,
        41,
        None,
    )


def test_message_without_header_is_its_own_origin() -> None:
    origin = _origin_of(_Msg("articles.raw", 2, 7, b"{}", key=b"k"))
    assert (origin.topic, origin.partition, origin.offset, origin.key) == (
        "articles.raw",
        2,
        7,
        b"k",
    )
