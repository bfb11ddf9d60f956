#!/usr/bin/env python3
"""Write the bsm-guard wording corpus ("phrases"): msgs/NNNN-slug.eml + labels.jsonl.

Python 3.11, standard library only, deterministic (fixed seeds, fixed dates).
The wording lives in langs/<lang>.py, one module per language; this script only
assembles messages around the sentence under test and self-checks the result.

Item line format inside each language module (ITEMS, one per line):
    CODES | kind | ctx | note | sentence [| buyer quote [| lead sentence]]
CODES: '+'-joined short codes (RI RM FR MK OF OO UP) or 'OK:<group>' for compliant.
kind:  p = proactive, r = reply, x = either (alternates).
ctx:   del fix prob neg purp rude q ret up none  (which lead/quote/subject pool to use).
"""
import email
import email.policy
import email.utils
import hashlib
import importlib
import json
import os
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "langs"))

LANGS = os.environ.get("PHRASES_LANGS", "en de fr es it ja nl pl sv pt").split()

CODES = {
    "RI": "review_incentive",
    "RM": "review_manipulation",
    "FR": "feedback_removal",
    "MK": "marketing",
    "OO": "opt_out",
    "OF": "offensive",
    "UP": "unpermitted_proactive",
}
POLICY_ORDER = [
    "external_link", "contact_email", "contact_phone", "contact_other",
    "review_incentive", "review_manipulation", "feedback_removal", "repeat_request",
    "marketing", "opt_out", "tracking_pixel", "attachment", "styling", "offensive",
    "important_tag", "missing_order_id", "unpermitted_proactive",
]
WORDING = ["review_incentive", "review_manipulation", "feedback_removal", "marketing",
           "offensive", "opt_out", "unpermitted_proactive"]
CTX_KINDS = {  # which kinds each context can produce
    "del": "pr", "fix": "pr", "prob": "pr", "neg": "pr", "purp": "p",
    "rude": "r", "q": "r", "ret": "r", "up": "p", "none": "p",
}
REPLY_PREFIX = re.compile(r"^\s*(re|aw|r|sv|odp|antw)\s*:", re.I)
OID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")


def slugify(s, n=48):
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:n].rstrip("-") or "x"


def parse_items(lang, text):
    items = []
    for ln, line in enumerate(text.strip("\n").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        if len(f) < 5:
            raise SystemExit(f"{lang}: bad item line {ln}: {line!r}")
        codes, kind, ctx, note, sent = f[:5]
        quote = f[5] if len(f) > 5 and f[5] else None
        lead = f[6] if len(f) > 6 and f[6] else None
        if codes.startswith("OK"):
            cats, group = [], codes.split(":", 1)[1] if ":" in codes else "other"
        else:
            cats = [CODES[c] for c in codes.split("+")]
            group = None
        if ctx not in CTX_KINDS:
            raise SystemExit(f"{lang}: unknown ctx {ctx!r} in {line!r}")
        if kind not in "prx":
            raise SystemExit(f"{lang}: bad kind {kind!r}")
        items.append(dict(cats=cats, group=group, kind=kind, ctx=ctx, note=note,
                          sent=sent.replace("\\n", "\n"), quote=quote, lead=lead, codes=codes))
    return items


class OrderIds:
    def __init__(self, rnd):
        self.rnd, self.seen = rnd, set()

    def new(self, prefixes):
        while True:
            oid = "%s-%07d-%07d" % (self.rnd.choice(prefixes), self.rnd.randrange(10**7),
                                    self.rnd.randrange(10**7))
            if oid not in self.seen:
                self.seen.add(oid)
                return oid


def build_lang(code, oids, relays):
    L = importlib.import_module(code).L
    rnd = random.Random("phrases-" + code)
    items = parse_items(code, L["items"])
    out = []
    rot = Counter()  # rotation counters per pool so variants spread evenly
    def pick(pool_name, pool):
        i = rot[pool_name]
        rot[pool_name] += 1
        return pool[(i + rnd.randrange(2)) % len(pool)] if len(pool) > 1 else pool[0]

    xflip = 0
    for idx, it in enumerate(items, 1):
        kinds = CTX_KINDS[it["ctx"]]
        if it["kind"] == "x":
            k = kinds[xflip % len(kinds)]
            xflip += 1
        else:
            k = it["kind"]
        if k not in kinds:
            raise SystemExit(f"{code}: ctx {it['ctx']} cannot be kind {k}: {it['sent'][:60]}")
        if "unpermitted_proactive" in it["cats"] and k != "p":
            raise SystemExit("unpermitted_proactive must be proactive")
        agent, shop = pick("agent", L["agents"])
        buyer = pick("buyer", L["buyers"])
        tld = pick("tld", L["tlds"])
        oid = oids.new(L["oid_prefix"])
        while True:
            local = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
            if local not in relays:
                relays.add(local)
                break
        sub = "m." if (code == "ja" and rnd.random() < 0.3) else ""
        to = f"{local}@{sub}marketplace.amazon.{tld}"
        fmt = dict(b=buyer, a=agent, s=shop, oid=oid)
        key = f"{it['ctx']}_{k}"
        quote = None
        if k == "p":
            if it["ctx"] in ("up", "none"):
                subj = pick("subj_" + it["ctx"], L["subj_" + it["ctx"]])
                lead = it["lead"]
            else:
                subj, lead = pick(key, L["ctx"][key])
                if it["lead"]:
                    lead = it["lead"]
        else:
            subj = pick("subj_r", L["subj_r"])
            pre = pick("re", L.get("re", ["Re: "]))
            subj = pre + subj
            pool = L["ctx"][key]
            if it["ctx"] == "neg":
                # neg_r pools are [threatened, already posted, threatened]: removal requests need a
                # review that exists; discouraging or unconditional-refund cases need one only threatened
                if "feedback_removal" in it["cats"]:
                    pool = [pool[1]]
                elif "review_manipulation" in it["cats"] or it["group"] == "ref":
                    pool = [pool[0], pool[2]]
            quote, lead = pick(key, pool)
            if it["quote"]:
                quote = it["quote"]
            if it["lead"]:
                lead = it["lead"]
        greet = pick("greet", L["greet"])
        sign = pick("sign", L["sign"])
        close = None
        if it["ctx"] != "up" and rot["closeflip"] % 3 == 0:
            close = pick("close", L["close"])
        rot["closeflip"] += 1
        sep = L.get("sep", " ")
        para = sep.join(x for x in [lead, it["sent"], close] if x)
        body = greet.format(**fmt) + "\n\n" + para.format(**fmt) + "\n\n" + sign.format(**fmt) + "\n"
        if quote:
            body += "\n" + L["wrote"].format(**fmt) + "\n" + "\n".join(
                "> " + q for q in quote.format(**fmt).split("\\n")) + "\n"
        subj = subj.format(**fmt)
        out.append(dict(lang=code, kind="reply" if k == "r" else "proactive", cats=it["cats"],
                        group=it["group"], note=it["note"], subject=subj, body=body, to=to,
                        agent=agent, shop=shop, buyer=buyer, oid=oid, codes=it["codes"], idx=idx))
    return out


def render(m, n, when):
    msg = EmailMessage(policy=email.policy.SMTP.clone(linesep="\n"))
    dom = slugify(m["shop"], 40) + ".example"
    msg["From"] = email.utils.formataddr((f"{m['agent']} | {m['shop']}", f"support@{dom}"))
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(when)
    h = hashlib.sha1(f"{n}-{m['to']}-{m['subject']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{h[:24]}@{dom}>"
    if m["kind"] == "reply":
        amz = hashlib.sha1(("amz" + m["to"]).encode()).hexdigest()
        ref = f"<{amz[:8]}-{amz[8:12]}-{amz[12:16]}-{amz[16:20]}-{amz[20:32]}@email.amazonses.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    cte = "quoted-printable" if n % 3 == 0 else "8bit"
    if all(ord(c) < 128 for c in m["body"]):
        cte = "7bit" if n % 3 else "quoted-printable"
    msg.set_content(m["body"], subtype="plain", charset="utf-8", cte=cte)
    return msg.as_bytes()


def main():
    oids = OrderIds(random.Random("phrases-oids"))
    relays = set()
    allm = []
    for code in LANGS:
        allm.extend(build_lang(code, oids, relays))
    random.Random("phrases-order").shuffle(allm)
    msgs_dir = os.path.join(HERE, "msgs")
    if os.path.isdir(msgs_dir):
        shutil.rmtree(msgs_dir)
    os.makedirs(msgs_dir)
    base = datetime(2024, 4, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    labels = []
    for i, m in enumerate(allm, 1):
        cats = [c for c in POLICY_ORDER if c in m["cats"]]
        tag = "-".join(slugify(c, 12) for c in cats) if cats else "ok-" + m["group"]
        ns = slugify(m["note"], 40)
        if len(ns) < 4:  # notes in Japanese have no ASCII slug: use the item number in langs/ja.py
            ns = f"item{m['idx']:03d}"
        fname = f"msgs/{i:04d}-{m['lang']}-{tag}-{ns}.eml"
        when = base + timedelta(minutes=37 * i)
        raw = render(m, i, when)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(raw)
        labels.append({"file": fname, "categories": cats, "lang": m["lang"],
                       "kind": m["kind"], "note": m["note"]})
        m["file"] = fname
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    check(allm, labels)
    stats(allm)


def check(allm, labels):
    errs = []
    seen_oid, seen_to = Counter(), Counter()
    for m, l in zip(allm, labels):
        raw = open(os.path.join(HERE, l["file"]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = list(msg.defects)
        for part in msg.walk():
            defects += part.defects
        for k, v in msg.items():
            defects += getattr(v, "defects", ())
        if defects:
            errs.append(f"{l['file']}: defects {defects}")
        body = msg.get_content()
        if body != m["body"]:
            errs.append(f"{l['file']}: body does not round-trip")
        subj = str(msg["subject"])
        is_reply = bool(msg["In-Reply-To"] or msg["References"] or REPLY_PREFIX.match(subj))
        if is_reply != (l["kind"] == "reply"):
            errs.append(f"{l['file']}: kind mismatch")
        if l["kind"] == "proactive" and not OID_RE.search(subj):
            errs.append(f"{l['file']}: proactive without order id in subject")
        if "[important]" in subj.lower():
            errs.append(f"{l['file']}: [Important] used")
        if re.search(r"https?:|www\.|@(?!marketplace)", body) or re.search(r"\b[\w-]+\.(com|de|fr|es|it|nl|pl|se|jp|co\.uk)\b", body):
            errs.append(f"{l['file']}: link/address-like text in body")
        if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", body + subj):
            errs.append(f"{l['file']}: emoji")
        if "\n\n\n" in body:
            errs.append(f"{l['file']}: blank-line run")
        seen_oid[m["oid"]] += 1
        seen_to[m["to"].lower()] += 1
    errs += [f"order id reused {o}" for o, c in seen_oid.items() if c > 1]
    errs += [f"relay reused {o}" for o, c in seen_to.items() if c > 1]
    if errs:
        print("\n".join(errs[:50]))
        raise SystemExit(f"{len(errs)} self-check errors")


def stats(allm):
    per = defaultdict(Counter)
    comp = Counter()
    viol = Counter()
    groups = defaultdict(Counter)
    multi = Counter()
    for m in allm:
        for c in m["cats"]:
            per[c][m["lang"]] += 1
        if m["cats"]:
            viol[m["lang"]] += 1
            if len(m["cats"]) > 1:
                multi["+".join(m["cats"])] += 1
        else:
            comp[m["lang"]] += 1
            groups[m["group"]][m["lang"]] += 1
    hdr = "| category | " + " | ".join(LANGS) + " | total |"
    print(hdr)
    print("|" + "---|" * (len(LANGS) + 2))
    bad = []
    for c in WORDING:
        row = [per[c][l] for l in LANGS]
        print(f"| {c} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        bad += [f"{c}/{l}" for l in LANGS if per[c][l] < 8]
    for g in sorted(groups):
        row = [groups[g][l] for l in LANGS]
        print(f"| compliant:{g} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [viol[l] for l in LANGS]
    print("| violating messages | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [comp[l] for l in LANGS]
    print("| compliant messages | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    kinds = Counter(m["kind"] for m in allm)
    print(f"\nmessages: {len(allm)}; replies {kinds['reply']}, proactive {kinds['proactive']}")
    print("multi-label combinations:", dict(multi))
    bad += [f"compliant<violating in {l}" for l in LANGS if comp[l] < viol[l]]
    if bad:
        print("COVERAGE MISSED:", bad)
        if "--check" in sys.argv:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
