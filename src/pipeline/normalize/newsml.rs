//! IPTC NewsML-G2 `newsItem` (alone or inside a `newsMessage`). Parsed as a stream with quick-xml:
//! DTDs are refused outright, so neither entity-expansion bombs nor external entities can apply.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::article::{Article, Format, RemovedKind};
use crate::event::{Rejection, Stage};

use super::{agencies, clean, dateline};

/// Elements whose text is a body paragraph.
const PARAGRAPH_ELEMENTS: &[&[u8]] = &[b"p", b"h1", b"h2", b"h3", b"li", b"blockquote"];
/// Deeper than any real document; stops nesting bombs early.

#[derive(Default)]
struct Collected {
    title: Option<String>,
    byline: Option<String>,
    creditline: Option<String>,
    provider: Option<String>,
    dateline: Option<String>,
    slugline: Option<String>,
    first_created: Option<String>,
    language: Option<String>,
    /// ISO code from contentMeta/located/broader (qcode "iso3166-1a2:KE").
    located_country: Option<String>,
    paragraphs: Vec<String>,
    items: usize,
}

pub fn normalize(xml: &str, article: &mut Article, max_depth: usize) -> Result<(), Rejection> {
    article.format = Format::Newsml;
    let c = collect(xml, max_depth)?;
    if c.items == 0 {
        return Err(Rejection::new(
            Stage::Normalize,
            "newsml_no_item",
            "XML document has no newsItem element",
        ));
    }
    article.title = c.title.as_deref().map(clean::clean_line);
    article.byline = c.byline.as_deref().map(clean::clean_line);
    article.published_at = c.first_created;
    article.language = c.language;
    if let Some(mut d) = c.dateline.as_deref().and_then(dateline::from_element) {
        if c.located_country.is_some() {
            d.country = c.located_country.clone();
        }
        article.dateline = Some(d);
    }
    let mut paragraphs: Vec<String> = Vec::with_capacity(c.paragraphs.len());
    for p in c.paragraphs {
        let p = clean::clean_line(&p);
        if p.is_empty() {
            continue;
        }
        if c.slugline.as_deref().is_some_and(|s| s.trim() == p) {
            article.remove(RemovedKind::Trailer, p);
            continue;
        }
        paragraphs.push(p);
    }
    // The dateline element already gave the place; the body may still open with the full
    // prefix, which is removed, but the element's reading (with its date) is kept.
    let preset = article.dateline.take();
    super::body::assemble(article, paragraphs);
    if preset.is_some() {
        article.dateline = preset;
    }
    if article.wire.is_none() {
        article.wire = [c.creditline.as_deref(), c.provider.as_deref()]
            .into_iter()
            .flatten()
            .find_map(agencies::canonical)
            .map(str::to_owned);
    }
    Ok(())
}

fn reject(reason: &str, detail: impl Into<String>) -> Rejection {
    Rejection::new(Stage::Normalize, reason, detail)
}

fn collect(xml: &str, max_depth: usize) -> Result<Collected, Rejection> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut c = Collected::default();
    let mut path: Vec<Vec<u8>> = Vec::new();
    let mut text: Option<String> = None;
    loop {
        let ev = reader.read_event().map_err(|e| {
            reject(
                "xml_malformed",
                format!("at byte {}: {e}", reader.buffer_position()),
            )
        })?;
        match ev {
            Event::DocType(_) => {
                return Err(reject(
                    "xml_doctype",
                    "DOCTYPE declarations are not accepted (entity expansion is disabled)",
                ))
            }
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_vec();
                on_open(&e, &name, &path, &mut c);
                if name == b"newsItem" {
                    c.items += 1;
                }
                if c.items <= 1 && wants_text(&name, &path) {
                    text = Some(String::new());
                }
                path.push(name);
                if path.len() > max_depth {
                    return Err(reject(
                        "xml_too_deep",
                        format!("nesting deeper than {max_depth}"),
                    ));
                }
            }
            Event::Empty(e) => {
                let name = e.local_name().as_ref().to_vec();
                on_open(&e, &name, &path, &mut c);
                if let (Some(buf), b"br") = (text.as_mut(), name.as_slice()) {
                    buf.push(' ');
                }
            }
            Event::Text(t) => {
                if let Some(buf) = text.as_mut() {
                    let s = t
                        .xml_content()
                        .map_err(|e| reject("xml_encoding", e.to_string()))?;
                    buf.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(buf) = text.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(buf) = text.as_mut() {
                    match r.resolve_char_ref() {
                        Ok(Some(ch)) => buf.push(ch),
                        _ => {
                            let name = r
                                .decode()
                                .map_err(|e| reject("xml_encoding", e.to_string()))?;
                            let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or_else(|| {
                                    reject("xml_entity", format!("undefined entity &{name};"))
                                })?;
                            buf.push_str(resolved);
                        }
                    }
                }
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().to_vec();
                path.pop();
                if let Some(buf) = text.take_if(|_| closes_text(&name, &path)) {
                    on_text(&name, &path, buf, &mut c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(c)
}

fn inside(path: &[Vec<u8>], name: &[u8]) -> bool {
    path.iter().any(|p| p == name)
}

fn in_body(path: &[Vec<u8>]) -> bool {
    inside(path, b"inlineXML") || inside(path, b"inlineData")
}

/// Whether this element's text is collected (and, for paragraphs, not already being collected).
fn wants_text(name: &[u8], path: &[Vec<u8>]) -> bool {
    if in_body(path) {
        return PARAGRAPH_ELEMENTS.contains(&name);
    }
    if name == b"inlineData" {
        return true;
    }
    inside(path, b"contentMeta")
        && matches!(
            name,
            b"headline" | b"by" | b"creditline" | b"dateline" | b"slugline"
        )
        || (inside(path, b"itemMeta") && matches!(name, b"firstCreated" | b"provider"))
}

fn closes_text(name: &[u8], path: &[Vec<u8>]) -> bool {
    wants_text(name, path)
}

fn on_open(e: &BytesStart<'_>, name: &[u8], path: &[Vec<u8>], c: &mut Collected) {
    if name == b"newsItem" && c.language.is_none() {
        c.language = attr(e, b"xml:lang");
    }
    if name == b"broader" && inside(path, b"located") && c.located_country.is_none() {
        c.located_country =
            attr(e, b"qcode").and_then(|q| q.strip_prefix("iso3166-1a2:").map(str::to_uppercase));
    }
    if name == b"provider" && inside(path, b"itemMeta") && c.provider.is_none() {
        c.provider = attr(e, b"literal")
            .or_else(|| attr(e, b"qcode").map(|q| q.rsplit(':').next().unwrap_or(&q).to_owned()));
    }
}

fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn on_text(name: &[u8], path: &[Vec<u8>], text: String, c: &mut Collected) {
    if name == b"inlineData" {
        c.paragraphs.extend(text.split("\n\n").map(str::to_owned));
        return;
    }
    if in_body(path) {
        c.paragraphs.push(text);
        return;
    }
    let slot = match name {
        b"headline" => &mut c.title,
        b"by" => &mut c.byline,
        b"creditline" => &mut c.creditline,
        b"dateline" => &mut c.dateline,
        b"slugline" => &mut c.slugline,
        b"firstCreated" => &mut c.first_created,
        b"provider" => &mut c.provider,
        _ => return,
    };
    if slot.is_none() && !text.trim().is_empty() {
        *slot = Some(text.trim().to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:AFP"/>
    <firstCreated>2031-05-01T10:00:00Z</firstCreated></itemMeta>
  <contentMeta><headline>Dam opens on the Niger</headline><dateline>NIAMEY, May 1</dateline>
    <slugline>Niger-energy-dam</slugline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>NIAMEY (AFP) - A new dam began producing power on Thursday &amp; officials cheered.</p>
      <p>It cost <b>$1 billion</b>.</p>
      <p>Niger-energy-dam</p>
    </body></html></inlineXML></contentSet>
</newsItem>"#;

    #[test]
    fn parses_item() {
        let mut a = Article::new("n".into(), Format::Newsml);
        normalize(ITEM, &mut a, 64).unwrap();
        assert_eq!(a.title.as_deref(), Some("Dam opens on the Niger"));
        assert_eq!(a.wire.as_deref(), Some("AFP"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.dateline.unwrap().place.as_deref(), Some("NIAMEY"));
        assert_eq!(
            a.body,
            "A new dam began producing power on Thursday & officials cheered.\n\nIt cost $1 billion."
        );
    }

    #[test]
    fn refuses_doctype_bombs() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><newsItem><contentMeta><headline>&lol2;</headline></contentMeta></newsItem>"#;
        let mut a = Article::new("n".into(), Format::Newsml);
        assert_eq!(
            normalize(bomb, &mut a, 64).unwrap_err().reason,
            "xml_doctype"
        );
    }

    #[test]
    fn malformed_xml_is_rejected() {
        let mut a = Article::new("n".into(), Format::Newsml);
        let err = normalize("<newsItem><contentMeta></newsItem>", &mut a, 64).unwrap_err();
        assert_eq!(err.reason, "xml_malformed");
    }
}
