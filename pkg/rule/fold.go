package rule

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the form of a line that literal rules compare: compatibility
// normalised (NFKC, so ligatures, full-width letters and "…" match their
// plain spellings), case folded, without quotation marks and apostrophes,
// with every run of white space as one space and none at the ends. The same
// sentence typed on another keyboard, or quoted in another language's
// style, folds to the same string.
func Fold(s string) string {
	if !isASCII(s) {
		s = norm.NFKC.String(cases.Fold().String(norm.NFKC.String(s)))
	}
	return squeeze(s, func(r rune) (rune, bool) {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A', true
		}
		if quoteKind(r) != 0 {
			return 0, false
		}
		return r, true
	})
}

// Plain returns the form of a line that regex rules see: its text with
// every double quotation mark made an ASCII double quote, every single one
// and every apostrophe an ASCII apostrophe, and white space folded as Fold
// does. Case is kept (write (?i) for a case-blind regex). Because the quotes filter changes
// quotation marks, a regex that saw them as written would match a line on
// the first run and miss it on the second.
func Plain(s string) string {
	return squeeze(norm.NFC.String(s), func(r rune) (rune, bool) {
		switch quoteKind(r) {
		case '"':
			return '"', true
		case '\'':
			return '\'', true
		}
		return r, true
	})
}

// squeeze maps every rune of s with f, dropping those f refuses, and folds
// white space.
func squeeze(s string, f func(rune) (rune, bool)) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) {
			space = true
			continue
		}
		r, ok := f(r)
		if !ok {
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// quoteKind says whether r is a double quotation mark (it returns the ASCII
// double quote), a single one or an apostrophe (the ASCII apostrophe), or
// neither (0). Unicode puts „ and ‚ among the opening brackets (Ps), so
// they are named here; the other typographic quotes are the initial and final punctuation classes (Pi, Pf).
func quoteKind(r rune) rune {
	switch r {
	case '"', '„', '“', '”', '‟', '«', '»', '〝', '〞', '＂':
		return '"'
	case '\'', '`', '´', '‚', '‘', '’', '‛', '‹', '›', '＇':
		return '\''
	}
	if unicode.In(r, unicode.Pi, unicode.Pf) {
		return '"'
	}
	return 0
}

// isASCII reports whether s is ASCII, which is NFKC already and whose case
// folding is lower-casing A to Z.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
