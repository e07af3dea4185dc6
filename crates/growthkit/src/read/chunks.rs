//! A large table read in parts, one a core: its rows cut at line ends that
//! no quoted field spans, each part read on its own thread.

/// Parts of at least this many bytes are worth a thread.
pub(crate) const MIN_PART: usize = 4 << 20;

/// `rows` (whose first line is line `first_line` of the file) cut into one
/// part a core, each cut at a line end outside quotes; each part with the
/// number of its first line. One part for small inputs, and on targets
/// without threads.
pub(crate) fn split_rows(rows: &str, first_line: usize) -> Vec<(&str, usize)> {
    let parts = cores().min(rows.len() / MIN_PART).max(1);
    let mut out = Vec::with_capacity(parts);
    let (mut from, mut line, mut quotes) = (0, first_line, 0usize);
    for k in 1..parts {
        let Some(cut) = cut_after(rows, from, rows.len() * k / parts, &mut quotes) else {
            break;
        };
        let part = rows.get(from..cut).unwrap_or("");
        out.push((part, line));
        line += memchr::memchr_iter(b'\n', part.as_bytes()).count();
        from = cut;
    }
    out.push((rows.get(from..).unwrap_or(""), line));
    out
}

/// The byte after the first line end at or after `at` with an even number
/// of quotes before it (`quotes` counts those from `from` on, and is kept
/// for the next cut); `None` when there is none.
fn cut_after(rows: &str, from: usize, at: usize, quotes: &mut usize) -> Option<usize> {
    let bytes = rows.as_bytes();
    *quotes += memchr::memchr_iter(b'"', bytes.get(from..at)?).count();
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' => *quotes += 1,
            b'\n' if quotes.is_multiple_of(2) => return Some(i + 1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The cores to read on (at most 8); one without threads.
fn cores() -> usize {
    #[cfg(not(target_family = "wasm"))]
    return std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    #[cfg(target_family = "wasm")]
    return 1;
}

/// `read` of every part, on a thread each (the first on this one), in order.
pub(crate) fn on_cores<'t, R: Send>(
    parts: Vec<(&'t str, usize)>,
    read: impl Fn((&'t str, usize)) -> R + Sync,
) -> Vec<R> {
    if parts.len() < 2 {
        return parts.into_iter().map(read).collect();
    }
    std::thread::scope(|scope| {
        let read = &read;
        let mut parts = parts.into_iter();
        let first = parts.next();
        let handles: Vec<_> = parts.map(|p| scope.spawn(move || read(p))).collect();
        let mut out: Vec<R> = first.into_iter().map(read).collect();
        for h in handles {
            match h.join() {
                Ok(r) => out.push(r),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_fall_at_line_ends_outside_quotes() {
        let mut quotes = 0;
        let rows = "a,\"x\ny\"\nb,2\nc,3\n";
        // From byte 3 (inside the quoted field) the first free line end is after `y"`.
        assert_eq!(cut_after(rows, 0, 3, &mut quotes), Some(8));
        let mut quotes = 0;
        assert_eq!(cut_after(rows, 0, 9, &mut quotes), Some(12));
        assert_eq!(cut_after("abc", 0, 1, &mut 0), None);
    }

    #[test]
    fn small_inputs_are_one_part() {
        assert_eq!(split_rows("a\nb\n", 2), vec![("a\nb\n", 2)]);
    }
}
