package lang

import "math/bits"

// wordTable maps word hashes to bit sets. Its keys are hashes already, so
// it is an open-addressed table indexed by their top bits, probed in
// line: one lookup touches one or two neighbouring slots, where Go's map
// hashes the key again and compares a group of control bytes first.
// Counting stopwords is the language detection's and the content filter's
// main work, and the index of every list does not fit in the cache: a
// slot holds key and bits together, so that a hit costs one cache miss.
type wordTable struct {
	slots []wordSlot
	shift uint // 64 - log2(len(slots))
}

type wordSlot struct {
	key  uint64 // 0 is an empty slot
	bits uint64
}

// newWordTable returns a table with room for n keys at most half full.
func newWordTable(n int) *wordTable {
	size := 1 << bits.Len(uint(2*n))
	return &wordTable{
		slots: make([]wordSlot, size),
		shift: uint(64 - bits.TrailingZeros(uint(size))),
	}
}

// slot returns where h is, or the empty slot where it would go.
func (t *wordTable) slot(h uint64) *wordSlot {
	// Fibonacci hashing spreads the key's bits over the index.
	i := int((h * 0x9E3779B97F4A7C15) >> t.shift)
	for t.slots[i].key != 0 && t.slots[i].key != h {
		i = (i + 1) & (len(t.slots) - 1)
	}
	return &t.slots[i]
}

// or adds v to the bits of h.
func (t *wordTable) or(h, v uint64) {
	s := t.slot(h)
	s.key = h
	s.bits |= v
}

// get returns the bits of h, 0 when it has none or t is nil (no list).
func (t *wordTable) get(h uint64) uint64 {
	if t == nil {
		return 0
	}
	return t.slot(h).bits
}
