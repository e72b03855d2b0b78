//! sqlc's end-to-end cases (`tests/corpora/sqlc/endtoend`, the ones sqlc accepts) as
//! `prepared import` writes them, one module per case, committed as generated:
//! `tests/corpus.rs` imports every case again against its own schema, fails when the
//! output drifts from these files (`PREPARED_BLESS=1` rewrites them), and proves every
//! statement with the harness.

pub mod cases;
