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
// figures without such columns stay lines.
func TestStructureCellTables(t *testing.T) {
	para := "The county council on Tuesday approved new bus fares that will take effect in January.\n\n"
	cells := func(cs ...string) string { return strings.Join(cs, "\n\n") + "\n\n" }
	header := cells("Ticket", "Now", "From January")
	rows := cells("Single", "£2.00", "£2.30", "Day ticket", "£5.50", "£6.00", "Weekly pass", "£18.00", "£19.50")
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
