package markdown

import (
	"bytes"
	"slices"
	"strings"

	"github.com/unscrape/unscrape/pkg/document"
)

// writeTable writes the table whose first live row is live[n] as render
// renders it, after a blank line when a block was written before it
// (prev), and returns the index of its last row and the block written
// last. Rows that render as nothing leave no blank line.
func writeTable(buf *bytes.Buffer, doc *document.Document, live []int, n int, prev *document.Block, render func(*document.Document, []int) string) (int, *document.Block) {
	end := document.TableEnd(doc, live, n)
	if t := render(doc, live[n:end]); t != "" {
		if prev != nil {
			buf.WriteByte('\n')
		}
		buf.WriteString(t)
		prev = &doc.Blocks[live[end-1]]
	}
	return end - 1, prev
}

// cells returns the cells of the rows idx and the width of the widest.
func cells(doc *document.Document, idx []int) ([][]string, int) {
	rows := make([][]string, len(idx))
	width := 0
	for r, i := range idx {
		rows[r] = document.SplitCells(doc.Blocks[i].Text)
		width = max(width, len(rows[r]))
	}
	return rows, width
}

// table renders the rows idx as a GitHub-flavoured Markdown pipe table,
// its first row the header, as wide as the widest row (Markdown fills a
// shorter row with empty cells, and drops the cells of a longer row than
// the header), each line ended by a newline. Rows the filters left too
// few to make a table (document.IsTable) are written as paragraphs of
// their cells, as document.Parse reads such a table, and rows without text
// not at all: "" when none has any.
func (o Options) table(doc *document.Document, idx []int) string {
	rows, width := cells(doc, idx)
	var sb strings.Builder
	if !document.IsTable(rows) {
		for r, row := range rows {
			if t := document.RowText(row); t != "" {
				if sb.Len() > 0 {
					sb.WriteByte('\n')
				}
				sb.WriteString(escapeInline(t, o.inlines(&doc.Blocks[idx[r]]), inBlock))
				sb.WriteByte('\n')
			}
		}
		return sb.String()
	}
	align := doc.Blocks[idx[0]].Info
	for len(rows[0]) < width {
		rows[0] = append(rows[0], "")
	}
	for r, row := range rows {
		links, code := placeInCells(row, o.inlines(&doc.Blocks[idx[r]]))
		writeRow(&sb, row, links, code)
		if r == 0 {
			sb.WriteByte('|')
			for k := range row {
				d := delimiters['-']
				if k < len(align) && delimiters[align[k]] != "" {
					d = delimiters[align[k]]
				}
				sb.WriteString(d)
			}
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// delimiters are the delimiter row's cells for each alignment.
var delimiters = map[byte]string{'-': " --- |", 'l': " :-- |", 'c': " :-: |", 'r': " --: |"}

// writeRow writes a row with the links ps and the code spans code placed
// in its cells.
func writeRow(sb *strings.Builder, row []string, ps [][]placed, code [][]span) {
	sb.WriteByte('|')
	for k, c := range row {
		sb.WriteByte(' ')
		sb.WriteString(escapeCell(c, ps[k], code[k]))
		sb.WriteString(" |")
	}
	sb.WriteByte('\n')
}

// escapeCell escapes a cell's text as Escape does and every "|" in it,
// which would end the cell. A "|" after an odd run of backslashes is
// escaped already (Escape escapes one at the start of a text). A cell of
// dashes and colons ("--", ":-") is escaped too: a row of such cells would
// read as a delimiter row, and document.Parse takes the row above one for
// the header of the next table, as html2text writes them.
func escapeCell(c string, ps []placed, code []span) string {
	s := escapePlaced(spacedOutsideCode(c, code), ps, code, inBlock)
	if s != "" && s[0] != '\\' && strings.Trim(s, "-:") == "" && strings.IndexByte(s, '-') >= 0 {
		s = `\` + s
	}
	if strings.IndexByte(s, '|') < 0 {
		return s
	}
	var sb strings.Builder
	run := 0 // backslashes right before
	for i := 0; i < len(s); i++ {
		if s[i] == '|' && run%2 == 0 {
			sb.WriteByte('\\')
		}
		if s[i] == '\\' {
			run++
		} else {
			run = 0
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// spacedOutsideCode returns c with its vertical tabs and form feeds
// outside the code spans code as spaces: a code span a cell cannot hold
// (its "|" would end the cell) is written as text, and the unicode filter
// makes such a space a space in text, as it does when the output is
// cleaned again.
func spacedOutsideCode(c string, code []span) string {
	if strings.IndexAny(c, "\v\f") < 0 {
		return c
	}
	b := []byte(c)
	for i, ch := range b {
		if ch == '\v' || ch == '\f' {
			if !slices.ContainsFunc(code, func(s span) bool { return i >= s.at && i < s.end }) {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// tableText renders the rows idx as plain text: a line per row, its cells
// between " | ", or, too few for a table, a paragraph per row.
func tableText(doc *document.Document, idx []int) string {
	rows, _ := cells(doc, idx)
	table := document.IsTable(rows)
	var sb strings.Builder
	for _, r := range rows {
		t := document.RowText(r)
		if table {
			t = strings.TrimSpace(strings.Join(r, " | "))
		}
		if t == "" {
			continue
		}
		if sb.Len() > 0 && !table {
			sb.WriteByte('\n')
		}
		sb.WriteString(t)
		sb.WriteByte('\n')
	}
	return sb.String()
}
