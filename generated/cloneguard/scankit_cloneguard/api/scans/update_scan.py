from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_envelope import ScanEnvelope
from ...models.scan_update import ScanUpdate
from ...types import Response, status_code_of


def _get_kwargs(
    id: UUID,
    *,
    body: ScanUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/scans/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ScanEnvelope | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_200

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
) -> Response[ErrorBody | ScanEnvelope]:
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
    body: ScanUpdate,
) -> Response[ErrorBody | ScanEnvelope]:
    """Updates a scan

     Change a scan's settings. Inferred: the path, the body and the response are not documented.

    Args:
        id (UUID): The scan's UUID.
        body (ScanUpdate): Body of Updates a scan. Inferred: the v2 body is not documented; every
            field is optional
            and unknown fields can be added through `additional_properties`. Field names as for
            Create Scan (v1's `scans[...]` form fields); the v2 wrapper key is unknown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScanUpdate,
) -> ErrorBody | ScanEnvelope | None:
    """Updates a scan

     Change a scan's settings. Inferred: the path, the body and the response are not documented.

    Args:
        id (UUID): The scan's UUID.
        body (ScanUpdate): Body of Updates a scan. Inferred: the v2 body is not documented; every
            field is optional
            and unknown fields can be added through `additional_properties`. Field names as for
            Create Scan (v1's `scans[...]` form fields); the v2 wrapper key is unknown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScanUpdate,
) -> Response[ErrorBody | ScanEnvelope]:
    """Updates a scan

     Change a scan's settings. Inferred: the path, the body and the response are not documented.

    Args:
        id (UUID): The scan's UUID.
        body (ScanUpdate): Body of Updates a scan. Inferred: the v2 body is not documented; every
            field is optional
            and unknown fields can be added through `additional_properties`. Field names as for
            Create Scan (v1's `scans[...]` form fields); the v2 wrapper key is unknown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScanUpdate,
) -> ErrorBody | ScanEnvelope | None:
    """Updates a scan

     Change a scan's settings. Inferred: the path, the body and the response are not documented.

    Args:
        id (UUID): The scan's UUID.
        body (ScanUpdate): Body of Updates a scan. Inferred: the v2 body is not documented; every
            field is optional
            and unknown fields can be added through `additional_properties`. Field names as for
            Create Scan (v1's `scans[...]` form fields); the v2 wrapper key is unknown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
