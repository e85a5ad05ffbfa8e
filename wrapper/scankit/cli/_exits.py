"""scankit errors as one line saying what went wrong, one saying what to do, and an exit code (`_codes`)."""

from __future__ import annotations

import attrs
import httpx

from scankit._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ScankitError,
)

from ._codes import EXIT_CODES, ExitCode, Failure
from ._discovery import VendorSpec

__all__ = ["EXIT_CODES", "Call", "ExitCode", "Failure", "describe", "safe_url"]


@attrs.frozen
class Call:
    """What the user asked for, to name it in messages."""

    vendor: VendorSpec
    resource: str  # the command names: "scans", "list-creatives"
    verb: str
    args: tuple[tuple[str, str], ...] = ()  # positional arguments given: (("id", "123"),)
    base_url: str | None = None
    key_from_option: bool = False
    has_list: bool = False  # the resource has a `list` verb to find IDs with
    key_source: str | None = None  # where the key came from: "HOSTEDSCAN_API_KEY", "profile sandbox", …


def safe_url(url: str | None) -> str:
    """A URL fit to print: user and password dropped."""
    if not url:
        return "the vendor's API"
    try:
        parsed = httpx.URL(url)
        return str(parsed.copy_with(username=None, password=None)) if parsed.userinfo else url
    except (httpx.InvalidURL, TypeError, ValueError):
        return url


def _said(exc: APIStatusError) -> str | None:
    words = [w for w in (exc.message, *exc.details) if w]
    text = "; ".join(dict.fromkeys(w.strip() for w in words if w.strip()))
    if not text and exc.body_excerpt:
        text = exc.body_excerpt
    if len(text) > 300:
        text = text[:299] + "…"
    parts = []
    if text:
        parts.append(f"{exc.vendor} said: {text}")
    if exc.request_id:
        parts.append(f"request id {exc.request_id}")
    return " · ".join(parts) or None


def _request_id(exc: ScankitError) -> str | None:
    rid = getattr(exc, "request_id", None)
    return f"request id {rid}" if rid else None


def _status(exc: APIStatusError) -> str:
    reason = exc.response.reason_phrase or httpx.codes.get_reason_phrase(exc.status_code)
    return f"{exc.status_code} {reason}".strip()


def describe(exc: BaseException, call: Call) -> Failure:
    """The exit code and the words for any exception a command can raise."""
    vendor = call.vendor
    name = vendor.info.name
    what = f"{call.resource} {call.verb}"
    url = safe_url(call.base_url)
    key_env = vendor.info.env_key
    if isinstance(exc, MissingAPIKeyError):
        return Failure(
            ExitCode.CONFIGURATION,
            f"No API key for {name}: set {exc.env_var}.",
            f"export {exc.env_var}=…, or put api_key in a profile (`scankit config --help`); to try it locally, "
            '`eval "$(scankit sandbox --background)"` sets the variables',
        )
    if isinstance(exc, ConfigurationError):
        text = str(exc)  # the library's messages mostly name the vendor already
        return Failure(ExitCode.CONFIGURATION, text if name in text else f"{name}: {text}")
    if isinstance(exc, AuthenticationError):
        where = "the key given with --api-key" if call.key_from_option else key_env
        if call.key_source and call.key_source.startswith("profile"):
            where = f"api_key in {call.key_source} (`scankit config show`)"
        tokens = vendor.token_envs
        extra = f" (and {' or '.join(tokens)} if your account needs one)" if tokens else ""
        return Failure(
            ExitCode.AUTHENTICATION,
            f"{name} rejected the API key (401): set {key_env} to a valid key{extra}.",
            f"check {where}; is {vendor.base_url_env} / --base-url ({url}) the server the key belongs to?",
            _said(exc),
        )
    if isinstance(exc, PermissionDeniedError):
        return Failure(
            ExitCode.AUTHENTICATION,
            f"{name} refused {what} (403): the API key was accepted but may not do this.",
            "check the key's scope and role in your account, or whether the object is yours",
            _said(exc),
        )
    if isinstance(exc, NotFoundError):
        target = " ".join(f"{k} {v}" for k, v in call.args)
        head = f"{name} {what}: not found (404)" + (f" — no such {target}" if target else "")
        if exc.body is None and exc.body_excerpt:
            hint = f"the server at {url} does not look like the {name} API: check --base-url / {vendor.base_url_env}"
        elif call.args and call.has_list:
            hint = f"check the ID; `scankit {vendor.slug} {call.resource} list` shows the ones that exist"
        elif call.args:
            hint = "check the ID"
        else:
            hint = f"check --base-url / {vendor.base_url_env} ({url})"
        return Failure(ExitCode.NOT_FOUND, head + ".", hint, _said(exc))
    if isinstance(exc, RateLimitError):
        return Failure(
            ExitCode.RATE_LIMITED,
            f"{name} is rate limiting {what} (429), still after the retries.",
            "wait a minute and run it again, or allow more retries with --max-retries",
            _said(exc),
        )
    if isinstance(exc, InternalServerError):
        with_what = "the request id above" if exc.request_id else "the time and the command"
        return Failure(
            ExitCode.UNAVAILABLE,
            f"{name} failed on its side ({_status(exc)}) for {what}.",
            f"it is often transient: try again later; if it persists, report it to {name} with {with_what}",
            _said(exc),
        )
    if isinstance(exc, APIStatusError):
        return Failure(
            ExitCode.REJECTED,
            f"{name} rejected {what} ({_status(exc)}).",
            f"check the filters and the body: `scankit {vendor.slug} {call.resource} {call.verb} --help`",
            _said(exc),
        )
    if isinstance(exc, APITimeoutError):
        return Failure(
            ExitCode.UNAVAILABLE,
            f"{name} at {url} did not answer in time ({what}).",
            "try again, allow longer with --timeout, or check the server",
        )
    if isinstance(exc, APIConnectionError):
        return Failure(
            ExitCode.UNAVAILABLE,
            f"Could not reach {name} at {url}: {exc.reason}.",
            f"check the network and --base-url / {vendor.base_url_env}, or run a local stand-in: `scankit sandbox`",
        )
    if isinstance(exc, ResponseValidationError):
        at = f" at {exc.path}" if exc.path else ""
        return Failure(
            ExitCode.BAD_RESPONSE,
            f"{name}'s answer to {what} does not match its spec{at}: {exc.detail}.",
            "the vendor may have changed its API: report it; SCANKIT_LOG=debug shows the exchange",
            _request_id(exc),
        )
    if isinstance(exc, PaginationError):
        return Failure(
            ExitCode.BAD_RESPONSE,
            f"{name} {what}: pagination stopped — {exc.detail}.",
            "the items listed so far are complete up to here; --max-pages stops earlier; report it to the vendor",
            _request_id(exc),
        )
    if isinstance(exc, ScankitError):
        return Failure(ExitCode.UNEXPECTED, f"{name} {what}: {exc}")
    return Failure(
        ExitCode.UNEXPECTED,
        f"Unexpected error in {name} {what}: {type(exc).__name__}: {exc}",
        "run again with `scankit --debug …` for the traceback, and please report it",
    )
