package document

import (
	"strings"
	"testing"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		in, fm string
		first  string // text of the first block
	}{
		{"---\ntitle: A\nlanguage: de\n---\n\n# A\n", "title: A\nlanguage: de\n", "A"},
		{"---\ncredits:\n  - dpa\n...\nText\n", "credits:\n  - dpa\n", "Text"},
		// A rule and prose are not front matter.
		{"---\nEin Satz, der kein YAML ist.\n---\nText\n", "", "Ein Satz, der kein YAML ist."},
		{"---\ntitle: never closed\n", "", "title: never closed"},
		{"---\n# a comment\n\ntitle: A\n  # indented\n---\nText\n", "# a comment\n\ntitle: A\n  # indented\n", "Text"},
		// The first key starts its line: written back, an indented
		// mapping's keys would not look like YAML (FuzzClean found
		// " :: ", written back as "':':").
		{"---\n :: \n---\nText\n", "", "::"},
		{"---\n a b: c\n---\nText\n", "", "a b: c"},
		// Keys the YAML encoder quotes.
		{"---\n'-': x\n\"a\\\"b\": y\n'it''s': z\n---\nText\n", "'-': x\n\"a\\\"b\": y\n'it''s': z\n", "Text"},
		{"---\n'not a key\n---\nText\n", "", "'not a key"},
		{"---\n? a long key\n: x\n---\nText\n", "? a long key\n: x\n", "Text"},
		// However long.
		{"---\n" + strings.Repeat("k: v\n", 150) + "---\nText\n", strings.Repeat("k: v\n", 150), "Text"},
		// A list is front matter, which markdown.ReadFrontMatter
		// rejects: it is not a mapping.
		{"---\n- a\n---\nText\n", "- a\n", "Text"},
	}
	for _, tt := range tests {
		doc := Parse(tt.in)
		if doc.Meta.FrontMatter != tt.fm {
			t.Errorf("Parse(%q) front matter = %q, want %q", tt.in, doc.Meta.FrontMatter, tt.fm)
		}
		if len(doc.Blocks) == 0 || doc.Blocks[0].Text != tt.first {
			t.Errorf("Parse(%q) blocks = %+v, want first %q", tt.in, doc.Blocks, tt.first)
		}
	}
}
