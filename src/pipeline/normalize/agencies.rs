//! News agencies we recognise as the credited source of a story, and the end-of-copy tags some of
//! them append. Curated for this project; spellings as the agencies style themselves.

/// (canonical name, spellings seen in credits, lower case).
const AGENCIES: &[(&str, &[&str])] = &[
    ("Yonhap", &["yonhap", "yonhap news agency", "yna"]),
    ("AP", &["ap", "associated press", "the associated press"]),
    ("Reuters", &["reuters", "thomson reuters"]),
    (
        "AFP",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    ("Xinhua", &["xinhua", "xinhua news agency"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Bernama", &["bernama"]),
    ("PTI", &["pti", "press trust of india"]),
    ("Anadolu", &["anadolu", "anadolu agency", "aa"]),
    ("EFE", &["efe", "agencia efe"]),
    ("dpa", &["dpa", "deutsche presse-agentur"]),
    ("ANI", &["ani", "asian news international"]),
    ("IANS", &["ians"]),
    ("UPI", &["upi", "united press international"]),
    ("ANSA", &["ansa"]),
    ("TASS", &["tass"]),
    ("Antara", &["antara"]),
    ("PNA", &["pna", "philippine news agency"]),
    ("Jiji", &["jiji", "jiji press"]),
    ("KCNA", &["kcna"]),
    ("Vietnam News Agency", &["vna", "vietnam news agency"]),
    ("AAP", &["aap", "australian associated press"]),
    // Short credits that are also common abbreviations ("PAP", "CP", "MAP", "TAP") are left out:
    // a dateline credits them anyway (`dateline::unlisted_agency`), and listed, they would be
    // cut from the end of any story that closes on such an abbreviation in brackets.
    ("Polish Press Agency", &["polish press agency"]),
    ("Maghreb Arabe Presse", &["maghreb arabe presse"]),
    (
        "The Canadian Press",
        &["the canadian press", "canadian press"],
    ),
    ("BSS", &["bss", "bangladesh sangbad sangstha"]),
    (
        "Associated Press of Pakistan",
        &["associated press of pakistan"],
    ),
    ("Saudi Press Agency", &["saudi press agency"]),
    ("WAM", &["wam", "emirates news agency"]),
    ("QNA", &["qna", "qatar news agency"]),
    ("KUNA", &["kuna", "kuwait news agency"]),
    ("IRNA", &["irna", "islamic republic news agency"]),
    ("News Agency of Nigeria", &["news agency of nigeria"]),
    ("Kenya News Agency", &["kenya news agency"]),
    ("Interfax", &["interfax"]),
    ("RIA Novosti", &["ria novosti"]),
    ("Ukrinform", &["ukrinform"]),
    ("Belga", &["belga"]),
    ("CTK", &["ctk"]),
    ("MTI", &["mti"]),
    ("Agerpres", &["agerpres"]),
    ("HINA", &["hina"]),
    ("Tanjug", &["tanjug"]),
    ("Lusa", &["lusa"]),
    ("Europa Press", &["europa press"]),
    ("Prensa Latina", &["prensa latina"]),
    ("Andina", &["andina"]),
    ("Agencia Brasil", &["agencia brasil"]),
    ("Ritzau", &["ritzau"]),
];

/// National agencies and their countries. Their style qualifies foreign officials ("Lao Prime
/// Minister ...") and leaves their own unqualified ("Prime Minister Anwar Ibrahim").
const HOME_COUNTRIES: &[(&str, &str, bool)] = &[
    // (agency, country, the convention holds abroad too)
    ("Yonhap", "KR", true),
    ("Xinhua", "CN", true),
    ("Kyodo", "JP", true),
    ("Jiji", "JP", true),
    ("Bernama", "MY", true),
    ("Antara", "ID", true),
    ("PNA", "PH", true),
    ("KCNA", "KP", true),
    ("Vietnam News Agency", "VN", true),
    ("PTI", "IN", true),
    ("ANI", "IN", true),
    ("IANS", "IN", true),
    ("Anadolu", "TR", false),
    ("EFE", "ES", false),
    ("dpa", "DE", false),
    ("ANSA", "IT", false),
    ("TASS", "RU", false),
    ("AAP", "AU", false),
];

/// The country an unqualified title ("Foreign Minister Cho Tae-yul") belongs to in `agency`'s
/// copy datelined in `dateline_country`: the agency's own, for national agencies whose style
/// says so. International agencies (AP, Reuters, AFP, UPI) imply nothing.
pub fn home_country(agency: &str, dateline_country: Option<&str>) -> Option<&'static str> {
    HOME_COUNTRIES
        .iter()
        .find(|(name, _, _)| *name == agency)
        .filter(|(_, home, abroad)| *abroad || dateline_country.is_none_or(|d| d == *home))
        .map(|(_, home, _)| *home)
}

/// The canonical agency for a credit string ("Associated Press" → "AP"), if it is one.
pub fn canonical(credit: &str) -> Option<&'static str> {
    let c = credit
        .trim()
        .trim_matches(|ch: char| !ch.is_alphanumeric())
        .to_lowercase();
    AGENCIES
        .iter()
        .find(|(_, names)| names.contains(&c.as_str()))
        .map(|(name, _)| *name)
}

/// An end-of-copy marker and the agency it identifies: "(END)" (Yonhap), "Enditem" (Xinhua),
/// "==Kyodo", "-- BERNAMA". `None` agency means the marker is shared by several agencies.
pub fn end_marker(s: &str) -> Option<Option<&'static str>> {
    let t = s.trim();
    let lower = t.to_lowercase();
    match lower.as_str() {
        "(end)" => return Some(Some("Yonhap")),
        "enditem" | "end item" => return Some(Some("Xinhua")),
        "(ends)" | "ends" | "-30-" | "###" => return Some(None),
        _ => {}
    }
    for prefix in ["==", "--", "- ", "—"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            if let Some(a) = canonical(rest) {
                return Some(Some(a));
            }
        }
    }
    None
}

/// A desk code line that closes wire copy: "PTI ACB RHL", "EFE rrt/mcd", "bur-amd/lp/sst",
/// "lt/mc", "dpa:240523-99-128846". Returns the agency when the code names one.
pub fn desk_code(s: &str) -> Option<Option<&'static str>> {
    let t = s.trim();
    if t.is_empty() || t.len() > 60 || t.ends_with('.') {
        return None;
    }
    if let Some(rest) = t.strip_prefix("dpa:") {
        return (!rest.contains(' ')).then_some(Some("dpa"));
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    if tokens.len() > 5 {
        return None;
    }
    let agency = canonical(tokens[0]);
    let codes = if agency.is_some() {
        &tokens[1..]
    } else {
        &tokens[..]
    };
    if codes.is_empty() {
        return None;
    }
    let is_code = |tok: &&str| {
        let letters_only = tok.chars().all(|c| c.is_ascii_alphabetic());
        let slashed = tok.contains('/')
            && tok
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-');
        (letters_only && tok.len() <= 4 && tok.chars().all(|c| c.is_ascii_uppercase())) || slashed
    };
    // All-caps initials alone ("AP") could be a sentence fragment; demand an agency or a slash.
    let all_codes = codes.iter().all(is_code);
    (all_codes && (agency.is_some() || codes.iter().any(|c| c.contains('/')))).then_some(agency)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_countries_of_national_agencies() {
        assert_eq!(home_country("Yonhap", Some("US")), Some("KR"));
        assert_eq!(home_country("EFE", Some("ES")), Some("ES"));
        assert_eq!(home_country("EFE", Some("BR")), None);
        assert_eq!(home_country("AP", Some("US")), None);
    }

    #[test]
    fn credits_map_to_canonical_names() {
        assert_eq!(canonical("The Associated Press"), Some("AP"));
        assert_eq!(canonical("(Yonhap)"), Some("Yonhap"));
        assert_eq!(canonical("Seoul"), None);
    }

    #[test]
    fn end_markers_and_desk_codes() {
        assert_eq!(end_marker("==Kyodo"), Some(Some("Kyodo")));
        assert_eq!(end_marker("-- BERNAMA"), Some(Some("Bernama")));
        assert_eq!(end_marker("Thanks for reading"), None);
        assert_eq!(desk_code("PTI XYZ QRS"), Some(Some("PTI")));
        assert_eq!(desk_code("EFE abc/def"), Some(Some("EFE")));
        assert_eq!(desk_code("mk/ab"), Some(None));
        assert_eq!(desk_code("dpa:250101-99-000001"), Some(Some("dpa")));
        assert_eq!(desk_code("The talks ended."), None);
        assert_eq!(desk_code("NATO"), None);
    }
}
