//! The API manifest (`api-manifest.json` at the repository root) against
//! what the crate exports: every public function, method and constant of
//! the types `lib.rs` re-exports, and of the public modules, read from the
//! source with `syn`. Nothing missing from the manifest, nothing listed
//! that the crate does not have.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use syn::{ImplItem, Item, Type, UseTree, Visibility};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn is_pub(v: &Visibility) -> bool {
    matches!(v, Visibility::Public(_))
}

/// The names a `pub use` brings in (the last segment of each path).
fn use_names(tree: &UseTree, out: &mut Vec<String>) {
    match tree {
        UseTree::Path(p) => use_names(&p.tree, out),
        UseTree::Name(n) => out.push(n.ident.to_string()),
        UseTree::Rename(r) => out.push(r.rename.to_string()),
        UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, out)),
        UseTree::Glob(_) => panic!("no glob re-exports in lib.rs"),
    }
}

fn parse(path: &Path) -> syn::File {
    syn::parse_file(&std::fs::read_to_string(path).expect("source")).expect("parses")
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// What the crate exports, as `Name`, `Type::method`, `module::function`.
fn exported() -> BTreeSet<String> {
    let lib = parse(&src().join("lib.rs"));
    let (mut names, mut modules): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for item in &lib.items {
        match item {
            Item::Use(u) if is_pub(&u.vis) => use_names(&u.tree, &mut names),
            Item::Mod(m) if is_pub(&m.vis) => modules.push(m.ident.to_string()),
            _ => {}
        }
    }
    let mut out: BTreeSet<String> = names.iter().cloned().collect();
    // Types re-exported by the public modules have their methods listed too.
    for m in &modules {
        let top = [src().join(format!("{m}.rs")), src().join(m).join("mod.rs")];
        for f in top.iter().filter(|f| f.exists()) {
            for item in parse(f).items {
                match item {
                    Item::Use(u) if is_pub(&u.vis) => use_names(&u.tree, &mut names),
                    // A public type declared in the module itself (kernels::ParsedPeriods).
                    Item::Struct(s) if is_pub(&s.vis) => names.push(s.ident.to_string()),
                    _ => {}
                }
            }
        }
    }
    for file in files(&src()) {
        let module = file
            .strip_prefix(src())
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .unwrap_or_default();
        let top_file = file.parent() == Some(&src()) || file.ends_with("mod.rs");
        for item in parse(&file).items {
            match item {
                Item::Impl(i) if i.trait_.is_none() => {
                    let Type::Path(t) = &*i.self_ty else { continue };
                    let ty = t.path.segments.last().expect("type").ident.to_string();
                    if !names.contains(&ty) {
                        continue;
                    }
                    for it in &i.items {
                        match it {
                            ImplItem::Fn(f) if is_pub(&f.vis) => {
                                out.insert(format!("{ty}::{}", f.sig.ident));
                            }
                            ImplItem::Const(c) if is_pub(&c.vis) => {
                                out.insert(format!("{ty}::{}", c.ident));
                            }
                            // A method written by a macro (`each!(yoy() => …)`):
                            // the first name followed by its parameters.
                            ImplItem::Macro(m) => {
                                if let Some(name) = macro_method(&m.mac.tokens) {
                                    out.insert(format!("{ty}::{name}"));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                Item::Fn(f) if is_pub(&f.vis) && modules.contains(&module) && top_file => {
                    out.insert(format!("{module}::{}", f.sig.ident));
                }
                Item::Use(u) if is_pub(&u.vis) && modules.contains(&module) && top_file => {
                    let mut names = Vec::new();
                    use_names(&u.tree, &mut names);
                    out.extend(names.into_iter().map(|n| format!("{module}::{n}")));
                }
                Item::Const(c) if is_pub(&c.vis) && modules.contains(&module) => {
                    out.insert(format!("{module}::{}", c.ident));
                }
                Item::Trait(t) if is_pub(&t.vis) && modules.contains(&module) && top_file => {
                    out.insert(format!("{module}::{}", t.ident));
                }
                Item::Struct(s) if is_pub(&s.vis) && modules.contains(&module) && top_file => {
                    out.insert(format!("{module}::{}", s.ident));
                }
                _ => {}
            }
        }
    }
    out
}

/// The method name in a macro's tokens: the first identifier followed by a
/// parenthesised group.
fn macro_method(tokens: &proc_macro2::TokenStream) -> Option<String> {
    use proc_macro2::{Delimiter, TokenTree};
    let list: Vec<TokenTree> = tokens.clone().into_iter().collect();
    list.windows(2).find_map(|w| match (&w[0], &w[1]) {
        (TokenTree::Ident(i), TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
            Some(i.to_string())
        }
        _ => None,
    })
}

/// The Rust names the manifest lists.
fn listed() -> BTreeSet<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../api-manifest.json");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("api-manifest.json"))
            .expect("json");
    doc["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|i| i["rust"].as_str().map(String::from))
        .collect()
}

#[test]
fn the_manifest_lists_exactly_what_the_crate_exports() {
    let (have, listed) = (exported(), listed());
    let missing: Vec<_> = have.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&have).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "exported but not in api-manifest.json: {missing:?}\nlisted but not exported: {extra:?}"
    );
}

#[test]
#[ignore = "prints the exported names, for editing the manifest"]
fn print_exports() {
    for name in exported() {
        println!("{name}");
    }
}
