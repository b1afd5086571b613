//! What the app keeps about the person in this browser, said in a list before "Delete all my
//! data" takes it away: one line per kind of data, counted, in the page's words.

/// How much of each kind of private data this browser holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kept {
    /// Notes that are not deleted.
    pub notes: usize,
    /// "I am here" and "my target" markers set (0 to 2).
    pub markers: usize,
    /// Ticked checklist items.
    pub ticks: usize,
    /// Finished self-assessments kept as results.
    pub results: usize,
    /// Whether a self-assessment is under way.
    pub draft: bool,
    /// Whether a light or dark theme was chosen.
    pub theme: bool,
    /// Whether a newer build of the app stored data here that this one does not read.
    pub newer: bool,
    /// Whether copies of stored data that could not be read were set aside.
    pub set_aside: bool,
}

fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

impl Kept {
    /// Whether there is nothing to delete.
    pub fn is_empty(&self) -> bool {
        *self == Kept::default()
    }

    /// One line for each kind of data there is, in the order of the app's views.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.notes > 0 {
            lines.push(format!(
                "Your notes: {}",
                count(self.notes, "note", "notes")
            ));
        }
        if self.markers > 0 || self.ticks > 0 {
            let mut parts = Vec::new();
            if self.markers > 0 {
                parts.push(count(self.markers, "marker", "markers"));
            }
            if self.ticks > 0 {
                parts.push(count(
                    self.ticks,
                    "ticked checklist item",
                    "ticked checklist items",
                ));
            }
            lines.push(format!("Your place on the ladder: {}", parts.join(" and ")));
        }
        if self.results > 0 || self.draft {
            let mut parts = Vec::new();
            if self.results > 0 {
                parts.push(count(self.results, "saved result", "saved results"));
            }
            if self.draft {
                parts.push("the answers in progress".to_string());
            }
            lines.push(format!("Your self-assessment: {}", parts.join(" and ")));
        }
        if self.theme {
            lines.push("Your choice of light or dark theme".to_string());
        }
        if self.newer {
            lines.push("Data saved by a newer version of PM Compass".to_string());
        }
        if self.set_aside {
            lines.push("Copies of saved data that could not be read".to_string());
        }
        lines
    }
}
