//! The notes written out for the person: as JSON (the stored format, lossless, for a backup or
//! another browser) and as Markdown (to read), grouped by what they are attached to.

use super::date::utc_date;
use super::doc::NotesDoc;
use super::note::Note;
use super::target::Kind;

pub use super::format::to_json;

/// Heading of the Markdown export.
pub const MARKDOWN_TITLE: &str = "PM Compass notes";

/// Said after the label of a note whose target the knowledge base no longer has.
pub const ORPHANED_MARK: &str = "(no longer in PM Compass)";

/// The live notes as Markdown: one section a kind (Standalone, Cells, Dimensions, Roles, Rungs,
/// Steps; empty ones left out), each note under its label with the day it last changed (UTC),
/// most recent first. Deleted notes are not written.
pub fn to_markdown(doc: &NotesDoc) -> String {
    let mut out = format!("# {MARKDOWN_TITLE}\n");
    let notes = doc.recent();
    if notes.is_empty() {
        out.push_str("\nNo notes yet.\n");
        return out;
    }
    for kind in Kind::ALL {
        let group: Vec<&Note> = notes
            .iter()
            .copied()
            .filter(|note| note.target.kind() == kind)
            .collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {}\n", kind.heading()));
        for note in group {
            out.push_str(&format!("\n### {}", note.label()));
            if note.is_orphaned() {
                out.push_str(&format!(" {ORPHANED_MARK}"));
            }
            out.push_str(&format!(
                "\n\n_Last changed {}_\n\n",
                utc_date(note.last_change())
            ));
            for line in note.text.trim_end().lines() {
                out.push_str(&as_text(line));
                out.push('\n');
            }
        }
    }
    out
}

/// A line of a note, escaped where Markdown would read it as a heading or a rule, so a note
/// cannot break the export's outline.
fn as_text(line: &str) -> String {
    let trimmed = line.trim();
    let all = |c: char| !trimmed.is_empty() && trimmed.chars().all(|d| d == c);
    if trimmed.starts_with('#') || all('-') || all('=') || all('*') || all('_') {
        let indent = line.len() - line.trim_start().len();
        format!("{}\\{}", &line[..indent], &line[indent..])
    } else {
        line.to_string()
    }
}
