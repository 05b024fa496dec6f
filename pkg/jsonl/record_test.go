package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRoundTripKeepsFieldsAndOrder(t *testing.T) {
	in := `{"id":"a1","meta":{"url":"https://example.org/x?a=1&b=2","n":[1,2.50,3e2]},"text":"Hello <world>","added":"2024-01-01","id":"dup"}`
	r, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(r.AppendJSON(nil)); got != in {
		t.Fatalf("pass-through changed the record:\n got %s\nwant %s", got, in)
	}
	s, ok, err := r.String("text")
	if err != nil || !ok || s != "Hello <world>" {
		t.Fatalf("String(text) = %q, %v, %v", s, ok, err)
	}
	if err := r.Set("text", "Cleaned & <kept>"); err != nil {
		t.Fatal(err)
	}
	want := `{"id":"a1","meta":{"url":"https://example.org/x?a=1&b=2","n":[1,2.50,3e2]},"text":"Cleaned & <kept>","added":"2024-01-01","id":"dup"}`
	if got := string(r.AppendJSON(nil)); got != want {
		t.Fatalf("after Set:\n got %s\nwant %s", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{`[1,2]`, `"text"`, `{"a":1`, `{"a":1}{"b":2}`, `{a:1}`, ``, `{"a":tru}`} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", in)
		}
	}
	r, _ := Parse([]byte(`{"text":42}`))
	if _, ok, err := r.String("text"); !ok || err == nil {
		t.Errorf("a number text field must be an error")
	}
	if _, ok, _ := r.String("missing"); ok {
		t.Errorf("a missing field must not be found")
	}
	if _, err := Parse([]byte(`7`)); !errors.Is(err, ErrNotObject) {
		t.Errorf("want ErrNotObject for a number, got %v", err)
	}
}

func TestReader(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	in := "{\"a\":1}\n\n  \r\n{\"text\":\"" + long + "\"}\n{\"cut\":"
	r := NewReader(strings.NewReader(in))
	var got []Line
	for {
		l, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, l)
	}
	if len(got) != 3 {
		t.Fatalf("got %d lines, want 3", len(got))
	}
	if got[0].No != 1 || got[1].No != 4 || got[2].No != 5 {
		t.Errorf("line numbers %d %d %d, want 1 4 5", got[0].No, got[1].No, got[2].No)
	}
	if len(got[1].Data) != len(long)+11 {
		t.Errorf("long line has %d bytes", len(got[1].Data))
	}
	if got[1].Truncated || !got[2].Truncated {
		t.Errorf("only the last line, without newline, is truncated")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"id":1,"text":"a"}`, `{}`, `{"a":[{"b":null}]}`, `{"a":"\u00e9\ud83d\ude00"}`, `{"a":1`, `{"a":"\ud83d x\udc00\ud800\u00","b":"\"\\\/\b\f\n\r\t"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The fast path reads what it accepts as the decoder does.
		if fast, ok := parseFast(data); ok {
			slow, err := parseDecoder(data)
			if err != nil {
				t.Fatalf("fast path accepts %q, the decoder does not: %v", data, err)
			}
			if !reflect.DeepEqual(fast.Fields, slow.Fields) && (len(fast.Fields) > 0 || len(slow.Fields) > 0) {
				t.Fatalf("%q: fast path reads %q, the decoder %q", data, fast.Fields, slow.Fields)
			}
		}
		r, err := Parse(data)
		if err != nil {
			return
		}
		// A string field reads as encoding/json reads it.
		seen := map[string]bool{}
		for _, fd := range r.Fields {
			var want string
			// String reads the first of duplicate keys.
			if seen[fd.Key] || json.Unmarshal(fd.Value, &want) != nil {
				seen[fd.Key] = true
				continue
			}
			seen[fd.Key] = true
			if got, _, err := r.String(fd.Key); err != nil || got != want {
				t.Fatalf("field %q of %q reads %q (%v), encoding/json reads %q", fd.Key, data, got, err, want)
			}
		}
		// What parses must write back to JSON that parses to the same fields.
		out := r.AppendJSON(nil)
		r2, err := Parse(out)
		if err != nil {
			t.Fatalf("own output %q does not parse: %v", out, err)
		}
		if len(r2.Fields) != len(r.Fields) {
			t.Fatalf("field count changed: %d → %d", len(r.Fields), len(r2.Fields))
		}
	})
}

// FuzzReader: the Reader never panics on any stream, numbers lines from 1
// upwards, and hands out each non-blank line trimmed, marking only the last
// one truncated when the stream ends without a newline.
func FuzzReader(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/script/jsonl*.txtar")
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{"", "\n", "{}\n\n{\"a\":1}", "\r\n \t\n{", "{\"a\":\"\xff\"}\n\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data))
		last, lines := 0, 0
		for {
			l, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("error from a byte slice: %v", err)
			}
			if l.No <= last {
				t.Fatalf("line %d after line %d", l.No, last)
			}
			if len(l.Data) == 0 || len(bytes.TrimSpace(l.Data)) != len(l.Data) {
				t.Fatalf("line %d not trimmed or blank: %q", l.No, l.Data)
			}
			if l.Truncated && bytes.HasSuffix(data, []byte("\n")) {
				t.Fatalf("line %d marked truncated in a stream that ends with a newline", l.No)
			}
			last = l.No
			lines++
		}
		if want := nonBlankLines(data); lines != want {
			t.Fatalf("read %d lines, want %d", lines, want)
		}
	})
}

func nonBlankLines(data []byte) int {
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			n++
		}
	}
	return n
}

// TestParseFast: the fast path takes the records corpora are made of, as
// the decoder reads them, and leaves every malformed line to the decoder.
func TestParseFast(t *testing.T) {
	for _, line := range []string{
		`{}`,
		` { "id" : "a1" , "text":"x\n\"y\" \u00e9\ud83d\ude00" } `,
		`{"id":17,"n":-0.5e+3,"ok":true,"no":false,"nil":null,"text":"t"}`,
		`{"meta":{"url":"https://x/?a=1","tags":["a","]",{"b":[]}]},"text":"t","id":"dup","id":2}`,
		`{"a":"\ud800","b":"\/"}`,
	} {
		fast, ok := parseFast([]byte(line))
		if !ok {
			t.Errorf("fast path declines %s", line)
			continue
		}
		slow, err := parseDecoder([]byte(line))
		if err != nil || !reflect.DeepEqual(fast.Fields, slow.Fields) && len(slow.Fields) > 0 {
			t.Errorf("%s: fast path reads %q, the decoder %q (%v)", line, fast.Fields, slow.Fields, err)
		}
	}
	for _, line := range []string{
		``, `[]`, `{`, `{"a":1,}`, `{"a":01}`, `{"a":1.}`, `{"a":-}`, `{"a":1e}`, `{"a":tru}`,
		`{"a":"x` + "\x01" + `"}`, `{"a":"\x"}`, `{"a":"\u12"}`, `{"a":[1,}`, `{"a":{"b"}}`,
		`{"a":1} {}`, `{"a" 1}`, `{a:1}`, `{"a":1]`,
	} {
		if _, ok := parseFast([]byte(line)); ok {
			t.Errorf("fast path accepts %q", line)
		}
		if _, err := Parse([]byte(line)); err == nil {
			t.Errorf("Parse accepts %q", line)
		}
	}
	// A key that is not UTF-8 the decoder reads with U+FFFD in it.
	if _, ok := parseFast([]byte("{\"\xff\":1}")); ok {
		t.Error("fast path accepts a key that is not UTF-8")
	}
}
