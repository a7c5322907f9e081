//! Shell-style globs (`*`, `?`, `[a-z]`, `[!a-z]`), as Python's `fnmatch` reads them: Meltano's
//! `select` rules, `metadata` keys and `include_paths` use them.
//!
//! Matching is iterative and takes at most `pattern × text` steps, whatever the pattern: a
//! pattern of many stars cannot make it backtrack exponentially (it runs on the async threads).

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// Any run of characters, the empty one included.
    Star,
    /// Any one character.
    Any,
    /// One character in (or, negated, not in) the set of single characters and ranges.
    Class {
        negated: bool,
        items: Vec<(char, char)>,
    },
    Literal(char),
}

impl Token {
    fn matches(&self, c: char) -> bool {
        match self {
            Self::Star | Self::Any => true,
            Self::Class { negated, items } => {
                items.iter().any(|&(low, high)| low <= c && c <= high) != *negated
            }
            Self::Literal(literal) => *literal == c,
        }
    }
}

fn tokens(pattern: &str) -> Vec<Token> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            // Consecutive stars match what one does.
            '*' if tokens.last() == Some(&Token::Star) => {}
            '*' => tokens.push(Token::Star),
            '?' => tokens.push(Token::Any),
            '[' => {
                let negated = chars.get(i + 1) == Some(&'!');
                let start = i + 1 + usize::from(negated);
                // As in fnmatch, a `]` right after `[` (or `[!`) is part of the set.
                let end = (start + 1..chars.len()).find(|&j| chars[j] == ']');
                match end {
                    Some(end) => {
                        let set = &chars[start..end];
                        let mut items = Vec::new();
                        let mut k = 0;
                        while k < set.len() {
                            if k + 2 < set.len() && set[k + 1] == '-' {
                                items.push((set[k], set[k + 2]));
                                k += 3;
                            } else {
                                items.push((set[k], set[k]));
                                k += 1;
                            }
                        }
                        tokens.push(Token::Class { negated, items });
                        i = end;
                    }
                    // An unclosed `[` is itself.
                    None => tokens.push(Token::Literal('[')),
                }
            }
            other => tokens.push(Token::Literal(other)),
        }
        i += 1;
    }
    tokens
}

/// Whether the whole of `text` matches `pattern`.
pub fn matches(pattern: &str, text: &str) -> bool {
    let tokens = tokens(pattern);
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    // The last star seen and where in the text it started: on a mismatch, it takes one more
    // character. Only the last star needs retrying, so no step is ever repeated twice.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match tokens.get(p) {
            Some(Token::Star) => {
                star = Some((p, t));
                p += 1;
            }
            Some(token) if token.matches(text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((star_at, taken)) => {
                    p = star_at + 1;
                    t = taken + 1;
                    star = Some((star_at, taken + 1));
                }
                None => return false,
            },
        }
    }
    tokens[p..].iter().all(|token| *token == Token::Star)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The obvious recursive matcher, exponential but clearly right: the oracle.
    fn oracle(p: &[Token], t: &[char]) -> bool {
        match p.first() {
            None => t.is_empty(),
            Some(Token::Star) => (0..=t.len()).any(|skip| oracle(&p[1..], &t[skip..])),
            Some(token) => !t.is_empty() && token.matches(t[0]) && oracle(&p[1..], &t[1..]),
        }
    }

    #[test]
    fn fnmatch_forms() {
        for (pattern, text, expected) in [
            ("tap-*", "tap-gitlab", true),
            ("*.*", "users.id", true),
            ("users.?d", "users.id", true),
            ("subconfig_[0-9].yml", "subconfig_1.yml", true),
            ("subconfig_[0-9].yml", "subconfig_a.yml", false),
            ("[!a]*", "bcd", true),
            ("[!a]*", "abc", false),
            ("[]]", "]", true),
            ("[a", "[a", true),
            ("a*b*c", "aXbYc", true),
            ("a*b*c", "aXbY", false),
            ("", "", true),
            ("*", "", true),
            ("?", "", false),
        ] {
            assert_eq!(matches(pattern, text), expected, "{pattern} ~ {text}");
        }
    }

    #[test]
    fn many_stars_do_not_backtrack_exponentially() {
        // 40 stars against 10,000 characters that almost match: the recursive matcher never ends.
        let pattern = format!("{}b", "a*".repeat(40));
        let text = "a".repeat(10_000);
        assert!(!matches(&pattern, &text));
    }

    proptest! {
        /// Agrees with the recursive definition on every small pattern and text.
        #[test]
        fn agrees_with_the_recursive_definition(pattern in "[ab*?\\[\\]!-]{0,8}", text in "[ab\\[\\]!-]{0,8}") {
            let expected = oracle(&tokens(&pattern), &text.chars().collect::<Vec<_>>());
            prop_assert_eq!(matches(&pattern, &text), expected);
        }
    }
}
