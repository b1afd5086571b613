//! Files the person saves or opens: downloading an export, reading an import.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download named `name`; says whether the browser took it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    offer(name, mime, text).is_some()
}

fn offer(name: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok();
    Some(())
}

/// The text of the first file chosen in a file input, and the file's size in bytes.
pub async fn read_chosen(input: &web_sys::HtmlInputElement) -> Option<(String, f64)> {
    let file = input.files()?.get(0)?;
    let size = file.size();
    let text = JsFuture::from(file.text()).await.ok()?;
    Some((text.as_string()?, size))
}
