//! Reads the statements of a text file and checks them, printing each
//! statement with the text it was read from and every finding:
//!
//! ```text
//! cargo run --example claims -- release.txt 2022-04-18
//! ```
//!
//! The date places relative periods (上半年, "last year"). Without
//! arguments it reads the seed article of 13 October 2020.
use growthkit::claims::{Lang, check, extract};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The seed article lives beside the checkout, in ../shared.
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seed-article.txt"
    );
    let path = std::env::args().nth(1).unwrap_or_else(|| seed.to_string());
    let refd = match std::env::args().nth(2) {
        Some(d) => Some(d.parse()?),
        None if std::env::args().nth(1).is_none() => Some(growthkit::date(2020, 10, 13)),
        None => None,
    };
    let text = std::fs::read_to_string(path)?;
    let s = extract(&text, refd, Lang::Auto)?;
    let chars: Vec<char> = text.chars().collect();
    for (i, st) in s.iter().enumerate() {
        let span: String = chars[st.span.0..st.span.1].iter().collect();
        println!(
            "#{i} ind={:?} scope={:?} period={:?} level={:?} unit={:?} growth={:?} basis={:?} target={} rel={:?} cmp={:?} part_of={:?} missing={:?}\n    «{}»",
            st.indicator,
            st.scope,
            st.period.as_ref().map(|p| p.to_string()),
            st.level.as_ref().map(|r| r.to_string()),
            st.unit.as_ref().map(|u| u.to_string()),
            st.growth.as_ref().map(|r| r.to_string()),
            st.basis.map(|b| b.as_str()),
            st.target,
            st.relative_to,
            st.compared_to.as_ref().map(|p| p.to_string()),
            st.part_of,
            st.missing,
            span
        );
    }
    for f in check(&s)? {
        println!(
            "{:?} {:?} consistent={} {}",
            f.kind, f.statements, f.consistent, f.message
        );
    }
    Ok(())
}
