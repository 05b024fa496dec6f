package cleaner

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
)

// FuzzClean checks the promises of the whole default pipeline on arbitrary
// input: it never panics, its output is valid UTF-8, and cleaning the output
// again changes nothing. The golden inputs seed the corpus.
func FuzzClean(f *testing.F) {
	addGolden(f)
	f.Add([]byte("T\n\n* a\n  1. b\n> c\n*d*\n\\#e"))
	f.Add([]byte("T\n\nSee [a][1], the council said, after\nrepairs [b] __init__ Man** _x_\n\n[1]: u\n[b]: v"))
	f.Add([]byte("T\n\n*Follow us on*\n<a href=\"x\"\nclass=\"y\">Instagram</a>*,*\n<a href=\"z\">X</a> and <span>more"))
	// A browser's copy of a table, cells a tab apart, with marks that
	// are Markdown's in a pipe table.
	f.Add([]byte("T\n\nParty\tVotes | all\n*SPD*\t12\\3 `x`\n_a_\t[b](c)\n"))
	// Code without a fence, with a fence and Markdown's marks in it.
	f.Add([]byte("T\n\nRun it:\nfunc f() {\n    s := \"```\"\n\n\t*x* = `y` // \\#\n}\nDone, the council said."))
	// Code under its toolbar's label and copy button, as a text browser
	// prints a <pre>, a line of prose glued under it.
	f.Add([]byte("T\n\nSet it:\n\nbashCopy\n\nsudo apt\n-y install x\nThe tool prints its version.\n\nSQL (BUTTON) Copy\nSELECT a\n\n   FROM b;"))
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkClean(t, c, data)
	})
}

// FuzzCleanLinks checks the same promises with --links, and that keeping
// the links changes only how the kept text is written: document.Parse
// reads the same blocks from both outputs.
func FuzzCleanLinks(f *testing.F) {
	addGolden(f)
	f.Add([]byte("T\n\nRead [the report](https://x.org/a_(b)) and <https://x.org/>.\n\n* [Home](/)\n\n*[a](b) c*\n\n## [H](h) #"))
	f.Add([]byte("[a](b)[a](c) a [a](<d e>) [![i](s)](h) x_[y](z)_ \\[q](r)"))
	plain, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	links, err := New(Options{Links: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		with := checkClean(t, links, data)
		if with == nil {
			return
		}
		without, err := plain.Clean("fuzz", data)
		if err != nil {
			t.Fatalf("refused without --links only: %v", err)
		}
		a, b := document.Parse(string(without.Output)), document.Parse(string(with.Output))
		if len(a.Blocks) != len(b.Blocks) {
			t.Fatalf("%d blocks without links, %d with\nwithout: %q\nwith:    %q", len(a.Blocks), len(b.Blocks), without.Output, with.Output)
		}
		for i := range a.Blocks {
			if x, y := a.Blocks[i], b.Blocks[i]; x.Kind != y.Kind || x.Text != y.Text {
				t.Fatalf("block %d: %v %q without links, %v %q with", i, x.Kind, x.Text, y.Kind, y.Text)
			}
		}
	})
}

func addGolden(f *testing.F) {
	in, _ := filepath.Glob("../../testdata/golden/*.txt")
	for _, p := range in {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// checkClean cleans data with c and checks that it does not panic, that
// the output is valid UTF-8 and that cleaning it again changes nothing.
// It returns the result, or nil for input c refuses.
func checkClean(t *testing.T, c *Cleaner, data []byte) *Result {
	t.Helper()
	once, err := c.Clean("fuzz", data)
	if err != nil {
		return nil // refused input (binary) is allowed; it must not panic
	}
	if !utf8.Valid(once.Output) {
		t.Fatalf("output is not valid UTF-8: %q", once.Output)
	}
	twice, err := c.Clean("fuzz", once.Output)
	if err != nil {
		t.Fatalf("own output refused: %v", err)
	}
	if !bytes.Equal(once.Output, twice.Output) {
		t.Fatalf("not idempotent\ninput:  %q\nonce:   %q\ntwice:  %q", data, once.Output, twice.Output)
	}
	return &once
}
