package textfix

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the key under which two lines count as the same text: lower
// case, every quotation mark and apostrophe removed, every dash a hyphen,
// runs of white space one space, no space before : ; ! ? % (French spacing),
// and no punctuation or symbols at either end. Scrapers print the same
// caption with “curly” and "straight" quotes, or a promo with and without a
// trailing colon; the key makes them equal without touching the text.
func Fold(s string) string {
	return fold(s, false, true)
}

// FoldNumbers is Fold with every number replaced by a single "0", so that
// "Il vous reste 58% de cet article" and "… 58.42% …" share a key. A dot or
// comma between digits is part of the number: sites print shares with
// decimals ("58.42%", "58,42 %") and counts with separators ("1.200").
func FoldNumbers(s string) string {
	return fold(s, true, true)
}

// FoldPrefix is FoldNumbers without trimming the end, for matching the start
// of a line against phrases like "Lesen Sie auch:", whose colon matters.
func FoldPrefix(s string) string {
	return fold(s, true, false)
}

func fold(s string, numbers, trimEnd bool) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space, inDigits := false, false
	for i, r := range s {
		var isDigit bool
		if r < utf8.RuneSelf {
			// Most scraped text is ASCII: decide without the Unicode tables.
			switch {
			case numbers && inDigits && !space && (r == '.' || r == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
				continue
			case r == '"' || r == '\'' || r == '`':
				continue
			case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
				space = true
				continue
			case r >= '0' && r <= '9':
				isDigit = numbers
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			}
		} else {
			switch {
			case IsQuote(r):
				continue
			case unicode.IsSpace(r):
				space = true
				continue
			case unicode.IsDigit(r):
				isDigit = numbers
			case unicode.Is(unicode.Pd, r) || r == '\u2212':
				r = '-'
			default:
				r = unicode.ToLower(r)
			}
		}
		if isDigit && inDigits && !space {
			continue
		}
		inDigits = isDigit
		if isDigit {
			r = '0'
		}
		if space && sb.Len() > 0 && !strings.ContainsRune(":;!?%", r) {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	out := strings.TrimLeftFunc(sb.String(), IsEdge)
	if trimEnd {
		out = strings.TrimRightFunc(out, IsEdge)
	}
	return out
}

// IsEdge reports what Fold trims from the ends of a key: punctuation,
// symbols and space ("› Mehr zum Thema", "Anzeige:", "Teilen ↗").
func IsEdge(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
}

// IsQuote reports whether r is a quotation mark or apostrophe of any
// language's convention, straight or typographic.
func IsQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '´', '„', '“', '”', '‟', '‚', '‘', '’', '‛', '«', '»', '‹', '›', '″', '′', '＂', '＇', '「', '」', '『', '』':
		return true
	}
	return false
}
