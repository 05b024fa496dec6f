package batch

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/unscrape/unscrape/pkg/cleaner"
)

// DefaultStreamAbove is the size above which a file is cleaned as a stream
// when Options.StreamAbove is 0.
const DefaultStreamAbove = 64 << 20

// DefaultStreamLines is the number of lines above which a file is cleaned
// as a stream when Options.StreamLines is 0. Each line costs a block of
// some hundred bytes however short it is: 64 MiB of one-word lines would
// need gigabytes whole. No page has this many lines (the longest of the
// benchmark's, through any converter, has 4,000): the file is a word list,
// a log or a corpus, whose parts are no page either.
const DefaultStreamLines = 1 << 18

// streams reports whether f is to be cleaned as a stream: a text file
// larger than the threshold. JSON Lines files and --format jsonl, whose
// record holds the whole result, are read whole.
func (r *run) streams(f File) bool {
	limit := r.opts.StreamAbove
	if limit <= 0 {
		limit = DefaultStreamAbove
	}
	if r.opts.WrapJSONL || r.isJSONL(f.Path, nil) {
		return false
	}
	info, err := os.Stat(f.Path)
	return err == nil && info.Mode().IsRegular() && info.Size() > limit
}

// streamsLines reports whether the text file path, read as data, is to be
// cleaned as a stream for its number of lines. -d compares a file in
// memory, so it reads such a file whole.
func (r *run) streamsLines(path string, data []byte) bool {
	return !r.opts.Diff && !r.opts.WrapJSONL && !r.isJSONL(path, data) && cleaner.LineBreaks(data) > r.streamLines()
}

// readHead reads r until it has read more than limit bytes or more than
// lines line ends, or to its end, and returns what it read and how many
// line ends (a "\r\n" across two reads counts as two).
func readHead(r io.Reader, limit int64, lines int) ([]byte, int, error) {
	var data []byte
	n := 0
	for int64(len(data)) <= limit && n <= lines {
		data = slices.Grow(data, 64<<10)
		k, err := r.Read(data[len(data):cap(data)])
		n += cleaner.LineBreaks(data[len(data) : len(data)+k])
		data = data[:len(data)+k]
		if errors.Is(err, io.EOF) {
			return data, n, nil
		}
		if err != nil {
			return data, n, err
		}
	}
	return data, n, nil
}

// cleanStream cleans one large file with cleaner.CleanStream, writing the
// result as it comes: to a temporary file for -w and -o, to Stdout, or
// nowhere for -l and --check. It runs on the goroutine that emits, in path
// order, so that its output can go straight to Stdout and only one large
// file is in memory at a time.
func (r *run) cleanStream(f File, dest outPath) outcome {
	o := outcome{path: f.Path}
	if r.opts.Diff {
		o.err = fmt.Errorf("%s: larger than the %d bytes -d compares in memory: use -l", f.Path, r.streamAbove())
		return o
	}
	if r.out != nil && dest.clash != "" {
		o.err = fmt.Errorf("%s: %s", f.Path, dest.clash)
		return o
	}
	in, err := os.Open(f.Path)
	if err != nil {
		o.err = err
		return o
	}
	defer in.Close()
	// The result is compared with the content as it is written, from a
	// second reader of the same file.
	again, err := os.Open(f.Path)
	if err != nil {
		o.err = err
		return o
	}
	defer again.Close()
	sameIn := newSameAs(again)
	var explain io.Writer
	if r.opts.Explain {
		r.bar.clear()
		explain = r.opts.Stderr
	}
	clean := func(w io.Writer) (bool, error) {
		res, err := r.opts.Cleaner.CleanStream(f.Path, in, io.MultiWriter(w, sameIn), cleaner.StreamOptions{Segment: r.opts.Segment, Explain: explain})
		o.dropped = res.Dropped
		o.changed = !sameIn.equal()
		return o.changed, err
	}
	switch {
	case r.opts.Write:
		// The file as it was opened: one renamed over it since is not
		// the one being read, and must not be replaced.
		read, err := in.Stat()
		if err != nil {
			o.err = err
			return o
		}
		o.err = replace(f.Real, f.Path, read, clean)
	case r.out != nil:
		var sameOut *sameAs
		if old, err := r.out.root.Open(dest.rel); err == nil {
			defer old.Close()
			sameOut = newSameAs(old)
		} else {
			sameOut = newSameAs(nil)
		}
		var cleanErr error // names the file itself
		err := r.out.writeStream(dest.rel, func(w io.Writer) (bool, error) {
			_, cleanErr = clean(io.MultiWriter(w, sameOut))
			return !sameOut.equal(), cleanErr
		})
		switch {
		case cleanErr != nil:
			o.err = cleanErr
		case err != nil:
			o.err = fmt.Errorf("%s: writing its result: %w", f.Path, err)
		}
	case r.printsResults():
		if r.opts.StdoutOnTerminal {
			r.bar.clear()
		}
		_, o.err = clean(stdoutWriter{r})
		if r.writeErr != nil {
			o.err = nil // reported once, as what stops the run
		}
	default:
		_, o.err = clean(io.Discard)
	}
	return o
}

func (r *run) streamAbove() int64 {
	if r.opts.StreamAbove > 0 {
		return r.opts.StreamAbove
	}
	return DefaultStreamAbove
}

func (r *run) streamLines() int {
	if r.opts.StreamLines > 0 {
		return r.opts.StreamLines
	}
	return DefaultStreamLines
}

// stdoutWriter writes a streamed result to Stdout; a failure stops the run.
type stdoutWriter struct{ r *run }

func (w stdoutWriter) Write(p []byte) (int, error) {
	n, err := w.r.opts.Stdout.Write(p)
	if err != nil && w.r.writeErr == nil {
		w.r.writeErr = fmt.Errorf("writing output: %w", err)
	}
	return n, err
}

// sameAs compares what is written to it with what a reader holds, a piece
// at a time, so that neither is held whole.
type sameAs struct {
	r    *bufio.Reader
	same bool
	buf  []byte
}

// newSameAs compares with r; a nil r holds nothing, which no result equals.
func newSameAs(r io.Reader) *sameAs {
	if r == nil {
		return &sameAs{}
	}
	return &sameAs{r: bufio.NewReaderSize(r, 64<<10), same: true}
}

func (s *sameAs) Write(p []byte) (int, error) {
	n := len(p)
	for s.same && len(p) > 0 {
		k := min(len(p), 64<<10)
		if cap(s.buf) < k {
			s.buf = make([]byte, k)
		}
		b := s.buf[:k]
		if _, err := io.ReadFull(s.r, b); err != nil || !bytes.Equal(b, p[:k]) {
			s.same = false
		}
		p = p[k:]
	}
	return n, nil
}

// equal reports whether everything written equals everything the reader
// holds.
func (s *sameAs) equal() bool {
	if !s.same {
		return false
	}
	_, err := s.r.ReadByte()
	return err == io.EOF
}

// removeStaleTemps removes the temporary files that runs which died left
// in the folders this run writes to: those of files rewritten in place
// with -w, and those of results under -o.
func (r *run) removeStaleTemps(files []File, out []outPath) {
	now := time.Now()
	seen := map[string]bool{}
	if r.opts.Write {
		for _, f := range files {
			dir := filepath.Dir(f.Real)
			if !seen[dir] {
				seen[dir] = true
				removeStale(os.DirFS(dir), ".", func(name string) error { return os.Remove(filepath.Join(dir, name)) }, now)
			}
		}
	}
	if r.out != nil {
		fsys := r.out.root.FS()
		for _, p := range out {
			dir := filepath.Dir(p.rel)
			if !seen[dir] {
				seen[dir] = true
				removeStale(fsys, filepath.ToSlash(dir), r.out.root.Remove, now)
			}
		}
	}
}

// streamStdin cleans standard input as a stream, straight to Stdout.
func (r *run) streamStdin(in io.Reader) (Summary, error) {
	var explain io.Writer
	if r.opts.Explain {
		explain = r.opts.Stderr
	}
	res, err := r.opts.Cleaner.CleanStream(Stdin, in, stdoutWriter{r}, cleaner.StreamOptions{Segment: r.opts.Segment, Explain: explain})
	o := outcome{path: Stdin, dropped: res.Dropped, changed: true}
	if err != nil && r.writeErr == nil {
		o.err = err
	}
	r.emit(o)
	return r.summary(), r.writeErr
}
