from typing import Any
from urllib.parse import quote

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_envelope import ReportEnvelope
from ...models.report_file_type import ReportFileType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: str,
    *,
    type_: ReportFileType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/reports/{id}/details".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ReportEnvelope | None:
    if response.status_code == 200:
        response_200 = _from_json_ReportEnvelope(orjson.loads(response.content))

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
) -> Response[ErrorBody | ReportEnvelope]:
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
    type_: ReportFileType | Unset = UNSET,
) -> Response[ErrorBody | ReportEnvelope]:
    """Check if a report file exists

     Whether a report's file of a `type` has been generated: read
    `attributes.files.<type>.status` of the answer (`done` when it can be downloaded).

    Inferred for v2: the path is the one v1's WordPress plugin polls for the same purpose
    (`GET /reports/{id}/details`, then `files[<type>].status == "done"`); v1 sends no `type`,
    the v2 operation's name ("a report file") suggests it takes one, so it is optional here.
    The answer is assumed to be the report in a `{data}` envelope.

    Args:
        id (str): The report's id.
        type_ (ReportFileType | Unset): A report file type. Open list: v1's WordPress plugin
            generates and downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportEnvelope]
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
    type_: ReportFileType | Unset = UNSET,
) -> ErrorBody | ReportEnvelope | None:
    """Check if a report file exists

     Whether a report's file of a `type` has been generated: read
    `attributes.files.<type>.status` of the answer (`done` when it can be downloaded).

    Inferred for v2: the path is the one v1's WordPress plugin polls for the same purpose
    (`GET /reports/{id}/details`, then `files[<type>].status == "done"`); v1 sends no `type`,
    the v2 operation's name ("a report file") suggests it takes one, so it is optional here.
    The answer is assumed to be the report in a `{data}` envelope.

    Args:
        id (str): The report's id.
        type_ (ReportFileType | Unset): A report file type. Open list: v1's WordPress plugin
            generates and downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportEnvelope
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
    type_: ReportFileType | Unset = UNSET,
) -> Response[ErrorBody | ReportEnvelope]:
    """Check if a report file exists

     Whether a report's file of a `type` has been generated: read
    `attributes.files.<type>.status` of the answer (`done` when it can be downloaded).

    Inferred for v2: the path is the one v1's WordPress plugin polls for the same purpose
    (`GET /reports/{id}/details`, then `files[<type>].status == "done"`); v1 sends no `type`,
    the v2 operation's name ("a report file") suggests it takes one, so it is optional here.
    The answer is assumed to be the report in a `{data}` envelope.

    Args:
        id (str): The report's id.
        type_ (ReportFileType | Unset): A report file type. Open list: v1's WordPress plugin
            generates and downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ReportEnvelope]
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
    type_: ReportFileType | Unset = UNSET,
) -> ErrorBody | ReportEnvelope | None:
    """Check if a report file exists

     Whether a report's file of a `type` has been generated: read
    `attributes.files.<type>.status` of the answer (`done` when it can be downloaded).

    Inferred for v2: the path is the one v1's WordPress plugin polls for the same purpose
    (`GET /reports/{id}/details`, then `files[<type>].status == "done"`); v1 sends no `type`,
    the v2 operation's name ("a report file") suggests it takes one, so it is optional here.
    The answer is assumed to be the report in a `{data}` envelope.

    Args:
        id (str): The report's id.
        type_ (ReportFileType | Unset): A report file type. Open list: v1's WordPress plugin
            generates and downloads
            `attestation`, `detailed`, `executive` and `remediation` (an Excel workbook); Clone
            Systems' reseller Detectify names the same four reports (AoSC, Executive, Detailed,
            Remediation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ReportEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            type_=type_,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ReportEnvelope = ReportEnvelope._from_json
