package textfix

import "unicode/utf8"

// Words counts the words of s: runs of characters between spaces that
// hold a letter or a digit. A mark standing alone ("«", "|", "–") is no
// word, and no-break spaces do not part words: the quotes filter writes
// "«\u202fWort\u202f»" for "« Wort »" and for "«Wort»" in French, and a
// count that changed with it would judge the line differently when
// unscrape's output is cleaned again.
func Words(s string) int {
	// A word is counted at its first letter or digit; a space ends it.
	// foldAppend counts alike as it folds.
	n, counted := 0, false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case IsSpace(r) && r != '\u00a0' && r != '\u202f':
			counted = false
		case !counted && (IsLetter(r) || IsDigit(r)):
			n++
			counted = true
		}
	}
	return n
}
