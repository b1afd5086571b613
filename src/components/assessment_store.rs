//! The self-assessment as the app holds it: loaded from local storage, saved at once on every
//! answer, followed across tabs. Stored data that cannot be read is set aside, never overwritten,
//! and when storage refuses a write the answers stay on the page and the person is told.

use leptos::prelude::*;

use crate::model::assessment::AssessmentDoc;
use crate::platform::{events, storage};

/// Where the assessment is kept in this browser.
pub const ASSESSMENT_KEY: &str = "pm-compass.assessment";

/// Something about storage the person needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentProblem {
    /// The stored assessment could not be read; its text is kept under `backup_key`.
    Unreadable { reason: String, backup_key: String },
    /// Storage refuses to save: answers live only on this page.
    NotSaving,
}

#[derive(Clone, Copy)]
pub struct AssessmentStore {
    pub doc: RwSignal<AssessmentDoc>,
    pub problem: RwSignal<Option<AssessmentProblem>>,
    /// Saving is held back while unreadable stored data could not be set aside.
    may_save: StoredValue<bool>,
}

impl AssessmentStore {
    fn load() -> AssessmentStore {
        let mut problem = None;
        let mut may_save = true;
        let doc = match storage::load_raw(ASSESSMENT_KEY) {
            Ok(None) => AssessmentDoc::default(),
            Ok(Some(raw)) => AssessmentDoc::from_stored(&raw).unwrap_or_else(|reason| {
                let backup_key = format!("{ASSESSMENT_KEY}.unreadable");
                may_save = storage::save_raw(&backup_key, &raw).is_ok();
                problem = Some(AssessmentProblem::Unreadable { reason, backup_key });
                AssessmentDoc::default()
            }),
            Err(storage::Unavailable) => {
                problem = Some(AssessmentProblem::NotSaving);
                AssessmentDoc::default()
            }
        };
        AssessmentStore {
            doc: RwSignal::new(doc),
            problem: RwSignal::new(problem),
            may_save: StoredValue::new(may_save),
        }
    }

    /// Changes the assessment and saves it.
    pub fn change(&self, change: impl FnOnce(&AssessmentDoc) -> AssessmentDoc) {
        let next = self.doc.with_untracked(change);
        self.doc.set(next);
        self.save();
    }

    /// Like `change`, for changes that may not apply; says whether it did.
    pub fn try_change(&self, change: impl FnOnce(&AssessmentDoc) -> Option<AssessmentDoc>) -> bool {
        match self.doc.with_untracked(change) {
            Some(next) => {
                self.doc.set(next);
                self.save();
                true
            }
            None => false,
        }
    }

    fn save(&self) {
        if !self.may_save.get_value() {
            return;
        }
        let stored = self.doc.with_untracked(AssessmentDoc::to_stored);
        match storage::save_raw(ASSESSMENT_KEY, &stored) {
            Ok(()) => {
                if self.problem.get_untracked() == Some(AssessmentProblem::NotSaving) {
                    self.problem.set(None);
                }
            }
            Err(storage::SaveError::Refused) => {
                self.problem.set(Some(AssessmentProblem::NotSaving))
            }
        }
    }
}

/// Loads the assessment, follows other tabs' changes to it, and provides it to every view.
pub fn provide_assessment() -> AssessmentStore {
    let store = AssessmentStore::load();
    events::on_storage_change(move |key, value| {
        if key != ASSESSMENT_KEY || !store.may_save.get_value() {
            return;
        }
        let doc = match value.as_deref().map(AssessmentDoc::from_stored) {
            None => AssessmentDoc::default(),
            Some(Ok(doc)) => doc,
            // Another tab wrote something unreadable: keep what this tab has.
            Some(Err(_)) => return,
        };
        store.doc.set(doc);
    });
    provide_context(store);
    store
}

/// The assessment; panics only if used outside the app's shell.
pub fn use_assessment() -> AssessmentStore {
    expect_context::<AssessmentStore>()
}
