"""HostedScan: 1,200 scans, 80 targets, 400 risks and their result files, cursor-paged 500 at a time."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ._base import Call, Invalid, Missing, Route, VendorSandbox, json_response
from ._fake import DATA_NOW, hexid, iso_ms, pick
from ._webhooks import scan_created, state_changed

SCAN_COUNT = 1200
TARGET_COUNT = 80
RISK_COUNT = 400
PAGE_SIZE = 500  # the documented cap of every list
SCAN_TYPES = ("NMAP", "NMAP_UDP", "OPENVAS", "OWASP_ZAP", "OWASP_ZAP_ACTIVE", "SSLYZE")
SCAN_STATES = ("QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "OVER_LIMIT")
SCHEDULED_BY = ("schedule", "api", "dashboard")
TAGS = ("prod", "staging", "web", "api", "internal", "pci", "external")
RESULT_TYPES: dict[str, tuple[str, ...]] = {
    "NMAP": ("text/html", "application/xml"),
    "NMAP_UDP": ("text/html", "application/xml"),
    "OPENVAS": ("application/pdf", "application/xml", "text/html"),
    "OWASP_ZAP": ("text/html", "application/json"),
    "OWASP_ZAP_ACTIVE": ("text/html", "application/json", "application/pdf"),
    "SSLYZE": ("application/json",),
}

# scan type, title, threat level, cvss, description, solution, references, additional info
_FINDINGS: tuple[tuple[str, str, str, float | None, str | None, str | None, list[str] | None, dict[str, Any]], ...] = (
    (
        "NMAP",
        "22/tcp open ssh",
        "LOW",
        None,
        "Port 22/tcp is open and running ssh (OpenSSH 8.9p1 Ubuntu 3ubuntu0.6).",
        None,
        None,
        {"port": 22, "protocol": "tcp", "service": "ssh"},
    ),
    (
        "NMAP",
        "3306/tcp open mysql",
        "MEDIUM",
        None,
        "Port 3306/tcp is open and running mysql (MySQL 8.0.36).",
        "Do not expose database ports to the internet.",
        None,
        {"port": 3306, "protocol": "tcp", "service": "mysql"},
    ),
    (
        "NMAP",
        "8080/tcp open http-proxy",
        "LOW",
        None,
        "Port 8080/tcp is open and running http-proxy.",
        None,
        None,
        {"port": 8080, "protocol": "tcp", "service": "http-proxy"},
    ),
    (
        "NMAP_UDP",
        "161/udp open snmp",
        "MEDIUM",
        None,
        "Port 161/udp is open and running snmp (SNMPv1 server; public).",
        "Restrict SNMP to the management network.",
        None,
        {"port": 161, "protocol": "udp", "service": "snmp"},
    ),
    (
        "NMAP_UDP",
        "123/udp open ntp",
        "LOW",
        None,
        "Port 123/udp is open and running ntp (NTP v4).",
        None,
        None,
        {"port": 123, "protocol": "udp", "service": "ntp"},
    ),
    (
        "OPENVAS",
        "SSL/TLS: Report Weak Cipher Suites",
        "MEDIUM",
        5.9,
        "This routine reports all weak SSL/TLS cipher suites accepted by a service.",
        "Disable the reported weak cipher suites.",
        ["https://www.rfc-editor.org/rfc/rfc7465"],
        {"port": "443/tcp", "oid": "1.3.6.1.4.1.25623.1.0.103440"},
    ),
    (
        "OPENVAS",
        "OpenSSH < 9.3p2 Remote Code Execution Vulnerability",
        "HIGH",
        9.8,
        "OpenSSH is prone to a remote code execution vulnerability in ssh-agent.",
        "Update to version 9.3p2 or later.",
        ["https://www.openssh.com/txt/release-9.3p2"],
        {"port": "22/tcp", "cve": "CVE-2023-38408"},
    ),
    (
        "OPENVAS",
        "jQuery < 3.5.0 Multiple XSS Vulnerabilities",
        "MEDIUM",
        6.1,
        "jQuery is prone to multiple cross-site scripting vulnerabilities.",
        "Update to version 3.5.0 or later.",
        ["https://blog.jquery.com/2020/04/10/jquery-3-5-0-released/"],
        {"port": "443/tcp", "cve": "CVE-2020-11022"},
    ),
    (
        "OPENVAS",
        "TCP Timestamps Information Disclosure",
        "LOW",
        2.6,
        "The remote host implements TCP timestamps and therefore allows to compute the uptime.",
        "Disable TCP timestamps.",
        None,
        {"port": "general/tcp"},
    ),
    (
        "OPENVAS",
        "SSH Weak Encryption Algorithms Supported",
        "MEDIUM",
        4.3,
        "The remote SSH server is configured to allow weak encryption algorithms.",
        "Disable the reported weak encryption algorithms.",
        None,
        {"port": "22/tcp"},
    ),
    (
        "OWASP_ZAP",
        "Content Security Policy (CSP) Header Not Set",
        "MEDIUM",
        6.1,
        "Content Security Policy (CSP) is an added layer of security that helps to detect and mitigate certain types of attacks.",
        "Ensure that your web server sets the Content-Security-Policy header.",
        ["https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP"],
        {"cweid": "693", "wascid": "15"},
    ),
    (
        "OWASP_ZAP",
        "Missing Anti-clickjacking Header",
        "MEDIUM",
        4.3,
        "The response does not protect against ClickJacking attacks.",
        "Set Content-Security-Policy frame-ancestors or X-Frame-Options.",
        None,
        {"cweid": "1021", "wascid": "15"},
    ),
    (
        "OWASP_ZAP",
        "Cookie without SameSite Attribute",
        "LOW",
        3.1,
        "A cookie has been set without the SameSite attribute.",
        "Set the SameSite attribute to 'lax' or ideally 'strict' for all cookies.",
        None,
        {"cweid": "1275", "param": "session"},
    ),
    ("OWASP_ZAP", "Strict-Transport-Security Header Not Set", "LOW", 3.7, None, None, None, {"cweid": "319"}),
    (
        "OWASP_ZAP_ACTIVE",
        "SQL Injection",
        "HIGH",
        9.8,
        "SQL injection may be possible.",
        "Do not trust client side input; use parameterized queries.",
        ["https://owasp.org/www-community/attacks/SQL_Injection"],
        {"cweid": "89", "param": "id"},
    ),
    (
        "OWASP_ZAP_ACTIVE",
        "Cross Site Scripting (Reflected)",
        "HIGH",
        7.5,
        "Cross-site Scripting (XSS) is an attack technique that echoes attacker code into a browser.",
        "Validate all input and encode all output.",
        None,
        {"cweid": "79", "param": "q"},
    ),
    (
        "SSLYZE",
        "TLS 1.0 Enabled",
        "MEDIUM",
        5.3,
        "The server accepts connections using TLS 1.0, a deprecated protocol.",
        "Disable TLS 1.0 and 1.1.",
        None,
        {"protocol": "TLSv1.0"},
    ),
    (
        "SSLYZE",
        "Certificate Expires Soon",
        "LOW",
        None,
        "The server's certificate expires in less than 30 days.",
        "Renew the certificate.",
        None,
        {"days_left": 21},
    ),
    (
        "SSLYZE",
        "Weak Diffie-Hellman Parameters",
        "MEDIUM",
        5.9,
        "The server uses Diffie-Hellman groups smaller than 2048 bits.",
        "Use a 2048-bit or larger group.",
        None,
        {"dh_size": 1024},
    ),
)
_HOSTS = (
    "acme-corp.example",
    "shop.acme-corp.example",
    "api.acme-corp.example",
    "vpn.acme-corp.example",
    "mail.acme-corp.example",
    "status.acme-corp.example",
    "partners.example.org",
    "cdn.example.net",
)
_LABELS = (
    "Marketing site",
    "Web shop",
    "Public API",
    "VPN gateway",
    "Mail server",
    "Status page",
    "Partner portal",
    "Build server",
    "Office firewall",
    "Customer dashboard",
)


def encode_token(last_id: str) -> str:
    """An opaque cursor, shaped like HostedScan's own (base64url JSON, no padding)."""
    raw = json.dumps({"last": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str) -> str:
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (ValueError, binascii.Error):
        raise Invalid("Invalid page_token", field="page_token") from None
    if not isinstance(data, dict) or not isinstance(data.get("last"), str):
        raise Invalid("Invalid page_token", field="page_token")
    last: str = data["last"]
    return last


class HostedScanSandbox(VendorSandbox):
    slug = "hostedscan"
    api_key = "sandbox-hostedscan-key"
    validation_status = 400
    enum_fields: ClassVar[Mapping[str, str]] = {"state": "PAUSED", "status": "MITIGATED", "threat_level": "CRITICAL"}
    result_size: int | None = None
    """Pad every result file to this many bytes, streamed (`make bench` downloads 1 GB this way)."""

    def generate(self) -> None:
        rng = self.rng
        self.targets: list[dict[str, Any]] = []
        seen: set[str] = set()
        while len(self.targets) < TARGET_COUNT:
            target = self._target_name()
            if target in seen:
                continue
            seen.add(target)
            self.targets.append(
                {
                    "id": hexid(rng),
                    "target": target,
                    "label": pick(rng, _LABELS) if rng.random() < 0.8 else None,
                    "tags": sorted(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3))), key=TAGS.index),
                }
            )
        self.risks: list[dict[str, Any]] = []
        self._risk_times: dict[str, tuple[float, float]] = {}
        for _ in range(RISK_COUNT):
            self.risks.append(self._risk())
        by_target_type: dict[tuple[str, str], list[str]] = {}
        for risk in self.risks:
            key = (risk["target_id"], risk["risk_definition"]["scan_type"])
            by_target_type.setdefault(key, []).append(risk["id"])
        self.scans: list[dict[str, Any]] = []
        self.scheduled_by: dict[str, str] = {}
        self.results: dict[str, tuple[str, str]] = {}  # result id -> (content type, scan id)
        for index in range(SCAN_COUNT):
            self.scans.append(self._scan(index, by_target_type))

    def _target_name(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return f"{rng.choice(('www', 'app', 'portal', 'admin', 'dev', 'qa', 'git', 'jira', 'crm', 'erp'))}{rng.randrange(1, 40)}.{pick(rng, _HOSTS)}"
        if roll < 0.7:
            return f"{rng.choice(('203.0.113', '198.51.100', '192.0.2'))}.{rng.randrange(1, 255)}"
        return f"https://{pick(rng, _HOSTS)}/{rng.choice(('login', 'checkout', 'api/v2', 'admin', 'account'))}"

    def _risk(self) -> dict[str, Any]:
        rng = self.rng
        target = pick(rng, self.targets)
        scan_type, title, level, cvss, description, solution, refs, info = pick(rng, _FINDINGS)
        first = DATA_NOW - rng.randrange(86_400, 180 * 86_400) + rng.randrange(1000) / 1000
        last = min(first + rng.randrange(0, 120 * 86_400), DATA_NOW - 3600.5)
        accepted = rng.random() < 0.1
        risk_id = hexid(rng)
        self._risk_times[risk_id] = (first, last)
        return {
            "id": risk_id,
            "target_id": target["id"],
            "target": target["target"],
            "tags": list(target["tags"]),
            "status": "OPEN" if rng.random() < 0.7 else "CLOSED",
            "is_accepted": accepted,
            "accepted_by": (
                [
                    {
                        "note": pick(
                            rng,
                            (
                                "Compensating control: WAF rule 1042.",
                                "Accepted by security team, compensating control in place.",
                                "False positive: port is firewalled upstream.",
                            ),
                        ),
                        "created_at": iso_ms(last - 3 * 86_400),
                        "last_updated_at": iso_ms(last - 2 * 86_400),
                    }
                ]
                if accepted
                else []
            ),
            "risk_definition": {
                "scan_type": scan_type,
                "title": title,
                "threat_level": level,
                "description": description,
                "solution": solution,
                "references": list(refs) if refs is not None else None,
                "cvss": cvss,
                "additional_info": dict(info),
            },
        }

    def _scan(self, index: int, by_target_type: dict[tuple[str, str], list[str]]) -> dict[str, Any]:
        rng = self.rng
        scan_type = pick(rng, SCAN_TYPES)
        if index < 4:
            state = "QUEUED"
        elif index < 12:
            state = "RUNNING"
        else:
            roll = rng.random()
            state = "SUCCEEDED" if roll < 0.9 else "FAILED" if roll < 0.97 else "OVER_LIMIT"
        progress = {
            "QUEUED": 0,
            "RUNNING": rng.randrange(5, 95),
            "SUCCEEDED": 100,
            "FAILED": rng.randrange(0, 100),
            "OVER_LIMIT": 0,
        }[state]
        targets = rng.sample(self.targets, rng.choice((1, 1, 1, 2, 3)))
        scan_id = hexid(rng)
        requested = [{"target_id": t["id"], "target": t["target"]} for t in targets]
        resolved: list[dict[str, Any]] = []
        skipped: list[dict[str, Any]] = []
        new_open: list[dict[str, str]] = []
        still_open: list[dict[str, str]] = []
        closed: list[dict[str, str]] = []
        results: list[dict[str, str]] = []
        if state in {"RUNNING", "SUCCEEDED", "FAILED"}:
            for target in targets:
                if rng.random() < 0.05:
                    skipped.append({"target_id": target["id"], "skipped_reason": "Target could not be resolved"})
                    continue
                resolved.append({"target_id": target["id"], "resolved_target": self._resolve(target["target"])})
        if state == "SUCCEEDED":
            for target in targets:
                for risk_id in by_target_type.get((target["id"], scan_type), []):
                    bucket = pick(rng, (new_open, still_open, still_open, closed))
                    bucket.append({"risk_id": risk_id})
            for content_type in RESULT_TYPES[scan_type]:
                result_id = hexid(rng)
                self.results[result_id] = (content_type, scan_id)
                results.append({"result_id": result_id, "content_type": content_type})
        self.scheduled_by[scan_id] = pick(rng, SCHEDULED_BY)
        return {
            "id": scan_id,
            "type": scan_type,
            "state": state,
            "progress": progress,
            "risks": {"new_open": new_open, "still_open": still_open, "closed": closed},
            "results": results,
            "requested_targets": requested,
            "resolved_targets": resolved,
            "skipped_targets": skipped,
        }

    def _resolve(self, target: str) -> str:
        if target.startswith("https://") or target[0].isdigit():
            return target
        return f"{self.rng.choice(('203.0.113', '198.51.100'))}.{self.rng.randrange(1, 255)}"

    # ------------------------------------------------------------------ HTTP

    def declare_routes(self) -> Iterable[Route]:
        return [
            Route("GET", "/v1/scans", "listScans", self.list_scans),
            Route("POST", "/v1/scans", "createScan", self.create_scan),
            Route("GET", "/v1/scans/{id}", "getScan", self.get_scan),
            Route("GET", "/v1/results/{id}", "downloadResult", self.download_result),
            Route("GET", "/v1/targets", "listTargets", self.list_targets),
            Route("POST", "/v1/targets", "createTarget", self.create_target),
            Route("GET", "/v1/targets/{id}", "getTarget", self.get_target),
            Route("PUT", "/v1/targets/{id}", "updateTarget", self.update_target),
            Route("DELETE", "/v1/targets/{id}", "deleteTarget", self.delete_target),
            Route("GET", "/v1/risks", "listRisks", self.list_risks),
            Route("GET", "/v1/risks/{id}", "getRisk", self.get_risk),
        ]

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        return json_response({"message": message}, status)

    def unauthorized(self, request: Request) -> Response:
        return self.error(401, "Invalid API key", request=request)

    def _page(self, call: Call, items: Sequence[dict[str, Any]]) -> Response:
        token = call.query.get("page_token")
        start = 0
        if token:
            last = decode_token(token)
            start = next((i + 1 for i, item in enumerate(items) if item["id"] == last), -1)
            if start < 0:
                raise Invalid("Invalid page_token", field="page_token")
        page = list(items[start : start + PAGE_SIZE])
        body: dict[str, Any] = {"data": page}
        if start + PAGE_SIZE < len(items):
            body["next_page_token"] = encode_token(page[-1]["id"])
        return json_response(body)

    async def list_scans(self, call: Call) -> Response:
        filters = _filters(call, ("type", "state", "scheduled_by"))
        for scan in [s for s in self.scans if s["id"] in self._live]:  # a list shows them moving on in time
            self._advance(scan, read=False)
        scans = [
            s
            for s in self.scans
            if _keep(filters, "type", s["type"])
            and _keep(filters, "state", s["state"])
            and _keep(filters, "scheduled_by", self.scheduled_by[s["id"]])
        ]
        return self._page(call, scans)

    async def get_scan(self, call: Call) -> Response:
        scan = self._find(self.scans, call.params["id"], "scan")
        self._advance(scan)
        return json_response({"data": scan})

    def _advance(self, scan: dict[str, Any], *, read: bool = True) -> None:
        """A scan created here moves on with time and with reads: QUEUED, RUNNING n %, then its end.

        How soon and how it ends is ``Runs`` (``_runs.py``): SUCCEEDED with result files, FAILED,
        never, or PAUSED (a state the spec does not list).
        """
        done = self.run_progress(scan["id"], read=read)
        if done is None or done <= 0:
            return
        before = scan["state"]
        if done < 1:
            scan.update(state="RUNNING", progress=max(1, int(done * 100)))
            if not scan["resolved_targets"]:
                scan["resolved_targets"] = [
                    {"target_id": t["target_id"], "resolved_target": self._resolve(t["target"])}
                    for t in scan["requested_targets"]
                ]
            state_changed(self, scan, before, "RUNNING")
            return
        outcome = self.run_outcome(scan["id"])
        self.run_ended(scan["id"])
        if outcome == "failure":
            scan.update(state="FAILED")
            state_changed(self, scan, before, "FAILED")
            return
        if outcome == "unlisted":
            scan.update(state=self.enum_fields["state"])
            state_changed(self, scan, before, scan["state"])
            return
        scan.update(state="SUCCEEDED", progress=100)
        for content_type in RESULT_TYPES[scan["type"]]:
            result_id = hexid(self.rng)
            self.results[result_id] = (content_type, scan["id"])
            scan["results"].append({"result_id": result_id, "content_type": content_type})
        state_changed(self, scan, before, "SUCCEEDED")

    async def create_scan(self, call: Call) -> Response:
        body = await call.json_object()
        scan_type = body.get("type")
        if scan_type not in SCAN_TYPES:
            raise Invalid(f"type must be one of {', '.join(SCAN_TYPES)}", field="type")
        given = [key for key in ("targets", "target_ids", "tags") if body.get(key) is not None]
        if len(given) != 1:
            raise Invalid("Give exactly one of targets, target_ids or tags")
        values = body[given[0]]
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            raise Invalid(f"{given[0]} must be a non-empty list of strings", field=given[0])
        if "use_authentication" in body and not isinstance(body["use_authentication"], bool):
            raise Invalid("use_authentication must be a boolean", field="use_authentication")
        if given[0] == "targets":
            targets = [self._target_for(v) for v in dict.fromkeys(values)]
        elif given[0] == "target_ids":
            by_id = {t["id"]: t for t in self.targets}
            unknown = [v for v in values if v not in by_id]
            if unknown:
                raise Invalid(f"Unknown target id {unknown[0]}", field="target_ids")
            targets = [by_id[v] for v in dict.fromkeys(values)]
        else:
            targets = [t for t in self.targets if set(t["tags"]) & set(values)]
            if not targets:
                raise Invalid("No target carries any of these tags", field="tags")
        scan = {
            "id": hexid(self.rng),
            "type": scan_type,
            "state": "QUEUED",
            "progress": 0,
            "risks": {"new_open": [], "still_open": [], "closed": []},
            "results": [],
            "requested_targets": [{"target_id": t["id"], "target": t["target"]} for t in targets],
            "resolved_targets": [],
            "skipped_targets": [],
        }
        self.scans.insert(0, scan)
        self.scheduled_by[scan["id"]] = "api"
        self.run_started(scan["id"], call.request)
        scan_created(self, scan)
        return json_response({"data": scan})

    def _target_for(self, name: str) -> dict[str, Any]:
        existing = next((t for t in self.targets if t["target"] == name), None)
        if existing is not None:
            return existing
        target: dict[str, Any] = {"id": hexid(self.rng), "target": name, "label": None, "tags": []}
        self.targets.insert(0, target)
        return target

    async def download_result(self, call: Call) -> Response:
        found = self.results.get(call.params["id"])
        if found is None:
            raise Missing("Result not found")
        content_type, scan_id = found
        scan = next(s for s in self.scans if s["id"] == scan_id)
        report = _report(scan, content_type)
        if self.result_size is None or self.result_size <= len(report):
            return Response(report, media_type=content_type)
        size = self.result_size
        return StreamingResponse(_padded(report, size), media_type=content_type, headers={"content-length": str(size)})

    async def list_targets(self, call: Call) -> Response:
        filters = _filters(call, ("tags", "target"))
        targets = [
            t for t in self.targets if _keep_any(filters, "tags", t["tags"]) and _keep(filters, "target", t["target"])
        ]
        return self._page(call, targets)

    async def get_target(self, call: Call) -> Response:
        return json_response({"data": self._find(self.targets, call.params["id"], "target")})

    async def create_target(self, call: Call) -> Response:
        upsert = call.bool_param("upsert") or False
        body = await call.json_object()
        name = body.get("target")
        if not isinstance(name, str) or not name.strip():
            raise Invalid("target is required", field="target")
        label, tags = _label_and_tags(body)
        existing = next((t for t in self.targets if t["target"] == name), None)
        if existing is not None:
            if not upsert:
                raise Invalid(f"Target {name} already exists", field="target")
            if "label" in body:
                existing["label"] = label
            if "tags" in body:
                existing["tags"] = tags
            return json_response({"data": existing})
        target = {"id": hexid(self.rng), "target": name, "label": label, "tags": tags}
        self.targets.insert(0, target)
        return json_response({"data": target})

    async def update_target(self, call: Call) -> Response:
        target = self._find(self.targets, call.params["id"], "target")
        body = await call.json_object()
        label, tags = _label_and_tags(body)
        if "label" in body:
            target["label"] = label
        if "tags" in body:
            target["tags"] = tags
            for risk in self.risks:
                if risk["target_id"] == target["id"]:
                    risk["tags"] = list(tags)
        return json_response({"data": target})

    async def delete_target(self, call: Call) -> Response:
        target = self._find(self.targets, call.params["id"], "target")
        self.targets.remove(target)
        self.risks = [r for r in self.risks if r["target_id"] != target["id"]]
        return Response(status_code=200)

    async def list_risks(self, call: Call) -> Response:
        keys = (
            "target_id",
            "status",
            "tags",
            "risk_definition.scan_type",
            "risk_definition.threat_level",
            "risk_definition.title",
        )
        filters = _filters(call, keys)
        risks = []
        for risk in self.risks:
            definition = risk["risk_definition"]
            if (
                _keep(filters, "target_id", risk["target_id"])
                and _keep(filters, "status", risk["status"])
                and _keep_any(filters, "tags", risk["tags"])
                and _keep(filters, "risk_definition.scan_type", definition["scan_type"])
                and _keep(filters, "risk_definition.threat_level", definition["threat_level"])
                and _keep(filters, "risk_definition.title", definition["title"])
            ):
                first, last = self._risk_times[risk["id"]]
                # The list example carries the detection times inside risk_definition.
                listed = {
                    **risk,
                    "risk_definition": {
                        **definition,
                        "first_detected_at": iso_ms(first),
                        "last_detected_at": iso_ms(last),
                    },
                }
                risks.append(listed)
        return self._page(call, risks)

    async def get_risk(self, call: Call) -> Response:
        risk = self._find(self.risks, call.params["id"], "risk")
        first, last = self._risk_times[risk["id"]]
        label = next((t["label"] for t in self.targets if t["id"] == risk["target_id"]), None)
        # The single-risk example carries target_label and the detection times on the risk itself.
        single = {
            "id": risk["id"],
            "target_id": risk["target_id"],
            "target": risk["target"],
            "target_label": label,
            "tags": risk["tags"],
            "status": risk["status"],
            "is_accepted": risk["is_accepted"],
            "accepted_by": risk["accepted_by"],
            "risk_definition": risk["risk_definition"],
            "first_detected_at": iso_ms(first),
            "last_detected_at": iso_ms(last),
        }
        return json_response({"data": single})

    def _find(self, items: list[dict[str, Any]], item_id: str, what: str) -> dict[str, Any]:
        found = next((item for item in items if item["id"] == item_id), None)
        if found is None:
            raise Missing(f"No {what} with id {item_id}")
        return found


def _filters(call: Call, allowed: Sequence[str]) -> dict[str, set[str]]:
    raw = call.query.get("filters")
    if raw is None or raw == "":
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        raise Invalid('filters must be URL-encoded JSON, e.g. {"state": ["RUNNING"]}', field="filters") from None
    if not isinstance(data, dict):
        raise Invalid("filters must be a JSON object of arrays", field="filters")
    out: dict[str, set[str]] = {}
    for key, values in data.items():
        if key not in allowed:
            raise Invalid(f"Unknown filter {key!r}; allowed: {', '.join(allowed)}", field="filters")
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise Invalid(f"The filter {key!r} must be an array of strings", field="filters")
        out[key] = set(values)
    return out


def _keep(filters: dict[str, set[str]], key: str, value: str) -> bool:
    return key not in filters or value in filters[key]


def _keep_any(filters: dict[str, set[str]], key: str, values: Iterable[str]) -> bool:
    return key not in filters or bool(filters[key] & set(values))


def _label_and_tags(body: dict[str, Any]) -> tuple[str | None, list[str]]:
    label = body.get("label")
    if label is not None and not isinstance(label, str):
        raise Invalid("label must be a string", field="label")
    tags = body.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise Invalid("tags must be a list of strings", field="tags")
    if len(tags) > 10:
        raise Invalid("A target can have at most 10 tags", field="tags")
    return label, list(tags)


async def _padded(report: bytes, size: int) -> AsyncIterator[bytes]:
    """The report, then trailing newlines (harmless in HTML, XML, JSON and after a PDF's %%EOF) up to `size`."""
    yield report
    chunk = b"\n" * (1024 * 1024)
    left = size - len(report)
    while left > 0:
        yield chunk[: min(left, len(chunk))]
        left -= len(chunk)


def _report(scan: dict[str, Any], content_type: str) -> bytes:
    """A small, deterministic report file of the requested type."""
    targets = ", ".join(t["target"] for t in scan["requested_targets"])
    counts = {k: len(v) for k, v in scan["risks"].items()}
    title = f"HostedScan {scan['type']} report {scan['id']}"
    if content_type == "application/json":
        return json.dumps(
            {"scan_id": scan["id"], "type": scan["type"], "targets": targets.split(", "), "risks": counts}, indent=2
        ).encode()
    if content_type == "application/xml":
        rows = "".join(f'  <target id="{t["target_id"]}">{t["target"]}</target>\n' for t in scan["requested_targets"])
        return f'<?xml version="1.0" encoding="UTF-8"?>\n<report scan="{scan["id"]}" type="{scan["type"]}">\n{rows}</report>\n'.encode()
    if content_type == "application/pdf":
        text = f"{title} - targets: {targets}".replace("(", "[").replace(")", "]")
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"
        return (
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(stream)}>>stream\n{stream}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        ).encode()
    items = "".join(f"<li>{k.replace('_', ' ')}: {v}</li>" for k, v in counts.items())
    return f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Targets: {targets}</p><ul>{items}</ul></body></html>\n".encode()
