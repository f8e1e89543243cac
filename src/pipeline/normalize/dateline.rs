//! Datelines at the head of wire copy: "SEOUL, March 25 (Yonhap) --", "BERLIN (Reuters) -",
//! "NAIROBI, Kenya (AP) —", "New Delhi, Jul 11 (PTI)", "Madrid, Nov 21 (EFE).-", "SEOUL, May 14 Kyodo -".

use crate::article::Dateline;
use crate::gazetteer::Gazetteer;

use super::agencies;

/// A dateline found at the start of a paragraph.
#[derive(Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub dateline: Dateline,
    /// The credited agency: its canonical name when we know it, else the credit as written.
    pub wire: Option<&'a str>,
    /// The prefix as it appeared, for the audit trail.
    pub prefix: &'a str,
    /// The paragraph after the prefix.
    pub rest: &'a str,
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The longest prefix we accept before the agency credit: a place, a qualifier and a date.
const MAX_PREFIX: usize = 60;

pub fn parse(paragraph: &str) -> Option<Found<'_>> {
    parse_credited(paragraph).or_else(|| parse_uncredited(paragraph))
}

/// "PLACE[, qualifier][, date] (AGENCY) SEP rest" or the same with a bare agency before " - ".
fn parse_credited(p: &str) -> Option<Found<'_>> {
    let head = &p[..floor_char_boundary(p, MAX_PREFIX + 40)];
    if let Some(mut open) = head.find(" (") {
        let mut close = open + head[open..].find(')')?;
        // "Sriharikota (Andhra Pradesh), Nov 1 (PTI)": PTI puts the state in brackets after the
        // place, before the date and the credit.
        let mut bracketed_qualifier = None;
        if agencies::canonical(&head[open + 2..close]).is_none() {
            let credit_after = head[close..].find(" (").and_then(|at| {
                let next = close + at;
                let end = next + head[next..].find(')')?;
                let between = head[close + 1..next].trim();
                let date_only = between.is_empty()
                    || between.starts_with(',')
                        && between.len() <= 16
                        && between.chars().any(|c| c.is_ascii_digit());
                date_only
                    .then(|| agencies::canonical(&head[next + 2..end]))
                    .flatten()
                    .map(|_| (next, end))
            });
            if let Some((next, end)) = credit_after {
                bracketed_qualifier = Some((open, close));
                (open, close) = (next, end);
            }
        }
        let place_part = &p[..open];
        let credit = &head[open + 2..close];
        let wire = agencies::canonical(credit).or_else(|| unlisted_agency(credit, place_part))?;
        let place_part = match bracketed_qualifier {
            Some((q_open, q_close)) => std::borrow::Cow::Owned(format!(
                "{}, {}{}",
                &p[..q_open],
                &p[q_open + 2..q_close],
                &p[q_close + 1..open]
            )),
            None => std::borrow::Cow::Borrowed(place_part),
        };
        let (dateline, ok) = place_and_date(&place_part);
        if !ok {
            return None;
        }
        let after = skip_separator(&p[close + 1..]);
        return Some(Found {
            dateline,
            wire: Some(wire),
            prefix: p[..p.len() - after.len()].trim_end(),
            rest: after,
        });
    }
    // "SEOUL, May 14 Kyodo - text": the agency as the last word before a dash.
    let dash = head.find(" - ")?;
    let before = &p[..dash];
    let (lead, last) = before.rsplit_once(' ')?;
    let wire = agencies::canonical(last)?;
    let (dateline, ok) = place_and_date(lead);
    if !ok {
        return None;
    }
    let rest = &p[dash + 3..];
    Some(Found {
        dateline,
        wire: Some(wire),
        prefix: p[..dash + 2].trim_end(),
        rest,
    })
}

/// "NAIROBI, Kenya - text" with no agency: only an upper-case place is trusted as a dateline.
fn parse_uncredited(p: &str) -> Option<Found<'_>> {
    let head = &p[..floor_char_boundary(p, MAX_PREFIX)];
    let dash = head.find(" - ")?;
    let before = &p[..dash];
    let place = before.split(',').next()?.trim();
    if place.len() < 3 || !is_upper_place(place) {
        return None;
    }
    let (dateline, ok) = place_and_date(before);
    if !ok {
        return None;
    }
    Some(Found {
        dateline,
        wire: None,
        prefix: p[..dash + 2].trim_end(),
        rest: &p[dash + 3..],
    })
}

/// A dateline given on its own, as NewsML's `<dateline>` element: "DAKAR, June 11, 2031 (AFP)".
pub fn from_element(text: &str) -> Option<Dateline> {
    let t = text.trim();
    let t = match t.rfind(" (") {
        Some(open)
            if t.ends_with(')') && agencies::canonical(&t[open + 2..t.len() - 1]).is_some() =>
        {
            &t[..open]
        }
        _ => t,
    };
    let (dateline, ok) = place_and_date(t);
    ok.then_some(dateline)
}

/// A stand-alone dateline line ("ANKARA"): a short all-capitals place name.
pub fn standalone(line: &str) -> Option<Dateline> {
    let t = line.trim();
    (t.len() >= 3 && t.split_whitespace().count() <= 3 && is_upper_place(t)).then(|| Dateline {
        place: Some(t.to_owned()),
        country: Gazetteer::global()
            .dateline_country(t, None)
            .map(str::to_owned),
        date: None,
        subdivision: None,
    })
}

/// A credit we do not list, taken as an agency's only in the classic shape: an upper-case place,
/// then an upper-case abbreviation of two to six letters ("WARSAW (PAP) -", "RABAT (MAP) -").
fn unlisted_agency<'a>(credit: &'a str, place_part: &str) -> Option<&'a str> {
    let abbreviation =
        (2..=6).contains(&credit.len()) && credit.bytes().all(|b| b.is_ascii_uppercase());
    let place = place_part.split(',').next()?.trim();
    (abbreviation && place.len() >= 3 && is_upper_place(place)).then_some(credit)
}

fn is_upper_place(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic())
        && s.chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '\'' || c == '-')
}

/// Splits "NAIROBI, Kenya, April 24" into place and date. The second value is false when the
/// text does not look like a dateline at all (too long, sentence-like, lower-case start).
fn place_and_date(s: &str) -> (Dateline, bool) {
    let s = s.trim();
    let mut parts = s.split(',').map(str::trim);
    let place = parts.next().unwrap_or_default();
    let looks_like_place = !place.is_empty()
        && place.len() <= 40
        && place.split_whitespace().count() <= 4
        && place.starts_with(|c: char| c.is_uppercase())
        && place
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
    if !looks_like_place || s.len() > MAX_PREFIX {
        return (Dateline::default(), false);
    }
    let mut date: Option<String> = None;
    let mut qualifier = None;
    for part in parts {
        let lower = part.to_lowercase();
        if MONTHS.iter().any(|m| lower.starts_with(m)) || part.chars().any(|c| c.is_ascii_digit()) {
            // "June 11, 2024" arrives as two comma-separated parts.
            date = Some(match date {
                Some(d) => format!("{d}, {part}"),
                None => part.to_owned(),
            });
        } else if qualifier.is_none() && !part.is_empty() {
            qualifier = Some(part);
        }
    }
    let gazetteer = Gazetteer::global();
    let dateline = Dateline {
        place: Some(place.to_uppercase()),
        country: gazetteer
            .dateline_country(place, qualifier)
            .map(str::to_owned),
        date,
        subdivision: qualifier
            .and_then(|q| gazetteer.subdivision(q))
            .map(str::to_owned),
    };
    (dateline, true)
}

/// Skips the separator after the credit: "--", "-", "—" (folded to "-"), ".-", ":" or nothing.
fn skip_separator(s: &str) -> &str {
    let t = s.trim_start();
    let t = t.strip_prefix('.').unwrap_or(t);
    let t = t.trim_start_matches(['-', ':']);
    t.trim_start()
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(p: &str) -> (Option<String>, Option<&str>, String) {
        let f = parse(p).expect("a dateline");
        (f.dateline.place, f.wire, f.rest.to_owned())
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            place("BUSAN, June 3 (Yonhap) -- Port traffic rose."),
            (
                Some("BUSAN".into()),
                Some("Yonhap"),
                "Port traffic rose.".into()
            )
        );
        assert_eq!(
            place("LIMA, Peru (AP) - Rain fell."),
            (Some("LIMA".into()), Some("AP"), "Rain fell.".into())
        );
        assert_eq!(
            place("Chennai, Aug 2 (PTI) The court ruled."),
            (
                Some("CHENNAI".into()),
                Some("PTI"),
                "The court ruled.".into()
            )
        );
        assert_eq!(
            place("Quito, Feb 1 (EFE).- Voters queued."),
            (Some("QUITO".into()), Some("EFE"), "Voters queued.".into())
        );
        assert_eq!(
            place("OSAKA, Jan 9 Kyodo - Exports slowed."),
            (
                Some("OSAKA".into()),
                Some("Kyodo"),
                "Exports slowed.".into()
            )
        );
    }

    #[test]
    fn dateline_country_from_qualifier_or_place() {
        let country = |p: &str| parse(p).unwrap().dateline.country;
        assert_eq!(
            country("LIMA, Peru (AP) - Rain fell.").as_deref(),
            Some("PE")
        );
        assert_eq!(
            country("BUSAN, June 3 (Yonhap) -- Port traffic rose.").as_deref(),
            Some("KR")
        );
        assert_eq!(
            country("SAVANNAH, Ga. (AP) - Ships waited.").as_deref(),
            Some("US")
        );
    }

    #[test]
    fn a_state_or_province_after_the_place_is_kept() {
        let subdivision = |p: &str| parse(p).unwrap().dateline.subdivision;
        let bracketed =
            parse("Sriharikota (Andhra Pradesh), Nov 1 (PTI) The rocket flew.").unwrap();
        assert_eq!(bracketed.rest, "The rocket flew.");
        assert_eq!(bracketed.wire, Some("PTI"));
        assert_eq!(bracketed.dateline.place.as_deref(), Some("SRIHARIKOTA"));
        assert_eq!(bracketed.dateline.date.as_deref(), Some("Nov 1"));
        assert_eq!(
            bracketed.dateline.subdivision.as_deref(),
            Some("Andhra Pradesh")
        );
        assert_eq!(
            subdivision("SANTA CLARA, California (Reuters) - Chips sold.").as_deref(),
            Some("California")
        );
        assert_eq!(subdivision("LIMA, Peru (AP) - Rain fell.").as_deref(), None);
        assert_eq!(
            subdivision("HANOI, March 3 (Xinhua) -- Text.").as_deref(),
            None
        );
    }

    #[test]
    fn element_datelines() {
        let d = from_element("ACCRA, June 11, 2031 (AFP)").unwrap();
        assert_eq!(d.place.as_deref(), Some("ACCRA"));
        assert_eq!(d.date.as_deref(), Some("June 11, 2031"));
        assert_eq!(d.country.as_deref(), Some("GH"));
    }

    #[test]
    fn dates_are_kept_apart() {
        let f = parse("HANOI, March 3 (Xinhua) -- Text.").unwrap();
        assert_eq!(f.dateline.date.as_deref(), Some("March 3"));
        assert_eq!(f.prefix, "HANOI, March 3 (Xinhua) --");
    }

    #[test]
    fn sentences_with_parentheses_are_not_datelines() {
        assert!(parse("The minister said (AP) was wrong about the budget.").is_none());
        assert!(parse("officials in the capital (Reuters) - text").is_none());
        assert!(parse("The party (PiS) - which lost - said no.").is_none());
        assert!(parse("Sony Group (SONY) said on Monday (Reuters) it would cut jobs.").is_none());
        assert!(
            parse("Warsaw (XYZ) - text").is_none(),
            "an unlisted credit needs capitals"
        );
    }

    #[test]
    fn an_unlisted_agency_in_the_classic_shape_is_a_credit() {
        let (place, wire, rest) = place("WARSAW (PAP) - Farmers blocked a border crossing.");
        assert_eq!(place.as_deref(), Some("WARSAW"));
        assert_eq!(wire, Some("PAP"));
        assert_eq!(rest, "Farmers blocked a border crossing.");
    }

    #[test]
    fn standalone_place_line() {
        assert_eq!(standalone("IZMIR").unwrap().place.as_deref(), Some("IZMIR"));
        assert!(standalone("Izmir port reopens").is_none());
    }
}
