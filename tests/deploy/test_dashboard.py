"""deploy/grafana: the provisioned data source and the newsflow dashboard's structure.

Grafana is not packaged for Debian, so the dashboard is checked as data here; its
queries run against a real Prometheus and a real worker in
tests/integration/test_observability.py.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.deploy import (
    DASHBOARD_JSON,
    DASHBOARD_PROVIDER_YML,
    DATASOURCE_YML,
    GRAFANA_MACROS,
    dashboard,
    dashboard_panels,
    load_yaml,
    to_promql,
)

#: Required panels: a title and the metric its queries must use.
REQUIRED_PANELS: dict[str, list[str]] = {
    "Throughput in / out": [
        "newsflow_articles_consumed_total",
        "newsflow_messages_published_total",
    ],
    "Dead letters by reason": ["newsflow_articles_deadlettered_total"],
    "Stage latency p50 / p95 / p99": ["newsflow_stage_duration_seconds_bucket"],
    "End-to-end latency p50 / p95 / p99": ["newsflow_end_to_end_seconds_bucket"],
    "Consumer lag per partition": ["newsflow_consumer_lag"],
    "Boilerplate removed by kind": ["newsflow_boilerplate_removed_total"],
    "Articles by language": ["newsflow_articles_by_language_total"],
    "Articles by category": ["newsflow_articles_by_category_total"],
    "Workers up": ["up"],
    "CPU": ["process_cpu_seconds_total"],
    "Memory (RSS)": ["process_resident_memory_bytes"],
}

#: Labels a panel must group by, where one series per label value is the point.
REQUIRED_GROUPING = {
    "Dead letters by reason": "reason",
    "Consumer lag per partition": "partition",
    "Boilerplate removed by kind": "kind",
    "Articles by language": "language",
    "Articles by category": "category",
}

DATASOURCE = {"type": "prometheus", "uid": "prometheus"}


def _by_title() -> dict[str, dict[str, Any]]:
    return {panel["title"]: panel for panel in dashboard_panels()}


def test_datasource_is_provisioned_with_the_uid_the_dashboard_uses() -> None:
    config = load_yaml(DATASOURCE_YML)
    assert config["apiVersion"] == 1
    (source,) = config["datasources"]
    assert source["uid"] == "prometheus"
    assert source["type"] == "prometheus"
    assert source["access"] == "proxy"


def test_dashboard_provider() -> None:
    config = load_yaml(DASHBOARD_PROVIDER_YML)
    (provider,) = config["providers"]
    assert provider["type"] == "file"
    assert provider["options"]["path"].startswith("/")


def test_dashboard_identity() -> None:
    doc = dashboard()
    assert doc["uid"] == "newsflow"
    assert doc["title"] == "newsflow"
    assert isinstance(doc["schemaVersion"], int)
    assert "id" not in doc or doc["id"] is None  # provisioning assigns ids
    # No template variables the provisioned data source cannot satisfy.
    assert doc["templating"]["list"] == []


def test_every_panel_queries_prometheus_by_uid() -> None:
    panels = dashboard_panels()
    assert panels
    ids = [panel["id"] for panel in dashboard()["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in panels:
        assert panel["datasource"] == DATASOURCE, panel["title"]
        assert panel["targets"], f"{panel['title']} has no targets"
        ref_ids = [target["refId"] for target in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids)), panel["title"]
        for target in panel["targets"]:
            assert target["expr"].strip(), f"empty expr in {panel['title']}"
            assert target.get("datasource", DATASOURCE) == DATASOURCE, panel["title"]


def test_expressions_use_only_known_macros() -> None:
    for panel in dashboard_panels():
        for target in panel["targets"]:
            left = re.findall(r"\$\w+", to_promql(target["expr"]))
            assert not left, f"{panel['title']}: unknown variables {left} (known: {GRAFANA_MACROS})"


def test_panels_fit_the_grid() -> None:
    for panel in dashboard()["panels"]:
        pos = panel["gridPos"]
        assert pos["x"] >= 0, panel["title"]
        assert pos["x"] + pos["w"] <= 24, panel["title"]
        assert pos["h"] > 0, panel["title"]
        assert pos["y"] >= 0, panel["title"]


@pytest.mark.parametrize("title", sorted(REQUIRED_PANELS))
def test_required_panel(title: str) -> None:
    panels = _by_title()
    assert title in panels, f"missing panel {title!r}; have {sorted(panels)}"
    exprs = " ".join(target["expr"] for target in panels[title]["targets"])
    for metric in REQUIRED_PANELS[title]:
        assert re.search(rf"\b{re.escape(metric)}\b", exprs), (title, metric)
    if title in REQUIRED_GROUPING:
        assert re.search(rf"by \([^)]*\b{REQUIRED_GROUPING[title]}\b", exprs), title


def test_latency_panels_show_p50_p95_p99() -> None:
    panels = _by_title()
    for title in ("Stage latency p50 / p95 / p99", "End-to-end latency p50 / p95 / p99"):
        exprs = [target["expr"] for target in panels[title]["targets"]]
        quantiles = sorted(float(re.findall(r"histogram_quantile\(([\d.]+)", e)[0]) for e in exprs)
        assert quantiles == [0.5, 0.95, 0.99], title
    stage = panels["Stage latency p50 / p95 / p99"]["targets"]
    assert all("stage" in target["expr"] for target in stage)


def test_dashboard_file_is_plain_json() -> None:
    """Grafana's file provider reads the file as it is: UTF-8 JSON, one dashboard object."""
    text = DASHBOARD_JSON.read_text("utf-8")
    assert text.lstrip().startswith("{")
    assert "${DS_" not in text, "exported-for-sharing placeholders do not provision"
