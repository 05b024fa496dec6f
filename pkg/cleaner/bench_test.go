package cleaner

import (
	"os"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/internal/benchpages"
)

// BenchmarkClean runs the default pipeline over all golden inputs.
func BenchmarkClean(b *testing.B) {
	var inputs [][]byte
	for _, p := range goldenInputs(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
	}
	benchClean(b, inputs)
}

// BenchmarkCleanBenchPages runs the default pipeline over the whole-page
// dumps of ../shared/bench when they are there (realistic input for speed
// work), else over the golden inputs.
func BenchmarkCleanBenchPages(b *testing.B) {
	texts, _ := benchpages.Load(b, "../..")
	inputs := make([][]byte, len(texts))
	for i, t := range texts {
		inputs[i] = []byte(t)
	}
	benchClean(b, inputs)
}

// benchClean cleans every input once per iteration, from the bytes on, as
// a file is cleaned.
func benchClean(b *testing.B, inputs [][]byte) {
	c := newDefault(b)
	size := 0
	for _, in := range inputs {
		size += len(in)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			if _, err := c.Clean("bench", in); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCleanLongLine cleans lines of a megabyte made of one piece of
// syntax again and again: a reader that looks from each piece to the end
// of the line is quadratic, and shows here as a collapse of MB/s (a line
// of "[a] " took 56 s, the escaper looking for a "](" from each bracket).
func BenchmarkCleanLongLine(b *testing.B) {
	for _, piece := range []string{"[a] ", "[a]: ", "[a](", "![", "]{", "*a ", "_a_", "`a ", "<a ", `{a="`, "„a“ ", "Ã© "} {
		b.Run(piece, func(b *testing.B) {
			benchClean(b, [][]byte{[]byte(strings.Repeat(piece, (1<<20)/len(piece)) + "\n")})
		})
	}
	// In Markdown, raw HTML is read too (a line of "<!--" took 50 s).
	for _, piece := range []string{"<!--", "<a x='", `<a x="`, "<span>"} {
		b.Run("markdown "+piece, func(b *testing.B) {
			benchClean(b, [][]byte{[]byte("# Title\n\n" + strings.Repeat(piece, (1<<20)/len(piece)) + "\n")})
		})
	}
}
