from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.target_create import TargetCreate
from ...models.target_envelope import TargetEnvelope
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: TargetCreate,
    upsert: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["upsert"] = upsert

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/targets",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TargetEnvelope | None:
    if response.status_code == 200:
        response_200 = _from_json_TargetEnvelope(orjson.loads(response.content))

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
) -> Response[ErrorBody | TargetEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TargetCreate,
    upsert: bool | Unset = False,
) -> Response[ErrorBody | TargetEnvelope]:
    """Create a target

     Create a new target (an IPv4 address, URL or fully qualified domain name).

    Args:
        upsert (bool | Unset): When true, creating a target that already exists does not fail.
            Inferred: the existing target is returned, with this request's label and tags applied.
            Default: False.
        body (TargetCreate): A new target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TargetEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        upsert=upsert,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TargetCreate,
    upsert: bool | Unset = False,
) -> ErrorBody | TargetEnvelope | None:
    """Create a target

     Create a new target (an IPv4 address, URL or fully qualified domain name).

    Args:
        upsert (bool | Unset): When true, creating a target that already exists does not fail.
            Inferred: the existing target is returned, with this request's label and tags applied.
            Default: False.
        body (TargetCreate): A new target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TargetEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        upsert=upsert,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TargetCreate,
    upsert: bool | Unset = False,
) -> Response[ErrorBody | TargetEnvelope]:
    """Create a target

     Create a new target (an IPv4 address, URL or fully qualified domain name).

    Args:
        upsert (bool | Unset): When true, creating a target that already exists does not fail.
            Inferred: the existing target is returned, with this request's label and tags applied.
            Default: False.
        body (TargetCreate): A new target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TargetEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        upsert=upsert,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TargetCreate,
    upsert: bool | Unset = False,
) -> ErrorBody | TargetEnvelope | None:
    """Create a target

     Create a new target (an IPv4 address, URL or fully qualified domain name).

    Args:
        upsert (bool | Unset): When true, creating a target that already exists does not fail.
            Inferred: the existing target is returned, with this request's label and tags applied.
            Default: False.
        body (TargetCreate): A new target.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TargetEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            upsert=upsert,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_TargetEnvelope = TargetEnvelope._from_json
