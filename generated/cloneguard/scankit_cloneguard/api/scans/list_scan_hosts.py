from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_host_list import ScanHostList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    scan_id: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scans/{scan_id}/hosts".format(
            scan_id=quote(str(scan_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ScanHostList | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanHostList(orjson.loads(response.content))

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
) -> Response[ErrorBody | ScanHostList]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorBody | ScanHostList]:
    """List of hosts for a scan

     The hosts one scan found and tested, a page at a time.

    Inferred: the docs list this operation (Scans > Scan Hosts) but the page was not seen.
    Path, paging and envelope are assumed as for List of history for a scan; each host's
    attributes are kept as an open object.

    Args:
        scan_id (UUID): The scan's UUID.
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanHostList]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorBody | ScanHostList | None:
    """List of hosts for a scan

     The hosts one scan found and tested, a page at a time.

    Inferred: the docs list this operation (Scans > Scan Hosts) but the page was not seen.
    Path, paging and envelope are assumed as for List of history for a scan; each host's
    attributes are kept as an open object.

    Args:
        scan_id (UUID): The scan's UUID.
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanHostList
    """

    return sync_detailed(
        scan_id=scan_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorBody | ScanHostList]:
    """List of hosts for a scan

     The hosts one scan found and tested, a page at a time.

    Inferred: the docs list this operation (Scans > Scan Hosts) but the page was not seen.
    Path, paging and envelope are assumed as for List of history for a scan; each host's
    attributes are kept as an open object.

    Args:
        scan_id (UUID): The scan's UUID.
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanHostList]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorBody | ScanHostList | None:
    """List of hosts for a scan

     The hosts one scan found and tested, a page at a time.

    Inferred: the docs list this operation (Scans > Scan Hosts) but the page was not seen.
    Path, paging and envelope are assumed as for List of history for a scan; each host's
    attributes are kept as an open object.

    Args:
        scan_id (UUID): The scan's UUID.
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanHostList
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanHostList = ScanHostList._from_json
