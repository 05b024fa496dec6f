package batch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
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
	tmp, err := filepath.Glob(filepath.Join(dir, tempPattern))
	if err != nil {
		t.Fatal(err)
	}
	if len(tmp) > 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
}
