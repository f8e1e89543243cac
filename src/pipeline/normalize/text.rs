//! Scraped pages and plain wire copy: a header zone (section label, URL, headline, caption, byline,
//! timestamp, stand-alone dateline) followed by story paragraphs and trailers.

use crate::article::{Article, RemovedKind};

use super::{boilerplate, clean, dateline, urls};

pub fn normalize(text: &str, article: &mut Article) {
    let blocks = clean::clean_paragraphs(text, true);
    let body_start = find_body_start(&blocks);
    let mut title_taken = false;
    let mut lead: Vec<String> = Vec::new();
    let header_len = body_start.min(blocks.len());
    for (i, block) in blocks[..header_len].iter().enumerate() {
        let next_is_body = i + 1 == header_len;
        if urls::is_url_line(block) {
            if article.url.is_none() {
                article.canonical_url = urls::canonicalize(block);
                article.url = Some(block.clone());
            }
            article.remove(RemovedKind::Url, block.clone());
        } else if let Some(city) = article
            .dateline
            .is_none()
            .then(|| standalone_city(block))
            .flatten()
        {
            // "ANKARA" above the headline (Anadolu style): a city, not a section.
            article.dateline = Some(city);
            article.remove(RemovedKind::Dateline, block.clone());
        } else if i == 0
            && is_section_label(block)
            // Alone above the story, a one-word label is still a section ("Business"); two or
            // three words could be a short headline.
            && (header_len > 1 || !block.contains(' '))
        {
            article.section = Some(block.clone());
            article.remove(RemovedKind::Section, block.clone());
        } else if boilerplate::is_caption(block) {
            article.captions.push(block.clone());
            article.remove(RemovedKind::Caption, block.clone());
        } else if let Some(kind) = boilerplate::classify(block) {
            if kind == RemovedKind::Byline {
                article.byline = Some(byline_name(block));
            }
            article.remove(kind, block.clone());
        } else if next_is_body
            && article.dateline.is_none()
            && dateline::standalone(block).is_some()
        {
            article.dateline = dateline::standalone(block);
            article.remove(RemovedKind::Dateline, block.clone());
        } else if !title_taken && looks_like_headline(block) {
            article.title = Some(block.clone());
            title_taken = true;
        } else if title_taken && boilerplate::is_name_line(block) && article.byline.is_none() {
            // A bare name under the headline is the byline (Anadolu style).
            article.byline = Some(block.clone());
            article.remove(RemovedKind::Byline, block.clone());
        } else if block.starts_with('(') && block.ends_with(')') {
            // An editor's note above the story: "(Adds comment from ministry in paragraph 3)".
            article.remove(RemovedKind::Trailer, block.clone());
        } else {
            // A standfirst or other lead text: content, kept ahead of the story.
            lead.push(block.clone());
        }
    }
    let mut paragraphs = lead;
    paragraphs.extend(blocks.into_iter().skip(header_len));
    super::body::assemble(article, paragraphs);
}

/// The first block that reads as story text: a dateline paragraph, or a full sentence of some length.
fn find_body_start(blocks: &[String]) -> usize {
    blocks
        .iter()
        .position(|b| {
            dateline::parse(b).is_some()
                || (b.split_whitespace().nth(11).is_some()
                    && ends_like_sentence(b)
                    && !boilerplate::is_caption(b)
                    && boilerplate::classify(b).is_none())
        })
        .unwrap_or(blocks.len())
}

fn ends_like_sentence(s: &str) -> bool {
    s.ends_with(['.', '"', '\'', '!', '?', ')'])
}

fn looks_like_headline(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (2..=30).contains(&words) && !s.ends_with('.')
}

/// "Asia", "North Korea", "N. Korea", "World": a short label with no sentence punctuation (an
/// abbreviation's dots aside).
fn is_section_label(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let abbreviation = |w: &str| w.len() <= 4 && w.ends_with('.') && !w.contains([',', ':']);
    words <= 3
        && s.len() <= 30
        && s.starts_with(|c: char| c.is_uppercase())
        && !s.contains([',', ':', '!', '?', '"'])
        && s.split_whitespace()
            .all(|w| !w.contains('.') || abbreviation(w))
        && !s.ends_with('.')
}

/// An upper-case line naming a known city, not a country or region ("ANKARA"; not "NORTH KOREA"
/// or "ASIA", which label sections).
fn standalone_city(block: &str) -> Option<crate::article::Dateline> {
    let g = crate::gazetteer::Gazetteer::global();
    let city = || {
        g.country_by_name(block).is_none()
            && g.places(block)
                .iter()
                .any(|p| p.kind == crate::gazetteer::PlaceKind::City && p.population >= 100_000)
    };
    dateline::standalone(block).filter(|d| d.country.is_some() && city())
}

/// "By GRACE ACHIENG, Associated Press" → "GRACE ACHIENG".
fn byline_name(s: &str) -> String {
    let rest = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("BY "))
        .unwrap_or(s);
    rest.split([',', '|'])
        .next()
        .unwrap_or(rest)
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn run(text: &str) -> Article {
        let mut a = Article::new("t".into(), Format::Text);
        normalize(text, &mut a);
        a
    }

    #[test]
    fn scraped_page_with_header_zone() {
        let page = "Europe\n\nhttps://news.example.com/europe/2031/rail-strike.html?utm_source=x\n\n\
                    Rail strike halts trains across Portugal\n\nBy Ana Costa, Reuters\n\n\
                    LISBON, June 2 (Reuters) - Train services across Portugal stopped on Monday as workers walked out over pay.\n\n\
                    The union said the strike would last two days.\n\n\
                    Read more: Strikes spread in southern Europe\n\n\
                    Copyright 2031 Example News. All rights reserved.";
        let a = run(page);
        assert_eq!(a.section.as_deref(), Some("Europe"));
        assert_eq!(
            a.title.as_deref(),
            Some("Rail strike halts trains across Portugal")
        );
        assert_eq!(
            a.canonical_url.as_deref(),
            Some("https://news.example.com/europe/2031/rail-strike.html")
        );
        assert_eq!(a.byline.as_deref(), Some("Ana Costa"));
        assert_eq!(a.wire.as_deref(), Some("Reuters"));
        assert_eq!(
            a.dateline.as_ref().unwrap().place.as_deref(),
            Some("LISBON")
        );
        assert_eq!(
            a.body,
            "Train services across Portugal stopped on Monday as workers walked out over pay.\n\n\
             The union said the strike would last two days."
        );
    }

    #[test]
    fn one_word_label_right_above_the_dateline_is_the_section() {
        let a = run("Business\n\nKUALA LUMPUR, March 3 (Bernama) -- The central bank kept its rate unchanged on Thursday, citing steady growth.");
        assert_eq!(a.section.as_deref(), Some("Business"));
        assert!(a.body.starts_with("The central bank"), "{}", a.body);
    }

    #[test]
    fn caption_before_story_and_no_headline() {
        let page = "Asia\n\nhttps://example.com/a/1\n\n\
                    Officials inspect a dam in the northern province in this photo released by the ministry, May 2. Yonhap\n\n\
                    Officials have ordered checks on every large dam in the north after heavy rain, the ministry said Tuesday.\n\n\
                    More rain is expected this week. (Yonhap)";
        let a = run(page);
        assert_eq!(a.title, None);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.wire.as_deref(), Some("Yonhap"));
        assert!(a.body.ends_with("More rain is expected this week."));
    }

    #[test]
    fn a_city_line_above_the_headline_is_the_dateline_and_agency_lines_are_credits() {
        let a = run(
            "ANKARA\n\nCentral bank cuts rate again\n\nThe central bank lowered its \
                     policy rate by 100 basis points on Thursday, less than markets expected.\n\n\
                     Anadolu Agency",
        );
        assert_eq!(a.dateline.and_then(|d| d.place).as_deref(), Some("ANKARA"));
        assert_eq!(a.section, None);
        assert_eq!(a.title.as_deref(), Some("Central bank cuts rate again"));
        assert_eq!(a.wire.as_deref(), Some("Anadolu"));
        assert!(!a.body.contains("Anadolu"));
        let a = run(
            "N. Korea\n\nLee vows to pass budget\n\nYonhap\n\nSEOUL, Dec. 2 (Yonhap) -- \
                     President Lee Jae Myung urged lawmakers to pass the budget on Tuesday.",
        );
        assert_eq!(a.section.as_deref(), Some("N. Korea"));
        assert_eq!(a.title.as_deref(), Some("Lee vows to pass budget"));
        assert!(a.body.starts_with("President Lee"));
    }

    #[test]
    fn standalone_dateline_and_bare_byline() {
        let page = "Trade talks open in Izmir\n\nMinisters meet to discuss customs rules\n\nAyse Demir\n\n\
                    03.06.2031 - Update : 03.06.2031\n\nIZMIR\n\n\
                    Trade ministers from five countries opened two days of talks in the port city on Tuesday.";
        let a = run(page);
        assert_eq!(a.title.as_deref(), Some("Trade talks open in Izmir"));
        assert_eq!(a.byline.as_deref(), Some("Ayse Demir"));
        assert_eq!(a.dateline.unwrap().place.as_deref(), Some("IZMIR"));
        assert!(a
            .body
            .starts_with("Ministers meet to discuss customs rules\n\nTrade ministers"));
    }
}
