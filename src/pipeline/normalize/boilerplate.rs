//! Recognisers for the non-story lines that pages and wire feeds wrap around a story. Each is a
//! rule about the shape of a line, not a list of known strings.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, StartKind};
use memchr::memmem;

use crate::article::RemovedKind;

use super::agencies;

/// Line openings (lower case) that mark promos, trailers and credit lines.
const PROMO_OPENINGS: &[&str] = &[
    "related:",
    "related stories",
    "related articles",
    "also read",
    "read more",
    "read also",
    "read the full",
    "click here",
    "sign up",
    "subscribe",
    "get the latest",
    "follow us",
    "follow our",
    "follow ap",
    "see also",
    "download our",
    "advertisement",
    "watch:",
    "listen:",
];
const TRAILER_OPENINGS: &[&str] = &[
    "copyright",
    "©",
    "(c) ",
    "all rights reserved",
    "(reporting by",
    "reporting by",
    "writing by",
    "editing by",
    "(editing by",
    "editor:",
    "editors:",
    "edited by",
    "compiled by",
    "this story",
    "this article",
    "this report",
    "(this report",
    "(this story",
    "sourced from",
    "only some of the stories",
    "(corrects",
    "corrects ",
    "correction:",
    "clarification:",
];
const TIMESTAMP_OPENINGS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last updated",
    "first published",
];

/// Boilerplate lines are short; a paragraph longer than this is story text, which lets the
/// per-paragraph checks stop after looking at its opening.
const MAX_BOILERPLATE_BYTES: usize = 400;

/// Whether `t` starts with `prefix` (given in lower case), ignoring ASCII case.
fn opens_with(t: &str, prefix: &str) -> bool {
    t.len() >= prefix.len() && t.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn opens_with_any(t: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| opens_with(t, p))
}

/// True when `t` has at most `n` whitespace-separated words, without counting past `n`.
pub fn words_at_most(t: &str, n: usize) -> bool {
    t.split_whitespace().nth(n).is_none()
}

/// Classifies a whole paragraph as boilerplate, or `None` when it is story text.
pub fn classify(line: &str) -> Option<RemovedKind> {
    let t = line.trim();
    if PROMO_OPENERS.opens(t) {
        return Some(RemovedKind::Promo);
    }
    if TRAILER_OPENERS.opens(t) {
        return Some(RemovedKind::Trailer);
    }
    if t.len() > MAX_BOILERPLATE_BYTES {
        return None;
    }
    if TRAILER_PHRASES.is_match(t) || is_email_line(t) {
        return Some(RemovedKind::Trailer);
    }
    // Every remaining kind is a short line: a sentence of story text stops here.
    if !words_at_most(t, 12) {
        return None;
    }
    if agencies::end_marker(t).is_some() || agencies::desk_code(t).is_some() {
        return Some(RemovedKind::Trailer);
    }
    // A line that is only an agency's name ("Yonhap", "Anadolu Agency") credits the source.
    if words_at_most(t, 4) && agencies::canonical(t).is_some() {
        return Some(RemovedKind::Trailer);
    }
    if is_byline(t) || is_byline_and_timestamp(t) {
        return Some(RemovedKind::Byline);
    }
    if is_photo_credit(t) {
        return Some(RemovedKind::Credit);
    }
    if is_timestamp(t) {
        return Some(RemovedKind::Timestamp);
    }
    None
}

/// "By Jane Doe", "By JANE DOE, Associated Press": short lines starting with "By ".
pub fn is_byline(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    !rest.is_empty()
        && words_at_most(rest, 8)
        && !t.ends_with('.')
        && rest.starts_with(|c: char| c.is_uppercase())
}

/// "Jane Doe | 14.05.2031 - Update : 14.05.2031": a name and a timestamp on one line.
fn is_byline_and_timestamp(t: &str) -> bool {
    let parts: Vec<&str> = t
        .split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().any(|p| is_timestamp(p))
        && parts
            .iter()
            .all(|p| is_timestamp(p) || is_byline(p) || is_name_line(p))
}

/// Two to four capitalised words and nothing else ("Ayse Demir").
pub fn is_name_line(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// "(Photo) EFE/Jane Doe", "Photo: Reuters", "AFP/Getty Images": a picture credit on its own line.
fn is_photo_credit(t: &str) -> bool {
    if t.ends_with('.') || !words_at_most(t, 8) {
        return false;
    }
    if opens_with_any(
        t,
        &[
            "(photo)",
            "photo:",
            "photos:",
            "photo credit",
            "(file photo)",
            "file photo:",
        ],
    ) {
        return true;
    }
    // AGENCY/Photographer
    t.split_whitespace().any(|w| {
        w.split_once('/')
            .is_some_and(|(agency, rest)| !rest.is_empty() && agencies::canonical(agency).is_some())
    }) && words_at_most(t, 5)
}

/// "Updated 4:17 PM GMT+3, April 24, 2024", "14.05.2024 - Update : 14.05.2024", "Apr 24, 2024".
pub fn is_timestamp(t: &str) -> bool {
    if !words_at_most(t, 12) {
        return false;
    }
    if opens_with_any(t, TIMESTAMP_OPENINGS) {
        return t.chars().any(|c| c.is_ascii_digit());
    }
    // A line that is only a date and/or time: mostly digits and date words.
    let has_year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let dateish_words = t
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == ':')
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '/' || c == '+')
                || is_date_word(w)
        });
    has_year && dateish_words
}

fn is_date_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "am", "pm", "a.m.", "p.m.", "gmt", "utc", "kst", "ist", "est", "edt", "cet", "cest",
        "update", "updated", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ];
    let lower = w.to_lowercase();
    let lower = lower.trim_end_matches('.');
    WORDS.iter().any(|d| lower.starts_with(d)) && lower.len() <= 9
        || lower.starts_with("gmt")
        || lower.starts_with("utc")
}

fn is_email_line(t: &str) -> bool {
    !t.contains(' ') && t.contains('@') && t.contains('.')
}

/// A photo caption: a descriptive line ending in a bare agency credit ("… March 23. Yonhap",
/// "(AP Photo/Jane Doe)", "Photo: Reuters").
pub fn is_caption(t: &str) -> bool {
    if t.len() > 2 * MAX_BOILERPLATE_BYTES {
        return false;
    }
    if mentions_photo(t) && PHOTO_PHRASES.is_match(t) {
        return true;
    }
    if t.ends_with('.') || words_at_most(t, 5) {
        return false;
    }
    let last = t.rsplit(' ').next().unwrap_or_default();
    // "(Yonhap)", "-- VNA" or "==Kyodo" closing a paragraph is the story's source tag, not a
    // photo credit.
    let before = t[..t.len() - last.len()].trim_end();
    if last.starts_with(['(', '=']) || before.ends_with(['-', '\u{2014}']) {
        return false;
    }
    let credit = last.rsplit(['/', '-']).next().unwrap_or(last);
    agencies::canonical(credit).is_some() || credits_an_outlet(t)
}

/// "... leader Kim Jong-un / Korea Daily Wire": a line closed by a slash and a short name in
/// capitals credits the photo to an outlet.
fn credits_an_outlet(t: &str) -> bool {
    t.rsplit_once(" / ").is_some_and(|(_, outlet)| {
        !outlet.is_empty()
            && words_at_most(outlet, 4)
            && outlet
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    })
}

/// Case-insensitive line openings, tested in one anchored pass over the line's first bytes
/// instead of one comparison per opening (every paragraph of every story meets these lists).
struct Openings(AhoCorasick);

impl Openings {
    fn new(list: &[&str]) -> Self {
        Self(
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .start_kind(StartKind::Anchored)
                .build(list)
                .expect("fixed openings build"),
        )
    }

    fn opens(&self, t: &str) -> bool {
        self.0.find(Input::new(t).anchored(Anchored::Yes)).is_some()
    }
}

static PROMO_OPENERS: LazyLock<Openings> = LazyLock::new(|| Openings::new(PROMO_OPENINGS));
static TRAILER_OPENERS: LazyLock<Openings> = LazyLock::new(|| Openings::new(TRAILER_OPENINGS));

/// Whether "photo" appears in lower, title or upper case: every photo phrase holds it, and this
/// two-needle scan is several times cheaper than the phrase matcher, whose first bytes ('(' and
/// 'p') turn up in most paragraphs.
fn mentions_photo(t: &str) -> bool {
    static LOWER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("hoto"));
    static UPPER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("HOTO"));
    LOWER.find(t.as_bytes()).is_some() || UPPER.find(t.as_bytes()).is_some()
}

/// A case-insensitive matcher for a few fixed phrases, built once.
fn phrases(list: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(list)
        .expect("fixed phrases build")
}

/// Phrases that make a line a trailer wherever they stand in it.
static TRAILER_PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    phrases(&[
        "contributed to this report",
        "all rights reserved",
        // AP's closing credits: "Associated Press writer Jane Roe contributed from Lima."
        "associated press writer",
        "contributed from",
        "contributed reporting",
    ])
});
/// Phrases that mark a photo caption or credit.
static PHOTO_PHRASES: LazyLock<AhoCorasick> =
    LazyLock::new(|| phrases(&["(ap photo", "photo:", "photo by "]));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openings_match_like_prefix_tests() {
        let lines = [
            "RELATED: more",
            "Related stories",
            "relate",
            "Copyright 2031",
            "© AFP",
            "(c) x",
            "(C) x",
            "The copyright office",
            "",
            "Editing by Jo",
        ];
        for line in lines {
            for (openers, list) in [
                (&*PROMO_OPENERS, PROMO_OPENINGS),
                (&*TRAILER_OPENERS, TRAILER_OPENINGS),
            ] {
                assert_eq!(openers.opens(line), opens_with_any(line, list), "{line:?}");
            }
        }
    }

    #[test]
    fn promos_and_trailers() {
        assert_eq!(
            classify("Related: Storms hit coast"),
            Some(RemovedKind::Promo)
        );
        assert_eq!(
            classify("Copyright 2031 Example News. All rights reserved."),
            Some(RemovedKind::Trailer)
        );
        assert_eq!(classify("reporter@example.org"), Some(RemovedKind::Trailer));
        for credit in [
            "Associated Press writer Dana Ruiz contributed from Quito.",
            "Associated Press writers Li Wen and Omar Haddad in Cairo contributed.",
            "Noor Bashir in Lahore contributed reporting.",
        ] {
            assert_eq!(classify(credit), Some(RemovedKind::Trailer), "{credit}");
        }
        assert_eq!(
            classify("By MARIA LOPEZ, Associated Press"),
            Some(RemovedKind::Byline)
        );
        assert_eq!(
            classify("Updated 9:02 AM GMT, June 2, 2031"),
            Some(RemovedKind::Timestamp)
        );
        assert_eq!(
            classify("03.06.2031 - Update : 03.06.2031"),
            Some(RemovedKind::Timestamp)
        );
        assert!(!is_caption(
            "Prime Minister Sanae Takaichi set up a task force and told reporters so. ==Kyodo"
        ));
        assert_eq!(classify("The floods began in May."), None);
        assert_eq!(
            classify("Ayse Demir | 03.06.2031 - Update : 03.06.2031"),
            Some(RemovedKind::Byline)
        );
        assert_eq!(
            classify("(Photo) Reuters/John Roe"),
            Some(RemovedKind::Credit)
        );
        assert_eq!(classify("AFP/Jane Doe"), Some(RemovedKind::Credit));
        assert_eq!(classify("Prices rose 3/4 of a point."), None);
        assert_eq!(
            classify("By the end of the year, prices rose sharply."),
            None
        );
    }

    #[test]
    fn captions_end_in_a_credit() {
        assert!(is_caption(
            "A farmer walks through a flooded field near the river, June 3. Reuters"
        ));
        assert!(is_caption(
            "Police stand guard outside the court. (AP Photo/John Roe)"
        ));
        assert!(!is_caption(
            "The agency said talks would resume with Reuters."
        ));
        assert!(is_caption(
            "Dockworkers load rice at the port of Lome / Harbor Daily News"
        ));
        assert!(!is_caption(
            "Prices rose 3% in the north and the south / east of the country"
        ));
    }
}
