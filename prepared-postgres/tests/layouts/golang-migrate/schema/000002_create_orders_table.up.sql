BEGIN;
CREATE TABLE IF NOT EXISTS orders (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total_cents bigint NOT NULL
);
COMMIT;
