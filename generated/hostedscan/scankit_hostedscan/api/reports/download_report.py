from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import File, Response, status_code_of


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | File]:
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
) -> Response[ErrorBody | File]:
    """Download a report

     Download a report created with `reports.create`: the PDF or HTML file itself. The
    generated client returns the body as raw bytes (a `File`); stream big files with
    `client.with_streaming_response.reports.download(id)`.

    The docs' operation block shows the path without `/v1` (`/reports/:id`), but their
    own curl example, like every other path, uses `/v1/reports/:id`.

    Args:
        id (str): ID of the report to get. Example: example-key-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
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
) -> ErrorBody | File | None:
    """Download a report

     Download a report created with `reports.create`: the PDF or HTML file itself. The
    generated client returns the body as raw bytes (a `File`); stream big files with
    `client.with_streaming_response.reports.download(id)`.

    The docs' operation block shows the path without `/v1` (`/reports/:id`), but their
    own curl example, like every other path, uses `/v1/reports/:id`.

    Args:
        id (str): ID of the report to get. Example: example-key-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | File]:
    """Download a report

     Download a report created with `reports.create`: the PDF or HTML file itself. The
    generated client returns the body as raw bytes (a `File`); stream big files with
    `client.with_streaming_response.reports.download(id)`.

    The docs' operation block shows the path without `/v1` (`/reports/:id`), but their
    own curl example, like every other path, uses `/v1/reports/:id`.

    Args:
        id (str): ID of the report to get. Example: example-key-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
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
) -> ErrorBody | File | None:
    """Download a report

     Download a report created with `reports.create`: the PDF or HTML file itself. The
    generated client returns the body as raw bytes (a `File`); stream big files with
    `client.with_streaming_response.reports.download(id)`.

    The docs' operation block shows the path without `/v1` (`/reports/:id`), but their
    own curl example, like every other path, uses `/v1/reports/:id`.

    Args:
        id (str): ID of the report to get. Example: example-key-123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
