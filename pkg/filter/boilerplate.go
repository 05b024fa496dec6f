package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "boilerplate",
		Description: "drop subscription, player, podcast, error, share, ad, cookie, navigation and related-links lines",
		Rank:        30,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return &boilerplate{book: book}, nil
		},
	})
}

const (
	// maxRelatedItems bounds the links a "Mehr zum Thema" heading takes with
	// it, so that a heading the pack mistook cannot eat an article.
	maxRelatedItems = 10
	// maxLinkWords: a related link is a headline, maybe with its kicker.
	maxLinkWords = 25
	// A run of minShortRun or more lines of at most maxShortWords words is a
	// menu, a tag list or a row of buttons, whatever language its words are.
	minShortRun   = 3
	maxShortWords = 3
	maxShortRunes = 30
	// maxTimestampRunes bounds a date, time or reading-time line.
	maxTimestampRunes = 120
)

type boilerplate struct {
	book *lang.Phrasebook
}

const boilerplateName = "boilerplate"

// Apply drops, in three passes, lines that match a phrase of the document's
// language packs (and the list of links under a "related" heading), lines
// whose shape says they are not prose (symbols and counters, dates and
// reading times), and runs of very short lines. Each pass judges the blocks
// the previous ones kept, so that what is left is stable: the same filter on
// its own output finds nothing more to drop.
func (f *boilerplate) Apply(doc *document.Document) error {
	ph := f.book.For(doc.Lang)
	var related, labels []int
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		reason := ""
		if m, ok := ph.Match(b.Text); ok {
			switch m.Class {
			case lang.Boilerplate:
				reason = m.Reason
			case lang.Related:
				reason = m.Reason
				if m.Whole {
					related = append(related, i)
				}
			case lang.CaptionLabel:
				reason = m.Reason
				labels = append(labels, i)
			}
		} else if b.Kind == document.Paragraph {
			reason = shapeReason(ph, b.Text)
		}
		if reason != "" {
			b.Drop(boilerplateName, reason)
		}
	}
	for _, h := range related {
		dropRelatedLinks(doc, ph, h, related)
	}
	for _, l := range labels {
		// "Image caption," on a line of its own names the next line.
		if j := nextLive(doc, l); j >= 0 && doc.Blocks[j].Kind == document.Paragraph {
			doc.Blocks[j].Kind = document.Caption
		}
	}
	dropShortRuns(doc, ph)
	return retitle(doc)
}

// shapeReason says why a paragraph is not prose by its shape alone, or "".
func shapeReason(ph *lang.Phrases, s string) string {
	switch {
	case !hasLetter(s):
		return "symbols or counter only"
	case isTimestamp(ph, s):
		return "timestamp or reading time"
	}
	return ""
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isTimestamp reports whether s is a date, a time or a reading time: it has
// a digit, and every word in it is one of the language's timestamp words
// ("Stand: 17.01.2022, 14:32 Uhr", "5 min read", "Publié le 18 janvier").
func isTimestamp(ph *lang.Phrases, s string) bool {
	if utf8.RuneCountInString(s) > maxTimestampRunes || !strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	words := strings.FieldsFunc(textfix.Fold(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if !ph.Word("timestamp", w) {
			return false
		}
	}
	return true
}

// dropRelatedLinks drops the links listed under the related-articles
// heading at h: the lines after it up to the next body paragraph, heading,
// credit or related-articles heading (in headings, the other ones). When
// the heading stands apart after a blank line, a sentence-shaped headline
// printed right under it or under the previous link, without a blank line,
// is still a link.
func dropRelatedLinks(doc *document.Document, ph *lang.Phrases, h int, headings []int) {
	reason := "link under " + quoteReason(doc.Blocks[h].Text)
	glued := doc.Blocks[h].Gap
	n := 0
	for j := h + 1; j < len(doc.Blocks) && n < maxRelatedItems; j++ {
		b := &doc.Blocks[j]
		if slices.Contains(headings, j) {
			return
		}
		if b.Dropped {
			continue
		}
		if (b.Kind != document.Paragraph && b.Kind != document.ListItem) || (isBody(b) && (b.Gap || !glued)) ||
			words(b.Text) > maxLinkWords || isCreditLine(ph, b.Text) {
			return
		}
		b.Drop(boilerplateName, reason)
		n++
	}
}

// quoteReason puts a heading's text in an --explain reason, shortened.
func quoteReason(s string) string {
	const maxRunes = 40
	if utf8.RuneCountInString(s) > maxRunes {
		s = string([]rune(s)[:maxRunes]) + "…"
	}
	return `"` + s + `"`
}

// dropShortRuns drops runs of minShortRun or more consecutive very short
// paragraphs: menus, tag lists and button rows that no pack names.
func dropShortRuns(doc *document.Document, ph *lang.Phrases) {
	var run []int
	flush := func() {
		if len(run) >= minShortRun {
			for _, i := range run {
				doc.Blocks[i].Drop(boilerplateName, "run of short lines (menu, tags or buttons)")
			}
		}
		run = run[:0]
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if isShortLine(ph, b) {
			run = append(run, i)
		} else {
			flush()
		}
	}
	flush()
}

// isShortLine: a paragraph of a few words, starting with a capital like a
// menu item or a button, that does not end like a sentence and is not a
// credit, which belongs to a caption however short it is. Lists in an
// article ("baby carrier", "healthy snack bars") start in lower case often
// enough to be spared. Scripts written without spaces have no short words
// to count and are left alone.
func isShortLine(ph *lang.Phrases, b *document.Block) bool {
	if b.Kind != document.Paragraph || words(b.Text) > maxShortWords ||
		utf8.RuneCountInString(b.Text) > maxShortRunes || endsSentence(b.Text) ||
		!startsUpper(b.Text) || unspaced(b.Text) {
		return false
	}
	return !isCreditLine(ph, b.Text)
}

// unspaced reports whether s is in a script that does not separate words
// with spaces.
func unspaced(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}
