//! The notes as the app holds them: loaded from local storage, edited in memory, saved shortly
//! after typing stops and at once when the page is hidden, merged with changes from other tabs.
//! Nothing typed is dropped: when storage fails, notes stay in memory and the person is told.
//! Notes a newer build saved are never saved over; notes deleted in another tab stay deleted.

use leptos::prelude::*;

use crate::components::newer_data::{use_newer_data, NewerData};
use crate::model::notes::{
    merge_since, parse_stored, to_stored, NoteId, NotesDoc, Target, Unreadable, NOTES_VERSION,
};
use crate::model::stored::is_newer;
use crate::platform::{events, storage};

/// Where the notes are kept in this browser.
pub const NOTES_KEY: &str = "pm-compass.notes";
/// How long after the last keystroke the notes are saved.
const SAVE_DELAY_MS: i32 = 400;

/// Whether what is on screen is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    Failed,
}

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// Stored notes could not be read; the text is kept under `backup_key`, untouched.
    Unreadable {
        reason: String,
        backup_key: String,
        raw: String,
    },
    /// Storage refuses to save (full, disabled, private mode): notes live only in memory.
    NotSaving,
}

#[derive(Clone, Copy)]
pub struct NotesStore {
    pub doc: RwSignal<NotesDoc>,
    /// Counts the changes that came from outside this page's editors (an import, another tab):
    /// the notes list re-sorts on these, never while the person types in it.
    pub outside_changes: RwSignal<u64>,
    /// The notes as last saved or read: what this tab's own changes are measured against.
    base: StoredValue<NotesDoc>,
    pub status: RwSignal<SaveStatus>,
    pub problem: RwSignal<Option<StoreProblem>>,
    /// Set when another tab's newer text replaced a note edited here.
    pub conflict: RwSignal<Option<String>>,
    counter: StoredValue<u64>,
    timer: StoredValue<Option<i32>>,
    /// Saving is held back while unreadable stored data could not be set aside.
    may_save: StoredValue<bool>,
    /// The items that have a live note. It changes only when a note appears or goes, not with
    /// each keystroke, so the marks on dozens of cells are not redrawn while typing.
    noted: Memo<Vec<Target>>,
    /// The item whose note "Go to it" asked for: its editor, once drawn, opens, comes into view
    /// and takes focus, then clears this.
    pub reveal: RwSignal<Option<Target>>,
    /// Where data from a newer build is reported.
    newer: NewerData,
    /// Counts the times every note was forgotten (deleted here or in another tab): views drop
    /// what they hold of deleted notes, such as an Undo, when it changes.
    pub wiped: RwSignal<u64>,
}

impl NotesStore {
    fn load(newer: NewerData) -> NotesStore {
        let mut problem = None;
        let mut may_save = true;
        let doc = match storage::load_raw(NOTES_KEY) {
            Ok(None) => NotesDoc::new(),
            Ok(Some(raw)) => match parse_stored(&raw) {
                Ok(doc) => doc,
                // A newer build's notes: left as they are, and never saved over (see `flush`).
                Err(Unreadable::Newer { .. }) => {
                    newer.report();
                    NotesDoc::new()
                }
                Err(unreadable) => {
                    let backup_key = format!("{NOTES_KEY}.unreadable");
                    may_save = storage::save_raw(&backup_key, &raw).is_ok();
                    problem = Some(StoreProblem::Unreadable {
                        reason: unreadable.message(),
                        backup_key,
                        raw,
                    });
                    NotesDoc::new()
                }
            },
            Err(storage::Unavailable) => {
                problem = Some(StoreProblem::NotSaving);
                NotesDoc::new()
            }
        };
        let doc_signal = RwSignal::new(doc.clone());
        let noted = Memo::new(move |_| {
            doc_signal.with(|doc| {
                doc.live()
                    .filter(|note| note.target.is_attached())
                    .map(|note| note.target.clone())
                    .collect::<Vec<_>>()
            })
        });
        NotesStore {
            noted,
            doc: doc_signal,
            outside_changes: RwSignal::new(0),
            base: StoredValue::new(doc),
            status: RwSignal::new(SaveStatus::Saved),
            problem: RwSignal::new(problem),
            conflict: RwSignal::new(None),
            counter: StoredValue::new((js_sys::Math::random() * 1_000_000.0) as u64),
            timer: StoredValue::new(None),
            may_save: StoredValue::new(may_save),
            reveal: RwSignal::new(None),
            newer,
            wiped: RwSignal::new(0),
        }
    }

    fn next_id(&self) -> NoteId {
        let counter = self.counter.get_value() + 1;
        self.counter.set_value(counter);
        NoteId::new(events::now(), counter)
    }

    /// Whether an item has a note, tracked only as notes appear and go.
    pub fn has_note(&self, target: &Target) -> bool {
        self.noted.with(|noted| noted.contains(target))
    }

    /// The live note on a target, tracked.
    pub fn text_on(&self, target: &Target) -> Option<String> {
        self.doc
            .with(|doc| doc.on(target).map(|note| note.text.clone()))
    }

    /// Writes the note on a target as typed; blank text deletes it.
    pub fn write(&self, target: Target, text: &str) {
        let now = events::now();
        let id = self.next_id();
        self.doc.update(|doc| {
            if text.trim().is_empty() {
                if let Some(existing) = doc.on(&target).map(|note| note.id.clone()) {
                    doc.delete(&existing, now).ok();
                }
            } else {
                doc.write_on(target, text, id, now).ok();
            }
        });
        self.save_soon();
    }

    /// Adds a standalone note, returning its id.
    pub fn add_standalone(&self, text: &str) -> Option<NoteId> {
        let id = self.next_id();
        let now = events::now();
        let added = self
            .doc
            .try_update(|doc| doc.add(id.clone(), Target::Standalone, text, now).is_ok())
            .unwrap_or(false);
        self.save_soon();
        added.then_some(id)
    }

    pub fn edit(&self, id: &NoteId, text: &str) {
        let now = events::now();
        self.doc.update(|doc| {
            if text.trim().is_empty() {
                doc.delete(id, now).ok();
            } else {
                doc.edit(id, text, now).ok();
            }
        });
        self.save_soon();
    }

    pub fn delete(&self, id: &NoteId) {
        let now = events::now();
        self.doc.update(|doc| {
            doc.delete(id, now).ok();
        });
        self.flush();
    }

    /// Replaces the notes (after an import) and saves at once. Storage emptied behind this tab's
    /// back leaves nothing saved to compare with: every imported note is kept.
    pub fn replace(&self, doc: NotesDoc) {
        if let Ok(None) = storage::load_raw(NOTES_KEY) {
            self.base.set_value(NotesDoc::new());
        }
        self.doc.set(doc);
        self.outside_changes.update(|n| *n += 1);
        self.flush();
    }

    fn save_soon(&self) {
        self.status.set(SaveStatus::Saving);
        if let Some(handle) = self.timer.get_value() {
            events::cancel(handle);
        }
        let store = *self;
        self.timer
            .set_value(events::after(SAVE_DELAY_MS, move || store.flush()));
    }

    /// Saves now what is in memory, if anything is waiting.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.get_value() {
            events::cancel(handle);
            self.timer.set_value(None);
        }
        if !self.may_save.get_value() {
            self.status.set(SaveStatus::Failed);
            return;
        }
        // What storage holds now may have changed without this tab hearing of it (a removal
        // racing the save delay, a page restored from the browser's back-forward cache): notes
        // removed are not written back, and another tab's changes are merged in first.
        let base = self.base.get_value();
        match storage::load_raw(NOTES_KEY) {
            Ok(None) if base != NotesDoc::new() => {
                // Removed without this tab hearing of it (in this very tab, or site data
                // cleared): what it held as saved goes; what was written here since stays.
                let kept = merge_since(&base, &self.doc.get_untracked(), &NotesDoc::new()).doc;
                if kept == NotesDoc::new() {
                    return self.forget_all();
                }
                self.base.set_value(NotesDoc::new());
                self.doc.set(kept);
                self.outside_changes.update(|n| *n += 1);
            }
            Ok(Some(raw)) if raw != to_stored(&base) => self.take_in(&raw),
            _ => {}
        }
        let doc = self.doc.get_untracked();
        let from_newer_build = |stored: &str| is_newer(stored, NOTES_VERSION);
        match storage::save_unless_newer(NOTES_KEY, &to_stored(&doc), from_newer_build) {
            Err(storage::SaveError::Newer) => {
                self.status.set(SaveStatus::Failed);
                self.newer.report();
            }
            Ok(()) => {
                self.base.set_value(doc);
                self.status.set(SaveStatus::Saved);
                if self.problem.get_untracked() == Some(StoreProblem::NotSaving) {
                    self.problem.set(None);
                }
            }
            Err(_) => {
                self.status.set(SaveStatus::Failed);
                if self.problem.get_untracked().is_none() {
                    self.problem.set(Some(StoreProblem::NotSaving));
                }
            }
        }
    }

    /// Another tab saved its notes: take in its changes, keep this tab's, and say when a note
    /// edited here gave way to a newer text from there.
    fn take_in(&self, raw: &str) {
        let incoming = match parse_stored(raw) {
            Ok(incoming) => incoming,
            Err(Unreadable::Newer { .. }) => return self.newer.report(),
            Err(_) => return,
        };
        let merged = merge_since(&self.base.get_value(), &self.doc.get_untracked(), &incoming);
        if !merged.overwritten.is_empty() {
            let count = merged.overwritten.len();
            self.conflict.set(Some(if count == 1 {
                "A note you edited here was changed later in another tab; the newer text is kept."
                    .to_string()
            } else {
                format!(
                    "{count} notes you edited here were changed later in another tab; the newer \
                     texts are kept."
                )
            }));
        }
        if merged.wiped {
            // Views drop what they hold of the notes from before, such as an Undo.
            self.wiped.update(|n| *n += 1);
        }
        let unchanged_here = merged.doc == incoming;
        self.doc.set(merged.doc);
        self.outside_changes.update(|n| *n += 1);
        self.base.set_value(incoming);
        if !unchanged_here {
            // This tab has changes the other has not seen yet: save the merge for it.
            self.save_soon();
        }
    }

    /// Forgets every note, in memory, after they were deleted from storage (here or in another
    /// tab): nothing held here is written back, and only what is written after is kept.
    pub fn forget_all(&self) {
        if let Some(handle) = self.timer.get_value() {
            events::cancel(handle);
            self.timer.set_value(None);
        }
        self.doc.set(NotesDoc::new());
        self.base.set_value(NotesDoc::new());
        self.outside_changes.update(|n| *n += 1);
        self.status.set(SaveStatus::Saved);
        self.conflict.set(None);
        self.reveal.set(None);
        self.wiped.update(|n| *n += 1);
        self.may_save.set_value(true);
        if matches!(
            self.problem.get_untracked(),
            Some(StoreProblem::Unreadable { .. })
        ) {
            self.problem.set(None);
        }
    }

    /// Whether saving is held back because a newer build's notes are stored, tracked.
    pub fn held_for_newer(&self) -> bool {
        self.newer.seen()
    }
}

/// Loads the notes, listens to other tabs and to the page being hidden, and provides the store.
pub fn provide_notes() -> NotesStore {
    let store = NotesStore::load(use_newer_data());
    events::on_key_change(NOTES_KEY, move |value| match value {
        Some(value) => store.take_in(&value),
        None => store.forget_all(),
    });
    events::on_page_hidden(move || {
        if store.status.get_untracked() == SaveStatus::Saving {
            store.flush();
        }
    });
    provide_context(store);
    store
}

pub fn use_notes() -> NotesStore {
    expect_context::<NotesStore>()
}
