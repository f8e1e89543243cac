//! A synthetic corpus of wire-style articles for benchmarks and load tests: 3–5 KB stories in all
//! four payload formats, from many datelines and agencies, with a configurable share of exact
//! re-sends and republished copies. Deterministic for a given seed. Invented text, written here.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

const PLACES: &[(&str, &str)] = &[
    ("SEOUL", "South Korea"),
    ("NAIROBI", "Kenya"),
    ("LIMA", "Peru"),
    ("HANOI", "Vietnam"),
    ("OSLO", "Norway"),
    ("DAKAR", "Senegal"),
    ("ASTANA", "Kazakhstan"),
    ("MANILA", "Philippines"),
    ("BOGOTA", "Colombia"),
    ("AMMAN", "Jordan"),
    ("SUVA", "Fiji"),
    ("TBILISI", "Georgia"),
    ("ACCRA", "Ghana"),
    ("QUITO", "Ecuador"),
    ("DHAKA", "Bangladesh"),
    ("LISBON", "Portugal"),
];
const AGENCIES: &[(&str, &str, &str)] = &[
    // (credit, dateline separator, closing tag)
    ("Yonhap", "--", "(END)"),
    (
        "AP",
        "-",
        "Copyright 2031 The Associated Press. All rights reserved.",
    ),
    (
        "Reuters",
        "-",
        "(Reporting by Desk Staff; Editing by Night Editor)",
    ),
    ("AFP", "-", "bur-xx/yy"),
    ("Xinhua", "--", "Enditem"),
    ("Bernama", "--", "-- BERNAMA"),
    ("EFE", ".-", "EFE ab/cd"),
];
const SUBJECTS: &[&str] = &[
    "The finance ministry",
    "Port officials",
    "The national weather service",
    "Opposition lawmakers",
    "The central bank",
    "Health authorities",
    "A coalition of farm groups",
    "The transport regulator",
];
const VERBS: &[&str] = &[
    "said on Tuesday that",
    "announced late on Monday that",
    "warned in a statement that",
    "told reporters on Wednesday that",
    "confirmed in a briefing that",
];
const CLAUSES: &[&str] = &[
    "exports of grain and fertilizer rose for a third straight month",
    "repairs to the main coastal highway would take until the end of the year",
    "rainfall in the northern provinces was well below the seasonal average",
    "a new rail link would cut freight times to the border by half",
    "inflation eased slightly but food prices remained stubbornly high",
    "the number of tourists arriving by sea had doubled since last year",
    "talks with neighbouring countries on water sharing would resume next month",
    "the government planned to raise spending on rural clinics and schools",
];

const SYLLABLES: &[&str] = &[
    "ka", "ro", "mi", "ten", "sa", "lu", "ver", "do", "na", "pel", "ri", "gan", "to", "mes", "bri",
    "ul", "fa", "cor", "zi", "han", "bel", "os", "tra", "din",
];
const JOINERS: &[&str] = &[
    "of the",
    "and",
    "near",
    "after the",
    "for",
    "with the",
    "in",
];

/// A run of invented words joined by English function words. Real stories on different subjects
/// share few word 4-grams; without this the templates above would make every story a near copy
/// of every other, which no benchmark of deduplication should rest on.
fn filler(rng: &mut SmallRng) -> String {
    let mut out = String::new();
    for j in 0..rng.random_range(6..10) {
        if j > 0 {
            out.push(' ');
            if j % 2 == 0 {
                out.push_str(JOINERS[rng.random_range(0..JOINERS.len())]);
                out.push(' ');
            }
        }
        for _ in 0..rng.random_range(2..4) {
            out.push_str(SYLLABLES[rng.random_range(0..SYLLABLES.len())]);
        }
    }
    out
}

/// A short distinct story body for filling windows and topics in bulk (no two share a shingle
/// run beyond the fixed words).
pub fn short_story(i: usize) -> String {
    format!(
        "story {i} about the harbour {} and the river {} in {}",
        i * 7,
        i * 13,
        i % 97
    )
}

/// Payload formats in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Text,
    Json,
    Ninjs,
    Newsml,
}

pub struct Corpus {
    seed: u64,
    /// Share of articles (0..=1) that re-send an earlier story.
    pub duplicate_rate: f64,
}

/// One generated article.
pub struct Generated {
    pub id: String,
    pub payload: String,
    /// The index of the story it copies, for re-sends.
    pub copy_of: Option<usize>,
}

impl Corpus {
    pub fn new(seed: u64, duplicate_rate: f64) -> Self {
        Self {
            seed,
            duplicate_rate,
        }
    }

    /// Article `i`: the same `i` always gives the same article.
    pub fn article(&self, i: usize) -> Generated {
        let mut rng =
            SmallRng::seed_from_u64(self.seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let copy_of = (i > 0 && rng.random_bool(self.duplicate_rate.clamp(0.0, 1.0)))
            .then(|| rng.random_range(0..i));
        let story = copy_of.map_or(i, |c| self.original_of(c));
        let shape = match rng.random_range(0..10) {
            0..=4 => Shape::Text,
            5..=6 => Shape::Json,
            7..=8 => Shape::Ninjs,
            _ => Shape::Newsml,
        };
        Generated {
            id: format!("gen-{i}"),
            payload: self.render(story, shape),
            copy_of,
        }
    }

    fn original_of(&self, mut i: usize) -> usize {
        while let Some(c) = self.article_copy_of(i) {
            i = c;
        }
        i
    }

    fn article_copy_of(&self, i: usize) -> Option<usize> {
        let mut rng =
            SmallRng::seed_from_u64(self.seed ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        (i > 0 && rng.random_bool(self.duplicate_rate.clamp(0.0, 1.0)))
            .then(|| rng.random_range(0..i))
    }

    /// The story text of `story` in the given shape: 3–5 KB of body.
    pub fn render(&self, story: usize, shape: Shape) -> String {
        let mut rng = SmallRng::seed_from_u64(self.seed.wrapping_add(story as u64));
        let (city, country) = PLACES[rng.random_range(0..PLACES.len())];
        let (agency, sep, tag) = AGENCIES[rng.random_range(0..AGENCIES.len())];
        let target = rng.random_range(3000..5000);
        let mut paragraphs = Vec::new();
        let mut len = 0;
        let mut n = 0;
        while len < target {
            let mut p = String::new();
            for _ in 0..rng.random_range(2..4) {
                let s = format!(
                    "{} in {} {} {} {}, with figures for district {} showing a change of {} percent. ",
                    SUBJECTS[rng.random_range(0..SUBJECTS.len())],
                    country,
                    VERBS[rng.random_range(0..VERBS.len())],
                    CLAUSES[rng.random_range(0..CLAUSES.len())],
                    filler(&mut rng),
                    story * 7 + n,
                    rng.random_range(1..40)
                );
                p.push_str(&s);
            }
            len += p.len();
            n += 1;
            paragraphs.push(p.trim_end().to_owned());
        }
        let title =
            format!("{country} officials report shifts in trade and weather, story {story}");
        let lede = format!(
            "{city}, June {} ({agency}) {sep} {}",
            1 + story % 28,
            paragraphs[0]
        );
        paragraphs[0] = lede;
        match shape {
            Shape::Text => format!(
                "World\n\nhttps://news.example.com/world/{story}?utm_source=feed\n\n{title}\n\nBy Staff Reporter\n\n{}\n\n{tag}",
                paragraphs.join("\n\n")
            ),
            Shape::Json => serde_json::json!({
                "id": format!("story-{story}"), "url": format!("https://outlet.example.org/a/{story}"),
                "outlet": "Example Outlet", "title": title, "published_at": "2031-06-01T00:00:00Z",
                "body": format!("{}\n\n{tag}", paragraphs.join("\n\n")),
            })
            .to_string(),
            Shape::Ninjs => serde_json::json!({
                "uri": format!("urn:example:{story}"), "standard": {"name": "ninjs", "version": "2.1"},
                "type": "text", "language": "en", "firstcreated": "2031-06-01T00:00:00Z",
                "headlines": [{"role": "main", "value": title}],
                "bodies": [{"role": "main", "contenttype": "text/plain", "value": paragraphs.join("\n\n")}],
                "copyrightholder": agency,
            })
            .to_string(),
            Shape::Newsml => {
                let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:example:{story}\" xml:lang=\"en\"><itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"{agency}\"/><firstCreated>2031-06-01T00:00:00Z</firstCreated></itemMeta><contentMeta><headline>{title}</headline></contentMeta><contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>{body}</body></html></inlineXML></contentSet></newsItem>"
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_resends_are_found_to_be_copies() {
        use crate::article::RawMessage;
        use crate::pipeline::{dedup::DedupConfig, normalize::NormalizeConfig, Outcome, Pipeline};
        let c = Corpus::new(11, 0.15);
        let mut p = Pipeline::new(NormalizeConfig::default(), DedupConfig::default());
        let (mut resends, mut flagged) = (0, 0);
        for i in 0..400 {
            let a = c.article(i);
            resends += a.copy_of.is_some() as usize;
            let Outcome::Event(e) = p.process(&RawMessage::from_payload(a.payload), 0) else {
                panic!("corpus article {i} was rejected");
            };
            assert_eq!(
                e.is_duplicate(),
                a.copy_of.is_some(),
                "article {i}: {:?}",
                e.dedup
            );
            flagged += e.is_duplicate() as usize;
        }
        assert!(resends > 20);
        assert_eq!(flagged, resends);
    }

    #[test]
    fn deterministic_sized_and_with_copies() {
        let c = Corpus::new(7, 0.2);
        assert_eq!(c.article(5).payload, c.article(5).payload);
        let copies = (0..500).filter(|&i| c.article(i).copy_of.is_some()).count();
        assert!((50..150).contains(&copies), "{copies}");
        for i in 0..50 {
            let len = c.article(i).payload.len();
            assert!((3000..6500).contains(&len), "{len}");
        }
    }
}
