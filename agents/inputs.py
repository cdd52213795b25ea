"""Read articles from files, folders or stdin as raw article v1 payloads.

``.txt`` files are text, ``.html``/``.htm`` files are HTML (bytes decoded by BOM,
declared or detected charset), ``.jsonl`` files and stdin carry one raw article v1
per line, passed on as given so that a bad line is dead-lettered losslessly. A
file's id is its file name, its source the ``--source`` option or its folder's name.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from pipeline.decoding import decode_bytes

__all__ = ["SUFFIXES", "Input", "iter_inputs", "key_of"]

logger = logging.getLogger(__name__)

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass(frozen=True, slots=True)
class Input:
    """One message to enrich or publish: its bytes and where they came from."""

    origin: str
    payload: bytes
    id: str | None = None


def _files(path: Path) -> Iterator[Path]:
    """The readable article files under ``path``, in a stable order."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                yield child
    else:
        yield path


def _document(path: Path, source: str | None) -> Input:
    """A raw article v1 for a text or HTML file."""
    data = path.read_bytes()
    field = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    doc = {
        "id": path.name,
        field: decode_bytes(data),
        "source": source or path.resolve().parent.name or "unknown",
    }
    return Input(str(path), orjson.dumps(doc), path.name)


def _lines(stream: BinaryIO, origin: str) -> Iterator[Input]:
    """Each non-blank line of a JSON-lines stream, as given."""
    for number, line in enumerate(stream, start=1):
        line = line.rstrip(b"\r\n")
        if line.strip():
            yield Input(f"{origin}:{number}", line, key_of(line))


def key_of(payload: bytes) -> str | None:
    """The ``id`` inside a raw article payload, when there is one to read."""
    try:
        doc = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    ident = doc.get("id") if isinstance(doc, dict) else None
    return ident if isinstance(ident, str) and ident else None


def iter_inputs(
    paths: Sequence[Path], *, source: str | None = None, stdin: BinaryIO | None = None
) -> Iterator[Input]:
    """Every input named by ``paths`` (files or folders), or by ``stdin`` when none is named.

    A missing path raises ``FileNotFoundError`` before anything is read.
    """
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
    if not paths:
        if stdin is not None:
            yield from _lines(stdin, "<stdin>")
        return
    for path in paths:
        for file in _files(path):
            if file.suffix.lower() == ".jsonl":
                with file.open("rb") as handle:
                    yield from _lines(handle, str(file))
            else:
                yield _document(file, source)
