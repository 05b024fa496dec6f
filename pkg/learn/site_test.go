package learn_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/decode"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/learn"
	"github.com/unscrape/unscrape/pkg/rule"
)

var update = flag.Bool("update", false, "rewrite testdata/site/learned.yaml from the current output")

const siteDir = "../../testdata/site"

type page struct {
	path string
	text string
}

func sitePages(t testing.TB) []page {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(siteDir, "*.txt"))
	if err != nil || len(paths) != 20 {
		t.Fatalf("want the 20 pages of %s, got %d (%v)", siteDir, len(paths), err)
	}
	var out []page
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text, err := decode.Bytes(data)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, page{p, text})
	}
	return out
}

// learnSite learns from the site's pages and returns the config it writes,
// checked against the golden learned.yaml.
func learnSite(t *testing.T, pages []page) *config.Config {
	t.Helper()
	l, err := learn.New(learn.Options{Pages: len(pages)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if err := l.Add(p.text); err != nil {
			t.Fatal(err)
		}
	}
	found, err := l.Found()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := l.WriteConfig(&buf, found); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(siteDir, "learned.yaml")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pkg/learn -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("learned config differs from %s:\n%s", golden, buf.String())
	}
	c, err := config.Parse(golden, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func truth(t *testing.T) *config.Config {
	t.Helper()
	c, err := config.Load(filepath.Join(siteDir, "site-lines.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// lines returns the page's non-blank lines.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func clean(t *testing.T, rules []rule.Rule, p page) *document.Document {
	t.Helper()
	c, err := cleaner.New(cleaner.Options{Format: cleaner.FormatText, Filter: filter.Options{Rules: filter.Rules{Drop: rules}}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Clean(p.path, []byte(p.text))
	if err != nil {
		t.Fatal(err)
	}
	// Cleaning the output again changes nothing, rules or not.
	again, err := c.Clean(p.path, res.Output)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.Output, again.Output) {
		t.Errorf("%s: a second run changed the output", p.path)
	}
	return res.Doc
}

// live returns the folded texts of the document's live blocks.
func live(doc *document.Document) map[string]bool {
	out := make(map[string]bool)
	for _, i := range doc.Live() {
		out[rule.Fold(doc.Blocks[i].Text)] = true
	}
	return out
}

// TestSiteLearned: learn finds exactly the site's lines, no more and no
// fewer. The default pipeline keeps the site's sentences; with the learned
// rules they are gone and every line of every article is still there.
func TestSiteLearned(t *testing.T) {
	pages := sitePages(t)
	learned := learnSite(t, pages)
	site := truth(t)
	if len(learned.Drop) != len(site.Drop) {
		t.Errorf("learn proposed %d rules, the site has %d lines", len(learned.Drop), len(site.Drop))
	}
	learnedSet, siteSet := rule.NewSet(learned.Drop), rule.NewSet(site.Drop)
	seen := make(map[string]int) // site rule → lines it matched
	for _, p := range pages {
		for _, line := range lines(p.text) {
			s, isSite := siteSet.Match(line)
			l, isLearned := learnedSet.Match(line)
			if isSite != isLearned {
				t.Errorf("%s: %q: site line %v, dropped by a learned rule %v (%s)", p.path, line, isSite, isLearned, l)
			}
			if isSite {
				seen[s.Text]++
			}
		}
		defaultDoc := clean(t, nil, p)
		learnedDoc := clean(t, learned.Drop, p)
		kept, cleaned := live(defaultDoc), live(learnedDoc)
		for _, line := range lines(p.text) {
			s, isSite := siteSet.Match(line)
			folded := rule.Fold(line)
			switch {
			// The three site sentences are the ones no other filter knows;
			// the "Stand:" line is a date line that a future filter may
			// rightly take out without any rule.
			case isSite && !rule.IsRegex(s.Text) && !kept[folded]:
				t.Errorf("%s: the default pipeline dropped the site line %q", p.path, line)
			case isSite && cleaned[folded]:
				t.Errorf("%s: the site line %q survived the learned rules", p.path, line)
			case !isSite && !cleaned[folded]:
				t.Errorf("%s: the article line %q is gone with the learned rules", p.path, line)
			}
		}
		if want := lines(p.text)[0]; learnedDoc.Meta.Title != want {
			t.Errorf("%s: title %q, want %q", p.path, learnedDoc.Meta.Title, want)
		}
	}
	for _, r := range site.Drop {
		if seen[r.Text] != len(pages) {
			t.Errorf("site rule %s matched %d lines, want one per page (%d)", r, seen[r.Text], len(pages))
		}
	}
}
