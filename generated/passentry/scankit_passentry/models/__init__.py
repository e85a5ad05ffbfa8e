"""Contains all the data models used in inputs/outputs"""

from .barcode import Barcode
from .device_type import DeviceType
from .error_body import ErrorBody
from .included_attributes import IncludedAttributes
from .included_resource import IncludedResource
from .links import Links
from .loyalty_change import LoyaltyChange
from .loyalty_result import LoyaltyResult
from .pass_ import Pass
from .pass_attributes import PassAttributes
from .pass_content import PassContent
from .pass_relationship import PassRelationship
from .pass_status import PassStatus
from .pass_type import PassType
from .reader import Reader
from .reader_attributes import ReaderAttributes
from .reader_instructions import ReaderInstructions
from .reader_relationship import ReaderRelationship
from .reader_type import ReaderType
from .resource_identifier import ResourceIdentifier
from .resource_type import ResourceType
from .scan import Scan
from .scan_attributes import ScanAttributes
from .scan_create import ScanCreate
from .scan_create_request import ScanCreateRequest
from .scan_envelope import ScanEnvelope
from .scan_info import ScanInfo
from .scan_list import ScanList
from .scan_list_meta import ScanListMeta
from .scan_log import ScanLog
from .scan_log_request import ScanLogRequest
from .scan_logged import ScanLogged
from .scan_relationships import ScanRelationships
from .scan_status import ScanStatus
from .scan_type import ScanType
from .scan_validation import ScanValidation
from .validation_response import ValidationResponse
from .validation_status import ValidationStatus
from .validation_type import ValidationType
from .webhook_event import WebhookEvent
from .webhook_event_attributes import WebhookEventAttributes
from .webhook_event_relationships import WebhookEventRelationships
from .webhook_event_resource import WebhookEventResource
from .webhook_relationship import WebhookRelationship
from .webhook_resource_identifier import WebhookResourceIdentifier
from .webhook_type import WebhookType

__all__ = (
    "Barcode",
    "DeviceType",
    "ErrorBody",
    "IncludedAttributes",
    "IncludedResource",
    "Links",
    "LoyaltyChange",
    "LoyaltyResult",
    "Pass",
    "PassAttributes",
    "PassContent",
    "PassRelationship",
    "PassStatus",
    "PassType",
    "Reader",
    "ReaderAttributes",
    "ReaderInstructions",
    "ReaderRelationship",
    "ReaderType",
    "ResourceIdentifier",
    "ResourceType",
    "Scan",
    "ScanAttributes",
    "ScanCreate",
    "ScanCreateRequest",
    "ScanEnvelope",
    "ScanInfo",
    "ScanList",
    "ScanListMeta",
    "ScanLog",
    "ScanLogged",
    "ScanLogRequest",
    "ScanRelationships",
    "ScanStatus",
    "ScanType",
    "ScanValidation",
    "ValidationResponse",
    "ValidationStatus",
    "ValidationType",
    "WebhookEvent",
    "WebhookEventAttributes",
    "WebhookEventRelationships",
    "WebhookEventResource",
    "WebhookRelationship",
    "WebhookResourceIdentifier",
    "WebhookType",
)
