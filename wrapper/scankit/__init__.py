"""scankit: typed clients for five vendors' scans APIs that all behave alike.

    import scankit

    hs = scankit.HostedScan()                  # key from HOSTEDSCAN_API_KEY
    for scan in hs.scans.list(filters={"state": ["RUNNING"]}):
        print(scan.id, scan.state)

Each vendor client is imported on first use, so only the vendor packages you installed are needed
(`pip install "scankit[hostedscan]"`).
"""

from __future__ import annotations

import importlib
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

_VENDOR_CLIENTS = {
    "Advalidation": "advalidation",
    "AsyncAdvalidation": "advalidation",
    "AsyncCloneGuard": "cloneguard",
    "AsyncHostedScan": "hostedscan",
    "AsyncPackageX": "packagex",
    "AsyncPassEntry": "passentry",
    "CloneGuard": "cloneguard",
    "HostedScan": "hostedscan",
    "PackageX": "packagex",
    "PassEntry": "passentry",
}


if not TYPE_CHECKING:
    # Defined only at run time: to a type checker the module has exactly the names above, so a
    # typo (`scankit.HostedScn`) is an error rather than a silent `Any`.
    def __getattr__(name: str) -> object:
        slug = _VENDOR_CLIENTS.get(name)
        if slug is None:
            raise AttributeError(f"module 'scankit' has no attribute {name!r}")
        try:
            module = importlib.import_module(f".vendors.{slug}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"scankit_{slug}":
                raise
            raise ImportError(
                f"scankit.{name} needs the scankit-{slug} package: pip install 'scankit[{slug}]'"
            ) from exc
        return getattr(module, name)


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
    "CloneGuard",
    "ConfigurationError",
    "ConflictError",
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
    "ResponseTooLargeError",
    "ResponseValidationError",
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
