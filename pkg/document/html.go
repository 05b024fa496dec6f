package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Writers of Markdown leave what they cannot write as HTML: turndown keeps
// a table with cells of paragraphs as its HTML, a page's layout table with
// the whole article in it among them, and a table of data without a header
// row; scrapers print a <noscript> tracking pixel or an editor's leftover
// <span> as text. A reader of the page saw the text in it, and no tags. So
// a line that starts with a tag is read as HTML: its text, a paragraph for
// each block element, a table of data as a table, and nothing of its
// scripts, styles and pictures.

// htmlText returns lines, from from on, with each line that starts with an
// HTML tag replaced by the lines of its text, and for each line the number
// of the source line it comes from; nil when no line starts with a tag.
// Lines in fenced code are code. tagged holds the lines that are the text
// of an inline element's tag in a paragraph.
func htmlText(lines []string, from int) (text []string, origin []int, tagged map[int]bool) {
	// Most texts have no line that starts with a tag: one look at each
	// line's start spares following their fences.
	if !slices.ContainsFunc(lines[from:], func(l string) bool { return startsWithTag(strings.TrimLeft(l, "# ")) }) {
		return nil, nil, nil
	}
	var out []string // made at the first line of HTML, with the lines before it
	var no []int
	var in fences
	// runsOn: the last line was an inline element's tag in a paragraph,
	// or text with one, with text after it at its end ("<span
	// class=…>Von", "<a …>Henrike Abels</a> und"): a byline's names, each
	// in its link, go on with it, where a row of buttons' links end their
	// lines with the tag.
	runsOn := false
	for i := from; i < len(lines); i++ {
		n := 0
		mark := ""    // a heading's marker before the tag
		tail := false // a line of text that ends in a tag going on under it
		if !in.code(lines[i]) {
			n = tagLines(lines, i)
			if n == 0 {
				mark, n = headingTag(lines, i)
			}
			if n == 0 {
				n = tailTagLines(lines, i)
				tail = n > 0
			}
		}
		if n == 0 {
			// A line of text with an inline element's closing tag in
			// it runs on the same way ("Door <a …>Marloes van" /
			// "Beekhuizen</a> en" / "<a …>Joost Terpstra</a> · 12").
			runsOn = strings.Contains(lines[i], "</") && endsWithWord(lines[i])
			if out != nil {
				out, no = append(out, lines[i]), append(no, i+1)
			}
			continue
		}
		if out == nil {
			out, no = make([]string, i, len(lines)+8), make([]int, i, len(lines)+8)
			copy(out, lines)
			for k := range no {
				no[k] = k + 1
			}
		}
		if tail || mark == "" && !interruptsParagraph(lines[i]) && (continuesParagraph(out, tagged) || runsOn || startsParagraph(out) && textAfterTag(lines[i:i+n])) {
			// An inline element's tag under a line of text goes on
			// with its paragraph, as CommonMark reads it: pandoc's
			// GitHub Markdown wraps a link it keeps as HTML ("<a
			// href=… class=…>cravings</a> and the risk of") onto lines
			// of their own. Nor does a paragraph that starts with
			// such a tag and text after it ("<a href=…>Mindfulness</a>
			// is a practice that") start an HTML block: its text goes
			// on on the lines under it. The tag's lines are one line
			// of their text, whose length says nothing of the width
			// the text is wrapped at (see line.tagged).
			if t := strings.Join(textOfHTML(strings.Join(lines[i:i+n], "\n")), " "); t != "" {
				t = withoutMarkedPunctuation(t)
				if tagged == nil {
					tagged = map[int]bool{}
				}
				tagged[len(out)] = true
				out, no = append(out, t), append(no, i+1)
			}
			runsOn = endsWithWord(lines[i+n-1])
			i += n - 1
			continue
		}
		runsOn = false
		if mark != "" {
			// The heading's text, on one line.
			html := strings.TrimPrefix(strings.TrimLeft(lines[i], " "), mark)
			text := strings.Join(textOfHTML(strings.Join(append([]string{html}, lines[i+1:i+n]...), "\n")), " ")
			out, no = append(out, mark+text), append(no, i+1)
			for range n - 1 {
				out, no = append(out, ""), append(no, i+1)
			}
			i += n - 1
			continue
		}
		// Each block a paragraph of its own, the line after it too; a
		// table's rows are lines of one block.
		out, no = append(out, ""), append(no, i+1)
		for _, t := range textOfHTML(strings.Join(lines[i:i+n], "\n")) {
			for r := range strings.SplitSeq(t, "\n") {
				out, no = append(out, r), append(no, i+1)
			}
			out, no = append(out, ""), append(no, i+1)
		}
		for range n - 1 {
			out, no = append(out, ""), append(no, i+1)
		}
		i += n - 1
	}
	return out, no, tagged
}

// endsWithWord reports whether l, a line with a tag, ends with a word after
// its last tag ("… Abels</a> und"), not with a tag or a mark ("</a> |").
func endsWithWord(l string) bool {
	t := strings.TrimSpace(l[strings.LastIndexByte(l, '>')+1:])
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r)
}

// continuesParagraph reports whether a line after out, the lines so far,
// goes on with a paragraph of text: one whose first line is text, not a
// heading's, a fence or HTML, and whose last line neither holds a tag nor
// is one's text (see htmlText's tagged). Lines of tags, each under the
// last ("<a" over "href=…" and "class=…>Facebook</a>", a link's hover card
// under the link), are a row of buttons or a box a page lays out apart
// from its text, as the reader sees it.
func continuesParagraph(out []string, tagged map[int]bool) bool {
	k := len(out) - 1
	if k < 0 || tagged[k] || strings.ContainsAny(out[k], "<>") {
		return false
	}
	for k >= 0 && strings.TrimSpace(out[k]) != "" {
		k--
	}
	if k == len(out)-1 {
		return false
	}
	t := strings.TrimLeft(out[k+1], " ")
	_, fence := OpenFence(out[k+1])
	return t[0] != '#' && t[0] != '<' && !fence
}

// withoutMarkedPunctuation returns s without the emphasis marks around
// punctuation right after a word: pandoc writes the comma of "<em><a
// …>Instagram</a>,</em>" as "</a>*,*", emphasis after the tag, which
// its text "Instagram*,*" no longer is.
func withoutMarkedPunctuation(s string) string {
	for i := 1; i+2 < len(s); i++ {
		c := s[i]
		if c != '*' && c != '_' || s[i-1] == ' ' || s[i-1] == c {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte(",.;:!?", s[j]) >= 0 {
			j++
		}
		if j > i+1 && j < len(s) && s[j] == c && (j+1 == len(s) || s[j+1] == ' ') {
			s = s[:i] + s[i+1:j] + s[j+1:]
		}
	}
	return s
}

// startsParagraph reports whether a line after out, the lines so far,
// starts a paragraph: out is empty or ends in a blank line.
func startsParagraph(out []string) bool {
	return len(out) == 0 || strings.TrimSpace(out[len(out)-1]) == ""
}

// textAfterTag reports whether text follows the tag the lines start with:
// CommonMark reads a line that is an inline element's tag and nothing
// else ("<img src=…>", "<span>") as an HTML block, one with text after
// the tag as the start of a paragraph.
func textAfterTag(lines []string) bool {
	t := strings.TrimSpace(strings.Join(lines, "\n"))
	end, _ := htmlTagAt(t, 0, &tagScan{})
	return end > 0 && strings.TrimSpace(t[end:]) != ""
}

// interruptsParagraph reports whether the tag l starts with opens a block
// that may interrupt a paragraph, as CommonMark lists them (its HTML
// blocks of kinds 1 and 6): a <div>, a <p>, a <table>, a <script>. Any
// other tag under a line of text is inline.
func interruptsParagraph(l string) bool {
	return interrupting[tagAtom(l)]
}

// interrupting are the elements of CommonMark's HTML blocks of kinds 1
// and 6.
var interrupting = map[atom.Atom]bool{
	atom.Pre: true, atom.Script: true, atom.Style: true, atom.Textarea: true,
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Base: true, atom.Basefont: true,
	atom.Blockquote: true, atom.Body: true, atom.Caption: true, atom.Center: true, atom.Col: true,
	atom.Colgroup: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.Frame: true, atom.Frameset: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Head: true, atom.Header: true, atom.Hr: true, atom.Html: true, atom.Iframe: true,
	atom.Legend: true, atom.Li: true, atom.Link: true, atom.Main: true, atom.Menu: true,
	atom.Menuitem: true, atom.Nav: true, atom.Noframes: true, atom.Ol: true, atom.Optgroup: true,
	atom.Option: true, atom.P: true, atom.Param: true, atom.Search: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Title: true, atom.Tr: true, atom.Track: true, atom.Ul: true,
}

// maxTagLines bounds the lines a tag a writer wrapped takes: pandoc's
// GitHub Markdown wraps a lazy-loaded picture's two <img> tags, their
// srcset and alt text, over fourteen.
const maxTagLines = 40

// tagLines returns how many lines from lines[i] on are HTML: 1 for a line
// that starts with a tag of an HTML element, opening or closing, and
// holds its ">"; more when the tag's attributes go on over the next
// lines, as html2text wraps them; 0 when lines[i] starts with no tag.
func tagLines(lines []string, i int) int {
	if !startsWithTag(lines[i]) {
		return 0
	}
	open := false // a tag is open at the end of the lines so far
	for n := 1; n <= maxTagLines && i+n <= len(lines); n++ {
		l := lines[i+n-1]
		if n > 1 && strings.TrimSpace(l) == "" {
			break
		}
		if lt, gt := strings.LastIndexByte(l, '<'), strings.LastIndexByte(l, '>'); lt >= 0 || gt >= 0 {
			open = lt > gt
		}
		if !open {
			return n
		}
	}
	return 0
}

// tailTagLines returns how many lines, from i on, a line of text that ends
// with an inline element's tag cut after its name takes, the tag's
// attributes on the lines under it: pandoc's GitHub Markdown wraps "and
// <span" / "class=\"author vcard\"><a …>Dan Okafor</a></span>" so, the
// second writer of a byline. 0 for any other line.
func tailTagLines(lines []string, i int) int {
	l := lines[i]
	lt := strings.LastIndexByte(l, '<')
	// A word before the tag: a list item's marker and a tag ("-   <span")
	// start a menu's item, which stays as it was.
	if lt <= 0 || l[lt-1] != ' ' || !endsWithWord(l[:lt]) || strings.IndexByte(l[lt:], '>') >= 0 || tagAtom(l[lt:]) == 0 || interruptsParagraph(l[lt:]) {
		return 0
	}
	// The tag's lines only: a copy of all the lines under it would make
	// a text of many such lines cost the square of its length.
	if n := tagLines(append([]string{l[lt:]}, lines[i+1:min(len(lines), i+maxTagLines)]...), 0); n > 1 {
		return n
	}
	return 0
}

// headingTag returns the marker of an ATX heading whose text starts with
// a tag that goes on over the next lines (pandoc's GitHub Markdown:
// "### <img" and the picture's attributes under it), and how many lines
// the heading and the tag take; 0 for any other line.
func headingTag(lines []string, i int) (string, int) {
	t := strings.TrimLeft(lines[i], " ")
	if len(lines[i])-len(t) > 3 || !strings.HasPrefix(t, "#") {
		return "", 0
	}
	h := strings.TrimLeft(t, "#")
	if len(t)-len(h) > 6 || !strings.HasPrefix(h, " ") {
		return "", 0
	}
	mark := t[:len(t)-len(strings.TrimLeft(h, " "))]
	// A space after the heading's text: a tag's name alone ("# <a", its
	// attributes on the lines under it) starts a tag there, where a line
	// of text "<a" does not.
	rest := append([]string{t[len(mark):] + " "}, lines[i+1:min(len(lines), i+maxTagLines)]...)
	n := tagLines(rest, 0)
	if n < 2 {
		return "", 0
	}
	// The heading's text goes on after the tag, to the blank line that
	// ends it: pandoc wraps "# <a href=… title=…>BREAKING: Lawan moves
	// … deaths</a>" as it wraps a paragraph.
	for n < maxTagLines && n < len(rest) && strings.TrimSpace(rest[n]) != "" {
		n++
	}
	return mark, n
}

// fences follows the fenced code blocks of lines read in order.
type fences struct {
	open Fence
	in   bool
}

// code reports whether l is a fence or a line of code.
func (f *fences) code(l string) bool {
	if f.in {
		f.in = !f.open.Closes(l)
		return true
	}
	f.open, f.in = OpenFence(l)
	return f.in
}

// startsWithTag reports whether l, less up to three spaces, starts with a
// tag of an HTML element, opening or closing.
func startsWithTag(l string) bool {
	t := strings.TrimLeft(l, " ")
	if len(l)-len(t) > 3 || len(t) < 3 || t[0] != '<' {
		return false
	}
	return tagAtom(t) != 0
}

// tagAtom returns the element whose tag l, less its leading spaces,
// starts with, opening or closing ("<a href", "</p>"); 0 for none.
func tagAtom(l string) atom.Atom {
	t := strings.TrimLeft(l, " ")
	if len(t) < 2 || t[0] != '<' {
		return 0
	}
	t = strings.TrimPrefix(t[1:], "/")
	n := 0
	for n < len(t) && (isASCIILetter(t[n]) || n > 0 && '0' <= t[n] && t[n] <= '9') {
		n++
	}
	if n == 0 || n < len(t) && t[n] != '>' && t[n] != ' ' && t[n] != '/' {
		return 0
	}
	return atom.Lookup([]byte(strings.ToLower(t[:n])))
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// textOfHTML returns the text of a line of HTML, a line for each block
// element's, with runs of white space made one space; a heading's as a
// Markdown heading, a list item's as a list item; a table of data as a
// pipe table, its rows one line each in one string.
func textOfHTML(l string) []string {
	var out []string
	var sb strings.Builder
	mark := "" // the Markdown the block's text gets in front
	flush := func() {
		if t := strings.Join(strings.Fields(sb.String()), " "); t != "" {
			out = append(out, mark+t)
		}
		sb.Reset()
	}
	// Each open table: its text is read as paragraphs, a cell's each, as
	// it goes, and as rows of cells beside; at its end, a table of data
	// takes the place of its paragraphs.
	var tables []*htmlTable
	z := html.NewTokenizer(strings.NewReader(l))
	skip := atom.Atom(0) // the element whose content is no text: a script
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip == 0 {
				// Text gives the text once.
				text := z.Text()
				sb.Write(text)
				if len(tables) > 0 {
					tables[len(tables)-1].text(text)
				}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skip == 0 && len(tables) > 0 && a != atom.Table {
				tables[len(tables)-1].tag(a, tt == html.StartTagToken)
			}
			switch {
			case skip != 0:
				if tt == html.EndTagToken && a == skip {
					skip = 0
				}
			case tt == html.StartTagToken && (a == atom.Script || a == atom.Style || a == atom.Noscript || a == atom.Template || a == atom.Svg):
				skip = a
			case a == atom.Table && tt == html.StartTagToken:
				flush()
				mark = ""
				if len(tables) > 0 {
					// A table in a cell: the outer one lays out.
					tables[len(tables)-1].layout = true
				}
				tables = append(tables, &htmlTable{start: len(out)})
			case a == atom.Table && tt == html.EndTagToken:
				flush()
				mark = ""
				if n := len(tables); n > 0 {
					t := tables[n-1]
					tables = tables[:n-1]
					if rows, ok := t.pipeRows(); ok {
						out = append(out[:t.start], rows)
					}
				}
			case blockElements[a]:
				flush()
				mark = ""
				if tt == html.StartTagToken {
					mark = blockMarks[a]
				}
			default:
				// An inline element's tags part no words.
			}
		}
	}
}

// htmlTable is an HTML table as textOfHTML reads it.
type htmlTable struct {
	start  int        // the index of its first paragraph in textOfHTML's out
	rows   [][]string // each row's cells' text so far
	cell   strings.Builder
	inCell bool
	// layout: the table holds what a table of data does not: a block (a
	// paragraph, a list, another table) or text outside its cells.
	layout bool
}

func (t *htmlTable) text(b []byte) {
	switch {
	case t.inCell:
		t.cell.Write(b)
	case strings.TrimSpace(string(b)) != "":
		t.layout = true
	}
}

// tag takes the tag of element a in the table, opening or not.
func (t *htmlTable) tag(a atom.Atom, open bool) {
	switch a {
	case atom.Tr:
		t.endCell()
		if open {
			t.rows = append(t.rows, nil)
		}
	case atom.Td, atom.Th:
		t.endCell()
		if open {
			if len(t.rows) == 0 {
				t.rows = append(t.rows, nil)
			}
			t.inCell = true
		}
	case atom.Br:
		t.cell.WriteByte(' ')
	case atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Col:
	default:
		if blockElements[a] || a == atom.Caption {
			t.layout = true
		}
	}
}

func (t *htmlTable) endCell() {
	if !t.inCell {
		return
	}
	r := &t.rows[len(t.rows)-1]
	*r = append(*r, strings.Join(strings.Fields(t.cell.String()), " "))
	t.cell.Reset()
	t.inCell = false
}

// pipeRows returns the table as the lines of a pipe table, its first row
// the header, if it is a table of data: at least two rows and two columns
// with text, and no block in a cell.
func (t *htmlTable) pipeRows() (string, bool) {
	t.endCell()
	if t.layout || len(t.rows) < 2 {
		return "", false
	}
	cols := 0
	filled := map[int]bool{}
	for _, r := range t.rows {
		cols = max(cols, len(r))
		for k, c := range r {
			if c != "" {
				filled[k] = true
			}
		}
	}
	if len(filled) < 2 {
		return "", false
	}
	lines := make([]string, 0, len(t.rows)+1)
	for i, r := range t.rows {
		lines = append(lines, pipeLine(r, cols))
		if i == 0 {
			lines = append(lines, pipeDelimiter(cols))
		}
	}
	return strings.Join(lines, "\n"), true
}

// blockMarks are the Markdown that the text of a block element starts
// with.
var blockMarks = map[atom.Atom]string{
	atom.H1: "# ", atom.H2: "## ", atom.H3: "### ", atom.H4: "#### ", atom.H5: "##### ", atom.H6: "###### ",
	atom.Li: "- ",
}

// blockElements are the elements whose text is a block of its own.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Dd: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Table: true, atom.Td: true, atom.Th: true, atom.Tr: true,
	atom.Ul: true,
}

// withoutTags returns s, a block's inline Markdown, without its raw HTML,
// as CommonMark reads it (an open or closing tag, a comment): a reader of
// the page sees the text around the tags, and no tags (pandoc's GitHub
// Markdown keeps a <span> or an <a> with attributes as HTML). A tag that
// starts a block, or a <br>, parts the words around it. What is escaped,
// in a code span, an autolink or a link's pointy-bracketed address is no
// tag.
func withoutTags(s string) string {
	var sb strings.Builder
	done := 0 // s[:done] is in sb
	var open noClose
	var unclosed tagScan
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			i = skipCode(s, i, &open)
		case '<':
			if _, end, ok := autolinkAt(s, i); ok {
				i = end - 1
				continue
			}
			if i >= 2 && s[i-2:i] == "](" {
				continue
			}
			end, block := htmlTagAt(s, i, &unclosed)
			if end < 0 {
				continue
			}
			sb.WriteString(s[done:i])
			if block {
				sb.WriteByte(' ')
			}
			done = end
			i = end - 1
		}
	}
	if done == 0 {
		return s
	}
	sb.WriteString(s[done:])
	return sb.String()
}

// tagScan is what htmlTagAt found nothing closes in the rest of a text:
// a comment, a value in double or single quotes. A line of many "<!--"
// is searched to its end once, not from each.
type tagScan struct {
	comment bool
	quote   [2]bool // '"' and '\''
}

// htmlTagAt returns the end of the raw HTML that s[i], a "<", starts, as
// CommonMark reads raw HTML (an open tag with its attributes, a closing
// tag, a comment), and whether it is a tag of a block element or a <br>;
// -1 when none starts there. Scans of s from left to right share
// unclosed.
func htmlTagAt(s string, i int, unclosed *tagScan) (int, bool) {
	if strings.HasPrefix(s[i:], "<!--") {
		if strings.HasPrefix(s[i+4:], ">") || strings.HasPrefix(s[i+4:], "->") || unclosed.comment {
			return -1, false
		}
		if k := strings.Index(s[i+4:], "-->"); k >= 0 {
			return i + 4 + k + 3, false
		}
		unclosed.comment = true
		return -1, false
	}
	j := i + 1
	closing := j < len(s) && s[j] == '/'
	if closing {
		j++
	}
	n := j
	for n < len(s) && (isASCIILetter(s[n]) || n > j && ('0' <= s[n] && s[n] <= '9' || s[n] == '-')) {
		n++
	}
	if n == j {
		return -1, false
	}
	// Only an element's name makes a tag: html2text writes a title in
	// angle brackets, "<The Palace: Tale of Jang Noksu>", as it stands.
	a := atom.Lookup([]byte(strings.ToLower(s[j:n])))
	if a == 0 && strings.IndexByte(s[j:n], '-') < 0 {
		return -1, false
	}
	block := blockElements[a] || a == atom.Br
	k := n
	if !closing {
		// Attributes: a space, a name, maybe "=" and a value.
		for {
			sp := k
			for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
				k++
			}
			if k == sp || k >= len(s) || !(isASCIILetter(s[k]) || s[k] == '_' || s[k] == ':') {
				break
			}
			for k < len(s) && (isASCIILetter(s[k]) || '0' <= s[k] && s[k] <= '9' || strings.IndexByte("_.:-", s[k]) >= 0) {
				k++
			}
			v := k
			for v < len(s) && (s[v] == ' ' || s[v] == '\t' || s[v] == '\n') {
				v++
			}
			if v >= len(s) || s[v] != '=' {
				continue
			}
			v++
			for v < len(s) && (s[v] == ' ' || s[v] == '\t' || s[v] == '\n') {
				v++
			}
			if v >= len(s) {
				return -1, false
			}
			switch q := s[v]; q {
			case '"', '\'':
				u := &unclosed.quote[b2i(q == '\'')]
				e := -1
				if !*u {
					e = strings.IndexByte(s[v+1:], q)
				}
				if e < 0 {
					*u = true
					return -1, false
				}
				k = v + 1 + e + 1
			default:
				e := v
				for e < len(s) && strings.IndexByte(" \t\n\"'=<>`", s[e]) < 0 {
					e++
				}
				if e == v {
					return -1, false
				}
				k = e
			}
		}
	}
	for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
		k++
	}
	if !closing && k < len(s) && s[k] == '/' {
		k++
	}
	if k >= len(s) || s[k] != '>' {
		return -1, false
	}
	return k + 1, block
}
