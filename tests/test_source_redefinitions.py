"""No module of the package defines the same function or class twice.

A second `def _helper` further down a long rules module silently replaces the first for every
caller, including callers above it; ruff's F811 does not report it once the first was used.
Round 33's review found one such shadowing (a new `_clause_start` in mentions.py) only because
25 metrics went missing.
"""

import ast
import collections
import pathlib

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "kg"


def _twice_defined(body: list[ast.stmt]) -> list[str]:
    """Names of functions and classes defined more than once directly in `body`."""
    counts = collections.Counter(
        node.name
        for node in body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    )
    return sorted(name for name, n in counts.items() if n > 1)


def _redefinitions(path: pathlib.Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = [f"{path.name}: {name}" for name in _twice_defined(tree.body)]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            # property setters reuse the getter's name on purpose
            methods = [
                m for m in node.body
                if not any(
                    isinstance(d, ast.Attribute) and d.attr in {"setter", "deleter"}
                    for d in getattr(m, "decorator_list", [])
                )
            ]
            found += [f"{path.name}: {node.name}.{name}" for name in _twice_defined(methods)]
    return found


def test_no_function_or_class_is_defined_twice_in_a_module():
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _redefinitions(path)]
    assert found == []


def test_the_check_sees_a_shadowing_definition(tmp_path):
    module = tmp_path / "rules.py"
    module.write_text(
        "def _start(x):\n    return 1\n\n"
        "def use(x):\n    return _start(x)\n\n"
        "def _start(x):\n    return 2\n"
    )
    assert _redefinitions(module) == ["rules.py: _start"]
