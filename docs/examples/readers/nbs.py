import math

import growthkit as gk

# An answer of China NBS's query interface (invented figures): online retail
# sales year to date (累计值, in 亿元) and a price index on the same month of
# the previous year (上年同月=100), whose March figure is not out yet.
text = """{"returncode": 200, "returndata": {
  "wdnodes": [
    {"wdcode": "zb", "nodes": [
      {"code": "A01", "cname": "网上零售额_累计值", "unit": "亿元"},
      {"code": "A02", "cname": "居民消费价格指数(上年同月=100)", "unit": ""}]},
    {"wdcode": "sj", "nodes": [
      {"code": "202402", "cname": "2024年2月"},
      {"code": "202403", "cname": "2024年3月"}]}],
  "datanodes": [
    {"data": {"data": 2150.4, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A01"}, {"wdcode": "sj", "valuecode": "202402"}]},
    {"data": {"data": 3318.9, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A01"}, {"wdcode": "sj", "valuecode": "202403"}]},
    {"data": {"data": 100.7, "hasdata": true},
     "wds": [{"wdcode": "zb", "valuecode": "A02"}, {"wdcode": "sj", "valuecode": "202402"}]},
    {"data": {"data": 0, "hasdata": false},
     "wds": [{"wdcode": "zb", "valuecode": "A02"}, {"wdcode": "sj", "valuecode": "202403"}]}]}}"""
ds = gk.read_nbs_json(text)
assert ds.keys() == [{"indicator": "A01"}, {"indicator": "A02"}]

# Names and units come from wdnodes: 亿元 is yuan at the scale 10^8.
sales = ds.series({"indicator": "A01"})
assert sales.indicator.name == "网上零售额_累计值"
assert str(sales.indicator.unit) == "亿元"
assert (sales.indicator.unit.base, sales.indicator.unit.scale) == ("yuan", 8)
assert [str(p) for p in sales.periods] == ["2024-02", "2024-03"]

# A year-to-date value stands at the month it runs to, and says so.
assert ds.attributes({"indicator": "A01"}) == {"CUMULATIVE": "year to date"}
monthly = sales.decumulate_ytd()
assert [str(p) for p in monthly.periods] == ["2024-01-01/2024-02-29", "2024-03"]
assert math.isclose(monthly.values[1], 1168.5)  # March: 3318.9 - 2150.4

# An index on the previous year is its own unit; hasdata false is missing.
cpi = ds.series({"indicator": "A02"})
assert str(cpi.indicator.unit) == "index (previous year = 100)"
assert cpi.values[0] == 100.7 and math.isnan(cpi.values[1])

# Such an index is already a growth rate: index / 100 - 1.
growth = ds.select({"indicator": "A02"}).index_to_growth()
assert math.isclose(growth.series({"indicator": "A02"})["2024-02"], 0.007)  # 100.7 / 100 - 1

# Sales in yuan are no such index: converting them is refused.
try:
    ds.index_to_growth()
except gk.GrowthkitError as e:
    assert e.code == "invalid_argument"
else:
    raise AssertionError("only an index on the previous year converts")
