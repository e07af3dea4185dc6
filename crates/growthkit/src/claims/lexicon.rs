//! A lexicon: words with values in a trie over their characters (ASCII
//! lowercased), so that the longest word at a position costs the length of
//! the match, however many words share its first letters (vocab.txt's
//! composed phrases run to thousands).

use super::Lang;
use super::text::Chars;

/// What a word's end records: its value and what its match must respect.
#[derive(Clone, Copy)]
struct End<V> {
    value: V,
    /// An English word: whole words only.
    ascii_first: bool,
    last_alpha: bool,
    cjk: bool,
    latin: bool,
}

struct Node<V> {
    /// The children, sorted by character.
    next: Vec<(char, u32)>,
    end: Option<End<V>>,
}

/// Words with a value; the longest at a position wins, the later of two
/// equal words.
pub(crate) struct Lexicon<V: 'static> {
    nodes: Vec<Node<V>>,
}

impl<V: Copy + 'static> Lexicon<V> {
    pub(crate) fn new(words: Vec<(&'static str, V)>) -> Lexicon<V> {
        let mut lex = Lexicon {
            nodes: vec![Node {
                next: Vec::new(),
                end: None,
            }],
        };
        for (w, v) in words {
            lex.insert(w, v);
        }
        lex
    }

    fn insert(&mut self, word: &str, value: V) {
        let mut at = 0usize;
        for ch in word.chars().map(|c| c.to_ascii_lowercase()) {
            let slot = self
                .nodes
                .get(at)
                .map(|n| n.next.binary_search_by_key(&ch, |(c, _)| *c));
            at = match slot {
                Some(Ok(i)) => self
                    .nodes
                    .get(at)
                    .and_then(|n| n.next.get(i))
                    .map_or(0, |x| x.1 as usize),
                Some(Err(i)) => {
                    let k = self.nodes.len();
                    self.nodes.push(Node {
                        next: Vec::new(),
                        end: None,
                    });
                    if let Some(n) = self.nodes.get_mut(at) {
                        n.next.insert(i, (ch, k as u32));
                    }
                    k
                }
                None => return,
            };
        }
        if at == 0 {
            return;
        }
        let end = End {
            value,
            ascii_first: word.chars().next().is_some_and(|c| c.is_ascii_alphabetic()),
            last_alpha: word.chars().last().is_some_and(|c| c.is_ascii_alphabetic()),
            cjk: word.chars().any(|c| c > '\u{2E7F}'),
            latin: word.chars().any(|c| c.is_ascii_alphabetic()),
        };
        if let Some(n) = self.nodes.get_mut(at) {
            n.end = Some(end);
        }
    }

    /// The longest word at `i`, with its value and length.
    pub(crate) fn at(&self, c: &Chars, i: usize) -> Option<(V, usize)> {
        let (mut node, mut k, mut best) = (self.nodes.first()?, i, None);
        while let Some(ch) = c.at(k) {
            let ch = ch.to_ascii_lowercase();
            let Ok(slot) = node.next.binary_search_by_key(&ch, |(x, _)| *x) else {
                break;
            };
            let Some(&(_, next)) = node.next.get(slot) else {
                break;
            };
            node = self.nodes.get(next as usize)?;
            k += 1;
            if let Some(e) = node.end
                && fits(c, &e, i, k)
            {
                best = Some((e.value, k - i));
            }
        }
        best
    }

    /// Whether one of the words stands at `i`.
    pub(crate) fn has(&self, c: &Chars, i: usize) -> bool {
        self.at(c, i).is_some()
    }

    /// The first word in `from..to`: (start, value, length).
    pub(crate) fn find(&self, c: &Chars, from: usize, to: usize) -> Option<(usize, V, usize)> {
        (from..to.min(c.len())).find_map(|i| self.at(c, i).map(|(v, n)| (i, v, n)))
    }

    /// The last word in `from..to`: (start, value, length).
    pub(crate) fn rfind(&self, c: &Chars, from: usize, to: usize) -> Option<(usize, V, usize)> {
        (from..to.min(c.len()))
            .rev()
            .find_map(|i| self.at(c, i).map(|(v, n)| (i, v, n)))
    }
}

/// Whether a word ending at `k` may be read there: in the text's
/// vocabulary (no Chinese word in English, no English one in Chinese), and
/// an English word whole.
fn fits<V>(c: &Chars, e: &End<V>, i: usize, k: usize) -> bool {
    let vocabulary = match c.lang() {
        Lang::En => !e.cjk,
        Lang::Zh => !e.latin,
        _ => true,
    };
    vocabulary && (!e.ascii_first || (c.word_start(i) && (!e.last_alpha || c.word_end(k))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_whole_word() {
        let lex = Lexicon::new(vec![("up", 1), ("up to", 2), ("同比", 3), ("同比增长", 4)]);
        let c = Chars::new("Up to 5%, cup 同比增长");
        assert_eq!(lex.at(&c, 0), Some((2, 5)));
        assert_eq!(lex.at(&c, 11), None); // "cup": not a whole word
        assert_eq!(lex.at(&c, 14), Some((4, 4)));
        assert_eq!(lex.find(&c, 1, 20), Some((14, 4, 4)));
    }
}
