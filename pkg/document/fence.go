package document

import (
	"strings"

	"github.com/unscrape/unscrape/pkg/decode"
)

// A Fence is the opening line of a CommonMark fenced code block: three or
// more backticks or tildes, maybe indented, and an info string ("sh",
// "go"). CommonMark allows three spaces at the margin and more inside a
// list item; unscrape, which does not nest blocks in list items, takes a
// fence at any indentation (an indented code block, which it does not
// read, holds no fence). Scrapers that write Markdown (and people who write
// Markdown by hand, whose files a pre-commit hook passes to unscrape)
// put code between fences; its lines are the author's exactly, so the
// parser keeps them as one Code block that no filter reads or changes.
type Fence struct {
	Char   byte   // '`' or '~'
	Len    int    // how many
	Indent int    // spaces before it, stripped from the code's lines as CommonMark does
	Info   string // the info string, trimmed
}

// OpenFence reports whether line opens a fenced code block, and how.
func OpenFence(line string) (Fence, bool) {
	indent := 0
	for indent < len(line) && line[indent] == ' ' {
		indent++
	}
	if indent == len(line) {
		return Fence{}, false
	}
	c := line[indent]
	if c != '`' && c != '~' {
		return Fence{}, false
	}
	n := 0
	for indent+n < len(line) && line[indent+n] == c {
		n++
	}
	if n < 3 {
		return Fence{}, false
	}
	info := strings.Trim(withoutControls(line[indent+n:]), " \t")
	// A backtick in the info string would make "```a`b" a code span.
	if c == '`' && strings.IndexByte(info, '`') >= 0 {
		return Fence{}, false
	}
	return Fence{Char: c, Len: n, Indent: indent, Info: info}, true
}

// Closes reports whether line closes the block f opened: at least as many
// of the same character, maybe indented, and nothing after them but
// spaces and tabs.
func (f Fence) Closes(line string) bool {
	c, n := closingRun(line)
	return c == f.Char && n >= f.Len
}

// codeLine is a line of a fenced block without the fence's indentation.
func (f Fence) codeLine(line string) string {
	for i := 0; i < f.Indent; i++ {
		if line == "" || line[0] != ' ' {
			break
		}
		line = line[1:]
	}
	return withoutControls(line)
}

// withoutControls returns s without the control characters that make input
// binary to decode (all but tab, line ends, form feed and escape). Code is
// kept as written, not repaired, but input with enough of them is refused,
// and in the output, where the code is a larger share, they would be more.
func withoutControls(s string) string {
	control := func(r rune) bool { return r < 0x80 && decode.IsControlByte(byte(r)) }
	if strings.IndexFunc(s, control) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if control(r) {
			return -1
		}
		return r
	}, s)
}

// closingRun returns the fence character and its count when line has the
// shape of a closing fence, else 0 and 0.
func closingRun(line string) (byte, int) {
	t := strings.TrimLeft(line, " ")
	if t == "" || (t[0] != '`' && t[0] != '~') {
		return 0, 0
	}
	c, n := t[0], 0
	for n < len(t) && t[n] == c {
		n++
	}
	if n < 3 || strings.Trim(t[n:], " \t") != "" {
		return 0, 0
	}
	return c, n
}

// A span is a fenced code block: the lines of its opening and closing
// fences.
type span struct {
	open, close int
	fence       Fence
	// labelled is true for code without a fence under its toolbar's
	// label (see codeLabel): the label is line open, the code the lines
	// after it; info is the language the label names, or "".
	labelled bool
	info     string
}

// fencedBlocks returns the fenced code blocks of lines, from line from on.
// An opening fence no later line closes is not one: an unclosed fence in
// scraped text is more often a stray line of backticks than code running
// to the end of the page, and it stays text.
func fencedBlocks(lines []string, from int) []span {
	// Whether a later line closes a fence is looked up, not searched
	// for: the longest closing run of each character from each line on.
	// Searching would read the rest of the text again for every fence
	// that is never closed.
	var longest [][2]int
	for i := len(lines) - 1; i >= from; i-- {
		c, n := closingRun(lines[i])
		if n == 0 && longest == nil {
			continue
		}
		if longest == nil {
			longest = make([][2]int, len(lines)+1)
		}
		longest[i] = longest[i+1]
		if k := fenceIndex(c); k >= 0 && n > longest[i][k] {
			longest[i][k] = n
		}
	}
	if longest == nil {
		return nil
	}
	var spans []span
	for i := from; i < len(lines); i++ {
		f, ok := OpenFence(lines[i])
		if !ok || longest[i+1][fenceIndex(f.Char)] < f.Len {
			continue
		}
		j := i + 1
		for !f.Closes(lines[j]) {
			j++
		}
		spans = append(spans, span{open: i, close: j, fence: f})
		i = j
	}
	return spans
}

func fenceIndex(c byte) int {
	switch c {
	case '`':
		return 0
	case '~':
		return 1
	}
	return -1
}
