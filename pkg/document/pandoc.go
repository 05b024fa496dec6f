package document

import (
	"slices"
	"strings"
)

// Pandoc's Markdown writes what CommonMark has no syntax for in syntax of
// its own, and a whole page converted with `pandoc -t markdown` is mostly
// that: a <div> is a fenced div (`::: {.class}` … `:::`), a <span> a
// bracketed span (`[text]{.class}`), a heading, link, image or code span
// may carry attributes (`{#id .class key="value"}`), and what it cannot
// write is a raw block (```` ```{=html} ````). Quarto and R Markdown write
// the same. A reader of the page saw none of it: read as text, the fences
// glued every paragraph to its neighbours' class names.

// pandocLines blanks, from from on, the fences of pandoc's fenced divs and
// raw blocks, a raw block's lines unless they are HTML with text in them
// (those the HTML reader reads), and, in a text with fenced divs, the
// lines that are a <div> tag alone, which pandoc writes where a div
// cannot be fenced (in a list item, indented like code). Lines in fenced
// code are code. It changes lines in place, keeping their number, and
// reports whether it found a fence: the text is pandoc's Markdown.
func pandocLines(lines []string, from int) bool {
	divs, raw := false, false
	var in fences
	for i := from; i < len(lines); i++ {
		l := lines[i]
		if !in.in {
			if f, ok := OpenFence(l); ok && rawFormat(f.Info) != "" {
				if end := rawBlock(lines, i, f); end > i {
					i, raw = end, true
					continue
				}
			}
		}
		if in.code(l) {
			continue
		}
		// A list item that starts with a div: pandoc's "-   ::: {#c1}".
		if IsDivFence(l) || IsDivFence(afterListMarker(l)) {
			lines[i] = ""
			divs = true
		} else if level, rest := cutQuoteMarkers(strings.TrimLeft(l, " ")); level > 0 && IsDivFence(rest) {
			// A div in a quotation ("> ::: {.embed}"): the quotation
			// goes on, the fence goes.
			lines[i] = strings.Repeat(">", level)
			divs = true
		}
	}
	if !divs {
		return raw
	}
	in = fences{}
	for i := from; i < len(lines); i++ {
		if !in.code(lines[i]) && isDivTag(lines[i]) {
			lines[i] = ""
		}
	}
	return true
}

// rawBlock blanks the raw block that lines[i], the fence f, opens and
// returns the index of its closing fence, or i when nothing closes it.
func rawBlock(lines []string, i int, f Fence) int {
	end := i + 1
	for end < len(lines) && !f.Closes(lines[end]) {
		end++
	}
	if end == len(lines) {
		return i
	}
	keep := rawFormat(f.Info) == "html" && len(textOfHTML(strings.Join(lines[i+1:end], "\n"))) > 0
	for j := i; j <= end; j++ {
		if !keep || j == i || j == end {
			lines[j] = ""
		}
	}
	return end
}

// rawFormat returns the format of a raw block's info string, "{=html}",
// or "".
func rawFormat(info string) string {
	if len(info) < 4 || info[0] != '{' || info[1] != '=' || info[len(info)-1] != '}' {
		return ""
	}
	f := info[2 : len(info)-1]
	for i := 0; i < len(f); i++ {
		if !isASCIILetter(f[i]) && (f[i] < '0' || f[i] > '9') && f[i] != '_' && f[i] != '-' {
			return ""
		}
	}
	return strings.ToLower(f)
}

// IsDivFence reports whether l is a fence of a pandoc fenced div: three
// or more colons, then maybe a class name or attributes, then maybe more
// colons. The renderer asks it too, to escape text that would read as one.
func IsDivFence(l string) bool {
	t := strings.TrimLeft(l, " \t")
	n := 0
	for n < len(t) && t[n] == ':' {
		n++
	}
	if n < 3 {
		return false
	}
	t = strings.TrimLeft(t[n:], " \t")
	switch {
	case t == "":
		return true
	case t[0] == '{':
		end := AttributesEnd(t)
		if end < 0 {
			return false
		}
		t = t[end:]
	default:
		k := 0
		for k < len(t) && isIdentByte(t[k]) {
			k++
		}
		if k == 0 {
			return false
		}
		t = t[k:]
	}
	return strings.Trim(t, ": \t") == ""
}

// afterListMarker returns what follows the list marker l starts with
// ("-", "*", "+", "12." or "12)" and a space), or "" when it has none.
func afterListMarker(l string) string {
	t := strings.TrimLeft(l, " \t")
	if _, rest, ok := numberMarker(t); ok {
		return rest
	}
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		return t[2:]
	}
	return ""
}

// isDivTag reports whether l is a <div> tag or a </div> alone.
func isDivTag(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.HasSuffix(t, ">") || strings.IndexByte(t[:len(t)-1], '>') >= 0 {
		return false
	}
	return t == "</div>" || t == "<div>" || strings.HasPrefix(t, "<div ")
}

// maxAttributes bounds the attributes AttributesEnd reads. A style or a
// data address may be long, and Angular pages copy a whole article into
// an attribute (innerhtml="<figure …"); the text before the next "{" or
// quote ends most attempts long before it.
const maxAttributes = 64 << 10

// AttributesEnd returns the length of the pandoc attributes s starts with
// (`{#id .class key="value" key2=value}`, or a raw format, `{=html}`), or
// -1. The renderer asks it too, to escape text that would read as them.
func AttributesEnd(s string) int {
	if s == "" || s[0] != '{' {
		return -1
	}
	items := 0
	for i := 1; i < len(s) && i <= maxAttributes; {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
			continue
		case c == '}':
			if items == 0 {
				return -1
			}
			return i + 1
		case c == '#' || c == '.' || c == '=':
			// An identifier, a class, a raw format.
			k := i + 1
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			if k == i+1 || c == '=' && (items > 0 || k >= len(s) || s[k] != '}') {
				return -1
			}
			i = k
		case c == '-' && i+1 < len(s) && (s[i+1] == '}' || s[i+1] == ' '):
			// "{-}": an unnumbered heading.
			i++
		case isIdentByte(c):
			// key=value, the value quoted or a word.
			k := i
			for k < len(s) && isIdentByte(s[k]) {
				k++
			}
			if k >= len(s) || s[k] != '=' {
				return -1
			}
			k++
			if k < len(s) && s[k] == '"' {
				k++
				for k < len(s) && s[k] != '"' {
					if s[k] == '\\' {
						k++
					}
					k++
				}
				if k >= len(s) {
					return -1
				}
				k++
			} else {
				for k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '}' && s[k] != '"' {
					k++
				}
			}
			i = k
		default:
			return -1
		}
		items++
		// Items stand apart, or the list ends.
		if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '}' {
			return -1
		}
	}
	return -1
}

// isIdentByte reports whether c may be part of a pandoc identifier, class
// or key: letters (any script's), digits, "-", "_", ":" and ".".
func isIdentByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.' || c >= 0x80
}

// withoutHeadingAttributes returns a heading's text without the attributes
// pandoc writes at its end ("Title {#title .big}").
func withoutHeadingAttributes(t string) string {
	if !strings.HasSuffix(t, "}") {
		return t
	}
	for k := strings.LastIndexByte(t, '{'); k >= 0; k = strings.LastIndexByte(t[:k], '{') {
		if k > 0 && t[k-1] != ' ' && t[k-1] != '\t' {
			continue
		}
		if AttributesEnd(t[k:]) == len(t)-k {
			return strings.TrimRight(t[:k], " \t")
		}
	}
	return t
}

// bracket is a bracketed span: the "]" that closes its "[" and the end of
// the attributes after it, as offsets in the text inline reads.
type bracket struct{ close, end int }

// bracketedSpans finds the bracketed spans of s, by the offset of their
// "[": brackets paired as a reader pairs them, in one pass (escaped ones
// and those in code spans are text), whose "]" the attributes follow.
func bracketedSpans(s string) map[int]bracket {
	var spans map[int]bracket
	var stack []int
	var open noClose
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			i = skipCode(s, i, &open)
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n := AttributesEnd(s[i+1:]); n > 0 {
				if spans == nil {
					spans = make(map[int]bracket)
				}
				spans[o] = bracket{close: i, end: i + 1 + n}
			}
		}
	}
	return spans
}

// attributesAt returns where the attributes at s[i:] end, or i when none
// start there.
func attributesAt(s string, i int) int {
	if i < len(s) && s[i] == '{' {
		if n := AttributesEnd(s[i:]); n > 0 {
			return i + n
		}
	}
	return i
}

// smartDashes writes the dashes pandoc's Markdown spells with hyphens, as
// its "smart" extension does by default: " -- " is an en dash between
// spaces ("Freiburg -- eine Stadt"), "---" between words an em dash
// ("one day---and"). A block with code spans keeps its hyphens, which may
// be an option's ("git checkout -- file"), and so does a link's text, which
// the renderer finds again as it was read.
func smartDashes(blocks []Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == Code || b.Kind == TableRow || len(b.CodeSpans) > 0 || !strings.Contains(b.Text, "--") {
			continue
		}
		t := dashes(b.Text)
		// A link's text says its dashes as the block does (a forum
		// thread's title, a link to itself): the renderer finds it in
		// the block's text again only where it is written the same.
		if slices.ContainsFunc(b.Links, func(l Link) bool { return strings.Contains(l.Text, "--") }) {
			texts := make([]string, len(b.Links))
			ok := true
			for k, l := range b.Links {
				texts[k] = dashes(l.Text)
				ok = ok && strings.Contains(t, texts[k])
			}
			if !ok {
				continue
			}
			for k := range b.Links {
				b.Links[k].Text = texts[k]
			}
		}
		b.Text = t
	}
}

// dashes writes pandoc's dashes in s as the dashes they stand for: its
// smart punctuation writes "—" as "---" wherever it stands (between
// words, set off by spaces, or before the name under a quotation: "---
// Jane Doe (@jane)"), and "–" as "--".
func dashes(s string) string {
	if !strings.Contains(s, "--") {
		return s
	}
	t := strings.ReplaceAll(s, " --- ", " — ")
	t = strings.ReplaceAll(t, " -- ", " – ")
	if rest, ok := strings.CutPrefix(t, "--- "); ok {
		t = "— " + rest
	}
	if strings.Contains(t, "--") {
		t = wordDashes(t)
	}
	return t
}

// wordDashes writes each "---" between two letters or digits as an em
// dash, and each "--" there as an en dash ("Villebrune--Montclaret").
func wordDashes(s string) string {
	var sb strings.Builder
	for {
		k := strings.Index(s, "--")
		if k < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		end := k
		for end < len(s) && s[end] == '-' {
			end++
		}
		dash := ""
		switch end - k {
		case 2:
			dash = "–"
		case 3:
			dash = "—"
		}
		if dash != "" && k > 0 && end < len(s) && wordByte(s[k-1]) && wordByte(s[end]) {
			sb.WriteString(s[:k])
			sb.WriteString(dash)
		} else {
			sb.WriteString(s[:end])
		}
		s = s[end:]
	}
}

// wordByte reports whether c is an ASCII letter or digit, or a byte of a
// letter beyond ASCII.
func wordByte(c byte) bool {
	return c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
