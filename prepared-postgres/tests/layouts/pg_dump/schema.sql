--
-- PostgreSQL database dump
--

\restrict U85Vcv4eDppboH3VGDsFYk46yAeI1K9Bht1k1qLbxRwMSMN6PB68ERf0cygC2b1

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: billing; Type: SCHEMA; Schema: -; Owner: app
--

CREATE SCHEMA billing;


ALTER SCHEMA billing OWNER TO app;

--
-- Name: order_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.order_status AS ENUM (
    'placed',
    'paid',
    'shipped'
);


ALTER TYPE public.order_status OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    status public.order_status DEFAULT 'placed'::public.order_status NOT NULL,
    total_cents bigint NOT NULL,
    note text,
    CONSTRAINT orders_total_cents_check CHECK ((total_cents >= 0))
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: TABLE orders; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.orders IS 'one per checkout; see the shop''s docs';


--
-- Name: order_total(public.orders); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.order_total(o public.orders) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT o.total_cents; $$;


ALTER FUNCTION public.order_total(o public.orders) OWNER TO postgres;

--
-- Name: invoices; Type: TABLE; Schema: billing; Owner: app
--

CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    issued_on date NOT NULL
);


ALTER TABLE billing.invoices OWNER TO app;

--
-- Name: invoices_id_seq; Type: SEQUENCE; Schema: billing; Owner: app
--

CREATE SEQUENCE billing.invoices_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE billing.invoices_id_seq OWNER TO app;

--
-- Name: invoices_id_seq; Type: SEQUENCE OWNED BY; Schema: billing; Owner: app
--

ALTER SEQUENCE billing.invoices_id_seq OWNED BY billing.invoices.id;


--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: app
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.users OWNER TO app;

--
-- Name: paid_orders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.paid_orders AS
 SELECT o.id,
    u.email,
    o.total_cents
   FROM (public.orders o
     JOIN public.users u ON ((u.id = o.user_id)))
  WHERE (o.status = 'paid'::public.order_status);


ALTER TABLE public.paid_orders OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: app
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO app;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: app
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: invoices id; Type: DEFAULT; Schema: billing; Owner: app
--

ALTER TABLE ONLY billing.invoices ALTER COLUMN id SET DEFAULT nextval('billing.invoices_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: billing; Owner: app
--

ALTER TABLE ONLY billing.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: orders_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_user ON public.orders USING btree (user_id);


--
-- Name: invoices invoices_order_id_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: app
--

ALTER TABLE ONLY billing.invoices
    ADD CONSTRAINT invoices_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: TABLE paid_orders; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.paid_orders TO app;


--
-- PostgreSQL database dump complete
--

\unrestrict U85Vcv4eDppboH3VGDsFYk46yAeI1K9Bht1k1qLbxRwMSMN6PB68ERf0cygC2b1

