//! Rules for places: the cues that make an unknown name a place, features and venues named by
//! their heads, and which reading of a known name (country, region, town) a text means.

use super::*;

/// Whether the words are a known country, place or region's name.
pub(super) fn owning_place(words: &[Token<'_>]) -> bool {
    let words: Vec<&str> = words.iter().map(|w| w.text).collect();
    Lexicon::global()
        .lookup(&words)
        .iter()
        .any(|s| matches!(s, Sense::Country(_) | Sense::Place | Sense::Region(_)))
}

/// The end of a country's name that starts at `k` and closes the capitalised run there.
#[inline(never)]
pub(super) fn country_closing_name(
    toks: &[Token<'_>],
    k: usize,
    key: &mut String,
) -> Option<usize> {
    if !toks.get(k).is_some_and(|n| n.cap && n.joined_to_prev) {
        return None;
    }
    let (end, senses) = longest_match(toks, k, key)?;
    let country = senses.iter().any(|s| matches!(s, Sense::Country(_)));
    let closes = toks.get(end).is_none_or(|n| !n.cap || !n.joined_to_prev);
    (country && closes).then_some(end)
}

/// The end of the words for an administrative unit after a place's name at `end`
/// ("Autonomous Region", "Province"), when they close the name.
pub(super) fn admin_unit_end(toks: &[Token<'_>], end: usize) -> Option<usize> {
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

/// The end of "Gulf of Oman" when the known word at `i..end` is a feature's head followed by
/// "of" and a name.
#[inline(never)]
pub(super) fn feature_of(toks: &[Token<'_>], i: usize, end: usize) -> Option<usize> {
    if end != i + 1 || !FEATURE_HEADS.contains(toks[i].text) {
        return None;
    }
    toks.get(end)
        .filter(|o| o.text == "of" && o.joined_to_prev)?;
    let named = cap_run(toks, end + 1, &NO_JOINERS);
    (named > end + 1 && toks[end + 1].joined_to_prev).then_some(named)
}

/// Whether the word at `k` is "City" closing a place's name.
pub(super) fn city_after(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|c| c.text == "City" && c.joined_to_prev)
        && toks.get(k + 1).is_none_or(|n| !n.cap || !n.joined_to_prev)
}

pub(super) fn is_locative(word: &str) -> bool {
    LOCATIVES.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// A locative right before token `i`, or "to" after a verb of going ("flew to Sibolga").
pub(super) fn locative_before(toks: &[Token<'_>], i: usize) -> bool {
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
pub(super) fn continent_at(toks: &[Token<'_>], i: usize) -> Option<usize> {
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

/// The country of the place just found at `t` ("Punjab Chief Minister", "Cebu Governor"): a
/// title it qualifies is that country's, whoever wrote the story. The filing country settles a
/// name several countries have.
pub(super) fn place_country(
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
pub(super) fn shared_place_name(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
) -> Option<Option<(String, Kind)>> {
    let joined = |k: usize| toks.get(k).filter(|t| t.joined_to_prev);
    if joined(i + 1)?.text != "and"
        || !COMPASS_WORDS.contains(toks[i].text)
        || !COMPASS_WORDS.contains(joined(i + 2)?.text)
    {
        return None;
    }
    let end = cap_run(toks, i + 3, &NO_JOINERS);
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

pub(super) fn first_region(senses: &[Sense]) -> Option<String> {
    let lex = Lexicon::global();
    senses.iter().find_map(|s| match s {
        Sense::Region(x) => Some(lex.regions[*x].to_owned()),
        _ => None,
    })
}

/// A river, delta, desert or valley found earlier whose name is `phrase` and its head ("Kafue
/// River" for "Kafue").
pub(super) fn feature_named_before(doc: &Doc, phrase: &str) -> Option<(Kind, String)> {
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
pub(super) fn known_place_mention(doc: &Doc, written: &str) -> Option<(Kind, String)> {
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

/// The country of a compound like "Kenya-led" or "China-bound".
pub(super) fn compound_country(word: &str) -> Option<&'static str> {
    // Asked of every capitalised word; most have no hyphen, which memchr says fastest.
    let at = memchr::memchr(b'-', word.as_bytes())?;
    let (head, rest) = (&word[..at], &word[at + 1..]);
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
pub(super) fn place_cued(
    doc: &Doc,
    unit: Unit,
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    end: usize,
) -> bool {
    if i >= 2 && toks[i - 1].text == "of" && GEO_NOUNS.contains(toks[i - 2].text) {
        return true;
    }
    // "Residents of Chambishi, where the plant sits": those who live there.
    if i >= 2
        && toks[i - 1].text == "of"
        && toks[i].joined_to_prev
        && RESIDENT_NOUNS
            .iter()
            .any(|n| n.eq_ignore_ascii_case(toks[i - 2].text))
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
            let after = cap_run(toks, end + 1, &NO_JOINERS);
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
            let run = cap_run(toks, last, &NO_JOINERS);
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
pub(super) fn place_location(places: &[Place]) -> Kind {
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

/// "Tonga's", "Nairobi's", "the North's": a place's possessive ends the name before it.
/// "the United Arab Emirates' XRG": a possessive closing a country or place of several words,
/// already found.
pub(super) fn place_hit_owns(doc: &Doc, t: &Token<'_>) -> bool {
    t.possessive
        && doc.hits.last().is_some_and(|h| {
            h.end == t.end && matches!(h.kind, Kind::Country(_) | Kind::Location { .. })
        })
}

pub(super) fn possessive_place(t: &Token<'_>) -> bool {
    t.possessive
        && (matches!(t.text, "North" | "South")
            || t.senses.iter().any(|s| {
                matches!(
                    s,
                    Sense::Country(_) | Sense::Demonym(_) | Sense::Place | Sense::Region(_)
                )
            }))
}

pub(super) fn demonym_or_country(t: &Token<'_>) -> Option<&'static str> {
    t.senses.iter().find_map(|s| match s {
        Sense::Demonym(c) | Sense::Country(c) => Some(*c),
        _ => None,
    })
}

pub(super) fn feature_by_head(toks: &[Token<'_>], i: usize, run_end: usize) -> Option<usize> {
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
        .find(|&p| closing_feature_head(words[p]) && JOINERS.contains(words[p + 1]))
    {
        return Some(i + p + 1);
    }
    // "Belt and Road Initiative" is no road.
    if words.iter().any(|w| EVENT_WORDS.contains(w)) {
        return None;
    }
    let lex = Lexicon::global();
    // "Port Sudan on the Red Sea": a known place before "on" lies on the feature; it is no part
    // of its name.
    if let Some(p) = words.iter().position(|w| *w == "on") {
        if p >= 1 && !lex.lookup(&words[..p]).is_empty() {
            return None;
        }
    }
    // "Special Economic Zone", "Free Trade Zone": a kind of zone, not one place ("Yangpu
    // Economic Development Zone" is one).
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
pub(super) fn venue_end(words: &[&str]) -> Option<usize> {
    words
        .windows(2)
        .position(|w| venue_pair(w[0], w[1]))
        .map(|p| p + 2)
}

/// "Convention Centre", "Exhibition Center".
pub(super) fn venue_pair(kind: &str, head: &str) -> bool {
    matches!(head, "Centre" | "Center") && VENUE_WORDS.contains(kind)
}

/// Whether the word at `i..end` names a language: before a word for a name or a text
/// ("Spanish initials", "its Korean name", "the Arabic version"), or closing a clause after "in",
/// "into" or "from" ("he said in Spanish."). A comma closes it only for a word that is no
/// demonym ("spoke in Arabic, saying"): "from Chinese, Japanese and Korean firms" names
/// countries.
pub(super) fn language_named(
    text: &str,
    toks: &[Token<'_>],
    i: usize,
    end: usize,
    comma_closes: bool,
) -> bool {
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
    let after = text[toks[end - 1].end..].trim_start();
    let closes = after.is_empty()
        || after.starts_with(['.', ';', ':', '?', '!', ')'])
        || comma_closes && after.starts_with(',');
    let alone = i > 0
        && toks[i].joined_to_prev
        && matches!(toks[i - 1].text, "in" | "into" | "from")
        && closes;
    named || alone
}

/// Picks the reading of a lexicon phrase: organization, country, demonym, region or place, with
/// the confidence rules for single-word places.
pub(super) fn resolve_senses(
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
        // "the Scunthorpe plant": a works named by its town.
        let works = toks.get(end).is_some_and(|n| {
            n.joined_to_prev
                && matches!(
                    n.text,
                    "plant" | "factory" | "works" | "refinery" | "smelter" | "mill" | "steelworks"
                )
        });
        let confident = multiword
            || works
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
