//! The Rust examples of the docs site (`docs/examples/<concept>/<name>.rs`,
//! shown beside their Python and JS twins), compiled and run. Each file
//! is a module here with a `pub fn main`; the last test checks that every
//! file in the folder is listed, so a new example cannot go unrun.

macro_rules! examples {
    ($($name:ident = $path:literal),* $(,)?) => {
        $(
            #[path = $path]
            mod $name;
        )*
        const LISTED: &[&str] = &[$($path),*];
        #[test]
        fn every_example_runs() {
            $(
                if let Err(e) = $name::main() {
                    panic!("{}: {e}", $path);
                }
            )*
        }
    };
}

examples! {
    // periods, units
    periods_parse = "../../../docs/examples/periods/parse.rs",
    units_scale = "../../../docs/examples/units/scale.rs",
    units_indicator = "../../../docs/examples/units/indicator.rs",
    // series, tables
    series_yoy = "../../../docs/examples/series/yoy.rs",
    series_ytd = "../../../docs/examples/series/ytd.rs",
    series_holiday = "../../../docs/examples/series/holiday.rs",
    tables_dataset = "../../../docs/examples/tables/dataset.rs",
    tables_kernels = "../../../docs/examples/tables/kernels.rs",
    // published, readers, statements
    published_rounding = "../../../docs/examples/published/rounding.rs",
    published_checks = "../../../docs/examples/published/checks.rs",
    published_target = "../../../docs/examples/published/target.rs",
    readers_sdmx = "../../../docs/examples/readers/sdmx.rs",
    readers_csv = "../../../docs/examples/readers/csv.rs",
    readers_nbs = "../../../docs/examples/readers/nbs.rs",
    statements_extract = "../../../docs/examples/statements/extract.rs",
    statements_check = "../../../docs/examples/statements/check.rs",
    // seasonal adjustment
    seasonal_x11 = "../../../docs/examples/seasonal/x11.rs",
    seasonal_regressors = "../../../docs/examples/seasonal/regressors.rs",
}

#[test]
fn every_example_is_listed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/examples");
    let mut found = Vec::new();
    for concept in std::fs::read_dir(&root).expect("docs/examples") {
        let concept = concept.unwrap().path();
        let hidden = concept
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if !concept.is_dir() || hidden {
            continue; // ruff.toml, .ruff_cache
        }
        for file in std::fs::read_dir(&concept).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "rs") {
                let c = concept.file_name().unwrap().to_string_lossy();
                let n = file.file_stem().unwrap().to_string_lossy();
                found.push(format!("../../../docs/examples/{c}/{n}.rs"));
            }
        }
    }
    found.sort();
    let mut listed: Vec<String> = LISTED.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        found, listed,
        "docs/examples/*/*.rs and the examples! list differ"
    );
}
