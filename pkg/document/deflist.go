package document

import (
	"strings"
	"unicode/utf8"
)

// A page's definition list (<dl>: a film's credits, a product's specs, an
// event's facts) is printed as each term over its definition: w3m and
// lynx indent the definition under the term ("Réalisation :" over
// "    Agathe Morvillier"), html2text sets a blank line between them, and
// pandoc marks the definition (":   Agathe Morvillier"). Read as lines,
// each term and each definition was a block of a few words, which the
// filters took for a menu. Read as a list of "term: definition" items,
// they are the facts a reader sees, and the filters judge them as such.
const (
	// maxTermWords bounds a term's words ("Titre original").
	maxTermWords = 4
	// minDefinitions: a term over one indented line may be a label over
	// a quotation or a wrapped item; a list has two terms or more.
	minDefinitions = 2
	// minDefinitionIndent: a definition is indented this much deeper
	// than its term at least.
	minDefinitionIndent = 2
	// minGappedIndent: under a blank line, only a definition indented
	// as html2text indents it (four) is one.
	minGappedIndent = 4
	// minBareDefinitions: a list whose terms have no colon ("Valid from"
	// over "    06:00 Tuesday 7 January") has this many terms at least,
	// and half its definitions have minBareFactWords words or more, or
	// wrap: a menu's sections over their indented entries are lines of a
	// word or two.
	minBareDefinitions = 3
	minBareFactWords   = 4
)

// definitionLists makes each run of minDefinitions terms or more, each
// over its definition, list items "term: definition", and the lines of
// the definitions parts of them.
func (p *parser) definitionLists() {
	for i := 0; i < len(p.lines); {
		var pairs [][2]int // the term's line and the definition's last
		bare, facts := false, 0
		for j := i; ; {
			last, bareTerm, ok := p.definitionAt(j)
			if !ok {
				break
			}
			pairs = append(pairs, [2]int{j, last})
			bare = bare || bareTerm
			if last > j+1 || strings.Count(p.lines[last].full, " ")+1 >= minBareFactWords {
				facts++
			}
			j = last + 1
			if j < len(p.lines) && p.lines[j].kind == lineBlank {
				j++
			}
		}
		if len(pairs) < minDefinitions || bare && (len(pairs) < minBareDefinitions || 2*facts < len(pairs)) {
			i++
			continue
		}
		for _, pr := range pairs {
			p.joinDefinition(pr[0], pr[1])
		}
		i = pairs[len(pairs)-1][1] + 1
	}
}

// definitionAt reports whether line i is a term with its definition under
// it, and returns the definition's last line and whether the term is bare:
// no colon ends it, and pandoc does not mark its definition.
func (p *parser) definitionAt(i int) (last int, bare, ok bool) {
	ls := p.lines
	// A term ends with its colon, or pandoc marks its definition, or the
	// line right under it, no blank line between, is indented deeper
	// (html2text sets a blank line and indents a block of code as deep):
	// most lines are told so without reading them.
	if i+1 >= len(ls) {
		return 0, false, false
	}
	colon := strings.HasSuffix(ls[i].full, ":")
	under := ls[i+1].indent-ls[i].indent >= minDefinitionIndent
	if under && !colon {
		// A list's item over its text ("• Bonuses of May" over "I
		// haven't written …"), a teaser, is no term.
		_, drawn := CutDrawnBullet(ls[i].full)
		under = !drawn
	}
	if !colon && !under && !pandocDefinition(ls, i+1) && !pandocDefinition(ls, i+2) || !isTerm(&ls[i]) {
		return 0, false, false
	}
	v := i + 1
	gapped := ls[v].kind == lineBlank
	if gapped {
		v++
	}
	if v >= len(ls) || ls[v].kind != lineText {
		return 0, false, false
	}
	marked := pandocDefinition(ls, v)
	deep := ls[v].indent - ls[i].indent
	if !marked && (deep < minDefinitionIndent || gapped && deep < minGappedIndent) {
		return 0, false, false
	}
	if isTerm(&ls[v]) && strings.HasSuffix(ls[v].full, ":") {
		return 0, false, false // a nested label, no definition
	}
	last = v
	for last+1 < len(ls) && last+1-v < maxDefinitionLines && ls[last+1].kind == lineText &&
		ls[last+1].indent >= ls[v].indent && ls[last+1].indent > ls[i].indent {
		last++
	}
	for j := v; j <= last; j++ {
		// A list under a label ("Temas:" over "• Mensagens de Bom
		// Dia"), or more lines than a fact takes: no definition.
		if _, drawn := CutDrawnBullet(ls[j].full); drawn {
			return 0, false, false
		}
	}
	if last+1 < len(ls) && ls[last+1].kind == lineText && ls[last+1].indent >= ls[v].indent {
		return 0, false, false
	}
	return last, !colon && !marked, true
}

// pandocDefinition reports whether line i is a definition as pandoc marks
// it (":   Agathe Morvillier").
func pandocDefinition(ls []line, i int) bool {
	return i < len(ls) && strings.HasPrefix(ls[i].full, ": ")
}

// maxDefinitionLines bounds the lines of a definition: a fact, a list of
// names wrapped.
const maxDefinitionLines = 3

// isTerm reports whether l may be a definition list's term: a line of
// text of maxTermWords words at most that ends no sentence or clause.
func isTerm(l *line) bool {
	if l.kind != lineText || l.menu != nil {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSuffix(l.full, ":"), " ")
	if t == "" || strings.Count(t, " ")+1 > maxTermWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?,;", last)
}

// joinDefinition makes the term at line i and its definition, the lines
// after it up to last, one list item: "Réalisation : Agathe Morvillier",
// or "Director: Agathe Morvillier" where the term has no colon.
func (p *parser) joinDefinition(i, last int) {
	term := &p.lines[i]
	var sb strings.Builder
	sb.WriteString(term.full)
	if !strings.HasSuffix(term.full, ":") {
		sb.WriteByte(':')
	}
	for j := i + 1; j <= last; j++ {
		l := &p.lines[j]
		if l.kind == lineText {
			t := l.full
			if j == i+1 || j == i+2 && p.lines[i+1].kind == lineBlank {
				t = strings.TrimLeft(strings.TrimPrefix(t, ":"), " ")
			}
			sb.WriteByte(' ')
			sb.WriteString(t)
		}
		p.lines[j] = line{kind: linePart, no: l.no}
	}
	term.kind, term.raw, term.col, term.menu = lineBullet, sb.String(), term.indent+2, nil
}
