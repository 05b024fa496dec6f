package batch

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unscrape/unscrape/pkg/cleaner"
)

// articles are invented scraped pages in the styles scrapers produce.
const articles = "testdata/articles"

// copyArticles fills a new folder with copies of the articles spread over
// sub-folders, n copies of each, and returns the folder.
func copyArticles(t *testing.T, n int) string {
	t.Helper()
	src, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil || len(src) == 0 {
		t.Fatalf("no articles in %s: %v", articles, err)
	}
	dir := t.TempDir()
	for i := range n {
		for _, s := range src {
			data, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, fmt.Sprintf("site%d", i%3), fmt.Sprintf("%02d-%s", i, filepath.Base(s)))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

func newCleaner(t *testing.T) *cleaner.Cleaner {
	t.Helper()
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

type runResult struct {
	sum            Summary
	stdout, stderr string
}

func runBatch(t *testing.T, paths []string, opts Options) runResult {
	t.Helper()
	var out, errOut bytes.Buffer
	if opts.Cleaner == nil {
		opts.Cleaner = newCleaner(t)
	}
	opts.Stdout, opts.Stderr = &out, &errOut
	sum, err := Run(paths, opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return runResult{sum, out.String(), errOut.String()}
}

// cleanOne is what unscrape makes of one file, for comparison.
func cleanOne(t *testing.T, c *cleaner.Cleaner, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Clean(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return res.Output
}

func TestRunSameForEveryJobs(t *testing.T) {
	dir := copyArticles(t, 12)
	if err := os.WriteFile(filepath.Join(dir, "site1", "broken.txt"), []byte("a\x00b"), 0o644); err != nil {
		t.Fatal(err)
	}
	modes := map[string]Options{
		"print":   {},
		"explain": {Explain: true},
		"list":    {List: true},
		"diff":    {Diff: true},
		"check":   {Check: true},
	}
	for name, opts := range modes {
		t.Run(name, func(t *testing.T) {
			var first runResult
			for _, jobs := range []int{1, 2, 8, 64} {
				opts.Jobs = jobs
				got := runBatch(t, []string{dir}, opts)
				if jobs == 1 {
					first = got
					if got.sum.Files != 49 || got.sum.Failed != 1 {
						t.Fatalf("summary %+v, want 49 files with 1 failure", got.sum)
					}
					continue
				}
				if got != first {
					t.Errorf("-j %d differs from -j 1:\nsummary %+v vs %+v\nstdout equal %v, stderr equal %v",
						jobs, got.sum, first.sum, got.stdout == first.stdout, got.stderr == first.stderr)
				}
			}
		})
	}
}

func TestRunPrintsInPathOrder(t *testing.T) {
	dir := copyArticles(t, 3)
	c := newCleaner(t)
	files, _ := Collect([]string{dir}, Globs{})
	var want bytes.Buffer
	var list strings.Builder
	for _, f := range files {
		want.Write(cleanOne(t, c, f.Path))
		list.WriteString(f.Path + "\n")
	}
	if got := runBatch(t, []string{dir}, Options{Cleaner: c, Jobs: 4}); got.stdout != want.String() {
		t.Error("printed results are not the files' results in path order")
	}
	// Every article is dirty, so -l lists them all.
	if got := runBatch(t, []string{dir}, Options{Cleaner: c, List: true, Jobs: 4}); got.stdout != list.String() {
		t.Errorf("-l printed\n%s\nwant\n%s", got.stdout, list.String())
	}
}

func TestRunWrite(t *testing.T) {
	dir := copyArticles(t, 2)
	c := newCleaner(t)
	files, _ := Collect([]string{dir}, Globs{})
	want := map[string][]byte{}
	for _, f := range files {
		want[f.Path] = cleanOne(t, c, f.Path)
	}
	if err := os.Chmod(files[0].Path, 0o600); err != nil {
		t.Fatal(err)
	}

	got := runBatch(t, []string{dir}, Options{Cleaner: c, Write: true})
	if got.stdout != "" || got.stderr != "" {
		t.Errorf("-w printed %q %q", got.stdout, got.stderr)
	}
	if got.sum.Changed != len(files) || !got.sum.Wrote {
		t.Errorf("summary %+v, want all %d changed", got.sum, len(files))
	}
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, f := range files {
		data, _ := os.ReadFile(f.Path)
		if !bytes.Equal(data, want[f.Path]) {
			t.Errorf("%s holds\n%s\nwant\n%s", f.Path, data, want[f.Path])
		}
		if err := os.Chtimes(f.Path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	if info, _ := os.Stat(files[0].Path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", info.Mode())
	}

	// unscrape's output is clean: a second run changes and touches nothing.
	again := runBatch(t, []string{dir}, Options{Cleaner: c, Write: true})
	if again.sum.Changed != 0 || again.sum.Unchanged != len(files) {
		t.Errorf("second run: %+v", again.sum)
	}
	for _, f := range files {
		if info, _ := os.Stat(f.Path); !info.ModTime().Equal(old) {
			t.Errorf("%s touched although unchanged", f.Path)
		}
	}
	assertNoTemp(t, filepath.Dir(files[0].Path))
}

func TestRunWriteThroughLink(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(articles, "en-moor-crlf.txt"))
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "real.txt")
	link := filepath.Join(dir, "link.txt")
	if err := os.WriteFile(target, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.txt", link); err != nil {
		t.Fatal(err)
	}
	runBatch(t, []string{link}, Options{Write: true})
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", info, err)
	}
	if got, _ := os.ReadFile(target); bytes.Equal(got, data) {
		t.Error("the link's target was not cleaned")
	}
}

func TestRunOutput(t *testing.T) {
	dir := copyArticles(t, 2)
	c := newCleaner(t)
	files, _ := Collect([]string{dir}, Globs{})
	out := filepath.Join(t.TempDir(), "clean")

	got := runBatch(t, []string{dir}, Options{Cleaner: c, OutDir: out})
	if got.stdout != "" || got.stderr != "" || got.sum.Failed != 0 {
		t.Fatalf("-o: %+v", got)
	}
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, f := range files {
		p := filepath.Join(out, strings.TrimSuffix(f.Rel, ".txt")+".md")
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%s not mirrored: %v", f.Rel, err)
		}
		if want := cleanOne(t, c, f.Path); !bytes.Equal(data, want) {
			t.Errorf("%s holds another result", p)
		}
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	runBatch(t, []string{dir}, Options{Cleaner: c, OutDir: out})
	for _, f := range files {
		p := filepath.Join(out, strings.TrimSuffix(f.Rel, ".txt")+".md")
		if info, _ := os.Stat(p); !info.ModTime().Equal(old) {
			t.Errorf("%s rewritten with the same result", p)
		}
	}
}

func TestRunOutputInsideInput(t *testing.T) {
	dir := copyArticles(t, 1)
	t.Chdir(dir)
	first := runBatch(t, []string{"."}, Options{OutDir: "clean"})
	second := runBatch(t, []string{"."}, Options{OutDir: "clean"})
	if first.sum.Files != 4 || second.sum.Files != 4 {
		t.Errorf("the output folder was cleaned as input: %+v then %+v", first.sum, second.sum)
	}
}

func TestRunOutputClash(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "a.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Some text.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	got := runBatch(t, []string{"."}, Options{OutDir: "out"})
	if got.sum.Failed != 1 {
		t.Fatalf("summary %+v, want one failure", got.sum)
	}
	if want := "unscrape: a.txt: its result would overwrite that of a.md (out/a.md)\n"; got.stderr != want {
		t.Errorf("stderr %q, want %q", got.stderr, want)
	}
}

func TestRunErrorsGoOn(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("bin.txt", []byte("\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("ok.txt", []byte("Fine text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runBatch(t, []string{"bin.txt", "missing.txt", "ok.txt"}, Options{})
	if got.sum.Failed != 2 || got.sum.Files != 3 {
		t.Errorf("summary %+v, want 3 files with 2 failures", got.sum)
	}
	if got.stdout == "" {
		t.Error("ok.txt was not cleaned after the failures")
	}
	lines := strings.Split(strings.TrimSpace(got.stderr), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "unscrape: missing.txt") && !strings.Contains(lines[0], "missing.txt") ||
		!strings.Contains(lines[1], "bin.txt") || !strings.Contains(lines[1], "binary") {
		t.Errorf("stderr does not name each file and its problem:\n%s", got.stderr)
	}
}

func TestRunStdin(t *testing.T) {
	input := "Title of a page\n\nA paragraph   with odd spaces.\n"
	c := newCleaner(t)
	res, err := c.Clean(Stdin, []byte(input))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		opts       Options
		stdout     string
		stderr     string
		wantChange int
	}{
		{Options{}, string(res.Output), "", 1},
		{Options{List: true}, "-\n", "", 1},
		{Options{Check: true}, "", "unscrape: -: would change\n", 1},
		{Options{Diff: true}, string(Diff(Stdin, []byte(input), res.Output)), "", 1},
	}
	for _, tc := range tests {
		tc.opts.Cleaner = c
		tc.opts.Stdin = strings.NewReader(input)
		got := runBatch(t, nil, tc.opts)
		if got.stdout != tc.stdout || got.stderr != tc.stderr || got.sum.Changed != tc.wantChange {
			t.Errorf("%+v: got %+v", tc.opts, got)
		}
	}
	for _, opts := range []Options{{Write: true}, {OutDir: t.TempDir()}} {
		opts.Cleaner, opts.Stdin = c, strings.NewReader(input)
		opts.Stdout, opts.Stderr = &bytes.Buffer{}, &bytes.Buffer{}
		if _, err := Run([]string{Stdin}, opts); err == nil {
			t.Errorf("%+v on standard input: no error", opts)
		}
	}
}

func TestRunProgress(t *testing.T) {
	for _, n := range []int{1, 3} {
		dir := copyArticles(t, n)
		var bar bytes.Buffer
		got := runBatch(t, []string{dir}, Options{Check: true, Progress: &bar})
		files := got.sum.Files
		switch {
		case files <= ProgressMin && bar.Len() > 0:
			t.Errorf("%d files: a bar was drawn: %q", files, bar.String())
		case files > ProgressMin && !strings.Contains(bar.String(), fmt.Sprintf("0/%d", files)):
			// A run this fast is over before the first redraw; the
			// bar's first state shows that it was there.
			t.Errorf("%d files: no bar: %q", files, bar.String())
		case files > ProgressMin && !strings.HasSuffix(bar.String(), "\r"):
			t.Errorf("%d files: the bar was left on its line for the summary: %q", files, bar.String())
		}
	}
}

func TestProgressBar(t *testing.T) {
	tests := []struct {
		color bool
		want  []string
	}{
		{false, []string{"cleaning", "5/12", "files/s", "|"}},
		{true, []string{"5/12", "\x1b[32m"}},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		p := newProgress(&buf, 12, tc.color, 0)
		for range 5 {
			p.add()
		}
		for _, w := range tc.want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("color %v: %q not in %q", tc.color, w, buf.String())
			}
		}
		if !tc.color && strings.Contains(buf.String(), "\x1b[") {
			t.Errorf("escape codes without colour: %q", buf.String())
		}
	}
	if p := newProgress(&bytes.Buffer{}, ProgressMin, false, 0); p != nil {
		t.Error("a bar for a handful of files")
	}
}

func TestSummaryString(t *testing.T) {
	tests := []struct {
		s    Summary
		want string
	}{
		{Summary{Files: 3, Changed: 1, Unchanged: 1, Failed: 1, Dropped: 7, Wrote: true},
			"3 files: 1 cleaned, 1 unchanged, 1 failed; 7 blocks dropped"},
		{Summary{Files: 1, Changed: 1, Dropped: 1},
			"1 file: 1 would change, 0 unchanged, 0 failed; 1 block dropped"},
	}
	for _, tc := range tests {
		if got := tc.s.String(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// BenchmarkRun cleans 200 small articles with --check, so that it measures
// walking and cleaning, not the disk.
func BenchmarkRun(b *testing.B) {
	dir := b.TempDir()
	src, _ := filepath.Glob(filepath.Join(articles, "*.txt"))
	for i := range 50 {
		for _, s := range src {
			data, err := os.ReadFile(s)
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", i, filepath.Base(s))), data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", jobs), func(b *testing.B) {
			for b.Loop() {
				if _, err := Run([]string{dir}, Options{Cleaner: c, Check: true, Jobs: jobs, Stdout: io.Discard, Stderr: io.Discard}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
