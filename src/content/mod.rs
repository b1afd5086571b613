//! The knowledge base: the TOML files beside this module, compiled into `KNOWLEDGE` by build.rs.
//! See README.md here for the format; `tests/knowledge.rs` checks that the content is whole.

use crate::model::knowledge::{
    Argument, Cell, Citation, Debate, Dimension, Entry, Knowledge, Role, Rung, Side, Source,
    Stance, Step, Theme, Track, Verdict,
};

include!(concat!(env!("OUT_DIR"), "/knowledge.rs"));
