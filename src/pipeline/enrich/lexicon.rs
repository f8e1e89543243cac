//! Everything enrichment looks words up in: curated organizations, regions, titles and stopwords
//! (`data/curated/`), and the gazetteer's countries, demonyms and places, in one phrase index.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

thread_local! {
    /// Reused key buffer for phrase keys, built thousands of times an article.
    static KEY: RefCell<String> = const { RefCell::new(String::new()) };
}

/// `f` with this thread's key buffer, emptied, so that building a phrase key does not allocate.
/// A call made while the buffer is in use gets a new string rather than a panic.
pub fn with_scratch<R>(f: impl FnOnce(&mut String) -> R) -> R {
    KEY.with(|k| match k.try_borrow_mut() {
        Ok(mut key) => {
            key.clear();
            f(&mut key)
        }
        Err(_) => f(&mut String::new()),
    })
}

use super::filtered_set::FilteredSet;
use super::tokens::tokenize;
use crate::gazetteer::Gazetteer;

const ORGANIZATIONS: &str = include_str!("../../../data/curated/organizations.tsv");
const GEO_REGIONS: &str = include_str!("../../../data/curated/geo_regions.tsv");
const TITLES: &str = include_str!("../../../data/curated/titles.txt");
const STOPWORDS: &str = include_str!("../../../data/curated/name_stopwords.txt");
const PERSON_NAMES: &str = include_str!("../../../data/curated/person_names.tsv");
/// Common English words, lower case (SCOWL via `scripts/data/build-english-words`).
const ENGLISH_WORDS: &str = include_str!("../../../data/english_words.txt");
/// ISO 639-1 language names (`scripts/data/build-gazetteer`).
const LANGUAGES: &str = include_str!("../../../data/languages.txt");

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

/// What the lexicon knows of one capitalised word, gathered so that the scan asks once.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordFacts {
    /// What the word alone can mean ([`Lexicon::lookup_word`]).
    pub senses: &'static [Sense],
    /// A lexicon stopword ([`Lexicon::is_stopword`]).
    pub stopword: bool,
    /// Some title starts with it ([`Lexicon::starts_title`]).
    pub opens_title: bool,
    /// Some phrase of two or more words starts with it.
    pub opens_phrase: bool,
}

pub struct Lexicon {
    pub orgs: Vec<&'static str>,
    pub regions: Vec<&'static str>,
    /// The one country a region lies in ("Darfur" → SD), by index as in `regions`.
    pub region_countries: Vec<Option<&'static str>>,
    /// Phrase key (token texts joined by a space, lower-cased unless an acronym) → senses.
    phrases: FxHashMap<String, Vec<Sense>>,
    /// Keys of the first words of longer phrases, so a match stops growing early.
    prefixes: FxHashSet<String>,
    pub max_phrase_tokens: usize,
    stopwords: FxHashSet<&'static str>,
    /// Common English words, lower case: a capitalised one is rather a word than a name.
    english: FxHashSet<&'static str>,
    /// Languages' names as written ("Arabic", "Swahili").
    languages: FxHashSet<&'static str>,
    /// Other spellings of a person's name, lower-cased → the canonical one ("Kim Jong-un").
    person_spellings: FxHashMap<String, &'static str>,
    /// First words of capitalised titles ("President", "Prime", "Foreign"): a name stops there.
    title_starts: FxHashSet<String>,
    /// Titles written in lower case ("spokeswoman", "hydrologist").
    lower_titles: FilteredSet<&'static str>,
    /// First words, lower-cased, of titles of two or more words: AP style writes "former prime
    /// minister Nouri al-Maliki" in lower case.
    lower_title_starts: FilteredSet<String>,
    /// [`WordFacts`] of every plainly capitalised word ("Paris": one capital, then no other and
    /// no trailing dot) the lexicon knows anything of; such a word missing here is known to
    /// nothing. Built after the phrases, from them and the word lists.
    capitalised: FxHashMap<String, CapitalisedFacts>,
}

#[derive(Debug, Default)]
struct CapitalisedFacts {
    senses: Vec<Sense>,
    stopword: bool,
    opens_title: bool,
    opens_phrase: bool,
}

/// Whether `word` is written plainly capitalised: an ASCII capital, then no capital and no
/// trailing dot. Its lexicon key is the word with the first letter lowered.
fn plainly_capitalised(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.len() > 1
        && b[1..]
            .iter()
            .all(|c| c.is_ascii() && !c.is_ascii_uppercase())
        && b.last() != Some(&b'.')
}

/// "paris" → "Paris", for an ASCII key without capitals; None for any other.
fn capitalise_key(key: &str) -> Option<String> {
    let b = key.as_bytes();
    let plain = b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter()
            .all(|c| c.is_ascii() && !c.is_ascii_uppercase() && *c != b' ');
    plain.then(|| {
        let mut w = key.to_owned();
        w[..1].make_ascii_uppercase();
        w
    })
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Acronyms ("WHO", "EU", "U.S.") must match in their case; everything else matches any case.
pub fn is_acronym(word: &str) -> bool {
    // Most words asked about are capitalised ASCII words, answered at their second letter.
    if word.is_ascii() {
        let mut letters = 0;
        for &b in word.as_bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        return (2..=8).contains(&letters);
    }
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    (2..=8).contains(&letters)
}

/// Appends `word` to a phrase key being built: lower-cased, space-separated.
pub fn push_key_word(key: &mut String, word: &str) {
    if !key.is_empty() {
        key.push(' ');
    }
    if word.is_ascii() {
        let from = key.len();
        key.push_str(word);
        key[from..].make_ascii_lowercase();
    } else {
        key.push_str(&word.to_lowercase());
    }
}

/// The index key of a phrase given as token texts.
pub fn key_of<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let words: Vec<&str> = words.into_iter().collect();
    if words.len() == 1 && is_acronym(words[0]) {
        return words[0].to_owned();
    }
    words.join(" ").to_lowercase()
}

/// The plural a demonym takes as a noun for a country's people ("Nigerians", "Danes",
/// "Frenchmen"), so that "hundreds of Kenyans" implies Kenya. Adjective-only forms ("Chinese",
/// "Swiss", "Irish", "French") have none.
fn demonym_plural(d: &str) -> Option<String> {
    if let Some(stem) = d.strip_suffix("man").filter(|s| s.ends_with(['h', 's'])) {
        return Some(format!("{stem}men"));
    }
    // Forms ending in "s" are plural already ("Turks", "Scots") or the same in both ("Swiss").
    let adjective_only = ["ese", "sh", "s", "nch", "tch"]
        .iter()
        .any(|e| d.ends_with(e));
    (!adjective_only && d.ends_with(|c: char| c.is_ascii_lowercase())).then(|| format!("{d}s"))
}

impl Lexicon {
    pub fn global() -> &'static Lexicon {
        static L: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);
        &L
    }

    fn build() -> Self {
        let g = Gazetteer::global();
        // Sized up front: every gazetteer place name is a phrase, and the curated lists, countries
        // and titles add a few thousand more. Growing by doubling left each outgrown table behind
        // in the allocator (2 MiB).
        let phrases = g.place_names().count() + 10_000;
        let mut lex = Lexicon {
            orgs: Vec::new(),
            regions: Vec::new(),
            region_countries: Vec::new(),
            phrases: FxHashMap::with_capacity_and_hasher(phrases, Default::default()),
            prefixes: FxHashSet::default(),
            max_phrase_tokens: 1,
            stopwords: lines(STOPWORDS).map(str::trim).collect(),
            english: lines(ENGLISH_WORDS).collect(),
            languages: lines(LANGUAGES).collect(),
            person_spellings: lines(PERSON_NAMES)
                .filter_map(|l| l.split_once('\t'))
                .flat_map(|(name, others)| {
                    others
                        .split('|')
                        .map(move |o| (o.trim().to_lowercase(), name.trim()))
                })
                .collect(),
            title_starts: FxHashSet::default(),
            lower_titles: FilteredSet::default(),
            lower_title_starts: FilteredSet::default(),
            capitalised: FxHashMap::default(),
        };
        lex.orgs = lex.add_named_list(ORGANIZATIONS, Sense::Org);
        lex.regions = lex.add_named_list(GEO_REGIONS, Sense::Region);
        // "Southeast Asians" names the region as "Southeast Asian" does.
        for (i, line) in lines(GEO_REGIONS).enumerate() {
            let forms = line.split('\t').nth(1).unwrap_or_default().split('|');
            for form in forms.map(str::trim).filter(|f| f.ends_with("an")) {
                lex.add(&format!("{form}s"), Sense::Region(i));
            }
        }
        lex.region_countries = lines(GEO_REGIONS)
            .map(|l| {
                l.split('\t')
                    .nth(2)
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
            })
            .collect();
        for c in g.countries() {
            for name in c.aliases.iter().chain([&c.name]) {
                lex.add(name, Sense::Country(c.code));
            }
            for d in &c.demonyms {
                lex.add(d, Sense::Demonym(c.code));
                if let Some(people) = demonym_plural(d) {
                    lex.add(&people, Sense::Demonym(c.code));
                }
            }
        }
        for line in lines(TITLES) {
            lex.add(line.trim(), Sense::Title);
            if let Some(first) = tokenize(line.trim()).first().filter(|t| t.cap) {
                lex.title_starts.insert(first.text.to_owned());
            }
            if line.trim().starts_with(char::is_lowercase) {
                lex.lower_titles.insert(line.trim());
            }
            if let Some((first, _)) = line.trim().split_once(' ') {
                lex.lower_title_starts.insert(first.to_lowercase());
            }
        }
        for name in g.place_names() {
            lex.add(name, Sense::Place);
        }
        lex.capitalised = lex.capitalised_facts();
        lex
    }

    fn capitalised_facts(&self) -> FxHashMap<String, CapitalisedFacts> {
        let mut facts: FxHashMap<String, CapitalisedFacts> =
            FxHashMap::with_capacity_and_hasher(self.phrases.len(), Default::default());
        for (key, senses) in &self.phrases {
            if let Some(word) = capitalise_key(key) {
                facts.entry(word).or_default().senses = senses.clone();
            }
        }
        for word in self.stopwords.iter().filter(|w| plainly_capitalised(w)) {
            facts.entry((*word).to_owned()).or_default().stopword = true;
        }
        for word in self.title_starts.iter().filter(|w| plainly_capitalised(w)) {
            facts.entry(word.clone()).or_default().opens_title = true;
        }
        for word in self.prefixes.iter().filter_map(|p| capitalise_key(p)) {
            facts.entry(word).or_default().opens_phrase = true;
        }
        facts
    }

    /// All the lexicon knows of a capitalised word, in one lookup for most words.
    pub fn word_facts(&'static self, word: &str) -> WordFacts {
        if plainly_capitalised(word) {
            return self
                .capitalised
                .get(word)
                .map_or_else(WordFacts::default, |f| WordFacts {
                    senses: &f.senses,
                    stopword: f.stopword,
                    opens_title: f.opens_title,
                    opens_phrase: f.opens_phrase,
                });
        }
        WordFacts {
            senses: self.lookup_word(word),
            stopword: self.is_stopword(word),
            opens_title: self.starts_title(word),
            opens_phrase: with_scratch(|key| {
                push_key_word(key, word);
                self.is_prefix(key)
            }),
        }
    }

    /// Adds a curated list ("name<TAB>alias|alias") and returns its names, whose positions the
    /// senses refer to.
    fn add_named_list(
        &mut self,
        list: &'static str,
        sense: fn(usize) -> Sense,
    ) -> Vec<&'static str> {
        let mut names = Vec::new();
        for line in lines(list) {
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default().trim();
            let s = sense(names.len());
            names.push(name);
            self.add(name, s);
            for alias in cols
                .next()
                .unwrap_or_default()
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
            {
                self.add(alias, s);
                // Copy writes the UN both ways ("UN refugee agency", "U.N. refugee agency").
                if let Some(rest) = alias.strip_prefix("UN ") {
                    self.add(&format!("U.N. {rest}"), s);
                }
            }
        }
        names
    }

    fn add(&mut self, phrase: &str, sense: Sense) {
        let toks = tokenize(phrase);
        if toks.is_empty() {
            return;
        }
        self.max_phrase_tokens = self.max_phrase_tokens.max(toks.len());
        let key = key_of(toks.iter().map(|t| t.text));
        let mut prefix = String::new();
        for t in &toks[..toks.len() - 1] {
            push_key_word(&mut prefix, t.text);
            self.prefixes.insert(prefix.clone());
        }
        let senses = self.phrases.entry(key).or_default();
        if !senses.contains(&sense) {
            // Nearly every phrase has one sense; a plain push makes room for four.
            senses.reserve_exact(1);
            senses.push(sense);
        }
    }

    pub fn senses(&self, key: &str) -> &[Sense] {
        self.phrases.get(key).map_or(&[], Vec::as_slice)
    }

    /// Looks a phrase up by its token texts: acronym-exact first, then case-insensitive.
    pub fn lookup(&self, words: &[&str]) -> &[Sense] {
        if let [word] = words {
            return self.lookup_word(word);
        }
        let mut key = String::with_capacity(32);
        for w in words {
            push_key_word(&mut key, w);
        }
        self.senses(&key)
    }

    /// One word: acronyms match exactly; an all-caps word that is not a known acronym may be a
    /// shouted name ("NAIROBI") and matches in lower case, unless it is as short as most
    /// acronyms ("IG" in "IG Metall" is not the Slovenian municipality Ig).
    pub fn lookup_word(&self, word: &str) -> &[Sense] {
        if is_acronym(word) {
            let found = self.senses(word);
            if !found.is_empty() || word.len() <= 3 {
                return found;
            }
        }
        with_scratch(|k| {
            push_key_word(k, word);
            self.senses(k)
        })
    }

    /// Whether some longer phrase starts with this key.
    pub fn is_prefix(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    /// The canonical spelling of a person's name written another way ("Kim Jong-un").
    pub fn person_spelling(&self, name: &str) -> Option<&'static str> {
        self.person_spellings.get(&name.to_lowercase()).copied()
    }

    /// A language's name ("Arabic"), as capitalised in text.
    pub fn is_language(&self, word: &str) -> bool {
        self.languages.contains(word)
    }

    /// A common English word, in any case ("Registry", "police"); names are not in the list.
    pub fn is_english_word(&self, word: &str) -> bool {
        with_scratch(|k| {
            push_key_word(k, word);
            self.english.contains(k.as_str())
        })
    }

    pub fn starts_lower_title(&self, word: &str) -> bool {
        self.lower_title_starts.contains(word)
    }

    pub fn is_lower_title(&self, word: &str) -> bool {
        self.lower_titles.contains(word)
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

    #[test]
    fn a_countrys_people_in_the_plural_are_its_demonym() {
        let l = Lexicon::global();
        for (people, code) in [("Kenyans", "KE"), ("Danes", "DK"), ("Israelis", "IL")] {
            assert!(
                l.lookup(&[people]).contains(&Sense::Demonym(code)),
                "{people}"
            );
        }
        assert_eq!(demonym_plural("Frenchman").as_deref(), Some("Frenchmen"));
        assert_eq!(demonym_plural("German").as_deref(), Some("Germans"));
        for adjective in ["Chinese", "Swiss", "Irish", "French", "Dutch"] {
            assert_eq!(demonym_plural(adjective), None, "{adjective}");
        }
        assert!(l
            .lookup(&["Southeast", "Asians"])
            .iter()
            .any(|s| matches!(s, Sense::Region(_))));
    }

    #[test]
    fn word_facts_agree_with_the_separate_lookups() {
        let l = Lexicon::global();
        let mut words: Vec<String> = l
            .phrases
            .keys()
            .filter(|k| !k.contains(' '))
            .flat_map(|k| {
                [
                    k.clone(),
                    capitalise_key(k).unwrap_or_default(),
                    k.to_uppercase(),
                ]
            })
            .collect();
        words.extend(l.stopwords.iter().map(|w| (*w).to_owned()));
        words.extend(l.title_starts.iter().cloned());
        words.extend(
            [
                "Kim", "Gen.", "McDonald", "Zürich", "Song-nam", "WHO", "Who", "X", "Tuesday",
            ]
            .map(str::to_owned),
        );
        for word in words.iter().filter(|w| !w.is_empty()) {
            let facts = l.word_facts(word);
            let mut key = String::new();
            push_key_word(&mut key, word);
            assert_eq!(facts.senses, l.lookup_word(word), "{word}");
            assert_eq!(facts.stopword, l.is_stopword(word), "{word}");
            assert_eq!(facts.opens_title, l.starts_title(word), "{word}");
            assert_eq!(facts.opens_phrase, l.is_prefix(&key), "{word}");
        }
    }
}
