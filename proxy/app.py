"""Composition root: settings → store → checker → SMTP server and web app, in one event loop."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
from collections.abc import Callable, Generator
from dataclasses import replace
from pathlib import Path
from typing import Any

import uvicorn

from proxy.delivery.act import Guard
from proxy.errors import ConfigError
from proxy.observe import gauges, metrics
from proxy.observe.record import Recorder
from proxy.pipeline.checker import Checker, build_checker
from proxy.settings import Settings, relays_to_itself
from proxy.smtp import replies
from proxy.smtp.server import GuardSMTP, SessionLimits, smtp_factory
from proxy.smtp.upstream import Upstream, make_upstream, parse_host_port
from proxy.store.api import Store

log = logging.getLogger(__name__)
SHUTDOWN_POLL = 0.1
TLS_HANDSHAKE_TIMEOUT = 30.0  # the implicit TLS port: a client that connects and says nothing
BACKGROUND_STOP = 2.0  # per group of background tasks (see gauges.stop)


class App:
    """One running bsm-guard: SMTP front, optional HTTP, the rules watcher and the store."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        guard: Guard,
        limits: SessionLimits,
        smtp: asyncio.Server,
        smtp_tls: asyncio.Server | None = None,
    ) -> None:
        self.settings, self.store, self.guard, self.limits = settings, store, guard, limits
        self.smtp = smtp
        self.smtp_tls = smtp_tls  # implicit TLS (smtp.tls_listen), sharing the limits and AUTH
        self.http: _Uvicorn | None = None
        self.http_task: asyncio.Task[None] | None = None
        self.watcher: Any = None
        self.reloading = asyncio.Lock()  # SIGHUP and the file poll never load at the same time
        self.rules_task: asyncio.Task[None] | None = None
        self.reloads: set[asyncio.Task[Any]] = set()
        self.background: list[asyncio.Task[None]] = []
        self.stopped = asyncio.Event()

    @property
    def smtp_port(self) -> int:
        return int(self.smtp.sockets[0].getsockname()[1])

    @property
    def smtp_tls_port(self) -> int | None:
        return None if self.smtp_tls is None else int(self.smtp_tls.sockets[0].getsockname()[1])

    @classmethod
    async def start(
        cls,
        settings: Settings,
        *,
        store: Store | None = None,
        upstream: Upstream | None = None,
        checker: Checker | None = None,
        http: bool = True,
        background: bool = True,
        worker: int | None = None,
    ) -> App:
        """Bind everything (errors surface here, before anything is served).

        ``worker``: the index of this process among ``smtp.workers`` (``proxy.workers``); the
        SMTP ports are then shared (SO_REUSEPORT), and only worker 0 serves HTTP and runs the
        background loops."""
        if worker:
            http = background = False
        parse_host_port(settings.smtp.listen, "smtp.listen")  # bad addresses before the store
        parse_host_port(settings.http.listen, "http.listen")
        check_tls_listen(settings)
        await asyncio.to_thread(ensure_self_signed, settings)
        tls = tls_context(settings)  # an unusable certificate is refused before the store opens
        own_store = store is None
        if store is None:
            from proxy.store import open_store

            store = await open_store(settings.database_url)
        try:
            app = await cls._start(settings, store, upstream, checker, http, tls, worker is not None)
        except BaseException:
            if own_store:
                await store.close()
            raise
        interval = settings.detect.reload_interval_seconds
        if interval > 0:
            app.rules_task = asyncio.create_task(app._poll_rules(interval), name="rules-poll")
        if background:
            app.background = gauges.start(store, settings)  # quarantine gauges, upstream probe
        return app

    @classmethod
    async def _start(
        cls,
        settings: Settings,
        store: Store,
        upstream: Upstream | None,
        checker: Checker | None,
        http: bool,
        tls: ssl.SSLContext | None,
        shared_port: bool = False,
    ) -> App:
        checker = checker or build_checker(settings.detect)
        upstream = upstream or make_upstream(settings.upstream, settings.smtp.hostname)
        guard = Guard(
            checker=checker,
            store=store,
            upstream=upstream,
            recorder=Recorder(store, settings=settings),
            dkim=settings.dkim,
        )
        limits = SessionLimits(settings.smtp.max_sessions, settings.smtp.max_sessions_per_client)

        def factory(implicit_tls: bool) -> Callable[[], GuardSMTP]:
            return smtp_factory(
                guard,
                settings.smtp,
                limits=limits,
                upstream_timeout=settings.upstream.timeout_seconds,
                authenticate=_authenticator(store),
                tls_context=tls,
                implicit_tls=implicit_tls,
            )

        loop = asyncio.get_running_loop()
        host, port = parse_host_port(settings.smtp.listen, "smtp.listen")
        smtp = await loop.create_server(factory(False), host, port, reuse_port=shared_port or None)
        smtp_tls: asyncio.Server | None = None
        try:
            if settings.smtp.tls_listen and tls is not None:
                tls_host, tls_port = parse_host_port(settings.smtp.tls_listen, "smtp.tls_listen")
                smtp_tls = await loop.create_server(
                    factory(True),
                    tls_host,
                    tls_port,
                    ssl=tls,
                    ssl_handshake_timeout=min(TLS_HANDSHAKE_TIMEOUT, settings.smtp.idle_timeout_seconds),
                    reuse_port=shared_port or None,
                )
            app = cls(settings, store, guard, limits, smtp, smtp_tls)
            app._watch_rules(checker)
            if http:
                await app._start_http()
        except BaseException:
            smtp.close()
            if smtp_tls is not None:
                smtp_tls.close()
            raise
        _warn_if_nobody_can_send(settings)
        implicit = f", implicit TLS on {settings.smtp.tls_listen}" if smtp_tls is not None else ""
        log.info("bsm-guard SMTP on %s:%d%s, upstream %s", host, app.smtp_port, implicit, upstream)
        return app

    def _watch_rules(self, checker: Checker) -> None:
        from proxy.rules.engine import RuleWatcher

        current = checker.context.rules
        # No on_swap: the new set is loaded in a worker thread, and swapped in on the loop.
        self.watcher = RuleWatcher(self.settings.detect.rule_dirs, current=current)
        _count_rules(current)

    async def _poll_rules(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                await self.reload_rules(changed_only=True)
            except Exception:  # a bug here must not end the polling
                log.exception("rule pack poll failed")

    def _swap_rules(self, rules: Any) -> None:
        old = self.guard.checker
        self.guard.checker = replace(old, context=replace(old.context, rules=rules))
        _count_rules(rules)

    async def reload_rules(self, *, changed_only: bool = False) -> Any:
        """Re-read the rule packs (SIGHUP; ``changed_only``: the file poll, only when a pack
        was added, removed or modified). The new set replaces the running one in one step; a
        broken pack keeps the running set and logs its file, rule, key and reason.
        Returns the ``ReloadResult``, or None when nothing changed."""
        trigger = "file change" if changed_only else "SIGHUP"
        async with self.reloading:
            # Loading compiles every pattern (seconds for large packs): not on the event loop.
            result = await asyncio.to_thread(self.watcher.poll if changed_only else self.watcher.reload)
            if result is None:
                return None
            metrics.RULES_RELOADS.labels("success" if result.ok else "failure").inc()
            if result.ok:
                self._swap_rules(self.watcher.current)
                files = getattr(self.watcher.current, "sources", ())
                log.info(
                    "rules reloaded (%s): %d rules active from %s",
                    trigger,
                    result.rules,
                    ", ".join(files) or "no pack files",
                )
            else:
                log.error(
                    "rules not reloaded (%s), keeping the %d running rules: %s",
                    trigger,
                    result.rules,
                    result.error,
                )
            return result

    def request_reload(self) -> None:
        """SIGHUP handler: signal handlers are synchronous, the reload is a task."""
        task = asyncio.create_task(self.reload_rules(), name="rules-reload")
        self.reloads.add(task)
        task.add_done_callback(self.reloads.discard)

    async def _start_http(self) -> None:
        from proxy.web import create_app

        host, port = parse_host_port(self.settings.http.listen, "http.listen")
        sock = bind_socket(host, port)
        web = create_app(self.store, self.settings, lambda: self.guard.checker, metrics.exposition_registry())
        config = uvicorn.Config(web, log_level="warning", lifespan="off", access_log=False)
        self.http = _Uvicorn(config)
        self.http_task = asyncio.create_task(self.http.serve(sockets=[sock]))

    async def stop(self, grace: float | None = None) -> None:
        """Stop accepting, let open transactions finish (up to the relay deadline), close."""
        if self.stopped.is_set():
            return
        grace = self.settings.upstream.timeout_seconds + 5.0 if grace is None else grace
        self.limits.closing = True
        self.smtp.close()
        if self.smtp_tls is not None:
            self.smtp_tls.close()
        await self._drain_sessions(grace)
        if self.http is not None and self.http_task is not None:
            self.http.should_exit = True
            with contextlib.suppress(Exception):
                await self.http_task
        await self.guard.upstream.close()  # QUIT on the pooled upstream connections
        await self.guard.recorder.close()
        # A store query cancelled mid-flight can fail to unwind: each stop has its own limit.
        rules = [t for t in (self.rules_task, *self.reloads) if t is not None]
        await gauges.stop([*self.background, *rules], timeout=BACKGROUND_STOP)
        self.stopped.set()

    async def _drain_sessions(self, grace: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.limits.sessions and loop.time() < deadline:
            for session in list(self.limits.sessions):
                if not session.busy:
                    session.close(replies.SHUTTING_DOWN)
            await asyncio.sleep(SHUTDOWN_POLL)
        for session in list(self.limits.sessions):
            session.close()
        await asyncio.sleep(0)


class _Uvicorn(uvicorn.Server):
    """uvicorn without its own signal handlers: the app owns SIGTERM/SIGINT/SIGHUP."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def _count_rules(rules: Any) -> None:
    """``bsmguard_rules_loaded`` and a zero series for every rule id (new ones included)."""
    listed = getattr(rules, "rules", ()) or ()
    metrics.initialise(str(getattr(r, "id", r)) for r in listed)
    metrics.RULES_LOADED.set(len(listed))


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The server-side context of STARTTLS and of the implicit TLS port (None without smtp.tls)."""
    tls = settings.smtp.tls
    if not tls.cert_file:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(tls.cert_file, tls.key_file)
    except (OSError, ssl.SSLError) as exc:
        reason = " ".join(str(exc).split())  # one line
        raise ConfigError("settings", "smtp.tls.cert_file", f"cannot load {tls.cert_file}: {reason}") from exc
    return ctx


def check_tls_listen(settings: Settings) -> None:
    """``smtp.tls_listen`` needs a certificate, and must not be where mail is relayed to."""
    smtp = settings.smtp
    if not smtp.tls_listen:
        return
    parse_host_port(smtp.tls_listen, "smtp.tls_listen")
    if not smtp.tls.cert_file:
        raise ConfigError(
            "settings",
            "smtp.tls_listen",
            "implicit TLS needs a certificate: set smtp.tls.cert_file and smtp.tls.key_file "
            "(or add smtp.tls.self_signed: true to make a try-it pair at those paths)",
        )
    if relays_to_itself(settings.upstream.address, smtp.tls_listen):
        raise ConfigError(
            "settings",
            "upstream.address",
            f"{settings.upstream.address} is this relay's own smtp.tls_listen address",
        )


_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DNS_NAME = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")
SELF_SIGNED_DAYS = 825


def ensure_self_signed(settings: Settings) -> bool:
    """Try-it mode (``smtp.tls.self_signed``): when neither smtp.tls.cert_file nor key_file
    exists, make a self-signed pair there (CN = smtp.hostname, key mode 0600) with openssl.
    True when a pair was made; an existing pair is used as it is."""
    tls = settings.smtp.tls
    if not tls.self_signed:
        return False
    if not tls.cert_file or not tls.key_file:
        raise ConfigError(
            "settings",
            "smtp.tls.self_signed",
            "needs smtp.tls.cert_file and smtp.tls.key_file: the files to write the pair to",
        )
    cert, key = Path(tls.cert_file), Path(tls.key_file)
    if cert.exists() and key.exists():
        return False
    if cert.exists() or key.exists():
        found, missing = (cert, key) if cert.exists() else (key, cert)
        raise ConfigError(
            "settings",
            "smtp.tls.self_signed",
            f"{found} exists but {missing} does not: give both files, or remove {found} to make a new pair",
        )
    hostname = settings.smtp.hostname
    _openssl_self_signed(cert, key, hostname)
    log.warning(
        "smtp.tls.self_signed: made a self-signed certificate for %s (%s, key %s): mail clients "
        "must not verify it (turn certificate checks off in the helpdesk); use a real certificate "
        "in production",
        hostname,
        cert,
        key,
    )
    return True


def _openssl_self_signed(cert: Path, key: Path, hostname: str) -> None:
    def fail(reason: str) -> ConfigError:
        return ConfigError("settings", "smtp.tls.self_signed", f"cannot make a certificate: {reason}")

    openssl = shutil.which("openssl")
    if openssl is None:
        raise fail("the openssl command is not installed")
    cn = re.sub(r"([\\/+=,])", r"\\\1", hostname[:64])
    command = [openssl, "req", "-x509", "-newkey", "rsa:2048", "-sha256", "-nodes"]
    command += ["-days", str(SELF_SIGNED_DAYS), "-subj", f"/CN={cn}"]
    try:
        san = f"IP:{ipaddress.ip_address(hostname)}"
    except ValueError:
        san = f"DNS:{hostname}" if len(hostname) <= 253 and _DNS_NAME.match(hostname) else ""
    if san:
        command += ["-addext", f"subjectAltName={san}"]
    try:
        for directory in {cert.parent, key.parent}:
            directory.mkdir(parents=True, exist_ok=True)
        # Made in a private (0700) directory next to the key, then moved into place.
        with tempfile.TemporaryDirectory(dir=key.parent, prefix=".bsm-guard-tls-") as tmp:
            new_key, new_cert = Path(tmp) / "key.pem", Path(tmp) / "cert.pem"
            done = subprocess.run(
                [*command, "-keyout", str(new_key), "-out", str(new_cert)],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            if done.returncode != 0:
                lines = done.stderr.strip().splitlines()
                raise fail(f"openssl: {lines[-1] if lines else f'exit status {done.returncode}'}")
            new_key.chmod(0o600)
            new_key.replace(key)  # the same directory: the key is never readable by others
            shutil.move(str(new_cert), str(cert))
    except (OSError, subprocess.SubprocessError) as exc:
        raise fail(" ".join(str(exc).split())) from exc


def _authenticator(store: Store) -> Any:
    async def authenticate(user: str, password: str) -> str | None:
        found = await store.verify_user(user, password)
        return None if found is None else found.name

    return authenticate


def _warn_if_nobody_can_send(settings: Settings) -> None:
    smtp = settings.smtp
    if smtp.require_auth and not smtp.allow_networks and not smtp.tls.cert_file:
        log.warning("no client can send: AUTH needs smtp.tls and smtp.allow_networks is empty")
    if not smtp.require_auth:
        log.warning("smtp.require_auth is off: any client that can connect may send")


def configure_logging(level: str) -> None:
    """Decision lines (JSON) on stdout, everything else on stderr."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    errs = logging.StreamHandler(sys.stderr)
    errs.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(errs)
    decisions = logging.getLogger("bsm_guard.decisions")
    decisions.propagate = False
    decisions.setLevel(logging.INFO)
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("%(message)s"))
    decisions.addHandler(out)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-command log


async def serve(settings: Settings, worker: int | None = None) -> int:
    """Run until SIGTERM/SIGINT; SIGHUP reloads the rule packs (``worker``: see ``App.start``)."""
    app = await App.start(settings, worker=worker)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, app.request_reload)
    try:
        await stop.wait()
        log.info("shutting down: draining open sessions")
        await app.stop()
    finally:
        await app.store.close()
    return 0
