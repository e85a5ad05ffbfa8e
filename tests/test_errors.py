from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scankit._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorPaths,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ScankitError,
    UnprocessableEntityError,
    make_status_error,
    status_error_class,
)

PACKAGEX_PATHS = ErrorPaths(message="message", details="errors")
ADVALIDATION_PATHS = ErrorPaths(details="error.issues", detail_message="message")
PASSENTRY_PATHS = ErrorPaths(details="errors")
HOSTEDSCAN_PATHS = ErrorPaths(message="message")

ADVALIDATION_404_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>404 Not Found</title>
  <style>body { font-family: sans-serif; }</style>
  <script>window.dataLayer = [{"page": "404"}];</script>
</head>
<body>
  <!-- served by the edge -->
  <h1>Page not found</h1>
  <p>The page you are looking for does not exist &amp; never did.</p>
</body>
</html>
"""


def _response(
    status: int,
    body: Any = None,
    *,
    text: str | None = None,
    headers: dict[str, str] | None = None,
    request_headers: dict[str, str] | None = None,
) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example.test/v1/scans", headers=request_headers or {})
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def _error(vendor: str, response: httpx.Response, paths: ErrorPaths | None, **kwargs: Any) -> APIStatusError:
    return make_status_error(
        vendor=vendor,
        operation="scans.list",
        response=response,
        error_paths=paths,
        request_id_header=kwargs.pop("request_id_header", None),
        **kwargs,
    )


# --- the tree -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (ConfigurationError, ScankitError),
        (MissingAPIKeyError, ConfigurationError),
        (APIError, ScankitError),
        (APIConnectionError, APIError),
        (APITimeoutError, APIConnectionError),
        (APIStatusError, APIError),
        (ResponseValidationError, APIError),
        (PaginationError, APIError),
        (BadRequestError, APIStatusError),
        (AuthenticationError, APIStatusError),
        (PermissionDeniedError, APIStatusError),
        (NotFoundError, APIStatusError),
        (ConflictError, APIStatusError),
        (UnprocessableEntityError, APIStatusError),
        (RateLimitError, APIStatusError),
        (InternalServerError, APIStatusError),
    ],
)
def test_exception_tree(child: type[Exception], parent: type[Exception]) -> None:
    assert issubclass(child, parent)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (501, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),  # Cloudflare's non-standard codes are still server failures
        (599, InternalServerError),
        (408, APIStatusError),
        (418, APIStatusError),
        (451, APIStatusError),
    ],
)
def test_status_error_class(status: int, cls: type[APIStatusError]) -> None:
    assert status_error_class(status) is cls


# --- the real vendors' error bodies ----------------------------------------------------------------


def test_packagex_401() -> None:
    body = {"status": 401, "message": "Unauthorized", "errors": ["api key"], "error_code": None, "data": None}
    error = _error("PackageX", _response(401, body), PACKAGEX_PATHS, env_key="PACKAGEX_API_KEY")

    assert isinstance(error, AuthenticationError)
    assert (error.vendor, error.operation, error.status_code) == ("PackageX", "scans.list", 401)
    assert error.message == "Unauthorized"
    assert error.details == ("api key",)
    assert error.body == body
    assert error.body_excerpt == ""
    # The vendor's "Unauthorized" repeats the reason phrase, so it is said once.
    assert str(error) == "PackageX scans.list: 401 Unauthorized — api key. Hint: check PACKAGEX_API_KEY."


def test_advalidation_404_issues() -> None:
    body = {
        "error": {
            "responseCode": 404,
            "issues": [{"type": "not_found", "message": "Scan not found", "relatedField": "scanId"}],
        }
    }
    error = _error("Advalidation", _response(404, body), ADVALIDATION_PATHS)

    assert isinstance(error, NotFoundError)
    assert error.message is None
    assert error.details == ("Scan not found",)
    assert str(error) == "Advalidation scans.list: 404 Not Found — Scan not found"


def test_advalidation_404_html_page() -> None:
    response = _response(404, text=ADVALIDATION_404_HTML, headers={"content-type": "text/html; charset=utf-8"})
    error = _error("Advalidation", response, ADVALIDATION_PATHS)

    assert isinstance(error, NotFoundError)
    assert error.body is None
    assert error.message is None
    assert error.details == ()
    assert error.body_excerpt.startswith("404 Not Found")
    assert "Page not found" in error.body_excerpt
    assert "does not exist & never did." in error.body_excerpt
    for leftover in ("<", "dataLayer", "font-family", "served by the edge", "\n", "  "):
        assert leftover not in error.body_excerpt
    assert str(error).startswith("Advalidation scans.list: 404 Not Found — 404 Not Found Page not found")


def test_passentry_429() -> None:
    error = _error(
        "PassEntry",
        _response(429, {"errors": ["Too Many Requests"]}, headers={"x-request-id": "req-42"}),
        PASSENTRY_PATHS,
        request_id_header="x-request-id",
    )

    assert isinstance(error, RateLimitError)
    assert error.details == ("Too Many Requests",)
    assert error.request_id == "req-42"
    # The vendor's detail equals the reason phrase but is kept: it is a detail, not a duplicate message.
    assert str(error) == "PassEntry scans.list: 429 Too Many Requests — Too Many Requests (request id req-42)"


def test_hostedscan_undocumented_body_with_a_message() -> None:
    error = _error(
        "HostedScan",
        _response(401, {"message": "Invalid API key"}),
        HOSTEDSCAN_PATHS,
        env_key="HOSTEDSCAN_API_KEY",
    )

    assert isinstance(error, AuthenticationError)
    assert error.message == "Invalid API key"
    assert str(error) == "HostedScan scans.list: 401 Unauthorized — Invalid API key. Hint: check HOSTEDSCAN_API_KEY."


@pytest.mark.parametrize(
    ("body", "message", "details"),
    [
        ({"error": "scan_id is required"}, "scan_id is required", ()),
        ({"detail": "Not allowed"}, "Not allowed", ()),
        ({"errors": [{"title": "Invalid", "detail": "page must be > 0"}]}, None, ("page must be > 0",)),
        ({"errors": [{"code": 7}]}, None, ('{"code": 7}',)),
        ({"unexpected": {"shape": True}}, None, ()),
    ],
)
def test_undocumented_bodies_still_surface_the_vendors_words(
    body: dict[str, Any], message: str | None, details: tuple[str, ...]
) -> None:
    error = _error("HostedScan", _response(400, body), HOSTEDSCAN_PATHS)

    assert error.message == message
    assert error.details == details
    assert error.body == body


def test_json_that_is_not_an_object() -> None:
    as_list = _error("PassEntry", _response(400, ["perPage is too large"]), PASSENTRY_PATHS)
    as_string = _error("PassEntry", _response(400, "bad request, sorry"), PASSENTRY_PATHS)

    assert (as_list.body, as_list.details) == (None, ("perPage is too large",))
    assert (as_string.body, as_string.message) == (None, "bad request, sorry")


def test_invalid_json_becomes_an_excerpt() -> None:
    error = _error(
        "PackageX",
        _response(502, text='{"status": 502, "mess', headers={"content-type": "application/json"}),
        PACKAGEX_PATHS,
    )

    assert isinstance(error, InternalServerError)
    assert error.body is None
    assert error.body_excerpt == '{"status": 502, "mess'


def test_long_plain_text_body_is_excerpted_to_500_chars() -> None:
    text = "upstream failure   \n\t" + "x" * 5000
    error = _error("CG Scanning API", _response(503, text=text), None)

    assert len(error.body_excerpt) <= 500
    assert error.body_excerpt.startswith("upstream failure x")
    assert len(str(error)) < 400


def test_empty_body() -> None:
    error = _error("HostedScan", _response(500), HOSTEDSCAN_PATHS)

    assert (error.body, error.message, error.details, error.body_excerpt) == (None, None, (), "")
    assert str(error) == "HostedScan scans.list: 500 Internal Server Error"


def test_unknown_status_is_still_readable() -> None:
    error = _error("HostedScan", _response(520, text="<html><title>520</title></html>"), None)

    assert type(error) is InternalServerError
    assert str(error) == "HostedScan scans.list: 520 — 520"


def test_unread_streaming_body_does_not_raise() -> None:
    # An error raised from a streamed request has not read its body; the factory must not crash.
    response = httpx.Response(500, stream=httpx.ByteStream(b'{"message": "boom"}'))
    error = _error("HostedScan", response, HOSTEDSCAN_PATHS)

    assert isinstance(error, InternalServerError)
    assert error.body is None


def test_many_details_are_summarised_in_the_message_but_all_kept() -> None:
    body = {"errors": [f"field_{i} is invalid" for i in range(8)]}
    error = _error("PackageX", _response(422, body), PACKAGEX_PATHS)

    assert len(error.details) == 8
    assert str(error).endswith("field_4 is invalid; (+3 more)")


def test_request_id_falls_back_to_x_request_id_when_the_spec_names_none() -> None:
    error = _error("HostedScan", _response(404, headers={"X-Request-Id": "abc"}), None)

    assert error.request_id == "abc"
    assert str(error) == "HostedScan scans.list: 404 Not Found (request id abc)"


def test_hints() -> None:
    generic_401 = _error("HostedScan", _response(401), None)
    custom = _error("HostedScan", _response(401), None, hint="keys for the sandbox start with test-")
    forbidden = _error("PackageX", _response(403), None, env_key="PACKAGEX_API_KEY")
    not_found = _error("HostedScan", _response(404), None, env_key="HOSTEDSCAN_API_KEY")

    assert str(generic_401).endswith("Hint: check the API key.")
    assert str(custom).endswith("Hint: keys for the sandbox start with test-.")
    assert "scope" in str(forbidden)
    assert "Hint" not in str(not_found)


# --- secrets ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "value", "secret"),
    [
        ("X-HOSTEDSCAN-API-KEY", "hs_live_5ecret", "hs_live_5ecret"),
        ("Authorization", "Bearer pe_live_5ecret", "pe_live_5ecret"),
    ],
)
def test_a_key_echoed_by_the_vendor_never_reaches_message_or_repr(header: str, value: str, secret: str) -> None:
    body = {"message": f"API key {secret} is not valid", "errors": [f"rejected: {secret}"]}
    response = _response(401, body, request_headers={header: value})
    error = _error("HostedScan", response, PACKAGEX_PATHS)

    for shown in (str(error), repr(error), error.message or "", *error.details):
        assert secret not in shown
    assert "[REDACTED]" in str(error)


def test_repr_leaves_out_the_response_and_its_headers() -> None:
    response = _response(500, text="oops", request_headers={"PX-API-KEY": "px_live_5ecret"})
    error = _error("PackageX", response, PACKAGEX_PATHS)

    assert error.raw_response is response, "the response as received stays reachable, explicitly"
    assert "px_live_5ecret" not in repr(error.raw_response)
    assert "px_live_5ecret" not in str(error.response.request.headers), "the public copy carries no key"
    assert error.response.text == "oops"
    assert "px_live_5ecret" not in repr(error)
    assert "Response" not in repr(error)
    assert repr(error) == "InternalServerError('PackageX scans.list: 500 Internal Server Error — oops')"


def test_extra_secrets_are_redacted_from_plain_text_bodies() -> None:
    response = _response(400, text="bad signature for secret wh_sec_123456")
    error = _error("PassEntry", response, PASSENTRY_PATHS, secrets=["wh_sec_123456"])

    assert "wh_sec_123456" not in error.body_excerpt
    assert "wh_sec_123456" not in str(error)


# --- the other errors ------------------------------------------------------------------------------


def test_missing_api_key_names_the_variable() -> None:
    error = MissingAPIKeyError("HostedScan", "HOSTEDSCAN_API_KEY")

    assert isinstance(error, ConfigurationError)
    assert (error.vendor, error.env_var) == ("HostedScan", "HOSTEDSCAN_API_KEY")
    assert "set the HOSTEDSCAN_API_KEY environment variable" in str(error)


def test_connection_error_keeps_the_httpx_error_as_cause_and_hides_the_key() -> None:
    request = httpx.Request("GET", "https://api.hostedscan.com/v1/scans", headers={"X-HOSTEDSCAN-API-KEY": "hs_5ecret"})
    cause = httpx.ConnectError("proxy refused hs_5ecret", request=request)
    error = APIConnectionError(vendor="HostedScan", operation="scans.list", cause=cause)

    assert error.__cause__ is cause
    assert str(error) == "HostedScan scans.list: connection failed (ConnectError: proxy refused [REDACTED])"


def test_timeout_error() -> None:
    cause = httpx.ReadTimeout("")
    error = APITimeoutError(vendor="PassEntry", operation="scans.list", cause=cause)

    assert isinstance(error, APIConnectionError)
    assert error.__cause__ is cause
    assert str(error) == "PassEntry scans.list: request timed out (ReadTimeout)"


def test_response_validation_error_message() -> None:
    error = ResponseValidationError(
        vendor="PassEntry",
        operation="scans.list",
        path="data[3].attributes.status",
        detail="expected string, got 42",
    )
    assert error.path == "data[3].attributes.status"
    assert str(error) == (
        "PassEntry scans.list: response does not match the spec at data[3].attributes.status: expected string, got 42"
    )
    without_path = ResponseValidationError(
        vendor="PassEntry", operation="scans.list", path=None, detail="body is not JSON", request_id="r1"
    )
    assert (
        str(without_path) == "PassEntry scans.list: response does not match the spec: body is not JSON (request id r1)"
    )


def test_pagination_error_message() -> None:
    error = PaginationError(vendor="HostedScan", operation="scans.list", detail="the server repeated cursor 'abc'")
    assert str(error) == "HostedScan scans.list: pagination stopped — the server repeated cursor 'abc'"


# --- ErrorPaths from the spec ----------------------------------------------------------------------


def test_error_paths_from_dict() -> None:
    block = json.loads('{"details": "error.issues", "detail_message": "message"}')
    assert ErrorPaths.from_dict(block) == ADVALIDATION_PATHS
    assert ErrorPaths.from_dict(None) is None


@pytest.mark.parametrize(
    ("block", "named"),
    [({"mesage": "message"}, "'mesage'"), ({"details": ""}, "x-scankit.errors.details"), ({"message": 3}, "message")],
)
def test_error_paths_from_dict_rejects_a_malformed_block(block: dict[str, Any], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        ErrorPaths.from_dict(block)
