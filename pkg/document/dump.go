package document

import (
	"strconv"
	"strings"
)

// Text browsers dump a page with its links numbered: lynx -dump and elinks
// -dump write "[6]harbour ferry" where a link starts, and at the end a list
// of the addresses under a line "References":
//
//	References
//
//	   Visible links:
//	   1. https://example.org/news/ferry#main
//	   …
//	   Hidden links:
//	  11. https://example.org/terms
//
// A reader of the page saw neither: Parse drops the list and the numbers it
// lists. The text is a page's text, not Markdown (lynx sets list items with
// "*" too).

// dumpReferences returns the index of the "References" line that starts a
// text browser's list of link addresses at the end of lines, and the
// numbers it lists; -1 when lines end in none.
//
// The browsers print an address as the page wrote it, spaces and line
// breaks and all ("mailto:?subject=…&body=Hello,", then the body's lines),
// and an image map's list under "[USEMAP]": lines that are no entry are
// part of the list, as long as entries outnumber them.
func dumpReferences(lines []string) (int, map[int]bool) {
	at := len(lines) - 1
	for at >= 0 && lines[at] != "References" {
		at--
	}
	if at < 0 {
		return -1, nil
	}
	var nums map[int]bool // made at the first entry: most texts have none
	other := 0
	for _, l := range lines[at+1:] {
		switch strings.TrimSpace(l) {
		case "", "Visible links", "Visible links:", "Hidden links", "Hidden links:":
			continue
		}
		k, ok := listedLink(l)
		switch {
		case ok:
			if nums == nil {
				nums = map[int]bool{}
			}
			nums[k] = true
		case nums == nil:
			return -1, nil // the list starts with an entry
		default:
			other++
		}
	}
	if len(nums) == 0 || other > len(nums) {
		return -1, nil
	}
	return at, nums
}

// listedLink reads an entry of a browser's list of links, "  12. https://…",
// and returns its number.
func listedLink(l string) (int, bool) {
	t := strings.TrimLeft(l, " ")
	n, addr, ok := strings.Cut(t, ". ")
	if !ok || n == "" || len(n) > 6 {
		return 0, false
	}
	// The browsers right-align the number in four columns ("   1.",
	// "  12."), as no Markdown list is written: unscrape's own "1."
	// items are no dump's, whatever a first run left.
	if len(l)-len(t)+len(n) != max(4, len(n)) {
		return 0, false
	}
	k, err := strconv.Atoi(n)
	if err != nil || k <= 0 || !hasScheme(addr) {
		return 0, false
	}
	return k, true
}

// hasScheme reports whether addr starts with a URL's scheme ("https:",
// "mailto:", "file:"), as every address a browser lists does.
func hasScheme(addr string) bool {
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// maxMenuWords is the most words a link's text may have in a line that
// unnumbered takes for a menu.
const maxMenuWords = 5

// unnumbered returns l without the link numbers of nums: a "[6]" right
// before a link's text. A number before a space, the end of the line or a
// mark that ends a phrase is the page's own ("see footnote [1]."). When l
// is nothing but links, of a few words each ("[1]Skip to main content
// [2]Home [3]News"), it also returns their texts: a menu, whose entries
// the browser set side by side.
func unnumbered(l string, nums map[int]bool) (string, []string) {
	var sb strings.Builder
	var parts []string
	menu := true
	from := 0
	for i := 0; i < len(l); i++ {
		if l[i] != '[' {
			continue
		}
		j := i + 1
		for j < len(l) && j-i <= 6 && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		if j == i+1 || j+1 >= len(l) || l[j] != ']' || strings.IndexByte(" \t.,;:!?)]", l[j+1]) >= 0 {
			continue
		}
		if k, err := strconv.Atoi(l[i+1 : j]); err != nil || !nums[k] {
			continue
		}
		before := strings.TrimSpace(l[from:i])
		if from == 0 && before != "" || len(strings.Fields(before)) > maxMenuWords {
			menu = false
		} else if from > 0 {
			parts = append(parts, before)
		}
		// lynx writes a superscript after a "^": a note's link.
		sb.WriteString(strings.TrimSuffix(l[from:i], "^"))
		from = j + 1
		i = j
	}
	if from == 0 {
		return l, nil
	}
	last := strings.TrimSpace(l[from:])
	sb.WriteString(l[from:])
	if !menu || len(parts) == 0 || len(strings.Fields(last)) > maxMenuWords {
		return sb.String(), nil
	}
	return sb.String(), append(parts, last)
}

// minCentred is the indentation from which a line of a dump, alone between
// blank lines, is centred: paragraphs are indented by three.
const minCentred = 8

// centredHeadings makes the centred lines of a dump headings of level 1:
// lynx centres a page's <h1>, and sets its other headings at the margin
// with the text indented (which the headings filter reads as any short
// line between paragraphs).
func (p *parser) centredHeadings() {
	ls := p.lines
	for i := range ls {
		l := &ls[i]
		if l.kind != lineText || l.indent < minCentred || l.menu != nil ||
			i > 0 && ls[i-1].kind != lineBlank || i+1 < len(ls) && ls[i+1].kind != lineBlank {
			continue
		}
		l.kind, l.level = lineHeading, 1
	}
}
