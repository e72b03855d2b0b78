//! The accounts flow end to end: create the schema, add an account (a JSON model, a set of
//! roles, a nullable flag), read it back with its roles, list services.
//!
//! `cargo run --example accounts` starts a throwaway PostgreSQL from the local binaries;
//! with `DATABASE_URL` set it uses that database instead.

mod model;

use model::queries::PreparedStatement;
use model::{ApiModelUser, UserRole};
use prepared::{Json, PreparedExt};
use std::collections::HashSet;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Kept alive until the end of main; dropping it stops the server.
    let mut throwaway = None;
    let url = match std::env::var("DATABASE_URL") {
        Ok(url) => url,
        Err(_) => {
            let pg = prepared_test_harness::TempPostgres::start()?;
            println!(
                "started a throwaway PostgreSQL on {}",
                pg.socket_dir().display()
            );
            throwaway.insert(pg).connection_string()
        }
    };
    let client = prepared::Client::connect(&url).await?;

    let manifest_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    prepared_test_harness::schema::apply(
        &client,
        &prepared_test_harness::schema::files(manifest_dir)?,
    )
    .await?;

    let user = ApiModelUser {
        name: "Ada Lovelace".into(),
        email: "ada@example.com".into(),
    };
    let roles = HashSet::from([UserRole::Admin, UserRole::Editor]);
    let account = client
        .prepared_query_one(PreparedStatement::accounts_add(Json(user), roles, None))
        .await?;
    println!(
        "inserted account {} ({}), enabled: {:?}, created {}",
        account.id, account.info.0.name, account.enabled, account.created_at
    );

    client
        .prepared_execute(PreparedStatement::account_set_enabled(
            account.id,
            Some(true),
        ))
        .await?;
    let read = client
        .prepared_query_one(PreparedStatement::account_with_roles_by_id(account.id))
        .await?;
    let roles: Vec<String> = read.roles.iter().map(ToString::to_string).collect();
    println!(
        "account {}: {} <{}> enabled: {:?}, roles [{}]",
        read.id,
        read.info.0.name,
        read.info.0.email,
        read.enabled,
        roles.join(", ")
    );

    for name in ["billing", "search"] {
        client
            .prepared_execute(PreparedStatement::service_add(name))
            .await?;
    }
    for service in client
        .prepared_query(PreparedStatement::select_service_query())
        .await?
    {
        println!(
            "service {}: {} (deleted: {})",
            service.id, service.name, service.is_deleted
        );
    }
    drop(client);
    drop(throwaway);
    Ok(())
}
