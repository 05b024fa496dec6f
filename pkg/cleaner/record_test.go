package cleaner

import (
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/jsonl"
)

func TestCleanRecord(t *testing.T) {
	c := newDefault(t)
	rec, err := jsonl.Parse([]byte(`{"id":"x1","body":"Headline\n\nA   body sentence.\n\n\u00a0","lang":"en"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.CleanRecord("x1", &rec, RecordOptions{TextField: "body", Explain: true}); err != nil {
		t.Fatal(err)
	}
	got := string(rec.AppendJSON(nil))
	want := `{"id":"x1","body":"# Headline\n\nA body sentence.\n","lang":"en","unscrape_dropped":[]}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, err := c.CleanRecord("x2", &rec, RecordOptions{}); err == nil || !strings.Contains(err.Error(), `x2: no "text" field`) {
		t.Errorf("missing text field: got %v", err)
	}
}

// With Meta, the record gets the metadata as a field, and its text no
// front matter, even from a cleaner that writes front matter into files.
func TestCleanRecordMeta(t *testing.T) {
	c, err := New(Options{FrontMatter: true})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := jsonl.Parse([]byte(`{"id":"x1","text":"Headline\n\nA body sentence.\n\nasc/dpa/AFP"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.CleanRecord("x1", &rec, RecordOptions{Meta: true}); err != nil {
		t.Fatal(err)
	}
	got := string(rec.AppendJSON(nil))
	want := `{"id":"x1","text":"# Headline\n\nA body sentence.\n","unscrape_meta":{"title":"Headline","credits":["asc/dpa/AFP"]}}`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
