//! Word lists the entity rules use: heads that make a capitalised phrase an organization or a
//! geographic feature, words that mark a person's name nearby, and continent words. Written for
//! wirestream.

use std::sync::OnceLock;

use super::filtered_set::FilteredSet;

/// A fixed word list with constant-time membership ([`FilteredSet`], built on first use): the
/// rules ask these lists about nearly every capitalised word, and a linear scan compared the
/// word with each entry in turn.
pub struct WordSet {
    words: &'static [&'static str],
    index: OnceLock<FilteredSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            index: OnceLock::new(),
        }
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.index
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }

    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// A capitalised phrase containing one of these is an organization ("Kenya Meteorological
/// Department", "University of Jordan", "Office of the High Representative").
pub static ORG_HEADS: WordSet = WordSet::new(&[
    "Organization",
    "Organisation",
    "Agency",
    "Council",
    "Court",
    "Bank",
    "Commission",
    "Union",
    "Association",
    "Forum",
    "Authority",
    "Registry",
    "Department",
    "University",
    "Institute",
    "Foundation",
    "Company",
    "Corporation",
    "Corp.",
    "Co.",
    // Reuters writes the legal form without its dot ("Taiwan Semiconductor Manufacturing Co").
    "Co",
    "Inc",
    "League",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "GmbH",
    "AG",
    "Berhad",
    "Limited",
    // Hindi for party: "Rashtriya Janata Dal", "Shiromani Akali Dal".
    "Dal",
    "Bhd",
    "Tbk",
    "Oyj",
    "ASA",
    "SpA",
    "S.A.",
    "N.V.",
    "Fund",
    "Programme",
    "Program",
    "Committee",
    "Society",
    "Federation",
    "Office",
    "Centre",
    "Center",
    "Party",
    "Ministry",
    "Community",
    "Alliance",
    "Movement",
    "Front",
    "Facility",
    "Secretariat",
    "Board",
    "Bureau",
    "Service",
    "Network",
    "Group",
    "Inc.",
    "Ltd.",
    "Holdings",
    "Plantation",
    "Plantations",
    "Holding",
    "Chamber",
    "Corp",
    "Air",
    "Industries",
    "Enterprises",
    "Motors",
    "Electronics",
    "Pharmaceuticals",
    "Refinery",
    "Steel",
    "Telecom",
    "Telecommunications",
    "Railway",
    "Forces",
    "Force",
    "Guard",
    "Corps",
    "Biologics",
    "Airlines",
    "Airways",
    "Railways",
    "Parliament",
    "Embassy",
    "Army",
    "Navy",
    "Police",
    "Cabinet",
    "Senate",
    "Congress",
    "Assembly",
    "Academy",
    "College",
    "School",
    "Hospital",
    "Coalition",
    "Consortium",
    "Cooperative",
    "Cooperatives",
    "Exchange",
    "Cross",
    "Crescent",
    "Administration",
    "Commissariat",
    "Directorate",
    "Inspectorate",
    "Museum",
    // A government with a name of its own ("Kurdistan Regional Government"); one named by its
    // country alone is no entity (FUNCTIONAL_HEADS).
    "Government",
    "Confederation",
    "Auto",
    "Automotive",
    // Criminal groups ("Gulf Clan", "Sinaloa Cartel").
    "Clan",
    "Cartel",
    "Observatory",
    "Command",
    "Tribunal",
    "Shipyard",
    "Club",
    "Trust",
    "Laboratory",
    "Laboratories",
    "Institution",
    // A city's government ("Istanbul Metropolitan Municipality").
    "Municipality",
    // "Christian Democratic Appeal", the Dutch party.
    "Appeal",
    // A customs district ("Haikou Customs").
    "Customs",
]);

/// Words for party, university or bank in other languages, which open a body's name where
/// English puts the head last ("Parti Keadilan Rakyat", "Universidad de Chile", "Banco Macro").
pub static NAME_OPENERS: WordSet = WordSet::new(&[
    "Parti",
    "Partai",
    "Partido",
    "Partito",
    "Partij",
    "Partia",
    "Pertubuhan",
    "Persatuan",
    "Universiti",
    "Universitas",
    "Universidad",
    "Universidade",
    "Université",
    "Università",
    "Universität",
    "Banco",
    "Banque",
    "Instituto",
    "Institut",
    "Fundación",
    "Fundação",
    "Fondation",
]);

/// Nouns after a name that say it is a body's: "the Viv Ansanm gang", "the New Democracy party",
/// "the Multinational Security Support mission".
pub static BODY_AFTER_NAME: WordSet = WordSet::new(&[
    "group",
    "gang",
    "militia",
    "coalition",
    "alliance",
    "party",
    "movement",
    "faction",
    "mission",
    "union",
    "cartel",
    "bloc",
]);

/// Kinds of venue that make a "... Centre" a place ("Kuala Lumpur Convention Centre").
pub static VENUE_WORDS: WordSet = WordSet::new(&[
    "Convention",
    "Exhibition",
    "Conference",
    "Congress",
    "Shopping",
    "Sports",
    "Press",
    "Aquatics",
    "Events",
    "Space",
    "Launch",
]);

/// Fields that, followed by a country's name, name that country's agency for the field
/// ("Statistics Korea", "Health Canada", "Tourism Australia").
pub static SECTOR_NAMES: WordSet = WordSet::new(&[
    "Statistics",
    "Stats",
    "Health",
    "Transport",
    "Tourism",
    "Sport",
    "Parks",
    "Enterprise",
    "Invest",
    "Education",
    "Infrastructure",
    "Geoscience",
    "Screen",
    "Business",
]);

/// Whether a word heads an organization's name: one of [`ORG_HEADS`] or [`GOODS_HEADS`].
pub fn org_head(word: &str) -> bool {
    ORG_HEADS.contains(word) || GOODS_HEADS.contains(word)
}

/// Heads of companies named by what they sell ("Thames Water", "Huayou Cobalt"), heads of
/// organizations' names like [`ORG_HEADS`] but weaker than them (see `org_by_head`). A body's name
/// may hold "and" ("Food and Drug Administration"); a company's so named does not, so "Chevron
/// and NewMed Energy" are two. Not "Power", a surname too ("Samantha Power").
pub static GOODS_HEADS: WordSet = WordSet::new(&[
    "Water",
    "Energy",
    "Cobalt",
    "Nickel",
    "Lithium",
    // "McEwen Copper", "Shandong Gold", "Skyroot Aerospace".
    "Copper",
    "Gold",
    "Silver",
    "Uranium",
    "Aerospace",
    "Mining",
    "Cement",
    "Chemical",
    "Chemicals",
    "Oil",
    "Petroleum",
    // Firms named by their trade ("Hindenburg Research", "Sempra Infrastructure", "Capital
    // Economics").
    "Research",
    "Infrastructure",
    "Capital",
    "Partners",
    "Ventures",
    "Investments",
    "Analytics",
    "Consulting",
    // The same heads in the languages of companies' home markets ("Vaar Energi", "Enel
    // Energia", "Petroleos Mexicanos" has its own entry).
    "Energi",
    "Energia",
    "Energie",
    "Minerals",
    "Metals",
    "Semiconductor",
    "Devices",
    "Systems",
    "Technologies",
    "Technology",
    // "Ethiopian Electric Power", "Tokyo Electric".
    "Electric",
    "Motor",
    "Insurance",
    "Securities",
    "Logistics",
    "Shipping",
    // Garment makers ("TNZ Apparels", "Ha-Meem Textiles").
    "Textiles",
    "Apparels",
    "Apparel",
    "Garments",
]);

/// Organizations named only by their function are not entities ("Interior Ministry", "the Chinese
/// embassy"): these heads need a proper name beside the function words.
pub static FUNCTIONAL_HEADS: WordSet = WordSet::new(&[
    "Ministry",
    // "the IAEA's Board of Governors".
    "Board",
    "Embassy",
    "Parliament",
    "Army",
    "Navy",
    "Police",
    "Cabinet",
    "Senate",
    "Congress",
    "Court",
    "Government",
    "Assembly",
    "Office",
    "Department",
]);

/// Words that name a government function; with a functional head and nothing else they make a
/// generic body ("Foreign Ministry", "Supreme Court").
pub static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "Governors",
    "Directors",
    "Trustees",
    "Foreign",
    "Interior",
    "Defense",
    "Defence",
    "Health",
    "Finance",
    "Trade",
    "Agriculture",
    "Education",
    "Justice",
    "Environment",
    "Energy",
    "Labor",
    "Labour",
    "Transport",
    "Economy",
    "Economic",
    "Home",
    "State",
    "Culture",
    "Information",
    "Industry",
    "Commerce",
    "Tourism",
    "Supreme",
    "Constitutional",
    "High",
    "National",
    "Federal",
    "Central",
    "Public",
    "Security",
    "Affairs",
    "Communications",
    "Water",
    "Fisheries",
    "Mines",
    "Mining",
    "Oceans",
    "Planning",
    "Development",
    "Social",
    "Welfare",
    "Prime",
    "Minister's",
    "Presidential",
    "Military",
    "Unification",
    "Land",
    "Infrastructure",
    "Science",
    "Technology",
    "Digital",
    "External",
    "Lower",
    "Upper",
    "Regional",
    "Provincial",
    "City",
    "Municipal",
    "District",
    "General",
    "Staff",
    "Joint",
    "Chiefs",
    "of",
    "the",
    "and",
    "for",
    "Resources",
    "Natural",
    // Offices named by who holds them ("the Ombudsman's Office", "the Prosecutor's Office").
    "Ombudsman",
    "Prosecutor",
    "Prosecutors",
    "Attorney",
    "Auditor",
    "Comptroller",
    "President",
    "Mayor",
    "Governor",
]);

/// A capitalised phrase ending in (or opening with) one of these is a place.
pub static FEATURE_HEADS: WordSet = WordSet::new(&[
    "River",
    "Lake",
    // Malay and Indonesian words opening places: hill, village, island, river, cape.
    "Bukit",
    "Kampung",
    "Pulau",
    "Sungai",
    "Tanjung",
    // Spanish, Portuguese and French words opening places: salt flat, hill, lagoon, island(s),
    // bay, beach, river, gulf, volcano, snow peak, mount ("Lago" is a surname too: "Andre Correa
    // do Lago").
    "Salar",
    "Cerro",
    "Laguna",
    "Isla",
    "Islas",
    "Bahía",
    "Playa",
    "Río",
    "Golfo",
    "Volcán",
    "Nevado",
    "Lac",
    "Mont",
    // French and Spanish for stadium ("Stade de France", "Estadio Azteca").
    "Stade",
    "Estadio",
    "Sea",
    "Ocean",
    "Island",
    "Islands",
    "Mount",
    "Mountains",
    "Province",
    "County",
    "Valley",
    "Basin",
    "Bay",
    "Gulf",
    "Strait",
    "Peninsula",
    "Desert",
    "Canal",
    "Promenade",
    "Street",
    "Avenue",
    "Square",
    "Monument",
    "Memorial",
    "Boulevard",
    "Bridge",
    "Airport",
    "Harbour",
    "Harbor",
    "Delta",
    "Plateau",
    "Falls",
    "Reef",
    // "Isle of Arran".
    "Isle",
    // "Hope Fault", "San Andreas Fault".
    "Fault",
    // "Port Talbot" (opening only: "Hainan Free Trade Port" is a zone).
    "Port",
    "Shoal",
    "Shoals",
    "Atoll",
    "Coast",
    "Region",
    "Prefecture",
    "Governorate",
    "Oblast",
    "Cape",
    "Lagoon",
    "Glacier",
    "Canyon",
    "Archipelago",
    "Atoll",
    "Stadium",
    "Dam",
    "Reservoir",
    "Barrage",
    "Plaza",
    "Palace",
    "Arena",
    "Strip",
    "Fort",
    "Trench",
    // "Demilitarized Zone", "Military Demarcation Line", "Northern Limit Line".
    "Zone",
    "Line",
    // Streets: "Veer Chand Patel Path", "Rajpath Marg", "Airport Road".
    "Road",
    "Marg",
    "Path",
    "Highway",
    "Expressway",
    // Mountain ways: "Khunjerab Pass", "Salang Tunnel", "Tiger Leaping Gorge".
    "Pass",
    "Tunnel",
    "Gorge",
]);

/// Acronyms of goods and measures, which a body noun after them does not make a body ("LNG
/// carrier orders", "the GDP group").
pub static GOODS_ACRONYMS: WordSet = WordSet::new(&[
    "LNG", "LPG", "CNG", "EV", "EVs", "GDP", "CPI", "AI", "IPO", "ETF", "PMI", "VAT", "GST", "SUV",
    "SUVs", "LED", "GPS", "HIV", "DNA", "TV", "IT",
]);

/// Prefixes of ships' names ("MV Glen Sannox", "BRP Sierra Madre"): the name after one is a
/// vessel, neither a person nor a place.
pub static SHIP_PREFIXES: WordSet = WordSet::new(&[
    "MV", "MS", "MT", "HMS", "USS", "USNS", "RMS", "SS", "INS", "HMAS", "HMCS", "HMNZS", "BRP",
    "KRI", "ROKS", "JS",
]);

/// Feature heads of other languages that only open a name ("Pulau Ubin", "Salar de Uyuni"), never
/// close one: "Ana Laguna" is a person.
pub static OPENING_HEADS: WordSet = WordSet::new(&[
    "Bukit", "Kampung", "Pulau", "Sungai", "Tanjung", "Salar", "Cerro", "Laguna", "Isla", "Islas",
    "Bahía", "Playa", "Río", "Golfo", "Volcán", "Nevado", "Lac", "Mont", "Port", "Isle", "Bandar",
    "Stade", "Estadio",
]);

/// Whether `word` can close a place's name as its head ("Crater Lake", "Hoover Dam").
pub fn closing_feature_head(word: &str) -> bool {
    FEATURE_HEADS.contains(word) && !OPENING_HEADS.contains(word)
}

/// Feature heads that only close a name ("Hoover Dam", "Airport Road"), never open one as "Lake"
/// opens "Lake Chad".
pub static CLOSING_HEADS: WordSet = WordSet::new(&[
    "Dam",
    "Palace",
    "Arena",
    "Strip",
    "Fort",
    "Reservoir",
    "Barrage",
    "Stadium",
    "Road",
    "Marg",
    "Path",
    "Highway",
    "Expressway",
    "Zone",
    "Line",
    "Monument",
    "Memorial",
    "Street",
    "Bridge",
    "Airport",
    "Falls",
    "Pass",
    "Tunnel",
    "Gorge",
]);

/// Lower-case words that join the capitalised words of one name.
/// Not "and": "the Korea Foundation and the Japan Foundation" are two names.
pub static JOINERS: WordSet = WordSet::new(&[
    "of", "for", "the", "on", "de", "la", "del", "da", "das", "do", "dos", "des", "du", "van",
    "der", "den", "von", "bin", "binti", "bint", "ibn", "al", "el", "y", "di", "le",
]);

/// For a run of capitalised words with nothing between them.
pub static NO_JOINERS: WordSet = WordSet::new(&[]);

/// Name particles inside a person's name ("Pieter van der Linden", "Faisal bin Farhan Al Saud").
pub static NAME_PARTICLES: WordSet = WordSet::new(&[
    "van", "der", "den", "von", "de", "la", "del", "da", "dos", "du", "bin", "binti", "bint",
    "ibn", "al", "el", "do",
    // Inside a Somali or Arabic name, not before it: "Hassan Sheikh Mohamud"; likewise a Malay
    // royal's: "Zafrul Tengku Abdul Aziz".
    "Sheikh", "Tengku", "Tunku",
]);

/// Suffixes that end a person's name.
pub static NAME_SUFFIXES: WordSet = WordSet::new(&[
    "Jr.", "Sr.", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV",
    "XV", "XVI",
]);

/// Words that, right after a name, show it is a person's.
pub static PERSON_NEXT: WordSet = WordSet::new(&[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "stressed",
    "urged",
    "warned",
    "announced",
    "wrote",
    "spoke",
    "met",
    "visited",
    "called",
    "arrived",
    "described",
    "expressed",
    "conveyed",
    "agreed",
    "asked",
    "declined",
    "insisted",
    "argued",
    "welcomed",
    "pledged",
    "vowed",
    "hopes",
    "hoped",
    "thanked",
    "praised",
    "criticised",
    "criticized",
    "confirmed",
    "explained",
    "recalled",
    "raises",
    "runs",
    "leads",
    "chairs",
    "chaired",
    "attended",
    "reiterated",
    "emphasised",
    "emphasized",
    "underlined",
    "highlighted",
    "acknowledged",
    "signed",
    "held",
    "hosted",
]);

/// Words that, right after a name and a comma, introduce an apposition about a person.
pub static PERSON_APPOSITION: WordSet = WordSet::new(&[
    "who",
    "whose",
    "a",
    "an",
    "the",
    "director",
    "minister",
    "president",
    "chief",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "chairman",
    "chairwoman",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "deputy",
    "former",
]);

/// Words for a company that wire copy puts right before its name ("copper giant Codelco",
/// "chipmaker TSMC"). Words as often put before a person ("producer", "developer",
/// "broadcaster") are left out or need a name that cannot be a person's.
pub const COMPANY_NOUNS: &[&str] = &[
    // "its state-owned Kazatomprom".
    "state-owned",
    "state-run",
    "company",
    "firm",
    "group",
    "giant",
    "producer",
    "maker",
    "automaker",
    "carmaker",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "shipbuilder",
    "miner",
    "retailer",
    "lender",
    "carrier",
    "airline",
    "conglomerate",
    "insurer",
    "refiner",
    "exporter",
    "manufacturer",
    "supplier",
    "utility",
    "startup",
    "brokerage",
    "consultancy",
    // "the coffee exporters council Cecafe", "the growers association Abiove".
    "council",
    "association",
    "start-up",
    // A group's parts: "its biosimilar unit, Samsung Bioepis".
    "unit",
    "subsidiary",
    "affiliate",
    "arm",
    "short-seller",
    "operator",
    // "two of the largest buyers", "the Polish builder Budimex", "trader Trafigura".
    "buyer",
    "builder",
    "trader",
    // "Tengizchevroil, the venture led by Chevron,".
    "venture",
    "line",
    "bureau",
    "agency",
    "regulator",
    "watchdog",
    "broadcaster",
    "union",
    "planemaker",
    "bank",
    "cooperative",
    "party",
    "lobby",
    "federation",
    "club",
    "side",
    "charity",
    "coalition",
    "alliance",
    "bloc",
    "faction",
    "gang",
    "militia",
    "band",
    "platform",
    "chamber",
];

/// A company's legal form after its name ("Samsung Biologics Co."): the name without it is the
/// same company, where other heads make another body ("African Union Commission").
pub static LEGAL_FORMS: WordSet = WordSet::new(&[
    "Co.", "Co", "Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "Limited", "PLC", "Plc", "plc",
    "LLC", "AG", "SA", "S.A.", "SE", "NV", "N.V.", "GmbH", "SpA", "S.p.A.", "Oyj", "ASA", "AB",
    "Bhd", "Berhad", "Sdn", "Pte", "Tbk",
]);

/// Heads of bodies that members form, whose names may list several trades ("Kenya Medical
/// Practitioners, Pharmacists and Dentists Union").
pub static MEMBERS_HEADS: WordSet = WordSet::new(&[
    "Union",
    "Association",
    "Federation",
    "Confederation",
    "Society",
    "Council",
    "Chamber",
    "Alliance",
]);

/// Those who live in a place, before "of" and its name ("residents of Chambishi").
pub const RESIDENT_NOUNS: &[&str] = &[
    "residents",
    "inhabitants",
    "villagers",
    "townspeople",
    "natives",
];

/// A company's legal form written before its name ("PT Vale Indonesia", "PJSC Gazprom Neft"),
/// as Indonesian and post-Soviet companies register it.
pub static LEGAL_PREFIXES: WordSet =
    WordSet::new(&["PT", "PJSC", "JSC", "OJSC", "PAO", "OAO", "ZAO"]);

/// Nouns that say a name in apposition is a person's ("Aliko Dangote, Africa's richest man,").
pub const PEOPLE_NOUNS: &[&str] = &[
    "man",
    "woman",
    "billionaire",
    "tycoon",
    "founder",
    "businessman",
    "businesswoman",
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "lawyer",
    "activist",
    "economist",
    "author",
    // Roles: "Li Chenggang, China's international trade representative,".
    "representative",
    "envoy",
    "negotiator",
    "ambassador",
    "adviser",
    "advisor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "minister",
    "diplomat",
];

/// Verbs after "X shares" that make X a listed company ("Ayala Land shares fell").
pub const SHARE_MOVES: &[&str] = &[
    "fell", "rose", "dropped", "jumped", "gained", "slid", "climbed", "tumbled", "slumped",
    "surged", "sank", "soared", "plunged", "rallied", "closed", "ended", "were",
];

/// People whose employer follows "at" ("economists at ANZ").
pub const WORKS_AT: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "strategist",
    "strategists",
    "researchers",
    "traders",
    "bankers",
];

/// Roles held within an organization or team, written between its name and a person's
/// ("Nvidia Chief Executive Jensen Huang", "Villa manager Unai Emery"): the unknown name before
/// them is the employer. Lower case; "chief" takes the word after it ("chief executive").
pub static MEMBER_ROLES: WordSet = WordSet::new(&[
    "ceo",
    "cfo",
    "coo",
    "chairman",
    "chairwoman",
    "chairperson",
    "founder",
    "co-founder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "manager",
    "coach",
    "boss",
    "director",
    "executive",
    "economist",
    "analyst",
    "strategist",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "captain",
    "winger",
    "driver",
    "teammate",
]);

/// Lower-case nouns for things a name before them qualifies ("Tohoku Shinkansen services",
/// "Rooppur Nuclear plant"): that name is no person's.
pub static THINGS_NAMED: WordSet = WordSet::new(&[
    "services",
    "service",
    "line",
    "lines",
    "trains",
    "train",
    "railway",
    "route",
    "routes",
    "flights",
    "plant",
    "plants",
    "project",
    "field",
    "fields",
    "mine",
    "mines",
    "deposit",
    "port",
    "airport",
    "station",
    "bridge",
    "dam",
    "highway",
    "expressway",
    "reactor",
    "pipeline",
    "programme",
    "program",
    "scheme",
    "index",
    "brand",
    "model",
    "corridor",
    "terminal",
]);

/// Words that, with a head, name an organ of a body rather than a body ("Political Bureau",
/// "Standing Committee of ...").
pub static ORGAN_WORDS: WordSet =
    WordSet::new(&["Political", "Standing", "Executive", "Permanent"]);

/// Lower-case words for a country's subdivisions, after their names ("Niger state").
pub static PROVINCE_NOUNS: WordSet = WordSet::new(&[
    "state",
    "states",
    "province",
    "provinces",
    "region",
    "regions",
    "governorate",
    "governorates",
    "county",
    "counties",
    "district",
    "districts",
    "department",
    "departments",
]);

/// Groups a party or body is named as belonging to ("Republican People's Party", "Workers'
/// Party"): their possessive is part of the name.
pub static COLLECTIVE_OWNERS: WordSet = WordSet::new(&[
    "People", "Peoples", "Workers", "Farmers", "Peasants", "Women", "Citizens", "Nations",
    "Children", "Teachers", "Veterans", "Youth", "Patriots", "Soldiers",
]);

/// Words for owning part of a company, before "in" or "of" and its name ("shares in Woodside").
pub static STAKE_WORDS: WordSet = WordSet::new(&["shares", "stake", "stakes", "shareholding"]);

/// Words that open places sharing the rest of a name ("North and South Kivu").
pub static COMPASS_WORDS: WordSet = WordSet::new(&[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper",
    "Lower", "Central",
]);

/// Political leanings written capitalised before a role ("Democratic strategist James
/// Carville"): they name no body there.
pub static LEANINGS: WordSet = WordSet::new(&[
    "Democratic",
    "Democrat",
    "Republican",
    "Conservative",
    "Liberal",
    "Labour",
    "Labor",
    "Socialist",
    "Communist",
    "Green",
    "Tory",
    "Nationalist",
    "Independent",
]);

/// Words after "chief" that make a role in a company ("chief executive", "chief economist").
pub static CHIEF_OF: WordSet = WordSet::new(&[
    "executive",
    "financial",
    "operating",
    "economist",
    "technology",
    "scientist",
    "strategist",
]);

/// Words for a company that describe people too ("film producer Jane Roe"): a full name after
/// them is a person's. After the others ("rail operator Deutsche Bahn") it is the company's.
pub const NOUNS_FOR_PEOPLE_TOO: &[&str] = &[
    "producer", "maker", "supplier", "exporter", "buyer", "builder", "trader",
];

/// Feature heads that end a name but would wrongly start one: "Grampians National Park" is a
/// place, "Park Sang-woo" a person.
pub static TRAILING_FEATURE_HEADS: WordSet = WordSet::new(&["Park", "Forest", "Hills", "Woods"]);

/// Lower-case words for a body that follow its acronym ("the CGT union").
pub static BODY_NOUNS: WordSet = WordSet::new(&[
    "union",
    // "the CAPSAT unit".
    "unit",
    "party",
    "group",
    "agency",
    "alliance",
    "coalition",
    "movement",
    "militia",
    "company",
    "bank",
    "network",
    "broadcaster",
    "airline",
    "carrier",
    "operator",
    "regulator",
    "ministry",
    // "a Gallup Korea poll": a pollster.
    "poll",
    "survey",
    // "the Medián institute", "the Equilibra consultancy".
    "institute",
    "consultancy",
]);

/// Cities that stand for the international bodies seated there, and the bodies (as parts of
/// organization names) whose mention makes the city mean them.
pub const SEATS: &[(&str, &[&str])] = &[
    (
        "Brussels",
        &["European", "North Atlantic Treaty Organization"],
    ),
    ("Strasbourg", &["European", "Council of Europe"]),
    ("Luxembourg", &["European Court"]),
    (
        "Geneva",
        &[
            "United Nations",
            "World Health Organization",
            "World Trade Organization",
            "Red Cross",
        ],
    ),
    (
        "The Hague",
        &[
            "International Criminal Court",
            "International Court of Justice",
        ],
    ),
    (
        "Vienna",
        &[
            "International Atomic Energy Agency",
            "Petroleum Exporting Countries",
        ],
    ),
];

/// Words after which a capitalised phrase is a place.
pub const LOCATIVES: &[&str] = &[
    "in", "near", "outside", "across", "around", "at", "from", "into", "toward", "towards",
];

/// Verbs of going, after which "to" introduces a place ("flew to Sibolga").
pub static MOTION_VERBS: WordSet = WordSet::new(&[
    "fly",
    "flee",
    "travel",
    "return",
    "move",
    "relocate",
    "evacuated",
    "deployed",
    "airlifted",
    "flew",
    "travelled",
    "traveled",
    "went",
    "headed",
    "returned",
    "fled",
    "sailed",
    "drove",
    "rushed",
    "moved",
    "relocated",
    "evacuated",
    "marched",
    "walked",
    "deported",
    "transferred",
    "airlifted",
    "trip",
    "visit",
    "flights",
]);

/// Continent-scale words: not locations, not countries.
pub const CONTINENTS: &[&str] = &[
    "Asia",
    "Africa",
    "Europe",
    "America",
    "Americas",
    "Oceania",
    "Latin America",
    "South America",
    "North America",
    "Asian",
    "African",
    "European",
    "Latin American",
    "South American",
    "North American",
    "Asians",
    "Africans",
    "Europeans",
    "Latin Americans",
    "South Americans",
    "North Americans",
];

/// Words that never belong to a person's name: directions (which open place names, "North
/// Kivu"), and the nouns of events, agreements and phenomena ("Great Green Wall", "Five-Point
/// Consensus", "Hurricane Beryl").
pub static NOT_NAME_WORDS: WordSet = WordSet::new(&[
    // "Ukraine's General Staff": a rank's word before it makes no person.
    "Staff",
    "Electric",
    // A party's members, never one person: "the Social Democrats".
    "Democrats",
    "Republicans",
    "Socialists",
    "Conservatives",
    "Liberals",
    "Greens",
    // A party's leaning is no one's name ("the Christian Democratic Appeal").
    "Democratic",
    "Republican",
    "Socialist",
    "Communist",
    "Nationalist",
    "Conservative",
    "Liberal",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "New",
    "Agreement",
    "Consensus",
    "Summit",
    "Conference",
    "Initiative",
    "Treaty",
    "Pact",
    "Accord",
    "Framework",
    "Plan",
    "Declaration",
    "Convention",
    "Protocol",
    "Strategy",
    "Wall",
    "Hurricane",
    "Storm",
    "Typhoon",
    "Cyclone",
    "Festival",
    "Games",
    "Cup",
    "Prize",
    "Award",
    "War",
    "Act",
    "Law",
    "Project",
    "Jurisdiction",
    "Day",
    "Week",
    "Year",
    "Season",
    "Olympics",
    "Expo",
    "Road",
    "Belt",
    "Goods",
    "Services",
    "Economy",
    "Digital",
    "National",
    "International",
    "Global",
    "Regional",
    "World",
    "Global",
    "Climate",
    "Ocean",
    "Green",
    "Red",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Point",
]);

/// Nouns that make a neighbouring capitalised name a place: "the island of Tongatapu", "the port
/// of Aqaba", "the city's Mathare area", "the Pwani and Morogoro regions".
pub static GEO_NOUNS: WordSet = WordSet::new(&[
    "island",
    "islands",
    "port",
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "department",
    "province",
    "provinces",
    "region",
    "regions",
    "state",
    "district",
    "districts",
    "county",
    "counties",
    "capital",
    "municipality",
    "area",
    "areas",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "settlement",
    "camp",
    "coast",
    "valley",
    "basin",
    "prefecture",
    "governorate",
    "crossing",
    "border",
    "site",
    "temple",
    "wetlands",
    "strait",
    "peninsula",
    "desert",
    "plateau",
    "archipelago",
    "field",
    "formation",
    "square",
    "mine",
    "deposit",
    "mines",
    // "the Muruntau pit".
    "pit",
    // "from Noi Bai and Tan Son Nhat airports".
    "airport",
    "airports",
    "stadium",
    // "held at the Barbadillo prison", "the industrial belt of Ashulia".
    "prison",
    "jail",
    "belt",
    "heartland",
    "enclave",
    // "the Madeira and Tapajos rivers".
    "river",
    "rivers",
    "lakes",
]);

/// Nouns of events and agreements: a place inside such a name is not a place ("East Asia
/// Summit"), and a run containing one is neither a person nor a place.
pub static EVENT_WORDS: WordSet = WordSet::new(&[
    "Prix",
    "Classic",
    "Championship",
    "Championships",
    "Open",
    "Summit",
    "Summits",
    "Conference",
    "Games",
    "Agreement",
    "Initiative",
    "Accord",
    "Accords",
    "Treaty",
    "Declaration",
    "Convention",
    "Protocol",
    "Consensus",
    "Framework",
    "Pact",
    "Festival",
    "Championship",
    "Cup",
    "Olympics",
    "Expo",
    "Dialogue",
    "Talks",
    // "Jakarta Composite Index": a market measure, neither a person nor a place.
    "Index",
    "Average",
    "Constitution",
    "Plan",
    "Strategy",
    "Policy",
    "Roadmap",
    "Blueprint",
    "Project",
    "Act",
    "Hurricane",
    "Typhoon",
    "Cyclone",
    "Storm",
]);

#[cfg(test)]
mod tests {
    use super::*;

    const LISTS: &[&WordSet] = &[
        &ORG_HEADS,
        &FUNCTION_WORDS,
        &FEATURE_HEADS,
        &LEGAL_FORMS,
        &GEO_NOUNS,
        &NOT_NAME_WORDS,
        &EVENT_WORDS,
        &ORGAN_WORDS,
    ];

    #[test]
    fn every_entry_is_found_and_words_the_filter_lets_through_are_still_compared() {
        for list in LISTS {
            for w in list.words() {
                assert!(list.contains(w), "{w}");
                // Same first byte, last byte and length, so the filter passes it: only the set
                // can say no.
                if w.len() >= 3 && w.is_ascii() {
                    let mut other = w.as_bytes().to_vec();
                    other[1] = if other[1] == b'#' { b'%' } else { b'#' };
                    let other = String::from_utf8(other).unwrap();
                    assert!(!list.contains(&other), "{other}");
                }
            }
            for w in ["", "x", "officials", "Zzyzx", "Ñandú"] {
                assert_eq!(list.contains(w), list.words().contains(&w), "{w}");
            }
        }
        assert!(ORG_HEADS.contains("Ministry") && !ORG_HEADS.contains("ministry"));
    }
}
