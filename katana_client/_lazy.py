"""Names a package exports but imports on first access (a PEP 562 module `__getattr__`),
so that `import katana_client` loads only what `KatanaClient()` needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_exports(
    namespace: dict[str, Any], where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's `__getattr__` and `__dir__` for the names in `where` (name -> module).

    Modules are relative to the package whose `globals()` is `namespace`. Names are not
    stored in `namespace` once imported (each access looks them up in `sys.modules`), so
    the package's namespace stays as its source defines it. `dir()` lists the package's
    `__all__` and its dunders, not what its source imports to build it (`TYPE_CHECKING`)
    nor its private submodules.
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(module, package), name)

    def __dir__() -> list[str]:
        dunders = (name for name in namespace if name.startswith("__") and name.endswith("__"))
        return sorted({*namespace["__all__"], *dunders})

    return __getattr__, __dir__
