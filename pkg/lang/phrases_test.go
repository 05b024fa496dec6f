package lang

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/textfix"
)

func loadBook(t *testing.T) *Phrasebook {
	t.Helper()
	b, err := LoadPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPacksHaveHeaders(t *testing.T) {
	names, err := fs.Glob(phraseFiles, "phrases/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"de", "en", "fr", "es", "it", "nl", "pt", "ru", "ja", "mul"} {
		found := false
		for _, n := range names {
			found = found || n == "phrases/"+want+".txt"
		}
		if !found {
			t.Errorf("no phrase pack for %s", want)
		}
	}
	for _, n := range names {
		data, err := fs.ReadFile(phraseFiles, n)
		if err != nil {
			t.Fatal(err)
		}
		var header strings.Builder
		for _, l := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(l, "#") {
				break
			}
			header.WriteString(l + "\n")
		}
		for _, must := range []string{"Source:", "Licence:"} {
			if !strings.Contains(header.String(), must) {
				t.Errorf("%s: header comment does not say %q", n, must)
			}
		}
	}
}

func TestMatch(t *testing.T) {
	b := loadBook(t)
	tests := []struct {
		lang, line string
		class      Class
		reason     string
	}{
		{"de", "Abonnieren bei", Boilerplate, "podcast widget"},
		{"de", "Podcast Cover", Boilerplate, "podcast widget"},
		{"en", "0Tweet about this on Twitter", Boilerplate, "share button"},
		{"en", "12Email this to someone", Boilerplate, "share button"},
		{"de", "Die Wiedergabe wurde unterbrochen.", Boilerplate, "media player"},
		{"de", "Die Wiedergabe wurde unterbrochen", Boilerplate, "media player"},
		{"de", "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es zu einem späteren Zeitpunkt erneut.", Boilerplate, "error message"},
		{"de", "ANZEIGE", Boilerplate, "advertising label"},
		{"fr", "Voir les 238 contributions", Boilerplate, "comments"},
		{"pt", "Os comentários estão reservados a assinantes. Inicie sessão para participar.", Boilerplate, "comments"},
		{"pt", "Tópicos: SNS Listas de espera Ministério da Saúde", Related, "related articles"},
		{"en", "Your browser does not support the video element. Watch the video", Boilerplate, "media player"},
		{"pt", "Este sítio utiliza cookies próprios e de terceiros para melhorar a sua experiência.", Boilerplate, "consent notice"},
		{"de", "› Mehr zum Thema", Related, "related articles"},
		// An entry for a line's end that ends in a number: the line's
		// last two words find it.
		{"fr", "Marée basse – bande-annonce officielle (2 min 07)", Boilerplate, "media player"},
		{"de", "Lesen Sie auch: Was Putin wirklich will", Related, "related articles"},
		{"de", "Foto: Russian Foreign Ministry / imago images/ITAR-TASS", PhotoCredit, "photo credit"},
		{"de", "Mit Material von dpa", AgencyCredit, "agency credit"},
		{"de", "Pressekontakt:", Related, "press contact"},
		{"en", "Advertisement", Boilerplate, "advertising label"},
		{"en", "Media Contacts:", Related, "press contact"},
		{"en", "This page was last edited on 3 May 2026, at 10:12 (UTC).", Boilerplate, "wiki page furniture"},
		{"de", "Aus Wikipedia, der freien Enzyklopädie", Boilerplate, "wiki tagline"},
		{"fr", "Un article de Wikipédia, l'encyclopédie libre.", Boilerplate, "wiki tagline"},
		{"pt", "Origem: Wikipédia, a enciclopédia livre.", Boilerplate, "wiki tagline"},
		{"es", "Este artículo contiene enlaces de afiliado. Si reservas a través de ellos, yo recibo una pequeña comisión.", Boilerplate, "legal disclaimer"},
		{"es", "Tu navegador no admite iframes. Abre el mapa directamente en Google Maps.", Boilerplate, "media player"},
		{"es", "¡Compártelo! Facebook X Pinterest WhatsApp Email", Boilerplate, "share button"},
		{"fr", "★★★★★ 4,7 (38 votes) Noter cette recette", Boilerplate, "recipe card buttons"},
		{"de", "Dieser Artikel enthält Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine Provision.", Boilerplate, "legal disclaimer"},
		{"en", "We may earn a commission when you buy through links on our site.", Boilerplate, "legal disclaimer"},
		{"en", "Thread starter greenthumb82", Boilerplate, "forum furniture"},
		{"en", "Post by greenthumb84 » Mon Aug 10, 2026 9:14 am", Boilerplate, "forum furniture"},
		{"de", "Vom Beitragsersteller als hilfreich ausgezeichnet", Boilerplate, "forum furniture"},
		{"en", "Improve this answer", Boilerplate, "Q&A furniture"},
		{"en", "Viewed 48k times", Boilerplate, "Q&A furniture"},
		{"en", "Add a comment", Boilerplate, "Q&A furniture"},
		{"en", "Sorted by: Highest score (default) Trending (recent votes count more)", Boilerplate, "Q&A furniture"},
		{"en", "Sign the guestbook", Boilerplate, "comments"},
		{"en", "Send flowers to the family of Walter Brennick", Boilerplate, "advertising label"},
		{"it", "Commenti (8)", Boilerplate, "comments"},
		{"it", "Tutti gli articoli di Giulia Santambrogio", Boilerplate, "navigation"},
		{"it", "Ti è piaciuta questa recensione? Condividila: Condividi Invia per email Copia link", Boilerplate, "feedback prompt"},
		{"pt", "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.", Boilerplate, "comments"},
		{"pt", "Veja mais notícias da região", Related, "other stories"},
		{"fr", "Flux RSS", Boilerplate, "podcast widget"},
		{"de", "Unser Tipp", Boilerplate, "advertising label"},
		{"it", "Cerca nel sito _____________________ Cerca", Boilerplate, "navigation"},
		{"de", "Wohnort: Bielefeld Nach oben", Boilerplate, "forum furniture"},
		{"en", "Share this event: Share Copy link Email a friend Save to my list", Boilerplate, "share button"},
		{"en", "Listing information is provided by the organiser and was correct at the time of publication.", Boilerplate, "legal disclaimer"},
		{"es", "Esta entrada puede contener enlaces de afiliado. Si compras algo a través de ellos, recibo una pequeña comisión.", Boilerplate, "legal disclaimer"},
		{"es", "Etiquetas: berenjena, horno, recetas de la abuela", Related, "related articles"},
		{"it", "Nuovi aggiornamenti (3) Aggiorna", Boilerplate, "media player"},
		{"nl", "Delen op Facebook Delen op X Via WhatsApp Link kopiëren", Boilerplate, "share button"},
		{"nl", "Lees ook Waarom de familieroman weer helemaal terug is", Related, "related articles"},
		{"nl", "Meer over: BoekenRecensiesNederlandse literatuur", Related, "related articles"},
		{"fr", "Cet épisode vous a plu ? Partagez-le : Facebook X WhatsApp Copier le lien", Boilerplate, "feedback prompt"},
		{"fr", "À écouter aussi", Related, "other stories"},
		{"de", "Hat Ihnen dieser Ratgeber geholfen? Teilen Sie ihn: Facebook", Boilerplate, "feedback prompt"},
		{"de", "*Affiliate-Link: Wenn Sie über einen mit Sternchen markierten Link einkaufen, erhalten wir eine kleine Provision.", Boilerplate, "legal disclaimer"},
		{"en", "Hot Network Questions", Related, "other stories"},
		{"en", "More from Sky News", Related, "related articles"},
		{"en", "More in Trump impeachment inquiry", Related, "related articles"},
		{"de", "Mehr aus Berlin", Related, "related articles"},
		{"es", "Sobre la firma", Related, "other stories"},
		{"en", "Live now", Boilerplate, "navigation"},
		{"en", "Newest first", Boilerplate, "navigation"},
		{"en", "Edit this page on GitHub", Boilerplate, "navigation"},
		{"de", "Diese Seite bearbeiten", Boilerplate, "navigation"},
		{"en", "Listen to the full episode", Boilerplate, "podcast widget"},
		{"en", "Sort by Newest", Boilerplate, "comments"},
		{"en", "Key events", Boilerplate, "table of contents"},
		{"en", "4.87 from 312 votes", Boilerplate, "recipe card buttons"},
		{"en", "More essays", Related, "related articles"},
		{"en", "Thanks for reading The Slow Reader! Subscribe for free to receive new posts and support my work.", Boilerplate, "newsletter promo"},
		{"en", "Tried this recipe? Leave a comment and rate it!", Boilerplate, "recipe card buttons"},
		{"es", "Ir a la receta", Boilerplate, "recipe card buttons"},
		{"de", "Zum Rezept springen", Boilerplate, "recipe card buttons"},
		{"fr", "Imprimer la recette", Boilerplate, "recipe card buttons"},
		{"it", "Vai alla ricetta", Boilerplate, "recipe card buttons"},
		{"nl", "Recept afdrukken", Boilerplate, "recipe card buttons"},
		{"es", "Publicar el comentario", Boilerplate, "comments"},
		{"de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", Boilerplate, "comments"},
		{"fr", "Votre adresse e-mail ne sera pas publiée.", Boilerplate, "comments"},
		{"it", "Pubblica il commento", Boilerplate, "comments"},
		{"nl", "Reactie plaatsen", Boilerplate, "comments"},
		{"en", "Open in app", Boilerplate, "navigation"},
		{"de", "Sortieren nach: Neueste", Boilerplate, "comments"},
		{"fr", "Charger plus de commentaires", Boilerplate, "comments"},
		{"de", "Neueste zuerst", Boilerplate, "navigation"},
		{"en", "You are receiving this email because you signed up at example.org.", Boilerplate, "email furniture"},
		{"de", "Diese E-Mail im Browser ansehen", Boilerplate, "email furniture"},
		{"de", "Ähnliche Themen", Related, "other stories"},
		{"en", "Photograph: Kevin Lamarque/Reuters", PhotoCredit, "photo credit"},
		{"en", "Reuters contributed to this report.", AgencyCredit, "agency credit"},
		{"en", "Jane Doe in Berlin contributed to this report", AgencyCredit, "agency credit"},
		{"en", "Copyright 2022 The Associated Press. All rights reserved.", Boilerplate, "copyright notice"},
		{"fr", "Article réservé à nos abonnés", Boilerplate, "subscription prompt"},
		{"fr", "Il vous reste 58% de cet article à lire.", Boilerplate, "subscription prompt"},
		{"fr", "Il vous reste 7 % de cet article à lire.", Boilerplate, "subscription prompt"},
		{"fr", "Lire aussi : Emmanuel Macron face aux maires", Related, "related articles"},
		{"fr", "Lire aussi | Emmanuel Macron face aux maires", Related, "related articles"},
		{"fr", "Le Monde avec AFP", AgencyCredit, "agency credit"},
		{"fr", "Par la rédaction", AgencyCredit, "agency credit"},
		{"es", "Redacción", AgencyCredit, "agency credit"},
		{"es", "Redacción Sevilla", AgencyCredit, "agency credit"},
		{"de", "Von unserer Redaktion", AgencyCredit, "agency credit"},
		{"it", "A cura della redazione", AgencyCredit, "agency credit"},
		{"it", "Redazione ANSA", AgencyCredit, "agency credit"},
		{"en", "By the editors", AgencyCredit, "agency credit"},
		{"en", "Is this page useful?", Boilerplate, "feedback prompt"},
		{"en", "Have an opinion on anything you’ve read in the Guardian today? Please email us your letter and it will be considered for publication.", Boilerplate, "feedback prompt"},
		{"de", "Einzelnachweise", Related, "related articles"},
		{"nl", "Redactie", AgencyCredit, "agency credit"},
		{"nl", "Kijk ook", Related, "related articles"},
		{"en", "Services and information", Related, "other stories"},
		{"en", "If you enjoy the podcast, consider supporting us on Patreon.", Boilerplate, "podcast widget"},
		{"fr", "Vérifié le 01 décembre 2026 - Direction de l'information légale et administrative (Premier ministre)", Boilerplate, "timestamp"},
		{"es", "Véase también", Related, "related articles"},
		{"de", "War dieser Artikel hilfreich?", Boilerplate, "feedback prompt"},
		{"fr", "Cet article vous a-t-il été utile ?", Boilerplate, "feedback prompt"},
		{"es", "¿Te ha resultado útil este artículo?", Boilerplate, "feedback prompt"},
		{"it", "Questo articolo ti è stato utile?", Boilerplate, "feedback prompt"},
		{"nl", "Was dit artikel nuttig?", Boilerplate, "feedback prompt"},
		{"en", "Cookies on GOV.UK", Boilerplate, "consent notice"},
		{"en", "© Crown copyright", Boilerplate, "copyright notice"},
		{"en", "The BBC is not responsible for the content of external sites.", Boilerplate, "legal disclaimer"},
		{"fr", "Photo : Ludovic Marin / AFP", PhotoCredit, "photo credit"},
		{"es", "Suscríbete para seguir leyendo", Boilerplate, "subscription prompt"},
		{"de", "Jetzt weiterlesen mit SZ Plus", Boilerplate, "subscription prompt"},
		{"de", "Jederzeit kündbar", Boilerplate, "subscription prompt"},
		{"de", "Artikel zum Hören • 4 Min", Boilerplate, "media player"},
		{"en", "More galleries", Related, "other stories"},
		{"fr", "Newsletter Rennes", Boilerplate, "newsletter promo"},
		{"de", "Jetzt bei Amazon kaufen*", Boilerplate, "advertising label"},
		{"de", "Folgen Sie uns auf Instagram", Boilerplate, "share button"},
		{"de", "Zum Kommentarbereich", Boilerplate, "comments"},
		{"fr", "Catégories : Lac dans la Creuse", Boilerplate, "wiki page furniture"},
		{"fr", "Suivez-nous sur Instagram", Boilerplate, "share button"},
		{"es", "Síguenos en Instagram", Boilerplate, "share button"},
		{"it", "Seguici su Instagram", Boilerplate, "share button"},
		{"nl", "Volg ons op Instagram", Boilerplate, "share button"},
		{"nl", "Dit vind je misschien ook interessant", Related, "other stories"},
		{"de", "Kostenlos registrieren und weiterlesen", Boilerplate, "subscription prompt"},
		{"nl", "Lees verder na de advertentie", Boilerplate, "advertising label"},
		{"nl", "Log in om verder te lezen", Boilerplate, "subscription prompt"},
		{"es", "Hazte socio", Boilerplate, "subscription prompt"},
		{"it", "Ascolta questo articolo ora", Boilerplate, "media player"},
		{"en", "Sign up for free to continue reading", Boilerplate, "subscription prompt"},
		{"en", "Register to continue reading", Boilerplate, "subscription prompt"},
		{"en", "Video duration 02:14", Boilerplate, "media player"},
		{"en", "Jump to comments", Boilerplate, "comments"},
		{"de", "Zum Angebot bei Otto*", Boilerplate, "advertising label"},
		{"en", "Check price at Best Buy", Boilerplate, "advertising label"},
		{"fr", "[VIDÉO] Le président du Sénat s'exprime sur la réforme", Boilerplate, "media player"},
		{"en", "Add to calendar", Boilerplate, "share button"},
		{"en", "Continue reading with a Times subscription", Boilerplate, "subscription prompt"},
		{"", "© dpa-infocom, dpa:261205-930-123456/1", AgencyCredit, "agency credit"},
		{"es", "Más información", Related, "related articles"},
		{"it", "© RIPRODUZIONE RISERVATA", Boilerplate, "copyright notice"},
		{"it", "Leggi anche", Related, "related articles"},
		{"nl", "Deel artikel:", Boilerplate, "share button"},
		{"nl", "Beeld ANP", PhotoCredit, "photo credit"},
		{"fr", "Il vous reste 58.42% de cet article à lire. La suite est réservée aux abonnés.", Boilerplate, "subscription prompt"},
		{"en", "Credit...Jane Example for The New York Times", PhotoCredit, "photo credit"},
		{"ru", "Читайте также: В Заречном открыли мост", Related, "related articles"},
		{"ru", "ЕЩЁ ПО ТЕМЕ", Related, "related articles"},
		{"ru", "Фото: Иван Петров / ТАСС", PhotoCredit, "photo credit"},
		{"ru", "По материалам ТАСС", AgencyCredit, "agency credit"},
		{"ru", "Подписывайтесь на наш канал в Telegram", Boilerplate, "newsletter promo"},
		{"ru", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", Boilerplate, "share button"},
		{"ru", "Реклама. ООО «Пример», ИНН 1234567890", Boilerplate, "advertising label"},
		{"ru", "Произошла ошибка. Попробуйте позже.", Boilerplate, "error message"},
		// A row of buttons that innerText glued into one line.
		{"de", "vorlesen Druckansicht Kommentare lesen 84 Beiträge", Boilerplate, "media player"},
		{"en", "Share · Save · Comments", Boilerplate, "share button"},
		// A player's two labels, glued without a space.
		{"en", "Thanks for watching!Visit Website", Boilerplate, "media player"},
		// Widgets speak English on every site, and a failed detection
		// gets every pack.
		{"de", "Share on Facebook", Boilerplate, "share button"},
		{"", "Abonnieren bei", Boilerplate, "podcast widget"},
		{"pl", "Lire aussi : Emmanuel Macron", Related, "related articles"},
		// X's embeds, as the BBC labels them, and their consent box.
		{"en", "Skip X post by @WestmarchRail", Boilerplate, "embedded post"},
		{"en", "End of X post by @WestmarchRail", Boilerplate, "embedded post"},
		{"en", "Allow X content? This article contains content provided by X.", Boilerplate, "embedded post"},
		{"en", "Listener comments (14)", Boilerplate, "comments"},
		{"en", "Join the conversation. Comments are moderated.", Boilerplate, "comments"},
		{"en", "Comments are open to Harbour Audio members. Sign in or become a member to join the conversation.", Boilerplate, "comments"},
		{"en", "The views expressed are the author's own and do not reflect those of the Review.", Boilerplate, "legal disclaimer"},
		// A tag row: the tags on the label's line.
		{"en", "Topics: Libraries Local government Rural life", Related, "related articles"},
		{"fr", "Mots-clés : Mercato Transferts", Related, "related articles"},
		{"it", "Argomenti: ristoranti chef", Related, "related articles"},
		{"fr", "La lecture de cette vidéo nécessite votre consentement aux cookies de notre partenaire vidéo. Modifier mes choix", Boilerplate, "media player"},
		{"fr", "Jouer comporte des risques : endettement, isolement, dépendance.", Boilerplate, "advertising label"},
		{"fr", "Les réactions sont réservées aux abonnés. Connectez-vous pour réagir.", Boilerplate, "comments"},
		{"fr", "Abonnez-vous au Courrier et soutenez un journalisme indépendant. Sans engagement, résiliable à tout moment.", Boilerplate, "subscription prompt"},
		{"de", "Werbefläche 300 x 250", Boilerplate, "advertising label"},
		{"es", "Anuncio · 728x90", Boilerplate, "advertising label"},
		// WP Recipe Maker's unit switch and multiplier; a link to one
		// other story inside the article.
		{"en", "US Customary – Metric 1x2x3x", Boilerplate, "recipe card buttons"},
		{"en", "Prep Time Cook Time Total Time", Boilerplate, "recipe card buttons"},
		{"en", "You might also like: Spiced Apple Sheet Cake", Related, "related articles"},
		// A booking widget's row, ending with its button.
		{"es", "Casa Rural El Castañar ★★★ desde 78 € / noche Ver precios", Boilerplate, "advertising label"},
		// A press release ends at its notes to editors.
		{"en", "Notes to editors", Related, "other stories"},
		{"en", "New customers only. Min deposit £10. T&Cs apply. 18+ | BeGambleAware.org", Boilerplate, "advertising label"},
		{"de", "Unsere Empfehlung: Thermalo Smart T3 Heizkörperthermostat", Boilerplate, "advertising label"},
		{"de", "Themen: Heizkosten Energie sparen Nebenkosten", Related, "related articles"},
		{"fr", "Vous avez un témoignage ? Écrivez-nous", Boilerplate, "feedback prompt"},
		{"de", "Die Reise wurde unterstützt von der Inselgemeinde Lütjenoog.", Boilerplate, "legal disclaimer"},
		{"en", "Local Democracy Reporting Service – This article was written by a Local Democracy Reporter.", AgencyCredit, "agency credit"},
		{"fr", "Sujets associés : Brassac-la-Vionne Faits divers Cambriolage", Related, "related articles"},
		{"en", "Affiliate disclosure: TechLedger is reader-supported. When you buy through links on our site, we may earn a commission.", Boilerplate, "legal disclaimer"},
		{"es", "[Mapa interactivo: Alcornejo de la Vera] Cargando mapa… Ver en pantalla completa", Boilerplate, "advertising label"},
	}
	for _, tt := range tests {
		m, ok := b.Index().Match(tt.line)
		if !ok || m.Class != tt.class || m.Reason != tt.reason {
			t.Errorf("For(%q).Match(%q) = %+v, %v; want class %d %q", tt.lang, tt.line, m, ok, tt.class, tt.reason)
		}
	}
}

// TestMatchKeepsSentences: the same words inside an article sentence are
// never matched, because entries cover the whole line or a marked start.
func TestMatchKeepsSentences(t *testing.T) {
	b := loadBook(t)
	for _, tt := range []struct{ lang, line string }{
		{"de", "Er wollte die Zeitung nicht abonnieren."},
		{"de", "Die Anzeige wurde am Montag erstattet."},
		{"de", "Es ist ein Fehler aufgetreten, sagte der Minister, und er werde behoben."},
		{"de", "Mehr zum Thema Wärmepumpen erklärt die Verbraucherzentrale."},
		{"de", "Fotos zeigen die Zerstörung in der Altstadt."},
		{"de", "Jimmy Wales gilt als Gründer der freien Enzyklopädie."},
		{"en", "Share prices fell."},
		// Lines that end in a number, as the entry above for a
		// trailer's length does, but with other words before it.
		{"fr", "Le film dure 1 h 52 min 07"},
		{"fr", "Le match s'est terminé sur le score de 2 à 1."},
		{"en", "3Tweets"},
		{"en", "0Print 2024 edition"},
		{"en", "Subscribers were told to expect higher fees."},
		{"en", "Read more about the plan in the council's report."},
		{"en", "Photographers were kept away from the scene."},
		{"en", "Thanks for watching!Visit Website to see more of her work."},
		{"fr", "Il a refusé de partager les documents."},
		{"fr", "Les abonnés ont reçu un courrier."},
		{"es", "Compartir la información es clave, dijo."},
		{"it", "Leggi anchesi"},
		{"nl", "Beeldbank van de gemeente"},
		{"ru", "Подписаться на рассылку можно на сайте мэрии."},
		{"ru", "Фотографии с места пожара публикуют очевидцы."},
		{"ru", "По материалам дела, обвиняемый скрылся за границей."},
		{"ru", "Реклама на остановках появится в следующем году."},
		{"ru", "Поделиться впечатлениями после концерта пришли сотни зрителей."},
		// Button words that make a line of their own, not a row.
		{"en", "Share the news"},
		{"en", "See more photos:"},
		{"de", "Teilen Sie Ihre Meinung"},
		// A post on X that the article reports, and a consultation.
		{"en", "X post by the minister was deleted within an hour."},
		{"en", "Comments are open to the public until March 3."},
		{"en", "Topics discussed included housing and transport."},
		{"fr", "Jouer comporte des risques, rappelle l'autorité."},
	} {
		if m, ok := b.Index().Match(tt.line); ok {
			t.Errorf("%s: Match(%q) = %+v, want no match", tt.lang, tt.line, m)
		}
	}
}

func TestWords(t *testing.T) {
	b := loadBook(t)
	ix := b.Index()
	if !ix.Word("timestamp", "Uhr") || !ix.Word("agency", "AFP") || !ix.Word("timestamp", "janvier") {
		t.Error("the index misses German or French timestamp words, or agency words")
	}
	if !ix.Word("timestamp", "января") || !ix.Word("agency", "ТАСС") {
		t.Error("the index misses Russian timestamp or agency words")
	}
	if ix.Word("timestamp", "Haus") {
		t.Error("the index has a noun among the timestamp words")
	}
	if !ix.Word("section", "Cronaca") || !ix.Word("section", "Faits divers") || ix.Word("section", "Krisendiplomatie") {
		t.Error("the section words miss a newspaper's section, or have a kicker")
	}
}

// Starts is true for a word a key of the set may start with: a key of one
// word or the first of several ("Ein" of "ein kommentar von"), folded.
func TestWordSetStarts(t *testing.T) {
	byline := loadBook(t).Index().Words("byline")
	for w, want := range map[string]bool{"Von": true, "Ein": true, "ein": true, "Kommentar": false, "Haus": false, "": false} {
		if got := byline.Starts(w); got != want {
			t.Errorf("Starts(%q) = %v, want %v", w, got, want)
		}
	}
	if (WordSet{}).Starts("von") {
		t.Error("an empty set starts with a word")
	}
}

func TestWordSetHasEnd(t *testing.T) {
	ix := loadBook(t).Index()
	roles, endings := ix.Words("byline role"), ix.Words("adjective ending")
	for _, tt := range []struct {
		set             WordSet
		w               string
		minEnd, minStem int
		want            bool
	}{
		{roles, "Chefredakteur", 6, 1, true},
		{roles, "Redakteur", 6, 1, false}, // the word itself, no compound
		{endings, "Amerikanischer", 1, 3, true},
		{endings, "Europäische", 1, 3, true},
		{endings, "Tische", 1, 3, false}, // a stem of one letter
		{endings, "Cliche", 1, 3, false},
		{endings, strings.Repeat("x", 10000) + "ischer", 1, 3, true},
	} {
		if got := tt.set.HasEnd(tt.w, tt.minEnd, tt.minStem); got != tt.want {
			t.Errorf("HasEnd(%.20q, %d, %d) = %v, want %v", tt.w, tt.minEnd, tt.minStem, got, tt.want)
		}
	}
}

func TestParsePackErrors(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"[sometimes: x]\nfoo\n", "x.txt:1: unknown section"},
		{"foo\n", "x.txt:1: entry \"foo\" before any [section]"},
		{"[drop: a]\nFoo\n[drop: b]\nfoo\n", "x.txt:4: \"foo\" is already in [a]"},
		{"[drop: a]\n...\n", "x.txt:2: entry \"...\" has no words"},
		{"[drop: a]\n* inside a line *\n", "x.txt:2: entry \"* inside a line *\" has a * at both ends; a phrase matches a line's start or its end"},
	} {
		_, err := parsePack("x.txt", tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parsePack(%q) error = %v, want it to contain %q", tt.data, err, tt.want)
		}
	}
}

// InFold is false only where no word of the line is in the set: it may
// say true for a word inside another ("Impressumseite"), never false for
// one that is there.
func TestWordSetInFold(t *testing.T) {
	set := loadBook(t).Index().Words("copyright")
	for _, tt := range []struct {
		line      string
		in, words bool // InFold, and Has for a word of the line
	}{
		{"Copyright 2024 Harbour Daily", true, true},
		{"IMPRESSUM | Datenschutz", true, true},
		{"Zum Impressum’s Seite", true, false}, // "impressums" as a word
		{"Home Sport Weather", false, false},
		{"", false, false},
	} {
		if got := set.InFold(textfix.Fold(tt.line)); got != tt.in {
			t.Errorf("InFold(Fold(%q)) = %v, want %v", tt.line, got, tt.in)
		}
		has := false
		for _, w := range strings.FieldsFunc(tt.line, func(r rune) bool { return !textfix.IsLetter(r) && r != '\'' && r != '’' }) {
			has = has || set.Has(w)
		}
		if has != tt.words {
			t.Errorf("%q: a word in the set = %v, want %v", tt.line, has, tt.words)
		}
		if has && !tt.in {
			t.Errorf("%q: a word is in the set, but InFold is false", tt.line)
		}
	}
}

func TestWordSetHasFoldedPair(t *testing.T) {
	agency := loadBook(t).Index().Words("agency")
	long := strings.Repeat("x", 70)
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"getty", "images", true},
		{"ap", "photo", true},
		{"images", "getty", false},
		{long, "images", false}, // longer than the stack buffer
	} {
		if got := agency.HasFoldedPair(tt.a, tt.b); got != tt.want || got != agency.HasFolded(tt.a+" "+tt.b) {
			t.Errorf("HasFoldedPair(%.10q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMatchWhole: MatchWhole finds a whole line's entry, as Match does,
// and no prefix's: "Zum Angebot bei Amazon" is boilerplate by its start,
// no button's words alone; nor a row of entries.
func TestMatchWhole(t *testing.T) {
	b, err := LoadPhrasebook()
	if err != nil {
		t.Fatal(err)
	}
	p := b.Index()
	for line, want := range map[string]bool{
		"Zum Angebot":            true,
		"Zum Angebot bei Amazon": false,
		"0Tweet":                 true,
		"":                       false,
	} {
		m, ok := p.MatchWhole(line)
		if ok != want || ok && !m.Whole {
			t.Errorf("MatchWhole(%q) = %+v, %v; want %v", line, m, ok, want)
		}
		if full, fok := p.Match(line); fok && full.Whole != ok {
			t.Errorf("Match(%q) whole %v, MatchWhole %v", line, full.Whole, ok)
		}
	}
	if _, ok := p.Match("Zum Angebot bei Amazon"); !ok {
		t.Error(`Match("Zum Angebot bei Amazon") found no prefix entry`)
	}
	// A row of entries and a line of their sentences are whole lines to
	// Match, and no one entry to MatchWhole.
	for _, line := range []string{"Sign in Subscribe", "Share. Subscribe."} {
		if m, ok := p.Match(line); !ok || !m.Whole {
			t.Errorf("Match(%q) = %+v, %v; want a whole line", line, m, ok)
		}
		if m, ok := p.MatchWhole(line); ok {
			t.Errorf("MatchWhole(%q) = %+v; want no entry", line, m)
		}
	}
}
