"""The table-declared methods' stubs, written into marked regions of
_growthkit.pyi (the hand-written classes around them stay as they are)."""

from .kinds import RETURNS
from .table import Arg, Method

BEGIN = "    # @generated begin: api/*.toml, by `make generate`"
END = "    # @generated end"
TOP_BEGIN = BEGIN.strip()  # the module-level functions' region
TOP_END = END.strip()


def _arg(a: Arg) -> str:
    t = a.kind.stub
    if a.default == "none":
        return f"{a.name}: {t} | None = None"
    if a.default is None:
        return f"{a.name}: {t}"
    d = f'"{a.default}"' if a.kind.literal == "str" else a.default
    return f"{a.name}: {t} = {d}"


def stub(m: Method) -> list[str]:
    ret = RETURNS[m.returns].stub.format(cls_py=m.cls)
    params = ([] if m.static or not m.cls else ["self"]) + [_arg(a) for a in m.args]
    if m.py.startswith("__"):
        params.append("/")
    head = ["    @staticmethod"] if m.static else []
    head += ["    @property"] if m.getter else []
    line = f"    def {m.py}({', '.join(params)}) -> {ret}: ..."
    if len(line) > 100:
        inner = ", ".join(params)
        line = f"    def {m.py}(\n        {inner}\n    ) -> {ret}: ..."
    return head + [line if m.cls else line.removeprefix("    ")]


def regions(text: str, methods: list[Method], classes: list[str]) -> str:
    """`text` with each class's region rewritten from the tables."""
    for cls in classes:
        start = text.index(f"\nclass {cls}:")
        begin = text.index(BEGIN, start)
        end = text.index(END, begin)
        lines = [line for m in methods if m.cls == cls for line in stub(m)]
        text = text[: begin + len(BEGIN)] + "\n" + "\n".join(lines) + "\n" + text[end:]
    begin = text.index("\n" + TOP_BEGIN) + 1
    end = text.index("\n" + TOP_END, begin) + 1
    lines = [line for m in methods if not m.cls for line in stub(m)]
    return text[: begin + len(TOP_BEGIN)] + "\n" + "\n".join(lines) + "\n" + text[end:]
