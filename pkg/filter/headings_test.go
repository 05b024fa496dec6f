package filter

import (
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// TestHeadings: a short unpunctuated line between body paragraphs is a
// subheading, unless it is a byline with its lead.
func TestHeadings(t *testing.T) {
	tests := []struct {
		line    string
		heading bool
	}{
		{"Roads closed across the region", true},
		{"By the numbers", true},
		{"What happens next?", true},
		{"By Jane Doe", false},
		{"By Jane Doe and John Roe", false},
		{"The council will decide in May.", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\n"+enTeaser+"\n"+enBody1+"\n"+tt.line+"\n"+enBody2+"\n", "structure", "headings")
		b := block(t, doc, tt.line)
		if got := b.Kind == document.Heading; got != tt.heading {
			t.Errorf("%q: heading %v, want %v", tt.line, got, tt.heading)
		}
	}
}
