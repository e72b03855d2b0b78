//! What the macros record about every statement, read by the runtime and the harness.

use postgres_types::Type;

/// Every statement of one `#[prepared::registry]` module.
#[derive(Debug)]
pub struct Registry {
    /// `module_path!()` of the registry module.
    pub module: &'static str,
    /// Every statement of the module, in declaration order.
    pub statements: &'static [&'static StatementInfo],
}

/// Every registry linked into the program, each added by its `#[prepared::registry]`:
/// what `prepared_test_harness::main()` proves, so that a new registry cannot be left
/// out of a list.
// Generated code adds each registry with `link!` (see `link`), in the section this
// declaration collects.
#[linkme::distributed_slice]
pub static LINKED: [Registry];

impl Registry {
    /// The registries linked into the program, in no particular order.
    pub fn linked() -> &'static [Registry] {
        &LINKED
    }
}

/// A statement of a registry as a value: what `PreparedQueryEnum::X` is. `Copy`, compared
/// and hashed by which statement it is (the address of its entry), so statements of every
/// registry can share one map or one metrics label set.
// One type for every registry: an enum of each registry's own, with its derives and
// methods, made every rebuild of a crate pay for each registry.
// The field is public, hidden, so that generated code builds each constant as the tuple
// struct it is: a `const fn` call would be one more evaluation per statement and rebuild.
#[derive(Clone, Copy)]
pub struct PreparedQuery(#[doc(hidden)] pub &'static StatementInfo);

impl PreparedQuery {
    /// The statement's registry entry.
    pub fn info(self) -> &'static StatementInfo {
        self.0
    }

    /// The snake_case name, as the constructor and the harness call it.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// The SQL sent to PostgreSQL, with `$n` parameters.
    pub fn sql(self) -> &'static str {
        self.0.sql
    }

    /// The SQL as written, with `@name` parameters.
    pub fn source_sql(self) -> &'static str {
        self.0.source_sql
    }

    /// The Rust file that declares the statement.
    pub fn file(self) -> &'static str {
        self.0.location.file
    }

    /// The line of its `#[prepared]` attribute.
    pub fn line(self) -> u32 {
        self.0.location.line
    }
}

impl PartialEq for PreparedQuery {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for PreparedQuery {}

impl std::hash::Hash for PreparedQuery {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.0, state)
    }
}

/// The statement's struct name, as the variant is spelled.
impl std::fmt::Debug for PreparedQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.struct_name)
    }
}

impl From<PreparedQuery> for &'static StatementInfo {
    fn from(statement: PreparedQuery) -> Self {
        statement.0
    }
}

/// One registered statement.
#[derive(Debug)]
pub struct StatementInfo {
    /// The constructor's name, snake_case after the struct: `accounts_add`.
    pub name: &'static str,
    /// The struct's name: `AccountsAdd`.
    pub struct_name: &'static str,
    /// The SQL sent to PostgreSQL, with `$n` parameters.
    pub sql: &'static str,
    /// The SQL as the user wrote it, with `@name` parameters.
    pub source_sql: &'static str,
    /// Where each `@name` of `source_sql` became a `$n` of `sql`, in order: each a
    /// `prepared_sql::offsets::Edit` in its stored form, `[source, source_len, output_len]`
    /// (the harness reads them back to map an error position to the SQL as written).
    pub replacements: &'static [[u32; 3]],
    /// The parameters in `$n` order.
    pub params: &'static [ParamInfo],
    /// The declared row type and its expected columns; `None` without `row =`.
    pub row: Option<RowInfo>,
    /// Columns the author declared NOT NULL with `not_null(..)`.
    pub not_null: &'static [&'static str],
    /// Whether the compile-time syntax check ran (`false` with `unchecked_syntax`).
    pub syntax_checked: bool,
    /// Where the statement is declared.
    pub location: Location,
    /// A statement with optional fragments or sort orders runs as one of these variants,
    /// each its own prepared statement, chosen by the constructor's arguments; a statement
    /// without has none. The statement's own `sql` is the variant with every fragment.
    pub variants: &'static [&'static StatementInfo],
    /// For a variant: which of the statement's bound values `$1`, `$2`, … take. `None` for a
    /// statement that binds all of them in order.
    pub bind: Option<&'static [u32]>,
    /// For a `COPY … FROM STDIN`: `SELECT <its columns> FROM <its table>`, prepared for the
    /// columns' types (a COPY itself cannot be prepared).
    pub copy_probe: Option<&'static str>,
    /// Whether the statement only reads, decided at compile time
    /// (`prepared_sql::readonly`) unless it says `primary`: a routing pool may send it to
    /// a read replica, and the harness proves that it calls no user function that is
    /// `VOLATILE`.
    pub read_only: bool,
}

/// Where a statement is declared.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    /// The Rust file holding the `#[prepared]` attribute.
    pub file: &'static str,
    /// The line of the `#[prepared]` attribute.
    pub line: u32,
    /// The SQL file named by `file = "…"`, relative to the crate's manifest directory.
    pub sql_file: Option<&'static str>,
}

/// One declared parameter.
#[derive(Debug)]
pub struct ParamInfo {
    /// The parameter's name, as `@name` in the SQL.
    pub name: &'static str,
    /// The Rust type as declared: `Json<ApiModelUser>`.
    pub rust_type: &'static str,
    /// Whether the Rust type can encode a value of the given PostgreSQL type.
    pub accepts: fn(&Type) -> bool,
    /// The built-in type named by a cast right after the parameter in the SQL
    /// (`@data::jsonb`), resolved at compile time; `None` without a cast or for a type
    /// that is not built in.
    pub cast: Option<Type>,
    /// The natural PostgreSQL type of the Rust type, when it has one.
    pub natural_type: fn() -> Option<Type>,
    /// The declared type is a set (`HashSet<T>`, `BTreeSet<T>`), bound as an array whose
    /// order means nothing.
    pub set: bool,
}

/// The declared row type of a statement.
#[derive(Debug, Clone, Copy)]
pub struct RowInfo {
    /// The row type, as declared.
    pub rust_type: &'static str,
    /// The columns its fields read, in field order.
    pub columns: &'static [ColumnInfo],
}

/// One field of a `#[derive(FromRow)]` struct and the column it reads.
#[derive(Debug)]
pub struct ColumnInfo {
    /// The column name in the result (the field name, or its `rename`).
    pub name: &'static str,
    /// The field's name.
    pub field: &'static str,
    /// The field's Rust type, as declared.
    pub rust_type: &'static str,
    /// The field is an `Option`, so the column may be NULL.
    pub nullable: bool,
    /// Whether the field's type can decode a value of the given PostgreSQL type.
    pub accepts: fn(&Type) -> bool,
    /// `#[prepared(position = n)]`: the field reads the result's n-th column (1-based),
    /// whatever its name, as a result that repeats a name needs.
    pub position: Option<usize>,
    /// `#[prepared(flatten)]`: the field is a row type of its own, reading these columns
    /// in its place.
    pub nested: Option<&'static [ColumnInfo]>,
}

impl ColumnInfo {
    /// A field read by name, as the derives write it (positionally: each token a derive
    /// writes for each of a crate's thousands of fields costs every rebuild).
    #[doc(hidden)]
    pub const fn new(
        name: &'static str,
        field: &'static str,
        rust_type: &'static str,
        nullable: bool,
        accepts: fn(&Type) -> bool,
    ) -> Self {
        ColumnInfo {
            name,
            field,
            rust_type,
            nullable,
            accepts,
            position: None,
            nested: None,
        }
    }
}

/// One column a row type reads (see [`ColumnInfo::leaves`]).
#[derive(Debug, Clone, Copy)]
pub struct Leaf {
    /// Its place among the row type's columns.
    pub place: usize,
    /// The field that reads it.
    pub column: &'static ColumnInfo,
    /// It belongs to a flattened field's row type.
    pub nested: bool,
}

impl ColumnInfo {
    /// The columns a row type reads, each with its place among them and whether a
    /// flattened field holds it: a flattened field's own columns in its place,
    /// recursively. The place is where the column is looked for first (the fields follow
    /// the `SELECT` list).
    pub fn leaves(columns: &'static [ColumnInfo]) -> Vec<Leaf> {
        fn walk(columns: &'static [ColumnInfo], nested: bool, out: &mut Vec<Leaf>) {
            for column in columns {
                match column.nested {
                    Some(inner) => walk(inner, true, out),
                    None => out.push(Leaf {
                        place: out.len(),
                        column,
                        nested,
                    }),
                }
            }
        }
        let mut out = Vec::new();
        walk(columns, false, &mut out);
        out
    }

    /// How many result columns a row type with these fields reads.
    pub const fn width(columns: &[ColumnInfo]) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < columns.len() {
            n += match columns[i].nested {
                Some(nested) => ColumnInfo::width(nested),
                None => 1,
            };
            i += 1;
        }
        n
    }
}

impl StatementInfo {
    /// The variant with the given index; the statement itself when it has no variants
    /// (index 0).
    ///
    /// # Panics
    ///
    /// When the statement has no such variant: the index comes from the statement's own
    /// generated constructor, so another one means the registry and its code disagree.
    pub fn variant(&'static self, index: usize) -> &'static StatementInfo {
        if self.variants.is_empty() && index == 0 {
            return self;
        }
        match self.variants.get(index) {
            Some(variant) => variant,
            None => panic!(
                "statement `{}` has no variant {index} ({} variants)",
                self.name,
                self.variants.len()
            ),
        }
    }

    /// The SQL the server prepares for this statement: its own, or for a COPY (which
    /// cannot be prepared) its probe.
    pub fn prepared_sql(&self) -> &'static str {
        self.copy_probe.unwrap_or(self.sql)
    }

    /// What runs against the database: each variant, or the statement itself.
    pub fn runnable(&'static self) -> Vec<&'static StatementInfo> {
        if self.variants.is_empty() {
            vec![self]
        } else {
            self.variants.to_vec()
        }
    }
}

impl Registry {
    /// Looks a statement up by its snake_case name.
    pub fn get(&self, name: &str) -> Option<&'static StatementInfo> {
        self.statements.iter().copied().find(|s| s.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::StatementInfo;

    static PLAIN: StatementInfo = StatementInfo {
        name: "plain",
        ..crate::__private::DEFAULTS
    };
    static FIRST: StatementInfo = StatementInfo {
        name: "search{}",
        ..crate::__private::DEFAULTS
    };
    static WITH_VARIANTS: StatementInfo = StatementInfo {
        name: "search",
        variants: &[&FIRST],
        ..crate::__private::DEFAULTS
    };

    #[test]
    fn a_statement_without_variants_is_its_own_variant_zero() {
        assert!(std::ptr::eq(PLAIN.variant(0), &PLAIN));
        assert!(std::ptr::eq(WITH_VARIANTS.variant(0), &FIRST));
    }

    #[test]
    #[should_panic(expected = "statement `plain` has no variant 1 (0 variants)")]
    fn a_variant_a_statement_does_not_have_fails_loudly() {
        PLAIN.variant(1);
    }

    #[test]
    #[should_panic(expected = "statement `search` has no variant 1 (1 variants)")]
    fn a_variant_past_the_last_fails_loudly() {
        WITH_VARIANTS.variant(1);
    }
}
