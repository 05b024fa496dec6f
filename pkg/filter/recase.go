package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "recase",
		Description: "write the headings a converter put in capitals in the case the text writes their words",
		Rank:        75,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			stop, err := lang.AllStopwords()
			if err != nil {
				return nil, err
			}
			return recaser{book: book, stop: stop}, nil
		},
	})
}

// html-to-text writes every heading in capitals ("MAN SHOT AT DALLAS GAS
// STATION"), whatever case the page gave it; so a text whose title and
// headings are all in capitals, over paragraphs in mixed case, had them so
// from the converter, not from its writer. (A part of a stream has no
// title of its own: where it is cut must not decide its headings' case.) Each word of such a line is written as
// the text writes it elsewhere, where it does not start a sentence
// ("Dallas", "iPhone", "NASA"); a word the text has nowhere else is lower
// case, unless it has a digit ("PS4"), the packs write it with a capital
// ("November"), or it is a form or a part of words the text writes with
// a capital ("China's", "Mieter" in "NEUE REGELN FÜR MIETER": German's
// nouns; see nounLike). The line starts with a capital, and
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
	// maxShoutStandfirstWords bounds the line in capitals right under
	// the title: a standfirst the page set as a heading, which
	// html-to-text wrote in capitals too.
	maxShoutStandfirstWords = 50
	// minMixedParagraphs: the text in mixed case the case is learnt from.
	minMixedParagraphs = 3
	// maxQuietShare: a text whose title is in capitals is recased where
	// its headings in capitals are more than maxQuietShare times those
	// that are not: more of them.
	maxQuietShare = 1
)

// recaser does its work when the pipeline settles: the case is learnt
// from the text that stays, which a second run over the output reads too.
type recaser struct {
	book *lang.Phrasebook
	stop *lang.Stopwords
}

func (recaser) Apply(*document.Document) error { return nil }
func (r recaser) Settle(doc *document.Document) error {
	return recase(casing{ph: r.book.Index(), stop: r.stop, lang: doc.Lang}, doc)
}

// recase writes the lines in capitals of a text whose headings are all in
// capitals in the case the text writes their words.
func recase(v casing, doc *document.Document) error {
	title, mixed := false, 0
	shout, quiet := 0, 0 // headings in capitals, and not
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		switch {
		case b.Kind == document.Title:
			if !shouting(b.Text) {
				return nil
			}
			title = true
		case b.Kind == document.Heading && shouting(b.Text):
			shout++
		case b.Kind == document.Heading && !strings.HasSuffix(b.Text, "?"):
			// A question is an interview's or an FAQ's paragraph the
			// headings filter made a heading, as the short lines
			// below.
			quiet++
		case b.Kind == document.Paragraph && strings.ContainsFunc(b.Text, unicode.IsLower):
			mixed++
		}
	}
	// A short line the headings filter made a heading ("Complementario:
	// 18 · Reintegro: 7", "Info") is in the text's case among headings
	// a converter printed in capitals: a few such do not say the text
	// writes its headings so.
	if !title || mixed < minMixedParagraphs || quiet > 0 && shout <= maxQuietShare*quiet {
		return nil
	}
	v.learn(doc)
	standfirst := -1
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; b.Kind == document.Title && !b.Dropped {
			standfirst = doc.NextLive(i)
			break
		}
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		limit := maxShoutWords
		if i == standfirst {
			limit = maxShoutStandfirstWords
		}
		if b.Dropped || !shouting(b.Text) || b.Words() > limit {
			continue
		}
		switch b.Kind {
		case document.Heading, document.Title, document.ListItem, document.Paragraph:
			old := b.Text
			b.SetText(recaseName, "heading in capitals", v.recased(b.Text))
			// The front matter's title is the line's.
			if b.Kind == document.Title && doc.Meta.Title == old && !doc.Meta.TitleGiven {
				doc.Meta.Title = b.Text
			}
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

// casing is how a text writes its words.
type casing struct {
	ph   *lang.Phrases
	stop *lang.Stopwords
	lang string // the document's language, whose stopwords are no names
	// forms holds, by lower-case word, how the text writes it where it
	// does not start a sentence: the form it writes most often, the
	// first of equals.
	forms map[string]string
	// lowerAfterColon: the text writes the word after a colon in small
	// letters more often than with a capital, where the word has no
	// capital of its own ("Pensioni 2027: cosa cambia", as Italian and
	// most English text write it); a text that gives no evidence has
	// the capital.
	lowerAfterColon bool
}

// learn reads how the kept text in mixed case writes its words.
func (v *casing) learn(doc *document.Document) {
	type form struct {
		w string
		n int
	}
	seen := map[string][]form{}
	var afterColon []string
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || !strings.ContainsFunc(b.Text, unicode.IsLower) {
			continue
		}
		start, colon, dateline := true, false, false
		for _, f := range strings.Fields(b.Text) {
			lo, hi := wordIn(f)
			if lo < hi && colon {
				afterColon = append(afterColon, f[lo:hi])
			}
			if lo < hi && !start {
				w := f[lo:hi]
				k := strings.ToLower(w)
				fs := seen[k]
				if j := slices.IndexFunc(fs, func(x form) bool { return x.w == w }); j >= 0 {
					fs[j].n++
				} else {
					seen[k] = append(fs, form{w, 1})
				}
			}
			// A dateline's dash after the place in capitals starts
			// the sentence ("TORINO – Dopo due anni …").
			start = startsNext(f) || dateline && isDash(f)
			colon = endsWithColon(f)
			dateline = shouting(f)
		}
	}
	forms := make(map[string]string, len(seen))
	for k, fs := range seen {
		best := fs[0]
		for _, x := range fs[1:] {
			if x.n > best.n {
				best = x
			}
		}
		forms[k] = best.w
	}
	v.forms = forms
	lower, upper := 0, 0
	for _, w := range afterColon {
		form, ok := forms[strings.ToLower(w)]
		if r, _ := utf8.DecodeRuneInString(form); !ok || unicode.IsUpper(r) {
			continue // a name, or a word the text has nowhere else
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
	}
	v.lowerAfterColon = lower > upper
}

// minStemRunes: a word of a heading shares this many letters with the
// start of a noun of the text to be taken for one of its forms
// ("Regeln", "Regelung"), or it is a part of one ("Mieter",
// "Mieterverbände"; "Vermieter").
const minStemRunes = 5

// nounLike reports whether k, a word of a heading in lower case that the
// text does not write, is a form or a part of words the text writes with
// a capital more often than without (a name's, a German noun's): it has
// one too. A stopword is none; nor is a word the text gives no such
// evidence for ("jetzt", "wissen").
func (v *casing) nounLike(k string) bool {
	if utf8.RuneCountInString(k) < minStemRunes-1 || v.stop.Is(v.lang, k) {
		return false
	}
	stem := k
	if n := runeOffset(k, minStemRunes); n > 0 {
		stem = k[:n]
	}
	upper, lower := 0, 0
	for key, form := range v.forms {
		if strings.HasPrefix(key, k) || strings.HasSuffix(key, k) || len(stem) < len(k) && strings.HasPrefix(key, stem) {
			if r, _ := utf8.DecodeRuneInString(form); unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		}
	}
	return upper > lower
}

// runeOffset returns the byte offset of s's n-th rune, or 0 where s has
// n runes or fewer.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return 0
}

// recased returns s, a line in capitals, with each word in the case the
// text writes it, or the case it gives a word it has not (see the comment
// at the top).
func (v casing) recased(s string) string {
	var sb strings.Builder
	start := true
	for i, f := range strings.Fields(s) {
		if i > 0 {
			sb.WriteByte(' ')
		}
		lo, hi := wordIn(f)
		if lo == hi {
			// Marks alone ("-", "|") start no sentence and end none.
			sb.WriteString(f)
			continue
		}
		w := f[lo:hi]
		k := strings.ToLower(w)
		out, ok := v.form(k)
		switch {
		case initialism(f):
			// "L.A.", "U.S.": capitals by right, and no sentence's end.
			sb.WriteString(f)
			start = false
			continue
		case ok:
		case strings.ContainsFunc(w, unicode.IsDigit):
			out = w
		default:
			out = k
		}
		if !ok && out == k && (v.nounLike(k) || v.ph.Word("capitalised", k)) {
			start = true
		}
		if start {
			c, n := utf8.DecodeRuneInString(out)
			out = string(unicode.ToUpper(c)) + out[n:]
		}
		sb.WriteString(f[:lo] + out + f[hi:])
		start = startsNext(f) && !(v.lowerAfterColon && endsWithColon(f))
	}
	return sb.String()
}

// form returns how the text writes k, a word in lower case, if it does.
// Full case mapping, which html-to-text's capitals follow, writes "ß" as
// "SS" ("GROSSBRAND"): where the text writes no "grossbrand", a form with
// an "ß" for one "ss" is the word ("Großbrand").
func (v casing) form(k string) (string, bool) {
	if f, ok := v.forms[k]; ok {
		return f, true
	}
	for i := 0; ; {
		j := strings.Index(k[i:], "ss")
		if j < 0 {
			return "", false
		}
		i += j
		if f, ok := v.forms[k[:i]+"ß"+k[i+2:]]; ok {
			return f, true
		}
		i += 2
	}
}

// initialism reports whether f, without the marks around it, is two
// capitals or more each with its full stop ("L.A.", "U.S.", "(D.C.)").
func initialism(f string) bool {
	f = strings.TrimFunc(f, func(r rune) bool { return r != '.' && textfix.IsEdge(r) })
	if len(f) < 4 || len(f)%2 != 0 {
		return false
	}
	for i := 0; i < len(f); i += 2 {
		if f[i] < 'A' || f[i] > 'Z' || f[i+1] != '.' {
			return false
		}
	}
	return true
}

// wordIn returns where the word of f, a run of text between spaces,
// starts and ends, without the marks around it ("“We", "HER!”"); lo == hi
// when f is marks only.
func wordIn(f string) (lo, hi int) {
	w := strings.TrimLeftFunc(f, textfix.IsEdge)
	lo = len(f) - len(w)
	return lo, lo + len(strings.TrimRightFunc(w, textfix.IsEdge))
}

// isDash reports whether f is a dash alone: "–", "—" or "-".
func isDash(f string) bool { return f == "–" || f == "—" || f == "-" }

// endsWithColon reports whether f, a run of text between spaces, ends
// with a colon, before the marks that close a quotation or brackets.
func endsWithColon(f string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(f, isClosing), ":")
}

// startsNext reports whether the word after f starts with a capital: f
// ends a sentence, or a part before a colon ("Q: What's next?"). An
// ellipsis in a headline is a pause ("Finals launch in Madrid… and
// feelings are mixed"), not the end that endsSentence reads it as.
func startsNext(f string) bool {
	f = strings.TrimRightFunc(f, isClosing)
	return f != "" && strings.IndexByte(".!?:", f[len(f)-1]) >= 0
}
