//! The self-assessment as the app holds it: loaded from local storage, saved at once on every
//! answer, followed across tabs. Stored data that cannot be read is set aside, never overwritten;
//! a newer build's is left as it is; when storage refuses a write the answers stay on the page and
//! the person is told; deleted in another tab, it is gone here too.

use leptos::prelude::*;

use crate::components::newer_data::{use_newer_data, NewerData};
use crate::model::assessment::doc::ASSESSMENT_VERSION;
use crate::model::assessment::AssessmentDoc;
use crate::model::stored::is_newer;
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
    /// The stored text as this tab last read or wrote it: storage that holds something else now
    /// was changed or removed behind this tab's back (see `catch_up`).
    seen: StoredValue<Option<String>>,
    newer: NewerData,
}

/// Whether stored text is a newer build's assessment.
fn from_newer_build(raw: &str) -> bool {
    is_newer(raw, u64::from(ASSESSMENT_VERSION))
}

impl AssessmentStore {
    fn load(newer: NewerData) -> AssessmentStore {
        let mut problem = None;
        let mut may_save = true;
        let stored = storage::load_raw(ASSESSMENT_KEY);
        let seen = stored.clone().ok().flatten();
        let doc = match stored {
            Ok(None) => AssessmentDoc::default(),
            // Left as it is, and never saved over (see `save`).
            Ok(Some(raw)) if from_newer_build(&raw) => {
                newer.report();
                AssessmentDoc::default()
            }
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
            seen: StoredValue::new(seen),
            newer,
        }
    }

    /// Changes the assessment and saves it. The change applies to what storage holds now: an
    /// assessment removed behind this tab's back stays removed, and only this change is kept.
    pub fn change(&self, change: impl FnOnce(&AssessmentDoc) -> AssessmentDoc) {
        self.catch_up();
        let next = self.doc.with_untracked(change);
        self.doc.set(next);
        self.save();
    }

    /// Like `change`, for changes that may not apply; says whether it did.
    pub fn try_change(&self, change: impl FnOnce(&AssessmentDoc) -> Option<AssessmentDoc>) -> bool {
        self.catch_up();
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
        match storage::save_unless_newer(ASSESSMENT_KEY, &stored, from_newer_build) {
            Err(storage::SaveError::Newer) => self.newer.report(),
            Ok(()) => {
                self.seen.set_value(Some(stored));
                if self.problem.get_untracked() == Some(AssessmentProblem::NotSaving) {
                    self.problem.set(None);
                }
            }
            Err(storage::SaveError::Refused) => {
                self.problem.set(Some(AssessmentProblem::NotSaving))
            }
        }
    }

    /// Takes in what storage holds now if it changed without this tab hearing of it (removed
    /// by a tab that sent no event to itself, a page restored from the back-forward cache).
    fn catch_up(&self) {
        if let Ok(now) = storage::load_raw(ASSESSMENT_KEY) {
            if now != self.seen.get_value() {
                self.follow(now);
            }
        }
    }

    /// Follows what another tab left in storage: removed, a newer build's, or an assessment.
    fn follow(&self, value: Option<String>) {
        let Some(raw) = value else {
            return self.forget_all();
        };
        if from_newer_build(&raw) {
            return self.newer.report();
        }
        if !self.may_save.get_value() {
            return;
        }
        // Another tab wrote something unreadable: keep what this tab has.
        if let Ok(doc) = AssessmentDoc::from_stored(&raw) {
            self.doc.set(doc);
            self.seen.set_value(Some(raw));
        }
    }

    /// Forgets the assessment and its saved results in memory, after they were deleted from
    /// storage here or in another tab.
    pub fn forget_all(&self) {
        self.seen.set_value(None);
        self.doc.set(AssessmentDoc::default());
        self.may_save.set_value(true);
        if matches!(
            self.problem.get_untracked(),
            Some(AssessmentProblem::Unreadable { .. })
        ) {
            self.problem.set(None);
        }
    }
}

/// Loads the assessment, follows other tabs' changes to it, and provides it to every view.
pub fn provide_assessment() -> AssessmentStore {
    let store = AssessmentStore::load(use_newer_data());
    events::on_key_change(ASSESSMENT_KEY, move |value| store.follow(value));
    provide_context(store);
    store
}

/// The assessment; panics only if used outside the app's shell.
pub fn use_assessment() -> AssessmentStore {
    expect_context::<AssessmentStore>()
}
