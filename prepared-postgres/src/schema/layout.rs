//! Which files of a migrations folder apply, and in what order, by the conventions of the
//! tool that wrote it: sqlx, golang-migrate and dbmate (`<version>_<name>.sql`,
//! `.up.sql`/`.down.sql`), refinery (`V{n}__name.sql`), Diesel (`<version>_name/up.sql`),
//! or a folder of unversioned scripts in file-name order.

use crate::Error;
use std::cmp::Ordering;
use std::path::{Path, PathBuf};

/// How a folder of schema files is laid out.
///
/// ```no_run
/// use prepared_postgres::schema::{Layout, migrations};
///
/// let (layout, files) = migrations(std::path::Path::new("migrations"))?;
/// if layout == Layout::Plain {
///     println!("{} files, in file-name order", files.len());
/// }
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Unversioned `*.sql` files, applied in file-name order.
    Plain,
    /// `<version>_<name>.sql` or `<version>_<name>.up.sql` (sqlx, golang-migrate, dbmate),
    /// in numeric version order; `.down.sql` files are never applied.
    Versioned,
    /// refinery's `V{n}__name.sql` (and unversioned `U{n}__name.sql`), in numeric order.
    Refinery,
    /// Diesel's `<version>_name/up.sql`, in version order; `down.sql` is never applied.
    Diesel,
}

/// A version as written (digits, Diesel's dashes removed), compared as a number of any size.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Version(String);

impl Version {
    fn parse(text: &str) -> Option<Self> {
        let digits: String = text.chars().filter(|c| *c != '-').collect();
        (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| Version(digits.trim_start_matches('0').to_owned()))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.0.len(), &self.0).cmp(&(other.0.len(), &other.0))
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// What one file name says about its file.
#[derive(Debug, PartialEq, Eq)]
enum Name {
    /// Applied, at this version, in the style of this layout.
    Up(Layout, Version),
    /// A reversal, never applied.
    Down,
    /// No version: only a folder of such files is a plain one.
    Unversioned,
}

fn classify(file_name: &str) -> Name {
    let Some(stem) = file_name.strip_suffix(".sql") else {
        return Name::Unversioned;
    };
    if let Some(rest) = stem.strip_prefix('V').or_else(|| stem.strip_prefix('U'))
        && let Some((version, _name)) = rest.split_once("__")
        && let Some(version) = Version::parse(version)
    {
        return Name::Up(Layout::Refinery, version);
    }
    let (base, down) = match (stem.strip_suffix(".up"), stem.strip_suffix(".down")) {
        (Some(base), _) => (base, false),
        (_, Some(base)) => (base, true),
        _ => (stem, false),
    };
    let version = base.split_once('_').map_or(base, |(v, _)| v);
    match Version::parse(version) {
        // golang-migrate and sqlx versions are plain digits.
        Some(v) if !version.contains('-') => {
            if down {
                Name::Down
            } else {
                Name::Up(Layout::Versioned, v)
            }
        }
        _ => Name::Unversioned,
    }
}

/// The files of `dir` that build the schema, in the order they apply, and the layout they
/// follow. A file that fits no layout, or mixes two, is an error that names it.
///
/// ```no_run
/// let (layout, files) = prepared_postgres::schema::migrations(std::path::Path::new("migrations"))?;
/// println!("{layout:?}: {files:?}");
/// # Ok::<(), prepared_postgres::Error>(())
/// ```
pub fn migrations(dir: &Path) -> Result<(Layout, Vec<PathBuf>), Error> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for entry in read_dir(dir)? {
        let path = entry.path();
        if path.is_dir() {
            folders.push(path);
        } else {
            files.push(path);
        }
    }
    files.sort();
    folders.sort();
    let sql: Vec<PathBuf> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .cloned()
        .collect();
    let diesel: Vec<PathBuf> = folders
        .iter()
        .filter(|f| f.join("up.sql").is_file() || f.join("down.sql").is_file())
        .cloned()
        .collect();
    if !diesel.is_empty() {
        return diesel_order(dir, &diesel, &sql).map(|files| (Layout::Diesel, files));
    }
    // refinery also takes migrations written in Rust, which only refinery can run.
    if let Some(rs) = files.iter().find(|p| {
        p.extension().is_some_and(|e| e == "rs")
            && matches!(
                classify(&format!("{}.sql", stem(p))),
                Name::Up(Layout::Refinery, _)
            )
    }) {
        return Err(unclassified(
            rs,
            "a refinery migration written in Rust; the harness applies SQL only (write it as `.sql`, or point PREPARED_SCHEMA at a dump of the migrated schema)",
        ));
    }
    let named: Vec<(&PathBuf, Name)> = sql.iter().map(|p| (p, classify(&file_name(p)))).collect();
    let layouts: Vec<Layout> = named
        .iter()
        .filter_map(|(_, n)| match n {
            Name::Up(layout, _) => Some(*layout),
            _ => None,
        })
        .collect();
    let Some(&layout) = layouts.first() else {
        if named.iter().any(|(_, n)| *n == Name::Down) {
            return Ok((Layout::Versioned, Vec::new()));
        }
        return Ok((Layout::Plain, sql));
    };
    versioned_order(layout, named).map(|files| (layout, files))
}

/// The up migrations of a folder of `layout`, by version: a file without a version, of
/// another layout, or with a version taken is an error that names it.
fn versioned_order(layout: Layout, named: Vec<(&PathBuf, Name)>) -> Result<Vec<PathBuf>, Error> {
    let mut ups: Vec<(Version, PathBuf)> = Vec::new();
    for (path, name) in named {
        match name {
            Name::Down => {}
            Name::Unversioned => {
                return Err(unclassified(
                    path,
                    &format!(
                        "no version in its name, in a folder of {}",
                        expected(layout)
                    ),
                ));
            }
            Name::Up(other, _) if other != layout => {
                return Err(unclassified(
                    path,
                    &format!(
                        "named like {}, in a folder of {}",
                        expected(other),
                        expected(layout)
                    ),
                ));
            }
            Name::Up(_, version) => {
                if let Some((_, first)) = ups.iter().find(|(v, _)| *v == version) {
                    return Err(unclassified(
                        path,
                        &format!("its version is also the version of {}", file_name(first)),
                    ));
                }
                ups.push((version, path.clone()));
            }
        }
    }
    ups.sort();
    Ok(ups.into_iter().map(|(_, p)| p).collect())
}

/// Diesel: every migration is a folder `<version>_name` with an `up.sql`.
fn diesel_order(dir: &Path, folders: &[PathBuf], loose: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    if let Some(file) = loose.first() {
        return Err(unclassified(
            file,
            &format!(
                "a loose `.sql` file in {}, whose migrations are Diesel folders (`<version>_name/up.sql`)",
                dir.display()
            ),
        ));
    }
    let mut ups = Vec::new();
    for folder in folders {
        let name = file_name(folder);
        let version = name.split_once('_').map_or(name.as_str(), |(v, _)| v);
        let Some(version) = Version::parse(version) else {
            return Err(unclassified(
                folder,
                "a Diesel migration folder without a version (`<version>_name`)",
            ));
        };
        let up = folder.join("up.sql");
        if !up.is_file() {
            return Err(unclassified(
                folder,
                "a Diesel migration folder without `up.sql`",
            ));
        }
        ups.push((version, up));
    }
    ups.sort();
    Ok(ups.into_iter().map(|(_, p)| p).collect())
}

fn expected(layout: Layout) -> &'static str {
    match layout {
        Layout::Plain => "unversioned scripts",
        Layout::Versioned => {
            "`<version>_<name>.sql` / `.up.sql` migrations (sqlx, golang-migrate, dbmate)"
        }
        Layout::Refinery => "refinery's `V{n}__name.sql` migrations",
        Layout::Diesel => "Diesel's `<version>_name/up.sql` migrations",
    }
}

fn unclassified(file: &Path, why: &str) -> Error {
    Error::Unclassified {
        file: file.to_path_buf(),
        why: why.to_owned(),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn read_dir(dir: &Path) -> Result<Vec<std::fs::DirEntry>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
        what: format!("reading {}", dir.display()),
        cause: source,
    })?;
    Ok(entries.flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_numbers() {
        let v = |s| Version::parse(s).unwrap();
        assert!(v("9") < v("10"));
        assert!(v("000002") > v("1"));
        assert_eq!(v("0001"), v("1"));
        assert!(v("2023-01-02-000000") > v("2023-01-01-235959"));
        assert!(Version::parse("1a").is_none());
    }

    #[test]
    fn names_say_their_layout() {
        use Layout::*;
        let up = |l, s| Name::Up(l, Version::parse(s).unwrap());
        assert_eq!(classify("V10__add.sql"), up(Refinery, "10"));
        assert_eq!(classify("U3__seed.sql"), up(Refinery, "3"));
        assert_eq!(classify("000001_init.up.sql"), up(Versioned, "1"));
        assert_eq!(classify("000001_init.down.sql"), Name::Down);
        assert_eq!(
            classify("20240101120000_users.sql"),
            up(Versioned, "20240101120000")
        );
        assert_eq!(classify("7.sql"), up(Versioned, "7"));
        assert_eq!(classify("schema.sql"), Name::Unversioned);
        assert_eq!(classify("Vx__a.sql"), Name::Unversioned);
        assert_eq!(classify("2024-01-01_a.sql"), Name::Unversioned);
    }
}
