-- One column per PostgreSQL type that a type feature of `prepared` reads and writes.
CREATE TABLE kinds (
    id bigserial PRIMARY KEY,
    day date NOT NULL,
    at_time time NOT NULL,
    local_at timestamp NOT NULL,
    instant timestamptz NOT NULL,
    amount numeric(20, 6) NOT NULL,
    host inet NOT NULL,
    network cidr NOT NULL,
    flags varbit NOT NULL,
    fixed_flags bit(4) NOT NULL,
    mac macaddr NOT NULL,
    spot point NOT NULL,
    area box NOT NULL,
    route path NOT NULL,
    label text NOT NULL,
    wait interval NOT NULL,
    amounts numeric[] NOT NULL,
    note text
);
