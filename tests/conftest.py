"""Shared test fixtures: paths to the seeds and the shared data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """Hand labels of the seed articles (../shared/seeds/gold.json; CI always has it)."""
    path = SHARED / "seeds" / "gold.json"
    assert path.exists(), f"{path} is missing: tests need ../shared beside the checkout"
    return json.loads(path.read_text("utf-8"))
