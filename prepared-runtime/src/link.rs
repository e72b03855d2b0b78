//! `link!`: how a registry's generated `static REGISTRY` joins [`LINKED`](crate::registry::LINKED).
//!
//! linkme's declaration defines a macro for that (`LINKED! { #![linkme_macro = LINKED] item }`),
//! which expands twice, re-parsing the item each time, and then picks the target's link
//! section with five `cfg_attr`s: 2.5% of an edit's rebuild of sqlc's corpus (328 registries),
//! where this one expansion, chosen for the target when this crate is compiled, costs 0.4%.
//! The sections are linkme's for a slice named `LINKED` (its `linker` module: the name on
//! ELF targets, a hash of it on Mach-O); the test below fails if linkme places the slice's
//! elements anywhere else on the platform it runs on.

/// Places a `static` in `LINKED`'s link section.
#[cfg(any(
    target_os = "none",
    target_os = "linux",
    target_os = "android",
    target_os = "fuchsia",
    target_os = "psp",
    target_os = "freebsd",
    target_os = "openbsd"
))]
#[doc(hidden)]
#[macro_export]
macro_rules! __prepared_link {
    ($($item:tt)*) => {
        #[used]
        #[unsafe(link_section = "linkme_LINKED")]
        $($item)*
    };
}

/// Places a `static` in `LINKED`'s link section.
#[cfg(any(target_os = "macos", target_os = "ios", target_os = "tvos"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __prepared_link {
    ($($item:tt)*) => {
        #[used]
        #[unsafe(link_section = "__DATA,__linkmemUAe4atx,regular,no_dead_strip")]
        $($item)*
    };
}

/// Places a `static` in `LINKED`'s link section.
#[cfg(any(target_os = "uefi", target_os = "windows"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __prepared_link {
    ($($item:tt)*) => {
        #[used]
        #[unsafe(link_section = ".linkme_LINKED$b")]
        $($item)*
    };
}

/// Places a `static` in `LINKED`'s link section.
#[cfg(target_os = "illumos")]
#[doc(hidden)]
#[macro_export]
macro_rules! __prepared_link {
    ($($item:tt)*) => {
        #[used]
        #[unsafe(link_section = "set_linkme_LINKED")]
        $($item)*
    };
}

#[cfg(test)]
mod tests {
    use crate::registry::Registry;

    crate::__prepared_link! {
        static PLACED: Registry = Registry {
            module: "prepared_runtime::link::tests",
            statements: &[],
        };
    }

    #[test]
    fn a_registry_placed_by_link_is_one_linkme_collects() {
        let linked = Registry::linked();
        assert!(
            linked.iter().any(|r| std::ptr::eq(r, &PLACED)),
            "`link!` put the registry outside linkme's section for `LINKED`: {} registries linked, none of them it",
            linked.len()
        );
    }
}
