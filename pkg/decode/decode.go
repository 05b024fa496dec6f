// Package decode turns the bytes of a scraped file into UTF-8 text: it reads
// byte-order marks, tells UTF-8 from legacy encodings, repairs files that are
// mostly UTF-8 with a few stray legacy bytes, and refuses binary data.
//
// Detection of legacy encodings is github.com/gogs/chardet (a port of ICU's
// detector, with letter statistics per language); the decoders are
// golang.org/x/text's.
package decode

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// ErrBinary is returned, wrapped with the evidence, for input that is not
// text.
var ErrBinary = errors.New("binary data, not text")

// Names of the encodings Decode reports besides the legacy ones, which are
// reported by their x/text name ("Windows 1250", "KOI8-R").
const (
	UTF8      = "UTF-8"
	UTF8Mixed = "UTF-8 with Windows-1252 bytes"
)

// Result is decoded text and how it was decoded.
type Result struct {
	Text string
	// Encoding names the encoding the input was read as.
	Encoding string
}

// Bytes decodes b to UTF-8 text; see Decode.
func Bytes(b []byte) (string, error) {
	r, err := Decode(b)
	return r.Text, err
}

// sniffBytes bounds how much of the input the statistical checks read:
// enough for a confident answer, and decoding speed must not depend on them.
const sniffBytes = 64 << 10

// Decode decodes b to UTF-8 text:
//
//   - a UTF-8, UTF-16 or UTF-32 byte-order mark decides the encoding and is
//     removed;
//   - valid UTF-8 passes through unchanged;
//   - text that is mostly UTF-8 keeps its UTF-8 and reads each stray byte as
//     Windows-1252, the encoding such stray bytes nearly always come from;
//   - anything else is a legacy encoding, detected by letter statistics and
//     transcoded, with Windows-1252 when nothing fits better.
//
// Input with NUL bytes (outside UTF-16 and UTF-32) or many control bytes is
// refused with an error that wraps ErrBinary.
func Decode(b []byte) (Result, error) {
	if r, ok, err := decodeBOM(b); ok {
		return r, err
	}
	return decodeUnmarked(b, true)
}

// DecodePart is Decode for a piece of a stream after its first: such a
// piece starts wherever the stream was cut, so two bytes that happen to
// look like a byte-order mark or UTF-16 are read as what they are (NewReader
// has already turned a UTF-16 or UTF-32 stream into UTF-8).
func DecodePart(b []byte) (Result, error) {
	return decodeUnmarked(b, false)
}

func decodeUnmarked(b []byte, start bool) (Result, error) {
	if e, name := unmarkedUTF16(b); start && e != nil {
		s, err := e.NewDecoder().Bytes(b)
		if err == nil {
			if err := checkText(string(s)); err == nil {
				return Result{Text: string(s), Encoding: name}, nil
			}
		}
	}
	if err := checkBinary(b); err != nil {
		return Result{}, err
	}
	if utf8.Valid(b) {
		return Result{Text: string(b), Encoding: UTF8}, nil
	}
	if mostlyUTF8(b) {
		return Result{Text: mixed(b), Encoding: UTF8Mixed}, nil
	}
	return legacy(b), nil
}

var boms = []struct {
	mark []byte
	enc  encoding.Encoding
	name string
}{
	// UTF-32 first: its little-endian mark starts with UTF-16's.
	{[]byte{0xFF, 0xFE, 0, 0}, utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), "UTF-32LE"},
	{[]byte{0, 0, 0xFE, 0xFF}, utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), "UTF-32BE"},
	{[]byte{0xEF, 0xBB, 0xBF}, nil, UTF8},
	{[]byte{0xFF, 0xFE}, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "UTF-16LE"},
	{[]byte{0xFE, 0xFF}, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "UTF-16BE"},
}

// decodeBOM decodes b by its byte-order mark; ok is false when it has none.
func decodeBOM(b []byte) (r Result, ok bool, err error) {
	for _, m := range boms {
		if !bytes.HasPrefix(b, m.mark) {
			continue
		}
		rest := b[len(m.mark):]
		if m.enc == nil {
			// A UTF-8 mark says nothing about the bytes after it: they get
			// the same checks as unmarked input.
			r, err := Decode(rest)
			if err == nil && r.Encoding == UTF8 {
				r.Encoding = UTF8 + " with BOM"
			}
			return r, true, err
		}
		s, err := m.enc.NewDecoder().Bytes(rest)
		if err != nil {
			return Result{}, true, fmt.Errorf("decoding %s: %w", m.name, err)
		}
		if err := checkText(string(s)); err != nil {
			return Result{}, true, err
		}
		return Result{Text: string(s), Encoding: m.name}, true, nil
	}
	return Result{}, false, nil
}

// unmarkedUTF16 recognises UTF-16 without a byte-order mark by its shape:
// Latin text in UTF-16 has a NUL in every other byte and almost none in the
// others.
func unmarkedUTF16(b []byte) (encoding.Encoding, string) {
	n := min(len(b), sniffBytes) &^ 1
	if n < 8 {
		return nil, ""
	}
	var zeros [2]int
	for i := 0; i < n; i++ {
		if b[i] == 0 {
			zeros[i&1]++
		}
	}
	half := n / 2
	switch {
	case zeros[1]*10 >= half*6 && zeros[0]*50 <= half:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "UTF-16LE"
	case zeros[0]*10 >= half*6 && zeros[1]*50 <= half:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "UTF-16BE"
	}
	return nil, ""
}

// checkBinary refuses bytes that are not text: any NUL, or more than one
// control byte in fifty. ESC is not counted: ISO-2022 encodings use it.
func checkBinary(b []byte) error {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	n := min(len(b), sniffBytes)
	ctl := 0
	for _, c := range b[:n] {
		if IsControlByte(c) {
			ctl++
		}
	}
	if ctl*50 > n {
		return fmt.Errorf("%w: %d control bytes in the first %d", ErrBinary, ctl, n)
	}
	return nil
}

// IsControlByte reports whether c is a control byte as the binary check
// counts them: text that keeps its characters as written (a code block)
// must leave these out, or unscrape would refuse its own output.
func IsControlByte(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F
}

// checkText is checkBinary for text decoded from UTF-16 or UTF-32.
func checkText(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL character at offset %d of the decoded text", ErrBinary, i)
	}
	ctl, n := 0, 0
	for _, r := range s {
		if n++; n > sniffBytes {
			break
		}
		if r < 0x80 && IsControlByte(byte(r)) || r == utf8.RuneError {
			ctl++
		}
	}
	if ctl*50 > n {
		return fmt.Errorf("%w: %d control or invalid characters in the first %d", ErrBinary, ctl, n)
	}
	return nil
}

// mostlyUTF8 reports whether b is UTF-8 with stray bytes: it has at least as
// many valid multi-byte sequences (or obsolete ones, see obsoleteUTF8) as
// bytes that fit no sequence. Legacy text has no valid sequences but by
// accident.
func mostlyUTF8(b []byte) bool {
	seqs, bad := 0, 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			if n = obsoleteUTF8(b); n > 0 {
				seqs++
			} else {
				bad++
				n = 1
			}
		} else {
			seqs++
		}
		b = b[n:]
	}
	return seqs > 0 && seqs >= bad
}

// mixed keeps b's valid UTF-8, drops its obsolete sequences (see
// obsoleteUTF8) and reads each other byte as Windows-1252.
func mixed(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			if k := obsoleteUTF8(b); k > 0 {
				b = b[k:]
				continue
			}
			sb.WriteRune(windows1252(b[0]))
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// obsoleteUTF8 returns the length of the 5- or 6-byte sequence b starts
// with, or 0. UTF-8 as first defined (RFC 2279) had such sequences for
// code points past Unicode's; elinks still writes them for characters it
// cannot show ("\xfd\xbf\xbf\xbd\xa3\xac" in a line of Arabic). No character
// is there to keep, and read as Windows-1252 bytes each would be six
// ("ý¿¿½£¬").
func obsoleteUTF8(b []byte) int {
	n := 0
	switch {
	case b[0] >= 0xF8 && b[0] <= 0xFB:
		n = 5
	case b[0] == 0xFC || b[0] == 0xFD:
		n = 6
	default:
		return 0
	}
	if len(b) < n {
		return 0
	}
	for _, c := range b[1:n] {
		if c&0xC0 != 0x80 {
			return 0
		}
	}
	return n
}

// windows1252 decodes one Windows-1252 byte. The five bytes that encoding
// leaves undefined are read as Latin-1, as browsers do, so that nothing
// becomes U+FFFD.
func windows1252(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError {
		return rune(c)
	}
	return r
}

// legacy decodes text in a legacy encoding: the most likely encoding
// chardet names whose decoding is clean, else Windows-1252.
func legacy(b []byte) Result {
	results, err := chardet.NewTextDetector().DetectAll(b[:min(len(b), sniffBytes)])
	// chardet runs its recognizers concurrently and sorts what they
	// return as it arrives, unstably: of charsets with the same
	// confidence, a different one may come first on every run ("\xbcä\xc3"
	// read as GB18030, Big5 or Shift_JIS). The name breaks the tie.
	slices.SortStableFunc(results, func(x, y chardet.Result) int {
		return cmp.Or(cmp.Compare(y.Confidence, x.Confidence), strings.Compare(x.Charset, y.Charset))
	})
	if err == nil {
		for _, r := range results {
			e, name := lookup(r.Charset)
			if e == nil {
				continue
			}
			s, ok := decodeClean(e, b)
			// ISO 8859 and its Windows sibling differ in a few letters and
			// in the C1 range, where Windows has curly quotes and dashes
			// and ISO has controls. chardet tells them apart only by the
			// C1 bytes; a symbol in the middle of a word ("Rz±d" for
			// "Rząd") says that the other one is right.
			if sib, sibName := windowsSibling(e); sib != nil {
				t, sibOK := decodeClean(sib, b)
				if sibOK && (!ok || symbolsInWords(t) < symbolsInWords(s)) {
					return Result{Text: t, Encoding: sibName}
				}
			}
			if ok {
				return Result{Text: s, Encoding: name}
			}
		}
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		sb.WriteRune(windows1252(c))
	}
	return Result{Text: sb.String(), Encoding: charmap.Windows1252.String()}
}

// lookup finds the x/text encoding for a charset name, by its WHATWG label
// first (which reads ISO-8859-1 as Windows-1252, as browsers do) and by its
// IANA name second.
func lookup(charset string) (encoding.Encoding, string) {
	e, err := htmlindex.Get(charset)
	if err != nil || e == nil {
		e, err = ianaindex.IANA.Encoding(charset)
	}
	if err != nil || e == nil || isUnicode(e) {
		return nil, ""
	}
	return e, fmt.Sprint(e)
}

// isUnicode reports Unicode encodings, which chardet may name for input
// that is not valid in them; the byte-order and UTF-8 checks before have
// already said no.
func isUnicode(e encoding.Encoding) bool {
	n := fmt.Sprint(e)
	return strings.HasPrefix(n, "UTF-")
}

// windowsSibling returns the Windows code page that shares most of its
// letters with the ISO 8859 part e, or nil.
func windowsSibling(e encoding.Encoding) (encoding.Encoding, string) {
	var sib *charmap.Charmap
	switch e {
	case charmap.ISO8859_2:
		sib = charmap.Windows1250
	case charmap.ISO8859_7:
		sib = charmap.Windows1253
	case charmap.ISO8859_9:
		sib = charmap.Windows1254
	case charmap.ISO8859_8, charmap.ISO8859_8I:
		sib = charmap.Windows1255
	case charmap.ISO8859_13:
		sib = charmap.Windows1257
	default:
		return nil, ""
	}
	return sib, sib.String()
}

// decodeClean decodes b with e and reports whether the result is clean: no
// replacement characters and no controls other than white space.
func decodeClean(e encoding.Encoding, b []byte) (string, bool) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	s := string(out)
	for _, r := range s {
		if r == utf8.RuneError || (r >= 0x80 && r < 0xA0) || (r < 0x80 && IsControlByte(byte(r))) {
			return "", false
		}
	}
	return s, true
}

// symbolsInWords counts symbols and punctuation that stand between two
// letters, where a wrong code page puts them.
func symbolsInWords(s string) int {
	n := 0
	var prev, cur rune
	for _, next := range s {
		if isLetter(prev) && isLetter(next) && cur >= 0x80 && !isLetter(cur) {
			n++
		}
		prev, cur = cur, next
	}
	return n
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// NewReader returns r as a stream for DecodePart and Decode to read piece
// by piece: a UTF-16 or UTF-32 stream (by its byte-order mark, or UTF-16 by
// its shape in the first bytes) comes out as UTF-8 without the mark, since
// it cannot be cut at a line end byte-wise; any other stream comes out as
// it is. The name says which it found, empty for the latter.
func NewReader(r io.Reader) (io.Reader, string) {
	br := bufio.NewReaderSize(r, sniffBytes)
	head, _ := br.Peek(sniffBytes)
	for _, m := range boms {
		if !bytes.HasPrefix(head, m.mark) {
			continue
		}
		if m.enc == nil {
			// UTF-8 with a mark: Decode removes it from the first piece.
			return br, ""
		}
		br.Discard(len(m.mark))
		return transform.NewReader(br, m.enc.NewDecoder()), m.name
	}
	if e, name := unmarkedUTF16(head); e != nil {
		return transform.NewReader(br, e.NewDecoder()), name
	}
	return br, ""
}
