"""Held-out set 5: runs the three parts' generators and joins their labels (stdlib only).

Written by three helpers who read only POLICY.md, the corpus format and the public notes on
Amazon's rules, never the detectors, the rule packs or another corpus's messages. Measured once
(README, "Detection quality"), never tuned on.
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent

for part in "bca":  # part A clears msgs/ of its own numbers only; run it last all the same
    runpy.run_path(str(HERE / f"make_{part}.py"), run_name="__main__")
labels = "".join((HERE / f"labels-{part}.jsonl").read_text(encoding="utf-8") for part in "abc")
(HERE / "labels.jsonl").write_text(labels, encoding="utf-8")
print(f"labels.jsonl: {len(labels.splitlines())} messages")
