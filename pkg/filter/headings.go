package filter

import (
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
)

func init() {
	register(Spec{
		Name:        "headings",
		Description: "make short unpunctuated lines between body paragraphs subheadings",
		Rank:        70,
		Default:     true,
		New:         func(Options) (Applier, error) { return ApplyFunc(findHeadings), nil },
	})
}

// Subheadings are found late, after the boilerplate and content filters,
// because "followed by a body paragraph" must be judged on the blocks that
// are kept: judged earlier, a widget line between a subheading and its text
// would hide the heading on the first run and reveal it on the second, and
// unscrape would not be idempotent.

const (
	maxHeadingRunes = 100
	maxHeadingWords = 14
	// minBodyWords: a block this long that ends like a sentence is body text.
	minBodyWords = 12
)

func findHeadings(doc *document.Document) error {
	// Subheadings divide body text: before the first body paragraph
	// after the teaser, a short line is a byline or a caption, not a
	// section.
	seenBody := false
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if isBody(b) && !isTeaser(doc, i) {
			seenBody = true
		}
		if !seenBody || b.Kind != document.Paragraph || !headingShaped(b.Text) {
			continue
		}
		prev, next := prevLive(doc, i), nextLive(doc, i)
		if prev < 0 || next < 0 {
			continue
		}
		p, n := &doc.Blocks[prev], &doc.Blocks[next]
		// Right under the title, a short line is a standfirst, not a
		// section; and a heading needs body text after it.
		if p.Kind == document.Title || p.Kind == document.Heading || !isBody(n) {
			continue
		}
		b.Kind, b.Level = document.Heading, 2
	}
	return nil
}

func headingShaped(s string) bool {
	n := words(s)
	return n >= 1 && n <= maxHeadingWords && utf8.RuneCountInString(s) <= maxHeadingRunes &&
		startsUpper(s) && !endsClause(s)
}

func isBody(b *document.Block) bool {
	return b.Kind == document.Paragraph && words(b.Text) >= minBodyWords && endsSentence(b.Text)
}
