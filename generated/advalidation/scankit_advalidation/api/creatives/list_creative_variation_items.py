from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.creative_list import CreativeList
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    creative_id: int,
    variation_creative_id: int,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/creatives/{creative_id}/variations/{variation_creative_id}".format(
            creative_id=quote(str(creative_id), safe=""),
            variation_creative_id=quote(str(variation_creative_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreativeList | ErrorBody:
    if response.status_code == 200:
        response_200 = _from_json_CreativeList(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_429

    response_default = _from_json_ErrorBody(orjson.loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreativeList | ErrorBody]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creative_id: int,
    variation_creative_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> Response[CreativeList | ErrorBody]:
    """Get a VAST variation with its media files

     The creatives of one variation of a VAST tag: the variation's own VAST creative (whose
    `id` is the variation's `creativeId`) and its child videos, each with its
    `latestScanStatus`. The answer is a collection, hence a list.

    Args:
        creative_id (int): ID of the creative.
        variation_creative_id (int): The variation's creative ID.
        page (int | Unset): Page number, starting at 1. Inferred: the parameter name is not
            documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | ErrorBody]
    """

    kwargs = _get_kwargs(
        creative_id=creative_id,
        variation_creative_id=variation_creative_id,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creative_id: int,
    variation_creative_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> CreativeList | ErrorBody | None:
    """Get a VAST variation with its media files

     The creatives of one variation of a VAST tag: the variation's own VAST creative (whose
    `id` is the variation's `creativeId`) and its child videos, each with its
    `latestScanStatus`. The answer is a collection, hence a list.

    Args:
        creative_id (int): ID of the creative.
        variation_creative_id (int): The variation's creative ID.
        page (int | Unset): Page number, starting at 1. Inferred: the parameter name is not
            documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | ErrorBody
    """

    return sync_detailed(
        creative_id=creative_id,
        variation_creative_id=variation_creative_id,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    creative_id: int,
    variation_creative_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> Response[CreativeList | ErrorBody]:
    """Get a VAST variation with its media files

     The creatives of one variation of a VAST tag: the variation's own VAST creative (whose
    `id` is the variation's `creativeId`) and its child videos, each with its
    `latestScanStatus`. The answer is a collection, hence a list.

    Args:
        creative_id (int): ID of the creative.
        variation_creative_id (int): The variation's creative ID.
        page (int | Unset): Page number, starting at 1. Inferred: the parameter name is not
            documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | ErrorBody]
    """

    kwargs = _get_kwargs(
        creative_id=creative_id,
        variation_creative_id=variation_creative_id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creative_id: int,
    variation_creative_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> CreativeList | ErrorBody | None:
    """Get a VAST variation with its media files

     The creatives of one variation of a VAST tag: the variation's own VAST creative (whose
    `id` is the variation's `creativeId`) and its child videos, each with its
    `latestScanStatus`. The answer is a collection, hence a list.

    Args:
        creative_id (int): ID of the creative.
        variation_creative_id (int): The variation's creative ID.
        page (int | Unset): Page number, starting at 1. Inferred: the parameter name is not
            documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | ErrorBody
    """

    return (
        await asyncio_detailed(
            creative_id=creative_id,
            variation_creative_id=variation_creative_id,
            client=client,
            page=page,
        )
    ).parsed


_from_json_CreativeList = CreativeList._from_json
_from_json_ErrorBody = ErrorBody._from_json
