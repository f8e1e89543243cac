//! Article URLs: recognising a URL line and canonicalising it (lower-case host, no fragment, no
//! tracking parameters) so two copies of one page compare equal.

use url::Url;

/// Query parameters that identify a campaign or a click, not the page.
fn is_tracking_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("utm_")
        || matches!(
            n.as_str(),
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "igshid"
                | "ocid"
                | "cmpid"
                | "ref"
                | "ref_src"
                | "ref_url"
                | "smid"
                | "_ga"
                | "at_medium"
                | "at_campaign"
                | "cid"
                | "src"
                | "spm"
        )
}

/// A line that is nothing but an http(s) URL.
pub fn is_url_line(s: &str) -> bool {
    let t = s.trim();
    (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(char::is_whitespace)
}

/// The canonical form of an article URL, or `None` if it is not an http(s) URL.
pub fn canonicalize(s: &str) -> Option<String> {
    let mut url = Url::parse(s.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !is_tracking_param(k))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_tracking_and_fragment_and_lowercases_host() {
        assert_eq!(
            canonicalize("https://News.Example.COM/a/b?id=7&utm_source=tw&fbclid=x#top").as_deref(),
            Some("https://news.example.com/a/b?id=7")
        );
        assert_eq!(
            canonicalize("https://example.com/a?utm_medium=mail").as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(canonicalize("urn:newsml:example.com:1"), None);
    }
}
