"""Advalidation's VAST variations and creative upload, as the official SDK uses them.

`advalidation/sdk` walks `GET /creatives/{id}/variations` (a list of `ApiCreativeVariation`) and
`GET /creatives/{id}/variations/{variationCreativeId}` (a list of creatives: the variation's VAST
item and its media files), and uploads with `POST /campaigns/{id}/creatives` and
`{"payload": url-or-tag}`, taking `data[0]` of the answer. The payloads are the SDK's types with
concrete values.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from scankit_advalidation.api.campaigns import upload_creative
from scankit_advalidation.api.creatives import list_creative_variation_items, list_creative_variations
from scankit_advalidation.models import CreativeList, CreativeUpload, CreativeVariationList

VARIATION = {
    "id": 7,
    "createdAt": "2025-03-01T10:00:00Z",
    "updatedAt": "2025-03-01T10:05:00Z",
    "creativeId": 201,
    "label": "Variation A",
    "nbObservations": 3,
    "vastAdExtId": "ad-123",
    "vastCreativeExtId": "creative-456",
}
PAGE = {"pagination": {"count": 1, "totalCount": 1, "page": 1, "totalPages": 1}}


def test_variation_list_is_typed() -> None:
    page = CreativeVariationList.from_dict({"data": [VARIATION], "meta": PAGE})
    (variation,) = page.data
    assert (variation.id, variation.creative_id, variation.label, variation.nb_observations) == (
        7,
        201,
        "Variation A",
        3,
    )
    assert variation.created_at == datetime.datetime(2025, 3, 1, 10, 0, tzinfo=datetime.UTC)
    assert (variation.vast_ad_ext_id, variation.vast_creative_ext_id) == ("ad-123", "creative-456")
    assert variation.additional_properties == {}
    assert page.meta.pagination.total_pages == 1
    assert CreativeVariationList.from_dict(page.to_dict()) == page
    assert page.to_dict()["data"][0].keys() == VARIATION.keys()


@pytest.mark.parametrize(
    ("module", "args", "url"),
    [
        (list_creative_variations, (200,), "/creatives/200/variations"),
        (list_creative_variation_items, (200, 201), "/creatives/200/variations/201"),
    ],
)
def test_variation_paths(module: Any, args: tuple[int, ...], url: str) -> None:
    kwargs = module._get_kwargs(*args, page=2)
    assert (kwargs["method"], kwargs["url"], kwargs["params"]) == ("get", url, {"page": 2})


def test_upload_sends_the_payload_to_the_campaign() -> None:
    body = CreativeUpload(payload="https://labs.advalidation.net/animation/10s/")
    kwargs = upload_creative._get_kwargs(100, body=body)
    assert (kwargs["method"], kwargs["url"]) == ("post", "/campaigns/100/creatives")
    assert kwargs["json"] == {"payload": "https://labs.advalidation.net/animation/10s/"}


def test_upload_answer_is_a_list_whose_first_item_is_the_creative() -> None:
    creative = {
        "id": 200,
        "campaignId": 100,
        "name": "10s",
        "createdAt": "2025-03-01T10:00:00Z",
        "latestScanStatus": {
            "id": 300,
            "createdAt": "2025-03-01T10:00:01Z",
            "updatedAt": None,
            "finishedAt": None,
            "sequenceType": "initial",
            "nbIssues": None,
            "processingStatus": "queued",
        },
    }
    answer = CreativeList.from_dict({"data": [creative]})
    assert answer.data[0].id == 200
    assert answer.data[0].latest_scan_status.processing_status == "queued"
