from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_statistics import ScanStatistics
from ...types import Response, status_code_of


def _get_kwargs(
    scan_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scans/{scan_id}/vulnerabilities/statistics".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ScanStatistics | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanStatistics(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ScanStatistics]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanStatistics]:
    """Statistics for a scan

     Counts over one scan's vulnerabilities (e.g. by severity).

    Inferred: the docs list "Statistics for a scan" in the Scan Vulnerabilities folder, so
    the path is taken as a collection route of that nested resource; the body is not
    documented and is read as an open object (whatever keys it has are kept).

    Args:
        scan_id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanStatistics]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanStatistics | None:
    """Statistics for a scan

     Counts over one scan's vulnerabilities (e.g. by severity).

    Inferred: the docs list "Statistics for a scan" in the Scan Vulnerabilities folder, so
    the path is taken as a collection route of that nested resource; the body is not
    documented and is read as an open object (whatever keys it has are kept).

    Args:
        scan_id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanStatistics
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanStatistics]:
    """Statistics for a scan

     Counts over one scan's vulnerabilities (e.g. by severity).

    Inferred: the docs list "Statistics for a scan" in the Scan Vulnerabilities folder, so
    the path is taken as a collection route of that nested resource; the body is not
    documented and is read as an open object (whatever keys it has are kept).

    Args:
        scan_id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanStatistics]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanStatistics | None:
    """Statistics for a scan

     Counts over one scan's vulnerabilities (e.g. by severity).

    Inferred: the docs list "Statistics for a scan" in the Scan Vulnerabilities folder, so
    the path is taken as a collection route of that nested resource; the body is not
    documented and is read as an open object (whatever keys it has are kept).

    Args:
        scan_id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanStatistics
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanStatistics = ScanStatistics._from_json
