"""HostedScan: what a created scan scans, and creating a target that exists (``upsert``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._base import Call, Invalid

if TYPE_CHECKING:
    from .._engine import VendorApp


def create_scan(app: VendorApp, call: Call, body: dict[str, Any], scan: dict[str, Any], hidden: dict[str, Any]) -> None:
    """``targets`` (names, made targets when new), ``target_ids`` or ``tags`` -> ``requested_targets``."""
    given = next(k for k in ("targets", "target_ids", "tags") if body.get(k) is not None)
    values = list(dict.fromkeys(body[given]))
    if not values:
        raise Invalid(f"{given} must be a non-empty list of strings", field=given)
    targets = app.store["Target"]
    if given == "targets":
        chosen = [_target_for(app, name) for name in values]
    elif given == "target_ids":
        unknown = [v for v in values if targets.find(v) is None]
        if unknown:
            raise Invalid(f"Unknown target id {unknown[0]}", field="target_ids")
        chosen = [t for v in values if (t := targets.find(v)) is not None]
    else:
        chosen = [t for t in targets if set(t.get("tags") or []) & set(values)]
        if not chosen:
            raise Invalid("No target carries any of these tags", field="tags")
    scan["requested_targets"] = [{"target_id": t["id"], "target": t["target"]} for t in chosen]


def _target_for(app: VendorApp, name: str) -> dict[str, Any]:
    targets = app.store["Target"]
    existing = next((t for t in targets if t["target"] == name), None)
    if existing is not None:
        return existing
    target, hidden = app.gen.make("Target")
    target.update(target=name, label=None, tags=[])
    targets.add(target, hidden, first=True)
    return target


def create_target(
    app: VendorApp, call: Call, body: dict[str, Any], target: dict[str, Any], hidden: dict[str, Any]
) -> dict[str, Any] | None:
    """A target that exists already: refused, or (``?upsert=true``) given the new label and tags."""
    existing = next((t for t in app.store["Target"] if t["target"] == body["target"] and t is not target), None)
    if existing is None:
        return None
    if (call.query.get("upsert") or "").lower() not in ("true", "1"):
        raise Invalid(f"Target {body['target']} already exists", field="target")
    for key in ("label", "tags"):
        if key in body:
            existing[key] = body[key]
    return existing
