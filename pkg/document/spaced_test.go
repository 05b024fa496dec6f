package document

import (
	"slices"
	"testing"
)

// A text browser's table, its cells set in columns, is read as a table;
// lines whose columns are a list's markers, a form's fields, a page's
// layout or prose stay text.
func TestParseSpacedTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		// w3m centres a header's cells; the widest cell of a column
		// leaves one space before the next.
		{"w3m", "Specs\n\n" +
			"        Feature                 Value\n" +
			"         Brand         Molto\n" +
			"         Power         150 W\n" +
			"Dimensions (h × w × d) 36 × 13 × 22 cm\n\nAfter.\n",
			[]string{"paragraph Specs", "table row Feature | Value", "table row Brand | Molto",
				"table row Power | 150 W", "table row Dimensions (h × w × d) | 36 × 13 × 22 cm", "paragraph After."}},
		// links pads its lines; the words of a header over a narrow
		// column to its right stay one cell.
		{"links", "   Pos. Driver        Points Top 10   \n" +
			"   1    Kyle Busch    5040       27   \n" +
			"   2    Martin Truex  5035       24   \n",
			[]string{"table row Pos. | Driver | Points | Top 10", "table row 1 | Kyle Busch | 5040 | 27",
				"table row 2 | Martin Truex | 5035 | 24"}},
		// A cell the browser wrapped goes on in the line under it,
		// with nothing in the first column.
		{"wrapped cell", "Pos  Player          Stats\n" +
			"CB   Denzel Ward     4 tackles, 1 pass\n" +
			"                     defended\n" +
			"CB   Greedy Williams 6 tackles\n",
			[]string{"table row Pos | Player | Stats", "table row CB | Denzel Ward | 4 tackles, 1 pass defended",
				"table row CB | Greedy Williams | 6 tackles"}},
		// A label the browser wrapped in its column goes on in the
		// line under it, set in from the run's margin, with nothing
		// in the other columns.
		{"wrapped label", "    Display      OLED, 6.7 inches\n" +
			"   Processor     Helion X8 Gen 2\n" +
			"Operating system Android 14\n" +
			" Dimensions and  162 x 75 x 8 mm\n" +
			"     weight\n" +
			"     Price       449 euros\n",
			[]string{"table row Display | OLED, 6.7 inches", "table row Processor | Helion X8 Gen 2",
				"table row Operating system | Android 14", "table row Dimensions and weight | 162 x 75 x 8 mm",
				"table row Price | 449 euros"}},
		// lynx sets a table right under the line that leads into it,
		// and a list right under the table.
		{"under a colon, over a list", "The standings after 36 races:\n" +
			"   Pos. Driver        Points\n" +
			"   1    Kyle Busch    5040\n" +
			"   2    Martin Truex  5035\n" +
			"     * A list item under it\n",
			[]string{"paragraph The standings after 36 races:", "table row Pos. | Driver | Points", "table row 1 | Kyle Busch | 5040",
				"table row 2 | Martin Truex | 5035", "list item A list item under it"}},
		// A product's specifications: short labels, a long value.
		{"long value", "  Processor   Korvane X7 265H\n" +
			"   Memory     16 or 32 GB LPDDR5X\n" +
			"Connectivity  2 x USB-C 4.0, 3.5 mm jack, Wi-Fi 7, Bluetooth 5.4, HDMI 2.1 and SD card reader\n",
			[]string{"table row Processor | Korvane X7 265H", "table row Memory | 16 or 32 GB LPDDR5X",
				"table row Connectivity | 2 x USB-C 4.0, 3.5 mm jack, Wi-Fi 7, Bluetooth 5.4, HDMI 2.1 and SD card reader"}},
		// Where the left column's cells are longer than labels, a
		// long cell is a column of prose.
		{"long cells both sides", "The first column of text  Korvane X7 265H\n" +
			"Goes on for a while here  16 or 32 GB LPDDR5X\n" +
			"And ends in this line     2 x USB-C 4.0, 3.5 mm jack, Wi-Fi 7, Bluetooth 5.4, HDMI 2.1 and SD card reader\n",
			[]string{"paragraph The first column of text Korvane X7 265H"}},
		// w3m centres a table's caption over it, and prints the text
		// of a box under the table with no blank line between.
		{"caption and text under it", "                    Scheda del libro\n" +
			"      Titolo        Il paese delle acque ferme\n" +
			"      Autore        Ottavia Brancalion\n" +
			"      Pagine        312\n" +
			"Acquista su Librerie di Rete. Lanterna riceve una commissione.\n",
			[]string{"paragraph Scheda del libro", "table row Titolo | Il paese delle acque ferme", "table row Autore | Ottavia Brancalion",
				"table row Pagine | 312", "paragraph Acquista su Librerie di Rete. Lanterna riceve una commissione."}},
		// A line set in from the margin is no caption where a blank
		// line is not over it.
		{"indented line in a paragraph", "Intro\n          Set in\nBrand   Molto\nPower   150 W\nWeight  2 kg\n",
			[]string{"paragraph Intro", "paragraph Set in", "paragraph Brand Molto", "paragraph Power 150 W", "paragraph Weight 2 kg"}},
		{"two rows", "Brand   Molto\nPower   150 W\n",
			[]string{"paragraph Brand Molto", "paragraph Power 150 W"}},
		{"list items", "-   one item\n-   two items\n-   three items\n",
			[]string{"list item one item", "list item two items", "list item three items"}},
		{"form fields", "[                    ]\n[                    ]\n[                    ]\n",
			[]string{"paragraph [ ]", "paragraph [ ]", "paragraph [ ]"}},
		// A caption beside a box, each wrapped in its column, is a
		// page's layout.
		{"layout", "  SLS core stage                     Subscribe to our\n" +
			"  The core stage of the first SLS at weekly newsletter\n" +
			"  Assembly Facility after the        ____________\n" +
			"  installation of its engines.       [ Subscribe ]\n",
			[]string{"paragraph SLS core stage Subscribe to our"}},
		// A race's times start in small letters ("à 24 s"), under
		// the winner's time: values alike, no text going on; a
		// team's name fills its column and leaves one space.
		{"times behind the winner", "Rang  Coureur                  Équipe               Temps\n" +
			"1     Théo Lavergne (FRA)      Arvalis–Côte Pourpre 4 h 12 min 37 s\n" +
			"2     Jens Vandermolen (BEL)   Team Nordhaven       à 24 s\n" +
			"3     Lukas Brandstätter (AUT) Alpenwerk Racing     à 1 min 12 s\n",
			[]string{"table row Rang | Coureur | Équipe | Temps", "table row 1 | Théo Lavergne (FRA) | Arvalis–Côte Pourpre | 4 h 12 min 37 s",
				"table row 2 | Jens Vandermolen (BEL) | Team Nordhaven | à 24 s", "table row 3 | Lukas Brandstätter (AUT) | Alpenwerk Racing | à 1 min 12 s"}},
		{"not under a blank line", "Intro\nBrand   Molto\nPower   150 W\nWeight  2 kg\n",
			[]string{"paragraph Intro"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := kindsAndTexts(tc.in)
			if len(tc.want) == 1 && len(got) > 0 {
				// Only the first block is asked.
				got = got[:1]
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("blocks %q, want %q", got, tc.want)
			}
		})
	}
}

// Each row of a table set in columns keeps its source line, a row after a
// cell the browser wrapped too: --explain names the line.
func TestParseSpacedTableLines(t *testing.T) {
	doc := Parse("Pos  Player          Stats\n" +
		"CB   Denzel Ward     4 tackles, 1 pass\n" +
		"                     defended\n" +
		"CB   Greedy Williams 6 tackles\n\nAfter.\n")
	var got []int
	for _, b := range doc.Blocks {
		got = append(got, b.Line)
	}
	if want := []int{1, 2, 4, 6}; !slices.Equal(got, want) {
		t.Errorf("lines %v, want %v (blocks %+v)", got, want, doc.Blocks)
	}
}
