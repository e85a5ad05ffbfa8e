from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_log_request import ScanLogRequest
from ...models.scan_logged import ScanLogged
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ScanLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scans/log",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanLogged:
    if response.status_code == 200:
        response_200 = _from_json_ScanLogged(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_429

    response_default = _from_json_ErrorBody(orjson.loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ScanLogged]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanLogRequest,
) -> Response[ErrorBody | ScanLogged]:
    """Log scan

     Record a scan your own system validated (third-party validation): you send the outcome
    (`status`, `statusDetail`) with the scanned value, in any format you chose, and
    PassEntry stores it for analytics and reporting. The answer is the recorded scan.

    Args:
        body (ScanLogRequest): Body of Log scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanLogged]
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
    body: ScanLogRequest,
) -> ErrorBody | ScanLogged | None:
    """Log scan

     Record a scan your own system validated (third-party validation): you send the outcome
    (`status`, `statusDetail`) with the scanned value, in any format you chose, and
    PassEntry stores it for analytics and reporting. The answer is the recorded scan.

    Args:
        body (ScanLogRequest): Body of Log scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanLogged
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanLogRequest,
) -> Response[ErrorBody | ScanLogged]:
    """Log scan

     Record a scan your own system validated (third-party validation): you send the outcome
    (`status`, `statusDetail`) with the scanned value, in any format you chose, and
    PassEntry stores it for analytics and reporting. The answer is the recorded scan.

    Args:
        body (ScanLogRequest): Body of Log scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanLogged]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScanLogRequest,
) -> ErrorBody | ScanLogged | None:
    """Log scan

     Record a scan your own system validated (third-party validation): you send the outcome
    (`status`, `statusDetail`) with the scanned value, in any format you chose, and
    PassEntry stores it for analytics and reporting. The answer is the recorded scan.

    Args:
        body (ScanLogRequest): Body of Log scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanLogged
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanLogged = ScanLogged._from_json
