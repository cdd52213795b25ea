"""deploy/prometheus: promtool accepts the config and the rules, and the alerts fire when
they should (``promtool test rules`` on synthetic series)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.deploy import ALERTS_YML, PROMETHEUS_YML, load_yaml, require_tool

STAGE_BUCKET = "newsflow_stage_duration_seconds_bucket"
REQUIRED_ALERTS = {
    "NewsflowWorkerDown",
    "NewsflowConsumerLagGrowing",
    "NewsflowDeadLetterRateHigh",
    "NewsflowEndToEndLatencyHigh",
}


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_tool("promtool"), *args], capture_output=True, text=True, check=False
    )


def test_promtool_check_config() -> None:
    # promtool resolves rule_files relative to the config, as Prometheus does in the
    # container (the folder is mounted at /etc/prometheus), so this checks alerts.yml too.
    result = _promtool("check", "config", str(PROMETHEUS_YML))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout + result.stderr


def test_promtool_check_rules() -> None:
    result = _promtool("check", "rules", str(ALERTS_YML))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_rejects_a_broken_rule(tmp_path: Path) -> None:
    """The check is not vacuous: a rule with a PromQL syntax error fails it."""
    broken = tmp_path / "alerts.yml"
    broken.write_text(
        ALERTS_YML.read_text("utf-8").replace(
            'up{job="newsflow-worker"} == 0', 'up{job="newsflow-worker" == 0', 1
        ),
        "utf-8",
    )
    result = _promtool("check", "rules", str(broken))
    assert result.returncode != 0


def test_workers_are_discovered_by_dns() -> None:
    config = load_yaml(PROMETHEUS_YML)
    assert config["rule_files"] == ["alerts.yml"]
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker = jobs["newsflow-worker"]
    assert worker.get("metrics_path", "/metrics") == "/metrics"
    assert "static_configs" not in worker
    assert worker["dns_sd_configs"] == [
        {"names": ["worker"], "type": "A", "port": 6066, "refresh_interval": "10s"}
    ]


def test_required_alerts_exist() -> None:
    rules = [rule for group in load_yaml(ALERTS_YML)["groups"] for rule in group["rules"]]
    names = {rule["alert"] for rule in rules}
    assert names >= REQUIRED_ALERTS
    for rule in rules:
        assert rule["expr"].strip(), rule["alert"]
        assert rule["labels"]["severity"] in {"warning", "critical"}
        assert rule["annotations"]["summary"], rule["alert"]


def _alert(name: str, labels: dict[str, str]) -> dict[str, Any]:
    return {"alertname": name, "exp_alerts": [{"exp_labels": labels}] if labels else []}


def test_alerts_fire_on_synthetic_series(tmp_path: Path) -> None:
    """Each alert fires on the situation it is about, and stays quiet otherwise."""
    # The rules as they are, minus annotations: promtool would compare their rendered text.
    rules = load_yaml(ALERTS_YML)
    for group in rules["groups"]:
        for rule in group["rules"]:
            rule.pop("annotations", None)
    rules_copy = tmp_path / "alerts.yml"
    rules_copy.write_text(json.dumps(rules), "utf-8")  # JSON is YAML
    raw = {"topic": "articles.raw"}
    tests: dict[str, Any] = {
        "rule_files": [str(rules_copy)],
        "evaluation_interval": "1m",
        "tests": [
            {
                "name": "a worker stops answering",
                "interval": "1m",
                "input_series": [
                    {"series": 'up{job="newsflow-worker", instance="w1:6066"}', "values": "1 0x10"},
                    {"series": 'up{job="newsflow-worker", instance="w2:6066"}', "values": "1x10"},
                ],
                "alert_rule_test": [
                    {**_alert("NewsflowWorkerDown", {}), "eval_time": "1m"},  # pending
                    {
                        **_alert(
                            "NewsflowWorkerDown",
                            {
                                "severity": "critical",
                                "job": "newsflow-worker",
                                "instance": "w1:6066",
                            },
                        ),
                        "eval_time": "3m",
                    },
                    {**_alert("NewsflowNoWorkers", {}), "eval_time": "5m"},
                ],
            },
            {
                "name": "every worker is gone",
                "interval": "1m",
                "input_series": [
                    {"series": 'up{job="newsflow-worker", instance="w1:6066"}', "values": "0x10"}
                ],
                "alert_rule_test": [
                    {**_alert("NewsflowNoWorkers", {"severity": "critical"}), "eval_time": "5m"}
                ],
            },
            {
                "name": "lag grows on one topic, stays flat on another",
                "interval": "1m",
                "input_series": [
                    {
                        "series": 'newsflow_consumer_lag{topic="articles.raw", partition="0"}',
                        "values": "0+50x40",
                    },
                    {
                        "series": 'newsflow_consumer_lag{topic="articles.bysource", partition="0"}',
                        "values": "500x40",
                    },
                ],
                "alert_rule_test": [
                    {
                        **_alert("NewsflowConsumerLagGrowing", {"severity": "warning", **raw}),
                        "eval_time": "30m",
                    }
                ],
            },
            {
                "name": "one in ten messages is dead-lettered",
                "interval": "1m",
                "input_series": [
                    {"series": "newsflow_articles_consumed_total", "values": "0+100x40"},
                    {
                        "series": 'newsflow_articles_deadlettered_total{reason="invalid_json"}',
                        "values": "0+10x40",
                    },
                    {
                        "series": 'newsflow_articles_deadlettered_total{reason="oversize"}',
                        "values": "0x40",
                    },
                ],
                "alert_rule_test": [
                    {**_alert("NewsflowDeadLetterRateHigh", {}), "eval_time": "5m"},  # pending
                    {
                        **_alert("NewsflowDeadLetterRateHigh", {"severity": "warning"}),
                        "eval_time": "30m",
                    },
                ],
            },
            {
                "name": "one in a hundred is fine",
                "interval": "1m",
                "input_series": [
                    {"series": "newsflow_articles_consumed_total", "values": "0+100x40"},
                    {
                        "series": 'newsflow_articles_deadlettered_total{reason="invalid_json"}',
                        "values": "0+1x40",
                    },
                ],
                "alert_rule_test": [
                    {**_alert("NewsflowDeadLetterRateHigh", {}), "eval_time": "30m"}
                ],
            },
            {
                "name": "articles take two minutes end to end, stages are fast",
                "interval": "1m",
                "input_series": [
                    *(
                        {
                            "series": f'newsflow_end_to_end_seconds_bucket{{le="{le}"}}',
                            "values": values,
                        }
                        for le, values in [
                            ("1", "0x40"),
                            ("60", "0x40"),
                            ("300", "0+10x40"),
                            ("+Inf", "0+10x40"),
                        ]
                    ),
                    *(
                        {
                            "series": f'{STAGE_BUCKET}{{stage="clean", le="{le}"}}',
                            "values": values,
                        }
                        for le, values in [
                            ("0.1", "0+10x40"),
                            ("5", "0+10x40"),
                            ("+Inf", "0+10x40"),
                        ]
                    ),
                ],
                "alert_rule_test": [
                    {
                        **_alert("NewsflowEndToEndLatencyHigh", {"severity": "warning"}),
                        "eval_time": "30m",
                    },
                    {**_alert("NewsflowStageLatencyHigh", {}), "eval_time": "30m"},
                ],
            },
        ],
    }
    spec = tmp_path / "alerts_test.yml"
    spec.write_text(json.dumps(tests, indent=1), "utf-8")  # JSON is YAML
    result = _promtool("test", "rules", str(spec))
    assert result.returncode == 0, result.stdout + result.stderr
