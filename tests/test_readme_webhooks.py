"""The README's webhook receiver runs as written: a signed delivery is handled, a re-serialised one refused."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import scankit

README = Path(__file__).resolve().parent.parent / "README.md"
SECRET = "readme-webhook-secret-81f0"


def receiver() -> dict[str, Any]:
    section = README.read_text().split("\n## Webhooks\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1
    namespace: dict[str, Any] = {"__name__": "readme_receiver"}
    exec(compile(blocks[0], "README.md#webhooks", "exec"), namespace)
    return namespace


def test_the_readme_receiver_handles_a_signed_delivery(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOSTEDSCAN_WEBHOOK_SECRET", SECRET)
    app = receiver()["app"]
    body = b'{"id":"evt-1","type":"scan.updated","data":{"id":"scan-1","type":"NMAP","state":"SUCCEEDED"}}'
    headers = scankit.webhooks.sign("hostedscan", body, SECRET, timestamp=time.time())

    async def deliveries() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            ok = await client.post("/webhooks/hostedscan", content=body, headers=headers)
            # the same event, parsed and dumped again (what request.json() would give)
            again = json.dumps(json.loads(body)).encode()
            refused = await client.post("/webhooks/hostedscan", content=again, headers=headers)
            unsigned = await client.post("/webhooks/hostedscan", content=body)
            return [ok, refused, unsigned]

    ok, refused, unsigned = asyncio.run(deliveries())
    assert ok.status_code == 200
    assert "scan scan-1 is now SUCCEEDED" in capsys.readouterr().out
    assert refused.status_code == 400
    assert "(signature)" in refused.text and SECRET not in refused.text
    assert unsigned.status_code == 400 and "(header)" in unsigned.text
