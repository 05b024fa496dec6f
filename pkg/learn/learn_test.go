package learn

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/rule"
)

// pages builds n pages, each with a title and a body line of its own, plus
// the extra lines that extra(i) returns for page i.
func pages(n int, extra func(i int) []string) []string {
	var out []string
	for i := range n {
		lines := []string{
			fmt.Sprintf("Headline number %c%c of the day", 'a'+i%26, 'a'+i/26),
			fmt.Sprintf("This body paragraph belongs to page %c%c alone and says so.", 'a'+i%26, 'a'+i/26),
		}
		lines = append(lines, extra(i)...)
		out = append(out, strings.Join(lines, "\n\n")+"\n")
	}
	return out
}

func learnAll(t *testing.T, opts Options, ps []string) (*Learner, []Found) {
	t.Helper()
	l, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if err := l.Add(p); err != nil {
			t.Fatal(err)
		}
	}
	found, err := l.Found()
	if err != nil {
		t.Fatal(err)
	}
	return l, found
}

func rulesOf(found []Found) []string {
	var out []string
	for _, f := range found {
		out = append(out, fmt.Sprintf("%d %s", f.Pages, f.Rule))
	}
	return out
}

func TestThreshold(t *testing.T) {
	// On 12 pages: "always" on all, "half" on 6, "two" on 2, "third" on 4.
	extra := func(i int) []string {
		out := []string{"Always here: the site's slogan, a whole sentence."}
		if i%2 == 0 {
			out = append(out, "On every other page of the site.")
		}
		if i < 2 {
			out = append(out, "Only on two pages of the twelve.")
		}
		if i%3 == 0 {
			out = append(out, "On every third page of the site.")
		}
		return out
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"defaults", Options{}, []string{
			"12 Always here: the site's slogan, a whole sentence.",
			"6 On every other page of the site.",
		}},
		{"share 0.3", Options{Share: 0.3}, []string{
			"12 Always here: the site's slogan, a whole sentence.",
			"6 On every other page of the site.",
			"4 On every third page of the site.",
		}},
		{"share 1", Options{Share: 1}, []string{
			"12 Always here: the site's slogan, a whole sentence.",
		}},
		{"min pages 7", Options{MinPages: 7}, []string{
			"12 Always here: the site's slogan, a whole sentence.",
		}},
		{"share 0.1, min 1", Options{Share: 0.1, MinPages: 1}, []string{
			"12 Always here: the site's slogan, a whole sentence.",
			"6 On every other page of the site.",
			"4 On every third page of the site.",
			"2 Only on two pages of the twelve.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, announce := range []bool{false, true} {
				opts := tt.opts
				if announce {
					opts.Pages = 12
				}
				_, found := learnAll(t, opts, pages(12, extra))
				if got := rulesOf(found); !slices.Equal(got, tt.want) {
					t.Errorf("Pages=%d: got %q, want %q", opts.Pages, got, tt.want)
				}
			}
		})
	}
}

// TestFolding: a line in other case, quotes or spacing is the same line,
// and a line twice on one page counts once.
func TestFolding(t *testing.T) {
	forms := []string{
		"Sagen Sie „Danke“ mit einer Spende.",
		"sagen sie \"Danke\" mit   einer Spende.",
		"Sagen Sie «Danke» mit einer SPENDE.",
	}
	_, found := learnAll(t, Options{}, pages(6, func(i int) []string {
		return []string{forms[i%3], forms[(i+1)%3]}
	}))
	if len(found) != 1 || found[0].Pages != 6 || rule.Fold(found[0].Rule) != rule.Fold(forms[0]) {
		t.Fatalf("got %q, want one rule for %q on 6 pages", rulesOf(found), forms[0])
	}
	if found[0].Varies {
		t.Error("a line that differs only in case and quotes became a regex")
	}
}

// TestNumbersAndDates: lines that differ only in numbers or dates are one
// rule, a regex that matches every form.
func TestNumbersAndDates(t *testing.T) {
	tests := []struct {
		name  string
		forms []string
		want  string
	}{
		{"german date", []string{
			"Stand: 3. März 2025, 09:40 Uhr",
			"Stand: 12. April 2025, 14:05 Uhr",
			"Stand: 28. Februar 2024, 23:59 Uhr",
			"Stand: 1. Mai 2025, 7:00 Uhr",
		}, `/(?i)^Stand: \d+\. \p{L}+ \d+, \d+:\d+ Uhr$/`},
		{"english weekday and month", []string{
			"Last updated Monday 3 March 2025",
			"Last updated Friday 14 November 2025",
			"Last updated sunday 1 june 2025",
		}, `/(?i)^Last updated \p{L}+ \d+ \p{L}+ \d+$/`},
		{"numbers only", []string{
			"Sie lesen einen von 12 freien Artikeln in diesem Monat.",
			"Sie lesen einen von 3 freien Artikeln in diesem Monat.",
		}, `/(?i)^Sie lesen einen von \d+ freien Artikeln in diesem Monat\.$/`},
		{"regex characters are quoted", []string{
			"Kommentare (12) [Regeln?]",
			"Kommentare (0) [Regeln?]",
		}, `/(?i)^Kommentare \(\d+\) \[Regeln\?\]$/`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, found := learnAll(t, Options{}, pages(8, func(i int) []string {
				return []string{tt.forms[i%len(tt.forms)]}
			}))
			if len(found) != 1 || found[0].Rule != tt.want || !found[0].Varies || found[0].Pages != 8 {
				t.Fatalf("got %q, want one rule %s seen on 8 pages", rulesOf(found), tt.want)
			}
			r, err := rule.Parse(found[0].Rule, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range tt.forms {
				if !r.Match(f) {
					t.Errorf("rule %s does not match %q", r.Text, f)
				}
			}
			// A form with words changed is another line.
			if r.Match(strings.Replace(tt.forms[0], " ", " not ", 1)) {
				t.Errorf("rule %s matches a changed line", r.Text)
			}
		})
	}
}

// TestDateWordsNeedNumber: a month name alone does not make lines near
// identical: "May" in a sentence without a number stays a word.
func TestDateWordsNeedNumber(t *testing.T) {
	forms := []string{"You may like these stories too.", "You march like these stories too."}
	_, found := learnAll(t, Options{}, pages(8, func(i int) []string { return []string{forms[i%2]} }))
	if got, want := rulesOf(found), []string{"4 You march like these stories too.", "4 You may like these stories too."}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMemoryBound: with the page count announced, lines that cannot reach
// the threshold any more are forgotten; the result is the same.
func TestMemoryBound(t *testing.T) {
	const n = 300
	ps := pages(n, func(i int) []string {
		return []string{"The site's slogan, on every page.", fmt.Sprintf("Unique line %d of the corpus, a sentence.", i*7919%1000003)}
	})
	free, foundFree := learnAll(t, Options{}, ps)
	bound, foundBound := learnAll(t, Options{Pages: n}, ps)
	if !slices.Equal(rulesOf(foundFree), rulesOf(foundBound)) {
		t.Errorf("announcing the pages changed the result: %q vs %q", rulesOf(foundFree), rulesOf(foundBound))
	}
	// Unannounced, every distinct line is kept: the shared slogan, the
	// numbered unique lines (one shape) and the n titles and bodies.
	if free.Lines() != 2*n+2 {
		t.Errorf("unannounced learner holds %d lines, want %d", free.Lines(), 2*n+2)
	}
	if bound.Lines() >= free.Lines()/4 {
		t.Errorf("announced learner holds %d lines, want far fewer than %d", bound.Lines(), free.Lines())
	}
}

func TestErrors(t *testing.T) {
	for _, opts := range []Options{{Share: -0.1}, {Share: 1.5}, {MinPages: -1}} {
		if _, err := New(opts); err == nil {
			t.Errorf("New(%+v) accepted bad options", opts)
		}
	}
	l, err := New(Options{Pages: 2, MinPages: 3})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := l.Add("a page\n"); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Add("one too many\n"); err == nil {
		t.Error("Add took more pages than announced")
	}
	if _, err := l.Found(); !errors.Is(err, ErrTooFewPages) {
		t.Errorf("Found on 2 pages = %v, want ErrTooFewPages", err)
	}
}

// TestWriteConfig: the written config reads back, with every rule, and
// each rule matches the line it was learned from.
func TestWriteConfig(t *testing.T) {
	lines := []string{
		"Unterstützen Sie uns: mit einer Spende – schon ab 5 Euro!",
		"#hashtag: not a comment",
		`She said "yes" - and 'no'`,
		"/this line has slashes/",
		"-- dashes: not a list, key: value",
	}
	l, found := learnAll(t, Options{}, pages(4, func(int) []string { return lines }))
	var buf bytes.Buffer
	if err := l.WriteConfig(&buf, found); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "# seen on 4 of 4 pages\n") {
		t.Errorf("no per-rule comment in:\n%s", out)
	}
	c, err := config.Parse("learned.yaml", buf.Bytes())
	if err != nil {
		t.Fatalf("%v in:\n%s", err, out)
	}
	if len(c.Drop) != len(found) {
		t.Fatalf("read back %d rules, wrote %d:\n%s", len(c.Drop), len(found), out)
	}
	for _, line := range lines {
		matched := false
		for _, r := range c.Drop {
			matched = matched || r.Match(line)
		}
		if !matched {
			t.Errorf("no rule read back matches %q:\n%s", line, out)
		}
	}
	// The body lines of the pages are not rules.
	for _, r := range c.Drop {
		if r.Match("This body paragraph belongs to page aa alone and says so.") {
			t.Errorf("rule %s matches a page's own line", r)
		}
	}

	// No rules is still a valid config.
	buf.Reset()
	if err := l.WriteConfig(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if c, err := config.Parse("empty.yaml", buf.Bytes()); err != nil || len(c.Drop) != 0 {
		t.Errorf("empty config reads back as %+v, %v:\n%s", c, err, buf.String())
	}
}

// TestDateFiles: one file per language, each opening with its source and
// licence, every entry one word.
func TestDateFiles(t *testing.T) {
	files, err := fs.Glob(datesFS, "dates/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no date files: %v", err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(datesFS, f)
		if err != nil {
			t.Fatal(err)
		}
		head := string(data[:min(len(data), 400)])
		if !strings.HasPrefix(head, "#") || !strings.Contains(head, "Source:") || !strings.Contains(head, "Licence:") {
			t.Errorf("%s does not open with a comment naming its source and licence", f)
		}
	}
	words, err := loadDates(datesFS)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"märz", "march", "mars", "marzo", "maart", "mittwoch", "sunday"} {
		if !words[w] {
			t.Errorf("date words lack %q", w)
		}
	}
}
