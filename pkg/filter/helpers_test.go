package filter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// run parses text, sets its language and applies the named filters in
// pipeline order.
func run(t *testing.T, lang, text string, names ...string) *document.Document {
	t.Helper()
	doc := document.Parse(text)
	doc.Lang = lang
	p, err := NewPipeline(names, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// verdicts lists every block as "text" (kept) or "text ← filter: reason"
// (dropped), one a line, for readable comparisons.
func verdicts(doc *document.Document) string {
	var sb strings.Builder
	for _, b := range doc.Blocks {
		sb.WriteString(b.Text)
		if b.Dropped {
			n := b.Notes[len(b.Notes)-1]
			sb.WriteString(" ← " + n.Filter + ": " + n.Reason)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// block returns the first block whose text starts with prefix.
func block(t *testing.T, doc *document.Document, prefix string) *document.Block {
	t.Helper()
	for i := range doc.Blocks {
		if strings.HasPrefix(doc.Blocks[i].Text, prefix) {
			return &doc.Blocks[i]
		}
	}
	t.Fatalf("no block starts with %q", prefix)
	return nil
}

// wantKept fails t for each of lines whose block (found by its first 30
// bytes) the filters dropped.
func wantKept(t *testing.T, doc *document.Document, lines ...string) {
	t.Helper()
	for _, line := range lines {
		if b := block(t, doc, line[:min(30, len(line))]); b.Dropped {
			t.Errorf("article paragraph dropped: %.50q…\n%s", line, verdicts(doc))
		}
	}
}

// wantDropped fails t for each block starting with one of prefixes that
// the filters kept.
func wantDropped(t *testing.T, doc *document.Document, prefixes ...string) {
	t.Helper()
	for _, p := range prefixes {
		if b := block(t, doc, p); !b.Dropped {
			t.Errorf("%q kept\n%s", p, verdicts(doc))
		}
	}
}

// applySettler builds the named filter, applies it to doc and returns it,
// for a test of its settling.
func applySettler(t *testing.T, name string, doc *document.Document) Settler {
	t.Helper()
	f, err := newFilter(t, name, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Apply(doc); err != nil {
		t.Fatal(err)
	}
	s, ok := f.(Settler)
	if !ok {
		t.Fatalf("filter %s does not settle", name)
	}
	return s
}

// goldenPage returns the text of the golden input name (without ".txt"),
// a whole page a test runs filters on.
func goldenPage(t *testing.T, name string) string {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(page)
}
