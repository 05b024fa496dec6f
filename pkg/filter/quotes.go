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
		return quoter{auto: true}, nil
	case QuotesKeep:
		return ApplyFunc(func(*document.Document) error { return nil }), nil
	}
	st, err := textfix.QuoteStyleFor(opts.Quotes)
	if err != nil {
		return nil, fmt.Errorf("--quotes: %w", err)
	}
	return quoter{style: st}, nil
}

// quoter does its work when the pipeline settles, not at its rank: the
// marks are put in style on the text that is printed, and in the
// language of what is kept, after every other filter has settled what
// that is. Settling may drop or change lines after the filter's rank, and
// a second run quotes what the first printed.
type quoter struct {
	auto  bool               // the style of the document's language
	style textfix.QuoteStyle // else this style
}

func (quoter) Apply(*document.Document) error { return nil }

func (q quoter) Settle(doc *document.Document) error {
	st, all := q.style, false
	if q.auto {
		if doc.Meta.LangDetected && (doc.Meta.LangPending || doc.Meta.LangNotes == 0 || doc.Notes() != doc.Meta.LangNotes) {
			// Detected again on what is kept: the menus and prompts
			// that are gone spoke for the language too, and a second
			// run, which sees only what is kept, must hear the same.
			// A later round of settling that changed nothing has the
			// same sample, unless the first detection stopped short.
			if sample := lang.Sample(doc.Text()); sample != doc.Meta.LangSample || doc.Meta.LangPending {
				doc.Meta.LangSample, doc.Meta.LangPending = sample, false
				if l := lang.DetectSample(sample); l != doc.Lang {
					doc.Lang, all = l, true
				}
			}
		}
		var err error
		if st, err = textfix.QuoteStyleFor(doc.Lang); err != nil {
			// An unknown language, or none detected: its marks stay
			// as the source wrote them.
			doc.Meta.LangNotes = doc.Notes()
			return nil
		}
		if r, ok := regionalStyle(doc, st); ok {
			// Every block: a round that settled earlier may have
			// written the language's own marks.
			st, all = r, true
		}
	}
	applyQuotes(doc, st, all)
	doc.Meta.LangNotes = doc.Notes()
	return nil
}

// regionalStyle returns the style of a region of doc's language that
// doc's own quotations are written in: a Swiss German text that opens
// them with « («Nein», sagte sie) keeps its guillemets, where a German
// one is written with „“ (also one that sets «…» as dpa's wire does, and
// writes "ß", which no Swiss text does). More of its quotations open with the region's
// mark than with all other double marks together; a quotation or two in
// guillemets among many do not make a text Swiss. Its own output, quoted
// in one style, reads the same again.
func regionalStyle(doc *document.Document, st textfix.QuoteStyle) (textfix.QuoteStyle, bool) {
	for _, r := range textfix.RegionalStyles(doc.Lang, st) {
		// Block by block, as the quotes are put in style: most texts
		// have no such mark, and none is copied to find that out.
		if !hasMark(doc, r.Open[0]) {
			continue
		}
		mine, others, not := 0, 0, false
		for i := range doc.Blocks {
			b := &doc.Blocks[i]
			if b.Dropped {
				continue
			}
			if r.Not != "" && (strings.ContainsAny(b.Text, r.Not) || strings.ContainsAny(b.Credit, r.Not)) {
				not = true
				break
			}
			m, o := textfix.Openings(b.Text, r.Open[0])
			cm, co := textfix.Openings(b.Credit, r.Open[0])
			mine, others = mine+m+cm, others+o+co
		}
		if !not && mine > others {
			return r, true
		}
	}
	return st, false
}

// hasMark reports whether a live block of doc, or its credit, has the
// mark m.
func hasMark(doc *document.Document, m rune) bool {
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && (strings.ContainsRune(b.Text, m) || strings.ContainsRune(b.Credit, m)) {
			return true
		}
	}
	return false
}

// applyQuotes puts the marks of doc's live blocks in style st: of every
// block with all, else of those not in style since their text last
// changed.
func applyQuotes(doc *document.Document, st textfix.QuoteStyle, all bool) {
	reason := "quotes in " + st.Tag + " style"
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if _, done := b.Memo(quoteMemo); done && !all {
			continue
		}
		old := b.Text
		var text, credit string
		switch {
		case b.Kind == document.TableRow:
			// Cell by cell, as the unicode filter repairs a row.
			text = document.MapCells(b.Text, func(c string) string { return textfix.Quotes(c, st) })
		case b.Credit != "":
			text, credit = quoteCaption(b.Text, b.Credit, st)
		default:
			text = textfix.Quotes(b.Text, st)
		}
		b.SetText("quotes", reason, text)
		b.Credit = credit
		if b.Kind == document.Title && doc.Meta.Title == old && !doc.Meta.TitleGiven {
			doc.Meta.Title = b.Text
		}
		b.SetMemo(quoteMemo, 0)
	}
}

// quoteCaption puts a caption and its credit in the style as one text, the
// way the caption is printed and a second run reads it: a mark in the
// caption may pair with one in the credit. A line break stands for the
// space between them, since Quotes reads it as a space and leaves it
// where it is. Where the quoting took it away (a mark's inner space), the
// two are one text as a second run reads them, "text credit" quoted, and
// the credit is part of the caption from now on: quoted on their own, the
// two were printed with marks a second run pairs otherwise.
func quoteCaption(text, credit string, st textfix.QuoteStyle) (string, string) {
	q := textfix.Quotes(text+"\n"+credit, st)
	head, tail, ok := strings.Cut(q, "\n")
	if !ok || strings.Contains(tail, "\n") || head == "" || tail == "" {
		return textfix.Quotes(text+" "+credit, st), ""
	}
	return head, tail
}
