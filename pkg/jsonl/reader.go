package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Reader reads JSON Lines one line at a time. Memory is bounded by the
// longest line, whatever the length of the stream.
type Reader struct {
	r    *bufio.Reader
	line int
}

// NewReader returns a Reader over r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10)}
}

// Line is one line of input and its 1-based number.
type Line struct {
	No   int
	Data []byte
	// Truncated is set on the last line of a stream that ended without a
	// newline: it may have been cut off.
	Truncated bool
}

// Next returns the next non-blank line, or io.EOF after the last one.
func (r *Reader) Next() (Line, error) {
	for {
		data, err := r.r.ReadBytes('\n')
		if len(data) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return Line{}, io.EOF
			}
			return Line{}, fmt.Errorf("line %d: %w", r.line+1, err)
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return Line{}, fmt.Errorf("line %d: %w", r.line+1, err)
		}
		r.line++
		trimmed := bytes.TrimSpace(data)
		if len(trimmed) == 0 {
			if err != nil {
				return Line{}, io.EOF
			}
			continue
		}
		return Line{No: r.line, Data: trimmed, Truncated: err != nil}, nil
	}
}
