//! The document around the app: its title, the current address, and moving focus or scrolling
//! to an element once the view has been drawn.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Sets the tab's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The full address of the page, as a person would share it.
pub fn current_url() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Focuses the element with this id now, if it is there.
pub fn focus(id: &str) -> bool {
    element(id).is_some_and(|element| element.focus().is_ok())
}

/// After the next frame (when the view has been redrawn), focuses the element with `id` and,
/// if `scroll` is set, brings it to the middle of the screen.
pub fn focus_after_render(id: String, scroll: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        if let Some(element) = element(&id) {
            if scroll {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(scroll);
            element.focus_with_options(&options).ok();
        }
    });
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}

/// Moves the roving tab stop of a group of controls from one element to another, and focuses it.
pub fn move_tab_stop(from: &str, to: &str) {
    if let (Some(from), Some(to)) = (element(from), element(to)) {
        from.set_tab_index(-1);
        to.set_tab_index(0);
        to.focus().ok();
    }
}

/// After the next frame, scrolls the element with `id` to the top of the screen if none of it is
/// in view (on a phone, a panel drawn below the diagram); otherwise leaves the page where it is.
pub fn reveal_after_render(id: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(move || {
        let (Some(element), Some(window)) = (element(&id), web_sys::window()) else {
            return;
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let rect = element.get_bounding_client_rect();
        if rect.top() >= height || rect.bottom() <= 0.0 {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Start);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    window
        .request_animation_frame(callback.unchecked_ref())
        .ok();
}
