"""The API tables (api/*.toml) read into methods, one per class they are on."""

import re
import tomllib
from dataclasses import dataclass, replace
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
    getter: bool  # a property (Python) / getter (JS)
    listed: bool  # has a row in api-manifest.json
    ts_returns: str  # the TypeScript return type where the kind's is not it
    source: str  # the table file
    only: str = ""  # "python" or "js" for a host protocol one binding has
    note: str = ""  # the manifest row's note
    field: bool = False  # a public field of the core type (manifest: no Rust item)
    public_py: str = ""  # the manifest's Python name where a façade wraps `py`
    module: str = "core"  # the wasm module it is in (api/modules.toml)


def _call(entry: dict, cls_core: str) -> str:
    if "expr" in entry:
        return entry["expr"]
    names = ", ".join("{" + a["name"] + "}" for a in entry.get("args", []))
    if entry.get("static"):
        return f"{cls_core}::{entry['rust']}({names})"
    return f"{{self}}.{entry['rust']}({names})"


def _js_names(doc: str, args: tuple[Arg, ...]) -> str:
    """The JS doc names the arguments as JS spells them (`periodsPerYear`)."""
    for a in args:
        if a.js != a.name:
            doc = re.sub(rf"\b{a.name}\b", a.js, doc)
    return doc


def _function(entry: dict, source: str, module: str = "core") -> Method:
    """A module-level function: the core's function `rust` (its name by default)."""
    name = entry["name"]
    specs = [a if isinstance(a, dict) else {"name": a} for a in entry.get("args", [])]
    args = tuple(
        Arg(
            a["name"],
            KINDS[a.get("kind", "float")],
            a.get("kind", "float"),
            a.get("default"),
        )
        for a in specs
    )
    doc = entry.get("doc", "")
    names = ", ".join("{" + a.name + "}" for a in args)
    rust = entry.get("rust", name)
    return Method(
        cls="",
        name=name,
        py=entry.get("py", name),
        js=entry.get("js", camel(name)),
        rust=rust,
        call=entry.get("expr", f"growthkit::{rust}({names})"),
        doc_py=doc,
        doc_js=_js_names(entry.get("js_doc", doc), args),
        py_example=entry.get("py_example", "").strip("\n"),
        js_example=entry.get("js_example", "").strip("\n"),
        args=args,
        returns=entry.get("returns", "float"),
        fallible=True,
        static=False,
        getter=False,
        listed=True,
        ts_returns="",
        source=source,
        public_py=entry.get("public_py", ""),
        module=entry.get("wasm_module", module),
    )


def _arg(a: dict) -> Arg:
    """An argument; `ts` names its TypeScript type where the kind's is not it."""
    kind = KINDS[a["kind"]]
    if "ts" in a:
        kind = replace(kind, ts=a["ts"])
    return Arg(a["name"], kind, a["kind"], a.get("default"))


def _method(cls: str, spec: dict, entry: dict, source: str) -> Method:
    """A method; `own = true` marks one of a class's own beside the shared
    transforms (no `doc_of_each` lead, not fallible unless it says so)."""
    name = entry["name"]
    js = entry.get("js", camel(name))
    own = bool(entry.get("own", False))
    lead = "" if own else spec.get("doc_of_each", "")
    doc = entry.get("doc", "")
    args = tuple(_arg(a) for a in entry.get("args", []))
    doc_js = _js_names(lead.format(name=js) + entry.get("js_doc", doc), args)
    returns = entry.get("returns", "self")
    assert returns in RETURNS, f"{source}: {name}: unknown return kind {returns}"
    examples = spec.get("examples", True)  # Dataset's are written on a Series
    return Method(
        cls=cls,
        name=name,
        py=entry.get("py", name),
        js=js,
        rust=entry.get("rust"),
        call=_call(entry, spec["core"]),
        doc_py=lead.format(name=name) + entry.get("py_doc", doc),
        doc_js=doc_js,
        py_example=entry.get("py_example", "").strip("\n") if examples else "",
        js_example=entry.get("js_example", "").strip("\n") if examples else "",
        args=args,
        returns=returns,
        fallible=bool(entry.get("fallible", False))
        or (not own and bool(spec.get("fallible", False))),
        static=bool(entry.get("static", False)),
        getter=bool(entry.get("getter", False)),
        listed=bool(entry.get("listed", True)),
        ts_returns=entry.get("ts_returns", ""),
        source=source,
        field=bool(entry.get("field", False)),
        only=entry.get("only", ""),
        note=entry.get("note", ""),
        module=spec.get("wasm_module", "core"),
    )


def load(api: Path) -> tuple[dict, list[Method]]:
    """The class specs and every method of every table, in table order."""
    classes = tomllib.loads((api / "classes.toml").read_text())
    modules = tomllib.loads((api / "modules.toml").read_text())
    methods = []
    for path in sorted(api.glob("*.toml")):
        if path.name in ("classes.toml", "modules.toml"):
            continue
        table = tomllib.loads(path.read_text())
        # A table's functions are in the module its `wasm_module` names (an
        # entry may name another); a class's methods in its class's module.
        module = table.get("wasm_module", "core")
        methods += [_function(e, path.name, module) for e in table.get("function", [])]
        for cls in table.get("classes", []):
            for entry in table.get("method", []):
                methods.append(_method(cls, classes[cls], entry, path.name))
    from .protocols import protocols  # it builds Methods of this module

    for cls, spec in classes.items():
        methods += protocols(cls, spec, methods)
    for m in methods:
        assert m.module in modules, (
            f"{m.source}: {m.name}: no wasm module {m.module!r} in modules.toml"
        )
    return classes, methods
