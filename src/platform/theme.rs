//! The colour theme: the system's light or dark setting, or the person's own choice, kept in
//! local storage and set as `data-theme` on `<html>` (public/first-screen.js applies a stored choice
//! before the first paint, so the page never flashes in the other theme).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::platform::storage;

/// Where the person's choice is kept, as the plain text `dark` or `light`.
pub const THEME_KEY: &str = "pm-compass.theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The person's stored choice, if any (anything else stored is ignored).
pub fn chosen() -> Option<Theme> {
    storage::load_raw(THEME_KEY)
        .ok()
        .flatten()
        .and_then(|name| Theme::from_name(&name))
}

/// Whether the stored text is a theme's name this build does not know (`high-contrast`): a
/// newer build's choice, left as is. Empty or damaged text is not, and may be replaced.
pub fn from_newer_build(raw: &str) -> bool {
    Theme::from_name(raw).is_none()
        && (1..=32).contains(&raw.len())
        && raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Shows `theme` now and remembers it; if storage refuses, or holds a newer build's choice, it
/// still applies to this visit and the error says which.
pub fn choose(theme: Theme) -> Result<(), storage::SaveError> {
    show(Some(theme));
    storage::save_unless_newer(THEME_KEY, theme.name(), from_newer_build)
}

/// Forgets the person's choice, so the system's setting applies again (now and on later
/// visits; a newer build's choice is left stored); returns the theme that now shows.
pub fn follow_system() -> Theme {
    show(None);
    let stored = storage::load_raw(THEME_KEY).ok().flatten();
    if !stored.is_some_and(|raw| from_newer_build(&raw)) {
        storage::remove(THEME_KEY);
    }
    system()
}

/// Shows a theme on this page only (`None`: the system's), as when another tab chose it;
/// returns the theme that now shows.
pub fn show(theme: Option<Theme>) -> Theme {
    if let Some(root) = document_element() {
        match theme {
            Some(theme) => root.set_attribute("data-theme", theme.name()).ok(),
            None => root.remove_attribute("data-theme").ok(),
        };
    }
    theme.unwrap_or_else(system)
}

/// The choice stored text holds, if it is one this build knows.
pub fn named(raw: &str) -> Option<Theme> {
    Theme::from_name(raw)
}

/// The system's setting: dark when it asks for dark.
fn system() -> Theme {
    if dark_query().is_some_and(|query| query.matches()) {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

fn dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(DARK_QUERY).ok().flatten()
}

/// The theme on show: the person's choice, else the system's setting, kept up to date when
/// the system switches.
pub fn shown() -> RwSignal<Theme> {
    let shown = RwSignal::new(chosen().unwrap_or_else(system));
    if let Some(query) = dark_query() {
        let on_change = Closure::<dyn Fn()>::new(move || {
            if chosen().is_none() {
                shown.set(system());
            }
        });
        query
            .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .ok();
        on_change.forget();
    }
    shown
}
