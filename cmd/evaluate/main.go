// Command evaluate runs unscrape's default pipeline over the pages of the
// article-extraction benchmark and scores the results against the articles
// a person marked, per input style.
//
//	go run ./cmd/evaluate -data ../shared/bench/aeb
//	go run ./cmd/evaluate -data ../shared/bench/aeb -style html2text -page 042bb7b5…
//
// The data folder holds gold.json and one folder per style (htmltext,
// html2text) of <id>.txt pages. Any other folder of pages there is a style
// too: the same pages through another scraper (html2text keeping links,
// lynx -dump) are scored against the same gold. The benchmark is other
// people's news and stays outside the repository.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/score"
)

// benchStyles are the scrapers' outputs the benchmark has, each in its
// folder; they are scored first, in this order.
var benchStyles = []string{"htmltext", "html2text"}

// styles lists the style folders of data: the benchmark's own, then any
// other folder of pages, by name.
func styles(data string) ([]string, error) {
	entries, err := os.ReadDir(data)
	if err != nil {
		return nil, err
	}
	var found []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			found = append(found, e.Name())
		}
	}
	var out []string
	for _, st := range benchStyles {
		if slices.Contains(found, st) {
			out = append(out, st)
		}
	}
	for _, st := range found {
		if !slices.Contains(benchStyles, st) {
			out = append(out, st)
		}
	}
	return out, nil
}

// Options are the command's flags.
type Options struct {
	Data    string // folder with gold.json and the style folders
	Style   string // one style, or "" for all
	Page    string // one page id (or a prefix of it) to show in full
	Worst   int    // how many of the worst pages to list
	Verbose bool   // list every page's score
	Out     string // write each cleaned page to Out/<style>/<id>.md
}

func main() {
	var o Options
	flag.StringVar(&o.Data, "data", "../shared/bench/aeb", "benchmark folder with gold.json and the style folders")
	flag.StringVar(&o.Style, "style", "", "score only this style (a folder of data: "+strings.Join(benchStyles, ", ")+", …)")
	flag.StringVar(&o.Page, "page", "", "show one page (id or id prefix): its score, output and what was dropped")
	flag.IntVar(&o.Worst, "worst", 10, "list this many of the worst pages")
	flag.BoolVar(&o.Verbose, "v", false, "list every page's score")
	flag.StringVar(&o.Out, "out", "", "write each cleaned page to DIR/<style>/<id>.md (for score.py)")
	flag.Parse()
	if err := run(o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(2)
	}
}

// page is one cleaned and scored page.
type page struct {
	id     string
	counts score.Counts
}

func run(o Options, w io.Writer) error {
	all, err := styles(o.Data)
	if err != nil {
		return err
	}
	if o.Style != "" && !slices.Contains(all, o.Style) {
		return fmt.Errorf("unknown style %q (%s has: %s)", o.Style, o.Data, strings.Join(all, ", "))
	}
	gold, err := score.LoadGold(filepath.Join(o.Data, "gold.json"))
	if err != nil {
		return err
	}
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		return err
	}
	for _, st := range all {
		if o.Style != "" && st != o.Style {
			continue
		}
		if err := evalStyle(o, w, c, gold, st); err != nil {
			return err
		}
	}
	return nil
}

func evalStyle(o Options, w io.Writer, c *cleaner.Cleaner, gold score.Gold, style string) error {
	dir := filepath.Join(o.Data, style)
	var pages []page
	var bytes int
	var spent time.Duration
	for _, id := range gold.IDs() {
		if o.Page != "" && !strings.HasPrefix(id, o.Page) {
			continue
		}
		in, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		start := time.Now()
		res, err := c.Clean(id, in)
		spent += time.Since(start)
		if err != nil {
			return err
		}
		bytes += len(in)
		if o.Out != "" {
			if err := writeOut(filepath.Join(o.Out, style), id, res.Output); err != nil {
				return err
			}
		}
		p := page{id, score.Page(gold[id].Body, string(res.Output))}
		pages = append(pages, p)
		if o.Page != "" {
			fmt.Fprintf(w, "== %s %s  P %.3f R %.3f\n", style, id, p.counts.Precision(), p.counts.Recall())
			showBlocks(w, res.Doc, gold[id].Body)
		}
	}
	if len(pages) == 0 {
		return fmt.Errorf("%s: no page matches %q", style, o.Page)
	}
	all := total(pages)
	secs := spent.Seconds()
	fmt.Fprintf(w, "%-9s  F1 %.3f  precision %.3f  recall %.3f  pages %d  %.0f pages/s  %.2f MB/s\n",
		style, all.F1, all.Precision, all.Recall, all.Pages, float64(len(pages))/secs, float64(bytes)/1e6/secs)
	if len(pages) > 1 {
		// Halves of the page set: a gain that shows in one only is luck.
		odd, even := halves(pages)
		a, b := total(odd), total(even)
		fmt.Fprintf(w, "%-9s  halves F1 %.3f / %.3f\n", "", a.F1, b.F1)
	}
	if o.Verbose {
		for _, p := range pages {
			fmt.Fprintf(w, "  %s  P %.3f  R %.3f  %s\n", p.id, p.counts.Precision(), p.counts.Recall(), gold[p.id].URL)
		}
	}
	worst := slices.Clone(pages)
	slices.SortStableFunc(worst, func(a, b page) int {
		return cmpFloat(f1(a.counts), f1(b.counts))
	})
	for _, p := range worst[:min(o.Worst, len(worst))] {
		if o.Page != "" || f1(p.counts) >= 1 {
			break
		}
		fmt.Fprintf(w, "  worst  %s  F1 %.3f  P %.3f  R %.3f  %s\n", p.id, f1(p.counts), p.counts.Precision(), p.counts.Recall(), diagnose(p.counts))
	}
	return nil
}

// diagnose names what went wrong on a page.
func diagnose(c score.Counts) string {
	p, r := c.Precision(), c.Recall()
	switch {
	case c.TP+c.FP == 0:
		return "nothing kept"
	case p < 0.7 && r < 0.7:
		return "wrong part kept"
	case p < r:
		return "too much kept"
	default:
		return "article lost"
	}
}

func f1(c score.Counts) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func total(pages []page) score.Result {
	cs := make([]score.Counts, len(pages))
	for i, p := range pages {
		cs[i] = p.counts
	}
	return score.Total(cs)
}

func halves(pages []page) (odd, even []page) {
	for i, p := range pages {
		if i%2 == 0 {
			even = append(even, p)
		} else {
			odd = append(odd, p)
		}
	}
	return odd, even
}

// showBlocks prints every block of doc: kept (+) or dropped (-), the share
// of its shingles that are in the gold article, its kind, the filter and
// reason that dropped it, and its start.
func showBlocks(w io.Writer, doc *document.Document, gold string) {
	g := score.Shingles(gold)
	for _, b := range doc.Blocks {
		mark, why := "+", ""
		if b.Dropped {
			n := b.Notes[len(b.Notes)-1]
			mark, why = "-", n.Filter+": "+n.Reason
		}
		sh := score.Shingles(b.Text)
		in, all := 0, 0
		for k, n := range sh {
			all += n
			in += min(n, g[k])
		}
		share := 0.0
		if all > 0 {
			share = float64(in) / float64(all)
		}
		text := []rune(b.Text)
		if len(text) > 100 {
			text = append(text[:100], '…')
		}
		fmt.Fprintf(w, "%s gold %3.0f%% %-9s %-40.40s %s\n", mark, 100*share, b.Kind, why, string(text))
	}
}

func writeOut(dir, id string, out []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, id+".md"), out, 0o644)
}
