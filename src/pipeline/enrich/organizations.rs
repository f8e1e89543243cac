//! Rules for organizations: heads and fields that close a body's name, words for a company
//! before or in apposition to it, acronym definitions and the short names a body goes by.

use super::*;

/// The end of the name `i..end` taken on past "and" and one more field when it names fields
/// after "of" ("Korea Chamber of Commerce and Industry"). Elsewhere "and" parts two names.
pub(super) fn and_field(text: &str, toks: &[Token<'_>], i: usize, end: usize) -> usize {
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
pub(super) fn in_country(toks: &[Token<'_>], i: usize, end: usize) -> usize {
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

/// The end of capitalised words of no known sense after a known name ending at `end`, joined by
/// spaces or " & ", when the last is an organization's head.
#[inline(never)]
pub(super) fn longer_body(text: &str, toks: &[Token<'_>], end: usize) -> Option<usize> {
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
pub(super) fn national_branch(
    toks: &[Token<'_>],
    i: usize,
    end: usize,
    senses: &[Sense],
) -> Option<usize> {
    let country = toks.get(end).is_some_and(|c| {
        c.joined_to_prev && !c.possessive && c.senses.iter().any(|s| matches!(s, Sense::Country(_)))
    });
    let company = first_org(senses).is_some_and(|n| {
        n.rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "Group" | "Holdings") || LEGAL_FORMS.contains(w))
    });
    // "environmental group WWF Spain": a word for a body before the acronym says so too.
    let introduced = i > 0 && is_company_noun(toks[i - 1].text);
    let spelled = end > i + 1 || !lexicon::is_acronym(toks[i].text) || company || introduced;
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
pub(super) fn team_after_city(toks: &[Token<'_>], end: usize) -> Option<usize> {
    let run = cap_run(toks, end, &NO_JOINERS);
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

/// The party a lone capitalised word at `i` stands for: "Labour", "the Conservatives", "the
/// Tories". Not inside a longer name ("Labour Day", "Ministry of Labour"), and at a sentence's
/// start only before a verb or a member's noun, since "Labour shortages" is the common word.
pub(super) fn party_by_short_name(toks: &[Token<'_>], i: usize) -> Option<&'static str> {
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
pub(super) fn camel_case(word: &str) -> bool {
    const PREFIXES: [&str; 12] = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "Ja",
    ];
    let b = word.as_bytes();
    let inner = (1..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase());
    inner.is_some_and(|k| b.iter().all(u8::is_ascii_alphabetic) && !PREFIXES.contains(&&word[..k]))
}

/// A capitalised leaning that names no body by itself: "Peronist", "Kirchnerist", the words of
/// [`LEANINGS`].
pub(super) fn leaning_word(t: &Token<'_>) -> bool {
    t.senses.is_empty() && (LEANINGS.contains(t.text) || t.text.ends_with("ist") && t.cap)
}

pub(super) fn designation(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()))
}

/// "Siemens Gamesa", "Hyundai Rotem": a known company's name and one more name word that is no
/// English word, place or title names a unit of the group. After an article or a possessive
/// it is a product instead ("the Toyota Prius", "its Kia Sorento"), which is no body.
pub(super) fn subsidiary(toks: &[Token<'_>], i: usize, end: usize, title: bool) -> Option<usize> {
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
pub(super) fn portfolio_before_title(toks: &[Token<'_>], end: usize) -> bool {
    FUNCTION_WORDS.contains(toks[end - 1].text)
        && toks.get(end).is_some_and(|n| {
            n.joined_to_prev && matches!(n.text, "Commissioner" | "Minister" | "Secretary")
        })
}

/// Where a role held in a body that starts at token `j` ends ("CEO", "Chief Executive",
/// "manager"), or `None`.
pub(super) fn member_role_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
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

pub(super) fn first_org(senses: &[Sense]) -> Option<String> {
    let lex = Lexicon::global();
    senses.iter().find_map(|s| match s {
        Sense::Org(x) => Some(lex.orgs[*x].to_owned()),
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
pub(super) fn home_body(name: &str, home: Option<&Country>) -> Option<String> {
    let home = home?;
    let short = !name.contains(" of ") && (2..=4).contains(&name.split(' ').count());
    if !short {
        return None;
    }
    // Most names open no curated "... of" body at all: one lookup says so for every country.
    let mut key = String::with_capacity(name.len() + 3);
    for t in tokenize(name) {
        lexicon::push_key_word(&mut key, t.text);
    }
    lexicon::push_key_word(&mut key, "of");
    if !Lexicon::global().is_prefix(&key) {
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
pub(super) fn spelled_out_corp(name: String) -> String {
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

pub(super) fn fuller_org(orgs: &[&str], name: &str) -> Option<String> {
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
pub(super) fn initials_spell(full: &str, acronym: &str) -> bool {
    let mut letters = full
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    acronym.chars().all(|a| letters.next() == Some(a)) && letters.next().is_none()
}

/// The words of `other` after `name`, when `other` opens with `name`'s words.
pub(super) fn words_after<'o>(other: &'o str, name: &str) -> Option<std::str::Split<'o, char>> {
    Some(other.strip_prefix(name)?.strip_prefix(' ')?.split(' '))
}

/// The one organization among `orgs` whose name opens with `name`'s words: "Toyota Motor Corp"
/// for "Toyota".
pub(super) fn org_opened_by(orgs: &[&str], name: &str) -> Option<String> {
    sole(orgs.iter().filter(|other| {
        other
            .strip_prefix(name)
            .is_some_and(|rest| rest.starts_with(' '))
    }))
}

/// Whether the text at byte `at` goes on to give the name before it a short name: ", known as
/// ANM", " (Conagua)", ", or CNTE,".
pub(super) fn short_name_follows(text: &str, at: usize) -> bool {
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
pub(super) fn known_org_mention(doc: &Doc, written: &str) -> Option<String> {
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

/// An organization already found in this article whose name as written starts with `short`.
pub(super) fn known_org(doc: &Doc, short: &str) -> Option<String> {
    doc.hits
        .iter()
        .filter(|h| h.kind == Kind::Org)
        .find(|h| h.text.len() > short.len() && h.text.starts_with(short))
        .map(|h| h.name.clone())
}

/// The one organization already found in this article whose name as written ends with
/// `short`: "Madrid coach Xabi Alonso" after "Real Madrid" is that club. None when two would do
/// ("Real Madrid" and "Atletico Madrid").
pub(super) fn known_org_ending(doc: &Doc, short: &str) -> Option<String> {
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

/// Whether the name `written`, ending at byte `end`, is the short name of a market index by the
/// number that follows it ("S&P 500", "FTSE 100", "Nikkei 225"): an acronym or a name with an
/// ampersand. A maker's model number ("Boeing 737") is no index.
pub(super) fn market_index(written: &str, text: &str, end: usize) -> bool {
    let number = text[end..]
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_ascii_alphanumeric()).next())
        .is_some_and(|n| (2..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    number && (written.contains('&') || lexicon::is_acronym(written) || written == "Nikkei")
}

/// Every way a company noun is written before a name ("carmaker", "Carmaker", "CARMAKERS"),
/// and those of them that are plural: asked of nearly every word before a capitalised one.
struct CompanyNounForms {
    all: FilteredSet<String, 32>,
    plural: FilteredSet<String, 32>,
}

static COMPANY_NOUN_FORMS: LazyLock<CompanyNounForms> = LazyLock::new(|| {
    let mut forms: FxHashMap<String, bool> = FxHashMap::default();
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
    CompanyNounForms {
        plural: forms
            .iter()
            .filter(|(_, &plural)| plural)
            .map(|(form, _)| form.clone())
            .collect(),
        all: forms.into_keys().collect(),
    }
});

pub(super) fn is_company_noun(word: &str) -> bool {
    COMPANY_NOUN_FORMS.all.contains(word)
}

/// The next item of a list after token `end - 1`: the capitalised word after a comma, "and" or
/// ", and".
pub(super) fn list_item_after(text: &str, toks: &[Token<'_>], end: usize) -> Option<usize> {
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

/// The rest of a list of companies after the one ending at token `end - 1`: ", Y and Z", which
/// the item after "and" closes. The spans of the names.
pub(super) fn org_list_rest(text: &str, toks: &[Token<'_>], end: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut at = end;
    while let Some(next) = list_item_after(text, toks, at) {
        let item_end = cap_run(toks, next, &JOINERS);
        if item_end == next || blocks_unknown_name(&toks[next..item_end]) {
            break;
        }
        spans.push((next, item_end));
        at = item_end;
        if toks[next - 1].text == "and" {
            break;
        }
    }
    spans
}

/// The head noun of an appositive after token `end - 1`: ", Poland's largest fuel retailer," or
/// ", the world's biggest miner." gives "retailer" or "miner". It opens with "the", "a" or a
/// possessive and ends at the next comma or full stop, or before "that" or "which", within eight
/// words.
pub(super) fn appositive_head<'t>(text: &str, toks: &[Token<'t>], end: usize) -> Option<&'t str> {
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
pub(super) fn company_noun_before(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // "Bengaluru-based Skyroot Aerospace": where a firm is based, hyphened before its name.
    let based = i >= 2
        && matches!(toks[i - 1].text, "based" | "headquartered")
        && toks[i - 1].start == toks[i - 2].end + 1
        && toks[i - 2].cap;
    if based {
        return Some(i - 1);
    }
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
pub(super) fn plural_company_noun(word: &str) -> bool {
    COMPANY_NOUN_FORMS.plural.contains(word)
}

/// "the Viv Ansanm gang", "whose New Democracy party": the end of a name between an article or a
/// possessive and a word for a body, starting at `i`; or after a word for a body and "known as"
/// ("a faction known as Jamaat-ul-Ahrar").
#[inline(never)]
pub(super) fn named_before_body(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // "a faction known as Jamaat-ul-Ahrar": the name after a word for a body and "known as".
    let known_as = i >= 3
        && toks[i].joined_to_prev
        && toks[i - 1].text == "as"
        && toks[i - 2].text == "known"
        && BODY_AFTER_NAME.contains(toks[i - 3].text)
        // "the Japan Agricultural Cooperatives group, known as JA": a named body's short name.
        && (i < 4 || !toks[i - 4].cap || toks[i - 4].stopword);
    if known_as {
        let run = cap_run(toks, i, &NO_JOINERS);
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
        let run = cap_run(toks, i, &NO_JOINERS);
        let a_place = run == i + 1 && !toks[i].senses.is_empty();
        return (run <= i + 4 && !a_place).then_some(run);
    }
    // "Rio Tinto's Nuton unit": or an owner's possessive.
    let opened = i > 0
        && toks[i].joined_to_prev
        && (toks[i - 1].possessive
            || ["the", "whose", "his", "her", "its", "their"]
                .iter()
                .any(|w| toks[i - 1].text.eq_ignore_ascii_case(w)));
    if !opened {
        return None;
    }
    let run = cap_run(toks, i, &NO_JOINERS);
    let part_of_owner = |w: &str| {
        toks[i - 1].possessive
            && matches!(
                w,
                "unit" | "subsidiary" | "arm" | "affiliate" | "division" | "brand"
            )
    };
    let body_after = toks.get(run).is_some_and(|n| {
        n.joined_to_prev && (BODY_AFTER_NAME.contains(n.text) || part_of_owner(n.text))
    });
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
pub(super) fn cued_org(text: &str, toks: &[Token<'_>], i: usize) -> Option<usize> {
    let t = &toks[i];
    // "Korea Investment & Securities", "Procter & Gamble": capitalised names joined by an
    // ampersand are one company.
    let run = cap_run(toks, i, &NO_JOINERS);
    if let Some(next) = toks.get(run).filter(|n| n.cap && run > i) {
        if text[toks[run - 1].end..next.start].trim() == "&" {
            return Some(cap_run(toks, run, &NO_JOINERS));
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
        && toks[i + 1..run].iter().all(|w| {
            w.name_word && w.senses.is_empty() && !Lexicon::global().is_english_word(w.text)
        })
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
        let item_end = cap_run(toks, listed, &NO_JOINERS);
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
            let after_end = cap_run(toks, run + 1, &JOINERS);
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
        let run_end = cap_run(toks, i + 2, &JOINERS);
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
pub(super) fn pair_before_plural_body(
    toks: &[Token<'_>],
    i: usize,
) -> Option<(usize, usize, usize)> {
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
    let first_end = cap_run(toks, i, &NO_JOINERS);
    let and = toks
        .get(first_end)
        .filter(|a| a.text == "and" && a.joined_to_prev)?;
    let second = first_end + 1;
    let end = cap_run(toks, second, &NO_JOINERS);
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
pub(super) fn common_words_before_of(
    toks: &[Token<'_>],
    i: usize,
    run_end: usize,
) -> Option<usize> {
    let of_at = (i + 1..run_end).find(|&k| toks[k].text == "of")?;
    let plain = toks[i..of_at]
        .iter()
        .all(|t| t.senses.is_empty() && !org_head(t.text) && !FEATURE_HEADS.contains(t.text));
    (plain && org_by_head(toks, of_at + 1, run_end).is_some()).then_some(of_at)
}

/// In the name `i..end`, a known organization after "of (the)" that words of function alone
/// precede ("Political Bureau of the Communist Party of China"): its span and name.
pub(super) fn organ_of_known_body(
    toks: &[Token<'_>],
    i: usize,
    end: usize,
) -> Option<(usize, usize, String)> {
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
    let (to, senses) = longest_match_at(toks, from)?;
    Some((from, to, first_org(senses)?))
}

/// "Social Democratic Party (SPD)": the known body the acronym in brackets after `written` names,
/// when its name extends the one written ("Social Democratic Party of Germany"). "Pakistan
/// Tehreek-e-Insaf (PTI)" is not the Press Trust of India.
pub(super) fn extended_by_acronym(text: &str, end: usize, written: &str) -> Option<String> {
    let after = text[end..].strip_prefix(" (")?;
    let acronym = &after[..after.find(')')?];
    lexicon::is_acronym(acronym)
        .then(|| org_extending(acronym, written))
        .flatten()
}

/// The known body called `acronym` when its name extends `written`.
pub(super) fn org_extending(acronym: &str, written: &str) -> Option<String> {
    lookup_org(acronym).filter(|known| words_after(known, written).is_some())
}

/// The end of an organization named by a head noun within the run `i..run_end`, or `None`.
pub(super) fn org_by_head(toks: &[Token<'_>], i: usize, run_end: usize) -> Option<usize> {
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
    while end > i && JOINERS.contains(toks[end - 1].text) {
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

/// "U.S. Bureau of Reclamation" is the United States Bureau of Reclamation: an organization's
/// canonical name is its fullest official one, and the abbreviation is only how copy writes it.
pub(super) fn full_country_prefix(name: String) -> String {
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

pub(super) fn lookup_org(name: &str) -> Option<String> {
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

/// A name the article gives an acronym: its words are tokens `start..end`.
pub(super) struct Definition {
    pub(super) name: String,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// "Full Capitalised Name (ACRO)" definitions in this text: acronym → full name. The acronym's
/// letters must be the initials of the name's capitalised words, which keeps "(AP)" after a place
/// or "(2024)" from matching.
pub(super) fn acronym_definitions(text: &str, toks: &[Token<'_>]) -> FxHashMap<String, Definition> {
    let mut out = FxHashMap::default();
    // Only a word right after an opening bracket can be a defined acronym: most texts have few
    // brackets, and finding them is cheaper than asking every word.
    let after_brackets = memchr::memchr_iter(b'(', text.as_bytes()).filter_map(|at| {
        let k = toks.partition_point(|t| t.start <= at);
        toks.get(k).filter(|t| t.start == at + 1).map(|t| (k, t))
    });
    for (k, t) in after_brackets {
        // "(MRT Corp)": the acronym may carry the legal form.
        let with_form = || {
            toks.get(k + 1).is_some_and(|f| {
                LEGAL_FORMS.contains(f.text)
                    && &text[t.end..f.start] == " "
                    && text[f.end..].starts_with(')')
            })
        };
        let bracketed = text.as_bytes().get(t.end) == Some(&b')') || with_form();
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
            } else if !JOINERS.contains(w) && !matches!(w, "and" | "&" | "in") {
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
