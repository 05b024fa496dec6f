package lang

import (
	"fmt"
	"testing"
)

// TestKeySet checks that the gate never turns a key away and that the set
// answers like its map for strings that are not keys, gate open or shut.
func TestKeySet(t *testing.T) {
	s := newKeySet()
	keys := []string{"", "a", "copyright", "impressum", "lesen sie auch", "ü", "日本"}
	for i := range 300 {
		keys = append(keys, fmt.Sprintf("w%03d", i))
	}
	for _, k := range keys {
		s.add(k)
	}
	for _, k := range keys {
		if !s.has(k) {
			t.Errorf("has(%q) = false for a key", k)
		}
	}
	shut := 0
	for i := range 1000 {
		k := fmt.Sprintf("other%d", i)
		if s.has(k) {
			t.Errorf("has(%q) = true for a string that is no key", k)
		}
		if !s.gate.mayHave(k) {
			shut++
		}
	}
	// The gate is worth its bit test only if it turns most away.
	if shut < 800 {
		t.Errorf("gate turned away %d of 1000 strings that are no keys, want most", shut)
	}
	var none *keySet
	if none.has("a") {
		t.Error("a nil set has a key")
	}
}
