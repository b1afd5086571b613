//! Copying a link and the system share sheet, where the browser offers them.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `navigator.share`, which web-sys has only behind an unstable flag.
    #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
    fn navigator_share(data: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Writes text to the clipboard. Fails where the browser refuses (no permission, no secure
/// context, no clipboard API).
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    // Outside a secure context `navigator.clipboard` is missing altogether.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null());
    if !present {
        return Err(());
    }
    let clipboard = navigator.clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// The browser offers a native share sheet.
pub fn can_share() -> bool {
    web_sys::window()
        .map(|window| js_sys::Reflect::has(&window.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// How a share came out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the app the person chose.
    Done,
    /// The person closed the share sheet: not an error, nothing to say.
    Cancelled,
    /// The browser could not share (refused, no share target, bad data).
    Failed,
}

/// Opens the share sheet with a title and a link.
pub async fn share(title: &str, url: &str) -> Shared {
    let data = js_sys::Object::new();
    let filled = js_sys::Reflect::set(&data, &"title".into(), &title.into()).is_ok()
        && js_sys::Reflect::set(&data, &"url".into(), &url.into()).is_ok();
    if !filled {
        return Shared::Failed;
    }
    let Ok(promise) = navigator_share(&data) else {
        return Shared::Failed;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|name| name.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}
