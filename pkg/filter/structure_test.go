package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

func TestFindTitle(t *testing.T) {
	body := "Sourdough needs time, patience and a warm kitchen; the starter takes longest.\n"
	tests := []struct {
		name, in string
		given    string // the front matter's title
		title    string // Meta.Title
		block    string // the text of the Title block, or ""
	}{
		{"headline-shaped first line", "Bread at home\n\n" + body, "", "Bread at home", "Bread at home"},
		{"first line ends a sentence", "Bread takes time.\n\n" + body, "", "", ""},
		{"first line ends a Japanese sentence", "パソコンで読みたい時もあります。\n\n" + body, "", "", ""},
		{"a level-1 heading anywhere", "Menu\n\n# Bread at home\n\n" + body, "", "Bread at home", "Bread at home"},
		{"a lone line is no title", "Bread at home\n", "", "", ""},
		{"a line without a letter is no title", "| |\n\n" + body, "", "", ""},
		{"a path is no title", "/weather/\n\n" + body, "", "", ""},
		{"an address is no title", "https://example.org/bread\n\n" + body, "", "", ""},
		{"a slash in a headline", "AC/DC tour comes to town\n\n" + body, "", "AC/DC tour comes to town", "AC/DC tour comes to town"},
		// The front matter's title is the author's: it stays, a
		// level-1 heading is the body's headline, and no other line
		// is promoted in its place.
		{"given, no headline", "A short first line\n\n" + body, "Notes", "Notes", ""},
		{"given, another headline", "# Bread at home\n\n" + body, "Notes", "Notes", "Bread at home"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := document.Parse(tt.in)
			doc.Lang = "en"
			doc.Meta.Title, doc.Meta.TitleGiven = tt.given, tt.given != ""
			if err := findTitle(phrases(t, "en"), doc); err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Title != tt.title {
				t.Errorf("Meta.Title = %q, want %q", doc.Meta.Title, tt.title)
			}
			got := ""
			for _, b := range doc.Blocks {
				if b.Kind == document.Title {
					if got != "" {
						t.Errorf("two title blocks: %q and %q", got, b.Text)
					}
					got = b.Text
				}
			}
			if got != tt.block {
				t.Errorf("title block %q, want %q", got, tt.block)
			}
			if doc.Meta.TitleSought == doc.Meta.TitleGiven {
				t.Errorf("TitleSought = %v with TitleGiven = %v: later filters must look again only for a title the structure filter found", doc.Meta.TitleSought, doc.Meta.TitleGiven)
			}
		})
	}
	// Nor does a later filter that drops the first lines look again.
	doc := document.Parse("Share this\n\nBread at home\n\n" + body)
	doc.Lang = "en"
	doc.Meta.Title, doc.Meta.TitleGiven = "Notes", true
	p, err := NewPipeline([]string{"structure", "boilerplate", "dedupe", "content"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
	if b := block(t, doc, "Bread at home"); doc.Meta.Title != "Notes" || b.Kind == document.Title {
		t.Errorf("after boilerplate: Meta.Title %q, %q is a %v", doc.Meta.Title, b.Text, b.Kind)
	}
}

// A kicker glued to its headline is parted from it when the headline's
// first word is a capitalised adjective, as German writes none but at the
// start of a sentence. The headlines are invented.
func TestSplitKicker(t *testing.T) {
	body := "Die Verhandlungen sollen am Freitag in Genf beginnen, teilte das Ministerium am Abend mit.\n"
	for _, tt := range []struct{ title, want string }{
		{"Energiekrise Europäische Minister beraten über neue Gaspreise", "Energiekrise: Europäische Minister beraten über neue Gaspreise"},
		{"Krisendiplomatie Amerikanischer und russischer Außenminister treffen sich", "Krisendiplomatie: Amerikanischer und russischer Außenminister treffen sich"},
		// No kicker: the headline starts with the adjective, or its
		// second word is a noun, or there is a colon already.
		{"Amerikanischer und russischer Außenminister treffen sich", ""},
		{"Deutsche Bahn streikt am Freitag wieder", ""},
		{"Energiekrise: Europäische Minister beraten über Gaspreise", ""},
		// An ending after a short stem is no adjective.
		{"Hollywood Cliche Returns to the Big Screen", ""},
		// Too short a headline after the kicker.
		{"Energiekrise Europäische Minister", ""},
		// In capitals throughout, case tells no noun from an article.
		{"DIE ELEKTRONISCHE PATIENTENAKTE KOMMT IN DIE PRAXEN", ""},
		// A kicker glued to a quotation that is the headline.
		{"Trockenheit im Ornachtal „Wir haben zu lange so getan, als sei Wasser unendlich“", "Trockenheit im Ornachtal: „Wir haben zu lange so getan, als sei Wasser unendlich“"},
		// A quotation of a few words is the headline's own.
		{"Der Mann, der „Nein“ sagte", ""},
		{"Ein Dorf sagt „Nein danke“", ""},
	} {
		doc := run(t, "de", tt.title+"\n\n"+body, "structure", "boilerplate")
		want := tt.want
		if want == "" {
			want = tt.title
		}
		if doc.Meta.Title != want || doc.Blocks[0].Text != want {
			t.Errorf("%q: title %q (block %q), want %q", tt.title, doc.Meta.Title, doc.Blocks[0].Text, want)
		}
	}
}

// Rows the filters leave too few for a table are paragraphs when the
// pipeline settles, as a second run reads them, and the settlers after
// structure judge them so: "0" alone is a counter.
func TestStructureSettlesTables(t *testing.T) {
	doc := run(t, "en", "0 | 1\n---|---\n: | Share on X\n\nx | y\n---|---\n| z\n|\n", "structure", "boilerplate")
	got := verdicts(doc)
	want := "0 1 ← boilerplate: symbols or counter only\n: | Share on X ← boilerplate: share button\nx | y\nz\n|\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, b := range doc.Blocks[2:] {
		if b.Kind != document.TableRow {
			t.Errorf("%q of a table that stays one is %s", b.Text, b.Kind)
		}
	}
	// A table whose only column with text is left: paragraphs, and a row
	// without text goes.
	doc = run(t, "en", ": | Share on X\n---|---\nc |\n|\n", "structure", "boilerplate")
	want = ": | Share on X ← boilerplate: share button\nc\n| ← structure: empty table row\n"
	if got := verdicts(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A line that starts with a drawn bullet and a space is a list item, also
// when it is what is left of a table's row; a form's checkbox after the
// bullet (w3m's "[ ]", a recipe card's) is no part of the item.
func TestStructureReadsBullets(t *testing.T) {
	doc := run(t, "en", "Things:\n\n• one thing\n◦ two  things\n□ three\n▢ 3 ripe bananas\n☐ 1 egg\n• [ ]200 g flour\n• [X] 3 eggs\n• [1] note\n•no space\n• \n", "structure")
	want := []blk{{document.Paragraph, "Things:"}, {document.ListItem, "one thing"}, {document.ListItem, "two things"}, {document.ListItem, "three"},
		{document.ListItem, "3 ripe bananas"}, {document.ListItem, "1 egg"}, {document.ListItem, "200 g flour"}, {document.ListItem, "3 eggs"},
		{document.ListItem, "[1] note"}, {document.Paragraph, "•no space"}, {document.Paragraph, "•"}}
	checkKinds(t, doc, want)
	if n := doc.Blocks[1].Notes; len(n) != 1 || n[0].Reason != "bullet read as a list item" || n[0].Before != "• one thing" {
		t.Errorf("notes %+v, want the bullet's", n)
	}
	doc = run(t, "en", "• | Opening hours\n---|---\n: | Share on X\n", "structure", "boilerplate")
	checkKinds(t, doc, []blk{{document.ListItem, "Opening hours"}, {document.TableRow, ": | Share on X"}})
}

type blk struct {
	kind document.Kind
	text string
}

func checkKinds(t *testing.T, doc *document.Document, want []blk) {
	t.Helper()
	if len(doc.Blocks) != len(want) {
		t.Fatalf("%d blocks, want %d\n%s", len(doc.Blocks), len(want), verdicts(doc))
	}
	for i, w := range want {
		if b := doc.Blocks[i]; b.Kind != w.kind || b.Text != w.text {
			t.Errorf("block %d: %s %q, want %s %q", i, b.Kind, b.Text, w.kind, w.text)
		}
	}
}

// An image's placeholder is one word in brackets; its alt text, of more
// words, is bracketed too.
func TestIsPlaceholder(t *testing.T) {
	for _, tc := range []struct {
		s                      string
		placeholder, bracketed bool
	}{
		{"[IMG]", true, true},
		{"[logo-compa]", true, true},
		{"[0819fd5e-8]", true, true},
		{"[CBS Detroit]", false, true},
		{"[The Review][Partner]", false, true},
		{"[[x]]", false, true},
		{"[]", false, false},
		{"[Ferries] News", false, false},
		{"[Ferries](https://x)", false, false},
		{"IMG", false, false},
	} {
		if got := isPlaceholder(tc.s); got != tc.placeholder {
			t.Errorf("isPlaceholder(%q) = %v, want %v", tc.s, got, tc.placeholder)
		}
		if got := isBracketed(tc.s); got != tc.bracketed {
			t.Errorf("isBracketed(%q) = %v, want %v", tc.s, got, tc.bracketed)
		}
	}
}

// A list of short items above a headline is the page's menu (w3m -dump
// draws one with "•"), and an image a text browser printed there (a
// logo's name cut short in brackets) is no headline either: they go, and
// the headline is the title. A list of longer items is the text's own,
// and no line under it is the title; a kicker in brackets before a
// headline is no image.
func TestStructureMenuAboveTheTitle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"• News\n• Sport\n• Local weather\n", "News ← structure: menu above the title\nSport ← structure: menu above the title\nLocal weather ← structure: menu above the title\n"},
		// Two such lines or more the parser takes for a text browser's
		// pictures; one is left to this filter.
		{"[logo-compa]\n", "[logo-compa] ← structure: image above the title\n"},
		{"[IMG]\n", "[IMG] ← structure: image above the title\n"},
	} {
		doc := run(t, "en", tc.in+"\nHarbour ferry runs again\n\n"+body+"\n", "structure")
		want := tc.want + "Harbour ferry runs again\n" + body + "\n"
		if got := verdicts(doc); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
		if doc.Meta.Title != "Harbour ferry runs again" {
			t.Errorf("title %q", doc.Meta.Title)
		}
	}
	doc := run(t, "en", "[Ferries] Harbour ferry runs again\n\n"+body+"\n", "structure")
	if doc.Meta.Title != "[Ferries] Harbour ferry runs again" {
		t.Errorf("title %q", doc.Meta.Title)
	}
	doc = run(t, "en", "- buy milk and bread today\n- call the plumber\n\nShopping notes\n\n"+body+"\n", "structure")
	if doc.Meta.Title != "" || doc.Blocks[0].Dropped {
		t.Errorf("title %q, first item dropped %v", doc.Meta.Title, doc.Blocks[0].Dropped)
	}

	// Above a "# " headline the menu is found once the pipeline settles,
	// after the other filters have taken what they know ("Home"); with a
	// line of text above the headline, the list is no menu alone.
	doc = run(t, "en", "- Home\n- Results\n- Calendar\n\n# Harbour ferry runs again\n\n"+body+"\n", "structure", "boilerplate")
	want := "Home ← boilerplate: navigation\nResults ← structure: menu above the title\nCalendar ← structure: menu above the title\nHarbour ferry runs again\n" + body + "\n"
	if got := verdicts(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	doc = run(t, "en", "Posted by the club.\n\n- Results\n- Calendar\n\n# Harbour ferry runs again\n\n"+body+"\n", "structure", "boilerplate")
	for _, b := range doc.Blocks[:3] {
		if b.Dropped {
			t.Errorf("%q dropped under a line of text", b.Text)
		}
	}
}

// An address is no kicker: once the boilerplate filter has dropped the
// menu above it, the site's address a scraper printed over the headline
// is not joined to it ("https://example.org: Bread at home").
func TestStructureAddressIsNoKicker(t *testing.T) {
	body := "Sourdough needs time, patience and a warm kitchen; the starter takes longest.\n"
	doc := run(t, "en", "Skip to content\nhttps://example.org\nBread at home\n\n"+body, "structure", "boilerplate")
	if strings.Contains(doc.Meta.Title, "example.org") {
		t.Errorf("title %q has the address\n%s", doc.Meta.Title, verdicts(doc))
	}
}

// A breadcrumb above the headline is no kicker to join to it: the
// boilerplate filter drops it.
func TestStructureBreadcrumbIsNoKicker(t *testing.T) {
	body := "Sourdough needs time, patience and a warm kitchen; the starter takes longest.\n"
	doc := run(t, "fr", "Accueil › Société\nPourquoi le pain au levain prend du temps\n\n"+body, "structure", "boilerplate")
	if doc.Meta.Title != "Pourquoi le pain au levain prend du temps" {
		t.Errorf("title %q\n%s", doc.Meta.Title, verdicts(doc))
	}
}

// A kicker that the headline starts with already is not joined to it
// again ("Recensie: Recensie: …").
func TestStructureKickerInTitle(t *testing.T) {
	body := "De film opent met een lang shot van de veerboot die in de mist aanmeert, en er wordt nauwelijks gesproken.\n"
	doc := run(t, "nl", "Recensie\nRecensie: 'De Stille Haven' is een ingetogen pareltje\n"+body, "structure", "boilerplate")
	if doc.Meta.Title != "Recensie: 'De Stille Haven' is een ingetogen pareltje" {
		t.Errorf("title %q\n%s", doc.Meta.Title, verdicts(doc))
	}
}

// A site's name over its header's buttons ("Subscribe | Sign in | Today's
// paper", a row of the packs' lines) makes no title: the buttons go as
// boilerplate, the kicker with them.
func TestStructureKickerOverButtons(t *testing.T) {
	body := "A deep area of low pressure will bring a soaking on Monday and strong winds on Tuesday and Wednesday.\n"
	doc := run(t, "en", "Fenwick Valley Courier\nSubscribe | Sign in | Today's paper\n"+body, "structure", "boilerplate")
	if strings.Contains(doc.Meta.Title, "Subscribe") {
		t.Errorf("title %q\n%s", doc.Meta.Title, verdicts(doc))
	}
}

// TestStructureFieldLabels: a label glued to its value gets its space,
// and the title's label goes; a brand with a colon and a short value
// stay as they are.
func TestStructureFieldLabels(t *testing.T) {
	body := "Dense retrievers dominate short-passage benchmarks, but their advantage shrinks as documents get longer.\n"
	for _, tt := range []struct{ in, title, second string }{
		{"Title:Sparse Retrieval Beats Dense Retrieval\nAbstract:Dense retrievers dominate benchmarks.\n", "Sparse Retrieval Beats Dense Retrieval", "Abstract: Dense retrievers dominate benchmarks."},
		{"Summary: Neue Stadtbahnlinie für Stuttgart kommt\nRe:Invent Keynote\n", "Summary: Neue Stadtbahnlinie für Stuttgart kommt", "Re:Invent Keynote"},
		{"Title: Short One\nNote:See the appendix for more.\n", "Title: Short One", "Note: See the appendix for more."},
	} {
		doc := run(t, "en", tt.in+body, "structure", "boilerplate")
		if doc.Meta.Title != tt.title || doc.Blocks[1].Text != tt.second {
			t.Errorf("%q: title %q, second line %q; want %q, %q\n%s", tt.in, doc.Meta.Title, doc.Blocks[1].Text, tt.title, tt.second, verdicts(doc))
		}
	}
}

// TestStructureListsAmounts: a run of short lines, half of them amounts
// or more, is a recipe's list printed without bullets; a label above it,
// a table's row and a run of lines that are mostly not amounts are not.
func TestStructureListsAmounts(t *testing.T) {
	tests := []struct {
		in   string
		list []string // the lines that become list items
	}{
		{"Ingredients\n3 eggs\n8-9 ripe pears, peeled\n1/2 cup milk\nZest of one lemon\n",
			[]string{"3 eggs", "8-9 ripe pears, peeled", "1/2 cup milk", "Zest of one lemon"}},
		{"Zutaten\n\n1 Becher Joghurt\n\n3 Eier\n\n2 Becher Mehl\n", []string{"1 Becher Joghurt", "3 Eier", "2 Becher Mehl"}},
		// The label of the method under the list, printed without a blank
		// line, is no item; an item of a few words without an amount is.
		{"Ingredienti\n320 g di pasta corta\n400 g di ceci lessati\n2 spicchi d'aglio\nSale e pepe\nPreparazione\n" +
			"Scaldate l'olio in una pentola capiente e fate soffriggere l'aglio con il rosmarino per un paio di minuti.\n",
			[]string{"320 g di pasta corta", "400 g di ceci lessati", "2 spicchi d'aglio", "Sale e pepe"}},
		// An item in small letters without an amount may come first;
		// the label above it, in capitals, is no item.
		{"Ce qu'il vous faut\nune bouilloire\n100 g de bicarbonate de soude\n25 cl de vinaigre blanc\nune ventouse\n",
			[]string{"une bouilloire", "100 g de bicarbonate de soude", "25 cl de vinaigre blanc", "une ventouse"}},
		// Italian recipes write the amount after the thing; an item
		// without one ("Sale fino") is still the list's.
		{"Ingredienti\nDitalini 250 g\nAglio 1 spicchio\nRosmarino 1 rametto\nSale fino\n",
			[]string{"Ditalini 250 g", "Aglio 1 spicchio", "Rosmarino 1 rametto", "Sale fino"}},
		// A number and a word after a name are no amount where the word
		// counts time or names a month, or the name is a model's.
		{"Prep Time 10 minutes\nCook Time 1 hour\nServings 10 slices\n", nil},
		{"Sabato 5 dicembre\nDomenica 6 dicembre\nLunedì 7 dicembre\n", nil},
		{"Galaxy S26 Ultra\nPixel 11 Pro\nXperia 5 Plus\n", nil},
		// Decimals with a comma or a point, a half litre too.
		{"Zutaten\n1,5 kg Äpfel\n0,5 l Milch\n2.5 cups flour\n", []string{"1,5 kg Äpfel", "0,5 l Milch", "2.5 cups flour"}},
		// Two amounts are no list yet.
		{"3 eggs\n1/2 cup milk\n", nil},
		// Standings: a table's rows.
		{"1 Jane Doe 5040 5 1 17\n2 John Roe 5035 7 0 15\n3 Max Muster 5033 4 6 15\n", nil},
		// Short lines, few of them amounts: a menu.
		{"Home\n3 Questions\nSport\nWeather\nContact\n", nil},
		// A sentence is no item.
		{"3 eggs.\n2 cups of flour went into it.\n1 lemon was enough.\n", nil},
	}
	for _, tt := range tests {
		if got := structureListItems(t, tt.in); !slices.Equal(got, tt.list) {
			t.Errorf("%q: list %q, want %q", tt.in, got, tt.list)
		}
	}
}

// TestStructureListsLines: in a text that sets its paragraphs apart with
// blank lines, short lines one under the other are a list printed without
// bullets; in a text that sets none (innerText), they say nothing, and a
// run that a sentence or a line without a blank line before ends is no
// list either.
func TestStructureListsLines(t *testing.T) {
	para := "The council said that the boat had been built in a yard on the other side of the bay.\n\n"
	tests := []struct {
		in   string
		list []string
	}{
		{para + para + "What you need\n\nA pot a little wider than the old one\nFresh potting mix\nA trowel\n\n" + para + para,
			[]string{"A pot a little wider than the old one", "Fresh potting mix", "A trowel"}},
		// Two lines are no list yet.
		{para + para + "Fresh potting mix\nA trowel\n\n" + para + para, nil},
		// A sentence ends the run, glued to it.
		{para + para + "Fresh potting mix\nA trowel\nNewspaper\nThe rest you have at home.\n\n" + para + para, nil},
		// No blank lines anywhere: innerText.
		{strings.Repeat("The council said that the boat had been built in a yard on the other side of the bay.\n", 4) + "Fresh potting mix\nA trowel\nNewspaper\n", nil},
		// Lines its writer broke are a paragraph's: a poem's.
		{"# Poem\n\n" + para + para + "The ladders are down\\\nthe pears gone soft\\\nmy father walks the rows\n\n" + para + para, nil},
	}
	for _, tt := range tests {
		if got := structureListItems(t, tt.in); !slices.Equal(got, tt.list) {
			t.Errorf("%q: list %q, want %q", tt.in, got, tt.list)
		}
	}
	// The label over such a list is a heading, on the first run as on
	// the second, which reads the list's bullets.
	doc := run(t, "en", tests[0].in, "structure", "headings")
	if b := block(t, doc, "What you need"); b.Kind != document.Heading {
		t.Errorf("label over the lines is a %v", b.Kind)
	}
}

// TestStructureDropsLinkNumbers: a link's number in brackets alone on its
// line, what lynx leaves of a link whose words are a picture, goes once
// the pipeline settles; other words in brackets stay.
func TestStructureDropsLinkNumbers(t *testing.T) {
	body := "Sourdough needs time, patience and a warm kitchen; the starter takes longest.\n"
	doc := run(t, "en", "Bread at home\n\n"+body+"\n[46]\n\n- [47]\n- [sic]\n\n"+body, "structure")
	var got []string
	for _, b := range doc.Blocks {
		if b.Dropped {
			got = append(got, b.Text)
		}
	}
	if want := []string{"[46]", "[47]"}; !slices.Equal(got, want) {
		t.Errorf("dropped %q, want %q", got, want)
	}
}

// structureListItems returns the texts of the list items the structure
// filter leaves in the English text in.
func structureListItems(t *testing.T, in string) []string {
	t.Helper()
	var items []string
	for _, b := range run(t, "en", in, "structure").Blocks {
		if b.Kind == document.ListItem {
			items = append(items, b.Text)
		}
	}
	return items
}

// TestSectionNumbersOnTheirOwnLines: an ordered list's counters printed
// each on a line over its section's title join it, and the titles head
// their sections; a lone number, or numbers that do not count up, stay
// what they were.
func TestSectionNumbersOnTheirOwnLines(t *testing.T) {
	const (
		first  = "Reached by a steep path from the car park, this small beach rewards the climb with very few people."
		second = "A sheltered cove at the end of a dirt road, with a small café that opens in the summer months."
	)
	doc := run(t, "en", "Seven quiet beaches\n\n"+enTeaser+"\n\n"+enBody1+"\n\n1\n\nPraia da Ursa\n\n"+first+"\n\n2\n\nPraia do Barranco\n\n"+second+"\n", "structure", "boilerplate", "headings")
	for _, title := range []string{"1. Praia da Ursa", "2. Praia do Barranco"} {
		if b := block(t, doc, title); b.Kind != document.Heading {
			t.Errorf("%q is a %v", title, b.Kind)
		}
	}
	for _, text := range []string{
		"1\n\nPraia da Ursa\n\n" + first + "\n\n" + enBody2 + "\n",
		"1\n\nPraia da Ursa\n\n" + first + "\n\n3\n\nPraia do Barranco\n\n" + second + "\n",
	} {
		doc := run(t, "en", "Seven quiet beaches\n\n"+enTeaser+"\n\n"+enBody1+"\n\n"+text, "structure", "boilerplate", "headings")
		if b := block(t, doc, "Praia da Ursa"); b.Text != "Praia da Ursa" {
			t.Errorf("a lone number joined: %q", b.Text)
		}
	}
}

// TestKickerNotOverMenu: the last item of a menu over the headline is no
// kicker where a menu's link went between them.
func TestKickerNotOverMenu(t *testing.T) {
	doc := run(t, "en", "Travel\nDestinations\nTips\nNewsletter\n7 quiet beaches in Portugal worth the drive\n"+enBody1+"\n"+enBody2+"\n", "structure", "boilerplate")
	if b := block(t, doc, "7 quiet beaches"); b.Text != "7 quiet beaches in Portugal worth the drive" {
		t.Errorf("headline is %q", b.Text)
	}
}

// A newsletter prints its name at the top and again on the share card
// over the post's headline: the name is no kicker.
func TestKickerNotTheSiteName(t *testing.T) {
	doc := run(t, "en", "The Slow Reader\nSubscribe\nSign in\nShare this post\nThe Slow Reader\nNotes on a year without a smartphone\n"+enBody1+"\n"+enBody2+"\n", "structure", "boilerplate")
	if b := block(t, doc, "Notes on a year"); b.Text != "Notes on a year without a smartphone" {
		t.Errorf("headline is %q", b.Text)
	}
}

// TestChapterStart: a chapter's line starts with the time it starts at,
// minutes and seconds or hours too, and has a title; a duration alone or
// a clock's time in a sentence's digits is none.
func TestChapterStart(t *testing.T) {
	for s, want := range map[string]int{
		"00:00 Introduction":         0,
		"03:15 How purring works":    195,
		"1:02:40 Listener questions": 3760,
		"12:05":                      -1,
		"3:5 Intro":                  -1,
		"03:15":                      -1,
		"2024 was a year":            -1,
		"10:30 –":                    -1,
	} {
		got, ok := chapterStart(s)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("chapterStart(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestListChapters: three chapter lines with their times going up are a
// list; two, or times that go down, are not.
func TestListChapters(t *testing.T) {
	doc := run(t, "en", "Episode 142: Why do cats purr?\n\nIn this episode\n00:00 Introduction\n03:15 How purring works\n17:40 Purring and healing\n", "structure")
	if b := block(t, doc, "03:15 How"); b.Kind != document.ListItem {
		t.Errorf("a chapter is a %v", b.Kind)
	}
	doc = run(t, "en", "Episode 142: Why do cats purr?\n\nIn this episode\n17:40 Purring and healing\n03:15 How purring works\n00:00 Introduction\n", "structure")
	if b := block(t, doc, "03:15 How"); b.Kind == document.ListItem {
		t.Errorf("times going down made a list")
	}
}

func TestTitledSentences(t *testing.T) {
	for s, want := range map[string]bool{
		"A Tiny Island Votes to Ban Cars. Its Residents Are Thrilled.":                                  true,
		"After a decade of debate, the island's council approved a plan. It takes effect in 2030.":      false,
		"Time is not on Adam Schiff's side.":                                                            false, // one sentence
		"NFL ASSAULTS HAVE LED TO LAWSUITS BEFORE. BUT A PROSECUTOR WOULD HAVE DIFFICULTY PROVING IT.":  false, // capitals
		"Die Stadt Bielefeld will die Universität anbinden. Die Kosten liegen bei vier Millionen Euro.": false,
		"A Tiny Island Votes to Ban Cars":                                                               false, // no full stop
	} {
		if got := titledSentences(s); got != want {
			t.Errorf("titledSentences(%q) = %v, want %v", s, got, want)
		}
	}
}

// lynx marks where a link starts, not where it ends: two linked writers'
// names on one line were read as a menu's entries ("Priya Nandakumar and"
// / "Tom Ellery") and are joined again; a sentence's links parted the same
// way stay as they are.
func TestStructureJoinsSplitNames(t *testing.T) {
	dump := func(line string) string {
		return "   [1]Home [2]News\n\n   " + line + "\n\n   The storm reached the coast on Friday afternoon.\n\nReferences\n\n" +
			"   1. https://example.org/\n   2. https://example.org/news\n   3. https://example.org/a\n   4. https://example.org/b\n"
	}
	doc := run(t, "en", dump("[3]Priya Nandakumar and [4]Tom Ellery"), "structure")
	if b := block(t, doc, "Priya Nandakumar"); b.Dropped || b.Text != "Priya Nandakumar and Tom Ellery" {
		t.Errorf("names: %q (dropped %v), want them joined\n%s", b.Text, b.Dropped, verdicts(doc))
	}
	doc = run(t, "en", dump("[3]Macron and [4]the NBA to degrade their"), "structure")
	if b := block(t, doc, "Macron"); b.Text != "Macron and" {
		t.Errorf("a sentence's links: %q, want them apart\n%s", b.Text, verdicts(doc))
	}
}

// A forum's badge after a thread's title goes: after words that end like
// a sentence, or after a link's text that is all of the title but it. A
// title that ends in the word as its own goes on saying it.
func TestStructureCutsTheTitlesBadge(t *testing.T) {
	body := "\n\nHi all, first time posting after lurking for a couple of years. I'm on my sixth all-grain batch and have hit my first stuck fermentation.\n"
	for in, want := range map[string]string{
		"# Belgian dubbel stuck at 1.030 after 10 days — repitch or wait? Solved": "Belgian dubbel stuck at 1.030 after 10 days — repitch or wait?",
		"# [Belgian dubbel stuck at 1.030 after 10 days](/t/18342) Solved":        "Belgian dubbel stuck at 1.030 after 10 days",
		"# Zapfanlage tropft nach dem Reinigen, woran liegt das? Gelöst":          "Zapfanlage tropft nach dem Reinigen, woran liegt das?",
		"# The mystery of the brewery cellar that was never solved":               "The mystery of the brewery cellar that was never solved",
		"# Why the case of the missing yeast remains open and not Solved":         "Why the case of the missing yeast remains open and not Solved",
		"# Solved": "Solved",
	} {
		doc := run(t, "en", in+body, "structure")
		if got := doc.Blocks[0].Text; got != want || doc.Meta.Title != want {
			t.Errorf("title %q (metadata %q), want %q", got, doc.Meta.Title, want)
		}
	}
}

// elinks draws an ordered list's marker between no-break spaces; the
// items are a list, where a paragraph that starts with a date typeset with
// a no-break space, next to no item numbered one off, stays a paragraph.
func TestStructureReadsDrawnNumbers(t *testing.T) {
	const nb = "\u00a0"
	text := "Startseite:\n\n    " + nb + "1." + nb + "Startseite\n    " + nb + "2." + nb + "Unternehmen\n    " + nb + "3." + nb + "Newsroom\n\n" +
		"   3." + nb + "November 2026 – Die Firma eröffnet ein neues Zentrum in Esslingen.\n\n" +
		"   Ein Absatz dazwischen, der mit keiner Zahl beginnt.\n\n" +
		"   " + nb + "1." + nb + "Ein Absatz, der mit einer Zahl beginnt, aber allein steht.\n"
	doc := run(t, "de", text, "unicode", "structure")
	checkKinds(t, doc, []blk{{document.Paragraph, "Startseite:"}, {document.ListItem, "Startseite"}, {document.ListItem, "Unternehmen"}, {document.ListItem, "Newsroom"},
		{document.Paragraph, "3. November 2026 – Die Firma eröffnet ein neues Zentrum in Esslingen."},
		{document.Paragraph, "Ein Absatz dazwischen, der mit keiner Zahl beginnt."},
		{document.Paragraph, "1. Ein Absatz, der mit einer Zahl beginnt, aber allein steht."}})
	if b := &doc.Blocks[3]; !b.Ordered || b.Number != 3 {
		t.Errorf("third item: ordered %v, number %d; want 3", b.Ordered, b.Number)
	}
}

// TestQuotedHeadlineMarkAlone: a mark alone after a kicker quotes nothing
// (FuzzClean: "A »" sliced the quotation out of its bounds).
func TestQuotedHeadlineMarkAlone(t *testing.T) {
	for _, s := range []string{"A »", "Ein Dorf „", "Kicker «"} {
		if k, q, ok := quotedHeadline(s); ok {
			t.Errorf("quotedHeadline(%q) = %q, %q, true", s, k, q)
		}
	}
}

// TestDatedLinks: the day's date over the header's links is no headline;
// a headline that starts with a date is one.
func TestDatedLinks(t *testing.T) {
	for _, tt := range []struct {
		lang, s string
		want    bool
	}{
		{"es", "Viernes, 6 de diciembre de 2024 Regístrate Iniciar sesión Suscríbete", true},
		{"en", "Friday, December 6, 2024 Subscribe Sign in", true},
		{"es", "6 de diciembre de 2024 El Gobierno aprueba el tope a los alquileres", false},
		{"de", "9. November 1989: Die Mauer fällt", false},
		// The date and the edition after a dot or a bar; a headline
		// that goes on after its date's dot does not start with a
		// whole date.
		{"es", "Domingo, 17 de noviembre de 2024 · Edición España", true},
		{"en", "Sunday, November 17, 2024 | Today's paper", true},
		{"en", "November 2024 · The month the river rose", false},
		{"en", "Subscribe to our newsletter", false},
	} {
		if got := datedLinks(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("datedLinks(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestTableHeaderWithoutRows: a table whose rows the boilerplate filter
// dropped (a sponsored comparison's, each ending with its button) leaves
// no header behind; a header over one row that goes is read as text.
func TestTableHeaderWithoutRows(t *testing.T) {
	const intro = "Mortgage rates rise again\n\nLenders moved within hours of the announcement, and the average two-year fix is now above four per cent.\n\n"
	const header = "| Lender | Initial rate | Fee |\n| --- | --- | --- |\n"
	rows := "| Northgate BS – 2yr fix | 4.29% | £999 View deal |\n| Calder Mutual – 5yr fix | 4.41% | £0 View deal |\n"
	const outro = "\nBrokers say borrowers should compare the fees as well as the rates before they sign anything.\n"
	doc := run(t, "en", intro+header+rows+outro, "structure", "boilerplate")
	if b := block(t, doc, "Lender |"); droppedBy(b, structureName) != "table header without its rows" {
		t.Errorf("header: reason %q\n%s", droppedBy(b, structureName), verdicts(doc))
	}
	one, _, _ := strings.Cut(rows, "\n")
	doc = run(t, "en", intro+header+one+"\n"+outro, "structure", "boilerplate")
	if b := block(t, doc, "Lender I"); b.Dropped || b.Kind != document.Paragraph {
		t.Errorf("header over one row: kind %v, reason %q\n%s", b.Kind, dropReason(b), verdicts(doc))
	}
}
