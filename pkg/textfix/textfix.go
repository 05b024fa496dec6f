// Package textfix holds pure string repairs on top of golang.org/x/text:
// HTML entities, mojibake, Unicode normalisation, ligatures, full-width
// forms, invisible and control characters, odd spaces, and quotation marks
// in a language's style.
//
// Every function takes any string, returns valid UTF-8 and is idempotent:
// applied to its own result it changes nothing.
package textfix

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Repair applies every character repair in order: HTML entities, mojibake,
// NFC, ligatures, full-width ASCII, then invisible characters and spaces.
// One repair can reveal work for another (an entity that decodes to
// mojibake, a soft hyphen inside an entity), so the chain runs until
// nothing changes.
func Repair(s string) string {
	t, _ := RepairNamed(s)
	return t
}

// repairs are Repair's steps in order, with the names RepairNamed reports.
var repairs = []struct {
	name string
	fix  func(string) string
}{
	{"HTML entities", Entities},
	{"mojibake", Mojibake},
	{"NFC", NFC},
	{"ligatures", Ligatures},
	{"full-width", Width},
	{"spaces", Spaces},
}

// RepairNamed is Repair that also names the repairs that changed
// something, in order, for --explain.
func RepairNamed(s string) (string, []string) {
	if settled(s) {
		return s, nil
	}
	return repairChain(s)
}

// repairChain is RepairNamed without the look that finds most lines need
// nothing.
func repairChain(s string) (string, []string) {
	var names []string
	if t := ValidUTF8(s); t != s {
		names = append(names, "invalid UTF-8")
		s = t
	}
	for range maxRounds {
		changed := false
		for _, r := range repairs {
			t := r.fix(s)
			if t == s {
				continue
			}
			changed = true
			s = t
			if !slices.Contains(names, r.name) {
				names = append(names, r.name)
			}
		}
		if !changed {
			break
		}
	}
	return s, names
}

// settled reports, in one pass, that no repair would change s: each
// repair looks for its own work first, but a line of prose is most lines of
// most pages, and reading it seven times to find nothing was a tenth of
// unscrape's time. It answers for the runes most text is made of and
// leaves the rest to the repairs (false): the runes below the combining
// marks (U+0300), the general punctuation up to U+205E and the letters of
// settledRanges are each in normalisation form C whatever their
// neighbours, and no ligature or full-width form is among them; an "&"
// that does not start a character reference is left alone by the entity
// repair. TestSettled and FuzzRepair check that the repairs leave every
// settled text as it is.
func settled(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev, lead := rune(0), false
	for i := 0; i < len(s); {
		if plainByte[s[i]] {
			// A run of printable ASCII but spaces and "&": no
			// repair looks at it, and none of it is a lead.
			for i++; i < len(s) && plainByte[s[i]]; i++ {
			}
			prev, lead = rune(s[i-1]), false
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if size == 1 || r >= 0x300 && !inSettledRange(r) ||
				IsSpace(r) || unicode.Is(unicode.Zs, r) || isInvisible(r) || unicode.IsControl(r) {
				return false
			}
		} else if r < 0x20 || r == 0x7F || r == '&' && referenceLen(s[i:]) > 0 || r == ' ' && prev == ' ' {
			return false
		}
		// What Mojibake looks for (hasLead).
		if lead && followsLead(r) {
			return false
		}
		lead = isLead(r)
		prev = r
		i += size
	}
	return true
}

// plainByte marks the printable ASCII bytes but the space and "&", which
// settled passes in runs.
var plainByte = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = c != '&'
	}
	return t
}()

// settledRanges are the runes at or above U+0300 that settled answers
// for, in order: each is a starter (canonical combining class 0) that is
// in normalisation form C and composes with nothing after it, so a run of
// them is normalised as it stands; none is a space, an invisible, a
// ligature or a full-width form. They are the general punctuation and the
// letters of Cyrillic, Chinese, Japanese and Korean prose, whose lines
// would otherwise all go through the seven repairs. The Cyrillic
// combining marks (U+0483–U+0489) and the kana voicing marks (U+3099,
// U+309A) are left out. TestSettledRanges checks each rune's properties.
var settledRanges = [...]struct{ lo, hi rune }{
	{0x0400, 0x0482}, // Cyrillic
	{0x048A, 0x052F}, // Cyrillic, Cyrillic Supplement
	{0x2010, 0x205E}, // General Punctuation (dashes, quotes, ellipsis)
	{0x3001, 0x3003}, // CJK commas and full stop
	{0x3008, 0x3011}, // CJK brackets
	{0x3041, 0x3096}, // Hiragana
	{0x30A1, 0x30FA}, // Katakana
	{0x30FC, 0x30FC}, // Katakana prolonged sound mark
	{0x4E00, 0x9FFF}, // CJK Unified Ideographs
	{0xAC00, 0xD7A3}, // Hangul Syllables
}

// inSettledRange reports whether r is in one of settledRanges.
func inSettledRange(r rune) bool {
	for _, g := range settledRanges {
		if r < g.lo {
			return false
		}
		if r <= g.hi {
			return true
		}
	}
	return false
}

// maxRounds bounds Repair's loop. Each round that changes anything shortens
// the text or decodes a layer of damage, and real text settles in two.
const maxRounds = 8

// ValidUTF8 replaces each invalid byte of s with U+FFFD, so that every
// repair can range over runes without surprises.
func ValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// NFC returns s in Unicode normalisation form C.
func NFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}
