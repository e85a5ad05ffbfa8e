from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_history_envelope import ScanHistoryEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    scan_id: UUID,
    history_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/scans/{scan_id}/histories/{history_id}".format(
            scan_id=quote(str(scan_id), safe=""),
            history_id=quote(str(history_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ScanHistoryEnvelope | None:
    if response.status_code == 200:
        response_200 = _from_json_ScanHistoryEnvelope(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ScanHistoryEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    scan_id: UUID,
    history_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanHistoryEnvelope]:
    """History details for a scan

     One past run of a scan. Inferred: the path and the `{data}` envelope are not documented.

    Args:
        scan_id (UUID): The scan's UUID.
        history_id (str): The history entry's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanHistoryEnvelope]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        history_id=history_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    scan_id: UUID,
    history_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanHistoryEnvelope | None:
    """History details for a scan

     One past run of a scan. Inferred: the path and the `{data}` envelope are not documented.

    Args:
        scan_id (UUID): The scan's UUID.
        history_id (str): The history entry's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanHistoryEnvelope
    """

    return sync_detailed(
        scan_id=scan_id,
        history_id=history_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    scan_id: UUID,
    history_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | ScanHistoryEnvelope]:
    """History details for a scan

     One past run of a scan. Inferred: the path and the `{data}` envelope are not documented.

    Args:
        scan_id (UUID): The scan's UUID.
        history_id (str): The history entry's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanHistoryEnvelope]
    """

    kwargs = _get_kwargs(
        scan_id=scan_id,
        history_id=history_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    scan_id: UUID,
    history_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | ScanHistoryEnvelope | None:
    """History details for a scan

     One past run of a scan. Inferred: the path and the `{data}` envelope are not documented.

    Args:
        scan_id (UUID): The scan's UUID.
        history_id (str): The history entry's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanHistoryEnvelope
    """

    return (
        await asyncio_detailed(
            scan_id=scan_id,
            history_id=history_id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanHistoryEnvelope = ScanHistoryEnvelope._from_json
