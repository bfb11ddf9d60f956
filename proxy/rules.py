"""Rule packs: closed-schema YAML loading, one RE2 prefilter per scope, confirmation with ``re``.

A pack is one YAML file (see ``rules/*.yaml``); every rule has a stable id ``category.name``.
Loading is all-or-nothing: a broken pack raises ``RulePackError`` (a ``ConfigError``) naming the
file, the rule id, the key and the reason, and the caller keeps the set it had.

Matching: the patterns of the rules that share a scope (subject, body, quoted, …) compile into
one RE2 prefilter (``re2.Filter``: the literal atoms of all patterns in one ``RE2::Set``). It
names the candidate rules for the message; only those are confirmed with ``re`` on each segment
(spans for the excerpt, ``all_of``/``none_of`` in the window). The cost per message therefore
follows the number of candidate rules, not the number of rules.

Reload: ``RuleWatcher`` re-reads the rule directories on demand (SIGHUP) or when a file's mtime
changes (``poll()``), and hands a complete new ``RuleSet`` to a callback, or keeps the old one.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import re2
import yaml

import proxy
from proxy.errors import ConfigError
from proxy.models import Action, Category, Document, Finding, Kind, Origin, Segment

log = logging.getLogger(__name__)

SCOPES = ("subject", "body", "quoted", "hidden", "alt", "link", "attachment")
DEFAULT_SCOPE = ("subject", "body")
_PACK_KEYS = frozenset({"pack", "description", "rules"})
_RULE_KEYS = frozenset({
    "id", "category", "description", "reason", "languages", "action", "scope", "kinds",
    "patterns", "all_of", "none_of", "window", "examples", "detector", "params",
})
_REQUIRED = ("id", "category", "description", "reason", "languages", "examples")
_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_.\-]*$")
_LANG = re.compile(r"^(?:[a-z]{2}|any)$")


class RulePackError(ConfigError):
    """A rule pack is invalid: ``source`` is the file, ``rule`` the rule id (or "")."""

    def __init__(self, source: str, rule: str, key: str, reason: str) -> None:
        super().__init__(source, f"{rule}: {key}" if rule else key, reason)
        self.rule = rule


class _Regex(Protocol):
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
    match_examples: tuple[str, ...] = ()
    no_match_examples: tuple[str, ...] = ()
    detector: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)
    compiled: tuple[_Regex, ...] = field(default=(), repr=False, compare=False)
    compiled_all: tuple[_Regex, ...] = field(default=(), repr=False, compare=False)
    compiled_none: tuple[_Regex, ...] = field(default=(), repr=False, compare=False)


@dataclass(frozen=True)
class Hit:
    """A confirmed rule match in one segment; ``start``/``end`` index ``segment.folded``."""

    rule: Rule
    segment: Segment
    start: int
    end: int


# --------------------------------------------------------------------------- segment scopes


def segment_scope(seg: Segment) -> str | None:
    """The scope name of a segment. Own hidden text is also ``body`` (it counts for what it
    hides, POLICY.md); ``hidden`` selects hidden text alone."""
    if seg.origin is Origin.SUBJECT:
        return "subject"
    if seg.origin in (Origin.TEXT, Origin.HTML, Origin.HIDDEN):
        if seg.quoted:
            return "quoted"
        return "hidden" if seg.origin is Origin.HIDDEN else "body"
    return {Origin.ALT: "alt", Origin.LINK: "link", Origin.ATTACHMENT: "attachment"}.get(
        seg.origin
    )


# --------------------------------------------------------------------------- the rule set


class RuleSet:
    """Compiled rule packs. ``rules`` lists every rule (pattern and detector-backed ones)."""

    def __init__(self, rules: Sequence[Rule], sources: Sequence[str] = ()) -> None:
        self.rules: list[Rule] = list(rules)
        self.sources: tuple[str, ...] = tuple(sources)
        self.by_id: dict[str, Rule] = {r.id: r for r in self.rules}
        groups: dict[frozenset[str], list[Rule]] = {}
        for rule in self.rules:
            if rule.patterns:
                groups.setdefault(rule.scope, []).append(rule)
        self._groups = [_ScopeGroup(scope, members) for scope, members in groups.items()]
        # The wording detector and the review-request detector scan the same document: the
        # hits of the last one are kept so that it is scanned once.
        self._last: tuple[Document, list[Hit]] | None = None

    def __len__(self) -> int:
        return len(self.rules)

    def hits(self, doc: Document) -> list[Hit]:
        """Every confirmed match of every pattern rule (signal rules included), one per rule
        and segment."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        out: list[Hit] = []
        for group in self._groups:
            out.extend(group.hits(doc))
        self._last = (doc, out)
        return out

    def match(self, doc: Document) -> list[Finding]:
        """Findings of the pattern rules that are not detector signals."""
        return [to_finding(h) for h in self.hits(doc) if h.rule.detector is None]

    def signals(self, doc: Document, detector: str) -> list[Hit]:
        """Hits of the rules declared ``detector: <detector>`` (they never report on their own)."""
        return [h for h in self.hits(doc) if h.rule.detector == detector]

    def for_detector(self, detector: str) -> list[Rule]:
        return [r for r in self.rules if r.detector == detector]

    def unfiltered(self) -> list[str]:
        """Ids of rules with a pattern that has no literal atom: the prefilter cannot rule them
        out, so they are confirmed on every segment (slow; give them a required word)."""
        return sorted({rid for group in self._groups for rid in group.unfiltered()})


class _ScopeGroup:
    """The rules that share one scope, behind one RE2 prefilter.

    ``re2.Filter`` (RE2's FilteredRE2) extracts the literal atoms every pattern needs and
    matches them all at once with an ``RE2::Set``; ``Match(potential=True)`` names the patterns
    whose atoms occur, which is a superset of the patterns that match. A plain ``RE2::Set``
    of the full patterns was measured 30x slower here: its lazy DFA thrashes on ~250
    Unicode-aware patterns.
    """

    def __init__(self, scope: frozenset[str], members: list[Rule]) -> None:
        self.scope = scope
        self.members = members
        self._filter = re2.Filter()
        self._owner: list[int] = []  # filter index → member index
        self._pattern: list[int] = []  # filter index → index in the member's patterns
        for i, rule in enumerate(members):
            for j, pattern in enumerate(rule.patterns):
                self._filter.Add(pattern, _options())
                self._owner.append(i)
                self._pattern.append(j)
        self._filter.Compile()
        # Patterns without a literal atom are always "potential"; a character they cannot match
        # without (e.g. "?") spares their scan of most segments.
        self._needs = {
            i: _required_chars(members[self._owner[i]].patterns[self._pattern[i]])
            for i in self._filter.Match("", potential=True) or ()
        }

    def unfiltered(self) -> set[str]:
        return {self.members[self._owner[i]].id for i in self._filter.Match("", potential=True) or ()}

    def hits(self, doc: Document) -> Iterator[Hit]:
        for seg in doc.segments:
            if not seg.folded or not _accepts(self.scope, segment_scope(seg)):
                continue
            # Asked per segment, so a rule is confirmed only where its atoms occur, and only
            # with its patterns whose atoms occur (a pattern without them cannot match).
            candidates: dict[int, list[int]] = {}
            for i in self._filter.Match(seg.folded, potential=True) or ():
                needs = self._needs.get(i)
                if needs is None or any(ch in seg.folded for ch in needs):
                    candidates.setdefault(self._owner[i], []).append(self._pattern[i])
            for index in sorted(candidates):
                rule = self.members[index]
                if doc.kind in rule.kinds:
                    span = confirm(rule, seg.folded, sorted(candidates[index]))
                    if span is not None:
                        yield Hit(rule, seg, span[0], span[1])


# The stdlib regex parser (no type stubs): reads a pattern's top-level items.
_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")


def _required_chars(pattern: str) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` contains: those of the first
    mandatory top-level literal or small character class, when none of them has a case (so
    case-insensitive matching cannot find another character). None when there is no such item."""
    try:
        items = list(_sre_parse.parse(pattern, re.IGNORECASE))
    except re.error:
        return None  # an RE2-only pattern: scanned as before
    for op, av in items:
        chars = _literal_chars(op, av)
        if chars is not None:
            return chars if all(ch.lower() == ch.upper() for ch in chars) else None
    return None


def _literal_chars(op: object, av: Any) -> frozenset[str] | None:
    if op is _sre.LITERAL:
        return frozenset(chr(av))
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av) and len(av) <= 8:
        return frozenset(chr(v) for _, v in av)
    return None


def _accepts(scope: frozenset[str], segment: str | None) -> bool:
    return segment in scope or (segment == "hidden" and "body" in scope)


def _options() -> Any:
    opts = re2.Options()
    opts.case_sensitive = False
    opts.log_errors = False
    return opts


def confirm(
    rule: Rule, text: str, patterns: Sequence[int] | None = None
) -> tuple[int, int] | None:
    """The span of the first match of ``rule`` in ``text`` whose window passes all_of/none_of;
    ``patterns`` (indices, in order) limits it to the patterns that can match at all."""
    compiled = rule.compiled if patterns is None else [rule.compiled[i] for i in patterns]
    for regex in compiled:
        for m in regex.finditer(text):
            lo, hi = _window(rule.window, text, m.start(), m.end())
            win = text[lo:hi]
            if all(r.search(win) for r in rule.compiled_all) and not any(
                r.search(win) for r in rule.compiled_none
            ):
                return m.start(), m.end()
    return None


# A sentence ends at . ! ? followed by a space, at CJK full stops, or at a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？\n]")


def _window(window: str | int, text: str, start: int, end: int) -> tuple[int, int]:
    if window == "segment":
        return 0, len(text)
    if isinstance(window, int):
        return max(0, start - window), min(len(text), end + window)
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    nxt = _SENTENCE_END.search(text, end)
    return lo, nxt.end() if nxt else len(text)


def excerpt_of(seg: Segment, start: int, end: int, pad: int = 30) -> str:
    """A one-line excerpt; original text when folding kept the offsets, folded text otherwise."""
    text = seg.text if len(seg.text) == len(seg.folded) else seg.folded
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    return " ".join(text[lo:hi].split())[:120]


def to_finding(hit: Hit) -> Finding:
    from proxy.decide import DEFAULT_ACTIONS

    rule = hit.rule
    return Finding(
        rule=rule.id,
        category=rule.category,
        action=rule.action or DEFAULT_ACTIONS[rule.category],
        excerpt=excerpt_of(hit.segment, hit.start, hit.end),
        where=hit.segment.origin.value,
        reason=rule.reason,
    )


# --------------------------------------------------------------------------- loading


def resolve_dir(raw: str) -> Path:
    """A rule directory: as given (absolute or relative to the current directory), else
    relative to the project root, so ``rules`` works from a checkout and from anywhere."""
    path = Path(raw)
    if path.is_absolute() or path.is_dir():
        return path
    root = Path(proxy.__file__).resolve().parents[1]
    return root / path


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


def load_rule_set(dirs: Sequence[str]) -> RuleSet:
    """Load every pack of ``dirs``; a later directory's rule replaces an earlier one with the
    same id. Raises ``RulePackError`` on the first invalid file: nothing is half-loaded."""
    files = pack_files(dirs)
    merged: dict[str, Rule] = {}
    for directory in _group_by_dir(files):
        seen_here: dict[str, str] = {}
        packs_here: dict[str, str] = {}
        for path in directory:
            pack, rules = load_pack(path)
            if pack in packs_here:
                raise RulePackError(str(path), "", "pack",
                                    f"duplicate pack id (also in {packs_here[pack]})")
            packs_here[pack] = str(path)
            for rule in rules:
                if rule.id in seen_here:
                    raise RulePackError(str(path), rule.id, "id",
                                        f"duplicate rule id (also in {seen_here[rule.id]})")
                seen_here[rule.id] = str(path)
                merged[rule.id] = rule
    return RuleSet(list(merged.values()), [str(p) for p in files])


def _group_by_dir(files: list[Path]) -> list[list[Path]]:
    groups: dict[Path, list[Path]] = {}
    for path in files:
        groups.setdefault(path.parent, []).append(path)
    return list(groups.values())


def load_pack(path: Path) -> tuple[str, list[Rule]]:
    """Parse and validate one pack file."""
    source = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
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
    return pack, [_rule(source, pack, i, raw) for i, raw in enumerate(raw_rules)]


def _rule(source: str, pack: str, index: int, raw: object) -> Rule:
    if not isinstance(raw, dict):
        raise RulePackError(source, f"rules[{index}]", "(rule)", "a rule is a mapping")
    rid = raw.get("id")
    name = rid if isinstance(rid, str) and rid else f"rules[{index}]"
    return _RuleParser(source, name, raw).build(pack)


class _RuleParser:
    """Validates one rule mapping; every error names the file, the rule and the key."""

    def __init__(self, source: str, rule_id: str, raw: dict[Any, Any]) -> None:
        self.source, self.id, self.raw = source, rule_id, raw

    def fail(self, key: str, reason: str) -> RulePackError:
        return RulePackError(self.source, self.id, key, reason)

    def build(self, pack: str) -> Rule:
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
        all_of, none_of = self.str_list("all_of"), self.str_list("none_of")
        return Rule(
            id=self.id, category=category, description=self.text("description"),
            reason=self.text("reason"), languages=self.languages(), source=self.source,
            pack=pack, action=self.action(), scope=self.scope(), kinds=self.kinds(),
            patterns=patterns, all_of=all_of, none_of=none_of, window=self.window(),
            match_examples=match, no_match_examples=no_match, detector=detector,
            params=self.params(),
            compiled=self.compile("patterns", patterns),
            compiled_all=self.compile("all_of", all_of),
            compiled_none=self.compile("none_of", none_of),
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
        if key not in self.raw:
            return None
        return self.text(key)

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
        if value in ("sentence", "segment"):
            return str(value)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        raise self.fail("window", "'sentence', 'segment' or a positive number of characters")

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
            if not isinstance(items, list) or not items or not all(
                isinstance(v, str) and v for v in items
            ):
                raise self.fail(f"examples.{key}", "at least one non-empty string required")
            out.append(tuple(items))
        return out[0], out[1]

    def compile(self, key: str, patterns: Iterable[str]) -> tuple[_Regex, ...]:
        compiled: list[_Regex] = []
        for i, pattern in enumerate(patterns):
            try:
                re2.compile(pattern, _options())
            except re2.error as exc:
                raise self.fail(f"{key}[{i}]", f"RE2 refuses the pattern: {_msg(exc)}") from None
            compiled.append(_confirmer(pattern))
        return tuple(compiled)


def _confirmer(pattern: str) -> _Regex:
    """Python ``re`` (Unicode word boundaries, fast spans) when it accepts the pattern; RE2
    otherwise (``\\pL``, ``[[:alpha:]]`` and other RE2-only syntax)."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return re2.compile(pattern, _options())  # type: ignore[no-any-return]


def _msg(exc: Exception) -> str:
    arg = exc.args[0] if exc.args else exc
    return arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)


# --------------------------------------------------------------------------- reload


@dataclass(frozen=True)
class ReloadResult:
    """Outcome of one reload: ``ok`` with the rule count, or the error and the old set kept."""

    ok: bool
    rules: int
    error: str = ""


class RuleWatcher:
    """Keeps the current ``RuleSet`` of ``dirs`` and swaps it atomically on reload.

    The server calls ``reload()`` on SIGHUP and runs ``watch()`` (or calls ``poll()``
    periodically) to pick up edited packs. ``on_swap`` receives each new complete set, e.g.
    ``lambda rs: setattr(checker, "context", dataclasses.replace(checker.context, rules=rs))``;
    a broken pack leaves the current set in place and is reported in the ``ReloadResult``.
    """

    def __init__(self, dirs: Sequence[str], on_swap: Callable[[RuleSet], None] | None = None,
                 current: RuleSet | None = None) -> None:
        self.dirs = tuple(dirs)
        self.on_swap = on_swap
        self.current = current if current is not None else load_rule_set(self.dirs)
        self._stamp = self._signature()

    def _signature(self) -> tuple[tuple[str, int, int], ...]:
        try:
            files = pack_files(self.dirs)
        except ConfigError:
            return ()
        out: list[tuple[str, int, int]] = []
        for path in files:
            try:
                st = path.stat()
            except OSError:
                continue
            out.append((str(path), st.st_mtime_ns, st.st_size))
        return tuple(out)

    def reload(self) -> ReloadResult:
        """Load the packs again; swap only when every file is valid."""
        self._stamp = self._signature()
        try:
            new = load_rule_set(self.dirs)
        except ConfigError as exc:
            log.error("rule packs not reloaded, keeping %d rules: %s", len(self.current), exc)
            return ReloadResult(ok=False, rules=len(self.current), error=str(exc))
        self.current = new
        if self.on_swap is not None:
            self.on_swap(new)
        log.info("rule packs reloaded: %d rules", len(new))
        return ReloadResult(ok=True, rules=len(new))

    def poll(self) -> ReloadResult | None:
        """Reload when a pack file was added, removed or modified since the last look."""
        if self._signature() == self._stamp:
            return None
        return self.reload()

    async def watch(self, interval: float = 2.0) -> None:
        """Poll forever (run it as a task; cancel it on shutdown)."""
        while True:
            await asyncio.sleep(interval)
            self.poll()
