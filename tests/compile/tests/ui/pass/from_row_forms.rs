//! `FromRow` reads the common row struct (no generics, no field attribute but `rename` and
//! `position`) with a path of its own: each field's column, Rust type as messages name it,
//! nullability and position come out as the general path (which a `flatten` field takes)
//! writes them for the same field, whatever form its type takes.
#![allow(dead_code)]

use prepared::registry::ColumnInfo;
use prepared::{FromRow, Json, Nullable};
use std::collections::HashMap;

/// One list of fields, for both structs.
macro_rules! row {
    ($(#[$attr:meta])* $name:ident { $($more:tt)* }) => {
        $(#[$attr])*
        #[derive(prepared::FromRow)]
        pub struct $name {
            /// A doc comment, and another attribute.
            #[allow(unused)]
            pub id: i64,
            pub(crate) name: String,
            pub(in crate) note: Option<String>,
            r#type: std::option::Option<i32>,
            tags: Vec<Option<String>>,
            bytes: Vec<u8>,
            counts: HashMap<String, Option<String>>,
            payload: Json<Vec<::std::string::String>>,
            flag: core::option::Option<bool>,
            ratio: f64,
            maybe: Nullable<i64>,
            #[prepared(rename = "renamed")]
            pub renamed_field: Option<i64>,
            #[prepared(position = 2)]
            second: String,
            #[prepared(rename = "both", position = 3)]
            #[doc = "two keys"]
            third: i32,
            #[prepared(rename = "same")]
            same: i64,
            $($more)*
        }
    };
}

row!(
    /// The token path.
    Plain {}
);

row!(
    /// The same fields and a `flatten` one, which the syn path reads.
    General {
        #[prepared(flatten)]
        inner: Inner,
    }
);

/// A COPY row whose field types come from the caller of a `macro_rules`.
macro_rules! copy_row {
    ($name:ident { $($field:ident: $ty:ty),* }) => {
        #[derive(prepared::ToRow)]
        pub struct $name {
            $($field: $ty),*
        }
    };
}

copy_row!(NewRow { id: i64, note: Option<String> });

#[derive(prepared::FromRow)]
pub struct Inner {
    pub inner_id: i64,
}

fn described(columns: &[ColumnInfo]) -> Vec<(&str, &str, &str, bool, Option<usize>, bool)> {
    columns
        .iter()
        .map(|c| {
            let accepts = (c.accepts)(&postgres_types::Type::INT8);
            (c.name, c.field, c.rust_type, c.nullable, c.position, accepts)
        })
        .collect()
}

fn main() {
    let plain = described(Plain::COLUMNS.unwrap());
    let general = described(General::COLUMNS.unwrap());
    assert_eq!(plain.len(), 15);
    assert_eq!(plain[..], general[..15]);
    assert_eq!(plain[3], ("type", "type", "std::option::Option<i32>", true, None, false));
    assert_eq!(plain[11], ("renamed", "renamed_field", "Option<i64>", true, None, true));
    assert_eq!(plain[12].4, Some(2));
    assert_eq!((plain[13].0, plain[13].4), ("both", Some(3)));
    assert_eq!(plain[6].2, "HashMap<String, Option<String>>");
    assert_eq!(plain[7].2, "Json<Vec<::std::string::String>>");
    assert!(plain[0].5 && plain[8].3 && plain[10].3 && !plain[5].3);
}
