import datetime
from typing import Any

import httpx
import orjson

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.scan_list import ScanList
from ...models.scan_status import ScanStatus
from ...models.scan_type import ScanType
from ...models.validation_type import ValidationType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = 100,
    entity: str | Unset = UNSET,
    reader_id: str | Unset = UNSET,
    pass_id: str | Unset = UNSET,
    validation_type: ValidationType | Unset = UNSET,
    scan_type: ScanType | Unset = UNSET,
    status: ScanStatus | Unset = UNSET,
    event_id: str | Unset = UNSET,
    pass_template_name: str | Unset = UNSET,
    group_tag: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["perPage"] = per_page

    params["entity"] = entity

    params["readerId"] = reader_id

    params["passId"] = pass_id

    json_validation_type: str | Unset = UNSET
    if not isinstance(validation_type, Unset):
        json_validation_type = validation_type.value

    params["validationType"] = json_validation_type

    json_scan_type: str | Unset = UNSET
    if not isinstance(scan_type, Unset):
        json_scan_type = scan_type.value

    params["scanType"] = json_scan_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["eventId"] = event_id

    params["passTemplateName"] = pass_template_name

    params["groupTag"] = group_tag

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/scans",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | ScanList:
    if response.status_code == 200:
        response_200 = _from_json_ScanList(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if response.status_code == 429:
        response_429 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_429

    response_default = _from_json_ErrorBody(orjson.loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | ScanList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 100,
    entity: str | Unset = UNSET,
    reader_id: str | Unset = UNSET,
    pass_id: str | Unset = UNSET,
    validation_type: ValidationType | Unset = UNSET,
    scan_type: ScanType | Unset = UNSET,
    status: ScanStatus | Unset = UNSET,
    event_id: str | Unset = UNSET,
    pass_template_name: str | Unset = UNSET,
    group_tag: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorBody | ScanList]:
    """List scans

     Lists scans one page at a time, with the passes and readers they refer
    to in `included` and scan counts in `meta`. The order is not documented:
    the current docs example is ascending by `scannedAt` (an earlier version
    of the page showed them newest first), so do not rely on either.

    Every filter is optional. Pages are numbered from 1 (`meta.currentPage`);
    `perPage` sets the page size (default 100).

    Args:
        page (int | Unset): Page number to return, starting at 1. Inferred: the parameter name
            `page` is not documented. Example: 2.
        per_page (int | Unset): Record limiter per page. Default is 100. The maximum is not
            documented. Default: 100. Example: 25.
        entity (str | Unset): Filter by entity uuid. Example:
            3f6c1a52-8f0e-4a8e-9d1c-2b7a0e5d4c11.
        reader_id (str | Unset): Filter by reader uuid (reader ids are chosen by the customer,
            e.g. `south-gate-1`). Example: south-gate-1.
        pass_id (str | Unset): Filter by pass uuid or ext_id. Example:
            7882e98b-0eba-4625-9223-5221eb8dad7f.
        validation_type (ValidationType | Unset): Who decided whether the scan succeeds: PassEntry
            itself
            (`internalValidation`) or the customer's own endpoint
            (`externalValidation`, third-party validation).
             Example: internalValidation.
        scan_type (ScanType | Unset): How the pass was read. Example: nfc.
        status (ScanStatus | Unset): Outcome of the scan. Example: failed.
        event_id (str | Unset): Filter by event uuid. Example:
            5b0f7c2e-1d4a-4e39-8c55-0a9b3e6f2d71.
        pass_template_name (str | Unset): Filter by pass template name. Example: Pass Template 4
            3116.
        group_tag (str | Unset): Filter by group tag. Example: vip.
        created_after (datetime.datetime | Unset): Filter by created after. Format ISO 8601.
            Example: 2025-01-01T00:00:00Z.
        created_before (datetime.datetime | Unset): Filter by created before. Format ISO 8601.
            Example: 2025-02-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        entity=entity,
        reader_id=reader_id,
        pass_id=pass_id,
        validation_type=validation_type,
        scan_type=scan_type,
        status=status,
        event_id=event_id,
        pass_template_name=pass_template_name,
        group_tag=group_tag,
        created_after=created_after,
        created_before=created_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 100,
    entity: str | Unset = UNSET,
    reader_id: str | Unset = UNSET,
    pass_id: str | Unset = UNSET,
    validation_type: ValidationType | Unset = UNSET,
    scan_type: ScanType | Unset = UNSET,
    status: ScanStatus | Unset = UNSET,
    event_id: str | Unset = UNSET,
    pass_template_name: str | Unset = UNSET,
    group_tag: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> ErrorBody | ScanList | None:
    """List scans

     Lists scans one page at a time, with the passes and readers they refer
    to in `included` and scan counts in `meta`. The order is not documented:
    the current docs example is ascending by `scannedAt` (an earlier version
    of the page showed them newest first), so do not rely on either.

    Every filter is optional. Pages are numbered from 1 (`meta.currentPage`);
    `perPage` sets the page size (default 100).

    Args:
        page (int | Unset): Page number to return, starting at 1. Inferred: the parameter name
            `page` is not documented. Example: 2.
        per_page (int | Unset): Record limiter per page. Default is 100. The maximum is not
            documented. Default: 100. Example: 25.
        entity (str | Unset): Filter by entity uuid. Example:
            3f6c1a52-8f0e-4a8e-9d1c-2b7a0e5d4c11.
        reader_id (str | Unset): Filter by reader uuid (reader ids are chosen by the customer,
            e.g. `south-gate-1`). Example: south-gate-1.
        pass_id (str | Unset): Filter by pass uuid or ext_id. Example:
            7882e98b-0eba-4625-9223-5221eb8dad7f.
        validation_type (ValidationType | Unset): Who decided whether the scan succeeds: PassEntry
            itself
            (`internalValidation`) or the customer's own endpoint
            (`externalValidation`, third-party validation).
             Example: internalValidation.
        scan_type (ScanType | Unset): How the pass was read. Example: nfc.
        status (ScanStatus | Unset): Outcome of the scan. Example: failed.
        event_id (str | Unset): Filter by event uuid. Example:
            5b0f7c2e-1d4a-4e39-8c55-0a9b3e6f2d71.
        pass_template_name (str | Unset): Filter by pass template name. Example: Pass Template 4
            3116.
        group_tag (str | Unset): Filter by group tag. Example: vip.
        created_after (datetime.datetime | Unset): Filter by created after. Format ISO 8601.
            Example: 2025-01-01T00:00:00Z.
        created_before (datetime.datetime | Unset): Filter by created before. Format ISO 8601.
            Example: 2025-02-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanList
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        entity=entity,
        reader_id=reader_id,
        pass_id=pass_id,
        validation_type=validation_type,
        scan_type=scan_type,
        status=status,
        event_id=event_id,
        pass_template_name=pass_template_name,
        group_tag=group_tag,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 100,
    entity: str | Unset = UNSET,
    reader_id: str | Unset = UNSET,
    pass_id: str | Unset = UNSET,
    validation_type: ValidationType | Unset = UNSET,
    scan_type: ScanType | Unset = UNSET,
    status: ScanStatus | Unset = UNSET,
    event_id: str | Unset = UNSET,
    pass_template_name: str | Unset = UNSET,
    group_tag: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[ErrorBody | ScanList]:
    """List scans

     Lists scans one page at a time, with the passes and readers they refer
    to in `included` and scan counts in `meta`. The order is not documented:
    the current docs example is ascending by `scannedAt` (an earlier version
    of the page showed them newest first), so do not rely on either.

    Every filter is optional. Pages are numbered from 1 (`meta.currentPage`);
    `perPage` sets the page size (default 100).

    Args:
        page (int | Unset): Page number to return, starting at 1. Inferred: the parameter name
            `page` is not documented. Example: 2.
        per_page (int | Unset): Record limiter per page. Default is 100. The maximum is not
            documented. Default: 100. Example: 25.
        entity (str | Unset): Filter by entity uuid. Example:
            3f6c1a52-8f0e-4a8e-9d1c-2b7a0e5d4c11.
        reader_id (str | Unset): Filter by reader uuid (reader ids are chosen by the customer,
            e.g. `south-gate-1`). Example: south-gate-1.
        pass_id (str | Unset): Filter by pass uuid or ext_id. Example:
            7882e98b-0eba-4625-9223-5221eb8dad7f.
        validation_type (ValidationType | Unset): Who decided whether the scan succeeds: PassEntry
            itself
            (`internalValidation`) or the customer's own endpoint
            (`externalValidation`, third-party validation).
             Example: internalValidation.
        scan_type (ScanType | Unset): How the pass was read. Example: nfc.
        status (ScanStatus | Unset): Outcome of the scan. Example: failed.
        event_id (str | Unset): Filter by event uuid. Example:
            5b0f7c2e-1d4a-4e39-8c55-0a9b3e6f2d71.
        pass_template_name (str | Unset): Filter by pass template name. Example: Pass Template 4
            3116.
        group_tag (str | Unset): Filter by group tag. Example: vip.
        created_after (datetime.datetime | Unset): Filter by created after. Format ISO 8601.
            Example: 2025-01-01T00:00:00Z.
        created_before (datetime.datetime | Unset): Filter by created before. Format ISO 8601.
            Example: 2025-02-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ScanList]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        entity=entity,
        reader_id=reader_id,
        pass_id=pass_id,
        validation_type=validation_type,
        scan_type=scan_type,
        status=status,
        event_id=event_id,
        pass_template_name=pass_template_name,
        group_tag=group_tag,
        created_after=created_after,
        created_before=created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = 100,
    entity: str | Unset = UNSET,
    reader_id: str | Unset = UNSET,
    pass_id: str | Unset = UNSET,
    validation_type: ValidationType | Unset = UNSET,
    scan_type: ScanType | Unset = UNSET,
    status: ScanStatus | Unset = UNSET,
    event_id: str | Unset = UNSET,
    pass_template_name: str | Unset = UNSET,
    group_tag: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> ErrorBody | ScanList | None:
    """List scans

     Lists scans one page at a time, with the passes and readers they refer
    to in `included` and scan counts in `meta`. The order is not documented:
    the current docs example is ascending by `scannedAt` (an earlier version
    of the page showed them newest first), so do not rely on either.

    Every filter is optional. Pages are numbered from 1 (`meta.currentPage`);
    `perPage` sets the page size (default 100).

    Args:
        page (int | Unset): Page number to return, starting at 1. Inferred: the parameter name
            `page` is not documented. Example: 2.
        per_page (int | Unset): Record limiter per page. Default is 100. The maximum is not
            documented. Default: 100. Example: 25.
        entity (str | Unset): Filter by entity uuid. Example:
            3f6c1a52-8f0e-4a8e-9d1c-2b7a0e5d4c11.
        reader_id (str | Unset): Filter by reader uuid (reader ids are chosen by the customer,
            e.g. `south-gate-1`). Example: south-gate-1.
        pass_id (str | Unset): Filter by pass uuid or ext_id. Example:
            7882e98b-0eba-4625-9223-5221eb8dad7f.
        validation_type (ValidationType | Unset): Who decided whether the scan succeeds: PassEntry
            itself
            (`internalValidation`) or the customer's own endpoint
            (`externalValidation`, third-party validation).
             Example: internalValidation.
        scan_type (ScanType | Unset): How the pass was read. Example: nfc.
        status (ScanStatus | Unset): Outcome of the scan. Example: failed.
        event_id (str | Unset): Filter by event uuid. Example:
            5b0f7c2e-1d4a-4e39-8c55-0a9b3e6f2d71.
        pass_template_name (str | Unset): Filter by pass template name. Example: Pass Template 4
            3116.
        group_tag (str | Unset): Filter by group tag. Example: vip.
        created_after (datetime.datetime | Unset): Filter by created after. Format ISO 8601.
            Example: 2025-01-01T00:00:00Z.
        created_before (datetime.datetime | Unset): Filter by created before. Format ISO 8601.
            Example: 2025-02-01T00:00:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ScanList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            entity=entity,
            reader_id=reader_id,
            pass_id=pass_id,
            validation_type=validation_type,
            scan_type=scan_type,
            status=status,
            event_id=event_id,
            pass_template_name=pass_template_name,
            group_tag=group_tag,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_ScanList = ScanList._from_json
