package learn_test

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/rule"
)

var (
	corpusDir   = flag.String("corpus", "", "write a generated site corpus into this folder (TestWriteCorpus)")
	corpusPages = flag.Int("pages", 1000, "pages of the generated corpus")
)

// TestWriteCorpus writes a large corpus of one invented site for measuring
// "unscrape learn"; it runs only when -corpus names a folder:
//
//	go test ./pkg/learn -run WriteCorpus -corpus /tmp/corpus1000 -pages 1000
//	/usr/bin/time -v unscrape learn /tmp/corpus1000 > /tmp/learned.yaml
//
// Each page has the site's 15 lines: 8 menu entries, a "Lesen Sie auch"
// style heading (here a made-up word), the dated line of a page of
// testdata/site, the three site sentences mid-body and two footer lines.
// Its body is 6 to 14 paragraphs of sentences from testdata/site with two
// words replaced by made-up ones, so nearly every body line is unique.
// One page in ten carries a series line ("part N", a number that varies),
// and three "related" headlines that recur on a few pages each.
func TestWriteCorpus(t *testing.T) {
	if *corpusDir == "" {
		t.Skip("no -corpus folder given")
	}
	site := sitePages(t)
	siteSet := rule.NewSet(truth(t).Drop)
	rnd := rand.New(rand.NewPCG(7, 7))
	syl := strings.Fields("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu")
	word := func() string {
		var sb strings.Builder
		for range 1 + rnd.IntN(4) {
			sb.WriteString(syl[rnd.IntN(len(syl))])
		}
		return sb.String()
	}
	title := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	var menu, footer []string
	for range 8 {
		menu = append(menu, title(word()))
	}
	related := title(word()) + " " + word()
	for range 2 {
		footer = append(footer, fmt.Sprintf("%s %s %s %s.", title(word()), word(), word(), word()))
	}
	var sentences, siteLines, dated []string
	for _, p := range site {
		for n, l := range lines(p.text) {
			switch {
			case n == 1:
				dated = append(dated, l)
			case n == 0:
			case isSite(siteSet, l):
				if len(siteLines) < 3 && !slices.Contains(siteLines, l) {
					siteLines = append(siteLines, l)
				}
			default:
				sentences = append(sentences, strings.SplitAfter(l, ". ")...)
			}
		}
	}
	headlines := make([]string, 60)
	for i := range headlines {
		headlines[i] = title(word()) + " " + word() + " " + word()
	}
	sentence := func() string {
		w := strings.Fields(sentences[rnd.IntN(len(sentences))])
		for range 2 {
			w[rnd.IntN(len(w))] = word()
		}
		return strings.Join(w, " ")
	}
	if err := os.MkdirAll(*corpusDir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range *corpusPages {
		page := append([]string{}, menu...)
		page = append(page, headlines[rnd.IntN(len(headlines))]+" "+word(), dated[i%len(dated)])
		var body []string
		for range 6 + rnd.IntN(9) {
			var p []string
			for range 2 + rnd.IntN(3) {
				p = append(p, sentence())
			}
			body = append(body, strings.Join(p, " "))
		}
		if rnd.IntN(10) == 0 {
			body = append(body[:1], append([]string{fmt.Sprintf("%s %d %s %s.", title(word()), 1+rnd.IntN(12), word(), word())}, body[1:]...)...)
		}
		for _, s := range siteLines {
			k := 1 + rnd.IntN(len(body)-1)
			body = append(body[:k], append([]string{s}, body[k:]...)...)
		}
		page = append(page, body...)
		page = append(page, related)
		for range 3 {
			page = append(page, headlines[rnd.IntN(len(headlines))])
		}
		page = append(page, footer...)
		name := filepath.Join(*corpusDir, fmt.Sprintf("page-%05d.txt", i))
		if err := os.WriteFile(name, []byte(strings.Join(page, "\n\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func isSite(s *rule.Set, line string) bool {
	_, ok := s.Match(line)
	return ok
}
