"""The wasm-bindgen methods of each class, from the tables."""

from .kinds import CORE_CLASS_KINDS, CROSSING, RETURNS
from .pyo3 import HEADER, result_expr, uses
from .table import Arg, Method


def _owned(param: str) -> str:
    return "String" if param == "&str" else param


def _param(arg: Arg) -> str:
    """The parameter with its attributes: optional ones are `Option`s."""
    attrs = [f"js_name = {arg.js}"] if arg.js != arg.name else []
    t = arg.kind.js_param
    if arg.default:
        t = f"Option<{_owned(t)}>"
        ts = arg.kind.ts + (" | null" if arg.default == "none" else "")
        if ts:
            attrs.append(f'unchecked_optional_param_type = "{ts}"')
    elif arg.kind.ts:
        attrs.append(f'unchecked_param_type = "{arg.kind.ts}"')
    head = f"#[wasm_bindgen({', '.join(attrs)})] " if attrs else ""
    return f"{head}{arg.name}: {t}"


def _use(arg: Arg) -> str:
    x, d = arg.name, arg.default
    if d is None:
        return arg.kind.js_use.format(x=x, js=arg.js)
    borrowed = f"{x}.as_deref()" if arg.kind.js_param == "&str" else x
    if d == "none":
        use = arg.kind.js_use.format(x=x, js=arg.js)
        body = use[:-1] if use.endswith("?") else f"Ok({use})"
        return f"{borrowed}.map(|{x}| -> Result<_, JsValue> {{ {body} }}).transpose()?"
    literal = (
        f'"{d}"'
        if arg.kind.literal == "str"
        else (f"{d}.0" if arg.kind.literal == "int" else d)
    )
    return arg.kind.js_use.format(x=f"{borrowed}.unwrap_or({literal})", js=arg.js)


def _doc(m: Method) -> list[str]:
    lines = m.doc_js.split("\n") if m.doc_js else []
    if m.js_example:
        lines += ["", "```ts"] + m.js_example.split("\n") + ["```"]
    return ["    ///" + (" " + line if line else "") for line in lines]


def method(m: Method, spec: dict) -> str:
    r = RETURNS[m.returns]
    ret = r.js.format(cls_js=spec.get("js", m.cls))
    params = ([] if m.static or not m.cls else ["&self"]) + [_param(a) for a in m.args]
    values = {a.name: _use(a) for a in m.args}
    call = m.call.format(self="self.inner", **values)
    if m.fallible:
        call += ".js()?"
    wrapped = r.js_wrap.format(wrap_js=spec["js_wrap"].format(call), e=call)
    ts = m.ts_returns or r.ts
    if m.module != "core" and m.returns in CORE_CLASS_KINDS:
        # A core class leaves another module by value (kinds.CROSSING).
        assert m.returns in CROSSING, (
            f"{m.source}: {m.name} returns {m.returns}, a core class, from the "
            f"module {m.module}: add how it crosses to kinds.CROSSING"
        )
        ret, conversion, ts = CROSSING[m.returns]
        wrapped = conversion.format(e=call)
    attrs = ["getter"] if m.getter else []
    attrs += [f"js_name = {m.js}"] if m.js != m.name else []
    if ts:
        attrs.append(f'unchecked_return_type = "{ts}"')
    head = [f"    #[wasm_bindgen({', '.join(attrs)})]"] if attrs else []
    body = [
        f"    pub fn {m.name}({', '.join(params)}) -> Result<{ret}, JsValue> {{",
        f"        {result_expr(wrapped, call)}",
        "    }",
    ]
    return "\n".join(_doc(m) + head + body)


def module(cls: str, spec: dict, methods: list[Method]) -> str:
    """One file: the generated `#[wasm_bindgen] impl` block of a class."""
    body = "\n\n".join(method(m, spec) for m in methods)
    head = [
        HEADER,
        f"//! The table-declared methods of `{cls}`.",
        "",
        *uses(body, {"convert::": "self", "whole(": "whole"}, "crate::convert"),
        *(["use crate::errors::OrJsErr;"] if ".js()" in body else []),
        f"use {spec['js_module']}::{cls};",
        "use wasm_bindgen::prelude::*;",
        "",
        "#[wasm_bindgen]",
        f"impl {cls} {{",
    ]
    return "\n".join(head) + "\n" + body + "\n}\n"


def functions(methods: list[Method]) -> str:
    """One file: the table-declared module functions."""
    spec = {"js_wrap": "{}"}
    texts = []
    for m in methods:
        lines = [line.removeprefix("    ") for line in method(m, spec).split("\n")]
        if not any(line.startswith("#[wasm_bindgen") for line in lines):
            at = next(i for i, line in enumerate(lines) if line.startswith("pub fn"))
            lines.insert(at, "#[wasm_bindgen]")
        texts.append("\n".join(lines))
    body = "\n\n".join(texts)
    head = [
        HEADER,
        "//! The table-declared functions of the package `growthkit`.",
        "",
        *uses(body, {"convert::": "self", "whole(": "whole"}, "crate::convert"),
        "use crate::errors::OrJsErr;",
        "use wasm_bindgen::prelude::*;",
        "",
    ]
    return "\n".join(head) + "\n" + body + "\n"
