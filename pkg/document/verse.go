package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A poem on a page is lines broken by <br>, which a scraper's plain text
// prints as lines: not wrapped, and not a paragraph's lines for brokenAt
// to join, though its lines go on from each other in small letters ("the
// baskets are stacked," / "the last of the pears gone soft in the grass;").
// markVerse finds such lines, so that they stay lines of one paragraph
// (see Block.Break).
const (
	// minVerseLines: a stanza has this many lines at least.
	minVerseLines = 3
	// maxVerseRunes and maxVerseWords bound a line of verse: longer
	// lines are prose that a <br> broke.
	maxVerseRunes = 64
	maxVerseWords = 12
	// minStanzas: this many stanzas of minVerseLines, or one of
	// minLoneStanza lines, make a poem.
	minStanzas    = 2
	minLoneStanza = 4
	// minCommaTurns: so many of a poem's lines end in a comma or a
	// semicolon and go on in small letters on the next; a list of items
	// in small letters has none.
	minCommaTurns = 2
)

// markVerse marks the lines of a poem in plain text (see line.verse): runs
// of minVerseLines short lines or more, one under the other, set apart by
// blank lines only, minStanzas of them or one of minLoneStanza lines; a
// third of the turns from a line to the next or more go on with the
// sentence in small letters, and minCommaTurns of them after a comma or a
// semicolon; and at a third of them or more, the next line's first word
// would have fit on the line, as wide as the poem's widest.
func (p *parser) markVerse() {
	// Most texts have too few lines that end in a comma or a semicolon
	// for a poem: a look at each line's last byte spares reading them.
	commaEnds := 0
	for i := range p.lines {
		if r := p.lines[i].raw; r != "" && (r[len(r)-1] == ',' || r[len(r)-1] == ';') {
			commaEnds++
		}
	}
	if commaEnds < minCommaTurns {
		return
	}
	var runs [][2]int // the stanzas of the poem being read: first and end line
	turns, goOn, commas := 0, 0, 0
	mark := func() {
		if len(runs) == 0 {
			return
		}
		lines, width := 0, 0
		for _, r := range runs {
			lines += r[1] - r[0]
			for i := r[0]; i < r[1]; i++ {
				width = max(width, utf8.RuneCountInString(p.lines[i].raw))
			}
		}
		// Prose wrapped in a narrow column breaks a line where the
		// next word does not fit; a poet, where the line ends.
		room := 0
		for _, r := range runs {
			for i := r[0] + 1; i < r[1]; i++ {
				w, _, _ := strings.Cut(p.lines[i].raw, " ")
				if utf8.RuneCountInString(p.lines[i-1].raw)+1+utf8.RuneCountInString(w) <= width {
					room++
				}
			}
		}
		if (len(runs) >= minStanzas || lines >= minLoneStanza) && 3*goOn >= turns && 3*room >= turns && commas >= minCommaTurns {
			for _, r := range runs {
				for i := r[0] + 1; i < r[1]; i++ {
					p.lines[i].verse = true
				}
			}
		}
		runs, turns, goOn, commas = runs[:0], 0, 0, 0
	}
	for i := 0; i < len(p.lines); {
		if p.lines[i].kind == lineBlank {
			i++
			continue
		}
		j := i
		for j < len(p.lines) && verseLine(&p.lines[j]) {
			j++
		}
		if j-i < minVerseLines {
			// Anything but a stanza ends the poem. Line j is no
			// verse line: the next run starts after it.
			mark()
			i = j + 1
			continue
		}
		runs = append(runs, [2]int{i, j})
		for k := i + 1; k < j; k++ {
			turns++
			if on, comma := goesOnInVerse(p.lines[k-1].raw, p.lines[k].raw); on {
				goOn++
				if comma {
					commas++
				}
			}
		}
		i = j
	}
	mark()
}

// verseLine reports whether l may be a line of verse: text, short, of two
// words or more.
func verseLine(l *line) bool {
	if l.kind != lineText || l.menu != nil || l.cell || l.hardBreak || len(l.raw) > utf8.UTFMax*maxVerseRunes {
		return false
	}
	// One pass over the bytes that stops past the bounds: most lines
	// are prose, longer. A rune starts at each byte that continues none.
	runes, words := 0, 1
	for i := 0; i < len(l.raw); i++ {
		c := l.raw[i]
		if c&0xC0 != 0x80 {
			if runes++; runes > maxVerseRunes {
				return false
			}
		}
		if c == ' ' {
			if words++; words > maxVerseWords {
				return false
			}
		}
	}
	return words >= 2
}

// goesOnInVerse reports whether line next goes on with the sentence of
// line l: l ends in a letter, a comma, a semicolon, a colon or a dash and
// next starts with a small letter; and whether l ends in a comma or a
// semicolon.
func goesOnInVerse(l, next string) (on, comma bool) {
	last, _ := utf8.DecodeLastRuneInString(l)
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(first) {
		return false, false
	}
	switch last {
	case ',', ';':
		return true, true
	case ':', '-', '–', '—':
		return true, false
	}
	return unicode.IsLetter(last), false
}
