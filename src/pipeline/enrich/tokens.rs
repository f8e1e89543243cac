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
    /// A capitalised word some lexicon phrase starts with ("North"), filled in by the enricher.
    pub opens_phrase: bool,
}

use crate::pipeline::ascii_lanes::WordRuns;

const ABBREVIATIONS: &[&str] = &[
    "Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof",
    "Maj", "Adm", "Capt", "Sgt", "Mt", "Ft", "No", "Co", "Corp", "Inc", "Ltd", "Bros",
];

/// Words that, hyphenated to a capitalised one, say where something is or comes from, or who
/// stands behind it: the place is a word of its own ("Karlsruhe-based court", "Lagos-born singer",
/// "Rwanda-backed rebels").
const PLACE_SUFFIXES: &[&str] = &[
    "based",
    "born",
    "headquartered",
    "registered",
    "listed",
    "backed",
    "led",
    "owned",
    "funded",
    "controlled",
    "run",
    "allied",
    "made",
    "brokered",
    "bound",
    "linked",
    "affiliated",
    "aligned",
    "inspired",
];

/// Capitals each followed by a dot but the last ("D", "T.R"): a person's initials so far.
pub fn initials(word: &str) -> bool {
    word.split('.')
        .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte offset `pos` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, pos: usize) -> (char, usize) {
    let b = text.as_bytes()[pos];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[pos..].chars().next().expect("on a char boundary");
        (c, c.len_utf8())
    }
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token<'_>> = Vec::with_capacity(text.len() / 5);
    let mut runs = WordRuns::new(text);
    let mut gap_start = 0;
    while let Some((start, run_end)) = runs.next() {
        // Runs already taken into the word before ("nam" of "Song-nam"), and the "s" of a
        // possessive skipped with it.
        if start < gap_start {
            continue;
        }
        // Most words end at a space or punctuation; only '-', '\'', '’' and '.' can join the
        // next run to this word, extend it, or (the apostrophes) open a possessive after it.
        let (end, possessive, after) = match bytes.get(run_end) {
            Some(b'-' | b'\'' | b'.' | 0xE2) => marked_word(text, start, run_end, runs),
            _ => (run_end, false, run_end),
        };
        // One space, the usual gap, neither opens a sentence nor separates a name's words.
        let (sentence_start, joined_to_prev) =
            if !tokens.is_empty() && start == gap_start + 1 && bytes[gap_start] == b' ' {
                (false, true)
            } else {
                gap_flags(&text[gap_start..start], tokens.last())
            };
        debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        // SAFETY: `start` opens a run of whole alphanumeric characters, and `end` closes one or
        // follows an ASCII dot (`word_end`), so both are char boundaries of `text`, and
        // `start < end <= text.len()`. Slicing with checks tested both boundaries of every
        // word again, an eighth of the tokenizer's instructions.
        let text_tok = unsafe { text.get_unchecked(start..end) };
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
            possessive,
            senses: &[],
            name_word: false,
            stopword: false,
            opens_title: false,
            opens_phrase: false,
        });
        gap_start = after;
    }
    tokens
}

/// A word whose run is followed by a mark: where it ends, whether a possessive follows it, and
/// where the gap after it (and its possessive) starts. Given a copy of the runs to look ahead
/// with, and kept out of line, it leaves the loop over plain words its registers.
#[inline(never)]
fn marked_word(
    text: &str,
    start: usize,
    run_end: usize,
    runs: WordRuns<'_>,
) -> (usize, bool, usize) {
    let end = word_end(text, start, run_end, runs);
    let (after, possessive) = possessive_suffix(text, start, end);
    (end, possessive, after)
}

/// Where a word whose run is followed by a mark ends: the mark may join the next run to it
/// ("Song-nam", "Nuku'alofa", "D.N."), or a dot may belong to it ("U.S.", "Jr.").
fn word_end(text: &str, start: usize, run_end: usize, runs: WordRuns<'_>) -> usize {
    let mut runs = runs.peekable();
    let bytes = text.as_bytes();
    let mut pos = run_end;
    let mut end = pos;
    while let Some(&b) = bytes.get(pos) {
        let ch = match b {
            b'-' | b'\'' | b'.' => char::from(b),
            0x80.. => char_at(text, pos).0,
            _ => break,
        };
        if !matches!(ch, '-' | '\'' | '\u{2019}' | '.') {
            break;
        }
        let l = ch.len_utf8();
        let next = (pos + l < bytes.len()).then(|| char_at(text, pos + l).0);
        // "Korea-China" is two words; "Song-nam" and "Kenya-led" are one.
        // An Arabic article before a capital stays on it ("Al-Shaibani", "El-Sisi").
        // "Port-au-Prince", "Aix-en-Provence": a lower-case particle joins the capitals.
        let after_particle = || {
            text[start..pos]
                .rsplit('-')
                .next()
                .is_some_and(|part| part.starts_with(char::is_lowercase))
        };
        let splits_words = ch == '-'
            && text[start..pos].starts_with(char::is_uppercase)
            && (next.is_some_and(char::is_uppercase)
                && !after_particle()
                && !matches!(&text[start..pos], "Al" | "El")
                || runs
                    .peek()
                    .is_some_and(|&(s, e)| s == pos + 1 && PLACE_SUFFIXES.contains(&&text[s..e])));
        let inner = !splits_words
            && matches!(ch, '-' | '\'' | '\u{2019}')
            && next.is_some_and(is_word_char);
        let word = &text[start..pos];
        let single_capital = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
        // "'s" closing a word is a possessive, not part of the name.
        let possessive = inner
            && matches!(ch, '\'' | '\u{2019}')
            && text[pos + l..].starts_with('s')
            && !text[pos + l + 1..].starts_with(is_word_char);
        // "D.N." continues after a single capital's dot, and "T.R.B." past its second.
        let continues = inner && !possessive
            || ch == '.' && next.is_some_and(char::is_uppercase) && initials(word);
        if continues {
            // The next run starts right after the mark, since a word character follows it.
            match runs.next_if(|&(s, _)| s == pos + l) {
                Some((_, e)) => {
                    pos = e;
                    end = e;
                    continue;
                }
                None => break,
            }
        }
        // (Abbreviations are capitalised: most words before a dot end a sentence.)
        let abbreviation =
            || word.starts_with(|c: char| c.is_ascii_uppercase()) && ABBREVIATIONS.contains(&word);
        if ch == '.' && (word.contains('.') || single_capital || abbreviation()) {
            end = pos + 1;
        }
        break;
    }
    end
}

/// Whether a word opens a sentence and whether only spaces join it to the one before, from the
/// gap between them (`last` is the word before, if any).
#[inline(never)]
fn gap_flags(gap: &str, last: Option<&Token<'_>>) -> (bool, bool) {
    let sentence_start = last.is_none()
        || gap.as_bytes().contains(&b'\n')
        || gap.trim_end().ends_with(['.', '!', '?', ':', '"', ';'])
            && !last.is_some_and(|t| {
                t.text.ends_with('.') && t.text.len() <= 4 && gap.trim().is_empty()
            });
    let joined_to_prev =
        last.is_some() && (gap == "-" || !gap.is_empty() && gap.bytes().all(|b| b == b' '));
    (sentence_start, joined_to_prev)
}

/// Past a possessive suffix after the word `start..end`, if one follows, and whether it does; a
/// possessive ends a name ("the North's Korean Central ...").
fn possessive_suffix(text: &str, start: usize, end: usize) -> (usize, bool) {
    let word = &text[start..end];
    let rest = &text[end..];
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if rest.starts_with(suffix) && !rest[suffix.len()..].starts_with(is_word_char) {
            // "the United Arab Emirates' XRG": a bare apostrophe after a plural's "s", before a
            // word, is a possessive too. Not before a body's head: "Korea Professional
            // Golfers' Association" is one name.
            let plural_owner = || {
                word.ends_with('s')
                    && rest[suffix.len()..].strip_prefix(' ').is_some_and(|r| {
                        let next = r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                        !next.is_empty() && !super::rules::ORG_HEADS.contains(next)
                    })
            };
            return (end + suffix.len(), suffix.ends_with('s') || plural_owner());
        }
    }
    (end, false)
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
            texts("North Korea-China ties, Kenya-led force, Kenya-style rules"),
            [
                "North",
                "Korea",
                "China",
                "ties",
                "Kenya",
                "led",
                "force",
                "Kenya-style",
                "rules"
            ]
        );
        assert_eq!(
            texts("Al-Shaibani met El-Sisi"),
            ["Al-Shaibani", "met", "El-Sisi"]
        );
        // Where something is based or born is a place of its own; other compounds stay whole.
        assert_eq!(
            texts("a Karlsruhe-based court, a Lagos-born singer, a well-based claim"),
            [
                "a",
                "Karlsruhe",
                "based",
                "court",
                "a",
                "Lagos",
                "born",
                "singer",
                "a",
                "well-based",
                "claim"
            ]
        );
        let t = tokenize("the North's Korean agency");
        assert!(t[1].possessive && !t[2].possessive);
        assert!(tokenize("Korea-China")[1].joined_to_prev);
    }

    #[test]
    fn curly_possessives_letters_beyond_ascii_and_abbreviations() {
        let t = tokenize("Tonga\u{2019}s king visited Zürich’s Straße with Gen. Ri and Dr Kim.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Tonga", "king", "visited", "Zürich", "Straße", "with", "Gen.", "Ri", "and", "Dr",
                "Kim"
            ]
        );
        assert!(t[0].possessive && t[3].possessive && !t[4].possessive);
        // A dotted abbreviation does not open a sentence; a full stop after a word does.
        assert!(!t[7].sentence_start);
        let t = tokenize("He left. Then Ms. Lee spoke at 9.30 a.m. on the 'quiet' floor");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "He", "left", "Then", "Ms.", "Lee", "spoke", "at", "9", "30", "a", "m", "on",
                "the", "quiet", "floor"
            ]
        );
        assert!(t[2].sentence_start);
    }
}
