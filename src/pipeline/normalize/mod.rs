//! Normalize: any raw payload in, one clean [`Article`] out, or a [`Rejection`] saying exactly why not.
//!
//! The payload format is detected from its first bytes; a `content-type` header overrides detection.

mod agencies;
mod body;
mod boilerplate;
pub mod clean;
mod dateline;
mod newsml;
mod structured;
mod text;
pub mod urls;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Format, RawMessage};
use crate::event::{Rejection, Stage};

/// Settings of the normalize stage (`[normalize]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NormalizeConfig {
    /// Payloads larger than this many bytes are dead-lettered (`too_large`) without being parsed.
    pub max_payload_bytes: usize,
    /// Detect the body's language when the payload does not declare one.
    pub detect_language: bool,
    /// Deepest nesting of JSON arrays/objects or XML elements accepted; deeper payloads are
    /// dead-lettered (`json_too_deep`, `xml_too_deep`) before they are parsed further.
    pub max_nesting: usize,
}

impl Default for NormalizeConfig {
    fn default() -> Self {
        Self {
            max_payload_bytes: 2 * 1024 * 1024,
            detect_language: true,
            max_nesting: 64,
        }
    }
}

pub use agencies::home_country;

/// Whether `word` names a news agency ("Yonhap", "AFP").
pub fn is_agency(word: &str) -> bool {
    agencies::canonical(word).is_some()
}

pub struct Normalizer {
    config: NormalizeConfig,
}

fn reject(reason: &str, detail: impl Into<String>) -> Rejection {
    Rejection::new(Stage::Normalize, reason, detail)
}

impl Normalizer {
    pub fn new(config: NormalizeConfig) -> Self {
        Self { config }
    }

    pub fn normalize(&self, msg: &RawMessage) -> Result<Article, Rejection> {
        let payload = &msg.payload;
        if payload.len() > self.config.max_payload_bytes {
            return Err(Rejection::new(
                Stage::Decode,
                "too_large",
                format!(
                    "payload is {} bytes; the limit (normalize.max_payload_bytes) is {}",
                    payload.len(),
                    self.config.max_payload_bytes
                ),
            ));
        }
        // SIMD validation (simdutf8) is several times faster on ASCII-heavy copy; on failure the
        // standard library's check says where the bad byte is.
        let valid = simdutf8::basic::from_utf8(payload);
        let text = valid
            .or_else(|_| std::str::from_utf8(payload))
            .map_err(|e| {
                Rejection::new(
                    Stage::Decode,
                    "invalid_utf8",
                    format!("payload is not UTF-8: {e}"),
                )
            })?;
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(Rejection::new(
                Stage::Decode,
                "empty",
                "payload is empty or whitespace",
            ));
        }
        if let Some(c) = control_character(text) {
            return Err(Rejection::new(
                Stage::Decode,
                "binary",
                format!("payload contains control character U+{:04X}", c as u32),
            ));
        }
        let mut article = Article::new(msg.article_id(), Format::Text);
        match detect(msg, text)? {
            Detected::Json => {
                if nesting_exceeds(text, self.config.max_nesting) {
                    return Err(reject(
                        "json_too_deep",
                        format!("nesting deeper than {}", self.config.max_nesting),
                    ));
                }
                let value: serde_json::Value = serde_json::from_str(text)
                    .map_err(|e| reject("json_malformed", format!("invalid JSON: {e}")))?;
                let serde_json::Value::Object(obj) = value else {
                    return Err(reject("json_not_object", "JSON payload is not an object"));
                };
                if msg.id.is_none() {
                    if let Some(id) = obj.get("id").and_then(|v| v.as_str()) {
                        article.id = id.to_owned();
                    }
                }
                if structured::is_ninjs(&obj) {
                    structured::normalize_ninjs(&obj, &mut article);
                } else {
                    structured::normalize_envelope(&obj, &mut article);
                }
            }
            Detected::Xml => newsml::normalize(text, &mut article, self.config.max_nesting)?,
            Detected::Text => text::normalize(text, &mut article),
        }
        if article.body.is_empty() {
            return Err(reject("no_body", "no story text found in the payload"));
        }
        if article.language.is_none() && self.config.detect_language {
            article.language = detect_language(&article.body);
        }
        Ok(article)
    }
}

/// Whether JSON text nests arrays and objects deeper than `max`: a byte scan that skips strings,
/// run before parsing so a hostile payload costs no more than its length.
fn nesting_exceeds(json: &str, max: usize) -> bool {
    let bytes = json.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i = after_string(bytes, i + 1);
                continue;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    false
}

/// Where a JSON string whose text starts at `from` ends (past its closing quote, or at the end
/// of the input). Jumps from quote or backslash to the next: strings are most of an envelope.
fn after_string(bytes: &[u8], mut from: usize) -> usize {
    while let Some(at) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
    {
        from += at + 1;
        if bytes[from - 1] == b'"' {
            return from;
        }
        from += 1; // the escaped character
    }
    bytes.len()
}

/// The first control character other than tab and line breaks. ASCII controls are found with a
/// byte scan; the C1 range (U+0080..U+009F) only needs a look when the text has non-ASCII bytes.
fn control_character(text: &str) -> Option<char> {
    let is_control =
        |b: u8| ((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t')) | (b == 0x7f);
    // Whole chunks are tested without branching (so the loop vectorizes); only a hit is searched.
    for chunk in text.as_bytes().chunks(64) {
        if chunk.iter().fold(false, |hit, &b| hit | is_control(b)) {
            let b = chunk
                .iter()
                .copied()
                .find(|&b| is_control(b))
                .expect("chunk has one");
            return Some(char::from(b));
        }
    }
    if text.is_ascii() {
        return None;
    }
    text.chars().find(|c| ('\u{80}'..='\u{9f}').contains(c))
}

enum Detected {
    Json,
    Xml,
    Text,
}

fn detect(msg: &RawMessage, text: &str) -> Result<Detected, Rejection> {
    if let Some(ct) = msg.header("content-type") {
        let ct = String::from_utf8_lossy(ct).to_ascii_lowercase();
        let essence = ct.split(';').next().unwrap_or_default().trim().to_owned();
        return match essence.as_str() {
            "application/json" | "application/ninjs+json" | "application/vnd.iptc.ninjs+json" => {
                Ok(Detected::Json)
            }
            "application/xml"
            | "text/xml"
            | "application/vnd.iptc.g2.newsitem+xml"
            | "application/vnd.iptc.g2.newsmessage+xml" => Ok(Detected::Xml),
            "text/plain" | "text/html" => Ok(Detected::Text),
            other => Err(reject(
                "unsupported_content_type",
                format!("content-type header {other:?} names no format we read"),
            )),
        };
    }
    let start = text.trim_start();
    Ok(if start.starts_with(['{', '[']) {
        Detected::Json
    } else if start.starts_with("<?xml")
        || start.starts_with("<newsItem")
        || start.starts_with("<newsMessage")
    {
        Detected::Xml
    } else {
        Detected::Text
    })
}

/// Enough text for a reliable guess; detection cost grows with the sample.
const LANGUAGE_SAMPLE_CHARS: usize = 300;

/// ISO 639-1 code of the body's language. whichlang (a small linear model over character n-grams)
/// knows 16 major languages and takes about a microsecond, which keeps detection off the
/// stage's critical cost; text in another language gets the nearest of those 16.
fn detect_language(body: &str) -> Option<String> {
    use whichlang::Lang;
    let sample_end = body
        .char_indices()
        .nth(LANGUAGE_SAMPLE_CHARS)
        .map_or(body.len(), |(i, _)| i);
    let sample = &body[..sample_end];
    // English wire copy (most of the traffic) is told by its function words without a model.
    // A byte split: `str::split(' ')` calls memchr once per word, which costs more than the test.
    let mut english_words = sample
        .as_bytes()
        .split(|&b| b == b' ')
        .filter(|w| matches!(*w, b"the" | b"of" | b"and" | b"to" | b"in" | b"said"));
    if english_words.nth(5).is_some() {
        return Some("en".to_owned());
    }
    let code = match whichlang::detect_language(sample) {
        Lang::Ara => "ar",
        Lang::Cmn => "zh",
        Lang::Deu => "de",
        Lang::Eng => "en",
        Lang::Fra => "fr",
        Lang::Hin => "hi",
        Lang::Ita => "it",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Nld => "nl",
        Lang::Por => "pt",
        Lang::Rus => "ru",
        Lang::Spa => "es",
        Lang::Swe => "sv",
        Lang::Tur => "tr",
        Lang::Vie => "vi",
    };
    Some(code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(payload: &[u8]) -> Result<Article, Rejection> {
        Normalizer::new(NormalizeConfig::default()).normalize(&RawMessage::from_payload(payload))
    }

    #[test]
    fn bad_input_is_rejected_with_reason() {
        assert_eq!(norm(b"").unwrap_err().reason, "empty");
        assert_eq!(norm(b"  \n ").unwrap_err().reason, "empty");
        assert_eq!(
            norm(&[0xff, 0xfe, 0x00]).unwrap_err().reason,
            "invalid_utf8"
        );
        assert_eq!(norm(b"abc\x00def").unwrap_err().reason, "binary");
        assert_eq!(norm(b"{\"title\": ").unwrap_err().reason, "json_malformed");
        assert_eq!(norm(b"{\"title\": \"x\"}").unwrap_err().reason, "no_body");
    }

    #[test]
    fn size_limit_applies_before_parsing() {
        let n = Normalizer::new(NormalizeConfig {
            max_payload_bytes: 10,
            detect_language: false,
            ..NormalizeConfig::default()
        });
        let err = n
            .normalize(&RawMessage::from_payload("x".repeat(11)))
            .unwrap_err();
        assert_eq!(err.reason, "too_large");
    }

    #[test]
    fn nesting_limit_applies_to_json_and_xml() {
        let n = Normalizer::new(NormalizeConfig {
            max_nesting: 8,
            ..NormalizeConfig::default()
        });
        let norm = |s: String| n.normalize(&RawMessage::from_payload(s));
        let deep_json = format!("{{\"body\": {}1{}}}", "[".repeat(8), "]".repeat(8));
        assert_eq!(norm(deep_json).unwrap_err().reason, "json_too_deep");
        // Brackets inside strings do not count, escaped quotes do not end them.
        let shallow = format!(
            "{{\"title\": \"a \\\" {}\", \"body\": \"The port reopened on Monday.\"}}",
            "[".repeat(50)
        );
        assert!(norm(shallow).is_ok());
        // An escaped backslash before a closing quote, and strings left open, end where they do.
        assert!(!nesting_exceeds(r#"{"a": "x\\", "b": [[1]]}"#, 3));
        assert!(nesting_exceeds(r#"{"a": "x\\", "b": [[1]]}"#, 2));
        assert!(!nesting_exceeds(r#"{"a": "x\"#, 1));
        assert!(!nesting_exceeds(r#"{"a": "[[[["#, 1));
        assert_eq!(after_string(br#"ab\"c"#, 0), 5);
        let deep_xml = format!(
            "<newsItem>{}x{}</newsItem>",
            "<a>".repeat(8),
            "</a>".repeat(8)
        );
        assert_eq!(norm(deep_xml).unwrap_err().reason, "xml_too_deep");
    }

    #[test]
    fn content_type_header_overrides_detection() {
        let mut msg = RawMessage::from_payload("{not json at all but text}");
        msg.headers
            .push(("content-type".into(), b"application/json".to_vec()));
        let n = Normalizer::new(NormalizeConfig::default());
        assert_eq!(n.normalize(&msg).unwrap_err().reason, "json_malformed");
    }

    #[test]
    fn languages_are_detected() {
        let a = norm(b"The central bank raised interest rates on Thursday for the third time this year, citing stubborn inflation.").unwrap();
        assert_eq!(a.language.as_deref(), Some("en"));
        let b = norm("El banco central subió los tipos de interés el jueves por tercera vez este año, citando la inflación.".as_bytes()).unwrap();
        assert_eq!(b.language.as_deref(), Some("es"));
    }
}
