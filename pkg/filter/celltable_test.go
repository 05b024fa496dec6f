package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// A table printed a cell a line (turndown without its tables plugin) is
// read back into its rows: a header without figures over rows whose
// columns hold figures in every cell or in none. Menus, lists and runs of
// figures without such columns stay lines. So is a table of labels and
// their values under a section's heading, the values mostly figures.
func TestStructureCellTables(t *testing.T) {
	para := "The county council on Tuesday approved new bus fares that will take effect in January.\n\n"
	cells := func(cs ...string) string { return strings.Join(cs, "\n\n") + "\n\n" }
	header := cells("Ticket", "Now", "From January")
	rows := cells("Single", "£2.00", "£2.30", "Day ticket", "£5.50", "£6.00", "Weekly pass", "£18.00", "£19.50")
	specs := cells("Type", "Wireless over-ear headphones", "Weight", "238 g", "Battery life", "Up to 45 hours", "Bluetooth", "5.3, multipoint", "Price", "£249")
	for _, tc := range []struct {
		name, in string
		want     []string // the texts of the table's rows
	}{
		{"table", para + header + rows + para, []string{"Ticket | Now | From January", "Single | £2.00 | £2.30", "Day ticket | £5.50 | £6.00", "Weekly pass | £18.00 | £19.50"}},
		// The table ends where a cell breaks its columns' kinds.
		{"a line after the table", para + header + rows + cells("Source: council", "Prices in pounds") + para,
			[]string{"Ticket | Now | From January", "Single | £2.00 | £2.30", "Day ticket | £5.50 | £6.00", "Weekly pass | £18.00 | £19.50"}},
		{"figures only, one column", para + cells("Year", "Sales", "2021", "£3m", "2022", "£4m", "2023", "£5m") + para,
			[]string{"Year | Sales", "2021 | £3m", "2022 | £4m", "2023 | £5m"}},
		{"two rows are too few", para + header + cells("Single", "£2.00", "£2.30", "Day ticket", "£5.50", "£6.00") + para, nil},
		{"a menu", para + cells("Home", "News", "Sport", "Business", "Opinion", "Life", "Obituaries", "Contact") + para, nil},
		{"a header with a figure", para + cells("Ticket", "2025", "2026") + rows + para, nil},
		// Without a header, labels and their values, a section's.
		{"labels and values", para + "## Specifications\n\n" + specs + para,
			[]string{"Type | Wireless over-ear headphones", "Weight | 238 g", "Battery life | Up to 45 hours", "Bluetooth | 5.3, multipoint", "Price | £249"}},
		{"labels and values under no heading", para + specs + para, nil},
		{"values without figures", para + "## Team\n\n" + cells("Editor", "Jane Doe", "Reporter", "Sam Roe", "Photos", "Ann Poe", "Design", "Bo Lee", "Web", "Kim Park") + para, nil},
	} {
		doc := run(t, "en", tc.in, "structure")
		var got []string
		for _, b := range doc.Blocks {
			if b.Kind == document.TableRow && !b.Dropped {
				got = append(got, b.Text)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: rows %q, want %q", tc.name, got, tc.want)
		}
	}
}

// pairTable counts the rows of labels and values: a menu's items over the
// numbers lynx gives their links are none.
func TestPairTable(t *testing.T) {
	blocks := func(texts ...string) []document.Block {
		bs := make([]document.Block, len(texts))
		for i, s := range texts {
			bs[i] = document.Block{Kind: document.Paragraph, Text: s}
		}
		return bs
	}
	for _, tc := range []struct {
		name  string
		cells []document.Block
		want  int
	}{
		{"specifications", blocks("Type", "Wireless", "Weight", "238 g", "Battery life", "45 hours", "Bluetooth", "5.3", "Price", "£249", "A line after it."), 5},
		{"a menu's links' numbers", blocks("Latest Sports", "[8]", "Lions", "[9]", "Tigers", "[10]", "Pistons", "[11]", "Red Wings", "[12]"), 0},
		{"a label twice", blocks("Weight", "238 g", "Price", "£249", "Weight", "240 g", "Price", "£259"), 0},
		{"labels with figures", blocks("2021", "£3m", "2022", "£4m", "2023", "£5m", "2024", "£6m"), 0},
	} {
		if got := pairTable(tc.cells); got != tc.want {
			t.Errorf("%s: %d rows, want %d", tc.name, got, tc.want)
		}
	}
}
