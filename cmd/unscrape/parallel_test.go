package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGNUParallelMapStep runs unscrape as the map step of GNU parallel: the
// JSON Lines stream is cut into blocks of records, cleaned by several
// unscrape processes at once and put back together in order (-k). The result
// must be byte for byte what one process writes. It skips where GNU parallel
// is not installed (Debian package parallel; .ci/run installs it).
func TestGNUParallelMapStep(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary")
	}
	par, err := exec.LookPath("parallel")
	if err != nil {
		t.Skip("GNU parallel is not installed, so the map step is not tested (install the Debian package parallel)")
	}
	bin := buildBinary(t)

	var in bytes.Buffer
	for i := range 400 {
		var body strings.Builder
		fmt.Fprintf(&body, "Headline number %d about the harbour\n\nShare this article\n\n", i)
		for j := range i%7 + 1 {
			fmt.Fprintf(&body, "Paragraph %d of story %d says that the \"ferry\" runs again from Monday.\n\n", j, i)
		}
		body.WriteString("Advertisement\n")
		fmt.Fprintf(&in, `{"id":%d,"text":%q,"source":"site-%d"}`+"\n", i, body.String(), i%3)
	}

	one := exec.Command(bin, "-j", "1")
	one.Stdin = bytes.NewReader(in.Bytes())
	want, err := one.Output()
	if err != nil {
		t.Fatalf("one process: %v", err)
	}
	if n := bytes.Count(want, []byte("\n")); n != 400 {
		t.Fatalf("one process wrote %d records, want 400", n)
	}

	cmd := exec.Command(par, "--will-cite", "--pipe", "-k", "-N", "25", "-j", "4", bin, "-j", "1")
	cmd.Stdin = bytes.NewReader(in.Bytes())
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir()) // parallel keeps state in ~/.parallel
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("parallel: %v\n%s", err, stderr.String())
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("parallel --pipe -k output differs from one process (%d vs %d bytes)", len(got), len(want))
	}
}

// buildBinary builds the unscrape command into a temporary folder, for the
// tests that must run it as a process of its own (killed, or driven by
// another program).
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "unscrape")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
