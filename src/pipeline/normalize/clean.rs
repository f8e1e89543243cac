//! Character-level cleanup shared by every payload format: entity decoding, tag stripping,
//! Unicode folding and whitespace collapsing.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Folds the typographic variants wire copy is full of to one plain form, then applies NFC.
/// ASCII input (most of it) is returned borrowed without a second pass.
pub fn fold_unicode(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => {
                out.push('-')
            }
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' => out.push(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\u{2026}' => out.push_str("..."),
            _ => out.push(c),
        }
    }
    if is_nfc_quick(out.chars()) == IsNormalized::Yes {
        Cow::Owned(out)
    } else {
        Cow::Owned(out.nfc().collect())
    }
}

/// Decodes HTML character references (`&amp;`, `&#8217;`, `&nbsp;`).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    html_escape::decode_html_entities(s)
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "figure",
    "figcaption",
    "hr",
];
const SKIPPED_TAGS: &[&str] = &["script", "style", "noscript"];

/// Removes HTML tags. Block-level tags become paragraph breaks so paragraphs survive; the contents
/// of script and style elements are dropped. Text that merely contains `<` (e.g. "x < y") is kept.
pub fn strip_tags(s: &str) -> Cow<'_, str> {
    if !s.contains('<') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let mut skipping: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        let (before, tail) = rest.split_at(lt);
        if skipping.is_none() {
            out.push_str(before);
        }
        let Some(tag) = parse_tag(tail) else {
            if skipping.is_none() {
                out.push('<');
            }
            rest = &tail[1..];
            continue;
        };
        let name = tag.name.to_ascii_lowercase();
        if let Some(skip) = skipping {
            if tag.closing && name == skip {
                skipping = None;
            }
        } else if !tag.closing && SKIPPED_TAGS.contains(&name.as_str()) {
            skipping = SKIPPED_TAGS.iter().copied().find(|t| *t == name);
        } else if BLOCK_TAGS.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
        rest = &tail[tag.len..];
    }
    if skipping.is_none() {
        out.push_str(rest);
    }
    Cow::Owned(out)
}

struct Tag<'a> {
    name: &'a str,
    closing: bool,
    len: usize,
}

/// Recognises `<name ...>`, `</name>`, `<!-- ... -->` and `<!DOCTYPE ...>` at the start of `s`.
fn parse_tag(s: &str) -> Option<Tag<'_>> {
    if let Some(body) = s.strip_prefix("<!--") {
        let end = body.find("-->")?;
        return Some(Tag {
            name: "!--",
            closing: false,
            len: 4 + end + 3,
        });
    }
    let inner = &s[1..];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '!' || c == '-' || c == ':'))
        .unwrap_or(inner.len());
    let name = &inner[..name_len];
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '!') {
        return None;
    }
    let after = &inner[name_len..];
    if !(after.starts_with(['>', ' ', '/', '\t', '\n', '\r'])) {
        return None;
    }
    let close = after.find('>')?;
    // A '<' before the '>' means this was not a tag but stray text.
    if after[..close].contains('<') {
        return None;
    }
    Some(Tag {
        name,
        closing,
        len: 1 + usize::from(closing) + name_len + close + 1,
    })
}

/// Collapses runs of whitespace to single spaces and trims the ends.
pub fn collapse_whitespace(s: &str) -> String {
    if s.is_ascii() {
        return collapse_ascii_whitespace(s);
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The byte-wise version of [`collapse_whitespace`] for ASCII text, the common case. Text is
/// mostly words separated by single spaces, so clean stretches are copied whole and only runs
/// that need rewriting (newlines, tabs, double spaces) are touched.
fn collapse_ascii_whitespace(s: &str) -> String {
    let b = s.trim_ascii().as_bytes();
    // Most paragraphs need nothing: no line breaks, tabs, form feeds or double spaces.
    if !has_odd_whitespace(b) {
        return s.trim_ascii().to_owned();
    }
    let text = s.trim_ascii();
    let mut out = String::with_capacity(b.len());
    let mut clean_from = 0;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if !(j == i + 1 && b[i] == b' ') {
            out.push_str(&text[clean_from..i]);
            out.push(' ');
            clean_from = j;
        }
        i = j;
    }
    out.push_str(&text[clean_from..]);
    out
}

/// Whether ASCII text holds a control character (tabs and line breaks among them) or two spaces
/// in a row. Blocks are folded without branching, which the compiler turns into vector code: one
/// pass instead of a memchr pass per kind of character.
fn has_odd_whitespace(b: &[u8]) -> bool {
    let mut start = 0;
    while start < b.len() {
        let end = (start + 64).min(b.len());
        let block = &b[start..end];
        // Each byte with the one after it (the block's last with the next block's first).
        let next = &b[start + 1..(end + 1).min(b.len())];
        let control = block.iter().fold(false, |hit, &x| hit | (x < 0x20));
        let doubled = block
            .iter()
            .zip(next)
            .fold(false, |hit, (&x, &y)| hit | ((x == b' ') & (y == b' ')));
        if control | doubled {
            return true;
        }
        start = end;
    }
    false
}

/// Full text cleanup: entities, tags, Unicode folding; paragraphs (blank-line separated, or one per
/// line when `lines_are_paragraphs`) come back whitespace-collapsed with empty ones dropped.
pub fn clean_paragraphs(s: &str, lines_are_paragraphs: bool) -> Vec<String> {
    let stripped = strip_tags(s);
    let decoded = decode_entities(&stripped);
    let folded = fold_unicode(&decoded);
    // A lone '\r' is whitespace to collapse_whitespace, so "\r\n" needs no rewrite.
    let blocks: Vec<&str> = if lines_are_paragraphs {
        folded.split('\n').collect()
    } else {
        folded.split("\n\n").collect()
    };
    blocks
        .into_iter()
        .map(collapse_whitespace)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Cleans a single-line field (title, byline).
pub fn clean_line(s: &str) -> String {
    collapse_whitespace(&fold_unicode(&decode_entities(&strip_tags(s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typography_and_invisible_characters() {
        let s = "\u{201C}It\u{2019}s\u{00A0}done\u{201D} \u{2014} he\u{200B} said";
        assert_eq!(fold_unicode(s), "\"It's done\" - he said");
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(fold_unicode("Sa\u{0301}nchez"), "Sánchez");
    }

    #[test]
    fn strips_tags_but_keeps_paragraphs_and_comparisons() {
        let html = "<p>One &amp; two</p><p>x < y and <b>bold</b></p><script>var a = 1;</script>";
        assert_eq!(
            clean_paragraphs(html, false),
            vec!["One & two".to_owned(), "x < y and bold".to_owned()]
        );
    }

    #[test]
    fn collapses_ascii_and_unicode_whitespace_alike() {
        assert_eq!(collapse_whitespace("  a \t b\r\n c  "), "a b c");
        assert_eq!(collapse_whitespace(" \u{3000}é  \u{2028} ü "), "é ü");
    }

    #[test]
    fn odd_whitespace_is_found_at_every_position() {
        for len in 1..40 {
            let plain: String = (0..len)
                .map(|i| if i % 4 == 3 { ' ' } else { 'x' })
                .collect();
            assert!(!has_odd_whitespace(plain.as_bytes()), "{plain:?}");
            for at in 0..len {
                for odd in ["\t", "\n", "\r", "\x0c", "\x01"] {
                    let mut t = plain.clone();
                    t.replace_range(at..at + 1, odd);
                    assert!(has_odd_whitespace(t.as_bytes()), "{t:?}");
                }
                if at + 1 < len {
                    let mut t = plain.clone();
                    t.replace_range(at..at + 2, "  ");
                    assert!(has_odd_whitespace(t.as_bytes()), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn unterminated_tag_is_text() {
        assert_eq!(strip_tags("a <b"), "a <b");
    }
}
