from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_list import ReportList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
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
        "url": "/v2/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ReportList | None:
    if response.status_code == 200:
        response_200 = _from_json_ReportList(orjson.loads(response.content))

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
) -> Response[ErrorBody | ReportList]:
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
) -> Response[ErrorBody | ReportList]:
    """List Reports

     The reports, a page at a time. A report is the outcome of one scan run (its `task` is the
    scan), from which files (`attestation`, `detailed`, `executive`, `remediation`) are
    generated and downloaded.

    Inferred for v2: the path is that of v1 (`GET /reports`, with `page` and `per_page`, in
    Clone Systems' WordPress plugin); the body is assumed to be List scans' `{data, meta}`
    envelope (v1 answered `{reports: [...], pagination: {...}}`).

    Args:
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
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
) -> ErrorBody | ReportList | None:
    """List Reports

     The reports, a page at a time. A report is the outcome of one scan run (its `task` is the
    scan), from which files (`attestation`, `detailed`, `executive`, `remediation`) are
    generated and downloaded.

    Inferred for v2: the path is that of v1 (`GET /reports`, with `page` and `per_page`, in
    Clone Systems' WordPress plugin); the body is assumed to be List scans' `{data, meta}`
    envelope (v1 answered `{reports: [...], pagination: {...}}`).

    Args:
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorBody | ReportList]:
    """List Reports

     The reports, a page at a time. A report is the outcome of one scan run (its `task` is the
    scan), from which files (`attestation`, `detailed`, `executive`, `remediation`) are
    generated and downloaded.

    Inferred for v2: the path is that of v1 (`GET /reports`, with `page` and `per_page`, in
    Clone Systems' WordPress plugin); the body is assumed to be List scans' `{data, meta}`
    envelope (v1 answered `{reports: [...], pagination: {...}}`).

    Args:
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorBody | ReportList | None:
    """List Reports

     The reports, a page at a time. A report is the outcome of one scan run (its `task` is the
    scan), from which files (`attestation`, `detailed`, `executive`, `remediation`) are
    generated and downloaded.

    Inferred for v2: the path is that of v1 (`GET /reports`, with `page` and `per_page`, in
    Clone Systems' WordPress plugin); the body is assumed to be List scans' `{data, meta}`
    envelope (v1 answered `{reports: [...], pagination: {...}}`).

    Args:
        page (int | Unset): Inferred: page number (1-based), as on List scans. Default: 1.
        per_page (int | Unset): Inferred: records per page, as on List scans. Max: 100. Default:
            10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ReportList = ReportList._from_json
