// Package corpus cleans a stream of JSON Lines documents: the map step of a
// corpus pipeline. Lines are read one at a time, cleaned on a pool of
// workers and written in input order, so memory is bounded by the largest
// document and a few in flight, never by the stream.
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/jsonl"
	"github.com/unscrape/unscrape/pkg/stream"
)

// What to do with a line that cannot be cleaned.
const (
	OnErrorFail = "fail" // stop the run at the first bad line
	OnErrorSkip = "skip" // report it, leave it out of the output, go on
)

// Options configure a run.
type Options struct {
	Jobs    int    // workers; 1 or less runs on the calling goroutine
	OnError string // OnErrorFail (default) or OnErrorSkip
	Record  cleaner.RecordOptions
	// Name names the input in error messages ("-" for standard input).
	Name string
	// Errors receives one line per skipped record; nil discards them.
	Errors io.Writer
}

// Stats count what a run did.
type Stats struct {
	Records, Failed int
	BytesIn         int64
	BytesOut        int64
	Dropped         int // blocks dropped by filters, over all records
	// Emptied counts the records whose text had words and cleaned to
	// none: every line was boilerplate (or a filter was wrong).
	// FirstEmptied is the input line of the first of them.
	Emptied, FirstEmptied int
}

// EmptiedReport is the line that tells of the records of the input named
// name that cleaned to nothing, or "" when there were none. It is not an
// error (a page of nothing but a menu cleans to nothing), but a corpus of
// millions hides them, so a run says how many, once.
func (st Stats) EmptiedReport(name string) string {
	if st.Emptied == 0 {
		return ""
	}
	if name == "" {
		name = "-"
	}
	return fmt.Sprintf("unscrape: %s: %d of %d records have nothing left (the first on line %d): the filters dropped every line (--explain says why)\n",
		name, st.Emptied, st.Records, st.FirstEmptied)
}

// LineError is a record that could not be cleaned.
type LineError struct {
	Name string
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

type result struct {
	line    int
	out     []byte
	err     error
	dropped int
	in      int
	emptied bool
}

// Clean reads JSON Lines from r, cleans each record's text field with c and
// writes the records to w in input order.
func Clean(c *cleaner.Cleaner, r io.Reader, w io.Writer, o Options) (Stats, error) {
	if o.OnError == "" {
		o.OnError = OnErrorFail
	}
	if o.OnError != OnErrorFail && o.OnError != OnErrorSkip {
		return Stats{}, fmt.Errorf("unknown --on-error %q (want %s or %s)", o.OnError, OnErrorFail, OnErrorSkip)
	}
	if o.Name == "" {
		o.Name = "-"
	}
	rd := jsonl.NewReader(r)
	bw := bufio.NewWriterSize(w, 64<<10)
	var st Stats
	err := stream.Map(o.Jobs, rd.Next, func(l jsonl.Line) result {
		return cleanLine(c, l, o)
	}, func(res result) error {
		st.Records++
		st.BytesIn += int64(res.in)
		if res.err != nil {
			le := &LineError{Name: o.Name, Line: res.line, Err: res.err}
			if o.OnError == OnErrorFail {
				return le
			}
			st.Failed++
			if o.Errors != nil {
				fmt.Fprintf(o.Errors, "unscrape: %v (skipped)\n", le)
			}
			return nil
		}
		st.Dropped += res.dropped
		if res.emptied {
			if st.Emptied == 0 {
				st.FirstEmptied = res.line
			}
			st.Emptied++
		}
		st.BytesOut += int64(len(res.out))
		_, err := bw.Write(res.out)
		return err
	})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return st, err
}

func cleanLine(c *cleaner.Cleaner, l jsonl.Line, o Options) result {
	res := result{line: l.No, in: len(l.Data)}
	rec, err := jsonl.Parse(l.Data)
	if err != nil {
		if l.Truncated {
			err = fmt.Errorf("%w (the input ends in the middle of this line)", err)
		}
		res.err = err
		return res
	}
	doc, err := c.CleanRecord("", &rec, o.Record)
	if err != nil {
		res.err = err
		return res
	}
	words := false
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			res.dropped++
		} else if !words {
			words = strings.TrimSpace(b.Text) != "" || b.Credit != ""
		}
	}
	res.emptied = res.dropped > 0 && !words
	res.out = append(rec.AppendJSON(make([]byte, 0, len(l.Data))), '\n')
	return res
}
