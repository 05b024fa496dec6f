package filter

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
)

func init() {
	register(Spec{
		Name:        "recase",
		Description: "write the headings a converter put in capitals in the case the text writes their words",
		Rank:        75,
		Default:     true,
		New:         func(Options) (Applier, error) { return recaser{}, nil },
	})
}

// html-to-text writes every heading in capitals ("MAN SHOT AT DALLAS GAS
// STATION"), whatever case the page gave it; so a text whose title and
// headings are all in capitals, over paragraphs in mixed case, had them so
// from the converter, not from its writer. (A part of a stream has no
// title of its own: where it is cut must not decide its headings' case.) Each word of such a line is written as
// the text writes it elsewhere, where it does not start a sentence
// ("Dallas", "iPhone", "NASA"); a word the text has nowhere else is lower
// case, unless it has a digit ("PS4"). The line starts with a capital, and
// so does a sentence or a part after a colon in it. A page of headings in
// capitals with no text in mixed case around them has nothing to learn
// the case from, and is left as it is; so is a page with one heading in
// mixed case, whose writer chose the capitals of the others.

const (
	recaseName = "recase"
	// maxShoutWords bounds a line in capitals that is recased: a heading,
	// a teaser's headline; a longer one is a paragraph its writer set in
	// capitals.
	maxShoutWords = 20
	// minMixedParagraphs: the text in mixed case the case is learnt from.
	minMixedParagraphs = 3
)

// recaser does its work when the pipeline settles: the case is learnt
// from the text that stays, which a second run over the output reads too.
type recaser struct{}

func (recaser) Apply(*document.Document) error      { return nil }
func (recaser) Settle(doc *document.Document) error { return recase(doc) }

// recase writes the lines in capitals of a text whose headings are all in
// capitals in the case the text writes their words.
func recase(doc *document.Document) error {
	title, mixed := false, 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		switch {
		case b.Kind == document.Heading || b.Kind == document.Title:
			if !shouting(b.Text) {
				return nil
			}
			title = title || b.Kind == document.Title
		case b.Kind == document.Paragraph && hasLower(b.Text):
			mixed++
		}
	}
	if !title || mixed < minMixedParagraphs {
		return nil
	}
	forms := vocabulary(doc)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || !shouting(b.Text) || b.Words() > maxShoutWords {
			continue
		}
		switch b.Kind {
		case document.Heading, document.Title, document.ListItem, document.Paragraph:
			b.SetText(recaseName, "heading in capitals", recased(b.Text, forms))
		}
	}
	return nil
}

// shouting reports whether s has letters, two in a row at least, and no
// lower-case one.
func shouting(s string) bool {
	run, two := 0, false
	for _, c := range s {
		switch {
		case unicode.IsLower(c):
			return false
		case unicode.IsUpper(c):
			run++
			two = two || run >= 2
		default:
			run = 0
		}
	}
	return two
}

func hasLower(s string) bool { return strings.IndexFunc(s, unicode.IsLower) >= 0 }

// vocabulary returns, by lower-case word, how the kept text in mixed case
// writes it where it does not start a sentence: the form it writes most
// often, the first of equals.
func vocabulary(doc *document.Document) map[string]string {
	counts := map[string]map[string]int{}
	order := map[string][]string{}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || !hasLower(b.Text) {
			continue
		}
		start := true
		for _, f := range strings.Fields(b.Text) {
			w := strings.TrimFunc(f, isEdgeOfWord)
			if w != "" && !start {
				k := strings.ToLower(w)
				if counts[k] == nil {
					counts[k] = map[string]int{}
				}
				if counts[k][w] == 0 {
					order[k] = append(order[k], w)
				}
				counts[k][w]++
			}
			start = endsSentenceOrPart(f)
		}
	}
	forms := make(map[string]string, len(counts))
	for k, ws := range order {
		best := ws[0]
		for _, w := range ws[1:] {
			if counts[k][w] > counts[k][best] {
				best = w
			}
		}
		forms[k] = best
	}
	return forms
}

// recased returns s, a line in capitals, with each word in the case forms
// gives it, or lower case (see the comment at the top).
func recased(s string, forms map[string]string) string {
	var sb strings.Builder
	start := true
	for i, f := range strings.Fields(s) {
		if i > 0 {
			sb.WriteByte(' ')
		}
		lo := strings.IndexFunc(f, func(c rune) bool { return !isEdgeOfWord(c) })
		if lo < 0 {
			sb.WriteString(f)
			continue
		}
		hi := strings.LastIndexFunc(f, func(c rune) bool { return !isEdgeOfWord(c) })
		hi += utf8.RuneLen([]rune(f[hi:])[0])
		w := f[lo:hi]
		k := strings.ToLower(w)
		out, ok := forms[k]
		switch {
		case ok:
		case strings.ContainsFunc(w, unicode.IsDigit):
			out = w
		default:
			out = k
		}
		if start {
			c, n := utf8.DecodeRuneInString(out)
			out = string(unicode.ToUpper(c)) + out[n:]
		}
		sb.WriteString(f[:lo] + out + f[hi:])
		start = endsSentenceOrPart(f)
	}
	return sb.String()
}

// isEdgeOfWord reports whether c is no letter or digit: the marks around a
// word ("“We", "HER!”").
func isEdgeOfWord(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }

// endsSentenceOrPart reports whether the word f ends a sentence or a part
// before a colon, after which a word starts with a capital.
func endsSentenceOrPart(f string) bool {
	f = strings.TrimRight(f, "\"'”’»)")
	return strings.HasSuffix(f, ".") || strings.HasSuffix(f, "!") || strings.HasSuffix(f, "?") || strings.HasSuffix(f, ":")
}
