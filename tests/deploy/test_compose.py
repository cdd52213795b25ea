"""docker-compose.yml: valid for docker-compose v1 (1.29, Debian's) and laid out as the
deployment needs: scalable workers, loopback-only host ports, health checks, restart
policies, one-shot topic and seed jobs, Prometheus and Grafana with provisioning."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.deploy import COMPOSE_YML, ROOT, load_yaml, require_tool

LONG_RUNNING = ("kafka", "worker", "prometheus", "grafana")
ONE_SHOT = ("kafka-init", "seeds")


def _compose(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_tool("docker-compose"), "-f", str(COMPOSE_YML), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def resolved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The configuration as docker-compose resolves it (anchors, defaults, paths)."""
    result = _compose("config")
    assert result.returncode == 0, result.stderr
    out = tmp_path_factory.mktemp("compose") / "resolved.yml"
    out.write_text(result.stdout, "utf-8")
    config: dict[str, Any] = load_yaml(out)
    return config


def test_docker_compose_config_is_valid() -> None:
    result = _compose("config", "-q")
    assert result.returncode == 0, result.stderr


def test_docker_compose_rejects_a_broken_file(tmp_path: Path) -> None:
    """The validation is not vacuous: an unknown service key fails it."""
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(
        COMPOSE_YML.read_text("utf-8").replace("restart: unless-stopped", "restrat: always", 1),
        "utf-8",
    )
    result = subprocess.run(
        [require_tool("docker-compose"), "-f", str(broken), "config", "-q"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode != 0


def test_no_version_or_name_key() -> None:
    """Both docker-compose 1.29 and Compose v2 accept the file as it is."""
    raw = load_yaml(COMPOSE_YML)
    assert "version" not in raw
    assert "name" not in raw


def test_services(resolved: dict[str, Any]) -> None:
    services = resolved["services"]
    assert set(services) >= {*LONG_RUNNING, *ONE_SHOT}
    assert services["kafka"]["image"].startswith("apache/kafka:")
    env = services["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft, single node
    assert services["kafka-init"]["image"].startswith("apache/kafka:")
    assert "kafka-topics.sh" in " ".join(services["kafka-init"]["command"])
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana")
    for name in ("worker", "seeds"):
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
        assert Path(services[name]["build"]["context"]).resolve() == ROOT
    assert services["seeds"]["command"][0] == "produce"


def test_worker_scales(resolved: dict[str, Any]) -> None:
    """`docker compose up --scale worker=3`: no fixed name, no host port."""
    worker = resolved["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    assert "6066" in [str(p) for p in worker.get("expose", [])]
    assert worker["environment"]["NEWSFLOW_WEB_HOST"] == "0.0.0.0"
    assert worker["environment"]["NEWSFLOW_BROKER_URL"] == "kafka://kafka:9092"
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert worker["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"


def test_host_ports_are_loopback_only(resolved: dict[str, Any]) -> None:
    published = []
    for name, service in resolved["services"].items():
        for port in service.get("ports", []):
            published.append(name)
            text = port if isinstance(port, str) else f"{port.get('host_ip')}:{port['published']}"
            assert text.startswith("127.0.0.1:"), (name, port)
    assert set(published) == {"kafka", "prometheus", "grafana"}


def test_health_checks_and_restart_policies(resolved: dict[str, Any]) -> None:
    services = resolved["services"]
    for name in LONG_RUNNING:
        assert services[name]["restart"] == "unless-stopped", name
        assert services[name]["healthcheck"]["test"], name
    for name in ONE_SHOT:
        assert services[name]["restart"] == "no", name
    assert "/healthz" in " ".join(services["worker"]["healthcheck"]["test"])


def test_monitoring_mounts_the_repository_files(resolved: dict[str, Any]) -> None:
    services = resolved["services"]

    def mounts(name: str) -> dict[str, Path]:
        out = {}
        for volume in services[name]["volumes"]:
            if isinstance(volume, str):
                source, target = volume.split(":")[:2]
            else:
                source, target = volume["source"], volume["target"]
            if source.startswith(("/", ".")):
                out[target] = Path(source).resolve()
        return out

    prometheus = mounts("prometheus")
    assert prometheus["/etc/prometheus"] == ROOT / "deploy" / "prometheus"
    assert "--config.file=/etc/prometheus/prometheus.yml" in services["prometheus"]["command"]
    grafana = mounts("grafana")
    assert grafana["/etc/grafana/provisioning"] == ROOT / "deploy" / "grafana" / "provisioning"
    # The dashboard provider reads the folder the dashboards are mounted at.
    provider = load_yaml(ROOT / "deploy/grafana/provisioning/dashboards/newsflow.yml")
    path = provider["providers"][0]["options"]["path"]
    assert grafana[path] == ROOT / "deploy" / "grafana" / "dashboards"
    datasource = load_yaml(ROOT / "deploy/grafana/provisioning/datasources/prometheus.yml")
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"
