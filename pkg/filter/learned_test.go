package filter

import (
	"slices"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/rule"
)

func rules(t *testing.T, origin string, texts ...string) []rule.Rule {
	t.Helper()
	var out []rule.Rule
	for _, s := range texts {
		r, err := rule.Parse(s, origin)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestLearned(t *testing.T) {
	lines := []string{
		"Harbour ferry returns",
		"The ferry runs again from Monday, the council said.",
		"Support the Harbour Herald with a small monthly donation.",
		"Updated 12 March 2025, 14:05",
		"Tickets cost the same as before.",
	}
	tests := []struct {
		name       string
		drop, keep []string
		// want holds, per line, the reason it was dropped, "kept", or "".
		want []string
	}{
		{
			name: "no rules",
			want: []string{"", "", "", "", ""},
		},
		{
			name: "literal after folding, regex",
			drop: []string{"support the harbour  herald with a small monthly DONATION.", `/^Updated \d+ \w+ \d{4}/`},
			want: []string{"", "",
				`drop rule "support the harbour  herald with a small monthly DONATION." (c.yaml:1)`,
				`drop rule /^Updated \d+ \w+ \d{4}/ (c.yaml:1)`, ""},
		},
		{
			name: "keep wins over drop",
			drop: []string{"/ferry/"},
			keep: []string{"/returns$/"},
			want: []string{"kept", `drop rule /ferry/ (c.yaml:1)`, "", "", ""},
		},
		{
			name: "a regex is not anchored unless written so",
			drop: []string{"/cost/"},
			want: []string{"", "", "", "", `drop rule /cost/ (c.yaml:1)`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &document.Document{}
			for i, s := range lines {
				doc.Blocks = append(doc.Blocks, document.Block{Text: s, Line: i + 1})
			}
			f, err := newLearned(Options{Rules: Rules{Drop: rules(t, "c.yaml:1", tt.drop...), Keep: rules(t, "c.yaml:1", tt.keep...)}})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.Apply(doc); err != nil {
				t.Fatal(err)
			}
			for i, b := range doc.Blocks {
				got := ""
				switch {
				case b.Kept:
					got = "kept"
				case b.Dropped:
					got = b.Notes[0].Reason
					if b.Notes[0].Filter != LearnedName {
						t.Errorf("line %d dropped by %q", i+1, b.Notes[0].Filter)
					}
				}
				if got != tt.want[i] {
					t.Errorf("line %d %q: got %q, want %q", i+1, b.Text, got, tt.want[i])
				}
			}
		})
	}
}

// TestKeptBlockStays: a kept block survives every later filter's drop.
func TestKeptBlockStays(t *testing.T) {
	b := document.Block{Text: "Share this article"}
	b.Kept = true
	b.Drop("boilerplate", "share button")
	if b.Dropped || len(b.Notes) != 0 {
		t.Errorf("kept block was dropped: %+v", b)
	}
}

// TestLearnedBeforeTitle: a site line above every headline is dropped
// before structure takes the first line as the title.
func TestLearnedBeforeTitle(t *testing.T) {
	doc := document.Parse("Harbour Herald - news from the coast\n\nFerry returns after two years\n\nThe ferry between the old harbour and the island runs again from Monday.\n")
	names, err := Select(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPipeline(names, Options{Rules: Rules{Drop: rules(t, "", "harbour herald - NEWS from the coast")}})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Title != "Ferry returns after two years" {
		t.Errorf("title = %q, want the headline", doc.Meta.Title)
	}
}

func TestBefore(t *testing.T) {
	got := Before(LearnedName)
	if !slices.Equal(got, []string{"unicode"}) {
		t.Errorf("Before(learned) = %v, want [unicode]", got)
	}
	if Before("no such filter") != nil {
		t.Error("Before(unknown) is not nil")
	}
}
