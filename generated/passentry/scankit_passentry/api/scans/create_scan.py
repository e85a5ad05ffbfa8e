from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_create_request import ScanCreateRequest
from ...models.scan_validation import ScanValidation
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ScanCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/scans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanValidation:
    if response.status_code == 200:
        response_200 = _from_json_ScanValidation(orjson.loads(response.content))

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
) -> Response[ErrorBody | ScanValidation]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanCreateRequest,
) -> Response[ErrorBody | ScanValidation]:
    """Create scan

     Record a scan made at a reader and have PassEntry validate it (internal validation, the
    default): PassEntry checks that the pass exists and is active (and, where a validity
    period is set, that it was not scanned within it) and answers at once with the outcome
    (`validationResponse`), what the reader should display, and the recorded scan
    (`scanInfo`). The scanned value must be the pass's UUID or external id. A `loyalty`
    balance change is applied to loyalty passes.

    Readers call this for you; an integration calls it when it reads passes itself. For
    third-party validation, where your system decided the outcome, use `scans.log`.

    Args:
        body (ScanCreateRequest): Body of Create scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanValidation]
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
    body: ScanCreateRequest,
) -> ErrorBody | ScanValidation | None:
    """Create scan

     Record a scan made at a reader and have PassEntry validate it (internal validation, the
    default): PassEntry checks that the pass exists and is active (and, where a validity
    period is set, that it was not scanned within it) and answers at once with the outcome
    (`validationResponse`), what the reader should display, and the recorded scan
    (`scanInfo`). The scanned value must be the pass's UUID or external id. A `loyalty`
    balance change is applied to loyalty passes.

    Readers call this for you; an integration calls it when it reads passes itself. For
    third-party validation, where your system decided the outcome, use `scans.log`.

    Args:
        body (ScanCreateRequest): Body of Create scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanValidation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanCreateRequest,
) -> Response[ErrorBody | ScanValidation]:
    """Create scan

     Record a scan made at a reader and have PassEntry validate it (internal validation, the
    default): PassEntry checks that the pass exists and is active (and, where a validity
    period is set, that it was not scanned within it) and answers at once with the outcome
    (`validationResponse`), what the reader should display, and the recorded scan
    (`scanInfo`). The scanned value must be the pass's UUID or external id. A `loyalty`
    balance change is applied to loyalty passes.

    Readers call this for you; an integration calls it when it reads passes itself. For
    third-party validation, where your system decided the outcome, use `scans.log`.

    Args:
        body (ScanCreateRequest): Body of Create scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanValidation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScanCreateRequest,
) -> ErrorBody | ScanValidation | None:
    """Create scan

     Record a scan made at a reader and have PassEntry validate it (internal validation, the
    default): PassEntry checks that the pass exists and is active (and, where a validity
    period is set, that it was not scanned within it) and answers at once with the outcome
    (`validationResponse`), what the reader should display, and the recorded scan
    (`scanInfo`). The scanned value must be the pass's UUID or external id. A `loyalty`
    balance change is applied to loyalty passes.

    Readers call this for you; an integration calls it when it reads passes itself. For
    third-party validation, where your system decided the outcome, use `scans.log`.

    Args:
        body (ScanCreateRequest): Body of Create scan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanValidation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanValidation = ScanValidation._from_json
