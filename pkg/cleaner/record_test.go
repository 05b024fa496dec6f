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
