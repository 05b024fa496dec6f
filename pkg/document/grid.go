package document

import (
	"slices"
	"strings"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// pandoc writes a table that a pipe table cannot hold (a cell of several
// paragraphs, a list or a table in a cell) as a grid table: its cells side
// by side in a frame of "+", "-" and "|", each wrapped at its own width. A
// page laid out in a table comes out as one, its article in a cell between
// the menu's and the sidebar's, and read as text every line glued a piece
// of each column to the next. So a grid table is read cell by cell: one
// whose cells are each a line of text as the pipe table it could have
// been, any other as its cells' text in reading order, row by row, left to
// right, a cell's lines joined into the paragraphs they were wrapped from.

// srcLine is a line and the number of the source line it comes from.
type srcLine struct {
	s  string
	no int
	// full: a line of a cell that fills the cell, to its last column.
	full bool
	cell bool // the line is read from a grid table's cell
}

// gridTables returns lines, from from on, with each grid table replaced
// by the lines it is read as, for each line the number of the source line
// it comes from, and for each source line whether it is a grid table's;
// nil when there is no grid table. Lines in fenced code are code.
func gridTables(lines []string, from int) ([]string, []int, []bool) {
	found := false
	for _, l := range lines[from:] {
		if _, ok := gridBorder(l); ok || isDashes(l) {
			found = true
			break
		}
	}
	if !found {
		return nil, nil, nil
	}
	src := make([]srcLine, len(lines))
	for i, l := range lines {
		src[i] = srcLine{s: l, no: i + 1}
	}
	out, changed := flattenGrids(src, from)
	if !changed {
		return nil, nil, nil
	}
	text := make([]string, len(out))
	no := make([]int, len(out))
	in := make([]bool, len(lines))
	for i, l := range out {
		text[i], no[i] = l.s, l.no
		in[l.no-1] = l.cell
	}
	return text, no, in
}

// flattenGrids returns lines with each grid table from from on replaced
// (see gridTables), and whether there was one.
func flattenGrids(lines []srcLine, from int) ([]srcLine, bool) {
	var out []srcLine // made at the first table, with the lines before it
	var in fences
	for i := from; i < len(lines); i++ {
		var read []srcLine
		end := i
		if !in.code(lines[i].s) {
			if read, end = readGrid(lines, i); read == nil {
				read, end = readDashTable(lines, i)
			}
		}
		if read == nil {
			if out != nil {
				out = append(out, lines[i])
			}
			continue
		}
		if out == nil {
			out = append(make([]srcLine, 0, len(lines)+len(read)), lines[:i]...)
		}
		out = append(out, read...)
		i = end
	}
	if out == nil {
		return lines, false
	}
	return out, true
}

// gridBorder returns the columns of the "+" of a grid table's border line
// ("+------+:----:+", "+======+"), which has at least one cell.
func gridBorder(l string) ([]int, bool) {
	l = strings.TrimRight(l, " ")
	t := strings.TrimLeft(l, " ")
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' || t[1] == '+' {
		return nil, false
	}
	var cols []int
	indent := len(l) - len(t)
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '+':
			if i > 0 && t[i-1] == '+' {
				return nil, false
			}
			cols = append(cols, indent+i)
		case '-', '=', ':':
		default:
			return nil, false
		}
	}
	return cols, true
}

// rowCells returns the text of each cell of a grid table's row line, whose
// "|" stand at the columns cols, without the space pandoc pads a cell
// with; false if the line is not such a row.
func rowCells(l string, cols []int) ([]string, bool) {
	cells := make([]string, 0, len(cols)-1)
	k, col, start := 0, 0, 0
	for i, r := range l {
		if k < len(cols) && col == cols[k] {
			if r != '|' {
				return nil, false
			}
			if k > 0 {
				cells = append(cells, l[start:i])
			}
			start = i + 1
			k++
		} else if k < len(cols) && col > cols[k] {
			// A wide character across a column's edge.
			return nil, false
		}
		col++
		if textfix.IsWide(r) {
			col++
		}
	}
	if k < len(cols) || strings.TrimSpace(l[start:]) != "" {
		return nil, false
	}
	return cells, true
}

// cellLine is one line of a cell, s as it stands between the "|": its
// text, without the space before it that pandoc pads a cell with, nor
// those after it.
func cellLine(s string, no int) srcLine {
	return srcLine{s: strings.TrimRight(strings.TrimPrefix(s, " "), " "), no: no, full: strings.HasSuffix(s, " ") && !strings.HasSuffix(s, "  ")}
}

// gridRow is a row of a grid table.
type gridRow struct {
	cells  [][]srcLine // each cell's lines
	header bool        // a "+===+" border is under the row
}

// readGrid reads the grid table whose top border is lines[i] and returns
// the lines it is read as and the index of its bottom border; nil if there
// is no grid table there.
func readGrid(lines []srcLine, i int) ([]srcLine, int) {
	cols, ok := gridBorder(lines[i].s)
	if !ok {
		return nil, i
	}
	var rows []gridRow
	var cur *gridRow
	end := -1
	for j := i + 1; j < len(lines); j++ {
		l := lines[j].s
		if b, ok := gridBorder(l); ok {
			if !slices.Equal(b, cols) || cur == nil {
				return nil, i
			}
			cur.header = strings.Contains(l, "=")
			cur, end = nil, j
			continue
		}
		cells, ok := rowCells(l, cols)
		if !ok {
			break
		}
		if cur == nil {
			rows = append(rows, gridRow{cells: make([][]srcLine, len(cells))})
			cur = &rows[len(rows)-1]
		}
		for k, c := range cells {
			cur.cells[k] = append(cur.cells[k], cellLine(c, lines[j].no))
		}
	}
	if end < 0 || cur != nil {
		return nil, i
	}
	// Each cell is a text of its own, wrapped at the cell's width, and
	// may hold a grid table of its own.
	text := make([][][]srcLine, len(rows))
	oneLine := len(cols) > 2 && len(rows) > 1
	for r := range rows {
		text[r] = make([][]srcLine, len(rows[r].cells))
		for k, c := range rows[r].cells {
			c, _ = flattenGrids(c, 0)
			text[r][k] = joinCell(c)
			oneLine = oneLine && len(text[r][k]) <= 1 && (len(text[r][k]) == 0 || !startsBlock(text[r][k][0].s))
		}
	}
	out := readCells(rows, text, oneLine, lines[i].no, lines[end].no, len(cols)-1)
	for k := range out {
		out[k].cell = true
	}
	return out, end
}

// readCells returns the lines a grid table's cells, text, are read as: a
// pipe table if oneLine, with rows' header row for its header, else the
// cells one after another.
func readCells(rows []gridRow, text [][][]srcLine, oneLine bool, first, last, n int) []srcLine {
	var out []srcLine
	if oneLine {
		// A table of data: a pipe table, with the rows above a
		// "+===+" border, or the first, for its header.
		head := 0
		for r := range rows {
			if rows[r].header {
				head = r
			}
		}
		out = append(out, srcLine{s: "", no: first})
		for r := range text {
			cells := make([]string, len(text[r]))
			for k, c := range text[r] {
				if len(c) > 0 {
					cells[k] = c[0].s
				}
			}
			out = append(out, srcLine{s: pipeLine(cells, n), no: rows[r].cells[0][0].no})
			if r == head {
				out = append(out, srcLine{s: pipeDelimiter(n), no: rows[r].cells[0][0].no})
			}
		}
		return append(out, srcLine{s: "", no: last})
	}
	for r := range text {
		for _, c := range text[r] {
			if len(c) == 0 {
				continue
			}
			out = append(out, srcLine{s: "", no: c[0].no})
			out = append(out, c...)
			out = append(out, srcLine{s: "", no: c[len(c)-1].no})
		}
	}
	return out
}

// joinCell joins the lines of a cell's text that pandoc wrapped at the
// cell's width back into the paragraphs they were, with a space between
// two lines. A word longer than the cell pandoc cut where the cell ends,
// and an attribute or a tag with spaces in it is one such word: a line that
// is a word alone and fills the cell goes on with the next with no space,
// and so does every full line of a paragraph most lines of which are full
// (a sidebar's share buttons in a cell seven columns wide, their classes
// cut every seven characters). Blank lines and the lines that start a
// block stay.
func joinCell(lines []srcLine) []srcLine {
	var out []srcLine
	for i := 0; i < len(lines); {
		l := lines[i]
		if strings.TrimSpace(l.s) == "" {
			if len(out) > 0 && out[len(out)-1].s != "" {
				out = append(out, srcLine{s: "", no: l.no})
			}
			i++
			continue
		}
		if startsBlock(l.s) {
			s, j := blockLine(lines, i)
			out = append(out, srcLine{s: s, no: l.no})
			i = j
			continue
		}
		// A paragraph: l and the lines that go on with it.
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j].s) != "" && !startsBlock(lines[j].s) && !endsBlock(lines[j-1].s) {
			j++
		}
		full := 0
		for _, p := range lines[i : j-1] {
			if p.full {
				full++
			}
		}
		cut := full >= 2 && 4*full >= 3*(j-1-i)
		var sb strings.Builder
		for k, p := range lines[i:j] {
			if k > 0 && !cutAt(lines[i+k-1], p, cut) {
				sb.WriteByte(' ')
			}
			sb.WriteString(strings.TrimLeft(p.s, " "))
		}
		out = append(out, srcLine{s: sb.String(), no: l.no})
		i = j
	}
	if n := len(out); n > 0 && out[n-1].s == "" {
		out = out[:n-1]
	}
	return out
}

// blockLine returns the block that starts a cell's line lines[i], with
// the lines that go on with it, and the index of the line after them. A
// heading, or a div's fence whose attributes do not close, is one line
// that pandoc cut where the cell ends: the next lines up to a blank one
// (or a "}") are its rest, with no space between. A list item's text goes
// on in the indented lines under it.
func blockLine(lines []srcLine, i int) (string, int) {
	s := strings.TrimRight(lines[i].s, " ")
	j := i + 1
	goesOn := func() bool {
		return j < len(lines) && strings.TrimSpace(lines[j].s) != "" && !startsBlock(lines[j].s)
	}
	l := classify(s, 0)
	switch {
	case l.kind == lineHeading:
		for ; goesOn(); j++ {
			s += strings.TrimSpace(lines[j].s)
		}
	case strings.HasPrefix(strings.TrimLeft(s, " "), ":::"):
		for open := strings.Contains(s, "{") && !strings.Contains(s, "}"); open && goesOn(); j++ {
			t := strings.TrimSpace(lines[j].s)
			// A quoted value ends its attribute: the next one stood a
			// space after it, which the cell's edge took
			// (`show-send-to-kindle="1"` / `show-print="0"`).
			if strings.HasSuffix(s, `"`) && t[0] != '}' {
				s += " "
			}
			s += t
			open = !strings.Contains(t, "}")
		}
	case l.kind == lineBullet || l.kind == lineNumbered:
		for ; goesOn() && strings.HasPrefix(lines[j].s, " "); j++ {
			s += " " + strings.TrimSpace(lines[j].s)
		}
	}
	return s, j
}

// cutAt reports whether pandoc cut a word between the lines prev and next
// of a cell: prev fills the cell in a paragraph cut at every full line, or
// a word alone on prev goes on with next, a word alone too, and one of
// them fills the cell (pandoc 2 cuts the word's end to fill a line, pandoc
// 3 its start).
func cutAt(prev, next srcLine, cut bool) bool {
	if cut {
		return prev.full
	}
	return (prev.full || next.full) && !strings.Contains(prev.s, " ") && !strings.Contains(strings.TrimLeft(next.s, " "), " ")
}

// startsBlock reports whether l starts a block of its own rather than
// going on with a paragraph: a heading, a list item, a quote, a rule, a
// fence of code or of a div (its attributes maybe cut short), or a line of
// a table.
func startsBlock(l string) bool {
	t := strings.TrimLeft(l, " ")
	if t == "" || t[0] == '|' || t[0] == '+' && (len(t) == 1 || t[1] == '-' || t[1] == '=') || strings.HasPrefix(t, ":::") {
		return true
	}
	if _, ok := OpenFence(l); ok {
		return true
	}
	k := classify(l, 0).kind
	return k != lineText
}

// endsBlock reports whether the paragraph l is a line of ends there: a
// heading, a div's fence or a hard line break.
func endsBlock(l string) bool {
	t := strings.TrimLeft(l, " ")
	return strings.HasPrefix(t, "#") || IsDivFence(t) || strings.HasSuffix(t, "\\")
}

// escapePipes escapes the "|" of s that are not escaped, for a pipe
// table's cell.
func escapePipes(s string) string {
	if !strings.Contains(s, "|") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			sb.WriteByte('\\')
			if i+1 < len(s) {
				i++
				sb.WriteByte(s[i])
			}
			continue
		case '|':
			sb.WriteByte('\\')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
