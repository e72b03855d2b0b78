// 100 parameters: past the tuples the runtime implements `Params` for, the registry
// generates a struct of the statement's own.
#[prepared::registry]
mod queries {
    use prepared::prepared;

    #[prepared(
        "SELECT @p0 + @p1 + @p2 + @p3 + @p4 + @p5 + @p6 + @p7 + @p8 + @p9 + @p10 + @p11 + @p12 + @p13 + @p14 + @p15 + @p16 + @p17 + @p18 + @p19 + @p20 + @p21 + @p22 + @p23 + @p24 + @p25 + @p26 + @p27 + @p28 + @p29 + @p30 + @p31 + @p32 + @p33 + @p34 + @p35 + @p36 + @p37 + @p38 + @p39 + @p40 + @p41 + @p42 + @p43 + @p44 + @p45 + @p46 + @p47 + @p48 + @p49 + @p50 + @p51 + @p52 + @p53 + @p54 + @p55 + @p56 + @p57 + @p58 + @p59 + @p60 + @p61 + @p62 + @p63 + @p64 + @p65 + @p66 + @p67 + @p68 + @p69 + @p70 + @p71 + @p72 + @p73 + @p74 + @p75 + @p76 + @p77 + @p78 + @p79 + @p80 + @p81 + @p82 + @p83 + @p84 + @p85 + @p86 + @p87 + @p88 + @p89 + @p90 + @p91 + @p92 + @p93 + @p94 + @p95 + @p96 + @p97 + @p98 + @p99 AS total",
        params(p0: i64, p1: i64, p2: i64, p3: i64, p4: i64, p5: i64, p6: i64, p7: i64, p8: i64, p9: i64, p10: i64, p11: i64, p12: i64, p13: i64, p14: i64, p15: i64, p16: i64, p17: i64, p18: i64, p19: i64, p20: i64, p21: i64, p22: i64, p23: i64, p24: i64, p25: i64, p26: i64, p27: i64, p28: i64, p29: i64, p30: i64, p31: i64, p32: i64, p33: i64, p34: i64, p35: i64, p36: i64, p37: i64, p38: i64, p39: i64, p40: i64, p41: i64, p42: i64, p43: i64, p44: i64, p45: i64, p46: i64, p47: i64, p48: i64, p49: i64, p50: i64, p51: i64, p52: i64, p53: i64, p54: i64, p55: i64, p56: i64, p57: i64, p58: i64, p59: i64, p60: i64, p61: i64, p62: i64, p63: i64, p64: i64, p65: i64, p66: i64, p67: i64, p68: i64, p69: i64, p70: i64, p71: i64, p72: i64, p73: i64, p74: i64, p75: i64, p76: i64, p77: i64, p78: i64, p79: i64, p80: i64, p81: i64, p82: i64, p83: i64, p84: i64, p85: i64, p86: i64, p87: i64, p88: i64, p89: i64, p90: i64, p91: i64, p92: i64, p93: i64, p94: i64, p95: i64, p96: i64, p97: i64, p98: i64, p99: i64)
    )]
    pub struct Sum100;
}

fn main() {
    let bound = queries::PreparedStatement::sum100(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99);
    let refs = prepared::Params::refs(bound.params());
    assert_eq!(refs.as_ref().len(), 100);
    assert_eq!(bound.info().params.len(), 100);
    assert_eq!(bound.info().params[99].name, "p99");
    assert!(bound.sql().contains("$99 + $100 AS total /*module="));
}
