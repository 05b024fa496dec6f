package filter

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "content",
		Description: "on a whole-page dump, keep the main article: classify blocks by length, stopwords and shape, keep the densest region",
		Rank:        50,
		Default:     true,
		New: func(Options) (Applier, error) {
			sw, err := lang.AllStopwords()
			if err != nil {
				return nil, err
			}
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return &content{stop: sw, book: book}, nil
		},
	})
}

const contentName = "content"

// class is a block's verdict in the jusText sense.
type class uint8

const (
	clBad class = iota
	clShort
	clNearGood
	clGood
)

// The content filter's thresholds and weights. Lengths are in runes (a
// Chinese or Japanese character counts cjkWeight), densities are shares of
// a block's words. They were set on the article-extraction benchmark in
// both its input styles and checked on halves of its pages; see
// cmd/evaluate.
const (
	// jusText's context-free classes: a block shorter than lengthLow is
	// short; with a stopword density of stopLow it is near-good, of
	// stopHigh and longer than lengthHigh good. Without a stopword list,
	// length alone decides.
	lengthLow  = 70
	lengthHigh = 150
	stopLow    = 0.30
	stopHigh   = 0.32
	// headingDistance: a heading with good text this close after it is
	// good.
	headingDistance = 200
	// unpunctuatedRunes: a block shorter than this that does not end like
	// a sentence (a headline, a link) is one class worse.
	unpunctuatedRunes = 200
	// minLetters: a block with a smaller share of letters among its
	// letters and digits is a table row, a score or a date list.
	minLetters = 0.75
	// A near-good block in a run of runBlocks near-good or good blocks of
	// runRunes in all is good: an article of short paragraphs has no
	// long one for jusText's smoothing to lean on.
	runBlocks = 3
	runRunes  = 300

	// The region's values: a good block gains its length, less the later
	// on the page it stands (down to 1-positionDecay at the end) and
	// isolatedGain times as much without a good neighbour. A bad block
	// costs its length (at least minBadCost, at most minRegion), a short
	// one shortCost.
	// Boilerplate an earlier filter dropped costs droppedCost a block, a
	// footer line footerCost more, a comment label labelCost more. In a
	// comment thread, text gains threadGain as much.
	positionDecay = 0.5
	isolatedGain  = 0.6
	minBadCost    = 20
	shortCost     = 20
	droppedCost   = 50
	footerCost    = 100
	labelCost     = 100
	threadGain    = 0.2

	// maxLinked: a block more of whose text is the text of links is
	// bad, as in jusText: a menu, a list of teasers, a tag cloud.
	maxLinked = 0.7

	// minBlocks: a document with fewer live blocks is not a whole page,
	// and the filter leaves it alone, unless the boilerplate filter
	// dropped manyFurnished blocks from it; then it needs
	// minBlocksFurnished. A blog's page with a menu of six, a share box
	// and a few related posts has a dozen; an article pasted with its
	// share buttons has a few.
	minBlocks          = 15
	manyFurnished      = 12
	minBlocksFurnished = 5
	// minNoise: a page has at least this many bad or short blocks and
	// blocks an earlier filter dropped as boilerplate; a clean article
	// has fewer.
	minNoise = 15
	// minFurniture: a whole page has at least this many blocks the
	// boilerplate filter dropped (a menu, share buttons, a copyright
	// line); text without any is an article already, or nothing the
	// filter can tell apart. This is what makes the filter idempotent:
	// unscrape's own output has no boilerplate left, so a second run
	// leaves alone what the first kept, whether the first cut the page or
	// kept it whole. Everything else the filter weighs (the boilerplate
	// around a span, lines printed twice, the position on the page) reads
	// differently once the page is cut, and a second run that acted on it
	// would cut again or cut a page the first kept whole.
	minFurniture = 1
	// minRegion: a best region worth less is no evidence of an article.
	minRegion = 300
	// minPost: above a comment thread, a region worth this much is the
	// post the thread is about.
	minPost = 100
	// minProseShare: a region worth less than minRegion is the article
	// when it holds this share of the page's prose (see holdsProse).
	minProseShare = 2.0 / 3
	// fallbackStop: a document in a language without a list is judged by
	// the list whose words make up this share of its words, if any.
	fallbackStop = 0.15
	// maxFooterRunes bounds a footer line found by its words.
	maxFooterRunes = 200
)

type content struct {
	stop *lang.Stopwords
	book *lang.Phrasebook
}

// minLive is the fewest live blocks a whole page has, given how many
// blocks the boilerplate filter dropped from it: a page that lost a menu,
// a footer and share buttons is a whole page however little is left, and
// the little may still be an article with teasers after it.
func minLive(furnished int) int {
	if furnished >= manyFurnished {
		return minBlocksFurnished
	}
	return minBlocks
}

// A blog that prints the same caption under each of its pictures, and a
// converter that prints a caption as a paragraph, give a line that comes
// back between the article's paragraphs ("Mountain Hike Survival Kit with
// Arrowhead Water #HealthyHydration"). Repeated, it would be bad and cut
// the article into pieces of a paragraph or two, none long enough to be
// kept (smooth); a line of minRepeatedCaptionWords words or more, printed
// minRepeatedCaptions times or more, is short instead and takes the class of
// the text around it, even when its copies look like a template's lines
// (see templates), as identical lines do. A menu's entry is shorter, and
// a teaser's headline is printed twice, not three times.
const (
	minRepeatedCaptions     = 3
	minRepeatedCaptionWords = 8
)

// cblock is what the content filter knows about one block.
type cblock struct {
	i        int // index in doc.Blocks
	runes    int
	letters  float64 // share of letters among letters and digits
	heading  bool
	row      bool // a table's row
	footer   bool
	repeated bool
	// caption: a repeated line that a blog prints under each of its
	// pictures (see minRepeatedCaptions).
	caption bool
	// templated: one of several lines made from the same template ("Click
	// to share on …", "… says:", "Rating: 12 Votes").
	templated bool
	label     bool
	// lone: a list item with no list item next to it, a list of one. A
	// page prints a teaser of another story that way between two
	// paragraphs of the article; linked, it is still no menu.
	lone bool
	// linked is the share of the block's text that is the text of links.
	linked float64
	// comments: a comments label an earlier filter dropped ("Comments",
	// "[ 167 comments ]") stands right before the block.
	comments bool
	// forum: a forum's buttons or a poster's rank an earlier filter
	// dropped ("Reply Quote Like Report", "Senior Member") stand right
	// before the block.
	forum bool
	// qa: a question-and-answer site's furniture an earlier filter
	// dropped ("Ask Question", "3 Answers", a comment under a post)
	// stands right before the block.
	qa bool
	// others: a heading of other stories an earlier filter dropped
	// ("Most read", "You may also like") stands right before the block.
	others bool
	// prose: the block ends like a sentence and is mostly letters.
	prose bool
	// credit: a photo credit the phrase packs know, or a caption that
	// ends in one ("… (AP Photo/Jane Doe)", see inlineCredit).
	credit bool
	// amount: an item of a recipe's list of amounts ("320 g di pasta
	// corta", see amountList).
	amount bool
	// facts: a line of a listing's facts, printed one under the other
	// with a date or a time among them (see factListings).
	facts   bool
	cf, cls class // context-free and final class
}

// Apply classifies every live block as jusText does, from its length, its
// stopword density in the document's language and its shape, and smooths
// the classes with the neighbours'. Then it finds the span of blocks that
// gains most (good text, early on the page) for what it costs (bad blocks,
// boilerplate dropped before, footer and comment lines), and drops the
// blocks before and after it. A document of few blocks, with little
// noise or without boilerplate, is not a whole page and is left alone; so
// is a page whose best span is too poor to be an article.
func (f *content) Apply(doc *document.Document) error {
	// The guards that need no features first: most documents are not
	// whole pages and should cost next to nothing here.
	live, furnished, thread := 0, 0, -1
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		switch {
		case b.Dropped && dropReason(b) != "":
			furnished++
			if thread < 0 && live > 0 && dropReason(b) == "comments" {
				thread = i
			}
		case !b.Dropped && b.Kind != document.Title:
			live++
		}
	}
	menuHeadline(f.book.Index(), doc)
	// Last: a newsletter box's heading and pitch go from the article
	// once it is chosen, as they stood in it, between its paragraphs.
	defer dropNewsletterHeadings(f.book.Index(), doc)
	if thread >= 0 {
		// Last, whatever else the filter does: on a page, after the
		// span is chosen, which the thread's text must not move; what
		// of the thread it took in goes.
		defer dropButtonThread(doc, thread)
		defer dropDatedThread(f.book.Index(), doc, thread)
	}
	if (live < minLive(furnished) && furnished < minHeaderFurniture) || furnished < minFurniture {
		if thread >= 0 {
			dropThread(doc, thread)
		}
		return nil
	}
	ph := f.book.Index()
	copyright := ph.Words("copyright")
	bit := f.stoplist(doc)
	keys := make([]string, len(doc.Blocks))
	counts := make(map[string]int, len(doc.Blocks))
	var contents map[string]bool // the entries of a table of contents
	for i := range doc.Blocks {
		keys[i] = doc.Blocks[i].FoldNumbers()
		// A heading that a table of contents links to is the
		// article's, not a line the page prints again.
		if droppedBy(&doc.Blocks[i], dedupeName) != contentsReason {
			counts[keys[i]]++
		} else {
			if contents == nil {
				contents = map[string]bool{}
			}
			contents[keys[i]] = true
		}
	}
	tpl := templates(doc)
	amounts := amountLines(ph, doc)
	chains := brokenParagraphs(doc)
	listings := factListings(ph, doc)
	gallery := ownGallery(ph, doc)
	cutCounters(ph, doc, gallery)
	var bs []cblock
	var boiler []int // for each cblock, boilerplate-dropped blocks before it
	nb, comments, others, forum, qa := 0, false, false, false, false
	// A comments label next to a share button ("Compartir en X", "Copiar
	// enlace", "Comentarios (312)") is the share bar's link to the
	// thread, above the article as often as under it: no thread starts
	// at it. After the article's copyright line, it heads the thread.
	barLink, last := false, ""
	// A row of share buttons on one line is one line of boilerplate, a
	// text browser's too, which makes a block of each of its links.
	lastLine := 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			if r := dropReason(b); r != "" {
				if b.Line != lastLine {
					nb++
				}
				lastLine = b.Line
				comments = comments || r == "comments" && !listedLink(doc, i)
				barLink = barLink || r == "comments" && isShareReason(last) || isShareReason(r) && last == "comments"
				last = r
				others = others || r == othersReason
				forum = forum || r == forumReason
				qa = qa || r == qaReason
			}
			continue
		}
		if b.Kind == document.Title {
			continue
		}
		// An amount is an item of a list of amounts the structure
		// filter reads, or of one a recipe card draws its bullets for.
		c := cblock{i: i, comments: comments && !barLink, others: others, forum: forum, qa: qa,
			amount: amounts != nil && amounts[i] || b.Kind == document.ListItem && isAmount(ph, b.Text),
			facts:  listings != nil && listings[i]}
		comments, others, forum, qa, barLink, last = false, false, false, false, false, ""
		// A poem's line is judged as its stanza: a short line alone,
		// it would count against the article it stands in.
		judged := b
		if chains != nil && chains[i] != "" {
			whole := *b
			whole.Text = chains[i]
			judged = &whole
		}
		c.runes, c.letters = measure(judged.Text)
		c.heading = b.Kind == document.Heading
		c.row = b.Kind == document.TableRow
		// A photo's credit ("Image copyright Getty Images") is the
		// article's: the word "copyright" in it makes no footer line,
		// and it is not bad, which would make the near-good paragraphs
		// between two of them bad (smooth). The copyright sign still
		// does: a credit that has it is a footer's line as before.
		c.credit = phraseClass(ph, b) == lang.PhotoCredit
		c.footer = isFooter(ph, copyright, b, c.credit)
		c.repeated = counts[keys[i]] > 1 && b.Kind != document.Caption || doubled(b.Text)
		c.templated = tpl[i] != 0
		c.caption = c.repeated && counts[keys[i]] >= minRepeatedCaptions && b.Words() >= minRepeatedCaptionWords
		c.label = tpl[i] == tplLabel
		c.linked = linkedShare(b)
		c.lone = b.Kind == document.ListItem && !listItemNear(doc, i, -1) && !listItemNear(doc, i, 1)
		c.prose = c.letters >= minLetters && sentenceEnd(judged.Text)
		c.cf = classify(c, judged, bit != 0, func() float64 {
			nw, ns := f.stop.Count(judged.Text, bit)
			if nw == 0 {
				return 0
			}
			return float64(ns) / float64(nw)
		})
		if judged != b {
			// Each line counts its own length in the region.
			c.runes, _ = measure(b.Text)
		}
		// A photo's caption with its credit ("… (AP Photo/Jane Doe)")
		// is no evidence of an article: video lists and galleries
		// print them as much as articles do. Nor is it evidence
		// against one: bad, a caption few of whose words are
		// stopwords ("Beijing Chaoyang Hospital in Beijing, China …
		// Credit: EPA") would cut the article's first paragraphs off
		// (smooth). Only a line that is evidence either way, and is
		// long enough to be a caption, is asked: finding the credit
		// costs a phrase match for every capitalised word at the
		// line's end.
		if c.cf != clShort && !c.credit && !c.footer && !c.repeated && !c.templated && b.Words() >= minCaptionWords {
			// Of list items, only those that end in a bracket are
			// asked: a teaser's caption ends in its credit so
			// ("(Jane Doe/Harbour Times)"), and a list of headlines
			// would cost a phrase match for each capitalised word.
			ask := b.Kind == document.Paragraph || b.Kind == document.Caption ||
				b.Kind == document.ListItem && strings.HasSuffix(b.Text, ")")
			if ask && !gallery.has(i) && hasEndCredit(ph, b) {
				c.credit, c.cf = true, clShort
			}
		}
		if gallery.has(i) {
			// The gallery's buttons and counters between its
			// pictures are the article's furniture, no page's.
			nb = 0
		}
		bs = append(bs, c)
		boiler = append(boiler, nb)
		nb = 0
	}
	noise, furniture := nb, nb // the boilerplate after the last live block too
	for j := range bs {
		noise += boiler[j]
		furniture += boiler[j]
		if bs[j].cf == clBad || bs[j].cf == clShort {
			noise++
		}
	}
	if len(bs) < minLive(furniture) || noise < minNoise || furniture < minFurniture {
		if furniture >= minHeaderFurniture && len(bs) > 0 {
			smooth(bs)
			f.trimHeader(ph, doc, bs, bit)
		}
		return nil
	}
	smooth(bs)
	lo, hi := region(bs, boiler)
	if lo < 0 {
		// No span is worth an article's: a short one is still under
		// the page's header.
		if furniture >= minHeaderFurniture {
			f.trimHeader(ph, doc, bs, bit)
		}
		return nil
	}
	whole := lo == 0 && hi == len(bs)-1
	if whole {
		// Too little prose to tell the article from the rest (a
		// listicle of short paragraphs): the page stays, but not the
		// menu's lines above the headline that its byline shows.
		if j := bylineHeadline(ph, doc, bs, 0, min(len(bs), maxHeadlineScan)); j > 0 {
			lo, whole = j+1, false
		}
	}
	lo = sectionsAbove(doc, bs, boiler, lo)
	hi = extendEnd(doc, bs, boiler, lo, hi)
	hi = numberedItems(doc, bs, boiler, lo, hi)
	hi = labelledItems(doc, bs, keys, counts, lo, hi)
	hi = formItems(doc, bs, lo, hi)
	hi = recipeCard(doc, bs, boiler, hi)
	if l := extendList(doc, bs, boiler, hi); l > hi {
		hi = l
		if l+1 < len(bs) && boiler[l+1] == 0 && bs[l+1].cf >= clNearGood {
			// The article may go on under its list, as under a
			// table, where text follows it right away (a health
			// page's "Call 999 if:" box, then its next section); a
			// writer's name under it ends the article.
			hi = spanOn(bs, boiler, l)
		}
	}
	if t := extendTable(doc, bs, boiler, hi); t > hi {
		// The article may go on under its table (a race's results,
		// then the championship): bestSpan never got past the rows.
		hi = spanOn(bs, boiler, t)
	}
	hi = referencesAfter(ph, doc, bs, boiler, hi)
	hi = prosConsAfter(ph, doc, bs, boiler, hi)
	hi = boxesAfter(doc, bs, boiler, hi)
	hi = beforeWritersBox(ph, doc, bs, lo, hi)
	hi = untilFurniture(bs, boiler, lo, hi)
	hi = beforeTeasers(doc, bs, lo, hi)
	hi, posters, firstPoster := forumPosts(doc, bs, boiler, lo, hi)
	lo, cards := questionStart(bs, lo)
	for _, j := range cards {
		if posters == nil {
			posters = map[int]bool{}
		}
		posters[j] = true
	}
	lo, anchored := f.headlineStart(doc, bs, boiler, lo, hi, bit)
	// On a page with few lines left, the lines above the article (a
	// standfirst, a caption) are as short as a breadcrumb, and good text
	// after a box in it ("Newsletter" … "Je m'inscris") is the article's:
	// only what is not good after it goes, the teasers and the footer.
	// List items above it are what is left of a menu: a standfirst or a
	// caption is no list, and nor is a line above the headline ("Última
	// hora"); nor is a line of a word or two under it ("letture",
	// "Nessun commento", a section's name), unless it leads into the
	// article ("Washington CNN —", "L'essentiel"). The headline is looked for
	// all the same: the fewer lines
	// the boilerplate filter left, the likelier the title is the site's
	// name over them ("El Diario del Sur").
	few := len(bs) < minBlocks
	// On a page with few lines, the span may take the menu above the
	// article in: the headline is looked for above its first good text.
	hlo := lo
	for few && hlo < hi && bs[hlo].cls != clGood {
		hlo++
	}
	head, title, dropTitle := f.headline(ph, doc, bs, hlo, bit)
	if !few && !anchored {
		// Above the headline is no more of the article.
		lo = extendStart(doc, bs, boiler, lo, head)
	}
	// top is the headline's block, or the title's that is one: on a page
	// with few lines, what is above it is the site's name or a section's
	// label ("Local News" over a text browser's centred headline).
	top := -1
	if head >= 0 {
		top = bs[head].i
	} else if title >= 0 && !dropTitle {
		top = title
	}
	// topJ is top's block in bs, or the last above it where top is the
	// title, which bs has not.
	topJ := len(bs)
	if top >= 0 {
		k, found := blockAt(bs, top)
		topJ = k
		if !found {
			topJ--
		}
	}
	if contents != nil && top >= 0 && lo-1 > topJ && contents[keys[bs[lo-1].i]] && sectionHeading(&doc.Blocks[bs[lo-1].i]) {
		// The section the table of contents links to right above the
		// region is the article's, though the contents between the
		// header and it cost the region its start.
		lo--
	}
	if top >= 0 && lo-1 > topJ && boiler[lo] == 0 && firstSection(doc, bs, topJ, lo, hi) {
		lo--
	}
	facts := factList(doc, bs, boiler, topJ+1, lo)
	for j := range bs {
		b := &doc.Blocks[bs[j].i]
		switch {
		case j == head:
		case posters[j]:
			b.Drop(contentName, "poster's details")
		case j == firstPoster:
		case whole && bs[j].i < top && topJ <= maxHeadlineScan && bs[j].cf <= clShort && !isCreditLine(ph, b):
			// The whole page stays, but not the short lines left of
			// its menu right above the headline ("Cuisine Facile",
			// "Desserts ›" over a recipe's name a text browser
			// centred).
			b.Drop(contentName, "above the headline")
		case j >= lo-1 && j <= hi+1 && b.Kind == document.Paragraph && !bs[j].footer && isCreditLine(ph, b):
			// A credit in the article or right at its edge goes with
			// its caption or to the metadata.
		case few && (j < lo && bs[j].i > top && b.Kind != document.ListItem && (b.Words() >= minStandfirstWords || leads(bs, j, lo)) || bs[j].cls == clGood):
		case j == lo-1 && j > topJ && entryWriter(ph, doc, bs[j].i):
			// A live blog's first entry: the writer's name under its
			// time, right over its text, is the headings filter's.
		case j < lo && j > topJ && facts[j]:
			// A listing's facts under its headline ("Locatie:
			// Amersfoort", "Uren: 32 tot 40 uur per week") are
			// its own.
		case j < lo && j == topJ+1 && top >= 0 && bs[j].cf == clGood && bylinesUntil(ph, doc, bs, j+1, lo),
			j < lo && j == topJ+1 && top >= 0 && b.Kind == document.Paragraph && !endsSentence(b.Text) && titleCase(doc.Blocks[top].Text) &&
				b.Words() >= 2*doc.Blocks[top].Words() && writerUnder(ph, doc, bs, j, lo),
			j < lo && j == topJ+1 && top >= 0 && bs[j].cf >= clNearGood && bs[j].prose && contentsUntil(doc, bs, j, lo):
			// The standfirst right under the headline, over the
			// byline (a writer's name, where the standfirst is a
			// second deck without a full stop, twice as long as the
			// headline in title case over it, as overStandfirst
			// tells the header), is the article's, though the byline and the
			// share buttons under it part it from the text; so is
			// one sentence over the page's table of contents, a
			// few short lines between (a guidance page's "From:"
			// and its department).
		case j < lo && j > topJ && headerByline(ph, doc, bs[j].i):
			// A byline between the headline and the article's text
			// ("Sarah Collins" / "Transport correspondent") is for the
			// credits filter, which moves it to the metadata.
		case j < lo || few && bs[j].i < top:
			b.Drop(contentName, "before the main text")
		case j > hi:
			b.Drop(contentName, "after the main text")
		}
	}
	if head >= 0 || dropTitle {
		replaceTitle(ph, doc, title, head, bs)
	}
	return nil
}

// minMenuLines: a site's menu under its name has this many items at least,
// live or dropped by the boilerplate filter.
const minMenuLines = 2

// menuHeadline makes the headline of a page's header the title where the
// structure filter took the site's name over its menu for it, as a page
// of few lines has them ("Poetry Daily" / "• Poems" / "• Poets" / "The
// Orchard in November" / "by Helen Marsh"): a short title, minMenuLines
// or more menu items under it (live, as the structure filter tells the
// lines above a headline, or dropped as boilerplate), then a
// headline-shaped line right over a byline with its
// lead. The byline says which line is the headline, as it does on a
// whole page (see bylineHeadline); a poem's or a feature's headline need
// share no word with the text.
func menuHeadline(ph *lang.Phrases, doc *document.Document) {
	t := liveTitle(doc)
	if t < 0 || doc.Meta.TitleGiven || doc.Blocks[t].Words() > maxOffTopicWords || endsSentence(doc.Blocks[t].Text) {
		return
	}
	var items []int
	menu, h := 0, -1
	for i := t + 1; i < len(doc.Blocks) && h < 0; i++ {
		switch b := &doc.Blocks[i]; {
		case b.Dropped:
			if dropReason(b) != "" {
				menu++
			}
		case aboveHeadline(b):
			items = append(items, i)
			menu++
		default:
			h = i
		}
	}
	if h < 0 || menu < minMenuLines {
		return
	}
	head := &doc.Blocks[h]
	if head.Kind != document.Paragraph || head.Words() > maxHeadlineWords || endsSentence(head.Text) || !overByline(ph, doc, h) {
		return
	}
	doc.Blocks[t].Drop(contentName, "site's name over its menu")
	for _, i := range items {
		doc.Blocks[i].Drop(contentName, aboveReason(&doc.Blocks[i]))
	}
	head.Kind, head.Level = document.Title, 0
	doc.Meta.Title = head.Text
}

// overStandfirst reports whether the block of bs right above bs[j], a line
// that shares enough of the article's words to be its headline, is the
// headline and bs[j] its standfirst: printed right under it, with nothing
// dropped between and no blank line (in text that sets its blocks apart
// with blank lines, a teaser's title over its summary looks the same, but
// not over the article's byline: see writerUnder), and longer; the line
// above is shaped like a headline and says a word of the article too
// (says), unless the byline under a standfirst twice as long as it shows
// the header (a live blog's headline may say nothing its first entries
// say). A headline of few names shares
// fewer words than the standfirst that tells the story ("La Feria de Abril
// de 2027 tendrá un día más" over "El Ayuntamiento aprueba ampliar la
// fiesta hasta el domingo …").
func overStandfirst(ph *lang.Phrases, doc *document.Document, bs []cblock, j, lo int, says func(string) bool) bool {
	h, s := &doc.Blocks[bs[j-1].i], &doc.Blocks[bs[j].i]
	// Over a byline, a standfirst twice as long as the line above it, a
	// headline longer than a kicker or one in title case ("The Timetable
	// I Stopped Fixing" over "Nine years of volunteer bus-schedule repair
	// …"), tells the header.
	told := (h.Words() > maxLongKickerWords || h.Words() > maxKickerWords && titleCase(h.Text)) && s.Words() >= 2*h.Words() && writerUnder(ph, doc, bs, j, lo)
	glued := !s.Gap || j+2 == lo && namesWriter(ph, &doc.Blocks[bs[j+1].i])
	return bs[j-1].i == bs[j].i-1 && h.Kind == document.Paragraph &&
		h.Words() >= minHeadlineWords && s.Words() > h.Words() && !endsSentence(h.Text) &&
		isHeadlineShaped(ph, &bs[j-1], h) && (glued && says(h.Text) || told)
}

// maxKeyPoints bounds the lines between a live blog's standfirst and its
// writers' names: the key points listed under it.
const maxKeyPoints = 5

// writerUnder reports whether a byline that names a writer stands between
// bs[j] and the article's start at lo, within maxKeyPoints blocks of it: a
// standfirst's, over the article's byline, where a teaser's summary has
// the next teaser's title under it.
func writerUnder(ph *lang.Phrases, doc *document.Document, bs []cblock, j, lo int) bool {
	for k := j + 1; k < lo && k <= j+maxKeyPoints+1; k++ {
		if namesWriter(ph, &doc.Blocks[bs[k].i]) {
			return true
		}
	}
	return false
}

// namesWriter reports whether b is a byline that names a writer, with its
// lead or without ("Marta Iglesias").
func namesWriter(ph *lang.Phrases, b *document.Block) bool {
	by, ok := shortByline(ph, b)
	return ok && len(by.authors) > 0
}

// shortByline reads b as a byline where it is a paragraph short enough to
// be one, or a longer one that wrappedByline reads.
func shortByline(ph *lang.Phrases, b *document.Block) (byline, bool) {
	if b.Kind != document.Paragraph {
		return byline{}, false
	}
	if b.Words() > maxBylineWords {
		return wrappedByline(ph, b)
	}
	return parseByline(ph, b.Text)
}

// blockAt returns where the block at i is in bs, or would be, and whether
// it is there.
func blockAt(bs []cblock, i int) (int, bool) {
	return slices.BinarySearchFunc(bs, i, func(c cblock, i int) int { return c.i - i })
}

// titleOverStandfirst reports whether the title at title, which says no
// word of the article but stopwords, is the headline over the article's
// standfirst: the line right under it, with no blank line between, is
// longer and says the article's words (says); the title has more words
// than a site's name and is no sentence. A column's headline may share no
// word of its text but stopwords ("La ciudad que no sabe envejecer"), its
// standfirst many.
func titleOverStandfirst(doc *document.Document, title int, bs []cblock, says func(string) bool) bool {
	j, found := blockAt(bs, title+1)
	if !found {
		return false
	}
	t, s := &doc.Blocks[title], &doc.Blocks[bs[j].i]
	return !s.Gap && t.Words() > maxSiteNameWords && s.Words() > t.Words() && !endsSentence(t.Text) && says(s.Text)
}

// bylinedStandfirst reports whether bs[j], a line that shares enough of
// the article's words to be its headline, is the standfirst under the
// headline's byline: the line above it is a byline with its lead ("By
// Daniel Harper", the date under it gone with the boilerplate), and the
// line above that is shaped like a headline, shorter than bs[j], and says
// a word of the article (says). A review's headline names the product
// ("Pixel 11a review: the budget phone to beat"), its standfirst what the
// article says of it ("A great camera and a clean design, held back by a
// dim screen").
func bylinedStandfirst(ph *lang.Phrases, doc *document.Document, bs []cblock, j int, says func(string) bool) bool {
	h, s := &doc.Blocks[bs[j-2].i], &doc.Blocks[bs[j].i]
	if h.Kind != document.Paragraph || h.Words() < minHeadlineWords || s.Words() <= h.Words() || endsSentence(h.Text) {
		return false
	}
	if by, ok := shortByline(ph, &doc.Blocks[bs[j-1].i]); !ok || !by.lead {
		return false
	}
	return isHeadlineShaped(ph, &bs[j-2], h) && says(h.Text)
}

// bylinesUntil reports whether bs[from:to] are header bylines (see
// headerByline), one at least, and lines of maxShortWords words that are
// no evidence of text, or, among the first maxKeyPoints of them or after
// a byline, short paragraphs of any length and facts: a box under the byline, a
// match's score and scorers over a report or a live ticker's first entry
// ("Real Betis" / "3 - 2 Final"), a photo's caption over the text.
func bylinesUntil(ph *lang.Phrases, doc *document.Document, bs []cblock, from, to int) bool {
	bylines := 0
	for k := from; k < to; k++ {
		switch {
		case headerByline(ph, doc, bs[k].i):
			bylines++
		case bs[k].cf <= clShort && doc.Blocks[bs[k].i].Words() <= maxShortWords:
			// A review's score ("Score 8,2"), a label.
		case bs[k].cf <= clShort && doc.Blocks[bs[k].i].Kind == document.Paragraph && k-from < maxKeyPoints:
			// Any more and the line under the headline is a teaser's.
		case bylines > 0 && bs[k].cf <= clShort && (doc.Blocks[bs[k].i].Kind == document.Paragraph || factItem(&doc.Blocks[bs[k].i])):
			// Under the byline, the lead picture's alt text and
			// caption, and a box of facts ("Réalisation : Agathe
			// Morvillier").
		default:
			return false
		}
	}
	return bylines > 0
}

// contentsUntil reports whether a table of contents stands between bs[j]
// and bs[lo] (entries the dedupe filter dropped as such), and no more
// than maxKeyPoints short paragraphs besides.
func contentsUntil(doc *document.Document, bs []cblock, j, lo int) bool {
	if lo-j-1 > maxKeyPoints {
		return false
	}
	for k := j + 1; k < lo; k++ {
		if bs[k].cf > clShort || doc.Blocks[bs[k].i].Kind != document.Paragraph {
			return false
		}
	}
	for i := bs[j].i + 1; i < bs[lo].i; i++ {
		if droppedBy(&doc.Blocks[i], dedupeName) == contentsReason {
			return true
		}
	}
	return false
}

// headerByline reports whether the block at i is a byline the credits
// filter will read: one with its lead ("By Jane Doe"), a name over the
// role or place that continues it ("Sarah Collins" / "Transport
// correspondent"), or that second line, or a name with its date.
func headerByline(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	// A long line may be a byline up to a bar, a dot or a date (see
	// parseByline).
	if b.Kind != document.Paragraph || b.Words() > maxBylineWords && bylineEnd(ph, strings.Fields(b.Text)) > maxBylineWords {
		return false
	}
	if namesRole(ph, b) {
		p := pastCopies(doc, i, -1)
		if p < 0 || doc.Blocks[p].Dropped {
			return false
		}
		by, ok := parseByline(ph, doc.Blocks[p].Text)
		return ok && len(by.authors) > 0
	}
	// Most lines here are no byline: the lead, or the role under a name,
	// is looked for before the whole line is read as one.
	text, _ := bylineStart(b.Text)
	toks := cutAvatarName(ph, strings.Fields(text))
	if next := pastCopies(doc, i, 1); datedLead(ph, toks) == 0 && leadLength(ph, "byline", toks) == 0 &&
		(next == len(doc.Blocks) || !namesRole(ph, &doc.Blocks[next])) {
		// A bare name with its date on its line after a bar, a dash
		// or a comma ("Álvaro Jiménez | Sevilla | 02/03/2026 - 22:47",
		// "Anna Meier, Zürich 03.03.2026, 05.30 Uhr"), or two names a
		// slash joins ("Lucía Arráez / Daniel Sotomayor Almenara del
		// Río 18/08/2024"), is one too; without them, a newsletter's
		// name may stand so over its issue ("Opening Bell 11.18.19").
		head := toks[:min(len(toks), maxBareNameWords+1)]
		if !slices.ContainsFunc(head, func(t string) bool { return isTailMark(t) || t == "/" }) && dateAfterComma(ph, toks) == 0 {
			// Two writers' names or more, joined as a byline joins
			// them and nothing else ("Rebecca Lowe, Tom Fairbairn and
			// Priya Shah"), are one without a date.
			return namesOnly(ph, b.Text, toks)
		}
		// A date's words are no name's ("Published Wed, Nov 20 2019"):
		// the name ends at the first mark or comma.
		for _, t := range head {
			if isTailMark(t) {
				break
			}
			if ph.Word("timestamp", strings.TrimFunc(t, textfix.IsEdge)) {
				return false
			}
			if strings.HasSuffix(t, ",") {
				break
			}
		}
		// Or a name with the writer's follow button ("Solène
		// Varenne-Abadie · Suivre"), which parseByline takes for a lead.
		by, ok := parseByline(ph, b.Text)
		return ok && (by.dated || by.lead) && len(by.authors) > 0
	}
	by, ok := parseByline(ph, b.Text)
	return ok && len(by.authors) > 0
}

// pastCopies returns the block next to i in direction step, past the
// blocks the dedupe filter dropped as copies (a writer's name printed
// twice, as its picture's alt text and as the name): -1 or len(doc.Blocks)
// at the document's edge.
func pastCopies(doc *document.Document, i, step int) int {
	j := i + step
	for j >= 0 && j < len(doc.Blocks) && droppedBy(&doc.Blocks[j], dedupeName) != "" {
		j += step
	}
	return j
}

// namesOnly reports whether toks, the words of s, are two writers' names
// or more and the words that join them, and nothing else but the agency
// they write for after a comma ("Meg Kinnard and Errin Haines, Associated
// Press").
func namesOnly(ph *lang.Phrases, s string, toks []string) bool {
	// The joiners first: most lines here have none, and reading a
	// byline costs more.
	n := 0
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && ph.Word("name joiner", t) {
			n++
		}
	}
	if n == 0 {
		return false
	}
	by, ok := parseByline(ph, s)
	if !ok || len(by.authors) < 2 {
		return false
	}
	if c := strings.LastIndexByte(s, ','); c > 0 && ph.Word("agency", strings.TrimSpace(s[c+1:])) {
		n += len(strings.Fields(s[c+1:]))
	}
	for _, a := range by.authors {
		n += len(strings.Fields(a))
	}
	return n == len(toks)
}

// entryWriter reports whether the block at i is a live entry's writer: a
// bare name under an entry's time ("12:30 GMT" / "Priya Shah"), as the
// headings filter reads them (entryTime, writerName).
func entryWriter(ph *lang.Phrases, doc *document.Document, i int) bool {
	return i > 0 && entryTime(doc, i) && writerName(ph, &doc.Blocks[i]) != nil
}

// namesRole reports whether b continues a byline with the writer's role
// ("Transport correspondent"), not only a place or an outlet after a
// comma, which a menu's line may have too.
func namesRole(ph *lang.Phrases, b *document.Block) bool {
	return roleShaped(ph, b) && continuesByline(ph, b)
}

// minStandfirstWords: a standfirst or a caption above a short page's
// article has this many words at least.
const minStandfirstWords = 3

// leads reports whether bs[j] stands right above the article's start lo,
// with nothing the boilerplate filter dropped between.
func leads(bs []cblock, j, lo int) bool {
	return j+1 == lo && bs[lo].i == bs[j].i+1
}

// maxBoxHeadingWords bounds a newsletter box's heading.
const maxBoxHeadingWords = 12

// dropNewsletterHeadings drops a newsletter box's heading, and the pitch
// under it, down to the box's sign-up line the boilerplate filter dropped,
// where the heading or the pitch names the newsletter or the reader's inbox
// ("Get the latest court stories straight to your inbox", "Nieuwsbrief Geld
// & Wonen", "Get the Courier's Politics Briefing" over "… straight to your
// inbox every Monday."); and a pitch with no heading over it (see
// pitchAlone). The pitch is the site's own words, and the heading would
// head the article's next section. It runs once the article is chosen: the
// box, left in the page until then, parts the article from what follows it
// as the site's own lines do.
func dropNewsletterHeadings(ph *lang.Phrases, doc *document.Document) {
	for i := range doc.Blocks {
		h := &doc.Blocks[i]
		if h.Dropped || h.Kind != document.Heading && h.Kind != document.Paragraph {
			continue
		}
		if h.Words() > maxBoxHeadingWords || endsSentence(h.Text) || h.Kind == document.Paragraph && !headingShaped(h.Text) {
			if pitchAlone(ph, doc, i) {
				h.Drop(contentName, "newsletter box")
				// With its call over it ("Never miss a recipe!").
				if k := doc.PrevLive(i); k >= 0 && doc.Blocks[k].Words() <= maxBoxHeadingWords && strings.HasSuffix(doc.Blocks[k].Text, "!") &&
					!strings.ContainsFunc(doc.Blocks[k].Text, textfix.IsDoubleQuote) {
					doc.Blocks[k].Drop(contentName, "newsletter box")
				}
			}
			continue
		}
		// The pitch: a few short paragraphs, none quoting someone, the
		// last maybe with the sign-up button glued to it ("… every
		// Saturday morning. Sign up free"). Where the heading does not
		// name the newsletter, the pitch does in sentences: a line
		// without a full stop over it may be the heading ("Número de
		// la suerte: 18" over "Recibe tu horóscopo cada lunes").
		named, told := saysWordOf(ph, "newsletter", h), true
		j, glued := i+1, false
		for ; j < len(doc.Blocks) && j <= i+maxBoxBlocks; j++ {
			b := &doc.Blocks[j]
			if b.Dropped || b.Kind != document.Paragraph || b.Words() > maxBoxWords || strings.ContainsFunc(b.Text, textfix.IsDoubleQuote) {
				break
			}
			told = told && endsSentence(b.Text)
			named = named || told && saysWordOf(ph, "newsletter", b)
			// A pitch that ends in the button glued to it tells no
			// sentence there: it names the newsletter above, or not.
			if named {
				if glued = endsWithSignUp(ph, b.Text); glued {
					j++
					break
				}
			}
		}
		if !named || !glued && !promoAt(doc, j) {
			continue
		}
		for k := i; k < j; k++ {
			doc.Blocks[k].Drop(contentName, "newsletter box")
		}
	}
}

// pitchAlone reports whether the block at i is a newsletter's pitch with no
// heading over it: a short paragraph, quoting no one, in sentences that
// name the newsletter, right over the form ("Never miss a review. Get the
// Quiet Static Weekly in your inbox every Friday: …" / "_____ Sign me
// up"), or with the button glued to its last sentence ("Never miss an
// obituary. … delivered every morning at 7 a.m. Sign up free"). Most
// paragraphs, ending with a stop or with no sentence in them and no form
// under them, are not read.
func pitchAlone(ph *lang.Phrases, doc *document.Document, i int) bool {
	h := &doc.Blocks[i]
	promo := promoAt(doc, i+1)
	if h.Kind != document.Paragraph || !promo && !(endsInLetter(h.Text) && strings.ContainsAny(h.Text, ".!?")) ||
		h.Words() > maxBoxWords || strings.ContainsFunc(h.Text, textfix.IsDoubleQuote) {
		return false
	}
	return promo && endsSentence(h.Text) && saysWordOf(ph, "newsletter", h) || endsWithSignUp(ph, h.Text)
}

// endsInLetter reports whether s ends with an ASCII letter.
func endsInLetter(s string) bool {
	return s != "" && textfix.ASCIILetter(s[len(s)-1]) != 0
}

// promoAt reports whether the block at j is a newsletter's sign-up line the
// boilerplate filter dropped, or the form's field over it, a text
// browser's line of underscores ("_____ Sign up").
func promoAt(doc *document.Document, j int) bool {
	for j < len(doc.Blocks) && dropReason(&doc.Blocks[j]) == symbolsReason {
		j++
	}
	return j < len(doc.Blocks) && boxKinds[dropReason(&doc.Blocks[j])] == boxKinds["newsletter promo"]
}

// saysWordOf reports whether a word of b, or the last part of a compound
// ("Der Geldfuchs-Newsletter"), is in the packs' word set: a set of a few
// words, which most lines have nowhere in their fold, read first.
func saysWordOf(ph *lang.Phrases, set string, b *document.Block) bool {
	words := ph.Words(set)
	if !words.InFold(b.Fold()) {
		return false
	}
	for w := range strings.FieldsSeq(b.Text) {
		w = strings.TrimFunc(w, textfix.IsEdge)
		if words.Has(w[strings.LastIndexByte(w, '-')+1:]) {
			return true
		}
	}
	return false
}

// followedName reports whether the button to follow the writer stands on
// the line under the name at i, past its copies ("Harriet Calloway" /
// "Follow"): the button says the name is a writer's, as a lead does.
func followedName(ph *lang.Phrases, doc *document.Document, i int) bool {
	n := pastOwnCopies(doc, i, i+1)
	return n < len(doc.Blocks) && doc.Blocks[n].Words() == 1 && ph.Word("follow button", doc.Blocks[n].Text)
}

// deck reports whether bs[j], right over the byline, is the standfirst
// under the headline: no headline's shape, and a sentence or a deck of
// minDeckWords without its full stop.
func deck(ph *lang.Phrases, doc *document.Document, bs []cblock, j int) bool {
	sf := &doc.Blocks[bs[j].i]
	return !isHeadlineShaped(ph, &bs[j], sf) && (endsSentence(sf.Text) || sf.Words() >= minDeckWords)
}

// minDeckWords: a standfirst without its full stop has this many words at
// least ("The government's housing target counts bricks, not households.
// Until policy asks who a new home is for, … end it").
const minDeckWords = 15

// underStandfirst reports whether bs[k+1], right under bs[k], is a
// standfirst (see deck).
func underStandfirst(ph *lang.Phrases, doc *document.Document, bs []cblock, k int) bool {
	return k+1 < len(bs) && bs[k+1].i == bs[k].i+1 && deck(ph, doc, bs, k+1)
}

// maxSignUpWords bounds the words of a sign-up button or of the call to
// sign up a pitch ends with ("Meld u aan voor de nieuwsbrief").
const maxSignUpWords = 6

// endsWithSignUp reports whether s, a sentence or more, ends with a
// newsletter's or a subscription's button or call the packs name, which a
// text browser glued to it or the site wrote without its full stop ("…
// every Saturday morning. Sign up free", "… elke ochtend in uw mailbox.
// Meld u aan voor de nieuwsbrief").
func endsWithSignUp(ph *lang.Phrases, s string) bool {
	end := len(s)
	for n := 0; n < maxSignUpWords; n++ {
		sp := strings.LastIndexByte(s[:end], ' ')
		if sp < 0 {
			return false
		}
		end = sp
		if !endsSentence(s[:end]) {
			continue
		}
		// The call may start a line the packs name by its start
		// ("Meld u aan voor de nieuwsbrief *").
		m, ok := ph.Match(s[end+1:])
		return ok && m.Class == lang.Boilerplate && boxKinds[m.Reason] == boxKinds["newsletter promo"]
	}
	return false
}

// dropButtonThread drops the comment thread under the comments label at
// i whose comments each end with the same buttons ("Reply", "Like"): what
// stands between the label and the last of them, where one such button
// comes twice or more after the label, or two in a row, and the thread has less text than
// the page above the label. A forum's posts end so too, but stand under
// no comments label.
func dropButtonThread(doc *document.Document, i int) {
	var seen map[string]bool // the buttons' folds
	end := -1
	for j := i + 1; j < len(doc.Blocks); j++ {
		b := &doc.Blocks[j]
		if droppedBy(b, boilerplateName) != forumReason {
			continue
		}
		// A button again, or a row of two ("Like", "Reply"): a
		// thread of one comment has its row once.
		if k := b.Fold(); seen[k] || droppedBy(&doc.Blocks[j-1], boilerplateName) == forumReason {
			end = j
		} else {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[k] = true
		}
	}
	if end >= 0 {
		dropThreadUnder(doc, i, end)
	}
}

// dropThreadUnder drops the live blocks between the comments label at i
// and end, the thread's, where they have less text than what stands above
// the label: with more, the label was a link in a menu or a share bar, and
// the article is under it.
func dropThreadUnder(doc *document.Document, i, end int) {
	if liveText(doc, i+1, end) > liveText(doc, 0, i) {
		return
	}
	for j := i + 1; j < end; j++ {
		if b := &doc.Blocks[j]; !b.Dropped {
			b.Drop(contentName, "comment thread")
		}
	}
}

// blockSpan is the blocks from..to of a document, both included; empty
// where to < from.
type blockSpan struct{ from, to int }

func (s blockSpan) has(i int) bool { return i >= s.from && i <= s.to }

// minGalleryCounters: fewer counters of one gallery ("2 / 10") may be a
// page's scores.
const minGalleryCounters = 3

// galleryReach: so many blocks before a gallery's first counter and after
// its last are its first and last pictures' (the alt text, the caption and
// its buttons).
const galleryReach = 4

// ownGallery returns the blocks of a photo essay's gallery: where the page
// numbers its pictures ("2 / 10", "3 / 10", …, or "Bild 2 von 10"),
// minGalleryCounters or more in order out of one total. Its captions with
// their credits are the article's text, which a gallery of other stories'
// pictures has none of, and numbers none.
func ownGallery(ph *lang.Phrases, doc *document.Document) blockSpan {
	none := blockSpan{0, -1}
	first, last, prev, total, n := -1, -1, 0, 0, 0
	for i := range doc.Blocks {
		k, m, _, ok := counterOf(ph, &doc.Blocks[i])
		if !ok {
			continue
		}
		// The picture's counter may be printed twice, over it and
		// among the buttons under it ("1 of 10 Enlarge", "‹ Previous
		// 1/10 Next ›").
		if n > 0 && m == total && k >= prev {
			if k > prev {
				n++
			}
			last, prev = i, k
			continue
		}
		if n >= minGalleryCounters {
			break
		}
		first, last, prev, total, n = i, i, k, m, 1
	}
	if n < minGalleryCounters {
		return none
	}
	return blockSpan{max(0, first-galleryReach), last + galleryReach}
}

// cutCounters cuts the gallery's counters off its captions ("2 / 10
// Dorrit Pell, 71, draws …"), with the picture's alt text a text browser
// prints before a counter in words, and drops a counter on a line of its
// own: the reader sees a number over the picture, no words of the
// caption.
func cutCounters(ph *lang.Phrases, doc *document.Document, gallery blockSpan) {
	for i := gallery.from; i <= gallery.to && i < len(doc.Blocks); i++ {
		b := &doc.Blocks[i]
		_, _, rest, ok := counterOf(ph, b)
		if !ok {
			continue
		}
		if rest != "" {
			if !b.Dropped {
				b.SetText(contentName, "gallery's counter cut from the caption", rest)
			}
			continue
		}
		b.Drop(contentName, "gallery's counter")
		// The picture's alt text a text browser prints under the
		// counter on a line of its own, over the caption ("1 of 10
		// Enlarge" / "A large white sailing ship enters a misty
		// harbour" / "The Dutch barque … berth."): words that end no
		// sentence over a sentence.
		if n := doc.NextLive(i); n >= 0 && n <= gallery.to && altOverCaption(doc, n) {
			doc.Blocks[n].Drop(contentName, "a picture's alt text under its counter")
		}
	}
}

// altOverCaption reports whether the block at i is shaped like a picture's
// alt text over its caption: a paragraph of a few words that ends no
// sentence, and the next a paragraph that does and says more.
func altOverCaption(doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if !altShaped(b) {
		return false
	}
	n := doc.NextLive(i)
	return n >= 0 && doc.Blocks[n].Kind == document.Paragraph && endsSentence(doc.Blocks[n].Text) && doc.Blocks[n].Words() > b.Words()
}

// counterOf reads a gallery's counter in b, in figures at its start (see
// galleryCounter) or in words anywhere (see wordCounter), and returns the
// caption after it.
func counterOf(ph *lang.Phrases, b *document.Block) (k, total int, caption string, ok bool) {
	if k, total, caption, ok = galleryCounter(b.Text); ok || !b.HasDigit() || b.Words() > maxCountedCaptionWords {
		return k, total, caption, ok
	}
	if b.Words() <= maxButtonCounterWords {
		if k, total, ok = buttonCounter(ph, b.Text); ok {
			return k, total, "", true
		}
	}
	return wordCounter(ph, b.Text)
}

// maxButtonCounterWords bounds the words of a line of a gallery's buttons
// with its counter (see buttonCounter).
const maxButtonCounterWords = 8

// buttonCounter reads a gallery's counter printed among the gallery's
// buttons on a line of their own ("1 of 10 Enlarge", "‹ Previous 1/10
// Next ›"): the picture's number and the total, in figures or with a word
// of the packs' [words: gallery of] between, and around them only words
// the packs drop as lines of their own, and arrows.
func buttonCounter(ph *lang.Phrases, s string) (k, total int, ok bool) {
	toks := strings.Fields(s)
	// The counter first, its first number the line's: most short lines
	// with a digit have none, and are not read for buttons.
	at, n := -1, 0 // the counter's first word, and its words
	for i, tok := range toks {
		t := strings.Trim(tok, arrowMarks)
		if t == "" || t[0] < '0' || t[0] > '9' {
			continue
		}
		if a, b, found := strings.Cut(t, "/"); found {
			k, total, ok = countOf(a, b)
			at, n = i, 1
		} else if i+2 < len(toks) && (toks[i+1] == "/" || ph.Word("gallery of", toks[i+1])) {
			k, total, ok = countOf(t, strings.Trim(toks[i+2], arrowMarks))
			at, n = i, 3
		}
		break
	}
	if !ok {
		return 0, 0, false
	}
	for i, tok := range toks {
		if t := strings.Trim(tok, arrowMarks); (i < at || i >= at+n) && t != "" && !buttonWord(ph, t) {
			return 0, 0, false
		}
	}
	return k, total, true
}

// arrowMarks are the arrows a gallery's buttons have beside their words.
const arrowMarks = "‹›«»<>←→"

// countOf reads a picture's number and the gallery's total, no smaller.
func countOf(a, b string) (k, total int, ok bool) {
	k, err1 := strconv.Atoi(a)
	total, err2 := strconv.Atoi(b)
	return k, total, err1 == nil && err2 == nil && k >= 1 && k <= total
}

// maxCountedCaptionWords bounds the words of a picture's alt text, its
// counter in words and its caption: the article's paragraphs, longer,
// are not read for a counter.
const maxCountedCaptionWords = 80

// wordCounter reads a gallery's counter in words anywhere in s, a word of
// the packs' [words: gallery picture], the picture's number, one of
// [words: gallery of] and the total ("Bild 2 von 4", "Photo 2 of 4"), and
// returns the caption after it: before it stands the picture's alt text,
// which a text browser prints and the reader does not see.
func wordCounter(ph *lang.Phrases, s string) (k, total int, caption string, ok bool) {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' || s[i] < '1' || s[i] > '9' {
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		// The shape first, a word and a number after the number; the
		// packs' words are asked of the few numbers that have it.
		glued, after, found := strings.Cut(s[j:], " ")
		of, after, found2 := strings.Cut(after, " ")
		if glued != "" || !found || !found2 || after == "" || after[0] < '1' || after[0] > '9' ||
			!ph.Word("gallery picture", s[strings.LastIndexByte(s[:i-1], ' ')+1:i-1]) || !ph.Word("gallery of", of) {
			i = j
			continue
		}
		m := 0
		for m < len(after) && after[m] >= '0' && after[m] <= '9' {
			m++
		}
		if m == 0 || m < len(after) && after[m] != ' ' {
			i = j
			continue
		}
		if k, total, ok = countOf(s[i:j], after[:m]); ok {
			return k, total, strings.TrimSpace(after[m:]), true
		}
		i = j
	}
	return 0, 0, "", false
}

// galleryCounter reads a gallery's counter, "2 / 10" or "2/10", alone or
// at the start of its caption ("2 / 10 Dorrit Pell, 71, draws …"): the
// picture's number, the total, which is no smaller, and the caption.
func galleryCounter(s string) (k, total int, caption string, ok bool) {
	if s == "" || s[0] < '1' || s[0] > '9' {
		return 0, 0, "", false // most blocks, told by their first byte
	}
	a, rest, found := strings.Cut(s, "/")
	if !found || len(a) > len("100 ") {
		return 0, 0, "", false
	}
	b, caption, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	k, total, ok = countOf(strings.TrimSpace(a), b)
	return k, total, strings.TrimSpace(caption), ok
}

// dropDatedThread drops the comment thread under the comments label at i
// whose comments each have a header of the commenter's name and the time
// ("JRuizM · hace 1 hora" over the comment): what stands between the
// label and the comment under the last header, where two headers or more
// follow the label (see dropThreadUnder).
func dropDatedThread(ph *lang.Phrases, doc *document.Document, i int) {
	headers, end := 0, -1
	for j := i + 1; j < len(doc.Blocks); j++ {
		if b := &doc.Blocks[j]; !b.Dropped && b.Kind == document.Paragraph && commentHeader(ph, b.Text) {
			headers++
			end = doc.NextLive(j)
		}
	}
	if headers >= minDatedComments && end >= 0 {
		dropThreadUnder(doc, i, end+1)
	}
}

// minDatedComments: fewer headers may be a post's own dated lines.
const minDatedComments = 2

// commentHeader reports whether s is a comment's header: a name of up to
// maxCommenterWords words, a dot or a bar, and the time ("JRuizM · hace 1
// hora", "Lucía F. | 2 hours ago").
func commentHeader(ph *lang.Phrases, s string) bool {
	for _, sep := range []string{" · ", " | "} {
		if k := strings.LastIndex(s, sep); k > 0 {
			return textfix.Words(s[:k]) <= maxCommenterWords && isTimestamp(ph, strings.TrimSpace(s[k+len(sep):]))
		}
	}
	return false
}

// liveText returns the bytes of text of the live blocks from..to-1.
func liveText(doc *document.Document, from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if b := &doc.Blocks[j]; !b.Dropped {
			n += len(b.Text)
		}
	}
	return n
}

// A forum thread's posts: see forumPosts.
const (
	// maxPostTail bounds a post's blocks between the first of its
	// text that is good and its buttons (a list, a short last
	// paragraph).
	maxPostTail = 12
	// maxPosterLines bounds the blocks between a post's buttons and the
	// next post's good text: a signature, the poster's name, rank and
	// stats, a quote of an earlier post.
	maxPosterLines = 8
	// minForumPosts: a thread has this many posts after the region's at
	// least; fewer are an article's comments with "Reply" under each.
	minForumPosts = 2
)

// forumPosts returns where the region lo…hi ends once the posts of a
// forum thread after it are taken in, and the blocks between the posts
// that are the posters' details. A forum prints its buttons ("Reply Quote
// Like Report") under each post, then the next poster's signature, name,
// rank and stats ("Posts: 1,234 · Joined: 2019") over the post's date:
// short lines, which cost more in bestSpan than a post of a few sentences
// is worth, so the region ended after the first post or two. A post goes
// on after its buttons where the next post's text follows within
// maxPosterLines blocks, with no heading of other stories, comments label
// or footer between. The poster's details are the blocks up to the last
// line the boilerplate filter dropped before that text (the date, the
// rank); what is after it is the post's own (a quote of an earlier post,
// "wrenchwendy said:"). A thread has minForumPosts posts after its first
// at least; an article's comments have fewer under no comments label.
// The third result is the first post's poster's name above lo, which
// stays, or -1.
func forumPosts(doc *document.Document, bs []cblock, boiler []int, lo, hi int) (int, map[int]bool, int) {
	ends := func(c *cblock) bool { return c.comments || c.others || c.footer || c.label }
	end, posts, tail := max(lo, 0), 0, hi
	var posters map[int]bool
	for {
		// The post's own lines up to its buttons.
		k := end + 1
		for ; k < len(bs) && k <= max(end, hi)+maxPostTail && !bs[k].forum; k++ {
			if ends(&bs[k]) {
				break
			}
		}
		if k >= len(bs) || !bs[k].forum {
			break
		}
		// The last post's lines up to its buttons are its own.
		tail = max(tail, k-1)
		// The next post starts with text that is near-good at least,
		// or is a sentence too short for that where its buttons follow
		// (a rank the boilerplate filter dropped follows a name).
		g := k
		for ; g < len(bs) && g <= k+maxPosterLines && !ends(&bs[g]); g++ {
			if bs[g].cf >= clNearGood || g > k && bs[g].forum && bs[g-1].prose {
				break
			}
		}
		if g >= len(bs) || g > k+maxPosterLines || ends(&bs[g]) {
			break
		}
		short := bs[g].cf < clNearGood
		last := g
		if short {
			last--
		}
		for last > k && boiler[last] == 0 {
			last--
		}
		if short && last == k {
			// No date between tells the poster's lines from the post.
			break
		}
		// Who wrote the post stays, over it: details without a name
		// are no poster's (a row of buttons under each tweet an
		// article quotes). phpBB's name is in the post's header,
		// which the boilerplate filter dropped ("Post by … » …"):
		// no line stands between.
		name := k
		for name < last && !posterName(doc, &bs[name]) {
			name++
		}
		if name == last && last > k && !replySubjects(doc, bs, k, last) {
			break
		}
		for j := k; j < last; j++ {
			if j != name {
				if posters == nil {
					posters = map[int]bool{}
				}
				posters[j] = true
			}
		}
		end, posts = g, posts+1
		if short {
			end = g - 1
		}
	}
	if posts < minForumPosts {
		return hi, nil, -1
	}
	// The first post's writer is above it, among the lines of its
	// details: the one farthest up is the name, over the rank.
	first := -1
	for j := lo - 1; j >= max(lo-maxFirstPoster, 0) && bs[j].cf <= clShort; j-- {
		if posterName(doc, &bs[j]) {
			first = j
		}
	}
	return max(tail, end), posters, first
}

// maxQuestionBlocks bounds the blocks between a question's start and the
// answer the region found (the question's paragraphs and code, its
// poster's card, the answers' header).
const maxQuestionBlocks = 40

// questionStart returns where the region that starts at lo starts once
// the question above it is taken in, on a question-and-answer site's page:
// the region is an answer where a run of furniture stands between it and
// the question (the post's buttons, the asker's card, the comments under
// it, "3 Answers", the votes), which costs more than a short question is
// worth. The question starts with the first text near-good at least
// after the first furniture above lo ("Ask Question", the date it was
// asked, the votes); lo stays where there is none. The second result is
// the short lines between the question's last text and the answer: its
// tags and the asker's card ("Priya Raghunathan" over "412 ● 4 ● 11").
func questionStart(bs []cblock, lo int) (int, []int) {
	if lo <= 0 || !bs[lo].qa {
		return lo, nil
	}
	q := max(0, lo-maxQuestionBlocks)
	for q < lo && !bs[q].qa {
		q++
	}
	for q < lo && bs[q].cf < clNearGood {
		q++
	}
	if q == lo {
		return lo, nil
	}
	last := lo - 1
	for bs[last].cf < clNearGood && !bs[last].prose {
		last--
	}
	var cards []int
	for j := last + 1; j < lo; j++ {
		if bs[j].cf <= clShort {
			cards = append(cards, j)
		}
	}
	return q, cards
}

// replySubjects reports whether bs[from:to] are each a reply's subject
// ("Re: Roggensauer riecht …"): phpBB heads each post with it over the
// header the boilerplate filter dropped ("Beitrag von … » …"), which
// names the poster.
func replySubjects(doc *document.Document, bs []cblock, from, to int) bool {
	for j := from; j < to; j++ {
		if _, ok := replySubject(doc.Blocks[bs[j].i].Fold()); !ok {
			return false
		}
	}
	return true
}

// maxFirstPoster bounds the lines of the first post's details above it
// (the name, the rank, the stats).
const maxFirstPoster = 4

// posterName reports whether c's block may be a poster's name: a word
// that is no address or number ("wrenchwendy", "gravelgoat_73"), or a
// name ("Jane Doe").
func posterName(doc *document.Document, c *cblock) bool {
	b := &doc.Blocks[c.i]
	if b.Words() == 1 {
		return !strings.ContainsAny(b.Text, "/:.") && strings.ContainsFunc(b.Text, unicode.IsLetter)
	}
	return !c.prose && nameShaped(b)
}

// forumReason is the reason for a forum's or a comment thread's buttons.
const forumReason = "forum furniture"

// dropThread drops, from a text too short to be cut as a whole page, the
// comment thread under the comments label at i ("4 comments"): the blocks
// after it, where minTemplateLines of them or more are a commenter's
// label made from one template ("Mary J. on May 2, 2024 said:").
func dropThread(doc *document.Document, i int) {
	tpl := templates(doc)
	labels := 0
	for j := i + 1; j < len(doc.Blocks); j++ {
		if !doc.Blocks[j].Dropped && tpl[j] == tplLabel {
			labels++
		}
	}
	if labels < minTemplateLines {
		return
	}
	for j := i + 1; j < len(doc.Blocks); j++ {
		if b := &doc.Blocks[j]; !b.Dropped {
			b.Drop(contentName, "comment thread")
		}
	}
}

// minHeaderFurniture: a text from which the boilerplate filter dropped
// this many lines has a page's header, even where it has too few lines
// to be cut as a whole page.
const minHeaderFurniture = 5

// trimHeader drops what stands above the headline of a short page that
// Apply does not cut (bs smoothed): the site's name, a menu printed on one line, a
// section's label ("Le Petit Lyonnais" / "Actualités Sport Culture" /
// "Environnement" over "À Lyon, la ville va planter …"). Only lines that
// are not good text go, and a credit stays for the credits filter.
func (f *content) trimHeader(ph *lang.Phrases, doc *document.Document, bs []cblock, bit uint64) {
	lo := slices.IndexFunc(bs, func(c cblock) bool { return c.cls == clGood })
	if lo < 0 {
		// A short interview's answers may all be near-good, and
		// smooth, not seeing a good one, makes them bad: the article
		// starts at its first near-good paragraph then, as headline
		// reads its lead.
		lo = slices.IndexFunc(bs, func(c cblock) bool { return c.cf >= clNearGood })
	}
	if lo < 0 {
		return
	}
	head, title, dropTitle := f.headline(ph, doc, bs, lo, bit)
	top := title
	if head >= 0 {
		top = bs[head].i
	} else if dropTitle {
		top = -1
	}
	if top < 0 {
		// A junk title ("Internacional", a section's name) goes all
		// the same, and the first title-shaped line under it is the
		// title, as in a whole page's header. One that only shares no
		// word with the text stays: on a short page it is likelier a
		// headline of wordplay ("La ciudad que no duerme") than the
		// site's name.
		if dropTitle && title >= 0 && junkTitle(ph, &doc.Blocks[title]) {
			replaceTitle(ph, doc, title, -1, bs)
		}
		return
	}
	for j := range bs {
		b := &doc.Blocks[bs[j].i]
		if bs[j].i < top && bs[j].cls != clGood && !isCreditLine(ph, b) {
			b.Drop(contentName, "above the headline")
		}
	}
	if head >= 0 || dropTitle {
		replaceTitle(ph, doc, title, head, bs)
	}
}

const (
	// maxHeadlineScan bounds the blocks above the article that headline
	// reads: the date, the byline, share buttons and a photo stand
	// between the headline and the text. Lines of a template the page
	// repeats do not count: a text browser prints a row of share buttons
	// one a line ("Click to share on Facebook (Opens in new window)",
	// nine of them), and the headline stood above them.
	maxHeadlineScan = 10
	// maxHeadlineWords bounds a headline; a longer line without a full
	// stop is a paragraph cut short.
	maxHeadlineWords = 25
	// minHeadlineLetters: a headline is letters but for a number or two
	// ("13-Inch MacBook Pro … in First Half of 2020"); a dateline is not.
	minHeadlineLetters = 0.75
	// leadWords: how much of the article's start a headline is compared
	// with.
	leadWords = 120
	// minSharedWords: a headline shares this many of its words (not
	// stopwords) with the article's start at least, and a third of them
	// (a headline's names are often not in the first paragraphs).
	minSharedWords = 2
	// maxOffTopicWords bounds a title that goes for sharing no word with
	// the article's start: a site's name or tagline is a few words; a
	// feature's headline that says more may share none and be right.
	maxOffTopicWords = 5
	// maxSiteNameWords bounds a title that may be the site's name though it
	// shares words with the article's start: a video's caption or the
	// byline names the site too ("Fox News Flash top headlines …").
	maxSiteNameWords = 3
	// maxSiteNameTitleWords bounds the words of such a title, stopwords
	// counted: a site's name or tagline is short.
	maxSiteNameTitleWords = 7
)

// headline judges the title of a page cut to its article. The first line
// of a page a text browser printed is its menu, a site's name or a
// prompt (the parser drops the <link> tags the browsers print first), and
// the structure filter, which reads one line at a time, took it for the
// title. It returns the block of doc that is the title (-1 for none),
// whether it is no title (junkTitle, or off the article's topic) and the
// block of bs above the article at bs[lo] that is the article's headline
// and should be the title in its place (-1 for none).
//
// A headline says what the article says: it is shaped like one and shares
// a third of its words (not stopwords) with the article's start. Of such
// lines the topmost is the headline: the standfirst and a caption under it
// share as many. It is not looked for when the title is one: it shares
// minSharedWords words with the article's start, or half of its words, or
// the source marked it as the headline (a level-1 heading). A title of
// maxSiteNameWords words (not stopwords) at most is one only when no headline
// shares more words than it does: it may be the site's name. A title off
// the topic, of maxOffTopicWords words (not stopwords) at most that shares
// none, is a site's name or tagline: no title is better than that one.
func (f *content) headline(ph *lang.Phrases, doc *document.Document, bs []cblock, lo int, bit uint64) (head, title int, drop bool) {
	if doc.Meta.TitleGiven {
		return -1, -1, false
	}
	title = liveTitle(doc)
	// A wiki's tagline says which line is the headline, whatever the
	// title is (a newsletter box's line the structure filter took).
	if lo >= 0 {
		if j := wikiHeadline(doc, bs, lo); j >= 0 {
			return j, title, false
		}
	}
	// Only a title above the article is judged by what it says; below
	// the article's start ("• 1" on a page elinks printed) it heads
	// nothing, and the headline is looked for as if there were none.
	above := title >= 0 && title < bs[lo].i
	// Without a stopword list every word would count as shared, but
	// where words are not spaced (Chinese, Japanese), pairs of
	// characters say what the text is about.
	han := bit == 0 && lo > 0 && hanLead(doc, bs[lo:])
	if title >= 0 {
		t := &doc.Blocks[title]
		// Level stays 1 on the title that was a "# " heading. Words
		// are not told where they are not spaced (Chinese, Japanese,
		// in an article not written in them) or take endings
		// (Korean): such a title stays too.
		// A title of one word is no title, but where the article's
		// first sentence starts with it, as a wiki's does
		// ("Harbourton is a coastal town …").
		drop = junkText(ph, t) || oneWord(t) && !(lo >= 0 && startsWithWords(doc.Blocks[bs[lo].i].Fold(), t.Fold()))
		if !drop && above && (t.Level == 1 || !han && textfix.HasWide(t.Text) || overByline(ph, doc, title)) {
			if t.Level == 1 {
				if j := secondHeadline(ph, doc, bs, title, lo); j >= 0 {
					return j, title, false
				}
			}
			return -1, title, false
		}
	}
	if lo < 0 || bit == 0 && !han {
		return -1, title, drop
	}
	// keys calls fn with each word of a text that says something, and
	// unit is how many keys make a word.
	keys := func(text string, fn func(uint64)) { f.stop.ContentWords(text, bit, fn) }
	unit := 1
	if han {
		keys, unit = hanKeys, hanUnit
	}
	lead := make(map[uint64]bool, leadWords)
	// A short post's paragraphs may all be near-good, and smooth, not
	// seeing a good one, makes them bad: its lead is its prose then.
	lowest := clGood
	if !slices.ContainsFunc(bs[lo:], func(c cblock) bool { return c.cls == clGood }) {
		lowest = clNearGood
	}
	for j, n := lo, 0; j < len(bs) && n < leadWords; j++ {
		if b := &doc.Blocks[bs[j].i]; bs[j].cls == clGood || lowest == clNearGood && bs[j].cf >= clNearGood {
			k := 0
			keys(b.Text, func(h uint64) { lead[h] = true; k++ })
			if unit == 1 {
				n += b.Words()
			} else {
				n += k / unit
			}
		}
	}
	shared := func(text string) (shared, all int) { return sharedKeys(keys, lead, text) }
	// says reports whether a text says a word of the article's.
	says := func(text string) bool { m, _ := shared(text); return m >= unit }
	// underTitle reports whether the block at i is the standfirst right
	// under the title, which is the headline then ("La ciudad que no sabe
	// envejecer" over "Madrid sigue pensándose como una ciudad …"), no
	// headline over the byline under it (see titleOverStandfirst).
	underTitle := func(i int) bool { return i == title+1 && titleOverStandfirst(doc, title, bs, says) }
	beat := 0         // a headline shares more words than this
	short := true     // no title, or one of a site name's few words
	offTopic := false // a title that says too few of the article's words
	if above && !drop {
		m, n := shared(doc.Blocks[title].Text)
		short = n <= maxSiteNameWords*unit
		offTopic = m < minSharedWords*unit
		if m >= minSharedWords*unit || 2*m >= n && m > 0 {
			// A title of many words is none, whatever few of them
			// the stopword list leaves ("El Gobierno aprueba el tope
			// a los alquileres de temporada" has three), and the
			// longer line under it that shares more is its
			// standfirst.
			if n > maxSiteNameWords*unit || doc.Blocks[title].Words() > maxSiteNameTitleWords {
				// Unless the line over the byline near the article's
				// start says more of it: the title was the site's
				// name and tagline, which name the article's subject
				// too ("The Harbour Courier – news from the coast"),
				// or says as many words, a greater share of its own:
				// the title was a row of links and a tagline ("Über
				// uns So testen wir … Unabhängig. Verständlich.").
				// A title right over that line is the headline over
				// its standfirst.
				// A menu between them parts them.
				if j := bylineHeadline(ph, doc, bs, max(0, lo-maxHeadlineScan), lo+1); j >= 0 && bs[j].i > title &&
					(doc.PrevLive(bs[j].i) != title || menuBetween(doc, title, bs[j].i)) {
					if mj, nj := shared(doc.Blocks[bs[j].i].Text); mj > m || mj == m && mj*n > m*nj {
						return j, title, false
					}
				}
				return -1, title, false
			}
			// A title of a few words may be the site's name, which
			// the article names too: a headline that shares more
			// says more of what the article says.
			beat = m
		}
		// Where the article starts the page, the title is the
		// article's (its first line may be a better one, below).
		drop = lo > 0 && m == 0 && n > 0 && n <= maxOffTopicWords*unit && !underMenu(doc, title, bs[lo].i) &&
			!titleOverStandfirst(doc, title, bs, func(text string) bool { m, _ := shared(text); return m >= minSharedWords*unit })
	}
	// maxHeadlineScan blocks up, templated lines, a recipe's amounts, a
	// box's facts ("Fahrverhalten: 1,6") and a table's rows (a score
	// box's, see scoreRow) not counted, nor the blocks a
	// text browser made of the links of one line (a thread's tags,
	// "[22]fermentation [23]yeast …").
	from := lo
	for n := 0; from > 0 && n < maxHeadlineScan; from-- {
		if !bs[from-1].templated && !bs[from-1].amount && doc.Blocks[bs[from-1].i].Line != doc.Blocks[bs[from].i].Line &&
			!factItem(&doc.Blocks[bs[from-1].i]) && !bs[from-1].row && !scoreRow(doc.Blocks[bs[from-1].i].Text) {
			n++
		}
	}
	// The article's first block may be its headline where the title is
	// none or may be the site's name: the region starts where the page's
	// good text does, and a short post's is all near-good, its headline
	// with it. A title that says more stays over the first line.
	to := lo
	if bs[lo].cls != clGood && short {
		to++
	}
	// farHeadline returns the line over the one byline with its lead far
	// above the article, or over its standfirst, where it says the
	// article's words (see below), or -1. The loop over the candidates
	// and the fallback after it may both ask: it is read once.
	farHeadline := sync.OnceValue(func() int {
		if k := leadByline(ph, doc, bs, max(0, from-maxCrumbEchoScan), to); k > 0 {
			top := bylineTop(ph, doc, bs, k)
			// A box of the article's key points may stand between the
			// standfirst and the byline ("Key points" and its items),
			// which the region, starting under the byline, left out.
			box := keyPointsOver(doc, bs, top)
			j := box - 1
			// Or over the standfirst over the byline (a deck of
			// minDeckWords may end without a full stop), with a video's
			// list of key moments between them and the article
			// ("00:45" / "– sur les retraites" …).
			standfirst := false
			if j >= 1 && bs[j].cf >= clNearGood && deck(ph, doc, bs, j) {
				j--
				standfirst = true
			}
			// An opinion's headline may be two sentences in
			// sentence case ("Our libraries are not a luxury. Stop
			// budgeting as if they were."), right over its longer
			// standfirst right over the byline.
			next := func() bool { return bs[j].i+1 == bs[j+1].i && bs[j+1].i+1 == bs[box].i }
			said := standfirst && next() && sentencedHeadline(ph, &bs[j], &doc.Blocks[bs[j].i], &doc.Blocks[bs[j+1].i])
			if j >= 0 && !(above && bs[j].i < title) && !(above && underTitle(bs[j].i)) && (said || isHeadlineShaped(ph, &bs[j], &doc.Blocks[bs[j].i])) {
				b := &doc.Blocks[bs[j].i]
				m, _ := shared(b.Text)
				led := beat == 0 && (ledByline(ph, &doc.Blocks[bs[k].i]) || followedName(ph, doc, bs[k].i))
				if m < minSharedWords*unit && led && (bs[j].i+1 == bs[box].i || standfirst && next()) {
					m, _ = sharedKeys(keys, articleKeys(doc, bs, lo, keys), b.Text)
				}
				// Over its standfirst right over the byline with its
				// lead, a word of the article's is enough: the
				// header's three lines say which is the headline
				// ("Horóscopo semanal del 8 al 14 de diciembre: …").
				if m >= minSharedWords*unit && m > beat || led && standfirst && next() && m >= unit {
					return j
				}
			}
		}
		return -1
	})
	for j := from; j < to; j++ {
		b := &doc.Blocks[bs[j].i]
		// An item of a recipe's amounts shares the method's words
		// ("Salz und Pfeffer"), but heads nothing.
		if above && bs[j].i < title || bs[j].amount || !isHeadlineShaped(ph, &bs[j], b) || printedTwice(ph, doc, bs[j].i) {
			continue
		}
		if scoreLine(b.Text) && saidBelow(ph, doc, bs, j, to, shared) {
			// A match's score box over the headline ("FC Lindenhoven 3
			// - 1 SV Dijkstad") names both teams, as the headline under
			// it does, which says more.
			continue
		}
		if lastCrumbLink(doc, bs[j].i) {
			// A breadcrumb's last link, which a text browser printed
			// as a block of its own ("Sport > Cricket > England v New
			// Zealand 2024"), names the page's section.
			continue
		}
		if isClockTime(b.Text) {
			// A live blog's key event with its time ("12:40 GMT - Red
			// warning extended to Cornwall") shares the entry's
			// words, but is listed above the entries, no headline.
			continue
		}
		if above && !drop && firstOfQuestions(doc, bs[j].i) {
			// The first of an FAQ's questions shares its answer's
			// words, but heads the answer, under the page's title
			// ("Frequently asked questions about billing").
			continue
		}
		// A site's name that names the article's town says as many of
		// its words as the headline may ("Port Calder Life"): the line
		// over the standfirst, with the byline and its lead a few lines
		// under, is the headline then.
		m, n := shared(b.Text)
		headed := m == beat && j+1 == lo && overItsStandfirst(ph, doc, bs, j, lo+1, shared) &&
			leadByline(ph, doc, bs, lo+1, min(len(bs), lo+2+maxKeyPointsLines)) > lo
		if m >= minSharedWords*unit && (m > beat && (3*m >= n || overItsStandfirst(ph, doc, bs, j, lo, shared)) || headed) {
			// A line further down, right over the byline with its
			// lead, that says as much is the headline: this one is
			// the site's tagline over its menu ("Cuisine de saison,
			// simple et gourmande, depuis la Touraine").
			// A picture's alt text over its caption, or under the
			// byline over the article's text, says what the article
			// does; the headline the byline says, above it, is the
			// headline.
			// A box of the article's facts (a book's publisher, price
			// and rating) under the byline may push that headline,
			// over its standfirst, out of the lines scanned.
			if k := bylineHeadline(ph, doc, bs, max(0, from-bylineReach), j); k >= 0 {
				return k, title, drop
			}
			// So is the line over the byline far away (see
			// farHeadline), where no title says more than it: above,
			// where it says as much (a review's verdict box pushed it out
			// of the lines scanned, and a shop's box under them names
			// the product, "Today's best … deals"), or where the byline
			// stands between it, over its standfirst, and this line, the
			// article's box ("RC Vallombre 27 – 24 Stade Aubertin", a
			// match's sheet); below, past lines between, where it says
			// more (a score box over the headline, "Cons: Okafor-Reid 2
			// Cons: Eddery 2"), unless this line stands over its own
			// standfirst, whose caption may say more.
			if short || drop || offTopic {
				if k := farHeadline(); k >= 0 && k != j {
					mk, _ := shared(doc.Blocks[bs[k].i].Text)
					overIt := k < j && (mk >= m || underStandfirst(ph, doc, bs, k) && leadByline(ph, doc, bs, k+1, j) >= 0)
					// Or past the breadcrumb, where this line is
					// the header's, over it: a ticker of the news
					// ("Última hora La Agencia de Meteorología …")
					// says the article's words too, or more.
					under := mk > m || mk >= minSharedWords*unit && crumbBetween(doc, bs[j].i, bs[k].i)
					underIt := k > j+1 && under && !overItsStandfirst(ph, doc, bs, j, k, shared)
					if overIt || underIt {
						return k, title, drop
					}
				}
			}
			// Or with a menu a converter printed on one line between,
			// where the line over the byline says more than this one
			// (a site's tagline that names the article's towns).
			if k := bylineHeadline(ph, doc, bs, j+1, to); k > j {
				if mk, _ := shared(doc.Blocks[bs[k].i].Text); mk >= m && menuBetween(doc, bs[j].i, bs[k].i) ||
					mk > m && menuRowBetween(ph, doc, bs[j].i, bs[k].i) {
					return k, title, drop
				}
			}
			// So is a line under the breadcrumb that says more of
			// the article's words: a local paper's tagline names the
			// places its article does ("Serving Kestleford, Millbrook
			// and the Wend Valley since 1871").
			if k := sayingMore(ph, doc, bs, j, to, m, shared); k > j {
				return k, title, drop
			}
			// So is the line right under a kicker.
			if k := kickerOver(ph, doc, bs, j, to); k >= 0 {
				return k, title, drop
			}
			// Or under a section's kicker of a few words that names
			// the topic the longer headline under it names too
			// ("Sucesos · Incendio forestal" over "Un incendio
			// forestal en la Sierra de Peñarrubia obliga a …"), or
			// that the headline starts with ("Giro delle Valli 2025"
			// over "Giro delle Valli 2025: tappa 6, Ferrante vola …"),
			// after a live blog's label the packs name as a section
			// ("DIRETTA Terremoto in Val Serena" over "Terremoto in Val
			// Serena, scossa di magnitudo 5.1: …").
			topic, words := unlabelled(ph, b)
			if k := j + 1; k < to && words <= maxKickerWords {
				kb := &doc.Blocks[bs[k].i]
				if (strings.Contains(b.Text, " · ") || startsWithWords(kb.Fold(), topic)) && kb.Words() > b.Words() && isHeadlineShaped(ph, &bs[k], kb) {
					if mk, _ := shared(kb.Text); mk >= m {
						return k, title, drop
					}
				}
			}
			// A breadcrumb that ends with the headline ("Home News
			// Business <headline>") stands above the headline.
			key := b.FoldNumbers()
			last := lastCrumb(b.Text)
			for k := j + 1; k < to && k <= j+titleEchoWindow; k++ {
				if isCrumbedTitle(key, doc.Blocks[bs[k].i].FoldNumbers()) {
					return k, title, drop
				}
				// So does one whose last crumb is the headline's start
				// ("Drammatico / Il canto dell'argine" over "Il canto
				// dell'argine, la recensione: …").
				if kb := &doc.Blocks[bs[k].i]; last != "" && startsWithWords(kb.Fold(), last) && kb.Words() > strings.Count(last, " ")+1 && isHeadlineShaped(ph, &bs[k], kb) {
					return k, title, drop
				}
				// Or whose last crumb starts with the headline, the
				// kicker under the crumb glued to it ("… > Der letzte
				// Fährmann von Grevenau Serie: Leben am Fluss, Teil 3"
				// over "Der letzte Fährmann von Grevenau").
				if kb := &doc.Blocks[bs[k].i]; last != "" && kb.Words() >= minHeadlineWords && startsWithWords(last, kb.Fold()) && isHeadlineShaped(ph, &bs[k], kb) {
					return k, title, drop
				}
			}
			// A line that ends with the breadcrumb's last crumb, the
			// item right over it ("7e étape" over "Tour de l'Arvèze –
			// 7e étape"), names the page's place in the site: the
			// line under it that says more is the headline.
			if k := j + 1; j > 0 && k < len(bs) && k <= to && endsWithCrumb(doc, bs, j) && isHeadlineShaped(ph, &bs[k], &doc.Blocks[bs[k].i]) {
				if mk, _ := shared(doc.Blocks[bs[k].i].Text); mk > m {
					return k, title, drop
				}
			}
			// The line right under this one that says as many of the
			// article's words, longer, over a list of the article's key
			// points, is the headline under its kicker ("England v New
			// Zealand, first Test, day two" over "Beresford century puts
			// England on top …" over "• England 356; New Zealand 198-5
			// at stumps"): a kicker heads no points. A standfirst over
			// the byline's items ends its sentence.
			if k := j + 1; k < to && keyPointsUnder(doc, bs[k].i) {
				if kb := &doc.Blocks[bs[k].i]; kb.Words() > b.Words() && !endsSentence(kb.Text) && isHeadlineShaped(ph, &bs[k], kb) {
					if mk, _ := shared(kb.Text); mk >= m {
						return k, title, drop
					}
				}
			}
			if j > from && overStandfirst(ph, doc, bs, j, lo, says) {
				return j - 1, title, drop
			}
			if j >= 2 && bylinedStandfirst(ph, doc, bs, j, says) {
				return j - 2, title, drop
			}
			return j, title, drop
		}
	}
	// A page's heading under the breadcrumb that ends with it ("Docs",
	// "Guides", "Configuration", "Configuration") is its headline, a
	// word long as it may be, where it names what the article is about,
	// or where the title says no more than the product's name a docs
	// site's name has ("Acme Docs" over "Acme reads its settings …"):
	// the boilerplate filter dropped the crumb with the menu it ends.
	if short {
		for j := from; j < to; j++ {
			if b := &doc.Blocks[bs[j].i]; crumbedHeading(ph, doc, bs[j].i) {
				if m, _ := shared(b.Text); m >= unit && m >= beat || beat <= unit {
					// Unless it is a kicker ("Nordsee-Insel Kaarsand"
					// over "Wo der Wind die Uhren stellt"), over the
					// byline's headline or over one that stands over its
					// standfirst, which a byline need not follow
					// ("Stauprognose" over "Ferienstart im Norden: …"
					// and "dpa/red").
					if k := kickerOver(ph, doc, bs, j, to); k >= 0 {
						return k, title, drop
					}
					if k := j + 1; k < lo && isHeadlineShaped(ph, &bs[k], &doc.Blocks[bs[k].i]) && doc.Blocks[bs[k].i].Words() > b.Words() &&
						(k+1 == lo || overItsStandfirst(ph, doc, bs, k, lo, shared)) {
						return k, title, drop
					}
					return j, title, drop
				}
			}
		}
	}
	// So is the line that a breadcrumb on one line ends with, right
	// under it or under a kicker: an essay's title may say no word of
	// the essay ("Home › Issue 41: Thresholds › Essays › What the River
	// Kept" over "Essay · Issue 41" and "What the River Kept").
	if short || drop {
		for j := max(0, from-2); j < to; j++ {
			last := lastCrumb(doc.Blocks[bs[j].i].Text)
			if last == "" {
				continue
			}
			for k := j + 1; k <= j+2 && k < to; k++ {
				b := &doc.Blocks[bs[k].i]
				if b.Fold() != last || !isHeadlineShaped(ph, &bs[k], b) || above && bs[k].i < title {
					continue
				}
				// The crumb may name the section, a kicker over
				// the headline ("Prozess am Amtsgericht" over
				// "„Ich wollte niemandem schaden“: …").
				if k+1 < len(bs) && isHeadlineShaped(ph, &bs[k+1], &doc.Blocks[bs[k+1].i]) {
					break
				}
				return k, title, drop
			}
		}
	}
	// A shop names the product in its breadcrumb's last crumb and again
	// over the product's box (its price, options, stock and delivery),
	// which stands between that heading and the description, farther up
	// than a headline is looked for. A title that says as much stays.
	if j := crumbEcho(ph, doc, bs, max(0, from-maxCrumbEchoScan), from); j >= 0 && !(above && bs[j].i < title) {
		if m, _ := shared(doc.Blocks[bs[j].i].Text); m >= minSharedWords*unit && m > beat {
			return j, title, drop
		}
	}
	// So does the line over the one byline with its lead far above the
	// article, where it says the article's words: a carousel of other
	// stories' teasers may stand between ("The man whose duvet nearly
	// killed him: …" over "By Sandee LaMotte, CNN"). A feature's lead
	// tells a story first and names its subject further down (the
	// duvet, in a text browser's dump with no title to keep): the line
	// right over a byline with its lead ("By"), nothing dropped between,
	// is marked by it, and the whole article's words confirm it. A
	// carousel's last teaser over a dropped headline is not right over
	// the byline, and a bare name over a date may be the site's. A
	// title that says fewer than two of the article's words (a row of a
	// consent banner's buttons glued to the site's tagline, "Log in |
	// Subscribe … The Renwick Ledger") yields to that line too.
	if short || drop || offTopic {
		if j := farHeadline(); j >= 0 {
			return j, title, drop
		}
	}
	// A column's headline may say none of the lead's words ("As cidades
	// médias não são o plano B da habitação"): the line shaped like one
	// right over the standfirst that says them, with no more than a
	// caption between that standfirst and the article, is the headline,
	// where there is no title to keep.
	if title < 0 || drop {
		for j := max(from, lo-3); j+1 < lo; j++ {
			if j+2 < lo && !bs[j+2].credit {
				continue // the line under the standfirst is no caption
			}
			if b := &doc.Blocks[bs[j].i]; !(above && bs[j].i < title) && isHeadlineShaped(ph, &bs[j], b) && overItsStandfirst(ph, doc, bs, j, lo, shared) {
				return j, title, drop
			}
		}
		// Or right over the region's first paragraph, its standfirst,
		// where the byline with its lead follows a few lines down, past
		// the article's key points ("Rival neighbours agree …" over
		// "Valdoria and Sarvenia commit …", "Key points", three items,
		// "By Margaret Ollivant and Tomasz Reyne").
		// It says a word of the article's, as a photo's credit or a
		// section's kicker there does not. The standfirst is the
		// region's first block here, so the standfirst ends at lo+1.
		if j := lo - 1; j >= from && !(above && bs[j].i < title) && bs[lo].i == bs[j].i+1 && !bs[j].credit &&
			isHeadlineShaped(ph, &bs[j], &doc.Blocks[bs[j].i]) && overItsStandfirst(ph, doc, bs, j, lo+1, shared) &&
			leadByline(ph, doc, bs, lo+1, min(len(bs), lo+2+maxKeyPointsLines)) > lo {
			// Or, of maxKickerWords words and more, no photo's credit
			// ("Alex Wong | Getty Images"): a headline that says the
			// article in words of its own ("Is Football Violence a
			// Crime?" over "NFL assaults have led to lawsuits …").
			b := &doc.Blocks[bs[j].i]
			if m, _ := shared(b.Text); m >= unit || b.Words() >= maxKickerWords && !barredAgency(ph, b.Text) {
				return j, title, drop
			}
		}
	}
	// Where no line is shaped like a headline, one of two words is the
	// title when the article's first sentence starts with it, as a
	// wiki's does ("Lake Varnholm is a lake in …").
	if title < 0 || drop {
		lead := doc.Blocks[bs[lo].i].Fold()
		for j := from; j < lo; j++ {
			b := &doc.Blocks[bs[j].i]
			if b.Kind == document.Paragraph && wordsOf(b, &bs[j]) == minHeadlineWords-1 && namesLead(b.Fold(), lead) && !junkTitle(ph, b) {
				return j, title, drop
			}
		}
	}
	// A blog's name may share the article's words ("Fietsen in
	// Friesland" over a cycling route) where its headline shares none:
	// on a page with few lines left, the line right over a byline with
	// its lead is the headline then. A whole page's teasers each have
	// theirs.
	if short && len(bs) < minBlocks {
		for j := from; j < to && j+1 < len(bs); j++ {
			b := &doc.Blocks[bs[j].i]
			if above && bs[j].i < title || !isHeadlineShaped(ph, &bs[j], b) {
				continue
			}
			if by, ok := parseByline(ph, doc.Blocks[bs[j+1].i].Text); ok && by.lead {
				return j, title, drop
			}
		}
	}
	// On any page, the line over the one byline with its lead near the
	// article's start, or over the standfirst over it, is the headline
	// ("The 5 best budget tents …", "We pitched twelve tents …", "By
	// Owen Price"): a menu's label is the title's short words, and a
	// title that goes (a consent box's "Vos choix concernant
	// l'utilisation de cookies") none.
	if short || drop {
		if j := bylineHeadline(ph, doc, bs, from, to); j >= 0 && !(above && (bs[j].i < title || underTitle(bs[j].i))) {
			return j, title, drop
		}
		if j := roleHeadline(ph, doc, bs, from, to); j >= 0 && !(above && bs[j].i < title) {
			return j, title, drop
		}
	}
	if short || drop {
		// Last, a line right over a standfirst that says its words
		// again, if only as parts of compounds, and a word of the
		// article: a recipe's name over its description ("Apfelkuchen
		// vom Blech" over "Ein einfacher Blechkuchen mit Streuseln …",
		// the method baking it on a "Blech").
		for j := from; j+1 < to; j++ {
			b, s := &doc.Blocks[bs[j].i], &doc.Blocks[bs[j+1].i]
			if above && bs[j].i < title || bs[j+1].i != bs[j].i+1 || s.Kind != document.Paragraph ||
				s.Words() <= b.Words() || !endsSentence(s.Text) {
				continue
			}
			if !compoundParts(b.Fold(), s.Fold()) {
				continue
			}
			if m, _ := shared(b.Text); m < unit && !stemInLead(b.Fold(), leadFold(doc, bs, lo)) {
				continue
			}
			// Shaped like a name it may be ("Apfelkuchen vom Blech"),
			// but a writer's name is not what the standfirst under
			// it tells again.
			if !headlineOrName(ph, &bs[j], b) {
				continue
			}
			if by, ok := parseByline(ph, b.Text); !ok || !by.lead {
				return j, title, drop
			}
		}
	}
	return -1, title, drop
}

// endsWithCrumb reports whether bs[j] ends with the words of the list
// item right over it, a breadcrumb's last crumb.
func endsWithCrumb(doc *document.Document, bs []cblock, j int) bool {
	crumb := &doc.Blocks[bs[j-1].i]
	key := crumb.Fold()
	return crumb.Kind == document.ListItem && key != "" && strings.HasSuffix(doc.Blocks[bs[j].i].Fold(), " "+key)
}

// maxScoreLineWords bounds a score box's line: two teams' names and the
// score between them.
const maxScoreLineWords = 9

// maxScoreDigits bounds a score's digits (a basketball team's 112): a
// year's four are a season's ("2024-25").
const maxScoreDigits = 3

// scoreLine reports whether s is a match's score between the teams' names
// and nothing else ("FC Lindenhoven 3 - 1 SV Dijkstad", "Arsenal 2-1
// Chelsea"): a number, a dash or a colon, a number, and no clause's marks.
// The digits may run on into a label a text browser glued ("3 -
// 1Eindstand").
func scoreLine(s string) bool {
	if strings.Count(s, " ")+1 > maxScoreLineWords || strings.ContainsAny(s, ",;?!") || strings.Contains(s, ": ") {
		return false
	}
	digits := func(i int) int { // the end of the digits from s[i] on
		for i < len(s) && textfix.IsDigit(rune(s[i])) {
			i++
		}
		return i
	}
	spaces := func(i int) int {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		return i
	}
	for i := 0; i < len(s); i++ {
		j := digits(i)
		if j == i {
			continue
		}
		k := spaces(j)
		// A date's or a time's parts are no score ("2018-08-16",
		// "10:45:00").
		if i > 0 && strings.IndexByte("-:./", s[i-1]) >= 0 {
			i = j
			continue
		}
		if mark, size := utf8.DecodeRuneInString(s[k:]); (mark == '-' || mark == ':' || mark == '–') && j-i <= maxScoreDigits {
			n := spaces(k + size)
			if e := digits(n); e > n && e-n <= maxScoreDigits && (e == len(s) || strings.IndexByte("-:./", s[e]) < 0) {
				return true
			}
		}
		i = j
	}
	return false
}

// saidBelow reports whether a line of bs[j+1:to] shaped like a headline
// says as many of the article's words as bs[j] or more.
func saidBelow(ph *lang.Phrases, doc *document.Document, bs []cblock, j, to int, shared func(string) (int, int)) bool {
	m, _ := shared(doc.Blocks[bs[j].i].Text)
	for k := j + 1; k < to; k++ {
		if b := &doc.Blocks[bs[k].i]; isHeadlineShaped(ph, &bs[k], b) {
			if mk, _ := shared(b.Text); mk >= m {
				return true
			}
		}
	}
	return false
}

// lastCrumbLink reports whether the block at i stands on the line of the
// block before it, which ends with a breadcrumb's mark ("Cricket >").
func lastCrumbLink(doc *document.Document, i int) bool {
	return i > 0 && doc.Blocks[i-1].Line == doc.Blocks[i].Line && endsWithCrumbMark(doc.Blocks[i-1].Text)
}

// sayingMore returns the first line of bs[j+1:to] that is shaped like a
// headline, shares more than m of the article's words (shared) and a
// third of its own, and has the breadcrumb dropped between it and bs[j],
// which it does not repeat; or -1. A menu between is no such sign: the
// page's teasers under it say the article's words too ("Ken Langone is
// “proud” of Home Depot employees …" under "Home Depot sales miss, shares
// plunge"); a breadcrumb stands right over the headline.
func sayingMore(ph *lang.Phrases, doc *document.Document, bs []cblock, j, to, m int, shared func(string) (int, int)) int {
	for k := j + 1; k < to; k++ {
		b := &doc.Blocks[bs[k].i]
		if !isHeadlineShaped(ph, &bs[k], b) || printedTwice(ph, doc, bs[k].i) {
			continue
		}
		if strings.HasPrefix(b.Fold(), doc.Blocks[bs[j].i].Fold()) {
			continue // the headline again, with its date glued on
		}
		if mk, nk := shared(b.Text); mk > m && 3*mk >= nk && crumbBetween(doc, bs[j].i, bs[k].i) {
			return k
		}
	}
	return -1
}

// crumbBetween reports whether a breadcrumb went between the blocks at i
// and j, or stands there (a path of crumbs to a long last part, see
// crumbLed, which no rule dropped, or a crumb's link that a text browser
// printed as a block of its own, "Sucesos >").
func crumbBetween(doc *document.Document, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if b := &doc.Blocks[k]; dropReason(b) == breadcrumbReason || !b.Dropped && (crumbLed(b.Text) || endsWithCrumbMark(b.Text)) {
			return true
		}
	}
	return false
}

// kickerOver returns the headline right under the kicker bs[j], or -1:
// the line the byline says is the headline (see bylineHeadline), under a
// short line that ends no sentence ("Premiere am Stadttheater Wellenburg"
// over "Ein Dorf ertrinkt im eigenen Schweigen", its standfirst and "Von
// Henrike Alsberg"). A kicker names the article's subject, and so says
// its words, where the headline need not. A kicker printed right over a
// short headline is the structure filter's to join (see kickedHeadline).
func kickerOver(ph *lang.Phrases, doc *document.Document, bs []cblock, j, to int) int {
	b := &doc.Blocks[bs[j].i]
	if b.Words() > maxLongKickerWords || endsSentence(b.Text) || kickedHeadline(ph, doc, bs[j].i) >= 0 {
		return -1
	}
	if k := bylineHeadline(ph, doc, bs, j+1, to); k == j+1 {
		return k
	}
	return -1
}

// keyPointsUnder reports whether a list of the article's key points stands
// right under the block at i: minKeyPoints items or more, no longer than
// maxKeyPointsLines.
func keyPointsUnder(doc *document.Document, i int) bool {
	n := 0
	for j := i + 1; j < len(doc.Blocks) && doc.Blocks[j].Kind == document.ListItem && !doc.Blocks[j].Dropped; j++ {
		if n++; n > maxKeyPointsLines {
			return false
		}
	}
	return n >= minKeyPoints
}

// listedLink reports whether the block at i is an item of a list with
// another item next to it: a table of contents' link to the comments ("6.
// Comments" under "5. Final Thoughts"), or a menu's, heads no thread.
func listedLink(doc *document.Document, i int) bool {
	if doc.Blocks[i].Kind != document.ListItem {
		return false
	}
	return i > 0 && doc.Blocks[i-1].Kind == document.ListItem || i+1 < len(doc.Blocks) && doc.Blocks[i+1].Kind == document.ListItem
}

// keyPointsOver returns where the box of key points right over bs[top]
// starts, its label included: minKeyPoints items or more, no more than
// maxKeyPointsLines lines in all, the label a short line that ends no
// sentence ("KEY POINTS"). Without such a box, it returns top.
func keyPointsOver(doc *document.Document, bs []cblock, top int) int {
	j := top
	for j > 0 && top-j <= maxKeyPointsLines && bs[j-1].i+1 == bs[j].i && doc.Blocks[bs[j-1].i].Kind == document.ListItem {
		j--
	}
	if top-j < minKeyPoints || top-j > maxKeyPointsLines {
		return top
	}
	if j > 0 && bs[j-1].i+1 == bs[j].i && top-j < maxKeyPointsLines {
		if l := &doc.Blocks[bs[j-1].i]; l.Words() <= maxKickerWords && !endsSentence(l.Text) {
			j--
		}
	}
	return j
}

// minKeyPoints: a headline's key points are two at least; one bullet is
// a teaser's.
const minKeyPoints = 2

// maxKeyPointsLines bounds the lines between a standfirst and the byline
// under it: a box of key points, its label and its items.
const maxKeyPointsLines = 6

// overItsStandfirst reports whether the block bs[j] stands right over a
// standfirst that says the article's words: a longer paragraph that ends
// a sentence and shares minSharedWords words with the lead. A headline
// that shares fewer than a third of its words with the lead says it in
// words of its own ("We Stopped Replying Instantly. Our Remote Team Got
// Faster." over "How a twelve-person distributed team swapped always-on
// chat for two daily message windows …"); the standfirst under it says
// what the lead goes on with. The standfirst stands above bs[end], the
// article's start, or is the article's first block where end is the block
// under it: a caption over the lead ("… a big win. He didn't get
// it.Credit...Doug Mills") is no headline, though it may share so few,
// nor is a date with its time.
func overItsStandfirst(ph *lang.Phrases, doc *document.Document, bs []cblock, j, end int, shared func(string) (int, int)) bool {
	if j+1 >= end || bs[j+1].i != bs[j].i+1 {
		return false
	}
	b, s := &doc.Blocks[bs[j].i], &doc.Blocks[bs[j+1].i]
	if year, clock := yearClock(b.Text); year && clock || timestampLine(ph, b) {
		return false // "Last Updated : Nov 20, 2019 01:41 PM IST"
	}
	if s.Kind != document.Paragraph || s.Words() <= b.Words() {
		return false
	}
	// The standfirst may end in the byline lynx glued to it ("…
	// martedì sera." / "di Davide Marchetti e Chiara Lodi").
	if !endsSentence(s.Text) {
		if _, _, glued := gluedByline(ph, s.Text, dateUnder(ph, doc, bs[j+1].i)); !glued {
			return false
		}
	}
	m, _ := shared(s.Text)
	return m >= minSharedWords
}

// lastCrumb returns the last section of s, folded, where s is sections
// between one of crumbSeparators, or "".
func lastCrumb(s string) string {
	if !hasCrumbMark(s) {
		return ""
	}
	for _, sep := range crumbSeparators {
		if i := strings.LastIndex(s, sep); i > 0 {
			return textfix.Fold(s[i+len(sep):])
		}
	}
	return ""
}

// secondHeadline returns the block of bs that is the first heading under
// the title, a second "# " heading the structure filter made "## ", at the
// article's start at the latest, shaped like a headline, with a menu
// between (see menuBetween), or -1: a page that marks the site's name and
// the post's title both as <h1> (a newsletter's "Curb Appeal" over its
// menu and "The bus stop is the product").
func secondHeadline(ph *lang.Phrases, doc *document.Document, bs []cblock, title, lo int) int {
	for j := range bs[:lo+1] {
		b := &doc.Blocks[bs[j].i]
		if bs[j].i < title || b.Kind != document.Heading {
			continue
		}
		if b.Level <= 2 && menuBetween(doc, title, bs[j].i) && isHeadlineShaped(ph, &bs[j], b) {
			return j
		}
		return -1
	}
	return -1
}

// wikiTaglineReason is the boilerplate filter's reason for the line a
// Wikipedia page prints under its title ("From Wikipedia, the free
// encyclopedia").
const wikiTaglineReason = "wiki tagline"

// maxWikiTabs bounds the lines between a wiki's headline and its tagline:
// the page's tabs ("Article", "Talk", "Read", "Edit", "View history"), and
// the count of its languages.
const maxWikiTabs = 12

// wikiHeadline returns the block of bs above bs[lo] that is a wiki page's
// headline, or -1: the line over the tagline, its tabs between. The
// tagline says which line it is, though a text browser prints the
// headline as plain text and an article's name may be a word or two
// ("Grünsee (Vogelsberg)"), shorter than a headline is looked for.
func wikiHeadline(doc *document.Document, bs []cblock, lo int) int {
	for i := range bs[lo].i {
		if dropReason(&doc.Blocks[i]) != wikiTaglineReason {
			continue
		}
		for k := i - 1; k >= 0 && i-k <= maxWikiTabs; k-- {
			b := &doc.Blocks[k]
			if b.Dropped || b.Kind == document.ListItem {
				continue
			}
			j, found := blockAt(bs, k)
			if !found || b.Kind != document.Paragraph && b.Kind != document.Heading || b.Words() > maxHeadlineWords || bs[j].footer || bs[j].label {
				return -1
			}
			return j
		}
		return -1
	}
	return -1
}

// sectionHeading reports whether b is shaped like a section's heading: a
// heading, or a paragraph the headings filter would make one ("Why
// logical instead of physical replication?").
func sectionHeading(b *document.Block) bool {
	return b.Kind == document.Heading || b.Kind == document.Paragraph && headingShaped(b.Text)
}

// crumbEcho returns the first block of bs[from:to] shaped like a headline
// that says again the last item of a list at most maxHeadlineScan blocks
// above it (see headline), or -1.
func crumbEcho(ph *lang.Phrases, doc *document.Document, bs []cblock, from, to int) int {
	for j := from; j < to; j++ {
		b := &doc.Blocks[bs[j].i]
		if b.Kind == document.Caption || b.Kind == document.ListItem {
			continue
		}
		// The crumbs are compared first: few lines have one, and
		// isHeadlineShaped reads a byline.
		for k := max(0, j-maxHeadlineScan); k < j; k++ {
			crumb := &doc.Blocks[bs[k].i]
			if crumb.Kind == document.ListItem && doc.Blocks[bs[k+1].i].Kind != document.ListItem &&
				crumb.FoldNumbers() == b.FoldNumbers() && isHeadlineShaped(ph, &bs[j], b) {
				return j
			}
		}
	}
	return -1
}

// maxCrumbEchoScan: how far above the blocks where a headline is looked for
// crumbEcho looks, in blocks.
const maxCrumbEchoScan = 3 * maxHeadlineScan

// leadFold returns the article's start folded: the good blocks from bs[lo]
// on, leadWords words of them or a few more.
func leadFold(doc *document.Document, bs []cblock, lo int) string {
	var sb strings.Builder
	for j, n := lo, 0; j < len(bs) && n < leadWords; j++ {
		if bs[j].cls == clGood {
			b := &doc.Blocks[bs[j].i]
			sb.WriteString(b.Fold())
			sb.WriteByte(' ')
			n += b.Words()
		}
	}
	return sb.String()
}

// articleKeys returns the keys (see sharedKeys) of every good block from
// bs[lo] on: the whole article's words, where the lead's are too few to
// tell a headline by.
func articleKeys(doc *document.Document, bs []cblock, lo int, keys func(string, func(uint64))) map[uint64]bool {
	set := make(map[uint64]bool)
	for _, c := range bs[lo:] {
		if c.cls == clGood {
			keys(doc.Blocks[c.i].Text, func(h uint64) { set[h] = true })
		}
	}
	return set
}

// underMenu reports whether the title at title stands right under the
// page's menu, a run of short lines the boilerplate filter dropped, and no
// menu stands between it and the article's start at lo: a site's name is
// printed over its menu, a headline under it ("Tageshoroskop Stier: Ihr
// Horoskop für Sonntag", over a horoscope that names no word of it).
func underMenu(doc *document.Document, title, lo int) bool {
	if title <= 0 || dropReason(&doc.Blocks[title-1]) != shortRunReason {
		return false
	}
	for k := title + 1; k < lo; k++ {
		if menuDropped(&doc.Blocks[k]) {
			return false
		}
	}
	return true
}

// bylineHeadline returns the block of bs[from:to] right over the one
// byline with its lead near there, or over the standfirst over it (and
// over a line of dates over that), when it is shaped like a headline and
// says a word of what follows it (a word of minLongWord bytes or more:
// "tents" in "We pitched twelve tents …"), if only as a part of a
// compound ("Stadtbahn" in "Stadtbahnlinie"); -1
// where there is none. A photo's credit or a logo's alt text over a
// caption says none.
func bylineHeadline(ph *lang.Phrases, doc *document.Document, bs []cblock, from, to int) int {
	by := leadByline(ph, doc, bs, from, min(len(bs), to+bylineReach))
	k := by
	if k > from {
		k = bylineTop(ph, doc, bs, by)
	}
	over := []int{k - 1, k - 2}
	if k >= 3 && k-3 >= from && isDate(ph, doc.Blocks[bs[k-2].i].Text) {
		// An obituary's life dates stand between the headline and
		// the standfirst ("* 12. März 1941 † 2. Dezember 2026").
		over = append(over, k-3)
	}
	for _, j := range over {
		// Over the standfirst, a short headline may be shaped like a
		// name ("Zwetschgendatschi vom Blech"): the byline under the
		// standfirst names the writer.
		if k < 0 || j < from || j >= to || !isHeadlineShaped(ph, &bs[j], &doc.Blocks[bs[j].i]) &&
			!(j <= k-2 && headlineOrName(ph, &bs[j], &doc.Blocks[bs[j].i]) && !ledByline(ph, &doc.Blocks[bs[j].i])) {
			continue
		}
		if j <= k-2 && (!endsSentence(doc.Blocks[bs[k-1].i].Text) && bs[k-1].cf < clNearGood || bs[k-1].credit) {
			continue
		}
		if saysAfter(doc, bs, j, k, by, j <= k-2) {
			return j
		}
	}
	return -1
}

// bylineTop returns where the byline bs[k] starts (k > 0): at the alt
// text of the writer's picture right over it ("Headshot of Miriam
// Ashcombe" / "By Miriam Ashcombe"), which is the byline's, or at k. The
// headline is over it.
func bylineTop(ph *lang.Phrases, doc *document.Document, bs []cblock, k int) int {
	if avatarAlt(ph, &doc.Blocks[bs[k-1].i], &doc.Blocks[bs[k].i]) {
		return k - 1
	}
	return k
}

// avatarAlt reports whether alt, right over the byline by, is the alt
// text of the writer's picture: the byline's one writer's name after at
// most maxAvatarLead words ("Headshot of Miriam Ashcombe", "Marco
// Bellini").
func avatarAlt(ph *lang.Phrases, alt, by *document.Block) bool {
	// Most pairs asked are no such thing: the alt text is short, and
	// the byline says its last word; only then is the byline parsed.
	// pandoc's plain text prints it in brackets ("[Porträt von Katharina
	// Vollmer-Dietz]").
	text := alt.Text
	if isBracketed(text) {
		text = text[1 : len(text)-1]
	}
	if alt.Kind != document.Paragraph || alt.Words() > maxAvatarLead+maxNameWords ||
		!strings.Contains(by.Text, text[strings.LastIndexByte(text, ' ')+1:]) {
		return false
	}
	b, ok := shortByline(ph, by)
	if !ok || len(b.authors) != 1 {
		return false
	}
	name := b.authors[0]
	lead, ok := strings.CutSuffix(text, name)
	return ok && (lead == "" || strings.HasSuffix(lead, " ") && len(strings.Fields(lead)) <= maxAvatarLead)
}

// saysAfter reports whether bs[j], a headline over the byline at
// bs[top:bottom+1], says a word, or a part of one, of the text under it up
// to bylineReach blocks past the byline, the byline left out. Over a
// standfirst (far), the line may say a word the article says only further
// down ("sécheresse"): the good text after that counts too.
func saysAfter(doc *document.Document, bs []cblock, j, top, bottom int, far bool) bool {
	var text strings.Builder
	for n := j + 1; n < len(bs) && (n <= bottom+bylineReach || far); n++ {
		if (n < top || n > bottom) && (n <= bottom+bylineReach || bs[n].cls == clGood) {
			text.WriteString(doc.Blocks[bs[n].i].Fold())
			text.WriteByte(' ')
		}
	}
	return sharesPart(doc.Blocks[bs[j].i].Fold(), text.String())
}

// roleHeadline returns the headline over a byline without its lead, a
// writer's name over the writer's role ("Marta Villaseñor Ibarra" /
// "Catedrática de Economía Aplicada …", as a guest's column prints it),
// or over the standfirst over that byline: the line shaped like a
// headline that says a word the text after it says, as bylineHeadline
// finds it over a byline with its lead; or -1. The first such byline in
// bs[from:to+bylineReach] is asked.
func roleHeadline(ph *lang.Phrases, doc *document.Document, bs []cblock, from, to int) int {
	for k := from + 2; k < min(len(bs), to+bylineReach); k++ {
		name := k - 1
		if !namesRole(ph, &doc.Blocks[bs[k].i]) {
			continue
		}
		// One writer's name and nothing else: a menu's items may read
		// as names ("Search Quotes and Companies" over "Letters to the
		// Editor").
		n := &doc.Blocks[bs[name].i]
		if by, ok := parseByline(ph, n.Text); !ok || len(by.authors) != 1 || by.authors[0] != n.Text {
			continue
		}
		// The headline over a longer standfirst first: both may say
		// the text's words.
		for _, j := range []int{name - 2, name - 1} {
			if j < from || !isHeadlineShaped(ph, &bs[j], &doc.Blocks[bs[j].i]) {
				continue
			}
			if j == name-2 && doc.Blocks[bs[j+1].i].Words() <= doc.Blocks[bs[j].i].Words() {
				continue // no standfirst between
			}
			if saysAfter(doc, bs, j, name, k, j == name-2) {
				return j
			}
		}
		return -1
	}
	return -1
}

// bylineReach: the byline under a headline and its standfirst stands this
// many blocks below the article's start at most (the standfirst may be the
// start).
const bylineReach = 3

// leadByline returns the one block of bs[from:to] that is a byline with
// its lead ("By Owen Price") or a writer's name with its date ("Femke
// Wijnbergen 7 december 2026, 06:00", see datedName), or over its date
// ("Lucía Barrenechea · Castrovierzo" over "Publicado: 12/03/2025 08:14",
// see overDate), or -1 where there is none or more than one: a page of
// teasers has a byline under each.
func leadByline(ph *lang.Phrases, doc *document.Document, bs []cblock, from, to int) int {
	k := -1
	for j := from; j < to; j++ {
		b := &doc.Blocks[bs[j].i]
		by, ok := shortByline(ph, b)
		if !ok && b.Kind == document.Paragraph && b.Words() > maxBylineWords && b.HasDigit() {
			// The standfirst lynx glued the dated byline to (see
			// gluedByline) stands where the byline would; the date
			// has digits.
			_, by, ok = gluedByline(ph, b.Text, false)
		}
		if ok && (by.lead || len(by.authors) == 1 && (by.dated || underIsDate(ph, doc, bs[j].i)) && datedName(ph, doc, b.Text, by.authors[0])) {
			if k >= 0 && !by.lead && !b.Gap && bs[k].i == bs[j].i-1 {
				// The byline's own line that a converter wrapped
				// ("Von Svenja Hallbrink · Fachlich geprüft von Dr.
				// med." / "Arne Vosskuhl, Schlafmediziner"), over
				// the date: the byline's names go on, no second one.
				continue
			}
			if k >= 0 {
				return -1
			}
			k = j
		}
	}
	return k
}

// minMenuRowWords: a menu printed on one line has this many links' words
// at least.
const minMenuRowWords = 5

// menuRowBetween reports whether a live line between the blocks at i and j
// is a menu a converter printed on one line ("Home Cronaca Politica
// Economia Sport …", maybe with the breadcrumb under it): it starts with a
// navigation link of the packs, and of its words, minMenuRowWords or
// more, all but a quarter at most are capitalised; no sentence (or see
// menuRow for a long row without the link).
func menuRowBetween(ph *lang.Phrases, doc *document.Document, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if b := &doc.Blocks[k]; !b.Dropped && menuRow(ph, b) {
			return true
		}
	}
	return false
}

// menuRow reports whether b is a menu a converter printed on one line
// (see menuRowBetween).
func menuRow(ph *lang.Phrases, b *document.Block) bool {
	if b.Words() < minMenuRowWords || endsSentence(b.Text) {
		return false
	}
	// A row led by a navigation link of the packs may have a quarter of
	// its words in small letters; a long row of sections without one
	// ("News Eat & Drink What's On Arts & Culture Music Shopping …") has
	// none, nor a mark a headline's clauses have.
	first, _, _ := strings.Cut(b.Text, " ")
	r, led := packLine(ph, first)
	led = led && r == navigationReason
	if !led && (b.Words() < minLongMenuRowWords || b.HasDigit() || strings.ContainsAny(b.Text, ",:;?!\"“”«»")) {
		return false
	}
	words, small := 0, 0
	for w := range strings.FieldsSeq(b.Text) {
		if r, _ := utf8.DecodeRuneInString(w); !textfix.IsLetter(r) {
			continue
		}
		words++
		if !nameWord(w) {
			small++
		}
	}
	if !led {
		return small == 0
	}
	return 4*small <= words
}

// minLongMenuRowWords: a row of a menu's sections that does not start
// with a link the packs name has this many words at least; a headline
// with every word capitalised has fewer.
const minLongMenuRowWords = 12

// printedTwice reports whether the block at i is a picture's caption that
// the page printed twice with its photo credit ("Szene aus „…“", "Foto:
// Alpenfilm Verleih", "Szene aus „…“", "Foto: …"): it shares the
// article's words as a headline does, where a feature's headline may share
// few ("Zu schön, um wahr zu sein"). A text browser's headline printed
// twice has the copy right under it, with the credit of the photo under
// the headline after both.
func printedTwice(ph *lang.Phrases, doc *document.Document, i int) bool {
	if i+2 >= len(doc.Blocks) || !isCreditLine(ph, &doc.Blocks[i+1]) {
		return false
	}
	return doc.Blocks[i+2].FoldNumbers() == doc.Blocks[i].FoldNumbers()
}

// crumbedHeading reports whether the block at i is a page's heading under
// its breadcrumb's last crumb (see underItsCrumb), maybe with a kicker of
// a word between, the crumb gone with the menu it ends, and no line the
// packs know, however short (see junkTitle).
func crumbedHeading(ph *lang.Phrases, doc *document.Document, i int) bool {
	b := &doc.Blocks[i]
	if b.Kind != document.Paragraph {
		return false
	}
	crumb := i - 1
	// A kicker of a word may stand between ("Vacature"); a crumb after
	// the one the heading repeats ("Home", "Wetenschap", "Natuur" over
	// "Wetenschap") is the trail's, which goes on past the heading's.
	// So may a section's name the trail ends with, printed again as a
	// kicker ("Health A to Z" under "1. Home 2. Health A to Z 3. S 4.
	// Sinusitis"). Over a headline the last crumb says word for word, a
	// kicker of a few words is the kicker ("Landtag Weserland").
	if crumb >= 1 && !doc.Blocks[crumb].Dropped && doc.Blocks[crumb].Kind == document.Paragraph &&
		(doc.Blocks[crumb].Words() == 1 || doc.Blocks[crumb].Words() <= maxKickerWords &&
			(trailSays(doc, crumb) || b.Words() >= minHeadlineWords && underItsCrumb(doc, crumb-1, i))) {
		crumb--
	}
	return crumb >= 0 && doc.Blocks[crumb].Dropped && underItsCrumb(doc, crumb, i) &&
		phraseClass(ph, b) != lang.Boilerplate && !hasWidget(b.Text) && !isBracketed(b.Text)
}

// trailSays reports whether the block at k says again a crumb of the
// trail whose last crumb the block above it is, dropped (see
// crumbedHeading): a list item a few blocks up.
func trailSays(doc *document.Document, k int) bool {
	key := doc.Blocks[k].Fold()
	for j := k - 2; j >= max(0, k-maxKickerWords-2); j-- {
		if b := &doc.Blocks[j]; b.Kind == document.ListItem && b.Fold() == key {
			return true
		}
	}
	return false
}

// hanUnit: so many pairs of Chinese or Japanese characters make a word
// (see hanKeys).
const hanUnit = 2

// hanLead reports whether the article that starts at bs[0] is written
// mostly in Chinese or Japanese characters: of the letters of its first
// good block, half or more.
func hanLead(doc *document.Document, bs []cblock) bool {
	for _, c := range bs {
		if c.cls != clGood {
			continue
		}
		han, letters := 0, 0
		for _, r := range doc.Blocks[c.i].Text {
			if textfix.IsLetter(r) {
				letters++
				if textfix.IsHan(r) {
					han++
				}
			}
		}
		return 2*han >= letters && han > 0
	}
	return false
}

// hanKeys calls fn with a key for each pair of neighbouring Chinese or
// Japanese characters of text ("ショートカット": "ショ", "ョー", …) and
// for each word of two letters or more of any other script, lower-cased
// ("Kindle"): the words of a text whose words are not spaced. The keys
// are FNV-1a hashes of the pair's or the word's runes.
func hanKeys(text string, fn func(uint64)) {
	var prev rune
	word, n := uint64(fnvOffset), 0
	endWord := func() {
		if n >= 2 {
			fn(word)
		}
		word, n = fnvOffset, 0
	}
	for _, r := range text {
		switch {
		case textfix.IsHan(r):
			endWord()
			if prev != 0 {
				fn((((fnvOffset ^ uint64(prev)) * fnvPrime) ^ uint64(r)) * fnvPrime)
			}
			prev = r
			continue
		case textfix.IsLetter(r):
			word = (word ^ uint64(unicode.ToLower(r))) * fnvPrime
			n++
		default:
			endWord()
		}
		prev = 0
	}
	endWord()
}

// isHeadlineShaped reports whether the block b (c its features) could be
// an article's headline: a paragraph, a heading or a caption (a text
// browser prints the page's title over its <h1>, and dedupe makes the
// first of the two near copies a caption) of minHeadlineWords to
// maxHeadlineWords words, mostly letters, that neither ends like a sentence
// or a clause nor has a sentence inside (a caption does), and is no photo
// credit, byline, label, post with hashtags, quote's attribution ("— Jane
// Doe on …") or title the next run would drop as junk. A line of a
// template may be one: a headline ends as the related headlines under the
// article do ("… Hong Kong listing"), and the words it shares with the
// article tell it from a share button's.
func isHeadlineShaped(ph *lang.Phrases, c *cblock, b *document.Block) bool {
	if !headlineOrName(ph, c, b) {
		return false
	}
	_, byline := parseByline(ph, b.Text)
	return !byline
}

// isShareReason reports whether r is the drop reason of a share bar's button.
func isShareReason(r string) bool { return r == shareReason || r == socialReason }

// unlabelled returns the fold of kicker b without the section's label it
// starts with ("DIRETTA", "En direct"), and how many words that leaves.
func unlabelled(ph *lang.Phrases, b *document.Block) (string, int) {
	if first, _, _ := strings.Cut(b.Text, " "); ph.Words("section").Starts(first) {
		toks := strings.Fields(b.Text)
		if n := leadLength(ph, "section", toks); n > 0 {
			return textfix.Fold(strings.Join(toks[n:], " ")), len(toks) - n
		}
	}
	return b.Fold(), b.Words()
}

// headlineOrName reports whether b is shaped like a headline (see
// isHeadlineShaped) or like a writer's name in a byline without its lead,
// which a short headline may be ("Apfelkuchen vom Blech").
func headlineOrName(ph *lang.Phrases, c *cblock, b *document.Block) bool {
	if b.Kind != document.Paragraph && b.Kind != document.Heading && b.Kind != document.Caption {
		return false
	}
	// An English headline in title case may be two sentences, each
	// with its full stop ("We Stopped Replying Instantly. Our Remote
	// Team Got Faster."), as the structure filter reads a title; so may
	// one in capitals, as html-to-text writes a heading.
	// An interview's headline quotes its sentences ("Ferrante: «Le aree
	// interne non sono un costo. Basta promesse, ora servono i
	// cantieri»").
	sentences := func() bool {
		return titledSentences(b.Text) || shouting(b.Text) && strings.HasSuffix(b.Text, ".") || quotedSentences(b.Text)
	}
	if w := wordsOf(b, c); w < minHeadlineWords || w > maxHeadlineWords ||
		hasIdentifier(b.Text) || endsClause(b.Text) && !sentences() || c.letters < minHeadlineLetters ||
		c.credit || c.label || c.footer || junkTitle(ph, b) ||
		hasInnerSentence(b.Text) && !sentences() || strings.Contains(b.Text, " #") || strings.HasPrefix(b.Text, "—") || strings.HasPrefix(b.Text, "– ") {
		return false
	}
	_, _, credit := inlineCredit(ph, b)
	// A contributor's credit ("Photographs by Julian Arroyo-Baird"
	// under the byline) shares the caption's words, but heads nothing.
	return !credit && !durations(ph, b.Text) && phraseClass(ph, b) != lang.AgencyCredit
}

// sentencedHeadline reports whether b, over its standfirst sf, is a
// headline of one or two sentences in sentence case, which
// headlineOrName does not take ("Our small-town libraries are not a
// luxury. Stop budgeting as if they were."): shaped like a headline but
// for its full stops, and shorter than the standfirst. The second
// sentence may end without one ("We keep promising a million homes. We
// never say who they are for").
func sentencedHeadline(ph *lang.Phrases, c *cblock, b, sf *document.Block) bool {
	t := b.Text
	if b.Kind != document.Paragraph || !strings.HasSuffix(t, ".") && strings.Count(t, ". ") != 1 || strings.HasSuffix(t, "..") || sf.Words() <= b.Words() {
		return false
	}
	if w := wordsOf(b, c); w < minHeadlineWords || w > maxHeadlineWords || strings.Count(t, ". ") > 1 ||
		hasIdentifier(t) || c.credit || c.label || c.footer || junkTitle(ph, b) {
		return false
	}
	_, _, credit := inlineCredit(ph, b)
	return !credit
}

// quotedSentences reports whether the sentences of s are a quotation that
// ends it, after a speaker's name maybe: s ends with a closing quotation
// mark, and what stands before the quotation's opening mark has no
// sentence inside; or whether s ends with a speaker's quotation of one
// sentence, the speaker's colon right before the mark, a sentence maybe
// before the speaker ("… 1.150 esuberi a Castelmarino. I sindacati:
// «Sciopero»", "… kidnapping victim: “We got her!”").
func quotedSentences(s string) bool {
	last, size := utf8.DecodeLastRuneInString(s)
	if !textfix.IsQuote(last) {
		return false
	}
	open := strings.IndexFunc(s[:len(s)-size], textfix.IsQuote)
	if open < 0 {
		return false
	}
	if strings.HasSuffix(s[:open], ": ") && !hasInnerSentence(s[open:]) {
		return true
	}
	return !hasInnerSentence(s[:open]) && hasInnerSentence(s[open:])
}

// durations reports whether s gives two durations or more, a number and a
// unit the packs list for timestamps each: a recipe's facts on one line
// ("Arbeitszeit ca. 40 Minuten Backzeit ca. 35 Minuten …"), which shares
// the method's words as a headline does.
func durations(ph *lang.Phrases, s string) bool {
	if !strings.ContainsFunc(s, unicode.IsDigit) {
		return false
	}
	timestamp := ph.Words("timestamp")
	n, number := 0, false
	for w := range strings.FieldsSeq(s) {
		if number && timestamp.Has(strings.TrimFunc(w, textfix.IsEdge)) {
			if n++; n >= 2 {
				return true
			}
		}
		number = allDigits(w, len(w))
	}
	return false
}

// minSentenceWord: the word before a full stop inside a line is this long
// when it ends a sentence; a shorter one is an abbreviation ("Rep. Ilhan
// Omar", "Dr. Jones").
const minSentenceWord = 4

// hasIdentifier reports whether s has a word of code or a bare domain:
// a word of two or more lower-case letters joined by a dot to two or more
// more ("player.setav", "example.org"). A headline's abbreviations have
// one letter a dot ("U.S."), its sentences a space after the full stop,
// and a site it names its capital ("Wday.ru").
func hasIdentifier(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		n := lowerRun(s[:i], -1)
		before, _ := utf8.DecodeLastRuneInString(s[:i-n])
		if n >= 2 && !unicode.IsLetter(before) && lowerRun(s[i+1:], 1) >= 2 {
			return true
		}
	}
	return false
}

// lowerRun returns how many ASCII lower-case letters s ends with (dir -1)
// or starts with (dir 1).
func lowerRun(s string, dir int) int {
	n := 0
	for n < len(s) {
		c := s[n]
		if dir < 0 {
			c = s[len(s)-1-n]
		}
		if c < 'a' || c > 'z' {
			break
		}
		n++
	}
	return n
}

// hasInnerSentence reports whether s has a sentence that ends inside it: a
// full stop after a word of minSentenceWord bytes that ends in a lower-case
// letter or after a year, then a space and an upper-case letter, in brackets or quotation
// marks or not ("… the crisis. It is …", "… plumes. (NASA/Jane Doe)"; not
// "U.S. President", "Rep. Ilhan Omar").
func hasInnerSentence(s string) bool {
	for i := minSentenceWord; i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' {
			continue
		}
		word := s[:i]
		word = word[strings.LastIndexByte(word, ' ')+1:]
		// A year ends a sentence as a word does ("… entro il 2026. Le
		// associazioni …"); a shorter number may be a list's ("No. 5").
		if !isYear(word) && (len(word) < minSentenceWord || word[len(word)-1] < 'a' || word[len(word)-1] > 'z') {
			continue
		}
		next := strings.TrimLeftFunc(s[i+2:], func(r rune) bool { return r == '(' || textfix.IsQuote(r) })
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isYear reports whether w is four digits.
func isYear(w string) bool { return len(w) == 4 && allDigits(w, 4) }

// firstOfQuestions reports whether the block at i is a question with
// minLabelledParts questions or more after it, each a short line over a
// paragraph: the first question of an FAQ or an explainer, which heads a
// part, not the page.
func firstOfQuestions(doc *document.Document, i int) bool {
	if !question(&doc.Blocks[i]) {
		return false
	}
	n := 0
	for j := doc.NextLive(i); j >= 0 && n < minLabelledParts; j = doc.NextLive(j) {
		if question(&doc.Blocks[j]) {
			if k := doc.NextLive(j); k < 0 || !isBody(&doc.Blocks[k]) {
				return false
			}
			n++
		}
	}
	return n >= minLabelledParts
}

// question: a short line, a paragraph or a heading, that asks.
func question(b *document.Block) bool {
	return (b.Kind == document.Paragraph || b.Kind == document.Heading) && strings.HasSuffix(b.Text, "?") && headingShaped(b.Text)
}

// replaceTitle drops the page's title, when there is one, and makes the block
// of bs at head the title in its place, when there is one. A kicker glued
// to the headline is split off as the structure filter does on the next
// run.
func replaceTitle(ph *lang.Phrases, doc *document.Document, title, head int, bs []cblock) {
	if title >= 0 {
		doc.Blocks[title].Drop(contentName, "title before the main text")
		doc.Meta.Title = ""
	}
	if head < 0 {
		return
	}
	b := &doc.Blocks[bs[head].i]
	b.Kind, b.Level = document.Title, 0
	splitKicker(ph, b)
	if h := kickedHeadline(ph, doc, bs[head].i); h >= 0 {
		// The line that shares the article's words is the kicker of
		// the short headline right under it ("Neuer Roman von Judith
		// Hermann" / "Die Kunst, nichts zu sagen"), joined as the
		// structure filter joins a kicker to its headline.
		b.SetText(contentName, "headline joined to its kicker", b.Text+": "+doc.Blocks[h].Text)
		doc.Blocks[h].Drop(contentName, "headline joined to its kicker")
	}
	doc.Meta.Title = b.Text
}

const (
	// maxLongKickerWords bounds a kicker found by what it says: longer
	// than one the structure filter joins by its shape alone ("Neuer
	// Roman von Judith Hermann").
	maxLongKickerWords = 6
	// maxKickedHeadlineWords bounds the headline under such a kicker: a
	// headline's deck without a full stop is longer.
	maxKickedHeadlineWords = 8
)

// kickedHeadline returns the block right under the headline at i when
// the headline is a kicker over it, or -1: a short line, printed under it
// without a blank line between, that does not end a sentence, over a
// standfirst or the text, which do. A kicker names the article's subject,
// and so shares its words, where a headline of wordplay shares none.
func kickedHeadline(ph *lang.Phrases, doc *document.Document, i int) int {
	k := &doc.Blocks[i]
	if k.Words() > maxLongKickerWords || strings.Contains(k.Text, ":") || endsSentence(k.Text) || endsClause(k.Text) {
		return -1
	}
	h := i + 1
	if h >= len(doc.Blocks) {
		return -1
	}
	hb := &doc.Blocks[h]
	// An address under a listing's headline ("Musterstraße 12, 04109
	// Leipzig") has the digits of a house and a postcode.
	if hb.Dropped || !isHeadline(ph, hb) || !headingShaped(hb.Text) || hb.Words() > maxKickedHeadlineWords || endsSentence(hb.Text) ||
		digits(hb.Text) >= minDateDigits || isCreditLine(ph, hb) {
		return -1
	}
	n := doc.NextLive(h)
	if n < 0 || doc.Blocks[n].Kind != document.Paragraph || !endsSentence(doc.Blocks[n].Text) || doc.Blocks[n].Words() <= hb.Words() {
		return -1
	}
	return h
}

// junkTitle reports whether the title t is none: one word ("logo",
// "Edition", a site's name; a headline in Chinese or Japanese, written
// without spaces, is one word too), a form's widgets ("[ ] [Go]"), an
// image's text in brackets ("[CBS Detroit]"), a caption printed twice on
// one line (see doubled), a line of page metadata (see isKeyValues), one
// with a link's address (elinks' "Link: https://api.w.org/" under the
// page's feeds), the day's date and weather (see dateAndWeather), a path
// of crumbs to the headline (see crumbLed), a site's logo's alt text
// ("Snopes.com Snopes Logo", "nj’s Logo": a few words, the last "Logo"
// capitalised as a name is, where a headline about one writes "unveils its
// new logo"), a handle, or a line the phrase packs know ("Skip to
// Article").
func junkTitle(ph *lang.Phrases, t *document.Block) bool {
	return oneWord(t) || junkText(ph, t)
}

// oneWord reports whether t is a word alone, in a script that spaces its
// words: a menu's item or a section's name more often than a title.
func oneWord(t *document.Block) bool { return t.Words() < 2 && !textfix.HasWide(t.Text) }

// junkText reports whether t says what no title says (see junkTitle), however
// many its words.
func junkText(ph *lang.Phrases, t *document.Block) bool {
	return hasWidget(t.Text) || isBracketed(t.Text) || doubled(t.Text) || isKeyValues(t.Text) ||
		strings.Contains(t.Text, "://") || t.HasDigit() && dateAndWeather(ph, t.Text) || crumbLed(t.Text) ||
		strings.HasSuffix(t.Text, "Logo") && t.Words() <= maxLogoWords || isHandle(t.Text) ||
		phraseClass(ph, t) == lang.Boilerplate || startsWithSkipLink(ph, t.Text) || linkRow(ph, t.Text)
}

// dateAndWeather reports whether s is a header's line of the day's date
// and the weather ("Zaterdag 27 december 2025 · Sint Jorrit 2°C, bewolkt")
// or the markets ("Freitag, 14. März 2025 · DAX 22.418 (+0,6 %)"): a date
// first, then a temperature, spaced from its sign or not ("7 °C"), or a
// bar, a dot or a dash apart from the date ("Jeudi 13 mars 2025 — Édition
// : Brassac"), or a header's link of the packs ("Thursday 19 June 2025
// Sign in Subscribe"). A headline that starts with its date goes on after
// a colon ("Saturday 27 December 2025: the harbour reopens"). Only a
// title is asked.
func dateAndWeather(ph *lang.Phrases, s string) bool {
	end := dateEnd(ph, s)
	if end == 0 {
		end = weekdayDate(ph, s)
	}
	if end == 0 {
		return false
	}
	rest := s[end:]
	for _, sep := range []string{" · ", " | ", " — ", " – "} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	if w := wordSpans(rest); len(w) > 0 {
		for k := 1; k <= maxHeaderLinkWords && k <= len(w); k++ {
			if headerLink(ph, rest[w[0][0]:w[k-1][1]]) {
				return true
			}
		}
	}
	k := strings.Index(s, "°")
	if k <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[:k], unicode.IsSpace))
	return textfix.IsDigit(r)
}

// weekdayDate returns where a header's date without its year ends, at a
// bar or a dot ("Donnerstag, 9. Oktober | E-Paper | Abo"): a weekday, a
// day's number, a few words; 0 where s starts with none.
func weekdayDate(ph *lang.Phrases, s string) int {
	first, _, _ := strings.Cut(s, " ")
	if !ph.Word("timestamp", strings.TrimRight(first, ",")) {
		return 0
	}
	end := strings.IndexAny(s, "|·")
	if end <= 0 || s[end-1] != ' ' || textfix.Words(s[:end]) > maxWeekdayDateWords || !strings.ContainsFunc(s[:end], unicode.IsDigit) {
		return 0
	}
	return end - 1
}

// maxWeekdayDateWords bounds a date without its year: "Donnerstag, 9.
// Oktober", "Thursday 9 October".
const maxWeekdayDateWords = 4

// linkRow reports whether s starts with two lines of the packs' between
// bars, a header's row of links glued to the site's name ("Subscribe to
// the print edition | Sign in | Newsletters HEARTHLINE …"): a headline may
// have a section's name before a bar ("Opinion | …"), not two buttons.
// Without bars, the links may be glued (see gluedLinks).
func linkRow(ph *lang.Phrases, s string) bool {
	first, rest, ok := strings.Cut(s, " | ")
	if !ok {
		return gluedLinks(ph, s) || trailingLinks(ph, s) || consentButtons(ph, s) || linksAfterName(ph, s)
	}
	second, _, _ := strings.Cut(rest, " | ")
	link := func(part string) bool {
		_, ok := packLine(ph, part)
		return ok
	}
	// The first link may follow the site's name and tagline with no
	// bar between ("Circuitline Tech news, reviews and buying advice
	// Sign in | Subscribe to Circuitline+"), where the second may be a
	// line the packs start ("Subscribe to *").
	started := func(part string) bool {
		m, ok := ph.Match(part)
		return ok && m.Class == lang.Boilerplate
	}
	// A consent banner's buttons may start the row ("Alle akzeptieren
	// Einstellungen Datenschutzerklärung · Impressum Abo | E-Paper | …").
	return link(first) && link(second) || endsWithLink(ph, first) && started(second) || consentButtons(ph, first)
}

// gluedLinks reports whether two of the parts of s that are glued to the
// text before them, a small letter right before their capital, are lines
// of the packs: a header's row of links that a text browser printed
// without spaces ("… since 2014 Sign inBecome a memberGive a gift
// subscription").
// A brand's capital inside a word ("iPhone", "McDonald's") starts no line
// of the packs.
func gluedLinks(ph *lang.Phrases, s string) bool {
	n, end := 0, len(s)
	for i := len(s) - 1; i > 0 && n < 2; i-- {
		if c, p := s[i], s[i-1]; 'A' <= c && c <= 'Z' && 'a' <= p && p <= 'z' {
			if _, ok := packLine(ph, s[i:end]); ok {
				n++
			}
			end = i
		}
	}
	return n >= 2
}

// maxHeaderLinkWords bounds a header's link or a consent box's button
// that trailingLinks and consentButtons look for ("Edicola digitale",
// "Sign in", "Reject non-essential").
const maxHeaderLinkWords = 4

// trailingLinks reports whether s ends with two of a header's links of
// the packs (to sign in, subscribe, a newsletter, the e-paper), one after
// the other, after text of its own: a header's row whose links a converter
// printed with spaces between, after the date and the weather
// ("Mercoledì 18 novembre 2026 · Valmarena 9°C Abbonati a 1€ al mese
// Accedi Edicola digitale"). A headline may end with a word of the packs
// ("… the new Premium"), or with a brand a share button names ("…
// McDonald's and YouTube"), not with two such links.
func trailingLinks(ph *lang.Phrases, s string) bool {
	w := wordSpans(s)
	n := len(w)
	for k := 1; k <= maxHeaderLinkWords && k < n; k++ {
		// A dot or a bar between the links ("… · Edición impresa ·
		// Iniciar sesión") folds away with the link's edge.
		if headerLink(ph, s[w[n-k][0]:]) && endsWithLink(ph, s[:w[n-k-1][1]]) {
			return true
		}
	}
	return false
}

// consentButtons reports whether s starts with two buttons of a consent
// box the packs name, one after the other, as a converter printed them on
// the line of the site's logo ("Alle akzeptieren Einstellungen Ohne
// Werbung lesen mit WK Pur Weserland Kurier – zur Startseite", "Accept all
// Reject non-essential Manage preferences Circuitline …").
func consentButtons(ph *lang.Phrases, s string) bool {
	w := wordSpans(s)
	button := func(from, to int) bool {
		r, ok := packLine(ph, s[w[from][0]:w[to-1][1]])
		return ok && r == consentReason
	}
	for k := 1; k <= maxHeaderLinkWords && k < len(w); k++ {
		if !button(0, k) {
			continue
		}
		for k2 := 1; k2 <= maxHeaderLinkWords && k+k2 <= len(w); k2++ {
			if button(k, k+k2) {
				return true
			}
		}
	}
	return false
}

// linksAfterName reports whether s is a site's name with the row of its
// header's links after a colon, as the structure filter joins a name to
// the line under it as a kicker ("The Thrifty Compass: Sign in Get deal
// alerts Join Compass Club"): the part after the colon starts with a link
// of two words or more and goes on. A headline's part after its kicker's
// colon starts with its own words.
func linksAfterName(ph *lang.Phrases, s string) bool {
	_, rest, ok := strings.Cut(s, ": ")
	if !ok {
		return false
	}
	// The first words only: the part may be a paragraph's length.
	end := strings.IndexByte(rest, ' ')
	for k := 2; k <= maxHeaderLinkWords && end >= 0; k++ {
		next := strings.IndexByte(rest[end+1:], ' ')
		if next < 0 {
			return false // the link must go on with more
		}
		end += 1 + next
		if headerLink(ph, rest[:end]) {
			return true
		}
	}
	return false
}

// endsWithLink reports whether s ends with a header's link of the packs
// (see headerLink) after words of its own.
func endsWithLink(ph *lang.Phrases, s string) bool {
	return endsWith(s, func(t string) bool { return headerLink(ph, t) })
}

// endsWith reports whether s ends with words that is takes for a link or a
// button, maxHeaderLinkWords of them at most, after words of its own.
func endsWith(s string, is func(string) bool) bool {
	w := wordSpans(s)
	n := len(w)
	for k := 1; k <= maxHeaderLinkWords && k < n; k++ {
		if is(s[w[n-k][0]:]) {
			return true
		}
	}
	return false
}

// headerLink reports whether s is a line of the packs that a header links
// to: sign in, subscribe, a newsletter, the e-paper.
func headerLink(ph *lang.Phrases, s string) bool {
	r, ok := packLine(ph, s)
	return ok && (r == "subscription prompt" || r == "newsletter promo" || r == navigationReason)
}

// wordSpans returns where each word of s, a run of text between spaces,
// starts and ends: the links these helpers try are slices of the line, no
// copies.
func wordSpans(s string) [][2]int {
	var w [][2]int
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		w = append(w, [2]int{i, j})
		i = j
	}
	return w
}

// minSkipLinkWords and maxSkipLinkWords bound the navigation phrase
// startsWithSkipLink looks for: a menu's word of one or two ("Home") may
// start a headline.
const (
	minSkipLinkWords = 3
	maxSkipLinkWords = 5
)

// startsWithSkipLink reports whether s starts with a line of the packs'
// navigation of minSkipLinkWords words or more, and goes on: the page's
// link past its header, glued to the logo's alt text and the site's name
// ("Aller au contenu principal Logo Solvéo Énergie | Espace presse").
func startsWithSkipLink(ph *lang.Phrases, s string) bool {
	toks := strings.Fields(s)
	for n := minSkipLinkWords; n <= maxSkipLinkWords && n < len(toks); n++ {
		if r, ok := packLine(ph, strings.Join(toks[:n], " ")); ok && r == navigationReason {
			return true
		}
	}
	return false
}

// isHandle reports whether s is a social network's handle alone
// ("@priyashah@scholar.social"), which names a writer, not a text.
func isHandle(s string) bool {
	return len(s) > 1 && s[0] == '@' && !strings.ContainsAny(s, " \t")
}

// maxLogoWords bounds the alt text of a site's logo (see junkTitle).
const maxLogoWords = 5

// textField is the least of lynx's text field, drawn as underscores, that
// hasWidget takes for one: a fill-in's blank in a quiz's headline is
// shorter.
const textField = "________"

// minKickedWords is the fewest words a headline under a kicker in brackets
// has; fewer, and the brackets are a widget's.
const minKickedWords = 4

// hasWidget reports whether s has a form's widget as a text browser draws
// it: brackets around nothing ("[ ]", "Edition[]"), or around one word
// ("[Go]", "[logo]", "[INS::INS]") with little text beside them, not a
// kicker over a headline ("[Ferries] Harbour town gets its ferry back"),
// or lynx's text field, a run of underscores ("Stichwort suchen
// ____________________ Suchen").
func hasWidget(s string) bool {
	if strings.Contains(s, textField) {
		return true
	}
	word, beside := false, 0
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		beside += len(strings.Fields(s[:i]))
		switch in := strings.TrimSpace(s[i+1 : i+j]); {
		case in == "":
			return true
		case !strings.Contains(in, " "):
			word = true
		}
		s = s[i+j+1:]
	}
	return word && beside+len(strings.Fields(s)) < minKickedWords
}

const (
	// A list the article announces has minListItems to maxListItems
	// items of at most maxListWords words.
	minListItems = 3
	maxListItems = 100
	maxListWords = 40
	// maxListHeadWords bounds a line that heads a list without a colon.
	maxListHeadWords = 8
)

// What templates finds.
const (
	tplLine  = 1 // a line made from a template
	tplLabel = 2 // a label made from a template: "… says:"
)

const (
	// maxTemplateWords bounds a line made from a template.
	maxTemplateWords = 12
	// minTemplateLines: a template is seen this often on the page.
	minTemplateLines = 3
)

// templates marks the blocks of doc that are made from a template the page
// uses at least minTemplateLines times: short lines that do not end like a
// sentence and share their first two or last two words (numbers folded),
// or end with the same word and a colon (a comment thread's "… says:").
func templates(doc *document.Document) []uint8 {
	// A key is a kind of key and two words, hashed: a map of struct keys
	// with two strings hashes and compares both, and every short line of
	// a page adds two or three keys.
	type key = uint64
	type keys struct {
		head, tail, label key
		ok                bool
	}
	ks := make([]keys, len(doc.Blocks))
	n := make(map[key]int, len(doc.Blocks))
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind == document.Title || b.Kind == document.TableRow || b.Words() > maxTemplateWords || endsSentence(b.Text) {
			continue
		}
		// The fold key has its words one space apart.
		f := b.FoldNumbers()
		if words := strings.Count(f, " ") + 1; f == "" || words < 2 || words > maxTemplateWords {
			continue
		}
		first, rest, _ := strings.Cut(f, " ")
		second, _, _ := strings.Cut(rest, " ")
		sp := strings.LastIndexByte(f, ' ')
		last := f[sp+1:]
		penult := f[strings.LastIndexByte(f[:sp], ' ')+1 : sp]
		k := keys{head: templateKey('h', first, second), tail: templateKey('t', penult, last), ok: true}
		if strings.HasSuffix(b.Text, ":") {
			k.label = templateKey('l', last, "")
			n[k.label]++
		}
		ks[i] = k
		n[k.head]++
		n[k.tail]++
	}
	out := make([]uint8, len(doc.Blocks))
	var steps map[key][]int // by head key, the live blocks that start with it
	for i, k := range ks {
		switch {
		case !k.ok:
		case k.label != 0 && n[k.label] >= minTemplateLines:
			out[i] = tplLabel
		case n[k.head] >= minTemplateLines || n[k.tail] >= minTemplateLines:
			out[i] = tplLine
			if n[k.head] >= minTemplateLines && !doc.Blocks[i].Dropped {
				if steps == nil {
					steps = make(map[key][]int)
				}
				steps[k.head] = append(steps[k.head], i)
			}
		}
	}
	for _, run := range steps {
		if numbered(doc, run) {
			for _, i := range run {
				out[i] = 0
			}
		}
	}
	return out
}

// numbered reports whether the blocks of doc at run are the steps of a
// how-to or the sections of a list article, numbered from one on after
// the same word ("Étape 1 : l'eau bouillante", "Step 2: …"): the
// article's own headings, made from no template of the page's.
func numbered(doc *document.Document, run []int) bool {
	if len(run) < minTemplateLines {
		return false
	}
	for k, i := range run {
		_, rest, _ := strings.Cut(doc.Blocks[i].Text, " ")
		w, _, _ := strings.Cut(rest, " ")
		if v, err := strconv.Atoi(strings.TrimRight(w, ":.)")); err != nil || v != k+1 {
			return false
		}
	}
	return true
}

// templateKey is the 64-bit FNV-1a hash of a template key: its kind
// ('h'ead, 't'ail or 'l'abel) and two words, a byte no fold key has
// between them. It is never 0, which stands for no label. That two of the
// thousand keys of a long page share a hash is as likely as 1 in 10^13.
func templateKey(kind byte, a, b string) uint64 {
	h := (fnvOffset ^ uint64(kind)) * fnvPrime
	h = (fnvAdd(h, a) ^ 0xff) * fnvPrime
	return fnvAdd(h, b) | 1
}

// FNV-1a, 64 bits: the hash of the keys templates and doubled compare.
const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

// fnvAdd returns the FNV-1a hash h continued with the bytes of s.
func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// cjkWeight: a Chinese or Japanese character carries about as much as a
// short word, three runes of an alphabetic script.
const cjkWeight = 3

// measure returns the length of s in runes, a character of a script
// written without spaces counting cjkWeight, and the share of letters
// among its letters and digits: one pass for both, as every block of a
// page is measured.
func measure(s string) (length int, letters float64) {
	l, d := 0, 0
	for _, r := range s {
		length++
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				l++
			case '0' <= r && r <= '9':
				d++
			}
			continue
		case textfix.IsLetter(r):
			l++
		case textfix.IsDigit(r):
			d++
		}
		if textfix.IsHan(r) {
			length += cjkWeight - 1
		}
	}
	if l+d == 0 {
		return length, 0
	}
	return length, float64(l) / float64(l+d)
}

func notWordRune(r rune) bool { return !textfix.IsLetter(r) && r != '\'' && r != '’' }

// stoplist returns the bit of the stopword list to judge doc with: its
// language's, or the list that fits its words best, or 0 when none fits.
// A page whose language the stopword vote could not name has none yet
// (see document.Meta.LangPending): the page's own words choose its list.
func (f *content) stoplist(doc *document.Document) uint64 {
	if bit := f.stop.Bit(doc.Lang); bit != 0 {
		return bit
	}
	var v lang.Votes
	for i := range doc.Blocks {
		// An address's words are no language's: the "E" of every
		// "%E5" in a share link's Japanese title is Italian's "e".
		if b := &doc.Blocks[i]; !b.Dropped && !document.IsBareAddress(b.Text) {
			f.stop.Vote(&v, b.Text)
		}
	}
	bit, votes := v.Best(0)
	if bit == 0 || float64(votes) < fallbackStop*float64(v.Words) {
		return 0
	}
	return bit
}

// isFooter reports whether b is a footer line: a copyright sign, or,
// unless b is a photo's credit, a word of the copyright set ("Copyright",
// "Impressum"). A caption that ends in its credit after the sign ("…,
// samedi matin. © Photo Nicolas Berthelot") is the article's, a
// gallery's captions a text browser printed as one line too.
func isFooter(ph *lang.Phrases, copyright lang.WordSet, b *document.Block, credit bool) bool {
	s := b.Text
	if strings.ContainsRune(s, '©') {
		// A year after the sign is a footer's ("© 2024 …"); a
		// name may be a credit's.
		after := strings.TrimLeft(s[strings.LastIndex(s, "©")+len("©"):], " ")
		return after == "" || isDigit(after[0]) || !hasEndCredit(ph, b)
	}
	if credit || textfix.LongerThan(s, maxFooterRunes) || !copyright.InFold(b.Fold()) {
		return false
	}
	// The words of s, without allocating them.
	start := -1
	for i, r := range s {
		switch {
		case !notWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if copyright.Has(s[start:i]) {
				return true
			}
			start = -1
		}
	}
	return start >= 0 && copyright.Has(s[start:])
}

// classify is jusText's context-free classification, with sentence shape.
// It asks for the block's stopword density only where the density decides:
// counting stopwords is the dearest measure, and most blocks of a page are
// judged by their length or shape before it.
func classify(c cblock, b *document.Block, haveStop bool, density func() float64) class {
	r := float64(c.runes)
	if c.footer {
		return clBad
	}
	// A table's rows are numbers and names, no prose: bad by every
	// measure below, they would cut the article at a table in it. A row
	// takes the class of the text around it.
	if b.Kind == document.TableRow || c.facts {
		return clShort
	}
	if c.letters < minLetters {
		return clBad
	}
	if c.caption {
		return clShort
	}
	// An address alone is no text, but long, and in a language without
	// a stopword list good by its length alone.
	if c.repeated || c.templated || document.IsBareAddress(b.Text) {
		return clBad
	}
	// A photo's credit, or caption with its credit, takes the class of
	// the text around it too.
	if c.credit {
		return clShort
	}
	// A lone linked item is short, not bad: bad, it would make the
	// near-good paragraphs on both sides of it bad and end the article
	// there (smooth).
	if c.linked > maxLinked {
		if c.lone {
			return clShort
		}
		return clBad
	}
	// A heading is no evidence of an article by its length: a long one
	// is a standfirst or a teaser's headline. It takes the class of the
	// text after it (see smooth).
	if r < lengthLow || c.heading {
		return clShort
	}
	cl := clBad
	stop := 1.0 // without a list, every word might be a stopword
	if haveStop {
		stop = density()
	}
	switch {
	case stop >= stopHigh:
		if r > lengthHigh {
			cl = clGood
		} else {
			cl = clNearGood
		}
	case stop >= stopLow:
		cl = clNearGood
	}
	if cl > clBad && r < unpunctuatedRunes && !sentenceEnd(b.Text) {
		cl--
	}
	return cl
}

// factListings reports, by block, whether the block is a line of a
// listing's facts: minFactLines lines or more printed one under the other
// (see printedLines), a date or a time among them that is still there.
// The boilerplate filter, before this one, drops every other (see
// factLine): its verdict is not asked again. An event's date, time, place
// and price are no prose, like a table's rows, and take the class of the
// text around them: bad, the last event's would cut it off the article.
// So are the items of a run of facts (see factRuns). Nil where there is
// none.
func factListings(ph *lang.Phrases, doc *document.Document) []bool {
	var in []bool
	gapped := lazyGapped(doc)
	for i := 0; i < len(doc.Blocks); i++ {
		// The cheap tests first: a listing's date is a short
		// paragraph or list item with a digit, and few lines are.
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph && b.Kind != document.ListItem || !b.HasDigit() ||
			!hasLetter(b.Text) || !timestampLine(ph, b) {
			continue
		}
		from, to := printedLines(doc, i, gapped)
		if to-from < minFactLines {
			continue
		}
		if in == nil {
			in = make([]bool, len(doc.Blocks))
		}
		for k := from; k < to; k++ {
			in[k] = true
		}
		i = to - 1
	}
	return factRuns(doc, in)
}

// factRuns marks in, made where nil, the list items that stand in a run of
// minFacts or more, each a label and its value (see factItem), one after
// the other with nothing dropped between: a product's data sheet
// ("Display: 1,43 Zoll AMOLED", "Gewicht: 49 g") between two sections of
// its article. Such items are no prose either, with few stopwords; bad,
// a dozen of them would cut the sections under them off the article.
func factRuns(doc *document.Document, in []bool) []bool {
	run := 0
	for i := 0; i <= len(doc.Blocks); i++ {
		if i < len(doc.Blocks) {
			b := &doc.Blocks[i]
			if b.Kind == document.ListItem && !b.Dropped && factItem(b) {
				run++
				continue
			}
		}
		if run >= minFacts {
			if in == nil {
				in = make([]bool, len(doc.Blocks))
			}
			for k := i - run; k < i; k++ {
				in[k] = true
			}
		}
		run = 0
	}
	return in
}

// brokenParagraphs returns, by block, the text of the live paragraph or
// quote a block is a line of, its lines joined, where it has two or more
// (see document.Block.Break); nil where there is none.
func brokenParagraphs(doc *document.Document) []string {
	var texts []string
	for i := 0; i < len(doc.Blocks); {
		from, to := doc.BrokenLines(i)
		if to-from > 1 {
			lines := make([]string, 0, to-from)
			for k := from; k < to; k++ {
				lines = append(lines, doc.Blocks[k].Text)
			}
			if texts == nil {
				texts = make([]string, len(doc.Blocks))
			}
			whole := strings.Join(lines, " ")
			for k := from; k < to; k++ {
				texts[k] = whole
			}
		}
		i = to
	}
	return texts
}

// extendStart returns where the region that starts at lo starts once the
// short sentences right above it are taken in. A short line is no
// evidence of an article, so the region of an article that opens with a
// few one-line paragraphs ("Online business owners tend to be
// introverts.") starts at its first long one. The run ends at boilerplate
// dropped between two lines, at the headline, and at a line that is
// no paragraph, list item (a recipe's last steps) or quotation (a post
// the article embeds), no
// statement (see statement) or shorter than minStartWords words (a
// fragment: "a.m.").
//
// A recipe's list of amounts right above the region is the article's too,
// with the label of the method between them ("Preparazione"): its lines
// are short and no sentences, but the method needs them.
func extendStart(doc *document.Document, bs []cblock, boiler []int, lo, head int) int {
	for lo > 0 && lo-1 != head && boiler[lo] == 0 {
		if !recipePart(doc, bs, boiler, lo-1) && !shortSentence(doc, &bs[lo-1], true) {
			break
		}
		lo--
	}
	return lo
}

// firstSection reports whether the heading right above bs[lo] is the
// first of the article's sections: the region holds another heading of
// its kind and level, and more of the header than a kicker stands between
// the headline and it (a standfirst, a byline, a caption), which a
// headline the header did not tell, right over the text, has not. A
// heading costs bestSpan as much as any short line, so the region starts
// under the first one where the header's caption is right above it
// ("Lindenbrück: Drei Verletzte …" over a police report's first item); a
// label over the text ("Key points") is no section the article has more
// of.
func firstSection(doc *document.Document, bs []cblock, topJ, lo, hi int) bool {
	h := &doc.Blocks[bs[lo-1].i]
	if h.Kind != document.Heading || h.Level > maxSectionLevel || doc.Blocks[bs[lo].i].Kind != document.Paragraph || bs[lo].cf != clGood {
		return false
	}
	if !slices.ContainsFunc(bs[topJ+1:lo-1], func(c cblock) bool { return doc.Blocks[c.i].Words() >= minStandfirstWords }) {
		return false
	}
	for j := lo; j <= hi && j < len(bs); j++ {
		if b := &doc.Blocks[bs[j].i]; b.Kind == document.Heading && b.Level == h.Level {
			return true
		}
	}
	return false
}

// maxSectionLevel is the deepest heading firstSection takes for a
// section's: deeper ones over an article's text are a writer's name or a
// button's ("#### Pamela Wilson", "###### Read Later").
const maxSectionLevel = 3

// minFacts is the fewest items of a listing's facts; maxFactLabel bounds
// the words of an item's label.
const (
	minFacts     = 3
	maxFactLabel = 3
)

// factList returns the blocks of bs[from:to] that are items of a list of
// facts, minFacts or more in a row with nothing dropped between, each a
// label and its value ("Locatie: Amersfoort", "Prep time: 15 min"): a job
// posting's, an event's or a recipe's facts between its headline and its
// text.
func factList(doc *document.Document, bs []cblock, boiler []int, from, to int) map[int]bool {
	var facts map[int]bool
	run, to := 0, min(to, len(bs))
	for j := max(from, 0); j <= to; j++ {
		if j < to && (run == 0 || boiler[j] == 0) && factItem(&doc.Blocks[bs[j].i]) {
			run++
			continue
		}
		if run >= minFacts {
			if facts == nil {
				facts = map[int]bool{}
			}
			for k := j - run; k < j; k++ {
				facts[k] = true
			}
		}
		run = 0
	}
	return facts
}

// factItem reports whether b is a list item that is a label and its value.
func factItem(b *document.Block) bool {
	_, ok := factValue(b.Text)
	return ok && b.Kind == document.ListItem
}

// factValue returns the value of s where s is a fact and its label
// ("Locatie: Amersfoort", "Préparation : 20 min"): a label of maxFactLabel
// words at most and no brackets, a colon and a space, and a value.
func factValue(s string) (string, bool) {
	label, value, ok := labelValue(s, maxFactLabel)
	return value, ok && !strings.ContainsAny(label, "[]()")
}

// scoreRow reports whether s is a row of a table of scores a text browser
// printed, its last two cells numbers ("✓ Jonas Weidlinger (GER, 6) 6 3
// 7^7").
func scoreRow(s string) bool {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 0 || !numberCell(s[sp+1:]) {
		return false
	}
	sp2 := strings.LastIndexByte(s[:sp], ' ')
	return numberCell(s[sp2+1 : sp])
}

// numberCell reports whether w is a table's number: digits, maybe with a
// tiebreak's or a ratio's marks ("7^7", "6:4", "1.234").
func numberCell(w string) bool {
	if w == "" || !textfix.IsDigit(rune(w[0])) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if c := w[i]; !textfix.IsDigit(rune(c)) && c != '^' && c != ':' && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// factsRow reports whether s is facts and their labels on one line, parted
// by " · " or " | " ("When: Sat 14 June · Where: Pellow Park").
func factsRow(s string) bool {
	if strings.Count(s, ": ") < 2 {
		return false
	}
	n := 0
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '·' || r == '|' }) {
		if _, ok := factValue(strings.TrimSpace(part)); !ok {
			return false
		}
		n++
	}
	return n >= 2
}

// labelValue cuts s into a label of maxWords words at most and its
// value at the first colon and space, both not empty.
func labelValue(s string, maxWords int) (label, value string, ok bool) {
	label, value, ok = strings.Cut(s, ": ")
	label = strings.TrimSpace(label)
	return label, value, ok && label != "" && value != "" && strings.Count(label, " ") < maxWords
}

// maxSectionLines bounds the short lines between two parts of an article
// with nothing the boilerplate filter dropped between them.
const maxSectionLines = 16

// maxSectionLabel bounds the words of a section's label ("Mentioned in
// this episode").
const maxSectionLabel = 5

// sectionsAbove returns where the region that starts at bs[lo] starts once
// the good text above it is taken in where only sections of short lines
// stand between, labels and list items not of links, a label at least,
// with nothing the boilerplate filter dropped: a podcast's show notes over
// its chapters, its links and its transcript. The short lines cost more in bestSpan than the
// show notes are worth alone, and the region started at the transcript.
func sectionsAbove(doc *document.Document, bs []cblock, boiler []int, lo int) int {
	for lo > 0 {
		k, labels := lo-1, 0
		for ; k >= 0 && lo-k <= maxSectionLines && boiler[k+1] == 0 && !goodAbove(doc, bs, k); k-- {
			c := &bs[k]
			switch {
			case c.footer || c.label:
				return lo
			case doc.Blocks[c.i].Kind == document.ListItem:
				// A list of links is a menu or a share bar.
				if c.linked > maxLinked {
					return lo
				}
			case labelShaped(c) && doc.Blocks[c.i].Kind != document.Caption && doc.Blocks[c.i].Words() <= maxSectionLabel:
				labels++
			default:
				return lo
			}
		}
		if k < 0 || labels == 0 || lo-k > maxSectionLines || boiler[k+1] != 0 {
			return lo
		}
		lo = k
	}
	return lo
}

// goodAbove reports whether bs[k] is text good enough to take the sections
// under it in (see sectionsAbove): good, or a near-good sentence right over
// a line that leads into them with its colon ("Here's the rundown:" over
// a forum post's facts).
func goodAbove(doc *document.Document, bs []cblock, k int) bool {
	return bs[k].cf == clGood || bs[k].cf == clNearGood && bs[k].prose && doc.Blocks[bs[k].i].Kind == document.Paragraph &&
		strings.HasSuffix(doc.Blocks[bs[k+1].i].Text, ":")
}

// recipePart reports whether bs[j], right above bs[j+1], is part of a
// recipe's list of amounts: an item, the list's label right above its
// first item ("Ingredients", "Zutaten für 4 Personen:"), an item without
// an amount over one ("Für den Belag", which a text with blank lines
// between its paragraphs lists with the amounts), or the method's label
// under its last ("Preparazione", see nextLabel).
func recipePart(doc *document.Document, bs []cblock, boiler []int, j int) bool {
	b := &doc.Blocks[bs[j].i]
	return bs[j].amount ||
		bs[j+1].amount && (b.Kind == document.Paragraph && isListLabel(b) || b.Kind == document.ListItem) ||
		j > 0 && bs[j-1].amount && boiler[j] == 0 && nextLabel(doc, bs[j].i)
}

// extendEnd is extendStart at the region's end: the short sentences an
// article closes with ("Colombia had lost to Belgium on Monday."). A
// paragraph of minBoxedRunes or more goes on after a box of maxBoxLines
// dropped lines at most (an ad, a video's end card): it pays for them in
// bestSpan, where a last paragraph of few stopwords, bad text, cannot.
//
// A section of the article's kind goes on too: a label that starts with
// the word of a label in the region (see sectionWords), over a sentence ("Dag 3: Harlingen –
// Dokkum" after "Dag 1: …" and "Dag 2: …", its paragraph bad by its
// names).
func extendEnd(doc *document.Document, bs []cblock, boiler []int, lo, hi int) int {
	var labels map[string]bool // the first words of the region's labels, when asked for
	for hi+1 < len(bs) {
		switch {
		case (boiler[hi+1] == 0 || boxed(&bs[hi+1], boiler[hi+1])) && shortSentence(doc, &bs[hi+1], false):
			hi++
		case boiler[hi+1] == 0 && attribution(&doc.Blocks[bs[hi].i], &doc.Blocks[bs[hi+1].i]):
			// The quotation ended the span; short sentences after its
			// attribution are as likely the page's ("Have a tip? …").
			return hi + 1
		case hi+2 < len(bs) && boiler[hi+1] == 0 && boiler[hi+2] == 0 && labelShaped(&bs[hi+1]) &&
			shortSentence(doc, &bs[hi+2], false):
			if labels == nil {
				labels = sectionWords(doc, bs, lo, hi)
			}
			if !labels[firstWord(doc, &bs[hi+1])] {
				return hi
			}
			hi += 2
		default:
			return hi
		}
	}
	return hi
}

// numberedItems returns where the region that ends at bs[hi] ends once a
// list article's next items are taken in: a title numbered one more than
// the region's last ("2. Merrow Gooseneck Kettle" after "1. Tallow Burr
// Hand Grinder", see itemTitle), maxItemLead blocks under the region's
// end at most, then good text of its own before the next title. An
// item's picture name, rating and shop buttons around its one paragraph
// cost more in bestSpan than the paragraph, isolated, is worth, and the
// region ended with the first item. After the last item, the text goes
// on as far as it adds to the span's value (a closing section, "How we
// chose these gifts"), which bestSpan never reached.
func numberedItems(doc *document.Document, bs []cblock, boiler []int, lo, hi int) int {
	last := 0
	for k := hi; k >= max(lo, 0) && last == 0; k-- {
		b := &doc.Blocks[bs[k].i]
		n, ok := itemTitle(b)
		if !ok && b.Kind == document.Heading {
			return hi
		}
		last = n
	}
	taken := false
	for last > 0 {
		j := hi + 1
		for j < len(bs) && j <= hi+maxItemLead && bs[j].cf != clGood && !pageEnd(&bs[j]) && !headsPart(&doc.Blocks[bs[j].i]) {
			j++
		}
		if j >= len(bs) || j > hi+maxItemLead {
			break
		}
		if n, _ := itemTitle(&doc.Blocks[bs[j].i]); n != last+1 {
			break
		}
		end := -1
		for k := j + 1; k < len(bs) && k <= j+maxItemLead && !pageEnd(&bs[k]) && !headsPart(&doc.Blocks[bs[k].i]); k++ {
			if bs[k].cf == clGood {
				end = k
			}
		}
		if end < 0 {
			break
		}
		hi, last, taken = end, last+1, true
	}
	if !taken {
		return hi
	}
	return spanOn(bs, boiler, hi)
}

// minLabelledItems: a list article's items that each end with the same
// label number this many at least (see labelledItems); maxItemLabelWords
// bounds the label.
const (
	minLabelledItems  = 3
	maxItemLabelWords = 3
)

// labelledItems returns where the region that ends at bs[hi] ends once a
// list article's next items are taken in where each ends with the same
// short label, printed in the region or right under it, with good text
// of its own before it: a weekly roundup's films, each with its review
// and its trailer's "Bande-annonce". An item's title, rating and credits
// cost more in bestSpan than its one paragraph is worth, and the region
// ended with the first item. keys and counts are the blocks' keys and how
// often each is printed.
func labelledItems(doc *document.Document, bs []cblock, keys []string, counts map[string]int, lo, hi int) int {
	// The label is in the region, or right under it (the first item's
	// review ends the region): the last such line, which ends an item,
	// not the items' titles ("Film 1", "Film 2").
	label := ""
	for k := max(lo, 0); k <= hi+2 && k < len(bs); k++ {
		i := bs[k].i
		if counts[keys[i]] >= minLabelledItems && doc.Blocks[i].Words() <= maxItemLabelWords && !endsSentence(doc.Blocks[i].Text) {
			label = keys[i]
		}
	}
	if label == "" {
		return hi
	}
	// The items from the region's start on, each good text of its own
	// and the label, maxItemLead blocks apart at most; those after the
	// region minLabelledItems-1 at least, or the label is the page's,
	// printed once more under the article ("Support Snopes").
	end, last, items, good := hi, max(lo, 0), 0, false
	for j := max(lo, 0); j < len(bs) && j <= last+2*maxItemLead && !pageEnd(&bs[j]); j++ {
		if keys[bs[j].i] == label {
			if !good {
				break
			}
			if j > hi {
				end, items = j, items+1
			}
			last, good = j, false
		} else if bs[j].cf == clGood {
			good = true
		}
	}
	if items < minLabelledItems-1 {
		return hi
	}
	return end
}

// maxFormLabelWords bounds the label of a form's field ("Número de la
// suerte"); maxFormGap bounds the lines between two items' fields (an
// item's title, a newsletter box's heading, text and form).
const (
	maxFormLabelWords = 4
	maxFormGap        = 3
)

// formItems returns where the region that ends at bs[hi] ends once a list
// article's next items are taken in where each fills in the same form, its
// paragraphs led by the same labels ("Amor: …", "Dinero: …", "Salud: …"
// under each sign of a horoscope): labels minLabelledItems items or more
// lead, two of them in the region. The fields are short, and bestSpan
// ended the region in the first items. It runs up to the first gap of more
// than maxFormGap lines without a label of the form, or the page's end.
func formItems(doc *document.Document, bs []cblock, lo, hi int) int {
	labelOf := func(j int) string {
		b := &doc.Blocks[bs[j].i]
		if b.Kind != document.Paragraph || strings.IndexByte(b.Text, ':') < 0 {
			return ""
		}
		label, _, ok := labelValue(b.Text, maxFormLabelWords)
		if !ok {
			return ""
		}
		return textfix.Fold(label)
	}
	// Most regions have no two labels: the page under the region is
	// read only where the region has them.
	lo, end := max(lo, 0), min(hi+1, len(bs))
	var seen []string
	for j := lo; j < end && len(seen) < 2; j++ {
		if l := labelOf(j); l != "" && !slices.Contains(seen, l) {
			seen = append(seen, l)
		}
	}
	if len(seen) < 2 {
		return hi
	}
	labels := make([]string, len(bs))
	count := map[string]int{}
	for j := lo; j < len(bs); j++ {
		if labels[j] = labelOf(j); labels[j] != "" {
			count[labels[j]]++
		}
	}
	form := func(j int) bool { return labels[j] != "" && count[labels[j]] >= minLabelledItems }
	inRegion := map[string]bool{}
	for j := lo; j < end; j++ {
		if form(j) {
			inRegion[labels[j]] = true
		}
	}
	if len(inRegion) < 2 {
		return hi
	}
	last, gap := hi, 0
	for j := hi + 1; j < len(bs) && !pageEnd(&bs[j]); j++ {
		if !form(j) {
			if gap++; gap > maxFormGap {
				break
			}
			continue
		}
		last, gap = j, 0
	}
	return last
}

// spanOn returns where a span that ends at bs[hi] ends once the blocks
// under it are taken in as far as they add to its value (see bestSpan),
// up to the page's end (see pageEnd).
func spanOn(bs []cblock, boiler []int, hi int) int {
	n := float64(len(bs))
	sum, best, end := 0.0, 0.0, hi
	for j := hi + 1; j < len(bs) && !pageEnd(&bs[j]); j++ {
		sum += blockValue(bs, j, n, len(bs)) - droppedCost*float64(boiler[j])
		if sum > best {
			best, end = sum, j
		}
	}
	return end
}

// itemTitle returns the number of b where it is a list article's item's
// title, a heading or a line shaped like one after its number ("2.
// Merrow Gooseneck Kettle", see sectionNumber), and whether it is one.
func itemTitle(b *document.Block) (int, bool) {
	if b.Kind != document.Heading && b.Kind != document.Paragraph {
		return 0, false
	}
	return sectionNumber(b.Text)
}

// headsPart reports whether b heads a part of the article: a heading, or
// a list article's item's title (see itemTitle).
func headsPart(b *document.Block) bool {
	_, ok := itemTitle(b)
	return ok || b.Kind == document.Heading
}

// maxItemLead bounds the blocks between a list article's items, and
// between an item's heading and its last good text (see numberedItems): a
// product's rating and its lists of pros and cons stand between.
const maxItemLead = 10

// pageEnd reports whether c marks the end of an article's page: a comment
// thread's label, a heading of other stories, a footer's line.
func pageEnd(c *cblock) bool { return c.label || c.comments || c.others || c.footer }

// attribution reports whether b, under the quotation q, names who said it
// ("— Hélène Marchetti-Roux, vice-présidente de la Région"): a dash, then
// a name and a role, no sentence's end.
func attribution(q, b *document.Block) bool {
	if q.Kind != document.Quote && !endsWithQuote(q.Text) || b.Kind != document.Quote && b.Kind != document.Paragraph {
		return false
	}
	// pandoc writes an em dash as "---" where no word is before it.
	r, _ := utf8.DecodeRuneInString(b.Text)
	dash := r == '—' || r == '–' || strings.HasPrefix(b.Text, "-- ") || strings.HasPrefix(b.Text, "--- ")
	return dash && b.Words() <= maxAttributionWords
}

// endsWithQuote reports whether s ends with a closing quotation mark.
func endsWithQuote(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return textfix.IsQuote(r)
}

// maxAttributionWords bounds a quotation's attribution (see attribution).
const maxAttributionWords = 25

// recipeCard returns where the article that ends at bs[hi] ends once the
// recipe card under it is taken in: a list of amounts (the ingredients)
// within maxCardLead blocks, maybe in groups under labels ("For the
// topping"), maybe a label, then the method's sentences,
// minMethodSteps of them or more. Each step is short, no evidence of an
// article by itself (a line under lengthLow runes), and the card's
// times and labels between the post and the list were bad or short: the
// span ended with the post's story, and the recipe was lost.
func recipeCard(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	j := hi + 1
	for ; j < len(bs) && j <= hi+maxCardLead && !bs[j].amount; j++ {
		if bs[j].comments || bs[j].others || bs[j].footer {
			return hi
		}
	}
	if j >= len(bs) || j > hi+maxCardLead {
		return hi
	}
	items := 0
	for {
		for ; j < len(bs) && boiler[j] == 0 && (bs[j].amount || doc.Blocks[bs[j].i].Kind == document.ListItem); j++ {
			items++
		}
		// A group's label over more amounts ("For the cake", "For
		// the topping").
		if j+1 < len(bs) && boiler[j] == 0 && boiler[j+1] == 0 && bs[j].cf == clShort && !shortSentence(doc, &bs[j], false) && bs[j+1].amount {
			j++
			continue
		}
		break
	}
	if items < minAmountItems {
		return hi
	}
	if j < len(bs) && boiler[j] == 0 && bs[j].cf == clShort && !shortSentence(doc, &bs[j], false) {
		j++ // the method's label ("Instructions")
	}
	steps := 0
	for j+steps < len(bs) && boiler[j+steps] == 0 && shortSentence(doc, &bs[j+steps], false) {
		steps++
	}
	if steps < minMethodSteps {
		return hi
	}
	return j + steps - 1
}

// maxCardLead bounds the blocks between a post and its recipe card's list
// of ingredients (the recipe's title, its times and servings, labels);
// minMethodSteps is the fewest sentences of a method.
const (
	maxCardLead    = 12
	minMethodSteps = 2
)

// labelShaped reports whether c may be a section's label: short, and neither
// printed again nor made from a template.
func labelShaped(c *cblock) bool {
	return c.cf == clShort && !c.repeated && !c.templated
}

// sectionWords returns the first words of the region's labels (lo..hi):
// its short lines that a good block follows.
func sectionWords(doc *document.Document, bs []cblock, lo, hi int) map[string]bool {
	words := map[string]bool{}
	for k := max(lo, 0); k < hi; k++ {
		if bs[k].cf == clShort && bs[k+1].cls == clGood {
			words[firstWord(doc, &bs[k])] = true
		}
	}
	return words
}

// firstWord returns the first word of c's block, folded, a number "0":
// "3. Upload the site" is a section of "1. Install Caddy"'s kind.
func firstWord(doc *document.Document, c *cblock) string {
	w, _, _ := strings.Cut(doc.Blocks[c.i].Text, " ")
	return textfix.FoldNumbers(w)
}

// untilFurniture returns where the article that starts the text ends: a
// text with nothing above its article, no line the boilerplate filter
// dropped and none that is not good, is the article's own text, cut from
// a page by someone who knew where it starts (an extractor's output, a
// copy from the reader view), and its short paragraphs and labels (a
// listicle's "1. The Harbour Classic", "What we liked:") are the article's
// until the first box the boilerplate filter knew after them. A whole
// page has its header above the article.
func untilFurniture(bs []cblock, boiler []int, lo, hi int) int {
	if lo != 0 || boiler[0] != 0 || bs[0].cls != clGood {
		return hi
	}
	for hi+1 < len(bs) && boiler[hi+1] == 0 && !bs[hi+1].comments && !bs[hi+1].others && !bs[hi+1].footer {
		hi++
	}
	return hi
}

// shortSentence reports whether c, next to the region, is a sentence of
// the article's that extendStart and extendEnd take in (colon: see
// statement). Its class does
// not matter, only its shape: a news lead is often bad by its few
// stopwords ("Walt Disney Co. executive Kevin Mayer said overwhelming
// demand and a computer-coding glitch led to …"), and right under the
// share buttons it cannot pay for them, but it is a sentence, and no link
// or line the page repeats.
func shortSentence(doc *document.Document, c *cblock, colon bool) bool {
	b := &doc.Blocks[c.i]
	return (b.Kind == document.Paragraph || b.Kind == document.ListItem || b.Kind == document.Quote) && c.prose && c.linked <= maxLinked &&
		!c.credit && !c.footer && !c.repeated && !c.templated && wordsOf(b, c) >= minStartWords && statement(b.Text, colon)
}

// wordsOf returns how many words b (c its features) has, where in Chinese
// or Japanese, which write no spaces, two characters count as one
// ("※「iPhone」は、Apple Inc.の商標です。" has five).
func wordsOf(b *document.Block, c *cblock) int {
	w := b.Words()
	if n := utf8.RuneCountInString(b.Text); c.runes > n {
		w += (c.runes - n) / (cjkWeight - 1) / 2
	}
	return w
}

// boxed reports whether c, after n dropped lines, is a paragraph an article
// goes on with after a box (see extendEnd). A heading of other stories or
// of the comments ends the article, box or not.
func boxed(c *cblock, n int) bool {
	return n <= maxBoxLines && c.runes >= minBoxedRunes && !c.others && !c.comments
}

// A box of maxBoxLines dropped lines at most does not end the article
// before a paragraph of minBoxedRunes (see extendEnd).
const (
	maxBoxLines   = 3
	minBoxedRunes = 150
)

// minStartWords: see extendStart.
const minStartWords = 3

// statement reports whether s ends as a statement does, with a full stop,
// an exclamation mark or, with colon, a colon: a question above an article
// is its headline ("Is Football Violence a Crime?"), and a line cut short
// ("…") a teaser's. Under the article a line that ends with a colon heads
// what comes after it, which extendList judges.
func statement(s string, colon bool) bool {
	s = strings.TrimRightFunc(s, isClosing)
	return (strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") ||
		colon && (strings.HasSuffix(s, ":") || strings.HasSuffix(s, "："))) &&
		!strings.HasSuffix(s, "..")
}

// linkedShare returns the share of b's text that is the text of its links.
func linkedShare(b *document.Block) float64 {
	if len(b.Links) == 0 || b.Text == "" {
		return 0
	}
	n := 0
	for _, l := range b.Links {
		n += len(l.Text)
	}
	return min(1, float64(n)/float64(len(b.Text)))
}

// sentenceEnd reports whether s ends like a sentence or a clause, in any
// script, or with an emoji after a word: a blog's sentence may end with a
// smiley instead of a full stop ("… Korean tunes 🙂").
func sentenceEnd(s string) bool {
	if endsSentence(s) || endsClause(s) {
		return true
	}
	s = strings.TrimRightFunc(s, isClosing)
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("。！？．｡", r) {
		return true
	}
	t := strings.TrimRightFunc(s, isEmojiPart)
	return len(t) < len(s) && strings.ContainsFunc(t, textfix.IsLetter)
}

// isEmojiPart reports whether r is a pictograph (Unicode's emoticons,
// pictographs and dingbats blocks) or a rune that only shapes one: a
// variation selector, a skin tone (among the pictographs), a joiner.
func isEmojiPart(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r == 0xFE0F || r == 0x200D
}

// smooth is jusText's context-sensitive revision: short and near-good blocks
// take the class of their neighbours, headings before good text are good.
func smooth(bs []cblock) {
	for j := range bs {
		bs[j].cls = bs[j].cf
	}
	for j := range bs {
		if bs[j].heading && bs[j].cls == clShort && goodWithin(bs, j) {
			bs[j].cls = clNearGood
		}
	}
	next := make([]class, len(bs))
	for j := range bs {
		next[j] = bs[j].cls
		if bs[j].cls != clShort {
			continue
		}
		p, n := neighbour(bs, j, -1, true), neighbour(bs, j, 1, true)
		switch {
		case p == clGood && n == clGood:
			next[j] = clGood
		case p == clBad && n == clBad:
			next[j] = clBad
		case p == clBad && neighbour(bs, j, -1, false) == clNearGood,
			n == clBad && neighbour(bs, j, 1, false) == clNearGood:
			next[j] = clGood
		default:
			next[j] = clBad
		}
	}
	for j := range bs {
		bs[j].cls = next[j]
	}
	for j := range bs {
		if bs[j].cls != clNearGood {
			continue
		}
		p, n := neighbour(bs, j, -1, true), neighbour(bs, j, 1, true)
		if p == clBad && n == clBad && !inProseRun(bs, j) {
			bs[j].cls = clBad
		} else {
			bs[j].cls = clGood
		}
	}
	for j := range bs {
		if bs[j].heading && bs[j].cls == clBad && bs[j].cf != clBad && goodWithin(bs, j) {
			bs[j].cls = clGood
		}
	}
}

// inProseRun reports whether the near-good block j stands in a run of at
// least runBlocks near-good or good blocks (short ones between them aside)
// of runRunes in all: an article of short paragraphs, which jusText alone
// would lose for want of one long paragraph.
func inProseRun(bs []cblock, j int) bool {
	if runBlocks <= 0 {
		return false
	}
	n, runes := 1, bs[j].runes
	for _, dir := range []int{-1, 1} {
		for i := j + dir; i >= 0 && i < len(bs); i += dir {
			c := bs[i].cls
			if c == clShort {
				continue
			}
			if c == clBad {
				break
			}
			n++
			runes += bs[i].runes
		}
	}
	return n >= runBlocks && float64(runes) >= runRunes
}

func goodWithin(bs []cblock, j int) bool {
	dist := 0
	for i := j + 1; i < len(bs) && dist <= headingDistance; i++ {
		if bs[i].cls == clGood {
			return true
		}
		dist += bs[i].runes
	}
	return false
}

// neighbour returns the class of the nearest block in direction dir that
// is not short (nor near-good, with ignoreNear); bad past the page's ends.
func neighbour(bs []cblock, j, dir int, ignoreNear bool) class {
	for i := j + dir; i >= 0 && i < len(bs); i += dir {
		c := bs[i].cls
		if c == clShort || (ignoreNear && c == clNearGood) {
			continue
		}
		return c
	}
	return clBad
}

// extendList extends the region that ends at hi over a list the article
// announces: with a colon ("The tour dates:", "Here are the deals:"), or
// with a heading or a short line right after the region ("Tour Dates")
// over items made from one template ("June 9 – Tampa, FL @ …"), or with
// the same punctuation ("England (Group A): 10th appearance"): a heading
// over items of no common shape is the page's ("Most popular" over
// headlines). The list runs up to the first paragraph of prose, the first
// boilerplate an earlier filter dropped, or maxListItems. It returns the
// new end.
func extendList(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	start, shaped := -1, false
	for j := hi; j <= min(hi+1, len(bs)-1); j++ {
		if strings.HasSuffix(strings.TrimSpace(doc.Blocks[bs[j].i].Text), ":") {
			start = j + 1
		}
	}
	if start < 0 && hi+1 < len(bs) && boiler[hi+1] == 0 && headsList(&bs[hi+1], &doc.Blocks[bs[hi+1].i]) {
		start, shaped = hi+2, true
	}
	if start < 0 {
		return itemList(doc, bs, boiler, hi)
	}
	end := hi
	for j := start; j < len(bs) && j-start < maxListItems; j++ {
		c := &bs[j]
		if c.cls == clGood || c.footer || boiler[j] > 0 && (shaped || !onlySymbols(doc, bs[j-1].i, c.i)) || words(doc.Blocks[c.i].Text) > maxListWords ||
			(shaped && j-start < minListItems && !c.templated) {
			break
		}
		end = j
	}
	if end-start+1 < minListItems && shaped {
		end = markedList(doc, bs, boiler, start)
	}
	if end-start+1 < minListItems {
		return itemList(doc, bs, boiler, hi)
	}
	return end
}

// maxBoxLabels bounds the labels over a box after the article: its title
// and a team's name ("Le pagelle", "REAL MARZANO").
const maxBoxLabels = 2

// maxBoxLabelWords bounds a box's label: "REAL MARZANO-VALLESCURA 2-1
// (0-1)".
const maxBoxLabelWords = 8

// boxesAfter returns where the article that ends at bs[hi] ends once the
// boxes right under it are taken in, one after another, nothing the
// boilerplate filter dropped before or in them: under a label or two
// (short lines that end no sentence), minFacts facts or more, each a label
// and its value ("MARCATORI: 23’ pt Okonjo-Leardi (V); …", "ARBITRO:
// Lunardon di Trevisella."), or minListItems list items or more, each a
// sentence ("Ferretti 6 – Incolpevole sul gol, …"): a match report's
// line-ups and ratings, a profile's facts. A box of other stories is
// headed as one, and its headlines end no sentence.
func boxesAfter(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	for {
		j := hi + 1
		labels := 0
		for ; j < len(bs) && labels < maxBoxLabels && boiler[j] == 0 && boxLabel(doc, &bs[j]); j++ {
			labels++
		}
		if labels == 0 {
			return hi
		}
		facts, items := 0, 0
		k := j
		for ; k < len(bs) && boiler[k] == 0 && !bs[k].others && !bs[k].footer && bs[k].linked == 0; k++ {
			b := &doc.Blocks[bs[k].i]
			if boxFact(b.Text) && items == 0 {
				facts++
				continue
			}
			if b.Kind == document.ListItem && facts == 0 && statement(b.Text, false) && b.Words() >= minItemWords {
				items++
				continue
			}
			break
		}
		if facts < minFacts && items < minListItems {
			return hi
		}
		hi = k - 1
	}
}

// beforeWritersBox returns where the article in bs[lo:hi+1] ends once a
// writer's box printed under it is cut off, with what follows. After
// minRegion runes of good text, the box is a paragraph that starts with
// the full name of a writer that a byline near the article's start names,
// in small letters or after a comma or a dash, and either stands under
// the name alone ("Miriam Ashcombe" / "Miriam Ashcombe writes a
// fortnightly column …") or says in its first sentence what the writer
// is ("Giulia Ferrandina – Giornalista enogastronomica, …", "Bastien Le
// Marchal, journaliste au service mercato …"). An article does not
// present its own writer so; a podcast's notes name the host as someone
// who speaks ("Margaux Delorme rappelle que …"). The teasers and
// newsletter boxes under a writer's box are prose too, and would carry
// the region on to the page's footer.
func beforeWritersBox(ph *lang.Phrases, doc *document.Document, bs []cblock, lo, hi int) int {
	good := 0
	for j := lo; j <= hi; j++ {
		// The name may be a caption: the writer's picture's alt text,
		// printed twice, that dedupe made one.
		if b := &doc.Blocks[bs[j].i]; good >= minRegion && (b.Kind == document.Paragraph || b.Kind == document.Heading || b.Kind == document.Caption) {
			if names := namesNear(ph, doc, bs, lo, j); len(names) > 0 && writersBoxAt(ph, doc, bs, names, j, hi) {
				return j - 1
			}
		}
		if bs[j].cls == clGood {
			good += bs[j].runes
		}
	}
	return hi
}

// writersBoxAt reports whether a writer's box starts at bs[j], in
// bs[:hi+1] (see beforeWritersBox): the name of one of names alone over a
// paragraph that starts with it or says the writer's role in its first
// sentence ("Lucía Ferrándiz" / "Redactora jefa de la sección de
// hardware."), or a paragraph that starts with the name and says the role
// so. A podcast's notes name the host as someone who speaks ("Margaux
// Delorme rappelle que …").
func writersBoxAt(ph *lang.Phrases, doc *document.Document, bs []cblock, names []string, j, hi int) bool {
	b := &doc.Blocks[bs[j].i]
	says := func(s string) bool {
		first, _, _ := strings.Cut(s, ". ")
		return hasRole(ph, first)
	}
	box := b.Fold()
	if name := aboutName(ph, b); name != "" {
		box = textfix.Fold(name)
	}
	for _, n := range names {
		// The byline may have run the place it was filed from into
		// the name ("Lucía Ferrándiz Olmo Castromar"): the box's name is
		// its start then.
		if fn := textfix.Fold(n); box == fn || strings.IndexByte(box, ' ') > 0 && startsWithWords(fn, box) {
			if j+1 > hi || doc.Blocks[bs[j+1].i].Kind != document.Paragraph {
				continue
			}
			bio := doc.Blocks[bs[j+1].i].Text
			if _, ok := writersBio(bio, n); ok || says(bio) {
				return true
			}
			continue
		}
		if rest, ok := writersBio(b.Text, n); ok && b.Kind == document.Paragraph && says(rest) {
			return true
		}
	}
	return false
}

// maxParticleBytes bounds a particle inside a name ("van", "de", "di").
const maxParticleBytes = 3

// maxAboutWords bounds the words of the packs' [words: about] before a
// writer's name ("Informazioni su").
const maxAboutWords = 2

// maxBylineBytes bounds the bytes of a line namesNear parses as a byline:
// a paragraph of the article is longer than any byline, its dates and
// the writer's picture's caption a text browser wrapped into it too.
const maxBylineBytes = 400

// namesNear returns the writers that the bylines near the article's
// start at bs[lo] name (within maxHeadlineScan blocks of it, above or in
// it), of those bylines that say the first two words of the block bs[j],
// the first of them capitalised: a writer's box starts with the writer's
// name. Only those are parsed: parsing every line near the start as a
// byline would cost more than asking so of every paragraph.
func namesNear(ph *lang.Phrases, doc *document.Document, bs []cblock, lo, j int) []string {
	b := &doc.Blocks[bs[j].i]
	t := b.Text
	// A box's heading may be the packs' [words: about] and the name
	// ("Sobre Lucía Barrenechea").
	if b.Words() <= maxBareNameWords+maxAboutWords {
		if name := aboutName(ph, b); name != "" {
			t = name
		}
	}
	first, rest, ok := strings.Cut(t, " ")
	if !ok || !nameWord(first) {
		return nil
	}
	second, _, _ := strings.Cut(rest, " ")
	key := strings.TrimRight(t[:len(first)+1+len(second)], ",;:")
	// A name's second word is capitalised too, or a particle ("Marieke
	// van der Steeg"): most paragraphs start otherwise ("The council").
	if w := key[len(first)+1:]; !nameWord(w) && !(len(w) <= maxParticleBytes && strings.ToLower(w) == w) {
		return nil
	}
	var names []string
	for k := max(0, lo-maxHeadlineScan); k < min(len(bs), lo+maxHeadlineScan); k++ {
		if b := &doc.Blocks[bs[k].i]; k != j && len(b.Text) <= maxBylineBytes && strings.Contains(b.Text, key) {
			if by, ok := shortByline(ph, b); ok && (by.lead || headerByline(ph, doc, bs[k].i)) {
				names = append(names, by.authors...)
			}
		}
	}
	return names
}

// writersBio reports whether s starts with the writer's name, two words
// or more, and goes on in small letters, or after a comma or a dash, and
// returns what follows.
func writersBio(s, name string) (string, bool) {
	if strings.IndexByte(name, ' ') < 0 {
		return "", false
	}
	rest, ok := strings.CutPrefix(s, name)
	if !ok {
		return "", false
	}
	if r, ok := strings.CutPrefix(rest, " "); ok && lowerAfterName(r) != "" {
		return r, true
	}
	for _, sep := range []string{", ", " – ", " — ", " - "} {
		if r, ok := strings.CutPrefix(rest, sep); ok && r != "" {
			return r, true
		}
	}
	return "", false
}

// boxLabel reports whether c is a box's label: a short line, no sentence,
// no heading of other stories or comments.
func boxLabel(doc *document.Document, c *cblock) bool {
	b := &doc.Blocks[c.i]
	return (b.Kind == document.Paragraph || b.Kind == document.Heading) && b.Words() <= maxBoxLabelWords &&
		!endsSentence(b.Text) && !c.others && !c.comments && !c.footer && c.linked == 0
}

// maxBoxFactLabel bounds the words of a fact's label in a box: "REAL
// MARZANO (4-3-3)".
const maxBoxFactLabel = 4

// boxFact reports whether s is a fact of a box: a label of
// maxBoxFactLabel words at most that starts with a capital, a colon and a
// space, and a value. Unlike a listing's fact's (see factValue), its
// label may have brackets: a team's formation.
func boxFact(s string) bool {
	label, _, ok := labelValue(s, maxBoxFactLabel)
	return ok && startsUpper(label)
}

// referencesAfter returns where the article that ends at bs[hi] ends once
// its list of sources under their heading is taken in ("Références" over
// "Sorbier, Y., Kervadec, I. et al. (2025). « Iron rain … »"): the
// heading, one of the packs' [words: references], right under the
// article or under a box of maxBoxLines dropped lines at most (a
// paywall's note), and minReferences list items or more right under it.
// The sources are no prose, and a box of links to other stories is
// headed otherwise.
func referencesAfter(ph *lang.Phrases, doc *document.Document, bs []cblock, boiler []int, hi int) int {
	j := hi + 1
	if j >= len(bs) || boiler[j] > maxBoxLines || bs[j].others || bs[j].comments || bs[j].footer ||
		!ph.Word("references", strings.TrimSpace(strings.TrimSuffix(doc.Blocks[bs[j].i].Text, ":"))) {
		return hi
	}
	k := itemsFrom(doc, bs, boiler, j+1)
	if k-j-1 < minReferences {
		return hi
	}
	return k - 1
}

// itemsFrom returns where the list items from bs[j] on end: at the first
// block that is none, that stands after a line the boilerplate filter
// dropped, or that heads other stories or is the footer's.
func itemsFrom(doc *document.Document, bs []cblock, boiler []int, j int) int {
	for j < len(bs) && boiler[j] == 0 && doc.Blocks[bs[j].i].Kind == document.ListItem && !bs[j].others && !bs[j].footer {
		j++
	}
	return j
}

// minReferences: a news story's list of sources may name one study
// ("Journal reference:"); the heading says what the list is.
const minReferences = 1

// prosConsAfter returns where the review that ends at bs[hi] ends once
// its verdict under it is taken in: its pros and its cons, each a label
// of the packs' [words: pros and cons] over its list items, with nothing
// dropped between, and a score over them or under them ("Nota: 8,4",
// "Note: 2+", a label and its value). The verdict's short lines are no
// prose, and cost the region more than the conclusion over them is worth.
func prosConsAfter(ph *lang.Phrases, doc *document.Document, bs []cblock, boiler []int, hi int) int {
	score := func(j int) bool {
		return j < len(bs) && boiler[j] == 0 && doc.Blocks[bs[j].i].Kind == document.Paragraph && boxFact(doc.Blocks[bs[j].i].Text)
	}
	j := hi + 1
	if score(j) {
		j++
	} else if k := scoreBox(doc, bs, boiler, j); k > j {
		j = k
	}
	end := hi
	for labels := 0; labels < 2 && j < len(bs) && boiler[j] == 0 && prosConsLabel(ph, &doc.Blocks[bs[j].i]); labels++ {
		k := itemsFrom(doc, bs, boiler, j+1)
		if k == j+1 {
			break
		}
		end, j = k-1, k
	}
	if end > hi && score(j) {
		end = j
	}
	return end
}

// maxScoreBoxHead bounds the lines over a score box's items: the score
// and its label.
const maxScoreBoxHead = 2

// scoreBox returns where the box of a review's scores that starts at bs[j]
// ends: the score and its label, short lines ("8,4" / "Nota de Circuito
// Abierto"), over the scores of its parts, each a list item of a label and
// its value ("Sonido: 8,5"); or j where there is none. The score, a number
// alone, the boilerplate filter may have dropped.
func scoreBox(doc *document.Document, bs []cblock, boiler []int, j int) int {
	k := j
	for k < len(bs) && k-j < maxScoreBoxHead && (boiler[k] == 0 || k == j && boiler[k] == 1) && doc.Blocks[bs[k].i].Kind == document.Paragraph &&
		doc.Blocks[bs[k].i].Words() <= maxKickerWords && !endsSentence(doc.Blocks[bs[k].i].Text) {
		k++
	}
	if k == j || k >= len(bs) {
		return j
	}
	end := itemsFrom(doc, bs, boiler, k)
	for n := k; n < end; n++ {
		if !factItem(&doc.Blocks[bs[n].i]) || !doc.Blocks[bs[n].i].HasDigit() {
			return j
		}
	}
	if end == k {
		return j
	}
	return end
}

// itemList returns where the article that ends at bs[hi] ends once the
// list right under its last paragraph (or its last quotation's
// attribution), maybe under its label, is taken in: a product's features
// under its description ("Muelas cónicas de acero endurecido de 40 mm"),
// a press release's key figures. Each item is a few words written as a
// sentence is, no link, and the list ends where the page's next part
// starts.
func itemList(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	last := hi // the last paragraph, over its quotation's attribution
	if hi > 0 && attribution(&doc.Blocks[bs[hi-1].i], &doc.Blocks[bs[hi].i]) {
		last--
	}
	if k := doc.Blocks[bs[last].i].Kind; k != document.Paragraph && k != document.Quote || bs[last].cls != clGood {
		return hi
	}
	first := hi + 1
	if first < len(bs) && boiler[first] == 0 && headsList(&bs[first], &doc.Blocks[bs[first].i]) && labelShaped(&bs[first]) && !bs[first].others &&
		doc.Blocks[bs[first].i].Kind != document.ListItem {
		first++ // the list's label ("Les chiffres clés")
	}
	j := first
	for ; j < len(bs) && j-first < maxListItems; j++ {
		c, b := &bs[j], &doc.Blocks[bs[j].i]
		if boiler[j] != 0 || b.Kind != document.ListItem || c.linked > 0 || c.footer || c.templated || c.repeated ||
			b.Words() < minItemWords || b.Words() > maxListWords || !lowerWord(b.Text) {
			break
		}
	}
	if j-first < minListItems {
		return hi
	}
	return j - 1
}

// minItemWords: an item of a list itemList takes has this many words at
// least; a list of a word or two is a page's tags or menu.
const minItemWords = 3

// lowerWord reports whether a word after s's first is in lower case and
// longer than a particle: a feature is written as a sentence is ("Motor
// de baja velocidad"), where the headlines of a list of other stories
// are in title case ("11 Fascinating Facts About Our Milky Way Galaxy").
func lowerWord(s string) bool {
	_, rest, _ := strings.Cut(s, " ")
	for w := range strings.FieldsSeq(rest) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) > maxParticleRunes {
			return true
		}
	}
	return false
}

// maxParticleRunes bounds the words title case leaves in lower case
// ("of", "the", "and", "with").
const maxParticleRunes = 4

// minTableRows: a table under the article has this many rows at least,
// its head's among them.
const minTableRows = 3

// extendTable returns where the article that ends at bs[hi] ends once the
// table right under it is taken in, maybe under its label ("Specifications"
// under a review, a recipe's nutrition facts): each row is short, bad by
// its numbers, and the span ended above it. Only a table with nothing the
// boilerplate filter dropped between it and the article goes on: a
// page's table after a box is the page's (a league table, a list of
// fares).
func extendTable(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	j := hi + 1
	if j < len(bs) && boiler[j] == 0 && tableLabel(&bs[j], &doc.Blocks[bs[j].i]) {
		j++ // the label
	}
	rows := 0
	for j+rows < len(bs) && boiler[j+rows] == 0 && doc.Blocks[bs[j+rows].i].Kind == document.TableRow && !bs[j+rows].footer {
		rows++
	}
	if rows < minTableRows {
		return hi
	}
	return j + rows - 1
}

// tableLabel reports whether c (b its block) may label the table under it:
// a short line, not made from a template, which may be printed twice, in
// the page's tabs over the section and over the table ("Características
// técnicas").
func tableLabel(c *cblock, b *document.Block) bool {
	return b.Kind != document.TableRow && c.runes < lengthLow && !c.templated && !c.footer && !sentenceEnd(b.Text)
}

// onlySymbols reports whether every block between doc.Blocks[from] and
// doc.Blocks[to] that the boilerplate filter dropped was a line of symbols
// ("[]", an empty link a converter printed for a product's picture
// between the items of a list of deals).
func onlySymbols(doc *document.Document, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if r := dropReason(&doc.Blocks[k]); r != "" && r != symbolsReason {
			return false
		}
	}
	return true
}

// The lists markedList finds by their items' punctuation alone have at
// least minMarkedItems items of at most maxItemMarks marks each.
const (
	minMarkedItems = 5
	maxItemMarks   = 4
)

// markedList returns where the list of items with the same punctuation
// that starts at bs[start] ends ("England (Group A): 10th appearance",
// "Czech Republic (Group A): Seventh appearance": items of one template
// whose words differ), or start-1 when there is no such list of
// minMarkedItems: a list of three has the same marks by chance ("Listen:
// http://…", "Download: http://…"), and so does a list of headlines that
// have none, or whose marks are a link's brackets or quotes ("[Elizabeth
// Hurley doesn’t age]"), or a menu's items with a link's attributes
// ("News{#&lpos=footer&lid=News …}").
func markedList(doc *document.Document, bs []cblock, boiler []int, start int) int {
	if start >= len(bs) {
		return start - 1
	}
	mark := punctuation(doc.Blocks[bs[start].i].Text)
	if mark == "" || utf8.RuneCountInString(mark) > maxItemMarks || strings.Trim(mark, "[]()\"“”") == "" {
		return start - 1
	}
	j := start
	for ; j < len(bs) && j-start < maxListItems; j++ {
		t := doc.Blocks[bs[j].i].Text
		if bs[j].cls == clGood || boiler[j] > 0 || words(t) > maxListWords || punctuation(t) != mark {
			break
		}
	}
	if j-start < minMarkedItems {
		return start - 1
	}
	return j - 1
}

// punctuation returns the marks of s, less apostrophes, in order: items
// made from one template whose words all differ have the same ("England
// (Group A): 10th appearance", "Czech Republic (Group A): Seventh
// appearance"), the headlines of a list of other stories mostly none.
func punctuation(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsPunct(r) && r != '\'' && r != '’' {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// A teaser is a headline and a summary, with its author's name between
// them or with a summary cut short ("… […]"), maybe under a line that
// names its picture; minTeasers of them in a row are a list of other
// articles ("More from …").
const (
	minTeasers      = 3
	maxTeaserHead   = 25 // words
	maxTeaserAuthor = 6  // words
	// maxTeaserLabel bounds the short lines above a list of teasers
	// that go with it ("More Washington Examiner", an image's name).
	maxTeaserLabel = 4
)

// beforeTeasers returns where the region lo…hi ends once a list of teasers
// in it is cut off: from the first of minTeasers teasers in a row, with the
// short lines right above it. An article's sections have a heading and
// text too, but no author's name between, and their text is whole.
func beforeTeasers(doc *document.Document, bs []cblock, lo, hi int) int {
	// teaser returns how many blocks the teaser at j takes, or 0.
	teaser := func(j int) int {
		if j+1 > hi {
			return 0
		}
		head := &doc.Blocks[bs[j].i]
		// A row of facts ("When: Sat 14 June, 7pm · Where: Pellow
		// Park") ends an event's listing: the next event's name under
		// it is no teaser's writer.
		if head.Words() > maxTeaserHead || isBody(head) || factsRow(head.Text) {
			return 0
		}
		if next := &doc.Blocks[bs[j+1].i]; next.Kind == document.Paragraph && excerpt(next.Text) {
			return 2
		}
		if by := &doc.Blocks[bs[j+1].i]; j+2 <= hi && (nameShaped(by) || sourceShaped(by)) && summary(&doc.Blocks[bs[j+2].i]) {
			return 3
		}
		return 0
	}
	// pictured is teaser, maybe under a line that names its picture.
	pictured := func(j int) int {
		if j > hi {
			// The teasers before reach past the region.
			return 0
		}
		if m := teaser(j); m > 0 {
			return m
		}
		if b := &doc.Blocks[bs[j].i]; b.Words() <= maxTeaserHead && !endsSentence(b.Text) {
			if m := teaser(j + 1); m > 0 {
				return m + 1
			}
		}
		return 0
	}
	for j := lo + 1; j < hi; j++ {
		n, k := 0, j
		for n < minTeasers {
			m := pictured(k)
			if m == 0 {
				break
			}
			n, k = n+1, k+m
		}
		if n < minTeasers {
			continue
		}
		cut := j
		for cut > lo+1 && bs[cut-1].cls != clGood && doc.Blocks[bs[cut-1].i].Words() <= maxTeaserLabel &&
			!endsSentence(doc.Blocks[bs[cut-1].i].Text) {
			cut--
		}
		return cut - 1
	}
	return hi
}

// minTeaserSummary is the fewest words of a teaser's summary under its
// author's name: "Joker killed at the box office."
const minTeaserSummary = 5

// summary reports whether b may be a teaser's summary: a sentence.
func summary(b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() >= minTeaserSummary && endsSentence(b.Text)
}

// excerpt reports whether s is a summary cut short as blogs print one
// under a headline: it ends in an ellipsis in brackets ("… become […]").
func excerpt(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "[…]") || strings.HasSuffix(s, "[...]") || strings.HasSuffix(s, "(…)")
}

// nameShaped reports whether b is a line of names, as a teaser prints its
// author: a few words, each capitalised but for one ("Anthony, Maya, and
// Caroline Ghosn", "Sen. David Perdue"), and no digit. A line in capitals
// is a heading as html-to-text prints every one ("JAZZ ON THE PIER"): an
// article's sections, each under a line of facts, are no teasers.
func nameShaped(b *document.Block) bool {
	if n := b.Words(); n < 2 || n > maxTeaserAuthor || strings.ContainsAny(b.Text, "0123456789:") || allCaps(b.Text) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(b.Text) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			lower++
		}
	}
	return lower <= 1 && !strings.HasSuffix(b.Text, ".")
}

// sourceShaped reports whether b is a line that names a teaser's source as
// an aggregator prints it: a few words, one of them a domain ("aeon.co
// Sex", "20 diggs cnn.com News"), not a sentence.
func sourceShaped(b *document.Block) bool {
	if b.Words() > maxTeaserAuthor || endsSentence(b.Text) {
		return false
	}
	for _, w := range strings.Fields(b.Text) {
		if isDomain(w) {
			return true
		}
	}
	return false
}

// isDomain reports whether w is a host name in lower case: labels of
// letters, digits and hyphens between dots, the last of 2 to 6 letters
// ("aeon.co", "news.bbc.co.uk").
func isDomain(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || len(w)-dot-1 < 2 || len(w)-dot-1 > 6 {
		return false
	}
	for i := dot + 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	for i := range dot {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' && i > 0 && w[i-1] != '.') {
			return false
		}
	}
	return true
}

// headsList reports whether block b (c in the content filter's view) may
// head a list: a heading, or a line of at most maxListHeadWords words that
// does not end like a sentence.
func headsList(c *cblock, b *document.Block) bool {
	return c.heading || (b.Words() <= maxListHeadWords && !sentenceEnd(b.Text))
}

// isolated reports whether the good block j has no good neighbour: a
// teaser's summary between headlines, a comment between its header and a
// reply button, an author's biography. An article's paragraphs come in
// runs.
func isolated(bs []cblock, j int) bool {
	return (j == 0 || bs[j-1].cls != clGood) && (j+1 == len(bs) || bs[j+1].cls != clGood)
}

// region returns the span of blocks with the greatest sum of values (see
// the constants), or the whole page when even the best span is worth less
// than minRegion, unless the span holds most of the page's prose (see
// holdsProse). Above a comment thread, a post worth minPost is the span
// when the best is worth less than minRegion or lies in the thread.
func region(bs []cblock, boiler []int) (int, int) {
	// From the first templated label on ("Jane on May 2 said:") the page
	// is a comment thread; so it is from a comments label the boilerplate
	// filter dropped ("[ 167 comments ]"), once an article's worth of good
	// text stands before it: above the article, such a label is a link in
	// the share bar ("Comments" between "Twitter" and "Print"). A
	// heading of other stories ("Most read", "You may also like") ends
	// the article the same way: the teasers under it are sentences too,
	// and a page does not go on with its article after them. A heading
	// of related articles ("Related", "Read more", "Don't miss") does
	// not: a page prints such a box between two paragraphs.
	//
	// The text from weak on gains threadGain: a comment thread's after
	// its first line (the templated label, the commenter's name under a
	// comments label, or a paragraph of the article that a page printed
	// after such a label), a list's from its first teaser.
	thread, weak := len(bs), len(bs)
	good := 0
	for j := range bs {
		if bs[j].label || (good >= minRegion && (bs[j].comments || bs[j].others)) {
			thread, weak = j, j+1
			if bs[j].others {
				weak = j
			}
			break
		}
		// A caption with its credit is short, but the page's own
		// text for this: a gallery's captions above a "Most read" box
		// are the article's pictures, and the box is under them.
		if bs[j].cls == clGood || bs[j].credit {
			good += bs[j].runes
		}
	}
	end := len(bs) // where the span may end
	// A box of other stories above the article (see teasersApart) has the
	// article under it: more text than above it. Under the article, what
	// follows the box weighs less than the article; the headlines in the
	// box, good between good blocks (smooth), would carry the span over
	// the box to it.
	if thread < len(bs) && bs[thread].others && (teasersApart(bs, thread) || 2*ownGood(bs, thread) < good) {
		end = thread
	}
	best, lo, hi := bestSpan(bs, boiler, end, weak)
	if (best < minRegion || lo > thread) && thread < len(bs) && bs[thread].label {
		// A short post and a long comment thread under it (a blog's
		// open thread): the thread is no article, even where a run of
		// its comments is worth more; what stands out before it is
		// the post.
		if b, l, h := bestSpan(bs, boiler, thread, weak); b >= minPost {
			return l, h
		}
	}
	if best < minRegion && (lo < 0 || !holdsProse(bs, lo, hi)) {
		// Too little prose anywhere to tell the article from the rest:
		// a table, a list or a gallery. Keeping the page beats guessing.
		return 0, len(bs) - 1
	}
	return lo, hi
}

// teasersApart reports whether no two blocks good by their own measure
// from bs[from] on follow each other on the page: a dropped line or a line
// that is not good stands between every two (a teaser's row of share
// buttons, which dedupe drops as repeated; the placeholder of its picture,
// good only by the teasers around it, see smooth). Under a heading of
// other stories, that is a list of teasers, and the article has ended; an
// article's paragraphs follow each other (a "Most popular" box may stand
// above the article, see region).
func teasersApart(bs []cblock, from int) bool {
	prev := -1
	for j := from; j < len(bs); j++ {
		if bs[j].cf != clGood {
			prev = -1
			continue
		}
		if prev >= 0 && bs[j].i == bs[prev].i+1 {
			return false
		}
		prev = j
	}
	return true
}

// ownGood returns the runes of the blocks from bs[from] on that are good
// by their own measure, not by the text around them (see smooth).
func ownGood(bs []cblock, from int) int {
	n := 0
	for j := from; j < len(bs); j++ {
		if bs[j].cf == clGood {
			n += bs[j].runes
		}
	}
	return n
}

// othersReason is the reason the boilerplate filter gives a heading of
// other stories ("Most read", "You may also like"); see region.
const othersReason = "other stories"

// holdsProse reports whether bs[lo:hi+1] holds at least minProseShare of
// the page's prose, counted in runes. A short article (a brief, the
// paragraphs a paywall shows) is worth less than minRegion, late on a page
// of many menus and alone among headlines; but what is left around it is
// lines that do not end like sentences, and keeping them all would keep
// the page's menus for one paragraph. A table or a list the page is
// about (race dates, a league table) has no better span than prose of the
// page's own, and in an article of short paragraphs the span is a few of
// them: both leave much of the prose outside. A page without a line that
// ends like a sentence (a text browser that joined each paragraph to the
// headline after it) has only the span to go by.
func holdsProse(bs []cblock, lo, hi int) bool {
	in, all := 0, 0
	for j := range bs {
		if !bs[j].prose {
			continue
		}
		all += bs[j].runes
		if j >= lo && j <= hi {
			in += bs[j].runes
		}
	}
	return float64(in) >= minProseShare*float64(all)
}

// bestSpan returns the span of bs[:end] with the greatest sum of values,
// and the sum; from weak on, good text is worth threadGain as much (see
// region).
func bestSpan(bs []cblock, boiler []int, end, weak int) (float64, int, int) {
	n := float64(len(bs))
	best, bestLo, bestHi := 0.0, -1, -1
	sum, lo := 0.0, 0
	for j := range bs[:end] {
		v := blockValue(bs, j, n, weak)
		// Boilerplate an earlier filter dropped right before the block
		// costs, unless the region starts here.
		drop := droppedCost * float64(boiler[j])
		if sum-drop <= 0 {
			sum, lo, drop = 0, j, 0
		}
		sum += v - drop
		if sum > best {
			best, bestLo, bestHi = sum, lo, j
		}
	}
	return best, bestLo, bestHi
}

// blockValue is what bs[j] adds to a span's value in bestSpan (see the
// constants), n the blocks of the page, from weak on a comment thread's.
func blockValue(bs []cblock, j int, n float64, weak int) float64 {
	c := &bs[j]
	r := float64(c.runes)
	var v float64
	switch {
	case c.cls == clGood && c.cf == clShort:
		// A short line (a headline, a name, a date) takes the
		// class of the text around it, and stays in a region
		// that takes it in, but is no evidence of an article:
		// a run of them after the article ("Most popular" and
		// its headlines between two teasers) must not pull the
		// region over the page's tail.
	case c.cls == clGood:
		pos := 1 - positionDecay*float64(j)/n
		if j >= weak {
			pos *= threadGain
		}
		v = r * pos
		if isolated(bs, j) {
			v *= isolatedGain
		}
	case c.row:
		// A table's row is data, short and bad by its numbers, in
		// the article (a phone's specifications under the intro) as
		// in a box: no evidence either way.
	case c.cf == clBad:
		// A long bad block in the article (a hover card
		// glued into a paragraph, a table on one line) costs
		// no more than an article is worth at least: on its
		// own it does not cut the article in two.
		v = -min(max(r, minBadCost), minRegion)
	case c.cf == clShort:
		v = -shortCost
	}
	// A near-good block among bad ones is not the article's, but no
	// evidence against a region either: it is worth nothing.
	if c.footer {
		v -= footerCost
	}
	if c.label {
		v -= labelCost
	}
	return v
}

// A line that says the same words twice in a row is a picture's alt text
// printed next to itself, or its caption under it (a teaser that carries
// the page's title as its picture's name, as RT's do): prose does not.
// minDoubled words make a run worth noticing, in a line of up to
// shortDoubled words; in a longer one (a photo's whole caption, printed
// twice) the run makes half of it. maxDoubledWords bounds the lines looked
// at, and the words doubled keeps on the stack.
const (
	minDoubled      = 6
	shortDoubled    = 60
	maxDoubledWords = 200
)

// doubled reports whether s has a run of words right after the same run,
// long enough (see the constants), or glued to it (see doubledAt), or a
// run of minDoubled words three times, the last apart from the others (a
// "most read" list whose headlines a text browser glued into one line,
// each after the same kicker), or is one run twice over however long.
func doubled(s string) bool {
	// The words are split at spaces only (a paragraph's text is spaced
	// so), and counted by them: the check runs on every block of every
	// page, and most are too short or too long to be looked at.
	sp := strings.Count(s, " ")
	if sp >= maxDoubledWords {
		// Too long to look at word by word, but a caption of a video
		// list printed twice over is that long too: it is exactly
		// two halves.
		return sp%2 == 1 && s[len(s)/2] == ' ' && s[:len(s)/2] == s[len(s)/2+1:]
	}
	if sp < 2*minDoubled-1 {
		return false
	}
	// They go into an array on the stack with a hash each.
	var words [maxDoubledWords]string
	var hashes [maxDoubledWords]uint64
	n := 0
	for s != "" {
		f, rest, _ := strings.Cut(s, " ")
		if f != "" {
			words[n], hashes[n] = f, fnvAdd(fnvOffset, f)
			n++
		}
		s = rest
	}
	kmin := minDoubled
	if n > shortDoubled {
		// A run that makes half of a long line: a paragraph that
		// starts with a related link said twice is still prose.
		kmin = max(kmin, (n+3)/4)
	}
	// A run said twice has its first minDoubled words again the run's
	// length on: equal windows of minDoubled words, which prose seldom
	// has, are the only places to look. A table of the windows' hashes
	// finds them in one pass.
	var table [doubledSlots]int16 // a window's index + 1; 0 is empty
	var windows [maxDoubledWords]uint64
	for i := 0; i+minDoubled <= n; i++ {
		h := uint64(0)
		for _, x := range hashes[i : i+minDoubled] {
			h = h*0x9E3779B97F4A7C15 + x
		}
		windows[i] = h
		slot := h & (doubledSlots - 1)
		seen := 0 // earlier windows of the same words, apart from this one
		for ; table[slot] != 0; slot = (slot + 1) & (doubledSlots - 1) {
			j := int(table[slot]) - 1
			if windows[j] != h {
				continue
			}
			if doubledAt(words[:n], j, i-j, kmin) {
				return true
			}
			// A run said a third time, with other words between
			// (a list of headlines, each after the same kicker,
			// glued into one line), is no prose either.
			if i-j >= minDoubled {
				if seen++; seen >= 2 {
					return true
				}
			}
		}
		table[slot] = int16(i + 1)
	}
	return false
}

// doubledSlots is the size of doubled's table of windows, a power of two
// well above maxDoubledWords.
const doubledSlots = 512

// doubledAt reports whether words has a run of at least kmin words said
// twice that starts at or right before j, k words from the start of its
// second copy. A text browser that glued the second copy to the end of
// the first, where a link ended and the next began ("… fuel
// plant[52]‘He died …"), left one word fewer: the first copy's first word
// ends the word k places on ("plant‘He"), and the run starts at j-1.
func doubledAt(words []string, j, k, kmin int) bool {
	if k < kmin {
		return false
	}
	if j+2*k <= len(words) && slices.Equal(words[j:j+k], words[j+k:j+2*k]) {
		return true
	}
	p := j - 1
	return p >= 0 && k-1 >= minDoubled && p+2*k <= len(words) &&
		slices.Equal(words[j:j+k-1], words[j+k:j+2*k-1]) &&
		len(words[p+k]) > len(words[p]) && strings.HasSuffix(words[p+k], words[p])
}

// listItemNear reports whether the nearest live block before (dir -1) or
// after (dir 1) block i is a list item.
func listItemNear(doc *document.Document, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(doc.Blocks); j += dir {
		if b := &doc.Blocks[j]; !b.Dropped {
			return b.Kind == document.ListItem
		}
	}
	return false
}

// headlineStart moves the region's start at bs[lo] down to the article's
// headline when the region takes it in with what stands above it: a page's
// lists of teasers ("Latest Headlines", "Autos"), a headline and a summary
// each, are good text as much as the short article under them, and
// bestSpan gains by keeping them. The headline is the page's title where
// the body prints it: the copy dedupe dropped as the repeated title, or
// the title itself where the converter marked the article's <h1> ("# …")
// and printed no <title> above it. Where the body does not print the
// title (a text browser's is the site's name, "CBS Detroit"), it is a
// line shaped like a headline right above the date the boilerplate filter
// dropped ("November 19, 2019 at 9:45 am"): a section of the article has
// no date.
func (f *content) headlineStart(doc *document.Document, bs []cblock, boiler []int, lo, hi int, bit uint64) (int, bool) {
	if bit == 0 {
		return lo, false
	}
	if at := pageHeadline(doc); at >= 0 && at > bs[lo].i && at < bs[hi].i {
		j := lo
		for bs[j].i < at {
			j++
		}
		if f.startsArticle(doc, bs, boiler, lo, hi, bit, at, j) {
			return j, true
		}
		return lo, false
	}
	ph := f.book.Index()
	for j := lo + 1; j < hi; j++ {
		b := &doc.Blocks[bs[j].i]
		if k := bs[j].i + 1; dropReason(&doc.Blocks[k]) == timestampReason &&
			isHeadlineShaped(ph, &bs[j], b) && f.startsArticle(doc, bs, boiler, lo, hi, bit, bs[j].i, j+1) {
			// The headline itself goes above the article, where the
			// headline method finds it.
			return j + 1, true
		}
	}
	return lo, false
}

// startsArticle reports whether doc.Blocks[at], a headline right above
// bs[j], heads the article in bs[lo:hi+1]: a run of good blocks starts at
// most maxHeadlineGap blocks from bs[j] on, worth minRegion runes
// with no boilerplate dropped inside, that shares minSharedWords of the
// headline's words (not stopwords) and a third of them; and the block
// above it (a copy of it aside) is no good text that shares minSharedWords
// of them: a video's title between two of the article's paragraphs
// ("Apple's 16-inch MacBook Pro") is no headline, nor is a box's heading
// in the sidebar under the article.
func (f *content) startsArticle(doc *document.Document, bs []cblock, boiler []int, lo, hi int, bit uint64, at, j int) bool {
	keys := func(text string, fn func(uint64)) { f.stop.ContentWords(text, bit, fn) }
	headline := doc.Blocks[at].Text
	key := doc.Blocks[at].FoldNumbers()
	above := j - 1
	for above > lo && (bs[above].i == at || doc.Blocks[bs[above].i].FoldNumbers() == key) {
		above--
	}
	if bs[above].cls == clGood {
		words := make(map[uint64]bool, maxHeadlineWords)
		keys(headline, func(h uint64) { words[h] = true })
		if m, _ := sharedKeys(keys, words, doc.Blocks[bs[above].i].Text); m >= minSharedWords {
			return false
		}
	}
	start := j
	for start <= hi && start <= j+maxHeadlineGap && bs[start].cls != clGood {
		start++
	}
	if start > hi || bs[start].cls != clGood {
		return false
	}
	lead := make(map[uint64]bool, leadWords)
	runes := 0
	for m := start; m <= hi && bs[m].cls == clGood && (m == start || boiler[m] == 0); m++ {
		keys(doc.Blocks[bs[m].i].Text, func(h uint64) { lead[h] = true })
		runes += bs[m].runes
	}
	if runes < minRegion {
		return false
	}
	m, n := sharedKeys(keys, lead, headline)
	return m >= minSharedWords && 3*m >= n
}

// sharedKeys returns how many of the distinct keys that keys gives of
// text are in set, and how many there are: the words (not stopwords) a
// headline shares with an article's start.
func sharedKeys(keys func(string, func(uint64)), set map[uint64]bool, text string) (shared, all int) {
	seen := make(map[uint64]bool, maxHeadlineWords)
	keys(text, func(h uint64) {
		if !seen[h] {
			seen[h] = true
			if set[h] {
				shared++
			}
		}
	})
	return shared, len(seen)
}

// maxHeadlineGap: so many blocks may stand between a headline and its
// article's first paragraph (a date, a byline, a tag line: "Filed Under:
// …").
const maxHeadlineGap = 3

// pageHeadline returns the index of the block that is the page's title
// printed in its body (see headlineStart), or -1: the first copy of the
// title that dedupe dropped, or a title of level 1 below the page's
// first live block. A headline has minHeadlineWords words at least.
func pageHeadline(doc *document.Document) int {
	live := false
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind == document.Title && !b.Dropped && live && b.Level == 1 || isRepeatedTitle(b) {
			if b.Words() < minHeadlineWords {
				return -1
			}
			return i
		}
		live = live || !b.Dropped
	}
	return -1
}

// digits returns how many ASCII digits s has.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}
