"""Configuration: one YAML file, a closed pydantic schema, ``BSM_GUARD_<KEY>`` environment overrides."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from proxy.errors import ConfigError
from proxy.models import Action, Category


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TlsSettings(_Closed):
    cert_file: str | None = None  # PEM certificate for STARTTLS (and implicit TLS) on the SMTP front
    key_file: str | None = None
    # Try-it mode: when the two files do not exist, make a self-signed pair there at start-up
    # (clients must then be told not to verify the certificate).
    self_signed: bool = False


class UpstreamSettings(_Closed):
    # "HOST:PORT" for an SMTP smarthost, or "capture:DIR" to write relayed messages to files
    # (try-it mode). Not set by default: serve refuses to start until it names one.
    address: str = ""
    starttls: bool = False  # require STARTTLS upstream: refuse to send in the clear
    opportunistic_tls: bool = True  # use STARTTLS when the upstream offers it
    implicit_tls: bool = False  # the upstream speaks TLS from the first byte (port 465)
    validate_certs: bool = True
    username: str | None = None
    password: str | None = None
    timeout_seconds: float = Field(default=60.0, gt=0)  # overall deadline of one upstream transaction
    # Authenticated connections kept open and reused between messages, also the most messages
    # relayed at once (the others wait, within timeout_seconds); per worker process (smtp.workers);
    # 0: one connection per message.
    pool_size: int = Field(default=4, ge=0)
    # A pooled connection idle this long is closed (QUIT): below the smarthost's own idle limit
    # (Postfix's smtpd_timeout: 300 s).
    pool_idle_seconds: float = Field(default=30.0, gt=0)


class SmtpSettings(_Closed):
    listen: str = "127.0.0.1:2525"  # plain SMTP with STARTTLS (submission, e.g. 0.0.0.0:587)
    tls_listen: str | None = None  # implicit TLS (submissions, e.g. 0.0.0.0:465); needs smtp.tls
    # Relay domains of a storefront Amazon opened after this release ("marketplace.amazon.xx");
    # Amazon's own are built in (proxy.amazon.STOREFRONTS).
    extra_relay_domains: tuple[str, ...] = ()
    hostname: str = "bsm-guard"
    max_message_bytes: int = Field(default=14 * 1024 * 1024, gt=0)
    max_sessions: int = Field(default=100, gt=0)  # per worker process
    max_sessions_per_client: int = Field(default=20, gt=0)  # per worker process
    # Processes serving SMTP on the same port (SO_REUSEPORT); the first also serves HTTP and
    # /metrics for all of them. More than one needs a store every process can open (SQLite on
    # a local disk or PostgreSQL).
    workers: int = Field(default=1, ge=1, le=64)
    idle_timeout_seconds: float = Field(default=300.0, gt=0)
    require_auth: bool = True
    allow_networks: tuple[str, ...] = ()  # CIDRs whose clients need no AUTH
    authorised_senders: tuple[str, ...] = ()  # addresses/domains (``@shop.example``) Amazon accepts
    tls: TlsSettings = TlsSettings()


class HttpSettings(_Closed):
    listen: str = "127.0.0.1:8025"
    metrics_token: str | None = None  # when set, /metrics needs "Authorization: Bearer <token>"
    secure_cookies: bool = False  # set when served behind TLS
    secret_key: str | None = None  # for sessions/CSRF; random per process when unset


class DkimSettings(_Closed):
    # A message the helpdesk DKIM-signed is relayed with its signature intact when bsm-guard
    # delivers it unchanged. When bsm-guard rewrites it (a pixel stripped, a header dropped)
    # the signature no longer verifies; then: "relay_unsigned" removes the broken signature and
    # notes it in a header, "hold" keeps the message for a supervisor, "resign" signs the
    # rewritten message with the seller's key below (dkimpy).
    on_rewrite: Literal["relay_unsigned", "hold", "resign"] = "relay_unsigned"
    selector: str | None = None
    domain: str | None = None
    key_file: str | None = None  # PEM private key (RSA or Ed25519)

    @model_validator(mode="after")
    def _resign_needs_a_key(self) -> DkimSettings:
        if self.on_rewrite == "resign" and not (self.selector and self.domain and self.key_file):
            raise ValueError("dkim.on_rewrite resign needs dkim.selector, dkim.domain and dkim.key_file")
        return self


class NotifySettings(_Closed):
    enabled: bool = True
    from_address: str = "bsm-guard@localhost"
    to_address: str | None = None  # default: the envelope sender of the message
    webhook_url: str | None = None


class RetentionSettings(_Closed):
    held_days: float = Field(default=7.0, gt=0)
    decided_raw_days: float = Field(default=30.0, gt=0)


class RuleOverride(_Closed):
    action: Action | Literal["off"] | None = None
    monitor: bool = False


class DetectSettings(_Closed):
    rule_dirs: tuple[str, ...] = ("rules",)  # shipped packs first, then operator packs
    allow_domains: tuple[str, ...] = ()
    allow_url_prefixes: tuple[str, ...] = ()
    monitor: bool = False  # global monitor mode: record what would happen, deliver everything
    # The wording model (second signal): "act" (the default) holds what it finds for review,
    # "monitor" only records it, "off" does not run it. On the three newest blind sets it caught
    # 29 violations the rules missed for 10 compliant replies held (README "The second signal");
    # "off" saves its cost (about 0.2 ms a sentence, 30 MB) where a supervisor cannot review.
    wording_model: Literal["act", "monitor", "off"] = "act"
    reload_interval_seconds: float = Field(default=5.0, ge=0)  # rule-pack file polling; 0: off
    categories: dict[Category, RuleOverride] = {}
    rules: dict[str, RuleOverride] = {}


class Settings(_Closed):
    database_url: str = "sqlite+aiosqlite:///var/bsm-guard.db"

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return database_url(value)

    smtp: SmtpSettings = SmtpSettings()
    http: HttpSettings = HttpSettings()
    upstream: UpstreamSettings = UpstreamSettings()
    detect: DetectSettings = DetectSettings()
    notify: NotifySettings = NotifySettings()
    dkim: DkimSettings = DkimSettings()
    retention: RetentionSettings = RetentionSettings()
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @model_validator(mode="after")
    def _not_a_loop(self) -> Settings:
        if relays_to_itself(self.upstream.address, self.smtp.listen):
            raise ValueError(
                f"upstream.address {self.upstream.address} is this relay's own smtp.listen address: "
                "every message would be sent back to bsm-guard; name your smarthost "
                "(or capture:DIR to try it out)"
            )
        return self


ENV_PREFIX = "BSM_GUARD_"
CONFIG_ENV = "BSM_GUARD_CONFIG"  # the configuration file, when no --config is given
ENV_TEST_PREFIX = "BSM_GUARD_TEST_"  # the test suite's own switches, not settings


def load_settings(
    path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Load and validate; raises ``ConfigError`` naming the file, key and reason.

    Precedence: built-in defaults < YAML file < ``BSM_GUARD_<SECTION>__<KEY>`` (or
    ``BSM_GUARD_<KEY>`` for top-level keys; values parsed as YAML) < ``overrides`` (CLI flags).
    """
    env = os.environ if environ is None else environ
    if path is None and env.get(CONFIG_ENV):
        path = env[CONFIG_ENV]
    data: dict[str, Any] = {}
    source = str(path) if path else "<defaults>"
    if path is not None:
        try:
            loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(source, "-", f"cannot read: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:  # a binary file given as the config
            raise ConfigError(source, "-", f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
        except yaml.YAMLError as exc:
            raise ConfigError(source, "-", f"not valid YAML: {yaml_problem(exc)}") from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(source, "-", "the top level must be a mapping")
        data = loaded or {}
    for name, raw in env.items():
        if not name.startswith(ENV_PREFIX) or name.startswith(ENV_TEST_PREFIX) or name == CONFIG_ENV:
            continue
        keys = name[len(ENV_PREFIX) :].lower().split("__")
        try:
            value = yaml.safe_load(raw) if raw else raw
        except yaml.YAMLError as exc:
            raise ConfigError(f"${name}", ".".join(keys), f"not valid YAML: {yaml_problem(exc)}") from exc
        _set(data, keys, value)
        source = f"{source} + ${name}" if source == "<defaults>" else source
    for dotted, value in (overrides or {}).items():
        _set(data, dotted.split("."), value)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "-"
        msg = str(err["msg"]).removeprefix("Value error, ")
        if msg.startswith(("upstream.address ", "dkim.on_rewrite ")):  # checks across keys
            key, _, msg = msg.partition(" ")
        raise ConfigError(source, key, msg) from exc


def yaml_problem(exc: yaml.YAMLError) -> str:
    """A YAML error on one line: what is wrong and where."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{problem}{where}"


def _set(data: dict[str, Any], keys: list[str], value: Any) -> None:
    node = data
    for key in keys[:-1]:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    node[keys[-1]] = value


def dump_settings(settings: Settings) -> str:
    return yaml.safe_dump(json.loads(settings.model_dump_json()), sort_keys=False)


_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]", "0.0.0.0", "::", "[::]", ""}


def relays_to_itself(upstream: str, listen: str) -> bool:
    """The upstream is the relay's own listen address (same port on this machine)."""
    if not upstream or upstream.startswith("capture:") or ":" not in upstream or ":" not in listen:
        return False
    up_host, _, up_port = upstream.rpartition(":")
    in_host, _, in_port = listen.rpartition(":")
    if up_port != in_port:
        return False
    up_host, in_host = up_host.lower(), in_host.lower()
    return up_host == in_host or (up_host in _LOOPBACK and in_host in _LOOPBACK)


_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+pysqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+psycopg": "postgresql+asyncpg",
    "postgresql+psycopg2": "postgresql+asyncpg",
}
_ASYNC = ("sqlite+aiosqlite", "postgresql+asyncpg")


def database_url(url: str) -> str:
    """``url`` with the async driver bsm-guard runs on: the plain forms every tutorial uses
    (``sqlite:///…``, ``postgresql://…``) map to ``sqlite+aiosqlite`` and ``postgresql+asyncpg``;
    any other database is refused with the two forms that work."""
    scheme, sep, rest = url.strip().partition("://")
    scheme = scheme.lower()
    if sep and scheme in _ASYNC:
        return url.strip()
    if sep and scheme in _DRIVERS:
        return f"{_DRIVERS[scheme]}://{rest}"
    raise ValueError(
        f"{url.split('@')[-1]!r} is not a database bsm-guard can use: give sqlite:///relative/path, "
        "sqlite:////absolute/path or postgresql://user:password@host:5432/db "
        "(written with their async drivers as sqlite+aiosqlite:// and postgresql+asyncpg://)"
    )


def sqlite_path(database_url: str) -> Path | None:
    """The absolute file of a SQLite URL (``sqlite+aiosqlite:///rel`` is relative to the current
    directory, ``////abs`` is absolute), or None for another database."""
    if not database_url.startswith("sqlite"):
        return None
    _, _, rest = database_url.partition(":///")
    return Path(rest.split("?")[0]).resolve() if rest and rest != ":memory:" else None
