package document

import (
	"slices"
	"strings"
)

// CodeSpan is an inline code span of a block's text: "`go test ./...`" in
// a blog post, "`<meta charset>`" in a tutorial. Its characters are the
// source's to the letter, so a code span is not read as inline text: its
// underscores are no emphasis, its brackets no link, its backslashes no
// escapes. It stays in the block's Text as it was written, backticks and
// all, where the filters read it as they read any text (the quotes filter
// leaves what stands in backticks alone), and the renderer writes it back
// as code where it still finds it; a span a filter changed is written as
// the text it now is, backticks escaped.
type CodeSpan struct {
	// Text is the span as written, its backtick strings and what is
	// between them, a line break read as a space, as CommonMark does,
	// and without the control characters a fenced code block loses.
	Text string
	// At is where Text starts in the block's Text as it was read (-1 in
	// a table row); FindCode sets where it stands now.
	At int
}

// codeAt reads the code span whose opening backtick string starts at
// s[i]: a string of n backticks, the code, and the next string of exactly
// n backticks. It returns the index after the closing string, or -1 when
// none closes it, in which case the opening string is text. Strings of a
// length already known to close nothing after i (open) close nothing
// after a later one either: a line of many lone backticks is read once.
func codeAt(s string, i int, open *noClose) (n, end int) {
	n = ticks(s, i)
	if open.has(n) {
		return n, -1
	}
	for j := i + n; j < len(s); {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			break
		}
		j += k
		m := ticks(s, j)
		if m == n {
			return n, j + n
		}
		j += m
	}
	open.add(n)
	return n, -1
}

// skipCode returns the index of the last byte of the code span whose
// opening backtick string starts at s[i], or of that string when it
// closes nothing: where a reader that does not look into code goes on.
func skipCode(s string, i int, open *noClose) int {
	n, end := codeAt(s, i, open)
	if end > 0 {
		return end - 1
	}
	return i + n - 1
}

// ticks returns the length of the backtick string at s[i].
func ticks(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

// noClose is the set of backtick string lengths that close nothing after
// where they were last looked for.
type noClose struct {
	short uint64 // lengths 1 to 64
	long  map[int]bool
}

func (c *noClose) has(n int) bool {
	if n <= 64 {
		return c.short&(1<<(n-1)) != 0
	}
	return c.long[n]
}

func (c *noClose) add(n int) {
	if n <= 64 {
		c.short |= 1 << (n - 1)
		return
	}
	if c.long == nil {
		c.long = map[int]bool{}
	}
	c.long[n] = true
}

// FindCode returns the code spans of code that text has, in order, each
// with At where it stands: where they were read, when every one of them
// stands there still (the text may hold a copy of one before it, as text:
// "`0`\\`0\\`" is read as a span and the text "`0`"); else each at its first
// copy at or after from and after the one before it. A span a filter
// changed is not found. Not the copy nearest to where it was read, as for
// a link: a filter that changed the text before it moved it, and of
// "`0`0`0`", two spans, the copy nearest to the first's old place may be
// the one in the middle, which leaves none for the second.
func FindCode(text string, from int, code []CodeSpan) []CodeSpan {
	if standsAsRead(text, from, code) {
		return slices.Clone(code)
	}
	var out []CodeSpan
	for _, c := range code {
		if i := index(text, from, c.Text); i >= 0 {
			out = append(out, CodeSpan{Text: c.Text, At: i})
			from = i + len(c.Text)
		}
	}
	return out
}

// index returns the index of the first sub at or after from in s, or -1.
func index(s string, from int, sub string) int {
	if from > len(s) {
		return -1
	}
	if k := strings.Index(s[from:], sub); k >= 0 {
		return from + k
	}
	return -1
}

// standsAsRead reports whether every span of code stands in text where it
// was read, in order, from from on.
func standsAsRead(text string, from int, code []CodeSpan) bool {
	for _, c := range code {
		if c.At < from || c.At+len(c.Text) > len(text) || text[c.At:c.At+len(c.Text)] != c.Text {
			return false
		}
		from = c.At + len(c.Text)
	}
	return true
}
