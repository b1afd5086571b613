//! The notes written out for the person: as JSON (the stored format, lossless, for a backup or
//! another browser) and as Markdown (to read), grouped by what they are attached to.

use crate::model::markdown::{inline, paragraphs};

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
/// most recent first. Deleted notes are not written. Whatever a note or a label holds comes out
/// as text (see `model::markdown`), so the headings are exactly these.
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
            out.push_str(&format!("\n### {}", inline(&note.label())));
            if note.is_orphaned() {
                out.push_str(&format!(" {ORPHANED_MARK}"));
            }
            out.push_str(&format!(
                "\n\n_Last changed {}_\n\n",
                utc_date(note.last_change())
            ));
            let text = paragraphs(&note.text);
            if !text.is_empty() {
                out.push_str(&text);
                out.push('\n');
            }
        }
    }
    out
}
