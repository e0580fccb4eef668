"""Source checks that linters miss: a module-level name bound twice, a method defined twice.

Rules are added to the extractor by several people at once; two merges that each define a
module regex under the same name (``_THING_AFTER`` once did) leave the later definition in
force for both rules, silently. Ruff's F811 catches a redefined function or import, not a
reassigned constant, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def module_level_names(source: str) -> Counter:
    """How many times each name is bound at the top level of a module's source."""
    counts: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return counts


def test_the_check_sees_a_name_bound_twice():
    counts = module_level_names("import re\nA = re.compile('a')\ndef f(): pass\nA = re.compile('b')\n")
    assert [n for n, k in counts.items() if k > 1] == ["A"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path: Path):
    counts = module_level_names(path.read_text(encoding="utf-8"))
    assert [n for n, k in counts.items() if k > 1 and n != "__all__"] == []


def twice_defined_methods(source: str) -> list[str]:
    """``Class.method`` for each method a class body defines twice (a property's setter and
    deleter reuse its name on purpose)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        names = Counter(
            m.name
            for m in node.body
            if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))
            and not any(isinstance(d, ast.Attribute) and d.attr in {"setter", "deleter"} for d in m.decorator_list)
        )
        found += [f"{node.name}.{name}" for name, k in names.items() if k > 1]
    return found


def test_the_check_sees_a_method_defined_twice():
    source = "class Linker:\n    def canon(self): return 1\n    def other(self): pass\n    def canon(self): return 2\n"
    assert twice_defined_methods(source) == ["Linker.canon"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_class_defines_a_method_twice(path: Path):
    assert twice_defined_methods(path.read_text(encoding="utf-8")) == []
