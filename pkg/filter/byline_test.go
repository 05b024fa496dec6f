package filter

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
)

func phrases(t *testing.T, tag string) *lang.Phrases {
	t.Helper()
	b, err := lang.LoadPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	return b.Index()
}

// TestParseByline reads the names out of byline lines, with what sites
// print around them.
func TestParseByline(t *testing.T) {
	tests := []struct {
		lang, line string
		authors    []string // nil: a byline without a person's name
	}{
		{"de", "Von Max Beispiel", []string{"Max Beispiel"}},
		{"de", "Von Max Beispiel, Frankfurt", []string{"Max Beispiel"}},
		{"de", "Von Anna Beispiel, ARD-Hauptstadtstudio", []string{"Anna Beispiel"}},
		{"de", "Von Lena Beispiel und Jonas Muster", []string{"Lena Beispiel", "Jonas Muster"}},
		{"de", "Ein Kommentar von Max Beispiel", []string{"Max Beispiel"}},
		{"de", "Von Anna von Beispiel, 12.03.2024, 14:23 Uhr", []string{"Anna von Beispiel"}},
		{"de", "Text: Max Beispiel", []string{"Max Beispiel"}},
		// Where a sports writer reports from, after the lead.
		{"en", "By Gareth Lindqvist at Carrick Lane", []string{"Gareth Lindqvist"}},
		{"en", "By Gareth Lindqvist at the Oval", []string{"Gareth Lindqvist"}},
		// A screen reader's label before the lead.
		{"en", "Author: By Hannah Pryce & Daniel Ashworth Lead weather presenter & NBS News, Brackenford", []string{"Hannah Pryce", "Daniel Ashworth"}},
		{"de", "Interview: Jonas Weber", []string{"Jonas Weber"}},
		// A blog's "Posted by" with its date after the name.
		{"en", "Posted by Hannah Cole on November 18, 2026", []string{"Hannah Cole"}},
		{"es", "Publicado por Carmen Ruiz el 2 de diciembre de 2026", []string{"Carmen Ruiz"}},
		{"de", "Geschrieben von Max Beispiel", []string{"Max Beispiel"}},
		{"de", "Das Interview führte Jonas Weber.", []string{"Jonas Weber"}},
		{"en", "Interview: Jane Doe", []string{"Jane Doe"}},
		{"it", "Intervista di Marco Rossi", []string{"Marco Rossi"}},
		// The newsroom before the writer, a dot between.
		{"it", "a cura della Redazione · Giulia Mantovani", []string{"Giulia Mantovani"}},
		{"de", "Von t-online, jmu", nil},
		// The writer's picture's alt text before the byline.
		{"it", "Marco Bellini di Marco Bellini, 2 marzo 2026 Tempo di lettura: 7 minuti", []string{"Marco Bellini"}},
		{"en", "Jane Doe By Jane Doe, IGN Staff", []string{"Jane Doe"}},
		{"es", "Álvaro Jiménez Álvaro Jiménez | Sevilla | 02/03/2026 - 22:47", []string{"Álvaro Jiménez"}},
		{"en", "Portrait of Marisol Quenby By Marisol Quenby Updated Dec 1, 2026 8 min read", []string{"Marisol Quenby"}},
		// The share buttons on the byline's line, after its date.
		{"it", "Marco Bellini di Marco Bellini, 2 marzo 2026 Tempo di lettura: 7 minuti Condividi su Facebook Condividi su X WhatsApp Telegram Copia link Voto Voto 8,5/10", []string{"Marco Bellini"}},
		{"en", "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", []string{"Louis Jacobson"}},
		{"en", "Chris Davies - Nov 19, 2019, 10:31 pm CST", []string{"Chris Davies"}},
		// Long, but what follows the dot is cut.
		{"fr", "Par Claire Martin, Publié le 3 mars 2026 à 07h00, modifié le 3 mars 2026 à 09h12 · Lecture 7 min.", []string{"Claire Martin"}},
		{"en", "By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"en", "By Jane Doe, John Roe and Mary Major", []string{"Jane Doe", "John Roe", "Mary Major"}},
		{"en", "By Jane Doe, CNN", []string{"Jane Doe"}},
		// The agency after the name, without a comma.
		{"en", "By Jane Doe Associated Press", []string{"Jane Doe"}},
		{"en", "By Jane Mary Doe AP", []string{"Jane Mary Doe"}},
		{"en", "By Jane Doe, John Roe", []string{"Jane Doe", "John Roe"}},
		// An outlet's local edition, named for the place after the dash.
		{"pt", "Por Juliana Albuquerque, Vértice Campinas — Campinas", []string{"Juliana Albuquerque"}},
		{"pt", "Por Ana Lima, João Souza — Campinas", []string{"Ana Lima", "João Souza"}},
		// A programme's host.
		{"fr", "Une émission de Margaux Delorme · Réalisation : Thomas Ferrand", []string{"Margaux Delorme"}},
		{"en", "By Jane Doe, John Roe, Mary Major", []string{"Jane Doe", "John Roe", "Mary Major"}},
		{"en", "By Jane Doe, New York", []string{"Jane Doe"}},
		{"en", "By Jane Doe, Los Angeles Times", []string{"Jane Doe"}},
		// A role before the name goes; a job's title is no name.
		{"en", "By Senior Reporter Jane Doe", []string{"Jane Doe"}},
		// A record's field of authors, as arXiv prints it.
		{"en", "Authors: Jane Kowalski, Ravi Menon, Li Wei", []string{"Jane Kowalski", "Ravi Menon", "Li Wei"}},
		// The writer's place of work after the name.
		{"en", "by Maria Lopez, University of Queensland", []string{"Maria Lopez"}},
		// What the writer does, in small letters after a comma.
		{"fr", "Par Claire Dumont, économiste, professeure à l’université de Lille", []string{"Claire Dumont"}},
		{"es", "Por Javier Ruiz, periodista", []string{"Javier Ruiz"}},
		{"de", "Von Ute Brandt, Institut für Physik der Universität Mainz", []string{"Ute Brandt"}},
		{"en", "By Jane Doe, Associated Press", []string{"Jane Doe"}},
		{"en", "By Jane Doe, Staff Writer", []string{"Jane Doe"}},
		{"en", "By Tom Ashdown, Local Democracy Reporter | Published: 12th February 2025, 6:05am", []string{"Tom Ashdown"}},
		// A title whose first words no pack knows as a desk.
		{"en", "By Martin Quayle, Northern Football Correspondent · Friday 22 November 2024, 4:30pm", []string{"Martin Quayle"}},
		// An agency that shares the report, after its word; a review's
		// score glued before the lead.
		{"de", "Von Katharina Weilmeyer und Jonas Brettschneider mit dpa", []string{"Katharina Weilmeyer", "Jonas Brettschneider"}},
		{"en", "8/10 By Marcus Delacroix-Webb | 18 March 2025 | 9 min read", []string{"Marcus Delacroix-Webb"}},
		// Two writers share their role, in the plural.
		{"en", "By Harriet Cole and Samuel Okafor, Education correspondents", []string{"Harriet Cole", "Samuel Okafor"}},
		{"en", "By Jane Doe, Harbour Reporter", []string{"Jane Doe"}},
		{"en", "By Tariq Malik, Mike Wall", []string{"Tariq Malik", "Mike Wall"}},
		// An agency's share after the names.
		{"de", "Von Jana Hollmeyer mit Material von dpa | 22.06.2025, 14:35 Uhr | Lesezeit: 5 Min.", []string{"Jana Hollmeyer"}},
		// A remark in brackets before the dot and the date.
		{"fr", "Par Hélène Maréchal (avec AFP) · Publié le 14 mars 2024 à 11h42 · Lecture 5 min", []string{"Hélène Maréchal"}},
		// A briefing's editor.
		{"en", "Compiled by Priya Halloran · Thursday 14 March 2024, 6.30am · 5 min read", []string{"Priya Halloran"}},
		{"de", "Von Max Beispiel, Bad Homburg", []string{"Max Beispiel"}},
		{"es", "Por Lucía Ejemplo, Nueva York", []string{"Lucía Ejemplo"}},
		{"en", "By MARIA EXAMPLE", []string{"MARIA EXAMPLE"}},
		{"en", "By Jane B. Doe", []string{"Jane B. Doe"}},
		{"en", "By Jane Doe - Staff Writer 2019-11-18T23:30:00Z", []string{"Jane Doe"}},
		{"en", "Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"en", "Maria Costa, Peter Hall, Aisha Bello", []string{"Maria Costa", "Peter Hall", "Aisha Bello"}},
		{"en", "Jane Doe, John Roe", []string{"Jane Doe"}},
		{"en", "Jane Doe, Los Angeles Times, Staff Writer", []string{"Jane Doe"}},
		{"en", "Tom Roe Political correspondent", []string{"Tom Roe"}},
		{"en", "Jane Doe Economics editor", []string{"Jane Doe"}},
		{"en", "Jane Doe in Brussels", []string{"Jane Doe"}},
		{"en", "Kevin Roe and Jane Doe USA TODAY", []string{"Kevin Roe", "Jane Doe"}},
		{"en", "Greg Example, Ap Sports Writer", []string{"Greg Example"}},
		{"en", "By Jonathan Example FOXBusiness", []string{"Jonathan Example"}},
		{"en", "By Bryan DeExample", []string{"Bryan DeExample"}},
		{"fr", "Par Marie Dupont", []string{"Marie Dupont"}},
		{"fr", "Marie Exemple.", []string{"Marie Exemple"}},
		{"fr", "par Sophie Exemple", []string{"Sophie Exemple"}},
		{"fr", "Par Marie Exemple et Paul Exemple", []string{"Marie Exemple", "Paul Exemple"}},
		{"fr", "Par Julie Exemple (Santiago, correspondante)", []string{"Julie Exemple"}},
		{"fr", "Julie Exemple - France Télévisions", []string{"Julie Exemple"}},
		{"fr", "Par Marie Dupont Publié le 18 janvier 2024 à 10h00", []string{"Marie Dupont"}},
		{"it", "di Marco Esempio", []string{"Marco Esempio"}},
		{"es", "Por María Ejemplo y Juan Muestra", []string{"María Ejemplo", "Juan Muestra"}},
		{"nl", "Door Jan de Voorbeeld", []string{"Jan de Voorbeeld"}},
		// A desk, not a person: a byline without a name.
		{"en", "By Staff Reports", nil},
		// The date first, as blogs print it.
		{"de", "Veröffentlicht am 12. Juni 2023 von Sabine Beispiel", []string{"Sabine Beispiel"}},
		{"en", "Posted on June 12, 2023 by Jane Doe", []string{"Jane Doe"}},
		{"es", "Publicado el 3 de mayo de 2023 por Lucía Ejemplo", []string{"Lucía Ejemplo"}},
		{"fr", "Publié le 14 mars 2024 par Marie Exemple", []string{"Marie Exemple"}},
		{"nl", "Gepubliceerd op 14 maart 2024 door Jan de Voorbeeld", []string{"Jan de Voorbeeld"}},
		{"it", "Pubblicato il 12 marzo 2024 da Maria Esempio", []string{"Maria Esempio"}},
		{"de", "Von Max Beispiel publiziert am 25. September 2018", []string{"Max Beispiel"}},
		// What sites print after the names that no name starts with.
		{"en", "By Jane Doe @janedoe Nov 18, 2019, 11:47am EST", []string{"Jane Doe"}},
		{"en", "By Jane Doe jane@example.com (509) 555-0100", []string{"Jane Doe"}},
		{"en", "By Jane Doe 2019-11-18T20:51:19Z Science & Astronomy", []string{"Jane Doe"}},
		{"en", "By Jane Doe On 11/13/19 at 4:00 PM EST Share", []string{"Jane Doe"}},
		{"en", "by Jane September 15, 2014 written by Jane", nil},
		{"en", "By Jane Doe Staff Writer", []string{"Jane Doe"}},
		// A word the packs do not know inside a role in title case.
		{"en", "By Maren Okafor Senior Fintech Editor", []string{"Maren Okafor"}},
		{"en", "By Maren Okafor, Senior Fintech Editor", []string{"Maren Okafor"}},
		// Names parted by a slash, with their date.
		{"es", "Lucía Arráez / Daniel Sotomayor 18/08/2024 - 09:47 h.", []string{"Lucía Arráez", "Daniel Sotomayor"}},
		{"en", "By Jane Doe / John Roe", []string{"Jane Doe", "John Roe"}},
		// The place filed from before the date, with a particle.
		{"es", "Lucía Arráez / Daniel Sotomayor Almenara del Río 18/08/2024 - 09:47 h.", []string{"Lucía Arráez", "Daniel Sotomayor"}},
		// A place of two words whose first the packs name as a place's.
		{"es", "María José Albarrán y Daniel Ocaña Puerto Valdemora — 27 may 2024 - 00:48 CEST", []string{"María José Albarrán", "Daniel Ocaña"}},
		{"es", "María José Albarrán Puerto Valdemora — 27 may 2024 - 00:48 CEST", []string{"María José Albarrán"}},
		// The date it was updated glued to the date after the dash.
		{"es", "María José Albarrán y Daniel Ocaña Puerto Valdemora — 27 may 2024 - 00:48 CEST Actualizado: 27 may 2024 - 02:15 CEST", []string{"María José Albarrán", "Daniel Ocaña"}},
		{"es", "María del Carmen Ruiz 18/08/2024 - 09:47 h.", []string{"María del Carmen Ruiz"}},
		// The writer's picture's placeholder before the lead.
		{"en", "[mare] By Maren Okafor · Published 14 October 2024", []string{"Maren Okafor"}},
		{"en", "[] By Maren Okafor · Published 14 October 2024", []string{"Maren Okafor"}},
		{"en", "[gif] Harriet Quillfeather", []string{"Harriet Quillfeather"}},
		// A word of a button may end a name after its lead.
		{"en", "By Jane Email", []string{"Jane Email"}},
		{"en", "By Jane Doe Business Columnist", []string{"Jane Doe"}},
		{"en", "By Mary Clare Example Senior Political Writer", []string{"Mary Clare Example"}},
		{"en", "By Mary Clare Example Editor", []string{"Mary Clare Example"}},
		{"en", "By Jane Doe, Senior Reviews Editor · Published 3 June 2024", []string{"Jane Doe"}},
		{"en", "By Jane Doe Deputy Travel Editor", []string{"Jane Doe"}},
		// A role between the comma and the date, and the caption a text
		// browser wrapped with the line.
		{"en", "By Jane Doe, Arts correspondent Sat 7 Mar 2026 07.00 GMT Parents cycle to school on a closed street in the rain", []string{"Jane Doe"}},
		// A second lead after the names, no comma between: the
		// writer's post, and what a text browser printed after it.
		{"it", "di Matteo Esempio dal nostro inviato a Marzano", []string{"Matteo Esempio"}},
		{"nl", "Door Maarten Voorbeeld vr 17 mei 2024, 17:48 Bijgewerkt: 18:05", []string{"Maarten Voorbeeld"}},
		// A blog's date published glued to its date updated.
		{"es", "Publicado el 3 de marzo de 20264 de marzo de 2026 por Lucía Ejemplo", []string{"Lucía Ejemplo"}},
		// A role with what it heads after the name, no comma between.
		{"de", "Sabine Beispiel Leiterin der Politikredaktion", []string{"Sabine Beispiel"}},
		{"de", "Von Sabine Beispiel, Leiterin der Politikredaktion", []string{"Sabine Beispiel"}},
		{"it", "di Matteo Esempio dal nostro inviato a Marzano 24 novembre 2024 - 22:47 Condividi Posta su X WhatsApp Telegram Email 23 commenti", []string{"Matteo Esempio"}},
	}
	for _, tt := range tests {
		by, ok := parseByline(phrases(t, tt.lang), tt.line)
		if !ok || !slices.Equal(by.authors, tt.authors) {
			t.Errorf("%s %q: byline %v, authors %q; want %q", tt.lang, tt.line, ok, by.authors, tt.authors)
		}
	}
}

// TestParseBylineRejects: sentences and labels that start like bylines or
// look like names are not bylines.
// TestParseBylineDatedRow: a bare name is dated where a part of the row
// after it is a date, after the place too.
func TestParseBylineDatedRow(t *testing.T) {
	for _, tt := range []struct {
		lang, line string
		dated      bool
	}{
		{"es", "Álvaro Jiménez | Sevilla | 02/03/2026 - 22:47", true},
		{"es", "Álvaro Jiménez · 2 de marzo de 2026", true},
		{"es", "Álvaro Jiménez | Sevilla | Deportes", false},
		// The writer's role after a comma, the outlet after another.
		{"en", "By Priya Castellan, Restaurant Critic · Published 6 November 2025 · 6 min read", true},
		{"en", "By Priya Castellan, Port Calder Life · Published 6 November 2025", false},
	} {
		if by, ok := parseByline(phrases(t, tt.lang), tt.line); !ok || by.dated != tt.dated {
			t.Errorf("%q: byline %v, dated %v; want dated %v", tt.line, ok, by.dated, tt.dated)
		}
	}
}

func TestParseBylineRejects(t *testing.T) {
	for _, tt := range []struct{ lang, line string }{
		// Without a lead, a name at a place is a headline.
		{"en", "Andy Murray at Wimbledon"},
		{"de", "Von Berlin nach Hamburg"},
		// A box's heading that starts with an article.
		{"de", "Das Wichtigste in Kürze"},
		{"en", "The Big Picture"},
		// A job offer's title: a role, and a desk's word where the
		// name would start.
		{"en", "Senior Backend Engineer (Payments)"},
		{"en", "Chief Product Officer"},
		{"de", "Von heute an gilt die neue Regel"},
		{"de", "Von Anfang an"},
		{"de", "Vonovia"},
		{"en", "By the end of the year, prices had doubled."},
		// Too long before its dot to be a byline.
		{"en", "By the end of the year the council had raised the fares twice and cut the number of buses on every route in the city · Read more"},
		{"en", "By Jane Doe?"},
		{"en", "Who is Jane Doe?"},
		{"en", "The council said on Monday"},
		{"en", "GIRLS BASKETBALL"},
		// A dateline that leads into the first paragraph.
		{"en", "New York CNN —"},
		{"en", "Crossword & Games"},
		{"en", "Cuyahoga County Insider Club"},
		{"en", "Secrets of Wealthy Women"},
		{"en", "On June 12 by the river we met"},
		{"en", "2023 by the numbers"},
		{"fr", "Par ailleurs, le gouvernement a annoncé une réforme."},
		{"fr", "Par exemple"},
		{"fr", "Sept nouvelles stations"},
		{"en", "Alex Example | Getty Images"},
		// Without a lead, a headline of a name and a job.
		{"en", "Introducing Jane Doe, New CEO at Acme"},
	} {
		if by, ok := parseByline(phrases(t, tt.lang), tt.line); ok && (len(by.authors) > 0 || !by.lead) {
			t.Errorf("%s %q read as a byline of %q", tt.lang, tt.line, by.authors)
		}
	}
	// A kicker that starts with a lead's word, a dot after it, is no
	// byline at all: a byline with its lead would make the headline
	// over it the line over the kicker.
	if by, ok := parseByline(phrases(t, "de"), "Interview · Sonnenschutz"); ok {
		t.Errorf("kicker read as a byline: %+v", by)
	}
	// "da" leads a byline only after its date; before a name, it is the
	// name's first word, which findBylines takes only where a bare name
	// stands.
	if by, _ := parseByline(phrases(t, "it"), "Da Maria Esempio"); by.lead {
		t.Errorf(`"Da Maria Esempio" read with a lead`)
	}
}

var bylinePipeline = []string{"unicode", "structure", "boilerplate", "dedupe", "credits", "headings"}

const (
	enTeaser = "Streets outside the schools will close to through traffic at drop-off and pick-up times"
	enBody1  = "The city council has approved plans to close the streets around three primary schools to through traffic during the school runs."
	enBody2  = "The scheme, known as a school street, will start in September, and other drivers who enter it face a fine."
)

// TestFindBylines: where a line stands decides whether a bare name is a
// byline. A byline leaves the body, and its names go to the metadata.
func TestFindBylines(t *testing.T) {
	tests := []struct {
		name, in, line string
		byline         bool
		authors        []string
	}{
		{
			"a bare name after the caption, without a date",
			"Council approves car-free zone\n" + enTeaser + "\nParents cycle to school on a closed street. Photograph: Jane Doe/The Guardian\nMaria Example\n" + enBody1 + "\n" + enBody2 + "\n",
			"Maria Example", true, []string{"Maria Example"},
		},
		{
			"a bare name next to the date",
			"Council approves car-free zone\nPublished\n12 March 2024\nShare\nJane Example\nBBC News, Leeds\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example", true, []string{"Jane Example"},
		},
		{
			"a bare name, its role, then the date",
			"Council approves car-free zone\n" + enTeaser + "\nJane Example\nTransport Correspondent\nWednesday 10 May 2023 14:02 BST\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example", true, []string{"Jane Example"},
		},
		{
			"a bare name over a job outside journalism, then the date",
			"Five lessons from ten years of remote work\nMaria Example\nHead of Engineering at Northwind\nPublished Dec 1, 2026\n" + enBody1 + "\n" + enBody2 + "\n",
			"Maria Example", true, []string{"Maria Example"},
		},
		{
			"a bare name over a role shaped like a name, then the date",
			"Council approves car-free zone\n" + enTeaser + "\nJane Example\nLocal Democracy Reporter\nPublished: 06:00, 29 Nov 2026\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example", true, []string{"Jane Example"},
		},
		{
			"a name with its outlet after a comma is a byline of its own",
			"Council approves car-free zone\n" + enTeaser + "\nJane ExampleBy\nJane Example, IGN Staff\nUpdated: 18 Nov 2019 9:38 pm\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example, IGN", true, []string{"Jane Example"},
		},
		{
			"a byline in a row of the header's facts",
			"Easy lemon drizzle cake\nPublished: Nov 20, 2026 · Modified: Nov 22, 2026 by Jane Example · 24 Comments\n" + enBody1 + "\n" + enBody2 + "\n",
			"Published: Nov 20", true, []string{"Jane Example"},
		},
		{
			"a bare name with its date on the line",
			"Council approves car-free zone\n" + enTeaser + "\nJane Example - Nov 19, 2019, 10:31 pm CST\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example", true, []string{"Jane Example"},
		},
		{
			"a bare name over a dateline",
			"Council approves car-free zone\n" + enTeaser + "\nJane Example\nLeeds - 14 March 2024 - 10:32 GMT\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example", true, []string{"Jane Example"},
		},
		{
			"bare names over the place they filed from and the date",
			"Council approves car-free zone\n" + enTeaser + "\nJane Example and John Roe\nTorrebaja del Río · Updated: 10/08/2024 - 21:37h\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example and", true, []string{"Jane Example", "John Roe"},
		},
		{
			"a sports writer's name and ground over the date",
			"Dunmere 2-1 Ashcombe: penalty settles derby\n" + enTeaser + "\nJane Example at Carrick Lane\nSat 9 Nov 2024 19.48 GMT\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example at", true, []string{"Jane Example"},
		},
		{
			"the ground may have an article",
			"Dunmere 2-1 Ashcombe: penalty settles derby\n" + enTeaser + "\nJane Example at the Grange\nSat 9 Nov 2024 19.48 GMT\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example at", true, []string{"Jane Example"},
		},
		{
			"a name and a ground over no date is no byline",
			"Dunmere 2-1 Ashcombe: penalty settles derby\n" + enTeaser + "\nJane Example at Carrick Lane\n" + enBody1 + "\n" + enBody2 + "\n",
			"Jane Example at", false, nil,
		},
		{
			"a label with a year or a row of scores is not a dated byline",
			"Council approves car-free zone\n" + enTeaser + "\nDeutsche Bahn - 2024\nPalm Bay 18 22 13 17 — 70\n" + enBody1 + "\n" + enBody2 + "\n",
			"Deutsche Bahn", false, nil,
		},
		{
			"a place before the outlet and a date is no name",
			"Council approves car-free zone\n" + enTeaser + "\nNew Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM\n" + enBody1 + "\n" + enBody2 + "\n",
			"New Delhi", false, nil,
		},
		{
			"a bare name right under the title, without a date, is not a byline",
			"Council approves car-free zone\nDeutsche Bahn\n" + enBody1 + "\n" + enBody2 + "\n",
			"Deutsche Bahn", false, nil,
		},
		{
			"a byline with its lead may stand right under the title",
			"Council approves car-free zone\nBy Jane Doe and John Roe\n" + enBody1 + "\n" + enBody2 + "\n",
			"By Jane Doe", true, []string{"Jane Doe", "John Roe"},
		},
		{
			"a name between body paragraphs is not in the header",
			"Council approves car-free zone\n" + enTeaser + "\n" + enBody1 + "\n" + enBody2 + "\nBy Jane Doe\n" + enBody1 + " Again.\n",
			"By Jane Doe", false, nil,
		},
		{
			"a name over a credit is a portrait's caption",
			"Council approves car-free zone\n" + enTeaser + "\nA caption of the lead picture at the school. Photograph: Jane Doe/Getty Images\nMaria Example\nPhotograph: John Roe/Reuters\n" + enBody1 + "\n" + enBody2 + "\n",
			"Maria Example", false, nil,
		},
		{
			"a dated byline wrapped together with the picture under it",
			"Council approves car-free zone\n" + enTeaser + "\nBy Jane Example, Transport correspondent Sat 7 Mar 2026 07.00 GMT Parents cycle to school on a closed street. Photograph: Jane Doe/The Guardian\n" + enBody1 + "\n" + enBody2 + "\n",
			"By Jane Example", true, []string{"Jane Example"},
		},
		{
			"a menu label after the caption is not a byline",
			"Council approves car-free zone\n" + enTeaser + "\nA caption of the lead picture at the school. Photograph: Jane Doe/Getty Images\nState Politics\nCity Hall\n" + enBody1 + "\n" + enBody2 + "\n",
			"State Politics", false, nil,
		},
	}
	for _, tt := range tests {
		doc := run(t, "en", tt.in, bylinePipeline...)
		b := block(t, doc, tt.line)
		got := b.Kind == document.Byline && b.Dropped
		if got != tt.byline || !slices.Equal(doc.Meta.Authors, tt.authors) {
			t.Errorf("%s: byline %v (want %v), authors %q (want %q)\n%s", tt.name, got, tt.byline, doc.Meta.Authors, tt.authors, verdicts(doc))
		}
		if !tt.byline && b.Kind == document.Heading {
			t.Errorf("%s: %q became a heading", tt.name, tt.line)
		}
	}
}

// TestHeaderAuthors: a byline in a blog's header, which the content
// filter cuts ("Veröffentlicht am 12. Juni 2023 von Sabine Krüger"),
// names the post's author; the commenters' names under it do not. The
// content filter leaves a byline under the headline to the credits
// filter, and reads one it dropped itself (see headerAuthors).
func TestHeaderAuthors(t *testing.T) {
	page := goldenPage(t, "de-blog-wordpress")
	// Three paragraphs more make the post too long to be trimmed as a
	// short page: the content filter cuts it as a whole one, header and
	// byline above the article.
	more := "\n" + body + "\n" + body2 + "\n" + strings.Repeat("Mehr Text zum Thema Tomaten, der im Artikel steht und ihn fortsetzt. ", 4) + "\n"
	text := strings.Replace(page, "\nWiederholen Sie", more+"Wiederholen Sie", 1)
	doc := run(t, "de", text, pagePipeline...)
	if b := block(t, doc, "Veröffentlicht am 12."); !b.Dropped {
		t.Fatalf("byline kept:\n%s", verdicts(doc))
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Sabine Krüger"}) {
		t.Errorf("authors %q, want [Sabine Krüger]:\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// A text browser glues the header's date to the share buttons under it
// ("Fri 14 Nov 2025 14.32 GMT First published on … Share on Facebook …"),
// a line the content filter drops with the page's header: the bare names
// over it are the byline all the same.
func TestFindBylinesOverADateGluedToButtons(t *testing.T) {
	doc := document.Parse("Council approves car-free zone\n\n" + enTeaser + "\n\nJane Example and John Roe\n\n" +
		"Fri 14 Nov 2025 14.32 GMT First published on Fri 14 Nov 2025 12.30 GMT Share on Facebook Share on X\n\n" + enBody1 + "\n\n" + enBody2 + "\n")
	doc.Lang = "en"
	doc.Blocks[0].Kind = document.Title
	block(t, doc, "Fri 14 Nov").Drop(contentName, "before the main text")
	p, err := NewPipeline([]string{"credits"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Example", "John Roe"}; !slices.Equal(doc.Meta.Authors, want) {
		t.Errorf("authors %q, want %q\n%s", doc.Meta.Authors, want, verdicts(doc))
	}
}

// TestFindBylinesContinuation: the byline's second line goes with it, but
// only a line shaped like an outlet, a role or a place.
func TestFindBylinesContinuation(t *testing.T) {
	doc := run(t, "en", "Council approves car-free zone\nBy Maria Example\nReporting from Chicago\n"+enBody1+"\n"+enBody2+"\n", bylinePipeline...)
	if b := block(t, doc, "Reporting from"); !b.Dropped || b.Kind != document.Byline {
		t.Errorf("second line of the byline kept:\n%s", verdicts(doc))
	}
	// The outlet printed above the name goes too.
	doc = run(t, "fr", "Les agriculteurs inquiets face au manque de pluie\nLes nappes restent basses dans le Finistère, et les restrictions pourraient venir bientôt.\nOuest-France\nMarie Exemple.\nPublié le 14/05/2023 à 08h15\n"+body+"\n"+body2+"\n", bylinePipeline...)
	if b := block(t, doc, "Ouest-France"); !b.Dropped || !slices.Equal(doc.Meta.Authors, []string{"Marie Exemple"}) {
		t.Errorf("outlet above the byline kept, authors %q:\n%s", doc.Meta.Authors, verdicts(doc))
	}
	// A role inside a compound word.
	doc = run(t, "de", "Länder fordern mehr Geld vom Bund\nVon Peter Beispiel\nPolitikredakteur\n"+body+"\n"+body2+"\n", bylinePipeline...)
	if b := block(t, doc, "Politikredakteur"); !b.Dropped {
		t.Errorf("role line kept:\n%s", verdicts(doc))
	}
	doc = run(t, "en", "Council approves car-free zone\nBy Maria Example\nSeven new stations\n"+enBody1+"\n"+enBody2+"\n", bylinePipeline...)
	if b := block(t, doc, "Seven new"); b.Dropped {
		t.Errorf("a line without an outlet, role or place dropped with the byline:\n%s", verdicts(doc))
	}
}

// TestFindBylinesLeadOnItsOwnLine: a site that prints the lead and the
// names in two elements ("By" / "Jane Doe") gets both lines read as one
// byline; a lead word before a line of prose is left alone.
func TestFindBylinesLeadOnItsOwnLine(t *testing.T) {
	doc := run(t, "de", "Länder fordern mehr Geld vom Bund\n\nVon\n\nPeter Beispiel\n\n"+body+"\n"+body2+"\n", bylinePipeline...)
	if b := block(t, doc, "Von"); !b.Dropped || b.Kind != document.Byline || !slices.Equal(doc.Meta.Authors, []string{"Peter Beispiel"}) {
		t.Errorf("lead and name kept, authors %q:\n%s", doc.Meta.Authors, verdicts(doc))
	}
	doc = run(t, "en", "Council approves car-free zone\n\nBy\n\nthe end of the year the zone will cover the old town.\n\n"+enBody1+"\n"+enBody2+"\n", bylinePipeline...)
	if b := block(t, doc, "By"); b.Dropped || len(doc.Meta.Authors) > 0 {
		t.Errorf("a lead word before prose read as a byline, authors %q:\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// TestAuthorBox: an author's biography after the article goes; a body
// paragraph that names someone else stays.
func TestAuthorBox(t *testing.T) {
	bio := "Maria Example covers housing and urban development for the Metro desk."
	other := "Maria Sample said the city would publish the first results in the spring."
	doc := run(t, "en", "Council approves car-free zone\nBy Maria Example\n"+enBody1+"\n"+enBody2+"\n"+other+"\n"+bio+"\n", bylinePipeline...)
	if b := block(t, doc, bio); !b.Dropped || !strings.Contains(b.Notes[0].Reason, "author box") {
		t.Errorf("author box kept:\n%s", verdicts(doc))
	}
	if b := block(t, doc, other); b.Dropped {
		t.Errorf("body paragraph dropped:\n%s", verdicts(doc))
	}
	// The name alone over the biography goes with it.
	doc = run(t, "en", "Council approves car-free zone\nBy Maria Example\n"+enBody1+"\n"+enBody2+"\nMaria Example\n"+bio+"\n", bylinePipeline...)
	if b := block(t, doc, "Maria Example"); !b.Dropped || !strings.Contains(b.Notes[len(b.Notes)-1].Reason, "author box") {
		t.Errorf("name over the author box not dropped with it:\n%s", verdicts(doc))
	}
	// Without a byline there is no author to recognise.
	doc = run(t, "en", "Council approves car-free zone\n"+enBody1+"\n"+enBody2+"\n"+bio+"\n", bylinePipeline...)
	if b := block(t, doc, bio); b.Dropped {
		t.Errorf("paragraph dropped without a byline:\n%s", verdicts(doc))
	}
}

// TestAuthorBoxUnderName: AP's box, the author's name in capitals over a
// biography that starts with the surname, goes with the name; a paragraph
// that starts with the surname under some other line stays.
func TestAuthorBoxUnderName(t *testing.T) {
	tests := []struct {
		name, above string
		drop        bool
	}{
		{"name in capitals", "MARIA EXAMPLE", true},
		{"name", "Maria Example", true},
		{"other person", "JOHN EXAMPLE", false},
		{"surname alone", "EXAMPLE", false},
	}
	bio := "Example covers housing and urban development for the Metro desk."
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\nBy Maria Example\n"+enBody1+"\n"+enBody2+"\n"+tt.above+"\n"+bio+"\n", bylinePipeline...)
		if b := block(t, doc, bio); b.Dropped != tt.drop {
			t.Errorf("%s: biography dropped %v, want %v\n%s", tt.name, b.Dropped, tt.drop, verdicts(doc))
		}
		if b := block(t, doc, tt.above); tt.drop && !b.Dropped {
			t.Errorf("%s: name over the biography kept\n%s", tt.name, verdicts(doc))
		}
	}
}

// TestAuthorBoxWithoutTheName: a biography that does not repeat the
// writer's name over it goes, after the article, with or without the job;
// under another person's name, or with the article going on under it, the
// paragraph is the article's.
func TestAuthorBoxWithoutTheName(t *testing.T) {
	tests := []struct {
		name, above, bio, after string
		drop                    bool
	}{
		{"the writer's job", "Maria Example", "Staff reporter on the Metro desk since 2014, covering housing and planning.", "", true},
		{"no job", "Maria Example", "Has followed the city's housing market since 2014 and lives in the old town.", "", true},
		{"another person", "John Example", "Staff reporter on the Metro desk since 2014, covering housing and planning.", "", false},
		{"the article goes on", "Maria Example", "The council will vote on the plans again before the end of the year.", "Shop owners on the high street say they were not asked, and they want the council to count the trade they lose before the zone is made permanent next spring.\n", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\nBy Maria Example\n"+enBody1+"\n"+enBody2+"\n"+tt.above+"\n"+tt.bio+"\n"+tt.after, bylinePipeline...)
		if b := block(t, doc, tt.bio); b.Dropped != tt.drop {
			t.Errorf("%s: biography dropped %v, want %v\n%s", tt.name, b.Dropped, tt.drop, verdicts(doc))
		}
	}
}

// TestAuthorBoxNamedOnTheSide: without a byline, a biography goes where
// the page prints the person's name on a short line of its own (under the
// author's picture) and the biography gives a job; the name alone, as a
// topic's tag, over a last paragraph without a job keeps the paragraph.
// An address in parentheses may stand between the name and the text.
func TestAuthorBoxNamedOnTheSide(t *testing.T) {
	tests := []struct {
		name, side, last string
		drop             bool
	}{
		{"job", "Maria Example", "Maria Example is a staff writer at the Harbour Post covering housing.", true},
		{"address", "Maria Example", "Maria Example (maria@example.com) is the editor of the Harbour Post.", true},
		{"no job", "Maria Example", "Maria Example is expected to present the first results in the spring.", false},
		{"not named", "Harbour Post", "Maria Example is a staff writer at the Harbour Post covering housing.", false},
		// "the Example" is no name: a sentence that starts in lower case.
		{"no name", "Read the Harbour Post", "the Harbour Post is a paper whose staff writer covers housing.", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\n\n"+tt.side+"\n\n"+enBody1+"\n\n"+enBody2+"\n\n"+tt.last+"\n", bylinePipeline...)
		if b := block(t, doc, tt.last); b.Dropped != tt.drop {
			t.Errorf("%s: dropped %v, want %v\n%s", tt.name, b.Dropped, tt.drop, verdicts(doc))
		}
	}
}

// TestAboutBox: an author's box headed "About <name>" goes with the
// biography under it, without a byline, also in capitals and with the
// name printed again over the biography; a company's box and a heading
// whose paragraph does not name the person stay. (A company of two
// capitalised words, "About Harbour Ferries", reads as a person's name.)
func TestAboutBox(t *testing.T) {
	tests := []struct {
		name, lang, box string
		drop            bool
	}{
		{"German", "de", "## Über Moritz Beispiel\n\nAls Vertriebsleiter bildet Moritz Beispiel die Schnittstelle zwischen Marketing und Vertrieb.", true},
		{"in capitals", "pt", "SOBRE CARLOS EXEMPLO\n\n## Carlos Exemplo\n\nPai de dois filhos, Carlos Exemplo é também coordenador pedagógico.", true},
		{"a company", "en", "## About Ferrylink\n\nFerrylink runs eight boats across the bay and employs 120 people.", false},
		{"not named under it", "en", "## About Maria Example\n\nThe council will publish the first results of the trial in the spring.", false},
		{"told in the first person", "es", "## Sobre Marta Echeverría Ruiz\n\nSoy navarra, maestra de primaria y cocinera de fin de semana.", true},
		{"a company with its legal form", "en", "## About Harbour Ferries\n\nHarbour Ferries Ltd runs eight boats across the bay.", false},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, "Council approves car-free zone\n\n"+enBody1+"\n\n"+enBody2+"\n\n"+tt.box+"\n", bylinePipeline...)
		last := doc.Blocks[len(doc.Blocks)-1]
		heading := block(t, doc, strings.TrimPrefix(strings.SplitN(tt.box, "\n", 2)[0], "## "))
		if last.Dropped != tt.drop || heading.Dropped != tt.drop {
			t.Errorf("%s: dropped %v (heading %v), want %v\n%s", tt.name, last.Dropped, heading.Dropped, tt.drop, verdicts(doc))
		}
	}
}

// A lead with only punctuation after it is not a byline, and no panic
// (found by FuzzCleanRoundTrip).
func TestBylineLeadAlone(t *testing.T) {
	book, err := lang.LoadPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`Von "`, "By –", "Par :"} {
		if _, ok := parseByline(book.Index(), s); ok {
			t.Errorf("%q read as a byline", s)
		}
	}
}

// TestFindBylinesAfterTheClaim: a fact check prints the claim and its
// rating, body text, over its byline; the byline with its lead and its date
// next to it is the header's still. Without the date it may be a
// quotation's credit, and stays.
func TestFindBylinesAfterTheClaim(t *testing.T) {
	for _, tt := range []struct {
		date string
		want []string
	}{
		{"Published March 14, 2025 · 6 min read\n\n", []string{"Jane Roe"}},
		{"", nil},
	} {
		text := "Did the council ban rain barrels?\n\n" + enTeaser + ".\n\n" +
			"Claim: The council voted to fine every household that keeps a rain barrel in its garden.\n\nRating: False\n\n" +
			enBody1 + "\n\nBy Jane Roe · Edited by John Doe\n\n" + tt.date + enBody2 + "\n"
		doc := run(t, "en", text, bylinePipeline...)
		if !slices.Equal(doc.Meta.Authors, tt.want) {
			t.Errorf("date %q: authors %q, want %q\n%s", tt.date, doc.Meta.Authors, tt.want, verdicts(doc))
		}
	}
}

// TestNamedBeforeDigit: a name with its date on one line has a few
// capitalised words before the date's digits; two names joined, up to a
// dot or a bar, twice as many.
func TestNamedBeforeDigit(t *testing.T) {
	for s, want := range map[string]bool{
		"Femke Wijnbergen 7 december 2026, 06:00":                                        true,
		"Anna Meier Dienstag, 11. November":                                              true,
		"Lucía Ferrándiz Olmo y Tomás Berrocal · Madrid · 01 mar 2025 - 07:30":           true,
		"Lucía Ferrándiz Olmo y Tomás Berrocal Madrid 01 mar 2025":                       false,
		"María José Albarrán y Daniel Ocaña Puerto Valdemora — 27 may 2024 - 00:48 CEST": true,
		"the council 7 december":                                                         false,
		"Opening 11.18.19":                                                               false,
	} {
		if got := namedBeforeDigit(s); got != want {
			t.Errorf("namedBeforeDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFindBylinesAvatarAlt: the writer's picture's alt text right over the
// byline is the byline's and names no second writer.
func TestFindBylinesAvatarAlt(t *testing.T) {
	doc := run(t, "de", "Stadtrat beschließt autofreie Zonen vor drei Schulen\n\nAvatar von Jana Beispiel\n\nVon Jana Beispiel\n\n14.10.2025, 18:42 Uhr\n\n"+
		"Der Stadtrat hat am Dienstag beschlossen, die Straßen vor drei Grundschulen zu den Schulzeiten für den Durchgangsverkehr zu sperren.\n", bylinePipeline...)
	if !slices.Equal(doc.Meta.Authors, []string{"Jana Beispiel"}) {
		t.Errorf("authors %q, want [Jana Beispiel]\n%s", doc.Meta.Authors, verdicts(doc))
	}
	if b := block(t, doc, "Avatar von"); !b.Dropped {
		t.Errorf("the alt text kept\n%s", verdicts(doc))
	}
}

// TestBareBylineButtonWords: what is left of a row of share buttons
// ("Email Copy", lynx's "Email (BUTTON) Copy link") is no bare name; a
// name with its lead may have such a word after the first.
func TestBareBylineButtonWords(t *testing.T) {
	ph := phrases(t, "en")
	if by, ok := parseByline(ph, "Email Copy"); ok {
		t.Errorf("\"Email Copy\" read as a byline of %q", by.authors)
	}
	if by, ok := parseByline(ph, "Jane Roe"); !ok || !slices.Equal(by.authors, []string{"Jane Roe"}) {
		t.Errorf("\"Jane Roe\": %v %q", ok, by.authors)
	}
}

// TestFindBylinesAfterABylineFirst: a byline right under the title is not
// the teaser; the lead image's caption under it does not end the header,
// and the article's byline after the caption is found, as it is when the
// first byline is gone (on a second run).
func TestFindBylinesAfterABylineFirst(t *testing.T) {
	const caption = "The governor, pictured at the White House in 2018, when she was a congresswoman. Her new campaign is raising eyebrows."
	for _, first := range []string{"Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM\nAlex Wong | Getty Images\n", ""} {
		doc := run(t, "en", "Council approves car-free zone\n"+first+caption+"\nBy Amy Example | Advance Media for NJ.com\n"+enBody1+"\n"+enBody2+"\n", bylinePipeline...)
		if b := block(t, doc, "By Amy Example"); !b.Dropped || b.Kind != document.Byline {
			t.Errorf("with %q first: the byline stayed\n%s", first, verdicts(doc))
		}
	}
}

// TestBylineSettles: when the credits filter runs, the page may have no
// title yet, and body text above the headline (content dropped the
// headline it had, and later what stood above it); once settling made
// the headline the title, the byline under it goes, as on a second run.
func TestBylineSettles(t *testing.T) {
	doc := document.Parse(body + "\n\n" + body2 + "\n\nStadtwerke bauen Wärmepumpen\n\nVon Erika Muster\n\n" + body + "\n\n" + body2 + "\n")
	doc.Lang = "de"
	c := applySettler(t, "credits", doc)
	b := block(t, doc, "Von Erika")
	if b.Dropped {
		t.Fatalf("byline under the text moved with no title above it:\n%s", verdicts(doc))
	}
	doc.Blocks[0].Drop(contentName, "before the main text")
	doc.Blocks[1].Drop(contentName, "before the main text")
	doc.Blocks[2].Kind = document.Title // as settling finds the title
	if err := c.Settle(doc); err != nil {
		t.Fatal(err)
	}
	if !b.Dropped || b.Kind != document.Byline {
		t.Errorf("byline under the settled title kept:\n%s", verdicts(doc))
	}
}

// TestBylineWithoutTitle: a text without a title has its header at its
// start: the byline among its first lines goes to the metadata (a
// podcast's "Hosted by …" under a headline the content filter did not
// find).
func TestBylineWithoutTitle(t *testing.T) {
	doc := document.Parse("Von Erika Muster\n\n" + body + "\n\n" + body2 + "\n")
	doc.Lang = "de"
	applySettler(t, "credits", doc)
	if b := block(t, doc, "Von Erika"); !b.Dropped || b.Kind != document.Byline || !slices.Equal(doc.Meta.Authors, []string{"Erika Muster"}) {
		t.Errorf("byline at the start kept, authors %q:\n%s", doc.Meta.Authors, verdicts(doc))
	}
	// The content filter dropped the byline with the page's header: its
	// names are the writers'; a bare name with its date may be a show's
	// over its day, which no headline tells without a title.
	for _, tt := range []struct {
		line string
		want []string
	}{
		{"Von Erika Muster", []string{"Erika Muster"}},
		{"Opening Bell 18.11.2019", nil},
	} {
		doc = document.Parse(tt.line + "\n\n" + body + "\n\n" + body2 + "\n")
		doc.Lang = "de"
		doc.Blocks[0].Drop(contentName, "before the main text")
		applySettler(t, "credits", doc)
		if !slices.Equal(doc.Meta.Authors, tt.want) {
			t.Errorf("%q dropped with the header: authors %q, want %q", tt.line, doc.Meta.Authors, tt.want)
		}
	}
	// A later part of a text cleaned in parts starts where it was cut.
	doc = document.Parse("Von Erika Muster\n\n" + body + "\n\n" + body2 + "\n")
	doc.Lang, doc.Meta.Continued = "de", true
	applySettler(t, "credits", doc)
	if b := block(t, doc, "Von Erika"); b.Dropped {
		t.Errorf("byline at a later part's start moved:\n%s", verdicts(doc))
	}
}

// TestStripPlace: a place after the name is capitalised words, after an
// article too; a word in small letters after the venue's word is a
// sentence's ("Jane Doe at odds With").
func TestStripPlace(t *testing.T) {
	ph := phrases(t, "en")
	tests := []struct{ in, want string }{
		{"Jane Doe at Carrick Lane", "Jane Doe"},
		{"Jane Doe at the Grange", "Jane Doe"},
		{"Jane Doe in Brussels", "Jane Doe"},
		{"Jane Doe at odds With", "Jane Doe at odds With"},
		{"Jane Doe at the", "Jane Doe at the"},
	}
	for _, tt := range tests {
		set := "byline venue"
		if strings.Contains(tt.in, " in ") {
			set = "byline place"
		}
		if got := strings.Join(stripPlace(ph, set, strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("stripPlace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestIsRole: a role word, or a compound that ends in one, also at the end
// of a word thousands of letters long (which isRole no longer folds once
// for each of its letters).
func TestIsRole(t *testing.T) {
	ph := phrases(t, "de")
	long := strings.Repeat("ç", 3000)
	for w, want := range map[string]bool{
		"Redakteur":              true,
		"Politikredakteur":       true,
		"Wirtschaftsredakteurin": true,
		"Redakteurs-Tisch":       false,
		"Haus":                   false,
		long + "redakteur":       true,
		long:                     false,
	} {
		if got := isRole(ph, w); got != want {
			t.Errorf("isRole(%.40q) = %v, want %v", w, got, want)
		}
	}
}

// TestUnglue: a role or desk a converter glued to the name goes; a name
// with a capital inside stays whole.
func TestUnglue(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Meg JamesStaff", "Meg James"},
		{"Jonathan GarberFOXBusiness", "Jonathan Garber"},
		{"Sandee LaMotte", "Sandee LaMotte"},
		{"Ronald McDonald", "Ronald McDonald"},
		{"Douglas MacArthur", "Douglas MacArthur"},
		{"Jane Doe", "Jane Doe"},
		{"LISA MASCARO", "LISA MASCARO"},
	} {
		if got := unglue(tt.in); got != tt.want {
			t.Errorf("unglue(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeaderAuthorsAboveArticle: on a whole page the title is the
// window's, a menu away from the headline; a byline dropped with the
// header right above the article still names its author, and one far
// from both the title and the article does not.
func TestHeaderAuthorsAboveArticle(t *testing.T) {
	var page strings.Builder
	page.WriteString("Council approves car-free zone around schools | Example Gazette\n\n")
	for i := range 2 * maxHeaderBlocks {
		if i == maxHeaderBlocks {
			page.WriteString("By Sam Sidebar\n\n") // a teaser's, in the menu
		}
		fmt.Fprintf(&page, "Menu item %d\n\n", i)
	}
	page.WriteString("Council approves car-free zone around schools\n\n" + enTeaser + "\n\nby Maria Example\n\n@mariaexample\n\n")
	page.WriteString(enBody1 + "\n\n" + enBody2 + "\n\n")
	doc := run(t, "en", page.String(), "unicode", "structure")
	if doc.Blocks[0].Kind != document.Title {
		t.Fatalf("first block is not the title:\n%s", verdicts(doc))
	}
	for i := 1; !strings.HasPrefix(doc.Blocks[i].Text, "The city"); i++ {
		doc.Blocks[i].Drop(contentName, "before the main text")
	}
	headerAuthors(phrases(t, "en"), doc, 0)
	if !slices.Equal(doc.Meta.Authors, []string{"Maria Example"}) {
		t.Errorf("authors %q, want [Maria Example]:\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// A byline with its lead that the boilerplate filter dropped with the
// share buttons under it, as a run of short lines, still names the
// writer.
func TestHeaderAuthorsInARunOfShortLines(t *testing.T) {
	doc := run(t, "de", "Einbrecher räumen Bäckerei-Kasse leer\n\nVon Cornelia Brandstätter\n\nTeilen\n\n"+
		"Ein nächtlicher Einbruch in Bad Seltenbach hat die Polizei am Wochenende beschäftigt, wie sie am Montag mitteilte.\n", "unicode", "structure")
	block(t, doc, "Von Cornelia").Drop(boilerplateName, shortRunReason)
	block(t, doc, "Teilen").Drop(boilerplateName, shortRunReason)
	headerAuthors(phrases(t, "de"), doc, 0)
	if !slices.Equal(doc.Meta.Authors, []string{"Cornelia Brandstätter"}) {
		t.Errorf("authors %q, want [Cornelia Brandstätter]:\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// TestAddAuthors: what goes to the metadata of the names a byline gave.
func TestAddAuthors(t *testing.T) {
	doc := &document.Document{}
	addAuthors(phrases(t, "en"), doc, []string{
		"Sean Martin Sean Martin",      // a link's text and its title
		"Marta IglesiasMarta Iglesias", // a picture's alt text glued to the link's
		"Meg JamesStaff",               // the next element's desk
		"India Post News Weekly",       // outlets where a name stands
		"JERUSALEM POST",
		"European Space Agency",
		"Local Democracy Reporting Service",
		"Communications Office",  // a press office
		"Finch Building Society", // a sponsor ("Presented by …")
		"Jane Doe",
		"JANE DOE", // once
		// Names in capitals are written as names are.
		"MARY CLARE O'EXAMPLE",
		"ANNA VON BEISPIEL",
		"JEAN-PIERRE EXEMPLE",
	})
	if want := []string{"Sean Martin", "Marta Iglesias", "Meg James", "Jane Doe", "Mary Clare O'Example", "Anna von Beispiel", "Jean-Pierre Exemple"}; !slices.Equal(doc.Meta.Authors, want) {
		t.Errorf("authors %q, want %q", doc.Meta.Authors, want)
	}
	// The site's name the breadcrumb starts with, a byline's outlet
	// shaped like a second writer; a name only named in the text is a
	// writer's.
	for _, crumb := range []string{"Portal Horizonte > Saúde > Dengue", "Portal Horizonte >"} {
		doc = document.Parse(crumb + "\n\nPortal Horizonte publica hoje o boletim.\n")
		doc.Blocks[0].Drop(boilerplateName, breadcrumbReason)
		addAuthors(phrases(t, "pt"), doc, []string{"Juliana Matos Ribeiro", "Portal Horizonte"})
		if want := []string{"Juliana Matos Ribeiro"}; !slices.Equal(doc.Meta.Authors, want) {
			t.Errorf("under %q: authors %q, want %q", crumb, doc.Meta.Authors, want)
		}
	}
	// Names joined by a slash on the byline's line, or named in the
	// text, are writers.
	doc = document.Parse("Juliana Matos Ribeiro / Portal Horizonte\n\nPortal Horizonte publica hoje o boletim.\n")
	addAuthors(phrases(t, "pt"), doc, []string{"Juliana Matos Ribeiro", "Portal Horizonte"})
	if want := []string{"Juliana Matos Ribeiro", "Portal Horizonte"}; !slices.Equal(doc.Meta.Authors, want) {
		t.Errorf("no breadcrumb: authors %q, want %q", doc.Meta.Authors, want)
	}
}

// TestBareBylineOverDateInHeader: a bare name over its date line, which the
// content filter dropped with the page's header, is the article's byline;
// a menu's items over no date are not.
func TestBareBylineOverDateInHeader(t *testing.T) {
	const page = `Portada
España
Internacional
Economía
Deportes
Suscríbete
Iniciar sesión
El precio del aceite de oliva baja por primera vez en tres años
La buena cosecha en Andalucía empieza a notarse en los supermercados
Laura Martín
Madrid - 05 dic 2026 - 10:15 CET
Compartir en Facebook
El precio del aceite de oliva virgen extra ha bajado un 18 % en el último mes, según los datos publicados este jueves por el Ministerio.
La cosecha de este año, que ya ha empezado en la mayoría de las almazaras, será según las cooperativas un 40 % mayor que la anterior.
Los consumidores tendrán que esperar unas semanas más para notar la rebaja en el precio final, ya que las cadenas aún venden aceite caro.
Archivado en
Aceite de oliva
Agricultura
Comentarios
`
	doc := run(t, "es", page, "structure", "boilerplate", "dedupe", "content", "credits")
	if !slices.Equal(doc.Meta.Authors, []string{"Laura Martín"}) {
		t.Errorf("authors %q\n%s", doc.Meta.Authors, verdicts(doc))
	}
	doc = run(t, "es", strings.Replace(page, "Madrid - 05 dic 2026 - 10:15 CET\n", "", 1), "structure", "boilerplate", "dedupe", "content", "credits")
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("a name over no date: authors %q", doc.Meta.Authors)
	}
	// The place on a line of its own between the two, the button to
	// follow the writer, as a blogging platform prints it, or the
	// writer's handle.
	for _, between := range []string{"Madrid\n05 dic 2026 - 10:15 CET\n", "Seguir\n05 dic 2026 - 10:15 CET\n", "@lauramartin\n05 dic 2026 - 10:15 CET\n"} {
		doc = run(t, "es", strings.Replace(page, "Madrid - 05 dic 2026 - 10:15 CET\n", between, 1), "structure", "boilerplate", "dedupe", "content", "credits")
		if !slices.Equal(doc.Meta.Authors, []string{"Laura Martín"}) {
			t.Errorf("%q under the name: authors %q\n%s", between, doc.Meta.Authors, verdicts(doc))
		}
	}
	// A measure is no date, though "m" may be minutes: a wiki's
	// infobox ("Maximale Tiefe" over "14,5 m").
	doc = run(t, "es", strings.Replace(page, "Madrid - 05 dic 2026 - 10:15 CET\n", "14,5 m\n", 1), "structure", "boilerplate", "dedupe", "content", "credits")
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("a name over a measure: authors %q\n%s", doc.Meta.Authors, verdicts(doc))
	}
	doc = run(t, "es", strings.Replace(page, "Madrid - 05 dic 2026 - 10:15 CET\n", "Madrid\n", 1), "structure", "boilerplate", "dedupe", "content", "credits")
	if len(doc.Meta.Authors) != 0 {
		t.Errorf("a name over a place and no date: authors %q", doc.Meta.Authors)
	}
	// Between the section's labels and the buttons, the name, the place
	// and the date go with a run of short lines.
	short := strings.Replace(page, "Madrid - 05 dic 2026 - 10:15 CET\nCompartir en Facebook\n", "Madrid\n05 dic 2026 - 10:15 CET\nComenta\nCompartir\n", 1)
	short = strings.Replace(short, "Iniciar sesión\n", "Iniciar sesión\nEspaña\nAgricultura\n", 1)
	doc = run(t, "es", short, "structure", "boilerplate", "dedupe", "content", "credits")
	if b := block(t, doc, "Laura Martín"); dropReason(b) != shortRunReason || !slices.Equal(doc.Meta.Authors, []string{"Laura Martín"}) {
		t.Errorf("name in a run of short lines (%q): authors %q\n%s", dropReason(b), doc.Meta.Authors, verdicts(doc))
	}
}

// pagePipeline runs the filters a whole page needs before its header's
// bylines are read.
var pagePipeline = []string{"unicode", "structure", "boilerplate", "dedupe", "content", "credits", "headings"}

// TestBylineInHeaderNeedsItsEvidence: a bare name gone with the page's
// header names the writer where the line under it says so, and not
// without that line: a sports writer's name with the ground after it
// ("Callum Heathcote at Ferrier Road") over the date; a guest's column's
// name over the biography, which starts with the name and says the job,
// over the date (a sentence about the name that says no job is no
// biography).
func TestBylineInHeaderNeedsItsEvidence(t *testing.T) {
	for _, tt := range []struct {
		name, lang, golden string
		byline             string // the name's line, dropped as the byline ("" not asked)
		authors            []string
		evidence, instead  string // the line that makes it a byline, and what replaces it
	}{
		{"a venue byline over the date", "en", "en-sport-w3m-dump-match-report-venue", "Callum Heathcote at", []string{"Callum Heathcote"},
			"Sat 9 Nov 2024 19.48 GMT · Last modified on Sat 9 Nov 2024 21.12 GMT\n", ""},
		{"a bare name over its biography", "es", "es-tribuna-elinks-dump-name-over-biography", "", []string{"Marta Irigoyen Salcedo"},
			"Marta Irigoyen Salcedo es catedrática de Geografía Física en la\n   Universidad de Valdemora y directora del Observatorio de Recursos Hídricos\n   del Sureste.",
			"Marta Irigoyen Salcedo vive desde hace años en Valdemora, cerca del río."},
	} {
		page := goldenPage(t, tt.golden)
		doc := run(t, tt.lang, page, pagePipeline...)
		if !slices.Equal(doc.Meta.Authors, tt.authors) {
			t.Errorf("%s: authors %q, want %q\n%s", tt.name, doc.Meta.Authors, tt.authors, verdicts(doc))
		}
		if tt.byline != "" {
			if b := block(t, doc, tt.byline); !b.Dropped {
				t.Errorf("%s: byline kept\n%s", tt.name, verdicts(doc))
			}
		}
		if !strings.Contains(page, tt.evidence) {
			t.Fatalf("%s: the page's line that makes the byline is gone", tt.name)
		}
		doc = run(t, tt.lang, strings.Replace(page, tt.evidence, tt.instead, 1), pagePipeline...)
		if len(doc.Meta.Authors) != 0 {
			t.Errorf("%s: without that line, authors %q\n%s", tt.name, doc.Meta.Authors, verdicts(doc))
		}
	}
}

// TestGluedBylineOverMatchBox: the dated byline lynx glued to the
// standfirst ("… a puestos europeos. Por Nacho Berrocal Valdoria
// 07/12/2024 - 23:14 …") stands where a byline does: the line over it is
// the headline, though the match's box under it (goals, line-ups) pushed it
// out of the lines scanned, and it names the writer, the name as the
// writer's biography prints it.
func TestGluedBylineOverMatchBox(t *testing.T) {
	page := goldenPage(t, "es-sport-lynx-dump-match-box-glued-byline")
	doc := run(t, "es", page, pagePipeline...)
	if want := "El Valdoria remonta al Castrillo con un doblete de Iker Salvatierra (3-2)"; doc.Meta.Title != want {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, want, verdicts(doc))
	}
	if !slices.Equal(doc.Meta.Authors, []string{"Nacho Berrocal"}) {
		t.Errorf("authors %q\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// TestBareBylineOverDatedRow: the name's line may hold a second writer's
// link and the place after a bar, and the date's the caption a converter
// glued to it; a breadcrumb's last link over the date is no name, nor is
// the site's name the page's title ends with.
func TestBareBylineOverDatedRow(t *testing.T) {
	const title = "El precio del aceite de oliva baja por primera vez en tres años\n\n"
	const dated = "   05/12/2026 10:15 · Actualizado: 05/12/2026 12:40 · 5 minutos de lectura Olivos en una finca de Jaén, este jueves. Foto: Ana Ruiz / El Diario\n\n"
	const body = "   El precio del aceite de oliva virgen extra ha bajado un 18 % en el último mes, según los datos publicados este jueves por el Ministerio.\n"
	refs := "\nReferences\n\n"
	for k := 1; k <= 30; k++ {
		refs += fmt.Sprintf("  %2d. https://example.org/%d\n", k, k)
	}
	for _, tt := range []struct {
		name, byline string
		want         []string
	}{
		{"two writers", "   [23]Laura Martín y [24]Pedro Ruiz | Madrid\n", []string{"Laura Martín", "Pedro Ruiz"}},
		{"a crumb", "   [1]Portada > [2]Economía > [3]Mercados Agrarios\n", nil},
	} {
		doc := run(t, "es", title+tt.byline+dated+body+refs, "unicode", "structure")
		doc.Blocks[0].Kind, doc.Meta.Title = document.Title, doc.Blocks[0].Text
		for i := 1; !strings.HasPrefix(doc.Blocks[i].Text, "El precio del aceite de oliva virgen"); i++ {
			if !doc.Blocks[i].Dropped {
				doc.Blocks[i].Drop(contentName, "before the main text")
			}
		}
		headerAuthors(phrases(t, "es"), doc, 0)
		if !slices.Equal(doc.Meta.Authors, tt.want) {
			t.Errorf("%s: authors %q, want %q\n%s", tt.name, doc.Meta.Authors, tt.want, verdicts(doc))
		}
	}
	for _, tt := range []struct {
		title, name string
		want        bool
	}{
		{"Spokane agencies divided | The Spokesman-Review", "The Spokesman-Review", true},
		{"Oil prices fall – The Harbour Post", "The Harbour Post", true},
		{"Laura Martín", "Laura Martín", false},
		{"Interview with Laura Martín", "Laura Martín", false},
	} {
		if got := titledSite(tt.title, tt.name); got != tt.want {
			t.Errorf("titledSite(%q, %q) = %v, want %v", tt.title, tt.name, got, tt.want)
		}
	}
}

// TestPrintedName: a byline that ran the place into the name gives the
// name the writer's box prints, on a line of its own or at the start of the
// biography that names the writer's job; a paragraph that starts with a
// shorter name and says no job is the article's.
func TestPrintedName(t *testing.T) {
	ph := phrases(t, "es")
	doc := document.Parse("Por Laura Martín Olmo Castromar 05/12/2026\n\nTexto.\n\nLaura Martín Olmo\n\nRedactora de Economía.\n\n" +
		"Nacho Berrocal es redactor de la sección de fútbol desde 2015.\n\nAna Ruiz marcó el segundo gol en el minuto 80.\n")
	for _, tt := range []struct{ name, want string }{
		{"Laura Martín Olmo Castromar", "Laura Martín Olmo"},
		{"Laura Martín Olmo", "Laura Martín Olmo"},
		{"Pedro Ruiz Castromar", "Pedro Ruiz Castromar"},
		{"Nacho Berrocal Valdoria", "Nacho Berrocal"},
		{"Ana Ruiz Valdoria", "Ana Ruiz Valdoria"},
	} {
		if got := printedName(ph, doc, tt.name); got != tt.want {
			t.Errorf("printedName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestDatedNameInHeader: a bare name with its date on one line, which the
// content filter dropped with the page's header, is the article's byline,
// under a standfirst the content filter kept too; a date's own words and
// the headline's start with a date are not.
func TestDatedNameInHeader(t *testing.T) {
	for _, tt := range []struct{ lang, byline, want string }{
		{"nl", "Femke Wijnbergen 7 december 2026, 06:00", "Femke Wijnbergen"},
		{"en", "Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago", ""},
		{"nl", "Wie de huur 7 december 2026, 06:00", ""},
	} {
		doc := run(t, tt.lang, "Wie de huur amper kan betalen, koopt geen warmtepomp\n\nColumn\n\n"+tt.byline+"\n\nDeel dit artikel\n\n"+
			"Vorige week stond ik in de rij bij de bakker achter een vrouw die haar boodschappen in drieën afrekende.\n", "unicode", "structure")
		if doc.Blocks[0].Kind != document.Title {
			t.Fatalf("first block is not the title:\n%s", verdicts(doc))
		}
		for i := 1; !strings.HasPrefix(doc.Blocks[i].Text, "Vorige"); i++ {
			doc.Blocks[i].Drop(contentName, "before the main text")
		}
		headerAuthors(phrases(t, tt.lang), doc, 0)
		if got := strings.Join(doc.Meta.Authors, "; "); got != tt.want {
			t.Errorf("%q: authors %q, want %q\n%s", tt.byline, got, tt.want, verdicts(doc))
		}
	}
	// The standfirst the content filter kept under the title, the byline
	// under it dropped with the header.
	doc := run(t, "nl", "Wie de huur amper kan betalen, koopt geen warmtepomp\n\n"+
		"Het kabinet wil dat huishoudens massaal verduurzamen, maar de subsidies belanden vooral bij wie het al goed heeft.\n\n"+
		"Femke Wijnbergen 7 december 2026, 06:00\n\nDeel dit artikel\n\n"+
		"Vorige week stond ik in de rij bij de bakker achter een vrouw die haar boodschappen in drieën afrekende.\n", "unicode", "structure")
	block(t, doc, "Femke").Drop(contentName, "before the main text")
	block(t, doc, "Deel dit").Drop(contentName, "before the main text")
	headerAuthors(phrases(t, "nl"), doc, 0)
	if !slices.Equal(doc.Meta.Authors, []string{"Femke Wijnbergen"}) {
		t.Errorf("under a kept standfirst: authors %q\n%s", doc.Meta.Authors, verdicts(doc))
	}
}

// A newsroom printed where a byline stands ("Redacción Sevilla" over the
// date) names no writer: it is the article's credit.
func TestFindBylinesNewsroom(t *testing.T) {
	const es1 = "La Feria de Abril de 2027 durará un día más, según ha aprobado este viernes el pleno del Ayuntamiento de Sevilla."
	const es2 = "La medida, que ya se probó en 2024, ha contado con el apoyo de la mayoría de los grupos municipales del pleno."
	doc := run(t, "es", "La Feria tendrá un día más\nRedacción Sevilla\n05 Diciembre, 2026 - 12:10h\n"+es1+"\n"+es2+"\n", bylinePipeline...)
	if len(doc.Meta.Authors) != 0 || !slices.Contains(doc.Meta.Credits, "Redacción Sevilla") {
		t.Errorf("authors %q, credits %q; want the newsroom as a credit\n%s", doc.Meta.Authors, doc.Meta.Credits, verdicts(doc))
	}
}

// TestBylineOfAnAgency: a byline that names an agency and no writer
// credits the agency, once.
func TestBylineOfAnAgency(t *testing.T) {
	for _, tt := range []struct{ lang, line, credit string }{
		{"nl", "Door ANP", "ANP"},
		{"en", "By Reuters", "Reuters"},
		{"fr", "Par AFP", "AFP"},
	} {
		doc := run(t, tt.lang, "Council approves car-free zone\n"+tt.line+"\n"+enBody1+"\n"+enBody2+"\n"+tt.credit+"\n", bylinePipeline...)
		if b := block(t, doc, tt.line); !b.Dropped {
			t.Errorf("%q kept:\n%s", tt.line, verdicts(doc))
		}
		if !slices.Equal(doc.Meta.Credits, []string{tt.credit}) || len(doc.Meta.Authors) > 0 {
			t.Errorf("%q: credits %q, authors %q; want [%s]", tt.line, doc.Meta.Credits, doc.Meta.Authors, tt.credit)
		}
	}
}

// A writer's role in brackets before the byline's date ends the names, as
// it does at the line's end: the byline goes to the metadata, and is no
// subheading.
func TestBylineRoleBeforeDate(t *testing.T) {
	body := "Tout Saint-Aubin-des-Combes ou presque est passé un jour par sa classe, et tout le village se souvient de cette institutrice qui fut aussi maire.\n\n"
	doc := run(t, "fr", "# Jeanne Morvillier s'est éteinte à 91 ans\n\nPendant plus de trente ans, elle a appris à lire aux enfants du village.\n\n"+
		"Par Odile Castagnet (correspondante locale) Le 04/03/2026 à 06:15 Lecture : 2 min\n\n"+body+body, "structure", "credits", "headings")
	if !slices.Equal(doc.Meta.Authors, []string{"Odile Castagnet"}) {
		t.Errorf("authors %q, want Odile Castagnet", doc.Meta.Authors)
	}
	if b := block(t, doc, "Par Odile"); !b.Dropped || b.Kind == document.Heading {
		t.Errorf("byline kept as a %v", b.Kind)
	}
}

// The writer's name the page links to ends where its link does: the place
// after it, printed with no mark between, is no part of it. A name without
// a link keeps its words (Spanish names have two surnames).
func TestBylineLinkedName(t *testing.T) {
	body := "La escritora zamorana publica una novela coral sobre tres generaciones de mujeres en un pueblo de Sayago, y habla de la memoria y del silencio en las familias.\n\n"
	for _, tt := range []struct{ line, want string }{
		{"Por [Marta Lozano Ibáñez](/autores/marta-lozano-ibanez) Madrid, 7 de octubre de 2024", "Marta Lozano Ibáñez"},
		{"Por Marta Lozano Ibáñez, 7 de octubre de 2024", "Marta Lozano Ibáñez"},
		// html-to-text's link takes the lead in.
		{"Por Marta Lozano Ibáñez [/autores/marta-lozano-ibanez] Madrid, 7 de octubre de 2024", "Marta Lozano Ibáñez"},
		{"Por [María José García López](/autores/mjgl), 7 de octubre de 2024", "María José García López"},
	} {
		doc := run(t, "es", "# Inés Vallejo: «Escribo para entender»\n\n"+tt.line+"\n\n"+body+body, "structure", "credits")
		if !slices.Equal(doc.Meta.Authors, []string{tt.want}) {
			t.Errorf("%q: authors %q, want [%s]", tt.line, doc.Meta.Authors, tt.want)
		}
	}
}

// A box about a name that its text gives a company's legal form is the
// company's: it stays with the press release.
func TestCompanyNamed(t *testing.T) {
	ph := phrases(t, "en")
	for _, tt := range []struct {
		s, name string
		want    bool
	}{
		{"Northwake Robotics, Inc. builds autonomous systems.", "Northwake Robotics", true},
		{"Die Hallberg Pumpentechnik GmbH mit Sitz in Esslingen entwickelt Pumpen.", "Hallberg Pumpentechnik", true},
		{"Harbour Ferries Ltd runs six boats.", "Harbour Ferries", true},
		{"Moritz Beispiel ist Sales Manager und bildet Verkäufer aus.", "Moritz Beispiel", false},
		{"Jane Doe, a former reporter, writes about ferries.", "Jane Doe", false},
	} {
		if got := companyNamed(ph, tt.s, tt.name); got != tt.want {
			t.Errorf("companyNamed(%q, %q) = %v, want %v", tt.s, tt.name, got, tt.want)
		}
	}
}

// A forum post's header names its poster by the user's name, one word
// between the lead and the date.
func TestPostHeaderName(t *testing.T) {
	for _, tt := range []struct{ lang, s, want string }{
		{"de", "Beitrag von KrustenKalle » Mo 9. Nov 2026, 19:42", "KrustenKalle"},
		{"en", "Post by greenthumb84 » Mon Aug 10, 2026 9:14 am", "greenthumb84"},
		{"en", "By Jane Doe » Mon Aug 10, 2026", ""},
		{"de", "Mehr zum Thema » Brot", ""},
	} {
		if got := postHeaderName(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("postHeaderName(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestFindBylinesGluedUnderTeaser: lynx prints the byline on the line
// under the teaser's last, where its lead's word would have fit, and the
// parser joins the two: the byline is cut from the teaser. A sentence
// that starts with a lead's word, and a lead's word without a date after
// the names, stay.
func TestFindBylinesGluedUnderTeaser(t *testing.T) {
	const teaser = "Parents will no longer be able to drive to the school gates at three primary schools."
	tests := []struct {
		glued   string
		authors []string
	}{
		{" By Amy Example and Tom Sample 21 November 2024, 06:00 4 min read", []string{"Amy Example", "Tom Sample"}},
		{" By Amy Example | November 21, 2024", []string{"Amy Example"}},
		{" By contrast, drivers on 21 November 2024 may still park.", nil},
		{" By Amy Example and Tom Sample", nil},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Council approves car-free zone\n\n"+teaser+tt.glued+"\n\n"+enBody1+"\n\n"+enBody2+"\n", bylinePipeline...)
		b := block(t, doc, "Parents will")
		want := teaser
		if tt.authors == nil {
			want += tt.glued
		}
		if b.Text != want || b.Dropped || !slices.Equal(doc.Meta.Authors, tt.authors) {
			t.Errorf("%q: teaser %q, authors %q; want %q, %q\n%s", tt.glued, b.Text, doc.Meta.Authors, want, tt.authors, verdicts(doc))
		}
	}
}

// A writer's widget prints a follow button after the name, past a dot:
// the button says whose name it is, as a lead does, and the headline
// finder asks for a byline with its lead.
func TestBylineFollowButton(t *testing.T) {
	for _, tt := range []struct {
		lang, line string
		want       []string
		lead       bool
	}{
		{"fr", "Solène Varenne-Abadie · Suivre", []string{"Solène Varenne-Abadie"}, true},
		{"en", "Jane Doe | Follow", []string{"Jane Doe"}, true},
		{"de", "Anna Beispiel · Folgen", []string{"Anna Beispiel"}, true},
		// A button alone names no one.
		{"en", "· Follow", nil, false},
	} {
		ph := phrases(t, tt.lang)
		by, ok := parseByline(ph, tt.line)
		if !slices.Equal(by.authors, tt.want) || by.lead != tt.lead {
			t.Errorf("%s %q: byline %v, authors %q, lead %v; want %q, lead %v", tt.lang, tt.line, ok, by.authors, by.lead, tt.want, tt.lead)
		}
		if got := ledByline(ph, &document.Block{Kind: document.Paragraph, Text: tt.line}); got != tt.lead {
			t.Errorf("%s %q: ledByline %v, want %v", tt.lang, tt.line, got, tt.lead)
		}
	}
}

// TestBoxedValue: a value under its label in a box of facts is no name; a
// name under a byline's lead on its own line is.
func TestBoxedValue(t *testing.T) {
	ph := phrases(t, "fr")
	doc := func(lines ...string) *document.Document {
		d := &document.Document{}
		for _, l := range lines {
			d.Blocks = append(d.Blocks, document.Block{Kind: document.Paragraph, Text: l})
		}
		return d
	}
	if !boxedValue(ph, doc("Pays", "France, Belgique", "Distributeur", "Contrevent Distribution"), 3) {
		t.Error("a distributor under its label is a writer")
	}
	if boxedValue(ph, doc("Cinéma", "La critique", "Par", "Sophie Marchetti"), 3) {
		t.Error("a name under the byline's lead is a fact's value")
	}
	if boxedValue(ph, doc("Distributeur", "Contrevent Distribution"), 1) {
		t.Error("a single label makes a box of facts")
	}
}
