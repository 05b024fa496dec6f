package document

import (
	"slices"
	"strings"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// pandoc writes a table whose cells are plain text as a simple table, its
// columns set under runs of dashes, indented by two spaces:
//
//	  Name   Age
//	  ------ -----
//	  Bob    3
//
// without a header, between two lines of dashes; and as a multiline table,
// its rows apart by blank lines, when it knows the columns' widths. Read as
// text, a row's cells ran into one another ("Bob 3"), and a table of one
// column with its dashes became a heading. So such a table is read as the
// pipe table it could have been; one of a single column as its rows'
// paragraphs.

// dashColumns returns where the runs of dashes of a line of them start and
// end, in columns; false if the line is not one: indented by at most three
// spaces, nothing but runs of at least three dashes. A table of one
// column is indented, as pandoc indents a table: a line of dashes alone at
// a line's start is a rule.
func dashColumns(l string) ([][2]int, bool) {
	l = strings.TrimRight(l, " ")
	t := strings.TrimLeft(l, " ")
	if len(t) < 3 || len(l)-len(t) > 3 {
		return nil, false
	}
	var cols [][2]int
	for i := len(l) - len(t); i < len(l); {
		if l[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] == '-' {
			j++
		}
		if j-i < 3 || j < len(l) && l[j] != ' ' {
			return nil, false
		}
		cols = append(cols, [2]int{i, j})
		i = j
	}
	return cols, true
}

// readDashTable reads the simple or multiline table that starts at
// lines[i], a header line over a line of dashes or a line of dashes, and
// returns the lines it is read as and the index of its last line; nil if
// there is no such table there.
func readDashTable(lines []srcLine, i int) ([]srcLine, int) {
	// A div's fence stands where a blank line would: tables are read
	// before pandocLines blanks the fences, and pandoc wraps a page's
	// table in its wrapper's div ("::: {.table-wrapper}").
	blank := func(j int) bool {
		return j >= len(lines) || strings.TrimSpace(lines[j].s) == "" || IsDivFence(lines[j].s)
	}
	if i > 0 && !blank(i-1) {
		return nil, i
	}
	var head []srcLine // the header's lines
	cols, ok := dashColumns(lines[i].s)
	top := -1 // the index of the line of dashes that opens the table
	switch {
	case !ok:
		// A header over the columns' dashes.
		if i+1 >= len(lines) || blank(i) {
			return nil, i
		}
		if cols, ok = dashColumns(lines[i+1].s); !ok || len(cols) < 2 {
			return nil, i
		}
		head, i = lines[i:i+1], i+1
	case len(cols) == 1 && i+2 < len(lines):
		// A multiline table's opening line, the header and the
		// columns' dashes under it; or a table of one column.
		for j := i + 1; j < len(lines) && !blank(j); j++ {
			if c, ok := dashColumns(lines[j].s); ok {
				if j > i+1 && len(c) > 1 {
					head, cols, top, i = lines[i+1:j], c, i, j
				}
				break
			}
		}
	}
	// The rows: to a line of dashes that closes the table, or, under a
	// header with no line of dashes over it, to a blank line too.
	open := head != nil && top < 0
	var rows [][]srcLine
	var cur []srcLine
	end, closed := len(lines)-1, false
	for j := i + 1; j < len(lines); j++ {
		if blank(j) {
			if open || blank(j+1) {
				end = j - 1
				break
			}
			if len(cur) > 0 {
				rows, cur = append(rows, cur), nil
			}
			continue
		}
		if c, ok := dashColumns(lines[j].s); ok {
			// A closing line: the columns', or one line across them.
			if !slices.Equal(c, cols) && !(len(c) == 1 && c[0][0] == cols[0][0]) {
				return nil, i
			}
			end, closed = j, true
			break
		}
		cur = append(cur, lines[j])
	}
	if len(cur) > 0 {
		rows = append(rows, cur)
	}
	if len(rows) == 0 || !closed && !open || len(cols) == 1 && cols[0][0] == 0 {
		return nil, i
	}
	// Rows apart by blank lines are a multiline table's, each of one
	// line or more; else each line is a row.
	if top < 0 && len(rows) == 1 {
		var single [][]srcLine
		for _, l := range rows[0] {
			single = append(single, []srcLine{l})
		}
		rows = single
	}
	if head != nil {
		rows = append([][]srcLine{head}, rows...)
	}
	var out []srcLine
	if len(cols) == 1 {
		for _, r := range rows {
			out = append(out, srcLine{s: "", no: r[0].no}, srcLine{s: joinText(r), no: r[0].no})
		}
		return append(out, srcLine{s: "", no: lines[end].no}), end
	}
	if len(rows) == 1 {
		// A row alone is no table: a page's layout, its cells side by
		// side ("Riverside Gazette", "Log in | Subscribe").
		for _, t := range dashCells(rows[0], cols) {
			out = append(out, srcLine{s: "", no: rows[0][0].no}, srcLine{s: t, no: rows[0][0].no})
		}
		return append(out, srcLine{s: "", no: lines[end].no}), end
	}
	out = append(out, srcLine{s: "", no: rows[0][0].no})
	for k, r := range rows {
		out = append(out, srcLine{s: pipeLine(dashCells(r, cols), len(cols)), no: r[0].no})
		if k == 0 {
			out = append(out, srcLine{s: pipeDelimiter(len(cols)), no: r[0].no})
		}
	}
	return append(out, srcLine{s: "", no: lines[end].no}), end
}

// dashCells returns the text of each cell of a row of lines r: each
// column's pieces of its lines, joined.
func dashCells(r []srcLine, cols [][2]int) []string {
	cells := make([][]string, len(cols))
	for _, l := range r {
		for c, t := range splitColumns(l.s, cols) {
			if t != "" {
				cells[c] = append(cells[c], t)
			}
		}
	}
	out := make([]string, len(cols))
	for c := range cells {
		out[c] = strings.Join(cells[c], " ")
	}
	return out
}

// joinText joins the lines of a one-column table's row into one line.
func joinText(r []srcLine) string {
	parts := make([]string, len(r))
	for i, l := range r {
		parts[i] = strings.TrimSpace(l.s)
	}
	return strings.Join(parts, " ")
}

// splitColumns cuts l into the text of each column: from where the column's
// dashes start to where the next column's do, in columns.
func splitColumns(l string, cols [][2]int) []string {
	out := make([]string, len(cols))
	k, col, start := 0, 0, 0
	for i, r := range l {
		for k+1 < len(cols) && col >= cols[k+1][0] {
			out[k] = strings.TrimSpace(l[start:i])
			start = i
			k++
		}
		col++
		if textfix.IsWide(r) {
			col++
		}
	}
	out[k] = strings.TrimSpace(l[start:])
	return out
}

// isDashes reports whether l is a line of runs of dashes (see dashColumns).
func isDashes(l string) bool {
	_, ok := dashColumns(l)
	return ok
}
