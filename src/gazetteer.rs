//! The gazetteer: countries with their UN M49 placement, aliases and demonyms, and places (cities
//! and US states) with their country and population. Built by `scripts/data/build-gazetteer` from
//! registry packages (see `data/NOTICE.md`) and embedded in the binary.

// Fx hashing: these maps are built once from packaged data and only looked up afterwards.
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

const COUNTRIES_TSV: &str = include_str!("../data/countries.tsv");
const PLACES_TSV: &str = include_str!("../data/places.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub region: &'static str,
    pub subregion: Option<&'static str>,
    pub intermediate_region: Option<&'static str>,
    pub capital: Option<&'static str>,
    pub aliases: Vec<&'static str>,
    pub demonyms: Vec<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    City,
    /// A US state.
    State,
    /// A first- or second-level subdivision from ISO 3166-2 (province, region, county).
    Admin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub name: &'static str,
    pub kind: PlaceKind,
    pub country: &'static str,
    pub population: u64,
}

pub struct Gazetteer {
    countries: Vec<Country>,
    /// Country index by ISO code, at [`code_slot`]: enrichment asks for a country by code for
    /// every name it resolves, and two letters index a table faster than they hash.
    by_code: Vec<Option<usize>>,
    /// Lower-cased country names and aliases → country index.
    by_name: HashMap<String, usize>,
    /// Lower-cased demonyms → country index.
    by_demonym: HashMap<String, usize>,
    /// Lower-cased place names (and diacritic-free spellings) → places, most populous first.
    places: HashMap<String, Vec<Place>>,
}

/// Where a two-capital code ("KP") sits in a table of all 26 × 26 of them.
fn code_slot(code: &str) -> Option<usize> {
    match *code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

fn opt(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
}

/// How many names the places are found by (a few are shared): the map is sized for them up
/// front, as growing by doubling left each outgrown table behind in the allocator.
fn place_keys() -> usize {
    rows(PLACES_TSV).map(|r| spellings(&r).count() + 1).sum()
}

/// A place row's other spellings.
fn spellings<'r>(row: &'r [&'static str]) -> impl Iterator<Item = &'static str> + 'r {
    row.get(4)
        .into_iter()
        .flat_map(|s| s.split('|'))
        .filter(|s| !s.is_empty())
}

impl Gazetteer {
    /// The embedded gazetteer, parsed on first use.
    pub fn global() -> &'static Gazetteer {
        static G: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);
        &G
    }

    fn load() -> Self {
        let mut g = Gazetteer {
            countries: Vec::new(),
            by_code: vec![None; 26 * 26],
            by_name: HashMap::default(),
            by_demonym: HashMap::default(),
            places: HashMap::with_capacity_and_hasher(place_keys(), Default::default()),
        };
        for r in rows(COUNTRIES_TSV) {
            let split =
                |s: &'static str| s.split('|').filter(|x| !x.is_empty()).collect::<Vec<_>>();
            let c = Country {
                code: r[0],
                name: r[1],
                region: r[2],
                subregion: opt(r[3]),
                intermediate_region: opt(r[4]),
                capital: opt(r[5]),
                aliases: split(r[6]),
                demonyms: split(r.get(7).copied().unwrap_or_default()),
            };
            let i = g.countries.len();
            let slot = code_slot(c.code).expect("country codes are two capital letters");
            g.by_code[slot] = Some(i);
            for a in c.aliases.iter().chain([&c.name]) {
                // The first country to claim a name keeps it ("Congo" goes to the DRC by curation
                // order in the build, not by accident of iteration).
                g.by_name.entry(a.to_lowercase()).or_insert(i);
            }
            for d in &c.demonyms {
                g.by_demonym.entry(d.to_lowercase()).or_insert(i);
            }
            g.countries.push(c);
        }
        // "Congo" alone means the DRC in AP/Reuters style.
        if let Some(cd) = code_slot("CD").and_then(|slot| g.by_code[slot]) {
            g.by_name.insert("congo".into(), cd);
        }
        for r in rows(PLACES_TSV) {
            let kind = match r[1] {
                "state" => PlaceKind::State,
                "admin" => PlaceKind::Admin,
                _ => PlaceKind::City,
            };
            let place = Place {
                name: r[0],
                kind,
                country: r[2],
                population: r[3].parse().unwrap_or(0),
            };
            let mut keys = vec![r[0].to_lowercase()];
            keys.extend(spellings(&r).map(str::to_lowercase));
            for k in keys {
                // Room for exactly one more: most names have one place, and a plain push makes
                // room for four (8 MiB of the gazetteer was that room).
                let list = g.places.entry(k).or_default();
                list.reserve_exact(1);
                list.push(place);
            }
        }
        for list in g.places.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.population));
        }
        g
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        code_slot(code)
            .and_then(|slot| self.by_code[slot])
            .map(|i| &self.countries[i])
    }

    /// A country by any of its names ("Britain", "Ivory Coast"), case-insensitive.
    pub fn country_by_name(&self, name: &str) -> Option<&Country> {
        with_lowercase(name, |key| self.by_name.get(key)).map(|&i| &self.countries[i])
    }

    /// A country by a nationality adjective ("Senegalese").
    pub fn country_by_demonym(&self, word: &str) -> Option<&Country> {
        with_lowercase(word, |key| self.by_demonym.get(key)).map(|&i| &self.countries[i])
    }

    /// Places with this name, most populous first.
    pub fn places(&self, name: &str) -> &[Place] {
        with_lowercase(name, |key| self.places.get(key)).map_or(&[], Vec::as_slice)
    }

    /// Every place name the gazetteer knows, lower-cased, with diacritic-free spellings too.
    pub fn place_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.places.keys().map(String::as_str)
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country a dateline names: its qualifier ("NAIROBI, Kenya", "ATHENS, Georgia" → the
    /// country Georgia unless the state reading is the only one) or, without one, the most
    /// populous place of that name, or a capital.
    pub fn dateline_country(&self, place: &str, qualifier: Option<&str>) -> Option<&'static str> {
        if let Some(q) = qualifier {
            let q = q.trim().trim_end_matches('.');
            if let Some(c) = self.country_by_name(q) {
                return Some(c.code);
            }
            if let Some(state) = self.places(q).iter().find(|p| p.kind == PlaceKind::State) {
                return Some(state.country);
            }
            if us_state_abbreviation(q) {
                return Some("US");
            }
        }
        if let Some(c) = self.country_by_name(place) {
            return Some(c.code);
        }
        if let Some(c) = self
            .countries
            .iter()
            .find(|c| c.capital.is_some_and(|cap| cap.eq_ignore_ascii_case(place)))
        {
            return Some(c.code);
        }
        self.places(place)
            .iter()
            .find(|p| p.kind == PlaceKind::City)
            .map(|p| p.country)
    }
}

impl Gazetteer {
    /// The gazetteer's name for a state or province written as a dateline's qualifier, when it
    /// is one and no country ("California"; not "Philippines").
    pub fn subdivision(&self, qualifier: &str) -> Option<&'static str> {
        let q = qualifier.trim().trim_end_matches('.');
        if self.country_by_name(q).is_some() {
            return None;
        }
        self.places(q)
            .iter()
            .find(|p| matches!(p.kind, PlaceKind::State | PlaceKind::Admin))
            .map(|p| p.name)
    }
}

/// AP-style US state abbreviations used in datelines ("ATHENS, Ga.").
fn us_state_abbreviation(q: &str) -> bool {
    const AP: &[&str] = &[
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
        "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J",
        "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Vt", "Va",
        "Wash", "W.Va", "Wis", "Wyo", "D.C",
    ];
    AP.contains(&q)
}

/// `f` of `name` lower-cased. The enrichment asks about thousands of names an article, nearly all
/// short and ASCII: those are lower-cased on the stack rather than in a new string.
pub(crate) fn with_lowercase<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    match buf.get_mut(..name.len()) {
        Some(lower) if name.is_ascii() => {
            lower.copy_from_slice(name.as_bytes());
            lower.make_ascii_lowercase();
            f(std::str::from_utf8(lower).unwrap_or_default())
        }
        _ => f(&name.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_looked_up_in_any_case_and_length() {
        let g = Gazetteer::global();
        assert!(!g.places("Nairobi").is_empty());
        assert_eq!(g.places("NAIROBI"), g.places("nairobi"));
        assert_eq!(g.places("ZÜRICH"), g.places("zürich"));
        assert!(!g.places("Zürich").is_empty());
        assert_eq!(g.country_by_name("KENYA").map(|c| c.code), Some("KE"));
        assert_eq!(
            with_lowercase("Dar Es Salaam", str::to_owned),
            "dar es salaam"
        );
        // Longer than the stack buffer: lower-cased the allocating way.
        let long = "A".repeat(70);
        assert_eq!(with_lowercase(&long, str::to_owned), "a".repeat(70));
        assert_eq!(with_lowercase("", str::len), 0);
    }

    #[test]
    fn countries_have_m49_placement() {
        let g = Gazetteer::global();
        let kp = g.country("KP").unwrap();
        assert_eq!((kp.region, kp.subregion), ("Asia", Some("Eastern Asia")));
        let ng = g.country("NG").unwrap();
        assert_eq!(ng.intermediate_region, Some("Western Africa"));
        assert_eq!(g.country("TW").unwrap().subregion, Some("Eastern Asia"));
        assert_eq!(g.country("XK").unwrap().region, "Europe");
        assert!(g.countries().len() > 240);
    }

    #[test]
    fn every_country_is_found_by_its_code_and_nothing_else_is() {
        let g = Gazetteer::global();
        for c in g.countries() {
            assert_eq!(g.country(c.code).map(|x| x.name), Some(c.name));
        }
        assert_eq!(g.country("XK").map(|c| c.name), Some("Kosovo"));
        for code in ["", "K", "kp", "Kp", "KPR", "ZZ", "Ñ", "1A"] {
            assert!(g.country(code).is_none(), "{code}");
        }
    }

    #[test]
    fn names_aliases_and_demonyms() {
        let g = Gazetteer::global();
        assert_eq!(g.country_by_name("Britain").unwrap().code, "GB");
        assert_eq!(g.country_by_name("ivory coast").unwrap().code, "CI");
        assert_eq!(g.country_by_name("Congo").unwrap().code, "CD");
        assert_eq!(g.country_by_name("Republic of Congo").unwrap().code, "CG");
        assert_eq!(g.country_by_name("Turkey").unwrap().code, "TR");
        assert_eq!(g.country_by_demonym("Senegalese").unwrap().code, "SN");
        assert_eq!(g.country_by_demonym("Lao").unwrap().code, "LA");
    }

    #[test]
    fn dateline_countries() {
        let g = Gazetteer::global();
        assert_eq!(g.dateline_country("NAIROBI", Some("Kenya")), Some("KE"));
        assert_eq!(g.dateline_country("SEOUL", None), Some("KR"));
        assert_eq!(g.dateline_country("ATHENS", Some("Ga.")), Some("US"));
        assert_eq!(
            g.dateline_country("ST. GEORGE'S", Some("Grenada")),
            Some("GD")
        );
        assert_eq!(g.dateline_country("BOGOTA", None), Some("CO"));
        assert_eq!(g.dateline_country("NOWHEREVILLE", None), None);
    }
}
