package lang

import "strings"

// keySet is a set of strings with a gate in front of its map: one bit for
// the length and first, middle and last bytes of each key. Most strings a
// page asks about are not keys (its words against the three words of the
// copyright set, its lines' first words against the first words of the
// phrase entries), and a bit test turns most of them away before the map
// hashes them.
type keySet struct {
	m      map[string]bool
	keys   []string // in the order added
	gate   gate
	maxLen int // the longest key's length in bytes
	// firsts holds the first word of each key of several words ("ein"
	// of "ein kommentar von"), for a caller that asks about the words
	// at a line's start: a line whose first word is none of them or a
	// key starts with no key.
	firsts *keySet
}

func newKeySet() *keySet { return &keySet{m: map[string]bool{}} }

func (s *keySet) add(k string) {
	if !s.m[k] {
		s.keys = append(s.keys, k)
	}
	s.m[k] = true
	s.gate.add(k)
	s.maxLen = max(s.maxLen, len(k))
	if first, _, several := strings.Cut(k, " "); several {
		if s.firsts == nil {
			s.firsts = newKeySet()
		}
		s.firsts.add(first)
	}
}

// has reports whether k is in s; a nil set has nothing.
func (s *keySet) has(k string) bool {
	return s != nil && s.gate.mayHave(k) && s.m[k]
}

// hasBytes is has for a key in bytes, looked up without a string made of
// them: the map index of a converted slice copies nothing.
func (s *keySet) hasBytes(k []byte) bool {
	return s != nil && s.gate.mayHave(string(k)) && s.m[string(k)]
}

// gateBits is the size of a gate: a few hundred keys leave most bits clear.
const gateBits = 4096

// gate is a one-hash Bloom filter over a string's shape.
type gate [gateBits / 64]uint64

func gateIndex(k string) uint32 {
	if k == "" {
		return 0
	}
	h := uint32(len(k))*0x9E3779B1 ^ uint32(k[0])<<16 ^ uint32(k[len(k)/2])<<8 ^ uint32(k[len(k)-1])
	return (h * 0x85EBCA6B) >> (32 - 12) // 12 bits: gateBits
}

func (g *gate) add(k string) {
	i := gateIndex(k)
	g[i/64] |= 1 << (i % 64)
}

// mayHave is false when k was never added.
func (g *gate) mayHave(k string) bool {
	i := gateIndex(k)
	return g[i/64]&(1<<(i%64)) != 0
}
