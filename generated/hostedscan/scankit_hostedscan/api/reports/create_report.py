from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_create import ReportCreate
from ...models.report_created import ReportCreated
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ReportCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ReportCreated | None:
    if response.status_code == 200:
        response_200 = _from_json_ReportCreated(orjson.loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = _from_json_ErrorBody(orjson.loads(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ReportCreated]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
) -> Response[ErrorBody | ReportCreated]:
    """Create a report

     Create a PDF or HTML vulnerability report of your risks, optionally only for some
    targets (`targets_filter`) and some risks (`risks_filter`). The answer carries the id
    to download the report with (`reports.download`).

    Inferred: whether the file can be downloaded at once or is generated in the
    background is not documented (the docs show the two calls one after the other), so
    no waiter is declared; a download that answers 404 right after creating may need a
    retry.

    Args:
        body (ReportCreate): Body of Create Report: the format, and optionally which targets and
            which risks the
            report covers (all of them when omitted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
) -> ErrorBody | ReportCreated | None:
    """Create a report

     Create a PDF or HTML vulnerability report of your risks, optionally only for some
    targets (`targets_filter`) and some risks (`risks_filter`). The answer carries the id
    to download the report with (`reports.download`).

    Inferred: whether the file can be downloaded at once or is generated in the
    background is not documented (the docs show the two calls one after the other), so
    no waiter is declared; a download that answers 404 right after creating may need a
    retry.

    Args:
        body (ReportCreate): Body of Create Report: the format, and optionally which targets and
            which risks the
            report covers (all of them when omitted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
) -> Response[ErrorBody | ReportCreated]:
    """Create a report

     Create a PDF or HTML vulnerability report of your risks, optionally only for some
    targets (`targets_filter`) and some risks (`risks_filter`). The answer carries the id
    to download the report with (`reports.download`).

    Inferred: whether the file can be downloaded at once or is generated in the
    background is not documented (the docs show the two calls one after the other), so
    no waiter is declared; a download that answers 404 right after creating may need a
    retry.

    Args:
        body (ReportCreate): Body of Create Report: the format, and optionally which targets and
            which risks the
            report covers (all of them when omitted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportCreate,
) -> ErrorBody | ReportCreated | None:
    """Create a report

     Create a PDF or HTML vulnerability report of your risks, optionally only for some
    targets (`targets_filter`) and some risks (`risks_filter`). The answer carries the id
    to download the report with (`reports.download`).

    Inferred: whether the file can be downloaded at once or is generated in the
    background is not documented (the docs show the two calls one after the other), so
    no waiter is declared; a download that answers 404 right after creating may need a
    retry.

    Args:
        body (ReportCreate): Body of Create Report: the format, and optionally which targets and
            which risks the
            report covers (all of them when omitted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ReportCreated = ReportCreated._from_json
