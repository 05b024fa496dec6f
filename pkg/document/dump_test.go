package document

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestDumpReferences(t *testing.T) {
	refs := "References\n\n   Visible links:\n   1. https://x.org/\n  12. https://x.org/a#b\n\n   Hidden links:\n  14. https://x.org/h\n"
	for _, tc := range []struct {
		in   string
		at   int
		nums []int
	}{
		// The numbers the list skips are links' too.
		{"a\n\n" + refs, 2, upTo(14)},
		{"a\n\nReferences\n\n   1. https://x.org/\n", 2, []int{1}},
		// Not a browser's list: an indented title, a line of prose, no
		// numbers, a list that does not end the text.
		{"a\n\n  References\n\n   1. https://x.org/\n", -1, nil},
		{"a\n\nReferences\n\n   1. Smith, J. (2019)\n", -1, nil},
		{"a\n\nReferences\n\n", -1, nil},
		{"a\n\n" + refs + "\nMore text\n\nAnd more\n\nAnd still more\n\nThe end\n", -1, nil},
		{"a\n\nReferences\n\n  This is text\n   1. https://x.org/\n", -1, nil},
		// Addresses as the page wrote them: with spaces, line breaks
		// and blank lines; an image map's list.
		{"a\n\nReferences\n\n  64. http://maps.x.org/?q=3535 Piedmont Rd\nAtlanta, GA 30305\n" +
			" 179. mailto:?subject=Report&body=For:\n\nTitle: A\n\n 180. javascript: void(0);\n" +
			"\n[USEMAP]\nfile://localhost/a.html#Map\n   1. https://x.org/app\n", 2, upTo(180)},
		// elinks lists a link with a title by it, its address after a tab.
		{"a\n\nReferences\n\n  43. The Wall Street Journal\n\thttps://www.wsj.com/\n  44. https://x.org/\n", 2, upTo(44)},
		// Not right-aligned in four columns: a Markdown list.
		{"a\n\nReferences\n\n1. https://x.org/\n", -1, nil},
		{"a\n\nReferences\n\n 1. https://x.org/\n", -1, nil},
	} {
		at, nums := dumpReferences(strings.Split(tc.in, "\n"))
		var got []int
		for n := range nums {
			got = append(got, n)
		}
		slices.Sort(got)
		if at != tc.at || !slices.Equal(got, tc.nums) {
			t.Errorf("%q: at %d %v, want %d %v", tc.in, at, got, tc.at, tc.nums)
		}
	}
}

func upTo(n int) []int {
	var s []int
	for k := 1; k <= n; k++ {
		s = append(s, k)
	}
	return s
}

func TestUnnumbered(t *testing.T) {
	nums := map[int]bool{1: true, 2: true, 3: true, 12: true}
	for _, tc := range []struct {
		in, out string
		menu    []string
	}{
		{"   The [1]harbour ferry runs, the [2]council said", "   The harbour ferry runs, the council said", nil},
		// The page's own numbers: before a space or a full stop, or
		// not the list's.
		{"see footnote [1]. and [2] and [7]x", "see footnote [1]. and [2] and [7]x", nil},
		{"said.^[12][1]", "said.[1]", nil},
		{"   [1]Skip to main content [2]Home [3]News", "   Skip to main content Home News", []string{"Skip to main content", "Home", "News"}},
		{"[1]Home", "Home", nil},
		{"[1]Share on Twitter [2]A link text of many more words than a menu has", "Share on Twitter A link text of many more words than a menu has", nil},
		{"   [1]destroyed the economy, [2]bilked consumers", "   destroyed the economy, bilked consumers", nil},
	} {
		last := 0
		out, menu := unnumbered(tc.in, nums, &last)
		if out != tc.out || !slices.Equal(menu, tc.menu) {
			t.Errorf("%q: %q %q, want %q %q", tc.in, out, menu, tc.out, tc.menu)
		}
	}
}

// A number before a space or at the end of a line is a link's where it
// goes on the browser's count of the links before it; a number alone on
// its line stays, and so does one off the count.
func TestUnnumberedCount(t *testing.T) {
	nums := map[int]bool{}
	for k := 1; k <= 50; k++ {
		nums[k] = true
	}
	lines := []string{
		"   The [31]base in al-Tanf[32] reportedly trains",
		"   Follow us on Twitter[33] @Spacedotcom or[34]",
		"   Facebook. See note [7] and [35]this.",
		"       [36]",
		"   The [37]ferry runs [38].",
	}
	want := []string{
		"   The base in al-Tanf reportedly trains",
		"   Follow us on Twitter @Spacedotcom or",
		"   Facebook. See note [7] and this.",
		"       [36]",
		"   The ferry runs.",
	}
	seen := 0
	for i, l := range lines {
		if got, _ := unnumbered(l, nums, &seen); got != want[i] {
			t.Errorf("%q: got %q, want %q", l, got, want[i])
		}
	}
	if seen != 38 {
		t.Errorf("seen %d, want 38", seen)
	}
}

// A list of addresses under "References" is a dump's only where the text
// has the numbers of its links: else it is the page's own, or what a first
// run left of a dump cut short (FuzzClean), and stays text.
func TestDumpNeedsNumbers(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/\n"
	if got := len(Parse("The [1]ferry runs." + refs).Blocks); got != 1 {
		t.Errorf("a dump: %d blocks, want the text's one", got)
	}
	if got := len(Parse("The ferry runs, said.[1]" + refs).Blocks); got != 3 {
		t.Errorf("no link numbers: %d blocks, want 3: the text, References, the address", got)
	}
}

// lynx starts a dump with the page's <link> elements, "#[1]alternate":
// no reader saw them, nor should they be the title.
func TestDumpLinkHeader(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n   2. https://x.org/f\n   3. https://x.org/3\n"
	d := Parse("   #[1]alternate [2]The Blog » Comments\n   Feed\n\n   The [3]ferry runs." + refs)
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "The ferry runs." {
		t.Errorf("got %+v, want the one paragraph", d.Blocks)
	}
	d = Parse("   Link: [1]canonical\n   Link: [2]amphtml\n   The [3]ferry runs." + refs)
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "The ferry runs." {
		t.Errorf("elinks: got %+v, want the one paragraph", d.Blocks)
	}
	// A header right above the list of links ends there (FuzzParse
	// found Parse reading past the text into the list).
	d = Parse("#[1]0\nReferences\n  01. A0:")
	if len(d.Blocks) != 0 {
		t.Errorf("a header alone: got %+v, want no block", d.Blocks)
	}
	// links numbers no links: its "Link: canonical" lines go, and the
	// text's own "Link:" stays.
	d = Parse("   Link: canonical\n   Link: next: Part 2\n\n   The ferry runs.\n\nLink: see the timetable.")
	if len(d.Blocks) != 2 || d.Blocks[0].Text != "The ferry runs." {
		t.Errorf("links: got %+v, want two paragraphs", d.Blocks)
	}
	// Not a dump: a page's own "#[1]" stays.
	d = Parse("#[1] is a tag\n\nThe ferry runs.")
	if len(d.Blocks) != 2 {
		t.Errorf("got %+v, want two paragraphs", d.Blocks)
	}
}

func TestWithoutPlaceholders(t *testing.T) {
	for _, tc := range []struct {
		in, out string
		menu    []string
	}{
		{"   [logo-print.png] The ferry runs.", "   The ferry runs.", nil},
		{"   [yH5BAEAAAAALAAAAAABAAEAAAIBRAA7]", "", nil},
		{"   IFRAME: https://x.org/ns.html?id=1", "", nil},
		// A row of buttons is a block of its own (see
		// TestDumpButtonRow).
		{"   (BUTTON) Close", "   Close", []string{"Close"}},
		{"   [IMG] [IMG] NYC Conference", "   NYC Conference", nil},
		{"   IFrame", "", nil},
		{"   CAPTION: Scheda del libro", "   Scheda del libro", nil},
		{"   CAPTION:", "   CAPTION:", nil},
		{"   [INS: :INS]", "", nil},
		{"   [INS::INS] [INS::INS]", "", nil},
		{"   [INS: :INS] Ad", "   [INS: :INS] Ad", nil},
		// The page's own brackets stay.
		{"   He said [sic] it was […] over [1] [e.g.].", "   He said [sic] it was […] over [1] [e.g.].", nil},
		// A dotted name is a picture's file's only with a picture's
		// extension: a configuration's table in a <pre> stays.
		{"[backend.local]", "[backend.local]", nil},
		{"[tool.poetry]", "[tool.poetry]", nil},
		{"   [hero.JPG] The ferry runs.", "   The ferry runs.", nil},
		{"   [pixel?id=3] The ferry runs.", "   The ferry runs.", nil},
	} {
		out, menu := withoutPlaceholders(tc.in, nil)
		if out != tc.out || !slices.Equal(menu, tc.menu) {
			t.Errorf("%q: %q %q, want %q %q", tc.in, out, menu, tc.out, tc.menu)
		}
	}
	out, menu := withoutPlaceholders("   Home [a.svg] News [b.svg]", []string{"Home [a.svg]", "[x.gif]", "News"})
	if out != "   Home News " || !slices.Equal(menu, []string{"Home", "News"}) {
		t.Errorf("menu: %q %q", out, menu)
	}
}

// lynx prints a row of buttons right under the paragraph above it, with
// no blank line between: the row is no part of the paragraph.
func TestDumpButtonRow(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n   2. https://x.org/r\n"
	para := "   The new [1]ferry runs every hour in summer and every two hours in the\n" +
		"   winter months, when there are fewer visitors to the harbour town, and\n" +
		"   it carries twice as many cars as the old one did on each crossing.\n"
	d := Parse(para + "   (BUTTON) Reply (BUTTON) Quote [2]Report\n\n" + para + refs)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Text)
	}
	text := "The new ferry runs every hour in summer and every two hours in the winter months, when there are fewer visitors to the harbour town, and it carries twice as many cars as the old one did on each crossing."
	want := []string{text, "Reply Quote Report", text}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// lynx and elinks indent a page's text by three and set its headings at
// the margin, or centre them. An item of a nested list elinks drew, as
// indented, is no centred line.
func TestDumpHeadings(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n"
	d := Parse("   The [1]ferry runs.\n\nCommuters relieved\n   They said so.\n\n           A centred line\n\n          \u2022\u00a0Metro\n\n   Text." + refs)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, fmt.Sprintf("%v%d %s", b.Kind, b.Level, b.Text))
	}
	want := []string{"paragraph0 The ferry runs.", "heading2 Commuters relieved", "paragraph0 They said so.", "heading1 A centred line", "paragraph0 \u2022\u00a0Metro", "paragraph0 Text."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A headline too long for a line the browser wraps and centres line by
// line: one heading. A centred paragraph's sentence, as a blog centres
// its text, and a block whose first line is short, are none.
func TestDumpWrappedCentredHeading(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n"
	const head = " Ferrandi passa a Orsenigo: salvi 412 posti, ma la fonderia di Valdarsa chiude\n"
	d := Parse("   The [1]ferry runs.\n\n" + head + "                                 entro il 2028\n\n   Text." + refs)
	want := "heading1 Ferrandi passa a Orsenigo: salvi 412 posti, ma la fonderia di Valdarsa chiude entro il 2028"
	if got := fmt.Sprintf("%v%d %s", d.Blocks[1].Kind, d.Blocks[1].Level, d.Blocks[1].Text); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, in := range []string{
		head + "                                entro il 2028.\n",                                                // a sentence
		head + "                                 entro il 2028\n   Il gruppo rileva lo stabilimento.\n",          // no blank line under it
		"                           Ferrandi passa a Orsenigo\n                                 entro il 2028\n", // not wrapped
	} {
		d := Parse("   The [1]ferry runs.\n\n" + in + "\n   Text." + refs)
		for _, b := range d.Blocks {
			if b.Kind == Heading {
				t.Errorf("%q: got a heading %q", in, b.Text)
			}
		}
	}
}

// A form's checkbox before a list item of a browser's dump ("* [ ] 200
// g", lynx's print of a recipe card) is no part of the item; in Markdown,
// "- [ ] …" is a task list's item, and the box stays.
func TestDumpCheckboxes(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n"
	items := func(in string) []string {
		var got []string
		for _, b := range Parse(in).Blocks {
			if b.Kind == ListItem {
				got = append(got, b.Text)
			}
		}
		return got
	}
	if got, want := items("   [1]Ingrédients\n\n     * [ ] 200 g de farine\n     * [X] 3 œufs"+refs), []string{"200 g de farine", "3 œufs"}; !slices.Equal(got, want) {
		t.Errorf("dump: got %q, want %q", got, want)
	}
	if got, want := items("Tasks:\n\n- [ ] write the tests\n- [x] ship it\n"), []string{"[ ] write the tests", "[x] ship it"}; !slices.Equal(got, want) {
		t.Errorf("Markdown: got %q, want %q", got, want)
	}
}

// links2 -dump lists no links, and prints "[IMG]" for each picture
// without words: a text with two lines of them alone is such a dump, and
// they go (with elinks' "IFrame"), from lines of their own and from
// lines of text. A text that names "[IMG]" once keeps it.
func TestParseLinksDumpPlaceholders(t *testing.T) {
	in := "   [IMG]\n\n   The harbour ferry runs again from Monday.\n\n   * [IMG]\n   [IMG] The new ferry at the pier\n\n   IFrame\n\n   5. [IMG] [IMG]\n"
	got := blockTexts(in)
	if want := []string{"The harbour ferry runs again from Monday.", "The new ferry at the pier"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	got = blockTexts("Type [IMG] where the picture goes.\n\n[IMG]\n")
	if want := []string{"Type [IMG] where the picture goes.", "[IMG]"}; !slices.Equal(got, want) {
		t.Errorf("one line of [IMG]: got %q, want %q", got, want)
	}
}

// lynx prints a frame as "IFRAME:" and, under it, a link to its address,
// cut where the page is too narrow for it: neither is text. A line of text
// right under "IFRAME:" stays.
func TestDumpFrames(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n   2. https://embed.x.org/p/l.u-V9?app=1\n   3. https://x.org/b\n"
	in := "   The [1]harbour ferry runs again.\n\n      IFRAME:\n   [2]https://embed.x.org/p/\n   l.u-V9?app=1\n\n   IFRAME:\n   The council said so [3]today.\n" + refs
	got := blockTexts(in)
	if want := []string{"The harbour ferry runs again.", "The council said so today."}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// w3m prints a picture without words as its file's name in brackets, cut
// to ten letters often: two lines of them alone make a text such a dump,
// and they go. Words in brackets stay: "[Applause]", "[CNET]" over a logo.
func TestParseFileNamedPictures(t *testing.T) {
	in := "[26e39cee-b5eb-46cd-787c]\n\nThe harbour ferry runs again.\n\n    [horarios20]\n[autoracing]\n[]\n\n[Applause]\n\n[CNET]\n\n[rtKFPZJyoY]\n"
	got := blockTexts(in)
	if want := []string{"The harbour ferry runs again.", "[Applause]", "[CNET]"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	got = blockTexts("[blank_1x1]\n\nThe harbour ferry runs again.\n")
	if want := []string{"[blank_1x1]", "The harbour ferry runs again."}; !slices.Equal(got, want) {
		t.Errorf("one such line: got %q, want %q", got, want)
	}
}

// lynx draws the items of a list nested three and four deep with "o" and
// "#": list items, not text starting "o " and headings. At a paragraph's
// margin, "o " is a word.
func TestDumpDeepBullets(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/a\n   2. https://x.org/b\n   3. https://x.org/c\n"
	in := "     * [1]Home\n          + News\n               o [2]Contact\n                    # [3]About us\n\n" +
		"   o presidente disse que a balsa volta.\n"
	var got []string
	for _, b := range Parse(in + refs).Blocks {
		got = append(got, fmt.Sprintf("%v%d %s", b.Kind, b.Level, b.Text))
	}
	want := []string{"list item0 Home", "list item1 News", "list item2 Contact", "list item3 About us",
		"paragraph0 o presidente disse que a balsa volta."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A dump's link numbers take columns on the lines the browser wrapped:
// without them, a full line seems to end short. Where the next line goes
// on with the sentence, the lines are measured with them.
func TestDumpWrappedWithNumbers(t *testing.T) {
	refs := "\n\nReferences\n\n   1. https://x.org/1\n   2. https://x.org/2\n   3. https://x.org/3\n   4. https://x.org/4\n   5. https://x.org/5\n"
	in := "   Many cities around the world struggle with the foul air and London, famously,\n" +
		"   has fought [5]the smog for centuries with laws on coal fires and the traffic,\n" +
		"   has been fighting dirty air since the [1]14th century and continues to\n" +
		"   suffer [2]air quality problems today. [3]Paris has also historically\n" +
		"   and recently suffered from dangerous smog, the report said this week.\n\n" +
		"   In the United States, the [4]San Francisco Bay Area and Los Angeles\n" +
		"   County regularly face air quality alerts when wildfires spark around\n" +
		"   them and the winds carry the smoke over the hills into the valleys.\n"
	d := Parse(in + refs)
	if len(d.Blocks) != 2 || !strings.HasSuffix(d.Blocks[0].Text, "historically and recently suffered from dangerous smog, the report said this week.") {
		t.Errorf("got %d blocks, want two paragraphs; the first %q", len(d.Blocks), d.Blocks[0].Text)
	}
}

// blockTexts returns the texts of the blocks Parse reads from in.
func blockTexts(in string) []string {
	var texts []string
	for _, b := range Parse(in).Blocks {
		texts = append(texts, b.Text)
	}
	return texts
}

// TestDumpCrumbApart: a text browser's page path ("Home » Recalls » …") is
// a block of its own, apart from a line over it and one under it whose
// first word would have fit on it, where the slack of endsShort would
// join them; a path the wrapper broke at a mark stays one block.
func TestDumpCrumbApart(t *testing.T) {
	body := "The lightweight stroller's side hinge can unlock while in use, and the company\n" +
		"has received 27 reports of children's fingers being pinched, including three\n" +
		"cases that needed treatment in a hospital emergency room, the office said.\n"
	in := "Recall alert: Get free email notices when products you own are recalled\n" +
		"Home » Recalls » Baby & Kids » Bramblewood Voyager Lite stroller recall\n" +
		"Baby & Kids Recalls\n\n" + body
	want := []string{
		"Recall alert: Get free email notices when products you own are recalled",
		"Home » Recalls » Baby & Kids » Bramblewood Voyager Lite stroller recall",
		"Baby & Kids Recalls",
	}
	if got := blockTexts(in); len(got) != 4 || !slices.Equal(got[:3], want) {
		t.Errorf("blocks %q, want %q and the body", got, want)
	}
	wrapped := "Home » News » Consumer » Recalls » Baby & Kids » Strollers » Bramblewood »\n" +
		"» Voyager Lite stroller recall\n\n" + body
	if got := blockTexts(wrapped); len(got) != 2 {
		t.Errorf("wrapped path: blocks %q, want the path and the body", got)
	}
}

// A breadcrumb's last crumb that lynx wrapped onto the next line goes on
// with it: its tail alone would be shaped like a headline. A menu's line
// that is no path keeps the line under it apart.
func TestDumpWrappedCrumb(t *testing.T) {
	refs := "\nReferences\n\n  18. https://x.org/\n  19. https://x.org/diy\n  20. https://x.org/wood\n  21. https://x.org/wood\n"
	in := "   [18]Home » [19]DIY Projects » [20]Woodworking » Chunky Floating Shelves\n   with a Hidden Cleat\n   [21]Woodworking\n\n" +
		"How to Build Chunky Floating Shelves with a Hidden Cleat\n" + refs
	if got := blockTexts(in); !slices.Contains(got, "Woodworking » Chunky Floating Shelves with a Hidden Cleat") || slices.Contains(got, "with a Hidden Cleat") {
		t.Errorf("wrapped crumb: blocks %q", got)
	}
	menu := "   [18]Home [19]DIY Projects [20]Woodworking\n   with a Hidden Cleat\n   [21]Woodworking\n\n" +
		"How to Build Chunky Floating Shelves with a Hidden Cleat\n" + refs
	if got := blockTexts(menu); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "Woodworking with") }) {
		t.Errorf("menu: blocks %q", got)
	}
}
