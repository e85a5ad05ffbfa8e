from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.target_list import TargetList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    page_token: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_token"] = page_token

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/targets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | TargetList | None:
    if response.status_code == 200:
        response_200 = _from_json_TargetList(orjson.loads(response.content))

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
) -> Response[ErrorBody | TargetList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorBody | TargetList]:
    """List targets

     Get your targets, one page at a time. If there are more than 500 targets the list is
    truncated and the body carries `next_page_token`; pass it back as `page_token` to get
    the next page.

    Args:
        page_token (str | Unset): The `next_page_token` of the previous page; omit for the first
            page.
        filters (str | Unset): Key value pairs of filters, where each value is an array to filter
            on, sent as
            URL-encoded JSON. E.g. `{"tags": ["prod"], "target": ["hostedscan.com"]}`.

            Deprecated: HostedScan's docs no longer list this parameter (since January 2021).
            The server may ignore it; filter the results yourself if it matters.

            JSON-encoded. The scankit wrapper accepts the object and encodes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TargetList]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorBody | TargetList | None:
    """List targets

     Get your targets, one page at a time. If there are more than 500 targets the list is
    truncated and the body carries `next_page_token`; pass it back as `page_token` to get
    the next page.

    Args:
        page_token (str | Unset): The `next_page_token` of the previous page; omit for the first
            page.
        filters (str | Unset): Key value pairs of filters, where each value is an array to filter
            on, sent as
            URL-encoded JSON. E.g. `{"tags": ["prod"], "target": ["hostedscan.com"]}`.

            Deprecated: HostedScan's docs no longer list this parameter (since January 2021).
            The server may ignore it; filter the results yourself if it matters.

            JSON-encoded. The scankit wrapper accepts the object and encodes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TargetList
    """

    return sync_detailed(
        client=client,
        page_token=page_token,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorBody | TargetList]:
    """List targets

     Get your targets, one page at a time. If there are more than 500 targets the list is
    truncated and the body carries `next_page_token`; pass it back as `page_token` to get
    the next page.

    Args:
        page_token (str | Unset): The `next_page_token` of the previous page; omit for the first
            page.
        filters (str | Unset): Key value pairs of filters, where each value is an array to filter
            on, sent as
            URL-encoded JSON. E.g. `{"tags": ["prod"], "target": ["hostedscan.com"]}`.

            Deprecated: HostedScan's docs no longer list this parameter (since January 2021).
            The server may ignore it; filter the results yourself if it matters.

            JSON-encoded. The scankit wrapper accepts the object and encodes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TargetList]
    """

    kwargs = _get_kwargs(
        page_token=page_token,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_token: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorBody | TargetList | None:
    """List targets

     Get your targets, one page at a time. If there are more than 500 targets the list is
    truncated and the body carries `next_page_token`; pass it back as `page_token` to get
    the next page.

    Args:
        page_token (str | Unset): The `next_page_token` of the previous page; omit for the first
            page.
        filters (str | Unset): Key value pairs of filters, where each value is an array to filter
            on, sent as
            URL-encoded JSON. E.g. `{"tags": ["prod"], "target": ["hostedscan.com"]}`.

            Deprecated: HostedScan's docs no longer list this parameter (since January 2021).
            The server may ignore it; filter the results yourself if it matters.

            JSON-encoded. The scankit wrapper accepts the object and encodes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TargetList
    """

    return (
        await asyncio_detailed(
            client=client,
            page_token=page_token,
            filters=filters,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_TargetList = TargetList._from_json
