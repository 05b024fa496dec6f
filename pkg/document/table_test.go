package document

import (
	"slices"
	"testing"
)

type rowBlk struct {
	kind  Kind
	level int
	text  string
	info  string
}

func TestParseTables(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []rowBlk
	}{
		{"html2text: no borders, two trailing spaces", "Pos | Player | Plays  \n---|---|---  \nDL | Larry **Ogunjobi** | 63  \nDL | Myles Garrett | 57  \n  \nAfter.", []rowBlk{
			{TableRow, 0, "Pos | Player | Plays", "---"},
			{TableRow, 1, "DL | Larry Ogunjobi | 63", "---"},
			{TableRow, 2, "DL | Myles Garrett | 57", "---"},
			{Paragraph, 0, "After.", ""}}},
		{"GitHub: borders and alignment", "| Left | Centre | Right | None |\n|:-----|:------:|------:|------|\n| a | b | c | d |", []rowBlk{
			{TableRow, 0, "Left | Centre | Right | None", "lcr-"},
			{TableRow, 1, "a | b | c | d", "lcr-"}}},
		{"escaped pipe and backslash in a cell, link as its text", "| a \\| b | [x](https://x.org) \\\\ |\n|---|---|\n| 1 | 2 |", []rowBlk{
			{TableRow, 0, `a \| b | x \\`, "--"},
			{TableRow, 1, "1 | 2", "--"}}},
		{"rows of their own widths, empty cells kept", "a | b\n---|---\n1 | 2 | 3\n| | x", []rowBlk{
			{TableRow, 0, "a | b", "--"},
			{TableRow, 1, "1 | 2 | 3", "--"},
			{TableRow, 2, "| x", "--"}}},
		{"a line without a pipe ends it", "a | b\n---|---\n1 | 2\nText after.", []rowBlk{
			{TableRow, 0, "a | b", "--"}, {TableRow, 1, "1 | 2", "--"}, {Paragraph, 0, "Text after.", ""}}},
		{"a list item ends it", "a | b\n---|---\n1 | 2\n- item | x", []rowBlk{
			{TableRow, 0, "a | b", "--"}, {TableRow, 1, "1 | 2", "--"}, {ListItem, 0, "item | x", ""}}},
		{"a fence ends it", "a | b\n---|---\n1 | 2\n```a|b\ncode\n```", []rowBlk{
			{TableRow, 0, "a | b", "--"}, {TableRow, 1, "1 | 2", "--"}, {Code, 0, "code", "a|b"}}},
		{"a row over a delimiter row heads the next table", "a | b\n---|---\n1 | 2\nc | d\n---|---\n3 | 4", []rowBlk{
			{TableRow, 0, "a | b", "--"}, {TableRow, 1, "1 | 2", "--"},
			{TableRow, 0, "c | d", "--"}, {TableRow, 1, "3 | 4", "--"}}},
		{"header only: text", "a | b\n---|---\n\nText.", []rowBlk{
			{Paragraph, 0, "a | b", ""}, {Paragraph, 0, "---|---", ""}, {Paragraph, 0, "Text.", ""}}},
		{"one column with text: a layout table, text", "|  |   \n---|---|---  \n| x |", []rowBlk{
			{Paragraph, 0, "| |", ""}, {Paragraph, 0, "---|---|---", ""}, {Paragraph, 0, "| x |", ""}}},
		{"a heading is no header row", "## a | b\n---|---\n1 | 2", []rowBlk{
			{Heading, 2, "a | b", ""}, {Paragraph, 0, "---|---", ""}, {Paragraph, 0, "1 | 2", ""}}},
		{"no pipe in the delimiter: a setext heading, as in GitHub's Markdown", "a | b\n---\n1 | 2", []rowBlk{
			{Heading, 2, "a | b", ""}, {Paragraph, 0, "1 | 2", ""}}},
		{"an escaped pipe is no separator", "a \\| b\n---|---\n1 \\| 2", []rowBlk{
			{Paragraph, 0, "a | b", ""}, {Paragraph, 0, "---|---", ""}, {Paragraph, 0, "1 | 2", ""}}},
		{"a menu with pipes is text", "Home | News | Sport\n\nText.", []rowBlk{
			{Paragraph, 0, "Home | News | Sport", ""}, {Paragraph, 0, "Text.", ""}}},
		{"a browser's copy: cells a tab apart", "Results:\nParty\tVotes\tShare\nSPD\t12.345\t31,2 %\nGrüne\t6.789\t17,1 %\nText.", []rowBlk{
			{Paragraph, 0, "Results:", ""},
			{TableRow, 0, "Party | Votes | Share", "---"},
			{TableRow, 1, "SPD | 12.345 | 31,2 %", "---"},
			{TableRow, 2, "Grüne | 6.789 | 17,1 %", "---"},
			{Paragraph, 0, "Text.", ""}}},
		{"tab rows of other widths, a tab at the edge: text", "a\tb\n1\t2\t3\n\tindented\n\tindented too", []rowBlk{
			{Paragraph, 0, "a b", ""}, {Paragraph, 0, "1 2 3", ""}, {Paragraph, 0, "indented", ""}, {Paragraph, 0, "indented too", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []rowBlk
			for _, b := range Parse(tt.in).Blocks {
				got = append(got, rowBlk{b.Kind, b.Level, b.Text, b.Info})
			}
			sameBlocks(t, got, tt.want)
		})
	}
}

// A table in hard-wrapped text is not joined to the paragraphs around it,
// and its rows do not make the text look wrapped or not.
func TestParseTableInWrappedText(t *testing.T) {
	long := "A line of prose that the wrapper broke at seventy-eight columns, as"
	in := long + "\n" + long + "\n" + long + "\nthe end.\n\nx | y\n---|---\n1 | 2\n" + long + "\n" + long + "\n"
	d := Parse(in)
	var kinds []Kind
	for _, b := range d.Blocks {
		kinds = append(kinds, b.Kind)
	}
	if want := []Kind{Paragraph, TableRow, TableRow, Paragraph}; !slices.Equal(kinds, want) {
		t.Fatalf("kinds %v, want %v", kinds, want)
	}
	if d.Blocks[3].Line != 9 || d.Blocks[1].Line != 6 || d.Blocks[2].Line != 8 {
		t.Errorf("lines %d, %d, %d, want 6, 8, 9", d.Blocks[1].Line, d.Blocks[2].Line, d.Blocks[3].Line)
	}
}

func TestCells(t *testing.T) {
	for _, cells := range [][]string{
		{"a", "b"},
		{"", "x", ""},
		{`a|b`, `c\`, `\|`, `\\`},
		{"", ""},
		{"|", "|"},
		{"", "", ""},
	} {
		text := JoinCells(cells)
		if got := SplitCells(text); !slices.Equal(got, cells) {
			t.Errorf("SplitCells(JoinCells(%q)) = %q (text %q)", cells, got, text)
		}
	}
	if got := JoinCells([]string{""}); got != "|" {
		t.Errorf("JoinCells of one empty cell = %q, want %q", got, "|")
	}
	// Space around the separators does not matter: the unicode filter
	// folds a row's white space.
	if got, want := SplitCells("| x  |y|"), []string{"", "x", "y", ""}; !slices.Equal(got, want) {
		t.Errorf("SplitCells = %q, want %q", got, want)
	}
}

func TestIsTable(t *testing.T) {
	for _, tt := range []struct {
		rows [][]string
		want bool
	}{
		{[][]string{{"a", "b"}, {"1", "2"}}, true},
		{[][]string{{"a", ""}, {"", "2"}}, true},
		{[][]string{{"a", "b"}}, false},
		{[][]string{{"a", ""}, {"b", ""}}, false},
		{[][]string{{"", "", ""}, {"", "", "x"}}, false},
		{[][]string{{"a"}, {"b", "c"}}, true},
		{[][]string{{"", "", "a"}, {"", "", "b", ""}}, false},
		{nil, false},
	} {
		if got := IsTable(tt.rows); got != tt.want {
			t.Errorf("IsTable(%q) = %v, want %v", tt.rows, got, tt.want)
		}
	}
}
