package batch

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// tempPattern names temporary files. They start with a dot, so a walk that
// runs while a write is under way (or after a crash left one behind) skips
// them as hidden.
const tempPattern = ".unscrape-*.tmp"

// errNotRegular is returned when -w meets an input that is not a regular
// file (a pipe or a device): there is nothing to replace atomically.
var errNotRegular = errors.New("not a regular file")

// keptMode is the part of a file's mode that a rewrite keeps.
const keptMode = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// WriteFile replaces the file at path with data atomically: data goes to a
// temporary file in the same folder, which gets path's permissions, is
// synced to disk and then renamed over path. A reader sees the old content
// or the new, never a mix, and a crash leaves the original intact.
func WriteFile(path string, data []byte) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", path, errNotRegular)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), tempPattern)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	err = tmp.Chmod(info.Mode() & keptMode)
	if err == nil {
		err = fill(tmp, data)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		var le *os.LinkError
		if errors.As(err, &le) {
			err = le.Err
		}
		return fmt.Errorf("%s: replacing it: %w", path, err)
	}
	return nil
}

// fill writes data to f, syncs and closes it.
func fill(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// outDir writes results under one folder. It goes through os.Root, so no
// name and no symbolic link inside the folder can make it write outside.
type outDir struct {
	root *os.Root
	name string // as the user gave it, for messages
	real string // with links resolved, to compare with inputs
}

func openOutDir(name string) (*outDir, error) {
	if err := os.MkdirAll(name, 0o777); err != nil {
		return nil, err
	}
	real, err := realPath(name)
	if err != nil {
		return nil, err
	}
	r, err := os.OpenRoot(name)
	if err != nil {
		return nil, err
	}
	return &outDir{root: r, name: name, real: real}, nil
}

func (o *outDir) Close() error { return o.root.Close() }

// write puts data at rel under the folder, atomically, and leaves a file
// that already holds data untouched so that its time stamp keeps telling
// make and rsync that nothing changed.
func (o *outDir) write(rel string, data []byte) error {
	if old, err := o.root.ReadFile(rel); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if dir := filepath.Dir(rel); dir != "." {
		if err := o.root.MkdirAll(dir, 0o777); err != nil {
			return err
		}
	}
	tmp, f, err := o.createTemp(filepath.Dir(rel))
	if err != nil {
		return err
	}
	if err := fill(f, data); err != nil {
		o.root.Remove(tmp)
		return err
	}
	if err := o.root.Rename(tmp, rel); err != nil {
		o.root.Remove(tmp)
		return err
	}
	return nil
}

// createTemp is os.CreateTemp inside the root, which has none of its own.
func (o *outDir) createTemp(dir string) (string, *os.File, error) {
	var b [8]byte
	for range 100 {
		rand.Read(b[:])
		name := filepath.Join(dir, ".unscrape-"+hex.EncodeToString(b[:])+".tmp")
		// 0o666 less the umask, as any new file: results are not private.
		f, err := o.root.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, f, err
	}
	return "", nil, fmt.Errorf("cannot create a temporary file in %s", filepath.Join(o.name, dir))
}
