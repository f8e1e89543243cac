//! Word tokens with byte offsets, the unit every enrichment rule works on.

/// A word of the text: letters and digits, with inner hyphens and apostrophes ("Song-nam",
/// "Nuku'alofa"), dotted abbreviations and initials ("U.S.", "S.", "Jr."). A possessive "'s" is not
/// part of the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// First character is upper case.
    pub cap: bool,
    /// Opens a sentence or paragraph (capitalisation says less there).
    pub sentence_start: bool,
    /// Only spaces separate it from the previous token (no comma, bracket or sentence break).
    pub joined_to_prev: bool,
    /// Followed by a possessive "'s" ("Tonga's", "People's").
    pub possessive: bool,
    /// What the word alone can mean, filled in by the enricher (empty for most words).
    pub senses: &'static [super::lexicon::Sense],
    /// Can be part of a person's name, filled in by the enricher.
    pub name_word: bool,
    /// A capitalised word that starts no name (lexicon stopword), filled in by the enricher.
    pub stopword: bool,
    /// A capitalised word some title starts with ("Foreign"), filled in by the enricher.
    pub opens_title: bool,
}

use crate::pipeline::ascii_lanes::alnum_run_end;

const ABBREVIATIONS: &[&str] = &[
    "Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof",
    "Maj", "Adm", "Capt", "Sgt", "Mt", "Ft", "No", "Co", "Corp", "Inc", "Ltd",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // The character at a byte offset and its length; ASCII (most of the text) without decoding.
    let char_at = |pos: usize| -> (char, usize) {
        if bytes[pos] < 0x80 {
            (char::from(bytes[pos]), 1)
        } else {
            let c = text[pos..].chars().next().expect("on a char boundary");
            (c, c.len_utf8())
        }
    };
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut gap_start = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 && !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let (c, len) = char_at(i);
        if !is_word_char(c) {
            i += len;
            continue;
        }
        let start = i;
        let mut pos = i + len;
        let mut end = pos;
        while pos < bytes.len() {
            // Plain ASCII letters and digits, most of any word, need no decoding.
            let run_end = alnum_run_end(bytes, pos);
            if run_end > pos {
                pos = run_end;
                end = pos;
                if pos == bytes.len() {
                    break;
                }
            }
            let (ch, l) = char_at(pos);
            if is_word_char(ch) {
                pos += l;
                end = pos;
                continue;
            }
            // Only these can join, extend or end a word in a special way; a space (most often)
            // just ends it.
            if !matches!(ch, '-' | '\'' | '\u{2019}' | '.') {
                break;
            }
            let next = (pos + l < bytes.len()).then(|| char_at(pos + l).0);
            // "Korea-China" is two words; "Song-nam" and "Kenya-led" are one.
            // An Arabic article before a capital stays on it ("Al-Shaibani", "El-Sisi").
            let splits_words = ch == '-'
                && next.is_some_and(char::is_uppercase)
                && text[start..pos].starts_with(char::is_uppercase)
                && !matches!(&text[start..pos], "Al" | "El");
            let inner = !splits_words
                && matches!(ch, '-' | '\'' | '\u{2019}')
                && next.is_some_and(is_word_char);
            if inner {
                // "'s" closing a word is a possessive, not part of the name.
                let rest = &text[pos + l..];
                let possessive = matches!(ch, '\'' | '\u{2019}')
                    && rest.starts_with('s')
                    && !rest[1..].starts_with(is_word_char);
                if possessive {
                    break;
                }
                pos += l;
                continue;
            }
            if ch == '.' {
                let word = &text[start..pos];
                let single_capital =
                    word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
                let dotted = word.contains('.') || single_capital;
                if next.is_some_and(|n| n.is_uppercase()) && single_capital {
                    // "D.N." continues
                    pos += 1;
                    end = pos;
                    continue;
                }
                if dotted || ABBREVIATIONS.contains(&word) {
                    end = pos + 1;
                }
            }
            break;
        }
        let gap = &text[gap_start..start];
        // One space, the usual gap, neither opens a sentence nor separates a name's words.
        let one_space = gap == " " && !tokens.is_empty();
        let sentence_start = !one_space
            && (tokens.is_empty()
                || gap.as_bytes().contains(&b'\n')
                || gap.trim_end().ends_with(['.', '!', '?', ':', '"', ';'])
                    && !tokens.last().is_some_and(|t| {
                        t.text.ends_with('.') && t.text.len() <= 4 && gap.trim().is_empty()
                    }));
        let joined_to_prev = one_space
            || !tokens.is_empty()
                && (gap == "-" || !gap.is_empty() && gap.bytes().all(|b| b == b' '));
        let text_tok = &text[start..end];
        tokens.push(Token {
            text: text_tok,
            start,
            end,
            cap: match bytes[start] {
                b if b < 0x80 => b.is_ascii_uppercase(),
                _ => text_tok.starts_with(char::is_uppercase),
            },
            sentence_start,
            joined_to_prev,
            possessive: false,
            senses: &[],
            name_word: false,
            stopword: false,
            opens_title: false,
        });
        // Skip a possessive suffix; a possessive ends a name ("the North's Korean Central ...").
        i = end;
        if let Some(rest) = text
            .get(end..)
            .filter(|r| r.starts_with(['\'', '\u{2019}']))
        {
            for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
                if rest.starts_with(suffix) && !rest[suffix.len()..].starts_with(is_word_char) {
                    i = end + suffix.len();
                    if let Some(last) = tokens.last_mut() {
                        last.possessive = suffix.ends_with('s');
                    }
                    break;
                }
            }
        }
        gap_start = i;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn names_abbreviations_and_possessives() {
        assert_eq!(
            texts("Kim Song-nam met U.S. officials."),
            ["Kim", "Song-nam", "met", "U.S.", "officials"]
        );
        assert_eq!(
            texts("Ramaphosa's plan, said Ferdinand Marcos Jr. today"),
            [
                "Ramaphosa",
                "plan",
                "said",
                "Ferdinand",
                "Marcos",
                "Jr.",
                "today"
            ]
        );
        assert_eq!(
            texts("D.N. Dhungyel and S. Jaishankar"),
            ["D.N.", "Dhungyel", "and", "S.", "Jaishankar"]
        );
        assert_eq!(
            texts("Workers' Party in Nuku'alofa"),
            ["Workers", "Party", "in", "Nuku'alofa"]
        );
    }

    #[test]
    fn offsets_and_flags() {
        let t = tokenize("He said. Lima, Peru");
        assert_eq!(&"He said. Lima, Peru"[t[2].start..t[2].end], "Lima");
        assert!(t[0].sentence_start && t[2].sentence_start && !t[1].sentence_start);
        assert!(t[1].joined_to_prev && !t[3].joined_to_prev);
    }

    #[test]
    fn hyphenated_names_and_compounds() {
        assert_eq!(
            texts("North Korea-China ties, Kenya-led force"),
            ["North", "Korea", "China", "ties", "Kenya-led", "force"]
        );
        assert_eq!(
            texts("Al-Shaibani met El-Sisi"),
            ["Al-Shaibani", "met", "El-Sisi"]
        );
        let t = tokenize("the North's Korean agency");
        assert!(t[1].possessive && !t[2].possessive);
        assert!(tokenize("Korea-China")[1].joined_to_prev);
    }
}
