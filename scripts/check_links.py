"""Every relative link and resource of a built site resolves: ``python
scripts/check_links.py SITE_DIR``. mkdocs --strict checks the Markdown's
links; this checks the HTML as served, rustdoc's pages and the links written
as HTML included. Exits 1 with the broken ones listed."""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


def broken(site: Path) -> list[str]:
    out = []
    for page in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        for link in parser.found:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path or link.startswith("/"):
                continue  # outside links, in-page anchors and rustdoc's absolute search paths
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                out.append(f"{page.relative_to(site)}: {link}")
    return out


if __name__ == "__main__":
    site = Path(sys.argv[1])
    pages = list(site.rglob("*.html"))
    bad = broken(site)
    print(f"links: {len(pages)} pages checked, {len(bad)} broken")
    for b in bad:
        print("  " + b)
    sys.exit(1 if bad or not pages else 0)
