"""Profiles: the config file, `--profile` / SCANKIT_PROFILE, the order flag > environment > profile, `config show`."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from cli_support import SECRET, Server, hostedscan_pages, packagex_pages, run

import scankit
from scankit._config import config_path, load_config, resolve
from scankit.cli import ExitCode
from scankit.cli._discovery import load_vendor

PROFILE_KEY = "hs-profile-key-7731"
PROFILE_URL = "http://127.0.0.1:8400/hostedscan"


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def sandbox_profile(tmp_path: Path, api_key: str = PROFILE_KEY, mode: int = 0o600) -> Path:
    return write(
        tmp_path,
        f'[profiles.sandbox.hostedscan]\napi_key = "{api_key}"\nbase_url = "{PROFILE_URL}"\n',
        mode,
    )


def sent(server: Server) -> tuple[str, str]:
    request = server.requests[0]
    return str(request.url).split("/v1/")[0], request.headers["X-HOSTEDSCAN-API-KEY"]


def test_a_profile_gives_the_key_and_the_server(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path)
    server = hostedscan_pages(1)
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_API_KEY": None}
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"], server, env=env)
    assert result.exit_code == 0, result.output
    assert sent(server) == (PROFILE_URL, PROFILE_KEY)
    # the verb takes --profile too, and SCANKIT_PROFILE picks it without a flag
    for args, extra in (
        (["hostedscan", "scans", "list", "--profile", "sandbox"], {}),
        (["hostedscan", "scans", "list"], {"SCANKIT_PROFILE": "sandbox"}),
    ):
        server = hostedscan_pages(1)
        result = run(args, server, env={**env, **extra})
        assert result.exit_code == 0, result.output
        assert sent(server) == (PROFILE_URL, PROFILE_KEY)


def test_the_environment_wins_over_the_profile_and_says_so(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path)
    server = hostedscan_pages(1)
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_BASE_URL": "http://127.0.0.1:9/hs"}
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"], server, env=env)
    assert result.exit_code == 0, result.output
    assert sent(server) == ("http://127.0.0.1:9/hs", SECRET)  # run() puts SECRET in HOSTEDSCAN_API_KEY
    assert "HOSTEDSCAN_API_KEY in the environment overrides api_key of profile sandbox" in result.stderr
    assert "HOSTEDSCAN_BASE_URL in the environment overrides base_url" in result.stderr


def test_a_flag_wins_over_the_environment_and_the_profile(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path)
    server = hostedscan_pages(1)
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_BASE_URL": "http://127.0.0.1:9/hs"}
    args = ["--profile", "sandbox", "hostedscan", "scans", "list", "--base-url", "http://127.0.0.1:7/flag"]
    result = run([*args, "--api-key", "flag-key"], server, env=env)
    assert result.exit_code == 0, result.output
    assert sent(server) == ("http://127.0.0.1:7/flag", "flag-key")


def test_the_default_profile_is_used_when_none_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, f'[profiles.default.hostedscan]\nbase_url = "{PROFILE_URL}"\n')
    server = hostedscan_pages(1)
    result = run(["hostedscan", "scans", "list"], server, env={"SCANKIT_CONFIG": str(path)})
    assert result.exit_code == 0, result.output
    assert sent(server) == (PROFILE_URL, SECRET)
    assert "overrides" not in result.stderr  # nobody asked for the profile by name: no surprise to report


def test_keys_may_live_in_the_environment_under_another_name(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path, api_key="env:HS_SANDBOX_KEY", mode=0o644)  # no key in clear: 644 is fine
    server = hostedscan_pages(1)
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_API_KEY": None, "HS_SANDBOX_KEY": "from-the-env-ref"}
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"], server, env=env)
    assert result.exit_code == 0, result.output
    assert sent(server) == (PROFILE_URL, "from-the-env-ref")

    missing = run(["--profile", "sandbox", "hostedscan", "scans", "list"], env={**env, "HS_SANDBOX_KEY": None})
    assert missing.exit_code == ExitCode.CONFIGURATION
    assert "HS_SANDBOX_KEY is not set" in missing.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_key_in_clear_in_a_file_others_can_read_is_refused(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path, mode=0o644)
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_API_KEY": None}
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"], env=env)
    assert result.exit_code == ExitCode.CONFIGURATION
    assert f"chmod 600 {path}" in result.stderr
    assert PROFILE_KEY not in result.output
    with pytest.raises(scankit.ConfigurationError, match="others may read it"):
        scankit.HostedScan.from_profile("sandbox", config=path)


def test_an_unknown_profile_or_setting_is_named_with_a_suggestion(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path)
    result = run(["--profile", "sandbx", "hostedscan", "scans", "list"], env={"SCANKIT_CONFIG": str(path)})
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "no profile 'sandbx'" in result.stderr
    assert "did you mean 'sandbox'?" in result.stderr

    typo = write(tmp_path, '[profiles.sandbox.hostedscan]\nbase_ur = "http://127.0.0.1:1"\n')
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"], env={"SCANKIT_CONFIG": str(typo)})
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "unknown setting 'base_ur'" in result.stderr
    assert "did you mean 'base_url'?" in result.stderr


def test_a_named_profile_without_a_file_is_an_error() -> None:
    result = run(["--profile", "sandbox", "hostedscan", "scans", "list"])
    assert result.exit_code == ExitCode.CONFIGURATION
    assert "no config file at /nonexistent/" in result.stderr


def test_a_broken_file_says_where(tmp_path: Path) -> None:
    path = write(tmp_path, '[profiles.sandbox.hostedscan]\nbase_url = "http://x\n')
    result = run(["hostedscan", "scans", "list"], env={"SCANKIT_CONFIG": str(path)})
    assert result.exit_code == ExitCode.CONFIGURATION
    assert f"{path} is not valid TOML" in result.stderr
    assert "line 2" in result.stderr
    assert load_config(Path(os.devnull)).profiles == {}  # an empty file is fine


def test_config_show_redacts_keys_and_says_where_each_value_comes_from(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f'[profiles.sandbox.hostedscan]\napi_key = "{PROFILE_KEY}"\nbase_url = "{PROFILE_URL}"\n'
        '[profiles.sandbox.cloneguard]\naccess_token = "env:CG_TOKEN"\nbase_url = "http://127.0.0.1:8400/cg"\n',
    )
    env = {"SCANKIT_CONFIG": str(path), "HOSTEDSCAN_API_KEY": None, "CG_TOKEN": "cg-token-secret"}
    result = run(["--profile", "sandbox", "config", "show"], env=env)
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert PROFILE_KEY not in out
    assert "cg-token-secret" not in out
    assert f"Config file: {path} (mode 600)" in lines
    assert "In use: sandbox (from --profile)" in lines
    assert "api_key ******** (profile sandbox)" in lines
    assert f"base_url {PROFILE_URL} (profile sandbox)" in lines
    assert "access_token ******** (profile sandbox (env:CG_TOKEN))" in lines
    assert "api_key ******** (PX_API_KEY)" in lines  # run() sets every vendor's key variable
    assert "flag > the environment > the profile > the default" in out

    unknown = run(["config", "show", "--profile", "nope"], env=env)
    assert unknown.exit_code == ExitCode.CONFIGURATION
    assert "no profile 'nope'" in unknown.stderr


def test_config_path_honours_xdg_and_scankit_config(tmp_path: Path) -> None:
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "scankit" / "config.toml"
    assert config_path({"XDG_CONFIG_HOME": str(tmp_path), "SCANKIT_CONFIG": "/x/y.toml"}) == Path("/x/y.toml")
    assert config_path({"HOME": str(tmp_path)}).parts[-3:] == (".config", "scankit", "config.toml")
    result = run(["config", "path"], env={"SCANKIT_CONFIG": str(tmp_path / "c.toml")})
    assert result.stdout.strip() == str(tmp_path / "c.toml")


# -- the library reads the same file, only when asked -------------------------------------------


def test_from_profile_builds_sync_and_async_clients(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sandbox_profile(tmp_path)
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)
    monkeypatch.delenv("HOSTEDSCAN_BASE_URL", raising=False)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": []})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with scankit.HostedScan.from_profile("sandbox", config=path, http_client=http) as client:
        assert client.base_url == PROFILE_URL
        assert list(client.scans.list()) == []
    assert seen[0].headers["X-HOSTEDSCAN-API-KEY"] == PROFILE_KEY
    assert PROFILE_KEY not in repr(client)

    aclient = scankit.AsyncHostedScan.from_profile("sandbox", config=path, max_retries=5)
    assert (aclient.base_url, aclient.max_retries) == (PROFILE_URL, 5)

    # the order is the CLI's: an argument, then the environment, then the profile
    monkeypatch.setenv("HOSTEDSCAN_BASE_URL", "http://127.0.0.1:9/env")
    assert scankit.HostedScan.from_profile("sandbox", config=path).base_url == "http://127.0.0.1:9/env"
    given = scankit.HostedScan.from_profile("sandbox", config=path, base_url="http://127.0.0.1:7/arg")
    assert given.base_url == "http://127.0.0.1:7/arg"

    monkeypatch.setenv("SCANKIT_CONFIG", str(path))
    monkeypatch.setenv("SCANKIT_PROFILE", "sandbox")
    assert scankit.HostedScan.from_profile().base_url == "http://127.0.0.1:9/env"


def test_from_profile_passes_session_tokens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLONEGUARD_API_KEY", "CLONEGUARD_ACCESS_TOKEN", "CLONEGUARD_BEARER_TOKEN", "CLONEGUARD_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    path = write(
        tmp_path,
        '[profiles.prod.cloneguard]\napi_key = "cg-key"\naccess_token = "cg-access"\n'
        'base_url = "http://127.0.0.1:8400/cloneguard"\n',
    )
    client = scankit.CloneGuard.from_profile("prod", config=path)
    assert client._auth_headers["Authorization"].endswith("cg-access")


def test_the_library_never_reads_the_file_unasked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, f'[profiles.default.hostedscan]\napi_key = "{PROFILE_KEY}"\n')
    monkeypatch.setenv("SCANKIT_CONFIG", str(path))
    monkeypatch.delenv("HOSTEDSCAN_API_KEY", raising=False)
    with pytest.raises(scankit.MissingAPIKeyError):
        scankit.HostedScan()
    assert scankit.HostedScan.from_profile(config=path).base_url == "https://api.hostedscan.com"
    with pytest.raises(scankit.ConfigurationError, match=r"no \[profiles.default.packagex\] table"):
        scankit.PackageX.from_profile(config=path)


def test_the_readme_example_is_a_valid_config(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    block = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    path = write(tmp_path, "\n".join(line.strip() for line in block.splitlines()) + "\n", mode=0o644)
    config = load_config(path)
    assert config.names() == ["prod", "sandbox"]
    env = {"HOSTEDSCAN_SANDBOX_KEY": "k1", "CG_PROD_KEY": "k2", "CG_PROD_ACCESS_TOKEN": "k3"}
    resolved = resolve(load_vendor("cloneguard").info, "prod", config.profile("prod")["cloneguard"], environ=env)
    assert {k: s.value for k, s in resolved.items()} == {
        "api_key": "k2",
        "access_token": "k3",
        "base_url": "https://cloneguard.example.net",
    }


def test_a_named_profile_without_this_vendor_says_so(tmp_path: Path) -> None:
    path = sandbox_profile(tmp_path)
    result = run(
        ["--profile", "sandbox", "packagex", "scans", "list"], packagex_pages(1), env={"SCANKIT_CONFIG": str(path)}
    )
    assert result.exit_code == 0, result.output
    assert "note: profile sandbox has no [profiles.sandbox.packagex] table" in result.stderr
