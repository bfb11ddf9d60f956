"""Rule packs: one RE2 prefilter per scope, confirmation in linear time, and reload.

The schema, validation and loading of pack files live in ``proxy.rules.schema``; a broken pack
raises ``RulePackError`` (a ``ConfigError``) naming the file, the rule id, the key and the
reason, and the caller keeps the set it had.

Matching: the patterns of the rules that share a scope (subject, body, quoted, …) compile into
one RE2 prefilter (``re2.Filter``: the literal atoms of all patterns in one ``RE2::Set``). It
names the candidate rules for each segment; only those are confirmed (spans for the excerpt,
``all_of``/``none_of`` in the window). The cost per message therefore follows the number of
candidate rules, not the number of rules. Confirmation is linear in the segment: sentence ends
are found once per segment and looked up by bisection, and a window's all_of/none_of verdict is
computed once per rule, however many matches share that window.

Reload: ``RuleWatcher`` re-reads the rule directories on demand (SIGHUP) or when a file's mtime
changes (``poll()``), and hands a complete new ``RuleSet`` to a callback, or keeps the old one.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import re2

from proxy.errors import ConfigError
from proxy.excerpts import excerpt
from proxy.models import DEFAULT_ACTIONS, Document, Finding, Origin, Segment
from proxy.rules.schema import (
    DEFAULT_SCOPE,
    SCOPES,
    Rule,
    RulePackError,
    confirmer,
    load_pack,
    load_rules,
    pack_files,
    re2_options,
    resolve_dir,
)

__all__ = [
    "DEFAULT_SCOPE",
    "SCOPES",
    "Hit",
    "Rule",
    "RulePackError",
    "RuleSet",
    "RuleWatcher",
    "SegmentText",
    "confirm",
    "confirmer",
    "excerpt_of",
    "load_pack",
    "load_rule_set",
    "pack_files",
    "resolve_dir",
    "segment_scope",
    "to_finding",
]

log = logging.getLogger(__name__)


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
    return {Origin.ALT: "alt", Origin.LINK: "link", Origin.ATTACHMENT: "attachment"}.get(seg.origin)


def _accepts(scope: frozenset[str], segment: str | None) -> bool:
    return segment in scope or (segment == "hidden" and "body" in scope)


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

    def __len__(self) -> int:
        return len(self.rules)

    def hits(self, doc: Document) -> list[Hit]:
        """Every confirmed match of every pattern rule (signal rules included), one per rule
        and segment."""
        out: list[Hit] = []
        texts: dict[int, SegmentText] = {}  # shared by the scope groups
        for group in self._groups:
            out.extend(group.hits(doc, texts))
        return out

    def match(self, doc: Document, hits: Sequence[Hit] | None = None) -> list[Finding]:
        """Findings of the pattern rules that are not detector signals (``hits``: this
        message's hits when the caller has them already)."""
        return [to_finding(h) for h in (self.hits(doc) if hits is None else hits) if h.rule.detector is None]

    def signals(self, doc: Document, detector: str, hits: Sequence[Hit] | None = None) -> list[Hit]:
        """Hits of the rules declared ``detector: <detector>`` (they never report on their own)."""
        return [h for h in (self.hits(doc) if hits is None else hits) if h.rule.detector == detector]

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
                self._filter.Add(pattern, re2_options())
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

    def hits(self, doc: Document, texts: dict[int, SegmentText]) -> Iterator[Hit]:
        for n, seg in enumerate(doc.segments):
            if not seg.folded or not _accepts(self.scope, segment_scope(seg)):
                continue
            candidates = self._candidates(seg.folded)
            if not candidates:
                continue
            text = texts.get(n) or texts.setdefault(n, SegmentText(seg.folded))
            for index in sorted(candidates):
                rule = self.members[index]
                if doc.kind in rule.kinds:
                    span = confirm(rule, seg.folded, sorted(candidates[index]), text)
                    if span is not None:
                        yield Hit(rule, seg, span[0], span[1])

    def _candidates(self, folded: str) -> dict[int, list[int]]:
        """Member index → indices of its patterns whose atoms occur in ``folded``. Asked per
        segment, so a rule is confirmed only where, and with the patterns that, can match."""
        candidates: dict[int, list[int]] = {}
        for i in self._filter.Match(folded, potential=True) or ():
            needs = self._needs.get(i)
            if needs is None or any(ch in folded for ch in needs):
                candidates.setdefault(self._owner[i], []).append(self._pattern[i])
        return candidates


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


# --------------------------------------------------------------------------- confirmation


def confirm(
    rule: Rule,
    text: str,
    patterns: Sequence[int] | None = None,
    view: SegmentText | None = None,
) -> tuple[int, int] | None:
    """The span of the first match of ``rule`` in ``text`` whose window passes all_of/none_of;
    ``patterns`` (indices, in order) limits it to the patterns that can match at all. ``view``
    carries the sentence ends of ``text`` when the caller already has them."""
    compiled = rule.compiled if patterns is None else [rule.compiled[i] for i in patterns]
    if not rule.compiled_all and not rule.compiled_none:
        for regex in compiled:  # no window condition: the first match is the hit
            m = regex.search(text)
            if m is not None:
                return m.start(), m.end()
        return None
    view = view or SegmentText(text)
    verdicts: dict[tuple[int, int], bool] = {}  # window → passes (matches often share one)
    for regex in compiled:
        for m in regex.finditer(text):
            lo, hi = view.window(rule.window, m.start(), m.end())
            passes = verdicts.get((lo, hi))
            if passes is None:
                passes = verdicts[lo, hi] = _passes(rule, text[lo:hi])
            if passes:
                return m.start(), m.end()
    return None


def _passes(rule: Rule, window: str) -> bool:
    return all(r.search(window) for r in rule.compiled_all) and not any(
        r.search(window) for r in rule.compiled_none
    )


# A sentence ends at . ! ? followed by a space, at CJK full stops, or at a blank line; a single
# line break is a space (helpdesks wrap long lines). A line sentence ends at every line break.
_SENTENCE_ENDS = {
    "sentence": re.compile(r"[.!?](?=\s)|[。！？]|\n[^\S\n]*\n"),
    "line_sentence": re.compile(r"[.!?](?=\s)|[。！？\n]"),
}


class SegmentText:
    """A segment's folded text and its sentence ends, found on first use."""

    __slots__ = ("_ends", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: dict[str, _SentenceEnds] = {}

    def window(self, window: str | int, start: int, end: int) -> tuple[int, int]:
        """The window of a match at ``start``-``end``: the whole text, ``window`` characters
        either side, or the sentence(s) it lies in."""
        if window == "segment":
            return 0, len(self.text)
        if isinstance(window, int):
            return max(0, start - window), min(len(self.text), end + window)
        ends = self._ends.get(window)
        if ends is None:
            ends = self._ends[window] = _SentenceEnds(self.text, _SENTENCE_ENDS[window])
        return ends.around(start, end)


class _SentenceEnds:
    """The end marks of one text: where each starts and ends, and the least match start that
    lies after it. A "." counts before a match only when the space after it does too."""

    __slots__ = ("before", "ends", "size", "starts")

    def __init__(self, text: str, marks: re.Pattern[str]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.before: list[int] = []  # non-decreasing, so bisection finds the last one
        self.size = len(text)
        for m in marks.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.before.append(m.end() + (text[m.start()] in ".!?"))

    def around(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.before, start) - 1
        j = bisect_left(self.starts, end)
        return (self.ends[i] if i >= 0 else 0), (self.ends[j] if j < len(self.ends) else self.size)


# --------------------------------------------------------------------------- findings


def excerpt_of(seg: Segment, start: int, end: int, pad: int = 30) -> str:
    """A one-line excerpt on word boundaries; original text when folding kept the offsets,
    folded text otherwise."""
    text = seg.text if len(seg.text) == len(seg.folded) else seg.folded
    return excerpt(text, start, end, pad)


def to_finding(hit: Hit) -> Finding:

    rule = hit.rule
    return Finding(
        rule=rule.id,
        category=rule.category,
        action=rule.action or DEFAULT_ACTIONS[rule.category],
        excerpt=excerpt_of(hit.segment, hit.start, hit.end),
        where=hit.segment.origin.value,
        reason=rule.reason,
        quoted=hit.segment.quoted,
    )


# --------------------------------------------------------------------------- loading and reload


def load_rule_set(dirs: Sequence[str]) -> RuleSet:
    """Load every pack of ``dirs``; a later directory's rule replaces an earlier one with the
    same id. Raises ``RulePackError`` on the first invalid file: nothing is half-loaded."""
    files = pack_files(dirs)
    return RuleSet(load_rules(files), [str(p) for p in files])


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

    def __init__(
        self,
        dirs: Sequence[str],
        on_swap: Callable[[RuleSet], None] | None = None,
        current: RuleSet | None = None,
    ) -> None:
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
