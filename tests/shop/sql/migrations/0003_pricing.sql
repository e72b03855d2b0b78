CREATE FUNCTION price_with_tax(price_cents bigint, rate_percent integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT price_cents + price_cents * rate_percent / 100 $$;
