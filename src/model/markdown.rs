//! Text people typed, written into a Markdown document so that it reads back as that text and
//! nothing else: no heading, list, quote, code, table, link or HTML can come out of it, so the
//! document's outline is exactly the app's, whatever a note holds (CommonMark and GitHub's).

/// ASCII characters escaped wherever they stand: each can open code, emphasis, a link, HTML, a
/// heading, a quote, a table cell or a strikethrough. (`&` is escaped only where it would start
/// an entity, so "P&L" stays as it is.)
const ALWAYS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~'];

/// One line of text for inside a heading or a paragraph: the escapes above, line breaks and
/// other control characters but tabs made spaces, and NUL (which CommonMark replaces) made U+FFFD.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        match c {
            '\0' => out.push('\u{FFFD}'),
            '\t' => out.push('\t'),
            '&' if starts_entity(&text[at + 1..]) => out.push_str("\\&"),
            c if c.is_control() => out.push(' '),
            c if ALWAYS.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether the text after a `&` would make it an entity: `name;`, `#digits;` or `#xhex;`.
fn starts_entity(rest: &str) -> bool {
    let Some(end) = rest.find(';') else {
        return false;
    };
    let body = &rest[..end];
    let valid = if let Some(number) = body.strip_prefix('#') {
        match number.strip_prefix(['x', 'X']) {
            Some(hex) => (1..=6).contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => (1..=7).contains(&number.len()) && number.chars().all(|c| c.is_ascii_digit()),
        }
    } else {
        body.starts_with(|c: char| c.is_ascii_alphabetic())
            && body.len() <= 32
            && body.chars().all(|c| c.is_ascii_alphanumeric())
    };
    valid
}

/// Text of any number of lines as paragraphs: each line kept as a line (a hard break between
/// lines), blank lines between paragraphs (a run of them is one), indentation kept as no-break
/// spaces so that it cannot start a code block, and whatever would start a list, a heading or a
/// rule at the start of a line escaped. Trailing spaces go; the result has no trailing newline.
pub fn paragraphs(text: &str) -> String {
    let text: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' | '\t' => c,
            '\0' => '\u{FFFD}',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in text.split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            if paragraphs.last().is_some_and(|lines| !lines.is_empty()) {
                paragraphs.push(Vec::new());
            }
            continue;
        }
        let body = line.trim_start_matches([' ', '\t']);
        let indent: String = line[..line.len() - body.len()]
            .chars()
            .map(|c| {
                if c == '\t' {
                    "\u{A0}\u{A0}\u{A0}\u{A0}"
                } else {
                    "\u{A0}"
                }
            })
            .collect();
        paragraphs
            .last_mut()
            .expect("there is always a paragraph")
            .push(format!("{indent}{}", line_start(&inline(body))));
    }
    paragraphs
        .into_iter()
        .filter(|lines| !lines.is_empty())
        .map(|lines| lines.join("\\\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Escapes what makes a line a list item, a setext underline or a rule: `-`, `+` or `=` first,
/// or a number followed by `.` or `)`.
fn line_start(line: &str) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let after = line[digits..].chars().next();
    if digits > 0 && matches!(after, Some('.' | ')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}
