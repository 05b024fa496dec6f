package markdown_test

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/markdown"
)

// rblock is a block as a CommonMark reader sees it.
type rblock struct {
	Kind  document.Kind
	Level int
	Text  string
	Info  string // a code block's info string
	Code  string // the code spans of the text, one a line
}

// readBack parses src with goldmark, an independent CommonMark parser, and
// flattens its tree into blocks comparable with a document.Document. It
// reads GitHub's tables too: unscrape writes them, and no other text of its
// output may read as one.
func readBack(src []byte) []rblock {
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	root := md.Parser().Parse(text.NewReader(src))
	var out []rblock
	var walk func(n ast.Node, depth int, kind document.Kind)
	walk = func(n ast.Node, depth int, kind document.Kind) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Heading:
				k := document.Heading
				if c.Level == 1 {
					k = document.Title
				}
				text, code := inlineText(c, src)
				out = append(out, rblock{Kind: k, Level: c.Level, Text: text, Code: code})
			case *ast.Paragraph, *ast.TextBlock:
				k := kind
				if k == document.Paragraph && c.ChildCount() == 1 {
					if _, ok := c.FirstChild().(*ast.Emphasis); ok {
						k = document.Caption
					}
				}
				lvl := 0
				if k == document.ListItem {
					lvl = depth
				}
				text, code := inlineText(c, src)
				out = append(out, rblock{Kind: k, Level: lvl, Text: text, Code: code})
			case *ast.List:
				walk(c, depth+1, document.ListItem)
			case *ast.ListItem:
				walk(c, depth, document.ListItem)
			case *ast.Blockquote:
				walk(c, depth, document.Quote)
			case *ast.FencedCodeBlock:
				var code strings.Builder
				for i := 0; i < c.Lines().Len(); i++ {
					seg := c.Lines().At(i)
					code.Write(seg.Value(src))
				}
				info := ""
				if c.Info != nil {
					info = string(c.Info.Value(src))
				}
				out = append(out, rblock{Kind: document.Code, Text: strings.TrimSuffix(code.String(), "\n"), Info: info})
			case *extast.Table:
				align := make([]byte, len(c.Alignments))
				for k, a := range c.Alignments {
					align[k] = map[extast.Alignment]byte{extast.AlignLeft: 'l', extast.AlignCenter: 'c', extast.AlignRight: 'r'}[a]
					if align[k] == 0 {
						align[k] = '-'
					}
				}
				for row := c.FirstChild(); row != nil; row = row.NextSibling() {
					var cells, code []string
					for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
						text, c := inlineText(cell, src)
						cells = append(cells, text)
						if c != "" {
							code = append(code, c)
						}
					}
					out = append(out, rblock{Kind: document.TableRow, Text: document.JoinCells(cells), Info: string(align), Code: strings.Join(code, "\n")})
				}
			default:
				out = append(out, rblock{Kind: 255, Text: fmt.Sprintf("unexpected %s", c.Kind())})
			}
		}
	}
	walk(root, -1, document.Paragraph)
	return out
}

// inlineText returns the text of n's inline children as a reader sees
// it and its code spans, one a line.
func inlineText(n ast.Node, src []byte) (string, string) {
	s, _, code := inlineLinks(n, src)
	return s, strings.Join(code, "\n")
}

// inlineLinks returns the text of n's inline children as a reader sees
// it, a link as its text and a code span as written (see codeSpan), the
// links and the code spans.
func inlineLinks(n ast.Node, src []byte) (string, []document.Link, []string) {
	var sb strings.Builder
	var links []document.Link
	var code []string
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				sb.WriteString(readText(c, src))
			case *ast.String:
				sb.Write(c.Value)
			case *ast.Emphasis:
				walk(c)
			case *ast.Link:
				from := sb.Len()
				walk(c)
				links = append(links, document.Link{Text: sb.String()[from:], Dest: string(c.Destination)})
			case *ast.AutoLink:
				u := string(c.URL(src))
				sb.WriteString(u)
				links = append(links, document.Link{Text: u, Dest: u})
			case *ast.CodeSpan:
				c0 := codeSpan(c, src)
				sb.WriteString(c0)
				code = append(code, c0)
			default:
				fmt.Fprintf(&sb, "<%s>", c.Kind())
			}
		}
	}
	walk(n)
	return sb.String(), links, code
}

// codeSpan returns a code span as it stands in src, backticks and all,
// as document.CodeSpan keeps it: the tree has its content, to whose ends
// CommonMark may have taken a space each from inside the backticks.
func codeSpan(c *ast.CodeSpan, src []byte) string {
	first, last := c.FirstChild().(*ast.Text), c.LastChild().(*ast.Text)
	from, to := first.Segment.Start, last.Segment.Stop
	if src[from-1] == ' ' && src[to] == ' ' {
		from, to = from-1, to+1
	}
	// The closing string ends the span; the opening one is as long,
	// and may follow an escaped backtick.
	n := 0
	for to+n < len(src) && src[to+n] == '`' {
		n++
	}
	return string(src[from-n : to+n])
}

// readText is a text node's text as a reader sees it: the tree keeps the
// source bytes, which the HTML renderer writes with escapes and entities
// resolved.
func readText(c *ast.Text, src []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(w, c.Segment.Value(src))
	w.Flush()
	s := stdhtml.UnescapeString(buf.String())
	if c.SoftLineBreak() || c.HardLineBreak() {
		s += "\n"
	}
	return s
}

// written returns the blocks the renderer wrote for doc, as a reader should
// see them.
func written(doc *document.Document) []rblock {
	var out []rblock
	var rows []document.Block // the rows of the table being read
	live := doc.Live()
	for n, i := range live {
		b := doc.Blocks[i]
		if b.Kind == document.TableRow {
			rows = append(rows, b)
			if n+1 == len(live) || doc.Blocks[live[n+1]].Kind != document.TableRow || doc.Blocks[live[n+1]].Level <= b.Level {
				out = append(out, writtenTable(rows)...)
				rows = nil
			}
			continue
		}
		r := rblock{Kind: b.Kind, Text: b.Text, Info: b.Info, Code: codeIn(b.Text, b.CodeSpans)}
		switch b.Kind {
		case document.Title:
			r.Level = 1
		case document.Heading:
			r.Level = min(max(b.Level, 2), 6)
		case document.ListItem:
			r.Level = b.Level
		case document.Caption:
			if b.Credit != "" {
				// Written as one line, in which a span may now stand
				// whole that the credits filter cut.
				r.Text += " " + b.Credit
				r.Code = codeIn(r.Text, b.CodeSpans)
			}
		case document.Byline, document.Credit:
			r.Kind = document.Paragraph
		}
		if doc.BrokenFrom(i) {
			// One block of lines, each after a hard line break.
			last := &out[len(out)-1]
			last.Text += "\n" + r.Text
			if r.Code != "" {
				last.Code = strings.TrimPrefix(last.Code+"\n"+r.Code, "\n")
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

// codeIn returns the code spans of code that text has, in order, one a
// line: the renderer writes every one it finds (where it was read, if all
// stand there still: document.FindCode) as code but one right after
// another.
func codeIn(text string, code []document.CodeSpan) string {
	var out []string
	written := -1 // where the last one written ended
	for _, c := range document.FindCode(text, 0, code) {
		if c.At != written {
			out = append(out, c.Text)
			written = c.At + len(c.Text)
		}
	}
	return strings.Join(out, "\n")
}

// codeInCells is codeIn for a table's row: its spans are looked for
// cell by cell, in order, each whole in a cell.
func codeInCells(cells []string, code []document.CodeSpan) string {
	var out []string
	written := map[int]int{} // cell -> where the last one written in it ended
	k, from := 0, 0          // the cell and where the last one found ended
	for _, c := range code {
		if strings.Contains(c.Text, "|") {
			continue
		}
		for n, off := k, from; n < len(cells); n, off = n+1, 0 {
			if i := strings.Index(cells[n][off:], c.Text); i >= 0 {
				i += off
				if end, ok := written[n]; !ok || end != i {
					out = append(out, c.Text)
					written[n] = i + len(c.Text)
				}
				k, from = n, i+len(c.Text)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// writtenTable returns the blocks a reader should see for the rows of one
// table: its rows, all as wide as the widest, the alignment as wide, or,
// with too few rows or columns for a table, a paragraph for each row with
// text.
func writtenTable(rows []document.Block) []rblock {
	cells := make([][]string, len(rows))
	width := 0
	for r, b := range rows {
		cells[r] = document.SplitCells(b.Text)
		width = max(width, len(cells[r]))
	}
	var out []rblock
	if !document.IsTable(cells) {
		for r, c := range cells {
			var words []string
			for _, w := range c {
				if w != "" {
					words = append(words, w)
				}
			}
			if len(words) > 0 {
				text := strings.Join(words, " ")
				out = append(out, rblock{Kind: document.Paragraph, Text: text, Code: codeIn(text, rows[r].CodeSpans)})
			}
		}
		return out
	}
	align := []byte(rows[0].Info)
	for len(align) < width {
		align = append(align, '-')
	}
	for r, c := range cells {
		for len(c) < width {
			c = append(c, "")
		}
		out = append(out, rblock{Kind: document.TableRow, Text: document.JoinCells(c), Info: string(align[:width]), Code: codeInCells(c, rows[r].CodeSpans)})
	}
	return out
}

func checkRoundTrip(t *testing.T, doc *document.Document) {
	t.Helper()
	checkRead(t, doc, markdown.Render(doc))
}

// checkRead checks that goldmark reads src as the blocks and texts of doc,
// a link as its text.
func checkRead(t *testing.T, doc *document.Document, src []byte) {
	t.Helper()
	got, want := readBack(src), written(doc)
	if len(got) != len(want) {
		t.Fatalf("goldmark reads %d blocks, renderer wrote %d\nmarkdown:\n%s\ngot:  %+v\nwant: %+v", len(got), len(want), src, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("block %d: goldmark reads %+v, renderer wrote %+v\nmarkdown:\n%s", i, got[i], want[i], src)
		}
	}
}

// Every character that Markdown would read as syntax comes back as text.
func TestEscapingRoundTrip(t *testing.T) {
	texts := []string{
		"1. Januar 2022 war ein Samstag.",
		"2) second",
		"# not a heading",
		"#hashtag",
		"> not a quote",
		"- not a list",
		"+ not a list",
		"* not a list",
		"--- not a rule",
		"---",
		"***",
		"___",
		"| a | b |",
		"<div>html</div> and <b>bold</b>",
		"a < b and c > d",
		"[link](http://example.org) and [ref]: /url",
		"*emphasis* and **strong** and _under_ and __double__",
		"snake_case_name and __init__ and file_",
		"back\\slash and C:\\Users\\x and ends with \\",
		"`code` and ``more``",
		"AT&T and &amp; and &#8220; and &copy",
		"~~~ fence",
		"```",
		"    indented code?",
		"2 * 3 = 6 and 4*5",
		"!important [x]",
		"Tag #",
		"100. hundred",
		"1234567890. too long for a marker",
		"=== setext?",
		// pandoc's syntax (see document's pandoc.go)
		"::: {.note}",
		":::",
		"[span]{.class} and f(x){#id} and `c`{=html}",
		"Title {#id .big}",
		"In favour:\\",
		// html-to-text's address notes (see document.AddressNoteEnd)
		"Europe [/blog/europe/] and [https://x.org/a]. [sic]",
		"[[/a.jpg]] Volker [[/b]](c) [x][/d]",
	}
	for _, tt := range texts {
		t.Run(tt, func(t *testing.T) {
			for _, kind := range []document.Kind{document.Paragraph, document.Title, document.Heading, document.ListItem, document.Quote, document.Caption} {
				doc := &document.Document{Blocks: []document.Block{{Kind: kind, Level: 2, Text: strings.TrimSpace(tt)}}}
				if kind == document.ListItem {
					doc.Blocks[0].Level = 0
				}
				checkRoundTrip(t, doc)
				// unscrape's own parser reads the same block back too.
				back := document.Parse(string(markdown.Render(doc)))
				if len(back.Blocks) != 1 || back.Blocks[0].Text != doc.Blocks[0].Text {
					t.Errorf("%v: document.Parse reads back %+v", kind, back.Blocks)
				}
			}
		})
	}
}

func TestListsRoundTrip(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{
		{Kind: document.Paragraph, Text: "Before the list."},
		{Kind: document.ListItem, Text: "one"},
		{Kind: document.ListItem, Level: 1, Text: "one.one"},
		{Kind: document.ListItem, Level: 2, Text: "one.one.one"},
		{Kind: document.ListItem, Text: "two"},
		{Kind: document.Paragraph, Text: "Between."},
		{Kind: document.ListItem, Ordered: true, Number: 9, Text: "nine"},
		{Kind: document.ListItem, Ordered: true, Number: 10, Text: "ten"},
		{Kind: document.ListItem, Ordered: true, Number: 11, Level: 1, Text: "nested under ten"},
		{Kind: document.Paragraph, Text: "Lone numbered item follows."},
		{Kind: document.ListItem, Ordered: true, Number: 1, Text: "alone"},
		{Kind: document.Paragraph, Text: "Steps with code between them."},
		{Kind: document.ListItem, Ordered: true, Number: 1, Text: "Install it:"},
		{Kind: document.Code, Info: "sh", Text: "go install x"},
		{Kind: document.ListItem, Ordered: true, Number: 2, Text: "Run it:"},
		{Kind: document.Code, Text: "x"},
		{Kind: document.ListItem, Ordered: true, Number: 4, Text: "not the next number"},
	}}
	checkRoundTrip(t, doc)
	src := string(markdown.Render(doc))
	// The steps stand at the margin, as their author wrote them; an item
	// without its neighbour is indented, which keeps it an item.
	for _, line := range []string{"1. Install it:", "2. Run it:", " 4. not the next number", " 1. alone"} {
		if !strings.Contains(src, "\n"+line+"\n") {
			t.Errorf("no line %q in\n%s", line, src)
		}
	}
	back := document.Parse(src)
	if len(back.Blocks) != len(doc.Blocks) {
		t.Fatalf("Parse reads back %d blocks, want %d", len(back.Blocks), len(doc.Blocks))
	}
	for i, b := range back.Blocks {
		if w := doc.Blocks[i]; b.Kind != w.Kind || b.Text != w.Text || b.Number != w.Number {
			t.Errorf("block %d: Parse reads back %s %d %q, want %s %d %q", i, b.Kind, b.Number, b.Text, w.Kind, w.Number, w.Text)
		}
	}
}

// Lines after a hard line break are written after one, in a paragraph and
// in a quote, while the line before is kept and of the same kind; the
// text format writes them a line each.
func TestBreaksRoundTrip(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{
		{Text: "The Orchard"},
		{Text: "The ladders are down,"},
		{Text: "the pears gone soft;", Break: true},
		{Text: "==", Break: true},
		{Text: "a path: C:\\"},
		{Text: "and on.", Break: true},
		{Text: "dropped", Break: true, Dropped: true},
		{Text: "after a dropped line", Break: true},
		{Kind: document.Quote, Text: "a quote"},
		{Kind: document.Quote, Text: "- goes on", Break: true},
		{Kind: document.Caption, Text: "a caption", Break: true},
	}}
	checkRoundTrip(t, doc)
	src := string(markdown.Render(doc))
	want := "The Orchard\n\nThe ladders are down,\\\nthe pears gone soft;\\\n\\==\n\n" +
		"a path: C:\\\\  \nand on.\n\nafter a dropped line\n\n> a quote\\\n> \\- goes on\n\n*a caption*\n"
	if src != want {
		t.Errorf("Render:\n%s\nwant:\n%s", src, want)
	}
	back := document.Parse(src)
	var texts []string
	var breaks []bool
	for _, b := range back.Blocks {
		texts, breaks = append(texts, b.Text), append(breaks, b.Break)
	}
	if want := []string{"The Orchard", "The ladders are down,", "the pears gone soft;", "==", "a path: C:\\", "and on.", "after a dropped line", "a quote", "- goes on", "a caption"}; !slices.Equal(texts, want) {
		t.Errorf("Parse reads back %q, want %q", texts, want)
	}
	if want := []bool{false, false, true, true, false, true, false, false, true, false}; !slices.Equal(breaks, want) {
		t.Errorf("Parse reads back breaks %v, want %v", breaks, want)
	}
	text := string(markdown.RenderText(doc))
	if want := "The Orchard\n\nThe ladders are down,\nthe pears gone soft;\n==\n\na path: C:\\\nand on.\n\nafter a dropped line\n\na quote\n- goes on\n\na caption\n"; text != want {
		t.Errorf("RenderText:\n%s\nwant:\n%s", text, want)
	}
}

// Every golden output reads back, with goldmark, as the blocks the renderer
// wrote.
func TestGoldenRoundTrip(t *testing.T) {
	in, _ := filepath.Glob("../../testdata/golden/*.txt")
	if len(in) == 0 {
		t.Fatal("no golden inputs")
	}
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range in {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Clean(p, data)
			if err != nil {
				t.Fatal(err)
			}
			checkRoundTrip(t, res.Doc)
		})
	}
}

// FuzzRoundTrip renders documents made from arbitrary text and checks that
// goldmark reads back exactly the blocks written, and that document.Parse
// reads back the same texts.
func FuzzRoundTrip(f *testing.F) {
	f.Add("p1. Januar\nt# x\nh*a*\nl- b\nl1c\nq> d\nc_e_\no[x](y)")
	f.Add("p<a href>\nl  x\nq&amp;\npa\\\np`x`")
	f.Add("ksh|go install x|```|~~~~|  ```  |\nla\nka`b|x\nk|\nk||")
	f.Add("pBefore\nRa;b;c\nr1;|;\\\nr;;x\nR# x;- y\nr1. z;`q`\nRonly;one\npAfter")
	f.Add("pRoses are red,\nbviolets\\\nb==\nb- x\nb1. y\nb# z\nq> a\nQ--\nQb *c\nb* d\ncafter")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := &document.Document{}
		row := 0 // the next table row's index in its table
		for _, ln := range strings.Split(s, "\n") {
			if len(ln) < 2 {
				continue
			}
			if ln[0] == 'r' || ln[0] == 'R' {
				// A table row: its cells separated by ";", "R" the
				// first row of a new table.
				if ln[0] == 'R' {
					row = 0
				}
				var cells []string
				for c := range strings.SplitSeq(ln[1:], ";") {
					cells = append(cells, strings.Join(strings.Fields(c), " "))
				}
				text := document.JoinCells(cells)
				if strings.ContainsFunc(text, unicode.IsControl) || !utf8.ValidString(text) {
					continue
				}
				doc.Blocks = append(doc.Blocks, document.Block{Kind: document.TableRow, Level: row, Text: text, Info: "lcr-"[:min(row, 4)]})
				row++
				continue
			}
			row = 0
			if ln[0] == 'k' {
				// Code: its info string before the first "|", its lines
				// after it, separated by "|".
				info, code, _ := strings.Cut(ln[1:], "|")
				info = strings.Trim(info, " \t")
				if strings.ContainsFunc(info+code, unicode.IsControl) || !utf8.ValidString(info+code) {
					continue
				}
				doc.Blocks = append(doc.Blocks, document.Block{Kind: document.Code, Info: info, Text: strings.ReplaceAll(code, "|", "\n")})
				continue
			}
			// The text must be as the unicode filter leaves it: trimmed,
			// single spaces, no controls.
			// The kind's byte may have cut a character in two: decoded
			// text is valid UTF-8.
			txt := strings.Join(strings.Fields(ln[1:]), " ")
			if txt == "" || strings.ContainsFunc(txt, unicode.IsControl) || !utf8.ValidString(txt) {
				continue
			}
			b := document.Block{Text: txt}
			switch ln[0] {
			case 't':
				b.Kind = document.Title
			case 'h':
				b.Kind, b.Level = document.Heading, 2
			case 'l':
				b.Kind = document.ListItem
			case 'o':
				b.Kind, b.Ordered, b.Number = document.ListItem, true, len(doc.Blocks)+1
			case 'q':
				b.Kind = document.Quote
			case 'b':
				// A line after a hard line break.
				b.Break = true
			case 'Q':
				b.Kind, b.Break = document.Quote, true
			case 'c':
				b.Kind = document.Caption
			}
			doc.Blocks = append(doc.Blocks, b)
		}
		checkRoundTrip(t, doc)
		// Parse reads back the texts written (a table's rows as wide as
		// the table, too few rows for one as paragraphs).
		got, want := written(document.Parse(string(markdown.Render(doc)))), written(doc)
		if len(got) != len(want) {
			t.Fatalf("document.Parse reads %d blocks, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i].Text != want[i].Text || got[i].Info != want[i].Info {
				t.Errorf("block %d: Parse reads %q (info %q), want %q (info %q)", i, got[i].Text, got[i].Info, want[i].Text, want[i].Info)
			}
		}
	})
}

// FuzzCleanRoundTrip runs the whole default pipeline on arbitrary input, as
// a user's scrape reaches the renderer, and checks that goldmark reads the
// Markdown back as the blocks the renderer wrote. FuzzRoundTrip builds its
// documents by hand; this one also covers what the filters make of them.
func FuzzCleanRoundTrip(f *testing.F) {
	in, _ := filepath.Glob("../../testdata/golden/*.txt")
	for _, p := range in {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("Title\n\n1. Januar\n# x\n*a*\n- b\n> d\n_e_\n[x](y)\n<a href>\n&amp;\n`x`"))
	f.Add([]byte("[a](b)[a](c) a [a](<d e>) [![i](s)](h) x_[y](z)_ \\[q](r) <https://x.org/> *[c](d)*"))
	f.Add([]byte("f**k *a **b** c* ***x*** 3 * 4 2*3*4 [*l*](u) *[m*](v) y*\n**bold  \nends** x****\n**\n* * *\n*a `*` b*"))
	f.Add([]byte("Run `go test ./...`, ``a ` b``, ` x `, `[c](d)` [`e`](f) `g\\`h` `` ` ``\n\n| `a_b_` | [c](d) `e|f` |\n| --- | --- |\n| `x` | y |"))
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := c.Clean("fuzz", data)
		if err != nil {
			return // refused input (binary) has nothing to render
		}
		checkRoundTrip(t, res.Doc)
		// With the links written, the texts are the same.
		checkRead(t, res.Doc, markdown.Options{Links: true}.Render(res.Doc))
	})
}

// A code block is written so that CommonMark reads back its lines and
// info string exactly, whatever fences its lines hold, and document.Parse
// reads back the same block.
func TestCodeRoundTrip(t *testing.T) {
	for _, tc := range []struct{ info, text, fence string }{
		{"sh", "go test ./...\n# comment\n*a* \\*b\\* [x](y) <b>", "```"},
		{"", "", "```"},
		{"", "\n", "```"},
		{"", "```\n````", "`````"},
		{"", "   ```", "````"},
		{"", "    ```", "````"},
		{"a`b", "~~~ x\n``` y", "~~~~"},
		{"md", "  ``` closing-shaped only without text", "````"},
		{"", "\tindented\n  two\n", "```"},
		{"~``", "x", "~~~ "},
		{"`x", "", "~~~"},
	} {
		doc := &document.Document{Blocks: []document.Block{
			{Text: "Before."}, {Kind: document.Code, Info: tc.info, Text: tc.text}, {Text: "After."}}}
		src := markdown.Render(doc)
		if got, _, _ := strings.Cut(string(src[len("Before.\n\n"):]), "\n"); got != tc.fence+tc.info {
			t.Errorf("%q: opening fence %q, want %q", tc.text, got, tc.fence+tc.info)
		}
		checkRoundTrip(t, doc)
		back := document.Parse(string(src))
		if len(back.Blocks) != 3 || back.Blocks[1].Kind != document.Code || back.Blocks[1].Text != tc.text || back.Blocks[1].Info != tc.info {
			t.Errorf("%q: Parse reads back %+v", tc.text, back.Blocks)
		}
	}
}

// A table is written so that a GitHub Markdown reader sees its rows and
// cells, whatever the cells hold, and document.Parse reads back the same
// rows; rows the filters left too few for a table are paragraphs.
func TestTableRoundTrip(t *testing.T) {
	row := func(level int, info string, cells ...string) document.Block {
		return document.Block{Kind: document.TableRow, Level: level, Text: document.JoinCells(cells), Info: info}
	}
	dropped := func(b document.Block) document.Block { b.Dropped = true; return b }
	for _, tc := range []struct {
		name   string
		blocks []document.Block
		want   string
	}{
		{"plain", []document.Block{row(0, "--", "a", "b"), row(1, "--", "1", "2")},
			"| a | b |\n| --- | --- |\n| 1 | 2 |\n"},
		{"alignment, widest row, empty cells", []document.Block{row(0, "lcr", "a", ""), row(1, "lcr", "1", "2", "3", "4")},
			"| a |  |  |  |\n| :-- | :-: | --: | --- |\n| 1 | 2 | 3 | 4 |\n"},
		{"a row of dashes is no delimiter row", []document.Block{row(0, "", "0"), row(1, "", "", "#"), row(2, "", "--", ":-")},
			"| 0 |  |\n| --- | --- |\n|  | \\# |\n| \\-- | \\:- |\n"},
		{"a shorter row, which Markdown fills", []document.Block{row(0, "", "a", "b", "c"), row(1, "", "1")},
			"| a | b | c |\n| --- | --- | --- |\n| 1 |\n"},
		{"syntax in cells", []document.Block{row(0, "", "# h", "- i", "1. j"), row(1, "", "a | b", `c\`, "`d` *e* [f]"), row(2, "", "|", `\|`, "<b>")},
			"| \\# h | \\- i | 1\\. j |\n| --- | --- | --- |\n| a \\| b | c\\\\ | \\`d\\` \\*e\\* [f] |\n| \\| | \\\\\\| | \\<b> |\n"},
		{"header dropped: the first row left heads it", []document.Block{dropped(row(0, "", "h", "i")), row(1, "", "1", "2"), row(2, "", "3", "4")},
			"| 1 | 2 |\n| --- | --- |\n| 3 | 4 |\n"},
		{"one row left: a paragraph", []document.Block{row(0, "", "h", "i"), dropped(row(1, "", "1", "2"))},
			"h i\n"},
		{"one column with text left: paragraphs", []document.Block{row(0, "", "h", ""), row(1, "", "", ""), row(2, "", "1", "")},
			"h\n\n1\n"},
		{"nothing left to write", []document.Block{row(0, "", "", ""), row(1, "", "", "")},
			""},
		{"two tables", []document.Block{row(0, "", "a", "b"), row(1, "", "1", "2"), row(0, "", "c", "d"), row(1, "", "3", "4")},
			"| a | b |\n| --- | --- |\n| 1 | 2 |\n\n| c | d |\n| --- | --- |\n| 3 | 4 |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &document.Document{Blocks: append(append([]document.Block{{Text: "Before."}}, tc.blocks...), document.Block{Text: "After."})}
			src := string(markdown.Render(doc))
			want := "Before.\n\n" + tc.want
			if tc.want != "" {
				want += "\n"
			}
			if want += "After.\n"; src != want {
				t.Errorf("rendered\n%s\nwant\n%s", src, want)
			}
			checkRoundTrip(t, doc)
			got, wantBack := written(document.Parse(src)), written(doc)
			if len(got) != len(wantBack) {
				t.Fatalf("Parse reads back %+v, want %+v", got, wantBack)
			}
			for i := range got {
				if got[i].Text != wantBack[i].Text || got[i].Info != wantBack[i].Info {
					t.Errorf("block %d: Parse reads back %+v, want %+v", i, got[i], wantBack[i])
				}
			}
			if src := string(markdown.Render(document.Parse(src))); src != want {
				t.Errorf("rendered again\n%s\nwant\n%s", src, want)
			}
		})
	}
}

func TestTableText(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{
		{Text: "Before."},
		{Kind: document.TableRow, Text: document.JoinCells([]string{"a", "b|c"})},
		{Kind: document.TableRow, Level: 1, Text: document.JoinCells([]string{"", "2"})},
		{Kind: document.TableRow, Text: document.JoinCells([]string{"x", ""})},
		{Text: "After."},
	}}
	want := "Before.\n\na | b|c\n| 2\n\nx\n\nAfter.\n"
	if got := string(markdown.RenderText(doc)); got != want {
		t.Errorf("RenderText =\n%q\nwant\n%q", got, want)
	}
}

// A quote's lines in Markdown are one paragraph, and a line of ">" alone
// parts its paragraphs in the same quote: both read back as written, and
// a blank line still parts two quotes.
func TestQuoteParagraphsRoundTrip(t *testing.T) {
	src := "# The ferry\n\nThe captain said:\n\n> We waited ten years\n> for this boat.\n>\n> Now it is here.\n\n> Another quote.\n"
	doc := document.Parse(src)
	var texts []string
	for _, b := range doc.Blocks {
		texts = append(texts, b.Text)
	}
	if want := []string{"The ferry", "The captain said:", "We waited ten years for this boat.", "Now it is here.", "Another quote."}; !slices.Equal(texts, want) {
		t.Errorf("Parse: %q, want %q", texts, want)
	}
	checkRoundTrip(t, doc)
	want := "## The ferry\n\nThe captain said:\n\n> We waited ten years for this boat.\n>\n> Now it is here.\n\n> Another quote.\n"
	if got := string(markdown.Render(doc)); got != want {
		t.Errorf("Render:\n%s\nwant:\n%s", got, want)
	}
}
