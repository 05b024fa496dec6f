package textfix

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes rewrites the quotation marks and apostrophes of one block of text
// in style st.
//
// A mark's glyph says little: “ opens in English and closes in German, »
// opens in German books and closes in French. So marks are read by their
// place: after a space and before a word a mark opens, after a word and
// before a space or punctuation it closes; marks of the same kind (double
// or single) pair up like brackets, and an ambiguous mark closes an open
// quotation or else opens one. A pair is written with the style's primary
// marks, or its secondary ones when it stands inside another pair.
//
// A single mark between letters ("it's", "geht´s", "Hamburg‘s") or after
// a digit and before a letter ("the 1990's") is an apostrophe, and so is an
// unpaired straight one ("Hans' Auto", "'90s").
// A straight mark after a digit that closes nothing is a prime (5'10", a
// 15" screen) and stays. Text in a code span (backtick strings paired as
// CommonMark pairs them), and a block that looks like code (`x="a"`,
// `{"k": 1}`), keeps every mark.
//
// Rewriting can change how a mark reads (a straight single quote that
// became a primary double one pairs differently), so Quotes reads its own
// result again until nothing changes. Text that does not settle is so
// ambiguous that it keeps its marks; this also makes Quotes idempotent.
//
// Some marks are also the second byte of mojibake (Windows-1252 „ is 0x84,
// and "Ð„" misreads "Є"). Text that still has a misread lead before a quote
// keeps its marks rather than turn into mojibake the unicode repair would
// then change on the next run.
//
// A text longer than quoteSpan letters (a page that is one long line) is
// read in pieces of about that many, cut at spaces, each on its own.
func Quotes(s string, st QuoteStyle) string {
	if len(s) <= quoteSpan {
		return quotesSettled(s, st)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for len(s) > 0 {
		n := quoteCut(s)
		sb.WriteString(quotesSettled(s[:n], st))
		s = s[n:]
	}
	return sb.String()
}

// quoteSpan bounds the text whose marks are paired with each other. The
// pairing needs some forty bytes for every mark, which for a long line of
// dialogue is ten times the line; no real paragraph comes near this length.
const quoteSpan = 64 << 10

// quoteCut returns where the first piece of s ends: after the first space
// that follows quoteSpan letters and digits. Quotes changes neither, so
// it cuts its own result at the same places, and stays idempotent.
func quoteCut(s string) int {
	n := 0
	for i, r := range s {
		if r == ' ' && n >= quoteSpan {
			return i + 1
		}
		if IsLetter(r) || IsDigit(r) {
			n++
		}
	}
	return len(s)
}

// quotesSettled rewrites the marks of s until they settle.
func quotesSettled(s string, st QuoteStyle) string {
	t := quotesOnce(s, st)
	if t == s {
		return s
	}
	for range maxQuoteRounds {
		u := quotesOnce(t, st)
		if u == t {
			// The unicode repair reads the result again on the next
			// run, and its Spaces makes a narrow no-break space that
			// is not beside a guillemet plain: marks set beside a
			// stray lead ("Ã" and such a space) make mojibake of it.
			// Such a line keeps its marks. A lead (Â to ô) is written
			// with the byte 0xC3, which most lines lack.
			if strings.IndexByte(t, 0xC3) >= 0 {
				if u := Spaces(t); hasLead(u) && Mojibake(u) != u {
					return s
				}
			}
			return t
		}
		t = u
	}
	return s
}

// maxQuoteRounds bounds the re-reading; real text settles in one.
const maxQuoteRounds = 3

func quotesOnce(s string, st QuoteStyle) string {
	if !hasMark(s) || looksLikeCode(s) {
		return s
	}
	if t, ok := apostrophesOnly(s, st); ok {
		return t
	}
	return quotesOnceRunes(s, st)
}

// quotesOnceRunes is quotesOnce on any text with marks: its runes' marks
// found, paired and rewritten.
func quotesOnceRunes(s string, st QuoteStyle) string {
	rs := []rune(s)
	marks := findMarks(rs)
	if len(marks) == 0 {
		return s
	}
	pairMarks(rs, marks)
	if t, ok := rewrite(rs, marks, st); ok {
		return t
	}
	if utf8.ValidString(s) {
		return s
	}
	return string(rs) // with each invalid byte replaced, as rewriting does
}

// apostrophesOnly returns s with its apostrophes in style st, and true,
// when its only marks are "'" or "’" between two ASCII letters ("it's",
// "don’t"): what quotesOnce makes of them (see findMarks), found without
// decoding the text into runes and pairing, which most lines with a mark
// need not.
func apostrophesOnly(s string, st QuoteStyle) (string, bool) {
	letters := func(i, j int) bool {
		return i >= 0 && j < len(s) && foldPlain[s[i]] != 0 && foldPlain[s[j]] != 0
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'':
			if !letters(i-1, i+1) {
				return "", false
			}
		case '"', '`':
			return "", false
		case 0xC2, 0xE2, 0xE3:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '’' && !letters(i-1, i+size) || r != '’' && isQuoteOrApostrophe(r) {
				return "", false
			}
			i += size - 1
		}
	}
	// Rewriting goes rune by rune, and makes an invalid byte U+FFFD.
	if !utf8.ValidString(s) {
		return "", false
	}
	if !strings.ContainsRune(s, '\'') && st.Apostrophe == '’' {
		return s, true
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	// Every mark is one checked above: "'" or the 0xE2 that starts "’".
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			sb.WriteString(s[start:i])
			sb.WriteRune(st.Apostrophe)
			start = i + 1
		case 0xE2:
			if strings.HasPrefix(s[i:], "’") {
				sb.WriteString(s[start:i])
				sb.WriteRune(st.Apostrophe)
				i += len("’") - 1
				start = i + 1
			}
		}
	}
	sb.WriteString(s[start:])
	return sb.String(), true
}

const (
	double = 0
	single = 1
)

type direction uint8

const (
	ambiguous direction = iota
	opening
	closing
	apostrophe
	keep // a prime, an unpaired typographic mark: left as it is
)

type mark struct {
	pos  int
	pair int // index of the other mark of its pair, or -1
	// A line of quotation marks has as many marks as characters: the
	// small fields keep a mark at 32 bytes.
	depth    int32 // nesting depth of its pair
	level    int8  // double or single
	dir      direction
	straight bool
	afterNum bool // a digit stands right before it
	// byPlace says that the neighbours alone gave the direction; only such
	// a mark is rewritten when it finds no partner.
	byPlace bool
}

func isQuoteMark(r rune) bool { return markLevel(r) >= 0 }

// IsDoubleQuote reports whether r is a double quotation mark of any
// language's convention ("“", "„", "«", straight '"'): the mark of quoted
// speech, where a single one is as likely an apostrophe.
func IsDoubleQuote(r rune) bool { return markLevel(r) == double }

func isQuoteOrApostrophe(r rune) bool { return isQuoteMark(r) || r == '`' || r == '´' }

// hasMark is strings.ContainsFunc(s, isQuoteOrApostrophe) read by bytes:
// every mark is ASCII or starts with one of three lead bytes, and most
// lines have none, so they are passed over without decoding.
func hasMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'', '`':
			return true
		case 0xC2, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); isQuoteOrApostrophe(r) {
				return true
			}
		}
	}
	return false
}

// markLevel says whether r is a double (0) or single (1) quotation mark, or
// no mark (-1).
func markLevel(r rune) int {
	switch r {
	case '"', '“', '”', '„', '‟', '«', '»', '「', '」':
		return double
	case '\'', '‘', '’', '‚', '‛', '‹', '›', '『', '』':
		return single
	}
	return -1
}

// looksLikeCode reports text where quotes are syntax, not typography. A
// JSON key is followed by its value (`"key": "value"`, `"n":1`), where a
// quotation before a colon goes on in words (`"We need more ferries": an
// interview`).
func looksLikeCode(s string) bool {
	for _, p := range []string{`="`, `='`, `{"`, `":"`, `": "`, `":{`, `": {`, `":[`, `": [`, `\"`, `");`, `');`, `['`, `["`} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return jsonNumber(s)
}

// jsonNumber reports whether s has a JSON key with a number for its value,
// `"n":1` or `"n": 1`.
func jsonNumber(s string) bool {
	for i := strings.Index(s, `":`); i >= 0; {
		j := i + 2
		if j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '-') {
			return true
		}
		k := strings.Index(s[i+2:], `":`)
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

func findMarks(rs []rune) []mark {
	ticks := 0
	for _, r := range rs {
		if r == '`' {
			ticks++
		}
	}
	// Counted first, so that the marks of a long text are not copied
	// again and again as the slice grows.
	n := 0
	for _, r := range rs {
		if r == '`' || r == '´' || (r >= 0x80 || r == '"' || r == '\'') && markLevel(r) >= 0 {
			n++
		}
	}
	marks := make([]mark, 0, n)
	var code []bool
	if ticks >= 2 {
		code = codeSpans(rs)
	}
	for i, r := range rs {
		if code != nil && code[i] || (r < 0x80 && r != '"' && r != '\'' && r != '`') {
			continue
		}
		between := i > 0 && i+1 < len(rs) && IsLetter(rs[i-1]) && IsLetter(rs[i+1])
		if r == '`' || r == '´' {
			if between {
				marks = append(marks, mark{pos: i, level: single, dir: apostrophe, pair: -1})
			}
			continue
		}
		level := markLevel(r)
		if level < 0 {
			continue
		}
		m := mark{pos: i, level: int8(level), straight: r == '"' || r == '\'', pair: -1}
		m.afterNum = i > 0 && IsDigit(rs[i-1])
		// A prime is followed by a digit, a space or punctuation, never
		// by a letter: "the 1990's" has an apostrophe.
		elided := i > 0 && i+1 < len(rs) && IsDigit(rs[i-1]) && IsLetter(rs[i+1])
		if level == single && (between || elided) && r != '‚' && r != '‹' && r != '›' {
			m.dir = apostrophe
		} else {
			m.dir, m.byPlace = placeOf(rs, i)
		}
		marks = append(marks, m)
	}
	return marks
}

// codeSpans reports which runes of rs stand in a code span, its backticks
// included, as CommonMark pairs backtick strings: a string of n closes at
// the next string of exactly n ("“a ` b“" is one span), and one that
// closes nothing is text. Lengths known to close nothing after one place
// close nothing after a later one, so a run of lone strings is read once.
func codeSpans(rs []rune) []bool {
	in := make([]bool, len(rs))
	var open uint64 // lengths 1 to 64 that close nothing further on
	run := func(i int) int {
		n := 0
		for i+n < len(rs) && rs[i+n] == '`' {
			n++
		}
		return n
	}
	for i := 0; i < len(rs); {
		if rs[i] != '`' {
			i++
			continue
		}
		n := run(i)
		end := -1
		if n > 64 || open&(1<<(n-1)) == 0 {
			for j := i + n; j < len(rs); {
				if rs[j] != '`' {
					j++
					continue
				}
				m := run(j)
				if m == n {
					end = j + n
					break
				}
				j += m
			}
		}
		if end < 0 {
			if n <= 64 {
				open |= 1 << (n - 1)
			}
			i += n
			continue
		}
		for k := i; k < end; k++ {
			in[k] = true
		}
		i = end
	}
	return in
}

// Classes of the characters around a mark.
const (
	cSpace = iota // white space, or the start or end of the text
	cOpen         // opening brackets and dashes: a quotation may start after them
	cClose        // closing brackets and sentence punctuation
	cWord         // letters, digits, symbols
)

func classOf(r rune) int {
	switch {
	case IsSpace(r):
		return cSpace
	case strings.ContainsRune("([{–—-/", r):
		return cOpen
	case strings.ContainsRune(".,;:!?…)]}", r):
		return cClose
	}
	return cWord
}

// neighbour returns the class of the first character from i in direction
// step that is not a quotation mark: a mark's neighbour in „‚Wort‘“ is the
// letter or space beyond the other mark. No-break spaces count as spaces,
// as they will once the unicode repair has run, so that a mark reads the
// same on every run.
func neighbour(rs []rune, i, step int) int {
	for j := i + step; j >= 0 && j < len(rs); j += step {
		if r := rs[j]; !isQuoteMark(r) {
			return classOf(r)
		}
	}
	return cSpace
}

// placeOf reads a mark's direction from its neighbours. A guillemet with
// space on both sides is French-style, where « opens and » closes; that is
// a reading of the glyph, not of the place.
func placeOf(rs []rune, i int) (direction, bool) {
	l, r := neighbour(rs, i, -1), neighbour(rs, i, 1)
	switch {
	case (l == cSpace || l == cOpen) && (r == cWord || r == cOpen):
		return opening, true
	case (l == cWord || l == cClose) && r != cWord:
		return closing, true
	case l == cSpace && r == cSpace && (rs[i] == '«' || rs[i] == '‹'):
		return opening, false
	case l == cSpace && r == cSpace && (rs[i] == '»' || rs[i] == '›'):
		return closing, false
	}
	return ambiguous, false
}

// pairMarks pairs opening and closing marks of the same level like
// brackets and sets each pair's nesting depth.
func pairMarks(rs []rune, marks []mark) {
	var stack []int
	closeTo := func(k int) bool {
		for j := len(stack) - 1; j >= 0; j-- {
			o := stack[j]
			if marks[o].level == marks[k].level {
				marks[o].pair, marks[k].pair = k, o
				stack = stack[:j]
				return true
			}
		}
		return false
	}
	hasOpen := func(level int8) bool {
		for _, o := range stack {
			if marks[o].level == level {
				return true
			}
		}
		return false
	}
	for k := range marks {
		m := &marks[k]
		switch m.dir {
		case opening:
			stack = append(stack, k)
		case closing:
			if !closeTo(k) && m.straight && m.afterNum {
				m.dir = keep
			}
		case ambiguous:
			switch {
			case hasOpen(m.level):
				m.dir = closing
				closeTo(k)
			case m.straight && m.afterNum:
				m.dir = keep
			default:
				m.dir = opening
				stack = append(stack, k)
			}
		}
	}
	// Straight marks around code are the code's ("sed -i 's/ $//'",
	// "sed -i ''"): a shell command in a tutorial must stay one that
	// runs.
	for k := range marks {
		m := &marks[k]
		if m.pair > k && m.straight && marks[m.pair].straight && marks[m.pair].pos-m.pos <= maxCodeQuoted && isCodeQuoted(rs[m.pos+1:marks[m.pair].pos]) {
			o := &marks[m.pair]
			m.dir, o.dir, m.pair, o.pair = keep, keep, -1, -1
		}
	}
	var depth int32
	for k := range marks {
		m := &marks[k]
		if m.pair < 0 {
			continue
		}
		if m.pair > k {
			m.depth = depth
			depth++
		} else {
			depth--
			m.depth = depth
		}
	}
}

// maxCodeQuoted bounds the code between two marks (see isCodeQuoted): a
// longer quotation is words, and not read again.
const maxCodeQuoted = 80

// isCodeQuoted reports whether the text between two quotation marks is
// code: nothing at all, or more of the symbols that shell commands and
// regular expressions are made of than half its letters ("s/ $//",
// "[[:space:]]*$"). A price per unit ("$5/month") is words.
func isCodeQuoted(in []rune) bool {
	symbols, letters := 0, 0
	for _, r := range in {
		switch r {
		case '$', '\\', '/', '*', '[', ']', '{', '}', '|', '^', '~', '<', '>', '=':
			symbols++
		default:
			if IsLetter(r) {
				letters++
			}
		}
	}
	return len(in) == 0 || symbols >= 2 && 2*symbols >= letters
}

// rewrite writes rs with every mark in style st. It reports false, and
// builds nothing, when every mark is in style already, as in most text
// cleaned before.
func rewrite(rs []rune, marks []mark, st QuoteStyle) (string, bool) {
	type edit struct {
		pos int
		s   string
	}
	edits := make([]edit, 0, len(marks))
	var drop []bool
	for _, m := range marks {
		out, ok := markGlyph(rs, m, st)
		if !ok {
			continue
		}
		s := string(out)
		if (m.pair >= 0 || m.level == double) && (m.dir == opening || m.dir == closing) {
			step := 1
			if m.dir == closing {
				step = -1
			}
			// The inner side: drop its spaces, then add the style's.
			spaced := st.Space && isGuillemet(out)
			j := m.pos + step
			for j >= 0 && j < len(rs) && isSpaceRune(rs[j]) && (m.pair >= 0 || spaced) {
				if drop == nil {
					drop = make([]bool, len(rs))
				}
				drop[j] = true
				j += step
			}
			// No space between two marks: with no text inside there is
			// nothing to set apart, and a second run would see two
			// narrow spaces in a row as one plain space.
			if spaced && j >= 0 && j < len(rs) && !IsQuote(rs[j]) {
				if m.dir == opening {
					s += "\u202F"
				} else {
					s = "\u202F" + s
				}
			}
		}
		edits = append(edits, edit{m.pos, s})
	}
	if drop == nil && !slices.ContainsFunc(edits, func(e edit) bool {
		r, n := utf8.DecodeRuneInString(e.s)
		return r != rs[e.pos] || n != len(e.s)
	}) {
		return "", false
	}
	var sb strings.Builder
	sb.Grow(len(rs) + 8)
	k := 0
	for i, r := range rs {
		if k < len(edits) && edits[k].pos == i {
			sb.WriteString(edits[k].s)
			k++
			continue
		}
		if drop != nil && drop[i] {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String(), true
}

// markGlyph returns the mark m becomes in style st, or false when it stays.
func markGlyph(rs []rune, m mark, st QuoteStyle) (rune, bool) {
	paired := m.pair >= 0
	switch {
	case m.dir == apostrophe:
		return st.Apostrophe, true
	case m.dir == keep:
		return 0, false
	case paired && m.dir == opening:
		return st.Open[m.depth%2], true
	case paired && m.dir == closing:
		return st.Close[m.depth%2], true
	case !m.byPlace:
		return 0, false
	case m.level == single:
		// An unpaired single mark: "Hans' Auto", "'90s", 'n'. A typographic
		// one stays unless a digit follows: "‘90s" is a wrong apostrophe.
		next := m.pos + 1
		if m.straight || (rs[m.pos] == '‘' && next < len(rs) && IsDigit(rs[next])) {
			return st.Apostrophe, true
		}
		return 0, false
	case m.dir == opening:
		// An unpaired double mark is a quotation that goes on in the next
		// paragraph, or whose other end the scraper lost.
		return st.Open[0], true
	case m.dir == closing:
		return st.Close[0], true
	}
	return 0, false
}

func isSpaceRune(r rune) bool { return IsSpace(r) || unicode.Is(unicode.Zs, r) }
