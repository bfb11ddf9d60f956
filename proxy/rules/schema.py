"""Rule packs: the closed YAML schema, validation with file/rule/key errors, and loading."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import re2
import yaml

import proxy
from proxy.errors import ConfigError
from proxy.models import Action, Category, Kind
from proxy.rules.firstchars import with_first_chars
from proxy.rules.superset import Prechecked
from proxy.settings import yaml_problem

# libyaml's loader reads the packs about ten times faster than the pure-Python one (same
# documents, same errors with line and column); pyyaml wheels ship it.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SCOPES = ("subject", "body", "quoted", "hidden", "alt", "link", "attachment")
DEFAULT_SCOPE = ("subject", "body")
# "sentence" ends at . ! ? + space, CJK full stops and blank lines: a single line break is a
# space (helpdesks wrap lines). "line_sentence" also ends at every line break.
WINDOWS = ("sentence", "line_sentence", "segment")
# "auto": Python re (Unicode \b, \w) when it accepts the pattern, RE2 otherwise; "re2": every
# pattern of the rule with RE2 (linear time, ASCII \b \w \s); "re": Python re or refuse.
ENGINES = ("auto", "re", "re2")
_PACK_KEYS = frozenset({"pack", "description", "none_of", "rules"})
_RULE_KEYS = frozenset(
    {
        "id",
        "category",
        "description",
        "reason",
        "languages",
        "action",
        "scope",
        "kinds",
        "patterns",
        "all_of",
        "none_of",
        "window",
        "engine",
        "examples",
        "detector",
        "params",
    }
)
_REQUIRED = ("id", "category", "description", "reason", "languages", "examples")
_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_.\-]*$")
_LANG = re.compile(r"^(?:[a-z]{2}|any)$")


class RulePackError(ConfigError):
    """A rule pack is invalid: ``source`` is the file, ``rule`` the rule id (or "")."""

    def __init__(self, source: str, rule: str, key: str, reason: str) -> None:
        super().__init__(source, f"{rule}: {key}" if rule else key, reason)
        self.rule = rule


class Regex(Protocol):
    """What the engine needs of a compiled pattern (``re.Pattern`` or ``re2._Regexp``)."""

    def finditer(self, text: str) -> Iterator[re.Match[str]]: ...
    def search(self, text: str) -> re.Match[str] | None: ...


@dataclass(frozen=True)
class Rule:
    """One validated rule. ``detector`` set: the patterns are signals for that detector only."""

    id: str
    category: Category
    description: str
    reason: str
    languages: tuple[str, ...]
    source: str
    pack: str
    action: Action | None = None
    scope: frozenset[str] = frozenset(DEFAULT_SCOPE)
    kinds: frozenset[Kind] = frozenset(Kind)
    patterns: tuple[str, ...] = ()
    all_of: tuple[str, ...] = ()
    none_of: tuple[str, ...] = ()
    window: str | int = "sentence"
    engine: str = "auto"
    match_examples: tuple[str, ...] = ()
    no_match_examples: tuple[str, ...] = ()
    detector: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)
    compiled: tuple[Regex, ...] = field(default=(), repr=False, compare=False)
    compiled_all: tuple[Regex, ...] = field(default=(), repr=False, compare=False)
    compiled_none: tuple[Regex, ...] = field(default=(), repr=False, compare=False)


# --------------------------------------------------------------------------- compiling


def re2_options() -> Any:
    """Case-insensitive, quiet RE2 options (the prefilter and RE2 confirmers use them)."""
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    return opts


# Compiled patterns are kept for the life of the process: a reload (SIGHUP, a changed file)
# and every checker a process builds compile only the patterns that changed.
@lru_cache(maxsize=16384)
def confirmer(pattern: str, engine: str = "auto") -> Regex:
    """The compiled pattern that confirms a match (see ``ENGINES``). Raises ``re.error`` when
    ``engine`` is "re" and Python re refuses the pattern."""
    if engine != "re2":
        fast = with_first_chars(pattern)
        try:
            return re.compile(fast, re.IGNORECASE)
        except re.error as exc:
            refused = exc
        if fast != pattern:  # global inline flags must stay first: keep the plain pattern
            try:
                return re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                refused = exc
        if engine == "re":
            raise refused
    return re2.compile(pattern, re2_options())  # type: ignore[no-any-return]


@lru_cache(maxsize=16384)
def scanner(pattern: str, engine: str = "auto") -> Regex:
    """``confirmer(pattern, engine)`` for a rule's ``patterns``, which are scanned over whole
    segments: a Python pattern gets an RE2 pre-check (``superset``)."""
    regex = confirmer(pattern, engine)
    return Prechecked(regex) if isinstance(regex, re.Pattern) else regex


@lru_cache(maxsize=16384)
def re2_refusal(pattern: str) -> str | None:
    """Why RE2 refuses ``pattern`` (RE2 syntax is the contract: the prefilter), or None."""
    try:
        re2.compile(pattern, re2_options())
    except re2.error as exc:
        return _msg(exc)
    return None


def _msg(exc: Exception) -> str:
    arg = exc.args[0] if exc.args else exc
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


# --------------------------------------------------------------------------- loading


# The packs shipped inside the package (``proxy/packs`` is the top-level ``rules/`` folder of the
# source tree, copied into the wheel), found wherever bsm-guard is installed.
SHIPPED = Path(proxy.__file__).resolve().parent / "packs"
SHIPPED_NAME = "rules"


def resolve_dir(raw: str) -> Path:
    """A rule directory: ``rules`` names the packs shipped with bsm-guard (wherever it is
    installed and whatever the current directory); any other path is taken as given."""
    if raw.rstrip("/") == SHIPPED_NAME:
        return SHIPPED
    path = Path(raw)
    return path.resolve() if path.exists() else path


def pack_files(dirs: Sequence[str]) -> list[Path]:
    """The pack files of ``dirs`` in load order (directory order, then file name)."""
    files: list[Path] = []
    for raw in dirs:
        path = resolve_dir(raw)
        if path.is_file():
            files.append(path)
            continue
        if not path.is_dir():
            raise RulePackError(raw, "", "rule_dirs", "no such rule directory")
        files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
    return files


def load_rules(files: Sequence[Path]) -> list[Rule]:
    """The rules of ``files``; a later directory's rule replaces an earlier one with the same
    id. Raises ``RulePackError`` on the first invalid file: nothing is half-loaded."""
    merged: dict[str, Rule] = {}
    for directory in _group_by_dir(files):
        seen_here: dict[str, str] = {}
        packs_here: dict[str, str] = {}
        for path in directory:
            pack, rules = load_pack(path)
            if pack in packs_here:
                raise RulePackError(str(path), "", "pack", f"duplicate pack id (also in {packs_here[pack]})")
            packs_here[pack] = str(path)
            for rule in rules:
                if rule.id in seen_here:
                    raise RulePackError(
                        str(path), rule.id, "id", f"duplicate rule id (also in {seen_here[rule.id]})"
                    )
                seen_here[rule.id] = str(path)
                merged[rule.id] = rule
    return list(merged.values())


def _group_by_dir(files: Sequence[Path]) -> list[list[Path]]:
    groups: dict[Path, list[Path]] = {}
    for path in files:
        groups.setdefault(path.parent, []).append(path)
    return list(groups.values())


def load_pack(path: Path) -> tuple[str, list[Rule]]:
    """Parse and validate one pack file."""
    source = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise RulePackError(source, "", "(file)", f"not valid YAML: {yaml_problem(exc)}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(source, "", "(file)", f"cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise RulePackError(source, "", "(file)", "a mapping with pack, description, rules")
    unknown = sorted(set(map(str, data)) - _PACK_KEYS)
    if unknown:
        raise RulePackError(source, "", unknown[0], "unknown key")
    pack = data.get("pack")
    if not isinstance(pack, str) or not pack:
        raise RulePackError(source, "", "pack", "required: a non-empty string")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError(source, "", "rules", "required: a non-empty list of rules")
    shared = _shared_none_of(source, data.get("none_of", []))
    return pack, [_rule(source, pack, i, raw, shared) for i, raw in enumerate(raw_rules)]


def _shared_none_of(source: str, value: object) -> tuple[str, ...]:
    """The pack's ``none_of``: guards every pattern rule of the pack checks in its window too."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RulePackError(source, "", "none_of", "must be a list of non-empty strings")
    for i, pattern in enumerate(value):
        refusal = re2_refusal(pattern)
        if refusal is not None:
            raise RulePackError(source, "", f"none_of[{i}]", f"RE2 refuses the pattern: {refusal}")
    return tuple(value)


def _rule(source: str, pack: str, index: int, raw: object, shared: tuple[str, ...] = ()) -> Rule:
    if not isinstance(raw, dict):
        raise RulePackError(source, f"rules[{index}]", "(rule)", "a rule is a mapping")
    rid = raw.get("id")
    name = rid if isinstance(rid, str) and rid else f"rules[{index}]"
    return _RuleParser(source, name, raw).build(pack, shared)


# --------------------------------------------------------------------------- validation


class _RuleParser:
    """Validates one rule mapping; every error names the file, the rule and the key."""

    def __init__(self, source: str, rule_id: str, raw: dict[Any, Any]) -> None:
        self.source, self.id, self.raw = source, rule_id, raw

    def fail(self, key: str, reason: str) -> RulePackError:
        return RulePackError(self.source, self.id, key, reason)

    def build(self, pack: str, shared_none_of: tuple[str, ...] = ()) -> Rule:
        unknown = sorted(set(map(str, self.raw)) - _RULE_KEYS)
        if unknown:
            raise self.fail(unknown[0], "unknown key")
        for key in _REQUIRED:
            if key not in self.raw:
                raise self.fail(key, "required")
        category = self.category()
        detector = self.opt_str("detector")
        patterns = self.str_list("patterns")
        if not patterns and detector is None:
            raise self.fail("patterns", "required (or detector: for a rule implemented in code)")
        if "params" in self.raw and detector is None:
            raise self.fail("params", "only for detector-backed rules")
        match, no_match = self.examples()
        all_of, none_of, engine = self.str_list("all_of"), self.str_list("none_of"), self.engine()
        if patterns:
            none_of += tuple(p for p in shared_none_of if p not in none_of)
        return Rule(
            id=self.id,
            category=category,
            description=self.text("description"),
            reason=self.text("reason"),
            languages=self.languages(),
            source=self.source,
            pack=pack,
            action=self.action(),
            scope=self.scope(),
            kinds=self.kinds(),
            patterns=patterns,
            all_of=all_of,
            none_of=none_of,
            window=self.window(),
            engine=engine,
            match_examples=match,
            no_match_examples=no_match,
            detector=detector,
            params=self.params(),
            compiled=self.compile("patterns", patterns, engine),
            compiled_all=self.compile("all_of", all_of, engine),
            compiled_none=self.compile("none_of", none_of, engine),
        )

    def category(self) -> Category:
        value = self.raw["category"]
        try:
            category = Category(value)
        except ValueError:
            raise self.fail("category", f"not a POLICY.md category: {value!r}") from None
        if category is Category.INTERNAL:
            raise self.fail("category", "internal is not a policy category")
        if not _ID.match(self.id):
            raise self.fail("id", "must look like 'category.name' (lower case)")
        if not self.id.startswith(f"{category.value}."):
            raise self.fail("id", f"must start with its category '{category.value}.'")
        return category

    def text(self, key: str) -> str:
        value = self.raw[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string")
        return value.strip()

    def opt_str(self, key: str) -> str | None:
        return self.text(key) if key in self.raw else None

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(key, "must be a list of non-empty strings")
        return tuple(value)

    def languages(self) -> tuple[str, ...]:
        langs = self.str_list("languages")
        bad = [lang for lang in langs if not _LANG.match(lang)]
        if not langs or bad:
            raise self.fail("languages", f"ISO 639-1 codes or 'any' expected, got {bad or langs}")
        return langs

    def action(self) -> Action | None:
        if "action" not in self.raw:
            return None
        try:
            return Action(self.raw["action"])
        except ValueError:
            raise self.fail("action", f"one of {[a.value for a in Action]}") from None

    def scope(self) -> frozenset[str]:
        if "scope" not in self.raw:
            return frozenset(DEFAULT_SCOPE)
        values = self.str_list("scope")
        bad = [v for v in values if v not in SCOPES]
        if not values or bad:
            raise self.fail("scope", f"values from {list(SCOPES)}, got {bad or values}")
        return frozenset(values)

    def kinds(self) -> frozenset[Kind]:
        if "kinds" not in self.raw:
            return frozenset(Kind)
        values = self.str_list("kinds")
        try:
            kinds = frozenset(Kind(v) for v in values)
        except ValueError:
            raise self.fail("kinds", f"values from {[k.value for k in Kind]}") from None
        if not kinds:
            raise self.fail("kinds", "must not be empty")
        return kinds

    def window(self) -> str | int:
        value = self.raw.get("window", "sentence")
        if value in WINDOWS:
            return str(value)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        raise self.fail("window", f"one of {list(WINDOWS)} or a positive number of characters")

    def engine(self) -> str:
        value = self.raw.get("engine", "auto")
        if value not in ENGINES:
            raise self.fail("engine", f"one of {list(ENGINES)}")
        return str(value)

    def params(self) -> Mapping[str, object]:
        value = self.raw.get("params", {})
        if not isinstance(value, dict):
            raise self.fail("params", "must be a mapping")
        return dict(value)

    def examples(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        value = self.raw["examples"]
        if not isinstance(value, dict) or set(value) - {"match", "no_match"}:
            raise self.fail("examples", "a mapping with match and no_match lists")
        out: list[tuple[str, ...]] = []
        for key in ("match", "no_match"):
            items = value.get(key)
            if not isinstance(items, list) or not items or not all(isinstance(v, str) and v for v in items):
                raise self.fail(f"examples.{key}", "at least one non-empty string required")
            out.append(tuple(items))
        return out[0], out[1]

    def compile(self, key: str, patterns: Iterable[str], engine: str) -> tuple[Regex, ...]:
        compile_one = scanner if key == "patterns" else confirmer
        compiled: list[Regex] = []
        for i, pattern in enumerate(patterns):
            refusal = re2_refusal(pattern)
            if refusal is not None:
                raise self.fail(f"{key}[{i}]", f"RE2 refuses the pattern: {refusal}")
            try:
                compiled.append(compile_one(pattern, engine))
            except re.error as exc:
                raise self.fail(f"{key}[{i}]", f"Python re refuses the pattern: {exc}") from None
        return tuple(compiled)
