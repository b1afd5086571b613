//! The header's light/dark switch (pressed means dark) and, once the person has chosen, the way
//! back to following the system's setting. The choice is remembered in this browser and
//! followed in its other tabs.

use leptos::prelude::*;

use crate::components::newer_data::use_newer_data;
use crate::platform::theme::{self, Theme, THEME_KEY};
use crate::platform::{document, events, storage};

const TOGGLE_ID: &str = "theme-toggle";

/// The theme on show and whether the person chose it, shared by the switch and by "Delete all
/// my data", and kept in step with the other tabs.
#[derive(Clone, Copy)]
pub struct ThemeChoice {
    shown: RwSignal<Theme>,
    /// Whether the person chose a theme (rather than following the system's).
    chosen: RwSignal<bool>,
}

impl ThemeChoice {
    /// Shows the system's theme again, after the stored choice was deleted.
    pub fn forget(&self) {
        self.shown.set(theme::show(None));
        self.chosen.set(false);
    }
}

/// Reads the stored choice, follows the other tabs' changes to it, and provides it.
pub fn provide_theme_choice() -> ThemeChoice {
    let choice = ThemeChoice {
        shown: theme::shown(),
        chosen: RwSignal::new(theme::chosen().is_some()),
    };
    let newer = use_newer_data();
    // Chosen or let go in another tab: the same here. A choice this build does not know is a
    // newer build's: this page keeps its own colours.
    events::on_key_change(THEME_KEY, move |value| {
        match value.as_deref().map(theme::named) {
            Some(Some(theme)) => {
                choice.shown.set(theme::show(Some(theme)));
                choice.chosen.set(true);
            }
            Some(None) if value.as_deref().is_some_and(theme::from_newer_build) => newer.report(),
            Some(None) => {}
            None => choice.forget(),
        }
    });
    provide_context(choice);
    choice
}

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let ThemeChoice { shown, chosen } =
        use_context::<ThemeChoice>().unwrap_or_else(provide_theme_choice);
    let newer = use_newer_data();
    let toggle = move |_| {
        let next = match shown.get_untracked() {
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::Dark,
        };
        if theme::choose(next) == Err(storage::SaveError::Newer) {
            newer.report();
        }
        shown.set(next);
        chosen.set(true);
    };
    let follow_system = move |_| {
        shown.set(theme::follow_system());
        chosen.set(false);
        // The button goes with the choice it undoes: focus stays in the header, on the switch.
        document::focus_after_render(TOGGLE_ID.into(), false);
    };
    view! {
        <div class="theme-controls">
            <button
                type="button"
                id=TOGGLE_ID
                class="theme-toggle"
                aria-pressed=move || (shown.get() == Theme::Dark).to_string()
                title="Switch between light and dark colours"
                on:click=toggle
            >
                <svg class="theme-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>
                </svg>
                <span class="theme-label">"Dark theme"</span>
            </button>
            <Show when=move || chosen.get()>
                <button
                    type="button"
                    class="theme-system"
                    aria-label="System theme: follow this device's light or dark setting"
                    title="Follow this device's light or dark setting again"
                    on:click=follow_system
                >
                    "System"
                </button>
            </Show>
        </div>
    }
}
