package document

import (
	"slices"
	"testing"
)

// pandoc's simple and multiline tables, as pandoc 2.17 writes them, are
// read as tables; a table of one column as paragraphs, a row alone as its
// cells. Dashes that only look like a table's stay what they were.
func TestParseDashTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"header", "  Name   Age\n  ------ -----\n  Bob    3\n  Ann    40\n\nAfter.\n",
			[]string{"table row Name | Age", "table row Bob | 3", "table row Ann | 40", "paragraph After."}},
		{"no header", "  ----- ----\n  Bob   3\n  Ann   40\n  ----- ----\n",
			[]string{"table row Bob | 3", "table row Ann | 40"}},
		{"multiline", "  ---------------------------\n  Name    Notes\n  ------- -------------------\n" +
			"  Bob     A long note that\n          wraps\n\n  Ann     short \\| x\n  ---------------------------\n",
			[]string{"table row Name | Notes", "table row Bob | A long note that wraps", "table row Ann | short \\| x"}},
		{"one column", "  ------------------------\n  Copyright 2024 Gazette.\n  ------------------------\n",
			[]string{"paragraph Copyright 2024 Gazette."}},
		{"one row", "  ------------------- --------\n  Riverside Gazette   Log in\n  ------------------- --------\n",
			[]string{"paragraph Riverside Gazette", "paragraph Log in"}},
		{"setext heading", "Title\n-----\n\ntext\n",
			[]string{"heading Title", "paragraph text"}},
		{"rules", "---\n\ntext\n\n---\n", []string{"paragraph text"}},
		{"not closed", "  ----- ----\n  Bob   3\n\nAfter.\n",
			[]string{"paragraph Bob 3", "paragraph After."}},
		// pandoc wraps a page's table in its wrapper's div.
		{"in a div", "Intro.\n\n::: {.table-wrapper}\n  Name   Age\n  ------ -----\n  Bob    3\n  Ann    40\n:::\n",
			[]string{"paragraph Intro.", "table row Name | Age", "table row Bob | 3", "table row Ann | 40"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kindsAndTexts(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("blocks %q, want %q", got, tc.want)
			}
		})
	}
}
