package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "boilerplate",
		Description: "drop subscription, player, podcast, error, share, ad, cookie, navigation and related-links lines",
		Rank:        30,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return &boilerplate{book: book}, nil
		},
	})
}

const (
	// maxRelatedItems bounds the links a "Mehr zum Thema" heading takes with
	// it, so that a heading the pack mistook cannot eat an article.
	maxRelatedItems = 10
	// maxLinkWords: a related link is a headline, maybe with its kicker.
	maxLinkWords = 25
	// A run of minShortRun or more lines of at most maxShortWords words is a
	// menu, a tag list or a row of buttons, whatever language its words are.
	minShortRun   = 3
	maxShortWords = 3
	maxShortRunes = 30
	// maxTimestampRunes bounds a date, time or reading-time line.
	maxTimestampRunes = 120
	// maxBoxBlocks and maxBoxWords bound the blurb of a newsletter or
	// consent box, printed between two of the box's known lines.
	maxBoxBlocks = 3
	maxBoxWords  = 30
	// maxConsentWords bounds the blurb of a consent box, which says
	// what the site and its partners store and names the buttons
	// («Configuración de privacidad»): longer than a newsletter's pitch.
	maxConsentWords = 120
	// maxDurationWords bounds a media duration line ("02:15 - Source: CNN").
	maxDurationWords = 5
	// maxMediaTitleWords bounds the title of a video or podcast episode.
	maxMediaTitleWords = 15
	// maxTailWords: after the last paragraph of the article, a line this
	// short that does not end like a sentence is a button, a tag or a link.
	maxTailWords = 4
)

// boxKinds are the reasons of phrases that belong to boxes with a blurb
// between two known lines (see dropBoxBlurbs), by the kind of box: a
// newsletter's box may close with a subscription prompt ("S'inscrire"), a
// question asking whether the page helped with another ("Is this page
// useful?" / "Yes" / "No" / "Report a problem with this page"),
// but a cookie notice under an embed ("Gérer mes choix") and a newsletter's
// box after the article's next paragraph are two boxes, and the paragraph
// between them stays. A gallery's teaser in the text has its title between
// its label and its call to click ("Bildergalerie: 12 Bilder" / "Die
// ersten Wochen von …" / "… – jetzt durchklicken").
var boxKinds = map[string]int{"newsletter promo": 1, "subscription prompt": 1, consentReason: 2, "comments": 3, "feedback prompt": 4, adReason: 5, "image gallery": 6}

// adReason is the reason for an advertisement's label ("Unser Tipp"): a
// product's box under it closes with the shop's button, which the packs
// list with the subscription prompts ("Zum Angebot*"), or with a line of
// its own kind (see dropBoxBlurbs). A newsletter's box closes with no
// advertisement's label: the text between is the article's.
const adReason = "advertising label"

type boilerplate struct {
	book *lang.Phrasebook
}

const boilerplateName = "boilerplate"

// Apply drops, in three passes, lines that match a phrase of the document's
// language packs (and the list of links under a "related" heading), lines
// whose shape says they are not prose (symbols and counters, dates and
// reading times), and runs of very short lines. Each pass judges the blocks
// the previous ones kept, so that what is left is stable: the same filter on
// its own output finds nothing more to drop.
func (f *boilerplate) Apply(doc *document.Document) error {
	ph := f.book.Index()
	var related, labels, consent, dates []int
	gapped := lazyGapped(doc)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if b.Kind == document.Paragraph || b.Kind == document.Title || b.Kind == document.Heading {
			switch k, class := gluedLabel(ph, b.Text); class {
			case lang.CaptionLabel:
				b.SetText(boilerplateName, "caption label glued to its caption", b.Text[k:])
				b.Kind, b.Level = document.Caption, 0
			case lang.Related:
				// "Lees ookKoning Maurits …": the link's label, which
				// the packs know with the link after a space.
				b.SetText(boilerplateName, "label glued to its link", b.Text[:k]+" "+b.Text[k:])
			}
		}
		if text, ok := cutEditLink(ph, b.Text); ok {
			b.SetText(boilerplateName, "wiki's edit link cut off", text)
		}
		reason, m := lineReason(ph, b)
		if reason == "" && gluedAd(ph, b) {
			reason = adReason
		}
		if reason == "" {
			b.SetMemo(lineMemo, uint8(b.Kind))
		}
		switch {
		case m.Class == lang.Related && (m.Whole || relatedHeading(b)):
			related = append(related, i)
		case m.Class == lang.CaptionLabel:
			labels = append(labels, i)
		}
		switch {
		case ownConsent(b, reason, m):
			consent = append(consent, i) // judged below, by what stands around it
		case reason == timestampReason && factLine(ph, doc, i, gapped):
			// An event's date and time, over its place and price: kept,
			// and not judged again as the pipeline settles.
			b.SetMemo(lineMemo, uint8(b.Kind))
		case reason == timestampReason && yearDate(b.Text):
			dates = append(dates, i) // judged below: a timeline's part may start here
		case m.Whole && prosConsPair(ph, doc, i):
			// A review's "Plus" over its pros, near its "Minus", though
			// another pack has the word for a link ("Plus", French for
			// "more"): see labelledLists. Kept, and not judged again
			// as the pipeline settles.
			b.SetMemo(lineMemo, uint8(b.Kind))
		case reason != "":
			b.Drop(boilerplateName, reason)
		}
	}
	for _, i := range consent {
		if !inSection(doc, i) {
			doc.Blocks[i].Drop(boilerplateName, consentReason)
		}
	}
	dropConsentBanner(ph, doc)
	parts := timelineDates(doc, dates)
	for _, i := range dates {
		if parts[i] {
			// A date is no heading's shape (mostly digits), but here
			// it heads its part; as a heading, the next run does not
			// judge it again.
			doc.Blocks[i].Kind, doc.Blocks[i].Level = document.Heading, 2
			continue
		}
		doc.Blocks[i].Drop(boilerplateName, timestampReason)
	}
	for _, h := range related {
		if !menuItem(ph, doc, h) {
			dropRelatedLinks(doc, ph, h, related)
		}
	}
	for _, l := range labels {
		// "Image caption," on a line of its own names the next line. If
		// that line is gone ("Watch: …"), the label has nothing to name.
		if j := l + 1; j < len(doc.Blocks) && !doc.Blocks[j].Dropped && doc.Blocks[j].Kind == document.Paragraph {
			doc.Blocks[j].Kind = document.Caption
		}
	}
	dropBoxBlurbs(doc, ph)
	dropMediaTitles(doc)
	dropPostComments(doc, ph)
	dropCrumbLists(doc)
	dropShortRuns(doc, ph)
	dropTail(doc, ph)
	return retitle(ph, doc)
}

// maxGluedAdWords bounds the words of an ad with its label (see gluedAd):
// a box's few lines.
const maxGluedAdWords = 60

// An ad's label is a word of minAdLabelBytes to maxAdLabelBytes
// ("Anzeige", "Publicidad", "Advertisement"): most paragraphs' first words
// are told from one by their length, before the packs are asked.
const (
	minAdLabelBytes = 6
	maxAdLabelBytes = 14
)

// gluedAd reports whether paragraph b is an ad in the text with its label
// and its button, which a text browser printed on its lines ("Anzeige
// Steuererklärung in 30 Minuten? … Jetzt für 29,99 Euro statt 39,99 Euro
// sichern. Zum Angebot*"): it starts with a word the packs drop as an ad's
// label, a capitalised word after it, and ends with a button's words the
// packs drop, an affiliate's asterisk after them or not. A sentence that
// starts with the label's word goes on in small letters ("Anzeige gegen
// Unbekannt" is a capital noun, but ends with no button).
func gluedAd(ph *lang.Phrases, b *document.Block) bool {
	if b.Kind != document.Paragraph || b.Words() > maxGluedAdWords || !startsUpper(b.Text) {
		return false
	}
	first, rest, _ := strings.Cut(b.Text, " ")
	if len(first) < minAdLabelBytes || len(first) > maxAdLabelBytes || !startsUpper(rest) {
		return false
	}
	if r, ok := packLine(ph, first); !ok || r != adReason {
		return false
	}
	return endsWith(strings.TrimRight(rest, "*"), func(t string) bool { _, ok := packLine(ph, t); return ok })
}

// qaReason is the reason for the lines a question-and-answer site prints
// around its posts (the packs' [drop: Q&A furniture]).
const qaReason = "Q&A furniture"

// dropPostComments drops, on a question-and-answer site's page (one of
// its lines dropped as qaReason), the comments under its posts: lines
// that end with the commenter's name and the comment's time after a dash
// ("Not a bug. Search for “late binding closures”. – Ruairí O'Halloran 3
// hours ago"). Elsewhere a line may end so (a quotation's speaker and
// year), and stays.
func dropPostComments(doc *document.Document, ph *lang.Phrases) {
	qa := false
	for i := range doc.Blocks {
		if qa = dropReason(&doc.Blocks[i]) == qaReason; qa {
			break
		}
	}
	if !qa {
		return
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if !b.Dropped && (b.Kind == document.ListItem || b.Kind == document.Paragraph) && postComment(ph, b.Text) {
			b.Drop(boilerplateName, qaReason)
		}
	}
}

// maxCommenterWords bounds a commenter's name before the comment's time.
const maxCommenterWords = 3

// maxFurnitureWords bounds the site's button a converter joined to the
// last comment's line ("… – Gareth Lindqvist 1 hour ago Add a comment").
const maxFurnitureWords = 4

// postComment reports whether s ends with a dash, a name of up to
// maxCommenterWords words and a timestamp ("– Wen Zhao 2 hours ago",
// "– jdoe Nov 19, 2019 at 14:30"), and maybe a line of the site's
// furniture joined to it.
func postComment(ph *lang.Phrases, s string) bool {
	i := max(strings.LastIndex(s, " – "), strings.LastIndex(s, " — "), strings.LastIndex(s, " - "))
	if i < 0 {
		return false
	}
	_, tail, _ := strings.Cut(s[i+1:], " ")
	words := strings.Fields(tail)
	for m := len(words); m >= max(len(words)-maxFurnitureWords, 2); m-- {
		if m < len(words) {
			if r, ok := ph.Match(strings.Join(words[m:], " ")); !ok || r.Reason != qaReason {
				continue
			}
		}
		for n := 1; n <= maxCommenterWords && n < m; n++ {
			if isTimestamp(ph, strings.Join(words[n:m], " ")) {
				return true
			}
		}
	}
	return false
}

// Settle drops the runs of short lines, and the short lines after the
// article, that the filters after this one have made: a line between two
// menu items that goes later (the title printed again, a byline), or an
// author's box after the article, no longer stands between them when
// unscrape's output is cleaned again, so it does not stand there now.
//
// It also judges again every line the other filters made: a kicker joined
// to its headline, a title that became a line of text when nothing was
// left under it, a caption with the credit split from it. A second run
// judges them as they are printed.
func (f *boilerplate) Settle(doc *document.Document) error {
	ph := f.book.Index()
	again := false
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if b.Credit != "" {
			// A caption and its credit are printed as one line, which
			// a second run judges as a whole ("0" and "Bild:" make
			// the gallery counter "0 Bild:").
			printed := document.Block{Kind: b.Kind, Text: b.Text + " " + b.Credit}
			if reason, _ := lineReason(ph, &printed); reason != "" {
				b.Drop(boilerplateName, reason)
				again = true
			}
			continue
		}
		if kind, ok := b.Memo(lineMemo); ok && kind == uint8(b.Kind) {
			continue // judged clean by itself, as it is now
		}
		if reason, m := lineReason(ph, b); reason != "" && !(ownConsent(b, reason, m) && inSection(doc, i)) {
			b.Drop(boilerplateName, reason)
			again = true
		}
	}
	// A list of dated items goes only as the pipeline settles: the
	// content filter reads the page's lists of stories as the page's,
	// around its article, and cuts at them.
	dropDatedLists(doc, ph)
	dropShortRuns(doc, ph)
	dropTail(doc, ph)
	if again {
		return retitle(ph, doc)
	}
	// The lines above the first title-shaped one may go only now (a run
	// of short lines that a repeated line, dropped by dedupe, stood in).
	if err := titleIfNone(ph, doc); err != nil {
		return err
	}
	// A title that another filter left first (the content filter dropped
	// the lines above it) has its glued kicker parted now, as the next
	// run, which finds it first, parts it.
	partKicker(ph, doc, doc.NextLive(-1))
	return nil
}

// lineReason judges one line by itself: by the phrases it matches, and a
// paragraph also by its shape. It returns why the line goes, or "", and
// the phrase match.
func lineReason(ph *lang.Phrases, b *document.Block) (string, lang.Match) {
	m, ok := ph.MatchKeys(b.Text, b.FoldPrefix(), b.FoldNumbers())
	b.SetMemo(phraseMemo, uint8(m.Class))
	switch {
	case ok && (m.Class == lang.Boilerplate || m.Class == lang.Related || m.Class == lang.CaptionLabel):
		return m.Reason, m
	case !ok && b.Kind == document.Paragraph:
		if r := playerWithDuration(ph, b.Text); r != "" {
			return r, m
		}
		if titledPlayer(ph, b.Text) {
			return mediaTitleReason, m
		}
		if r := formLine(ph, b.Text); r != "" {
			return r, m
		}
		if scriptNotice(ph, b) {
			return scriptReason, m
		}
		return shapeReason(ph, b), m
	case !ok && imagePlaceholder(b):
		return placeholderReason, m
	}
	return "", m
}

const placeholderReason = "image placeholder"

// imagePlaceholder reports whether b is w3m's name for a picture without
// alt text, from its file's ("[museo]", "[logo-compa]"), on a line of its
// own or as a gallery's item over its caption ("• [gelso-anguilla]").
func imagePlaceholder(b *document.Block) bool {
	return (b.Kind == document.Paragraph || b.Kind == document.ListItem) && isPlaceholder(b.Text) && startsLower(b.Text[1:])
}

// scriptReason is the reason for a page's notice that its script did not
// run (see scriptNotice).
const scriptReason = "script notice"

// maxScriptNoticeWords bounds a notice that the page's script did not run:
// a sentence or two, a chart's or a player's title before it.
const maxScriptNoticeWords = 30

// scriptNotice reports whether b is a page's notice that its script did
// not run, in place of a chart, a map or a player: a short paragraph that
// names JavaScript and asks the reader to let it run, in words of the
// packs ("Gráfico interactivo no disponible. Active JavaScript para
// visualizarlo.", "Per visualizzare il video è necessario abilitare
// JavaScript."). A paragraph about the language asks nothing of the reader.
func scriptNotice(ph *lang.Phrases, b *document.Block) bool {
	return strings.Contains(b.Text, "JavaScript") && b.Words() <= maxScriptNoticeWords && saysWordOf(ph, "script", b)
}

// playerWithDuration returns the reason of a player's line that ends in
// its duration ("Stilstaand beeld uit de video Video afspelen 00:45": the
// poster's alt text, the button, the length): the line without the
// duration matches a media player's phrase. Else "".
func playerWithDuration(ph *lang.Phrases, s string) string {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 0 || !isDigit(s[len(s)-1]) || !isDuration(s[sp+1:]) {
		return ""
	}
	if m, ok := ph.Match(s[:sp]); ok && m.Class == lang.Boilerplate && m.Reason == "media player" {
		return m.Reason
	}
	return ""
}

// maxDurationBytes bounds a player's duration with its unit ("02:34 Min").
const maxDurationBytes = 24

// titledPlayer reports whether s is an audio or a video player's line: the
// recording's title, the player's label with a colon and the duration
// ("Landtag streitet über Geld für Schulen Audio: 02:34 Min"). The title
// says the article's words, and would be taken for its headline.
func titledPlayer(ph *lang.Phrases, s string) bool {
	// The duration is among the line's last bytes, the last a digit or
	// its unit's letter: a paragraph of megabytes is read from there
	// only, and most end in a full stop.
	if s == "" || !isDigit(s[len(s)-1]) && !endsInLetter(s) {
		return false
	}
	tail := max(0, len(s)-maxDurationBytes)
	colon := strings.LastIndex(s[tail:], ": ")
	if colon < 0 {
		return false
	}
	colon += tail
	if !isDuration(s[colon+2:]) {
		return false
	}
	sp := strings.LastIndexByte(s[:colon], ' ')
	if sp < 0 || words(s[:sp]) > maxMediaTitleWords || endsSentence(s[:sp]) {
		return false
	}
	m, ok := ph.MatchWhole(s[sp+1 : colon])
	return ok && m.Class == lang.Boilerplate && m.Reason == "media player"
}

// inputField is the least of a text field a text browser draws as a run of
// underscores, as wide as the field (lynx's 20, links' 21); maxFormBytes
// bounds a line of a form's fields, their labels and buttons.
const (
	inputField   = "________"
	maxFormBytes = 200
)

// formLine returns the reason of a form's line: its text fields, drawn as
// runs of underscores (lynx, links), and lines of the packs, a button and
// maybe the field's label ("____________________ Jetzt kostenlos
// abonnieren", a newsletter box's field and button): theirs. Else "".
func formLine(ph *lang.Phrases, s string) string {
	// Every short paragraph is asked: a form's line is short.
	if len(s) > maxFormBytes || !strings.Contains(s, inputField) {
		return ""
	}
	rest := strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }), " ")
	if r, ok := packLine(ph, rest); ok {
		return r
	}
	return ""
}

// maxLabelWords and maxLabelBytes bound the label gluedLabel looks for:
// it reads every line's start, and a line without spaces (in Chinese or
// Japanese) to its end without the second.
const (
	maxLabelWords = 3
	maxLabelBytes = 32
)

// gluedLabel returns where the text starts in a line that starts with a
// label glued to it, a scraper having printed the two without a space, and
// the label's class: a caption label ("Media captionWho is Julian
// Assange?": BBC's label for screen readers) or a related link's ("Lees
// ookKoning Maurits op staatsbezoek", the label and the link in elements
// of their own). The label ends where, in its first maxLabelWords words, a
// lower-case letter is followed by an upper-case one, and is a whole entry
// of the packs; 0 and no class otherwise.
func gluedLabel(ph *lang.Phrases, s string) (int, lang.Class) {
	words := 0
	prev := ' '
	for i, r := range s {
		switch {
		case i > maxLabelBytes:
			return 0, 0
		case r == ' ':
			if words++; words >= maxLabelWords {
				return 0, 0
			}
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			// A related link's label of one word may be a name's
			// start ("LinkedIn"); "Lees ook" is two.
			if m, ok := ph.Match(s[:i]); ok && m.Whole && (m.Class == lang.CaptionLabel || m.Class == lang.Related && words > 0) {
				return i, m.Class
			}
			return 0, 0
		}
		prev = r
	}
	return 0, 0
}

// dropReason returns the reason the boilerplate filter gave for dropping
// b, or "".
func dropReason(b *document.Block) string { return droppedBy(b, boilerplateName) }

// droppedBy returns the reason the filter named filter gave for dropping
// b, or "" where b is live or another filter dropped it.
func droppedBy(b *document.Block, filter string) string {
	if !b.Dropped {
		return ""
	}
	n := b.Notes[len(b.Notes)-1]
	if n.Filter != filter {
		return ""
	}
	return n.Reason
}

// shortRunReason is the reason for a line of a run of short lines.
const shortRunReason = "run of short lines (menu, tags or buttons)"

// consentReason is the reason for a cookie banner's text.
const consentReason = "consent notice"

// maxBannerScan bounds the live blocks at a page's top a cookie banner's
// notice is looked for in; minBannerWords is the fewest words of the
// notice.
const (
	maxBannerScan  = 8
	minBannerWords = 15
)

// dropConsentBanner drops a cookie banner's notice and its buttons that no
// pack names whole ("Vélo Horizon respecte votre vie privée. Avec votre
// accord, …" over "Accepter et fermer Continuer sans accepter
// Personnaliser mes choix"): among the page's first maxBannerScan live
// blocks, a paragraph that says a word of the packs' [words: consent],
// right over a line that starts with two consent buttons the packs know
// (see consentButtons), maybe with the rest of the header glued to them,
// or over the buttons' row the packs named whole; both go. Left, the
// notice is good text that starts the article's region at the page's
// top.
func dropConsentBanner(ph *lang.Phrases, doc *document.Document) {
	for i, n := doc.NextLive(-1), 0; i >= 0 && n < maxBannerScan; i, n = doc.NextLive(i), n+1 {
		b := &doc.Blocks[i]
		if b.Kind != document.Paragraph || b.Words() < minBannerWords || !slices.ContainsFunc(strings.Fields(b.Text), func(w string) bool {
			return ph.Word("consent", strings.TrimFunc(w, textfix.IsEdge))
		}) {
			continue
		}
		j := i + 1
		if j == len(doc.Blocks) {
			return
		}
		switch nb := &doc.Blocks[j]; {
		case dropReason(nb) == consentReason:
			// The packs named the buttons' row whole.
		case !nb.Dropped && nb.Kind == document.Paragraph && (consentButtons(ph, nb.Text) || consentButtons(ph, unglueCamel(nb.Text))):
			// Or glued, as links and w3m print a row of buttons
			// ("AceitarRecusarDefinições").
			nb.Drop(boilerplateName, consentReason)
		default:
			continue
		}
		b.Drop(boilerplateName, consentReason)
		return
	}
}

// unglueCamel returns s with a space where a small letter meets a capital
// ("AceitarRecusar" → "Aceitar Recusar"), or s itself where none does.
func unglueCamel(s string) string {
	var out []byte
	prevLower := false
	for i, r := range s {
		if prevLower && unicode.IsUpper(r) {
			if out == nil {
				out = append(make([]byte, 0, len(s)+8), s[:i]...)
			}
			out = append(out, ' ')
		}
		if out != nil {
			out = utf8.AppendRune(out, r)
		}
		prevLower = unicode.IsLower(r)
	}
	if out == nil {
		return s
	}
	return string(out)
}

// ownConsent reports whether b, which a consent notice's phrase starts,
// may be a site's own words on its cookies, in its privacy policy: a
// paragraph of body text, which inSection judges by where it stands.
func ownConsent(b *document.Block, reason string, m lang.Match) bool {
	return reason == consentReason && !m.Whole && isBody(b)
}

// cutEditLink returns s without the wiki's edit link it ends with
// ("History[edit]", "Geschichte [Bearbeiten | Quelltext bearbeiten]"), the
// link's words those of the packs' [words: edit link].
func cutEditLink(ph *lang.Phrases, s string) (string, bool) {
	if !strings.HasSuffix(s, "]") {
		return s, false
	}
	open := strings.LastIndexByte(s, '[')
	if open <= 0 || !ph.Word("edit link", s[open+1:len(s)-1]) {
		return s, false
	}
	text := strings.TrimRight(s[:open], " ")
	return text, text != ""
}

// minTimelineParts: a timeline has this many dated parts at least; the
// page's own date stands once between body paragraphs at most, where the
// page prints it again after the article's first part.
const minTimelineParts = 3

// timelineDates returns the dates among the lines at ds that head the
// parts of a timeline ("Marzo de 2026" / what happened / "Junio de 2026"
// / …): dates printed alike, each between body paragraphs, minTimelineParts
// of them or more. They are the article's, and its parts' headings.
func timelineDates(doc *document.Document, ds []int) map[int]bool {
	if len(ds) < minTimelineParts {
		return nil
	}
	shapes := map[string][]int{}
	for _, i := range ds {
		prev, next := doc.PrevLive(i), doc.NextLive(i)
		if prev < 0 || next < 0 || !isBody(&doc.Blocks[prev]) || !isBody(&doc.Blocks[next]) {
			continue
		}
		shape := tokenShape(doc.Blocks[i].Text)
		shapes[shape] = append(shapes[shape], i)
	}
	var parts map[int]bool
	for _, is := range shapes {
		if len(is) < minTimelineParts {
			continue
		}
		if parts == nil {
			parts = map[int]bool{}
		}
		for _, i := range is {
			parts[i] = true
		}
	}
	return parts
}

// tokenShape is s's runs of digits and of letters, as '0' and 'a', in
// order: "Marzo de 2026" and "Junio de 2026" are both "aa0".
func tokenShape(s string) string {
	var shape []byte
	last := byte(0)
	for _, r := range s {
		c := byte(0)
		switch {
		case textfix.IsDigit(r):
			c = '0'
		case textfix.IsLetter(r):
			c = 'a'
		}
		if c != 0 && (c != last || len(shape) == 0) {
			shape = append(shape, c)
		}
		last = c
	}
	return string(shape)
}

// yearDate reports whether s names a year and no time of day ("10:32"):
// a timeline's date, which may be a month and year ("Marzo de 2026"), not
// a live entry's time.
func yearDate(s string) bool {
	year, clock := yearClock(s)
	return year && !clock
}

// yearClock reports whether s names a year (a run of four digits from
// 1000 to 2999) and whether it names a time of day (a digit before a
// colon).
func yearClock(s string) (year, clock bool) {
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			clock = clock || s[i] == ':' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9'
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		year = year || j-i == 4 && (s[i] == '1' || s[i] == '2')
		i = j
	}
	return year, clock
}

// inSection reports whether the paragraph at i opens a section of the
// article: under a section's heading that follows body text, with body
// text after it. A site's own privacy policy says "We use cookies to keep
// you signed in" under its "Cookies"; a cookie banner says it at the
// page's edge, among its menus and buttons, or amid an article it has
// nothing to do with.
func inSection(doc *document.Document, i int) bool {
	next, prev := doc.NextLive(i), doc.PrevLive(i)
	if next < 0 || prev < 0 || !isBody(&doc.Blocks[next]) {
		return false
	}
	if p := &doc.Blocks[prev]; p.Kind != document.Heading && !(p.Kind == document.Paragraph && headingShaped(p.Text)) {
		return false
	}
	pp := doc.PrevLive(prev)
	return pp >= 0 && isBody(&doc.Blocks[pp])
}

// dropBoxBlurbs drops the few lines printed between two known lines of a
// newsletter, subscription, consent or comments box ("Sign up to Down to Earth" /
// "Free weekly newsletter" / <the newsletter's pitch> / "Privacy Notice:
// …"): the pitch is the site's own words, which no pack can list. A
// credit ends the box unclosed, for the credits filter; so does a body
// paragraph after a comments label, which may be the article's.
func dropBoxBlurbs(doc *document.Document, ph *lang.Phrases) {
	for i := 1; i < len(doc.Blocks); i++ {
		open := dropReason(&doc.Blocks[i-1])
		kind := boxKinds[open]
		if kind == 0 || doc.Blocks[i].Dropped {
			continue
		}
		j, n := i, 0
		consent, maxWords := open == consentReason, maxBoxWords
		if consent {
			maxWords = maxConsentWords
		}
		for ; j < len(doc.Blocks) && n < maxBoxBlocks; j++ {
			b := &doc.Blocks[j]
			if r := dropReason(b); open == "comments" && (r == forumReason || r == timestampReason) {
				continue // a comment's date and its "Reply" button
			} else if open == adReason && r == symbolsReason {
				continue // the product's price ("49,90 €")
			}
			n++
			// Someone quoted speaks in the article, not in a box's
			// pitch: the article goes on under an inline sign-up box.
			if b.Dropped || b.Kind != document.Paragraph || b.Words() > maxWords ||
				isCreditLine(ph, b) || (open == "comments" && isBody(b)) || open != "comments" && !consent && strings.ContainsFunc(b.Text, textfix.IsDoubleQuote) {
				break
			}
		}
		if j == i || j == len(doc.Blocks) {
			continue
		}
		if closeKind := boxKinds[dropReason(&doc.Blocks[j])]; closeKind != kind && !(open == adReason && closeKind == boxKinds["subscription prompt"]) {
			continue
		}
		if open == adReason && doc.Blocks[j].Fold() == doc.Blocks[i-1].Fold() {
			// Between a label and the same label again
			// ("Advertisement" / <paragraph> / "Advertisement") is the
			// article's text, between two slots for ads: a product's
			// box ends with the shop's button.
			continue
		}
		for k := i; k < j; k++ {
			doc.Blocks[k].Drop(boilerplateName, open+" box")
		}
		i = j
	}
}

const (
	// minDatedItems: a run of this many items, each a line or two over
	// its date, is a list of links or files.
	minDatedItems = 3
	// maxDatedItemLines bounds an item's lines over its date: a name
	// and a commit's message, a headline and its section.
	maxDatedItemLines = 2
	// maxDatedItemWords bounds each of those lines.
	maxDatedItemWords = 10
)

// dropDatedLists drops the lists whose items are each a line or two over
// a date: a repository's files with their last commits ("cmd/tq" / "cli:
// add --json flag" / "2 weeks ago"), a sidebar's stories with their
// times. An article's list says more than a few words an item, and its
// dates stand in its sentences.
func dropDatedLists(doc *document.Document, ph *lang.Phrases) {
	var items [][]int // the lines of each item of the run, its date last
	var cur []int     // the lines since the last date
	flush := func() {
		if len(items) >= minDatedItems {
			for _, it := range items {
				for _, i := range it {
					doc.Blocks[i].Drop(boilerplateName, "list of dated items")
				}
			}
		}
		items = items[:0]
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		switch {
		case dropReason(b) == timestampReason || !b.Dropped && relativeDate(ph, b):
			if len(cur) == 0 {
				flush()
				continue
			}
			items = append(items, append(cur, i))
			cur = nil
		case b.Dropped:
			// A line another rule dropped ("Anzeige") is no item's.
		case (b.Kind == document.Paragraph || b.Kind == document.Caption) && b.Words() <= maxDatedItemWords && !endsSentence(b.Text):
			if cur = append(cur, i); len(cur) > maxDatedItemLines {
				// Too many lines for an item: the run ends, and the
				// last lines may start the next one.
				flush()
				cur = cur[len(cur)-maxDatedItemLines:]
			}
		default:
			flush()
			cur = nil
		}
	}
	flush()
}

// relativeDate reports whether b is a date said in words, no digit in
// it, that the timestamp rule leaves to the text ("last month", "a year
// ago"): two words or more, all of the packs' timestamp words.
func relativeDate(ph *lang.Phrases, b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() >= 2 && b.Words() <= 4 && !b.HasDigit() && timestampFold(ph, b.Fold())
}

// mediaTitleReason: the title of a recording, over its player or on its line.
const mediaTitleReason = "media title"

// dropMediaTitles drops the title of a video or audio player, printed
// between the player's own words and the duration ("Video Ad Feedback" /
// "What to do if your flight is canceled" / "02:15 - Source: CNN").
func dropMediaTitles(doc *document.Document) {
	for i := 1; i+1 < len(doc.Blocks); i++ {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph || b.Words() > maxMediaTitleWords || endsSentence(b.Text) ||
			dropReason(&doc.Blocks[i-1]) != "media player" || dropReason(&doc.Blocks[i+1]) != durationReason {
			continue
		}
		b.Drop(boilerplateName, mediaTitleReason)
	}
}

// dropTail drops the short lines after the article's last body paragraph
// when nothing else follows it: buttons, tags and links ("Zur
// SZ-Startseite", "Jetzt F+ lesen") that no pack names. They start with a
// capital, as buttons do; a line in lower case there is the end of a list
// of the article's, and the tail stays. Credits stay for the credits
// filter.
func dropTail(doc *document.Document, ph *lang.Phrases) {
	last := -1
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && isBody(b) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	var tail []int
	for i := last + 1; i < len(doc.Blocks); i++ {
		b := &doc.Blocks[i]
		switch {
		case b.Dropped || (b.Kind == document.Paragraph && isCreditLine(ph, b)):
		case b.Kind == document.Paragraph && b.Words() <= maxTailWords && !endsSentence(b.Text) && startsUpper(b.Text):
			tail = append(tail, i)
		default:
			return
		}
	}
	for _, i := range tail {
		doc.Blocks[i].Drop(boilerplateName, "short line after the article")
	}
}

const durationReason = "media duration"

// minTickerQuotes is the fewest quotes of a market ticker's row.
const minTickerQuotes = 3

// tickerRow reports whether s is a row of a site's market ticker: quotes
// parted by bars, each a name and figures, all but a quarter at most
// ending in a signed change ("DAX 18.234 +0,8% | MDAX 26.112 +0,5% | …
// | Euro/Dollar 1,0845"), minTickerQuotes or more.
func tickerRow(s string) bool {
	if strings.Count(s, "|") < minTickerQuotes-1 {
		return false
	}
	parts, quotes := 0, 0
	for part := range strings.SplitSeq(s, "|") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		parts++
		last := f[len(f)-1]
		if r, size := utf8.DecodeRuneInString(last); len(f) >= 2 && (r == '+' || r == '-' || r == '−' || r == '±') && len(last) > size && isDigit(last[size]) {
			quotes++
		}
	}
	return quotes >= minTickerQuotes && 4*quotes >= 3*parts
}

// shapeReason says why a paragraph is not prose by its shape alone, or "".
func shapeReason(ph *lang.Phrases, b *document.Block) string {
	s := b.Text
	switch {
	case !hasLetter(s):
		switch {
		case isDuration(s):
			return durationReason
		case isVersion(s):
			return "" // a release note's section
		case isDate(ph, s):
			// "12/11/2026 - 10:45" under a bare name: the header's
			// date, which tells the credits filter the name is a
			// byline.
			return timestampReason
		}
		return symbolsReason
	case timestampLine(ph, b):
		return timestampReason
	case isDuration(s):
		return durationReason
	case isBreadcrumb(s) || homeCrumb(ph, s):
		return breadcrumbReason
	case isFooterRow(s) || legalTail(ph, s):
		return copyrightReason
	case b.HasDigit() && b.Words() <= maxCompanyWords && companyDetails(ph, s):
		return "company details"
	case isMarkup(s):
		return "HTML markup"
	case isKeyValues(s):
		return "page metadata"
	case isFileName(s):
		return "file name"
	case imagePlaceholder(b):
		return placeholderReason
	case isRating(s):
		return "rating"
	case b.HasDigit() && tickerRow(s):
		return "market ticker"
	case isHashtags(s):
		return "hashtags"
	case followPrompt(ph, b):
		return "follow prompt"
	case contactLine(ph, b):
		return "contact line"
	case shareButton(ph, b):
		return shareReason
	case document.IsAdSlot(s):
		// The parser removes it from the dumps it knows; w3m's has no
		// list of links to be known by.
		return "empty ad slot"
	}
	return ""
}

// maxRatingWords bounds what follows a rating's stars: its score and its
// count ("4,8 (312 valoraciones)").
const maxRatingWords = 4

// isRating reports whether s is a rating widget's line: stars drawn as
// characters, three or more, and a score ("★★★★★ 4,8 (312 valoraciones)",
// "★★★★☆ 4.2 out of 5"). Stars alone are symbols, which go anyway.
func isRating(s string) bool {
	// Every star is three bytes in UTF-8, the first 0xE2: most lines
	// are told by their first byte.
	if s == "" || s[0] != 0xE2 {
		return false
	}
	stars := 0
	rest := strings.TrimLeftFunc(s, func(r rune) bool {
		if strings.ContainsRune("★☆⭐✩✪✫✬✭✮✯", r) {
			stars++
			return true
		}
		return false
	})
	return stars >= 3 && strings.ContainsFunc(rest, unicode.IsDigit) && len(strings.Fields(rest)) <= maxRatingWords
}

// isHashtags reports whether s is hashtags and nothing else ("#webdev",
// "#devops #tutorial"): a post's tags, each a link to its list. A
// Markdown heading has a space after its marks, and the parser read it.
func isHashtags(s string) bool {
	if s == "" || s[0] != '#' {
		return false // most lines, told by their first byte
	}
	for _, w := range strings.Fields(s) {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' || !hasLetter(w) {
			return false
		}
	}
	return true
}

// minFollowWords and maxFollowWords bound a follow prompt: the verb, the
// site or "us", and two networks ("Follow us on Facebook, Twitter"), up to a
// sentence or two.
const (
	minFollowWords = 5
	maxFollowWords = 30
)

// socialReason is the reason of the packs' social networks' names.
const socialReason = "social media button"

// shareReason is the reason of the packs' share buttons.
const shareReason = "share button"

// maxShareWords bounds a share button: "Auf Facebook teilen", "Share on
// Facebook Messenger", "Condividi su WhatsApp con un amico".
const maxShareWords = 6

// maxShareRow bounds the buttons of a row that a scraper printed on one
// line.
const maxShareRow = 4

// shareButton reports whether b is a share button the packs do not list
// whole: a share verb (the packs' [words: share]) first or last, one
// network's name and nothing else but the words that join them ([words:
// share joiner]): "Compartir en LinkedIn", "Per WhatsApp teilen". The
// packs would otherwise list every network for every verb and language.
// A verb alone is a pack's ("Teilen"); a sentence has other words.
//
// A row of such buttons on one line ("Auf Facebook teilen Per WhatsApp
// teilen Per E-Mail teilen") is one too: a verb for every network.
func shareButton(ph *lang.Phrases, b *document.Block) bool {
	if n := b.Words(); n < 2 || n > maxShareWords*maxShareRow || endsSentence(b.Text) {
		return false
	}
	// The verb comes first ("Share on X") or last ("Auf X teilen"): most
	// short lines are told apart by two words, without reading the others.
	// The block's fold key is made already, its words in lower case.
	share, key := ph.Words("share"), b.FoldNumbers()
	first, _, _ := strings.Cut(key, " ")
	last := key[strings.LastIndexByte(key, ' ')+1:]
	if !share.HasFolded(strings.TrimFunc(first, textfix.IsEdge)) && !share.HasFolded(strings.TrimFunc(last, textfix.IsEdge)) {
		return false
	}
	// The verb is there; the other words are joiners and networks.
	verbs, networks := 0, 0
	// A hyphen stays inside a word: "E-Mail" is one network.
	words := strings.FieldsFunc(b.Text, func(r rune) bool { return r != '-' && notWordRune(r) })
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case ph.Word("share", w):
			verbs++
		case ph.Word("share joiner", w):
		case k+1 < len(words) && startsUpper(words[k+1]) && isNetwork(ph, w+" "+words[k+1]):
			networks++
			k++ // "Facebook Messenger"
		case isNetwork(ph, w):
			networks++
		default:
			return false
		}
	}
	return networks == 1 || networks > 1 && verbs >= networks && b.Words() <= maxShareWords*networks
}

// isNetwork reports whether s is a social network's name in the packs.
func isNetwork(ph *lang.Phrases, s string) bool {
	m, ok := ph.Match(s)
	return ok && m.Whole && m.Reason == socialReason
}

// followPrompt reports whether s asks the reader to follow the site on
// social networks ("Follow Newsbeat on Instagram, Facebook, Twitter and
// YouTube."): it starts with one of the packs' [words: follow] and names
// two networks or more, which no pack can list whole. One network is not
// enough: "Follow these steps on Instagram to hide likes" is a how-to's.
func followPrompt(ph *lang.Phrases, b *document.Block) bool {
	// The block's words are counted already; the first word is looked
	// up only in the lines left, which are few (menus' are shorter).
	if n := b.Words(); n < minFollowWords || n > maxFollowWords {
		return false
	}
	first, _, _ := strings.Cut(b.Text, " ")
	if !ph.Word("follow", first) {
		return false
	}
	var seen []string
	for _, w := range strings.FieldsFunc(b.Text, notWordRune) {
		if isNetwork(ph, w) && !slices.Contains(seen, w) {
			seen = append(seen, w)
		}
	}
	return len(seen) >= 2
}

// maxContactWords bounds a contact line (see contactLine).
const maxContactWords = 30

// contactLine reports whether b is a line that tells the reader how to
// reach the author or the newsroom ("Email Tariq Malik at tmalik@space.com
// or follow him @tariqjmalik.", "Write to Al Root at allen.root@dowjones.com"):
// it starts with one of the packs' [words: contact] and has an e-mail
// address. The name between lead and address differs on every page, which
// no pack can list.
func contactLine(ph *lang.Phrases, b *document.Block) bool {
	at := strings.IndexByte(b.Text, '@')
	if at <= 0 || b.Words() > maxContactWords || !isMailAddress(b.Text, at) {
		return false
	}
	return leadLength(ph, "contact", strings.Fields(b.Text)) > 0
}

// isMailAddress reports whether the "@" at s[at] is an e-mail address's:
// a letter or digit right before it, and a domain with a dot after it.
func isMailAddress(s string, at int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:at])
	if !textfix.IsLetter(before) && !textfix.IsDigit(before) {
		return false
	}
	domain := s[at+1:]
	if end := strings.IndexFunc(domain, func(r rune) bool { return !textfix.IsLetter(r) && !textfix.IsDigit(r) && r != '.' && r != '-' }); end >= 0 {
		domain = domain[:end]
	}
	dot := strings.LastIndexByte(strings.TrimRight(domain, "."), '.')
	return dot > 0
}

// minNameJoins is the fewest hyphens and underscores of a file name
// ("milano-design-week-2018-cover", "US-ENTERTAINMENT-CINEMA-DISNEY-D23").
const minNameJoins = 4

// isFileName reports whether s is a picture's file name or a page's slug
// and nothing else, which a converter printed for a picture without alt
// text: words joined by minNameJoins or more hyphens or underscores, no
// other punctuation, maybe broken by a text browser's line wrap into two.
// A line of prose has spaces; a compound of four hyphens is rare, and
// never alone.
func isFileName(s string) bool {
	joins, spaces := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' || c == '_':
			if i == 0 || s[i-1] == '-' || s[i-1] == '_' || s[i-1] == ' ' {
				return false
			}
			joins++
		case c == ' ':
			// A line of prose has its first space before any hyphen.
			if spaces++; spaces > 1 || joins == 0 {
				return false
			}
		case c == '.':
			// An extension: "cover-01.jpg".
		case c >= 0x80 || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'):
			return false
		}
	}
	return joins >= minNameJoins
}

// minKeyValues is the fewest "key: value" pairs of a line of page
// metadata.
const minKeyValues = 4

// isKeyValues reports whether s is minKeyValues or more "key: value" pairs
// between bars, each key one word: the targeting data of a page's ads
// ("site: media | arena: nfl | pageType: stories | section: | …") that a
// scraper printed with the text.
func isKeyValues(s string) bool {
	if strings.Count(s, " | ") < minKeyValues-1 {
		return false
	}
	for part := range strings.SplitSeq(s, "|") {
		key, _, ok := strings.Cut(strings.TrimSpace(part), ":")
		if !ok || key == "" || strings.ContainsAny(key, " \t") {
			return false
		}
	}
	return true
}

// isMarkup reports whether s is HTML a page printed as text: an editor's
// leftover "&lt;span data-mce-type=…&gt;", once its entities are repaired.
// (A line of HTML a writer left in its Markdown the parser reads as HTML.)
// It starts with a tag, and tags are most of it, or all of it but a tenth
// when there is one, with attributes; prose about a tag ("<table> is for
// data") is not.
func isMarkup(s string) bool {
	if len(s) < 2 || s[0] != '<' || !('a' <= s[1] && s[1] <= 'z' || 'A' <= s[1] && s[1] <= 'Z') {
		return false
	}
	in, tags := 0, 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		k := strings.IndexByte(s[i+j:], '>')
		if k < 0 {
			break
		}
		in += k + 1
		tags++
		i += j + k + 1
	}
	if tags == 1 {
		// One tag, with attributes, and little else: a tracking pixel.
		// An attribute has a value ('src="…"'): a title in angle
		// brackets, as Korean and Chinese text prints one ("<The
		// Palace: Tale of Jang Noksu>"), has words.
		end := strings.IndexByte(s, '>')
		return strings.IndexByte(s[:end], ' ') > 0 && strings.IndexByte(s[:end], '=') > 0 && 10*in >= 9*len(s)
	}
	return 2*in >= len(s)
}

// A breadcrumb has minCrumbs to maxCrumbs sections of at most
// maxCrumbWords words each; minSlashCrumbs between slashes.
const (
	minCrumbs      = 2
	maxCrumbs      = 6
	maxCrumbWords  = 3
	minSlashCrumbs = 4
)

// crumbSeparators are what sites print between the sections of a
// breadcrumb ("News › City", "Home » Sport » Football"). A slash is a
// photographer's and an agency's too ("Jane Doe / AFP", "AP Photo / Jane
// Doe / File"): only four sections or more between slashes are a path
// ("Home / Reviews / E-bikes / Voltera Strada S2"), or a footer's links.
var crumbSeparators = []string{" › ", " » ", " > ", " → ", " ‹ ", " / "}

// dropCrumbLists drops a breadcrumb printed as a list, its separator
// after each item but the last ("1. Portada /", "2. Sucesos /", "3.
// Tráfico"): minCrumbs items or more with the mark, of maxCrumbWords words
// at most, capitalised, and the last without it. The packs may have
// dropped an item as a menu's link already; the crumb then tells the
// headline under it from a ticker's line over it.
func dropCrumbLists(doc *document.Document) {
	for i := 0; i < len(doc.Blocks); i++ {
		j := i
		for j < len(doc.Blocks) && crumbMarked(doc.Blocks[j].Text) && crumbItem(&doc.Blocks[j], doc.Blocks[i].Level) {
			j++
		}
		// The loop stops at the last crumb, without the mark, or past
		// the list.
		if j-i < minCrumbs || j == len(doc.Blocks) || !crumbItem(&doc.Blocks[j], doc.Blocks[i].Level) {
			continue
		}
		for k := i; k <= j; k++ {
			if !doc.Blocks[k].Dropped {
				doc.Blocks[k].Drop(boilerplateName, breadcrumbReason)
			}
		}
		i = j
	}
}

// crumbItem reports whether b may be an item of a breadcrumb printed as a
// list at level: a list's item of a few capitalised words.
func crumbItem(b *document.Block, level int) bool {
	return b.Kind == document.ListItem && b.Level == level && !notCrumb(strings.TrimRight(b.Text, " /›»>→"))
}

// crumbMarked reports whether s ends with a breadcrumb's separator.
func crumbMarked(s string) bool {
	if s == "" || s[len(s)-1] != '/' && s[len(s)-1] != '>' && s[len(s)-1] < utf8.RuneSelf {
		return false // most lines, by their last byte
	}
	for _, sep := range crumbSeparators {
		if strings.HasSuffix(s, strings.TrimRight(sep, " ")) {
			return true
		}
	}
	return false
}

// homeCrumb reports whether s is a breadcrumb of fewer sections between
// slashes than isBreadcrumb takes, minCrumbs or more, that starts with a
// link the packs name as navigation ("Portada / Cultura / Agenda"): a
// photo's credit starts with a name.
func homeCrumb(ph *lang.Phrases, s string) bool {
	if !spacedSlash(s) {
		return false
	}
	parts := strings.Split(s, " / ")
	if len(parts) < minCrumbs+1 || len(parts) >= minSlashCrumbs {
		return false
	}
	if slices.ContainsFunc(parts, notCrumb) {
		return false
	}
	m, ok := ph.Match(parts[0])
	return ok && m.Class == lang.Boilerplate && m.Reason == "navigation"
}

// notCrumb reports whether p is no section of a breadcrumb: a few words,
// the first capitalised, that end no sentence.
func notCrumb(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	n := words(p)
	return n == 0 || n > maxCrumbWords || !unicode.IsUpper(r) || endsSentence(p)
}

// spacedSlash reports whether s has a slash between spaces (" / "): a
// search for the slash byte, which most lines lack, finds it fastest.
func spacedSlash(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '/')
		if k < 0 {
			return false
		}
		k += i
		if k > 0 && k+1 < len(s) && s[k-1] == ' ' && s[k+1] == ' ' {
			return true
		}
		i = k + 1
	}
}

// hasCrumbMark reports whether s has a mark of crumbSeparators. Every
// line is asked, and most have none: four searches tell, where one for
// each mark would read the line six times. "›", "‹" and "→" start with
// the byte 0xE2, as the curly quotation marks and dashes of most lines
// do; the bytes after it tell them.
func hasCrumbMark(s string) bool {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], 0xE2)
		if k < 0 {
			break
		}
		k += i
		if k+2 < len(s) && (s[k+1] == 0x80 && (s[k+2] == 0xBA || s[k+2] == 0xB9) || s[k+1] == 0x86 && s[k+2] == 0x92) {
			return true
		}
		i = k + 1
	}
	return strings.IndexByte(s, '>') >= 0 || strings.Contains(s, "»") || spacedSlash(s)
}

// isBreadcrumb reports whether s is a breadcrumb: sections of a few
// capitalised words between one of crumbSeparators, as the path to a
// page is printed above its headline, and nothing else. A trailing
// separator ("Home » Dare to Play »") counts.
func isBreadcrumb(s string) bool {
	s = strings.TrimSpace(s)
	if !hasCrumbMark(s) {
		return false
	}
	for _, sep := range crumbSeparators {
		// Most lines have no separator: a search for its mark tells,
		// without the split (a search for " › " would stop at every
		// space).
		if !strings.Contains(s, sep[1:len(sep)-1]) {
			continue
		}
		t := strings.TrimSuffix(s, strings.TrimRight(sep, " "))
		parts := strings.Split(strings.TrimSpace(t), sep)
		if len(parts) < minCrumbs || sep == " / " && len(parts) < minSlashCrumbs || len(parts) > maxCrumbs {
			continue
		}
		if !slices.ContainsFunc(parts, notCrumb) {
			return true
		}
	}
	return false
}

// crumbLed reports whether s starts with a breadcrumb's sections, two or
// more crumbs of a few capitalised words each before a last part of any
// length: the path to the page with the headline it ends with, or the
// first line of it a text browser wrapped ("Home > Cronaca > Sandrigo >
// L’Astico rompe l’argine a"). It shares the article's words, and is no
// headline. Between slashes, as isBreadcrumb reads them, it takes three
// crumbs before the last part ("Home / News / Weather / Amber snow
// warning Weather", where html-to-text wrapped the kicker under it).
func crumbLed(s string) bool {
	if !hasCrumbMark(s) {
		return false
	}
	for _, sep := range crumbSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		parts := strings.Split(strings.TrimSpace(s), sep)
		if len(parts) <= minCrumbs || sep == " / " && len(parts) < minSlashCrumbs {
			continue
		}
		if !slices.ContainsFunc(parts[:len(parts)-1], notCrumb) {
			return true
		}
	}
	return false
}

// copyrightReason is the reason of the packs' copyright notices.
const copyrightReason = "copyright notice"

// navigationReason is the reason of the packs' menu and footer links.
const navigationReason = "navigation"

// packLine reports whether s is one of the whole lines the phrase packs
// drop, and with which reason: a button's, a link's, a prompt's words by
// themselves, as the rules that read a row of them ask of its parts. A row
// of such lines is no one line here (see lang.Phrases.MatchWhole): those
// rules count its parts.
func packLine(ph *lang.Phrases, s string) (reason string, ok bool) {
	m, ok := ph.MatchWhole(s)
	return m.Reason, ok && m.Class == lang.Boilerplate
}

// Bounds of a footer's row: its links are a few words each ("Mentions
// légales", "Política de cookies"), and there are two or more of them.
const (
	minFooterLinks    = 2
	maxFooterLinkWord = 4
)

// isFooterRow reports whether s is a page footer's row: the copyright
// sign with the site's name, then its legal pages' links, set apart by
// one of footerSeparators ("© 2024 Le Potager de Claire · Mentions
// légales · Cookies"). No pack can list it whole, and the credits filter
// would take its sign for a photo's credit. A credit has one part after
// its sign ("© Jane Doe | Getty Images").
func isFooterRow(s string) bool {
	if !strings.HasPrefix(s, "©") {
		return false
	}
	for _, sep := range footerSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		parts := strings.Split(s, sep)
		if len(parts)-1 < minFooterLinks {
			continue
		}
		ok := true
		for _, p := range parts[1:] {
			if n := words(p); n == 0 || n > maxFooterLinkWord {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// yearCopyright reports whether s is a site's copyright line: the sign,
// then a year ("© 2026 Slow Travel Review", "©2019 Ascom", "© 2000-2018
// …"). A photo's credit names its owner after the sign ("© dpa"). The
// content filter ends the article at such a line (see isFooter); the
// credits filter moves it to the metadata.
func yearCopyright(s string) bool {
	rest, ok := strings.CutPrefix(s, "©")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	return len(rest) >= 4 && isYear(rest[:4]) && (len(rest) == 4 || rest[4] < '0' || rest[4] > '9')
}

// legalTail reports whether s is a footer's row printed without
// separators: the copyright sign, the site's name, and minFooterLinks or
// more of the links the packs drop as navigation ("© Le Petit Lyonnais
// 2024 Mentions légales CGU Contact"), read from the end.
func legalTail(ph *lang.Phrases, s string) bool {
	if !strings.HasPrefix(s, "©") {
		return false
	}
	words := strings.Fields(s)
	links, k := 0, len(words)
	for k > 1 {
		n := 0
		// Shortest first: a row of links matches as one too.
		for w := 1; w <= min(maxFooterLinkWord, k-1); w++ {
			if m, ok := ph.Match(strings.Join(words[k-w:k], " ")); ok && m.Whole && m.Reason == navigationReason {
				n = w
				break
			}
		}
		if n == 0 {
			break
		}
		links, k = links+1, k-n
	}
	return links >= minFooterLinks
}

// Bounds of a company's details in a footer: a line of maxCompanyWords
// words at most gives a register number of minRegisterDigits digits or
// more, with maxRegisterGap words at most between it and its name.
const (
	maxCompanyWords   = 40
	minRegisterDigits = 5
	maxRegisterGap    = 2
)

// companyDetails reports whether s is a footer's line with the company's
// register number: a word of the packs' [words: company register] before
// a number, which may have letters and spaces in it ("La Gazzetta S.r.l.
// – P.IVA 01234567890", "USt-IdNr.: DE123456789", "RCS Paris B 123 456
// 789"). A sentence that names a tax and a number has them apart ("VAT
// rose to 20% on 120000 items").
func companyDetails(ph *lang.Phrases, s string) bool {
	// Most lines have fewer digits than a register number: they are
	// told apart without reading their words. (The caller has the
	// line's words counted, and asks only about a line of
	// maxCompanyWords at most.)
	digits := 0
	for i := 0; i < len(s) && digits < minRegisterDigits; i++ {
		if '0' <= s[i] && s[i] <= '9' {
			digits++
		}
	}
	if digits < minRegisterDigits {
		return false
	}
	// Only the words right before a number are looked up: most lines
	// with digits have few numbers and many words.
	register := ph.Words("company register")
	var before [maxRegisterGap + 1]string // the words before t, last first
	for rest := s; rest != ""; {
		var t string
		t, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		if t == "" {
			continue
		}
		if strings.ContainsFunc(t, isASCIIDigit) {
			for _, w := range before {
				// A register's name starts with a capital.
				if w != "" && 'A' <= w[0] && w[0] <= 'Z' && register.Has(strings.TrimRight(w, ":,")) && registerNumber(t, rest) {
					return true
				}
			}
		}
		for i := len(before) - 1; i > 0; i-- {
			before[i] = before[i-1]
		}
		before[0] = t
	}
	return false
}

func isASCIIDigit(r rune) bool { return '0' <= r && r <= '9' }

// registerNumber reports whether the number that starts with the word
// first, and may go on in the words of rest ("123 456 789", "DE123456789"),
// has minRegisterDigits digits or more.
func registerNumber(first, rest string) bool {
	digits := 0
	for t := first; ; {
		n := 0
		for i := 0; i < len(t); i++ {
			if '0' <= t[i] && t[i] <= '9' {
				n++
			}
		}
		if n == 0 {
			break
		}
		if digits += n; digits >= minRegisterDigits || rest == "" {
			break
		}
		t, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
	}
	return digits >= minRegisterDigits
}

// footerSeparators set a footer's links apart.
var footerSeparators = []string{" · ", " | ", " • "}

// isDuration reports whether s is a player's duration or position: it
// starts with minutes and seconds ("00:45", "02:15 - Source: CNN",
// "00:00/04:12") and is short.
func isDuration(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	rest := s[i+3:]
	if rest != "" && isDigit(rest[0]) {
		return false
	}
	return words(s) <= maxDurationWords && !endsSentence(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func hasLetter(s string) bool {
	for _, r := range s {
		if textfix.IsLetter(r) {
			return true
		}
	}
	return false
}

// isTimestamp reports whether s is a date, a time or a reading time: it has
// a digit, and every word in it is one of the language's timestamp words
// ("Stand: 17.01.2022, 14:32 Uhr", "5 min read", "Publié le 18 janvier").
func isTimestamp(ph *lang.Phrases, s string) bool {
	return maybeTimestamp(s) && timestampFold(ph, textfix.Fold(s))
}

// minDateDigits: a date has a day and a year ("Nov 9, 2019"), or a day
// and a month in digits; a section's number ("Part - 2"), a year alone or
// a time ("10:32") has fewer digits.
const minDateDigits = 5

// isDate reports whether s is a timestamp that holds a date: enough
// digits, and a month's name or digits joined by a date's dot, slash or
// dash ("14.03.2024", "11/19/19"). A row of scores ("18 22 13 17 — 70")
// has digits only, and a share's price and change ("$87.42 +2.3%") a
// currency's sign or a percent sign, which no date has.
func isDate(ph *lang.Phrases, s string) bool {
	digits, joined := 0, false
	prev := ' '
	for _, r := range s {
		switch {
		case textfix.IsDigit(r):
			digits++
			joined = joined || prev == '.' || prev == '/' || prev == '-'
		case r == '%' || r == '$' || r == '€' || r == '£' || r == '¥':
			return false // read in the one pass over the runes
		}
		prev = r
	}
	return digits >= minDateDigits && (joined || hasLetter(s)) && isTimestamp(ph, s)
}

// isDateline reports whether s is a date after the place the story was
// filed from, one word set off by a dash, a bar or a comma ("Madrid - 14
// mar 2024 - 10:32 CET", "Berlin, 14. März 2024"): the place is no
// timestamp word, but the line is the header's date all the same. Two
// capitalised words before a date are a byline's name ("Jane Doe - Nov
// 19, 2019"), which the credits filter reads.
func isDateline(ph *lang.Phrases, s string) bool {
	// The place is the first word: it ends at the first space or
	// separator, and a separator must follow it.
	i := strings.IndexAny(s, " ,|-")
	if i <= 0 {
		return false
	}
	place := s[:i]
	if !startsUpper(place) || strings.ContainsFunc(place, notWordRune) {
		return false
	}
	rest := strings.TrimLeft(s[i:], " ")
	sep, size := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(",|-–—", sep) && isDate(ph, rest[size:])
}

// maybeTimestamp: a timestamp is short and has a digit.
func maybeTimestamp(s string) bool {
	return !textfix.LongerThan(s, maxTimestampRunes) && strings.ContainsFunc(s, unicode.IsDigit)
}

// timestampLine reports whether b is a date, a time or a reading time and
// nothing else, the shape of timestampReason.
func timestampLine(ph *lang.Phrases, b *document.Block) bool {
	return maybeTimestamp(b.Text) && (timestampFold(ph, b.Fold()) || isDateline(ph, b.Text)) && !hasThousands(b.Text)
}

// hasThousands reports whether s has a number written with a thousands
// separator ("2.602.110", "61,480"): a count, as a chart's row prints it
// under a month's name ("Noviembre: 2.602.110"). No part of a date or a
// time has three digits after a dot or a comma.
func hasThousands(s string) bool {
	for i := 1; i+4 <= len(s); i++ {
		if (s[i] == '.' || s[i] == ',') && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return false
}

// timestampFold reports whether every word of a fold key is a word of
// the timestamp set.
func timestampFold(ph *lang.Phrases, fold string) bool {
	timestamp := ph.Words("timestamp")
	for w := range strings.FieldsFuncSeq(fold, func(r rune) bool { return !textfix.IsLetter(r) }) {
		// A word of a fold key is folded: letters in lower case.
		if !timestamp.HasFolded(w) {
			return false
		}
	}
	return true
}

// maxRelatedHeadingWords bounds a related-box heading whose phrase ends
// in a wildcard: "Most popular in the section" heads a box, while a longer
// line holds the link's headline after the phrase.
const maxRelatedHeadingWords = 6

// relatedHeading reports whether a line that starts with a related phrase
// is the box's heading on its own ("Most popular in the section", "Most
// read in world news") rather than a link given after the phrase ("See
// also: …", whose colon says a headline follows).
func relatedHeading(b *document.Block) bool {
	return b.Words() <= maxRelatedHeadingWords && !strings.ContainsRune(b.Text, ':') && headingShaped(b.Text)
}

// menuItem reports whether the related-articles heading at h is an item of
// a menu printed a line each ("Questions", "Tags", "Users"): the line
// right above it and the next line left below it are short lines too (see
// isShortLine), with no blank line between; above it may be the site's
// name the page starts with ("Rijksoverheid" over "Onderwerpen",
// "Ministeries"). A box's heading stands under the article's text or under
// lines the filter dropped, and over headlines; the menu goes as a run of
// short lines (dropShortRuns), not the page's headline with it as a link
// under "Tags".
func menuItem(ph *lang.Phrases, doc *document.Document, h int) bool {
	next := doc.NextLive(h)
	if h == 0 || next < 0 || doc.Blocks[h].Gap || doc.Blocks[h+1].Gap {
		return false
	}
	above, below := &doc.Blocks[h-1], &doc.Blocks[next]
	short := func(b *document.Block) bool {
		return isShortLine(ph, b, true) || b.Kind == document.Title && h == 1 && b.Words() <= maxShortWords
	}
	return !above.Dropped && short(above) && isShortLine(ph, below, true)
}

// dropRelatedLinks drops the links listed under the related-articles
// heading at h: the lines after it up to the next body paragraph, heading,
// credit or related-articles heading (in headings, the other ones). When
// the heading stands apart after a blank line, a sentence-shaped headline
// printed right under it or under the previous link, without a blank line,
// is still a link.
//
// A list that ends at a body paragraph may end with the article's next
// subheading ("À lire aussi" / <link> / "Des enseignants partagés" /
// <body>): of two or more links, a last one shaped like a heading, shorter
// than all the others and set apart from them like a subheading (a blank
// line before it, or none between it and the body) is that subheading and
// stays.
func dropRelatedLinks(doc *document.Document, ph *lang.Phrases, h int, headings []int) {
	reason := "link under " + quoteReason(doc.Blocks[h].Text)
	glued := doc.Blocks[h].Gap
	var links []int
	body := -1
	// A list's item another rule dropped ("Home" of a breadcrumb the
	// links run into) is one of the lines too, and so is a link's line
	// ("Subscribe to the magazine" among the box's links).
	for j, items := h+1, 0; j < len(doc.Blocks) && items < maxRelatedItems; j++ {
		b := &doc.Blocks[j]
		if slices.Contains(headings, j) {
			break
		}
		if b.Dropped {
			if b.Kind == document.ListItem || b.Kind == document.Paragraph && b.Words() <= maxLinkWords {
				items++
			}
			continue
		}
		items++
		if len(links) > 0 && doc.Blocks[links[0]].Kind == document.ListItem && b.Kind == document.Paragraph && b.Gap && b.Words() >= minHeadlineWords {
			// A list's items are the box's links; a paragraph of a
			// headline's length after the list is the page's again
			// ("TRENDING:" over "* Donald Trump", "* Impeachment",
			// then the headline).
			break
		}
		if (b.Kind != document.Paragraph && b.Kind != document.ListItem) || (isBody(b) && (b.Gap || !glued)) ||
			b.Words() > maxLinkWords || isCreditLine(ph, b) {
			if isBody(b) {
				body = j
			}
			break
		}
		links = append(links, j)
	}
	if len(links) > 0 && (tocEntries(doc, h, links[0]) || body >= 0 && titleUnderContents(doc, h, links, body)) {
		return
	}
	if n := len(links); body >= 0 && n >= 2 && isSubheading(doc, links, body) {
		links = links[:n-1]
	}
	for _, j := range links {
		doc.Blocks[j].Drop(boilerplateName, reason)
	}
}

// tocEntries reports whether the related heading at h and the line at j
// under it are entries of a table of contents ("Contents" / "History" /
// "See also" / "References"), not a box and its first link: the entry
// above h and h head sections further down (see entrySections), and j is
// printed again after h's section heading. The lines under the contents'
// "See also" are its other entries and the article's title.
func tocEntries(doc *document.Document, h, j int) bool {
	k := entrySections(doc, h, j)
	return k >= 0 && nextFold(doc, doc.Blocks[j].Fold(), k) >= 0
}

// titleUnderContents reports whether the related heading at h is a
// table of contents' last entry ("Einzelnachweise") and the lines under
// it the page's tabs around its title ("Burg Kaltenstein", "Artikel",
// "Diskussion"): the entry above h and h head sections after body, and a
// line under h is the name the article's first sentence, at body, starts
// with ("Burg Kaltenstein ist …"). The title is printed once, so
// tocEntries, which looks for the line under h again, does not find it.
func titleUnderContents(doc *document.Document, h int, links []int, body int) bool {
	if entrySections(doc, h, body) < 0 {
		return false
	}
	lead := doc.Blocks[body].Fold()
	return slices.ContainsFunc(links, func(j int) bool { return namesLead(doc.Blocks[j].Fold(), lead) })
}

// entrySections returns the heading of h's section when the related
// heading at h and the line above it are printed again after the block at
// after, in the same order, as the headings of their sections, with body
// text between the two copies (see dropContents, which drops such
// contents later); -1 otherwise. A box printed twice (a page's mobile and
// desktop copies) has no section of body text over its second copy.
func entrySections(doc *document.Document, h, after int) int {
	if h == 0 {
		return -1
	}
	p := nextFold(doc, doc.Blocks[h-1].Fold(), after)
	k := nextFold(doc, doc.Blocks[h].Fold(), p)
	if p < 0 || k < 0 || !bodyBetween(doc, p, k) {
		return -1
	}
	return k
}

// nextFold returns the first block after doc.Blocks[after] whose fold is
// key, or -1 (and -1 after -1).
func nextFold(doc *document.Document, key string, after int) int {
	if after < 0 {
		return -1
	}
	for k := after + 1; k < len(doc.Blocks); k++ {
		if doc.Blocks[k].Fold() == key {
			return k
		}
	}
	return -1
}

// isSubheading reports whether the last of the links is a subheading:
// shaped like one and shorter than every other link by a third at least
// ("Des enseignants partagés" under "Baccalauréat : ce qui change pour les
// épreuves de juin"). Headlines of a related box differ by a word or two.
func isSubheading(doc *document.Document, links []int, body int) bool {
	last := &doc.Blocks[links[len(links)-1]]
	if last.Kind != document.Paragraph || !headingShaped(last.Text) || !last.Gap && doc.Blocks[body].Gap {
		return false
	}
	for _, j := range links[:len(links)-1] {
		if 2*doc.Blocks[j].Words() < 3*last.Words() {
			return false
		}
	}
	return true
}

// quoteReason puts a heading's text in an --explain reason, shortened.
func quoteReason(s string) string {
	const maxRunes = 40
	if textfix.LongerThan(s, maxRunes) {
		s = string([]rune(s)[:maxRunes]) + "…"
	}
	return `"` + s + `"`
}

// dropShortRuns drops runs of minShortRun or more consecutive very short
// paragraphs: menus, tag lists and button rows that no pack names. On a
// page, that is in a text some of whose other lines are boilerplate, a
// list whose items are each a link and nothing else is a menu too: a
// text written in Markdown by hand may list links to say where to read
// on.
func dropShortRuns(doc *document.Document, ph *lang.Phrases) {
	furniture := 0 // counted up to minHeaderFurniture: all it must tell
	for i := 0; i < len(doc.Blocks) && furniture < minHeaderFurniture; i++ {
		if dropReason(&doc.Blocks[i]) != "" {
			furniture++
		}
	}
	page := furniture > 0
	// A text with a few lines of furniture at most is no page's dump,
	// but an article's text: its lists stay, those printed without
	// bullets (see listLines, which the structure filter settles with,
	// too late for this) and those amid its prose (see amidProse).
	article := furniture < minHeaderFurniture
	if article {
		listLines(doc)
	}
	var run []int
	lists := labelledLists(ph, doc)
	flush := func() {
		// labels are the lines right over an amount that label the
		// amounts under them ("Für den Teig", "Für den Belag"): a
		// recipe's list may have a part of its own for each.
		amounts, labels, over := 0, 0, false
		for k := len(run) - 1; k >= 0; k-- {
			b := &doc.Blocks[run[k]]
			amount := isAmount(ph, b.Text)
			switch {
			case amount:
				amounts++
			case over && isListLabel(b):
				labels++
			}
			over = amount
		}
		if amounts < minAmountItems {
			// A counter ("195 Shares") under a line is no list's
			// amount that the line labels.
			labels = 0
		}
		// A run of amounts ("Zutaten", "3 Eier", "200 g Mehl") is a
		// list of the article's, printed without its bullets.
		if len(run) >= minShortRun && 2*amounts < len(run)-labels && !(article && amidProse(doc, run)) {
			lead := leadAfter(doc, run[len(run)-1])
			recipe := labelsAmounts(ph, doc, run[len(run)-1]) || overAmountsLabel(ph, doc, run[len(run)-1])
			for k, i := range run {
				// The last line over a recipe's amounts is their
				// label ("Ingrediënten"), under its facts.
				if k == len(run)-1 && (recipe || overByline(ph, doc, i)) || jobTitle(ph, doc.Blocks[i].Text) || doubledName(ph, doc, run, k) ||
					k > 1 && doubledName(ph, doc, run, k-1) && namesRole(ph, &doc.Blocks[i]) {
					continue
				}
				// Above it, the card's facts ("Préparation : 20
				// min", "Portions : 6") and the label over the
				// labels of the amounts' parts ("Ingrédients" over
				// "Pour la pâte").
				if recipe && (cardFact(doc.Blocks[i].Text) || k == len(run)-2 && isListLabel(&doc.Blocks[i]) && !strings.ContainsAny(doc.Blocks[i].Text, ":0123456789")) {
					continue
				}
				if !titleInRun(doc, run, i, lead) {
					doc.Blocks[i].Drop(boilerplateName, shortRunReason)
				}
			}
		}
		run = run[:0]
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if isShortLine(ph, b, page) && !lists[i] {
			run = append(run, i)
		} else {
			flush()
		}
	}
	flush()
}

// maxProsConsGap bounds the blocks between a review's label of its pros
// and that of its cons (see labelledLists).
const maxProsConsGap = 12

// prosConsPair reports whether the block at i is a label of the packs'
// [words: pros and cons] with the other of its pair within
// maxProsConsGap blocks after it or before it.
func prosConsPair(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if !prosConsLabel(ph, b) {
		return false
	}
	for j := max(0, i-maxProsConsGap); j < len(doc.Blocks) && j <= i+maxProsConsGap; j++ {
		if o := &doc.Blocks[j]; j != i && !o.Dropped && prosConsLabel(ph, o) && o.Fold() != b.Fold() {
			return true
		}
	}
	return false
}

// prosConsLabel reports whether b is a paragraph that is a label of the
// packs' [words: pros and cons], maybe with its colon ("Lo mejor", "Plus",
// "Cons:").
func prosConsLabel(ph *lang.Phrases, b *document.Block) bool {
	prosCons := ph.Words("pros and cons")
	return b.Kind == document.Paragraph && len(b.Text) <= 2*prosCons.MaxLen() && prosCons.HasFolded(strings.TrimRight(b.Fold(), ":"))
}

// labelledLists makes list items of a review's pros and cons, printed
// without bullets under their labels ("Pros", "Excellent noise
// cancelling", …, "Cons", …), and of a how-to's list of what it needs
// ("Qué necesitas", "Un destornillador plano", …), and returns the blocks
// of the labels and their lists, which are the article's, however short
// their lines. A label of pros or cons counts only near the other one: a
// menu has its "Pro" (a paid edition's) alone.
func labelledLists(ph *lang.Phrases, doc *document.Document) map[int]bool {
	prosCons, needs := ph.Words("pros and cons"), ph.Words("list label")
	// A line much longer than the longest label is none; the others'
	// folds are the phrase match's, kept on the block.
	maxLen := 2 * max(prosCons.MaxLen(), needs.MaxLen())
	type label struct {
		i     int
		alone bool // a how-to's "What you need" says a list follows on its own
	}
	var labels []label
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph || len(b.Text) > maxLen {
			continue
		}
		if f := strings.TrimRight(b.Fold(), ":"); prosCons.HasFolded(f) || needs.HasFolded(f) {
			labels = append(labels, label{i, !prosCons.HasFolded(f)})
		}
	}
	// other reports whether labels[m] is the other of a pair with the
	// label at i, near it.
	other := func(m, i int) bool {
		if m < 0 || m >= len(labels) {
			return false
		}
		j := labels[m].i
		return max(i-j, j-i) <= maxProsConsGap && doc.Blocks[j].Fold() != doc.Blocks[i].Fold()
	}
	isLabel := func(k int) bool { return slices.ContainsFunc(labels, func(l label) bool { return l.i == k }) }
	var lists map[int]bool
	for n, l := range labels {
		if !l.alone && !other(n-1, l.i) && !other(n+1, l.i) {
			continue
		}
		if lists == nil {
			lists = map[int]bool{}
		}
		lists[l.i] = true
		// A line the filter dropped is passed over, as it is when the
		// output is cleaned again ("0" between "What you need" and
		// "0B", FuzzClean).
		for k := doc.NextLive(l.i); k >= 0 && !isLabel(k); k = doc.NextLive(k) {
			b := &doc.Blocks[k]
			// It ends at a fact ("Price when reviewed: $499"), and
			// at the label of what follows ("So geht's" over the
			// steps).
			if !listLine(b) || strings.Contains(b.Text, ": ") || nextLabel(doc, k) {
				break
			}
			b.Kind = document.ListItem
			lists[k] = true
		}
	}
	return lists
}

// jobTitle reports whether s is a job offer's title: it ends with a
// gender marker of the packs' [words: job title marker] ("Softwareentwickler
// (m/w/d)", "Développeur web H/F"), which no menu's item has. Amid a job
// board's facts (the place, the contract), it is the page's headline.
func jobTitle(ph *lang.Phrases, s string) bool {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return strings.IndexByte(last, '/') > 0 && ph.Word("job title marker", last)
}

// overByline reports whether the block at i is a headline over its byline
// ("Easy Banana Bread" over "Posted by Hannah Cole on November 18,
// 2026"): two words or more shaped like a heading, the line under it a
// byline with its lead, which no menu's item has.
func overByline(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	next := doc.NextLive(i)
	if next < 0 || b.Words() < 2 || !headingShaped(b.Text) {
		return false
	}
	by, ok := parseByline(ph, doc.Blocks[next].Text)
	return ok && by.lead
}

// overAmountsLabel reports whether the block at i stands over the label of
// a recipe's amounts, or over the label over that label: a text browser
// prints the card's headings ("Ingrédients", "Pour la pâte") as headings,
// which no run of short lines takes in.
func overAmountsLabel(ph *lang.Phrases, doc *document.Document, i int) bool {
	for n, k := 0, doc.NextLive(i); k >= 0 && n < 2; n, k = n+1, doc.NextLive(k) {
		if labelsAmounts(ph, doc, k) {
			return true
		}
		if !isListLabel(&doc.Blocks[k]) {
			return false
		}
	}
	return false
}

// cardFact reports whether s is a fact of a recipe's card (see factValue)
// with a number in its value ("Préparation : 20 min", "Portions: 6",
// "Cook time: 1 hr 10 mins").
func cardFact(s string) bool {
	value, ok := factValue(s)
	return ok && strings.ContainsAny(value, "0123456789") && len(value) <= maxAmountBytes
}

// labelsAmounts reports whether the block at i is a label ("Zutaten",
// "Ingredients:") over a list of amounts.
func labelsAmounts(ph *lang.Phrases, doc *document.Document, i int) bool {
	next := doc.NextLive(i)
	if next < 0 || !isListLabel(&doc.Blocks[i]) {
		return false
	}
	// The structure filter may have made them a list already.
	if n := &doc.Blocks[next]; n.Kind == document.ListItem && isQuantity(n.Text) {
		return true
	}
	_, ok := amountList(ph, doc, next)
	return ok
}

// maxLeadGap bounds the lines between a run of short lines and the body
// paragraph after it that leadAfter reads.
const maxLeadGap = 3

// leadAfter returns the folded text of the first body paragraph after
// block i, within maxLeadGap live blocks, or "".
func leadAfter(doc *document.Document, i int) string {
	for n, k := 0, doc.NextLive(i); k >= 0 && n < maxLeadGap; k = doc.NextLive(k) {
		b := &doc.Blocks[k]
		if isBody(b) {
			return b.Fold()
		}
		// A wiki's infobox stands between its title and the lead, a
		// row a line ("Location | Telemark, Norway"), however many.
		if b.Kind != document.TableRow {
			n++
		}
	}
	return ""
}

// doubledName reports whether the block run[k] of a run of short lines is
// a person's name printed twice in a row, as a writer's box in the header
// prints it under the avatar's alt text ("Inés Valcárcel Montero" /
// "Inés Valcárcel Montero" / "Periodista y escritora"): the second copy
// stays for the credits filter to read as the byline, and so does the
// writer's role under it; the first would part them from the date. The
// role or the date under it tells the name from a menu's section printed
// over its first link ("Best Of" / "Best Of").
func doubledName(ph *lang.Phrases, doc *document.Document, run []int, k int) bool {
	b := &doc.Blocks[run[k]]
	if k == 0 || k+1 == len(run) || doc.Blocks[run[k-1]].Text != b.Text {
		return false
	}
	if next := &doc.Blocks[run[k+1]]; !namesRole(ph, next) && !isTimestamp(ph, next.Text) && !startsWithDate(ph, next.Text) {
		return false
	}
	by, ok := parseByline(ph, b.Text)
	return ok && !by.lead && len(by.authors) == 1
}

// titleInRun reports whether the block at i of a run of short lines is the
// page's title amid its menus: in a wiki's contents and tabs, the line the
// article's first sentence starts with (lead, folded: see leadAfter; "Lake
// Varnholm is a lake in …"); as the last line of a page's menu, the line
// whose words the standfirst right under it says again ("Kürbissuppe mit
// Ingwer" over "Diese cremige Kürbissuppe mit Ingwer wärmt …").
func titleInRun(doc *document.Document, run []int, i int, lead string) bool {
	last := i == run[len(run)-1]
	if lead == "" && !last {
		return false
	}
	line := doc.Blocks[i].Fold()
	if lead != "" && (namesLead(line, lead) || wikiName(doc, i, line, lead)) {
		return true
	}
	if !last {
		return false
	}
	if lead != "" && len(run) >= 2 && run[len(run)-2] == i-1 && underItsCrumb(doc, i-1, i) {
		return true
	}
	next := doc.NextLive(i)
	if next < 0 {
		return false
	}
	if n := &doc.Blocks[next]; lead != "" && n.Fold() == lead {
		return sharedLongWords(line, lead) >= minSharedWords || compoundParts(line, lead)
	} else if n.Kind == document.Paragraph && n.Words() >= minStandfirstWords && endsSentence(n.Text) {
		// A standfirst shorter than a body paragraph ("Ein einfacher
		// Blechkuchen mit Streuseln, der immer gelingt.").
		return compoundParts(line, n.Fold())
	}
	return false
}

// stemInLead reports whether a long word of lead, the article's start
// folded, is a word of line or a part of one of its compounds: the method
// bakes the "Zwetschgen" of "Zwetschgenkuchen mit Hefeteig".
func stemInLead(line, lead string) bool {
	for w := range strings.FieldsSeq(lead) {
		if w = strings.TrimFunc(w, textfix.IsEdge); len(w) >= minLongWord && containsPart(line, w) {
			return true
		}
	}
	return false
}

// compoundParts reports whether half the long words of line, one at
// least, are words of text or parts of its compounds: a recipe's short
// name and its standfirst ("Apfelkuchen vom Blech" over "Ein einfacher
// Blechkuchen mit Streuseln …"). Both are folded.
func compoundParts(line, text string) bool {
	long, parts := 0, 0
	for w := range strings.FieldsSeq(line) {
		if len(w) >= minLongWord {
			long++
			if containsPart(text, w) {
				parts++
			}
		}
	}
	return parts > 0 && 2*parts >= long
}

// sharesPart reports whether a long word of line is a word of text or the
// start or end of one of its compounds, both words of letters only: a
// logo's "print" is no part of a script's "hst_print". Both are folded;
// the marks around a word do not count ("provence," is "provence").
func sharesPart(line, text string) bool {
	var words []string
	for w := range strings.FieldsSeq(line) {
		if w = strings.TrimFunc(w, textfix.IsEdge); len(w) >= minLongWord && lettersOnly(w) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return false
	}
	for t := range strings.FieldsSeq(text) {
		if t = strings.TrimFunc(t, textfix.IsEdge); len(t) < minLongWord || !lettersOnly(t) {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(t, w) || strings.HasSuffix(t, w) {
				return true
			}
		}
	}
	return false
}

// lettersOnly reports whether s is letters and nothing else.
func lettersOnly(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool { return !textfix.IsLetter(r) })
}

// containsPart reports whether s has w as a word or as the start or the
// end of a word: a part of a compound ("blech" in "blechkuchen").
func containsPart(s, w string) bool {
	return containsAt(s, w, func(k int) bool {
		end := k + len(w)
		return k == 0 || s[k-1] == ' ' || end == len(s) || s[end] == ' '
	})
}

// wikiName reports whether line, the folded block at i, is a name of one
// word that the lead starts with ("Harbourton is a coastal town …") and
// that the page prints again before the lead, as a wiki prints its title
// over the article and over its infobox. A menu's word the lead starts
// with ("News") is printed once there.
func wikiName(doc *document.Document, i int, line, lead string) bool {
	if strings.IndexByte(line, ' ') >= 0 || !startsWithWords(lead, line) {
		return false
	}
	for k := i + 1; k < len(doc.Blocks); k++ {
		b := &doc.Blocks[k]
		if isBody(b) {
			return false
		}
		if b.Fold() == line {
			return true
		}
	}
	return false
}

// underItsCrumb reports whether the block at i is a page's heading
// printed under the block at crumb, the last crumb of its breadcrumb,
// which is the page's own name and says the same ("Docs", "Guides",
// "Configuration", "Configuration"): shaped like a heading, the crumb the
// same once folded.
func underItsCrumb(doc *document.Document, crumb, i int) bool {
	return crumb >= 0 && headingShaped(doc.Blocks[i].Text) && doc.Blocks[crumb].Fold() == doc.Blocks[i].Fold()
}

// namesLead reports whether line, folded, is two words or more that the
// folded lead starts with, as whole words, maybe after an article ("Der
// Haselbach ist …"). A wiki's title may end in what tells it from its
// namesakes ("Haselbach (Mühlbach)"), which the lead does not say.
func namesLead(line, lead string) bool {
	// Folded, the line has lost its closing bracket.
	name, namesake, qualified := strings.Cut(line, " (")
	qualified = qualified && name != "" && namesake != "" && !strings.Contains(namesake, "(")
	if !qualified {
		name = line
	}
	if !qualified && strings.IndexByte(line, ' ') < 0 {
		return false
	}
	if startsWithWords(lead, name) {
		return true
	}
	article, rest, ok := strings.Cut(lead, " ")
	return ok && len(article) <= maxArticleBytes && !strings.ContainsFunc(article, func(r rune) bool { return !textfix.IsLetter(r) }) &&
		startsWithWords(rest, name)
}

// minLongWord: the words sharedLongWords counts have this many bytes at
// least; shorter ones are mostly articles and prepositions.
const minLongWord = 5

// sharedLongWords returns how many of the words of line, folded, of
// minLongWord bytes or more, the folded text holds as words.
func sharedLongWords(line, text string) int {
	n := 0
	for w := range strings.FieldsSeq(line) {
		if len(w) >= minLongWord && containsWord(text, w) {
			n++
		}
	}
	return n
}

// containsWord reports whether w stands in s as a whole word.
func containsWord(s, w string) bool {
	return containsAt(s, w, func(k int) bool {
		end := k + len(w)
		return (k == 0 || s[k-1] == ' ') && (end == len(s) || s[end] == ' ')
	})
}

// containsAt reports whether sub stands in s at an index k for which at
// reports true: where a word starts and ends, say.
func containsAt(s, sub string, at func(k int) bool) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		if at(i + k) {
			return true
		}
		i += k + 1
	}
}

// amidProse reports whether the run of short lines at run stands inside
// the article's text, with nothing dropped on either side: after prose, or
// after a label that follows prose ("What you need", "Pros:"); and before a
// heading or a line that is not short. That is a list the article prints without its
// bullets; a menu or a row of buttons stands at the text's edge.
func amidProse(doc *document.Document, run []int) bool {
	for _, i := range run {
		if doc.Blocks[i].Kind != document.Paragraph {
			return false // a list of links alone, a menu (see isShortLine)
		}
	}
	after := run[len(run)-1] + 1
	if after >= len(doc.Blocks) {
		return false
	}
	if n := &doc.Blocks[after]; n.Dropped || n.Kind != document.Heading && (n.Kind != document.Paragraph || n.Words() <= maxShortWords) {
		return false
	}
	before := run[0] - 1
	if before < 0 || doc.Blocks[before].Dropped {
		return false
	}
	if p := &doc.Blocks[before]; isBody(p) {
		return true
	} else if !isListLabel(p) {
		return false
	}
	return before > 0 && !doc.Blocks[before-1].Dropped && isBody(&doc.Blocks[before-1])
}

// isListLabel: a line that says a list follows, "What you need" or
// "Ingredients:".
func isListLabel(b *document.Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Words() <= maxShortWords+1 && (strings.HasSuffix(t, ":") || headingShaped(t))
}

// isShortLine: a paragraph of a few words, starting with a capital like a
// menu item or a button, that does not end like a sentence and is not a
// credit, which belongs to a caption however short it is. Lists in an
// article ("baby carrier", "healthy snack bars") start in lower case often
// enough to be spared, and are spared anyway unless, on a page, each item
// is a link and nothing else, as a menu's are ("* [Home](/)"). Scripts
// written without spaces have no short words to count and are left alone.
func isShortLine(ph *lang.Phrases, b *document.Block, page bool) bool {
	if b.Kind != document.Paragraph && !(page && b.Kind == document.ListItem && wholeLink(b)) || b.Words() > maxShortWords ||
		textfix.LongerThan(b.Text, maxShortRunes) || endsSentence(b.Text) ||
		!startsUpper(b.Text) || unspaced(b.Text) {
		return false
	}
	return !isCreditLine(ph, b)
}

// maxQuantityDigits bounds the number of an amount: "250 ml" is one,
// "5603 usuários on-line" a counter.
const maxQuantityDigits = 3

// isQuantity reports whether s is an amount of something, a list's item
// ("3 eggs", "1 Becher Joghurt", "1/2 cup milk", "8-9 pears"): a small number, not
// zero, then a word. A counter's number is large or nothing yet ("5603
// usuários on-line", "0 replies"). A menu's names may start with a
// number too ("2020 Elections", "48 Hours"), but few of its items do.
func isQuantity(s string) bool {
	// Most lines start with a letter: they are turned away before the
	// search for the space.
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < '1' || s[0] > '9') && s[0] != '/' && s[0] != '-' {
		return false
	}
	num, rest, ok := strings.Cut(s, " ")
	return ok && quantity(num, rest)
}

// isAmount reports whether s is an item of a list of amounts: one that
// starts with its amount (see isQuantity), or one written after the thing.
func isAmount(ph *lang.Phrases, s string) bool {
	return isQuantity(s) || endQuantity(ph, s)
}

// maxUnitRunes bounds the unit of an amount written after the thing
// ("spicchio", "cucchiai").
const maxUnitRunes = 9

// endQuantity reports whether s is an amount written after the thing, as
// Italian recipes print theirs ("Ditalini 250 g", "Aglio 1 spicchio"): a
// word in capitals, then the amount, its unit a word in small letters and
// the line's last. A menu's item ending in a number names a model in
// capitals ("iPhone 17 Pro"); a recipe's fact has a label ("Cottura: 40
// min") or counts time ("Prep Time 10 minutes"), and a date names its
// month ("Sabato 5 dicembre"): words the packs list for timestamps.
func endQuantity(ph *lang.Phrases, s string) bool {
	// Every line of a text is asked: what tells most of them is read
	// first, from the end, and a line longer than an amount's is none.
	if len(s) > maxAmountBytes {
		return false
	}
	sp := strings.LastIndexByte(s, ' ')
	if sp < 0 {
		return false
	}
	unit := s[sp+1:]
	if unit == "" || !startsLower(unit) || textfix.LongerThan(unit, maxUnitRunes) {
		return false
	}
	sp2 := strings.LastIndexByte(s[:sp], ' ')
	return sp2 >= 0 && quantity(s[sp2+1:sp], unit) && startsUpper(s) && strings.IndexByte(s, ':') < 0 &&
		!ph.Words("timestamp").Has(unit)
}

// maxAmountBytes bounds the bytes of an amount written after the thing:
// maxAmountRunes runes of two bytes each.
const maxAmountBytes = 2 * maxAmountRunes

// quantity reports whether num is an amount's number and rest, after it,
// starts with its unit or its thing.
func quantity(num, rest string) bool {
	if len(num) > 2*maxQuantityDigits || num == "" || num[0] == '0' && (len(num) < 3 || num[1] != ',' && num[1] != '.') {
		return false
	}
	digits := 0
	for k, r := range num {
		switch {
		case textfix.IsDigit(r):
			if digits++; digits > maxQuantityDigits {
				return false
			}
		case (r == ',' || r == '.') && k > 0 && k+1 < len(num) && textfix.IsDigit(rune(num[k-1])) && textfix.IsDigit(rune(num[k+1])):
			// A decimal's comma or point: "1,5 kg Äpfel", "0.5 l".
		case r != '/' && r != '-' && r != '–':
			// "1/2 cup", "8-9 pears", "2–3 Eier"
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return digits > 0 && textfix.IsLetter(r)
}

// wholeLink reports whether b's text is one link's text.
func wholeLink(b *document.Block) bool {
	return len(b.Links) == 1 && b.Links[0].Text == b.Text
}

// unspaced reports whether s is in a script that does not separate words
// with spaces.
func unspaced(s string) bool {
	for _, r := range s {
		// Below U+0E00 (Thai) no script is one of them.
		if r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai) {
			return true
		}
	}
	return false
}

// symbolsReason is the reason for a line of symbols or a counter alone
// ("•", "1/12", an empty link's "[]"); see the content filter's
// extendList.
const symbolsReason = "symbols or counter only"

// minFactLines: a paragraph its writer broke into this many lines or more
// may be a listing's facts (see factLine).
const minFactLines = 3

// factLine reports whether the block at i, a date or a time, is one of
// minFactLines lines or more printed one under the other (see
// printedLines), another of which is neither a date nor a byline: an
// event's facts ("Viernes, 13 de marzo" / "21:00 horas" / "Claustro de
// San Julián" / "Entrada: 15 euros"), where a date is the article's.
// gapped says whether doc sets its paragraphs apart with blank lines (see
// lazyGapped).
//
// Lines without a break between them are a listing only where the first
// is a date or a time and none is boilerplate: a page's header prints the
// article's date so too, under the writer's name and over the counters
// of its comments ("Adam Clark Estes" / "Monday 5:30PM" / "•" / "Filed
// to: innovation"). There a date with its year is a listing's only over
// minYearFacts lines of facts (a funeral's church and its address): the
// article's is printed over a row of share buttons ("Posted: Fri 6:45
// PM, Feb 16, 2018" / "[Social-Fac] [Social-Twi]").
func factLine(ph *lang.Phrases, doc *document.Document, i int, gapped func() bool) bool {
	from, to := printedLines(doc, i, gapped)
	if to-from < minFactLines {
		return false
	}
	broken := doc.BrokenFrom(from + 1)
	facts, first := 0, true
	for k := from; k < to; k++ {
		b := &doc.Blocks[k]
		if b.Dropped {
			// A line this filter dropped above is boilerplate too
			// (a forum's "3 Antworten" over its date).
			if !broken && dropReason(b) != "" {
				return false
			}
			continue
		}
		r := timestampReason
		if k != i {
			r, _ = lineReason(ph, b)
		}
		if !broken && (first && r != timestampReason || r != "" && r != timestampReason) {
			return false
		}
		first = false
		// A line led by a date's label is the date's, cut where the
		// writer wrapped it ("Gepubliceerd: 14 november 2024 06:02 ·
		// Laatst bijgewerkt: 14 november" / "2024 09:47 · …"), no fact.
		if lead, _, _ := strings.Cut(b.Text, " "); r == "" && !ph.Word("timestamp", strings.TrimRight(lead, ":,.")) {
			if _, ok := parseByline(ph, b.Text); !ok {
				facts++
			}
		}
	}
	if year, _ := yearClock(doc.Blocks[i].Text); year && !broken {
		return facts >= minYearFacts
	}
	return facts > 0
}

// minYearFacts: see factLine.
const minYearFacts = 2

// printedLines returns the blocks [from, to) printed one under the other
// with block i: the lines of a paragraph its writer broke (see
// document.Block.Break), or, in a text that sets its paragraphs apart with
// blank lines (see gappedText), the short lines with no blank line between
// them, as a text browser prints the lines of a paragraph broken with
// <br> (or, once unscrape has, a list's items). In a text without blank
// lines between its paragraphs, lines one under the other say nothing;
// gapped, asked only where there are such lines, says which text doc is.
func printedLines(doc *document.Document, i int, gapped func() bool) (from, to int) {
	from, to = doc.BrokenLines(i)
	if to-from > 1 {
		return from, to
	}
	kind := doc.Blocks[i].Kind
	line := func(k int) bool {
		b := &doc.Blocks[k]
		return b.Kind == kind && (kind == document.Paragraph || kind == document.ListItem) && shortLine(b)
	}
	if !line(i) {
		return from, to
	}
	for from > 0 && !doc.Blocks[from].Gap && line(from-1) {
		from--
	}
	for to < len(doc.Blocks) && !doc.Blocks[to].Gap && line(to) {
		to++
	}
	if to-from > 1 && !gapped() {
		return i, i + 1
	}
	return from, to
}

// timestampReason is the reason for a date or a reading time alone on its
// line; the content filter reads one under a headline as the article's.
const timestampReason = "timestamp or reading time"

// breadcrumbReason is the reason for a breadcrumb's line ("Home › News"),
// which the boilerplate and dedupe filters drop, and over which the
// content filter looks for the headline.
const breadcrumbReason = "breadcrumb"
