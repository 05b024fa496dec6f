package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// TestRecase: a text whose title and headings are all in capitals, as
// html-to-text writes them, gets them in the case its paragraphs write
// their words; a text with a heading in mixed case keeps its capitals.
func TestRecase(t *testing.T) {
	body := "Officers from the Fort Worth police raced up the stairs of the Dallas hotel on Monday night.\n\n" +
		"The suspect, who drove an old Ford, said he needed time; NASA was not involved.\n\n" +
		"A family friend found the car in the parking lot and called the police at once.\n\n"
	tests := []struct {
		name, in string
		want     []string // the texts of the title and the headings, in order
	}{
		{"capitals", "“WE GOT HER!”: VIDEO SHOWS RESCUE IN FORT WORTH\n\n" + body +
			"## THE SUSPECT'S FORD AND NASA\n\n" + body + "## WHAT PS4 OWNERS SAID. NEXT STEPS\n\n" + body,
			[]string{"“We got her!”: Video shows rescue in Fort Worth", "The suspect's Ford and NASA", "What PS4 owners said. Next steps"}},
		{"initialisms", "NEW CARS HIGHLIGHT L.A. AUTO SHOW\n\n" + body + "## WHAT THE U.S. MAKERS SAID\n\n" + body,
			[]string{"New cars highlight L.A. auto show", "What the U.S. makers said"}},
		{"one heading in mixed case", "WE GOT HER\n\n" + body + "## The suspect\n\n" + body + "## WHAT IT COSTS\n\n" + body,
			[]string{"WE GOT HER", "The suspect", "WHAT IT COSTS"}},
		// A short line the headings filter made a heading ("Info")
		// among the converter's headings in capitals.
		{"one short heading among more in capitals", "WE GOT HER\n\n" + body + "## Info: 18 · 7\n\n" + body + "## WHAT IT COSTS\n\n" + body +
			"## THE SUSPECT\n\n" + body,
			[]string{"We got her", "Info: 18 · 7", "What it costs", "The suspect"}},
		// An interview's questions the headings filter made headings.
		{"questions among headings in capitals", "WE GOT HER\n\n" + body + "## Who called you?\n\n" + body + "## What did you see?\n\n" + body +
			"## WHAT IT COSTS\n\n" + body,
			[]string{"We got her", "Who called you?", "What did you see?", "What it costs"}},
		{"no title in capitals", "We got her\n\n" + body + "## WHAT IT COSTS\n\n" + body,
			[]string{"We got her", "WHAT IT COSTS"}},
		{"a dateline's dash starts the sentence", "TORINO REOPENS ITS MUSEUM AFTER TWO YEARS\n\nTORINO – After two years of work the museum opened again on Monday.\n\n" + body,
			[]string{"Torino reopens its museum after two years"}},
		{"no text to learn from", "WE GOT HER\n\n## WHAT IT COSTS\n\nIt costs ten dollars.",
			[]string{"WE GOT HER", "WHAT IT COSTS"}},
		// A word the text does not write: a month keeps its capital, and
		// a form of a name the text writes takes it.
		{"a month and a name's form", "FORT WORTH'S POLICE IN NOVEMBER\n\n" + body, []string{"Fort Worth's police in November"}},
		// The pronoun keeps its capital in its contractions, which the
		// text does not write.
		{"I and its contractions", "WHEN I'M OUT, I’D CALL THE POLICE\n\n" + body, []string{"When I'm out, I’d call the police"}},
		// After a colon, the text's own habit: a capital where its
		// paragraphs give no evidence (above: "Video shows"), the small
		// letter they write there.
		{"small letter after a colon", "PENSIONS IN 2027: WHAT CHANGES FOR WORKERS\n\n" + body +
			"The rule is simple: what changes is the age. Workers ask what changes for them.\n\n",
			[]string{"Pensions in 2027: what changes for workers"}},
	}
	de := "Der Gemeinderat hat am Montag beschlossen, dass die Mieten in der Stadt nicht steigen dürfen.\n\n" +
		"Die Vermieter kritisierten den Beschluss, die Mieterverbände begrüßten ihn als wichtigen Schritt.\n\n" +
		"Die neue Regelung gilt zunächst für zwei Jahre, danach will der Rat prüfen, ob sie wirkt.\n\n"
	// German writes its nouns with a capital: a form of a noun of the
	// text, or a part of one, is one ("Regeln", "Regelung"; "Mieter",
	// "Mieterverbände"); a word the text gives no evidence for is not.
	tests = append(tests, struct {
		name, in string
		want     []string
	}{"German nouns", "NEUE REGELN FÜR MIETER IN DER STADT\n\n" + de + "## WAS VERMIETER JETZT WISSEN MÜSSEN\n\n" + de,
		[]string{"Neue Regeln für Mieter in der Stadt", "Was Vermieter jetzt wissen müssen"}})
	// Capitals write "ß" as "SS": the text's "Großbrand" is the word.
	tests = append(tests, struct {
		name, in string
		want     []string
	}{"ß in capitals", "GROSSBRAND IN DER STADT\n\nDer Großbrand in der Stadt hat am Montag die Feuerwehr beschäftigt, wie sie mitteilte.\n\n" + de,
		[]string{"Großbrand in der Stadt"}})
	for _, tt := range tests {
		doc := run(t, "en", tt.in, "structure", "recase")
		var got []string
		for _, b := range doc.Blocks {
			if b.Kind == document.Title || b.Kind == document.Heading {
				got = append(got, b.Text)
			}
		}
		if len(got) != len(tt.want) {
			t.Fatalf("%s: headings %q, want %q", tt.name, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %q, want %q", tt.name, got[i], tt.want[i])
			}
		}
		// The front matter's title is the title's line.
		if doc.Meta.Title != tt.want[0] {
			t.Errorf("%s: metadata title %q, want %q", tt.name, doc.Meta.Title, tt.want[0])
		}
	}
}

// TestRecaseStandfirst: the standfirst right under a title in capitals,
// a heading on the page that html-to-text wrote in capitals too, is
// recased though it is longer than a heading; a paragraph as long in
// capitals further down is its writer's, and stays.
func TestRecaseStandfirst(t *testing.T) {
	body := "Officers from the Fort Worth police raced up the stairs of the Dallas hotel on Monday night.\n\n" +
		"The suspect, who drove an old Ford, said he needed time; NASA was not involved.\n\n" +
		"A family friend found the car in the parking lot and called the police at once.\n\n"
	long := "THE POLICE IN FORT WORTH SAY THE SUSPECT DROVE AN OLD FORD TO THE DALLAS HOTEL, WHERE OFFICERS FOUND HIM ON MONDAY NIGHT AFTER A FAMILY FRIEND CALLED THEM."
	doc := run(t, "en", "VIDEO SHOWS RESCUE IN FORT WORTH\n\n"+long+"\n\n"+body+long+"\n\n"+body, "structure", "recase")
	var got []string
	for _, b := range doc.Blocks {
		if b.Kind == document.Paragraph && !b.Dropped && strings.HasPrefix(strings.ToUpper(b.Text), "THE POLICE IN FORT WORTH") {
			got = append(got, b.Text)
		}
	}
	want := []string{
		"The police in Fort Worth say the suspect drove an old Ford to the Dallas hotel, where officers found him on Monday night after a family friend called them.",
		long,
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
}

// TestShouting: a line in capitals has two capitals in a row and no
// lower-case letter.
func TestShouting(t *testing.T) {
	for s, want := range map[string]bool{
		"WHAT IT COSTS": true, "5. LEVERAGE YOUR INCOME": true, "Q: WHAT’S NEXT?": true,
		"What it costs": false, "A": false, "1. A B C": false, "NASA and ESA": false, "": false,
	} {
		if got := shouting(s); got != want {
			t.Errorf("shouting(%q) = %v, want %v", s, got, want)
		}
	}
}
