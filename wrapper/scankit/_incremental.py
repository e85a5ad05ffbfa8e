"""What is new or changed in a list since a time: `list(since=…)` and the watermark a scheduled job keeps.

A list that declares `x-scankit-incremental` in its spec says which field of an item moves (its
cursor, with fallbacks), how the vendor filters on it (or that it cannot), and how far back to look
again. From that alone, for every vendor:

- `Window` is one `list(since=…)`: the vendor's filter parameters, formatted as the spec says and
  moved back by the lookback (so a bound the vendor applies to another field, in another zone or
  exclusively still lets every item through), and the check of each item against `since` on the
  cursor. A list without a filter is read in full and filtered here; one documented newest first
  stops at the first item older than `since` minus the lookback.
- `SyncRun` is one run of a scheduled job (`scankit … sync --state FILE`): it reads from the
  watermark minus the lookback, gives each item once per change — de-duplicated by id and cursor
  within the lookback — and says the next watermark: the newest cursor read, never past the clock.

Times: `since` must be timezone-aware (a naive datetime is refused: whether it meant local time or
UTC cannot be told, and a guess off by hours skips items); a time an item carries without a zone is
read in the filter's declared zone, else UTC. An item that carries none of the declared times is
kept: it cannot be shown to be old.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from ._pagination import dig
from ._vendor import IncrementalFilter, IncrementalInfo

T = TypeVar("T")
UTC = datetime.UTC
STATE_VERSION = 1
"""The version of the state a `SyncRun` keeps (`SyncState.to_json`); another version is refused."""

_GRAIN = {
    "millisecond": datetime.timedelta(milliseconds=1),
    "second": datetime.timedelta(seconds=1),
    "day": datetime.timedelta(days=1),
}


class StateError(ValueError):
    """A sync state that cannot be used: unreadable, another version, or another list's."""


def aware(moment: datetime.datetime, name: str = "since") -> datetime.datetime:
    """`moment` in UTC; a naive datetime (or anything else) is refused with a message saying how to fix it."""
    if not isinstance(moment, datetime.datetime):
        raise TypeError(f"{name} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(
            f"{name} must be timezone-aware, e.g. datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC) or "
            "datetime.datetime.now(datetime.UTC): a naive datetime could be local time or UTC"
        )
    return moment.astimezone(UTC)


def floor(moment: datetime.datetime, granularity: str) -> datetime.datetime:
    """`moment` (UTC) cut to the vendor's granularity: a lower bound moved down never leaves an item out."""
    if granularity == "day":
        return moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "second":
        return moment.replace(microsecond=0)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _zone(name: str | None) -> datetime.tzinfo:
    if name is None or name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    return zoneinfo.ZoneInfo(name)


def to_time(value: Any, fmt: str, zone: str | None = None) -> datetime.datetime | None:
    """An item's time as an aware UTC datetime, or None when it has none (or one that cannot be read)."""
    if value is None or isinstance(value, bool) or type(value).__name__ == "Unset":
        return None
    try:
        if isinstance(value, datetime.datetime):
            moment = value
        elif isinstance(value, datetime.date):
            moment = datetime.datetime(value.year, value.month, value.day)
        elif fmt in ("unix_seconds", "unix_ms") and isinstance(value, int | float | str):
            seconds = float(value) / (1000 if fmt == "unix_ms" else 1)
            return datetime.datetime.fromtimestamp(seconds, UTC)
        elif isinstance(value, str):
            moment = datetime.datetime.fromisoformat(value.strip().replace("z", "Z"))
        else:
            return None
    except (ValueError, OverflowError, OSError):
        return None  # lenient in what it reads: an unreadable time is no time, the item is kept
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=_zone(zone))
    return moment.astimezone(UTC)


def cursor_of(info: IncrementalInfo, item: Any) -> datetime.datetime | None:
    """The item's cursor: the declared field, else the first fallback that has a time."""
    zone = info.filter.timezone if info.filter is not None else None
    for path in info.cursor:
        found = to_time(dig(item, path), info.format, zone)
        if found is not None:
            return found
    return None


def id_of(info: IncrementalInfo, item: Any) -> str | None:
    value = dig(item, info.id)
    return None if value is None else str(value)


def bound(flt: IncrementalFilter, moment: datetime.datetime) -> Any:
    """The filter parameter's value for the lower bound `moment` (UTC), as the spec says to write it."""
    local = moment.astimezone(_zone(flt.timezone))
    fmt = flt.format
    if flt.takes == "datetime":
        return local  # the generated function writes it (isoformat)
    if flt.takes == "date":
        return local.date()
    if fmt in ("unix_seconds", "unix_ms"):
        number = int(moment.timestamp() * (1000 if fmt == "unix_ms" else 1))
        return number if flt.takes == "int" else str(number)
    if fmt == "date":
        return local.date().isoformat()
    if fmt == "date-time":
        return local.isoformat().replace("+00:00", "Z")
    return local.strftime(fmt)


@attrs.frozen
class Window:
    """One `list(since=…)`: what to ask the vendor for, and which items to keep."""

    info: IncrementalInfo
    since: datetime.datetime  # aware, UTC

    @classmethod
    def of(cls, info: IncrementalInfo, since: datetime.datetime) -> Window:
        return cls(info, aware(since))

    @property
    def keep_from(self) -> datetime.datetime:
        """Items whose cursor is at or after this are kept (the same granule as `since` counts)."""
        return floor(self.since, self.info.granularity)

    @property
    def look_from(self) -> datetime.datetime:
        """How far back the vendor is asked, and where a newest-first list may stop."""
        return self.since - datetime.timedelta(seconds=self.info.lookback_seconds)

    def query(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """The list's arguments with the vendor's filter added; ValueError when the caller set them otherwise."""
        flt = self.info.filter
        out = dict(kwargs)
        if flt is None:
            return out
        start = floor(self.look_from, self.info.granularity)
        if flt.inclusive is not True:
            start -= _GRAIN[self.info.granularity]  # an exclusive bound (or an undocumented one) still lets `start` in
        if out.get(flt.since_param) is not None:
            raise ValueError(f"since= sends {flt.since_param} itself: give one of them")
        out[flt.since_param] = bound(flt, start)
        for name, value in flt.params.items():
            given = out.get(name)
            if given is not None and getattr(given, "value", given) != value:
                raise ValueError(f"since= reads this list with {name}={value}, not {getattr(given, 'value', given)}")
            out[name] = value
        return out

    def select(self, items: list[T]) -> tuple[list[T], bool]:
        """The items to keep from one page, and whether the list can stop here (newest first, and past it)."""
        keep_from, stop_at = self.keep_from, self.look_from
        newest_first = self.info.order == "desc"
        kept: list[T] = []
        for item in items:
            moment = cursor_of(self.info, item)
            if moment is None or moment >= keep_from:
                kept.append(item)
            elif newest_first and moment < stop_at:
                return kept, True
        return kept, False


@attrs.frozen
class SyncState:
    """What a scheduled job keeps between runs (the CLI's state file is its JSON)."""

    vendor: str
    operation: str  # "scans.list"
    watermark: datetime.datetime | None = None  # the newest cursor given so far (never past the clock)
    seen: Mapping[str, datetime.datetime | None] = attrs.field(factory=dict)  # id -> cursor given, within the lookback
    scope: Mapping[str, str] = attrs.field(factory=dict)  # the list's arguments: another scope is another list

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "vendor": self.vendor,
            "operation": self.operation,
            "scope": dict(sorted(self.scope.items())),
            "watermark": _iso(self.watermark),
            "seen": {key: _iso(moment) for key, moment in sorted(self.seen.items())},
        }

    @classmethod
    def from_json(cls, data: Any) -> SyncState:
        if not isinstance(data, Mapping):
            raise StateError("it is not a JSON object")
        if data.get("version") != STATE_VERSION:
            raise StateError(f"its version is {data.get('version')!r}; this scankit reads version {STATE_VERSION}")
        try:
            seen = data.get("seen") or {}
            scope = data.get("scope") or {}
            if not isinstance(seen, Mapping) or not isinstance(scope, Mapping):
                raise TypeError("seen and scope must be objects")
            return cls(
                vendor=str(data["vendor"]),
                operation=str(data["operation"]),
                watermark=_parse(data.get("watermark")),
                seen={str(key): _parse(value) for key, value in seen.items()},
                scope={str(key): str(value) for key, value in scope.items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StateError(f"it is not a scankit sync state ({exc})") from None


def _iso(moment: datetime.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse(text: Any) -> datetime.datetime | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError(f"a time must be a string, not {text!r}")
    return aware(datetime.datetime.fromisoformat(text), "a stored time")


class SyncRun:
    """One run of a scheduled job over a list: which items to give, and the state to keep after.

    At least once, never skipped: the run reads from the watermark minus the lookback, so a write
    that lands late (a stamp older than the watermark) is still read; what it gave before, at the
    same cursor, is dropped by id. An item whose cursor moved is given again (it changed). The
    watermark moves to the newest cursor read, but never past `now()`: a clock ahead of ours must
    not hide the items stamped after it. The state is only worth saving once every admitted item
    was delivered; a run that dies before gives the same items again next time.

        run = SyncRun(info, state, now=time.time)
        for item in client.scans.list(since=run.since):
            if run.admit(item):
                deliver(item)
        save(run.finish())
    """

    def __init__(
        self,
        info: IncrementalInfo,
        state: SyncState,
        *,
        now: Callable[[], float],
        first_since: datetime.datetime | None = None,
    ) -> None:
        self.info = info
        self.state = state
        self._now = now
        self._seen: dict[str, datetime.datetime | None] = dict(state.seen)
        self._newest: datetime.datetime | None = None
        self.given = 0
        lookback = datetime.timedelta(seconds=info.lookback_seconds)
        if state.watermark is not None:
            self.since: datetime.datetime | None = state.watermark - lookback
        else:
            self.since = aware(first_since) if first_since is not None else None

    def admit(self, item: Any) -> bool:
        """Whether to give `item`: not given before, or given at an older cursor (it changed since)."""
        key, moment = id_of(self.info, item), cursor_of(self.info, item)
        if moment is not None and (self._newest is None or moment > self._newest):
            self._newest = moment
        if key is None:
            return True  # nothing to tell it by: given every time it is read (at least once)
        if key in self._seen:
            before = self._seen[key]
            if moment is None or (before is not None and moment <= before):
                return False
        self._seen[key] = moment
        self.given += 1
        return True

    def finish(self) -> SyncState:
        """The state after every admitted item was delivered: the new watermark and the ids to remember."""
        watermark = self.state.watermark
        if self._newest is not None:
            newest = min(self._newest, datetime.datetime.fromtimestamp(self._now(), UTC))
            watermark = newest if watermark is None else max(watermark, newest)
        seen = dict(self._seen)
        if watermark is not None:
            # the next run keeps items from the watermark minus the lookback (cut to the granularity):
            # an id given before that is never read again, so it need not be remembered
            oldest = floor(watermark - datetime.timedelta(seconds=self.info.lookback_seconds), self.info.granularity)
            seen = {key: moment for key, moment in seen.items() if moment is None or moment >= oldest}
        return attrs.evolve(self.state, watermark=watermark, seen=seen)
