//! What happens if the app panics: a readable message in the console and a visible banner,
//! so a person never stares at a blank or frozen page without knowing why.

use wasm_bindgen::JsCast;

/// The text of the banner shown when the app has stopped.
pub const CRASH_MESSAGE: &str =
    "Something went wrong and the app stopped. Reload the page to start again; \
     anything saved in this browser is still there.";

/// Installs the panic hook. Safe to call more than once.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_banner();
    }));
}

pub fn show_crash_banner() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Some(body), Ok(banner)) = (document.body(), document.create_element("div")) else {
        return;
    };
    banner.set_class_name("crash-banner");
    banner.set_attribute("role", "alert").ok();
    banner.set_text_content(Some(CRASH_MESSAGE));
    if let Ok(banner) = banner.dyn_into::<web_sys::HtmlElement>() {
        body.prepend_with_node_1(&banner).ok();
    }
}
