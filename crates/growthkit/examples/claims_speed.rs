//! Times the statement reader and the checks on a text file:
//!
//! ```text
//! cargo run --release --example claims_speed -- release.txt
//! ```
use growthkit::claims::{Lang, check, extract};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: claims_speed FILE")?;
    let text = std::fs::read_to_string(path)?;
    let t = Instant::now();
    let s = extract(&text, Some(growthkit::date(2024, 1, 1)), Lang::Auto)?;
    let read = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let f = check(&s)?;
    let checked = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.2} MB: {} statements in {read:.3} s ({:.2} MB/s), {} findings in {checked:.3} s",
        s.len(),
        mb / read,
        f.len()
    );
    Ok(())
}
