"""Advalidation on cassettes: campaigns, creatives, media files, VAST variations, scans with checks,
rescan, an upload waited for, an error body."""

from __future__ import annotations

from typing import Any

import pytest

import scankit
from scankit_advalidation.models import CampaignCreate, CampaignType, CreativeUpload, RescanRequest

VENDOR = "advalidation"
pytestmark = pytest.mark.vcr


async def test_campaigns_list_get_create(client: Any, run: Any) -> None:
    campaigns = await run.all(client.campaigns.list())
    assert len(campaigns) >= 10
    campaign = await run(client.campaigns.get, campaigns[0].id)
    assert campaign.name == campaigns[0].name
    made = await run(client.campaigns.create, body=CampaignCreate(name="CI campaign", type_=CampaignType.DISPLAY))
    assert made.name == "CI campaign"


async def seeded_campaign_with_pages(client: Any, run: Any) -> tuple[Any, list[Any]]:
    """A seeded campaign whose creatives span several pages (others' scenarios may add campaigns)."""
    for campaign in await run.all(client.campaigns.list()):
        pages = await run.pages(client.campaigns.list_creatives(campaign.id))
        if len(pages) >= 2:
            return campaign, pages
    raise AssertionError("no campaign with several pages of creatives")


async def test_creatives_across_pages_and_their_scans(client: Any, run: Any) -> None:
    _, pages = await seeded_campaign_with_pages(client, run)
    creatives = [c for p in pages for c in p.items]
    assert len({c.id for c in creatives}) == len(creatives)
    creative = await run(client.creatives.get, creatives[0].id)
    assert creative.id == creatives[0].id
    finished = next(
        c for c in creatives if c.latest_scan_status and c.latest_scan_status.processing_status == "finished"
    )
    scan = await run(client.scans.get, finished.latest_scan_status.id, include_checks=True)
    assert scan.tests


async def test_media_files_and_rescan(client: Any, run: Any) -> None:
    _, pages = await seeded_campaign_with_pages(client, run)
    creatives = [c for p in pages for c in p.items]
    vast = next(c for c in creatives if str(c.source_type) == "tag-vast")
    media = await run.all(client.creatives.list_media_files(vast.id))
    assert all(str(m.source_type) == "vast-child-video" for m in media)
    scan = await run(client.creatives.rescan, creatives[0].id, body=RescanRequest())
    assert scan.processing_status == "queued"


async def test_not_found_error_body(client: Any, run: Any) -> None:
    with pytest.raises(scankit.NotFoundError) as info:
        await run(client.scans.get, 999999999)
    assert info.value.details


async def test_vast_variations_and_their_creatives(client: Any, run: Any) -> None:
    _, pages = await seeded_campaign_with_pages(client, run)
    vast = next(c for p in pages for c in p.items if c.nb_variations)
    variations = await run.all(client.creatives.list_variations(vast.id))
    assert len(variations) == vast.nb_variations
    assert len({v.creative_id for v in variations}) == len(variations)
    items = await run.all(client.creatives.list_variation_items(vast.id, variations[0].creative_id))
    own, *media = items
    assert (own.id, own.parent_id, own.source_type) == (variations[0].creative_id, vast.id, "vast-variation")
    assert media and all((m.parent_id, m.source_type) == (own.id, "vast-child-video") for m in media)
    with pytest.raises(scankit.NotFoundError):
        await run.all(client.creatives.list_variation_items(vast.id, 999999999))


async def test_upload_creative_and_wait_for_its_scan(client: Any, run: Any) -> None:
    campaign = (await run.all(client.campaigns.list()))[0]
    payload = "https://ads.example-adserver.com/vast/123456.xml"
    made = await run(client.campaigns.upload_creative, campaign.id, body=CreativeUpload(payload=payload))
    creative = made.data[0]
    assert (creative.name, creative.source_type, creative.campaign_id) == (payload, "tag-vast", campaign.id)
    assert creative.latest_scan_status.processing_status == "queued"
    done = await run(client.creatives.wait, creative.id)
    assert done.latest_scan_status.processing_status == "finished"
