package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "dedupe",
		Description: "print a repeated caption or block once; drop the title when the body repeats it",
		Rank:        40,
		Default:     true,
		New:         func(Options) (Applier, error) { return deduper{}, nil },
	})
}

const (
	dedupeName = "dedupe"
	// captionWindow: pages print an image's alt text and its caption a
	// few lines apart at most; a copy that near is the caption printed twice.
	captionWindow = 3
	// maxCaptionWords bounds a caption; longer text repeated is a block.
	maxCaptionWords = 60
	// minRepeatWords: shorter lines may legitimately recur far apart
	// ("Fazit", a speaker's name), so only near copies of them are dropped.
	minRepeatWords = 3
	// titleEchoWindow: how far into the body a repeated headline is looked for.
	titleEchoWindow = 3
	// minTitleEchoWords: a part of the title this long, alone on a line, is
	// the headline printed again without its kicker.
	minTitleEchoWords = 3
	// maxCaptionCreditWords bounds the credit that one copy of a caption
	// may have and the other not.
	maxCaptionCreditWords = 10
)

// deduper runs dedupe at its rank and once more when the pipeline is done:
// whether two copies are near depends on the lines between them, and the
// credits filter, later, moves bylines and credit lines out of the body. A
// copy that only their going brings near is near on the next run, so it is
// near on this one too.
type deduper struct{}

func (deduper) Apply(doc *document.Document) error  { return dedupe(doc, false) }
func (deduper) Settle(doc *document.Document) error { return dedupe(doc, true) }

// dedupe keeps the first copy of every block and drops later copies that are
// the same after textfix.Fold (case, quotation marks, white space). A copy
// close to the first one is a caption printed twice: the first copy becomes
// the caption. The title repeated in the body goes, and so does the headline
// without its kicker right under the title.
//
// When it settles, it also prints once, as a caption, an alt text printed
// twice on one line (see twice). Not before: the content filter reads such a line, like
// any repeated line, as a sign of the page around the article (a teaser's
// picture, the author's photo under the article), and it must see it.
func dedupe(doc *document.Document, settle bool) error {
	dropHeadingCopies(doc)
	dropContents(doc)
	quotePullQuotes(doc)
	type first struct{ block, pos int }
	seen := make(map[string]first, len(doc.Blocks))
	recent := make([]near, 0, captionWindow+1)
	titleKey, titlePos := "", -1
	gapped := lazyGapped(doc) // asked only of a line seen before
	// row is the live block before, when it is a table's row.
	var row *document.Block
	// pos is the block's position among the blocks that stay: a copy
	// dropped here takes no place, as it takes none when unscrape's
	// output is cleaned again.
	pos := -1
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		pos++
		if settle && captionShaped(b) {
			// With its credit on a line of its own too: a second
			// run reads the credit at the caption's end.
			if half := twice(b.Text); half != "" {
				b.SetText(dedupeName, "caption printed twice", half)
				b.Kind = document.Caption
			}
		}
		if settle && captionShaped(b) {
			if caption := withoutAlts(b.Text); caption != b.Text {
				// Not made a caption for it: a table's header row
				// printed twice is cut so too.
				b.SetText(dedupeName, "alt text before its caption", caption)
			}
		}
		key := printedKey(b)
		if b.Kind == document.TableRow {
			// The rows of a table repeat by right (the same header
			// over four tables, two players with the same numbers).
			// A row right under its copy is printed twice: a
			// page's header row again as the body's first.
			if row != nil && row.Level < b.Level && row.Fold() == key {
				b.Drop(dedupeName, "repeated table row")
				pos--
			} else {
				row = b
			}
			continue
		}
		row = nil
		if key == "" {
			continue
		}
		if b.Kind == document.Title && titlePos < 0 {
			titleKey, titlePos = key, pos
			continue
		}
		if titlePos >= 0 && (key == titleKey || isBareHeadline(key, titleKey) || isReply(key, titleKey) ||
			pos-titlePos <= titleEchoWindow && isTitlePart(key, titleKey)) {
			b.Drop(dedupeName, repeatedTitleReason)
			pos--
			continue
		}
		if titlePos >= 0 && pos-titlePos <= titleEchoWindow && isCrumbedTitle(key, titleKey) {
			b.Drop(dedupeName, breadcrumbReason)
			pos--
			continue
		}
		if dropCaptionVariant(doc, recent, i, key) {
			pos--
			continue
		}
		if len(recent) == captionWindow {
			// Shifted in place: slicing off the front would make
			// every append past the window copy the whole window.
			recent = recent[:copy(recent, recent[1:])]
		}
		recent = append(recent, near{i, pos, key})
		f, ok := seen[key]
		if !ok {
			seen[key] = first{i, pos}
			continue
		}
		// Nearness is measured from the last copy kept, not the first:
		// a short line printed far above (a name in the header, a
		// section in the menu) may be cut with the page around the
		// article later, and a second run must find the copies that
		// stay as near as this one does.
		near := pos-f.pos <= captionWindow
		orig := &doc.Blocks[f.block]
		switch {
		case factsApart(doc, i, f.block, gapped):
			// An event's date again over another event's place and
			// price: both stay.
			seen[key] = first{i, pos}
		case pos-f.pos > 1 && isLabel(b):
			// Text of its own between the copies: the template's
			// label again, not a line printed twice.
			seen[key] = first{i, pos}
		case near && orig.Kind == document.ListItem && (b.Kind == document.Paragraph || b.Kind == document.Heading):
			// A breadcrumb printed as a list ends with the headline,
			// which the page prints again under it: the paragraph is
			// the headline, the item a link to the page.
			orig.Drop(dedupeName, breadcrumbReason)
			seen[key] = first{i, pos - 1}
			pos--
		case !near && orig.Kind == document.ListItem && (b.Kind == document.Paragraph || b.Kind == document.Heading) && headingShaped(b.Text):
			// A menu's item far above is the link to a section of the
			// page that the line heads ("How We Test" in the menu,
			// "How we test" over its section): both stay, and the
			// content filter cuts the menu.
			seen[key] = first{i, pos}
		case pos-f.pos == 1 && orig.Kind == document.Paragraph && b.Kind == document.Paragraph && nameShaped(orig) && orig.Words() <= maxBareNameWords && !b.Gap:
			// A name right under itself is a writer's picture's alt
			// text over the name ("Marta Villaseñor Ibarra" twice
			// over "Catedrática de …"), no picture's caption: the
			// credits filter reads the name as a byline.
			b.Drop(dedupeName, "repeated name")
			pos--
		case near && captionShaped(orig) && f.pos != titlePos+1:
			orig.Kind = document.Caption
			b.Drop(dedupeName, "repeated caption")
			pos--
		case near || printedWords(b) >= minRepeatWords:
			b.Drop(dedupeName, "repeated "+b.Kind.String())
			pos--
		default:
			seen[key] = first{i, pos}
		}
	}
	return nil
}

// A pull quote has minPullWords to maxPullWords words and stands within
// pullWindow live blocks of the paragraph it quotes.
const (
	minPullWords = 6
	maxPullWords = 40
	pullWindow   = 3
	// minPullBodies: so many body paragraphs stand above a pull quote;
	// above them, a line the body says again is the headline (in a
	// teaser's words: "Give the Gift of <headline> #ad") or a
	// standfirst.
	minPullBodies = 2
)

// quotePullQuotes makes the pull quotes block quotations: a sentence of
// a paragraph that a magazine prints again, large, beside it ("What I
// could never get used to was the silence after they automated it"),
// which a scraper prints as a line of its own, near the paragraph and
// after minPullBodies body paragraphs. It is printed twice, but readers
// (and the benchmark's gold) keep it. Only one printed without its full
// stop is looked for: the headings filter would make it a subheading,
// and a quotation heads no section.
func quotePullQuotes(doc *document.Document) {
	live := doc.Live()
	bodies := 0 // the body paragraphs above
	for n, i := range live {
		b := &doc.Blocks[i]
		if bodies < minPullBodies {
			if isBody(b) {
				bodies++
			}
			continue
		}
		// One that ends as a sentence does stays a paragraph, as
		// printed; one that does not would be made a subheading.
		if b.Kind != document.Paragraph && b.Kind != document.Heading {
			continue
		}
		if w := b.Words(); w < minPullWords || w > maxPullWords || endsSentence(b.Text) {
			continue
		}
		// Folding costs: only a paragraph that has the quote's end as
		// printed is folded and searched.
		probe := textEnd(b.Text)
		if len(probe) < minProbeBytes {
			continue
		}
		key := ""
		for m := max(0, n-pullWindow); m < min(len(live), n+pullWindow+1); m++ {
			p := &doc.Blocks[live[m]]
			if m == n || len(p.Text) <= len(b.Text) || !isBody(p) || !strings.Contains(p.Text, probe) {
				continue
			}
			if key == "" {
				key = b.Fold()
			}
			if containsPhrase(p.Fold(), key) {
				b.Kind, b.Level = document.Quote, 0
				break
			}
		}
	}
}

// The end of a pull quote that quotePullQuotes looks for as printed is
// minProbeBytes to maxProbeBytes long.
const (
	minProbeBytes = 5
	maxProbeBytes = 12
)

// textEnd returns the last maxProbeBytes bytes or fewer of s before the
// punctuation and quotation marks it ends with, from a character's start.
func textEnd(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool { return !textfix.IsLetter(r) && !textfix.IsDigit(r) })
	i := max(0, len(s)-maxProbeBytes)
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// containsPhrase reports whether s holds phrase where words start and end
// (containsWord for text with its punctuation).
func containsPhrase(s, phrase string) bool {
	return containsAt(s, phrase, func(k int) bool {
		r, _ := utf8.DecodeLastRuneInString(s[:k])
		return startsWithWords(s[k:], phrase) && (k == 0 || !textfix.IsLetter(r) && !textfix.IsDigit(r))
	})
}

// maxRepeatedLabelWords bounds a label that an article repeats (see isLabel).
const maxRepeatedLabelWords = 12

// isLabel reports whether b is a line that introduces what follows it, as
// an article's own template repeats it far apart: a question put to each
// guest of an interview, "What we liked:" over each product's merits. A
// page repeats a teaser or a caption, which says something of its own.
func isLabel(b *document.Block) bool {
	t := strings.TrimRightFunc(b.Text, unicode.IsSpace)
	return printedWords(b) <= maxRepeatedLabelWords && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?"))
}

// dropHeadingCopies drops a heading that a paragraph after it repeats: a
// page's standfirst set as a heading and printed again as the article's
// first paragraph. The body's copy is the article's, and the heading, kept
// as the first copy, would go with the page around the article. It runs
// before the copies are counted, so that their positions are those a
// second run, which has no such heading, counts.
func dropHeadingCopies(doc *document.Document) {
	var headings map[string]int // none on most pages, which this leaves at once
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Credit != "" || b.Kind != document.Heading && headings == nil || printedWords(b) < minRepeatWords {
			continue
		}
		switch b.Kind {
		case document.Heading:
			if headings == nil {
				headings = make(map[string]int)
			}
			if _, ok := headings[b.Fold()]; !ok {
				headings[b.Fold()] = i
			}
		case document.Paragraph:
			if h, ok := headings[b.Fold()]; ok && !doc.Blocks[h].Dropped {
				doc.Blocks[h].Drop(dedupeName, "heading repeated in the body")
			}
		}
	}
}

// A table of contents has minContentsEntries entries or more that the
// article prints again as its sections' headings, each of maxEntryWords
// words at most, and they are half its lines at least.
const (
	minContentsEntries = 3
	maxEntryWords      = 15
)

// lastSection reports whether b is the heading of one of a wiki's last
// sections ("Einzelnachweise", "Weblinks"), which the boilerplate filter
// dropped with the list under it: no body text stands between two such.
func lastSection(b *document.Block) bool {
	r := dropReason(b)
	return r == "related articles" || r == othersReason
}

// dropContents drops a table of contents: a run of short lines (an SEO
// blog's "Table of Contents", a wiki's contents) most of which the text
// prints again further down, in the same order and each with lines of its
// own between, as the headings of its sections. Left in, the contents kept
// the first copy of each heading and dedupe dropped the headings
// themselves, which have the sections under them.
func dropContents(doc *document.Document) {
	// The fold of every live block that may be an entry, "" for the
	// others: the searches below compare them many times.
	folds := make([]string, len(doc.Blocks))
	// The copies may be headings already (html2text's "## …").
	copies := make([]string, len(doc.Blocks))
	for k := range doc.Blocks {
		b := &doc.Blocks[k]
		// A wiki's last sections ("Einzelnachweise", "See also") are
		// the contents' entries too, though their headings went with
		// the lists under them.
		if (!b.Dropped || lastSection(b)) && contentsEntry(b) {
			folds[k] = unnumbered(b.Fold())
			copies[k] = folds[k]
		} else if (!b.Dropped || lastSection(b)) && b.Kind == document.Heading && b.Words() <= maxEntryWords {
			copies[k] = unnumbered(b.Fold())
		}
	}
	for _, run := range contentsRuns(doc, folds) {
		// The entries' copies after the run, one after the other with
		// body text of their own between each two: a menu printed again
		// in the page's footer has none. A menu's items do not come
		// again one by one, and most runs are turned away after their
		// first entries' searches.
		first, last, entries, missed, leading := -1, -1, 0, 0, 0
		after := run[len(run)-1]
		var at []int
		for n, k := range run {
			// The first section starts soon after the contents: the
			// first copy is looked for within maxContentsGap blocks.
			end := len(folds)
			if entries == 0 {
				end = min(end, after+1+maxContentsGap)
			}
			copyAt := -1
			for c := after + 1; c < end; c++ {
				if copies[c] == folds[k] {
					copyAt = c
					break
				}
			}
			if copyAt < 0 || entries > 0 && !bodyBetween(doc, after, copyAt) && !(lastSection(&doc.Blocks[after]) && lastSection(&doc.Blocks[copyAt])) {
				// Lines above the contents in the same run (the
				// byline, a picture's alt text and its caption, "(Top)")
				// are no entries and count for nothing.
				if entries == 0 {
					if leading++; leading > maxLeadingLines {
						break
					}
					continue
				}
				if missed++; 2*missed > len(run)-leading {
					break
				}
				continue
			}
			if first < 0 {
				first = n
			}
			last, after = n, copyAt
			at = append(at, copyAt)
			entries++
		}
		if entries < minContentsEntries || 2*entries < len(run)-leading {
			continue
		}
		for _, k := range run[first : last+1] {
			doc.Blocks[k].Drop(dedupeName, contentsReason)
		}
		// What the contents link to heads a section, however short
		// the text under it ("What it costs" over "It's free …"); a
		// button's label printed again ("Copied!") heads nothing.
		for _, k := range at {
			if b := &doc.Blocks[k]; b.Kind == document.Paragraph && headingShaped(b.Text) && !strings.HasSuffix(b.Text, "!") {
				b.Kind, b.Level = document.Heading, 2
			}
		}
	}
}

// unnumbered returns s without the number of its section ("1 Verlauf",
// "2.1. Quellen"): a wiki's contents number their entries, and the
// headings they link to may not.
func unnumbered(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || i > 0 && s[i] == '.') {
		i++
	}
	if i == 0 || i == len(s) || s[i] != ' ' {
		return s
	}
	return strings.TrimLeft(s[i:], " ")
}

// contentsReason is the reason for an entry of a table of contents.
const contentsReason = "table of contents"

// maxContentsGap bounds the blocks between a table of contents and the
// heading of its first section (a wiki prints the title, its tabs and the
// lead between them).
const maxContentsGap = 40

// maxLeadingLines bounds the lines above a table of contents in its run
// (see dropContents): most runs are a menu's, turned away after a few
// searches.
const maxLeadingLines = 5

// maxContentsEntries bounds a table of contents: a longer run of short
// lines is a list or a menu.
const maxContentsEntries = 40

// contentsRuns returns the runs of minContentsEntries to
// maxContentsEntries live blocks that may be entries of a table of
// contents (folds, by block, says which: see dropContents), one after the
// other, skipping dropped blocks. A run ends before a line it has
// already: the contents end where the first section's heading, printed
// right under them, repeats their first entry.
func contentsRuns(doc *document.Document, folds []string) [][]int {
	var runs [][]int
	run := make([]int, 0, maxContentsEntries+1)
	flush := func() {
		if len(run) >= minContentsEntries && len(run) <= maxContentsEntries {
			runs = append(runs, slices.Clone(run))
		}
		run = run[:0]
	}
	for i, f := range folds {
		if doc.Blocks[i].Dropped {
			continue
		}
		if f == "" {
			flush()
			continue
		}
		if len(run) <= maxContentsEntries && slices.ContainsFunc(run, func(k int) bool { return folds[k] == f }) {
			flush()
		}
		run = append(run, i)
	}
	flush()
	return runs
}

// bodyBetween reports whether a body paragraph stands between
// doc.Blocks[from] and doc.Blocks[to].
func bodyBetween(doc *document.Document, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if b := &doc.Blocks[k]; !b.Dropped && isBody(b) {
			return true
		}
	}
	return false
}

// contentsEntry reports whether b may be an entry of a table of contents.
func contentsEntry(b *document.Block) bool {
	return (b.Kind == document.Paragraph || b.Kind == document.ListItem) && b.Words() <= maxEntryWords
}

// minTwiceRunes is the shortest one-word text that twice takes for an alt
// text printed twice: a file's name ("echo-buds.jpg"), not a word said
// twice for stress ("Tschüss Tschüss").
const minTwiceRunes = 8

// twice returns the text that s is twice over, glued or a space apart
// ("Shy owlShy owl", "[Shy owl][Shy owl]"), or "". A lazily loaded
// picture, printed once for its script and once for its <noscript>,
// leaves its alt text so: the caption printed twice on one line.
func twice(s string) string {
	n := len(s)
	if n < 3 {
		return ""
	}
	half := s[:n/2]
	switch {
	case n%2 == 0 && half == s[n/2:]:
	case n%2 == 1 && s[n/2] == ' ' && half == s[n/2+1:]:
	default:
		return ""
	}
	if inner, ok := strings.CutPrefix(half, "["); ok {
		if inner, ok = strings.CutSuffix(inner, "]"); ok && !strings.ContainsAny(inner, "[]") {
			half = inner
		}
	}
	if half = strings.TrimSpace(half); !strings.Contains(half, " ") && utf8.RuneCountInString(half) < minTwiceRunes {
		return ""
	}
	// A half that is twice over again is a pattern, not a caption
	// printed twice ("pppp…", FuzzClean): cutting it in two would go on
	// run after run.
	if twice(half) != "" {
		return ""
	}
	return half
}

// altBeforeCaption returns s without the picture's alt text that a text
// browser printed before the caption it starts, a space apart or glued
// ("The reading room The reading room on the second floor.", "The reading
// roomThe reading room on …"), or "". An alt text of fewer than
// minRepeatWords words may be the caption's own words said twice.
func altBeforeCaption(s string) string {
	first, _, ok := strings.Cut(s, " ")
	if !ok {
		return ""
	}
	for i := len(first); ; {
		j := strings.Index(s[i:], first)
		if j < 0 {
			return articledCaption(s)
		}
		j += i
		i = j + len(first)
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		start, _ := utf8.DecodeRuneInString(first)
		if before != ' ' && before != ']' && !(unicode.IsLower(before) && unicode.IsUpper(start)) {
			continue
		}
		alt := strings.TrimSpace(s[:j])
		// html-to-text prints the picture's address after its alt
		// text: "The reading room [room.jpg]The reading room on …".
		if k := strings.LastIndex(alt, " ["); k > 0 && before == ']' && !strings.Contains(alt[k+2:], " ") {
			alt = alt[:k]
		}
		rest := s[j:]
		if words(alt) < minRepeatWords || !hasLetter(alt) || !strings.HasPrefix(rest, alt) || len(rest) == len(alt) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(rest[len(alt):]); unicode.IsLetter(next) || unicode.IsDigit(next) {
			continue
		}
		return rest
	}
}

// withoutAlts is s without the alt texts before its caption, however
// many altBeforeCaption finds one after another: what it returns is
// settled, so that the next run finds none.
func withoutAlts(s string) string {
	for {
		caption := altBeforeCaption(s)
		if caption == "" {
			return s
		}
		s = caption
	}
}

// minAltHead: the first word of an alt text that articledCaption looks
// for again is this long at least.
const minAltHead = 4

// maxArticleBytes bounds an article: the one a caption may put before the
// words of its picture's alt text ("La", "The", "Die"), the one a wiki's
// lead may start with before its title's name ("Der Haselbach ist …").
const maxArticleBytes = 3

// articledCaption is altBeforeCaption for a caption that starts with an
// article before the alt text's words, in small letters where the alt
// text has capitals ("Biblioteca Infanta Elena La biblioteca Infanta
// Elena, en el parque …"), glued to it or after its address as
// altBeforeCaption reads them.
func articledCaption(s string) string {
	// The caption's copy has the alt text's first word but its first
	// letter: most lines have no such copy, and are told so at once. The
	// word is a noun the article lowers ("Biblioteca"), of minAltHead
	// bytes at least: a shorter one would be found in most lines.
	first, _, _ := strings.Cut(s, " ")
	if _, n := utf8.DecodeRuneInString(first); len(first) < minAltHead || !strings.Contains(s[len(first):], first[n:]) {
		return ""
	}
	prev := ' '
	for p, r := range s {
		before := prev
		prev = r
		if p == 0 || !unicode.IsUpper(r) || before != ' ' && before != ']' && !unicode.IsLower(before) {
			continue
		}
		rest := s[p:]
		art, tail, ok := strings.Cut(rest, " ")
		if !ok || len(art) > maxArticleBytes {
			continue
		}
		alt := strings.TrimSpace(s[:p])
		if k := strings.LastIndex(alt, " ["); k > 0 && before == ']' && !strings.Contains(alt[k+2:], " ") {
			alt = alt[:k]
		}
		if len(tail) <= len(alt) || !strings.EqualFold(tail[:len(alt)], alt) || words(alt) < minRepeatWords {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(tail[len(alt):]); !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			return rest
		}
	}
	return ""
}

// printedKey is the key of b as it is printed: a caption with its credit.
// A second run reads the two as one line until the credits filter, after
// this one, parts them again, and this filter must judge the same line
// when it settles.
func printedKey(b *document.Block) string {
	if b.Credit == "" {
		return b.Fold()
	}
	return textfix.Fold(b.Text + " " + b.Credit)
}

// printedWords is how many words b has as it is printed, a caption with its
// credit: a second run counts them in the one line it reads ("q" with the
// credit "Foto AP" is three words).
func printedWords(b *document.Block) int {
	if b.Credit == "" {
		return b.Words()
	}
	return textfix.Words(b.Text + " " + b.Credit)
}

// factsApart reports whether the blocks i and j, the same line shaped like
// a date or a time, are the first lines of two listings of facts printed
// one under the other (see printedLines): minFactLines lines or more at
// i, not all of them lines at j too ("Domingo, 15 de marzo" over two
// events' times and places; a menu printed again with more items starts
// with its first item again). gapped says whether doc sets its paragraphs
// apart with blank lines (see lazyGapped).
func factsApart(doc *document.Document, i, j int, gapped func() bool) bool {
	if !maybeTimestamp(doc.Blocks[i].Text) {
		return false
	}
	from, to := printedLines(doc, i, gapped)
	if to-from < minFactLines || doc.NextLive(from-1) != i {
		return false
	}
	jfrom, jto := printedLines(doc, j, gapped)
	if jfrom < to && from < jto || doc.NextLive(jfrom-1) != j {
		return false // one listing's lines: the line printed twice
	}
	for k := from; k < to; k++ {
		b := &doc.Blocks[k]
		if b.Dropped {
			continue
		}
		again := false
		for l := jfrom; l < jto && !again; l++ {
			again = !doc.Blocks[l].Dropped && doc.Blocks[l].Fold() == b.Fold()
		}
		if !again {
			return true
		}
	}
	return false
}

// near is a block among the last few live ones, with its key.
type near struct {
	block, pos int
	key        string
}

// dropCaptionVariant handles a caption printed twice, once with its credit
// and once without ("Neubauviertel" and "Neubauviertel © Max Beispiel/dpa"):
// of two nearby captions where one is the other plus a credit-like tail,
// the longer one is kept as the caption. It reports whether it dropped the
// block at i.
func dropCaptionVariant(doc *document.Document, recent []near, i int, key string) bool {
	b := &doc.Blocks[i]
	if len(recent) == 0 || !captionShaped(b) {
		return false
	}
	for _, r := range recent {
		o := &doc.Blocks[r.block]
		if o.Dropped || !captionShaped(o) {
			continue
		}
		switch {
		case creditTail(r.key, key) && r.block < i && nameShaped(b) && b.Words() <= maxBareNameWords:
			// A portrait's caption that names the writer, with its
			// credit, over the writer's name ("Inés Carrasco
			// Villalba. Foto: Paula Lezcano" / "Inés Carrasco
			// Villalba" / the biography): the name is the byline's.
			return false
		case creditTail(r.key, key):
			b.Drop(dedupeName, "repeated caption")
			o.Kind = document.Caption
			return true
		case creditTail(key, r.key):
			o.Drop(dedupeName, "repeated caption")
			b.Kind = document.Caption
			return false
		}
	}
	return false
}

// creditTail reports whether long is short followed by a few words that
// look like a credit: with a ©, a slash, a colon or a bracket. The keys
// are folded, so short has lost the full stop that long keeps before its
// credit ("… last year. photograph: jane doe/the guardian"). After a comma
// the caption goes on, and short is not that caption printed bare.
func creditTail(long, short string) bool {
	tail, ok := strings.CutPrefix(long, short)
	if r, _ := utf8.DecodeRuneInString(tail); !ok || !strings.ContainsRune(" .!?…", r) {
		return false
	}
	return words(short) >= minRepeatWords && strings.ContainsAny(tail, "©/:(") && words(tail) <= maxCaptionCreditWords
}

// captionShaped: a block that can be a caption when it is printed twice.
// The teaser right under the title is excluded by the caller: a teaser
// printed twice is still a teaser.
func captionShaped(b *document.Block) bool {
	return (b.Kind == document.Paragraph || b.Kind == document.Caption) && printedWords(b) <= maxCaptionWords
}

// maxSiteWords bounds the site's name after a headline in a page title.
const maxSiteWords = 4

// isBareHeadline reports whether key is the title's key without the site's name
// the page title ends with ("… He asked for it - CBSSports.com"): the
// headline itself, which is the title repeated wherever it stands, as an
// exact copy is. (A mere part of the title counts only near it, see
// isTitlePart; how near cannot be told for sure before the content filter
// has cut the page around the article, and the headline needs no window.)
func isBareHeadline(key, title string) bool {
	rest, ok := strings.CutPrefix(title, key)
	if !ok || !strings.HasPrefix(rest, " ") || words(key) < minTitleEchoWords {
		return false
	}
	rest = rest[1:]
	for _, sep := range []string{"- ", "| ", "– ", "— ", "· ", ":: "} {
		if site, ok := strings.CutPrefix(rest, sep); ok {
			return site != "" && words(site) <= maxSiteWords
		}
	}
	return false
}

// maxTitleCrumbWords bounds the breadcrumb a page prints before its
// title.
const maxTitleCrumbWords = 4

// isCrumbedTitle reports whether key is the title's key after a few words
// and no separator ("Home Latest News <title>"): a breadcrumb whose last
// entry is the title, printed by a scraper that dropped the arrows
// between the links.
func isCrumbedTitle(key, title string) bool {
	crumb, ok := strings.CutSuffix(key, " "+title)
	return ok && words(title) >= minTitleEchoWords && crumb != "" && words(crumb) <= maxTitleCrumbWords
}

// isTitlePart reports whether key, of at least minTitleEchoWords words, is
// the start or the end of the title's key at a word boundary: the headline
// without its kicker, or the kicker's line with the headline cut off.
func isTitlePart(key, title string) bool {
	if len(key) >= len(title) {
		return false
	}
	head := strings.HasPrefix(title, key) && title[len(key)] == ' '
	tail := strings.HasSuffix(title, key) && title[len(title)-len(key)-1] == ' '
	return (head || tail) && words(key) >= minTitleEchoWords
}

// isReply reports whether key, folded, is a reply's subject on the thread
// titled titleKey: "Re: " and the title, as a forum heads each post.
func isReply(key, titleKey string) bool {
	rest, ok := replySubject(key)
	return ok && rest == titleKey
}

// replySubject returns the subject key, folded, replies to: a reply's
// subject is "Re: " and the subject (see replySubjects too).
func replySubject(key string) (string, bool) {
	return strings.CutPrefix(key, "re: ")
}

// repeatedTitleReason is the reason dedupe gives the title's copy in the
// body; the content filter reads the copy as the article's headline.
const repeatedTitleReason = "repeated title"

// isRepeatedTitle reports whether dedupe dropped b as the title's copy.
func isRepeatedTitle(b *document.Block) bool {
	return droppedBy(b, dedupeName) == repeatedTitleReason
}
