"""Rule-engine scaling: 100 vs 1,000 generated rules on 25 KB, and text length on near misses."""

from __future__ import annotations

import os
import random
import statistics
import time

from proxy.models import Category, Document, Kind, Origin, ParsedMessage, Segment
from proxy.rules.engine import Rule, RuleSet, confirmer

WORDS = [f"w{n:04d}x" for n in range(5000)]


def rules(count: int, rng: random.Random) -> RuleSet:
    out = []
    for i in range(count):
        a, b = rng.sample(WORDS, 2)
        pattern = rf"\b{a}\b[^.!?\n]{{0,60}}\b(?:{b}|review)\b"
        out.append(
            Rule(
                id=f"marketing.gen{i}",
                category=Category.MARKETING,
                description="g",
                reason="g",
                languages=("en",),
                source="gen",
                pack="gen",
                patterns=(pattern,),
                compiled=(confirmer(pattern),),
            )
        )
    return RuleSet(out)


def document(rng: random.Random) -> Document:
    text, words = "", [*WORDS[:200], "the", "order", "review", "parcel"]
    while len(text) < 25_000:
        text += " ".join(rng.choices(words, k=12)) + ". "
    parsed = ParsedMessage(raw=b"", headers=(), subject="", text_parts=(), html_parts=(), attachments=())
    paras = [Segment(Origin.HTML, p, p) for p in text.split(". ")]
    return Document(parsed=parsed, kind=Kind.REPLY, segments=tuple(paras))


def scan_ms(ruleset: RuleSet, doc: Document, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        ruleset._last = None  # measure the scan, not the per-document cache
        t0 = time.perf_counter()
        ruleset.hits(doc)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def near_miss(sentences: int) -> Document:
    """One segment of a sentence whose pattern matches and whose all_of never does."""
    text = "The w0001x parcel w0002x arrived. " * sentences
    parsed = ParsedMessage(raw=b"", headers=(), subject="", text_parts=(), html_parts=(), attachments=())
    return Document(parsed=parsed, kind=Kind.REPLY, segments=(Segment(Origin.TEXT, text, text),))


def near_miss_rules() -> RuleSet:
    pattern, needed = r"\bw0001x\b[^.!?\n]{0,60}\bw0002x\b", r"\bw0003x\b"
    rule = Rule(
        id="marketing.near",
        category=Category.MARKETING,
        description="g",
        reason="g",
        languages=("en",),
        source="gen",
        pack="gen",
        patterns=(pattern,),
        compiled=(confirmer(pattern),),
        all_of=(needed,),
        compiled_all=(confirmer(needed),),
    )
    return RuleSet([rule])


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as bench/judge.py
    rng = random.Random(7)
    doc = document(rng)
    small, large = scan_ms(rules(100, rng), doc), scan_ms(rules(1000, rng), doc)
    print(
        f"25 KB text, {len(doc.segments)} segments: 100 rules {small:.2f} ms, "
        f"1000 rules {large:.2f} ms, ratio {large / small:.2f}"
    )
    ruleset = near_miss_rules()
    short, long = scan_ms(ruleset, near_miss(1000), 5), scan_ms(ruleset, near_miss(4000), 5)
    print(
        f"near misses, 1000 vs 4000 sentences: {short:.2f} ms, {long:.2f} ms, "
        f"ratio {long / short:.2f} (linear: 4)"
    )


if __name__ == "__main__":
    main()
