"""deploy/README.md's single-host steps, followed on this machine under a temporary root.

The ```sh block after ``<!-- deploy-steps: … -->`` runs line by line in one bash script
(``set -euo pipefail``) with only these documented changes: /opt/bsm-guard, /etc/bsm-guard and
/var/lib/bsm-guard move under a temporary root; ``useradd``, ``systemctl`` and the copy of the
unit to /etc/systemd/system are skipped; ``sudo -E -u bsmguard`` and the ``-o/-g bsmguard``
owner flags of ``install`` are dropped; the wheel is one built here from this checkout. Then
the unit's ExecStart serves, swaks talks to it as the helpdesk (STARTTLS + AUTH) and the review
UI and /metrics are used as the README describes. When the docs and the code drift apart, this
fails.
"""

from __future__ import annotations

import fnmatch
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.cookies import Morsel, SimpleCookie
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from helpers import csrf_of

from proxy.web.auth import COOKIE

REPO = Path(__file__).resolve().parents[1]
README = REPO / "deploy" / "README.md"
UNIT = REPO / "deploy" / "systemd" / "bsm-guard.service"
EXAMPLE = REPO / "deploy" / "config.example.yaml"

STEPS_MARKER = "<!-- deploy-steps:"
MOVED = ("/opt/bsm-guard", "/etc/bsm-guard", "/var/lib/bsm-guard")
_MOVED_RE = re.compile(r"(?<![\w./-])(" + "|".join(map(re.escape, MOVED)) + r")(?![\w.-])")
# System places the steps must not touch once the moves are applied.
_SYSTEM_RE = re.compile(r"(?<![\w./-])/(etc|opt|var|srv|usr|home|root|boot)(?![\w.-])")
WHEEL_GLOB = "bsm_guard-*-py3-none-any.whl"
SERVICE_USER = "bsmguard"
PAUSE = "@@ the operator edits the installed config.yaml @@"

INSTALL_TIMEOUT = 600.0  # a fresh venv pulls every dependency from the package index
START_DEADLINE = 60.0

pytestmark = [
    pytest.mark.external,
    pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks is not installed"),
    pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed"),
]


def say(text: str) -> None:
    print(f"[deploy-path] {text}", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ----------------------------------------------------------------------------- the transformation


def move_path(path: str, root: Path) -> str:
    """A path under one of the deployment's system folders, moved under ``root``."""
    return _MOVED_RE.sub(lambda m: f"{root}{m.group(1)}", path)


def readme_steps(readme: str) -> list[str]:
    """The lines of the ```sh block that follows the deploy-steps marker (continuations joined)."""
    lines = readme.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip().startswith(STEPS_MARKER)), None)
    assert start is not None, f"{README}: no line starting with {STEPS_MARKER!r}"
    assert lines[start + 1].strip() == "```sh", f"{README}: the marker is not followed by a ```sh block"
    end = lines.index("```", start + 2)
    steps: list[str] = []
    for line in lines[start + 2 : end]:
        if steps and steps[-1].endswith("\\"):
            steps[-1] = steps[-1][:-1] + " " + line.strip()
        else:
            steps.append(line.strip())
    return [s for s in steps if s and not s.startswith("#")]


def _is_skipped(line: str) -> bool:
    """Steps this machine cannot take without root: the user, the unit copy, systemctl."""
    parts = [p.strip() for p in line.split("&&")]
    return (
        line.startswith("useradd ")
        or all(p.startswith("systemctl ") for p in parts)
        or re.fullmatch(r"cp deploy/systemd/\S+\.service /etc/systemd/system/?", line) is not None
    )


@dataclass
class Steps:
    run: list[str]  # transformed, in order
    skipped: list[str]  # as written in the README


def transform(steps: list[str], root: Path, wheel: Path) -> Steps:
    run: list[str] = []
    skipped: list[str] = []
    for line in steps:
        if _is_skipped(line):
            skipped.append(line)
            continue
        line = line.replace(f"sudo -E -u {SERVICE_USER} ", "")
        if line.startswith("install "):
            for owner in (f" -o {SERVICE_USER} -g {SERVICE_USER}", f" -g {SERVICE_USER}"):
                line = line.replace(owner, "")
        words = [str(wheel) if fnmatch.fnmatch(w, WHEEL_GLOB) else w for w in line.split(" ")]
        line = move_path(" ".join(words), root)
        # A trailing comment runs nothing; the moved paths and the wheel are this test's own.
        code = line.split(" #")[0].replace(str(root), "ROOT").replace(str(wheel), "WHEEL")
        assert SERVICE_USER not in code and "sudo" not in code and "chown" not in code, (
            f"a README step needs root or the service user in a way this test does not translate: {line}"
        )
        assert not _SYSTEM_RE.search(code), f"a README step would touch the real system: {line}"
        run.append(line)
    return Steps(run, skipped)


# ----------------------------------------------------------------------------- running the block


def run_block(
    lines: list[str],
    pause_after: int,
    on_pause: Callable[[], None],
    *,
    cwd: Path,
    env: dict[str, str],
    script: Path,
    timeout: float,
) -> tuple[int, str]:
    """Run ``lines`` as one ``set -euo pipefail`` bash script, echoing each step and streaming the
    output; after step ``pause_after`` bash waits while ``on_pause`` runs (the operator's edit)."""
    body = ["set -euo pipefail"]
    for i, line in enumerate(lines):
        body += [f"echo {shlex.quote('+ ' + line)}", line]
        if i == pause_after:
            body.append(f"echo {shlex.quote(PAUSE)}; read -r _")
    script.write_text("\n".join(body) + "\n")
    proc = subprocess.Popen(
        ["bash", str(script)],
        cwd=cwd,
        env=env,
        text=True,
        bufsize=1,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(timeout, kill)
    timer.start()
    out: list[str] = []
    try:
        assert proc.stdout is not None and proc.stdin is not None
        for text in proc.stdout:
            print(f"  | {text}", end="", flush=True)
            out.append(text)
            if text.rstrip("\n") == PAUSE:
                on_pause()
                proc.stdin.write("\n")
                proc.stdin.close()
        code = proc.wait()
    finally:
        timer.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert not timed_out.is_set(), f"the README steps took more than {timeout:.0f} s"
    return code, "".join(out)


def operator_edit(config: Path, root: Path, smtp_port: int, http_port: int, outbox: Path) -> None:
    """What the README's "then edit upstream, names, tokens" means on this machine: the system
    paths moved under ``root`` (database file, TLS files, operator rule folder), loopback ports,
    a capture upstream. Everything else (require_auth, TLS, secure_cookies, metrics_token) stays."""
    data: dict[str, Any] = yaml.safe_load(config.read_text())
    scheme, sep, db_path = data["database_url"].partition(":///")
    assert sep and db_path.startswith("/"), f"the example's database_url is not absolute: {data}"
    data["database_url"] = f"{scheme}:///{move_path(db_path, root)}"  # still four slashes
    data["smtp"]["listen"] = f"127.0.0.1:{smtp_port}"
    data["smtp"]["tls"] = {
        k: move_path(v, root) if isinstance(v, str) else v for k, v in data["smtp"]["tls"].items()
    }
    data["http"]["listen"] = f"127.0.0.1:{http_port}"
    data["upstream"].update(address=f"capture:{outbox}", starttls=False)
    data["upstream"].pop("username", None)
    data["upstream"].pop("password", None)
    data["detect"]["rule_dirs"] = [move_path(d, root) for d in data["detect"]["rule_dirs"]]
    text = yaml.safe_dump(data, sort_keys=False)
    for system in MOVED:
        assert f" {system}/" not in text.replace(str(root), "ROOT"), f"{system} left in the edited config"
    config.write_text(text)


def checkout_view(tmp: Path) -> Path:
    """The checkout as the README's cwd, through symlinks: relative reads (deploy/…, rules/) are the
    repository's, but a step that writes a relative path (the default ./var/bsm-guard.db when
    BSM_GUARD_CONFIG is missing) writes here, not into the developer's tree."""
    view = tmp / "checkout"
    view.mkdir()
    for entry in REPO.iterdir():
        if entry.name != "var":
            (view / entry.name).symlink_to(entry)
    return view


def build_wheel(tmp: Path) -> Path:
    """``pip wheel --no-deps`` of a copy of the checkout: an in-tree build would write build/ and
    *.egg-info into the developer's tree (and pack stale files left in build/lib)."""
    src = tmp / "src"
    shutil.copytree(
        REPO,
        src,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "var",
            "build",
            "*.egg-info",
            "__pycache__",
            ".*_cache",
            ".hypothesis",
            "corpora",
            "artifacts",
        ),
    )
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        check=True,
        timeout=300,
    )
    found = sorted(wheels.glob(WHEEL_GLOB))
    assert len(found) == 1, found
    return found[0]


def make_tls(tls: Path) -> None:
    tls.mkdir(parents=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=bsm-guard.example.internal",
            "-keyout",
            str(tls / "key.pem"),
            "-out",
            str(tls / "cert.pem"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )


# ----------------------------------------------------------------------------- the service


def unit_setting(unit: str, key: str) -> str:
    values = re.findall(rf"^{key}=(.*)$", unit, re.MULTILINE)
    assert len(values) == 1, f"{UNIT}: expected one {key}=, found {values}"
    return str(values[0]).strip()


Start = Callable[[list[str], Path, dict[str, str], Path], subprocess.Popen[bytes]]


@pytest.fixture
def served() -> Iterator[Start]:
    """Starts the service command; always stops it (SIGTERM as systemctl stop, then SIGKILL)."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(cmd: list[str], cwd: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                cmd,
                cwd=cwd,
                env=env,
                stdout=sink,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_for_ports(proc: subprocess.Popen[bytes], ports: list[int], log: Path) -> None:
    deadline = time.monotonic() + START_DEADLINE
    for port in ports:
        while True:
            assert proc.poll() is None, f"serve exited with {proc.returncode}:\n{log.read_text()}"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, (
                    f"port {port} not open after {START_DEADLINE:.0f} s:\n{log.read_text()}"
                )
                time.sleep(0.1)


# ----------------------------------------------------------------------------- the helpdesk, the UI


def reply_message(body: str) -> bytes:
    return (
        "From: Support <support@shop.example>\r\n"
        "To: abc123@marketplace.amazon.com\r\n"
        "Subject: Re: your order 111-2223334-5556667\r\n"
        "In-Reply-To: <q1@marketplace.amazon.com>\r\n"
        "Message-ID: <reply-deploy@shop.example>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"Hello,\r\n\r\n{body}\r\n\r\nKind regards\r\nSupport\r\n"
    ).encode()


def swaks(port: int, message: Path, password: str) -> tuple[int, str]:
    """The helpdesk: STARTTLS, then AUTH LOGIN (the certificate is not verified)."""
    done = subprocess.run(
        [
            "swaks",
            "--server",
            f"127.0.0.1:{port}",
            "--from",
            "support@shop.example",
            "--to",
            "abc123@marketplace.amazon.com",
            "--data",
            f"@{message}",
            "-tls",
            "--auth",
            "LOGIN",
            "--auth-user",
            "helpdesk",
            "--auth-password",
            password,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def end_of_data_reply(transcript: str) -> str:
    """The server's answer to the final ``.`` (swaks marks TLS lines ``~>``/``<~``, errors ``*``)."""
    lines = transcript.splitlines()
    dot = next(i for i, line in enumerate(lines) if re.fullmatch(r"\s*~> \.", line))
    answer = next(line for line in lines[dot + 1 :] if line.lstrip().startswith("<~"))
    return re.sub(r"^\s*<~\*?\s*", "", answer)


def set_cookie(response: httpx.Response) -> Morsel[str]:
    """The session cookie's morsel from the response's Set-Cookie headers."""
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers.get_list("set-cookie"):
        jar.load(header)
    assert COOKIE in jar, f"no {COOKIE} cookie in {response.headers.get_list('set-cookie')}"
    return jar[COOKIE]


# ----------------------------------------------------------------------------- the test


@pytest.mark.timeout(INSTALL_TIMEOUT + 300)
def test_single_host_steps_of_deploy_readme(tmp_path: Path, served: Start) -> None:
    started = time.monotonic()
    root = tmp_path / "root"
    state, config = Path(move_path("/var/lib/bsm-guard", root)), Path(move_path("/etc/bsm-guard", root))
    outbox = tmp_path / "outbox"
    # Hex: a password starting with "-" would read as an option to swaks.
    helpdesk_pw, alice_pw = secrets.token_hex(12), secrets.token_hex(12)
    smtp_port, http_port = free_port(), free_port()

    say("building the wheel")
    wheel = build_wheel(tmp_path)
    steps = transform(readme_steps(README.read_text()), root, wheel)
    say(f"skipped (need root/systemd): {steps.skipped}")
    assert {s.split()[0] for s in steps.skipped} == {"useradd", "cp", "systemctl"}, steps.skipped
    assert len(steps.skipped) == 3, steps.skipped

    # The README installs the example config, then says "then edit upstream, names, tokens";
    # the later steps (config check, users add) already read the installed file through
    # BSM_GUARD_CONFIG. So the edit happens where the operator makes it, right after that
    # install line: bash pauses there while the test rewrites the file. Editing after the block
    # would let `users add` write to the real /var/lib/bsm-guard; pre-editing the example would
    # change a step's input beyond the documented transformation.
    installed = config / "config.yaml"
    install_at = [
        i
        for i, line in enumerate(steps.run)
        if line.startswith("install ") and shlex.split(line, comments=True)[-1] == str(installed)
    ]
    assert len(install_at) == 1, f"no single step installs {installed}: {steps.run}"

    # The operator provides the certificate the example config names (README: "to try it").
    make_tls(config / "tls")
    view = checkout_view(tmp_path)
    before = sorted(p.name for p in view.iterdir())
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("BSM_GUARD_") and k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    env |= {"HELPDESK_PASSWORD": helpdesk_pw, "ALICE_PASSWORD": alice_pw}

    say(f"running {len(steps.run)} README steps (the wheel's dependencies come from the index)")
    code, out = run_block(
        steps.run,
        install_at[0],
        lambda: operator_edit(installed, root, smtp_port, http_port, outbox),
        cwd=view,
        env=env,
        script=tmp_path / "steps.sh",
        timeout=INSTALL_TIMEOUT,
    )
    assert code == 0, f"a README step failed (exit {code}); see the output above"
    say(f"steps done after {time.monotonic() - started:.0f} s")
    wrote = sorted({p.name for p in view.iterdir()} - set(before))
    assert not wrote, f"a step wrote {wrote} into the checkout (the cwd), not under the root"
    database = state / "bsm-guard.db"
    assert f"# database file: {database}" in out, "config check --show does not name the service's database"
    assert str(config / "rules.d") in out.split("# rule packs:")[-1].splitlines()[0]
    assert database.is_file(), "users add did not create the service's database"

    # The service, as systemd would start it: the unit's ExecStart and WorkingDirectory.
    unit = UNIT.read_text()
    cmd = [move_path(word, root) for word in shlex.split(unit_setting(unit, "ExecStart"))]
    workdir = Path(move_path(unit_setting(unit, "WorkingDirectory"), root))
    assert workdir.is_dir(), f"the README's steps do not create the unit's WorkingDirectory {workdir}"
    service_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(state)}
    log = tmp_path / "serve.log"
    say(f"serve: {shlex.join(cmd)} (cwd {workdir})")
    proc = served(cmd, workdir, service_env, log)
    wait_for_ports(proc, [smtp_port, http_port], log)
    say(f"listening after {time.monotonic() - started:.0f} s")

    # The helpdesk's outgoing server: STARTTLS + AUTH as `helpdesk`.
    ok_mail, bad_mail = tmp_path / "ok.eml", tmp_path / "bad.eml"
    ok_mail.write_bytes(
        reply_message("Your parcel left our warehouse today. The tracking number is 1Z999AA10123456784.")
    )
    bad_mail.write_bytes(reply_message("The manual is at www.example-shop.co.uk/manual for you."))
    rc, transcript = swaks(smtp_port, ok_mail, helpdesk_pw)
    assert rc == 0, transcript
    assert "<~  235 " in transcript, f"no AUTH after STARTTLS:\n{transcript}"
    say(f"compliant reply: {end_of_data_reply(transcript)}")
    assert end_of_data_reply(transcript).startswith("250 "), transcript
    captured = sorted(outbox.glob("*.eml"))
    assert len(captured) == 1 and b"1Z999AA10123456784" in captured[0].read_bytes(), captured

    rc, transcript = swaks(smtp_port, bad_mail, helpdesk_pw)
    reply = end_of_data_reply(transcript)
    say(f"reply with a shop link: {reply}")
    assert rc != 0 and reply.startswith("550 ") and "external_link" in reply, transcript
    assert not any(b"example-shop" in p.read_bytes() for p in outbox.glob("*.eml"))

    # A supervisor in the review UI (plain HTTP here: the Secure cookie is sent by hand).
    base = f"http://127.0.0.1:{http_port}"
    form = httpx.get(f"{base}/login")
    assert form.status_code == 200, form.text
    first = set_cookie(form)
    login = httpx.post(
        f"{base}/login",
        headers={"Cookie": f"{COOKIE}={first.value}"},
        data={"name": "alice", "password": alice_pw, "csrf": csrf_of(form.text), "next": "/held"},
    )
    assert login.status_code == 303 and login.headers["location"] == "/held", login.text
    session = set_cookie(login)
    assert session["secure"], "secure_cookies: true but the session cookie is not Secure"
    held = httpx.get(f"{base}/held", headers={"Cookie": f"{COOKIE}={session.value}"})
    assert held.status_code == 200 and "<title>Held messages" in held.text, held.text[:500]

    token = yaml.safe_load(EXAMPLE.read_text())["http"]["metrics_token"]
    assert httpx.get(f"{base}/metrics").status_code in (401, 403)
    metrics = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {token}"})
    assert metrics.status_code == 200 and "bsmguard_messages_total" in metrics.text, metrics.text[:500]
    say(f"done after {time.monotonic() - started:.0f} s")
