"""Fetching Katana's documents: from a local HTTP server on 127.0.0.1, never the internet."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import fetch_spec
import pytest
import yaml
from fetch_spec import FetchError, fetch

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = ROOT.parent / "shared" / "katana-openapi"

#: path -> (status, content type, body) served by the local server.
Routes = dict[str, tuple[int, str, bytes]]

SMALL_DOC: dict[str, Any] = {
    "paths": {"/things": {"get": {"responses": {"200": {"description": "ok"}}}}},
    "openapi": "3.0.0",
    "info": {"title": "Käse", "version": "1"},
}


class _Server(ThreadingHTTPServer):
    routes: Routes


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        status, content_type, body = self.server.routes.get(
            self.path, (404, "text/plain", b"not found")
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass


@pytest.fixture
def routes() -> Iterator[tuple[str, Routes]]:
    """A local server; tests fill in what it answers. Yields (base URL, routes)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.routes = {}
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.routes
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _json(doc: Any) -> tuple[int, str, bytes]:
    return 200, "application/json", json.dumps(doc).encode()


def _portal_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "previous"
    folder.mkdir()
    (folder / "readme-portal.yaml").write_text("openapi: 3.0.0\npaths: {}\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_gateway_document_is_written_exactly_as_the_snapshot_stores_it(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    snapshot = UPSTREAM / "live-gateway.yaml"
    served["/v1/openapi.json"] = _json(yaml.load(snapshot.read_bytes(), Loader=yaml.CSafeLoader))
    fetch(tmp_path / "out", gateway_url=f"{base}/v1/openapi.json", portal_from=UPSTREAM)
    assert (tmp_path / "out" / "live-gateway.yaml").read_bytes() == snapshot.read_bytes()


def test_documents_are_sorted_key_yaml_with_unicode_kept(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    served["/gw"] = _json(SMALL_DOC)
    fetch(tmp_path, gateway_url=f"{base}/gw", portal_from=_portal_folder(tmp_path))
    text = (tmp_path / "live-gateway.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[:3] == ["info:", "  title: Käse", "  version: '1'"]
    assert text.index("openapi:") < text.index("paths:")


def test_portal_document_is_fetched_when_a_url_is_given(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    served["/gw"] = _json(SMALL_DOC)
    portal = {**SMALL_DOC, "info": {"title": "portal", "version": "2"}}
    served["/portal.yaml"] = (200, "application/yaml", yaml.safe_dump(portal).encode())
    result = fetch(tmp_path, gateway_url=f"{base}/gw", portal_url=f"{base}/portal.yaml")
    written = yaml.safe_load((tmp_path / "readme-portal.yaml").read_text(encoding="utf-8"))
    assert written == portal
    assert result.notes == []


def test_portal_document_is_copied_and_said_so_when_it_cannot_be_fetched(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    served["/gw"] = _json(SMALL_DOC)
    previous = _portal_folder(tmp_path)
    result = fetch(tmp_path / "out", gateway_url=f"{base}/gw", portal_from=previous)
    copied = (tmp_path / "out" / "readme-portal.yaml").read_bytes()
    assert copied == (previous / "readme-portal.yaml").read_bytes()
    assert len(result.notes) == 1
    assert "readme-portal.yaml not fetched" in result.notes[0]
    assert str(previous) in result.notes[0]


def test_no_answer_is_a_clear_offline_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1/openapi.json"
    with pytest.raises(FetchError, match=r"cannot reach http://127\.0\.0\.1:\d+/v1/openapi\.json"):
        fetch(tmp_path / "out", gateway_url=url, portal_from=UPSTREAM, timeout=2)
    assert not (tmp_path / "out").exists()


def test_command_reports_the_offline_error_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    status = fetch_spec.main(
        [str(tmp_path / "out"), "--gateway-url", f"http://127.0.0.1:{port}/x", "--timeout", "2"]
    )
    assert status == 1
    error = capsys.readouterr().err
    assert error.startswith("fetch_spec: error: cannot reach")
    assert "Are you offline?" in error


@pytest.mark.slow
def test_a_server_that_never_answers_times_out(tmp_path: Path) -> None:
    with socket.socket() as silent:  # accepts connections (backlog), never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1/openapi.json"
        with pytest.raises(FetchError, match=r"no answer within 0\.3 s"):
            fetch(tmp_path, gateway_url=url, portal_from=UPSTREAM, timeout=0.3)


def test_http_error_status_is_reported(routes: tuple[str, Routes], tmp_path: Path) -> None:
    base, _ = routes
    with pytest.raises(FetchError, match="answered HTTP 404 Not Found"):
        fetch(tmp_path, gateway_url=f"{base}/missing", portal_from=UPSTREAM)


def test_an_answer_that_is_not_openapi_is_rejected(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    served["/login"] = (200, "text/html", b"<html>Please sign in</html>")
    with pytest.raises(FetchError, match="not an OpenAPI document"):
        fetch(tmp_path, gateway_url=f"{base}/login", portal_from=UPSTREAM)


def test_nothing_is_written_when_no_portal_document_is_available(
    routes: tuple[str, Routes], tmp_path: Path
) -> None:
    base, served = routes
    served["/gw"] = _json(SMALL_DOC)
    with pytest.raises(FetchError, match="no portal document"):
        fetch(tmp_path / "out", gateway_url=f"{base}/gw", portal_from=tmp_path / "empty")
    assert not (tmp_path / "out").exists()
