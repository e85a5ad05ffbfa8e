"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .list_meta import ListMeta
from .open_attributes import OpenAttributes
from .report import Report
from .report_action_result import ReportActionResult
from .report_attributes import ReportAttributes
from .report_attributes_files import ReportAttributesFiles
from .report_attributes_task import ReportAttributesTask
from .report_bulk_delete import ReportBulkDelete
from .report_envelope import ReportEnvelope
from .report_file_state import ReportFileState
from .report_file_type import ReportFileType
from .report_list import ReportList
from .report_result_counts import ReportResultCounts
from .scan import Scan
from .scan_action_result import ScanActionResult
from .scan_attributes import ScanAttributes
from .scan_bulk_delete import ScanBulkDelete
from .scan_create import ScanCreate
from .scan_envelope import ScanEnvelope
from .scan_history import ScanHistory
from .scan_history_envelope import ScanHistoryEnvelope
from .scan_history_list import ScanHistoryList
from .scan_host import ScanHost
from .scan_host_envelope import ScanHostEnvelope
from .scan_host_list import ScanHostList
from .scan_list import ScanList
from .scan_search import ScanSearch
from .scan_sort_by import ScanSortBy
from .scan_statistics import ScanStatistics
from .scan_status import ScanStatus
from .scan_target import ScanTarget
from .scan_update import ScanUpdate
from .session_token import SessionToken
from .sign_in_credentials import SignInCredentials
from .vulnerability import Vulnerability
from .vulnerability_attributes import VulnerabilityAttributes
from .vulnerability_attributes_nvt import VulnerabilityAttributesNvt
from .vulnerability_attributes_overrides import VulnerabilityAttributesOverrides
from .vulnerability_envelope import VulnerabilityEnvelope
from .vulnerability_list import VulnerabilityList
from .webhook_event import WebhookEvent
from .webhook_event_resource import WebhookEventResource

__all__ = (
    "ErrorBody",
    "ListMeta",
    "OpenAttributes",
    "Report",
    "ReportActionResult",
    "ReportAttributes",
    "ReportAttributesFiles",
    "ReportAttributesTask",
    "ReportBulkDelete",
    "ReportEnvelope",
    "ReportFileState",
    "ReportFileType",
    "ReportList",
    "ReportResultCounts",
    "Scan",
    "ScanActionResult",
    "ScanAttributes",
    "ScanBulkDelete",
    "ScanCreate",
    "ScanEnvelope",
    "ScanHistory",
    "ScanHistoryEnvelope",
    "ScanHistoryList",
    "ScanHost",
    "ScanHostEnvelope",
    "ScanHostList",
    "ScanList",
    "ScanSearch",
    "ScanSortBy",
    "ScanStatistics",
    "ScanStatus",
    "ScanTarget",
    "ScanUpdate",
    "SessionToken",
    "SignInCredentials",
    "Vulnerability",
    "VulnerabilityAttributes",
    "VulnerabilityAttributesNvt",
    "VulnerabilityAttributesOverrides",
    "VulnerabilityEnvelope",
    "VulnerabilityList",
    "WebhookEvent",
    "WebhookEventResource",
)
