"""`scankit webhooks listen|verify`: receive or check a vendor's webhook deliveries, verified.

    scankit webhooks listen hostedscan --port 8088 --secret-env HOSTEDSCAN_WEBHOOK_SECRET
    scankit webhooks verify cloneguard --header 'X-CG-Hook-Signature: sha256=…' < body.json

Both verify with `scankit.webhooks` (the scheme comes from the vendor's spec) and print each
verified event as one JSON line on stdout: `{"vendor", "type", "id", "event"}`. Refusals go to
stderr and never show a secret.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import click

from scankit import webhooks as _webhooks
from scankit._errors import ConfigurationError
from scankit.webhooks import DEFAULT_TOLERANCE, WebhookVerificationError

from ._exits import ExitCode

__all__ = ["webhooks_group"]

_MAX_BODY = 5 * 1024 * 1024  # a webhook body is small; refuse anything this big unread


def _secrets(vendor: str, names: tuple[str, ...]) -> list[str]:
    """The secrets from the named environment variables (default: the vendor's own variable)."""
    info = _webhooks._vendor(vendor)
    assert info.webhooks is not None
    names = names or (info.webhooks.secret_env,)
    values = [os.environ.get(name, "") for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise ConfigurationError(f"set {', '.join(missing)} to the {info.name} endpoint's signing secret")
    return values


def _line(vendor: str, body: bytes, headers: Mapping[str, str], event: Any) -> str:
    event_type, event_id = _webhooks._event_fields(vendor, body, headers)
    return json.dumps(
        {"vendor": vendor, "type": event_type, "id": event_id, "event": event.to_dict()},
        separators=(",", ":"),
        default=str,
    )


def _check(vendor: str, body: bytes, headers: Mapping[str, str], secrets: list[str], tolerance: float | None) -> Any:
    info = _webhooks._vendor(vendor)
    parsed = _webhooks._verify(info, body, headers, secrets, tolerance, None)
    return _webhooks._parse(info, parsed)


def _vendor_choice(value: str) -> str:
    slug = value.lower()
    try:
        _webhooks._vendor(slug)
    except ConfigurationError as exc:
        raise click.BadParameter(str(exc)) from None
    return slug


@click.group("webhooks", short_help="Receive or check vendors' signed webhook deliveries.")
def webhooks_group() -> None:
    """Receive or check vendors' webhook deliveries, verified as each vendor's spec says.

    Vendors with webhooks: those whose spec declares them (x-scankit-webhooks). The signing secret comes from an
    environment variable (default: <VENDOR>_WEBHOOK_SECRET); repeat --secret-env to accept several
    while you rotate them.
    """


@webhooks_group.command("listen")
@click.argument("vendor")
@click.option("--port", type=click.IntRange(0, 65535), default=8088, show_default=True, help="0: any free port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--secret-env", "secret_envs", multiple=True, metavar="VAR", help="Variable holding a secret.")
@click.option(
    "--tolerance",
    type=float,
    default=DEFAULT_TOLERANCE,
    show_default=True,
    help="Seconds of clock skew; 0 for any age.",
)
@click.option("--max-events", type=click.IntRange(1), default=None, help="Exit after this many verified events.")
def listen(
    vendor: str, port: int, host: str, secret_envs: tuple[str, ...], tolerance: float, max_events: int | None
) -> None:
    """Run a local receiver: verify each POST and print its event as a JSON line.

    Answers 200 to a verified delivery and 400 to any other (the vendor, or the sandbox, retries
    those), and says on stderr why it refused one. Point the sandbox at it with
    POST /_sandbox/webhooks {"vendor", "url", "secret"}. Ctrl-C stops it.
    """
    slug = _vendor_choice(vendor)
    try:
        secrets = _secrets(slug, secret_envs)
    except ConfigurationError as exc:
        click.echo(f"scankit webhooks listen: {exc}", err=True)
        sys.exit(ExitCode.CONFIGURATION)
    seen = 0
    done = threading.Event()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            nonlocal seen
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self._answer(413)
                return
            body = self.rfile.read(length)
            headers = dict(self.headers.items())
            try:
                event = _check(slug, body, headers, secrets, tolerance or None)
            except WebhookVerificationError as exc:
                click.echo(f"refused: {exc}", err=True)
                self._answer(400)
                return
            line = _line(slug, body, headers, event)
            with lock:
                click.echo(line)
                sys.stdout.flush()
                seen += 1
                if max_events is not None and seen >= max_events:
                    done.set()
            self._answer(200)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # stdout carries only events
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    actual = server.server_address[1]
    click.echo(f"listening for {slug} webhooks on http://{host}:{actual}/ (Ctrl-C to stop)", err=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


@webhooks_group.command("verify")
@click.argument("vendor")
@click.option("--header", "-H", "header_values", multiple=True, metavar="'NAME: VALUE'", help="A delivery header.")
@click.option("--secret-env", "secret_envs", multiple=True, metavar="VAR", help="Variable holding a secret.")
@click.option("--tolerance", type=float, default=DEFAULT_TOLERANCE, show_default=True, help="Seconds; 0 for any age.")
def verify(vendor: str, header_values: tuple[str, ...], secret_envs: tuple[str, ...], tolerance: float) -> None:
    """Verify one captured delivery: the body on stdin, its headers as --header options.

    Prints the event as a JSON line and exits 0 when it verifies; otherwise says which check failed
    and exits 8. A captured delivery is usually older than the tolerance: --tolerance 0 skips the
    timestamp check (the signature is still checked).
    """
    slug = _vendor_choice(vendor)
    headers: dict[str, str] = {}
    for item in header_values:
        name, sep, value = item.partition(":")
        if not sep or not name.strip():
            raise click.BadParameter(f"{item!r}: use 'Name: value'", param_hint="--header")
        headers[name.strip()] = value.strip()
    try:
        secrets = _secrets(slug, secret_envs)
    except ConfigurationError as exc:
        click.echo(f"scankit webhooks verify: {exc}", err=True)
        sys.exit(ExitCode.CONFIGURATION)
    body = sys.stdin.buffer.read(_MAX_BODY + 1)
    try:
        event = _check(slug, body, headers, secrets, tolerance or None)
    except WebhookVerificationError as exc:
        click.echo(f"scankit webhooks verify: {exc}", err=True)
        sys.exit(ExitCode.BAD_RESPONSE)
    click.echo(_line(slug, body, headers, event))
