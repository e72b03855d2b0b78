//! Line, column and caret excerpts for messages about a position in SQL.

/// 1-based line and character column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// `line L, column C` followed by the line and a caret under the column:
///
/// ```text
/// line 2, column 14:
///   2 | FROM t WHERE WHERE
///     |              ^
/// ```
pub fn caret(text: &str, offset: usize) -> String {
    let (line, col) = line_col(text, offset);
    let content = text.lines().nth(line - 1).unwrap_or("");
    let gutter = line.to_string().len();
    // Keep tabs so the caret lines up under a tab-indented line.
    let pad: String = content
        .chars()
        .take(col - 1)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!(
        "line {line}, column {col}:\n{line:>gutter$} | {content}\n{blank:>gutter$} | {pad}^",
        blank = ""
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_points_at_the_column() {
        let text = "SELECT *\nFROM t WHERE WHERE";
        assert_eq!(line_col(text, 22), (2, 14));
        assert_eq!(
            caret(text, 22),
            "line 2, column 14:\n2 | FROM t WHERE WHERE\n  |              ^"
        );
    }
}
