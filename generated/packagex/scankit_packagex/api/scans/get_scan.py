from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scan_envelope import ScanEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    scan: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans/{scan}".format(
            scan=quote(str(scan), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | ScanEnvelope:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = _from_json_ErrorEnvelope(orjson.loads(response.content))

        return response_500

    response_default = _from_json_ErrorEnvelope(orjson.loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ScanEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ScanEnvelope]:
    """Retrieve a scan

     Get a single scan by its id (`GET /v1/scans/:scan`).

    Args:
        scan (str): The scan's id, e.g. `scan_czhgjrk5JaVvyATPDbyURp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        scan=scan,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ScanEnvelope | None:
    """Retrieve a scan

     Get a single scan by its id (`GET /v1/scans/:scan`).

    Args:
        scan (str): The scan's id, e.g. `scan_czhgjrk5JaVvyATPDbyURp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanEnvelope
    """

    return sync_detailed(
        scan=scan,
        client=client,
    ).parsed


async def asyncio_detailed(
    scan: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ScanEnvelope]:
    """Retrieve a scan

     Get a single scan by its id (`GET /v1/scans/:scan`).

    Args:
        scan (str): The scan's id, e.g. `scan_czhgjrk5JaVvyATPDbyURp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        scan=scan,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ScanEnvelope | None:
    """Retrieve a scan

     Get a single scan by its id (`GET /v1/scans/:scan`).

    Args:
        scan (str): The scan's id, e.g. `scan_czhgjrk5JaVvyATPDbyURp`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            scan=scan,
            client=client,
        )
    ).parsed


_from_json_ErrorEnvelope = ErrorEnvelope._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
