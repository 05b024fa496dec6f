package textfix

import (
	"testing"
	"unicode"
)

// TestRuneTables: the tables answer as the Unicode tables do, for every
// rune and beyond.
func TestRuneTables(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := ToLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("ToLower(%U) = %U, want %U", r, got, want)
		}
		if got, want := IsLetter(r), unicode.IsLetter(r); got != want {
			t.Fatalf("IsLetter(%U) = %v", r, got)
		}
		if got, want := IsDigit(r), unicode.IsDigit(r); got != want {
			t.Fatalf("IsDigit(%U) = %v", r, got)
		}
		if got, want := IsSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("IsSpace(%U) = %v", r, got)
		}
		if got, want := isDash(r), unicode.Is(unicode.Pd, r) || r == '\u2212'; got != want {
			t.Fatalf("isDash(%U) = %v", r, got)
		}
		if got, want := IsEdge(r), unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r); got != want {
			t.Fatalf("IsEdge(%U) = %v", r, got)
		}
	}
}
