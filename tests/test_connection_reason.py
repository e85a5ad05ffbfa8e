"""`APIConnectionError.reason`: the socket-level failure under httpx's error, in a few words."""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest

from scankit import APIConnectionError, APITimeoutError


def chained(outer: BaseException, inner: BaseException) -> BaseException:
    """`outer` raised from `inner`, as httpx wraps httpcore wraps the socket error."""
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except BaseException as exc:
        return exc


@pytest.mark.parametrize(
    ("inner", "reason"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "connection refused"),
        (ConnectionResetError(104, "Connection reset by peer"), "connection reset by the server"),
        (socket.gaierror(-2, "Name or service not known"), "host name not found"),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "TLS certificate not trusted"),
        (ssl.SSLError(1, "wrong version number"), "TLS handshake failed"),
    ],
)
def test_reason_names_the_socket_failure(inner: BaseException, reason: str) -> None:
    cause = chained(httpx.ConnectError(str(inner)), inner)
    assert APIConnectionError(vendor="HostedScan", operation="scans.list", cause=cause).reason == reason


def test_reason_falls_back_to_what_failed() -> None:
    assert APIConnectionError(vendor="V", operation="x", cause=httpx.ConnectError("?")).reason == "connection failed"
    assert APITimeoutError(vendor="V", operation="x", cause=httpx.ReadTimeout("slow")).reason == "request timed out"


def test_a_refused_port_on_loopback_reads_connection_refused() -> None:
    with socket.socket() as sock:  # a port nobody listens on once this socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(httpx.ConnectError) as info:
        httpx.get(f"http://127.0.0.1:{port}/")
    assert APIConnectionError(vendor="V", operation="x", cause=info.value).reason == "connection refused"
