"""A fake Katana API for tests and demos: `FakeKatana`, built from the project's spec.

Needs the `testing` extra (`pip install 'katana-client[testing]'`)::

    from katana_client.testing import FakeKatana

    fake = FakeKatana()
    async with fake.client() as client:  # in-process, through httpx.ASGITransport
        ...

    with serve_fake_katana(fake) as server:  # on 127.0.0.1, for code that takes a URL
        KatanaClient(base_url=server.base_url, api_key="any")

It validates requests against the spec (422 in Katana's shape), keeps state for products,
variants, materials, customers, sales orders and their rows, manufacturing orders and
inventory, paginates with `X-Pagination`, rate-limits with 429, injects faults
(`fake.faults.add(...)`) and answers every other operation with its spec example.

`FakeKatanaLogin` stands in for Katana's OAuth login (authorize, token endpoint with
rotating refresh tokens whose reuse revokes the grant, PKCE), for app partners to test
their connect flow, token expiry and revocation; it can guard a served fake API.

`running_app(app)` tests your own ASGI app (a FastAPI service using the fake) with its
lifespan running, on the test's event loop.
"""

from katana_client.auth._providers._optional import require_extra

require_extra("testing", package=__name__)  # before any import of the extra's modules

from katana_client._errors import LifespanError, MissingReference

from ._app import FAKE_API_KEY, FakeConnectionReset, FakeKatana, RecordedRequest
from ._faults import FAULT_HEADER, Fault, FaultSet
from ._lifespan import running_app
from ._login import FakeKatanaLogin, FakeLoginGrant
from ._ratelimit import RateLimit
from ._server import FakeKatanaServer, serve_fake_katana
from ._spec import KatanaSpec, Operation, find_spec_file, load_spec
from ._state import COLLECTIONS, FakeState

__all__ = [
    "COLLECTIONS",
    "FAKE_API_KEY",
    "FAULT_HEADER",
    "FakeConnectionReset",
    "FakeKatana",
    "FakeKatanaLogin",
    "FakeKatanaServer",
    "FakeLoginGrant",
    "FakeState",
    "Fault",
    "FaultSet",
    "KatanaSpec",
    "LifespanError",
    "MissingReference",
    "Operation",
    "RateLimit",
    "RecordedRequest",
    "find_spec_file",
    "load_spec",
    "running_app",
    "serve_fake_katana",
]
