//! The names the core gives its enums, as JSON, for `make generate`: the
//! TypeScript unions and the docs are written from them, so a new error
//! code, frequency or method reaches every language without a hand edit.

use growthkit::{
    Base, ERROR_CODES, FiscalPart, FredTransform, Frequency, Method, NamedBy, WeekEnd, YearStart,
};

fn list(names: impl IntoIterator<Item = String>) -> String {
    let quoted: Vec<String> = names.into_iter().map(|n| format!("{n:?}")).collect();
    format!("[{}]", quoted.join(", "))
}

fn main() -> Result<(), growthkit::Error> {
    let april = YearStart::parse("--04-01")?;
    let fiscal = FiscalPart::ALL.map(|part| {
        let name = Frequency::fiscal(part, april, NamedBy::End).to_string();
        name.trim_start_matches("fiscal_")
            .split('(')
            .next()
            .unwrap_or_default()
            .to_string()
    });
    let entries = [
        (
            "error_codes",
            list(ERROR_CODES.iter().map(|c| c.to_string())),
        ),
        ("frequencies", list(Frequency::ALL.map(|f| f.to_string()))),
        (
            "weekly",
            list(WeekEnd::ENDS.map(|w| Frequency::WeeklyEnding(w).to_string())),
        ),
        ("fiscal_parts", list(fiscal)),
        ("methods", list(Method::ALL.map(|m| m.to_string()))),
        (
            "fred",
            list(FredTransform::ALL.map(|t| t.as_str().to_string())),
        ),
        ("bases", list(Base::ALL.map(|b| b.as_str().to_string()))),
        (
            "named_by",
            list([NamedBy::Start, NamedBy::End].map(|n| n.as_str().to_string())),
        ),
    ];
    let body: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("  {k:?}: {v}"))
        .collect();
    println!("{{\n{}\n}}", body.join(",\n"));
    Ok(())
}
