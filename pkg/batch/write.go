package batch

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Temporary files are named ".unscrape-PID-RANDOM.tmp". They start with a
// dot, so a walk that runs while a write is under way (or after a crash
// left one behind) skips them as hidden; the pid tells a later run whether
// the process that made one still runs.
const (
	tempPrefix = ".unscrape-"
	tempSuffix = ".tmp"
)

// staleAfter is the age at which a temporary file is a leftover even though
// a process with its pid runs: pids are reused.
const staleAfter = 24 * time.Hour

// errNotRegular is returned when -w meets an input that is not a regular
// file (a pipe or a device): there is nothing to replace atomically.
var errNotRegular = errors.New("not a regular file")

// keptMode is the part of a file's mode that a rewrite keeps.
const keptMode = fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky

// WriteFile replaces the file at path with data atomically: data goes to a
// temporary file in the same folder, which gets path's permissions, is
// synced to disk and then renamed over path. A reader sees the old content
// or the new, never a mix, and a crash or a full disk leaves the original
// intact.
func WriteFile(path string, data []byte) error {
	return WriteStream(path, func(w io.Writer) (bool, error) {
		_, err := w.Write(data)
		return true, err
	})
}

// WriteStream is WriteFile for a result too large to hold: produce writes
// it to the temporary file. When produce reports that the result equals
// the file's content, or fails, the temporary file is removed and path is
// left as it was. An error of produce's own is returned as it is, so it
// should name the file; one in writing the temporary file is returned as
// "path: writing the result: cause".
//
// A file that changes or goes while its result is made is left as it is
// (or gone), with an error that wraps errChanged: its result is that of
// content it no longer has.
func WriteStream(path string, produce func(w io.Writer) (changed bool, err error)) error {
	return replace(path, path, nil, produce)
}

// errChanged says that a file changed between the reading of its content
// and the writing of its result.
var errChanged = errors.New("changed while it was being cleaned; left as it is")

// replace is WriteStream for a file whose content was read when it was as
// read says (nil: as it is now), named shown in messages: a user knows a
// file by the path they gave, not by the link-free one that is replaced.
func replace(path, shown string, read fs.FileInfo, produce func(w io.Writer) (bool, error)) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %w", shown, causeOf(err))
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: %w", shown, errNotRegular)
	}
	if read == nil {
		read = info
	} else if !sameVersion(read, info) {
		return fmt.Errorf("%s: %w", shown, errChanged)
	}
	dir := filepath.Dir(path)
	_, tmp, err := createTemp(func(name string) (*os.File, error) {
		return os.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	})
	if err != nil {
		return fmt.Errorf("%s: creating a temporary file: %w", shown, causeOf(err))
	}
	if err := tmp.Chmod(info.Mode() & keptMode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("%s: %w", shown, causeOf(err))
	}
	changed, err := fill(tmp, produce)
	if err != nil || !changed {
		os.Remove(tmp.Name())
		var we *writeError
		if errors.As(err, &we) {
			return fmt.Errorf("%s: writing the result: %w", shown, we.err)
		}
		return err
	}
	// A writer that replaced the file or wrote to it since it was read
	// would lose its change to a result made from the old content. (A
	// write in the instant between this check and the rename still can.)
	if now, err := os.Stat(path); err != nil || !sameVersion(read, now) {
		os.Remove(tmp.Name())
		if err != nil {
			return fmt.Errorf("%s: %w", shown, causeOf(err))
		}
		return fmt.Errorf("%s: %w", shown, errChanged)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		var le *os.LinkError
		if errors.As(err, &le) {
			err = le.Err
		}
		return fmt.Errorf("%s: replacing it: %w", shown, err)
	}
	return nil
}

// sameVersion reports whether a and b describe the same file with the
// same content, as far as size and modification time tell.
func sameVersion(a, b fs.FileInfo) bool {
	return os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// createTemp makes a new temporary file with open, which creates the name
// it is given exclusively, and returns that name.
func createTemp(open func(name string) (*os.File, error)) (string, *os.File, error) {
	var b [8]byte
	for range 100 {
		rand.Read(b[:])
		name := tempPrefix + strconv.Itoa(os.Getpid()) + "-" + hex.EncodeToString(b[:]) + tempSuffix
		f, err := open(name)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, f, err
	}
	return "", nil, errors.New("no free name")
}

// writeError is a failure to write, sync or close a temporary file (a full
// disk), as opposed to one of the producer's.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

// fileWriter writes to a temporary file and marks its errors as writeErrors.
type fileWriter struct{ f *os.File }

func (w fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		err = &writeError{causeOf(err)}
	}
	return n, err
}

// causeOf is the cause of a file system error without the temporary name
// the os package puts in front of it, which means nothing to a user.
func causeOf(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fill lets produce write to f through a buffer, then syncs and closes f.
func fill(f *os.File, produce func(w io.Writer) (bool, error)) (bool, error) {
	w := bufio.NewWriterSize(fileWriter{f}, 64<<10)
	changed, err := produce(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil && changed {
		if serr := f.Sync(); serr != nil {
			err = &writeError{causeOf(serr)}
		}
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = &writeError{causeOf(cerr)}
	}
	return changed, err
}

// tempPID returns the pid in the name of a temporary file; ok is false for
// a name that is not one. Names without a pid, as earlier versions made
// them, give pid 0.
func tempPID(name string) (pid int, ok bool) {
	mid, ok := strings.CutPrefix(name, tempPrefix)
	if !ok {
		return 0, false
	}
	if mid, ok = strings.CutSuffix(mid, tempSuffix); !ok {
		return 0, false
	}
	p, random, found := strings.Cut(mid, "-")
	if !found {
		p, random = "0", mid
	}
	if _, err := hex.DecodeString(random); err != nil || len(random) != 16 {
		return 0, false
	}
	pid, err := strconv.Atoi(p)
	if err != nil || pid < 0 {
		return 0, false
	}
	return pid, true
}

// stale reports whether a file named name, last modified at mod, is a
// temporary file left behind: one whose process no longer runs on this
// machine, or older than staleAfter.
func stale(name string, mod, now time.Time, running func(pid int) bool) bool {
	pid, ok := tempPID(name)
	if !ok {
		return false
	}
	return now.Sub(mod) > staleAfter || (pid > 0 && !running(pid))
}

// removeStale removes the stale temporary files in the folder that fsys
// reads, with remove. Nothing else in the folder is touched, and a folder
// that cannot be read is left for the write to report.
func removeStale(fsys fs.FS, dir string, remove func(name string) error, now time.Time) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err == nil && stale(e.Name(), info.ModTime(), now, processRunning) {
			remove(filepath.Join(dir, e.Name()))
		}
	}
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
	return o.writeStream(rel, func(w io.Writer) (bool, error) {
		_, err := w.Write(data)
		return true, err
	})
}

// writeStream is write for a result too large to hold: produce writes it,
// and reports whether it differs from what rel holds.
func (o *outDir) writeStream(rel string, produce func(w io.Writer) (changed bool, err error)) error {
	dir := filepath.Dir(rel)
	if dir != "." {
		if err := o.root.MkdirAll(dir, 0o777); err != nil {
			return err
		}
	}
	name, f, err := createTemp(func(name string) (*os.File, error) {
		// 0o666 less the umask, as any new file: results are not private.
		return o.root.OpenFile(filepath.Join(dir, name), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	})
	if err != nil {
		return fmt.Errorf("creating a temporary file in %s: %w", filepath.Join(o.name, dir), err)
	}
	tmp := filepath.Join(dir, name)
	changed, err := fill(f, produce)
	if err != nil || !changed {
		o.root.Remove(tmp)
		var we *writeError
		if errors.As(err, &we) {
			return we.err
		}
		return err
	}
	if err := o.root.Rename(tmp, rel); err != nil {
		o.root.Remove(tmp)
		return err
	}
	return nil
}
