//! Everything enrichment looks words up in: curated organizations, regions, titles and stopwords
//! (`data/curated/`), and the gazetteer's countries, demonyms and places, in one phrase index.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::tokens::tokenize;
use crate::gazetteer::Gazetteer;

const ORGANIZATIONS: &str = include_str!("../../../data/curated/organizations.tsv");
const GEO_REGIONS: &str = include_str!("../../../data/curated/geo_regions.tsv");
const TITLES: &str = include_str!("../../../data/curated/titles.txt");
const STOPWORDS: &str = include_str!("../../../data/curated/name_stopwords.txt");

/// What a phrase of the text can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Index into [`Lexicon::orgs`].
    Org(usize),
    Country(&'static str),
    Demonym(&'static str),
    /// Index into [`Lexicon::regions`].
    Region(usize),
    /// A gazetteer place name (city, state, subdivision); look the places up by the phrase.
    Place,
    /// A title or role that introduces a person's name.
    Title,
}

pub struct Lexicon {
    pub orgs: Vec<&'static str>,
    pub regions: Vec<&'static str>,
    /// Phrase key (token texts joined by a space, lower-cased unless an acronym) → senses.
    phrases: HashMap<String, Vec<Sense>>,
    pub max_phrase_tokens: usize,
    stopwords: HashSet<&'static str>,
    /// First words of capitalised titles ("President", "Prime", "Foreign"): a name stops there.
    title_starts: HashSet<String>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Acronyms ("WHO", "EU", "U.S.") must match in their case; everything else matches any case.
pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 8 && letters.iter().all(|c| c.is_uppercase())
}

/// The index key of a phrase given as token texts.
pub fn key_of<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.into_iter().collect();
    if words.len() == 1 && is_acronym(words[0]) {
        return words[0].to_owned();
    }
    words.join(" ").to_lowercase()
}

impl Lexicon {
    pub fn global() -> &'static Lexicon {
        static L: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);
        &L
    }

    fn build() -> Self {
        let g = Gazetteer::global();
        let mut lex = Lexicon {
            orgs: Vec::new(),
            regions: Vec::new(),
            phrases: HashMap::new(),
            max_phrase_tokens: 1,
            stopwords: lines(STOPWORDS).map(str::trim).collect(),
            title_starts: HashSet::new(),
        };
        for line in lines(ORGANIZATIONS) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default().trim();
            let idx = lex.orgs.len();
            lex.orgs.push(name);
            lex.add(name, Sense::Org(idx));
            for alias in cols
                .next()
                .unwrap_or_default()
                .split('|')
                .filter(|a| !a.trim().is_empty())
            {
                lex.add(alias.trim(), Sense::Org(idx));
            }
        }
        for line in lines(GEO_REGIONS) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default().trim();
            let idx = lex.regions.len();
            lex.regions.push(name);
            lex.add(name, Sense::Region(idx));
            for alias in cols
                .next()
                .unwrap_or_default()
                .split('|')
                .filter(|a| !a.trim().is_empty())
            {
                lex.add(alias.trim(), Sense::Region(idx));
            }
        }
        for c in g.countries() {
            for name in c.aliases.iter().chain([&c.name]) {
                lex.add(name, Sense::Country(c.code));
            }
            for d in &c.demonyms {
                lex.add(d, Sense::Demonym(c.code));
            }
        }
        for line in lines(TITLES) {
            lex.add(line.trim(), Sense::Title);
            if let Some(first) = tokenize(line.trim()).first().filter(|t| t.cap) {
                lex.title_starts.insert(first.text.to_owned());
            }
        }
        let place_names: Vec<String> = g.place_names().map(str::to_owned).collect();
        for name in &place_names {
            lex.add(name, Sense::Place);
        }
        lex
    }

    fn add(&mut self, phrase: &str, sense: Sense) {
        let toks = tokenize(phrase);
        if toks.is_empty() {
            return;
        }
        self.max_phrase_tokens = self.max_phrase_tokens.max(toks.len());
        let key = key_of(toks.iter().map(|t| t.text));
        let senses = self.phrases.entry(key).or_default();
        if !senses.contains(&sense) {
            senses.push(sense);
        }
    }

    pub fn senses(&self, key: &str) -> &[Sense] {
        self.phrases.get(key).map_or(&[], Vec::as_slice)
    }

    /// Looks a phrase up by its token texts: acronym-exact first, then case-insensitive.
    pub fn lookup(&self, words: &[&str]) -> &[Sense] {
        let key = key_of(words.iter().copied());
        let found = self.senses(&key);
        if !(found.is_empty() && words.len() == 1 && is_acronym(words[0])) {
            return found;
        }
        // An all-caps word that is not a known acronym may be a shouted name ("NAIROBI").
        self.senses(&words[0].to_lowercase())
    }

    pub fn starts_title(&self, word: &str) -> bool {
        self.title_starts.contains(word)
    }

    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word.trim_end_matches('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_orgs_countries_demonyms_and_titles() {
        let l = Lexicon::global();
        assert!(matches!(l.lookup(&["WHO"]), [Sense::Org(_)]));
        assert!(l.lookup(&["who"]).is_empty(), "acronyms are case-sensitive");
        assert!(l
            .lookup(&["Ivory", "Coast"])
            .contains(&Sense::Country("CI")));
        assert!(l
            .lookup(&["North", "Korean"])
            .contains(&Sense::Demonym("KP")));
        assert!(l.lookup(&["Foreign", "Minister"]).contains(&Sense::Title));
        assert!(l
            .lookup(&["Southeast", "Asian"])
            .iter()
            .any(|s| matches!(s, Sense::Region(_))));
        assert!(l.lookup(&["Goma"]).contains(&Sense::Place));
        assert!(l.is_stopword("Tuesday"));
    }
}
