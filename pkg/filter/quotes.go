package filter

import (
	"fmt"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

// Values of Options.Quotes besides a language tag.
const (
	QuotesAuto  = "auto"
	QuotesKeep  = "keep"
	QuotesASCII = "ascii"
)

func init() {
	register(Spec{
		Name:        "quotes",
		Description: "write quotation marks and apostrophes in the document language's style (--quotes)",
		Rank:        80,
		Default:     true,
		New:         newQuotes,
	})
}

// newQuotes builds the quotes filter for opts.Quotes: "auto" (or empty)
// takes the style of the document's language, "keep" changes nothing,
// "ascii" straightens, and a language tag imposes that language's style.
// A tag with no style is an error here, before any document is read.
func newQuotes(opts Options) (Applier, error) {
	switch opts.Quotes {
	case "", QuotesAuto:
		return ApplyFunc(func(doc *document.Document) error {
			if doc.Meta.LangDetected {
				// Detected again on what is kept: the menus and prompts
				// that are gone spoke for the language too, and a second
				// run, which sees only what is kept, must hear the same.
				if sample := lang.Sample(doc.Text()); sample != doc.Meta.LangSample {
					doc.Lang = lang.DetectSample(sample)
				}
			}
			st, err := textfix.QuoteStyleFor(doc.Lang)
			if err != nil {
				// An unknown language, or none detected: its marks stay
				// as the source wrote them.
				return nil
			}
			applyQuotes(doc, st)
			return nil
		}), nil
	case QuotesKeep:
		return ApplyFunc(func(*document.Document) error { return nil }), nil
	}
	st, err := textfix.QuoteStyleFor(opts.Quotes)
	if err != nil {
		return nil, fmt.Errorf("--quotes: %w", err)
	}
	return ApplyFunc(func(doc *document.Document) error {
		applyQuotes(doc, st)
		return nil
	}), nil
}

func applyQuotes(doc *document.Document, st textfix.QuoteStyle) {
	reason := "quotes in " + st.Tag + " style"
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		old := b.Text
		b.SetText("quotes", reason, textfix.Quotes(b.Text, st))
		if b.Kind == document.Title && doc.Meta.Title == old {
			doc.Meta.Title = b.Text
		}
		if b.Credit != "" {
			b.Credit = textfix.Quotes(b.Credit, st)
		}
	}
}
