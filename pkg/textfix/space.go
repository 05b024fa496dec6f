// Package textfix holds pure string repairs on top of golang.org/x/text:
// Unicode normalisation, invisible and control characters, odd spaces.
// Every function is safe on any valid UTF-8 and idempotent.
package textfix

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// Spaces turns every kind of white space into a plain space, removes
// invisible format characters and controls, and folds runs of spaces. Leading
// and trailing space is trimmed: a block's text never starts or ends with it.
func Spaces(s string) string {
	if isPlain(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			sb.WriteRune(r)
			space = false
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case isInvisible(r):
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

// isInvisible reports characters that scraped text carries but no reader
// sees: controls, soft hyphens, zero-width characters, stray BOMs.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E':
		return true
	}
	return unicode.IsControl(r)
}

// isPlain reports whether s is printable ASCII with single inner spaces, the
// common case that needs no work.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') {
			return false
		}
		prev = c
	}
	return true
}
