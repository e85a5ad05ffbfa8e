from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_envelope import ScanEnvelope
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    scan_id: int,
    *,
    include_checks: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_checks"] = include_checks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scans/{scan_id}".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanEnvelope:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

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
) -> Response[ErrorBody | ScanEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_id: int,
    *,
    client: AuthenticatedClient,
    include_checks: bool | Unset = UNSET,
) -> Response[ErrorBody | ScanEnvelope]:
    """Get scan

     Get a scan by ID. With `include_checks=true` a finished scan also carries its check results
    in `tests`; this is the only endpoint that returns check results. Scans usually finish in
    under 30 seconds.

    Args:
        scan_id (int): ID of the scan to be returned.
        include_checks (bool | Unset): Include the check results (`tests`) of a finished scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        include_checks=include_checks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: int,
    *,
    client: AuthenticatedClient,
    include_checks: bool | Unset = UNSET,
) -> ErrorBody | ScanEnvelope | None:
    """Get scan

     Get a scan by ID. With `include_checks=true` a finished scan also carries its check results
    in `tests`; this is the only endpoint that returns check results. Scans usually finish in
    under 30 seconds.

    Args:
        scan_id (int): ID of the scan to be returned.
        include_checks (bool | Unset): Include the check results (`tests`) of a finished scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        include_checks=include_checks,
    ).parsed


async def asyncio_detailed(
    scan_id: int,
    *,
    client: AuthenticatedClient,
    include_checks: bool | Unset = UNSET,
) -> Response[ErrorBody | ScanEnvelope]:
    """Get scan

     Get a scan by ID. With `include_checks=true` a finished scan also carries its check results
    in `tests`; this is the only endpoint that returns check results. Scans usually finish in
    under 30 seconds.

    Args:
        scan_id (int): ID of the scan to be returned.
        include_checks (bool | Unset): Include the check results (`tests`) of a finished scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        include_checks=include_checks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: int,
    *,
    client: AuthenticatedClient,
    include_checks: bool | Unset = UNSET,
) -> ErrorBody | ScanEnvelope | None:
    """Get scan

     Get a scan by ID. With `include_checks=true` a finished scan also carries its check results
    in `tests`; this is the only endpoint that returns check results. Scans usually finish in
    under 30 seconds.

    Args:
        scan_id (int): ID of the scan to be returned.
        include_checks (bool | Unset): Include the check results (`tests`) of a finished scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            include_checks=include_checks,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
