"""The host protocols a class asks for in api/classes.toml, as methods:

- `display`: Python `__str__` and JS `toString`, the core's `Display`
  (the value is the JS doc line);
- `repr`: Python `__repr__`, a template with `{}` for the `Display` text,
  or `"fields"` for `Name(field=value, ...)` over the class's getters;
- `json`: Python `to_json`/`from_json` (JSON text) and JS `toJSON` (the
  plain object, so `JSON.stringify` works) and `fromJSON` (an object or its
  text), the value naming the TypeScript type; `"text"` for a JS `toJSON`
  that writes the `Display` text;
- `pickle`: Python `__reduce__` through `parse` of the text or `from_json`;
- `len`: Python `__len__` and the JS getter `length` (the value is the doc)."""

from dataclasses import replace

from .kinds import KINDS
from .table import Arg, Method

DISPLAY_NOTE = "Rust: Display / serde; Python: str()"


def _base(cls: str, **kw) -> Method:
    """A protocol method: nothing listed, no arguments, unless `kw` says so."""
    defaults = {
        "cls": cls,
        "rust": None,
        "doc_py": "",
        "doc_js": "",
        "py_example": "",
        "js_example": "",
        "args": (),
        "fallible": False,
        "static": False,
        "getter": False,
        "listed": False,
        "ts_returns": "",
        "source": "classes.toml",
    }
    return Method(**(defaults | kw))


def _json(cls: str, spec: dict) -> list[Method]:
    ts = spec["json"]
    if ts == "text":
        return [
            _base(
                cls,
                name="to_json",
                py="",
                js="toJSON",
                call="{self}.to_string()",
                doc_js="The text, so that `JSON.stringify` writes it as text.",
                returns="str",
                only="js",
                listed=True,
                note=DISPLAY_NOTE,
            )
        ]
    text = Arg("text", replace(KINDS["json"], ts=f"{ts} | string"), "json", None)
    return [
        _base(
            cls,
            name="to_json",
            py="to_json",
            js="toJSON",
            rust="to_json",
            call="{self}.to_json()",
            returns="json",
            ts_returns=ts,
            listed=True,
            doc_py="The JSON text shared with Rust and JS.",
            doc_js="The plain JSON object shared with Rust and Python (so `JSON.stringify` works).",
        ),
        _base(
            cls,
            name="from_json",
            py="from_json",
            js="fromJSON",
            rust="from_json",
            call=f"{spec['core']}::from_json({{text}})",
            returns="self",
            args=(text,),
            static=True,
            fallible=True,
            listed=True,
            doc_py=f"A {cls} from its JSON text.",
            doc_js=f"A {cls} from its JSON object or text.",
        ),
    ]


# How `__repr__ = "fields"` writes a getter's value, as Python would print it.
_SHOWN = {"bool": 'if {e} {{{{ "True" }}}} else {{{{ "False" }}}}', "float": "{e}"}


def _fields_repr(cls: str, getters: list[Method]) -> str:
    """`format!("Name(a={:?}, ...)", ...)` over the getters, `{self}` left to fill."""
    parts, values = [], []
    for g in getters:
        parts.append(f"{g.py}={{{{{':?' if g.returns == 'float' else ''}}}}}")
        e = g.call
        values.append(_SHOWN.get(g.returns, "{e}").format(e=e))
    return f'format!("{cls}({", ".join(parts)})", {", ".join(values)})'


def protocols(cls: str, spec: dict, methods: list[Method]) -> list[Method]:
    out = []
    if "display" in spec:
        out.append(
            _base(
                cls,
                name="to_text",
                py="__str__",
                js="toString",
                call="{self}.to_string()",
                returns="str",
                doc_js=spec["display"],
                listed=True,
                note=DISPLAY_NOTE,
            )
        )
    if spec.get("repr") == "fields":
        getters = [m for m in methods if m.cls == cls and m.getter]
        out.append(
            _base(
                cls,
                name="repr",
                py="__repr__",
                js="",
                call=_fields_repr(cls, getters),
                returns="str",
                only="python",
            )
        )
    elif "repr" in spec:
        template = spec["repr"].replace("{}", "{{}}")
        out.append(
            _base(
                cls,
                name="repr",
                py="__repr__",
                js="",
                call=f'format!("{template}", {{self}})',
                returns="str",
                only="python",
            )
        )
    if "json" in spec:
        out += _json(cls, spec)
    if "len" in spec:
        note = f"Python: len(); Rust: {cls}::len"
        out.append(
            _base(
                cls,
                name="len",
                py="__len__",
                js="",
                call="{self}.len()",
                returns="usize",
                only="python",
                doc_py=spec["len"],
            )
        )
        out.append(
            _base(
                cls,
                name="length",
                py="",
                js="length",
                rust="len",
                call="{self}.len()",
                returns="usize",
                only="js",
                getter=True,
                doc_js=spec["len"],
                listed=True,
                note=note,
            )
        )
    if "pickle" in spec:
        how = spec["pickle"]
        text = "{self}.to_json()" if how == "from_json" else "{self}.to_string()"
        out.append(
            _base(
                cls,
                name="reduce",
                py="__reduce__",
                js="",
                rust=how,
                call=text,
                returns="pickle",
                only="python",
            )
        )
    return [replace(m, module=spec.get("wasm_module", "core")) for m in out]
