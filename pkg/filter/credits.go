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
		Name:        "credits",
		Description: "attach photo credits to their caption; move agency credits and bylines to the metadata",
		Rank:        60,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return &credits{book: book}, nil
		},
	})
}

const (
	creditsName = "credits"
	// maxCreditWords and maxCreditRunes bound a credit line: names and
	// agencies, never a sentence.
	maxCreditWords = 10
	maxCreditRunes = 100
	// maxAgencyCreditWords bounds the longest credit, a contributor line
	// ("Reporting by … in …; Editing by …").
	maxAgencyCreditWords = 30
	// maxCreditPartWords bounds one slash-separated part: a person's or an
	// agency's name.
	maxCreditPartWords = 4
	// maxInitials: author initials in an agency credit ("asc/dpa").
	maxInitials = 5
	// maxCreditedCaptionWords bounds a caption that ends in its credit: a
	// news agency's run to seventy words and more ("In this photo issued
	// by ITV, … (ITV via AP)").
	maxCreditedCaptionWords = 80
	// maxTeaserCaptionWords bounds a caption printed right under the teaser.
	maxTeaserCaptionWords = 40
)

// creditKind is what a line is as a credit.
type creditKind uint8

const (
	notCredit creditKind = iota
	photoCredit
	agencyCredit
	// anyCredit is a line of names and agencies ("NICOLAS TUCAT / AFP",
	// "© dpa") that is a photo credit under a caption and the article's
	// credit at its end.
	anyCredit
)

type credits struct {
	book *lang.Phrasebook
}

// Apply finds bylines, captions and credits. The header's bylines go to
// doc.Meta.Authors first, so that a name line is not taken for a caption.
// A short line printed right under the teaser is the caption of the lead
// image. A credit line goes to the caption above it (or below it, where
// the page prints the credit first); an agency or author credit goes to
// doc.Meta.Credits. A paragraph that ends in a photo credit is a caption
// with its credit. Last, an author's biography after the article goes.
func (f *credits) Apply(doc *document.Document) error {
	ph := f.book.Index()
	findBylines(ph, doc)
	markTeaserCaption(doc)
	placeCredits(ph, doc)
	dropAltTexts(doc)
	dropHeadingAlts(doc)
	// A credit line dropped above the teaser may have hidden a byline
	// under it, which a second run, without the credit, would find.
	findBylines(ph, doc)
	dropAuthorBoxes(ph, doc)
	// A credit moved out of the first line leaves the headline first.
	return titleIfNone(ph, doc)
}

// Settle finds the bylines under the title once more: a later filter may
// have made another line the title (content drops what stands above a
// page's headline, and boilerplate then takes the first line left), and a
// second run finds the byline under that title.
//
// It also places the credits among the lines whose text has changed since
// (placeCredits remembers the lines it has read): the quotes filter, which
// works while the pipeline settles, may have changed the words of a line
// ("« Â»" is two words, the "«\u202fÂ\u202f»" it writes one), and a line
// too long to be a credit may be one now, as the second run sees it.
func (f *credits) Settle(doc *document.Document) error {
	ph := f.book.Index()
	findBylines(ph, doc)
	placeCredits(ph, doc)
	return nil
}

// galleryReason is the phrase packs' reason for a gallery's buttons
// ("Enlarge image").
const galleryReason = "image gallery"

// dropAltTexts drops a picture's alt text that a text browser printed on
// the line right over its caption ("A dusty green Raleigh Sports bicycle
// with flat tyres leaning against a garden shed" over "The Raleigh as it
// came out of the shed, flat tyres and all. Photo: Tom Ellery"): a
// paragraph of minCaptionWords words or more that ends no sentence, with
// no blank line between it and a caption that has its credit. A reader
// sees the picture, not the words. A standfirst right under the title
// stays.
func dropAltTexts(doc *document.Document) {
	// Only where blank lines part the blocks does a line without one
	// under it say that it belongs to the caption.
	isGapped := -1 // gapped(doc), read once and only where a caption asks
	for i := 1; i < len(doc.Blocks); i++ {
		c := &doc.Blocks[i]
		if c.Dropped || c.Kind != document.Caption || c.Credit == "" || c.Gap {
			continue
		}
		// A gallery's button between them ("Enlarge image") leaves
		// the alt text over its caption.
		k := i - 1
		for k > 0 && !doc.Blocks[k+1].Gap && dropReason(&doc.Blocks[k]) == galleryReason {
			k--
		}
		p := &doc.Blocks[k]
		if p.Dropped || k < i-1 && doc.Blocks[k+1].Gap {
			continue
		}
		if isGapped < 0 {
			isGapped = 0
			if gapped(doc) {
				isGapped = 1
			}
		}
		if isGapped == 0 {
			return
		}
		if altShaped(p) && !isTeaser(doc, k) {
			p.Drop(creditsName, "a picture's alt text over its caption")
		}
	}
}

// altShaped reports whether b is shaped like a picture's alt text: a
// paragraph of minCaptionWords to maxCaptionWords words with no
// sentence's end in it.
func altShaped(b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() >= minCaptionWords && b.Words() <= maxCaptionWords &&
		!endsSentence(b.Text) && !hasSentenceEnd(b.Text)
}

// dropHeadingAlts drops a picture's alt text printed right under the
// heading of what it shows ("2. Merrow Gooseneck Kettle" over "Merrow
// Gooseneck Kettle photographed on a kitchen counter"): a paragraph that
// starts with the heading's words, after its number, says more, and ends
// no sentence, nor leads into what follows with a colon ("Les obsèques"
// over "Les obsèques de Jeanne Morvillier seront célébrées :"). A list
// article prints each item's photo so; a reader sees the picture, not
// the words.
func dropHeadingAlts(doc *document.Document) {
	for i := 1; i < len(doc.Blocks); i++ {
		p := &doc.Blocks[i]
		if p.Dropped || p.Kind != document.Paragraph {
			continue
		}
		h := doc.PrevLive(i)
		if h < 0 {
			continue
		}
		hb := &doc.Blocks[h]
		_, numbered := itemTitle(hb)
		if hb.Kind != document.Heading && !numbered || endsSentence(p.Text) || hasSentenceEnd(p.Text) || strings.HasSuffix(p.Text, ":") {
			continue
		}
		name := textfix.Fold(unnumbered(hb.Text))
		if p.Words() > strings.Count(name, " ")+1 && startsWithWords(p.Fold(), name) {
			p.Drop(creditsName, "a picture's alt text under its heading")
		}
	}
}

// hasSentenceEnd reports whether s has a full stop, a question or an
// exclamation mark after a word of minSentenceWord bytes that ends in a
// lower-case letter, and a space after it: the text goes on after a
// sentence ("… over the past two years. [933b68c2-….jpg]"), as an alt text
// does not ("John M. Ford in 2002").
func hasSentenceEnd(s string) bool {
	for i := minSentenceWord; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && s[i+1] == ' ' {
			word := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
			if len(word) >= minSentenceWord && word[len(word)-1] >= 'a' && word[len(word)-1] <= 'z' {
				return true
			}
		}
	}
	return false
}

// placeCredits sends every credit line to its caption or to doc.Meta, and
// splits a photo credit off the end of a paragraph. It reads each text once.
func placeCredits(ph *lang.Phrases, doc *document.Document) {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if b.Kind == document.Caption {
			captionCredit(ph, doc, i)
			continue
		}
		if b.Kind != document.Paragraph && b.Kind != document.Credit {
			continue
		}
		if _, placed := b.Memo(placedMemo); placed {
			continue
		}
		b.SetMemo(placedMemo, 0)
		switch kind := blockCredit(ph, b); kind {
		case agencyCredit:
			if head, ok := datedAgency(ph, b.Text); ok {
				creditToMeta(doc, b, head)
				break
			}
			moveToMeta(doc, b)
		case photoCredit, anyCredit:
			joinCreditSource(doc, i)
			placeCredit(doc, i, kind)
		default:
			if p := photographerOf(ph, doc, i); p >= 0 {
				doc.Blocks[p].Kind = document.Caption
				attachCredit(&doc.Blocks[p], b)
				continue
			}
			splitInlineCredit(ph, doc, i)
		}
		if j := i + 1; droppedBy(b, creditsName) == agencyMovedReason && j < len(doc.Blocks) && datelinePlace(ph, doc, j) {
			// "EFE" / "Valencia" / "01/12/2026 12:30": where the
			// agency filed from, between its name and the date.
			doc.Blocks[j].Drop(creditsName, "the agency's place")
		}
	}
}

// maxPlaceNameWords bounds a place's name on a line of its own: "Valencia",
// "New York", "Palma de Mallorca".
const maxPlaceNameWords = 3

// datelinePlace reports whether the block at j is a place's name alone on
// its line, right over the header's date: capitalised words but for a
// particle, no sentence.
func datelinePlace(ph *lang.Phrases, doc *document.Document, j int) bool {
	b := &doc.Blocks[j]
	if b.Dropped || b.Kind != document.Paragraph || b.Words() > maxPlaceNameWords || j+1 >= len(doc.Blocks) {
		return false
	}
	// The date may not have gone yet: the boilerplate filter drops a
	// bare one ("01/12/2026 12:30") as the pipeline settles.
	if n := &doc.Blocks[j+1]; !maybeTimestamp(n.Text) || !timestampFold(ph, n.Fold()) {
		return false
	}
	words := strings.Fields(b.Text)
	for k, w := range words {
		if !capitalWord(w) && (k == 0 || k == len(words)-1 || !ph.Word("name particle", w)) {
			return false
		}
	}
	return true
}

const (
	// maxPhotographerWords bounds a photographer's name printed alone.
	maxPhotographerWords = 3
	// maxNamedCaptionWords bounds the caption over it: a sentence or
	// two, where the article's first paragraph, over a subheading that
	// reads like a name ("Neues Leitmotto"), is longer.
	maxNamedCaptionWords = 30
)

// photographerOf returns the caption whose photographer the block at i
// names, or -1: a name alone under a short paragraph and over the body
// text in the article's header, once its byline has named the writer ("Un cartel de
// alquiler en …" / "Claudio Álvarez", as El País prints a photo). A
// second name in the header is no byline of the article's, which has
// one; right under the standfirst, it is the byline.
func photographerOf(ph *lang.Phrases, doc *document.Document, i int) int {
	b := &doc.Blocks[i]
	// A name alone has no comma: "Harcourt Playhouse, London" under a
	// review's headline is the venue.
	if len(doc.Meta.Authors) == 0 || b.Words() > maxPhotographerWords || !startsUpper(b.Text) || strings.ContainsRune(b.Text, ',') {
		return -1
	}
	prev, next := doc.PrevLive(i), doc.NextLive(i)
	if prev < 0 || next < 0 || !isBody(&doc.Blocks[next]) {
		return -1
	}
	p := &doc.Blocks[prev]
	if p.Kind != document.Paragraph || p.Words() < minCaptionWords || p.Words() > maxNamedCaptionWords || isTeaser(doc, prev) {
		return -1
	}
	// In the header: the caption, a sentence as it may be, is the first
	// text after the standfirst. Amid the article, a name alone between
	// two paragraphs is a speaker's or a signature.
	title := liveTitle(doc)
	if title < 0 || title > prev {
		return -1
	}
	for j := doc.NextLive(title); j >= 0 && j < prev; j = doc.NextLive(j) {
		if isBody(&doc.Blocks[j]) && !isTeaser(doc, j) {
			return -1
		}
	}
	by, ok := parseByline(ph, b.Text)
	if !ok || by.lead || by.dated || len(by.authors) != 1 || slices.Contains(doc.Meta.Authors, by.authors[0]) {
		return -1
	}
	return prev
}

// captionCredit attaches the caption at i to the caption above it when
// it is that caption's photo credit: a credit the page printed twice with
// its caption is a caption to dedupe, which keeps the first of each
// ("Szene aus …", "Foto: Alpenfilm Verleih", and the two again). Other
// captions stay as they are: a credit printed under each of a page's
// embedded posts ("Image Copyright @ewarren") is no caption's, nor is the
// next post's credit.
func captionCredit(ph *lang.Phrases, doc *document.Document, i int) {
	b := &doc.Blocks[i]
	if b.Credit != "" {
		return
	}
	p := doc.PrevLive(i)
	if p < 0 || doc.Blocks[p].Kind != document.Caption || doc.Blocks[p].Credit != "" {
		return
	}
	// Only a credit by its lead ("Foto: …"): a caption that ends in its
	// agency ("a AP"), as unscrape writes a caption with its credit, is
	// a caption of its own.
	if blockCredit(ph, b) == photoCredit && blockCredit(ph, &doc.Blocks[p]) == notCredit {
		attachCredit(&doc.Blocks[p], b)
	}
}

// joinCreditSource joins to the credit at i, a lead alone that ends in a
// colon ("Фото:", "Photo:"), the line right under it, which names the
// source: a page that sets the lead apart (<span>Фото:</span><br>личный
// архив …) prints the two on lines of their own, and the source alone
// would stay in the body as a paragraph.
func joinCreditSource(doc *document.Document, i int) {
	b := &doc.Blocks[i]
	lead := strings.TrimRightFunc(b.Text, unicode.IsSpace)
	if !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, "：") || i+1 == len(doc.Blocks) {
		return
	}
	n := &doc.Blocks[i+1]
	// A line a keep rule holds stays where it is, and so does its lead.
	if n.Dropped || n.Kept || n.Gap || n.Kind != document.Paragraph || n.Words() > maxCreditWords || endsSentence(n.Text) {
		return
	}
	b.SetText(creditsName, "photo credit's source joined to it", lead+" "+n.Text)
	n.Drop(creditsName, "photo credit's source joined to its lead")
}

// classifyCredit says whether s is a credit line, and which kind.
func classifyCredit(ph *lang.Phrases, s string) creditKind {
	return blockCredit(ph, &document.Block{Text: s})
}

// blockCredit is classifyCredit of a block's text, with the block's keys.
// Four filters ask it of the same lines, so the block remembers it.
func blockCredit(ph *lang.Phrases, b *document.Block) creditKind {
	if v, ok := b.Memo(creditMemo); ok {
		return creditKind(v)
	}
	k := classifyBlock(ph, b)
	b.SetMemo(creditMemo, uint8(k))
	return k
}

// phraseClass returns the class of the phrase entry b's text matches, or 0.
// The boilerplate filter matches every line and remembers the class; the
// credits filter asks it again of the short lines.
func phraseClass(ph *lang.Phrases, b *document.Block) lang.Class {
	if v, ok := b.Memo(phraseMemo); ok {
		return lang.Class(v)
	}
	m, _ := ph.MatchKeys(b.Text, b.FoldPrefix(), b.FoldNumbers())
	b.SetMemo(phraseMemo, uint8(m.Class))
	return m.Class
}

func classifyBlock(ph *lang.Phrases, b *document.Block) creditKind {
	s, n := b.Text, b.Words()
	if n > maxAgencyCreditWords {
		return notCredit
	}
	if class := phraseClass(ph, b); class != 0 {
		switch class {
		case lang.PhotoCredit:
			if n > maxCreditWords {
				return notCredit
			}
			return photoCredit
		case lang.AgencyCredit:
			return agencyCredit
		}
		return notCredit
	}
	if b.HasDigit() {
		if _, ok := datedAgency(ph, s); ok {
			return agencyCredit
		}
	}
	if n > maxCreditWords || textfix.LongerThan(s, maxCreditRunes) {
		return notCredit
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c) ") || strings.HasPrefix(s, "(C) ") {
		return anyCredit
	}
	// "(jab)" after the last paragraph: the editor's initials, or the
	// signs of all who worked on it ("(lnw/mko)": a regional desk's, an
	// editor's).
	if inner, ok := strings.CutPrefix(s, "("); ok && strings.HasSuffix(inner, ")") && allInitials(strings.TrimSuffix(inner, ")")) {
		return agencyCredit
	}
	// "J.-M. R.": the writer's initials, as a regional paper signs its
	// short reports under the last paragraph.
	if signedInitials(s) {
		return agencyCredit
	}
	return classifyAgencyList(ph, b)
}

// maxSignedInitials bounds the initials a writer signs with ("J.-M. R.").
const maxSignedInitials = 3

// signedInitials reports whether s is a writer's initials alone, each a
// capital and a full stop, a first name's two joined by a hyphen: "J.-M.
// R.", "A. D."; two at least.
func signedInitials(s string) bool {
	// Most lines are longer, or end otherwise: they are not split.
	if len(s) > maxSignedInitials*len("X.-Y. ") || !strings.HasSuffix(s, ".") {
		return false
	}
	toks := strings.Fields(s)
	if len(toks) < 2 || len(toks) > maxSignedInitials {
		return false
	}
	for _, t := range toks {
		for part := range strings.SplitSeq(t, "-") {
			r, size := utf8.DecodeRuneInString(part)
			if !unicode.IsUpper(r) || part[size:] != "." {
				return false
			}
		}
	}
	return true
}

// datedAgency returns the agency's credit s starts with where the
// header's date follows it after a dot or a bar, as a writer's follows
// the byline ("dpa/red · 10.07.2025, 14:32 Uhr · Aktualisiert: … ·
// Lesezeit: 4 Min."): the article's credit, without the date.
func datedAgency(ph *lang.Phrases, s string) (string, bool) {
	head, rest, ok := cutRow(s)
	if !ok || !datedRow(ph, strings.Fields(rest)) {
		return "", false
	}
	return head, classifyAgencyList(ph, &document.Block{Text: head}) != notCredit
}

// maxSlashParts bounds the parts of a photographer's credit: photographer,
// agency, publication.
const maxSlashParts = 3

// slashCredit reports whether s, at the end of a caption, is a
// photographer's credit without a known agency: the photographer's full name, then the publication or agency
// after a slash, every word capitalised ("Jean Exemple / Le Figaro",
// "Denis Exemple/Libération"). A menu's "Find/Post Jobs" does not start
// with a full name.
func slashCredit(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > maxSlashParts || len(strings.Fields(parts[0])) < minNameWords {
		return false
	}
	for _, p := range parts {
		ws := strings.Fields(p)
		if len(ws) == 0 || len(ws) > maxCreditPartWords {
			return false
		}
		for _, w := range ws {
			if !nameWord(w) {
				return false
			}
		}
	}
	return true
}

// isCreditLine reports whether b is a credit of any kind; other filters use
// it to leave credits to this one.
func isCreditLine(ph *lang.Phrases, b *document.Block) bool {
	return blockCredit(ph, b) != notCredit
}

// classifyAgencyList reads a line of slash-separated names: "asc/dpa/AFP"
// (author initials and agencies: the article's credit), "NICOLAS TUCAT /
// AFP" or "imago images/ITAR-TASS" (a photographer or agency: either). At
// least one part must be a known agency, and no part longer than a name.
func classifyAgencyList(ph *lang.Phrases, b *document.Block) creditKind {
	s := b.Text
	if endsSentence(s) && !strings.HasSuffix(s, ".") {
		return notCredit
	}
	if strings.IndexAny(s, "/,;|") < 0 {
		// One part, the line: most lines asked about are such (a
		// menu's), and the block knows its words and fold already.
		if b.Words() > maxCreditPartWords || !hasAgencyFolded(ph, b.Fold()) {
			return notCredit
		}
		return anyCredit
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' || r == ';' || r == '|' })
	agencies, initials := 0, 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case words(p) > maxCreditPartWords:
			return notCredit
		case hasAgency(ph, p):
			agencies++
		case isInitials(p):
			initials++
		}
	}
	switch {
	case agencies == 0:
		return notCredit
	case initials > 0 && agencies+initials == document.NonBlank(parts):
		return agencyCredit
	}
	return anyCredit
}

// hasAgency reports whether one of p's words, or two words together, name
// an agency of the "agency" word set.
func hasAgency(ph *lang.Phrases, p string) bool {
	return hasAgencyFolded(ph, textfix.Fold(p))
}

// hasAgencyFolded is hasAgency on p's fold key.
func hasAgencyFolded(ph *lang.Phrases, fold string) bool {
	// Every word, and every word with the one before it.
	agency := ph.Words("agency")
	prev := ""
	for w := range strings.FieldsFuncSeq(fold, func(r rune) bool {
		return !textfix.IsLetter(r) && !textfix.IsDigit(r) && r != '-'
	}) {
		// A fold key's ends are no hyphens; the words' inner ends may be.
		if agency.HasFolded(strings.Trim(w, "-")) || (prev != "" && agency.HasFoldedPair(strings.TrimLeft(prev, "-"), strings.TrimRight(w, "-"))) {
			return true
		}
		prev = w
	}
	return false
}

// isInitials: an editor's short sign in lower case, "asc" or "mmo".
func isInitials(p string) bool {
	n := utf8.RuneCountInString(p)
	if n < 2 || n > maxInitials {
		return false
	}
	for _, r := range p {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// allInitials reports whether every part of s between slashes is an
// editor's sign.
func allInitials(s string) bool {
	for p := range strings.SplitSeq(s, "/") {
		if !isInitials(p) {
			return false
		}
	}
	return true
}

// moveToMeta moves an agency or author credit out of the body.
func moveToMeta(doc *document.Document, b *document.Block) { creditToMeta(doc, b, b.Text) }

// creditToMeta moves b, whose credit is credit, out of the body.
func creditToMeta(doc *document.Document, b *document.Block, credit string) {
	if signedInitials(credit) && len(doc.Meta.Authors) == 0 {
		// A writer's initials under the last paragraph name the
		// article's writer, where no byline did.
		doc.Meta.Authors = append(doc.Meta.Authors, credit)
		b.Drop(creditsName, "writer's initials moved to metadata")
		return
	}
	if !slices.Contains(doc.Meta.Credits, credit) {
		doc.Meta.Credits = append(doc.Meta.Credits, credit)
	}
	b.Drop(creditsName, agencyMovedReason)
}

const agencyMovedReason = "agency credit moved to metadata"

// placeCredit attaches the credit line at i to its caption: the caption
// above it, a short paragraph above it (which the credit shows to be a
// caption), or a caption right below it. A line of names at the end of the
// article, after its last paragraph, is the article's credit.
func placeCredit(doc *document.Document, i int, kind creditKind) {
	b := &doc.Blocks[i]
	prev, next := doc.PrevLive(i), doc.NextLive(i)
	var p, n *document.Block
	if prev >= 0 {
		p = &doc.Blocks[prev]
	}
	if next >= 0 {
		n = &doc.Blocks[next]
	}
	tail := !bodyAfter(doc, i)
	switch {
	case yearCopyright(b.Text):
		// The site's copyright, no photo's: under the article's last
		// footnote ("[3] Operators' reports."), it made it a caption.
		moveToMeta(doc, b)
	case p != nil && p.Kind == document.Caption && p.Credit == "":
		attachCredit(p, b)
	case kind == anyCredit && tail && (p == nil || isBody(p)):
		moveToMeta(doc, b)
	case kind == anyCredit && b.Words() == 1 && p != nil && isTeaser(doc, prev):
		// An agency's name alone under the standfirst ("EFE") stands
		// where a byline does: it wrote the article, no photo.
		moveToMeta(doc, b)
	case p != nil && canBeCaption(doc, prev, tail):
		p.Kind = document.Caption
		attachCredit(p, b)
	case n != nil && n.Kind == document.Caption && n.Credit == "":
		attachCredit(n, b)
	default:
		b.Drop(creditsName, "photo credit without a caption")
	}
}

// attachCredit makes credit's line the caption's credit. A credit line
// that starts with the caption's words is the caption printed again with
// its credit ("Le lit asséché" over "Le lit asséché AAP"): its credit is
// what follows them, as a second run, which reads the two on one line,
// finds it.
func attachCredit(caption, credit *document.Block) {
	caption.Credit = credit.Text
	if rest, ok := strings.CutPrefix(credit.Text, caption.Text+" "); ok {
		caption.Credit = rest
	}
	credit.Drop(creditsName, "photo credit moved to caption")
}

// canBeCaption reports whether the block at i, right above a photo credit,
// is that photo's caption: a short paragraph that is not the teaser and, at
// the end of the article, not its last paragraph.
func canBeCaption(doc *document.Document, i int, tail bool) bool {
	b := &doc.Blocks[i]
	if b.Kind != document.Paragraph || b.Words() > maxCaptionWords {
		return false
	}
	if tail && isBody(b) {
		return false
	}
	if isTeaser(doc, i) && endsSentence(b.Text) {
		return false
	}
	return true
}

// isTeaser reports whether the block at i is the first live block after the
// title.
func isTeaser(doc *document.Document, i int) bool {
	p := doc.PrevLive(i)
	return p >= 0 && doc.Blocks[p].Kind == document.Title
}

// bodyAfter reports whether a body paragraph follows the block at i.
func bodyAfter(doc *document.Document, i int) bool {
	for j := doc.NextLive(i); j >= 0; j = doc.NextLive(j) {
		if isBody(&doc.Blocks[j]) {
			return true
		}
	}
	return false
}

// markTeaserCaption makes a short line printed right under the teaser,
// without a blank line between but with one after it, the lead image's
// caption: the teaser and its picture are one unit on the page. Only in
// text that separates its paragraphs with blank lines does that say
// anything; a byline or a date under the teaser is followed by more header
// lines, not by a blank.
func markTeaserCaption(doc *document.Document) {
	live := doc.Live()
	if len(live) < 3 || doc.Blocks[live[0]].Kind != document.Title || !gapped(doc) {
		return
	}
	teaser, c := &doc.Blocks[live[1]], &doc.Blocks[live[2]]
	after := live[2] + 1
	// A line after a hard break is the teaser's paragraph's own: the
	// last of the text, it is read so again once a run has written it
	// under the teaser ("00B\" over "0000B0", found by FuzzClean).
	// Right under it: a line under a dropped one (a live ticker's
	// entry's time, "90.+4'") is under that line, not the teaser.
	if teaser.Kind == document.Paragraph && c.Kind == document.Paragraph && !c.Gap && live[2] == live[1]+1 && !doc.BrokenFrom(live[2]) &&
		(after == len(doc.Blocks) || doc.Blocks[after].Gap) &&
		c.Words() <= maxTeaserCaptionWords && !isBody(c) {
		c.Kind = document.Caption
	}
}

// splitInlineCredit makes a short paragraph that ends in a photo credit
// ("Boris Johnson at PMQs Photograph: Jessica Taylor/UK Parliament",
// "Emmanuel Macron à l'Élysée. LUDOVIC MARIN / AFP", "Die Altstadt (Foto:
// dpa)") a caption with its credit. A bare agency name in brackets at the
// end of a paragraph ("(dpa)") is the agency's tag on its text, not a photo
// credit, so names need a photographer's slash, a © or capitals ("JUAN
// PÉREZ (EFE)") to count.
func splitInlineCredit(ph *lang.Phrases, doc *document.Document, i int) {
	b := &doc.Blocks[i]
	if caption, credit, ok := inlineCredit(ph, b); ok {
		b.SetText(creditsName, "photo credit split from caption", caption)
		b.Kind, b.Credit = document.Caption, credit
	}
}

// inlineCredit splits a paragraph of up to maxCreditedCaptionWords words
// that ends in a photo credit into the caption and the credit.
func inlineCredit(ph *lang.Phrases, b *document.Block) (caption, credit string, ok bool) {
	if b.Kind != document.Paragraph && b.Kind != document.Caption {
		return "", "", false
	}
	return endCredit(ph, b)
}

// hasEndCredit reports whether b ends in a photo credit (see endCredit).
func hasEndCredit(ph *lang.Phrases, b *document.Block) bool {
	_, _, ok := endCredit(ph, b)
	return ok
}

// endCredit is inlineCredit of a block of any kind: the content filter
// asks it of list items too, a teaser's picture and its caption.
func endCredit(ph *lang.Phrases, b *document.Block) (caption, credit string, ok bool) {
	if b.Credit != "" || b.Words() > maxCreditedCaptionWords {
		return "", "", false
	}
	s := b.Text
	// A credit ends in a name, not a full stop: most paragraphs end like
	// sentences and need no closer look.
	if endsSentence(s) && !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	// The credit is at most maxCreditWords words: find where that many
	// words back starts, then try the longest candidate first, so that
	// "JUAN EJEMPLO (EFE)" is not cut to "(EFE)". A credit starts with a
	// capital ("Foto:", "LUDOVIC MARIN"), a bracket or a ©.
	var starts []int
	for k, n := len(s), 0; n <= maxCreditWords; n++ {
		k = strings.LastIndexByte(s[:k], ' ')
		if k < 0 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[k+1:]); unicode.IsUpper(r) || r == '(' || r == '©' {
			starts = append(starts, k)
		}
	}
	// A cut inside a code span would carry half of it off.
	code := document.FindCode(s, 0, b.CodeSpans)
	// Whether any candidate has a joiner word ("via") is read once, on
	// the longest.
	joined := len(starts) > 0 && slashJoined(ph, s[starts[len(starts)-1]+1:]) != s[starts[len(starts)-1]+1:]
	for n := len(starts) - 1; n >= 0; n-- {
		if inCode(code, starts[n]) {
			continue
		}
		before, rest := strings.TrimSpace(s[:starts[n]]), s[starts[n]+1:]
		credit := rest
		bracketed := strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")")
		if bracketed {
			credit = rest[1 : len(rest)-1]
		}
		if joined {
			credit = slashJoined(ph, credit)
		}
		if before == "" || !isInlineCredit(ph, before, credit, bracketed) {
			continue
		}
		return strings.TrimSpace(strings.TrimRight(before, " –—|")), rest, true
	}
	return "", "", false
}

// slashJoined returns credit with its joiner words ("ITV via AP") written
// as slashes ("ITV/AP"), the way most credits part a photographer from
// an agency.
func slashJoined(ph *lang.Phrases, credit string) string {
	if !strings.Contains(credit, " ") {
		return credit
	}
	ws := strings.Fields(credit)
	joiners := ph.Words("credit joiner")
	found := false
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && joiners.Has(w) {
			ws[i], found = "/", true
		}
	}
	if !found {
		return credit
	}
	return strings.ReplaceAll(strings.Join(ws, " "), " / ", "/")
}

// isInlineCredit reports whether credit, the end of a paragraph (without
// its brackets, if bracketed), is a photo credit that makes the paragraph
// before it a caption.
func isInlineCredit(ph *lang.Phrases, before, credit string, bracketed bool) bool {
	switch classifyCredit(ph, credit) {
	case photoCredit:
		return true
	case agencyCredit:
		// "(Quelle: IMAGO/Max Beispiel)": a source in brackets, with
		// a photographer's slash, is the picture's.
		return bracketed && strings.Contains(credit, "/")
	case anyCredit:
		if !strings.Contains(credit, "/") && !strings.HasPrefix(credit, "©") && strings.ContainsFunc(credit, unicode.IsLower) {
			return false
		}
		return bracketed || endsCaption(before)
	case notCredit:
		// On a line of its own, "About Me/Contact" is a menu's; at
		// the end of a caption, after its full stop or in brackets,
		// names with a slash are the photographer's.
		return slashCredit(credit) && (bracketed || endsCaption(before))
	}
	return false
}

// endsCaption reports whether before, the text in front of a credit, ends
// the caption: with a full stop, a dash or a bar.
func endsCaption(before string) bool {
	return endsSentence(before) || strings.HasSuffix(before, " –") || strings.HasSuffix(before, " —") || strings.HasSuffix(before, " |")
}

// inCode reports whether text[at] stands inside one of the code spans
// code, placed in text.
func inCode(code []document.CodeSpan, at int) bool {
	for _, c := range code {
		if c.At < at && at < c.At+len(c.Text) {
			return true
		}
	}
	return false
}
