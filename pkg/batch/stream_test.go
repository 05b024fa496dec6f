package batch

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unscrape/unscrape/pkg/cleaner"
)

// longArticle is a text far above the stream threshold the tests set, so
// that it is cleaned in several parts.
func longArticle(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("Harbour plan approved after a long debate\n\n")
	for i := range 60 {
		b.WriteString("The council met again on Tuesday and voted for the new harbour plan by a wide margin, officials said.   \n\n")
		if i%10 == 0 {
			b.WriteString("Advertisement\n\n")
		}
		b.WriteString("Residents who had opposed the plan for months said they would keep watching how the works go ahead.\n\n")
	}
	return b.Bytes()
}

// streamOpts makes every file above 2 KiB a stream of parts of about 512
// bytes.
func streamOpts(o Options) Options {
	o.StreamAbove, o.Segment = 2<<10, 512
	return o
}

// A file above the threshold is cleaned in parts and its result goes to
// Stdout, -w, -o, -l and --check as a whole file's does; a second -w finds
// nothing to change and leaves it alone.
func TestRunStreamsLargeFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	small := filepath.Join(dir, "small.txt")
	data := longArticle(t)
	if err := os.WriteFile(big, data, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(small, []byte("Short note\n\nThe meeting starts at nine.   \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newCleaner(t)
	var want bytes.Buffer
	parts, err := c.CleanStream(big, bytes.NewReader(data), &want, cleaner.StreamOptions{Segment: 512})
	if err != nil || parts.Parts < 3 {
		t.Fatalf("%d parts, %v", parts.Parts, err)
	}
	printed := runBatch(t, []string{big, small}, streamOpts(Options{Jobs: 2}))
	if wantOut := want.String() + string(cleanOne(t, c, small)); printed.stdout != wantOut || printed.stderr != "" {
		t.Fatalf("printed\n%s\nstderr %s\nwant\n%s", printed.stdout, printed.stderr, wantOut)
	}
	if r := runBatch(t, []string{big}, streamOpts(Options{List: true})); r.stdout != big+"\n" || r.sum.Changed != 1 {
		t.Errorf("-l: %+v", r)
	}
	out := filepath.Join(t.TempDir(), "out")
	if r := runBatch(t, []string{big}, streamOpts(Options{OutDir: out})); r.sum.Failed != 0 {
		t.Fatalf("-o: %+v", r)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "big.md")); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("-o wrote\n%s", got)
	}
	if r := runBatch(t, []string{big}, streamOpts(Options{Write: true, Jobs: 2})); r.sum.Changed != 1 || r.stderr != "" {
		t.Fatalf("-w: %+v", r)
	}
	if got, _ := os.ReadFile(big); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("-w wrote\n%s", got)
	}
	if info, _ := os.Stat(big); info.Mode().Perm() != 0o640 {
		t.Errorf("-w changed the mode to %v", info.Mode())
	}
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	os.Chtimes(big, old, old)
	if r := runBatch(t, []string{big}, streamOpts(Options{Write: true})); r.sum.Changed != 0 || r.sum.Unchanged != 1 {
		t.Errorf("second -w: %+v", r)
	}
	if info, _ := os.Stat(big); !info.ModTime().Equal(old) {
		t.Errorf("second -w touched the file")
	}
	if r := runBatch(t, []string{big}, streamOpts(Options{Check: true})); r.sum.Changed != 0 {
		t.Errorf("--check after -w: %+v", r)
	}
	assertNoTemp(t, dir)
}

// A large file with a NUL byte past its first part is refused with -w and
// keeps its content; the other files are still cleaned.
func TestRunStreamBinaryKeepsOriginal(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	good := filepath.Join(dir, "good.txt")
	data := append(longArticle(t), "tail\x00here\n"...)
	os.WriteFile(bad, data, 0o644)
	os.WriteFile(good, []byte("Short note\n\nThe meeting starts at nine.   \n"), 0o644)
	r := runBatch(t, []string{bad, good}, streamOpts(Options{Write: true}))
	if r.sum.Failed != 1 || r.sum.Changed != 1 || !strings.Contains(r.stderr, "unscrape: "+bad+": the part from line ") || !strings.Contains(r.stderr, "binary data") {
		t.Errorf("%+v", r)
	}
	if got, _ := os.ReadFile(bad); !bytes.Equal(got, data) {
		t.Errorf("the binary file was changed")
	}
	assertNoTemp(t, dir)
}

// -d does not hold a large file in memory to diff it: it says so.
func TestRunStreamNoDiff(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(big, longArticle(t), 0o644)
	r := runBatch(t, []string{big}, streamOpts(Options{Diff: true}))
	if r.sum.Failed != 1 || !strings.Contains(r.stderr, big+": larger than the 2048 bytes -d compares in memory") {
		t.Errorf("%+v", r)
	}
}

// Standard input above the threshold is cleaned as a stream too, when its
// result is printed.
func TestRunStreamsStdin(t *testing.T) {
	data := longArticle(t)
	var want bytes.Buffer
	if _, err := newCleaner(t).CleanStream(Stdin, bytes.NewReader(data), &want, cleaner.StreamOptions{Segment: 512}); err != nil {
		t.Fatal(err)
	}
	r := runBatch(t, nil, streamOpts(Options{Stdin: bytes.NewReader(data)}))
	if r.stdout != want.String() || r.stderr != "" || r.sum.Failed != 0 {
		t.Errorf("got %+v", r)
	}
	r = runBatch(t, nil, streamOpts(Options{Stdin: bytes.NewReader(data), Check: true}))
	if r.sum.Changed != 1 {
		t.Errorf("--check on standard input: %+v", r)
	}
}

// A file of more lines than the line threshold is a stream too, however
// small, from a path or on standard input; -d still reads it whole.
func TestRunStreamsManyLines(t *testing.T) {
	data := longArticle(t)
	big := filepath.Join(t.TempDir(), "lines.txt")
	if err := os.WriteFile(big, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if _, err := newCleaner(t).CleanStream(big, bytes.NewReader(data), &want, cleaner.StreamOptions{Segment: 512}); err != nil {
		t.Fatal(err)
	}
	whole := string(cleanOne(t, newCleaner(t), big))
	if want.String() == whole {
		t.Fatal("the stream's result is the whole file's: the test cannot tell them apart")
	}
	opts := Options{StreamLines: 100, Segment: 512}
	if r := runBatch(t, []string{big}, opts); r.stdout != want.String() || r.stderr != "" {
		t.Errorf("a file of %d lines was not streamed: %+v", bytes.Count(data, []byte{'\n'}), r)
	}
	opts.Stdin = bytes.NewReader(data)
	if r := runBatch(t, nil, opts); r.stdout != want.String() || r.stderr != "" {
		t.Errorf("standard input of %d lines was not streamed: %+v", bytes.Count(data, []byte{'\n'}), r)
	}
	if r := runBatch(t, []string{big}, Options{StreamLines: 100, Diff: true}); r.sum.Failed != 0 || r.stderr != "" {
		t.Errorf("-d on a file of many lines: %+v", r)
	}
	if r := runBatch(t, []string{big}, Options{StreamLines: 1000, Segment: 512}); r.stdout != whole {
		t.Errorf("a file of fewer lines than the threshold was streamed")
	}
}
