package markdown_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/markdown"
)

// Only what CommonMark would read as syntax where it stands is escaped: a
// reader of the raw Markdown sees the text as the page had it.
func TestEscapeOnlySyntax(t *testing.T) {
	for _, tc := range []struct {
		kind document.Kind
		text string
		want string
	}{
		// An editor's brackets in a quotation are text: nothing defines
		// "again" as a link.
		{document.Paragraph, "we get our shot [again],” he said [sic]", "we get our shot [again],” he said [sic]\n"},
		{document.Paragraph, "a [b][c] d", "a [b][c] d\n"},
		// With a "](" in the text, a bracket may open a link.
		{document.Paragraph, "see [docs](https://example.org) [x]", "see \\[docs](https://example.org) \\[x]\n"},
		{document.Paragraph, "a ![img](src)", "a !\\[img](src)\n"},
		// At the start, a definition or a task list's box; else text.
		{document.Paragraph, "[a]: /url", "\\[a]: /url\n"},
		{document.Paragraph, "[1] Alarm fatigue: a review", "[1] Alarm fatigue: a review\n"},
		{document.Paragraph, "[Engadget]", "[Engadget]\n"},
		{document.ListItem, "[ ] todo", "- \\[ ] todo\n"},
		{document.ListItem, "[x]", "- \\[x]\n"},
		{document.ListItem, "[xy] todo", "- [xy] todo\n"},
		// A heading's text is inline: no block marker in it is syntax.
		{document.Heading, "2. Ditch the diet", "## 2. Ditch the diet\n"},
		{document.Heading, "- not a list > nor a quote", "## - not a list > nor a quote\n"},
		{document.Heading, "#1 pick #", "## #1 pick \\#\n"},
		// A "#" opens a heading only before a space.
		{document.Paragraph, "#hashtag and #1", "#hashtag and #1\n"},
		{document.Paragraph, "# a", "\\# a\n"},
		{document.Paragraph, "###### a", "\\###### a\n"},
		{document.Paragraph, "####### a", "####### a\n"},
		{document.ListItem, "#", "- \\#\n"},
		// A star is escaped where a reader would pair it or read a
		// bullet, and html2text's unpaired "**", which the parser drops.
		{document.Paragraph, "3 * 4 = 12 but f*ck, ** and *a", "3 * 4 = 12 but f*ck, \\*\\* and *a\n"},
		{document.Paragraph, "Price* and f**k**ing, *em*", "Price* and f\\*\\*k\\*\\*ing, \\*em\\*\n"},
		{document.Paragraph, "* x", "\\* x\n"},
		{document.Paragraph, "* * *", "\\* * *\n"},
		{document.Paragraph, "_ _ _", "\\_ _ _\n"},
		{document.Paragraph, "*", "\\*\n"},
		{document.Caption, "a*", "*a\\**\n"},
		// A caption's stars but a lone one between spaces, which the
		// parser could take for the closing one (FuzzClean: "A, *** Ap").
		{document.Caption, "A, *** Ap and f**k it, 3 * 4", "*A, \\*\\*\\* Ap and f\\*\\*k it, 3 * 4*\n"},
		// An underscore is escaped where a reader would pair it, and
		// only there: escaping one may free another ("_a _b_").
		{document.Paragraph, "_config.yml, a _ b", "_config.yml, a _ b\n"},
		{document.Paragraph, "a _ b, snake_case_", "a _ b, snake_case_\n"},
		{document.Paragraph, "@_handle and my_var", "@_handle and my_var\n"},
		{document.Paragraph, "@_handle, snake_case_", "@\\_handle, snake_case\\_\n"},
		{document.Paragraph, "_em_ and __init__.py", "\\_em\\_ and \\_\\_init\\_\\_.py\n"},
		{document.Paragraph, "_a _b_ c_", "\\_a \\_b\\_ c\\_\n"},
		{document.Caption, "a_ _b and _c_", "*a_ _b and \\_c\\_*\n"},
		{document.Heading, "* x", "## * x\n"},
		// Where a block marker is syntax, it is escaped.
		{document.Paragraph, "2. Ditch the diet", "2\\. Ditch the diet\n"},
		{document.ListItem, "# Title", "- \\# Title\n"},
	} {
		b := document.Block{Kind: tc.kind, Text: tc.text}
		if tc.kind == document.Heading {
			b.Level = 2
		}
		doc := &document.Document{Blocks: []document.Block{b}}
		if got := string(markdown.Render(doc)); got != tc.want {
			t.Errorf("%v %q: rendered %q, want %q", tc.kind, tc.text, got, tc.want)
		}
		checkRoundTrip(t, doc)
		if back := document.Parse(tc.want); len(back.Blocks) != 1 || back.Blocks[0].Text != tc.text {
			t.Errorf("%v %q: document.Parse reads back %+v", tc.kind, tc.text, back.Blocks)
		}
	}
}

// After its rounds, escapeEmphasis escapes every marker that may delimit
// in one go: goldmark and Parse read the line as text all the same.
func TestEscapeEmphasisFallback(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	toks := []string{"a", "b", " ", "*", "_", "**", "__", "(", ")", ".", "***", "é"}
	for range 3000 {
		s := "x"
		for range 2 + r.IntN(20) {
			s += toks[r.IntN(len(toks))]
		}
		s = strings.Join(strings.Fields(s), " ")
		for rounds := range 2 {
			got := markdown.EscapeEmphasisRounds(s, 0, len(s), rounds)
			if d := document.Delimiters(got); d != nil {
				t.Errorf("%q → %q (%d rounds): still delimiters", s, got, rounds)
			}
			if bs := readBack([]byte(got + "\n")); len(bs) != 1 || bs[0].Text != s {
				t.Errorf("%q → %q (%d rounds): goldmark reads %+v", s, got, rounds, bs)
			}
			if doc := document.Parse(got); len(doc.Blocks) != 1 || doc.Blocks[0].Text != s {
				t.Errorf("%q → %q (%d rounds): Parse reads %+v", s, got, rounds, doc.Blocks)
			}
		}
	}
}

// Lines that make a reader's header once the filters took what stood
// between them are written so that no second run reads one (FuzzCleanLinks:
// "Title:", a counter, "Markdown Content:"); their text stays.
func TestRenderNoReaderHeader(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{
		{Kind: document.Paragraph, Text: "Title: A"},
		{Kind: document.Paragraph, Text: "Markdown Content:"},
		{Kind: document.Paragraph, Text: "Body."},
	}}
	out := string(markdown.Options{}.Render(doc))
	if want := "Title\\: A\n\nMarkdown Content:\n\nBody.\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	again := document.Parse(out)
	if again.Meta.Header != nil || len(again.Blocks) != 3 || again.Blocks[0].Text != "Title: A" {
		t.Errorf("read back as header %q, blocks %+v", again.Meta.Header, again.Blocks)
	}
	if text := string(markdown.RenderText(doc)); document.Parse(text).Meta.Header != nil {
		t.Errorf("plain text %q reads back as a header", text)
	}
}
