package textfix

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

func TestLongerThan(t *testing.T) {
	for _, s := range []string{"", "abc", "äöü", "äöüß", "\xff\xfe", strings.Repeat("é", 300), strings.Repeat("é", 301), strings.Repeat("😀", 301)} {
		for _, n := range []int{0, 2, 3, 300, 1000} {
			if got, want := LongerThan(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Errorf("LongerThan(%q, %d) = %v", s, n, got)
			}
		}
	}
}

// TestHasMark: the byte scan finds a mark where ranging over runes does,
// for every rune alone, between letters, and as invalid UTF-8 around it.
func TestHasMark(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "ab" + string(r) + "c", "\xe2" + string(r), string(r) + "\x80"} {
			if got, want := hasMark(s), strings.ContainsFunc(s, isQuoteOrApostrophe); got != want {
				t.Fatalf("hasMark(%q) = %v", s, got)
			}
		}
	}
}
