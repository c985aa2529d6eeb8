"""How `make test` shares its work between its two workers: what a module builds once (a store of invented
documents ingested, documents parsed) is built by one worker, not by each (tests/conftest.py _module_group)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def built_once() -> list[str]:
    return []


def _group(item: pytest.Item) -> str | None:
    mark = item.get_closest_marker("xdist_group")
    return (mark.args[0] if mark.args else mark.kwargs.get("name")) if mark else None


def test_the_tests_using_a_module_fixture_are_one_group_per_module(request, built_once):
    """`--dist loadgroup` sends a group's tests to one worker. Before, the workers split such a module's tests and
    each built its fixtures (twice the ingest and embedding of its invented documents): every test using a module's
    fixture is now in one group with the module's others (this one included), a group of no other module's tests."""
    assert _group(request.node) is not None
    modules: dict[str, set[str]] = {}
    for item in request.session.items:
        if any(defs and defs[-1].scope == "module" for defs in item._fixtureinfo.name2fixturedefs.values()):
            modules.setdefault(item.path.stem, set()).add(_group(item))
    assert all(None not in groups and len(groups) == 1 for groups in modules.values()), modules
    shared = [g for g in {g for groups in modules.values() for g in groups}
              if sum(g in groups for groups in modules.values()) > 1]
    assert not shared, shared
