from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_create import ScanCreate
from ...models.scan_envelope import ScanEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ScanCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/scans",
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

    if response.status_code == 201:
        response_201 = _from_json_ScanEnvelope(orjson.loads(response.content))

        return response_201

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
) -> Response[ErrorBody | ScanEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanCreate,
) -> Response[ErrorBody | ScanEnvelope]:
    """Create Scan

     Create a scan (a GVM task) for a target. Inferred: the path, the body and the response are not
    documented.

    Args:
        body (ScanCreate): Body of Create Scan. Inferred: the v2 body is not documented; every
            field is optional and
            unknown fields can be added through `additional_properties`. v1 sends `name`, `target_id`,
            `schedule_id`, `notification_ids` and `comment` as form fields wrapped in `scans[...]`;
            whether v2 wraps the JSON body (e.g. `{"scan": {...}}`, a Rails habit) is unknown, so the
            fields are sent unwrapped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
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
    body: ScanCreate,
) -> ErrorBody | ScanEnvelope | None:
    """Create Scan

     Create a scan (a GVM task) for a target. Inferred: the path, the body and the response are not
    documented.

    Args:
        body (ScanCreate): Body of Create Scan. Inferred: the v2 body is not documented; every
            field is optional and
            unknown fields can be added through `additional_properties`. v1 sends `name`, `target_id`,
            `schedule_id`, `notification_ids` and `comment` as form fields wrapped in `scans[...]`;
            whether v2 wraps the JSON body (e.g. `{"scan": {...}}`, a Rails habit) is unknown, so the
            fields are sent unwrapped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScanCreate,
) -> Response[ErrorBody | ScanEnvelope]:
    """Create Scan

     Create a scan (a GVM task) for a target. Inferred: the path, the body and the response are not
    documented.

    Args:
        body (ScanCreate): Body of Create Scan. Inferred: the v2 body is not documented; every
            field is optional and
            unknown fields can be added through `additional_properties`. v1 sends `name`, `target_id`,
            `schedule_id`, `notification_ids` and `comment` as form fields wrapped in `scans[...]`;
            whether v2 wraps the JSON body (e.g. `{"scan": {...}}`, a Rails habit) is unknown, so the
            fields are sent unwrapped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScanCreate,
) -> ErrorBody | ScanEnvelope | None:
    """Create Scan

     Create a scan (a GVM task) for a target. Inferred: the path, the body and the response are not
    documented.

    Args:
        body (ScanCreate): Body of Create Scan. Inferred: the v2 body is not documented; every
            field is optional and
            unknown fields can be added through `additional_properties`. v1 sends `name`, `target_id`,
            `schedule_id`, `notification_ids` and `comment` as form fields wrapped in `scans[...]`;
            whether v2 wraps the JSON body (e.g. `{"scan": {...}}`, a Rails habit) is unknown, so the
            fields are sent unwrapped.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanEnvelope = ScanEnvelope._from_json
