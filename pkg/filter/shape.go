package filter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/textfix"
)

// Line-shape helpers shared by the filters. They look at form only, never at
// words of a particular language.

// words counts the words of s (see document.Words).
func words(s string) int { return document.Words(s) }

// longerThan reports whether s has more than n runes.
func longerThan(s string, n int) bool { return textfix.LongerThan(s, n) }

// endsSentence reports whether s ends like a sentence: with . ! ? … or one
// of those followed by quotation marks or closing brackets. Any mark, as
// the quotes filter may write another one there, and spaces among them are
// read through: the quotes filter takes them away inside quotation marks,
// or sets narrow no-break ones inside guillemets ("identique.\u202f»").
func endsSentence(s string) bool {
	s = withoutNoteMarks(s)
	// Most lines end in a letter or a full stop: one byte tells.
	if s != "" && s[len(s)-1] < utf8.RuneSelf && !isClosing(rune(s[len(s)-1])) {
		c := s[len(s)-1]
		return c == '.' || c == '!' || c == '?'
	}
	s = strings.TrimRightFunc(s, isClosing)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…。！？．｡", r)
}

// withoutNoteMarks returns s without the footnote marks it ends with,
// "[1]" or "[12][b]", or an asterisk (a blog's mark of an affiliate link
// or a note): a sentence ends before them ("…, a spokesman said.[1]",
// "…und kann es sehr empfehlen.*").
func withoutNoteMarks(s string) string {
	if t := strings.TrimRight(s, "*"); len(s)-len(t) <= maxNoteStars && t != "" && t[len(t)-1] != ' ' {
		s = t
	}
	s = withoutPostNumber(s)
	for strings.HasSuffix(s, "]") {
		i := strings.LastIndexByte(s, '[')
		if i < 0 || len(s)-i > 5 || len(s)-i < 3 {
			break
		}
		for _, c := range []byte(s[i+1 : len(s)-1]) {
			if (c < '0' || c > '9') && (c < 'a' || c > 'z') {
				return s
			}
		}
		s = strings.TrimSuffix(s[:i], "^") // a text browser's superscript
	}
	return s
}

// withoutPostNumber returns s without the number a thread's post ends
// with, its place in the thread ("… here is what we found. 🧵 1/5"), or s.
func withoutPostNumber(s string) string {
	// Most lines end in a letter or a full stop: one byte tells, where
	// a search for the slash would read the whole line.
	if s == "" || s[len(s)-1] < '0' || s[len(s)-1] > '9' {
		return s
	}
	sl := strings.LastIndexByte(s, '/')
	if sl < 0 || !allDigits(s[sl+1:], maxPostDigits) {
		return s
	}
	sp := strings.LastIndexByte(s[:sl], ' ')
	if sp < 0 || !allDigits(s[sp+1:sl], maxPostDigits) {
		return s
	}
	return strings.TrimRight(s[:sp], " ")
}

// maxPostDigits bounds the numbers of a thread's post (see
// withoutPostNumber).
const maxPostDigits = 3

// allDigits reports whether s is one to max ASCII digits.
func allDigits(s string, max int) bool {
	if s == "" || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// maxNoteStars bounds the asterisks of a note's mark ("**" for a second
// note); more are a rule or a rating.
const maxNoteStars = 2

// isClosing reports whether r may follow the punctuation that ends a
// sentence: a quotation mark, a closing bracket, a space.
func isClosing(r rune) bool {
	return textfix.IsQuote(r) || textfix.IsQuoteSpace(r) || strings.ContainsRune(")]） \u00a0", r)
}

// endsClause reports whether s ends with punctuation that says more follows
// or that it is a sentence: what a heading does not end with.
func endsClause(s string) bool {
	if endsSentence(s) && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "？") && !strings.HasSuffix(s, "！") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(",;:、，；：", r)
}

// startsUpper reports whether s starts with an upper-case letter or a digit,
// after any quotation mark, an opening parenthesis and the spaces after
// them (see endsSentence). Any mark: the quotes filter rewrites marks last,
// and a line that starts with "”" here is printed with "„" ("”5 Jahre"
// read as no heading on the first run, and as one on the second).
func startsUpper(s string) bool {
	for _, r := range s {
		if textfix.IsQuote(r) || textfix.IsQuoteSpace(r) || r == '(' || r == ' ' || r == '\u00a0' {
			continue
		}
		return unicode.IsUpper(r) || textfix.IsDigit(r) || (textfix.IsLetter(r) && !unicode.IsLower(r))
	}
	return false
}

// gapped reports whether the document separates its blocks with blank
// lines, so that a missing blank line is evidence that two lines belong
// together.
func gapped(doc *document.Document) bool {
	live, gaps := 0, 0
	for i := range doc.Blocks {
		if !doc.Blocks[i].Dropped {
			live++
			if doc.Blocks[i].Gap {
				gaps++
			}
		}
	}
	return live > 0 && gaps*2 >= live
}

// isVersion reports whether s is a release's version number alone: three
// numbers or more joined by dots ("2.4.0", "1.10.2.3"), or two after a
// "v" ("v1.4"). A release note heads its section with one; a German date
// ("12.03.2024") has a year of four digits, a score or a rating no "v".
func isVersion(s string) bool {
	s = strings.TrimSpace(s)
	v := s != "" && (s[0] == 'v' || s[0] == 'V')
	if v {
		s = s[1:]
	}
	// Most lines start with a letter: one byte tells.
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	parts, digits := 1, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits++; digits > maxVersionDigits {
				return false
			}
		case c == '.' && digits > 0:
			parts, digits = parts+1, 0
		default:
			return false
		}
	}
	return digits > 0 && (parts >= 3 || v && parts == 2)
}

// maxVersionDigits bounds each number of a version (see isVersion).
const maxVersionDigits = 3

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// liveTitle returns the index of doc's title block that no filter dropped,
// or -1.
func liveTitle(doc *document.Document) int {
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && b.Kind == document.Title {
			return i
		}
	}
	return -1
}
