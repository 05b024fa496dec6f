package lang

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"math/bits"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// stopwordFiles are the per-language stopword lists, one file per language
// named by its BCP 47 base tag. Each starts with a header of "#" lines naming
// its source and licence; every line after the header is one word.
//
//go:embed stopwords/*.txt
var stopwordFiles embed.FS

// Stopwords holds every embedded stopword list, indexed so that one lookup
// answers for all languages at once: a word maps to a bit set with bit i set
// when the word is in the list of language Tags()[i]. This lets a filter pick
// the list that fits a text without knowing its language in advance, which
// matters for whole-page dumps whose menus defeat language detection.
//
// Words are keyed by their 64-bit FNV-1a hash, not their text: the index
// of every list is too large for the cache, and a string key costs a
// second memory access to compare. TestStopwordHashes checks that no two
// words of the lists share a hash; that a word of a page shares one with
// a stopword is as likely as 1 in 10^14.
type Stopwords struct {
	tags  []string
	masks *wordTable
	// lists are the languages' own lists (the hashes of their words),
	// each built when first counted with.
	lists [maxStoplists]struct {
		once   sync.Once
		hashes []uint64
		set    *wordTable
	}
}

// The parameters of 64-bit FNV-1a.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHash is the FNV-1a hash of a word.
func wordHash[T string | []byte](w T) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	if h == 0 {
		return 1 // 0 marks an empty slot of a wordTable
	}
	return h
}

// loadStopwords parses the embedded lists once; the result is never written
// afterwards, so it is safe to share.
var loadStopwords = sync.OnceValues(func() (*Stopwords, error) {
	return parseStopwords(stopwordFiles, "stopwords")
})

// AllStopwords returns the embedded stopword lists. It fails only if the
// embedded data is malformed, which the package's tests rule out.
func AllStopwords() (*Stopwords, error) {
	return loadStopwords()
}

// maxStoplists is the number of languages a uint64 bit set can index.
const maxStoplists = 64

func parseStopwords(fsys fs.FS, dir string) (*Stopwords, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("stopword lists: %w", err)
	}
	s := &Stopwords{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || path.Ext(name) != ".txt" {
			continue
		}
		tag := strings.TrimSuffix(name, ".txt")
		if len(s.tags) == maxStoplists {
			return nil, fmt.Errorf("stopword lists: %s: more than %d lists", name, maxStoplists)
		}
		s.tags = append(s.tags, tag)
		f, err := fsys.Open(path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("stopword lists: %w", err)
		}
		n, err := s.read(f, len(s.tags)-1)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("stopword list %s: %w", name, err)
		}
		if n == 0 {
			return nil, fmt.Errorf("stopword list %s: no words", name)
		}
	}
	total := 0
	for i := range s.tags {
		total += len(s.lists[i].hashes)
	}
	s.masks = newWordTable(total)
	for i := range s.tags {
		for _, h := range s.lists[i].hashes {
			s.masks.or(h, 1<<i)
		}
	}
	return s, nil
}

func (s *Stopwords) read(f fs.File, i int) (int, error) {
	sc := bufio.NewScanner(f)
	header, n := true, 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		// A list may contain a word starting with "#", so only the leading
		// lines are header.
		if header && strings.HasPrefix(line, "#") {
			continue
		}
		header = false
		if line == "" {
			continue
		}
		// Matching is case-insensitive, as in jusText: lists carry "Die" as
		// well as "die" because they count Wikipedia's word forms.
		h := lowerHash(line)
		s.lists[i].hashes = append(s.lists[i].hashes, h)
		n++
	}
	return n, sc.Err()
}

// Tags returns the languages that have a list, as BCP 47 base tags, in bit
// order.
func (s *Stopwords) Tags() []string { return slices.Clone(s.tags) }

// Bit returns the bit of tag's list (its base language: "de-CH" uses "de"),
// or 0 when there is no list for it.
func (s *Stopwords) Bit(tag string) uint64 {
	if tag == "" {
		return 0
	}
	t, err := language.Parse(tag)
	if err != nil {
		return 0
	}
	base, _ := t.Base()
	b := base.String()
	if b == "no" {
		// Norwegian without a written standard reads best as Bokmål.
		b = "nb"
	}
	if i := slices.Index(s.tags, b); i >= 0 {
		return 1 << i
	}
	return 0
}

// Tag returns the language of a single bit, or "" when bit is not one of
// the lists'.
func (s *Stopwords) Tag(bit uint64) string {
	for i := range s.tags {
		if bit == 1<<i {
			return s.tags[i]
		}
	}
	return ""
}

// Mask returns the bit set of the languages whose list holds word, which
// must be lower-case.
func (s *Stopwords) Mask(word string) uint64 { return s.masks.get(wordHash(word)) }

// Is reports whether word (in any case) is a stopword of tag's language.
func (s *Stopwords) Is(tag, word string) bool {
	bit := s.Bit(tag)
	return bit != 0 && s.Mask(strings.ToLower(word))&bit != 0
}

// EachWord calls fn with the stopword mask of every word of text, in order:
// words are runs of letters and apostrophes (’ read as '), lower-cased into
// a buffer, so that counting the stopwords of a page allocates nothing. A
// word too long to be a stopword has mask 0.
func (s *Stopwords) EachWord(text string, fn func(mask uint64)) {
	eachWord(text, func(h uint64) {
		if h == 0 {
			fn(0)
		} else {
			fn(s.masks.get(h))
		}
	})
}

// Votes tallies, for every list, how many words of the texts given to
// Stopwords.Vote are in it: the list with most votes fits the texts best.
type Votes struct {
	ByBit [maxStoplists]int // votes of the list of bit 1<<i
	Words int               // words read
}

// Best returns the bit of the list with most votes among those in mask
// (all lists when mask is 0), and its votes; bit 0 when none has any.
func (v *Votes) Best(mask uint64) (bit uint64, votes int) {
	for i, n := range v.ByBit {
		if n > votes && (mask == 0 || mask&(1<<i) != 0) {
			bit, votes = 1<<i, n
		}
	}
	return bit, votes
}

// Vote adds the words of text to v.
func (s *Stopwords) Vote(v *Votes, text string) {
	s.EachWord(text, func(m uint64) {
		v.Words++
		for ; m != 0; m &= m - 1 {
			v.ByBit[bits.TrailingZeros64(m)]++
		}
	})
}

// Count returns how many words text has (as EachWord reads them) and how
// many of them are in the list of the language bit stands for.
func (s *Stopwords) Count(text string, bit uint64) (words, stops int) {
	// One language's list is a few hundred words, which stay in the
	// cache; the merged index of every list does not, and counting every
	// word of every page is the content filter's main work.
	set := s.set(bit)
	eachWord(text, func(h uint64) {
		words++
		if h != 0 && set.get(h) != 0 {
			stops++
		}
	})
	return words, stops
}

// ContentWords calls fn with the hash of every word of text (as EachWord
// reads them) that is not in the list of the language bit stands for: the
// words that say what a text is about, which two texts on the same
// subject share.
func (s *Stopwords) ContentWords(text string, bit uint64, fn func(hash uint64)) {
	set := s.set(bit)
	eachWord(text, func(h uint64) {
		if h != 0 && set.get(h) == 0 {
			fn(h)
		}
	})
}

// set returns the list of the language bit stands for, built on first use.
func (s *Stopwords) set(bit uint64) *wordTable {
	i := bitIndex(bit)
	if i < 0 || i >= len(s.tags) {
		return nil
	}
	l := &s.lists[i]
	l.once.Do(func() {
		l.set = newWordTable(len(l.hashes))
		for _, h := range l.hashes {
			l.set.or(h, 1)
		}
	})
	return l.set
}

// bitIndex returns i for a bit set of only 1<<i, or -1.
func bitIndex(bit uint64) int {
	if bit == 0 || bit&(bit-1) != 0 {
		return -1
	}
	return bits.TrailingZeros64(bit)
}

// lowerHash is wordHash(strings.ToLower(w)) without building the lower-
// case word: reading the lists was most of unscrape's start-up.
func lowerHash(w string) uint64 {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	for _, r := range w {
		for _, c := range buf[:utf8.EncodeRune(buf[:], textfix.ToLower(r))] {
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	if h == 0 {
		return 1
	}
	return h
}

// eachWord calls fn with the hash (wordHash) of every word of text lower-
// cased, or with 0 for a word too long to be a stopword: runs of letters,
// with the quotation marks between them read as apostrophes ("don’t" is
// "don't"). The hash is taken as the word is read, so that nothing is
// copied.
func eachWord(text string, fn func(hash uint64)) {
	const maxWord = 64 // bytes; no stopword is longer
	h, n := uint64(fnvOffset), 0
	// Quotation marks are neither letters nor breaks: at a word's edges
	// they are left out, between letters each is an apostrophe. The
	// quotes filter turns one mark into another ("it's" into "it’s",
	// "''" into "„“") or sets a narrow no-break space inside a
	// guillemet, and the words, on which the language is detected
	// again, must stay the same.
	marks := 0 // marks since the word's last letter
	end := func() {
		switch {
		case n == 0:
		case n > maxWord:
			fn(0)
		case h == 0:
			fn(1) // as wordHash
		default:
			fn(h)
		}
		h, n, marks = fnvOffset, 0, 0
	}
	letter := func(c byte) {
		for ; marks > 0 && n > 0; marks-- {
			h = (h ^ '\'') * fnvPrime
			n++
		}
		marks = 0
		h = (h ^ uint64(c)) * fnvPrime
		n++
	}
	for i := 0; i < len(text); {
		// Most text is ASCII: its letters are lowered and hashed without
		// decoding or the Unicode tables, a run of them in a loop of its
		// own.
		if c := text[i]; c < utf8.RuneSelf {
			i++
			if l := textfix.ASCIILetter(c); l != 0 {
				letter(l)
				for ; i < len(text); i++ {
					if l = textfix.ASCIILetter(text[i]); l == 0 {
						break
					}
					h = (h ^ uint64(l)) * fnvPrime
					n++
				}
				continue
			}
			switch {
			case c == '\'' || c == '"' || c == '`':
				marks++
			default:
				end()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case textfix.IsQuoteSpace(r):
		case textfix.IsQuote(r):
			marks++
		case textfix.IsLetter(r):
			var buf [utf8.UTFMax]byte
			for _, c := range buf[:utf8.EncodeRune(buf[:], textfix.ToLower(r))] {
				letter(c)
			}
		default:
			end()
		}
	}
	end()
}
