"""scankit.IncludedIndex: a scan's relationships resolved against the response's `included`."""

from __future__ import annotations

from typing import Any

import scankit
from scankit_passentry.models import IncludedResource, Pass, Reader, ScanEnvelope, ScanList

PASS_ID = "7882e98b-0eba-4625-9223-5221eb8dad7f"
ABSENT = object()  # no `pass` relationship at all (unlike `None`: `data: null`)


def scan(scan_id: str, pass_ref: Any, reader_id: str = "south-gate-1") -> dict[str, Any]:
    relationships: dict[str, Any] = {"reader": {"data": {"id": reader_id, "type": "reader"}}}
    if pass_ref is not ABSENT:
        relationships["pass"] = {"data": pass_ref}
    return {
        "id": scan_id,
        "type": "scan",
        "attributes": {
            "scanType": "nfc",
            "scanValue": "v",
            "validationType": "internalValidation",
            "status": "successful",
            "scannedAt": "2025-01-13T13:00:00Z",
        },
        "relationships": relationships,
    }


INCLUDED = [
    {"id": PASS_ID, "type": "pass", "attributes": {"status": "active", "passType": "storeCard"}},
    {"id": "south-gate-1", "type": "reader", "attributes": {"name": "South Gate"}},
    {"id": "evt-9", "type": "event", "attributes": {"name": "Final"}},
]


def test_resolves_each_relationship_to_its_typed_resource() -> None:
    page = ScanList.from_dict(
        {
            "data": [
                scan("0194d6a9-95b7-72dc-87fc-ecaed8c0b520", {"id": PASS_ID, "type": "pass"}),
                scan("0194d6a9-95b6-73b5-8904-7137e5250cb0", None),  # third-party validation: no pass
                scan("0194d6a9-95b5-7556-896c-693a6ef61c4d", ABSENT, reader_id="gone"),
            ]
        }
        | {"included": INCLUDED}
    )
    index = scankit.IncludedIndex(page.included)
    assert len(index) == 3
    first, no_pass, unknown_reader = page.data
    found = index.resolve(first.relationships.pass_, Pass)
    assert isinstance(found, Pass) and found.id == PASS_ID and found.attributes.status == "active"
    reader = index.resolve(first.relationships.reader, Reader)
    assert isinstance(reader, Reader) and reader.attributes.name == "South Gate"
    assert index.resolve(first.relationships.reader, Pass) is None  # asked for the wrong class
    assert index.get(no_pass.relationships.pass_) is None  # data: null
    assert index.get(unknown_reader.relationships.pass_) is None  # no pass relationship at all
    assert index.get(unknown_reader.relationships.reader) is None  # not included
    assert [type(r) for r in index] == [Pass, Reader, IncludedResource]


def test_a_resource_identifier_works_as_well_as_a_relationship() -> None:
    doc = ScanEnvelope.from_dict({"data": scan(PASS_ID, {"id": PASS_ID, "type": "pass"}), "included": INCLUDED})
    index = scankit.IncludedIndex(doc.included)
    pass_ref = doc.data.relationships.pass_
    assert pass_ref is not None
    assert index.get(pass_ref.data) is index.get(pass_ref)


def test_no_included_gives_an_empty_index() -> None:
    doc = ScanEnvelope.from_dict({"data": scan(PASS_ID, {"id": PASS_ID, "type": "pass"})})
    assert doc.included is None
    index = scankit.IncludedIndex(doc.included)
    assert len(index) == 0
    assert index.get(doc.data.relationships.pass_) is None
    assert len(scankit.IncludedIndex(None)) == 0
