"""Train the wording model (proxy/detectors/signal_model.json) from tools/signal_dataset.py's JSONL.

One logistic regression per category over the hashed features of proxy.detectors.signal. The
threshold of each category is the lowest score whose out-of-fold precision (5 folds) is at
least --precision, so the model adds findings only where it is rarely wrong on what it was
taught from; weights below --prune are dropped to keep the file small. Needs scikit-learn
(a development dependency; the relay itself only reads the JSON).

    python tools/signal_dataset.py > /tmp/signal.jsonl
    python tools/train_signal.py /tmp/signal.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from proxy.detectors.signal import BITS, CATEGORIES, feature_pairs

OUT = Path(__file__).resolve().parent.parent / "proxy" / "detectors" / "signal_model.json"


def matrix(texts: list[str], chunk: int = 2000) -> csr_matrix:
    rows, cols = [], []
    for at in range(0, len(texts), chunk):
        owner, feats = feature_pairs(texts[at : at + chunk])
        rows.append(owner.astype(np.int64) + at)
        cols.append(feats.astype(np.int64))
    r, c = np.concatenate(rows), np.concatenate(cols)
    return csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(len(texts), 1 << BITS))


def threshold(scores: np.ndarray, y: np.ndarray, precision: float) -> float:
    """The lowest score at which everything above it is right at least ``precision`` of the time."""
    order = np.argsort(-scores)
    tp = np.cumsum(y[order])
    prec = tp / np.arange(1, len(y) + 1)
    ok = np.where(prec >= precision)[0]
    if len(ok) == 0:
        return 1.0
    return float(max(0.5, scores[order][ok[-1]]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--precision", type=float, default=0.97)
    ap.add_argument("--c", type=float, default=4.0)
    ap.add_argument("--prune", type=float, default=0.02)
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.dataset).read_text(encoding="utf-8").splitlines()]
    x_all = matrix([r["text"] for r in rows])
    bias, thresholds, columns = [], [], []
    for cat in CATEGORIES:
        keep = np.array([cat not in r["unsure"] for r in rows])
        x = x_all[keep]
        y = np.array([cat in r["labels"] for r in rows])[keep].astype(int)
        oof = np.zeros(len(y))
        for train, test in StratifiedKFold(5, shuffle=True, random_state=7).split(x, y):
            clf = LogisticRegression(C=args.c, solver="liblinear", class_weight="balanced")
            clf.fit(x[train], y[train])
            oof[test] = clf.predict_proba(x[test])[:, 1]
        t = threshold(oof, y, args.precision)
        clf = LogisticRegression(C=args.c, solver="liblinear", class_weight="balanced").fit(x, y)
        hit = oof >= t
        print(
            f"{cat:22s} n={len(y):5d} pos={int(y.sum()):4d} threshold={t:.3f} "
            f"oof precision={y[hit].mean() if hit.any() else 0:.3f} recall={hit[y == 1].mean():.3f}"
        )
        bias.append(float(clf.intercept_[0]))
        thresholds.append(t)
        columns.append(clf.coef_[0])
    w = np.vstack(columns).T  # features × categories
    nonzero = np.where(np.abs(w).max(axis=1) >= args.prune)[0]
    weights = {int(i): [round(float(v), 3) for v in w[i]] for i in nonzero}
    OUT.write_text(
        json.dumps(
            {
                "categories": list(CATEGORIES),
                "bias": [round(b, 4) for b in bias],
                "thresholds": [round(t, 4) for t in thresholds],
                "weights": weights,
            },
            separators=(",", ":"),
        )
        + "\n"
    )
    print(f"wrote {OUT} ({len(weights)} features, {OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
