"""Result downloads against the sandbox: streamed with flat memory, typed, and the CLI's `-o` and `--debug`.

The sandbox's HostedScan pads result files to `result_size` bytes, streamed, so a large download
costs the test no memory of its own; Python's allocations are measured with tracemalloc (a count
of bytes, not a time).
"""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scankit.cli import CliEnv, cli
from scankit.sandbox import Sandbox

SIZE = 32 * 1024 * 1024
EXTENSIONS = {"text/html": ".html", "application/pdf": ".pdf", "application/xml": ".xml", "application/json": ".json"}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(["hostedscan"], rate_limits=False) as running:
        yield running


@pytest.fixture
def big_results(sandbox: Sandbox) -> Iterator[None]:
    app: Any = sandbox.app.state.vendors["hostedscan"]
    app.result_size = SIZE
    try:
        yield
    finally:
        app.result_size = None


def a_result(sandbox: Sandbox) -> tuple[str, str]:
    """(result id, content type) of the first scan with a result file."""
    with sandbox.client("hostedscan") as client:
        scan = next(s for s in client.scans.list() if s.results)
    assert scan.results
    result = scan.results[0]
    assert result.result_id and result.content_type
    return result.result_id, str(result.content_type)


def test_plain_download_knows_its_media_type(sandbox: Sandbox) -> None:
    result_id, content_type = a_result(sandbox)
    with sandbox.client("hostedscan") as client:
        file = client.results.download(result_id)
    assert file.mime_type == content_type  # what Scan.results[] said
    assert len(file.payload.read()) > 0


def test_streamed_download_keeps_memory_flat(sandbox: Sandbox, big_results: None, tmp_path: Path) -> None:
    result_id, content_type = a_result(sandbox)
    target = tmp_path / "report"
    with sandbox.client("hostedscan") as client:
        tracemalloc.start()
        try:
            with client.with_streaming_response.results.download(result_id) as response:
                assert response.content_type == content_type
                assert response.filename == result_id + EXTENSIONS[content_type]
                assert int(response.headers["content-length"]) == SIZE
                written = response.stream_to_file(target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert written == SIZE
    assert target.stat().st_size == SIZE
    assert peak < SIZE // 4, f"peak {peak:,} bytes for a {SIZE:,}-byte download"


async def test_async_streamed_download(sandbox: Sandbox, big_results: None, tmp_path: Path) -> None:
    result_id, content_type = a_result(sandbox)
    client = sandbox.async_client("hostedscan")
    async with client, client.with_streaming_response.results.download(result_id) as response:
        assert response.content_type == content_type
        assert await response.stream_to_file(tmp_path / response.filename) == SIZE
    assert (tmp_path / (result_id + EXTENSIONS[content_type])).stat().st_size == SIZE


def scankit_cli(sandbox: Sandbox, *args: str) -> Any:
    environment: dict[str, str | None] = {**sandbox.env(), "SCANKIT_LOG": None}
    return CliRunner(env=environment).invoke(cli, list(args), obj=CliEnv(stdout_isatty=False, stderr_isatty=False))


def test_cli_output_streams_the_file(sandbox: Sandbox, big_results: None, tmp_path: Path) -> None:
    result_id, _ = a_result(sandbox)
    target = tmp_path / "out.bin"
    result = scankit_cli(sandbox, "hostedscan", "results", "download", result_id, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert f"Wrote {SIZE:,} bytes to {target}." in result.stderr
    assert target.stat().st_size == SIZE
    assert not Path(f"{target}.part").exists()


def test_cli_debug_logs_each_response(sandbox: Sandbox) -> None:
    result = scankit_cli(sandbox, "--debug", "hostedscan", "scans", "list", "--max-items", "1")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["id"]
    line = next(line for line in result.stderr.splitlines() if " -> " in line)
    assert "HostedScan scans.list: GET http://127.0.0.1:" in line
    assert "/v1/scans -> 200 OK in " in line
    assert "(attempt 1, request id " in line
    assert "sandbox-hostedscan-key" not in result.stderr


async def test_a_large_file_lets_the_loop_run_between_megabytes() -> None:
    """A client that hangs up mid-download is noticed: the server's loop gets a turn between
    megabytes (a generator that never awaited sent the rest of a gigabyte to a closed socket and
    held the sandbox's loop meanwhile)."""
    import asyncio

    from scankit.sandbox._files import padded

    turns = 0

    async def other() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(other())
    chunks = [chunk async for chunk in padded(b"{}", 4 * 1024 * 1024)]
    task.cancel()
    assert sum(map(len, chunks)) == 4 * 1024 * 1024
    assert turns >= 3  # a turn after each megabyte but the last
