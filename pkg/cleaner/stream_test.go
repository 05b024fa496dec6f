package cleaner

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/decode"
)

func goldenStreamInputs(t *testing.T) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob("../../testdata/golden/*.txt")
	if len(paths) == 0 {
		t.Fatal("no golden inputs")
	}
	in := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(p)] = data
	}
	return in
}

func stream(t *testing.T, c *Cleaner, data []byte, opts StreamOptions) ([]byte, StreamResult) {
	t.Helper()
	var out bytes.Buffer
	res, err := c.CleanStream("in.txt", bytes.NewReader(data), &out, opts)
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), res
}

// A stream of one part is cleaned exactly as Clean cleans the whole input,
// but for the content filter, which parts skip.
func TestCleanStreamOnePartIsClean(t *testing.T) {
	c, err := New(Options{FrontMatter: true})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := c.without("content")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range goldenStreamInputs(t) {
		want, err := whole.Clean("in.txt", data)
		if err != nil {
			t.Fatal(err)
		}
		got, res := stream(t, c, data, StreamOptions{})
		if res.Parts != 1 || !bytes.Equal(got, want.Output) {
			t.Errorf("%s: %d parts; stream gives\n%s\nClean gives\n%s", name, res.Parts, got, want.Output)
		}
	}
}

// The golden inputs of one language in one stream, cut into many small
// parts: the result is valid UTF-8, has one title, and cleaning it again in
// parts changes nothing, although the parts are cut elsewhere the second
// time. (Pages of many languages in one stream are not promised this: a
// part whose cut moves may change its language; see CleanStream.)
func TestCleanStreamPartsIdempotent(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	inputs := goldenStreamInputs(t)
	for _, lang := range []string{"de-", "en-"} {
		var all []byte
		for _, name := range slices.Sorted(maps.Keys(inputs)) {
			// Hard-wrapped paragraphs (html2text's, html-to-text's) become
			// one line each, which a second run may choose to cut at; see
			// CleanStream. A reader's header
			// is one only at the start of a document, a text browser's
			// dump only where its list of links ends the text, and a
			// whole page's headline only where the lines under it go
			// with it: amid a stream, where a part is cut decides
			// whether they are.
			if !strings.HasPrefix(name, lang) || strings.Contains(name, "html2text") || strings.Contains(name, "html-to-text") ||
				strings.Contains(name, "reader") || strings.Contains(name, "dump") {
				continue
			}
			// Some golden inputs are UTF-16; a stream has one encoding.
			text, err := decode.Bytes(inputs[name])
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, text...)
			all = append(all, "\n\n"...)
		}
		for _, seg := range []int{1 << 10, 2 << 10, 4 << 10, 8 << 10, 16 << 10} {
			once, res := stream(t, c, all, StreamOptions{Segment: seg})
			if res.Parts < 2 {
				t.Fatalf("%s segment %d: %d parts", lang, seg, res.Parts)
			}
			if !utf8.Valid(once) {
				t.Fatalf("%s segment %d: output is not valid UTF-8", lang, seg)
			}
			if n := bytes.Count(once, []byte("\n# ")) + bytes.Count(once[:2], []byte("# ")); n > 1 {
				t.Errorf("%s segment %d: %d titles", lang, seg, n)
			}
			twice, _ := stream(t, c, once, StreamOptions{Segment: seg})
			if !bytes.Equal(once, twice) {
				t.Errorf("%s segment %d: not idempotent:\n%s", lang, seg, firstDiff(once, twice))
			}
		}
	}
}

func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n- " + al[i] + "\n+ " + bl[i]
		}
	}
	return "lengths differ: " + itoa(len(al)) + " and " + itoa(len(bl)) + " lines"
}

func itoa(n int) string { return strconv.Itoa(n) }

// A line with no line end at all is cut at spaces, then between
// characters, and nothing of it is lost.
func TestCleanStreamLongLine(t *testing.T) {
	c, err := New(Options{Filters: []string{"unicode"}})
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Repeat("Grüße aus Köln ", 2000)
	got, res := stream(t, c, []byte(words), StreamOptions{Segment: 1000})
	if res.Parts < 5 {
		t.Fatalf("%d parts", res.Parts)
	}
	if f, w := strings.Fields(string(got)), strings.Fields(words); len(f) != len(w) {
		t.Errorf("%d words out, %d in", len(f), len(w))
	}
	nospace := strings.Repeat("ä", 5000)
	got, _ = stream(t, c, []byte(nospace), StreamOptions{Segment: 1000})
	if !utf8.Valid(got) || strings.Join(strings.Fields(string(got)), "") != nospace {
		t.Errorf("a line without spaces came out as %q", got)
	}
}

// A text of many short lines and no paragraph to cut at (a word list, a
// log) is cut before every PartLines-th line that is not blank, loses
// nothing, and its result, whose blank lines are more, is cut at the same
// lines again.
func TestCleanStreamPartLines(t *testing.T) {
	c, in := wordList(t, "\n")
	got, res := stream(t, c, []byte(in), StreamOptions{PartLines: 100})
	if res.Parts != 10 {
		t.Errorf("%d parts of 1,000 lines, want 10 of 100", res.Parts)
	}
	if f, w := strings.Fields(strings.TrimPrefix(string(got), "# ")), strings.Fields(in); !slices.Equal(f, w) {
		t.Errorf("%d words out, %d in", len(f), len(w))
	}
	again, res := stream(t, c, got, StreamOptions{PartLines: 100})
	if !bytes.Equal(again, got) || res.Parts != 10 {
		t.Errorf("a second run in %d parts changed the result", res.Parts)
	}
}

// wordList returns a cleaner that keeps a list of words, and a list of a
// thousand words, each line ended by end.
func wordList(t *testing.T, end string) (*Cleaner, string) {
	t.Helper()
	c, err := New(Options{Filters: []string{"unicode", "structure", "dedupe", "quotes"}})
	if err != nil {
		t.Fatal(err)
	}
	var in strings.Builder
	for i := range 1000 {
		in.WriteString("Wort" + itoa(i) + end)
	}
	return c, in.String()
}

// Old Mac line ends (a lone carriage return) are line ends to the stream
// too, read a byte at a time or whole: the word list is cut into parts of
// PartLines lines as with line feeds, and a CRLF stays one line end.
func TestCleanStreamLoneCR(t *testing.T) {
	c, in := wordList(t, "\r")
	want, res := stream(t, c, []byte(strings.ReplaceAll(in, "\r", "\n")), StreamOptions{PartLines: 100})
	if res.Parts != 10 {
		t.Fatalf("%d parts of LF lines, want 10", res.Parts)
	}
	for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
		var out bytes.Buffer
		res, err := c.CleanStream("in.txt", r, &out, StreamOptions{PartLines: 100})
		if err != nil || res.Parts != 10 || out.String() != string(want) {
			t.Errorf("lone CRs: %d parts, %v, output as with LFs: %v", res.Parts, err, out.String() == string(want))
		}
	}
	crlf := strings.ReplaceAll(in, "\r", "\r\n")
	if _, res := stream(t, c, []byte(crlf), StreamOptions{PartLines: 100}); res.Parts != 10 {
		t.Errorf("CRLF: %d parts, want 10", res.Parts)
	}
}

// --explain counts lines from the start of the stream, across parts, for
// LF, CRLF and lone CR line ends.
func TestCleanStreamExplainLines(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		var in strings.Builder
		for i := range 200 {
			if i == 150 {
				in.WriteString("Advertisement" + nl + nl)
				continue
			}
			in.WriteString("The council met again on the harbour plan and voted for it." + nl + nl)
		}
		var ex bytes.Buffer
		stream(t, c, []byte(in.String()), StreamOptions{Segment: 1000, Explain: &ex})
		if !strings.Contains(ex.String(), "in.txt:301: boilerplate:") {
			t.Errorf("line end %q: explain says\n%s", nl, ex.String())
		}
	}
}

// A UTF-16 stream is decoded as a whole before it is cut.
func TestCleanStreamUTF16(t *testing.T) {
	c, err := New(Options{Filters: []string{"unicode"}})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("Grüße aus Köln.\n\n", 300)
	u16 := []byte{0xFF, 0xFE}
	for _, r := range text {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	got, res := stream(t, c, u16, StreamOptions{Segment: 500})
	want := strings.Repeat("Grüße aus Köln.\n\n", 300)
	if res.Parts < 2 || string(got) != strings.TrimSuffix(want, "\n") {
		t.Errorf("%d parts, got %q…", res.Parts, got[:min(len(got), 80)])
	}
}

// A NUL byte in a later part stops the stream with ErrBinary and says
// where the part starts.
func TestCleanStreamBinaryLater(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := strings.Repeat("The council met again on the harbour plan and voted for it in the end.\n\n", 200) + "bad\x00byte\n"
	_, err = c.CleanStream("in.txt", strings.NewReader(in), &bytes.Buffer{}, StreamOptions{Segment: 500})
	if !errors.Is(err, decode.ErrBinary) || !strings.HasPrefix(err.Error(), "in.txt: the part from line ") {
		t.Errorf("got %v", err)
	}
}

// No part starts inside a fenced code block, however many lines of it read
// like the paragraphs parts start at: each part would have half a block.
// (A block longer than 8×Segment is cut by size, as any line is.)
func TestCleanStreamCode(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var code []string
	for i := range 100 {
		code = append(code, "This line of the example is number "+itoa(i)+" and it reads like a sentence of an article, doesn't it?")
	}
	block := "```text\n" + strings.Join(code, "\n") + "\n```\n"
	prose := "The paragraph before the example explains what it shows and why the reader should run it once.\n\n"
	in := []byte(prose + block + "\n" + prose)
	out, res := stream(t, c, in, StreamOptions{Segment: 2 << 10})
	if !bytes.Contains(out, []byte(block)) {
		t.Errorf("%d parts; the code block is not in the output whole:\n%s", res.Parts, out)
	}
}

// No part starts inside a table, whose rows may read like sentences.
func TestCleanStreamTable(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := []string{"Line | What it says", "---|---"}
	want := []string{"| Line | What it says |", "| --- | --- |"}
	for i := range 100 {
		row := itoa(i) + " | This row of the table reads like a sentence of an article, doesn’t it?"
		rows = append(rows, row)
		want = append(want, "| "+row+" |")
	}
	prose := "The paragraph before the table explains what it shows and why the reader should read it once.\n\n"
	in := []byte(prose + strings.Join(rows, "\n") + "\n\n" + prose)
	out, res := stream(t, c, in, StreamOptions{Segment: 2 << 10})
	if !bytes.Contains(out, []byte(strings.Join(want, "\n")+"\n")) {
		t.Errorf("%d parts; the table is not in the output whole:\n%s", res.Parts, out)
	}
}

// A part does not start at a line a phrase pack names: cleaning drops it,
// and the second run, not finding the line, would clean the two parts as
// one (a cookie notice shaped like a paragraph between two pages).
func TestCleanStreamNoPartAtNamedLine(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	const seg = 8 << 10
	// A line the hash chooses, in the wording of a pack's cookie notice
	// and in a wording no pack names.
	pick := func(format string) string {
		for n := 1; ; n++ {
			l := strings.ReplaceAll(format, "N", strconv.Itoa(n))
			if chosen([]byte(l), seg) {
				return l
			}
		}
	}
	notice := pick("Wir verwenden Cookies, um unsere Website für Sie zu verbessern (Version N). Wenn Sie weitersurfen, stimmen Sie zu.")
	prose := pick("Der Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke Nummer N abzureißen und neu zu bauen.")
	page := func(middle string) []byte {
		var b strings.Builder
		for _, l := range []string{
			"Die Arbeiten an der Ortsdurchfahrt sollen im kommenden Frühjahr beginnen und bis zum Herbst abgeschlossen sein.",
			middle,
			"Die Anwohner werden vorab schriftlich über die Umleitungen informiert, wie die Gemeinde am Montag mitteilte.",
		} {
			if chosen([]byte(l), seg) && l != middle && b.Len() > 0 {
				t.Fatalf("%q is chosen too", l)
			}
			b.WriteString(l + "\n")
		}
		return []byte(b.String())
	}
	if _, res := stream(t, c, page(prose), StreamOptions{Segment: seg}); res.Parts != 2 {
		t.Fatalf("the chosen paragraph starts no part: %d parts", res.Parts)
	}
	out, res := stream(t, c, page(notice), StreamOptions{Segment: seg})
	if res.Parts != 1 {
		t.Errorf("the cookie notice starts a part: %d parts", res.Parts)
	}
	if bytes.Contains(out, []byte("Cookies")) {
		t.Errorf("the cookie notice is kept:\n%s", out)
	}
}
