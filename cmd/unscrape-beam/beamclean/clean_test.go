package beamclean

import (
	"bytes"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/unscrape/unscrape/cmd/unscrape-beam/internal/beamtest"
	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/corpus"
)

func TestMain(m *testing.M) {
	beamtest.Main(m)
}

func init() {
	register.Function1x1(deadLetterInput)
}

// deadLetterInput keeps what a test can compare exactly: the input line.
// The error's wording belongs to pkg/cleaner and pkg/jsonl.
func deadLetterInput(line string) string {
	d, err := ParseDeadLetter(line)
	if err != nil {
		return "unreadable dead letter: " + err.Error()
	}
	return d.Input
}

var (
	good = []string{
		`{"id":"de-1","text":"Energiekrise: Netzagentur rechnet mit stabiler Versorgung\n\nDie Bundesnetzagentur geht davon aus, dass die Versorgung im Winter stabil bleibt. \"Wir sind gut vorbereitet\", sagte ihr Präsident.\n\nAbonnieren\n\nDer Verbrauch sank im Oktober um ein Fünftel.","source":"invented"}`,
		`{"meta":{"lang":"en","n":[1,2.50]},"id":"en-1","text":"Share this article\n\nThe harbour reopened on Monday after three weeks of repairs. It's the first time since March that ferries can dock.\n\nSkip to content\n\nRepairs cost more than planned, the council said."}`,
		`{"id":"en-2","text":"A short note with <b>markup</b> & ampersands stays as it is."}`,
	}
	bad = []string{
		`{"id":"cut","text":"the line ends here`,
		`{"id":"no-text","body":"the text is in another field"}`,
		`["not", "an", "object"]`,
	}
)

// want is what unscrape's JSON Lines path writes for lines: the records in
// input order, one per line.
func want(t *testing.T, opts cleaner.Options, lines []string) []any {
	t.Helper()
	c, err := cleaner.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := corpus.Clean(c, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, corpus.Options{}); err != nil {
		t.Fatal(err)
	}
	var w []any
	for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		w = append(w, l)
	}
	return w
}

func TestCleanMatchesCLIAndKeepsDeadLetters(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	in := append(append([]string{"", "   "}, good...), bad...)
	docs := beam.CreateList(s, in)
	cleaned, dead := Clean(s, docs, Options{})
	passert.Equals(s, cleaned, want(t, cleaner.Options{}, good)...)
	var badAny []any
	for _, b := range bad {
		badAny = append(badAny, b)
	}
	passert.Equals(s, beam.ParDo(s, deadLetterInput, dead), badAny...)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string]int64)
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == CounterNamespace {
			got[c.Name()] += c.Result()
		}
	}
	if got[CounterDocumentsIn] != 6 || got[CounterDocumentsFailed] != 3 {
		t.Errorf("counters: %d documents in, %d failed; want 6 and 3 (blank lines are not documents)", got[CounterDocumentsIn], got[CounterDocumentsFailed])
	}
	if got[CounterBytesIn] == 0 || got[CounterBytesOut] == 0 || got[CounterBytesOut] >= got[CounterBytesIn] {
		t.Errorf("counters: %d bytes in, %d out; want both, and fewer out", got[CounterBytesIn], got[CounterBytesOut])
	}
	var dropped int64
	for name, n := range got {
		if strings.HasPrefix(name, DroppedCounterPrefix) {
			dropped += n
		}
	}
	if dropped < 3 {
		t.Errorf("counters: %d blocks dropped, want at least 3 (Abonnieren, Share this article, Skip to content): %v", dropped, got)
	}
}

func TestCleanOptionsAndConfigTravel(t *testing.T) {
	cfg := ConfigFile{Path: "site.yaml", Data: []byte("drop:\n  - Der Verbrauch sank im Oktober um ein Fünftel.\n")}
	opts := Options{Quotes: "ascii", Skip: []string{"headings"}, TextField: "body", Configs: []ConfigFile{cfg}}
	lines := []string{strings.Replace(good[0], `"text"`, `"body"`, 1)}
	p, s := beam.NewPipelineWithRoot()
	cleaned, dead := Clean(s, beam.CreateList(s, lines), opts)

	// The same options by hand, on unscrape's own JSON Lines path.
	c, err := opts.cleaner()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := corpus.Clean(c, strings.NewReader(lines[0]+"\n"), &out, corpus.Options{Record: cleaner.RecordOptions{TextField: "body"}}); err != nil {
		t.Fatal(err)
	}
	w := strings.TrimSuffix(out.String(), "\n")
	if strings.Contains(w, "Fünftel") || strings.Contains(w, "„") {
		t.Fatalf("the config's drop rule or --quotes ascii did not apply: %s", w)
	}
	passert.Equals(s, cleaned, w)
	passert.Empty(s, dead)
	ptest.RunAndValidate(t, p)
}

func TestValidate(t *testing.T) {
	for _, o := range []Options{
		{Filters: []string{"no-such-filter"}},
		{Lang: "not a tag!"},
		{Format: "html"},
		{Configs: []ConfigFile{{Path: "bad.yaml", Data: []byte("drop: [\n")}}},
		{Configs: []ConfigFile{{Path: "bad.yaml", Data: []byte("colour: red\n")}}},
	} {
		if err := o.Validate(); err == nil {
			t.Errorf("Validate(%+v) = nil, want an error", o)
		}
	}
	if err := (Options{}).Validate(); err != nil {
		t.Errorf("the zero Options: %v", err)
	}
}
