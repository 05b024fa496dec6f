// Package document holds the model every unscrape stage works on: a Document
// is the scraped text split into Blocks, each with a Kind, its text and the
// source line it came from.
//
// Filters never delete a Block. They mark it dropped or record a change on it,
// so that --explain can say what happened to every line of the input.
package document

import (
	"slices"
	"strings"
)

// Kind says what a Block is in the article.
type Kind uint8

// The kinds of block unscrape knows. The zero value is Paragraph, the kind of
// every scraped line until a filter learns better.
const (
	Paragraph Kind = iota
	Title          // the document's headline, rendered as "# …"
	Heading        // a subheading; Level says which (2–6 when rendered)
	ListItem       // an item of a bulleted or numbered list; Level is its nesting depth
	Quote          // a block quotation
	Caption        // a photo or video caption, with its Credit if one is attached
	Credit         // a photo or agency credit that is not (yet) attached to a caption
	Byline         // author and date line
	// Code is a fenced code block of Markdown input: Text is its lines
	// exactly as written, Info the fence's info string. No filter sees it
	// (Document.SetAside).
	Code
	// TableRow is a row of a pipe table: Text is its cells joined by
	// " | " (see JoinCells), Level its index in the table (0 for the
	// header row), Info its columns' alignment.
	TableRow
)

var kindNames = [...]string{
	Paragraph: "paragraph",
	Title:     "title",
	Heading:   "heading",
	ListItem:  "list item",
	Quote:     "quote",
	Caption:   "caption",
	Credit:    "credit",
	Byline:    "byline",
	Code:      "code",
	TableRow:  "table row",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// A Note records what one filter did to a Block.
type Note struct {
	Filter string // the filter's registry name
	Reason string // short, human words: "subscription prompt", "repeated caption"
	Drop   bool   // the filter dropped the block (otherwise it changed it)
	Before string // the text before a change; empty for drops
}

// Block is one unit of the source: a scraped line, or a paragraph rebuilt from
// hard-wrapped lines.
type Block struct {
	Text  string // inline text, without Markdown markers or escapes
	Line  int    // 1-based line of the source where the block starts
	Level int    // heading level (1–6) or list nesting depth (0 = top)

	// Number is the number of a numbered list item (see Ordered).
	Number int

	// Credit is the photo credit attached to a Caption.
	Credit string

	// Info is the info string of a Code block's fence ("sh", "go").
	Info string

	// Links are the links the source had in the block's text, in order:
	// the text stays plain for the filters, and the renderer puts a link
	// back around its text where it still finds it (see Link).
	Links []Link
	// CodeSpans are the code spans of the block's text, in order (see
	// CodeSpan).
	CodeSpans []CodeSpan

	Notes []Note

	// The small fields together, after the words: a page of many short
	// lines is mostly blocks, and padding between them cost a sixth.
	Kind Kind
	// Ordered says the block is a numbered list item.
	Ordered bool
	// Gap is true when a blank line (or the start of the input) precedes the
	// block in the source. Scrapers put captions and kickers directly under
	// the line they belong to, so adjacency is evidence.
	Gap bool
	// Break is true when the block goes on from the one before it after
	// a line break, not a paragraph's end: the source broke the line
	// with Markdown's backslash or two spaces (a poem's, an address's
	// lines), and the renderer writes the two blocks so while both are
	// kept and of the same kind. The filters judge each line alone, as
	// they did a line a scraper broke.
	Break   bool
	Dropped bool
	// Kept is set by a keep rule of the user's config: no filter may drop
	// the block, though filters may still repair its text.
	Kept bool

	keys keys // the text's fold keys, computed when first asked for
}

// Drop marks the block as removed by filter for reason. It keeps the first
// verdict: once dropped, a block stays dropped; a kept block is never
// dropped.
func (b *Block) Drop(filter, reason string) {
	if b.Dropped || b.Kept {
		return
	}
	b.Dropped = true
	b.Notes = append(b.Notes, Note{Filter: filter, Reason: reason, Drop: true})
}

// SetText replaces the block's text and records the change. Setting the same
// text records nothing, so filters may call it unconditionally.
func (b *Block) SetText(filter, reason, text string) {
	if text == b.Text {
		return
	}
	b.Notes = append(b.Notes, Note{Filter: filter, Reason: reason, Before: b.Text})
	b.Text = text
}

// BrokenFrom reports whether block i goes on from the block before it
// after a line break (see Block.Break): that block is kept and of the same
// kind, a paragraph or a quote, and the two are lines of one.
func (d *Document) BrokenFrom(i int) bool {
	if i <= 0 || i >= len(d.Blocks) {
		return false
	}
	b, prev := &d.Blocks[i], &d.Blocks[i-1]
	return b.Break && !b.Dropped && !prev.Dropped && prev.Kind == b.Kind && (b.Kind == Paragraph || b.Kind == Quote)
}

// BrokenLines returns the blocks [from, to) of the paragraph or quote
// that block i is a line of (see BrokenFrom): block i alone where its
// writer broke no lines around it.
func (d *Document) BrokenLines(i int) (from, to int) {
	from, to = i, i+1
	for d.BrokenFrom(from) {
		from--
	}
	for d.BrokenFrom(to) {
		to++
	}
	return from, to
}

// Meta is what the document says about itself rather than in its body.
type Meta struct {
	Title string // set by the structure filter, or read from front matter
	// TitleGiven says that Title was read from the input's front matter:
	// the title is the author's, and no filter changes or drops it (a
	// blog post's front matter often has the only title).
	TitleGiven bool
	// TitleSought is set once the structure filter has looked for a title,
	// so that later filters that drop lines above it may look again, and
	// do not when the user skipped structure.
	TitleSought bool
	// Continued marks a later part of a document too large to clean at
	// once (see cleaner.CleanStream): its title and front matter are in
	// the first part.
	Continued bool
	// LangDetected says that Document.Lang was detected from the text,
	// not imposed by the user or read from front matter, so that it may
	// be detected again once filters have dropped lines.
	LangDetected bool
	// LangSample is the sample of the text (lang.Sample) the language was
	// detected on: detecting again on the same sample gives the same
	// answer, and is skipped.
	LangSample string
	// LangPending says that the stopword vote could not name the
	// language and trigram detection, a hundred times slower, has not
	// been asked yet: it is asked once, of what the filters keep.
	LangPending bool
	// LangNotes is how many notes the blocks had when the language was
	// last detected again on what is kept: while it is the same, nothing
	// was dropped or changed, and the sample is the same.
	LangNotes int
	// HeadingNotes is how many notes the blocks had when the subheadings
	// were last looked for: while it is the same, nothing was dropped or
	// changed, and looking again finds nothing new.
	HeadingNotes int
	Credits      []string // agency and author credits moved out of the body
	// Authors are the names the bylines gave, in order, once each.
	Authors []string
	Source  string // the path or id the input came from
	// FrontMatter is the YAML front matter the input started with, without
	// its "---" lines, for the renderer to read and write back.
	FrontMatter string
	// Header holds the fields of a reader service's header above the
	// input's Markdown (see readerHeader), which the renderer writes as
	// front matter.
	Header []Field
}

// Notes counts the notes of d's blocks: every drop and every change adds
// one, so an unchanged count means an unchanged document.
func (d *Document) Notes() int {
	n := 0
	for i := range d.Blocks {
		n += len(d.Blocks[i].Notes)
	}
	return n
}

// Document is a scraped text as blocks, plus what filters learned about it.
type Document struct {
	Blocks []Block
	// Lang is the document's language as a BCP 47 tag ("de", "en-GB"), or
	// empty when it is unknown.
	Lang string
	Meta Meta
}

// Live returns the indexes of the blocks no filter has dropped, in order.
func (d *Document) Live() []int {
	idx := make([]int, 0, len(d.Blocks))
	for i := range d.Blocks {
		if !d.Blocks[i].Dropped {
			idx = append(idx, i)
		}
	}
	return idx
}

// Text returns the text of the live blocks, one per line, a caption with
// its credit after it as the caption is printed. Language detection uses
// it; it is not a rendering, but it has the words a rendering has, so
// that detecting again on unscrape's output hears the same words.
func (d *Document) Text() string {
	n := 0
	for i := range d.Blocks {
		if b := &d.Blocks[i]; !b.Dropped {
			n += len(b.Text) + len(b.Credit) + 2
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Dropped {
			continue
		}
		sb.WriteString(b.Text)
		if b.Credit != "" {
			sb.WriteByte(' ')
			sb.WriteString(b.Credit)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// NestLists lowers the nesting depth of each live list item to at most one
// more than the live item before it, and to 0 for the first item of a list.
// A filter that drops an item leaves its sub-items deeper than any list
// can nest them, and Markdown would read them back at another depth.
func (d *Document) NestLists() {
	prev := -1 // the depth of the live list item before, or -1
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Dropped {
			continue
		}
		if b.Kind != ListItem {
			prev = -1
			continue
		}
		b.Level = min(b.Level, prev+1)
		prev = b.Level
	}
}

// Clone returns a deep copy of d, so that a filter can run on it while d
// stays as it was (benchmarks run one filter many times on the same input).
func (d *Document) Clone() *Document {
	c := *d
	c.Blocks = slices.Clone(d.Blocks)
	for i := range c.Blocks {
		c.Blocks[i].Notes = slices.Clone(c.Blocks[i].Notes)
	}
	c.Meta.Credits = slices.Clone(d.Meta.Credits)
	c.Meta.Authors = slices.Clone(d.Meta.Authors)
	return &c
}

// SetAside takes the Code blocks out of d and returns them, for Restore
// to put back. Code is the author's exactly: the filters, which judge and
// rewrite prose, never see it, and neither does language detection.
func (d *Document) SetAside() []Block {
	n := 0
	for i := range d.Blocks {
		if d.Blocks[i].Kind == Code {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	aside := make([]Block, 0, n)
	kept := d.Blocks[:0]
	for _, b := range d.Blocks {
		if b.Kind == Code {
			aside = append(aside, b)
		} else {
			kept = append(kept, b)
		}
	}
	d.Blocks = kept
	return aside
}

// DropCodeToolbars drops the toolbar a page sets over a code block, which
// a converter printed right over the block, on one line or on two ("bash
// Copy", "Shell" / "Copy" over a fenced block), giving filter and reason:
// the fence's info names the language, and the button copies nothing in
// a text. A file's name stays, without its button ("ferrule.toml"): it
// says which file the code is. Each line alone is a word of the text
// ("Shell", "Copy"). The filters never see the code (see SetAside), so
// this is asked once it is back.
func (d *Document) DropCodeToolbars(filter, reason string) {
	for i := range d.Blocks {
		if d.Blocks[i].Kind != Code || d.Blocks[i].Dropped {
			continue
		}
		p := d.PrevLive(i)
		if p < 0 || !toolbarLine(&d.Blocks[p]) {
			continue
		}
		b := &d.Blocks[p]
		if file, ok := CodeToolbar(b.Text); ok {
			if file == "" {
				b.Drop(filter, reason)
			} else if b.Text != file {
				b.SetText(filter, reason, file)
			}
			continue
		}
		// The label over its button.
		q := d.PrevLive(p)
		if q < 0 || !toolbarLine(&d.Blocks[q]) {
			continue
		}
		if file, ok := CodeToolbar(d.Blocks[q].Text + " " + b.Text); ok {
			b.Drop(filter, reason)
			if file == "" {
				d.Blocks[q].Drop(filter, reason)
			}
		}
	}
}

// NextLive returns the index of the first block after i that is not
// dropped, or -1.
func (d *Document) NextLive(i int) int {
	for j := i + 1; j < len(d.Blocks); j++ {
		if !d.Blocks[j].Dropped {
			return j
		}
	}
	return -1
}

// PrevLive returns the index of the last block before i that is not
// dropped, or -1.
func (d *Document) PrevLive(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !d.Blocks[j].Dropped {
			return j
		}
	}
	return -1
}

// maxToolbarWords bounds the words of a code block's toolbar's line: the
// label and a button of three words.
const maxToolbarWords = 5

// toolbarLine reports whether b may be a line of a code block's toolbar: a
// short paragraph, or a heading or a caption another filter made of it.
func toolbarLine(b *Block) bool {
	return (b.Kind == Paragraph || b.Kind == Heading || b.Kind == Caption) && b.Words() <= maxToolbarWords
}

// DropStrayCode drops each Code block whose nearest blocks of other kinds,
// before and after it, are both dropped or missing (one of them there),
// giving filter and reason: code among a page's dropped menus and teasers
// is a snippet of the page's, not of the article the filters kept.
func (d *Document) DropStrayCode(filter, reason string) {
	// before[i] says whether the nearest block of another kind before
	// block i is dropped or missing, and some whether there is one;
	// one pass each way, as code blocks may follow each other.
	before := make([]bool, len(d.Blocks))
	some := make([]bool, len(d.Blocks))
	gone, seen := true, false
	for i := range d.Blocks {
		if b := &d.Blocks[i]; b.Kind != Code {
			gone, seen = b.Dropped, true
			continue
		}
		before[i], some[i] = gone, seen
	}
	gone, seen = true, false
	for i := len(d.Blocks) - 1; i >= 0; i-- {
		b := &d.Blocks[i]
		if b.Kind != Code {
			gone, seen = b.Dropped, true
			continue
		}
		if before[i] && gone && (some[i] || seen) {
			b.Drop(filter, reason)
		}
	}
}

// Restore puts the blocks SetAside took out back in their places, by the
// source lines they start at (filters neither add blocks nor renumber
// them).
func (d *Document) Restore(aside []Block) {
	if len(aside) == 0 {
		return
	}
	all := make([]Block, 0, len(d.Blocks)+len(aside))
	for _, b := range d.Blocks {
		for len(aside) > 0 && aside[0].Line < b.Line {
			all = append(all, aside[0])
			aside = aside[1:]
		}
		all = append(all, b)
	}
	d.Blocks = append(all, aside...)
}
