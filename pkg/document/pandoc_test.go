package document

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestIsDivFence(t *testing.T) {
	for in, want := range map[string]bool{
		":::":           true,
		"::::::":        true,
		"::: sliderBox": true,
		"::: {.zonedModule module-id=\"6\" module-name=\"a/b\"}": true,
		":::: {#full-header} ::::":                               true,
		"    ::: comment-author":                                 true,
		"::":                                                     false,
		"::: two words":                                          false,
		"::: {not attributes}":                                   false,
		"::: {.open":                                             false,
		"Note::: x":                                              false,
		"\\::: x":                                                false,
	} {
		if got := IsDivFence(in); got != want {
			t.Errorf("IsDivFence(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestAttributesEnd(t *testing.T) {
	for in, want := range map[string]int{
		"{.a}":                             4,
		"{#id .a .b key=v}x":               17,
		`{style="margin:5px; color:#666"}`: 32,
		`{alt="say \"hi\""} tail`:          18,
		"{.a\n.b}":                         7,
		"{=html}":                          7,
		"{-}":                              3,
		"{}":                               -1,
		"{=html .a}":                       -1,
		"{.a=b}":                           -1,
		"{a}":                              -1,
		"{.a":                              -1,
		"{x = y}":                          -1,
		"{sic}":                            -1,
		`{a="open}`:                        -1,
		"plain":                            -1,
	} {
		if got := AttributesEnd(in); got != want {
			t.Errorf("AttributesEnd(%q) = %d, want %d", in, got, want)
		}
	}
}

// A page as `pandoc -t markdown` writes it: fenced divs, spans,
// attributes and raw blocks go, and what a reader saw stays.
func TestParsePandoc(t *testing.T) {
	in := "::: {.header module=\"nav\"}\n" +
		"-   [Home](/)\n" +
		"-   ::: {#c1}\n" +
		"    Item text\n" +
		"    :::\n" +
		"\n" +
		"```{=html}\n<!-- -->\n```\n" +
		":::\n\n" +
		"# The ferry runs again {#title .headline}\n\n" +
		"::: article-body\n" +
		"By [[Jane Doe]{.name itemprop=\"name\"}](/by/jane){.byline rel=\"author\"} and []{.icon} [Sam]{.name}\n" +
		":::\n\n" +
		"![](data:image/svg+xml;base64,PHN2Zz4=){.dn}The `x`{.go} value `<br>`{=html}is set.\n\n" +
		"    <div>\n\n" +
		"```{=latex}\n\\newpage\n```\n\n" +
		"```{=html}\n<p>Raw words</p>\n```\n\n" +
		"```\n::: kept in code\n```\n"
	d := Parse(in)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Text)
	}
	want := []string{"Home", "Item text", "The ferry runs again", "By Jane Doe and Sam", "The `x` value is set.", "Raw words", "::: kept in code"}
	if !slices.Equal(got, want) {
		t.Errorf("texts\n%q, want\n%q", got, want)
	}
	if b := d.Blocks[2]; b.Kind != Heading || b.Level != 1 {
		t.Errorf("heading %+v, want a level 1 heading", b)
	}
	if l := d.Blocks[3].Links; len(l) != 1 || l[0].Text != "Jane Doe" || l[0].Dest != "/by/jane" {
		t.Errorf("links %+v, want Jane Doe's", l)
	}
	if c := d.Blocks[4].CodeSpans; len(c) != 1 || c[0].Text != "`x`" {
		t.Errorf("code spans %+v, want `x` alone", c)
	}

	// A div in a quotation: the fences go, the quotation goes on.
	d = Parse("> Senate resolves to:\\\n> Observe a minute's silence.\n>\n> ::: {.forms style=\"display: none\"}\n> :::\n>\n> --- The Senate (@Senate) October 9, 2018\n")
	got = got[:0]
	for _, b := range d.Blocks {
		if b.Kind != Quote {
			t.Errorf("%q is a %v, want a quote", b.Text, b.Kind)
		}
		got = append(got, b.Text)
	}
	if want := []string{"Senate resolves to:", "Observe a minute's silence.", "— The Senate (@Senate) October 9, 2018"}; !slices.Equal(got, want) {
		t.Errorf("quotation with a div:\n%q, want\n%q", got, want)
	}

	// Without fenced divs, a <div> alone is HTML as ever, and text
	// with braces that are no attributes stays as it is.
	for in, want := range map[string]string{
		"[sic]{x} and f(x){.y}\n": "[sic]{x} and f(x){.y}",
		"Title {#t}\n":            "Title {#t}",
	} {
		if d := Parse(in); len(d.Blocks) != 1 || d.Blocks[0].Text != want {
			t.Errorf("Parse(%q) = %+v, want %q", in, d.Blocks, want)
		}
	}
}

func TestWithoutDataURLs(t *testing.T) {
	for in, want := range map[string]string{
		"[![](data:image/png;base64,AAAA)](/)": "[![](data:)](/)",
		"a ![x](data:a,b \"t\") b":             "a ![x](data: \"t\") b",
		"(data:kept) and [x](/data:y)":         "(data:kept) and [x](/data:y)",
	} {
		if got := withoutDataURLs(in); got != want {
			t.Errorf("withoutDataURLs(%q) = %q, want %q", in, got, want)
		}
	}
}

// The backslash of a hard line break is no text.
func TestParseHardBreakBackslash(t *testing.T) {
	d := Parse("In favour:\\\n\\* one point\n\nC:\\\\\n")
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Text)
	}
	if want := []string{"In favour:", "* one point", `C:\`}; !slices.Equal(got, want) {
		t.Errorf("texts %q, want %q", got, want)
	}
	// A numbered line after a hard break is no list item: it goes on with
	// the paragraph's text, without its own break.
	d = Parse("# Offers\n\n1\\) Lego\\\n2) Polistil\\\nthird\n")
	got = got[:0]
	for _, b := range d.Blocks {
		got = append(got, b.Text)
	}
	if want := []string{"Offers", "1) Lego", "2) Polistil", "third"}; !slices.Equal(got, want) {
		t.Errorf("numbered line: texts %q, want %q", got, want)
	}
}

// A link's text may hold a hard line break (a <br> in a link): pandoc and
// turndown break the line inside the brackets, and inside the emphasis
// around the text. The link is one, its text whole.
// A styled span's text may hold a line break, or a short line where the
// page had one: the span closes on the next line, and its text is one
// paragraph without brackets.
func TestParseLineBreakInSpan(t *testing.T) {
	wrapped := "::: {.post-body}\n" + strings.Repeat("The ferry crossed the bay on Monday morning with a full deck of cars.\n", 3) + ":::\n\n"
	for _, in := range []string{
		"[[Photos which were released online show the new ferry at the quay on its\nfirst crossing.\\\n]{style=\"font-size: small;\"}]{style=\"font-family: Arial;\"}\n",
		"[[Photos which were released online show the new ferry at the quay on its\nfirst crossing, by\nJane.]{style=\"font-size: small;\"}]{style=\"font-family: Arial;\"}\n",
	} {
		d := Parse(wrapped + in)
		last := d.Blocks[len(d.Blocks)-1]
		if len(d.Blocks) != 2 || strings.ContainsAny(last.Text, "[]{}") || !strings.HasPrefix(last.Text, "Photos which") {
			t.Errorf("%q: blocks %q, want the span's text as one paragraph", in, kindsAndTexts(wrapped+in))
		}
	}
}

func TestParseHardBreakInLink(t *testing.T) {
	for _, in := range []string{
		"[**http://amzn.to/x\\\n**](http://amzn.to/x){target=\"_blank\"} Lego\n",
		"[*http://amzn.to/x*  \n](http://amzn.to/x) Lego\n",
	} {
		d := Parse("# Offers\n\n" + in)
		want := []Link{{"http://amzn.to/x", "http://amzn.to/x", 0}}
		if len(d.Blocks) != 2 || d.Blocks[1].Text != "http://amzn.to/x Lego" || !slices.Equal(d.Blocks[1].Links, want) {
			t.Errorf("%q: blocks %+v, want one link to http://amzn.to/x", in, d.Blocks)
		}
	}
}

// Items of a numbered list that a writer wrapped, their lines indented
// under the text, are items, the first and the last too.
func TestParseWrappedNumberedItems(t *testing.T) {
	para := "The council voted on Tuesday evening to keep the night ferry running\nthrough the winter, reversing a decision taken in September that would\nhave ended the last crossing of the day at nine o'clock, after a long\npetition.\n\n"
	got := kindsAndTexts(para + "Most read\n\n1.  [Storm warning for the weekend as gales reach the\n    coast](/news/storm)\n2.  [School opens](/s)\n3.  [Late goal settles the derby in front of a record\n    crowd](/sport/derby)\n\n1. Januar war ein Samstag.\n  Und kalt.\n")
	want := []string{"paragraph The council voted on Tuesday evening to keep the night ferry running through the winter, reversing a decision taken in September that would have ended the last crossing of the day at nine o'clock, after a long petition.",
		"paragraph Most read", "list item Storm warning for the weekend as gales reach the coast", "list item School opens",
		"list item Late goal settles the derby in front of a record crowd", "paragraph 1. Januar war ein Samstag.", "paragraph Und kalt."}
	if !slices.Equal(got, want) {
		t.Errorf("blocks\n%q, want\n%q", got, want)
	}
}

// Lines longer than the width only by a class name pandoc would not break
// are wrapped lines all the same: their paragraphs are joined.
func TestParseWrappedWithAttributes(t *testing.T) {
	in := "-   [Metro and\n    Region](#){.advtoprail__mainmenu-menuitem-link--with-a-rather-long-modifier-name\n    .js-mainmenu-link}\n" +
		"-   [The Plain\n    Dealer](#){.advtoprail__mainmenu-menuitem-link--with-a-rather-long-modifier-name\n    .js-mainmenu-link}\n" +
		"-   [Health and\n    Medical](#){.advtoprail__mainmenu-menuitem-link--with-a-rather-long-modifier-name\n    .js-mainmenu-link}\n\n" +
		"The council voted on Tuesday evening to keep the night ferry running\nthrough the winter, reversing a decision taken in September that would\nhave ended the last crossing of the day at nine o'clock, after a long\npetition.\n"
	var got []string
	for _, b := range Parse(in).Blocks {
		got = append(got, b.Text)
	}
	want := []string{"Metro and Region", "The Plain Dealer", "Health and Medical",
		"The council voted on Tuesday evening to keep the night ferry running through the winter, reversing a decision taken in September that would have ended the last crossing of the day at nine o'clock, after a long petition."}
	if !slices.Equal(got, want) {
		t.Errorf("texts\n%q, want\n%q", got, want)
	}
}

func TestUnbrokenAt(t *testing.T) {
	for in, want := range map[string]string{
		"word and more":                         "word",
		`original="    https://x.org/a.jpg"}`:   `original="    https://x.org/a.jpg"}`,
		`eq-pts="mini: 0,  small: 308"}](/a) b`: `eq-pts="mini: 0,  small: 308"}](/a)`,
		`[](/a "A title") b`:                    `[](/a "A title")`,
		`original="  open`:                      `original="`,
		`<a href="https://x.org/a b" c="d">e`:   `<a href="https://x.org/a b"`,
		`<span class="x">y z`:                   `<span class="x">y`,
		`<notatag x`:                            `<notatag`,
		"":                                      "",
	} {
		if got, _ := unbrokenAt(in); got != want {
			t.Errorf("unbrokenAt(%q) = %q, want %q", in, got, want)
		}
	}
}

// A line is long by what a wrapper cannot break: an address, a class name,
// an attribute's quoted value with spaces in it. By words, it is not.
func TestOverflowing(t *testing.T) {
	for in, want := range map[string]bool{
		`data-srcset="https://x.org/hub/i/r/2019/06/10/thumbnail/100x100/logo.jpg 1x, https://x.org/2x.jpg 2x"}`: true,
		"News](#){.advtoprail__mainmenu-menuitem-link--with-a-rather-long-modifier-name":                         true,
		"See [the report](https://example.org/reports/2019/the-annual-report-of-the-harbour-board.html) now":     true,
		"a line of ordinary words that is longer than any wrapper would ever have written it, unbroken":          false,
		`long-headline="Major cities face plague of vicious bloodthirsty disease-riddled rats"`:                  true,
		`[](/news/science/1206768/life-on-mars "Life on Mars: a university's experts say they found it") more`:   true,
		`a "quoted line of many words that a wrapper would break at any of its spaces, as it would" x`:           false,
	} {
		if got := overflowing(in, 0, utf8.RuneCountInString); got != want {
			t.Errorf("overflowing(%q) = %v, want %v", in, got, want)
		}
	}
}

// Text with pandoc's fences is Markdown: its raw HTML is markup.
func TestParsePandocIsMarkdown(t *testing.T) {
	d := Parse("::: note\nSee <span class=\"x\">this</span> *now*.\n:::\n")
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "See this now." {
		t.Errorf("blocks %+v, want \"See this now.\"", d.Blocks)
	}
}

// TestParsePandocDashes: in pandoc's Markdown, " -- " is an en dash and
// "---" between words, set off by spaces or at a line's start an em dash; code spans, link texts and a text that is
// no pandoc's keep their hyphens.
func TestParsePandocDashes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"::: article\nFreiburg -- eine Stadt, one day---and more.\n:::\n", "Freiburg – eine Stadt, one day—and more."},
		{"::: article\nRun `git checkout -- file` -- then commit.\n:::\n", "Run `git checkout -- file` -- then commit."},
		{"::: article\nSee [Loucos -- Episódio 29](/a) -- now.\n:::\n", "See Loucos – Episódio 29 – now."},
		{"Freiburg -- eine Stadt.\n", "Freiburg -- eine Stadt."},
		// Set off by spaces, and before the name under a quotation.
		{"::: article\nThis entry --- a slogan.\n:::\n", "This entry — a slogan."},
		{"::: article\nThe line Villebrune--Montclaret, a---b----c.\n:::\n", "The line Villebrune–Montclaret, a—b----c."},
		{"::: article\n> --- Jane Doe (@jane) November 18, 2019\n:::\n", "— Jane Doe (@jane) November 18, 2019"},
	}
	for _, tt := range tests {
		doc := Parse(tt.in)
		if len(doc.Blocks) == 0 || doc.Blocks[0].Text != tt.want {
			t.Errorf("Parse(%q): blocks %+v, want the text %q", tt.in, doc.Blocks, tt.want)
		}
	}
	// A link's text writes its dashes as the block does (a thread's
	// title that links to itself), where the renderer finds it again.
	d := Parse("::: topic\n# [Stuck at 1.030 --- repitch or wait?](/t/18342){.fancy-title} [Solved]{.topic-status}\n:::\n")
	if b := d.Blocks[0]; b.Text != "Stuck at 1.030 — repitch or wait? Solved" || len(b.Links) != 1 || b.Links[0].Text != "Stuck at 1.030 — repitch or wait?" {
		t.Errorf("linked title %q with links %+v, want its dash and the link's", b.Text, b.Links)
	}
}
