package document

import (
	"slices"
	"testing"
)

// Parse reads a link as its text and keeps where it led, for the renderer
// to write back when asked.
func TestParseLinks(t *testing.T) {
	for _, tc := range []struct {
		in    string
		text  string
		links []Link
	}{
		{"Read [the report](https://x.org/r \"Title\") now", "Read the report now", []Link{{"the report", "https://x.org/r", 5}}},
		{"[a](<b c>) and [**d**](e)", "a and d", []Link{{"a", "b c", 0}, {"d", "e", 6}}},
		{"see <https://x.org/>", "see https://x.org/", []Link{{"https://x.org/", "https://x.org/", 4}}},
		// An image is nothing, a linked image too; an empty address is
		// no link.
		{"a ![logo](l.png) [![logo](l.png)](/) b [c]()", "a b c", nil},
		{"[x] and \\[y](z)", "[x] and [y](z)", nil},
		// Brackets that are no link around a link, as html2text writes
		// a link the page put in brackets; only the first bracket
		// inside is tried.
		{"[ [167 comments](https://x.org/c) ]", "[ 167 comments ]", []Link{{"167 comments", "https://x.org/c", 2}}},
		{"a [ b [c](d) e", "a [ b c e", []Link{{"c", "d", 6}}},
		// A title and no address, as html2text writes a link without
		// href: the text, and no link.
		{`[Share]( "Share on WhatsApp") [x]("y z")`, `Share [x]("y z")`, nil},
		{"a [ ![logo](l.png) b", "a [ b", nil},
		{"[Image: [alt](src)] [[a] [b](c)]", "[Image: alt] [[a] [b](c)]", []Link{{"alt", "src", 8}}},
	} {
		d := Parse(tc.in)
		if len(d.Blocks) != 1 || d.Blocks[0].Text != tc.text || !slices.Equal(d.Blocks[0].Links, tc.links) {
			t.Errorf("%q: got %+v, want %q %v", tc.in, d.Blocks, tc.text, tc.links)
		}
	}
}

func TestIsAutolink(t *testing.T) {
	for s, want := range map[string]bool{
		"https://x.org/a?b=c": true,
		"mailto:a@b.c":        true,
		"www.x.org":           false,
		"https://x.org/a b":   false,
		"a:b":                 false, // a scheme has two letters at least
	} {
		if got := IsAutolink(s); got != want {
			t.Errorf("IsAutolink(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsBareAddress(t *testing.T) {
	for s, want := range map[string]bool{
		"https://twitter.com/intent/tweet?text=%E5%95%86": true,
		"whatsapp://send?text=a":                          true,
		"HTTP://X.ORG":                                    true,
		"https://":                                        false,
		"https://x.org/a b":                               false, // text after it
		"see https://x.org":                               false,
		"mailto:a@b.c":                                    false, // no "://": "Update:Police" would be one
		"www.x.org":                                       false,
		"1a://x":                                          false, // a scheme starts with a letter
		"?subject=I%20found&body=Hi":                      true,  // a mail button's, "mailto:" cut off
		"?":                                               false,
		"?=":                                              false,
		"?how":                                            false, // no key and value
		"?who=me and you":                                 false,
	} {
		if got := IsBareAddress(s); got != want {
			t.Errorf("IsBareAddress(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestAddressNoteEnd(t *testing.T) {
	for in, want := range map[string]int{
		"[https://x.org/a]":            17,
		"[/blog/europe/] more":         15,
		"[#top]":                       6,
		"[mailto:a@b.org]":             16,
		"[info@ascom.com]":             16,
		"[data:image/gif;base64,R0lG]": 28,
		"[sic]":                        -1,
		"[1]":                          -1,
		"[…]":                          -1,
		"[Note:x]":                     -1,
		"[a b]":                        -1,
		"[/a](b)":                      -1, // a Markdown link
		"[/a][b]":                      -1,
		"[/a]: x":                      -1, // a definition
		"[/a]{.b}":                     -1, // a pandoc span
		"[/a[/b]":                      -1,
		`[/\]A](/)`:                    -1, // an escaped bracket ends nothing
		"[]":                           -1,
		"[?subject=Ferry%20runs]":      23, // an e-mail share button's query
		"[?]":                          -1,
		"[?=1]":                        -1,
	} {
		if got := AddressNoteEnd(in, 0); got != want {
			t.Errorf("AddressNoteEnd(%q) = %d, want %d", in, got, want)
		}
	}
}

// npm's html-to-text writes a link's address in brackets after its text,
// and a picture as its address alone: the notes go, and a short text
// before one is its link.
func TestParseAddressNotes(t *testing.T) {
	d := Parse("Europe [/blog/europe/]\n\nRead More [https://x.org/a]\n\n[//cdn.x.org/a.jpg]/videos/a/\n\n" +
		"The council said [https://x.org/c] on Tuesday that the ferry runs again all winter, after a long petition of the residents [/p].\n\n[sic] and [1]\n")
	got, links := textsAndLinks(d)
	want := []string{"Europe", "Read More", "The council said on Tuesday that the ferry runs again all winter, after a long petition of the residents.", "[sic] and [1]"}
	if !slices.Equal(got, want) {
		t.Errorf("texts %q, want %q", got, want)
	}
	wantLinks := []string{"Europe /blog/europe/", "Read More https://x.org/a", "The council said https://x.org/c"}
	if !slices.Equal(links, wantLinks) {
		t.Errorf("links %q, want %q", links, wantLinks)
	}
}

// html-to-text prints the address of a link around a picture without alt
// text alone on a line: a share button's (the page's address in its
// query, or an e-mail button's query without "mailto:"), and a teaser's
// picture's, whose link's text and note follow. Neither is text, nor
// joins the lines around it into one paragraph. A link whose text is its
// address keeps it, and so does an indented line, which a blank would cut
// out of its list item.
func TestParseAddressLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{
			// Spaces after the address change nothing (found by
			// FuzzClean: the output, without them, lost the line).
			"The ferry at night\nhttps://twitter.com/share?url=https://x.org/ferry&text=Ferry \n\t\n" +
				"?subject=The%20ferry%20runs%20again&body=Read%20more\nBy Jane Doe\n\n" +
				"https://x.org/report?id=12\n\n?subject=ferry\n",
			[]string{"The ferry at night", "By Jane Doe", "https://x.org/report?id=12", "?subject=ferry"},
		},
		{
			"https://x.org/ferry\nFerry resumes after ten years\n[https://x.org/ferry]\n\n" +
				"https://x.org/people/jane\nJane Doe [https://x.org/people/jane]\n\n" +
				"https://x.org/report\n[https://x.org/report]\n\nhttps://x.org/other\nThe council met\n",
			[]string{"Ferry resumes after ten years", "Jane Doe", "https://x.org/report", "https://x.org/other", "The council met"},
		},
		{
			// Indented, the address is a list item's line: the list
			// goes on after it.
			" 1. Waves on the sea wall\n    https://x.org/storm\n    Storm warning for the weekend\n    [https://x.org/storm]\n 2. The late goal\n",
			[]string{"Waves on the sea wall", "https://x.org/storm", "Storm warning for the weekend", "The late goal"},
		},
	} {
		if got, _ := textsAndLinks(Parse(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("texts %q, want %q", got, tc.want)
		}
	}
}

// A picture's address after its alt text is no link, and a word glued
// after a note is the next word.
func TestParseAddressNotePicture(t *testing.T) {
	d := Parse("The ferry at night [/img/ferry.jpg?w=800]The ferry leaves at eleven.\n")
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "The ferry at night The ferry leaves at eleven." || d.Blocks[0].Links != nil {
		t.Errorf("blocks %+v", d.Blocks)
	}
}

// A lazily loaded picture html-to-text writes as two notes side by side,
// the placeholder's address and the picture's, with the link's address
// glued after them: none of it is text. A Markdown reference link, whose
// text is no address, stays.
func TestParseAddressNotesSideBySide(t *testing.T) {
	for in, want := range map[string]string{
		"[https://x.org/blank.png][https://x.org/ferry.jpg?resize=647,855]https://x.org/ferry.jpg\nThe ferry leaves at eleven.\n": "The ferry leaves at eleven.",
		"At night [/img/blank.png][/img/ferry.jpg] the ferry leaves.\n":                                                           "At night the ferry leaves.",
		"See [the ferry][https://x.org/ferry] at night.\n":                                                                        "See [the ferry][https://x.org/ferry] at night.",
	} {
		d := Parse(in)
		if len(d.Blocks) != 1 || d.Blocks[0].Text != want {
			t.Errorf("%q: blocks %+v, want %q", in, d.Blocks, want)
		}
	}
}

// html-to-text glues a linked picture's address to the picture's note, or,
// when the link has white space after the picture, sets it a space or a
// line break apart (a space once the lines are joined): both are the
// link's, and no text. An address after a note of a link, or text after a picture's
// note, stays text.
func TestParseAddressNoteLinkedPicture(t *testing.T) {
	d := Parse(" * Twitter icon [/img/twitter.png] https://twitter.com/intent/tweet?text=%E5%95%86\n" +
		" * Ferry [/img/ferry.jpg]/news/ferry\n\n" +
		"Read More [/news/a] https://x.org/b\n\n" +
		"At night [/img/ferry.jpg] the ferry leaves.\n")
	got, links := textsAndLinks(d)
	want := []string{"Twitter icon", "Ferry", "Read More https://x.org/b", "At night the ferry leaves."}
	if !slices.Equal(got, want) {
		t.Errorf("texts %q, want %q", got, want)
	}
	wantLinks := []string{"Twitter icon https://twitter.com/intent/tweet?text=%E5%95%86", "Ferry /news/ferry", "Read More /news/a"}
	if !slices.Equal(links, wantLinks) {
		t.Errorf("links %q, want %q", links, wantLinks)
	}
}

// textsAndLinks returns the texts of d's blocks, and their links as "text
// address".
func textsAndLinks(d *Document) (texts, links []string) {
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
		for _, l := range b.Links {
			links = append(links, l.Text+" "+l.Dest)
		}
	}
	return texts, links
}
