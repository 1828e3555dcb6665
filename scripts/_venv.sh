# Sourced by scripts/test and scripts/demo: make the project's venv and install into
# it with uv, from the committed uv.lock. Expects ROOT, VENV and PYTHON to be set.
# The project itself is never installed editable: scripts/test installs a wheel built
# from the checkout (what a user gets from PyPI), and scripts/demo runs the checkout's
# package from the repository root.
#
# uv is used from PATH when it is there. When it is not, the venv is made with
# `python -m venv` and `pip install uv` puts uv inside it (about 5 s), so a machine
# with only Python and pip needs nothing else. uv sync runs with --inexact so that it
# never uninstalls that bootstrapped uv (and one venv serves both scripts).

die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

check_python() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
        || die "$PYTHON is missing or older than Python 3.11; set PYTHON=/path/to/python3.11"
}

# `python -m venv`, with pip: Debian's python3 has no ensurepip unless python3-venv
# is installed, so then make the venv without pip and let the system pip fill it in.
make_pip_venv() {
    check_python
    printf '==> creating %s\n' "$VENV"
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
        rm -rf "$VENV"
        "$PYTHON" -m venv --without-pip "$VENV"
        "$PYTHON" -m pip --python "$VENV/bin/python" install --quiet pip
    fi
}

# Sets UV to a uv binary: PATH's, this venv's, the main .venv's, or a fresh one that
# `pip install uv` puts into this venv (made first if need be).
find_uv() {
    local candidate
    for candidate in "$(command -v uv || true)" "$VENV/bin/uv" "$ROOT/.venv/bin/uv"; do
        if [[ -n "$candidate" && -x "$candidate" ]]; then
            UV="$candidate"
            return
        fi
    done
    [[ -x "$VENV/bin/python" ]] || make_pip_venv
    printf '==> uv is not installed: pip install uv into %s\n' "$VENV"
    "$VENV/bin/python" -m pip install --quiet uv
    UV="$VENV/bin/uv"
}

# Makes VENV (uv venv) if it does not exist yet, on PYTHON.
ensure_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        check_python
        "$UV" venv --quiet --python "$PYTHON" "$VENV"
    fi
}

# uv sync from uv.lock into VENV, with the arguments given (extras, groups). Takes a
# moment when nothing changed. Set UV_LOCKED=1 (CI does) to fail on a uv.lock that
# pyproject.toml has outgrown instead of updating it.
sync_locked() {
    ensure_venv
    UV_PROJECT_ENVIRONMENT="$VENV" "$UV" sync --quiet --inexact --python "$VENV/bin/python" "$@"
}

# Builds the sdist, then the wheel from it, as a publisher does (`uv build`, hatchling),
# into $VENV/dist (emptied first); sets WHEEL to the wheel's path. Building from the
# sdist checks that the sdist holds everything the wheel needs.
build_wheel() {
    local out="$VENV/dist"
    rm -rf "$out"
    "$UV" build --quiet --python "$VENV/bin/python" --out-dir "$out" "$ROOT"
    WHEEL="$(printf '%s\n' "$out"/*.whl)"
    [[ -f "$WHEEL" ]] || die "uv build made no single wheel in $out"
}

# WHEEL into VENV in place of whatever katana-client was there, without touching the
# dependencies (the caller installed them); then `uv pip check`: the versions installed
# satisfy what the wheel's metadata requires.
install_wheel() {
    VIRTUAL_ENV="$VENV" "$UV" pip install --quiet --no-deps --reinstall-package katana-client \
        --python "$VENV/bin/python" "$WHEEL"
    VIRTUAL_ENV="$VENV" "$UV" pip check --python "$VENV/bin/python"
}

# The lowest versions pyproject.toml allows for its direct dependencies, every extra
# and the dev group: the floors it states are tested, not hoped for. They are resolved
# from pyproject.toml (`-r`), where they are direct dependencies; a wheel's own would
# not be, and lowest-direct would leave them at the newest. --upgrade makes uv choose
# again rather than keep what an earlier run left in the venv.
install_lowest() {
    ensure_venv
    VIRTUAL_ENV="$VENV" "$UV" pip install --quiet --upgrade --resolution lowest-direct \
        --python "$VENV/bin/python" -r pyproject.toml --all-extras --group dev
}
