"""Rule packs placeholder: being written (YAML packs, closed schema, one multi-pattern matcher)."""

from __future__ import annotations

from collections.abc import Sequence


def load_rule_set(dirs: Sequence[str]) -> object | None:
    return None
