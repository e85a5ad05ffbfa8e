"""What `scankit` exits with, and a failure as it is shown: light, so `--help` can list the codes."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import NamedTuple


class ExitCode(enum.IntEnum):
    """What `scankit` exits with; scripts can tell the failures apart."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    CONFIGURATION = 3
    AUTHENTICATION = 4
    NOT_FOUND = 5
    RATE_LIMITED = 6
    UNAVAILABLE = 7
    BAD_RESPONSE = 8
    REJECTED = 9
    RUN_FAILED = 10
    STILL_RUNNING = 11


EXIT_CODES: Mapping[ExitCode, str] = {
    ExitCode.OK: "success",
    ExitCode.UNEXPECTED: "unexpected error (a bug: please report it with --debug output)",
    ExitCode.USAGE: "usage error: unknown command, option, filter or bad value",
    ExitCode.CONFIGURATION: (
        "missing configuration: no API key, or a vendor package or the sandbox is not installed; "
        "a sync state file that cannot be used"
    ),
    ExitCode.AUTHENTICATION: "the vendor rejected the credentials (401) or refused the operation (403)",
    ExitCode.NOT_FOUND: "not found (404)",
    ExitCode.RATE_LIMITED: "rate limited (429), still after the retries",
    ExitCode.UNAVAILABLE: "the vendor failed (5xx), could not be reached, or timed out",
    ExitCode.BAD_RESPONSE: "the response did not match the spec, or pagination went wrong",
    ExitCode.REJECTED: "the vendor rejected the request (400, 409, 422 or another 4xx)",
    ExitCode.RUN_FAILED: "--wait: the scan ended, but not successfully (it is printed as it ended)",
    ExitCode.STILL_RUNNING: "--wait: the scan was still running when the wait timed out (its last state is printed)",
}


class Failure(NamedTuple):  # not attrs: `scankit --help` imports this module, and attrs costs ~15 ms
    code: ExitCode
    message: str  # what went wrong, one line
    hint: str | None = None  # what to do
    said: str | None = None  # the vendor's own words and request id
