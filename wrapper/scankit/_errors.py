"""Everything scankit raises, and the factory that turns a vendor's error response into one of them.

Our exception hierarchy::

    ScankitError                      root of everything scankit raises
    ├── ConfigurationError            bad client configuration or a malformed x-scankit block
    │   └── MissingAPIKeyError        no API key: the message names the environment variable to set
    ├── WaitTimeoutError              a wait() ran out of time; carries the last resource seen
    ├── InvalidParameterError         an argument refused before sending (also a ValueError)
    ├── ClientClosedError             a call on a client after close()/aclose() (also a RuntimeError)
    └── APIError                      something went wrong talking to a vendor (vendor, operation)
        ├── APIConnectionError        no usable response; __cause__ is the httpx error
        │   └── APITimeoutError
        ├── APIStatusError            non-2xx response
        │   ├── BadRequestError             400
        │   ├── AuthenticationError         401
        │   ├── PermissionDeniedError       403
        │   ├── NotFoundError               404
        │   ├── ConflictError               409
        │   ├── UnprocessableEntityError    422
        │   ├── RateLimitError              429
        │   └── InternalServerError         >= 500
        ├── ResponseValidationError   a 2xx body that does not match the spec, or an undeclared status
        ├── ResponseTooLargeError     the body passed max_response_bytes
        └── PaginationError           the server repeated a cursor or page, or the list ended short

One tree for five vendors, so ``except scankit.RateLimitError`` works whoever sent the 429. Messages
read the same everywhere — ``HostedScan scans.list: 401 Unauthorized — <vendor message>; <details>
(request id abc). Hint: check HOSTEDSCAN_API_KEY.`` — and never contain a secret: no header is ever
formatted, text taken from a response is scrubbed of the request's credentials, and ``response``
is a redacted copy (its request has no credential header, its body no key); the response exactly
as received is ``raw_response``, for those who need it and know not to log its request.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._redact import redact_json, redact_text, redacted_response, sensitive_values

if TYPE_CHECKING:
    # Only an error built from a response or a transport failure needs httpx, and by then it is loaded:
    # importing this module (as `import scankit.webhooks` and the command line do) must not load it.
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ErrorPaths",
    "InternalServerError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ScankitError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "make_status_error",
    "status_error_class",
]

_EXCERPT_CHARS = 500
# How much of each piece of vendor text goes into str(error); the attributes keep everything.
_SHOWN_CHARS = 200
_SHOWN_DETAILS = 5
# Regexes over a multi-megabyte error page would be slow for no gain; the excerpt is 500 chars.
_SCANNED_CHARS = 20_000


class ScankitError(Exception):
    """Root of everything scankit raises."""


class ConfigurationError(ScankitError):
    """The client was configured wrongly, or a spec's x-scankit block is malformed."""


class MissingAPIKeyError(ConfigurationError):
    """No API key was given and the vendor's environment variable is not set."""

    def __init__(self, vendor: str, env_var: str) -> None:
        self.vendor = vendor
        self.env_var = env_var
        super().__init__(
            f"No API key for {vendor}: set the {env_var} environment variable or pass the key to the client."
        )


class InvalidParameterError(ScankitError, ValueError):
    """An argument scankit refuses before sending, such as a path parameter ``..``; ``parameter`` names it."""

    def __init__(self, message: str, *, parameter: str) -> None:
        self.parameter = parameter
        super().__init__(message)


class ClientClosedError(ScankitError, RuntimeError):
    """A call on a client after ``close()`` / ``aclose()`` (or its ``with`` block): make a new client.

    Also a ``RuntimeError``, which is what httpx raises for a closed client, so code written for that
    still catches it.
    """

    def __init__(self, client: str) -> None:
        self.client = client
        super().__init__(f"{client} is closed (close() or the end of its `with` block); make a new client to send")


class APIError(ScankitError):
    """Something went wrong talking to a vendor; names the vendor and the operation (``scans.list``)."""

    def __init__(self, message: str, *, vendor: str, operation: str, request_id: str | None = None) -> None:
        self.vendor = vendor
        self.operation = operation
        self.request_id = request_id
        super().__init__(message)


class APIConnectionError(APIError):
    """No usable response arrived (refused, reset, DNS, TLS…). ``__cause__`` is the httpx error."""

    _what = "connection failed"
    __cause__: BaseException | None

    def __init__(
        self,
        *,
        vendor: str,
        operation: str,
        cause: BaseException | None = None,
        message: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        if message is None:
            import httpx

            # A redirect loop or a body that does not decode did reach us: the connection was fine.
            transport_level = cause is None or isinstance(cause, httpx.TransportError | OSError)
            message = f"{vendor} {operation}: {self._what if transport_level else 'unusable response'}"
            if cause is not None:
                reason = _one_line(str(cause), _SHOWN_CHARS)
                message += f" ({type(cause).__name__}: {reason})" if reason else f" ({type(cause).__name__})"
                message = redact_text(message, (*_request_secrets(cause), *secrets))
        super().__init__(message, vendor=vendor, operation=operation)
        if cause is not None:
            self.__cause__ = cause

    @property
    def reason(self) -> str:
        """Why, in a few words: "connection refused", "host name not found", … else "connection failed"."""
        return _connection_reason(self.__cause__) or self._what


def _connection_reason(cause: BaseException | None) -> str | None:
    """The socket-level failure under an httpx error (its ``__cause__`` / ``__context__`` chain), in words."""
    import socket  # here, as httpx is: loaded by then, and not by `import scankit._errors` (the CLI's start)
    import ssl

    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
            return "connection reset by the server"
        if isinstance(cause, socket.gaierror):
            return "host name not found"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return "TLS certificate not trusted"
        if isinstance(cause, ssl.SSLError):
            return "TLS handshake failed"
        cause = cause.__cause__ or cause.__context__
    return None


class APITimeoutError(APIConnectionError):
    """The vendor did not answer in time (connect, read, write or pool timeout)."""

    _what = "request timed out"


class APIStatusError(APIError):
    """The vendor answered with a non-2xx status.

    The vendor's own words are in ``message`` and ``details``; ``body`` is the parsed JSON object (or
    None) and ``body_excerpt`` the start of a non-JSON body, such as an HTML error page. All of them,
    and ``response`` (a copy: no credential header, no key in its body), are free of secrets;
    ``raw_response`` is the response exactly as received. Error bodies are read to 16 KiB at most.
    """

    def __init__(
        self,
        *,
        vendor: str,
        operation: str,
        response: httpx.Response,
        request_id: str | None = None,
        message: str | None = None,
        details: tuple[str, ...] = (),
        body: dict[str, Any] | None = None,
        body_excerpt: str = "",
        hint: str | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        secrets = (*_request_secrets(response), *secrets)
        self.status_code: int = response.status_code
        self.message = message
        self.details = details
        self.body: Any = redact_json(body, secrets) if body is not None else None
        self.body_excerpt = body_excerpt
        self.response: httpx.Response = redacted_response(response, secrets)
        self.raw_response = response
        """The response exactly as received: its request carries the credentials; never log it."""
        request_id = redact_text(request_id, secrets) if request_id else request_id
        text = _status_text(
            vendor=vendor,
            operation=operation,
            status_code=response.status_code,
            reason=_reason_phrase(response),
            request_id=request_id,
            message=message,
            details=details,
            body_excerpt=body_excerpt,
            hint=hint,
        )
        super().__init__(text, vendor=vendor, operation=operation, request_id=request_id)


class BadRequestError(APIStatusError):
    """400: the vendor rejected the request's parameters or body."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong, revoked, or for another environment."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this (scope, role, or someone else's object)."""


class NotFoundError(APIStatusError):
    """404: the resource, or one it depends on, does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid input."""


class RateLimitError(APIStatusError):
    """429: too many requests, still refused after the retries the policy allows."""


class InternalServerError(APIStatusError):
    """5xx: the vendor failed, including non-standard codes such as Cloudflare's 520."""


class ResponseValidationError(APIError):
    """A 2xx body that does not match the vendor's spec; ``path`` says where (``data[3].attributes.status``)."""

    def __init__(
        self,
        *,
        vendor: str,
        operation: str,
        path: str | None,
        detail: str,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        secrets: Iterable[str] = (),
    ) -> None:
        self.path = path
        self.detail = detail
        secrets = (*(_request_secrets(response) if response is not None else ()), *secrets)
        self.response: httpx.Response | None = redacted_response(response, secrets) if response is not None else None
        self.raw_response = response
        """The response exactly as received (see APIStatusError.raw_response)."""
        request_id = redact_text(request_id, secrets) if request_id else request_id
        where = f" at {path}" if path else ""
        text = f"{vendor} {operation}: response does not match the spec{where}: {detail}"
        super().__init__(_with_request_id(text, request_id), vendor=vendor, operation=operation, request_id=request_id)


class ResponseTooLargeError(APIError):
    """The response body passed ``limit`` bytes (decoded); raise it with ``max_response_bytes``."""

    def __init__(self, *, vendor: str, operation: str, limit: int) -> None:
        self.limit = limit
        text = (
            f"{vendor} {operation}: the response is larger than {limit:,} bytes (max_response_bytes); "
            "pass max_response_bytes= to the client or with_options() to allow more"
        )
        super().__init__(text, vendor=vendor, operation=operation)


class PaginationError(APIError):
    """The server repeated a cursor or page (iterating on would never end) or sent a malformed page."""

    def __init__(self, *, vendor: str, operation: str, detail: str, request_id: str | None = None) -> None:
        self.detail = detail
        text = f"{vendor} {operation}: pagination stopped — {detail}"
        super().__init__(_with_request_id(text, request_id), vendor=vendor, operation=operation, request_id=request_id)


class WaitTimeoutError(ScankitError):
    """A run was still going when the wait's time ran out (`client.scans.wait`, `*_and_wait`).

    Not an API failure: every answer was fine, the run is just not over. ``resource`` is the last
    one seen (wait on it again, or stop the scan); ``state`` and ``progress`` are read from it.
    """

    def __init__(
        self,
        *,
        vendor: str,
        operation: str,
        resource: Any,
        state: str | None,
        progress: int | None,
        elapsed: float,
        timeout: float,
        target: str = "",
        max_attempts: int | None = None,
    ) -> None:
        self.vendor = vendor
        self.operation = operation
        self.resource = resource
        self.state = state
        self.progress = progress
        self.elapsed = elapsed
        self.timeout = timeout
        self.max_attempts = max_attempts
        """Set when the spec's `max_attempts` polls ended the wait rather than the timeout."""
        where = f" ({target})" if target else ""
        shown = f"{state!r}" + (f", {progress}%" if progress is not None else "")
        limit = (
            f"{max_attempts} polls, the spec's max_attempts" if max_attempts is not None else f"timeout {timeout:g}s"
        )
        super().__init__(
            f"{vendor} {operation}{where}: still {shown} after {elapsed:.1f}s ({limit}). "
            "Wait again, or with a longer timeout."
        )


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP status.

    Codes without a class of their own (408, 418, 451…) get :class:`APIStatusError` itself, so a
    vendor's unusual code still raises something a user can catch; every code from 500 up, standard
    or not, is an :class:`InternalServerError`.

    >>> status_error_class(520).__name__
    'InternalServerError'
    """
    if status >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)


@attrs.frozen
class ErrorPaths:
    """Where a vendor puts its own words in an error body (the spec's ``x-scankit.errors`` block).

    ``message`` is a dotted path to a human message, ``details`` a dotted path to a list of strings
    or objects, and ``detail_message`` the key holding each object's message. For Advalidation's
    ``{"error": {"issues": [{"message": …}]}}``: ``ErrorPaths(details="error.issues", detail_message="message")``.
    ``message`` and ``details`` may also be several candidate paths, tried in order, for a vendor
    whose error bodies come in more than one shape (PassEntry's ``{"error": …}`` or ``{"errors": […]}``).
    """

    message: str | tuple[str, ...] | None = None
    details: str | tuple[str, ...] | None = None
    detail_message: str | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> ErrorPaths | None:
        """Build from the spec's ``x-scankit.errors`` block; None when the block is absent."""
        if d is None:
            return None
        if not isinstance(d, Mapping):
            raise ConfigurationError(f"x-scankit.errors must be a mapping, not {type(d).__name__}")
        allowed = {"message", "details", "detail_message"}
        for key, value in d.items():
            if key not in allowed:
                raise ConfigurationError(
                    f"x-scankit.errors: unknown key {key!r} (expected one of {', '.join(sorted(allowed))})"
                )
            several = key != "detail_message" and isinstance(value, list | tuple) and value
            values = tuple(value) if several else (value,)  # several candidate paths, or one
            if any(v is not None and not (isinstance(v, str) and v.strip()) for v in values):
                what = "a non-empty string" if key == "detail_message" else "a non-empty string or list of them"
                raise ConfigurationError(f"x-scankit.errors.{key} must be {what}, not {d[key]!r}")

        def paths(key: str) -> str | tuple[str, ...] | None:
            value = d.get(key)
            return tuple(value) if isinstance(value, list | tuple) else value

        return cls(message=paths("message"), details=paths("details"), detail_message=d.get("detail_message"))


# Tried when the spec names no paths or its paths find nothing: a vendor whose error body is
# undocumented (HostedScan) usually still says something under one of these common names.
_FALLBACK_MESSAGE_PATHS = ("message", "error.message", "error", "detail", "error_description", "title")
_FALLBACK_DETAIL_PATHS = ("errors", "error.issues", "details")
_FALLBACK_DETAIL_KEYS = ("message", "detail", "title", "msg")


def make_status_error(
    *,
    vendor: str,
    operation: str,
    response: httpx.Response,
    error_paths: ErrorPaths | None,
    request_id_header: str | None,
    hint: str | None = None,
    env_key: str | None = None,
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """The right :class:`APIStatusError` subclass for a non-2xx ``response``, with the vendor's words.

    Reads the body leniently and never raises: JSON objects are searched with ``error_paths``
    (falling back to common names such as ``message`` and ``errors``), anything else — an HTML 404
    page, a proxy's plain-text error — becomes a short whitespace-collapsed ``body_excerpt``.

    ``hint`` overrides the built-in advice; ``env_key`` (the variable the key was read from) makes the
    401 advice concrete. Text from the body is scrubbed of the request's credential headers and of
    any extra ``secrets`` before it is stored, since some APIs echo the key they rejected.
    """
    all_secrets = (*_request_secrets(response), *secrets)
    body: dict[str, Any] | None = None
    message: str | None = None
    details: tuple[str, ...] = ()
    excerpt = ""
    # The caller is already handling an error: a surprise while reading the body must not mask it.
    try:
        text, parsed, is_json = _read_body(response)
    except Exception:
        text, parsed, is_json = "", None, False
    if isinstance(parsed, dict):
        body = parsed
        message, details = _extract(parsed, error_paths)
    elif is_json:
        message, details = _extract_from_json_value(parsed)
    else:
        excerpt = _excerpt(text, _content_type(response))
    message = redact_text(message, all_secrets) if message else None
    details = tuple(redact_text(d, all_secrets) for d in details)
    excerpt = redact_text(excerpt, all_secrets)
    status = response.status_code
    return status_error_class(status)(
        vendor=vendor,
        operation=operation,
        response=response,
        request_id=_request_id(response, request_id_header),
        message=message,
        details=details,
        body=body,
        body_excerpt=excerpt,
        hint=hint if hint is not None else _default_hint(status, env_key),
        secrets=all_secrets,
    )


def _default_hint(status: int, env_key: str | None) -> str | None:
    if status == 401:
        return f"check {env_key}" if env_key else "check the API key"
    if status == 403:
        return "the API key was accepted but may not do this; check its scope and role"
    return None


def _request_secrets(source: httpx.Response | BaseException) -> tuple[str, ...]:
    """The credentials the request carried, so text echoed back from the server can be scrubbed."""
    import httpx

    if not isinstance(source, httpx.Response | httpx.RequestError):
        return ()
    try:
        request = source.request
    except RuntimeError:  # httpx raises this when the object was built without a request
        return ()
    return sensitive_values(request.headers)


def _read_body(response: httpx.Response) -> tuple[str, Any, bool]:
    """(text, parsed JSON or None, whether the body was JSON)."""
    import httpx

    try:
        content = response.content
    except httpx.ResponseNotRead:
        return "", None, False
    if not content.strip():
        return "", None, False
    try:
        return "", json.loads(content), True
    except (ValueError, RecursionError):
        return response.text, None, False


def _content_type(response: httpx.Response) -> str:
    return str(response.headers.get("content-type", "")).lower()


_HIDDEN_HTML = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _excerpt(text: str, content_type: str) -> str:
    text = text[:_SCANNED_CHARS]
    if "html" in content_type or text.lstrip()[:1] == "<":
        # The <title> is usually the most useful line of an error page ("404 Not Found"), but it
        # lives in <head>, which is dropped with the scripts and styles.
        title_match = _TITLE.search(text)
        title = _TAG.sub(" ", title_match.group(1)) if title_match else ""
        text = _TAG.sub(" ", _HIDDEN_HTML.sub(" ", text))
        text = html.unescape(f"{title} {text}")
    return _one_line(text, _EXCERPT_CHARS)


def _one_line(text: str, limit: int) -> str:
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1].rstrip() + "…"


def _lookup(body: Any, path: str) -> Any:
    """Follow a dotted path (``error.issues``, ``errors.0``) through dicts and lists; None if absent."""
    node = body
    for part in path.split("."):
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def _text_of(value: Any, keys: Iterable[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping):
        for key in keys:
            found = value.get(key)
            if isinstance(found, str) and found.strip():
                return found.strip()
        # An object without a message is still the vendor's words: show it rather than drop it.
        return json.dumps(value, sort_keys=True, default=str)
    if isinstance(value, bool | int | float):
        return str(value)
    return None


def _detail_list(value: Any, detail_message: str | None) -> tuple[str, ...]:
    if isinstance(value, str | Mapping):
        value = [value]
    if not isinstance(value, list):
        return ()
    keys = (detail_message, *_FALLBACK_DETAIL_KEYS) if detail_message else _FALLBACK_DETAIL_KEYS
    texts = (_text_of(item, keys) for item in value)
    return tuple(text for text in texts if text)


def _extract(body: dict[str, Any], paths: ErrorPaths | None) -> tuple[str | None, tuple[str, ...]]:
    message: str | None = None
    details: tuple[str, ...] = ()
    if paths is not None:
        for path in _candidates(paths.message):
            found = _lookup(body, path)
            message = (found.strip() or None) if isinstance(found, str) else None
            if message:
                break
        for path in _candidates(paths.details):
            details = _detail_list(_lookup(body, path), paths.detail_message)
            if details:
                break
    if message is None and not details:
        for path in _FALLBACK_MESSAGE_PATHS:
            found = _lookup(body, path)
            if isinstance(found, str) and found.strip():
                message = found.strip()
                break
        for path in _FALLBACK_DETAIL_PATHS:
            details = _detail_list(_lookup(body, path), None)
            if details:
                break
    return message, details


def _candidates(paths: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if paths is None:
        return ()
    return (paths,) if isinstance(paths, str) else paths


def _extract_from_json_value(value: Any) -> tuple[str | None, tuple[str, ...]]:
    # A bare JSON string or list instead of an object: still the vendor's words.
    if isinstance(value, str):
        return (value.strip() or None), ()
    if isinstance(value, list):
        return None, _detail_list(value, None)
    return None, ()


def _request_id(response: httpx.Response, header: str | None) -> str | None:
    names = (header,) if header else ("x-request-id", "request-id")
    for name in names:
        value = response.headers.get(name)
        if value and value.strip():
            return _one_line(value, 200)
    return None


def _reason_phrase(response: httpx.Response) -> str:
    # HTTP/2 carries no reason phrase and non-standard codes (520) have none; the status still speaks.
    import httpx

    return _one_line(response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code), 80)


def _with_request_id(text: str, request_id: str | None) -> str:
    return f"{text} (request id {request_id})" if request_id else text


def _status_text(
    *,
    vendor: str,
    operation: str,
    status_code: int,
    reason: str,
    request_id: str | None,
    message: str | None,
    details: tuple[str, ...],
    body_excerpt: str,
    hint: str | None,
) -> str:
    head = f"{vendor} {operation}: {status_code} {reason}".rstrip()
    words: list[str] = []
    # PackageX repeats the reason phrase as its message ("Unauthorized"); saying it twice helps nobody.
    if message and message.strip().lower() != reason.lower():
        words.append(_one_line(message, _SHOWN_CHARS))
    shown = [_one_line(d, _SHOWN_CHARS) for d in details[:_SHOWN_DETAILS]]
    words.extend(d for d in shown if d not in words)
    if len(details) > _SHOWN_DETAILS:
        words.append(f"(+{len(details) - _SHOWN_DETAILS} more)")
    if not words and body_excerpt:
        words.append(_one_line(body_excerpt, _SHOWN_CHARS))
    text = f"{head} — {'; '.join(words)}" if words else head
    text = _with_request_id(text, request_id)
    if hint:
        hint = hint.strip()
        text += f". Hint: {hint}" if hint[-1:] in ".!?" else f". Hint: {hint}."
    return text
