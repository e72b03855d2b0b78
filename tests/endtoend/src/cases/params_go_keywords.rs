//! Imported by `prepared import` from endtoend/params_go_keywords/postgresql/query.sql: each query a `#[prepared]` statement, its
//! parameter and column types as PostgreSQL describes them, and each column's
//! nullability as the test harness judges it. Declared with `mod <name>;`, the file gives
//! `<name>::REGISTRY` and `<name>::PreparedStatement`.

use prepared::FromRow;

/// A row of `KeywordBreak`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordBreakRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordDefault`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordDefaultRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordFunc`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordFuncRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordInterface`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordInterfaceRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordSelect`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordSelectRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordCase`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordCaseRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordDefer`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordDeferRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordGo`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordGoRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordMap`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordMapRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordStruct`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordStructRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordChan`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordChanRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordElse`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordElseRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordGoto`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordGotoRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordPackage`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordPackageRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordSwitch`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordSwitchRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordConst`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordConstRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordFallthrough`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordFallthroughRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordIf`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordIfRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordRange`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordRangeRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordType`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordTypeRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordContinue`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordContinueRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordFor`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordForRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordImport`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordImportRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordReturn`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordReturnRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordVar`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordVarRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `KeywordQ`.
#[derive(Debug, Clone, FromRow)]
pub struct KeywordQRow {
    /// Can be NULL: it is computed by an expression, not read from a table column.
    pub text: Option<String>,
}

/// A row of `SelectBreak`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectBreakRow {
    /// Can be NULL: table column `go_keywords.break` allows NULL.
    pub r#break: Option<String>,
}

/// A row of `SelectDefault`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectDefaultRow {
    /// Can be NULL: table column `go_keywords.default` allows NULL.
    pub default: Option<String>,
}

/// A row of `SelectFunc`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectFuncRow {
    /// Can be NULL: table column `go_keywords.func` allows NULL.
    pub func: Option<String>,
}

/// A row of `SelectInterface`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectInterfaceRow {
    /// Can be NULL: table column `go_keywords.interface` allows NULL.
    pub interface: Option<String>,
}

/// A row of `SelectSelect`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectSelectRow {
    /// Can be NULL: table column `go_keywords.select` allows NULL.
    pub select: Option<String>,
}

/// A row of `SelectCase`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectCaseRow {
    /// Can be NULL: table column `go_keywords.case` allows NULL.
    pub case: Option<String>,
}

/// A row of `SelectDefer`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectDeferRow {
    /// Can be NULL: table column `go_keywords.defer` allows NULL.
    pub defer: Option<String>,
}

/// A row of `SelectGo`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectGoRow {
    /// Can be NULL: table column `go_keywords.go` allows NULL.
    pub go: Option<String>,
}

/// A row of `SelectMap`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectMapRow {
    /// Can be NULL: table column `go_keywords.map` allows NULL.
    pub map: Option<String>,
}

/// A row of `SelectStruct`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectStructRow {
    /// Can be NULL: table column `go_keywords.struct` allows NULL.
    pub r#struct: Option<String>,
}

/// A row of `SelectChan`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectChanRow {
    /// Can be NULL: table column `go_keywords.chan` allows NULL.
    pub chan: Option<String>,
}

/// A row of `SelectElse`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectElseRow {
    /// Can be NULL: table column `go_keywords.else` allows NULL.
    pub r#else: Option<String>,
}

/// A row of `SelectGoto`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectGotoRow {
    /// Can be NULL: table column `go_keywords.goto` allows NULL.
    pub goto: Option<String>,
}

/// A row of `SelectPackage`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectPackageRow {
    /// Can be NULL: table column `go_keywords.package` allows NULL.
    pub package: Option<String>,
}

/// A row of `SelectSwitch`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectSwitchRow {
    /// Can be NULL: table column `go_keywords.switch` allows NULL.
    pub switch: Option<String>,
}

/// A row of `SelectConst`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectConstRow {
    /// Can be NULL: table column `go_keywords.const` allows NULL.
    pub r#const: Option<String>,
}

/// A row of `SelectFallthrough`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectFallthroughRow {
    /// Can be NULL: table column `go_keywords.fallthrough` allows NULL.
    pub fallthrough: Option<String>,
}

/// A row of `SelectIf`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectIfRow {
    /// Can be NULL: table column `go_keywords.if` allows NULL.
    pub r#if: Option<String>,
}

/// A row of `SelectRange`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectRangeRow {
    /// Can be NULL: table column `go_keywords.range` allows NULL.
    pub range: Option<String>,
}

/// A row of `SelectType`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectTypeRow {
    /// Can be NULL: table column `go_keywords.type` allows NULL.
    pub r#type: Option<String>,
}

/// A row of `SelectContinue`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectContinueRow {
    /// Can be NULL: table column `go_keywords.continue` allows NULL.
    pub r#continue: Option<String>,
}

/// A row of `SelectFor`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectForRow {
    /// Can be NULL: table column `go_keywords.for` allows NULL.
    pub r#for: Option<String>,
}

/// A row of `SelectImport`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectImportRow {
    /// Can be NULL: table column `go_keywords.import` allows NULL.
    pub import: Option<String>,
}

/// A row of `SelectReturn`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectReturnRow {
    /// Can be NULL: table column `go_keywords.return` allows NULL.
    pub r#return: Option<String>,
}

/// A row of `SelectVar`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectVarRow {
    /// Can be NULL: table column `go_keywords.var` allows NULL.
    pub var: Option<String>,
}

/// A row of `SelectQ`.
#[derive(Debug, Clone, FromRow)]
pub struct SelectQRow {
    /// Can be NULL: table column `go_keywords.q` allows NULL.
    pub q: Option<String>,
}

pub use self::statements::*;

#[prepared::registry]
pub mod statements {
    #[allow(unused_imports)]
    use super::*;
    use prepared::prepared;

    /// sqlc `KeywordBreak :exec`, endtoend/params_go_keywords/postgresql/query.sql:1; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @break::text"#,
        params(r#break: &str),
        row = KeywordBreakRow
    )]
    pub struct KeywordBreak;

    /// sqlc `KeywordDefault :exec`, endtoend/params_go_keywords/postgresql/query.sql:4; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @default::text"#,
        params(default: &str),
        row = KeywordDefaultRow
    )]
    pub struct KeywordDefault;

    /// sqlc `KeywordFunc :exec`, endtoend/params_go_keywords/postgresql/query.sql:7; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @func::text"#,
        params(func: &str),
        row = KeywordFuncRow
    )]
    pub struct KeywordFunc;

    /// sqlc `KeywordInterface :exec`, endtoend/params_go_keywords/postgresql/query.sql:10; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @interface::text"#,
        params(interface: &str),
        row = KeywordInterfaceRow
    )]
    pub struct KeywordInterface;

    /// sqlc `KeywordSelect :exec`, endtoend/params_go_keywords/postgresql/query.sql:13; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @select::text"#,
        params(select: &str),
        row = KeywordSelectRow
    )]
    pub struct KeywordSelect;

    /// sqlc `KeywordCase :exec`, endtoend/params_go_keywords/postgresql/query.sql:16; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @case::text"#,
        params(case: &str),
        row = KeywordCaseRow
    )]
    pub struct KeywordCase;

    /// sqlc `KeywordDefer :exec`, endtoend/params_go_keywords/postgresql/query.sql:19; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @defer::text"#,
        params(defer: &str),
        row = KeywordDeferRow
    )]
    pub struct KeywordDefer;

    /// sqlc `KeywordGo :exec`, endtoend/params_go_keywords/postgresql/query.sql:22; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @go::text"#,
        params(go: &str),
        row = KeywordGoRow
    )]
    pub struct KeywordGo;

    /// sqlc `KeywordMap :exec`, endtoend/params_go_keywords/postgresql/query.sql:25; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @map::text"#,
        params(map: &str),
        row = KeywordMapRow
    )]
    pub struct KeywordMap;

    /// sqlc `KeywordStruct :exec`, endtoend/params_go_keywords/postgresql/query.sql:28; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @struct::text"#,
        params(r#struct: &str),
        row = KeywordStructRow
    )]
    pub struct KeywordStruct;

    /// sqlc `KeywordChan :exec`, endtoend/params_go_keywords/postgresql/query.sql:31; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @chan::text"#,
        params(chan: &str),
        row = KeywordChanRow
    )]
    pub struct KeywordChan;

    /// sqlc `KeywordElse :exec`, endtoend/params_go_keywords/postgresql/query.sql:34; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @else::text"#,
        params(r#else: &str),
        row = KeywordElseRow
    )]
    pub struct KeywordElse;

    /// sqlc `KeywordGoto :exec`, endtoend/params_go_keywords/postgresql/query.sql:37; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @goto::text"#,
        params(goto: &str),
        row = KeywordGotoRow
    )]
    pub struct KeywordGoto;

    /// sqlc `KeywordPackage :exec`, endtoend/params_go_keywords/postgresql/query.sql:40; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @package::text"#,
        params(package: &str),
        row = KeywordPackageRow
    )]
    pub struct KeywordPackage;

    /// sqlc `KeywordSwitch :exec`, endtoend/params_go_keywords/postgresql/query.sql:43; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @switch::text"#,
        params(switch: &str),
        row = KeywordSwitchRow
    )]
    pub struct KeywordSwitch;

    /// sqlc `KeywordConst :exec`, endtoend/params_go_keywords/postgresql/query.sql:46; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @const::text"#,
        params(r#const: &str),
        row = KeywordConstRow
    )]
    pub struct KeywordConst;

    /// sqlc `KeywordFallthrough :exec`, endtoend/params_go_keywords/postgresql/query.sql:49; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @fallthrough::text"#,
        params(fallthrough: &str),
        row = KeywordFallthroughRow
    )]
    pub struct KeywordFallthrough;

    /// sqlc `KeywordIf :exec`, endtoend/params_go_keywords/postgresql/query.sql:52; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @if::text"#,
        params(r#if: &str),
        row = KeywordIfRow
    )]
    pub struct KeywordIf;

    /// sqlc `KeywordRange :exec`, endtoend/params_go_keywords/postgresql/query.sql:55; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @range::text"#,
        params(range: &str),
        row = KeywordRangeRow
    )]
    pub struct KeywordRange;

    /// sqlc `KeywordType :exec`, endtoend/params_go_keywords/postgresql/query.sql:58; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @type::text"#,
        params(r#type: &str),
        row = KeywordTypeRow
    )]
    pub struct KeywordType;

    /// sqlc `KeywordContinue :exec`, endtoend/params_go_keywords/postgresql/query.sql:61; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @continue::text"#,
        params(r#continue: &str),
        row = KeywordContinueRow
    )]
    pub struct KeywordContinue;

    /// sqlc `KeywordFor :exec`, endtoend/params_go_keywords/postgresql/query.sql:64; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @for::text"#,
        params(r#for: &str),
        row = KeywordForRow
    )]
    pub struct KeywordFor;

    /// sqlc `KeywordImport :exec`, endtoend/params_go_keywords/postgresql/query.sql:67; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @import::text"#,
        params(import: &str),
        row = KeywordImportRow
    )]
    pub struct KeywordImport;

    /// sqlc `KeywordReturn :exec`, endtoend/params_go_keywords/postgresql/query.sql:70; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @return::text"#,
        params(r#return: &str),
        row = KeywordReturnRow
    )]
    pub struct KeywordReturn;

    /// sqlc `KeywordVar :exec`, endtoend/params_go_keywords/postgresql/query.sql:73; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @var::text"#,
        params(var: &str),
        row = KeywordVarRow
    )]
    pub struct KeywordVar;

    /// sqlc `KeywordQ :exec`, endtoend/params_go_keywords/postgresql/query.sql:76; run it with `prepared_query`.
    #[prepared(
        r#"SELECT @q::text"#,
        params(q: &str),
        row = KeywordQRow
    )]
    pub struct KeywordQ;

    /// sqlc `SelectBreak :one`, endtoend/params_go_keywords/postgresql/query.sql:79; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "break" FROM go_keywords"#,
        row = SelectBreakRow
    )]
    pub struct SelectBreak;

    /// sqlc `SelectDefault :one`, endtoend/params_go_keywords/postgresql/query.sql:82; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "default" FROM go_keywords"#,
        row = SelectDefaultRow
    )]
    pub struct SelectDefault;

    /// sqlc `SelectFunc :one`, endtoend/params_go_keywords/postgresql/query.sql:85; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "func" FROM go_keywords"#,
        row = SelectFuncRow
    )]
    pub struct SelectFunc;

    /// sqlc `SelectInterface :one`, endtoend/params_go_keywords/postgresql/query.sql:88; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "interface" FROM go_keywords"#,
        row = SelectInterfaceRow
    )]
    pub struct SelectInterface;

    /// sqlc `SelectSelect :one`, endtoend/params_go_keywords/postgresql/query.sql:91; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "select" FROM go_keywords"#,
        row = SelectSelectRow
    )]
    pub struct SelectSelect;

    /// sqlc `SelectCase :one`, endtoend/params_go_keywords/postgresql/query.sql:94; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "case" FROM go_keywords"#,
        row = SelectCaseRow
    )]
    pub struct SelectCase;

    /// sqlc `SelectDefer :one`, endtoend/params_go_keywords/postgresql/query.sql:97; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "defer" FROM go_keywords"#,
        row = SelectDeferRow
    )]
    pub struct SelectDefer;

    /// sqlc `SelectGo :one`, endtoend/params_go_keywords/postgresql/query.sql:100; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "go" FROM go_keywords"#,
        row = SelectGoRow
    )]
    pub struct SelectGo;

    /// sqlc `SelectMap :one`, endtoend/params_go_keywords/postgresql/query.sql:103; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "map" FROM go_keywords"#,
        row = SelectMapRow
    )]
    pub struct SelectMap;

    /// sqlc `SelectStruct :one`, endtoend/params_go_keywords/postgresql/query.sql:106; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "struct" FROM go_keywords"#,
        row = SelectStructRow
    )]
    pub struct SelectStruct;

    /// sqlc `SelectChan :one`, endtoend/params_go_keywords/postgresql/query.sql:109; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "chan" FROM go_keywords"#,
        row = SelectChanRow
    )]
    pub struct SelectChan;

    /// sqlc `SelectElse :one`, endtoend/params_go_keywords/postgresql/query.sql:112; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "else" FROM go_keywords"#,
        row = SelectElseRow
    )]
    pub struct SelectElse;

    /// sqlc `SelectGoto :one`, endtoend/params_go_keywords/postgresql/query.sql:115; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "goto" FROM go_keywords"#,
        row = SelectGotoRow
    )]
    pub struct SelectGoto;

    /// sqlc `SelectPackage :one`, endtoend/params_go_keywords/postgresql/query.sql:118; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "package" FROM go_keywords"#,
        row = SelectPackageRow
    )]
    pub struct SelectPackage;

    /// sqlc `SelectSwitch :one`, endtoend/params_go_keywords/postgresql/query.sql:121; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "switch" FROM go_keywords"#,
        row = SelectSwitchRow
    )]
    pub struct SelectSwitch;

    /// sqlc `SelectConst :one`, endtoend/params_go_keywords/postgresql/query.sql:124; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "const" FROM go_keywords"#,
        row = SelectConstRow
    )]
    pub struct SelectConst;

    /// sqlc `SelectFallthrough :one`, endtoend/params_go_keywords/postgresql/query.sql:127; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "fallthrough" FROM go_keywords"#,
        row = SelectFallthroughRow
    )]
    pub struct SelectFallthrough;

    /// sqlc `SelectIf :one`, endtoend/params_go_keywords/postgresql/query.sql:130; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "if" FROM go_keywords"#,
        row = SelectIfRow
    )]
    pub struct SelectIf;

    /// sqlc `SelectRange :one`, endtoend/params_go_keywords/postgresql/query.sql:133; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "range" FROM go_keywords"#,
        row = SelectRangeRow
    )]
    pub struct SelectRange;

    /// sqlc `SelectType :one`, endtoend/params_go_keywords/postgresql/query.sql:136; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "type" FROM go_keywords"#,
        row = SelectTypeRow
    )]
    pub struct SelectType;

    /// sqlc `SelectContinue :one`, endtoend/params_go_keywords/postgresql/query.sql:139; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "continue" FROM go_keywords"#,
        row = SelectContinueRow
    )]
    pub struct SelectContinue;

    /// sqlc `SelectFor :one`, endtoend/params_go_keywords/postgresql/query.sql:142; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "for" FROM go_keywords"#,
        row = SelectForRow
    )]
    pub struct SelectFor;

    /// sqlc `SelectImport :one`, endtoend/params_go_keywords/postgresql/query.sql:145; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "import" FROM go_keywords"#,
        row = SelectImportRow
    )]
    pub struct SelectImport;

    /// sqlc `SelectReturn :one`, endtoend/params_go_keywords/postgresql/query.sql:148; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "return" FROM go_keywords"#,
        row = SelectReturnRow
    )]
    pub struct SelectReturn;

    /// sqlc `SelectVar :one`, endtoend/params_go_keywords/postgresql/query.sql:151; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "var" FROM go_keywords"#,
        row = SelectVarRow
    )]
    pub struct SelectVar;

    /// sqlc `SelectQ :one`, endtoend/params_go_keywords/postgresql/query.sql:154; run it with `prepared_query_one`.
    #[prepared(
        r#"SELECT "q" FROM go_keywords"#,
        row = SelectQRow
    )]
    pub struct SelectQ;
}
