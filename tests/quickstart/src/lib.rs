use prepared::{FromRow, PreparedExt};

#[derive(Debug, FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: Option<String>, // the column allows NULL
}

#[prepared::registry]
pub mod queries {
    use super::User;
    use prepared::prepared;
    #[prepared(
        "INSERT INTO users (email, name) VALUES (@email, @name) RETURNING id, email, name",
        params(email: &str, name: Option<&str>),
        row = User
    )]
    pub struct UserAdd;

    #[prepared("SELECT id, email, name FROM users WHERE email = @email", params(email: &str), row = User)]
    pub struct UserByEmail;
}

pub async fn add_and_find(url: &str, email: &str) -> Result<Option<User>, prepared::Error> {
    use queries::PreparedStatement as Q;
    let db = prepared::Client::connect(url).await?;
    db.prepared_query_one(Q::user_add(email, None)).await?;
    db.prepared_query_opt(Q::user_by_email(email)).await
}
