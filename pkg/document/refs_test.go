package document

import (
	"slices"
	"testing"
)

// A reference link is a link, its definition no text: as CommonMark reads
// them (the spec's examples, where they fit on one line).
func TestParseReferenceLinks(t *testing.T) {
	defs := "\n\n   [1]: https://x.org/r\n[Foo*bar\\]]:my_(url) 'title (with parens)'\n" +
		"[ΑΓΩ]: /φου\n[Long  Label]: <https://x.org/l> \"T\"\n[1]: /second-definition-of-1\n"
	for _, tc := range []struct {
		in    string
		text  string
		links []Link
	}{
		{"See [the report][1] now", "See the report now", []Link{{"the report", "https://x.org/r", 4}}},
		// A number alone is a footnote's mark, as html2text prints it
		// (its references are "[text][1]"), not a reference.
		{"said.[1] and [1][] and [long label]", "said.[1] and [1][] and long label", []Link{{"long label", "https://x.org/l", 23}}},
		{"[Foo*bar\\]]", "Foo*bar]", []Link{{"Foo*bar]", "my_(url)", 0}}},
		{"[αγω]", "αγω", []Link{{"αγω", "/φου", 0}}},
		// An inline link's address comes first; an undefined label is
		// text; an image is nothing. A text with brackets is no label,
		// and unlike CommonMark, the brackets in it are not read again
		// for one (a line of brackets is read once).
		{"[1](/inline) [x][nope] [[1]] ![alt][1]", "1 [x][nope] [[1]]", []Link{{"1", "/inline", 0}}},
	} {
		d := Parse(tc.in + defs)
		if len(d.Blocks) != 1 || d.Blocks[0].Text != tc.text || !slices.Equal(d.Blocks[0].Links, tc.links) {
			t.Errorf("%q: got %+v, want %q %v", tc.in, d.Blocks, tc.text, tc.links)
		}
	}
}

// Only a line that is all a definition is one, and only where it does
// not go on a paragraph: else it is text, as CommonMark has it.
func TestDefinitionsAreNotText(t *testing.T) {
	for in, want := range map[string][]string{
		"# [Foo]\n[foo]: /url\n> bar":          {"Foo", "bar"},
		"Foo\n[bar]: /baz":                     {"Foo", "[bar]: /baz"},
		"#Foo\n[bar]: /baz":                    {"#Foo", "[bar]: /baz"},
		"***\n[bar]: /baz\n[bar]":              {"bar"},
		"a\n\n[foo]: /url 'title\n":            {"a", "[foo]: /url 'title"},
		"a\n\n[foo]:\n":                        {"a", "[foo]:"},
		"a\n\n[foo]: <bar>(baz)\n":             {"a", "[foo]: <bar>(baz)"},
		"a\n\n[foo]: /url \"title\" ok\n":      {"a", "[foo]: /url \"title\" ok"},
		"a\n\n[1]: Smith, J. (2019) A title\n": {"a", "[1]: Smith, J. (2019) A title"},
		"a\n\n    [foo]: /url\n":               {"a", "[foo]: /url"},
		"```\n[foo]: /url\n```\n[foo]":         {"[foo]: /url", "[foo]"},
		"a\n\n[foo]: /url\n\"title\" ok\n":     {"a", "\"title\" ok"},
		"a[^1]\n\n[^1]: https://x.org\n":       {"a[^1]", "[^1]: https://x.org"},
	} {
		var got []string
		for _, b := range Parse(in).Blocks {
			got = append(got, b.Text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
