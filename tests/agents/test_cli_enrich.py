"""``newsflow enrich``: the core without Kafka, over files and stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from pipeline.contracts import schema_errors
from tests.conftest import FIXTURES, SEEDS

MALFORMED = FIXTURES / "malformed" / "lines.jsonl"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "agents", "enrich", "--processes", "2", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def test_seeds_and_malformed_lines(tmp_path: Path) -> None:
    letters_path = tmp_path / "dead.jsonl"
    done = _run(str(SEEDS), str(MALFORMED), "--dead-letter", str(letters_path))
    assert done.returncode == 0, done.stderr.decode()
    events = [orjson.loads(line) for line in done.stdout.splitlines()]
    seed_names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert [e["id"] for e in events] == seed_names  # input order, ids are file names
    for event in events:
        assert schema_errors("enriched-article.v1", event) == []
        assert event["source"] == "seeds"
    letters = [orjson.loads(line) for line in letters_path.read_bytes().splitlines()]
    malformed = [line for line in MALFORMED.read_bytes().splitlines() if line.strip()]
    assert len(letters) == len(malformed)
    for letter in letters:
        assert schema_errors("dead-letter.v1", letter) == []
        assert letter["origin"]["topic"].startswith(str(MALFORMED))
    # Lossless: every malformed line is recoverable from its dead letter.
    import base64

    recovered = [
        base64.b64decode(lt["payload"]["data"])
        if lt["payload"]["encoding"] == "base64"
        else lt["payload"]["data"].encode()
        for lt in letters
    ]
    assert recovered == malformed
    reasons = {lt["error"]["reason"] for lt in letters}
    assert {"invalid_json", "schema_violation", "undecodable"} <= reasons


def test_stdin_json_lines() -> None:
    line = orjson.dumps({"id": "s1", "text": (SEEDS / "003_1a96f7a8f7710a39.txt").read_text()})
    done = _run(stdin=line + b"\n")
    assert done.returncode == 0, done.stderr.decode()
    [event] = [orjson.loads(x) for x in done.stdout.splitlines()]
    assert event["id"] == "s1"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "absent.txt"))
    assert done.returncode == 2
    assert b"no such file" in done.stderr


def test_twenty_megabyte_page_is_enriched_or_dead_lettered(tmp_path: Path) -> None:
    para = "<p>" + "Der Stadtrat hat am Dienstag lange über den Haushalt beraten. " * 8 + "</p>"
    page = tmp_path / "huge.html"
    page.write_text("<html><body><article>" + para * 40_000 + "</article></body></html>")
    assert page.stat().st_size > 20_000_000
    letters = tmp_path / "dead.jsonl"
    done = _run(str(page), "--timeout", "60", "--dead-letter", str(letters))
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    outputs = done.stdout.splitlines() + letters.read_bytes().splitlines()
    assert len(outputs) == 1
    if done.stdout:
        assert "Stadtrat" in orjson.loads(done.stdout)["body"]
    else:
        assert orjson.loads(outputs[0])["error"]["reason"] == "timeout"
