//! The app's keyed list: one `For` over slugs (roles, dimensions, columns, theme groups), so a
//! change adds, removes or moves only the items whose slugs changed. Every such list shares one
//! copy of the list code in the wasm: each `For` with closure types of its own is compiled anew.

use std::sync::Arc;

use leptos::prelude::*;

/// Draws the item of one slug. Called once per slug while the slug stays in the list.
pub type DrawItem = Arc<dyn Fn(&'static str) -> AnyView + Send + Sync>;

/// A keyed list of `slugs`, in their order, each item drawn by `draw`. When `slugs` changes
/// with the same slugs in the same order, nothing in the page is touched. What `draw` reads as it
/// draws is not tracked: an item follows its own signals, never redrawing the list.
pub fn keyed_slugs(slugs: Signal<Vec<&'static str>>, draw: DrawItem) -> impl IntoView {
    view! {
        <For each=move || slugs.get() key=|slug| *slug children=move |slug| untrack(|| draw(slug))/>
    }
}
