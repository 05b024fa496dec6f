package filter

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        headingsName,
		Description: "make short unpunctuated lines between body paragraphs subheadings",
		Rank:        70,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return headingFinder{book}, nil
		},
	})
}

const headingsName = "headings"

// headingFinder finds the subheadings at its rank and again as the
// pipeline settles: a line the settling drops (dedupe's second copy of a
// byline) may have stood between a subheading and its body text, and a
// second run, which never sees that line, finds the heading.
type headingFinder struct{ book *lang.Phrasebook }

func (h headingFinder) Apply(doc *document.Document) error {
	err := findHeadings(h.book.Index(), doc)
	doc.Meta.HeadingNotes = doc.Notes()
	return err
}

// Settle looks again only where the settling dropped or changed a block
// since the last look: most documents settle without one.
func (h headingFinder) Settle(doc *document.Document) error {
	if doc.Notes() == doc.Meta.HeadingNotes {
		return nil
	}
	return h.Apply(doc)
}

// Subheadings are found late, after the boilerplate and content filters,
// because "followed by a body paragraph" must be judged on the blocks that
// are kept: judged earlier, a widget line between a subheading and its text
// would hide the heading on the first run and reveal it on the second, and
// unscrape would not be idempotent.

const (
	maxHeadingRunes = 100
	maxHeadingWords = 14
	// minBodyWords: a block this long that ends like a sentence is body text.
	minBodyWords = 12
)

// findHeadings makes the heading-shaped paragraphs between body text
// subheadings. A byline with its lead ("By Jane Doe", printed over each
// entry of a live blog) is not a section's title.
func findHeadings(ph *lang.Phrases, doc *document.Document) error {
	// Subheadings divide body text: before the first body paragraph
	// after the teaser, a short line is a byline or a caption, not a
	// section. A blog's introduction is no teaser (see isIntro).
	seenBody := false
	numbered := numberedSections(doc)
	stamps := entryStamps(doc)
	bylineEntries(ph, doc, stamps)
	// The entries' text takes its time first: with it, a short entry
	// is as long as the next run reads it, and the line above it is
	// judged a heading over it as then.
	stampEntries(doc, stamps)
	// A turn of a transcript heads nothing, however short: a speaker
	// with minTurns or more ("HOST: So what did you do?"). One label in
	// capitals is as likely a heading's ("NASA: The station is open").
	// Counted only where a short line has a speaker: most texts have
	// none.
	var turns map[string]int
	isTurn := func(s string) bool {
		name := speakerOf(s)
		if name == "" {
			return false
		}
		if turns == nil {
			turns = speakers(doc)
		}
		return turns[name] >= minTurns || turns[name[:1]] >= minTurns && len(name) > 1 && strings.HasSuffix(s[:len(name)+1], ".")
	}
	// In a changelog, every label under a version heads a part of the
	// release ("Added", "Fixed"): a release note has nothing after its
	// last release, as a listicle has its conclusion.
	inRelease := false
	// underTitle is a label right under the title over body text
	// ("Liebe" over a horoscope's first part), early the labels over
	// body text further down but before the body is seen (under the
	// teaser, under a list of what a how-to needs): headings when the
	// labels of the parts after them are (see below).
	underTitle, labels := -1, 0
	var early []int
	// earlyQuestions are the questions over body text before the body
	// is seen, under the standfirst or the title: an explainer's or an
	// FAQ's first part ("What is happening?"), when the later parts are
	// questions too (see below).
	var earlyQuestions []int
	questions := 0
	var kinds map[string]bool // the kinds of those labels (see labelKind)
	gapped := lazyGapped(doc)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if isBody(b) && (!isTeaser(doc, i) || isIntro(b)) {
			seenBody = true
		}
		if doc.BrokenFrom(i) || inLinesList(doc, i) && gapped() {
			// A line after a break in a paragraph its writer broke
			// into lines (an event's date, place and price), or an
			// item of a list printed without bullets after the
			// first (see listLines), heads nothing; its first line
			// may (a bold name over the text).
			continue
		}
		if numbered[i] {
			// The sections have begun: the label right under one
			// heads a part of it ("2.4.0" over "Added").
			b.Kind, b.Level = document.Heading, 2
			seenBody = true
			inRelease = isVersion(b.Text)
			continue
		}
		// A live entry's time says the line under it heads the entry,
		// the first one too, right under the standfirst. A picture's
		// alt text printed twice on one line is the caption dedupe
		// makes of it as the pipeline settles.
		_, stamp := stamps[i]
		if !seenBody && b.Kind == document.Paragraph && question(b) && labelOverBody(doc, i) != notOverBody {
			earlyQuestions = append(earlyQuestions, i)
		}
		if !seenBody && b.Kind == document.Paragraph && sectionLabel(b.Text) && headingShaped(b.Text) {
			switch labelOverBody(doc, i) {
			case underTheTitle:
				if underTitle < 0 {
					underTitle = i
				}
			case further:
				early = append(early, i)
			}
		}
		if partLabel(ph, doc, i) {
			// "Ingredients" over the amounts, "Method" over the
			// steps: a recipe's parts, wherever they stand, the
			// first under the title too.
			b.Kind, b.Level = document.Heading, 2
			if t := strings.TrimSuffix(b.Text, ":"); t != b.Text {
				b.SetText(headingsName, "a part's label made a heading", t)
			}
			continue
		}
		if !seenBody && !stamp || b.Kind != document.Paragraph || !headingShaped(b.Text) || twice(b.Text) != "" || isTurn(b.Text) {
			continue
		}
		if by, ok := parseByline(ph, b.Text); ok && by.lead {
			continue
		}
		prev, next := doc.PrevLive(i), doc.NextLive(i)
		if prev < 0 || next < 0 {
			continue
		}
		p, n := &doc.Blocks[prev], &doc.Blocks[next]
		// Right under the title, a short line is a standfirst, not a
		// section. A heading needs body text after it, or a list that
		// follows body text (a "What I changed" over numbered steps; an
		// "Ingredients" over amounts, which listAmounts makes a list).
		// A label heads short sentences too, after body text or more
		// of them (a job offer's "Ihr Profil" between two lists of
		// sentences).
		// Under a numbered section's title, a heading heads a part of
		// the section.
		level := 2
		if numbered[prev] || inRelease {
			level = 3
		} else if p.Kind == document.Title || p.Kind == document.Heading {
			continue
		}
		listFollows := n.Kind == document.ListItem || n.Kind == document.TableRow || amountsFollow(ph, doc, next) || linesFollow(doc, next) ||
			captionedTable(doc, next)
		// Over a paragraph that leads into a list, a question may be
		// the text's own ("But growth does feel uncomfortable,
		// doesn't it?").
		if !isBody(n) && !((leadsList(doc, next) || leadsOn(n) && (isBody(p) || p.Kind == document.ListItem || inLinesList(doc, prev))) && !endsSentence(b.Text)) && !(listFollows && isBody(p)) && !(sectionLabel(b.Text) && proseFollows(doc, next) && (isBody(p) || proseBefore(doc, prev))) &&
			!(stamp && bodyAfterByline(doc, next)) {
			continue
		}
		// A name under a quotation printed on its own is its speaker's
		// (a pull quote's "Judge Alison Marchbank"), no section's.
		if quotation(p) && speakerLine(b.Text) {
			continue
		}
		b.Kind, b.Level = document.Heading, level
		if strings.HasSuffix(b.Text, "?") {
			questions++
		}
		if level == 2 && sectionLabel(b.Text) {
			labels++
			if kinds == nil {
				kinds = map[string]bool{}
			}
			kinds[labelKind(b.Text)] = true
		}
		if stamp {
			b.SetText(headingsName, "live entry's time joined to its heading", stamped(stamps[i], b.Text))
			dropListed(doc, i)
			entryByline(ph, doc, next)
		}
	}
	if questions >= minLabelledParts {
		for _, i := range earlyQuestions {
			doc.Blocks[i].Kind, doc.Blocks[i].Level = document.Heading, 2
		}
	}
	if labels < minLabelledParts {
		return nil
	}
	// A short line under the title may be a standfirst of its own ("Ein
	// Kommentar"); over the first of parts that all have a label, it is
	// the first part's.
	if underTitle >= 0 {
		doc.Blocks[underTitle].Kind, doc.Blocks[underTitle].Level = document.Heading, 2
	}
	// Further down, only a label of the same kind as theirs ("Tag 1:
	// Alfama" over "Tag 2: Belém") heads a part: a caption stands there
	// too.
	for _, i := range early {
		if kinds[labelKind(doc.Blocks[i].Text)] {
			doc.Blocks[i].Kind, doc.Blocks[i].Level = document.Heading, 2
		}
	}
	return nil
}

// quotation reports whether b is a paragraph that is a quotation and
// nothing else, in double quotation marks, as a pull quote prints it.
func quotation(b *document.Block) bool {
	if b.Kind != document.Paragraph {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b.Text)
	last, _ := utf8.DecodeLastRuneInString(b.Text)
	if !textfix.IsDoubleQuote(first) || !textfix.IsDoubleQuote(last) {
		return false
	}
	// One quotation, not two with the speaker between ("“…,” Mahut
	// said. “…”").
	marks := 0
	for _, r := range b.Text {
		if textfix.IsDoubleQuote(r) {
			marks++
		}
	}
	return marks == 2
}

// maxSpeakerNameWords bounds the name a pull quote's speaker line starts
// with, before the comma and the speaker's role.
const maxSpeakerNameWords = 4

// speakerLine reports whether s names a person, maybe with a role after a
// comma ("Judge Alison Marchbank", "Uwe Lindacher, Kreisbrandinspektor"):
// the part before the comma is two to maxSpeakerNameWords capitalised
// words, not all in capitals. A section's heading has small words ("Tipps
// für Autofahrer") or is in capitals ("ARGENTINA CRUISES").
func speakerLine(s string) bool {
	head, _, _ := strings.Cut(s, ",")
	n := 0
	for w := range strings.FieldsSeq(head) {
		if n++; n > maxSpeakerNameWords || !nameWord(w) {
			return false
		}
	}
	return n >= 2 && !strings.ContainsFunc(head, unicode.IsDigit) && !allCaps(head)
}

// partLabel reports whether the block at i is a label of the packs'
// [words: part label] ("Ingredients", "Zubereitung") or [words: list
// label] ("What you need"), alone on its line but for a colon, over a
// list or text.
func partLabel(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if b.Kind != document.Paragraph || len(b.Text) > maxPartLabelBytes || b.Words() > maxPartLabelWords {
		return false
	}
	if t := strings.TrimSuffix(b.Text, ":"); !ph.Word("part label", t) && !ph.Word("list label", t) {
		return false
	}
	next := doc.NextLive(i)
	if next < 0 || doc.PrevLive(i) < 0 {
		return false
	}
	n := &doc.Blocks[next]
	return n.Kind == document.ListItem || n.Kind == document.Paragraph && (endsSentence(n.Text) || amountsFollow(ph, doc, next) || linesFollow(doc, next))
}

// maxPartLabelWords bounds a part's label: "Für den Teig"; most lines
// are longer than maxPartLabelBytes, told without counting their words.
const (
	maxPartLabelWords = 4
	maxPartLabelBytes = 40
)

// Where a label over body text stands (see labelOverBody).
const (
	notOverBody = iota
	underTheTitle
	further
)

// labelOverBody tells whether the block at i stands over body text, and
// if so, right under the title or further down.
func labelOverBody(doc *document.Document, i int) int {
	prev, next := doc.PrevLive(i), doc.NextLive(i)
	switch {
	case prev < 0 || next < 0 || !isBody(&doc.Blocks[next]):
		return notOverBody
	case doc.Blocks[prev].Kind == document.Title:
		return underTheTitle
	}
	return further
}

// labelKind returns what a part's label shares with the labels of its
// kind: a name before a colon ("Primo giorno: i Sassi", "Secondo giorno:
// il Parco"), whatever it says, or else its first word, folded ("Tag 1",
// "Tag 2").
func labelKind(s string) string {
	if name, _, ok := strings.Cut(s, ": "); ok && words(name) <= maxLabelNameWords {
		return ":"
	}
	w, _, _ := strings.Cut(textfix.Fold(s), " ")
	return w
}

// maxLabelNameWords bounds the name before a label's colon (see
// labelKind).
const maxLabelNameWords = 3

// minLabelledParts: so many labels of parts after the first say that the
// label over the first heads a part too.
const minLabelledParts = 2

// entryStamps returns, for each block of doc printed right under a time
// of day the boilerplate filter dropped as a timestamp ("18:42 Uhr" over
// "Feuerwehr meldet Hunderte Einsätze"), that time; nil where fewer than
// minEntryStamps blocks have one. A live blog prints its entries so, and
// the time is the entry's, not the page's: the heading keeps it.
func entryStamps(doc *document.Document) map[int]string {
	var stamps map[int]string
	for i := 1; i < len(doc.Blocks); i++ {
		b, t := &doc.Blocks[i], &doc.Blocks[i-1]
		if b.Dropped || b.Kind != document.Paragraph {
			continue
		}
		if !entryTime(doc, i) {
			continue
		}
		if stamps == nil {
			stamps = map[int]string{}
		}
		stamps[i] = t.Text
	}
	if len(stamps) < minEntryStamps {
		return nil
	}
	return stamps
}

// entryTime reports whether the block above the paragraph at i is a live
// entry's time the boilerplate filter dropped: a time of day ("18:42
// Uhr"), or a match's minute ("88'"). A bare time ("22:40") went as a
// player's duration, which it is too where a video's title follows; an
// entry's text, or its heading over text, says it is a time.
func entryTime(doc *document.Document, i int) bool {
	t := &doc.Blocks[i-1]
	switch dropReason(t) {
	case timestampReason:
		return isClockTime(t.Text)
	case symbolsReason:
		return isMatchMinute(t.Text)
	case durationReason:
		if hasLetter(t.Text) || !isClockTime(t.Text) {
			return false
		}
		if isBody(&doc.Blocks[i]) {
			return true
		}
		next := doc.NextLive(i)
		return next >= 0 && isBody(&doc.Blocks[next])
	}
	return false
}

// bylineEntries moves to the metadata the writer's name that a live
// entry without a heading prints under its time, over its text ("11:41
// GMT" / "Tom Fairbairn" / "Network Rail Scotland has just posted …"), and
// gives its time to the text: a name is no entry's heading.
func bylineEntries(ph *lang.Phrases, doc *document.Document, stamps map[int]string) {
	// In the page's order: the writers go to the metadata in it.
	for _, i := range slices.Sorted(maps.Keys(stamps)) {
		b, t := &doc.Blocks[i], stamps[i]
		next := doc.NextLive(i)
		if next < 0 || !isBody(&doc.Blocks[next]) {
			continue
		}
		if authors := writerName(ph, b); authors != nil {
			dropByline(ph, doc, b, authors)
			delete(stamps, i)
			stamps[next] = t
		}
	}
}

// writerName returns the writers of b where it is a writer's bare name
// and nothing else ("Tom Fairbairn"), as a live entry prints it under its
// time; else nil.
func writerName(ph *lang.Phrases, b *document.Block) []string {
	if b.Kind != document.Paragraph || b.Words() < minNameWords || b.Words() > maxBareNameWords || endsSentence(b.Text) {
		return nil
	}
	if by, ok := parseByline(ph, b.Text); ok {
		return by.authors
	}
	return nil
}

// stampEntries puts the time back on the live entries that are text, no
// heading, and end a sentence ("88'" over "Tor für Bayern! Musiala trifft …" in a match's
// ticker, "18:42 Uhr" over a paragraph of a live blog): without it, the
// entries of a ticker are paragraphs out of any order a reader can
// follow.
func stampEntries(doc *document.Document, stamps map[int]string) {
	for i, t := range stamps {
		// A sentence, as an entry's text is: a short line with a time
		// before it is a player's duration and its title ("18:42 –
		// Feuerwehr meldet …"), which the boilerplate filter drops.
		// The filters settle in rounds; the time goes on once.
		b := &doc.Blocks[i]
		if b.Kind == document.Paragraph && !b.Dropped && endsSentence(b.Text) && !strings.HasPrefix(b.Text, stamped(t, "")) {
			b.SetText(headingsName, "live entry's time joined to its text", stamped(t, b.Text))
		}
	}
}

// isMatchMinute reports whether s is a minute of a match's ticker: one to
// three digits and a prime or an apostrophe, the minutes of stoppage time
// after a plus ("88'", "90.+3'", "45+2'").
func isMatchMinute(s string) bool {
	mark, size := utf8.DecodeLastRuneInString(s)
	if mark != '\'' && mark != '’' && mark != '′' {
		return false
	}
	minute, extra, plus := strings.Cut(s[:len(s)-size], "+")
	minute = strings.TrimSuffix(minute, ".")
	if !allDigits(minute, 3) {
		return false
	}
	return !plus || allDigits(extra, 2)
}

// entryByline moves the byline of a live entry, at i under its heading,
// to the metadata: a bare name ("Anna Richards") and the line after it
// that continues it ("Reporting from Cardiff"), as the credits filter
// moves the article's. The entries' writers are the live blog's.
func entryByline(ph *lang.Phrases, doc *document.Document, i int) {
	b := &doc.Blocks[i]
	if isBody(b) {
		return
	}
	by, ok := parseByline(ph, b.Text)
	if !ok || len(by.authors) == 0 || !bodyAfterByline(doc, i) {
		return
	}
	next := doc.NextLive(i)
	dropByline(ph, doc, b, by.authors)
	if n := &doc.Blocks[next]; next == i+1 && continuesByline(ph, n) {
		dropByline(ph, doc, n, nil)
	}
}

// dropListed drops the live blocks that print the heading at i again: a
// live blog's list of its main entries with their times ("Key events",
// "10:42 GMT - Flood warnings extended to Wales"), which dedupe would keep
// as the first copy, dropping the heading.
func dropListed(doc *document.Document, i int) {
	key := doc.Blocks[i].Fold()
	for j := range doc.Blocks {
		if b := &doc.Blocks[j]; j != i && !b.Dropped && b.Fold() == key {
			b.Drop(headingsName, "live entry listed above its text")
		}
	}
}

// maxEntryBylineLines bounds the lines of a live entry's byline (see
// bodyAfterByline).
const maxEntryBylineLines = 2

// bodyAfterByline reports whether body text follows the block at i and
// at most maxEntryBylineLines short lines after it, none a sentence: a
// live entry's writer and where she writes from ("Anna Richards",
// "Reporting from Cardiff") between its heading and its text.
func bodyAfterByline(doc *document.Document, i int) bool {
	for n := 0; i >= 0 && n <= maxEntryBylineLines; n, i = n+1, doc.NextLive(i) {
		b := &doc.Blocks[i]
		if isBody(b) {
			return n > 0
		}
		if b.Kind != document.Paragraph || b.Words() > maxShortWords || endsSentence(b.Text) {
			return false
		}
	}
	return false
}

// stamped returns a live entry's heading with its time.
func stamped(time, heading string) string { return time + " – " + heading }

// minEntryStamps: a live blog has this many timed entries at least.
const minEntryStamps = 2

// isClockTime reports whether s, a timestamp, starts with a time of day
// ("18:42 Uhr", "6.42pm", "09:15"): the words after it are the timestamp
// words the boilerplate filter judged it by.
func isClockTime(s string) bool {
	d := 0
	for d < len(s) && d < 2 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d+3 > len(s) || s[d] != ':' && s[d] != '.' {
		return false
	}
	m := s[d+1:]
	if m[0] < '0' || m[0] > '9' || m[1] < '0' || m[1] > '9' {
		return false
	}
	rest := strings.TrimLeft(m[2:], " ")
	return rest == "" || textfix.IsLetter(rune(rest[0]))
}

// amountsFollow reports whether the block at i starts the list of
// amounts that listAmounts makes when the pipeline settles: the heading
// over it must be found before, and again once it is a list.
func amountsFollow(ph *lang.Phrases, doc *document.Document, i int) bool {
	_, ok := amountList(ph, doc, i)
	return ok
}

// numberedSections returns the blocks that are a listicle's numbered
// section titles ("1. Start small", then "2. Don't rush" further down) or
// a changelog's versions ("2.4.0", then "2.3.1"; see minReleases), or
// nil. A listicle's are paragraphs shaped like a heading after their
// number, two of them or more, numbered one after the other, each with
// text of its own under it. The parser left them paragraphs for that text between them; a
// table of contents has none.
func numberedSections(doc *document.Document) map[int]bool {
	var found map[int]bool // most texts have none
	var releases []int
	last, at := -1, -1
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph {
			continue
		}
		if isVersion(b.Text) {
			if next := doc.NextLive(i); next >= 0 && !isVersion(doc.Blocks[next].Text) {
				releases = append(releases, i)
			}
			continue
		}
		n, ok := sectionNumber(b.Text)
		if !ok {
			continue
		}
		if next := doc.NextLive(i); next < 0 {
			continue
		} else if _, ok := sectionNumber(doc.Blocks[next].Text); ok {
			continue // a table of contents
		}
		if at >= 0 && n == last+1 {
			if found == nil {
				found = map[int]bool{}
			}
			found[at], found[i] = true, true
		}
		last, at = n, i
	}
	if len(releases) >= minReleases {
		if found == nil {
			found = make(map[int]bool, len(releases))
		}
		for _, i := range releases {
			found[i] = true
		}
	}
	return found
}

// minReleases: a changelog's versions, this many or more, each over text
// of its own, are its sections' titles. One version alone may be a
// product's, printed in a box.
const minReleases = 2

// sectionNumber returns the number of a numbered section's title, "3. Get
// support for the scary stuff" or "3) …", and whether s is one.
func sectionNumber(s string) (int, bool) {
	d := 0
	for d < len(s) && d < 2 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d+2 > len(s) || s[d] != '.' && s[d] != ')' || s[d+1] != ' ' || !headingShaped(s[d+2:]) {
		return 0, false
	}
	n, _ := strconv.Atoi(s[:d])
	return n, true
}

// captionedTable reports whether the block at i is a table's caption, a
// short line on the line right over its first row, as a text browser
// prints it ("Scheda tecnica" / "Specifiche principali del Nova X5" / the
// table): the line over it heads the table. A line a blank line parts
// from the table may be the table's heading itself.
func captionedTable(doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if b.Kind != document.Paragraph || !headingShaped(b.Text) {
		return false
	}
	k := doc.NextLive(i)
	return k >= 0 && doc.Blocks[k].Kind == document.TableRow && doc.Blocks[k].Line == b.Line+1
}

// linesFollow reports whether the block at i starts the list printed
// without bullets that listLines makes when the pipeline settles.
func linesFollow(doc *document.Document, i int) bool {
	if _, ok := linesList(doc, i); !ok {
		return false
	}
	return gappedText(doc)
}

// maxSectionLabelWords bounds a section's label (see sectionLabel).
const maxSectionLabelWords = 8

// sectionLabel reports whether s, shaped like a heading, is a section's
// label: a few words that ask and exclaim nothing. Over lines that are short, a longer
// line is as likely a caption or a line of wrapped text, a question a
// sentence of the text's own.
func sectionLabel(s string) bool {
	return words(s) <= maxSectionLabelWords && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!")
}

// minTurns: a speaker has this many turns at least (see findHeadings).
const minTurns = 2

// maxSpeakerWords bounds a speaker's name before a turn (see speakerOf).
const maxSpeakerWords = 3

// speakers returns how many turns each speaker of a transcript or a play
// has (see speakerOf), or nil for a text with none.
func speakers(doc *document.Document) map[string]int {
	var n map[string]int
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && b.Kind == document.Paragraph {
			if name := speakerOf(b.Text); name != "" {
				if n == nil {
					n = map[string]int{}
				}
				n[name]++
			}
		}
	}
	return n
}

// speakerOf returns the speaker of s, a turn of a transcript or a play
// ("HOST: So what did you do?"): a name in capitals and a colon, with
// what the speaker says after it, not in capitals as a heading in
// capitals is ("THE BUILD STAGE: CREATE AN ASSET"). Else "".
func speakerOf(s string) string {
	if label, said, ok := strings.Cut(s, ". "); ok && said != "" && isTurnLabel(label) {
		return label
	}
	name, said, ok := strings.Cut(s, ": ")
	if !ok || words(name) > maxSpeakerWords || allCaps(said) {
		return ""
	}
	if len(name) == 1 && isTurnLabel(name) {
		// An interview's "Q: How do you …?", "A: It is slow work …".
		return name
	}
	letters := 0
	for _, r := range name {
		if textfix.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return ""
			}
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return name
}

// isTurnLabel reports whether label, before a full stop that starts a
// line, marks an interview's turn as a newspaper prints it: a capital
// letter ("P. ¿Y su madre qué dijo?", "R. Que …"; "Q." and "A."), or the
// word it stands for, spelled out on the first turn ("Pregunta."), which
// counts as a turn of its letter. An initial before a name ("J. Smith
// said …") is one letter too, but no line of a text starts with one
// over and over.
func isTurnLabel(label string) bool {
	r, n := utf8.DecodeRuneInString(label)
	if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
		return false
	}
	return n == len(label) || !strings.ContainsFunc(label[n:], func(r rune) bool { return !unicode.IsLower(r) })
}

// proseFollows reports whether the block at i and the one after it are
// body text together: two short sentences, or a sentence that ends in a
// colon over one. That is a list of sentences printed one a line ("Ihre
// Aufgaben" over "Sie entwickeln …", "Sie arbeiten …"), or a section whose
// first sentence introduces what follows ("Settings come from three
// places:"), where no one line is long enough to be a body paragraph.
func proseFollows(doc *document.Document, i int) bool {
	return shortProse(doc, i, doc.NextLive(i))
}

// proseBefore is proseFollows looking back from the block at i: the end of
// such a list, over the next section's heading ("Ihr Profil").
func proseBefore(doc *document.Document, i int) bool {
	return shortProse(doc, doc.PrevLive(i), i)
}

// shortProse reports whether the blocks at i and j, one after the other,
// are two sentences, the first maybe ending in a colon, with a body
// paragraph's words between them.
func shortProse(doc *document.Document, i, j int) bool {
	if i < 0 || j < 0 {
		return false
	}
	a, b := &doc.Blocks[i], &doc.Blocks[j]
	return a.Kind == document.Paragraph && b.Kind == document.Paragraph && startsUpper(a.Text) &&
		(endsSentence(a.Text) || strings.HasSuffix(a.Text, ":")) && endsSentence(b.Text) &&
		a.Words()+b.Words() >= minBodyWords
}

// isIntro reports whether b, the first block under the title, is the
// article's first paragraph rather than a standfirst: two sentences or
// more and twice a body paragraph's words ("For years my loaves came out
// flat. This spring I tried again …"). A blog has no standfirst, and its
// first section's heading follows its introduction.
func isIntro(b *document.Block) bool {
	return b.Words() >= 2*minBodyWords && hasInnerSentence(b.Text)
}

func headingShaped(s string) bool {
	if textfix.LongerThan(s, maxHeadingRunes) {
		return false
	}
	n := words(s)
	return n >= 1 && n <= maxHeadingWords && startsUpper(s) && !endsClause(s) && mostlyLetters(s)
}

// mostlyLetters: a heading is words. A line that is largely digits is a
// date, a score or a price ("Tue 14 Mar 2023 17.04 GMT").
func mostlyLetters(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case textfix.IsLetter(r):
			letters++
		case textfix.IsSpace(r):
		default:
			other++
		}
	}
	return letters >= 2*other
}

// leadsOn reports whether b is body text that leads into what comes under
// it: a paragraph of minBodyWords words or more that ends with a colon.
// Under body text or a list, a heading may head it where a code block,
// which the filters do not see, stands under it ("Step 1: Configure the
// publisher" / "…, and set the following parameters:").
func leadsOn(b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() >= minBodyWords && strings.HasSuffix(b.Text, ":")
}

// leadsList reports whether the block at i is body text that leads into
// the list or the table under it: a paragraph of minBodyWords words or
// more that ends with a colon ("…, you probably own most of this list:").
// A table's rows too few for one, and lines printed without bullets,
// become a list's items only as the pipeline settles, and a second run
// reads them as such.
func leadsList(doc *document.Document, i int) bool {
	if !leadsOn(&doc.Blocks[i]) {
		return false
	}
	n := doc.NextLive(i)
	return n >= 0 && (doc.Blocks[n].Kind == document.ListItem || doc.Blocks[n].Kind == document.TableRow || linesFollow(doc, n))
}

func isBody(b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() >= minBodyWords && endsSentence(b.Text)
}
