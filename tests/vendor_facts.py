"""What the tests ask of any vendor, read from its spec: so a new spec is tested by existing.

- `listing(v)`: the list the README loops over (a paginated operation needing no argument);
  `reader(v)`: the GET of one of its items (`GET /v1/scans/{id}`), None when the spec has none.
- `command(v, op)`: the generated CLI's words for an operation (`campaigns list-creatives`).
- `missing_id(schema, like)`: an id of the form a path parameter's schema gives (a UUID, a number,
  something shaped like its example or a real id) that names nothing.
- `credentials(v, key, token)`: the environment a CLI run needs: the key variable of `x-scankit`,
  a token argument's variable and a base URL (a vendor may have no default host).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from scankit.cli._discovery import load_vendor as cli_vendor
from scankit_codegen.extensions import Operation, VendorSpec, load_vendor
from scankit_codegen.openapi import resolve
from scankit_codegen.readme import item_reader
from scankit_codegen.readme import listing as readme_listing

MISSING_UUID = "0194d6a9-95b7-72dc-87fc-ecaed8c0b5ff"  # in no sandbox data set (their ids are random)
MISSING_NUMBER = 999_999_999


@functools.cache
def model(vendor: str) -> VendorSpec:
    return load_vendor(vendor)


def listing(vendor: str) -> Operation:
    return readme_listing(model(vendor))


def reader(vendor: str) -> Operation | None:
    return item_reader(model(vendor), listing(vendor))


def command(vendor: str, op: Operation) -> list[str]:
    """`scankit <vendor> <resource> <verb>` for the operation: the CLI's own command names."""
    for resource in cli_vendor(vendor).resources:
        if resource.name == op.tag:
            verb = next((v for v in resource.verbs if v.name == op.verb), None)
            if verb is not None:
                return [resource.command, verb.command]
    raise AssertionError(f"{vendor}: the CLI has no command for {op.call} ({op.where})")


def id_schema(vendor: str, op: Operation) -> Mapping[str, Any]:
    """The schema of the operation's last path parameter (the item's id)."""
    name = re.findall(r"\{(\w+)\}", op.path)[-1]
    param = next(p for p in op.parameters if p["in"] == "path" and p["name"] == name)
    schema: Mapping[str, Any] = resolve(model(vendor).document, param.get("schema") or {})
    return schema


def _shaped(value: str) -> str:
    """Another value of the same shape: digits stay digits, hex stays hex, letters keep their case;
    a prefix before the last `_` (`scan_`) is kept."""
    head, sep, tail = value.rpartition("_")
    out = "".join(
        "9" if c.isdigit() else "f" if c in "abcdef" else "z" if c.islower() else "Z" if c.isupper() else c
        for c in tail
    )
    return f"{head}{sep}{out}"


def missing_id(schema: Mapping[str, Any], like: str | None = None) -> str:
    """An id the schema accepts that names nothing: `like` (a real id) shapes a plain string."""
    if schema.get("format") == "uuid":
        return MISSING_UUID
    if schema.get("type") == "integer":
        return str(min(MISSING_NUMBER, int(schema.get("maximum", MISSING_NUMBER))))
    example = schema.get("example")
    return _shaped(str(example if example is not None else like or "no-such-id"))


def credentials(vendor: str, key: str, token: str) -> dict[str, str]:
    """The key variable set to `key`, a base URL, and the variable of the last token scheme (where
    there are several, a client takes one of them) set to `token`."""
    cli = cli_vendor(vendor)
    env = {cli.info.env_key: key, cli.base_url_env: f"https://api.{vendor}.test"}
    if cli.token_envs:
        env[cli.token_envs[-1]] = token
    return env


def token_env(vendor: str, arg: str) -> str:
    """The variable a token argument is read from: `<stem>_<ARG>` (`CLONEGUARD_ACCESS_TOKEN`)."""
    return cli_vendor(vendor).info.token_env_var(arg)
