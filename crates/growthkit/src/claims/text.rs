//! Text as code points, with full-width forms read as their ASCII twins
//! (`１２．５％` as `12.5%`) one for one, so that every offset is an offset
//! into the original text.

use super::Lang;

/// The characters of a text, normalised one for one, and the language
/// whose vocabulary is read (`Auto`: both).
pub(crate) struct Chars {
    c: Vec<char>,
    lang: Lang,
    /// Whether each character was written full width.
    wide: Vec<bool>,
}

impl Chars {
    pub(crate) fn new(text: &str) -> Chars {
        Chars::with_lang(text, Lang::Auto)
    }

    pub(crate) fn with_lang(text: &str, lang: Lang) -> Chars {
        Chars {
            lang,
            c: text.chars().map(normalize).collect(),
            wide: text
                .chars()
                .map(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c))
                .collect(),
        }
    }

    pub(crate) fn at(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }

    /// Whether Chinese words and numerals are read.
    pub(crate) fn reads_zh(&self) -> bool {
        self.lang != Lang::En
    }

    /// Whether `word` belongs to the vocabulary read: with `Lang::En` no
    /// Chinese word, with `Lang::Zh` no English one.
    fn in_vocabulary(&self, word: &str) -> bool {
        let cjk = word.chars().any(|c| c > '\u{2E7F}');
        let latin = word.chars().any(|c| c.is_ascii_alphabetic());
        match self.lang {
            Lang::En => !cjk,
            Lang::Zh => !latin,
            _ => true,
        }
    }

    /// Whether the character at `i` was written full width (`５`, `，`).
    pub(crate) fn wide(&self, i: usize) -> bool {
        self.wide.get(i).copied().unwrap_or(false)
    }

    pub(crate) fn len(&self) -> usize {
        self.c.len()
    }

    /// The characters `start..end` as a string (clamped to the text).
    pub(crate) fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.c.len());
        self.c
            .get(start.min(end)..end)
            .map_or_else(String::new, |s| s.iter().collect())
    }

    /// Whether the text at `i` starts with `word` (ASCII case ignored).
    pub(crate) fn starts_with(&self, i: usize, word: &str) -> bool {
        let mut k = i;
        for w in word.chars() {
            match self.at(k) {
                Some(c) if c.eq_ignore_ascii_case(&w) => k += 1,
                _ => return false,
            }
        }
        true
    }

    /// Whether an English word ends at `i` (no letter at `i`).
    pub(crate) fn word_end(&self, i: usize) -> bool {
        !self.at(i).is_some_and(|c| c.is_ascii_alphabetic())
    }

    /// Whether an English word may start at `i` (no letter before it).
    pub(crate) fn word_start(&self, i: usize) -> bool {
        !i.checked_sub(1)
            .and_then(|k| self.at(k))
            .is_some_and(|c| c.is_ascii_alphabetic())
    }

    /// The length of `word` at `i` if it is there as a whole word (for
    /// English; Chinese words need no boundary).
    pub(crate) fn word_at(&self, i: usize, word: &str) -> Option<usize> {
        if !self.in_vocabulary(word) {
            return None;
        }
        let n = word.chars().count();
        let ascii = word.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        let last_alpha = word.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
        let bounded = !ascii || (self.word_start(i) && (!last_alpha || self.word_end(i + n)));
        (self.starts_with(i, word) && bounded).then_some(n)
    }

    /// The longest of `words` at `i`, with its length.
    pub(crate) fn longest_at<'w>(&self, i: usize, words: &[&'w str]) -> Option<(&'w str, usize)> {
        words
            .iter()
            .filter_map(|w| self.word_at(i, w).map(|n| (*w, n)))
            .max_by_key(|(_, n)| *n)
    }

    /// The first position in `from..to` where one of `words` stands.
    pub(crate) fn find(&self, from: usize, to: usize, words: &[&str]) -> Option<(usize, usize)> {
        (from..to.min(self.len())).find_map(|i| self.longest_at(i, words).map(|(_, n)| (i, n)))
    }

    /// The last position in `from..to` where one of `words` stands.
    pub(crate) fn rfind(&self, from: usize, to: usize, words: &[&str]) -> Option<(usize, usize)> {
        (from..to.min(self.len()))
            .rev()
            .find_map(|i| self.longest_at(i, words).map(|(_, n)| (i, n)))
    }
}

/// Full-width digits, signs and punctuation as ASCII; 。 stays (it ends a
/// sentence as `.` would not).
fn normalize(c: char) -> char {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFF10 + 0x30).unwrap_or(c)
        }
        '．' => '.',
        '％' => '%',
        '－' | '—' | '–' | '～' | '~' => '-',
        '＋' => '+',
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '；' => ';',
        '！' => '!',
        '？' => '?',
        '\u{3000}' | '\u{a0}' => ' ',
        '’' => '\'',
        _ => c,
    }
}
