package document

import (
	"slices"
	"testing"
)

// A code span is read as CommonMark reads it and kept as written, its
// backticks in the text; nothing in it is read as emphasis, a link or an
// escape.
func TestParseCodeSpans(t *testing.T) {
	for _, tc := range []struct {
		in   string
		text string
		code []CodeSpan
	}{
		{"Run `go test ./...` now", "Run `go test ./...` now", []CodeSpan{{"`go test ./...`", 4}}},
		{"`snake_case_` and `[a](b)` and `\\*`", "`snake_case_` and `[a](b)` and `\\*`",
			[]CodeSpan{{"`snake_case_`", 0}, {"`[a](b)`", 18}, {"`\\*`", 31}}},
		// A string of two backticks closes only at two: the one inside
		// is code.
		{"``a ` b`` and ``` x", "``a ` b`` and ``` x", []CodeSpan{{"``a ` b``", 0}}},
		// A lone backtick, and an escaped one, are text; a backslash in
		// code is code, and does not escape the backtick that ends it.
		{"\\`x\\` y and it`s", "`x` y and it`s", nil},
		{"`a\\` b`", "`a\\` b`", []CodeSpan{{"`a\\`", 0}}},
		// Code binds tighter than a link; a link's text may hold code.
		{"`[a](b)` [`c`](d)", "`[a](b)` `c`", []CodeSpan{{"`[a](b)`", 0}, {"`c`", 9}}},
		// Its control characters go, as a fenced block's do.
		{"a `x\x1e\ty`", "a `x\ty`", []CodeSpan{{"`x\ty`", 2}}},
		// A span of nothing but them is no span: its backtick strings
		// are one string of text.
		{"r```\x05```n", "r``````n", nil},
		// Its spaces stay as they are.
		{"a  `x  y`  b", "a `x  y` b", []CodeSpan{{"`x  y`", 2}}},
		// Emphasis around code: the markers go, the code stays.
		{"**`x`** and _`y`_", "`x` and `y`", []CodeSpan{{"`x`", 0}, {"`y`", 8}}},
		// A span the markers' going leaves right after another is text
		// (FuzzClean: the second was repaired as text on a second run).
		{"a `x`*`y`* b", "a `x``y` b", []CodeSpan{{"`x`", 2}}},
	} {
		d := Parse(tc.in)
		if len(d.Blocks) != 1 || d.Blocks[0].Text != tc.text || !slices.Equal(d.Blocks[0].CodeSpans, tc.code) {
			t.Errorf("%q: got %+v, want %q %v", tc.in, d.Blocks, tc.text, tc.code)
		}
	}
	// A caption is a wholly emphasised line; a marker in its code does
	// not end it.
	if d := Parse("*a `*` b*"); len(d.Blocks) != 1 || d.Blocks[0].Kind != Caption || d.Blocks[0].Text != "a `*` b" {
		t.Errorf("caption with code: got %+v", d.Blocks)
	}
	// In a table's cells too, where the renderer finds them (At -1).
	d := Parse("| a | b |\n| --- | --- |\n| `x_y_` | `z` |\n| c | d |\n")
	if len(d.Blocks) != 3 || !slices.Equal(d.Blocks[1].CodeSpans, []CodeSpan{{"`x_y_`", -1}, {"`z`", -1}}) {
		t.Errorf("table: got %+v", d.Blocks)
	}
}

// A line of many backtick strings that close nothing is read once for
// each length, not once for each string.
func TestCodeAtUnclosed(t *testing.T) {
	var open noClose
	s := "` `` ``` ` ``"
	if n, end := codeAt(s, 0, &open); n != 1 || end != 10 {
		t.Errorf("codeAt(0) = %d, %d; want 1, 10", n, end)
	}
	if n, end := codeAt(s, 5, &open); n != 3 || end != -1 {
		t.Errorf("codeAt(5) = %d, %d; want 3, -1", n, end)
	}
	if !open.has(3) || open.has(1) {
		t.Errorf("open lengths: %+v", open)
	}
	long := string(make([]byte, 0))
	for range 70 {
		long += "`"
	}
	if _, end := codeAt(long+"x", 0, &open); end != -1 || !open.has(70) {
		t.Errorf("a string of 70 closes nothing: end %d, open %+v", end, open)
	}
}

func TestFindCode(t *testing.T) {
	// Each the first copy after the one before, wherever it was read:
	// the unicode filter shortened the text before these two.
	code := []CodeSpan{{"`0`", 9}, {"`0`", 13}}
	got := FindCode("ůÀ‡`0`0`0`", 0, code)
	want := []CodeSpan{{"`0`", 7}, {"`0`", 11}}
	if !slices.Equal(got, want) {
		t.Errorf("FindCode = %v, want %v", got, want)
	}
	if got := FindCode("`a` changed", 0, []CodeSpan{{"`x`", 0}}); got != nil {
		t.Errorf("a span no longer there: %v", got)
	}
	// Where they were read, when all stand there still: the text before
	// the second holds a copy of it that is text (FuzzClean: "`0`\\`0\\`B`0`").
	code = []CodeSpan{{"`0`", 0}, {"`0`", 7}}
	if got := FindCode("`0``0`B`0``", 0, code); !slices.Equal(got, code) {
		t.Errorf("FindCode = %v, want %v", got, code)
	}
}
