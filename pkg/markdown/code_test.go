package markdown_test

import (
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/markdown"
)

// A code span is written as it was read, nothing in it escaped, and read
// back by goldmark as code and by document.Parse as the same span; a
// backtick that is not a span's is escaped.
func TestRenderCodeSpans(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		links          bool
	}{
		{"paragraph", "Run `go test ./...` or `x_y_` and `*` but not it`s.",
			"Run `go test ./...` or `x_y_` and `*` but not it\\`s.\n", false},
		{"a backslash in code is code", "`a\\` and \\`b",
			"`a\\` and \\`b\n", false},
		{"code binds tighter than a link", "`[a](b)` [`c` d](e) [not a `link](/foo`)",
			"`[a](b)` [`c` d](e) \\[not a `link](/foo`)\n", true},
		// A link's address is read before a code span after it; one with
		// a backtick is not written, as it could pair with one after it.
		{"a backtick in an address", "[f](g`h)` i`", "f` i`\n", true},
		{"without links, a link holds its code still", "[`c` d](e)",
			"`c` d\n", false},
		// The backticks of two spans side by side would be one string:
		// the second is text (a link's text held it, "`b`" of "[`b`]()"),
		// and so is a third right after it.
		{"a span right after another", "`a`[`b`]()[`c`]() x",
			"`a`\\`b\\`\\`c\\` x\n", false},
		{"at the start of a list item, a heading, a caption", "- `#` x\n\n## `#` y `#`\n\n*`z` w*",
			"- `#` x\n\n## `#` y `#`\n\n*`z` w*\n", false},
		{"table: a cell's code, but one with a |, which is text", "| a | b |\n| --- | --- |\n| `x\\|y` | `z` |\n| c | d |",
			"| a | b |\n| --- | --- |\n| \\`x\\\\\\|y\\` | `z` |\n| c | d |\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := clean(t, tc.in, tc.links)
			if res != tc.want {
				t.Fatalf("rendered %q, want %q", res, tc.want)
			}
			if again := clean(t, res, tc.links); again != res {
				t.Errorf("a second run gives %q", again)
			}
			doc := document.Parse(tc.want)
			checkRead(t, doc, []byte(tc.want))
		})
	}
}

func clean(t *testing.T, in string, links bool) string {
	t.Helper()
	doc := document.Parse(in)
	return string(markdown.Options{Links: links}.Render(doc))
}
