// Package decode turns the bytes of a scraped file into text: it finds the
// encoding, removes byte-order marks and refuses binary data.
package decode

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data (contains NUL bytes), not text")

// Bytes decodes b to UTF-8 text. Valid UTF-8 passes through (without its BOM);
// bytes that are not valid UTF-8 are read as Windows-1252, the encoding
// scraped Western text falls back to.
func Bytes(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	var out []byte
	dec := charmap.Windows1252.NewDecoder()
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			s, err := dec.Bytes(b[:1])
			if err != nil {
				return "", err
			}
			out = append(out, s...)
			b = b[1:]
			continue
		}
		out = append(out, b[:n]...)
		b = b[n:]
	}
	return string(out), nil
}
