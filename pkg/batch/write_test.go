package batch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestWriteFileKeepsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o600, 0o644, 0o755, 0o444} {
		t.Run(mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(p, []byte("old\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			// Chmod after creating: the umask would change the mode given to
			// WriteFile.
			if err := os.Chmod(p, mode); err != nil {
				t.Fatal(err)
			}
			if err := WriteFile(p, []byte("new\n")); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(p)
			if err != nil || string(got) != "new\n" {
				t.Fatalf("content %q, %v; want new", got, err)
			}
			info, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode() != mode {
				t.Errorf("mode %v, want %v", info.Mode(), mode)
			}
			assertNoTemp(t, dir)
		})
	}
}

func TestWriteFileErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "missing.txt"), nil); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: got %v, want not-exist", err)
	}
	if err := WriteFile(dir, nil); !errors.Is(err, errNotRegular) || !strings.Contains(err.Error(), dir) {
		t.Errorf("folder: got %v, want a not-regular error naming it", err)
	}
}

func TestOutDirWrite(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "outside")
	if err := os.Mkdir(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	o, err := openOutDir(filepath.Join(base, "out", "new"))
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()

	if err := o.write(filepath.FromSlash("a/b/c.md"), []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(base, "out", "new", "a", "b", "c.md")
	if got, err := os.ReadFile(p); err != nil || string(got) != "one\n" {
		t.Fatalf("got %q, %v", got, err)
	}

	// The same content again leaves the file and its time alone.
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	if err := o.write(filepath.FromSlash("a/b/c.md"), []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(p); !info.ModTime().Equal(old) {
		t.Errorf("unchanged result touched the file: mtime %v", info.ModTime())
	}
	if err := o.write(filepath.FromSlash("a/b/c.md"), []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "two\n" {
		t.Errorf("changed result not written: %q", got)
	}
	assertNoTemp(t, filepath.Dir(p))

	// Neither a name nor a link inside the folder leads out of it.
	if err := os.Symlink(outside, filepath.Join(base, "out", "new", "link")); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"../escape.md", "link/escape.md"} {
		if err := o.write(filepath.FromSlash(rel), []byte("x\n")); err == nil {
			t.Errorf("%s: wrote outside the output folder", rel)
		}
	}
	for _, p := range []string{filepath.Join(base, "out", "escape.md"), filepath.Join(outside, "escape.md")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s exists", p)
		}
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	tmp, err := filepath.Glob(filepath.Join(dir, tempPrefix+"*"+tempSuffix))
	if err != nil {
		t.Fatal(err)
	}
	if len(tmp) > 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
}

// errFull stands for a failure half-way through producing a result.
// (A real full disk is testdata/script/fullDisk.txtar's, with RLIMIT_FSIZE.)
var errFull = errors.New("no space left on device")

// A result that fails half-way leaves the original as it was and no
// temporary file; so does a result that equals the content.
func TestWriteStreamFailureKeepsOriginal(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("original\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteStream(p, func(w io.Writer) (bool, error) {
		w.Write(bytes.Repeat([]byte("new "), 100<<10))
		return true, errFull
	})
	if !errors.Is(err, errFull) {
		t.Errorf("got %v, want the producer's error", err)
	}
	err = WriteStream(p, func(w io.Writer) (bool, error) {
		_, err := w.Write([]byte("original\n"))
		return false, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(p); string(got) != "original\n" {
		t.Errorf("original changed to %q", got)
	}
	assertNoTemp(t, dir)
}

func TestTempPID(t *testing.T) {
	for _, tt := range []struct {
		name string
		pid  int
		ok   bool
	}{
		{".unscrape-1234-0123456789abcdef.tmp", 1234, true},
		{".unscrape-0123456789abcdef.tmp", 0, true}, // as earlier versions named them
		{".unscrape-1234-0123456789abcdef.txt", 0, false},
		{".unscrape-1234-xyz.tmp", 0, false},
		{".unscrape-x-0123456789abcdef.tmp", 0, false},
		{"unscrape-1234-0123456789abcdef.tmp", 0, false},
		{".unscrape-1234-0123456789abcdef.tmp.txt", 0, false},
	} {
		pid, ok := tempPID(tt.name)
		if pid != tt.pid || ok != tt.ok {
			t.Errorf("tempPID(%q) = %d, %v; want %d, %v", tt.name, pid, ok, tt.pid, tt.ok)
		}
	}
}

// A later run removes the temporary files of a process that is gone, and
// those older than staleAfter; it leaves a running process's and every
// other file alone.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	self := os.Getpid()
	files := map[string]time.Time{
		fmt.Sprintf(".unscrape-%d-0123456789abcdef.tmp", self): now,                      // running: kept
		fmt.Sprintf(".unscrape-%d-1123456789abcdef.tmp", self): now.Add(-2 * staleAfter), // too old: removed
		".unscrape-0123456789abcdef.tmp":                       now.Add(-time.Hour),      // no pid, young: kept
		".unscrape-2123456789abcdef.tmp":                       now.Add(-2 * staleAfter), // no pid, old: removed
		"notes.tmp":                                            now.Add(-2 * staleAfter), // not ours: kept
		".unscrape-99999999-3123456789abcdef.tmp":              now,                      // no such process: removed
	}
	for name, mod := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	removeStale(root.FS(), ".", root.Remove, now)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{".unscrape-0123456789abcdef.tmp", fmt.Sprintf(".unscrape-%d-0123456789abcdef.tmp", self), "notes.tmp"}
	slices.Sort(want)
	if !slices.Equal(left, want) {
		t.Errorf("left %q, want %q", left, want)
	}
}

// A file that another program writes to, or removes, while its result is
// made keeps what that program did.
func TestWriteStreamFileChanged(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("original\n"), 0o644)
	err := WriteStream(p, func(w io.Writer) (bool, error) {
		w.Write([]byte("result\n"))
		f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString("appended meanwhile\n")
		f.Close()
		return true, nil
	})
	if !errors.Is(err, errChanged) || !strings.HasPrefix(err.Error(), p+": changed while") {
		t.Errorf("appended: got %v", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "original\nappended meanwhile\n" {
		t.Errorf("appended: file holds %q", got)
	}
	err = WriteStream(p, func(w io.Writer) (bool, error) {
		os.Remove(p)
		return true, nil
	})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("removed: got %v", err)
	}
	if _, err := os.Stat(p); err == nil {
		t.Errorf("removed: the file is back")
	}
	assertNoTemp(t, dir)
}
