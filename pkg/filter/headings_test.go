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

// TestHeadingsAfterAnIntroduction: a blog has no standfirst; a heading
// right after its first paragraph, two sentences long, is its first
// section's. After a standfirst of one sentence, a short line is not.
func TestHeadingsAfterAnIntroduction(t *testing.T) {
	const intro = "For years my loaves came out flat and dense, whatever flour I bought. This spring I tried again with a new starter, and this time it worked."
	doc := run(t, "en", "How I learned to bake bread\n\n"+intro+"\n\nWhat I changed\n\n"+enBody1+"\n", "structure", "headings")
	if b := block(t, doc, "What I changed"); b.Kind != document.Heading {
		t.Errorf("heading after the introduction is a %v", b.Kind)
	}
	doc = run(t, "en", "Council approves car-free zone\n\n"+enTeaser+"\n\nJane Example Leeds\n\n"+enBody1+"\n", "structure", "headings")
	if b := block(t, doc, "Jane Example"); b.Kind == document.Heading {
		t.Errorf("short line after a standfirst made a heading")
	}
}

// TestHeadingsOverAmounts: a label between body text and a recipe's
// amounts is a heading; one over a single line that starts with a number
// is not.
func TestHeadingsOverAmounts(t *testing.T) {
	doc := run(t, "en", "Lemon cake\n\n"+enBody1+"\n\n"+enBody2+"\n\nIngredients\n\n3 eggs\n\n1/2 cup milk\n\n2 cups flour\n", "structure", "headings")
	if b := block(t, doc, "Ingredients"); b.Kind != document.Heading {
		t.Errorf("label over the amounts is a %v", b.Kind)
	}
	doc = run(t, "en", "Deals\n\n"+enBody1+"\n\n"+enBody2+"\n\nGet the deal\n\n4 Months of Music for $1\n\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "Get the deal"); b.Kind == document.Heading {
		t.Errorf("a line over one amount made a heading")
	}
}

// TestHeadingsNumberedSections: a listicle's numbered section titles, left
// paragraphs by the parser for the text between them, are headings, and a
// heading right under one is a part of its section.
func TestHeadingsNumberedSections(t *testing.T) {
	doc := run(t, "en", "Three tips\n\n"+enBody1+"\n\n1. Start small\n\n"+enBody2+"\n\n2) Ask for help\n\nWhy it works\n\n"+enBody1+"\n", "headings")
	for text, level := range map[string]int{"1. Start small": 2, "2) Ask for help": 2, "Why it works": 3} {
		if b := block(t, doc, text); b.Kind != document.Heading || b.Level != level {
			t.Errorf("%q: %v level %d, want a heading of level %d", text, b.Kind, b.Level, level)
		}
	}
}
