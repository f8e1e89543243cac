//! Rules for people's names: where a name ends, what cues it, and the later mentions that
//! shorten it (a surname alone, a known spelling).

use super::*;

/// Whether a title starts at token `j` ("Trade Minister", "Secretary Julius Ogamba"), not
/// merely a word that can start one ("Greater Vancouver Board of Trade said").
pub(super) fn title_at(toks: &[Token<'_>], j: usize) -> bool {
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
    // "Tan Son Nhat": a word that opens only longer titles ("Tan Sri") needs one of them too,
    // unless it goes on a title before it ("President Director Febriany Eddy").
    let after_title = j > 0 && toks[j].joined_to_prev && toks[j - 1].cap;
    let longer_only = || !after_title && !toks[j].senses.contains(&Sense::Title);
    let before_name = !opens_only_whole
        && toks
            .get(j + 1)
            .is_some_and(|n| n.cap && n.joined_to_prev && n.name_word)
        && !longer_only();
    let title = before_name
        || longest_match_at(toks, j).is_some_and(|(_, senses)| senses.contains(&Sense::Title));
    title && !names_a_body()
}

/// Capitalised words that are never part of a person's name, in one set: this is asked of every
/// capitalised word of every article.
pub(super) static NEVER_IN_NAMES: LazyLock<FilteredSet<&'static str, 32>> = LazyLock::new(|| {
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

pub(super) fn name_word(t: &Token<'_>) -> bool {
    (t.cap || arabic_article(t.text))
        && !t.stopword
        && !t.opens_title
        && !NEVER_IN_NAMES.contains(t.text)
        && !t.senses.iter().any(|s| matches!(s, Sense::Demonym(_)))
        && compound_country(t.text).is_none()
        && t.text.chars().any(char::is_alphabetic)
        && !t.text.bytes().any(|b| b.is_ascii_digit())
        && (!lexicon::is_acronym(t.text) || dotted_initials(t))
}

/// A person's initials ("D.N.", "T.R.B."): capitals each followed by a dot, which no lexicon
/// entry claims ("U.S." is a country's).
pub(super) fn dotted_initials(t: &Token<'_>) -> bool {
    t.senses.is_empty()
        && t.text.len() >= 4
        && t.text.strip_suffix('.').is_some_and(tokens::initials)
}

/// A lower-case Arabic article joined to a name ("al-Sudani", "el-Sissi"): part of the name.
pub(super) fn arabic_article(word: &str) -> bool {
    word.starts_with("al-") || word.starts_with("el-")
}

/// The one name the candidates come to, however often; none when none or several.
pub(super) fn sole<'n>(mut candidates: impl Iterator<Item = &'n &'n str>) -> Option<String> {
    let first = candidates.next()?;
    candidates.all(|o| o == first).then(|| (*first).to_owned())
}

/// The one longer name among `names` that holds `name`'s words in a row ("Abang Johari" in
/// "Abang Johari Openg") or its first and last ("Salman Agha"); none when no name or several do
/// ("Kim" with "Kim Jong Un" and "Kim Yo Jong").
pub(super) fn fuller_name(names: &[&str], name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    sole(names.iter().filter(|other| {
        // Only a longer name can be fuller; most are not, and are not split.
        if other.len() <= name.len() {
            return false;
        }
        let others: Vec<&str> = other.split(' ').collect();
        // "Salman Agha" for "Salman Ali Agha": a middle name left out.
        let middle_left_out = words.len() == 2
            && others.len() > 2
            && others.first() == words.first()
            && others.last() == words.last();
        middle_left_out || others.windows(words.len()).any(|w| w == words.as_slice())
    }))
}

/// Whether `word` is one of the words of `name`, split at spaces and hyphens, in any case.
// Asked of every capitalised word for every person found; bytes split faster than characters,
// and neither mark is part of a longer character.
fn has_name_word(name: &str, word: &str) -> bool {
    name.as_bytes()
        .split(|&b| b == b' ' || b == b'-')
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Whether `word` is one of the words of a person's name found so far.
pub(super) fn person_word(doc: &Doc, word: &str) -> bool {
    doc.persons().any(|p| has_name_word(&p.name, word))
}

/// A mention at `i` of a person already found: the name's last words ("Van der Linden"), its first
/// word (Korean and Chinese family names: "Kim"), or the whole name. The most recent person wins.
/// Not when the words there continue into a longer, different name ("Kim Jong Un").
pub(super) fn known_person(doc: &Doc, toks: &[Token<'_>], i: usize) -> Option<(String, usize)> {
    // Most capitalised words are no part of anyone's name here: answer those cheaply.
    if !doc.persons().any(|p| has_name_word(&p.name, toks[i].text)) {
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

/// A person's canonical name from its words: initials take periods and run together
/// ("D N Dhungyel" → "D.N. Dhungyel", "S Jaishankar" → "S. Jaishankar").
pub(super) fn person_name(text: &str, words: &[Token<'_>]) -> String {
    let is_initial = |w: &str| {
        let mut letters = 0;
        w.len() <= 4
            && w.chars().filter(|c| c.is_alphabetic()).all(|c| {
                letters += 1;
                c.is_uppercase()
            })
            && (1..=2).contains(&letters)
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
pub(super) fn saint_named<'t>(toks: &[Token<'t>], i: usize) -> Option<(usize, &'t str)> {
    if !matches!(toks[i].text, "St." | "St" | "Saint" | "Ste.") {
        return None;
    }
    let owner = (i + 1..(i + 4).min(toks.len()))
        .take_while(|&k| toks[k].joined_to_prev && toks[k].cap)
        .find(|&k| toks[k].possessive)?;
    let end = cap_run(toks, owner + 1, &JOINERS);
    if end <= owner + 1 || !toks[owner + 1].joined_to_prev {
        return None;
    }
    let head = toks[end - 1].text;
    (ORG_HEADS.contains(head) || FEATURE_HEADS.contains(head)).then_some((end, head))
}

/// Where the family name after a quoted nickname starts and ends, when the word at `i` is a given
/// name followed by one: 'Joaquín "El Chapo" Guzmán'.
#[inline(never)]
pub(super) fn nicknamed(text: &str, toks: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
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
pub(super) fn person_name_end(toks: &[Token<'_>], i: usize) -> Option<usize> {
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
pub(super) fn single_sense_blocks_name(t: &Token<'_>) -> bool {
    t.senses.iter().any(|s| {
        matches!(
            s,
            Sense::Country(_) | Sense::Demonym(_) | Sense::Org(_) | Sense::Region(_)
        )
    })
}

/// Words around tokens `i..end` that say they are a person's name.
pub(super) fn person_cued(text: &str, toks: &[Token<'_>], i: usize, end: usize) -> bool {
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
pub(super) fn lower_title_end(toks: &[Token<'_>], i: usize) -> Option<usize> {
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
pub(super) fn surname_of(persons: &[&str], surname: &str) -> Option<String> {
    sole(
        persons
            .iter()
            .filter(|p| p.len() > surname.len() && p.ends_with(surname))
            .filter(|p| p[..p.len() - surname.len()].ends_with(' ')),
    )
}

/// Every capitalised word of a would-be name is a common English word ("Civil Defence").
pub(super) fn all_english(words: &[Token<'_>]) -> bool {
    let lex = Lexicon::global();
    let mut caps = words.iter().filter(|w| w.cap).peekable();
    caps.peek().is_some() && caps.all(|w| lex.is_english_word(w.text))
}

/// The last word of the name ending at token `end` comes back later on its own, as a surname
/// does.
pub(super) fn surname_recurs(toks: &[Token<'_>], end: usize) -> bool {
    let last = toks[end - 1].text;
    (end + 1..toks.len()).any(|k| {
        toks[k].text.trim_end_matches("'s") == last
            && !(toks[k - 1].cap && toks[k].joined_to_prev)
            && toks.get(k + 1).is_none_or(|n| !n.cap || !n.joined_to_prev)
    })
}

/// "mayor of Medellín Daniel Quintero": the words at `i` follow a title and "of", so a place
/// there belongs to the title and the person's name comes after it.
pub(super) fn title_of(toks: &[Token<'_>], i: usize) -> bool {
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
pub(super) fn looks_like_full_name(toks: &[Token<'_>]) -> bool {
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

/// Where the name before the bracketed acronym at `k` starts when the acronym is made of the
/// first letters of each word rather than its initial alone ("Elections Cameroon (ELECAM)",
/// "Petroliam Nasional (PETRONAS)"): two to four capitalised words, each giving at least one.
pub(super) fn syllabic_name_start(toks: &[Token<'_>], k: usize) -> Option<usize> {
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
pub(super) fn translated_name_start(
    toks: &[Token<'_>],
    k: usize,
    letters: &[char],
) -> Option<usize> {
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
