"""The layout holds: data flows files → ingest/ → vectorstore/ → bot/, with troly/ below all of them,
and no two modules need each other to load. Read from the source with `ast`, nothing is imported.

Two kinds of import edge:
- every import anywhere in a module (module level, inside functions, under `if TYPE_CHECKING:`)
  counts for the layer rules: a lazy import is still a dependency on that layer;
- only imports that run when the module is loaded count for cycles: an import inside a function
  runs after both modules have loaded, and one under `if TYPE_CHECKING:` never runs (it exists for
  annotations only), so neither can make loading fail or depend on import order.
"""
from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("troly", "ingest", "vectorstore", "bot")
# one worker parses the packages once for all of these tests (edges() is cached per process)
pytestmark = pytest.mark.xdist_group("layout")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Modules of the project an import statement loads."""
    known = modules()
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            anchor = module.split(".") if is_package else module.split(".")[:-1]
            anchor = anchor[:len(anchor) - (node.level - 1)]
            base = ".".join([*anchor, base] if base else anchor)
        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
    out = []
    for name in names:
        while name and name not in known:  # "import a.b.c" of a class or attribute: its module
            name = name.rpartition(".")[0]
        if name:
            out.append(name)
    return out


@lru_cache(maxsize=1)
def edges() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(all imports, load-time imports) of every module of the packages, as module → modules."""
    every: dict[str, set[str]] = {}
    loading: dict[str, set[str]] = {}
    for name, path in modules().items():
        every[name], loading[name] = set(), set()
        is_package = path.name == "__init__.py"

        def visit(node: ast.AST, at_load: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    found = _targets(child, name, is_package)
                    every[name].update(found)
                    if at_load:
                        loading[name].update(found)
                elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    visit(child, False)
                elif isinstance(child, ast.If) and _is_type_checking(child.test):
                    for stmt in child.body:
                        visit(ast.Module(body=[stmt], type_ignores=[]), False)
                    for stmt in child.orelse:
                        visit(ast.Module(body=[stmt], type_ignores=[]), at_load)
                else:
                    visit(child, at_load)

        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), True)
        every[name].discard(name)
        loading[name].discard(name)
    return every, loading


def _violations(source: str, forbidden: tuple[str, ...]) -> list[str]:
    every, _ = edges()
    return sorted(f"{mod} imports {dep}" for mod, deps in every.items() if mod.split(".")[0] == source
                  for dep in deps if dep.split(".")[0] in forbidden)


def test_the_graph_is_read():
    every, loading = edges()
    assert "troly.vntext" in every and "vectorstore.writer" in every
    assert "troly.vntext" in every["vectorstore.lexical"]
    assert "ingest.pipeline" in loading["vectorstore.writer"]
    assert "bot.answer.service" in every["bot.answer.context"], "TYPE_CHECKING imports count for layers"
    assert "bot.answer.service" not in loading["bot.answer.context"], "...but not for cycles"


@pytest.mark.parametrize("source, forbidden", [
    ("troly", ("ingest", "vectorstore", "bot")),
    ("ingest", ("vectorstore", "bot")),
    ("vectorstore", ("bot",)),
])
def test_imports_point_down_the_data_flow(source, forbidden):
    assert _violations(source, forbidden) == []


def test_nothing_imports_the_command_line():
    """The command line sits above everything it uses (tests may drive it through main(argv))."""
    every, _ = edges()
    assert "bot.cli" in every
    assert sorted(mod for mod, deps in every.items() if "bot.cli" in deps) == []


def test_no_import_cycles():
    _, loading = edges()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        path.append(node)
        for dep in sorted(loading.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(path[path.index(dep):] + [dep])
            elif dep not in state:
                walk(dep)
        path.pop()
        state[node] = 2

    for mod in sorted(loading):
        if mod not in state:
            walk(mod)
    assert cycles == []
