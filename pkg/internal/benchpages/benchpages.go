// Package benchpages loads the pages the speed benchmarks read: the
// whole-page dumps of the article-extraction benchmark beside the
// repository (../shared/bench: realistic input, but other people's news,
// which never enters the repository) when they are there, else the golden
// inputs.
package benchpages

import (
	"os"
	"path/filepath"
	"testing"
)

// Load returns the pages' texts and their total size in bytes. root is the
// way from the calling package's folder to the repository's ("../..").
func Load(tb testing.TB, root string) (texts []string, size int) {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(root, "..", "shared", "bench", "aeb", "*", "*.txt"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(root, "testdata", "golden", "*.txt"))
	}
	if len(files) == 0 {
		tb.Fatal("no pages to measure on")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	return texts, size
}
