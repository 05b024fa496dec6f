package filter

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// BenchmarkArticleResidue runs the filters of the article-residue issue
// (boilerplate, dedupe, credits, after unicode and structure) over the
// golden inputs; -benchmem and MB/s say what one document costs.
func BenchmarkArticleResidue(b *testing.B) {
	files, err := filepath.Glob("../../testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no golden inputs: %v", err)
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	p, err := NewPipeline([]string{"unicode", "structure", "boilerplate", "dedupe", "credits"}, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			doc := document.Parse(text)
			doc.Lang = "de"
			if err := p.Apply(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}
