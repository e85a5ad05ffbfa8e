"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .report_create import ReportCreate
from .report_created import ReportCreated
from .report_format import ReportFormat
from .report_ref import ReportRef
from .report_risks_filter import ReportRisksFilter
from .report_targets_filter import ReportTargetsFilter
from .requested_target import RequestedTarget
from .resolved_target import ResolvedTarget
from .result_content_type import ResultContentType
from .risk import Risk
from .risk_acceptance import RiskAcceptance
from .risk_additional_info import RiskAdditionalInfo
from .risk_definition import RiskDefinition
from .risk_envelope import RiskEnvelope
from .risk_filters import RiskFilters
from .risk_list import RiskList
from .risk_ref import RiskRef
from .risk_status import RiskStatus
from .scan import Scan
from .scan_create import ScanCreate
from .scan_envelope import ScanEnvelope
from .scan_filters import ScanFilters
from .scan_list import ScanList
from .scan_result import ScanResult
from .scan_risks import ScanRisks
from .scan_state import ScanState
from .scan_type import ScanType
from .skipped_target import SkippedTarget
from .target import Target
from .target_create import TargetCreate
from .target_envelope import TargetEnvelope
from .target_filters import TargetFilters
from .target_list import TargetList
from .target_update import TargetUpdate
from .threat_level import ThreatLevel
from .webhook_event import WebhookEvent
from .webhook_event_data import WebhookEventData
from .webhook_event_type import WebhookEventType

__all__ = (
    "ErrorBody",
    "ReportCreate",
    "ReportCreated",
    "ReportFormat",
    "ReportRef",
    "ReportRisksFilter",
    "ReportTargetsFilter",
    "RequestedTarget",
    "ResolvedTarget",
    "ResultContentType",
    "Risk",
    "RiskAcceptance",
    "RiskAdditionalInfo",
    "RiskDefinition",
    "RiskEnvelope",
    "RiskFilters",
    "RiskList",
    "RiskRef",
    "RiskStatus",
    "Scan",
    "ScanCreate",
    "ScanEnvelope",
    "ScanFilters",
    "ScanList",
    "ScanResult",
    "ScanRisks",
    "ScanState",
    "ScanType",
    "SkippedTarget",
    "Target",
    "TargetCreate",
    "TargetEnvelope",
    "TargetFilters",
    "TargetList",
    "TargetUpdate",
    "ThreatLevel",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
)
