// Package jsonl reads and writes documents as JSON Lines: one JSON object per
// line, as Dolma, datatrove and most corpus tools keep them. The text field
// is cleaned; every other field passes through byte for byte, in order.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// Field is one member of a record's top-level object, its value kept as the
// raw JSON it was written with.
type Field struct {
	Key   string
	Value json.RawMessage
}

// Record is one line's object with its members in their original order.
type Record struct {
	Fields []Field
}

// ErrNotObject is returned for a line that is valid JSON but not an object.
var ErrNotObject = errors.New("not a JSON object")

// Parse reads one JSON object. Duplicate keys are kept as they are: passing a
// record through must not change it.
func Parse(line []byte) (Record, error) {
	if r, ok := parseFast(line); ok {
		return r, nil
	}
	return parseDecoder(line)
}

// parseDecoder is Parse by encoding/json's decoder, which also words the
// errors.
func parseDecoder(line []byte) (Record, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return Record{}, syntaxError(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return Record{}, ErrNotObject
	}
	var r Record
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return Record{}, syntaxError(err)
		}
		key, ok := tok.(string)
		if !ok {
			return Record{}, fmt.Errorf("object key is not a string")
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return Record{}, syntaxError(err)
		}
		r.Fields = append(r.Fields, Field{Key: key, Value: v})
	}
	if _, err := dec.Token(); err != nil {
		return Record{}, syntaxError(err)
	}
	if _, err := dec.Token(); err == nil {
		return Record{}, errors.New("more than one JSON value on the line")
	}
	return r, nil
}

// syntaxError words a decoder error for a person: a line that ends early
// is the common case of a stream cut off mid-line.
func syntaxError(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("unexpected end of JSON input")
	}
	return err
}

// String returns the string value of the field key. ok is false when the
// record has no such field; an error says the field is not a string.
func (r *Record) String(key string) (s string, ok bool, err error) {
	for _, f := range r.Fields {
		if f.Key != key {
			continue
		}
		if s, ok := unquote(f.Value); ok {
			return s, true, nil
		}
		if err := json.Unmarshal(f.Value, &s); err != nil {
			return "", true, fmt.Errorf("field %q is not a string", key)
		}
		return s, true, nil
	}
	return "", false, nil
}

// unquote decodes raw, a JSON string that Parse has already checked, for
// the common case: escapes of one character and of \u, and valid UTF-8.
// The text field of every record goes through here, and encoding/json
// scans it twice more to do the same. Anything else (invalid UTF-8, which
// encoding/json replaces, or a value that is no string) reports false,
// for the caller to ask encoding/json.
func unquote(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	raw = raw[1 : len(raw)-1]
	i := bytes.IndexByte(raw, '\\')
	if i < 0 {
		return string(raw), utf8.Valid(raw)
	}
	out := make([]byte, 0, len(raw))
	for i >= 0 {
		out = append(out, raw[:i]...)
		raw = raw[i:]
		if len(raw) < 2 {
			return "", false
		}
		switch c := raw[1]; c {
		case '"', '\\', '/':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, n := unquoteRune(raw)
			if n == 0 {
				return "", false
			}
			out = utf8.AppendRune(out, r)
			raw = raw[n:]
			i = bytes.IndexByte(raw, '\\')
			continue
		default:
			return "", false
		}
		raw = raw[2:]
		i = bytes.IndexByte(raw, '\\')
	}
	out = append(out, raw...)
	return string(out), utf8.Valid(out)
}

// unquoteRune reads the \uXXXX escape at the start of s, with the low half
// of a surrogate pair after it, as encoding/json does: a lone surrogate is
// U+FFFD. It returns the rune and the bytes read, or 0 bytes when s is no
// such escape.
func unquoteRune(s []byte) (rune, int) {
	r := hex4(s)
	if r < 0 {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if lo := hex4(s[6:]); lo >= 0 {
			if pair := utf16.DecodeRune(r, lo); pair != utf8.RuneError {
				return pair, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// hex4 reads "\uXXXX" at the start of s, or returns -1.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// Set gives field key the JSON value of v, in place when the field exists,
// else as a new last field.
func (r *Record) Set(key string, v any) error {
	raw, err := marshal(v)
	if err != nil {
		return err
	}
	for i := range r.Fields {
		if r.Fields[i].Key == key {
			r.Fields[i].Value = raw
			return nil
		}
	}
	r.Fields = append(r.Fields, Field{Key: key, Value: raw})
	return nil
}

// marshal encodes without HTML escaping: corpus text keeps its "<" and "&".
func marshal(v any) (json.RawMessage, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// AppendJSON appends the record as one line of JSON, without the newline.
func (r *Record) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	for i, f := range r.Fields {
		if i > 0 {
			dst = append(dst, ',')
		}
		k, _ := marshal(f.Key)
		dst = append(dst, k...)
		dst = append(dst, ':')
		dst = append(dst, f.Value...)
	}
	return append(dst, '}')
}
