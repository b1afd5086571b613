//! Local storage for private data. A value that cannot be read is never overwritten: it is kept
//! under a backup key and the caller is told; a value a newer build wrote is left as it is; a
//! failed write leaves the data in memory and says so.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// What happened when reading a stored value.
#[derive(Debug, PartialEq, Eq)]
pub enum Loaded<T> {
    /// Nothing stored yet.
    Empty,
    Read(T),
    /// Stored, but unreadable; the raw text was copied to `backup_key` and left in place.
    Unreadable {
        backup_key: String,
    },
    /// Storage cannot be used at all (disabled, private mode).
    Unavailable,
}

/// Reads and parses the value under `key`.
pub fn load<T: DeserializeOwned>(key: &str) -> Loaded<T> {
    let Some(storage) = local_storage() else {
        return Loaded::Unavailable;
    };
    match LocalStorage::get(key) {
        Ok(value) => Loaded::Read(value),
        Err(StorageError::KeyNotFound(_)) => Loaded::Empty,
        Err(StorageError::SerdeError(_)) => {
            let backup_key = format!("{key}.unreadable");
            if let Ok(Some(raw)) = storage.get_item(key) {
                storage.set_item(&backup_key, &raw).ok();
            }
            Loaded::Unreadable { backup_key }
        }
        Err(StorageError::JsError(_)) => Loaded::Unavailable,
    }
}

/// Why a value could not be saved.
#[derive(Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is full, disabled or refused the write.
    Refused,
    /// What is stored there was written by a newer build of the app, and is left as it is.
    Newer,
}

pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), SaveError> {
    // gloo panics where storage cannot be reached at all (site data blocked): check first.
    if local_storage().is_none() {
        return Err(SaveError::Refused);
    }
    LocalStorage::set(key, value).map_err(|_| SaveError::Refused)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Storage cannot be used at all (disabled, blocked, private mode).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// The text stored under `key`: `Ok(None)` when nothing is.
pub fn load_raw(key: &str) -> Result<Option<String>, Unavailable> {
    local_storage()
        .ok_or(Unavailable)?
        .get_item(key)
        .map_err(|_| Unavailable)
}

/// Removes whatever is stored under `key`; where storage is blocked there is nothing to remove.
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        storage.remove_item(key).ok();
    }
}

/// Stores text under `key`; fails when storage is full, disabled or refuses.
pub fn save_raw(key: &str, text: &str) -> Result<(), SaveError> {
    local_storage()
        .ok_or(SaveError::Refused)?
        .set_item(key, text)
        .map_err(|_| SaveError::Refused)
}

/// Stores text under `key` unless what is stored there now was written by a newer build
/// (`is_newer` says so of the stored text): that stays, and the caller is told.
pub fn save_unless_newer(
    key: &str,
    text: &str,
    is_newer: impl Fn(&str) -> bool,
) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Refused)?;
    if let Ok(Some(stored)) = storage.get_item(key) {
        if is_newer(&stored) {
            return Err(SaveError::Newer);
        }
    }
    storage.set_item(key, text).map_err(|_| SaveError::Refused)
}

/// Every stored key that starts with `prefix`; none where storage is blocked.
pub fn keys_starting(prefix: &str) -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// Removes every key that starts with `prefix`, returning how many went. Other tabs see each
/// removal as a storage event.
pub fn remove_all_starting(prefix: &str) -> usize {
    let keys = keys_starting(prefix);
    for key in &keys {
        remove(key);
    }
    keys.len()
}
