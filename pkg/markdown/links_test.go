package markdown_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/markdown"
)

// With Links, a link is written around its text where the text still has
// it as a whole word, and read back by goldmark and by document.Parse as
// the same link.
func TestRenderLinks(t *testing.T) {
	link := func(text, dest string) document.Link { return document.Link{Text: text, Dest: dest} }
	for _, tc := range []struct {
		name  string
		block document.Block
		want  string
		links []document.Link // the links written, if not all
	}{
		{"paragraph", document.Block{Text: "Read the full report on the site.", Links: []document.Link{
			link("full report", "https://example.org/r"), link("site", "/a_(b)")}},
			"Read the [full report](https://example.org/r) on the [site](/a_(b)).\n", nil},
		{"autolink", document.Block{Text: "Mail https://example.org/x now", Links: []document.Link{
			link("https://example.org/x", "https://example.org/x")}},
			"Mail <https://example.org/x> now\n", nil},
		{"brackets and markers of the text escaped", document.Block{Text: "[sic] a *b* c_d", Links: []document.Link{link("a", "/a")}},
			"\\[sic\\] [a](/a) \\*b\\* c_d\n", nil},
		{"inside a word, changed, or an address that cannot be written: text", document.Block{Text: "cats and dogs", Links: []document.Link{
			link("cat", "/c"), link("horses", "/h"), link("dogs", "/d e"), link("and", "/a")}},
			"cats [and](/a) dogs\n", []document.Link{link("and", "/a")}},
		{"in order, each once", document.Block{Text: "a b a", Links: []document.Link{link("a", "/2"), link("a", "/3")}},
			"[a](/2) b [a](/3)\n", nil},
		{"heading", document.Block{Kind: document.Heading, Level: 2, Text: "2. Home #", Links: []document.Link{link("Home", "/")}},
			"## 2. [Home](/) \\#\n", nil},
		{"list item", document.Block{Kind: document.ListItem, Text: "1. Home", Links: []document.Link{link("Home", "/")}},
			"- 1\\. [Home](/)\n", nil},
		{"caption", document.Block{Kind: document.Caption, Text: "A ship", Credit: "Photo: dpa", Links: []document.Link{link("ship", "/s")}},
			"*A [ship](/s) Photo: dpa*\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &document.Document{Blocks: []document.Block{tc.block}}
			src := markdown.Options{Links: true}.Render(doc)
			if string(src) != tc.want {
				t.Fatalf("rendered %q, want %q", src, tc.want)
			}
			want := tc.links
			if want == nil {
				want = tc.block.Links
			}
			gotText, gotLinks := readLinks(t, src)
			wantText := tc.block.Text
			if tc.block.Credit != "" {
				wantText += " " + tc.block.Credit
			}
			if gotText != wantText || !slices.Equal(gotLinks, want) {
				t.Errorf("goldmark reads %q %v, want %q %v", gotText, gotLinks, wantText, want)
			}
			back := document.Parse(string(src))
			if len(back.Blocks) != 1 || !slices.Equal(back.Blocks[0].Links, want) {
				t.Errorf("document.Parse reads back %+v, want links %v", back.Blocks, want)
			}
			// Without Links, the same document is written as before.
			if plain := string(markdown.Render(doc)); strings.Contains(plain, "](") || strings.Contains(plain, "<http") {
				t.Errorf("without links: %q", plain)
			}
		})
	}
}

// readLinks reads the one block of src with goldmark and returns its text
// as a reader sees it and its links.
func readLinks(t *testing.T, src []byte) (string, []document.Link) {
	t.Helper()
	root := goldmark.New().Parser().Parse(text.NewReader(src))
	var sb strings.Builder
	var links []document.Link
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
				s, ls := inlineLinks(c, src)
				sb.WriteString(s)
				links = append(links, ls...)
			default:
				visit(c)
			}
		}
	}
	visit(root)
	return sb.String(), links
}
