from typing import Any, cast
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_action_result import ReportActionResult
from ...models.report_file_type import ReportFileType
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    id: str,
    *,
    type_: ReportFileType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reports/{id}/generate".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | ReportActionResult | None:
    if response.status_code == 200:
        response_200 = _from_json_ReportActionResult(orjson.loads(response.content))

        return response_200

    if response.status_code == 202:
        response_202 = _from_json_ReportActionResult(orjson.loads(response.content))

        return response_202

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody | ReportActionResult]:
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
    type_: ReportFileType,
) -> Response[Any | ErrorBody | ReportActionResult]:
    """Generates a report file

     Ask the server to generate one file of a report (`type`). Generation runs in the
    background: check it with `reports.check_file` (or `reports.get`, whose
    `attributes.files.<type>.status` becomes `done`), or wait for the `report_generated`
    webhook, then `reports.download` it.

    Inferred for v2: path, method and the `type` parameter are v1's
    (`GET /reports/{id}/generate?type=<type>`, Clone Systems' WordPress plugin); the answer is
    not documented (v1's plugin only checks that the call succeeded).

    No `x-scankit-waiter`: the file's state is per type (`files.<type>.status`), and a
    waiter polls a `get` by its path parameters alone.

    Args:
        id (str): The report's id.
        type_ (ReportFileType): A report file type. Open list: v1's WordPress plugin generates and
            downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportActionResult]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: ReportFileType,
) -> Any | ErrorBody | ReportActionResult | None:
    """Generates a report file

     Ask the server to generate one file of a report (`type`). Generation runs in the
    background: check it with `reports.check_file` (or `reports.get`, whose
    `attributes.files.<type>.status` becomes `done`), or wait for the `report_generated`
    webhook, then `reports.download` it.

    Inferred for v2: path, method and the `type` parameter are v1's
    (`GET /reports/{id}/generate?type=<type>`, Clone Systems' WordPress plugin); the answer is
    not documented (v1's plugin only checks that the call succeeded).

    No `x-scankit-waiter`: the file's state is per type (`files.<type>.status`), and a
    waiter polls a `get` by its path parameters alone.

    Args:
        id (str): The report's id.
        type_ (ReportFileType): A report file type. Open list: v1's WordPress plugin generates and
            downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportActionResult
    """

    return sync_detailed(
        id=id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: ReportFileType,
) -> Response[Any | ErrorBody | ReportActionResult]:
    """Generates a report file

     Ask the server to generate one file of a report (`type`). Generation runs in the
    background: check it with `reports.check_file` (or `reports.get`, whose
    `attributes.files.<type>.status` becomes `done`), or wait for the `report_generated`
    webhook, then `reports.download` it.

    Inferred for v2: path, method and the `type` parameter are v1's
    (`GET /reports/{id}/generate?type=<type>`, Clone Systems' WordPress plugin); the answer is
    not documented (v1's plugin only checks that the call succeeded).

    No `x-scankit-waiter`: the file's state is per type (`files.<type>.status`), and a
    waiter polls a `get` by its path parameters alone.

    Args:
        id (str): The report's id.
        type_ (ReportFileType): A report file type. Open list: v1's WordPress plugin generates and
            downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportActionResult]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    type_: ReportFileType,
) -> Any | ErrorBody | ReportActionResult | None:
    """Generates a report file

     Ask the server to generate one file of a report (`type`). Generation runs in the
    background: check it with `reports.check_file` (or `reports.get`, whose
    `attributes.files.<type>.status` becomes `done`), or wait for the `report_generated`
    webhook, then `reports.download` it.

    Inferred for v2: path, method and the `type` parameter are v1's
    (`GET /reports/{id}/generate?type=<type>`, Clone Systems' WordPress plugin); the answer is
    not documented (v1's plugin only checks that the call succeeded).

    No `x-scankit-waiter`: the file's state is per type (`files.<type>.status`), and a
    waiter polls a `get` by its path parameters alone.

    Args:
        id (str): The report's id.
        type_ (ReportFileType): A report file type. Open list: v1's WordPress plugin generates and
            downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportActionResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            type_=type_,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ReportActionResult = ReportActionResult._from_json
