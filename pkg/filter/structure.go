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

// findTitle picks the title. A level-1 heading is the page's own headline
// (html2text writes <h1> as "# "), wherever it stands: on a whole-page dump
// the menus come first. Without one, the first live block is the title when
// it is shaped like a headline: shorter than maxTitleRunes and not ending like
// a sentence or a clause. Other level-1 headings become subheadings, since a
// document has one title.
func findTitle(doc *document.Document) error {
	title := -1
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if !b.Dropped && (b.Kind == document.Title || (b.Kind == document.Heading && b.Level == 1)) {
			title = i
			break
		}
	}
	if title < 0 {
		first := nextLive(doc, -1)
		if first < 0 {
			return nil
		}
		b := &doc.Blocks[first]
		if b.Kind == document.Paragraph && utf8.RuneCountInString(b.Text) <= maxTitleRunes &&
			!endsClause(b.Text) && nextLive(doc, first) >= 0 {
			title = first
		}
	}
	if title < 0 {
		return nil
	}
	doc.Blocks[title].Kind = document.Title
	doc.Meta.Title = doc.Blocks[title].Text
	for i := range doc.Blocks {
		if c := &doc.Blocks[i]; i != title && (c.Kind == document.Title || (c.Kind == document.Heading && c.Level < 2)) {
			c.Kind, c.Level = document.Heading, 2
		}
	}
	return nil
}
