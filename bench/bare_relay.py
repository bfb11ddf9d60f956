"""Baseline for the throughput bench: an aiosmtpd server that only forwards with aiosmtplib."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

import aiosmtplib
from aiosmtpd.smtp import SMTP


class Forward:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        try:
            await aiosmtplib.send(
                envelope.original_content,
                sender=envelope.mail_from,
                recipients=envelope.rcpt_tos,
                hostname=self.host,
                port=self.port,
                timeout=30,
                start_tls=False,
                local_hostname="bare-relay",
            )
        except aiosmtplib.SMTPException:
            return "451 4.4.1 upstream unavailable"
        except OSError:
            return "451 4.4.1 upstream unavailable"
        return "250 2.0.0 relayed"

    async def handle_exception(self, error: Exception) -> str:
        return "451 4.3.0 internal error"


async def main(listen: int, upstream: int) -> None:
    handler = Forward("127.0.0.1", upstream)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="bare-relay", enable_SMTPUTF8=True, data_size_limit=14 * 1024 * 1024),
        "127.0.0.1",
        listen,
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--listen", type=int, required=True)
    p.add_argument("--upstream", type=int, required=True)
    a = p.parse_args()
    asyncio.run(main(a.listen, a.upstream))
