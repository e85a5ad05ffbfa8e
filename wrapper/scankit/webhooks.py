"""Verify a vendor's webhook signature, then hand back the typed event.

    import scankit

    event = scankit.webhooks.unwrap("hostedscan", raw_body, request.headers)  # secret: HOSTEDSCAN_WEBHOOK_SECRET
    if event.type_ == "scan.updated":
        print(event.data.id, event.data.state)

How each vendor signs (header, HMAC scheme, what is signed, where the timestamp is) is declared in
its spec's ``x-scankit-webhooks`` block. The order is fixed: the signature is checked over the raw
bytes as received (``hmac.compare_digest``, each secret in turn), then the timestamp against the
tolerance, and only then is the body parsed. Any failure raises :class:`WebhookVerificationError`
naming the check that failed; no message ever contains a secret or a received signature.

Only the standard library is used for the checks, nothing does I/O, and nothing awaits: the same
calls serve sync and async web frameworks. The functions take the vendor's slug and are typed per
vendor (generated from the specs: ``scankit.vendors._webhooks``); the checks are ``scankit._webhooks``.
"""

from __future__ import annotations

from ._webhooks import DEFAULT_TOLERANCE, WebhookResource, WebhookVerificationError
from ._webhooks import _parse as _parse  # scankit's command line (scankit.cli) uses these four
from ._webhooks import _verify as _verify
from .vendors._webhooks import _event_fields as _event_fields
from .vendors._webhooks import _vendor as _vendor
from .vendors._webhooks import parse_unverified, sign, unwrap, verify

__all__ = [
    "DEFAULT_TOLERANCE",
    "WebhookResource",
    "WebhookVerificationError",
    "parse_unverified",
    "sign",
    "unwrap",
    "verify",
]
