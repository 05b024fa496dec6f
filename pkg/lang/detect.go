// Package lang knows the languages unscrape cleans: it detects a document's
// language and holds the per-language data (stopwords, phrase packs, quote
// styles) as embedded files, one per language.
package lang

import (
	"cmp"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"

	"github.com/unscrape/unscrape/pkg/textfix"
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

// minTrigramLetters is the fewest letters (a short sentence's worth) that
// trigram detection decides on.
const minTrigramLetters = 40

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
	return DetectSample(Sample(text))
}

// DetectSample is Detect on a sample Sample has drawn.
func DetectSample(sample string) string {
	if tag := byStopwords(sample); tag != "" {
		return tag
	}
	return byTrigrams(sample)
}

// DetectByStopwords is DetectSample by the stopword vote alone, which is
// clear for most prose: it returns "" where DetectSample would go on to
// ask the trigram profiles.
func DetectByStopwords(sample string) string {
	return byStopwords(sample)
}

// byTrigrams asks whatlanggo, which knows 84 languages from their letter
// trigrams, but takes a millisecond for a 2 KiB sample.
func byTrigrams(sample string) string {
	letters := lettersOnly(trigramSample(sample))
	// On a few letters trigram profiles guess, and a guess that flips
	// when one character is repaired makes a second run differ from the
	// first: below minTrigramLetters the language stays unknown.
	if utf8.RuneCountInString(letters) < minTrigramLetters {
		return ""
	}
	info := whatlanggo.Detect(letters)
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

// maxTrigramBytes bounds what the trigram profiles read: they are sure of
// a language after a few hundred letters, and whatlanggo takes a
// millisecond for a whole sample (a page in a language without a phrase
// pack pays it; on a corpus in such a language, it was most of the time).
const maxTrigramBytes = 1024

// trigramSample returns the longest lines of sample, in their order, cut
// between words to maxTrigramBytes: a page's prose, where the sample's
// first lines may be its menu's.
func trigramSample(sample string) string {
	if len(sample) <= maxTrigramBytes {
		return sample
	}
	t, _ := longestLines(sample, maxTrigramBytes, 1, func(string) bool { return true })
	return cutBetweenWords(t, maxTrigramBytes)
}

// cutBetweenWords returns the start of s, at most n bytes, cut at its last
// space there, or between characters where it has none.
func cutBetweenWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if cut := strings.LastIndexByte(s[:n+1], ' '); cut > 0 {
		return s[:cut]
	}
	return truncate(s, n)
}

// lettersOnly turns every run of other characters in s into one space.
// Trigrams then see words, not the line breaks, quotation marks and
// colons between them, which cleaning changes: a kicker joined to its
// title with ": " must not change the language a second run detects.
func lettersOnly(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if !textfix.IsLetter(r) {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

const (
	// minStopwordHits, minStopwordLead and minStopwordShare decide when
	// the stopword vote is clear: enough hits, the winner well ahead of
	// the runner-up, and enough of the sample's words its stopwords (a
	// Finnish text has a few English stopwords, but not one word in six).
	minStopwordHits  = 8
	minStopwordLead  = 1.5
	minStopwordShare = 0.15
)

// voters are the languages the stopword vote can choose: those unscrape
// has phrase packs for. The stopword lists of other languages, drawn from
// their Wikipedias, hold many English words and would split the vote; a
// page where one of them leads is left to whatlanggo.
var voters = sync.OnceValue(func() []string {
	entries, _ := fs.ReadDir(phraseFiles, "phrases")
	var tags []string
	for _, e := range entries {
		// "mul" is the pack of names that are the same in every language.
		if tag := strings.TrimSuffix(e.Name(), ".txt"); tag != e.Name() && tag != "mul" {
			tags = append(tags, tag)
		}
	}
	return tags
})

// byStopwords counts, for each voter language, how many words of sample
// are its stopwords, and names the winner when the vote is clear. It is
// about a hundred times faster than trigram profiles, and as good on prose,
// which is what the sample is.
func byStopwords(sample string) string {
	sw, err := AllStopwords()
	if err != nil {
		return ""
	}
	var mask uint64
	for _, tag := range voters() {
		mask |= sw.Bit(tag)
	}
	var v Votes
	sw.Vote(&v, sample)
	votes, words := v.ByBit, v.Words
	best, second, top := -1, -1, 0
	for i, v := range votes {
		top = max(top, v)
		switch {
		case v == 0 || mask&(1<<i) == 0:
		case best < 0 || v > votes[best]:
			best, second = i, best
		case second < 0 || v > votes[second]:
			second = i
		}
	}
	if best < 0 || votes[best] < minStopwordHits || float64(votes[best]) < minStopwordShare*float64(words) {
		return ""
	}
	if second >= 0 && float64(votes[best]) < minStopwordLead*float64(votes[second]) {
		return ""
	}
	// A language that cannot vote but has more hits (Portuguese against
	// Spanish) is whatlanggo's to judge.
	if top > votes[best] {
		return ""
	}
	return sw.Tag(uint64(1) << best)
}

// Sample returns the text detection reads: the longest prose-shaped lines
// of the first part of text, in document order, at most sampleBytes long.
// Text without such lines is sampled from its start.
//
// Quotation marks count one byte each, and narrow no-break spaces none:
// the quotes filter writes marks of other widths ("\"" is one byte, "“"
// three) and sets narrow no-break spaces inside guillemets, and the lines
// a sample takes, and where it is cut, must not change when it has. The
// detectors read any mark alike (the stopword scan as an apostrophe or
// nothing, the trigrams as a break), so the sample has "'" for each, and
// is the same sample.
func Sample(text string) string {
	text = unmarked(text, scanBytes)
	// A text no longer than a sample is its own sample: choosing its
	// prose lines would make the choice, and so the language, depend on
	// how its lines are cut (a kicker joined to its title on a first run
	// makes one long line on the second).
	if len(text) <= sampleBytes {
		return text
	}
	// A line shorter than minProseWords one-letter words with spaces
	// between cannot be prose: a page's many menu lines need not be
	// sorted.
	if sample, ok := longestLines(text, sampleBytes, 2*minProseWords-1, isProse); ok {
		text = sample
	}
	return truncate(text, sampleBytes)
}

// longestLines returns the longest lines of text that keep takes (of at
// least minLen bytes), longest first until they make n bytes or more, in
// their order in text; false when keep takes none.
// Only the few lines taken are read by keep.
func longestLines(text string, n, minLen int, keep func(string) bool) (string, bool) {
	type line struct{ start, end int }
	var lines []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if end-start >= minLen {
			lines = append(lines, line{start, end})
		}
		start = end + 1
	}
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(b.end-b.start, a.end-a.start) })
	var taken []line
	size := 0
	for _, l := range lines {
		if size >= n {
			break
		}
		if keep(text[l.start:l.end]) {
			taken = append(taken, l)
			size += l.end - l.start + 1
		}
	}
	if len(taken) == 0 {
		return "", false
	}
	slices.SortFunc(taken, func(a, b line) int { return cmp.Compare(a.start, b.start) })
	var sb strings.Builder
	sb.Grow(size)
	for _, l := range taken {
		sb.WriteString(text[l.start:l.end])
		sb.WriteByte('\n')
	}
	return sb.String(), true
}

// unmarked returns text, at most n bytes of it, with every quotation mark
// as "'" and without narrow no-break spaces.
func unmarked(text string, n int) string {
	var sb strings.Builder
	done := 0 // text[:done] is in sb
	for i := 0; ; {
		// Up to where the output would reach n bytes, the next byte
		// that is or starts a mark or the space.
		stop := min(len(text), n-sb.Len()+done)
		for i < stop && !markLead[text[i]] {
			i++
		}
		if i >= stop {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if size == 1 && r == utf8.RuneError || !textfix.IsQuoteSpace(r) && !textfix.IsQuote(r) {
			i += size
			continue
		}
		if sb.Len() == 0 {
			sb.Grow(min(len(text), n))
		}
		sb.WriteString(text[done:i])
		if !textfix.IsQuoteSpace(r) {
			sb.WriteByte('\'')
		}
		i += size
		done = i
	}
	if done == 0 {
		return truncate(text, n)
	}
	sb.WriteString(truncate(text[done:], n-sb.Len()))
	return sb.String()
}

// markLead holds the bytes that are or start a quotation mark or the
// narrow no-break space.
var markLead = func() (t [256]bool) {
	for _, c := range []byte{'"', '`', 0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return t
}()

// isProse reports whether a line reads like a sentence: enough words that
// start with a letter (a kicker joined to "0 0 B" must not become prose on
// a second run), and most words such. Scripts written without spaces count
// each character as a word.
func isProse(s string) bool {
	words, letters := 0, 0
	inWord := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\r' {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			words++
			if r < utf8.RuneSelf {
				if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
					letters++
				}
			} else if textfix.IsLetter(r) {
				letters++
			}
		}
		// Scripts written without spaces count each character as a word.
		if textfix.IsHan(r) {
			words++
			letters++
		}
	}
	return letters >= minProseWords && letters*4 >= words*3
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
