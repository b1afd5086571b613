//! The app: a router around one page whose view and state live in the query string,
//! the shell (header, navigation, link notice) and the view it shows.

pub mod components;
pub mod content;
pub mod model;
pub mod platform;
pub mod views;

use leptos::prelude::*;
use leptos_router::components::Router;

use components::shell::Shell;

/// The whole app, ready to mount.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}
