//! The header's light/dark switch (pressed means dark) and, once the person has chosen, the way
//! back to following the system's setting. The choice is remembered in this browser.

use leptos::prelude::*;

use crate::platform::document;
use crate::platform::theme::{self, Theme};

const TOGGLE_ID: &str = "theme-toggle";

#[component]
pub fn ThemeToggle() -> impl IntoView {
    let shown = theme::shown();
    // Whether the person chose a theme (rather than following the system's).
    let chosen = RwSignal::new(theme::chosen().is_some());
    let toggle = move |_| {
        let next = match shown.get_untracked() {
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::Dark,
        };
        theme::choose(next);
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
