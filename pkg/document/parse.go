package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// Parse turns decoded text into blocks.
//
// Scrapers write one block element per line, so each non-blank line starts as
// a block of its own. Text hard-wrapped at a fixed width (html2text wraps at 78
// columns) is recognised and its lines are joined back into paragraphs.
// Markdown markers that html2text-style scrapers write (#, *, -, +, 1., >) are
// read as structure, Markdown backslash escapes and emphasis markers are
// removed, so that unscrape's own output parses back to the blocks it was
// rendered from. A YAML front matter block at the start ("---" … "---") is
// not text: it is kept, unparsed, in Meta.FrontMatter; nor is a reader
// service's header (Meta.Header), a link reference definition, or a text
// browser's list of links at the end and the link numbers in its text.
func Parse(text string) *Document {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	fm, skip := frontMatter(lines)
	var header []Field
	if skip == 0 {
		header, skip = readerHeader(lines)
	}
	// A grid table is read cell by cell (see grid.go), and a line of
	// HTML as its text (see html.go); origin maps the lines then read to
	// the source's.
	var origin []int
	var grid []bool // by source line: a grid table's
	if strings.Contains(text, "+-") || strings.Contains(text, "---") {
		if conv, no, in := gridTables(lines, skip); conv != nil {
			lines, origin, grid = conv, no, in
		}
	}
	pandoc := false
	if strings.Contains(text, ":::") || strings.Contains(text, "{=") {
		pandoc = pandocLines(lines, skip)
	}
	conv, no, tagged := htmlText(lines, skip)
	if conv != nil {
		if origin != nil {
			for i := range no {
				no[i] = origin[no[i]-1]
			}
		}
		lines, origin = conv, no
	}
	dump := false
	var menus [][]string  // a text browser's lines of links, by line
	var numbered []string // a dump's lines with their link numbers
	if end, nums := dumpReferences(lines); end >= skip {
		// A text browser's dump: its list of links is no text, nor are
		// the numbers of the links in the text. Only a text with such
		// numbers is one: a list of addresses under "References" alone
		// may be a page's own, or what a first run left of a dump cut
		// short.
		dumped := make([]string, end)
		ms := make([][]string, end)
		last := 0
		for i, l := range lines[:end] {
			dumped[i], ms[i] = unnumbered(l, nums, &last)
			dump = dump || dumped[i] != l
		}
		if dump {
			for i := range dumped {
				dumped[i], ms[i] = withoutPlaceholders(dumped[i], ms[i])
			}
			joinWrappedCrumbs(dumped, ms)
			withoutFrames(dumped)
			// The header ends where the list of links starts at the
			// latest (FuzzParse: "#[1]0" right above "References").
			for i := skip; i < linkHeader(lines[:end], skip); i++ {
				dumped[i] = ""
			}
			numbered = lines
			lines, menus = dumped, ms
		}
	}
	if !dump {
		lines = withoutIMG(lines, skip)
		if end := relHeader(lines, skip); end > skip {
			lines = slices.Clone(lines)
			for i := skip; i < end; i++ {
				lines[i] = ""
			}
		}
	}
	p := parser{lines: make([]line, len(lines)), numbered: numbered, tabs: strings.IndexByte(text, '\t') >= 0}
	code := fencedBlocks(lines, skip)
	bare := unfencedBlocks(lines, skip, code)
	var defs []bool
	if strings.Contains(text, "]:") {
		// Most texts define no link: one search spares reading each line.
		p.refs, defs = definitions(lines, skip, code)
	}
	p.markdown = len(code) > 0 || p.refs != nil || pandoc
	for i := 0; i < len(lines); i++ {
		if len(code) > 0 && code[0].open == i {
			i = p.fenced(lines, code[0])
			code = code[1:]
			continue
		}
		if len(bare) > 0 && bare[0].open == i {
			i = p.unfenced(lines, bare[0])
			bare = bare[1:]
			continue
		}
		s := lines[i]
		if i < skip || defs != nil && defs[i] || isLinkAddress(lines, i) {
			// A definition is no text: a reader does not see it. Nor
			// is a link's address alone (see isLinkAddress).
			s = ""
		} else if last := p.table(lines, i, code); last >= 0 {
			i = last
			continue
		}
		l := classify(s, i+1)
		l.raw = l.unbroken(l.raw)
		// A cell's paragraphs are joined already, each a line.
		l.cell = grid != nil && grid[origin[i]-1]
		if tagged != nil {
			l.tagged = tagged[i]
		}
		p.markdown = p.markdown || l.kind == lineHeading || l.kind == lineBullet && l.full[0] != '-'
		if menus != nil && l.kind == lineText {
			l.menu = menus[i]
		}
		p.lines[i] = l
	}
	p.definitionLists()
	if dump {
		// Its "*" items are a browser's, not Markdown's.
		p.markdown = false
		p.dumpBullets()
		p.dumpHeadings()
	}
	p.setext(lines)
	p.markOrdered()
	// html2text wraps at 78 characters, a text browser at 80 columns,
	// where a Chinese or Japanese character takes two. Where both
	// measures find the text wrapped, the one by which more lines fit is
	// the wrapper's: a page of Japanese through w3m has lines of 39
	// characters, 78 columns, and a few of 70 Latin letters. Columns
	// differ from characters only on lines of wide ones (three bytes
	// each in UTF-8): only a text with such lines is measured twice.
	p.measure = utf8.RuneCountInString
	fit, wide := wrappedLines(p.lines, p.measure)
	if fit == 0 || wide > 0 {
		if f, _ := wrappedLines(p.lines, textfix.Columns); f > fit {
			fit, p.measure, p.columns = f, textfix.Columns, true
		}
	}
	if p.wrapped = fit > 0; p.wrapped {
		p.width = wrapWidth(p.lines, p.measure)
		if p.columns {
			// Only a text browser's lines are joined where full.
			p.fullAt = fullWidth(p.lines, p.measure)
		}
		p.markNarrow()
	}
	p.markVerse()
	p.build()
	if pandoc {
		smartDashes(p.blocks)
	}
	if origin != nil {
		for i := range p.blocks {
			p.blocks[i].Line = origin[p.blocks[i].Line-1]
		}
	}
	return &Document{Blocks: p.blocks, Meta: Meta{FrontMatter: fm, Header: header}}
}

// FrontMatterOf returns the front matter text starts with, as Parse reads
// it into Meta.FrontMatter, and whether there is any: the renderer checks
// that the front matter it writes is read again.
func FrontMatterOf(text string) (string, bool) {
	fm, n := frontMatter(strings.Split(text, "\n"))
	return fm, n > 0
}

// frontMatter returns the YAML between a leading "---" line and the next
// "---" or "..." line, and how many lines that block takes. Every line in
// between must look like YAML (a "key:" line, an indented or "- " line, a
// comment), or there is no front matter; the first that is not blank or a
// comment must not be indented. Its length is not bounded: a scraped page
// that starts with a rule is told from front matter by its first line of
// prose, and front matter unscrape writes back, with keys added, must be
// read again however long it is.
//
// That first key settles the mapping's indentation: its keys stand at the
// start of their lines, where yamlShaped reads them, and front matter
// written back (markdown.FrontMatter) is read again. A mapping indented as
// a whole (" a b: c") would hide keys that, written back unindented, no
// longer look like YAML ("a b: c"), and a second run would read them as
// text.
func frontMatter(lines []string) (string, int) {
	if len(lines) < 2 || strings.TrimRight(lines[0], " \t") != "---" {
		return "", 0
	}
	keyed := false
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		if l == "---" || l == "..." {
			return strings.Join(lines[1:i], "\n") + "\n", i + 1
		}
		if !yamlShaped(l) {
			return "", 0
		}
		if !keyed && l != "" && l[0] != '#' {
			if l[0] == ' ' || l[0] == '\t' {
				return "", 0
			}
			keyed = true
		}
	}
	return "", 0
}

func yamlShaped(l string) bool {
	if l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '#' || strings.HasPrefix(l, "- ") {
		return true
	}
	if l[0] == '\'' || l[0] == '"' {
		return quotedKey(l)
	}
	// A key longer than 128 characters the encoder writes as a complex
	// key: "? key" and then ": value".
	if l[0] == '?' || l[0] == ':' {
		return len(l) == 1 || l[1] == ' '
	}
	key, _, ok := strings.Cut(l, ":")
	return ok && PlainKey(key)
}

// PlainKey reports whether key, written as it is before a colon, makes a
// line front matter: letters, digits, "_" and "-". Other keys are front
// matter quoted ("'7%': x"), and markdown.FrontMatter writes them so.
func PlainKey(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		if !textfix.IsLetter(r) && !textfix.IsDigit(r) && r != '_' && r != '-' {
			return false
		}
	}
	return true
}

// quotedKey reports whether l starts with a quoted "key:", as the YAML
// encoder writes a key that would not read as a plain one ("'-': x"):
// front matter written back is front matter to a second run.
func quotedKey(l string) bool {
	q := l[0]
	for i := 1; i < len(l); i++ {
		switch {
		case l[i] == '\\' && q == '"':
			i++
		case l[i] == q && q == '\'' && i+1 < len(l) && l[i+1] == q:
			i++ // '' is a quote inside single quotes
		case l[i] == q:
			rest := l[i+1:]
			return strings.HasPrefix(rest, ":") && (len(rest) == 1 || rest[1] == ' ')
		}
	}
	return false
}

type lineKind uint8

const (
	lineBlank lineKind = iota
	lineText
	lineHeading
	lineBullet
	lineNumbered // "12. text": a list item only if markOrdered says so
	lineQuote
	lineRule  // thematic break: * * *, ---, ___
	lineCode  // the opening fence of a fenced code block: raw is its code, full its info string
	linePart  // a line of a block an earlier line made: code after its opening fence, a table's delimiter row
	lineTable // a row of a table: raw is its Text, level its index, full the alignment
)

type line struct {
	kind   lineKind
	no     int        // 1-based line number
	indent int        // leading spaces, tabs counted as 4
	level  int        // heading level or quote depth
	number int        // for lineNumbered
	col    int        // for list items: the column where the item's text starts
	raw    string     // the line without marker and surrounding space
	full   string     // the whole trimmed line, for numbered lines that stay text
	links  []Link     // for lineTable: the row's links, cell by cell
	code   []CodeSpan // for lineTable: the row's code spans, cell by cell
	// hardBreak: the line ends with two spaces or a backslash, which Markdown
	// reads as a line break, so a wrapped paragraph ends here.
	hardBreak bool
	backslash bool // the break is a backslash
	cell      bool // a line of a grid table's cell (see grid.go)
	// tagged: the line is the text of an inline element's tag in a
	// paragraph (see htmlText); the tag's length is gone from it, and it
	// says nothing of where the wrapper broke the lines.
	tagged bool
	narrow int      // the width of a column the line is wrapped in (see markNarrow)
	verse  bool     // the line goes on from the one above as a poem's (see markVerse)
	menu   []string // a text browser's line of links: their texts (see unnumbered)
}

// unbroken returns s, the line's text, without the backslash of its hard
// line break: it is no text, and the block ends there (see build).
func (l *line) unbroken(s string) string {
	if l.backslash && strings.HasSuffix(s, "\\") {
		return strings.TrimRight(s[:len(s)-1], " \t")
	}
	return s
}

func classify(s string, no int) line {
	l := line{no: no}
	indent := indentOf(s)
	l.indent = indent
	// An odd run of backslashes ends in a break; "\\\\" is an escaped one.
	l.backslash = strings.HasSuffix(s, "\\") && (len(s)-len(strings.TrimRight(s, "\\")))%2 == 1
	l.hardBreak = l.backslash || strings.HasSuffix(s, "  ")
	t := strings.TrimFunc(s, unicode.IsSpace)
	l.full = t
	switch {
	case t == "":
		l.kind = lineBlank
	case IsRule(t):
		l.kind = lineRule
	case t[0] == '#':
		if n, text, ok := atx(t); ok {
			l.kind, l.level, l.raw = lineHeading, n, withoutHeadingAttributes(text)
			return l
		}
		l.kind, l.raw = lineText, t
	case (t[0] == '*' || t[0] == '-' || t[0] == '+') && (len(t) == 1 || t[1] == ' ' || t[1] == '\t'):
		l.kind = lineBullet
		l.raw = strings.TrimSpace(t[1:])
		l.col = indent + 2
		// html2text writes "*   * item" for a list nested in an empty item.
		for len(l.raw) >= 2 && (l.raw[0] == '*' || l.raw[0] == '-' || l.raw[0] == '+') && (l.raw[1] == ' ' || l.raw[1] == '\t') {
			l.raw = strings.TrimSpace(l.raw[1:])
			l.indent += 2
			l.col += 2
		}
		// html2text writes a heading in a list item ("<li><h4>") as
		// "* #### Title": a teaser list's headline. The item is its text.
		if _, text, ok := atx(l.raw); ok && text != "" {
			l.raw = text
		}
	case t[0] == '>':
		l.kind = lineQuote
		l.level, l.raw = cutQuoteMarkers(t)
	default:
		if n, rest, ok := numberMarker(t); ok {
			l.kind, l.number, l.raw = lineNumbered, n, rest
			l.col = indent + len(t) - len(strings.TrimLeft(t, "0123456789")) + 2
			return l
		}
		l.kind, l.raw = lineText, t
	}
	return l
}

// fenced marks the lines of the fenced code block c as one, its text
// the lines between the fences as written, and returns the index of its
// closing fence.
func (p *parser) fenced(lines []string, c span) int {
	var sb strings.Builder
	for j := c.open + 1; j < c.close; j++ {
		if j > c.open+1 {
			sb.WriteByte('\n')
		}
		sb.WriteString(c.fence.codeLine(lines[j]))
	}
	p.lines[c.open] = line{kind: lineCode, no: c.open + 1, raw: sb.String(), full: c.fence.Info}
	for j := c.open + 1; j <= c.close; j++ {
		p.lines[j] = line{kind: linePart, no: j + 1}
	}
	return c.close
}

// setext reads a line of text underlined with "=" or "-" (three or more,
// as a Markdown README writes its title) as a heading of level 1 or 2, as
// CommonMark does. Unlike CommonMark, only a line on its own is a heading:
// under the last line of a paragraph, the underline is a rule, since a
// scraper's wrapped paragraph ending in a rule is likelier than a heading
// of several lines. Unread, the title and its "=====" were one paragraph,
// and "-----" a rule under a paragraph.
func (p *parser) setext(lines []string) {
	for i := 1; i < len(p.lines); i++ {
		level := underline(strings.TrimSpace(lines[i]))
		head := &p.lines[i-1]
		if level == 0 || p.lines[i].kind == linePart || head.kind != lineText ||
			(i >= 2 && p.lines[i-2].kind == lineText) {
			continue
		}
		head.kind, head.level = lineHeading, level
		p.lines[i] = line{kind: linePart, no: i + 1}
	}
}

// underline returns the level of the setext heading t underlines: 1 for a
// line of three or more "=", 2 for "-", else 0.
func underline(t string) int {
	if len(t) < 3 || (t[0] != '=' && t[0] != '-') || strings.Trim(t, t[:1]) != "" {
		return 0
	}
	if t[0] == '=' {
		return 1
	}
	return 2
}

// numberMarker recognises "12. text" and "12) text".
func numberMarker(t string) (int, string, bool) {
	n, i := 0, 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i >= len(t) || (t[i] != '.' && t[i] != ')') {
		return 0, "", false
	}
	if i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\t' {
		return 0, "", false
	}
	return n, strings.TrimSpace(t[i+1:]), true
}

// IsRule reports whether t, a line without its indentation, is a
// CommonMark thematic break: three or more of one of "*", "-" or "_",
// with nothing but spaces and tabs between them. The renderer asks it too,
// to escape text that would read as one.
func IsRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '*' && c != '-' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// atx reads an ATX heading, "## Text ##": its level and its text.
func atx(t string) (level int, text string, ok bool) {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(t) && t[n] != ' ' && t[n] != '\t' {
		return 0, "", false
	}
	return n, strings.TrimSpace(trimClosingHashes(strings.TrimSpace(t[n:]))), true
}

func trimClosingHashes(s string) string {
	t := strings.TrimRight(s, "#")
	if t == "" || t == s {
		return t
	}
	if last := t[len(t)-1]; last == ' ' || last == '\t' {
		return t
	}
	return s
}

// markOrdered decides which "12. text" lines are list items. "1. Januar" at
// the start of a German sentence is not a list, so a numbered line counts as
// an item only when it is indented (html2text indents lists), stands next to
// another numbered line, or is one of a loose list: the item before or
// after it, with nothing but blank lines and fenced code between, has the
// number before or after its own (the steps of a Markdown how-to, with code
// under each), or has it a few lines of no prose away (see nearNumbered).
func (p *parser) markOrdered() {
	ls := p.lines
	for i := range ls {
		if ls[i].kind != lineNumbered {
			continue
		}
		// A text browser sets all its text in from the margin: a
		// number that starts a line of a paragraph it wrapped ("… at
		// the age of" over "66. His family said …"), as far in as the
		// line above, goes on with it, as CommonMark reads an ordered
		// item that starts with another number than 1 under text.
		wrapped := i > 0 && ls[i-1].kind == lineText && ls[i-1].indent >= ls[i].indent && ls[i].number != 1
		if ls[i].indent > 0 && !wrapped || neighbourNumbered(ls, i, -1) || neighbourNumbered(ls, i, 1) ||
			looseNeighbour(ls, i, -1) || looseNeighbour(ls, i, 1) ||
			nearNumbered(ls, i, -1) || nearNumbered(ls, i, 1) {
			continue
		}
		ls[i].kind, ls[i].raw = lineText, ls[i].unbroken(ls[i].full)
	}
}

// neighbourNumbered reports whether the item next to line i in direction
// step is numbered too: the next numbered line, past the lines of the
// item above it that a writer wrapped and indented under its text
// (pandoc's "1.  [A long" and "    headline](/a)").
func neighbourNumbered(ls []line, i, step int) bool {
	j := i + step
	for j >= 0 && j < len(ls) && ls[j].kind == lineText && ls[j].indent > 0 {
		j += step
	}
	if j < 0 || j >= len(ls) || ls[j].kind != lineNumbered {
		return false
	}
	above := min(i, j)
	for k := above + 1; k < max(i, j); k++ {
		if ls[k].indent < ls[above].col {
			return false
		}
	}
	return true
}

// looseNeighbour reports whether the first line in direction step that is
// not blank or code is a numbered line whose number follows (or precedes)
// the number of line i.
func looseNeighbour(ls []line, i, step int) bool {
	j := i + step
	for j >= 0 && j < len(ls) && (ls[j].kind == lineBlank || ls[j].kind == lineCode || ls[j].kind == linePart) {
		j += step
	}
	return j >= 0 && j < len(ls) && j != i+step && ls[j].kind == lineNumbered && ls[j].number == ls[i].number+step
}

// maxItemLines bounds the lines of text between two numbered lines that
// nearNumbered takes for one item's.
const maxItemLines = 3

// nearNumbered reports whether, within maxItemLines lines of text (and
// blank lines) of line i in direction step, a numbered line has the
// number after (or before) line i's: a list whose items a converter
// printed with their addresses and pictures' names on lines of their own
// ("1) Lego Star Wars 75188", "http://amzn.to/…", "[]", "2) …"). A line
// between that ends like a sentence is prose between two paragraphs that
// start with dates ("3. März …", "Dazwischen.", "4. April").
func nearNumbered(ls []line, i, step int) bool {
	text := 0
	for j := i + step; j >= 0 && j < len(ls); j += step {
		switch ls[j].kind {
		case lineBlank:
		case lineText:
			if text++; text > maxItemLines || strings.ContainsAny(ls[j].full[len(ls[j].full)-1:], ".!?:") {
				return false
			}
		case lineNumbered:
			return ls[j].number == ls[i].number+step
		default:
			return false
		}
	}
	return false
}

// A hard-wrapped line ends between minWrapped and maxWrapped columns
// (html2text wraps at 78).
const (
	minWrapped = 60
	maxWrapped = 80
)

// wrappedLines returns how many of the text's long prose lines end between
// 60 and 80 columns, if most of them do and it is hard-wrapped at a fixed
// width, else 0 (unwrapped scraper output has long lines of every length);
// and how many long ones are at least twice as long in bytes as width
// measures them (mostly Chinese, Japanese or Korean, if width counts
// characters).
func wrappedLines(ls []line, width measure) (fit, wide int) {
	long := 0
	for i := range ls {
		l := &ls[i]
		if l.kind != lineText && l.kind != lineQuote || l.cell || l.tagged {
			continue
		}
		if i+1 < len(ls) && spaceBreak(l, &ls[i+1], width) {
			fit++
			long++
			continue
		}
		// A rune is one to four bytes: most lines are told short or
		// long by their bytes, without counting a paragraph's runes.
		if len(l.full)+l.indent < minWrapped {
			continue
		}
		long++
		if len(l.full) > 4*maxWrapped {
			if len(l.full) <= maxOverflow && overflowing(l.full, l.indent, width) || unbreakable(ls, i, width) {
				long--
			}
			continue
		}
		n := width(l.full)
		if len(l.full) >= 2*n {
			wide++
		}
		// Only a line of more bytes than characters or columns may
		// have Chinese or Japanese in it.
		ascii := n == len(l.full)
		if n += l.indent; n < minWrapped {
			long--
		} else if n > maxWrapped && (aloneHeading(ls, i) || overflowing(l.full, l.indent, width) || !ascii && unbreakable(ls, i, width)) {
			long--
		} else if n <= maxWrapped {
			fit++
		}
	}
	if fit < 3 || fit*10 < long*8 {
		fit = 0
	}
	return fit, wide
}

// spaceBreak reports whether a wrapper that breaks lines only at spaces
// (pandoc, at 72 columns) ended text line l where next goes on: between
// two Latin words ("Kindle for" / "PC、Amazonがあまり…"), since the
// unbroken run of Chinese or Japanese that follows, which has no space to
// break at, did not fit. Such a line is as short as the Latin words before
// the run leave it, and says as much as a full one that the text is
// wrapped. A line that ends in Chinese or Japanese over one that starts in
// it is a heading over its paragraph as often.
func spaceBreak(l, next *line, width measure) bool {
	// A rune is at most four bytes: a line of more than four times
	// maxWrapped is no wrapped one.
	if l.kind != lineText || next.kind != lineText || l.cell || next.cell || l.full == "" || next.full == "" || len(l.full)+l.indent > 4*maxWrapped {
		return false
	}
	if c := l.full[len(l.full)-1]; c >= utf8.RuneSelf || c == ' ' {
		return false
	}
	if c := next.full[0]; c >= utf8.RuneSelf || c == ' ' {
		return false
	}
	// Most lines start with a word of Latin letters: its first byte
	// past ASCII, or the space after it, tells without reading further.
	j := 1
	for ; j < len(next.full) && next.full[j] < utf8.RuneSelf; j++ {
		if next.full[j] == ' ' && !strings.Contains(next.full[:j], `="`) {
			return false
		}
	}
	if j == len(next.full) {
		return false
	}
	run, _ := unbrokenAt(next.full)
	if !textfix.HasWide(run) {
		return false
	}
	n := width(l.full) + l.indent
	return n <= maxWrapped && n+1+width(run) > maxWrapped
}

// unbreakable reports whether line ls[i] is one run of Chinese or Japanese
// with no space in it, which a wrapper that breaks only at spaces leaves
// whole however long it is: alone between blank lines, or after a space
// break (see spaceBreak) and before a blank line or another Latin word.
// Its length says nothing of the width. Under a line that ends in Chinese
// or Japanese it is a paragraph under its heading, as text that is not
// wrapped has them.
func unbreakable(ls []line, i int, width measure) bool {
	l := &ls[i]
	if strings.Contains(l.full, columnGap) {
		// A table's row, which pandoc does not wrap: its columns are
		// set apart by spaces.
		return textfix.HasWide(l.full)
	}
	if strings.IndexByte(l.full, ' ') >= 0 || !textfix.HasWide(l.full) {
		return false
	}
	before := i == 0 || ls[i-1].kind == lineBlank || spaceBreak(&ls[i-1], l, width)
	after := i+1 == len(ls) || l.hardBreak || ls[i+1].kind == lineBlank || ls[i+1].full != "" && ls[i+1].full[0] < utf8.RuneSelf
	return before && after
}

// columnGap sets a text table's columns apart: pandoc's simple tables,
// a text browser's layout.
const columnGap = "   "

// aloneHeading reports whether line ls[i] does not end like a sentence and
// stands alone before a blank line, under a blank line or a short one (a
// teaser's date over its headline): a heading, which a wrapper leaves
// whole (pandoc's plain text), so that its length says nothing of the
// width the text is wrapped at.
func aloneHeading(ls []line, i int) bool {
	t := ls[i].full
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:") &&
		(i == 0 || ls[i-1].kind == lineBlank || len(ls[i-1].full)+ls[i-1].indent < minWrapped) &&
		(i+1 == len(ls) || ls[i+1].kind == lineBlank)
}

// maxOverflow bounds the lines overflowing reads: longer ones are
// paragraphs, not wrapped lines.
const maxOverflow = 1 << 10

// overflowing reports whether the line s is longer than 80 columns only by
// an address or attributes in it: a wrapper does not break a word, and
// html2text, which writes links with their address ("[text](https://…)"),
// writes lines as long as the address makes them, pandoc as long as a
// class name ("News](/news){.menu__item-link"). Such a line says nothing
// of the width.
func overflowing(s string, indent int, width measure) bool {
	// Most long lines are prose with none of these: four vectorised
	// searches rule them out faster than one look at each byte.
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '{') < 0 && strings.IndexByte(s, '}') < 0 && !strings.Contains(s, `="`) {
		return false
	}
	longest := 0
	for rest := strings.TrimSpace(s); rest != ""; {
		w, whole := unbrokenAt(rest)
		if whole || addressOrAttributes(w) {
			longest = max(longest, width(w))
		}
		rest = strings.TrimLeft(rest[len(w):], " \t")
	}
	return longest > 0 && width(s)+indent-longest <= maxWrapped
}

// measure is how a wrapper measures a line: in characters
// (utf8.RuneCountInString) or in columns (textfix.Columns).
type measure func(string) int

type parser struct {
	lines []line
	// numbered: a dump's lines as the browser printed them, with the
	// link numbers unnumbered took out of lines (see endsShort); nil for
	// any other text. A line's no is its index here, plus one.
	numbered []string
	wrapped  bool
	// markdown: the text has headings, "*" or "+" bullets, tables or
	// fenced code, as html2text writes them and as no page's text shows
	// them (html-text and innerText write none): what is left of
	// html2text's emphasis is read as such only then (see
	// emphasisMarkers), and a plain text's "Man**" keeps its stars.
	markdown bool
	// tabs: the text has a tab, which a table copied from a page sets
	// between its cells (see tabRows); most texts have none.
	tabs bool
	// width is the width a hard-wrapped text is wrapped at (see
	// wrapWidth), as measure measures it.
	width int
	// fullAt is as wide as a line of the text is when the wrapper
	// filled it: most of its wrapped lines are no wider (see fullWidth).
	fullAt  int
	measure measure
	columns bool              // measure counts columns: the text was wrapped by a text browser
	refs    map[string]string // link reference definitions, by label
	blocks  []Block
	// indent and col hold, for each block that is a list item, the
	// indentation of its marker and the column its text starts at.
	indent, col []int
}

func (p *parser) build() {
	// A block takes one line or more: room for one per line of text
	// saves growing the slice, whose elements are large, several times.
	n := 0
	for i := range p.lines {
		if k := p.lines[i].kind; k != lineBlank && k != lineRule && k != linePart {
			n++
		}
	}
	p.blocks = make([]Block, 0, n)
	gap := true
	// cur is the block wrapped lines may continue, when open: a value,
	// not a pointer, so that starting a block allocates nothing.
	var cur Block
	open := false
	var curIndent, curCol int
	// Most blocks are one line: its text is the raw text as it is, and
	// only a paragraph joined from wrapped lines is built anew.
	var raw string
	var joined strings.Builder
	multi := false
	multiline := func() {
		if !multi {
			joined.Reset()
			joined.WriteString(raw)
			multi = true
		}
	}
	join := func(next string, prev *line) {
		multiline()
		// w3m breaks a line between any two wide characters, Korean
		// ones in a word too: where it filled the line, no space was
		// lost.
		full := p.columns && p.fullAt >= minBrowserWidth && p.measure(prev.full)+prev.indent >= p.fullAt-1
		joinWrapped(&joined, next, full)
	}
	var c card      // a link around blocks (see card.go)
	inLink := false // the line before broke a link's text
	flush := func() {
		if !open {
			return
		}
		if multi {
			raw = joined.String()
		}
		var dest string
		raw, dest = c.closes(raw)
		finish(&cur, raw, syntax{p.markdown, p.refs})
		if dest != "" {
			// What follows the "](…)" is no longer the link's:
			// turndown goes on with the next paragraph's text.
			link(p.blocks[c.first:], dest)
			c.open = false
		}
		if opens(cur.Kind, raw, cur.Text, dest != "") {
			cur.Text = ""
			c = card{open: true, first: len(p.blocks)}
		} else if c.open && len(p.blocks)-c.first >= maxCardBlocks {
			c.open = false
		}
		// A line of nothing but markup ("**", "#") carries no text.
		if cur.Text != "" {
			p.blocks = append(p.blocks, cur)
			p.indent = append(p.indent, curIndent)
			p.col = append(p.col, curCol)
		}
		open = false
		raw, multi = "", false
	}
	// broke: the line before ended in a hard line break, which ended
	// its block (see the end of the loop): a paragraph's or a quote's
	// line right under it goes on from it (see Block.Break).
	broke := false
	start := func(b Block, text string) {
		flush()
		curIndent, curCol = 0, 0
		b.Gap = gap
		b.Break = broke && !gap && (b.Kind == Paragraph || b.Kind == Quote)
		gap, broke = false, false
		cur, open = b, true
		raw = text
	}
	for i := range p.lines {
		l := &p.lines[i]
		switch l.kind {
		case lineBlank, lineRule:
			flush()
			gap = true
			continue
		case lineHeading:
			start(Block{Kind: Heading, Level: l.level, Line: l.no}, l.raw)
			// html2text wraps a long heading like a paragraph, its
			// last words on the next line.
			if !(p.wrapped && p.wrappedOn(l, p.lines, i)) {
				flush()
			}
			continue
		case lineCode:
			// Code is not inline text: finish must not read its
			// backslashes and asterisks as Markdown.
			flush()
			p.blocks = append(p.blocks, Block{Kind: Code, Line: l.no, Text: l.raw, Info: l.full, Gap: gap})
			p.indent = append(p.indent, 0)
			p.col = append(p.col, 0)
			gap = true
			continue
		case linePart:
			continue
		case lineTable:
			// Rows are cells of inline text already, and never joined.
			flush()
			p.blocks = append(p.blocks, Block{Kind: TableRow, Level: l.level, Line: l.no, Text: l.raw, Info: l.full, Gap: gap, Links: l.links, CodeSpans: l.code})
			p.indent = append(p.indent, 0)
			p.col = append(p.col, 0)
			gap = false
			continue
		case lineBullet:
			start(Block{Kind: ListItem, Line: l.no}, l.raw)
			curIndent, curCol = l.indent, l.col
		case lineNumbered:
			start(Block{Kind: ListItem, Ordered: true, Number: l.number, Line: l.no}, l.raw)
			curIndent, curCol = l.indent, l.col
		case lineQuote:
			if (p.wrapped || p.markdown) && open && cur.Kind == Quote && l.raw != "" {
				join(l.raw, &p.lines[i-1])
			} else if l.raw == "" {
				flush()
			} else {
				start(Block{Kind: Quote, Line: l.no}, l.raw)
			}
		case lineText:
			if l.menu != nil {
				broke = false
				// One block a link, as a menu's entries are.
				for _, m := range l.menu {
					start(Block{Line: l.no}, m)
					flush()
				}
				continue
			}
			_, drawn := CutDrawnBullet(l.raw)
			// Text not wrapped at a width leaves a block open past its
			// line only where brokenAt found the sentence going on (see
			// the end of the loop).
			// Nor does a short line end it inside a link or a span
			// that the line closes (pandoc's "mogul, Debola" over
			// "Lagos.]{style=…}", where the page had a <br>).
			goesOn := !p.wrapped || !(i > 0 && (p.endsShort(&p.lines[i-1], l) || p.overRow(i) || p.crumbApart(&p.lines[i-1], l))) || inLink ||
				p.markdown && open && linkGoesOn(raw, l)
			// A line left of a list item's bullet, after the item's
			// sentence ended, starting a new one, is the next block
			// (links2's caption under a list, with no blank line
			// between); links2 may print an item's wrapped lines there
			// too ("* * * CHEER ON … their skills" / "during the …").
			outdented := cur.Kind == ListItem && p.wrapped && l.indent < curIndent &&
				endsWithStop(p.lines[i-1].raw) && startsWithUpper(l.raw)
			if open && cur.Kind != Quote && !drawn && goesOn && !l.cell && !p.lines[i-1].cell && !outdented {
				next := l.raw
				if inLink {
					// The emphasis the break is in closes before it
					// ("[**a\\" / "**](/a)"): after it, the marks
					// would close nothing.
					k := len(next) - len(strings.TrimLeft(next, "*_"))
					multiline()
					joined.WriteString(next[:k])
					next = next[k:]
				}
				join(next, &p.lines[i-1])
				if cur.Kind == Heading && !p.wrappedOn(l, p.lines, i) {
					flush()
				}
			} else {
				start(Block{Line: l.no}, l.raw)
			}
		}
		// A link's or a span's text may hold a line break: pandoc
		// writes a <br> in a link as one ("[**http://amzn.to/x\\" /
		// "**](http://amzn.to/x)"), and in a styled span ("[[text\\" /
		// "]{style=…}]{style=…}").
		inLink = l.hardBreak && open && p.markdown && i+1 < len(p.lines) && linkGoesOn(raw, &p.lines[i+1])
		verse := i+1 < len(p.lines) && p.lines[i+1].verse
		if !inLink && !(i+1 < len(p.lines) && commaBroken(l, &p.lines[i+1])) && !(i+1 < len(p.lines) && p.quoteGoesOn(l, &p.lines[i+1])) &&
			(l.hardBreak || l.cell || verse || !p.wrapped && (l.kind != lineText || i+1 == len(p.lines) || !brokenAt(l, &p.lines[i+1]))) {
			flush()
			// A break alone on its line is a second <br>, which
			// ends a paragraph as a blank line does.
			broke = verse || l.hardBreak && l.raw != "" && (l.kind == lineText || l.kind == lineQuote) && p.markedBreak(l)
		}
	}
	flush()
	p.normaliseListLevels()
}

// quoteGoesOn reports whether quote line next goes on with the paragraph
// of quote line l in Markdown, which reads the lines of a quote as it
// reads a paragraph's ("> line one" / "> line two" is one paragraph): at
// the same depth, with text on both, and no hard line break between.
func (p *parser) quoteGoesOn(l, next *line) bool {
	return p.markdown && l.kind == lineQuote && next.kind == lineQuote && l.raw != "" && next.raw != "" &&
		l.level == next.level && !l.hardBreak
}

// markedBreak reports whether hard-broken line l was broken on purpose: by
// a backslash, or by two spaces in Markdown (or after an escaped
// backslash, where the renderer writes them, see markdown.Render). Plain
// scraped text ends lines in spaces by accident.
func (p *parser) markedBreak(l *line) bool {
	if l.backslash || p.markdown {
		return true
	}
	t := strings.TrimRight(l.full, " \t")
	return len(t)-len(strings.TrimRight(t, `\`)) >= 2
}

// cutQuoteMarkers returns how many block quote markers (">", with the
// spaces after each) t starts with, and the text after them.
func cutQuoteMarkers(t string) (int, string) {
	level := 0
	for len(t) > 0 && t[0] == '>' {
		level++
		t = strings.TrimLeft(t[1:], " \t")
	}
	return level, t
}

// linkGoesOn reports whether the "[" of a link or of pandoc's span is open
// at the end of text, a block's so far, and next, a line of text, closes
// it: a "]" with "(" or "{" after it and no "[" before it.
func linkGoesOn(text string, next *line) bool {
	if next.kind != lineText {
		return false
	}
	open := -1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\\':
			i++
		case '[':
			open = i
		case ']':
			open = -1
		}
	}
	if open < 0 {
		return false
	}
	end := unescaped(next.raw, ']')
	return end >= 0 && unescaped(next.raw[:end], '[') < 0 &&
		(strings.HasPrefix(next.raw[end:], "](") || strings.HasPrefix(next.raw[end:], "]{"))
}

// commaBroken reports whether text line l ends in a Chinese or Japanese
// comma ("また、その他にも、") and line next goes on with the sentence: a
// <br> inside a sentence, which a scraper writes as a line break or a
// hard one ("  "), is no paragraph's end, as a reader sees one sentence.
// That comma ends no sentence, as a Latin one may end a list's line.
func commaBroken(l, next *line) bool {
	if l.kind != lineText || next.kind != lineText || l.cell || next.cell || next.indent > l.indent+3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.unbroken(l.raw))
	return last == '、' || last == '，'
}

// minBrokenWords is how many words a line needs for brokenAt to take it
// for a sentence that goes on: fewer may be a menu's or a list's.
const minBrokenWords = 6

// brokenAt reports whether text line l, in a text not wrapped at a fixed
// width, breaks a sentence that line next goes on with: l has some words
// and ends in a lower-case letter or a comma, and next starts with a
// lower-case letter and has some words too, unless l ends in a comma. A
// page's <br> inside a paragraph ("…, the council said, after" / "repairs
// that took three weeks."), which html-text and innerText dump as a line
// break, is no paragraph's end: a reader sees one sentence. A caption, a
// menu or a list whose lines start alike is not written so.
func brokenAt(l, next *line) bool {
	if l.kind != lineText || next.kind != lineText || l.hardBreak || next.indent > l.indent+3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l.raw)
	first, _ := utf8.DecodeRuneInString(next.raw)
	if !unicode.IsLower(first) || !unicode.IsLower(last) && last != ',' {
		return false
	}
	// Lines that start alike are a list's ("in § 68 SGB V …" / "in §
	// 630f BGB …"), and an address under a line is the line's link.
	w, _, _ := strings.Cut(next.raw, " ")
	if v, _, _ := strings.Cut(l.raw, " "); strings.EqualFold(v, w) || strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return false
	}
	// A short line under one that ends in a word may be a byline ("di
	// Marco Esempio" under a teaser without a full stop): only a comma
	// says the sentence goes on into it.
	if strings.Count(next.raw, " ")+1 < minBrokenWords && last != ',' && !wrappedTail(l, next) {
		return false
	}
	// Nor does a line of names under one ("by Maria Lopez, University
	// of Queensland" under a headline): a sentence goes on in lower
	// case, and even German's nouns leave most of its words so.
	if last != ',' && strings.Count(next.raw, " ") < maxNamesWords && namesAfterFirst(next.raw) {
		return false
	}
	return strings.Count(l.raw, " ")+1 >= minBrokenWords
}

// minCrumbMarks: a line with so many breadcrumb marks ("»", "›") between
// its words is a page's path ("Home » Recalls » Baby & Kids » …"), which
// no sentence is: a wrapper's line under or over it is another block.
const minCrumbMarks = 2

// crumbRow reports whether s has minCrumbMarks breadcrumb marks or more
// between its words.
func crumbRow(s string) bool {
	// Most lines have neither mark: the last byte of each ("»" is C2
	// BB, "›" E2 80 BA) tells, one fast scan each, before the count.
	if strings.IndexByte(s, 0xBB) < 0 && strings.IndexByte(s, 0xBA) < 0 {
		return false
	}
	return strings.Count(s, " » ")+strings.Count(s, " › ") >= minCrumbMarks
}

// crumbApart reports whether lines prev and next, one a page's path (see
// crumbRow), are two blocks: the first word of next would have fit on
// prev, with no slack (see endsShort), as a wrapper would have put it
// there ("Recall alert: Get free email notices when products you own are
// recalled" over "Home » Recalls » …"). A path the wrapper broke goes on
// at a mark ("Home › Tech › Smartphone ›" over "› Halvard Orbit 3 Pro")
// or with a word that did not fit.
func (p *parser) crumbApart(prev, next *line) bool {
	if strings.HasSuffix(prev.raw, "»") || strings.HasSuffix(prev.raw, "›") ||
		strings.HasPrefix(next.raw, "»") || strings.HasPrefix(next.raw, "›") ||
		!crumbRow(prev.raw) && !crumbRow(next.raw) {
		return false
	}
	w, _ := unbrokenAt(next.full)
	return p.measure(prev.full)+prev.indent+1+p.measure(w) <= p.width
}

// wrappedTail reports whether short line next is the end of the sentence
// that line l, as long as a wrapper fills one, breaks: it ends the
// sentence in two words or more ("Her second collection, Windfalls, was"
// / "published in 2025."), which no byline does, and l has a comma or a
// sentence's end in it, as a headline seldom has. html2text wraps a short
// page's few long lines too, too few for wrappedLines to find it wrapped.
func wrappedTail(l, next *line) bool {
	if !endsWithStop(strings.TrimRight(next.raw, "*_\"'’”)]")) || !strings.Contains(next.raw, " ") ||
		!strings.Contains(l.raw, ", ") && !strings.Contains(l.raw, ". ") {
		return false
	}
	n := utf8.RuneCountInString(l.raw) + l.indent
	return n >= minWrapped && n <= maxWrapped
}

// maxNamesWords is how many words a line of names has at most: a byline
// with its author's place of work. A longer line that goes on with a
// sentence names companies ("by Blue Origin that includes Draper,
// Lockheed Martin, and Northrop Grumman.").
const maxNamesWords = 10

// namesAfterFirst reports whether two in three or more of the words of s
// after its first start with a capital letter.
func namesAfterFirst(s string) bool {
	n, caps := -1, 0
	for w := range strings.FieldsSeq(s) {
		if n++; n == 0 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return n > 0 && caps*3 >= n*2
}

// wrapWidth returns the width a hard-wrapped text is wrapped at: its
// longest line of text that is no longer than maxWrapped columns.
func wrapWidth(ls []line, width measure) int {
	w := 0
	for _, l := range ls {
		if l.kind == lineText || l.kind == lineQuote || l.kind == lineBullet || l.kind == lineNumbered {
			if n := len(l.full) + l.indent; n > w && n <= 4*maxWrapped {
				if n = width(l.full) + l.indent; n <= maxWrapped {
					w = max(w, n)
				}
			}
		}
	}
	return w
}

// minBrowserWidth: a text whose full lines are this wide was wrapped by a
// text browser, at 80 columns; pandoc wraps at 72, and breaks no word.
const minBrowserWidth = 74

// fullWidth returns the width that nine in ten of the text's lines of
// minWrapped to maxWrapped columns do not pass: the width of a full line.
// A few lines are longer than the wrapper fills them (elinks fills its
// lines of Korean to 76 or 77 columns, and leaves a line of 80 where it
// cannot break), and the longest would make no line seem full.
func fullWidth(ls []line, width measure) int {
	var n [maxWrapped + 1]int
	total := 0
	for i := range ls {
		l := &ls[i]
		if l.kind != lineText || len(l.full)+l.indent > 4*maxWrapped {
			continue
		}
		if w := width(l.full) + l.indent; w >= minWrapped && w <= maxWrapped {
			n[w]++
			total++
		}
	}
	seen := 0
	for w := minWrapped; w <= maxWrapped; w++ {
		if seen += n[w]; seen*10 >= total*9 {
			return w
		}
	}
	return maxWrapped
}

// endsShort reports whether line prev, in a text wrapped at p.width
// columns, ends its paragraph although line next follows it without a
// blank line: next's first word would have fit on prev with room to spare
// (wrapSlack), where a wrapper that fills its lines would have put it. Text browsers set a paragraph
// apart from a form, a byline or a footer by a line break alone ("day."
// over "[8]Share on Twitter"), which a long word at the start of the next
// line of the same paragraph is told from.
func (p *parser) endsShort(prev, next *line) bool {
	if prev.kind != lineText && prev.kind != lineBullet && prev.kind != lineNumbered {
		return false
	}
	if prev.tagged || next.tagged {
		return false
	}
	if wordEnds(prev.full) && stampLine(next.full) {
		// A date with its time under a writer's role ("… en la
		// Universidad de Valdeluz" over "14 nov 2026 - 06:00 CET"): a
		// byline's lines, one under another, that a short word of the
		// next would have fit on, give the time its own line.
		return true
	}
	if endsWithStop(prev.full) && rowLine(next.full) {
		// A row of facts parted by dots or bars under a sentence's
		// end ("… a la primera." over "Por Lucía Benavente · 14 de
		// marzo de 2025 ·", "… che ho amato." over "di Giulia Ferrandi
		// · 14 maggio 2024 ·"): lynx prints a byline right under the
		// standfirst, where its first word would have fit within the
		// slack.
		return true
	}
	if prev.narrow > 0 && next.narrow == prev.narrow {
		// A line of a narrow column, over the next line of the same
		// column: its words would not have fit (see markNarrow).
		return false
	}
	w, _ := unbrokenAt(next.full)
	// A dump's link numbers took columns on the lines the browser
	// wrapped ("suffer [112]air quality problems today. [113]Paris has
	// also historically" over "and recently …"): where the next line
	// goes on with the sentence, in lower case, the lines are measured
	// with them. Where it does not, the numbers tell a line that ends
	// ("Jane on [69]May 2 said:") from a full one no better than the
	// slack does.
	pw, nw := p.measure(prev.full), p.measure(w)
	if r, _ := utf8.DecodeRuneInString(w); p.numbered != nil && unicode.IsLower(r) && next.no <= len(p.numbered) {
		pw = p.measure(strings.TrimSpace(p.numbered[prev.no-1]))
		first, _, _ := strings.Cut(strings.TrimSpace(p.numbered[next.no-1]), " ")
		nw = p.measure(first)
	}
	if last, _ := utf8.DecodeLastRuneInString(prev.full); textfix.IsWide(last) {
		if commaBroken(prev, next) {
			// A sentence goes on after a Chinese or Japanese comma.
			return false
		}
		// Between two Chinese or Japanese characters a text browser may
		// break a line, and pandoc, which breaks only at spaces, may not:
		// the first character is what would have fit. A line indented
		// under this one goes on in a column narrower than the text (a
		// list item's), whose width a dump's link numbers, gone from
		// the line, hide.
		if first, n := utf8.DecodeRuneInString(w); textfix.IsWide(first) && next.indent <= prev.indent {
			nw = p.measure(w[:n])
		}
	}
	return pw+prev.indent+1+nw+wrapSlack <= p.width
}

// overRow reports whether line i, short, starting under a sentence's end
// and ending no sentence itself, stands right over a row of facts (see
// rowLine): a byline's names over their dates ("… les craintes." / "Par
// Hélène Marchadier et Thibaut Lescure" / "Publié le 18 juin 2025 · …"),
// which lynx prints under the standfirst with no blank line between. The
// last line of a paragraph ends a sentence ("Verbraucher sollten den Käse
// keinesfalls essen." over the byline's row), or stands over a blank line.
func (p *parser) overRow(i int) bool {
	l := &p.lines[i]
	if i+1 >= len(p.lines) || !endsWithStop(p.lines[i-1].full) || !startsWithUpper(l.full) || endsWithStop(l.full) || p.measure(l.full)+l.indent >= minWrapped {
		return false
	}
	next := &p.lines[i+1]
	return next.kind == lineText && startsWithUpper(next.full) && rowLine(next.full)
}

// rowLine reports whether s has the marks that part a header's facts on
// one line, a byline's and its dates ("By Jane Doe · 14 October 2024 ·",
// "Jane Doe | Sevilla"), which a wrapped sentence seldom has.
func rowLine(s string) bool {
	// Most lines have none of the marks: one search each rules them out.
	if !strings.ContainsAny(s, "·|•") {
		return false
	}
	// The marks stand between spaces, no-break ones too ("Reporter\u00a0
	// |\u00a0 Wednesday", html-to-text).
	prev := 'x'
	for i, r := range s {
		if (r == '·' || r == '|' || r == '•') && unicode.IsSpace(prev) {
			if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsSpace(next) {
				return true
			}
		}
		prev = r
	}
	return false
}

// maxStampWords and maxStampBytes bound a line of a date and a time: "14
// nov 2026 - 06:00 CET", "Sonntag, 8. März 2026, 14.32 Uhr".
const (
	maxStampWords = 7
	maxStampBytes = 64
)

// stampLine reports whether s is a date with its time and nothing else:
// a year (four digits) and a clock (hh:mm or hh.mm) among a few words,
// and no full stop at the end, which a sentence that names a time has
// ("… on" over "14 November 2026 at 10:00 CET.").
func stampLine(s string) bool {
	// Most lines are longer, or have no digit: every wrapped line is
	// asked.
	if len(s) > maxStampBytes || strings.HasSuffix(s, ".") || strings.IndexAny(s, "0123456789") < 0 {
		return false
	}
	year, clock, n := false, false, 0
	for w := range strings.FieldsSeq(s) {
		// Markup is no date's ("title=\"Mar 3, 2024 7:42 pm\"}](/t/1)").
		if n++; n > maxStampWords || strings.ContainsAny(w, "\"=[]{}|<>") {
			return false
		}
		if n == 1 && strings.HasSuffix(w, ",") && isDigits(w[:len(w)-1]) {
			// A day or a year with a comma after it ends a date
			// that the line above starts ("Updated March" over
			// "15, 2025, 9:42 a.m. ET", "Updated : 19 November"
			// over "2019, 09:01 AM").
			return false
		}
		w = strings.Trim(w, ",;()")
		switch {
		case datedYear(w):
			year = true
		case len(w) >= 4 && len(w) <= 5 && (w[len(w)-3] == ':' || w[len(w)-3] == '.') && isDigits(w[:len(w)-3]) && isDigits(w[len(w)-2:]):
			clock = true
		}
	}
	return year && clock
}

// minEndWord: a shorter word at a line's end may lead into the date on
// the next ("Par Odile Castagnet (correspondante locale) Le" over
// "04/03/2026 à 06:15"), as "on", "am" or "del" do.
const minEndWord = 4

// wordEnds reports whether s ends in a word of minEndWord letters or more:
// after a separator ("New Delhi, News Nation Bureau |") or a short word
// the line goes on.
func wordEnds(s string) bool {
	for n := 0; ; n++ {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) {
			return n >= minEndWord
		}
		s = s[:len(s)-size]
	}
}

// datedYear reports whether w is a year (1900 to 2099) or a date written
// in digits that has one: "14.11.2026", "11/14/2026", "2026-11-14".
func datedYear(w string) bool {
	year := func(y string) bool { return isDigits(y) && (y[:2] == "19" || y[:2] == "20") }
	switch n := len(w); {
	case n == 4:
		return year(w)
	case n > 5 && strings.IndexByte("./-", w[n-5]) >= 0 && year(w[n-4:]):
		return true
	}
	return len(w) > 5 && w[4] == '-' && year(w[:4])
}

// addressOrAttributes reports whether the word w has a "/" (an address)
// or a brace (pandoc's attributes).
func addressOrAttributes(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '/' || c == '{' || c == '}' {
			return true
		}
	}
	return false
}

// unescaped returns the index of the first c in s that no backslash
// escapes (a table's "|", pandoc's quote in ga="[[\"Embedded Url\"]]"),
// or -1.
func unescaped(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case c:
			return i
		}
	}
	return -1
}

// unbrokenAt returns what t starts with that pandoc does not break: a
// word, or a quoted value with spaces in it, of an attribute
// (srcset="a.jpg 1x, b.jpg 2x") or a link's title ("[](/a "A title")"),
// and whether it is such a value, which is no word of the text. A tag's
// name and its first attribute are one ("<a href="https://…"").
func unbrokenAt(t string) (string, bool) {
	w, rest, _ := strings.Cut(t, " ")
	if rest != "" && strings.IndexByte(w, '>') < 0 && tagAtom(w) != 0 {
		attr, _ := unbrokenAt(rest)
		return t[:len(w)+1+len(attr)], true
	}
	end := -1
	if k := strings.Index(w, `="`); k >= 0 && unescaped(w[k+2:], '"') < 0 {
		if e := unescaped(t[k+2:], '"'); e >= 0 {
			end = k + 2 + e + 1
		}
	} else if strings.Contains(w, "](") && strings.IndexByte(w, ')') < 0 && strings.HasPrefix(t[len(w):], ` "`) {
		if e := strings.Index(t[len(w)+2:], `")`); e >= 0 {
			end = len(w) + 2 + e + 2
		}
	}
	if end < 0 {
		return w, false
	}
	// What follows the value up to a space is the same word.
	if e := strings.IndexByte(t[end:], ' '); e >= 0 {
		return t[:end+e], true
	}
	return t, true
}

// wrapSlack is how many columns short of fitting a word may be and still
// have been wrapped to the next line: a wrapper that counts bytes, or a
// display's width, or a hand, ends some lines a little early.
const wrapSlack = 10

// wrappedOn reports whether a heading goes on after its line l, ls[i] (its
// first line or one joined to it): the next line is text right under it,
// and l is as long as a hard-wrapped line, or the next line's first word
// would not have fit on it (a link's address: "### [What it means for
// the" over "war](/videos/…)"). Otherwise a heading is followed by a blank
// line, or by a paragraph of its own.
func (p *parser) wrappedOn(l *line, ls []line, i int) bool {
	if i+1 >= len(ls) || ls[i+1].kind != lineText {
		return false
	}
	n := p.measure(l.full) + l.indent
	if n >= minWrapped && (n <= maxWrapped || overflowing(l.full, l.indent, p.measure)) {
		return true
	}
	w, _, _ := strings.Cut(ls[i+1].full, " ")
	return p.width > 0 && n+1+p.measure(w) > p.width
}

// unspacedScript reports whether r is a character of a script written
// without spaces between words, or their punctuation: Chinese and
// Japanese, which are wide (see textfix.Columns).
func unspacedScript(r rune) bool {
	return textfix.IsWide(r) && !unicode.Is(unicode.Hangul, r)
}

// joinWrapped appends a continuation line. A word broken at a hyphen by the
// wrapper ("US-" + "Außenminister") is joined without a space, and so are
// two Chinese or Japanese characters, and two Korean ones after a line
// that was full.
func joinWrapped(sb *strings.Builder, next string, full bool) {
	s := sb.String()
	if n := len(s); n >= 2 && s[n-1] == '-' {
		prev, _ := utf8.DecodeLastRuneInString(s[:n-1])
		first, _ := utf8.DecodeRuneInString(next)
		if textfix.IsLetter(prev) && textfix.IsLetter(first) {
			sb.WriteString(next)
			return
		}
	}
	if n := len(s); n > 0 && s[n-1] >= utf8.RuneSelf {
		// Chinese and Japanese set no space between words: a line
		// wrapped between two of their characters goes on without one.
		// (Korean spaces its words.)
		prev, _ := utf8.DecodeLastRuneInString(s)
		first, _ := utf8.DecodeRuneInString(next)
		if unspacedScript(prev) && unspacedScript(first) || full && textfix.IsWide(prev) && textfix.IsWide(first) {
			sb.WriteString(next)
			return
		}
	}
	sb.WriteByte(' ')
	sb.WriteString(next)
}

// finish turns the block's raw Markdown-ish text into plain inline text. A
// block that is wholly emphasised (*…* or _…_) is a caption: that is how
// unscrape renders captions, and how html2text renders <figcaption>/<em>.
func finish(b *Block, raw string, syn syntax) {
	raw = strings.TrimSpace(raw)
	if b.Kind == Paragraph {
		if inner, ok := wholeEmphasis(raw); ok {
			b.Kind = Caption
			raw = inner
		}
	}
	b.Text, b.Links, b.CodeSpans = inline(raw, syn)
}

// syntax is what the whole text tells the reading of a block's inline
// Markdown.
type syntax struct {
	markdown bool              // the text is written in Markdown (see parser.markdown)
	refs     map[string]string // its link reference definitions, by label
}

func wholeEmphasis(s string) (string, bool) {
	if len(s) < 3 {
		return "", false
	}
	c := s[0]
	if (c != '*' && c != '_') || s[len(s)-1] != c || s[1] == c {
		return "", false
	}
	inner := s[1 : len(s)-1]
	if inner == "" || inner[0] == ' ' || inner[len(inner)-1] == ' ' {
		return "", false
	}
	// An odd run of backslashes before the closing marker escapes it.
	if n := len(inner) - len(strings.TrimRight(inner, `\`)); n%2 == 1 {
		return "", false
	}
	// The closing marker must be the only unescaped one of its kind inside
	// that could close, otherwise "*a* and *b*" would be read as one
	// caption; one in a code span is code.
	var open noClose
	for i := 0; i < len(inner); i++ {
		switch inner[i] {
		case '\\':
			i++
		case '`':
			i = skipCode(inner, i, &open)
		case c:
			// A lone one between spaces ("0 * 3") is no delimiter.
			if i == 0 || inner[i-1] != ' ' || i+1 >= len(inner) || inner[i+1] != ' ' {
				return "", false
			}
		}
	}
	return inner, true
}

// plainInline reports whether inline leaves s as it is: no backslash,
// emphasis marker, tab or line break, and single inner spaces. One pass,
// as every line of every input is asked.
func plainInline(s string) bool { return textfix.SingleSpaced(s, &inlineMarkup) }

// inlineMarkup holds the bytes inline has work with.
var inlineMarkup = func() (t [256]bool) {
	for _, c := range []byte{'\\', '*', '_', '\t', '\n', '[', '<', '`', '^'} {
		t[c] = true
	}
	return t
}()

// inline removes Markdown escapes and emphasis markers from one block's text
// and folds runs of white space. A backslash escapes only ASCII punctuation, as
// in CommonMark, so "C:\Users" keeps its backslash. A link is its text, an
// image nothing (see linkAt), a code span itself (see CodeSpan); it returns the
// links and code spans it read.
func inline(s string, syn syntax) (string, []Link, []CodeSpan) {
	if plainInline(s) {
		return s, nil, nil
	}
	// Code is not repaired, but loses the control characters fenced
	// code loses; they go before the spans are read, which they could
	// split ("`\x18``" is a span, "```" none).
	s = withoutControls(s)
	// Only a text with a "[" has a link: one without, which may be
	// plain to a first run and not to the second ("\{" in it), keeps
	// what looks like an address.
	if strings.IndexByte(s, '[') >= 0 && strings.Contains(s, dataDest) {
		s = withoutDataURLs(s)
	}
	if syn.markdown && strings.IndexByte(s, '<') >= 0 {
		s = strings.TrimSpace(withoutTags(s))
	}
	w := inliner{refs: syn.refs}
	if strings.Contains(s, "]{") {
		w.spans = bracketedSpans(s)
	}
	if strings.IndexByte(s, '*') >= 0 || strings.IndexByte(s, '_') >= 0 {
		w.emphasis = emphasisMarkers(s, syn)
	}
	w.sb.Grow(len(s))
	w.write(s, 0, true)
	return w.sb.String(), w.links, w.code
}

// maxRaised bounds the letters of an ordinal's raised suffix ("er",
// "ème", "nd").
const maxRaised = 3

// RaisedSuffix returns the length in bytes of the lower-case letters s
// starts with, maxRaised at most and then no letter, or 0: after a digit
// and a caret, an ordinal's raised suffix ("1^er"), which the parser
// writes without the caret, and the renderer escapes a caret before.
func RaisedSuffix(s string) int {
	n, end := 0, 0
	for _, r := range s {
		if !unicode.IsLower(r) {
			break
		}
		if n++; n > maxRaised {
			return 0
		}
		end += utf8.RuneLen(r)
	}
	if r, _ := utf8.DecodeRuneInString(s[end:]); end == 0 || unicode.IsLetter(r) {
		return 0
	}
	return end
}

// inliner builds inline's result.
type inliner struct {
	sb       strings.Builder
	space    bool // a space is due before the next character
	links    []Link
	code     []CodeSpan
	codeEnd  int               // where the last code span read ends in sb, recorded or not
	linkEnd  int               // where the last link or address note read ends in sb
	emphasis []bool            // the markers of inline's text that pair as emphasis
	refs     map[string]string // the text's link reference definitions
	spans    map[int]bracket   // pandoc's bracketed spans, by their "[" (see pandoc.go)
}

// write writes s, reading its links when links is set: the text of a
// link is written without, as a link holds no link (but may hold an
// image: html2text writes a linked picture as "[![alt](src)](href)").
func (w *inliner) write(s string, base int, links bool) {
	var scan linkScan
	var open noClose
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '[' && i+1 < len(s) && s[i+1] != ']' {
			if end := AddressNoteEnd(s, i); end > 0 {
				i = w.note(s, i, end, links) - 1
				continue
			}
		}
		if c == '[' && w.spans != nil {
			// A pandoc span is its text, which may hold links.
			// The pairs were read on the whole text: one that a link
			// cut (only a code span read otherwise could) is text.
			if sp, ok := w.spans[base+i]; ok && sp.end-base <= len(s) {
				w.write(s[i+1:sp.close-base], base+i+1, links)
				i = sp.end - base - 1
				continue
			}
		}
		switch {
		case c == '`':
			// Before links: CommonMark's code spans bind tighter.
			n, end := codeAt(s, i, &open)
			if end < 0 {
				w.text(s[i : i+n])
				i += n - 1
				continue
			}
			if a := attributesAt(s, end); a > end && s[end+1] == '=' {
				// Pandoc's raw inline, "`<br>`{=html}": markup for
				// one format, no text.
				i = a - 1
				continue
			}
			span := strings.ReplaceAll(s[i:end], "\n", " ")
			w.text(span)
			at := w.sb.Len() - len(span)
			// A span right after another, once the markup between them
			// is gone ("`a`*`b`*"), is text: no writer can set the two
			// apart, their backticks would be one string. So is one
			// right after such text ("`a`*`b`*`c`"): a backtick before
			// it, even escaped, leaves it no other reading.
			if at != w.codeEnd || at == 0 {
				w.code = append(w.code, CodeSpan{Text: span, At: at})
			}
			w.codeEnd = w.sb.Len()
			i = attributesAt(s, end) - 1
			continue
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			i++
			c = s[i]
		case (c == '*' || c == '_') && w.emphasis != nil && w.emphasis[base+i]:
			continue
		case c == '^' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9':
			// A superscript's caret: lynx writes "1^er", pandoc
			// "1^er^", for the "1er" the page sets raised.
			if n := RaisedSuffix(s[i+1:]); n > 0 {
				w.text(s[i+1 : i+1+n])
				i += n
				if i+1 < len(s) && s[i+1] == '^' {
					i++
				}
				continue
			}
		case c == ' ' || c == '\t' || c == '\n':
			w.space = true
			continue
		case c == '<' && links:
			addr, end, ok := autolinkAt(s, i)
			if !ok {
				break
			}
			w.text(addr)
			w.links = append(w.links, Link{Text: addr, Dest: addr, At: w.sb.Len() - len(addr)})
			i = end - 1
			continue
		case scan.may(i) && (c == '[' && links || c == '!' && i+1 < len(s) && s[i+1] == '['):
			open := i
			if c == '!' {
				open++
			}
			text, dest, end, inner, ok := linkAt(s, open, w.refs)
			if !ok {
				scan.failed(i, end, inner)
				break
			}
			if c == '[' {
				from := w.sb.Len()
				w.write(text, base+open+1, false)
				if t := strings.TrimLeft(w.sb.String()[from:], " "); t != "" && dest != "" {
					w.links = append(w.links, Link{Text: t, Dest: dest, At: w.sb.Len() - len(t)})
				}
				w.linkEnd = w.sb.Len()
			}
			i = attributesAt(s, end) - 1
			continue
		}
		if w.space && w.sb.Len() > 0 {
			w.sb.WriteByte(' ')
		}
		w.space = false
		w.sb.WriteByte(c)
	}
}

// maxNoteWords bounds the text before an address note (see
// AddressNoteEnd) that is taken for the link's: a menu entry, a
// headline, "Read More". In a sentence, only its last words were the
// link's, and which is not said.
const maxNoteWords = 12

// note reads the address note s[i:end] and returns where the text goes
// on. An address glued to the note is the link's around a picture
// ("[/img/a.jpg]/news/a"), and goes with it. With links, the text written
// since the last link, if it is short, is a link to the address.
func (w *inliner) note(s string, i, end int, links bool) int {
	dest := s[i+1 : end-1]
	g := strings.IndexAny(s[end:], " \t\n")
	if g < 0 {
		g = len(s) - end
	}
	if word := s[end : end+g]; word != "" && isAddress(word) {
		dest, end = word, end+g
	} else if word == "" && noLink(dest) && strings.HasPrefix(s[end:], " ") {
		// html-to-text glues a linked picture's address to its note,
		// unless the link has white space after the picture ("<img>
		// </a>", as templates write it): then a space or, the address
		// being long, a line break parts them. After a picture's note,
		// an address one space on is its link's too.
		next := s[end+1:]
		if g := strings.IndexAny(next, " \t\n"); g >= 0 {
			next = next[:g]
		}
		if next != "" && isAddress(next) {
			dest, end = next, end+1+len(next)
		}
	}
	written := w.sb.String()[w.linkEnd:]
	t := strings.TrimLeft(written, " ")
	if links && t != "" && Words(t) <= maxNoteWords && !noLink(dest) {
		w.links = append(w.links, Link{Text: t, Dest: dest, At: w.sb.Len() - len(t)})
	}
	w.linkEnd = w.sb.Len()
	// html-to-text set the note a space apart from the text: what
	// follows it right after is the text's ("residents [/p]."), unless
	// a word starts there (a caption after a picture's alt text and
	// address).
	r, _ := utf8.DecodeRuneInString(s[end:])
	w.space = end < len(s) && (textfix.IsLetter(r) || textfix.IsDigit(r))
	return end
}

// noLink reports whether dest, an address html-to-text noted, is none of
// a link: a picture's (a data URL, a file of an image format), whose note
// follows its alt text, or a script.
func noLink(dest string) bool {
	if strings.HasPrefix(dest, "data:") || strings.HasPrefix(dest, "javascript:") {
		return true
	}
	if q := strings.IndexAny(dest, "?#"); q >= 0 {
		dest = dest[:q]
	}
	dot := strings.LastIndexByte(dest, '.')
	if dot < 0 || strings.IndexByte(dest[dot:], '/') >= 0 {
		return false
	}
	switch strings.ToLower(dest[dot+1:]) {
	case "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "ico":
		return true
	}
	return false
}

// text writes s as it is.
func (w *inliner) text(s string) {
	if w.space && w.sb.Len() > 0 {
		w.sb.WriteByte(' ')
	}
	w.space = false
	w.sb.WriteString(s)
}

// isPunct is CommonMark's Unicode punctuation: ASCII punctuation, and the
// punctuation and symbol categories.
func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIPunct(byte(r))
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// normaliseListLevels turns the indentation of list items into nesting
// depths the way CommonMark does: an item is nested in an open item when its
// marker stands at or right of the column where that item's text starts.
func (p *parser) normaliseListLevels() {
	type item struct{ col int }
	var open []item
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.Kind != ListItem {
			open = open[:0]
			continue
		}
		for len(open) > 0 && p.indent[i] < open[len(open)-1].col {
			open = open[:len(open)-1]
		}
		b.Level = len(open)
		open = append(open, item{p.col[i]})
	}
}

// endsWithStop reports whether s ends with a full stop, a question or an
// exclamation mark.
func endsWithStop(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// startsWithUpper reports whether s starts with an upper-case letter.
func startsWithUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
