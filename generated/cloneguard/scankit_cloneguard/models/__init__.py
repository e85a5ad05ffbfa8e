"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .list_meta import ListMeta
from .scan import Scan
from .scan_action_result import ScanActionResult
from .scan_attributes import ScanAttributes
from .scan_bulk_delete import ScanBulkDelete
from .scan_create import ScanCreate
from .scan_envelope import ScanEnvelope
from .scan_list import ScanList
from .scan_search import ScanSearch
from .scan_sort_by import ScanSortBy
from .scan_status import ScanStatus
from .scan_target import ScanTarget
from .scan_update import ScanUpdate
from .session_token import SessionToken
from .sign_in_credentials import SignInCredentials
from .webhook_event import WebhookEvent
from .webhook_event_resource import WebhookEventResource

__all__ = (
    "ErrorBody",
    "ListMeta",
    "Scan",
    "ScanActionResult",
    "ScanAttributes",
    "ScanBulkDelete",
    "ScanCreate",
    "ScanEnvelope",
    "ScanList",
    "ScanSearch",
    "ScanSortBy",
    "ScanStatus",
    "ScanTarget",
    "ScanUpdate",
    "SessionToken",
    "SignInCredentials",
    "WebhookEvent",
    "WebhookEventResource",
)
