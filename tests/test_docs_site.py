"""The built documentation site works opened from disk, as the README says: `make docs`, then open
`site/index.html`.

A browser on a file:// page shows a folder listing for a link that names a folder, cannot fetch the
search index, and refuses to start the search worker; and nothing may come from the network. So over
a fresh `mkdocs build --strict`: every link, script and stylesheet names a file in the site (and an
anchor that exists), search has its index as a script and its worker shim beside it, every code
block fits 88 columns, and a name in a table cell is never split between two lines.

The Python API page shows what a reader can use and nothing they cannot: each client's inherited
`with_options`, `copy`, `from_profile`, `close`/`aclose` and `with`, each response's `status_code`,
`headers`, `request_id`, `retries_taken` and `elapsed`, but no private base class; its examples are
highlighted Python, and no page prints a doctest directive.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import scankit
from scankit._base import AsyncClient
from scankit.vendors import CLIENTS

ROOT = Path(__file__).resolve().parent.parent
MAX_COLUMNS = 88
# Pages whose owners are rewriting them (the generator's move changes architecture.md's layout block);
# their long lines may not grow, and the entry goes once they are wrapped.
LONG_LINES_LEFT: dict[str, int] = {}


class Page(HTMLParser):
    """What a check needs from one built page: its links, its ids, its code blocks, its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()
        self.code: list[str] = []
        self.text: list[str] = []
        self.scripts: dict[str, str] = {}  # inline scripts by id
        self._pre = 0
        self._script: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v for k, v in attrs if v is not None}
        for key in ("href", "src"):
            if key in found:
                self.links.append((tag, key, found[key]))
        for key in ("id", "name"):
            if key in found:
                self.ids.add(found[key])
        if tag == "pre":
            self._pre += 1
            if self._pre == 1:
                self._buffer = []
        if tag == "script" and "src" not in found:
            self._script = found.get("id", "")
            self._buffer = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._pre:
            self._pre -= 1
            if not self._pre:
                self.code.append("".join(self._buffer))
        if tag == "script" and self._script is not None:
            self.scripts[self._script] = "".join(self._buffer)
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._pre or self._script is not None:
            self._buffer.append(data)
        if self._script is None:
            self.text.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `make docs` builds it (from the checked-in pages; the drift check covers those)."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def pages(site: Path) -> Iterator[tuple[Path, Page]]:
    for path in sorted(site.rglob("*.html")):
        parsed = Page()
        parsed.feed(path.read_text(encoding="utf-8"))
        yield path, parsed


def local(value: str) -> bool:
    """A link into the site itself (not `https:`, `mailto:`, `data:`, nor an in-page `#anchor`)."""
    return not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) and not value.startswith(("#", "//"))


def test_the_readme_tells_the_truth_about_opening_the_site(site: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "open `site/index.html`" in readme
    assert (site / "index.html").is_file()


def test_every_link_script_and_stylesheet_names_a_file_in_the_site(site: Path) -> None:
    """A folder link (`getting-started/`) shows a directory listing from file://; an absolute one
    (`/assets/...`) points at the disk's root; a remote script or stylesheet needs the network."""
    ids = {path: page.ids for path, page in pages(site)}
    bad = []
    count = 0
    for path, page in pages(site):
        if path.name == "404.html":
            continue  # a server's answer for any missing path: its links are absolute on purpose
        for tag, attr, value in page.links:
            where = f"{path.relative_to(site)}: <{tag} {attr}={value!r}>"
            if not local(value):
                if tag in ("script", "link", "img", "iframe") and not value.startswith("data:"):
                    bad.append(f"{where}: loads from the network")
                continue
            parts = urlsplit(value)
            if not parts.path and parts.fragment and unquote(parts.fragment) not in page.ids:
                bad.append(f"{where}: no anchor #{parts.fragment} on this page")
            if parts.path.startswith("/"):
                bad.append(f"{where}: absolute, resolves against the disk's root")
                continue
            if not parts.path:
                continue  # `?q` or `#` only
            count += 1
            target = (path.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/") or target.is_dir():
                bad.append(f"{where}: a folder")
            elif not target.is_file():
                bad.append(f"{where}: no such file")
            elif not target.is_relative_to(site.resolve()):
                bad.append(f"{where}: outside the site")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids[target]:
                bad.append(f"{where}: no anchor #{parts.fragment} there")
    assert count > 300, "the pages link to one another"
    assert not bad, "\n".join(bad[:40])


def test_search_works_from_disk(site: Path) -> None:
    """From file:// the theme loads search/search_index.js (a script: fetch() of a file is refused)
    and starts its worker through the iframe shim, which must be in the site, not on a CDN."""
    script = (site / "search" / "search_index.js").read_text(encoding="utf-8")
    assert script.startswith("var __index = ")
    index = json.loads(script.removeprefix("var __index = "))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"index.html", "getting-started.html", "vendors/hostedscan.html"} <= locations
    assert not any(loc.endswith("/") for loc in locations), "search results would open folders"
    for path, page in pages(site):
        if path.name == "404.html":
            continue
        worker = json.loads(page.scripts["__config"])["search"]
        assert local(worker) and (path.parent / worker).resolve().is_file(), (path, worker)
        shims = [v for tag, _, v in page.links if tag == "script" and "iframe-worker" in v]
        assert shims and all(local(s) and (path.parent / s).resolve().is_file() for s in shims), (path, shims)
        assert 'data-md-component="search"' in path.read_text(encoding="utf-8"), f"{path}: no search box"


def test_code_blocks_fit_88_columns(site: Path) -> None:
    """A longer line scrolls sideways and hides its end (often the comment that explains it)."""
    long: dict[str, list[str]] = {}
    for path, page in pages(site):
        for block in page.code:
            for line in block.splitlines():
                if len(line) > MAX_COLUMNS:
                    long.setdefault(str(path.relative_to(site)), []).append(f"{len(line)}: {line}")
    over = {name: lines for name, lines in long.items() if len(lines) > LONG_LINES_LEFT.get(name, 0)}
    assert not over, "\n".join(f"{name}: {line}" for name, lines in over.items() for line in lines)


def test_names_in_table_cells_are_not_split(site: Path) -> None:
    """Material lets inline code break between any two letters (`allow_insecur` / `e=`); the site's
    stylesheet keeps a code span in a table whole, and every page loads it."""
    css = (site / "stylesheets" / "scankit.css").read_text(encoding="utf-8")
    rule = re.search(r"\.md-typeset table:not\(\[class\]\) code\s*\{([^}]*)\}", css)
    assert rule and re.search(r"word-break:\s*normal", rule.group(1))
    assert re.search(r"overflow-wrap:\s*normal", rule.group(1))
    for path, page in pages(site):
        if path.name == "404.html":
            continue  # absolute links, for a server
        sheets = [v for tag, attr, v in page.links if tag == "link" and v.endswith("stylesheets/scankit.css")]
        assert sheets and (path.parent / sheets[0]).resolve().is_file(), path


def _api(site: Path) -> tuple[Page, str]:
    html = (site / "api.html").read_text(encoding="utf-8")
    page = Page()
    page.feed(html)
    return page, html


def test_the_api_page_shows_what_clients_and_responses_inherit(site: Path) -> None:
    """The guides send readers to the API page for `with_options`, `from_profile` and `close`; they
    live on private bases, and each public class must show them as its own."""
    page, _ = _api(site)
    expected = []
    for name in CLIENTS:
        closing = ("aclose", "__aenter__", "__aexit__") if issubclass(getattr(scankit, name), AsyncClient) else ()
        closing = closing or ("close", "__enter__", "__exit__")
        expected += [f"{name}.{member}" for member in ("with_options", "copy", "from_profile", *closing)]
    exchange = ("status_code", "headers", "request_id", "retries_taken", "elapsed", "http_response")
    expected += [f"RawResponse.{member}" for member in (*exchange, "parse", "content")]
    for name in ("StreamedResponse", "AsyncStreamedResponse"):
        expected += [f"{name}.{member}" for member in (*exchange, "filename", "stream_to_file", "iter_bytes")]
    missing = [name for name in expected if f"scankit.{name}" not in page.ids]
    assert not missing, f"not on the API page: {missing}"


def test_the_api_page_shows_no_private_name_in_a_signature_or_base(site: Path) -> None:
    """`Bases: _Base[T, R]` or `-> _C` names something a reader cannot import."""
    _, html = _api(site)
    signatures = re.findall(r'<div class="doc-signature[^"]*"><pre>(.*?)</pre>', html, re.DOTALL)
    bases = re.findall(r'<p class="doc doc-class-bases">(.*?)</p>', html, re.DOTALL)
    assert len(signatures) > 100 and len(bases) > 10
    private = {
        name
        for fragment in signatures + bases
        for name in re.findall(r"(?<![\w.])_[A-Za-z]\w*", unescape(re.sub(r"<[^>]+>", "", fragment)))
    }
    assert not private, f"private names on the API page: {sorted(private)}"


def test_no_page_prints_a_doctest_directive(site: Path) -> None:
    printed = [str(path.relative_to(site)) for path, page in pages(site) if "doctest:" in "".join(page.text)]
    assert not printed


def test_the_api_pages_examples_are_highlighted_python(site: Path) -> None:
    """A docstring's example is a fenced ```python block, tokenized by Pygments: not a `>>>` line read
    as a Markdown quote, nor an indented block shown as plain text."""
    _, html = _api(site)
    blocks = re.findall(r'<div class="([^"]*highlight[^"]*)"><pre>(.*?)</pre>', html, re.DOTALL)
    examples = [code for classes, code in blocks if "doc-signature" not in classes]
    assert len(examples) >= 10, "the clients' and the package's examples"
    plain = [unescape(re.sub(r"<[^>]+>", "", code))[:80] for code in examples if '<span class="n">' not in code]
    assert not plain, f"examples not highlighted as Python: {plain}"
    prose = re.sub(r"<pre>.*?</pre>", "", html, flags=re.DOTALL)
    assert "&gt;&gt;&gt;" not in prose, "a `>>>` example rendered as text"
