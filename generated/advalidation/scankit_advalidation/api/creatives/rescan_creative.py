from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.rescan_request import RescanRequest
from ...models.scan_envelope import ScanEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    creative_id: int,
    *,
    body: RescanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/creatives/{creative_id}/rescan".format(
            creative_id=quote(str(creative_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanEnvelope:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = _from_json_ScanEnvelope(orjson.loads(response.content))

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
) -> Response[ErrorBody | ScanEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creative_id: int,
    *,
    client: AuthenticatedClient,
    body: RescanRequest,
) -> Response[ErrorBody | ScanEnvelope]:
    """Rescan a creative

     Start a new scan of a creative. The body is an empty JSON object. The response carries the
    new scan (normally `queued`); poll `GET /creatives/{creativeId}` or `GET /scans/{scanId}`
    until `processingStatus` is `finished`, `failed` or `cancelled`.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        creative_id (int): ID of the creative.
        body (RescanRequest): Body of a rescan request. Always an empty JSON object, `{}`.
            Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        creative_id=creative_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creative_id: int,
    *,
    client: AuthenticatedClient,
    body: RescanRequest,
) -> ErrorBody | ScanEnvelope | None:
    """Rescan a creative

     Start a new scan of a creative. The body is an empty JSON object. The response carries the
    new scan (normally `queued`); poll `GET /creatives/{creativeId}` or `GET /scans/{scanId}`
    until `processingStatus` is `finished`, `failed` or `cancelled`.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        creative_id (int): ID of the creative.
        body (RescanRequest): Body of a rescan request. Always an empty JSON object, `{}`.
            Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return sync_detailed(
        creative_id=creative_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    creative_id: int,
    *,
    client: AuthenticatedClient,
    body: RescanRequest,
) -> Response[ErrorBody | ScanEnvelope]:
    """Rescan a creative

     Start a new scan of a creative. The body is an empty JSON object. The response carries the
    new scan (normally `queued`); poll `GET /creatives/{creativeId}` or `GET /scans/{scanId}`
    until `processingStatus` is `finished`, `failed` or `cancelled`.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        creative_id (int): ID of the creative.
        body (RescanRequest): Body of a rescan request. Always an empty JSON object, `{}`.
            Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        creative_id=creative_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creative_id: int,
    *,
    client: AuthenticatedClient,
    body: RescanRequest,
) -> ErrorBody | ScanEnvelope | None:
    """Rescan a creative

     Start a new scan of a creative. The body is an empty JSON object. The response carries the
    new scan (normally `queued`); poll `GET /creatives/{creativeId}` or `GET /scans/{scanId}`
    until `processingStatus` is `finished`, `failed` or `cancelled`.

    Inferred: the success status (200 or 201) is not documented; both are declared.

    Args:
        creative_id (int): ID of the creative.
        body (RescanRequest): Body of a rescan request. Always an empty JSON object, `{}`.
            Example: {}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            creative_id=creative_id,
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
