"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .contact import Contact
from .contact_matches import ContactMatches
from .create_scan_request import CreateScanRequest
from .dimensions import Dimensions
from .error_envelope import ErrorEnvelope
from .extracted_label import ExtractedLabel
from .metadata import Metadata
from .pagination import Pagination
from .scan import Scan
from .scan_envelope import ScanEnvelope
from .scan_list import ScanList
from .scan_options import ScanOptions
from .scan_party import ScanParty
from .scan_type import ScanType
from .search_relevance import SearchRelevance

__all__ = (
    "Address",
    "Contact",
    "ContactMatches",
    "CreateScanRequest",
    "Dimensions",
    "ErrorEnvelope",
    "ExtractedLabel",
    "Metadata",
    "Pagination",
    "Scan",
    "ScanEnvelope",
    "ScanList",
    "ScanOptions",
    "ScanParty",
    "ScanType",
    "SearchRelevance",
)
