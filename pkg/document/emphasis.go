package document

import (
	"unicode"
	"unicode/utf8"
)

// Markdown-writing scrapers set emphasis with stars (pandoc's *em* and
// **strong**, html2text's **strong**), and news pages print stars that are
// no emphasis at all: a censored "f**k", "s***", a footnote's "*". A
// reader of the Markdown sees a star only where CommonMark does not pair
// it with another, so the parser pairs them as CommonMark does and drops
// only the stars that pair, "**bold**" loses its; and as no writer sets
// emphasis inside a word, a censored "f**k" keeps them.

// starDelim is a run of stars, as CommonMark's delimiter stack has it.
type starDelim struct {
	at, n       int // where the stars not yet paired start, and how many
	orig        int // the run's length as read
	open, close bool
	word        bool // letters or digits on both sides: inside a word
}

// pairedStars returns which bytes of s are stars CommonMark reads as
// emphasis markers, or nil when none is. Code spans, autolinks and
// images are not read for stars, nor a link's address; a link's text is
// paired on its own, as in CommonMark, where emphasis does not cross a
// link's brackets.
//
// html2text writes "**" for bold wherever the tag stood, also inside the
// tag's spaces ("work** Starry Night**", "Sign Up:**Stay") and around a
// line break ("**http://…  " and "**" on the next line, which ends a block
// here), and "****" for an empty one: no reader pairs those, and no page
// printed them. So a run of two or four stars that pairs with none goes
// too, as does any run of two or more at either end of the text, unless
// it stands inside a word; a lone star, or three ("Ali***"), stays.
func pairedStars(s string) []bool {
	var drop []bool
	ds := starScope(s, 0, len(s), &drop)
	for _, d := range ds {
		if d.n == d.orig && !d.word && (d.n == 2 || d.n == 4 || d.n > 2 && (d.at == 0 || d.at+d.n == len(s))) {
			if drop == nil {
				drop = make([]bool, len(s))
			}
			for k := range d.n {
				drop[d.at+k] = true
			}
		}
	}
	return drop
}

// starScope pairs the stars of s[from:to], one scope of emphasis, and
// returns its runs.
func starScope(s string, from, to int, drop *[]bool) []starDelim {
	var ds []starDelim
	var open noClose
	tried := from // no "[" before it starts a link
	for i := from; i < to; i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < to && isASCIIPunct(s[i+1]):
			i++
		case c == '`':
			n, end := codeAt(s[:to], i, &open)
			if end > 0 {
				i = end - 1
			} else {
				i += n - 1
			}
		case c == '<':
			if _, end, ok := autolinkAt(s[:to], i); ok {
				i = end - 1
			}
		case i >= tried && (c == '[' || c == '!' && i+1 < to && s[i+1] == '['):
			at := i
			if c == '!' {
				at++
			}
			text, _, end, ok := linkAt(s[:to], at)
			if !ok {
				tried = end
				continue
			}
			if c == '[' {
				_ = starScope(s, at+1, at+1+len(text), drop)
			}
			i = end - 1
		case c == '*':
			j := i
			for j < to && s[j] == '*' {
				j++
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
			// Stars inside a word are no emphasis here, as CommonMark
			// rules for underscores: "f**k" and "S*xually" are censored
			// words, and a Markdown writer sets a word's emphasis around
			// the word.
			open, close := left && (!right || isPunct(prev)), right && (!left || isPunct(next))
			// A run that can do neither is kept too, for what is left
			// of html2text's bold (see pairedStars).
			if open || close || j-i >= 2 {
				word := isWordRune(prev) && isWordRune(next)
				ds = append(ds, starDelim{at: i, n: j - i, orig: j - i, open: open, close: close, word: word})
			}
			i = j - 1
		}
	}
	pairDelims(ds, len(s), drop)
	return ds
}

// pairDelims pairs the runs ds as CommonMark's "process emphasis" does,
// and marks the stars that pair in drop (of length n).
func pairDelims(ds []starDelim, n int, drop *[]bool) {
	// bottom[o][k]: a closer that can open (o) with a run of length k
	// modulo 3 finds no opener below this index, where one of its kind
	// looked before (CommonMark's openers_bottom): a line of many lone
	// stars is read once.
	var bottom [2][3]int
	for c := range ds {
		cl := &ds[c]
		if !cl.close {
			continue
		}
		class := &bottom[b2i(cl.open)][cl.orig%3]
		for cl.n > 0 {
			o := c - 1
			for ; o >= *class; o-- {
				op := &ds[o]
				// The rule of three: "*a**b*" is not "a" in strong.
				odd := (op.close || cl.open) && (op.orig+cl.orig)%3 == 0 && (op.orig%3 != 0 || cl.orig%3 != 0)
				if op.open && op.n > 0 && !odd {
					break
				}
			}
			if o < *class {
				*class = c
				break
			}
			op := &ds[o]
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
			for m := o + 1; m < c; m++ {
				ds[m].open = false
			}
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
