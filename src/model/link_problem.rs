//! What can be wrong with a link, and the sentence the notice says about each, in the page's words.

use crate::content::KNOWLEDGE;

use super::compare::{DEFAULT_ROLES, MAX_ROLES, VERDICT_KEY};
use super::view_state::join_words;

/// Longest piece of a bad link quoted back to the person in a notice.
const MAX_QUOTE_CHARS: usize = 24;

// The too-many-roles sentence spells the limit out.
const _: () = assert!(
    MAX_ROLES == 4,
    "the notice says a comparison holds four roles"
);

/// Something a link gave twice, as the slug it was read as; the repeat was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// A role in `roles=`.
    Role(&'static str),
    /// A dimension in `pin=`.
    Pin(&'static str),
    /// `from=` and `to=` naming the same rung (the rung's role).
    Rung(&'static str),
    /// A dimension answered twice in `answers=`; the first answer was kept.
    Answer(&'static str),
}

/// One part of a link that could not be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The whole query was longer than [`super::view_state::MAX_QUERY_BYTES`].
    TooLong {
        bytes: usize,
    },
    /// A key or value had broken percent-encoding or was not UTF-8.
    Unreadable,
    /// `view=` named no view we have (empty: no view was named).
    UnknownView(String),
    /// A key the app does not know.
    UnknownSetting(String),
    /// A key the app reads, given more than once; the first one was used.
    Repeated(String),
    /// A key with nothing after `=`.
    Empty(&'static str),
    /// `v=` from a later version of the app.
    NewerFormat(String),
    /// `v=` that is not a version number.
    UnknownFormat(String),
    UnknownRole(String),
    /// `from=` or `to=` naming no rung of the ladder.
    UnknownRung(String),
    /// A role, pinned row, rung or answer given twice; the repeat was dropped.
    Twice(Listed),
    /// More than four roles; the first four were kept.
    TooManyRoles(usize),
    /// Fewer than two roles; these defaults were added to fill the gap.
    TooFewRoles {
        added: Vec<&'static str>,
    },
    UnknownTheme(String),
    /// `org=` naming no organisation the context lens knows.
    UnknownContext(String),
    /// A pinned row naming no dimension.
    UnknownDimension(String),
    /// A switch that is not `0` or `1`.
    BadSwitch {
        key: &'static str,
        value: String,
    },
    /// `open=` naming a cell that is not in the comparison.
    NotOnShow(String),
    /// An item of `answers=` that is not a question's dimension and a level on its scale.
    BadAnswer(String),
}

impl LinkProblem {
    /// One sentence saying what was wrong and what is shown instead, in the page's words: names
    /// rather than slugs, and text from the link quoted only where the app has no name for it.
    pub fn sentence(&self) -> String {
        match self {
            LinkProblem::TooLong { bytes } => {
                format!("This link is too long to read ({bytes} bytes), so none of it is used.")
            }
            LinkProblem::Unreadable => {
                "This link has characters that cannot be decoded; those parts are left out."
                    .to_string()
            }
            LinkProblem::UnknownView(name) if name.is_empty() => {
                "This link does not say which view to open.".to_string()
            }
            LinkProblem::UnknownView(name) => format!(
                "This link opens a view the app does not have (“{}”).",
                quote(name)
            ),
            LinkProblem::UnknownSetting(key) if key.is_empty() => {
                "This link has a setting with no name; it is left out.".to_string()
            }
            LinkProblem::UnknownSetting(key) => format!(
                "This link has a setting the app does not know (“{}”); it is left out.",
                quote(key)
            ),
            LinkProblem::Repeated(key) if key == "from" || key == "to" => {
                "This link gives one of the rungs more than once; the first is used.".to_string()
            }
            LinkProblem::Repeated(key) => format!(
                "This link gives {} more than once; the first is used.",
                setting(key)
            ),
            LinkProblem::Empty(key) => empty_sentence(key),
            LinkProblem::NewerFormat(version) => format!(
                "This link comes from a newer version of the app (version {}), so only the parts \
                 this version knows are used.",
                quote(version.trim())
            ),
            LinkProblem::UnknownFormat(version) => format!(
                "This link's version (“{}”) is not one the app knows, so it is read as the \
                 current version.",
                quote(version.trim())
            ),
            LinkProblem::UnknownRole(slug) => format!(
                "This link names a role the app does not have (“{}”); it is left out.",
                quote(slug)
            ),
            LinkProblem::UnknownRung(value) => match KNOWLEDGE.role(value.trim()) {
                Some(role) => format!(
                    "{} is not a rung of the ladder, so it is not chosen.",
                    role.name
                ),
                None => format!(
                    "This link names a rung the ladder does not have (“{}”), so it is not chosen.",
                    quote(value.trim())
                ),
            },
            LinkProblem::Twice(listed) => twice_sentence(*listed),
            LinkProblem::TooManyRoles(count) => format!(
                "This link lists {count} roles, and a comparison holds four: the first four are \
                 shown."
            ),
            LinkProblem::TooFewRoles { added } => match added.as_slice() {
                [] => "This link has fewer than two roles to compare.".to_string(),
                [one] => format!(
                    "This link has only one role to compare, so {} is added beside it.",
                    role_name(one)
                ),
                all => format!(
                    "This link has no role to compare, so {} are shown.",
                    role_names(all)
                ),
            },
            LinkProblem::UnknownTheme(slug) => format!(
                "This link names a theme the app does not have (“{}”), so all themes are shown.",
                quote(slug.trim())
            ),
            LinkProblem::UnknownContext(slug) => format!(
                "This link reads the comparison for an organisation the app does not know \
                 (“{}”), so the typical reading is shown.",
                quote(slug.trim())
            ),
            LinkProblem::UnknownDimension(slug) => format!(
                "This link pins a row the app does not have (“{}”); it is left out.",
                quote(slug)
            ),
            LinkProblem::BadSwitch { key, value } => format!(
                "This link sets {} to “{}”, which is neither on (1) nor off (0), so it is off.",
                setting(key),
                quote(value.trim())
            ),
            LinkProblem::NotOnShow(value) => opened_sentence(value.trim()),
            LinkProblem::BadAnswer(item) => answer_sentence(item.trim()),
        }
    }
}

/// A setting of a link (its key), as the page speaks of it; a key the app does not read, quoted.
pub(crate) fn setting(key: &str) -> String {
    let words = match key {
        "roles" => "the roles",
        "theme" => "the theme filter",
        "org" => "the organisation",
        "diff" => "“Only differences”",
        "pin" => "the pinned rows",
        "open" => "the open cell",
        "from" | "to" => "the rungs",
        "answers" => "the answers",
        "view" => "the view",
        "v" => "the link's version",
        other => return format!("“{}”", quote(other)),
    };
    words.to_string()
}

/// A setting left empty, and what is shown for it instead.
fn empty_sentence(key: &str) -> String {
    let sentence = match key {
        "roles" => {
            let defaults = role_names(&DEFAULT_ROLES);
            return format!("This link leaves the roles empty, so {defaults} are compared.");
        }
        "theme" => "This link leaves the theme filter empty, so all themes are shown.",
        "org" => "This link leaves the organisation empty, so the typical reading is shown.",
        "diff" => "This link leaves “Only differences” empty, so it is off.",
        "pin" => "This link leaves the pinned rows empty, so no row is pinned.",
        "open" => "This link leaves the open cell empty, so no cell is open.",
        "from" | "to" => "This link leaves one of the rungs empty, so that rung is not chosen.",
        "answers" => "This link leaves the answers empty, so your own assessment is shown.",
        "v" => "This link leaves its version empty, so it is read as the current version.",
        other => return format!("This link leaves {} empty; it is left out.", setting(other)),
    };
    sentence.to_string()
}

fn twice_sentence(listed: Listed) -> String {
    match listed {
        Listed::Role(slug) => format!(
            "{} is in this link twice; it is shown once.",
            role_name(slug)
        ),
        Listed::Pin(slug) => format!(
            "This link pins {} twice; it is pinned once.",
            dimension_name(slug)
        ),
        Listed::Rung(slug) => format!(
            "This link chooses {} as both rungs; it is chosen once.",
            role_name(slug)
        ),
        Listed::Answer(slug) => format!(
            "This link answers {} twice; the first answer is used.",
            dimension_name(slug)
        ),
    }
}

/// `open=` that names nothing on show: a cell of a role not compared, a verdict while Product
/// Manager and CEO are not both shown, or something the app cannot find at all.
fn opened_sentence(value: &str) -> String {
    let (dimension, target) = value.split_once('.').unwrap_or((value, ""));
    let Some(dimension) = KNOWLEDGE.dimension(dimension) else {
        return unknown_cell(value);
    };
    if target == VERDICT_KEY {
        return format!(
            "This link opens the mini-CEO verdict on {}, which is shown only when {} are both \
             compared, so nothing is open.",
            dimension.name,
            role_names(&DEFAULT_ROLES)
        );
    }
    match KNOWLEDGE.role(target) {
        Some(role) => format!(
            "This link opens {} for {}, who is not in this comparison, so no cell is open.",
            dimension.name, role.name
        ),
        None => unknown_cell(value),
    }
}

fn unknown_cell(value: &str) -> String {
    format!(
        "This link opens a cell the app does not have (“{}”), so no cell is open.",
        quote(value)
    )
}

/// An item of `answers=` that could not be used: named by its question where there is one.
fn answer_sentence(item: &str) -> String {
    let (slug, level) = match item.split_once('.') {
        Some((slug, level)) => (slug.trim(), level.trim()),
        None => (item, ""),
    };
    let Some(dimension) = KNOWLEDGE.dimension(slug) else {
        return format!(
            "This link has an answer the app cannot read (“{}”); it is left out.",
            quote(item)
        );
    };
    if KNOWLEDGE.question(slug).is_none() {
        format!(
            "This link answers {}, which the self-assessment does not ask about; it is left out.",
            dimension.name
        )
    } else if level.is_empty() {
        format!(
            "This link answers {} without a level; it is left out.",
            dimension.name
        )
    } else {
        format!(
            "This link's answer on {} (“{}”) is not a level of its scale; it is left out.",
            dimension.name,
            quote(level)
        )
    }
}

/// A role's name; a slug the knowledge base lacks (which the model never lets in), quoted.
pub(crate) fn role_name(slug: &str) -> String {
    KNOWLEDGE.role(slug).map_or_else(
        || format!("“{}”", quote(slug)),
        |role| role.name.to_string(),
    )
}

/// "Product Manager and CEO".
fn role_names(slugs: &[&str]) -> String {
    let names: Vec<String> = slugs.iter().map(|slug| role_name(slug)).collect();
    join_words(&names)
}

pub(crate) fn dimension_name(slug: &str) -> String {
    KNOWLEDGE.dimension(slug).map_or_else(
        || format!("“{}”", quote(slug)),
        |dimension| dimension.name.to_string(),
    )
}

/// A piece of a bad link made safe to show: control characters dropped, length capped.
pub(crate) fn quote(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_QUOTE_CHARS {
        let cut: String = clean.chars().take(MAX_QUOTE_CHARS - 1).collect();
        format!("{cut}…")
    } else {
        clean
    }
}
