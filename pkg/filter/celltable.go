package filter

import (
	"slices"
	"strings"
	"unicode"

	"github.com/unscrape/unscrape/pkg/document"
)

// turndown without its tables plugin, and a page's innerText, print a
// table a cell a line: its header's cells, then each row's ("Ticket" /
// "Now" / "From January" / "Single" / "£2.00" / "£2.30" / …). Alone, the
// cells are short lines and figures, which the boilerplate filter drops,
// and the table's facts are lost. cellTables reads such a run back into a
// table's rows.
const (
	// minCellColumns and maxCellColumns bound the columns of a table read
	// from its cells.
	minCellColumns = 2
	maxCellColumns = 8
	// minCellRows: the rows under the header a table read from its cells
	// has at least; fewer are as likely a list of figures.
	minCellRows = 3
	// maxCellWords bounds a cell's words.
	maxCellWords = 6
)

// cellTables makes tables of the runs of one-cell lines that are one: see
// cellTable. The first cell of each row becomes the row (a TableRow), and
// the other cells, joined to it, are dropped.
func cellTables(doc *document.Document) {
	for i := 0; i < len(doc.Blocks); {
		j := i
		for j < len(doc.Blocks) && cellLine(&doc.Blocks[j]) {
			j++
		}
		if j-i < minCellColumns*(minCellRows+1) {
			i = max(j, i+1)
			continue
		}
		cols, rows := cellTable(doc.Blocks[i:j])
		if cols == 0 && underHeading(doc, i) {
			cols, rows = 2, pairTable(doc.Blocks[i:j])-1
		}
		if cols == 0 || rows < minCellRows {
			i = j
			continue
		}
		for r := 0; r <= rows; r++ {
			first := i + r*cols
			cells := make([]string, cols)
			for c := range cols {
				cells[c] = doc.Blocks[first+c].Text
			}
			b := &doc.Blocks[first]
			b.Notes = append(b.Notes, document.Note{Filter: "structure", Reason: "cells read as a table's row", Before: b.Text})
			b.Kind, b.Level, b.Text, b.Info = document.TableRow, r, document.JoinCells(cells), strings.Repeat("-", cols)
			b.Links, b.CodeSpans = nil, nil
			for c := 1; c < cols; c++ {
				doc.Blocks[first+c].Drop("structure", "cell joined to its table's row")
			}
		}
		i += (rows + 1) * cols
	}
}

// cellLine reports whether b may be a table's cell printed as a line: a
// live paragraph of a few words that ends no sentence.
func cellLine(b *document.Block) bool {
	return !b.Dropped && b.Kind == document.Paragraph && !b.Break && b.Words() <= maxCellWords && !endsSentence(b.Text)
}

// cellTable returns the columns and the rows under the header of the
// table that cells, one a block, start with, or 0 columns where they
// start none. The fewest columns for which the first row (the header) has
// no figure, and every column under it has figures in all its cells or in
// none, with one column of figures at least, for minCellRows rows or
// more, are the table's: a menu's or a list's lines have no such columns.
func cellTable(cells []document.Block) (cols, rows int) {
	figures := make([]bool, len(cells))
	for i := range cells {
		figures[i] = isFigure(cells[i].Text)
	}
	for k := minCellColumns; k <= maxCellColumns && k*(minCellRows+1) <= len(cells); k++ {
		// The columns' kinds are the first row's under the header; the
		// rows go on while each cell is of its column's kind.
		kinds := figures[k : 2*k]
		if slices.Contains(figures[:k], true) || !slices.Contains(kinds, true) {
			continue
		}
		n := 1
		for (n+2)*k <= len(cells) && slices.Equal(figures[(n+1)*k:(n+2)*k], kinds) {
			n++
		}
		if n >= minCellRows {
			return k, n
		}
	}
	return 0, 0
}

// pairTable returns how many rows the table of labels and their values
// that cells start with has, or 0: a product's specifications, printed
// without a header a cell a line ("Gewicht" / "238 gram" / "Accuduur" /
// "Tot 45 uur (ANC aan)"). Each label is a few capitalised words without a
// figure, none twice; half the values or more have a digit. A menu's
// items have none, and a list's words are no labels of figures.
func pairTable(cells []document.Block) int {
	n, digits := 0, 0
	seen := map[string]bool{}
	for ; 2*n+1 < len(cells); n++ {
		label, value := &cells[2*n], &cells[2*n+1]
		// A link's number alone ("[8]") is lynx's, under a menu's item.
		if label.HasDigit() || label.Words() > maxPairLabelWords || !startsUpper(label.Text) || seen[label.Fold()] || isBracketed(value.Text) {
			break
		}
		seen[label.Fold()] = true
		if value.HasDigit() {
			digits++
		}
	}
	if n < minCellRows+1 || 2*digits < n {
		return 0
	}
	return n
}

// maxPairLabelWords bounds a label of a table of labels and values.
const maxPairLabelWords = 3

// underHeading reports whether the live block before i is a heading: a
// table of labels and values is a section's ("Specificaties").
func underHeading(doc *document.Document, i int) bool {
	p := doc.PrevLive(i)
	return p >= 0 && doc.Blocks[p].Kind == document.Heading
}

// isFigure reports whether s is a figure: a number, an amount or a date,
// digits with at most two letters ("£2.30", "12 kg", "3:1").
func isFigure(s string) bool {
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			// Most lines of a page's runs of short lines are words:
			// the third letter ends the look.
			if letters++; letters > 2 {
				return false
			}
		}
	}
	return digits > 0
}
