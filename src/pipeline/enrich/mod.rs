//! Enrich: the people, organizations and places an article names, with byte offsets of their
//! mentions in the normalized body, and the countries (with UN M49 regions) it is about.
//!
//! No model: a phrase index over curated lists and the gazetteer (`lexicon`), plus rules over
//! capitalised word runs — titles before names, heads of organization and place names, the words
//! around a name — then resolution of ambiguous names by the article's other evidence.

mod filtered_set;
mod lexicon;
mod organizations;
mod people;
mod places;
mod rules;
mod tokens;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::article::Article;
use crate::event::{CountryLabel, Entity, EntityType, Mention, Regions};
use crate::gazetteer::{with_lowercase, Country, Gazetteer, Place, PlaceKind};

use filtered_set::FilteredSet;
use lexicon::{Lexicon, Sense};
use organizations::*;
use people::*;
use places::*;
use rules::*;
use tokens::{tokenize, Token};

#[derive(Debug, Default)]
pub struct Enrichment {
    pub entities: Vec<Entity>,
    pub regions: Regions,
}

#[derive(Debug, Default)]
pub struct Enricher;

impl Enricher {
    pub fn new() -> Self {
        // Build the lexicon now rather than on the first article.
        let _ = Lexicon::global();
        Self
    }

    pub fn enrich(&self, article: &Article) -> Enrichment {
        // Room for a long story's names, so that the list is not copied as it grows.
        let mut doc = Doc {
            hits: Vec::with_capacity(64),
        };
        let dateline_place = article.dateline.as_ref().and_then(|d| d.place.clone());
        let dateline_country = article.dateline.as_ref().and_then(|d| d.country.clone());
        let mut units: Vec<(Unit, &str)> = Vec::new();
        if let Some(t) = &article.title {
            units.push((Unit::Title, t));
        }
        for c in &article.captions {
            units.push((Unit::Caption, without_photo_credit(c)));
        }
        units.push((Unit::Body, &article.body));
        for (unit, text) in units {
            let dateline = Filing {
                place: dateline_place.as_deref(),
                country: dateline_country.as_deref(),
            };
            scan(text, unit, &mut doc, dateline);
        }
        let dateline_country = dateline_place
            .as_deref()
            .and_then(|p| doc.namesake_in_story(p, dateline_country.as_deref()))
            .map(str::to_owned)
            .or(dateline_country);
        if let Some(place) = &dateline_place {
            doc.dateline_location(place, dateline_country.as_deref());
        }
        let subdivision = article
            .dateline
            .as_ref()
            .and_then(|d| d.subdivision.as_deref());
        if let Some(state) = subdivision {
            doc.dateline_location(state, dateline_country.as_deref());
        }
        doc.finish(article, dateline_country.as_deref())
    }
}

/// A caption without its closing photo credit ("... (AP Photo/Jane Roe)"): the photographer
/// and the agency are not what the picture is about.
fn without_photo_credit(caption: &str) -> &str {
    match caption.rfind('(') {
        Some(open) if caption[open..].to_ascii_lowercase().contains("photo") => {
            caption[..open].trim_end()
        }
        _ => caption,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Title,
    Caption,
    Body,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Person {
        role: Option<String>,
        country: Option<&'static str>,
    },
    Org,
    Location {
        candidates: Vec<&'static str>,
        kind: LocKind,
    },
    Country(&'static str),
    /// "Georgia": a country or a US state, settled by the rest of the article.
    CountryOrState {
        country: &'static str,
        state_country: &'static str,
    },
}

impl Kind {
    /// A person named without a stated role or country.
    fn untitled_person() -> Self {
        Kind::Person {
            role: None,
            country: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LocKind {
    Place,
    Region,
    Feature,
}

#[derive(Debug, Clone)]
struct Hit<'a> {
    kind: Kind,
    name: String,
    unit: Unit,
    /// Byte span of the mention in its unit's text, and the words there; empty for the dateline.
    start: usize,
    end: usize,
    text: &'a str,
    /// Paragraph index within the body (0 = lede).
    paragraph: usize,
}

#[derive(Default)]
struct Doc<'a> {
    hits: Vec<Hit<'a>>,
}

impl<'a> Doc<'a> {
    fn persons(&self) -> impl Iterator<Item = &Hit<'a>> {
        self.hits
            .iter()
            .filter(|h| matches!(h.kind, Kind::Person { .. }))
    }

    /// "GEORGE TOWN" in a story about Penang: the dateline names the Malaysian city, not the
    /// Cayman capital the name alone suggests. The one other country with a city of that name
    /// that the story points to, when nothing in it points to `country`.
    fn namesake_in_story(&self, place: &str, country: Option<&str>) -> Option<&'static str> {
        let g = Gazetteer::global();
        let points_to = |c: &str| {
            self.hits.iter().any(|h| match &h.kind {
                Kind::Country(k) => *k == c,
                Kind::Location { candidates, .. } => candidates[..] == [c],
                _ => false,
            })
        };
        let current = country?;
        if points_to(current) {
            return None;
        }
        let mut others = g
            .places(place)
            .iter()
            .filter(|p| p.kind == PlaceKind::City && p.country != current)
            .map(|p| p.country)
            .filter(|c| points_to(c));
        let first = others.next()?;
        others.all(|c| c == first).then_some(first)
    }

    fn dateline_location(&mut self, place: &str, country: Option<&str>) {
        let g = Gazetteer::global();
        let title_case: String = place
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |f| {
                    f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
        let known = self.hits.iter().find(|h| {
            h.name.eq_ignore_ascii_case(place) && matches!(h.kind, Kind::Location { .. })
        });
        // The gazetteer's spelling when it only differs in case ("RIO DE JANEIRO" is "Rio de
        // Janeiro", not "Rio De Janeiro").
        let spelled = g
            .places(place)
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(place))
            .map_or(title_case, |p| p.name.to_owned());
        let name = known.map_or(spelled, |h| h.name.clone());
        let candidates: Vec<&'static str> = match country.and_then(|c| g.country(c)) {
            Some(c) => vec![c.code],
            None => g.places(place).iter().map(|p| p.country).collect(),
        };
        if g.country_by_name(place).is_none() {
            self.hits.push(Hit {
                kind: Kind::Location {
                    candidates,
                    kind: LocKind::Place,
                },
                name,
                unit: Unit::Title,
                start: 0,
                end: 0,
                text: "",
                paragraph: 0,
            });
        }
    }

    fn finish(self, article: &Article, dateline_country: Option<&str>) -> Enrichment {
        let g = Gazetteer::global();
        // Country evidence that needs no resolution: names, demonyms, the dateline.
        let mut explicit: BTreeMap<&'static str, f64> = BTreeMap::new();
        for h in &self.hits {
            if let Kind::Country(c) = h.kind {
                *explicit.entry(c).or_default() += 1.0;
            }
            if let Kind::Person {
                country: Some(c), ..
            } = h.kind
            {
                *explicit.entry(c).or_default() += 0.0;
            }
        }
        if let Some(c) = dateline_country.and_then(|c| g.country(c)) {
            explicit.entry(c.code).or_default();
        }
        let has_us_context = explicit.contains_key("US")
            || self.hits.iter().any(
                |h| matches!(&h.kind, Kind::Location { candidates, .. } if candidates == &["US"]),
            );
        let georgia_country_context = self.hits.iter().any(|h| {
            matches!(h.kind, Kind::Country("GE"))
                || matches!(&h.kind, Kind::Location { candidates, .. } if candidates.first() == Some(&"GE"))
        });

        // Resolve each hit to an entity and the country it adds.
        let mut entities: Vec<Entity> = Vec::new();
        let mut index: FxHashMap<(EntityType, String), usize> = FxHashMap::default();
        let mut country_weight: BTreeMap<&'static str, f64> = BTreeMap::new();
        let mut entity_weight: Vec<f64> = Vec::new();
        let mut roles: FxHashMap<usize, (Option<String>, Option<&'static str>)> =
            FxHashMap::default();
        let mut in_title: Vec<&'static str> = Vec::new();
        // The country the story is filed from, else the one it names most: "the Communist
        // Party" there is that country's.
        let mut home_names: FxHashMap<String, Option<String>> = FxHashMap::default();
        let home = dateline_country.and_then(|c| g.country(c)).or_else(|| {
            explicit
                .iter()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .and_then(|(c, _)| g.country(c))
        });
        // "Brussels" in a story about the EU means the EU, not Belgium: such a city still lists
        // its country but gives it no say in what the story is about.
        let orgs: Vec<&str> = self
            .hits
            .iter()
            .filter(|h| h.kind == Kind::Org)
            .map(|h| h.name.as_str())
            .collect();
        let stands_for_a_body = |place: &str| {
            SEATS.iter().any(|(city, bodies)| {
                city.eq_ignore_ascii_case(place)
                    && orgs.iter().any(|o| bodies.iter().any(|b| o.contains(b)))
            })
        };
        // A headline's short form of a name the story gives in full ("Premier Abang Johari" ...
        // "Premier Tan Sri Abang Johari Openg") is the same person.
        let person_names: Vec<&str> = self.persons().map(|h| h.name.as_str()).collect();
        // A headline's "Toyota" for the story's "Toyota Motor Corp" is the company, though a town
        // has the name, unless the story names the place too (its dateline is a headline hit
        // with no text).
        let place_in_story = |name: &str| {
            self.hits.iter().any(|o| {
                (o.unit != Unit::Title || o.text.is_empty())
                    && matches!(o.kind, Kind::Location { .. })
                    && o.name == name
            })
        };
        // "... to invest in Intel": a place only by its cue, with the name of an organization
        // the story names, is that organization.
        let company_in_title = |h: &Hit<'_>| {
            let unknown_place =
                matches!(&h.kind, Kind::Location { candidates, .. } if candidates.is_empty());
            if unknown_place && orgs.contains(&h.name.as_str()) {
                return Some(h.name.clone());
            }
            let place = matches!(h.kind, Kind::Location { .. });
            let headline = h.unit == Unit::Title && !h.text.is_empty();
            (place && headline && !place_in_story(&h.name))
                .then(|| org_opened_by(&orgs, &h.name))
                .flatten()
        };
        // "near Chala" in a Peru story: a small town is mostly one of the countries the story
        // deals with, so a namesake abroad that nothing else points to implies no country.
        // So is a district named in plain English words ("Black River" in a Jamaica story is
        // also a district of Mauritius).
        let lex = Lexicon::global();
        let small_town = |name: &str| {
            let places = g.places(name);
            let plain_words = || name.split(' ').all(|w| lex.is_english_word(w));
            !places.is_empty()
                && places.iter().all(|p| {
                    p.kind == PlaceKind::City && p.population < 50_000
                        || p.kind != PlaceKind::City && plain_words()
                })
        };
        let mut pointed_to: Vec<&str> = explicit.keys().copied().collect();
        for h in &self.hits {
            if let Kind::Location { candidates, .. } = &h.kind {
                if let [c] = candidates[..] {
                    if !small_town(&h.name) && !pointed_to.contains(&c) {
                        pointed_to.push(c);
                    }
                }
            }
        }
        for h in &self.hits {
            let seat = matches!(h.kind, Kind::Location { .. }) && stands_for_a_body(&h.name);
            let weight = match h.unit {
                _ if seat => 0.01,
                Unit::Title => 3.0,
                Unit::Caption => 0.5,
                Unit::Body if h.paragraph == 0 => 2.0,
                Unit::Body => 1.0,
            };
            let company = company_in_title(h);
            // "Tanzania's Hassan sworn in": a headline's surname of someone the story names in
            // full, though a town has the name.
            let headline_person = (h.unit == Unit::Title
                && !h.text.is_empty()
                && matches!(h.kind, Kind::Location { .. }))
            .then(|| surname_of(&person_names, &h.name))
            .flatten();
            // "Dongfang Jingyuan said" after "Dongfang Jingyuan Electron, a maker of tools": an
            // untitled name that opens a company's name is its short form.
            let short_company = matches!(h.kind, Kind::Person { role: None, .. })
                .then(|| org_opened_by(&orgs, &h.name))
                .flatten();
            let (etype, name, country) = match &h.kind {
                Kind::Person { .. } if short_company.is_some() => (
                    EntityType::Organization,
                    short_company.clone().unwrap_or_default(),
                    None,
                ),
                Kind::Person { .. } => {
                    let name =
                        fuller_name(&person_names, &h.name).unwrap_or_else(|| h.name.clone());
                    let name = Lexicon::global()
                        .person_spelling(&name)
                        .map_or(name, str::to_owned);
                    (EntityType::Person, name, None)
                }
                Kind::Org => {
                    let name = fuller_org(&orgs, &h.name).unwrap_or_else(|| h.name.clone());
                    // Asked once per name: each question is several lexicon lookups.
                    let home_name = home_names
                        .entry(name.clone())
                        .or_insert_with(|| home_body(&name, home))
                        .clone();
                    let name = home_name.unwrap_or(name);
                    (EntityType::Organization, spelled_out_corp(name), None)
                }
                Kind::Country(c) => (
                    EntityType::Location,
                    g.country(c).map_or(h.name.clone(), |x| x.name.to_owned()),
                    Some(*c),
                ),
                Kind::CountryOrState {
                    country,
                    state_country,
                } => {
                    if has_us_context && !georgia_country_context {
                        (EntityType::Location, h.name.clone(), Some(*state_country))
                    } else {
                        (
                            EntityType::Location,
                            g.country(country)
                                .map_or(h.name.clone(), |x| x.name.to_owned()),
                            Some(*country),
                        )
                    }
                }
                Kind::Location { .. } if company.is_some() => {
                    (EntityType::Organization, company.unwrap_or_default(), None)
                }
                Kind::Location { .. } if headline_person.is_some() => (
                    EntityType::Person,
                    headline_person.clone().unwrap_or_default(),
                    None,
                ),
                Kind::Location { candidates, .. } => {
                    // Of the countries with a place so named, the one the story names most
                    // ("Punjab" in a story filed from Pakistan that mentions India once).
                    let said = |c: &&str| {
                        explicit
                            .get(c)
                            .map(|n| n + f64::from(dateline_country == Some(*c)))
                    };
                    let c = candidates
                        .iter()
                        .filter_map(|c| Some((*c, said(c)?)))
                        .fold(None, |best: Option<(&str, f64)>, (c, n)| match best {
                            Some((_, m)) if m >= n => best,
                            _ => Some((c, n)),
                        })
                        .map(|(c, _)| c)
                        .or_else(|| {
                            // "the South East" of England is also a district of Botswana: a
                            // name of compass words alone implies no country the story omits.
                            let compass = h.name.split(' ').all(|w| COMPASS_WORDS.contains(w));
                            let abroad = !pointed_to.is_empty()
                                && !candidates.iter().any(|c| pointed_to.contains(c))
                                && small_town(&h.name);
                            (!compass && !abroad)
                                .then(|| candidates.first().copied())
                                .flatten()
                        });
                    (EntityType::Location, h.name.clone(), c)
                }
            };
            if let Some(c) = country {
                *country_weight.entry(c).or_default() += weight;
                if h.unit == Unit::Title && !h.text.is_empty() && !seat {
                    in_title.push(c);
                }
            }
            let key = (
                etype,
                if name.is_ascii() {
                    name.to_ascii_lowercase()
                } else {
                    name.to_lowercase()
                },
            );
            let idx = *index.entry(key).or_insert_with(|| {
                entities.push(Entity {
                    name: name.clone(),
                    kind: etype,
                    mentions: Vec::new(),
                    salience: None,
                    role: None,
                    country: None,
                });
                entity_weight.push(0.0);
                entities.len() - 1
            });
            entity_weight[idx] += weight;
            if let Kind::Person { role, country } = &h.kind {
                let slot = roles.entry(idx).or_default();
                if slot.0.is_none() {
                    slot.0 = role.clone();
                }
                if slot.1.is_none() {
                    slot.1 = *country;
                }
            }
            if h.unit == Unit::Body && h.end > h.start {
                entities[idx].mentions.push(Mention {
                    start: h.start,
                    end: h.end,
                    text: h.text.to_owned(),
                });
            }
        }
        // A national agency's unqualified titles are its own country's officials.
        let home = article
            .wire
            .as_deref()
            .and_then(|w| crate::pipeline::normalize::home_country(w, dateline_country));
        if let Some(home) = home {
            for (role, country) in roles.values_mut() {
                if role.is_some() && country.is_none() {
                    *country = Some(home);
                }
            }
        }
        // A headline about a person ("Anwar: ASEAN must ...") is about their country too, when
        // the story states it ("Malaysian Prime Minister Anwar Ibrahim").
        let title_words: Vec<&str> = article
            .title
            .as_deref()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.len() >= 4)
            .collect();
        for (&idx, (_, country)) in &roles {
            let Some(c) = *country else { continue };
            let named_in_title = entities[idx]
                .name
                .split(' ')
                .any(|part| title_words.contains(&part));
            if named_in_title && !in_title.contains(&c) {
                *country_weight.entry(c).or_default() += 3.0;
                in_title.push(c);
            }
        }
        let dateline_seat = article
            .dateline
            .as_ref()
            .and_then(|d| d.place.as_deref())
            .is_some_and(stands_for_a_body);
        if let Some(c) = dateline_country.and_then(|c| g.country(c)) {
            *country_weight.entry(c.code).or_default() += if dateline_seat { 0.01 } else { 4.0 };
        }
        let top = entity_weight
            .iter()
            .copied()
            .fold(0.0_f64, f64::max)
            .max(1.0);
        for (i, e) in entities.iter_mut().enumerate() {
            e.mentions.sort_by_key(|m| m.start);
            e.mentions.dedup_by_key(|m| m.start);
            e.salience = Some((entity_weight[i] / top * 100.0).round() / 100.0);
            if let Some((role, country)) = roles.remove(&i) {
                e.role = role;
                e.country = country.map(str::to_owned);
            }
        }
        entities.sort_by(|a, b| {
            b.salience
                .partial_cmp(&a.salience)
                .unwrap_or(std::cmp::Ordering::Equal)
        });

        let max = country_weight.values().copied().fold(0.0_f64, f64::max);
        let mut ranked: Vec<(&'static str, f64)> = country_weight.into_iter().collect();
        ranked.sort_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(b.0))
        });
        // The story is about the top country, those its headline names and any close to the top;
        // three at most, in weight order. A headline's country with under a third of the top's
        // weight is a side it deals with ("Prabowo cancels China trip" is about Indonesia).
        let mut primary: Vec<&'static str> = Vec::new();
        for (rank, (code, w)) in ranked.iter().enumerate() {
            let headline = in_title.contains(code) && *w >= max * 0.3;
            if primary.len() < 3 && (rank == 0 || headline || *w >= max * 0.5) {
                primary.push(code);
            }
        }
        let countries = ranked
            .iter()
            .filter_map(|(code, _)| {
                let c = g.country(code)?;
                Some(CountryLabel {
                    code: c.code.to_owned(),
                    name: c.name.to_owned(),
                    region: Some(c.region.to_owned()),
                    subregion: c.subregion.map(str::to_owned),
                    intermediate_region: c.intermediate_region.map(str::to_owned),
                    primary: primary.contains(code),
                })
            })
            .collect();
        let _ = article;
        Enrichment {
            entities,
            regions: Regions { countries },
        }
    }
}

/// Byte offsets where each paragraph after the first starts.
fn paragraph_breaks(text: &str) -> Vec<usize> {
    memchr::memmem::find_iter(text.as_bytes(), b"\n\n").collect()
}

/// The longest lexicon phrase starting at token `i` (tokens joined by spaces only).
/// `key` is scratch space for the phrase keys, reused across calls (this runs for every
/// capitalised word, so it is inlined into the scan).
#[inline(always)]
fn longest_match<'t>(
    toks: &[Token<'t>],
    i: usize,
    key: &mut String,
) -> Option<(usize, &'static [Sense])> {
    let lex = Lexicon::global();
    // Phrases start with a capital; lower-case titles are single words, already in `senses`.
    if !toks[i].cap {
        return None;
    }
    let first = toks[i].senses;
    let mut best = (!first.is_empty() && toks[i].cap).then_some((i + 1, first));
    if !toks[i].opens_phrase {
        return best;
    }
    key.clear();
    lexicon::push_key_word(key, toks[i].text);
    for j in i + 1..toks.len().min(i + lex.max_phrase_tokens) {
        if !lex.is_prefix(key) || !toks[j].joined_to_prev || possessive_place(&toks[j - 1]) {
            break;
        }
        lexicon::push_key_word(key, toks[j].text);
        let senses = lex.senses(key);
        // A name may end in lower case after an acronym ("UN refugee agency", "SK hynix"; not
        // "U.S. treasury secretary"), and a region's in any case ("Pacific island nations").
        // A number ends a name too ("Group of 20").
        let ends = || {
            toks[j].cap
                || toks[j].text.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::is_acronym(toks[i].text) && (j >= i + 2 || toks[i].senses.is_empty())
                || senses.iter().any(|s| matches!(s, Sense::Region(_)))
        };
        if !senses.is_empty() && ends() {
            best = Some((j + 1, senses));
        }
    }
    best
}

/// `longest_match` for a rule asked outside the scan's loop, with the thread's key buffer.
fn longest_match_at(toks: &[Token<'_>], i: usize) -> Option<(usize, &'static [Sense])> {
    lexicon::with_scratch(|key| longest_match(toks, i, key))
}

/// The run of a name from token `i`: capitalised words, with joiners (lower-case words) between
/// capitalised words.
fn cap_run(toks: &[Token<'_>], i: usize, joiners: &WordSet) -> usize {
    let mut j = i;
    let mut end = i;
    // Where the run ended before the first joiner it crossed, and the last joiner.
    let mut before_joiner = None;
    let mut last_joiner = i;
    while j < toks.len() {
        if j > i && !toks[j].joined_to_prev {
            break;
        }
        let t = toks[j].text;
        // "Office of Foreign Assets Control": after a joiner a title's word is the name's.
        // (Joiners are lower-case words: a capitalised one is none, unasked.)
        let after_joiner = j > i && !toks[j - 1].cap && joiners.contains(toks[j - 1].text);
        // "Kenya Union of Post Primary Education Teachers", "Office of the Electoral
        // Commissioner": after a body's head and a joiner, only a whole title before a name
        // ends the body's name ("Bank of Japan Governor Kazuo Ueda").
        let body_of =
            before_joiner.is_some_and(|e: usize| e > i && ORG_HEADS.contains(toks[e - 1].text));
        let title = || {
            title_at(toks, j)
                && (!body_of || {
                    longest_match_at(toks, j).is_some_and(|(e, senses)| {
                        senses.contains(&Sense::Title)
                            && toks
                                .get(e)
                                .is_some_and(|n| n.cap && n.joined_to_prev && n.name_word)
                    })
                })
        };
        if j > i && (!after_joiner && title() || possessive_place(&toks[j - 1])) {
            break;
        }
        // "New Zealand's South Island": a place of several words owning what follows.
        if j > i + 1 && toks[j - 1].possessive && owning_place(&toks[i..j]) {
            break;
        }
        if toks[j].cap || arabic_article(t) {
            // "Kaikoura on New Zealand's South Island": a place's possessive after a joiner,
            // with more name after it, starts another name; the run ends before the joiner
            // ("Federation of German Employers' Associations" goes on).
            let more = toks.get(j + 1).is_some_and(|n| n.cap && n.joined_to_prev);
            let owner = || owning_place(&toks[last_joiner + 1..=j]);
            if let Some(e) = before_joiner.filter(|_| toks[j].possessive && more && owner()) {
                return e;
            }
            j += 1;
            end = j;
        } else if j > i
            && joiners.contains(t)
            // "of New Zealand": a stopword may open a known name after the joiner.
            && toks
                .get(j + 1)
                .is_some_and(|n| !n.stopword || n.opens_phrase)
        {
            before_joiner.get_or_insert(end);
            last_joiner = j;
            j += 1;
        } else {
            break;
        }
    }
    end
}

fn span_text<'t>(text: &'t str, toks: &[Token<'_>], from: usize, to: usize) -> &'t str {
    &text[toks[from].start..toks[to - 1].end]
}

/// Where the story was filed, as its dateline says: evidence for reading the names in it.
#[derive(Clone, Copy)]
struct Filing<'d> {
    place: Option<&'d str>,
    /// ISO code.
    country: Option<&'d str>,
}

fn scan<'a>(text: &'a str, unit: Unit, doc: &mut Doc<'a>, dateline: Filing<'_>) {
    let lex = Lexicon::global();
    let first_hit = doc.hits.len();
    let mut toks = tokenize(text);
    // Capitalised words that open titles but are no title themselves, settled once all words'
    // facts are known.
    let mut title_openers = Vec::new();
    // Each word's own senses, looked up once: most rules ask about single words.
    for k in 0..toks.len() {
        if toks[k].cap {
            // "... NNPC Ltd. Filling stations": an ordinary word after a legal form's dot opens
            // a sentence ("Sony Group Corp. President" does not read on either).
            let after_legal_dot = k > 0
                && toks[k].joined_to_prev
                && toks[k - 1].text.ends_with('.')
                && LEGAL_FORMS.contains(toks[k - 1].text)
                && !LEGAL_FORMS.contains(toks[k].text)
                && lex.is_english_word(toks[k].text);
            let t = &mut toks[k];
            if after_legal_dot {
                t.sentence_start = true;
                t.joined_to_prev = false;
            }
            let facts = lex.word_facts(t.text);
            t.senses = facts.senses;
            // Asked of capitalised words by many rules; both lists hold capitalised words only.
            t.stopword = facts.stopword;
            t.opens_title = facts.opens_title;
            t.opens_phrase = facts.opens_phrase;
            t.name_word = name_word(t);
            if t.opens_title && !t.name_word && !t.senses.contains(&Sense::Title) {
                title_openers.push(k);
            }
        } else if arabic_article(toks[k].text) {
            toks[k].name_word = name_word(&toks[k]);
        } else if toks.get(k + 1).is_some_and(|n| n.cap) && lex.is_lower_title(toks[k].text) {
            // A lower-case word matters only as a title before a name.
            toks[k].senses = lex.lookup_word(toks[k].text);
        } else if toks.get(k + 2).is_some_and(|n| n.cap && n.joined_to_prev)
            && !toks[k + 1].cap
            && toks[k + 1].joined_to_prev
            && lex.starts_lower_title(toks[k].text)
        {
            // "former prime minister Nouri al-Maliki": a title in lower case, marked at its first
            // word so that the scan stops there and matches the whole title.
            toks[k].senses = &[Sense::Title];
        }
    }
    // A word that opens only longer titles is a name where no title follows it: "Tan" of
    // "Tan Sri" is a surname in "Lip-Bu Tan said".
    for k in title_openers {
        let probe = Token {
            opens_title: false,
            ..toks[k]
        };
        if name_word(&probe) && !title_at(&toks, k) {
            toks[k].name_word = true;
        }
    }
    // A caption's closing credit ("... March 23. Yonhap") names the photo agency, not a subject.
    if unit == Unit::Caption
        && toks
            .last()
            .is_some_and(|t| crate::pipeline::normalize::is_agency(t.text))
    {
        toks.pop();
    }
    // "... leader Kim Jong-un / Korea Daily Wire": what follows a caption's last slash credits
    // the photo's outlet.
    if let Some(slash) = (unit == Unit::Caption)
        .then(|| text.rfind(" / "))
        .flatten()
        .filter(|&at| text[at..].split_whitespace().nth(5).is_none())
    {
        toks.retain(|t| t.start < slash);
    }
    let defined = acronym_definitions(text, &toks);
    let mut i = 0;
    let breaks = paragraph_breaks(text);
    let push = |doc: &mut Doc<'a>, kind: Kind, mut name: String, from: usize, to: usize| {
        // "the Peronist coalition": a leaning by itself names no body.
        if kind == Kind::Org
            && to == from + 1
            && name == toks[from].text
            && leaning_word(&toks[from])
        {
            return;
        }
        // "the S&P 500", "the FTSE 100", "the Nikkei 225": a market index, not its compiler.
        let written = &text[toks[from].start..toks[to - 1].end];
        if kind == Kind::Org && market_index(written, text, toks[to - 1].end) {
            return;
        }
        // "Asiana Airlines Inc.": when the canonical name keeps the legal form as written, the
        // mention is the name as copy repeats it, without it; so the entity carries both.
        let (orig_to, mut to) = (to, to);
        // "Korean Air Lines Co.": a known body with its legal form is the known body; the
        // mention keeps the form as written.
        let known = (kind == Kind::Org && to > from + 1)
            .then(|| {
                (from + 1..to)
                    .rev()
                    .find(|&k| !LEGAL_FORMS.contains(toks[k].text))
            })
            .flatten()
            .filter(|&k| k + 1 < to)
            .and_then(|k| lookup_org(&text[toks[from].start..toks[k].end]));
        if let Some(known) = known {
            name = known;
        }
        while kind == Kind::Org
            && to > from + 1
            && LEGAL_FORMS.contains(toks[to - 1].text)
            && name.ends_with(&text[toks[to - 1].start..toks[orig_to - 1].end])
            // Those `spelled_out_corp` writes in full are two forms already.
            && !matches!(toks[to - 1].text, "Co" | "Co." | "Corp" | "Corp.")
        {
            to -= 1;
        }
        let (start, end) = (toks[from].start, toks[to - 1].end);
        let written: &'a str = &text[start..end];
        let paragraph = if unit == Unit::Body {
            breaks.partition_point(|&b| b < start)
        } else {
            0
        };
        doc.hits.push(Hit {
            kind,
            name,
            unit,
            start,
            end,
            text: written,
            paragraph,
        });
    };
    // People found without a title: the words are the name.
    let push_person = |doc: &mut Doc<'a>, from: usize, to: usize| {
        let name = person_name(text, &toks[from..to]);
        push(doc, Kind::untitled_person(), name, from, to);
    };
    // Places named by the text itself (features, cued names): the words are the name.
    let push_place = |doc: &mut Doc<'a>, kind: LocKind, from: usize, to: usize| {
        let name = text[toks[from].start..toks[to - 1].end].to_owned();
        push(
            doc,
            Kind::Location {
                candidates: Vec::new(),
                kind,
            },
            name,
            from,
            to,
        );
    };
    // The rest of a list of companies after one ("lines including Maersk and Hapag-Lloyd"):
    // each is pushed; the list's end is returned.
    let push_org_list = |doc: &mut Doc<'a>, end: usize| -> usize {
        let mut at = end;
        for (from, to) in org_list_rest(text, &toks, end) {
            let name = span_text(text, &toks, from, to).to_owned();
            push(doc, Kind::Org, name, from, to);
            at = to;
        }
        at
    };
    let mut phrase_key = String::with_capacity(48);
    while i < toks.len() {
        // Most words are lower case and no title; no rule starts at them but one: "the town of
        // al-Mazraa", where a place's noun cues a name opened by an Arabic article. (Lower-case
        // words are name words only when an Arabic article opens them.)
        if !toks[i].cap && toks[i].senses.is_empty() {
            let arabic_place = toks[i].name_word
                && toks[i].text[3..].starts_with(char::is_uppercase)
                && i >= 2
                && toks[i - 1].text == "of"
                && GEO_NOUNS.contains(toks[i - 2].text);
            if arabic_place {
                push_place(doc, LocKind::Place, i, i + 1);
            }
            i += 1;
            continue;
        }
        // "the MV Glen Sannox": a ship's name is no person or place.
        if toks[i].text.len() <= 5
            && toks.get(i + 1).is_some_and(|n| n.cap && n.joined_to_prev)
            && SHIP_PREFIXES.contains(toks[i].text)
        {
            i = cap_run(&toks, i + 1, &NO_JOINERS);
            continue;
        }
        let t = toks[i];
        // An acronym this article defined ("... Authority (TMA)"), and the name that defines it,
        // whole even when it opens with a country ("Bangladesh Garment ... Association").
        if let Some(def) = (t.cap && !defined.is_empty())
            .then(|| {
                defined
                    .get_key_value(t.text)
                    .map(|(a, d)| (a, d, i + 1))
                    .or_else(|| {
                        defined
                            .iter()
                            .find(|(_, d)| d.start == i)
                            .map(|(a, d)| (a, d, d.end))
                    })
            })
            .flatten()
        {
            let (acronym, def, end) = def;
            // "Kuala Lumpur International Airport (KLIA)": a place has short names too.
            let feature = def
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| FEATURE_HEADS.contains(w) && !ORG_HEADS.contains(w));
            if feature && lookup_org(&def.name).is_none() {
                let kind = Kind::Location {
                    candidates: Vec::new(),
                    kind: LocKind::Feature,
                };
                push(doc, kind, def.name.clone(), i, end);
                i = end;
                continue;
            }
            let name = lookup_org(&def.name)
                .or_else(|| org_extending(acronym, &def.name))
                .unwrap_or_else(|| def.name.clone());
            push(doc, Kind::Org, name, i, end);
            i = end;
            continue;
        }
        // "St. Mary's School", "St Peter's Square": a saint's name owning a body or a place.
        let saint = t.text.starts_with('S') && matches!(t.text, "St." | "St" | "Saint" | "Ste.");
        if let Some((end, head)) = saint.then(|| saint_named(&toks, i)).flatten() {
            if FEATURE_HEADS.contains(head) {
                push_place(doc, LocKind::Feature, i, end);
            } else {
                let name = span_text(text, &toks, i, end).to_owned();
                push(doc, Kind::Org, name, i, end);
            }
            i = end;
            continue;
        }
        // "North and South Kivu": the first compass word names a place of its own.
        let and_follows = toks.get(i + 1).is_some_and(|a| a.text == "and");
        if let Some(shared) = and_follows
            .then(|| shared_place_name(text, &toks, i))
            .flatten()
        {
            if let Some((name, kind)) = shared {
                push(doc, kind, name, i, i + 1);
            }
            i += 2;
            continue;
        }
        let lexical = longest_match(&toks, i, &mut phrase_key);
        // Titles written in lower case ("spokeswoman Jane Roe") introduce names too.
        let title_end = match lexical {
            Some((end, senses)) if senses.contains(&Sense::Title) => Some(end),
            _ if !t.cap => {
                let lower = t.senses;
                lower
                    .contains(&Sense::Title)
                    .then(|| lower_title_end(&toks, i))
                    .flatten()
            }
            _ => None,
        };
        if let Some(end) = title_end {
            let mut n = end;
            // "his counterpart, Yoko Kamikawa": a comma may sit between a role and the name.
            if n < toks.len()
                && !toks[n].joined_to_prev
                && !t.cap
                && text[toks[n - 1].end..toks[n].start].trim() == ","
            {
                n = end;
            } else if n < toks.len() && !toks[n].joined_to_prev {
                n = usize::MAX;
            }
            // "Prince Moulay Abdellah Stadium", "King Saud University": a one-word title opening
            // the name of a place or a body named after its holder.
            if n != usize::MAX && t.cap && end == i + 1 {
                let named_end = cap_run(&toks, n, &JOINERS);
                // "Chancellor Friedrich Merz's Christian Democratic Union": the holder's
                // possessive; the body is the holder's, not named after them.
                let named_end = (n..named_end)
                    .find(|&k| toks[k].possessive)
                    .map_or(named_end, |_| n);
                let head = toks[named_end - 1].text;
                if named_end > n + 1 && closing_feature_head(head) {
                    push_place(doc, LocKind::Feature, i, named_end);
                    i = named_end;
                    continue;
                }
                if named_end > n + 1 && ORG_HEADS.contains(head) {
                    let name = span_text(text, &toks, i, named_end).to_owned();
                    push(doc, Kind::Org, name, i, named_end);
                    i = named_end;
                    continue;
                }
            }
            if n != usize::MAX {
                // "the official Korean Central News Agency": the title word precedes a name of
                // an organization, not of a person.
                // A name closed by a possessive is the person's ("Prime Minister Anthony
                // Albanese's Labor Party"), whatever follows it.
                // "Vice Premier He Lifeng": after a title, a short capitalised stopword before a
                // name word is a surname.
                let stopword_surname = toks[n].stopword
                    && toks[n].text.len() <= 3
                    && toks
                        .get(n + 1)
                        .is_some_and(|w| w.joined_to_prev && w.name_word);
                let person_end = if stopword_surname {
                    person_name_end(&toks, n + 1)
                } else {
                    person_name_end(&toks, n)
                };
                // "Premier Doug Ford": after a title and a given name, a word that is otherwise
                // only a company's name is the surname.
                let person_end = person_end.map(|e| {
                    let company_word = toks.get(e).is_some_and(|w| {
                        w.joined_to_prev
                            && w.cap
                            && !w.senses.is_empty()
                            && w.senses.iter().all(|s| matches!(s, Sense::Org(_)))
                    });
                    let closes = toks.get(e + 1).is_none_or(|x| !x.cap || !x.joined_to_prev);
                    if e == n + 1 && company_word && closes {
                        e + 1
                    } else {
                        e
                    }
                });
                let owner = person_end.is_some_and(|e| toks[e - 1].possessive);
                let names_org =
                    !owner && org_by_head(&toks, n, cap_run(&toks, n, &JOINERS)).is_some();
                if let Some(name_end) = person_end.filter(|_| !names_org) {
                    let role = text[toks[i].start..toks[end - 1].end].to_owned();
                    let country = i.checked_sub(1).and_then(|p| {
                        demonym_or_country(&toks[p]).or_else(|| {
                            toks[i]
                                .joined_to_prev
                                .then(|| place_country(doc, unit, &toks[p], dateline))?
                        })
                    });
                    let name = person_name(text, &toks[n..name_end]);
                    push(
                        doc,
                        Kind::Person {
                            role: Some(role),
                            country,
                        },
                        name,
                        n,
                        name_end,
                    );
                    i = name_end;
                    continue;
                }
            }
        }
        if let Some(end) = t.cap.then(|| named_before_body(&toks, i)).flatten() {
            let name = span_text(text, &toks, i, end).to_owned();
            push(doc, Kind::Org, name, i, end);
            i = end;
            continue;
        }
        // A capitalised stopword inside a sentence can open an organization's name ("All Nippon
        // Airways"); elsewhere it starts nothing.
        // At a sentence start only a generic word can ("State Bank of India"), not "The".
        // "First Quantum Minerals, which runs ...": an ordinal may open a company's name there.
        let may_open = || {
            !t.sentence_start
                || FUNCTION_WORDS.contains(t.text)
                || matches!(
                    t.text,
                    "First" | "Standard" | "Royal" | "United" | "General"
                )
        };
        if t.cap && lexical.is_none() && t.stopword && may_open() {
            // "the State of Law Coalition": a joiner may follow the stopword.
            let of_next = toks
                .get(i + 1)
                .is_some_and(|n| n.text == "of" && n.joined_to_prev);
            let run_end = cap_run(&toks, if of_next { i } else { i + 1 }, &JOINERS);
            let named = toks
                .get(i + 1)
                .is_some_and(|n| (n.cap || of_next) && n.joined_to_prev)
                && run_end > i + 2
                && org_by_head(&toks, i + 1, run_end).is_some_and(|end| end == run_end);
            // "the military-run State Security and Peace Commission": or a name cued otherwise.
            let cued_end = (!named && !of_next && toks[i + 1..].first().is_some_and(|n| n.cap))
                .then(|| cued_org(text, &toks, i + 1))
                .flatten();
            if let Some(end) = cued_end {
                let name = text[t.start..toks[end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                continue;
            }
            // A known phrase inside the name is no bar ("Bank" is also a village somewhere).
            let covered = named
                && longest_match(&toks, i + 1, &mut phrase_key)
                    .is_some_and(|(end, _)| end >= run_end);
            if named && !covered {
                let name = text[t.start..toks[run_end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, run_end);
                i = run_end;
                continue;
            }
        }
        // "La Libertad Avanza": a Spanish article opens the name after it.
        let spanish_article = matches!(t.text, "El" | "La" | "Los" | "Las")
            && toks.get(i + 1).is_some_and(|n| n.cap && n.joined_to_prev);
        if !t.cap || (lexical.is_none() && t.stopword && !spanish_article) {
            i += 1;
            continue;
        }
        // "the Japan Agricultural Cooperatives group, known as JA Zen-Noh": the short name of
        // the body just named is another mention of it, whatever its words look like.
        if i >= 2 && toks[i - 1].text == "as" && toks[i - 2].text == "known" {
            let run = cap_run(&toks, i, &NO_JOINERS);
            let body = doc.hits.last().filter(|h| {
                h.kind == Kind::Org
                    && h.unit == unit
                    && h.end <= t.start
                    && t.start - h.end <= 24
                    && !text[h.end..t.start].contains(['.', ';'])
            });
            if let Some(name) = body.map(|h| h.name.clone()).filter(|_| run <= i + 3) {
                push(doc, Kind::Org, name, i, run);
                i = run;
                continue;
            }
        }
        // "raised its flood response to level III for the Pearl River basin": a numeral after
        // a common word opens no name.
        if i > 0
            && !toks[i - 1].cap
            && t.text.len() >= 2
            && t.text.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
            && lexical.is_none()
        {
            i += 1;
            continue;
        }
        // 'Ismael "El Mayo" Zambada': a nickname in quotes between the given and family names.
        if let Some((k, end)) = t.name_word.then(|| nicknamed(text, &toks, i)).flatten() {
            let name = format!("{} {}", t.text, person_name(text, &toks[k..end]));
            push(doc, Kind::untitled_person(), name, i, end);
            i = end;
            continue;
        }
        // A later mention of someone already named: "Kim", "Van der Linden", "Wang Yi".
        if let Some((name, end)) = known_person(doc, &toks, i) {
            push(doc, Kind::untitled_person(), name, i, end);
            i = end;
            continue;
        }
        let run_end = cap_run(&toks, i, &JOINERS);
        // "Statistics Korea", "Health Canada": an agency named by its field and its country.
        // Headlines capitalise every word, so not there.
        let next_joined = toks.get(i + 1).is_some_and(|n| n.cap && n.joined_to_prev);
        if next_joined && lexical.is_none() && unit != Unit::Title && SECTOR_NAMES.contains(t.text)
        {
            if let Some(end) = country_closing_name(&toks, i + 1, &mut phrase_key) {
                let name = span_text(text, &toks, i, end).to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                continue;
            }
        }
        // "Parti Warisan Sabah", "Partido Popular": a name opened by another language's word
        // for a party, university or bank.
        if next_joined && lexical.is_none() && NAME_OPENERS.contains(t.text) {
            let name = span_text(text, &toks, i, run_end).to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // The same words as an organization found earlier by a cue ("rail operator Deutsche
        // Bahn" ... "Deutsche Bahn warned"), unless the lexicon knows a longer name here.
        if let Some(name) = known_org_mention(doc, &text[t.start..toks[run_end - 1].end])
            .filter(|_| lexical.is_none_or(|(l, _)| l <= run_end))
        {
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // "The Dodgers rallied": a team's nickname alone, after its full name.
        if let Some(name) = (lexical.is_none() && run_end == i + 1 && t.text.ends_with('s'))
            .then(|| known_org_ending(doc, t.text))
            .flatten()
        {
            push(doc, Kind::Org, name, i, i + 1);
            i += 1;
            continue;
        }
        // Continent words name no country and no location ("South America", "Europe").
        // Unless the word opens an organization's name ("European Steel Association").
        if let Some(end) = continent_at(&toks, i)
            .filter(|&e| lexical.is_none_or(|(l, _)| l <= e))
            .filter(|_| org_by_head(&toks, i, run_end).is_none())
        {
            i = end;
            continue;
        }
        // A demonym can open an organization's name ("Nigerian Midstream and ...").
        let demonym_only = lexical.is_some_and(|(e, senses)| {
            e == i + 1
                && senses.iter().any(|s| matches!(s, Sense::Demonym(_)))
                && !senses.iter().any(|s| matches!(s, Sense::Org(_)))
        });
        // "the GMB and Unite unions": two names before a plural word for bodies are two bodies.
        if let Some((first_end, second, end)) = (lexical.is_none())
            .then(|| pair_before_plural_body(&toks, i))
            .flatten()
        {
            for (from, to) in [(i, first_end), (second, end)] {
                let name = span_text(text, &toks, from, to).to_owned();
                push(doc, Kind::Org, name, from, to);
            }
            i = end;
            continue;
        }
        if lexical.is_none() || demonym_only {
            if let Some(end) = cued_org(text, &toks, i) {
                let name = text[toks[i].start..toks[end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                continue;
            }
        }
        if lexical.is_none() {
            // "Airline IndiGo said ...": the company word opening the sentence is not part of
            // the name; the name after it is taken up by the company-word rule below.
            if t.sentence_start
                && is_company_noun(t.text)
                && toks.get(i + 1).is_some_and(|n| n.cap && n.joined_to_prev)
            {
                i += 1;
                continue;
            }
        }
        let lex_end = lexical.map_or(i, |(e, _)| e);
        // "Shares of HDFC Bank" opening a sentence: the words before "of" are no part of the
        // organization's name when the head comes only after it.
        if lexical.is_none() && t.sentence_start {
            if let Some(of_at) = common_words_before_of(&toks, i, run_end) {
                i = of_at + 1;
                continue;
            }
        }
        // "Denmark's Maersk", "Brazil's Petrobras": one unknown capitalised word (or words joined
        // by hyphens, "Hapag-Lloyd") after a country's possessive is a company or body of that
        // country; in story text a person would be named in full or with a title. Headlines
        // name people this way ("Japan's Kamikawa seeks ..."), so not there.
        let hyphened = (i + 1..run_end).all(|k| &text[toks[k - 1].end..toks[k].start] == "-");
        // "in China's Xinjiang" is a place still.
        // "from the Gashuunsukhait port to China's Ganqimaodu": "to" after a "from" in the same
        // clause goes to a place too.
        let from_to = || {
            i >= 2
                && toks[i - 2].text == "to"
                && toks[i - 2].joined_to_prev
                && toks[i.saturating_sub(10)..i - 2]
                    .iter()
                    .rev()
                    .take_while(|w| w.joined_to_prev)
                    .any(|w| w.text == "from")
        };
        // But "a stake in China's Zhipu" names a company.
        let stake = || {
            i >= 3
                && (STAKE_WORDS.contains(toks[i - 3].text)
                    || matches!(toks[i - 3].text, "invested" | "investment" | "investing"))
        };
        let after_locative = i >= 2 && (is_locative(toks[i - 2].text) && !stake() || from_to());
        if unit == Unit::Body
            && lexical.is_none()
            && hyphened
            && t.joined_to_prev
            && i > 0
            && (possessive_place(&toks[i - 1]) || place_hit_owns(doc, &toks[i - 1]))
            && !after_locative
            // "Norway's DNO", "China's CATL": an acronym too, unless it names goods ("China's
            // GDP").
            && (name_word(&t)
                || run_end == i + 1
                    && t.senses.is_empty()
                    && t.text.len() >= 2
                    && lexicon::is_acronym(t.text)
                    && !GOODS_ACRONYMS.contains(t.text))
            && !blocks_unknown_name(&toks[i..run_end])
            // "Israel's Leviathan field" is a place, for the place cues below.
            && !toks
                .get(run_end)
                .is_some_and(|n| n.joined_to_prev && GEO_NOUNS.contains(n.text))
        {
            let name = text[t.start..toks[run_end - 1].end].to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // "Long March-2F", "Shenzhou-15", "Su-57": a name ending in a hyphened number
        // designates a model or a mission, which is no entity.
        if lexical.is_none() && run_end > i && designation(toks[run_end - 1].text) {
            i = run_end;
            continue;
        }
        // "Rivals Samsung Electronics are ...": a common word opening the sentence is no part
        // of the known name after it.
        if lexical.is_none()
            && t.sentence_start
            && run_end > i + 1
            && matches!(
                t.text,
                "Rival"
                    | "Rivals"
                    | "Peer"
                    | "Peers"
                    | "Competitor"
                    | "Competitors"
                    | "Partner"
                    | "Partners"
                    | "Parent"
                    | "Owner"
                    | "Lender"
                    | "Lenders"
                    | "Analysts"
                    | "Investors"
                    | "Shares"
            )
            && longest_match(&toks, i + 1, &mut phrase_key)
                .is_some_and(|(_, senses)| senses.iter().any(|s| matches!(s, Sense::Org(_))))
        {
            i += 1;
            continue;
        }
        // "Spirit AeroSystems", "TrendForce": a capital inside a word marks a company's name;
        // no person or place is written so (besides "McDonald", "DeSantis" and the like).
        // "the maker of ChatGPT": what a maker makes is a product.
        let product = i >= 2
            && toks[i - 1].text == "of"
            && matches!(
                toks[i - 2].text,
                "maker" | "makers" | "creator" | "developer"
            );
        if lexical.is_none()
            && run_end > i
            && run_end - i <= 3
            && !product
            && toks[i..run_end].iter().any(|w| camel_case(w.text))
            && toks[i..run_end]
                .iter()
                .all(|w| w.senses.is_empty() && !w.opens_title)
            && !blocks_unknown_name(&toks[i..run_end])
        {
            let name = span_text(text, &toks, i, run_end).to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // A capitalised run with an organization head is an organization, unless a longer
        // curated phrase covers it. A short form of an organization already named is that one
        // ("the Workers' Party" after "the Workers' Party of Korea").
        // "South Africa's High Court": a place's possessive opens no organization name.
        // "Deby's Patriotic Salvation Movement": nor does the possessive of someone the story
        // names.
        let owner_place = lexical.is_some() && toks[lex_end - 1].possessive
            || t.possessive && person_word(doc, t.text);
        // "the Japan Agricultural Cooperatives group": two or more capitalised words right
        // before a word for a body name that body.
        // "senator María Fernanda Cabal of the Democratic Center party": a full name before
        // "of" is a member of the body, not part of its name.
        let member_of = || {
            person_name_end(&toks, i).is_some_and(|e| {
                e >= i + 2
                    && toks.get(e).is_some_and(|o| o.text == "of")
                    && looks_like_full_name(&toks[i..e])
            })
        };
        // "Sonko's Pastef party", "the Medián institute": one foreign word will do before a
        // word for a party or a research house.
        let party_word = || {
            run_end == i + 1
                && t.senses.is_empty()
                && !t.sentence_start
                && !lexicon::is_acronym(t.text)
                && !Lexicon::global().is_english_word(t.text)
                && !leaning_word(&t)
                && toks.get(run_end).is_some_and(|n| {
                    n.joined_to_prev
                        && matches!(
                            n.text,
                            "party" | "movement" | "coalition" | "institute" | "consultancy"
                        )
                })
        };
        let body_after = !owner_place
            && (run_end >= i + 2 || party_word())
            && lex_end < run_end
            && !t.opens_title
            && toks[i..run_end].iter().any(|w| w.senses.is_empty())
            // "Modi's BJP party": the owner is no part of the body's name.
            && !toks[i..run_end - 1].iter().any(|w| w.possessive)
            && toks
                .get(run_end)
                .is_some_and(|n| !n.cap && n.joined_to_prev && BODY_NOUNS.contains(n.text))
            && !member_of();
        if body_after && org_by_head(&toks, i, run_end).is_none() {
            let name = text[t.start..toks[run_end - 1].end].to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // "Mizuho Research & Technologies": a name the ampersand goes on with is read whole
        // below (`longer_body`).
        let ampersand = run_end > i && text[toks[run_end - 1].end..].starts_with(" & ");
        if !owner_place && !ampersand && (run_end > lex_end || lexical.is_none()) {
            if let Some(org_end) = org_by_head(&toks, i, run_end)
                .map(|e| in_country(&toks, i, and_field(text, &toks, i, e)))
            {
                // "Political Bureau of the Communist Party of China Central Committee": a body's
                // organ named by function is that body.
                if let Some((from, to, name)) = organ_of_known_body(&toks, i, org_end) {
                    push(doc, Kind::Org, name, from, to);
                    i = org_end;
                    continue;
                }
                if org_end >= lex_end {
                    let text_name = span_text(text, &toks, i, org_end);
                    let name = lookup_org(text_name)
                        .or_else(|| extended_by_acronym(text, toks[org_end - 1].end, text_name))
                        .or_else(|| known_org(doc, text_name))
                        .unwrap_or_else(|| full_country_prefix(text_name.to_owned()));
                    push(doc, Kind::Org, name, i, org_end);
                    // "producers including Southern Copper and Buenaventura".
                    let listed = t.joined_to_prev
                        && company_noun_before(&toks, i)
                            .is_some_and(|n| plural_company_noun(toks[n].text));
                    i = org_end;
                    if listed {
                        i = push_org_list(doc, i);
                    }
                    continue;
                }
            } else if lexical.is_none()
                && toks[i..run_end].iter().any(|t| {
                    FUNCTIONAL_HEADS.contains(t.text)
                        || org_head(t.text)
                            && toks[i..run_end]
                                .iter()
                                .all(|w| FUNCTION_WORDS.contains(w.text) || org_head(w.text))
                })
            {
                // A body named only by its function ("Ministry of Water Resources"): no entity,
                // and none of its words starts one either. Unless the text gives it a short name
                // ("National Mining Agency, known as ANM", "National Water Commission
                // (Conagua)"): then it is that one body.
                if short_name_follows(text, toks[run_end - 1].end) {
                    let name = text[t.start..toks[run_end - 1].end].to_owned();
                    push(doc, Kind::Org, name, i, run_end);
                }
                // A ministry's portfolios go on past "and" ("Ministry of Energy and Mineral
                // Resources"); words the lexicon knows are something else ("and Amnesty
                // International").
                let portfolios = toks[i..run_end]
                    .windows(2)
                    .any(|w| w[0].text == "Ministry" && w[1].text == "of");
                i = run_end;
                while let Some(next) = list_item_after(text, &toks, i).filter(|_| portfolios) {
                    let end = cap_run(&toks, next, &JOINERS);
                    if toks[next..end].iter().any(|w| !w.senses.is_empty()) {
                        break;
                    }
                    i = end;
                }
                continue;
            }
        }
        // "copper giant Codelco", "lithium producer SQM": an unknown name right after a word for
        // a company is that company, unless it reads as a person's full name ("producer Jane
        // Roe"). A verb after it ("SQM said") says nothing either way here. Before the place
        // heads: "campaign group River Action" names a group, not a river.
        // A demonym may open the name ("rail operator Deutsche Bahn").
        // After such a word, a town's name is the company's ("carmaker Toyota").
        let town_only = lexical.is_some_and(|(e, senses)| e == i + 1 && senses == [Sense::Place]);
        // Or one word set off by a comma: "the mining regulator, Sernageomin, ordered", "the
        // payments agency, OPEKEPE."
        // Up to three words: "the state's investment agency, Guidance Tamil Nadu."
        let apposed = || {
            !t.joined_to_prev
                && text[toks[i - 1].end..t.start].trim() == ","
                && run_end <= i + 3
                && text[toks[run_end - 1].end..]
                    .trim_start()
                    .starts_with([',', '.', ';'])
        };
        // A name may open with a country's or a place's ("his party Pakistan Tehreek-e-Insaf",
        // "the party La Libertad Avanza").
        let runs_past_a_known_name = run_end > lex_end
            && lexical.is_some_and(|(_, senses)| {
                senses
                    .iter()
                    .any(|s| matches!(s, Sense::Country(_) | Sense::Place))
            })
            && toks[lex_end..run_end].iter().all(|w| w.senses.is_empty());
        let noun_at = (i > 0).then(|| company_noun_before(&toks, i)).flatten();
        // "Kazakhstan's giant Tengiz field": a place's noun after the name makes the word before
        // it an adjective.
        let place_after = toks
            .get(run_end)
            .is_some_and(|n| n.joined_to_prev && GEO_NOUNS.contains(n.text));
        if let Some(noun) = noun_at.filter(|&noun| {
            // "the bank's Geneva office": the place is the company's, not its name.
            let owned_place = town_only && toks[noun].possessive;
            (lexical.is_none()
                || demonym_only
                || town_only && !owned_place
                || runs_past_a_known_name)
                && (t.joined_to_prev || !toks[i - 1].cap && apposed())
                && !place_after
        }) {
            let end = run_end;
            if end > i
                && !blocks_unknown_name(&toks[i..end])
                && (end - i == 1
                    // "the governing coalition's Jeannette Jara": a body's member, named in full.
                    || !(toks[noun].possessive
                        || NOUNS_FOR_PEOPLE_TOO
                            .iter()
                            .any(|n| n.eq_ignore_ascii_case(toks[noun].text)))
                    || !looks_like_full_name(&toks[i..end]))
            {
                let listed = plural_company_noun(toks[noun].text);
                let name = text[toks[i].start..toks[end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                if listed {
                    i = push_org_list(doc, i);
                }
                continue;
            }
        }
        // "Shares in Woodside rose", "a stake in Brixo": a name one owns shares of is a company,
        // though a town has it.
        let owned = i >= 2
            && t.joined_to_prev
            && matches!(toks[i - 1].text, "in" | "of")
            && toks[i - 1].joined_to_prev
            // "to list shares in London": where they trade, not whose they are.
            && !(i >= 3
                && matches!(
                    toks[i - 3].text,
                    "list" | "lists" | "listed" | "listing" | "float" | "trade" | "traded"
                ))
            && STAKE_WORDS
                .words()
                .iter()
                .any(|w| w.eq_ignore_ascii_case(toks[i - 2].text))
            // "shares of Istanbul-listed Akbank": the place qualifies the company that follows.
            && !text[toks[run_end - 1].end..].starts_with('-');
        if owned && (lexical.is_none() || town_only) && !blocks_unknown_name(&toks[i..run_end]) {
            let name = span_text(text, &toks, i, run_end).to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // "Nvidia Chief Executive Jensen Huang", "Villa manager Unai Emery": an unknown name
        // before a role held in a body, itself before a person's name, is that body. A town's
        // name serves a club too ("Liverpool manager Arne Slot").
        // Roles are lower case or titles; a plain capitalised word after the name is none.
        let role_may_follow = toks
            .get(run_end)
            .is_some_and(|r| r.joined_to_prev && (!r.cap || r.opens_title));
        if role_may_follow && (lexical.is_none() || town_only) {
            // Not a name at all: a blocked run, a leaning, or common words opening a sentence.
            let no_name = || {
                blocks_unknown_name(&toks[i..run_end])
                    || LEANINGS.contains(t.text)
                    || t.sentence_start && common_words_in(text, &toks[i..run_end])
                    // "Head coach Mike Hesson": a word that qualifies the role.
                    || run_end == i + 1
                        && matches!(
                            t.text,
                            "Head" | "Assistant" | "Interim" | "Acting" | "Former" | "Deputy"
                                | "Senior" | "Team" | "General"
                        )
            };
            let role_end = member_role_end(&toks, run_end).filter(|_| !no_name());
            if let Some(role_end) = role_end {
                let named = person_name_end(&toks, role_end).is_some_and(|e| e >= role_end + 2)
                    || known_person(doc, &toks, role_end).is_some();
                if named {
                    let written = span_text(text, &toks, i, run_end);
                    let name = known_org_ending(doc, written)
                        .or_else(|| known_org(doc, written))
                        .unwrap_or_else(|| written.to_owned());
                    push(doc, Kind::Org, name, i, run_end);
                    i = run_end;
                    continue;
                }
            }
        }
        // "Niger River", "Mekong Delta": a feature named after a country or place.
        let venue_words = || {
            toks[i..run_end]
                .windows(2)
                .any(|w| venue_pair(w[0].text, w[1].text))
        };
        // "Inner Mongolia Autonomous Region" is the known place (see `admin_unit_end`).
        let unit_named = lexical.is_some() && admin_unit_end(&toks, lex_end) == Some(run_end);
        if run_end > lex_end
            && !unit_named
            && (closing_feature_head(toks[run_end - 1].text)
                || TRAILING_FEATURE_HEADS.contains(toks[run_end - 1].text)
                || venue_words())
        {
            if let Some(end) = feature_by_head(&toks, i, run_end) {
                let mut from = after_common_opening(&toks, i, end);
                // "the Russian Black Sea port": a demonym before a known feature's name says
                // whose part of it; it is no part of the name.
                let demonym = demonym_or_country(&toks[from]).filter(|_| {
                    toks[from]
                        .senses
                        .iter()
                        .all(|s| matches!(s, Sense::Demonym(_)))
                });
                if let Some(c) = demonym.filter(|_| {
                    let rest: Vec<&str> = toks[from + 1..end].iter().map(|t| t.text).collect();
                    rest.len() >= 2 && !Lexicon::global().lookup(&rest).is_empty()
                }) {
                    push(
                        doc,
                        Kind::Country(c),
                        toks[from].text.to_owned(),
                        from,
                        from + 1,
                    );
                    from += 1;
                }
                push_place(doc, LocKind::Feature, from, end);
                i = end;
                continue;
            }
        }
        // "Orlen, Poland's largest fuel retailer,": what the name is follows it in commas;
        // "Aliko Dangote, Africa's richest man,": likewise for a person.
        // A town's name serves a company too ("Barry Callebaut, the largest buyer,").
        if lexical.is_none() || town_only {
            let end = run_end;
            // "Olam Agri and Barry Callebaut, two of the largest buyers,": a plural head in
            // apposition to a pair says what both are.
            let pair_head = || {
                let next =
                    list_item_after(text, &toks, end).filter(|&n| toks[n - 1].text == "and")?;
                let next_end = cap_run(&toks, next, &NO_JOINERS);
                (next_end - next <= 4)
                    .then(|| appositive_head(text, &toks, next_end))
                    .flatten()
                    .filter(|head| plural_company_noun(head))
            };
            if let Some(head) = (end - i <= 4)
                .then(|| appositive_head(text, &toks, end).or_else(pair_head))
                .flatten()
            {
                let full_name = looks_like_full_name(&toks[i..end]);
                if is_company_noun(head) && !blocks_unknown_name(&toks[i..end]) {
                    let name = text[t.start..toks[end - 1].end].to_owned();
                    push(doc, Kind::Org, name, i, end);
                    i = end;
                    continue;
                }
                if PEOPLE_NOUNS.contains(&head) && full_name {
                    push_person(doc, i, end);
                    i = end;
                    continue;
                }
                // "El Teniente, the world's largest underground copper mine,".
                if GEO_NOUNS.contains(head) && !blocks_unknown_name(&toks[i..end]) {
                    let from = after_common_opening(&toks, i, end);
                    push_place(doc, LocKind::Place, from, end);
                    i = end;
                    continue;
                }
            }
        }
        // A person's name that a lexicon word only starts ("Jordan Whitfield, who ...").
        let person_end = person_name_end(&toks, i).filter(|&e| {
            e - i >= 2
                && e > lex_end
                && person_cued(text, &toks, i, e)
                && !title_of(&toks, i)
                && !all_english(&toks[i..e])
                // "Adani Ports said": a company's known name before ordinary words names its
                // unit, not a person.
                && !(lexical.is_some_and(|(l, senses)| {
                    senses.iter().all(|s| matches!(s, Sense::Org(_)))
                        && l < e
                        && all_english(&toks[l..e])
                }))
        });
        if let Some(end) = person_end {
            push_person(doc, i, end);
            i = end;
            continue;
        }
        if let Some((end, senses)) = lexical {
            // "Gulf of Oman", "Sea of Japan": a feature named after the country it borders.
            if let Some(feature_end) = feature_of(&toks, i, end) {
                push_place(doc, LocKind::Feature, i, feature_end);
                i = feature_end;
                continue;
            }
            // "Antofagasta Plc": a legal form after a known name makes it a company's.
            let form = toks
                .get(end)
                .filter(|f| f.joined_to_prev && LEGAL_FORMS.contains(f.text));
            if form.is_some() && !senses.iter().any(|s| matches!(s, Sense::Org(_))) {
                let name = span_text(text, &toks, i, end + 1).to_owned();
                push(doc, Kind::Org, name, i, end + 1);
                i = end + 1;
                continue;
            }
            // A place inside an event's name is not a place ("East Asia Summit"); a body is
            // still named there ("the ASEAN Summit", "the Sony Open").
            let body = senses.iter().any(|s| matches!(s, Sense::Org(_)));
            if let Some(event_end) = event_after(&toks, end).filter(|_| !body) {
                i = event_end;
                continue;
            }
            let phrase = &text[toks[i].start..toks[end - 1].end];
            // "Pacific leaders", "Pacific nations": the island states, not the ocean.
            let senses = if phrase == "Pacific"
                && toks.get(end).is_some_and(|n| {
                    n.joined_to_prev
                        && matches!(
                            n.text,
                            "leaders" | "nations" | "countries" | "states" | "governments"
                        )
                }) {
                lex.lookup(&["Pacific", "Islands"])
            } else {
                senses
            };
            // A place name that only starts a longer unknown name ("North" in "North Kivu").
            let place_only = senses
                .iter()
                .all(|s| *s == Sense::Place || *s == Sense::Title);
            // A hyphen to the next name ("the Manitoba-Saskatchewan border") does not make this
            // one longer.
            let hyphened = toks
                .get(end)
                .is_some_and(|n| &text[toks[end - 1].end..n.start] == "-");
            // "mayor of Medellín Daniel Quintero": after a title's "of", the name that follows
            // is the holder's.
            // "Inner Mongolia Autonomous Region", "Gansu Province": a known place and the word
            // for its kind of unit are that place.
            // "the Toronto Blue Jays", "Los Angeles Dodgers": a city and a plural nickname name
            // its team.
            // "the Kafue River ... The Kafue flows into the Zambezi": the river again, not the
            // town of that name, unless the text says town.
            let town_cued =
                i >= 2 && toks[i - 1].text == "of" && GEO_NOUNS.contains(toks[i - 2].text);
            if let Some((kind, name)) = (place_only && !town_cued)
                .then(|| feature_named_before(doc, phrase))
                .flatten()
            {
                push(doc, kind, name, i, end);
                i = end;
                continue;
            }
            if let Some(team_end) = place_only.then(|| team_after_city(&toks, end)).flatten() {
                let name = span_text(text, &toks, i, team_end).to_owned();
                push(doc, Kind::Org, name, i, team_end);
                i = team_end;
                continue;
            }
            let unit_end = admin_unit_end(&toks, end);
            let longer = !hyphened
                && !title_of(&toks, i)
                && unit_end.is_none()
                && cap_run(&toks, i, &NO_JOINERS) > end;
            // "in Douala and Garoua": a small town the text itself marks as a place.
            let cued_town = || {
                let lex = Lexicon::global();
                let cued = place_only
                    && !lex.is_stopword(phrase)
                    && place_cued(doc, unit, text, &toks, i, end);
                cued.then(|| place_location(Gazetteer::global().places(phrase)))
            };
            // "the Fiji Hotel and Tourism Association": a country's or a place's name opening
            // a body's name that "and" joins.
            let joined_body = || {
                let e = cued_org(text, &toks, end)?;
                (toks[end..e].iter().any(|w| w.text == "and")).then_some(e)
            };
            if let Some(e) = (!toks[end - 1].possessive
                && toks.get(end).is_some_and(|n| n.cap && n.joined_to_prev)
                && senses
                    .iter()
                    .any(|s| matches!(s, Sense::Country(_) | Sense::Place)))
            .then(joined_body)
            .flatten()
            {
                let name = span_text(text, &toks, i, e).to_owned();
                push(doc, Kind::Org, name, i, e);
                i = e;
                continue;
            }
            // "by its Spanish initials", "said in Arabic.": a language, neither country nor
            // place.
            let language = senses.iter().any(|s| matches!(s, Sense::Demonym(_)))
                && senses
                    .iter()
                    .all(|s| matches!(s, Sense::Demonym(_) | Sense::Place))
                && language_named(text, &toks, i, end, false);
            // "CPC Blend crude": a grade of oil named after a pipeline, not a party.
            let grade = toks
                .get(end)
                .is_some_and(|n| n.joined_to_prev && matches!(n.text, "Blend" | "crude"));
            if language || grade && senses.iter().any(|s| matches!(s, Sense::Org(_))) {
                i = end + usize::from(grade);
                continue;
            }
            if let Some(kind) = (!(place_only && longer))
                .then(|| {
                    resolve_senses(senses, phrase, &toks, i, end, text, dateline).or_else(cued_town)
                })
                .flatten()
            {
                let mut end = end;
                if let (Some(unit_end), Kind::Location { .. }) = (unit_end, &kind) {
                    push(doc, kind, phrase.to_owned(), i, unit_end);
                    i = unit_end;
                    continue;
                }
                // "Gaza City": a city named after its place or region, which the gazetteer lacks.
                if let Kind::Location { candidates, .. } = &kind {
                    if city_after(&toks, end) {
                        let kind = Kind::Location {
                            candidates: candidates.clone(),
                            kind: LocKind::Place,
                        };
                        push(doc, kind, format!("{phrase} City"), i, end + 1);
                        i = end + 1;
                        continue;
                    }
                    // "San Juan de Lurigancho", "San Pedro de Atacama": a known name that a
                    // particle and another name lengthen is another place, one the gazetteer
                    // lacks (San Pedro alone would be Ivory Coast's port).
                    let particle = toks.get(end).is_some_and(|p| {
                        p.joined_to_prev
                            && matches!(p.text, "de" | "del" | "do" | "da" | "dos" | "das")
                    });
                    let more = toks.get(end + 1).is_some_and(|n| n.joined_to_prev && n.cap);
                    if particle && more && matches!(kind, Kind::Location { .. }) {
                        let longer = cap_run(&toks, end + 1, &NO_JOINERS);
                        push_place(doc, LocKind::Place, i, longer);
                        i = longer;
                        continue;
                    }
                    // "the Kyzyl-Bel crossing": a known name hyphened to a word no list knows
                    // is another place.
                    let hyphened = toks.get(end).is_some_and(|n| {
                        &text[toks[end - 1].end..n.start] == "-"
                            && n.cap
                            && n.senses.is_empty()
                            && !n.stopword
                            && !n.opens_title
                            && !lexicon::is_acronym(n.text)
                            && toks
                                .get(end + 1)
                                .is_none_or(|a| !a.cap || !a.joined_to_prev)
                    });
                    if hyphened && end == i + 1 {
                        push_place(doc, LocKind::Place, i, end + 1);
                        i = end + 1;
                        continue;
                    }
                }
                // "United Nations Command", "Mizuho Research & Technologies": a known name
                // opening a longer one with a head of its own names another body.
                if let Some(longer) = (kind == Kind::Org)
                    .then(|| {
                        longer_body(text, &toks, end)
                            .or_else(|| subsidiary(&toks, i, end, unit == Unit::Title))
                            .or_else(|| {
                                (unit != Unit::Title)
                                    .then(|| national_branch(&toks, i, end, senses))
                                    .flatten()
                            })
                    })
                    .flatten()
                {
                    let name = span_text(text, &toks, i, longer).to_owned();
                    push(doc, Kind::Org, name, i, longer);
                    i = longer;
                    continue;
                }
                let name = match &kind {
                    Kind::Org => {
                        let mut name = first_org(senses).unwrap_or_else(|| phrase.to_owned());
                        // "Embraer SA": the legal form written after a known name is part of it.
                        if let Some(form) = toks
                            .get(end)
                            .filter(|f| f.joined_to_prev && LEGAL_FORMS.contains(f.text))
                        {
                            name = format!("{name} {}", form.text);
                            end += 1;
                        }
                        name
                    }
                    Kind::Location {
                        kind: LocKind::Region,
                        ..
                    } => first_region(senses).unwrap_or_else(|| phrase.to_owned()),
                    _ => phrase.to_owned(),
                };
                // "Shipping lines including Maersk and Hapag-Lloyd": a known company may open a
                // list of companies.
                let listed = kind == Kind::Org
                    && t.joined_to_prev
                    && company_noun_before(&toks, i)
                        .is_some_and(|n| plural_company_noun(toks[n].text));
                push(doc, kind, name, i, end);
                i = end;
                if listed {
                    i = push_org_list(doc, i);
                }
                continue;
            }
            if senses.contains(&Sense::Title) {
                i = end;
                continue;
            }
        }
        // "Labour had broken its promises", "the Conservatives on 17%": a party by the short
        // name its members go by.
        if let Some(party) = party_by_short_name(&toks, i) {
            push(doc, Kind::Org, party.to_owned(), i, i + 1);
            i += 1;
            continue;
        }
        // "the Social Democrats": the party, named for the story's country when it has one
        // of that name (`home_body`).
        let members_of = match t.text {
            "Social" => Some("Social Democratic Party"),
            "Free" => Some("Free Democratic Party"),
            _ => None,
        };
        let party = members_of.filter(|_| {
            i > 0
                && toks[i - 1].text.eq_ignore_ascii_case("the")
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.text == "Democrats" && n.joined_to_prev)
        });
        if let Some(party) = party {
            push(doc, Kind::Org, party.to_owned(), i, i + 2);
            i += 2;
            continue;
        }
        // "the North" in a Korean story.
        if t.text == "North"
            && i > 0
            && toks[i - 1].text.eq_ignore_ascii_case("the")
            && run_end == i + 1
        {
            let korea = doc
                .hits
                .iter()
                .any(|h| matches!(h.kind, Kind::Country("KP" | "KR")));
            if korea {
                push(doc, Kind::Country("KP"), "North Korea".into(), i, i + 1);
                i += 1;
                continue;
            }
        }
        // Geographic features by their head ("Rufiji River", "Lake Chad", "Promenade des Anglais").
        if let Some(end) = feature_by_head(&toks, i, run_end) {
            push_place(doc, LocKind::Feature, i, end);
            i = end;
            continue;
        }
        // "SK hynix Inc.": a company that writes part of its name in lower case, as its legal
        // form shows.
        if lexical.is_none()
            && toks
                .get(i + 2)
                .is_some_and(|f| f.joined_to_prev && LEGAL_FORMS.contains(f.text))
            && toks[i + 1].joined_to_prev
            && !toks[i + 1].cap
            && !toks[i + 1].stopword
            && toks[i + 1].text.chars().all(char::is_alphabetic)
        {
            let name = text[t.start..toks[i + 2].end].to_owned();
            push(doc, Kind::Org, name, i, i + 3);
            i += 3;
            continue;
        }
        // "H&M and Inditex": one unknown word joined by "and" to an organization is another.
        if lexical.is_none()
            && i >= 2
            && toks[i - 1].text == "and"
            && t.joined_to_prev
            && toks[i - 1].joined_to_prev
            && toks.get(i + 1).is_none_or(|n| !n.cap || !n.joined_to_prev)
            && !blocks_unknown_name(&toks[i..=i])
            && doc
                .hits
                .last()
                .is_some_and(|h| h.unit == unit && h.kind == Kind::Org && h.end == toks[i - 2].end)
        {
            push(doc, Kind::Org, t.text.to_owned(), i, i + 1);
            i += 1;
            continue;
        }
        // "Ayala Land shares fell": a name whose shares move is a company's.
        if lexical.is_none() {
            let end = run_end;
            let moved = toks
                .get(end)
                .is_some_and(|n| n.joined_to_prev && n.text == "shares")
                && toks
                    .get(end + 1)
                    .is_some_and(|v| v.joined_to_prev && SHARE_MOVES.contains(&v.text));
            if moved && !blocks_unknown_name(&toks[i..end]) {
                let name = text[t.start..toks[end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                continue;
            }
        }
        // "economists at ANZ", "analysts at Nomura": the firm they work for.
        if lexical.is_none() && i >= 2 && toks[i - 1].text == "at" && t.joined_to_prev {
            let end = run_end;
            let employees = WORKS_AT
                .iter()
                .any(|w| w.eq_ignore_ascii_case(toks[i - 2].text));
            if employees && !blocks_unknown_name(&toks[i..end]) {
                let name = text[t.start..toks[end - 1].end].to_owned();
                push(doc, Kind::Org, name, i, end);
                i = end;
                continue;
            }
        }
        // "Red Electrica, part of Redeia", "a unit of Hanwha", "owned by Ageas": the owner of a
        // company is one.
        let owner = lexical.is_none()
            && i >= 2
            && t.joined_to_prev
            && toks[i - 1].joined_to_prev
            && matches!(
                (toks[i - 2].text, toks[i - 1].text),
                ("part" | "unit" | "subsidiary" | "arm" | "division", "of") | ("owned", "by")
            );
        if owner && !blocks_unknown_name(&toks[i..run_end]) && !lexicon::is_acronym(t.text) {
            let name = text[t.start..toks[run_end - 1].end].to_owned();
            push(doc, Kind::Org, name, i, run_end);
            i = run_end;
            continue;
        }
        // After "in", "near", "the island of", ... an unknown capitalised name is a place; an
        // acronym there is rather a body ("at ANZ").
        let place_run = cap_run(&toks, i, &NO_JOINERS);
        let acronym = place_run == i + 1 && lexicon::is_acronym(t.text);
        // "from Kurdish fields", "in Korean yards": a people's adjective, not a place's name.
        let peoples = place_run == i + 1
            && t.text.len() > 5
            && ["ish", "ean", "ese"].iter().any(|s| t.text.ends_with(s))
            && toks.get(i + 1).is_some_and(|n| !n.cap && n.joined_to_prev);
        // "said in Arabic.": a language.
        let language = place_run == i + 1
            && Lexicon::global().is_language(t.text)
            && language_named(text, &toks, i, place_run, true);
        if place_run > i
            && !acronym
            && !peoples
            && !language
            && !blocks_unknown_name(&toks[i..place_run])
        {
            // "taking over from Adrian Orr": after "from", an unknown full name is rather a
            // person's; a place there is mostly one the gazetteer knows.
            let from_person = i > 0
                && toks[i - 1].text == "from"
                && person_name_end(&toks, i)
                    .is_some_and(|e| e >= i + 2 && looks_like_full_name(&toks[i..e]));
            // "in Mongolia's Gashuunsukhait": a place's possessive between.
            let owned_after_locative = after_locative && possessive_place(&toks[i - 1]);
            let locative = toks[i].joined_to_prev
                && (locative_before(&toks, i) || owned_after_locative)
                && !from_person;
            if (locative || place_cued(doc, unit, text, &toks, i, place_run))
                && !person_cued(text, &toks, i, place_run)
            {
                push_place(doc, LocKind::Place, i, place_run);
                i = place_run;
                continue;
            }
        }
        // An unknown name that reads as a person's: hyphenated given names ("Song-nam"), words
        // around it, or two to four name words that the article never uses in lower case.
        if let Some(end) =
            person_name_end(&toks, i).filter(|&e| e - i >= 2 && cap_run(&toks, i, &NO_JOINERS) <= e)
        {
            // "resorts on Vanua Levu ... Vunidogoloa on Vanua Levu": an unknown name read as a
            // place once keeps that reading rather than a person's.
            if let Some((kind, name)) = lexical
                .is_none()
                .then(|| known_place_mention(doc, span_text(text, &toks, i, end)))
                .flatten()
            {
                push(doc, kind, name, i, end);
                i = end;
                continue;
            }
            let hyphenated = toks[i..end].iter().any(|t| {
                t.text
                    .split_once('-')
                    .is_some_and(|(_, p)| p.starts_with(char::is_lowercase))
            });
            // "Tohoku Shinkansen services": a name that qualifies a thing is not a person's.
            // So does "the Oyu Tolgoi copper mine", with what is mined between.
            let thing_at = |k: usize| {
                toks.get(k)
                    .is_some_and(|n| n.joined_to_prev && THINGS_NAMED.contains(n.text))
            };
            let qualifies_a_thing = thing_at(end)
                || toks.get(end).is_some_and(|m| !m.cap && m.joined_to_prev) && thing_at(end + 1);
            // "M-Pesa", "K-pop": a lone letter hyphened to a word is a brand, not an initial.
            let letter_hyphened = toks[i..end]
                .iter()
                .any(|w| w.text.len() == 1 && text[w.end..].starts_with('-'));
            // "Virat Kohli struck ... Kohli made 135": at a sentence start, a name whose last
            // word comes back alone later is a person's.
            // "the National Civil Registry": common English words throughout are no one's name;
            // "Temba Bavuma missed": no English word at all, before a verb, is a name even at a
            // sentence start.
            let lex = Lexicon::global();
            let english = || all_english(&toks[i..end]);
            let foreign_subject = || {
                let verb_or_apposition = toks.get(end).is_some_and(|v| {
                    !v.cap && (v.joined_to_prev || text[toks[end - 1].end..v.start].trim() == ",")
                });
                verb_or_apposition && toks[i..end].iter().all(|w| !lex.is_english_word(w.text))
            };
            let opens_sentence =
                t.sentence_start && (surname_recurs(&toks, end) || foreign_subject());
            let plausible = (!t.sentence_start || opens_sentence)
                && !qualifies_a_thing
                && !letter_hyphened
                && looks_like_full_name(&toks[i..end])
                && !common_words_in(text, &toks[i..end])
                && !english();
            let common = !t.sentence_start && common_words_in(text, &toks[i..end]);
            if common && !hyphenated {
                // "Marine Biological Diversity": common words, and no part of it is a name.
                i = end;
                continue;
            }
            // "Mineral Resources Minister ...": words before a title are its portfolio.
            let before_title = toks
                .get(end)
                .is_some_and(|n| n.joined_to_prev && n.opens_title);
            let cued = || person_cued(text, &toks, i, end) && !english();
            if !before_title && (hyphenated || cued() || plausible) {
                push_person(doc, i, end);
                i = end;
                continue;
            }
        }
        // "Kenya-led", "U.S.-based": a country in a compound.
        if let Some(c) = compound_country(t.text) {
            push(doc, Kind::Country(c), t.text.to_owned(), i, i + 1);
        }
        i += 1;
    }
    bracketed_names(text, &mut doc.hits[first_hit..]);
    bracketed_qualifiers(text, unit, &mut doc.hits, first_hit);
}

/// "Communist Party of Nepal (Unified Marxist-Leninist)": a curated name that carries a bracketed
/// qualifier is the body the whole phrase names, and the words in the brackets no entity of their
/// own.
fn bracketed_qualifiers(text: &str, unit: Unit, hits: &mut Vec<Hit<'_>>, from: usize) {
    let mut inside: Vec<(usize, usize)> = Vec::new();
    for h in &mut hits[from..] {
        let Some(rest) = (h.kind == Kind::Org)
            .then(|| text[h.end..].strip_prefix(" ("))
            .flatten()
        else {
            continue;
        };
        let Some(close) = rest.find(')') else {
            continue;
        };
        let qualifier = &rest[..close];
        let words_ok = qualifier.split_whitespace().count() <= 3
            && qualifier
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !lexicon::is_acronym(qualifier);
        if let Some(name) = words_ok
            .then(|| lookup_org(&format!("{} ({qualifier})", h.text)))
            .flatten()
        {
            h.name = name;
            inside.push((h.end, h.end + 2 + close + 1));
        }
    }
    if !inside.is_empty() {
        hits.retain(|h| h.unit != unit || !inside.iter().any(|&(s, e)| h.start > s && h.end <= e));
    }
}

/// "the Electoral Service (Servel)": a body named again at once in brackets by another name is
/// one body, under the bracketed name's canonical form when the lexicon knows it.
fn bracketed_names(text: &str, hits: &mut [Hit<'_>]) {
    for k in 1..hits.len() {
        let (a, b) = (&hits[k - 1], &hits[k]);
        let bracketed = a.kind == Kind::Org
            && b.kind == Kind::Org
            && a.name != b.name
            && text.get(a.end..b.start) == Some(" (")
            && text[b.end..].starts_with(')');
        // An acronym the name defines has the name's own name already (`acronym_definitions`).
        if bracketed && lookup_org(&b.name).is_some() {
            hits[k - 1].name = hits[k].name.clone();
        } else if bracketed && b.name == b.text {
            // "Turkish Statistical Institute (TurkStat)": a short name of the article's own,
            // here and wherever it comes back.
            let (short, full) = (b.name.clone(), a.name.clone());
            for h in hits[k..]
                .iter_mut()
                .filter(|h| h.kind == Kind::Org && h.name == short)
            {
                h.name = full.clone();
            }
        }
    }
}

/// If an event word follows at `end` ("Summit", "Conference"), the end of that event's name.
fn event_after(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let mut j = end;
    while j < toks.len() && toks[j].joined_to_prev && toks[j].cap {
        if EVENT_WORDS.contains(toks[j].text) {
            return Some(j + 1);
        }
        j += 1;
    }
    None
}

/// Runs that are neither people nor places: they open with a stopword or contain an event or
/// generic word ("March", "Ocean Conference", "Goods Agreement").
fn blocks_unknown_name(words: &[Token<'_>]) -> bool {
    // "La Libertad Avanza", "Los Angeles Lakers": a Spanish article may open a longer name.
    let article_opens = words.len() > 1 && matches!(words[0].text, "El" | "La" | "Los" | "Las");
    words[0].stopword && !article_opens
        || words[0].opens_title && title_at(words, 0)
        || words
            .iter()
            .any(|w| EVENT_WORDS.contains(w.text) || org_head(w.text))
}

/// Whether any of the words also appears in lower case in the text: then it is a common word
/// ("Marine Biological Diversity"), not part of a name.
fn common_words_in(text: &str, words: &[Token<'_>]) -> bool {
    words.iter().any(|w| {
        // A word without a capital is its own lower case: nothing to look for.
        if w.text.is_ascii() && !w.text.bytes().any(|b| b.is_ascii_uppercase()) {
            return false;
        }
        with_lowercase(w.text, |lower| {
            lower != w.text
                && memchr::memmem::find_iter(text.as_bytes(), lower).any(|at| {
                    let before = text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let after = text[at + lower.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    before && after
                })
        })
    })
}

/// Where a place's name starts in the run `i..end`: after an ordinary word and "of" or "on"
/// opening a sentence ("Construction of the Mutiara Line", "Parts of El Teniente", "Stocks on
/// Wall Street"), else at `i`.
fn after_common_opening(toks: &[Token<'_>], i: usize, end: usize) -> usize {
    let t = &toks[i];
    (t.sentence_start
        && toks
            .get(i + 1)
            .is_some_and(|o| matches!(o.text, "of" | "on"))
        && !FEATURE_HEADS.contains(t.text)
        && Lexicon::global().is_english_word(t.text))
    .then(|| (i + 2..end).find(|&k| toks[k].cap))
    .flatten()
    .unwrap_or(i)
}

/// The first word of a list's last item, from the name ending at `end`: ", Natanz and Isfahan"
/// gives Isfahan. Items are single capitalised words or known places; none when the list has
/// another shape.
fn last_list_item(text: &str, toks: &[Token<'_>], end: usize) -> Option<usize> {
    let mut k = end;
    for _ in 0..4 {
        let item = list_item_after(text, toks, k)?;
        // A known place may take several words ("Pasir Mas").
        let run = cap_run(toks, item, &NO_JOINERS);
        if run > item + 1 && !owning_place(&toks[item..run]) {
            return None;
        }
        // The item after "and" closes the list.
        if toks[k].text == "and" {
            return Some(item);
        }
        k = run;
    }
    None
}

#[cfg(test)]
mod tests;
