package filter

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
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
		{"en", "Thanks for watching!", "media player"},
		{"it", "Riproduzione non disponibile. Il video non può essere riprodotto su questo dispositivo.", "media player"},
		{"en", "In this explainer", "table of contents"},
		{"es", "Ver oferta en MercaTienda", "subscription prompt"},
		{"fr", "Sur les mêmes thèmes : Justice Escroquerie Énergie solaire", "related articles"},
		{"en", "Enjoyed this episode? Subscribe on Apple Podcasts and leave us a rating.", "podcast widget"},
		{"es", "Los comentarios están reservados a suscriptores. Suscríbete o inicia sesión.", "comments"},
		// An ad with its label and its button on its lines.
		{"de", "Anzeige Steuererklärung in 30 Minuten? Mit der Steuersoftware „Belegfix Plus“* führt Sie ein Assistent durch alle Formulare. Jetzt für 29,99 Euro sichern. Zum Angebot*", "advertising label"},
		{"de", "Hinweis: Dieser Artikel enthält sogenannte Affiliate-Links, gekennzeichnet mit einem Sternchen (*).", "legal disclaimer"},
		{"en", "Visit Website", "media player"},
		{"en", "Like this story? Share it with a friend!", "share button"},
		{"en", "WE RECOMMEND", "other stories"},
		{"en", "Share this with Facebook", "share button"},
		{"en", "These are external links and will open in a new window", "share button"},
		{"en", "[INS::INS]", "empty ad slot"},
		{"en", "[INS::INS] [INS::INS]", "empty ad slot"},
		{"en", "About the Author", "other stories"},
		{"de", "Über die Autorin", "other stories"},
		{"fr", "À propos de l’auteur", "other stories"},
		{"pt", "Sobre o autor", "other stories"},
		{"ja", "スポンサードリンク", "advertising label"},
		{"ja", "タグ：ソフトウェア", "navigation"},
		{"ja", "人気記事", "other stories"},
		{"en", "Follow me on Twitter or LinkedIn. Check out my website.", "navigation"},
		{"en", "Follow The Harbour Post Opinion section on Facebook, Twitter (@HarbourOpinion) and Instagram.", "follow prompt"},
		{"de", "Folgen Sie dem Hafenblatt auf Instagram und Facebook.", "follow prompt"},
		{"en", "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "contact line"},
		{"de", "Schreiben Sie an redaktion@hafenblatt.de, wenn Sie Fragen haben.", "contact line"},
		{"en", "Filed Under: Harbour, ferries, Michigan", "navigation"},
		{"en", "If you buy something through this post, the Harbour Post may get a share of the sale.", "legal disclaimer"},
		{"de", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es zu einem späteren Zeitpunkt erneut.", "error message"},
		{"de", "Anzeige", "advertising label"},
		{"de", "Jetzt abonnieren", "subscription prompt"},
		{"de", "3 Min. Lesezeit", "timestamp or reading time"},
		{"de", "Wir und unsere 143 Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.", "consent notice"},
		{"en", "We and our 812 partners use cookies to store and/or access information on a device.", "consent notice"},
		{"de", "Stand: 17.01.2022, 14:32 Uhr", "timestamp or reading time"},
		{"de", "vor 2 Stunden", "timestamp or reading time"},
		{"de", "Lesen Sie auch: Was die Reform für Mieter bedeutet", "related articles"},
		{"de", "Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten.", "consent notice"},
		{"de", "Wir respektieren deine Privatsphäre. Der Hafenbote und unsere 142 Partner verwenden Cookies.", "consent notice"},
		{"de", "Nur notwendige Cookies", "consent notice"},
		{"fr", "Votre vie privée nous importe. Le Courrier et ses 142 partenaires utilisent des cookies.", "consent notice"},
		{"fr", "Les opinions exprimées dans cette tribune n’engagent que leur auteur.", "legal disclaimer"},
		{"it", "Abbonati a 1€ al mese", "subscription prompt"},
		{"de", "Der Newsletter bringt Ihnen jeden Freitag die Reisewarnungen. Jetzt kostenlos abonnieren", "subscription prompt"},
		{"nl", "Schrijf je in voor de gratis nieuwsbrief Wonen van Het Dagblad.", "newsletter promo"},
		{"es", "Precios y disponibilidad ofrecidos por Alojarama. Enlace patrocinado.", "advertising label"},
		{"fr", "Ce portrait fait partie de notre série « Ceux qui font la mer ». Retrouvez tous les épisodes.", "related articles"},
		{"fr", "Article mis à jour à 17 h 45", "timestamp"},
		{"nl", "Meld je aan voor de gratis nieuwsbrief van Lindewaard Nieuws en ontvang elke avond het nieuws.", "newsletter promo"},
		{"it", "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.", "consent notice"},
		{"en", "We and selected third parties use cookies or similar technologies for technical purposes and, with your consent, for other purposes.", "consent notice"},
		{"nl", "Meld je gratis aan voor de nieuwsbrief Velderwijk Vroeg.", "newsletter promo"},
		// A form's text field, drawn as underscores, and its button.
		{"de", "____________________ Jetzt kostenlos abonnieren", "subscription prompt"},
		{"es", "_____________________ Apuntarme", "newsletter promo"},
		{"en", "____________________ Subscribe", "subscription prompt"},
		// w3m's field between its label and its button.
		{"fr", "Votre e-mail [ ] Je m’inscris", "newsletter promo"},
		{"de", "Nichts mehr verpassen: Der Newsletter bringt Ihnen die Nachrichten jeden Morgen ins Postfach.", "newsletter promo"},
		{"en", "We respect your privacy. The Harbour Post and our partners use cookies to measure the audience.", "consent notice"},
		{"de", "Zum Inhalt springen", "navigation"},
		{"en", "Welcome to The Detroit News’s EUROPEAN UNION EXPERIENCE", "consent notice"},
		{"en", "Most Popular", "other stories"},
		{"en", "More From the Los Angeles Times", "other stories"},
		{"en", "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "navigation"},
		{"en", "Related", "related articles"},
		{"en", "SEE MORE: Harbour town welcomes its first ferry in ten years", "related articles"},
		{"en", "site: media | arena: nfl | pageType: stories | section: | slug: a-story", "page metadata"},
		{"en", "milano-design-week-2018-cover-01", "file name"},
		{"en", "harbour-ferry-night-crossing-Arra ngements-02.jpg", "file name"}, // wrapped by lynx
		{"en", "US-POLITICS-HARBOUR-FERRY-NIGHT", "file name"},
		{"en", "[logo-compa]", "image placeholder"}, // w3m's name for a picture without alt text
		{"es", "★★★★★ 4,8 (312 valoraciones)", "rating"},
		{"en", "★★★★☆ 4.2 out of 5", "rating"},
		{"es", "Pinear", "recipe card buttons"},
		{"es", "Apuesta con cabeza. Bonos de bienvenida de hasta 200 € para nuevos clientes. +18. Juega con responsabilidad.", "advertising label"},
		{"es", "Juega con responsabilidad. Más información en la web del Ministerio.", "advertising label"},
		{"fr", "Je m'inscris gratuitement", "newsletter promo"},
		{"de", "Quoten zum Spiel FC Rheinhausen – SV Kernstadt 05", "advertising label"},
		{"en", "Find hotels in Carvossa Powered by StayFinder · Ad", "advertising label"},
		{"en", "Casa Sale | 9.4 Exceptional | from €110/night View deal", "advertising label"},
		{"en", "The Local Democracy Reporting Service is a partnership between the BBC and regional news publishers to cover councils.", "legal disclaimer"},
		{"en", "Sign in or register to join the conversation. Please read our community guidelines before posting.", "comments"},
		{"de", "18+ | Glücksspiel kann süchtig machen. Hilfe unter www.check-dein-spiel.example. Quoten Stand 27.11., 15:00 Uhr", "advertising label"},
		{"nl", "Stilstaand beeld uit de video over de dijkversterking Video afspelen 00:45", "media player"},
		// A recording's title, the player's label and the duration.
		{"de", "Landtag streitet über Geld für Schulen Audio: 02:34 Min", "media title"},
		{"en", "#webdev", "hashtags"},
		{"en", "#devops #tutorial", "hashtags"},
		{"en", "Twitter post by @harbourtown: The ferry is back!", "embedded post"},
		{"en", "End of Instagram post by harbourtown", "embedded post"},
		{"en", "A post shared by Jane Doe (@janedoe)", "embedded post"},
		{"de", "Beitrag auf Instagram ansehen", "embedded post"},
		{"fr", "Voir cette publication sur Instagram", "embedded post"},
		{"es", "Una publicación compartida de Ana (@ana)", "embedded post"},
		{"it", "Visualizza questo post su Instagram", "embedded post"},
		{"nl", "Dit bericht op Instagram bekijken", "embedded post"},
		{"de", "Nächster Artikel", "navigation"},
		{"en", "Previous Post", "navigation"},
		{"en", "Leave a Reply Cancel reply", "comments"},
		{"en", "10 thoughts on “Business Focus: It’s Why Some People Triumph Online”", "comments"},
		{"de", "3 Gedanken zu „Die Stadtwerke investieren“", "comments"},
		{"it", "Devi essere connesso per inviare un commento.", "comments"},
		{"en", "Stay up to date with Ascom. Subscribe to our newsletter.", "newsletter promo"},
		{"en", "No spam, we promise. You can unsubscribe at any time.", "newsletter promo"},
		{"de", "1/12", "symbols or counter only"},
		// A notice that the page's script did not run, in place of a
		// chart, a map or a player.
		{"es", "Gráfico interactivo no disponible. Active JavaScript para visualizarlo.", "script notice"},
		{"it", "Per visualizzare il video è necessario abilitare JavaScript.", "script notice"},
		{"nl", "De interactieve grafiek wordt geladen. Werkt dit niet? Schakel JavaScript in of bekijk de gegevens als tabel.", "script notice"},
		// A date in figures alone is the header's date, which tells
		// the credits filter the name over it is a byline.
		{"es", "12/11/2026 - 10:45", "timestamp or reading time"},
		{"de", "•", "symbols or counter only"},
		{"de", "12 Kommentare", "comments"},
		{"en", "Advertisement", "advertising label"},
		{"en", "Subscribe", "subscription prompt"},
		{"en", "Share this article", "share button"},
		{"en", "5 min read", "timestamp or reading time"},
		{"en", "Updated 3:45 PM ET, Tue January 18, 2022", "timestamp or reading time"},
		{"en", "Skip to content", "navigation"},
		{"en", "Search for:", "navigation"},
		{"en", "a stable 60fps Comments Feed (alternate)", "navigation"},
		{"fr", "Article réservé à nos abonnés", "subscription prompt"},
		{"fr", "Il vous reste 58% de cet article à lire.", "subscription prompt"},
		{"fr", "Publié le 18 janvier 2022 à 14h32", "timestamp or reading time"},
		{"es", "Madrid - 27 dic 2022 - 14:32 CET", "timestamp or reading time"},
		// Share buttons no pack lists whole: a verb, a network, joiners.
		{"de", "Per WhatsApp teilen", "share button"},
		{"es", "Compartir en LinkedIn", "share button"},
		{"it", "Condividi su Telegram", "share button"},
		{"nl", "Delen op Facebook Messenger", "share button"},
		{"en", "Pin on Pinterest", "share button"},
		{"it", "La Gazzetta del Po S.r.l. – P.IVA 01234567890 | Privacy |", "company details"},
		{"de", "Stadtanzeiger GmbH, Amtsgericht Musterstadt HRB 12345, USt-IdNr.: DE123456789", "company details"},
		{"fr", "Le Petit Lyonnais SAS – RCS Lyon B 123 456 789", "company details"},
		{"de", "Auf Facebook teilen Per WhatsApp teilen Per E-Mail teilen", "share button"},
		{"en", "Share on Facebook Share on X Share on LinkedIn", "share button"},
		{"de", "Berlin, 14. März 2024", "timestamp or reading time"},
		{"es", "Madrid - 27.12.2022", "timestamp or reading time"},
		{"es", "Suscríbete para seguir leyendo", "subscription prompt"},
		{"it", "Pubblicità", "advertising label"},
		{"nl", "Advertentie", "advertising label"},
		{"de", "vorlesen Druckansicht Kommentare lesen 84 Beiträge", "media player"},
		{"de", "Teilen | Drucken | Merken", "share button"},
		{"de", "00:45", "media duration"},
		{"en", "02:15 - Source: CNN", "media duration"},
		{"en", "This article is more than 2 years old", "archive notice"},
		{"id", "You are commenting using your WordPress.com account. ( Logout / Ubah )", "comments"},
		{"en", "*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.", "legal disclaimer"},
		{"fr", "Il vous reste 58.42% de cet article à lire. La suite est réservée aux abonnés.", "subscription prompt"},
		{"fr", "Il vous reste 58,42 % de cet article à lire.", "subscription prompt"},
		{"fr", "Cet article est réservé aux abonnés. Il vous reste 64% à découvrir.", "subscription prompt"},
		// phpBB's post header and its thread's line of posts and pages.
		{"de", "Beitrag von seebär » Do 14. Mär 2024, 20:42", "forum furniture"},
		{"fr", "Message par loupdemer » jeu. 14 mars 2024 20:42", "forum furniture"},
		{"nl", "4 berichten • Pagina 1 van 1", "forum furniture"},
		{"es", "¿Quién está conectado?", "forum furniture"},
		{"it", "Messaggio da lupodimare » gio 14 mar 2024, 20:42", "forum furniture"},
		{"en", "12 posts • Page 1 of 2", "forum furniture"},
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

// TestBoilerplateGalleryPlaceholders: a gallery's items that w3m printed as
// its pictures' file names over their captions go; the captions stay, and
// so does an item in brackets with words of a sentence in it.
func TestBoilerplateGalleryPlaceholders(t *testing.T) {
	const gallery = "  • [gelso-anguilla]\n    L'anguilla alla brace, piatto simbolo del locale.\n\n  • [Nota bene]\n"
	doc := run(t, "it", "Un titolo per il test\n\n"+body+"\n\n"+gallery+"\n"+body+" Zweiter Absatz.\n", "structure", "boilerplate")
	if b := block(t, doc, "[gelso-anguilla]"); b.Kind != document.ListItem || dropReason(b) != placeholderReason {
		t.Errorf("placeholder item: kind %v, reason %q\n%s", b.Kind, dropReason(b), verdicts(doc))
	}
	for _, kept := range []string{"L'anguilla alla brace", "[Nota bene]"} {
		if b := block(t, doc, kept); b.Dropped {
			t.Errorf("%q dropped\n%s", kept, verdicts(doc))
		}
	}
}

// TestBoilerplateKeepsSentences: article sentences that contain the words
// of a boilerplate phrase are kept; only the whole line is matched.
func TestBoilerplateKeepsSentences(t *testing.T) {
	for _, tt := range []struct{ lang, line string }{
		{"de", "Er wollte die Zeitung nicht abonnieren."},
		{"de", "Die Anzeige wurde am Montag bei der Polizei erstattet."},
		{"de", "Anzeige Erstattet hat sie der Nachbar, der am Montag zur Polizei ging."},
		{"de", "Es ist ein Fehler aufgetreten, räumte der Minister am Abend ein."},
		{"de", "Mehr zum Thema Wärmepumpen erklärt die Verbraucherzentrale."},
		{"de", "Am 17. Januar 2022 begann der Prozess."},
		// A share verb needs a network and no other words.
		{"en", "Share the load"},
		{"en", "Posted on Facebook"},
		{"en", "Send to Kindle"},
		// A paragraph about the language asks the reader nothing.
		{"en", "JavaScript runs in every browser, and most charts on the web are drawn with it."},
		{"de", "Teilen Sie Ihre Meinung auf Facebook"},
		{"en", "Share your photos on Facebook and Instagram"},
		{"en", "VAT rose to 20% on 120000 items last year."},
		{"it", "L'IVA al 22% pesa su 1.500.000 famiglie, dice l'Istat."},
		// A place before a number is no dateline unless the number is a date.
		{"en", "Part - 2"},
		{"en", "Madrid - 10:32"},
		{"en", "Saint-Denis, 14 March 2024, the stadium"},
		{"en", "Share prices fell."},
		// Stars and then a sentence is text.
		{"en", "★★★ The hotel earned three stars in 2019 and kept them ever since, the guide said."},
		// A release's version heads a changelog's section.
		{"en", "2.4.0"},
		// A chart's row: a month and a count, no date.
		{"es", "Noviembre: 2.602.110"},
		{"en", "November: 61,480"},
		// A contact line starts with its lead; an address in a sentence
		// or a handle is no contact line.
		{"en", "The company said customers could email support@example.com for refunds."},
		{"en", "Reach out to @harbourpost on Twitter for updates."},
		{"en", "Subscribers were told to expect higher fees."},
		{"en", "Advertisement spending rose by 4% in 2021."},
		{"en", "Photographers were kept away from the scene."},
		{"en", "A state-of-the-art-ish ferry."},
		{"en", "Mother-in-law"},
		// Words of buttons that make a sentence, or introduce a list.
		{"en", "Share this: the council has a plan."},
		{"en", "See more photos:"},
		{"de", "Um 10:30 Uhr begann die Sitzung des Stadtrats."},
		{"fr", "Il vous reste 58 jours pour voter."},
		{"fr", "Il a refusé de partager les documents avec la commission."},
		{"es", "Compartir la información es clave, dijo el ministro."},
		{"it", "Leggi anchesi è un paese."},
		{"nl", "De krant wil meer abonnees werven."},
		{"en", "Also, the council will publish the first results in the spring."},
		// One network is a how-to's, or the news.
		{"en", "Follow these steps on Instagram to hide the likes."},
		{"en", "Followers on Twitter and Facebook asked the mayor to resign."},
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

// A related phrase that ends in a wildcard heads a box of links too when
// its line is a short heading ("Most popular in the section"); with a
// colon, the headline after the phrase is the link ("See also: …"), and
// the article's next lines stay.
func TestBoilerplateRelatedPrefixHeading(t *testing.T) {
	doc := run(t, "en", `A title for the test

`+body+`

Most popular in the section

Russian Air Force attacks a town in the south

Jeff Bezos is no longer the richest person in the world

The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.

See also: The harbour gets a new ferry

The ferry runs twice a day

The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.
`, pre...)
	want := `A title for the test
` + body + `
Most popular in the section ← boilerplate: related articles
Russian Air Force attacks a town in the south ← boilerplate: link under "Most popular in the section"
Jeff Bezos is no longer the richest person in the world ← boilerplate: link under "Most popular in the section"
The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.
See also: The harbour gets a new ferry ← boilerplate: related articles
The ferry runs twice a day
The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.
`
	if got := verdicts(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A related box's list ends with its items: a headline after it, set
// apart by a blank line, is the page's again; a short line is not told
// from the box's own (a site's name under its links).
func TestBoilerplateRelatedListEndsWithItsItems(t *testing.T) {
	doc := run(t, "en", `A title for the test

TRENDING:

* Donald Trump
* Impeachment

TheHill.com

New York man pleads guilty to threatening to kill Omar

The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.
`, pre...)
	want := `A title for the test
TRENDING: ← boilerplate: related articles
Donald Trump ← boilerplate: link under "TRENDING:"
Impeachment ← boilerplate: link under "TRENDING:"
TheHill.com ← boilerplate: link under "TRENDING:"
New York man pleads guilty to threatening to kill Omar
The council said that the boat had been built in a yard on the other side of the bay, and that it would run every hour.
`
	if got := verdicts(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestBoilerplateShortRuns(t *testing.T) {
	// A page's furniture: five lines the packs know.
	doc := run(t, "de", `Ein Titel für den Test

Zum Inhalt springen

ANZEIGE

Podcast Cover

Abonnieren bei

Die Wiedergabe wurde unterbrochen.

`+body+`

Ukraine
Russland
Außenpolitik

`+body+`

Einkaufsliste
äpfel
birnen

`+body+`

Zutaten
3 Eier
1 Becher Joghurt
200 g Mehl
1/2 Päckchen Backpulver

`+body+`

2020 Elections
48 Hours
0 replies
5603 usuários on-line
`, pre...)
	for _, s := range []string{"Ukraine", "Russland", "Außenpolitik", "2020 Elections", "48 Hours", "0 replies", "5603 usuários"} {
		if !block(t, doc, s).Dropped {
			t.Errorf("%q in a run of short lines kept", s)
		}
	}
	// A list in lower case is the article's, and so is a pair, and so are
	// amounts: a number, then a word in lower case.
	for _, s := range []string{"Einkaufsliste", "äpfel", "birnen", "Zutaten", "3 Eier", "1 Becher", "200 g", "1/2 Päckchen"} {
		if block(t, doc, s).Dropped {
			t.Errorf("%q dropped", s)
		}
	}

	// In an article's text, with few lines of furniture, lines one
	// under the other are a list printed without bullets, and a run of
	// short lines between two paragraphs, or under a label after one, is
	// the article's list too; at the text's end it is still a tag list.
	para := "The council said that the ferry would run every hour in summer and every two hours in winter.\n\n"
	doc = run(t, "en", "A title for the test\n\n"+para+para+`What you need

A pot two centimetres wider than the old one
Fresh potting mix
A trowel
Newspaper

`+para+`Pros

Faster growth

Fewer pests

`+para+para+`Ferries
Harbour
Council
`, pre...)
	for _, s := range []string{"Fresh potting mix", "A trowel", "Newspaper", "Faster growth", "Fewer pests"} {
		if b := block(t, doc, s); b.Dropped {
			t.Errorf("%q in an article's list dropped: %+v", s, b.Notes)
		}
	}
	for _, s := range []string{"Ferries", "Harbour", "Council"} {
		if !block(t, doc, s).Dropped {
			t.Errorf("%q at the text's end kept", s)
		}
	}

	// On a page, a list is a menu when each item is a link and nothing
	// else; in a text without boilerplate, it is the text's own.
	links := "* [Politik](/politik)\n* [Wirtschaft](/wirtschaft)\n* [Sport](/sport)\n"
	doc = run(t, "de", body+"\n\n"+links, pre...)
	for _, b := range doc.Blocks {
		if b.Dropped {
			t.Errorf("%q dropped from a text without boilerplate", b.Text)
		}
	}
	doc = run(t, "de", "Zum Inhalt springen\n\n"+body+"\n\n* [Politik](/politik)\n* [Wirtschaft](/wirtschaft)\n* [Sport](/sport)\n\n"+body+
		"\n\n* Politik\n* Wirtschaft\n* Sport\n\n* [Politik](/p) heute\n* [Wirtschaft](/w)\n* [Sport](/s)\n", pre...)
	var dropped []string
	for _, b := range doc.Blocks {
		if b.Dropped && b.Kind == document.ListItem {
			dropped = append(dropped, b.Text)
		}
	}
	// Not the list of words, nor the one whose first item is more than a
	// link, which leaves a pair.
	if want := []string{"Politik", "Wirtschaft", "Sport"}; !slices.Equal(dropped, want) {
		t.Errorf("dropped %q, want %q", dropped, want)
	}
}

func TestBoilerplateRetitles(t *testing.T) {
	tests := []struct{ lang, in, title string }{
		// A menu line above the headline goes and the headline is the title.
		{"de", "Zum Inhalt springen\n\nStadtwerke bauen Wärmepumpen\n\n" + body + "\n", "Stadtwerke bauen Wärmepumpen"},
		// A kicker on its own line joins the headline, also across a
		// paywall label.
		{"de", "Energiekrise\nNetzagentur rechnet mit stabiler Versorgung\n\n" + body + "\n", "Energiekrise: Netzagentur rechnet mit stabiler Versorgung"},
		{"fr", "Retraites\nArticle réservé à nos abonnés\nLe gouvernement prépare une réforme\n\n" + body + "\n", "Retraites: Le gouvernement prépare une réforme"},
		// A newspaper's section the packs name is no kicker.
		{"fr", "International\nArticle réservé à nos abonnés\nLe gouvernement prépare une réforme\n\n" + body + "\n", "Le gouvernement prépare une réforme"},
		// Over a menu that goes, a short line is the site's name, not
		// the headline's kicker.
		{"de", "Der Tagesbote\nPolitik\nWirtschaft\nSport\nKultur\nReise\nNetzagentur rechnet mit stabiler Versorgung\n\n" + body + "\n", "Der Tagesbote"},
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

// TestBoilerplateGluedCaptionLabel: BBC's label glued to its caption is
// parted from it, and the caption is no title; a word with a capital
// inside ("McDonald", "iPhone") is no label.
func TestBoilerplateGluedCaptionLabel(t *testing.T) {
	doc := run(t, "en", "Media captionWho is the harbour master?\n\n"+body+"\n\nAs McDonald said\n\nThe iPhone is here\n", pre...)
	if b := block(t, doc, "Who is"); b.Kind != document.Caption || b.Dropped {
		t.Errorf("glued caption = %s dropped=%v, want a caption\n%s", b.Kind, b.Dropped, verdicts(doc))
	}
	if strings.Contains(doc.Meta.Title, "caption") {
		t.Errorf("title %q has the label", doc.Meta.Title)
	}
	for _, prefix := range []string{"As McDonald said", "The iPhone is here"} {
		if b := block(t, doc, prefix); b.Kind == document.Caption {
			t.Errorf("%q read as a glued caption", prefix)
		}
	}
	ph := phrases(t, "en")
	for s, want := range map[string]string{
		"Media captionWho is Julian Assange?": "Who is Julian Assange?",
		"Image captionWaves over the wall":    "Waves over the wall",
		"CaptionWaves":                        "Waves",
		"Media caption Who":                   "",
		"McDonald joins the band":             "",
		"One two three fourFive":              "",
		"Read alsoThe ferry returns":          "",
	} {
		k, class := gluedLabel(ph, s)
		if got := s[k:]; class == lang.CaptionLabel && got != want || class != lang.CaptionLabel && want != "" {
			t.Errorf("gluedLabel(%q) = %q, %v, want a caption %q", s, got, class, want)
		}
	}
}

// TestBoilerplateCaptionLabelWithoutCaption: a label whose caption line
// is gone names nothing; the paragraph after it stays a paragraph.
func TestBoilerplateCaptionLabelWithoutCaption(t *testing.T) {
	doc := run(t, "en", "Storm hits the coast\n\n"+body+"\nMedia caption,\nWatch: How the storm hit the harbour\n"+body+" Zweiter Absatz.\n", pre...)
	if b := block(t, doc, body+" Zweiter"); b.Dropped || b.Kind != document.Paragraph {
		t.Errorf("paragraph after a label without its caption = %s dropped=%v\n%s", b.Kind, b.Dropped, verdicts(doc))
	}
}

// TestBoilerplateBoxes: the pitch between two known lines of a newsletter
// or consent box goes with them; a body paragraph between two such boxes
// stays.
func TestBoilerplateBoxes(t *testing.T) {
	tests := []struct {
		lang, in string
		gone     []string
		kept     []string
	}{
		{
			"en", "Storm hits the coast\n" + enBody1 + "\nSign up to Morning Weather\nFree daily newsletter\nThe forecast for your region, every morning before eight - and what it means for you\nPrivacy Notice: Newsletters may contain info about charities.\n" + enBody2 + "\n",
			[]string{"The forecast for your region"}, []string{enBody2},
		},
		{
			"fr", "Le métro prolongé\n" + enBody1 + "\nNewsletter\nRecevez chaque matin l'essentiel de l'actualité.\nVotre adresse e-mail\n" + enBody2 + "\n",
			[]string{"Recevez chaque matin"}, []string{enBody2},
		},
		{
			"en", "Storm hits the coast\n" + enBody1 + "\nJoin our commenting forum\nJoin thought-provoking conversations and see the replies of other readers\nComments\n",
			[]string{"Join thought-provoking"}, nil,
		},
		{
			"en", "Storm hits the coast\n" + enBody1 + "\nNewsletter\n" + enBody2 + " It is longer than a pitch, with many more words than any newsletter box would print.\nSign up\n",
			nil, []string{enBody2},
		},
		{
			// A consent banner's blurb is longer than a newsletter's
			// pitch, and names its buttons in quotation marks.
			"es", "Tu privacidad es importante para nosotros\nEl Diario del Sur y sus 162 socios tratamos datos personales, como tu dirección IP o los identificadores de tu dispositivo, para almacenar y acceder a información en tu dispositivo, ofrecerte publicidad y contenido personalizados y medir su rendimiento. Puedes cambiar tus preferencias en cualquier momento desde el enlace «Configuración de privacidad» al pie de cada página.\nRechazar todo\nAceptar y continuar\nLa inflación baja al 2,9%\n" + enBody1 + "\n",
			[]string{"El Diario del Sur y sus"}, []string{enBody1},
		},
	}
	for _, tt := range tests {
		doc := run(t, tt.lang, tt.in, pre...)
		for _, g := range tt.gone {
			if !block(t, doc, g).Dropped {
				t.Errorf("%q kept:\n%s", g, verdicts(doc))
			}
		}
		for _, k := range tt.kept {
			if block(t, doc, k).Dropped {
				t.Errorf("%q dropped:\n%s", k, verdicts(doc))
			}
		}
	}
}

// TestBoilerplateMediaTitle: a player's title between its own words and
// the duration goes; a subheading after a player label stays.
func TestBoilerplateMediaTitle(t *testing.T) {
	doc := run(t, "fr", "Incendies dans le Var\n"+body+"\nLecture en cours\nIncendie dans le Var : les pompiers mobilisés\n01:48\n"+body+" Zweiter.\n", pre...)
	if b := block(t, doc, "Incendie dans le Var :"); !b.Dropped {
		t.Errorf("media title kept:\n%s", verdicts(doc))
	}
	doc = run(t, "de", "Energiekrise in Deutschland\n"+body+"\nAudio\nIndustrie soll weiter sparen\n"+body+" Zweiter.\n", pre...)
	if b := block(t, doc, "Industrie soll"); b.Dropped {
		t.Errorf("subheading after a player label dropped:\n%s", verdicts(doc))
	}
}

// TestBoilerplateTail: short capitalised lines after the last paragraph
// go; credits stay for the credits filter.
func TestBoilerplateTail(t *testing.T) {
	doc := run(t, "de", "Ein Titel für den Test\n"+body+"\n"+body+" Zweiter.\n© SZ/lbe\nZur SZ-Startseite\nJetzt F+ lesen\n", pre...)
	for _, s := range []string{"Zur SZ-Startseite", "Jetzt F+ lesen"} {
		if b := block(t, doc, s); !b.Dropped {
			t.Errorf("%q after the article kept:\n%s", s, verdicts(doc))
		}
	}
	if b := block(t, doc, "© SZ"); b.Dropped {
		t.Errorf("credit after the article dropped:\n%s", verdicts(doc))
	}
	// Something else after the short lines: they are not the tail.
	doc = run(t, "de", "Ein Titel für den Test\n"+body+"\nFazit\n- Erstens\n- Zweitens\n", pre...)
	if b := block(t, doc, "Fazit"); b.Dropped {
		t.Errorf("line before a list dropped:\n%s", verdicts(doc))
	}
}

// TestBoilerplateRelatedListSubheading: a related list that runs into the
// article's next subheading leaves the subheading; in text with blank
// lines, the last link glued to the others is a link.
func TestBoilerplateRelatedListSubheading(t *testing.T) {
	doc := run(t, "fr", "Réforme du lycée : les nouveaux programmes\n"+body+"\nÀ lire aussi\nBaccalauréat : ce qui change pour les épreuves de juin\nDes enseignants partagés\n"+body+" Zweiter.\n", pre...)
	if b := block(t, doc, "Des enseignants"); b.Dropped {
		t.Errorf("subheading after the list dropped:\n%s", verdicts(doc))
	}
	if b := block(t, doc, "Baccalauréat"); !b.Dropped {
		t.Errorf("link kept:\n%s", verdicts(doc))
	}
	doc = run(t, "fr", "Réforme du lycée : les nouveaux programmes\n\n"+body+"\n\nÀ lire aussi\nBaccalauréat : ce qui change pour les épreuves de juin\nTransports : le prix des billets\n\n"+body+" Zweiter.\n", pre...)
	if b := block(t, doc, "Transports"); !b.Dropped {
		t.Errorf("last link kept:\n%s", verdicts(doc))
	}
	// Two headlines of about the same length are both the box's.
	doc = run(t, "de", "Stadt plant neue Radwege\n"+body+"\nLesen Sie auch\nNeue Brücke über den Rhein: Baubeginn verschiebt sich\nHändler in der Innenstadt klagen über Baustellen\n"+body+" Zweiter.\n", pre...)
	if b := block(t, doc, "Händler"); !b.Dropped {
		t.Errorf("last link kept as a subheading:\n%s", verdicts(doc))
	}
}

// TestBoilerplateSectionLabel: over a kicker and a full headline, the
// section's label goes; a short title over a byline stays the title.
func TestBoilerplateSectionLabel(t *testing.T) {
	for _, in := range []string{
		"Wirtschaft\nTarifkonflikt\nLokführer kündigen neue Warnstreiks im Güterverkehr an\n" + body + "\n",
		"Nachrichten\nWirtschaft\nTarifkonflikt\nLokführer kündigen neue Warnstreiks im Güterverkehr an\n" + body + "\n",
	} {
		doc := run(t, "de", in, pre...)
		if want := "Tarifkonflikt: Lokführer kündigen neue Warnstreiks im Güterverkehr an"; doc.Meta.Title != want {
			t.Errorf("title %q, want %q", doc.Meta.Title, want)
		}
	}
	for _, in := range []string{
		"Council approves car-free zone\nBy Maria Example\n" + enBody1 + "\n",
		"Council approves car-free zone\nJane Example\nBBC News, Leeds\n" + enBody1 + "\n",
	} {
		doc := run(t, "en", in, pre...)
		if want := "Council approves car-free zone"; doc.Meta.Title != want {
			t.Errorf("title %q, want %q", doc.Meta.Title, want)
		}
	}
}

// TestShortRunSettles: the title printed again between menu items breaks
// their run while the boilerplate filter runs; dedupe drops it later, and
// the run is dropped when the pipeline settles, as a second run would drop
// it (FuzzClean found it).
func TestShortRunSettles(t *testing.T) {
	in := "Stadtwerke bauen neue Wärmepumpen\n\nPolitik\n\nWirtschaft\n\nStadtwerke bauen neue Wärmepumpen\n\nSport\n\n" + body + "\n"
	doc := run(t, "de", in, "structure", "boilerplate", "dedupe")
	for _, item := range []string{"Politik", "Wirtschaft", "Sport"} {
		if b := block(t, doc, item); !b.Dropped {
			t.Errorf("%s kept:\n%s", item, verdicts(doc))
		}
	}
	if b := block(t, doc, body); b.Dropped {
		t.Errorf("body dropped:\n%s", verdicts(doc))
	}
}

// TestCaptionWithCreditSettles: the credits filter splits "0— Bild:" into
// the caption "0" and the credit "Bild:", printed together as the gallery
// counter "0 Bild:", which a second run drops: boilerplate judges the
// caption with its credit when it settles.
func TestCaptionWithCreditSettles(t *testing.T) {
	doc := run(t, "de", "0— Bild:\n", "boilerplate", "credits")
	if b := doc.Blocks[0]; !b.Dropped {
		t.Errorf("caption %q with credit %q kept:\n%s", b.Text, b.Credit, verdicts(doc))
	}
}

// TestTitleSettles: lines above the first title-shaped one that go only
// while the pipeline settles (a run of short lines that a repeated line
// stood in until dedupe dropped it) leave the page without a title, and a
// second run makes that line the title; so does settling (FuzzClean).
func TestTitleSettles(t *testing.T) {
	doc := run(t, "en", "B,\nb\nW\nC\nbC\nb\n", "structure", "boilerplate", "dedupe")
	if b := block(t, doc, "bC"); b.Kind != document.Title || doc.Meta.Title != "bC" {
		t.Errorf("first line left is not the title (meta title %q):\n%s", doc.Meta.Title, verdicts(doc))
	}
}

func TestBreadcrumb(t *testing.T) {
	for s, want := range map[string]bool{
		"News › City":                          true,
		"Home » Sport » Football":              true,
		"Home » Dare to Play »":                true,
		"BLOG > Nutrition > Meal Plans":        true,
		"Главная » Интересное":                 true,
		"Board index ‹ Gardening ‹ Vegetables": true, // phpBB's
		"News":           false,
		"Jane Doe / AFP": false,
		"Home / Reviews / E-bikes / Voltera Strada S2": true,
		"AP Photo / Jane Doe / File":                   false,
		"Prices > 100 euros rose":                      false,
		"Home » the latest news from the city council": false,
		"Read more » here":                             false,
		"A › B › C › D › E › F › G":                    false,
	} {
		if got := isBreadcrumb(s); got != want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestMarkup(t *testing.T) {
	for s, want := range map[string]bool{
		`<img height="1" width="1" style="display:none" src="https://x.org/p?c1=2">`: true,
		"<Kevin> see you at eight":         false,
		"<Kevin>":                          false,
		"<The Palace: Tale of Jang Noksu>": false,
		`<table border="0"><tbody><tr><td><div class="wpfront-message">Get More`:    true,
		`<span data-mce-type="bookmark" class="mce_SELRES_start"></span>`:           true,
		"<table> is the element for data; <td> is a cell of it, and rows are <tr>.": false,
		"Prices < 100 euros <b>rose</b>":                                            false,
		"a <b>bold</b> <i>move</i>":                                                 false,
	} {
		if got := isMarkup(s); got != want {
			t.Errorf("isMarkup(%q) = %v, want %v", s, got, want)
		}
	}
	// Printed as text, its entities repaired.
	doc := run(t, "en", "Title\n\n&lt;span data-mce-type=\"bookmark\" class=\"mce_SELRES_start\"&gt;&lt;/span&gt;\n\nThe text.\n", "unicode", "boilerplate")
	if b := block(t, doc, "<span"); !b.Dropped {
		t.Errorf("markup kept\n%s", verdicts(doc))
	}
}

// TestIsFooterRow: the copyright sign and the legal pages' links are a
// footer; the sign with a photographer and an agency is a credit.
func TestIsFooterRow(t *testing.T) {
	for s, want := range map[string]bool{
		"© 2024 Le Potager de Claire · Mentions légales · Cookies":        true,
		"© 2024 La Cocina de Lucía | Aviso legal | Política de cookies":   true,
		"© 2024 Example Gazette • Privacy • Terms • Contact us":           true,
		"© Jane Doe | Getty Images":                                       false,
		"© 2024 Example Gazette":                                          false,
		"Home · News · Sport":                                             false,
		"© 2024 Example · This site uses cookies to give you the service": false,
	} {
		if got := isFooterRow(s); got != want {
			t.Errorf("isFooterRow(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLegalTail: a footer's row without separators ends in two or more
// of the packs' navigation links.
func TestLegalTail(t *testing.T) {
	for _, tt := range []struct {
		lang, s string
		want    bool
	}{
		{"fr", "© Le Petit Lyonnais 2024 Mentions légales Contact", true},
		{"de", "© Stadtanzeiger 2024 Impressum Datenschutz AGB Kontakt", true},
		{"en", "© 2024 Example Gazette Privacy policy Terms of use", true},
		{"de", "© Stadtanzeiger 2024 Impressum", false},
		{"en", "© Jane Doe Getty Images", false},
		{"de", "Impressum Datenschutz", false},
	} {
		if got := legalTail(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("%s: legalTail(%q) = %v, want %v", tt.lang, tt.s, got, tt.want)
		}
	}
}

// A "See also" in a wiki's table of contents is an entry, not a box: the
// lines under it (the other entries, the article's title) are no links,
// and the box under the real "See also" further down still goes. A box
// printed twice is a box both times.
func TestBoilerplateRelatedTableOfContents(t *testing.T) {
	doc := run(t, "en", `Contents
History
See also
References
Lake Varnholm
Lake Varnholm covers an area of 48 square kilometres and reaches a depth of 62 metres, which makes it one of the deepest lakes in the province.
History
The lake was an important trade route in the Middle Ages, when iron from the mines was carried across it by boat.
See also
List of lakes in Sweden
References
`, "boilerplate")
	// The title stays for the content filter, which makes it the title:
	// the article's first sentence starts with it.
	if v := verdicts(doc); strings.Index(v, "References ← boilerplate: link under") < strings.Index(v, "Lake Varnholm covers") ||
		!strings.Contains(v, "\nLake Varnholm\n") {
		t.Errorf("the contents' entries are links of a box, or the title goes:\n%s", v)
	}
	if b := block(t, doc, "List of lakes"); !b.Dropped {
		t.Errorf("the link under the second \"See also\" stays\n%s", verdicts(doc))
	}
	doc = run(t, "en", `Related articles
Storm names: who picks them?
How to prepare for a flood
The lake covers an area of 48 square kilometres and reaches a depth of 62 metres, which makes it one of the deepest lakes in the province.
Related articles
Storm names: who picks them?
How to prepare for a flood
`, "boilerplate")
	if b := block(t, doc, "Storm names"); !b.Dropped {
		t.Errorf("the first copy of a box printed twice stays\n%s", verdicts(doc))
	}
}

// A box's blurb lies between two known lines of one kind of box: a cookie
// notice under an embed and a newsletter's box after the article's next
// paragraph are two boxes, and the paragraph between them stays.
func TestBoilerplateBoxOfOneKind(t *testing.T) {
	doc := run(t, "fr", "Un titre pour le test\n"+body+"\nGérer mes choix\nLe texte sera examiné au Parlement début janvier.\nNewsletter\nRecevez chaque matin l'essentiel de l'actualité politique.\nS'inscrire\n", "boilerplate")
	wantKept(t, doc, "Le texte sera examiné")
	wantDropped(t, doc, "Recevez chaque")
}

// A run of short lines that a page's menu ends with its headline keeps the
// headline when the standfirst right under it says its words again; a menu
// item before an unrelated paragraph goes with the run.
func TestBoilerplateShortRunKeepsHeadline(t *testing.T) {
	const standfirst = "Diese cremige Kürbissuppe mit Ingwer wärmt an kalten Herbsttagen und ist in einer halben Stunde fertig.\n"
	doc := run(t, "de", "Startseite\nRezepte\nHauptgerichte\nKürbissuppe mit Ingwer\n"+standfirst+body+"\n", "boilerplate")
	wantKept(t, doc, "Kürbissuppe mit Ingwer")
	wantDropped(t, doc, "Hauptgerichte")
	doc = run(t, "de", "Startseite\nRezepte\nHauptgerichte\nSuppen und Eintöpfe\n"+standfirst+body+"\n", "boilerplate")
	wantDropped(t, doc, "Suppen und")
}

// TestConsentInPrivacyPolicy: a site's privacy policy says what a cookie
// banner says, under its own heading; a banner's text amid an article or
// at its end goes.
func TestConsentInPrivacyPolicy(t *testing.T) {
	const own = "We use cookies to keep you signed in and to remember your settings, and we never use them for advertising."
	tests := []struct {
		text string
		kept bool
	}{
		{enBody1 + "\n\nCookies\n\n" + own + "\n\n" + enBody2 + "\n", true},
		{enBody1 + "\n\n" + own + "\n\n" + enBody2 + "\n", false},
		{enBody1 + "\n\n" + enBody2 + "\n\n" + own + "\n", false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Privacy policy\n\n"+enTeaser+"\n\n"+tt.text, "structure", "boilerplate", "headings")
		if b := block(t, doc, own); b.Dropped == tt.kept {
			t.Errorf("kept %v, want %v in\n%s", !b.Dropped, tt.kept, verdicts(doc))
		}
	}
}

// A docs page's heading right under the breadcrumb's last crumb, which
// says the same, stays for the content filter, which makes it the title;
// the crumb goes with the menu it ends.
func TestBoilerplateHeadingUnderItsCrumb(t *testing.T) {
	doc := run(t, "en", "Acme Docs\nGuides\nAPI Reference\nChangelog\nDocs\nGuides\nConfiguration\nConfiguration\n"+
		"Acme reads its settings from a file called acme.toml in the root of your project, and every setting has a default.\n"+
		"This page explains where Acme looks for the file and how the settings are merged.\n"+
		"Was this page helpful?\nYes\nNo\nEdit this page on GitHub\nPrevious\nQuick start\nNext\nDeploying\n© 2026 Acme Inc. All rights reserved.\nPrivacy\nTerms\n",
		"structure", "boilerplate", "dedupe", "content")
	if doc.Meta.Title != "Configuration" {
		t.Errorf("title %q\n%s", doc.Meta.Title, verdicts(doc))
	}
}

// The label over a recipe's amounts stays where it ends a run of short
// lines, under the recipe's facts.
func TestBoilerplateAmountsLabelEndsRun(t *testing.T) {
	doc := run(t, "nl", `Erwtensoep
Niets is zo Hollands als een pan dikke erwtensoep op een koude winterdag, en dit recept wordt de volgende dag nog lekkerder.
Bereidingstijd: 2 uur
Personen: 6
Ingrediënten
500 g spliterwten
1 rookworst
2 winterpenen
2 uien
Spoel de spliterwten af en breng ze met twee liter water aan de kook, en laat ze een uur zachtjes koken.
`, "structure", "boilerplate")
	if b := block(t, doc, "Ingrediënten"); b.Dropped {
		t.Errorf("the amounts' label goes:\n%s", verdicts(doc))
	}
}

// TestJobTitle: a job offer's title ends with a gender marker the packs
// list; a line with a slash in its last word is no title for it.
func TestJobTitle(t *testing.T) {
	for _, tt := range []struct {
		lang, s string
		want    bool
	}{
		{"de", "Softwareentwickler (m/w/d)", true},
		{"fr", "Développeur web H/F", true},
		{"nl", "Webontwikkelaar (m/v/x)", true},
		{"en", "Software Engineer (m/f/d)", true},
		{"en", "Input/Output", false},
		{"de", "Kontakt", false},
		{"en", "News 24/7", false},
	} {
		if got := jobTitle(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("%s: jobTitle(%q) = %v, want %v", tt.lang, tt.s, got, tt.want)
		}
	}
}

// A timeline's dates, printed alike between body paragraphs, head its
// parts; one date there, or dates with a time of day (a live blog's, which
// the headings filter joins to its entries' headings), go as timestamps.
func TestBoilerplateTimelineDates(t *testing.T) {
	const b1, b2, b3 = enBody1, enBody2, "The two sides met again in the autumn and agreed to exchange another six hundred prisoners."
	tests := []struct {
		text   string
		dates  []string
		parted bool
	}{
		{b1 + "\n\nMarch 2026\n\n" + b2 + "\n\nJune 2026\n\n" + b3 + "\n\nSeptember 2026\n\n" + b1 + "\n", []string{"March 2026", "June 2026", "September 2026"}, true},
		{b1 + "\n\n5 March 2026\n\n" + b2 + "\n\nJune 2026\n\n" + b3 + "\n\nSeptember 2026\n\n" + b1 + "\n", []string{"5 March 2026", "June 2026"}, false},
		{b1 + "\n\n5 March 2026, 10:32\n\n" + b2 + "\n\n6 March 2026, 11:02\n\n" + b3 + "\n\n7 March 2026, 12:15\n\n" + b1 + "\n", []string{"5 March 2026, 10:32"}, false},
		{b1 + "\n\nMarch 2026\n\n" + b2 + "\n\nJune 2026\n\n" + b3 + "\n", []string{"March 2026", "June 2026"}, false},
	}
	for _, tt := range tests {
		doc := run(t, "en", "Peace talks month by month\n\n"+enTeaser+"\n\n"+tt.text, "structure", "boilerplate")
		for _, d := range tt.dates {
			b := block(t, doc, d)
			if parted := !b.Dropped && b.Kind == document.Heading; parted != tt.parted || !tt.parted && !b.Dropped {
				t.Errorf("%q: %s, dropped %v; want heading %v\n%s", d, b.Kind, b.Dropped, tt.parted, verdicts(doc))
			}
		}
	}
}

func TestYearDate(t *testing.T) {
	for s, want := range map[string]bool{
		"Marzo de 2026": true, "14.03.2024": true, "5 December 1999": true,
		"05 dic 2026 - 08:30 CET": false, "Hace 2 horas": false, "12 Nov": false, "Part 12345": false,
	} {
		if got := yearDate(s); got != want {
			t.Errorf("yearDate(%q) = %v, want %v", s, got, want)
		}
	}
	if a, b := tokenShape("Marzo de 2026"), tokenShape("Junio de 2026"); a != "aa0" || a != b {
		t.Errorf("tokenShape: %q and %q, want both \"aa0\"", a, b)
	}
}

func TestCutEditLink(t *testing.T) {
	for _, tt := range []struct{ lang, in, want string }{
		{"en", "History[edit]", "History"},
		{"de", "Geschichte [Bearbeiten | Quelltext bearbeiten]", "Geschichte"},
		{"fr", "Histoire[modifier | modifier le code]", "Histoire"},
		{"en", "The results [2019]", "The results [2019]"},
		{"en", "[edit]", "[edit]"}, // a link alone is no heading's
	} {
		ph := phrases(t, tt.lang)
		if got, _ := cutEditLink(ph, tt.in); got != tt.want {
			t.Errorf("cutEditLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestBoilerplateDatedLists: three items or more, each a line or two over
// its date, are a list of files or stories; two are not, and neither is
// an article's list whose items say more.
func TestBoilerplateDatedLists(t *testing.T) {
	const body = "A tiny persistent job queue for Go, backed by a single file that survives restarts and crashes.\n"
	files := "cmd/tq\ncli: add --json flag\n2 weeks ago\ninternal\nqueue: fix race on close\nlast month\n.gitignore\ninitial commit\n2 years ago\n"
	doc := run(t, "en", "A persistent job queue for Go\n"+body+files+body, "structure", "boilerplate")
	for _, l := range []string{"cmd/tq", "cli: add", "internal", "queue: fix", "last month", ".gitignore", "initial commit"} {
		if b := block(t, doc, l); !b.Dropped {
			t.Errorf("%q kept:\n%s", l, verdicts(doc))
		}
	}
	if b := block(t, doc, "A tiny"); b.Dropped {
		t.Errorf("the text went:\n%s", verdicts(doc))
	}
	two := "cmd/tq\ncli: add --json flag\n2 weeks ago\ninternal\nqueue: fix race on close\n3 weeks ago\n"
	doc = run(t, "en", "A persistent job queue for Go\n"+body+two+body, "structure", "boilerplate")
	if b := block(t, doc, "cli: add"); b.Dropped {
		t.Errorf("two dated items make no list:\n%s", verdicts(doc))
	}
	long := "The council approved the plan for the harbour ferry after a long debate.\nMarch 12, 2026\nThe first boats arrived and the crews trained for a week before service.\nApril 2, 2026\nThe ferry ran again, twice an hour, and the town celebrated on the quay.\nMay 1, 2026\n"
	doc = run(t, "en", "Ferry timeline\n"+body+long+body, "structure", "boilerplate")
	if b := block(t, doc, "The first boats"); b.Dropped {
		t.Errorf("an article's dated sentences went:\n%s", verdicts(doc))
	}
}

// TestBoilerplateCommentUnderItsHeader: a short comment between the
// comments' label, its author and date, its "Reply" button and the reply
// form goes with them.
func TestBoilerplateCommentUnderItsHeader(t *testing.T) {
	const body = "Heat the oven to 180C and line a loaf tin with baking paper before you start on the batter.\n"
	in := "Easy lemon drizzle cake\n" + body + body + "Comments\nSarah says\nNovember 23, 2026 at 9:14 am\nMade this yesterday and it was gone in an hour!\nReply\nLeave a Reply Cancel reply\n"
	doc := run(t, "en", in, "structure", "boilerplate")
	if b := block(t, doc, "Made this"); !b.Dropped {
		t.Errorf("comment kept:\n%s", verdicts(doc))
	}
	// Without the reply form after it, the line may be the article's.
	doc = run(t, "en", strings.TrimSuffix(in, "Reply\nLeave a Reply Cancel reply\n"), "structure", "boilerplate")
	if b := block(t, doc, "Made this"); b.Dropped && dropReason(b) == "comments box" {
		t.Errorf("a line after a comment's header went as a box:\n%s", verdicts(doc))
	}
}

// TestBoilerplateBoxNotOverSpeech: the article's short paragraphs between
// an inline sign-up line and a subscription ask at its end stay where one
// quotes someone; a pitch between two such lines goes.
func TestBoilerplateBoxNotOverSpeech(t *testing.T) {
	const body = "The Central Library will open from 11am to 4pm every Sunday from January, the city council has confirmed.\n"
	in := "Library to stay open on Sundays\n" + body + "Sign up to our daily newsletter\n\"Families told us Sunday was the only day they could come,\" she said.\nThe library will also open later on Saturdays.\nSubscribe now\n"
	doc := run(t, "en", in, "structure", "boilerplate")
	for _, l := range []string{"\"Families", "The library will"} {
		if b := block(t, doc, l); b.Dropped {
			t.Errorf("%q dropped:\n%s", l, verdicts(doc))
		}
	}
	in = "Library to stay open on Sundays\n" + body + "Sign up to our daily newsletter\nGet the biggest stories from your area straight to your inbox.\nSubscribe now\n" + body
	doc = run(t, "en", in, "structure", "boilerplate")
	if b := block(t, doc, "Get the biggest"); !b.Dropped {
		t.Errorf("the box's pitch kept:\n%s", verdicts(doc))
	}
}

// TestHasCrumbMark: every separator's mark is found; curly quotation
// marks and dashes, which start with the same byte as "›", are none.
func TestHasCrumbMark(t *testing.T) {
	for _, sep := range crumbSeparators {
		if !hasCrumbMark("News" + sep + "City") {
			t.Errorf("hasCrumbMark misses %q", sep)
		}
	}
	for _, s := range []string{"“Quoted” – a dash and ’", "plain text", "ü ö ß"} {
		if hasCrumbMark(s) {
			t.Errorf("hasCrumbMark(%q) = true", s)
		}
	}
}

// An event's date and time, lines of a paragraph its writer broke into
// lines over the place and the price, are the event's facts; under a
// byline, or alone, a date is the article's and goes.
func TestBoilerplateKeepsAnEventsDate(t *testing.T) {
	body := "El trío de la contrabajista Ainhoa Salobral inaugura el festival con temas de su último disco.\n\n"
	for _, tc := range []struct {
		name, in string
		kept     bool
	}{
		{"facts", body + "Viernes, 13 de marzo\\\n21:00 horas\\\nClaustro de San Julián, calle del Obispo, 4\\\nEntrada: 15 euros\n\n" + body, true},
		{"under a byline", body + "Por Lucía Carmona\\\nViernes, 13 de marzo\\\n21:00 horas\n\n" + body, false},
		{"two lines", body + "Viernes, 13 de marzo\\\nClaustro de San Julián, calle del Obispo, 4\n\n" + body, false},
		{"alone", body + "Viernes, 13 de marzo\n\n" + body, false},
	} {
		doc := run(t, "es", tc.in, "boilerplate")
		if b := block(t, doc, "Viernes, 13 de marzo"); b.Dropped == tc.kept {
			t.Errorf("%s: dropped %v, want %v", tc.name, b.Dropped, !tc.kept)
		}
	}
}

// A text browser prints a paragraph broken with <br> as lines with no
// blank line between them: in a text that sets its paragraphs apart with
// blank lines, such lines are an event's facts where the first is its date
// and none is boilerplate. A page's header prints its article's date among
// such lines too: under the writer's name, or with its year over share
// buttons; and in a text without blank lines between its paragraphs, lines
// one under the other say nothing.
func TestBoilerplateKeepsAnEventsDatePrintedInLines(t *testing.T) {
	es := browserLines("El trío que dirige la contrabajista Ainhoa Salobral inaugura el festival con temas de su último disco, en el que mezcla el jazz modal con ritmos de la jota.")
	en := browserLines("The diver from Salina South won the state championship in the event with a score of 409.30, and a junior from Trinity Academy added to his collection of state titles.")
	fr := browserLines("Pendant plus de trente ans, elle a appris à lire aux enfants du village, avant de diriger la commune de 1989 à 2001 et de faire rénover l’école du village.")
	event := "   Viernes, 13 de marzo\n   21:00 horas\n   Claustro de San Julián, calle del Obispo, 4\n   Entrada: 15 euros\n"
	for _, tc := range []struct {
		name, lang, in, date string
		kept                 bool
	}{
		{"event", "es", es + es + event + "\n" + es + es, "Viernes", true},
		{"the event's time", "es", es + es + event + "\n" + es + es, "21:00", true},
		{"funeral", "fr", fr + fr + "   le jeudi 5 mars 2026\n   à 14 h 30\n   en l’église Saint-Aubin\n   place de la Mairie, 39260 Saint-Aubin-des-Combes\n\n" + fr + fr, "le jeudi", true},
		{"under the writer", "en", en + en + "   Adam Clark Estes\n   Monday 5:30PM\n   Filed to: innovation\n\n" + en + en, "Monday", false},
		{"over share buttons", "en", en + en + "   Posted: Fri 6:45 PM, Feb 16, 2018\n   Updated: Sat 8:31 PM, Feb 17, 2018\n   Photos from the state meet\n\n" + en + en, "Posted", false},
		{"no blank lines", "es", strings.ReplaceAll(es+es+event+es+es, "\n\n", "\n"), "Viernes", false},
	} {
		doc := run(t, tc.lang, tc.in, "boilerplate")
		if b := block(t, doc, tc.date); b.Dropped == tc.kept {
			t.Errorf("%s: dropped %v, want %v", tc.name, b.Dropped, !tc.kept)
		}
	}
}

// browserLines returns s as a text browser prints a paragraph: wrapped
// at 76 columns, indented by three, a blank line after it.
func browserLines(s string) string {
	var sb strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		switch {
		case n == 0:
			sb.WriteString("   ")
			n = 3
		case n+1+len(w) > 76:
			sb.WriteString("\n   ")
			n = 3
		default:
			sb.WriteByte(' ')
			n++
		}
		sb.WriteString(w)
		n += len(w)
	}
	return sb.String() + "\n\n"
}

// Three sections between slashes are a breadcrumb where the first is a
// link the packs name as navigation; a photo's credit starts with a name.
func TestHomeCrumb(t *testing.T) {
	ph := phrases(t, "es")
	for s, want := range map[string]bool{
		"Portada / Cultura / Agenda":   true,
		"Home / News / Local":          true,
		"AP Photo / Jane Doe / File":   false,
		"Portada / Cultura":            false,
		"Portada / la cultura de hoy.": false,
	} {
		if got := homeCrumb(ph, s); got != want {
			t.Errorf("homeCrumb(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCrumbLed: a breadcrumb with the headline it ends with, whole or cut
// where a text browser wrapped it, starts with two crumbs or more; a
// headline with a sign of the same shape does not.
func TestCrumbLed(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Home > Cronaca > Sandrigo > L’Astico rompe l’argine a", true},
		{"Startseite › Politik › Bund und Länder streiten über die Schuldenbremse", true},
		{"News » Tech » Apple's new MacBook Pro: faster chips, same design", true},
		{"Home / News / Weather / Amber snow warning Weather", true},
		{"Home > L’Astico rompe l’argine a Sandrigo", false},
		{"News / Weather / Amber snow warning issued for Northvale", false},
		{"Inflation > 5 %: Was das für Sparer bedeutet > Analyse", false},
		{"Why 2 > 1 in the eyes of the market", false},
	} {
		if got := crumbLed(tt.s); got != tt.want {
			t.Errorf("crumbLed(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A recipe card's facts and the label over its amounts' parts stay in a
// run of short lines that ends with the parts' first label; a fact is a
// label of a few words, a colon and a number.
func TestShortRunKeepsCardFacts(t *testing.T) {
	in := "Tarte aux poireaux\n\n" + browserLines("Chaque année, dès que les premiers poireaux arrivent sur l'étal du marché, je sais que l'automne est vraiment là et que les longues soirées reviennent.") +
		"Préparation : 20 min\nCuisson : 35 min\nPortions : 6\n\nIngrédients\n\nPour la pâte\n\n200 g de farine\n100 g de beurre\n1 jaune d'œuf\n1 pincée de sel\n\n" +
		browserLines("Préchauffer le four à 190 degrés, étaler la pâte dans le moule et la faire cuire à blanc pendant dix minutes avant de la garnir.")
	doc := run(t, "fr", in, "structure", "boilerplate")
	wantKept(t, doc, "Préparation : 20 min", "Cuisson : 35 min", "Portions : 6", "Ingrédients", "Pour la pâte")
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Préparation : 20 min", true},
		{"Cook time: 1 hr 10 mins", true},
		{"Auteur : Margaux Lefèvre", false},
		{"Le secret de la pâte: 3 ingrédients et beaucoup de patience", false},
	} {
		if got := cardFact(tt.s); got != tt.want {
			t.Errorf("cardFact(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A box's links that run into a breadcrumb count the crumbs another rule
// dropped ("Home"): the headline under the crumb is no tenth link.
func TestRelatedLinksCountDroppedItems(t *testing.T) {
	const nb = "\u00a0"
	text := "Trending\n\n   Full Moons 2026\n   On This Day in Orbit\n   Forums\n   Videos\n   Launch Calendar\n   Subscribe to the magazine\n   All Topics\n\n" +
		"    " + nb + "1." + nb + "Home\n    " + nb + "2." + nb + "News\n    " + nb + "3." + nb + "Science\n\n" +
		"       The Strange Plumes of a Frozen Moon Are Spewing Water Vapour\n\n" +
		"   By Mia Torres\n\n" +
		"   The moon's elusive plumes do indeed seem to be real, a new study of telescope data reports this week.\n"
	doc := run(t, "en", text, "unicode", "structure", "boilerplate")
	if b := block(t, doc, "The Strange Plumes"); b.Dropped {
		t.Errorf("headline dropped as a link\n%s", verdicts(doc))
	}
	if b := block(t, doc, "Videos"); !b.Dropped {
		t.Errorf("box's link kept\n%s", verdicts(doc))
	}
}

// On a question-and-answer site's page, the comments under a post end
// with the commenter's name and the time after a dash; elsewhere such a
// line stays.
func TestDropPostComments(t *testing.T) {
	const body = "I checked with id() and the three lambdas are different objects, so it is not the same function appended three times."
	page := "Ask Question\n\n" + body + "\n\n" +
		"- Not a bug. Search for late binding closures, it is a classic. – Ruairí O'Halloran 3 hours ago\n" +
		"- @WenZhao partly, thanks. – Priya Raghunathan Nov 19, 2019 at 14:30\n" +
		"- Fair point, I covered it in the first sentence. – Gareth Lindqvist 1 hour ago Add a comment\n" +
		"- The first release came out – in 2019, three years later.\n"
	doc := run(t, "en", page, "structure", "boilerplate")
	for _, c := range []struct {
		prefix string
		drop   bool
	}{{"Not a bug", true}, {"@WenZhao", true}, {"Fair point", true}, {"The first release", false}, {"I checked", false}} {
		if b := block(t, doc, c.prefix); b.Dropped != c.drop || c.drop && dropReason(b) != qaReason {
			t.Errorf("%q: dropped %v (%q), want %v\n%s", c.prefix, b.Dropped, dropReason(b), c.drop, verdicts(doc))
		}
	}
	doc = run(t, "en", strings.Replace(page, "Ask Question\n\n", "", 1), "structure", "boilerplate")
	if b := block(t, doc, "Not a bug"); b.Dropped {
		t.Errorf("a comment's line on a page of no Q&A site dropped (%q)", dropReason(b))
	}
}

// A product's box between an advertisement's label and the shop's button
// goes, its price with it; a paragraph between two slots for ads, each
// labelled the same, is the article's.
func TestAdBox(t *testing.T) {
	const body = "Eine Wärmepumpe arbeitet umso effizienter, je niedriger die Vorlauftemperatur ist, die das Haus an kalten Tagen braucht."
	doc := run(t, "de", body+"\n\nUnser Tipp\n\nThermowelt TX-4 Funk-Temperaturlogger\n\nVier Sensoren für Vorlauf und Rücklauf, Daten per App exportierbar.\n\n49,90 €\n\nZum Angebot*\n\n"+body, "structure", "boilerplate")
	for _, p := range []string{"Thermowelt", "Vier Sensoren"} {
		if b := block(t, doc, p); !b.Dropped {
			t.Errorf("%q kept\n%s", p, verdicts(doc))
		}
	}
	const para = "Most significantly, Schiff is now working against the clock."
	doc = run(t, "en", body+"\n\nAdvertisement\n\n"+para+"\n\nAdvertisement\n\n"+body, "structure", "boilerplate")
	if b := block(t, doc, "Most significantly"); b.Dropped {
		t.Errorf("paragraph between two ad labels dropped\n%s", verdicts(doc))
	}
}

// A review's "Plus" over its pros, near its "Minus", is no link, though
// the French pack has the word for one ("Plus", "more").
func TestBoilerplateKeepsProsConsLabels(t *testing.T) {
	in := body + "\n\nPlus\n\n- niedriger Verbrauch\n- komfortable Federung\n\nMinus\n\n- hohe Ladekante\n"
	doc := run(t, "de", in, "boilerplate")
	wantKept(t, doc, "Plus", "Minus")
	// Alone, or near the same word again (a menu's two links), it is
	// the link.
	for _, in := range []string{body + "\nPlus\n", body + "\n\nPlus\n\n- Nachrichten\n\nPlus\n"} {
		doc = run(t, "de", in, "boilerplate")
		wantDropped(t, doc, "Plus")
	}
}

// A writer's box in the header prints the name twice (the avatar's alt
// text, then the link), the role and the date: short lines, but no menu.
// The second copy and the role stay for the credits filter, which reads
// the byline; a menu's section printed over its first link ("Best Of")
// has no role or date under it.
func TestShortRunKeepsADoubledName(t *testing.T) {
	defaults, err := Select(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	const head = "Inicio\nOpinión\nLa tribuna\n\n# El autobús de las siete y cuarenta\n\nCuando se suprime una línea de autobús rural no desaparece solo un horario.\n"
	const body = "\nEn el pueblo el autobús pasaba a las siete y cuarenta, con una puntualidad que los vecinos comentaban como se comenta el tiempo.\n\nDesde el primero de marzo el autobús ya no pasa, y la empresa dejó de prestar el servicio después de que no se renovara el convenio.\n\nHay, dicen, una alternativa: un servicio de transporte a demanda que hay que reservar por teléfono con un día de antelación.\n"
	for _, tc := range []struct {
		name, box string
		want      []string
	}{
		{"role", "Inés Valcárcel Montero\nInés Valcárcel Montero\nPeriodista y escritora\n15 mar 2024 - 05:30 · Lectura: 4 min\nFacebook\nWhatsApp\nMarquesina de la parada de Villarejo. Foto: Rubén Escartín\n", []string{"Inés Valcárcel Montero"}},
		{"menu", "Best Of\nBest Of\nSports\nWeather\nTraffic\nFacebook\nWhatsApp\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, "es", head+tc.box+body, defaults...)
			if !slices.Equal(doc.Meta.Authors, tc.want) {
				t.Errorf("authors %q, want %q\n%s", doc.Meta.Authors, tc.want, verdicts(doc))
			}
			for _, b := range doc.Blocks {
				if b.Text == "Best Of" && !b.Dropped {
					t.Errorf("menu's %q kept\n%s", b.Text, verdicts(doc))
				}
			}
		})
	}
}

// A related link's label printed without a space before the link ("Lees
// ookKoning Maurits …", the two in elements of their own) is the label the
// packs know with the link after it; a name with a capital inside is no
// label.
func TestBoilerplateGluedRelatedLabel(t *testing.T) {
	for _, tc := range []struct{ lang, line string }{
		{"nl", "Lees ookKoning Maurits en koningin Adelheid op staatsbezoek: dit stond er op het programma"},
		{"es", "Lee tambiénEl ferry vuelve al puerto después de diez años de espera"},
	} {
		doc := run(t, tc.lang, tc.line+"\n\n"+body+"\n", pre...)
		if b := block(t, doc, tc.line[:8]); !b.Dropped {
			t.Errorf("%q kept\n%s", tc.line, verdicts(doc))
		}
	}
	// A name with a capital inside stays as it is: "LinkedIn" is no
	// "Linked" label (a social button all the same).
	for _, s := range []string{"McDonald joins the band on the ferry for the summer season", "LinkedIn"} {
		doc := run(t, "en", s+"\n\n"+body+"\n", pre...)
		if b := block(t, doc, s[:4]); b.Text != s || b.Dropped && s[0] == 'M' {
			t.Errorf("%q: text %q, dropped %v\n%s", s, b.Text, b.Dropped, verdicts(doc))
		}
	}
}

func TestTickerRow(t *testing.T) {
	for s, want := range map[string]bool{
		"DAX 18.234 +0,8% | MDAX 26.112 +0,5% | SDAX 14.087 -0,2% |":                             true,
		"DAX 18.234 +0,8% | MDAX 26.112 +0,5% | SDAX 14.087 -0,2% | Euro/Dollar 1,0845":          true,
		"Dow 38,904 −0.3% | S&P 500 5,021 +0.6% | Nasdaq 16,112 +1.1%":                           true,
		"DAX 18.234 +0,8% | MDAX 26.112 +0,5%":                                                   false, // two quotes
		"| DAX | 18.234 | +0,8% |":                                                               false, // a table's row
		"Home | News | Markets | Contact":                                                        false,
		"Gold 2.163 | Brent 82,40 | Euro/Dollar 1,0845 | Bitcoin 61.000":                         false, // no change
		"DAX 18.234 +0,8% | MDAX 26.112 | SDAX 14.087 | TecDAX 3.512 | Euro/Dollar 1,0845 -0,1%": false,
	} {
		if got := tickerRow(s); got != want {
			t.Errorf("tickerRow(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUnglueCamel: a row of buttons a converter glued gets its spaces back.
func TestUnglueCamel(t *testing.T) {
	for s, want := range map[string]string{
		"AceitarRecusarDefinições": "Aceitar Recusar Definições",
		"Aceptar y cerrarRechazar": "Aceptar y cerrar Rechazar",
		"iPhone":                   "i Phone", // a brand's too: only a consent row is read so
		"Accept all":               "Accept all",
		"ÜberUns":                  "Über Uns",
	} {
		if got := unglueCamel(s); got != want {
			t.Errorf("unglueCamel(%q) = %q, want %q", s, got, want)
		}
	}
}

// A breadcrumb printed as a list, its separator after each item but the
// last, goes; a list whose items all end with a slash, or are not
// capitalised, is no breadcrumb.
func TestBoilerplateCrumbList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		gone bool
	}{
		{" 1. Inicio /\n 2. Sucesos /\n 3. Tráfico\n", true},
		{"  • Home ›\n  • Sport ›\n  • Cricket\n", true},
		{" 1. Inicio /\n 2. Sucesos /\n 3. Tráfico /\n", false},
		{" 1. pan /\n 2. vino /\n 3. queso\n", false},
		{" 1. Inicio /\n 2. Tráfico\n", false},
	} {
		doc := run(t, "es", tt.in+"\nEl autobús volcó en una curva de la carretera comarcal poco antes de las nueve de la mañana del viernes.\n", "structure", "boilerplate")
		for i := 1; i <= 2; i++ { // the first may be the packs' menu link
			if b := &doc.Blocks[i]; (dropReason(b) == breadcrumbReason) != tt.gone {
				t.Errorf("%q: block %q dropped as %q, want breadcrumb %v", tt.in, b.Text, dropReason(b), tt.gone)
			}
		}
	}
}

// A share's price and change ("$87.42 +2.3%") has a date's digits and
// dots, but a currency's and a percent sign no date has: a widget's line,
// dropped as symbols whether the lines around it are printed apart or not,
// where as a date it was kept as an event's fact in a text browser's dump
// and dropped in the Markdown written from it.
func TestIsDate(t *testing.T) {
	ph := phrases(t, "en")
	for s, want := range map[string]bool{
		"14.03.2024":     true,
		"11/19/19 10:45": true,
		"$87.42 +2.3%":   false,
		"87.42 +2.3%":    false,
		"18 22 13 17":    false,
	} {
		if got := isDate(ph, s); got != want {
			t.Errorf("isDate(%q) = %v, want %v", s, got, want)
		}
	}
}
