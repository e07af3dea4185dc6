//! Reads every passage of a corpus file (JSON lines with `id`, `text`,
//! `reference_date` and `lang`) and writes one JSON line a passage: its
//! `id`, its statements in their JSON form and its findings.
//!
//! ```text
//! cargo run --release --example claims_corpus -- en.jsonl > statements.jsonl
//! ```
//!
//! `tests/claims/score.py` scores such output against the hand-made keys.
use growthkit::claims::{Lang, Statement, check, extract};
use serde_json::{Value, json};
use std::io::{BufRead, Write};

fn passage(line: &str) -> Result<Value, Box<dyn std::error::Error>> {
    let p: Value = serde_json::from_str(line)?;
    let text = p["text"].as_str().unwrap_or_default();
    let refd = match p["reference_date"].as_str() {
        Some(d) => Some(d.parse()?),
        None => None,
    };
    let lang = Lang::parse(p["lang"].as_str().unwrap_or("auto"))?;
    let statements = extract(text, refd, lang)?;
    let findings = check(&statements)?;
    let as_json = |s: &Statement| serde_json::from_str::<Value>(&s.to_json());
    Ok(json!({
        "id": p["id"],
        "statements": statements.iter().map(as_json).collect::<Result<Vec<_>, _>>()?,
        "findings": findings.iter().map(|f| json!({
            "kind": f.kind.as_str(),
            "consistent": f.consistent,
            "statements": f.statements,
            "message": f.message,
        })).collect::<Vec<_>>(),
    }))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: claims_corpus FILE.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = std::io::stdout().lock();
    for line in file.lines() {
        let line = line?;
        if !line.trim().is_empty() {
            writeln!(out, "{}", passage(&line)?)?;
        }
    }
    Ok(())
}
