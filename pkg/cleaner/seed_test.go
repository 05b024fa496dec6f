package cleaner

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// seedPath is the scraped article the project started from. It is other
// people's text and lives beside the repository, never in it.
const seedPath = "../../../shared/seed/000_1fde83b52935ccd9.txt"

var sentenceEnd = regexp.MustCompile(`[.!?…»«"“”]$`)

// TestSeed checks the acceptance criteria of the article-residue issue on
// the seed article, deriving what to expect from the seed itself.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("%s is absent", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	res, err := newDefault(t).Clean(seedPath, raw)
	if err != nil {
		t.Fatal(err)
	}
	out := string(res.Output)
	outLines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	folded := map[string]int{}
	for _, l := range outLines {
		folded[textfix.Fold(l)]++
	}
	seed := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")

	// The title is the first line, its kicker ("Krisendiplomatie") parted
	// from the headline the scraper glued it to.
	kicker, headline, _ := strings.Cut(textfix.Spaces(seed[0]), " ")
	if want := "# " + kicker + ": " + headline; outLines[0] != want {
		t.Errorf("first line %q, want the title %q", outLines[0], want)
	}

	// Teaser and body: every sentence-shaped seed line of a dozen words
	// or more, the player's error message aside, word for word but for
	// quotation marks, each a paragraph of its own.
	var prose []string
	for _, l := range seed {
		l = textfix.Spaces(l)
		if len(strings.Fields(l)) >= 12 && sentenceEnd.MatchString(l) && !strings.Contains(l, "Fehler aufgetreten") {
			prose = append(prose, l)
		}
	}
	// The seed has the teaser and eight paragraphs of this shape (the
	// issue counts nine body paragraphs, the teaser among them).
	if len(prose) != 9 {
		t.Errorf("found %d prose lines in the seed, want 9", len(prose))
	}
	for _, p := range prose {
		if folded[textfix.Fold(p)] != 1 {
			t.Errorf("paragraph not in the output once as its own block: %.60q…", p)
		}
	}

	for _, h := range []string{"## Sorge über Ankunft russischer Soldaten in Belarus", "## Weißes Haus warnt vor drohender Kriegsgefahr"} {
		if !slices.Contains(outLines, h) {
			t.Errorf("subheading %q missing", h)
		}
	}

	// The caption is the line the seed prints twice; it is printed once,
	// emphasised, with the photo credit in the same line.
	var caption string
	counts := map[string]int{}
	for _, l := range seed {
		if l = strings.TrimSpace(l); l != "" {
			counts[l]++
			if counts[l] == 2 {
				caption = l
			}
		}
	}
	if caption == "" {
		t.Fatal("the seed has no repeated caption")
	}
	if n := strings.Count(out, caption); n != 1 {
		t.Errorf("caption printed %d times, want once", n)
	}
	for _, l := range outLines {
		if strings.Contains(l, caption) && !(strings.HasPrefix(l, "*"+caption) && strings.Contains(l, "Foto:") && strings.HasSuffix(l, "*")) {
			t.Errorf("caption line %q is not one emphasised line with its credit", l)
		}
	}
	if n := strings.Count(out, "Foto:"); n != 1 {
		t.Errorf("photo credit printed %d times, want once, in the caption", n)
	}

	for _, junk := range []string{"Podcast Cover", "Die Wiedergabe wurde unterbrochen.", "Abonnieren bei", "Es ist ein Fehler aufgetreten", "asc/dpa/AFP"} {
		if strings.Contains(out, junk) {
			t.Errorf("output still has %q", junk)
		}
	}
	if !slices.Contains(res.Doc.Meta.Credits, "asc/dpa/AFP") {
		t.Errorf("credits %q, want the agency credit", res.Doc.Meta.Credits)
	}

	// --explain names the filter and the reason for every seed line that
	// is not in the output.
	var explain bytes.Buffer
	if err := Explain(&explain, seedPath, res.Doc); err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`^` + regexp.QuoteMeta(seedPath) + `:\d+: (boilerplate|dedupe|credits): [^:]+: (.*)$`)
	explained := map[string]bool{}
	for _, l := range strings.Split(explain.String(), "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			explained[textfix.Fold(m[2])] = true
		}
	}
	for _, l := range seed[1:] {
		k := textfix.Fold(l)
		if k == "" || folded[k] > 0 || strings.Contains(out, strings.TrimSpace(l)) {
			continue
		}
		if !explained[k] {
			t.Errorf("dropped line %q is not explained; --explain said:\n%s", l, explain.String())
		}
	}

	again, err := newDefault(t).Clean(seedPath, res.Output)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Output, res.Output) {
		t.Errorf("second run changed the output:\n%s", lineDiff(out, string(again.Output)))
	}
}
