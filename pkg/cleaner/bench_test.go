package cleaner

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkClean runs the default pipeline over all golden inputs.
func BenchmarkClean(b *testing.B) {
	c := newDefault(b)
	var inputs [][]byte
	size := 0
	for _, p := range goldenInputs(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		size += len(data)
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

// BenchmarkCleanBenchPages runs the default pipeline over the whole-page
// dumps of ../shared/bench when they are there: realistic input for speed
// work. It skips without them.
func BenchmarkCleanBenchPages(b *testing.B) {
	paths, _ := filepath.Glob("../../../shared/bench/aeb/*/*.txt")
	if len(paths) == 0 {
		b.Skip("../shared/bench not present")
	}
	c := newDefault(b)
	var inputs [][]byte
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		size += len(data)
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
