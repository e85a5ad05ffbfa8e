"""Every failure: one line saying what went wrong, what to do, a distinct exit code, and never a secret."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest
import vendor_facts as facts
from cli_support import (
    NO_CONFIG,
    SECRET,
    TOKEN,
    UUID,
    FakeClock,
    Server,
    assert_no_secret,
    hostedscan_pages,
    hs_scan,
    jsonl,
    run,
    status,
)
from click.testing import CliRunner
from vendor_facts import command

from scankit.cli import CliEnv, ExitCode, cli
from scankit.cli import _app as app
from scankit_codegen.registry import vendors


def raises(exc: BaseException) -> Server:
    def respond(request: httpx.Request) -> httpx.Response:
        raise exc

    return Server(respond)


def test_missing_key_names_the_variable() -> None:
    result = run(["packagex", "scans", "list"], env={"PX_API_KEY": None})
    assert result.exit_code == ExitCode.CONFIGURATION
    assert result.stderr.startswith("error: No API key for PackageX: set PX_API_KEY.")
    assert "scankit sandbox" in result.stderr
    assert result.stdout == ""


def test_key_from_the_option_is_used_and_never_shown() -> None:
    server = Server(lambda r: httpx.Response(401, json={"message": f"key {r.headers['x-hostedscan-api-key']} is bad"}))
    result = run(["hostedscan", "scans", "get", "s1", "--api-key", SECRET], server, env={"HOSTEDSCAN_API_KEY": None})
    assert server.requests[0].headers["x-hostedscan-api-key"] == SECRET
    assert result.exit_code == ExitCode.AUTHENTICATION
    assert "check the key given with --api-key" in result.stderr
    assert_no_secret(result)


def test_401_says_which_variable_to_set() -> None:
    result = run(["hostedscan", "scans", "list"], status(401, {"message": "Invalid API key"}))
    assert result.exit_code == ExitCode.AUTHENTICATION
    first = result.stderr.splitlines()[0]
    assert first == "error: HostedScan rejected the API key (401): set HOSTEDSCAN_API_KEY to a valid key."
    assert "HostedScan said: Invalid API key" in result.stderr
    assert "what to do:" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("vendor", [v for v in vendors() if facts.model(v).auth.tokens])
def test_401_names_the_session_tokens_too(vendor: str) -> None:
    """A vendor whose spec has token schemes beside the key: the 401 names each token's variable."""
    env = facts.credentials(vendor, SECRET, TOKEN)
    result = run([vendor, *command(vendor, facts.listing(vendor))], status(401, {"message": "Unauthorized"}), env=env)
    assert result.exit_code == ExitCode.AUTHENTICATION
    names = [facts.token_env(vendor, scheme.arg) for scheme in facts.model(vendor).auth.tokens]
    assert " or ".join(names) in result.stderr


def test_403_is_an_authentication_failure_with_its_own_words() -> None:
    result = run(["passentry", "scans", "get", UUID], status(403, {"errors": ["Not your scan"]}))
    assert result.exit_code == ExitCode.AUTHENTICATION
    assert "PassEntry refused scans get (403)" in result.stderr
    assert "Not your scan" in result.stderr


def test_404_says_what_was_not_found_and_how_to_find_ids() -> None:
    result = run(["hostedscan", "scans", "get", "nope"], status(404, {"message": "Scan not found"}))
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "HostedScan scans get: not found (404) — no such id nope." in result.stderr
    assert "HostedScan said: Scan not found" in result.stderr
    assert "`scankit hostedscan scans list`" in result.stderr


def test_404_from_a_server_that_is_not_the_api_points_at_the_base_url() -> None:
    page = "<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
    result = run(["packagex", "scans", "list", "--base-url", "https://wrong.test"], status(404, page))
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "https://wrong.test does not look like the PackageX API" in result.stderr
    assert "--base-url / PX_BASE_URL" in result.stderr


def test_429_after_the_retries() -> None:
    clock = FakeClock()
    server = status(429, {"message": "slow down"}, headers={"Retry-After": "3"})
    result = run(["hostedscan", "scans", "list"], server, clock=clock)
    assert result.exit_code == ExitCode.RATE_LIMITED
    assert "HostedScan is rate limiting scans list (429)" in result.stderr
    assert "--max-retries" in result.stderr
    assert len(server.requests) == 3  # the library's default: two retries
    assert clock.sleeps == [3.0, 3.0]


def test_max_retries_option() -> None:
    clock = FakeClock()
    server = status(429, {"message": "slow down"}, headers={"Retry-After": "3"})
    result = run(["hostedscan", "scans", "list", "--max-retries", "0"], server, clock=clock)
    assert result.exit_code == ExitCode.RATE_LIMITED
    assert len(server.requests) == 1


def test_a_429_that_clears_is_not_an_error() -> None:
    clock = FakeClock()
    answers = [
        httpx.Response(429, headers={"Retry-After": "2"}, json={}),
        httpx.Response(200, json={"data": [hs_scan(1)]}),
    ]
    server = Server(lambda r: answers.pop(0))
    result = run(["hostedscan", "scans", "list"], server, clock=clock)
    assert result.exit_code == 0, result.output
    assert len(jsonl(result)) == 1
    assert clock.sleeps == [2.0]


def test_5xx_is_unavailable_with_the_request_id() -> None:
    server = status(503, {"errors": ["maintenance"]}, headers={"x-request-id": "req-77"})
    result = run(["passentry", "scans", "list"], server)
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert "PassEntry failed on its side (503 Service Unavailable) for scans list." in result.stderr
    assert "maintenance" in result.stderr


def test_connection_error_names_the_url_and_suggests_base_url_or_sandbox() -> None:
    with socket.socket() as sock:  # a loopback port nobody listens on once this socket is closed
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    real = httpx.Client()  # a real socket: the refusal comes from the operating system
    cli_env = CliEnv(http_client=real, stdout_isatty=False, stderr_isatty=False)
    try:
        result = CliRunner(env={"ADVALIDATION_API_KEY": SECRET, "SCANKIT_CONFIG": NO_CONFIG}).invoke(
            cli, ["advalidation", "campaigns", "list", "--base-url", url, "--max-retries", "0"], obj=cli_env
        )
    finally:
        real.close()
    assert result.exit_code == ExitCode.UNAVAILABLE
    first = result.stderr.splitlines()[0]
    assert first == f"error: Could not reach Advalidation at {url}: connection refused."
    assert "--base-url / ADVALIDATION_BASE_URL" in result.stderr
    assert "`scankit sandbox`" in result.stderr


def test_connection_error_never_prints_credentials_in_the_url() -> None:
    result = run(
        ["packagex", "scans", "list", "--base-url", f"https://user:{SECRET}@px.test"], raises(httpx.ConnectError("no"))
    )
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert "px.test" in result.stderr
    assert_no_secret(result)


def test_timeout() -> None:
    result = run(["packagex", "scans", "get", "scan_1", "--timeout", "5"], raises(httpx.ReadTimeout("slow")))
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert "did not answer in time" in result.stderr
    assert "--timeout" in result.stderr


def test_a_response_that_does_not_match_the_spec() -> None:
    result = run(["hostedscan", "scans", "list"], Server(lambda r: httpx.Response(200, json={"data": [{"id": "s1"}]})))
    assert result.exit_code == ExitCode.BAD_RESPONSE
    assert "HostedScan's answer to scans list does not match its spec at data[0]" in result.stderr


def test_a_server_that_repeats_its_cursor() -> None:
    server = Server(lambda r: httpx.Response(200, json={"data": [hs_scan(1)], "next_page_token": "same"}))
    result = run(["hostedscan", "scans", "list", "--format", "json"], server)
    assert result.exit_code == ExitCode.BAD_RESPONSE
    assert "pagination stopped" in result.stderr
    assert len(json.loads(result.stdout)) >= 1  # what came before is still well-formed output


def test_400_is_rejected_with_the_vendors_issues() -> None:
    body = {"error": {"issues": [{"message": "page must be positive"}]}}
    result = run(["advalidation", "campaigns", "list", "--filter", "page=-1"], status(400, body))
    assert result.exit_code == ExitCode.REJECTED
    assert "Advalidation rejected campaigns list (400 Bad Request)." in result.stderr
    assert "page must be positive" in result.stderr
    assert "scankit advalidation campaigns list --help" in result.stderr


def test_422_is_rejected() -> None:
    result = run(["cloneguard", "scans", "create", "--body", "{}"], status(422, {"message": "name is required"}))
    assert result.exit_code == ExitCode.REJECTED
    assert "name is required" in result.stderr


def test_a_failure_on_a_later_page_keeps_the_earlier_items() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page_token"):
            return httpx.Response(500, json={"message": "boom"})
        return httpx.Response(200, json={"data": [hs_scan(1), hs_scan(2)], "next_page_token": "t2"})

    result = run(["hostedscan", "scans", "list", "--format", "json"], Server(respond))
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert [item["id"] for item in json.loads(result.stdout)] == ["scan-1", "scan-2"]


def test_unexpected_errors_exit_1_and_debug_shows_the_traceback() -> None:
    result = run(["hostedscan", "scans", "list"], raises(RuntimeError("kaput")))
    assert result.exit_code == ExitCode.UNEXPECTED
    assert "Unexpected error in HostedScan scans list: RuntimeError: kaput" in result.stderr
    assert "Traceback" not in result.stderr
    result = run(["--debug", "hostedscan", "scans", "list"], raises(RuntimeError("kaput")))
    assert result.exit_code == ExitCode.UNEXPECTED
    assert "Traceback" in result.stderr


def test_interrupt_exits_130() -> None:
    result = run(["hostedscan", "scans", "list"], raises(KeyboardInterrupt()))
    assert result.exit_code == 130
    assert "Interrupted." in result.stderr


def test_a_closed_pipe_stops_the_listing_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe:
        def add(self, items: list[Any]) -> None:
            raise BrokenPipeError

        def close(self) -> None:
            raise BrokenPipeError

    monkeypatch.setattr(app, "make_sink", lambda *a, **k: ClosedPipe())
    server = hostedscan_pages(pages=50)
    result = run(["hostedscan", "scans", "list"], server)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(server.requests) <= 2  # the first page, and perhaps the one prefetched with it


# -- no secret, whatever happens ----------------------------------------------------------------


def echo_secret(code: int) -> Server:
    """A server that echoes the credentials it got, as some APIs do in their error messages."""

    def respond(request: httpx.Request) -> httpx.Response:
        seen = " ".join(request.headers.values())
        return httpx.Response(code, json={"message": f"bad credentials: {seen}", "errors": [seen]})

    return Server(respond)


def secret_commands() -> list[Any]:
    """Per spec: the README's list (as a table) and the GET of one of its items, with an id of its form."""
    found = []
    for vendor in vendors():
        found.append([vendor, *command(vendor, facts.listing(vendor)), "--format", "table"])
        reader = facts.reader(vendor)
        if reader is not None:
            found.append([vendor, *command(vendor, reader), facts.missing_id(facts.id_schema(vendor, reader))])
    return [pytest.param(line, id="-".join(line)) for line in found]


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422, 429, 500, 502])
@pytest.mark.parametrize("debug", [[], ["--debug"]])
@pytest.mark.parametrize("command_line", secret_commands())
def test_no_secret_in_any_output(code: int, debug: list[str], command_line: list[str]) -> None:
    env = facts.credentials(command_line[0], SECRET, TOKEN)
    result = run([*debug, *command_line, "--max-retries", "0"], echo_secret(code), env=env)
    assert result.exit_code not in (0, ExitCode.UNEXPECTED), result.output
    assert_no_secret(result)
    result = run([*debug, *command_line, "--api-key", SECRET, "--max-retries", "0"], echo_secret(code), env=env)
    assert_no_secret(result)


def test_no_secret_when_the_server_cannot_be_reached() -> None:
    result = run(["--debug", "hostedscan", "scans", "list", "--api-key", SECRET], raises(httpx.ConnectError(SECRET)))
    assert result.exit_code == ExitCode.UNAVAILABLE
    assert_no_secret(result)


def test_cloneguard_without_a_host_is_a_configuration_error_saying_where_it_is() -> None:
    result = run(["cloneguard", "scans", "list"], env={"CLONEGUARD_BASE_URL": None})
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "CLONEGUARD_BASE_URL" in result.stderr
    assert "https://api.{instance}" in result.stderr
    assert SECRET not in result.stderr + result.stdout
    first = result.stderr.splitlines()[0]
    assert first.startswith("error: No base URL for Clone Systems CG Scanning API: ")
    assert first.count("Clone Systems CG Scanning API") == 1  # said once, not as a prefix again
