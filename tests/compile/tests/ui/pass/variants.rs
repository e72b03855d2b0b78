//! Optional fragments, sort orders and rows parameters that compile: borrowed and owned
//! rows, a flag that is only a condition, and a fragment in a CTE.

#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(order_by)]
    #[derive(Debug, Clone, Copy)]
    pub enum AccountOrder {
        #[prepared("email, id")]
        ByEmail,
        #[prepared("id DESC")]
        Newest,
    }

    pub struct NewAccount {
        pub email: String,
        pub name: Option<String>,
    }

    #[prepared(
        "WITH picked AS (SELECT id, email FROM accounts WHERE id > 0 {@active: AND enabled})
         SELECT id FROM picked {@email: WHERE email = @email} ORDER BY @order",
        params(email: Option<&str>, active: bool, order: AccountOrder)
    )]
    pub struct AccountsFind;

    #[prepared(
        "INSERT INTO accounts (email, name) SELECT * FROM UNNEST(@rows.email::text[], @rows.name::text[])",
        params(rows: &[NewAccount])
    )]
    pub struct AccountsInsert;

    #[prepared(
        "INSERT INTO accounts (email, name) SELECT * FROM UNNEST(@rows.email::text[], @rows.name::text[])",
        params(rows: Vec<NewAccount>)
    )]
    pub struct AccountsInsertOwned;
}

fn main() {
    use queries::{AccountOrder, NewAccount, PreparedStatement as P};
    let q = P::accounts_find(Some("a@example.com"), true, AccountOrder::Newest);
    assert!(q.sql().contains("enabled") && q.sql().contains("ORDER BY id DESC /*module="));
    assert_eq!(q.info().name, "accounts_find{email,active,order=Newest}");
    // The variant's name, URL-encoded as sqlcommenter asks.
    assert!(q.sql().ends_with("statement='accounts_find%7Bemail%2Cactive%2Corder%3DNewest%7D'*/"));
    let q = P::accounts_find(None, false, AccountOrder::ByEmail);
    assert!(!q.sql().contains("enabled") && !q.sql().contains("$1"));
    let rows = vec![NewAccount { email: "a".into(), name: None }];
    assert_eq!(P::accounts_insert(&rows).info().params.len(), 2);
    assert_eq!(P::accounts_insert_owned(rows).info().params[1].name, "rows.name");
}
