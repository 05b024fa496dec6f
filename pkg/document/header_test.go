package document

import (
	"slices"
	"testing"
)

func TestReaderHeader(t *testing.T) {
	for _, tc := range []struct {
		in     string
		fields []Field
		first  string // the text of the first block
	}{
		{"Title: A\n\nURL Source: https://x.org/a\n\nPublished Time: 2024-03-01\n\nMarkdown Content:\nBody text.",
			[]Field{{"Title", "A"}, {"URL Source", "https://x.org/a"}, {"Published Time", "2024-03-01"}}, "Body text."},
		{"\nTitle: A: B\nWarning: Target URL returned error 404: Not Found\nMarkdown Content:\n\n# A",
			[]Field{{"Title", "A: B"}, {"Warning", "Target URL returned error 404: Not Found"}}, "A"},
		{"Title:\nURL Source: u\nMarkdown Content:\nb", []Field{{"URL Source", "u"}}, "b"},
		// A control character is no text (FuzzCleanLinks: the repair
		// removed it, and a second run read a header the first did not).
		{"Title:\x16\nURL Source: u\x00\nMarkdown Content:\nb", []Field{{"URL Source", "u"}}, "b"},
		{"Title:\u200b\nURL Source:\u00a0u\nMarkdown Content:\nb", []Field{{"URL Source", "u"}}, "b"},
		// Not a header: no "Markdown Content:", a line of prose, no
		// title first.
		{"Title: A\n\nBody text.\n\nMarkdown Content:\nmore", nil, "Title: A"},
		{"Title: A\nURL Source: x\n", nil, "Title: A"},
		{"URL Source: x\nTitle: A\nMarkdown Content:\nb", nil, "URL Source: x"},
		{"Title: A\nthe source: x\nMarkdown Content:\nb", nil, "Title: A"},
	} {
		d := Parse(tc.in)
		if !slices.Equal(d.Meta.Header, tc.fields) || len(d.Blocks) == 0 || d.Blocks[0].Text != tc.first {
			t.Errorf("%q: header %q, blocks %+v; want %q, first %q", tc.in, d.Meta.Header, d.Blocks, tc.fields, tc.first)
		}
	}
}
