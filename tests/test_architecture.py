"""The package layout of docs/architecture.md: each stage imports only what comes before it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROXY = ROOT / "proxy"

# Modules of the detect stage and before it, and what they must never import.
EARLY = [
    "proxy/pipeline/parse.py",
    "proxy/pipeline/htmltext.py",
    "proxy/pipeline/filetype.py",
    "proxy/pipeline/fold.py",
    "proxy/pipeline/quotes.py",
    "proxy/pipeline/normalise.py",
    "proxy/rules",
    "proxy/detectors",
]
LATER = (
    "proxy.pipeline.decide",
    "proxy.pipeline.rewrite",
    "proxy.pipeline.checker",
    "proxy.delivery",
    "proxy.smtp",
    "proxy.store",
    "proxy.web",
    "proxy.observe",
    "proxy.cli",
    "proxy.app",
)
VOCABULARY = ["models", "errors", "settings", "amazon", "ledger"]


def imports(path: Path) -> set[str]:
    """Every ``proxy…`` module ``path`` imports, at any level (function-level imports too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("proxy")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("proxy"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def modules(spec: str) -> list[Path]:
    path = ROOT / spec
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


@pytest.mark.parametrize(
    "path", [p for spec in EARLY for p in modules(spec)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_detect_and_earlier_stages_never_import_a_later_stage(path: Path) -> None:
    later = sorted(m for m in imports(path) if m.startswith(LATER))
    assert later == [], f"{path.relative_to(ROOT)} imports a later stage: {later}"


@pytest.mark.parametrize(
    "path", [p for spec in EARLY[:6] for p in modules(spec)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_parse_and_normalise_never_import_detectors_or_rules(path: Path) -> None:
    bad = sorted(m for m in imports(path) if m.startswith(("proxy.detectors", "proxy.rules")))
    assert bad == []


@pytest.mark.parametrize("name", VOCABULARY)
def test_shared_vocabulary_imports_only_itself(name: str) -> None:
    allowed = tuple(f"proxy.{v}" for v in VOCABULARY)
    bad = sorted(m for m in imports(PROXY / f"{name}.py") if m != "proxy" and not m.startswith(allowed))
    assert bad == []


def test_at_most_ten_modules_at_the_top() -> None:
    top = sorted(p.name for p in PROXY.glob("*.py"))
    assert len(top) <= 10, top


def test_module_map_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "module_map.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_no_corpus_generator_under_tests() -> None:
    assert sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("make.py")) == []


def test_the_readme_shows_the_client_matrix_the_tests_wrote() -> None:
    def block(text: str) -> str:
        return text[text.index("<!-- matrix:start") : text.index("<!-- matrix:end -->")]

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert block(readme) == block((ROOT / "docs" / "clients.md").read_text(encoding="utf-8"))
