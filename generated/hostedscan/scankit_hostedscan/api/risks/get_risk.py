from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.risk_envelope import RiskEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/risks/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RiskEnvelope | None:
    if response.status_code == 200:
        response_200 = _from_json_RiskEnvelope(orjson.loads(response.content))

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
) -> Response[ErrorBody | RiskEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | RiskEnvelope]:
    """Get a risk

     Get one risk by its ID.

    Args:
        id (str): ID of the risk to get. Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RiskEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | RiskEnvelope | None:
    """Get a risk

     Get one risk by its ID.

    Args:
        id (str): ID of the risk to get. Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RiskEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | RiskEnvelope]:
    """Get a risk

     Get one risk by its ID.

    Args:
        id (str): ID of the risk to get. Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RiskEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | RiskEnvelope | None:
    """Get a risk

     Get one risk by its ID.

    Args:
        id (str): ID of the risk to get. Example: 12345.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RiskEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_RiskEnvelope = RiskEnvelope._from_json
