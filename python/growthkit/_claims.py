"""Statements read from text, and their checks (over the native reader).

``extract`` returns a ``Statements`` list: a plain list of ``Statement``
that also keeps its text, so that a notebook shows the text with every
figure marked and the findings of ``check`` below it.
"""

from __future__ import annotations

import html
from typing import Any

from . import _growthkit as _native

# One colour per part, as the demo page marks them.
_COLOURS = {
    "indicator": "#dbeafe",
    "scope": "#e0e7ff",
    "period": "#fef3c7",
    "level": "#dcfce7",
    "growth": "#fce7f3",
    "basis": "#f3f4f6",
    "change": "#ffedd5",
}


def _provenance(st: Any) -> str:
    """Where each part came from, for the parts not stated in the clause."""
    return ", ".join(f"{k} {v}" for k, v in st.provenance.items() if v and v != "stated")


class Statements(list):  # type: ignore[type-arg]
    """The statements of one text, in order (a ``list`` of ``Statement``).

    ``text`` is the text they were read from; in a notebook the list shows
    the text with each part marked, a table of the statements and the
    findings of ``check``.
    """

    def __init__(self, items: list[Any], text: str) -> None:
        super().__init__(items)
        self.text = text

    def _repr_html_(self) -> str:
        return render_html(self.text, list(self), check(list(self)))


def extract(text: str, *, reference_date: Any = None, lang: str | None = None) -> Statements:
    """The statements in ``text``: indicator, period, level with unit, rate
    with basis, and the span of every part (code points, end exclusive).

    ``reference_date`` (a ``datetime.date`` or ISO text) places relative
    periods (上半年, "last year", a holiday); without it they are left
    missing. ``lang`` is ``"en"``, ``"zh"`` or None (both).

    >>> s = gk.extract("上半年，全市网上零售额1227亿元，同比增长5%。", reference_date="2020-10-13")
    >>> s[0].indicator, str(s[0].period), str(s[0].level), str(s[0].unit)
    ('网上零售额', '2020-S1', '1227', '亿元')
    >>> str(s[0].growth), s[0].basis
    ('5', 'yoy')
    """
    return Statements(_native._extract(text, reference_date, lang), text)


def check(statements: list[Any], data: Any = None) -> list[Any]:
    """The findings over ``statements`` (a level and its rate imply a base;
    parts add up to their total; shares, two-year averages, changes in
    points and contributions follow from other figures; periods of unequal
    length), and against ``data`` (a ``Series`` or ``Dataset``) when given.
    A finding is inconsistent only when no true values within the rounding
    of every printed figure make the figures agree.

    >>> text = (
    ...     "一季度，社会消费品零售总额108659亿元。按经营单位所在地分，"
    ...     "一季度城镇消费品零售额94292亿元；乡村消费品零售额14367亿元。"
    ... )
    >>> s = gk.extract(text, reference_date="2022-04-18")
    >>> [(f.kind, f.consistent) for f in gk.check(s)]
    [('parts_sum', True)]
    """
    return list(_native._check(list(statements), data))


def render_html(text: str, statements: list[Any], findings: list[Any]) -> str:
    """The text with every part marked, a table of statements, the findings."""
    marks: dict[int, tuple[int, str, int]] = {}
    for n, st in enumerate(statements):
        for kind, start, end in st.parts:
            if start not in marks or end > marks[start][0]:
                marks[start] = (end, kind, n)
    chars = list(text)
    out, i = [], 0
    while i < len(chars):
        if i in marks:
            end, kind, n = marks[i]
            piece = html.escape("".join(chars[i:end]))
            out.append(
                f"<mark style='background:{_COLOURS[kind]}' title='#{n} {kind}'>{piece}</mark>"
            )
            i = max(end, i + 1)
        else:
            out.append(html.escape(chars[i]))
            i += 1
    rows = []
    for n, st in enumerate(statements):
        level = f"{st.level} {st.unit}" if st.level is not None else ""
        growth = f"{st.growth}%" if st.growth is not None else ""
        change = f"{st.change} {st.change_unit or ''}".strip() if st.change is not None else ""
        cells = [
            str(n),
            st.indicator or "",
            str(st.period or ""),
            level,
            growth,
            change,
            st.basis or "",
            _provenance(st),
            st.modality or "",
            ", ".join(st.missing),
        ]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(
        f"<th>{h}</th>"
        for h in [
            "#",
            "indicator",
            "period",
            "level",
            "growth",
            "change",
            "basis",
            "from context",
            "modality",
            "missing",
        ]
    )
    items = "".join(
        f"<li>{'✓' if f.consistent else '✗'} <b>{html.escape(f.kind)}</b> "
        f"{html.escape(str(f.statements))}: {html.escape(f.message)}</li>"
        for f in findings
    )
    return (
        f"<div style='white-space:pre-wrap;line-height:1.6'>{''.join(out)}</div>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<ul>{items}</ul>"
    )
