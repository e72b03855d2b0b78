-- migrate:up
create table users (
  id bigserial primary key,
  email text not null unique
);

-- migrate:down
drop table users;
