package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text browser lays a page's table out as columns and wraps the text of
// each cell at the cell's width: an article in a column of 40 beside a
// sidebar, then, below the sidebar, alone at 40 columns of a text wrapped
// at 80. Its lines end far short of the text's width, and each would end
// its paragraph (see endsShort). A run of lines that a wrapper filling
// lines of a narrower width would have broken where they break is one
// paragraph wrapped at that width.
const (
	// minNarrowLines: fewer lines fit a width by chance.
	minNarrowLines = 3
	// minNarrowWidth: a column narrower holds a menu's words, not
	// paragraphs.
	minNarrowWidth = 25
)

// markNarrow sets the narrow width of the lines of each run of text lines
// wrapped at a width narrower than the text's: a run of minNarrowLines or
// more text lines with the same indentation, between other lines, whose
// widest is W columns (minNarrowWidth to minWrapped), where no line has
// room for the next line's first word within W, and at least a third of
// the lines after the first start with a lower-case letter, as a sentence
// goes on, and some line has a comma or a full stop. A menu's items and a
// list of headlines fit a width as well, but start with capitals, or have
// no punctuation ("image beacon" / "msn back to msn home lifestyle" /
// "powered by Microsoft News").
func (p *parser) markNarrow() {
	ls := p.lines
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && ls[j].kind == lineText && ls[j].indent == ls[i].indent && ls[j].menu == nil {
			j++
		}
		if j == i {
			i++
			continue
		}
		if w := p.narrowWidth(ls[i:j]); w > 0 {
			for k := i; k < j; k++ {
				ls[k].narrow = w
				// links pads a cell's lines with spaces to its
				// width: in plain text they are no line break
				// inside the column.
				if k < j-1 && !p.markdown && !ls[k].backslash {
					ls[k].hardBreak = false
				}
			}
		}
		i = j
	}
}

// narrowWidth returns the width the lines of run are wrapped at, or 0
// when they are not wrapped narrower than the text (see markNarrow).
func (p *parser) narrowWidth(run []line) int {
	if len(run) < minNarrowLines {
		return 0
	}
	w := 0
	for k := range run {
		w = max(w, p.measure(run[k].full)+run[k].indent)
		if w >= minWrapped {
			return 0
		}
	}
	if w < minNarrowWidth {
		return 0
	}
	lower := 0
	for k := 1; k < len(run); k++ {
		first, _, _ := strings.Cut(run[k].full, " ")
		if p.measure(run[k-1].full)+run[k-1].indent+1+p.measure(first) <= w {
			return 0
		}
		if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) {
			lower++
		}
	}
	if 3*lower < len(run)-1 || !slices.ContainsFunc(run, func(l line) bool { return strings.ContainsAny(l.full, ",.!?") }) {
		return 0
	}
	return w
}
