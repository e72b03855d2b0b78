//! The harness's errors keep what caused them as typed fields, not as text in another
//! error type.

use prepared_postgres::{Error, TempPostgres};
use std::path::Path;

#[test]
fn a_missing_template_names_it_and_what_cp_said() {
    let template = Path::new("/nonexistent/prepared-template");
    let error = TempPostgres::start_from_template(template).unwrap_err();
    let Error::Template {
        template: named,
        output,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(named, template);
    // cp's words are in the system's language; the path it could not read is not.
    assert!(
        output.contains("/nonexistent/prepared-template"),
        "{output}"
    );
    assert!(
        error
            .to_string()
            .starts_with("copying the template /nonexistent/prepared-template failed: "),
        "{error}"
    );
}
