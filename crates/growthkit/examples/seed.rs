//! The seed article worked through: what the published figures imply.
//!
//! China News, 13 October 2020, on Shanghai's "online new economy":
//! - "In the first half of the year, Shanghai's online retail sales were
//!   122.7 billion yuan, a year-on-year increase of 5%."
//! - "In the just-concluded National Day Golden Week, the city's offline
//!   physical consumption was 65.99 billion yuan, a year-on-year increase of
//!   12.2%, and online retail sales were 35.86 billion yuan, a year-on-year
//!   increase of 15.7%."
//!
//! The 2020 Golden Week ran 8 days (1-8 October, National Day and the
//! Mid-Autumn Festival together); the 2019 one ran 7 (1-7 October), so the
//! published rates compare 8 days with 7.
//!
//! Run with `cargo run --example seed`.

use growthkit::{
    Period, Quantity, Result, Series, Unit, contribution, implied_previous, pct_change,
};

/// A published statement: what, when, how much, and the growth as printed.
struct Statement {
    what: &'static str,
    period: &'static str,
    value: &'static str,
    unit: &'static str,
    growth_pct: &'static str,
}

const H1_ONLINE: Statement = Statement {
    what: "online retail sales",
    period: "2020年上半年",
    value: "122.7",
    unit: "billion yuan",
    growth_pct: "5",
};
const GW_OFFLINE: Statement = Statement {
    what: "offline consumption",
    period: "2020-10-01/2020-10-08",
    value: "65.99",
    unit: "billion yuan",
    growth_pct: "12.2",
};
const GW_ONLINE: Statement = Statement {
    what: "online retail sales",
    period: "2020-10-01/2020-10-08",
    value: "35.86",
    unit: "billion yuan",
    growth_pct: "15.7",
};
/// The 2019 holiday the Golden Week figures are compared with.
const GW_2019: &str = "2019-10-01/2019-10-07";

/// A statement read into growthkit's types: period, quantity, growth as a fraction.
struct Reading {
    period: Period,
    quantity: Quantity,
    growth: f64,
}

fn read(s: &Statement) -> Result<Reading> {
    let number = |t: &str, name: &str| {
        t.parse::<f64>().map_err(|_| {
            growthkit::Error::InvalidArgument(format!("{name} `{t}` of {} is not a number", s.what))
        })
    };
    Ok(Reading {
        period: Period::parse(s.period)?,
        quantity: Quantity::new(number(s.value, "value")?, Unit::parse(s.unit)?)?,
        growth: number(s.growth_pct, "growth")? / 100.0,
    })
}

fn rule(width: usize) {
    println!("{}", "-".repeat(width));
}

fn main() -> Result<()> {
    println!("growthkit: the seed article's figures, worked through\n");

    // 1. The first half of 2020.
    let h1 = read(&H1_ONLINE)?;
    let base = implied_previous(h1.quantity.value(), h1.growth)?;
    let base_q = Quantity::new(base, h1.quantity.unit().clone())?;
    let h1_ago = h1.period.year_ago(1)?;
    println!("1. Online retail sales, first half of the year");
    rule(80);
    println!(
        "{:<10} {:>14} {:>16} {:>22}   label (zh)",
        "period", "billion yuan", "100 million yuan", "yoy growth"
    );
    rule(80);
    for (p, q, g) in [
        (&h1_ago, &base_q, None),
        (&h1.period, &h1.quantity, Some(h1.growth)),
    ] {
        println!(
            "{:<10} {:>14.3} {:>16.1} {:>22}   {}",
            p.label("en")?,
            q.value(),
            q.to_scale(8)?.value(),
            g.map_or("(implied base)".to_string(), |g| format!(
                "{:+.1} % (published)",
                g * 100.0
            )),
            p.label("zh")?,
        );
    }
    let ytd = Period::parse("2020年1-6月")?;
    println!(
        "the same half-year as a year-to-date span: {} = {} = {}\n",
        ytd,
        ytd.label("en")?,
        ytd.label("zh")?
    );

    // 2. The Golden Week.
    let offline = read(&GW_OFFLINE)?;
    let online = read(&GW_ONLINE)?;
    let week_2020 = offline.period;
    let week_2019 = Period::parse(GW_2019)?;
    println!(
        "2. National Day Golden Week: {} ({} days) against {} ({} days)",
        week_2020.label("en")?,
        week_2020.days(),
        week_2019.label("en")?,
        week_2019.days()
    );
    println!(
        "   {} against {}",
        week_2020.label("zh")?,
        week_2019.label("zh")?
    );
    rule(98);
    println!(
        "{:<18} {:>8} {:>10} {:>10} {:>13} {:>14} {:>16}",
        "billion yuan",
        "2020",
        "2019 base",
        "growth",
        "contribution",
        "2020 per day",
        "per-day growth"
    );
    rule(98);
    let parts = [("offline", &offline), ("online", &online)];
    let bases: Vec<f64> = parts
        .iter()
        .map(|(_, r)| implied_previous(r.quantity.value(), r.growth))
        .collect::<Result<_>>()?;
    let total_now: f64 = parts.iter().map(|(_, r)| r.quantity.value()).sum();
    let total_before: f64 = bases.iter().sum();
    let per_day = |now: f64, before: f64| -> Result<(f64, f64)> {
        let s = Series::new(vec![week_2019, week_2020], vec![before, now])?.per_day();
        let (b, n) = (s.values()[0], s.values()[1]);
        Ok((n, pct_change(n, b)?))
    };
    for ((name, r), &b) in parts.iter().zip(&bases) {
        let now = r.quantity.value();
        let (daily, daily_growth) = per_day(now, b)?;
        println!(
            "{:<18} {:>8.2} {:>10.3} {:>8.1} % {:>10.2} pp {:>14.3} {:>14.1} %",
            name,
            now,
            b,
            r.growth * 100.0,
            contribution(now, b, total_before)? * 100.0,
            daily,
            daily_growth * 100.0
        );
    }
    let (daily, daily_growth) = per_day(total_now, total_before)?;
    rule(98);
    println!(
        "{:<18} {:>8.2} {:>10.3} {:>8.1} % {:>10.2} pp {:>14.3} {:>14.1} %",
        "offline + online",
        total_now,
        total_before,
        pct_change(total_now, total_before)? * 100.0,
        pct_change(total_now, total_before)? * 100.0,
        daily,
        daily_growth * 100.0
    );
    rule(98);
    println!(
        "The published rates compare {} days with {}: per day, the combined figure changed by {:+.1} %.",
        week_2020.days(),
        week_2019.days(),
        daily_growth * 100.0
    );
    Ok(())
}
