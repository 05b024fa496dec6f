package textfix

import "unicode"

// The hot loops (fold keys, word counts, stopword scans) ask the same few
// questions of every rune. For the runes most scraped text is made of,
// Latin letters with their accents (below U+0250) and general punctuation
// (U+2000 to U+206F: curly quotes, dashes, odd spaces), the answers come
// from a table built from the Unicode tables themselves; other runes go to
// those tables, whose binary searches were a tenth of the pipeline's time.

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
	latinEnd   = 0x250
	punctStart = 0x2000
	punctEnd   = 0x2070
)

var latinInfo, punctInfo = func() (l [latinEnd]runeInfo, p [punctEnd - punctStart]runeInfo) {
	for r := range rune(latinEnd) {
		l[r] = infoOf(r)
	}
	for r := rune(punctStart); r < punctEnd; r++ {
		p[r-punctStart] = infoOf(r)
	}
	return l, p
}()

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

// The exported questions are small enough to be inlined: a Latin rune is
// answered where it is asked, anything else by the slow path.

// ToLower is unicode.ToLower.
func ToLower(r rune) rune {
	if uint32(r) < latinEnd {
		return rune(latinInfo[r] & (1<<lowerBits - 1))
	}
	return toLowerSlow(r)
}

func toLowerSlow(r rune) rune {
	if r >= punctStart && r < punctEnd {
		return rune(punctInfo[r-punctStart] & (1<<lowerBits - 1))
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

// is answers for a rune beyond the Latin table: from the punctuation
// table, or else by asking slow.
func is(r rune, flag runeInfo, slow func(rune) bool) bool {
	if r >= punctStart && r < punctEnd {
		return punctInfo[r-punctStart]&flag != 0
	}
	return slow(r)
}
