package textfix

import (
	"html"
	"strings"
)

// maxEntity bounds the name of an entity; the longest HTML5 name is 31
// characters ("CounterClockwiseContourIntegral").
const maxEntity = 32

// Entities decodes HTML character references, named ("&eacute;") and
// numeric ("&#233;", "&#xE9;"), that end with a semicolon. References
// without one are left alone: in scraped text "&copy" is more often part of
// a URL's query than a sign. Text that was escaped twice ("&amp;quot;") is
// decoded to the end, which keeps the repair idempotent.
func Entities(s string) string {
	for strings.IndexByte(s, '&') >= 0 {
		t := entitiesOnce(s)
		if t == s {
			break
		}
		s = t
	}
	return s
}

func entitiesOnce(s string) string {
	var sb strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		n := referenceLen(s[i:])
		if n == 0 {
			continue
		}
		ref := s[i : i+n]
		dec := html.UnescapeString(ref)
		if dec == ref {
			continue
		}
		if sb.Len() == 0 {
			sb.Grow(len(s))
		}
		sb.WriteString(s[last:i])
		sb.WriteString(dec)
		last = i + n
		i += n - 1
	}
	if last == 0 {
		return s
	}
	sb.WriteString(s[last:])
	return sb.String()
}

// referenceLen returns the length of the character reference s starts with
// ("&name;", "&#123;", "&#x1F;"), or 0.
func referenceLen(s string) int {
	i := 1
	digits := isAlnum
	min := 1
	if i < len(s) && s[i] == '#' {
		i++
		digits = isDigit
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i++
			digits = isHex
		}
	} else if i >= len(s) || !isAlpha(s[i]) {
		return 0
	} else {
		min = 2
	}
	start := i
	for i < len(s) && i-start < maxEntity && digits(s[i]) {
		i++
	}
	if i-start < min || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }
func isHex(c byte) bool   { return isDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f') }
