from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_action_result import ScanActionResult
from ...types import Response, status_code_of


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/scans/{id}/start".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | ScanActionResult | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanActionResult(orjson.loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody | ScanActionResult]:
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
) -> Response[Any | ErrorBody | ScanActionResult]:
    """Start a scan

     Start a scan now. Inferred for v2: the path and the response are not documented; no
    request body is sent. The v1 API has this path (`POST /scans/{id}/start`), which supports
    the Rails-style guess.

    Lead, not modelled: v1 also has `POST /scans/{id}/start_scheduled` ("Start a scheduled
    scan"); the v2 docs' operation list has no such entry, so it is left out until a v2 source
    shows it.

    Args:
        id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ScanActionResult]
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
) -> Any | ErrorBody | ScanActionResult | None:
    """Start a scan

     Start a scan now. Inferred for v2: the path and the response are not documented; no
    request body is sent. The v1 API has this path (`POST /scans/{id}/start`), which supports
    the Rails-style guess.

    Lead, not modelled: v1 also has `POST /scans/{id}/start_scheduled` ("Start a scheduled
    scan"); the v2 docs' operation list has no such entry, so it is left out until a v2 source
    shows it.

    Args:
        id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ScanActionResult
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorBody | ScanActionResult]:
    """Start a scan

     Start a scan now. Inferred for v2: the path and the response are not documented; no
    request body is sent. The v1 API has this path (`POST /scans/{id}/start`), which supports
    the Rails-style guess.

    Lead, not modelled: v1 also has `POST /scans/{id}/start_scheduled` ("Start a scheduled
    scan"); the v2 docs' operation list has no such entry, so it is left out until a v2 source
    shows it.

    Args:
        id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ScanActionResult]
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
) -> Any | ErrorBody | ScanActionResult | None:
    """Start a scan

     Start a scan now. Inferred for v2: the path and the response are not documented; no
    request body is sent. The v1 API has this path (`POST /scans/{id}/start`), which supports
    the Rails-style guess.

    Lead, not modelled: v1 also has `POST /scans/{id}/start_scheduled` ("Start a scheduled
    scan"); the v2 docs' operation list has no such entry, so it is left out until a v2 source
    shows it.

    Args:
        id (UUID): The scan's UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ScanActionResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanActionResult = ScanActionResult._from_json
