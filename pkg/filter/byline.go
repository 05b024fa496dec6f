package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

// Bylines are part of the credits filter: an author is a credit. They are
// found in the article's header, between the title and the first body
// paragraph, where sites print them: "Von Max Beispiel, Berlin", "By Jane
// Doe and John Roe", "Par Marie Dupont", or a bare name ("Jane Doe",
// "Tom Roe Political correspondent") under the caption. The names go to
// doc.Meta.Authors and the line leaves the body, so that the headings
// filter does not take a name for a section.
//
// A bare line of two capitalised words is ambiguous ("Deutsche Bahn" is a
// tag), so a bare name counts only where a byline stands: next to the
// header's date, with its date on its line ("Jane Doe - Nov 19, 2019"),
// or right under the lead image's caption.

const (
	// maxBylineWords bounds a byline with its outlet and date.
	maxBylineWords = 20
	// maxLeadWords: the longest lead ("von unserem korrespondenten").
	maxLeadWords = 4
	// minNameWords and maxNameWords bound a person's name.
	minNameWords = 2
	maxNameWords = 5
	// maxHeaderBlocks bounds the header a byline is looked for in, for
	// documents without body paragraphs.
	maxHeaderBlocks = 15
	// maxContinuationWords bounds the line a byline continues on
	// ("BBC News, Leeds", "Reporting from Chicago").
	maxContinuationWords = 5
	// maxPlaceWords bounds the place after a name ("in New York").
	maxPlaceWords = 3
	// maxInitialLetters: "J." or "A.B." in a name.
	maxInitialLetters = 2
	// maxBareNameWords bounds the capitalised words of a name printed
	// without a lead: "Mary Clare Example", or "Anna von Beispiel" with
	// its particle. Longer capitalised lines are menus and labels.
	maxBareNameWords = 3
	// dateWindow: how many dropped lines away from a bare name the
	// header's date may stand.
	dateWindow = 3
	// minCaptionWords: a caption a bare name may follow says something;
	// a shorter "caption" is a menu item printed twice.
	minCaptionWords = 5
)

const bylineReason = "byline moved to metadata"

// findBylines marks the bylines in the header as Byline blocks, drops them
// and adds their names to doc.Meta.Authors.
func findBylines(ph *lang.Phrases, doc *document.Document) {
	// Without a title, the header is the text's first blocks: the
	// content filter may have found no headline over a byline that says
	// whose the text is ("Hosted by Owen Calloway, show notes by …").
	// A later part of a text cleaned in parts starts where the part was
	// cut, no header.
	title := liveTitle(doc)
	if title < 0 && doc.Meta.Continued {
		return
	}
	headerAuthors(ph, doc, title)
	// The header ends with the first body paragraph after the teaser.
	// Captions do not count: some sites print the lead image above the
	// teaser, and a long caption is shaped like a body paragraph.
	teaser := -1
	bare := false // a header has one byline without a lead
	for i, n := doc.NextLive(title), 0; i >= 0 && n < maxHeaderBlocks; i, n = doc.NextLive(i), n+1 {
		b := &doc.Blocks[i]
		if captionLike(ph, doc, i) {
			// A dated byline with its lead that a text browser
			// wrapped together with the picture under it ("By Imogen
			// Tregarthen, Arts correspondent Sat 7 Mar 2026 07.00 GMT
			// Maren Ashby-Cole in the boathouse … Photograph: …") is
			// the header's byline, the picture's words with it.
			if by, ok := wrappedByline(ph, b); ok {
				dropByline(ph, doc, b, by.authors)
			}
			continue
		}
		// A line of a paragraph broken into lines (a poem's) is the
		// body's too, however short. A byline with its lead and its
		// dates is as long as a sentence, and ends like one ("Par
		// Claire Martin, Publié le 3 mars 2026 à 07h00, … · Lecture 7
		// min."), under the standfirst too.
		if teaser >= 0 && (isBody(b) && !ledByline(ph, b) || doc.BrokenFrom(i)) {
			lateByline(ph, doc, i, maxHeaderBlocks-n)
			return
		}
		if teaser < 0 {
			teaser = i
		}
		if b.Kind != document.Paragraph {
			continue
		}
		if i == teaser {
			if head, by, ok := gluedByline(ph, b.Text, dateUnder(ph, doc, i)); ok {
				addAuthors(ph, doc, by.authors)
				b.SetText(creditsName, "byline glued under the teaser", head)
				continue
			}
		}
		if j, by, ok := splitByline(ph, doc, i); ok {
			// The lead on a line of its own and the names on the
			// next, as a site printed them in two elements.
			dropByline(ph, doc, b, nil)
			dropByline(ph, doc, &doc.Blocks[j], by.authors)
			if teaser == i {
				teaser = -1
			}
			continue
		}
		// A newsroom where a byline stands ("Redacción Sevilla") is an
		// agency credit (see placeCredits), no writer.
		if phraseClass(ph, b) == lang.AgencyCredit {
			continue
		}
		// The writer's picture's alt text right over the byline
		// ("Avatar von Jana Wichtermann" / "Von Jana Wichtermann …") is
		// the byline's, and names no one more.
		if next := doc.NextLive(i); next >= 0 && avatarAlt(ph, b, &doc.Blocks[next]) {
			dropByline(ph, doc, b, nil)
			continue
		}
		by, ok := parseByline(ph, b.Text)
		if !ok {
			by, ok = rowByline(ph, b.Text)
		}
		// Most lines have no venue's word (see venueByline), and are
		// not read again.
		if !ok && b.Words() <= maxBylineWords && startsUpper(b.Text) && ph.Words("byline venue").InFold(b.Fold()) {
			by, ok = venueByline(ph, b.Text)
			ok = ok && nearDate(ph, doc, i)
		}
		if !ok {
			continue
		}
		if !by.lead && agencyPlace(ph, doc, i) {
			// "EFE" / "Santiago de Chile" / the date: where the
			// agency filed from, under its name, which the content
			// filter took with the page's header. The agency is the
			// credit; the place names no writer.
			moveToMeta(doc, &doc.Blocks[i-1])
			b.Drop(creditsName, "the agency's place")
			continue
		}
		// A bare name over the writer's role ("Marta Villaseñor Ibarra"
		// / "Catedrática de Economía Aplicada …") is a byline without
		// its date, as a guest's column prints it.
		next := pastCopies(doc, i, 1)
		role := func() bool { return next < len(doc.Blocks) && namesRole(ph, &doc.Blocks[next]) }
		place := placeUnder(ph, doc, i)
		if !by.lead && (bare || !by.dated && !nearDate(ph, doc, i) && !captionBefore(ph, doc, i) && !role() && place < 0 ||
			creditFollows(ph, doc, i) || labelFollows(ph, doc, i)) {
			continue
		}
		bare = bare || !by.lead
		dropByline(ph, doc, b, by.authors)
		if teaser == i {
			// A byline is not the teaser: a second run, which no
			// longer sees it, takes the next block for the teaser.
			teaser = -1
		}
		if next < len(doc.Blocks) && continuesByline(ph, &doc.Blocks[next]) {
			dropByline(ph, doc, &doc.Blocks[next], nil)
		}
		if !by.lead && place >= 0 {
			dropByline(ph, doc, &doc.Blocks[place], nil)
		}
		if j := i - 1; j > title && j != teaser && !b.Gap && outletLine(&doc.Blocks[j]) {
			dropByline(ph, doc, &doc.Blocks[j], nil)
		}
	}
}

// dateUnder reports whether the line under the block at i, with no blank
// line between, is a date or starts with one: a byline's, which lynx
// printed on the line under the byline it glued to the standfirst (see
// gluedByline), and which the boilerplate filter may have cut off.
func dateUnder(ph *lang.Phrases, doc *document.Document, i int) bool {
	if i+1 >= len(doc.Blocks) {
		return false
	}
	n := &doc.Blocks[i+1]
	return !n.Gap && (dateDropped(n) || n.Kind == document.Paragraph && n.HasDigit() && datedFirst(ph, n.Text))
}

// gluedByline cuts from teaser s the byline that lynx printed on the line
// under its last one, with no blank line between ("… opnieuw groeien." /
// "Door Marloes van Dijkhuizen en Thijs Rademaker 21 november 2024, 06:00
// Leestijd 4 minuten"): the lead's word would have fit on the line above,
// so the parser joined the two. It returns the teaser without the byline.
// Only a byline after a sentence's end, with its lead, a name and a date,
// is one: a sentence that starts with a lead's word ("Par ailleurs, …")
// names no one. The date may be on the line under the byline, which
// dateNext says (see dateUnder).
func gluedByline(ph *lang.Phrases, s string, dateNext bool) (head string, by byline, ok bool) {
	// The byline is among the teaser's last words: it has maxBylineWords
	// at most, and its line as many more after a dot (see
	// cutBylineTail). A teaser of megabytes is read from there only.
	start := len(s)
	for n := 0; n < 2*maxBylineWords && start > 0; n++ {
		start = strings.LastIndexByte(s[:start], ' ')
	}
	if start <= 0 {
		start = strings.IndexByte(s, ' ')
	}
	for i := start; i > 0; {
		rest := s[i+1:]
		// Italian leads are in small letters ("di Davide Marchetti").
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && endsSentence(s[:i]) {
			first, _, _ := strings.Cut(rest, " ")
			if ph.Words("byline").Starts(first) {
				if by, ok := parseByline(ph, rest); ok && by.lead && (by.dated || dateNext) && len(by.authors) > 0 {
					return s[:i], by, true
				}
			}
		}
		k := strings.IndexByte(rest, ' ')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return "", byline{}, false
}

// lateByline drops the first byline with its lead among the next blocks
// from i on, at most n, that has its date dropped next to it: a fact
// check prints the claim and its rating over its byline ("By Renata
// Osei-Whitlock · Edited by Tomas Halvorsen" over "Published March 14,
// 2025 · …"). A byline without a date is as likely a quotation's credit.
func lateByline(ph *lang.Phrases, doc *document.Document, i, n int) {
	for ; i >= 0 && n > 0; i, n = doc.NextLive(i), n-1 {
		// Most blocks here are the body's paragraphs: a byline is
		// short, and starts with its lead.
		b := &doc.Blocks[i]
		if b.Kind != document.Paragraph || b.Words() > maxBylineWords {
			continue
		}
		if _, first := bylineStart(b.Text); !ph.Words("byline").Starts(first) || !ledByline(ph, b) || !nearDate(ph, doc, i) {
			continue
		}
		by, _ := parseByline(ph, b.Text)
		dropByline(ph, doc, b, by.authors)
		return
	}
}

// bylineStart returns s without the writer's picture's placeholder that a
// converter printed before the byline, the picture's file's name ("[mare]
// By Maren Okafor", "[gif] Harriet Quillfeather", w3m) or "[]" (pandoc's
// plain text), or a review's score a converter glued to it ("8/10 By
// Marcus Delacroix-Webb"), and its first word.
func bylineStart(s string) (rest, first string) {
	first, after, _ := strings.Cut(s, " ")
	if after != "" && (document.IsPictureLine(first) || outOf(first)) {
		s = after
		first, _, _ = strings.Cut(s, " ")
	}
	return s, first
}

// outOf reports whether w is a score out of a whole ("8/10", "4.5/5").
func outOf(w string) bool {
	score, whole, ok := strings.Cut(w, "/")
	if !ok || score == "" || whole == "" || !startsDigit(score) || !startsDigit(whole) {
		return false
	}
	return !strings.ContainsFunc(score, func(r rune) bool { return !textfix.IsDigit(r) && r != '.' && r != ',' }) &&
		!strings.ContainsFunc(whole, func(r rune) bool { return !textfix.IsDigit(r) })
}

// ledByline reports whether b is a byline with its lead ("By", "Par"), or
// with a writer's follow button ("Jane Doe · Follow"). Most lines asked
// are the body's first paragraph: its first word, no lead and no date's,
// nor its last, no button, says so without reading the whole.
func ledByline(ph *lang.Phrases, b *document.Block) bool {
	_, first := bylineStart(b.Text)
	if !ph.Words("byline").Starts(first) && !ph.Word("timestamp", first) && !startsDigit(first) &&
		!ph.Word("follow button", b.Text[strings.LastIndexByte(b.Text, ' ')+1:]) {
		return false
	}
	by, ok := parseByline(ph, b.Text)
	return ok && by.lead
}

// startsWithDate reports whether s starts with a date of a few words that
// a text browser glued to the lines under it ("Fri 14 Nov 2025 14.32 GMT
// First published on … Share on Facebook …").
func startsWithDate(ph *lang.Phrases, s string) bool { return dateEnd(ph, s) > 0 }

// dateEnd returns where the date that s starts with ends (see
// startsWithDate), at a space; 0 where s starts with none.
func dateEnd(ph *lang.Phrases, s string) int {
	end := 0
	for n := 0; n < maxDateWords; n++ {
		k := strings.IndexByte(s[end:], ' ')
		if k < 0 {
			return 0
		}
		end += k
		if n+1 >= minDateWords && isDate(ph, s[:end]) {
			return end
		}
		end++
	}
	return 0
}

// minDateWords: a date startsWithDate finds has this many words at least
// ("14 Nov 2025"), and maxDateWords at most.
const minDateWords = 3

// agencyPlace reports whether the block at i is a place's name over the
// header's date (see datelinePlace) right under an agency's credit on a
// line of its own, live or dropped.
func agencyPlace(ph *lang.Phrases, doc *document.Document, i int) bool {
	if i == 0 || doc.Blocks[i].Gap {
		return false
	}
	// An agency's name alone ("EFE") may credit a photo too: it is
	// any credit, which over a place and a date is the agency's.
	p := &doc.Blocks[i-1]
	if p.Kind != document.Paragraph {
		return false
	}
	k := blockCredit(ph, p)
	return (k == agencyCredit || k == anyCredit) && datelinePlace(ph, doc, i)
}

// rowByline reads the byline from a row of the header's facts (see
// metaRow): "Published: Nov 20, 2026 · Modified: Nov 22, 2026 by Emma
// Clarke · 24 Comments" is a byline, whatever else the row says.
func rowByline(ph *lang.Phrases, s string) (byline, bool) {
	if !metaRow(ph, s) {
		return byline{}, false
	}
	for p := range strings.FieldsFuncSeq(s, rowSeparator) {
		if by, ok := parseByline(ph, strings.TrimSpace(p)); ok && by.lead && len(by.authors) > 0 {
			return by, true
		}
	}
	return byline{}, false
}

// splitByline reads the block at i, a byline's lead alone ("By", "Von"),
// with the next block, its names ("Jane Doe"). It returns the next
// block's index and the byline.
func splitByline(ph *lang.Phrases, doc *document.Document, i int) (int, byline, bool) {
	b := &doc.Blocks[i]
	if b.Words() > maxLeadWords || !ph.Word("byline", b.Text) {
		return 0, byline{}, false
	}
	j := doc.NextLive(i)
	if j < 0 || doc.Blocks[j].Kind != document.Paragraph {
		return 0, byline{}, false
	}
	by, ok := parseByline(ph, b.Text+" "+doc.Blocks[j].Text)
	return j, by, ok && by.lead
}

// labelFollows reports whether the live block after i is a short label
// that does not continue a byline: a bare name followed by one is an item
// of a menu.
func labelFollows(ph *lang.Phrases, doc *document.Document, i int) bool {
	j := doc.NextLive(i)
	if j < 0 {
		return false
	}
	n := &doc.Blocks[j]
	return n.Kind == document.Paragraph && n.Words() <= maxShortWords && startsUpper(n.Text) &&
		!endsSentence(n.Text) && !(j == i+1 && continuesByline(ph, n))
}

func dropByline(ph *lang.Phrases, doc *document.Document, b *document.Block, authors []string) {
	for k, a := range authors {
		if n := linkedName(a, b.Links); n != "" {
			authors[k] = n
		}
	}
	addAuthors(ph, doc, authors)
	if len(authors) == 0 && !b.Dropped && hasAgency(ph, b.Text) {
		// A byline that names an agency and no writer ("Door ANP",
		// "By Reuters") credits the agency, as its name alone does.
		toks := strings.Fields(b.Text)
		if credit := strings.Join(toks[leadLength(ph, "byline", toks):], " "); credit != "" && !slices.Contains(doc.Meta.Credits, credit) {
			doc.Meta.Credits = append(doc.Meta.Credits, credit)
		}
	}
	b.Kind = document.Byline
	b.Drop(creditsName, bylineReason)
}

// linkedName returns the text of the link among links that a is that
// text and more capitalised words after it, or "": the writer's name links
// to the writer's page, and the place after it, with nothing between
// where the page set them apart ("Por [Marta Lozano Ibáñez](/autores/…)
// Madrid, 7 de octubre de 2024"), is no part of it.
func linkedName(a string, links []document.Link) string {
	for _, l := range links {
		t := strings.TrimSpace(l.Text)
		// html-to-text's link ("Por Marta Lozano Ibáñez
		// [/autores/…]") takes the words before it in for its text:
		// the name is the end of it.
		for t != "" && !strings.HasPrefix(a, t+" ") {
			_, t, _ = strings.Cut(t, " ")
		}
		if !strings.Contains(t, " ") {
			continue
		}
		rest := a[len(t)+1:]
		if !slices.ContainsFunc(strings.Fields(rest), func(w string) bool { return !nameWord(w) }) {
			return t
		}
	}
	return ""
}

// byline is what parseByline read from a line.
type byline struct {
	authors []string
	// lead is true when the line starts with a byline word ("Von", "By"),
	// which makes it a byline even without a person's name ("Von t-online").
	lead bool
	// dated is true when a date follows the names on the line ("Jane Doe
	// - Nov 19, 2019"): the header's byline and date stand together, as
	// nearDate finds them on lines of their own.
	dated bool
}

// parseByline reads s as a byline: an optional lead ("Von", "By", "Par",
// "Ein Kommentar von"), names joined by commas and the language's joiners
// ("und", "and", "et", "&"), and after them, ignored, an outlet, a place,
// a role or a date ("…, CNN", "… (Santiago, correspondante)", "… -
// France Télévisions", "… 12.03.2024"). Without a lead, the first name must
// be a person's and every other part a name too.
func parseByline(ph *lang.Phrases, s string) (byline, bool) {
	s, _ = bylineStart(s)
	toks := strings.Fields(s)
	// What follows a bar or a dot, or the date after a comma, is cut
	// (see cutBylineTail), however long: "Par Claire Martin, Publié le 3
	// mars 2026 à 07h00, modifié le 3 mars 2026 à 09h12 · Lecture 7
	// min.", "di Marco Bellini, 2 marzo 2026 Tempo di lettura: 7 minuti
	// Condividi su Facebook …" (the share buttons on the byline's line).
	if len(toks) == 0 || len(toks) > maxBylineWords && bylineEnd(ph, toks) > maxBylineWords {
		return byline{}, false
	}
	// A question or an exclamation is not a byline, nor is a dateline
	// that leads into the first paragraph ("New York CNN —").
	if endsSentence(s) && !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "—") || strings.HasSuffix(s, "–") {
		return byline{}, false
	}
	var by byline
	if k := datedLead(ph, toks); k > 0 {
		// "Posted on June 12, 2023 by Jane Doe": the date first.
		by.dated, toks = true, toks[k:]
		// "Pubblicato il 12 marzo 2024 da Maria Rossi": a lead only
		// after a date, where it cannot start a sentence.
		if ph.Word("byline after date", toks[0]) {
			by.lead, toks = true, toks[1:]
		}
	}
	toks = cutAvatarName(ph, toks)
	if n := leadLength(ph, "byline", toks); n > 0 {
		if slices.ContainsFunc(toks[:n], isRowMark) {
			// A section's label that starts with a lead's word, a
			// dot after it ("Interview · Sonnenschutz"): a kicker.
			return byline{}, false
		}
		by.lead, toks = true, toks[n:]
		// A label a screen reader reads may stand before the lead
		// ("Author: By Hannah Pryce & Daniel Ashworth").
		if n := leadLength(ph, "byline", toks); n > 0 && n < len(toks) && !slices.ContainsFunc(toks[:n], isRowMark) {
			toks = toks[n:]
		}
		if k := secondLead(ph, toks); k > 0 {
			toks = toks[:k]
		}
	}
	if !by.lead && barredAgency(ph, s) {
		return byline{}, false
	}
	if len(toks) > 0 && strings.TrimFunc(toks[0], textfix.IsEdge) == "" {
		toks = toks[1:] // "Par : Marie Dupont"
	}
	if n := len(toks); !by.lead && n > minNameWords && isRowMark(toks[n-2]) && ph.Word("follow button", toks[n-1]) {
		// "Solène Varenne-Abadie · Suivre": the writer's widget
		// says whose name it is, as a lead does.
		by.lead, toks = true, toks[:n-2]
	}
	place := filedFrom(toks)
	var dated bool
	toks, dated = cutBylineTail(ph, toks)
	if by.lead {
		toks = cutContact(ph, toks)
		toks = cutAgency(ph, toks)
		// Where a sports writer reports from, after the lead only:
		// without one, "Murray at Wimbledon" is a headline.
		toks = stripPlace(ph, "byline venue", toks)
	}
	by.dated = by.dated || dated
	if len(toks) == 0 {
		return byline{}, false
	}
	// "Marie Exemple." may end with a full stop; "Jane B." is an initial.
	if last := toks[len(toks)-1]; strings.HasSuffix(last, ".") && !isInitial(last) {
		toks[len(toks)-1] = strings.TrimSuffix(last, ".")
	}
	segs, amp := bylineSegments(ph, toks)
	// Menus join their labels with "&" ("Crossword & Games"); a byline
	// without a lead does not.
	if amp && !by.lead {
		return byline{}, false
	}
	for si, seg := range segs {
		person := false // the group's first part is a person's name
		names := si == len(segs)-1 && nameList(ph, seg)
		for pi, part := range seg {
			// In the last group, what follows the first comma is the
			// outlet or the place: "Jane Doe, CNN", "Max Beispiel,
			// Frankfurt". Earlier commas list names. After a lead and
			// a person's name, a part that is a name of two words or
			// more is a second writer ("By Tariq Malik, Mike Wall"):
			// an outlet is in capitals or an agency, a place one word
			// or one that starts with a word of the packs' [words:
			// place start] ("New York").
			kind, name := bylinePart(ph, part, si == 0 && pi == 0)
			if !by.lead && by.dated && kind == partPerson && capitalised(name) > maxBareNameWords {
				// A bare name may have the place it was filed from
				// before the date ("Daniel Sotomayor Almenara del Río
				// 18/08/2024"): a place with a particle in it.
				if n := nameBeforePlace(ph, part); n > 0 {
					name = strings.Join(part[:n], " ")
				}
			}
			if kind == partBad && by.lead && pi > 0 && (institution(part) || startsLower(part[0])) {
				// "by Maria Lopez, University of Queensland": where
				// the writer works; "Par Claire Dumont, économiste,
				// professeure à l'université de Lille": what the
				// writer does, in small letters. Without a lead,
				// "Introducing Jane Doe, New CEO at Acme" is a
				// headline.
				kind = partOther
			}
			if kind == partPerson && pi > 0 && person && roleTitle(ph, part) {
				// "By Martin Quayle, Northern Football
				// Correspondent": after the writer's name, capitalised
				// words that end in a role are the writer's title,
				// though the packs know no desk of their first words.
				kind = partOther
			}
			if pi == 0 {
				person = kind == partPerson
			}
			tail := si == len(segs)-1 && pi > 0 && !names &&
				!(by.lead && person && kind == partPerson && len(part) >= minNameWords &&
					!ph.Word("place start", part[0]) && !edition(part, place))
			switch {
			case kind == partBad:
				return byline{}, false
			// Without a lead, a line in capitals is a section's label
			// ("GIRLS BASKETBALL"), not a name, and so is a long line
			// of capitalised words ("Cuyahoga County Insider Club") and
			// a box's heading that starts with an article ("Das
			// Wichtigste in Kürze").
			case !by.lead && si == 0 && pi == 0 && (kind != partPerson || allCaps(name) || buttonWord(ph, part[0]) || ph.Word("article", part[0])):
				return byline{}, false
			case !by.lead && kind == partPerson && capitalised(name) > maxBareNameWords:
				return byline{}, false
			case kind == partPerson && !tail:
				by.authors = append(by.authors, name)
			}
		}
	}
	return by, true
}

// barredAgency reports whether s, a line without a byline's lead, is a
// photo's credit: a name with an agency after a bar or a slash ("Alex
// Example | Getty Images"). After a comma, the agency is the writer's
// ("Greg Example, AP Sports Writer").
func barredAgency(ph *lang.Phrases, s string) bool {
	return strings.ContainsAny(s, "|/") && hasAgency(ph, s)
}

// roleTitle reports whether part is a writer's title: maxCommaRoleWords
// capitalised words at most, the last a role ("Football Correspondent"),
// which ends no one's name.
func roleTitle(ph *lang.Phrases, part []string) bool {
	last := part[len(part)-1]
	return len(part) <= maxCommaRoleWords && startsUpper(last) && ph.Word("byline role", last) && !slices.ContainsFunc(part, startsLower)
}

// nameBeforePlace returns how many words of part, a bare byline's name
// part before its date, are the writer's name where a place follows it:
// two name words, then a place of three words to maxPlaceWords,
// capitalised at both ends with a particle of the packs between
// ("Almenara del Río"), which tells it from a longer name ("María del
// Carmen Ruiz" has the particle second); or two or three name words, then
// a place of two words to maxPlaceWords that starts with a word of the
// packs' [words: place start] ("Daniel Ocaña Puerto Valdemora"); or 0.
func nameBeforePlace(ph *lang.Phrases, part []string) int {
	if !slices.ContainsFunc(part, func(t string) bool { return !nameWord(t) }) {
		for n := minNameWords; n <= maxBareNameWords && n+2 <= len(part); n++ {
			if place := part[n:]; len(place) <= maxPlaceWords && ph.Word("place start", place[0]) {
				return n
			}
		}
	}
	place := part[minNameWords:]
	if len(place) < 3 || len(place) > maxPlaceWords || !nameWord(part[0]) || !nameWord(part[1]) ||
		!nameWord(place[0]) || !nameWord(place[len(place)-1]) {
		return 0
	}
	if !slices.ContainsFunc(place[1:len(place)-1], func(t string) bool { return ph.Word("name particle", t) }) {
		return 0
	}
	return minNameWords
}

// buttonWord reports whether w is a line of the packs' boilerplate by
// itself, a button's or a menu's ("Email", "Share", "Home"): no first name,
// as what is left of a row of share buttons may look like one ("Email
// Copy", where lynx printed "Email (BUTTON) Copy link").
func buttonWord(ph *lang.Phrases, w string) bool {
	_, ok := packLine(ph, w)
	return ok
}

// filedFrom returns the place a byline names after a dash as its last
// word ("Por Ana Lima, Vértice Campinas — Campinas"), or "".
func filedFrom(toks []string) string {
	if n := len(toks); n >= 2 && isDash(toks[n-2]) {
		return strings.TrimFunc(toks[n-1], textfix.IsEdge)
	}
	return ""
}

// edition reports whether part, after a comma in a byline, names an
// outlet's local edition: its last word is the place the story is filed
// from, which the byline names after a dash ("Vértice Campinas —
// Campinas"), not a second writer.
func edition(part []string, place string) bool {
	return place != "" && strings.TrimFunc(part[len(part)-1], textfix.IsEdge) == place
}

// minListedNames: a group of a byline of this many parts, each a
// person's name, lists writers (see nameList).
const minListedNames = 3

// nameList reports whether the parts of a byline's group, minListedNames
// or more, are each a person's name of minNameWords words or more, none a
// place's: a paper's authors, listed with commas alone ("Maria Costa,
// Peter Hall, Aisha Bello"). Two such parts may be a writer and a place
// ("Jane Doe, Bad Homburg").
func nameList(ph *lang.Phrases, seg [][]string) bool {
	if len(seg) < minListedNames {
		return false
	}
	for pi, part := range seg {
		if kind, _ := bylinePart(ph, part, pi == 0); kind != partPerson || len(part) < minNameWords || ph.Word("place start", part[0]) {
			return false
		}
	}
	return true
}

// maxDateWords bounds the date before a byline's lead: "Veröffentlicht
// am 12. Juni 2023 um 10:32 Uhr".
const maxDateWords = 8

// datedLead returns where the lead of a byline that follows its date
// starts ("Veröffentlicht am 12. Juni 2023 von Sabine Krüger", "Posted on
// June 12, 2023 by Jane Doe"), as blogs print them, or 0. The date is a
// timestamp whose first word is a timestamp word or a number.
func datedLead(ph *lang.Phrases, toks []string) int {
	if len(toks) < 3 || !ph.Word("timestamp", toks[0]) && !startsDigit(toks[0]) {
		return 0
	}
	// A blog's date published may be glued to its date updated, which
	// its theme hides ("Publicado el 3 de marzo de 20264 de marzo de 2026
	// por Lucía Arbesú"): the first date, up to its year, is the date,
	// and the lead may follow the second.
	glued, end := -1, maxDateWords
	for k := 1; k < min(len(toks)-1, end); k++ {
		if glued < 0 && gluedYear(toks[k]) {
			glued, end = k, k+maxDateWords
		}
		if ph.Word("byline", toks[k]) || ph.Word("byline after date", toks[k]) {
			date := strings.Join(toks[:k], " ")
			if glued > 0 {
				date = strings.Join(toks[:glued], " ") + " " + toks[glued][:4]
			}
			if isDate(ph, date) {
				return k
			}
			return 0
		}
	}
	return 0
}

// gluedYear reports whether t is a year glued to the day of the date after
// it: "20264" in "3 de marzo de 20264 de marzo de 2026".
func gluedYear(t string) bool {
	return (len(t) == 5 || len(t) == 6) && allDigits(t, len(t)) && (t[:2] == "19" || t[:2] == "20")
}

// startsDigit reports whether s starts with a digit.
func startsDigit(s string) bool { return s != "" && textfix.IsDigit(rune(s[0])) }

// cutAvatarName cuts the writer's name that a byline starts with where
// the same name follows, after the lead or right after it: the alt text
// of the writer's picture, which a text browser prints on the byline's
// line ("Marco Bellini di Marco Bellini, 2 marzo 2026"), maybe after a
// few words of its own ("Portrait of Marisol Quenby By Marisol Quenby").
func cutAvatarName(ph *lang.Phrases, toks []string) []string {
	for from := 0; from <= maxAvatarLead && from < len(toks); from++ {
		name := toks[from:]
		for k := minNameWords; k <= maxBareNameWords && k < len(name); k++ {
			if !nameWord(name[k-1]) {
				break
			}
			// The name may be printed twice without a lead too
			// ("Álvaro Jiménez Álvaro Jiménez | Sevilla | …").
			n := leadLength(ph, "byline", name[k:])
			if len(name) < 2*k+n {
				continue
			}
			again := name[k+n : 2*k+n]
			last := strings.TrimRight(again[k-1], ",")
			if slices.Equal(name[:k-1], again[:k-1]) && last == name[k-1] {
				return name[k:]
			}
		}
	}
	return toks
}

// maxAvatarLead bounds the words of a writer's picture's alt text before
// the name (see cutAvatarName).
const maxAvatarLead = 2

// datedRow reports whether one of the parts of toks between bars or dots
// (and dashes, inside a part) is a date: "Sevilla | 02/03/2026 - 22:47"
// after a name, the place and then the date.
func datedRow(ph *lang.Phrases, toks []string) bool {
	start := 0
	for k := 0; k <= len(toks); k++ {
		if k < len(toks) && !isRowMark(toks[k]) && !isDash(toks[k]) {
			continue
		}
		if k > start && isDate(ph, strings.Join(toks[start:k], " ")) {
			return true
		}
		start = k + 1
	}
	return false
}

// isTailMark reports whether t is a dash, a bar or a dot alone, after
// which a byline's names end.
func isTailMark(t string) bool { return isDash(t) || isRowMark(t) }

// bylineEnd returns how many of toks a byline can be: up to its first bar
// or dot, or dash with a date after it, or to a date after a comma, or all
// of them.
func bylineEnd(ph *lang.Phrases, toks []string) int {
	end := slices.IndexFunc(toks, isRowMark)
	if end < 0 {
		end = len(toks)
	}
	if k := slices.IndexFunc(toks[:min(end, maxBylineWords+1)], isDash); k > 0 && startsWithDate(ph, strings.Join(toks[k+1:min(len(toks), k+1+maxDateWords+1)], " ")) {
		end = k
	}
	if k := dateAfterComma(ph, toks[:min(end, maxBylineWords+1)]); k > 0 {
		end = k
	}
	if n := leadLength(ph, "byline", toks); n > 0 {
		if k := secondLead(ph, toks[n:min(end, maxBylineWords+1)]); k > 0 {
			end = n + k
		}
	}
	return end
}

// wrappedByline reads paragraph b as a byline with its lead and its date
// that a text browser wrapped together with the picture under it ("By
// Imogen Tregarthen, Arts correspondent Sat 7 Mar 2026 07.00 GMT Maren
// Ashby-Cole in the boathouse …"): the lead starts it and the date ends
// the names, however long the line. Most paragraphs are ruled out by
// their first word, before the line is read.
func wrappedByline(ph *lang.Phrases, b *document.Block) (byline, bool) {
	first, _, _ := strings.Cut(b.Text, " ")
	if b.Kind != document.Paragraph || !ph.Words("byline").Starts(first) {
		return byline{}, false
	}
	by, ok := parseByline(ph, b.Text)
	return by, ok && by.lead && by.dated
}

// maxCommaRoleWords bounds the role dateAfterComma reads before the date:
// "Senior Arts correspondent".
const maxCommaRoleWords = 3

// roleOrDeskWord reports whether t is a role's or a desk's word, in any
// case ("Arts", "correspondent").
func roleOrDeskWord(ph *lang.Phrases, t string) bool {
	return ph.Word("byline role", t) || ph.Word("byline desk", t)
}

// maxCommaDateWords bounds the date dateAfterComma reads: "2 marzo 2026".
const maxCommaDateWords = 4

// dateAfterComma returns where a date starts in toks right after a word
// that ends with a comma ("Marco Bellini, 2 marzo 2026 …"), or the place
// before it ("Anna Meier, Zürich 03.03.2026 …"), or 0. What follows is no
// more of a byline's.
func dateAfterComma(ph *lang.Phrases, toks []string) int {
	for k := 1; k < len(toks); k++ {
		if !strings.HasSuffix(toks[k-1], ",") {
			continue
		}
		// The place the writer filed from may stand before the date
		// ("Anna Meier, Zürich 03.03.2026, 05.30 Uhr").
		d := k
		if d+1 < len(toks) && nameWord(toks[d]) && !ph.Word("timestamp", toks[d]) {
			d++
		}
		// Or the writer's role ("Imogen Tregarthen, Arts
		// correspondent Sat 7 Mar 2026").
		for r := k; r < len(toks)-1 && r-k < maxCommaRoleWords && roleOrDeskWord(ph, toks[r]); r++ {
			if ph.Word("byline role", toks[r]) {
				d = max(d, r+1)
			}
		}
		if !startsDigit(toks[d]) && !ph.Word("timestamp", toks[d]) {
			continue
		}
		for m := min(maxCommaDateWords, len(toks)-d); m >= 1; m-- {
			if isDate(ph, strings.Join(toks[d:d+m], " ")) {
				return k
			}
		}
	}
	return 0
}

// isRowMark reports whether t is a bar or a dot alone, which part a
// header's facts on one line, or the asterisk html2text writes for a
// bullet there ("Par Camille Rouvière * Publié le 12 mars 2025").
func isRowMark(t string) bool { return t == "|" || t == "·" || t == "•" || t == "*" }

// cutBylineTail cuts what follows the names: anything after a dash, a bar
// or a dot, a remark in brackets that ends the line, and a date ("Publié
// le 18 janvier 2024"). It reports whether what it cut was a date.
func cutBylineTail(ph *lang.Phrases, toks []string) ([]string, bool) {
	if len(toks) == 0 {
		return toks, false // a lead and nothing after it: "Von „"
	}
	// A remark in brackets may end the names before a dot or a bar
	// ("Par Hélène Maréchal (avec AFP) · Publié le …") as it ends a line.
	closed := strings.HasSuffix(toks[len(toks)-1], ")")
	if m := slices.IndexFunc(toks, isTailMark); m > 0 && strings.HasSuffix(toks[m-1], ")") {
		closed = true
	}
	dated := false
	// A date after a comma with more than the time after it ends the
	// byline ("di Marco Bellini, 2 marzo 2026 Tempo di lettura: …"),
	// unless a dash or a bar came first, which the loop below cuts at.
	if k := dateAfterComma(ph, toks); k > 0 && !slices.ContainsFunc(toks[:k], isTailMark) &&
		!isTimestamp(ph, strings.Join(toks[k:], " ")) {
		toks, dated = toks[:k], true
		toks[k-1] = strings.TrimSuffix(toks[k-1], ",")
	}
	for k, t := range toks {
		if isTailMark(t) || (closed && strings.HasPrefix(t, "(")) {
			// The date after a dash may have the date it was updated
			// glued to it ("— 27 may 2024 - 00:48 CEST Actualizado: 27
			// may 2024 - 02:15 CEST").
			rest := strings.Join(toks[k+1:], " ")
			dated = isDate(ph, rest) || isDash(t) && startsWithDate(ph, rest) || isRowMark(t) && datedRow(ph, toks[k+1:])
			toks = toks[:k]
			break
		}
	}
	for k := 1; k < len(toks); k++ {
		if tail := strings.Join(toks[k:], " "); isTimestamp(ph, tail) {
			toks, dated = toks[:k], isDate(ph, tail)
			// The remark in brackets before the date ends the names
			// too ("Par Odile Castagnet (correspondante locale) Le
			// 04/03/2026 à 06:15").
			if strings.HasSuffix(toks[k-1], ")") {
				if p := slices.IndexFunc(toks, func(t string) bool { return strings.HasPrefix(t, "(") }); p > 0 {
					toks = toks[:p]
				}
			}
			break
		}
	}
	// Only a name alone goes with its date: after a comma comes the
	// outlet, or the name was a place ("New Delhi, News Nation Bureau |
	// Updated : 19 November 2019"); or the writer's role, of a few words,
	// a role's last ("Priya Castellan, Restaurant Critic · Published 6
	// November 2025").
	if c := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") }); c >= 0 && dated {
		dated = c+1 < len(toks) && len(toks)-c-1 <= maxCommaRoleWords && ph.Word("byline role", toks[len(toks)-1])
	}
	return toks, dated
}

// cutAgency cuts the agency a byline ends with, printed after the name
// without a comma ("By MARIA GARCIA Associated Press", "By Jane Doe AP"):
// the writer works for it, and the name is the two words or more before it.
// So does an agency that shares the report, after its word ("Von Katharina
// Weilmeyer und Jonas Brettschneider mit dpa").
func cutAgency(ph *lang.Phrases, toks []string) []string {
	for n := 2; n >= 1; n-- {
		if k := len(toks) - n; k >= minNameWords && !strings.HasSuffix(toks[k-1], ",") && ph.Word("agency", strings.Join(toks[k:], " ")) {
			if k-1 >= minNameWords && ph.Word("agency share", toks[k-1]) {
				k--
			}
			return toks[:k]
		}
	}
	return toks
}

// cutContact cuts a byline's names off before what a site prints after
// them that no name starts with: the author's handle or e-mail address
// ("By Jane Doe @janedoe Nov 18, 2019", "By Jane Doe jane@example.com
// (509) 555-0100"), or a number, with the words of the date it starts
// ("By Jane Doe 2019-11-18T20:51:19Z Science & Astronomy", "By Jane Doe
// On 11/13/19 at 4:00 PM EST Share", "by Jane September 15, 2014 written
// by Jane"), where what follows the date keeps cutBylineTail from
// reading it. Only after a lead: a bare line cut short could pass for a
// name.
func cutContact(ph *lang.Phrases, toks []string) []string {
	for k, t := range toks {
		if startsDigit(t) || strings.Contains(t, "@") {
			for k > 0 && ph.Word("timestamp", toks[k-1]) {
				k--
			}
			return toks[:k]
		}
	}
	return toks
}

// bylineSegments splits the names at the joiners ("und", "and", "&") into
// groups, and each group at its commas into parts.
func bylineSegments(ph *lang.Phrases, toks []string) (segs [][][]string, amp bool) {
	var seg [][]string
	var part []string
	endPart := func() {
		if len(part) > 0 {
			seg = append(seg, part)
		}
		part = nil
	}
	endSeg := func() {
		endPart()
		if len(seg) > 0 {
			segs = append(segs, seg)
		}
		seg = nil
	}
	for _, t := range toks {
		// A slash between two names joins them as a joiner does
		// ("Lucía Arráez / Daniel Sotomayor").
		if t == "&" || t == "/" || ph.Word("name joiner", t) {
			if t == "&" {
				amp = true
			}
			endSeg()
			continue
		}
		w := strings.TrimRight(t, ",;")
		if w != "" {
			part = append(part, w)
		}
		if w != t {
			endPart()
		}
	}
	endSeg()
	return segs, amp
}

type partKind uint8

const (
	partBad    partKind = iota // not a name: the line is not a byline
	partPerson                 // a person's name
	partOther                  // an outlet, a place or initials
)

// bylinePart says what one comma-separated part of a byline is and, for
// a person, returns the name without a trailing place or role.
func bylinePart(ph *lang.Phrases, toks []string, first bool) (partKind, string) {
	toks = stripPlace(ph, "byline place", toks)
	toks = stripRole(ph, toks)
	if n := len(toks); n > 0 && isRoleOrDesk(ph, toks[0]) {
		// A role before the name ("Senior Reporter Jane Doe") goes,
		// and a part that is all role stays one ("Staff Writer"); a
		// job's title is left without a name ("Senior Backend
		// Engineer": a job offer's headline, no byline).
		for len(toks) > 0 && isRoleOrDesk(ph, toks[0]) {
			toks = toks[1:]
		}
		if len(toks) == 0 {
			return partOther, ""
		}
		if len(toks) < minNameWords {
			return partBad, ""
		}
	}
	switch {
	case len(toks) == 0:
		return partOther, ""
	case len(toks) == 1:
		t := toks[0]
		if nameWord(t) || (strings.ContainsAny(t, "-.") && strings.ContainsFunc(t, unicode.IsLetter)) ||
			(!first && isInitials(t)) {
			return partOther, ""
		}
		return partBad, ""
	}
	if len(toks) > maxNameWords || !nameWord(toks[0]) || !nameWord(toks[len(toks)-1]) {
		return partBad, ""
	}
	// "Kevin Roe USA TODAY": the outlet in capitals after the name, or
	// glued to a word of its name ("Jane Doe FOXBusiness").
	for n := len(toks); n > minNameWords && (allCaps(toks[n-1]) || gluedAcronym(toks[n-1])) && !allCaps(toks[0]); n-- {
		toks = toks[:n-1]
	}
	caps := 0
	for _, t := range toks[1 : len(toks)-1] {
		if !nameWord(t) && !ph.Word("name particle", t) {
			return partBad, ""
		}
	}
	for _, t := range toks {
		if allCaps(t) {
			caps++
		}
	}
	name := strings.Join(toks, " ")
	// "BBC News", "ZDF heute" or "Associated Press" is an outlet: an
	// acronym among ordinary words, or an agency.
	if (caps > 0 && caps < len(toks)) || hasAgency(ph, name) {
		return partOther, ""
	}
	return partPerson, name
}

// maxInstitutionWords bounds the name of a writer's place of work in a
// byline: "Max Planck Institute for Evolutionary Biology".
const maxInstitutionWords = 7

// institution reports whether toks name an institution: capitalised
// words joined by one or two short words in small letters ("University
// of Queensland", "Institut für Physik", "Universidad de Sevilla"), which
// no person's name of the bylines has between its capitalised words but
// a particle.
func institution(toks []string) bool {
	if len(toks) < 3 || len(toks) > maxInstitutionWords || !nameWord(toks[0]) || !nameWord(toks[len(toks)-1]) {
		return false
	}
	small := 0
	for _, t := range toks[1 : len(toks)-1] {
		switch {
		case nameWord(t):
		case utf8.RuneCountInString(t) <= 3 && !strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLower(r) }):
			small++
		default:
			return false
		}
	}
	return small > 0 && small <= 2
}

// minGluedAcronym: an outlet's acronym glued to the next word of its name
// ("FOXBusiness", "CNNMoney") has this many capitals before a small
// letter; a name has one or two ("McDonald", "DeArdo").
const minGluedAcronym = 3

// gluedAcronym reports whether w starts with minGluedAcronym capitals or
// more and goes on in small letters.
func gluedAcronym(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsLower(r):
			return caps >= minGluedAcronym
		default:
			return false
		}
	}
	return false
}

// venueByline reads s as a sports writer's name and the ground reported
// from, without a lead ("Callum Heathcote at Ferrier Road"): the caller
// asks for the header's date beside it, without which "Andy Murray at
// Wimbledon" is a headline.
func venueByline(ph *lang.Phrases, s string) (byline, bool) {
	toks := strings.Fields(s)
	name := stripPlace(ph, "byline venue", toks)
	if len(name) == len(toks) {
		return byline{}, false
	}
	return parseByline(ph, strings.Join(name, " "))
}

// stripPlace removes a place after the name: "Jane Doe in Brussels", the
// word before it one of the packs' set ("byline place", or "byline venue"
// after a lead: "By Gareth Lindqvist at Carrick Lane"). The place may
// start with an article ("Oliver Penhaligon at the Grange").
func stripPlace(ph *lang.Phrases, set string, toks []string) []string {
	for p := minNameWords; p < len(toks)-1; p++ {
		if !ph.Word(set, toks[p]) || len(toks)-p-1 > maxPlaceWords {
			continue
		}
		place := toks[p+1:]
		if len(place) > 1 && ph.Word("article", place[0]) {
			place = place[1:]
		}
		if !slices.ContainsFunc(place, func(t string) bool { return !nameWord(t) }) {
			return toks[:p]
		}
	}
	return toks
}

// stripRole removes a job printed after the name: "Tom Roe Political
// correspondent", "Jane Doe Editor". A role in sentence case starts with a
// capital; that word goes too, as long as two words of name are left.
func stripRole(ph *lang.Phrases, toks []string) []string {
	// A role with what it heads after it, in small letters first
	// ("Sabine Beispiel Leiterin der Politikredaktion").
	for k := minNameWords; k+1 < len(toks) && len(toks)-k <= maxHeadedRoleWords; k++ {
		if startsUpper(toks[k]) && ph.Word("byline role", toks[k]) && !startsUpper(toks[k+1]) {
			return toks[:k]
		}
	}
	n := len(toks)
	if n == 0 || !ph.Word("byline role", toks[n-1]) {
		return toks
	}
	lower := !startsUpper(toks[n-1])
	n--
	if !lower {
		// A role in title case may be two role words ("Staff Writer")
		// or a desk's and a role's ("Business Columnist").
		for n > minNameWords && (ph.Word("byline role", toks[n-1]) || ph.Word("byline desk", toks[n-1])) {
			n--
		}
		// A word the packs do not know may stand inside the role
		// ("Maren Okafor Senior Fintech Editor"): the role starts at
		// its first word they know, after the name or in its place.
		for k := 0; k < n; k++ {
			if (k == 0 || k >= minNameWords) && isRoleOrDesk(ph, toks[k]) && !slices.ContainsFunc(toks[k:n], startsLower) {
				return toks[:k]
			}
		}
		return toks[:n]
	}
	for n > 0 && !startsUpper(toks[n-1]) {
		n--
	}
	if n > minNameWords {
		n--
	}
	return toks[:n]
}

// maxHeadedRoleWords bounds a role with what it heads: "Leiterin der
// Politikredaktion", "Chef vom Dienst Nachrichten".
const maxHeadedRoleWords = 4

// isRoleOrDesk reports whether w, in capitals, is a role or a desk word of
// the byline ("Senior", "Reporter"), which starts no person's name.
func isRoleOrDesk(ph *lang.Phrases, w string) bool {
	return startsUpper(w) && (ph.Word("byline role", w) || ph.Word("byline desk", w))
}

// nameWord: a capitalised word, an all-capitals word or an initial ("J.").
func nameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[size:] {
		// Any quotation mark, not only an apostrophe: the quotes filter
		// writes a mark inside a word as the apostrophe, and a name must
		// stay a name when the output is cleaned again.
		if !textfix.IsLetter(c) && c != '-' && c != '.' && !textfix.IsQuote(c) {
			return false
		}
	}
	return true
}

// capitalised counts the capitalised words of a name, leaving out its
// particles.
func capitalised(name string) int {
	n := 0
	for _, w := range strings.Fields(name) {
		if nameWord(w) {
			n++
		}
	}
	return n
}

// isInitial: "J." or "A.B.", not a name's last word with a full stop.
func isInitial(w string) bool {
	letters := strings.ReplaceAll(w, ".", "")
	return strings.HasSuffix(w, ".") && letters != "" && !textfix.LongerThan(letters, maxInitialLetters) &&
		!strings.ContainsFunc(letters, func(r rune) bool { return !unicode.IsUpper(r) })
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if textfix.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// headerAuthors adds to doc.Meta.Authors the names of the bylines with
// their lead that the content filter dropped between the title and the
// article ("Veröffentlicht am 12. Juni 2023 von Sabine Krüger" above a
// blog post): the line is gone with the page's header, but its names are
// the article's authors. The header is the blocks after the title and
// those right above the article's first body paragraph: on a whole page
// the title is the window's, a menu away from the headline and its
// byline. Without a title (title -1), the header starts the text.
func headerAuthors(ph *lang.Phrases, doc *document.Document, title int) {
	bodyFrom := func(i int) int {
		for i < len(doc.Blocks) && (doc.Blocks[i].Dropped || !isBody(&doc.Blocks[i])) {
			i++
		}
		return i
	}
	body := bodyFrom(title + 1)
	if title >= 0 && body < len(doc.Blocks) && body == doc.NextLive(title) {
		// The standfirst right under the title: the byline under it
		// went with the header too.
		body = bodyFrom(body + 1)
	}
	top := min(body, title+1+maxHeaderBlocks)
	roleAuthor(ph, doc, title)
	// Without a title, a bare name with its date may be a show's over
	// its day ("Opening Bell 11.18.19"): the headline that starts with
	// it is not known to tell.
	bare := title >= 0
	bylineAuthors(ph, doc, title+1, top, bare)
	if body < len(doc.Blocks) {
		bylineAuthors(ph, doc, max(top, body-maxHeaderBlocks), body, bare)
	}
}

// maxRoleAbove bounds the lines between a columnist's role and the
// headline under it (a picture's alt text, the column's label).
const maxRoleAbove = 3

// roleAuthor adds to doc.Meta.Authors the name of a writer printed over
// the writer's role right above the headline at title, both gone with the
// page's header ("Marieke van Doorn" / "Columnist" over a column's
// headline): a menu's item stands over no role, and a teaser's writer
// over no headline of the page's.
func roleAuthor(ph *lang.Phrases, doc *document.Document, title int) {
	for i := title - 1; i > 0 && i >= title-maxRoleAbove; i-- {
		r, n := &doc.Blocks[i], &doc.Blocks[i-1]
		if !headerDropped(r) || !headerDropped(n) || r.Kind != document.Paragraph || n.Kind != document.Paragraph {
			continue
		}
		if !roleWords(ph, r) {
			continue
		}
		if by, ok := parseByline(ph, n.Text); ok && !by.lead && len(by.authors) == 1 && nameShaped(n) {
			addAuthors(ph, doc, by.authors)
		}
		return
	}
}

// bylineAuthors adds the names of the bylines with their lead among the
// blocks from..to-1 that went with the page's header (see headerDropped),
// and where bare says so, of a bare name with its date.
func bylineAuthors(ph *lang.Phrases, doc *document.Document, from, to int, bare bool) {
	for i := from; i < to; i++ {
		b := &doc.Blocks[i]
		// A forum's first post's header ("Beitrag von KrustenKalle »
		// Mo 9. Nov 2026, 19:42") goes as the forum's furniture; its
		// name is the thread's author.
		if !b.Dropped || b.Kind != document.Paragraph {
			continue
		}
		forum := false
		if !headerDropped(b) {
			if forum = dropReason(b) == forumReason; !forum {
				continue
			}
		}
		// Most of the header's lines are a menu's: a byline with its
		// lead starts with the lead or, after its date, with the date.
		_, first := bylineStart(b.Text)
		if !ph.Word("byline", first) && !(forum && ph.Words("byline").Starts(first)) && !ph.Word("timestamp", first) && !startsDigit(first) {
			// Or ends the standfirst it was glued to, with its date
			// or over it (see gluedByline).
			under := i+1 < to && dateUnder(ph, doc, i)
			if under || b.Words() > maxBylineWords && b.HasDigit() {
				if _, by, ok := gluedByline(ph, b.Text, under); ok {
					addAuthors(ph, doc, by.authors)
				}
			}
			continue
		}
		if by, ok := parseByline(ph, b.Text); ok && by.lead {
			addAuthors(ph, doc, by.authors)
		}
		// A user's name as written ("KrustenKalle"): no glued role to
		// cut off (see addAuthors).
		if forum && len(doc.Meta.Authors) == 0 {
			if name := postHeaderName(ph, b.Text); name != "" {
				doc.Meta.Authors = append(doc.Meta.Authors, name)
			}
		}
	}
	if !bare {
		return
	}
	// A bare name over its date line, both dropped with the header
	// ("Laura Martín" over "Madrid - 05 dic 2026 - 10:15 CET"), is the
	// header's byline: a menu's item is no name, and its date no line
	// of its own (see overDate). One such name: a list of teasers has
	// many.
	for i := from; i < to; i++ {
		b := &doc.Blocks[i]
		// A breadcrumb's last link is no name ("BLOG > Nutrition >
		// Meal Plans").
		if !headerDropped(b) || b.Kind != document.Paragraph || lastCrumbLink(doc, i) || wrapsRowByline(ph, doc, i) {
			continue
		}
		// A name with its date on its line has the date's digits after
		// a few capitalised words: most lines of a menu have none, and
		// are not read as bylines.
		// The line under it, past a second writer's link on its own
		// line, which the structure filter joined to the first's.
		next := i + 1
		for next < to && doc.Blocks[next].Line == b.Line && droppedBy(&doc.Blocks[next], structureName) != "" {
			next++
		}
		next = pastOwnCopies(doc, i, next)
		// Or over the writer's role over the date ("Inés Valcárcel
		// Montero" / "Periodista y escritora" / "15 mar 2024 - 05:30"),
		// as a column's header prints them on three lines: a short name
		// without digits (most lines are told so before the role is
		// read) over a line of its own; a line the structure filter cut
		// is the name's ("Eric SongBy" / "Eric Song, IGN Staff").
		// Or over the writer's biography, which starts with the name
		// and says the job ("Marta Irigoyen Salcedo" / "Marta Irigoyen
		// Salcedo es catedrática de …" / the date), a guest's column's,
		// or that starts with the job ("Escritora y profesora de …").
		over := next < to && (overDate(ph, doc, next, to) ||
			next+1 < to && b.Words() <= maxNameWords && !b.HasDigit() && doc.Blocks[next].Line != b.Line && headerDropped(&doc.Blocks[next]) &&
				overDate(ph, doc, next+1, to) && (roleWords(ph, &doc.Blocks[next]) || namedJob(ph, doc.Blocks[next].Text, b.Text) || roleLed(ph, doc.Blocks[next].Text)))
		if !over && (!b.HasDigit() || !namedBeforeDigit(b.Text)) {
			continue
		}
		// Or the name with its date on one line ("Femke Wijnbergen 7
		// december 2026, 06:00"), but not a date's own words
		// ("Published Wed, Nov 20 2019") nor the headline's, a
		// column's name over its date ("Opening Bell 11.18.19").
		by, ok := parseByline(ph, b.Text)
		if !ok && over {
			// A sports writer's ground after the name (see venueByline).
			by, ok = venueByline(ph, b.Text)
		}
		if ok && !by.lead && len(by.authors) > 0 && (over || by.dated && datedName(ph, doc, b.Text, by.authors[0])) && !boxedValue(ph, doc, i) && !placeUnderNames(ph, doc, i) {
			if titledSite(doc.Meta.Title, by.authors[0]) {
				// The site's name over the day's date ("The
				// Spokesman-Review" over "Wednesday, November 20,
				// 2019 Spokane, Washington … 38° Cloudy").
				continue
			}
			addAuthors(ph, doc, by.authors)
			return
		}
	}
}

// endsWithCrumbMark reports whether s, a link of a text browser's line,
// ends with the mark of crumbSeparators after it ("Nutrition >").
func endsWithCrumbMark(s string) bool {
	for _, sep := range crumbSeparators {
		if strings.HasSuffix(s, strings.TrimRight(sep, " ")) {
			return true
		}
	}
	return false
}

// titledSite reports whether title ends with name after a bar, a dash, a
// dot or a colon: a page's title names its site so ("… campaign | The
// Spokesman-Review").
func titledSite(title, name string) bool {
	rest, ok := strings.CutSuffix(title, " "+name)
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest, " "))
	return ok && strings.ContainsRune("|-–—·:", r)
}

// namedBeforeDigit reports whether s starts with two to maxBareNameWords+1
// words before its first digit, the first capitalised, as a name with its
// date on one line does ("Femke Wijnbergen 7 december 2026", "Merel van
// Oosterwijk 7 december"); the first word of the date may be among them
// ("Anna Meier Dienstag, 11. November"). Two names joined, up to a dot or
// a bar, may be as long as two names are ("Lucía Ferrándiz Olmo y Tomás
// Berrocal · Madrid · 01 mar 2025"), and up to a dash as long as two
// names and the place ("María José Albarrán y Daniel Ocaña Puerto
// Valdemora — 27 may 2024").
func namedBeforeDigit(s string) bool {
	// named: the words before the first dot, bar or dash, or 0; placed:
	// the place's words a dash allows for.
	words, named, placed := 0, 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if named > 0 {
				return named >= 2 && named <= 2*maxBareNameWords+1+placed
			}
			return words >= 2 && words <= maxBareNameWords+1
		case c == ' ':
			continue
		case i == 0 || s[i-1] == ' ':
			if strings.HasPrefix(s[i:], "· ") || strings.HasPrefix(s[i:], "| ") {
				if named == 0 {
					named = words
				}
				continue
			}
			if strings.HasPrefix(s[i:], "— ") || strings.HasPrefix(s[i:], "– ") {
				if named == 0 {
					named, placed = words, maxPlaceWords
				}
				continue
			}
			if words++; words > 2*maxBareNameWords+1+maxPlaceWords {
				return false
			}
			if words == 1 {
				if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
					return false
				}
			}
		}
	}
	return false
}

// datedName reports whether s, a line that names name and then a date,
// is a writer's byline: its first word no date's, and name not the start
// of the title.
func datedName(ph *lang.Phrases, doc *document.Document, s, name string) bool {
	first, _, _ := strings.Cut(s, " ")
	if ph.Word("timestamp", first) {
		return false
	}
	t := liveTitle(doc)
	return t < 0 || !strings.HasPrefix(doc.Blocks[t].Text, name)
}

// postHeaderName returns the poster's name in a forum post's header, the
// one word between the lead and the "»" before the date ("Beitrag von
// KrustenKalle » Mo 9. Nov 2026, 19:42"): a user's name, which is no
// person's name of two words as a byline has; or "".
func postHeaderName(ph *lang.Phrases, s string) string {
	toks := strings.Fields(s)
	n := leadLength(ph, "byline", toks)
	if n == 0 || len(toks) < n+2 || toks[n+1] != "»" {
		return ""
	}
	return toks[n]
}

// dateDropped reports whether b is a date or a reading time the
// boilerplate filter dropped as a timestamp: a measure with a decimal
// ("14,5 m" under "Maximale Tiefe" in a wiki's infobox) is neither,
// though "m" may be minutes.
func dateDropped(b *document.Block) bool {
	return dropReason(b) == timestampReason && !decimalMeasure(b.Text)
}

// decimalMeasure reports whether s is a number with a decimal and a unit
// of a letter or two ("14,5 m", "2.4 kg").
func decimalMeasure(s string) bool {
	num, unit, ok := strings.Cut(s, " ")
	whole, frac, dec := strings.Cut(strings.ReplaceAll(num, ",", "."), ".")
	return ok && dec && allDigits(whole, len(whole)) && allDigits(frac, len(frac)) &&
		unit != "" && !textfix.LongerThan(unit, maxUnitLetters) && !strings.ContainsFunc(unit, func(r rune) bool { return !textfix.IsLetter(r) })
}

// maxUnitLetters bounds a measure's unit ("m", "kg", "ha").
const maxUnitLetters = 2

// overDate reports whether the block at i, under a bare name in the
// header, is its date line, or a button to follow the writer, the
// writer's handle or the place the writer reports from (a word alone)
// over it ("Follow", "@luciarredondo", "Madrid").
func overDate(ph *lang.Phrases, doc *document.Document, i, to int) bool {
	n := &doc.Blocks[i]
	// The date may lead a line the converter glued the caption under it
	// to ("06/12/2024 08:15 · Actualizado: … Pasajeros ante los paneles
	// …"), which went with the header as a whole, or a line with more
	// than the boilerplate filter's timestamps ("Apr 18, 2024 · Paid
	// subscribers get the audio version"), which the content filter asks
	// before it drops the header.
	if dateDropped(n) || (headerDropped(n) || !n.Dropped) && n.HasDigit() && datedFirst(ph, n.Text) {
		return true
	}
	if !n.Dropped || i+1 >= to || !dateDropped(&doc.Blocks[i+1]) {
		return false
	}
	return ph.Word("follow", n.Text) || dropReason(n) == shareReason || n.Words() == 1 && headerDropped(n) && (capitalWord(n.Text) || isHandle(n.Text))
}

// boxedValue reports whether the block at i is a value in a box of facts
// printed a line each, its label over it and the label of the fact above
// over that ("Pays" / "France, Belgique" / "Distributeur" / "Contrevent
// Distribution" / "Sortie" / "14 février 2024"): a film's distributor is no
// writer, though a date stands under it.
func boxedValue(ph *lang.Phrases, doc *document.Document, i int) bool {
	// A byline's lead on its line over the name ("By") is no label.
	label := func(j int) bool {
		if j < 0 {
			return false
		}
		b := &doc.Blocks[j]
		return b.Kind == document.Paragraph && b.Words() == 1 && startsUpper(b.Text) && !ph.Word("byline", b.Text)
	}
	return label(i-1) && label(i-3)
}

// pastOwnCopies returns the first block from j on that is no copy of the
// block at i the dedupe filter dropped: a name printed twice, a link's
// text and its title ("Harriet Calloway" / "Harriet Calloway").
func pastOwnCopies(doc *document.Document, i, j int) int {
	for j < len(doc.Blocks) && droppedBy(&doc.Blocks[j], dedupeName) != "" && doc.Blocks[j].Fold() == doc.Blocks[i].Fold() {
		j++
	}
	return j
}

// underIsDate reports whether the line under the name at i, past its
// copies, is a date (see overDate).
func underIsDate(ph *lang.Phrases, doc *document.Document, i int) bool {
	n := pastOwnCopies(doc, i, i+1)
	return n < len(doc.Blocks) && overDate(ph, doc, n, len(doc.Blocks))
}

// datedFirst reports whether s starts with a date before its first dot
// or bar, or with a date of a few words (see startsWithDate).
func datedFirst(ph *lang.Phrases, s string) bool {
	if head, _, ok := cutRow(s); ok && (isDate(ph, head) || isTimestamp(ph, head)) {
		return true
	}
	return startsWithDate(ph, s)
}

// cutRow cuts s, a row of a header's facts, at its first dot or bar
// between spaces ("dpa/red · 10.07.2025 …", "06/12/2024 08:15 | …"): the
// first part, and the rest from the mark on.
func cutRow(s string) (head, rest string, ok bool) {
	k := strings.Index(s, " · ")
	if j := strings.Index(s, " | "); j >= 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 {
		return "", "", false
	}
	return s[:k], s[k:], true
}

// headerDropped reports whether b went with the page's header: the
// content filter cut it, or the boilerplate filter dropped it with a run
// of short lines ("Marta Gómez" / "Valladolid" / the date / "Comenta").
func headerDropped(b *document.Block) bool {
	return b.Dropped && (droppedBy(b, contentName) != "" || dropReason(b) == shortRunReason)
}

// addAuthors adds the names to doc.Meta.Authors that are not there yet. A
// name printed twice in a row ("Sean Martin Sean Martin": a link's text
// and its title; "Marta IglesiasMarta Iglesias", glued) is the name once,
// and a role or desk a converter glued to the name goes (see unglue). A
// name that ends in an outlet's word
// ("By Jerusalem Post", "European Space Agency") is no author, though its
// line is a byline all the same.
func addAuthors(ph *lang.Phrases, doc *document.Document, names []string) {
	for _, a := range names {
		if ph.Word("outlet", a[strings.LastIndexByte(a, ' ')+1:]) || crumbRoot(doc, a) {
			continue
		}
		if w := strings.Fields(a); len(w)%2 == 0 && slices.Equal(w[:len(w)/2], w[len(w)/2:]) {
			a = strings.Join(w[:len(w)/2], " ")
		} else if n := len(a) / 2; len(a)%2 == 0 && a[:n] == a[n:] {
			// Glued to its copy ("Marta IglesiasMarta Iglesias": a
			// picture's alt text and the link's text).
			a = a[:n]
		}
		a = unglue(a)
		if allCaps(a) {
			a = nameCase(ph, doc.Lang, a)
		}
		a = printedName(ph, doc, a)
		if !slices.ContainsFunc(doc.Meta.Authors, func(o string) bool { return textfix.Fold(o) == textfix.Fold(a) }) {
			doc.Meta.Authors = append(doc.Meta.Authors, a)
		}
	}
}

// crumbRoot reports whether the page's breadcrumb starts with name: the
// site's name, which a byline may print after the writer's ("Por Juliana
// Matos Ribeiro, Portal Horizonte — …" under "Portal Horizonte > Saúde >
// Dengue"), shaped like a second writer's. The crumb is one the
// boilerplate filter dropped: a byline may join its names with a slash
// ("Lucía Arráez / Daniel Sotomayor").
func crumbRoot(doc *document.Document, name string) bool {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if !b.Dropped || !strings.HasPrefix(b.Text, name) || droppedBy(b, boilerplateName) == "" {
			continue
		}
		rest, ok := strings.CutPrefix(b.Text[len(name):], " ")
		if !ok {
			continue
		}
		for _, sep := range crumbSeparators {
			if mark := strings.TrimSpace(sep); rest == mark || strings.HasPrefix(rest, mark+" ") {
				return true
			}
		}
	}
	return false
}

// minPrintedNameWords: a name that printedName takes as the writer's has
// this many words at least.
const minPrintedNameWords = 2

// printedName returns the longest start of a byline's name a, of
// minPrintedNameWords words or more and fewer than a's, that the page prints
// as a line of its own (the writer's box: "Lucía Ferrándiz Olmo"), or
// starts the writer's biography with ("Nacho Berrocal es redactor de …"),
// or a: the byline ran the place it was filed from into the name, no bar
// or comma between ("Por Lucía Ferrándiz Olmo Castromar 11/10/2025").
func printedName(ph *lang.Phrases, doc *document.Document, a string) string {
	n := strings.Count(a, " ") + 1
	if n <= minPrintedNameWords {
		return a
	}
	best := a
	longer := func(t string) bool {
		return len(t) < len(a) && (best == a || len(t) > len(best)) && strings.Count(t, " ")+1 >= minPrintedNameWords && startsWithWords(a, t)
	}
	for i := range doc.Blocks {
		t := doc.Blocks[i].Text
		if longer(t) {
			best = t
		} else if name, rest := leadingName(t); name != "" && longer(name) && saysJob(ph, rest) {
			best = name
		}
	}
	return best
}

// nameCase writes a name a site printed in capitals as names are written
// ("LISA MASCARO" -> "Lisa Mascaro"), in the document's language's rules:
// a particle inside it in small letters ("Anna von Beispiel") and a
// capital after an apostrophe that follows one letter ("O'Brien",
// "D'Alessio").
func nameCase(ph *lang.Phrases, tag, name string) string {
	words := strings.Fields(cases.Title(language.Make(tag)).String(name))
	for k, w := range words {
		if k > 0 && k < len(words)-1 && ph.Word("name particle", w) {
			words[k] = strings.ToLower(w)
			continue
		}
		r := []rune(w)
		if len(r) > 2 && (r[1] == '\'' || r[1] == '’') {
			r[2] = unicode.ToUpper(r[2])
			words[k] = string(r)
		}
	}
	return strings.Join(words, " ")
}

// minGluedHead: the part of a name's last word before a capital glued to
// it is this many letters at least ("Meg JamesStaff", "Michael
// HiltzikBusiness"); names with a capital inside start shorter ("McDonald",
// "LaMotte", "MacArthur").
const minGluedHead = 4

// unglue cuts from a name's last word what a converter glued to it: the
// role or desk of the next element, from the first capital that follows
// minGluedHead lower-case letters.
func unglue(name string) string {
	last := strings.LastIndexByte(name, ' ') + 1
	lower := 0
	for i, r := range name[last:] {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r) && lower >= minGluedHead:
			return name[:last+i]
		default:
			lower = 0
		}
	}
	return name
}

// nearDate reports whether the few lines dropped right before or after
// the block at i include a date: the header's byline and date stand
// together.
//
// The byline's second line ("Transport correspondent") may stand between
// the name and the date.
func nearDate(ph *lang.Phrases, doc *document.Document, i int) bool {
	for _, step := range []int{-1, 1} {
		j := i + step
		if step > 0 && j < len(doc.Blocks) && continuesByline(ph, &doc.Blocks[j]) {
			j++
		}
		for n := 0; j >= 0 && j < len(doc.Blocks) && doc.Blocks[j].Dropped && n < dateWindow; j, n = j+step, n+1 {
			if t := doc.Blocks[j].Text; isTimestamp(ph, t) || isDateline(ph, t) || startsWithDate(ph, t) {
				return true
			}
		}
	}
	return false
}

// placeDated reports whether s is the line of where a story was filed
// from and when, the place before a dot or a bar ("Torrebaja del Río ·
// Actualizado: 10/08/2024 - 21:37h · Publicado: …"), as a regional
// paper prints it under its writers' names.
func placeDated(ph *lang.Phrases, s string) bool {
	head, rest, ok := cutRow(s)
	return ok && startsUpper(head) && !strings.ContainsFunc(head, unicode.IsDigit) &&
		len(strings.Fields(head)) <= maxPlaceWords && datedFirst(ph, strings.TrimLeft(rest, " ·|"))
}

// placeUnder returns the block right under the names at i, with no blank
// line between, if it is a placeDated line, or -1: the bare names' date.
// A second writer's link on its own line, which the structure filter
// joined to the first's, and a name's copy stand between.
func placeUnder(ph *lang.Phrases, doc *document.Document, i int) int {
	j := i + 1
	for j < len(doc.Blocks) && (droppedBy(&doc.Blocks[j], structureName) != "" || droppedBy(&doc.Blocks[j], dedupeName) != "") {
		j++
	}
	if j < len(doc.Blocks) && !doc.Blocks[j].Gap && placeDated(ph, doc.Blocks[j].Text) {
		return j
	}
	return -1
}

// wrapsRowByline reports whether the block at i is the end of the line
// above it, a byline with its lead and a dot or a bar after the names,
// that a converter wrapped ("Von Svenja Hallbrink · Fachlich geprüft von
// Dr. med." / "Arne Vosskuhl, Schlafmediziner"): the name belongs to what
// follows the mark, a reviewer's, no writer's.
func wrapsRowByline(ph *lang.Phrases, doc *document.Document, i int) bool {
	above := lineAbove(doc, i)
	return above != nil && (strings.Contains(above.Text, " · ") || strings.Contains(above.Text, " | ")) && ledByline(ph, above)
}

// lineAbove returns the paragraph or byline right above the block at i,
// with no blank line between, or nil: the line a converter wrapped the
// block's text from, or printed it under as one element's.
func lineAbove(doc *document.Document, i int) *document.Block {
	if i == 0 || doc.Blocks[i].Gap {
		return nil
	}
	if a := &doc.Blocks[i-1]; a.Kind == document.Paragraph || a.Kind == document.Byline {
		return a
	}
	return nil
}

// placeUnderNames reports whether the block at i is a placeDated line
// right under a bare byline's names, with no blank line between
// ("Lucía Barrientos y Andrés Molfino" / "Torrebaja del Río ·
// Actualizado: …"): its place, whose particle makes it look like a
// name, is no writer.
func placeUnderNames(ph *lang.Phrases, doc *document.Document, i int) bool {
	above := lineAbove(doc, i)
	if above == nil || above.Words() > maxBylineWords || !placeDated(ph, doc.Blocks[i].Text) {
		return false
	}
	by, ok := parseByline(ph, above.Text)
	return ok && !by.dated && len(by.authors) > 0
}

// captionLike reports whether the block at i is a caption, or a paragraph
// that the credits filter will make one: it ends in a photo credit, or a
// credit line follows it.
func captionLike(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if b.Kind == document.Caption {
		return true
	}
	if b.Kind != document.Paragraph || b.Words() > maxCaptionWords {
		return false
	}
	if j := doc.NextLive(i); j >= 0 && doc.Blocks[j].Kind == document.Paragraph && blockCredit(ph, &doc.Blocks[j]) == photoCredit {
		return true
	}
	_, _, ok := inlineCredit(ph, b)
	return ok
}

// captionBefore reports whether the live block before i is a caption, a
// photo credit or a paragraph that ends in one. Bylines are found before
// the credits are placed, so the caption may not be marked yet.
func captionBefore(ph *lang.Phrases, doc *document.Document, i int) bool {
	j := doc.PrevLive(i)
	if j < 0 {
		return false
	}
	p := &doc.Blocks[j]
	if p.Kind == document.Caption && (p.Credit != "" || p.Words() >= minCaptionWords) || isCreditLine(ph, p) {
		return true
	}
	_, _, ok := inlineCredit(ph, p)
	return ok
}

// creditFollows reports whether a photo credit follows the block at i and
// would make it a caption: a name over a credit is a portrait's caption.
func creditFollows(ph *lang.Phrases, doc *document.Document, i int) bool {
	j := doc.NextLive(i)
	if j < 0 || !isCreditLine(ph, &doc.Blocks[j]) {
		return false
	}
	k := doc.NextLive(j)
	return k < 0 || doc.Blocks[k].Kind != document.Caption
}

// continuesByline reports whether b, the block right after a byline, is
// its second line: a short line of the outlet and the place, the role or
// where the story was reported from ("BBC News, Leeds", "Political
// correspondent", "Reporting from Chicago"), not a sentence.
func continuesByline(ph *lang.Phrases, b *document.Block) bool {
	if b.Dropped || b.Kind != document.Paragraph || b.Gap || b.Words() > maxContinuationWords && !roleLine(ph, b) ||
		endsSentence(b.Text) || !startsUpper(b.Text) || strings.ContainsFunc(b.Text, unicode.IsDigit) ||
		isCreditLine(ph, b) {
		return false
	}
	// A line of capitalised words that ends in a role goes on from the
	// name over it, though its other words are shaped like a name ("Tom
	// Walsh" over "Local Democracy Reporter"); with a comma, the line
	// has a name of its own ("Eric Song, IGN Staff").
	words := strings.Fields(b.Text)
	if by, isByline := parseByline(ph, b.Text); isByline && (by.lead || strings.Contains(b.Text, ",") || !isRole(ph, words[len(words)-1])) {
		return false
	}
	return strings.Contains(b.Text, ",") || slices.ContainsFunc(strings.Fields(b.Text), func(w string) bool {
		return isRole(ph, w) || ph.Word("byline place", w)
	})
}

// maxRoleLineWords bounds a line that starts with the writer's role and
// says where the writer works ("Catedrática de Economía Aplicada en la
// Universidad de Valdeluz").
const maxRoleLineWords = 12

// roleShaped reports whether b's words name a writer's role: a short line
// with a role word among them ("Transport correspondent"), or a longer one
// that starts with one (see roleLine).
func roleShaped(ph *lang.Phrases, b *document.Block) bool {
	if b.Words() <= maxContinuationWords {
		return hasRole(ph, b.Text)
	}
	return roleLine(ph, b)
}

// roleWords reports whether b is a writer's role on its own line, as a
// header prints it under the name: capitalised, without a date's digits.
func roleWords(ph *lang.Phrases, b *document.Block) bool {
	return b.Kind == document.Paragraph && startsUpper(b.Text) && !b.HasDigit() && roleShaped(ph, b)
}

// roleLine reports whether b, a line of up to maxRoleLineWords words,
// starts with a role word.
func roleLine(ph *lang.Phrases, b *document.Block) bool {
	first, _, _ := strings.Cut(b.Text, " ")
	return b.Words() <= maxRoleLineWords && startsUpper(first) && isRole(ph, first)
}

// hasRole reports whether a word of s is a role word (see isRole).
func hasRole(ph *lang.Phrases, s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return isRole(ph, w) })
}

// minCompoundRole: a role word this long may end a compound
// ("Politikredakteur", "Wirtschaftskorrespondentin").
const minCompoundRole = 6

// isRole reports whether w is a role word of the byline, or a compound
// that ends in one.
func isRole(ph *lang.Phrases, w string) bool {
	roles := ph.Words("byline role")
	return roles.Has(w) || roles.HasEnd(w, minCompoundRole, 1)
}

// maxOutletWords bounds the outlet's name printed above a byline.
const maxOutletWords = 2

// outletLine reports whether b, right above a byline, is the outlet's name
// printed over the author's ("Ouest-France" / "Marie Exemple"): a word or
// two, each capitalised.
func outletLine(b *document.Block) bool {
	if b.Dropped || b.Kind != document.Paragraph || b.Words() > maxOutletWords {
		return false
	}
	for _, w := range strings.Fields(b.Text) {
		if !nameWord(w) {
			return false
		}
	}
	return true
}

// dropAuthorBoxes drops the author's short biography printed after the
// article ("Jane Doe covers housing for the Metro desk."): a paragraph at
// the end, with no body paragraph after it, that starts with the name of
// one of the authors (see authorBio).
func dropAuthorBoxes(ph *lang.Phrases, doc *document.Document) {
	dropAboutBox(ph, doc)
	for i := len(doc.Blocks) - 1; i >= 0; i-- {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph {
			continue
		}
		if authorBio(ph, doc, i) {
			b.Drop(creditsName, "author box")
			// The name alone over the biography, under the writer's
			// picture, goes with it.
			if j := doc.PrevLive(i); j >= 0 && isAuthorName(doc, &doc.Blocks[j]) {
				doc.Blocks[j].Drop(creditsName, "author box")
				i = j
			}
			continue
		}
		if j := namedBio(doc, i); j >= 0 {
			b.Drop(creditsName, "author box")
			doc.Blocks[j].Drop(creditsName, "author box")
			i = j
			continue
		}
		if unnamedBio(doc, i) {
			b.Drop(creditsName, "author box")
			if n := &doc.Blocks[i-1]; !n.Dropped {
				n.Drop(creditsName, "author box")
			}
			i--
			continue
		}
		if isBody(b) {
			return
		}
	}
}

// maxNameLineWords bounds the words of a line that credits a person
// without a byline the credits filter keeps: "By Eric Song, IGN Staff"
// above the article, which the content filter dropped, or the name alone
// under the author's picture.
const maxNameLineWords = 6

// authorBio reports whether the paragraph at i starts with the name of an
// author and goes on in lower case, after the author's address in
// parentheses if there is one ("Jeff Foust (jeff@example.com) is the
// editor"). The author is one of doc.Meta.Authors, or a person the page
// names on a short line of its own, where the paragraph's first sentence
// gives the person's job ("Louise Matsakis is a Staff Writer at WIRED"):
// without the job, the name on a short line may be a topic's tag, and the
// paragraph the article's last about that person.
func authorBio(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if slices.ContainsFunc(doc.Meta.Authors, func(a string) bool { return startsWithName(b.Text, a) }) {
		return true
	}
	name, rest := leadingName(b.Text)
	if name == "" {
		return false
	}
	if !saysJob(ph, rest) {
		return false
	}
	for j := range doc.Blocks {
		if j != i && doc.Blocks[j].Words() <= maxNameLineWords && strings.Contains(doc.Blocks[j].Text, name) {
			return true
		}
	}
	return false
}

// namedJob reports whether s, a biography, starts with name and says the
// job in its first sentence.
func namedJob(ph *lang.Phrases, s, name string) bool {
	return startsWithName(s, name) && saysJob(ph, s[len(name)+1:])
}

// roleLed reports whether s, a biography without the name, starts with
// the writer's job ("Escritora y profesora de Filosofía en …").
func roleLed(ph *lang.Phrases, s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return isRole(ph, strings.TrimFunc(first, textfix.IsEdge))
}

// saysJob reports whether the first sentence of rest, a biography's after
// the name, names a job ("… es redactor de la sección de fútbol").
func saysJob(ph *lang.Phrases, rest string) bool {
	first, _, _ := strings.Cut(rest, ". ")
	return slices.ContainsFunc(strings.Fields(first), func(w string) bool {
		return isRole(ph, strings.TrimFunc(w, textfix.IsEdge))
	})
}

// isAuthorName reports whether b is a paragraph or a heading that is one
// of doc.Meta.Authors and nothing else, in any case.
func isAuthorName(doc *document.Document, b *document.Block) bool {
	if b.Kind != document.Paragraph && b.Kind != document.Heading {
		return false
	}
	return slices.ContainsFunc(doc.Meta.Authors, func(a string) bool { return textfix.Fold(a) == b.Fold() })
}

// namedBio returns the index of the line right above the paragraph at i
// where that line is an author's name alone and the paragraph starts with
// the author's surname and goes on in lower case: AP's box under the
// article ("CHRISTOPHER WEBER" / "Weber covers breaking news …"); or -1.
// The name line must match an author's name in full: a surname alone
// starts many a paragraph about someone else.
func namedBio(doc *document.Document, i int) int {
	j := i - 1
	for j >= 0 && doc.Blocks[j].Dropped {
		j--
	}
	if j < 0 || doc.Blocks[j].Kind != document.Paragraph && doc.Blocks[j].Kind != document.Heading {
		return -1
	}
	line := doc.Blocks[j].Fold()
	for _, a := range doc.Meta.Authors {
		surname := a[strings.LastIndexByte(a, ' ')+1:]
		if surname != a && textfix.Fold(a) == line && startsWithName(doc.Blocks[i].Text, surname) {
			return j
		}
	}
	return -1
}

// unnamedBio reports whether the paragraph at i is a writer's biography
// that does not repeat the name over it: the line right above is one of
// doc.Meta.Authors alone, kept or dropped as a short line ("Chiara
// Benvenuti" / "Giornalista della redazione Economia dal 2014, si occupa
// di …", "Giulia Santambrogio" / "Segue il tennis per ReteSport24 dal
// 2015: …"). dropAuthorBoxes asks only the paragraphs after the article's
// last: within the article, a writer's name alone heads nothing.
func unnamedBio(doc *document.Document, i int) bool {
	return i > 0 && isAuthorName(doc, &doc.Blocks[i-1])
}

// startsWithName reports whether s is name followed by lower case, or by
// a parenthesis and then lower case.
func startsWithName(s, name string) bool {
	rest, ok := strings.CutPrefix(s, name+" ")
	return ok && lowerAfterName(rest) != ""
}

// leadingName returns the name of minNameWords to maxBareNameWords
// capitalised words that s starts with, and the text after it, where
// startsWithName holds; or "".
func leadingName(s string) (name, rest string) {
	// Word by word from the start: the paragraph may be long.
	end := 0
	for n := 1; n <= maxBareNameWords; n++ {
		sp := strings.IndexByte(s[end:], ' ')
		if sp < 0 || !nameWord(s[end:end+sp]) {
			return "", ""
		}
		end += sp
		if n >= minNameWords {
			if rest := lowerAfterName(s[end+1:]); rest != "" {
				return s[:end], rest
			}
		}
		end++
	}
	return "", ""
}

// maxAddressWords bounds the words in parentheses after an author's name.
const maxAddressWords = 3

// lowerAfterName returns rest, the text after a name, from its first word
// where that is in lower case, right after the name or after a
// parenthesis of a few words; or "".
func lowerAfterName(rest string) string {
	if strings.HasPrefix(rest, "(") {
		end := strings.IndexByte(rest, ')')
		if end < 0 || len(strings.Fields(rest[:end])) > maxAddressWords {
			return ""
		}
		rest = strings.TrimLeft(rest[end+1:], " ")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) {
		return ""
	}
	return rest
}

// maxBioBlocks bounds the paragraphs of an author's biography.
const maxBioBlocks = 2

// dropAboutBox drops an author's box at the end of the article, headed
// with the packs' [words: about] and the author's name ("Über Moritz
// Beispiel", "Sobre Carlos Exemplo"), where no byline named the author:
// the heading and the one or two blocks under it, up to the end, the
// first of which names the author again by the surname ("Als Sales
// Manager bildet Moritz Beispiel …", or the name alone over the
// biography) or is told in the first person ("Soy navarra, …"). A
// company's box ("About Ferrylink") is the press release's own text and
// stays: a name of one word is no person's, and one whose text gives it
// a company's legal form ("Harbour Ferries Ltd runs …") is a company's.
func dropAboutBox(ph *lang.Phrases, doc *document.Document) {
	var bio []int
	for i := len(doc.Blocks) - 1; i >= 0; i-- {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if len(bio) > 0 {
			if name := aboutName(ph, b); name != "" {
				// The heading may be in capitals where the text is not
				// (html-to-text's "ÜBER MORITZ BEISPIEL").
				surname := textfix.Fold(name[strings.LastIndexByte(name, ' ')+1:])
				first := &doc.Blocks[bio[len(bio)-1]]
				if (strings.Contains(first.Fold(), surname) || firstPerson(ph, first.Text)) && !companyNamed(ph, first.Text, name) {
					b.Drop(creditsName, "author box")
					for _, j := range bio {
						doc.Blocks[j].Drop(creditsName, "author box")
					}
					// The writer's name over the box, under the
					// picture, goes with it.
					if j := doc.PrevLive(i); j >= 0 && isAuthorName(doc, &doc.Blocks[j]) {
						doc.Blocks[j].Drop(creditsName, "author box")
					}
				}
				return
			}
		}
		// A box may print the name again as its own heading, over the
		// biography.
		if b.Kind != document.Paragraph && b.Kind != document.Heading || len(bio) == maxBioBlocks {
			return
		}
		bio = append(bio, i)
	}
}

// firstPerson reports whether s starts with a word of the packs' [words:
// first person]: a biography its writer tells ("Soy navarra, maestra …").
//
// A greeting of one word may come first ("Hi! I'm Tessa, …", "Hola, soy
// …").
func firstPerson(ph *lang.Phrases, s string) bool {
	w, rest, _ := strings.Cut(s, " ")
	if strings.HasSuffix(w, "!") || strings.HasSuffix(w, ",") {
		w, _, _ = strings.Cut(rest, " ")
	}
	return ph.Word("first person", strings.TrimFunc(w, textfix.IsEdge))
}

// companyNamed reports whether s names name with a company's legal form
// after it ("Die Hallberg Pumpentechnik GmbH mit Sitz in Esslingen …"
// under "Über Hallberg Pumpentechnik").
func companyNamed(ph *lang.Phrases, s, name string) bool {
	for rest := s; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		rest = rest[i+len(name):]
		// "Northwake Robotics, Inc. builds …": a comma may come first.
		next, _, _ := strings.Cut(strings.TrimLeft(rest, " ,"), " ")
		if ph.Word("company form", strings.TrimRight(next, ",;:")) {
			return true
		}
	}
}

// aboutName returns the person's name of b, a heading or a short line
// that is one of the packs' [words: about] and a name of minNameWords to
// maxBareNameWords capitalised words, or "".
func aboutName(ph *lang.Phrases, b *document.Block) string {
	if b.Kind != document.Heading && b.Kind != document.Paragraph || endsSentence(b.Text) {
		return ""
	}
	toks := strings.Fields(b.Text)
	n := leadLength(ph, "about", toks)
	name := toks[n:]
	if n == 0 || len(name) < minNameWords || len(name) > maxBareNameWords {
		return ""
	}
	for _, w := range name {
		if !nameWord(w) {
			return ""
		}
	}
	return strings.Join(name, " ")
}

// secondLead returns where a lead of two words or more starts in toks,
// what follows a byline's first lead, after its names: the writer's post
// ("di Matteo Gavazzeni dal nostro inviato a Marzano"), which a comma may
// not part from the names, and which ends them; or -1.
func secondLead(ph *lang.Phrases, toks []string) int {
	words := ph.Words("byline")
	for k := minNameWords; k < len(toks); k++ {
		if !words.Starts(toks[k]) {
			continue
		}
		for n := min(maxLeadWords, len(toks)-k); n >= 2; n-- {
			if words.Has(strings.Join(toks[k:k+n], " ")) {
				return k
			}
		}
	}
	return -1
}

// leadLength returns how many of the first words of toks, at most
// maxLeadWords and not all of them, make a lead of the packs' word set
// ("Von", "Ein Kommentar von", "À propos de"): the longest such lead, or 0.
func leadLength(ph *lang.Phrases, set string, toks []string) int {
	words := ph.Words(set)
	if len(toks) < 2 || !words.Starts(toks[0]) {
		return 0
	}
	for n := min(maxLeadWords, len(toks)-1); n >= 1; n-- {
		if words.Has(strings.Join(toks[:n], " ")) {
			return n
		}
	}
	return 0
}
