"""What the Python package exports, as `name`, `Class.member`, `kernels.name`."""

from __future__ import annotations

import inspect

import growthkit as gk


def exported() -> set[str]:
    out: set[str] = set()
    for name in gk.__all__:
        obj = getattr(gk, name)
        if inspect.ismodule(obj):
            out.update(f"{name}.{n}" for n in obj.__all__)
            continue
        out.add(name)
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for member in vars(obj):
                if not member.startswith("_"):
                    out.add(f"{name}.{member}")
    return out


if __name__ == "__main__":
    print("\n".join(sorted(exported())))
