package cleaner

import (
	"fmt"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/jsonl"
)

// DefaultTextField is the JSON Lines field that holds a document's text.
const DefaultTextField = "text"

// ExplainField is the field --explain adds to a JSON Lines record.
const ExplainField = "unscrape_dropped"

// MetaField is the field --front-matter adds to a JSON Lines record, in
// place of front matter in its text: a record's metadata are its fields.
const MetaField = "unscrape_meta"

// Meta is what unscrape found out about a document besides its text, as
// MetaField holds it: the fields of its front matter but the source, which
// a record names itself.
type Meta struct {
	Title    string   `json:"title,omitempty"`
	Language string   `json:"language,omitempty"`
	Authors  []string `json:"authors,omitempty"`
	Credits  []string `json:"credits,omitempty"`
}

// MetaOf returns doc's metadata.
func MetaOf(doc *document.Document) Meta {
	return Meta{Title: doc.Meta.Title, Language: doc.Lang, Authors: doc.Meta.Authors, Credits: doc.Meta.Credits}
}

// Dropped is one block a filter dropped, as --explain reports it in JSON.
type Dropped struct {
	Line   int    `json:"line"`
	Filter string `json:"filter"`
	Reason string `json:"reason"`
	Text   string `json:"text"`
}

// RecordOptions say how to clean a JSON Lines record.
type RecordOptions struct {
	TextField string // default DefaultTextField
	Explain   bool   // add ExplainField listing the dropped blocks
	// Meta adds MetaField, and the text gets no front matter but what
	// the input had.
	Meta bool
}

// CleanRecord cleans the text field of one JSON Lines record in place; every
// other field stays as it was. id names the record in errors and in the
// document's metadata; callers that add their own context pass "".
func (c *Cleaner) CleanRecord(id string, rec *jsonl.Record, o RecordOptions) (*document.Document, error) {
	doc, err := c.cleanRecord(id, rec, o)
	if err != nil && id != "" {
		err = fmt.Errorf("%s: %w", id, err)
	}
	return doc, err
}

func (c *Cleaner) cleanRecord(id string, rec *jsonl.Record, o RecordOptions) (*document.Document, error) {
	field := o.TextField
	if field == "" {
		field = DefaultTextField
	}
	text, ok, err := rec.String(field)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("no %q field", field)
	}
	res, err := c.clean("", document.Parse(text), c.opts.FrontMatter && !o.Meta)
	if err != nil {
		return nil, err
	}
	res.Doc.Meta.Source = id
	if err := rec.Set(field, string(res.Output)); err != nil {
		return nil, err
	}
	return res.Doc, o.Annotate(rec, res.Doc)
}

// Annotate adds to rec the fields o asks for about doc, the document
// cleaned from it.
func (o RecordOptions) Annotate(rec *jsonl.Record, doc *document.Document) error {
	if o.Explain {
		if err := rec.Set(ExplainField, DroppedBlocks(doc)); err != nil {
			return err
		}
	}
	if o.Meta {
		if err := rec.Set(MetaField, MetaOf(doc)); err != nil {
			return err
		}
	}
	return nil
}

// DroppedBlocks lists the blocks of doc that a filter dropped, in order.
func DroppedBlocks(doc *document.Document) []Dropped {
	out := []Dropped{}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		for _, n := range b.Notes {
			if n.Drop {
				out = append(out, Dropped{Line: b.Line, Filter: n.Filter, Reason: n.Reason, Text: b.Text})
			}
		}
	}
	return out
}
