package cleaner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDir is the article-extraction benchmark, outside the repository (it
// is other people's news): one folder of whole-page text dumps per scraper
// style.
const benchDir = "../../../shared/bench/aeb"

// TestBenchIdempotent cleans every page of the benchmark with the default
// pipeline, cleans the output again and reports every page where the second
// run changed something. Whole-page dumps are where the content filter acts,
// and where a decision that leans on what an earlier filter dropped would
// come out differently on unscrape's own output. It takes a few seconds and
// is skipped when the benchmark is not there.
func TestBenchIdempotent(t *testing.T) {
	c := newDefault(t)
	found := false
	for _, style := range []string{"htmltext", "html2text"} {
		pages, err := filepath.Glob(filepath.Join(benchDir, style, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) == 0 {
			continue
		}
		found = true
		var bad []string
		for _, p := range pages {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			once, err := c.Clean(p, data)
			if err != nil {
				continue // a refused page has no output to re-clean
			}
			twice, err := c.Clean(p, once.Output)
			if err != nil {
				t.Errorf("%s/%s: own output refused: %v", style, filepath.Base(p), err)
				continue
			}
			if !bytes.Equal(once.Output, twice.Output) {
				bad = append(bad, fmt.Sprintf("%s/%s: %s", style, strings.TrimSuffix(filepath.Base(p), ".txt"),
					diffSummary(string(once.Output), string(twice.Output))))
			}
		}
		t.Logf("%s: %d of %d pages not idempotent", style, len(bad), len(pages))
		for _, b := range bad {
			t.Error(b)
		}
	}
	if !found {
		t.Skipf("no benchmark pages in %s/{htmltext,html2text}", benchDir)
	}
}

// diffSummary says in one line how the second output differs from the
// first: how many lines it lost and gained (as multisets) and the first
// non-blank line of each, cut short.
func diffSummary(once, twice string) string {
	n := map[string]int{}
	for _, l := range strings.Split(once, "\n") {
		n[l]++
	}
	var gained []string
	for _, l := range strings.Split(twice, "\n") {
		if n[l] > 0 {
			n[l]--
		} else {
			gained = append(gained, l)
		}
	}
	var lost []string
	for _, l := range strings.Split(once, "\n") {
		if n[l] > 0 {
			n[l]--
			lost = append(lost, l)
		}
	}
	s := fmt.Sprintf("%d → %d bytes, %d lines lost, %d gained", len(once), len(twice), len(lost), len(gained))
	if l := firstText(lost); l != "" {
		s += fmt.Sprintf("; first lost %q", shorten(l))
	}
	if l := firstText(gained); l != "" {
		s += fmt.Sprintf("; first gained %q", shorten(l))
	}
	return s
}

// firstText is the first line of ls that is not blank.
func firstText(ls []string) string {
	for _, l := range ls {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	return ""
}

func shorten(s string) string {
	const n = 60
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
