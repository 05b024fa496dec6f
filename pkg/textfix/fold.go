package textfix

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns the key under which two lines count as the same text: lower
// case, every quotation mark and apostrophe removed (and the narrow no-break
// space French sets inside guillemets), every dash a hyphen,
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

// FoldPrefixWords is FoldPrefix that also reports whether s has a digit,
// and its Words, in the same pass: a document's blocks need all three.
// Without a digit, Fold(s) is FoldPrefix(s) with the end trimmed, and a
// caller that needs both keys folds once.
func FoldPrefixWords(s string) (key string, digits bool, words int) {
	b, digits, words := foldAppend(make([]byte, 0, len(s)), s, true)
	return string(trimEdges(b, false)), digits, words
}

func fold(s string, numbers, trimEnd bool) string {
	b, _, _ := foldAppend(make([]byte, 0, len(s)), s, numbers)
	return string(trimEdges(b, trimEnd))
}

// foldAppend appends the folded s to buf, untrimmed, and reports whether s
// has a digit and how many words it has (as Words counts them).
func foldAppend(buf []byte, s string, numbers bool) (out []byte, digits bool, words int) {
	// Bytes, not a strings.Builder: every filter folds every line, and
	// most of it is ASCII, decided without decoding runes.
	start := len(buf)
	space, inDigits := false, false
	counted := false // the word is counted (see Words)
	for i := 0; i < len(s); {
		c := s[i]
		// The common case first: an ASCII letter.
		if f := foldPlain[c]; f != 0 {
			if space && len(buf) > start {
				buf = append(buf, ' ')
			}
			space, inDigits = false, false
			if !counted {
				words++
				counted = true
			}
			// The rest of a run of ASCII letters needs none of the
			// above.
			buf = append(buf, f)
			for i++; i < len(s); i++ {
				if f = foldPlain[s[i]]; f == 0 {
					break
				}
				buf = append(buf, f)
			}
			continue
		}
		var r rune
		size := 1
		var isDigit bool
		if c < utf8.RuneSelf {
			r = rune(c)
			switch {
			case numbers && inDigits && !space && (c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
				i++
				continue
			case c == '"' || c == '\'' || c == '`':
				i++
				continue
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space, counted = true, false
				i++
				continue
			case c >= '0' && c <= '9':
				isDigit, digits = numbers, true
				if !counted {
					words++
					counted = true
				}
			case c >= 'A' && c <= 'Z':
				r += 'a' - 'A'
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case IsQuote(r) || IsQuoteSpace(r):
				i += size
				continue
			case IsSpace(r):
				space = true
				// No-break spaces do not part words (see Words).
				counted = counted && (r == '\u00a0' || r == '\u202f')
				i += size
				continue
			case IsDigit(r):
				isDigit, digits = numbers, true
				if !counted {
					words++
					counted = true
				}
			case isDash(r):
				r = '-'
			default:
				if !counted && IsLetter(r) {
					words++
					counted = true
				}
				r = ToLower(r)
			}
		}
		i += size
		if isDigit && inDigits && !space {
			continue
		}
		inDigits = isDigit
		if isDigit {
			r = '0'
		}
		if space && len(buf) > start && r != ':' && r != ';' && r != '!' && r != '?' && r != '%' {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, r)
	}
	return buf, digits, words
}

// ASCIILetter returns the lower case of an ASCII letter, and 0 for any
// other byte: the common case of a fold, decided without decoding.
func ASCIILetter(c byte) byte { return foldPlain[c] }

// foldPlain maps an ASCII letter to its folded byte, anything else to 0.
var foldPlain = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// trimEdges cuts IsEdge runes from the start of b, and from its end when
// end is set.
func trimEdges(b []byte, end bool) []byte {
	for len(b) > 0 {
		r, n := rune(b[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b)
		}
		if !IsEdge(r) {
			break
		}
		b = b[n:]
	}
	for end && len(b) > 0 {
		r, n := rune(b[len(b)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(b)
		}
		if !IsEdge(r) {
			break
		}
		b = b[:len(b)-n]
	}
	return b
}

// IsEdge reports what Fold trims from the ends of a key: punctuation,
// symbols and space ("› Mehr zum Thema", "Anzeige:", "Teilen ↗").
func IsEdge(r rune) bool {
	if uint32(r) < latinEnd {
		return latinInfo[r]&edge != 0
	}
	return is(r, edge, isEdgeSlow)
}

func isEdgeSlow(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
}

// IsQuoteSpace reports whether r is the narrow no-break space that the
// quotes filter sets inside a guillemet in French style, where alone it
// is left after the unicode repair. What reads words (the fold, the
// stopword scan, the language sample) reads it with the quotation marks:
// "«Wort»" and "«\u202fWort\u202f»" must read alike.
func IsQuoteSpace(r rune) bool { return r == '\u202f' }

// IsQuote reports whether r is a quotation mark or apostrophe of any
// language's convention, straight or typographic.
func IsQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '´', '„', '“', '”', '‟', '‚', '‘', '’', '‛', '«', '»', '‹', '›', '″', '′', '＂', '＇', '「', '」', '『', '』':
		return true
	}
	return false
}
