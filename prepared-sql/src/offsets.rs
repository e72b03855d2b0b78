//! Offsets through a rewrite: the SQL the server or the parser sees is the user's SQL with
//! some spans replaced (`@name` by `$n`, a fragment by its text, `ISNULL` by `IS NULL`), and
//! every error position found in it is reported in the user's SQL. One mapping serves the
//! `@name` rewriter, the pre-pass, and the harness reading a statement's registry entry.

/// One replaced span: `source_len` bytes at `source` in the original became `output_len`
/// bytes in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edit {
    /// Byte offset in the original.
    pub source: usize,
    /// Bytes replaced in the original.
    pub source_len: usize,
    /// Bytes that replaced them in the output.
    pub output_len: usize,
}

/// An edit as a registry entry stores it (`StatementInfo::replacements`): `[source,
/// source_len, output_len]`, each below 4 GiB. The macro writes it and the harness reads it
/// back through this one encoding; the runtime only holds it.
pub type StoredEdit = [u32; 3];

impl Edit {
    /// The stored form, as generated code writes it; `None` past 4 GiB.
    ///
    /// ```
    /// use prepared_sql::offsets::Edit;
    /// let edit = Edit { source: 31, source_len: 3, output_len: 2 };
    /// assert_eq!(edit.stored(), Some([31, 3, 2]));
    /// assert_eq!(Edit::from_stored([31, 3, 2]), edit);
    /// ```
    pub fn stored(self) -> Option<StoredEdit> {
        Some([
            u32::try_from(self.source).ok()?,
            u32::try_from(self.source_len).ok()?,
            u32::try_from(self.output_len).ok()?,
        ])
    }

    /// The edit a registry entry stored.
    pub fn from_stored([source, source_len, output_len]: StoredEdit) -> Self {
        Edit {
            source: source as usize,
            source_len: source_len as usize,
            output_len: output_len as usize,
        }
    }
}

/// The byte offset of a 1-based character position, as PostgreSQL reports error positions
/// (`text.len()` past the end).
///
/// ```
/// assert_eq!(prepared_sql::offsets::char_position("SELECT é, x", 11), 11);
/// ```
pub fn char_position(text: &str, position: u32) -> usize {
    let index = (position as usize).saturating_sub(1);
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(i, _)| i)
}

/// Maps a byte offset in the output back to the original, given the edits in order; an
/// offset inside a replacement maps to the start of what it replaced.
pub fn to_source(edits: impl IntoIterator<Item = Edit>, output: usize) -> usize {
    let mut shift: isize = 0;
    for edit in edits {
        let at = edit.source.saturating_add_signed(shift);
        if output < at {
            break;
        }
        if output < at + edit.output_len {
            return edit.source;
        }
        shift += edit.output_len as isize - edit.source_len as isize;
    }
    output.saturating_add_signed(-shift)
}

#[cfg(test)]
mod tests {
    use super::{Edit, to_source};

    #[test]
    fn before_inside_and_after_edits() {
        // "SELECT @id, @name" → "SELECT $1, $2"
        let edits = [
            Edit {
                source: 7,
                source_len: 3,
                output_len: 2,
            },
            Edit {
                source: 12,
                source_len: 5,
                output_len: 2,
            },
        ];
        let map = |o| to_source(edits, o);
        assert_eq!(map(0), 0);
        assert_eq!(map(7), 7);
        assert_eq!(map(8), 7);
        assert_eq!(map(9), 10);
        assert_eq!(map(11), 12);
        assert_eq!(map(12), 12);
        assert_eq!(map(13), 17);
        // A longer replacement: "a ISNULL" → "a IS NULL".
        let longer = [Edit {
            source: 2,
            source_len: 6,
            output_len: 7,
        }];
        assert_eq!(to_source(longer, 8), 2);
        assert_eq!(to_source(longer, 9), 8);
    }
}
