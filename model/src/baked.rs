//! A value baked into a crate at build time that a native program may replace, once and
//! before anything reads it, with the same kind of value read at run time.
//!
//! The pre-renderer's preview (`prerender <site> --preview …`, run by `scripts/preview.mjs`)
//! loads and validates the data files when it starts and puts them in place of the baked
//! dataset and skeleton: an editor's edited sentence reaches the page without compiling the
//! pre-renderer again. The wasm never uses this type: its skeleton stays a plain `static`.

use std::ops::Deref;
use std::sync::OnceLock;

/// The baked value, or the one that replaced it.
pub struct Baked<T: 'static> {
    baked: T,
    replaced: OnceLock<T>,
}

impl<T> Baked<T> {
    /// The value baked at build time (a `static`'s initializer).
    pub const fn new(baked: T) -> Baked<T> {
        Baked {
            baked,
            replaced: OnceLock::new(),
        }
    }

    /// Puts `value` in place of the baked value for the rest of the program. Call it before
    /// anything reads the value: a reference taken earlier keeps pointing at the baked one.
    /// Gives `value` back if the value was replaced already.
    pub fn replace(&self, value: T) -> Result<(), T> {
        self.replaced.set(value)
    }
}

impl<T> Deref for Baked<T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.replaced.get().unwrap_or(&self.baked)
    }
}

#[cfg(test)]
mod tests {
    use super::Baked;

    static NUMBER: Baked<u32> = Baked::new(1);

    #[test]
    fn reads_the_baked_value_until_replaced_once() {
        assert_eq!(*NUMBER, 1);
        assert_eq!(NUMBER.replace(2), Ok(()));
        assert_eq!(*NUMBER, 2);
        assert_eq!(NUMBER.replace(3), Err(3));
        assert_eq!(*NUMBER, 2);
    }
}
