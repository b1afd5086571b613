//! The browser edge: everything that touches `window` or `document` directly.
//! Views call in here; the model never does.

pub mod document;
pub mod panic;
