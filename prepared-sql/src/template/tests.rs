use super::*;

const ORDERS: &[(&str, &str)] = &[("Cheapest", "price, id"), ("Newest", "created DESC")];

fn search() -> Vec<Param<'static>> {
    vec![
        Param::value("max"),
        Param::value("status"),
        Param::value("tag"),
        Param::value("in_stock"),
        Param {
            name: "order",
            kind: Kind::Choice(ORDERS),
        },
    ]
}

const SEARCH: &str = "SELECT p.id FROM products p {@tag: JOIN tags t ON t.id = p.id AND t.tag = @tag} \
    WHERE p.price <= @max {@status: AND p.status = @status} {@in_stock: AND p.stock > 0} ORDER BY @order";

#[test]
#[should_panic(expected = "variant 16 of a statement with 16 variants")]
fn an_index_past_the_variants_fails_loudly_instead_of_wrapping() {
    Template::new(SEARCH, &search()).rewrite(16);
}

#[test]
fn each_variant_binds_what_it_holds() {
    let t = Template::new(SEARCH, &search());
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(t.conditions, vec![1, 2, 3]);
    assert_eq!(t.variant_count(), 16);
    let none = t.rewrite(0);
    assert_eq!(
        none.sql,
        "SELECT p.id FROM products p  WHERE p.price <= $1   ORDER BY price, id"
    );
    assert_eq!(t.label(0), "{order=Cheapest}");
    let all = t.rewrite(7 + 8);
    assert_eq!(
        all.sql,
        "SELECT p.id FROM products p  JOIN tags t ON t.id = p.id AND t.tag = $3 \
         WHERE p.price <= $1  AND p.status = $2  AND p.stock > 0 ORDER BY created DESC"
    );
    assert_eq!(t.label(15), "{status,tag,in_stock,order=Newest}");
    // Only the tag: `$2` is the tag now.
    let tag = t.rewrite(2);
    assert!(tag.sql.contains("t.tag = $2"), "{}", tag.sql);
    assert_eq!(
        tag.slots.iter().map(|s| s.param).collect::<Vec<_>>(),
        [0, 2]
    );
    // Positions map back through dropped text.
    let at = tag.sql.find("WHERE").unwrap();
    assert_eq!(tag.to_source(at), SEARCH.find("WHERE").unwrap());
    let at = none.sql.find("price, id").unwrap();
    assert_eq!(none.to_source(at), SEARCH.find("@order").unwrap());
}

#[test]
fn fragments_respect_literals_and_report_mistakes() {
    let t = Template::new("SELECT '{' , $${}$$ /* } */ , \"{\"", &[]);
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert!(!t.has_variants());
    for (sql, expect) in [
        ("SELECT 1 {@a: {@b: x}}", "do not nest"),
        ("SELECT 1 }", "closes no optional fragment"),
        ("SELECT 1 {@a: x", "never closed"),
        ("SELECT 1 {AND x}", "starts with the parameter"),
        ("SELECT 1 {@a::int}", "and a colon"),
    ] {
        let t = Template::new(sql, &[Param::value("a"), Param::value("b")]);
        assert!(
            t.problems.iter().any(|p| p.message().contains(expect)),
            "{sql}: {:?}",
            t.problems
        );
        assert!(t.lexically_broken());
    }
    let t = Template::new("SELECT 1 {@nope: AND x}", &[]);
    assert!(matches!(&t.problems[..], [Problem::Undeclared { name, .. }] if name == "nope"));
}

#[test]
fn rows_bind_one_array_per_field() {
    let params = [Param {
        name: "rows",
        kind: Kind::Rows,
    }];
    let t = Template::new(
        "INSERT INTO t (a, b) SELECT * FROM UNNEST(@rows.a::int8[], @rows.b::text[]) RETURNING @rows.a",
        &params,
    );
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    let r = t.rewrite(0);
    assert_eq!(
        r.sql,
        "INSERT INTO t (a, b) SELECT * FROM UNNEST($1::int8[], $2::text[]) RETURNING $1"
    );
    let fields: Vec<_> = r.slots.iter().map(|s| s.field.as_deref()).collect();
    assert_eq!(fields, [Some("a"), Some("b")]);
}

#[test]
fn a_flag_only_conditions_and_words_stay_apart() {
    let t = Template::new("SELECT 1 WHERE a{@f:AND b}", &[Param::value("f")]);
    assert!(t.problems.is_empty(), "{:?}", t.problems);
    assert_eq!(t.rewrite(1).sql, "SELECT 1 WHERE a AND b");
    assert_eq!(t.rewrite(0).sql, "SELECT 1 WHERE a");
    assert!(t.rewrite(1).slots.is_empty());
}

#[test]
fn an_undeclared_name_glued_to_an_operator_is_a_parameter_gone_wrong() {
    let r = rewrite("UPDATE t SET notice_at=@p1 WHERE id=@id", &["id"]);
    assert_eq!(r.sql, "UPDATE t SET notice_at=@p1 WHERE id=$1");
    assert!(
        matches!(&r.problems[..], [Problem::Undeclared { name, at: 23, .. }] if name == "p1"),
        "{:?}",
        r.problems
    );
    // Declared, it binds as usual.
    let r = rewrite("UPDATE t SET notice_at=@p1", &["p1"]);
    assert_eq!(
        (r.sql.as_str(), r.problems.len()),
        ("UPDATE t SET notice_at=$1", 0)
    );
    // PostgreSQL's own operators ending in `@` keep their operand.
    for sql in [
        "SELECT 1 WHERE tags<@ARRAY['a']",
        "SELECT 1 WHERE doc@@query",
        "SELECT 1 WHERE name^@prefix",
    ] {
        assert!(rewrite(sql, &[]).problems.is_empty(), "{sql}");
    }
}

#[test]
fn rewrites_declared_names_in_declared_order() {
    let r = rewrite("SELECT @b, @a::jsonb, @b", &["a", "b"]);
    assert_eq!(r.sql, "SELECT $2, $1::jsonb, $2");
    assert!(r.problems.is_empty());
    assert_eq!(
        r.to_source(r.sql.find("::").unwrap()),
        "SELECT @b, @a".len()
    );
    assert_eq!(r.to_source(r.sql.len()), "SELECT @b, @a::jsonb, @b".len());
    assert_eq!(r.to_source(8), 7);
}

#[test]
fn reports_every_problem() {
    let r = rewrite("SELECT @x, $1; SELECT 1", &["a"]);
    let names: Vec<_> = r.problems.iter().map(std::mem::discriminant).collect();
    assert_eq!(names.len(), 4, "{:?}", r.problems);
    assert!(r.problems[0].message().contains("`@ x`"));
    assert!(r.problems[0].message().contains("declared: a"));
    assert!(matches!(r.problems[3], Problem::Unused { .. }));
}

#[test]
fn trailing_semicolons_are_one_statement() {
    assert!(rewrite("SELECT 1;  -- done\n", &[]).problems.is_empty());
    assert!(rewrite("SELECT 1;;", &[]).problems.is_empty());
}
