package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/unscrape/unscrape/pkg/cleaner"
)

// TestKillDuringWrite kills "unscrape -w -j 2" with SIGKILL at several
// points of a run over hundreds of files, and checks after each kill that
// every file holds exactly its original or exactly its cleaned content:
// never a truncated or a mixed one. A run after the kills finishes the job
// and removes the temporary files the killed runs left.
func TestKillDuringWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the binary")
	}
	bin := buildBinary(t)
	orig, want := crashCorpus(t, 300)

	// A full run's duration places the kills across it.
	full := fillDir(t, orig)
	start := time.Now()
	if out, err := exec.Command(bin, "-w", "-j", "2", full).CombinedOutput(); err != nil {
		t.Fatalf("full run: %v\n%s", err, out)
	}
	took := time.Since(start)
	checkFiles(t, full, orig, want, true)

	mixed := 0
	for _, frac := range []float64{0.1, 0.3, 0.5, 0.7, 0.9} {
		dir := fillDir(t, orig)
		cmd := exec.Command(bin, "-w", "-j", "2", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(frac * float64(took)))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		cleaned, kept := checkFiles(t, dir, orig, want, false)
		t.Logf("killed at %.0f%% of %v: %d cleaned, %d original", frac*100, took, cleaned, kept)
		if cleaned > 0 && kept > 0 {
			mixed++
		}

		// What a killed run leaves is hidden from the next one, which
		// removes it: here one placed for sure, under the dead pid.
		left := filepath.Join(dir, "d0", fmt.Sprintf(".unscrape-%d-0123456789abcdef.tmp", cmd.Process.Pid))
		if err := os.WriteFile(left, []byte("half a resu"), 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(bin, "-w", "-j", "2", dir).CombinedOutput(); err != nil {
			t.Fatalf("run after the kill: %v\n%s", err, out)
		}
		checkFiles(t, dir, orig, want, true)
		if tmp := temps(t, dir); len(tmp) > 0 {
			t.Errorf("temporary files left after a complete run: %q", tmp)
		}
	}
	if mixed == 0 {
		t.Errorf("no kill came in the middle of a run: the test proves nothing here")
	}
}

// crashCorpus makes n files' content and what unscrape makes of each,
// keyed by their path below a folder.
func crashCorpus(t *testing.T, n int) (orig, want map[string][]byte) {
	t.Helper()
	c, err := cleaner.New(cleaner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	orig, want = map[string][]byte{}, map[string][]byte{}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "Harbour story number %d\n\nShare this article\n\n", i)
		for j := range 40 + i%40 {
			fmt.Fprintf(&b, "Paragraph %d of story %d says that the \"ferry\" runs again from Monday, and that the timetable will change.   \n\n", j, i)
		}
		b.WriteString("Advertisement\n")
		rel := filepath.Join(fmt.Sprintf("d%d", i%7), fmt.Sprintf("story %03d.txt", i))
		res, err := c.Clean(rel, []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Equal(res.Output, []byte(b.String())) {
			t.Fatalf("%s is clean already", rel)
		}
		orig[rel], want[rel] = []byte(b.String()), res.Output
	}
	return orig, want
}

func fillDir(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for rel, data := range files {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// checkFiles checks that each file holds its original or its cleaned
// content (only the cleaned one when done) and counts which.
func checkFiles(t *testing.T, dir string, orig, want map[string][]byte, done bool) (cleaned, kept int) {
	t.Helper()
	for rel := range orig {
		got, err := os.ReadFile(filepath.Join(dir, rel))
		switch {
		case err != nil:
			t.Errorf("%s: %v", rel, err)
		case bytes.Equal(got, want[rel]):
			cleaned++
		case bytes.Equal(got, orig[rel]) && !done:
			kept++
		default:
			t.Errorf("%s holds neither its original nor its result (%d bytes)", rel, len(got))
		}
	}
	return cleaned, kept
}

func temps(t *testing.T, dir string) []string {
	t.Helper()
	var found []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".unscrape-") {
			found = append(found, p)
		}
		return nil
	})
	return found
}
