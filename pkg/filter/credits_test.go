package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

var creditPipeline = []string{"unicode", "structure", "boilerplate", "dedupe", "credits"}

const body2 = "Bis 2035 soll die Fernwärme der Stadt ohne Kohle und Gas auskommen, kündigte die Geschäftsführerin am Dienstag an."

// longCaption is as long as a news agency's captions run: more words than
// a teaser's caption (maxTeaserCaptionWords) has.
const longCaption = "A committee aide testifies before the House Intelligence Committee on Capitol Hill in Washington, " +
	"Tuesday, Nov. 19, 2019, during a public impeachment hearing of the President's efforts to tie aid for " +
	"the country to investigations of his political opponents and their families."

func TestCreditsPhotoCredit(t *testing.T) {
	tests := []struct {
		name, lang, in, caption, credit, dropped string
	}{
		{
			"Spiegel: caption twice, then the credit",
			"de", "Stadtwerke bauen Wärmepumpen\n\n" + body + "\nEine Wärmepumpe am Flussufer (Archivbild)\n\nEine Wärmepumpe am Flussufer (Archivbild)\n\nFoto: Stadtwerke / dpa\n\n" + body2 + "\n",
			"Eine Wärmepumpe am Flussufer (Archivbild)", "Foto: Stadtwerke / dpa", "Foto: Stadtwerke",
		},
		{
			"a short line, then a credit of names and an agency",
			"fr", "Le gouvernement prépare une réforme\n\n" + body + "\n\nDes manifestants à Santiago, le 10 août 2022.\n\nNICOLAS EXEMPLE / AFP\n\n" + body2 + "\n",
			"Des manifestants à Santiago, le 10 août 2022.", "NICOLAS EXEMPLE / AFP", "NICOLAS EXEMPLE",
		},
		{
			"the credit printed before its labelled caption",
			"en", "Storm hits the coast\n\n" + body + "\n\nImage source, Getty Images\nImage caption,\nWaves over the harbour wall\n\n" + body2 + "\n",
			"Waves over the harbour wall", "Image source, Getty Images", "Image source",
		},
		{
			// FuzzClean: a second run reads the two on one line.
			"the caption, then the caption again with its credit",
			"fr", "Le gouvernement prépare une réforme\n\n" + body + "\n\nLe lit asséché\nLe lit asséché AAP\n\n" + body2 + "\n",
			"Le lit asséché", "AAP", "Le lit asséché AAP",
		},
		{
			"a caption that ends in its credit",
			"en", "Storm hits the coast\n\n" + body + "\n\nWaves over the harbour wall on Saturday. Photograph: Jane Example/Getty Images\n\n" + body2 + "\n",
			"Waves over the harbour wall on Saturday.", "Photograph: Jane Example/Getty Images", "",
		},
		{
			"a video list's long caption, 42 words, and its credit",
			"en", "Storm hits the coast\n\n" + body + "\n\n" + longCaption + " (AP Photo/Jane Example)\n\n" + body2 + "\n",
			longCaption, "(AP Photo/Jane Example)", "",
		},
		{
			"a news agency's caption, 65 words, its credit joined with \"via\"",
			"en", "Storm hits the coast\n\n" + body + "\n\n" + longCaption + " " + longCaption[:150] + ". (Harbour TV via AP)\n\n" + body2 + "\n",
			longCaption + " " + longCaption[:150] + ".", "(Harbour TV via AP)", "",
		},
		{
			"a credit in brackets",
			"fr", "Le gouvernement prépare une réforme\n\n" + body + "\n\nUn contrôleur gare de Lyon, le 1er décembre 2022. (MARC EXEMPLE / HANS LUCAS / AFP)\n\n" + body2 + "\n",
			"Un contrôleur gare de Lyon, le 1er décembre 2022.", "(MARC EXEMPLE / HANS LUCAS / AFP)", "",
		},
		{
			"a source in brackets with a photographer's slash",
			"de", "Hitzewelle erreicht den Süden\n\n" + body + "\n\nEin Thermometer in der Sonne (Symbolbild): Am Wochenende wird es heiß. (Quelle: IMAGO/Max Beispiel)\n\n" + body2 + "\n",
			"Ein Thermometer in der Sonne (Symbolbild): Am Wochenende wird es heiß.", "(Quelle: IMAGO/Max Beispiel)", "",
		},
		{
			"a credit after an em dash",
			"fr", "Le métro prolongé jusqu'à Orly\n\n" + body + "\n\nUne rame lors d'un essai, le 20 février 2024. — Jean Exemple/SIPA\n\n" + body2 + "\n",
			"Une rame lors d'un essai, le 20 février 2024.", "Jean Exemple/SIPA", "",
		},
		{
			"a photographer and a publication, no agency",
			"fr", "Réforme du lycée\n\n" + body + "\n\nDes lycéens pendant un cours à Lyon, en septembre 2023. Jean Exemple / Le Figaro\n\n" + body2 + "\n",
			"Des lycéens pendant un cours à Lyon, en septembre 2023.", "Jean Exemple / Le Figaro", "",
		},
		{
			"a credit after a bar",
			"fr", "Sécheresse en Bretagne\n\n" + body + "\n\nUn champ de blé près de Quimper, le 12 mai 2023. | ARCHIVES JEAN EXEMPLE / OUEST-FRANCE\n\n" + body2 + "\n",
			"Un champ de blé près de Quimper, le 12 mai 2023.", "ARCHIVES JEAN EXEMPLE / OUEST-FRANCE", "",
		},
		{
			"the same in brackets",
			"fr", "Logement social\n\n" + body + "\n\nDans un quartier d'habitat social à Saint-Denis, le 5 février. (Denis Exemple/Libération)\n\n" + body2 + "\n",
			"Dans un quartier d'habitat social à Saint-Denis, le 5 février.", "(Denis Exemple/Libération)", "",
		},
		{
			"the lead on a line of its own, the source on the next",
			"ru", "Кулинарный конкурс\n\n" + body + "\n\nАнна Пример\n\nФото:\nличный архив Анны Пример\n\n" + body2 + "\n",
			"Анна Пример", "Фото: личный архив Анны Пример", "личный архив",
		},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, tt.in, creditPipeline...)
		c := block(t, doc, tt.caption)
		if c.Dropped || c.Kind != document.Caption || c.Text != tt.caption || c.Credit != tt.credit {
			t.Errorf("%s: caption = %s %q credit %q (dropped %v), want %q with credit %q\n%s",
				tt.name, c.Kind, c.Text, c.Credit, c.Dropped, tt.caption, tt.credit, verdicts(doc))
		}
		if tt.dropped != "" {
			if b := block(t, doc, tt.dropped); !b.Dropped {
				t.Errorf("%s: credit line kept", tt.name)
			}
		}
	}
}

func TestCreditsAgencyCredit(t *testing.T) {
	tests := []struct{ lang, line string }{
		{"de", "asc/dpa/AFP"},
		{"de", "mmo/dpa"},
		{"de", "Mit Material von dpa"},
		{"en", "Reuters contributed to this report."},
		{"en", "Associated Press writer Jane Doe in Chicago contributed to this report."},
		{"fr", "Le Monde avec AFP"},
		// Names and agencies after the last paragraph are the article's.
		{"de", "© dpa"},
		// The editor's initials.
		{"de", "(jab)"},
		// A regional desk's and an editor's.
		{"de", "(lnw/mko)"},
		// dpa's feed for news sites, with the article's id.
		{"de", "© dpa-infocom, dpa:261205-930-123456/1"},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n"+body2+"\n\n"+tt.line+"\n\nAbonnieren bei\n", creditPipeline...)
		if b := block(t, doc, tt.line); !b.Dropped || !slices.Contains(doc.Meta.Credits, tt.line) {
			t.Errorf("%q: dropped %v, credits %q; want it moved to the metadata", tt.line, b.Dropped, doc.Meta.Credits)
		}
	}
	// The writer's initials, a French regional paper's sign, name the
	// author where no byline did; under a byline, they are a credit.
	for _, line := range []string{"J.-M. R.", "A. D."} {
		doc := run(t, "fr", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n"+body2+"\n\n"+line+"\n\nAbonnieren bei\n", creditPipeline...)
		if b := block(t, doc, line); !b.Dropped || !slices.Equal(doc.Meta.Authors, []string{line}) || len(doc.Meta.Credits) > 0 {
			t.Errorf("%q: dropped %v, authors %q, credits %q; want it the author", line, b.Dropped, doc.Meta.Authors, doc.Meta.Credits)
		}
		doc = run(t, "fr", "Stadtwerke bauen Wärmepumpen\n\nPar Marie Exemple\n\n"+body+"\n\n"+body2+"\n\n"+line+"\n\nAbonnieren bei\n", creditPipeline...)
		if !slices.Equal(doc.Meta.Authors, []string{"Marie Exemple"}) || !slices.Contains(doc.Meta.Credits, line) {
			t.Errorf("%q under a byline: authors %q, credits %q; want it a credit", line, doc.Meta.Authors, doc.Meta.Credits)
		}
	}
}

// TestSignedInitials: a writer's initials, capitals with their full stops;
// one initial, a word, or a name is none.
func TestSignedInitials(t *testing.T) {
	for s, want := range map[string]bool{
		"J.-M. R.":    true,
		"A. D.":       true,
		"A. B. C.":    true,
		"A.":          false,
		"A. B. C. D.": false,
		"J. Doe":      false,
		"AB. C.":      false,
		"a. d.":       false,
		"J.-M R.":     false,
	} {
		if got := signedInitials(s); got != want {
			t.Errorf("signedInitials(%q) = %v, want %v", s, got, want)
		}
	}
}

// An agency's credit under the headline with the header's date after a
// dot or a bar is the article's: the agency goes to the metadata, not
// the date.
func TestCreditsDatedAgency(t *testing.T) {
	for _, tt := range []struct{ lang, line, credit string }{
		{"de", "dpa/red · 10.07.2025, 14:32 Uhr · Aktualisiert: 10.07.2025, 17:05 Uhr · Lesezeit: 4 Min.", "dpa/red"},
		{"en", "Reuters | 18 November 2025 | Updated 19 November 2025 at 09:12 | Three minute read for you", "Reuters"},
	} {
		doc := run(t, tt.lang, "Stadtwerke bauen Wärmepumpen\n\n"+tt.line+"\n\n"+body+"\n\n"+body2+"\n", creditPipeline...)
		if b := block(t, doc, tt.line[:12]); !b.Dropped || !slices.Equal(doc.Meta.Credits, []string{tt.credit}) {
			t.Errorf("%q: dropped %v, credits %q; want %q in the metadata", tt.line, b.Dropped, doc.Meta.Credits, tt.credit)
		}
	}
	// A section's name before the date is no agency.
	const section = "Sport · 10.07.2025"
	doc := run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+section+"\n\n"+body+"\n", creditPipeline...)
	if len(doc.Meta.Credits) != 0 {
		t.Errorf("%q: credits %q, want none", section, doc.Meta.Credits)
	}
}

// The feed's credit under a short last sentence ("Sie hinterlässt einen
// Sohn.") names no photographer: the sentence is no caption.
func TestCreditsFeedUnderShortSentence(t *testing.T) {
	const last, credit = "Sie hinterlässt einen Sohn und drei Enkel.", "© dpa-infocom, dpa:261205-930-123456/1"
	doc := run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n"+body2+"\n\n"+last+"\n\n"+credit+"\n", creditPipeline...)
	if b := block(t, doc, last); b.Dropped || b.Kind != document.Paragraph || b.Credit != "" {
		t.Errorf("last sentence: %s %q credit %q (dropped %v), want a paragraph\n%s", b.Kind, b.Text, b.Credit, b.Dropped, verdicts(doc))
	}
	if !slices.Contains(doc.Meta.Credits, credit) {
		t.Errorf("credits %q, want the feed's", doc.Meta.Credits)
	}
}

func TestCreditsLeavesText(t *testing.T) {
	for _, tt := range []struct{ lang, line string }{
		// An agency's tag on a paragraph is not a photo credit.
		{"de", "Die Polizei nahm am Abend zwei Männer fest. (dpa)"},
		{"en", "The agency said it had spoken to Reuters about the plan."},
		{"de", "Fotos zeigen die Zerstörung in der Altstadt."},
		{"en", "Allentown, PA, June 26"},
		// A menu's slashes are not a photographer's.
		{"en", "About Me/Contact"},
		{"en", "The museum opens at ten. Art / Design"},
	} {
		doc := run(t, tt.lang, "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n"+tt.line+"\n\n"+body2+"\n", creditPipeline...)
		if b := block(t, doc, tt.line); b.Dropped || b.Kind != document.Paragraph || b.Credit != "" {
			t.Errorf("%q became %s (dropped %v, credit %q)", tt.line, b.Kind, b.Dropped, b.Credit)
		}
	}
}

func TestCreditsTeaserCaption(t *testing.T) {
	// Teaser and lead image are one unit: a short line right under the
	// teaser, then a blank line, is the image's caption.
	doc := run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\nEine Wärmepumpe am Flussufer\n\n"+body2+"\n", creditPipeline...)
	if b := block(t, doc, "Eine Wärmepumpe"); b.Kind != document.Caption {
		t.Errorf("line under the teaser is a %s, want a caption", b.Kind)
	}
	// A byline under the teaser, followed by more header lines, is not:
	// it is a byline, and its name goes to the metadata.
	doc = run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\nVon Anna Beispiel\nBerlin\n\n"+body2+"\n", creditPipeline...)
	if b := block(t, doc, "Von Anna"); b.Kind != document.Byline || !b.Dropped || !slices.Equal(doc.Meta.Authors, []string{"Anna Beispiel"}) {
		t.Errorf("byline under the teaser is a %s (dropped %v), authors %q; want a byline moved to the metadata", b.Kind, b.Dropped, doc.Meta.Authors)
	}
	// Under a line that goes (a live ticker's entry's time, a counter),
	// a short line is under that line, not the teaser: no caption.
	doc = run(t, "de", "Stadtwerke bauen Wärmepumpen\n\n"+body+"\n\n90.+4'\nGelb-Rot für Brakenfelde\n\n"+body2+"\n", creditPipeline...)
	if b := block(t, doc, "90.+4'"); !b.Dropped {
		t.Fatalf("the entry's time is kept: the test needs it dropped")
	}
	if b := block(t, doc, "Gelb-Rot"); b.Kind != document.Paragraph {
		t.Errorf("line under a dropped line under the teaser is a %s, want a paragraph", b.Kind)
	}
}

// TestCreditSettles: a line whose words the quotes filter changes while
// the pipeline settles is judged again as a credit. "« Ã»" is two words,
// "«\u202fÃ\u202f»" one: eleven words are too many for a credit line, ten
// are not, and the second run, which reads the quoted line, moves it.
func TestCreditSettles(t *testing.T) {
	const before, after = "© Max Ã-« Ã» a b c d e f g h", "© Max Ã-«\u202fÃ\u202f» a b c d e f g h"
	doc := document.Parse(body + "\n\n" + body2 + "\n\n" + before + "\n")
	c := applySettler(t, "credits", doc)
	b := block(t, doc, "© Max")
	if b.Dropped {
		t.Fatalf("a line of %d words taken for a credit:\n%s", b.Words(), verdicts(doc))
	}
	b.SetText("quotes", "quotes in fr style", after)
	if err := c.Settle(doc); err != nil {
		t.Fatal(err)
	}
	if !b.Dropped || !slices.Contains(doc.Meta.Credits, after) {
		t.Errorf("the quoted line of %d words is not moved to the credits:\n%s", b.Words(), verdicts(doc))
	}
}

// A line of one part is judged on the block's fold key, as a part of
// several is on its own: the same agencies, a two-word one too, and
// hyphens at a word's ends read through.
func TestAgencyOnePartAsOfSeveral(t *testing.T) {
	ph := phrases(t, "")
	for _, s := range []string{"AFP", "Foto: AFP", "-dpa-", "dpa-infocom", "Getty Images", "Menu", "Home page", "x-AP", "asc", "(AFP)", "AP Photo", "AP-Photo"} {
		b := &document.Block{Text: s}
		one := classifyAgencyList(ph, b)
		// The same line as the first part of two: the second, empty
		// part changes nothing but the path.
		two := classifyAgencyList(ph, &document.Block{Text: s + " /"})
		if one != two {
			t.Errorf("%q: %v alone, %v as a part", s, one, two)
		}
		if got, want := hasAgencyFolded(ph, b.Fold()), hasAgency(ph, s); got != want {
			t.Errorf("%q: hasAgencyFolded = %v, hasAgency = %v", s, got, want)
		}
	}
	if classifyAgencyList(ph, &document.Block{Text: "AFP"}) == notCredit {
		t.Error("AFP alone is no credit")
	}
}

// TestCreditsAgencyPlace: the place an agency filed from, between its
// name and the date, goes with the credit; a line of the text under the
// agency's name stays.
func TestCreditsAgencyPlace(t *testing.T) {
	head := "Prohibidos los patinetes eléctricos en el transporte público\nLa medida entrará en vigor el 1 de enero tras dos incendios en vagones de metro\nEFE\n"
	body := "El Ayuntamiento prohibirá a partir del 1 de enero el acceso con patinetes eléctricos al metro, según ha anunciado este martes la concejala.\n"
	for _, tt := range []struct {
		place string
		gone  bool
	}{
		{"Valencia\n01/12/2026 12:30\n", true},
		{"Palma de Mallorca\n01/12/2026 12:30\n", true},
		{"Valencia\n", false},
		{"Valencia en bici\n01/12/2026 12:30\n", false},
	} {
		doc := run(t, "es", head+tt.place+body, "unicode", "structure", "boilerplate", "credits")
		line, _, _ := strings.Cut(tt.place, "\n")
		if b := block(t, doc, line); b.Dropped != tt.gone {
			t.Errorf("%q dropped %v, want %v:\n%s", line, b.Dropped, tt.gone, verdicts(doc))
		}
	}
}

// A credit is never cut from a caption inside a code span: a line of code
// with a capital after a space is no captioned photo.
func TestCreditsNotInsideCode(t *testing.T) {
	for in, want := range map[string]string{
		"`. E` E/A":                         "`. E` E/A",
		"The `ls Foto` command Foto: A B/C": "The `ls Foto` command",
	} {
		doc := run(t, "en", "Storm hits the coast\n\n"+body+"\n\n"+in+"\n\n"+body2+"\n", creditPipeline...)
		if b := block(t, doc, in[:5]); b.Text != want {
			t.Errorf("%q: %q, want %q", in, b.Text, want)
		}
	}
}

// A name alone under a short paragraph in the header, over the body, is
// the photographer of the caption above it once the byline has named the
// writer; under the first paragraph of the article, a subheading that
// reads like a name is none.
func TestCreditsPhotographerAlone(t *testing.T) {
	const caption = "Ein Schild an einem Haus in der Innenstadt, im November."
	tests := []struct {
		text, name, above string
		credit            bool
	}{
		{"Von Jana Beispiel\n" + caption + "\nClaudia Alvarez\n" + body + "\n" + body2 + "\n", "Claudia Alvarez", caption, true},
		// No byline: the name may be the writer's.
		{caption + "\nClaudia Alvarez\n" + body + "\n" + body2 + "\n", "Claudia Alvarez", caption, false},
		{"Von Jana Beispiel\n" + body + " " + body2 + " " + body + "\nNeues Leitmotto\n" + body2 + "\n", "Neues Leitmotto", body, false},
	}
	for _, tt := range tests {
		doc := run(t, "de", "Stadtwerke bauen Wärmepumpen\nDie Stadt will bis 2035 klimaneutral heizen.\n"+tt.text, creditPipeline...)
		b, a := block(t, doc, tt.name), block(t, doc, tt.above)
		if got := b.Dropped && a.Kind == document.Caption && a.Credit == tt.name; got != tt.credit {
			t.Errorf("%q: credit of the caption %v, want %v\n%s", tt.name, got, tt.credit, verdicts(doc))
		}
	}
}

// TestCreditsAltTextOverCaption: a picture's alt text on the line right
// over its caption with a credit goes; a sentence there, or a line with a
// blank line under it, stays.
func TestCreditsAltTextOverCaption(t *testing.T) {
	const caption = "Die Brücke am Abend, kurz vor der Sperrung. Foto: Max Muster / dpa"
	tests := []struct {
		name, above string
		drop        bool
	}{
		{"alt text", "Eine alte Steinbrücke über einen Fluss im Abendlicht\n", true},
		{"initial", "Der Architekt Hans M. Beispiel auf der Brücke im Jahr 2002\n", true},
		{"sentence", "Die Brücke wird im Frühjahr für zwei Jahre gesperrt. [brücke-abend.jpg]\n", false},
		{"blank line", "Eine alte Steinbrücke über einen Fluss im Abendlicht\n\n", false},
	}
	for _, tt := range tests {
		doc := run(t, "de", "Stadt sperrt die alte Brücke\n\n"+body+"\n\n"+tt.above+caption+"\n\n"+body2+"\n", creditPipeline...)
		line := strings.TrimSpace(tt.above)
		if b := block(t, doc, line[:20]); b.Dropped != tt.drop {
			t.Errorf("%s: dropped %v, want %v\n%s", tt.name, b.Dropped, tt.drop, verdicts(doc))
		}
	}
}

// A picture's alt text right under the heading of what it shows goes; a
// line that leads into what follows with a colon stays, and so does a
// sentence that starts with the heading's words.
func TestCreditsAltTextUnderHeading(t *testing.T) {
	doc := &document.Document{Blocks: []document.Block{
		{Kind: document.Heading, Level: 2, Text: "2. Merrow Gooseneck Kettle"},
		{Text: "Merrow Gooseneck Kettle photographed on a kitchen counter"},
		{Text: "A gooseneck spout gives you control over where the water lands."},
		{Kind: document.Heading, Level: 2, Text: "Les obsèques"},
		{Text: "Les obsèques de Jeanne Morvillier seront célébrées :"},
		{Kind: document.Heading, Level: 2, Text: "The harbour"},
		{Text: "The harbour was rebuilt in 1952 and has not changed since."},
	}}
	dropHeadingAlts(doc)
	for i, want := range []bool{false, true, false, false, false, false, false} {
		if doc.Blocks[i].Dropped != want {
			t.Errorf("block %d %q: dropped %v, want %v", i, doc.Blocks[i].Text, doc.Blocks[i].Dropped, want)
		}
	}
}
