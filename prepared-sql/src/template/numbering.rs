//! The one numbering of a statement's variants.

/// How a statement's variants are numbered, the one encoding of a variant index: bit `i`
/// says whether condition `i` is present, then each choice is a digit in its number of
/// options. The macro writes a constructor's index from [`strides`](Self::strides) and
/// reads each variant's parts with [`decode`](Self::decode); the runtime only indexes.
///
/// ```
/// use prepared_sql::template::Numbering;
///
/// // Two optional conditions, then a sort order of three options.
/// let n = Numbering::new(2, vec![3]);
/// assert_eq!(n.count(), 12);
/// assert_eq!(n.strides(), (vec![1, 2], vec![4]));
/// assert_eq!(n.decode(1 + 2 * 4), (vec![true, false], vec![2]));
/// assert_eq!(n.full(), 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbering {
    conditions: usize,
    options: Vec<usize>,
}

impl Numbering {
    /// `conditions` optional conditions, then one choice per entry of `options`, each with
    /// that many options (at least one).
    pub fn new(conditions: usize, options: Vec<usize>) -> Self {
        let options = options.into_iter().map(|n| n.max(1)).collect();
        Numbering {
            conditions,
            options,
        }
    }

    /// How many variants there are (saturating).
    pub fn count(&self) -> usize {
        let mut count = 1usize
            .checked_shl(self.conditions as u32)
            .unwrap_or(usize::MAX);
        for &n in &self.options {
            count = count.saturating_mul(n);
        }
        count
    }

    /// What a present condition adds to the index, and what each option of a choice adds
    /// (saturating): a variant's index is the sum over its present conditions and chosen
    /// options.
    pub fn strides(&self) -> (Vec<usize>, Vec<usize>) {
        let conditions = (0..self.conditions)
            .map(|bit| 1usize.checked_shl(bit as u32).unwrap_or(usize::MAX))
            .collect();
        let mut stride = 1usize
            .checked_shl(self.conditions as u32)
            .unwrap_or(usize::MAX);
        let choices = self
            .options
            .iter()
            .map(|&n| {
                let this = stride;
                stride = stride.saturating_mul(n);
                this
            })
            .collect();
        (conditions, choices)
    }

    /// Which conditions are present and which option each choice takes, in variant `index`.
    ///
    /// # Panics
    ///
    /// When `index` is not a variant: callers number variants from [`count`](Self::count),
    /// so another index is a bug to surface, not a variant to wrap around to.
    pub fn decode(&self, index: usize) -> (Vec<bool>, Vec<usize>) {
        let count = self.count();
        assert!(
            index < count,
            "variant {index} of a statement with {count} variants"
        );
        let present = (0..self.conditions)
            .map(|bit| index >> bit & 1 == 1)
            .collect();
        let mut rest = index >> self.conditions;
        let chosen = self
            .options
            .iter()
            .map(|&n| {
                let option = rest % n;
                rest /= n;
                option
            })
            .collect();
        (present, chosen)
    }

    /// The variant with every condition present and each choice's first option: the
    /// statement's own SQL, whose values every other variant binds a subset of.
    pub fn full(&self) -> usize {
        self.strides().0.iter().sum()
    }
}
