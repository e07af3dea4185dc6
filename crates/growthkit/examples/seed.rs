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
//! The article also says Shanghai will "build 100 smart factories by 2022";
//! it gives no count so far. Pass one to see the pace it implies:
//!
//! ```text
//! cargo run --example seed -- --baseline 2019:20 --actual 2020-10-13:35
//! ```
//!
//! Without them the example starts from zero on the article's date, and
//! says so in its output.
//!
//! Run with `cargo run --example seed`.

use growthkit::claims;
use growthkit::{
    Period, Quantity, Reported, Result, Series, Target, Unit, check_sum, contribution,
    implied_previous, implied_previous_range, pct_change,
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
            growthkit::Error::new(
                growthkit::ErrorKind::InvalidArgument,
                format!("{name} `{t}` of {} is not a number", s.what),
            )
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

/// The article read by `growthkit::claims`: every statement and the findings.
fn read_article() -> Result<()> {
    // The article is other people's text: it lives beside the checkout.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed-article.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!(
            "(the article's text is not here: ../shared/seed-article.txt beside the checkout)"
        );
        return Ok(());
    };
    // "China News Online, October 13th": the date that places 上半年 and the Golden Week.
    let found = claims::extract(
        &text,
        Some(growthkit::date(2020, 10, 13)),
        claims::Lang::Auto,
    )?;
    println!(
        "The article read by growthkit::claims ({} statements):",
        found.len()
    );
    for (i, s) in found.iter().enumerate() {
        let level = match (&s.level, &s.unit) {
            (Some(l), Some(u)) => format!("{l} {u}"),
            _ => String::new(),
        };
        let growth = s.growth.as_ref().map_or(String::new(), |g| format!("{g}%"));
        let basis = s.basis.map_or("", |b| b.as_str());
        let period = s.period.map_or(String::new(), |p| p.to_string());
        let target = if s.target { " (target)" } else { "" };
        println!(
            "  #{i} {:<38} {period:<22} {level:>20} {growth:>6} {basis}{target}",
            s.indicator.as_deref().unwrap_or("?")
        );
    }
    for f in claims::check(&found)? {
        let mark = if f.consistent { "ok" } else { "INCONSISTENT" };
        println!("  {mark}: {}", f.message);
    }
    rule(98);
    Ok(())
}

fn main() -> Result<()> {
    println!("growthkit: the seed article's figures, worked through\n");
    read_article()?;

    // 1. The first half of 2020.
    let target_args = target_args()?;
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
    println!();
    rounding(&[&H1_ONLINE, &GW_OFFLINE, &GW_ONLINE])?;
    smart_factories(target_args)?;
    Ok(())
}

/// Section 3: every published figure is rounded; what do the bases and the
/// combined rate look like once that is allowed for?
fn rounding(statements: &[&Statement]) -> Result<()> {
    println!(
        "3. What the rounding allows (a figure printed with d decimals is the true value ± half a unit of the last)"
    );
    rule(98);
    println!(
        "{:<38} {:>8} {:>20} {:>8} {:>20}",
        "statement", "value", "true value within", "growth", "implied 2019 base"
    );
    rule(98);
    for s in statements {
        let value = Reported::parse(s.value)?;
        let growth = Reported::parse(s.growth_pct)?;
        let base = implied_previous_range(&value, &growth)?;
        let what = format!("{} {}", Period::parse(s.period)?.label("en")?, s.what);
        println!(
            "{:<38} {:>8} {:>20} {:>7}% {:>20}",
            what,
            s.value,
            format!("{:.3}", value.interval()),
            s.growth_pct,
            format!("{base:.3}")
        );
    }
    rule(98);
    let h1 = Reported::parse(H1_ONLINE.value)?;
    let five = implied_previous_range(&h1, &Reported::new(5.0, 1)?)?;
    println!(
        "If \"5%\" meant 5.0 %, the H1 2019 base lies in {five:.2}; read as a whole percent, in {:.2}.",
        implied_previous_range(&h1, &Reported::parse(H1_ONLINE.growth_pct)?)?
    );
    // The Golden Week parts together: the combined rate the rounding allows.
    let (offline, online) = (
        Reported::parse(GW_OFFLINE.value)?,
        Reported::parse(GW_ONLINE.value)?,
    );
    let now = offline.interval() + online.interval();
    let before = implied_previous_range(&offline, &Reported::parse(GW_OFFLINE.growth_pct)?)?
        + implied_previous_range(&online, &Reported::parse(GW_ONLINE.growth_pct)?)?;
    let combined = now.checked_div(&before)?.shift(-1.0).scale(100.0);
    println!("Golden Week offline + online: {now:.3} billion yuan, up {combined:.2} % on 2019.");
    let parts_sum = check_sum(&[offline, online], &Reported::parse("101.85")?)?;
    let published = Reported::parse("13.4")?;
    println!(
        "A total printed 101.85 is {} with the parts; a combined rate printed 13.4 % is {}.\n",
        if parts_sum.consistent {
            "consistent"
        } else {
            "inconsistent"
        },
        if combined.overlaps(&published.interval()) {
            "within what the figures allow"
        } else {
            "outside what the figures allow"
        }
    );
    Ok(())
}

/// A baseline or actual figure given on the command line: `PERIOD:VALUE`.
struct TargetArgs {
    baseline: Option<(Period, f64)>,
    actual: Option<(Period, f64)>,
}

fn target_args() -> Result<TargetArgs> {
    let mut args = TargetArgs {
        baseline: None,
        actual: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_default();
        let (p, v) = value.rsplit_once(':').unwrap_or((value.as_str(), ""));
        let pair = (
            Period::parse(p)?,
            v.parse::<f64>().map_err(|_| {
                growthkit::Error::new(
                    growthkit::ErrorKind::InvalidArgument,
                    format!("{flag} takes PERIOD:VALUE, got `{value}`"),
                )
            })?,
        );
        match flag.as_str() {
            "--baseline" => args.baseline = Some(pair),
            "--actual" => args.actual = Some(pair),
            other => {
                return Err(growthkit::Error::new(
                    growthkit::ErrorKind::InvalidArgument,
                    format!(
                        "unknown option `{other}`: use --baseline PERIOD:VALUE and --actual PERIOD:VALUE"
                    ),
                ));
            }
        }
    }
    Ok(args)
}

/// Section 4: "build 100 smart factories by 2022".
fn smart_factories(args: TargetArgs) -> Result<()> {
    println!("4. Target: \"build 100 smart factories by 2022\"");
    rule(98);
    let deadline = Period::year(2022)?;
    let target = Target::new(100.0, deadline, args.baseline)?;
    let (as_of, actual) = match args.actual {
        Some(a) => a,
        None => {
            println!(
                "ASSUMPTION (not in the article): 0 smart factories built as of the article's date, 2020-10-13."
            );
            println!("Give real figures with --baseline PERIOD:VALUE --actual PERIOD:VALUE.");
            (Period::parse("2020-10-13")?, 0.0)
        }
    };
    println!(
        "as of {} ({}): {} built; the target is {} by the end of {}",
        as_of.label("en")?,
        as_of.label("zh")?,
        actual,
        target.value(),
        deadline.label("en")?
    );
    println!(
        "progress: {:.1} % of the way",
        target.progress(actual)? * 100.0
    );
    match target.time_elapsed(&as_of) {
        Ok(t) => println!(
            "time elapsed: {:.1} % of the time since the baseline; on track: {}",
            t * 100.0,
            if target.on_track(actual, &as_of)? {
                "yes"
            } else {
                "no"
            }
        ),
        Err(e) => println!("time elapsed: not known ({e})"),
    }
    println!(
        "pace still needed: {:.1} factories a year",
        target.required_pace(actual, &as_of)?
    );
    match target.required_growth(actual, &as_of) {
        Ok(g) => println!("compound growth still needed: {:.1} % a year", g * 100.0),
        Err(e) => println!("compound growth still needed: not defined ({e})"),
    }
    rule(98);
    Ok(())
}
