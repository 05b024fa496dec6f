package filter

import (
	"fmt"
	"strings"

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
		text, credit := textfix.Quotes(b.Text, st), ""
		if b.Credit != "" {
			text, credit = quoteCaption(b.Text, b.Credit, st)
		}
		b.SetText("quotes", reason, text)
		b.Credit = credit
		if b.Kind == document.Title && doc.Meta.Title == old {
			doc.Meta.Title = b.Text
		}
	}
}

// quoteCaption puts a caption and its credit in the style as one text, the
// way the caption is printed and a second run reads it: a mark in the
// caption may pair with one in the credit. A line break stands for the
// space between them, since Quotes reads it as a space and leaves it
// where it is; where the quoting took it away (two marks meeting over
// it), the two are quoted on their own.
func quoteCaption(text, credit string, st textfix.QuoteStyle) (string, string) {
	q := textfix.Quotes(text+"\n"+credit, st)
	head, tail, ok := strings.Cut(q, "\n")
	if !ok || strings.Contains(tail, "\n") || head == "" || tail == "" {
		return textfix.Quotes(text, st), textfix.Quotes(credit, st)
	}
	return head, tail
}
