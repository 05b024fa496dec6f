package document

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
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
// numbers of the links: those it lists and those it skips; -1 when lines
// end in none.
//
// An entry is a number and an address, which starts with its scheme
// ("https:", "mailto:", "file:"). The browsers print an address as the
// page wrote it, spaces and line breaks and all
// ("mailto:?subject=…&body=Hello,", then the body's lines), and an image
// map's list under "[USEMAP]": lines that are no entry are part of the
// list, as long as entries outnumber them.
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
	for i := at + 1; i < len(lines); i++ {
		l := lines[i]
		switch strings.TrimSpace(l) {
		case "", "Visible links", "Visible links:", "Hidden links", "Hidden links:":
			continue
		}
		k, addr, ok := listedLink(l)
		if ok && schemeEnd(addr, 0) < 0 {
			// elinks lists a link with a title by its title, the
			// address on the next line after a tab.
			ok = i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t") && schemeEnd(lines[i+1][1:], 0) >= 0
			if ok {
				i++
			}
		}
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
	// elinks numbers links it does not list ("#" anchors, scripts): a
	// number up to the last listed is a link's.
	last := 0
	for k := range nums {
		last = max(last, k)
	}
	for k := 1; k < last; k++ {
		nums[k] = true
	}
	return at, nums
}

// listedLink reads an entry of a browser's list of links, "  12. https://…",
// and returns its number and what follows it.
func listedLink(l string) (int, string, bool) {
	t := strings.TrimLeft(l, " ")
	n, addr, ok := strings.Cut(t, ". ")
	if !ok || n == "" || len(n) > 6 || addr == "" {
		return 0, "", false
	}
	// The browsers right-align the number in four columns ("   1.",
	// "  12."), as no Markdown list is written: unscrape's own "1."
	// items are no dump's, whatever a first run left.
	if len(l)-len(t)+len(n) != max(4, len(n)) {
		return 0, "", false
	}
	k, err := strconv.Atoi(n)
	if err != nil || k <= 0 {
		return 0, "", false
	}
	return k, addr, true
}

// linkHeader returns the end of the lines from from on that a dump starts
// with to list the page's <link> elements, or from when it has none: lynx
// writes "#[1]alternate [2]Feed" and maybe more lines, to a blank one;
// elinks a line "Link: [1]canonical" for each (see relHeader for links).
// A reader of the page saw none of it.
func linkHeader(lines []string, from int) int {
	for from < len(lines) && strings.TrimSpace(lines[from]) == "" {
		from++
	}
	if from < len(lines) && numberedAfter(lines[from], "#") {
		for from < len(lines) && strings.TrimSpace(lines[from]) != "" {
			from++
		}
		return from
	}
	for from < len(lines) && numberedAfter(lines[from], "Link: ") {
		from++
	}
	return from
}

// relHeader is linkHeader for a text without link numbers: links, which
// numbers none, writes "Link: canonical" or "Link: next: <title>".
func relHeader(lines []string, from int) int {
	end := from
	for end < len(lines) && strings.TrimSpace(lines[end]) == "" {
		end++
	}
	if end == len(lines) || !isLinkRel(lines[end]) {
		return from
	}
	for end < len(lines) && isLinkRel(lines[end]) {
		end++
	}
	return end
}

// isLinkRel reports whether l, less its indentation, is "Link: " and a
// <link> element's rel, which is lower-case ("canonical", "next: Part 2").
func isLinkRel(l string) bool {
	t, ok := strings.CutPrefix(strings.TrimLeft(l, " "), "Link: ")
	return ok && t != "" && 'a' <= t[0] && t[0] <= 'z'
}

// numberedAfter reports whether l, less its indentation, is prefix and a
// link number ("[1").
func numberedAfter(l, prefix string) bool {
	t, ok := strings.CutPrefix(strings.TrimLeft(l, " "), prefix)
	return ok && len(t) >= 2 && t[0] == '[' && '0' <= t[1] && t[1] <= '9'
}

// IsAdSlot reports whether s is text browsers' empty <ins>, an ad's slot,
// once or more and nothing else: "[INS: :INS]" (lynx), "[INS::INS]" (w3m).
func IsAdSlot(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[INS:") {
		return false
	}
	for _, slot := range [...]string{"[INS: :INS]", "[INS::INS]"} {
		s = strings.ReplaceAll(s, slot, "")
	}
	return strings.TrimSpace(s) == ""
}

// withoutFrames blanks, in a dump's lines without their link numbers, a
// line "IFRAME:" alone and the frame's address that lynx prints under it,
// cut where it is wider than the page ("IFRAME:" / "https://embed.x.com/p"
// / "l.u-V9"): no reader saw either.
func withoutFrames(lines []string) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "IFRAME:" {
			continue
		}
		lines[i] = ""
		for k := i + 1; k < len(lines); k++ {
			t := strings.TrimSpace(lines[k])
			if t == "" || strings.ContainsAny(t, " \t") || k == i+1 && schemeEnd(t, 0) < 0 {
				break
			}
			lines[k] = ""
		}
	}
}

// lynxCaption starts the line lynx prints a table's caption on.
const lynxCaption = "CAPTION: "

// withoutPlaceholders returns l, a line of a dump, and the texts of its
// menu without what the browsers write in place of what they do not show:
// a picture without words as its file's name in brackets
// ("[logo-print.png]", "[1x1.trans.gif]", a data URL's tail) or as
// "[IMG]" (elinks), a button as "(BUTTON)", a frame as a line "IFRAME:
// <address>" (lynx) or "IFrame" (elinks), and an empty <ins>, an ad's
// slot (see IsAdSlot). A table's caption keeps its words without the
// label lynx puts before them ("CAPTION: Scheda del libro").
func withoutPlaceholders(l string, menu []string) (string, []string) {
	t := strings.TrimSpace(l)
	if t == "IFrame" || IsAdSlot(t) || strings.HasPrefix(t, "IFRAME: ") && !strings.Contains(t[len("IFRAME: "):], " ") {
		return "", nil
	}
	if c, ok := strings.CutPrefix(t, lynxCaption); ok && c != "" {
		l = l[:len(l)-len(strings.TrimLeft(l, " "))] + c
	}
	if !strings.Contains(l, "(BUTTON)") && !strings.Contains(l, "]") {
		return l, menu
	}
	out := placeholderFree(l)
	if strings.TrimSpace(out) == "" {
		return "", nil
	}
	var kept []string
	for _, m := range menu {
		if m = strings.TrimSpace(placeholderFree(m)); m != "" {
			kept = append(kept, m)
		}
	}
	if len(kept) < 2 {
		// A menu of one entry is a line of text; but a line that starts
		// with a button is a row of them ("(BUTTON) Reply (BUTTON)
		// Quote"), its own block: lynx prints it right under the
		// paragraph it follows, with no blank line to end that.
		kept = nil
		if strings.HasPrefix(strings.TrimSpace(l), "(BUTTON)") {
			kept = []string{strings.TrimSpace(out)}
		}
	}
	return out, kept
}

// withoutIMG returns lines, from skip on, without the "[IMG]" and the
// "IFrame" lines of a dump that lists no links (links2 -dump), which
// prints "[IMG]" for each picture without words (removed as a dump's
// placeholders are, see placeholderFree): a text with at least
// minIMGLines lines of them alone is such a dump. Other texts keep theirs.
func withoutIMG(lines []string, skip int) []string {
	n := 0
	for _, l := range lines[skip:] {
		if isIMGLine(l) {
			n++
		}
	}
	if n < minIMGLines {
		return lines
	}
	out := slices.Clone(lines)
	for i := skip; i < len(out); i++ {
		if isIMGLine(out[i]) {
			out[i] = ""
		} else if strings.Contains(out[i], "[IMG]") {
			out[i] = placeholderFree(out[i])
		}
	}
	return out
}

// fileNamed reports whether l is a word in brackets that names a file, not
// a thing: "[26e39cee-b5eb-46cd]", "[horarios20]", "[blank_1x1]" or
// "[autoracing]" (w3m names a picture without words by its file, cut to
// ten letters often), while "[Applause]" in a transcript and "[CNET]" over
// a logo are words.
func fileNamed(l string) bool {
	if len(l) < 2 || l[0] != '[' || l[len(l)-1] != ']' {
		return false
	}
	word := l[1 : len(l)-1]
	// An address in brackets (html-to-text prints a link's after its
	// words) is no picture's name.
	if strings.ContainsAny(word, " []/:.@") {
		return false
	}
	if strings.ContainsAny(word, "-_0123456789") {
		return true
	}
	lower, upperAfterLower := false, false
	for _, r := range word {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upperAfterLower = upperAfterLower || lower
		default:
			return false
		}
	}
	// All in lower case ("autoracing"), or a capital inside ("rtKFPZJyoY"):
	// a name's or a sentence's first word starts with its only capital.
	first, _ := utf8.DecodeRuneInString(word)
	return word == "" || !unicode.IsUpper(first) || upperAfterLower
}

// IsPictureLine reports whether Parse reads the line l as a picture's
// placeholder, which it drops where minIMGLines such lines stand in a
// text (see withoutIMG): a writer of Markdown escapes its bracket.
func IsPictureLine(l string) bool { return isIMGLine(l) }

// minIMGLines: a text with this many lines of "[IMG]" alone is a dump.
const minIMGLines = 2

// isIMGLine reports whether l is "IFrame", or one or more "[IMG]" (after a
// list's marker) and nothing else, or a picture's file name alone in
// brackets, as w3m prints a picture without words (see fileNamed).
func isIMGLine(l string) bool {
	// Most lines have none: a byte search rules them out before the
	// trimming, which every line of every page would pay.
	if !strings.Contains(l, "[IMG]") && !strings.Contains(l, "IFrame") {
		return strings.HasSuffix(l, "]") && fileNamed(strings.TrimSpace(l))
	}
	t := strings.TrimSpace(l)
	if t == "IFrame" {
		return true
	}
	t = strings.TrimLeft(t, "*+-0123456789. ")
	return strings.HasPrefix(t, "[IMG]") && strings.TrimSpace(strings.ReplaceAll(t, "[IMG]", "")) == ""
}

// minPlaceholder is the length from which a bracketed word is a data
// URL's tail ("[yH5BAEAAAAALAAAAAABAAEAAAIBRAA7]"): no page writes words
// that long in brackets.
const minPlaceholder = 20

// placeholderFree returns l without its "(BUTTON)"s and the bracketed
// names of its pictures (see isPlaceholder).
func placeholderFree(l string) string {
	l = strings.ReplaceAll(l, "(BUTTON) ", "")
	l = strings.ReplaceAll(l, "(BUTTON)", "")
	var sb strings.Builder
	from := 0
	for i := 0; i < len(l); i++ {
		if l[i] != '[' {
			continue
		}
		j := strings.IndexByte(l[i+1:], ']')
		if j < 0 {
			break
		}
		word := l[i+1 : i+1+j]
		if !isPlaceholder(word) {
			continue
		}
		sb.WriteString(l[from:i])
		from = i + j + 2
		if from < len(l) && l[from] == ' ' && (i == 0 || l[i-1] == ' ') {
			from++
		}
		i = from - 1
	}
	if from == 0 {
		return l
	}
	sb.WriteString(l[from:])
	return sb.String()
}

// pictureExtensions are the extensions of the files of pictures.
var pictureExtensions = map[string]bool{
	"png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true, "webp": true, "avif": true,
	"bmp": true, "ico": true, "tif": true, "tiff": true,
}

// isPlaceholder reports whether word, in brackets, is the name a browser
// gives a picture without words: one word, a file's name or a data URL's
// tail, or lynx's and elinks's words for a picture.
func isPlaceholder(word string) bool {
	if word == "" || strings.ContainsAny(word, " [") || strings.HasSuffix(word, ".") {
		return false // "[e.g.]" is an abbreviation
	}
	if len(word) >= minPlaceholder || word == "IMG" || word == "INLINE" || word == "IMAGE" {
		return true
	}
	if !strings.ContainsAny(word, "./?=;&") {
		return false
	}
	if !strings.ContainsAny(word, "/?=;&") && !pictureExtensions[strings.ToLower(word[strings.LastIndexByte(word, '.')+1:])] {
		// A dotted name is a picture's file's where its extension is a
		// picture's; a configuration's table ("[tool.poetry]") is a
		// line of code.
		return false
	}
	for _, r := range word {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// joinWrappedCrumbs joins to a line of links its last part that the
// browser wrapped onto the next line, which starts in small letters and
// has no link ("[18]Home » [19]DIY Projects » Chunky Floating Shelves" /
// "with a Hidden Cleat"): a breadcrumb's last crumb, the page's title,
// whose tail would stand alone, shaped like a headline. The next line
// becomes blank.
func joinWrappedCrumbs(lines []string, menus [][]string) {
	for i := 0; i+1 < len(lines); i++ {
		parts := menus[i]
		next := strings.TrimSpace(lines[i+1])
		if len(parts) < 2 || menus[i+1] != nil || next == "" || strings.Contains(next, "[") || !crumbParts(parts) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) || len(strings.Fields(parts[len(parts)-1]))+len(strings.Fields(next)) > 2*maxMenuWords {
			continue
		}
		parts[len(parts)-1] += " " + next
		lines[i] += " " + next
		lines[i+1] = ""
		i++
	}
}

// crumbParts reports whether parts, the links of a line, are a
// breadcrumb's: each but the last ends with the mark that leads to the
// next ("Home »", "DIY Projects »").
func crumbParts(parts []string) bool {
	for _, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, "»") && !strings.HasSuffix(p, ">") && !strings.HasSuffix(p, "›") && !strings.HasSuffix(p, "/") {
			return false
		}
	}
	return true
}

// maxMenuWords is the most words a link's text may have in a line that
// unnumbered takes for a menu.
const maxMenuWords = 5

// unnumbered returns l without the link numbers of nums: a "[6]" right
// before a link's text. A number before a space, the end of the line or a
// mark that ends a phrase is the page's own ("see footnote [1]."), unless
// it goes on the browser's count: *seen is the number of the last link
// seen, and the browser numbers links in the order they stand ("al-Tanf[32]
// reportedly", a link without words after [31]; "Twitter[45] @Spacedotcom",
// a link whose words start the next line). A number alone on its line
// stays: its line is all that is left of a link list, which the content
// filter reads as one. When l
// is nothing but links, of a few words each ("[1]Skip to main content
// [2]Home [3]News"), it also returns their texts: a menu, whose entries
// the browser set side by side. A link's text that ends in a comma is a
// phrase of a sentence ("[29]destroyed the economy, [30]bilked
// consumers"): a menu's entry does not.
func unnumbered(l string, nums map[int]bool, seen *int) (string, []string) {
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
		if j == i+1 || j >= len(l) || l[j] != ']' {
			continue
		}
		k, err := strconv.Atoi(l[i+1 : j])
		if err != nil || !nums[k] {
			continue
		}
		if j+1 == len(l) || strings.IndexByte(" \t.,;:!?)]", l[j+1]) >= 0 {
			if k != *seen+1 || *seen == 0 {
				continue
			}
			*seen = k
			if !hasWords(l[:i]) && !hasWords(l[j+1:]) {
				continue
			}
		}
		*seen = k
		before := strings.TrimSpace(l[from:i])
		if from == 0 && before != "" || len(strings.Fields(before)) > maxMenuWords || strings.HasSuffix(before, ",") {
			menu = false
		} else if from > 0 {
			parts = append(parts, before)
		}
		// lynx writes a superscript after a "^": a note's link. A
		// link without words before a mark leaves no space before it.
		text := strings.TrimSuffix(l[from:i], "^")
		if j+1 < len(l) && strings.IndexByte(".,;:!?)", l[j+1]) >= 0 {
			text = strings.TrimRight(text, " \t")
		}
		sb.WriteString(text)
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

// hasWords reports whether s has a letter, or a digit outside a link
// number's brackets.
func hasWords(s string) bool {
	inside := false
	for _, r := range s {
		switch {
		case r == '[':
			inside = true
		case r == ']':
			inside = false
		case unicode.IsLetter(r) || !inside && unicode.IsDigit(r):
			return true
		}
	}
	return false
}

// minDeepBullet is the indentation from which a line of a dump that starts
// with "o " is an item: lynx draws the items of a list nested three deep
// with "o" (at 15 columns) and four deep with "#" (at 20), where Markdown
// would read a word ("o presidente", at the margin of a paragraph, three
// columns in) and a heading.
const minDeepBullet = 12

// dumpBullets makes the items lynx draws with "o" and "#" list items.
func (p *parser) dumpBullets() {
	for i := range p.lines {
		l := &p.lines[i]
		if l.kind == lineBullet {
			// A form's checkbox before the item (lynx's "* [ ] 3 eggs").
			if rest := CutCheckbox(l.raw); rest != l.raw && rest != "" {
				l.raw = rest
			}
			continue
		}
		t := l.full
		if len(t) < 3 || t[1] != ' ' || !(t[0] == 'o' && l.indent >= minDeepBullet || t[0] == '#' && l.indent > 3) {
			continue
		}
		if text := strings.TrimSpace(t[2:]); text != "" {
			l.kind, l.level, l.raw, l.col, l.menu = lineBullet, 0, text, l.indent+2, nil
		}
	}
}

// minCentred is the indentation from which a line of a dump, alone between
// blank lines, is centred: paragraphs are indented by three.
const minCentred = 8

// dumpWidth is the width lynx, elinks and links centre a line in;
// minWrappedHeading is the fewest characters of a centred heading's
// first line where the browser wrapped it; maxHeadingLines bounds its
// lines.
const (
	dumpWidth         = 79
	minWrappedHeading = 70
	maxHeadingLines   = 3
)

// centredLines returns how many lines from ls[i] on, up to the next line
// that is no text, are a heading the browser wrapped and centred: at most
// maxHeadingLines, each centred in dumpWidth columns give or take one,
// the first minWrappedHeading characters long at least, the last set in
// minCentred columns or more; or 0.
func centredLines(ls []line, i int) int {
	n := 0
	for ; i+n < len(ls) && ls[i+n].kind == lineText && ls[i+n].menu == nil; n++ {
		l := &ls[i+n]
		w := utf8.RuneCountInString(l.full)
		if n == maxHeadingLines || n == 0 && w < minWrappedHeading || 2*l.indent+w < dumpWidth-1 || 2*l.indent+w > dumpWidth+1 {
			return 0
		}
	}
	if n < 2 || ls[i+n-1].indent < minCentred || statement(ls[i+n-1].raw) {
		return 0
	}
	return n
}

// statement reports whether s ends a statement or an exclamation, the
// emoji after it aside: a blog that centres its paragraphs wraps and
// centres its sentences too, where a headline ends in a word or asks.
func statement(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsSymbol(r) || unicode.In(r, unicode.Pe, unicode.Pf) || r == '"' || r == '\''
	})
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!")
}

// dumpHeadings makes the headings of a dump headings. lynx and elinks
// indent a page's text by three, centre its <h1> and set its other
// headings at the margin: a centred line alone between blank lines is a
// heading of level 1, and a line at the margin after a blank line, with
// the text indented again after it, one of level 2.
func (p *parser) dumpHeadings() {
	ls := p.lines
	for i := range ls {
		l := &ls[i]
		if l.kind != lineText || l.menu != nil || i > 0 && ls[i-1].kind != lineBlank {
			continue
		}
		if _, ok := CutDrawnBullet(l.raw); ok {
			// An item of a list nested deeper than the next (elinks
			// indents each level by five): no heading.
			continue
		}
		next := lineBlank
		if i+1 < len(ls) {
			next = ls[i+1].kind
		}
		if n := centredLines(ls, i); n > 1 {
			// A headline too long for one line, wrapped and each
			// line centred: the first nearly as wide as the page,
			// the last set in from the margin.
			for k := i + 1; k < i+n; k++ {
				l.raw += " " + ls[k].raw
				ls[k] = line{kind: linePart, no: ls[k].no}
			}
			l.kind, l.level = lineHeading, 1
			continue
		}
		switch {
		case l.indent >= minCentred && next == lineBlank:
			l.kind, l.level = lineHeading, 1
		case l.indent == 0 && (next == lineBlank || ls[i+1].indent > 0):
			l.kind, l.level = lineHeading, 2
		}
	}
}
