//! Data in this browser saved by a newer build of the app (another tab runs it, or this page was
//! loaded before an update): every store leaves such data as it is and reports it here, and the
//! app says once, under the header, to reload.

use leptos::prelude::*;

/// Whether any store has met data from a newer build. Copy it into event handlers at setup.
#[derive(Clone, Copy)]
pub struct NewerData(RwSignal<bool>);

impl NewerData {
    /// Whether newer data was met, tracked.
    pub fn seen(&self) -> bool {
        self.0.get()
    }

    /// The newer data is gone (deleted here or in another tab): saving is safe again.
    pub fn clear(&self) {
        if self.0.get_untracked() {
            self.0.set(false);
        }
    }

    /// A store met newer data and left it as it is.
    pub fn report(&self) {
        if !self.0.get_untracked() {
            self.0.set(true);
        }
    }
}

/// Provides the app's record; the shell calls it before any store loads.
pub fn provide_newer_data() -> NewerData {
    let newer = NewerData(RwSignal::new(false));
    provide_context(newer);
    newer
}

/// The app's record, or one of its own for a component rendered alone (in a test).
pub fn use_newer_data() -> NewerData {
    use_context().unwrap_or_else(|| NewerData(RwSignal::new(false)))
}
