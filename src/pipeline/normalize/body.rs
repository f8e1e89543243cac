//! Turns cleaned story paragraphs into the article body, whatever the payload format: takes the
//! dateline off the first paragraph, boilerplate paragraphs out, and end tags off the last.

use crate::article::{Article, RemovedKind};

use super::{agencies, boilerplate, dateline};

/// Fills `article.body`, `dateline`, `wire` (unless already known) and `removed` from paragraphs.
pub fn assemble(article: &mut Article, paragraphs: Vec<String>) {
    // Kept paragraphs go straight into the body, one behind: the last one may still lose its
    // end tags.
    let mut body = String::with_capacity(paragraphs.iter().map(|p| p.len() + 2).sum());
    let mut last: Option<String> = None;
    let mut keep = |paragraph: String| {
        if let Some(previous) = last.replace(paragraph) {
            append_paragraph(&mut body, &previous);
        }
    };
    let mut wire_from_tags: Option<&'static str> = None;
    let count = paragraphs.len();
    for (i, p) in paragraphs.into_iter().enumerate() {
        // Photo captions can sit anywhere among the paragraphs, in every format.
        if boilerplate::is_caption(&p) {
            article.captions.push(p.clone());
            article.remove(RemovedKind::Caption, p);
            continue;
        }
        if let Some(kind) = boilerplate::classify(&p) {
            if let Some(Some(agency)) = agencies::end_marker(&p).or_else(|| agencies::desk_code(&p))
            {
                wire_from_tags.get_or_insert(agency);
            }
            article.remove(kind, p);
            continue;
        }
        // Anadolu's place alone on the first line ("ISTANBUL"), when the gazetteer knows it:
        // a line of capitals might be a label ("BREAKING").
        let standalone = (article.dateline.is_none() && i == 0 && count > 1)
            .then(|| dateline::standalone(&p))
            .flatten()
            .filter(|d| d.country.is_some());
        if let Some(found) = standalone {
            article.dateline = Some(found);
            article.remove(RemovedKind::Dateline, p);
            continue;
        }
        if article.dateline.is_none() && i < 3 {
            if let Some(found) = dateline::parse(&p) {
                article.dateline = Some(found.dateline);
                if let Some(w) = found.wire {
                    article.wire.get_or_insert_with(|| w.to_owned());
                }
                article.remove(RemovedKind::Dateline, found.prefix);
                let rest = found.rest.to_owned();
                if !rest.is_empty() {
                    keep(rest);
                }
                continue;
            }
        }
        keep(p);
    }
    if let Some(mut last) = last {
        if let Some(agency) = strip_trailing_tags(&mut last, &mut article.removed) {
            wire_from_tags.get_or_insert(agency);
        }
        append_paragraph(&mut body, &last);
    }
    if article.wire.is_none() {
        article.wire = wire_from_tags
            .or_else(|| agency_named_in_trailers(&article.removed))
            .map(str::to_owned);
    }
    article.body = body;
}

/// Appends a paragraph to a body, a blank line after the one before; empty ones add nothing.
fn append_paragraph(body: &mut String, paragraph: &str) {
    if paragraph.is_empty() {
        return;
    }
    if !body.is_empty() {
        body.push_str("\n\n");
    }
    body.push_str(paragraph);
}

/// The agency a copyright or syndication line names ("Copyright 2031 The Associated Press",
/// "stories that AA sends to subscribers"), as a last resort for the story's credit.
fn agency_named_in_trailers(removed: &[crate::article::Removed]) -> Option<&'static str> {
    removed
        .iter()
        .filter(|r| r.kind == RemovedKind::Trailer)
        .find_map(|r| {
            let words: Vec<&str> = r
                .text
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            (1..=3).rev().find_map(|n| {
                words.windows(n).find_map(|w| {
                    // Acronyms only in upper case, so "ap" or "aa" inside prose do not count.
                    let phrase = w.join(" ");
                    let acronym_ok =
                        n > 1 || phrase.len() > 3 || phrase.chars().all(|c| c.is_uppercase());
                    acronym_ok.then(|| agencies::canonical(&phrase)).flatten()
                })
            })
        })
}

/// Removes end tags glued to the last paragraph ("... said. (Yonhap)", "... Enditem") and returns
/// the agency they credit.
fn strip_trailing_tags(
    last: &mut String,
    removed: &mut Vec<crate::article::Removed>,
) -> Option<&'static str> {
    let mut agency = None;
    loop {
        let trimmed = last.trim_end();
        let Some((head, tag)) = split_last_tag(trimmed) else {
            break;
        };
        let credited = if tag.starts_with('(') && tag.ends_with(')') {
            agencies::canonical(tag).or_else(|| agencies::end_marker(tag).flatten())
        } else {
            agencies::end_marker(tag).flatten()
        };
        // "... in Tangier. (Reporting by Jo Roe; Editing by Al Poe)": a credit run on.
        let credit_line = tag.starts_with('(')
            && boilerplate::classify(tag) == Some(RemovedKind::Trailer)
            && head.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}']);
        let is_tag = credited.is_some() || agencies::end_marker(tag).is_some() || credit_line;
        if !is_tag {
            break;
        }
        agency = agency.or(credited);
        removed.push(crate::article::Removed {
            kind: RemovedKind::Trailer,
            text: tag.to_owned(),
        });
        *last = head.trim_end().to_owned();
    }
    // "... the court's directions. PTI ABA RC": a desk code run on after the last sentence.
    let trimmed = last.trim_end();
    let sentence_end = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '.' | '!' | '?' | '"' | '\u{201D}'))
        .map(|(at, c)| at + c.len_utf8());
    if let Some(cut) = sentence_end {
        let tail = trimmed[cut..].trim();
        let code = (!tail.is_empty())
            .then(|| agencies::desk_code(tail))
            .flatten()
            .filter(|named| named.is_some() || tail.contains('/'));
        if let Some(named) = code {
            agency = agency.or(named);
            removed.push(crate::article::Removed {
                kind: RemovedKind::Trailer,
                text: tail.to_owned(),
            });
            *last = trimmed[..cut].to_owned();
        }
    }
    agency
}

/// Splits off the last whitespace-separated token with any dash before it ("-- VNA", which
/// [`agencies::end_marker`] reads), or a parenthesised tag like "(Yonhap)".
fn split_last_tag(s: &str) -> Option<(&str, &str)> {
    if s.ends_with(')') {
        let open = s.rfind('(')?;
        return Some((&s[..open], &s[open..]));
    }
    let i = s.rfind(' ')?;
    let before = s[..i].trim_end();
    let head = ["--", "\u{2014}", "-"]
        .iter()
        .find_map(|dash| before.strip_suffix(dash))
        .unwrap_or(&s[..i]);
    Some((head, s[head.len()..].trim_start()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn assembled(paras: &[&str]) -> Article {
        let mut a = Article::new("t".into(), Format::Text);
        assemble(&mut a, paras.iter().map(|s| s.to_string()).collect());
        a
    }

    #[test]
    fn a_place_alone_on_the_first_line_is_the_dateline() {
        let a = assembled(&["IZMIR", "The port reopened on Friday."]);
        assert_eq!(a.dateline.unwrap().place.as_deref(), Some("IZMIR"));
        assert_eq!(a.body, "The port reopened on Friday.");
        let b = assembled(&["BREAKING", "The port reopened on Friday."]);
        assert!(b.dateline.is_none());
    }

    #[test]
    fn dateline_and_tags_leave_the_body() {
        let a = assembled(&[
            "INCHEON, June 2 (Yonhap) -- The airport opened a third runway.",
            "Officials expect more flights next year. (Yonhap)",
            "kim@example.co.kr",
            "(END)",
        ]);
        assert_eq!(
            a.body,
            "The airport opened a third runway.\n\nOfficials expect more flights next year."
        );
        assert_eq!(a.wire.as_deref(), Some("Yonhap"));
        assert_eq!(a.dateline.unwrap().place.as_deref(), Some("INCHEON"));
        assert_eq!(a.removed.len(), 4);
    }

    #[test]
    fn credit_from_a_syndication_trailer() {
        let a = assembled(&[
            "The council approved the budget on Monday.",
            "Only some of the stories that AA sends to subscribers appear on this website.",
        ]);
        assert_eq!(a.wire.as_deref(), Some("Anadolu"));
        let b = assembled(&[
            "The council met.",
            "Copyright 2031 The Associated Press. All rights reserved.",
        ]);
        assert_eq!(b.wire.as_deref(), Some("AP"));
    }

    #[test]
    fn inline_end_item() {
        let a = assembled(&["The bridge opens in May. Enditem"]);
        assert_eq!(a.body, "The bridge opens in May.");
        assert_eq!(a.wire.as_deref(), Some("Xinhua"));
    }

    #[test]
    fn a_reporting_credit_run_on_after_the_last_sentence() {
        let a =
            assembled(&["The club was fined. (Reporting by Jo Roe in Lagos; Editing by Al Poe)"]);
        assert_eq!(a.body, "The club was fined.");
        assert!(a
            .removed
            .iter()
            .any(|r| r.text.starts_with("(Reporting by")));
        let kept = assembled(&["The report (editing by hand) was fine"]);
        assert_eq!(kept.body, "The report (editing by hand) was fine");
    }

    #[test]
    fn a_desk_code_run_on_after_the_last_sentence() {
        let a = assembled(&["The court will hear the case in May. PTI ABA RC"]);
        assert_eq!(a.body, "The court will hear the case in May.");
        assert_eq!(a.wire.as_deref(), Some("PTI"));
        let a = assembled(&["Talks resume on Monday. bur-cs/gv"]);
        assert_eq!(a.body, "Talks resume on Monday.");
        // Capitals after a sentence that name no agency are story text.
        let a = assembled(&["He joined the club in 2019. Then AC Milan"]);
        assert_eq!(a.body, "He joined the club in 2019. Then AC Milan");
    }

    #[test]
    fn parenthesised_words_that_are_not_tags_stay() {
        let a = assembled(&["The plan was approved by the council (unanimously)"]);
        assert_eq!(a.body, "The plan was approved by the council (unanimously)");
    }
}
