"""Profiles on the command line: which one is in use, the client settings it gives, `scankit config`.

The file and the rule (flag > environment > profile > default) live in `scankit._config`, shared
with `Client.from_profile`; this module only picks the profile and says where each setting came from.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from typing import Any

import attrs
import click

from scankit._config import PROFILE_ENV, ConfigFile, Setting, config_path, load_config, resolve
from scankit._errors import ConfigurationError
from scankit.vendors import slugs as vendor_slugs

from ._discovery import VendorNotInstalled, VendorSpec, load_vendor
from ._exits import ExitCode

# The verb options that are settings, and the flags that name them in messages.
FLAG_NAMES = {"api_key": "--api-key", "base_url": "--base-url", "max_retries": "--max-retries", "timeout": "--timeout"}
PRECEDENCE = "a flag > the environment > the profile > the default"


@attrs.frozen
class Choice:
    """The profile in use and why: ("sandbox", "--profile"), ("ci", "SCANKIT_PROFILE"), (None, "")."""

    name: str | None
    source: str


def choose(config: ConfigFile, flag: str | None, environ: Mapping[str, str] | None = None) -> Choice:
    env = os.environ if environ is None else environ
    if flag:
        return Choice(flag, "--profile")
    if env.get(PROFILE_ENV):
        return Choice(env[PROFILE_ENV], PROFILE_ENV)
    name = config.default_name(env)
    return Choice(name, "the profile named `default`" if name else "")


def vendor_settings(
    spec: VendorSpec, flag_profile: str | None, explicit: Mapping[str, Any]
) -> tuple[dict[str, Setting], Choice, list[str]]:
    """The settings for one vendor's client, the profile chosen, and notes for stderr.

    A profile that is asked for (by --profile or SCANKIT_PROFILE) must exist; the file is read only
    when it exists or is asked for. A note says when the environment overrides what a profile that
    was asked for sets, since that is the one surprise the order allows.
    """
    config = load_config(missing_ok=True, vendors=vendor_slugs())
    choice = choose(config, flag_profile)
    settings: Mapping[str, Any] | None = None
    if choice.name is not None:
        if not config.path.exists():
            raise ConfigurationError(
                f"profile {choice.name!r} (from {choice.source}) asked for, but there is no config file at {config.path}"
            )
        settings = config.profile(choice.name).get(spec.slug)
    resolved = resolve(spec.info, choice.name, settings, explicit, flag_names=FLAG_NAMES)
    notes = []
    if choice.name is not None and settings is None and choice.source in ("--profile", PROFILE_ENV):
        notes.append(
            f"note: profile {choice.name} has no [profiles.{choice.name}.{spec.slug}] table; "
            "the environment and the defaults apply."
        )
    if settings and choice.source in ("--profile", PROFILE_ENV):
        for key, setting in resolved.items():
            if key in settings and not setting.source.startswith("profile") and not setting.source.startswith("--"):
                notes.append(f"note: {setting.source} in the environment overrides {key} of profile {choice.name}.")
    return resolved, choice, notes


def client_kwargs(resolved: Mapping[str, Setting]) -> dict[str, Any]:
    return {key: setting.value for key, setting in resolved.items()}


# -- scankit config ----------------------------------------------------------------------------


@click.group("config", short_help="Profiles: where the file is and what each vendor's client gets.")
def config_group() -> None:
    """Profiles in ~/.config/scankit/config.toml ($XDG_CONFIG_HOME honoured; $SCANKIT_CONFIG overrides).

    \b
      [profiles.sandbox.hostedscan]
      api_key = "env:HOSTEDSCAN_SANDBOX_KEY"   # or the key itself (then: chmod 600)
      base_url = "http://127.0.0.1:8765/hostedscan"

    Use one with `scankit --profile sandbox …` or SCANKIT_PROFILE=sandbox; a profile named `default`
    is used when none is named. Each setting comes from a flag, else the environment, else the
    profile, else the default.
    """


@config_group.command("path")
def config_path_command() -> None:
    """Print the config file's path (whether or not it exists)."""
    click.echo(str(config_path()))


@config_group.command("show")
@click.option("--profile", "profile", metavar="NAME", help="Show this profile (default: the one in use).")
@click.pass_context
def config_show(ctx: click.Context, profile: str | None) -> None:
    """What each vendor's client would use, and where each value comes from; keys redacted."""
    try:
        _show(profile or ctx.find_root().params.get("profile"))
    except ConfigurationError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(ExitCode.CONFIGURATION)


def _show(profile: str | None) -> None:
    config = load_config(missing_ok=True, vendors=vendor_slugs())
    choice = choose(config, profile)
    path = config.path
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        click.echo(f"Config file: {path} (mode {mode:03o})")
        click.echo(f"Profiles:    {', '.join(config.names()) or 'none'}")
    else:
        click.echo(f"Config file: {path} (none yet; `scankit config --help` shows the format)")
    used = f"{choice.name} (from {choice.source})" if choice.name else "none"
    click.echo(f"In use:      {used}")
    if choice.name is not None:
        config.profile(choice.name)  # a usage error, with a suggestion, when there is no such profile
    click.echo(f"Order:       {PRECEDENCE}")
    for slug in vendor_slugs():
        click.echo("")
        try:
            spec = load_vendor(slug)
        except VendorNotInstalled:
            click.echo(f"{slug}  (not installed)")
            continue
        click.echo(f"{slug}")
        settings = config.profiles.get(choice.name, {}).get(slug) if choice.name else None
        try:
            resolved = resolve(spec.info, choice.name, settings, {})
        except ConfigurationError as exc:
            click.echo(f"  error: {exc}")
            continue
        rows = _rows(spec, resolved)
        for key, text in rows:
            click.echo(f"  {key:<12}  {text}")


def _rows(spec: VendorSpec, resolved: Mapping[str, Setting]) -> list[tuple[str, str]]:
    rows = []
    keys = ["api_key", *(t.arg for t in spec.info.auth.tokens), "base_url", "timeout", "max_retries"]
    env_names = {"api_key": spec.info.env_key, "base_url": spec.base_url_env}
    env_names.update({t.arg: spec.info.token_env_var(t.arg) for t in spec.info.auth.tokens})
    for key in keys:
        setting = resolved.get(key)
        if setting is not None:
            shown = "********" if setting.secret else str(setting.value)
            rows.append((key, f"{shown}  ({setting.source})"))
        elif key == "base_url":
            default = spec.info.base_url
            rows.append((key, f"{default}  (default)" if default else f"not set: set {spec.base_url_env} or base_url"))
        elif key == "api_key":
            rows.append((key, f"not set: set {spec.info.env_key} or api_key in a profile"))
        elif key in env_names:
            rows.append((key, f"not set ({env_names[key]})"))
    return rows
