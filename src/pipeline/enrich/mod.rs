//! Enrich: entity tags found in the normalized article, with byte offsets into its body.
//!
//! This stage currently recognises organizations defined by an acronym in the text
//! ("Korean Central News Agency (KCNA)") and every later use of either form. People, places and
//! region labels from a gazetteer are the enrichment issue's work.

use std::collections::HashMap;

use crate::article::Article;
use crate::event::{Entity, EntityType, Mention, Regions};

#[derive(Debug, Default)]
pub struct Enrichment {
    pub entities: Vec<Entity>,
    pub regions: Regions,
}

#[derive(Debug, Default)]
pub struct Enricher;

impl Enricher {
    pub fn new() -> Self {
        Self
    }

    pub fn enrich(&self, article: &Article) -> Enrichment {
        Enrichment {
            entities: acronym_organizations(&article.body),
            regions: Regions::default(),
        }
    }
}

/// Words that may sit inside an organization's name without being capitalised.
const NAME_JOINERS: &[&str] = &["of", "for", "and", "the", "on", "de", "du", "des"];

/// "Full Capitalised Name (ACRO)": the acronym's letters must be the initials of the name's
/// capitalised words, which keeps "(AP)" after a place or "(2024)" from matching.
fn acronym_organizations(body: &str) -> Vec<Entity> {
    let mut by_acronym: HashMap<String, Entity> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut search_from = 0;
    while let Some(rel) = body[search_from..].find(" (") {
        let open = search_from + rel + 1;
        search_from = open + 1;
        let Some(close_rel) = body[open..].find(')') else {
            break;
        };
        let close = open + close_rel;
        let acro = &body[open + 1..close];
        if !(2..=8).contains(&acro.len()) || !acro.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let Some(name_start) = name_start_for(&body[..open - 1], acro) else {
            continue;
        };
        let name = &body[name_start..open - 1];
        if !by_acronym.contains_key(acro) {
            order.push(acro.to_owned());
            by_acronym.insert(
                acro.to_owned(),
                Entity {
                    name: name.to_owned(),
                    kind: EntityType::Organization,
                    mentions: Vec::new(),
                },
            );
        }
    }
    let mut entities = Vec::with_capacity(order.len());
    for acro in order {
        let mut entity = by_acronym.remove(&acro).expect("inserted above");
        entity.mentions = find_words(body, &entity.name)
            .chain(find_words(body, &acro))
            .collect();
        entity.mentions.sort_by_key(|m| m.start);
        entities.push(entity);
    }
    entities
}

/// Walks back from the end of `before` over words until the capitalised words' initials spell
/// `acro`; returns where the name starts.
fn name_start_for(before: &str, acro: &str) -> Option<usize> {
    let letters: Vec<char> = acro.chars().collect();
    let mut need = letters.len();
    let mut end = before.len();
    let mut start = None;
    while need > 0 {
        let word_start = before[..end].rfind(' ').map_or(0, |i| i + 1);
        let word = before[word_start..end].trim_matches(|c: char| c == '\'' || c == ',');
        if word.is_empty() {
            return None;
        }
        let first = word.chars().next()?;
        if first.is_uppercase() {
            if first != letters[need - 1] {
                return None;
            }
            need -= 1;
            start = Some(word_start);
        } else if !NAME_JOINERS.contains(&word) {
            return None;
        }
        if word_start == 0 && need > 0 {
            return None;
        }
        end = word_start.saturating_sub(1);
    }
    start
}

/// Whole-word occurrences of `needle` in `body`.
fn find_words<'a>(body: &'a str, needle: &'a str) -> impl Iterator<Item = Mention> + 'a {
    body.match_indices(needle).filter_map(move |(start, text)| {
        let end = start + text.len();
        let before_ok = body[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = body[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (before_ok && after_ok).then(|| Mention {
            start,
            end,
            text: text.to_owned(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_definition_links_both_forms() {
        let body = "The Regional Fisheries Council (RFC) met on Monday. Later the RFC voted.";
        let e = acronym_organizations(body);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].name, "Regional Fisheries Council");
        let texts: Vec<&str> = e[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Regional Fisheries Council", "RFC", "RFC"]);
        for m in &e[0].mentions {
            assert_eq!(&body[m.start..m.end], m.text);
        }
    }

    #[test]
    fn joiner_words_and_non_matches() {
        let e = acronym_organizations("the Bank of Northern Lands (BNL) said");
        assert_eq!(e[0].name, "Bank of Northern Lands");
        assert!(acronym_organizations("talks in Lima (AP) and in 2031 (UTC)").is_empty());
    }
}
