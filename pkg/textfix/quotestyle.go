package textfix

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// QuoteStyle is how a language writes quotation marks.
type QuoteStyle struct {
	// Tag is the table entry the style comes from ("de-CH"), or "ascii".
	Tag string
	// Open and Close are the marks by nesting depth: [0] for a quotation,
	// [1] for a quotation inside it. Deeper ones alternate.
	Open, Close [2]rune
	// Space says that a narrow no-break space goes inside guillemets.
	Space bool
	// Apostrophe is the mark for "it’s", "’90s".
	Apostrophe rune
	// Not holds letters a text of this region never writes: Swiss
	// German has no "ß". A text with one of them is not the region's,
	// whatever its marks (see RegionalStyles).
	Not string
}

// ASCII is the style of typewriters: straight quotes and apostrophes.
var ASCII = QuoteStyle{Tag: "ascii", Open: [2]rune{'"', '\''}, Close: [2]rune{'"', '\''}, Apostrophe: '\''}

//go:embed quotes.txt
var quotesTable string

type styleTable struct {
	styles  []QuoteStyle
	matcher language.Matcher
	// regions holds, by base language ("de"), the styles of its
	// regions ("de-CH", "de-LI") in the table's order.
	regions map[string][]QuoteStyle
}

// styles parses the embedded table once; it is read-only afterwards.
var styles = sync.OnceValues(func() (*styleTable, error) { return parseStyles(quotesTable) })

func parseStyles(data string) (*styleTable, error) {
	t := &styleTable{}
	var tags []language.Tag
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil, fmt.Errorf("quotes.txt:%d: want tag, four marks and maybe \"space\" or \"not=…\", got %q", n, line)
		}
		tag, err := language.Parse(f[0])
		if err != nil {
			return nil, fmt.Errorf("quotes.txt:%d: %w", n, err)
		}
		st := QuoteStyle{Tag: f[0], Apostrophe: '’'}
		for _, opt := range f[5:] {
			switch letters, ok := strings.CutPrefix(opt, "not="); {
			case opt == "space":
				st.Space = true
			case ok && letters != "":
				st.Not = letters
			default:
				return nil, fmt.Errorf("quotes.txt:%d: unknown option %q", n, opt)
			}
		}
		for k, m := range f[1:5] {
			r, size := utf8.DecodeRuneInString(m)
			if size != len(m) || !isQuoteMark(r) {
				return nil, fmt.Errorf("quotes.txt:%d: %q is not one quotation mark", n, m)
			}
			if k%2 == 0 {
				st.Open[k/2] = r
			} else {
				st.Close[k/2] = r
			}
		}
		t.styles = append(t.styles, st)
		tags = append(tags, tag)
		if base, _, ok := strings.Cut(f[0], "-"); ok {
			if t.regions == nil {
				t.regions = map[string][]QuoteStyle{}
			}
			t.regions[base] = append(t.regions[base], st)
		}
	}
	if len(tags) == 0 {
		return nil, fmt.Errorf("quotes.txt: no styles")
	}
	t.matcher = language.NewMatcher(tags)
	return t, nil
}

// QuoteStyleFor returns the quotation style of the language tag: the table
// entry x/text/language matches with high confidence ("de-AT" finds "de",
// "zh-TW" finds "zh-Hant"), or "ascii".
func QuoteStyleFor(tag string) (QuoteStyle, error) {
	if strings.EqualFold(tag, "ascii") {
		return ASCII, nil
	}
	t, err := styles()
	if err != nil {
		return QuoteStyle{}, err
	}
	lt, err := language.Parse(tag)
	if err != nil {
		return QuoteStyle{}, fmt.Errorf("quote style %q: %w", tag, err)
	}
	_, i, conf := t.matcher.Match(lt)
	if conf < language.High {
		return QuoteStyle{}, fmt.Errorf("no quote style for language %q (known: %s)", tag, strings.Join(QuoteStyleTags(), ", "))
	}
	return t.styles[i], nil
}

// QuoteStyleTags lists the languages of the style table.
func QuoteStyleTags() []string {
	t, err := styles()
	if err != nil {
		return nil
	}
	out := make([]string, len(t.styles))
	for i, s := range t.styles {
		out[i] = s.Tag
	}
	return out
}

// RegionalStyles returns the styles of the table for regions of tag's
// language whose quotations open with another mark than tag's own style
// (for "de": de-CH and de-LI, which open with «; for "pt": pt-PT). A
// document may show by its own marks that it is written in one of them.
func RegionalStyles(tag string, st QuoteStyle) []QuoteStyle {
	t, err := styles()
	if err != nil {
		return nil
	}
	base, _, _ := strings.Cut(tag, "-")
	var out []QuoteStyle
	for _, s := range t.regions[strings.ToLower(base)] {
		if s.Open[0] != st.Open[0] {
			out = append(out, s)
		}
	}
	return out
}

// Openings counts the double quotation marks of s that stand where a
// quotation opens, after a space or an opening bracket and before a word:
// mine those that are r, others the rest. German books' »Nein« closes
// with the « that opens a Swiss «Nein».
func Openings(s string, r rune) (mine, others int) {
	prev := ' '
	for i, c := range s {
		if IsDoubleQuote(c) && (IsSpace(prev) || classOf(prev) == cOpen) {
			after, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(c):])
			if after != utf8.RuneError && classOf(after) == cWord && !isQuoteMark(after) {
				if c == r {
					mine++
				} else {
					others++
				}
			}
		}
		prev = c
	}
	return mine, others
}
