"""Advalidation as a user writes it: pyright --strict and mypy --strict must find nothing to say."""

from __future__ import annotations

import asyncio
import datetime
from typing import assert_type

import scankit
from scankit_advalidation.models import (
    Campaign,
    CampaignCreate,
    CampaignList,
    CampaignType,
    Creative,
    CreativeList,
    Scan,
    ScanProcessingStatus,
)


def main() -> None:
    adv = scankit.Advalidation()
    for campaign in adv.campaigns.list():
        assert_type(campaign, Campaign)
        assert_type(campaign.id, int)
        if campaign.created_at is not None:
            assert_type(campaign.created_at, datetime.datetime)
        for creative in adv.campaigns.list_creatives(campaign.id, max_pages=1):
            assert_type(creative, Creative)
            latest = creative.latest_scan_status
            if latest is not None and latest.processing_status is ScanProcessingStatus.FINISHED:
                assert_type(latest.nb_issues, int | None)
                for check in latest.tests or []:
                    print(check)

    first = adv.campaigns.list().first_page()
    assert_type(first, scankit.Page[Campaign, CampaignList])
    if first.raw.meta is not None:
        print(first.raw.meta)

    # adspecId: None sends null (the account's default spec); leaving it out sends nothing
    created = adv.campaigns.create(body={"name": "Summer", "type": "video", "adspecId": None})
    assert_type(created, Campaign)
    adv.campaigns.create(body=CampaignCreate(name="Autumn", type_=CampaignType.DISPLAY))
    rescanned = adv.creatives.rescan(7, body={})
    assert_type(rescanned, Scan)

    try:
        adv.scans.get(1, include_checks=True)
    except scankit.AuthenticationError as exc:
        print(exc.status_code, exc.message)


async def amain() -> None:
    async with scankit.AsyncAdvalidation() as adv:
        pages = adv.campaigns.list_creatives(1)
        async for page in pages.pages():
            assert_type(page.raw, CreativeList)
            for creative in page.items:
                assert_type(creative.updated_at, datetime.datetime | None)
        scan = await adv.scans.get(3)
        assert_type(scan.finished_at, datetime.datetime | None)


if __name__ == "__main__":
    main()
    asyncio.run(amain())
