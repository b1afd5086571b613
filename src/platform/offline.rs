//! Working offline: registers the service worker that keeps the build in a cache, says when a
//! newer build is ready to take over, hands over to it, and tracks whether the browser is online.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The message the service worker takes as "take over now".
const ACTIVATE: &str = "activate-new-version";

/// The build this page runs, as `scripts/finish-build.mjs` wrote it into the page: a hash of the
/// build's files, "dev" for development builds, `None` when the page has no id (component tests).
pub fn build_id() -> Option<String> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector("meta[name=pm-compass-build]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|id| !id.is_empty())
}

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    // Browsers without service workers (or pages that are not a secure context) lack the field.
    let has_workers =
        js_sys::Reflect::has(window.navigator().as_ref(), &"serviceWorker".into()).unwrap_or(false);
    has_workers.then(|| window.navigator().service_worker())
}

/// Registers the service worker of a release build and calls `ready` when a newer build has
/// been fetched whole and is waiting to take over from the one running this page.
pub fn keep_offline(ready: impl Fn() + Clone + 'static) {
    match build_id() {
        Some(id) if id != "dev" => {}
        _ => return,
    }
    let Some(workers) = container() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(workers.register("sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // A page opened while an update was already waiting, or still installing (the
        // browser's own check on this visit may have started it before the app was up).
        if registration.waiting().is_some() && workers.controller().is_some() {
            ready();
        } else if let Some(worker) = registration.installing() {
            watch_install(worker, ready.clone());
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = watched.installing() {
                watch_install(worker, ready.clone());
            }
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
        // Ask the server for a newer build now, not only when the browser gets round to it;
        // offline this fails, and the installed build goes on running.
        if let Ok(checked) = registration.update() {
            JsFuture::from(checked).await.ok();
        }
    });
}

/// Calls `ready` once `worker`, a newer build being installed, has all its files. The first
/// install on a page no worker controls yet is not an update, and says nothing.
fn watch_install(worker: ServiceWorker, ready: impl Fn() + 'static) {
    let watched = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        let is_update = container().is_some_and(|workers| workers.controller().is_some());
        if watched.state() == ServiceWorkerState::Installed && is_update {
            ready();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Hands over to the waiting build and reloads the page once it is in charge, so the page comes
/// back whole in the new version.
pub fn switch_to_new_version() {
    let Some(workers) = container() else {
        reload();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = match JsFuture::from(workers.get_registration()).await {
            Ok(found) => found
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|registration| registration.waiting()),
            Err(_) => None,
        };
        let Some(waiting) = waiting else {
            reload();
            return;
        };
        let on_change = Closure::once_into_js(reload);
        workers.set_oncontrollerchange(Some(on_change.unchecked_ref()));
        if waiting.post_message(&ACTIVATE.into()).is_err() {
            reload();
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        window.location().reload().ok();
    }
}

/// Whether the browser is online, following its `online` and `offline` events.
pub fn online() -> ReadSignal<bool> {
    let is_online = web_sys::window().is_none_or(|window| window.navigator().on_line());
    let (online, set_online) = signal(is_online);
    let went_online = window_event_listener(ev::online, move |_| set_online.set(true));
    let went_offline = window_event_listener(ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    online
}

/// Marks the page as offline (`data-network="offline"` on `<html>`) or not, so that whatever
/// needs the network, such as a link to another site, can say so (`style/sourcing.css`).
pub fn mark_page(online: bool) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    if online {
        root.remove_attribute("data-network").ok();
    } else {
        root.set_attribute("data-network", "offline").ok();
    }
}
