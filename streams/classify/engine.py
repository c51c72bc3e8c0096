"""Which build of the classifier runs: its modules compiled to C by mypyc, or their Python source.

The rule modules (`COMPILED`) are plain typed Python. `make install` compiles them with mypyc, from the
same source, into extension modules next to it (`streams/classify/*.so`, about a minute, once): the same
rules, same output, about 1.2-1.5 times the speed. Python prefers an extension module to a `.py` of the
same name, so the compiled build is what imports when it exists. Two cases turn it off:

- `STREAMS_PURE_PYTHON=1`: the source runs, always (for comparing the two, or debugging the rules);
- a build older than any of its sources (a rule edited or a branch checked out since `make install`): a
  stale build would run the old rules, so the source runs and a warning says how to rebuild.

The compiled modules call each other in C, not through `sys.modules`, so it is all of them or none. This
module is never compiled itself: it decides before any of the others is imported.

`python -m streams.classify.build` compiles them (the Makefile runs it).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Mapping, Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PACKAGE = "streams.classify"
# The rule modules. Not compiled: this module, the package `__init__`, the registries' data (module-level
# tables, nothing to speed up) and `candidate` (the bridge to the Faust records, run once per item).
COMPILED = (
    "analysis",
    "anchored",
    "authorities",
    "companies",
    "countries",
    "dates",
    "extract",
    "language",
    "money",
    "scan",
    "targets",
    "text",
    "types",
)
SHARED_LIB = "native"  # mypyc's group name: its runtime library is `streams/classify/native__mypyc*.so`
PURE_ENV = "STREAMS_PURE_PYTHON"


def _extensions(directory: Path, name: str) -> list[Path]:
    return [directory / (name + suffix) for suffix in importlib.machinery.EXTENSION_SUFFIXES]


def built_modules(directory: Path = HERE) -> list[Path]:
    """The compiled files present: one per rule module, plus the shared runtime library."""
    return [
        p for name in (*COMPILED, SHARED_LIB + "__mypyc") for p in _extensions(directory, name) if p.exists()
    ]


def stale_sources(directory: Path = HERE, built: list[Path] | None = None) -> list[str]:
    """What a build would change: the rule modules whose source is newer than the oldest compiled file or
    that have no compiled file (and the runtime library when it is missing). `built`: `built_modules`."""
    built = built_modules(directory) if built is None else built
    if not built:
        return [*COMPILED, SHARED_LIB + "__mypyc"]
    have = {p.name.split(".", 1)[0] for p in built}
    oldest = min(p.stat().st_mtime for p in built)
    stale = [n for n in COMPILED if n not in have or (directory / f"{n}.py").stat().st_mtime > oldest]
    return stale + ([] if SHARED_LIB + "__mypyc" in have else [SHARED_LIB + "__mypyc"])


def decide(environ: Mapping[str, str], directory: Path = HERE) -> tuple[str, str | None]:
    """("compiled" | "python", the warning to give or None) for this environment and build."""
    if environ.get(PURE_ENV, "").strip().lower() in ("1", "true", "yes", "on"):  # as settings read it
        return "python", None
    built = built_modules(directory)
    if not built:
        return "python", None  # never built (no compiler, a plain checkout): the source runs, as intended
    stale = stale_sources(directory, built)
    if not stale:
        return "compiled", None
    more = f" and {len(stale) - 1} more" if len(stale) > 1 else ""
    return "python", (
        f"the compiled classifier is older than streams/classify/{stale[0]}.py{more}, or incomplete: "
        "running the Python source (same rules, slower); run `make install` to rebuild it"
    )


class _SourceFinder(MetaPathFinder):
    """Loads the rule modules from their `.py` files even where an extension module of the name exists."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{name}.py")


def select() -> str:
    """Choose the engine before the rule modules import, once, from the package `__init__`: with "python"
    the rule modules load from source whatever is built."""
    engine, warning = decide(os.environ)
    if engine == "python":  # loads the `.py` files, whether or not a build sits next to them
        sys.meta_path.insert(0, _SourceFinder())
    if warning:
        warnings.warn(warning, RuntimeWarning, stacklevel=2)
    return engine
