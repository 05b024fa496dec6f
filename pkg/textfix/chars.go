package textfix

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Ligatures spells out the Latin presentation ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ)
// that PDF and OCR text carries, by their compatibility decomposition. Other
// compatibility characters (², ½, ™) mean something and stay.
func Ligatures(s string) string {
	if !strings.ContainsFunc(s, isLigature) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for _, r := range s {
		if isLigature(r) {
			sb.WriteString(norm.NFKC.String(string(r)))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func isLigature(r rune) bool { return r >= '\uFB00' && r <= '\uFB06' }

// Width turns full-width ASCII ("ＡＢＣ１２３") into plain ASCII. In text
// with Chinese, Japanese or Korean, full-width punctuation and the
// ideographic space are the script's own and stay; full-width letters and
// digits are narrowed everywhere.
func Width(s string) string {
	if !strings.ContainsFunc(s, isFullWidth) {
		return s
	}
	cjk := strings.ContainsFunc(s, isCJK)
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if isFullWidth(r) && (!cjk || IsLetter(r) || IsDigit(r)) {
			r = width.LookupRune(r).Narrow()
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isFullWidth(r rune) bool { return (r >= '\uFF01' && r <= '\uFF5E') || r == '\u3000' }

// IsHan reports whether r is a Chinese character or Japanese kana: the
// scripts written without spaces between words. Below U+2E80 (CJK
// radicals) there are none, which spares most text the tables.
func IsHan(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// Spaces turns every kind of white space into a plain space, removes
// invisible format and control characters, folds runs of spaces and trims
// the ends: a block's text never starts or ends with a space.
//
// Two invisible characters carry meaning and stay where they do: the
// zero-width joiner inside emoji sequences and the zero-width non-joiner
// between letters of scripts that shape them (Persian, Indic). A narrow
// no-break space stays on the inner side of a guillemet, where French
// typography puts it.
func Spaces(s string) string {
	if isPlain(s) || !needsSpaces(s) {
		return s
	}
	rs := []rune(s)
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for i, r := range rs {
		switch {
		case r == '\u202F' && guillemetInside(rs, i):
		case IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = true
			continue
		case (r == '\u200D' || r == '\u200C') && joins(rs, i):
		case isInvisible(r) || unicode.IsControl(r):
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

// guillemetInside reports whether rs[i] stands right inside a guillemet:
// after an opening one or before a closing one, in either direction of use.
func guillemetInside(rs []rune, i int) bool {
	return (i > 0 && isGuillemet(rs[i-1]) && i+1 < len(rs) && !IsSpace(rs[i+1])) ||
		(i+1 < len(rs) && isGuillemet(rs[i+1]) && i > 0 && !IsSpace(rs[i-1]))
}

func isGuillemet(r rune) bool { return r == '«' || r == '»' || r == '‹' || r == '›' }

// joins reports whether the joiner at rs[i] stands between two characters
// that are not Latin, Greek, Cyrillic or common punctuation, the scripts in
// which a joiner is only ever debris. A joiner next to another invisible
// character is debris too, as it is once that character has gone: run
// twice, the repair must not find more to remove.
func joins(rs []rune, i int) bool {
	if i == 0 || i+1 >= len(rs) {
		return false
	}
	return shapes(rs[i-1]) && shapes(rs[i+1]) && !isInvisible(rs[i-1]) && !isInvisible(rs[i+1])
}

func shapes(r rune) bool {
	return r >= 0x300 && !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common) ||
		unicode.Is(unicode.So, r) || (r >= 0x1F3FB && r <= 0x1F3FF) || r == '\uFE0F'
}

// isInvisible reports characters that scraped text carries but no reader
// sees: soft hyphens, zero-width spaces and joiners, word joiners, stray
// byte-order marks, bidirectional controls and other format characters.
func isInvisible(r rune) bool {
	switch r {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', '\u034F':
		return true
	}
	return (r >= '\u200E' && r <= '\u200F') || (r >= '\u202A' && r <= '\u202E') ||
		(r >= '\u2061' && r <= '\u206F') || (r >= '\uFFF9' && r <= '\uFFFB')
}

// needsSpaces reports whether Spaces would change s.
func needsSpaces(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	prev := rune(0)
	for _, r := range s {
		if r == ' ' && prev == ' ' {
			return true
		}
		if r != ' ' && (r < 0x20 || r >= 0x7F) && (IsSpace(r) || unicode.Is(unicode.Zs, r) || isInvisible(r) || unicode.IsControl(r)) {
			return true
		}
		prev = r
	}
	return false
}

// isPlain reports whether s is printable ASCII with single inner spaces, the
// common case that needs no work.
func isPlain(s string) bool { return SingleSpaced(s, &notPlain) }

// notPlain holds the bytes isPlain turns away: control characters, DEL and
// every byte of a character beyond ASCII.
var notPlain = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c >= 0x7F
	}
	return t
}()

// SingleSpaced reports whether s has no space at either end, no two spaces
// in a row and no byte that stop holds: a line that a repair which folds
// spaces, and looks for the bytes of stop, leaves as it is, told in one
// pass, as most lines are.
func SingleSpaced(s string, stop *[256]bool) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if stop[c] || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return true
}

// Columns returns how many columns s takes in a terminal or a text
// browser's dump: two for a wide East Asian character (漢字, かな), one for
// any other. A dump of Japanese text is wrapped at 80 columns, 40
// characters.
func Columns(s string) int {
	// An ASCII start is a column a byte, counted without decoding.
	n := 0
	for n < len(s) && s[n] < utf8.RuneSelf {
		n++
	}
	for _, r := range s[n:] {
		n++
		if IsWide(r) {
			n++
		}
	}
	return n
}

// HasWide reports whether s has a character that takes two columns (see
// IsWide). No character below U+1100 is wide, and those above start with a
// byte of 0xE1 or more in UTF-8: the bytes tell most text (Latin, with its
// curly quotes) without decoding it.
func HasWide(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE1 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); IsWide(r) {
				return true
			}
		}
	}
	return false
}

// IsWide reports whether r takes two columns (see Columns).
func IsWide(r rune) bool {
	if r < 0x1100 || 0x1160 <= r && r < 0x231A {
		// Below Hangul Jamo no character is wide, nor between them and
		// the watch (U+231A), past the punctuation most text has.
		return false
	}
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}
