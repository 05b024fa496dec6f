package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/cleaner"
)

func newCleaner(t testing.TB) *cleaner.Cleaner {
	t.Helper()
	c, err := cleaner.New(cleaner.Options{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCleanPassesFieldsThroughInOrder(t *testing.T) {
	in := `{"id":"a","text":"Title\n\nBody   text here.","meta":{"url":"https://example.org/?a=1&b=<2>"},"n":1.50}` + "\n" +
		`{"text":"Only text."}` + "\n"
	var out bytes.Buffer
	st, err := Clean(newCleaner(t), strings.NewReader(in), &out, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"a","text":"# Title\n\nBody text here.\n","meta":{"url":"https://example.org/?a=1&b=<2>"},"n":1.50}` + "\n" +
		`{"text":"Only text.\n"}` + "\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if st.Records != 2 || st.Failed != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestCleanCountsEmptiedRecords(t *testing.T) {
	// A record with no text is not emptied (nothing was there to drop);
	// one whose every line was boilerplate is, and so is the third.
	in := `{"text":""}` + "\n" +
		`{"text":"A sentence of prose that stays in the text."}` + "\n" +
		`{"text":"Subscribe now\nAdvertisement"}` + "\n" +
		`{"text":"Advertisement"}` + "\n"
	st, err := Clean(newCleaner(t), strings.NewReader(in), io.Discard, Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if st.Emptied != 2 || st.FirstEmptied != 3 {
		t.Errorf("emptied %d, first on line %d; want 2, first on line 3", st.Emptied, st.FirstEmptied)
	}
	want := "unscrape: in.jsonl: 2 of 4 records have nothing left (the first on line 3): the filters dropped every line (--explain says why)\n"
	if got := st.EmptiedReport("in.jsonl"); got != want {
		t.Errorf("report %q, want %q", got, want)
	}
	if got := (Stats{Records: 4}).EmptiedReport("in.jsonl"); got != "" {
		t.Errorf("report without emptied records: %q", got)
	}
}

func TestCleanOrderWithManyJobs(t *testing.T) {
	var in, want bytes.Buffer
	c := newCleaner(t)
	for i := range 300 {
		body := strings.Repeat(fmt.Sprintf("Sentence number %d of the document. ", i), i%17+1)
		fmt.Fprintf(&in, `{"id":%d,"text":%q}`+"\n", i, "Headline "+fmt.Sprint(i)+"\n\n"+body)
	}
	// One worker is the reference.
	if _, err := Clean(c, bytes.NewReader(in.Bytes()), &want, Options{Jobs: 1}); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := Clean(c, bytes.NewReader(in.Bytes()), &got, Options{Jobs: 8}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("-j 8 output differs from -j 1")
	}
	if n := bytes.Count(got.Bytes(), []byte("\n")); n != 300 {
		t.Errorf("%d lines out, want 300", n)
	}
}

func TestCleanMalformedLines(t *testing.T) {
	in := "{\"text\":\"ok one.\"}\nnot json\n{\"text\":42}\n{\"id\":1}\n{\"text\":\"ok two.\"}\n{\"text\":\"cut"
	c := newCleaner(t)

	var out bytes.Buffer
	_, err := Clean(c, strings.NewReader(in), &out, Options{Name: "in.jsonl"})
	var le *LineError
	if !errors.As(err, &le) || le.Line != 2 || !strings.HasPrefix(err.Error(), "in.jsonl:2: ") {
		t.Fatalf("fail mode: got %v", err)
	}
	if out.String() != "{\"text\":\"ok one.\\n\"}\n" {
		t.Errorf("fail mode wrote %q", out.String())
	}

	out.Reset()
	var errs bytes.Buffer
	st, err := Clean(c, strings.NewReader(in), &out, Options{Name: "in.jsonl", OnError: OnErrorSkip, Errors: &errs, Jobs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Records != 6 || st.Failed != 4 {
		t.Errorf("stats %+v, want 6 records, 4 failed", st)
	}
	if out.String() != "{\"text\":\"ok one.\\n\"}\n{\"text\":\"ok two.\\n\"}\n" {
		t.Errorf("skip mode wrote %q", out.String())
	}
	for _, want := range []string{
		"in.jsonl:2: invalid character",
		`in.jsonl:3: field "text" is not a string (skipped)`,
		`in.jsonl:4: no "text" field (skipped)`,
		"in.jsonl:6: unexpected end of JSON input (the input ends in the middle of this line) (skipped)",
	} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("error report lacks %q:\n%s", want, errs.String())
		}
	}
}

// A huge document is cleaned like any other.
func TestCleanHugeDocument(t *testing.T) {
	body := strings.Repeat("A sentence that repeats to make one very large document. ", 200_000)
	in := fmt.Sprintf(`{"text":%q}`+"\n", "Title\n\n"+body)
	var out bytes.Buffer
	if _, err := Clean(newCleaner(t), strings.NewReader(in), &out, Options{Jobs: 2}); err != nil {
		t.Fatal(err)
	}
	if out.Len() < len(body) {
		t.Errorf("output has %d bytes, input body %d", out.Len(), len(body))
	}
}
