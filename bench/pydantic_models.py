"""pydantic v2 models equivalent to each vendor's generated list-page model (the comparison point).

Equivalent means: the same fields, nesting and types as the generated attrs models — enums as
enums, date-times as aware datetimes, UUIDs as UUID, nullable/optional as `X | None = None`,
free-form objects as dicts — and unknown keys kept (`extra="allow"`, like the generated
`additional_properties`). Validation runs in pydantic's default (lax) mode, as a pydantic-based
SDK would ship it.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _M(BaseModel):
    model_config = ConfigDict(extra="allow")


# --------------------------------------------------------------------------- PackageX


class PxScanType(enum.StrEnum):
    INVOICE = "invoice"
    ITEM = "item"
    MANIFEST = "manifest"
    SHIPPING_LABEL = "shipping_label"


class PxSearchRelevance(_M):
    relevance_score: float | None = None


class PxContact(_M):
    id: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    field_search: PxSearchRelevance | None = Field(None, alias="_search")


class PxContactMatches(_M):
    senders: list[PxContact] | None = None
    recipients: list[PxContact] | None = None


class PxDimensions(_M):
    length: float | None = None
    width: float | None = None
    height: float | None = None


class PxAddress(_M):
    object_: str | None = Field(None, alias="object")
    id: str | None = None
    hash_: str | None = Field(None, alias="hash")
    line1: str | None = None
    line2: str | None = None
    unit_no: str | None = None
    city: str | None = None
    state: str | None = None
    state_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    postal_code: str | None = None
    formatted_address: str | None = None
    textarea: str | None = None
    timezone: str | None = None
    verified: bool | None = None
    latitude: float | None = None
    longitude: float | None = None
    coordinates: Any = None


class PxScanParty(_M):
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    address: PxAddress | None = None


class PxScan(_M):
    object_: str = Field(alias="object")
    id: str
    created_at: int
    updated_at: int | None = None
    contact_matches: PxContactMatches | None = None
    dimensions: PxDimensions | None = None
    extracted_labels: list[str] | None = None
    hash_: str | None = Field(None, alias="hash")
    image_url: str | None = None
    location_id: str | None = None
    metadata: dict[str, Any] | None = None
    organization_id: str | None = None
    provider_name: str | None = None
    purchase_order: str | None = None
    raw_text: str | None = None
    recipient: PxScanParty | None = None
    sender: PxScanParty | None = None
    reference_number: str | None = None
    rma_number: str | None = None
    service_level_name: str | None = None
    tracking_number: str | None = None
    type_: PxScanType | None = Field(None, alias="type")
    weight: str | None = None
    field_search: PxSearchRelevance | None = Field(None, alias="_search")


class PxPagination(_M):
    page: int
    limit: int
    has_more: bool
    total_count: int | None = None


class PxScanList(_M):
    status: int
    message: str
    data: list[PxScan]
    pagination: PxPagination
    errors: list[str] | None = None
    error_code: str | None = None
    events: list[str] | None = None
    endpoint: str | None = None


# --------------------------------------------------------------------------- HostedScan


class HsScanType(enum.StrEnum):
    NMAP = "NMAP"
    NMAP_UDP = "NMAP_UDP"
    OPENVAS = "OPENVAS"
    OWASP_ZAP = "OWASP_ZAP"
    OWASP_ZAP_ACTIVE = "OWASP_ZAP_ACTIVE"
    SSLYZE = "SSLYZE"


class HsScanState(enum.StrEnum):
    FAILED = "FAILED"
    OVER_LIMIT = "OVER_LIMIT"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"


class HsContentType(enum.StrEnum):
    JSON = "application/json"
    PDF = "application/pdf"
    XML = "application/xml"
    HTML = "text/html"


class HsRiskRef(_M):
    risk_id: str


class HsScanRisks(_M):
    new_open: list[HsRiskRef]
    still_open: list[HsRiskRef]
    closed: list[HsRiskRef]


class HsScanResult(_M):
    result_id: str
    content_type: HsContentType


class HsRequestedTarget(_M):
    target_id: str
    target: str


class HsResolvedTarget(_M):
    target_id: str
    resolved_target: str


class HsSkippedTarget(_M):
    target_id: str
    skipped_reason: str


class HsScan(_M):
    id: str
    type_: HsScanType = Field(alias="type")
    state: HsScanState
    progress: int | None = None
    risks: HsScanRisks | None = None
    results: list[HsScanResult] | None = None
    requested_targets: list[HsRequestedTarget] | None = None
    resolved_targets: list[HsResolvedTarget] | None = None
    skipped_targets: list[HsSkippedTarget] | None = None


class HsScanList(_M):
    data: list[HsScan]
    next_page_token: str | None = None


# --------------------------------------------------------------------------- Advalidation


class AdvProcessingStatus(enum.StrEnum):
    CANCELLED = "cancelled"
    FAILED = "failed"
    FINISHED = "finished"
    PROCESSING = "processing"
    QUEUED = "queued"


class AdvCheckOutcome(enum.StrEnum):
    FAIL = "fail"
    PASS = "pass"
    WARN = "warn"


class AdvCheckAttribute(_M):
    name: str | None = None
    description: str | None = None
    value: str | None = None


class AdvCheckResult(_M):
    name: str
    result: AdvCheckOutcome
    value: bool | float | str | None = None
    value_formatted: str | None = Field(None, alias="valueFormatted")
    value_phrase: str | None = Field(None, alias="valuePhrase")
    attributes: list[AdvCheckAttribute] | None = None
    extended: Any = None


class AdvScan(_M):
    id: int
    created_at: datetime.datetime = Field(alias="createdAt")
    processing_status: AdvProcessingStatus = Field(alias="processingStatus")
    updated_at: datetime.datetime | None = Field(None, alias="updatedAt")
    finished_at: datetime.datetime | None = Field(None, alias="finishedAt")
    sequence_type: str | None = Field(None, alias="sequenceType")
    nb_issues: int | None = Field(None, alias="nbIssues")
    tests: list[AdvCheckResult] | None = None
    is_inconclusive: bool | None = Field(None, alias="isInconclusive")
    inconclusive_reason: str | None = Field(None, alias="inconclusiveReason")
    monitoring_alerts: Any = None


class AdvCreative(_M):
    id: int
    campaign_id: int = Field(alias="campaignId")
    name: str
    created_at: datetime.datetime = Field(alias="createdAt")
    updated_at: datetime.datetime | None = Field(None, alias="updatedAt")
    parent_id: int | None = Field(None, alias="parentId")
    source_type: str | None = Field(None, alias="sourceType")
    source_type_label: str | None = Field(None, alias="sourceTypeLabel")
    share_url: str | None = Field(None, alias="shareURL")
    live_preview_url: str | None = Field(None, alias="livePreviewURL")
    preview_animation_url: str | None = Field(None, alias="previewAnimationURL")
    width: int | None = None
    height: int | None = None
    user_id: int | None = Field(None, alias="userId")
    nb_variations: int | None = Field(None, alias="nbVariations")
    nb_media_files: int | None = Field(None, alias="nbMediaFiles")
    latest_scan_status: AdvScan | None = Field(None, alias="latestScanStatus")


class AdvPagination(_M):
    count: int
    total_count: int = Field(alias="totalCount")
    page: int
    total_pages: int = Field(alias="totalPages")


class AdvMeta(_M):
    pagination: AdvPagination | None = None


class AdvCreativeList(_M):
    data: list[AdvCreative]
    meta: AdvMeta | None = None


# --------------------------------------------------------------------------- PassEntry


class PeResourceType(enum.StrEnum):
    PASS = "pass"
    READER = "reader"
    SCAN = "scan"


class PeScanType(enum.StrEnum):
    BARCODE = "barcode"
    NFC = "nfc"


class PeScanStatus(enum.StrEnum):
    FAILED = "failed"
    SUCCESSFUL = "successful"


class PeValidationType(enum.StrEnum):
    EXTERNAL = "externalValidation"
    INTERNAL = "internalValidation"


class PeResourceIdentifier(_M):
    id: str
    type_: PeResourceType = Field(alias="type")


class PeReaderRelationship(_M):
    data: PeResourceIdentifier


class PePassRelationship(_M):
    data: PeResourceIdentifier | None = None


class PeScanRelationships(_M):
    reader: PeReaderRelationship
    pass_: PePassRelationship | None = Field(None, alias="pass")


class PeScanAttributes(_M):
    scan_type: PeScanType = Field(alias="scanType")
    scan_value: str = Field(alias="scanValue")
    validation_type: PeValidationType = Field(alias="validationType")
    status: PeScanStatus
    scanned_at: datetime.datetime = Field(alias="scannedAt")
    status_detail: str | None = Field(None, alias="statusDetail")


class PeScan(_M):
    id: uuid.UUID
    type_: PeResourceType = Field(alias="type")
    attributes: PeScanAttributes
    relationships: PeScanRelationships


class PeIncludedResource(_M):
    id: str
    type_: PeResourceType = Field(alias="type")
    attributes: dict[str, Any]  # free-form in the spec too (IncludedAttributes)


class PeScanListMeta(_M):
    total_scans: int | None = Field(None, alias="totalScans")
    successful_scans: int | None = Field(None, alias="successfulScans")
    failed_scans: int | None = Field(None, alias="failedScans")
    readers_count: int | None = Field(None, alias="readersCount")
    total_count: int | None = Field(None, alias="totalCount")
    results_per_page: int | None = Field(None, alias="resultsPerPage")
    current_page: int | None = Field(None, alias="currentPage")
    total_pages: int | None = Field(None, alias="totalPages")


class PeLinks(_M):
    first: str | None = None
    prev: str | None = None
    next_: str | None = Field(None, alias="next")
    last: str | None = None


class PeScanList(_M):
    data: list[PeScan]
    included: list[PeIncludedResource] | None = None
    meta: PeScanListMeta | None = None
    links: PeLinks | None = None


# --------------------------------------------------------------------------- CloneGuard


class CgScanTarget(_M):
    id: uuid.UUID | None = None
    name: str | None = None


class CgScanAttributes(_M):
    id: uuid.UUID | None = None
    name: str | None = None
    comment: str | None = None
    creation_time: datetime.datetime | None = None
    modification_time: datetime.datetime | None = None
    status: str | None = None
    schedule_next_time: str | None = None
    target: CgScanTarget | None = None
    schedule: Any = None
    config: Any = None
    scanner: Any = None
    last_report: Any = None


class CgScan(_M):
    id: uuid.UUID
    type_: str = Field(alias="type")
    attributes: CgScanAttributes


class CgListMeta(_M):
    current_page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    total_count: int | None = None


class CgScanList(_M):
    data: list[CgScan]
    meta: CgListMeta | None = None


PAGE_MODELS: dict[str, type[BaseModel]] = {
    "packagex": PxScanList,
    "hostedscan": HsScanList,
    "advalidation": AdvCreativeList,
    "passentry": PeScanList,
    "cloneguard": CgScanList,
}


def adapter(vendor: str) -> TypeAdapter[Any]:
    return TypeAdapter(PAGE_MODELS[vendor])
