//! The registry's data types are built by generated code and read by the harness, through
//! `prepared::registry`; none is part of the API a user writes against, so none is at the
//! root (nor in the root's rustdoc).

use prepared::ColumnInfo;
use prepared::Location;
use prepared::ParamInfo;
use prepared::Replacement;
use prepared::RowInfo;
use prepared::StatementCache;
use prepared::StatementInfo;

fn main() {}
