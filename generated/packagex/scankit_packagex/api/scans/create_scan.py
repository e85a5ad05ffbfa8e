from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.create_scan_request import CreateScanRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.scan_envelope import ScanEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateScanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/scans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | ScanEnvelope:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_201

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
) -> Response[ErrorEnvelope | ScanEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateScanRequest,
) -> Response[ErrorEnvelope | ScanEnvelope]:
    """Create a scan

     Create a scan from an image: PackageX runs OCR on it and returns the parsed scan (sender, recipient,
    carrier, tracking number, labels...). Pass `image_url` as a base64 data URL
    (`data:image/jpeg;base64,...`, soft cap about 7.5 MB) or a public web URL. The Vision SDKs make this
    same call and get the same response.

    Args:
        body (CreateScanRequest): The body of `POST /v1/scans`. Only `image_url` is required. (An
            older version of the docs used a top-level `parse_address` boolean; it is now
            `options.parse_addresses`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanEnvelope]
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
    body: CreateScanRequest,
) -> ErrorEnvelope | ScanEnvelope | None:
    """Create a scan

     Create a scan from an image: PackageX runs OCR on it and returns the parsed scan (sender, recipient,
    carrier, tracking number, labels...). Pass `image_url` as a base64 data URL
    (`data:image/jpeg;base64,...`, soft cap about 7.5 MB) or a public web URL. The Vision SDKs make this
    same call and get the same response.

    Args:
        body (CreateScanRequest): The body of `POST /v1/scans`. Only `image_url` is required. (An
            older version of the docs used a top-level `parse_address` boolean; it is now
            `options.parse_addresses`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateScanRequest,
) -> Response[ErrorEnvelope | ScanEnvelope]:
    """Create a scan

     Create a scan from an image: PackageX runs OCR on it and returns the parsed scan (sender, recipient,
    carrier, tracking number, labels...). Pass `image_url` as a base64 data URL
    (`data:image/jpeg;base64,...`, soft cap about 7.5 MB) or a public web URL. The Vision SDKs make this
    same call and get the same response.

    Args:
        body (CreateScanRequest): The body of `POST /v1/scans`. Only `image_url` is required. (An
            older version of the docs used a top-level `parse_address` boolean; it is now
            `options.parse_addresses`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateScanRequest,
) -> ErrorEnvelope | ScanEnvelope | None:
    """Create a scan

     Create a scan from an image: PackageX runs OCR on it and returns the parsed scan (sender, recipient,
    carrier, tracking number, labels...). Pass `image_url` as a base64 data URL
    (`data:image/jpeg;base64,...`, soft cap about 7.5 MB) or a public web URL. The Vision SDKs make this
    same call and get the same response.

    Args:
        body (CreateScanRequest): The body of `POST /v1/scans`. Only `image_url` is required. (An
            older version of the docs used a top-level `parse_address` boolean; it is now
            `options.parse_addresses`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorEnvelope = ErrorEnvelope._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
