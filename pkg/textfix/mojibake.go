package textfix

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake repairs UTF-8 that was read as Windows-1252 or Latin-1 ("Ã©" for
// "é", "â€™" for "’", "Ð¿Ñ€Ð¸" for "при"), as often as it was misread
// ("FranÃƒÂ§ais" was misread twice).
//
// Like ftfy, it re-encodes characters as the bytes they were misread from
// and keeps the result only where that is unambiguous: the bytes must form
// one valid UTF-8 sequence, and the character it decodes to must be one a
// text plausibly has, in a place it plausibly stands. Legitimate text keeps
// its "Ã" (Portuguese "NÃO"), its "â" (French "château") and its „Fuß“.
func Mojibake(s string) string {
	if !hasLead(s) {
		return s
	}
	// Every repair replaces two or more characters by one, so the loop ends.
	for {
		t := mojibakeOnce(s)
		if t == s {
			return s
		}
		s = t
	}
}

// hasLead reports whether s has a character that misreads a UTF-8 lead
// byte (Â through ô) followed by one that misreads a continuation byte, or
// by a space that may have been a no-break space. Text in a Latin
// language has many leads ("ä", "é"), but followed by letters.
func hasLead(s string) bool {
	prevLead := false
	for _, r := range s {
		if prevLead && followsLead(r) {
			return true
		}
		prevLead = isLead(r)
	}
	return false
}

// isLead reports whether r misreads a UTF-8 lead byte (Â through ô).
func isLead(r rune) bool { return r >= 0xC2 && r <= 0xF4 }

// followsLead reports whether r, after a lead, may be mojibake's second
// character: a misread continuation byte, or a space that may have been
// a no-break space.
func followsLead(r rune) bool {
	b, ok := misreadByte(r)
	return r == ' ' || ok && b >= 0x80 && b <= 0xBF
}

// candidate is one misread UTF-8 sequence: runes [start, end) of the text
// decode to r.
type candidate struct {
	start, end int
	r          rune
}

func mojibakeOnce(s string) string {
	rs := []rune(s)
	var cands []candidate
	for i := 0; i < len(rs); i++ {
		if c, ok := sequenceAt(rs, i); ok {
			cands = append(cands, c)
			i = c.end - 1
		}
	}
	if len(cands) == 0 {
		return fixLostNBSP(rs, s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	last := 0
	for k, c := range cands {
		if !accept(rs, cands, k) {
			continue
		}
		sb.WriteString(string(rs[last:c.start]))
		sb.WriteRune(c.r)
		last = c.end
	}
	if last == 0 {
		return fixLostNBSP(rs, s)
	}
	sb.WriteString(string(rs[last:]))
	return sb.String()
}

// sequenceAt reports whether the runes at i misread one UTF-8 sequence.
func sequenceAt(rs []rune, i int) (candidate, bool) {
	lead, ok := misreadByte(rs[i])
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return candidate{}, false
	}
	n := 2
	switch {
	case lead >= 0xF0:
		n = 4
	case lead >= 0xE0:
		n = 3
	}
	if i+n > len(rs) {
		return candidate{}, false
	}
	var buf [4]byte
	buf[0] = lead
	for k := 1; k < n; k++ {
		b, ok := misreadByte(rs[i+k])
		if !ok || b < 0x80 || b > 0xBF {
			return candidate{}, false
		}
		buf[k] = b
	}
	r, size := utf8.DecodeRune(buf[:n])
	if r == utf8.RuneError || size != n {
		return candidate{}, false
	}
	return candidate{start: i, end: i + n, r: r}, true
}

// misreadByte returns the byte that a Windows-1252 or Latin-1 reading turned
// into r.
func misreadByte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// accept decides whether candidate k is mojibake rather than legitimate
// text.
func accept(rs []rune, cands []candidate, k int) bool {
	c := cands[k]
	r := c.r
	switch {
	case isInvisible(r) || r == '\u00A0':
		// "ï»¿" (a BOM), "Â " (a no-break space), "Â­" (a soft hyphen).
		return true
	case !unicode.IsPrint(r):
		return false
	case unicode.Is(unicode.Latin, r) || r < 0x250 || (r >= 0x1E00 && r <= 0x1EFF):
		return latinPlausible(rs, c)
	case r >= 0x2000 && r <= 0x2BFF, r >= 0x1F000:
		// Punctuation, currency, letterlike, arrows, dingbats, emoji: "â€™",
		// "â‚¬", "â„¢", "ðŸ˜€". Legitimate "â" is followed by letters, never
		// by two symbols from the C1 range.
		return unicode.IsPunct(r) || unicode.IsSymbol(r)
	case IsLetter(r):
		// A letter of another script comes in runs: "ÐŸÑ€Ð¸Ð²ÐµÑ‚". A lone
		// one is a German "ß“" (NKo ߓ) or "Ü“" (Syriac ܓ), so it must
		// touch another misread sequence, or be a word of its own in a
		// text that has such runs.
		return touches(cands, k) || (wordAlone(rs, c) && hasRun(cands))
	}
	return false
}

// latinPlausible applies to misreadings that decode to Latin: "Ã©", "Å‚".
// The one legitimate text that forms them is an accented capital closing a
// word before a quotation mark (Swiss «…Ä», Portuguese «IRMÃ»), so such a
// sequence counts only after a lower-case letter, where a capital does not
// stand.
func latinPlausible(rs []rune, c candidate) bool {
	if !IsLetter(c.r) && !unicode.IsPunct(c.r) && !unicode.IsSymbol(c.r) && !unicode.IsNumber(c.r) {
		return false
	}
	if c.end-c.start != 2 || !isQuoteRune(rs[c.start+1]) {
		return true
	}
	if c.end < len(rs) && IsLetter(rs[c.end]) {
		return true
	}
	return c.start > 0 && unicode.IsLower(rs[c.start-1])
}

func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '«', '»':
		return true
	}
	return false
}

func touches(cands []candidate, k int) bool {
	return (k > 0 && cands[k-1].end == cands[k].start) ||
		(k+1 < len(cands) && cands[k+1].start == cands[k].end)
}

// wordAlone reports whether the candidate is a whole word: "Ð¸" for "и".
func wordAlone(rs []rune, c candidate) bool {
	return (c.start == 0 || !IsLetter(rs[c.start-1])) &&
		(c.end == len(rs) || !IsLetter(rs[c.end]))
}

// hasRun reports whether three misread letters of another script stand in a
// row somewhere: evidence that the text as a whole is mojibake.
func hasRun(cands []candidate) bool {
	n := 0
	for k, c := range cands {
		if k > 0 && cands[k-1].end == c.start && IsLetter(c.r) && !unicode.Is(unicode.Latin, c.r) {
			n++
			if n >= 2 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// fixLostNBSP repairs the misreadings whose second byte, a no-break space
// (0xA0), became a plain space on the way: "voilÃ  tout" for "voilà tout",
// "100Â km" for "100 km". They are mojibake only in these places: "Ã"
// after a lower-case letter or standing alone, "Â" after anything but a
// capital. After "à" the original's own space follows the lost one, so
// there the space must be followed by another, by the end or by
// punctuation.
func fixLostNBSP(rs []rune, s string) string {
	if !strings.Contains(s, "Ã ") && !strings.Contains(s, "Â ") {
		return s
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if (r == 'Ã' || r == 'Â') && i+1 < len(rs) && rs[i+1] == ' ' && lostNBSPContext(rs, i) {
			if r == 'Ã' {
				out = append(out, 'à')
			} else {
				out = append(out, ' ')
			}
			i++ // the space that was the no-break space
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func lostNBSPContext(rs []rune, i int) bool {
	var prev rune = ' '
	if i > 0 {
		prev = rs[i-1]
	}
	if rs[i] == 'Â' {
		return !unicode.IsUpper(prev)
	}
	// Any white space stands for a space: the spaces repair, which comes
	// later, makes a form feed one ("0\fÃ " is "0 Ã " on a second run).
	after := i + 2
	if after < len(rs) && !unicode.IsSpace(rs[after]) && !unicode.IsPunct(rs[after]) {
		return false
	}
	return unicode.IsLower(prev) || unicode.IsSpace(prev)
}
