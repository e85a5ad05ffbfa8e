"""Contains all the data models used in inputs/outputs"""

from .campaign import Campaign
from .campaign_create import CampaignCreate
from .campaign_envelope import CampaignEnvelope
from .campaign_list import CampaignList
from .campaign_type import CampaignType
from .check_attribute import CheckAttribute
from .check_outcome import CheckOutcome
from .check_result import CheckResult
from .creative import Creative
from .creative_envelope import CreativeEnvelope
from .creative_list import CreativeList
from .creative_upload import CreativeUpload
from .creative_variation import CreativeVariation
from .creative_variation_list import CreativeVariationList
from .error_body import ErrorBody
from .error_issue import ErrorIssue
from .error_section import ErrorSection
from .meta import Meta
from .pagination import Pagination
from .rescan_request import RescanRequest
from .scan import Scan
from .scan_envelope import ScanEnvelope
from .scan_processing_status import ScanProcessingStatus

__all__ = (
    "Campaign",
    "CampaignCreate",
    "CampaignEnvelope",
    "CampaignList",
    "CampaignType",
    "CheckAttribute",
    "CheckOutcome",
    "CheckResult",
    "Creative",
    "CreativeEnvelope",
    "CreativeList",
    "CreativeUpload",
    "CreativeVariation",
    "CreativeVariationList",
    "ErrorBody",
    "ErrorIssue",
    "ErrorSection",
    "Meta",
    "Pagination",
    "RescanRequest",
    "Scan",
    "ScanEnvelope",
    "ScanProcessingStatus",
)
