package document

import (
	"strings"
	"testing"
)

// Emphasis is read as CommonMark reads it (the spec's examples), where no
// rule of unscrape's differs: inside a word, no marker is emphasis.
func TestEmphasisAsCommonMark(t *testing.T) {
	for in, want := range map[string]string{
		"*foo bar*":             "foo bar",
		"a * foo bar*":          "a * foo bar*",
		"_foo bar_":             "foo bar",
		"foo_bar_":              "foo_bar_",
		"**foo*":                "*foo",
		"*foo**":                "foo*",
		"*(*foo*)*":             "(foo)",
		"_(_foo_)_":             "(foo)",
		"***strong emph***":     "strong emph",
		"*foo _bar* baz_":       "foo _bar baz_",
		"*foo [bar*](/url)":     "*foo bar*",
		"*a `*`*":               "a `*`",
		"**foo \"*bar*\" foo**": "foo \"bar\" foo",
		"*foo**bar**baz*":       "foo**bar**baz", // CommonMark: foo<strong>bar</strong>baz
		"foo*bar*":              "foo*bar*",      // CommonMark: foo<em>bar</em>
	} {
		if got, _, _ := inline(in, syntax{markdown: true}); got != want {
			t.Errorf("inline(%q) = %q, want %q", in, got, want)
		}
	}
}

// A programmer's name in double underscores is a name, which CommonMark
// reads as strong emphasis; html2text's nested italics and strong text
// of more than one lowercase word are emphasis still.
func TestEmphasisDunders(t *testing.T) {
	for in, want := range map[string]string{
		`if __name__ == "__main__":`:     `if __name__ == "__main__":`,
		"__init__.py, __init_subclass__": "__init__.py, __init_subclass__",
		"(__FILE__, __LINE__)":           "(__FILE__, __LINE__)",
		"“__all__”":                      "“__all__”",
		"__Facebook__ and __a b__":       "Facebook and a b",
		"__Mixed__ __über__":             "Mixed über",
		"___init___":                     "init",
	} {
		if got, _, _ := inline(in, syntax{markdown: true}); got != want {
			t.Errorf("inline(%q) = %q, want %q", in, got, want)
		}
	}
}

// A line of many markers that pair with nothing is read once, not once
// for each marker: stars that can only close keep what they are, and the
// lone underscores that open pair off as html2text's leftovers do.
func TestEmphasisManyMarkers(t *testing.T) {
	b := make([]byte, 0, 1<<17)
	for i := 0; len(b) < 1<<17; i++ {
		b = append(b, "a* _b "[i%6])
	}
	got, _, _ := inline(string(b), syntax{markdown: true})
	if n, want := strings.Count(got, "*"), strings.Count(string(b), "*"); n != want {
		t.Errorf("%d stars left of %d", n, want)
	}
	if n := strings.Count(got, "_"); n > 1 {
		t.Errorf("%d underscores left", n)
	}
}

// An ordinal's raised suffix loses the carets lynx ("1^er") and pandoc
// ("1^er^") set it with; a power keeps its caret.
func TestRaisedOrdinal(t *testing.T) {
	for in, want := range map[string]string{
		"à partir du 1^er janvier":  "à partir du 1er janvier",
		"à partir du 1^er^ janvier": "à partir du 1er janvier",
		"le XIX^e siècle":           "le XIX^e siècle", // no digit before: left alone
		"la 3^ème fois":             "la 3ème fois",
		"2^10 bytes":                "2^10 bytes",
		"10^four":                   "10^four",
		"e = mc^2":                  "e = mc^2",
		"le 2^Nd":                   "le 2^Nd",
	} {
		for _, syn := range []syntax{{markdown: true}, {}} {
			if got, _, _ := inline(in, syn); got != want {
				t.Errorf("inline(%q, markdown %v) = %q, want %q", in, syn.markdown, got, want)
			}
		}
	}
}
