package document

import "strings"

// Scrapers that write Markdown (html2text by default, and the readers
// that turn a page into Markdown for a model) write every link inline:
// "[Home](https://example.org/)", "[Share](https://twitter.com/intent/…)",
// "[![logo](/logo.png)](/)". A reader sees the link's text, and so must the
// filters: a menu entry or a share button is told by its words, and
// "[Share](…)" is not the phrase "Share". So a link is read as its text,
// and an image, which a reader sees as a picture and not as words, as
// nothing. The destination is not kept: unscrape writes text, not a page.

// Link is a link of a block's text: its text as it stands in the block's
// Text, and where it led. An autolink ("<https://…>") has its address for
// both.
type Link struct {
	Text string
	Dest string
	// At is where Text started in the block's Text as it was read (-1
	// in a table row): the renderer puts the link back there if the
	// text is still there, or else at the copy of Text nearest to it,
	// since a page's "here" or "read more" is seldom its only one.
	At int
}

// maxLinkText and maxLinkDest bound how far a "[" is read for the rest of a
// link: a line of many brackets that close nothing must not be read again
// from each of them to its end.
const (
	maxLinkText = 4 << 10 // html2text's linked picture has the alt text twice
	maxLinkDest = 4 << 10
)

// MaxLinkDest is the longest address Parse reads as a link's.
const MaxLinkDest = maxLinkDest - 1

// MaxLinkText is the longest link text that Parse reads back as a link's
// however it is written: a backslash may go before each byte, and a code
// span of c bytes in it takes up to 3c+4 with its backticks and spaces, so
// a text grows at most sevenfold.
const MaxLinkText = maxLinkText/8 - 1

// IsAutolink reports whether "<" + addr + ">" is a CommonMark autolink,
// which Parse reads as a link to addr with addr for its text.
func IsAutolink(addr string) bool {
	s := "<" + addr + ">"
	a, end, ok := autolinkAt(s, 0)
	return ok && end == len(s) && a == addr
}

// linkAt reads the inline link or image whose "[" is s[i]: "[text](dest)",
// "[text](<dest> "title")". It returns the link's text, the index after its
// ")", and whether there is one there; when there is none, end is how far
// it read, and no "[" before end starts a link either (near enough: links
// are read to be made text, and whatever is not is escaped, so a second
// run reads what the first wrote whichever way the first read it), but
// for the one at inner, if inner > 0: brackets that are no link around
// the start of one ("[ [167 comments](…) ]", as html2text writes a link
// the page put in brackets), or a "[" that nothing closes before one. See
// linkScan.
//
// With refs, the link may also be a reference to one of them (see refAt).
func linkAt(s string, i int, refs map[string]string) (text, dest string, end, inner int, ok bool) {
	j := i + 1
	depth := 1
	var open noClose
	linky := false // the first bracket inside closes before a "(" (or a "[")
	for ; j < len(s) && j-i <= maxLinkText; j++ {
		switch s[j] {
		case '\\':
			j++
			continue
		case '`':
			// A code span binds tighter: a bracket in it is code.
			j = skipCode(s, j, &open)
			continue
		case '[':
			depth++
			if depth == 2 && inner == 0 {
				inner = j
				if s[j-1] == '!' {
					inner-- // an image's "!["
				}
			}
		case ']':
			depth--
			if depth == 1 && !linky && inner > 0 && j+1 < len(s) {
				linky = s[j+1] == '(' || s[j+1] == '[' && refs != nil
				if !linky {
					inner = -1 // only the first bracket inside is tried
				}
			}
		}
		if depth == 0 {
			break
		}
	}
	if !linky {
		inner = 0
	}
	if depth != 0 {
		// A "[" that nothing closes ("a [ b [c](d)"): the link
		// inside may still be one.
		return "", "", j, inner, false
	}
	end = j
	if j+1 < len(s) && s[j+1] == '(' {
		if dest, end, ok = linkDest(s, j+2); ok {
			return s[i+1 : j], dest, end, 0, true
		}
	}
	if refs != nil {
		// An inline link's address first, as in CommonMark: "[a](b)"
		// with "a" defined is a link to b.
		if dest, k, ok := refAt(s, i, j, refs); ok {
			return s[i+1 : j], dest, k, 0, true
		}
	}
	return "", "", end, inner, false
}

// linkScan is where a reader of a line's links may find the next one.
type linkScan struct {
	tried int // no "[" before it starts a link
	again int // the end of the last brackets read again from inside
}

// may reports whether a "[" at i may start a link.
func (l *linkScan) may(i int) bool { return i >= l.tried }

// failed records that the "[" at i starts no link; linkAt said end and
// inner. The inside of failed brackets is read again only once, so a line
// of nested brackets is read in linear time.
func (l *linkScan) failed(i, end, inner int) {
	if inner > 0 && i >= l.again {
		l.tried, l.again = inner, end
		return
	}
	l.tried = end
}

// linkDest reads what follows a link's "(": spaces, the destination, an
// optional title, spaces and ")". It returns the destination as written
// (without its pointy brackets), the index after the ")", or how far it
// read.
func linkDest(s string, k int) (dest string, end int, ok bool) {
	start := k
	if t := skipSpaces(s, k); t > k && t < len(s) && (s[t] == '"' || s[t] == '\'') {
		// A title and no address: html2text's "[Share]( "Share on
		// WhatsApp")" for a link without href. CommonMark would take
		// "Share for the address and find no title after it.
		if e, ok := titleAt(s, t, start); ok {
			if e = skipSpaces(s, e); e < len(s) && s[e] == ')' {
				return "", e + 1, true
			}
		}
	}
	d0, d1, k, ok := destAt(s, skipSpaces(s, k), start)
	if !ok {
		return "", k, false
	}
	if k < len(s) && s[k] != ')' {
		// A title, after at least one space: "…", '…' or (…).
		t := skipSpaces(s, k)
		if t == k || t >= len(s) {
			return "", k, false
		}
		if s[t] != ')' {
			if t, ok = titleAt(s, t, start); !ok {
				return "", k, false
			}
			t = skipSpaces(s, t)
		}
		k = t
	}
	if k >= len(s) || s[k] != ')' {
		return "", k, false
	}
	return s[d0:d1], k + 1, true
}

// destAt reads the link destination that starts at s[k], an inline link's
// or a definition's: "<…>" on one line, or characters other than spaces
// and controls in which every "(" is closed, up to a ")" that closes none.
// It returns the destination's bounds (without pointy brackets) and the
// index after it, or how far it read; no destination reaches past
// start+maxLinkDest.
func destAt(s string, k, start int) (d0, d1, end int, ok bool) {
	if k < len(s) && s[k] == '<' {
		for j := k + 1; j < len(s); j++ {
			switch {
			case s[j] == '>':
				return k + 1, j, j + 1, true
			case s[j] == '<' || s[j] == '\n' || j-start > maxLinkDest:
				return 0, 0, j, false
			case s[j] == '\\':
				j++
			}
		}
		return 0, 0, len(s), false
	}
	parens := 0
	j := k
dest:
	for ; j < len(s); j++ {
		if j-start > maxLinkDest {
			return 0, 0, j, false
		}
		switch c := s[j]; {
		case c == '\\':
			j++
		case c == '(':
			parens++
		case c == ')' && parens == 0, c == ' ', c == '\t', c == '\n':
			break dest
		case c == ')':
			parens--
		case c < ' ' || c == 0x7f:
			return 0, 0, j, false
		}
	}
	j = min(j, len(s))
	return k, j, j, parens == 0
}

// titleAt reads the link title that starts at s[t]: "…", '…' or (…). It
// returns the index after it; no title reaches past start+maxLinkDest.
func titleAt(s string, t, start int) (int, bool) {
	closer := s[t]
	switch closer {
	case '"', '\'':
	case '(':
		closer = ')'
	default:
		return t, false
	}
	for t++; t < len(s) && s[t] != closer; t++ {
		if s[t] == '\\' {
			t++
		}
		if t-start > maxLinkDest {
			return t, false
		}
	}
	if t >= len(s) {
		return t, false
	}
	return t + 1, true
}

func skipSpaces(s string, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
		k++
	}
	return k
}

// autolinkAt reads the CommonMark autolink whose "<" is s[i]
// ("<https://example.org/>", as html2text writes a link whose text is its
// address) and returns the address, which is what a reader sees, and the
// index after the ">".
func autolinkAt(s string, i int) (addr string, end int, ok bool) {
	j := schemeEnd(s, i+1)
	if j < 0 {
		return "", 0, false
	}
	for k := j + 1; k < len(s) && k-i <= maxLinkDest; k++ {
		switch c := s[k]; {
		case c == '>':
			return s[i+1 : k], k + 1, true
		case c == '<' || c <= ' ' || c == 0x7f:
			return "", 0, false
		}
	}
	return "", 0, false
}

// schemeEnd returns the index of the ":" that ends the URL scheme s[i:]
// starts with ("https:", "mailto:"), or -1: a letter, then 1 to 31
// letters, digits, "+", "." or "-".
func schemeEnd(s string, i int) int {
	j := i
	for ; j < len(s) && j-i < 32; j++ {
		c := s[j]
		if !(isASCIILetter(c) || j > i && (c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			break
		}
	}
	if n := j - i; n < 2 || n > 32 || j >= len(s) || s[j] != ':' {
		return -1
	}
	return j
}

// IsBareAddress reports whether s is a web address ("scheme://…") and
// nothing else: a share button's or a picture's link that a converter
// printed as text. An address of a query alone ("?subject=…&body=…") is
// one too: a mail button's, its "mailto:" cut off.
func IsBareAddress(s string) bool {
	if len(s) > 1 && s[0] == '?' {
		return strings.IndexByte(s, '=') > 1 && !strings.ContainsAny(s, " \t\n")
	}
	k := schemeEnd(s, 0)
	return k > 0 && strings.HasPrefix(s[k:], "://") && len(s) > k+3 && !strings.ContainsAny(s, " \t\n")
}

// dataDest is how a link's destination that is a data URL starts.
const dataDest = "](data:"

// withoutDataURLs returns s with the data URLs that are link or image
// destinations cut to "data:". Writers of Markdown inline a page's icons
// and placeholders as data URLs tens of kilobytes long ("[![](data:
// image/svg+xml;base64,…)](/)"), which no reader sees and which would
// take a link's text or address past what linkAt reads.
func withoutDataURLs(s string) string {
	var sb strings.Builder
	for {
		k := strings.Index(s, dataDest)
		if k < 0 {
			break
		}
		k += len(dataDest)
		end := k
		for end < len(s) && s[end] != ')' && s[end] != ' ' && s[end] != '\n' && s[end] != '\t' && s[end] != '(' {
			end++
		}
		sb.WriteString(s[:k])
		s = s[end:]
	}
	if sb.Len() == 0 {
		return s
	}
	sb.WriteString(s)
	return sb.String()
}

// AddressNoteEnd returns the end of the address in brackets that s[i], a
// "[", starts, or -1: html-to-text (npm's) writes a link as its text and
// its address in brackets ("Read More [https://x.org/a]",
// "Europe [/blog/europe/]") and a picture as its address alone. A reader
// saw the text, and no address; unscrape keeps the text and drops the
// note, as it drops a text browser's link numbers. An address is one with
// a scheme ("https://", "mailto:", "data:"), a path ("/a", "#top", "./a";
// not "#123") or an e-mail address; "[sic]", "[1]" and "[…]" are no
// address. The renderer asks it too, to escape text that would read as
// one.
func AddressNoteEnd(s string, i int) int {
	if i+1 < len(s) && s[i+1] == '[' {
		// pandoc's plain text writes a linked picture without words
		// as its address in two pairs: "[[https://x.org/a.jpg]]".
		if end := AddressNoteEnd(s, i+1); end > 0 && end < len(s) && s[end] == ']' && (end+1 == len(s) || strings.IndexByte("([:{", s[end+1]) < 0) {
			return end + 1
		}
		return -1
	}
	j := i + 1
	for ; j < len(s) && s[j] != ']'; j++ {
		// A "[" inside ends the note: a line of brackets is read
		// once. So does a backslash: "\]" is a bracket, no note's end
		// (the renderer escapes a link's text so: "[/\]A](/)").
		if c := s[j]; c <= ' ' || c == '[' || c == '\\' || c == 0x7f || j-i > maxLinkDest {
			return -1
		}
	}
	if j >= len(s) || j == i+1 || !isAddress(s[i+1:j]) {
		return -1
	}
	// Markdown's "[a](b)", "[a][b]", "[a]:" and pandoc's "[a]{.b}" are
	// links, definitions and spans. Two addresses in brackets side by
	// side are two notes: html-to-text's for a lazily loaded picture,
	// its placeholder's address and its own ("[/img/blank.png][/img/a.jpg]").
	if j+1 < len(s) && (strings.IndexByte("(:{", s[j+1]) >= 0 || s[j+1] == '[' && !bracketedAddress(s[j+1:])) ||
		i > 0 && (s[i-1] == '!' || s[i-1] == ']' && !bracketedAddressBefore(s[:i])) {
		return -1
	}
	return j + 1
}

// bracketedAddress reports whether s starts with an address in brackets.
func bracketedAddress(s string) bool {
	end := strings.IndexByte(s, ']')
	return end > 1 && end <= maxLinkDest && isAddress(s[1:end]) && !strings.ContainsAny(s[1:end], "[ \t")
}

// bracketedAddressBefore reports whether s ends with an address in brackets.
func bracketedAddressBefore(s string) bool {
	start := strings.LastIndexByte(s, '[')
	return start >= 0 && len(s)-start <= maxLinkDest && bracketedAddress(s[start:]) && strings.IndexByte(s[start:], ']') == len(s)-start-1
}

// minQueryBytes: a share button's query printed alone is this long at
// least ("?subject=" and a headline); shorter, a line of "?a=b" may be a
// formula's or a snippet's.
const minQueryBytes = 24

// pictureLinkLines: how many lines under a linked picture's address
// html-to-text notes the same address after the link's text.
const pictureLinkLines = 4

// isLinkAddress reports whether lines[i] is a link's address alone on its
// line, not indented, that the reader saw nothing of, as html-to-text
// prints the address of a link around a picture without alt text:
//
//   - a share button's, which carries the page's address in its query
//     ("https://twitter.com/share?url=https://…"), or the e-mail button's
//     "mailto:?subject=…&body=…" without its scheme, only a query, whose
//     percent-encoded headline is no text ("?subject=Scientists%20use%20…");
//   - a teaser's card's (or an author's photo's): the address, the
//     headline under it, and the same address in brackets after the
//     headline ("https://x.org/a" / "Ferry resumes" / "[https://x.org/a]").
//     A link whose text is its address has the note right under it, and
//     the reader saw that address.
func isLinkAddress(lines []string, i int) bool {
	// Every line is asked: its first bytes rule most out. An indented
	// line goes on a list item or a quote, which a blank line would end.
	// Spaces at the end are not printed: the address is the same without
	// them, as it is when unscrape's output is cleaned again.
	l := lines[i]
	if n := len(l); n > 0 && (l[n-1] == ' ' || l[n-1] == '\t') {
		l = strings.TrimRight(l, " \t")
	}
	if l == "" || l[0] == ' ' {
		return false
	}
	if l[0] == '?' {
		return len(l) >= minQueryBytes && isAddress(l) && strings.IndexByte(l, '%') > 0 && !strings.ContainsAny(l, " \t")
	}
	// Both are web addresses.
	if !strings.HasPrefix(l, "http") || !IsBareAddress(l) {
		return false
	}
	if q := strings.IndexByte(l, '?'); q > 0 && len(l) >= minQueryBytes &&
		(strings.Contains(l[q:], "=http") || strings.Contains(l[q:], "=www.")) {
		return true
	}
	if i+1 == len(lines) || strings.HasPrefix(strings.TrimSpace(lines[i+1]), "[") {
		return false
	}
	note := "[" + l + "]"
	for _, n := range lines[i+1 : min(i+1+pictureLinkLines, len(lines))] {
		if strings.Contains(n, note) {
			return true
		}
	}
	return false
}

// isAddress reports whether a, a word in brackets, is an address.
func isAddress(a string) bool {
	switch {
	case a[0] == '/', strings.HasPrefix(a, "./"), strings.HasPrefix(a, "../"):
		return true
	case a[0] == '?':
		// Only a query, as an e-mail share button's (see isLinkAddress).
		return len(a) > 2 && isASCIILetter(a[1]) && strings.IndexByte(a, '=') > 1
	case a[0] == '#':
		// An anchor ("#top"), not an issue's number ("[#123]").
		return len(a) > 1 && isASCIILetter(a[1])
	}
	if k := schemeEnd(a, 0); k > 0 {
		switch strings.ToLower(a[:k]) {
		case "http", "https", "ftp", "mailto", "tel", "data", "javascript":
			return true
		}
		return strings.HasPrefix(a[k:], "://")
	}
	at := strings.IndexByte(a, '@')
	return at > 0 && strings.LastIndexByte(a, '@') == at && strings.IndexByte(a[at:], '.') > 1
}
