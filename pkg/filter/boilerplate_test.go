package filter

import (
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

var pre = []string{"unicode", "structure", "boilerplate"}

const body = "Die Stadtwerke investieren in den kommenden zehn Jahren rund 800 Millionen Euro in neue Anlagen."

func TestBoilerplateDrops(t *testing.T) {
	tests := []struct {
		lang, line, reason string
	}{
		{"de", "Abonnieren bei", "podcast widget"},
		{"de", "Podcast Cover", "podcast widget"},
		{"de", "Die Wiedergabe wurde unterbrochen.", "media player"},
		{"de", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es zu einem späteren Zeitpunkt erneut.", "error message"},
		{"de", "Anzeige", "advertising label"},
		{"de", "Jetzt abonnieren", "subscription prompt"},
		{"de", "3 Min. Lesezeit", "timestamp or reading time"},
		{"de", "Stand: 17.01.2022, 14:32 Uhr", "timestamp or reading time"},
		{"de", "vor 2 Stunden", "timestamp or reading time"},
		{"de", "Lesen Sie auch: Was die Reform für Mieter bedeutet", "related articles"},
		{"de", "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "consent notice"},
		{"de", "Zum Inhalt springen", "navigation"},
		{"de", "1/12", "symbols or counter only"},
		{"de", "•", "symbols or counter only"},
		{"de", "12 Kommentare", "comments"},
		{"en", "Advertisement", "advertising label"},
		{"en", "Subscribe", "subscription prompt"},
		{"en", "Share this article", "share button"},
		{"en", "5 min read", "timestamp or reading time"},
		{"en", "Updated 3:45 PM ET, Tue January 18, 2022", "timestamp or reading time"},
		{"en", "Skip to content", "navigation"},
		{"fr", "Article réservé à nos abonnés", "subscription prompt"},
		{"fr", "Il vous reste 58% de cet article à lire.", "subscription prompt"},
		{"fr", "Publié le 18 janvier 2022 à 14h32", "timestamp or reading time"},
		{"es", "Suscríbete para seguir leyendo", "subscription prompt"},
		{"it", "Pubblicità", "advertising label"},
		{"nl", "Advertentie", "advertising label"},
		// A widget in English on a German page, and a page whose language
		// is unknown.
		{"de", "Listen on Apple Podcasts", "podcast widget"},
		{"", "Il vous reste 12% de cet article à lire.", "subscription prompt"},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, "Ein Titel für den Test\n\n"+body+"\n\n"+tt.line+"\n\n"+body+" Zweiter Absatz.\n", pre...)
		b := block(t, doc, tt.line)
		if !b.Dropped || b.Notes[len(b.Notes)-1].Reason != tt.reason {
			t.Errorf("%s %q: got\n%s want dropped for %q", tt.lang, tt.line, verdicts(doc), tt.reason)
		}
	}
}

// TestBoilerplateKeepsSentences: article sentences that contain the words
// of a boilerplate phrase are kept; only the whole line is matched.
func TestBoilerplateKeepsSentences(t *testing.T) {
	for _, tt := range []struct{ lang, line string }{
		{"de", "Er wollte die Zeitung nicht abonnieren."},
		{"de", "Die Anzeige wurde am Montag bei der Polizei erstattet."},
		{"de", "Es ist ein Fehler aufgetreten, räumte der Minister am Abend ein."},
		{"de", "Mehr zum Thema Wärmepumpen erklärt die Verbraucherzentrale."},
		{"de", "Am 17. Januar 2022 begann der Prozess."},
		{"en", "Share prices fell."},
		{"en", "Subscribers were told to expect higher fees."},
		{"en", "Advertisement spending rose by 4% in 2021."},
		{"en", "Photographers were kept away from the scene."},
		{"fr", "Il a refusé de partager les documents avec la commission."},
		{"es", "Compartir la información es clave, dijo el ministro."},
		{"it", "Leggi anchesi è un paese."},
		{"nl", "De krant wil meer abonnees werven."},
	} {
		doc := run(t, tt.lang, "Ein Titel für den Test\n\n"+body+"\n\n"+tt.line+"\n\n"+body+"\n", pre...)
		if b := block(t, doc, tt.line); b.Dropped {
			t.Errorf("%s %q dropped: %+v", tt.lang, tt.line, b.Notes)
		}
	}
}

func TestBoilerplateRelatedList(t *testing.T) {
	doc := run(t, "de", `Ein Titel für den Test

`+body+`

Mehr zum Thema
Gasumlage: Was auf Verbraucher zukommt
Wärmepumpen: Warum die Nachfrage so stark steigt

Verbraucherschützer warnten unterdessen vor hohen Nachzahlungen. Viele Versorger hätten ihre Abschläge noch nicht angepasst.
`, pre...)
	want := `Ein Titel für den Test
` + body + `
Mehr zum Thema ← boilerplate: related articles
Gasumlage: Was auf Verbraucher zukommt ← boilerplate: link under "Mehr zum Thema"
Wärmepumpen: Warum die Nachfrage so stark steigt ← boilerplate: link under "Mehr zum Thema"
Verbraucherschützer warnten unterdessen vor hohen Nachzahlungen. Viele Versorger hätten ihre Abschläge noch nicht angepasst.
`
	if got := verdicts(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestBoilerplateShortRuns(t *testing.T) {
	doc := run(t, "de", `Ein Titel für den Test

`+body+`

Ukraine
Russland
Außenpolitik

`+body+`

Einkaufsliste
äpfel
birnen
`, pre...)
	for _, s := range []string{"Ukraine", "Russland", "Außenpolitik"} {
		if !block(t, doc, s).Dropped {
			t.Errorf("%q in a run of short lines kept", s)
		}
	}
	// A list in lower case is the article's, and so is a pair.
	for _, s := range []string{"Einkaufsliste", "äpfel", "birnen"} {
		if block(t, doc, s).Dropped {
			t.Errorf("%q dropped", s)
		}
	}
}

func TestBoilerplateRetitles(t *testing.T) {
	tests := []struct{ lang, in, title string }{
		// A menu line above the headline goes and the headline is the title.
		{"de", "Zum Inhalt springen\n\nStadtwerke bauen Wärmepumpen\n\n" + body + "\n", "Stadtwerke bauen Wärmepumpen"},
		// A kicker on its own line joins the headline, also across a
		// paywall label.
		{"de", "Energiekrise\nNetzagentur rechnet mit stabiler Versorgung\n\n" + body + "\n", "Energiekrise: Netzagentur rechnet mit stabiler Versorgung"},
		{"fr", "International\nArticle réservé à nos abonnés\nLe gouvernement prépare une réforme\n\n" + body + "\n", "International: Le gouvernement prépare une réforme"},
		// A short title followed by a blank line is a title of its own.
		{"de", "Energiekrise\n\nNetzagentur rechnet mit stabiler Versorgung\n\n" + body + "\n", "Energiekrise"},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, tt.in, pre...)
		if doc.Meta.Title != tt.title {
			t.Errorf("title of %q = %q, want %q", tt.in, doc.Meta.Title, tt.title)
		}
		live := doc.Live()
		if b := doc.Blocks[live[0]]; b.Kind != document.Title || b.Text != tt.title {
			t.Errorf("first block of %q = %s %q, want the title", tt.in, b.Kind, b.Text)
		}
	}
}

func TestBoilerplateCaptionLabel(t *testing.T) {
	doc := run(t, "en", "Storm hits the coast\n\nImage caption,\nWaves over the harbour wall\n\n"+body+"\n", pre...)
	if !block(t, doc, "Image caption").Dropped {
		t.Error("caption label kept")
	}
	if b := block(t, doc, "Waves"); b.Dropped || b.Kind != document.Caption {
		t.Errorf("line after the label = %s dropped=%v, want a caption", b.Kind, b.Dropped)
	}
}
