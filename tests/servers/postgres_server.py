"""A real PostgreSQL server on a free 127.0.0.1 port, in a temporary folder, for a test.

`initdb` into a fresh folder, then `postgres` with its unix socket in that folder too:
nothing of the machine's own clusters is touched. The binaries come from PATH or from
Debian's `/usr/lib/postgresql/<version>/bin` (`.ci/run` installs the `postgresql`
package). PostgreSQL refuses to run as root, so under root it runs as the `postgres`
user the package creates.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest

from .processes import free_port


def find_postgres_bin() -> str:
    """The folder holding `initdb` and `postgres`; fails the test if there is none."""
    found = shutil.which("initdb")
    if found and shutil.which("postgres"):
        return os.path.dirname(os.path.realpath(found))
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(folder, "initdb")):
            return folder
    pytest.fail(
        "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): "
        ".ci/run installs it (apt-get install postgresql)"
    )


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start PostgreSQL on loopback; yield a URL for its `postgres` database."""
    bin_dir = find_postgres_bin()
    folder = tempfile.mkdtemp(prefix="katana-pg-")
    as_user: dict[str, Any] = {}
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_user = {"user": "postgres", "group": "postgres"}
    data = os.path.join(folder, "data")
    port = free_port()
    try:
        subprocess.run(
            [f"{bin_dir}/initdb", "-D", data, "-U", "katana", "-A", "trust", "-E", "UTF8"],
            check=True,
            capture_output=True,
            cwd=folder,  # the postgres user may not enter the test's folder
            **as_user,
        )
        log = open(os.path.join(folder, "log"), "wb")  # noqa: SIM115 (closed below)
        argv = [f"{bin_dir}/postgres", "-D", data, "-p", str(port), "-h", "127.0.0.1"]
        argv += ["-k", folder, "-c", "fsync=off"]
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=folder, **as_user)
        url = f"postgresql://katana@127.0.0.1:{port}/postgres"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    psycopg.connect(url, connect_timeout=2).close()
                    break
                except psycopg.OperationalError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        with open(os.path.join(folder, "log"), "rb") as output:
                            text = output.read().decode(errors="replace")[-3000:]
                        pytest.fail(f"postgres did not start:\n{text}")
                    time.sleep(0.1)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server of this test module's own, on 127.0.0.1."""
    with postgres_server() as url:
        yield url
