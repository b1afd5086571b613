//! The pure model of the app: no browser types live here, so every rule is tested natively.
//! Views read it; the browser edge (`platform`) never decides anything on its own.

pub mod answer;
pub mod assessment;
pub mod compare;
pub mod context;
pub mod hidden_open;
pub mod knowledge;
pub mod ladder;
pub mod ladder_marks;
pub mod ladder_state;
pub mod link_notice;
pub mod link_problem;
pub mod link_repair;
pub mod markdown;
pub mod matrix;
pub mod my_data;
pub mod notes;
pub mod query;
pub mod source;
pub mod stored;
pub mod view_state;

pub use view_state::{AssessState, LinkProblem, Listed, ParsedLink, View, ViewState};
