//! Page-wide events the app listens to: another tab changing local storage, and the page being
//! hidden or closed (the last moment to save what was typed).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `changed(key, new_value)` when another tab changes local storage.
pub fn on_storage_change(changed: impl Fn(String, Option<String>) + 'static) {
    let handle = window_event_listener(ev::storage, move |event: web_sys::StorageEvent| {
        if let Some(key) = event.key() {
            changed(key, event.new_value());
        }
    });
    on_cleanup(move || handle.remove());
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
