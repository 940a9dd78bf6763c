//! Reading the data files. Each collection lives in one file, so every error can name it.

use std::path::{Component, Path, PathBuf};

use serde::Deserialize;

use crate::error::DataError;
use crate::model::*;
use crate::share::QuotedShare;
use crate::source_text::{self, SourceTexts};

/// The data files, in the order they are read, and what each holds.
pub const FILES: [&str; 10] = [
    "meta.toml",
    "sources.toml",
    "actors.toml",
    "timeline.toml",
    "issues.toml",
    "foundation.toml",
    "gaps.toml",
    "glossary.toml",
    "records.toml",
    "editions.toml",
];

/// The largest report file the build reads: a news report is a few KB (the two today are 2.6
/// and 3.5 KB); anything near this is not one, and would only slow every build.
pub const MAX_REPORT_BYTES: u64 = 256 * 1024;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    meta: Meta,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<Source>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    parties: Vec<Party>,
    actors: Vec<Actor>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineFile {
    periods: Vec<Period>,
    events: Vec<Event>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuesFile {
    issues: Vec<Issue>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FoundationFile {
    foundation: Foundation,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GapsFile {
    gaps: Vec<Gap>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    glossary: Vec<Term>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordsFile {
    records: Vec<PublicRecord>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionsFile {
    current: crate::date::Ymd,
    editions: Vec<Edition>,
}

/// A dataset that passed validation, with the reports it was checked against and how much
/// of each report its quotes cover (measured by the same validation, once).
pub struct Valid {
    pub data: Dataset,
    pub texts: SourceTexts,
    /// In the order of `data.sources`.
    pub shares: Vec<QuotedShare>,
}

/// Where the data files are read from. `overlay` replaces whole files of `dir` (tests use it
/// to swap one file of a small valid dataset for a broken one).
pub struct DataDir {
    pub dir: PathBuf,
    pub overlay: Option<PathBuf>,
    /// How paths are shown in messages, e.g. `data`.
    pub shown_as: String,
}

impl DataDir {
    pub fn new(dir: impl Into<PathBuf>, shown_as: impl Into<String>) -> DataDir {
        DataDir {
            dir: dir.into(),
            overlay: None,
            shown_as: shown_as.into(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        match &self.overlay {
            Some(o) if o.join(name).exists() => o.join(name),
            _ => self.dir.join(name),
        }
    }

    fn shown(&self, name: &str) -> String {
        format!("{}/{}", self.shown_as, name)
    }

    fn read<T: for<'de> Deserialize<'de>>(&self, name: &str, errors: &mut Vec<DataError>) -> Option<T> {
        let path = self.path(name);
        let fail = |message: String| DataError {
            file: self.shown(name),
            entry: "(file)".into(),
            field: "(file)".into(),
            message,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                errors.push(fail(format!("cannot read {}: {e}", path.display())));
                return None;
            }
        };
        // serde_path_to_error records where in the data the deserializer was when it failed
        // (`events[3].date.from`); the document, read again as plain TOML, gives the ids.
        match serde_path_to_error::deserialize::<_, T>(toml::Deserializer::new(&text)) {
            Ok(v) => Some(v),
            Err(e) => {
                let path = e.path().clone();
                let e = e.into_inner();
                // Keep the message on one line: "line 13, column 8: <what is wrong>".
                let mut error = fail(e.to_string().trim_end().to_string());
                if let Some(span) = e.span() {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                    error.message = format!("line {line}, column {column}: {}", e.message().trim_end());
                }
                // A missing or unknown field is reported at its table: name the field itself.
                let named = ["missing field `", "unknown field `"]
                    .iter()
                    .find_map(|p| e.message().strip_prefix(p))
                    .and_then(|m| m.split('`').next());
                if let Ok(document) = text.parse::<toml::Table>() {
                    let (entry, mut field) = locate(&document, &path);
                    if let Some(name) = named.filter(|n| field.last().map(String::as_str) != Some(*n)) {
                        field.push(name.to_string());
                    }
                    error.entry = entry;
                    if !field.is_empty() {
                        error.field = field.join(".");
                    }
                }
                errors.push(error);
                None
            }
        }
    }

    /// The text of the report `file` (as `sources.toml` names it): a file directly in the
    /// data's `sources/` folder, and no larger than [`MAX_REPORT_BYTES`]. A name with a
    /// folder in it (`../../etc/hostname`, `/etc/hostname`), or one that leads out of
    /// `sources/` through a link, is refused: the reports are the only files the data may
    /// name, and the build must not read (or, in its messages, show) any other file.
    fn read_report(&self, file: &str) -> Result<String, String> {
        let shown = self.shown(&format!("sources/{file}"));
        let plain = matches!(
            Path::new(file).components().collect::<Vec<_>>().as_slice(),
            [Component::Normal(_)]
        );
        if !plain || file.contains(['/', '\\']) || file.starts_with('.') {
            return Err(format!(
                "\"{file}\" is not a file name: a report is a file directly in {}, named without a folder",
                self.shown("sources/")
            ));
        }
        let unreadable = |e: std::io::Error| format!("cannot read the report {shown}: {e}");
        let path = self.path(&format!("sources/{file}"));
        let real = path.canonicalize().map_err(unreadable)?;
        let folder = path
            .parent()
            .unwrap_or(Path::new("."))
            .canonicalize()
            .map_err(unreadable)?;
        if real.parent() != Some(folder.as_path()) {
            return Err(format!(
                "the report {shown} is a link to a file outside {}",
                self.shown("sources/")
            ));
        }
        let size = std::fs::metadata(&real).map_err(unreadable)?.len();
        if !real.is_file() || size > MAX_REPORT_BYTES {
            return Err(format!(
                "the report {shown} is not a text file of at most {} KB ({size} bytes)",
                MAX_REPORT_BYTES / 1024
            ));
        }
        std::fs::read_to_string(&real).map_err(unreadable)
    }

    /// Reads every data file and the source reports they cite. Events come back in date order.
    pub fn load(&self) -> Result<(Dataset, SourceTexts), Vec<DataError>> {
        let mut errors = Vec::new();
        let meta: Option<MetaFile> = self.read(FILES[0], &mut errors);
        let sources: Option<SourcesFile> = self.read(FILES[1], &mut errors);
        let actors: Option<ActorsFile> = self.read(FILES[2], &mut errors);
        let timeline: Option<TimelineFile> = self.read(FILES[3], &mut errors);
        let issues: Option<IssuesFile> = self.read(FILES[4], &mut errors);
        let foundation: Option<FoundationFile> = self.read(FILES[5], &mut errors);
        let gaps: Option<GapsFile> = self.read(FILES[6], &mut errors);
        let glossary: Option<GlossaryFile> = self.read(FILES[7], &mut errors);
        let records: Option<RecordsFile> = self.read(FILES[8], &mut errors);
        let editions: Option<EditionsFile> = self.read(FILES[9], &mut errors);
        let (
            Some(meta),
            Some(sources),
            Some(actors),
            Some(mut timeline),
            Some(issues),
            Some(foundation),
            Some(gaps),
            Some(glossary),
            Some(records),
            Some(editions),
        ) = (
            meta, sources, actors, timeline, issues, foundation, gaps, glossary, records, editions,
        )
        else {
            return Err(errors);
        };

        let mut texts = SourceTexts::new();
        for s in &sources.sources {
            match self.read_report(&s.file) {
                Ok(t) => {
                    texts.insert(s.id.to_string(), source_text::paragraphs(&t));
                }
                Err(message) => errors.push(DataError {
                    file: self.shown(FILES[1]),
                    entry: s.id.to_string(),
                    field: "file".into(),
                    message,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }

        // The timeline reads in date order; editors may add events anywhere in the file.
        timeline.events.sort_by_key(|e| e.date.from);
        let data = Dataset {
            meta: meta.meta,
            sources: sources.sources.into(),
            actors: actors.actors.into(),
            parties: actors.parties.into(),
            periods: timeline.periods.into(),
            events: timeline.events.into(),
            issues: issues.issues.into(),
            foundation: foundation.foundation,
            gaps: gaps.gaps.into(),
            glossary: glossary.glossary.into(),
            records: records.records.into(),
            edition: editions.current,
            editions: editions.editions.into(),
        };
        Ok((data, texts))
    }

    /// Loads and validates: the one entry point for the build, the publisher and the tests.
    pub fn load_valid(&self) -> Result<Valid, Vec<DataError>> {
        let (data, texts) = self.load()?;
        let checked = crate::validate::validate(&data, &texts, &self.shown_as);
        if checked.errors.is_empty() {
            Ok(Valid {
                data,
                texts,
                shares: checked.shares,
            })
        } else {
            Err(checked.errors)
        }
    }
}

/// The entry and field that `path` (where the deserializer failed) points at in `document`.
/// The entry is the `id` of the innermost table on the path that has one (`[[events]]` for a
/// bad `[events.date]`), or the collection's name when none has (`meta`); the field is the
/// rest of the path, as parts to join with dots: `date`, `from` or `positions[1]`, `text`.
fn locate(document: &toml::Table, path: &serde_path_to_error::Path) -> (String, Vec<String>) {
    use serde_path_to_error::Segment;
    let mut parts: Vec<String> = Vec::new();
    let mut entry: Option<(String, usize)> = None;
    let mut here: Option<&toml::Value> = None;
    for segment in path.iter() {
        let next = match segment {
            Segment::Map { key } => {
                parts.push(key.clone());
                match here {
                    None => document.get(key),
                    Some(v) => v.get(key),
                }
            }
            Segment::Seq { index } => {
                if let Some(last) = parts.last_mut() {
                    last.push_str(&format!("[{index}]"));
                }
                here.and_then(|v| v.get(*index))
            }
            Segment::Enum { .. } | Segment::Unknown => None,
        };
        let Some(value) = next else { break };
        if let Some(id) = value.get("id").and_then(toml::Value::as_str) {
            entry = Some((id.to_string(), parts.len()));
        }
        here = Some(value);
    }
    match entry {
        Some((id, depth)) => (id, parts.split_off(depth)),
        None if parts.is_empty() => ("(file)".into(), parts),
        None => {
            // The collection's name stands for the entry (`meta`); the rest is the field.
            let rest = parts.split_off(1);
            (parts.remove(0), rest)
        }
    }
}

/// The project's `data/` folder, found from this crate's manifest directory.
pub fn project_data_dir() -> DataDir {
    DataDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"), "data")
}

/// The data the build uses: `$DISPUTE_DATA_DIR` when set (a newsroom's edited copy, or a
/// test fixture), else the project's `data/`. The build scripts and the publisher all
/// read it here, so the baked data and the published JSON always come from the same files.
pub fn build_data_dir() -> DataDir {
    match std::env::var_os("DISPUTE_DATA_DIR") {
        Some(dir) => DataDir::new(dir.clone(), dir.to_string_lossy().into_owned()),
        None => project_data_dir(),
    }
}
