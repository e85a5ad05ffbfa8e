from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_envelope import ScanEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scans/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanEnvelope:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

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
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanEnvelope]:
    """Get a scan

     Fetches one scan, with its pass and reader in `included`.

    Args:
        id (UUID): The scan's id (a UUID). Example: 0194d6a9-95b7-72dc-87fc-ecaed8c0b520.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanEnvelope | None:
    """Get a scan

     Fetches one scan, with its pass and reader in `included`.

    Args:
        id (UUID): The scan's id (a UUID). Example: 0194d6a9-95b7-72dc-87fc-ecaed8c0b520.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanEnvelope]:
    """Get a scan

     Fetches one scan, with its pass and reader in `included`.

    Args:
        id (UUID): The scan's id (a UUID). Example: 0194d6a9-95b7-72dc-87fc-ecaed8c0b520.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanEnvelope | None:
    """Get a scan

     Fetches one scan, with its pass and reader in `included`.

    Args:
        id (UUID): The scan's id (a UUID). Example: 0194d6a9-95b7-72dc-87fc-ecaed8c0b520.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
