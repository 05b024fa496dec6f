package filter

import (
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/internal/benchpages"
	"github.com/unscrape/unscrape/pkg/lang"
)

// benchInputs returns the pages the benchmarks read (see benchpages).
func benchInputs(b *testing.B) (texts []string, size int) {
	return benchpages.Load(b, "../..")
}

// BenchmarkFilter times each default filter on its own, on documents that
// the filters before it in the pipeline have already worked on, as in a
// real run. MB/s are of the raw input, so the numbers add up to the
// pipeline's.
func BenchmarkFilter(b *testing.B) {
	texts, size := benchInputs(b)
	names, err := Select(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*document.Document, len(texts))
	for i, t := range texts {
		docs[i] = document.Parse(t)
		docs[i].Lang = lang.Detect(t)
	}
	for _, name := range names {
		p, err := NewPipeline([]string{name}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(size))
			work := make([]*document.Document, len(docs))
			for b.Loop() {
				b.StopTimer()
				for i, d := range docs {
					work[i] = d.Clone()
				}
				b.StartTimer()
				for _, d := range work {
					if err := p.Apply(d); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
		// The next filter starts from this one's output.
		for _, d := range docs {
			if err := p.Apply(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse times document.Parse on the same inputs.
func BenchmarkParse(b *testing.B) {
	texts, size := benchInputs(b)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			document.Parse(t)
		}
	}
}
