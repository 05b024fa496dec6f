package filter

import (
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
)

func init() {
	register(Spec{
		Name:        "structure",
		Description: "find the title: a leading \"#\" heading or a headline-shaped first line",
		Rank:        20,
		Default:     true,
		New:         func(Options) (Applier, error) { return ApplyFunc(findTitle), nil },
	})
}

// maxTitleRunes bounds a headline. Kicker and headline glued together
// ("Krisendiplomatie Amerikanischer und russischer …") stay well below it.
const maxTitleRunes = 250

// findTitle makes the first live block the title when it looks like one: a
// level-1 heading, or a paragraph shorter than a headline's bound that does
// not end like a sentence or a clause. Later level-1 headings become
// subheadings, since a document has one title.
func findTitle(doc *document.Document) error {
	first := nextLive(doc, -1)
	if first < 0 {
		return nil
	}
	b := &doc.Blocks[first]
	switch {
	case b.Kind == document.Title:
	case b.Kind == document.Heading && b.Level == 1:
		b.Kind = document.Title
	case b.Kind == document.Paragraph && utf8.RuneCountInString(b.Text) <= maxTitleRunes &&
		!endsClause(b.Text) && nextLive(doc, first) >= 0:
		b.Kind = document.Title
	}
	if b.Kind == document.Title {
		doc.Meta.Title = b.Text
	}
	for i := first + 1; i < len(doc.Blocks); i++ {
		if c := &doc.Blocks[i]; c.Kind == document.Title || (c.Kind == document.Heading && c.Level < 2) {
			c.Kind, c.Level = document.Heading, 2
		}
	}
	return nil
}
