//! JSON payloads: plain envelopes with common field names, and IPTC ninjs 1.x, 2.x and 3.x.

use serde_json::{Map, Value};

use crate::article::{Article, Format};

use super::{agencies, clean, urls};

/// True when the object is an IPTC ninjs document rather than an ad-hoc envelope.
pub fn is_ninjs(obj: &Map<String, Value>) -> bool {
    let standard_says = obj
        .get("standard")
        .and_then(|s| s.get("name"))
        .and_then(Value::as_str)
        .is_some_and(|n| n.eq_ignore_ascii_case("ninjs"));
    standard_says
        || obj.contains_key("headlines")
        || obj.contains_key("bodies")
        || (obj.contains_key("uri")
            && (obj.contains_key("body_text") || obj.contains_key("body_html")))
}

fn str_field<'a>(obj: &'a Map<String, Value>, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|n| match obj.get(*n)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.as_str()),
        Value::Object(o) => o.get("name").and_then(Value::as_str),
        _ => None,
    })
}

fn looks_like_html(s: &str) -> bool {
    s.contains("</") || s.contains("<p") || s.contains("<br")
}

fn body_paragraphs(body: &str, html: bool) -> Vec<String> {
    clean::clean_paragraphs(body, !html)
}

/// A JSON envelope: `{id, url, outlet, title, body, published_at}` and the usual aliases.
pub fn normalize_envelope(obj: &Map<String, Value>, article: &mut Article) {
    article.format = Format::Json;
    article.title = str_field(obj, &["title", "headline", "heading"]).map(clean::clean_line);
    if let Some(url) = str_field(obj, &["url", "link", "canonical_url", "permalink"]) {
        article.canonical_url = urls::canonicalize(url);
        article.url = Some(url.to_owned());
    }
    article.outlet = str_field(obj, &["outlet", "source", "publisher", "site"]).map(str::to_owned);
    article.published_at = str_field(
        obj,
        &[
            "published_at",
            "publishedAt",
            "published",
            "date",
            "pubDate",
            "datetime",
            "timestamp",
        ],
    )
    .map(str::to_owned);
    article.section = str_field(obj, &["section", "category"]).map(str::to_owned);
    article.byline = str_field(obj, &["byline", "author", "by"]).map(clean::clean_line);
    article.language = str_field(obj, &["language", "lang"]).map(str::to_owned);
    let body = str_field(
        obj,
        &[
            "body",
            "text",
            "content",
            "body_html",
            "article_body",
            "description",
        ],
    )
    .unwrap_or_default();
    super::body::assemble(article, body_paragraphs(body, looks_like_html(body)));
    if article.wire.is_none() {
        article.wire = article
            .outlet
            .as_deref()
            .and_then(agencies::canonical)
            .map(str::to_owned);
    }
}

/// IPTC ninjs. 1.x: `headline`, `body_text`/`body_html`; 2.x: `headlines[]`, `bodies[]`;
/// 3.x: the 2.x arrays with camelCase keys (`firstCreated`, `contentType`).
pub fn normalize_ninjs(obj: &Map<String, Value>, article: &mut Article) {
    article.format = Format::Ninjs;
    let title = role_value(obj.get("headlines"), "main", "value")
        .or_else(|| str_field(obj, &["headline"]).map(str::to_owned));
    article.title = title.as_deref().map(clean::clean_line);
    article.published_at = str_field(
        obj,
        &[
            "firstcreated",
            "firstCreated",
            "versioncreated",
            "versionCreated",
        ],
    )
    .map(str::to_owned);
    article.language = str_field(obj, &["language"]).map(str::to_owned);
    article.byline = str_field(obj, &["byline", "by"]).map(clean::clean_line);
    if let Some(url) = str_field(obj, &["webUrl", "url"]) {
        article.canonical_url = urls::canonicalize(url);
        article.url = Some(url.to_owned());
    }
    let (body, html) = ninjs_body(obj);
    super::body::assemble(article, body_paragraphs(&body, html));
    if article.wire.is_none() {
        article.wire = str_field(obj, &["copyrightholder", "copyrightHolder", "provider"])
            .and_then(agencies::canonical)
            .map(str::to_owned);
    }
}

/// The main body and whether it is HTML.
fn ninjs_body(obj: &Map<String, Value>) -> (String, bool) {
    if let Some(Value::Array(bodies)) = obj.get("bodies") {
        let pick = bodies
            .iter()
            .find(|b| b.get("role").and_then(Value::as_str) == Some("main"))
            .or_else(|| bodies.first());
        if let Some(b) = pick {
            let ct = b
                .get("contenttype")
                .or_else(|| b.get("contentType"))
                .and_then(Value::as_str)
                .unwrap_or("text/plain");
            let value = b.get("value").and_then(Value::as_str).unwrap_or_default();
            return (
                value.to_owned(),
                ct.contains("html") || looks_like_html(value),
            );
        }
    }
    if let Some(html) = str_field(obj, &["body_html"]) {
        return (html.to_owned(), true);
    }
    let text = str_field(obj, &["body_text"]).unwrap_or_default();
    (text.to_owned(), looks_like_html(text))
}

fn role_value(list: Option<&Value>, role: &str, field: &str) -> Option<String> {
    let Value::Array(items) = list? else {
        return None;
    };
    items
        .iter()
        .find(|h| h.get("role").and_then(Value::as_str) == Some(role))
        .or_else(|| items.first())
        .and_then(|h| h.get(field))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn envelope_with_html_body() {
        let o = obj(serde_json::json!({
            "id": "x1", "url": "https://example.org/s/1?utm_campaign=a", "outlet": "Example Daily",
            "title": "Port reopens", "published_at": "2031-01-02T03:04:05Z",
            "body": "<p>HAIPHONG, Jan 2 (Reuters) - The port reopened.</p><p>Ships queued &amp; waited.</p>"
        }));
        let mut a = Article::new("x1".into(), Format::Json);
        normalize_envelope(&o, &mut a);
        assert_eq!(a.title.as_deref(), Some("Port reopens"));
        assert_eq!(a.canonical_url.as_deref(), Some("https://example.org/s/1"));
        assert_eq!(a.wire.as_deref(), Some("Reuters"));
        assert_eq!(a.body, "The port reopened.\n\nShips queued & waited.");
    }

    #[test]
    fn ninjs_two_and_one() {
        let v2 = obj(serde_json::json!({
            "uri": "urn:x", "standard": {"name": "ninjs", "version": "2.1"},
            "headlines": [{"role": "main", "value": "Dam opens"}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": "LAGOS (AFP) - A dam opened.\n\nbur-xy/ab"}],
            "firstcreated": "2031-01-01T00:00:00Z", "language": "en"
        }));
        assert!(is_ninjs(&v2));
        let mut a = Article::new("n".into(), Format::Ninjs);
        normalize_ninjs(&v2, &mut a);
        assert_eq!(a.title.as_deref(), Some("Dam opens"));
        assert_eq!(a.body, "A dam opened.");
        assert_eq!(a.wire.as_deref(), Some("AFP"));

        let v1 = obj(
            serde_json::json!({"uri": "urn:y", "headline": "Old style", "body_text": "Text here."}),
        );
        assert!(is_ninjs(&v1));
        let mut b = Article::new("n".into(), Format::Ninjs);
        normalize_ninjs(&v1, &mut b);
        assert_eq!(b.title.as_deref(), Some("Old style"));
        assert_eq!(b.body, "Text here.");
    }
}
