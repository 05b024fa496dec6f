package document

import (
	"strings"

	"golang.org/x/text/cases"
)

// Markdown also writes a link as "[text][label]", "[label][]" or "[label]"
// with its address on a line of its own, a link reference definition
// ("   [1]: https://example.org/r"): html2text does with
// --reference-links, pandoc with --reference-links, and people do in the
// Markdown they write. A reader sees the link's text and not the
// definition, and so must the filters: the definitions are read first and
// make no blocks, and a reference to one is a link as an inline link is.

// maxLabel is the longest link label CommonMark reads.
const maxLabel = 999

// definitions reads the link reference definitions of lines, outside the
// fenced code blocks code and before line from (front matter), and
// returns their addresses by normalised label (the first of a label's
// definitions counts) and which lines they take. As in CommonMark, a
// definition cannot go on a paragraph: it starts the text, or follows a
// blank line, a heading, a thematic break or another definition.
func definitions(lines []string, from int, code []span) (map[string]string, []bool) {
	var refs map[string]string
	var is []bool
	after := true // the line before may be followed by a definition
	for i := from; i < len(lines); i++ {
		if len(code) > 0 && code[0].open == i {
			i = code[0].close
			code = code[1:]
			after = true
			continue
		}
		l := lines[i]
		t := strings.TrimLeft(l, " ")
		if after && len(l)-len(t) <= 3 && strings.HasPrefix(t, "[") {
			if label, dest, ok := definitionAt(t); ok {
				if refs == nil {
					refs, is = map[string]string{}, make([]bool, len(lines))
				}
				if _, dup := refs[label]; !dup {
					refs[label] = dest
				}
				is[i] = true
				continue
			}
		}
		t = strings.TrimSpace(t)
		_, _, heading := atx(t)
		after = t == "" || heading || IsRule(t)
	}
	return refs, is
}

// definitionAt reads a line that may be a link reference definition,
// "[label]: dest" with an optional title, and returns its normalised
// label and its destination.
func definitionAt(s string) (label, dest string, ok bool) {
	end := labelEnd(s, 0)
	if end < 0 || end+1 >= len(s) || s[end+1] != ':' {
		return "", "", false
	}
	label = refLabel(s[1:end])
	if label == "" || label[0] == '^' {
		// "[^1]: …" is a footnote, as GitHub and pandoc write them.
		return "", "", false
	}
	k := skipSpaces(s, end+2)
	d0, d1, k, ok := destAt(s, k, k)
	if !ok || k == d0 {
		// A definition's destination is "<>" or not empty.
		return "", "", false
	}
	if t := skipSpaces(s, k); t < len(s) {
		// A title after a space, and nothing after it.
		if t == k {
			return "", "", false
		}
		if t, ok = titleAt(s, t, t); !ok || skipSpaces(s, t) != len(s) {
			return "", "", false
		}
	}
	return label, s[d0:d1], true
}

// labelEnd returns the index of the "]" that closes the link label whose
// "[" is s[i], or -1: a label holds no unescaped bracket and is at most
// maxLabel long.
func labelEnd(s string, i int) int {
	for j := i + 1; j < len(s) && j-i <= maxLabel+1; j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			return -1
		case ']':
			return j
		}
	}
	return -1
}

// refLabel returns the form labels are matched in: case folded, with
// every run of white space one space and none at the ends; "" for a label
// of white space only, which matches nothing.
func refLabel(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	return cases.Fold().String(s)
}

// refAt reads the reference that may follow the link text s[i+1:j],
// whose "]" is s[j]: "[label]" or "[]" after it, or nothing (a shortcut,
// "[label]" alone). It returns the address and the index after the
// reference, or how far it read and false.
func refAt(s string, i, j int, refs map[string]string) (dest string, end int, ok bool) {
	key, end := s[i+1:j], j+1
	if j+1 < len(s) && s[j+1] == '[' {
		k := labelEnd(s, j+1)
		if k < 0 {
			return "", j + 1, false
		}
		if k > j+2 {
			key = s[j+2 : k]
		}
		end = k + 1
	}
	if key == s[i+1:j] {
		// A shortcut or collapsed reference: the text is the label. A
		// text with brackets is none; nor, unlike in CommonMark, is a
		// number: html2text numbers its references and writes them in
		// full ("[text][1]"), and a "[1]" of its text is the page's
		// footnote mark, printed as it was.
		if labelEnd(s, i) != j || isDigits(key) {
			return "", j + 1, false
		}
	}
	dest, ok = refs[refLabel(key)]
	if !ok {
		return "", j + 1, false
	}
	return dest, end, true
}

func isDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
