//! Sentences and paragraphs of a text, in code points.

use super::text::Chars;

/// A sentence: its span, the paragraph it is in and where that begins.
pub(super) struct Sentence {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) paragraph: usize,
    pub(super) paragraph_start: usize,
}

pub(super) fn sentences(c: &Chars) -> Vec<Sentence> {
    let mut out = Vec::new();
    let (mut start, mut paragraph, mut paragraph_start) = (0, 0, 0);
    let mut i = 0;
    while i < c.len() {
        let ch = c.at(i).unwrap_or(' ');
        let ends = match ch {
            '。' | '!' | '?' | '\n' => true,
            // A full stop, not a decimal point or an abbreviation's dot.
            // A digit before it ends a sentence unless a digit follows the
            // space ("in 2019. The", not "3. 5").
            '.' => {
                let next = (i + 1..c.len()).find(|&k| !c.at(k).is_some_and(char::is_whitespace));
                let digit_before = i
                    .checked_sub(1)
                    .and_then(|k| c.at(k))
                    .is_some_and(|p| p.is_ascii_digit());
                c.at(i + 1).is_none_or(char::is_whitespace)
                    && (!digit_before
                        || next
                            .and_then(|k| c.at(k))
                            .is_none_or(|n| !n.is_ascii_digit()))
            }
            _ => false,
        };
        if ends {
            while start < i && c.at(start).is_some_and(char::is_whitespace) {
                start += 1;
            }
            if i > start {
                out.push(Sentence {
                    start,
                    end: i,
                    paragraph,
                    paragraph_start,
                });
            }
            if ch == '\n' {
                paragraph += 1;
                paragraph_start = i + 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    while start < c.len() && c.at(start).is_some_and(char::is_whitespace) {
        start += 1;
    }
    if start < c.len() {
        out.push(Sentence {
            start,
            end: c.len(),
            paragraph,
            paragraph_start,
        });
    }
    out
}
