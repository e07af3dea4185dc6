//! Text as code points, with full-width forms read as their ASCII twins
//! (`１２．５％` as `12.5%`) one for one, so that every offset is an offset
//! into the original text.

use super::vocab::vocab;
use super::{Basis, Lang};

/// The characters of a text, normalised one for one, and the language
/// whose vocabulary is read (`Auto`: both).
pub(crate) struct Chars {
    c: Vec<char>,
    /// The characters as written.
    orig: Vec<char>,
    lang: Lang,
    /// Whether each character was written full width.
    wide: Vec<bool>,
    /// The basis phrases of the text, found once on first use.
    bases: std::cell::OnceCell<Vec<(usize, Basis, usize)>>,
}

impl Chars {
    pub(crate) fn new(text: &str) -> Chars {
        Chars::with_lang(text, Lang::Auto)
    }

    pub(crate) fn with_lang(text: &str, lang: Lang) -> Chars {
        Chars {
            lang,
            c: text.chars().map(normalize).collect(),
            orig: text.chars().collect(),
            wide: text
                .chars()
                .map(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c))
                .collect(),
            bases: std::cell::OnceCell::new(),
        }
    }

    /// Every basis phrase of the text by its start: (start, basis, length).
    pub(crate) fn basis_index(&self) -> &[(usize, Basis, usize)] {
        self.bases.get_or_init(|| vocab().basis_phrases(self))
    }

    /// The language whose vocabulary is read.
    pub(crate) fn lang(&self) -> Lang {
        self.lang
    }

    pub(crate) fn at(&self, i: usize) -> Option<char> {
        self.c.get(i).copied()
    }

    /// Whether Chinese words and numerals are read.
    pub(crate) fn reads_zh(&self) -> bool {
        self.lang != Lang::En
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

    /// The characters `start..end` as written (traditional script and
    /// full-width forms kept), for the parts a statement quotes.
    pub(crate) fn written(&self, start: usize, end: usize) -> String {
        let end = end.min(self.orig.len());
        self.orig
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
    /// English; Chinese words need no boundary). One pass over `word`,
    /// stopping at the first character that differs.
    pub(crate) fn word_at(&self, i: usize, word: &str) -> Option<usize> {
        let (mut k, mut cjk, mut latin) = (i, false, false);
        let mut first_alpha = None;
        let mut last_alpha = false;
        for w in word.chars() {
            let c = *self.c.get(k)?;
            if !c.eq_ignore_ascii_case(&w) {
                return None;
            }
            cjk |= w > '\u{2E7F}';
            latin |= w.is_ascii_alphabetic();
            first_alpha.get_or_insert(w.is_ascii_alphabetic());
            last_alpha = w.is_ascii_alphabetic();
            k += 1;
        }
        let in_vocabulary = match self.lang {
            Lang::En => !cjk,
            Lang::Zh => !latin,
            _ => true,
        };
        let ascii = first_alpha.unwrap_or(false);
        let bounded = !ascii || (self.word_start(i) && (!last_alpha || self.word_end(k)));
        (in_vocabulary && bounded).then_some(k - i)
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

/// Traditional characters of the vocabulary and their simplified forms,
/// one for one and in the same order (sorted by the traditional one).
const TRADITIONAL: &str = "並亞佈佔來俱倆倉個們値傢傭傳債僅僑僱價儀億儲內兩則創劃劇動務勞勢匯區參叄員啟國園圓團報場壓娛學實寫將專對導層屬崗師幣幾廠廢廣廳彈後從態慶戰戶揚損擊據擬擴數於時書會東條棄業構樂標橋機檔檢權歐歲歷歸氣決況淨減測準溫漁漲漸潔潤濕濟灣災為無煉煙熱營爲獲獻現環甚產畫當療發監盤眾礙礦禮稅種穀積穩節築糧紀約級紡結絡統經綜綠維網線緩縣縮總織續義職腦臺與興舉艙華萬蕭藝藥處號虧蝦衆術衛衝裝製規視覽觀訂計訊記設話誌調證議護讀變豬負財貢貨貳買貸費貿資賓賣質賬購車軍軟較輕輛輸轉辦農這週進遊運達遞遠選邊郵鄉醫銀銷鋼錄錶鎮鐵長門開間關陣陸隊際隨險雞離雲電韓項順預頭額類顯風颱飛飯飲飼養餘館驗體鬆魚鮮鴨麼麽黃點黨齊齡";
const SIMPLIFIED: &str = "并亚布占来具俩仓个们值家佣传债仅侨雇价仪亿储内两则创划剧动务劳势汇区叁叁员启国园圆团报场压娱学实写将专对导层属岗师币几厂废广厅弹后从态庆战户扬损击据拟扩数于时书会东条弃业构乐标桥机档检权欧岁历归气决况净减测准温渔涨渐洁润湿济湾灾为无炼烟热营为获献现环什产画当疗发监盘众碍矿礼税种谷积稳节筑粮纪约级纺结络统经综绿维网线缓县缩总织续义职脑台与兴举舱华万萧艺药处号亏虾众术卫冲装制规视览观订计讯记设话志调证议护读变猪负财贡货贰买贷费贸资宾卖质账购车军软较轻辆输转办农这周进游运达递远选边邮乡医银销钢录表镇铁长门开间关阵陆队际随险鸡离云电韩项顺预头额类显风台飞饭饮饲养余馆验体松鱼鲜鸭么么黄点党齐龄";

/// The simplified form of a traditional character, when it is one the
/// vocabulary needs (so 同比增長 reads as 同比增长, 億元 as 亿元).
fn simplified(c: char) -> Option<char> {
    use std::sync::OnceLock;
    static MAP: OnceLock<std::collections::HashMap<char, char>> = OnceLock::new();
    MAP.get_or_init(|| TRADITIONAL.chars().zip(SIMPLIFIED.chars()).collect())
        .get(&c)
        .copied()
}

/// Full-width digits, signs and punctuation as ASCII, traditional
/// characters as simplified; 。 stays (it ends a sentence as `.` would not).
fn normalize(c: char) -> char {
    if c > '\u{2E7F}'
        && let Some(s) = simplified(c)
    {
        return s;
    }
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
            char::from_u32(c as u32 - 0xFF10 + 0x30).unwrap_or(c)
        }
        '．' | '﹒' => '.',
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
