package textfix

import (
	"unicode"
	"unicode/utf8"
)

// The hot loops (fold keys, word counts, stopword scans) ask the same few
// questions of every rune. For the runes most scraped text is made of,
// Latin, Greek and Cyrillic letters (below U+0530), general punctuation
// (U+2000 to U+206F: curly quotes, dashes, odd spaces), and CJK
// punctuation and kana, the answers come from tables built from the
// Unicode tables themselves; Han and Hangul syllables, letters without
// case, from their ranges. Other runes go to the Unicode tables, whose
// binary searches were a tenth of the pipeline's time. TestRuneTables
// checks every rune.

// runeInfo is a rune's lower case in its low bits, and flags above.
type runeInfo uint32

const (
	lowerBits          = 21
	letter    runeInfo = 1 << (lowerBits + iota)
	digit
	space
	dash // a hyphen or dash: Pd, or the minus sign
	edge // IsEdge: punctuation, symbol or space
)

const (
	latinEnd   = 0x530
	punctStart = 0x2000
	punctEnd   = 0x2070
	cjkStart   = 0x3000
	cjkEnd     = 0x3100
)

var latinInfo, punctInfo, cjkInfo = func() (l [latinEnd]runeInfo, p [punctEnd - punctStart]runeInfo, c [cjkEnd - cjkStart]runeInfo) {
	for r := range rune(latinEnd) {
		l[r] = infoOf(r)
	}
	for r := rune(punctStart); r < punctEnd; r++ {
		p[r-punctStart] = infoOf(r)
	}
	for r := rune(cjkStart); r < cjkEnd; r++ {
		c[r-cjkStart] = infoOf(r)
	}
	return l, p, c
}()

// caselessLetter reports whether r is in a range of letters without case:
// the CJK unified ideographs and the Hangul syllables.
func caselessLetter(r rune) bool {
	return (r >= 0x4E00 && r < 0xA000) || (r >= 0xAC00 && r < 0xD7A4)
}

func infoOf(r rune) runeInfo {
	i := runeInfo(unicode.ToLower(r))
	if unicode.IsLetter(r) {
		i |= letter
	}
	if unicode.IsDigit(r) {
		i |= digit
	}
	if unicode.IsSpace(r) {
		i |= space
	}
	if unicode.Is(unicode.Pd, r) || r == '\u2212' {
		i |= dash
	}
	if unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) {
		i |= edge
	}
	return i
}

// The exported questions are small enough to be inlined: a rune of the
// first table is answered where it is asked, anything else by a call. So
// each spells out the first table's test; a helper for it would not inline.

// ToLower is unicode.ToLower.
func ToLower(r rune) rune {
	if uint32(r) < latinEnd {
		return rune(latinInfo[r] & (1<<lowerBits - 1))
	}
	return toLowerSlow(r)
}

func toLowerSlow(r rune) rune {
	if i, ok := info(r); ok {
		return rune(i & (1<<lowerBits - 1))
	}
	return unicode.ToLower(r)
}

// IsLetter is unicode.IsLetter.
func IsLetter(r rune) bool {
	if uint32(r) < latinEnd {
		return latinInfo[r]&letter != 0
	}
	return is(r, letter, unicode.IsLetter)
}

// IsDigit is unicode.IsDigit.
func IsDigit(r rune) bool {
	if uint32(r) < latinEnd {
		return latinInfo[r]&digit != 0
	}
	return is(r, digit, unicode.IsDigit)
}

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool {
	if uint32(r) < latinEnd {
		return latinInfo[r]&space != 0
	}
	return is(r, space, unicode.IsSpace)
}

// isDash reports whether r is a hyphen or dash (Pd) or the minus sign.
func isDash(r rune) bool {
	if uint32(r) < latinEnd {
		return latinInfo[r]&dash != 0
	}
	return is(r, dash, func(r rune) bool { return unicode.Is(unicode.Pd, r) || r == '\u2212' })
}

// is answers for a rune beyond the first table: from the other tables and
// ranges, or else by asking slow.
func is(r rune, flag runeInfo, slow func(rune) bool) bool {
	if i, ok := info(r); ok {
		return i&flag != 0
	}
	return slow(r)
}

// info returns r's entry, and true, for a rune the tables or ranges hold.
func info(r rune) (runeInfo, bool) {
	switch {
	case r >= 0 && r < latinEnd:
		return latinInfo[r], true
	case r >= punctStart && r < punctEnd:
		return punctInfo[r-punctStart], true
	case r >= cjkStart && r < cjkEnd:
		return cjkInfo[r-cjkStart], true
	case caselessLetter(r):
		return runeInfo(r) | letter, true
	}
	return 0, false
}

// LongerThan reports whether s has more than n runes (an invalid byte
// counting as one, as in utf8.RuneCountInString). Filters bound the lines
// they judge by length: most lines are decided by their byte length, and
// no more than 4n bytes are ever counted.
func LongerThan(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > utf8.UTFMax*n:
		return true
	}
	return utf8.RuneCountInString(s) > n
}
