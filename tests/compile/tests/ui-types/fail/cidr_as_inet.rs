#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared("SELECT @host::inet AS host", params(host: cidr::IpCidr))]
    pub struct Host;
}

fn main() {}
