package document

import (
	"strings"

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
	prefix string // textfix.FoldPrefix(src), known when words is
	fold   string // textfix.Fold(src), known when folded
	words  int32  // Words(src), +1 so that 0 means unknown
	trim   int32  // len(prefix) without its IsEdge end; known with prefix
	// The flags and verdicts last, together: a block of a long page of
	// short lines is mostly its keys.
	digits bool             // src has a digit; known with prefix
	folded bool             // fold is known
	memo   [MemoSlots]uint8 // filters' verdicts on src, +1 so that 0 means unknown
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
	if k.words == 0 {
		var words int
		k.prefix, k.digits, words = textfix.FoldPrefixWords(b.Text)
		k.words = int32(words) + 1
		// Trimmed once: every filter asks for the trimmed keys.
		k.trim = int32(len(strings.TrimRightFunc(k.prefix, textfix.IsEdge)))
	}
	return k.prefix
}

// FoldNumbers is textfix.FoldNumbers of the block's text, which is its
// FoldPrefix with the end trimmed.
func (b *Block) FoldNumbers() string {
	p := b.FoldPrefix()
	return p[:b.keys.trim]
}

// Fold is textfix.Fold of the block's text. Most lines have no digit, and
// their Fold is their FoldPrefix trimmed: one fold serves both.
func (b *Block) Fold() string {
	p := b.FoldPrefix()
	k := &b.keys
	if !k.digits {
		return p[:k.trim]
	}
	if !k.folded {
		k.fold, k.folded = textfix.Fold(b.Text), true
	}
	return k.fold
}

// Words is Words of the block's text, counted as it is folded.
func (b *Block) Words() int {
	k := b.keysOf()
	if k.words == 0 {
		b.FoldPrefix()
	}
	return int(k.words) - 1
}

// HasDigit reports whether the block's text has a digit, known as it is
// folded.
func (b *Block) HasDigit() bool {
	b.FoldPrefix()
	return b.keys.digits
}

// Words is textfix.Words.
func Words(s string) int { return textfix.Words(s) }

// MemoSlots is how many verdicts a block remembers (see Memo).
const MemoSlots = 6

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
