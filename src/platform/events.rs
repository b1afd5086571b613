//! Page-wide events the app listens to: another tab changing local storage, and the page being
//! hidden or closed (the last moment to save what was typed).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `changed(new_value)` when another tab changes what local storage holds under `key`:
/// `Some(text)` when it was written, `None` when it was removed or all storage was cleared.
pub fn on_key_change(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    let handle = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
        if !is_local_storage(event.storage_area()) {
            return;
        }
        match event.key() {
            Some(changed_key) if changed_key == key => changed(event.new_value()),
            Some(_) => {}
            // `localStorage.clear()`: every key is gone.
            None => changed(None),
        }
    });
    on_cleanup(move || handle.remove());
}

/// Whether an event's storage area is local storage (not another tab's session storage).
fn is_local_storage(area: Option<web_sys::Storage>) -> bool {
    let local = web_sys::window().and_then(|window| window.local_storage().ok().flatten());
    match (area, local) {
        (Some(area), Some(local)) => js_sys::Object::is(&area, &local),
        // An engine that leaves the area out: the keys are the app's own either way.
        (None, _) => true,
        (Some(_), None) => false,
    }
}

/// Calls `hidden()` when the page is hidden (switching tabs, locking a phone) or closed.
pub fn on_page_hidden(hidden: impl Fn() + Clone + 'static) {
    let on_hide = hidden.clone();
    let pagehide = window_event_listener(ev::pagehide, move |_| on_hide());
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let is_hidden = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| {
                document.visibility_state() == web_sys::VisibilityState::Hidden
            });
        if is_hidden {
            hidden();
        }
    });
    on_cleanup(move || {
        pagehide.remove();
        visibility.remove();
    });
}

/// Runs `later` once after `millis`, returning a handle that `cancel` stops.
pub fn after(millis: i32, later: impl FnOnce() + 'static) -> Option<i32> {
    let callback = wasm_bindgen::closure::Closure::once_into_js(later);
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), millis)
        .ok()
}

pub fn cancel(handle: i32) {
    if let Some(window) = web_sys::window() {
        window.clear_timeout_with_handle(handle);
    }
}

/// Milliseconds since the epoch, now.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}
