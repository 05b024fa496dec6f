package document

import (
	"strings"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// keys remembers the fold keys of one text of a block. Every filter
// compares blocks by their keys, most of them several times (a phrase
// lookup, the repeats on the page, templates), and folding a whole page
// again for each was a fifth of the pipeline's time. Filters may set Text
// directly, so the keys say which text they are of: a Go string never
// changes, and comparing the same string with itself is one pointer check.
type keys struct {
	src    string
	prefix lazy             // textfix.FoldPrefix(src)
	digits bool             // src has a digit; known with prefix
	fold   lazy             // textfix.Fold(src)
	words  int              // Words(src), +1 so that 0 means unknown
	memo   [MemoSlots]uint8 // filters' verdicts on src, +1 so that 0 means unknown
}

// lazy is a key computed when first asked for.
type lazy struct {
	v  string
	ok bool
}

func (l *lazy) get(src string, fold func(string) string) string {
	if !l.ok {
		l.v, l.ok = fold(src), true
	}
	return l.v
}

func (b *Block) keysOf() *keys {
	if b.keys.src != b.Text {
		b.keys = keys{src: b.Text}
	}
	return &b.keys
}

// FoldPrefix is textfix.FoldPrefix of the block's text.
func (b *Block) FoldPrefix() string {
	k := b.keysOf()
	if !k.prefix.ok {
		k.prefix.v, k.digits = textfix.FoldPrefixDigits(b.Text)
		k.prefix.ok = true
	}
	return k.prefix.v
}

// FoldNumbers is textfix.FoldNumbers of the block's text, which is its
// FoldPrefix with the end trimmed.
func (b *Block) FoldNumbers() string {
	return strings.TrimRightFunc(b.FoldPrefix(), textfix.IsEdge)
}

// Fold is textfix.Fold of the block's text. Most lines have no digit, and
// their Fold is their FoldPrefix trimmed: one fold serves both.
func (b *Block) Fold() string {
	p := b.FoldPrefix()
	k := &b.keys
	if !k.digits {
		return strings.TrimRightFunc(p, textfix.IsEdge)
	}
	return k.fold.get(b.Text, textfix.Fold)
}

// Words is Words of the block's text.
func (b *Block) Words() int {
	k := b.keysOf()
	if k.words == 0 {
		k.words = Words(b.Text) + 1
	}
	return k.words - 1
}

// Words counts the words of s: runs of characters between spaces that
// hold a letter or a digit. A mark standing alone ("«", "|", "–") is no
// word, and no-break spaces do not part words: the quotes filter writes
// "«\u202fWort\u202f»" for "« Wort »" and for "«Wort»" in French, and a
// count that changed with it would judge the line differently when
// unscrape's output is cleaned again.
func Words(s string) int {
	n := 0
	inWord, counted := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case asciiSpace:
				inWord = false
			case asciiAlnum:
				if !inWord || !counted {
					n++
				}
				inWord, counted = true, true
			default:
				if !inWord {
					inWord, counted = true, false
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case textfix.IsSpace(r) && r != '\u00a0' && r != '\u202f':
			inWord = false
		case textfix.IsLetter(r) || textfix.IsDigit(r):
			if !inWord || !counted {
				n++
			}
			inWord, counted = true, true
		default:
			if !inWord {
				inWord, counted = true, false
			}
		}
	}
	return n
}

// What Words makes of an ASCII byte.
const (
	asciiOther = iota
	asciiSpace
	asciiAlnum
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = asciiSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = asciiAlnum
		}
	}
	return t
}()

// MemoSlots is how many verdicts a block remembers (see Memo).
const MemoSlots = 4

// Memo returns the verdict a filter remembered in slot on the block's text
// with SetMemo, if the text is still the one it was given on. It is for
// verdicts that depend on the text alone and that are asked for again and
// again: whether a line is a credit, or a line by itself boilerplate, or
// in style (the filter package's slots).
func (b *Block) Memo(slot int) (v uint8, ok bool) {
	k := b.keysOf()
	return k.memo[slot] - 1, k.memo[slot] != 0
}

// SetMemo remembers v (below 255) in slot as a verdict on the block's text.
func (b *Block) SetMemo(slot int, v uint8) {
	b.keysOf().memo[slot] = v + 1
}
