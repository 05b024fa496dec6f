package lang

import (
	"slices"
	"testing"
)

// TestEachWordQuotes: the words are the same whatever quotation marks the
// quotes filter chose: marks at a word's edges are left out, marks between
// letters are apostrophes, and a narrow no-break space is nothing.
func TestEachWordQuotes(t *testing.T) {
	hashes := func(s string) []uint64 {
		var hs []uint64
		eachWord(s, func(h uint64) { hs = append(hs, h) })
		return hs
	}
	for _, c := range []struct{ a, b string }{
		{`'die' "Katze"`, "„Die“ «\u202fKatze\u202f»"},
		{"ete''''en de", "ete„“„“en de"},
		{"ete''en", "ete«\u202f»en"},
		{"don't", "don’t"},
	} {
		if a, b := hashes(c.a), hashes(c.b); !slices.Equal(a, b) {
			t.Errorf("%q reads %x, %q reads %x", c.a, a, c.b, b)
		}
	}
	if got, want := hashes("„Die“ don’t"), []uint64{wordHash("die"), wordHash("don't")}; !slices.Equal(got, want) {
		t.Errorf("„Die“ don’t reads %x, want %x", got, want)
	}
}
