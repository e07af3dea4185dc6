"""Writes tests/vectors/arima/cases.json: seasonal ARIMA models estimated by
the Census Bureau's x13as (X-13ARIMA-SEATS Version 1.1) with its default
`estimate{}` (exact=arma, tol=1e-5, maxiter=1500): the coefficients and
standard errors of its .est file, the likelihood statistics of its .lks
file and the twelve forecasts of its .fct file, as x13as wrote them.

Run by `make vectors` (it needs x13as); the series are made here
(python/tests/x13ref.py: `composed`), never copied: a published series such
as the airline passengers is other people's data and stays out of the
repository."""

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "python" / "tests"))
import x13ref

LEAD = 12


# (id, values, period, start, model, log)
def cases():
    return [
        (
            "composed 21 airline",
            x13ref.composed(21, 120, 12),
            12,
            (2000, 1),
            ((0, 1, 1), (0, 1, 1)),
            True,
        ),
        (
            "composed 22 ar1",
            x13ref.composed(22, 96, 12),
            12,
            (2005, 1),
            ((1, 1, 0), (0, 1, 1)),
            True,
        ),
        (
            "composed 23 quarterly additive",
            x13ref.composed(23, 64, 4, additive=True),
            4,
            (2001, 1),
            ((0, 1, 1), (0, 1, 1)),
            False,
        ),
        (
            "composed 24 seasonal ar",
            x13ref.composed(24, 144, 12),
            12,
            (1995, 1),
            ((2, 1, 1), (1, 1, 0)),
            True,
        ),
    ]


def run(values, period, start, model, log):
    (p, d, q), (sp, sd, sq) = model
    data = "\n".join(textwrap.wrap(" ".join(repr(float(v)) for v in values), 100))
    spc = (
        f"series{{ start={start[0]}.{start[1]} period={period}\ndata=(\n{data}\n) }}\n"
        f"transform{{ function={'log' if log else 'none'} }}\n"
        f"arima{{ model=({p} {d} {q})({sp} {sd} {sq}) }}\n"
        "estimate{ save=(mdl est lks) }\n"
        f"forecast{{ maxlead={LEAD} save=(fct) }}\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "s.spc").write_text(spc)
        subprocess.run(
            [x13ref.binary() or "x13as", "s"], cwd=t, capture_output=True, check=False
        )
        est = (t / "s.est").read_text().splitlines()
        coefficients = []
        for row in est:
            f = row.split("\t")
            if len(f) >= 6 and f[0] in ("AR", "MA"):
                coefficients.append(
                    {
                        "name": f"{f[1]} {f[0]} lag {int(f[3])}",
                        "value": float(f[4]),
                        "std_error": float(f[5]),
                    }
                )
        variance = next(float(r.split()[1]) for r in est if r.startswith("mle"))
        lks = dict(
            r.split()[:2] for r in (t / "s.lks").read_text().splitlines() if r.strip()
        )
        fct = (t / "s.fct").read_text().splitlines()[2:]
        return {
            "coefficients": coefficients,
            "variance": variance,
            "log_likelihood": float(lks["lnlkhd"]),
            "transform_adjustment": float(lks.get("trnadj", 0.0)),
            "aic": float(lks["aic"]),
            "effective_observations": int(lks["nefobs"]),
            "forecasts": [float(r.split()[1]) for r in fct if r.strip()],
        }


def main():
    out = []
    for cid, values, period, start, model, log in cases():
        out.append(
            {
                "id": cid,
                "period": period,
                "start": list(start),
                "model": [list(model[0]), list(model[1])],
                "log": log,
                "values": values,
                "expect": run(values, period, start, model, log),
            }
        )
    doc = {
        "source": "x13as (X-13ARIMA-SEATS Version 1.1) via tests/vectors/make_arima.py",
        "cases": out,
    }
    print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
