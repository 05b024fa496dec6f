package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown-writing scrapers set emphasis with stars and underscores
// (pandoc's *em* and **strong**, html2text's _em_ and **strong**), and
// pages print both where they are no emphasis at all: a censored "f**k",
// "s***", a footnote's "*", a file's "_config.yml". A reader of the
// Markdown sees a marker only where CommonMark does not pair it with
// another, so the parser pairs them as CommonMark does and drops only the
// markers that pair: "**bold**" loses its stars, "_config.yml" keeps its
// underscore; and as no writer sets emphasis inside a word, a censored
// "f**k" keeps its stars, as "snake_case" its underscore (CommonMark's
// rule for underscores, here for stars too).

// delim is a run of stars or of underscores, as CommonMark's delimiter
// stack has it.
type delim struct {
	c           byte // '*' or '_'
	at, n       int  // where the markers not yet paired start, and how many
	orig        int  // the run's length as read
	open, close bool
	word        bool // letters or digits on both sides: inside a word
}

// emphasisMarkers returns which bytes of s are stars or underscores
// CommonMark reads as emphasis markers, or nil when none is. Code spans,
// autolinks and images are not read for them, nor a link's address; a
// link's text is paired on its own, as in CommonMark, where emphasis does
// not cross a link's brackets.
//
// html2text writes "**" for bold wherever the tag stood, also inside the
// tag's spaces ("work** Starry Night**", "Sign Up:**Stay") and around a
// line break ("**http://…  " and "**" on the next line, which ends a block
// here), and "****" for an empty one: no reader pairs those, and no page
// printed them (nor "_The Rose_.__ You" for its italics). So a run of two
// or four markers that pairs with none goes too, as does any run of two or
// more at either end of the text, unless it stands inside a word; and so
// does a lone marker that opens and pairs with none, with the next lone
// one of its kind after a space, where html2text puts the closing marker
// of "<em>JAMA Psychiatry </em>argued". A lone one by itself
// ("_config.yml", a footnote's "*"), or three ("Ali***"), stays. Those
// are dropped only from a text written in Markdown (leftovers): a page's
// text as html-text or innerText dumps it shows what the page showed, a
// redacted "Man**", a Python "**kwargs".
func emphasisMarkers(s string, syn syntax) []bool {
	var drop []bool
	ds := emphasisScope(s, 0, len(s), asParsed, syn.refs, &drop)
	if !syn.markdown {
		return drop
	}
	mark := func(d delim) {
		if drop == nil {
			drop = make([]bool, len(s))
		}
		for k := range d.n {
			drop[d.at+k] = true
		}
	}
	var open [2]int // the lone marker of each kind that opens and pairs with none yet, +1
	for i, d := range ds {
		if d.n != d.orig || d.word {
			continue
		}
		switch u := b2i(d.c == '_'); {
		case d.n == 2 || d.n == 4 || d.n > 2 && (d.at == 0 || d.at+d.n == len(s)):
			mark(d)
		case d.n == 1 && open[u] > 0 && d.at > 0 && s[d.at-1] == ' ':
			// html2text's closing marker after the tag's space:
			// "_JAMA Psychiatry _argued", "legalized. _".
			mark(ds[open[u]-1])
			mark(d)
			open[u] = 0
		case d.n == 1 && d.open:
			open[u] = i + 1
		}
	}
	return drop
}

// Delimiters returns which stars and underscores of s, a line of inline
// Markdown, either CommonMark pairs as emphasis (also a censored "f**k**"
// and a "__name__", which Parse keeps) or Parse drops from a text written
// in Markdown, or nil when none is: those a writer escapes, and only
// those, for both to read them as text.
func Delimiters(s string) []bool {
	var cm []bool
	emphasisScope(s, 0, len(s), asCommonMark, nil, &cm)
	parsed := emphasisMarkers(s, syntax{markdown: true})
	if cm == nil {
		return parsed
	}
	for i, d := range parsed {
		cm[i] = cm[i] || d
	}
	return cm
}

// MayDelimit returns which stars and underscores of s, a line of inline
// Markdown, could be read as emphasis or dropped in some reading, or nil
// when none could: every run that can open or close emphasis as
// CommonMark reads it, and every run Parse might drop. It is
// Delimiters' superset, and read in one pass.
func MayDelimit(s string) []bool {
	var d []bool
	emphasisScope(s, 0, len(s), asPossible, nil, &d)
	return d
}

// reading is how emphasisScope reads a text's markers.
type reading int

const (
	asParsed     reading = iota // as Parse: none pair inside a word, "__name__" is a name
	asCommonMark                // as CommonMark
	asPossible                  // every run that may pair or go in some reading (see MayDelimit)
)

// emphasisScope pairs the markers of s[from:to], one scope of emphasis,
// as read says, marks the markers that pair in drop, and returns its runs.
func emphasisScope(s string, from, to int, read reading, refs map[string]string, drop *[]bool) []delim {
	var ds []delim
	var open noClose
	links := linkScan{tried: from}
	for i := from; i < to; i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < to && isASCIIPunct(s[i+1]):
			i++
		case c == '`':
			i = skipCode(s[:to], i, &open)
		case c == '<':
			if _, end, ok := autolinkAt(s[:to], i); ok {
				i = end - 1
			}
		case links.may(i) && (c == '[' || c == '!' && i+1 < to && s[i+1] == '['):
			at := i
			if c == '!' {
				at++
			}
			text, _, end, inner, ok := linkAt(s[:to], at, refs)
			if !ok {
				links.failed(i, end, inner)
				continue
			}
			if c == '[' {
				_ = emphasisScope(s, at+1, at+1+len(text), read, refs, drop)
			}
			i = end - 1
		case c == '*' || c == '_':
			j := i
			for j < to && s[j] == c {
				j++
			}
			if end := dunderEnd(s[:to], i, j); end > 0 && read == asParsed {
				i = end - 1
				continue
			}
			prev, next := ' ', ' ' // the ends of a line count as white space
			if i > from {
				prev, _ = utf8.DecodeLastRuneInString(s[from:i])
			}
			if j < to {
				next, _ = utf8.DecodeRuneInString(s[j:to])
			}
			left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
			right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
			// Markers inside a word are no emphasis, by CommonMark's
			// rule for underscores, here for stars too: "f**k" and
			// "S*xually" are censored words, and a Markdown writer sets
			// a word's emphasis around the word.
			open, close := left && (!right || isPunct(prev)), right && (!left || isPunct(next))
			if read != asParsed && c == '*' {
				open, close = left, right
			}
			// A run that can do neither is kept too, for what is left
			// of html2text's emphasis (see emphasisMarkers): a line
			// "**", a closing "_" after a space at the end.
			if open || close || j-i >= 2 || j == to {
				word := isWordRune(prev) && isWordRune(next)
				ds = append(ds, delim{c: c, at: i, n: j - i, orig: j - i, open: open, close: close, word: word})
			}
			i = j - 1
		}
	}
	if read == asPossible {
		for _, d := range ds {
			if *drop == nil {
				*drop = make([]bool, len(s))
			}
			for k := range d.n {
				(*drop)[d.at+k] = true
			}
		}
		return ds
	}
	pairDelims(ds, len(s), drop)
	return ds
}

// pairDelims pairs the runs ds as CommonMark's "process emphasis" does,
// and marks the markers that pair in drop (of length n).
func pairDelims(ds []delim, n int, drop *[]bool) {
	var stack []int // the runs that may still open, in order
	// bottom[u][o][k]: a closer of stars or underscores (u) that can
	// open (o) with a run of length k modulo 3 finds no opener before
	// this run, where one of its kind looked before (CommonMark's
	// openers_bottom): a line of many lone stars is read once.
	var bottom [2][2][3]int
	for c := range ds {
		cl := &ds[c]
		class := &bottom[b2i(cl.c == '_')][b2i(cl.open)][cl.orig%3]
		for cl.close && cl.n > 0 {
			p := len(stack) - 1
			for ; p >= 0 && stack[p] >= *class; p-- {
				op := &ds[stack[p]]
				// The rule of three: "*a**b*" is not "a" in strong.
				odd := (op.close || cl.open) && (op.orig+cl.orig)%3 == 0 && (op.orig%3 != 0 || cl.orig%3 != 0)
				if op.c == cl.c && !odd {
					break
				}
			}
			if p < 0 || stack[p] < *class {
				*class = c
				break
			}
			op := &ds[stack[p]]
			k := 1
			if op.n >= 2 && cl.n >= 2 {
				k = 2
			}
			if *drop == nil {
				*drop = make([]bool, n)
			}
			for m := range k {
				(*drop)[op.at+op.n-1-m] = true
				(*drop)[cl.at+m] = true
			}
			op.n -= k
			cl.at += k
			cl.n -= k
			// The runs between the two are text now.
			stack = stack[:p+1]
			if op.n == 0 {
				stack = stack[:p]
			}
		}
		if cl.open && cl.n > 0 {
			stack = append(stack, c)
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dunderEnd returns where the name that the run of markers s[i:j] opens
// ends, its closing "__" included, when the run is the "__" of a
// programmer's name written with double underscores: Python's
// "__init__" and "__name__", C's "__FILE__". Else it returns 0. Such a
// name is text, which CommonMark reads as strong emphasis: no writer of
// Markdown sets strong with underscores around one lowercase word (they
// write "**"; html2text's nested italics give "__Facebook__").
func dunderEnd(s string, i, j int) int {
	if j-i != 2 || s[i] != '_' {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && isWordRune(r) {
		return 0
	}
	k := j
	for k < len(s) && (isASCIIWord(s[k]) || s[k] == '_') {
		k++
	}
	if k < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[k:]); isWordRune(r) {
			return 0
		}
	}
	name := s[j:k]
	if len(name) < 3 || !strings.HasSuffix(name, "__") || strings.HasSuffix(name, "___") || name[0] == '_' {
		return 0
	}
	var lower, upper bool
	for _, c := range []byte(name) {
		lower = lower || c >= 'a' && c <= 'z'
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if lower == upper {
		return 0
	}
	return k
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
