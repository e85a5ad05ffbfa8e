"""Advalidation: 12 campaigns of about 40 creatives, a scan per creative (plus rescans), VAST media files.

Its per-IP token bucket (15, refilled at 1/s) answers a 429 with ``Retry-After: 15`` whatever the
real wait: the vendor's known bug, reproduced.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response

from ._base import Call, Invalid, Missing, Route, VendorSandbox, json_response
from ._fake import DATA_NOW, hexid, iso, pick
from ._ratelimit import Verdict

CAMPAIGN_COUNT = 12
PAGE_SIZE = 25
USER_ID = 17
DEFAULT_ADSPEC = {"display": 42, "video": 57}
_CAMPAIGN_NAMES = (
    "Summer sale 2024",
    "Back to school",
    "Black Friday 2024",
    "Holiday gift guide",
    "Spring collection launch",
    "Brand awareness Q3",
    "Retargeting always-on",
    "New store openings",
    "Product launch teaser",
    "Holiday video 2024",
    "Streaming pre-roll",
    "Connected TV spots",
)
_DISPLAY = (
    ("image", "Image", "jpg"),
    ("html5", "HTML5", "zip"),
    ("tag-html5", "HTML5 tag", "html"),
    ("tag-beacon", "Beacon tag", "html"),
    ("html-tag", "HTML tag", "html"),
)
_SIZES = ((300, 250), (728, 90), (160, 600), (320, 50), (970, 250), (300, 600), (336, 280))
_VIDEO_SIZES = ((1920, 1080), (1280, 720), (640, 360))
_ERROR_TYPES = {
    401: "authentication_failed",
    403: "permission_denied",
    404: "resource_not_found",
    405: "method_not_allowed",
    422: "validation_failed",
    429: "rate_limit_exceeded",
    500: "internal_error",
    503: "service_unavailable",
}
_NOT_FOUND_HTML = (
    "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
    "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class AdvalidationSandbox(VendorSandbox):
    slug = "advalidation"
    api_key = "sandbox-advalidation-key"
    validation_status = 422
    enum_fields: ClassVar[Mapping[str, str]] = {"processingStatus": "archived", "result": "skipped", "type": "audio"}

    def generate(self) -> None:
        rng = self.rng
        self.campaigns: list[dict[str, Any]] = []
        self.creatives: dict[int, dict[str, Any]] = {}
        self.children: dict[int, list[int]] = {}  # VAST creative -> its media files
        self.scans: dict[int, dict[str, Any]] = {}
        self.checks: dict[int, list[dict[str, Any]]] = {}
        self._next_scan = 48_000
        self._next_creative = 2_000
        when = DATA_NOW - 200 * 86_400
        for index in range(CAMPAIGN_COUNT):
            kind = "video" if index >= 9 else "display"
            campaign_id = 100 + index
            created = when + index * 12 * 86_400
            self.campaigns.append(
                {
                    "id": campaign_id,
                    "name": _CAMPAIGN_NAMES[index],
                    "createdAt": iso(created),
                    "updatedAt": iso(created + rng.randrange(60, 86_400)),
                    "type": kind,
                    "shareURL": f"https://app.advalidation.io/share/campaign/{hexid(rng, 8)}",
                    "adspecId": DEFAULT_ADSPEC[kind] if rng.random() < 0.7 else rng.randrange(60, 90),
                    "userId": USER_ID,
                }
            )
            for number in range(rng.randrange(35, 46)):
                added = created + 600 + number * rng.randrange(600, 7200)
                self._creative(campaign_id, kind, added, rng.random() < 0.7 if kind == "video" else False)
        self.campaigns.reverse()  # newest first

    def _scan(self, added: int, sequence: str, status: str, video: bool) -> dict[str, Any]:
        rng = self.rng
        scan_id = self._next_scan
        self._next_scan += 1
        finished = status in {"finished", "failed", "cancelled"}
        done_at = added + rng.randrange(8, 40)
        scan: dict[str, Any] = {
            "id": scan_id,
            "createdAt": iso(added),
            "updatedAt": iso(done_at) if status != "queued" else None,
            "finishedAt": iso(done_at) if finished else None,
            "sequenceType": sequence,
            "nbIssues": None,
            "processingStatus": status,
            "isInconclusive": None,
            "inconclusiveReason": None,
        }
        if status == "finished":
            checks = self._checks(video)
            self.checks[scan_id] = checks
            inconclusive = rng.random() < 0.03
            scan["nbIssues"] = sum(1 for c in checks if c["result"] != "pass")
            scan["isInconclusive"] = inconclusive
            scan["inconclusiveReason"] = (
                "The creative did not finish loading within 30 seconds" if inconclusive else None
            )
        self.scans[scan_id] = scan
        return scan

    def _creative(
        self, campaign_id: int, kind: str, added: int, vast: bool, parent: int | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        creative_id = self._next_creative
        self._next_creative += 1
        if parent is not None:
            source, label = "vast-child-video", "VAST media file"
            width, height = pick(rng, _VIDEO_SIZES)
            name = f"https://cdn.example-ads.com/video/{hexid(rng, 10)}_{height}p.mp4"
        elif kind == "video" and vast:
            source, label = "tag-vast", "VAST tag"
            width, height = None, None
            name = f"https://ads.example-adserver.com/vast/{rng.randrange(100000, 999999)}.xml"
        elif kind == "video":
            source, label = "video", "Video"
            width, height = pick(rng, _VIDEO_SIZES)
            name = f"{pick(rng, ('preroll', 'bumper', 'midroll'))}-{rng.randrange(6, 31)}s-{height}p.mp4"
        else:
            source, label, ext = pick(rng, _DISPLAY)
            width, height = pick(rng, _SIZES)
            stem = pick(rng, ("summer-sale", "spring-launch", "brand", "retargeting", "promo", "holiday"))
            name = f"{stem}-{width}x{height}.{ext}"
        is_video = kind == "video"
        scans = [self._scan(added + 5, "initial", "finished", is_video)]
        roll = rng.random()
        if roll < 0.2:
            scans.append(self._scan(added + 86_400 * rng.randrange(1, 20), "manual", "finished", is_video))
        elif roll < 0.25:
            scans.append(self._scan(added + 86_400 * rng.randrange(1, 20), "monitoring", "finished", is_video))
        last = rng.random()
        status = "processing" if last < 0.04 else "queued" if last < 0.06 else "failed" if last < 0.11 else None
        if status is not None:
            scans.append(self._scan(added + 30 * 86_400, "manual", status, is_video))
        latest = scans[-1]
        creative = {
            "id": creative_id,
            "campaignId": campaign_id,
            "name": name,
            "createdAt": iso(added),
            "updatedAt": latest["updatedAt"] or latest["createdAt"],
            "parentId": parent,
            "sourceType": source,
            "sourceTypeLabel": label,
            "shareURL": f"https://app.advalidation.io/share/creative/{hexid(rng, 8)}",
            "livePreviewURL": f"https://app.advalidation.io/preview/creative/{hexid(rng, 8)}",
            "previewAnimationURL": f"https://app.advalidation.io/preview/animation/{hexid(rng, 8)}.gif"
            if source in {"html5", "tag-html5"}
            else None,
            "width": width,
            "height": height,
            "userId": USER_ID,
            "nbVariations": None,
            "nbMediaFiles": None,
            "latestScanStatus": latest,
        }
        self.creatives[creative_id] = creative
        if source == "tag-vast":
            self.children[creative_id] = [
                self._creative(campaign_id, kind, added + 1, False, parent=creative_id)["id"]
                for _ in range(rng.randrange(2, 5))
            ]
        return creative

    def _checks(self, video: bool) -> list[dict[str, Any]]:
        rng = self.rng

        def outcome(fail: float, warn: float) -> str:
            roll = rng.random()
            return "fail" if roll < fail else "warn" if roll < fail + warn else "pass"

        if video:
            duration = rng.choice((6, 15, 15, 20, 30))
            bitrate = rng.randrange(900, 6000)
            fps = rng.choice((23.976, 25, 29.97, 30))
            return [
                _check(
                    "Test_Video_Duration",
                    f"{duration + rng.randrange(0, 9) / 100:.2f}",
                    f"{duration} seconds",
                    f"Duration is {duration} seconds",
                    outcome(0.03, 0.03),
                    [{"name": "duration_ms", "description": "Duration in milliseconds", "value": str(duration * 1000)}],
                    None,
                ),
                _check(
                    "Test_Video_Bitrate",
                    bitrate,
                    f"{bitrate} kb",
                    f"Bitrate is {bitrate} kbps",
                    "fail" if bitrate > 5000 else "warn" if bitrate > 4000 else "pass",
                    [
                        {"name": "bitrate", "description": "Video bitrate", "value": f"{bitrate} kbps"},
                        {"name": "limit", "description": "Maximum allowed bitrate", "value": "5000 kbps"},
                    ],
                    None,
                ),
                _check(
                    "Test_Video_Framerate",
                    fps,
                    f"{fps} fps",
                    f"Frame rate is {fps} fps",
                    "pass",
                    [],
                    {"frames": int(duration * fps), "fps": fps},
                ),
                _check(
                    "Test_Audio_Loudness", f"{-rng.randrange(140, 300) / 10}", None, None, outcome(0.05, 0.1), [], None
                ),
                _check("Test_VAST_Version", rng.choice(("3.0", "4.0", "4.2")), "", None, "pass", [], None),
            ]
        size = rng.randrange(40, 300)
        cpu = rng.randrange(2, 60)
        return [
            _check(
                "Test_Filesize",
                str(size),
                f"{size} kb",
                f"File size is {size} kb",
                "fail" if size > 200 else "warn" if size > 150 else "pass",
                [{"name": "limit", "description": "Maximum file size", "value": "200 kb"}],
                None,
            ),
            _check(
                "Test_SSL_Compliance",
                rng.random() < 0.95,
                "Yes",
                "All requests use HTTPS",
                outcome(0.05, 0.0),
                [],
                None,
            ),
            _check("Test_Animation_Length", f"{rng.randrange(0, 31)}", None, None, outcome(0.05, 0.05), [], None),
            _check(
                "Test_CPU_Usage",
                cpu,
                f"{cpu} %",
                f"Peak CPU usage is {cpu} %",
                "warn" if cpu > 50 else "pass",
                [],
                None,
            ),
            _check(
                "Test_Initial_Load",
                f"{rng.randrange(50, 900)}",
                None,
                None,
                outcome(0.03, 0.05),
                [],
                {"requests": rng.randrange(2, 40)},
            ),
        ]

    # ------------------------------------------------------------------ HTTP

    def declare_routes(self) -> Iterable[Route]:
        return [
            Route("GET", "/scans/{scanId}", "getScan", self.get_scan),
            Route("POST", "/creatives/{creativeId}/rescan", "rescanCreative", self.rescan),
            Route("GET", "/creatives/{creativeId}", "getCreative", self.get_creative),
            Route("GET", "/creatives/{creativeId}/media-files", "listCreativeMediaFiles", self.list_media_files),
            Route("GET", "/campaigns", "listCampaigns", self.list_campaigns),
            Route("POST", "/campaigns", "createCampaign", self.create_campaign),
            Route("GET", "/campaigns/{campaignId}", "getCampaign", self.get_campaign),
            Route("GET", "/campaigns/{campaignId}/creatives", "listCampaignCreatives", self.list_creatives),
        ]

    def error(self, status: int, message: str, *, request: Request, field: str | None = None) -> Response:
        issue = {"type": _ERROR_TYPES.get(status, "error"), "message": message, "relatedField": field}
        return json_response({"error": {"responseCode": status, "issues": [issue]}}, status)

    def unauthorized(self, request: Request) -> Response:
        return self.error(401, "Unable to authenticate user", request=request)

    def too_many(self, request: Request, verdict: Verdict) -> Response:
        response = self.error(429, "Too many requests, slow down", request=request)
        response.headers["Retry-After"] = "15"  # always 15, the bucket size: the vendor's known bug
        return response

    def html_fault(self, request: Request) -> Response:
        return Response(_NOT_FOUND_HTML, status_code=404, media_type="text/html")

    def _int(self, call: Call, name: str) -> int:
        try:
            return int(call.params[name])
        except ValueError:
            raise Missing(f"No such resource: {call.params[name]}") from None

    def _page(self, call: Call, items: Sequence[dict[str, Any]]) -> Response:
        page = call.int_param("page", 1, minimum=1)
        start = (page - 1) * PAGE_SIZE
        data = list(items[start : start + PAGE_SIZE])
        total_pages = -(-len(items) // PAGE_SIZE)
        return json_response(
            {
                "data": data,
                "meta": {
                    "pagination": {
                        "count": len(data),
                        "totalCount": len(items),
                        "page": page,
                        "totalPages": total_pages,
                    }
                },
            }
        )

    run_polls = 2

    def _advance(self, scan: dict[str, Any]) -> None:
        """A rescan moves on with time and each time it (or its creative) is read: queued, processing, its end.

        How soon and how it ends is ``Runs`` (``_runs.py``): finished with checks, failed, never,
        or archived (a state the spec does not list).
        """
        done = self.run_progress(scan["id"], read=True)
        if done is None or done <= 0:
            return
        created = _seconds(scan["createdAt"])
        if done < 1:
            scan.update(processingStatus="processing", updatedAt=iso(created + 5))
            return
        outcome = self.run_outcome(scan["id"])
        self.run_ended(scan["id"])
        if outcome in ("failure", "unlisted"):
            status = "failed" if outcome == "failure" else self.enum_fields["processingStatus"]
            scan.update(processingStatus=status, updatedAt=iso(created + 21), finishedAt=iso(created + 21))
            return
        creative = next((c for c in self.creatives.values() if c["latestScanStatus"] is scan), None)
        video = creative is not None and creative["sourceType"] in {"tag-vast", "video", "vast-child-video"}
        checks = self._checks(video)
        self.checks[scan["id"]] = checks
        scan.update(
            updatedAt=iso(created + 21),
            finishedAt=iso(created + 21),
            nbIssues=sum(1 for c in checks if c["result"] != "pass"),
            processingStatus="finished",
            isInconclusive=False,
            inconclusiveReason=None,
        )

    async def get_scan(self, call: Call) -> Response:
        scan = self.scans.get(self._int(call, "scanId"))
        if scan is None:
            raise Missing("Scan not found")
        self._advance(scan)
        include = call.bool_param("include_checks")
        body = dict(scan)
        if include:
            body["tests"] = self.checks.get(scan["id"]) if scan["processingStatus"] == "finished" else None
        return json_response({"data": body})

    def _creative_or_404(self, call: Call) -> dict[str, Any]:
        creative = self.creatives.get(self._int(call, "creativeId"))
        if creative is None:
            raise Missing("Creative not found")
        return creative

    async def get_creative(self, call: Call) -> Response:
        creative = self._creative_or_404(call)
        self._advance(creative["latestScanStatus"])
        body = dict(creative)
        if creative["sourceType"] == "tag-vast":
            body["nbMediaFiles"] = len(self.children.get(creative["id"], []))
        return json_response({"data": body})

    async def rescan(self, call: Call) -> Response:
        creative = self._creative_or_404(call)
        await call.json_object()  # the body is `{}`; anything but an object is refused
        video = creative["sourceType"] in {"tag-vast", "video", "vast-child-video"}
        created = max(_seconds(s["createdAt"]) for s in self.scans.values()) + 60
        scan = self._scan(created, "manual", "queued", video)
        self.run_started(scan["id"], call.request)
        creative["latestScanStatus"] = scan
        creative["updatedAt"] = scan["createdAt"]
        return json_response({"data": scan})

    async def list_media_files(self, call: Call) -> Response:
        creative = self._creative_or_404(call)
        return self._page(call, [self.creatives[i] for i in self.children.get(creative["id"], [])])

    async def list_campaigns(self, call: Call) -> Response:
        return self._page(call, self.campaigns)

    def _campaign_or_404(self, call: Call) -> dict[str, Any]:
        campaign_id = self._int(call, "campaignId")
        campaign = next((c for c in self.campaigns if c["id"] == campaign_id), None)
        if campaign is None:
            raise Missing("Campaign not found")
        return campaign

    async def get_campaign(self, call: Call) -> Response:
        return json_response({"data": self._campaign_or_404(call)})

    async def list_creatives(self, call: Call) -> Response:
        campaign = self._campaign_or_404(call)
        creatives = [c for c in self.creatives.values() if c["campaignId"] == campaign["id"] and c["parentId"] is None]
        creatives.reverse()  # newest first
        return self._page(call, creatives)

    async def create_campaign(self, call: Call) -> Response:
        body = await call.json_object()
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise Invalid("The campaign name is required", field="name")
        kind = body.get("type")
        if kind not in DEFAULT_ADSPEC:
            raise Invalid("The campaign type must be display or video", field="type")
        adspec = body.get("adspecId")
        if adspec is not None and (isinstance(adspec, bool) or not isinstance(adspec, int)):
            raise Invalid("adspecId must be an integer or null", field="adspecId")
        created = max(_seconds(c["createdAt"]) for c in self.campaigns) + 3600
        campaign = {
            "id": max(c["id"] for c in self.campaigns) + 1,
            "name": name,
            "createdAt": iso(created),
            "updatedAt": iso(created),
            "type": kind,
            "shareURL": f"https://app.advalidation.io/share/campaign/{hexid(self.rng, 8)}",
            "adspecId": adspec if adspec is not None else DEFAULT_ADSPEC[kind],
            "userId": USER_ID,
        }
        self.campaigns.insert(0, campaign)
        return json_response({"data": campaign}, 201)


def _check(
    name: str,
    value: str | float | bool | None,
    formatted: str | None,
    phrase: str | None,
    result: str,
    attributes: list[dict[str, str]],
    extended: Any,
) -> dict[str, Any]:
    return {
        "name": name,
        "value": value,
        "valueFormatted": formatted,
        "valuePhrase": phrase,
        "result": result,
        "attributes": attributes,
        "extended": extended,
    }


def _seconds(text: str) -> int:
    return int(datetime.datetime.fromisoformat(text).timestamp())
