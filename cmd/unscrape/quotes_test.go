package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestQuotesFlag pins --quotes: styles by tag, keep, ascii, the document
// language by default, --lang overriding detection, and exit 2 for a style
// that does not exist.
func TestQuotesFlag(t *testing.T) {
	const in = "Titel\n\n\"Nein\", sagte sie am Dienstag in Berlin, »das machen wir nicht, weil es nicht geht und die Leute das nicht wollen«.\n"
	tests := []struct {
		args    []string
		want    string // a line of the output
		code    int
		wantErr string
	}{
		{nil, "„Nein“, sagte sie am Dienstag in Berlin, „das machen", 0, ""},
		{[]string{"--quotes", "auto"}, "„Nein“, sagte sie", 0, ""},
		{[]string{"--quotes", "de-CH"}, "«Nein», sagte sie am Dienstag in Berlin, «das machen", 0, ""},
		{[]string{"--lang", "de-CH"}, "«Nein», sagte sie", 0, ""},
		{[]string{"--quotes", "en"}, "“Nein”, sagte sie am Dienstag in Berlin, “das machen", 0, ""},
		{[]string{"--quotes", "keep"}, `"Nein", sagte sie am Dienstag in Berlin, »das machen`, 0, ""},
		{[]string{"--quotes", "ascii"}, `"Nein", sagte sie am Dienstag in Berlin, "das machen`, 0, ""},
		{[]string{"--quotes", "xx"}, "", 2, "--quotes"},
		{[]string{"--quotes", "fa"}, "", 2, "no quote style"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := Main(tt.args, strings.NewReader(in), &out, &errOut)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errOut.String())
			continue
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("%v: output lacks %q:\n%s", tt.args, tt.want, out.String())
		}
		if tt.wantErr != "" && !strings.Contains(errOut.String(), tt.wantErr) {
			t.Errorf("%v: stderr %q lacks %q", tt.args, errOut.String(), tt.wantErr)
		}
	}
}

// TestBinaryInput: binary input is refused, naming the input, with exit 2.
func TestBinaryInput(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Main(nil, strings.NewReader("\x89PNG\r\n\x1a\n\x00\x00"), &out, &errOut)
	if code != exitError || !strings.Contains(errOut.String(), "-: binary data") {
		t.Errorf("exit %d, stderr %q; want 2 and a message naming the input", code, errOut.String())
	}
}
