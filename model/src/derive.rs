//! The derive sets every data type shares: plain data that can be parsed and published with a
//! schema (feature `load`) and baked into Rust (feature `bake`). One place, so a type cannot
//! miss a derive the build relies on.

/// Shared derive set: every data type is plain data that can be parsed, published with a
/// schema (feature `load`) and baked into Rust (feature `bake`).
macro_rules! data {
    ($($item:item)*) => {$(
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(feature = "load", derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema))]
        #[cfg_attr(feature = "load", serde(deny_unknown_fields))]
        #[cfg_attr(feature = "bake", derive(databake::Bake))]
        #[cfg_attr(feature = "bake", databake(path = model))]
        $item
    )*};
}
/// Same as `data!` for enums, which also get `Copy`, `Eq` and snake_case names.
macro_rules! data_enum {
    ($($item:item)*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "load", derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema))]
        #[cfg_attr(feature = "load", serde(rename_all = "snake_case"))]
        #[cfg_attr(feature = "bake", derive(databake::Bake))]
        #[cfg_attr(feature = "bake", databake(path = model))]
        $item
    )*};
}
pub(crate) use {data, data_enum};
