"""The TypeScript unions of the core's names (frequencies, methods, base
policies, FRED codes, error codes), from the crate's own lists."""

from .pyo3 import HEADER


def _union(names: list[str], indent: str = "  ") -> str:
    return "\n".join(f'{indent}| "{n}"' for n in names)


def names(n: dict) -> str:
    fiscal = " | ".join(f'"{p}"' for p in n["fiscal_parts"])
    return f"""{HEADER.replace("//", "/*", 1).rstrip()} */
/** The kinds of period, as their names: fixed kinds, weeks ending on a
 * weekday other than Sunday, and fiscal kinds with their year start and
 * naming ("fiscal_quarterly(--04-01,end)"). */
export type FrequencyName =
{_union(n["frequencies"] + n["weekly"])}
  | `fiscal_${{{fiscal}}}(${{string}})`;
/** Which year names a fiscal year. */
export type NamedBy = {" | ".join(f'"{x}"' for x in n["named_by"])};
/** The stable codes of growthkit's errors. */
export type ErrorCode =
{_union(n["error_codes"])};
/** A base policy for growth over zero or negative bases. */
export type BasePolicy = {" | ".join(f'"{x}"' for x in n["bases"])};
/** An aggregation method. */
export type MethodName = {" | ".join(f'"{x}"' for x in n["methods"])};
/** One of FRED's transformations, by its code. */
export type FredCode = {" | ".join(f'"{x}"' for x in n["fred"])};
"""
