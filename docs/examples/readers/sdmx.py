import math

import growthkit as gk

# Tourism receipts as an office's SDMX-CSV export gives them (invented):
# codes with their labels, a missing value flagged M, a provisional one,
# a deleted row, and the unit written two ways.
text = """\
STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,UNIT_MULT
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q1,412.5,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2023-Q2,,M,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,AT: Austria,2024-Q1,440.0,P,EUR,6
dataflow,XX:TOURISM(1.0),D,Q: Quarterly,AT: Austria,2022-Q4,,,EUR,6
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2023-Q1,120.0,,MIO_EUR,
dataflow,XX:TOURISM(1.0),I,Q: Quarterly,PT: Portugal,2024-Q1,135.0,,MIO_EUR,
"""
ds = gk.read_sdmx_csv(text)

# The key columns are the dimensions; a "CODE: Label" cell counts by its code.
assert ds.dimensions == ["FREQ", "REF_AREA"]
assert ds.keys() == [{"FREQ": "Q", "REF_AREA": "AT"}, {"FREQ": "Q", "REF_AREA": "PT"}]
assert ds.n_observations == 5  # the deleted row is not data
assert ds.notes == [
    "1 rows with ACTION D are deletions of earlier data, not data; they were not read"
]

# Austria: periods, values and flags, oldest first; the empty value is missing.
at = ds.series({"REF_AREA": "AT"})
assert [str(p) for p in at.periods] == ["2023-Q1", "2023-Q2", "2024-Q1"]
assert at.values[0] == 412.5 and math.isnan(at.values[1]) and at.values[2] == 440.0
assert ds.flags({"REF_AREA": "AT"}) == [None, "M", "P"]

# EUR with UNIT_MULT 6 and the code MIO_EUR are one unit: million EUR.
assert str(at.indicator.unit) == "million EUR"
pt = ds.series({"REF_AREA": "PT"})
assert pt.indicator.unit == at.indicator.unit
assert (pt.indicator.unit.base, pt.indicator.unit.scale) == ("EUR", 6)

# Growth keeps the flags: the provisional figure gives a provisional rate.
growth = ds.yoy()
assert math.isclose(growth.series({"REF_AREA": "AT"})["2024-Q1"], 440 / 412.5 - 1)
assert growth.flags({"REF_AREA": "AT"})[2] == "P"
assert math.isclose(growth.series({"REF_AREA": "PT"})["2024-Q1"], 0.125)  # 135 / 120 - 1

# read() decides the format from the content, and says what it decided.
assert gk.read(text).notes[0].startswith("read as SDMX-CSV")
