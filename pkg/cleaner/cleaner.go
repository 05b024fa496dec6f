// Package cleaner runs unscrape on one document: decode, parse, filter,
// render. Everything around one document (files, folders, streams, workers)
// lives in its callers.
package cleaner

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/unscrape/unscrape/pkg/decode"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/markdown"
)

// Output formats.
const (
	FormatMarkdown = "markdown"
	FormatText     = "text"
)

// Options configures a Cleaner. The zero value cleans with the default
// filters into Markdown.
type Options struct {
	Filters []string // filters to run; empty means the default set
	Skip    []string // filters not to run
	Format  string   // FormatMarkdown (default) or FormatText
	// Lang is "auto" (or empty) to detect the document language, or a BCP
	// 47 tag to impose one.
	Lang string
	// FrontMatter puts YAML front matter (title, language, credits, source)
	// before the Markdown. Input that has front matter keeps it either way.
	FrontMatter bool
	// Links writes the links of the text that is kept as Markdown links
	// (see markdown.Options).
	Links  bool
	Filter filter.Options
}

// Cleaner cleans documents. It is safe for concurrent use: every call works
// on its own Document.
type Cleaner struct {
	opts     Options
	pipeline *filter.Pipeline
}

// New validates opts and builds the filter pipeline.
func New(opts Options) (*Cleaner, error) {
	switch opts.Format {
	case "":
		opts.Format = FormatMarkdown
	case FormatMarkdown, FormatText:
	default:
		return nil, fmt.Errorf("unknown format %q (want %s or %s)", opts.Format, FormatMarkdown, FormatText)
	}
	if opts.Lang != "" && opts.Lang != "auto" {
		tag, err := language.Parse(opts.Lang)
		if err != nil {
			return nil, fmt.Errorf("bad --lang %q: %w", opts.Lang, err)
		}
		opts.Lang = tag.String()
	}
	names, err := filter.Select(opts.Filters, opts.Skip)
	if err != nil {
		return nil, err
	}
	p, err := filter.NewPipeline(names, opts.Filter)
	if err != nil {
		return nil, err
	}
	return &Cleaner{opts: opts, pipeline: p}, nil
}

// Result is one cleaned document.
type Result struct {
	Output []byte
	Doc    *document.Document
}

// Clean decodes, parses, filters and renders one document. source names it
// in the document's metadata and in errors.
func (c *Cleaner) Clean(source string, input []byte) (Result, error) {
	text, err := decode.Bytes(input)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", source, err)
	}
	return c.CleanText(source, text)
}

// CleanText is Clean for input that is already decoded.
func (c *Cleaner) CleanText(source, text string) (Result, error) {
	return c.clean(source, document.Parse(text), c.opts.FrontMatter)
}

// clean filters and renders doc, starting the Markdown with front matter
// when frontMatter says so or the input had some.
func (c *Cleaner) clean(source string, doc *document.Document, frontMatter bool) (Result, error) {
	// Front matter from an earlier run names the original source and the
	// credits already moved out of the body; keep them.
	if err := markdown.ReadFrontMatter(doc); err != nil {
		return Result{}, fmt.Errorf("%s: %w", source, err)
	}
	if doc.Meta.Source == "" {
		doc.Meta.Source = source
	}
	code := doc.SetAside()
	switch {
	case c.opts.Lang != "" && c.opts.Lang != "auto":
		doc.Lang = c.opts.Lang
	case doc.Lang == "":
		// The blocks' text, not the input's: Markdown markers and escapes
		// are not words, and a second run must see what the first saw.
		// The stopword vote names the language of most pages; the
		// rest wait for the quotes filter, which detects again on what
		// is kept (see Meta.LangPending).
		doc.Meta.LangSample = lang.Sample(doc.Text())
		doc.Lang = lang.DetectByStopwords(doc.Meta.LangSample)
		doc.Meta.LangPending = doc.Lang == ""
		doc.Meta.LangDetected = true
	}
	if err := c.pipeline.Apply(doc); err != nil {
		if source != "" {
			err = fmt.Errorf("%s: %w", source, err)
		}
		return Result{}, err
	}
	if doc.Meta.LangPending {
		// No filter detected again: the language is the input's.
		doc.Lang = lang.DetectSample(doc.Meta.LangSample)
		doc.Meta.LangPending = false
	}
	if code != nil {
		doc.Restore(code)
		if c.pipeline.Has("content") {
			doc.DropStrayCode("content", "code outside the main text")
		}
		if c.pipeline.Has("boilerplate") {
			doc.DropCodeToolbars("boilerplate", "code block's toolbar")
		}
		// A list the filters saw as one may have code between its items.
		doc.NestLists()
	}
	var out []byte
	switch c.opts.Format {
	case FormatText:
		out = markdown.RenderText(doc)
	default:
		out = markdown.Options{Links: c.opts.Links}.Render(doc)
		if (frontMatter || doc.Meta.FrontMatter != "") && !doc.Meta.Continued {
			fm, err := markdown.FrontMatter(doc)
			if err != nil {
				return Result{}, fmt.Errorf("%s: %w", source, err)
			}
			if len(out) > 0 {
				fm = append(fm, '\n')
			}
			out = append(fm, out...)
		}
	}
	return Result{Output: out, Doc: doc}, nil
}

// Explain writes one line per dropped or changed block of doc:
// "path:line: filter: reason: text".
func Explain(w io.Writer, path string, doc *document.Document) error {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		for k, n := range b.Notes {
			text := b.Text
			if !n.Drop {
				text = n.Before + " → " + textAfter(b, k)
			}
			if _, err := fmt.Fprintf(w, "%s:%d: %s: %s: %s\n", path, b.Line, n.Filter, n.Reason, oneLine(text)); err != nil {
				return err
			}
		}
	}
	return nil
}

// textAfter returns the block's text right after its k-th note: the text the
// next change started from, or the final text.
func textAfter(b *document.Block, k int) string {
	for _, n := range b.Notes[k+1:] {
		if !n.Drop {
			return n.Before
		}
	}
	return b.Text
}

func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
}
