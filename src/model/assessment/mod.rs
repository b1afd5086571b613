//! The self-assessment "How CEO-like is your product role?": answers on each question's own
//! scale, the result they come to, the snapshots kept over time and the Markdown export.

pub mod answers;
pub mod doc;
pub mod history;
pub mod markdown;
pub mod result;

pub use answers::{Answer, Answers, Progress};
pub use doc::{AssessmentDoc, CannotFinish, Draft, Pace};
pub use history::{movements, Movement, Snapshot};
pub use markdown::result_markdown;
pub use result::{AssessmentResult, Placement};
