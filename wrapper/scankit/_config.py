"""Profiles: named sets of client settings in one TOML file, read only when asked for.

    # ~/.config/scankit/config.toml ($XDG_CONFIG_HOME/scankit/config.toml; $SCANKIT_CONFIG overrides)
    [profiles.sandbox.hostedscan]
    api_key = "env:HOSTEDSCAN_SANDBOX_KEY"     # or the key itself, in a file only you can read (chmod 600)
    base_url = "http://127.0.0.1:8765/hostedscan"

`scankit.HostedScan.from_profile("sandbox")` and `scankit --profile sandbox …` read it; a client
made the ordinary way never does. Each setting is taken from the first place that has it:

    an argument (a command-line flag)  >  the environment (HOSTEDSCAN_API_KEY, …)  >  the profile  >  the default

A profile sets, per vendor: `api_key`, `base_url`, the vendor's session tokens (CloneGuard's
`bearer_token`, `access_token`), `timeout` (seconds) and `max_retries`. Any string may be
`env:NAME`, read from that environment variable when it is used. A file holding a key in clear is
refused when anyone but its owner may read it, as ssh refuses a private key.
"""

from __future__ import annotations

import difflib
import os
import stat
import sys
import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

import attrs

from ._errors import ConfigurationError
from ._vendor import VendorInfo

__all__ = [
    "CONFIG_ENV",
    "ENV_PREFIX",
    "PROFILE_ENV",
    "ConfigFile",
    "Setting",
    "client_options",
    "config_path",
    "load_config",
    "resolve",
    "vendor_of",
]

CONFIG_ENV = "SCANKIT_CONFIG"
PROFILE_ENV = "SCANKIT_PROFILE"
ENV_PREFIX = "env:"
DEFAULT_PROFILE = "default"
_COMMON_KEYS = ("api_key", "base_url", "timeout", "max_retries")


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the file is: $SCANKIT_CONFIG, else $XDG_CONFIG_HOME/scankit/config.toml, else ~/.config/…"""
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "scankit" / "config.toml"


def _is_secret(key: str) -> bool:
    return key == "api_key" or key.endswith("_token")


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


@attrs.frozen
class ConfigFile:
    """The parsed file: `profiles[name][vendor slug]` is that vendor's table of settings."""

    path: Path
    profiles: Mapping[str, Mapping[str, Mapping[str, Any]]]

    def names(self) -> list[str]:
        return sorted(self.profiles)

    def profile(self, name: str) -> Mapping[str, Mapping[str, Any]]:
        """One profile's vendor tables; ConfigurationError (with a suggestion) when there is none."""
        if name not in self.profiles:
            known = ", ".join(self.names()) or "none"
            raise ConfigurationError(
                f"no profile {name!r} in {self.path} (profiles: {known}){_suggest(name, self.names())}"
            )
        return self.profiles[name]

    def default_name(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The profile used when none is named: $SCANKIT_PROFILE, else `default` if the file has one."""
        env = os.environ if environ is None else environ
        if env.get(PROFILE_ENV):
            return env[PROFILE_ENV]
        return DEFAULT_PROFILE if DEFAULT_PROFILE in self.profiles else None


def load_config(path: Path | None = None, *, missing_ok: bool = False, vendors: Collection[str] = ()) -> ConfigFile:
    """Read and check the file (`config_path()` by default). Raises ConfigurationError with the reason.

    With `missing_ok`, a file that does not exist reads as one with no profiles. `vendors`: the
    vendors' slugs (`scankit.vendors.SLUGS`), to refuse a table for a vendor that does not exist;
    the caller gives them, so reading a profile never imports the list of vendors.
    """
    path = path if path is not None else config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if missing_ok:
            return ConfigFile(path, {})
        raise ConfigurationError(
            f"no scankit config file at {path} (set {CONFIG_ENV} to use another; see `scankit config show`)"
        ) from None
    except OSError as exc:
        raise ConfigurationError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None
    profiles = _check(path, data, sorted(vendors))
    _check_permissions(path, profiles)
    return ConfigFile(path, profiles)


def _check(path: Path, data: Mapping[str, Any], slugs: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    extra = [k for k in data if k != "profiles"]
    if extra:
        raise ConfigurationError(
            f"{path}: unknown top-level key {extra[0]!r}; settings go under [profiles.<name>.<vendor>]"
        )
    profiles = data.get("profiles", {})
    if not isinstance(profiles, dict):
        raise ConfigurationError(f"{path}: `profiles` must be a table ([profiles.<name>.<vendor>])")
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for name, vendors in profiles.items():
        if not isinstance(vendors, dict):
            raise ConfigurationError(
                f"{path}: profile {name!r} must be a table of vendors ([profiles.{name}.<vendor>])"
            )
        out[name] = {}
        for slug, settings in vendors.items():
            where = f"{path}: [profiles.{name}.{slug}]"
            if slugs and slug not in slugs:
                raise ConfigurationError(
                    f"{where}: no vendor {slug!r} (vendors: {', '.join(slugs)}){_suggest(slug, slugs)}"
                )
            if not isinstance(settings, dict):
                raise ConfigurationError(f"{where} must be a table of settings (api_key = …, base_url = …)")
            for key, value in settings.items():
                if key in ("timeout",) and not (isinstance(value, int | float) and not isinstance(value, bool)):
                    raise ConfigurationError(f"{where}: timeout must be a number of seconds")
                if key == "max_retries" and not (isinstance(value, int) and not isinstance(value, bool)):
                    raise ConfigurationError(f"{where}: max_retries must be an integer")
                if key not in ("timeout", "max_retries") and not isinstance(value, str):
                    raise ConfigurationError(f"{where}: {key} must be a string")
            out[name][slug] = dict(settings)
    return out


def _check_permissions(path: Path, profiles: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
    in_clear = [
        f"profiles.{name}.{slug}.{key}"
        for name, vendors in profiles.items()
        for slug, settings in vendors.items()
        for key, value in settings.items()
        if _is_secret(key) and isinstance(value, str) and value and not value.startswith(ENV_PREFIX)
    ]
    if not in_clear or os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigurationError(
            f"{path} holds a key in clear ({in_clear[0]}) but others may read it (mode {mode:03o}): "
            f'run `chmod 600 {path}`, or write the key as "env:VARIABLE" and keep it in the environment'
        )


@attrs.frozen
class Setting:
    """One resolved setting and where it came from ("--api-key", "HOSTEDSCAN_API_KEY", "profile sandbox")."""

    value: Any
    source: str
    secret: bool = False


def _env_name(vendor: VendorInfo, key: str) -> str | None:
    stem = vendor.env_key.removesuffix("_API_KEY")
    if key == "api_key":
        return vendor.env_key
    if key == "base_url":
        return f"{stem}_BASE_URL"
    if key in {t.arg for t in vendor.auth.tokens}:
        return vendor.token_env_var(key)
    return None


def resolve(
    vendor: VendorInfo,
    profile: str | None,
    settings: Mapping[str, Any] | None,
    explicit: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    flag_names: Mapping[str, str] | None = None,
) -> dict[str, Setting]:
    """Each setting for `vendor` from the first place that has it: explicit > environment > profile.

    `settings` is the profile's table for this vendor; `explicit` what the caller passed (None or
    absent = not given); `flag_names` names them in `source` ("--api-key"). A profile value
    `env:NAME` is read from the environment here, and only when it is the one used.
    """
    env = os.environ if environ is None else environ
    settings = settings or {}
    explicit = explicit or {}
    tokens = [t.arg for t in vendor.auth.tokens]
    allowed = [*_COMMON_KEYS, *tokens]
    for key in settings:
        if key not in allowed:
            raise ConfigurationError(
                f"profile {profile!r}, {vendor.slug}: unknown setting {key!r} (settings: {', '.join(allowed)})"
                f"{_suggest(key, allowed)}"
            )
    out: dict[str, Setting] = {}
    for key in allowed:
        secret = _is_secret(key)
        if explicit.get(key) is not None:
            out[key] = Setting(explicit[key], (flag_names or {}).get(key, "argument"), secret)
            continue
        env_name = _env_name(vendor, key)
        if env_name and env.get(env_name):
            out[key] = Setting(env[env_name], env_name, secret)
            continue
        if key in settings:
            value = settings[key]
            source = f"profile {profile}"
            if isinstance(value, str) and value.startswith(ENV_PREFIX):
                name = value[len(ENV_PREFIX) :]
                if not env.get(name):
                    raise ConfigurationError(
                        f"profile {profile!r}, {vendor.slug}.{key} is {value!r}, but {name} is not set in the environment"
                    )
                value, source = env[name], f"profile {profile} ({value})"
            out[key] = Setting(value, source, secret)
    return out


def vendor_of(cls: type) -> VendorInfo:
    """The VendorInfo of a client class: the `VENDOR` of the facade module that defines it (or a base)."""
    for klass in cls.__mro__:
        info = getattr(sys.modules.get(klass.__module__), "VENDOR", None)
        if isinstance(info, VendorInfo):
            return info
    raise TypeError(f"{cls.__name__} is not a vendor client (no VENDOR in its module)")


def client_options(
    vendor: VendorInfo, name: str | None, *, path: str | os.PathLike[str] | None, explicit: Mapping[str, Any]
) -> dict[str, Any]:
    """The keyword arguments for a client of `vendor` from profile `name`, for `from_profile`."""
    config = load_config(Path(path) if path is not None else None)
    name = name or config.default_name()
    if not name:
        raise ConfigurationError(
            f"no profile named: pass one, or set {PROFILE_ENV} (profiles: {', '.join(config.names()) or 'none'})"
        )
    tables = config.profile(name)
    settings = tables.get(vendor.slug)
    if settings is None:
        raise ConfigurationError(
            f"profile {name!r} in {config.path} has no [profiles.{name}.{vendor.slug}] table"
            f"{_suggest(vendor.slug, sorted(tables))}"
        )
    passed = {k: v for k, v in explicit.items() if v is not None}
    resolved = resolve(vendor, name, settings, passed)
    out = dict(passed)
    out.update({k: s.value for k, s in resolved.items()})
    return out
