"""The project's own labelled .eml set (corpora/own, written for this project) must be judged exactly."""

from __future__ import annotations

from pathlib import Path

from proxy.cli.check import evaluate
from proxy.pipeline.checker import build_checker
from proxy.settings import DetectSettings

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "own"


def test_own_corpus_is_judged_exactly() -> None:
    report = evaluate(CORPUS, build_checker(DetectSettings()))
    wrong = [f"{e['type']} {e['category']} {e['file']} ({e['note']})" for e in report["errors"]]
    assert wrong == []
    assert report["false_positive_rate"] == 0.0
    assert report["message_recall"] == 1.0
    assert report["kind_accuracy"] == 1.0
