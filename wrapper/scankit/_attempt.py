"""After one attempt: the answer, a retry, or the typed scankit error — the one place that decides.

A transport error or an error status goes to the pure `decide()` (`_retry`) with the call's
`max_retries`; a 429 also tells the rate limiter how long to hold back, and a listing's page
concurrency (`Call.meter`) how soon its refused page goes again; what is not retried becomes
a scankit error naming the vendor and the operation, with the vendor's own message and no secret.
The sync and async loops (`_base`) only send and sleep around it.
"""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from ._call import Call
from ._errors import APIConnectionError, APITimeoutError, ResponseTooLargeError, ScankitError, make_status_error
from ._retry import RetryDecision, RetryPolicy, decide
from ._session import Session
from ._transport import ResponseTooLarge
from ._vendor import OperationInfo


def judge(
    session: Session[Any],
    call: Call[Any],
    attempt: int,
    response: httpx.Response | None,
    error: BaseException | None,
    crowded: int = 0,
) -> RetryDecision | None:
    """None when `response` is the answer (a status below 400), a decision to retry, or the typed error raised.

    `crowded` counts the call's refusals so far for a crowd its own listing sent (`Meter.answered`):
    up to the meter's `excusable` of them are not counted against `max_retries`. The listing's
    adaptive page concurrency probes for a limit the server does not document, and a page it
    crowded into a refusal is its doing, not the server's verdict on the call: counted, a server
    that takes two pages at once ended a listing that one page at a time would have finished
    (`RateLimitError` after three refusals of one page). A page refused when it went out alone
    counts as any call's refusal, so a server that refuses everything still ends the listing.
    """
    if error is None and response is not None and response.status_code < 400:
        return None
    op = call.endpoint
    status = response.status_code if error is None and response is not None else None
    if call.left is not None and call.left.is_set():
        # a page of a listing its caller has left: nobody will read it, so it is not asked again
        # (the error ends the page's background fetch, where no one sees it)
        excused, retries = 0, 0
    else:
        excused = min(crowded, call.meter.excusable) if crowded and call.meter is not None else 0
        retries = call.options.max_retries + excused
    policy = RetryPolicy(max_retries=retries)
    # A listing's page refused for crowding: its window has backed off already, so the retry waits
    # about a round trip, and twice that after a second refusal, four times after a third (the
    # usual exponential back-off, from the server's round trip rather than from half a second: the
    # pages are yielded in order, and 0.75-1 s, then 1.5-2 s, held up every page behind it). A
    # Retry-After still wins.
    quick = call.meter.retry_delay() if status == 429 and call.meter is not None else None
    if quick is not None:
        policy = RetryPolicy(max_retries=policy.max_retries, initial_delay=quick)
    decision = decide(
        method=op.method,
        attempt=attempt,
        policy=policy,
        status=status,
        error=error,
        headers=response.headers if status is not None and response is not None else {},
        source=session.retry_source,
        now=session.runtime.wall(),
        rng=session.runtime.rng,
    )
    if excused:  # the log's "retry 4 of 4" says why it is more than max_retries
        decision = attrs.evolve(decision, reason=f"{decision.reason}; {excused} of them for the listing's own crowding")
    if call.observer is not None:
        cause = f"{status} from server" if status is not None else type(error).__name__
        call.observer.log(attempt, decision.reason, wait=decision.delay if decision.retry else 0.0, cause=cause)
    if status == 429:
        session.pacer.penalize(op.rate_key, decision.delay, session.runtime.wall())
    if decision.retry:
        return decision
    if error is not None:
        raise connection_error(session, op, error) from error
    assert response is not None
    raise make_status_error(
        vendor=session.vendor.name,
        operation=op.name,
        response=response,
        hint=decision.hint,  # when the server asked to wait longer than scankit does
        error_paths=session.error_paths,
        request_id_header=session.vendor.request_id_header,
        env_key=session.vendor.env_key,
        secrets=session.secrets,
    )


def connection_error(session: Session[Any], op: OperationInfo, error: BaseException) -> ScankitError:
    """The scankit error for an attempt that got no usable response."""
    vendor = session.vendor.name
    if isinstance(error, ResponseTooLarge):
        return ResponseTooLargeError(vendor=vendor, operation=op.name, limit=error.limit)
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(vendor=vendor, operation=op.name, cause=error, secrets=session.secrets)
