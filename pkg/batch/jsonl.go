package batch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/corpus"
	"github.com/unscrape/unscrape/pkg/jsonl"
)

// Input formats.
const (
	InputAuto  = "auto"  // JSON Lines for .jsonl files and for input starting like a JSON object
	InputText  = "text"  // always scraped text
	InputJSONL = "jsonl" // always JSON Lines
)

// isJSONL decides whether an input is JSON Lines. With InputAuto a .jsonl
// file is, and so is standard input that starts like a JSON object: a
// "{" and then a key's quote or the closing brace. A "{" alone is not
// enough: a page can start with pandoc's attributes ("{width="600"…}"),
// and so can unscrape's output of it, which must read back as text.
func (r *run) isJSONL(path string, head []byte) bool {
	switch r.opts.InputFormat {
	case InputJSONL:
		return true
	case InputText:
		return false
	}
	if path != Stdin {
		ext := strings.ToLower(filepath.Ext(path))
		return ext == ".jsonl" || ext == ".ndjson"
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) == 0 || t[0] != '{' {
		return false
	}
	t = bytes.TrimLeft(t[1:], " \t\r\n")
	return len(t) == 0 || t[0] == '"' || t[0] == '}'
}

// cleanJSONL cleans every record of a JSON Lines file held in data. The
// reports of skipped and emptied records are returned, to be printed in
// path order.
func (r *run) cleanJSONL(path string, data []byte) (out []byte, dropped int, skipped []byte, err error) {
	var buf, errs bytes.Buffer
	o := r.opts.Corpus
	o.Name, o.Jobs, o.Errors = path, 1, &errs
	st, err := corpus.Clean(r.opts.Cleaner, bytes.NewReader(data), &buf, o)
	if err != nil {
		return nil, 0, nil, err
	}
	if !r.opts.Check {
		// As for a text file: --check says "would change" already.
		errs.WriteString(st.EmptiedReport(path))
	}
	return buf.Bytes(), st.Dropped, errs.Bytes(), nil
}

// wrapJSONL turns the result of a text input into one JSON Lines record,
// {"id": path, "text": result}, for --format jsonl: a folder of pages
// becomes a corpus. The record gets the fields a JSON Lines input's would.
func (r *run) wrapJSONL(path string, res cleaner.Result) ([]byte, error) {
	o := r.opts.Corpus.Record
	field := o.TextField
	if field == "" {
		field = cleaner.DefaultTextField
	}
	var rec jsonl.Record
	// Set does not fail on strings.
	_ = rec.Set("id", path)
	_ = rec.Set(field, string(res.Output))
	if err := o.Annotate(&rec, res.Doc); err != nil {
		return nil, err
	}
	return append(rec.AppendJSON(nil), '\n'), nil
}

// streamJSONL cleans JSON Lines from in (standard input, or the one file
// named) to standard output as a stream: records go out as they are
// cleaned, in input order, and memory holds only the records in flight.
func (r *run) streamJSONL(name string, in io.Reader) error {
	jobs := r.opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	o := r.opts.Corpus
	o.Name, o.Jobs, o.Errors = name, jobs, r.opts.Stderr
	st, err := corpus.Clean(r.opts.Cleaner, in, r.opts.Stdout, o)
	r.sum.Dropped += st.Dropped
	io.WriteString(r.opts.Stderr, st.EmptiedReport(name))
	if err != nil {
		if _, ok := err.(*corpus.LineError); ok {
			r.fail(err)
			return nil
		}
		if name == Stdin {
			name = "standard input"
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	// Skipped records were reported; --on-error skip asked to go on, so
	// they do not fail the run (a map step must not fail a job for them).
	r.sum.Changed++
	return nil
}

// streamFile streams the one JSON Lines file a run names, as standard
// input is: a corpus file of gigabytes needs no more memory than the
// records in flight. It reports false when path is not such a file, for
// the general path to handle.
func (r *run) streamFile(path string) (bool, error) {
	if !r.printsResults() {
		return false, nil
	}
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, nil
	}
	defer f.Close()
	in := bufio.NewReaderSize(f, 64<<10)
	if !r.isJSONL(path, peek(in)) {
		return false, nil
	}
	return true, r.streamJSONL(path, in)
}

// peek returns the first bytes of in without consuming them.
func peek(in *bufio.Reader) []byte {
	head, err := in.Peek(512)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil
	}
	return head
}
