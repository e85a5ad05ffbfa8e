from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.creative_list import CreativeList
from ...models.creative_upload import CreativeUpload
from ...models.error_body import ErrorBody
from ...types import Response, status_code_of


def _get_kwargs(
    campaign_id: int,
    *,
    body: CreativeUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{campaign_id}/creatives".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreativeList | ErrorBody:
    if response.status_code == 200:
        response_200 = _from_json_CreativeList(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = _from_json_CreativeList(orjson.loads(response.content))

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
) -> Response[CreativeList | ErrorBody]:
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
    body: CreativeUpload,
) -> Response[CreativeList | ErrorBody]:
    """Upload a creative

     Add a creative to a campaign by URL or ad tag (`{"payload": "<url or tag>"}`); its scan
    starts at once. The answer is a collection (`data` is a list; the official SDK takes
    `data[0]`): wait for the scan with `creatives.wait(data[0].id)`.

    Only the JSON form is declared. Advalidation also takes the file itself
    (`application/octet-stream` with an `X-Filename` header), base64 and plain text
    (file upload guide); one operation here carries one body type.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        campaign_id (int): ID of the campaign.
        body (CreativeUpload): Body of a JSON creative upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | ErrorBody]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: CreativeUpload,
) -> CreativeList | ErrorBody | None:
    """Upload a creative

     Add a creative to a campaign by URL or ad tag (`{"payload": "<url or tag>"}`); its scan
    starts at once. The answer is a collection (`data` is a list; the official SDK takes
    `data[0]`): wait for the scan with `creatives.wait(data[0].id)`.

    Only the JSON form is declared. Advalidation also takes the file itself
    (`application/octet-stream` with an `X-Filename` header), base64 and plain text
    (file upload guide); one operation here carries one body type.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        campaign_id (int): ID of the campaign.
        body (CreativeUpload): Body of a JSON creative upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | ErrorBody
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: CreativeUpload,
) -> Response[CreativeList | ErrorBody]:
    """Upload a creative

     Add a creative to a campaign by URL or ad tag (`{"payload": "<url or tag>"}`); its scan
    starts at once. The answer is a collection (`data` is a list; the official SDK takes
    `data[0]`): wait for the scan with `creatives.wait(data[0].id)`.

    Only the JSON form is declared. Advalidation also takes the file itself
    (`application/octet-stream` with an `X-Filename` header), base64 and plain text
    (file upload guide); one operation here carries one body type.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        campaign_id (int): ID of the campaign.
        body (CreativeUpload): Body of a JSON creative upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | ErrorBody]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: int,
    *,
    client: AuthenticatedClient,
    body: CreativeUpload,
) -> CreativeList | ErrorBody | None:
    """Upload a creative

     Add a creative to a campaign by URL or ad tag (`{"payload": "<url or tag>"}`); its scan
    starts at once. The answer is a collection (`data` is a list; the official SDK takes
    `data[0]`): wait for the scan with `creatives.wait(data[0].id)`.

    Only the JSON form is declared. Advalidation also takes the file itself
    (`application/octet-stream` with an `X-Filename` header), base64 and plain text
    (file upload guide); one operation here carries one body type.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        campaign_id (int): ID of the campaign.
        body (CreativeUpload): Body of a JSON creative upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | ErrorBody
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed


_from_json_CreativeList = CreativeList._from_json
_from_json_ErrorBody = ErrorBody._from_json
