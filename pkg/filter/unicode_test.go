package filter

import (
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

func TestUnicodeFilter(t *testing.T) {
	tests := []struct {
		in, want, reason string
		drop             bool
	}{
		{"Ã¼ber MÃ¼nchen", "über München", "mojibake", false},
		{"Fish &amp; Chips\u00A0 ", "Fish & Chips", "HTML entities, spaces", false},
		{"Eﬀekt", "Effekt", "ligatures", false},
		{"ＡＢＣ", "ABC", "full-width", false},
		{"Cafe\u0301", "Café", "NFC", false},
		{"clean text", "clean text", "", false},
		{"\u200B\u00AD ", "", "spaces", true},
	}
	for _, tt := range tests {
		doc := &document.Document{Blocks: []document.Block{{Text: tt.in, Line: 1}}}
		f, err := newFilter(t, "unicode", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Apply(doc); err != nil {
			t.Fatal(err)
		}
		b := doc.Blocks[0]
		if b.Text != tt.want || b.Dropped != tt.drop {
			t.Errorf("unicode(%q) = %q dropped=%v, want %q dropped=%v", tt.in, b.Text, b.Dropped, tt.want, tt.drop)
		}
		if tt.reason == "" {
			if len(b.Notes) != 0 {
				t.Errorf("unicode(%q) left notes %v on a clean block", tt.in, b.Notes)
			}
			continue
		}
		if len(b.Notes) == 0 || b.Notes[0].Reason != tt.reason || b.Notes[0].Before != tt.in {
			t.Errorf("unicode(%q) notes = %+v, want reason %q", tt.in, b.Notes, tt.reason)
		}
	}
}

// TestUnicodeFilterSkipsDropped: a block another filter dropped is not
// touched.
func TestUnicodeFilterSkipsDropped(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{{Text: "Ã¼", Dropped: true}}}
	f, err := newFilter(t, "unicode", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Apply(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Blocks[0].Text != "Ã¼" {
		t.Errorf("dropped block changed to %q", doc.Blocks[0].Text)
	}
}

// newFilter builds one registered filter by name.
func newFilter(t *testing.T, name string, opts Options) (Applier, error) {
	t.Helper()
	s, ok := Lookup(name)
	if !ok {
		t.Fatalf("filter %q is not registered", name)
	}
	return s.New(opts)
}

// TestUnicodeSettlesCaptionWithCredit: a repair that spans the space
// between a caption and its credit, as they are printed, makes them one
// caption, as a second run reads it (FuzzClean found it).
func TestUnicodeSettlesCaptionWithCredit(t *testing.T) {
	p, err := NewPipeline([]string{"unicode"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &document.Document{Blocks: []document.Block{
		{Kind: document.Caption, Text: "Ã", Credit: "¶n kö AP"},
		{Kind: document.Caption, Text: "Blick auf die Altstadt", Credit: "Foto: dpa"},
	}}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
	if b := doc.Blocks[0]; b.Text != "à¶n kö AP" || b.Credit != "" {
		t.Errorf("joined repair: %q + %q", b.Text, b.Credit)
	}
	if b := doc.Blocks[1]; b.Text != "Blick auf die Altstadt" || b.Credit != "Foto: dpa" {
		t.Errorf("caption without repair changed: %q + %q", b.Text, b.Credit)
	}
}

// A table row is repaired cell by cell: an entity that decodes to the
// separator stays in its cell.
func TestUnicodeRepairsARowByCell(t *testing.T) {
	doc := run(t, "", "a | b\n---|---\nx &#124; y | Ã¼ber\nw | v\n", "unicode")
	b := doc.Blocks[1]
	if got := document.SplitCells(b.Text); len(got) != 2 || got[0] != "x | y" || got[1] != "über" {
		t.Errorf("cells %q, want [x | y] [über]", got)
	}
	if n := b.Notes; len(n) != 1 || n[0].Reason != "HTML entities, mojibake" {
		t.Errorf("notes %+v, want one naming both repairs", n)
	}
	if len(doc.Blocks[2].Notes) != 0 {
		t.Errorf("a clean row got notes %+v", doc.Blocks[2].Notes)
	}
}

// A code span is the source's to the letter: the text around it is
// repaired, a space kept on either side of it, and it is not.
func TestUnicodeFilterLeavesCode(t *testing.T) {
	para := func(s string) document.Block { return document.Parse(s).Blocks[0] }
	for _, tc := range []struct {
		b    document.Block
		want string
	}{
		{para("See  `a  b`  and `&amp;` &amp;\u00A0`x` "), "See `a  b` and `&amp;` & `x`"},
		{para("`a&amp;` `b`\u00A0\u200B `c`"), "`a&amp;` `b` `c`"},
		{para("\u200B `a`x&amp;"), "`a`x&"},
		// In a table's cells, each on its own.
		{document.Block{Kind: document.TableRow, Text: "`x  y` | &amp; `z`",
			CodeSpans: []document.CodeSpan{{Text: "`x  y`", At: -1}, {Text: "`z`", At: -1}}}, "`x  y` | & `z`"},
	} {
		in := tc.b.Text
		if len(tc.b.CodeSpans) == 0 {
			t.Fatalf("%q: no code read", in)
		}
		doc := &document.Document{Blocks: []document.Block{tc.b}}
		f, err := newFilter(t, "unicode", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Apply(doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Blocks[0].Text; got != tc.want {
			t.Errorf("unicode(%q) = %q, want %q", in, got, tc.want)
		}
	}
}
