package filter

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

// The pages below are invented for these tests.

const enMenu = `Home
World
Business
Sport
Culture
Weather
Sign in
Search the site
Subscribe for one pound a week and get unlimited access
`

const enArticle = `The harbour town gets a new ferry after ten years of waiting
Residents of the small harbour town have waited for a new ferry since the old one was taken out of service, and on Monday the first crossing was finally made with a full deck of passengers and their cars.
The council said that the boat had been built in a yard on the other side of the bay and that it would run every hour in summer, and every two hours in the winter months when there are fewer visitors.
“We have been cut off for far too long,” said a shop owner who has sold newspapers on the quay for thirty years. “Now people can come back, and they will spend their money here again.”
The new ferry can carry up to forty cars and three hundred passengers, which is twice as many as the old one, and it uses about a third less fuel on each crossing.
Not everyone is happy. A group of fishermen says that the larger boat takes up too much of the quay, and they have asked the council to find them another place to land their catch.
The council said it would look at the plans again before the end of the year.
`

const enTail = `Most popular
Storm closes the coast road for a second day
Prices at the pump fall for the first time this year
Schools reopen after the heating is repaired
Local team wins the cup on penalties
About us
Contact
Privacy
Terms
© 2024 Harbour Daily News Ltd
`

// page runs the content filter on text as the default pipeline hands a
// whole page to it: with some of the page's boilerplate (here a line of
// share buttons before the text) already dropped by the boilerplate
// filter. Text without any is no whole page to the content filter.
func page(t *testing.T, lang, text string) *document.Document {
	t.Helper()
	doc := document.Parse(shareLine + text)
	doc.Lang = lang
	doc.Blocks[0].Drop(boilerplateName, "share buttons")
	applyContent(t, doc)
	return doc
}

// applyContent runs the content filter on doc.
func applyContent(t *testing.T, doc *document.Document) {
	t.Helper()
	p, err := NewPipeline([]string{"content"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(doc); err != nil {
		t.Fatal(err)
	}
}

const shareLine = "Share on Facebook Share on X Share by email\n"

func TestContentKeepsTheArticleOfAPage(t *testing.T) {
	doc := page(t, "en", enMenu+enArticle+enTail)
	wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
	for _, junk := range []string{"Home", "Sign in", "Storm closes", "Prices at the pump", "© 2024"} {
		b := block(t, doc, junk)
		if !b.Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
			continue
		}
		if n := b.Notes[len(b.Notes)-1]; n.Filter != "content" || n.Reason == "" {
			t.Errorf("%q dropped by %s (%q), want content with a reason", junk, n.Filter, n.Reason)
		}
	}
	if len(doc.Blocks) != strings.Count(shareLine+enMenu+enArticle+enTail, "\n") {
		t.Errorf("%d blocks, want every line still in the document", len(doc.Blocks))
	}
}

// Text without boilerplate is not a whole page, however noisy: it may be
// what unscrape made of one, and a second run must leave that as it is.
func TestContentNeedsBoilerplate(t *testing.T) {
	doc := run(t, "en", enMenu+enArticle+enTail, "content")
	for _, b := range doc.Blocks {
		if b.Dropped {
			t.Errorf("dropped %q from a text without boilerplate", b.Text)
		}
	}
}

// What the filter keeps of a page, cleaned again, stays as it is.
func TestContentKeepsItsOwnOutput(t *testing.T) {
	doc := page(t, "en", enMenu+enArticle+enTail)
	var kept strings.Builder
	for _, b := range doc.Blocks {
		if !b.Dropped {
			kept.WriteString(b.Text + "\n")
		}
	}
	again := run(t, "en", kept.String(), "boilerplate", "dedupe", "content")
	for _, b := range again.Blocks {
		if b.Dropped {
			t.Errorf("second run dropped %q\n%s", b.Text, verdicts(again))
		}
	}
}

// A clean article is not a page: the content filter leaves it alone, its
// short lines and list included.
func TestContentLeavesACleanArticleAlone(t *testing.T) {
	text := enArticle + "What the ferry costs:\nAdults\nChildren\nCars\n"
	doc := page(t, "en", text)
	for _, b := range doc.Blocks {
		if b.Dropped && b.Notes[len(b.Notes)-1].Filter == contentName {
			t.Errorf("dropped %q from a clean article", b.Text)
		}
	}
}

// A long clean article, with a list at its end, is not a page either:
// there is too little noise in it to cut.
func TestContentLeavesALongCleanArticleAlone(t *testing.T) {
	body := strings.Join(strings.Split(strings.TrimSpace(enArticle), "\n")[1:], "\n") + "\n"
	text := enArticle + body + body + "Timetable\nFirst ferry at six\nLast ferry at ten\nNo ferry on Christmas Day\n"
	doc := page(t, "en", text)
	for _, b := range doc.Blocks {
		if b.Dropped && b.Notes[len(b.Notes)-1].Filter == contentName {
			t.Errorf("dropped %q from a clean article", b.Text)
		}
	}
}

const deArticle = `Die Stadt bekommt eine neue Brücke über den Fluss
Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss am Samstag für den Verkehr freigegeben worden, und schon am ersten Tag fuhren mehr als zehntausend Autos über sie.
Die alte Brücke war so marode, dass seit dem Frühjahr nur noch Fahrräder und Fußgänger sie benutzen durften, was zu langen Umwegen für die Pendler aus den Dörfern geführt hatte.
Der Bürgermeister sagte bei der Eröffnung, die Stadt habe lange auf diesen Tag gewartet, und dankte den Arbeitern, die auch im Winter bei Eis und Schnee auf der Baustelle gewesen seien.
Die Kosten sind allerdings höher als geplant: Statt der veranschlagten zwanzig Millionen Euro hat der Bau am Ende fast sechsundzwanzig Millionen gekostet, wie die Verwaltung mitteilte.
`

const deMenu = `Startseite
Politik
Wirtschaft
Kultur
Sport
Wetter
Anmelden
Suche
Newsletter bestellen und informiert bleiben
`

const deTail = `Meistgelesen
Stau auf der Autobahn nach einem Unfall am Morgen
Neues Hallenbad öffnet im Herbst seine Türen
Wochenmarkt zieht auf den Rathausplatz um
Der Verein feiert sein hundertjähriges Bestehen
Impressum
Datenschutz
Kontakt
`

func TestContentGermanPage(t *testing.T) {
	doc := page(t, "de", deMenu+deArticle+deTail)
	wantKept(t, doc, strings.Split(strings.TrimSpace(deArticle), "\n")[1:]...)
	for _, junk := range []string{"Startseite", "Stau auf der Autobahn", "Impressum"} {
		if !block(t, doc, junk).Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
}

// Without a stopword list for the language, length alone decides.
func TestContentWithoutStopwords(t *testing.T) {
	doc := page(t, "", deMenu+deArticle+deTail)
	if b := block(t, doc, "Nach drei Jahren"); b.Dropped {
		t.Errorf("article paragraph dropped\n%s", verdicts(doc))
	}
	if !block(t, doc, "Startseite").Dropped {
		t.Errorf("menu kept\n%s", verdicts(doc))
	}
}

// A page in a language without a stopword list (Japanese) whose share
// links carry its title percent-encoded: the "E" of each "%E5" is no
// Italian "e", and the page is judged by length, not by Italian's list,
// which would find no article at all. An address alone is bad.
func TestContentAddressesHaveNoLanguage(t *testing.T) {
	const title = "%E6%B8%AF%E7%94%BA%E3%81%AB%E6%96%B0%E3%81%97%E3%81%84%E3%83%95%E3%82%A7%E3%83%AA%E3%83%BC%E3%81%8C%E5%8D%81%E5%B9%B4"
	article := "港町に新しいフェリー\n" +
		"港町の住民は、古い船が引退してから十年間、新しいフェリーを待ち続けてきました。月曜日、乗客と車を満載した最初の便がついに出航しました。\n" +
		"市によると、新しい船は湾の向こう側の造船所で造られ、夏は一時間ごと、観光客の少ない冬は二時間ごとに運航するということです。\n" +
		"三十年間、岸壁で新聞を売ってきた店主は「長い間、町は孤立していました。これで人々が戻ってきて、またお金を使ってくれるでしょう」と話しました。\n" +
		"新しいフェリーは車四十台と乗客三百人を運ぶことができ、古い船の二倍の大きさですが、燃料は三分の一少なくて済みます。\n"
	// Share buttons' addresses carry the page's address too, and the
	// parser drops them (see document.isLinkAddress); these do not.
	shares := "https://twitter.com/intent/tweet?text=" + title + "\n" +
		"http://www.facebook.com/sharer.php?t=" + title + "\n" +
		"http://b.hatena.ne.jp/add?mode=confirm&title=" + title + "\n"
	menu := "ホーム\nニュース\n天気\nスポーツ\n文化\nログイン\n検索\n"
	tail := "人気記事\n台風で海岸道路が通行止め\nガソリン価格が今年初めて下落\n地元チームが優勝\n会社概要\nお問い合わせ\nプライバシー\n利用規約\n© 2024 港町新聞\n"
	// Blank lines between: lines of a script without spaces, as long as
	// these, would read as a hard-wrapped paragraph.
	doc := page(t, "ja", strings.ReplaceAll(menu+article+shares+tail, "\n", "\n\n"))
	for _, kept := range []string{"港町の住民は", "市によると", "三十年間", "新しいフェリーは車"} {
		if b := block(t, doc, kept); b.Dropped {
			t.Errorf("%q dropped\n%s", kept, verdicts(doc))
		}
	}
	wantDropped(t, doc, "https://twitter.com", "http://www.facebook.com", "ホーム", "利用規約")
}

// Chinese and Japanese write no spaces: a short sentence the article
// closes with is told by its characters, two a word, and by its full
// stop, "。".
func TestContentKeepsTheShortJapaneseSentenceAnArticleClosesWith(t *testing.T) {
	article := "港町の住民は、古い船が引退してから十年間、新しいフェリーを待ち続けてきました。月曜日、乗客と車を満載した最初の便がついに出航しました。\n" +
		"市によると、新しい船は湾の向こう側の造船所で造られ、夏は一時間ごと、観光客の少ない冬は二時間ごとに運航するということです。\n" +
		"新しいフェリーは車四十台と乗客三百人を運ぶことができ、古い船の二倍の大きさですが、燃料は三分の一少なくて済みます。\n"
	closing := "※「Harbour Ferry」は港町市の商標です。\n"
	menu := "ホーム\nニュース\n天気\nスポーツ\n文化\nログイン\n検索\n"
	tail := "人気記事\n台風で海岸道路が通行止め\nガソリン価格が今年初めて下落\n地元チームが優勝\n会社概要\nお問い合わせ\nプライバシー\n利用規約\n© 2024 港町新聞\n"
	doc := page(t, "ja", strings.ReplaceAll(menu+article+closing+tail, "\n", "\n\n"))
	wantKept(t, doc, strings.TrimSpace(closing))
	wantDropped(t, doc, "人気記事", "利用規約")
}

func TestContentIsRegistered(t *testing.T) {
	s, ok := Lookup("content")
	if !ok || !s.Default {
		t.Fatalf("content: registered %v, default %v", ok, s.Default)
	}
	names, err := Select(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := func(n string) int {
		for i, m := range names {
			if m == n {
				return i
			}
		}
		return -1
	}
	if !(at("dedupe") < at("content") && at("content") < at("credits")) {
		t.Errorf("pipeline order %v: content must run between dedupe and credits", names)
	}
}

func TestTemplates(t *testing.T) {
	doc := run(t, "en", `Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Click to email this to a friend (Opens in new window)
jane says:
The ferry is late again.
bob42 says:
It was on time today.
sam says:
Rating: 12 Votes
`)
	tpl := templates(doc)
	for i, b := range doc.Blocks {
		want := strings.HasPrefix(b.Text, "Click") || strings.HasSuffix(b.Text, "says:")
		if got := tpl[i] != 0; got != want {
			t.Errorf("%q: templated %v, want %v", b.Text, got, want)
		}
	}
}

// How-to steps numbered from one are the article's headings, no template;
// a page's numbered teasers that start elsewhere are one.
func TestTemplatesNumberedSteps(t *testing.T) {
	doc := run(t, "fr", "Étape 1 : l'eau bouillante\nVersez l'eau.\nÉtape 2 : le vinaigre\nVersez le vinaigre.\nÉtape 3 : la ventouse\nPompez.\n"+
		"Folge 12: Die Ostsee\nFolge 11: Der Harz\nFolge 10: Die Eifel\n")
	tpl := templates(doc)
	for i, b := range doc.Blocks {
		want := strings.HasPrefix(b.Text, "Folge")
		if got := tpl[i] != 0; got != want {
			t.Errorf("%q: templated %v, want %v", b.Text, got, want)
		}
	}
}

// A table in the article, names and numbers without a stopword, stays with
// the text around it: read as lines, its rows were bad blocks, and the
// article lost its first paragraph and the table. A table after the article
// goes with the page around it.
func TestContentKeepsATableInTheArticle(t *testing.T) {
	intro := "Below are the crossings of the new ferry on its first day, hour by hour, with the cars and the passengers it carried."
	table := "Crossing | Cars | Passengers\n---|---|---\n"
	for h := 6; h < 16; h++ {
		table += fmt.Sprintf("%02d:00 | %d | %d\n", h, 10+h, 100+7*h)
	}
	after := "Timetable | Summer | Winter\n---|---|---\nFirst | 06:00 | 07:00\nLast | 22:00 | 19:00\n"
	headline, article, _ := strings.Cut(enArticle, "\n")
	in := enMenu + headline + "\n" + intro + "\n\n" + table + "\n" + article + enTail + "\n" + after
	doc := page(t, "en", in)
	wantKept(t, doc, intro, "Crossing", "06:00", "15:00", "Residents of")
	wantDropped(t, doc, "Home", "Timetable", "Last")
}

// A table right under the article, under its label, is the article's:
// a review's specifications, each row short and bad by its numbers.
func TestContentKeepsATableUnderTheArticle(t *testing.T) {
	specs := "Specifications\n\nSpec | Harbour Ferry\n---|---\nLength | 42 m\nCars | 40\nPassengers | 300\nSpeed | 12 knots\n\n"
	doc := page(t, "en", enMenu+enArticle+"\n"+specs+enTail)
	wantKept(t, doc, "Residents of", "Specifications", "Spec |", "Length", "Speed")
	if b := block(t, doc, "Storm closes"); !b.Dropped {
		t.Errorf("the tail kept\n%s", verdicts(doc))
	}
}

// A table's label may be printed twice, in the page's tabs over the
// section too ("Specifications" among "Description", "Reviews"): it is
// the table's label all the same.
func TestContentKeepsATableUnderItsLabelPrintedTwice(t *testing.T) {
	tabs := "- Description\n- Specifications\n- Reviews (12)\n\n"
	specs := "Specifications\n\nSpec | Harbour Ferry\n---|---\nLength | 42 m\nCars | 40\nPassengers | 300\nSpeed | 12 knots\n\n"
	doc := page(t, "en", enMenu+tabs+enArticle+"\n"+specs+enTail)
	var labels []bool
	for _, b := range doc.Blocks {
		if b.Text == "Specifications" {
			labels = append(labels, b.Dropped)
		}
	}
	if !slices.Equal(labels, []bool{true, false}) {
		t.Errorf("the tab and the label dropped: %v, want [true false]\n%s", labels, verdicts(doc))
	}
	wantKept(t, doc, "Spec |", "Length", "Speed")
}

// A list right under the article's last paragraph, its items a few words
// written as a sentence is, is the article's: a product's features under
// its description. A list of headlines in title case there is a list of
// other stories.
func TestContentKeepsTheFeaturesUnderTheDescription(t *testing.T) {
	features := "- Carries up to forty cars on its lower deck\n- Uses about a third less fuel than the old boat\n- Crosses the bay in twenty minutes\n\n"
	doc := page(t, "en", enMenu+enArticle+"\n"+features+enTail)
	wantKept(t, doc, "Carries up", "Uses about", "Crosses the bay")
	headlines := "- 15 Amazing Ferries Around the World\n- 11 Fascinating Facts About Our Harbour\n- The Biggest Boats Ever Built\n\n"
	doc = page(t, "en", enMenu+enArticle+"\n"+headlines+enTail)
	wantDropped(t, doc, "15 Amazing", "11 Fascinating", "The Biggest")
}

// A quotation that ends the article keeps its attribution ("— Jane
// Doe, mayor"), and a list under its label right under it, its items a
// few words written as a sentence is, is the article's too (a press
// release's key figures).
func TestContentKeepsAQuotationsAttributionAndTheKeyFigures(t *testing.T) {
	quote := "> “The ferry brings the town back to life, and it will carry twice as many people as the old one did on every crossing.”\n>\n> — Jane Example, mayor of the harbour town\n\n"
	figures := "Key figures\n\n- 42 metres long and 12 metres wide\n- 40 cars and 300 passengers on each crossing\n- a third less fuel than the old boat\n\n"
	doc := page(t, "en", enMenu+enArticle+"\n"+quote+figures+enTail)
	wantKept(t, doc, "“The ferry brings", "— Jane Example", "Key figures", "42 metres", "a third less")
	if b := block(t, doc, "Storm closes"); !b.Dropped {
		t.Errorf("the tail kept\n%s", verdicts(doc))
	}
}

// The line over the one byline with its lead is the headline though a
// carousel of other stories' teasers stands between it and the article,
// farther than a headline is looked for, where it says the article's
// words.
func TestContentFindsTheHeadlineOverAFarByline(t *testing.T) {
	const headline = "The harbour town gets a new ferry after ten years of waiting"
	var teasers strings.Builder
	for _, t := range []string{"Storm closes the coast road", "Prices at the pump fall", "Schools reopen after repairs", "Local team wins the cup",
		"Council votes on the budget", "New bakery opens on the quay", "Lifeboat crew called out twice", "Museum gets a new roof",
		"Bus routes change in June", "Market moves to the square", "Library opens on Sundays", "Cyclists get a new lane"} {
		teasers.WriteString(t + "\n")
	}
	_, article, _ := strings.Cut(enArticle, "\n")
	doc := page(t, "en", enMenu+headline+"\nBy Jane Example, Harbour Daily\n"+teasers.String()+article+enTail)
	if doc.Meta.Title != headline {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, headline, verdicts(doc))
	}
	// Nearer, the byline where a headline is looked for and the line
	// over it just above: the teasers under the byline share none of
	// its words.
	for n := 8; n <= 10; n++ {
		lines := strings.SplitAfter(teasers.String(), "\n")[:n]
		doc = page(t, "en", enMenu+headline+"\nBy Jane Example, Harbour Daily\n"+strings.Join(lines, "")+article+enTail)
		if doc.Meta.Title != headline {
			t.Errorf("under %d teasers: title %q, want %q\n%s", n, doc.Meta.Title, headline, verdicts(doc))
		}
	}
}

// A box of key points between the standfirst and the byline does not
// hide the headline over them, where the region starts under the byline
// and the headline says one word of the article's lead.
func TestContentFindsTheHeadlineOverKeyPoints(t *testing.T) {
	const headline = "Why the quay went quiet for a decade"
	const standfirst = "For years the only way across the bay was a long drive round it. On Monday that changed, and not everyone on the quay is pleased."
	points := "Key points\n- The crossing takes twenty minutes\n- Sailings run every hour in summer\n- The old boat was retired in 2015\n"
	_, article, _ := strings.Cut(enArticle, "\n")
	doc := page(t, "en", enMenu+headline+"\n"+standfirst+"\n"+points+"By Jane Example and John Roe\n12 May 2025 06.00 BST\nThe new boat leaves the quay on its first crossing. Photograph: Jane Roe/Harbour Daily\n"+article+enTail)
	if doc.Meta.Title != headline {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, headline, verdicts(doc))
	}
}

// A writer's name with its date on one line, no lead before it, says
// which line is the headline as a byline with its lead does: the line
// over the standfirst over it, though it shares one word with the text.
func TestContentFindsTheHeadlineOverADatedName(t *testing.T) {
	const headline = "Who can barely pay the rent buys no heat pump"
	const standfirst = "The government wants every household to go green. But the grants go to those who are already well off, writes Jane Example."
	_, article, _ := strings.Cut(enArticle, "\n")
	article += "Some residents say they can barely pay for a ticket now that the fares have gone up twice this year, and they have asked the council to bring back the cheap winter pass for families.\n"
	doc := runContent(t, "Link: canonical", enMenu+"Column\n"+headline+"\n"+standfirst+"\nJane Example 7 December 2026, 06:00\nShare this article\n"+article+enTail, 0)
	if doc.Meta.Title != headline {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, headline, verdicts(doc))
	}
}

// A column's headline may say none of the lead's words: the line shaped
// like a headline right over the standfirst that says them, with no more
// than a caption between that standfirst and the article, is the
// headline, where the page has no title.
func TestContentFindsTheHeadlineOverItsStandfirst(t *testing.T) {
	const headline = "Small towns are nobody's plan B"
	const standfirst = "Ten years the harbour town waited for its new ferry."
	_, article, _ := strings.Cut(enArticle, "\n")
	for _, caption := range []string{"", "Photo: Jane Roe\n"} {
		doc := document.Parse(shareLine + enMenu + "Opinion\n" + headline + "\n" + standfirst + "\n5 December 2026, 07:00\n" + caption + article + enTail)
		doc.Lang = "en"
		doc.Blocks[0].Drop(boilerplateName, "share buttons")
		block(t, doc, "5 December").Drop(boilerplateName, "timestamp or reading time")
		applyContent(t, doc)
		if doc.Meta.Title != headline {
			t.Errorf("caption %q: title %q, want %q\n%s", caption, doc.Meta.Title, headline, verdicts(doc))
		}
	}
}

// A kicker names the article's subject and so says the lead's words; the
// headline under it, apart from it as a text browser prints a page, over
// its standfirst and the byline, is the headline though it says fewer.
func TestContentFindsTheHeadlineUnderAKicker(t *testing.T) {
	const headline = "A quay that waited too long"
	const standfirst = "Residents of the small harbour town cheered the first crossing of the new ferry on Monday, ten years after the old one was withdrawn."
	_, article, _ := strings.Cut(enArticle, "\n")
	for _, kicker := range []string{"New harbour ferry", ""} {
		text := enMenu + kicker + "\n\n" + headline + "\n\n" + standfirst + "\n\nBy Jane Example\n\n" + article + enTail
		doc := runContent(t, "Link: canonical", text, 0)
		if doc.Meta.Title != headline {
			t.Errorf("kicker %q: title %q, want %q\n%s", kicker, doc.Meta.Title, headline, verdicts(doc))
		}
	}
}

// A headline of a few words in title case over a long standfirst without
// a full stop, the writer's name and the date under both, is the
// headline, though the standfirst says more of the article; the
// standfirst is the article's second deck, and stays.
func TestContentFindsAShortTitleCasedHeadline(t *testing.T) {
	const headline = "The Quay We Stopped Believing In"
	const standfirst = "Ten years of campaigning for a new ferry in the small harbour town, and what changed for residents when the first crossing finally came"
	_, article, _ := strings.Cut(enArticle, "\n")
	text := enMenu + "Field Notes\n\n" + headline + "\n\n" + standfirst + "\n\nJane Example\nFeb 18, 2026 ∙ 9 min read\n\n" + article + enTail
	doc := runContent(t, "Link: canonical", text, 0)
	if doc.Meta.Title != headline {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, headline, verdicts(doc))
	}
	// The deck under it stays with the article.
	wantKept(t, doc, standfirst)
}

// A review's verdict under its conclusion, the score and its pros and
// cons under their labels, is the review's: short lines that are no
// prose.
func TestContentKeepsTheProsAndCons(t *testing.T) {
	lists := "Pros\n- Bright screen\n- Long battery life\n- Fast charging\nCons\n- No wireless charging\n- Slippery back\n"
	for _, verdict := range []string{"Score: 8.4\n" + lists, lists + "Score: 8.4\n"} {
		doc := page(t, "en", enMenu+enArticle+verdict+enTail)
		wantKept(t, doc, "Score: 8.4", "Pros", "Bright screen", "Fast charging", "Cons", "Slippery back")
		if b := block(t, doc, "Storm closes"); !b.Dropped {
			t.Errorf("the tail kept\n%s", verdicts(doc))
		}
	}
	// Or under a box of the scores of the product's parts, under the
	// score and its label.
	const box = "8.4\nOur score\n- Screen: 9\n- Battery: 8.5\n- Camera: 7\n"
	doc := page(t, "en", enMenu+enArticle+box+lists+enTail)
	wantKept(t, doc, "Our score", "Screen: 9", "Camera: 7", "Pros", "Bright screen", "Cons", "Slippery back")
}

// A shop names the product in its breadcrumb's last crumb and again over
// the product's box, its price, options and delivery, which stand between
// that name and the description: farther up than a headline is looked
// for, it is the headline all the same.
func TestContentFindsTheProductNameUnderItsBreadcrumb(t *testing.T) {
	const name = "Harbour Ferry model HF-42 passenger boat"
	crumbs := "- Home\n- Boats\n- Ferries\n- " + name + "\n\n"
	box := "The ferry in white, seen from the front\n\nHarbour Boats\n\n" + name + "\n\n" +
		"Rating: 4.6 of 5\n\n212 reviews\n\nRef.: HF-42\n\nPrice 89,900 € Before 99,000 €\n\nTaxes included\n\n" +
		"Colour: White\n\nWhite Blue Grey\n\nQuantity 1\n\nAdd to cart Add to wishlist\n\nIn stock\n\n" +
		"- Delivered within six weeks\n- Free delivery to the coast\n- Two years of guarantee\n\nDescription\n\n"
	_, article, _ := strings.Cut(enArticle, "\n")
	doc := page(t, "en", "Shop\nBoats\nEngines\nSails\nSign in\n\n"+crumbs+box+article+enTail)
	if doc.Meta.Title != name {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, name, verdicts(doc))
	}
}

// A podcast's show notes stand over its chapters, its links and its
// transcript: short lines with nothing dropped between, which cost more
// than the notes are worth alone, so the region started at the transcript.
func TestContentKeepsTheShowNotesOverTheTranscript(t *testing.T) {
	notes := "In this episode we take the new ferry across the bay with its captain, who explains why the old boat was taken out of service and what the town had to do before the new one could land at the quay, and we ask the fishermen what they think of it.\n\n"
	chapters := "Chapters\n\n- 00:00 Intro\n- 03:12 The old ferry\n- 11:40 Building the new boat\n- 24:05 The fishermen's view\n- 35:50 What comes next\n\nMentioned in this episode\n\n- The council's report on the quay\n- Episode 12: The harbour wall\n\nTranscript\n\n"
	_, transcript, _ := strings.Cut(enArticle, "\n")
	doc := page(t, "en", enMenu+"Episode 40: A new ferry for the harbour town\n\n"+notes+chapters+strings.ReplaceAll(transcript, "\n", "\n\n")+"\n"+enTail)
	wantKept(t, doc, "In this episode", "Chapters", "03:12", "Mentioned in", "Transcript", "Residents of")
	if b := block(t, doc, "Storm closes"); !b.Dropped {
		t.Errorf("the tail kept\n%s", verdicts(doc))
	}
}

// A short first paragraph that leads into a list of facts with its colon
// ("Here's the rundown:"), a forum post's opening, is the article's with
// the list: the facts cost more than the near-good paragraph is worth.
func TestContentKeepsTheLeadIntoAListAboveTheArticle(t *testing.T) {
	lead := "Hi all, this is the first time I am posting here after reading the forum for a couple of years.\n\nHere's the rundown:\n\n" +
		"- Boat: a ferry of 42 m\n- Cars: 40\n- Passengers: 300\n- Speed: 12 knots\n\n"
	_, article, _ := strings.Cut(enArticle, "\n")
	doc := page(t, "en", enMenu+lead+article+enTail)
	wantKept(t, doc, "Hi all", "Here's the rundown", "Boat:", "Speed:", "Residents of")
	if b := block(t, doc, "Subscribe for"); !b.Dropped {
		t.Errorf("the menu kept\n%s", verdicts(doc))
	}
}

// A job posting's headline of two words stands under its breadcrumb's
// last crumb and a kicker, and over its facts, a list of labels and their
// values, which are the posting's, not its header's.
func TestContentKeepsAListingsFactsUnderItsHeadline(t *testing.T) {
	in := "Harbour Ferries Careers\n\n- Jobs\n- About us\n- Our stories\n- Internships\n- Contact\n\n1. Home\n2. Jobs\n3. Ferry Deckhand\n\nVacancy\n\nFerry Deckhand\n\n" +
		"- Location: Harbour town\n- Hours: 32 to 40 a week\n- Salary: 2,400 a month\n- Contract: permanent after a year\n\nApply now\n\n"
	_, article, _ := strings.Cut(enArticle, "\n")
	doc := run(t, "en", shareLine+in+strings.ReplaceAll(article, "\n", "\n\n")+"\n"+enTail, "structure", "boilerplate", "dedupe", "content")
	if doc.Meta.Title != "Ferry Deckhand" {
		t.Errorf("title %q, want the headline\n%s", doc.Meta.Title, verdicts(doc))
	}
	wantKept(t, doc, "Location: Harbour town", "Hours: 32 to 40 a week", "Salary: 2,400 a month", "Contract: permanent after a year")
	for _, junk := range []string{"Apply now", "Storm closes"} {
		if !block(t, doc, junk).Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
}

const enComments = `Top rated comments
harbourfan
2 days ago at 07:52 am
It is about time that the council did something for the people who live on this side of the bay, and I hope that they will keep the ferry running in the winter as well.
Rating: 36 Votes
oldsalt
2 days ago at 08:10 am
The fishermen have a point though. The quay was never built for a boat of that size and the council should have thought about that before they ordered it from the yard.
Rating: 25 Votes
bayresident
1 day ago at 11:03 pm
We went across on the first day and it was a very smooth crossing, but the cafe on board was closed and there was nowhere to sit inside when it started to rain.
Rating: 9 Votes
`

// A comment thread after the article is the readers' text, not the
// article's, however much prose it has. The comments label that opens it
// ("[ 12 comments ]", dropped by the boilerplate filter) marks where the
// thread starts, once there is an article before it; one in the share bar
// above the article does not.
func TestContentDropsTheCommentsAfterTheArticle(t *testing.T) {
	label := "[ 12 comments ]\n"
	for name, in := range map[string]string{
		"thread after the article": enMenu + enArticle + label + enComments + enTail,
		"label above the article":  enMenu + label + enArticle + enTail,
	} {
		t.Run(name, func(t *testing.T) {
			doc := run(t, "en", shareLine+in, "boilerplate", "content")
			if b := block(t, doc, label[:5]); dropReason(b) != "comments" {
				t.Fatalf("the label is not dropped as a comments label\n%s", verdicts(doc))
			}
			wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
			for _, junk := range []string{"It is about time", "The fishermen have a point", "We went across", "Storm closes"} {
				if strings.Contains(in, junk) && !block(t, doc, junk).Dropped {
					t.Errorf("%q kept\n%s", junk, verdicts(doc))
				}
			}
		})
	}
}

// enOthers is a list of other stories, each a whole paragraph as a quote
// site or a blog prints them (sentences, like the article's), and a date.
const enOthers = `The old lighthouse on the point will open to visitors again next spring, after the roof and the lamp room have been repaired by a team of volunteers from the town.
Posted 2 days ago
A family of seals has been seen on the rocks below the harbour wall every morning this week, and the council has asked people to keep their dogs on a lead when they walk along the beach.
Posted 3 days ago
The summer market will move from the square to the quay this year, so that there is more room for the stalls and for the people who come from the villages to buy fish and vegetables.
Posted 5 days ago
A new bus will run from the station to the beach every half hour in July and August, which the council hopes will take some of the cars off the coast road on sunny days.
Posted 6 days ago
The school on the hill has raised enough money to build a new library, and the children will help to choose the books that go on its shelves when it opens in the autumn.
Posted 8 days ago
Two walkers who were cut off by the tide on Sunday evening were brought back to safety by the lifeboat crew, who asked everyone to check the tide tables before they set out.
Posted 9 days ago
The swimming pool by the park will stay open until nine in the evening during the school holidays, and lessons for children will be free on Saturday mornings.
Posted 11 days ago
`

// Under a heading of other stories ("You may also like", dropped by the
// boilerplate filter) the article does not go on, though the teasers are
// prose; under a heading of related articles it may: a page prints a
// "Related" box between two paragraphs.
func TestContentDropsOtherStoriesAfterTheArticle(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(enArticle), "\n")[1:]
	t.Run("other stories", func(t *testing.T) {
		doc := run(t, "en", shareLine+enMenu+enArticle+"You may also like\n"+enOthers+enTail, "boilerplate", "content")
		if b := block(t, doc, "You may also like"); dropReason(b) != othersReason {
			t.Fatalf("the heading is not dropped as a heading of other stories\n%s", verdicts(doc))
		}
		wantKept(t, doc, paras...)
		for _, teaser := range []string{"The old lighthouse", "A family of seals", "The summer market", "Two walkers"} {
			if !block(t, doc, teaser).Dropped {
				t.Errorf("%q kept\n%s", teaser, verdicts(doc))
			}
		}
	})
	t.Run("related box", func(t *testing.T) {
		box := "Related\nStorm closes the coast road for a second day\n"
		in := shareLine + enMenu + strings.Join(paras[:3], "\n") + "\n" + box + strings.Join(paras[3:], "\n") + "\n" + enTail
		doc := run(t, "en", in, "boilerplate", "content")
		if b := block(t, doc, "Related"); dropReason(b) == "" || dropReason(b) == othersReason {
			t.Fatalf("the heading is not dropped as a heading of related articles\n%s", verdicts(doc))
		}
		wantKept(t, doc, paras...)
	})
}

// A list the article ends with, under a line that heads it rather than a
// colon, goes with the article when its items share a shape, up to the
// boilerplate after it ("Most popular", which the boilerplate filter drops);
// the headlines under that go with the page.
func TestContentKeepsAListTheArticleHeads(t *testing.T) {
	list := "Summer Sailings\n"
	for _, d := range []string{"June 9 – North Quay @ Pier One", "June 16 – Bay Head @ the Old Slip", "June 23 – Saint Anne’s Point @ Ferry Terminal", "July 7 – North Quay @ Pier Two", "July 21 – Harbour Mouth @ Lighthouse Steps"} {
		list += d + "\n"
	}
	doc := run(t, "en", shareLine+enMenu+enArticle+list+enTail, "boilerplate", "content")
	wantKept(t, doc, "Residents of", "Summer Sailings", "June 9", "June 23", "July 21")
	wantDropped(t, doc, "Most popular", "Storm closes", "Local team")
}

// A list the article announces with a colon goes on over the empty links
// a converter printed for each item's picture ("[]", dropped as symbols),
// but not over other boilerplate.
func TestContentKeepsAListOverEmptyLinks(t *testing.T) {
	items := []string{"1) Ferry model kit in wood, scale 1:200 http://amzn.to/2iJFhRj", "2) Harbour lighthouse lamp with a brass stand http://amzn.to/2hZfWFJ",
		"3) Sailing knots poster for a child’s room http://amzn.to/2hWEIX7", "4) Tide table calendar for the coming year http://amzn.to/2i0gA5U",
		"5) Lifeboat crew mug, blue and white http://amzn.to/2B4BNPS"}
	intro := strings.Replace(enArticle, "before the end of the year.", "before the end of the year. Here are our gifts for sailors:", 1)
	for _, tc := range []struct {
		name, between string
		kept          bool
	}{
		{"empty links", "[]\n", true},
		{"share buttons", "Share on Facebook\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list := ""
			for _, it := range items {
				list += it + "\n" + tc.between
			}
			doc := run(t, "en", shareLine+enMenu+intro+"\n"+list+"\n"+enTail, "boilerplate", "content")
			for _, it := range items {
				if b := block(t, doc, it[3:20]); b.Dropped == tc.kept {
					t.Errorf("%q dropped: %v\n%s", it, b.Dropped, verdicts(doc))
				}
			}
		})
	}
}

// Items of one template whose words all differ have its punctuation in
// common: five of them under a heading go with the article; links, whose
// addresses have many marks, or headlines of other stories in brackets,
// do not.
func TestContentKeepsAListOfOnePunctuation(t *testing.T) {
	teams := []string{"Bay Rovers (Group A): 10th appearance", "North Quay Athletic (Group A): Seventh appearance",
		"Harbour United (Group B): Third appearance", "Old Slip Wanderers (Group C): First appearance",
		"Saint Anne’s (Group C): Fifth appearance"}
	for _, tc := range []struct {
		name  string
		items []string
		kept  bool
	}{
		{"five", teams, true},
		{"links", []string{"Listen: http://po.st/TP_615", "Download: http://po.st/TP_615d", "iTunes: http://po.st/TP_615a",
			"Spotify: http://po.st/TP_615s", "Stitcher: http://po.st/TP_615t"}, false},
		{"bracketed headlines", []string{"[Ferry fares to rise in the spring]", "[New bus stop for the harbour school]",
			"[Council votes on the car park plans]", "[Lifeboat crew called out twice]", "[Storm closes the coast road]"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list := "Qualified Teams\n" + strings.Join(tc.items, "\n") + "\n"
			doc := run(t, "en", shareLine+enMenu+enArticle+list+enTail, "boilerplate", "content")
			for _, item := range tc.items {
				if b := block(t, doc, item[:8]); b.Dropped == tc.kept {
					t.Errorf("%q dropped: %v\n%s", item, b.Dropped, verdicts(doc))
				}
			}
		})
	}
}

// Under a line with no colon, short lines of no common shape are no list of
// the article's: headlines of other stories.
func TestContentDropsHeadlinesAfterTheArticle(t *testing.T) {
	more := "Around the Bay\nFerry fares to rise in the spring\nNew bus stop for the harbour school\nCouncil votes on the car park plans\nLifeboat crew called out twice in one night\n"
	doc := page(t, "en", enMenu+enArticle+more+enTail)
	wantDropped(t, doc, "Around the Bay", "Ferry fares", "Lifeboat crew", "Storm closes")
}

// Short lines that smoothing made good keep their place in a region but
// add nothing to its value: a run of them after the article does not pull
// the region over the page's tail, and one between two paragraphs of the
// article stays in it.
func TestRegionShortLinesCarryNoWeight(t *testing.T) {
	good := cblock{runes: 400, cf: clGood, cls: clGood}
	short := cblock{runes: 60, cf: clShort, cls: clGood}
	bad := cblock{runes: 100, cf: clBad, cls: clBad}
	teaser := cblock{runes: 200, cf: clGood, cls: clGood}
	for _, tc := range []struct {
		name   string
		bs     []cblock
		lo, hi int
	}{
		{"a run of short lines after the article", []cblock{good, good, short, short, short, short, short, bad, teaser}, 0, 1},
		{"a short line in the article", []cblock{good, short, good, bad, bad}, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := region(tc.bs, make([]int, len(tc.bs)))
			if lo != tc.lo || hi != tc.hi {
				t.Errorf("region %d..%d, want %d..%d", lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// Under a heading of other stories ("Você pode gostar…") whose good
// blocks stand each apart (a row of share buttons, dropped as repeated,
// or the placeholder of its picture, good only by the teasers around it,
// under each teaser), the article has ended; so it has where less than
// half as much text good by its own measure follows the heading as stands
// before it (a list of headlines, then a promotion and the author's
// biography, which follow each other). Where two follow each other and
// outweigh the text above, as an article's paragraphs do under a "Most
// popular" box above it, the heading only makes the text after it weak.
func TestRegionEndsAtTeasersApart(t *testing.T) {
	good := func(i int) cblock { return cblock{i: i, runes: 500, cf: clGood, cls: clGood} }
	// A teaser's headline between good blocks, good by the text around it.
	headline := func(i int) cblock { return cblock{i: i, runes: 50, cf: clShort, cls: clGood} }
	for _, tc := range []struct {
		name    string
		article int      // the good blocks above the heading
		after   []cblock // the blocks after the heading
		lo, hi  int
	}{
		{"teasers apart", 1, []cblock{good(2), good(4), good(6), good(8), good(10), good(12)}, 0, 0},
		{"teasers with pictures", 1, []cblock{good(2), headline(3), good(4), headline(5), good(6), headline(7), good(8)}, 0, 0},
		{"paragraphs together", 1, []cblock{good(2), good(3), good(4), good(5), good(6), good(7)}, 0, 6},
		{"headlines, then less", 6, []cblock{headline(7), headline(8), headline(9), headline(10), good(11), good(12)}, 0, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bs []cblock
			for i := range tc.article {
				bs = append(bs, good(i))
			}
			bs = append(bs, tc.after...)
			bs[tc.article].others = true
			boiler := make([]int, len(bs))
			boiler[tc.article] = 1 // the heading, which the boilerplate filter dropped
			lo, hi := region(bs, boiler)
			if lo != tc.lo || hi != tc.hi {
				t.Errorf("region %d..%d, want %d..%d", lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// A post too short to stand out on its own (a blog's open thread, one
// paragraph) is still the post above a long comment thread under it; a
// page of short text without a thread is kept whole unless the post is
// its prose (TestRegionShortArticle).
func TestRegionShortPostAboveAThread(t *testing.T) {
	menu := cblock{runes: 30, cf: clShort, cls: clBad, prose: true}
	post := cblock{runes: 250, cf: clGood, cls: clGood, prose: true}
	label := cblock{runes: 50, cf: clShort, cls: clShort, label: true}
	comment := cblock{runes: 250, cf: clGood, cls: clGood}
	var bs []cblock
	for range 10 {
		bs = append(bs, menu)
	}
	bs = append(bs, post)
	short := len(bs)
	for range 8 {
		bs = append(bs, label, comment, comment)
	}
	if lo, hi := region(bs, make([]int, len(bs))); lo != 10 || hi != 10 {
		t.Errorf("with a thread: region %d..%d, want the post, 10..10", lo, hi)
	}
	// A run of long comments late in the thread is worth more than the
	// post (lynx prints a thread's labels on lines of their own, and its
	// answers are long): still the post.
	long := cblock{runes: 900, cf: clGood, cls: clGood}
	thread := append(slices.Clone(bs), label, long, long, long, long, long, long)
	if lo, hi := region(thread, make([]int, len(thread))); lo != 10 || hi != 10 {
		t.Errorf("with long comments: region %d..%d, want the post, 10..10", lo, hi)
	}
	bs = bs[:short]
	if lo, hi := region(bs, make([]int, len(bs))); lo != 0 || hi != len(bs)-1 {
		t.Errorf("without: region %d..%d, want the page, 0..%d", lo, hi, len(bs)-1)
	}
}

// A long bad block inside the article (The Hill glues a hover card of
// headlines into a paragraph) does not cut it in two: it costs no more
// than minRegion.
// A photo's credit that says "copyright" is no footer line: between two of
// them, the article's short paragraphs (near-good on their own) stay, as
// BBC pages print their pictures ("Image copyright … Image caption …").
func TestContentPhotoCreditsInTheArticle(t *testing.T) {
	const credit = "Image copyright Harbour Photo Agency Image caption The new ferry at the quay on its first day\n"
	short := []string{
		"The council said that the boat had been built in a yard on the other side of the bay.",
		"It will run every hour in summer, and every two hours in the winter months.",
		"“We have been cut off for far too long,” said a shop owner on the quay.",
	}
	lines := strings.SplitAfter(enArticle, "\n")
	text := enMenu + strings.Join(lines[:3], "") + credit + strings.Join(short, "\n") + "\n" + credit +
		strings.Join(lines[3:], "") + enTail
	doc := page(t, "en", text)
	wantKept(t, doc, append(short, strings.TrimSpace(lines[1]), strings.TrimSpace(lines[5]))...)
	wantDropped(t, doc, "Home", "Storm closes", "© 2024")
}

// Nor is a caption with its credit evidence against the article: few of
// its words are stopwords, and bad, it would cut off the short paragraphs
// above it.
func TestContentCaptionBetweenTheFirstParagraphs(t *testing.T) {
	const caption = "Northport Ferry Terminal in Northport, Bayshire, where passengers from Southport queued on Monday Credit: EPA\n"
	short := []string{
		"A FERRY that waited ten years for its first crossing has made it with a full deck of cars.",
		"The 40-car boat is the third to serve the harbour town since the old pier was rebuilt.",
	}
	lines := strings.SplitAfter(enArticle, "\n")
	text := enMenu + strings.Join(short, "\n") + "\n" + caption + strings.Join(lines[1:], "") + enTail
	doc := page(t, "en", text)
	wantKept(t, doc, append(short, strings.TrimSpace(lines[1]), strings.TrimSpace(lines[5]))...)
	wantDropped(t, doc, "Home", "Storm closes", "© 2024")
}

// A photo's caption with its credit is no evidence of an article: a list
// of videos above the article, each a headline and its picture's caption,
// is not where the article starts; nor is a list of teasers under it, each
// its picture's caption in a list item and its headline under it, where
// it ends.
func TestContentCaptionsAreNoArticle(t *testing.T) {
	captions := []string{
		"The mayor of the harbour town speaks to the council on the quay on Monday, as the first crossing of the new ferry is made with a full deck of passengers and their cars. (AP Photo/Jane Doe)",
		"Fishermen land their catch on the quay, where the larger boat will take up more of the space that they have used for years, and ask the council for another place. (AP Photo/John Roe)",
		"Passengers wait for the new ferry in the rain on the first day of the hourly summer service, which will run every two hours in the winter months. (AP Photo/Jane Doe)",
	}
	for _, tc := range []struct{ name, item string }{
		{"videos above", "Watch: the ferry story, part %d\n%s\n"},
		{"teasers under", "- %[2]s\n\nNews\n\nThe ferry story, part %[1]d\n\n"},
	} {
		var list strings.Builder
		for i, c := range captions {
			fmt.Fprintf(&list, tc.item, i+1, c)
		}
		text := enMenu + list.String() + enArticle + enTail
		if tc.name == "teasers under" {
			text = enMenu + enArticle + "\n" + list.String() + enTail
		}
		doc := page(t, "en", text)
		for _, c := range captions {
			if b := block(t, doc, c[:40]); !b.Dropped {
				t.Errorf("%s: caption kept: %.50q…\n%s", tc.name, c, verdicts(doc))
			}
		}
		wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
	}
}

// A gallery's captions above a "Most read" box are the page's own text: the
// box stands under the article's pictures, and the teasers under the
// article gain no more than a thread's.
func TestRegionOthersUnderAGallery(t *testing.T) {
	caption := cblock{runes: 300, cf: clShort, cls: clShort, credit: true}
	teaser := cblock{runes: 50, cf: clShort, cls: clBad, others: true}
	good := cblock{runes: 300, cf: clGood, cls: clGood, prose: true}
	bad := cblock{runes: 10, cf: clBad, cls: clBad}
	summary := cblock{runes: 250, cf: clGood, cls: clGood, prose: true}
	bs := []cblock{caption, caption, caption, teaser, good, good, good, good, good, good, good, good, bad, bad, summary, bad, summary, bad, summary}
	for k := range bs {
		bs[k].i = k // one after the other on the page
	}
	if lo, hi := region(bs, make([]int, len(bs))); lo != 4 || hi != 11 {
		t.Errorf("region %d..%d, want the article, 4..11", lo, hi)
	}
}

func TestRegionLongBadBlockInside(t *testing.T) {
	menu := cblock{runes: 20, cf: clShort, cls: clBad}
	good := cblock{runes: 200, cf: clGood, cls: clGood, prose: true}
	card := cblock{runes: 650, cf: clBad, cls: clBad}
	var bs []cblock
	for range 10 {
		bs = append(bs, menu)
	}
	bs = append(bs, good, good, good, good, good, good, card, good, good, good)
	for range 10 {
		bs = append(bs, menu)
	}
	if lo, hi := region(bs, make([]int, len(bs))); lo != 10 || hi != 19 {
		t.Errorf("region %d..%d, want the article with the card in it, 10..19", lo, hi)
	}
}

// A short article among menus and headlines is worth less than minRegion,
// but it is the page's prose: it is kept, and the lines around it go. With
// as much prose around it (an article of short paragraphs, a list the page
// is about and the site's blurbs), the page is kept whole. With no line
// that ends like a sentence, the span is all there is to go by.
func TestRegionShortArticle(t *testing.T) {
	headline := cblock{runes: 40, cf: clShort, cls: clBad}
	sentence := cblock{runes: 40, cf: clShort, cls: clBad, prose: true}
	brief := cblock{runes: 250, cf: clGood, cls: clGood, prose: true}
	page := func(around, article cblock) []cblock {
		var bs []cblock
		for range 12 {
			bs = append(bs, around)
		}
		bs = append(bs, article)
		return append(bs, around, around, around)
	}
	cases := []struct {
		name   string
		bs     []cblock
		lo, hi int
	}{
		{"among headlines", page(headline, brief), 12, 12},
		{"among sentences", page(sentence, brief), 0, 15},
		{"no sentence anywhere", page(headline, cblock{runes: 250, cf: clGood, cls: clGood}), 12, 12},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := region(tc.bs, make([]int, len(tc.bs)))
			if lo != tc.lo || hi != tc.hi {
				t.Errorf("region %d..%d, want %d..%d", lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// A page the boilerplate filter took a long menu and footer from is a
// whole page however few lines are left: the teasers after a short
// article go. With so few lines, what stands above the article and good
// text after a box in it stay, but for the list items left of a menu.
func TestContentCutsAPageWithFewLinesLeft(t *testing.T) {
	paragraphs := strings.Split(strings.TrimSpace(enArticle), "\n")[1:4]
	box := "Newsletter\nSign up\nYour e-mail\nSubscribe\n"
	// n menu lines and the box's four, all dropped by the boilerplate
	// filter.
	for _, n := range []int{manyFurnished - 4, manyFurnished - 5} {
		in := strings.Repeat("Menu entry\n", n) + "\n- Sport\n- Weather\n\nHome News Harbour town gets a new ferry\n" + strings.Join(paragraphs[:2], "\n") + "\n" + box + paragraphs[2] +
			"\nStorm closes the coast road for a second day\nPrices at the pump fall for the first time this year\n"
		doc := document.Parse(in)
		doc.Lang = "en"
		for i := range doc.Blocks {
			if i < n || strings.Contains(box, doc.Blocks[i].Text+"\n") {
				doc.Blocks[i].Drop(boilerplateName, "navigation")
			}
		}
		applyContent(t, doc)
		cut := n+4 >= manyFurnished
		for _, junk := range []string{"Storm closes", "Prices at the pump"} {
			if b := block(t, doc, junk); b.Dropped != cut {
				t.Errorf("%d blocks furnished: %q dropped = %v, want %v\n%s", n+4, junk, b.Dropped, cut, verdicts(doc))
			}
		}
		// Above the headline is the page's header either way.
		for _, junk := range []string{"Sport", "Weather"} {
			if b := block(t, doc, junk); !b.Dropped {
				t.Errorf("%d blocks furnished: %q kept\n%s", n+4, junk, verdicts(doc))
			}
		}
		for _, line := range append(paragraphs, "Home News") {
			if b := block(t, doc, line[:min(len(line), 30)]); b.Dropped {
				t.Errorf("%d blocks furnished: %.50q… dropped\n%s", n+4, line, verdicts(doc))
			}
		}
	}
}

// On a page with few lines left, a line of a word or two between the
// headline and the article is a counter or a section's label and goes,
// unless it leads right into the article, as a dateline does; a longer
// line there is a standfirst or a caption and stays.
func TestContentFewLinesShortLinesUnderTheHeadline(t *testing.T) {
	paragraphs := strings.Split(strings.TrimSpace(enArticle), "\n")[1:4]
	in := strings.Repeat("Menu entry\n", manyFurnished) + "\n# Harbour town gets a new ferry\n\n2,289\n\nNo comments\n\nTravel\n\nDropped date\n\n" +
		"The ferry leaves the harbour at dawn\n\nHarbour Times —\n" + strings.Join(paragraphs, "\n") + "\n"
	doc := document.Parse(in)
	doc.Lang = "en"
	for i := range doc.Blocks {
		if i < manyFurnished || doc.Blocks[i].Text == "Dropped date" {
			doc.Blocks[i].Drop(boilerplateName, "navigation")
		}
	}
	applyContent(t, doc)
	for _, junk := range []string{"No comments", "Travel"} {
		if b := block(t, doc, junk); !b.Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
	for _, line := range append(paragraphs, "The ferry leaves", "Harbour Times —") {
		if b := block(t, doc, line[:min(len(line), 30)]); b.Dropped {
			t.Errorf("%.50q… dropped\n%s", line, verdicts(doc))
		}
	}
}

// A heading is short to the content filter however long it is: a long one
// is a standfirst or a teaser's headline, no evidence of an article.
func TestContentHeadingIsShort(t *testing.T) {
	text := "NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving a charge in court, the experts say."
	for _, kind := range []document.Kind{document.Heading, document.Paragraph} {
		b := &document.Block{Kind: kind, Text: text}
		c := cblock{heading: kind == document.Heading, letters: 1}
		c.runes, c.letters = measure(text)
		got := classify(c, b, true, func() float64 { return 0.4 })
		if want := map[bool]class{true: clShort, false: clNearGood}[kind == document.Heading]; got != want {
			t.Errorf("%v: class %d, want %d", kind, got, want)
		}
	}
}

// A list of teasers after the article (a headline, its author, a summary,
// three times or more) is the page's, not the article's; an article's
// sections, a heading over text with no author between, are its own.
func TestContentCutsTeasersOff(t *testing.T) {
	summary := " The council said on Tuesday that it had been told of the problem some weeks ago, and that it was looking at what could be done about it before the winter, when the weather makes the work harder and the days are short.\n"
	teasers := "More Harbour Daily\n" +
		"Storm closes the coast road for a second day\nJane Example\n" +
		"The coast road was closed again on Tuesday after waves threw stones and seaweed over the wall." + summary +
		"Prices at the pump fall for the first time this year\nJohn Sample and Mary Test\n" +
		"Drivers paid a little less for petrol this week, the first fall since January." + summary +
		"Schools reopen after the heating is repaired\nSen. Anna Beispiel\n" +
		"Three schools that closed last week when their boilers failed opened again on Monday." + summary +
		"Fishermen ask for a quay of their own\nPeter Muster\n" +
		"The fishermen of the harbour want a place to land their catch without waiting for the ferry." + summary
	doc := page(t, "en", enMenu+enArticle+teasers+enTail)
	wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
	wantDropped(t, doc, "More Harbour Daily", "Storm closes", "Jane Example", "The coast road", "Three schools")

	// A blog's list of excerpts: a headline and a summary cut short.
	long := " The council said on Tuesday that it had been told of the problem some weeks ago, and that it was looking at what could be done about it before the winter, when […]\n"
	excerpts := "Storm closes the coast road for a second day\nThe coast road was closed again on Tuesday after waves threw stones over the wall." + long +
		"Prices at the pump fall for the first time this year\nDrivers paid a little less for petrol this week, the first fall since January." + long +
		"Schools reopen after the heating is repaired\nThree schools that closed last week when their boilers failed opened again on Monday." + long +
		"Fishermen ask for a quay of their own\nThe fishermen of the harbour want a place to land their catch without waiting for the ferry." + long
	doc = page(t, "en", enMenu+enArticle+excerpts+enTail)
	wantDropped(t, doc, "Storm closes", "The coast road", "Three schools")

	// A picture's name above each headline; a summary of one short
	// sentence.
	pictured := "More Harbour Daily\n" +
		"Coast road picture\nStorm closes the coast road for a second day\nJane Example\nThe coast road was closed again on Tuesday after waves threw stones over the wall." + summary +
		"AP Photo of the pump prices\nPrices at the pump fall for the first time this year\nJohn Sample and Mary Test\nDrivers paid a little less this week.\n" +
		"IMG_2041.jpg\nSchools reopen after the heating is repaired\nSen. Anna Beispiel\nThree schools that closed last week when their boilers failed opened again on Monday." + summary +
		"Quay picture\nFishermen ask for a quay of their own\nPeter Muster\nThe fishermen of the harbour want a place to land their catch without waiting for the ferry." + summary
	doc = page(t, "en", enMenu+enArticle+pictured+enTail)
	wantDropped(t, doc, "Storm closes", "AP Photo", "Drivers paid", "IMG_2041", "Three schools", "The fishermen")

	// An aggregator's list: a kicker, the headline, the source's domain
	// and topic, the summary.
	sourced := "FERRY NEWS\nStorm closes the coast road for a second day\nharbourdaily.com Weather\nThe coast road was closed again on Tuesday after waves threw stones over the wall." + summary +
		"AT THE PUMP\nPrices at the pump fall for the first time this year\n12 shares news.example.co.uk Money\nDrivers paid a little less for petrol this week, the first fall since January." + summary +
		"WARM AGAIN\nSchools reopen after the heating is repaired\n2 shares schools.org Education\nThree schools that closed last week when their boilers failed opened again on Monday." + summary
	doc = page(t, "en", enMenu+enArticle+sourced+enTail)
	wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
	wantDropped(t, doc, "FERRY NEWS", "Storm closes", "harbourdaily.com", "The coast road", "Three schools")

	sections := "How the ferry was built\n" +
		"The boat was built in a yard on the other side of the bay over two years, and the yard took on twenty more workers to finish it in time for the summer.\n" +
		"What the fishermen want\n" +
		"The fishermen have asked for a place of their own on the quay, where they can land their catch without waiting for the ferry to leave the berth.\n" +
		"When the next boat comes\n" +
		"A second ferry of the same kind is planned for the year after next, if the council can find the money for it in its budget for the coming years.\n"
	doc = page(t, "en", enMenu+enArticle+sections+enTail)
	for _, line := range strings.Split(sections, "\n")[:6] {
		if b := block(t, doc, line[:20]); b.Dropped {
			t.Errorf("section line dropped: %.50q…\n%s", line, verdicts(doc))
		}
	}

	// A weekend guide's events, as html-to-text prints them: each
	// section's line of facts, then the next section's heading in
	// capitals, which is no teaser's author.
	events := "When: Sat 14 June, 10am to 4pm · Where: The Corn Exchange · Price: Free\n" +
		"JAZZ ON THE PIER\n" +
		"The pier's Sunday afternoon jazz sessions are back, with a quintet from the town opening the season with swing standards and a few new tunes.\n" +
		"When: Sun 15 June, 2pm to 5pm · Where: Pier Pavilion · Price: £10\n" +
		"ROCK-POOLING SAFARI\n" +
		"Rangers will lead small groups across the rocks at the point at low tide, helping children find crabs, anemones and the odd starfish.\n" +
		"When: Sun 15 June, 10am · Where: Kittiwake Point car park · Price: £4\n" +
		"OPEN GARDENS TRAIL\n" +
		"Eleven private gardens in the village open their gates to the public in aid of the church roof, with teas served in the village hall.\n" +
		"When: Sun 15 June, 12pm to 5pm · Where: Village Hall · Price: £6\n"
	doc = page(t, "en", enMenu+enArticle+events+enTail)
	for _, line := range strings.Split(events, "\n")[1:9] {
		if b := block(t, doc, line[:15]); b.Dropped {
			t.Errorf("event line dropped: %.50q…\n%s", line, verdicts(doc))
		}
	}
}

// In a text with its links (html2text's default, the readers' Markdown), a
// block that is mostly a link's text is a menu or a teaser, however much
// it reads like prose.
func TestContentLinkedText(t *testing.T) {
	teasers := "Read more\n" +
		"[The coast road was closed again on Tuesday after waves threw stones and seaweed over the wall, and the council said it would stay closed.](/news/road)\n" +
		"[Drivers paid a little less for petrol this week, the first fall since January, and the stations expect prices to fall again next week.](/news/petrol)\n" +
		"[Three schools that closed last week when their boilers failed opened again on Monday, after engineers worked through the weekend.](/news/schools)\n"
	doc := page(t, "en", enMenu+enArticle+teasers+enTail)
	wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
	wantDropped(t, doc, "The coast road", "Drivers paid", "Three schools")
}

// A page may print a teaser of another story between two paragraphs of the
// article, a list of one linked headline. It is bad as a list of such
// headlines is, but it ends no article: the short paragraphs after it are
// kept.
func TestContentLoneLinkedItem(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(enArticle), "\n")
	story := strings.Join(lines[:4], "\n") + "\n" +
		" * [LIGHTHOUSE KEEPER RETIRES AFTER FORTY YEARS](//harbour.example/news/lighthouse)\n" +
		"The skipper said that he had waited for this day for years, and that he was glad it was over.\n" +
		"He let the children ring the bell as the boat left the quay, and their parents took pictures.\n" +
		" * [FISH MARKET MOVES TO THE OLD STATION](//harbour.example/news/market)\n" +
		"The first crossing took twenty minutes, as the timetable says, and the boat was back by ten.\n" +
		"Tickets can be bought on the quay and on the boat, and children under five travel for free.\n"
	doc := page(t, "en", enMenu+story+enTail)
	for _, kept := range []string{"The skipper", "He let the children", "The first crossing", "Tickets can be"} {
		if b := block(t, doc, kept); b.Dropped {
			t.Errorf("%q dropped\n%s", kept, verdicts(doc))
		}
	}
	wantDropped(t, doc, "Home", "About us", "© 2024")
}

// A teaser whose picture's alt text is printed twice says the same words
// twice in a row; prose does not, however much it repeats itself.
func TestDoubled(t *testing.T) {
	for s, want := range map[string]bool{
		"‘He died in my hands’: 3 killed in clashes ‘He died in my hands’: 3 killed in clashes Miss Moscow 2018": true,
		"a b c d e f a b c d e f": true,
		// Glued where one link ended and the next began.
		"‘He died in my hands’: 3 killed in clashes near the plant‘He died in my hands’: 3 killed in clashes near the plant Miss Moscow": true,
		"a b c d e f g xa b c d e f g": true,
		"a b c d e f g xb b c d e f g": false, // not glued: another word
		// Headlines after the same kicker, glued into one line.
		"1 Ferry crossing resumes after ten years in town Mayor opens quay 2 Ferry crossing resumes after ten years in town Fishermen protest 3 Ferry crossing resumes after ten years in town Storm closes road": true,
		"1 Ferry crossing resumes after ten years in town Mayor opens quay 2 Ferry crossing resumes after ten years in town Fishermen protest":                                                                    false, // twice, apart
		"a b c d e f x b c d e f": false, // five words again
		"a b c d e a b c d e":     false, // five words
		"We will fight, we will fight, we will fight on the beaches.":                                        false,
		"The council met. The council met again on Tuesday, and the council met on Wednesday too.":           false,
		"x " + strings.Repeat("a b c d e f g h i j ", 21):                                                    false, // too long to look at
		strings.Repeat("a b c d e f g h i j ", 21) + "k l":                                                   false, // too long, and no halves
		strings.Repeat("a b c d e f g h i j ", 11) + "k " + strings.Repeat("a b c d e f g h i j ", 11) + "k": true,  // a long caption twice over
		// A caption printed twice, long; and a paragraph that starts
		// with a related link said twice, which is prose.
		strings.Repeat("Vindman testifies before the House Intelligence Committee on Capitol Hill in Washington, Tuesday, Nov. 19, 2019, during a public hearing on the aid to Ukraine. (AP Photo/Andrew Harnik) ", 2): true,
		"The United States once again kicks the can down the road The United States once again kicks the can down the road " +
			"Talks between the two countries have dragged on for months, and officials said on Monday that a partial deal was still some way off. " +
			"Markets barely moved on the news, as traders had long expected another delay, and the central bank kept its rates where they were. " +
			"Exporters in the region, who depend on orders from both sides, say the uncertainty has already cost them a season.": false,
	} {
		if got := doubled(s); got != want {
			t.Errorf("doubled(%q) = %v, want %v", s, got, want)
		}
	}
}

// doubledByDefinition is doubled as its comment defines it, by trying
// every run at every shift.
func doubledByDefinition(s string) bool {
	w := strings.Fields(s)
	n := len(w)
	if n < 2*minDoubled || n > maxDoubledWords {
		return false
	}
	kmin := minDoubled
	if n > shortDoubled {
		kmin = max(kmin, (n+3)/4)
	}
	// A run of minDoubled words three times, the last apart from the
	// others.
	for p3 := 0; p3+minDoubled <= n; p3++ {
		earlier := 0
		for p := 0; p+minDoubled <= p3; p++ {
			if slices.Equal(w[p:p+minDoubled], w[p3:p3+minDoubled]) {
				earlier++
			}
		}
		if earlier >= 2 {
			return true
		}
	}
	for k := kmin; 2*k <= n; k++ {
		for p := 0; p+2*k <= n; p++ {
			if slices.Equal(w[p:p+k], w[p+k:p+2*k]) {
				return true
			}
			if k-1 >= minDoubled && slices.Equal(w[p+1:p+k], w[p+k+1:p+2*k]) &&
				len(w[p+k]) > len(w[p]) && strings.HasSuffix(w[p+k], w[p]) {
				return true
			}
		}
	}
	return false
}

// TestDoubledAsDefined: the one-pass look finds what trying every run
// finds, on lines of few distinct words, where runs repeat often.
func TestDoubledAsDefined(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	// Few words, so that runs repeat by chance too, and words that end
	// others, so that glued copies can be mistaken.
	vocab := []string{"a", "b", "c", "ab", "ba", "cab", "d", "e", "f", "g", "h", "de"}
	found := 0
	for range 20000 {
		w := make([]string, 11+r.IntN(100))
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		if r.IntN(4) == 0 {
			// A run said three times, with other words between.
			run := slices.Clone(w[:minDoubled+r.IntN(4)])
			for range 2 {
				p := r.IntN(len(w) + 1)
				w = slices.Insert(w, p, run...)
			}
		} else if r.IntN(2) == 0 {
			// A run said twice, sometimes glued.
			k := minDoubled + r.IntN(10)
			p := r.IntN(len(w))
			orig := w[p:min(p+k, len(w))]
			run := slices.Clone(orig)
			if r.IntN(3) == 0 && len(run) > 1 {
				// "… fuel plant‘He died …": the first copy's last
				// word glued to the second's first.
				run[len(run)-1] += orig[0]
				run = append(run, orig[1:]...)
			} else {
				run = append(run, orig...)
			}
			w = slices.Insert(w, p, run...)
		}
		s := strings.Join(w, " ")
		want := doubledByDefinition(s)
		if got := doubled(s); got != want {
			t.Fatalf("doubled(%q) = %v, by definition %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 || found > 19000 {
		t.Errorf("%d of the lines doubled: the test looks at too few of one kind", found)
	}
}

func TestContentDropsAJunkTitle(t *testing.T) {
	for _, tc := range []struct {
		title string
		junk  bool
	}{
		{"Link: canonical", true},      // links2 prints a page's <link> tags first
		{"[logo]", true},               // a picture's name, as pandoc prints it
		{"[ ] [Go]", true},             // a search form as w3m draws it
		{"SlashGear", true},            // a site's name
		{"Skip to content", true},      // the phrase packs know it
		{"[Harbour Daily News]", true}, // a logo's alt text, as pandoc prints it
		{"Harbour town ferry at the pier in the morning Harbour town ferry at the pier in the morning", true}, // a caption, twice
		{"Site: news | Section: local | PageType: story | Slug: harbour-ferry", true},                         // page metadata
		{"Harbour ferry Comments Feed (alternate) Link: https://api.w.org/", true},                            // elinks' links of the page's head
		{"Accept all Reject all Harbour Daily News", true},                                                    // a consent box's buttons
		{"Harbour Daily News Sign in Subscribe", true},                                                        // a header's links
		{"Home / News / Harbour / Ferry returns after ten years", true},                                       // a path of crumbs to the headline
		{"Harbour town gets its ferry back", false},
		{"[Ferries] Harbour town gets its ferry back", false}, // a kicker in brackets
		{"商品の改造が商標法違反に", false},                               // one word, but a headline
	} {
		t.Run(tc.title, func(t *testing.T) {
			doc := runContent(t, tc.title, enMenu+enBody+enTail, 0)
			title := block(t, doc, tc.title)
			if title.Dropped != tc.junk {
				t.Errorf("title dropped: %v, want %v\n%s", title.Dropped, tc.junk, verdicts(doc))
			}
			if want := map[bool]string{true: "", false: tc.title}[tc.junk]; doc.Meta.Title != want {
				t.Errorf("Meta.Title = %q, want %q", doc.Meta.Title, want)
			}
			wantKept(t, doc, strings.Split(strings.TrimSpace(enBody), "\n")...)
		})
	}
}

func TestContentKeepsAJunkTitleOfAnArticle(t *testing.T) {
	// Text that is no whole page is not cut, and its title stays.
	doc := document.Parse("SlashGear\n" + enArticle)
	doc.Lang = "en"
	doc.Blocks[0].Kind = document.Title
	applyContent(t, doc)
	if doc.Blocks[0].Dropped {
		t.Errorf("title of a page with no boilerplate dropped\n%s", verdicts(doc))
	}
}

// enBody is enArticle without its headline.
var enBody = enArticle[strings.IndexByte(enArticle, '\n')+1:]

// enHeadlined is enArticle under a headline of its own words, with the
// byline, the date and a photo's caption between them, as a text browser
// prints a page's article.
// A headline is no line of a template for ending as headlines of other
// stories on the page end: the page's topic words ("… after ten years").
func TestContentFindsTheHeadlineOtherHeadlinesEcho(t *testing.T) {
	const headline = "Harbour town gets its ferry back after ten years"
	echo := "Most popular\nBus route to the bay returns after ten years\nOld pier reopens after ten years\n"
	doc := runContent(t, "Link: canonical", enMenu+enHeadlined+echo+enTail, 0)
	h := block(t, doc, headline)
	if h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
}

const enHeadlined = `Harbour town gets its ferry back after ten years
By Jane Doe
12 March 2024
The new ferry on its first crossing
` + enArticle

// runContent runs the content filter on a page whose first line the
// structure filter took for the title.
func runContent(t *testing.T, title, text string, level int) *document.Document {
	t.Helper()
	doc := document.Parse(shareLine + title + "\n" + text)
	doc.Lang = "en"
	doc.Blocks[0].Drop(boilerplateName, "share buttons")
	b := block(t, doc, title)
	b.Kind, b.Level = document.Title, level
	doc.Meta.Title, doc.Meta.TitleSought = b.Text, true
	applyContent(t, doc)
	return doc
}

func TestContentFindsTheHeadline(t *testing.T) {
	const headline = "Harbour town gets its ferry back after ten years"
	for _, title := range []string{
		"Link: canonical",                            // junk
		"The Morning Gazette",                        // the site's name: no word of the article's
		"Dow Jones, a News Corp company",             // a tagline
		"Weather Sport Ferry Elections Cinema Books", // a menu: one word of six shared
		"Harbour Daily",                              // the site's name, which shares a word; the headline shares more
		"Harbour Daily Ferry Logo",                   // the alt text of the site's logo, which shares a word
	} {
		t.Run(title, func(t *testing.T) {
			doc := runContent(t, title, enMenu+enHeadlined+enTail, 0)
			if b := block(t, doc, title); !b.Dropped {
				t.Errorf("page's title kept\n%s", verdicts(doc))
			}
			h := block(t, doc, headline)
			if h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
				t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
			}
			wantDropped(t, doc, "12 March 2024", "Home")
			// The byline under the headline is the credits filter's.
			wantKept(t, doc, "By Jane Doe")
			wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")[1:]...)
		})
	}
}

// On a page the boilerplate filter left few lines of, the site's name is
// no better a title: the headline takes its place, and what stands above
// the headline (a "Breaking news" label) goes, while the standfirst under
// it stays.
func TestContentFindsTheHeadlineOnAPageOfFewLines(t *testing.T) {
	const (
		title    = "The Morning Gazette"
		headline = "Harbour town gets its ferry back after ten years"
		teaser   = "The new ferry on its first crossing"
	)
	const more = "Podcasts\nNewsletters\n"
	doc := document.Parse(shareLine + enMenu + more + title + "\nBreaking news\n" + headline + "\n" + teaser + "\n" + enArticle + enTail)
	doc.Lang = "en"
	furniture := strings.Split(strings.TrimSpace(shareLine+enMenu+more+enTail), "\n")
	live := 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		switch {
		case b.Text == title:
			b.Kind = document.Title
			doc.Meta.Title, doc.Meta.TitleSought = b.Text, true
		case slices.Contains(furniture, b.Text):
			b.Drop(boilerplateName, "navigation")
		default:
			live++
		}
	}
	if live >= minBlocks || len(furniture) < manyFurnished {
		t.Fatalf("%d live blocks, %d dropped: not a page of few lines", live, len(furniture))
	}
	applyContent(t, doc)
	if b := block(t, doc, title); !b.Dropped {
		t.Errorf("site's name kept\n%s", verdicts(doc))
	}
	if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
	wantDropped(t, doc, "Breaking news")
	wantKept(t, doc, teaser)
	wantKept(t, doc, strings.Split(strings.TrimSpace(enArticle), "\n")...)
}

// A text browser prints a row of share buttons one a line between the
// headline and the article: lines of one template, which do not count
// towards the blocks above the article that the headline is looked for
// in.
func TestContentFindsTheHeadlineOverShareButtons(t *testing.T) {
	const headline = "Harbour town gets its ferry back after ten years"
	var share strings.Builder
	for _, site := range []string{"Facebook", "Reddit", "Twitter", "LinkedIn", "Pinterest", "Tumblr", "WhatsApp", "Pocket", "Telegram", "Email"} {
		share.WriteString("Click to share on " + site + " (Opens in new window)\n")
	}
	text := strings.Replace(enHeadlined, headline+"\n", headline+"\n"+share.String(), 1)
	doc := runContent(t, "The Morning Gazette", enMenu+text+enTail, 0)
	h := block(t, doc, headline)
	if h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
}

// A text browser may print the headline twice, the page's title over its
// <h1>; dedupe makes the first copy a caption and drops the second. It is
// the headline still.
func TestContentFindsTheHeadlinePrintedTwice(t *testing.T) {
	const headline = "Harbour town gets its ferry back after ten years"
	doc := document.Parse(shareLine + "Link: canonical\n" + enMenu + headline + "\n" + enHeadlined + enTail)
	doc.Lang = "en"
	doc.Blocks[0].Drop(boilerplateName, "share buttons")
	b := block(t, doc, "Link: canonical")
	b.Kind = document.Title
	doc.Meta.Title, doc.Meta.TitleSought = b.Text, true
	if err := dedupe(doc, false); err != nil {
		t.Fatal(err)
	}
	if h := block(t, doc, headline); h.Kind != document.Caption {
		t.Fatalf("first copy is a %s, want the caption dedupe makes it\n%s", h.Kind, verdicts(doc))
	}
	applyContent(t, doc)
	if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
}

// Chinese and Japanese are not spaced into words and have no stopword
// list here: pairs of characters say what a headline shares with the
// article. A site's name in Latin letters shares none, nor does a teaser's
// headline above the article's.
func TestContentFindsTheJapaneseHeadline(t *testing.T) {
	const headline = "港町に十年ぶりの新しいフェリーが就航"
	teaser := "台風で海岸道路が通行止めに"
	article := "港町の住民は、古い船が引退してから十年間、新しいフェリーを待ち続けてきました。月曜日、乗客と車を満載した最初の便がついに出航しました。\n" +
		"市によると、新しい船は湾の向こう側の造船所で造られ、夏は一時間ごと、観光客の少ない冬は二時間ごとに運航するということです。\n" +
		"三十年間、岸壁で新聞を売ってきた店主は「長い間、町は孤立していました。これで人々が戻ってきて、またお金を使ってくれるでしょう」と話しました。\n" +
		"新しいフェリーは車四十台と乗客三百人を運ぶことができ、古い船の二倍の大きさですが、燃料は三分の一少なくて済みます。\n"
	menu := "ホーム\nニュース\n天気\nスポーツ\n文化\nログイン\n検索\n"
	tail := "人気記事\nガソリン価格が今年初めて下落\n地元チームが優勝\n会社概要\nお問い合わせ\nプライバシー\n利用規約\n© 2024 港町新聞\n"
	for _, title := range []string{"Harbour Times", "toggle", "港町新聞オンライン"} {
		t.Run(title, func(t *testing.T) {
			text := strings.ReplaceAll(title+"\n"+menu+teaser+"\n"+headline+"\n"+article+tail, "\n", "\n\n")
			doc := document.Parse(shareLine + text)
			doc.Lang = "ja"
			doc.Blocks[0].Drop(boilerplateName, "share buttons")
			b := block(t, doc, title)
			b.Kind = document.Title
			doc.Meta.Title, doc.Meta.TitleSought = b.Text, true
			applyContent(t, doc)
			if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
				t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
			}
			wantDropped(t, doc, title, teaser, "人気記事")
		})
	}
}

// A breadcrumb that ends with the headline stands above it; the headline
// is the title, not the breadcrumb.
func TestContentFindsTheHeadlineUnderItsBreadcrumb(t *testing.T) {
	const headline = "Harbour town gets its ferry back after ten years"
	crumb := "Home News Local " + headline
	doc := runContent(t, "Link: canonical", enMenu+crumb+"\n"+enHeadlined+enTail, 0)
	if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
	if b := block(t, doc, crumb); !b.Dropped {
		t.Errorf("breadcrumb kept\n%s", verdicts(doc))
	}
}

func TestContentKeepsATitleThatIsOne(t *testing.T) {
	for _, tc := range []struct {
		name, title string
		level       int
	}{
		{"shares words", "Harbour town celebrates the return of its ferry", 0},
		{"a # heading", "The Morning Gazette", 1}, // the source marked it
		{"not spaced", "商品の改造が商標法違反に", 0},         // words are not shared where they are not spaced
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := runContent(t, tc.title, enMenu+enHeadlined+enTail, tc.level)
			if b := block(t, doc, tc.title); b.Dropped || doc.Meta.Title != tc.title {
				t.Errorf("title dropped %v, Meta.Title %q\n%s", b.Dropped, doc.Meta.Title, verdicts(doc))
			}
		})
	}
}

func TestContentDropsATitleOffTopic(t *testing.T) {
	// No line above the article is its headline, and the title shares
	// no word with it: the site's name goes, and the page has no title.
	doc := runContent(t, "The Morning Gazette", enMenu+enBody+enTail, 0)
	if b := block(t, doc, "The Morning Gazette"); !b.Dropped || doc.Meta.Title != "" {
		t.Errorf("title dropped %v, Meta.Title %q; want dropped and none\n%s", b.Dropped, doc.Meta.Title, verdicts(doc))
	}
}

func TestContentTakesNoTeaserForTheHeadline(t *testing.T) {
	// The lines above the article share no words with it: none is its
	// headline, and the page has no title rather than a wrong one.
	teasers := "Storm closes the coast road for a second day\nPrices at the pump fall for the first time this year\n"
	doc := runContent(t, "Link: canonical", enMenu+teasers+enBody+enTail, 0)
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && b.Kind == document.Title {
			t.Errorf("title %q, want none\n%s", b.Text, verdicts(doc))
		}
	}
	if doc.Meta.Title != "" {
		t.Errorf("Meta.Title = %q, want none", doc.Meta.Title)
	}
}

func TestHasIdentifier(t *testing.T) {
	for s, want := range map[string]bool{
		"стандартная скорость player.setav speedmult *х100": true,
		"Read more on example.org today":                    true,
		"23 food bloggers picked by Wday.ru":                false, // a site it names, capitalised
		"Фудблогеры по версии Вday.ru":                      false, // a capital of another script
		"U.S. President visits the border":                  false,
		"Nothing to see here":                               false,
		"Version 2.5 is out":                                false,
	} {
		if got := hasIdentifier(s); got != want {
			t.Errorf("hasIdentifier(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasInnerSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"The authorities’ repression has only fuelled the crisis. It is up to them": true,
		"Meth. We’re on it.":                                                true,
		"Artist’s impression of the plumes. (NASA/Jane Doe)":                true,
		"She refused. “Never again”":                                        true,
		"New York man pleads guilty to threatening to kill Rep. Ilhan Omar": false, // an abbreviation
		"U.S. President Donald Trump visits the border":                     false,
		"Prices rise again. 5 things to know":                               false, // no capital after
		"Lone full stop . After a space":                                    false,
		"Nothing to see here":                                               false,
		"Il progetto prevede 120 chilometri entro il 2026. Le associazioni": true,  // after a year
		"Die Nummer 5. Das ist alles":                                       false, // a short number
	} {
		if got := hasInnerSentence(s); got != want {
			t.Errorf("hasInnerSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasWidget(t *testing.T) {
	for s, want := range map[string]bool{
		"[ ] [Go]":               true,
		"[INS::INS]":             true,
		"Edition[]":              true,
		"[logo]":                 true,
		"[IMG] Dallas Robinson":  true,
		"Search for: [ ] Search": true,
		"KAPITALKOMPASS Das Finanzportal für Anleger Aktie, WKN oder Stichwort suchen ____________________ Suchen": true,
		"Fill in the ___ of the week":                false,
		"[Ferries] Harbour town gets its ferry back": false,
		"[The Palace] Royal visit":                   false,
		"No brackets at all":                         false,
		"An open [bracket and no end":                false,
	} {
		if got := hasWidget(s); got != want {
			t.Errorf("hasWidget(%q) = %v, want %v", s, got, want)
		}
	}
}

// An article that opens with a few one-line paragraphs keeps them: the
// region starts at its first long paragraph, and the short sentences right
// above it are taken in. A question above them is the headline's, and a
// line cut short a teaser's: they stay out.
func TestContentKeepsTheShortSentencesAnArticleOpensWith(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(enArticle), "\n")
	opening := "The wait is over.\nThe ferry is back:\n"
	for _, tt := range []struct {
		name, above string
		kept        []string
		dropped     []string
	}{
		{"short sentences", opening, []string{"The wait is over.", "The ferry is back:"}, nil},
		{"a question above them", "Will the ferry pay for itself?\n" + opening, []string{"The wait is over.", "The ferry is back:"}, []string{"Will the ferry"}},
		{"a teaser cut short", "Storm closes the coast road for a second day and…\n" + opening, []string{"The wait is over."}, []string{"Storm closes"}},
		{"a fragment", "a.m.\n" + opening, []string{"The wait is over."}, []string{"a.m."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := page(t, "en", enMenu+lines[0]+"\n"+tt.above+strings.Join(lines[1:], "\n")+"\n"+enTail)
			wantKept(t, doc, append(tt.kept, lines[1:]...)...)
			wantDropped(t, doc, tt.dropped...)
		})
	}
}

// The short sentences an article closes with stay with it too, in
// paragraphs, in a list or in a quotation.
func TestContentKeepsTheShortSentencesAnArticleClosesWith(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(enArticle), "\n")
	closing := "The first ferry leaves at six.\nTickets cost two pounds!\n\n- Buy them on the quay.\n\n> We sail again at last.\n\n"
	doc := page(t, "en", enMenu+enArticle+closing+enTail)
	wantKept(t, doc, append(paras[1:], "The first ferry leaves at six.", "Tickets cost two pounds!", "Buy them on the quay.", "We sail again at last.")...)
	wantDropped(t, doc, "Most popular", "Storm closes", "About us")
}

// A news lead with few stopwords is bad text by their measure, and right
// under the share buttons the boilerplate filter dropped, it cannot pay
// for them: the region starts at the paragraph after it. It is a
// sentence, though, and is taken in.
func TestContentKeepsALeadOfFewStopwords(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(enArticle), "\n")
	lead := "Harbour Ferries chief executive Anna Berg blamed record demand, booking-system faults, staff shortages and North Quay roadworks for Monday's long queues."
	doc := document.Parse(shareLine + enMenu + lines[0] + "\n" + shareLine + lead + "\n" + strings.Join(lines[1:], "\n") + "\n" + enTail)
	doc.Lang = "en"
	for i := range doc.Blocks {
		if doc.Blocks[i].Text == strings.TrimSpace(shareLine) {
			doc.Blocks[i].Drop(boilerplateName, "share buttons")
		}
	}
	applyContent(t, doc)
	wantKept(t, doc, append([]string{lead}, lines[1:]...)...)
	wantDropped(t, doc, "Home", "Storm closes")
}

// An article goes on after a box of a few dropped lines (an ad, a video's
// end card) with a paragraph of its own, even one of few stopwords, which
// could not pay for the box.
func TestContentKeepsTheParagraphAfterABox(t *testing.T) {
	last := "ATTEND the two-day Harbour Festival with ferry rides, brass bands, fish markets, lantern parades and fireworks over North Quay, Saturday and Sunday, June 14–15, from noon."
	box := "Advertisement\nThanks for watching!\nVisit Website\n"
	doc := document.Parse(shareLine + enMenu + enArticle + box + last + "\n" + enTail)
	doc.Lang = "en"
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; strings.Contains(box, b.Text) || b.Text == strings.TrimSpace(shareLine) {
			b.Drop(boilerplateName, "box")
		}
	}
	applyContent(t, doc)
	wantKept(t, doc, last)
	wantDropped(t, doc, "Most popular", "Storm closes")
}

// A product's data sheet between two sections of its article, a dozen
// items of a label and its value with few stopwords, takes the class of
// the text around it: bad, it would cut the sections under it off.
func TestContentKeepsTheSectionsAfterADataSheet(t *testing.T) {
	sheet := "## Specifications\n"
	for _, item := range []string{"Length: 62 m, beam 14 m", "Engines: 2 × 1,200 kW diesel-electric", "Cars: 40", "Passengers: 300",
		"Speed: 12 knots", "Crossing: 40 min", "Crew: 6", "Built: Harbourside Yard, 2024", "Fuel: marine gas oil, 30 % less per crossing",
		"Ramps: bow and stern", "Lifts: 2", "Café: 60 seats"} {
		sheet += "* " + item + "\n"
	}
	after := "## Timetable and fares\nThe ferry leaves the quay every hour from seven in the morning until ten at night in summer, and every two hours in the winter months, when there are fewer visitors to the town and the islands.\n" +
		"A return ticket costs twelve pounds for a car and its driver and three pounds for each passenger, and children under five travel for free on every crossing of the year.\n"
	doc := run(t, "en", shareLine+enMenu+enArticle+sheet+after+enTail, "structure", "boilerplate", "dedupe", "content")
	wantKept(t, doc, "Passengers: 300", "The ferry leaves the quay", "A return ticket costs")
	wantDropped(t, doc, "Most popular", "Storm closes")
}

// TestContentLabelledItems: a roundup's items that each end with the same
// label ("Trailer") are the article's, however little each one's review
// weighs against its title, rating and credits.
func TestContentLabelledItems(t *testing.T) {
	reviews := []string{
		// The first, long, is in the region: the label is the article's.
		"A fishing family on a small island keeps a secret for thirty years, and the tide that brings a stranger back to the harbour also brings it out; the director films the coast in long, cold shots, and the cast, most of them from the island, make every silence count.",
		"Three siblings who have not spoken in ten years meet again in their late mother's house to divide her things, and the comedy that follows is kind and sharp.",
		"Two old projectionists keep the last cinema in the valley running with reels of film that they splice by hand, and they talk about their work at their own pace.",
		"A young engineer and an old sailor cross the bay together in a winter storm, and the film, which was shot out on the water itself, is the most gripping one of the week.",
	}
	text := enArticle
	for k, r := range reviews {
		text += fmt.Sprintf("Film number %d\n★★★☆☆\nBy Jane Roe. With John Doe, Mary Major. 1 h 4%d\n%s\nTrailer\nFilm number %d – official trailer (2 min 0%d)\n", k+1, k, r, k+1, k)
	}
	doc := run(t, "en", shareLine+enMenu+text+enTail, "structure", "boilerplate", "dedupe", "content")
	wantKept(t, doc, reviews[3])
	wantDropped(t, doc, "Most popular", "Storm closes")
}

// A blog that prints one caption under each of its pictures: dedupe
// drops all copies but the first, which must not cut the article's start,
// above a short list, from the rest.
func TestContentRepeatedCaptionBetweenParagraphs(t *testing.T) {
	caption := "A Day on the Harbour Ferry with the Whole Family #FerryDays #sponsored"
	paras := []string{
		"We finally took the new ferry across the bay last weekend, and the kids loved every minute of it. It was the first time that all four of us had been on a boat together since we moved here, and the weather was on our side.",
		"Our day trip kit is really very simple.\n\n* bottled water\n* a baby carrier\n* snack bars\n* a camera",
		"Red was in charge of the snacks for this trip, and he packed far more than the four of us could eat. We gave the rest to the crew, who told us that they do not often get anything from the passengers on the boat.",
		"The crossing takes about forty minutes, which is just long enough for a walk around the whole deck. The little one fell asleep on the way back, and we had to carry him off the boat and up the hill to the car.",
		"On the other side we found a little café on the quay where the owner told us about the old boat. She said that the town had waited for the new one for ten years, and that business has been better since it came.",
	}
	text := strings.Join(paras, "\n\n"+caption+"\n\n")
	after := "Filed under Family Days Out\nAnna\nAnna is a mother of two who writes about days out with small children on the coast.\nThe best beaches for a windy day\nFive cafés on the quay with room for a pram\n"
	doc := run(t, "en", shareLine+enMenu+"\n"+text+"\n\n"+after+enTail, "boilerplate", "dedupe", "content")
	for _, p := range []string{"We finally", "Red was", "The crossing", "On the other side"} {
		if b := block(t, doc, p); b.Dropped {
			t.Errorf("%q dropped\n%s", p, verdicts(doc))
		}
	}
	if b := block(t, doc, "Storm closes"); !b.Dropped {
		t.Errorf("the tail kept\n%s", verdicts(doc))
	}
}

// A local station's page lists teasers, a headline and its summary each,
// under its menu's headings before the article, and the body prints the
// page's title over the article, or, where the page's title is the site's
// name (a text browser's), a headline over the article's date: the
// article starts at that headline.
func TestContentStartsAtTheHeadline(t *testing.T) {
	const headline = "Ferry Returns To Harbour Town After Ten Years\n"
	const teasers = `Latest Headlines
Council Votes To Close The Old Pier The council voted on Tuesday to close the old pier for the winter, because the wood has become too weak for the crowds that walk on it in the summer.
Bakery Wins A Prize For Its Bread The small bakery on the quay has won a national prize for its bread, and the owner says that she will now have to bake twice as many loaves every morning.
Storm Closes The Coast Road The coast road was closed again on Sunday after the storm brought down trees and cut the power to hundreds of homes along the bay for most of the day.
Autos
Car Maker Recalls Its Small Vans The car maker is recalling thousands of its small vans because a loose cable can make the engine stop while the van is being driven on the road.
Union Opens Talks With The Car Maker The union opened talks with the car maker on Monday, and its leaders said that a strike is possible if the two sides cannot agree on pay this month.
Best Of
The Five Best Places For Fish And Chips We asked our readers where they buy their fish and chips, and these are the five places on the coast that they would not want to miss on a sunny day.
Where To Walk Your Dog This Winter The beaches are closed to dogs in summer, but from October they are open again, and here are the walks that our readers like the most in the cold months.
`
	const article = `Residents of the small harbour town have waited for a new ferry since the old one was taken out of service, and on Monday the first crossing was finally made with a full deck of passengers.
The council said that the ferry had been built in a yard on the other side of the bay and that it would run every hour in summer.
"We have been cut off for far too long," said a shop owner who has sold newspapers on the quay for thirty years.
The new ferry can carry up to forty cars and three hundred passengers, which is twice as many as the old one.
`
	for _, title := range []string{headline, "Harbour Daily\n"} {
		doc := run(t, "en", title+enMenu+teasers+headline+"November 19, 2019 at 9:45 am\n"+article+enTail,
			"structure", "boilerplate", "dedupe", "content")
		wantKept(t, doc, strings.Split(strings.TrimSpace(article), "\n")...)
		for _, teaser := range []string{"Council Votes", "Bakery Wins", "Storm Closes The Coast", "Car Maker Recalls", "Union Opens", "The Five Best", "Where To Walk"} {
			if b := block(t, doc, teaser); !b.Dropped {
				t.Errorf("title %q: teaser %q kept\n%s", title, teaser, verdicts(doc))
			}
		}
		if h := block(t, doc, headline[:20]); h.Dropped || h.Kind != document.Title {
			t.Errorf("title %q: the headline is no title\n%s", title, verdicts(doc))
		}
	}
}

// A text too short to be cut as a whole page still loses the comment
// thread under its comments label, where three commenters' labels or more
// come from one template; a paragraph under the label alone stays.
func TestContentDropsTheThreadOfAShortText(t *testing.T) {
	paragraphs := strings.Split(strings.TrimSpace(enArticle), "\n")[1:4]
	thread := "4 comments\n\nMary J. on May 2, 2024 said:\nFinally! I have waited two years.\n\nTom B. on May 2, 2024 said:\nWhy only every two hours in winter?\n\nAnna K. on May 3, 2024 said:\nGreat news for the town.\n"
	doc := document.Parse("A title\n\n" + strings.Join(paragraphs, "\n\n") + "\n\n" + thread)
	doc.Lang = "en"
	for i := range doc.Blocks {
		if doc.Blocks[i].Text == "4 comments" {
			doc.Blocks[i].Drop(boilerplateName, "comments")
		}
	}
	applyContent(t, doc)
	for _, junk := range []string{"Mary J.", "Finally!", "Anna K.", "Great news"} {
		if b := block(t, doc, junk); !b.Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
	for _, line := range paragraphs {
		if b := block(t, doc, line[:30]); b.Dropped {
			t.Errorf("%.50q… dropped", line)
		}
	}

	doc = document.Parse("A title\n\n" + strings.Join(paragraphs, "\n\n") + "\n\n4 comments\n\nThe ferry runs again from Monday, the council said.\n")
	doc.Lang = "en"
	for i := range doc.Blocks {
		if doc.Blocks[i].Text == "4 comments" {
			doc.Blocks[i].Drop(boilerplateName, "comments")
		}
	}
	applyContent(t, doc)
	if b := block(t, doc, "The ferry runs again"); b.Dropped {
		t.Errorf("a paragraph under a comments label, no thread, dropped")
	}
}

// TestButtonThread: a comment thread under its label whose comments each
// end with the same button goes, the first comment too, which reads like
// the article's last paragraph; under a label in the share bar above the
// article, nothing goes.
func TestButtonThread(t *testing.T) {
	const (
		article = "The city council voted 7-2 on Tuesday night to keep the Carnegie library on Main Street open, reversing a plan to close it next spring.\n" +
			"The vote followed a packed public hearing at which more than forty residents spoke, almost all of them in favour of the library.\n" +
			"The council will now look for savings elsewhere in next year's budget, including a delay to the planned renovation of City Hall.\n"
		thread = "John P.\n2 hours ago\nGreat news. My kids practically grew up in that library, and I was worried the council would not listen.\nReply\n" +
			"Sarah K.\n3 hours ago\nI'm glad they kept it, but I would like to know where the money will come from next year.\nReply\n"
	)
	doc := run(t, "en", "Council votes to keep the old library open\n"+article+"42 Comments\n"+thread, "structure", "boilerplate", "content")
	if b := block(t, doc, "Great news."); !b.Dropped {
		t.Errorf("the first comment stays:\n%s", verdicts(doc))
	}
	doc = run(t, "en", "Council votes to keep the old library open\n"+enTeaser+"\n42 Comments\nJohn P.\nReply\n"+article+"Reply\n", "structure", "boilerplate", "content")
	if b := block(t, doc, "The vote followed"); b.Dropped {
		t.Errorf("the article under a share bar's comments label goes:\n%s", verdicts(doc))
	}
}

// TestDatedThread: a comment thread under its label whose comments each
// have a header of the commenter's name and the time goes, the first
// comment too; a paragraph under the label with one such line stays.
func TestDatedThread(t *testing.T) {
	const article = "The city council voted 7-2 on Tuesday night to keep the Carnegie library on Main Street open, reversing a plan to close it next spring.\n" +
		"The vote followed a packed public hearing at which more than forty residents spoke, almost all of them in favour of the library.\n" +
		"The council will now look for savings elsewhere in next year's budget, including a delay to the planned renovation of City Hall.\n"
	for _, tc := range []struct {
		thread string
		gone   bool
	}{
		{"JohnP · 2 hours ago\nGreat news. My kids practically grew up in that library, and I was worried the council would not listen.\n" +
			"Sarah K. | 3 hours ago\nI'm glad they kept it, but I would like to know where the money will come from next year.\n", true},
		{"JohnP · 2 hours ago\nGreat news. My kids practically grew up in that library, and I was worried the council would not listen.\n", false},
	} {
		doc := run(t, "en", "Council votes to keep the old library open\n"+article+"42 Comments\n"+tc.thread, "structure", "boilerplate", "content")
		if b := block(t, doc, "Great news."); b.Dropped != tc.gone {
			t.Errorf("first comment dropped %v, want %v:\n%s", b.Dropped, tc.gone, verdicts(doc))
		}
		if b := block(t, doc, "The vote followed"); b.Dropped {
			t.Errorf("the article goes:\n%s", verdicts(doc))
		}
	}
}

// A post's last sections go with it though their paragraphs are bad by
// their names: their labels start as the labels of its sections above do.
func TestContentKeepsTheLastSections(t *testing.T) {
	const post = `Fietsen in Friesland
Home
Routes
Over mij
Contact
Elfstedenroute in vier dagen
De Elfstedenroute is 235 kilometer lang en gaat langs alle elf Friese steden. Wij fietsten hem in vier dagen, met overnachtingen in Sneek, Harlingen en Dokkum.
Dag 1: Leeuwarden – Sneek
De eerste dag was de kortste. Via Grou en IJlst kwamen we al aan het begin van de middag in Sneek aan, waar we de Waterpoort bekeken.
Dag 2: Sneek – Harlingen
Deze dag ging langs Sloten, Stavoren, Hindeloopen, Workum en Bolsward. Er stond een harde wind op de dijk bij Stavoren, dus we deden er langer over dan gepland.
Dag 3: Harlingen – Dokkum
Via Franeker fietsten we naar Dokkum. Onderweg aten we suikerbrood in Franeker.
Dag 4: Dokkum – Leeuwarden
De laatste etappe was rustig en vlak. Terug in Leeuwarden vierden we het met een biertje op het Zaailand.
Deel dit:
Facebook
WhatsApp
Vind ik leuk:
Laden...
Gerelateerd
2 reacties op “Elfstedenroute in vier dagen”
Peter
29 november 2026 om 10:12
Mooi verslag! Welke fietsen hadden jullie?
Beantwoorden
Geef een reactie
`
	all := []string{"structure", "boilerplate", "dedupe", "content"}
	doc := run(t, "nl", post, all...)
	wantKept(t, doc, "Dag 3: Harlingen – Dokkum", "Via Franeker fietsten we naar Dokkum.", "Dag 4: Dokkum", "De laatste etappe")
	// A teaser's headline over its sentence is no section of the post.
	doc = run(t, "nl", strings.Replace(post, "Dag 3: Harlingen", "Vakantie in Harlingen", 1), all...)
	wantDropped(t, doc, "Vakantie in Harlingen")
}

// A short headline right under the line that shares the article's words
// is the headline that line is the kicker of; a deck, a rating or a
// headline over a blank line is not.
func TestKickedHeadline(t *testing.T) {
	ph := phrases(t, "de")
	const lead = "In ihrem neuen Roman erzählt Judith Hermann von einer Kindheit, über die niemand spricht."
	tests := []struct {
		text string
		want bool
	}{
		{"Neuer Roman von Judith Hermann\nDie Kunst, nichts zu sagen\n" + lead, true},
		// Over a blank line, the short line is a title of its own.
		{"Neuer Roman von Judith Hermann\n\nDie Kunst, nichts zu sagen\n" + lead, false},
		// A deck without a full stop is longer.
		{"Neuer Roman von Judith Hermann\nDie Schriftstellerin erzählt von einer Kindheit an der Ostsee und vom Schweigen\n" + lead, false},
		{"Gusseiserne Pfanne, 28 Zentimeter\n★★★★☆ 4,6 (2.318 Bewertungen)\n" + lead, false},
		// A listing's address under its headline.
		{"Helle Wohnung mit Balkon in Altbau\nMusterstraße 12, 04109 Leipzig, Zentrum\n" + lead, false},
		// A headline with its kicker already.
		{"Roman: Judith Hermann erzählt\nDie Kunst, nichts zu sagen\n" + lead, false},
		// Nothing that ends a sentence under it.
		{"Neuer Roman von Judith Hermann\nDie Kunst, nichts zu sagen\nVon Martina Lehnert", false},
	}
	for _, tt := range tests {
		doc := document.Parse(tt.text)
		if got := kickedHeadline(ph, doc, 0) >= 0; got != tt.want {
			t.Errorf("%q: kicker %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A writer's name over the role that continues it, between the headline
// and the article, is a byline the content filter leaves to the credits
// filter; a name over a menu's line is not.
func TestContentLeavesBylineWithRole(t *testing.T) {
	for _, tt := range []struct {
		byline string
		kept   bool
	}{
		{"Sarah Collins\nTransport correspondent", true},
		{"Sarah Collins\nSubscribe for one pound a week", false},
	} {
		text := strings.Replace(enMenu+enHeadlined+enTail, "By Jane Doe", tt.byline, 1)
		doc := runContent(t, "The Morning Gazette", text, 0)
		if b := block(t, doc, "Sarah Collins"); b.Dropped == tt.kept {
			t.Errorf("%q: kept %v, want %v\n%s", tt.byline, !b.Dropped, tt.kept, verdicts(doc))
		}
	}
}

// TestDurations: a recipe's facts on one line give durations; a headline
// with one number, or numbers without a unit, does not.
func TestDurations(t *testing.T) {
	ph := phrases(t, "de")
	for s, want := range map[string]bool{
		"Arbeitszeit ca. 40 Minuten Backzeit ca. 35 Minuten Ruhezeit ca. 1 Stunde": true,
		"Prep time 10 minutes Cook time 1 hour":                                    true,
		"Nach 40 Minuten: Feuerwehr löscht Brand in Lagerhalle":                    false,
		"Bayern gewinnt 3 zu 1 gegen Dortmund":                                     false,
	} {
		if got := durations(ph, s); got != want {
			t.Errorf("durations(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStartsWithSkipLink: a title glued to the page's skip link is none;
// a headline that starts with a menu's word is one.
func TestStartsWithSkipLink(t *testing.T) {
	tests := []struct {
		lang, line string
		want       bool
	}{
		{"fr", "Aller au contenu principal Logo Solvéo Énergie Solvéo Énergie | Espace presse", true},
		{"en", "Skip to main content Harbour Post | Local news", true},
		{"en", "Home Office announces new rules for student visas", false},
		{"en", "Skip to main content", false},
	}
	for _, tt := range tests {
		if got := startsWithSkipLink(phrases(t, tt.lang), tt.line); got != tt.want {
			t.Errorf("%s %q: %v, want %v", tt.lang, tt.line, got, tt.want)
		}
	}
}

// TestLinkRow: a header's row of links glued to the site's name is no
// title; a section's name over a bar before a headline is one.
func TestLinkRow(t *testing.T) {
	ph := phrases(t, "en")
	for s, want := range map[string]bool{
		"Subscribe to the print edition | Sign in | Newsletters HEARTHLINE Good things for everyday living": true,
		"Opinion | Why the town needs its ferry back":                                                       false,
		"Sign in | Why the town needs its ferry back":                                                       false,
		// A consent box's buttons on the logo's line.
		"Accept all Reject non-essential Manage preferences Circuitline Tech news": true,
		"Accept all the help you can get, says the coach":                          false,
		// The first link after the site's name and tagline.
		"Circuitline Tech news, reviews and buying advice Sign in | Subscribe to Circuitline+": true,
		"Why the town needs its ferry back Sign in | Opinion":                                  false,
		"No bars at all": false,
		// Links glued without spaces, and brands' capitals.
		"Independent audio journalism since 2014 Sign inBecome a memberGive a gift subscription": true,
		"Independent audio journalism since 2014 Sign inBecome a member":                         false,
		"The iPhone review: McDonald's and YouTube Sign in":                                      false,
		// Links with spaces between, after the header's date.
		"Wednesday 18 November 2026 · Valmarena 9°C Subscribe for £1 a month Sign in Newsletters": true,
		"Wednesday 18 November 2026 · Valmarena 9°C Subscribe for £1 a month Sign in":             false,
		"Sign in Newsletters": false,
		// A site's name with its header's links joined as its kicker.
		"The Harbour Daily: Sign in Get deal alerts Join the club":       true,
		"The Harbour Daily: Sign language classes return to the library": false,
		// Or with dots between, which fold away with the links.
		"England · Scotland Subscribe · Newsletters · Sign in": true,
	} {
		if got := linkRow(ph, s); got != want {
			t.Errorf("linkRow(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestHeaderBylineBareName: a bare name with its date on its line, after a
// bar, a dash or a comma, is the header's byline; a newsletter's name over
// its issue, or a date's words, is none.
func TestHeaderBylineBareName(t *testing.T) {
	tests := []struct {
		lang, line string
		want       bool
	}{
		{"es", "Álvaro Jiménez | Sevilla | 02/03/2026 - 22:47", true},
		{"de", "Anna Meier, Zürich 03.03.2026, 05.30 Uhr Lesezeit: 5 Min.", true},
		{"en", "Chris Davies - Nov 19, 2019, 10:31 pm CST", true},
		{"es", "Lucía Arráez / Daniel Sotomayor Almenara del Río 18/08/2024 - 09:47 h. Actualizado a las 14:32", true},
		{"en", "Home / News / Local 18/08/2024", false},
		// After the writer's picture's placeholder.
		{"it", "[gif] di Giulia Ferrandi · 14 maggio 2024 · 8 minuti di lettura", true},
		// A long one up to its first mark, html2text's asterisk too.
		{"fr", "Par Camille Rouvière * Publié le 12 mars 2025 à 7h30 * Mis à jour le 13 mars 2025 * Lecture : 6 min", true},
		{"en", "Opening Bell 11.18.19", false},
		{"en", "Published Wed, Nov 20 2019 9:37 AM EST", false},
	}
	for _, tt := range tests {
		doc := &document.Document{Blocks: []document.Block{{Kind: document.Paragraph, Text: tt.line}}}
		if got := headerByline(phrases(t, tt.lang), doc, 0); got != tt.want {
			t.Errorf("%s %q: %v, want %v", tt.lang, tt.line, got, tt.want)
		}
	}
}

// TestEntryWriter: a bare name under a live entry's time is its writer; a
// name under no time, or a line of prose there, is not.
func TestEntryWriter(t *testing.T) {
	tests := []struct {
		above, line string
		want        bool
	}{
		{"12:30 GMT", "Priya Shah", true},
		{"Live updates", "Priya Shah", false},
		{"12:30 GMT", "Rail services are suspended", false},
	}
	for _, tt := range tests {
		doc := &document.Document{Blocks: []document.Block{{Kind: document.Paragraph, Text: tt.above}, {Kind: document.Paragraph, Text: tt.line}}}
		if dropped := isClockTime(tt.above); dropped {
			doc.Blocks[0].Drop(boilerplateName, timestampReason)
		}
		if got := entryWriter(phrases(t, "en"), doc, 1); got != tt.want {
			t.Errorf("%q under %q: %v, want %v", tt.line, tt.above, got, tt.want)
		}
	}
}

// A poem's lines, each after a break from the one above, are judged as
// their stanza: the lines of one paragraph, joined, where all are kept.
func TestBrokenParagraphs(t *testing.T) {
	doc := document.Parse("Title\n\nThe ladders are down,\\\nthe pears gone soft;\\\nmy father walks.\n\nAlone.\n\n> a quote,\\\n> its second line.\n")
	got := brokenParagraphs(doc)
	want := []string{"", "The ladders are down, the pears gone soft; my father walks.", "The ladders are down, the pears gone soft; my father walks.", "The ladders are down, the pears gone soft; my father walks.", "", "a quote, its second line.", "a quote, its second line."}
	if !slices.Equal(got, want) {
		t.Errorf("brokenParagraphs = %q, want %q", got, want)
	}
	doc.Blocks[2].Drop("test", "gone")
	got = brokenParagraphs(doc)
	if want := []string{"", "", "", "", "", "a quote, its second line.", "a quote, its second line."}; !slices.Equal(got, want) {
		t.Errorf("with a line dropped: brokenParagraphs = %q, want %q", got, want)
	}
	if got := brokenParagraphs(document.Parse("One.\n\nTwo.\n")); got != nil {
		t.Errorf("no breaks: brokenParagraphs = %q, want nil", got)
	}
}

// A short page's title that is the site's name over its menu gives way to
// the headline under the menu, which its byline shows: the structure
// filter, reading a line at a time, took the first line.
func TestContentMenuHeadline(t *testing.T) {
	poem := "The ladders are down and the baskets are stacked,\\\nthe last of the pears gone soft in the grass.\n"
	for _, tc := range []struct {
		name, in, title string
		dropped         []string
	}{
		{"menu list", "Poetry Daily\n\n- Poems\n- Poets\n- About\n\nThe Orchard in November\n\nby Helen Marsh\n\n" + poem,
			"The Orchard in November", []string{"Poetry Daily", "Poems", "Poets"}},
		{"menu the boilerplate filter dropped", "Notes from the Allotment\nHome\nArchive\nContact\nA poem for the end of the season\nPosted on 12 November 2026 by Ruth Ellery\n" + poem,
			"A poem for the end of the season", []string{"Notes from the Allotment"}},
		// Without a byline under it, the line under the menu may be
		// anything.
		{"no byline", "Poetry Daily\n\n- Poems\n- Poets\n\nThe Orchard in November\n\n" + poem, "Poetry Daily", nil},
		// Nor is a long title a site's name.
		{"long title", "A long headline of the article that says what it is about\n\n- Poems\n- Poets\n\nThe Orchard in November\n\nby Helen Marsh\n\n" + poem,
			"A long headline of the article that says what it is about", nil},
	} {
		doc := run(t, "en", tc.in, "structure", "boilerplate", "content")
		if doc.Meta.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, doc.Meta.Title, tc.title)
		}
		for _, d := range tc.dropped {
			if b := block(t, doc, d); !b.Dropped {
				t.Errorf("%s: %q kept", tc.name, d)
			}
		}
	}
}

// A line of two writers' names or more, joined as a byline joins them, is
// a byline without its lead or a date; a line with more than names is not.
func TestNamesOnly(t *testing.T) {
	ph := phrases(t, "en")
	for s, want := range map[string]bool{
		"Rebecca Lowe, Tom Fairbairn and Priya Shah":     true,
		"Meg Kinnard and Errin Haines, Associated Press": true,
		"Rebecca Lowe": false,
		"The Balvenie and Glenfiddich BrandVoice | Paid Program": false,
	} {
		if got := namesOnly(ph, s, strings.Fields(s)); got != want {
			t.Errorf("namesOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// enForumPosts are a forum thread's posts, each under its poster's name,
// rank and stats and its date, and over its buttons and the poster's
// signature, as a text browser prints XenForo's.
var enForumPosts = [...]struct{ head, body, foot string }{
	{"harbour_hank\nRegular\nPosts: 212 · Joined: 2021\nMar 14, 2024 at 8:42 PM #1\n",
		"The outboard on my dinghy starts fine when it is cold, but once it has run for ten minutes it dies at idle and will not start again until it has cooled down.\n" +
			"I have already cleaned the carburettor, changed the plug and put in fresh fuel, and the problem is still there every time I take the boat out.\n",
		"Reply Quote Like Report\n"},
	{"quaysidequinn\nModerator\nPosts: 8,431 · Joined: 2012\nMar 14, 2024 at 9:05 PM #2\n",
		"A motor that dies when it is hot is almost always short of fuel, not of spark. Check the vent on the tank cap first, because a blocked vent lets a vacuum build up in the tank.\n" +
			"Then look at the fuel line and the bulb, which go soft with age and collapse when they are warm.\n",
		"Reply Quote Like Report\nThirty years on the water and still learning.\n"},
	{"old_salt_79\nSenior Member\nPosts: 1,234 · Joined: 2019\nMar 15, 2024 at 7:30 AM #3\n",
		"Had exactly this on my own boat last summer. It turned out to be the fuel pump diaphragm, which had a small split in it that only opened up when the engine was warm.\n",
		"Reply Quote Like Report\n"},
	{"tidewatcher\nNew Member\nPosts: 57 · Joined: 2023\nMar 15, 2024 at 12:48 PM #4\n",
		"Thanks everyone. The vent on the tank cap was blocked with old paint, and since I cleared it the motor has run for an hour without a single problem.\n",
		"Reply Quote Like Report\n"},
}

// A forum thread is its posts, each under its poster's details and over
// its buttons: the lines between two posts cost more than a short post is
// worth, and the region ended after the first post or two. Of the
// details, the poster's name stays.
func TestContentKeepsAForumThread(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(enMenu + "Outboard dies when warm – what am I missing?\nStarted by harbour_hank, Mar 14, 2024 · 3 replies\n")
	for _, p := range enForumPosts {
		sb.WriteString(p.head + p.body + p.foot)
	}
	sb.WriteString("Similar threads\nOutboard will not idle after winter storage\nBest fuel stabiliser for a small two-stroke\nWhich spark plug for an old two-stroke outboard?\n" + enTail)
	doc := run(t, "en", shareLine+sb.String(), "structure", "boilerplate", "content")
	for _, p := range enForumPosts {
		wantKept(t, doc, strings.Split(strings.TrimSpace(p.body), "\n")...)
	}
	// Who wrote each post stays over it; the rest of the details go.
	wantKept(t, doc, "quaysidequinn", "old_salt_79", "tidewatcher")
	for _, junk := range []string{"Moderator", "Posts: 8,431", "Thirty years", "Posts: 57"} {
		if b := block(t, doc, junk); !b.Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
	for _, junk := range []string{"Outboard will not idle", "Storm closes"} {
		if !block(t, doc, junk).Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
}

// A text browser may wrap a byline together with the picture under it: a
// long line is a byline where its lead starts it and its date ends the
// names; a long paragraph that starts with "By" is none.
func TestShortBylineWrappedWithPicture(t *testing.T) {
	ph := phrases(t, "en")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"By Jane Example, Arts correspondent Sat 7 Mar 2026 07.00 GMT Parents cycle to school on a closed street in the rain. Photograph: Jane Doe/The Guardian", true},
		{"By Jane Example", true},
		{"By the time the council met on Monday, most of the parents had already decided to cycle to school on the closed street.", false},
		{"By Jane Example and the parents who cycle to school on the closed street every morning, whatever the weather", false},
	} {
		_, ok := shortByline(ph, &document.Block{Kind: document.Paragraph, Text: tt.text})
		if ok != tt.want {
			t.Errorf("%q: byline %v, want %v", tt.text, ok, tt.want)
		}
	}
}

// phpBB prints each post's writer and date in its header ("Post by … »
// …"), which the boilerplate filter drops with the buttons under the post
// before ("Top") and dedupe with the post's title ("Re: …"): no line
// stands between two posts, and every post stays.
func TestContentKeepsAPhpBBThread(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(enMenu + "Board index ‹ Boats ‹ Engines\nOutboard dies when warm\nPost Reply\nSearch this topic…\n4 posts • Page 1 of 1\n")
	for i, p := range enForumPosts {
		title := "Outboard dies when warm"
		if i > 0 {
			title = "Re: " + title
		}
		name, _, _ := strings.Cut(p.head, "\n")
		sb.WriteString(title + "\nPost by " + name + " » Thu Mar 14, 2024 8:42 pm\n" + p.body + "Top\n")
	}
	sb.WriteString("Post Reply\nReturn to “Engines”\nJump to\nWho is online\n" + enTail)
	doc := run(t, "en", shareLine+sb.String(), "structure", "boilerplate", "dedupe", "content")
	for _, p := range enForumPosts {
		wantKept(t, doc, strings.Split(strings.TrimSpace(p.body), "\n")...)
	}
	for _, junk := range []string{"Search this topic", "4 posts", "Return to", "Storm closes"} {
		if !block(t, doc, junk).Dropped {
			t.Errorf("%q kept\n%s", junk, verdicts(doc))
		}
	}
}

// An event's date, time, place and price, printed one under the other, are
// a listing's facts, which take the class of the text around them; a
// header's writer and date over its counters are none (the boilerplate
// filter dropped the date), nor are lines without a date.
func TestFactListings(t *testing.T) {
	body := browserLines("Una de las obras familiares más premiadas de los últimos años regresa a la ciudad. Recomendada a partir de cuatro años, dura cincuenta minutos.")
	body2 := browserLines("Una treintena de talleres de toda la región exponen y venden sus piezas. Habrá demostraciones de torno cada hora y un rincón infantil.")
	in := body + body2 + indent("Adam Clark Estes\nMonday 5:30PM\nFiled to: innovation\n") + "\n" + body +
		indent("Domingo, 15 de marzo\n19:00 horas\nCine club La Linterna, Casa de Cultura\nEntrada: 4 euros\n") + "\n" + body2 +
		indent("Plaza Mayor\nCalle de los Tintoreros\nEntrada libre\n") + "\n" + body
	// As in the pipeline: the boilerplate filter has judged the dates.
	doc := run(t, "es", in, "boilerplate")
	facts := factListings(phrases(t, "es"), doc)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		want := strings.Contains(in[strings.Index(in, "Domingo"):strings.Index(in, "Entrada: 4 euros")+len("Entrada: 4 euros")], b.Text)
		if got := facts != nil && facts[i]; got != want {
			t.Errorf("%q: a listing's fact %v, want %v", b.Text, got, want)
		}
	}
}

// A copyright sign makes a footer's line, but for a caption that ends in
// its credit after it: a gallery's captions, which a text browser prints
// as one line in the article.
func TestIsFooter(t *testing.T) {
	ph := phrases(t, "fr")
	copyright := ph.Words("copyright")
	for s, want := range map[string]bool{
		"© 2024 Le Courrier des Landes. Tous droits réservés.":                                       true,
		"Copyright Le Courrier des Landes":                                                           true,
		"La halle rénovée, vue depuis la place de l'Église, samedi matin. © Photo Nicolas Berthelot": false,
		"Des clients devant l'étal. Dès 9 heures, la file s'allongeait. © Photo Nicolas Berthelot La charpente restaurée. Une trentaine de poutres ont été remplacées. © Photo Claire Lemoine": false,
		"Le marché se tient désormais chaque samedi de 7 h 30 à 13 heures.": false,
	} {
		b := document.Block{Kind: document.Paragraph, Text: s}
		if got := isFooter(ph, copyright, &b, false); got != want {
			t.Errorf("isFooter(%q) = %v, want %v", s, got, want)
		}
	}
}

// On a text browser's page the standfirst right under the headline stays,
// though the byline and a row of share buttons part it from the article's
// text (the golden fr-locale-w3m-dump-consent has the page where the
// headline is not known before the content filter looks); the byline
// under it, as long as a sentence with its dates, goes to the metadata.
func TestContentKeepsTheStandfirstOverTheByline(t *testing.T) {
	in := "   [1]La Gazette du Val – l'actualité de votre vallée\n" +
		"     * [2]Actualité\n     * [3]Communes\n     * [4]Sports\n     * [5]Agenda\n     * [6]S'abonner\n\n" +
		"   [7]Accueil › [8]Communes › [9]Montval\n\n" +
		"  Montval : la piscine municipale rouvre enfin après trois ans de travaux\n\n" +
		browserLines("Fermé depuis l'été 2021, le bassin couvert a retrouvé ses nageurs lundi matin. Entre nostalgie et curiosité, plusieurs centaines d'habitants se sont pressés au bord de l'eau.") +
		"   Par [10]Paul Verdier, publié le 16/09/2024 à 18h05, mis à jour le 17/09/2024 à 08h30 · Lecture 3 min.\n\n" +
		"   [11]Facebook [12]X [13]WhatsApp [14]E-mail\n\n" +
		browserLines("Il était à peine 7 heures, lundi 16 septembre, quand les premiers nageurs ont plongé dans le grand bassin de Montval. Trois ans après sa fermeture pour raisons de sécurité, l'équipement construit en 1974 a rouvert ses portes, et les habitants ne s'y sont pas trompés.") +
		browserLines("« On a l'impression de retrouver une vieille amie », sourit Monique, 74 ans, son bonnet à la main. Comme beaucoup, elle avait suivi le chantier à travers les palissades, et le club de natation s'était replié pendant toute la durée des travaux sur le bassin de la commune voisine.") +
		browserLines("Le chantier, d'un montant de 4,8 millions d'euros, a été financé à près de 60 % par la région, le département et l'État. Les ouvriers ont remplacé la toiture et le système de filtration, tandis que les vestiaires ont été entièrement refaits.") +
		"Les plus lus\n\n     * [15]Accident sur la RD 137 : un motard grièvement blessé\n     * [16]Football : l'US Montval remporte le derby\n     * [17]La dernière boulangerie du bourg cherche un repreneur\n\n" +
		"   © 2024 La Gazette du Val – Tous droits réservés.\n\nReferences\n\n"
	for n := 1; n <= 17; n++ {
		in += fmt.Sprintf("  %2d. https://gazette.example/%d\n", n, n)
	}
	doc := run(t, "fr", in, "structure", "boilerplate", "dedupe", "content", "credits")
	wantKept(t, doc, "Fermé depuis l'été 2021, le bassin couvert a retrouvé ses nageurs lundi matin.")
	wantDropped(t, doc, "Actualité", "Accident sur la RD 137")
	if b := block(t, doc, "Par Paul Verdier"); !b.Dropped || !slices.Equal(doc.Meta.Authors, []string{"Paul Verdier"}) {
		t.Errorf("byline dropped %v, authors %q, want dropped and [Paul Verdier]", b.Dropped, doc.Meta.Authors)
	}
}

// An English headline in title case may be two sentences, each with its
// full stop, and say the article in words of its own: right over a
// standfirst that says the lead's words, it is the headline. A line of
// two sentences in sentence case there is none.
func TestContentFindsATitleCasedHeadlineOverItsStandfirst(t *testing.T) {
	const (
		headline   = "We Stopped Waiting. Our Harbour Ferry Sails Again, Bigger, Greener And Louder."
		standfirst = "How a small harbour town waited ten years for a new ferry, and what its first crossing changed for the people on the quay."
	)
	body := strings.Join(strings.Split(strings.TrimSpace(enArticle), "\n")[1:], "\n") + "\n"
	for _, tc := range []struct{ line, want string }{
		{headline, headline},
		{strings.ToUpper(headline), strings.ToUpper(headline)}, // html-to-text's heading
		{"We stopped waiting. Our harbour ferry sails again, bigger, greener and louder.", ""},
	} {
		const card = "Jane Doe · Follow\n7 min read · Mar 11, 2025\n"
		doc := document.Parse(shareLine + "Link: canonical\n" + enMenu + tc.line + "\n" + standfirst + "\n" + card + body + enTail)
		doc.Lang = "en"
		doc.Blocks[0].Drop(boilerplateName, "share buttons")
		title := block(t, doc, "Link: canonical")
		title.Kind = document.Title
		doc.Meta.Title, doc.Meta.TitleSought = title.Text, true
		// The author's card, which the boilerplate filter drops, sets
		// the standfirst apart from the article under it.
		for _, l := range strings.Split(strings.TrimSpace(card), "\n") {
			block(t, doc, l).Drop(boilerplateName, "menu")
		}
		applyContent(t, doc)
		if doc.Meta.Title != tc.want {
			t.Errorf("%q: Meta.Title %q, want %q\n%s", tc.line, doc.Meta.Title, tc.want, verdicts(doc))
		}
	}
}

// A headline of two sentences in title case, as the content filter reads
// one, too: no paragraph's sentences, nor German's, are written so.
func TestTitledSentencesHeadline(t *testing.T) {
	for s, want := range map[string]bool{
		"We Stopped Replying Instantly. Our Remote Team Got Faster.": true,
		"We stopped replying instantly. Our remote team got faster.": false,
		"Die Regierung hat entschieden. Das Gesetz kommt im Herbst.": false,
		"Harbour Ferry Sails": false, // one line, no sentence
	} {
		if got := titledSentences(s); got != want {
			t.Errorf("titledSentences(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestGalleryCounter(t *testing.T) {
	for _, tc := range []struct {
		s        string
		k, total int
		ok       bool
	}{
		{"2 / 10", 2, 10, true},
		{"3/10", 3, 10, true},
		{"2 / 10 Dorrit Pell, 71, draws the crystals", 2, 10, true},
		{"11 / 10", 0, 0, false}, // more than the total
		{"24/7 news", 0, 0, false},
		{"1/2 cup of flour", 1, 2, true}, // a counter's shape; ownGallery wants a run of them
		{"Photo 2 / 10", 0, 0, false},
	} {
		k, total, _, ok := galleryCounter(tc.s)
		if ok != tc.ok || ok && (k != tc.k || total != tc.total) {
			t.Errorf("galleryCounter(%q) = %d, %d, %v; want %d, %d, %v", tc.s, k, total, ok, tc.k, tc.total, tc.ok)
		}
	}
}

func TestWordCounter(t *testing.T) {
	for _, tc := range []struct {
		lang, s  string
		k, total int
		caption  string
		ok       bool
	}{
		{"de", "Eine Frau am Brunnen Bild 1 von 4 Maren Düwel als Agnes Keller.", 1, 4, "Maren Düwel als Agnes Keller.", true},
		{"de", "Bild 2 von 4 Konstantin Reh als Dorfvorsteher.", 2, 4, "Konstantin Reh als Dorfvorsteher.", true},
		{"en", "The quay at dawn. Image 2 of 5", 2, 5, "", true},
		{"de", "Bild 5 von 4 zu viel", 0, 0, "", false},          // more than the total
		{"de", "Das Bild 2 zeigt von 4 Seiten", 0, 0, "", false}, // no counter's shape
		{"de", "Bild 2von 4", 0, 0, "", false},
		{"en", "Chapter 2 of 5", 0, 0, "", false}, // no picture's word
	} {
		k, total, caption, ok := wordCounter(phrases(t, tc.lang), tc.s)
		if ok != tc.ok || ok && (k != tc.k || total != tc.total || caption != tc.caption) {
			t.Errorf("wordCounter(%q) = %d, %d, %q, %v; want %d, %d, %q, %v", tc.s, k, total, caption, ok, tc.k, tc.total, tc.caption, tc.ok)
		}
	}
}

// A gallery that counts its pictures in words ("Bild 2 von 4") between
// each picture's alt text and its caption, as a text browser prints it:
// the captions stay, without the alt text and the counters.
func TestContentCutsWordCounters(t *testing.T) {
	var b strings.Builder
	b.WriteString("Startseite\nPolitik\nKultur\nSport\nWirtschaft\nWetter\n\nEin Dorf ertrinkt im eigenen Schweigen\n\n")
	captions := []string{
		"Maren Düwel als Agnes Keller vor dem Dorfbrunnen, der in Vera Holtkamps Bühnenbild das Zentrum des Abends bildet.",
		"Konstantin Reh spielt den Dorfvorsteher Anselm Keller als Mann, der jede Frage mit einem Glas Schnaps beantwortet.",
		"Die Dorfgemeinschaft im künstlichen Regen: Die Szene am Ende des ersten Teils gehört zu den eindrücklichsten Bildern.",
		"Luise Tammen und Maren Düwel als ungleiche Schwestern, die sich erst im Schlussbild wirklich begegnen.",
	}
	for k, c := range captions {
		fmt.Fprintf(&b, "- Eine Szene auf dunkler Bühne Bild %d von %d %s\n", k+1, len(captions), c)
	}
	b.WriteString("\nEs beginnt mit einem Geräusch, das man erst nach einer Weile erkennt: Ein Eimer wird an einer Kette in die Tiefe gelassen, Glied für Glied, fast zwei Minuten lang.\n\n" +
		"Die Wellenburger Autorin Ilka Marbach hat ihr erstes Theaterstück im Auftrag des Stadttheaters geschrieben, und die Geschichte ist schnell erzählt.\n\n" +
		"Meistgelesen\nSturm sperrt die Küstenstraße\nSpritpreise sinken\nImpressum\nDatenschutz\nKontakt\n")
	doc := run(t, "de", b.String(), "structure", "boilerplate", "dedupe", "content", "credits")
	for _, c := range captions {
		if blk := block(t, doc, c[:30]); blk.Dropped || blk.Text != c {
			t.Errorf("caption %.30q: dropped %v, text %.60q\n%s", c, blk.Dropped, blk.Text, verdicts(doc))
		}
	}
}

// A photo essay numbers its pictures ("2 / 10"): its captions with their
// credits are its text, which the region takes in across the gallery's
// buttons, and the counters go from them. Without the numbers, captions
// with credits are no evidence of an article.
func TestContentKeepsAPhotoEssay(t *testing.T) {
	var b strings.Builder
	b.WriteString("Home\nNews\nSport\nIn Pictures\nOpinion\nPuzzles\n\nThe last salt season on the Orrin Flats\n\n")
	captions := []string{
		"First light over the evaporation pans, where salt has been raked by hand since at least 1724. Photo: Ilse Varnholt / Tidemark Images",
		"Dorrit Pell, 71, draws the crystals towards the edge of a pan with a rake her grandfather carved. Photo: Ilse Varnholt / Tidemark Images",
		"The oak sluice at Hennick's Cut, rebuilt in 1911, still controls how much of the tide reaches the upper pans. Photo: Ilse Varnholt / Tidemark Images",
		"Pupils from the primary school on a final visit to the flats in January, tasting the salt from their fingertips. Photo: Ilse Varnholt / Tidemark Images",
		"Inside the drying shed, salt rests on slatted racks for up to three weeks before it is sieved and packed. Photo: Ilse Varnholt / Tidemark Images",
	}
	for k, c := range captions {
		fmt.Fprintf(&b, "Share this image\nPrevious Next\n\n%d / %d %s\n\n", k+1, len(captions), c)
		if k == 2 {
			b.WriteString("Salt-making at Saltcombe follows a rhythm older than the village church, and nothing about the method has changed in living memory except the price.\n\n")
		}
	}
	b.WriteString("Most viewed\nStorm closes the coast road for a second day\nPrices at the pump fall for the first time this year\nAbout us\nContact\nPrivacy\nTerms\n")
	doc := run(t, "en", b.String(), "structure", "boilerplate", "dedupe", "content", "credits")
	for _, c := range captions {
		blk := block(t, doc, c[:30])
		if _, _, _, counted := galleryCounter(blk.Text); blk.Dropped || counted {
			t.Errorf("caption %.30q: dropped %v, text %.40q\n%s", c, blk.Dropped, blk.Text, verdicts(doc))
		}
	}
}

// An article's list of sources under its heading ends it, under a
// paywall's note too; a list of links under another heading does not.
func TestContentKeepsTheReferences(t *testing.T) {
	refs := "1. Doe, J. (2024). The harbour ferry and its town. Harbour Press.\n" +
		"2. Roe, R. & Poe, P. (2019). Island transport in winter. Journal of Coastal Studies, 12, 45-61.\n" +
		"3. Moe, M. (2021). Fishing quays of the north coast. Quay Books.\n"
	for _, tc := range []struct {
		heading string
		kept    bool
	}{
		{"References", true},
		{"Sources:", true},
		{"Journal reference:", true},
		{"Around the web", false},
	} {
		doc := run(t, "en", enMenu+enHeadlined+"Subscribe today\n"+tc.heading+"\n"+refs+enTail, "structure", "boilerplate", "content")
		if b := block(t, doc, "Roe, R."); b.Dropped == tc.kept {
			t.Errorf("%s: source dropped %v, want %v\n%s", tc.heading, b.Dropped, !tc.kept, verdicts(doc))
		}
	}
	// A news story's sources may be two studies, or one.
	const doe, roe = "- Doe, J. (2024). Die Brücke und ihre Stadt. Harbour Press.\n", "- Roe, R. (2019). Pendeln im Winter. Journal of Coastal Studies, 12, 45-61.\n"
	for _, tc := range []struct {
		refs string
		kept bool
	}{{doe + roe, true}, {roe, true}} {
		doc := run(t, "de", deMenu+deArticle+"Quellen\n"+tc.refs+deTail, "structure", "boilerplate", "content")
		if b := block(t, doc, "Roe, R."); b.Dropped == tc.kept {
			t.Errorf("%d sources: dropped %v, want %v\n%s", strings.Count(tc.refs, "\n"), b.Dropped, !tc.kept, verdicts(doc))
		}
	}
}

// The boxes under an article go with it: under a label or two, facts
// that are a label and its value (a match's line-ups), or list items that
// are sentences (the players' ratings). Headlines under a label are no
// such box.
func TestContentKeepsTheBoxesAfterTheArticle(t *testing.T) {
	const box = "The match report\n" +
		"HARBOUR TOWN-BAYSIDE 2-1 (0-1)\n" +
		"SCORERS: 23' Smith (B); 64' Jones (H) pen, 91' Brown (H).\n" +
		"HARBOUR TOWN (4-3-3): Fern; Sand, Cole, Dell, Mist; Rugg, Bonn, Pitt; Cast, Brown, Ferr.\n" +
		"REFEREE: Lunn of Trevis.\n" +
		"Ratings\n" +
		"- Fern 6 – Blameless for the goal, and hardly tested after the break.\n" +
		"- Cole 7 – The calmest head in defence, who twice stopped the winger in time.\n" +
		"- Brown 7 – Missed a lot, but put away the one chance that counted.\n"
	doc := run(t, "en", enMenu+enHeadlined+box+enTail, "structure", "boilerplate", "content")
	for _, line := range []string{"SCORERS:", "REFEREE:", "Cole 7"} {
		if b := block(t, doc, line); b.Dropped {
			t.Errorf("%q dropped\n%s", line, verdicts(doc))
		}
	}
	if b := block(t, doc, "Storm closes the coast road"); !b.Dropped {
		t.Errorf("a headline under the box kept\n%s", verdicts(doc))
	}
}

// TestContentCutsTheWritersBox: a box under the article that starts with
// the byline's writer's full name, under the name alone or with the
// writer's role, ends the article, with the newsletter box and the
// teasers under it; a paragraph that names someone else so stays, and so
// does one where the writer does something.
func TestContentCutsTheWritersBox(t *testing.T) {
	const after = `Get the Harbour Daily newsletter every morning, with the day's top stories and the weather for the coast.
Storm closes the coast road for a second day after a landslide near the lighthouse.
Prices at the pump fall for the first time this year, and drivers queue at the quay.
`
	for _, tt := range []struct {
		name, box string
		cut       bool
	}{
		{"name over the box", "Jane Doe\nJane Doe writes about the harbour and its people for the Harbour Daily. Her book on the coast came out last spring.\n", true},
		{"name and role", "Jane Doe – Reporter on the coast desk since 2019, she covers the ferries, the fishing fleet and the council.\n", true},
		{"name, comma", "Jane Doe, reporter on the coast desk, has covered the ferries, the fishing fleet and the council since 2019.\n", true},
		{"someone else", "John Roe\nJohn Roe writes about the harbour and its people for the Harbour Daily. His book on the coast came out last spring.\n", false},
		{"name over a role", "Jane Doe\nReporter on the coast desk since 2019, covering the ferries, the fishing fleet and the council.\n", true},
		{"about the name over a role", "About Jane Doe\nReporter on the coast desk since 2019, covering the ferries, the fishing fleet and the council.\n", true},
		// The writer's picture's alt text, made a caption.
		{"name as a caption", "*Jane Doe*\nJane is the Harbour Daily's senior coast reporter and has covered the ferries since 2019.\n", true},
		// A host's notes name the host as someone who speaks.
		{"writer in the text", "Jane Doe asked the council what the new ferry would cost, and the answer surprised everyone on the quay.\n", false},
		{"surname only", "Doe writes about the harbour and its people for the Harbour Daily. Her book on the coast came out last spring.\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lines := strings.Split(strings.TrimSuffix(tt.box, "\n"), "\n")
			bio := lines[len(lines)-1]
			doc := runContent(t, "The Morning Gazette", enMenu+enHeadlined+tt.box+after+enTail, 0)
			if b := block(t, doc, bio); b.Dropped != tt.cut {
				t.Errorf("box dropped %v, want %v\n%s", b.Dropped, tt.cut, verdicts(doc))
			}
			if b := block(t, doc, "Prices at the pump fall"); tt.cut && !b.Dropped {
				t.Errorf("teaser under the box kept\n%s", verdicts(doc))
			}
			if b := block(t, doc, "The council said it would look at the plans"); b.Dropped {
				t.Errorf("article's last paragraph dropped\n%s", verdicts(doc))
			}
		})
	}
}

// TestContentHeadlineOverTheWritersPicture: the alt text of the writer's
// picture right over the byline ("Headshot of Jane Doe") is the byline's,
// no headline: the headline stands over the standfirst above it.
func TestContentHeadlineOverTheWritersPicture(t *testing.T) {
	const headline = "The quiet end of the old ferry is a choice, not a fate"
	for _, alt := range []string{"Headshot of Jane Doe", "Jane Doe"} {
		t.Run(alt, func(t *testing.T) {
			text := enMenu + headline + "\nWhen the town lost its old ferry, nobody marched and nobody wrote to the paper.\n" +
				alt + "\nBy Jane Doe\n12 March 2024\n" + strings.SplitN(enArticle, "\n", 2)[1] + enTail
			doc := runContent(t, "The Morning Gazette", text, 0)
			if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
				t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
			}
		})
	}
}

// TestContentHeadlineUnderTheBreadcrumb: a site's tagline over its menu may
// name the places the article does; the line under the breadcrumb that
// says more of the article's words is the headline, with no byline under
// it to tell (a text browser glued it to the picture's alt text).
func TestContentHeadlineUnderTheBreadcrumb(t *testing.T) {
	const (
		tagline  = "Serving the harbour town and its ferry since 1871"
		headline = "Harbour town residents cheer the first crossing of their new ferry"
	)
	text := tagline + "\n" + enMenu + "Home > News > Harbour\n" + headline + "\n" +
		strings.SplitN(enArticle, "\n", 2)[1] + enTail
	doc := document.Parse(shareLine + text)
	doc.Lang = "en"
	doc.Blocks[0].Drop(boilerplateName, "share buttons")
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		switch {
		case strings.Contains(enMenu, b.Text+"\n"):
			b.Drop(boilerplateName, navigationReason)
		case strings.HasPrefix(b.Text, "Home > "):
			b.Drop(boilerplateName, breadcrumbReason)
		}
	}
	applyContent(t, doc)
	if h := block(t, doc, headline); h.Dropped || h.Kind != document.Title || doc.Meta.Title != headline {
		t.Errorf("headline: dropped %v, kind %v, Meta.Title %q; want the title\n%s", h.Dropped, h.Kind, doc.Meta.Title, verdicts(doc))
	}
}

// TestContentHeadlineEndsTheCrumb: a breadcrumb on one line that ends with
// the line under it, or under a kicker, names the headline, which may say
// no word of the essay under it; where the crumb names the section, a
// headline stands under that.
func TestContentHeadlineEndsTheCrumb(t *testing.T) {
	const essay = "My grandfather kept a ledger of everything the reservoir swallowed, and I spent a summer trying to read the whole of it in his kitchen.\n" +
		"The ledger began in the spring the valley was flooded, with the names of the farms that went under first and the dates their families left.\n" +
		"He wrote in pencil, in a small hand, and he never crossed anything out; where he was wrong, he wrote the correction on the line below.\n" +
		"By the end of that summer I could read his hand as well as my own, and I understood why he had never let anyone else open the book.\n"
	for _, tt := range []struct{ name, header, want string }{
		{"under a kicker", "Home › Essays › What the Water Kept\nEssay · Issue 41\nWhat the Water Kept\n", "What the Water Kept"},
		{"right under", "Home › Essays › What the Water Kept\nWhat the Water Kept\n", "What the Water Kept"},
		{"a section", "Home › Local › Trial at the court\nTrial at the court\nRoofer who kept the money is spared jail\n", "Roofer who kept the money is spared jail"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := runContent(t, "The Quarterly Review", enMenu+tt.header+essay+enTail, 0)
			if doc.Meta.Title == "Trial at the court" || tt.name != "a section" && doc.Meta.Title != tt.want {
				t.Errorf("Meta.Title %q, want %q\n%s", doc.Meta.Title, tt.want, verdicts(doc))
			}
		})
	}
}

// TestContentHeadlineUnderTheGluedCrumb: a breadcrumb whose last crumb a
// converter glued to the series' kicker under it starts with the
// headline under them; the headline is the title, not the crumb.
func TestContentHeadlineUnderTheGluedCrumb(t *testing.T) {
	const headline = "The harbour town gets a new ferry after ten years of waiting"
	header := "Home > Coast > Life on the Water > " + headline + " Life on the Water, part 3\n" + headline + "\n"
	doc := runContent(t, "The Harbour Courier", enMenu+header+enBody+enTail, 0)
	if doc.Meta.Title != headline {
		t.Errorf("Meta.Title %q, want %q\n%s", doc.Meta.Title, headline, verdicts(doc))
	}
}

// TestContentHeadlineUnderASectionKicker: a section's kicker of a few
// words with its topic ("Local · Harbour ferry"), or that the headline
// under it starts with, says the article's words as the headline does;
// the longer line under it is the headline. Without either it may be a
// short headline over its deck.
func TestContentHeadlineUnderASectionKicker(t *testing.T) {
	const headline = "Harbour town gets its new ferry back after ten years of waiting"
	for _, tt := range []struct{ kicker, headline, want string }{
		{"Local · Harbour ferry", headline, headline},
		{"Harbour ferry returns", headline, "Harbour ferry returns"},
		// Or one the headline starts with.
		{"Harbour ferry 2025", "Harbour ferry 2025: the town gets its boat back after ten years", "Harbour ferry 2025: the town gets its boat back after ten years"},
	} {
		doc := runContent(t, "The Harbour Courier", enMenu+tt.kicker+"\n"+tt.headline+"\n"+enBody+enTail, 0)
		if doc.Meta.Title != tt.want {
			t.Errorf("%q: Meta.Title %q, want %q\n%s", tt.kicker, doc.Meta.Title, tt.want, verdicts(doc))
		}
	}
}

// TestDateAndWeather: a header's line of the day's date and the weather is
// no headline; a headline that names a temperature is one.
func TestDateAndWeather(t *testing.T) {
	for _, tt := range []struct {
		lang, s string
		want    bool
	}{
		{"nl", "Zaterdag 27 december 2025 · Sint Jorrit 2°C, bewolkt", true},
		{"en", "Wednesday, November 20, 2019 Spokane, Washington Est. May 19, 1883 38° Cloudy", true},
		{"de", "Donnerstag, 13. März 2025 · Morsbrück 7 °C E-Paper | Abo & Service", true},
		{"de", "Freitag, 14. März 2025 · DAX 22.418 (+0,6 %) · Euro 1,0874 $", true},
		{"en", "Harbour town shivers at -2°C as the ferry freezes", false},
		{"en", "Harbour town · the ferry freezes on 27 December 2025", false},
		{"en", "Fri 14 Nov 2025 | Sign in | Subscribe", true},
		{"fr", "Jeudi 13 mars 2025 — Édition : Brassac & Haute-Vionne Changer d'édition", true},
		{"en", "Thursday 19 June 2025 Sign in Subscribe Academic Jobs", true},
		{"en", "Thursday 19 June 2025 Subscribers rush to the harbour", false},
		{"en", "Saturday 27 December 2025: the harbour reopens", false},
	} {
		if got := dateAndWeather(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("dateAndWeather(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestQuotedSentences: an interview's headline may quote sentences after
// the speaker's name; a caption's sentences are its own.
func TestQuotedSentences(t *testing.T) {
	for s, want := range map[string]bool{
		"Ferrante: «Le aree interne non sono un costo. Basta promesse, ora servono i cantieri»": true,
		"„Wir haben zu lange gewartet. Jetzt bauen wir“":                                        true,
		"Ferrante: «Le aree interne non sono un costo»":                                         true, // a speaker's one sentence
		"Ferrante said it. «Le aree interne non sono un costo»":                                 false,
		"The minister spoke in Rome. She said: «Basta promesse. Ora servono i cantieri»":        false,
		"The minister spoke in Rome. Reporters waited outside":                                  false,
		"Ardena Motori, 1.150 esuberi a Castelmarino. I sindacati: «Sciopero»":                  true,
	} {
		if got := quotedSentences(s); got != want {
			t.Errorf("quotedSentences(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContentShareBarCommentsLink: a share bar under the teaser may end
// with the link to the comments ("Comments (312)"), which the boilerplate
// filter drops as a comments label. It is no thread's start, though an
// article's worth of teaser stands above it: the article under it, a
// table of results in its middle, is kept whole.
func TestContentShareBarCommentsLink(t *testing.T) {
	const teaser = "The ferry that links the harbour town with the islands returns after ten years. The council, the operator and the islanders agree on a timetable that runs every hour in summer, and the fare for residents will not rise before the end of next year, the mayor promised at the launch on Monday, to applause from the quay."
	// A text browser's table, its cells wrapped: long lines of numbers.
	const table = "Route Crossings Cars Passengers (2024) Quay to North Island 14 40 300 (+2) Quay to South Island 10 40 300 (-1)\n" +
		"North to South Island 6 20 150 (+1) Quay to Lighthouse Rock 2 0 60 (0) Quay to Seal Bank 1 0 40 (-2) Total 33 100 850 (0)\n" +
		"Source: Harbour Ferries Ltd. Crossings per day, capacity per crossing; change against 2014 in brackets (+4).\n"
	paras := strings.Split(strings.TrimSpace(enArticle), "\n")
	article := strings.Join(paras[:3], "\n") + "\n" + table + strings.Join(paras[3:], "\n") + "\n"
	doc := run(t, "en", enMenu+teaser+"\nShare on Facebook\nShare on X\nComments (312)\n"+article+enTail, "boilerplate", "content")
	if b := block(t, doc, "Comments (312)"); dropReason(b) != "comments" {
		t.Fatalf("the share bar's link is not dropped as a comments label\n%s", verdicts(doc))
	}
	wantKept(t, doc, append(paras[1:], strings.Split(strings.TrimSpace(table), "\n")...)...)
}

func TestButtonCounter(t *testing.T) {
	for _, tc := range []struct {
		s        string
		k, total int
		ok       bool
	}{
		{"1 of 10 Enlarge", 1, 10, true},
		{"‹ Previous 3/10 Next ›", 3, 10, true},
		{"Previous 3 / 10 Next", 3, 10, true},
		{"4 of 10", 4, 10, true},
		{"12 of 10 Enlarge", 0, 0, false},        // more than the total
		{"3 of 10 people agree", 0, 0, false},    // words no button's
		{"Previous Next", 0, 0, false},           // no counter
		{"1 of 10 Enlarge 2 of 10", 0, 0, false}, // two counters
	} {
		k, total, ok := buttonCounter(phrases(t, "en"), tc.s)
		if ok != tc.ok || ok && (k != tc.k || total != tc.total) {
			t.Errorf("buttonCounter(%q) = %d, %d, %v; want %d, %d, %v", tc.s, k, total, ok, tc.k, tc.total, tc.ok)
		}
	}
}

// A gallery that prints each picture's counter twice, over the picture
// with its button and under the caption among the buttons ("2 of 5
// Enlarge", "‹ Previous 2/5 Next ›"), with the picture's alt text under
// the first on a line of its own, as a text browser prints it: the
// captions stay, without the counters and the alt text.
func TestContentDropsAGallerysButtonsAndAltTexts(t *testing.T) {
	var b strings.Builder
	b.WriteString("Home\nNews\nSport\nIn Pictures\nOpinion\nPuzzles\n\nIn pictures: the last salt season on the Orrin Flats\n\n" +
		"The salt works on the Orrin Flats close this winter after three centuries. Our photographer spent the final season with the last four rakers.\n\n")
	alts := []string{"A woman rakes salt at sunrise", "An old wooden sluice in the mud", "Children tasting salt on a beach", "Sacks of salt on wooden racks", "Two rakers walking home at dusk"}
	captions := []string{
		"First light over the evaporation pans, where salt has been raked by hand since at least 1724.",
		"The oak sluice at Hennick's Cut, rebuilt in 1911, still controls how much of the tide reaches the upper pans.",
		"Pupils from the primary school on a final visit to the flats in January, tasting the salt from their fingertips.",
		"Inside the drying shed, salt rests on slatted racks for up to three weeks before it is sieved and packed.",
		"Dorrit Pell and her son walk back along the sea wall after the last raking of the season in October.",
	}
	for k, c := range captions {
		fmt.Fprintf(&b, "%d of %d Enlarge\n\n%s\n\n%s\n\nPhoto: Ilse Varnholt/Tidemark Images\n\n‹ Previous %d/%d Next ›\n\n", k+1, len(captions), alts[k], c, k+1, len(captions))
	}
	b.WriteString("Most read\nStorm closes the coast road\nPetrol prices fall\nImprint\nPrivacy\nContact\n")
	doc := run(t, "en", b.String(), "structure", "boilerplate", "dedupe", "content", "credits")
	for k, c := range captions {
		if blk := block(t, doc, c[:30]); blk.Dropped {
			t.Errorf("caption %.30q dropped\n%s", c, verdicts(doc))
		}
		if blk := block(t, doc, alts[k]); !blk.Dropped {
			t.Errorf("alt text %q kept\n%s", alts[k], verdicts(doc))
		}
		if blk := block(t, doc, fmt.Sprintf("‹ Previous %d/", k+1)); !blk.Dropped {
			t.Errorf("counter %q kept\n%s", blk.Text, verdicts(doc))
		}
	}
}

// The first of the article's sections is under the header's caption: a
// heading costs the region as much as any short line, so the region
// starts under it, and takes it back in only where the article has more
// sections of its level. A deeper heading is a name's or a button's, and a
// heading right under the headline with nothing of the header between
// may be the headline the header did not tell.
func TestContentKeepsTheFirstSection(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(enArticle), "\n")[1:]
	timetable := []string{
		"In the summer months the first boat leaves the quay at six in the morning, and the last one comes back a little before midnight.",
		"Tickets can be bought on board or at the small office next to the harbour master's house, which opens half an hour before each crossing.",
		"Cyclists travel free of charge until the end of the year, the council said, because it wants fewer cars on the narrow roads of the old town.",
		"A second boat of the same kind is planned for the year after next, if the number of passengers grows as much as the council expects.",
		"The old ferry, which served the town for more than forty years, has been sold to a museum that will moor it in the harbour of the capital.",
	}
	body := func(marks string) string {
		return marks + " The first crossing\n\n" + strings.Join(paras[:3], "\n\n") + "\n\n" + marks + " What the fishermen say\n\n" + strings.Join(paras[3:], "\n\n") + "\n\n" +
			marks + " The timetable\n\n" + strings.Join(timetable, "\n\n") + "\n\n"
	}
	const header = "# Harbour town gets its ferry back after ten years\n\nBy Jane Example and John Roe | 5 December 2026, 07:00 | Updated: 5 December 2026, 09:12 | Reading time: 4 min\n\nShare this article\n\nThe new ferry on its first crossing. Photo: Jane Roe\n\n"
	defaults, err := Select(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		keep       bool
	}{
		{"section", header + body("##"), true},
		{"deep heading", header + body("####"), false},
		{"right under the headline", "# Harbour town gets its ferry back after ten years\n\n" + body("##"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := run(t, "en", enMenu+"\n"+tc.text+enTail, defaults...)
			if b := block(t, doc, "The first crossing"); b.Dropped == tc.keep {
				t.Errorf("first section's heading: dropped %v, want %v\n%s", b.Dropped, !tc.keep, verdicts(doc))
			}
			if b := block(t, doc, "What the fishermen say"); b.Dropped {
				t.Errorf("second section's heading dropped\n%s", verdicts(doc))
			}
		})
	}
}

// An opinion's headline may be two sentences in sentence case, shorter
// than the standfirst under it; a standfirst's own sentences over a
// longer line are no headline, and nor are three.
func TestSentencedHeadline(t *testing.T) {
	ph := phrases(t, "en")
	const standfirst = "Closing three branch libraries would save the county less than half of one percent of its budget. The real cost would be paid by the people who can least afford it."
	for _, tc := range []struct {
		s, under string
		want     bool
	}{
		{"Our small-town libraries are not a luxury. Stop budgeting as if they were.", standfirst, true},
		{"Our small-town libraries are not a luxury.", standfirst, true},
		{"Our small-town libraries are not a luxury. Stop budgeting as if they were.", "By Jane Example", false},
		{"Libraries matter. Budgets matter. People matter most of all.", standfirst, false},
		{"Our small-town libraries are not a luxury", standfirst, false},
	} {
		b := &document.Block{Kind: document.Paragraph, Text: tc.s}
		sf := &document.Block{Kind: document.Paragraph, Text: tc.under}
		c := &cblock{runes: len([]rune(tc.s)), letters: float64(len(tc.s))}
		if got := sentencedHeadline(ph, c, b, sf); got != tc.want {
			t.Errorf("%q over %q: %v, want %v", tc.s, tc.under, got, tc.want)
		}
	}
}

// The writer's picture's alt text right over the byline is the byline's,
// bare or in the brackets pandoc's plain text prints it in.
func TestAvatarAlt(t *testing.T) {
	ph := phrases(t, "de")
	by := &document.Block{Kind: document.Paragraph, Text: "Von Katharina Vollmer-Dietz"}
	for alt, want := range map[string]bool{
		"Porträt von Katharina Vollmer-Dietz":   true,
		"[Porträt von Katharina Vollmer-Dietz]": true,
		"Katharina Vollmer-Dietz":               true,
		"[Katharina Vollmer-Dietz]":             true,
		"Ein Nachtzug am Bahnsteig":             false,
		"[Ein Nachtzug am Bahnsteig]":           false,
	} {
		if got := avatarAlt(ph, &document.Block{Kind: document.Paragraph, Text: alt}, by); got != want {
			t.Errorf("avatarAlt(%q) = %v, want %v", alt, got, want)
		}
	}
}

// TestEndsWithSignUp: a newsletter's button glued to its pitch; a sentence
// that ends with the words is none.
func TestEndsWithSignUp(t *testing.T) {
	for _, tt := range []struct {
		lang, s string
		want    bool
	}{
		{"en", "Our best tips on mortgages, savings and bills, every Saturday morning. Sign up free", true},
		{"en", "Our best tips on mortgages, savings and bills, every Saturday morning. Sign up", true},
		{"en", "Readers were quick to sign up", false},
		{"en", "Our best tips on mortgages, savings and bills, every Saturday morning.", false},
		// A call of six words, a line the packs name by its start; one
		// word more, or a call that is the sentence's end, is none.
		{"nl", "Ontvang het hoogwaternieuws elke ochtend in uw mailbox. Meld u aan voor de nieuwsbrief", true},
		{"nl", "Ontvang het hoogwaternieuws elke ochtend in uw mailbox. Meld u nu aan voor de nieuwsbrief", false},
		{"nl", "Ontvang het hoogwaternieuws elke ochtend in uw mailbox. Meld u aan voor de nieuwsbrief van ons", false},
		{"nl", "Ontvang het hoogwaternieuws elke ochtend in uw mailbox en meld u aan voor de nieuwsbrief", false},
	} {
		if got := endsWithSignUp(phrases(t, tt.lang), tt.s); got != tt.want {
			t.Errorf("endsWithSignUp(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// A headline over its key points, a list, is the headline under its
// kicker, which says as many of the article's words in fewer (a match's
// name and its day); a breadcrumb's last link, which lynx printed as a
// block of its own on the crumb's line, names the section, no headline.
func TestContentHeadlineOverKeyPoints(t *testing.T) {
	const kicker = "Harbour town ferry, first crossing, day one"
	const headline = "Full deck as the harbour town ferry returns after ten years"
	const points = "* Forty cars and three hundred passengers on each crossing\n" +
		"* Boat built in a yard on the other side of the bay\n" +
		"* Fishermen ask the council for another landing place\n"
	_, article, _ := strings.Cut(enArticle, "\n")
	for _, crumb := range []string{"", "   [20]News > [21]Harbour > [22]Harbour town ferry 2026\n\n"} {
		text := enMenu + crumb + kicker + "\n\n" + headline + "\n\n" + points + "\nJane Example at the Quay\n5 December 2026, 07:00\n\n" + article + enTail
		if crumb != "" {
			// The addresses that make it a lynx dump.
			text += "\nReferences\n\n  20. https://example.com/news\n  21. https://example.com/news/harbour\n  22. https://example.com/news/harbour/ferry\n"
		}
		doc := run(t, "en", text, "structure", "boilerplate", "dedupe", "content")
		if doc.Meta.Title != headline {
			t.Errorf("crumb %q: title %q, want %q\n%s", crumb, doc.Meta.Title, headline, verdicts(doc))
		}
	}
	// Over no key points, one bullet (a teaser's) or a long list, the
	// kicker says more in fewer words; so it does over a line that says
	// fewer, or a standfirst, which ends its sentence.
	first, _, _ := strings.Cut(points, "\n")
	for _, tt := range []struct{ name, headline, points string }{
		{"no key points", headline, ""},
		{"one bullet", headline, first + "\n"},
		{"a long list", headline, points + "* Sailings every hour in summer\n* Every two hours in winter\n* Fares unchanged until spring\n* A second boat planned for next year\n"},
		{"a line that says fewer", "Celebrations on the water as the islanders cheer at last", points},
		{"a standfirst", strings.ToUpper(headline) + ".", points},
		{"a shorter line", "Harbour town ferry crossing returns", points},
	} {
		text := enMenu + kicker + "\n\n" + tt.headline + "\n\n" + tt.points + "\nJane Example at the Quay\n5 December 2026, 07:00\n\n" + article + enTail
		if doc := run(t, "en", text, "structure", "boilerplate", "dedupe", "content"); doc.Meta.Title != kicker {
			t.Errorf("%s: title %q, want %q\n%s", tt.name, doc.Meta.Title, kicker, verdicts(doc))
		}
	}
}

// TestScoreLine: a match's score between the teams' names, a label glued
// to it too; a headline with a score in it, or a season's years, is none.
func TestScoreLine(t *testing.T) {
	for s, want := range map[string]bool{
		"FC Lindenhoven 3 - 1Eindstand SV Dijkstad":                                 true,
		"Arsenal 2-1 Chelsea":                                                       true,
		"Dunmere United 2 – 1 Ashcombe Rovers":                                      true,
		"Real Betis 3:2 Sevilla":                                                    true,
		"Dunmere United 2-1 Ashcombe Rovers: Brannigan penalty settles fiery derby": false,
		"Sale 2024-25 season preview":                                               false,
		"Kindle for PCを立ち上がらなくする方法 2018-08-16":                                      false,
		"Kick-off 20:45:00":                                                         false,
		"Van der Made leidt FC Lindenhoven":                                         false,
	} {
		if got := scoreLine(s); got != want {
			t.Errorf("scoreLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// A match's score box over the headline names the teams the article names,
// in fewer words: the headline under it that says as much is the headline
// (lynx glued the box's label to the score: "FC Lindenhoven 3 -
// 1Eindstand SV Dijkstad").
func TestContentHeadlineUnderScoreLine(t *testing.T) {
	page := goldenPage(t, "nl-sport-lynx-dump-score-box-over-headline")
	doc := run(t, "nl", page, "unicode", "structure", "boilerplate", "dedupe", "content")
	if want := "Van der Made leidt FC Lindenhoven met twee treffers langs tien man van SV Dijkstad"; doc.Meta.Title != want {
		t.Errorf("title %q, want %q\n%s", doc.Meta.Title, want, verdicts(doc))
	}
}
