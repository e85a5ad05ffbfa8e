from typing import Any, cast

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_action_result import ReportActionResult
from ...models.report_bulk_delete import ReportBulkDelete
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ReportBulkDelete,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/reports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | ReportActionResult | None:
    if response.status_code == 200:
        response_200 = _from_json_ReportActionResult(orjson.loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | ReportActionResult]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportBulkDelete,
) -> Response[Any | ErrorBody | ReportActionResult]:
    """Delete reports

     Delete several reports at once. Inferred: the path (DELETE /v2/reports), the body (`ids`) and the
    response are not documented; they mirror Delete scans.

    Args:
        body (ReportBulkDelete): Body of Delete reports. Inferred: the body is not documented
            (mirrors Delete scans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportActionResult]
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
    body: ReportBulkDelete,
) -> Any | ErrorBody | ReportActionResult | None:
    """Delete reports

     Delete several reports at once. Inferred: the path (DELETE /v2/reports), the body (`ids`) and the
    response are not documented; they mirror Delete scans.

    Args:
        body (ReportBulkDelete): Body of Delete reports. Inferred: the body is not documented
            (mirrors Delete scans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportActionResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportBulkDelete,
) -> Response[Any | ErrorBody | ReportActionResult]:
    """Delete reports

     Delete several reports at once. Inferred: the path (DELETE /v2/reports), the body (`ids`) and the
    response are not documented; they mirror Delete scans.

    Args:
        body (ReportBulkDelete): Body of Delete reports. Inferred: the body is not documented
            (mirrors Delete scans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportActionResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportBulkDelete,
) -> Any | ErrorBody | ReportActionResult | None:
    """Delete reports

     Delete several reports at once. Inferred: the path (DELETE /v2/reports), the body (`ids`) and the
    response are not documented; they mirror Delete scans.

    Args:
        body (ReportBulkDelete): Body of Delete reports. Inferred: the body is not documented
            (mirrors Delete scans).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportActionResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ReportActionResult = ReportActionResult._from_json
