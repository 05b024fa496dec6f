package cleaner

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzClean checks the promises of the whole default pipeline on arbitrary
// input: it never panics, its output is valid UTF-8, and cleaning the output
// again changes nothing. The golden inputs seed the corpus.
func FuzzClean(f *testing.F) {
	in, _ := filepath.Glob("../../testdata/golden/*.txt")
	for _, p := range in {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("T\n\n* a\n  1. b\n> c\n*d*\n\\#e"))
	c, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		once, err := c.Clean("fuzz", data)
		if err != nil {
			return // refused input (binary) is allowed; it must not panic
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
	})
}
