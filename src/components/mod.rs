//! Widgets shared by several screens, and the shell that frames them.

pub mod app_status;
pub mod assessment_store;
pub mod keyed;
pub mod link;
pub mod link_notice;
pub mod nav;
pub mod newer_data;
pub mod note_editor;
pub mod note_mark;
pub mod notes_notice;
pub mod notes_store;
pub mod outside_link;
pub mod print_sheet;
pub mod share_link;
pub mod shell;
pub mod sources_line;
pub mod theme_toggle;
pub mod view_intro;
