"""PassEntry: a scan made through the API is validated against the account's passes (create) or
recorded with the outcome the caller's own system decided (log)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base import Call

if TYPE_CHECKING:
    from .._engine import VendorApp

_INSTRUCTIONS = {
    None: "Welcome!",
    "Pass not found": "Sorry, we could not find your pass. Please contact the venue for assistance.",
    "Pass is not active": "Sorry, your pass is not active. Please contact the venue for assistance.",
}


def _record(app: VendorApp, given: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> Any:
    """The reader and the pass the body names (a pass by its UUID or its external id), linked in."""
    reader_id = str(given.get("readerId") or scan["relationships"]["reader"]["data"]["id"])
    reader = app.store["Reader"].find(reader_id)
    scan["relationships"]["reader"]["data"] = {"id": reader_id, "type": "reader"}
    hidden["entity"] = app.hidden(reader).get("entity") if reader is not None else None
    value = given.get("passId")
    passes = app.store["Pass"]
    found = passes.find(value) if value else None
    if found is None and value:
        found = next((p for p in passes if p["attributes"].get("extId") == value), None)
    scan["relationships"]["pass"]["data"] = {"id": found["id"], "type": "pass"} if found else None
    hidden.update(
        extId=found["attributes"].get("extId") if found else None,
        groupTag=app.hidden(found).get("group") if found else None,
        passTemplateName=found["attributes"].get("passTemplateName") if found else None,
        loyalty=None,
    )
    if given.get("scanType"):
        scan["attributes"]["scanType"] = given["scanType"]
    return found


def create_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    """Internal validation: the pass must exist and be active; a loyalty change is applied to it."""
    given = body.get("scan") or {}
    found = _record(app, given, scan, hidden)
    attributes = scan["attributes"]
    attributes["scanValue"] = str(given.get("passId") or "")
    attributes["validationType"] = "internalValidation"
    if found is None:
        detail: str | None = "Pass not found"
    elif found["attributes"].get("status") in ("removed", "deactivated"):
        detail = "Pass is not active"
    else:
        detail = None
    attributes["status"] = "failed" if detail else "successful"
    attributes["statusDetail"] = detail
    hidden["message"] = _INSTRUCTIONS[detail]
    change = (given.get("loyalty") or {}).get("balance")
    if found is not None and detail is None and change is not None:
        pass_hidden = app.hidden(found)
        pass_hidden["balance"] = pass_hidden.get("balance", 0) + change
        hidden["loyalty"] = {
            "balanceChange": f"{change:g}",
            "updatedBalance": f"{pass_hidden['balance']:g}",
            "operation": "add" if change >= 0 else "deduct",
        }


def log_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    """Third-party validation: the outcome and the value are the caller's, recorded as they are."""
    given = body.get("scan") or {}
    _record(app, given, scan, hidden)
    attributes = scan["attributes"]
    attributes["validationType"] = "externalValidation"
    attributes["scanValue"] = str(given.get("scanValue") or given.get("passId") or "")
    attributes["status"] = given.get("status") or "successful"
    attributes["statusDetail"] = given.get("statusDetail")
