use growthkit::Period;
use growthkit::read::{index_to_growth, read_nbs_json};

pub fn main() -> Result<(), growthkit::Error> {
    // An answer of China NBS's query interface (invented figures): online retail
    // sales year to date (累计值, in 亿元) and a price index on the same month of
    // the previous year (上年同月=100), whose March figure is not out yet.
    let text = r#"{"returncode": 200, "returndata": {
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
     "wds": [{"wdcode": "zb", "valuecode": "A02"}, {"wdcode": "sj", "valuecode": "202403"}]}]}}"#;
    let ds = read_nbs_json(text.as_bytes())?;
    assert_eq!(ds.keys(), [[("indicator", "A01")], [("indicator", "A02")]]);
    let close = |x: f64, expected: f64| (x - expected).abs() < 1e-9;
    let texts =
        |periods: &[Period]| -> Vec<String> { periods.iter().map(Period::to_string).collect() };

    // Names and units come from wdnodes: 亿元 is yuan at the scale 10^8.
    let entry = ds.get(&[("indicator", "A01")])?;
    let sales = entry.series();
    let indicator = sales.indicator().expect("NBS names every indicator");
    assert_eq!(indicator.name(), "网上零售额_累计值");
    assert_eq!(indicator.unit().to_string(), "亿元");
    assert_eq!(
        (indicator.unit().base(), indicator.unit().scale()),
        ("yuan", 8)
    );
    assert_eq!(texts(sales.periods()), ["2024-02", "2024-03"]);

    // A year-to-date value stands at the month it runs to, and says so.
    let attributes: Vec<(&str, &str)> = entry
        .attributes()
        .iter()
        .map(|(a, v)| (a.as_str(), v.as_str()))
        .collect();
    assert_eq!(attributes, [("CUMULATIVE", "year to date")]);
    let monthly = sales.decumulate_ytd()?;
    assert_eq!(
        texts(monthly.periods()),
        ["2024-01-01/2024-02-29", "2024-03"]
    );
    assert!(close(monthly.values()[1], 1168.5)); // March: 3318.9 - 2150.4

    // An index on the previous year is its own unit; hasdata false is missing.
    let cpi = ds.get(&[("indicator", "A02")])?.series();
    let unit = cpi.indicator().map(|i| i.unit().to_string());
    assert_eq!(unit.as_deref(), Some("index (previous year = 100)"));
    assert!(cpi.values()[0] == 100.7 && cpi.values()[1].is_nan());

    // Such an index is already a growth rate: index / 100 - 1.
    let growth = index_to_growth(&ds.select(&[("indicator", "A02")])?)?;
    let february = growth
        .get(&[("indicator", "A02")])?
        .series()
        .get(&Period::parse("2024-02")?);
    assert!(february.is_some_and(|g| close(g, 0.007))); // 100.7 / 100 - 1

    // Sales in yuan are no such index: converting them is refused.
    let err = index_to_growth(&ds).unwrap_err();
    assert_eq!(err.code(), "invalid_argument");
    Ok(())
}
