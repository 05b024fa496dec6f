package learn_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/learn"
)

// BenchmarkLearn1000 learns from 1,000 pages made from the site corpus:
// each of the 20 pages fifty times, every article line made distinct by
// its page number, the site's lines left as they are.
//
//	go test ./pkg/learn -run '^$' -bench Learn -benchmem
func BenchmarkLearn1000(b *testing.B) {
	site := sitePages(b)
	pages := make([]string, 1000)
	for i := range pages {
		var sb strings.Builder
		for _, l := range strings.Split(site[i%len(site)].text, "\n") {
			if len(l) > 120 && !strings.Contains(l, "Kreisbote") && !strings.Contains(l, "Förderverein") {
				l = fmt.Sprintf("%s (%d)", l, i)
			}
			sb.WriteString(l + "\n")
		}
		pages[i] = sb.String()
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size)
	var rules, lines int
	for b.Loop() {
		l, err := learn.New(learn.Options{Pages: len(pages)})
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range pages {
			if err := l.Add(p); err != nil {
				b.Fatal(err)
			}
		}
		found, err := l.Found()
		if err != nil {
			b.Fatal(err)
		}
		rules, lines = len(found), l.Lines()
	}
	b.ReportMetric(float64(rules), "rules")
	b.ReportMetric(float64(lines), "lines-held")
}
