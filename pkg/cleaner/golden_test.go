package cleaner

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden .md files from the current output")

// goldenDir holds input → expected Markdown pairs: <name>.txt → <name>.md.
const goldenDir = "../../testdata/golden"

func goldenInputs(t testing.TB) []string {
	t.Helper()
	in, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(in) == 0 {
		t.Fatalf("no golden inputs in %s", goldenDir)
	}
	return in
}

func newDefault(t testing.TB) *Cleaner {
	t.Helper()
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// cleanFile cleans the file at path.
func cleanFile(t *testing.T, c *Cleaner, path string) Result {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Clean(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestGolden cleans every golden input with the default pipeline and
// compares the result with the expected Markdown. Run with -update to
// rewrite the expectations, then review the diff.
func TestGolden(t *testing.T) {
	c := newDefault(t)
	for _, in := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			res := cleanFile(t, c, in)
			want := strings.TrimSuffix(in, ".txt") + ".md"
			if *update {
				if err := os.WriteFile(want, res.Output, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			exp, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(res.Output, exp) {
				t.Errorf("output differs from %s:\n%s", want, lineDiff(string(exp), string(res.Output)))
			}
		})
	}
}

// goldenMeta lists, a line per golden input, the metadata the Markdown
// does not show without front matter: the language, the authors and the
// credits the filters found.
const goldenMeta = goldenDir + "/meta.tsv"

// TestGoldenMeta compares the language, authors and credits of every
// golden input with goldenMeta: a byline lost or a wrong name read is a
// change there. Run with -update to rewrite it, then review the diff.
func TestGoldenMeta(t *testing.T) {
	c := newDefault(t)
	var got strings.Builder
	got.WriteString("# name\tlanguage\tauthors\tcredits (written by go test ./pkg/cleaner -run TestGoldenMeta -update)\n")
	for _, in := range goldenInputs(t) {
		res := cleanFile(t, c, in)
		m := res.Doc.Meta
		fmt.Fprintf(&got, "%s\t%s\t%s\t%s\n", strings.TrimSuffix(filepath.Base(in), ".txt"), res.Doc.Lang,
			strings.Join(m.Authors, "; "), strings.Join(m.Credits, "; "))
	}
	if *update {
		if err := os.WriteFile(goldenMeta, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	exp, err := os.ReadFile(goldenMeta)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got.String() != string(exp) {
		t.Errorf("metadata differs from %s:\n%s", goldenMeta, lineDiff(string(exp), got.String()))
	}
}

// TestGoldenIdempotent: cleaning unscrape's own output changes nothing.
func TestGoldenIdempotent(t *testing.T) {
	goldenIdempotent(t, newDefault(t))
}

// TestGoldenIdempotentFrontMatter: so does cleaning its own output with
// the front matter, whose title and authors the second run knows before it
// reads the text (a name under a review's headline is no photographer's
// where the writer's name is known: "Harcourt Playhouse, London").
func TestGoldenIdempotentFrontMatter(t *testing.T) {
	c, err := New(Options{FrontMatter: true})
	if err != nil {
		t.Fatal(err)
	}
	goldenIdempotent(t, c)
}

// goldenIdempotent cleans each golden input with c, then c's output again,
// and fails t where the second run changed it.
func goldenIdempotent(t *testing.T, c *Cleaner) {
	for _, in := range goldenInputs(t) {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			once := cleanFile(t, c, in)
			twice, err := c.Clean(in, once.Output)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(once.Output, twice.Output) {
				t.Errorf("second run changed the output:\n%s", lineDiff(string(once.Output), string(twice.Output)))
			}
		})
	}
}

// lineDiff shows the lines of got that differ from want, enough to see what
// changed without a diff library in a test helper.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			fmt.Fprintf(&sb, "  line %d:\n    want: %s\n    got:  %s\n", i+1, a, b)
		}
	}
	return sb.String()
}
