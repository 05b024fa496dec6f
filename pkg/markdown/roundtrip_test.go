package markdown_test

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
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
}

// readBack parses src with goldmark, an independent CommonMark parser, and
// flattens its tree into blocks comparable with a document.Document.
func readBack(src []byte) []rblock {
	root := goldmark.New().Parser().Parse(text.NewReader(src))
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
				out = append(out, rblock{Kind: k, Level: c.Level, Text: inlineText(c, src)})
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
				out = append(out, rblock{Kind: k, Level: lvl, Text: inlineText(c, src)})
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
			default:
				out = append(out, rblock{Kind: 255, Text: fmt.Sprintf("unexpected %s", c.Kind())})
			}
		}
	}
	walk(root, -1, document.Paragraph)
	return out
}

func inlineText(n ast.Node, src []byte) string {
	var sb strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				// The tree keeps the source bytes; a reader sees them with
				// escapes and entities resolved, as the HTML renderer does.
				var buf bytes.Buffer
				w := bufio.NewWriter(&buf)
				html.DefaultWriter.Write(w, c.Segment.Value(src))
				w.Flush()
				sb.WriteString(stdhtml.UnescapeString(buf.String()))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte('\n')
				}
			case *ast.String:
				sb.Write(c.Value)
			case *ast.Emphasis:
				walk(c)
			default:
				fmt.Fprintf(&sb, "<%s>", c.Kind())
			}
		}
	}
	walk(n)
	return sb.String()
}

// written returns the blocks the renderer wrote for doc, as a reader should
// see them.
func written(doc *document.Document) []rblock {
	var out []rblock
	for _, i := range doc.Live() {
		b := doc.Blocks[i]
		r := rblock{Kind: b.Kind, Text: b.Text, Info: b.Info}
		switch b.Kind {
		case document.Title:
			r.Level = 1
		case document.Heading:
			r.Level = min(max(b.Level, 2), 6)
		case document.ListItem:
			r.Level = b.Level
		case document.Caption:
			if b.Credit != "" {
				r.Text += " " + b.Credit
			}
		case document.Byline, document.Credit:
			r.Kind = document.Paragraph
		}
		out = append(out, r)
	}
	return out
}

func checkRoundTrip(t *testing.T, doc *document.Document) {
	t.Helper()
	src := markdown.Render(doc)
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
	}}
	checkRoundTrip(t, doc)
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
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := &document.Document{}
		for _, ln := range strings.Split(s, "\n") {
			if len(ln) < 2 {
				continue
			}
			if ln[0] == 'k' {
				// Code: its info string before the first "|", its lines
				// after it, separated by "|".
				info, code, _ := strings.Cut(ln[1:], "|")
				info = strings.Trim(info, " \t")
				if strings.ContainsFunc(info+code, unicode.IsControl) {
					continue
				}
				doc.Blocks = append(doc.Blocks, document.Block{Kind: document.Code, Info: info, Text: strings.ReplaceAll(code, "|", "\n")})
				continue
			}
			// The text must be as the unicode filter leaves it: trimmed,
			// single spaces, no controls.
			txt := strings.Join(strings.Fields(ln[1:]), " ")
			if txt == "" || strings.ContainsFunc(txt, unicode.IsControl) {
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
			case 'c':
				b.Kind = document.Caption
			}
			doc.Blocks = append(doc.Blocks, b)
		}
		checkRoundTrip(t, doc)
		back := document.Parse(string(markdown.Render(doc)))
		if len(back.Blocks) != len(doc.Blocks) {
			t.Fatalf("document.Parse reads %d blocks, want %d", len(back.Blocks), len(doc.Blocks))
		}
		for i := range back.Blocks {
			if back.Blocks[i].Text != doc.Blocks[i].Text || back.Blocks[i].Info != doc.Blocks[i].Info {
				t.Errorf("block %d: Parse reads %q (info %q), want %q (info %q)", i, back.Blocks[i].Text, back.Blocks[i].Info, doc.Blocks[i].Text, doc.Blocks[i].Info)
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
