from typing import Any

import httpx
import orjson

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.session_token import SessionToken
from ...models.sign_in_credentials import SignInCredentials
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: SignInCredentials,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/sign_in",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SessionToken | None:
    if response.status_code == 200:
        response_200 = _from_json_SessionToken(orjson.loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = _from_json_ErrorBody(orjson.loads(response.content))

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | SessionToken]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInCredentials,
) -> Response[ErrorBody | SessionToken]:
    """Sign in authentication

     Exchange a username and password for a session token. Send the token as
    `Authorization: Bearer <token>` together with the `x-api-key` header on later requests.
    Accounts with two-factor authentication go through the separate MFA endpoints
    ("Check 2fa", "Send SMS OTP"), which this client does not model.

    Args:
        body (SignInCredentials): Username and password for `POST /auth/sign_in`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SessionToken]
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
    body: SignInCredentials,
) -> ErrorBody | SessionToken | None:
    """Sign in authentication

     Exchange a username and password for a session token. Send the token as
    `Authorization: Bearer <token>` together with the `x-api-key` header on later requests.
    Accounts with two-factor authentication go through the separate MFA endpoints
    ("Check 2fa", "Send SMS OTP"), which this client does not model.

    Args:
        body (SignInCredentials): Username and password for `POST /auth/sign_in`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SessionToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInCredentials,
) -> Response[ErrorBody | SessionToken]:
    """Sign in authentication

     Exchange a username and password for a session token. Send the token as
    `Authorization: Bearer <token>` together with the `x-api-key` header on later requests.
    Accounts with two-factor authentication go through the separate MFA endpoints
    ("Check 2fa", "Send SMS OTP"), which this client does not model.

    Args:
        body (SignInCredentials): Username and password for `POST /auth/sign_in`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SessionToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignInCredentials,
) -> ErrorBody | SessionToken | None:
    """Sign in authentication

     Exchange a username and password for a session token. Send the token as
    `Authorization: Bearer <token>` together with the `x-api-key` header on later requests.
    Accounts with two-factor authentication go through the separate MFA endpoints
    ("Check 2fa", "Send SMS OTP"), which this client does not model.

    Args:
        body (SignInCredentials): Username and password for `POST /auth/sign_in`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SessionToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


_from_json_ErrorBody = ErrorBody._from_json
_from_json_SessionToken = SessionToken._from_json
