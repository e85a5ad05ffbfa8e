from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.campaign_create import CampaignCreate
from ...models.campaign_envelope import CampaignEnvelope
from ...models.error_body import ErrorBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CampaignCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignEnvelope | ErrorBody:
    if response.status_code == 200:
        response_200 = _from_json_CampaignEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = _from_json_CampaignEnvelope(orjson.loads(response.content))

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: CampaignCreate,
) -> Response[CampaignEnvelope | ErrorBody]:
    """Create a campaign

     Create a campaign for display or video creatives, validated against the ad specification
    `adspecId` (or the account's default for the type when it is null).

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        body (CampaignCreate): Body of a create-campaign request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CampaignCreate,
) -> CampaignEnvelope | ErrorBody | None:
    """Create a campaign

     Create a campaign for display or video creatives, validated against the ad specification
    `adspecId` (or the account's default for the type when it is null).

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        body (CampaignCreate): Body of a create-campaign request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CampaignCreate,
) -> Response[CampaignEnvelope | ErrorBody]:
    """Create a campaign

     Create a campaign for display or video creatives, validated against the ad specification
    `adspecId` (or the account's default for the type when it is null).

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        body (CampaignCreate): Body of a create-campaign request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CampaignCreate,
) -> CampaignEnvelope | ErrorBody | None:
    """Create a campaign

     Create a campaign for display or video creatives, validated against the ad specification
    `adspecId` (or the account's default for the type when it is null).

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        body (CampaignCreate): Body of a create-campaign request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_CampaignEnvelope = CampaignEnvelope._from_json
_from_json_ErrorBody = ErrorBody._from_json
