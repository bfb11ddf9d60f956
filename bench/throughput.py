"""Throughput bench: smtp-source → bsm-guard → smtp-sink vs the same load through a bare relay.

Run: .venv/bin/python bench/throughput.py [--messages 2000] [--sessions 10]
Prints messages/s (smtp-source, 10 sessions, 25 KB compliant replies) and p50/p99
end-to-end latency (a Python client with the same concurrency) for both, and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

ROOT = Path(__file__).resolve().parents[1]
FROM, TO = "support@shop.example", "buyer-4711@marketplace.amazon.co.uk"
PARAGRAPHS = [
    "Thank you for getting in touch about your order and I am sorry that the kettle arrived "
    "with a dented lid. That is not the condition we want any of our parcels to reach you in.",
    "I have arranged a replacement which left our warehouse this morning with Royal Mail "
    "Tracked 48. You do not need to send the damaged one back; please recycle it locally.",
    "If the replacement does not arrive by Friday, reply to this message and I will look "
    "into it with the carrier straight away. The order page in your account will show the "
    "tracking status as soon as the carrier scans the parcel.",
    "The lid is covered by the two year warranty, so if anything else goes wrong with it we "
    "will replace the part or refund the order, whichever you prefer.",
]
BUYER = (
    "Hello, the kettle I ordered came today but the lid is dented and does not close "
    "properly. The box looked fine from the outside. Can you help? I use it every day."
)


def message() -> bytes:
    """A realistic compliant helpdesk reply of about 25 KB (text + HTML, quoted history)."""
    text = "\r\n\r\n".join(["Hello Sam,", *PARAGRAPHS, "Kind regards,\r\nAlex\r\nCustomer care"])
    quoted = "\r\n".join("> " + BUYER for _ in range(66))
    html_p = "".join(f"<p>{p}</p>\r\n" for p in PARAGRAPHS)
    html_q = "".join(f"<p>{BUYER}</p>\r\n" for _ in range(66))
    html = (
        f"<html><body>\r\n<p>Hello Sam,</p>\r\n{html_p}<p>Kind regards,<br>Alex<br>"
        f"Customer care</p>\r\n<blockquote>\r\n{html_q}</blockquote>\r\n</body></html>"
    )
    head = (
        "From: Alex <support@shop.example>\r\nTo: " + TO + "\r\n"
        "Subject: Re: Damaged lid - order 203-5550123-7654321\r\n"
        "In-Reply-To: <buyer-msg-1@marketplace.amazon.co.uk>\r\n"
        "Message-ID: <bench-1@shop.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    )
    body = (
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + text
        + "\r\n\r\nOn Mon, Sam wrote:\r\n"
        + quoted
        + "\r\n--b1\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--b1--\r\n"
    )
    return (head + body).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port} after {timeout}s")


def smtp_source(port: int, eml: Path, count: int, sessions: int) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            "smtp-source",
            "-s",
            str(sessions),
            "-m",
            str(count),
            "-F",
            str(eml),
            "-f",
            FROM,
            "-t",
            TO,
            f"127.0.0.1:{port}",
        ],
        check=True,
    )
    return count / (time.perf_counter() - t0)


async def latencies(port: int, raw: bytes, count: int, sessions: int) -> tuple[list[float], int]:
    """One connection per message, like smtp-source; returns times and non-250 replies."""
    times: list[float] = []
    failures = 0
    todo = iter(range(count))

    async def worker() -> None:
        nonlocal failures
        for _ in todo:
            t0 = time.perf_counter()
            try:
                await aiosmtplib.send(
                    raw,
                    sender=FROM,
                    recipients=[TO],
                    hostname="127.0.0.1",
                    port=port,
                    start_tls=False,
                    local_hostname="bench",
                )
            except aiosmtplib.SMTPException:
                failures += 1
            times.append(time.perf_counter() - t0)

    await asyncio.gather(*(worker() for _ in range(sessions)))
    return times, failures


def measure(name: str, port: int, eml: Path, raw: bytes, count: int, sessions: int) -> dict[str, float]:
    smtp_source(port, eml, min(200, count), sessions)  # warm-up
    rate = smtp_source(port, eml, count, sessions)
    times, failures = asyncio.run(latencies(port, raw, count // 2, sessions))
    times.sort()
    p50 = statistics.median(times) * 1000
    p99 = times[int(len(times) * 0.99) - 1] * 1000
    print(
        f"{name:10s} {rate:8.1f} msg/s   p50 {p50:6.1f} ms   p99 {p99:6.1f} ms   "
        f"(latency run: {len(times)} msgs, {failures} non-250)"
    )
    return {"rate": rate, "p50": p50, "p99": p99}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--sessions", type=int, default=10)
    args = p.parse_args()
    for tool in ("smtp-source", "smtp-sink"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install postfix")
    work = Path(tempfile.mkdtemp(prefix="bsm-bench-"))
    raw = message()
    eml = work / "reply.eml"
    eml.write_bytes(raw.replace(b"\r\n", b"\n"))  # smtp-source appends CRLF to each line
    print(f"message: {len(raw)} bytes; {args.messages} messages over {args.sessions} sessions")
    sink_port, guard_port, bare_port = free_port(), free_port(), free_port()
    procs = [
        subprocess.Popen(
            ["smtp-sink", "-u", "nobody", "-c", f"127.0.0.1:{sink_port}", "1000"], stdout=subprocess.DEVNULL
        )
    ]
    try:
        procs.append(
            subprocess.Popen(
                [
                    str(ROOT / ".venv/bin/bsm-guard"),
                    "serve",
                    "--listen",
                    f"127.0.0.1:{guard_port}",
                    "--http",
                    f"127.0.0.1:{free_port()}",
                    "--upstream",
                    f"127.0.0.1:{sink_port}",
                    "--database",
                    f"sqlite+aiosqlite:///{work / 'bench.db'}",
                    "--allow-network",
                    "127.0.0.1/32",
                ],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                env={**os.environ, "BSM_GUARD_LOG_LEVEL": "warning"},
            )
        )
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "bench/bare_relay.py"),
                    "--listen",
                    str(bare_port),
                    "--upstream",
                    str(sink_port),
                ]
            )
        )
        for port in (sink_port, guard_port, bare_port):
            wait_port(port)
        bare = measure("bare relay", bare_port, eml, raw, args.messages, args.sessions)
        guard = measure("bsm-guard", guard_port, eml, raw, args.messages, args.sessions)
        print(f"ratio bsm-guard / bare relay: {guard['rate'] / bare['rate']:.2f} (target >= 0.80)")
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
