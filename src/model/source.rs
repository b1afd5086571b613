//! One of the articles the app is built from, and how it is credited: its title (or ours, where
//! it has none), who publishes it as far as the article says, and where a reader can check it.

/// An article's answer to "is a product manager a mini-CEO?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    For,
    Against,
    Mixed,
}

impl Stance {
    /// How the stance reads on an article's card.
    pub fn label(self) -> &'static str {
        match self {
            Stance::For => "Argues for the analogy",
            Stance::Against => "Argues against the analogy",
            Stance::Mixed => "Neither for nor against",
        }
    }
}

/// Whether an article's publisher sells something that the question bears on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Sells nothing the article's argument leads to.
    Independent,
    /// Sells a service or training related to the topic, which its advice may lead to.
    Vendor,
}

impl SourceKind {
    /// How the kind reads on an article's card.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Independent => "Independent",
            SourceKind::Vendor => "Sells a related service",
        }
    }
}

/// What follows a title that is ours, on an article's card.
pub const OUR_TITLE_MARK: &str = "our title; the post has none";

/// What follows a title that is ours where the article is cited under a claim.
pub const OUR_TITLE_SHORT: &str = "our title";

/// One of the articles the app is built from.
#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    /// The title as the article gives it (for an untitled article, a title of ours).
    pub title: &'static str,
    /// The part of the headline after a colon, if it has one.
    pub subtitle: Option<&'static str>,
    /// The article gives no title of its own; `title` is ours and is shown as ours.
    pub untitled: bool,
    pub stance: Stance,
    pub summary: &'static str,
    /// Who publishes it, as far as its interest in the question goes (`None`: not yet said,
    /// which the knowledge-base tests refuse).
    pub kind: Option<SourceKind>,
    /// What the source is and who publishes it, in a sentence or two (40 to 240 characters).
    pub about: Option<&'static str>,
    /// The publisher or author, only where the article itself names one.
    pub by: Option<&'static str>,
    /// The article's public address, only where it is known (an `https://` URL).
    pub url: Option<&'static str>,
}

impl Source {
    /// The title to cite the article by.
    pub fn full_title(&self) -> String {
        match self.subtitle {
            Some(subtitle) => format!("{}: {subtitle}", self.title),
            None => self.title.to_string(),
        }
    }

    /// The title to cite the article by under a claim, a title of ours marked as ours.
    pub fn cited_title(&self) -> String {
        match self.untitled {
            true => format!("{} ({OUR_TITLE_SHORT})", self.full_title()),
            false => self.full_title(),
        }
    }

    /// The address as a person reads it: the URL without its scheme, `None` where none is known.
    pub fn address(&self) -> Option<&'static str> {
        self.url
            .map(|url| url.strip_prefix("https://").unwrap_or(url))
    }

    /// The site the article is on, from its address without `www.` (`productrocket.ch`).
    pub fn site(&self) -> Option<&'static str> {
        let address = self.address()?;
        let host = address.split(['/', '?', '#']).next().unwrap_or(address);
        Some(host.strip_prefix("www.").unwrap_or(host))
    }

    /// Who to credit in a line of citations: the publisher or author the article names, else
    /// the site its address is on, else nobody.
    pub fn short_credit(&self) -> Option<&'static str> {
        self.by.or_else(|| self.site())
    }

    /// The card's line of who publishes the article and where, in full: what is known, and
    /// plainly what is not.
    pub fn credit(&self) -> String {
        match (self.by, self.address()) {
            (Some(by), Some(address)) => format!("By {by}, at {address}"),
            (Some(by), None) => format!("By {by}; we know no public address for it"),
            (None, Some(address)) => {
                format!("The text names no author or publisher; it is at {address}")
            }
            (None, None) => {
                "The text names no author or publisher, and we know no public address for it"
                    .to_string()
            }
        }
    }
}
