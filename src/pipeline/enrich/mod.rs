//! Enrich: the people, organizations and places an article names, with byte offsets of their
//! mentions in the normalized body, and the countries (with UN M49 regions) it is about.
//!
//! No model: a phrase index over curated lists and the gazetteer (`lexicon`), plus rules over
//! capitalised word runs — titles before names, heads of organization and place names, the words
//! around a name — then resolution of ambiguous names by the article's other evidence.

mod lexicon;
mod rules;
mod tokens;

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::article::Article;
use crate::event::{CountryLabel, Entity, EntityType, Mention, Regions};
use crate::gazetteer::{Country, Gazetteer, Place, PlaceKind};

use lexicon::{Lexicon, Sense};
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
        let mut doc = Doc::default();
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
        let ends = toks[j].cap
            || toks[j].text.starts_with(|c: char| c.is_ascii_digit())
            || lexicon::is_acronym(toks[i].text) && (j >= i + 2 || toks[i].senses.is_empty())
            || senses.iter().any(|s| matches!(s, Sense::Region(_)));
        if !senses.is_empty() && ends {
            best = Some((j + 1, senses));
        }
    }
    best
}

/// The end of the name `i..end` taken on past "and" and one more field when it names fields
/// after "of" ("Korea Chamber of Commerce and Industry"). Elsewhere "and" parts two names.
fn and_field(text: &str, toks: &[Token<'_>], i: usize, end: usize) -> usize {
    let names_fields = toks[i..end].iter().any(|t| matches!(t.text, "of" | "for"));
    // "Department of Public Works and Highways": a field named by a plural common noun too.
    let is_field = |f: &Token<'_>| {
        let plural_field = f.senses.is_empty()
            && f.text.len() > 4
            && f.text.ends_with('s')
            && !lexicon::is_acronym(f.text);
        f.cap && (FUNCTION_WORDS.contains(f.text) || plural_field)
    };
    // "National Society of Mining, Petroleum and Energy": fields listed with commas before
    // the "and" of the last one.
    let mut listed = end;
    if names_fields {
        // A field in such a list may be any ordinary word ("Petroleum").
        let lex = Lexicon::global();
        while toks.get(listed).is_some_and(|f| {
            &text[toks[listed - 1].end..f.start] == ", "
                && !f.sentence_start
                && (is_field(f) || f.cap && f.senses.is_empty() && lex.is_english_word(f.text))
        }) {
            listed += 1;
        }
    }
    let end = if listed > end
        && toks
            .get(listed)
            .is_some_and(|a| a.text == "and" && a.joined_to_prev)
    {
        listed
    } else {
        end
    };
    let field = toks
        .get(end + 1)
        .filter(|f| is_field(f) && f.joined_to_prev && toks[end].joined_to_prev);
    let closes = toks
        .get(end + 2)
        .is_none_or(|n| !n.cap || !n.joined_to_prev);
    // "Ronald Reagan Presidential Foundation and Institute": two heads of one body.
    let second_head = ORG_HEADS.contains(toks[end - 1].text)
        && toks.get(end + 1).is_some_and(|f| {
            f.joined_to_prev && ORG_HEADS.contains(f.text) && toks[end].joined_to_prev
        });
    let and = toks.get(end).is_some_and(|a| a.text == "and");
    if and && closes && (names_fields && field.is_some() || second_head) {
        return end + 2;
    }
    // "Office of Disaster Preparedness and Emergency Management": two common words after the
    // "and" that end the name are one more field; a known name or a title there is another
    // thing ("Bank of Japan and Federal Reserve", "and Prime Minister").
    let lex = Lexicon::global();
    let plain = |f: &Token<'_>| {
        f.cap
            && f.joined_to_prev
            && f.senses.is_empty()
            && !f.opens_phrase
            && !f.opens_title
            && lex.is_english_word(f.text)
    };
    let two_word_field = names_fields
        && and
        && toks[end].joined_to_prev
        && toks.get(end + 1).is_some_and(plain)
        && toks.get(end + 2).is_some_and(plain)
        && toks
            .get(end + 3)
            .is_none_or(|n| !n.cap || !n.joined_to_prev);
    if two_word_field {
        return end + 3;
    }
    // "International Association of Machinists and Aerospace Workers": a qualified plural
    // after "and" names the second group of members; a union's branch may follow ("District
    // 837").
    let plural_pair = names_fields
        && and
        && toks[end].joined_to_prev
        && toks.get(end + 1).is_some_and(|q| {
            q.cap && q.joined_to_prev && q.senses.is_empty() && !lexicon::is_acronym(q.text)
        })
        && toks.get(end + 2).is_some_and(|p| {
            p.cap && p.joined_to_prev && p.text.len() > 4 && p.text.ends_with('s')
        })
        && toks
            .get(end + 3)
            .is_none_or(|n| !n.cap || !n.joined_to_prev || matches!(n.text, "District" | "Local"));
    if plural_pair {
        end + 3
    } else {
        end
    }
}

/// "Association of Banks in Lebanon", "American Chamber of Commerce in China": a members' body
/// named for the country it works in. The end of the name, `end` or past the country.
fn in_country(toks: &[Token<'_>], i: usize, end: usize) -> usize {
    let members = toks[i..end]
        .iter()
        .any(|t| matches!(t.text, "Association" | "Chamber" | "Federation"));
    let country = toks
        .get(end)
        .is_some_and(|t| t.text == "in" && t.joined_to_prev)
        && toks.get(end + 1).is_some_and(|c| {
            c.joined_to_prev && c.senses.iter().any(|s| matches!(s, Sense::Country(_)))
        })
        && toks
            .get(end + 2)
            .is_none_or(|n| !n.cap || !n.joined_to_prev);
    if members && country {
        end + 2
    } else {
        end
    }
}

/// The run of a name from token `i`: capitalised words, with joiners between capitalised words.
fn cap_run(toks: &[Token<'_>], i: usize, joiners: &[&str]) -> usize {
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
        let after_joiner = j > i && joiners.contains(&toks[j - 1].text);
        // "Kenya Union of Post Primary Education Teachers", "Office of the Electoral
        // Commissioner": after a body's head and a joiner, only a whole title before a name
        // ends the body's name ("Bank of Japan Governor Kazuo Ueda").
        let body_of =
            before_joiner.is_some_and(|e: usize| e > i && ORG_HEADS.contains(toks[e - 1].text));
        let title = || {
            title_at(toks, j)
                && (!body_of || {
                    let mut key = String::new();
                    longest_match(toks, j, &mut key).is_some_and(|(e, senses)| {
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
            && joiners.contains(&t)
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

/// Whether the words are a known country, place or region's name.
fn owning_place(words: &[Token<'_>]) -> bool {
    let words: Vec<&str> = words.iter().map(|w| w.text).collect();
    Lexicon::global()
        .lookup(&words)
        .iter()
        .any(|s| matches!(s, Sense::Country(_) | Sense::Place | Sense::Region(_)))
}

/// Whether a title starts at token `j` ("Trade Minister", "Secretary Julius Ogamba"), not
/// merely a word that can start one ("Greater Vancouver Board of Trade said").
fn title_at(toks: &[Token<'_>], j: usize) -> bool {
    if !toks[j].opens_title {
        return false;
    }
    // "the Independent High Electoral Commission": capitalised words up to a body's head are
    // that body's name, not a person's.
    let names_a_body = || {
        let mut k = j + 1;
        while toks.get(k).is_some_and(|w| w.cap && w.joined_to_prev) {
            k += 1;
        }
        k > j + 1 && ORG_HEADS.contains(toks[k - 1].text)
    };
    // "TAP Air Portugal", "Grand Hyatt": words that open a title only as a whole one ("Air
    // Commodore", "Grand Mufti") need that whole title.
    let opens_only_whole = matches!(toks[j].text, "Air" | "Grand" | "Field" | "Rear");
    let before_name = !opens_only_whole
        && toks
            .get(j + 1)
            .is_some_and(|n| n.cap && n.joined_to_prev && n.name_word);
    let mut key = String::new();
    let title = before_name
        || longest_match(toks, j, &mut key)
            .is_some_and(|(_, senses)| senses.contains(&Sense::Title));
    title && !names_a_body()
}

/// Capitalised words that are never part of a person's name, in one set: this is asked of every
/// capitalised word of every article.
static NEVER_IN_NAMES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        NOT_NAME_WORDS.words(),
        CONTINENTS,
        ORG_HEADS.words(),
        FEATURE_HEADS.words(),
        EVENT_WORDS.words(),
    ]
    .concat()
    .into_iter()
    .collect()
});

fn name_word(t: &Token<'_>) -> bool {
    (t.cap || arabic_article(t.text))
        && !t.stopword
        && !t.opens_title
        && !NEVER_IN_NAMES.contains(t.text)
        && !t.senses.iter().any(|s| matches!(s, Sense::Demonym(_)))
        && compound_country(t.text).is_none()
        && t.text.chars().any(char::is_alphabetic)
        && !t.text.chars().any(|c| c.is_ascii_digit())
        && (!lexicon::is_acronym(t.text) || dotted_initials(t))
}

/// A person's initials ("D.N.", "T.R.B."): capitals each followed by a dot, which no lexicon
/// entry claims ("U.S." is a country's).
fn dotted_initials(t: &Token<'_>) -> bool {
    t.senses.is_empty()
        && t.text.len() >= 4
        && t.text.strip_suffix('.').is_some_and(tokens::initials)
}

/// A lower-case Arabic article joined to a name ("al-Sudani", "el-Sissi"): part of the name.
fn arabic_article(word: &str) -> bool {
    word.starts_with("al-") || word.starts_with("el-")
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
    // Each word's own senses, looked up once: most rules ask about single words.
    for k in 0..toks.len() {
        // "... NNPC Ltd. Filling stations": an ordinary word after a legal form's dot opens a
        // sentence ("Sony Group Corp. President" does not read on either).
        let after_legal_dot = k > 0
            && toks[k].cap
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
        if t.cap {
            let facts = lex.word_facts(t.text);
            t.senses = facts.senses;
            // Asked of capitalised words by many rules; both lists hold capitalised words only.
            t.stopword = facts.stopword;
            t.opens_title = facts.opens_title;
            t.opens_phrase = facts.opens_phrase;
            t.name_word = name_word(t);
        } else if arabic_article(t.text) {
            t.name_word = name_word(t);
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
    for k in 0..toks.len() {
        let candidate = toks[k].opens_title && !toks[k].name_word;
        if candidate && !toks[k].senses.contains(&Sense::Title) {
            let probe = Token {
                opens_title: false,
                ..toks[k]
            };
            if name_word(&probe) && !title_at(&toks, k) {
                toks[k].name_word = true;
            }
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
    let mut phrase_key = String::with_capacity(48);
    while i < toks.len() {
        // "the town of al-Mazraa": a place's noun cues a name opened by an Arabic article.
        // (Lower-case words are name words only when an Arabic article opens them.)
        let arabic_place = !toks[i].cap
            && toks[i].name_word
            && toks[i].text[3..].starts_with(char::is_uppercase)
            && i >= 2
            && toks[i - 1].text == "of"
            && GEO_NOUNS.contains(toks[i - 2].text);
        if arabic_place {
            push_place(doc, LocKind::Place, i, i + 1);
            i += 1;
            continue;
        }
        // Most words are lower case and no title; no rule starts at them.
        if !toks[i].cap && toks[i].senses.is_empty() {
            i += 1;
            continue;
        }
        // "the MV Glen Sannox": a ship's name is no person or place.
        if toks[i].text.len() <= 5
            && toks.get(i + 1).is_some_and(|n| n.cap && n.joined_to_prev)
            && SHIP_PREFIXES.contains(toks[i].text)
        {
            i = cap_run(&toks, i + 1, &[]);
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
                let named_end = cap_run(&toks, n, JOINERS);
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
                    !owner && org_by_head(&toks, n, cap_run(&toks, n, JOINERS)).is_some();
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
        let may_open = !t.sentence_start
            || FUNCTION_WORDS.contains(t.text)
            || matches!(
                t.text,
                "First" | "Standard" | "Royal" | "United" | "General"
            );
        if t.cap && lexical.is_none() && t.stopword && may_open {
            // "the State of Law Coalition": a joiner may follow the stopword.
            let of_next = toks
                .get(i + 1)
                .is_some_and(|n| n.text == "of" && n.joined_to_prev);
            let run_end = cap_run(&toks, if of_next { i } else { i + 1 }, JOINERS);
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
            let run = cap_run(&toks, i, &[]);
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
        let run_end = cap_run(&toks, i, JOINERS);
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
                    i = org_end;
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
                    let end = cap_run(&toks, next, JOINERS);
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
        if let Some(noun) = noun_at.filter(|&noun| {
            // "the bank's Geneva office": the place is the company's, not its name.
            let owned_place = town_only && toks[noun].possessive;
            (lexical.is_none()
                || demonym_only
                || town_only && !owned_place
                || runs_past_a_known_name)
                && (t.joined_to_prev || !toks[i - 1].cap && apposed())
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
                // The rest of a list: ", Y and Z", which the item after "and" closes.
                let mut closed = false;
                while let Some(next) = list_item_after(text, &toks, i).filter(|_| listed && !closed)
                {
                    closed = toks[next - 1].text == "and";
                    let end = cap_run(&toks, next, JOINERS);
                    if end == next || blocks_unknown_name(&toks[next..end]) {
                        break;
                    }
                    let name = text[toks[next].start..toks[end - 1].end].to_owned();
                    push(doc, Kind::Org, name, next, end);
                    i = end;
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
                let from = after_common_opening(&toks, i, end);
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
                let next_end = cap_run(&toks, next, &[]);
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
                && cap_run(&toks, i, &[]) > end;
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
                && language_named(&toks, i, end);
            if language {
                i = end;
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
                        let longer = cap_run(&toks, end + 1, &[]);
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
                push(doc, kind, name, i, end);
                i = end;
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
        let place_run = cap_run(&toks, i, &[]);
        let acronym = place_run == i + 1 && lexicon::is_acronym(t.text);
        // "from Kurdish fields", "in Korean yards": a people's adjective, not a place's name.
        let peoples = place_run == i + 1
            && t.text.len() > 5
            && ["ish", "ean", "ese"].iter().any(|s| t.text.ends_with(s))
            && toks.get(i + 1).is_some_and(|n| !n.cap && n.joined_to_prev);
        // "said in Arabic.": a language.
        let language = place_run == i + 1
            && Lexicon::global().is_language(t.text)
            && language_named(&toks, i, place_run);
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
        // "resorts on Vanua Levu ... Vunidogoloa on Vanua Levu": an unknown name read as a
        // place once keeps that reading
        // rather than a person's.
        if let Some((kind, name)) = lexical
            .is_none()
            .then(|| known_place_mention(doc, span_text(text, &toks, i, run_end)))
            .flatten()
        {
            push(doc, kind, name, i, run_end);
            i = run_end;
            continue;
        }
        // An unknown name that reads as a person's: hyphenated given names ("Song-nam"), words
        // around it, or two to four name words that the article never uses in lower case.
        if let Some(end) =
            person_name_end(&toks, i).filter(|&e| e - i >= 2 && cap_run(&toks, i, &[]) <= e)
        {
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

/// The end of a country's name that starts at `k` and closes the capitalised run there.
#[inline(never)]
fn country_closing_name(toks: &[Token<'_>], k: usize, key: &mut String) -> Option<usize> {
    if !toks.get(k).is_some_and(|n| n.cap && n.joined_to_prev) {
        return None;
    }
    let (end, senses) = longest_match(toks, k, key)?;
    let country = senses.iter().any(|s| matches!(s, Sense::Country(_)));
    let closes = toks.get(end).is_none_or(|n| !n.cap || !n.joined_to_prev);
    (country && closes).then_some(end)
}

/// The end of capitalised words of no known sense after a known name ending at `end`, joined by
/// spaces or " & ", when the last is an organization's head.
#[inline(never)]
fn longer_body(text: &str, toks: &[Token<'_>], end: usize) -> Option<usize> {
    let mut k = end;
    while let Some(t) = toks.get(k) {
        let joined = t.joined_to_prev || k > 0 && &text[toks[k - 1].end..t.start] == " & ";
        // "the U.S. Treasury's Office of ...": a possessive ends the known name.
        let owned = k > 0 && toks[k - 1].possessive;
        if owned || !(joined && t.cap && t.senses.is_empty() && !t.opens_title) {
            break;
        }
        k += 1;
    }
    (k > end && org_head(toks[k - 1].text) && !portfolio_before_title(toks, k)).then_some(k)
}

/// "Amnesty International Kenya", "Save the Children UK", "MTN Nigeria": a known body's section
/// in one country, a body of its own. Not an agency's acronym ("UNICEF Sudan" is the agency at
/// work there), though a company's will do.
fn national_branch(toks: &[Token<'_>], i: usize, end: usize, senses: &[Sense]) -> Option<usize> {
    let country = toks.get(end).is_some_and(|c| {
        c.joined_to_prev && !c.possessive && c.senses.iter().any(|s| matches!(s, Sense::Country(_)))
    });
    let company = first_org(senses).is_some_and(|n| {
        n.rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "Group" | "Holdings") || LEGAL_FORMS.contains(w))
    });
    let spelled = end > i + 1 || !lexicon::is_acronym(toks[i].text) || company;
    let closes = toks
        .get(end + 1)
        .is_none_or(|n| !n.cap || !n.joined_to_prev);
    // "the European Union Kenya trade deal": two parties to something.
    let between = toks.get(end + 1).is_some_and(|n| {
        n.joined_to_prev
            && matches!(
                n.text,
                "trade"
                    | "deal"
                    | "talks"
                    | "summit"
                    | "agreement"
                    | "relations"
                    | "ties"
                    | "border"
            )
    });
    (country && spelled && closes && !between).then_some(end + 1)
}

/// The end of a sports team's nickname after a city's name at `end`: one or two capitalised
/// words, the last a plural ("Blue Jays", "Dodgers"), that no list knows.
fn team_after_city(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let run = cap_run(toks, end, &[]);
    let words = toks.get(end..run)?;
    let nickname = (1..=2).contains(&words.len())
        && words.iter().all(|w| {
            w.senses.is_empty()
                && !w.opens_title
                && !w.possessive
                && !NEVER_IN_NAMES.contains(w.text)
                && !ORG_HEADS.contains(w.text)
                && !GOODS_HEADS.contains(w.text)
                && !FEATURE_HEADS.contains(w.text)
                && !TRAILING_FEATURE_HEADS.contains(w.text)
                // Plural words of a landscape name a place ("Central Highlands", "Niagara Falls").
                && !matches!(
                    w.text,
                    "Highlands" | "Heights" | "Falls" | "Springs" | "Lakes" | "Plains" | "Keys"
                        | "Rapids" | "Flats" | "Sands" | "Downs" | "Fields" | "Gardens"
                )
        })
        && !COMPASS_WORDS.contains(toks[end - 1].text)
        && words[0].joined_to_prev
        && words.last().is_some_and(|w| {
            w.text.len() > 3 && w.text.ends_with('s') && !w.text.ends_with("ss") && !w.possessive
        })
        && !toks[end - 1].possessive;
    nickname.then_some(run)
}

/// The end of the words for an administrative unit after a place's name at `end`
/// ("Autonomous Region", "Province"), when they close the name.
fn admin_unit_end(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).filter(|t| t.joined_to_prev).map(|t| t.text);
    // "Guangxi Zhuang Autonomous Region": the people the region is named for may come first.
    let people = matches!(
        word(end),
        Some("Zhuang" | "Hui" | "Uyghur" | "Uygur" | "Korean" | "Tibetan" | "Mongol")
    ) && word(end + 1) == Some("Autonomous");
    let end = end + usize::from(people);
    let k = match (word(end)?, word(end + 1)) {
        ("Autonomous", Some("Region" | "Prefecture" | "Republic" | "Okrug")) => end + 2,
        ("Province" | "Prefecture" | "Governorate" | "Oblast" | "Region", _) => end + 1,
        _ => return None,
    };
    toks.get(k)
        .is_none_or(|n| !n.cap || !n.joined_to_prev)
        .then_some(k)
}

/// The party a lone capitalised word at `i` stands for: "Labour", "the Conservatives", "the
/// Tories". Not inside a longer name ("Labour Day", "Ministry of Labour"), and at a sentence's
/// start only before a verb or a member's noun, since "Labour shortages" is the common word.
fn party_by_short_name(toks: &[Token<'_>], i: usize) -> Option<&'static str> {
    let party = match toks[i].text {
        "Labour" => "Labour Party",
        "Conservatives" | "Tories" => "Conservative Party",
        _ => return None,
    };
    let next = toks.get(i + 1).filter(|n| n.joined_to_prev);
    if next.is_some_and(|n| n.cap) {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| &toks[k]);
    if prev.is_some_and(|p| {
        toks[i].joined_to_prev
            && (p.cap && !p.stopword || matches!(p.text, "of" | "and" | "&" | "for"))
    }) {
        return None;
    }
    let opens = toks[i].sentence_start
        && !next.is_some_and(|n| {
            matches!(
                n.text,
                "has"
                    | "had"
                    | "won"
                    | "lost"
                    | "said"
                    | "says"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    | "leader"
                    | "lawmakers"
                    | "MPs"
                    | "government"
                    | "voters"
                    | "candidate"
            )
        });
    (!opens).then_some(party)
}

/// "AeroSystems", "TrendForce", "OpenAI": a lower-case letter followed by a capital, in a word
/// that no surname prefix opens ("McDonald", "MacArthur", "DeSantis", "LeBron", "O'Brien").
fn camel_case(word: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "Ja",
    ];
    let b = word.as_bytes();
    let inner = (1..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase());
    inner.is_some_and(|k| b.iter().all(u8::is_ascii_alphabetic) && !PREFIXES.contains(&&word[..k]))
}

/// A capitalised leaning that names no body by itself: "Peronist", "Kirchnerist", the words of
/// [`LEANINGS`].
fn leaning_word(t: &Token<'_>) -> bool {
    t.senses.is_empty() && (LEANINGS.contains(t.text) || t.text.ends_with("ist") && t.cap)
}

fn designation(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()))
}

/// "Siemens Gamesa", "Hyundai Rotem": a known company's name and one more name word that is no
/// English word, place or title names a unit of the group. After an article or a possessive
/// it is a product instead ("the Toyota Prius", "its Kia Sorento"), which is no body.
fn subsidiary(toks: &[Token<'_>], i: usize, end: usize, title: bool) -> Option<usize> {
    let n = toks.get(end)?;
    // "Adani Ports", "Codelco Motors": or a plural of an ordinary word, the unit's trade (not in
    // a headline, where "Toyota Recalls" is a verb).
    let trade = |w: &str| {
        w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !Lexicon::global().is_stopword(w)
    };
    let unit_name = n.joined_to_prev
        && n.cap
        && n.senses.is_empty()
        && !n.opens_title
        && !n.stopword
        && n.text.len() > 2
        && n.text.chars().all(char::is_alphabetic)
        && !lexicon::is_acronym(n.text)
        && !NEVER_IN_NAMES.contains(n.text)
        && (!Lexicon::global().is_english_word(n.text)
            || trade(n.text) && !n.sentence_start && !title);
    let alone = toks
        .get(end + 1)
        .is_none_or(|a| !a.cap || !a.joined_to_prev);
    let product = i > 0
        && toks[i].joined_to_prev
        && matches!(
            toks[i - 1].text.to_ascii_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new"
        );
    (unit_name && alone && !product && !toks[end - 1].possessive).then_some(end + 1)
}

/// "EU Energy Commissioner Dan Jorgensen": the word before `end` is a portfolio, and a minister's
/// title follows it.
fn portfolio_before_title(toks: &[Token<'_>], end: usize) -> bool {
    FUNCTION_WORDS.contains(toks[end - 1].text)
        && toks.get(end).is_some_and(|n| {
            n.joined_to_prev && matches!(n.text, "Commissioner" | "Minister" | "Secretary")
        })
}

/// The end of "Gulf of Oman" when the known word at `i..end` is a feature's head followed by
/// "of" and a name.
#[inline(never)]
fn feature_of(toks: &[Token<'_>], i: usize, end: usize) -> Option<usize> {
    if end != i + 1 || !FEATURE_HEADS.contains(toks[i].text) {
        return None;
    }
    toks.get(end)
        .filter(|o| o.text == "of" && o.joined_to_prev)?;
    let named = cap_run(toks, end + 1, &[]);
    (named > end + 1 && toks[end + 1].joined_to_prev).then_some(named)
}

/// Whether the word at `k` is "City" closing a place's name.
fn city_after(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|c| c.text == "City" && c.joined_to_prev)
        && toks.get(k + 1).is_none_or(|n| !n.cap || !n.joined_to_prev)
}

fn is_locative(word: &str) -> bool {
    LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// A locative right before token `i`, or "to" after a verb of going ("flew to Sibolga").
fn locative_before(toks: &[Token<'_>], i: usize) -> bool {
    i > 0
        && (is_locative(toks[i - 1].text)
            || i >= 2 && toks[i - 1].text == "for" && toks[i - 2].text == "bound"
            || i >= 2 && toks[i - 1].text == "to" && MOTION_VERBS.contains(toks[i - 2].text)
            // "villages on Vanua Levu", "resorts on Koh Samui": "on" alone is rather a topic's.
            || i >= 2
                && toks[i - 1].text == "on"
                && (GEO_NOUNS.contains(toks[i - 2].text)
                    || matches!(toks[i - 2].text, "resort" | "resorts" | "beaches" | "farms"))
            // "100 km north of Hammerfest", "the outskirts of Kharkiv".
            || i >= 2
                && toks[i - 1].text == "of"
                && matches!(
                    toks[i - 2].text,
                    "north"
                        | "south"
                        | "east"
                        | "west"
                        | "northeast"
                        | "northwest"
                        | "southeast"
                        | "southwest"
                        | "north-east"
                        | "north-west"
                        | "south-east"
                        | "south-west"
                        | "outskirts"
                ))
}

/// The end of a continent phrase at `i` ("South America", "Latin American", "Europe").
fn continent_at(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // Asked of every capitalised word: a set of the phrases' first words, not a scan of them.
    static FIRST_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        CONTINENTS
            .iter()
            .filter_map(|c| c.split(' ').next())
            .collect()
    });
    if !FIRST_WORDS.contains(toks[i].text) {
        return None;
    }
    for n in [2, 1] {
        if i + n <= toks.len() && toks[i + 1..i + n].iter().all(|t| t.joined_to_prev) {
            let phrase: Vec<&str> = toks[i..i + n].iter().map(|t| t.text).collect();
            if CONTINENTS.contains(&phrase.join(" ").as_str()) {
                return Some(i + n);
            }
        }
    }
    None
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

/// Where a role held in a body that starts at token `j` ends ("CEO", "Chief Executive",
/// "manager"), or `None`.
fn member_role_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let role = toks.get(j).filter(|r| r.joined_to_prev)?;
    // Capitalised roles are titles ("Chief Executive", "CEO"); other capitals are no role. Most
    // words here are lower case and looked up as they are.
    let lowered;
    let word = if role.cap {
        if !role.opens_title {
            return None;
        }
        lowered = role.text.to_ascii_lowercase();
        lowered.as_str()
    } else {
        role.text
    };
    if word == "chief" {
        let what = toks.get(j + 1).filter(|w| w.joined_to_prev)?;
        if !CHIEF_OF
            .words()
            .iter()
            .any(|w| w.eq_ignore_ascii_case(what.text))
        {
            return None;
        }
        let officer = toks
            .get(j + 2)
            .is_some_and(|o| o.joined_to_prev && o.text.eq_ignore_ascii_case("officer"));
        return Some(j + 2 + usize::from(officer));
    }
    // "McLaren team principal Andrea Stella".
    if word == "team" {
        let what = toks.get(j + 1).filter(|w| w.joined_to_prev)?;
        return matches!(what.text, "principal" | "boss" | "manager").then_some(j + 2);
    }
    MEMBER_ROLES.contains(word).then_some(j + 1)
}

/// The country of the place just found at `t` ("Punjab Chief Minister", "Cebu Governor"): a
/// title it qualifies is that country's, whoever wrote the story. The filing country settles a
/// name several countries have.
fn place_country(
    doc: &Doc,
    unit: Unit,
    t: &Token<'_>,
    dateline: Filing<'_>,
) -> Option<&'static str> {
    let place = doc
        .hits
        .last()
        .filter(|h| h.unit == unit && h.end == t.end)?;
    let Kind::Location { candidates, .. } = &place.kind else {
        return None;
    };
    match candidates.as_slice() {
        [only] => Some(only),
        several => several
            .iter()
            .find(|c| dateline.country == Some(**c))
            .copied(),
    }
}

/// "North" in "North and South Kivu": what a compass word names with the words the next name
/// shares (a place, "North Korea" a country); `Some(None)` when that is a continent ("North and
/// South America").
fn shared_place_name(text: &str, toks: &[Token<'_>], i: usize) -> Option<Option<(String, Kind)>> {
    let joined = |k: usize| toks.get(k).filter(|t| t.joined_to_prev);
    if joined(i + 1)?.text != "and"
        || !COMPASS_WORDS.contains(toks[i].text)
        || !COMPASS_WORDS.contains(joined(i + 2)?.text)
    {
        return None;
    }
    let end = cap_run(toks, i + 3, &[]);
    if end == i + 3 {
        return None;
    }
    let name = format!("{} {}", toks[i].text, span_text(text, toks, i + 3, end));
    if CONTINENTS.contains(&name.as_str()) {
        return Some(None);
    }
    let words: Vec<&str> = name.split(' ').collect();
    let senses = Lexicon::global().lookup(&words);
    let kind = if let Some(c) = senses.iter().find_map(|s| match s {
        Sense::Country(c) => Some(*c),
        _ => None,
    }) {
        Kind::Country(c)
    } else {
        let region = senses.iter().any(|s| matches!(s, Sense::Region(_)));
        let mut candidates: Vec<&'static str> = Gazetteer::global()
            .places(&name)
            .iter()
            .map(|p| p.country)
            .collect();
        candidates.dedup();
        Kind::Location {
            candidates,
            kind: if region {
                LocKind::Region
            } else {
                LocKind::Place
            },
        }
    };
    Some(Some((name, kind)))
}

/// Runs that are neither people nor places: they open with a stopword or contain an event or
/// generic word ("March", "Ocean Conference", "Goods Agreement").
fn blocks_unknown_name(words: &[Token<'_>]) -> bool {
    // "La Libertad Avanza", "Los Angeles Lakers": a Spanish article may open a longer name.
    let article_opens = words.len() > 1 && matches!(words[0].text, "El" | "La" | "Los" | "Las");
    words[0].stopword && !article_opens
        || words[0].opens_title
        || words
            .iter()
            .any(|w| EVENT_WORDS.contains(w.text) || org_head(w.text))
}

/// Whether any of the words also appears in lower case in the text: then it is a common word
/// ("Marine Biological Diversity"), not part of a name.
fn common_words_in(text: &str, words: &[Token<'_>]) -> bool {
    words.iter().any(|w| {
        let lower = w.text.to_lowercase();
        lower != w.text
            && text.match_indices(lower.as_str()).any(|(at, m)| {
                let before = text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after = text[at + m.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
    })
}

fn first_org(senses: &[Sense]) -> Option<String> {
    let lex = Lexicon::global();
    senses.iter().find_map(|s| match s {
        Sense::Org(x) => Some(lex.orgs[*x].to_owned()),
        _ => None,
    })
}

fn first_region(senses: &[Sense]) -> Option<String> {
    let lex = Lexicon::global();
    senses.iter().find_map(|s| match s {
        Sense::Region(x) => Some(lex.regions[*x].to_owned()),
        _ => None,
    })
}

/// The one organization among `orgs` that is `name` with a legal form after it: a headline's
/// "Samsung Biologics" for the story's "Samsung Biologics Co.". None when several are
/// ("Samsung" with "Samsung Electronics" and "Samsung Biologics").
/// A one-word name is also the one company whose name it opens with words for what it is:
/// "Samsung" for "Samsung Electronics", "Panasonic" for "Panasonic Holdings" ("African Union"
/// stays apart from "African Union Commission").
/// The curated body "`name` of `home`" ("Communist Party" in a Hanoi story is the Communist
/// Party of Vietnam, "National Stock Exchange" in a Mumbai story the one of India), for short
/// names without a place of their own.
fn home_body(name: &str, home: Option<&Country>) -> Option<String> {
    let home = home?;
    let short = !name.contains(" of ") && (2..=4).contains(&name.split(' ').count());
    if !short {
        return None;
    }
    // "Democratic Party of Korea" for South Korea's: the country's last word too.
    let last_word = home.name.rsplit_once(' ').map(|(_, w)| w);
    std::iter::once(home.name)
        .chain(home.aliases.iter().copied())
        .chain(last_word)
        .find_map(|country| lookup_org(&format!("{name} of {country}")))
}

/// "CRRC Corp" is the CRRC Corporation, "East Japan Railway Co." the East Japan Railway Company:
/// the fullest form of the name.
fn spelled_out_corp(name: String) -> String {
    let forms = [
        (" Corp.", " Corporation"),
        (" Corp", " Corporation"),
        (" Co.", " Company"),
        (" Co", " Company"),
    ];
    for (short, full) in forms {
        if let Some(stem) = name.strip_suffix(short) {
            return format!("{stem}{full}");
        }
    }
    name
}

fn fuller_org(orgs: &[&str], name: &str) -> Option<String> {
    let legal = |w: &str| LEGAL_FORMS.contains(w);
    // Indonesian companies open with their legal form too ("PT Vale Indonesia Tbk").
    sole(orgs.iter().filter(|o| {
        let o: &str = o.strip_prefix("PT ").unwrap_or(o);
        words_after(o, name).is_some_and(|mut r| r.all(legal))
    }))
    .or_else(|| {
        // Only words for what a company is or sells may follow: "Thyssenkrupp Steel Europe" is
        // a unit of the parent "Thyssenkrupp".
        let kind_of_company = |w: &str| legal(w) || org_head(w);
        (!name.contains(' '))
            .then(|| {
                sole(
                    orgs.iter().filter(|o| {
                        words_after(o, name).is_some_and(|mut r| r.all(kind_of_company))
                    }),
                )
            })
            .flatten()
    })
    .or_else(|| {
        // "ISRO" for the "Indian Space Research Organisation" the story spells out.
        let acronym = name.len() >= 3 && name.bytes().all(|b| b.is_ascii_uppercase());
        acronym
            .then(|| {
                sole(
                    orgs.iter()
                        .filter(|o| o.len() > name.len() && initials_spell(o, name)),
                )
            })
            .flatten()
    })
}

/// Whether the capitalised words of `full` open with the letters of `acronym`, in order and
/// one each; the small words between them ("of", "and") give none.
fn initials_spell(full: &str, acronym: &str) -> bool {
    let mut letters = full
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    acronym.chars().all(|a| letters.next() == Some(a)) && letters.next().is_none()
}

/// The words of `other` after `name`, when `other` opens with `name`'s words.
fn words_after<'o>(other: &'o str, name: &str) -> Option<std::str::Split<'o, char>> {
    Some(other.strip_prefix(name)?.strip_prefix(' ')?.split(' '))
}

/// The one organization among `orgs` whose name opens with `name`'s words: "Toyota Motor Corp"
/// for "Toyota".
fn org_opened_by(orgs: &[&str], name: &str) -> Option<String> {
    sole(orgs.iter().filter(|other| {
        other
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with(' '))
    }))
}

/// The one name the candidates come to, however often; none when none or several.
fn sole<'n>(mut candidates: impl Iterator<Item = &'n &'n str>) -> Option<String> {
    let first = candidates.next()?;
    candidates.all(|o| o == first).then(|| (*first).to_owned())
}

/// The one longer name among `names` that holds `name`'s words in a row ("Abang Johari" in
/// "Abang Johari Openg") or its first and last ("Salman Agha"); none when no name or several do
/// ("Kim" with "Kim Jong Un" and "Kim Yo Jong").
fn fuller_name(names: &[&str], name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    sole(names.iter().filter(|other| {
        let others: Vec<&str> = other.split(' ').collect();
        // "Salman Agha" for "Salman Ali Agha": a middle name left out.
        let middle_left_out = words.len() == 2
            && others.len() > 2
            && others.first() == words.first()
            && others.last() == words.last();
        other.len() > name.len()
            && (middle_left_out || others.windows(words.len()).any(|w| w == words.as_slice()))
    }))
}

/// Whether the text at byte `at` goes on to give the name before it a short name: ", known as
/// ANM", " (Conagua)", ", or CNTE,".
fn short_name_follows(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let bracketed = rest
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(inner, _)| {
            !inner.is_empty()
                && inner.len() <= 12
                && inner.starts_with(|c: char| c.is_uppercase())
                && !inner.contains(' ')
                && !inner.bytes().all(|b| b.is_ascii_digit())
        });
    let known_as = [", known as ", ", also known as ", " known as "]
        .iter()
        .any(|p| rest.starts_with(p) && rest[p.len()..].starts_with(|c: char| c.is_uppercase()));
    bracketed || known_as
}

/// The name of an organization already found in this article written as `written` (or as it and
/// the heads that close it).
fn known_org_mention(doc: &Doc, written: &str) -> Option<String> {
    // Also the name without the heads that close it: "Qantas" for "Qantas Airways".
    let same = |org: &str| {
        org == written
            || org
                .strip_prefix(written)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| rest.split(' ').all(|w| LEGAL_FORMS.contains(w)))
    };
    doc.hits
        .iter()
        .find(|h| h.kind == Kind::Org && same(h.text))
        .map(|h| h.name.clone())
}

/// A river, delta, desert or valley found earlier whose name is `phrase` and its head ("Kafue
/// River" for "Kafue").
fn feature_named_before(doc: &Doc, phrase: &str) -> Option<(Kind, String)> {
    doc.hits
        .iter()
        .find(|h| {
            matches!(
                h.kind,
                Kind::Location {
                    kind: LocKind::Feature,
                    ..
                }
            ) && h
                .name
                .strip_prefix(phrase)
                .is_some_and(|rest| matches!(rest, " River" | " Delta" | " Desert" | " Valley"))
        })
        .map(|h| (h.kind.clone(), h.name.clone()))
}

/// A place that no list knows but the article marked as one earlier, written the same way.
fn known_place_mention(doc: &Doc, written: &str) -> Option<(Kind, String)> {
    doc.hits
        .iter()
        .find(|h| {
            h.text == written
                && matches!(
                    h.kind,
                    Kind::Location {
                        kind: LocKind::Place | LocKind::Feature,
                        ..
                    }
                )
        })
        .map(|h| (h.kind.clone(), h.name.clone()))
}

/// An organization already found in this article whose name as written starts with `short`.
fn known_org(doc: &Doc, short: &str) -> Option<String> {
    doc.hits
        .iter()
        .filter(|h| h.kind == Kind::Org)
        .find(|h| h.text.len() > short.len() && h.text.starts_with(short))
        .map(|h| h.name.clone())
}

/// The one organization already found in this article whose name as written ends with
/// `short`: "Madrid coach Xabi Alonso" after "Real Madrid" is that club. None when two would do
/// ("Real Madrid" and "Atletico Madrid").
fn known_org_ending(doc: &Doc, short: &str) -> Option<String> {
    let mut found = doc.hits.iter().filter(|h| {
        h.kind == Kind::Org
            && h.text
                .strip_suffix(short)
                .is_some_and(|rest| rest.ends_with(' '))
    });
    let first = found.next()?;
    found
        .all(|h| h.name == first.name)
        .then(|| first.name.clone())
}

/// The country of a compound like "Kenya-led" or "China-bound".
fn compound_country(word: &str) -> Option<&'static str> {
    let (head, rest) = word.split_once('-')?;
    if !rest.starts_with(char::is_lowercase) {
        return None;
    }
    Lexicon::global()
        .lookup(&[head])
        .iter()
        .find_map(|s| match s {
            Sense::Country(c) | Sense::Demonym(c) => Some(*c),
            _ => None,
        })
}

/// Location cues around tokens `i..end`: "the island of X", "the port of X", "X area",
/// "X and Y regions", or a list of places it belongs to ("Baku, Tbilisi and Kars").
fn place_cued(doc: &Doc, unit: Unit, text: &str, toks: &[Token<'_>], i: usize, end: usize) -> bool {
    if i >= 2 && toks[i - 1].text == "of" && GEO_NOUNS.contains(toks[i - 2].text) {
        return true;
    }
    // "Residents of Chambishi, where the plant sits": those who live there.
    if i >= 2
        && toks[i - 1].text == "of"
        && toks[i].joined_to_prev
        && RESIDENT_NOUNS.contains(&toks[i - 2].text.to_ascii_lowercase().as_str())
    {
        return true;
    }
    // "voted in the capital Naypyidaw": a place's noun right before its name.
    if i >= 2
        && toks[i].joined_to_prev
        && GEO_NOUNS.contains(toks[i - 1].text)
        && matches!(toks[i - 2].text, "the" | "its" | "their")
    {
        return true;
    }
    if let Some(next) = toks.get(end) {
        if next.joined_to_prev && GEO_NOUNS.contains(next.text) {
            return true;
        }
        // "its Okpo shipyard": a yard named after its place by one word ("the Ferguson Marine
        // shipyard" is its owner's).
        if next.joined_to_prev && next.text == "shipyard" && end == i + 1 {
            return true;
        }
        // "the Vaca Muerta shale formation", "the Leviathan gas field": what is found there
        // may stand between the name and the word for the place; so may a use ("the Morowali
        // industrial park").
        let deposit = toks.get(end + 1).is_some_and(|n| {
            n.joined_to_prev
                && matches!(
                    n.text,
                    "field"
                        | "fields"
                        | "formation"
                        | "basin"
                        | "mine"
                        | "mines"
                        | "deposit"
                        | "pit"
                        | "park"
                        | "zone"
                        | "estate"
                )
        });
        if deposit && next.joined_to_prev && !next.cap {
            return true;
        }
        // "the Pwani and Morogoro regions": the noun follows the second name.
        if next.text == "and" {
            let after = cap_run(toks, end + 1, &[]);
            if after > end + 1
                && toks
                    .get(after)
                    .is_some_and(|t| GEO_NOUNS.contains(t.text) && t.joined_to_prev)
            {
                return true;
            }
        }
    }
    // "tankers to Liloan and Talisay": a name joined to a known place after "to" or a locative.
    let before_place = toks.get(end).is_some_and(|a| a.text == "and")
        && toks.get(end + 1).is_some_and(|p| {
            p.joined_to_prev && p.senses.iter().any(|s| matches!(s, Sense::Place))
        });
    if before_place && i > 0 && (toks[i - 1].text == "to" || is_locative(toks[i - 1].text)) {
        return true;
    }
    // "strikes on Fordow, Natanz and Isfahan": a list whose last item is a known place.
    let one_word = end == i + 1
        && !(toks[i].sentence_start && Lexicon::global().is_english_word(toks[i].text));
    if one_word
        && (toks.get(end).is_some_and(|n| n.text == "and")
            || text[toks[end - 1].end..].starts_with(','))
    {
        if let Some(last) = last_list_item(text, toks, end) {
            let run = cap_run(toks, last, &[]);
            let known = if run == last + 1 {
                toks[last]
                    .senses
                    .iter()
                    .any(|s| matches!(s, Sense::Place | Sense::Country(_)))
            } else {
                owning_place(&toks[last..run])
            };
            if known {
                return true;
            }
        }
    }
    // "towns such as Paiporta", "provinces including Basra": a list after a word for places.
    let listed_after = match i.checked_sub(1).map(|k| toks[k].text) {
        Some("including") => i.checked_sub(2),
        Some("as") if i >= 3 && toks[i - 2].text == "such" => Some(i - 3),
        _ => None,
    };
    if listed_after.is_some_and(|k| GEO_NOUNS.contains(toks[k].text)) {
        return true;
    }
    // "from Naivasha to Malaba": the end of a route that starts at a place.
    if i >= 3 && toks[i - 1].text == "to" {
        let from_place = doc.hits.last().is_some_and(|h| {
            h.unit == unit
                && matches!(h.kind, Kind::Location { .. })
                && h.end == toks[i - 2].end
                && text[..h.start].trim_end().ends_with(" from")
        });
        if from_place {
            return true;
        }
    }
    // "the consul general in Osaka, Xue Jian, had posted", "from North Africa, Migration
    // Minister ...": after a place and a comma, a name before a title or a verb is no next place.
    let comma = i > 0 && text[toks[i - 1].end..toks[i].start].trim() == ",";
    let clause_follows = toks.get(end).is_some_and(|n| {
        n.joined_to_prev && n.opens_title
            || text[toks[end - 1].end..n.start].trim() == "," && !n.cap && n.text != "and"
    });
    // "Harri Heliovaara of Finland and Henry Patten of Britain": "of" and a country after the
    // name is a person's nationality; a place is never "of" a country so.
    let of_country = toks.get(end).is_some_and(|o| o.text == "of")
        && toks.get(end + 1).is_some_and(|c| {
            c.joined_to_prev && c.senses.iter().any(|s| matches!(s, Sense::Country(_)))
        });
    // "Sumbu Sita Mambu for Kinshasa and Benjamin Mbonimpa for the Alliance ...": someone
    // signing for a side.
    let for_side = toks
        .get(end)
        .is_some_and(|f| f.text == "for" && f.joined_to_prev)
        && toks.get(end + 1).is_some_and(|n| {
            n.joined_to_prev
                && (n.cap || n.text == "the" && toks.get(end + 2).is_some_and(|c| c.cap))
        });
    let affiliated = of_country || for_side && end >= i + 2;
    // "in Garoua, Tchiroma's northern stronghold": someone the story names, or an owner, is
    // no next place.
    let someone = toks[end - 1].possessive || person_word(doc, toks[i].text);
    if i > 0 && !affiliated && !someone && (toks[i - 1].text == "and" || comma && !clause_follows) {
        let before = if toks[i - 1].text == "and" {
            toks[i - 1].start
        } else {
            toks[i].start
        };
        let prev_place = doc.hits.last().is_some_and(|h| {
            h.unit == unit
                && matches!(h.kind, Kind::Location { .. } | Kind::Country(_))
                && h.end <= before
                && text
                    .get(h.end..before)
                    .is_some_and(|gap| gap.trim().trim_matches(',').trim().is_empty())
        });
        if prev_place {
            return true;
        }
    }
    // "North Kivu": a direction opening an unknown name.
    matches!(
        toks[i].text,
        "North" | "South" | "East" | "West" | "Upper" | "Lower" | "Central"
    ) && end - i >= 2
}

/// A gazetteer place name as a location: each country that has a place so named, once.
fn place_location(places: &[Place]) -> Kind {
    let mut candidates: Vec<&'static str> = Vec::new();
    for p in places {
        if !candidates.contains(&p.country) {
            candidates.push(p.country);
        }
    }
    Kind::Location {
        candidates,
        kind: LocKind::Place,
    }
}

/// Whether the name `written`, ending at byte `end`, is the short name of a market index by the
/// number that follows it ("S&P 500", "FTSE 100", "Nikkei 225"): an acronym or a name with an
/// ampersand. A maker's model number ("Boeing 737") is no index.
fn market_index(written: &str, text: &str, end: usize) -> bool {
    let number = text[end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphanumeric()).next())
        .is_some_and(|n| (2..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    number && (written.contains('&') || lexicon::is_acronym(written) || written == "Nikkei")
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
        let run = cap_run(toks, item, &[]);
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

/// A mention at `i` of a person already found: the name's last words ("Van der Linden"), its first
/// word (Korean and Chinese family names: "Kim"), or the whole name. The most recent person wins.
/// Not when the words there continue into a longer, different name ("Kim Jong Un").
/// Whether `word` is one of the words of a person's name found so far.
fn person_word(doc: &Doc, word: &str) -> bool {
    doc.persons().any(|p| {
        p.name
            .split([' ', '-'])
            .any(|w| w.eq_ignore_ascii_case(word))
    })
}

fn known_person(doc: &Doc, toks: &[Token<'_>], i: usize) -> Option<(String, usize)> {
    // Most capitalised words are no part of anyone's name here: answer those cheaply.
    if !doc.persons().any(|p| {
        p.name
            .split([' ', '-'])
            .any(|w| w.eq_ignore_ascii_case(toks[i].text))
    }) {
        return None;
    }
    let run_end = person_name_end(toks, i).unwrap_or(i + 1);
    let words_at = |n: usize| -> Option<Vec<String>> {
        (i + n <= toks.len() && toks[i + 1..i + n].iter().all(|t| t.joined_to_prev)).then(|| {
            toks[i..i + n]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect()
        })
    };
    let mut best: Option<(String, usize)> = None;
    for p in doc.persons() {
        // Hyphenated parts are separate tokens in the text ("Kosiniak-Kamysz").
        let parts: Vec<String> = p.name.split([' ', '-']).map(str::to_lowercase).collect();
        for n in (1..=parts.len()).rev() {
            let Some(words) = words_at(n) else { continue };
            let suffix = parts[parts.len() - n..] == words[..];
            let prefix = n == 1 && parts[0] == words[0];
            if (suffix || prefix)
                && i + n >= run_end
                && best.as_ref().is_none_or(|(_, e)| i + n >= *e)
            {
                best = Some((p.name.clone(), i + n));
                break;
            }
        }
    }
    best
}

/// "Tonga's", "Nairobi's", "the North's": a place's possessive ends the name before it.
/// "the United Arab Emirates' XRG": a possessive closing a country or place of several words,
/// already found.
fn place_hit_owns(doc: &Doc, t: &Token<'_>) -> bool {
    t.possessive
        && doc.hits.last().is_some_and(|h| {
            h.end == t.end && matches!(h.kind, Kind::Country(_) | Kind::Location { .. })
        })
}

fn possessive_place(t: &Token<'_>) -> bool {
    t.possessive
        && (matches!(t.text, "North" | "South")
            || t.senses.iter().any(|s| {
                matches!(
                    s,
                    Sense::Country(_) | Sense::Demonym(_) | Sense::Place | Sense::Region(_)
                )
            }))
}

/// A person's canonical name from its words: initials take periods and run together
/// ("D N Dhungyel" → "D.N. Dhungyel", "S Jaishankar" → "S. Jaishankar").
fn person_name(text: &str, words: &[Token<'_>]) -> String {
    let is_initial = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty()
            && letters.len() <= 2
            && letters.iter().all(|c| c.is_uppercase())
            && w.len() <= 4
    };
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        let initial = is_initial(w.text) && k + 1 < words.len();
        let after_initial = k > 0 && is_initial(words[k - 1].text);
        // A hyphen between two capitalised parts stays ("Kosiniak-Kamysz", "Jean-Pierre").
        if k > 0 && &text[words[k - 1].end..w.start] == "-" {
            out.push('-');
        } else if k > 0 && !(initial && after_initial) {
            out.push(' ');
        }
        if initial {
            out.push_str(
                &w.text
                    .replace('.', "")
                    .chars()
                    .map(|c| format!("{c}."))
                    .collect::<String>(),
            );
        } else {
            out.push_str(w.text);
        }
    }
    out
}

/// The end and head word of a name like "St. Mary's School" starting at `i`: "St."/"Saint", a
/// name closed by a possessive, then words ending in an organization's or a feature's head.
#[inline(never)]
fn saint_named<'t>(toks: &[Token<'t>], i: usize) -> Option<(usize, &'t str)> {
    if !matches!(toks[i].text, "St." | "St" | "Saint" | "Ste.") {
        return None;
    }
    let owner = (i + 1..(i + 4).min(toks.len()))
        .take_while(|&k| toks[k].joined_to_prev && toks[k].cap)
        .find(|&k| toks[k].possessive)?;
    let end = cap_run(toks, owner + 1, JOINERS);
    if end <= owner + 1 || !toks[owner + 1].joined_to_prev {
        return None;
    }
    let head = toks[end - 1].text;
    (ORG_HEADS.contains(head) || FEATURE_HEADS.contains(head)).then_some((end, head))
}

/// Where the family name after a quoted nickname starts and ends, when the word at `i` is a given
/// name followed by one: 'Joaquín "El Chapo" Guzmán'.
#[inline(never)]
fn nicknamed(text: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let after = &text[toks[i].end..];
    if toks[i].possessive || !(after.starts_with(" \"") || after.starts_with(" \u{201C}")) {
        return None;
    }
    for n in 1..=3 {
        let word = toks.get(i + n)?;
        if !word.cap {
            return None;
        }
        let rest = &text[word.end..];
        if rest.starts_with("\" ") || rest.starts_with("\u{201D} ") {
            let k = i + n + 1;
            return person_name_end(toks, k).map(|end| (k, end));
        }
    }
    None
}

/// Where a person's name that starts at `i` ends: capitalised name words, particles, initials and a
/// suffix, two to five words, none a stopword or a head noun.
fn person_name_end(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // "El Teniente", "Los Alamos": a Spanish article opens a place's name, never a person's.
    let article = |t: &Token<'_>| matches!(t.text, "El" | "La" | "Los" | "Las");
    if i >= toks.len()
        || !toks[i].name_word
        || article(&toks[i])
        || i > 0 && toks[i].joined_to_prev && article(&toks[i - 1])
    {
        return None;
    }
    let mut j = i + 1;
    let mut end = j;
    // A possessive ends a name ("Denmark's Maersk" is no person "Denmark Maersk").
    while j < toks.len() && toks[j].joined_to_prev && !toks[j - 1].possessive && j - i < 6 {
        let t = &toks[j];
        if NAME_SUFFIXES.contains(t.text) {
            end = j + 1;
            break;
        }
        if t.name_word && single_sense_blocks_name(t) {
            break;
        }
        if t.name_word {
            j += 1;
            end = j;
        } else if NAME_PARTICLES.contains(t.text) {
            // "van der", "bin", "de la": particles count only when a name word follows them.
            let mut k = j;
            while k < toks.len() && toks[k].joined_to_prev && NAME_PARTICLES.contains(toks[k].text)
            {
                k += 1;
            }
            if k < toks.len() && toks[k].joined_to_prev && toks[k].name_word {
                j = k;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    Some(end)
}

/// A word that is itself a country, demonym or region ends a name ("Anwar Ibrahim Malaysia").
fn single_sense_blocks_name(t: &Token<'_>) -> bool {
    t.senses.iter().any(|s| {
        matches!(
            s,
            Sense::Country(_) | Sense::Demonym(_) | Sense::Org(_) | Sense::Region(_)
        )
    })
}

/// Words around tokens `i..end` that say they are a person's name.
fn person_cued(text: &str, toks: &[Token<'_>], i: usize, end: usize) -> bool {
    // "Marine Le Pen's National Rally": a full name closed by a possessive owns what follows.
    if end - i >= 2 && toks[end - 1].possessive && looks_like_full_name(&toks[i..end]) {
        return true;
    }
    if let Some(next) = toks.get(end) {
        let between = &text[toks[end - 1].end..next.start];
        if between.trim().is_empty() && PERSON_NEXT.contains(next.text) {
            return true;
        }
        if between.trim() == "," && PERSON_APPOSITION.contains(next.text.to_lowercase().as_str()) {
            return true;
        }
        // "Larry Ellison, Oracle's co-founder,", "Jane Roe, Acme chairman,": an employer and a
        // role in lower case.
        let role = |k: usize| {
            lower_title_end(toks, k).is_some()
                || toks.get(k).is_some_and(|w| PEOPLE_NOUNS.contains(&w.text))
        };
        if between.trim() == "," && next.cap && role(end + 1) {
            return true;
        }
    }
    if i > 0 {
        let prev = toks[i - 1].text;
        if matches!(prev, "said" | "says" | "told" | "by" | "with" | "and")
            && toks[i].joined_to_prev
        {
            return matches!(prev, "said" | "says" | "told" | "by" | "with");
        }
    }
    false
}

/// The end of a lower-case title at `i`: one word ("spokeswoman"), or the longest title of
/// lower-case words ("prime minister", "foreign affairs minister").
fn lower_title_end(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let lex = Lexicon::global();
    let mut words: Vec<&str> = vec![toks[i].text];
    let mut end = lex.is_lower_title(toks[i].text).then_some(i + 1);
    for (k, t) in toks.iter().enumerate().take(i + 4).skip(i + 1) {
        if t.cap || !t.joined_to_prev {
            break;
        }
        words.push(t.text);
        if lex.lookup(&words).contains(&Sense::Title) {
            end = Some(k + 1);
        }
    }
    end
}

/// The one full name among `persons` that ends with the word `surname`.
fn surname_of(persons: &[&str], surname: &str) -> Option<String> {
    sole(
        persons
            .iter()
            .filter(|p| p.len() > surname.len() && p.ends_with(surname))
            .filter(|p| p[..p.len() - surname.len()].ends_with(' ')),
    )
}

/// Every capitalised word of a would-be name is a common English word ("Civil Defence").
fn all_english(words: &[Token<'_>]) -> bool {
    let lex = Lexicon::global();
    let mut caps = words.iter().filter(|w| w.cap).peekable();
    caps.peek().is_some() && caps.all(|w| lex.is_english_word(w.text))
}

/// The last word of the name ending at token `end` comes back later on its own, as a surname
/// does.
fn surname_recurs(toks: &[Token<'_>], end: usize) -> bool {
    let last = toks[end - 1].text;
    (end + 1..toks.len()).any(|k| {
        toks[k].text.trim_end_matches("'s") == last
            && !(toks[k - 1].cap && toks[k].joined_to_prev)
            && toks.get(k + 1).is_none_or(|n| !n.cap || !n.joined_to_prev)
    })
}

/// "mayor of Medellín Daniel Quintero": the words at `i` follow a title and "of", so a place
/// there belongs to the title and the person's name comes after it.
fn title_of(toks: &[Token<'_>], i: usize) -> bool {
    i >= 2
        && toks[i].joined_to_prev
        && toks[i - 1].text == "of"
        && toks[i - 1].joined_to_prev
        && Lexicon::global()
            .lookup_word(toks[i - 2].text)
            .contains(&Sense::Title)
}

/// Two or three name words none of which the gazetteer knows as a place: a plausible full name.
/// An acronym is no part of one ("SOS Mata Atlantica"), initials are ("D.N. Dhungyel").
fn looks_like_full_name(toks: &[Token<'_>]) -> bool {
    // Particles do not count: "Luiz Inacio Lula da Silva" has four name words.
    let words = toks
        .iter()
        .filter(|t| t.cap || arabic_article(t.text))
        .count();
    (2..=4).contains(&words)
        && toks.len() <= 6
        && !toks
            .iter()
            .any(|t| !t.text.contains('.') && lexicon::is_acronym(t.text))
        && toks
            .iter()
            .all(|t| t.senses.is_empty() || t.senses == [Sense::Place])
        && toks.iter().filter(|t| !t.senses.is_empty()).count() < toks.len()
}

fn demonym_or_country(t: &Token<'_>) -> Option<&'static str> {
    t.senses.iter().find_map(|s| match s {
        Sense::Demonym(c) | Sense::Country(c) => Some(*c),
        _ => None,
    })
}

/// Every way a company noun is written before a name ("carmaker", "Carmaker", "CARMAKERS"),
/// each with whether it is plural: asked of nearly every word before a capitalised one.
static COMPANY_NOUN_FORMS: LazyLock<FxHashMap<String, bool>> = LazyLock::new(|| {
    let mut forms = FxHashMap::default();
    for noun in COMPANY_NOUNS {
        let mut capitalised = (*noun).to_owned();
        capitalised[..1].make_ascii_uppercase();
        for (form, plural) in [
            ((*noun).to_owned(), false),
            (noun.to_ascii_uppercase(), false),
            (capitalised, false),
        ] {
            // "companies", "utilities": a consonant's y becomes "ies".
            let consonant_y = form.len() > 2
                && form.ends_with(['y', 'Y'])
                && !form[..form.len() - 1].ends_with(['a', 'e', 'o', 'u', 'A', 'E', 'O', 'U']);
            let many = match (
                consonant_y,
                form.ends_with(|c: char| c.is_ascii_uppercase()),
            ) {
                (true, true) => format!("{}IES", &form[..form.len() - 1]),
                (true, false) => format!("{}ies", &form[..form.len() - 1]),
                (false, true) => format!("{form}S"),
                (false, false) => format!("{form}s"),
            };
            forms.insert(many, true);
            forms.insert(form, plural);
        }
    }
    forms
});

fn is_company_noun(word: &str) -> bool {
    COMPANY_NOUN_FORMS.contains_key(word)
}

/// The next item of a list after token `end - 1`: the capitalised word after a comma, "and" or
/// ", and".
fn list_item_after(text: &str, toks: &[Token<'_>], end: usize) -> Option<usize> {
    let gap = |k: usize| Some(text[toks[k - 1].end..toks.get(k)?.start].trim());
    let comma = gap(end)? == ",";
    let mut k = end;
    if toks[k].text == "and" {
        k += 1;
        if !gap(k)?.is_empty() {
            return None;
        }
    } else if !comma {
        return None;
    }
    toks.get(k).is_some_and(|t| t.cap).then_some(k)
}

/// The head noun of an appositive after token `end - 1`: ", Poland's largest fuel retailer," or
/// ", the world's biggest miner." gives "retailer" or "miner". It opens with "the", "a" or a
/// possessive and ends at the next comma or full stop, or before "that" or "which", within eight
/// words.
fn appositive_head<'t>(text: &str, toks: &[Token<'t>], end: usize) -> Option<&'t str> {
    // A possessive's "'s" lies between its word and the next.
    let gap = |k: usize| {
        let g = text[toks[k - 1].end..toks[k].start].trim();
        if toks[k - 1].possessive {
            g.trim_start_matches(['\'', '’', 's']).trim()
        } else {
            g
        }
    };
    if end >= toks.len() || gap(end) != "," {
        return None;
    }
    // ", two of the largest buyers,", ", among the biggest lenders,": a share of a group.
    let start = match toks.get(end + 1).map(|t| t.text) {
        Some("of") if matches!(toks[end].text, "one" | "two" | "three" | "four" | "both") => {
            end + 2
        }
        _ if toks[end].text == "among" => end + 1,
        _ => end,
    };
    let first = toks.get(start)?;
    if start > end && !gap(start).is_empty() {
        return None;
    }
    if !(first.possessive || matches!(first.text, "the" | "a" | "an")) {
        return None;
    }
    let end = start;
    let mut k = end + 1;
    while k < toks.len() && k <= end + 8 {
        // ", the U.S. company that makes ...": a relative clause follows the head, and
        // ", the largest utility in Texas,": a phrase of place.
        // ", a group led by CATL,": so does a participle's clause.
        let closes = matches!(
            toks[k].text,
            "that"
                | "which"
                | "whose"
                | "in"
                | "of"
                | "on"
                | "at"
                | "from"
                | "with"
                // ", an emergency coordinator for the medical charity": the role is the head.
                | "for"
                | "led"
                | "owned"
                | "run"
                | "backed"
                | "founded"
                | "controlled"
                | "based"
        );
        if k > end + 1 && closes && gap(k).is_empty() {
            return Some(toks[k - 1].text);
        }
        match gap(k) {
            // "a Beijing-based maker": a hyphen joins words within the phrase.
            "" | "-" => k += 1,
            "," | "." => return (k > end + 1).then_some(toks[k - 1].text),
            _ => return None,
        }
    }
    None
}

/// The word for a company that introduces the name at `i` (`i > 0`): right before it ("the
/// carmaker BYD"), or a plural before "including", "like" or "such as" ("producers including
/// Southern Copper").
fn company_noun_before(toks: &[Token<'_>], i: usize) -> Option<usize> {
    if is_company_noun(toks[i - 1].text) {
        // "a giant AI data campus": goods are no company.
        return (!GOODS_ACRONYMS.contains(toks[i].text)).then_some(i - 1);
    }
    let noun = match toks[i - 1].text {
        "including" | "like" => i.checked_sub(2)?,
        "as" if i >= 3 && toks[i - 2].text == "such" => i - 3,
        _ => return None,
    };
    plural_company_noun(toks[noun].text).then_some(noun)
}

/// "carmakers Volkswagen and BMW": a plural introduces a list of names.
fn plural_company_noun(word: &str) -> bool {
    COMPANY_NOUN_FORMS.get(word) == Some(&true)
}

/// "the Viv Ansanm gang", "whose New Democracy party": the end of a name between an article or a
/// possessive and a word for a body, starting at `i`; or after a word for a body and "known as"
/// ("a faction known as Jamaat-ul-Ahrar").
#[inline(never)]
fn named_before_body(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // "a faction known as Jamaat-ul-Ahrar": the name after a word for a body and "known as".
    let known_as = i >= 3
        && toks[i].joined_to_prev
        && toks[i - 1].text == "as"
        && toks[i - 2].text == "known"
        && BODY_AFTER_NAME.contains(toks[i - 3].text)
        // "the Japan Agricultural Cooperatives group, known as JA": a named body's short name.
        && (i < 4 || !toks[i - 4].cap || toks[i - 4].stopword);
    if known_as {
        let run = cap_run(toks, i, &[]);
        return (run <= i + 3 && toks[i..run].iter().all(|w| w.senses.is_empty())).then_some(run);
    }
    // "a movement calling itself Gen Z Madagascar", "a separate company called Discovery
    // Global": the name a body goes by, whatever words it takes.
    let body_or_company =
        |k: usize| BODY_AFTER_NAME.contains(toks[k].text) || is_company_noun(toks[k].text);
    let called = i >= 3
        && toks[i].joined_to_prev
        && (matches!(toks[i - 1].text, "called" | "named") && body_or_company(i - 2)
            || toks[i - 1].text == "itself"
                && toks[i - 2].text == "calling"
                && body_or_company(i - 3));
    if called {
        let run = cap_run(toks, i, &[]);
        let a_place = run == i + 1 && !toks[i].senses.is_empty();
        return (run <= i + 4 && !a_place).then_some(run);
    }
    let opened = i > 0
        && toks[i].joined_to_prev
        && ["the", "whose", "his", "her", "its", "their"]
            .iter()
            .any(|w| toks[i - 1].text.eq_ignore_ascii_case(w));
    if !opened {
        return None;
    }
    let run = cap_run(toks, i, &[]);
    let body_after = toks
        .get(run)
        .is_some_and(|n| n.joined_to_prev && BODY_AFTER_NAME.contains(n.text));
    let national = toks[i..run].iter().any(|w| {
        w.senses
            .iter()
            .any(|s| matches!(s, Sense::Demonym(_) | Sense::Country(_) | Sense::Org(_)))
    });
    (body_after && run <= i + 3 && !national).then_some(run)
}

/// Organizations named with a cue other than their head noun, at token `i`:
/// - names joined by an ampersand ("Procter & Gamble");
/// - an acronym followed by a word for a body ("the CGT union", "the PKK militia");
/// - an unknown word joined by "and" to a name with an organization head ("Disaster and
///   Emergency Management Authority", "Food and Drug Administration").
fn cued_org(text: &str, toks: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &toks[i];
    // "Korea Investment & Securities", "Procter & Gamble": capitalised names joined by an
    // ampersand are one company.
    let run = cap_run(toks, i, &[]);
    if let Some(next) = toks.get(run).filter(|n| n.cap && run > i) {
        if text[toks[run - 1].end..next.start].trim() == "&" {
            return Some(cap_run(toks, run, &[]));
        }
    }
    let next = toks.get(i + 1).filter(|n| n.joined_to_prev)?;
    if GOODS_ACRONYMS.contains(t.text) {
        return None;
    }
    // "PT Vale Indonesia": a legal form before the name makes it a company's, whatever its words.
    if LEGAL_PREFIXES.contains(t.text) && next.cap {
        return Some(run);
    }
    // "PKP Polskie Linie Kolejowe": an unknown acronym opening words that are no English and
    // mean nothing else is the body's short name before its untranslated full one. A person's
    // name there would come back alone as a surname.
    if lexicon::is_acronym(t.text)
        && t.senses.is_empty()
        && run >= i + 3
        && toks[i + 1..run]
            .iter()
            .all(|w| w.name_word && w.senses.is_empty() && !all_english(std::slice::from_ref(w)))
        && !surname_recurs(toks, run)
    {
        return Some(run);
    }
    if lexicon::is_acronym(t.text) && BODY_NOUNS.contains(next.text) {
        return Some(i + 1);
    }
    // "the IG Metall union": an acronym and one more capitalised word before a body noun.
    let noun = toks.get(i + 2).filter(|n| n.joined_to_prev);
    if lexicon::is_acronym(t.text)
        && next.cap
        && next.senses.is_empty()
        && noun.is_some_and(|n| BODY_NOUNS.contains(n.text))
    {
        return Some(i + 2);
    }
    // "National Disaster Risk Reduction and Management Council": unknown capitalised words,
    // then "and" and a name with an organization head.
    // "Medical Practitioners, Pharmacists and Dentists Union": more fields, set off by commas,
    // may come before the "and"; the head must then name members' body (checked below).
    let mut listed = run;
    while run > i + 1
        && toks.get(listed).is_some_and(|n| {
            n.cap && n.senses.is_empty() && text[toks[listed - 1].end..n.start].trim() == ","
        })
    {
        let item_end = cap_run(toks, listed, &[]);
        if item_end > listed + 2 {
            break;
        }
        listed = item_end;
    }
    let commas = listed > run;
    let run = listed;
    let and_at = toks
        .get(run)
        .filter(|a| a.text == "and" && a.joined_to_prev && run > i + 1);
    if let Some(after) = and_at.and_then(|_| toks.get(run + 1)) {
        // Words with no sense and no head of their own ("Coastline Airlines and All Harbour
        // Airways" are two airlines), though a demonym may open the name ("Nigerian Midstream
        // and Downstream Petroleum Regulatory Authority"). The whole span is judged by its head
        // ("International Boundary and Water Commission" is no generic commission).
        let unknown = toks[i..run].iter().enumerate().all(|(k, w)| {
            let demonym_first = k == 0 && w.senses.iter().any(|s| matches!(s, Sense::Demonym(_)));
            // A small town's name is weak evidence against a name ("Midstream").
            let unknown_word = w.senses.iter().all(|s| *s == Sense::Place);
            (unknown_word || demonym_first) && !org_head(w.text)
        });
        if unknown && after.cap && after.joined_to_prev && after.senses.is_empty() {
            let after_end = cap_run(toks, run + 1, JOINERS);
            if GOODS_HEADS.contains(toks[after_end - 1].text)
                || commas && !MEMBERS_HEADS.contains(toks[after_end - 1].text)
            {
                return None;
            }
            if org_by_head(toks, run + 1, after_end).is_some() || org_head(toks[after_end - 1].text)
            {
                if let Some(end) = org_by_head(toks, i, after_end) {
                    return Some(end);
                }
            }
        }
    }
    let after = toks.get(i + 2).filter(|n| n.cap && n.joined_to_prev)?;
    if next.text == "and" && t.senses.is_empty() && after.senses.is_empty() {
        let run_end = cap_run(toks, i + 2, JOINERS);
        let head = toks[run_end - 1].text;
        if GOODS_HEADS.contains(head) {
            return None;
        }
        // "Reconstruction and Development Coalition": two fields before a head name the body,
        // though the second alone would be generic.
        let fields =
            run_end > i + 3 && ORG_HEADS.contains(head) && !FUNCTIONAL_HEADS.contains(head);
        return org_by_head(toks, i + 2, run_end).or(fields.then_some(run_end));
    }
    None
}

/// "the GMB and Unite unions": the ends of two names joined by "and" before a plural word for a
/// body, and where the second starts. Each name is one to three capitalised words of no
/// lexicon sense.
fn pair_before_plural_body(toks: &[Token<'_>], i: usize) -> Option<(usize, usize, usize)> {
    // Asked of every unknown capitalised word: look for the "and" before measuring any run.
    if !toks[i + 1..toks.len().min(i + 5)]
        .iter()
        .any(|t| t.text == "and")
    {
        return None;
    }
    let plain = |from: usize, to: usize| {
        to > from && to - from <= 3 && toks[from..to].iter().all(|w| w.senses.is_empty())
    };
    let first_end = cap_run(toks, i, &[]);
    let and = toks
        .get(first_end)
        .filter(|a| a.text == "and" && a.joined_to_prev)?;
    let second = first_end + 1;
    let end = cap_run(toks, second, &[]);
    let noun = toks.get(end).filter(|n| n.joined_to_prev)?;
    (and.joined_to_prev
        && toks[second].joined_to_prev
        && plain(i, first_end)
        && plain(second, end)
        && plural_company_noun(noun.text))
    .then_some((first_end, second, end))
}

/// In the run `i..run_end`, the "of" after which an organization's name starts, when the words
/// before it are unknown common words ("Shares of HDFC Bank"): no head noun and no lexicon
/// sense before the "of", and an organization head after it.
fn common_words_before_of(toks: &[Token<'_>], i: usize, run_end: usize) -> Option<usize> {
    let of_at = (i + 1..run_end).find(|&k| toks[k].text == "of")?;
    let plain = toks[i..of_at]
        .iter()
        .all(|t| t.senses.is_empty() && !org_head(t.text) && !FEATURE_HEADS.contains(t.text));
    (plain && org_by_head(toks, of_at + 1, run_end).is_some()).then_some(of_at)
}

/// In the name `i..end`, a known organization after "of (the)" that words of function alone
/// precede ("Political Bureau of the Communist Party of China"): its span and name.
fn organ_of_known_body(toks: &[Token<'_>], i: usize, end: usize) -> Option<(usize, usize, String)> {
    let of_at = (i + 1..end).find(|&k| toks[k].text == "of")?;
    let organ = toks[i..of_at].iter().all(|w| {
        FUNCTION_WORDS.contains(w.text) || ORGAN_WORDS.contains(w.text) || org_head(w.text)
    });
    if !organ {
        return None;
    }
    let from = of_at + 1 + usize::from(toks.get(of_at + 1).is_some_and(|t| t.text == "the"));
    if from >= end {
        return None;
    }
    let (to, senses) = longest_match(toks, from, &mut String::new())?;
    Some((from, to, first_org(senses)?))
}

/// "Social Democratic Party (SPD)": the known body the acronym in brackets after `written` names,
/// when its name extends the one written ("Social Democratic Party of Germany"). "Pakistan
/// Tehreek-e-Insaf (PTI)" is not the Press Trust of India.
fn extended_by_acronym(text: &str, end: usize, written: &str) -> Option<String> {
    let after = text[end..].strip_prefix(" (")?;
    let acronym = &after[..after.find(')')?];
    lexicon::is_acronym(acronym)
        .then(|| org_extending(acronym, written))
        .flatten()
}

/// The known body called `acronym` when its name extends `written`.
fn org_extending(acronym: &str, written: &str) -> Option<String> {
    lookup_org(acronym).filter(|known| words_after(known, written).is_some())
}

/// The end of an organization named by a head noun within the run `i..run_end`, or `None`.
fn org_by_head(toks: &[Token<'_>], i: usize, run_end: usize) -> Option<usize> {
    let words: Vec<&str> = toks[i..run_end].iter().map(|t| t.text).collect();
    // A body's head outranks the goods a portfolio is named by ("Ministry of Water Resources").
    let last_head = words
        .iter()
        .rposition(|w| ORG_HEADS.contains(w))
        .or_else(|| words.iter().rposition(|w| GOODS_HEADS.contains(w)))
        // "CFM International", "Transparency International": closing a name, a company's or
        // a movement's.
        .or_else(|| {
            (words.len() >= 2 && words.last() == Some(&"International")).then(|| words.len() - 1)
        })?;
    // "Jeannette Jara of the Communist Party": name words with no head before "of", and the head
    // after it, are someone of that body, not part of its name ("Bank of England" has its head
    // first).
    // So is "Benjamin Mbonimpa for the Alliance Fleuve Congo".
    if let Some(of_at) = words[..last_head]
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
    {
        if of_at > 0 && toks[i..i + of_at].iter().all(|t| t.name_word) {
            return None;
        }
    }
    // "Marine Le Pen's National Rally": a full name owning the body is no part of its name
    // ("Republican People's Party" is owned by a people, and is one name).
    if let Some(owner) = (0..last_head).find(|&k| toks[i + k].possessive) {
        let collective = COLLECTIVE_OWNERS.contains(toks[i + owner].text);
        if owner >= 1 && !collective && toks[i..=i + owner].iter().all(|t| t.name_word) {
            return None;
        }
    }
    // "South Africa for the Group of 20 summit": a country before "for" is where one goes, not
    // the start of a body's name.
    if let Some(joiner) = words[..last_head].iter().position(|w| *w == "for") {
        let place_first = joiner > 0
            && Lexicon::global()
                .lookup(&words[..joiner])
                .iter()
                .any(|s| matches!(s, Sense::Country(_) | Sense::Place));
        if place_first {
            return None;
        }
    }
    // Keep what follows the head when it continues the name ("Office of the High Representative").
    // A trade's word ends a company's name ("Sempra Infrastructure on the Port Arthur LNG").
    let joiner_after_trade = !ORG_HEADS.contains(words[last_head])
        && words
            .get(last_head + 1)
            .is_some_and(|w| JOINERS.contains(w) && !matches!(*w, "&" | "and"));
    let mut end = if joiner_after_trade {
        i + last_head + 1
    } else {
        run_end
    };
    while end > i && JOINERS.contains(&toks[end - 1].text) {
        end -= 1;
    }
    let name = &words[..end - i];
    let head = words[last_head];
    if end == run_end && portfolio_before_title(toks, end) {
        return None;
    }
    // "the Champions League", "the Europa League": club competitions, events rather than bodies.
    if head == "League" && last_head > 0 && matches!(words[last_head - 1], "Champions" | "Europa") {
        return None;
    }
    // "Senate Democrats": a party's members in a chamber, not a body.
    let members = name[last_head + 1..].last().is_some_and(|w| {
        matches!(
            *w,
            "Democrats" | "Republicans" | "Socialists" | "Conservatives" | "Liberals" | "Greens"
        )
    });
    if members || venue_end(name).is_some() {
        return None;
    }
    // "National Semiconductor Strategy", "ASEAN Energy Summit": a plan or an event named after
    // a field, not a body.
    if name[last_head + 1..]
        .iter()
        .any(|w| EVENT_WORDS.contains(w))
    {
        return None;
    }
    let lex = Lexicon::global();
    // Another head inside the name names its field ("European Steel Association").
    let proper: Vec<&&str> = name
        .iter()
        .filter(|w| !FUNCTION_WORDS.contains(w) && !JOINERS.contains(w) && **w != head)
        .collect();
    let generic = proper.iter().all(|w| {
        lex.lookup(&[w])
            .iter()
            .any(|s| matches!(s, Sense::Demonym(_) | Sense::Country(_)))
    });
    // A ministry is named by its portfolio however many words that takes ("Energy and Mineral
    // Resources Ministry"): a body named only by function, which is no entity.
    if FUNCTIONAL_HEADS.contains(head) && (generic || head == "Ministry") {
        return None;
    }
    // A party or a union federation may be named by a cause alone ("Labour Party", "General
    // Confederation of Labour"), which in a ministry's name would be a portfolio.
    // Nor is a society or an association of a trade ("National Society of Mining") one body
    // of many, as a "Supreme Court" is.
    let civil = matches!(head, "Society" | "Association" | "Federation") && name.len() >= 4;
    if (proper.is_empty() && !matches!(head, "Party" | "Confederation") && !civil)
        || name.len() == 1
    {
        return None;
    }
    Some(end)
}

fn feature_by_head(toks: &[Token<'_>], i: usize, run_end: usize) -> Option<usize> {
    let words: Vec<&str> = toks[i..run_end].iter().map(|t| t.text).collect();
    if words.len() < 2 {
        return None;
    }
    let last = words.last()?;
    if let Some(n) = venue_end(&words) {
        return Some(i + n);
    }
    // "Grand Renaissance Dam on the Blue Nile": a head closing a name before a joiner ends it.
    if let Some(p) = (1..words.len().saturating_sub(1))
        .find(|&p| closing_feature_head(words[p]) && JOINERS.contains(&words[p + 1]))
    {
        return Some(i + p + 1);
    }
    // "Belt and Road Initiative" is no road.
    if words.iter().any(|w| EVENT_WORDS.contains(w)) {
        return None;
    }
    // "Special Economic Zone", "Free Trade Zone": a kind of zone, not one place ("Yangpu
    // Economic Development Zone" is one).
    let lex = Lexicon::global();
    if *last == "Zone"
        && words.iter().any(|w| matches!(*w, "Economic" | "Trade"))
        && words.iter().all(|w| lex.is_english_word(w))
    {
        return None;
    }
    // "the Port Arthur LNG plant": an acronym after a place names a project or company.
    let first_or_last = FEATURE_HEADS.contains(words[0])
        && !CLOSING_HEADS.contains(words[0])
        && !matches!(words[1], "bin" | "ibn" | "bint" | "binti")
        && !lexicon::is_acronym(last)
        || closing_feature_head(last)
        || TRAILING_FEATURE_HEADS.contains(last);
    first_or_last.then_some(run_end)
}

/// "Kuala Lumpur Convention Centre", "Bharat Mandapam Exhibition Center": a venue, not a body.
/// The number of words up to the venue's head.
fn venue_end(words: &[&str]) -> Option<usize> {
    words
        .windows(2)
        .position(|w| venue_pair(w[0], w[1]))
        .map(|p| p + 2)
}

/// "Convention Centre", "Exhibition Center".
fn venue_pair(kind: &str, head: &str) -> bool {
    matches!(head, "Centre" | "Center") && VENUE_WORDS.contains(kind)
}

/// "U.S. Bureau of Reclamation" is the United States Bureau of Reclamation: an organization's
/// canonical name is its fullest official one, and the abbreviation is only how copy writes it.
fn full_country_prefix(name: String) -> String {
    // "US National Transportation Safety Board": a body whose name has no country in it.
    if let Some(known) = ["U.S. ", "US "]
        .iter()
        .find_map(|p| name.strip_prefix(p).and_then(lookup_org))
    {
        return known;
    }
    match name.strip_prefix("U.S. ") {
        Some(rest) => format!("United States {rest}"),
        None => name,
    }
}

fn lookup_org(name: &str) -> Option<String> {
    let lex = Lexicon::global();
    let toks = tokenize(name);
    let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
    lex.lookup(&words).iter().find_map(|s| {
        if let Sense::Org(x) = s {
            Some(lex.orgs[*x].to_owned())
        } else {
            None
        }
    })
}

/// Whether the demonym at `i..end` names a language: before a word for a name or a text
/// ("Spanish initials", "its Korean name", "the Arabic version"), or alone after "in", "into" or
/// "from" ("speaking in Spanish, he said").
fn language_named(toks: &[Token<'_>], i: usize, end: usize) -> bool {
    let next = toks.get(end).filter(|n| n.joined_to_prev);
    let named = next.is_some_and(|n| {
        matches!(
            n.text,
            "initials"
                | "acronym"
                | "abbreviation"
                | "name"
                | "names"
                | "language"
                | "translation"
                | "subtitles"
                | "version"
                | "speakers"
                | "words"
                | "word"
        )
    });
    let alone = i > 0
        && toks[i].joined_to_prev
        && matches!(toks[i - 1].text, "in" | "into" | "from")
        && next.is_none_or(|n| matches!(n.text, "and" | "or"));
    named || alone
}

/// Picks the reading of a lexicon phrase: organization, country, demonym, region or place, with
/// the confidence rules for single-word places.
fn resolve_senses(
    senses: &[Sense],
    phrase: &str,
    toks: &[Token<'_>],
    i: usize,
    end: usize,
    text: &str,
    dateline: Filing<'_>,
) -> Option<Kind> {
    let g = Gazetteer::global();
    // "US$25 billion", "NZ$": a currency names no place.
    if CONTINENTS.contains(&phrase) || text[toks[end - 1].end..].starts_with('$') {
        return None;
    }
    // "the Amazon" is the forest or the river, "Amazon" the company: a name that is a region's
    // or a place's too is the place after "the".
    // So it is after a place's possessive or a demonym ("Brazil's Amazon", "the Brazilian
    // Amazon") and before a word for a place or for what happens there ("Amazon countries",
    // "Amazon deforestation").
    let the_place = || {
        (i > 0
            && toks[i].joined_to_prev
            && (toks[i - 1].text.eq_ignore_ascii_case("the")
                || possessive_place(&toks[i - 1])
                || toks[i - 1]
                    .senses
                    .iter()
                    .any(|s| matches!(s, Sense::Demonym(_))))
            || toks.get(end).is_some_and(|n| {
                n.joined_to_prev
                    && (GEO_NOUNS.contains(n.text)
                        || matches!(
                            n.text,
                            "deforestation"
                                | "forest"
                                | "fires"
                                | "countries"
                                | "nations"
                                | "summit"
                                | "rainforest"
                        ))
            }))
            && senses
                .iter()
                .any(|s| matches!(s, Sense::Region(_) | Sense::Place))
    };
    if senses.iter().any(|s| matches!(s, Sense::Org(_))) && !the_place() {
        return Some(Kind::Org);
    }
    let country = senses.iter().find_map(|s| {
        if let Sense::Country(c) = s {
            Some(*c)
        } else {
            None
        }
    });
    // The gazetteer's places of this name, looked up once for every reading below.
    let named = g.places(phrase);
    let is_state = named.iter().any(|p| p.kind == PlaceKind::State);
    // "Kebbi and Niger states": a country's name that a word for a province follows is a
    // province of that name.
    let province = || {
        let mut k = end;
        if toks.get(k).is_some_and(|a| a.text == "and") && toks.get(k + 1).is_some_and(|n| n.cap) {
            k += 2;
        }
        if !toks
            .get(k)
            .is_some_and(|n| n.joined_to_prev && PROVINCE_NOUNS.contains(n.text))
        {
            return None;
        }
        let admins: Vec<&'static str> = named
            .iter()
            .filter(|p| p.kind == PlaceKind::Admin)
            .map(|p| p.country)
            .collect();
        (!admins.is_empty()).then_some(admins)
    };
    if let Some(candidates) = country.and_then(|_| province()) {
        return Some(Kind::Location {
            candidates,
            kind: LocKind::Place,
        });
    }
    if let Some(c) = country {
        if is_state {
            return Some(Kind::CountryOrState {
                country: c,
                state_country: "US",
            });
        }
        return Some(Kind::Country(c));
    }
    if let Some(c) = senses.iter().find_map(|s| {
        if let Sense::Demonym(c) = s {
            Some(*c)
        } else {
            None
        }
    }) {
        return Some(Kind::Country(c));
    }
    if let Some(x) = senses.iter().find_map(|s| match s {
        Sense::Region(x) => Some(*x),
        _ => None,
    }) {
        return Some(Kind::Location {
            candidates: Lexicon::global().region_countries[x].into_iter().collect(),
            kind: LocKind::Region,
        });
    }
    if senses.contains(&Sense::Place) {
        let lex = Lexicon::global();
        let places = named;
        let multiword = end - i > 1;
        let big = places
            .iter()
            .any(|p| p.population >= 100_000 || p.kind != PlaceKind::City);
        let huge = places.iter().any(|p| p.population >= 1_000_000);
        // "the southern town of Jinka": a place's noun and "of" before the name.
        let locative = locative_before(toks, i)
            || i >= 2 && toks[i - 1].text == "of" && GEO_NOUNS.contains(toks[i - 2].text);
        // "Manitoba Premier ...", "Maharashtra Chief Minister ...": a place heading a title.
        let before_title = toks
            .get(end)
            .is_some_and(|n| n.joined_to_prev && n.opens_title)
            && title_at(toks, end);
        let is_dateline = dateline
            .place
            .is_some_and(|d| d.eq_ignore_ascii_case(phrase));
        // A state or large city of the country the story was filed from: "Sarawak will ..." in
        // a Kuching story, even opening a sentence.
        let home = dateline
            .country
            .is_some_and(|c| places.iter().any(|p| p.country == c));
        let followed_by_country = text[toks[end - 1].end..]
            .trim_start()
            .strip_prefix(',')
            .is_some_and(|rest| {
                let next: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic() || *c == ' ')
                    .collect();
                next.split(' ').take(3).any(|w| {
                    g.country_by_name(w).is_some()
                        || g.places(w).iter().any(|p| p.kind == PlaceKind::State)
                })
            });
        // "Brent crude": a grade of oil named after a field, not the London borough.
        let grade = toks
            .get(end)
            .is_some_and(|n| n.joined_to_prev && n.text == "crude");
        if grade || lex.is_stopword(phrase) {
            return None;
        }
        // "Washington has agreed ...": a capital opening a sentence stands for its government.
        let capital = || {
            places.iter().any(|p| {
                g.country(p.country)
                    .and_then(|c| c.capital)
                    .is_some_and(|c| c.eq_ignore_ascii_case(p.name))
            }) && !common_words_in(text, &toks[i..end])
        };
        let confident = multiword
            || is_dateline
            || followed_by_country
            || locative
            || (big && (before_title || home || !toks[i].sentence_start))
            || huge
            || capital();
        if !confident {
            return None;
        }
        // "washed out in the Blue Mountains": a range, a group of islands or hills that a town
        // somewhere is also named for; it says nothing of that town's country.
        let range = i > 0
            && toks[i - 1].text == "the"
            && multiword
            && matches!(
                toks[end - 1].text,
                "Mountains" | "Hills" | "Highlands" | "Islands" | "Lakes"
            )
            && places.iter().all(|p| p.kind == PlaceKind::City);
        if range {
            return Some(Kind::Location {
                candidates: Vec::new(),
                kind: LocKind::Feature,
            });
        }
        return Some(place_location(places));
    }
    None
}

/// "Full Capitalised Name (ACRO)" definitions in this text: acronym → full name. The acronym's
/// letters must be the initials of the name's capitalised words, which keeps "(AP)" after a place
/// or "(2024)" from matching.
/// A name the article gives an acronym: its words are tokens `start..end`.
struct Definition {
    name: String,
    start: usize,
    end: usize,
}

fn acronym_definitions(text: &str, toks: &[Token<'_>]) -> FxHashMap<String, Definition> {
    let mut out = FxHashMap::default();
    for (k, t) in toks.iter().enumerate() {
        // The cheap test first: is the word in brackets at all?
        // "(MRT Corp)": the acronym may carry the legal form.
        let with_form = || {
            toks.get(k + 1).is_some_and(|f| {
                LEGAL_FORMS.contains(f.text)
                    && &text[t.end..f.start] == " "
                    && text[f.end..].starts_with(')')
            })
        };
        let bracketed = t.start > 0
            && text.as_bytes()[t.start - 1] == b'('
            && (text.as_bytes().get(t.end) == Some(&b')') || with_form());
        if k == 0 || !bracketed || !lexicon::is_acronym(t.text) {
            continue;
        }
        let letters: Vec<char> = t.text.chars().filter(|c| c.is_alphabetic()).collect();
        let mut need = letters.len();
        let mut j = k;
        let mut first = None;
        let mut skipped = false;
        while need > 0 && j > 0 {
            j -= 1;
            let w = toks[j].text;
            let c = w.chars().next().unwrap_or(' ');
            // "European Centre for Disease Prevention and Control (ECDC)": the initials may skip
            // one word of a pair joined by "and".
            let paired = toks[j].cap && toks.get(j + 1).is_some_and(|a| a.text == "and");
            // "Tehreek-e-Insaf" gives the T and the I of "PTI".
            let parts: Vec<char> = w
                .split('-')
                .filter_map(|p| p.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            let spelled = parts.len() > 1
                && parts.len() <= need
                && letters[need - parts.len()..need] == parts[..];
            if spelled {
                need -= parts.len();
                first = Some(j);
            } else if c.is_uppercase() && c == letters[need - 1] {
                need -= 1;
                first = Some(j);
            } else if paired && !skipped && need < letters.len() {
                skipped = true;
            } else if need == letters.len()
                && (LEGAL_FORMS.contains(w) || matches!(w, "Corporation" | "Company"))
            {
                // "Mass Rapid Transit Corporation Sdn Bhd (MRT Corp)": the legal form closing
                // the name gives no letter.
            } else if !JOINERS.contains(&w) && !matches!(w, "and" | "&" | "in") {
                // "and" inside a name the initials spell is the name's own ("Vietnam Chamber
                // of Commerce and Industry (VCCI)"), and so is "in" ("Board of Control for
                // Cricket in India (BCCI)").
                break;
            }
        }
        let first = if need == 0 {
            // "Parti Gagasan Rakyat Sabah (GRS)": the acronym may leave out the word for party.
            first.map(|f| {
                let opener =
                    f > 0 && toks[f].joined_to_prev && NAME_OPENERS.contains(toks[f - 1].text);
                if opener {
                    f - 1
                } else {
                    f
                }
            })
        } else {
            translated_name_start(toks, k, &letters).or_else(|| syllabic_name_start(toks, k))
        };
        if let Some(f) = first {
            let name = text[toks[f].start..toks[k - 1].end].to_owned();
            out.insert(
                t.text.to_owned(),
                Definition {
                    name,
                    start: f,
                    end: k,
                },
            );
        }
    }
    out
}

/// Where the name before the bracketed acronym at `k` starts when the acronym is made of the
/// first letters of each word rather than its initial alone ("Elections Cameroon (ELECAM)",
/// "Petroliam Nasional (PETRONAS)"): two to four capitalised words, each giving at least one.
fn syllabic_name_start(toks: &[Token<'_>], k: usize) -> Option<usize> {
    let acronym = toks[k].text.to_ascii_lowercase();
    if acronym.len() < 4 || !acronym.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    // Whether `rest` is a run of prefixes of `words`, one each, in order.
    fn spells(rest: &str, words: &[String]) -> bool {
        match words.split_first() {
            None => rest.is_empty(),
            Some((w, more)) => (1..=w.len().min(rest.len()))
                .rev()
                .any(|n| w.as_bytes()[..n] == rest.as_bytes()[..n] && spells(&rest[n..], more)),
        }
    }
    (2..=4usize).find_map(|n| {
        let first = k.checked_sub(n)?;
        let run = &toks[first..k];
        let named =
            run.iter().all(|t| t.cap && !t.possessive) && run[1..].iter().all(|t| t.joined_to_prev);
        let words: Vec<String> = run.iter().map(|t| t.text.to_ascii_lowercase()).collect();
        (named && spells(&acronym, &words)).then_some(first)
    })
}

/// Where the name before the bracketed acronym at `k` starts when the acronym keeps the word
/// order of another language: the capitalised words' initials are its letters in another order
/// ("National Jury of Elections (JNE)", from Jurado Nacional de Elecciones). At least three
/// words and an "of" or "for" between them, as official names have and people's do not.
fn translated_name_start(toks: &[Token<'_>], k: usize, letters: &[char]) -> Option<usize> {
    if letters.len() < 3 {
        return None;
    }
    let mut initials = Vec::new();
    let mut joined = false;
    let mut j = k;
    while initials.len() < letters.len() && j > 0 {
        j -= 1;
        let t = &toks[j];
        if t.cap {
            initials.push(t.text.chars().next()?);
        } else if matches!(t.text, "of" | "for") && !initials.is_empty() {
            joined = true;
        } else {
            return None;
        }
    }
    let (mut want, mut got) = (letters.to_vec(), initials);
    want.sort_unstable();
    got.sort_unstable();
    (joined && want == got).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Format;

    fn enrich(title: &str, body: &str) -> Enrichment {
        let mut a = Article::new("t".into(), Format::Text);
        a.title = (!title.is_empty()).then(|| title.to_owned());
        a.body = body.to_owned();
        Enricher::new().enrich(&a)
    }

    fn names(e: &Enrichment, kind: EntityType) -> Vec<String> {
        let mut v: Vec<String> = e
            .entities
            .iter()
            .filter(|x| x.kind == kind)
            .map(|x| x.name.clone())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn members_name_their_party_and_plural_possessives_inside_a_body_s_name() {
        let mut a = Article::new("t".into(), Format::Text);
        a.dateline = Some(crate::article::Dateline {
            place: Some("BERLIN".into()),
            country: Some("DE".into()),
            date: None,
            subdivision: None,
        });
        a.body = "The Social Democrats and the Free Democrats agreed, and the Federation of \
                  Varnish Makers' Associations objected."
            .into();
        let e = Enricher::new().enrich(&a);
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Federation of Varnish Makers' Associations",
                "Free Democratic Party",
                "Social Democratic Party of Germany"
            ]
        );
    }

    #[test]
    fn ships_goods_acronyms_ranks_isles_and_yards() {
        let e = enrich(
            "",
            "The MV Corla Vesk sailed from Brodick on the Isle of Arran. Orders for LNG carriers \
             rose at its Okpo shipyard. Air Commodore Dele Bamgbose and Archbishop Tomas Reyl \
             spoke. TAP Air Portugal and the Office of the Electoral Commissioner agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Dele Bamgbose", "Tomas Reyl"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Office of the Electoral Commissioner", "TAP Air Portugal"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Brodick", "Isle of Arran", "Okpo"]
        );
    }

    #[test]
    fn articles_opening_names_role_words_middle_names_and_titles_inside_bodies() {
        let e = enrich(
            "Tarun Singh out of squad",
            "Tanks struck near the town of al-Zarqel. The party La Libertad Avanza and the \
             brokerage Quintor Grupo Financiero agreed. Head coach Tarun Vel Singh said the \
             Dravin Union of Post Primary Education Teachers would strike. Bank of Zarvo \
             Governor Emil Tarrow disagreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Bank of Zarvo",
                "Dravin Union of Post Primary Education Teachers",
                "La Libertad Avanza",
                "Quintor Grupo Financiero"
            ]
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Emil Tarrow", "Tarun Vel Singh"]
        );
        assert_eq!(names(&e, EntityType::Location), ["al-Zarqel"]);
    }

    #[test]
    fn owned_features_paired_bodies_products_and_lists_of_known_places() {
        let e = enrich(
            "",
            "A quake struck near Kaikoura on New Zealand's South Island and along the Hope \
             Fault. Varnek, Pasir Mas and Kuala Krai flooded. The Zarvo and Quellin unions \
             struck at the Port Dunvale works. Trelix, the maker of ChatBrio, said nothing. \
             Jorna Vesk, Trelix's co-founder, resigned.",
        );
        let places = names(&e, EntityType::Location);
        for place in [
            "Kaikoura",
            "South Island",
            "Hope Fault",
            "Varnek",
            "Pasir Mas",
            "Kuala Krai",
            "Port Dunvale",
        ] {
            assert!(places.contains(&place.to_owned()), "{place} in {places:?}");
        }
        assert!(e.regions.countries.iter().any(|c| c.code == "NZ"));
        let orgs = names(&e, EntityType::Organization);
        for org in ["Zarvo", "Quellin", "Trelix"] {
            assert!(orgs.contains(&org.to_owned()), "{org} in {orgs:?}");
        }
        assert!(
            !orgs.contains(&"ChatBrio".to_owned()),
            "a product: {orgs:?}"
        );
        assert_eq!(names(&e, EntityType::Person), ["Jorna Vesk"]);
    }

    #[test]
    fn market_indexes_known_bodies_with_a_legal_form_and_roles_for_a_body() {
        let e = enrich(
            "",
            "Stocks on Wall Street slipped and the S&P 500 lost 0.4%. Korean Air Lines Co. said \
             Korean Air would hire more pilots. A Boeing 737 landed. \"No,\" said Ilsa Marvent, \
             a coordinator for the charity.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Boeing", "Korean Air"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Ilsa Marvent"]);
        assert_eq!(names(&e, EntityType::Location), ["Wall Street"]);
    }

    #[test]
    fn spelled_acronyms_short_company_names_owned_places_and_foreign_feature_words() {
        let e = enrich(
            "",
            "The Ostravan Seed Research Bureau said on Monday that OSRB staff found the blight. \
             Halvek Trundor, a Porto-based maker of pumps, bid too; Halvek said it would pay \
             cash. Torvin Mesk, a group led by the lender Ulvbank, stayed out. The bank's \
             Geneva office declined to comment. Tourists crossed the Salar de Uyuni.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Halvek Trundor",
                "Ostravan Seed Research Bureau",
                "Torvin Mesk",
                "Ulvbank"
            ]
        );
        assert!(names(&e, EntityType::Person).is_empty());
        let places = names(&e, EntityType::Location);
        for place in ["Geneva", "Porto", "Salar de Uyuni"] {
            assert!(places.contains(&place.to_owned()), "{place} in {places:?}");
        }
        let e = enrich(
            "",
            "Ambassador Andre Correa do Lago spoke. Two Spaniards and a Briton won.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Andre Correa do Lago"]);
        let codes: Vec<&str> = e
            .regions
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(codes, ["ES", "GB"]);
    }

    #[test]
    fn lower_case_titles_bodies_opened_by_stopwords_or_fields_and_deposits() {
        let e = enrich(
            "",
            "Former prime minister Tarek al-Nouri's State of Law Coalition came second, behind \
             the Renewal and Development Coalition, said the Independent High Electoral \
             Commission. Gas from the Velora Mesa shale formation reached the National Palace \
             in the Orzano square. Leaders flew to Kenya for the Group of 20 summit, where \
             the United Arab Emirates' Zarvok signed.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Tarek al-Nouri"]);
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Group of Twenty",
                "Independent High Electoral Commission",
                "Renewal and Development Coalition",
                "State of Law Coalition",
                "Zarvok"
            ]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "Kenya",
                "National Palace",
                "Orzano",
                "United Arab Emirates",
                "Velora Mesa"
            ]
        );
    }

    #[test]
    fn a_headline_surname_members_of_a_body_and_a_stopword_before_a_cued_name() {
        // Hassan is also a town in India.
        let e = enrich(
            "Tanzania's Hassan sworn in",
            "Amina Zuberi Hassan was sworn in. She defeated the opposition coalition's Tavo \
             Mirelle. The military-run State Renewal and Peace Commission set the date.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Amina Zuberi Hassan", "Tavo Mirelle"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["State Renewal and Peace Commission"]
        );
        assert_eq!(codes(&e), ["TZ"]);
    }

    #[test]
    fn portfolios_before_titles_and_titles_opening_a_body_s_name() {
        let e = enrich(
            "",
            "EU Mining Commissioner Tavo Mirelle spoke. The Zanvo Chief Public Prosecutor's \
             Office issued warrants. The strategist Arlo Venn's Jan Lok Party lost.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "European Union",
                "Jan Lok Party",
                "Zanvo Chief Public Prosecutor's Office"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Arlo Venn", "Tavo Mirelle"]);
    }

    #[test]
    fn places_lengthened_by_a_particle_arenas_and_a_holder_s_possessive() {
        let e = enrich(
            "",
            "Gangs operate in San Juan de Velarra and Comas. Finals are at the Orvano Arena. \
             It was Chancellor Tavo Mirelle's Civic Renewal Union. Construction of the Zelva \
             Line will begin.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Comas", "Orvano Arena", "San Juan de Velarra", "Zelva Line"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Tavo Mirelle"]);
        assert_eq!(names(&e, EntityType::Organization), ["Civic Renewal Union"]);
    }

    #[test]
    fn a_dateline_city_is_the_namesake_the_story_points_to() {
        // George Town is the capital of the Cayman Islands and a city in Malaysia.
        let e = enrich_filed(
            "GEORGE TOWN",
            "KY",
            "",
            "The line will link the city with Kuala Lumpur.",
        );
        assert_eq!(codes(&e), ["MY"]);
    }

    #[test]
    fn listed_places_state_owned_companies_teams_and_events() {
        let e = enrich(
            "",
            "Water swept through towns such as Velzora and Quintal. Its state-owned Marvatom \
             signed. Zarvo team principal Ilka Merov said the Kelvano Grand Prix on the Kelvano \
             Strip went well. Anca Druveni, backed by the party, came second.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Kelvano Strip", "Quintal", "Velzora"]
        );
        assert_eq!(names(&e, EntityType::Organization), ["Marvatom", "Zarvo"]);
        assert_eq!(
            names(&e, EntityType::Person),
            ["Anca Druveni", "Ilka Merov"]
        );
    }

    #[test]
    fn lists_ending_in_a_known_place_boards_grades_and_plural_possessives() {
        let e = enrich(
            "",
            "The agency's Board of Governors met after strikes on Velzor, Kandru and Isfahan. \
             Brent crude rose. The Zanvo Golfers' Association praised the Sony Open winner.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Isfahan", "Kandru", "Velzor"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Sony Group", "Zanvo Golfers' Association"]
        );
    }

    #[test]
    fn pollsters_groups_and_forts() {
        let e = enrich(
            "",
            "A Velmar Kora poll showed it. Police busted a module of the Harakat-ul-Noor group \
             near the Zanvo Fort. The Kelvo Growers group, known as KG, sells rice.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Harakat-ul-Noor", "Kelvo Growers", "Velmar Kora"]
        );
        assert_eq!(names(&e, EntityType::Location), ["Zanvo Fort"]);
    }

    #[test]
    fn mines_start_ups_market_averages_and_towns_after_a_place() {
        let e = enrich(
            "",
            "Parts of Velta Roja, the largest copper mine, stayed shut; work at the Kelvo mine \
             resumed. Start-ups such as Zorbix AI and Mirel Alpha grew. The Tarvo Stock Average \
             rose. Protests spread in Nairobi and Garoua.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Garoua", "Kelvo", "Nairobi", "Velta Roja"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Mirel Alpha", "Zorbix AI"]
        );
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn settled_spellings_of_a_name() {
        let e = enrich("", "Leader Kim Jong-un inspected the site.");
        assert_eq!(names(&e, EntityType::Person), ["Kim Jong Un"]);
    }

    #[test]
    fn english_words_are_no_name_and_a_foreign_name_may_open_a_sentence() {
        let e = enrich(
            "",
            "Residents told Civil Defence workers, and a report by Blue Wave Partners found \
             damage. Temba Bavuma missed the match.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Temba Bavuma"]);
    }

    #[test]
    fn surnames_that_recur_names_known_as_and_initials_past_in() {
        let e = enrich(
            "",
            "Dravo Keltani struck a century. Keltani made 135 for the side. A faction known as \
             Harakat-ul-Noor claimed it. The Council of Sport for Rowing in Kenya (CSRK) and the \
             Instituto Veralto agreed. Launches from the Ozuma Space Center resumed.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Dravo Keltani"]);
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Council of Sport for Rowing in Kenya",
                "Harakat-ul-Noor",
                "Instituto Veralto"
            ]
        );
        // Kenya is named only inside the council's name.
        assert_eq!(names(&e, EntityType::Location), ["Ozuma Space Center"]);
    }

    #[test]
    fn plural_fields_regnal_numbers_lists_after_including_and_currencies() {
        let e = enrich(
            "",
            "The Department of Roads and Bridges paid Zemora and Kallix. King Orvan VI spoke. \
             Eight Senate Democrats objected. Refiners including Brantex and Olvoro rose after \
             trade reached US$5 billion. Its Q-Lend app grew.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brantex", "Department of Roads and Bridges", "Olvoro"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Orvan VI"]);
        assert!(codes(&e).is_empty());
    }

    #[test]
    fn places_after_a_verb_of_going_and_small_towns_abroad() {
        // Sibolga (Indonesia, under 100,000 people) is named without a locative; Chala is a
        // small town in Tanzania as well as in Peru.
        let e = enrich_filed(
            "Lima",
            "PE",
            "",
            "The president flew to Sibolga. Blockades were reported near Chala.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Chala", "Lima", "Sibolga"]
        );
        assert_eq!(codes(&e), ["ID", "PE"]);
    }

    #[test]
    fn a_title_s_place_registries_and_a_member_of_a_party() {
        let e = enrich(
            "",
            "The race pits former mayor of Nairobi Tavo Mirelle against senator Ana Lucía Pardova \
             of the Civic Renewal party, the National Voter Registry said.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Ana Lucía Pardova", "Tavo Mirelle"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Civic Renewal", "National Voter Registry"]
        );
        assert_eq!(names(&e, EntityType::Location), ["Nairobi"]);
    }

    #[test]
    fn companies_named_after_a_word_for_a_company() {
        let e = enrich(
            "",
            "The copper giant Zentralo and the lithium producer QXM said on Monday they would merge. \
             Airline Skyvo warned of delays. The producer Jane Roe attended.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["QXM", "Skyvo", "Zentralo"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Jane Roe"]);
    }

    #[test]
    fn titles_opening_places_and_bodies_cities_and_route_ends() {
        let e = enrich(
            "",
            "The final is at the Prince Zorvan Okafa Stadium, after a degree from King Brelo \
             University. Trucks drive from Nairobi to Kelbowa, and families in Gaza City wait.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["King Brelo University"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "Gaza City",
                "Kelbowa",
                "Nairobi",
                "Prince Zorvan Okafa Stadium"
            ]
        );
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn nicknames_saints_listed_places_and_compass_regions() {
        let e = enrich(
            "",
            "Tomas \"El Zorro\" Quevaro was arrested; Quevaro denied it. Pupils of St. Brigid's \
             School in Lagos fled. Shares of Lagos-listed lender Brixo fell. Pacific island nations met. \
             Buyers in the South East paid more.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Tomas Quevaro"]);
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brixo", "St. Brigid's School"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Lagos", "Pacific Islands", "South East"]
        );
        let countries: Vec<&str> = e
            .regions
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            countries,
            ["NG"],
            "the South East of a story implies no Botswana"
        );
    }

    #[test]
    fn longer_bodies_plans_capitals_and_appositives_of_place() {
        let e = enrich(
            "",
            "Washington has agreed to the plan. The United Nations Command backed it, and \
             Zentralo, the largest utility in Texas, said the National Brixo Semiconductor \
             Strategy would help. Former state minister Jane Roe agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["United Nations Command", "Zentralo"]
        );
        assert_eq!(names(&e, EntityType::Location), ["Texas", "Washington"]);
        assert_eq!(names(&e, EntityType::Person), ["Jane Roe"]);
    }

    #[test]
    fn acronyms_skipping_a_paired_word_venues_streets_and_sites() {
        let e = enrich(
            "",
            "The Zorvan Centre for Brixo Prevention and Control (ZCBC) met Dr Owen Pryce at the \
             Quorvan Convention Centre on Kelbo Marg, near the Dunmore border crossing and the \
             Kelvora-Pelno site. Zentralo-linked rebels fled the Belt and Road Initiative.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Zorvan Centre for Brixo Prevention and Control"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Owen Pryce"]);
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "Dunmore",
                "Kelbo Marg",
                "Kelvora-Pelno",
                "Quorvan Convention Centre"
            ]
        );
    }

    #[test]
    fn chained_titles_inner_sheikh_dams_gulfs_and_legal_forms_after_places() {
        let e = enrich(
            "",
            "A plan to build it was agreed. Party General Secretary To Vinh and President Ahmed \
             Sheikh Farah opened the Grand Zorvan Dam on the Kelbo River. Trucks went to Pelnow \
             and Nairobi. Brixo Electric Power and Nairobi Plc rose; tankers sailed the Gulf of \
             Kenya.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Ahmed Sheikh Farah", "To Vinh"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brixo Electric Power", "Nairobi Plc"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "Grand Zorvan Dam",
                "Gulf of Kenya",
                "Kelbo River",
                "Nairobi",
                "Pelnow"
            ]
        );
    }

    #[test]
    fn home_parties_spelled_out_corporations_and_bracketed_known_names() {
        let mut a = Article::new("t".into(), Format::Text);
        a.dateline = Some(crate::article::Dateline {
            place: Some("HANOI".into()),
            country: Some("VN".into()),
            date: None,
            subdivision: None,
        });
        a.body = "The Communist Party met. Brixo Corp said the agency, Zentralo Data Hub, and the \
                  Nuclear Energy Bureau (IAEA) agreed."
            .into();
        let e = Enricher::new().enrich(&a);
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Brixo Corporation",
                "Communist Party of Vietnam",
                "International Atomic Energy Agency",
                "Zentralo Data Hub"
            ]
        );
    }

    #[test]
    fn bodies_named_before_a_body_noun_paired_heads_and_comma_clauses() {
        let e = enrich(
            "",
            "Police retook roads around Port-au-Prince from the Zorvan Kelbo gang, and the \
             Brixo Tribunal ruled. The consul in Nairobi, Owen Pryce, had posted it, and from \
             Mombasa, Trade Minister Jane Roe spoke. The Dunmore Peace Foundation and Institute \
             said Premier Marta Shell and Luiz Tomas Vela da Costa lost 3% on the Quorvan \
             Composite Index. She took over from Tomas Okafor.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Brixo Tribunal",
                "Dunmore Peace Foundation and Institute",
                "Zorvan Kelbo"
            ]
        );
        assert_eq!(
            names(&e, EntityType::Person),
            [
                "Jane Roe",
                "Luiz Tomas Vela da Costa",
                "Marta Shell",
                "Owen Pryce",
                "Tomas Okafor"
            ]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Mombasa", "Nairobi", "Port-au-Prince"]
        );
    }

    #[test]
    fn english_subdivision_names_capitals_named_after_their_noun_and_party_plurals() {
        let e = enrich(
            "",
            "Rebels hold North Kivu, and the railway reaches Kashgar in China's Xinjiang. The \
             junta chief voted in the capital Kelbora on Sunday. The band Zorvan Tide played \
             on Plaza Brixo, and the Social Democrats agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "China",
                "Kashgar",
                "Kelbora",
                "North Kivu",
                "Plaza Brixo",
                "Xinjiang"
            ]
        );
        // The party's members name the party, never a person.
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Social Democratic Party", "Zorvan Tide"]
        );
        assert!(names(&e, EntityType::Person).is_empty());
        let countries: Vec<&str> = e
            .regions
            .countries
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert!(countries.contains(&"CD"), "{countries:?}");
    }

    #[test]
    fn bracketed_qualifiers_titles_after_of_and_possessive_ends() {
        let e = enrich(
            "",
            "The Communist Party of Nepal (Unified Marxist-Leninist) objected, the gaming \
             platform Zorvex said, and the U.S. Treasury's Office of Foreign Kelbo Control \
             ruled. President Andre Vela do Lago and the Federal Constitution stayed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Communist Party of Nepal (Unified Marxist-Leninist)",
                "Office of Foreign Kelbo Control",
                "United States Department of the Treasury",
                "Zorvex"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Andre Vela do Lago"]);
    }

    #[test]
    fn chambers_temples_and_trenches() {
        let e = enrich(
            "",
            "Business chamber Zorvan Industrial Kelbo said output fell near the Ta Brixo temple \
             and along the Quorvan Trench.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Zorvan Industrial Kelbo"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Quorvan Trench", "Ta Brixo"]
        );
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn field_agencies_foreign_openers_and_clubs() {
        let e = enrich(
            "",
            "Statistics Kenya said prices rose, and Parti Zentralo Rakyat (PZR) and Partido \
             Brixo Libre disagreed. Spanish club Dunmore Athletic won; the Quorvan Observatory \
             saw it.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Dunmore Athletic",
                "Parti Zentralo Rakyat",
                "Partido Brixo Libre",
                "Quorvan Observatory",
                "Statistics Kenya"
            ]
        );
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn a_name_before_a_role_and_a_person_is_the_employer() {
        let e = enrich(
            "",
            "Zentralo Chief Executive Marta Kowalczyk said sales rose. Brixo CEO Lip-Bu Tan \
             disagreed, and Dunmore manager Owen Pryce said nothing. Democratic strategist \
             Jane Roe laughed, and Tan Sri Ahmad Zaki stayed away.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brixo", "Dunmore", "Zentralo"]
        );
        assert_eq!(
            names(&e, EntityType::Person),
            [
                "Ahmad Zaki",
                "Jane Roe",
                "Lip-Bu Tan",
                "Marta Kowalczyk",
                "Owen Pryce"
            ]
        );
        assert_eq!(entity(&e, "Lip-Bu Tan").role.as_deref(), Some("CEO"));
    }

    #[test]
    fn a_person_of_a_party_leagues_and_legal_forms_without_a_dot() {
        let e = enrich(
            "",
            "The runoff pits Marta Kowalczyk of the Green Future Party against the champions of \
             the Coastal League. Quorvan Semiconductor Manufacturing Co makes the chips; rival \
             Brixo Devices fell.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Brixo Devices",
                "Coastal League",
                "Green Future Party",
                "Quorvan Semiconductor Manufacturing Company"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Marta Kowalczyk"]);
    }

    #[test]
    fn a_one_word_company_and_a_cued_place_join_the_company_s_full_name() {
        let e = enrich(
            "Brixo to invest in Zentralo",
            "Brixo Electronics Co. will buy a stake in Zentralo. Zentralo Chief Executive Marta \
             Kowalczyk welcomed it, and Brixo's chief financial officer, Owen Pryce, agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brixo Electronics Company", "Zentralo"]
        );
        assert!(names(&e, EntityType::Location).is_empty());
    }

    #[test]
    fn curated_names_acronyms_a_written_body_extends_and_un_agencies_in_lower_case() {
        let e = enrich(
            "",
            "The Social Democratic Party (SPD) backed the plan, the Bundesbank said. The U.N. \
             refugee agency and the UN food agency warned of hunger. Pakistan Tehreek-e-Insaf \
             (PTI) called a rally.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Deutsche Bundesbank",
                "Pakistan Tehreek-e-Insaf",
                "Social Democratic Party of Germany",
                "United Nations High Commissioner for Refugees",
                "World Food Programme"
            ]
        );
    }

    #[test]
    fn places_sharing_a_name_regions_in_one_country_and_backers_hyphenated() {
        let e = enrich(
            "Kivu talks",
            "Rebels hold the capitals of North and South Kivu provinces. Delegates from North \
             and South Korea met Rwanda-backed envoys. Aid to Darfur stalled.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            [
                "Darfur",
                "North Kivu",
                "North Korea",
                "Rwanda",
                "South Kivu",
                "South Korea"
            ]
        );
        assert_eq!(codes(&e), ["CD", "KP", "KR", "RW", "SD"]);
    }

    #[test]
    fn shares_in_a_town_s_name_and_a_company_before_a_relative_clause() {
        let e = enrich(
            "",
            "Shares in Richmond rose after doses arrived from Brixo Sciences, the U.S. company \
             that makes the drug. The Ombudsman's Office counted the doses, and some Tohoku \
             Zenkaido services stopped.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Brixo Sciences", "Richmond"]
        );
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn stopword_surnames_role_appositions_organs_and_provinces_named_like_countries() {
        let e = enrich(
            "",
            "Vice Premier He Lifeng met the envoy. Li Chenggang, China's trade representative, \
             said the Political Bureau of the Communist Party of China Central Committee agreed. \
             Troops guarded schools in Kebbi and Niger states.",
        );
        assert_eq!(names(&e, EntityType::Person), ["He Lifeng", "Li Chenggang"]);
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Communist Party of China"]
        );
        assert_eq!(codes(&e), ["CN", "NG"]);
    }

    #[test]
    fn possessive_full_names_clans_monuments_and_a_rank_before_staff() {
        let e = enrich(
            "",
            "Rally news.\n\nMarta Kowalczyk's Green Future Party said the Zarovo Clan had fled \
             past the Brixo People Power Monument, and Ukraine's General Staff agreed.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Marta Kowalczyk"]);
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Green Future Party", "Zarovo Clan"]
        );
        assert!(names(&e, EntityType::Location).contains(&"Brixo People Power Monument".to_owned()));
    }

    #[test]
    fn governments_and_union_confederations_with_names_of_their_own() {
        let e = enrich(
            "",
            "The Zarovian Regional Government and the General Confederation of Labour met. \
             The Indian Government and the Federal Government of Canada declined to comment.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "General Confederation of Labour",
                "Zarovian Regional Government"
            ]
        );
    }

    #[test]
    fn initials_cue_nouns_and_names_opening_with_a_country() {
        let e = enrich(
            "",
            "Industries Minister T.R.B. Rajaa said his party Zarovia Tehreek-e-Nau backed the plan. \
             The development bank BNDES and Fonterra, the dairy cooperative, agreed, \
             lawyer Salma Qadir told the U.S. court.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Salma Qadir", "T.R.B. Rajaa"]
        );
        let e = enrich(
            "",
            "Bhutan's foreign minister met the party Pakistan Tehreek-e-Insaf. The bank BNDES and \
             Fonterra, the dairy cooperative, agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["BNDES", "Fonterra", "Pakistan Tehreek-e-Insaf"]
        );
    }

    #[test]
    fn companies_named_by_what_they_sell_and_peacekeeping_missions() {
        let e = enrich(
            "",
            "Creditors of Tamsin Water agreed a deal with Vortiq and Zelmar Energy, \
             and the Food and Drug Administration approved. The peacekeeping force UNIFIL \
             patrolled, Treasury Cabinet Secretary Jon Mbavi said. Samantha Power agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Food and Drug Administration",
                "Tamsin Water",
                "United Nations Interim Force in Lebanon",
                "Zelmar Energy"
            ]
        );
        // "Power" is a surname as often as a utility's head.
        assert_eq!(
            names(&e, EntityType::Person),
            ["Jon Mbavi", "Samantha Power"]
        );
    }

    #[test]
    fn fields_after_and_el_particles_and_museums() {
        let e = enrich(
            "",
            "The Zarovia Chamber of Commerce and Industry, the Korea Foundation and the Japan \
             Foundation met at the Grand Zarovian Museum. President Abdel Fattah el-Sissi spoke.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Grand Zarovian Museum",
                "Japan Foundation",
                "Korea Foundation",
                "Zarovia Chamber of Commerce and Industry"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Abdel Fattah el-Sissi"]);
    }

    #[test]
    fn a_headline_word_opening_a_company_s_name_is_the_company() {
        let e = enrich(
            "Kariya to build battery plant",
            "Kariya Motor Corp said on Wednesday it would build a battery plant. \
             Founder Kiichiro Sato said the Karlsruhe-based supplier agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Kariya Motor Corporation"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Kiichiro Sato"]);
        assert_eq!(names(&e, EntityType::Location), ["Karlsruhe"]);
        // The town is meant when the story names it as a place too.
        let e = enrich(
            "Kariya mayor resigns",
            "The mayor of Kariya resigned on Monday. Kariya Motor Corp declined to comment.",
        );
        assert_eq!(names(&e, EntityType::Location), ["Kariya"]);
    }

    #[test]
    fn a_national_agency_s_unqualified_titles_are_its_own_officials() {
        let mut a = Article::new("t".into(), Format::Text);
        a.title = Some("Rahman urges calm over border row".into());
        a.wire = Some("Bernama".into());
        a.body = "Prime Minister Aziz Rahman met Lao Prime Minister Sonexay Siphandone in Vientiane on Monday to discuss the Mekong."
            .into();
        let e = Enricher::new().enrich(&a);
        assert_eq!(entity(&e, "Aziz Rahman").country.as_deref(), Some("MY"));
        assert_eq!(
            entity(&e, "Sonexay Siphandone").country.as_deref(),
            Some("LA")
        );
        let primary: Vec<&str> = e
            .regions
            .countries
            .iter()
            .filter(|c| c.primary)
            .map(|c| c.code.as_str())
            .collect();
        assert!(primary.contains(&"MY"), "{primary:?}");
    }

    #[test]
    fn a_seat_city_standing_for_its_body_is_not_what_the_story_is_about() {
        let e = enrich(
            "Farm ministers press Brussels on grain imports",
            "Ministers from Poland and Hungary urged the European Commission in Brussels to limit grain imports.",
        );
        let primary: Vec<&str> = e
            .regions
            .countries
            .iter()
            .filter(|c| c.primary)
            .map(|c| c.code.as_str())
            .collect();
        assert!(!primary.contains(&"BE"), "{primary:?}");
        assert!(codes(&e).contains(&"BE".to_owned()));
    }

    fn primary(e: &Enrichment) -> Vec<&str> {
        let mut p: Vec<&str> = e
            .regions
            .countries
            .iter()
            .filter(|c| c.primary)
            .map(|c| c.code.as_str())
            .collect();
        p.sort_unstable();
        p
    }

    #[test]
    fn a_place_shared_by_two_countries_is_the_one_the_story_names_most() {
        let e = enrich_filed(
            "ISLAMABAD",
            "PK",
            "Floods kill 22 in Pakistan's Punjab",
            "ISLAMABAD, Aug. 27 (Xinhua) -- Floods swept through Pakistan's Punjab province on \
             Wednesday. Punjab Chief Minister Maryam Nawaz visited camps in Lahore. Pakistani \
             officials said India had released water from dams upstream.",
        );
        let punjab = e.regions.countries.iter().map(|c| c.code.as_str());
        assert_eq!(punjab.collect::<Vec<_>>(), ["PK", "IN"]);
        assert_eq!(primary(&e), ["PK"]);
        assert_eq!(entity(&e, "Maryam Nawaz").country.as_deref(), Some("PK"));
    }

    #[test]
    fn a_headline_country_the_story_barely_deals_with_is_no_subject() {
        let e = enrich_filed(
            "JAKARTA",
            "ID",
            "Indonesia's Prabowo cancels China trip as protests spread",
            "Indonesian President Prabowo Subianto has cancelled a visit to China as protests \
             spread from Jakarta to Surabaya and Bandung. Indonesian police said seven officers \
             were questioned. Protesters in Indonesia burned tyres in Makassar.",
        );
        assert_eq!(primary(&e), ["ID"]);
        assert!(codes(&e).contains(&"CN".to_owned()));
    }

    #[test]
    fn a_photo_credit_names_nobody_in_the_picture() {
        let mut a = Article::new("t".into(), Format::Text);
        a.body = "The ponds supply most of the lithium.".into();
        a.captions = vec!["Ponds in the Atacama. (AP Photo/Jorge Ruiz)".into()];
        let e = Enricher::new().enrich(&a);
        assert!(names(&e, EntityType::Person).is_empty());
        assert!(names(&e, EntityType::Organization).is_empty());
        assert_eq!(names(&e, EntityType::Location), ["Atacama"]);
    }

    #[test]
    fn a_stopword_can_open_an_organization_name_inside_a_sentence() {
        let e = enrich(
            "",
            "Flights by Coastline Airlines and All Harbour Airways were cancelled. All Islands \
             were hit.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["All Harbour Airways", "Coastline Airlines"]
        );
    }

    #[test]
    fn a_single_name_after_a_country_s_possessive_is_an_organization() {
        let e = enrich(
            "Shipping",
            "Denmark's Havnholm said it would return, while Germany's Hapag-Lloyd was assessing \
             the risk. Japan's Prime Minister Shigeru Ishiba met Kenya's William Ruto.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(orgs, ["Hapag-Lloyd", "Havnholm"]);
        let mut persons = names(&e, EntityType::Person);
        persons.sort();
        assert_eq!(persons, ["Shigeru Ishiba", "William Ruto"]);
        assert_eq!(codes(&e), ["DE", "DK", "JP", "KE"]);
    }

    /// [`enrich`] for a story filed from `place` in `country`, as its dateline says.
    fn enrich_filed(place: &str, country: &str, title: &str, body: &str) -> Enrichment {
        let mut a = Article::new("t".into(), Format::Text);
        a.title = Some(title.to_owned());
        a.body = body.to_owned();
        a.dateline = Some(crate::article::Dateline {
            place: Some(place.to_owned()),
            country: Some(country.to_owned()),
            date: None,
            subdivision: None,
        });
        Enricher::new().enrich(&a)
    }

    #[test]
    fn names_after_a_word_for_a_company_group_or_union_are_theirs() {
        let e = enrich(
            "German rail operator Deutsche Bahn warns of strikes",
            "Deutsche Bahn warned of cancellations after the drivers' union GDL called a \
             strike. Environmental group SOS Mata Atlantica and campaign group River Action \
             objected. The film producer Jane Roe said nothing.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            ["Deutsche Bahn", "GDL", "River Action", "SOS Mata Atlantica"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Jane Roe"]);
        // "River Action" is no river; "German" names the country.
        assert_eq!(names(&e, EntityType::Location), ["Germany"]);
    }

    #[test]
    fn a_generic_name_given_a_short_name_is_one_body() {
        let e = enrich(
            "Dams",
            "The National Mining Agency, known as ANM, will inspect the dam. The National \
             Water Commission (Conagua) agreed. The Ministry of Water Resources said nothing.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            ["National Mining Agency", "National Water Commission"]
        );
    }

    #[test]
    fn the_filing_place_and_its_country_guide_place_names() {
        let e = enrich_filed(
            "RIO DE JANEIRO",
            "BR",
            "Vale resumes output",
            "Vale resumed output on Thursday.",
        );
        assert!(names(&e, EntityType::Location).contains(&"Rio de Janeiro".to_owned()));
        // A state of the filing country opens a sentence and is still a place; the company
        // suffix Berhad heads a name.
        let e = enrich_filed(
            "KUCHING",
            "MY",
            "Sarawak to expand hydrogen hub, says Premier Abang Johari",
            "Sarawak will expand its hub with Sarawak Energy Berhad, Premier Tan Sri Abang \
             Johari Openg said.",
        );
        let locations = names(&e, EntityType::Location);
        assert!(locations.contains(&"Sarawak".to_owned()), "{locations:?}");
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Sarawak Energy Berhad"]
        );
        // The headline's short form is the person the story names in full.
        assert_eq!(names(&e, EntityType::Person), ["Abang Johari Openg"]);
    }

    #[test]
    fn a_short_name_joins_the_one_full_name_that_holds_it() {
        let names = [
            "Abang Johari Openg",
            "Kim Jong Un",
            "Kim Yo Jong",
            "Lee Jae-myung",
        ];
        assert_eq!(
            fuller_name(&names, "Abang Johari").as_deref(),
            Some("Abang Johari Openg")
        );
        assert_eq!(fuller_name(&names, "Kim"), None, "two people hold it");
        assert_eq!(
            fuller_name(&names, "Jae-myung").as_deref(),
            Some("Lee Jae-myung")
        );
        assert_eq!(fuller_name(&names, "Johari Abang"), None, "not in a row");
    }

    #[test]
    fn company_and_party_heads_and_short_mentions_of_a_company() {
        let e = enrich(
            "Qantas orders jets",
            "Qantas Airways will buy jets. NNPC Limited and the Rashtriya Janata Dal agreed. \
             Chief Election Commissioner Gyanesh Kumar spoke. A deal between Qantas and Fiji \
             Airways is under review.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "Fiji Airways",
                "NNPC Limited",
                "Qantas Airways",
                "Rashtriya Janata Dal"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Gyanesh Kumar"]);
        assert_eq!(
            entity(&e, "Gyanesh Kumar").role.as_deref(),
            Some("Chief Election Commissioner")
        );
        assert!(names(&e, EntityType::Location).is_empty());
    }

    #[test]
    fn shoals_and_atolls_are_places() {
        let e = enrich(
            "Shoal",
            "Ships met near Second Thomas Shoal and off Bikini Atoll.",
        );
        assert!(names(&e, EntityType::Person).is_empty());
        let locations = names(&e, EntityType::Location);
        assert!(
            locations.iter().any(|l| l.ends_with("Thomas Shoal")),
            "{locations:?}"
        );
        assert!(
            locations.contains(&"Bikini Atoll".to_owned()),
            "{locations:?}"
        );
    }

    #[test]
    fn organization_names_and_the_words_around_them() {
        let e = enrich(
            "Banks",
            "Shares of HDFC Bank rose. The National Disaster Risk Reduction and Management \
             Council said the weather bureau PAGASA expected rain. Officials of Coastline \
             Airlines and All Harbour Airways met.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "All Harbour Airways",
                "Coastline Airlines",
                "HDFC Bank",
                "National Disaster Risk Reduction and Management Council",
                "PAGASA",
            ]
        );
        let e = enrich(
            "Talks",
            "Asaad al-Shaibani arrived. Al-Shaibani said the talks went well.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Asaad al-Shaibani"]);
    }

    #[test]
    fn ampersands_demonyms_and_owners_around_organization_names() {
        let e = enrich(
            "Markets",
            "Analysts at Korea Investment & Securities said so. The European Steel Association \
             agreed. The Nigerian Midstream and Downstream Petroleum Regulatory Authority \
             approved it. Prime Minister Anthony Albanese's Labour Party won.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "European Steel Association",
                "Korea Investment & Securities",
                "Labour Party",
                "Nigerian Midstream and Downstream Petroleum Regulatory Authority",
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Anthony Albanese"]);
    }

    #[test]
    fn a_word_that_can_open_a_title_does_not_end_a_name_unless_the_title_follows() {
        let e = enrich(
            "Ports",
            "The Greater Vancouver Board of Trade said the Trade Minister Jane Roe should act.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Greater Vancouver Board of Trade"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Jane Roe"]);
    }

    #[test]
    fn bodies_named_before_a_word_for_a_body_and_courts_owned_by_a_country() {
        let e = enrich(
            "Rice",
            "The Japan Agricultural Cooperatives group will sell it. A senior North Korean \
             party official spoke. South Africa's High Court ruled. Israel's Leviathan field \
             supplies Egypt.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Japan Agricultural Cooperatives"]
        );
        assert!(names(&e, EntityType::Location).contains(&"Leviathan".to_owned()));
    }

    #[test]
    fn ministries_named_by_portfolio_are_no_entity_and_no_person() {
        let e = enrich(
            "Quotas cut",
            "The Energy and Mineral Resources Ministry cut quotas. The Ministry of Energy and \
             Mineral Resources said smelters had stock. The Ministry of Trade, Industry and \
             Energy agreed.",
        );
        assert!(names(&e, EntityType::Organization).is_empty());
        assert!(names(&e, EntityType::Person).is_empty());
    }

    #[test]
    fn lists_and_appositions_after_a_word_for_a_company() {
        let e = enrich(
            "Subsidies",
            "Carmakers Veltrona and BXR want subsidies. The automakers Kestrel, Harunami and \
             Norvale agreed. The country's mine safety regulator, Sernageomin, ordered checks.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "BXR",
                "Harunami",
                "Kestrel",
                "Norvale",
                "Sernageomin",
                "Veltrona"
            ]
        );
    }

    #[test]
    fn acronyms_spelled_with_and_or_in_another_language_s_order() {
        let e = enrich(
            "Board rules",
            "The Vietnam Chamber of Commerce and Industry (VCCI) and Peru's National Jury of \
             Elections (JNE) met. VCCI and the JNE agreed. Senator Maria Lopez (PAN) spoke.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "National Jury of Elections",
                "Vietnam Chamber of Commerce and Industry"
            ]
        );
        assert!(names(&e, EntityType::Person).contains(&"Maria Lopez".to_owned()));
    }

    #[test]
    fn a_generic_first_word_opens_a_bank_s_name_and_a_legal_form_joins_mentions() {
        let e = enrich(
            "Acme Foods to buy rival",
            "Acme Foods Inc. said on Monday that the State Bank of Vietnam approved the loan.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(orgs, ["Acme Foods Inc.", "State Bank of Vietnam"]);
        let e = enrich(
            "Union talks",
            "The African Union and the African Union Commission met.",
        );
        assert_eq!(names(&e, EntityType::Organization).len(), 2);
    }

    #[test]
    fn employers_list_partners_and_lower_case_in_a_company_name() {
        let e = enrich(
            "Markets",
            "Economists at ANZ expect a cut. Buyers including H&M and Inditex asked for lower \
             prices. Brixo Electronics Co. and TQ zenith Inc. gained. The finance minister \
             spoke at KLIA on Monday.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "ANZ",
                "Brixo Electronics Company",
                "H&M",
                "Inditex",
                "TQ zenith Inc."
            ]
        );
        assert!(
            names(&e, EntityType::Location).is_empty(),
            "an acronym is no place"
        );
    }

    #[test]
    fn parties_named_by_a_cause_and_names_running_on_into_a_country() {
        let e = enrich(
            "Rates",
            "The Reserve Bank of New Zealand cut rates. The opposition Labour Party objected. \
             The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) warned. \
             Farmers blamed the payments agency, OPEKEPE.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "Bangladesh Garment Manufacturers and Exporters Association",
                "Labour Party",
                "OPEKEPE",
                "Reserve Bank of New Zealand"
            ]
        );
        assert!(
            codes(&e).is_empty(),
            "countries inside names are not listed"
        );
    }

    #[test]
    fn what_a_name_is_follows_it_in_commas() {
        let e = enrich(
            "Fuel",
            "Orlen, Poland's largest fuel retailer, said supplies were normal. He met Aliko \
             Dangote, Africa's richest man, on Monday. Royal Air Maroc and Jollibee Foods Corp \
             grew, the Canadian Chamber of Commerce said.",
        );
        let mut orgs = names(&e, EntityType::Organization);
        orgs.sort();
        assert_eq!(
            orgs,
            [
                "Canadian Chamber of Commerce",
                "Jollibee Foods Corporation",
                "Orlen",
                "Royal Air Maroc"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Aliko Dangote"]);
        let e = enrich(
            "Markets",
            "Ayala Land shares fell in Manila. Jane Roe shares a flat with Ayala Land staff.",
        );
        assert_eq!(names(&e, EntityType::Organization), ["Ayala Land"]);
    }

    #[test]
    fn hyphenated_names_keep_their_hyphen() {
        let e = enrich(
            "Tanks",
            "Defense Minister Wladyslaw Kosiniak-Kamysz met Jean-Pierre Dubois, who said so. \
             Kosiniak-Kamysz said the talks went well.",
        );
        let mut persons = names(&e, EntityType::Person);
        persons.sort();
        assert_eq!(persons, ["Jean-Pierre Dubois", "Wladyslaw Kosiniak-Kamysz"]);
    }

    #[test]
    fn a_us_prefix_is_spelled_out_in_the_canonical_name() {
        let e = enrich(
            "Water cuts",
            "The U.S. Bureau of Reclamation will publish its forecast on Friday.",
        );
        let orgs = names(&e, EntityType::Organization);
        assert_eq!(orgs, ["United States Bureau of Reclamation"]);
    }

    #[test]
    fn an_acronym_and_a_word_before_a_body_noun_are_an_organization() {
        let e = enrich(
            "Steel jobs",
            "The IG Metall union called a strike, and the SNB bank said little. UN Women agency staff left.",
        );
        let orgs = names(&e, EntityType::Organization);
        assert!(orgs.contains(&"IG Metall".to_owned()), "{orgs:?}");
    }

    #[test]
    fn organizations_cued_by_acronym_or_joined_by_and() {
        let e = enrich(
            "",
            "The FGTB union called a strike. The Flood and Drought Management Authority said \
             rivers were rising.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["FGTB", "Flood and Drought Management Authority"]
        );
    }

    #[test]
    fn a_portfolio_before_a_title_is_not_a_person() {
        let e = enrich(
            "",
            "Energy and Mineral Resources Minister Bahlil Lahadalia spoke on Tuesday.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Bahlil Lahadalia"]);
    }

    #[test]
    fn park_ends_a_place_name_but_starts_a_person_name() {
        let e = enrich(
            "",
            "Fires burned in Grampians National Park, and Minister Park Sang-woo flew in.",
        );
        assert_eq!(names(&e, EntityType::Person), ["Park Sang-woo"]);
        assert_eq!(names(&e, EntityType::Location), ["Grampians National Park"]);
    }

    #[test]
    fn provinces_heading_titles_or_hyphened_are_places() {
        let e = enrich(
            "",
            "Manitoba Premier Wab Kinew said the fire neared the Manitoba-Saskatchewan border.",
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Manitoba", "Saskatchewan"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Wab Kinew"]);
    }

    #[test]
    fn armed_forces_are_organizations_and_generic_councils_nothing() {
        let e = enrich(
            "",
            "Fighting between the army and the paramilitary Rapid Support Forces went on. \
             National Security Council spokesperson Jonathan Malaya spoke later.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Rapid Support Forces"]
        );
        assert_eq!(names(&e, EntityType::Person), ["Jonathan Malaya"]);
    }

    fn entity<'e>(e: &'e Enrichment, name: &str) -> &'e Entity {
        e.entities
            .iter()
            .find(|x| x.name == name)
            .expect("entity found")
    }

    fn codes(e: &Enrichment) -> Vec<String> {
        let mut v: Vec<String> = e.regions.countries.iter().map(|c| c.code.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn people_with_titles_particles_and_surnames() {
        let e = enrich(
            "",
            "Dutch Foreign Minister Pieter van der Linden met Thai Prime Minister Anan Srisuk in Bangkok. \
             Van der Linden said talks went well. Anan said the same.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Anan Srisuk", "Pieter van der Linden"]
        );
        let anan = entity(&e, "Anan Srisuk");
        assert_eq!(anan.mentions.len(), 2);
        assert_eq!(anan.role.as_deref(), Some("Prime Minister"));
        assert_eq!(anan.country.as_deref(), Some("TH"));
        assert_eq!(codes(&e), ["NL", "TH"]);
    }

    #[test]
    fn organizations_by_list_acronym_and_head() {
        let e = enrich(
            "",
            "The World Health Organization (WHO) and the Lagos Water Corporation (LWC) signed a deal. \
             The LWC said the WHO would help. The Interior Ministry declined to comment.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Lagos Water Corporation", "World Health Organization"]
        );
        let who = entity(&e, "World Health Organization");
        assert_eq!(who.mentions.len(), 3);
    }

    #[test]
    fn places_regions_and_country_inference() {
        let e = enrich(
            "Floods hit Mombasa",
            "Heavy rain flooded parts of Mombasa and the Rufiji River burst its banks, officials across East Africa said. \
             Relief flights left from Nairobi.",
        );
        let locs = names(&e, EntityType::Location);
        for l in ["Mombasa", "Rufiji River", "East Africa", "Nairobi"] {
            assert!(locs.contains(&l.to_owned()), "{l} in {locs:?}");
        }
        assert_eq!(codes(&e), ["KE"]);
        assert!(e.regions.countries[0].primary);
        assert_eq!(
            e.regions.countries[0].intermediate_region.as_deref(),
            Some("Eastern Africa")
        );
    }

    #[test]
    fn ambiguous_names_follow_context() {
        let us = enrich("", "ATLANTA - Farmers in Georgia, the top U.S. poultry state, fear bird flu. Jordan Whitfield, who raises chickens, agreed.");
        assert!(codes(&us).contains(&"US".to_owned()));
        assert!(!codes(&us).contains(&"GE".to_owned()));
        assert!(!codes(&us).contains(&"JO".to_owned()));
        assert!(names(&us, EntityType::Person).contains(&"Jordan Whitfield".to_owned()));
        let ge = enrich(
            "",
            "Georgia and Armenia signed a transit deal in Tbilisi on Monday.",
        );
        assert!(codes(&ge).contains(&"GE".to_owned()));
    }

    #[test]
    fn given_names_nationalities_units_designations_and_provinces() {
        let e = enrich(
            "",
            "Gov. Bill Torvane declared an emergency. Harro Veikkal of Finland and Henry \
             Quastle of Britain won. The wind unit, Siemens Kavora, lost money, while the \
             Siemens Ortelo turbine sold well. The Orvan March-3B rocket lifted off. El Morado, \
             near the city, was shut. Crews landed in Inner Mongolia Autonomous Region.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Bill Torvane", "Harro Veikkal", "Henry Quastle"]
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["Siemens", "Siemens Kavora"]
        );
        assert_eq!(
            names(&e, EntityType::Location),
            ["Finland", "Inner Mongolia", "United Kingdom"]
        );
        assert!(codes(&e).contains(&"CN".to_owned()));
    }

    #[test]
    fn party_short_names_clubs_foreign_goods_heads_and_distance_cues() {
        let e = enrich(
            "",
            "Labour shortages hit farms. A poll put Labour on 19% and the Tories on 17%. The \
             club Deportivo Ostavia won in the Champions League. Ostavia coach Miro Daskal was \
             pleased. Its partners are Fjordal Energi and the Union of Pickers and Orchard \
             Workers. The field lies 90 km north of Vorkheim, and families fled to Ostrenza.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Conservative Party",
                "Deportivo Ostavia",
                "Fjordal Energi",
                "Labour Party",
                "Union of Pickers and Orchard Workers"
            ]
        );
        assert_eq!(entity(&e, "Labour Party").mentions.len(), 1);
        assert_eq!(entity(&e, "Deportivo Ostavia").mentions.len(), 2);
        assert_eq!(names(&e, EntityType::Location), ["Ostrenza", "Vorkheim"]);
    }

    #[test]
    fn inner_capitals_syllable_acronyms_short_names_and_owners() {
        let e = enrich(
            "",
            "Rivals Samsung Electronics and TrelloCorp fell. The Voting Board Orvania (VOBOR) said \
             Karo Mendel's Unity Salvation Movement led. Karo Mendel spoke. Gas went to \
             producer ZELTA Co Inc, from May. ZELTA is a venture. The Orvan Statistical Institute \
             (OrvStat) said prices rose; OrvStat also said wages fell. The work went to \
             Rapid Transit Corporation Sdn Bhd (RT Corp) and city companies Kiptal and Ieto, \
             Anadolu news agency said.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Anadolu Agency",
                "Ieto",
                "Kiptal",
                "Orvan Statistical Institute",
                "Rapid Transit Corporation Sdn Bhd",
                "Samsung Electronics",
                "TrelloCorp",
                "Unity Salvation Movement",
                "Voting Board Orvania",
                "ZELTA Co Inc"
            ]
        );
        assert_eq!(entity(&e, "ZELTA Co Inc").mentions.len(), 2);
        assert_eq!(entity(&e, "Orvan Statistical Institute").mentions.len(), 3);
        assert_eq!(names(&e, EntityType::Person), ["Karo Mendel"]);
    }

    #[test]
    fn trade_heads_group_units_one_word_parties_and_ampersands() {
        let e = enrich(
            "",
            "Short-seller Varnick Research accused the group. Its drug unit, Orvel Bioplex, was \
             sold, and Talmor Infrastructure on the Kestrel project paid. Dano Sekke spoke. \
             Sekke's Mirrat party won, ahead of the Progressive Democratic Appeal. Economists at Halvo Research & Analytics agreed.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Halvo Research & Analytics",
                "Mirrat",
                "Orvel Bioplex",
                "Progressive Democratic Appeal",
                "Talmor Infrastructure",
                "Varnick Research"
            ]
        );
        assert_eq!(names(&e, EntityType::Person), ["Dano Sekke"]);
    }

    #[test]
    fn names_a_body_goes_by_legal_forms_and_short_names_of_places() {
        let e = enrich(
            "",
            "Protesters formed a movement calling itself Gen Z Ostavia. The channels go to a \
             company called Velda Global. Shares of Harlo Bros. Media rose. Kelvar Airlines \
             Inc. said Kelvar Airlines would merge. He commands the KVARTAN unit. Data from the \
             Brask Customs showed it. Flights left Varno International Airport (VIA) late.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Brask Customs",
                "Gen Z Ostavia",
                "Harlo Bros. Media",
                "KVARTAN",
                "Kelvar Airlines Inc.",
                "Velda Global"
            ]
        );
        let kelvar = entity(&e, "Kelvar Airlines Inc.");
        assert_eq!(kelvar.mentions[0].text, "Kelvar Airlines");
        assert_eq!(kelvar.mentions.len(), 2);
        assert_eq!(
            names(&e, EntityType::Location),
            ["Varno International Airport"]
        );
    }

    #[test]
    fn teams_by_city_and_nickname_malay_places_and_vice_chairs() {
        let e = enrich(
            "",
            "The Toronto Karvels beat the Boston Mallets 5-4. The Karvels rallied late. Johor \
             Menteri Besar Datuk Harun Selamat opened Bukit Merpati station, run by Laluan \
             Operations Pte Ltd, officials said. Rival Samsung Electronics Co. agreed. Zelvar \
             Steel Vice Chairman Takumi Oreda spoke. Rain fell on the Central Highlands.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            [
                "Boston Mallets",
                "Laluan Operations Pte Ltd",
                "Samsung Electronics",
                "Toronto Karvels",
                "Zelvar Steel"
            ]
        );
        assert_eq!(entity(&e, "Toronto Karvels").mentions.len(), 2);
        assert_eq!(
            names(&e, EntityType::Person),
            ["Harun Selamat", "Takumi Oreda"]
        );
        let places = names(&e, EntityType::Location);
        assert!(places.contains(&"Bukit Merpati".to_owned()), "{places:?}");
    }

    #[test]
    fn a_plain_english_district_abroad_implies_no_country() {
        // Black River is also a district of Mauritius.
        let e = enrich(
            "",
            "The storm hit Kingston in Jamaica, and the town of Black River was flooded.",
        );
        assert_eq!(codes(&e), ["JM"]);
    }

    #[test]
    fn generic_bodies_and_continents_are_not_entities() {
        let e = enrich(
            "",
            "The Foreign Ministry said trade between Asia and Europe grew.",
        );
        assert!(e.entities.is_empty(), "{:?}", e.entities);
        assert!(e.regions.countries.is_empty());
    }

    #[test]
    fn mentions_point_into_the_body() {
        let body = "Chinese officials met Kim Song-nam in Beijing. Kim said ties were strong.";
        let e = enrich("", body);
        for ent in &e.entities {
            for m in &ent.mentions {
                assert_eq!(&body[m.start..m.end], m.text);
            }
        }
        let kim = entity(&e, "Kim Song-nam");
        assert_eq!(kim.mentions.len(), 2);
    }

    #[test]
    fn trade_bodies_list_their_fields_and_company_units_name_their_trade() {
        let e = enrich(
            "",
            "The National Society of Mining, Petroleum and Energy, an industry group, said 39 \
             miners had died. On Monday, Codelco Ports said its cranes were idle. Trucks left \
             the Special Economic Zone, the Bank of England, Barclays and Lloyds said.",
        );
        let orgs = names(&e, EntityType::Organization);
        assert!(orgs.contains(&"National Society of Mining, Petroleum and Energy".to_owned()));
        assert!(orgs.contains(&"Codelco Ports".to_owned()), "{orgs:?}");
        assert!(orgs.contains(&"Bank of England".to_owned()), "{orgs:?}");
        assert!(names(&e, EntityType::Person).is_empty());
        assert!(names(&e, EntityType::Location).is_empty());
    }

    #[test]
    fn ports_and_spanish_names_lengthened_by_de_are_places() {
        let e = enrich(
            "",
            "Grain went through Bandar Anzali to San Pedro de Atacama.",
        );
        let places = names(&e, EntityType::Location);
        assert!(places.contains(&"Bandar Anzali".to_owned()), "{places:?}");
        assert!(
            places.contains(&"San Pedro de Atacama".to_owned()),
            "{places:?}"
        );
        assert!(names(&e, EntityType::Person).is_empty());
        // Bandar-e Anzali is Iran's; this San Pedro is not Ivory Coast's.
        assert_eq!(codes(&e), ["IR"]);
    }

    #[test]
    fn the_amazon_is_the_forest_and_amazon_the_company() {
        let e = enrich("", "The tax would hit Amazon, Google and Meta Platforms.");
        assert!(names(&e, EntityType::Organization).contains(&"Amazon".to_owned()));
        let e = enrich("", "Fires spread across the Amazon in Brazil.");
        assert!(names(&e, EntityType::Location).contains(&"Amazon".to_owned()));
        let forest = enrich("", "Brazil's Amazon burned as Amazon deforestation rose.");
        assert!(names(&forest, EntityType::Organization).is_empty());
    }

    #[test]
    fn company_names_by_acronym_garment_or_legal_form_end_where_they_should() {
        let e = enrich(
            "",
            "Norway's DNO expects payment, and China's GDP grew. Workers at TNZ Apparels were \
             unpaid by the state firm NNPC Ltd. Filling stations had queues of Kurdish drivers \
             from Kurdish towns.",
        );
        let orgs = names(&e, EntityType::Organization);
        for want in ["DNO", "TNZ Apparels", "NNPC Ltd."] {
            assert!(orgs.contains(&want.to_owned()), "{want} in {orgs:?}");
        }
        assert!(!orgs
            .iter()
            .any(|o| o.contains("GDP") || o.contains("Filling")));
        assert_eq!(names(&e, EntityType::Location), ["China", "Norway"]);
    }

    #[test]
    fn owners_short_names_numerals_and_peoples_adjectives() {
        let e = enrich(
            "",
            "Red Electrica, part of Redeia, denied it. The Japan Agricultural Cooperatives \
             group, known as JA Zen-Noh, held rice back. The ministry raised its response to \
             level III for the Pearl River basin. Buyers trusted Korean yards.",
        );
        let orgs = names(&e, EntityType::Organization);
        assert!(orgs.contains(&"Redeia".to_owned()), "{orgs:?}");
        let ja = entity(&e, "Japan Agricultural Cooperatives");
        assert_eq!(ja.mentions.len(), 2);
        assert!(names(&e, EntityType::Person).is_empty());
        assert_eq!(names(&e, EntityType::Location), ["Pearl River"]);
    }

    #[test]
    fn sides_branches_members_bodies_and_pacific_leaders() {
        let e = enrich(
            "",
            "It was signed by Sumbu Sita Mambu for Kinshasa and Benjamin Mbonimpa for the \
             Alliance Fleuve Congo. Amnesty International Kenya and the Association of Banks \
             in Lebanon objected, a poll by the Medián institute showed. Pacific leaders met.",
        );
        assert_eq!(
            names(&e, EntityType::Person),
            ["Benjamin Mbonimpa", "Sumbu Sita Mambu"]
        );
        let orgs = names(&e, EntityType::Organization);
        for want in [
            "Alliance Fleuve Congo",
            "Amnesty International Kenya",
            "Association of Banks in Lebanon",
            "Medián",
        ] {
            assert!(orgs.contains(&want.to_owned()), "{want} in {orgs:?}");
        }
        let places = names(&e, EntityType::Location);
        assert!(places.contains(&"Pacific Islands".to_owned()), "{places:?}");
        assert!(!places.contains(&"Pacific".to_owned()));
    }

    #[test]
    fn rivers_by_their_plural_and_company_sections_by_country() {
        let e = enrich(
            "",
            "Miners dug along the Madeira and Tapajos rivers, far from any summit of Amazon \
             nations. MTN Nigeria shares rose, and UNICEF Sudan said so.",
        );
        let places = names(&e, EntityType::Location);
        for want in ["Madeira", "Tapajos", "Amazon"] {
            assert!(places.contains(&want.to_owned()), "{want} in {places:?}");
        }
        let orgs = names(&e, EntityType::Organization);
        assert!(orgs.contains(&"MTN Nigeria".to_owned()), "{orgs:?}");
        assert!(!orgs.iter().any(|o| o.contains("Sudan")), "{orgs:?}");
    }

    #[test]
    fn mined_deposits_routes_bound_for_airports_and_hyphened_districts() {
        let e = enrich(
            "",
            "Coal comes from the Tavan Tolgoi deposit; the Oyu Tolgoi copper mine was spared. \
             A jet bound for London Gatwick crashed near the plant in Kreuztal-Eichen. The US \
             National Transportation Safety Board said so.",
        );
        assert!(names(&e, EntityType::Person).is_empty(), "{:?}", e.entities);
        let places = names(&e, EntityType::Location);
        for want in [
            "Tavan Tolgoi",
            "Oyu Tolgoi",
            "London Gatwick",
            "Kreuztal-Eichen",
        ] {
            assert!(places.contains(&want.to_owned()), "{want} in {places:?}");
        }
        assert_eq!(
            names(&e, EntityType::Organization),
            ["National Transportation Safety Board"]
        );
    }

    #[test]
    fn ordinals_open_companies_and_goods_after_company_words_are_none() {
        let e = enrich(
            "",
            "First Quantum Minerals, which runs the Kansanshi and Lumwana mines, grew. The \
             giant AI campus opened.",
        );
        assert_eq!(
            names(&e, EntityType::Organization),
            ["First Quantum Minerals"]
        );
        assert_eq!(names(&e, EntityType::Location), ["Kansanshi", "Lumwana"]);
    }

    #[test]
    fn legal_prefixes_untranslated_names_and_pairs_in_apposition_are_companies() {
        let e = enrich(
            "",
            "PT Vale Indonesia said output fell. PKP Polskie Linie Kolejowe signed with the \
             builder Budimex. Olam Agri and Barry Callebaut, two of the largest buyers, declined \
             to comment. Investors want to list shares in London.",
        );
        let orgs = names(&e, EntityType::Organization);
        for want in [
            "PT Vale Indonesia",
            "PKP Polskie Linie Kolejowe",
            "Budimex",
            "Olam Agri",
            "Barry Callebaut",
        ] {
            assert!(orgs.contains(&want.to_owned()), "{want} in {orgs:?}");
        }
        assert!(names(&e, EntityType::Person).is_empty(), "{:?}", e.entities);
        assert!(names(&e, EntityType::Location).contains(&"London".to_owned()));
    }

    #[test]
    fn languages_are_no_places_and_bodies_may_list_trades() {
        let e = enrich(
            "",
            "The ELN, as it is known by its Spanish initials, met. He spoke in Arabic. The Fiji \
             Hotel and Tourism Association and the Kenya Medical Practitioners, Pharmacists and \
             Dentists Union said resorts on Vanua Levu and the Morowali industrial park were \
             shut. Villages on Vanua Levu moved.",
        );
        assert!(e.regions.countries.iter().all(|c| c.code != "ES"));
        let orgs = names(&e, EntityType::Organization);
        for want in [
            "Fiji Hotel and Tourism Association",
            "Kenya Medical Practitioners, Pharmacists and Dentists Union",
        ] {
            assert!(orgs.contains(&want.to_owned()), "{want} in {orgs:?}");
        }
        assert_eq!(
            names(&e, EntityType::Location),
            ["Morowali", "Vanua Levu"],
            "{:?}",
            e.entities
        );
        assert!(names(&e, EntityType::Person).is_empty(), "{:?}", e.entities);
    }

    #[test]
    fn fields_after_and_residents_rivers_by_name_and_ranges_named_like_towns() {
        let e = enrich(
            "",
            "In Jamaica, the Office of Disaster Preparedness and Emergency Management said \
             roads washed out in the Blue Mountains. Residents of Chambishi saw \
             the Kafue River turn green. The Kafue flows on. Coal goes from the Gashuunsukhait \
             port to China's Ganqimaodu, and a fund took a stake in China's Zhipu.",
        );
        let orgs = names(&e, EntityType::Organization);
        assert_eq!(
            orgs,
            [
                "Office of Disaster Preparedness and Emergency Management",
                "Zhipu"
            ]
        );
        let places = names(&e, EntityType::Location);
        for want in [
            "Blue Mountains",
            "Chambishi",
            "Kafue River",
            "Gashuunsukhait",
            "Ganqimaodu",
        ] {
            assert!(places.contains(&want.to_owned()), "{want} in {places:?}");
        }
        assert!(!places.contains(&"Kafue".to_owned()), "{places:?}");
        assert_eq!(codes(&e), ["CN", "JM"]);
    }
}
