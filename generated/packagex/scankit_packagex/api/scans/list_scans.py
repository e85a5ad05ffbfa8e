from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scan_list import ScanList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    location: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["location"] = location

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/scans",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | ScanList:
    if response.status_code == 200:
        response_200 = _from_json_ScanList(orjson.loads(response.content))

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
) -> Response[ErrorEnvelope | ScanList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    location: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScanList]:
    """List scans

     List the organization's scans, newest first (descending creation order). `data` is always an array,
    even when there are no scans. If `pagination.has_more` is true there are more scans: request the
    next `page`. By default `page` is 1 and `limit` is 25, so scans 26-50 are `page=2&limit=25`.

    Lead, not modelled: PackageX's "Date filters" page (https://docs.packagex.io/apis/getting-
    started/date-filters) gives a value syntax for date filters, `<condition>:<ISO date>[,<ISO
    date>...]` with conditions `equals`, `not_equals`, `gt`, `lt`, `gte`, `lte`, `bwi`, `bwe` (exactly
    two dates), `in`, `not_in`, but no page names the query parameters that take it for scans (e.g.
    `created_at`), so none is declared.

    Args:
        page (int | Unset): The page to return, starting at 1. Default: 1.
        limit (int | Unset): Scans per page (default 25). No documented maximum; Inferred: about
            100. Default: 25.
        location (str | Unset): Only scans attributed to this location id, e.g.
            `loc_jZ1fYiQobeWthjbhme3vDX`. Inferred: name per the docs example (`location`), not
            `location_id`.
        search (str | Unset): Inferred: free-text search; results get `_search` relevance and
            relevance order. Not documented for scans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        location=location,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    location: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorEnvelope | ScanList | None:
    """List scans

     List the organization's scans, newest first (descending creation order). `data` is always an array,
    even when there are no scans. If `pagination.has_more` is true there are more scans: request the
    next `page`. By default `page` is 1 and `limit` is 25, so scans 26-50 are `page=2&limit=25`.

    Lead, not modelled: PackageX's "Date filters" page (https://docs.packagex.io/apis/getting-
    started/date-filters) gives a value syntax for date filters, `<condition>:<ISO date>[,<ISO
    date>...]` with conditions `equals`, `not_equals`, `gt`, `lt`, `gte`, `lte`, `bwi`, `bwe` (exactly
    two dates), `in`, `not_in`, but no page names the query parameters that take it for scans (e.g.
    `created_at`), so none is declared.

    Args:
        page (int | Unset): The page to return, starting at 1. Default: 1.
        limit (int | Unset): Scans per page (default 25). No documented maximum; Inferred: about
            100. Default: 25.
        location (str | Unset): Only scans attributed to this location id, e.g.
            `loc_jZ1fYiQobeWthjbhme3vDX`. Inferred: name per the docs example (`location`), not
            `location_id`.
        search (str | Unset): Inferred: free-text search; results get `_search` relevance and
            relevance order. Not documented for scans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        location=location,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    location: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScanList]:
    """List scans

     List the organization's scans, newest first (descending creation order). `data` is always an array,
    even when there are no scans. If `pagination.has_more` is true there are more scans: request the
    next `page`. By default `page` is 1 and `limit` is 25, so scans 26-50 are `page=2&limit=25`.

    Lead, not modelled: PackageX's "Date filters" page (https://docs.packagex.io/apis/getting-
    started/date-filters) gives a value syntax for date filters, `<condition>:<ISO date>[,<ISO
    date>...]` with conditions `equals`, `not_equals`, `gt`, `lt`, `gte`, `lte`, `bwi`, `bwe` (exactly
    two dates), `in`, `not_in`, but no page names the query parameters that take it for scans (e.g.
    `created_at`), so none is declared.

    Args:
        page (int | Unset): The page to return, starting at 1. Default: 1.
        limit (int | Unset): Scans per page (default 25). No documented maximum; Inferred: about
            100. Default: 25.
        location (str | Unset): Only scans attributed to this location id, e.g.
            `loc_jZ1fYiQobeWthjbhme3vDX`. Inferred: name per the docs example (`location`), not
            `location_id`.
        search (str | Unset): Inferred: free-text search; results get `_search` relevance and
            relevance order. Not documented for scans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        location=location,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    limit: int | Unset = 25,
    location: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> ErrorEnvelope | ScanList | None:
    """List scans

     List the organization's scans, newest first (descending creation order). `data` is always an array,
    even when there are no scans. If `pagination.has_more` is true there are more scans: request the
    next `page`. By default `page` is 1 and `limit` is 25, so scans 26-50 are `page=2&limit=25`.

    Lead, not modelled: PackageX's "Date filters" page (https://docs.packagex.io/apis/getting-
    started/date-filters) gives a value syntax for date filters, `<condition>:<ISO date>[,<ISO
    date>...]` with conditions `equals`, `not_equals`, `gt`, `lt`, `gte`, `lte`, `bwi`, `bwe` (exactly
    two dates), `in`, `not_in`, but no page names the query parameters that take it for scans (e.g.
    `created_at`), so none is declared.

    Args:
        page (int | Unset): The page to return, starting at 1. Default: 1.
        limit (int | Unset): Scans per page (default 25). No documented maximum; Inferred: about
            100. Default: 25.
        location (str | Unset): Only scans attributed to this location id, e.g.
            `loc_jZ1fYiQobeWthjbhme3vDX`. Inferred: name per the docs example (`location`), not
            `location_id`.
        search (str | Unset): Inferred: free-text search; results get `_search` relevance and
            relevance order. Not documented for scans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            location=location,
            search=search,
        )
    ).parsed


_from_json_ErrorEnvelope = ErrorEnvelope._from_json
_from_json_ScanList = ScanList._from_json
