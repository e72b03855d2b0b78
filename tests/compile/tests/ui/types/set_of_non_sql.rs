use std::collections::HashSet;

#[derive(PartialEq, Eq, Hash)]
pub enum Role {
    Admin,
}

#[prepared::registry]
mod queries {
    use super::*;
    use prepared::prepared;

    #[prepared("SELECT UNNEST(@roles::VARCHAR[])", params(roles: HashSet<Role>))]
    pub struct Roles;
}

fn main() {}
