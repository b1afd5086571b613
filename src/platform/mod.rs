//! The browser edge: everything that touches `window`, `document` or `navigator` directly.
//! Views call in here; the model never does.

pub mod clipboard;
pub mod document;
pub mod events;
pub mod files;
pub mod offline;
pub mod panic;
pub mod sticky;
pub mod storage;
pub mod theme;
