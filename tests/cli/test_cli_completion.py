"""`scankit completion bash|zsh|fish` prints click's script, and the script's callbacks complete
commands, `--filter` keys and enum values."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from scankit.cli import CliEnv, cli


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F _scankit_completion scankit"),
        ("zsh", "#compdef scankit"),
        ("fish", "complete --no-files --command scankit"),
    ],
)
def test_completion_prints_the_script_for_each_shell(shell: str, marker: str) -> None:
    result = CliRunner().invoke(cli, ["completion", shell], obj=CliEnv())
    assert result.exit_code == 0, result.output
    assert marker in result.stdout
    assert f"_SCANKIT_COMPLETE={shell}_complete" in result.stdout


def test_an_unknown_shell_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["completion", "powershell"], obj=CliEnv())
    assert result.exit_code == 2
    assert "'bash', 'zsh', 'fish'" in result.stderr


def complete(words: str, shell: str = "zsh") -> list[str]:
    """What the script's callback answers for the command line `words` (the last word being typed)."""
    parts = words.split(" ")
    env = {"_SCANKIT_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    result = CliRunner(env=env).invoke(cli, [], prog_name="scankit", obj=CliEnv())
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    return [lines[i + 1] for i in range(0, len(lines) - 1, 3)]  # zsh: type, value, help


def test_commands_complete() -> None:
    assert complete("scankit host") == ["hostedscan"]
    assert "completion" in complete("scankit ")
    assert complete("scankit hostedscan scans l") == ["list"]


def test_filter_keys_and_enum_values_complete() -> None:
    assert complete("scankit passentry scans list --filter sta") == ["status="]
    assert complete("scankit passentry scans list --filter status=f") == ["status=failed"]
    assert complete("scankit hostedscan scans list --filter state=R") == ["state=RUNNING"]
    assert complete("scankit cloneguard scans list --filter extended=") == ["extended=true", "extended=false"]
