-- migrate:up transaction:false
alter table orders add column note text;
create index concurrently orders_user on orders (user_id);

-- migrate:down
drop index orders_user;
alter table orders drop column note;
