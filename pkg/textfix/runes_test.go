package textfix

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// TestSettled: every text of two runes that settled passes the repairs
// leave as it is. Two runes are what its rules look at together (a
// mojibake lead and the rune after it, a space after a space, a mark
// that composes with the rune before it); the runes are those it decides
// on and their neighbours in the code chart.
func TestSettled(t *testing.T) {
	var rs []rune
	for r := rune(0); r < 0x380; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x2000); r < 0x2080; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, 0x3000, 0x3099, 0x1100, 0x1161, 0x11A8, 0xFB01, 0xFF0C, 0xFF21, 0xFFFD, 0x1F600)
	// Every letter of the smaller ranges, and a sample of the large ones.
	for _, g := range settledRanges {
		step := max(1, (g.hi-g.lo)/64)
		for r := g.lo; r <= g.hi; r += step {
			rs = append(rs, r)
		}
	}
	n := 0
	for _, a := range rs {
		for _, b := range rs {
			s := string(a) + string(b)
			if !settled(s) {
				continue
			}
			n++
			if got, names := repairChain(s); got != s {
				t.Fatalf("settled(%q), but %v change it to %q", s, names, got)
			}
		}
	}
	// Most pairs of the chart's letters and punctuation are settled.
	if n < len(rs)*len(rs)/2 {
		t.Errorf("%d of %d pairs settled, want most", n, len(rs)*len(rs))
	}
	for _, s := range []string{"\xff", "a\xc3", "Ã©", "Â ", "a  b", " a", "a ", "&amp;", "ﬁ", "Ａ", "e\u0301", "a\u00a0b", "a\u00adb", "\u202f«", "a&#233;b", "Привет\u0483", "か\u3099", "한\u11a8", "日本，"} {
		if settled(s) {
			t.Errorf("settled(%q) = true, want the repairs to look", s)
		}
	}
}

// TestSettledRanges: every rune settled answers for in settledRanges is
// in normalisation form C, a starter, and left alone by the repairs on its
// own and between letters; lines of prose in those scripts are settled.
func TestSettledRanges(t *testing.T) {
	prev := rune(0)
	for _, g := range settledRanges {
		if g.lo <= prev || g.hi < g.lo {
			t.Fatalf("settledRanges out of order at %U-%U", g.lo, g.hi)
		}
		prev = g.hi
		for r := g.lo; r <= g.hi; r++ {
			s := string(r)
			if !inSettledRange(r) {
				t.Fatalf("inSettledRange(%U) = false", r)
			}
			if !settled("a" + s + "b") {
				continue // a space or an invisible: the repairs look
			}
			if p := norm.NFC.PropertiesString(s); p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(s) {
				t.Errorf("%U is settled but not a normalised starter", r)
			}
			for _, s := range []string{s, "a" + s + "b", s + s} {
				if got, names := repairChain(s); got != s {
					t.Errorf("settled(%q), but %v change it to %q", s, names, got)
				}
			}
		}
	}
	for _, s := range []string{"Terms & Conditions", "AT&T", "Привет, мир — «Ёлка».", "日本語のテキストです。", "「東京」", "한국어 문장입니다."} {
		if !settled(s) {
			t.Errorf("settled(%q) = false, want true", s)
		}
	}
}

// TestSingleSpaced: isPlain, by SingleSpaced's table, answers as its
// definition does for every string of two bytes and a space around them.
func TestSingleSpaced(t *testing.T) {
	plain := func(s string) bool {
		if strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
			return false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] > 0x7E {
				return false
			}
		}
		return true
	}
	for a := range 256 {
		for b := range 256 {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), string([]byte{'x', byte(a), ' ', byte(b), 'y'})} {
				if got, want := isPlain(s), plain(s); got != want {
					t.Fatalf("isPlain(%q) = %v", s, got)
				}
			}
		}
	}
}

// TestLeadByte: every rune isLead accepts is written with the byte 0xC3,
// which quotesSettled looks for before it asks hasLead.
func TestLeadByte(t *testing.T) {
	for r := rune(0); r < 0x800; r++ {
		if isLead(r) && string(r)[0] != 0xC3 {
			t.Errorf("isLead(%U), but it is written %x", r, string(r))
		}
	}
}
