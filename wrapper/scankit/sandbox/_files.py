"""Files the sandbox serves for download operations: a small report in the media type asked for.

The report names the record it belongs to (a scan's id, type and state), so a downloaded file is
recognisably that record's; ``result_size`` pads it (with newlines, harmless in HTML, XML, JSON and
after a PDF's ``%%EOF``) to a size for the benchmarks, streamed.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from typing import Any

__all__ = ["padded", "report"]


def _summary(record: Mapping[str, Any] | None) -> dict[str, Any]:
    """The record's plain top-level fields (and its JSON:API attributes'), for the report."""
    if not record:
        return {}
    fields = {k: v for k, v in record.items() if isinstance(v, str | int | float | bool)}
    attributes = record.get("attributes")
    if isinstance(attributes, dict):
        fields.update({k: v for k, v in attributes.items() if isinstance(v, str | int | float | bool)})
    return dict(list(fields.items())[:8])


def report(vendor: str, file_id: str, media_type: str, record: Mapping[str, Any] | None) -> bytes:
    """A small, deterministic file of ``media_type`` about ``record``."""
    summary = _summary(record)
    owner = summary.get("id", file_id)
    title = f"{vendor} report {file_id} for {owner}"
    if media_type.endswith("json"):
        return json.dumps({"report": file_id, "of": summary}, indent=2).encode()
    if media_type.endswith("xml"):
        rows = "".join(f'  <field name="{k}">{v}</field>\n' for k, v in summary.items())
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<report id="{file_id}">\n{rows}</report>\n'.encode()
    if media_type == "application/pdf":
        text = f"{title}".replace("(", "[").replace(")", "]")
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
        return (
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(stream)}>>stream\n{stream}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        ).encode()
    if media_type.startswith("text/html"):
        items = "".join(f"<li>{k}: {v}</li>" for k, v in summary.items())
        return (
            f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><ul>{items}</ul></body></html>\n"
        ).encode()
    lines = "".join(f"{k}: {v}\n" for k, v in summary.items())
    return f"{title}\n{lines}".encode()


async def padded(content: bytes, size: int) -> AsyncIterator[bytes]:
    """``content``, then newlines up to ``size`` bytes, a megabyte at a time."""
    yield content
    chunk = b"\n" * (1024 * 1024)
    left = size - len(content)
    while left > 0:
        yield chunk[: min(left, len(chunk))]
        left -= len(chunk)
        # Let the loop run between megabytes: a client that hung up is noticed (the response's
        # disconnect listener gets its turn) instead of the rest of a gigabyte sent to a closed socket.
        await asyncio.sleep(0)
