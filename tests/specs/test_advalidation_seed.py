"""The Advalidation seed page's payloads, parsed by the generated models.

Seed 002 ("Get scan") shows shapes only, so the payloads below are concrete values of those
shapes, filled in with the fields the official SDK's types add (vendor-notes section 3). Each
one is parsed with `from_dict` and checked field by field, then round-tripped through `to_dict`.
"""

from __future__ import annotations

import copy
import datetime
from typing import Any, cast

import attrs
import pytest

from scankit_advalidation.models import (
    Campaign,
    CampaignCreate,
    CampaignEnvelope,
    CampaignList,
    CampaignType,
    CheckAttribute,
    CheckOutcome,
    CheckResult,
    Creative,
    CreativeEnvelope,
    CreativeList,
    ErrorBody,
    ErrorIssue,
    ErrorSection,
    Meta,
    Pagination,
    RescanRequest,
    Scan,
    ScanEnvelope,
    ScanProcessingStatus,
)

UTC = datetime.UTC


def at(text: str) -> datetime.datetime:
    """The aware datetime a payload's ISO 8601 string stands for."""
    return datetime.datetime.fromisoformat(text)


def assert_no_additional_properties(obj: object, path: str = "$") -> None:
    """Walk a generated model tree: every model at every level must have typed every key."""
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            assert_no_additional_properties(item, f"{path}[{i}]")
        return
    if not attrs.has(type(obj)):
        return
    extra = getattr(obj, "additional_properties")  # noqa: B009 - every generated model has it
    assert extra == {}, f"{path} ({type(obj).__name__}) left keys untyped: {extra}"
    for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(obj))):
        if field.name != "additional_properties":
            assert_no_additional_properties(getattr(obj, field.name), f"{path}.{field.name}")


def assert_aware(value: object) -> None:
    assert isinstance(value, datetime.datetime)
    assert value.tzinfo is not None
    assert value.utcoffset() is not None


def assert_same_keys(dumped: Any, payload: Any, path: str = "$") -> None:
    """`to_dict()` must give back every key of the payload, at every level."""
    if isinstance(payload, dict):
        assert isinstance(dumped, dict), path
        assert set(dumped) == set(payload), f"{path}: {sorted(dumped)} != {sorted(payload)}"
        for key, value in payload.items():
            assert_same_keys(dumped[key], value, f"{path}.{key}")
    elif isinstance(payload, list):
        assert isinstance(dumped, list), path
        assert len(dumped) == len(payload), path
        for i, (d, p) in enumerate(zip(dumped, payload, strict=True)):
            assert_same_keys(d, p, f"{path}[{i}]")


# --- Payloads -------------------------------------------------------------------------------

# GET /scans/{scanId}?include_checks=true for a finished scan: every field the seed lists, plus
# the SDK's isInconclusive / inconclusiveReason, and `value` in each of its four JSON types.
FINISHED_SCAN = {
    "data": {
        "id": 48213,
        "createdAt": "2024-05-14T09:21:07Z",
        "updatedAt": "2024-05-14T09:21:31Z",
        "finishedAt": "2024-05-14T09:21:31+00:00",
        "sequenceType": "initial",
        "nbIssues": 2,
        "processingStatus": "finished",
        "isInconclusive": False,
        "inconclusiveReason": None,
        "tests": [
            {
                "name": "Test_Video_Duration",
                "value": "15.02",
                "valueFormatted": "15 seconds",
                "valuePhrase": "Duration is 15 seconds",
                "result": "pass",
                "attributes": [
                    {"name": "duration_ms", "description": "Duration in milliseconds", "value": "15020"},
                ],
                "extended": {"frames": 450, "fps": 29.97},
            },
            {
                "name": "Test_Video_Bitrate",
                "value": 3810,
                "valueFormatted": "3810 kb",
                "valuePhrase": "Bitrate is 3810 kbps",
                "result": "fail",
                "attributes": [
                    {"name": "bitrate", "description": "Video bitrate", "value": "3810 kbps"},
                    {"name": "limit", "description": "Maximum allowed bitrate", "value": "2500 kbps"},
                ],
                "extended": [{"track": 1, "codec": "h264"}],
            },
            {
                "name": "Test_Video_Audio",
                "value": True,
                "valueFormatted": "Yes",
                "valuePhrase": "The video has an audio track",
                "result": "warn",
                "attributes": [],
                "extended": "stereo",
            },
            {
                "name": "Test_Video_Letterboxing",
                "value": None,
                "valueFormatted": None,
                "valuePhrase": "No letterboxing detected",
                "result": "pass",
                "attributes": [],
                "extended": 0,
            },
        ],
    }
}

# The new scan that POST /creatives/{creativeId}/rescan returns: queued, everything else null.
QUEUED_SCAN = {
    "data": {
        "id": 48214,
        "createdAt": "2024-05-15T08:00:00Z",
        "updatedAt": None,
        "finishedAt": None,
        "sequenceType": "manual",
        "nbIssues": None,
        "tests": None,
        "processingStatus": "queued",
        "isInconclusive": None,
        "inconclusiveReason": None,
    }
}

# A scan in a monitoring context: no `tests`, but `monitoring_alerts` (shape unknown, so any value).
MONITORING_SCAN = {
    "data": {
        "id": 48990,
        "createdAt": "2024-06-01T00:00:05Z",
        "updatedAt": "2024-06-01T00:00:40Z",
        "finishedAt": "2024-06-01T00:00:40Z",
        "sequenceType": "monitoring",
        "nbIssues": 0,
        "processingStatus": "finished",
        "isInconclusive": True,
        "inconclusiveReason": "The ad server returned no creative",
        "monitoring_alerts": [],
    }
}

CREATIVE_WITH_SCAN = {
    "id": 200,
    "campaignId": 100,
    "name": "summer-sale-300x250.html",
    "createdAt": "2024-05-14T09:21:02Z",
    "updatedAt": "2024-05-14T09:21:31Z",
    "parentId": None,
    "sourceType": "tag-html5",
    "sourceTypeLabel": "HTML5 tag",
    "shareURL": "https://app.advalidation.io/share/creative/5f3c2a9e",
    "livePreviewURL": "https://app.advalidation.io/preview/creative/5f3c2a9e",
    "previewAnimationURL": "https://app.advalidation.io/preview/creative/5f3c2a9e.gif",
    "width": 300,
    "height": 250,
    "userId": 17,
    "nbVariations": None,
    "nbMediaFiles": None,
    "latestScanStatus": {
        "id": 48213,
        "createdAt": "2024-05-14T09:21:07Z",
        "updatedAt": "2024-05-14T09:21:31Z",
        "finishedAt": "2024-05-14T09:21:31Z",
        "sequenceType": "initial",
        "nbIssues": 2,
        "tests": None,
        "processingStatus": "finished",
        "isInconclusive": False,
        "inconclusiveReason": None,
    },
}

# A VAST child video that has not been scanned yet, without the list-mode-only fields.
CREATIVE_WITHOUT_SCAN = {
    "id": 201,
    "campaignId": 100,
    "name": "spot-1920x1080.mp4",
    "createdAt": "2024-05-14T09:22:10Z",
    "updatedAt": None,
    "parentId": 199,
    "sourceType": "vast-child-video",
    "sourceTypeLabel": "VAST media file",
    "shareURL": "https://app.advalidation.io/share/creative/77ab01c4",
    "livePreviewURL": "https://app.advalidation.io/preview/creative/77ab01c4",
    "previewAnimationURL": None,
    "width": 1920,
    "height": 1080,
    "userId": 17,
    "latestScanStatus": None,
}

CREATIVE_PAGE = {
    "data": [CREATIVE_WITH_SCAN, CREATIVE_WITHOUT_SCAN],
    "meta": {"pagination": {"count": 2, "totalCount": 27, "page": 2, "totalPages": 14}},
}

CAMPAIGN = {
    "id": 100,
    "name": "Summer sale 2024",
    "createdAt": "2024-05-14T09:20:58Z",
    "updatedAt": "2024-05-14T09:20:58Z",
    "type": "video",
    "shareURL": "https://app.advalidation.io/share/campaign/9b1d7e20",
    "adspecId": 42,
    "userId": 17,
}

CAMPAIGN_PAGE = {
    "data": [
        CAMPAIGN,
        {**CAMPAIGN, "id": 101, "name": "Autumn display", "type": "display", "adspecId": None, "updatedAt": None},
    ],
    "meta": {"pagination": {"count": 2, "totalCount": 2, "page": 1, "totalPages": 1}},
}

# The seed's error responses: {error: {responseCode, issues: [{type, message, relatedField}]}}.
ERRORS = {
    401: {
        "error": {
            "responseCode": 401,
            "issues": [{"type": "auth_failed", "message": "Unable to authenticate user", "relatedField": None}],
        }
    },
    403: {
        "error": {
            "responseCode": 403,
            "issues": [
                {
                    "type": "permission_denied",
                    "message": "Currently authenticated user does not have permission to access or update requested object",
                    "relatedField": "scanId",
                }
            ],
        }
    },
    404: {
        "error": {
            "responseCode": 404,
            "issues": [
                {
                    "type": "not_found",
                    "message": "Requested resource or underlying resource was not found",
                    "relatedField": "scanId",
                }
            ],
        }
    },
    422: {
        "error": {
            "responseCode": 422,
            "issues": [
                {"type": "invalid_field", "message": "The field 'name' is required", "relatedField": "name"},
                {
                    "type": "invalid_field",
                    "message": "The field 'type' must be display or video",
                    "relatedField": "type",
                },
            ],
        }
    },
}


# --- Scans ----------------------------------------------------------------------------------


def test_finished_scan_with_checks() -> None:
    envelope = ScanEnvelope.from_dict(FINISHED_SCAN)
    assert isinstance(envelope, ScanEnvelope)
    scan = envelope.data
    assert isinstance(scan, Scan)
    assert scan.id == 48213
    assert type(scan.id) is int
    assert scan.created_at == datetime.datetime(2024, 5, 14, 9, 21, 7, tzinfo=UTC)
    assert scan.updated_at == datetime.datetime(2024, 5, 14, 9, 21, 31, tzinfo=UTC)
    assert scan.finished_at == datetime.datetime(2024, 5, 14, 9, 21, 31, tzinfo=UTC)
    for value in (scan.created_at, scan.updated_at, scan.finished_at):
        assert_aware(value)
    assert scan.sequence_type == "initial"
    assert scan.nb_issues == 2
    assert type(scan.nb_issues) is int
    assert scan.processing_status is ScanProcessingStatus.FINISHED
    assert scan.is_inconclusive is False
    assert scan.inconclusive_reason is None
    assert scan.monitoring_alerts is None

    assert isinstance(scan.tests, list)
    assert len(scan.tests) == 4
    assert all(isinstance(check, CheckResult) for check in scan.tests)
    duration, bitrate, audio, letterbox = scan.tests

    assert duration.name == "Test_Video_Duration"
    assert duration.value == "15.02"
    assert type(duration.value) is str
    assert duration.value_formatted == "15 seconds"
    assert duration.value_phrase == "Duration is 15 seconds"
    assert duration.result is CheckOutcome.PASS
    assert isinstance(duration.attributes, list)
    assert len(duration.attributes) == 1
    attribute = duration.attributes[0]
    assert isinstance(attribute, CheckAttribute)
    assert (attribute.name, attribute.description, attribute.value) == (
        "duration_ms",
        "Duration in milliseconds",
        "15020",
    )
    assert duration.extended == {"frames": 450, "fps": 29.97}

    assert bitrate.value == 3810
    # `number` is annotated float; a JSON integer stays an int (which type checkers accept as float).
    raw_value: object = bitrate.value
    assert type(raw_value) is int
    assert bitrate.result is CheckOutcome.FAIL
    assert isinstance(bitrate.attributes, list)
    assert [(a.name, a.description, a.value) for a in bitrate.attributes] == [
        ("bitrate", "Video bitrate", "3810 kbps"),
        ("limit", "Maximum allowed bitrate", "2500 kbps"),
    ]
    assert all(isinstance(a, CheckAttribute) for a in bitrate.attributes)
    assert bitrate.extended == [{"track": 1, "codec": "h264"}]

    assert audio.value is True
    assert audio.result is CheckOutcome.WARN
    assert audio.attributes == []
    assert audio.extended == "stereo"

    assert letterbox.value is None
    assert letterbox.value_formatted is None
    assert letterbox.value_phrase == "No letterboxing detected"
    assert letterbox.result is CheckOutcome.PASS
    assert letterbox.extended == 0

    assert_no_additional_properties(envelope)


def test_queued_scan_from_rescan() -> None:
    envelope = ScanEnvelope.from_dict(QUEUED_SCAN)
    scan = envelope.data
    assert isinstance(scan, Scan)
    assert scan.id == 48214
    assert scan.created_at == datetime.datetime(2024, 5, 15, 8, 0, 0, tzinfo=UTC)
    assert_aware(scan.created_at)
    assert scan.updated_at is None
    assert scan.finished_at is None
    assert scan.sequence_type == "manual"
    assert scan.nb_issues is None
    assert scan.tests is None
    assert scan.processing_status is ScanProcessingStatus.QUEUED
    assert scan.is_inconclusive is None
    assert scan.inconclusive_reason is None
    assert_no_additional_properties(envelope)


def test_monitoring_scan() -> None:
    scan = ScanEnvelope.from_dict(MONITORING_SCAN).data
    assert scan.sequence_type == "monitoring"
    assert scan.tests is None
    assert scan.monitoring_alerts == []
    assert scan.is_inconclusive is True
    assert scan.inconclusive_reason == "The ad server returned no creative"
    assert scan.nb_issues == 0
    assert_aware(scan.finished_at)
    assert_no_additional_properties(scan)


@pytest.mark.parametrize(
    ("status", "member"),
    [
        ("queued", ScanProcessingStatus.QUEUED),
        ("processing", ScanProcessingStatus.PROCESSING),
        ("finished", ScanProcessingStatus.FINISHED),
        ("failed", ScanProcessingStatus.FAILED),
        ("cancelled", ScanProcessingStatus.CANCELLED),
    ],
)
def test_every_processing_status(status: str, member: ScanProcessingStatus) -> None:
    payload = copy.deepcopy(QUEUED_SCAN)
    payload["data"]["processingStatus"] = status
    scan = ScanEnvelope.from_dict(payload).data
    assert scan.processing_status is member
    assert not scan.processing_status.is_unknown


def test_documented_enum_lists_are_exact() -> None:
    assert {m.value for m in ScanProcessingStatus} == {"queued", "processing", "finished", "failed", "cancelled"}
    assert {m.value for m in CheckOutcome} == {"pass", "fail", "warn"}
    assert {m.value for m in CampaignType} == {"display", "video"}


# --- Creatives ------------------------------------------------------------------------------


def test_creative_page() -> None:
    page = CreativeList.from_dict(CREATIVE_PAGE)
    assert isinstance(page, CreativeList)
    assert isinstance(page.meta, Meta)
    assert isinstance(page.meta.pagination, Pagination)
    pagination = page.meta.pagination
    assert (pagination.count, pagination.total_count, pagination.page, pagination.total_pages) == (2, 27, 2, 14)
    assert len(page.data) == 2
    assert all(isinstance(c, Creative) for c in page.data)

    scanned, unscanned = page.data
    assert scanned.id == 200
    assert scanned.campaign_id == 100
    assert scanned.name == "summer-sale-300x250.html"
    assert scanned.created_at == datetime.datetime(2024, 5, 14, 9, 21, 2, tzinfo=UTC)
    assert scanned.updated_at == datetime.datetime(2024, 5, 14, 9, 21, 31, tzinfo=UTC)
    assert_aware(scanned.created_at)
    assert_aware(scanned.updated_at)
    assert scanned.parent_id is None
    assert scanned.source_type == "tag-html5"
    assert scanned.source_type_label == "HTML5 tag"
    assert scanned.share_url == "https://app.advalidation.io/share/creative/5f3c2a9e"
    assert scanned.live_preview_url == "https://app.advalidation.io/preview/creative/5f3c2a9e"
    assert scanned.preview_animation_url == "https://app.advalidation.io/preview/creative/5f3c2a9e.gif"
    assert (scanned.width, scanned.height) == (300, 250)
    assert scanned.user_id == 17
    assert scanned.nb_variations is None
    assert scanned.nb_media_files is None
    latest = scanned.latest_scan_status
    assert isinstance(latest, Scan)
    assert latest.id == 48213
    assert latest.processing_status is ScanProcessingStatus.FINISHED
    assert latest.finished_at == datetime.datetime(2024, 5, 14, 9, 21, 31, tzinfo=UTC)
    assert latest.nb_issues == 2
    assert latest.tests is None
    assert latest.is_inconclusive is False

    assert unscanned.id == 201
    assert unscanned.parent_id == 199
    assert unscanned.source_type == "vast-child-video"
    assert unscanned.updated_at is None
    assert unscanned.preview_animation_url is None
    assert (unscanned.width, unscanned.height) == (1920, 1080)
    assert unscanned.latest_scan_status is None
    assert unscanned.nb_variations is None
    assert unscanned.nb_media_files is None

    assert_no_additional_properties(page)


def test_single_creative() -> None:
    envelope = CreativeEnvelope.from_dict({"data": CREATIVE_WITH_SCAN})
    assert isinstance(envelope.data, Creative)
    assert envelope.data.id == 200
    assert isinstance(envelope.data.latest_scan_status, Scan)
    assert_no_additional_properties(envelope)


def test_creative_page_without_meta() -> None:
    # The docs say collections "may include" meta.
    page = CreativeList.from_dict({"data": [CREATIVE_WITHOUT_SCAN]})
    assert page.meta is None
    assert [c.id for c in page.data] == [201]


# --- Campaigns ------------------------------------------------------------------------------


def test_campaign_page() -> None:
    page = CampaignList.from_dict(CAMPAIGN_PAGE)
    assert isinstance(page.meta, Meta)
    assert isinstance(page.meta.pagination, Pagination)
    assert (page.meta.pagination.page, page.meta.pagination.total_pages) == (1, 1)
    assert (page.meta.pagination.count, page.meta.pagination.total_count) == (2, 2)
    video, display = page.data
    assert isinstance(video, Campaign)
    assert isinstance(display, Campaign)
    assert video.id == 100
    assert video.name == "Summer sale 2024"
    assert video.created_at == datetime.datetime(2024, 5, 14, 9, 20, 58, tzinfo=UTC)
    assert video.updated_at == datetime.datetime(2024, 5, 14, 9, 20, 58, tzinfo=UTC)
    assert_aware(video.created_at)
    assert video.type_ is CampaignType.VIDEO
    assert video.share_url == "https://app.advalidation.io/share/campaign/9b1d7e20"
    assert video.adspec_id == 42
    assert video.user_id == 17
    assert display.id == 101
    assert display.type_ is CampaignType.DISPLAY
    assert display.adspec_id is None
    assert display.updated_at is None
    assert_no_additional_properties(page)


def test_campaign_envelope() -> None:
    envelope = CampaignEnvelope.from_dict({"data": CAMPAIGN})
    assert isinstance(envelope.data, Campaign)
    assert envelope.data.type_ is CampaignType.VIDEO
    assert_no_additional_properties(envelope)


def test_request_bodies() -> None:
    body = CampaignCreate(name="Summer sale 2024", type_=CampaignType.VIDEO, adspec_id=42)
    assert body.to_dict() == {"name": "Summer sale 2024", "type": "video", "adspecId": 42}
    default_spec = CampaignCreate(name="Autumn display", type_=CampaignType.DISPLAY, adspec_id=None)
    assert default_spec.to_dict() == {"name": "Autumn display", "type": "display", "adspecId": None}
    assert CampaignCreate(name="x", type_=CampaignType.DISPLAY).to_dict() == {"name": "x", "type": "display"}
    assert RescanRequest().to_dict() == {}


# --- Errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status", sorted(ERRORS))
def test_error_bodies(status: int) -> None:
    payload: dict[str, Any] = ERRORS[status]
    body = ErrorBody.from_dict(payload)
    assert isinstance(body, ErrorBody)
    assert isinstance(body.error, ErrorSection)
    assert body.error.response_code == status
    assert isinstance(body.error.issues, list)
    expected = payload["error"]["issues"]
    assert len(body.error.issues) == len(expected)
    for issue, raw in zip(body.error.issues, expected, strict=True):
        assert isinstance(issue, ErrorIssue)
        assert issue.type_ == raw["type"]
        assert issue.message == raw["message"]
        assert issue.related_field == raw["relatedField"]
    assert_no_additional_properties(body)


# --- Round trips ----------------------------------------------------------------------------

ROUND_TRIPS = [
    pytest.param(ScanEnvelope, FINISHED_SCAN, id="finished-scan"),
    pytest.param(ScanEnvelope, QUEUED_SCAN, id="queued-scan"),
    pytest.param(ScanEnvelope, MONITORING_SCAN, id="monitoring-scan"),
    pytest.param(CreativeList, CREATIVE_PAGE, id="creative-page"),
    pytest.param(CreativeEnvelope, {"data": CREATIVE_WITH_SCAN}, id="creative"),
    pytest.param(CampaignList, CAMPAIGN_PAGE, id="campaign-page"),
    pytest.param(CampaignEnvelope, {"data": CAMPAIGN}, id="campaign"),
    *(pytest.param(ErrorBody, body, id=f"error-{status}") for status, body in sorted(ERRORS.items())),
]


@pytest.mark.parametrize(("model", "payload"), ROUND_TRIPS)
def test_to_dict_round_trips_keys(model: Any, payload: dict[str, Any]) -> None:
    dumped = model.from_dict(payload).to_dict()
    assert_same_keys(dumped, payload)
    # And the values come back the same, up to the `Z` -> `+00:00` rewrite of date-times.
    assert model.from_dict(dumped).to_dict() == dumped


def test_untyped_field_keeps_null() -> None:
    check = {"name": "Test_Display_Filesize", "value": "120000", "result": "pass", "extended": None}
    assert CheckResult.from_dict(check).to_dict() == check
