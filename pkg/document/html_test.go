package document

import (
	"slices"
	"strings"
	"testing"
)

// wrappedPara is a paragraph wrapped at 72 columns, as pandoc wraps one;
// wrappedText its text.
const (
	wrappedPara = "The city council voted on Tuesday to rebuild the old stone bridge over\n" +
		"River Wend, ending a debate that has lasted almost ten years and split\n" +
		"Labour and the Greens, who govern the city, the mayor said on Tuesday.\n\n"
	wrappedText = "The city council voted on Tuesday to rebuild the old stone bridge over River Wend, ending a debate " +
		"that has lasted almost ten years and split Labour and the Greens, who govern the city, the mayor said on Tuesday."
)

// A line of HTML in a text is read as the text a reader of it saw; a tag
// inside a line of text is the text's.
func TestParseHTML(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"a layout table", "Intro.\n<table><tbody><tr><td><p>First part.</p><p>Second &amp; more.</p></td></tr></tbody></table>\nAfter.",
			[]string{"Intro.", "First part.", "Second & more.", "After."}},
		{"scripts and pictures are no text", "<div><script>var x = 1;</script>Text<img src=\"x.gif\"></div>\n\n<img height=\"1\" width=\"1\" src=\"https://x.org/p\">",
			[]string{"Text"}},
		{"a tag wrapped over lines", "A.\n\n   <img height=\"1\" width=\"1\"\n   src=\"https://x.org/p?a=1\"> <img\n   src=\"x\">\n\nB.",
			[]string{"A.", "B."}},
		{"inline tags part no words", "<b>Note:</b> the ferry <i>runs</i>.", []string{"Note: the ferry runs."}},
		{"headings and list items", "<div><h1>The ferry</h1><p>It runs.</p><ul><li>Daily</li><li>At <b>six</b></li></ul></div>",
			[]string{"The ferry", "It runs.", "Daily", "At six"}},
		{"an inline tag under text goes on with its paragraph", strings.Repeat(wrappedPara, 2) +
			"Skipping meals can contribute to the cycle of hunger and snacking that\nleads to\n" +
			"<a href=\"https://x.org/c\"\nclass=\"l\">cravings</a> and increase the risk of overeating, a study\n" +
			"of the eating habits of many adults in several countries has found.",
			[]string{wrappedText, wrappedText, "Skipping meals can contribute to the cycle of hunger and snacking that leads to cravings and increase " +
				"the risk of overeating, a study of the eating habits of many adults in several countries has found."}},
		{"a block tag under text does not", "The risk of\n<p>cravings</p>", []string{"The risk of", "cravings"}},
		{"a tag under a line with a tag is a row of buttons", strings.Repeat(wrappedPara, 2) +
			"Share this story with your friends and the family on the networks you\nuse:\n" +
			"<a href=\"x\">Whatsapp</a> |\n<a href=\"y\">Pint</a>",
			[]string{wrappedText, wrappedText, "Share this story with your friends and the family on the networks you use: Whatsapp |", "Pint"}},
		{"a byline's names, each in its link", strings.Repeat(wrappedPara, 2) + "<span class=\"authors\">Von\n<a href=\"/a\">Henrike Abels</a> und\n<a href=\"/b\">Tobias Wendland</a></span>\n14.04.2025, 06:00 Uhr\n\n<a href=\"/c\">Next</a> and\n\n<a href=\"/d\">Other</a>",
			[]string{wrappedText, wrappedText, "Von Henrike Abels und Tobias Wendland 14.04.2025, 06:00 Uhr", "Next and", "Other"}},
		{"a byline's text with a link in it", strings.Repeat(wrappedPara, 2) +
			"Door <a href=\"/auteurs/marloes-van-beekhuizen\" rel=\"author\">Marloes van\nBeekhuizen</a> en\n<a href=\"/b\">Joost Terpstra</a> · 12\nmaart 2026\n\n" +
			"A line of text that ends with <b>bold</b>\n\n<a href=\"/c\">Other</a>",
			[]string{wrappedText, wrappedText, "Door <a href=\"/auteurs/marloes-van-beekhuizen\" rel=\"author\">Marloes van Beekhuizen</a> en Joost Terpstra · 12 maart 2026",
				"A line of text that ends with <b>bold</b>", "Other"}},
		{"a line of text that ends with a tag's name, its attributes under it", "<span class=\"byline\">By <span\nclass=\"author\"><a href=\"/a\">Megan Thorley</a></span>\nand <span\nclass=\"author\"><a href=\"/b\">Dan Okafor</a></span></span>\n\n-   <span\n    class=\"menu\">News</span>",
			// The short line under the byline's first name starts a
			// line of its own, as a text browser's would.
			[]string{"By Megan Thorley", "and Dan Okafor", "<span", "class=\"menu\">News</span>"}},
		{"emphasis around a comma after a tag", strings.Repeat(wrappedPara, 2) + "*Follow us on*\n<a href=\"x\"\nclass=\"y\">Instagram</a>*,*\nand more.",
			[]string{wrappedText, wrappedText, "Follow us on Instagram, and more."}},
		{"not HTML", "<Kevin> see you\n\n<3 you\n\n    <div>indented four</div>\n\nsee <b>this</b>",
			[]string{"<Kevin> see you", "<3 you", "<div>indented four</div>", "see <b>this</b>"}},
	} {
		var got []string
		for _, b := range Parse(tc.in).Blocks {
			got = append(got, b.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}

	// A table of data is a table: its rows are rows, with the first for
	// the header, a "|" in a cell escaped and a <br> a space; with a
	// paragraph in a cell, or one row, it lays the page out.
	rows := kindsAndTexts("Intro.\n\n<table class=\"t\"><tbody><tr><th><strong>Pos.</strong></th><th>Name</th></tr>" +
		"<tr><td>1</td><td>Kyle<br>Busch</td></tr><tr><td>2</td><td>a|b</td><td>x</td></tr></tbody></table>\n\nAfter.")
	if want := []string{"paragraph Intro.", "table row Pos. | Name |", "table row 1 | Kyle Busch |", "table row 2 | a\\|b | x", "paragraph After."}; !slices.Equal(rows, want) {
		t.Errorf("a table of data: got %q, want %q", rows, want)
	}
	for _, in := range []string{
		"<table><tr><td><p>One.</p></td><td>Two</td></tr><tr><td>3</td><td>4</td></tr></table>",
		"<table><tr><td>One</td><td>Two</td></tr></table>",
		"<table><tr><td>One</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr><tr><td>3</td><td>4</td></tr></table>",
	} {
		for _, b := range Parse(in).Blocks {
			if b.Kind == TableRow {
				t.Errorf("%s: a table row %q in a layout table", in, b.Text)
			}
		}
	}

	var kinds []Kind
	for _, b := range Parse("<div><h2>The ferry</h2><p>It runs.</p><ul><li>Daily</li></ul></div>").Blocks {
		kinds = append(kinds, b.Kind)
	}
	if want := []Kind{Heading, Paragraph, ListItem}; !slices.Equal(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}

	// Code is code, and a block keeps the line it came from.
	d := Parse("```\n<div>code</div>\n```\n\n<p>One</p><p>Two</p>\n\nEnd.")
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Text)
	}
	if want := []string{"<div>code</div>", "One", "Two", "End."}; !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	var lines []int
	for _, b := range d.Blocks {
		lines = append(lines, b.Line)
	}
	if want := []int{1, 5, 5, 7}; !slices.Equal(lines, want) {
		t.Errorf("lines %v, want %v", lines, want)
	}
}

func TestWithoutTags(t *testing.T) {
	for in, want := range map[string]string{
		`<span id="menu-item-8343">Giving Effectively</span>`:               "Giving Effectively",
		`a<br/>b <a href="/x" title='y'>link</a> <!-- note --> c`:           "a b link  c",
		"<div\nclass=\"x\">Text</div>":                                      " Text ",
		`<The Palace: Tale of Jang Noksu> and <my-widget x=1>w</my-widget>`: "<The Palace: Tale of Jang Noksu> and w",
		"`<span>` and \\<span> and <https://x.org> and [a](<b>)":            "`<span>` and \\<span> and <https://x.org> and [a](<b>)",
		"a < b and <span and <span x=>":                                     "a < b and <span and <span x=>",
	} {
		if got := withoutTags(in); got != want {
			t.Errorf("withoutTags(%q) = %q, want %q", in, got, want)
		}
	}
}

// Raw HTML inside Markdown is markup; in plain text, what looks like a tag
// is what the page printed.
func TestParseInlineTags(t *testing.T) {
	md := Parse("# Menu\n\n- <span id=\"m1\">Giving</span>\n- <div id=\"c1\">\n")
	var got []string
	for _, b := range md.Blocks {
		got = append(got, b.Text)
	}
	if want := []string{"Menu", "Giving"}; !slices.Equal(got, want) {
		t.Errorf("Markdown: %q, want %q", got, want)
	}
	plain := Parse("Use the <span> element.\n")
	if len(plain.Blocks) != 1 || plain.Blocks[0].Text != "Use the <span> element." {
		t.Errorf("plain text: %+v", plain.Blocks)
	}
}

// A tag whose name ends its line, its attributes on the lines under it,
// is a tag; so is one at the start of a heading's text (pandoc's GitHub
// Markdown wraps a picture's attributes so, and a link's, its text going
// on to the heading's end).
func TestParseTagOverLines(t *testing.T) {
	in := "Intro.\n\n<img\nsrc=\"a.jpg\"\ndata-pin-description=\"Pin this\"\nalt=\"A\" />After the picture.\n\n" +
		"### <img\nsrc=\"b.jpg\"\nalt=\"B\" />Focus\n\nText.\n\n" +
		"# <a\nhref=\"/x\"\ntitle=\"Permalink\">Breaking: Lawan\nmoves motion</a>\n\nMore.\n"
	got := kindsAndTexts(in)
	want := []string{"paragraph Intro.", "paragraph After the picture.", "heading Focus", "paragraph Text.",
		"heading Breaking: Lawan moves motion", "paragraph More."}
	if !slices.Equal(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}
