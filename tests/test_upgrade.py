"""The maintainer's one command: fetch or take a folder, build, diff, report, regenerate, test.

The end-to-end runs build Katana's real snapshot (and a changed copy of it in a temporary
folder); regeneration and the test run are replaced by a recorder, so these tests check
which steps run and what their failure does without spending a minute on each.
"""

from __future__ import annotations

import contextlib
import io
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import upgrade
import yaml
from katana_spec.build import load_yaml
from katana_spec.diff import Change, Report
from test_spec_diff import change_upstream

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "katana-openapi"


@dataclass
class Run:
    """One run of the command: exit status, stdout (the report), stderr, steps run."""

    status: int
    out: str
    err: str
    steps: list[tuple[list[str], Mapping[str, str] | None]]


class Steps:
    """Stands in for `upgrade.run_step`; fails the steps it is told to fail."""

    def __init__(self, failing: str = "") -> None:
        self.failing = failing
        self.calls: list[tuple[list[str], Mapping[str, str] | None]] = []

    def __call__(self, command: list[str], env: Mapping[str, str] | None = None) -> int:
        self.calls.append((command, env))
        return 1 if self.failing and self.failing in " ".join(command) else 0


def run(argv: list[str], steps: Steps | None = None) -> Run:
    """Run `upgrade.main` with the step runner replaced and its output captured."""
    steps = steps or Steps()
    out, err = io.StringIO(), io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.setattr(upgrade, "run_step", steps)
        status = upgrade.main(argv)
    return Run(status, out.getvalue(), err.getvalue(), steps.calls)


# --- end to end on Katana's snapshot -----------------------------------------------------


@pytest.fixture(scope="module")
def unchanged() -> Run:
    """The command, as a maintainer runs it, on the snapshot the committed spec came from."""
    return run(["--upstream", str(UPSTREAM)])


@pytest.mark.slow
def test_unchanged_snapshot_reports_no_changes(unchanged: Run) -> None:
    assert "**No changes** for callers of the SDK." in unchanged.out
    assert "## Breaking" not in unchanged.out
    assert "No stale corrections." in unchanged.out
    assert "No redundant corrections." in unchanged.out


@pytest.mark.slow
def test_unchanged_snapshot_regenerates_nothing_and_succeeds(unchanged: Run) -> None:
    assert unchanged.status == 0
    assert unchanged.steps == []
    assert "the spec is unchanged: nothing to regenerate" in unchanged.err


def changed_copy(
    factory: pytest.TempPathFactory,
    name: str,
    change: Callable[[dict[str, Any], dict[str, Any]], None],
) -> Path:
    """A folder holding the snapshot's documents after ``change(gateway, portal)``."""
    folder = factory.mktemp(name)
    gateway = load_yaml(UPSTREAM / "live-gateway.yaml")
    portal = load_yaml(UPSTREAM / "readme-portal.yaml")
    change(gateway, portal)
    for file, doc in (("live-gateway.yaml", gateway), ("readme-portal.yaml", portal)):
        text = yaml.dump(doc, Dumper=yaml.CSafeDumper, sort_keys=True, allow_unicode=True)
        (folder / file).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def changed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Katana's next release (see test_spec_diff.change_upstream) as a folder of documents."""
    return changed_copy(tmp_path_factory, "katana-next", change_upstream)


@pytest.fixture(scope="module")
def gated(changed_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """The scheduled-CI form, comparing two folders of documents through the build."""
    reports = tmp_path_factory.mktemp("reports")
    argv = [
        *("--upstream", str(changed_folder), "--base", str(UPSTREAM)),
        *("--dry-run", "--fail-on-breaking", "--skip-redundancy-check"),
        *("--json", str(reports / "report.json"), "--markdown", str(reports / "report.md")),
    ]
    return run(argv), reports


@pytest.mark.slow
def test_breaking_changes_fail_the_gate_before_anything_runs(gated: tuple[Run, Path]) -> None:
    result, _ = gated
    assert result.status == 2
    assert result.steps == []
    assert "3 breaking change(s) for callers of the SDK" in result.err


@pytest.mark.parametrize(
    ("kind", "subject", "breaking"),
    [
        ("operation-removed", "deleteRecipe", True),
        ("field-added", "Customer.loyalty_tier", False),
        ("field-retyped", "CreateSalesOrderDto.customer_id", True),
        ("enum-value-added", "SalesOrder.production_status", False),
        ("parameter-required", "getAllSalesOrders(customer_id)", True),
    ],
)
@pytest.mark.slow
def test_json_report_flags_each_change(
    gated: tuple[Run, Path], kind: str, subject: str, breaking: bool
) -> None:
    data = json.loads((gated[1] / "report.json").read_text(encoding="utf-8"))
    found = [c for c in data["changes"] if (c["kind"], c["subject"]) == (kind, subject)]
    assert [c["breaking"] for c in found] == [breaking]


@pytest.mark.slow
def test_json_report_lists_the_stale_overlay_entries(gated: tuple[Run, Path]) -> None:
    data = json.loads((gated[1] / "report.json").read_text(encoding="utf-8"))
    assert data["overlay"]["stale"] == [
        "operation_ids.DELETE /recipes/{id}",
        "success_status.deleteRecipe",
        "summaries.deleteRecipe",
    ]
    assert data["overlay"]["redundant"] is None  # --skip-redundancy-check


@pytest.mark.slow
def test_markdown_file_is_the_printed_report(gated: tuple[Run, Path]) -> None:
    result, reports = gated
    assert (reports / "report.md").read_text(encoding="utf-8") == result.out
    assert result.out.startswith("# Katana API changes\n")
    assert "- **operation removed** `deleteRecipe`: DELETE /recipes/{id}" in result.out


# --- live reports that Katana's documents later confirm or contradict ------------------


def _live_facts_documented(gateway: dict[str, Any], portal: dict[str, Any]) -> None:
    """Katana's next documents, as the test imagines them, catching up with live reports."""
    factory = portal["paths"]["/factory"]["get"]["responses"]["200"]["content"]
    example = factory["application/json"]["example"]
    # What was seen live, but the build's name rule would make a decimal of "14": the
    # entry is still needed, neither confirmed nor contradicted.
    example["default_po_lead_time"] = "14"
    example["default_so_delivery_time"] = 14  # a number, not the live string: contradicted
    example["timezone"] = "Europe/Tallinn"  # a string, as seen live: confirmed
    orders = portal["paths"]["/manufacturing_orders"]["get"]["responses"]["200"]["content"]
    orders["application/json"]["example"]["data"][0]["completed_quantity"] = "2.5"
    status = gateway["components"]["schemas"]["UpdateSalesOrderDto"]["properties"]["status"]
    status["enum"] += ["PARTIALLY_PACKED", "PARTIALLY_DELIVERED", "READY_FOR_FULFILLMENT"]


@pytest.fixture(scope="module")
def caught_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, dict[str, Any]]:
    folder = changed_copy(tmp_path_factory, "katana-caught-up", _live_facts_documented)
    report = folder / "report.json"
    argv = ["--upstream", str(folder), "--dry-run", "--skip-redundancy-check"]
    result = run([*argv, "--json", str(report)])
    return result, json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_live_reports_the_documents_now_state_are_confirmed(
    caught_up: tuple[Run, dict[str, Any]],
) -> None:
    result, data = caught_up
    assert result.status == 0
    assert data["overlay"]["confirmed"] == [
        "reported.Factory.timezone",
        "reported.ManufacturingOrder.completed_quantity",
        "reported.SalesOrder.status",
    ]
    assert "3 live report(s) are now confirmed by Katana's documents" in result.out
    assert "- `reported.SalesOrder.status`" in result.out


@pytest.mark.slow
def test_live_reports_the_documents_now_state_otherwise_are_contradicted(
    caught_up: tuple[Run, dict[str, Any]],
) -> None:
    result, data = caught_up
    (entry,) = data["overlay"]["contradicted"]
    assert entry == "reported.Factory.default_so_delivery_time"
    assert data["overlay"]["contradicted"][entry]["x-katana-type"] == "decimal"
    assert f"- `{entry}`: the documents now say" in result.out
    assert data["summary"]["contradicted_live_reports"] == 1


@pytest.mark.slow
def test_the_unchanged_snapshot_confirms_and_contradicts_no_live_report(unchanged: Run) -> None:
    assert "No live report is confirmed or contradicted by Katana's documents." in unchanged.out


# --- what the command does with a report (the build replaced by a given report) -----------


def _report(*changes: Change, stale: list[str] | None = None, identical: bool = False) -> Report:
    return Report("base", "target", list(changes), stale=stale or [], identical=identical)


BREAKING = Change("operation-removed", True, "deleteThing", "DELETE /things/{id}")
ADDITION = Change("operation-added", False, "getThing", "GET /things/{id}")


@pytest.fixture
def report_is(monkeypatch: pytest.MonkeyPatch) -> list[Report]:
    """Make `evaluate` return the report the test puts in the list."""
    given: list[Report] = []

    def evaluate(upstream: Path, **_: Any) -> Report:
        return given[0]

    monkeypatch.setattr(upgrade, "evaluate", evaluate)
    return given


def test_changed_spec_is_regenerated_then_tested_against_the_new_documents(
    report_is: list[Report], tmp_path: Path
) -> None:
    report_is.append(_report(BREAKING, ADDITION))
    result = run(["--upstream", str(tmp_path)])
    assert result.status == 0
    (generate, generate_env), (test, test_env) = result.steps
    assert generate[1:] == [str(ROOT / "scripts" / "generate.py"), "--upstream", str(tmp_path)]
    assert generate_env is None
    assert test == [str(ROOT / "scripts" / "test")]
    assert test_env is not None
    assert test_env["KATANA_UPSTREAM"] == str(tmp_path)


def test_no_tests_flag_only_regenerates(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(ADDITION))
    result = run(["--upstream", str(tmp_path), "--no-tests"])
    assert result.status == 0
    assert [Path(c[1]).name for c, _ in result.steps] == ["generate.py"]


def test_failed_regeneration_stops_before_the_tests(
    report_is: list[Report], tmp_path: Path
) -> None:
    report_is.append(_report(ADDITION))
    result = run(["--upstream", str(tmp_path)], Steps(failing="generate.py"))
    assert result.status == 1
    assert len(result.steps) == 1
    assert "regenerate failed (exit 1)" in result.err


def test_failed_tests_fail_the_command(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(ADDITION))
    result = run(["--upstream", str(tmp_path)], Steps(failing="scripts/test"))
    assert result.status == 1
    assert "test failed (exit 1)" in result.err


def test_documentation_only_change_is_regenerated(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(identical=False))
    result = run(["--upstream", str(tmp_path), "--no-tests"])
    assert result.status == 0
    assert len(result.steps) == 1


def test_dry_run_writes_and_runs_nothing(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(BREAKING))
    result = run(["--upstream", str(tmp_path), "--dry-run"])
    assert result.status == 0
    assert result.steps == []
    assert "## Breaking (1)" in result.out


def test_stale_overlay_entries_block_regeneration(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(BREAKING, stale=["summaries.deleteThing"]))
    result = run(["--upstream", str(tmp_path)])
    assert result.status == 1
    assert result.steps == []
    assert "regeneration blocked" in result.err


def test_fail_on_breaking_passes_non_breaking_changes(
    report_is: list[Report], tmp_path: Path
) -> None:
    report_is.append(_report(ADDITION))
    assert run(["--upstream", str(tmp_path), "--dry-run", "--fail-on-breaking"]).status == 0


def test_fail_on_change_fails_on_any_change(report_is: list[Report], tmp_path: Path) -> None:
    report_is.append(_report(identical=False))
    assert run(["--upstream", str(tmp_path), "--dry-run", "--fail-on-change"]).status == 2


# --- fetching as the first step -------------------------------------------------------------


class _Gateway(BaseHTTPRequestHandler):
    body = json.dumps({"openapi": "3.0.0", "paths": {}}).encode()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass


@pytest.fixture
def gateway_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Gateway)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1/openapi.json"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_without_a_folder_the_documents_are_fetched_first(
    report_is: list[Report], gateway_url: str, tmp_path: Path
) -> None:
    report_is.append(_report())
    folder = tmp_path / "fetched"
    argv = ["--fetch-to", str(folder), "--gateway-url", gateway_url, "--dry-run"]
    result = run([*argv, "--portal-from", str(UPSTREAM)])
    assert result.status == 0
    assert yaml.safe_load((folder / "live-gateway.yaml").read_text()) == {
        "openapi": "3.0.0",
        "paths": {},
    }
    assert (folder / "readme-portal.yaml").exists()
    assert "readme-portal.yaml not fetched" in result.err


def test_offline_fetch_fails_clearly(report_is: list[Report], tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    argv = ["--fetch-to", str(tmp_path), "--gateway-url", f"http://127.0.0.1:{port}/"]
    result = run([*argv, "--timeout", "2"])
    assert result.status == 1
    assert "upgrade: error: cannot reach" in result.err
    assert result.out == ""


@pytest.mark.slow  # a child process
def test_step_output_goes_to_stderr_so_stdout_is_only_the_report(
    capfd: pytest.CaptureFixture[str],
) -> None:
    status = upgrade.run_step([sys.executable, "-c", "print('step output')"])
    out, err = capfd.readouterr()
    assert status == 0
    assert out == ""
    assert "step output" in err
