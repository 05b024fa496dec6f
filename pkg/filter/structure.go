package filter

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/lang"
	"github.com/unscrape/unscrape/pkg/textfix"
)

// structureName is the structure filter's name, which the byline filter
// asks of the names it joined.
const structureName = "structure"

func init() {
	register(Spec{
		Name:        structureName,
		Description: "find the title: a leading \"#\" heading or a headline-shaped first line, under a menu list that goes; part a glued kicker; \"• item\" lines and runs of amounts (\"3 eggs\") become list items; rows too few for a table become text",
		Rank:        20,
		Default:     true,
		New: func(Options) (Applier, error) {
			book, err := lang.LoadPhrasebook()
			if err != nil {
				return nil, err
			}
			return structure{book}, nil
		},
	})
}

// structure reads drawn bullets and finds the title at its rank, and when
// the pipeline settles reads as text the rows of a table the filters left
// too few for one.
type structure struct{ book *lang.Phrasebook }

func (f structure) Apply(doc *document.Document) error {
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped {
			unbullet(b)
			unglueLabel(b)
		}
	}
	drawnNumbers(doc)
	ph := f.book.Index()
	joinSectionNumbers(doc)
	joinSplitNames(ph, doc)
	cellTables(doc)
	listChapters(doc)
	return findTitle(ph, doc)
}

// joinSplitNames joins again the entries a text browser's line of links
// was read as where one ends with a word that joins names ("[18]Priya
// Nandakumar and [19]Tom Ellery": lynx marks where a link starts, not
// where it ends): two linked writers' byline, no menu.
func joinSplitNames(ph *lang.Phrases, doc *document.Document) {
	for i := 0; i+1 < len(doc.Blocks); i++ {
		b, n := &doc.Blocks[i], &doc.Blocks[i+1]
		if b.Dropped || n.Dropped || b.Kind != document.Paragraph || n.Kind != document.Paragraph || b.Line != n.Line || n.Gap {
			continue
		}
		k := strings.LastIndexByte(b.Text, ' ')
		if k < 0 || !ph.Word("name joiner", b.Text[k+1:]) {
			continue
		}
		// A sentence's links parted the same way ("[108]Macron and
		// [109]the NBA to degrade their") name no writers.
		if by, ok := parseByline(ph, b.Text+" "+n.Text); !ok || len(by.authors) < 2 {
			continue
		}
		for _, l := range n.Links {
			if l.At >= 0 {
				l.At += len(b.Text) + 1
			}
			b.Links = append(b.Links, l)
		}
		b.SetText(structureName, "names a text browser's links parted joined", b.Text+" "+n.Text)
		n.Drop(structureName, "joined to the names before it")
	}
}

// Bounds of a field's label glued to its value (see unglueLabel).
const (
	minGluedLabel = 3
	maxGluedLabel = 15
	// minGluedValueWords: the value is a title or a text, no brand
	// ("Re:Invent").
	minGluedValueWords = 3
)

// unglueLabel sets a space after a field's label that a page printed in
// an element of its own, glued to its value by the scraper
// ("Title:Sparse Retrieval Beats …", "Abstract:Dense retrievers …", as
// arXiv's pages give them): a capitalised word of letters, a colon and a
// capitalised word.
func unglueLabel(b *document.Block) {
	if b.Kind != document.Paragraph {
		return
	}
	i := strings.IndexByte(b.Text, ':')
	if i < minGluedLabel || i > maxGluedLabel || i+1 >= len(b.Text) || !capitalWord(b.Text[:i]) {
		return
	}
	rest := b.Text[i+1:]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || textfix.Words(rest) < minGluedValueWords {
		return
	}
	if w, _, _ := strings.Cut(rest, " "); !capitalWord(w) {
		return
	}
	b.SetText("structure", "label parted from its value", b.Text[:i+1]+" "+rest)
}

// minChapters: a show's chapters are this many lines at least.
const minChapters = 3

// listChapters makes list items of a podcast's or a video's chapters,
// printed a line each with the time they start at ("00:00 Introduction",
// "03:15 How purring works"): minChapters lines or more, one under the
// other, their times going up. One such line alone is a player's
// duration, which the boilerplate filter drops.
func listChapters(doc *document.Document) {
	for i := 0; i < len(doc.Blocks); {
		j, last := i, -1
		for ; j < len(doc.Blocks); j++ {
			b := &doc.Blocks[j]
			t, ok := chapterStart(b.Text)
			if b.Dropped || b.Kind != document.Paragraph || !ok || t <= last {
				break
			}
			last = t
		}
		if j-i >= minChapters {
			for k := i; k < j; k++ {
				doc.Blocks[k].Kind = document.ListItem
			}
		}
		i = max(j, i+1)
	}
}

// chapterStart returns the time in seconds that s, a chapter's line,
// starts with ("03:15 How purring works", "1:02:40 – Questions"), and
// whether it starts with one and has a title after it.
func chapterStart(s string) (int, bool) {
	t, parts, i := 0, 0, 0
	for {
		v, d := 0, 0
		for i < len(s) && isDigit(s[i]) && d < 2 {
			v = v*10 + int(s[i]-'0')
			i, d = i+1, d+1
		}
		// The hours or minutes first, of one digit or two; then
		// minutes and seconds of two.
		if d == 0 || parts > 0 && d != 2 {
			return 0, false
		}
		t, parts = t*60+v, parts+1
		if parts == 3 || i >= len(s) || s[i] != ':' {
			break
		}
		i++
	}
	if parts < 2 || i >= len(s) || s[i] != ' ' || !hasLetter(s[i:]) {
		return 0, false
	}
	return t, true
}

// maxSectionDigits bounds the number of a numbered section (see
// joinSectionNumbers).
const maxSectionDigits = 2

// joinSectionNumbers joins the numbers of a listicle's sections, printed
// each on a line of its own over its title ("1" / "Praia da Ursa", "2" /
// "Praia do Barranco": an ordered list's counters, drawn by its style), to
// their titles as "1. Praia da Ursa", which the headings filter reads as
// a numbered section's title. Two numbers or more, one after the other,
// each over a line shaped like a heading: a lone number is a counter.
func joinSectionNumbers(doc *document.Document) {
	type section struct{ num, title, n int }
	var chain []section
	flush := func() {
		if len(chain) >= 2 {
			for _, c := range chain {
				t := &doc.Blocks[c.title]
				t.SetText("structure", "section number joined to its title", strconv.Itoa(c.n)+". "+t.Text)
				doc.Blocks[c.num].Drop("structure", "section number joined to its title")
			}
		}
		chain = chain[:0]
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph || len(b.Text) > maxSectionDigits || b.Text[0] < '1' || b.Text[0] > '9' {
			continue
		}
		n, err := strconv.Atoi(b.Text)
		next := doc.NextLive(i)
		if err != nil || next < 0 || doc.Blocks[next].Kind != document.Paragraph || !headingShaped(doc.Blocks[next].Text) {
			continue
		}
		if len(chain) > 0 && n != chain[len(chain)-1].n+1 {
			flush()
		}
		chain = append(chain, section{i, next, n})
	}
	flush()
}

// unbullet makes the paragraph b a list item when it starts with a drawn
// bullet and a space: a reader sees a list, and the filters judge a menu
// drawn so as the menu of a Markdown page. The renderer writes Markdown's
// marker, which a second run reads as the same item.
func unbullet(b *document.Block) {
	if b.Kind != document.Paragraph {
		return
	}
	if rest, ok := document.CutDrawnBullet(b.Text); ok {
		b.SetText("structure", "bullet read as a list item", rest)
		b.Kind, b.Level = document.ListItem, 0
	}
}

// drawnNumbers makes ordered list items of the paragraphs that start with
// a number elinks drew as an ordered list's marker, between no-break
// spaces ("\u00a01.\u00a0Startseite"): the unicode filter made them
// spaces, and the parser, which reads a marker only before a space, read
// a paragraph. The text as parsed keeps the space after the number; a
// neighbour numbered one before or after says it is a list's, as a
// sentence that starts with a date typeset so ("3.\u00a0November 2026 –
// …") has none.
func drawnNumbers(doc *document.Document) {
	// Most texts have none: the numbers are kept only from the first on.
	var nums []int
	for i := range doc.Blocks {
		if n := drawnNumber(&doc.Blocks[i]); n > 0 {
			if nums == nil {
				nums = make([]int, len(doc.Blocks))
			}
			nums[i] = n
		}
	}
	for i := range nums {
		n := nums[i]
		if n == 0 || !(i > 0 && n > 1 && nums[i-1] == n-1 || i+1 < len(nums) && nums[i+1] == n+1) {
			continue
		}
		b := &doc.Blocks[i]
		_, rest, _ := strings.Cut(b.Text, " ")
		b.SetText("structure", "number read as a list item", rest)
		b.Kind, b.Ordered, b.Number, b.Level = document.ListItem, true, n, 0
	}
}

// maxDrawnNumber bounds the number of an item drawnNumbers reads.
const maxDrawnNumber = 999

// drawnNumber returns the number b starts with where b is a live paragraph
// whose text as parsed, before the unicode filter changed it, starts with
// the number, a full stop and a no-break space; or 0.
func drawnNumber(b *document.Block) int {
	if b.Dropped || b.Kind != document.Paragraph || len(b.Notes) == 0 || b.Notes[0].Filter != "unicode" {
		return 0
	}
	parsed := b.Notes[0].Before
	digits := len(parsed) - len(strings.TrimLeft(parsed, "0123456789"))
	if digits == 0 || digits > 3 || !strings.HasPrefix(parsed[digits:], ".\u00a0") {
		return 0
	}
	n, err := strconv.Atoi(parsed[:digits])
	if err != nil || n > maxDrawnNumber || !strings.HasPrefix(b.Text, parsed[:digits]+". ") {
		return 0
	}
	return n
}

// Bounds of an amounts list (see listAmounts): its items are short, and
// there are minAmountItems of them, two of them amounts at least.
const (
	minAmountItems = 3
	minAmounts     = 2
	maxAmountWords = 8
	maxAmountRunes = 60
	// maxAmountNumbers: "1 lemon, or about 1/4 cup juice" has two; a
	// table's row printed as a line ("3 Jane Doe 5033 4 6 15") more.
	maxAmountNumbers = 2
)

// numbers counts the words of s that start with a digit.
func numbers(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if startsDigit(w) {
			n++
		}
	}
	return n
}

// listAmounts makes list items of a run of short lines half or more of
// which are amounts ("3 eggs", "1 sachet baking powder", "Zest of one
// lemon"): a recipe's ingredients, printed without their bullets. It
// settles, because the content filter judges the run as lines; the
// headings filter asks amountList whether a list will follow a label.
func listAmounts(ph *lang.Phrases, doc *document.Document) {
	for i, in := range amountLines(ph, doc) {
		if in {
			doc.Blocks[i].Kind = document.ListItem
		}
	}
}

// amountLines reports, by block, whether the block is an item of an
// amounts list (see amountList); nil where there is none.
func amountLines(ph *lang.Phrases, doc *document.Document) []bool {
	var in []bool
	for i := 0; i < len(doc.Blocks); i++ {
		run, ok := amountList(ph, doc, i)
		if !ok {
			continue
		}
		if in == nil {
			in = make([]bool, len(doc.Blocks))
		}
		for _, k := range run {
			in[k] = true
		}
		i = run[len(run)-1]
	}
	return in
}

// dropLinkNumbers drops the lines that are a link's number in brackets and
// nothing else ("[46]"): what lynx leaves of a link whose words are a
// picture, numbered on a line of its own. The parser keeps such lines,
// since the content filter reads a run of them as the page's teasers; once
// it has, they go.
func dropLinkNumbers(doc *document.Document) {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Kind != document.Paragraph && b.Kind != document.ListItem || len(b.Text) < 3 || len(b.Text) > 8 {
			continue
		}
		if inner, ok := strings.CutPrefix(b.Text, "["); ok {
			if inner, ok = strings.CutSuffix(inner, "]"); ok && inner != "" && strings.Trim(inner, "0123456789") == "" {
				b.Drop("structure", "link number")
			}
		}
	}
}

// A list printed without bullets: minAmountItems lines or more, each of
// maxListLineWords words and maxListLineRunes at most (see listLines).
// minGappedShare of a text's paragraphs of prose, and minGappedParagraphs
// at least, have a blank line before them where it sets its paragraphs
// apart so.
const (
	maxListLineWords    = 12
	maxListLineRunes    = 80
	minGappedParagraphs = 4
	minGappedShare      = 2.0 / 3
)

// listLines makes list items of a run of short lines printed one under the
// other, without a blank line between them but with one before and after
// the run and text after it, in a text that sets its paragraphs apart with
// blank lines: a
// list printed without its bullets ("A trowel", "Newspaper"). A text that
// sets no blank line between its paragraphs (a page's innerText) says
// nothing by lines one under the other. It settles, after the boilerplate
// filter has dropped the page's menus, whose items are such lines too; the
// headings filter asks linesList whether a list will follow a label.
func listLines(doc *document.Document) {
	if !gappedText(doc) {
		return
	}
	for i := 0; i < len(doc.Blocks); i++ {
		end, ok := linesList(doc, i)
		if !ok {
			continue
		}
		for k := i; k < end; k++ {
			doc.Blocks[k].Kind = document.ListItem
		}
		i = end - 1
	}
}

// lazyGapped returns gappedText(doc), asked the first time it is called:
// most texts need not ask.
func lazyGapped(doc *document.Document) func() bool {
	known, gapped := false, false
	return func() bool {
		if !known {
			known, gapped = true, gappedText(doc)
		}
		return gapped
	}
}

// gappedText reports whether doc sets its paragraphs apart with blank
// lines (see the constants): its prose, that is, not the lines that a
// list's items may be.
func gappedText(doc *document.Document) bool {
	paragraphs, gapped := 0, 0
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; !b.Dropped && b.Kind == document.Paragraph && !listLine(b) {
			paragraphs++
			if b.Gap {
				gapped++
			}
		}
	}
	return gapped >= minGappedParagraphs && float64(gapped) >= minGappedShare*float64(paragraphs)
}

// linesList returns the end of the list printed without bullets that
// starts at block i, and whether one does (see listLines).
func linesList(doc *document.Document, i int) (int, bool) {
	if b := &doc.Blocks[i]; b.Dropped || !b.Gap || !listLine(b) {
		return 0, false
	}
	j := i + 1
	for j < len(doc.Blocks) && !doc.Blocks[j].Gap && !doc.Blocks[j].Dropped && listLine(&doc.Blocks[j]) {
		j++
	}
	// At the text's end, the lines are as likely the page's tags.
	return j, j-i >= minAmountItems && j < len(doc.Blocks) && doc.Blocks[j].Gap
}

// inLinesList reports whether the block at i is an item of a list
// printed without bullets (see linesList), and not its first: the last
// item, over body text, is no heading over it.
func inLinesList(doc *document.Document, i int) bool {
	from := i
	for from > 0 && !doc.Blocks[from].Gap && listLine(&doc.Blocks[from-1]) && !doc.Blocks[from-1].Dropped {
		from--
	}
	if from == i {
		return false
	}
	end, ok := linesList(doc, from)
	return ok && i < end
}

// listLine reports whether b is shaped like an item of a list printed
// without bullets: a short paragraph that is no sentence. A line after a
// hard line break is the line of a paragraph its writer broke (a poem's,
// an address's), which unscrape writes so.
func listLine(b *document.Block) bool {
	return b.Kind == document.Paragraph && !b.Break && shortLine(b)
}

// shortLine reports whether b is a line of maxListLineWords words and
// maxListLineRunes at most that is no sentence: a list's item printed
// without its bullet, an event's fact (see printedLines).
func shortLine(b *document.Block) bool {
	return b.Words() <= maxListLineWords && !textfix.LongerThan(b.Text, maxListLineRunes) && !endsSentence(b.Text)
}

// amountList returns the live blocks of the amounts list that starts at
// block i, an amount or an item in small letters over one, and whether
// there is one: the short lines from i on, minAmountItems of them or
// more, half or more of them amounts. A label above the list
// ("Ingredients") is no item of it.
func amountList(ph *lang.Phrases, doc *document.Document, i int) ([]int, bool) {
	b := &doc.Blocks[i]
	if b.Dropped {
		return nil, false
	}
	if !isAmount(ph, b.Text) {
		// An item without an amount may come first ("une
		// bouilloire" over "100 g de bicarbonate"): written in small
		// letters, it is no label of the list.
		if !startsLower(b.Text) || !amountItem(b) {
			return nil, false
		}
		next := doc.NextLive(i)
		if next < 0 || !isAmount(ph, doc.Blocks[next].Text) {
			return nil, false
		}
		run, ok := amountList(ph, doc, next)
		return append([]int{i}, run...), ok
	}
	if !amountItem(b) {
		return nil, false
	}
	var run []int
	amounts := 0
	for k := i; k >= 0; k = doc.NextLive(k) {
		b := &doc.Blocks[k]
		if !amountItem(b) || k > i && nextLabel(doc, k) {
			break
		}
		run = append(run, k)
		if isAmount(ph, b.Text) {
			amounts++
		}
	}
	return run, len(run) >= minAmountItems && amounts >= minAmounts && 2*amounts >= len(run)
}

// maxNextLabelWords bounds a label that heads the text after a list
// ("Method", "Zubereitung", "Para servir").
const maxNextLabelWords = 2

// nextLabel reports whether the block at k, after a list's items, is the
// label of the text after the list rather than one more item: a word or two
// shaped like a heading, maybe with a colon, no amount, with a body
// paragraph or another list right under it ("Preparazione", "Zubereitung:"
// over the method's steps, "So geht's" over numbered ones, where the text
// sets no blank line between the list and it).
func nextLabel(doc *document.Document, k int) bool {
	b := &doc.Blocks[k]
	if b.Words() > maxNextLabelWords || isQuantity(b.Text) || !headingShaped(strings.TrimSuffix(b.Text, ":")) {
		return false
	}
	n := doc.NextLive(k)
	return n >= 0 && (isBody(&doc.Blocks[n]) || doc.Blocks[n].Kind == document.ListItem)
}

// amountItem reports whether b is shaped like an item of an amounts
// list: a short paragraph that is no sentence and no table's row.
func amountItem(b *document.Block) bool {
	return b.Kind == document.Paragraph && b.Words() <= maxAmountWords &&
		!textfix.LongerThan(b.Text, maxAmountRunes) && !endsSentence(b.Text) && numbers(b.Text) <= maxAmountNumbers
}

// Settle makes paragraphs of the live rows of a table that is one no more
// (fewer than two rows, or two columns with text, see document.IsTable),
// their cells one space apart, and drops those without text: the renderer
// writes them so, a second run reads them as paragraphs, and the settlers
// after this one must judge them as it will ("0" is a counter, not a
// table's header, once the row under it is gone).
//
// It also drops the short list items that are all that is left above the
// title: a page's menu ("- Results", "- Calendar" above "# Harbour
// Regatta") that the filters kept, when the title was a heading of its
// own and no menu was looked for above it; and it makes a list of a run
// of amounts (see listAmounts).
func (f structure) Settle(doc *document.Document) error {
	cutTitleBadge(f.book.Index(), doc)
	dropMenuAboveTitle(doc)
	dropLinkNumbers(doc)
	listAmounts(f.book.Index(), doc)
	listLines(doc)
	// Most documents have no table: they cost one look at each block.
	if !hasTable(doc) {
		return nil
	}
	live := doc.Live()
	for n := 0; n < len(live); n++ {
		if doc.Blocks[live[n]].Kind != document.TableRow {
			continue
		}
		end := document.TableEnd(doc, live, n)
		rows := make([][]string, 0, end-n)
		for _, i := range live[n:end] {
			rows = append(rows, document.SplitCells(doc.Blocks[i].Text))
		}
		if !document.IsTable(rows) {
			if i := live[n]; end-n == 1 && rowsGoneUnder(doc, i) {
				// A header whose rows the boilerplate filter dropped
				// (a sponsored comparison's, "… | £999 View deal")
				// heads nothing.
				doc.Blocks[i].Drop("structure", "table header without its rows")
			} else {
				for r, i := range live[n:end] {
					untable(&doc.Blocks[i], rows[r])
				}
			}
		}
		n = end - 1
	}
	return nil
}

// rowsGoneUnder reports whether the rows right under the table row at i,
// two at least, are all gone, dropped as boilerplate.
func rowsGoneUnder(doc *document.Document, i int) bool {
	n := 0
	for j := i + 1; j < len(doc.Blocks) && doc.Blocks[j].Kind == document.TableRow && doc.Blocks[j].Dropped; j++ {
		if droppedBy(&doc.Blocks[j], boilerplateName) == "" {
			return false
		}
		n++
	}
	return n >= 2
}

func hasTable(doc *document.Document) bool {
	for i := range doc.Blocks {
		if b := &doc.Blocks[i]; b.Kind == document.TableRow && !b.Dropped {
			return true
		}
	}
	return false
}

// untable makes a paragraph of the row b with the given cells.
func untable(b *document.Block, cells []string) {
	text := document.RowText(cells)
	if text == "" {
		b.Drop("structure", "empty table row")
		return
	}
	// A note even where the text stays ("0"): the block is another
	// kind now, which the settlers judge again.
	b.Notes = append(b.Notes, document.Note{Filter: "structure", Reason: "table row read as text", Before: b.Text})
	b.Kind, b.Level, b.Info, b.Text = document.Paragraph, 0, "", text
	// A row of a bullet and text ("• | Home") is read by the next run
	// as an item, so it is one now.
	unbullet(b)
}

// maxTitleRunes bounds a headline. Kicker and headline glued together
// ("Krisendiplomatie Amerikanischer und russischer …") stay well below it.
const maxTitleRunes = 250

// findTitle picks the title. A level-1 heading is the page's own headline
// (html2text writes <h1> as "# "), wherever it stands: on a whole-page dump
// the menus come first. Without one, the first live block is the title when
// it is shaped like a headline: shorter than maxTitleRunes and not ending like
// a sentence or a clause. Other level-1 headings become subheadings, since a
// document has one title.
func findTitle(ph *lang.Phrases, doc *document.Document) error {
	if doc.Meta.Continued {
		// The title of a document cleaned in parts is in its first part;
		// a headline-shaped line further down is just a line.
		demoteTitles(doc, -1)
		return nil
	}
	title := -1
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if !b.Dropped && (b.Kind == document.Title || (b.Kind == document.Heading && b.Level == 1)) {
			title = i
			break
		}
	}
	if doc.Meta.TitleGiven {
		// The front matter names the title. A level-1 heading is the
		// body's headline, printed as one; no other line is promoted,
		// and no later filter looks again (TitleSought stays unset).
		if title >= 0 {
			doc.Blocks[title].Kind = document.Title
		}
		demoteTitles(doc, title)
		return nil
	}
	doc.Meta.TitleSought = true
	menu := 0 // the list items above the first other line
	if title < 0 {
		first := doc.NextLive(-1)
		// A menu drawn as a list above the headline ("• Home", "•
		// News") is no headline, nor is a site's logo; a list of longer
		// items may be the text's own, which starts with it.
		for first >= 0 && aboveHeadline(&doc.Blocks[first]) {
			first, menu = doc.NextLive(first), menu+1
		}
		if first >= 0 && doc.Blocks[first].Kind == document.ListItem {
			first, menu = doc.NextLive(-1), 0
		}
		if first < 0 {
			return nil
		}
		b := &doc.Blocks[first]
		// A line without a letter ("| |", "1/12") is no headline, nor
		// is an address ("/weather/", "https://…") or a handle: the boilerplate
		// filter drops them later. Nor is the first of a recipe's
		// amounts ("2 tbsp olive oil"), left first by the content filter.
		if b.Kind == document.Paragraph && !textfix.LongerThan(b.Text, maxTitleRunes) &&
			(!endsClause(b.Text) || titledSentences(b.Text)) && hasLetter(b.Text) && !isAddress(b.Text) && !isHandle(b.Text) && doc.NextLive(first) >= 0 {
			if _, amounts := amountList(ph, doc, first); !amounts {
				title = first
			}
		}
	}
	if title < 0 {
		return nil
	}
	doc.Blocks[title].Kind = document.Title
	if menu > 0 {
		// The headline is under them: the list is the page's menu.
		dropMenuAboveTitle(doc)
	}
	doc.Meta.Title = doc.Blocks[title].Text
	demoteTitles(doc, title)
	return nil
}

// minTitledWords: a headline in title case has this many words of
// minTitledLetters letters or more, most of them capitalised.
const (
	minTitledWords   = 3
	minTitledLetters = 4
)

// titledSentences reports whether s, a line that ends with a full stop, is
// a headline of two sentences in title case ("A Tiny Island Votes to Ban
// Cars. Its Residents Are Thrilled."): three in four of its longer words
// start with a capital, and some do not start with two, where a
// standfirst's do not (German nouns and all), nor a lead's full of names
// (one sentence), nor a line in capitals.
func titledSentences(s string) bool {
	return strings.HasSuffix(s, ".") && hasInnerSentence(s) && titleCase(s)
}

// titleCase reports whether s is written in title case, as an English
// headline is ("The Timetable I Stopped Fixing"): three in four of its
// words of minTitledLetters letters or more, minTitledWords of them at
// least, start with a capital, and fewer than half with two.
func titleCase(s string) bool {
	long, upper, capitals := 0, 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !textfix.IsLetter(r) })
		if utf8.RuneCountInString(w) < minTitledLetters {
			continue
		}
		long++
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			upper++
			if r2, _ := utf8.DecodeRuneInString(w[n:]); unicode.IsUpper(r2) {
				capitals++
			}
		}
	}
	return long >= minTitledWords && 4*upper >= 3*long && 2*capitals < long
}

// dropMenuAboveTitle drops the live blocks above the title when they are
// all aboveHeadline.
func dropMenuAboveTitle(doc *document.Document) {
	var menu []int
	for i := doc.NextLive(-1); i >= 0; i = doc.NextLive(i) {
		b := &doc.Blocks[i]
		if b.Kind == document.Title {
			for _, j := range menu {
				doc.Blocks[j].Drop("structure", aboveReason(&doc.Blocks[j]))
			}
			return
		}
		if !aboveHeadline(b) {
			return
		}
		menu = append(menu, i)
	}
}

// aboveHeadline reports whether b is a line that a page prints above its
// headline and that is no headline: a menu's item (a list item of at most
// maxMenuItemWords words), an image's placeholder (see isPlaceholder) or
// a breadcrumb ("Accueil › Société", see isBreadcrumb).
func aboveHeadline(b *document.Block) bool {
	return b.Kind == document.ListItem && b.Words() <= maxMenuItemWords ||
		b.Kind == document.Paragraph && (isPlaceholder(b.Text) || isBreadcrumb(b.Text))
}

// aboveReason is why an aboveHeadline block goes.
func aboveReason(b *document.Block) string {
	switch {
	case b.Kind == document.ListItem:
		return "menu above the title"
	case isBreadcrumb(b.Text):
		return "breadcrumb above the title"
	}
	return "image above the title"
}

// isPlaceholder reports whether s is all one pair of brackets around a
// word: what a text browser prints for an image, its name or alt text cut
// short (w3m's "[logo-compa]", lynx's "[IMG]"). An image's alt text of
// more words in brackets ("[CBS Detroit]", see isBracketed) is no title
// either, but the line under it may be a caption or a byline as well as
// the headline: the content filter, which knows the article, looks for
// the headline then.
func isPlaceholder(s string) bool {
	return isBracketed(s) && !strings.ContainsAny(s[1:len(s)-1], " []")
}

// isBracketed reports whether s is all in brackets: what pandoc -t plain
// and the text browsers print for an image, its alt text or its file's
// name cut short ("[CBS Detroit]", w3m's "[logo-compa]", lynx's "[IMG]").
// A Markdown link ("[text](url)") is no such line.
func isBracketed(s string) bool {
	return len(s) > 2 && s[0] == '[' && s[len(s)-1] == ']' && !strings.Contains(s, "](")
}

// isAddress reports whether s is a web address or a site's path alone
// ("/weather/"), as a scraper prints a link it found no text for.
func isAddress(s string) bool {
	return document.IsBareAddress(s) || strings.HasPrefix(s, "/") && !strings.Contains(s, " ")
}

// maxMenuItemWords bounds the items of a menu above the title.
const maxMenuItemWords = 3

// titleIfNone looks for the title again on a page where the structure
// filter found none, or another filter dropped it (the headings filter
// drops a live blog's first entry listed above its text), once lines at
// its top are gone: the first line left may be title-shaped, and a second
// run, which sees it first, makes it the title.
func titleIfNone(ph *lang.Phrases, doc *document.Document) error {
	if !doc.Meta.TitleSought {
		return nil
	}
	if doc.Meta.Title != "" && liveTitle(doc) < 0 {
		doc.Meta.Title = ""
	}
	if doc.Meta.Title == "" {
		return findTitle(ph, doc)
	}
	return nil
}

// demoteTitles makes every title and level-1 heading but the block at
// title a subheading, since a document has one title.
func demoteTitles(doc *document.Document, title int) {
	for i := range doc.Blocks {
		if c := &doc.Blocks[i]; i != title && (c.Kind == document.Title || (c.Kind == document.Heading && c.Level < 2)) {
			c.Kind, c.Level = document.Heading, 2
		}
	}
}

// retitle finds the title again once boilerplate lines are gone: the first
// line may have been a menu or a prompt, and a kicker is joined to its
// headline only now, so that a paywall label printed between the two is
// not taken for the headline.
func retitle(ph *lang.Phrases, doc *document.Document) error {
	first := doc.NextLive(-1)
	if first < 0 || !doc.Meta.TitleSought {
		return nil
	}
	if joinKicker(ph, doc, first) || doc.Blocks[first].Kind != document.Title {
		doc.Meta.Title = ""
		if err := findTitle(ph, doc); err != nil {
			return err
		}
		// A title found only now has its kicker parted as one found
		// before: the next run finds it first.
		first = doc.NextLive(-1)
	}
	partKicker(ph, doc, first)
	return nil
}

// partKicker parts the kicker glued to the title at first (see
// splitKicker), where the block at first is the title and the source gave
// none.
func partKicker(ph *lang.Phrases, doc *document.Document, first int) {
	if first < 0 || doc.Meta.TitleGiven || !doc.Meta.TitleSought {
		return
	}
	if t := &doc.Blocks[first]; t.Kind == document.Title && (cutTitleLabel(ph, t) || splitKicker(ph, t)) {
		doc.Meta.Title = t.Text
	}
}

// cutTitleBadge cuts a forum's badge off the end of the title, a word of
// the packs' [words: title badge] ("Belgian dubbel stuck at 1.030 —
// repitch or wait? Solved"): where the title's words end like a sentence
// before it, or a link's text is all of the title but it. Settled, the
// title the content filter found last has it cut too.
func cutTitleBadge(ph *lang.Phrases, doc *document.Document) {
	t := liveTitle(doc)
	if t < 0 || doc.Meta.TitleGiven {
		return
	}
	b := &doc.Blocks[t]
	k := strings.LastIndexByte(b.Text, ' ')
	if k < 0 || !ph.Word("title badge", b.Text[k+1:]) {
		return
	}
	rest := b.Text[:k]
	linked := slices.ContainsFunc(b.Links, func(l document.Link) bool { return l.Text == rest })
	if textfix.Words(rest) < minHeadlineWords || !linked && !endsSentence(rest) {
		return
	}
	if doc.Meta.Title == b.Text {
		doc.Meta.Title = rest
	}
	b.SetText("structure", "forum's badge cut from the title", rest)
}

// cutTitleLabel cuts a field's label off the title, a word of the packs'
// [words: title label] and a colon ("Title: Sparse Retrieval Beats …"),
// where a headline of minHeadlineWords follows. It reports whether it cut.
func cutTitleLabel(ph *lang.Phrases, t *document.Block) bool {
	label, rest, ok := strings.Cut(t.Text, ": ")
	if !ok || strings.ContainsRune(label, ' ') || !ph.Word("title label", label) || textfix.Words(rest) < minHeadlineWords {
		return false
	}
	t.SetText("structure", "label cut from the title", rest)
	return true
}

// splitKicker parts a kicker that the scraper glued to the headline with a
// space, as "Kicker: Headline" (joinKicker's form): the title's first word
// is a capitalised word, its second a capitalised adjective (one of the
// phrase packs' adjective endings after a stem of minStem letters or
// more), and a headline of minHeadlineWords follows the kicker. German
// capitalises nouns, not adjectives but at the start of a sentence:
// "Krisendiplomatie Amerikanischer und russischer Außenminister …" has its
// kicker in front, "Amerikanischer und russischer Außenminister …" has
// none. It reports whether it split.
func splitKicker(ph *lang.Phrases, t *document.Block) bool {
	if kicker, quote, ok := quotedHeadline(t.Text); ok {
		t.SetText("structure", "kicker split from the title", kicker+": "+quote)
		return true
	}
	kicker, rest, _ := strings.Cut(t.Text, " ")
	second, _, _ := strings.Cut(rest, " ")
	if !capitalWord(kicker) || !capitalWord(second) || textfix.Words(rest) < minHeadlineWords {
		return false
	}
	if !strings.ContainsFunc(t.Text, unicode.IsLower) {
		// In capitals throughout, every word looks like a noun.
		return false
	}
	if !ph.Words("adjective ending").HasEnd(second, 1, minStem) {
		return false
	}
	t.SetText("structure", "kicker split from the title", kicker+": "+rest)
	return true
}

// minQuotedHeadlineWords: a quotation that is a headline says a sentence.
const minQuotedHeadlineWords = 5

// quotedHeadline parts a title that is a kicker and a quotation, glued
// with a space ("Trockenheit im Ornachtal „Wir haben zu lange so getan,
// als sei Wasser unendlich“"), where the quotation opens with a German or
// French mark („, «, ») after the kicker's words, closes at the title's
// end, and is a sentence of minQuotedHeadlineWords words or more, and the
// kicker is a few capitalised words with no mark of its own. An English
// title quotes a name or a phrase ("Inside the “Worst Best Year”"), which
// these marks do not open.
func quotedHeadline(s string) (kicker, quote string, ok bool) {
	k := strings.IndexAny(s, "„«»")
	if k <= 0 || s[k-1] != ' ' {
		return "", "", false
	}
	kicker, quote = s[:k-1], s[k:]
	open, _ := utf8.DecodeRuneInString(quote)
	last, _ := utf8.DecodeLastRuneInString(quote)
	// A mark alone ("A »", FuzzClean) opens and closes nothing.
	if len(quote) <= len(string(open))+len(string(last)) {
		return "", "", false
	}
	if !textfix.IsQuote(last) || last == open && open != '»' || strings.IndexAny(quote[len(string(open)):len(quote)-len(string(last))], "„«»“”") >= 0 {
		return "", "", false
	}
	if textfix.Words(quote) < minQuotedHeadlineWords || textfix.Words(kicker) > maxKickerWords ||
		utf8.RuneCountInString(kicker) > maxKickerRunes || !startsUpper(kicker) {
		return "", "", false
	}
	// Words of letters, a hyphen inside them: no mark of its own.
	for w := range strings.FieldsSeq(kicker) {
		if strings.HasPrefix(w, "-") || strings.ContainsFunc(w, func(r rune) bool { return !textfix.IsLetter(r) && r != '-' }) {
			return "", "", false
		}
	}
	return kicker, quote, true
}

// capitalWord: letters only, the first upper case, two or more.
func capitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !textfix.IsLetter(r) {
			return false
		}
	}
	return true
}

// minStem: an adjective's stem before its ending is this long ("Europä-
// ische"); "Cliche" is no adjective.
const minStem = 3

// A kicker is at most maxKickerWords words and maxKickerRunes long.
const (
	maxKickerWords = 4
	maxKickerRunes = 40
	// minHeadlineWords: a headline under a kicker says something.
	minHeadlineWords = 3
	// minSectionHeadlineWords: a headline under a kicker and a section
	// label is a full one; three short lines in a row are a menu or a
	// short title over names.
	minSectionHeadlineWords = 5
	// maxSectionLabels bounds the breadcrumb above a kicker.
	maxSectionLabels = 3
	// maxKickerGap bounds the dropped lines between a kicker and its
	// headline (a paywall label, a share button): over a whole menu,
	// the short line is the site's name, not the headline's kicker.
	maxKickerGap = 2
)

// joinKicker joins a kicker printed on its own line right above the
// headline ("Energiekrise" / "Netzagentur rechnet mit stabiler Versorgung")
// to it as "Energiekrise: Netzagentur rechnet …", the way sites write both
// in their page titles. Only a headline-shaped line directly under it,
// without a blank line between, counts: a short first line followed by a
// blank line is a title of its own. It reports whether it joined.
//
// Above the kicker, sites print the section, or a breadcrumb of them
// ("Wirtschaft" / "Tarifkonflikt" / "Lokführer kündigen …"): of the
// kicker-shaped lines over a headline of minSectionHeadlineWords or more,
// all but the last are section labels and go.
//
// A byline is never the headline: a short title over "By Jane Doe" stays
// the title.
func joinKicker(ph *lang.Phrases, doc *document.Document, first int) bool {
	next := doc.NextLive(first)
	if next < 0 {
		return false
	}
	// run holds the kicker-shaped lines from first on, printed together.
	run := []int{first}
	for j := next; j >= 0 && len(run) <= maxSectionLabels && isKicker(&doc.Blocks[j]) && !doc.Blocks[j].Gap; j = doc.NextLive(j) {
		run = append(run, j)
	}
	var labels []int
	if k := len(run) - 1; k > 0 && isKicker(&doc.Blocks[first]) {
		if h := doc.NextLive(run[k]); h >= 0 && isHeadline(ph, &doc.Blocks[h]) && doc.Blocks[h].Words() >= minSectionHeadlineWords {
			labels, first, next = run[:k], run[k], h
		}
	}
	k, h := &doc.Blocks[first], &doc.Blocks[next]
	if !isKicker(k) || !isHeadline(ph, h) || next-first-1 > maxKickerGap || menuBetween(doc, first, next) {
		return false
	}
	if spacedCrumb(ph, k.Text) {
		// "Home Forums Gardening Vegetables" over a thread's title:
		// the page's path, no kicker.
		k.Drop("structure", "breadcrumb above the title")
		return true
	}
	// A menu's link gone from amid the labels ("Episodes", "About",
	// "Support us") says they are the menu's items, no breadcrumb, and
	// the line under them is the headline.
	if len(labels) > 0 && menuBetween(doc, labels[0], first) {
		for _, j := range append(labels, first) {
			doc.Blocks[j].Drop("structure", "menu above the title")
		}
		return true
	}
	// The label the page starts with printed again over the headline is
	// the site's name (a newsletter's "The Slow Reader" at the top and
	// on its share card), no section's.
	if slices.ContainsFunc(labels, func(j int) bool { return doc.Blocks[j].Fold() == k.Fold() }) {
		return false
	}
	for _, j := range labels {
		doc.Blocks[j].Drop("structure", "section label above the kicker")
	}
	if inMenu(doc, first) || ph.Word("section", k.Text) {
		// The menu's item printed again over the headline is the
		// section the article is in ("Leute" in the menu, then over
		// "Hochzeit am Bodensee: …"), no kicker of its own; so is a
		// newspaper's section the packs name ("Politica", "Cronaca")
		// where the page kept no menu.
		k.Drop("structure", "section's name above the title")
		return true
	}
	if hasKicker(h.Text) {
		// The headline has a kicker of its own ("Neue Stadtbahnlinie:
		// Bauarbeiten beginnen …" under "Stuttgart"): the line over it
		// is the section's or the place's, and a title of three parts
		// ("Stuttgart: Neue Stadtbahnlinie: …") no site prints.
		k.Drop("structure", "section's name above the title")
		return true
	}
	if startsWithWords(h.Fold(), k.Fold()) {
		// The headline has its kicker already ("Recensie" over
		// "Recensie: 'De Stille Haven' is …").
		k.Drop("structure", "kicker repeated in the title")
		return true
	}
	h.SetText("structure", "kicker joined to the title", k.Text+": "+h.Text)
	k.Drop("structure", "kicker joined to the title")
	return true
}

// spacedCrumb reports whether s is a breadcrumb printed without its
// separators ("Home Forums Gardening Vegetables"): three capitalised words
// or more, the first a menu's link home that the packs know ("Home",
// "Startseite") on its own.
func spacedCrumb(ph *lang.Phrases, s string) bool {
	words := strings.Fields(s)
	if len(words) <= minCrumbs {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	m, ok := ph.Match(words[0])
	return ok && m.Whole && m.Reason == navigationReason
}

// hasKicker reports whether headline s starts with a kicker of its own:
// a few words, then a colon ("Bruxelles : le piétonnier s'agrandit").
func hasKicker(s string) bool {
	i := strings.Index(s, ": ")
	if i < 0 {
		return false
	}
	k := strings.TrimSpace(s[:i])
	return k != "" && strings.Count(k, " ") < maxKickerWords
}

// menuBetween reports whether a line between the blocks at i and j went
// as a menu's: a newsletter's or a navigation link ("Tips" / "Newsletter"
// over a headline), or a line of a run of short lines ("Offres d'emploi"
// / "Postuler" over a job's title), or a related-articles heading amid
// them ("Questions" / "Tags" / "Users" over a question's title). Between a
// kicker and its headline, a site prints a paywall's label or a share
// button, not its menu.
func menuBetween(doc *document.Document, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if b := &doc.Blocks[k]; menuDropped(b) || dropReason(b) == "newsletter promo" || dropReason(b) == "related articles" {
			return true
		}
	}
	return false
}

// menuDropped reports whether the boilerplate filter dropped b as a
// menu's line: a navigation link or a line of a run of short lines.
func menuDropped(b *document.Block) bool {
	r := dropReason(b)
	return r == navigationReason || r == shortRunReason
}

// inMenu reports whether the block at i repeats a line above it that went
// as a menu's (see menuBetween).
func inMenu(doc *document.Document, i int) bool {
	key := doc.Blocks[i].Fold()
	for j := range i {
		if b := &doc.Blocks[j]; menuDropped(b) && b.Fold() == key {
			return true
		}
	}
	return false
}

// startsWithWords reports whether s starts with prefix and a word ends
// there.
func startsWithWords(s, prefix string) bool {
	rest, ok := strings.CutPrefix(s, prefix)
	if !ok || prefix == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !textfix.IsLetter(r) && !textfix.IsDigit(r)
}

// isKicker: a few words, not a sentence or a clause, nor a breadcrumb
// ("Accueil › Société"), which the boilerplate filter drops, nor a
// handle.
func isKicker(k *document.Block) bool {
	// A handle ("@priyashah@scholar.social") names a writer, no topic.
	return (k.Kind == document.Paragraph || k.Kind == document.Title) && !isHandle(k.Text) &&
		k.Words() <= maxKickerWords && !textfix.LongerThan(k.Text, maxKickerRunes) &&
		!endsClause(k.Text) && !endsSentence(k.Text) && !isAddress(k.Text) && !isBreadcrumb(k.Text)
}

// isHeadline: a headline printed right under its kicker, without a blank
// line between, that is not a byline.
func isHeadline(ph *lang.Phrases, h *document.Block) bool {
	if h.Kind != document.Paragraph || h.Gap || h.Words() < minHeadlineWords ||
		textfix.LongerThan(h.Text, maxTitleRunes) || endsClause(h.Text) {
		return false
	}
	_, byline := parseByline(ph, h.Text)
	return !byline && !metaRow(ph, h.Text) && !menuRow(ph, h) && !datedLinks(ph, h.Text)
}

// datedLinks reports whether s is the day's date over a site's header
// links, on one line ("Viernes, 6 de diciembre de 2024 Regístrate Iniciar
// sesión Suscríbete"): a date, then a line of the packs; or the date and
// the edition after a dot or a bar ("Domingo, 17 de noviembre de 2024 ·
// Edición España").
func datedLinks(ph *lang.Phrases, s string) bool {
	first, _, _ := strings.Cut(s, " ")
	if !startsDigit(first) && !ph.Word("timestamp", strings.TrimRight(first, ",.")) {
		return false
	}
	for _, mark := range []string{" · ", " | "} {
		if date, _, ok := strings.Cut(s, mark); ok && isDate(ph, date) {
			return true
		}
	}
	e := dateEnd(ph, s)
	if e <= 0 {
		return false
	}
	link, _, _ := strings.Cut(s[e+1:], " ")
	_, ok := packLine(ph, link)
	return ok
}

// maxRowBytes bounds a row of the header's facts: a few dates, a name, a
// count of comments.
const maxRowBytes = 300

// minRowParts: a row of the header's facts has three or more; a
// newsletter's "Issue #142 · December 4, 2026" is its headline.
const minRowParts = 3

// metaRow reports whether s is a row of the header's facts set apart by
// dots or bars, a date among them: "Published: Nov 20, 2026 · Modified:
// Nov 22, 2026 by Emma Clarke · 24 Comments", the line under a blog's
// headline, no headline under a kicker.
func metaRow(ph *lang.Phrases, s string) bool {
	if len(s) > maxRowBytes || strings.IndexFunc(s, rowSeparator) < 0 {
		return false // most lines, without a separator's allocation
	}
	parts := strings.FieldsFunc(s, rowSeparator)
	if len(parts) < minRowParts {
		return false
	}
	return slices.ContainsFunc(parts, func(p string) bool { return isDate(ph, strings.TrimSpace(p)) })
}

// rowSeparator: the marks a header's row sets its facts apart with.
func rowSeparator(r rune) bool { return r == '·' || r == '|' || r == '•' }
