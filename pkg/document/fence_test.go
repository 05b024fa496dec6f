package document

import (
	"strings"
	"testing"
)

type codeBlk struct {
	kind Kind
	text string
	info string
}

func TestParseFencedCode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []codeBlk
	}{
		{"backticks, info, verbatim lines", "Run it:\n```sh\n# not a heading\n  - not an item\n*a*  \\*b\\*\n\ndone\n```\nAfter.", []codeBlk{
			{Paragraph, "Run it:", ""}, {Code, "# not a heading\n  - not an item\n*a*  \\*b\\*\n\ndone", "sh"}, {Paragraph, "After.", ""}}},
		{"tildes, a longer closing fence", "~~~ python \nx = '1'\n~~~~~\n", []codeBlk{{Code, "x = '1'", "python"}}},
		{"a shorter fence does not close", "````\n```\ninner\n```\n````", []codeBlk{{Code, "```\ninner\n```", ""}}},
		{"the other character does not close", "```\n~~~\n```", []codeBlk{{Code, "~~~", ""}}},
		{"the fence's indentation is taken from each line", "  ```\n    four\n one\nnone\n  ```", []codeBlk{{Code, "  four\none\nnone", ""}}},
		{"empty", "```\n```\ntext", []codeBlk{{Code, "", ""}, {Paragraph, "text", ""}}},
		{"one empty line", "```\n\n```", []codeBlk{{Code, "", ""}}},
		{"unclosed: text", "```\nShare this article\n", []codeBlk{{Paragraph, "```", ""}, {Paragraph, "Share this article", ""}}},
		{"backtick in a backtick info string: text", "```a`b\nx\n```", []codeBlk{{Paragraph, "```a`b", ""}, {Paragraph, "x", ""}, {Paragraph, "```", ""}}},
		{"in a list item, indented further", "- Install:\n\n    ```sh\n    go install x\n      indented\n        ```\n- Next", []codeBlk{
			{ListItem, "Install:", ""}, {Code, "go install x\n  indented", "sh"}, {ListItem, "Next", ""}}},
		{"closing fence with text after: not closing", "```\n``` x\n```", []codeBlk{{Code, "``` x", ""}}},
		{"control characters out, tab, form feed and escape in", "~~~\x18sh\x7f\na\x01\tb\x0c\x1b[0m\n~~~", []codeBlk{{Code, "a\tb\x0c\x1b[0m", "sh"}}},
		{"two blocks", "```\na\n```\n```\nb\n```", []codeBlk{{Code, "a", ""}, {Code, "b", ""}}},
		{"front matter first", "---\ntitle: T\n---\n```\ncode\n```", []codeBlk{{Code, "code", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameBlocks(t, codeBlocks(tt.in), tt.want)
		})
	}
}

// codeBlocks parses in and returns its blocks' kinds, texts and info
// strings.
func codeBlocks(in string) []codeBlk {
	var got []codeBlk
	for _, b := range Parse(in).Blocks {
		got = append(got, codeBlk{b.Kind, b.Text, b.Info})
	}
	return got
}

// The text around a code block is parsed as if the block were not there:
// a wrapped paragraph after it is still joined, and code lines do not make
// the text look wrapped.
func TestParseFencedCodeLines(t *testing.T) {
	d := Parse("Intro\n```\nx\n```\nAfter\n")
	want := []int{1, 2, 5}
	if len(d.Blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d", len(d.Blocks), len(want))
	}
	for i, b := range d.Blocks {
		if b.Line != want[i] {
			t.Errorf("block %d (%q) starts on line %d, want %d", i, b.Text, b.Line, want[i])
		}
	}
	if !d.Blocks[2].Gap {
		t.Error("the block after code has no gap; the output has a blank line there")
	}
}

// Fences that no line closes are found without reading the rest of the
// text again for each: many of them, each longer than every later one,
// are all text.
func TestUnclosedFences(t *testing.T) {
	var lines []string
	for n := 2000; n >= 3; n-- {
		lines = append(lines, strings.Repeat("`", n)+"x")
	}
	d := Parse(strings.Join(lines, "\n"))
	if len(d.Blocks) != len(lines) {
		t.Fatalf("got %d blocks, want %d", len(d.Blocks), len(lines))
	}
	for _, b := range d.Blocks {
		if b.Kind == Code {
			t.Fatalf("%.20q… is code", b.Text)
		}
	}
}

func TestSetAsideRestore(t *testing.T) {
	d := Parse("a\n```\n1\n```\nb\n```\n2\n```\n```\n3\n```\nc\n```\n4\n```")
	before := blocksOf(d)
	aside := d.SetAside()
	if len(aside) != 4 || len(d.Blocks) != 3 {
		t.Fatalf("set aside %d blocks, kept %d; want 4 and 3", len(aside), len(d.Blocks))
	}
	for _, b := range d.Blocks {
		if b.Kind == Code {
			t.Errorf("code %q left among the blocks", b.Text)
		}
	}
	d.Blocks[1].Drop("test", "dropped")
	d.Restore(aside)
	sameBlocks(t, blocksOf(d), before)
	if !d.Blocks[2].Dropped || d.Blocks[2].Text != "b" {
		t.Errorf("block 2 = %q (dropped %v), want the dropped b", d.Blocks[2].Text, d.Blocks[2].Dropped)
	}
	if Parse("a\nb").SetAside() != nil {
		t.Error("a document without code sets aside a slice")
	}
}
