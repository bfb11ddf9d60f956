"""``bsm-guard check``, ``bsm-guard eval`` and ``bsm-guard config check``."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from proxy.amazon import relay_domains
from proxy.ledger import Ledger, MemoryLedger
from proxy.models import Category, Judgement, Verdict
from proxy.pipeline.checker import Checker, build_checker
from proxy.rules.schema import resolve_dir
from proxy.settings import CONFIG_ENV, dump_settings, load_settings, sqlite_path

POLICY_CATEGORIES = [c.value for c in Category if c is not Category.INTERNAL]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="judge .eml files offline and print the verdict of each",
        description="Judge .eml files (and folders of them, in sorted path order) as the relay "
        "would, with one repeat-request ledger for the whole run. Exit 0 when every message "
        "would be delivered as sent, 1 otherwise, 2 on a usage or configuration error.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file or folder")
    p.add_argument("--config", help="YAML configuration file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--state",
        metavar="URL",
        help="database URL of a persistent repeat-request ledger (default: in memory)",
    )
    p.set_defaults(func=run_check)

    e = sub.add_parser(
        "eval",
        help="measure the detectors on a labelled corpus (precision/recall per category)",
        description="Run the checker over a labelled corpus (msgs/*.eml + labels.jsonl) in file "
        "order with one ledger; print per-category precision, recall and support, message-level "
        "recall, the false-positive rate, and every miss and false alarm.",
    )
    e.add_argument("corpus", metavar="CORPUS_DIR")
    e.add_argument("--config", help="YAML configuration file")
    e.add_argument("--json", action="store_true", help="print one JSON report")
    e.add_argument(
        "--min-recall", type=float, default=None, help="exit 1 when message-level recall is below this"
    )
    e.add_argument(
        "--max-fpr", type=float, default=None, help="exit 1 when the false-positive rate is above this"
    )
    e.add_argument(
        "--min-category",
        type=float,
        default=None,
        help="exit 1 when any category's precision or recall is below this",
    )
    e.set_defaults(func=run_eval)

    c = sub.add_parser("config", help="validate or show the configuration")
    csub = c.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cc = csub.add_parser("check", help="validate a configuration file and print the result")
    cc.add_argument("--config", help="YAML configuration file")
    cc.add_argument("--show", action="store_true", help="print the effective configuration")
    cc.set_defaults(func=run_config_check)


def run_config_check(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    checker = build_checker(settings.detect)
    rules = getattr(checker.context.rules, "rules", None)
    count = f", {len(rules)} rules" if rules is not None else ""
    print(f"{args.config or os.environ.get(CONFIG_ENV) or '<defaults>'}: OK{count}")
    if not settings.upstream.address:
        print(
            "note: upstream.address is not set; serve refuses to start until it names your "
            "smarthost (HOST:PORT) or capture:DIR"
        )
    if args.show:
        print(dump_settings(settings), end="")
        db = sqlite_path(settings.database_url)
        print(f"# database file: {db}" if db else f"# database: {settings.database_url.split('@')[-1]}")
        print(f"# rule packs: {', '.join(str(resolve_dir(d)) for d in settings.detect.rule_dirs)}")
        domains = sorted(relay_domains(settings.smtp.extra_relay_domains))
        print(f"# relay domains accepted ({len(domains)}, each also with m.): {', '.join(domains)}")
    return 0


def eml_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.eml") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(raw)
    return files


async def judge_all(checker: Checker, files: list[Path], ledger: Ledger) -> list[Judgement]:
    out: list[Judgement] = []
    run = uuid.uuid4().hex[:12]
    for i, path in enumerate(files):
        judgement = checker.judge(path.read_bytes())
        # Unique per run: a persistent ledger (--state) must not take run 2's message 0
        # for run 1's message 0 and let the repeat request through.
        ref = f"check-{run}-{i}"
        judgement = await checker.apply_ledger(judgement, ledger, ref)
        if judgement.verdict in (Verdict.DELIVER, Verdict.REWRITE):
            await ledger.confirm(ref)
        else:
            await ledger.release(ref)
        out.append(judgement)
    return out


def to_json(path: Path, judgement: Judgement) -> dict[str, Any]:
    return {
        "path": str(path),
        "verdict": judgement.verdict.value,
        "categories": judgement.categories,
        "findings": [
            {
                "rule": f.rule,
                "category": f.category.value,
                "action": f.action.value,
                "excerpt": f.excerpt,
                "where": f.where,
                "quoted": f.quoted,
            }
            for f in judgement.findings
        ],
    }


def _open_ledger(url: str | None) -> Ledger:
    if not url:
        return MemoryLedger()
    from proxy.store import open_ledger  # the persistent ledger lives in the store

    return open_ledger(url)


def run_check(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    try:
        files = eml_files(args.paths)
    except FileNotFoundError as exc:
        print(f"bsm-guard check: no such file or folder: {exc}", file=sys.stderr)
        return 2
    checker = build_checker(settings.detect)
    judgements = asyncio.run(judge_all(checker, files, _open_ledger(args.state)))
    clean = True
    for path, judgement in zip(files, judgements, strict=True):
        clean &= judgement.verdict is Verdict.DELIVER
        if args.format == "json":
            print(json.dumps(to_json(path, judgement), ensure_ascii=False))
            continue
        print(f"{path}: {judgement.verdict.value}")
        for f in judgement.findings:
            where = f"{f.where}, quoted history" if f.quoted else f.where
            print(f"  {f.action.value:<10} {f.rule}  [{where}] {f.excerpt}")
        for f in judgement.monitored:
            print(f"  (monitor)  {f.rule}  [{f.where}] {f.excerpt}")
    if args.format == "text" and len(files) > 1:
        counts = Counter(j.verdict.value for j in judgements)
        summary = ", ".join(f"{counts[v.value]} {v.value}" for v in Verdict)
        print(f"{len(files)} messages: {summary}")
    return 0 if clean else 1


# ----------------------------------------------------------------------------- eval


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(corpus: Path, checker: Checker) -> dict[str, Any]:
    labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text().splitlines() if line.strip()]
    labels.sort(key=lambda item: item["file"])
    files = [corpus / item["file"] for item in labels]
    judgements = asyncio.run(judge_all(checker, files, MemoryLedger()))
    scores = {c: Score() for c in POLICY_CATEGORIES}
    errors: list[dict[str, Any]] = []
    violating = caught = compliant = false_alarms = kind_ok = 0
    for item, judgement in zip(labels, judgements, strict=True):
        expected = set(item["categories"])
        got = set(judgement.categories) - {Category.INTERNAL.value}
        if judgement.kind.value == item.get("kind"):
            kind_ok += 1
        if expected:
            violating += 1
            caught += bool(got) or judgement.verdict is not Verdict.DELIVER
        else:
            compliant += 1
            false_alarms += bool(got) or judgement.verdict is not Verdict.DELIVER
        for cat in POLICY_CATEGORIES:
            if cat in expected and cat in got:
                scores[cat].tp += 1
            elif cat in got:
                scores[cat].fp += 1
                errors.append(_error("false_alarm", item, cat, judgement))
            elif cat in expected:
                scores[cat].fn += 1
                errors.append(_error("miss", item, cat, judgement))
        if Category.INTERNAL.value in judgement.categories:
            errors.append(_error("internal", item, "internal", judgement))
    return {
        "messages": len(labels),
        "message_recall": caught / violating if violating else 1.0,
        "false_positive_rate": false_alarms / compliant if compliant else 0.0,
        "kind_accuracy": kind_ok / len(labels) if labels else 1.0,
        "categories": {
            c: {
                "precision": s.precision,
                "recall": s.recall,
                "support": s.tp + s.fn,
                "tp": s.tp,
                "fp": s.fp,
                "fn": s.fn,
            }
            for c, s in scores.items()
        },
        "errors": errors,
    }


def _error(kind: str, item: dict[str, Any], cat: str, judgement: Judgement) -> dict[str, Any]:
    excerpts = [f"{f.rule}: {f.excerpt}" for f in judgement.findings if f.category.value == cat]
    return {
        "type": kind,
        "file": item["file"],
        "category": cat,
        "note": item.get("note", ""),
        "excerpts": excerpts,
    }


def run_eval(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not (corpus / "labels.jsonl").is_file():
        print(f"bsm-guard eval: {corpus} has no labels.jsonl", file=sys.stderr)
        return 2
    settings = load_settings(args.config)
    report = evaluate(corpus, build_checker(settings.detect))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    failed = []
    if args.min_recall is not None and report["message_recall"] < args.min_recall:
        failed.append(f"message recall {report['message_recall']:.3f} < {args.min_recall}")
    if args.max_fpr is not None and report["false_positive_rate"] > args.max_fpr:
        failed.append(f"false-positive rate {report['false_positive_rate']:.3f} > {args.max_fpr}")
    if args.min_category is not None:
        for cat, s in report["categories"].items():
            if s["support"] and min(s["precision"], s["recall"]) < args.min_category:
                failed.append(f"{cat}: precision {s['precision']:.2f} recall {s['recall']:.2f}")
    for line in failed:
        print(f"FAIL: {line}", file=sys.stderr)
    return 1 if failed else 0


def print_report(report: dict[str, Any]) -> None:
    print(f"{'category':<22} {'precision':>9} {'recall':>7} {'support':>8} {'fp':>4} {'fn':>4}")
    for cat, s in report["categories"].items():
        print(
            f"{cat:<22} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['support']:>8} "
            f"{s['fp']:>4} {s['fn']:>4}"
        )
    print()
    for e in report["errors"]:
        shown = "; ".join(e["excerpts"])[:200]
        print(
            f"{e['type']:<11} {e['category']:<22} {e['file']}  -- {e['note'][:90]}"
            + (f"\n{'':<12}got: {shown}" if shown else "")
        )
    print()
    print(
        f"messages {report['messages']}  message-level recall {report['message_recall']:.3f}  "
        f"false-positive rate {report['false_positive_rate']:.3f}  "
        f"reply/proactive accuracy {report['kind_accuracy']:.3f}"
    )
