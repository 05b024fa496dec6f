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
		{"its text as the quotes and unicode filters left it", document.Block{Text: "Here’s why: Fish & Chips «\u202fà table\u202f»", Links: []document.Link{
			link("Here's why", "/w"), link("Fish &amp; Chips", "/f"), link("«à table»", "/t")}},
			"[Here’s why](/w): [Fish & Chips](/f) [«\u202fà table\u202f»](/t)\n", []document.Link{link("Here’s why", "/w"), link("Fish & Chips", "/f"), link("«\u202fà table\u202f»", "/t")}},
		{"an exclamation mark before it, which would make an image", document.Block{Text: "Wow!here", Links: []document.Link{link("here", "/h")}},
			"Wow\\![here](/h)\n", nil},
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
			want = withoutAt(want)
			wantText := tc.block.Text
			if tc.block.Credit != "" {
				wantText += " " + tc.block.Credit
			}
			if gotText != wantText || !slices.Equal(gotLinks, want) {
				t.Errorf("goldmark reads %q %v, want %q %v", gotText, gotLinks, wantText, want)
			}
			back := document.Parse(string(src))
			if len(back.Blocks) != 1 || !slices.Equal(withoutAt(back.Blocks[0].Links), want) {
				t.Errorf("document.Parse reads back %+v, want links %v", back.Blocks, want)
			}
			// Without Links, the same document is written as before.
			if plain := string(markdown.Render(doc)); strings.Contains(plain, "](") || strings.Contains(plain, "<http") {
				t.Errorf("without links: %q", plain)
			}
		})
	}
}

// withoutAt returns links without where they stood, which goldmark does
// not tell.
func withoutAt(links []document.Link) []document.Link {
	var out []document.Link
	for _, l := range links {
		l.At = 0
		out = append(out, l)
	}
	return out
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
				s, ls, _ := inlineLinks(c, src)
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

// A link goes back where it stood, not around the first copy of its text:
// a page's "here" is seldom its only one. Where the text moved (a filter
// changed what comes before it), the nearest copy is taken.
func TestRenderLinksWhereTheyStood(t *testing.T) {
	doc := document.Parse("Read it here, or download it [here](/pdf) and print it here.\n")
	want := "Read it here, or download it [here](/pdf) and print it here.\n"
	if got := string(markdown.Options{Links: true}.Render(doc)); got != want {
		t.Errorf("rendered %q, want %q", got, want)
	}
	doc.Blocks[0].Text = "Read it “here”, or download it here and print it here."
	want = "Read it “here”, or download it [here](/pdf) and print it here.\n"
	if got := string(markdown.Options{Links: true}.Render(doc)); got != want {
		t.Errorf("text moved: rendered %q, want %q", got, want)
	}
}

// A link's text may be written longer than it is (a backslash before each
// bracket), but never longer than Parse reads back as a link: a longer
// text is written as text, or a second run would read the brackets as
// text and write them escaped.
func TestRenderLinkTextBound(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		link bool
	}{
		{"escaped throughout", strings.Repeat("]", document.MaxLinkText), true},
		{"too long", strings.Repeat("a", document.MaxLinkText+1), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &document.Document{Blocks: []document.Block{{Text: tc.text, Links: []document.Link{{Text: tc.text, Dest: "/a"}}}}}
			src := markdown.Options{Links: true}.Render(doc)
			back := document.Parse(string(src))
			if len(back.Blocks) != 1 || back.Blocks[0].Text != tc.text {
				t.Fatalf("read back as %d blocks, not the text", len(back.Blocks))
			}
			if got := len(back.Blocks[0].Links) == 1; got != tc.link {
				t.Errorf("read back with a link: %v, want %v", got, tc.link)
			}
		})
	}
}
