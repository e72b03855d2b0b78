-- migrate:up
create table orders (
  id bigserial primary key,
  user_id bigint not null references users (id),
  total_cents bigint not null
);

-- migrate:down
drop table orders;
