"""The readers on the real published files in ../shared/fixtures (provenance
in its SOURCES.md; other people's files stay beside the checkout). Expected
figures are read off the files by eye (the line is quoted in each comment);
each growth rate is worked by hand from two of them."""

from __future__ import annotations

import io
import math
import pathlib

import pytest
from conftest import shared

import growthkit as gk


@pytest.fixture
def fixtures() -> pathlib.Path:
    """../shared/fixtures; without it the test skips loudly (fails under CI)."""
    return shared("fixtures")


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12)


def test_eurostat_sdmx_csv_2_labels_name(fixtures: pathlib.Path) -> None:
    ds = gk.read_sdmx_csv(fixtures / "eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv")
    assert (len(ds), ds.n_observations) == (2, 19)
    ca = {"bop_item": "CA"}
    s = ds.series(ca)
    # "...,CA,Current account,...,2023-Q1,,23962.1" and "...,2024-Q1,,103351.2"
    assert s["2024-Q1"] == 103351.2
    assert str(s.indicator.unit) == "million EUR"
    g = ds.select(ca).yoy().series(ca)
    assert close(g["2024-Q1"], 103351.2 / 23962.1 - 1)


def test_eurostat_sdmx_csv_1_labels_from_a_file_object(fixtures: pathlib.Path) -> None:
    with open(fixtures / "eurostat_ei_bpm6ca_q_sdmxcsv1_labels.csv", "rb") as f:
        ds = gk.read_sdmx_csv(f)
    assert (len(ds), ds.n_observations) == (2, 19)
    assert ds.series({"bop_item": "Current account"})["2025-Q2"] == 57650.1


def test_bis_missing_values_and_flags(fixtures: pathlib.Path) -> None:
    ds = gk.read_sdmx_csv(str(fixtures / "bis_der_annual_sdmxcsv1.csv"))
    assert (len(ds), ds.n_observations) == (42, 1000)
    key = {"DER_CURR_LEG1": "HKD", "DER_CURR_LEG2": "TO1"}
    s = ds.series(key)
    # "...,HKD,TO1,...,2004,K,S,A,F,14206.490766" and "...,2002,K,S,M,F,"
    assert s["2004"] == 14206.490766 and math.isnan(s["2002"])
    assert ds.flags(key)[0] == "M"
    long = ds.to_pandas()
    assert list(long.columns[-3:]) == ["period", "value", "flag"]
    assert (long["flag"] == "A").sum() == 360


def test_ilostat_sdmx_json_repeated_keys_are_merged(fixtures: pathlib.Path) -> None:
    for name in ["ilostat_eap_dwap_chl_sdmxjson1.json", "ilostat_eap_dwap_chl_sdmxjson2.json"]:
        ds = gk.read_sdmx_json((fixtures / name).read_bytes())
        assert (len(ds), ds.n_observations) == (3, 39)
        total = {"SEX": "SEX_T"}
        # "0:0:0:0:0": "0": [58.69, ...] (2010, OBS_STATUS B) and "1": [60.02, ...] (2011)
        assert ds.series(total)["2010"] == 58.69
        assert ds.flags(total)[0] == "B"
        g = ds.select(total).yoy()
        assert close(g.series(total)["2011"], 60.02 / 58.69 - 1)
        assert g.flags(total)[1] is None  # the break at 2010 lies before this rate
        assert g.flags(total)[10] == "B"  # the 2020 rate crosses the 2020 break


def test_fred_files(fixtures: pathlib.Path) -> None:
    dex = gk.read_fred_csv(fixtures / "fred_dexuseu_daily_dot_missing.csv")
    s = dex.series({"series_id": "DEXUSEU"})
    assert s.frequency == "business_daily" and len(s) == 261
    # "2017-05-05,1.0996" (Friday) and "2017-05-08,1.0928" (Monday)
    assert close(s.pct_change()[gk.Period.business_day("2017-05-08")], 1.0928 / 1.0996 - 1)
    icsa = gk.read_fred_csv(fixtures / "fred_icsa_weekly.csv")
    w = gk.Period.week_ending("2020-03-21", "SAT")
    # "2020-03-14,282000" and "2020-03-21,3307000"
    assert close(icsa.pct_change().series({"series_id": "ICSA"})[w], 3307000 / 282000 - 1)
    graph = gk.read_fred_csv(fixtures / "fred_fredgraph_quarterly_multi_observation_date.csv")
    assert len(graph) == 7
    # "2019-01-01,...,3.8" and "2020-01-01,...,4.4"
    assert close(graph.yoy().series({"series_id": "UNRATE"})["2020-Q1"], 4.4 / 3.8 - 1)
    assert any("quarterly" in n for n in graph.notes)


def test_nbs_index_series(fixtures: pathlib.Path) -> None:
    ds = gk.read_nbs_json(fixtures / "nbs_china_quarterly_gdp_index_easyquery.json")
    assert (len(ds), ds.n_observations) == (32, 192)
    gdp = {"indicator": "A010301"}
    s = ds.series(gdp)
    # "zb.A010301_sj.2019B": 106.2
    assert s["2019-Q2"] == 106.2
    assert s.indicator.unit.base == "index (previous year = 100)"
    assert close(ds.select(gdp).index_to_growth().series(gdp)["2019-Q2"], 0.062)


def test_ecb_portal_plain_csv_takes_time_period_over_date(fixtures: pathlib.Path) -> None:
    title = (
        "Gross domestic product at market prices, volume "
        "(MNA.Q.Y.I9.W2.S1.S1.B.B1GQ._Z._Z._Z.EUR.LR.N)"
    )
    path = fixtures / "ecb_portal_ea_real_gdp_quarterly.csv"
    ds = gk.read_csv(path, period="TIME PERIOD", value=title, keys=[])
    s = ds.series({})
    # "2019-03-31","2019Q1","3082093.95" and "2020-03-31","2020Q1","2995342.17"
    assert close(s.yoy()["2020-Q1"], 2995342.17 / 3082093.95 - 1)
    # Unnamed, TIME PERIOD is the period; DATE (each quarter's last day) is said unread.
    ds = gk.read_csv(path)
    assert ds.series({})["2019-Q1"] == 3082093.95
    assert any("column DATE" in n for n in ds.notes)


def test_bad_files_are_data_errors() -> None:
    for text in [
        "DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020,abc\n",
        "DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020\n",
        b"DATAFLOW,TIME_PERIOD,OBS_VALUE\nX,2020,\xff\n",
        "DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\n" + "X,DE,2020,1\n" * 2 + "X,DE,2020,2\n",
        "x" * 10_000_000 + "\n",
    ]:
        with pytest.raises(gk.DataError) as info:
            gk.read_sdmx_csv(text)
        assert info.value.code == "malformed_data"
    ds = gk.read_sdmx_csv(io.StringIO("DATAFLOW,GEO,TIME_PERIOD,OBS_VALUE\nX,DE,2020,1\n"))
    with pytest.raises(gk.DataError) as err:
        ds.series({"GEO": "FR"})
    assert err.value.code == "no_such_series"


def test_round_trips(fixtures: pathlib.Path) -> None:
    import pickle

    ds = gk.read_sdmx_csv(fixtures / "eurostat_ei_bpm6ca_q_sdmxcsv2_labels_name.csv")
    assert gk.read_sdmx_csv(ds.to_sdmx_csv()) == ds
    assert gk.Dataset.from_json(ds.to_json()) == ds
    assert pickle.loads(pickle.dumps(ds)) == ds
    back = gk.Dataset.from_pandas(ds.to_pandas().drop(columns="flag"), keys=list(ds.dimensions))
    assert back.n_observations == ds.n_observations
    assert (
        back.series({"bop_item": "CA"}).values.tolist()
        == ds.series({"bop_item": "CA"}).values.tolist()
    )
    assert ds.to_polars().shape == (19, len(ds.dimensions) + 3)
    assert "<table>" in ds._repr_html_()


def test_a_source_is_what_the_user_means(fixtures: pathlib.Path) -> None:
    import json

    # One line of JSON, as json.dumps or an HTTP client gives it: the text, not a file name.
    msg = {
        "data": {
            "structure": {
                "dimensions": {
                    "series": [{"id": "GEO", "values": [{"id": "DE"}]}],
                    "observation": [
                        {"id": "TIME_PERIOD", "values": [{"id": "2019"}, {"id": "2020"}]}
                    ],
                }
            },
            "dataSets": [{"series": {"0": {"observations": {"0": [100], "1": [105]}}}}],
        }
    }
    ds = gk.read(json.dumps(msg))
    assert ds.series({"GEO": "DE"})["2020"] == 105
    assert ds.notes[0].startswith("read as SDMX-JSON")
    # A name of no file: the error says both were tried.
    with pytest.raises(gk.DataError) as info:
        gk.read("no-such-file.csv")
    assert "names no file here" in str(info.value) and "as the text itself" in str(info.value)
    # A path as str and as PathLike, a zip and a gzip opened; the same file as bytes.
    statcan = fixtures / "round3" / "statcan_10100001_fulltable.zip"
    by_path, by_str = gk.read(statcan), gk.read(str(statcan))
    assert by_path.n_observations == by_str.n_observations == 182  # SOURCES.md 24
    gz = fixtures / "round3" / "eurostat_ilc_peps13_api_tsv.tsv.gz"
    assert gk.read(gz.read_bytes()).n_observations == gk.read_eurostat_tsv(gz).n_observations


def test_sdmx_ml_in_python(fixtures: pathlib.Path) -> None:
    # SOURCES.md 15: LU 2012-2015 = 46526.2, 49094.5, 51791.3, 54142.3 (CP_MEUR).
    ds = gk.read_sdmx_xml(fixtures / "round3" / "estat_nama_10_gdp_structspecific21.xml")
    lu = ds.series({"geo": "LU"})
    assert lu["2013"] == 49094.5 and str(lu.indicator.unit) == "million EUR"
    assert close(ds.yoy().series({"geo": "LU"})["2013"], 49094.5 / 46526.2 - 1)
    with pytest.raises(gk.DataError) as info:
        gk.read_sdmx_csv(fixtures / "round3" / "estat_nama_10_gdp_structspecific21.xml")
    assert "read_sdmx_xml" in str(info.value)
