package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// A text browser (lynx, w3m, elinks, links) prints a table as its cells
// set in columns, with spaces between them and no rule:
//
//	        Característica              Valor
//	             Marca              Molto
//	           Potencia             150 W
//
// Read line by line, a row's cells ran into one another ("Potencia 150
// W"), and a run of them was a run of short lines to drop. spacedRows reads
// such a run back into a table's rows.

// The tables spacedRows reads have at least minSpacedRows lines, header
// included, and no cell of more than maxSpacedCellWords words: longer
// text in columns is a page's layout, two columns of prose side by side.
const (
	minSpacedRows      = 3
	maxSpacedCellWords = 10
	// maxSpacedValueWords bounds the last column's cells where each row's
	// first is a label of maxSpacedLabelWords words at most.
	maxSpacedValueWords = 20
	maxSpacedLabelWords = 3
	// maxSpacedRowBytes bounds a row's line: a browser sets a table in
	// its window's width, 80 columns by default; a longer line is a
	// paragraph a converter did not wrap.
	maxSpacedRowBytes = 3 * 100
	// maxSpacedLines bounds a table's lines.
	maxSpacedLines = 200
)

// spacedRows reads the table whose first row is lines[i], the first of a
// run of lines whose text stands in columns (under a blank line or one
// that leads into it, which the caller asks), and returns its rows' cells,
// the index of each row's line and the index of its last line, or nil. A column ends where every line
// of the run has a space, and most have two or more: where one cell fills
// its column, a space alone parts it from the next. A line with nothing
// in the first column goes on with the row above, a cell's text the
// browser wrapped.
func spacedRows(lines []string, i int, code []span) ([][]string, []int, int) {
	// Most lines after a blank one start a paragraph with a blank line
	// under it or soon, and few have two spaces inside: those are asked
	// first.
	if i+minSpacedRows > len(lines) || lines[i+1] == "" || lines[i+2] == "" || !innerGap(lines[i]) {
		return nil, nil, 0
	}
	// Each line is text: a list item's marker, a heading's or a
	// quotation's stands apart from its text by spaces too ("-   item"),
	// and ends the run (a list right under a table, as lynx prints it).
	last := i - 1
	for j := i; j < len(lines) && strings.TrimSpace(lines[j]) != "" && !(len(code) > 0 && code[0].open == j); j++ {
		if classify(lines[j], 0).kind != lineText {
			break
		}
		if j-i >= maxSpacedLines {
			// Asked again under each line that ends with a colon,
			// a long run would cost its length each time.
			return nil, nil, 0
		}
		last = j
	}
	if last-i+1 < minSpacedRows {
		return nil, nil, 0
	}
	if rows, at := columnRows(lines, i, last); rows != nil {
		return rows, at, last
	}
	// A paragraph may follow the table with no blank line between, as
	// w3m and lynx print a box's text under its table: its lines start at
	// the run's margin and are one cell, where a row's wrapped cell is
	// set in. (A row's widest first cell may start at the margin too, and
	// such a line belongs to the table where the run reads as one.)
	margin := marginOf(lines[i : last+1])
	end := last
	for end-i+1 > minSpacedRows && !innerGap(lines[end]) && indentOf(lines[end]) == margin {
		end--
	}
	if end == last {
		return nil, nil, 0
	}
	if rows, at := columnRows(lines, i, end); rows != nil {
		return rows, at, end
	}
	return nil, nil, 0
}

// columnRows reads lines[i:last+1], a run of text lines, as a table set
// in columns (see spacedRows) and returns its rows' cells and the index of
// each row's line, or nil.
func columnRows(lines []string, i, last int) ([][]string, []int) {
	run := make([][]rune, last-i+1) // each line a rune a column
	width := 0
	for k, l := range lines[i : last+1] {
		run[k] = columnsOf(strings.TrimRight(l, " "))
		width = max(width, len(run[k]))
	}
	// used: how many lines have text in a column; wide: how many have a
	// run of two spaces or more there, between two cells.
	used := make([]int, width)
	wide := make([]int, width)
	for _, r := range run {
		for p, c := range r {
			if c != ' ' {
				used[p]++
			}
		}
		for p := 0; p < len(r); {
			if r[p] != ' ' {
				p++
				continue
			}
			q := p
			for q < len(r) && r[q] == ' ' {
				q++
			}
			if p > 0 && q < len(r) && q-p >= 2 {
				for k := p; k < q; k++ {
					wide[k]++
				}
			}
			p = q
		}
	}
	start := 0
	for start < width && used[start] == 0 {
		start++
	}
	var bounds []int // where each column after the first starts
	for p := start; p < width; {
		if used[p] > 0 {
			p++
			continue
		}
		q := p
		for q < width && used[q] == 0 {
			q++
		}
		most := 0
		for k := p; k < q; k++ {
			most = max(most, wide[k])
		}
		if 2*most >= len(run) {
			bounds = append(bounds, q)
		}
		p = q
	}
	bounds = withoutSparse(run, bounds)
	if len(bounds) == 0 {
		return nil, nil
	}
	// The cells are cut where a pandoc table's are (splitColumns),
	// each column from where its bound is.
	cols := make([][2]int, len(bounds)+1)
	for c, b := range bounds {
		cols[c+1][0] = b
	}
	margin := marginOf(lines[i : last+1])
	var rows [][]string
	var at []int
	for k, l := range lines[i : last+1] {
		cells := splitColumns(l, cols)
		if k > 0 && cells[0] != "" && indentOf(l) > margin && !slices.ContainsFunc(cells[1:], func(c string) bool { return c != "" }) {
			// A label the browser wrapped in its column, set in from
			// the run's margin ("Dimensiones y" / "peso" beside
			// "162,4 x 75,1 x 8,4 mm; 199 g").
			prev := rows[len(rows)-1]
			prev[0] = strings.TrimSpace(prev[0] + " " + cells[0])
			continue
		}
		if cells[0] == "" && k > 0 {
			prev := rows[len(rows)-1]
			for c, t := range cells {
				if t != "" {
					prev[c] = strings.TrimSpace(prev[c] + " " + t)
				}
			}
			continue
		}
		rows, at = append(rows, cells), append(at, i+k)
	}
	if len(rows) < minSpacedRows {
		return nil, nil
	}
	if wrappedColumn(rows) {
		return nil, nil
	}
	// A table of labels and values (a product's specifications) may
	// have long values: its labels are a few words each, where the left
	// one of two columns of prose is as long as the right.
	most := maxSpacedCellWords
	if !slices.ContainsFunc(rows, func(r []string) bool { return Words(r[0]) > maxSpacedLabelWords }) {
		most = maxSpacedValueWords
	}
	for _, r := range rows {
		full := 0
		for k, c := range r {
			if n := Words(c); n > maxSpacedCellWords && (k < len(r)-1 || n > most) {
				return nil, nil
			}
			if strings.ContainsFunc(c, letterOrDigit) {
				full++
			}
		}
		if full < 2 {
			return nil, nil
		}
	}
	return rows, at
}

// marginOf returns the least indent of lines (see indentOf): a run's
// margin, where its widest cells start.
func marginOf(lines []string) int {
	margin := indentOf(lines[0])
	for _, l := range lines[1:] {
		margin = min(margin, indentOf(l))
	}
	return margin
}

// withoutSparse returns bounds without those of columns that fewer than
// half of the lines of run have text in: the words of a header over a
// narrow column ("Top 10" over "27", set to its right) stand apart by a
// space no line under them fills, and so do the words of a cell wider
// than the others of its column. Such a column joins a neighbour.
func withoutSparse(run [][]rune, bounds []int) []int {
	for c := 0; c <= len(bounds) && len(bounds) > 0; {
		from, to := 0, boundAt(bounds, c)
		if c > 0 {
			from = bounds[c-1]
		}
		n := 0
		for _, r := range run {
			for p := from; p < min(to, len(r)); p++ {
				if r[p] != ' ' {
					n++
					break
				}
			}
		}
		if 2*n >= len(run) {
			c++
			continue
		}
		// The column's text goes with the next column's where that
		// is set to its right, as figures are under a header of
		// words; else it is the end of the cell before it ("Dimensions
		// (h × w × d)" wider than the other labels).
		k := c - 1
		if c == 0 || c < len(bounds) && rightAligned(run, bounds[c], boundAt(bounds, c+1)) {
			k = c
		}
		bounds = append(bounds[:k], bounds[k+1:]...)
		c = max(c-1, 0)
	}
	return bounds
}

// boundAt returns bounds[k], or no bound past the last.
func boundAt(bounds []int, k int) int {
	if k < len(bounds) {
		return bounds[k]
	}
	return 1 << 30
}

// rightAligned reports whether the text of every line of run between the
// columns from and to ends in the same column.
func rightAligned(run [][]rune, from, to int) bool {
	end := -1
	for _, r := range run {
		e := -1
		for p := from; p < min(to, len(r)); p++ {
			if r[p] != ' ' {
				e = p
			}
		}
		if e < 0 {
			continue
		}
		if end >= 0 && e != end {
			return false
		}
		end = e
	}
	return end >= 0
}

// wrappedColumn reports whether a cell of rows goes on in the cell under
// it: a cell of minWrappedWords words or more, and one under it that
// starts in lower case. Those are no table's but a page's layout, a
// caption beside a box, each wrapped in its column ("Assembly Facility
// after the installation in" over "early November of its four RS-25
// engines."). Cells with figures in both are values alike, no text going
// on ("4 h 12 min 37 s" over "à 24 s", a race's times).
func wrappedColumn(rows [][]string) bool {
	for r := 1; r < len(rows); r++ {
		for c, t := range rows[r] {
			if c >= len(rows[r-1]) || Words(rows[r-1][c]) < minWrappedWords {
				continue
			}
			if first, _ := utf8.DecodeRuneInString(t); unicode.IsLower(first) && !(strings.ContainsFunc(t, textfix.IsDigit) && strings.ContainsFunc(rows[r-1][c], textfix.IsDigit)) {
				return true
			}
		}
	}
	return false
}

// minWrappedWords: see wrappedColumn.
const minWrappedWords = 3

// innerGap reports whether l, no longer than a table's row, has two
// spaces in a row between its first and its last character.
func innerGap(l string) bool {
	if len(l) > maxSpacedRowBytes {
		return false
	}
	return strings.Contains(strings.TrimSpace(l), "  ")
}

// wideRest stands in the second column a wide character takes.
const wideRest rune = -1

// columnsOf returns l's characters a column each; a wide character takes
// two, the second wideRest.
func columnsOf(l string) []rune {
	out := make([]rune, 0, utf8.RuneCountInString(l))
	for _, r := range l {
		out = append(out, r)
		if textfix.IsWide(r) {
			out = append(out, wideRest)
		}
	}
	return out
}

func letterOrDigit(r rune) bool { return textfix.IsLetter(r) || textfix.IsDigit(r) }
