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

/// Asserts that every wanted name is among those found.
fn includes(got: &[String], want: &[&str]) {
    for w in want {
        assert!(got.iter().any(|g| g == w), "{w} in {got:?}");
    }
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
    includes(&orgs, &["DNO", "TNZ Apparels", "NNPC Ltd."]);
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
    includes(
        &orgs,
        &[
            "Alliance Fleuve Congo",
            "Amnesty International Kenya",
            "Association of Banks in Lebanon",
            "Medián",
        ],
    );
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
    includes(&places, &["Madeira", "Tapajos", "Amazon"]);
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
    includes(
        &places,
        &[
            "Tavan Tolgoi",
            "Oyu Tolgoi",
            "London Gatwick",
            "Kreuztal-Eichen",
        ],
    );
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
    includes(
        &orgs,
        &[
            "PT Vale Indonesia",
            "PKP Polskie Linie Kolejowe",
            "Budimex",
            "Olam Agri",
            "Barry Callebaut",
        ],
    );
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
    includes(
        &orgs,
        &[
            "Fiji Hotel and Tourism Association",
            "Kenya Medical Practitioners, Pharmacists and Dentists Union",
        ],
    );
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
    includes(
        &places,
        &[
            "Blue Mountains",
            "Chambishi",
            "Kafue River",
            "Gashuunsukhait",
            "Ganqimaodu",
        ],
    );
    assert!(!places.contains(&"Kafue".to_owned()), "{places:?}");
    assert_eq!(codes(&e), ["CN", "JM"]);
}

#[test]
fn passes_airports_named_in_pairs_and_words_opening_only_longer_titles() {
    let e = enrich(
        "",
        "The road to the Khunjerab Pass closed. Flights left Noi Bai and Tan Son Nhat airports. \
         Tan Sri Muhyiddin Yassin and Lip-Bu Tan spoke.",
    );
    assert_eq!(
        names(&e, EntityType::Location),
        ["Khunjerab Pass", "Noi Bai", "Tan Son Nhat"]
    );
    assert_eq!(
        names(&e, EntityType::Person),
        ["Lip-Bu Tan", "Muhyiddin Yassin"]
    );
}

#[test]
fn firms_by_trade_and_base_units_behind_an_owner_and_lists_after_a_head() {
    let e = enrich(
        "",
        "The mine, run by McEwen Copper, grew after Bengaluru-based Skyroot Aerospace bought \
         Rio Tinto's Nuton unit. The environmental group WWF Spain and Japan Agricultural \
         Cooperatives objected, as did producers including Southern Copper and Buenaventura. \
         Modi's BJP party won.",
    );
    let orgs = names(&e, EntityType::Organization);
    includes(
        &orgs,
        &[
            "McEwen Copper",
            "Skyroot Aerospace",
            "Rio Tinto",
            "Nuton",
            "WWF Spain",
            "Japan Agricultural Cooperatives",
            "Southern Copper",
            "Buenaventura",
            "Bharatiya Janata Party",
        ],
    );
    assert!(names(&e, EntityType::Person).is_empty(), "{:?}", e.entities);
    assert_eq!(names(&e, EntityType::Location), ["Bengaluru"]);
}

#[test]
fn places_on_a_feature_grades_of_crude_works_and_lists_opened_by_a_known_company() {
    let e = enrich(
        "",
        "The government, based in Port Sudan on the Red Sea, spoke. Output at Kazakhstan's \
         giant Tengiz field fell, tightening supplies of CPC Blend crude bound for the Russian \
         Black Sea port of Novorossiysk. Shipping lines including Maersk and Hapag-Lloyd \
         avoided the Scunthorpe plant.",
    );
    let places = names(&e, EntityType::Location);
    includes(
        &places,
        &[
            "Port Sudan",
            "Red Sea",
            "Tengiz",
            "Black Sea",
            "Novorossiysk",
            "Scunthorpe",
        ],
    );
    let orgs = names(&e, EntityType::Organization);
    assert_eq!(orgs, ["A.P. Moller-Maersk", "Hapag-Lloyd"]);
    assert!(names(&e, EntityType::Person).is_empty(), "{:?}", e.entities);
}

#[test]
fn a_demonym_in_a_list_after_from_is_a_country_and_a_language_closing_a_clause_is_none() {
    let e = enrich(
        "",
        "Parts came from Chinese and Japanese firms. He answered in Spanish. She spoke in \
         Arabic, saying so.",
    );
    assert_eq!(codes(&e), ["CN", "JP"]);
    assert!(names(&e, EntityType::Location)
        .iter()
        .all(|n| n != "Arabic" && n != "Spain"));
}

#[test]
fn joiners_are_lower_case_words() {
    // `cap_run` skips asking the joiner list about capitalised words.
    assert!(JOINERS
        .words()
        .iter()
        .all(|j| !j.is_empty() && !j.starts_with(char::is_uppercase)));
}
