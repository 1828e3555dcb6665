"""Shared fixtures. Every test runs hermetically: no environment leaks in, no network."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import katana_client
from katana_client import KatanaResponseShapeError
from katana_client._client import API_KEY_ENV, BASE_URL_ENV
from katana_client._runtime import Model, _readers, loads


def all_models() -> list[type[Any]]:
    """Every generated model class, by name."""
    import katana_client.generated.models as models  # noqa: PLC0415 - on first use

    found = (getattr(models, name) for name in models.__all__)
    return sorted(
        (cls for cls in found if isinstance(cls, type) and issubclass(cls, Model)),
        key=lambda cls: cls.__name__,
    )


ROOT = Path(__file__).resolve().parent.parent
# Set by ./scripts/test to the wheel it built and installed: the suite tests that wheel.
WHEEL_ENV = "KATANA_TEST_WHEEL"
# The package this session tests.
PACKAGE = Path(katana_client.__file__).resolve().parent


def pytest_report_header() -> str:
    """Which katana_client the session tests, in pytest's header (shown with -v)."""
    return f"katana_client: {PACKAGE} (wheel: {os.environ.get(WHEEL_ENV) or 'none'})"


def pytest_configure(config: pytest.Config) -> None:
    """Test the checkout, or in the wheel run the wheel, and never the other one.

    Without KATANA_TEST_WHEEL the suite tests this checkout's package (not, say, a stale
    one installed in the venv). In the wheel run `katana_client` must come from
    site-packages (pytest runs with `python -P`, which keeps the working directory off
    sys.path); and as the tests' child interpreters (`python -c`, `python -m uvicorn`)
    put their working directory first on sys.path, the session moves to an empty folder,
    from where they import the wheel too.
    """
    if not os.environ.get(WHEEL_ENV):
        if PACKAGE != ROOT / "katana_client":
            raise pytest.UsageError(
                f"katana_client was imported from {PACKAGE}, not from this checkout: run "
                f"`python -m pytest` from {ROOT}, or ./scripts/test, which tests a wheel"
            )
        return
    if PACKAGE == ROOT / "katana_client":
        raise pytest.UsageError(
            f"{WHEEL_ENV} is set, but katana_client was imported from the checkout "
            f"({PACKAGE}), not from the installed wheel (run pytest with python -P)"
        )
    start = Path.cwd()
    workdir = tempfile.mkdtemp(prefix="katana-tests-")
    os.chdir(workdir)

    def leave() -> None:
        os.chdir(start)
        shutil.rmtree(workdir, ignore_errors=True)

    config.add_cleanup(leave)


@pytest.fixture(autouse=True, scope="session")
def _one_ssl_context() -> Iterator[None]:
    """Every httpx transport of the session shares one verifying SSL context.

    httpx builds a context for each transport, reading certifi's CA certificates: about
    20 ms, for each of the hundreds of clients the tests make, though no test speaks TLS
    (every server is plain HTTP on 127.0.0.1) or looks at the context. Anything other than
    the default `verify=True` (no client certificate) still gets a context of its own.
    """
    import httpx._transports.default as transports  # noqa: PLC0415 - httpx's own module

    build = getattr(transports, "create_ssl_context", None)
    if build is None:  # another httpx: every transport pays for its own context
        yield
        return
    built: dict[tuple[Any, ...], Any] = {}

    def shared(*args: Any, **kwargs: Any) -> Any:
        if args or kwargs.get("verify", True) is not True or kwargs.get("cert"):
            return build(*args, **kwargs)
        env = (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        key = (*sorted(kwargs.items()), env)
        if key not in built:
            built[key] = build(**kwargs)
        return built[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", shared)
        yield


# A test parametrized into this many cases or more is a sweep (every operation, model or
# example): the fast loop (`-m "not slow"`) runs one case in `SWEEP_STRIDE` of it, and
# CI runs every case. The stride is prime, so the kept cases also cycle through a
# second parameter (an envelope, raw or not) rather than always taking its first value.
SWEEP_FROM = 100
SWEEP_STRIDE = 7


@pytest.hookimpl(wrapper=True)
def pytest_collection() -> Iterator[None]:
    """Collect with the cyclic garbage collector off, then freeze what collection made.

    Collection leaves hundreds of thousands of objects alive for the whole session (the
    modules, the generated models, the spec, the test items); as they are, each full
    collection (every few seconds, and each `gc.collect()` a test makes) walks them
    all, about 0.2 s a time. Frozen, the collector only looks at what tests make. (The
    one collection before the freeze frees collection's own garbage, finalizers run.)
    """
    gc.disable()
    try:
        return (yield)
    finally:
        gc.collect()
        gc.freeze()
        gc.enable()


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects what is marked
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark all but a sample of each sweep's cases `slow` (see `SWEEP_FROM`)."""
    sweeps: dict[tuple[str, str], list[pytest.Item]] = {}
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item, "callspec"):
            sweeps.setdefault((item.path.name, item.originalname), []).append(item)
    for cases in sweeps.values():
        if len(cases) >= SWEEP_FROM:
            for index, item in enumerate(cases):
                if index % SWEEP_STRIDE:
                    item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _clean_katana_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own KATANA_* variables must not change test outcomes."""
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    # KatanaClient honours proxy variables; a developer's proxy must not carry the tests.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture(autouse=True)
def _typed_decoders_learn_nothing_from_earlier_tests() -> Iterator[None]:
    """Keys a model lacks, learnt by the typed decoders in one test, are forgotten after
    it: a later test's body with the same key is then refused and learnt anew."""
    yield
    from katana_client._runtime import _typed  # noqa: PLC0415 - the runtime's own state

    if _typed._LEARNED:
        _typed._forget_learned()


class RecordingTransport(httpx.MockTransport):
    """A mock transport that answers 200 `{}` and keeps every request it was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        super().__init__(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


@pytest.fixture
def transport() -> RecordingTransport:
    """A transport that records requests instead of sending them."""
    return RecordingTransport()


def _outcome(read: Callable[[], Any]) -> Any:
    """What one read gives, as the reader-path tests compare it: the model's state
    (attributes, nested models included, through `==`) or the error it raised."""
    try:
        model = read()
    except KatanaResponseShapeError as error:
        return ("refused", error.model, error.field, str(error))
    return (
        sorted(vars(model)),  # first: reading `additional_properties` may create it
        model,
        model.model_fields_set,
        dict(model.additional_properties),
        sorted(model.unreadable_keys),
        model.to_dict(),
    )


def _by_key(plan: Any, cls: type[Any], data: dict[str, Any]) -> Any:
    return _readers._read_by_key(plan, cls, data)


@pytest.fixture
def read_both_ways() -> Callable[[type[Any], bytes], tuple[list[Any], Any]]:
    """Read a JSON body as a model by the reader's fast path, and by key-by-key reading.

    The fast path (objects of a known layout) is taken by `from_json` (in place) and
    `from_dict` (copying) once an object of each layout was read; the reference reads
    every object, nested ones too, key by key. Returns ([fast outcomes], reference).
    """

    def read(cls: type[Any], body: bytes) -> tuple[list[Any], Any]:
        _outcome(lambda: cls.from_json(body))  # the first of a layout teaches it
        fast = [
            _outcome(lambda: cls.from_json(body)),
            _outcome(lambda: cls.from_dict(loads(body))),
        ]
        fast_read = _readers._read
        _readers._read = _by_key  # every object, at any depth, key by key
        try:
            reference = _outcome(lambda: cls.from_json(body))
        finally:
            _readers._read = fast_read
        return fast, reference

    return read
