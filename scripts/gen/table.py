"""The API tables (api/*.toml) read into methods, one per class they are on."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from .kinds import KINDS, RETURNS, Kind, camel


@dataclass(frozen=True)
class Arg:
    name: str
    kind: Kind
    kind_name: str
    default: str | None  # as the user writes it; "none" for an optional argument

    @property
    def js(self) -> str:
        return camel(self.name)


@dataclass(frozen=True)
class Method:
    cls: str
    name: str
    py: str
    js: str
    rust: str | None  # the core item, for the manifest
    call: str  # the core call, `{self}` and argument names as placeholders
    doc_py: str
    doc_js: str
    py_example: str
    js_example: str
    args: tuple[Arg, ...]
    returns: str
    fallible: bool
    static: bool
    source: str  # the table file


def _call(entry: dict, cls_core: str) -> str:
    if "expr" in entry:
        return entry["expr"]
    names = ", ".join("{" + a["name"] + "}" for a in entry.get("args", []))
    if entry.get("static"):
        return f"{cls_core}::{entry['rust']}({names})"
    return f"{{self}}.{entry['rust']}({names})"


def _method(cls: str, spec: dict, entry: dict, source: str) -> Method:
    name = entry["name"]
    lead = spec.get("doc_of_each", "").format(py=name)
    doc = entry.get("doc", "")
    args = tuple(
        Arg(a["name"], KINDS[a["kind"]], a["kind"], a.get("default"))
        for a in entry.get("args", [])
    )
    returns = entry.get("returns", "self")
    assert returns in RETURNS, f"{source}: {name}: unknown return kind {returns}"
    examples = cls == "Series"  # the examples are written on a Series
    return Method(
        cls=cls,
        name=name,
        py=entry.get("py", name),
        js=entry.get("js", camel(name)),
        rust=entry.get("rust"),
        call=_call(entry, spec["core"]),
        doc_py=lead + entry.get("py_doc", doc),
        doc_js=lead + entry.get("js_doc", doc),
        py_example=entry.get("py_example", "").strip("\n") if examples else "",
        js_example=entry.get("js_example", "").strip("\n") if examples else "",
        args=args,
        returns=returns,
        fallible=bool(entry.get("fallible", False))
        or bool(spec.get("fallible", False)),
        static=bool(entry.get("static", False)),
        source=source,
    )


def load(api: Path) -> tuple[dict, list[Method]]:
    """The class specs and every method of every table, in table order."""
    classes = tomllib.loads((api / "classes.toml").read_text())
    methods = []
    for path in sorted(api.glob("*.toml")):
        if path.name == "classes.toml":
            continue
        table = tomllib.loads(path.read_text())
        for cls in table["classes"]:
            for entry in table.get("method", []):
                methods.append(_method(cls, classes[cls], entry, path.name))
    return classes, methods
