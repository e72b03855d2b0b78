//! A throwaway cluster with a crate's schema, started from a template cached under
//! `target/` so that neither `initdb` nor the schema is paid again until the schema or the
//! server changes (under nextest, every test process starts from the same template).

use crate::{Error, TempPostgres, binaries, schema};
use std::path::{Path, PathBuf};

/// A throwaway server holding the schema, from the cached template when there is one.
/// The schema is the crate's (see [`crate::schema::files`]), applied once into a template
/// kept under `target/prepared-harness/`.
///
/// ```no_run
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let manifest_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
/// let pg = prepared_postgres::with_schema(manifest_dir).await?;
/// let (client, _driver) = pg.connect().await?;
/// # let _ = client;
/// # Ok(())
/// # }
/// ```
pub async fn with_schema(manifest_dir: &Path) -> Result<TempPostgres, Error> {
    let files = schema::files(manifest_dir)?;
    let cache = target_dir(manifest_dir)
        .join("prepared-harness")
        .join(format!("{:016x}", key(&files)?));
    let template = cache.join("data");
    if !template.join("PG_VERSION").is_file() {
        build_template(&files, &cache).await?;
    }
    TempPostgres::start_from_template(&template)
}

async fn build_template(files: &[PathBuf], cache: &Path) -> Result<(), Error> {
    let pg = TempPostgres::start()?;
    {
        let (client, driver) = pg.connect().await?;
        schema::apply(&client, files).await?;
        drop(client);
        let _ = driver.await;
    }
    std::fs::create_dir_all(cache).map_err(|source| Error::Io {
        what: format!("creating {}", cache.display()),
        cause: source,
    })?;
    // Built aside and renamed into place, so concurrent processes never see half a template.
    let staging = cache.join(format!("staging-{}", std::process::id()));
    pg.into_template(&staging)?;
    if std::fs::rename(&staging, cache.join("data")).is_err() {
        // Another process won the race; its template is as good as ours.
        let _ = std::fs::remove_dir_all(&staging);
    }
    Ok(())
}

/// FNV-1a over the schema files' names and contents and the server binary's location and
/// stamp (see [`stamp`]): a stable key across processes and toolchains.
fn key(files: &[PathBuf]) -> Result<u64, Error> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let bindir = binaries::bindir()?;
    feed(bindir.as_os_str().as_encoded_bytes());
    feed(&stamp(&bindir.join("postgres")));
    for file in files {
        feed(file.as_os_str().as_encoded_bytes());
        feed(&std::fs::read(file).map_err(|source| Error::Io {
            what: format!("reading {}", file.display()),
            cause: source,
        })?);
    }
    Ok(hash)
}

/// A file's size and modification time: another build of the server (an upgrade, a
/// reinstall) changes them, so its template is not reused, and reading them costs nothing
/// where reading the 10 MB binary to hash it would.
fn stamp(file: &Path) -> Vec<u8> {
    let Ok(meta) = std::fs::metadata(file) else {
        return Vec::new();
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    [meta.len().to_le_bytes().as_slice(), &modified.to_le_bytes()].concat()
}

/// Cargo's target directory: `CARGO_TARGET_DIR`, else the ancestor of this executable that
/// holds Cargo's `CACHEDIR.TAG`, else `target/` beside the manifest.
fn target_dir(manifest_dir: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            exe.ancestors()
                .find(|a| a.join("CACHEDIR.TAG").is_file())
                .map(Path::to_path_buf)
        })
        .unwrap_or_else(|| manifest_dir.join("target"))
}

#[cfg(test)]
mod tests {
    use super::stamp;
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_rebuilt_binary_has_another_stamp() {
        let file = std::env::temp_dir().join(format!("prepared-stamp-{}", std::process::id()));
        std::fs::write(&file, b"postgres 15.4").unwrap();
        let before = stamp(&file);
        assert!(!before.is_empty());
        assert_eq!(stamp(&file), before, "the same file, the same stamp");
        // Same size, a later build.
        std::fs::write(&file, b"postgres 15.5").unwrap();
        let later = SystemTime::now() + Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_ne!(stamp(&file), before);
        std::fs::remove_file(&file).unwrap();
        assert!(stamp(&file).is_empty(), "a missing binary stamps nothing");
    }
}
