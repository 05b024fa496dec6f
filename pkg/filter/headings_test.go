package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// TestHeadings: a short unpunctuated line between body paragraphs is a
// subheading, unless it is a byline with its lead.
func TestHeadings(t *testing.T) {
	tests := []struct {
		line    string
		heading bool
	}{
		{"Roads closed across the region", true},
		{"By the numbers", true},
		{"What happens next?", true},
		{"By Jane Doe", false},
		{"By Jane Doe and John Roe", false},
		{"The council will decide in May.", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\n"+enTeaser+"\n"+enBody1+"\n"+tt.line+"\n"+enBody2+"\n", "structure", "headings")
		b := block(t, doc, tt.line)
		if got := b.Kind == document.Heading; got != tt.heading {
			t.Errorf("%q: heading %v, want %v", tt.line, got, tt.heading)
		}
	}
}

// TestHeadingsAfterAnIntroduction: a blog has no standfirst; a heading
// right after its first paragraph, two sentences long, is its first
// section's. After a standfirst of one sentence, a short line is not.
func TestHeadingsAfterAnIntroduction(t *testing.T) {
	const intro = "For years my loaves came out flat and dense, whatever flour I bought. This spring I tried again with a new starter, and this time it worked."
	doc := run(t, "en", "How I learned to bake bread\n\n"+intro+"\n\nWhat I changed\n\n"+enBody1+"\n", "structure", "headings")
	if b := block(t, doc, "What I changed"); b.Kind != document.Heading {
		t.Errorf("heading after the introduction is a %v", b.Kind)
	}
	doc = run(t, "en", "Council approves car-free zone\n\n"+enTeaser+"\n\nJane Example Leeds\n\n"+enBody1+"\n", "structure", "headings")
	if b := block(t, doc, "Jane Example"); b.Kind == document.Heading {
		t.Errorf("short line after a standfirst made a heading")
	}
}

// TestHeadingsOverListIntro: a label over a paragraph that leads into a
// list ("…, you probably own most of this list:") is a heading; a question
// of the text's own there is not.
func TestHeadingsOverListIntro(t *testing.T) {
	const intro = "You do not need a workshop for a project like this, and if you already fix your own punctures, you probably own most of this list:"
	tests := []struct {
		line    string
		heading bool
	}{
		{"The tools I used", true},
		{"But growth usually does feel uncomfortable, doesn't it?", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Bringing an old bicycle back\n\n"+enBody1+"\n\n"+enBody2+"\n\n"+tt.line+"\n\n"+intro+"\n\n- Spanners\n- Tyre levers\n- Cable cutters\n\n"+enBody1+"\n", "structure", "headings")
		if got := block(t, doc, tt.line[:10]).Kind == document.Heading; got != tt.heading {
			t.Errorf("%q: heading %v, want %v", tt.line, got, tt.heading)
		}
	}
}

// TestHeadingsOverCodeIntro: under a list or body text, a label over a
// paragraph that leads into a code block (which the filters do not see)
// is a heading; under a short line it is not (a list printed without
// bullets goes on).
func TestHeadingsOverCodeIntro(t *testing.T) {
	const intro = "Logical decoding needs more information in the WAL than the default setting provides, so open the configuration file and set the following parameters:"
	const code = "```\nwal_level = logical\nmax_wal_senders = 10\n```\n\n"
	tests := []struct {
		above, line string
		heading     bool
	}{
		{"- Two servers with PostgreSQL 16 installed.\n- A database in which every table has a primary key.", "Step 1: Configure the publisher", true},
		{"Both servers must run the same major version for this guide, although logical replication itself works between versions too.", "Step 1: Configure the publisher", true},
		{"Search engines find it", "People begin to discover and use it", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Set up replication\n\n"+enBody1+"\n\n"+enBody2+"\n\n"+tt.above+"\n\n"+tt.line+"\n\n"+intro+"\n\n"+code+enBody1+"\n", "structure", "headings")
		if got := block(t, doc, tt.line[:10]).Kind == document.Heading; got != tt.heading {
			t.Errorf("%q under %q: heading %v, want %v", tt.line, tt.above[:10], got, tt.heading)
		}
	}
}

// TestHeadingsOverAmounts: a label between body text and a recipe's
// amounts is a heading; one over a single line that starts with a number
// is not.
func TestHeadingsOverAmounts(t *testing.T) {
	doc := run(t, "en", "Lemon cake\n\n"+enBody1+"\n\n"+enBody2+"\n\nIngredients\n\n3 eggs\n\n1/2 cup milk\n\n2 cups flour\n", "structure", "headings")
	if b := block(t, doc, "Ingredients"); b.Kind != document.Heading {
		t.Errorf("label over the amounts is a %v", b.Kind)
	}
	doc = run(t, "en", "Deals\n\n"+enBody1+"\n\n"+enBody2+"\n\nGet the deal\n\n4 Months of Music for $1\n\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "Get the deal"); b.Kind == document.Heading {
		t.Errorf("a line over one amount made a heading")
	}
}

// TestHeadingsOverATable: a label between body text and a table is a
// heading ("Specifications" under a review).
func TestHeadingsOverATable(t *testing.T) {
	doc := run(t, "en", "Ferry review\n\n"+enBody1+"\n\n"+enBody2+"\n\nSpecifications\n\nSpec | Harbour Ferry\n---|---\nLength | 42 m\nCars | 40\n", "structure", "headings")
	if b := block(t, doc, "Specifications"); b.Kind != document.Heading {
		t.Errorf("label over the table is a %v", b.Kind)
	}
}

// TestHeadingsNumberedSections: a listicle's numbered section titles, left
// paragraphs by the parser for the text between them, are headings, and a
// heading right under one is a part of its section.
func TestHeadingsNumberedSections(t *testing.T) {
	doc := run(t, "en", "Three tips\n\n"+enBody1+"\n\n1. Start small\n\n"+enBody2+"\n\n2) Ask for help\n\nWhy it works\n\n"+enBody1+"\n", "headings")
	for text, level := range map[string]int{"1. Start small": 2, "2) Ask for help": 2, "Why it works": 3} {
		if b := block(t, doc, text); b.Kind != document.Heading || b.Level != level {
			t.Errorf("%q: %v level %d, want a heading of level %d", text, b.Kind, b.Level, level)
		}
	}
}

// TestHeadingsOverShortSentences: a label heads a list of sentences
// printed one a line, after body text or after another such list, and a
// sentence that ends in a colon over one more. A caption-long line, a
// question or a line over text that goes on in lower case does not.
func TestHeadingsOverShortSentences(t *testing.T) {
	const (
		deTeaser = "Die Stadtwerke suchen Verstärkung für ihr Team Digitale Dienste"
		deBody1  = "Die Stadtwerke Musterstadt versorgen rund 120.000 Menschen in der Region mit Strom, Gas, Wasser und Wärme."
		deBody2  = "Haben wir Ihr Interesse geweckt? Dann freuen wir uns auf Ihre Bewerbung bis zum 31. Januar über unser Portal."
		tasks    = "Sie entwickeln die Schnittstellen unseres Portals.\nSie arbeiten eng mit dem Kundenservice zusammen.\n"
		profile  = "Ein abgeschlossenes Studium der Informatik.\nErfahrung mit Go oder Java und mit Datenbanken.\n"
	)
	tests := []struct {
		text, line string
		heading    bool
	}{
		{deBody1 + "\nIhre Aufgaben\n" + tasks + "Ihr Profil\n" + profile + deBody2 + "\n", "Ihre Aufgaben", true},
		{deBody1 + "\nIhre Aufgaben\n" + tasks + "Ihr Profil\n" + profile + deBody2 + "\n", "Ihr Profil", true},
		{deBody1 + "\nWas bieten wir Ihnen?\n" + tasks + deBody2 + "\n", "Was bieten wir Ihnen?", false},
		{deBody1 + "\nDie Stadtwerke versorgen rund zwölf Orte der Region mit Strom und mit Gas\n" + tasks + deBody2 + "\n", "Die Stadtwerke versorgen", false},
		{deBody1 + "\n\nDie Luft in der Stadt kostet\n\nviele Menschen in der Stadt Jahre ihres Lebens.\n\n" + tasks + deBody2 + "\n", "Die Luft in der Stadt", false},
	}
	for _, tt := range tests {
		doc := run(t, "de", "Stadtwerke suchen Entwickler\n\n"+deTeaser+"\n\n"+tt.text, "structure", "headings")
		b := block(t, doc, tt.line)
		if got := b.Kind == document.Heading; got != tt.heading {
			t.Errorf("%q: heading %v, want %v", tt.line, got, tt.heading)
		}
	}
	doc := run(t, "en", "Configuration\n\n"+enTeaser+"\n\n"+enBody1+"\n\nMerging settings\n\nSettings come from three places. Later sources override earlier ones:\n\nThe built-in defaults.\n\nThe configuration file.\n", "structure", "headings")
	if b := block(t, doc, "Merging settings"); b.Kind != document.Heading {
		t.Errorf("label over a sentence that ends in a colon is a %v", b.Kind)
	}
}

// TestHeadingsInAChangelog: a changelog's versions head its sections, and
// the labels under each ("Added", "Fixed") head a part of one. One
// version alone heads nothing.
func TestHeadingsInAChangelog(t *testing.T) {
	const (
		added = "A new flag points the tool at a configuration file anywhere on the disk."
		fixed = "Builds no longer fail when the output folder is a symbolic link to another disk."
	)
	doc := run(t, "en", "Changelog\n\n"+enTeaser+"\n\n2.4.0\n\nAdded\n\n"+added+"\n\nFixed\n\n"+fixed+"\n\n2.3.1\n\nFixed\n\n"+enBody1+"\n", "structure", "boilerplate", "headings")
	for _, tt := range []struct {
		line  string
		level int
	}{{"2.4.0", 2}, {"Added", 3}, {"2.3.1", 2}} {
		if b := block(t, doc, tt.line); b.Kind != document.Heading || b.Level != tt.level {
			t.Errorf("%q: %v level %d, want a heading of level %d", tt.line, b.Kind, b.Level, tt.level)
		}
	}
	if n := len(doc.Blocks); doc.Blocks[n-2].Kind != document.Heading || doc.Blocks[n-2].Level != 3 {
		t.Errorf("last release's label: %v level %d", doc.Blocks[n-2].Kind, doc.Blocks[n-2].Level)
	}
	doc = run(t, "en", "Changelog\n\n"+enTeaser+"\n\n"+enBody2+"\n\n2.4.0\n\n"+added+"\n", "structure", "boilerplate", "headings")
	if b := block(t, doc, "2.4.0"); b.Kind == document.Heading {
		t.Errorf("one version alone made a heading")
	}
}

// TestHeadingsNotSpeakerTurns: a short turn of a transcript is what its
// speaker says, no heading; a heading with a label in capitals before a
// colon, which no other line has, is one.
func TestHeadingsNotSpeakerTurns(t *testing.T) {
	const (
		turn1 = "HOST: Anna, you were on the town council at the time. What did you think when you heard the news?"
		turn2 = "ANNA PRICE: Honestly, panic. Half of our residents are over sixty-five, and many of them do not drive anymore."
		turn3 = "ANNA PRICE: We held a meeting in the school gym, and about three hundred people came that night."
	)
	doc := run(t, "en", "How a town saved its store\n\n"+enTeaser+"\n\n"+turn1+"\n\n"+turn2+"\n\nHOST: So what did you do?\n\n"+turn3+"\n", "structure", "headings")
	if b := block(t, doc, "HOST: So what"); b.Kind == document.Heading {
		t.Errorf("a speaker's short turn made a heading")
	}
	// An interview's questions and answers after "Q:" and "A:".
	const (
		a1 = "A: It is slow work at first, and a whale at the surface shows up as a cluster of a few dozen pixels in the water."
		a2 = "A: That there are more whales in some remote bays than anyone expected, three times as many as the last survey."
	)
	doc = run(t, "en", "Counting whales from space\n\n"+enTeaser+"\n\nQ: How do you find a whale in a satellite image?\n\n"+a1+"\n\nQ: What have you learned so far?\n\n"+a2+"\n", "structure", "headings")
	if b := block(t, doc, "Q: What have"); b.Kind == document.Heading {
		t.Errorf("an interview's question after Q: made a heading")
	}
	doc = run(t, "en", "Space news\n\n"+enTeaser+"\n\n"+enBody1+"\n\nNASA: The station is open for business\n\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "NASA: The station"); b.Kind != document.Heading {
		t.Errorf("a heading with a label in capitals is a %v", b.Kind)
	}
}

// TestHeadingsNotInterviewQuestions: an interview's question, marked as a
// newspaper marks its turns ("P." and "R.", the first spelled out), is a
// turn, no heading; a line that starts with a word and a full stop once is
// not one.
func TestHeadingsNotInterviewQuestions(t *testing.T) {
	const (
		a1   = "Respuesta. Porque allí se oye todo: la cafetera, los vecinos, la radio del patio y el perro de la casa de al lado."
		a2   = "R. Que le devolviera la cocina antes de Navidad, y lo conseguimos por dos días, aunque ella no se lo creía."
		a3   = "R. Tocar en sitios pequeños, donde puedo ver las caras de la gente y oír lo que cantan conmigo."
		lead = "La cantante sevillana publica su tercer álbum y lo presentará en una gira por quince ciudades de España."
	)
	doc := run(t, "es", "Lucía Ferrer, en su cocina\n\n"+lead+"\n\nPregunta. ¿Por qué grabar en una cocina?\n\n"+a1+
		"\n\nP. ¿Y su madre qué dijo?\n\n"+a2+"\n\nP. ¿Qué espera de la gira?\n\n"+a3+"\n", "structure", "headings")
	for _, q := range []string{"Pregunta. ¿Por qué", "P. ¿Y su madre", "P. ¿Qué espera"} {
		if b := block(t, doc, q); b.Kind == document.Heading {
			t.Errorf("the question %q made a heading", q)
		}
	}
	doc = run(t, "en", "Questions\n\n"+enTeaser+"\n\n"+enBody1+"\n\nPart one. How do I start?\n\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "Part one."); b.Kind != document.Heading {
		t.Errorf("a question without turns around it is a %v", b.Kind)
	}
}

// TestHeadingsOfLiveEntries: a live blog's entries keep their times in
// their headings, and a list of them with their times above goes; one
// time alone is the page's.
func TestHeadingsOfLiveEntries(t *testing.T) {
	const (
		entry1 = "Allein in Hamburg ist die Feuerwehr seit dem Mittag zu mehr als 300 Einsätzen ausgerückt, meist wegen umgestürzter Bäume."
		entry2 = "Die Hafenfähren in Hamburg haben ihren Betrieb wegen des hohen Wasserstands eingestellt, der Fischmarkt ist überflutet."
		ticker = "18:42 Uhr\nFeuerwehr meldet Hunderte Einsätze\n" + entry1 + "\n18:15 Uhr\nElbfähren fahren nicht mehr\n" + entry2 + "\n"
		lead   = "Sturmtief über Norddeutschland\nDas Sturmtief hat am Samstag weite Teile Norddeutschlands erreicht, die Bahn hat den Fernverkehr eingestellt.\n"
	)
	pipeline := []string{"structure", "boilerplate", "dedupe", "headings"}
	doc := run(t, "de", lead+ticker, pipeline...)
	for _, h := range []string{"18:42 Uhr – Feuerwehr meldet Hunderte Einsätze", "18:15 Uhr – Elbfähren fahren nicht mehr"} {
		if b := block(t, doc, h); b.Kind != document.Heading || b.Text != h {
			t.Errorf("%q: %v %q\n%s", h, b.Kind, b.Text, verdicts(doc))
		}
	}
	doc = run(t, "de", lead+"Die wichtigsten Ereignisse\n18:42 Uhr - Feuerwehr meldet Hunderte Einsätze\n"+ticker, pipeline...)
	if b := block(t, doc, "18:42 Uhr - Feuerwehr"); !b.Dropped {
		t.Errorf("the list of entries with their times stays:\n%s", verdicts(doc))
	}
	if b := block(t, doc, "18:42 Uhr – Feuerwehr"); b.Dropped || b.Kind != document.Heading {
		t.Errorf("the entry listed above goes:\n%s", verdicts(doc))
	}
	doc = run(t, "de", lead+strings.Replace(ticker, "Feuerwehr meldet Hunderte Einsätze\n", "Feuerwehr meldet Hunderte Einsätze\nAnna Beispiel\nAus Hamburg\n", 1), pipeline...)
	if b := block(t, doc, "18:42 Uhr – Feuerwehr"); b.Kind != document.Heading {
		t.Errorf("an entry over its writer's byline: %v", b.Kind)
	}
	if b := block(t, doc, "Anna Beispiel"); !b.Dropped || !slices.Equal(doc.Meta.Authors, []string{"Anna Beispiel"}) {
		t.Errorf("an entry's byline: authors %q\n%s", doc.Meta.Authors, verdicts(doc))
	}
	// An entry without a heading, its writer's name under its time: the
	// name goes to the metadata, the time to the text.
	doc = run(t, "de", lead+strings.Replace(ticker, "Feuerwehr meldet Hunderte Einsätze\n", "Anna Beispiel\n", 1), pipeline...)
	if b := block(t, doc, "18:42 Uhr – "+entry1); b.Dropped || b.Kind == document.Heading || !slices.Equal(doc.Meta.Authors, []string{"Anna Beispiel"}) {
		t.Errorf("an entry's name under its time: %v, authors %q\n%s", b.Kind, doc.Meta.Authors, verdicts(doc))
	}
	doc = run(t, "de", lead+"18:42 Uhr\nFeuerwehr meldet Hunderte Einsätze\n"+entry1+"\n", pipeline...)
	if b := block(t, doc, "Feuerwehr meldet"); b.Text != "Feuerwehr meldet Hunderte Einsätze" {
		t.Errorf("one time alone joined: %q", b.Text)
	}
	// A match's ticker: the minutes go back on the entries' text.
	doc = run(t, "de", lead+"88'\nTor für Bayern! Musiala trifft zum 3:1.\n71'\n"+entry1+"\n90.+3'\nSchluss in München!\n", pipeline...)
	for _, e := range []string{"88' – Tor für Bayern! Musiala trifft zum 3:1.", "71' – " + entry1, "90.+3' – Schluss in München!"} {
		if b := block(t, doc, e); b.Dropped || b.Text != e {
			t.Errorf("%q: %q\n%s", e, b.Text, verdicts(doc))
		}
	}
}

// TestHeadingsBareEntryTimes: a bare time over an entry's text is its
// time, though the boilerplate filter took it for a player's duration;
// over a short title, it is the video's duration still.
func TestHeadingsBareEntryTimes(t *testing.T) {
	const (
		lead  = "Elecciones en Cataluña\nSigue en directo la noche electoral con los resultados de las elecciones al Parlament de esta noche.\n"
		entry = "Con el 95% escrutado, el PSC obtiene 42 escaños y se queda a 26 de la mayoría absoluta en el Parlament."
		other = "Los primeros resultados dan ventaja al PSC en Barcelona y Tarragona, mientras Junts resiste en Girona y Lleida."
	)
	pipeline := []string{"structure", "boilerplate", "dedupe", "headings"}
	doc := run(t, "es", lead+"22:40\n"+entry+"\n21:50\n"+other+"\n", pipeline...)
	if b := block(t, doc, "22:40 – Con"); b.Dropped {
		t.Errorf("entry without its time:\n%s", verdicts(doc))
	}
	doc = run(t, "es", lead+other+"\n02:15\nLos vídeos de la noche\n03:40\nEl discurso del candidato\n", pipeline...)
	if b := block(t, doc, "Los vídeos"); strings.HasPrefix(b.Text, "02:15") {
		t.Errorf("a video's duration joined to its title:\n%s", verdicts(doc))
	}
}

func TestIsMatchMinute(t *testing.T) {
	for s, want := range map[string]bool{
		"88'": true, "9’": true, "120′": true, "90.+3'": true, "45+2'": true,
		"88": false, "'": false, "1000'": false, "90+'": false, "a'": false, "90.+123'": false,
	} {
		if got := isMatchMinute(s); got != want {
			t.Errorf("isMatchMinute(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeadingsPartLabels: a recipe's part labels are headings wherever
// they stand, the first right under the title too; their colon goes. A
// label with nothing under it, or a sentence that starts with one, is no
// heading.
func TestHeadingsPartLabels(t *testing.T) {
	in := "Erbsensuppe\nZutaten:\n500 g Erbsen\n1 Zwiebel\n2 Karotten\nZubereitung\nDie Erbsen waschen und mit zwei Litern Wasser aufkochen.\nZutaten und Zubereitung sind einfach, sagt die Köchin.\n"
	doc := run(t, "de", in, "structure", "boilerplate", "dedupe", "headings")
	for _, h := range []string{"Zutaten", "Zubereitung"} {
		if b := block(t, doc, h); b.Kind != document.Heading || b.Text != h {
			t.Errorf("%q: %v %q\n%s", h, b.Kind, b.Text, verdicts(doc))
		}
	}
	if b := block(t, doc, "Zutaten und"); b.Kind == document.Heading {
		t.Errorf("a sentence became a heading")
	}
	doc = run(t, "de", "Erbsensuppe\nDie Erbsen waschen und mit zwei Litern Wasser aufkochen, dann köcheln lassen.\nZubereitung\n", "structure", "boilerplate", "dedupe", "headings")
	if b := block(t, doc, "Zubereitung"); b.Kind == document.Heading {
		t.Errorf("a label at the end became a heading")
	}
}

// A line after a break in a paragraph its writer broke into lines heads
// nothing, however short ("Entrada: 15 euros" under an event's place);
// its first line may head the text under it.
func TestHeadingsNotALineAfterABreak(t *testing.T) {
	body := "El trío de la contrabajista Ainhoa Salobral inaugura el festival con temas de su último disco, dijo la organización.\n\n"
	doc := run(t, "es", "# Agenda\n\n"+body+"Claustro de San Julián\\\nEntrada: 15 euros\n\n"+body+body, "headings")
	if b := block(t, doc, "Entrada"); b.Kind != document.Paragraph {
		t.Errorf("%q is a %v, want a paragraph", b.Text, b.Kind)
	}
}

// The last item of a list printed without bullets, one line under the
// other, heads nothing, though body text follows it ("Tyvak Nano-Satellite
// Systems Inc., Irvine, California" under four other companies).
func TestHeadingsNotALinesListsLastItem(t *testing.T) {
	lead := browserLines("NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other commercial lunar lander ideas to join its Artemis moon program.")
	picked := browserLines("Today, NASA announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp., Ceres Robotics and Tyvak Nano-Satellite Systems, Inc. to join its Commercial Lunar Payload Services program (CLPS). The five companies can now vie to deliver robotic payloads to the lunar surface for NASA.")
	sizes := browserLines("They include moon lander concepts of all sizes. They range from the truly massive — SpaceX's towering Starship vehicle — to land multiple rovers on the moon, to the smaller one-off probes like the boxy concept proposed by Tyvak Nano-Satellite Systems.")
	list := indent("Blue Origin, Kent, Washington\nCeres Robotics, Palo Alto, California\nSierra Nevada Corporation, Louisville, Colorado\nTyvak Nano-Satellite Systems Inc., Irvine, California\n")
	doc := run(t, "en", lead+picked+list+"\n"+sizes+picked, "headings")
	if b := block(t, doc, "Tyvak"); b.Kind != document.Paragraph {
		t.Errorf("%q is a %v, want a paragraph", b.Text, b.Kind)
	}
}

// TestHeadingsPullQuoteSpeaker: the name under a quotation printed on its
// own names its speaker, no section; under body text, a name heads one.
func TestHeadingsPullQuoteSpeaker(t *testing.T) {
	const quote = "\"You did not just take their money. You took their confidence in their own homes.\""
	doc := run(t, "en", "Council approves car-free zone\n"+enTeaser+"\n"+enBody1+"\n"+quote+"\nAlison Marchbank\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "Alison Marchbank"); b.Kind == document.Heading {
		t.Errorf("speaker under a pull quote made a heading:\n%s", verdicts(doc))
	}
	doc = run(t, "en", "Council approves car-free zone\n"+enTeaser+"\n"+enBody1+"\nAlison Marchbank\n"+enBody2+"\n", "structure", "headings")
	if b := block(t, doc, "Alison Marchbank"); b.Kind != document.Heading {
		t.Errorf("name between body paragraphs not a heading:\n%s", verdicts(doc))
	}
	// Under two quotations with the speaker between, a heading in
	// capitals, or one with small words, heads a section.
	for _, tt := range []struct{ quote, line string }{
		{"\"We know we arrived late,\" Mahut said. \"But the captain had a lot of confidence in our team.\"", "Argentina Cruises"},
		{quote, "ARGENTINA CRUISES"},
		{quote, "Tips for drivers"},
	} {
		doc = run(t, "en", "Council approves car-free zone\n"+enTeaser+"\n"+enBody1+"\n"+tt.quote+"\n"+tt.line+"\n"+enBody2+"\n", "structure", "headings")
		if b := block(t, doc, tt.line); b.Kind != document.Heading {
			t.Errorf("%q under %q not a heading:\n%s", tt.line, tt.quote, verdicts(doc))
		}
	}
}
