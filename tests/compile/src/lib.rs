//! Nothing to build: the suite is `tests/ui.rs`, its cases `tests/ui/` and
//! `tests/ui-pg-grammar/`.
