package textfix

import "unicode/utf8"

// Words counts the words of s: runs of characters between spaces that
// hold a letter or a digit. A mark standing alone ("«", "|", "–") is no
// word, and no-break spaces do not part words: the quotes filter writes
// "«\u202fWort\u202f»" for "« Wort »" and for "«Wort»" in French, and a
// count that changed with it would judge the line differently when
// unscrape's output is cleaned again.
func Words(s string) int {
	n := 0
	inWord, counted := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case asciiSpace:
				inWord = false
			case asciiAlnum:
				if !inWord || !counted {
					n++
				}
				inWord, counted = true, true
			default:
				if !inWord {
					inWord, counted = true, false
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case IsSpace(r) && r != '\u00a0' && r != '\u202f':
			inWord = false
		case IsLetter(r) || IsDigit(r):
			if !inWord || !counted {
				n++
			}
			inWord, counted = true, true
		default:
			if !inWord {
				inWord, counted = true, false
			}
		}
	}
	return n
}

// What Words makes of an ASCII byte.
const (
	asciiOther = iota
	asciiSpace
	asciiAlnum
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = asciiSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = asciiAlnum
		}
	}
	return t
}()
