//! Tokenizer: words (letter runs), digit runs and single-character symbols,
//! with byte offsets and what separates each token from the one before it.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Digits,
    Sym,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Tk,
    /// Byte offset where the gap before this token starts (end of previous token).
    pub gap_start: usize,
}

/// A tokenized text. `lower` is the ASCII-lowercased text (same byte offsets).
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub lower: String,
    pub toks: Vec<Tok>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let lower = text.to_ascii_lowercase();
        let mut toks = Vec::with_capacity(text.len() / 4 + 1);
        let mut it = text.char_indices().peekable();
        let mut last_end = 0;
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            let kind = if c.is_ascii_digit() {
                Tk::Digits
            } else if c.is_alphabetic() {
                Tk::Word
            } else {
                Tk::Sym
            };
            let mut end = i + c.len_utf8();
            if kind != Tk::Sym {
                while let Some(&(j, d)) = it.peek() {
                    let same = match kind {
                        Tk::Digits => d.is_ascii_digit(),
                        // Combining marks stay inside words (Tamil, accents).
                        _ => d.is_alphabetic() || is_mark(d),
                    };
                    if !same {
                        break;
                    }
                    end = j + d.len_utf8();
                    it.next();
                }
            }
            toks.push(Tok {
                start: i,
                end,
                kind,
                gap_start: last_end,
            });
            last_end = end;
        }
        Doc { text, lower, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Original text of token `i` ("" when out of range).
    pub fn t(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    /// Lowercased text of token `i`.
    pub fn l(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.lower.get(t.start..t.end))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Tk> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Word)
    }

    pub fn is_digits(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Digits)
    }

    /// Token `i` is the symbol `c`.
    pub fn is_sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Tk::Sym) && self.t(i).starts_with(c)
    }

    pub fn is_symbol(&self, i: usize) -> bool {
        self.kind(i) == Some(Tk::Sym)
    }

    /// The text between token `i-1` and token `i`.
    pub fn gap(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.gap_start..t.start))
            .unwrap_or("")
    }

    /// Token `i` directly follows the previous token (no whitespace).
    pub fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.gap_start == t.start) && i > 0
    }

    /// A line break lies between token `i-1` and token `i` (or `i` is first).
    pub fn newline_before(&self, i: usize) -> bool {
        i == 0 || self.gap(i).contains('\n')
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map(|t| t.start).unwrap_or(self.text.len())
    }

    /// End byte of the token before index `i` (token range end, exclusive).
    pub fn end_of(&self, i_excl: usize) -> usize {
        if i_excl == 0 {
            return 0;
        }
        self.toks
            .get(i_excl - 1)
            .map(|t| t.end)
            .unwrap_or(self.text.len())
    }

    /// Lowercased token equals `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.l(i) == w
    }

    /// Token `i` starts with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` is a word made of upper-case letters only (AWS, GPT).
    pub fn all_caps(&self, i: usize) -> bool {
        self.is_word(i) && self.t(i).chars().all(|c| !c.is_lowercase())
    }
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_gaps() {
        let d = Doc::new("US$4.7 billion, Trainium2 chips");
        let parts: Vec<&str> = (0..d.len()).map(|i| d.t(i)).collect();
        assert_eq!(
            parts,
            [
                "US", "$", "4", ".", "7", "billion", ",", "Trainium", "2", "chips"
            ]
        );
        assert!(d.tight(1) && d.tight(2) && !d.tight(5));
        assert!(d.tight(8));
        assert_eq!(d.l(0), "us");
    }
}
