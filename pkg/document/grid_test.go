package document

import (
	"slices"
	"strings"
	"testing"
)

// A grid table is read cell by cell, row by row and left to right, each
// cell's lines joined into the paragraphs pandoc wrapped at its width, a
// table in a cell too; a table of one-line cells is a table. The lines of
// a cell and of the text around it are never joined to one another, and
// each block keeps the number of the line it starts on.
func TestParseGridTables(t *testing.T) {
	in := "# Ferry\n\n" +
		"+------------------------+------------------------+\n" +
		"| The council voted on   | -   Home               |\n" +
		"| Tuesday evening to     | -   News               |\n" +
		"| keep the night ferry   |                        |\n" +
		"| running through the    | +---------+---------+  |\n" +
		"| winter.                | | Inner   | Other   |  |\n" +
		"|                        | | cell    |         |  |\n" +
		"| It reverses a decision | | text    | two     |  |\n" +
		"| taken in September.    | +---------+---------+  |\n" +
		"+------------------------+------------------------+\n" +
		"| Supercalifra           | ::: note               |\n" +
		"| gilisticexpialidocious | Seven                  |\n" +
		"| is long                | :::                    |\n" +
		"+------------------------+------------------------+\n" +
		"After the table.\n\n" +
		"+------------+-----+\n" +
		"| Name       | Age |\n" +
		"+============+=====+\n" +
		"| Bob \\| Jr  | 3   |\n" +
		"+------------+-----+\n" +
		"| Ann        | 40  |\n" +
		"+------------+-----+\n"
	got := kindsAndTexts(in)
	want := []string{
		"heading Ferry",
		"paragraph The council voted on Tuesday evening to keep the night ferry running through the winter.",
		"paragraph It reverses a decision taken in September.",
		"list item Home", "list item News",
		"paragraph Inner cell text", "paragraph Other", "paragraph two",
		"paragraph Supercalifragilisticexpialidocious is long",
		"paragraph Seven",
		"paragraph After the table.",
		"table row Name | Age", "table row Bob \\| Jr | 3", "table row Ann | 40",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("blocks\n%q, want\n%q", got, want)
	}
	lines := []int{1, 4, 10, 4, 5, 8, 8, 10, 13, 14, 17, 20, 22, 24}
	for i, b := range Parse(in).Blocks {
		if b.Line != lines[i] {
			t.Errorf("%q: line %d, want %d", b.Text, b.Line, lines[i])
		}
	}
}

// A sidebar's cell seven columns wide: pandoc cut its classes where the
// cell ends, spaces and all, and a paragraph most of whose lines fill the
// cell is joined without spaces but where a line ends short.
func TestParseGridTableCutCell(t *testing.T) {
	in := "+---------+\n" +
		"| ig-butt |\n" +
		"| on-cont |\n" +
		"| ainer . |\n" +
		"| gig-but |\n" +
		"| ton     |\n" +
		"+---------+\n"
	d := Parse(in)
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "ig-button-container .gig-button" {
		t.Errorf("blocks %+v, want one, %q", d.Blocks, "ig-button-container .gig-button")
	}
}

// What only looks like a grid table stays as it is: a frame whose rows
// do not meet its columns, a frame not closed.
func TestParseGridTableNot(t *testing.T) {
	for _, in := range []string{
		"+----+----+\n| a  |  b |  |\n+----+----+\n",
		"+----+----+\n| a  | b  |\n",
		"+----+\nPrice +-5%\n",
	} {
		d := Parse(in)
		var got []string
		for _, b := range d.Blocks {
			got = append(got, b.Text)
		}
		var want []string
		for _, l := range strings.Split(strings.TrimSpace(in), "\n") {
			want = append(want, strings.Join(strings.Fields(l), " "))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: blocks %q, want the lines", in, got)
		}
	}
}

// What pandoc cannot wrap in a cell it cuts where the cell ends: a
// heading, a div's attributes (and the space after a quoted value, at the
// cell's edge, goes with the rest of the line). A list item's text it may set under its
// marker. Each is read back as one line.
func TestParseGridTableCutBlocks(t *testing.T) {
	in := "+-----------------------+-----------------------+\n" +
		"| -                     | ::: {.share-bu        |\n" +
		"|   [Weather](/weather) | ttons-container}      |\n" +
		"| -   [Sport](/sport)   | Share                 |\n" +
		"|                       | :::                   |\n" +
		"|                       |                       |\n" +
		"|                       | ::: {.reader show-rea |\n" +
		"|                       | d=\"1\"                 |\n" +
		"|                       | show-print=\"0\"}       |\n" +
		"|                       | :::                   |\n" +
		"|                       |                       |\n" +
		"|                       | # Harbour ferr        |\n" +
		"|                       | y kept for the winter |\n" +
		"+-----------------------+-----------------------+\n"
	got := kindsAndTexts(in)
	want := []string{"list item Weather", "list item Sport", "paragraph Share", "heading Harbour ferry kept for the winter"}
	if !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}
