"""Build the sentence set the wording model is trained on (writes JSONL, deterministic).

Sources: every development set, and none of the blind held-out sets still waiting for their
first measurement (a set joins ``CORPORA`` only after that measurement is recorded):

- every rule pack's ``examples`` (match / no_match),
- the sentences of the wording tests (tests/wording/*.yaml, tests/test_wording.py,
  tests/test_requests.py),
- the agent's own text of every message in ../shared/corpus, corpora/own, corpora/phrases and
  corpora/heldout1 to heldout18.

Each sentence is labelled with what the rule packs find in it alone (they judge these sources
exactly: CI and the tests check that). A sentence of a message labelled with a category that
no rule found in the sentence itself is marked ``unsure`` for that category, so it is not
taught as a negative.

    python tools/signal_dataset.py > /tmp/signal.jsonl
"""

from __future__ import annotations

import ast
import json
import sys
from email.message import EmailMessage
from pathlib import Path

import yaml

from proxy.detectors.signal import CATEGORIES, sentences
from proxy.models import Origin
from proxy.pipeline.checker import build_checker
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import parse_message
from proxy.rules.engine import load_rule_set
from proxy.settings import DetectSettings

ROOT = Path(__file__).resolve().parent.parent
TEST_LISTS = ["tests/test_wording.py", "tests/test_requests.py"]
WORDING = "tests/wording"  # the wording tests' sentences, one YAML file per category
CORPORA = [
    "../shared/corpus",
    "corpora/own",
    "corpora/phrases",
    *(f"corpora/heldout{n}" for n in range(1, 21)),
]
CHECKER = build_checker(DetectSettings())


def wrap(sentence: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "care@seller.example"
    msg["To"] = "abc123@marketplace.amazon.com"
    msg["Subject"] = "Re: Your order 028-1234567-7654321"
    msg["In-Reply-To"] = "<0100abc@email.amazonses.com>"
    msg.set_content(f"{sentence}\n")
    return bytes(msg)


def rule_labels(sentence: str) -> list[str]:
    judgement = CHECKER.judge(wrap(sentence))
    found = {f.category.value for f in judgement.findings}
    if judgement.review_request is not None:
        found.add("review_request")
    return sorted(found & set(CATEGORIES))


def literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if len(text) >= 12 and (" " in text or not text.isascii()) and "\n\n" not in text:
                out.append(text)
    return out


def yaml_strings(path: Path) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            text = node.strip()
            if len(text) >= 12 and (" " in text or not text.isascii()):
                out.append(text)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def own_text(raw: bytes) -> str:
    doc = normalise(parse_message(raw))
    own = (Origin.TEXT, Origin.HTML, Origin.HIDDEN)
    parts = [s.text for s in doc.segments if s.origin in own and not s.quoted]
    return "\n".join(dict.fromkeys(parts))  # text and HTML parts say the same thing


def main() -> None:
    seen: set[str] = set()

    def emit(sentence: str, source: str, unsure: list[str]) -> None:
        if sentence in seen:
            return
        seen.add(sentence)
        labels = rule_labels(sentence)
        row = {
            "text": sentence,
            "labels": labels,
            "unsure": sorted(set(unsure) - set(labels)),
            "source": source,
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")

    rules = load_rule_set([str(ROOT / "rules")])
    for rule in rules.rules:
        for example in (*rule.match_examples, *rule.no_match_examples):
            for s in sentences(example):
                emit(s, "examples", [])
    for path in sorted((ROOT / WORDING).glob("*.yaml")):
        for literal in yaml_strings(path):
            for s in sentences(literal):
                emit(s, WORDING, [])
    for name in TEST_LISTS:
        for literal in literals(ROOT / name):
            for s in sentences(literal):
                emit(s, name, [])
    for corpus in CORPORA:
        base = ROOT / corpus
        for line in (base / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            cats = [c if c != "repeat_request" else "review_request" for c in item["categories"]]
            for s in sentences(own_text((base / item["file"]).read_bytes())):
                emit(s, corpus, [c for c in cats if c in CATEGORIES])


if __name__ == "__main__":
    main()
