"""Mistakes the types must catch. Each line below carries an ignore comment for its error; with
`reportUnnecessaryTypeIgnoreComment` (pyright) and `warn_unused_ignores` (mypy --strict), the run
fails if the error disappears, i.e. if the mistake stops being caught.
"""

from __future__ import annotations

import scankit
from scankit_hostedscan.models import Scan


def typo_in_a_client_name() -> None:
    scankit.HostedScn()  # type: ignore[attr-defined]


def typo_in_an_error_name(client: scankit.HostedScan) -> None:
    try:
        client.scans.get("s1")
    except scankit.NotFoundErorr:  # type: ignore[attr-defined]
        print("not found")


def misspelled_enum_filter(client: scankit.PassEntry) -> None:
    client.scans.list(status="sucessful")  # type: ignore[arg-type]


def misspelled_enum_in_filters(client: scankit.HostedScan) -> None:
    client.scans.list(filters={"state": ["RUNING"]})  # type: ignore[arg-type]


def wrong_filters_key(client: scankit.HostedScan) -> None:
    client.scans.list(filters={"sate": ["RUNNING"]})  # type: ignore[arg-type]


def wrong_body_key(client: scankit.HostedScan) -> None:
    client.scans.create(body={"type": "NMAP", "target": ["example.com"]})  # type: ignore[arg-type]


def optional_field_used_unchecked(scan: Scan) -> int:
    return scan.progress + 1  # type: ignore[operator]


def hook_for_another_event() -> None:
    def on_error(event: scankit.ErrorEvent) -> None:
        print(event.error)

    scankit.HostedScan(hooks=scankit.Hooks(on_retry=on_error))  # type: ignore[arg-type]


def an_event_is_read_only(event: scankit.RequestEvent) -> None:
    event.url = "https://elsewhere.test"  # type: ignore[misc]


def since_on_a_list_that_declares_no_incremental_reads(client: scankit.HostedScan) -> None:
    client.scans.list(since=None)  # type: ignore[call-arg]


def since_as_a_string(client: scankit.PassEntry) -> None:
    client.scans.list(since="2025-06-01T00:00:00Z")  # type: ignore[arg-type]
