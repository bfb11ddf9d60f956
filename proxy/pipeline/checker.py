"""The pure pipeline: parse → normalise → detect → decide, plus the ledger step that follows it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from proxy.detectors import DETECTORS, Context, Detector, requests, signal
from proxy.errors import LedgerBusy, ParseLimitError
from proxy.ledger import Ledger
from proxy.models import Action, Category, Document, Finding, Judgement, Kind, Verdict
from proxy.pipeline import decide as decide_stage
from proxy.pipeline.normalise import normalise
from proxy.pipeline.parse import DEFAULT_LIMITS, ParseLimits, parse_message
from proxy.rules.engine import load_rule_set
from proxy.settings import DetectSettings


@dataclass
class Checker:
    """Judges messages; holds the compiled rule packs and the operator's detection policy."""

    policy: DetectSettings = field(default_factory=DetectSettings)
    context: Context = field(default_factory=Context)
    detectors: tuple[Detector, ...] = DETECTORS
    limits: ParseLimits = DEFAULT_LIMITS

    def judge(self, raw: bytes) -> Judgement:
        """Parse, normalise, detect and decide. Never raises: a failure holds the message."""
        durations: dict[str, float] = {}
        kind = Kind.REPLY
        try:
            t0 = time.perf_counter()
            parsed = parse_message(raw, self.limits)
            t1 = time.perf_counter()
            doc = normalise(parsed)
            kind = doc.kind
            t2 = time.perf_counter()
            ctx = self.scan_context(doc)
            findings = self.detect(doc, ctx)
            if self.policy.wording_model != "off":
                findings += signal.detect(doc, {f.category.value for f in findings})
            request = requests.review_request(doc, ctx)
            t3 = time.perf_counter()
            durations = {"parse": t1 - t0, "normalise": t2 - t1, "detect": t3 - t2}
        except ParseLimitError as exc:
            return self._internal("internal.limits", f"message too complex to check: {exc}", kind)
        except Exception as exc:  # fail closed: hold it for a supervisor
            return self._internal("internal.error", f"{type(exc).__name__}: {exc}", kind)
        t4 = time.perf_counter()
        verdict, acted, monitored = decide_stage.decide(findings, self.policy)
        durations["decide"] = time.perf_counter() - t4
        return Judgement(
            verdict=verdict,
            findings=acted,
            monitored=monitored,
            review_request=request,
            kind=kind,
            durations=durations,
            subject=parsed.subject,
            text="\n".join((parsed.subject, *parsed.text_parts, *parsed.html_parts)),
        )

    def scan_context(self, doc: Document) -> Context:
        """The context for one message: the operator's settings and the rule hits, once."""
        rules = self.context.rules
        return replace(self.context, hits=tuple(rules.hits(doc)) if rules is not None else ())

    def detect(self, doc: Document, ctx: Context | None = None) -> list[Finding]:
        ctx = ctx or self.scan_context(doc)
        findings: list[Finding] = []
        for detector in self.detectors:
            findings.extend(detector(doc, ctx))
        return findings

    def _internal(self, rule: str, reason: str, kind: Kind) -> Judgement:
        finding = Finding(
            rule=rule,
            category=Category.INTERNAL,
            action=Action.QUARANTINE,
            excerpt=reason[:120],
            where="message",
            reason=reason[:200],
        )
        return Judgement(verdict=Verdict.QUARANTINE, findings=(finding,), kind=kind)

    async def apply_ledger(self, judgement: Judgement, ledger: Ledger, ref: str) -> Judgement:
        """Reserve the review request of a message that would be relayed; add ``repeat_request``
        when its order already had one. The caller confirms or releases ``ref`` after acting."""
        request = judgement.review_request
        if request is None or not request.order_ids:
            return judgement
        if judgement.verdict not in (Verdict.DELIVER, Verdict.REWRITE):
            # Not relayed, so it does not reserve; still labelled when the order is taken.
            try:
                taken = await ledger.reserve(request.order_ids, ref)
            except LedgerBusy:  # another message is relaying its request: no label yet
                return judgement
            if not taken:
                await ledger.release(ref)
                return judgement
        else:
            taken = await ledger.reserve(request.order_ids, ref)
            if not taken:
                return judgement
        repeat = Finding(
            rule="repeat_request.ledger",
            category=Category.REPEAT_REQUEST,
            action=Action.REJECT,
            excerpt=", ".join(taken),
            where="message",
            reason=f"a review or feedback request for order {taken[0]} was already sent",
        )
        verdict, acted, monitored = decide_stage.decide(
            [*judgement.findings, repeat, *judgement.monitored], self.policy
        )
        return replace(judgement, verdict=verdict, findings=acted, monitored=monitored)


def build_checker(policy: DetectSettings) -> Checker:
    """A checker for the operator's policy with the rule packs from ``policy.rule_dirs``."""
    context = Context(
        allow_domains=frozenset(d.lower() for d in policy.allow_domains),
        allow_url_prefixes=policy.allow_url_prefixes,
        rules=load_rule_set(policy.rule_dirs),
    )
    return Checker(policy=policy, context=context)
