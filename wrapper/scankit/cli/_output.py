"""Rendering items: a rich table for people, JSON, JSON lines or CSV for programs.

Every item goes through its model's `to_dict()`, so the output uses the vendor's own field names.
Table and CSV flatten nested objects with dotted names (`risks.high`), and a JSON:API resource's
`attributes` are lifted to the top (`status`, not `attributes.status`). Every format streams: JSON
and JSON lines item by item, CSV after a header taken from the first page, a table in batches of
rows whose columns the first batch decides; no format holds a whole listing.
"""

from __future__ import annotations

import csv
import datetime
import enum
import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, Literal, Protocol

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("table", "json", "jsonl", "csv")

_LIFTED = ("attributes",)  # JSON:API: a resource's fields live under `attributes`
_CELL_CHARS = 40
_DETAIL_CHARS = 100
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_TIME_KEY = re.compile(r"(_at|At|_time|Time|_on|On)$")
# Epoch seconds in a field named like a time (PackageX's created_at) read as a date between 2001 and 2100.
_EPOCH_RANGE = (1_000_000_000, 4_102_444_800)


def is_missing(value: Any) -> bool:
    """No value: None, or a generated package's `Unset` sentinel (each vendor has its own class).

    The one place the CLI asks, so it reads models the same whether an absent optional field is
    `UNSET` or `None`.
    """
    return value is None or type(value).__name__ == "Unset"


def plain(value: Any) -> Any:
    """A JSON-ready value: models through `to_dict()`, UUIDs, enums and datetimes as strings."""
    if is_missing(value):
        return None
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def flatten(record: Any) -> dict[str, Any]:
    """Nested objects as dotted keys, `attributes.*` lifted to the top; lists stay lists."""
    if not isinstance(record, Mapping):
        return {"value": record}
    out: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping) and value:
            for key, inner in value.items():
                walk(f"{prefix}.{key}", inner)
        else:
            out[prefix] = value

    for key, value in record.items():
        if key in _LIFTED and isinstance(value, Mapping):
            for inner_key, inner in value.items():
                walk(inner_key if inner_key not in record else f"{key}.{inner_key}", inner)
        else:
            walk(str(key), value)
    return out


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def short_datetime(text: str) -> str | None:
    """`2025-01-13T13:05:00.123+02:00` -> `2025-01-13 11:05` (UTC), or None if it is no date-time."""
    if not _ISO_DATETIME.match(text):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(datetime.UTC)
    return parsed.strftime("%Y-%m-%d %H:%M")


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cell(key: str, value: Any, limit: int = _CELL_CHARS) -> str:
    """How one value reads in a table: short date-times, long values cut with an ellipsis."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if (
        isinstance(value, int)
        and _TIME_KEY.search(key.rsplit(".", 1)[-1])
        and _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]
    ):
        return datetime.datetime.fromtimestamp(value, datetime.UTC).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str):
        return short_datetime(value) or _truncate(value, limit)
    if _is_scalar(value):
        return str(value)
    return _truncate(json.dumps(value, ensure_ascii=False, separators=(",", ":")), limit)


def _norm(name: str) -> str:
    return name.replace("_", "").replace(".", "").lower()


def table_columns(rows: list[dict[str, Any]], structural: Iterable[str] = (), pinned: Iterable[str] = ()) -> list[str]:
    """`id` first, then each top-level field that holds scalars, in the order the model gives them.

    A `structural` field (a JSON:API `type`, PackageX's `object`) is left out when it is the same in
    every row: it says nothing about the rows. A `pinned` field is a column even when nested.
    """
    wanted = {_norm(p) for p in pinned}
    has_value: dict[str, bool] = {}
    nested: set[str] = set()
    for row in rows:
        for key, value in row.items():
            if "." in key and _norm(key) not in wanted:
                continue
            if value is None:
                has_value.setdefault(key, False)
            elif _is_scalar(value):
                has_value[key] = True
            else:
                nested.add(key)
    columns = [k for k, ok in has_value.items() if ok and k not in nested]
    for key in structural:
        if key in columns and len({repr(row.get(key)) for row in rows}) == 1:
            columns.remove(key)
    if "id" in columns:
        columns.remove("id")
        columns.insert(0, "id")
    return columns


_TIERS = (
    re.compile(r"^id$"),
    re.compile(r"(^|_|[a-z])(name|Name|title|Title|label|Label|target|Target)$"),
    re.compile(r"(^|_|[a-z])(status|Status|state|State|progress|Progress)$"),
    re.compile(r"(^|_|[a-z])(type|Type|kind|Kind)$"),
    _TIME_KEY,
)


def _tier(name: str) -> int:
    return next((i for i, pattern in enumerate(_TIERS) if pattern.search(name)), len(_TIERS))


_MIN_CUT = 12  # a column cut to fit is still worth showing at this width


def path_column(path: Sequence[str]) -> str:
    """The table column a model path lands in: `("attributes", "status")` -> `status` (JSON:API lifted)."""
    parts = list(path[1:] if len(path) > 1 and path[0] in _LIFTED else path)
    return ".".join(parts)


def fit_columns(columns: list[str], cells: list[list[str]], width: int, pinned: Iterable[str] = ()) -> dict[str, int]:
    """The columns that fit `width`, with their widths, in model order.

    `id` and the `pinned` columns (the state the spec's waiter reads: what people look for) always
    show; then names, statuses, types and times, as many as fit. The first of those that does not
    fit is cut to the room left rather than dropped, so a long name never pushes the status out.
    """
    wanted = {_norm(p) for p in pinned}
    must = {name for name in columns if name == "id" or _norm(name) in wanted}
    natural = {
        name: min(_CELL_CHARS, max([len(name), *(len(row[i]) for row in cells)])) for i, name in enumerate(columns)
    }
    order = sorted(columns, key=lambda name: (name not in must, _tier(name), columns.index(name)))
    chosen: dict[str, int] = {}
    used = 1  # the table's left edge
    cut = False
    for name in order:
        need = natural[name] + 3  # padding either side and the gap
        if name in must or used + need <= width:
            chosen[name] = natural[name]
            used += need
        elif not cut and width - used - 3 >= _MIN_CUT:
            chosen[name] = width - used - 3
            used = width
            cut = True
    return {name: chosen[name] for name in columns if name in chosen}


class Sink(Protocol):
    def add(self, items: list[Any]) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    """One JSON object per line, written as each page arrives."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def add(self, items: list[Any]) -> None:
        for item in items:
            self._out.write(json.dumps(plain(item), ensure_ascii=False, separators=(",", ":")) + "\n")
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


class JsonSink:
    """A JSON array, streamed: `[` first, each item as it arrives, `]` at the end."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._count = 0

    def add(self, items: list[Any]) -> None:
        for item in items:
            text = json.dumps(plain(item), ensure_ascii=False, indent=2)
            indented = "\n".join(f"  {line}" for line in text.splitlines())
            self._out.write(("[\n" if self._count == 0 else ",\n") + indented)
            self._count += 1
        self._out.flush()

    def close(self) -> None:
        self._out.write("[]\n" if self._count == 0 else "\n]\n")
        self._out.flush()


class CsvSink:
    """CSV, streamed: the header is every flattened field of the first page's items.

    A field first seen after the header was written cannot get a column; such fields are counted
    and `dropped` names them, for a note on stderr. Lists of plain values are joined with `;`
    (`prod;web`), lists holding objects are written as JSON.
    """

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._writer: csv.DictWriter[str] | None = None
        self._columns: dict[str, None] = {}
        self.dropped: dict[str, None] = {}

    def add(self, items: list[Any]) -> None:
        rows = [flatten(plain(item)) for item in items]
        if self._writer is None:
            if not rows:
                return
            for row in rows:
                self._columns.update(dict.fromkeys(row))
            self._writer = csv.DictWriter(
                self._out, fieldnames=list(self._columns), lineterminator="\n", extrasaction="ignore"
            )
            self._writer.writeheader()
        for row in rows:
            self.dropped.update(dict.fromkeys(k for k in row if k not in self._columns))
            self._writer.writerow({k: csv_value(v) for k, v in row.items()})
        self._out.flush()

    def close(self) -> None:
        self._out.flush()


CSV_LISTS = "lists of plain values are joined with ';', lists of objects written as JSON"


def csv_value(value: Any) -> Any:
    """One CSV cell: blank for null, true/false, `a;b` for a list of plain values, JSON for the rest."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(v is None or _is_scalar(v) for v in value):
        return ";".join(str(csv_value(v)) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class TableSink:
    """A rich table of id and the top-level scalar fields, as many as fit the terminal.

    Rows are printed in batches of `batch` as they arrive, so a long listing never piles up in
    memory; the columns and their widths are chosen from the first batch. `more` is a line to
    print under the table (the CLI says there how to get the items past its default cap).
    """

    def __init__(self, console: Console, noun: str = "items", batch: int = 50, pinned: Sequence[str] = ()) -> None:
        self._console = console
        self._noun = noun
        self._batch = max(1, batch)
        self._pinned = tuple(pinned)
        self._pending: list[dict[str, Any]] = []
        self._structural = {"object"}
        self._columns: list[str] | None = None
        self._shown: list[str] = []
        self._widths: list[int] = []
        self._count = 0
        self.more: str | None = None

    def add(self, items: list[Any]) -> None:
        for item in items:
            record = plain(item)
            if isinstance(record, Mapping) and isinstance(record.get("attributes"), Mapping):
                self._structural.add("type")
            self._pending.append(flatten(record))
            self._count += 1
            if len(self._pending) >= self._batch:
                self._flush()

    def _flush(self) -> None:
        rows, self._pending = self._pending, []
        if not rows:
            return
        first = self._columns is None
        if self._columns is None:
            self._columns = table_columns(rows, self._structural, self._pinned)
            cells = [[cell(name, row.get(name)) for name in self._columns] for row in rows]
            fitted = fit_columns(self._columns, cells, self._console.width, self._pinned)
            self._shown, self._widths = list(fitted), list(fitted.values())
        table = Table(box=box.SIMPLE_HEAD, show_header=first, header_style="bold", show_edge=False)
        for name, width in zip(self._shown, self._widths, strict=True):
            table.add_column(name, overflow="ellipsis", no_wrap=True, width=width)
        for row in rows:
            table.add_row(*(Text(cell(name, row.get(name))) for name in self._shown))
        self._console.print(table)

    def close(self) -> None:
        self._flush()
        if not self._count:
            self._console.print(Text(f"No {self._noun}.", style="dim"))
            return
        caption = f"{self._count:,} {self._noun if self._count != 1 else self._noun.removesuffix('s')}"
        hidden = [name for name in self._columns or [] if name not in self._shown]
        if hidden:
            caption += f" · {len(hidden)} more field{'s' if len(hidden) > 1 else ''} with --format json"
        self._console.print(Text(caption, style="dim"))
        if self.more:
            self._console.print(Text(self.more, style="dim"))


def make_sink(fmt: Format, out: IO[str], console: Console, noun: str = "items", pinned: Sequence[str] = ()) -> Sink:
    """The sink for `fmt`; `pinned`: the columns a table always shows (see `fit_columns`)."""
    if fmt == "jsonl":
        return JsonlSink(out)
    if fmt == "json":
        return JsonSink(out)
    if fmt == "csv":
        return CsvSink(out)
    return TableSink(console, noun, pinned=pinned)


def render_one(value: Any, fmt: Format, out: IO[str], console: Console) -> None:
    """One result (a `get`, a `create`…): a field/value table, or the item as JSON, JSON lines or CSV.

    In the table, nested objects are dotted rows (`risks.high`), a list of plain values is one
    comma-separated row, and a list of objects is a tree of its items, every value shown.
    """
    if fmt == "json":
        out.write(json.dumps(plain(value), ensure_ascii=False, indent=2) + "\n")
        out.flush()
        return
    if fmt != "table":
        sink = make_sink(fmt, out, console)
        sink.add([value])
        sink.close()
        return
    record = flatten(plain(value))
    table = Table(box=box.SIMPLE_HEAD, show_header=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    trees = False
    for key, inner in record.items():
        if isinstance(inner, list) and any(isinstance(v, Mapping | list) for v in inner):
            table.add_row(Text(key), tree(f"{len(inner)} item{'s' if len(inner) != 1 else ''}", inner))
            trees = True
        elif isinstance(inner, list):
            table.add_row(Text(key), Text(", ".join(cell(key, v, _DETAIL_CHARS) for v in inner)))
        else:
            table.add_row(Text(key), Text(cell(key, inner, _DETAIL_CHARS)))
    console.print(table)
    if trees:
        console.print(Text("--format json gives the same as JSON.", style="dim"))


def tree(label: str, value: Any) -> Tree:
    """A nested value as a rich tree: `[0]`, `[1]`… for list items, `key: value` for fields."""
    root = Tree(Text(label, style="dim"))

    def grow(node: Tree, inner: Any) -> None:
        items = enumerate(inner) if isinstance(inner, list) else inner.items()
        for key, child in items:
            name = f"[{key}]" if isinstance(inner, list) else str(key)
            if isinstance(child, Mapping | list) and child:
                grow(node.add(Text(name, style="bold")), child)
            else:
                node.add(Text.assemble((name, "bold"), ": ", cell(name, child, _DETAIL_CHARS)))

    grow(root, value)
    return root
