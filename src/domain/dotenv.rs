//! A project's `.env`, as Meltano reads it (python-dotenv): `KEY=VALUE` lines, an optional
//! `export ` before the key, `#` comments, values bare, `'single'` (as written) or `"double"`
//! quoted (`\n`, `\t`, `\"` and `\\` escaped; may span lines). `${VAR}` and `${VAR:-default}`
//! in a bare or double-quoted value are expanded from the lines above it only: the server's own
//! variables are never a project's.
//!
//! Hand-written rather than `dotenvy`, whose substitution falls back to the process's
//! environment.

use std::collections::BTreeMap;

/// Each variable of `text`; a line that is not an assignment answers its number and why.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, (usize, String)> {
    let mut vars = BTreeMap::new();
    let mut lines = text.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let number = index + 1;
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
        let Some((key, rest)) = line.split_once('=') else {
            return Err((number, "is not KEY=VALUE".into()));
        };
        let key = key.trim();
        let valid_key = key
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
        if !valid_key {
            return Err((number, format!("'{key}' is not a variable name")));
        }
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let mut body = rest[1..].to_string();
                // A quoted value may go on over the next lines until its closing quote.
                let closing = loop {
                    if let Some(at) = closing_quote(&body, quote) {
                        break at;
                    }
                    match lines.next() {
                        Some((_, next)) => {
                            body.push('\n');
                            body.push_str(next);
                        }
                        None => return Err((number, format!("has no closing {quote}"))),
                    }
                };
                let inner = &body[..closing];
                if quote == '"' {
                    expand_braced(&unescape(inner), &vars)
                } else {
                    inner.to_string()
                }
            }
            _ => {
                // A bare value ends at ` #` (a comment) and has no surrounding spaces.
                let bare = match rest.find(" #") {
                    Some(at) => &rest[..at],
                    None => rest,
                };
                expand_braced(bare.trim_end(), &vars)
            }
        };
        vars.insert(key.to_string(), value);
    }
    Ok(vars)
}

/// `${VAR}` (empty when unset) and `${VAR:-default}`, as python-dotenv interpolates; `$VAR`
/// stays as written.
fn expand_braced(text: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let Some(length) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        let inside = &rest[start + 2..start + length];
        let (name, default) = inside.split_once(":-").unwrap_or((inside, ""));
        out.push_str(vars.get(name).map_or(default, String::as_str));
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// Where the closing `quote` of a value is, skipping `\`-escaped ones in double quotes.
fn closing_quote(body: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (at, c) in body.char_indices() {
        match c {
            '\\' if quote == '"' && !escaped => escaped = true,
            c if c == quote && !escaped => return Some(at),
            _ => escaped = false,
        }
    }
    None
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other @ ('"' | '\\' | '\'')) => out.push(other),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_meltano_projects_write() {
        let text = "# secrets\nTAP_X_TOKEN=abc123\nexport PG_PASSWORD='p@ss $word'\n\
                    DSN=\"postgresql://u:${PG_PASSWORD}@h/db\"\nEMPTY=\nSPACED = v # note\n\
                    MULTI=\"line 1\nline 2\"\nESCAPED=\"a\\\"b\\nc\"\nUNSET=${NOPE}x\nDEFAULTED=${NOPE:-d}\nBARE=$TAP_X_TOKEN\n";
        let vars = parse(text).unwrap();
        assert_eq!(vars["TAP_X_TOKEN"], "abc123");
        assert_eq!(vars["PG_PASSWORD"], "p@ss $word");
        assert_eq!(vars["DSN"], "postgresql://u:p@ss $word@h/db");
        assert_eq!(vars["EMPTY"], "");
        assert_eq!(vars["SPACED"], "v");
        assert_eq!(vars["MULTI"], "line 1\nline 2");
        assert_eq!(vars["ESCAPED"], "a\"b\nc");
        assert_eq!(vars["UNSET"], "x", "never from the server's own variables");
        assert_eq!(vars["DEFAULTED"], "d");
        assert_eq!(vars["BARE"], "$TAP_X_TOKEN");
    }

    #[test]
    fn a_line_that_is_no_assignment_is_named() {
        assert_eq!(parse("A=1\nnot an assignment\n").unwrap_err().0, 2);
        assert_eq!(parse("1A=x").unwrap_err().0, 1);
        assert_eq!(parse("A=\"open\nB=2").unwrap_err().0, 1);
    }

    proptest! {
        /// A variable written quoted, as Meltano's `config set` writes `.env`, reads back as
        /// written; anything at all is answered, never a panic.
        #[test]
        fn quoted_values_read_back(key in "[A-Z_][A-Z0-9_]{0,20}", value in "[^'\\n]{0,40}", junk in "\\PC{0,200}") {
            let vars = parse(&format!("{key}='{value}'\n")).unwrap();
            prop_assert_eq!(&vars[&key], &value);
            let _ = parse(&junk);
        }
    }
}
