// Package lang knows the languages unscrape cleans: it detects a document's
// language and holds the per-language data (stopwords, phrase packs, quote
// styles) as embedded files, one per language.
package lang

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"
)

const (
	// sampleBytes bounds how much text detection reads: a few paragraphs
	// are as telling as a whole book. It also keeps whatlanggo in its
	// range: on samples of about 4 KiB its confidence overflows to
	// negative values and every guess is thrown away (51% of the
	// benchmark pages undetected at 4096 bytes, 0.6% at 2048).
	sampleBytes = 2048
	// scanBytes bounds how much of the document is searched for prose, so
	// that detection does not grow with the input.
	scanBytes = 64 << 10
	// minProseWords: a line with fewer words is a menu entry, a button or
	// a heading, whatever language the article is in.
	minProseWords = 8
)

// minConfidence is whatlanggo's confidence below which a guess is no better
// than not knowing.
const minConfidence = 0.2

// Detect returns the language of text as a BCP 47 base tag ("de", "en"), or
// "" when the text is too short or too mixed to tell.
//
// A scraped page starts with menus, often in English on a German page, so
// Detect reads a sample of the document's prose: its longest lines of
// several words, up to a bounded size.
func Detect(text string) string {
	info := whatlanggo.Detect(Sample(text))
	if info.Confidence < minConfidence || info.Lang == -1 {
		return ""
	}
	tag, err := language.Parse(info.Lang.Iso6391())
	if err != nil {
		return ""
	}
	base, _ := tag.Base()
	return base.String()
}

// Sample returns the text detection reads: the longest prose-shaped lines
// of the first part of text, in document order, at most sampleBytes long.
// Text without such lines is sampled from its start.
func Sample(text string) string {
	text = truncate(text, scanBytes)
	type line struct{ start, end int }
	var prose []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if isProse(text[start:end]) {
			prose = append(prose, line{start, end})
		}
		start = end + 1
	}
	if len(prose) == 0 {
		return truncate(text, sampleBytes)
	}
	slices.SortStableFunc(prose, func(a, b line) int { return cmp.Compare(b.end-b.start, a.end-a.start) })
	n, k := 0, 0
	for k < len(prose) && n < sampleBytes {
		n += prose[k].end - prose[k].start + 1
		k++
	}
	prose = prose[:k]
	slices.SortFunc(prose, func(a, b line) int { return cmp.Compare(a.start, b.start) })
	var sb strings.Builder
	sb.Grow(n)
	for _, l := range prose {
		sb.WriteString(text[l.start:l.end])
		sb.WriteByte('\n')
	}
	return truncate(sb.String(), sampleBytes)
}

// isProse reports whether a line reads like a sentence: enough words, most
// of them made of letters. Scripts written without spaces count each
// character as a word.
func isProse(s string) bool {
	words, letters := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			letters++
		}
		for _, r := range w {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				words++
				letters++
			}
		}
	}
	return words >= minProseWords && letters*4 >= words*3
}

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
