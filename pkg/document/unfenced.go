package document

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code without a fence: a page's <pre> as a browser's innerText or a text
// converter prints it, its lines as written, indentation and all ("func
// fetch(…) {", "    ch := make(chan string)", …, "}"). Read as lines of
// text, they were paragraphs that the content filter found bad, and a
// tutorial lost everything from its first example on. Read as a code
// block, they are the author's, as fenced code is (see Fence), and the
// filters judge the prose around them as one text.
//
// Prose is never taken for code: a run of lines is code only when its
// brackets balance, one of its lines opens a block ("{" or "(" at its
// end, or a colon over deeper lines) that a later line closes or indents,
// most of its lines are shaped like code (see codeShaped), and none is a
// sentence of prose.
const (
	// minCodeLines is the fewest lines of code read as a block: one or
	// two lines ("acme build --config x.toml") read well as text.
	minCodeLines = 3
	// maxCodeBlank bounds the blank lines in a row inside a block.
	maxCodeBlank = 1
	// minProseWords: a line of so many words that ends like a sentence
	// is prose, in code only as a comment.
	minProseWords = 7
)

// unfencedBlocks returns the runs of lines from line from on that are
// code without a fence, as spans whose open and close are their first and
// last lines; fenced are the fenced blocks, whose lines are no run's.
func unfencedBlocks(lines []string, from int, fenced []span) []span {
	if !mayHoldCode(lines, from) {
		return nil
	}
	var spans []span
	for i := from; i < len(lines); i++ {
		if len(fenced) > 0 && i >= fenced[0].open {
			i = fenced[0].close
			fenced = fenced[1:]
			continue
		}
		t := strings.TrimSpace(lines[i])
		if info, button, ok := codeLabel(t); ok {
			if c, ok := labelledRun(lines, i, codeEnd(fenced, len(lines)), button); ok {
				c.info = info
				spans = append(spans, c)
				i = c.close
				continue
			}
		}
		intro := i > from && introduces(lines[i-1])
		// A block may start with an assignment ("handlers = []"
		// over "for i in range(3):"): isCode judges the run.
		shaped := codeShaped(t) || configHeader(t) || assignment(t)
		if !intro && !shaped {
			continue
		}
		end := codeEnd(fenced, len(lines))
		if shaped {
			// A run that is no code is passed over whole: trying it
			// again from each of its lines would read a long one (a
			// page of lines ending in ";") over and over.
			last := codeRun(lines, i, end)
			if NonBlank(lines[i:last+1]) >= minCodeLines && isCode(lines[i:last+1]) {
				open := i
				// The comment right over the code is its first line
				// ("# Working hours per teammate, in UTC" over "hours
				// = {"), though it is shaped like prose.
				if i > from && comment(strings.TrimSpace(lines[i-1])) && (len(spans) == 0 || spans[len(spans)-1].close < i-1) {
					open--
				}
				last = statementsAfter(lines, last, end)
				spans = append(spans, span{open: open, close: last})
				i = last
				continue
			}
			if !intro {
				i = last
				continue
			}
		}
		// Right under the sentence that introduces it ("…copy the
		// built site with rsync:"), an example may be a line or two
		// with no block to open: a command, a call, an assignment.
		last := i - 1
		for last+1 < end && example(strings.TrimSpace(lines[last+1])) {
			last++
		}
		if last >= i {
			spans = append(spans, span{open: i, close: last})
			i = last
		}
	}
	return spans
}

// codeEnd returns where the lines that may be code without a fence end: at
// the next fenced block, or at the end of the n lines.
func codeEnd(fenced []span, n int) int {
	if len(fenced) > 0 {
		return fenced[0].open
	}
	return n
}

// maxLabelBytes bounds a code block's toolbar line (see codeLabel).
const maxLabelBytes = 48

// maxLabelGap bounds the blank lines between a code block's toolbar and
// its code: html2text sets three, two of them of spaces.
const maxLabelGap = 3

// maxButtonWords bounds the words of a code block's copy button ("Copy",
// "Copy code", "Copy to clipboard").
const maxButtonWords = 3

// codeLanguages are the names a code block's toolbar gives its language,
// lowercase, true where the name alone, without a copy button, says the
// lines under it are code: "bash" or "SQL" is no word of prose, "Go",
// "Text" or "C" may be a menu's item or a grade. They are the programming
// world's, the same in every language a page is written in.
var codeLanguages = map[string]bool{
	"bash": true, "sh": true, "zsh": true, "powershell": true, "sql": true, "psql": true, "mysql": true, "plsql": true,
	"python": true, "py": true, "golang": true, "javascript": true, "js": true, "typescript": true, "ts": true,
	"jsx": true, "tsx": true, "json": true, "yaml": true, "yml": true, "toml": true, "ini": true, "xml": true,
	"html": true, "css": true, "scss": true, "cpp": true, "c++": true, "c#": true, "csharp": true, "kotlin": true,
	"php": true, "perl": true, "dockerfile": true, "nginx": true, "plaintext": true, "diff": true, "makefile": true,
	"graphql": true, "lua": true, "scala": true, "haskell": true, "elixir": true, "hcl": true, "terraform": true,
	"go": false, "shell": false, "console": false, "terminal": false, "cmd": false, "c": false, "r": false,
	"java": false, "rust": false, "ruby": false, "swift": false, "text": false, "env": false, "conf": false,
	"properties": false, "apache": false, "vue": false,
}

// maxLanguageBytes bounds the names of codeLanguages.
const maxLanguageBytes = 12

// language returns name lowercase where it is one of codeLanguages, and
// whether it says so alone; "" where it is none. Every short line is
// asked: the name is folded in place, not copied.
func language(name string) (string, bool) {
	if len(name) > maxLanguageBytes {
		return "", false
	}
	var buf [maxLanguageBytes]byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	alone, ok := codeLanguages[string(buf[:len(name)])]
	if !ok {
		return "", false
	}
	return string(buf[:len(name)]), alone
}

// codeLabel reports whether t, a trimmed line, is the toolbar a page sets
// over a code block, as a text converter prints it: the language's name or
// the file's, alone or with a copy button glued to it or after it
// ("bashCopy", "SQL (BUTTON) Copy", "postgresql.conf[38]Copy", "bash Copy
// code"). info is the language, lowercase, where the label names one;
// button is true where the line has the button. A name alone is one of
// the names that say so (see codeLanguages), in small letters or in
// capitals: a word capitalised may be a menu's item.
func codeLabel(t string) (info string, button, ok bool) {
	_, info, button, ok = toolbar(t)
	return info, button, ok
}

// CodeToolbar reports whether t, a trimmed line, is a code block's
// toolbar with its copy button, as a converter prints it over the block
// ("bashCopy", "Shell Copy", "ferrule.toml (BUTTON) Copy"), and returns
// the file's name it gives, or "" where it gives the language: the
// fence's info says that, but not which file the code is.
func CodeToolbar(t string) (file string, ok bool) {
	name, info, button, ok := toolbar(t)
	if !ok || !button {
		return "", false
	}
	if info != "" {
		return "", true
	}
	return name, true
}

// toolbar is codeLabel, and returns the label's name too.
func toolbar(t string) (name, info string, button, ok bool) {
	if len(t) > maxLabelBytes || t == "" {
		return "", "", false, false
	}
	c := t[0]
	if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.') {
		return "", "", false, false
	}
	// The name first, without copying the line: most short lines name
	// no language and no file.
	n := 1
	for n < len(t) && t[n] != ' ' && t[n] != '[' && t[n] != '(' {
		n++
	}
	name, rest := t[:n], t[n:]
	if c := t[n-1]; 'a' <= c && c <= 'z' {
		// A name of one letter with a capital after it is a word
		// ("CBeebies"), no language with its button.
		if g := gluedButton(name); g > 1 {
			name, rest = name[:g], t[g:]
		}
	}
	if len(name) > maxLanguageBytes && strings.IndexByte(name, '.') < 0 {
		return "", "", false, false
	}
	info, alone := language(name)
	if info == "" && (strings.IndexByte(name, '.') < 0 || !fileName(name)) {
		return "", "", false, false
	}
	// A text browser's number of the button's link ("[38]") and lynx's
	// "(BUTTON)" before the button.
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "[") {
		m := strings.IndexByte(rest, ']')
		if m < 2 || strings.Trim(rest[1:m], "0123456789") != "" {
			return "", "", false, false
		}
		rest = rest[m+1:]
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), "(BUTTON)"), " ")
	if rest == "" {
		if info == "" || !alone || name != info && name != strings.ToUpper(name) {
			return "", "", false, false
		}
		return name, info, false, true
	}
	// The button's first word is capitalised, its others are not ("Copy
	// code", "Copier le code"): words in title case are a menu's item
	// ("SH Top Stories").
	words := 0
	for k, w := range strings.Fields(rest) {
		for j, r := range w {
			if !unicode.IsLetter(r) || j == 0 && (k == 0) != unicode.IsUpper(r) {
				return "", "", false, false
			}
		}
		words++
	}
	return name, info, true, words <= maxButtonWords
}

// gluedButton returns where a copy button glued to a label starts in w
// ("bashCopy", "SQLCopy", "postgresql.confCopy"): a capital letter and
// two small letters or more after it to w's end, in ASCII as buttons are
// written; 0 where there is none.
func gluedButton(w string) int {
	k := len(w)
	for k > 0 && 'a' <= w[k-1] && w[k-1] <= 'z' {
		k--
	}
	k--
	if k <= 0 || len(w)-k < 3 || w[k] < 'A' || w[k] > 'Z' {
		return 0
	}
	return k
}

// codeExtensions are the extensions of the files a code block's toolbar
// names ("postgresql.conf", "docker-compose.yml"), lowercase: a site's
// name over its menu has a domain's ("AccuWeather.com", "aeon.co").
var codeExtensions = map[string]bool{
	"conf": true, "cfg": true, "ini": true, "toml": true, "yaml": true, "yml": true, "json": true, "xml": true,
	"env": true, "properties": true, "sh": true, "bash": true, "zsh": true, "ps1": true, "py": true, "go": true,
	"rs": true, "rb": true, "js": true, "mjs": true, "ts": true, "tsx": true, "jsx": true, "java": true, "kt": true,
	"c": true, "h": true, "cpp": true, "hpp": true, "cs": true, "php": true, "pl": true, "lua": true, "sql": true,
	"html": true, "css": true, "scss": true, "md": true, "txt": true, "lock": true, "mod": true, "gradle": true,
	"tf": true, "hcl": true, "service": true, "vue": true, "swift": true,
}

// fileName reports whether w is a file's name: letters, digits, "_", "-",
// "/" and dots, with one of codeExtensions after the last dot
// ("postgresql.conf", "docker-compose.yml", ".env").
func fileName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 0 || !keyName(strings.ReplaceAll(w, "/", "."), "-") {
		return false
	}
	return codeExtensions[strings.ToLower(w[dot+1:])]
}

// labelledRun returns the code block under the toolbar's label at line i
// (see codeLabel): from the first line after it, a blank line between at
// most, to the last line before a blank one that a line of prose or a
// heading follows, the next label or end. A converter prints a <pre>'s
// lines as they are, one under the other, and sets the text after it
// apart with a blank line; after a blank line inside the block, only a
// line shaped like code goes on with it. Lines of code the block needs
// one of at least (with the button; half of them without): a label over
// a paragraph is a word of the text. Set apart from the label by a blank
// line, the block's lines stand one under the other: a line alone, or
// lines with a blank one between every two, are how Markdown writes
// paragraphs, and unscrape's own output has a paragraph "SH" or "SHAbc"
// (a label and its glued button) over one shaped like code ("A(").
func labelledRun(lines []string, i, end int, button bool) (span, bool) {
	first := i + 1
	for first < end && first <= i+maxLabelGap && strings.TrimSpace(lines[first]) == "" {
		first++
	}
	if first >= end || strings.TrimSpace(lines[first]) == "" {
		return span{}, false
	}
	base := indentOf(lines[first])
	last, blank, shaped, n := first, 0, 0, 0
	for j := first; j < end; j++ {
		l := lines[j]
		t := strings.TrimSpace(l)
		if t == "" {
			if blank++; blank > maxCodeBlank {
				break
			}
			continue
		}
		if _, _, ok := codeLabel(t); ok && j > first {
			break
		}
		code := example(t) || configHeader(t)
		if blank > 0 && !code && (indentOf(l) <= base || startsSentence(t)) {
			// lynx indents the text around a <pre> deeper than the
			// <pre>'s lines.
			break
		}
		if prose(t) || markup(t) || markdownBlock(t) {
			return span{}, false
		}
		if code {
			shaped++
		}
		n++
		last, blank = j, 0
	}
	if shaped == 0 || !button && 2*shaped < n || first > i+1 && !adjacent(lines[first:last+1]) {
		return span{}, false
	}
	return span{open: i, close: last, labelled: true}, true
}

// startsSentence reports whether t, a trimmed line, starts as a sentence
// of prose does: a capitalised word, not one in capitals (SQL's "SELECT"),
// and minIntroWords words more after it.
func startsSentence(t string) bool {
	w, _, _ := strings.Cut(t, " ")
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToUpper(w) == w && size < len(w) {
		return false
	}
	return len(strings.Fields(t)) > minIntroWords
}

// example reports whether t, a trimmed line under the sentence that
// introduces it, is a line of an example: a command, a line shaped like
// code, or an assignment ("name = \"Welt\"").
func example(t string) bool {
	return t != "" && !markup(t) && (commandLine(t) || codeShaped(t) || assignment(t))
}

// assignment reports whether t sets a name: a name of letters, digits,
// underscores and dots, then "=" (or ":=", "+=", "-=") between spaces
// and a value ("name = \"Welt\"", "cfg.port = 8080").
func assignment(t string) bool {
	name, value, ok := strings.Cut(t, " = ")
	if !ok {
		return false
	}
	name = strings.TrimRight(name, ":+-")
	if name == "" || value == "" || strings.ContainsAny(t[len(t)-1:], ".!?") || '0' <= name[0] && name[0] <= '9' {
		return false
	}
	return keyName(name, "")
}

// keyName reports whether s is made of ASCII letters, digits, "_" and "."
// and the marks of extra only: a variable's or a configuration key's name.
func keyName(s, extra string) bool {
	for _, r := range s {
		if !(r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune(extra, r)) {
			return false
		}
	}
	return true
}

// mayHoldCode reports whether lines, from line from on, have a line that
// a block of code needs: one that opens a block ("{" or "(" at its end, or
// a colon over a line indented or an example), or a shell's prompt. Most
// texts have none, and are told so by the ends of their lines, without
// reading each line for the shape of code.
func mayHoldCode(lines []string, from int) bool {
	for i := from; i < len(lines); i++ {
		l := lines[i]
		if strings.HasPrefix(l, "$ ") {
			return true
		}
		t := l
		for t != "" && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
			t = t[:len(t)-1]
		}
		if t == "" {
			continue
		}
		if len(t) <= maxLabelBytes {
			if _, _, ok := codeLabel(strings.TrimSpace(t)); ok {
				return true
			}
		}
		switch t[len(t)-1] {
		case '{', '(':
			return true
		case ']':
			if i+1 < len(lines) && configHeader(strings.TrimSpace(t)) && assignment(strings.TrimSpace(lines[i+1])) {
				return true
			}
		case ':':
			if i+1 < len(lines) {
				next := lines[i+1]
				if strings.HasPrefix(next, " ") || strings.HasPrefix(next, "\t") || strings.HasPrefix(next, "$ ") || example(strings.TrimSpace(next)) {
					return true
				}
			}
		}
	}
	return false
}

// NonBlank returns how many of lines have text other than white space.
// The blank lines between a code block's lines, which unscrape's own
// output has between paragraphs, make no line of code.
func NonBlank(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// codeRun returns the last line of the run of lines that may be code from
// line i, a line shaped like code, on (before end): lines shaped like code,
// lines indented deeper than line i, and single blank lines between them.
func codeRun(lines []string, i, end int) int {
	base := indentOf(lines[i])
	last, blank := i, 0
	for j := i + 1; j < end; j++ {
		t := strings.TrimSpace(lines[j])
		switch {
		case t == "":
			if blank++; blank > maxCodeBlank {
				return last
			}
			continue
		case blank > 0 && indentOf(lines[j]) <= base && strings.Trim(t, ")]};,") != "":
			// After a blank line, only an indented line or a closing
			// bracket goes on with the block: unscrape's own output
			// sets a blank line between paragraphs, which must not
			// make code on a second run ("# A0{", "A()A", "A}").
			return last
		case codeShaped(t) || assignment(t) || configHeader(t) || indentOf(lines[j]) > base:
			last, blank = j, 0
		default:
			return last
		}
	}
	return last
}

// isCode reports whether the run of lines is code (see the package's
// rules above).
func isCode(run []string) bool {
	depth := [3]int{} // (), [], {}
	opens, shaped, lines := false, 0, 0
	minIndent := -1
	for _, l := range run {
		if t := strings.TrimSpace(l); t != "" {
			if n := indentOf(l); minIndent < 0 || n < minIndent {
				minIndent = n
			}
		}
	}
	deeper := false
	prompts := 0 // lines of a shell session ("$ sudo apt update")
	// A configuration file's tables ("[output]") over their keys
	// ("dir = \"build\""), as TOML and INI write them: code without a
	// block.
	tables, keys := 0, 0
	for k, l := range run {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		lines++
		if prose(t) || markup(t) {
			return false
		}
		// A line indented inside an open block is the block's,
		// whatever it says ("    root * /var/www/site" in a
		// Caddyfile's "example.com {").
		if codeShaped(t) || depth != [3]int{} && indentOf(l) > minIndent {
			shaped++
		}
		if strings.HasPrefix(t, "$ ") || strings.HasPrefix(t, "> ") && k > 0 {
			prompts++
		}
		switch {
		case configHeader(t):
			tables++
		case assignment(t):
			keys++
		}
		if indentOf(l) > minIndent {
			deeper = true
		}
		for _, r := range t {
			switch r {
			case '(':
				depth[0]++
			case ')':
				depth[0]--
			case '[':
				depth[1]++
			case ']':
				depth[1]--
			case '{':
				depth[2]++
			case '}':
				depth[2]--
			}
			if depth[0] < 0 || depth[1] < 0 || depth[2] < 0 {
				return false
			}
		}
		switch t[len(t)-1] {
		case '{', '(':
			opens = true
		case ':':
			// Python's "def f(x):" over its indented body.
			if k+1 < len(run) && indentOf(run[k+1]) > indentOf(l) {
				opens = true
			}
		}
	}
	if depth != [3]int{} || !slices.ContainsFunc(run, hasLetter) || !adjacent(run) {
		// Brackets and commas without a name among them are no
		// code: a page's punctuation printed a mark a line. Nor are
		// lines each a paragraph of its own, a blank line between
		// every two, as a writer of Markdown sets paragraphs ("A(" /
		// ")" / ","): a block of code has lines one under the other.
		return false
	}
	// A shell session is code without a block: its prompts say so.
	if prompts >= minPrompts && 2*prompts >= lines {
		return true
	}
	if tables > 0 && keys >= minConfigKeys && tables+keys == lines {
		return true
	}
	return opens && 2*shaped >= lines && (deeper || 3*shaped >= 2*lines)
}

// adjacent reports whether two lines of run with text stand right one
// under the other.
func adjacent(run []string) bool {
	for k := 1; k < len(run); k++ {
		if strings.TrimSpace(run[k]) != "" && strings.TrimSpace(run[k-1]) != "" {
			return true
		}
	}
	return false
}

// hasLetter reports whether s has a letter.
func hasLetter(s string) bool { return strings.ContainsFunc(s, unicode.IsLetter) }

// minPrompts is the fewest lines of a shell session read as code.
const minPrompts = 2

// minConfigKeys is the fewest keys under a configuration's tables read as
// code.
const minConfigKeys = 2

// configHeader reports whether t, a trimmed line, is a table's header of
// a configuration file: a name in square brackets, starting with a letter,
// of letters, digits, dots, dashes and underscores ("[output]",
// "[tool.poetry]"), or an array of tables ("[[bin]]").
func configHeader(t string) bool {
	name, ok := strings.CutPrefix(t, "[")
	if !ok {
		return false
	}
	if name, ok = strings.CutSuffix(name, "]"); !ok {
		return false
	}
	if inner, ok := strings.CutPrefix(name, "["); ok {
		if name, ok = strings.CutSuffix(inner, "]"); !ok {
			return false
		}
	}
	if name == "" || !('a' <= name[0] && name[0] <= 'z' || 'A' <= name[0] && name[0] <= 'Z') {
		return false
	}
	return keyName(name, "-")
}

// prose reports whether t, a trimmed line, is a sentence of prose: many
// words, a full stop at the end, no comment marker in front.
func prose(t string) bool {
	if strings.HasPrefix(t, "//") || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "/*") || strings.HasPrefix(t, "*") {
		return false
	}
	if len(strings.Fields(t)) < minProseWords {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// markup reports whether t, a trimmed line, is Markdown that pandoc or
// html2text wrote, whose brackets balance over lines as code's do: a
// link's or a span's ("[", "Facebook](https://…){.popup}") or a list
// item's, bulleted or numbered (an item ending in a colon over the next,
// "1. : 00:" over "2. -a", is no sentence over its command).
func markup(t string) bool {
	if strings.Contains(t, "](") || strings.Contains(t, "]{") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "-\t") ||
		strings.HasPrefix(t, "![") {
		return true
	}
	_, _, ordered := numberMarker(t)
	return ordered
}

// markdownBlock reports whether t, a trimmed line, is a line of a block
// Markdown writes and no code under a toolbar has (besides markup's): a
// quote's ("> 0\\"), a table's row ("| a | b |"), or a line
// broken with a backslash glued to its text, which a shell's
// continuation sets apart (" \\"). Under a paragraph that names a
// language, with a button ("C Ab", "SH Copy"), one line of them shaped
// like code ("> &&") made unscrape's own output a code block when read
// again.
func markdownBlock(t string) bool {
	// Python's prompt (">>> ") is no quote's marker.
	if t == ">" || strings.HasPrefix(t, "> ") || t[0] == '|' && t[len(t)-1] == '|' {
		return true
	}
	return len(t) >= 2 && t[len(t)-1] == '\\' && t[len(t)-2] != ' ' && t[len(t)-2] != '\\'
}

// codeKeywords start lines of code in the languages tutorials show most.
var codeKeywords = []string{
	"return ", "import ", "package ", "def ", "func ", "fn ", "class ", "const ", "let ", "var ",
	"if (", "for (", "while (", "switch (", "#include", "elif ", "else:", "try:", "except ", "from ",
	"public ", "private ", "static ", "$ ", ">>> ",
}

// blockKeywords open a block of Python's on a line that ends with a colon.
var blockKeywords = []string{"with ", "for ", "if ", "while ", "async ", "match ", "case "}

// hasOperator reports whether t has an operator prose does not write:
// ":=", "==", "!=", "=>", "->", "<-", "&&", "||", "+=", "-=", "()" or
// "::". It reads t once: every line of every text is asked.
func hasOperator(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		a, b := t[i], t[i+1]
		switch {
		case b == '=' && (a == ':' || a == '=' || a == '!' || a == '+' || a == '-'),
			a == '=' && b == '>', a == '-' && b == '>', a == '<' && b == '-',
			a == '&' && b == '&', a == '|' && b == '|', a == '(' && b == ')', a == ':' && b == ':':
			return true
		}
	}
	return false
}

// codeShaped reports whether t, a trimmed line, looks like a line of code:
// it ends in a bracket or a semicolon, is nothing but closing brackets
// ("});"), starts with a comment marker or a keyword, or has an operator
// prose does not write.
func codeShaped(t string) bool {
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '{', '}', ';', '(', '[':
		return true
	case '.', '!', '?':
		// A sentence's end: most lines of prose, told without
		// reading them.
		return false
	}
	if strings.Trim(t, ")]};,") == "" {
		return true
	}
	if strings.HasPrefix(t, "//") || strings.HasPrefix(t, "/*") {
		return true
	}
	// A JSON object's member ("\"name\": \"demo\",").
	if strings.HasPrefix(t, `"`) && strings.Contains(t, `":`) {
		return true
	}
	// Every keyword starts with a small letter or a sign; prose's lines
	// start with a capital.
	if c := t[0]; 'a' <= c && c <= 'z' || c == '#' || c == '$' || c == '>' {
		for _, k := range codeKeywords {
			if strings.HasPrefix(t, k) {
				return true
			}
		}
		// Python's blocks open with a keyword and end with a colon
		// ("with open(path) as f:", "for line in f:").
		if t[len(t)-1] == ':' {
			for _, k := range blockKeywords {
				if strings.HasPrefix(t, k) {
					return true
				}
			}
		}
	}
	return hasOperator(t) || callShaped(t)
}

// callShaped reports whether t is a call and nothing else: a name with
// dots, then its arguments in brackets ("fmt.Println(x)", "print('hi')").
func callShaped(t string) bool {
	open := strings.IndexByte(t, '(')
	if open <= 0 || t[len(t)-1] != ')' {
		return false
	}
	for _, r := range t[:open] {
		if r != '.' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// statementsAfter returns where the code that ends at line last ends once
// the statements after a blank line are taken in ("start = max(…)",
// "print(…)" under a dict's closing "}"): lines each an assignment, a
// call or shaped like code, one under the other. codeRun stops at an
// unindented line after a blank one, and the statements, which open no
// block, are no code of their own.
func statementsAfter(lines []string, last, end int) int {
	j := last + 1
	if j >= end || strings.TrimSpace(lines[j]) != "" {
		return last
	}
	for j++; j < end; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || !(assignment(t) || callShaped(t) || codeShaped(t)) || markup(t) {
			break
		}
		last = j
	}
	return last
}

// comment reports whether t, a trimmed line, is a comment of a shell's,
// Python's or C's kind: "# ", "// " or "-- " and a word.
func comment(t string) bool {
	for _, m := range []string{"# ", "// ", "-- "} {
		if strings.HasPrefix(t, m) && hasLetter(t[len(m):]) {
			return true
		}
	}
	return false
}

// introduces reports whether l, a line of prose, ends with a colon: the
// sentence that introduces an example ("Run it with:").
func introduces(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasSuffix(t, ":") && !strings.HasPrefix(t, "[") && !markup(t) && !codeShaped(t) && len(strings.Fields(t)) >= minIntroWords
}

// minIntroWords: a line that introduces an example is a sentence, not a
// label ("Note:").
const minIntroWords = 3

// commandLine reports whether t, a trimmed line, is a command as a shell
// reads it: after a prompt ("$ sudo systemctl reload caddy"), or a program
// in small letters with an option ("rsync -avz public/ host:/srv/",
// "acme build --config ./ci/acme.toml"), and no sentence.
func commandLine(t string) bool {
	if strings.HasPrefix(t, "$ ") && len(t) > 2 {
		return true
	}
	f := strings.Fields(t)
	if len(f) < 2 || strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	for _, r := range f[0] {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	for _, w := range f[1:] {
		if len(w) > 1 && w[0] == '-' && (w[1] == '-' || 'a' <= w[1] && w[1] <= 'z') {
			return true
		}
	}
	return false
}

// indentOf returns the indentation of l, a tab counted as 4 spaces.
func indentOf(l string) int {
	n := 0
	for _, r := range l {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// unfenced marks the lines of the code block c (see unfencedBlocks) as
// one, its text the lines as written without the indentation they all
// share, and returns the index of its last line.
func (p *parser) unfenced(lines []string, c span) int {
	from := c.open
	if c.labelled {
		// The label is the toolbar's, no line of the code.
		from++
		for strings.TrimSpace(lines[from]) == "" {
			from++
		}
	}
	common := -1
	for _, l := range lines[from : c.close+1] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if common < 0 || n < common {
			common = n
		}
	}
	var sb strings.Builder
	for j := from; j <= c.close; j++ {
		if j > from {
			sb.WriteByte('\n')
		}
		l := strings.TrimRight(lines[j], " \t")
		if len(l) >= common {
			l = l[common:]
		}
		sb.WriteString(withoutControls(l))
	}
	p.lines[c.open] = line{kind: lineCode, no: from + 1, raw: sb.String(), full: c.info}
	for j := c.open + 1; j <= c.close; j++ {
		p.lines[j] = line{kind: linePart, no: j + 1}
	}
	return c.close
}
