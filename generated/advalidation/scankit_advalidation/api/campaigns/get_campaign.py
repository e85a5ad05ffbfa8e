from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.campaign_envelope import CampaignEnvelope
from ...models.error_body import ErrorBody
from ...types import Response, status_code_of


def _get_kwargs(
    campaign_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignEnvelope | ErrorBody:
    if response.status_code == 200:
        response_200 = _from_json_CampaignEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_429

    response_default = _from_json_ErrorBody(orjson.loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignEnvelope | ErrorBody]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CampaignEnvelope | ErrorBody]:
    """Get a campaign

     Get one campaign by ID.

    Args:
        campaign_id (int): ID of the campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> CampaignEnvelope | ErrorBody | None:
    """Get a campaign

     Get one campaign by ID.

    Args:
        campaign_id (int): ID of the campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorBody
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CampaignEnvelope | ErrorBody]:
    """Get a campaign

     Get one campaign by ID.

    Args:
        campaign_id (int): ID of the campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
) -> CampaignEnvelope | ErrorBody | None:
    """Get a campaign

     Get one campaign by ID.

    Args:
        campaign_id (int): ID of the campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed


_from_json_CampaignEnvelope = CampaignEnvelope._from_json
_from_json_ErrorBody = ErrorBody._from_json
