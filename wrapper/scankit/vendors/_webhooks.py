"""`scankit.webhooks`' functions, typed per vendor: each vendor whose spec declares x-scankit-webhooks.

Written by `make generate` from the specs; do not edit. The checks themselves are `scankit._webhooks`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from scankit import _webhooks as _engine
from scankit._vendor import VendorInfo
from scankit._webhooks import DEFAULT_TOLERANCE, Payload, Secret, Secrets

from . import vendor_info

if TYPE_CHECKING:
    from .cloneguard import WebhookPayload as CloneGuardWebhookEvent
    from .hostedscan import WebhookPayload as HostedScanWebhookEvent
    from .passentry import WebhookPayload as PassEntryWebhookEvent


def _vendor(vendor: str) -> VendorInfo:
    """The vendor's `VendorInfo`; a ConfigurationError when it is unknown or sends no webhooks scankit knows of."""
    return _engine.require(vendor_info(vendor))


@overload
def unwrap(
    vendor: Literal["cloneguard"],
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> CloneGuardWebhookEvent: ...
@overload
def unwrap(
    vendor: Literal["hostedscan"],
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> HostedScanWebhookEvent: ...
@overload
def unwrap(
    vendor: Literal["passentry"],
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> PassEntryWebhookEvent: ...
def unwrap(
    vendor: str,
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> Any:
    """Verify one delivery and return the vendor's typed event (its spec's webhook model).

    ``payload``: the request body exactly as received (bytes; never re-serialised JSON).
    ``headers``: the request headers (any mapping; names are matched case-insensitively).
    ``secret``: the endpoint's signing secret, or several while you rotate them; default: the
    ``<VENDOR>_WEBHOOK_SECRET`` environment variable. ``tolerance``: seconds a signed timestamp may
    be away from now, either way (``None`` turns the check off: replays are then accepted).
    ``clock``: unix seconds, for tests.

    Raises :class:`WebhookVerificationError` (answer 400) or :class:`scankit.ConfigurationError`
    (no secret configured).
    """
    return _engine.unwrap(_vendor(vendor), payload, headers, secret=secret, tolerance=tolerance, clock=clock)


@overload
def verify(
    vendor: Literal["cloneguard", "hostedscan", "passentry"],
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> None: ...
@overload
def verify(
    vendor: str,
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> None: ...
def verify(
    vendor: str,
    payload: Payload,
    headers: Mapping[str, str],
    *,
    secret: Secrets | None = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    clock: Callable[[], float] | None = None,
) -> None:
    """Like :func:`unwrap`, without parsing: returns None or raises :class:`WebhookVerificationError`."""
    _engine.verify(_vendor(vendor), payload, headers, secret=secret, tolerance=tolerance, clock=clock)


@overload
def parse_unverified(vendor: Literal["cloneguard"], payload: Payload) -> CloneGuardWebhookEvent: ...
@overload
def parse_unverified(vendor: Literal["hostedscan"], payload: Payload) -> HostedScanWebhookEvent: ...
@overload
def parse_unverified(vendor: Literal["passentry"], payload: Payload) -> PassEntryWebhookEvent: ...
def parse_unverified(vendor: str, payload: Payload) -> Any:
    """Parse a body into the vendor's event model WITHOUT checking that the vendor sent it.

    Anyone can POST anything to a webhook URL: use this only for a body you already trust (one
    you stored after verifying it, a fixture), or for a vendor whose signing scheme is unknown
    and that you authenticate another way. Raises :class:`WebhookVerificationError` (``payload``)
    when the body is not the vendor's event.
    """
    return _engine.parse_unverified(_vendor(vendor), payload)


def sign(
    vendor: str,
    payload: Payload,
    secret: Secret,
    *,
    timestamp: float | None = None,
    event_type: str | None = None,
    delivery_id: str | None = None,
) -> dict[str, str]:
    """The headers the vendor would send with ``payload``: for your tests and for the sandbox.

    ``timestamp`` (unix seconds, default now) goes in the vendor's timestamp header when it has
    one; ``event_type`` and ``delivery_id`` go in the vendor's headers for them when it has those.
    """
    return _engine.sign(
        _vendor(vendor), payload, secret, timestamp=timestamp, event_type=event_type, delivery_id=delivery_id
    )


def _event_fields(vendor: str, payload: Payload, headers: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The event's type and id, wherever the vendor puts them (header or body). For the command line."""
    return _engine.event_fields(_vendor(vendor), payload, headers)
