from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest

from agents.inputs import iter_inputs


def test_text_html_and_jsonl_files(tmp_path: Path) -> None:
    folder = tmp_path / "zeit"
    folder.mkdir()
    (folder / "a.txt").write_text("Ein Text.", "utf-8")
    (folder / "b.html").write_bytes('<meta charset="latin-1"><p>Grüße</p>'.encode("latin-1"))
    (folder / "c.jsonl").write_bytes(b'{"id": "j1", "text": "x"}\n\nnot json\n')
    (folder / "ignored.pdf").write_bytes(b"%PDF")
    items = list(iter_inputs([folder]))
    names = [i.origin.rsplit("/", 1)[-1] for i in items]
    assert names == ["a.txt", "b.html", "c.jsonl:1", "c.jsonl:3"]
    a, b = orjson.loads(items[0].payload), orjson.loads(items[1].payload)
    assert a == {"id": "a.txt", "text": "Ein Text.", "source": "zeit"}
    assert "Grüße" in b["html"]
    assert b["id"] == "b.html"
    assert items[2].id == "j1"
    assert items[3].payload == b"not json"


def test_source_option_wins(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", "utf-8")
    [item] = iter_inputs([tmp_path / "a.txt"], source="dpa")
    assert orjson.loads(item.payload)["source"] == "dpa"


def test_stdin_lines() -> None:
    items = list(iter_inputs([], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [i.origin for i in items] == ["<stdin>:1", "<stdin>:2"]


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_inputs([tmp_path / "nope.txt"]))
