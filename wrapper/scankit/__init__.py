"""scankit: typed clients for the scans APIs of 5 vendors, that all behave alike.

```python
import scankit

hs = scankit.HostedScan()                  # key from HOSTEDSCAN_API_KEY
for scan in hs.scans.list(filters={"state": ["RUNNING"]}):
    print(scan.id, scan.state)
```

Each vendor client is imported on first use, so only the vendor packages you installed are needed
(`pip install "scankit[hostedscan]"`).
"""

# Written by `make generate` from codegen/scankit_codegen/templates/facade/init.py.jinja and the specs: edit the template.
#
# Every public name is imported on first use (PEP 562's module `__getattr__`): `import scankit` loads
# neither httpx nor a vendor's package, and `scankit --help` starts at once. A type checker reads the
# names from the `TYPE_CHECKING` imports; `_LAZY` says where the same names live at run time, from
# the same table in the template, and tests/test_public_api.py checks that the two agree.

from __future__ import annotations

from typing import TYPE_CHECKING

from ._logging import setup_logging
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from . import webhooks
    from ._base import DEFAULT_MAX_RETRIES, DEFAULT_PAGE_CONCURRENCY, DEFAULT_TIMEOUT
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        InvalidParameterError,
        MissingAPIKeyError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseTooLargeError,
        ResponseValidationError,
        ScankitError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from ._hooks import ErrorEvent, Hooks, RequestEvent, ResponseEvent, RetryEvent
    from ._pagination import AsyncPaginator, Page, SyncPaginator
    from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
    from ._transport import DEFAULT_MAX_RESPONSE_BYTES
    from ._types import OMIT, Omit
    from ._waiter import DEFAULT_WAIT_TIMEOUT, WaitStatus
    from ._webhooks import WebhookVerificationError
    from .jsonapi import IncludedIndex
    from .vendors.advalidation import Advalidation, AsyncAdvalidation
    from .vendors.cloneguard import AsyncCloneGuard, CloneGuard
    from .vendors.hostedscan import AsyncHostedScan, HostedScan
    from .vendors.packagex import AsyncPackageX, PackageX
    from .vendors.passentry import AsyncPassEntry, PassEntry

_LAZY: dict[str, str] = {
    "DEFAULT_MAX_RETRIES": "_base",
    "DEFAULT_PAGE_CONCURRENCY": "_base",
    "DEFAULT_TIMEOUT": "_base",
    "APIConnectionError": "_errors",
    "APIError": "_errors",
    "APIStatusError": "_errors",
    "APITimeoutError": "_errors",
    "AuthenticationError": "_errors",
    "BadRequestError": "_errors",
    "ClientClosedError": "_errors",
    "ConfigurationError": "_errors",
    "ConflictError": "_errors",
    "InternalServerError": "_errors",
    "InvalidParameterError": "_errors",
    "MissingAPIKeyError": "_errors",
    "NotFoundError": "_errors",
    "PaginationError": "_errors",
    "PermissionDeniedError": "_errors",
    "RateLimitError": "_errors",
    "ResponseTooLargeError": "_errors",
    "ResponseValidationError": "_errors",
    "ScankitError": "_errors",
    "UnprocessableEntityError": "_errors",
    "WaitTimeoutError": "_errors",
    "ErrorEvent": "_hooks",
    "Hooks": "_hooks",
    "RequestEvent": "_hooks",
    "ResponseEvent": "_hooks",
    "RetryEvent": "_hooks",
    "AsyncPaginator": "_pagination",
    "Page": "_pagination",
    "SyncPaginator": "_pagination",
    "AsyncStreamedResponse": "_response",
    "RawResponse": "_response",
    "StreamedResponse": "_response",
    "DEFAULT_MAX_RESPONSE_BYTES": "_transport",
    "OMIT": "_types",
    "Omit": "_types",
    "DEFAULT_WAIT_TIMEOUT": "_waiter",
    "WaitStatus": "_waiter",
    "IncludedIndex": "jsonapi",
    "WebhookVerificationError": "_webhooks",
    "webhooks": "webhooks",  # the module itself
}
"""Each public name (but the vendors' clients: `scankit.vendors.CLIENTS`) -> the module defining it."""

if not TYPE_CHECKING:
    # Defined only at run time: to a type checker the module has exactly the names imported above,
    # so a typo (`scankit.HostedScn`) is an error rather than a silent `Any`.
    def __getattr__(name: str) -> object:
        import importlib

        module = _LAZY.get(name)
        if module is None:
            from .vendors import client

            value = client(name)  # a vendor's client, importing its facade; AttributeError for any other name
        elif module == name:
            value = importlib.import_module(f"{__name__}.{name}")
        else:
            value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # once: the next lookup is an ordinary attribute
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_CONCURRENCY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT_TIMEOUT",
    "OMIT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Advalidation",
    "AsyncAdvalidation",
    "AsyncCloneGuard",
    "AsyncHostedScan",
    "AsyncPackageX",
    "AsyncPaginator",
    "AsyncPassEntry",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "CloneGuard",
    "ConfigurationError",
    "ConflictError",
    "ErrorEvent",
    "Hooks",
    "HostedScan",
    "IncludedIndex",
    "InternalServerError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "Omit",
    "PackageX",
    "Page",
    "PaginationError",
    "PassEntry",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RequestEvent",
    "ResponseEvent",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryEvent",
    "ScankitError",
    "StreamedResponse",
    "SyncPaginator",
    "UnprocessableEntityError",
    "WaitStatus",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "webhooks",
]

setup_logging()
