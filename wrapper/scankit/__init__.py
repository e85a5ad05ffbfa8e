"""scankit: typed clients for the scans APIs of 5 vendors, that all behave alike.

    import scankit

    hs = scankit.HostedScan()                  # key from HOSTEDSCAN_API_KEY
    for scan in hs.scans.list(filters={"state": ["RUNNING"]}):
        print(scan.id, scan.state)

Each vendor client is imported on first use, so only the vendor packages you installed are needed
(`pip install "scankit[hostedscan]"`).

Written by `make generate` from codegen/scankit_codegen/templates/facade/init.py.jinja and the specs:
edit the template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from ._logging import setup_logging
from ._pagination import AsyncPaginator, Page, SyncPaginator
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._transport import DEFAULT_MAX_RESPONSE_BYTES
from ._types import OMIT, Omit
from ._version import __version__ as __version__
from ._waiter import DEFAULT_WAIT_TIMEOUT, WaitStatus
from .jsonapi import IncludedIndex
from .webhooks import WebhookVerificationError

if TYPE_CHECKING:
    from .vendors.advalidation import Advalidation, AsyncAdvalidation
    from .vendors.cloneguard import AsyncCloneGuard, CloneGuard
    from .vendors.hostedscan import AsyncHostedScan, HostedScan
    from .vendors.packagex import AsyncPackageX, PackageX
    from .vendors.passentry import AsyncPassEntry, PassEntry

if not TYPE_CHECKING:
    # Defined only at run time: to a type checker the module has exactly the names above, so a
    # typo (`scankit.HostedScn`) is an error rather than a silent `Any`.
    def __getattr__(name: str) -> object:
        from .vendors import client

        return client(name)  # imports the vendor's facade on first use


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
