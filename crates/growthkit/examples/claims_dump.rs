//! Reads the statements of a text file and checks them:
//! `cargo run --example claims_dump -- text.txt 2020-10-13`.
use growthkit::claims::{Lang, check, extract};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let refd = std::env::args().nth(2).map(|d| d.parse().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let s = extract(&text, refd, Lang::Auto).unwrap();
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
    for f in check(&s).unwrap() {
        println!(
            "{:?} {:?} consistent={} {}",
            f.kind, f.statements, f.consistent, f.message
        );
    }
}
