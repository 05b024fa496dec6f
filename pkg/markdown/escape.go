package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/textfix"
)

// Escape returns text with every character escaped that CommonMark would
// read as syntax where the text stands: inline markers anywhere, block
// markers at the start of the line.
func Escape(text string) string {
	return escapeInline(text, inlines{}, inBlock)
}

// context is where a text is written, which decides what in it is syntax.
type context int

const (
	inBlock   context = iota // a paragraph's, an item's, a quote's or a cell's: block markers at its start
	inHeading                // a heading's, after its "#": none
	inCaption                // a caption's, between the stars that make it one
	// inBroken is a line of a paragraph or a quote broken into lines
	// (see document.Block.Break): a star or an underscore may pair with
	// one on the line above or below, which the line alone does not
	// show, so every one that may delimit is escaped.
	inBroken
)

// inlines are the links and code spans a text is written with.
type inlines struct {
	links []document.Link
	code  []document.CodeSpan
}

// escapeInline escapes text as Escape does, or as a heading's text, and
// writes its code spans as code and its links around their texts where it
// finds them, in order: a code span as it stands, a link around a whole
// word or words of text (see document.Link and findLink) that do not cut
// a code span in two. A link whose text is gone, or whose address cannot
// be written back as it was read, is left out: its text stays.
func escapeInline(text string, in inlines, ctx context) string {
	if len(in.links) == 0 && len(in.code) == 0 {
		// Most blocks: nothing to place, no line start to read twice.
		return escapePlaced(text, nil, nil, ctx)
	}
	from := 0
	if ctx != inHeading {
		from = len(text) - len(restAfterLineStart(text))
	}
	code := placeCode(text, from, in.code)
	var ps []placed
	for _, l := range in.links {
		if !writable(l) {
			continue
		}
		if i, end := findLink(text, from, l); i >= 0 && !cuts(code, i, end) {
			ps = append(ps, placed{i, end, l})
			from = end
		}
	}
	return escapePlaced(text, ps, code, ctx)
}

// placed is a link and where its text stands in the text it is written
// in: text[at:end], which may differ from the link's as the filters left
// it (see findLink).
type placed struct {
	at, end int
	l       document.Link
}

// span is where a code span stands in the text it is written in.
type span struct{ at, end int }

// placeCode places code spans in text (see document.FindCode). A span
// right after another is text: the backticks of the two would be one
// string, and CommonMark would read one span from the first backtick to
// the last (a link's text can hold code and be gone, "`a`[`b`]()").
func placeCode(text string, from int, code []document.CodeSpan) []span {
	var out []span
	for _, c := range document.FindCode(text, from, code) {
		if len(out) > 0 && out[len(out)-1].end == c.At {
			continue
		}
		out = append(out, span{c.At, c.At + len(c.Text)})
	}
	return out
}

// cuts reports whether the text from at to end, a link's, has one end
// inside a code span or stands in one: a link holds a code span whole or
// not at all.
func cuts(code []span, at, end int) bool {
	for _, c := range code {
		if c.at < end && at < c.end && (c.at < at || c.end > end) {
			return true
		}
	}
	return false
}

// escapePlaced escapes text as escapeInline does, with the links ps and
// the code spans code already placed in it.
func escapePlaced(text string, ps []placed, code []span, ctx context) string {
	var sb strings.Builder
	sb.Grow(len(text) + 8)
	// The text's own brackets are escaped only in a text that has a
	// link written in it.
	e := escaper{whole: text, brackets: len(ps) > 0, code: code, caption: ctx == inCaption, broken: ctx == inBroken}
	from := 0
	if ctx != inHeading {
		sb.WriteString(escapeLineStart(text))
		from = len(text) - len(restAfterLineStart(text))
	}
	for _, p := range ps {
		if p.at > from && text[p.at-1] == '!' {
			// "!" and the link's "[" would make an image.
			e.write(&sb, from, p.at-1)
			sb.WriteString(`\!`)
		} else {
			e.write(&sb, from, p.at)
		}
		if p.l.Text == p.l.Dest && text[p.at:p.end] == p.l.Text && document.IsAutolink(p.l.Dest) {
			sb.WriteString("<" + p.l.Dest + ">")
		} else {
			sb.WriteByte('[')
			e.write(&sb, p.at, p.end)
			sb.WriteString("](" + p.l.Dest + ")")
		}
		from = p.end
	}
	e.write(&sb, from, len(text))
	s := sb.String()
	if ctx == inBroken {
		return escapeEmphasisRounds(s, 0, len(s), 0)
	}
	return escapeEmphasis(s, 0, len(s))
}

// escapeEmphasis escapes the stars and underscores of s[from:to], a line
// of inline Markdown, that a reader would take for emphasis (see
// document.Delimiters), and only those: "_config.yml", "@_handle",
// "snake_case_", a censored "f**k", "3 * 4" and a footnote's "Price*" are
// written as they are. Escaping one may free another to pair ("_a _b_"),
// so it reads the line again until none pairs.
func escapeEmphasis(s string, from, to int) string {
	return escapeEmphasisRounds(s, from, to, maxEmphasisRounds)
}

// hasEmphasisMarker reports whether s has a "*" or "_": two byte searches,
// which are vector instructions, where IndexAny reads byte by byte.
func hasEmphasisMarker(s string) bool {
	return strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, '_') >= 0
}

// maxEmphasisRounds bounds how often escapeEmphasis reads a line again.
// Lines where escaping frees more than one or two markers are made up
// (a fuzzer's); a line made to free one pair a round would be read once
// for each. After that many rounds, every marker that could delimit in
// any reading is escaped at once (document.MayDelimit).
const maxEmphasisRounds = 8

func escapeEmphasisRounds(s string, from, to, rounds int) string {
	for r := 0; hasEmphasisMarker(s[from:to]); r++ {
		var d []bool
		if r < rounds {
			d = document.Delimiters(s)
		} else {
			d = document.MayDelimit(s)
		}
		if d == nil {
			return s
		}
		var sb strings.Builder
		last, n := 0, 0
		for i := from; i < to; i++ {
			if (s[i] == '_' || s[i] == '*') && d[i] {
				sb.WriteString(s[last:i])
				sb.WriteByte('\\')
				last, n = i, n+1
			}
		}
		if n == 0 {
			return s
		}
		sb.WriteString(s[last:])
		s, to = sb.String(), to+n
	}
	return s
}

// placeInCells places a table row's code spans and then its links in its
// cells, in order: each where its text stands first from where the one
// before it ended, in that cell or a later one, a link's as whole words
// and not cutting a code span. It leaves out what it does not find, and
// what has a "|", which would end the cell: a code span's is not escaped
// in the code, and GitHub's tables unescape it before they read the code.
func placeInCells(cells []string, in inlines) ([][]placed, [][]span) {
	code := make([][]span, len(cells))
	k, from := 0, 0 // the cell and the offset the next span is looked for at
	for _, c := range in.code {
		if strings.Contains(c.Text, "|") {
			continue
		}
		for n, off := k, from; n < len(cells); n, off = n+1, 0 {
			if i := strings.Index(cells[n][off:], c.Text); i >= 0 {
				i += off
				// As placeCode: one right after another is text.
				if cs := code[n]; len(cs) == 0 || cs[len(cs)-1].end != i {
					code[n] = append(code[n], span{i, i + len(c.Text)})
				}
				k, from = n, i+len(c.Text)
				break
			}
		}
	}
	links := make([][]placed, len(cells))
	k, from = 0, 0
	for _, l := range in.links {
		if !writable(l) || strings.Contains(l.Dest, "|") {
			continue
		}
		for n, off := k, from; n < len(cells); n, off = n+1, 0 {
			if i, end := findLink(cells[n], off, l); i >= 0 && !cuts(code[n], i, end) {
				links[n] = append(links[n], placed{i, end, l})
				k, from = n, end
				break
			}
		}
	}
	return links, code
}

// writable reports whether a link can be written as "[text](dest)" or
// "<dest>" and read back as it was: its address has no space, control,
// pointy bracket, backslash or backtick (which could pair with one after
// it as a code span, which binds tighter than a link), its parentheses
// are balanced, and neither it nor the text is longer than document.Parse
// reads.
func writable(l document.Link) bool {
	if l.Dest == "" || l.Text == "" || len(l.Dest) > document.MaxLinkDest || len(l.Text) > document.MaxLinkText {
		return false
	}
	depth := 0
	for i := 0; i < len(l.Dest); i++ {
		switch c := l.Dest[i]; {
		case c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '\\' || c == '`':
			return false
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// findLink returns where l's text stands in s, at or after from, as
// whole words, the copy nearest to where it was read (l.At): as it was
// read, or else as the filters may have left it, repaired as the unicode
// filter repairs text ("&amp;") and with its quotation marks and
// apostrophes in any style ("Here's why" in a headline the quotes filter
// made "Here’s why"). It returns -1 when it finds none.
func findLink(s string, from int, l document.Link) (at, end int) {
	if i := wordIndexNear(s, from, l.Text, l.At); i >= 0 {
		return i, i + len(l.Text)
	}
	sub := textfix.Repair(l.Text)
	if sub == l.Text && !strings.ContainsFunc(sub, textfix.IsQuote) {
		return -1, -1 // as it was read, or not at all
	}
	at, end = -1, -1
	for i := from; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			continue
		}
		n := matchQuotes(s[i:], sub)
		if n <= 0 || joins(s[:i], s[i:i+n]) || joins(s[i:i+n], s[i+n:]) {
			continue
		}
		if l.At < 0 {
			return i, i + n
		}
		if at < 0 || abs(i-l.At) < abs(at-l.At) {
			at, end = i, i+n
		}
	}
	return at, end
}

// matchQuotes returns the length of the start of s that reads as sub with
// any quotation mark for any other, and the narrow no-break spaces the
// French style sets inside guillemets as nothing, or 0 when s does not
// start so.
func matchQuotes(s, sub string) int {
	i, j := 0, 0
	for j < len(sub) {
		if i >= len(s) {
			return 0
		}
		r1, n1 := utf8.DecodeRuneInString(s[i:])
		r2, n2 := utf8.DecodeRuneInString(sub[j:])
		switch {
		case r1 == r2, textfix.IsQuote(r1) && textfix.IsQuote(r2):
			i, j = i+n1, j+n2
		case textfix.IsQuoteSpace(r1) && i > 0:
			i += n1
		case textfix.IsQuoteSpace(r2):
			j += n2
		default:
			return 0
		}
	}
	return i
}

// wordIndexNear is wordIndex for the copy of sub nearest to at, the
// first on a tie; with at below 0, the first.
func wordIndexNear(s string, from int, sub string, at int) int {
	best := -1
	for i := wordIndex(s, from, sub); i >= 0; i = wordIndex(s, i+1, sub) {
		if at < 0 {
			return i
		}
		if best < 0 || abs(i-at) < abs(best-at) {
			best = i
		}
		if i >= at {
			break // the ones after are further
		}
	}
	return best
}

func abs(n int) int { return max(n, -n) }

// wordIndex returns the index of the first sub at or after from in s
// that does not start or end inside a word, or -1.
func wordIndex(s string, from int, sub string) int {
	for from <= len(s) {
		k := strings.Index(s[from:], sub)
		if k < 0 {
			return -1
		}
		i := from + k
		j := i + len(sub)
		if !(joins(s[:i], sub) || joins(sub, s[j:])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// joins reports whether a ends and b starts with a letter or digit, so
// that the two are one word.
func joins(a, b string) bool {
	r1, _ := utf8.DecodeLastRuneInString(a)
	r2, _ := utf8.DecodeRuneInString(b)
	return isWordRune(r1) && isWordRune(r2)
}

// escapeHeading escapes a heading's text. Its content is inline text,
// where no block marker is syntax ("## 2. Ditch the diet" is a heading, not
// a list), but a closing run of "#" after a space would be read as the
// heading's optional closing sequence.
func escapeHeading(text string, in inlines) string {
	s := escapeInline(text, in, inHeading)
	t := strings.TrimRight(s, "#")
	if t != s && (t == "" || strings.HasSuffix(t, " ")) {
		return t + `\` + s[len(t):]
	}
	return s
}

// escapeLineStart returns the escaped form of the block marker text starts
// with, or "" when it starts with none. restAfterLineStart returns the text
// that follows that marker.
func escapeLineStart(text string) string {
	if n := orderedMarkerLen(text); n > 0 {
		return text[:n-1] + `\` + text[n-1:n]
	}
	if text == "" {
		return ""
	}
	switch c := text[0]; c {
	case '#':
		// Only "#" to "######" and a space open a heading: a line
		// that starts with a "#hashtag" or "#1" is text.
		n := 1
		for n < len(text) && text[n] == '#' {
			n++
		}
		if n <= 6 && (n == len(text) || text[n] == ' ' || text[n] == '\t') {
			return `\#`
		}
	case '>', '|':
		return `\` + text[:1]
	case '-', '+', '*':
		if len(text) == 1 || text[1] == ' ' || text[1] == '\t' || document.IsRule(text) {
			return `\` + text[:1]
		}
	case '_':
		if document.IsRule(text) {
			return `\_`
		}
	case '~':
		if strings.HasPrefix(text, "~~~") {
			return `\~`
		}
	case ':':
		if document.IsDivFence(text) {
			return `\:`
		}
	case '[':
		// A "[" alone opens a link around the blocks under it, as
		// turndown writes a card (see document's card.go).
		if text == "[" {
			return `\[`
		}
		// A word alone in brackets ("[a]", "[]") is a picture's name
		// as w3m prints it, which the parser drops where two such
		// lines stand in a text: escaped, it is text.
		if document.IsPictureLine(text) {
			return `\[`
		}
	}
	return ""
}

func restAfterLineStart(text string) string {
	if n := orderedMarkerLen(text); n > 0 {
		return text[n:]
	}
	if escapeLineStart(text) != "" {
		return text[1:]
	}
	return text
}

// orderedMarkerLen returns the length of a "12." or "12)" list marker that
// text starts with and that is followed by a space or the end, else 0.
func orderedMarkerLen(text string) int {
	i := 0
	for i < len(text) && i < 9 && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(text) || (text[i] != '.' && text[i] != ')') {
		return 0
	}
	if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' {
		return 0
	}
	return i + 1
}

// escaper escapes the inline text of one block, a piece at a time: the
// text between links and each link's text.
type escaper struct {
	whole string // the block's text, which the underscore rule reads across pieces
	// brackets: the block is written with links, so that every "[" and
	// "]" of its text is escaped, none of which may pair with a link's.
	brackets bool
	code     []span // the code spans not yet written, in order
	// caption: the text is a caption's, between the stars that make it
	// one; a star in it the parser could take for the closing one is
	// escaped too (see starInCaption).
	caption bool
	// broken: the text is a line of a paragraph broken into lines, and
	// a "[" that no "]" closes on it may open a link whose "](" is on a
	// line below ("[0" over "]()00"): it is escaped.
	broken bool
	// inlineLink: the text has a "](" (1), has none (2), or is not yet
	// looked at (0); see linkish.
	inlineLink uint8
}

// write writes whole[from:to], its code spans as they stand and the rest
// escaped. A code span is never cut by to: a link holds one whole or not
// at all (see cuts).
func (e *escaper) write(sb *strings.Builder, from, to int) {
	for len(e.code) > 0 && e.code[0].at < to {
		c := e.code[0]
		e.text(sb, from, c.at)
		sb.WriteString(e.whole[c.at:c.end])
		from = c.end
		e.code = e.code[1:]
	}
	e.text(sb, from, to)
}

// textSpecial and captionSpecial hold the bytes text may escape, in a
// paragraph and in a caption (whose "*" would end its emphasis): a table
// read once, where IndexAny builds its set for every run of text.
var textSpecial, captionSpecial = specialBytes("\\`[]<&{^"), specialBytes("\\`[]<&{*^")

func specialBytes(s string) (t [256]bool) {
	for i := range len(s) {
		t[s[i]] = true
	}
	return t
}

// text writes whole[from:to] escaped.
func (e *escaper) text(sb *strings.Builder, from, to int) {
	whole := e.whole
	// Text between the characters that may need escaping is written as
	// it is, a run at a time.
	special := &textSpecial
	if e.caption {
		special = &captionSpecial
	}
	start := from
	for {
		i := start
		for i < to && !special[whole[i]] {
			i++
		}
		if i == to {
			sb.WriteString(whole[start:to])
			return
		}
		sb.WriteString(whole[start:i])
		start = i + 1
		c := whole[i]
		switch c {
		case '\\':
			// At the end of a piece, a "[" or "]" of a link follows.
			if i+1 == to || isASCIIPunct(whole[i+1]) {
				sb.WriteByte('\\')
			}
		case '`':
			sb.WriteByte('\\')
		case '*':
			if starInCaption(whole, i) {
				sb.WriteByte('\\')
			}
		case '[':
			if e.brackets || e.linkish(i) || document.AddressNoteEnd(whole, i) > 0 || e.broken && strings.IndexByte(whole[i+1:], ']') < 0 {
				sb.WriteByte('\\')
			}
		case ']':
			if e.brackets {
				sb.WriteByte('\\')
			}
		case '<':
			// Only "<" that could open a tag or an autolink is syntax; an
			// email autolink may start with a digit or with any of the
			// punctuation an address's local part allows ("<0@0>").
			if i+1 < to && (isAlnumByte(whole[i+1]) && whole[i+1] < 0x80 || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", whole[i+1]) >= 0) {
				sb.WriteByte('\\')
			}
		case '&':
			if entityAhead(whole[i+1 : to]) {
				sb.WriteByte('\\')
			}
		case '{':
			// Pandoc's attributes, after a span, link, code span or
			// heading (see document's pandoc.go).
			if document.AttributesEnd(whole[i:]) > 0 {
				sb.WriteByte('\\')
			}
		case '^':
			// A caret the parser would read as an ordinal's raised
			// suffix's ("1^er" is "1er").
			if i > 0 && whole[i-1] >= '0' && whole[i-1] <= '9' && document.RaisedSuffix(whole[i+1:]) > 0 {
				sb.WriteByte('\\')
			}
		}
		sb.WriteByte(c)
	}
}

// starInCaption reports whether the star at s[i], in a caption's text,
// must be escaped for the parser to read the caption as one (see
// document's wholeEmphasis): every star but a lone one between spaces,
// which no reader takes for the closing one.
func starInCaption(s string, i int) bool {
	return i == 0 || i+1 >= len(s) || s[i-1] != ' ' || s[i+1] != ' '
}

// linkish reports whether the "[" at i could be read as syntax: in a text
// with a "](" anywhere, as the start of an inline link or image; at the
// start of a text with a "]:", as a link reference definition ("[a]:
// /url"); and at the start of a text, as GitHub's task list box ("- [ ]
// todo"). Any other bracket is text to CommonMark, which reads "[a]" or
// "[a][b]" as a link only when the document defines "a" or "b", and
// unscrape's output defines nothing: an editor's "[sic]" or "[…]" in a
// quotation and a footnote's "[1]" stay as they were written.
func (e *escaper) linkish(i int) bool {
	whole := e.whole
	// Whether the text has a "](" is looked up once: a line of many
	// brackets was read to its end from each.
	if e.inlineLink == 0 {
		e.inlineLink = 2
		if strings.Contains(whole, "](") {
			e.inlineLink = 1
		}
	}
	if e.inlineLink == 1 {
		return true
	}
	if i != 0 {
		return false
	}
	if strings.Contains(whole, "]:") {
		return true
	}
	box := len(whole) >= 3 && whole[2] == ']' && (whole[1] == ' ' || whole[1] == 'x' || whole[1] == 'X')
	return box && (len(whole) == 3 || whole[3] == ' ' || whole[3] == '\t')
}

// intraword reports whether the underscore at i stands between two letters
// or digits; only such an underscore can never delimit emphasis. Any other
// character may be Unicode punctuation or a symbol ("�_׆_"), next to which
// CommonMark lets an underscore open or close emphasis.
func intraword(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return isWordRune(before) && isWordRune(after)
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (textfix.IsLetter(r) || textfix.IsDigit(r))
}

func isAlnumByte(c byte) bool {
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// entityAhead reports whether s starts like the rest of an HTML entity
// ("amp;", "#8220;"), which CommonMark would decode after a "&".
func entityAhead(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' && i == 0, isAlnumByte(c) && c < 0x80:
		default:
			return false
		}
	}
	return false
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
