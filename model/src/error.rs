//! What is wrong with the data, said so that an editor can find it: the file, the entry, the
//! field and the problem, one line each.

use std::fmt;

/// A problem with the data, located precisely enough for an editor to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The data file, e.g. `data/timeline.toml`.
    pub file: String,
    /// The entry's id, or the collection when the entry has none (`meta`).
    pub entry: String,
    /// The field path inside the entry, e.g. `summary.citations[0].quote`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry \"{}\", field `{}`: {}",
            self.file, self.entry, self.field, self.message
        )
    }
}

/// Formats errors one per line, for build output and test failures.
pub fn report(errors: &[DataError]) -> String {
    let mut s = format!("the dispute data has {} problem(s):\n", errors.len());
    for e in errors {
        s.push_str("  - ");
        s.push_str(&e.to_string());
        s.push('\n');
    }
    s
}
