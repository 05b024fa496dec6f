package filter

import (
	"fmt"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

func TestDedupe(t *testing.T) {
	body2 := "Bis 2035 soll die Fernwärme der Stadt ohne Kohle und Gas auskommen, kündigte die Geschäftsführerin an."
	tests := []struct {
		name, in, want string
	}{
		{
			"caption printed twice, a few lines apart",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\nEine Wärmepumpe am Flussufer\n\nEine Wärmepumpe am Flussufer\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nEine Wärmepumpe am Flussufer\nEine Wärmepumpe am Flussufer ← dedupe: repeated caption\n" + body2 + "\n",
		},
		{
			"copies that differ in case, quotes and spaces",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\n„Wir bauen  das größte Projekt“\n\n\"wir bauen das größte Projekt\"\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\n„Wir bauen das größte Projekt“\n\"wir bauen das größte Projekt\" ← dedupe: repeated caption\n" + body2 + "\n",
		},
		{
			"a repeated paragraph far away",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nA\n\nB\n\nC\n\nD\n\n" + body + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nA\nB\nC\nD\n" + body + " ← dedupe: repeated paragraph\n",
		},
		{
			"a short line far away is not a repeat",
			"Stadtwerke bauen Wärmepumpen\n\nFazit\n\n" + body + "\n\n" + body2 + "\n\nx\n\ny\n\nFazit\n",
			"Stadtwerke bauen Wärmepumpen\nFazit\n" + body + "\n" + body2 + "\nx\ny\nFazit\n",
		},
		{
			// An interview puts the same question to each guest; a
			// review lists each product's merits under the same label.
			"a label or a question repeated far away is the article's template",
			"Stadtwerke bauen Wärmepumpen\n\nWas hat Sie überzeugt?\n\n" + body + "\n\nDas spricht dafür:\n\n" + body2 + "\n\nA\n\nB\n\nC\n\nWas hat Sie überzeugt?\n\nDie Kosten.\n\nDas spricht dafür:\n\nDer Preis.\n",
			"Stadtwerke bauen Wärmepumpen\nWas hat Sie überzeugt?\n" + body + "\nDas spricht dafür:\n" + body2 + "\nA\nB\nC\nWas hat Sie überzeugt?\nDie Kosten.\nDas spricht dafür:\nDer Preis.\n",
		},
		{
			"a label repeated near, its text between",
			"Stadtwerke bauen Wärmepumpen\n\nDas spricht dafür:\n\n" + body + "\n\nDas spricht dafür:\n\n" + body2 + "\n\nFoto:\n\nFoto:\n",
			"Stadtwerke bauen Wärmepumpen\nDas spricht dafür:\n" + body + "\nDas spricht dafür:\n" + body2 + "\nFoto:\nFoto: ← dedupe: repeated caption\n",
		},
		{
			"the title repeated, and the headline without its kicker",
			"Energiewende Stadtwerke bauen Wärmepumpen\n\nStadtwerke bauen Wärmepumpen\n\n" + body + "\n\nEnergiewende Stadtwerke bauen Wärmepumpen\n",
			"Energiewende Stadtwerke bauen Wärmepumpen\nStadtwerke bauen Wärmepumpen ← dedupe: repeated title\n" + body + "\nEnergiewende Stadtwerke bauen Wärmepumpen ← dedupe: repeated title\n",
		},
		{
			"a breadcrumb that ends with the title; a line that goes on after it",
			"Stadtwerke bauen Wärmepumpen\n\nStartseite Nachrichten Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nWarum die Stadtwerke bauen Wärmepumpen und keine Gaskessel\n",
			"Stadtwerke bauen Wärmepumpen\nStartseite Nachrichten Stadtwerke bauen Wärmepumpen ← dedupe: breadcrumb\n" + body + "\nWarum die Stadtwerke bauen Wärmepumpen und keine Gaskessel\n",
		},
		{
			"a breadcrumb printed as a list, its last item the headline under it",
			"Stadtwerke bauen Wärmepumpen\n\n* Startseite\n* Wirtschaft\n* Fernwärme für alle Häuser der Stadt\n\nFernwärme für alle Häuser der Stadt\n\n" + body + "\n",
			"Stadtwerke bauen Wärmepumpen\nStartseite\nWirtschaft\nFernwärme für alle Häuser der Stadt ← dedupe: breadcrumb\nFernwärme für alle Häuser der Stadt\n" + body + "\n",
		},
		{
			"a breadcrumb printed as a list, its last item the heading under it",
			"Stadtwerke bauen Wärmepumpen\n\n* Startseite\n* Wirtschaft\n* Fernwärme für alle Häuser der Stadt\n\n## Fernwärme für alle Häuser der Stadt\n\n" + body + "\n",
			"Stadtwerke bauen Wärmepumpen\nStartseite\nWirtschaft\nFernwärme für alle Häuser der Stadt ← dedupe: breadcrumb\nFernwärme für alle Häuser der Stadt\n" + body + "\n",
		},
		{
			// A shop's product box stands between the crumb and the
			// product's name over it: both stay, for the content filter.
			"a breadcrumb printed as a list, its last item a heading far under it",
			"Stadtwerke bauen Wärmepumpen\n\n* Startseite\n* Wärmepumpen\n* Wärmepumpe Nordwind 8 kW\n\nAnsicht von vorn\n\nNordwind\n\nBewertung: 4,6\n\nPreis: 8.990 €\n\nLieferbar\n\n## Wärmepumpe Nordwind 8 kW\n\n" + body + "\n",
			"Stadtwerke bauen Wärmepumpen\nStartseite\nWärmepumpen\nWärmepumpe Nordwind 8 kW\nAnsicht von vorn\nNordwind\nBewertung: 4,6\nPreis: 8.990 €\nLieferbar\nWärmepumpe Nordwind 8 kW\n" + body + "\n",
		},
		{
			"a caption with and without its credit",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nHäuser in einem Berliner Neubauviertel\nHäuser in einem Berliner Neubauviertel © Max Beispiel/dpa\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nHäuser in einem Berliner Neubauviertel ← dedupe: repeated caption\nHäuser in einem Berliner Neubauviertel © Max Beispiel/dpa\n" + body2 + "\n",
		},
		{
			"a caption without and with its credit after the full stop",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nHäuser in einem Berliner Neubauviertel.\nHäuser in einem Berliner Neubauviertel. JEAN EXEMPLE / AFP\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nHäuser in einem Berliner Neubauviertel. ← dedupe: repeated caption\nHäuser in einem Berliner Neubauviertel. JEAN EXEMPLE / AFP\n" + body2 + "\n",
		},
		{
			"after a comma the caption goes on: not a copy",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nJuwelen nach Juwelen\nJuwelen nach Juwelen, Ansichten der Ausstellung © Max Beispiel\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nJuwelen nach Juwelen\nJuwelen nach Juwelen, Ansichten der Ausstellung © Max Beispiel\n" + body2 + "\n",
		},
		{
			"a short line near its last copy, far from its first",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nFazit\n\n" + body2 + "\n\nx\n\ny\n\nFazit\n\nz\n\nFazit\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nFazit\n" + body2 + "\nx\ny\nFazit\nz\nFazit ← dedupe: repeated caption\n",
		},
		{
			"a dropped copy takes no place",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nFazit\n\nFazit\n\nx\n\ny\n\nFazit\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nFazit\nFazit ← dedupe: repeated caption\nx\ny\nFazit ← dedupe: repeated caption\n",
		},
		{
			"the headline without the site's name, far from the title",
			"Stadtwerke bauen Wärmepumpen - Beispiel Zeitung\n\n" + body + "\n\nA\n\nB\n\nC\n\nStadtwerke bauen Wärmepumpen\n\n" + body2 + "\n",
			"Stadtwerke bauen Wärmepumpen - Beispiel Zeitung\n" + body + "\nA\nB\nC\nStadtwerke bauen Wärmepumpen ← dedupe: repeated title\n" + body2 + "\n",
		},
		{
			"a table's header printed again as its first row, the same header over the next table",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nPos | Spieler | Tore\n---|---|---\nPos | Spieler | Tore\nST | Max Beispiel | 3\nST | Max Beispiel | 3\n\nPos | Spieler | Tore\n---|---|---\nTW | Erika Muster | 0\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nPos | Spieler | Tore\nPos | Spieler | Tore ← dedupe: repeated table row\nST | Max Beispiel | 3\nST | Max Beispiel | 3 ← dedupe: repeated table row\nPos | Spieler | Tore\nTW | Erika Muster | 0\n",
		},
		{
			"a standfirst set as a heading and printed again in the body: the body's copy stays",
			"Stadtwerke bauen Wärmepumpen\n\n## Die Stadt will bis 2035 ohne Kohle heizen\n\n" + body + "\n\nA\n\nB\n\nC\n\nDie Stadt will bis 2035 ohne Kohle heizen\n\n## Fazit\n\nFazit\n",
			"Stadtwerke bauen Wärmepumpen\nDie Stadt will bis 2035 ohne Kohle heizen ← dedupe: heading repeated in the body\n" + body + "\nA\nB\nC\nDie Stadt will bis 2035 ohne Kohle heizen\nFazit\nFazit ← dedupe: repeated paragraph\n",
		},
		{
			"a copy further down the table stays, and so does a row of empty cells",
			"Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nPos | Tore\n---|---\nST | 3\n|\nST | 3\n| |\n",
			"Stadtwerke bauen Wärmepumpen\n" + body + "\nPos | Tore\nST | 3\n|\nST | 3\n|\n",
		},
	}
	for _, tt := range tests {
		doc := run(t, "de", tt.in, "structure", "dedupe")
		if got := verdicts(doc); got != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}

func TestDedupeMakesCaption(t *testing.T) {
	doc := run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\nEine Wärmepumpe am Flussufer\n\nEine Wärmepumpe am Flussufer\n", "structure", "dedupe")
	if b := block(t, doc, "Eine Wärmepumpe"); b.Kind != document.Caption || b.Dropped {
		t.Errorf("first copy is %s (dropped %v), want a live caption", b.Kind, b.Dropped)
	}
	// A teaser printed twice stays a paragraph.
	doc = run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n"+body+"\n", "structure", "dedupe")
	if b := block(t, doc, body); b.Kind != document.Paragraph {
		t.Errorf("repeated teaser became a %s", b.Kind)
	}
}

// TestDedupeSettles: a copy that is far at dedupe's rank but near once the
// credits filter has moved the byline between the copies out of the body
// goes on the first run, as it would on the second (FuzzClean found it).
func TestDedupeSettles(t *testing.T) {
	in := "Stadtwerke bauen Wärmepumpen\n\nFazit\n\nEine Wärmepumpe am Flussufer Foto: Max Beispiel/dpa\n\nVon Erika Muster\n\nx\n\nFazit\n\n" + body + "\n"
	doc := run(t, "de", in, "structure", "dedupe", "credits")
	if b := &doc.Blocks[len(doc.Blocks)-2]; b.Text != "Fazit" || !b.Dropped {
		t.Errorf("second copy: %q dropped %v, want the near copy dropped\n%s", b.Text, b.Dropped, verdicts(doc))
	}
	if b := block(t, doc, "Von Erika"); !b.Dropped || b.Kind != document.Byline {
		t.Errorf("byline not moved: %s dropped %v", b.Kind, b.Dropped)
	}
	// Without the credits filter nothing moves, and the copies stay far.
	doc = run(t, "de", in, "structure", "dedupe")
	if b := &doc.Blocks[len(doc.Blocks)-2]; b.Dropped {
		t.Errorf("far copy dropped without credits:\n%s", verdicts(doc))
	}
}

// TestDedupeCountsPrintedWords: a short caption far from its copy is long
// enough to be dropped once its credit is printed with it, as a second
// run reads it: the words are counted as printed (FuzzClean found it).
func TestDedupeCountsPrintedWords(t *testing.T) {
	in := "Stadtwerke bauen Wärmepumpen\n\nHafen\n\nFoto: AP\n\n" + body + "\n\nx\n\ny\n\nz\n\nHafen\n\nFoto: AP\n"
	doc := run(t, "de", in, "structure", "dedupe", "credits")
	var live []string
	for _, b := range doc.Blocks {
		if !b.Dropped && b.Text == "Hafen" {
			live = append(live, b.Text+" "+b.Credit)
		}
	}
	if len(live) != 1 {
		t.Errorf("captions kept: %q, want one\n%s", live, verdicts(doc))
	}
}

// TestDedupeAltTextTwice: a picture's alt text printed twice on one line
// is printed once, as its caption, when dedupe settles, after the content
// filter has read the line as it came.
func TestDedupeAltTextTwice(t *testing.T) {
	doc := document.Parse("Stadtwerke bauen Wärmepumpen\n\n" + body + "\n\nEine Wärmepumpe am FlussuferEine Wärmepumpe am Flussufer\n\n" + body + "\n")
	doc.Lang = "de"
	s := applySettler(t, "dedupe", doc)
	b := block(t, doc, "Eine Wärmepumpe")
	if b.Text != "Eine Wärmepumpe am FlussuferEine Wärmepumpe am Flussufer" {
		t.Errorf("before settling: %q, want the line as it came", b.Text)
	}
	if err := s.Settle(doc); err != nil {
		t.Fatal(err)
	}
	if b.Text != "Eine Wärmepumpe am Flussufer" || b.Kind != document.Caption || b.Dropped {
		t.Errorf("settled: %s %q (dropped %v), want a live caption printed once", b.Kind, b.Text, b.Dropped)
	}
}

func TestTwice(t *testing.T) {
	for s, want := range map[string]string{
		"Shy owlShy owl":                 "Shy owl",
		"Shy owl Shy owl":                "Shy owl",
		"[Shy owl][Shy owl]":             "Shy owl",
		"echo-buds.jpgecho-buds.jpg":     "echo-buds.jpg",
		"Bye bye":                        "", // a word said twice for stress
		"Knock knockKnock knock":         "Knock knock",
		"Tschüss Tschüss":                "", // one short word
		"Shy owl Shy owl Shy":            "",
		"Shy owl  Shy owl":               "",
		"[a][b]":                         "",
		"Das ist so. Das ist so.":        "Das ist so.",
		"":                               "",
		"Eine Wärmepumpe am Flussufer":   "",
		"AbendAbend":                     "", // half of one short word
		"Flussufer-1.jpgFlussufer-2.jpg": "",
		// A half twice over again is a pattern (FuzzClean).
		strings.Repeat("p", 32): "",
	} {
		if got := twice(s); got != want {
			t.Errorf("twice(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestWithoutAlts: every alt text before the caption goes at once, so
// that a second run finds none; numbers are no alt text.
func TestWithoutAlts(t *testing.T) {
	for s, want := range map[string]string{
		"Old mill at dusk Old mill at dusk Old mill at dusk, from the bridge": "Old mill at dusk, from the bridge",
		"0 0 0 0 0 0 0 0 0 000B": "0 0 0 0 0 0 0 0 0 000B",
		"A caption alone.":       "A caption alone.",
	} {
		if got := withoutAlts(s); got != want {
			t.Errorf("withoutAlts(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAltBeforeCaption(t *testing.T) {
	for s, want := range map[string]string{
		"The new reading room The new reading room on the second floor.":     "The new reading room on the second floor.",
		"The new reading roomThe new reading room on the second floor.":      "The new reading room on the second floor.",
		"Die neue Halle Die neue Halle am Abend (Foto: dpa)":                 "Die neue Halle am Abend (Foto: dpa)",
		"The new reading room The new reading room":                          "", // twice's
		"Go go go, the fans sang as the players came out.":                   "",
		"Yes we can, yes we can: the crowd chanted for an hour.":             "",
		"New room New room on the second floor.":                             "", // two words may be the caption's own
		"The new reading room The new reading rooms are open.":               "",
		"A caption without a copy of its start.":                             "",
		"Biblioteca Infanta Elena La biblioteca Infanta Elena, en el parque": "La biblioteca Infanta Elena, en el parque",
		"Main reading room The main reading room on the second floor.":       "The main reading room on the second floor.",
		"We saw the old town The old town is quiet now.":                     "",
		"Biblioteca Infanta ElenaLa biblioteca Infanta Elena, en el parque":  "La biblioteca Infanta Elena, en el parque",
		"Biblioteca Infanta Elena [b.jpg]La biblioteca Infanta Elena, en el": "La biblioteca Infanta Elena, en el",
		"Die neue Halle [halle.jpg]Die neue Halle am Abend":                  "Die neue Halle am Abend",
		"Die neue Halle [ein Bild] Die neue Halle am Abend":                  "",
	} {
		if got := altBeforeCaption(s); got != want {
			t.Errorf("altBeforeCaption(%q) = %q, want %q", s, got, want)
		}
	}
}

// A table of contents goes, and the headings it lists stay over their
// sections; a menu printed again in the footer, with no text between its
// copies, is no table of contents.
func TestDedupeTableOfContents(t *testing.T) {
	sec := func(h string) string { return h + "\n" + body + " Mehr zu " + h + ".\n" }
	contents := "Travel outside the summer months\nUse night trains and buses\nStay in guesthouses\nFinal thoughts\n"
	doc := run(t, "de", "Europa günstig bereisen\n"+body+"\n"+contents+
		sec("Travel outside the summer months")+sec("Use night trains and buses")+sec("Stay in guesthouses")+sec("Final thoughts"), "dedupe")
	v := verdicts(doc)
	if got := strings.Count(v, "← dedupe: table of contents"); got != 4 {
		t.Errorf("%d entries of the contents dropped, want 4:\n%s", got, v)
	}
	if strings.Contains(v, "repeated") {
		t.Errorf("a section's heading dropped as a copy:\n%s", v)
	}
	// Short lines above the contents with no blank line between (the
	// byline, a picture's alt text and its caption) are none of its
	// entries and do not hide it.
	above := "Von Julia Hartmann | Lesezeit: 6 Min.\nHand dreht am Thermostat\nEin Grad weniger spart Energie. Foto: Verbraucherfenster\n"
	doc = run(t, "de", "Europa günstig bereisen\n"+body+"\n"+above+contents+
		sec("Travel outside the summer months")+sec("Use night trains and buses")+sec("Stay in guesthouses")+sec("Final thoughts"), "dedupe")
	v = verdicts(doc)
	if got := strings.Count(v, "← dedupe: table of contents"); got != 4 || strings.Contains(v, "repeated") {
		t.Errorf("%d entries of the contents under short lines dropped, want 4, and no heading:\n%s", got, v)
	}
	// The headings may be Markdown's already.
	hsec := func(h string) string { return "## " + h + "\n\n" + body + " Mehr zu " + h + ".\n\n" }
	doc = run(t, "de", "Europa günstig bereisen\n\n"+body+"\n\n- Travel outside the summer months\n- Use night trains and buses\n- Stay in guesthouses\n- Final thoughts\n\n"+
		hsec("Travel outside the summer months")+hsec("Use night trains and buses")+hsec("Stay in guesthouses")+hsec("Final thoughts"), "dedupe")
	v = verdicts(doc)
	if got := strings.Count(v, "← dedupe: table of contents"); got != 4 || strings.Contains(v, "repeated") {
		t.Errorf("%d entries of the contents over Markdown headings dropped, want 4, and no heading:\n%s", got, v)
	}
	// A wiki's last sections went with the lists under them, and no
	// text stands between their headings.
	wiki := "Grünsee (Vogelsberg)\n\nDer Grünsee ist ein kleines Stillgewässer im Vogelsberg, das die Sohle eines ehemaligen Steinbruchs ausfüllt.\n\n" +
		"Inhaltsverzeichnis\n\n- 1 Geschichte\n- 2 Lage\n- 3 Einzelnachweise\n- 4 Weblinks\n\n" +
		"## Geschichte\n\nDer Steinbruch wurde bis 1962 betrieben und lief danach langsam mit Quellwasser voll, bis der See entstand.\n\n" +
		"## Lage\n\nDer See liegt auf 512 Metern Höhe an der Nordostflanke des Vogelsbergs, eingebettet in einen Buchenwald.\n\n" +
		"## Einzelnachweise\n\n- ↑ Landesamt für Statistik: Bericht 2015, S. 88.\n- ↑ Heimatverein: Chronik 2012, S. 133.\n\n" +
		"## Weblinks\n\n- Die Website des Heimatvereins\n- Das Naturschutzgebiet\n"
	doc = run(t, "de", wiki, "structure", "boilerplate", "dedupe")
	v = verdicts(doc)
	if got := strings.Count(v, "← dedupe: table of contents"); got != 4 {
		t.Errorf("%d entries of a wiki's contents dropped, want 4:\n%s", got, v)
	}
	doc = run(t, "de", "Europa günstig bereisen\nPolitik\nWirtschaft\nKultur\nSport\n"+body+"\n"+body+" Und noch mehr.\nPolitik\nWirtschaft\nKultur\nSport\n", "dedupe")
	if v := verdicts(doc); strings.Contains(v, "table of contents") {
		t.Errorf("a menu printed twice taken for a table of contents:\n%s", v)
	}
}

// TestDedupeMenuItemOverSection: a menu's item far above a section's
// heading of the same words leaves the heading.
func TestDedupeMenuItemOverSection(t *testing.T) {
	menu := "- Reviews\n- Deals\n- How We Test\n- Newsletter\n\n"
	var sb strings.Builder
	for k := range captionWindow + 2 {
		// Paragraphs of their own, each told by a word.
		sb.WriteString(body + " Teil " + strings.Repeat("x", k+1) + ".\n\n")
	}
	doc := run(t, "en", "The best robot vacuums\n\n"+menu+sb.String()+"How we test\n\n"+body2+"\n", "structure", "dedupe")
	if b := block(t, doc, "How we test"); b.Dropped {
		t.Errorf("a section's heading dropped as a copy of a menu's item:\n%s", verdicts(doc))
	}
}

// Two events on the same day print the same date over their own times and
// places, in lines one under the other: both stay, in a writer's broken
// lines and in a text browser's. The same lines printed twice, a caption's
// or a menu's, are one copy too many.
func TestDedupeKeepsTwoEventsDates(t *testing.T) {
	// Paragraphs of their own: dedupe drops a paragraph printed again.
	n := 0
	body := func() string {
		n++
		return browserLines(fmt.Sprintf("Un recorrido número %d de hora y media por las bodegas excavadas y los antiguos aljibes del casco histórico, la mayoría cerrados al público el resto del año.", n))
	}
	visit := "Domingo, 15 de marzo\n11:00 horas\nSalida desde la Oficina de Turismo\n"
	film := "Domingo, 15 de marzo\n19:00 horas\nCine club La Linterna\n"
	for name, in := range map[string]string{
		"browser": body() + body() + indent(visit) + "\n" + body() + indent(film) + "\n" + body(),
		"broken":  body() + strings.ReplaceAll(visit, "\n", "\\\n") + "\n\n" + body() + strings.ReplaceAll(film, "\n", "\\\n") + "\n\n" + body(),
	} {
		doc := run(t, "es", in, "dedupe")
		kept := 0
		for i := range doc.Blocks {
			if b := &doc.Blocks[i]; !b.Dropped && b.Text == "Domingo, 15 de marzo" {
				kept++
			}
		}
		if kept != 2 {
			t.Errorf("%s: %d copies of the date kept, want 2", name, kept)
		}
	}
	doc := run(t, "es", body()+body()+indent(visit)+"\n"+body()+indent("Mapa del recorrido\n"+visit)+"\n"+body(), "dedupe")
	if b := doc.Blocks[len(doc.Blocks)-4]; !b.Dropped || b.Text != "Domingo, 15 de marzo" {
		t.Errorf("the listing printed again under a line of its own: %q dropped %v, want dropped", b.Text, b.Dropped)
	}
}

// indent indents every line of s by three spaces, as a text browser does.
func indent(s string) string {
	return "   " + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n   ") + "\n"
}
