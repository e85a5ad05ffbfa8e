from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_list import ScanList
from ...models.scan_search import ScanSearch
from ...models.scan_sort_by import ScanSortBy
from ...models.scan_status import ScanStatus
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    q: ScanSearch | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    relative_date_range: str | Unset = UNSET,
    sort_by: ScanSortBy | Unset = UNSET,
    limited: bool | Unset = UNSET,
    extended: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    status: list[ScanStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_q: dict[str, Any] | Unset = UNSET
    if not isinstance(q, Unset):
        json_q = q.to_dict()
    if not isinstance(json_q, Unset):
        params.update({f"q[{k}]": v for k, v in json_q.items()})

    params["date_range_start"] = date_range_start

    params["date_range_end"] = date_range_end

    params["relative_date_range"] = relative_date_range

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["limited"] = limited

    params["extended"] = extended

    params["scheduled"] = scheduled

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status[]"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scans",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanList | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanList(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ScanList]:
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
    per_page: int | Unset = 10,
    q: ScanSearch | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    relative_date_range: str | Unset = UNSET,
    sort_by: ScanSortBy | Unset = UNSET,
    limited: bool | Unset = UNSET,
    extended: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    status: list[ScanStatus] | Unset = UNSET,
) -> Response[ErrorBody | ScanList]:
    """List scans

     Get a list of scans, a page at a time (`page`, `per_page`).

    Filters combine: `q[column]` searches a column (`*` is a wildcard), `date_range_start` /
    `date_range_end` / `relative_date_range` restrict by date, `scheduled` and `status[]`
    restrict by schedule and GVM status.

    Args:
        page (int | Unset): Page number (1-based). Default: 1.
        per_page (int | Unset): Number of records per page. Max: 100. Default: 10.
        q (ScanSearch | Unset): Column search for List scans, sent as `q[column]=word`. `*` works
            as a wildcard, e.g.
            `name: "test*"` sends `q[name]=test*`.
        date_range_start (str | Unset): Start date for date range filter. Format: `YYYY-MM-DD
            hh:mm:ss` (not ISO 8601). Example: 2024-11-01 00:00:00.
        date_range_end (str | Unset): End date for date range filter (default: now). Format:
            `YYYY-MM-DD hh:mm:ss` (not ISO 8601). Example: 2024-11-30 23:59:59.
        relative_date_range (str | Unset): Relative date range: a number and a unit, (s)econds,
            (m)inutes, (h)ours, (d)ays, (M)onths, (y)ears or (q)uarter; e.g. `10d` (last 10 days) or
            `1q2020` (first quarter of 2020). Example: 10d.
        sort_by (ScanSortBy | Unset): Sort column and direction for List scans: `<column>_asc` or
            `<column>_desc`.
        limited (bool | Unset): Undocumented flag (the docs give no description).
        extended (bool | Unset): Include extended data: schedule, config, scanner, last_report and
            other data.
        scheduled (bool | Unset): Filter by scheduled scans.
        status (list[ScanStatus] | Unset): GVM statuses to filter by; sent as repeated
            `status[]=<value>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        relative_date_range=relative_date_range,
        sort_by=sort_by,
        limited=limited,
        extended=extended,
        scheduled=scheduled,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    q: ScanSearch | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    relative_date_range: str | Unset = UNSET,
    sort_by: ScanSortBy | Unset = UNSET,
    limited: bool | Unset = UNSET,
    extended: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    status: list[ScanStatus] | Unset = UNSET,
) -> ErrorBody | ScanList | None:
    """List scans

     Get a list of scans, a page at a time (`page`, `per_page`).

    Filters combine: `q[column]` searches a column (`*` is a wildcard), `date_range_start` /
    `date_range_end` / `relative_date_range` restrict by date, `scheduled` and `status[]`
    restrict by schedule and GVM status.

    Args:
        page (int | Unset): Page number (1-based). Default: 1.
        per_page (int | Unset): Number of records per page. Max: 100. Default: 10.
        q (ScanSearch | Unset): Column search for List scans, sent as `q[column]=word`. `*` works
            as a wildcard, e.g.
            `name: "test*"` sends `q[name]=test*`.
        date_range_start (str | Unset): Start date for date range filter. Format: `YYYY-MM-DD
            hh:mm:ss` (not ISO 8601). Example: 2024-11-01 00:00:00.
        date_range_end (str | Unset): End date for date range filter (default: now). Format:
            `YYYY-MM-DD hh:mm:ss` (not ISO 8601). Example: 2024-11-30 23:59:59.
        relative_date_range (str | Unset): Relative date range: a number and a unit, (s)econds,
            (m)inutes, (h)ours, (d)ays, (M)onths, (y)ears or (q)uarter; e.g. `10d` (last 10 days) or
            `1q2020` (first quarter of 2020). Example: 10d.
        sort_by (ScanSortBy | Unset): Sort column and direction for List scans: `<column>_asc` or
            `<column>_desc`.
        limited (bool | Unset): Undocumented flag (the docs give no description).
        extended (bool | Unset): Include extended data: schedule, config, scanner, last_report and
            other data.
        scheduled (bool | Unset): Filter by scheduled scans.
        status (list[ScanStatus] | Unset): GVM statuses to filter by; sent as repeated
            `status[]=<value>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        q=q,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        relative_date_range=relative_date_range,
        sort_by=sort_by,
        limited=limited,
        extended=extended,
        scheduled=scheduled,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    q: ScanSearch | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    relative_date_range: str | Unset = UNSET,
    sort_by: ScanSortBy | Unset = UNSET,
    limited: bool | Unset = UNSET,
    extended: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    status: list[ScanStatus] | Unset = UNSET,
) -> Response[ErrorBody | ScanList]:
    """List scans

     Get a list of scans, a page at a time (`page`, `per_page`).

    Filters combine: `q[column]` searches a column (`*` is a wildcard), `date_range_start` /
    `date_range_end` / `relative_date_range` restrict by date, `scheduled` and `status[]`
    restrict by schedule and GVM status.

    Args:
        page (int | Unset): Page number (1-based). Default: 1.
        per_page (int | Unset): Number of records per page. Max: 100. Default: 10.
        q (ScanSearch | Unset): Column search for List scans, sent as `q[column]=word`. `*` works
            as a wildcard, e.g.
            `name: "test*"` sends `q[name]=test*`.
        date_range_start (str | Unset): Start date for date range filter. Format: `YYYY-MM-DD
            hh:mm:ss` (not ISO 8601). Example: 2024-11-01 00:00:00.
        date_range_end (str | Unset): End date for date range filter (default: now). Format:
            `YYYY-MM-DD hh:mm:ss` (not ISO 8601). Example: 2024-11-30 23:59:59.
        relative_date_range (str | Unset): Relative date range: a number and a unit, (s)econds,
            (m)inutes, (h)ours, (d)ays, (M)onths, (y)ears or (q)uarter; e.g. `10d` (last 10 days) or
            `1q2020` (first quarter of 2020). Example: 10d.
        sort_by (ScanSortBy | Unset): Sort column and direction for List scans: `<column>_asc` or
            `<column>_desc`.
        limited (bool | Unset): Undocumented flag (the docs give no description).
        extended (bool | Unset): Include extended data: schedule, config, scanner, last_report and
            other data.
        scheduled (bool | Unset): Filter by scheduled scans.
        status (list[ScanStatus] | Unset): GVM statuses to filter by; sent as repeated
            `status[]=<value>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        relative_date_range=relative_date_range,
        sort_by=sort_by,
        limited=limited,
        extended=extended,
        scheduled=scheduled,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
    q: ScanSearch | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    relative_date_range: str | Unset = UNSET,
    sort_by: ScanSortBy | Unset = UNSET,
    limited: bool | Unset = UNSET,
    extended: bool | Unset = UNSET,
    scheduled: bool | Unset = UNSET,
    status: list[ScanStatus] | Unset = UNSET,
) -> ErrorBody | ScanList | None:
    """List scans

     Get a list of scans, a page at a time (`page`, `per_page`).

    Filters combine: `q[column]` searches a column (`*` is a wildcard), `date_range_start` /
    `date_range_end` / `relative_date_range` restrict by date, `scheduled` and `status[]`
    restrict by schedule and GVM status.

    Args:
        page (int | Unset): Page number (1-based). Default: 1.
        per_page (int | Unset): Number of records per page. Max: 100. Default: 10.
        q (ScanSearch | Unset): Column search for List scans, sent as `q[column]=word`. `*` works
            as a wildcard, e.g.
            `name: "test*"` sends `q[name]=test*`.
        date_range_start (str | Unset): Start date for date range filter. Format: `YYYY-MM-DD
            hh:mm:ss` (not ISO 8601). Example: 2024-11-01 00:00:00.
        date_range_end (str | Unset): End date for date range filter (default: now). Format:
            `YYYY-MM-DD hh:mm:ss` (not ISO 8601). Example: 2024-11-30 23:59:59.
        relative_date_range (str | Unset): Relative date range: a number and a unit, (s)econds,
            (m)inutes, (h)ours, (d)ays, (M)onths, (y)ears or (q)uarter; e.g. `10d` (last 10 days) or
            `1q2020` (first quarter of 2020). Example: 10d.
        sort_by (ScanSortBy | Unset): Sort column and direction for List scans: `<column>_asc` or
            `<column>_desc`.
        limited (bool | Unset): Undocumented flag (the docs give no description).
        extended (bool | Unset): Include extended data: schedule, config, scanner, last_report and
            other data.
        scheduled (bool | Unset): Filter by scheduled scans.
        status (list[ScanStatus] | Unset): GVM statuses to filter by; sent as repeated
            `status[]=<value>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            q=q,
            date_range_start=date_range_start,
            date_range_end=date_range_end,
            relative_date_range=relative_date_range,
            sort_by=sort_by,
            limited=limited,
            extended=extended,
            scheduled=scheduled,
            status=status,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanList = ScanList._from_json
