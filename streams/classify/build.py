"""`python -m streams.classify.build`: compile the classifier's rule modules in place with mypyc.

`make install` runs it whenever a file of `streams/classify` changed (needs mypy, from the dev extras, and
a C compiler). Which modules, and when the build is used, is `streams.classify.engine`'s business.
`--status` prints the engine that imports now ("compiled" or "python") instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from streams.classify.engine import COMPILED, HERE, PACKAGE, SHARED_LIB, built_modules


def build(opt_level: str = "3") -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    root = HERE.parent.parent
    for old in built_modules():
        # Unlinked, not overwritten: this process may have the old build mapped (the package imported it).
        old.unlink()
    os.chdir(root)  # mypyc and setuptools write `build/` and place the modules relative to the cwd
    sources = [str((HERE / f"{name}.py").relative_to(root)) for name in COMPILED]
    setup(
        name="streams-classify-compiled",
        ext_modules=mypycify(sources, group_name=f"{PACKAGE}.{SHARED_LIB}", opt_level=opt_level),
        script_args=["build_ext", "--inplace", "--quiet"],
    )
    for new in built_modules():
        # setuptools copies a module it did not need to recompile with its old time; the build is current
        # as of now, which is what `engine.stale_sources` compares the sources with.
        os.utime(new)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--status"]:
        from streams import classify

        print(classify.ENGINE)
        return 0
    if args:
        print("usage: python -m streams.classify.build [--status]", file=sys.stderr)
        return 2
    build()
    print(f"compiled {len(COMPILED)} classifier modules: {', '.join(COMPILED)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
