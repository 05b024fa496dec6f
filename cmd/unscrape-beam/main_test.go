package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/unscrape/unscrape/cmd/unscrape-beam/beamclean"
	"github.com/unscrape/unscrape/cmd/unscrape-beam/internal/beamtest"
)

// TestMain cleans up after Beam and the binary the tests build.
func TestMain(m *testing.M) {
	beamtest.Main(m)
}

// benchDir holds the benchmark pages, outside the repository.
const benchDir = "../../../shared/bench/aeb/htmltext"

// unscrapeBinary builds the main module's command once per test run, so
// the Beam output is compared with what users run, not with a re-creation
// of it.
var unscrapeBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "unscrape")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/unscrape")
	cmd.Dir = "../.."
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/unscrape: %w\n%s", err, out)
	}
	return bin, nil
})

// runCLI runs "unscrape --input-format jsonl --format jsonl --on-error skip"
// with flags on the file in and returns its records, sorted.
func runCLI(t *testing.T, in string, flags ...string) []string {
	t.Helper()
	bin, err := unscrapeBinary()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"--input-format", "jsonl", "--format", "jsonl", "--on-error", "skip"}, flags...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = f, &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("unscrape: %v\n%s", err, stderr.String())
	}
	return sortedLines(out.Bytes())
}

// runBeam runs unscrape-beam's main with args on Prism and returns what
// it wrote on stderr.
func runBeam(t *testing.T, args ...string) string {
	t.Helper()
	fs := flag.NewFlagSet("unscrape-beam", flag.ContinueOnError)
	cmd := newCommand(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := cmd.main(context.Background(), fs, &stderr); code != exitOK {
		t.Fatalf("unscrape-beam %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stderr.String()
}

// readShards returns the lines of every file matching pattern, sorted.
func readShards(t *testing.T, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, data...)
	}
	return sortedLines(all)
}

func sortedLines(data []byte) []string {
	s := strings.TrimSuffix(string(data), "\n")
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return lines
}

// sameRecords fails the test unless the two runs wrote the same records.
func sameRecords(t *testing.T, beam, cli []string) {
	t.Helper()
	if len(beam) != len(cli) {
		t.Errorf("unscrape-beam wrote %d records, unscrape %d", len(beam), len(cli))
	}
	for i := 0; i < len(beam) && i < len(cli); i++ {
		if beam[i] != cli[i] {
			t.Errorf("record %d differs:\nunscrape-beam: %.300s\nunscrape:      %.300s", i, beam[i], cli[i])
			return
		}
	}
}

func TestInventedCorpusEqualsCLI(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flags []string
	}{
		{"defaults", nil},
		{"flags", []string{"--quotes", "de-CH", "--skip", "headings", "--front-matter", "--explain"}},
		{"config", []string{"--config", "testdata/site.yaml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "clean")
			summary := runBeam(t, append([]string{"--input", "testdata/*.jsonl", "--output", out, "--shards", "3"}, tc.flags...)...)
			got := readShards(t, out+"-*-of-00003.jsonl")
			want := runCLI(t, "testdata/docs.jsonl", tc.flags...)
			sameRecords(t, got, want)
			if len(got) != 4 {
				t.Errorf("%d records, want the 4 good ones of testdata/docs.jsonl", len(got))
			}

			dead := readShards(t, out+".deadletters-*-of-00003.jsonl")
			var inputs []string
			for _, l := range dead {
				d, err := beamclean.ParseDeadLetter(l)
				if err != nil {
					t.Fatal(err)
				}
				inputs = append(inputs, d.Input)
			}
			slices.Sort(inputs)
			wantDead := []string{`{"id":"cut","text":"this record ends in the middle`, `{"id":"no-text","body":"the text is in another field"}`}
			if !slices.Equal(inputs, wantDead) {
				t.Errorf("dead letters hold %q, want %q", inputs, wantDead)
			}
			if !strings.Contains(summary, "unscrape-beam: 6 documents, 2 failed;") {
				t.Errorf("summary: %s", summary)
			}
			if tc.name == "config" && strings.Contains(strings.Join(got, "\n"), "Repairs cost") {
				t.Errorf("the config's drop rule did not reach the workers")
			}
		})
	}
}

// TestBenchmarkPagesEqualCLI cleans the 181 benchmark pages as one JSON
// Lines corpus on Prism and with unscrape, and compares every record.
func TestBenchmarkPagesEqualCLI(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(benchDir, "*.txt"))
	if len(pages) == 0 {
		t.Skipf("no benchmark pages in %s (they live in the shared folder beside the repository)", benchDir)
	}
	in := filepath.Join(t.TempDir(), "pages.jsonl")
	var buf bytes.Buffer
	for _, p := range pages {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := json.Marshal(map[string]string{"id": filepath.Base(p), "text": string(text)})
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(append(rec, '\n'))
	}
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// Built before the clock starts, so the times below compare runs.
	if _, err := unscrapeBinary(); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "clean")
	start := time.Now()
	runBeam(t, "--input", in, "--output", out)
	beamTime := time.Since(start)
	got := readShards(t, out+"-*.jsonl")

	start = time.Now()
	want := runCLI(t, in)
	t.Logf("%d pages: unscrape-beam on Prism %v, unscrape %v", len(pages), beamTime.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	if len(want) != len(pages) {
		t.Fatalf("unscrape cleaned %d of %d pages", len(want), len(pages))
	}
	sameRecords(t, got, want)
	if dead := readShards(t, out+".deadletters-*"); len(dead) > 0 {
		t.Errorf("%d dead letters, want none: %.300s", len(dead), dead[0])
	}
}

// TestBadFlagsExitTwo checks that what unscrape refuses, unscrape-beam
// refuses before it builds a pipeline, naming the cause.
func TestBadFlagsExitTwo(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("quotes: de\ncolour: red\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--output", "x"}, "--input is required"},
		{[]string{"--input", "x"}, "--output is required"},
		{[]string{"--input", "x", "--output", "y", "--shards", "0"}, "--shards 0"},
		{[]string{"--input", "x", "--output", "y", "--skip", "nonesuch"}, "nonesuch"},
		{[]string{"--input", "x", "--output", "y", "--lang", "!!"}, "--lang"},
		{[]string{"--input", "x", "--output", "y", "--config", bad}, `bad.yaml:2: key "colour"`},
		{[]string{"--input", "x", "--output", "y", "--config", "no-such.yaml"}, "no-such.yaml"},
		{[]string{"--input", "x", "--output", "y", "stray"}, `unexpected argument "stray"`},
	} {
		fs := flag.NewFlagSet("unscrape-beam", flag.ContinueOnError)
		cmd := newCommand(fs)
		if err := fs.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		code := cmd.main(context.Background(), fs, &stderr)
		if code != exitError || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("unscrape-beam %s: exit %d, %q; want exit 2 and %q", strings.Join(tc.args, " "), code, stderr.String(), tc.want)
		}
	}
}
