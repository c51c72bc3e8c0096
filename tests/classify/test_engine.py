"""The classifier runs compiled (mypyc) when its build is current, its Python source otherwise, and both
give the same output."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from streams import classify
from streams.classify import analyse, engine

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "fixtures" / "classify_examples.jsonl"
PROBE = ROOT / "tests" / "fixtures" / "probe_corpus.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"  # next to the repository on a dev machine, not in CI
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

_DUMP = """
import json, sys
from streams import classify
from streams.classify import analyse, money
items = json.load(sys.stdin)
out = [repr(analyse(*it[:2], language=it[2], published=it[3])) for it in items]
json.dump({"engine": classify.ENGINE, "money": money.__file__, "out": out}, sys.stdout)
"""


def _items() -> list[list[object]]:
    rows = []
    for path in (EXAMPLES, PROBE, CORPUS):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    it = json.loads(line)
                    rows.append([it.get(k) for k in ("title", "summary", "language", "published")])
    # Garbage a hand-made item may hold: what is not a string counts as absent, in both builds.
    rows += [[None, ""], [7, ["x"]], ["CNIL fines Lumio €5m", 3.5], ["", "x"]]
    return [r + [None] * (4 - len(r)) for r in rows]


def _run(items: list[list[object]], **env: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_the_compiled_build_is_what_runs_after_make_install() -> None:
    if classify.ENGINE != "compiled":
        if os.environ.get("CI"):
            pytest.fail(f"classifier engine is {classify.ENGINE!r} in CI: `make install` must compile it")
        pytest.skip("classifier not compiled here (run `make install`)")
    assert engine.stale_sources() == []


def test_compiled_and_source_builds_give_the_same_analysis_of_every_item() -> None:
    items = _items()
    source = _run(items, STREAMS_PURE_PYTHON="1")
    assert source["engine"] == "python"
    assert str(source["money"]).endswith("money.py")
    here = [repr(analyse(*it[:2], language=it[2], published=it[3])) for it in items]
    assert here == source["out"], f"this process runs the {classify.ENGINE} build"
    assert len(here) > 240  # the examples and the probe corpus at least


def _fake_build(directory: Path, *, names: tuple[str, ...] = (*engine.COMPILED, "native__mypyc")) -> None:
    for name in engine.COMPILED:
        (directory / f"{name}.py").write_text("")
    for name in names:
        (directory / f"{name}{SUFFIX}").write_bytes(b"")


def _age(directory: Path, pattern: str, seconds: float) -> None:
    for p in directory.glob(pattern):
        st = p.stat()
        os.utime(p, (st.st_atime - seconds, st.st_mtime - seconds))


def test_a_current_build_runs_compiled(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    _age(tmp_path, "*.py", 60)
    assert engine.decide({}, tmp_path) == ("compiled", None)


def test_STREAMS_PURE_PYTHON_runs_the_source_even_when_built(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    _age(tmp_path, "*.py", 60)
    assert engine.decide({"STREAMS_PURE_PYTHON": "1"}, tmp_path) == ("python", None)
    assert engine.decide({"STREAMS_PURE_PYTHON": "true"}, tmp_path) == ("python", None)
    assert engine.decide({"STREAMS_PURE_PYTHON": "0"}, tmp_path) == ("compiled", None)
    assert engine.decide({"STREAMS_PURE_PYTHON": "false"}, tmp_path) == ("compiled", None)


def test_no_build_runs_the_source_without_a_warning(tmp_path: Path) -> None:
    _fake_build(tmp_path, names=())
    assert engine.decide({}, tmp_path) == ("python", None)


def test_a_rule_edited_after_the_build_runs_the_source_and_says_how_to_rebuild(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    _age(tmp_path, "*.py", 120)
    _age(tmp_path, f"*{SUFFIX}", 60)
    (tmp_path / "money.py").touch()  # edited after the build
    assert engine.stale_sources(tmp_path) == ["money"]
    engine_name, warning = engine.decide({}, tmp_path)
    assert engine_name == "python"
    assert warning is not None
    assert "streams/classify/money.py" in warning
    assert "make install" in warning


def test_an_incomplete_build_runs_the_source(tmp_path: Path) -> None:
    _fake_build(tmp_path, names=tuple(n for n in engine.COMPILED if n != "money"))
    _age(tmp_path, "*.py", 60)
    engine_name, warning = engine.decide({}, tmp_path)
    assert engine_name == "python"
    assert warning is not None
    assert "money.py" in warning
