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
	// Most lines are plain ASCII with single spaces: nothing to repair.
	if isPlain(s) && strings.IndexByte(s, '&') < 0 {
		return s, nil
	}
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
