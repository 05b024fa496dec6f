package document

import (
	"strings"
)

// Tables.
//
// html2text writes an HTML table as a GitHub-flavoured Markdown pipe table
// ("Pos | Player | Plays", "---|---|---", a line per row), and so do people
// writing Markdown. Read as text, its rows became paragraphs, the
// delimiter row vanished as a line of symbols, and the content filter
// weighed a stats table as so many bad lines (digits, no stopwords) and
// cut the article at it. So a pipe table is read as what it is: one
// TableRow block per row, which the filters judge one by one (a row is a
// scraped line), and which the renderer writes back as a table.
//
// A row's Text is its cells, each as inline text, joined by " | ", a "|"
// or "\" in a cell escaped with a backslash: filters read the words of the
// row, and may repair its characters, without knowing about cells; the
// renderer splits it again (SplitCells). Level is the row's index in its
// table, 0 for the header row, so that two tables one after the other stay
// two. Info holds the columns' alignment, one byte each: 'l', 'c', 'r' or
// '-' (none).
//
// html2text also lays pages out with tables: rows of empty cells, a menu in
// one cell, a list item in another. A "table" that has fewer than two rows,
// or fewer than two columns with any text, is no table, and its lines are
// read as any others. Rows the filters leave too few for a table are
// paragraphs, their cells one space apart (RowText): the structure filter
// makes them so when the pipeline settles, and the renderer writes them so
// where it did not run.

// JoinCells returns the Text of a table row with the given cells. A row
// of empty cells is "|" (two of them), since a block has text.
func JoinCells(cells []string) string {
	var sb strings.Builder
	for i, c := range cells {
		if i > 0 {
			sb.WriteString(" | ")
		}
		for j := 0; j < len(c); j++ {
			if c[j] == '|' || c[j] == '\\' {
				sb.WriteByte('\\')
			}
			sb.WriteByte(c[j])
		}
	}
	if t := strings.TrimSpace(sb.String()); t != "" {
		return t
	}
	return "|"
}

// pipeLine returns the line of a pipe table that has cells, the raw text
// of each (a "|" in it is escaped), padded with empty cells to n.
func pipeLine(cells []string, n int) string {
	var sb strings.Builder
	for k := range max(n, len(cells)) {
		sb.WriteString("| ")
		if k < len(cells) {
			sb.WriteString(escapePipes(cells[k]))
		}
		sb.WriteByte(' ')
	}
	sb.WriteByte('|')
	return sb.String()
}

// pipeDelimiter returns the delimiter row of a pipe table of n columns.
func pipeDelimiter(n int) string { return strings.Repeat("| --- ", n) + "|" }

// MapCells returns the Text of a table row whose cells are f of the cells
// of text. A filter that rewrites characters does so cell by cell: what
// it reads in one cell must not depend on the separator or the next cell,
// since the renderer widens a header by empty cells the next run reads.
func MapCells(text string, f func(string) string) string {
	cells := SplitCells(text)
	for k, c := range cells {
		cells[k] = f(c)
	}
	return JoinCells(cells)
}

// SplitCells returns the cells of a table row's Text, trimmed. Space
// around the separators does not matter, so a filter that folds the
// row's white space keeps its cells.
func SplitCells(text string) []string {
	var cells []string
	var sb strings.Builder
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\\' && i+1 < len(text):
			i++
			sb.WriteByte(text[i])
		case c == '|':
			cells = append(cells, strings.TrimSpace(sb.String()))
			sb.Reset()
		default:
			sb.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(sb.String()))
}

// RowText is a row of a table that is none (see IsTable) as a line of
// text: its cells with text, one space apart.
func RowText(cells []string) string {
	var sb strings.Builder
	for _, c := range cells {
		if c == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(c)
	}
	return sb.String()
}

// IsTable reports whether rows, the cells of each, make a table: two rows
// or more, and two columns or more with text in some row. One pass over
// the cells: the rows of a table from the wild differ in width.
func IsTable(rows [][]string) bool {
	if len(rows) < 2 {
		return false
	}
	first := -1 // the first column seen with text
	for _, r := range rows {
		for col, c := range r {
			if c == "" || col == first {
				continue
			}
			if first >= 0 {
				return true
			}
			first = col
		}
	}
	return false
}

// TableEnd returns the end of the table whose first live row is live[n]:
// the rows after it up to the first block that is not a row or is a row of
// the next table (its index in its table no greater than the row before).
func TableEnd(d *Document, live []int, n int) int {
	end := n + 1
	for end < len(live) {
		b, prev := &d.Blocks[live[end]], &d.Blocks[live[end-1]]
		if b.Kind != TableRow || b.Level <= prev.Level {
			break
		}
		end++
	}
	return end
}

// tableRows reads the pipe table whose header row is lines[i], if there
// is one, and returns its rows (source cells, not yet inline text), its
// alignment and the index of its last line. The header and body rows are
// lines of text (not headings, list items or quotes, which end a table as
// they do in GitHub's Markdown) with a "|" not escaped; the delimiter row
// under the header is cells of dashes, a colon at either end for the
// alignment. A body row followed by a delimiter row is the header of the
// next table, as html2text writes one-row layout tables one after another;
// a fenced code block (code, the ones not yet passed) ends a table too.
func tableRows(lines []string, i int, code []span) (rows [][]string, align string, last int) {
	// Most lines have no "|": that is asked first.
	if i+1 >= len(lines) || !hasPipe(lines[i]) {
		return nil, "", 0
	}
	align, ok := delimiterRow(lines[i+1])
	if !ok || !pipeRow(lines[i]) {
		return nil, "", 0
	}
	rows = [][]string{sourceCells(lines[i])}
	last = i + 1
	for j := i + 2; j < len(lines); j++ {
		if len(code) > 0 && code[0].open == j || !pipeRow(lines[j]) {
			break
		}
		if j+1 < len(lines) {
			if _, next := delimiterRow(lines[j+1]); next {
				break
			}
		}
		rows = append(rows, sourceCells(lines[j]))
		last = j
	}
	return rows, align, last
}

// tabRows reads the table whose first row is lines[i] as a browser copies
// a table's text (innerText, a table pasted from a page): a line a row,
// its cells one tab apart. Two rows or more, one under the other, with as
// many cells each, two or more; a tab at a line's edge is indentation. It
// returns the rows' cells and the index of the last, or nil.
func tabRows(lines []string, i int, code []span) (rows [][]string, last int) {
	// Every line of a text with a tab is asked, and few have one between
	// cells: that is asked first, and cells are cut only for a table.
	width := func(l string) int {
		if strings.IndexByte(l, '\t') < 0 {
			return 0
		}
		l = strings.Trim(l, " \t")
		if n := strings.Count(l, "\t"); n > 0 && classify(l, 0).kind == lineText {
			return n + 1
		}
		return 0
	}
	n := width(lines[i])
	if n == 0 {
		return nil, 0
	}
	last = i
	for j := i + 1; j < len(lines) && !(len(code) > 0 && code[0].open == j) && width(lines[j]) == n; j++ {
		last = j
	}
	if last == i {
		return nil, 0
	}
	for _, l := range lines[i : last+1] {
		cells := strings.Split(strings.Trim(l, " \t"), "\t")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		rows = append(rows, cells)
	}
	return rows, last
}

// pipeRow reports whether line can be a row of a table: a line of text
// with a "|" that is not escaped.
func pipeRow(line string) bool {
	return hasPipe(line) && classify(line, 0).kind == lineText
}

// hasPipe reports whether s has a "|" not escaped by a backslash.
func hasPipe(s string) bool {
	// Every line is asked, and most have no "|" at all.
	return strings.IndexByte(s, '|') >= 0 && unescaped(s, '|') >= 0
}

// sourceCells splits a row as written: a "|" at either end is a border,
// not a separator, and "\|" is a "|" in a cell.
func sourceCells(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !escapedAt(t, len(t)-1) {
		t = t[:len(t)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, strings.TrimSpace(t[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(t[start:]))
}

// escapedAt reports whether s[i] follows an odd run of backslashes.
func escapedAt(s string, i int) bool {
	n := 0
	for i-n-1 >= 0 && s[i-n-1] == '\\' {
		n++
	}
	return n%2 == 1
}

// delimiterRow reports whether line is the delimiter row of a table, and
// returns the alignment of its columns. It must have a "|": "---" alone is
// a thematic break.
func delimiterRow(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if t == "" || strings.IndexByte(t, '|') < 0 || strings.IndexByte(t, '-') < 0 {
		return "", false
	}
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	align := make([]byte, 0, 8)
	for cell := range strings.SplitSeq(t, "|") {
		cell = strings.TrimSpace(cell)
		left, right := strings.HasPrefix(cell, ":"), strings.HasSuffix(cell, ":")
		dashes := strings.TrimSuffix(strings.TrimPrefix(cell, ":"), ":")
		if dashes == "" || strings.Trim(dashes, "-") != "" {
			return "", false
		}
		switch {
		case left && right:
			align = append(align, 'c')
		case left:
			align = append(align, 'l')
		case right:
			align = append(align, 'r')
		default:
			align = append(align, '-')
		}
	}
	return string(align), true
}

// caption reports whether lines[k] is a table's caption as a text
// browser prints it: one cell under a blank line, set in from the margin
// (centred), or a few words that end no sentence ("Euríbor a 12 meses,
// media mensual (%)", elinks). Only the line under it, in columns, tells it
// from a paragraph's line.
func (p *parser) caption(lines []string, k int) bool {
	if k < 0 || k > 0 && p.lines[k-1].kind != lineBlank || innerGap(lines[k]) {
		return false
	}
	t := strings.TrimSpace(lines[k])
	return p.lines[k].indent >= minCaptionIndent || Words(t) <= maxCaptionWords && !endsWithStop(t)
}

// underCaption reports whether lines[i], in columns, stands under a
// table's caption (see caption). Most lines stand in a paragraph, under a
// line under another: the blank line over the caption is asked first.
func (p *parser) underCaption(lines []string, i int) bool {
	return i >= 1 && (i == 1 || p.lines[i-2].kind == lineBlank) && innerGap(lines[i]) && p.caption(lines, i-1)
}

// minCaptionIndent: a caption centred over a table stands this far in, as
// no paragraph's first line does; maxCaptionWords bounds one at the
// margin.
const (
	minCaptionIndent = 8
	maxCaptionWords  = 12
)

// table marks the lines of the table whose header is lines[i], if there
// is one, and returns the index of its last line, or -1. The lines of a
// layout table (see IsTable) are left to be read as text, as they were
// before unscrape knew tables: a row of empty cells, dropped as symbols,
// is evidence of a page's furniture to the content filter.
func (p *parser) table(lines []string, i int, code []span) int {
	rows, align, last := tableRows(lines, i, code)
	// undelimited: a table without a delimiter row; at: the line of
	// each row, where a row may take more than one.
	undelimited, spaced := false, false
	var at []int
	if rows == nil {
		// A table without a delimiter row: its cells apart by tabs or
		// set in columns.
		if p.tabs {
			rows, last = tabRows(lines, i, code)
		}
		// Such a table starts after a blank line, or a line that
		// leads into it with its colon ("… após 36 etapas:"): asked of
		// the line above, which is read already, most lines are no
		// table's first without a look at their text.
		// Or under its caption, which a text browser centres over it
		// ("Scheda del libro").
		if rows == nil && (i == 0 || p.lines[i-1].kind == lineBlank || strings.HasSuffix(p.lines[i-1].raw, ":") || p.underCaption(lines, i)) {
			rows, at, last = spacedRows(lines, i, code)
			spaced = rows != nil
		}
		if rows == nil {
			return -1
		}
		undelimited, align = true, strings.Repeat("-", len(rows[0]))
	}
	texts := make([][]string, len(rows))
	links := make([][]Link, len(rows))
	spans := make([][]CodeSpan, len(rows))
	for r, cells := range rows {
		texts[r] = make([]string, len(cells))
		for k, c := range cells {
			var ls []Link
			var cs []CodeSpan
			texts[r][k], ls, cs = inline(c, syntax{markdown: !undelimited || p.markdown, refs: p.refs})
			// As JoinCells and SplitCells trim a cell: a vertical tab
			// is no space to the inline reader.
			texts[r][k] = strings.TrimSpace(texts[r][k])
			// Offsets are the cell's; the renderer finds the text in
			// its cell.
			for _, l := range ls {
				l.At = -1
				links[r] = append(links[r], l)
			}
			for _, sp := range cs {
				sp.At = -1
				spans[r] = append(spans[r], sp)
			}
		}
	}
	if !IsTable(texts) {
		return -1
	}
	// A text browser sets a table in columns: its text is no Markdown
	// for that.
	p.markdown = p.markdown || !spaced
	if !undelimited {
		p.lines[i+1] = line{kind: linePart, no: i + 2}
	}
	for j := i + 1; at != nil && j <= last; j++ {
		// A line that goes on with the cells of the row above.
		p.lines[j] = line{kind: linePart, no: j + 1}
	}
	// The rows keep their widths: the renderer widens the header to
	// the widest row, and Markdown fills the shorter rows with empty
	// cells. Widening every row would make a table of one long row and
	// many short ones the square of its size.
	for r, cells := range texts {
		j := i + r
		switch {
		case at != nil:
			j = at[r]
		case !undelimited && r > 0:
			j++ // the delimiter row is under the header
		}
		p.lines[j] = line{kind: lineTable, no: j + 1, level: r, raw: JoinCells(cells), full: align, links: links[r], code: spans[r]}
	}
	return last
}
