//! Native tests of the Markdown exports read back by a real CommonMark parser (with GitHub's
//! tables, strikethrough and footnotes): whatever a note holds, its text comes out as text and
//! the document's headings are exactly the app's; the assessment's document keeps its outline.
#![cfg(not(target_arch = "wasm32"))]

mod states;

use pm_compass::content::KNOWLEDGE;
use pm_compass::model::assessment::{result_markdown, AssessmentResult};
use pm_compass::model::markdown::{inline, paragraphs};
use pm_compass::model::notes::{to_markdown, Kind, Note, NoteId, NotesDoc, Target};
use proptest::prelude::*;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// What a reader sees: the headings (level and text) and, under each, the text of its body,
/// with every structure other than paragraphs and emphasis named so a test can refuse it.
#[derive(Debug, Default)]
struct Outline {
    headings: Vec<(u8, String)>,
    /// The text under each heading: paragraphs separated by "\n\n", lines by "\n".
    bodies: Vec<String>,
    /// Structures found in the document other than headings, paragraphs, emphasis and tables.
    others: Vec<String>,
    table_rows: usize,
}

fn outline(markdown: &str) -> Outline {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS;
    let mut out = Outline::default();
    let mut heading: Option<(u8, String)> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level_number(level), String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                out.headings.extend(heading.take());
                out.bodies.push(String::new());
            }
            Event::Text(text) => match &mut heading {
                Some((_, words)) => words.push_str(&text),
                None => push_body(&mut out, &text),
            },
            Event::SoftBreak | Event::HardBreak => push_body(&mut out, "\n"),
            Event::End(TagEnd::Paragraph) => push_body(&mut out, "\n\n"),
            Event::Start(Tag::Paragraph | Tag::Emphasis | Tag::Strong) => {}
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {}
            Event::Start(Tag::TableRow) => out.table_rows += 1,
            Event::Start(Tag::Table(_) | Tag::TableHead | Tag::TableCell)
            | Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {}
            other => out.others.push(format!("{other:?}")),
        }
    }
    out
}

fn push_body(out: &mut Outline, text: &str) {
    if out.bodies.is_empty() {
        out.bodies.push(String::new());
    }
    out.bodies.last_mut().unwrap().push_str(text);
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Text with every run of whitespace (no-break spaces and line breaks included) made one space,
/// and control characters counted as spaces: what a reader sees, whatever the line structure.
fn words(text: &str) -> String {
    text.replace('\0', "\u{FFFD}")
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text shaped like what breaks Markdown: fences, HTML, headings, lists, quotes, tables,
/// entities, escapes, indentation, and any character at all.
fn any_note_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("```".to_string()),
        Just("~~~".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<details>".to_string()),
        Just("<script>x</script>".to_string()),
        Just("# ".to_string()),
        Just("## Cells".to_string()),
        Just("### Role: CEO".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("    ".to_string()),
        Just("\t".to_string()),
        Just("- ".to_string()),
        Just("* ".to_string()),
        Just("+ ".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("> ".to_string()),
        Just("---".to_string()),
        Just("===".to_string()),
        Just("| a | b |".to_string()),
        Just("|---|---|".to_string()),
        Just("&amp;".to_string()),
        Just("&#35;".to_string()),
        Just("P&L".to_string()),
        Just("\\".to_string()),
        Just("`code`".to_string()),
        Just("*em* _em_ **strong**".to_string()),
        Just("[link](http://x)".to_string()),
        Just("![img](x)".to_string()),
        Just("<http://x>".to_string()),
        Just("[^1]".to_string()),
        Just("[x]: http://y".to_string()),
        Just("~~gone~~".to_string()),
        Just("- [ ] task".to_string()),
        "[a-z ]{1,12}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 1..14).prop_map(|pieces| pieces.concat())
}

fn note(n: usize, target: Target, text: String) -> Note {
    Note {
        id: NoteId(format!("n{n}")),
        target,
        text,
        created_at: 1_718_000_000_000 + n as u64,
        updated_at: 1_718_000_000_000 + n as u64,
        deleted_at: None,
    }
}

/// The headings the export must have, and nothing else: the title, each kind that has notes,
/// each note's label (and the mark of a note whose item is gone).
fn expected_headings(doc: &NotesDoc) -> Vec<(u8, String)> {
    let mut headings = vec![(1, "PM Compass notes".to_string())];
    let recent = doc.recent();
    for kind in Kind::ALL {
        let group: Vec<_> = recent
            .iter()
            .filter(|note| note.target.kind() == kind)
            .collect();
        if group.is_empty() {
            continue;
        }
        headings.push((2, kind.heading().to_string()));
        for note in group {
            let mut label = note.label().replace(|c: char| c.is_control(), " ");
            if note.is_orphaned() {
                label.push_str(" (no longer in PM Compass)");
            }
            headings.push((3, label));
        }
    }
    headings
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn any_note_text_comes_out_as_text_under_the_apps_headings(
        texts in proptest::collection::vec(any_note_text(), 1..5),
        orphan in "\\PC{1,20}",
    ) {
        let targets = [
            Target::Standalone,
            Target::cell("ceo", "budget"),
            Target::role("pm"),
            Target::role(&orphan),
            Target::rung("pm"),
        ];
        let notes = texts
            .iter()
            .enumerate()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(n, text)| note(n, targets[n % targets.len()].clone(), text.clone()));
        let doc = NotesDoc::from_notes(notes);
        let markdown = to_markdown(&doc);
        let read = outline(&markdown);
        prop_assert_eq!(&read.headings, &expected_headings(&doc), "{}", markdown);
        prop_assert!(read.others.is_empty(), "{:?} in {}", read.others, markdown);
        prop_assert_eq!(read.table_rows, 0);
        // Under each note's heading: its date line, then its text exactly as typed.
        let recent = doc.recent();
        let mut bodies = read.bodies.iter().filter(|body| body.starts_with("Last changed "));
        for kind in Kind::ALL {
            for note in recent.iter().filter(|note| note.target.kind() == kind) {
                let body = bodies.next().expect("a body for each note");
                let text = body.split_once("\n\n").map_or("", |(_, text)| text);
                prop_assert_eq!(words(text), words(&note.text), "{}", markdown);
                // Each line of the note is a line of its own, never joined to the next.
                let typed = note.text.replace("\r\n", "\n").replace('\r', "\n");
                let lines = typed.split('\n').filter(|line| !words(line).is_empty()).count();
                prop_assert_eq!(text.lines().filter(|line| !words(line).is_empty()).count(), lines);
            }
        }
    }

    #[test]
    fn a_line_of_any_text_stays_one_line_of_that_text(text in any::<String>()) {
        let line = inline(&text);
        let read = outline(&format!("## {line}\n"));
        let expected: String = text
            .chars()
            .map(|c| match c {
                '\0' => '\u{FFFD}',
                '\t' => '\t',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        // A heading's text loses the spaces and tabs around it, nothing else.
        let expected = expected.trim_matches([' ', '\t']);
        if expected.is_empty() {
            prop_assert!(read.headings.iter().all(|(_, words)| words.is_empty()));
        } else {
            prop_assert_eq!(&read.headings, &vec![(2, expected.to_string())], "{}", line);
        }
    }

    #[test]
    fn any_assessment_keeps_its_outline(answers in states::any_answers(), date in "\\PC{0,20}") {
        let markdown = result_markdown(&answers, &inline(&date));
        let read = outline(&markdown);
        prop_assert!(read.others.is_empty(), "{:?}", read.others);
        let result = AssessmentResult::of(&answers);
        let mut expected = vec![(1, "How CEO-like is my product role?".to_string())];
        if let Some(index) = result.index {
            expected.push((2, format!("Mini-CEO index: {} of 100 ({})", index.value, index.band())));
        }
        if result.gap.is_some() {
            expected.push((2, "I answer for more than I control".to_string()));
        }
        expected.push((2, "My answers".to_string()));
        expected.push((2, "What the articles say about my answers".to_string()));
        for row in result.rows.iter().filter(|row| row.level.is_some()) {
            expected.push((3, format!("{}: {}", row.dimension.name, row.level_name())));
        }
        prop_assert_eq!(&read.headings, &expected);
        // The table: under its header, one row for each question.
        prop_assert_eq!(read.table_rows, result.rows.len());
        prop_assert_eq!(result.rows.len(), KNOWLEDGE.questions.len());
    }
}

#[test]
fn paragraphs_keep_lines_and_blank_lines_and_escape_line_starts() {
    assert_eq!(paragraphs("a\nb\n\n\n c"), "a\\\nb\n\n\u{A0}c");
    assert_eq!(
        paragraphs("1. one\n- two\n=="),
        "1\\. one\\\n\\- two\\\n\\=="
    );
    assert_eq!(inline("P&L & more &amp; x"), "P&L & more \\&amp; x");
    assert_eq!(inline("```"), "\\`\\`\\`");
}
