// Package markdown renders a document.Document as CommonMark or as plain
// text.
//
// The Markdown renderer escapes everything in a block's text that a
// CommonMark parser would otherwise read as syntax, so the rendered page shows
// the original words, and document.Parse reads the output back to the same
// blocks.
package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/unscrape/unscrape/pkg/document"
)

// Render writes doc's live blocks as CommonMark: "# " title, "##" headings,
// "-" lists, "> " quotes, captions as one emphasised line, code between
// fences as it was read, a blank line between blocks (none inside a list)
// and one trailing newline. An empty document renders as no bytes at all.
func Render(doc *document.Document) []byte {
	return Options{}.Render(doc)
}

// Options are the choices of how to write a document.
type Options struct {
	// Links writes the links of the source around their texts (see
	// document.Link); without, a link is its text.
	Links bool
}

// Render is Render with the options o.
func (o Options) Render(doc *document.Document) []byte {
	var buf bytes.Buffer
	live := doc.Live()
	// cols[d] is the content column of the list item open at depth d, so
	// that nested items line up under their parent's text.
	var cols []int
	var prev *document.Block // the block written last
	for n := 0; n < len(live); n++ {
		b := &doc.Blocks[live[n]]
		if b.Kind == document.TableRow {
			n, prev = writeTable(&buf, doc, live, n, prev, o.table)
			continue
		}
		if doc.BrokenFrom(live[n]) {
			// The line break ends the line written last: a backslash,
			// which no editor trims as trailing spaces, but not after
			// an escaped backslash: goldmark reads `a\\\` as text.
			buf.Truncate(buf.Len() - 1)
			if bytes.HasSuffix(buf.Bytes(), []byte(`\`)) {
				buf.WriteString("  \n")
			} else {
				buf.WriteString("\\\n")
			}
			if b.Kind == document.Quote {
				buf.WriteString("> ")
			}
			buf.WriteString(escapeBrokenLine(escapeInline(b.Text, o.inlines(b), inBroken)))
			buf.WriteByte('\n')
			prev = b
			continue
		}
		switch {
		case prev != nil && prev.Kind == document.Quote && b.Kind == document.Quote && !b.Gap:
			// The quote's next paragraph, after a line of ">" alone
			// and no blank line: the same quote goes on.
			buf.WriteString(">\n")
		case prev != nil && (!(prev.Kind == document.ListItem && b.Kind == document.ListItem) || startsInterruptingList(prev, b)):
			buf.WriteByte('\n')
		}
		prev = b
		if b.Kind != document.ListItem {
			cols = cols[:0]
		}
		// The first line of a paragraph or a quote broken into lines
		// is escaped as the lines after it are (see inBroken).
		ctx := inBlock
		if n+1 < len(live) && doc.BrokenFrom(live[n+1]) {
			ctx = inBroken
		}
		switch b.Kind {
		case document.Title:
			buf.WriteString("# ")
			buf.WriteString(escapeHeading(b.Text, o.inlines(b)))
		case document.Heading:
			buf.WriteString(strings.Repeat("#", min(max(b.Level, 2), 6)))
			buf.WriteByte(' ')
			buf.WriteString(escapeHeading(b.Text, o.inlines(b)))
		case document.ListItem:
			level := min(b.Level, len(cols))
			cols = cols[:level]
			indent := 0
			if level > 0 {
				indent = cols[level-1]
			}
			marker := "- "
			if b.Ordered {
				marker = strconv.Itoa(b.Number) + ". "
				// A lone numbered line at the margin reads as a sentence
				// starting with a number ("1. Januar …") to document.Parse; one
				// space of indent keeps it a list item.
				if level == 0 && !orderedNeighbour(doc, live, n) {
					indent = 1
				}
			}
			cols = append(cols, indent+len(marker))
			buf.WriteString(strings.Repeat(" ", indent))
			buf.WriteString(marker)
			text := escapeInline(b.Text, o.inlines(b), inBlock)
			// The bullet and a text of dashes make a thematic break
			// ("- --"), which the text alone is not.
			if !b.Ordered && b.Text != "" && document.IsRule("-"+b.Text) && !strings.HasPrefix(text, `\`) {
				text = `\` + text
			}
			buf.WriteString(text)
		case document.Quote:
			buf.WriteString("> ")
			buf.WriteString(escapeInline(b.Text, o.inlines(b), ctx))
		case document.Caption:
			buf.WriteString(caption(b, o.inlines(b)))
		case document.Code:
			fence := codeFence(b)
			buf.WriteString(fence)
			// An info string that starts with the fence's character
			// ("~~~ ~x") would lengthen the fence.
			if b.Info != "" && b.Info[0] == fence[0] {
				buf.WriteByte(' ')
			}
			buf.WriteString(b.Info)
			buf.WriteByte('\n')
			if b.Text != "" {
				buf.WriteString(b.Text)
				buf.WriteByte('\n')
			}
			buf.WriteString(fence)
		default:
			buf.WriteString(escapeInline(b.Text, o.inlines(b), ctx))
		}
		buf.WriteByte('\n')
	}
	return escapeReaderHeader(buf.Bytes())
}

// escapeBrokenLine escapes a line that goes on from a hard line break
// where it would underline the line above as a setext heading ("=",
// "--") or make it a table's header ("-:"): escapeLineStart escaped what
// reads so at a paragraph's start.
func escapeBrokenLine(s string) string {
	t := strings.TrimRight(s, " ")
	if t == "" {
		return s
	}
	// A line of dashes and colons (and bars) under the line above makes
	// that line a table's header in GitHub's Markdown ("0\" / "-:").
	if strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "" ||
		strings.Contains(t, "-") && strings.Trim(t, "-:| ") == "" {
		return `\` + s
	}
	return s
}

// inlines returns the links and code spans to write in b.
func (o Options) inlines(b *document.Block) inlines {
	in := inlines{code: b.CodeSpans}
	if o.Links {
		in.links = b.Links
	}
	return in
}

// codeFence returns the fence a code block is written between: backticks,
// or tildes when the info string has a backtick, and one more of them
// than any line of the code starts with, so that no line of it closes the
// block (the input's fence may have been of the other character).
func codeFence(b *document.Block) string {
	c := byte('`')
	if strings.IndexByte(b.Info, '`') >= 0 {
		c = '~'
	}
	n := 3
	for rest := b.Text; rest != ""; {
		line, next, _ := strings.Cut(rest, "\n")
		rest = next
		t := strings.TrimLeft(line, " ")
		k := 0
		for k < len(t) && t[k] == c {
			k++
		}
		if k >= n {
			n = k + 1
		}
	}
	return strings.Repeat(string(c), n)
}

// startsInterruptingList reports whether item b, right after item prev,
// starts a numbered list that does not start at 1. CommonMark lets only a
// list starting at 1 interrupt a paragraph; any other number would be read as
// more text of prev, so a blank line must come first.
//
// A change between numbered and bulleted items at one level gets a blank
// line too: not for the parser, for the reader of the raw Markdown.
func startsInterruptingList(prev, b *document.Block) bool {
	if b.Kind != document.ListItem {
		return false
	}
	if prev.Level == b.Level && prev.Ordered != b.Ordered {
		return true
	}
	return b.Ordered && b.Number != 1 && !(prev.Ordered && prev.Level == b.Level)
}

// orderedNeighbour reports whether document.Parse reads the numbered item
// live[n] at the margin as an item: next to another numbered item, or with
// only code between it and the item numbered one before or after it (a
// loose list of steps).
func orderedNeighbour(doc *document.Document, live []int, n int) bool {
	b := &doc.Blocks[live[n]]
	for _, step := range []int{-1, 1} {
		m := n + step
		for m >= 0 && m < len(live) && doc.Blocks[live[m]].Kind == document.Code {
			m += step
		}
		if m < 0 || m >= len(live) {
			continue
		}
		o := &doc.Blocks[live[m]]
		if o.Kind == document.ListItem && o.Ordered && o.Level == 0 && (m == n+step || o.Number == b.Number+step) {
			return true
		}
	}
	return false
}

// caption renders a caption and its credit as one emphasised line.
func caption(b *document.Block, in inlines) string {
	text := b.Text
	if b.Credit != "" {
		text += " " + b.Credit
	}
	// The stars around it may pair with a marker of the text, or free
	// one to pair with another: the text is read again between them.
	s := "*" + escapeInline(text, in, inCaption) + "*"
	return escapeEmphasis(s, 1, len(s)-1)
}

// RenderText writes doc's live blocks as plain text: no markers, no escapes,
// list items with "- ", a blank line between blocks.
func RenderText(doc *document.Document) []byte {
	var buf bytes.Buffer
	live := doc.Live()
	var prev *document.Block
	for n := 0; n < len(live); n++ {
		b := &doc.Blocks[live[n]]
		if b.Kind == document.TableRow {
			n, prev = writeTable(&buf, doc, live, n, prev, tableText)
			continue
		}
		if prev != nil && !(prev.Kind == document.ListItem && b.Kind == document.ListItem) && !doc.BrokenFrom(live[n]) {
			buf.WriteByte('\n')
		}
		prev = b
		switch b.Kind {
		case document.ListItem:
			buf.WriteString(strings.Repeat("  ", b.Level))
			if b.Ordered {
				buf.WriteString(strconv.Itoa(b.Number) + ". ")
			} else {
				buf.WriteString("- ")
			}
			buf.WriteString(b.Text)
		case document.Caption:
			buf.WriteString(b.Text)
			if b.Credit != "" {
				buf.WriteString(" " + b.Credit)
			}
		default:
			buf.WriteString(b.Text)
		}
		buf.WriteByte('\n')
	}
	return escapeReaderHeader(buf.Bytes())
}

// escapeReaderHeader returns out with the colon of its first "Title:"
// escaped when Parse would read out's start as a reader's header: lines of
// the text that make one once the filters took what stood between them
// ("Title:", a counter, "Markdown Content:"). The escaped colon reads as a
// colon, and keeps a second run from reading them as a header.
func escapeReaderHeader(out []byte) []byte {
	// The look at the bytes first spares copying every output to a
	// string: few start with "Title:".
	if bytes.HasPrefix(bytes.TrimLeft(out, " \n"), []byte("Title:")) && document.StartsWithReaderHeader(string(out)) {
		out = bytes.Replace(out, []byte("Title:"), []byte(`Title\:`), 1)
	}
	return out
}
