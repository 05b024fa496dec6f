package cleaner

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/unscrape/unscrape/pkg/decode"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/lang"
)

// DefaultSegment is the mean size of a part of a streamed document. The
// pipeline needs a few times a part's size in memory, so this bounds a
// stream's memory to some hundred megabytes, whatever its length.
const DefaultSegment = 2 << 20

// maxPart bounds a part at this many times the segment size: a text
// without a chosen paragraph (one long line, or no prose) is cut at a line
// end, a space or between two characters.
const maxPart = 8

// DefaultPartLines bounds a part's lines: a block costs some hundred bytes
// however short its line, so a part of 16 MiB of one-word lines (a word
// list, a log) would need gigabytes. A part this long is cut at a line end.
const DefaultPartLines = 1 << 16

// StreamOptions configures CleanStream.
type StreamOptions struct {
	// Segment is the mean size in bytes of a part; 0 means DefaultSegment.
	// No part is larger than 8×Segment.
	Segment int
	// PartLines is the most lines that are not blank a part holds; 0
	// means DefaultPartLines.
	PartLines int
	// Explain, when set, gets the Explain report of each part as soon as
	// the part is cleaned, with line numbers counted from the start of the
	// stream.
	Explain io.Writer
}

// StreamResult is what CleanStream reports about a stream.
type StreamResult struct {
	Parts   int // the number of parts it was cleaned in
	Dropped int // blocks the filters dropped, over all parts
}

// CleanStream cleans a document too large to hold in memory: it reads r in
// parts, cleans each part as a document of its own and writes the results
// to w, a blank line between two, as it goes. The first part is cleaned as
// Clean would clean it, title and front matter and all; the later parts
// have no title or front matter of their own. Each part finds its own
// language: a long file is often many pages in many languages. Parts skip
// the content filter: a part is not a page. Otherwise a stream of one part
// gives exactly what Clean gives.
//
// A part starts at a line that is a body paragraph of its own (a dozen
// words or more, ending like a sentence, no "|" as in a table's row, not
// named by a phrase pack as a cookie notice is), for about one such line in
// Segment/512, chosen by a hash of its letters and digits; a part that
// grows to 8×Segment without one is cut at a line end, else at a space,
// else between two characters, and one that grows to PartLines lines that
// are not blank before the next such line. Cleaning the result again cuts it before the same
// paragraphs and changes nothing, except where a part had to be cut by
// size (as the rest of a stream is after a code fence that is
// never closed: no part starts inside a fenced code block), where
// hard-wrapped paragraphs (joined into one line each by the first run)
// become places to cut, or where a line a part started at was dropped:
// then two parts become one, which may be read in another language.
// Filters judge a block by its neighbours only within its part: a block
// repeated in two parts is kept in both.
//
// A part that cannot be decoded (binary data) stops the stream with an
// error; what was written to w before stays written.
func (c *Cleaner) CleanStream(source string, r io.Reader, w io.Writer, opts StreamOptions) (StreamResult, error) {
	seg := opts.Segment
	if seg <= 0 {
		seg = DefaultSegment
	}
	maxLines := opts.PartLines
	if maxLines <= 0 {
		maxLines = DefaultPartLines
	}
	// A part is a slice of a long file (a book, a corpus of pages), not a
	// page: the content filter, which keeps one page's main region, would
	// throw away all but one region of every part.
	c, err := c.without("content")
	if err != nil {
		return StreamResult{}, err
	}
	book, err := lang.LoadPhrasebook()
	if err != nil {
		return StreamResult{}, err
	}
	ph := book.Index()
	dec, _ := decode.NewReader(r)
	s := &streamer{c: c, source: source, w: w, explain: opts.Explain, line: 1}
	br := bufio.NewReaderSize(transform.NewReader(dec, loneCRs{}), 64<<10)
	var buf []byte
	lineStart := 0 // where the line being read starts in buf
	lines := 0     // the complete lines in buf[:lineStart] that are not blank
	// open is the fence of the code block the stream is in, if any.
	var open *document.Fence
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if (err == nil || errors.Is(err, io.EOF)) && lineStart < len(buf) {
			line := buf[lineStart:]
			// The lines of a fenced code block are code, however they
			// read, and a part must not start inside one: cut in two,
			// neither part would have the block.
			if fenced(line) {
				l := string(bytes.TrimRight(line, "\r\n"))
				if open != nil {
					if open.Closes(l) {
						open = nil
					}
				} else if f, ok := document.OpenFence(l); ok {
					open = &f
				}
			} else if !blank(line) && open == nil {
				// A part starts at a line that is a body paragraph of its
				// own (scrapers print one per line, and so does unscrape),
				// chosen by its words alone. Cleaning keeps a paragraph's
				// words, so a second run on the result cuts it before the
				// same paragraphs, cleans the same parts, and (cleaning
				// being idempotent on a whole document) changes nothing.
				// So a part ends only where the next starts: a size limit
				// would cut the result elsewhere than the input. Nor does
				// a part start at a line a phrase pack names (a cookie
				// notice, a subscription prompt): cleaning drops it, and
				// the second run, not finding it, would clean the part
				// with the one before as one, each line with other
				// neighbours.
				if lineStart > 0 && isProse(line) && chosen(line, seg) && !named(ph, line) {
					if err := s.part(buf[:lineStart]); err != nil {
						return s.res, err
					}
					buf = append(buf[:0], line...)
					lines, lineStart = 0, 0
				}
			}
			// Blank lines make no blocks, and cleaning adds them: only
			// the others are counted, so that a second run on a result
			// that lost no line cuts it at the same lines.
			if !blank(buf[lineStart:]) {
				if lines >= maxLines {
					if err := s.part(buf[:lineStart]); err != nil {
						return s.res, err
					}
					buf = append(buf[:0], buf[lineStart:]...)
					lines = 0
				}
				lines++
			}
			lineStart = len(buf)
		}
		for len(buf) >= maxPart*seg {
			n := cut(buf[:maxPart*seg])
			if err := s.part(buf[:n]); err != nil {
				return s.res, err
			}
			buf = append(buf[:0], buf[n:]...)
			// The cut is at or after the last complete line's end.
			lineStart, lines = 0, 0
			if err == nil {
				lineStart, lines = len(buf), 1
			}
		}
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
		case errors.Is(err, io.EOF):
			if len(buf) > 0 || s.res.Parts == 0 {
				if err := s.part(buf); err != nil {
					return s.res, err
				}
			}
			return s.res, nil
		default:
			return s.res, fmt.Errorf("%s: %w", source, err)
		}
	}
}

// streamer cleans the parts of one stream.
type streamer struct {
	c       *Cleaner
	source  string
	w       io.Writer
	explain io.Writer
	line    int  // the source line the next part starts on
	written bool // a part's result has been written
	res     StreamResult
}

// part cleans one part and writes its result.
func (s *streamer) part(raw []byte) error {
	first := s.res.Parts == 0
	s.res.Parts++
	var res Result
	var err error
	if first {
		res, err = s.c.Clean(s.source, raw)
	} else {
		res, err = s.later(raw)
	}
	if err != nil {
		return err
	}
	for i := range res.Doc.Blocks {
		b := &res.Doc.Blocks[i]
		b.Line += s.line - 1
		if b.Dropped {
			s.res.Dropped++
		}
	}
	s.line += LineBreaks(raw)
	if s.explain != nil {
		if err := Explain(s.explain, s.source, res.Doc); err != nil {
			return err
		}
	}
	if len(res.Output) == 0 {
		return nil
	}
	if s.written {
		if _, err := s.w.Write([]byte{'\n'}); err != nil {
			return err
		}
	}
	_, err = s.w.Write(res.Output)
	s.written = true
	return err
}

// without returns a Cleaner like c whose pipeline lacks the named filter.
func (c *Cleaner) without(name string) (*Cleaner, error) {
	if !c.pipeline.Has(name) {
		return c, nil
	}
	names := slices.DeleteFunc(c.pipeline.Names(), func(n string) bool { return n == name })
	p, err := filter.NewPipeline(names, c.opts.Filter)
	if err != nil {
		return nil, err
	}
	return &Cleaner{opts: c.opts, pipeline: p}, nil
}

// later cleans a part after the first.
func (s *streamer) later(raw []byte) (Result, error) {
	d, err := decode.DecodePart(raw)
	if err != nil {
		return Result{}, fmt.Errorf("%s: the part from line %d on: %w", s.source, s.line, err)
	}
	// A blank line in front keeps a part that starts with "---" from being
	// read as front matter, which only the first part may have.
	doc := document.Parse("\n" + d.Text)
	for i := range doc.Blocks {
		doc.Blocks[i].Line--
	}
	doc.Meta.Continued = true
	return s.c.clean(s.source, doc, s.c.opts.FrontMatter)
}

// loneCRs turns a carriage return that no line feed follows (the line end
// of old Mac files) into a line feed. The stream is read line by line at
// line feeds: without them, a file's parts would be cut by size alone,
// never before a paragraph, however many lines they held. Parse reads
// either as a line end, and the output has line feeds.
type loneCRs struct{ transform.NopResetter }

func (loneCRs) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		end := len(src)
		cr := bytes.IndexByte(src[nSrc:], '\r')
		if cr >= 0 {
			end = nSrc + cr
		}
		n := copy(dst[nDst:], src[nSrc:end])
		nDst += n
		nSrc += n
		if nSrc < end {
			return nDst, nSrc, transform.ErrShortDst
		}
		if cr < 0 {
			break
		}
		if nSrc+1 == len(src) && !atEOF {
			// Whether a line feed follows is in the next piece.
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = '\n'
		if nSrc+1 < len(src) && src[nSrc+1] == '\n' {
			dst[nDst] = '\r'
		}
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// fenced reports whether line may be a code fence: after spaces, a
// backtick or a tilde.
func fenced(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	return len(t) > 0 && (t[0] == '`' || t[0] == '~')
}

// blank reports whether line holds only white space.
func blank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r\n")) == 0
}

// cut returns where to cut buf, which has no blank line to cut at: after
// its last line end, or else after its last space or tab, or else before
// the last character that may be incomplete.
func cut(buf []byte) int {
	if i := bytes.LastIndexAny(buf, "\n\r"); i >= 0 {
		return i + 1
	}
	if i := bytes.LastIndexAny(buf, " \t"); i >= 0 {
		return i + 1
	}
	n := len(buf)
	// Back off over UTF-8 continuation bytes to the start of a character,
	// at most three of them.
	for i := n - 1; i >= max(n-4, 1); i-- {
		if buf[i]&0xC0 != 0x80 {
			return i
		}
	}
	return n
}

// LineBreaks counts the line ends in b as Parse counts them: "\r\n", "\n"
// and a lone "\r".
func LineBreaks(b []byte) int {
	return bytes.Count(b, []byte{'\n'}) + bytes.Count(b, []byte{'\r'}) - bytes.Count(b, []byte("\r\n"))
}

// minProseWords: a line this long that ends like a sentence is a body
// paragraph's (the filters' own test, on a raw line).
const minProseWords = 12

// isProse reports whether line looks like a body paragraph: long enough,
// and ending like a sentence, perhaps inside quotation marks.
func isProse(line []byte) bool {
	// A line with a "|" may be a table's row, and a part must not start
	// inside a table: cut in two, neither part would have it.
	if bytes.IndexByte(line, '|') >= 0 {
		return false
	}
	t := strings.TrimRight(string(bytes.TrimSpace(line)), "\"'”’»«)] \u00a0\u202f")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") && !strings.HasSuffix(t, "…") {
		return false
	}
	return len(strings.Fields(t)) >= minProseWords
}

// named reports whether a phrase pack names line as something other than
// article text.
func named(ph *lang.Phrases, line []byte) bool {
	_, ok := ph.Match(string(bytes.TrimSpace(line)))
	return ok
}

// paragraphBytes is about the size of a body paragraph, to turn a part
// size into a number of paragraphs.
const paragraphBytes = 512

// chosen reports whether a part starts at the paragraph line: for about
// one body paragraph in seg/paragraphBytes, by a hash of its letters and
// digits, which cleaning leaves as they are (it changes quotation marks,
// spaces and invisible characters).
func chosen(line []byte, seg int) bool {
	k := uint32(max(seg/paragraphBytes, 1))
	h := fnv.New32a()
	var b [utf8.UTFMax]byte
	for _, r := range string(line) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			h.Write(b[:utf8.EncodeRune(b[:], unicode.ToLower(r))])
		}
	}
	return h.Sum32()%k == 0
}
