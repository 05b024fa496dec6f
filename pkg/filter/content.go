package filter

import (
	"os"
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
		Name:        "content",
		Description: "on a whole-page dump, keep the main article: score blocks by length, stopwords and shape, keep the densest region",
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

// knobs are the content filter's thresholds and weights.
type knobs struct {
	lengthLow, lengthHigh float64 // runes: below low a block is short; above high a good one
	stopLow, stopHigh     float64 // stopword density for near-good and good
	headingDistance       int     // runes after a short heading within which good text makes it good
	badWeight             float64 // a bad block's cost per rune, relative to a good one's gain
	minBadCost            float64 // the least a bad block costs, in runes
	nearGoodGain          float64 // a near-good block's gain per rune
	droppedCost           float64 // what a block an earlier filter dropped as boilerplate costs, in runes
	footerCost            float64 // what a footer line costs, in runes
	positionDecay         float64 // gain at the end of the page relative to the start is 1-decay
	minBlocks             int     // fewer live blocks: not a whole page
	minNoise              float64 // share of runes outside the region needed to act
	fallbackStop          float64 // least stopword density of the page for a stopword list to apply
	runBlocks             int     // near-good blocks in a row that make prose
	runRunes              float64 // and their least length
	minLetters            float64 // least share of letters among letters and digits
	repeatedBad           bool
	templateCost          float64 // what a repeated or templated line costs on top, in runes
	teaserWindow          int     // blocks either side that tell a teaser
	teaserShare           float64 // share of headlines among them
	teaserGain            float64 // a teaser's gain relative to a paragraph's
	blockCost             float64 // what every block in the region costs, in runes
	threadGain            float64 // gain in a comment thread, relative
	isolatedGain          float64 // gain of a good block without good neighbours, relative
	listExtend            bool
	minRegion             float64 // a region worth less is no evidence: keep the page
	runGrowth             float64 // how much more each further bad block in a row costs
	shortCost             float64 // what a short block among bad ones costs, in runes
	nearBadCost           float64 // what a near-good block among bad ones costs, in runes
	sentenceRunes         float64 // a sentence this long with enough stopwords is near-good, not short
	labelCost             float64 // what a templated label costs on top, in runes
	keepShortInRegion     bool
	unpunctuatedDowngrade bool
	unpunctuatedMaxRunes  float64
}

var defaultKnobs = knobs{
	lengthLow: 70, lengthHigh: 150,
	stopLow: 0.30, stopHigh: 0.32,
	headingDistance: 200,
	badWeight:       1,
	minBadCost:      20,
	nearGoodGain:    0.5,
	droppedCost:     50,
	footerCost:      100,
	positionDecay:   0.5,
	minBlocks:       15,
	minNoise:        0.0,
	fallbackStop:    0.15,
	runBlocks:       3,
	runRunes:        300,
	minLetters:      0.75,
	repeatedBad:     true,
	templateCost:    0,
	runGrowth:       0,
	minRegion:       300,
	teaserWindow:    3,
	teaserShare:     0.5,
	teaserGain:      1,
	blockCost:       0,
	threadGain:      0.2,
	isolatedGain:    0.6,
	listExtend:      true,

	shortCost:             20,
	nearBadCost:           0,
	sentenceRunes:         1000,
	labelCost:             100,
	keepShortInRegion:     true,
	unpunctuatedDowngrade: true,
	unpunctuatedMaxRunes:  200,
}

// devKnobs lets a tuning run override knobs: UNSCRAPE_CONTENT="badWeight=1.5,...".
func init() {
	s := os.Getenv("UNSCRAPE_CONTENT")
	if s == "" {
		return
	}
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		f, _ := strconv.ParseFloat(v, 64)
		b := v == "true" || v == "1"
		switch k {
		case "lengthLow":
			defaultKnobs.lengthLow = f
		case "lengthHigh":
			defaultKnobs.lengthHigh = f
		case "stopLow":
			defaultKnobs.stopLow = f
		case "stopHigh":
			defaultKnobs.stopHigh = f
		case "headingDistance":
			defaultKnobs.headingDistance = int(f)
		case "badWeight":
			defaultKnobs.badWeight = f
		case "minBadCost":
			defaultKnobs.minBadCost = f
		case "nearGoodGain":
			defaultKnobs.nearGoodGain = f
		case "droppedCost":
			defaultKnobs.droppedCost = f
		case "footerCost":
			defaultKnobs.footerCost = f
		case "positionDecay":
			defaultKnobs.positionDecay = f
		case "minBlocks":
			defaultKnobs.minBlocks = int(f)
		case "minNoise":
			defaultKnobs.minNoise = f
		case "fallbackStop":
			defaultKnobs.fallbackStop = f
		case "runBlocks":
			defaultKnobs.runBlocks = int(f)
		case "runRunes":
			defaultKnobs.runRunes = f
		case "minLetters":
			defaultKnobs.minLetters = f
		case "labelCost":
			defaultKnobs.labelCost = f
		case "shortCost":
			defaultKnobs.shortCost = f
		case "nearBadCost":
			defaultKnobs.nearBadCost = f
		case "sentenceRunes":
			defaultKnobs.sentenceRunes = f
		case "runGrowth":
			defaultKnobs.runGrowth = f
		case "minRegion":
			defaultKnobs.minRegion = f
		case "teaserWindow":
			defaultKnobs.teaserWindow = int(f)
		case "teaserShare":
			defaultKnobs.teaserShare = f
		case "listExtend":
			defaultKnobs.listExtend = b
		case "isolatedGain":
			defaultKnobs.isolatedGain = f
		case "threadGain":
			defaultKnobs.threadGain = f
		case "blockCost":
			defaultKnobs.blockCost = f
		case "teaserGain":
			defaultKnobs.teaserGain = f
		case "templateCost":
			defaultKnobs.templateCost = f
		case "repeatedBad":
			defaultKnobs.repeatedBad = b
		case "keepShortInRegion":
			defaultKnobs.keepShortInRegion = b
		case "unpunctuatedDowngrade":
			defaultKnobs.unpunctuatedDowngrade = b
		case "unpunctuatedMaxRunes":
			defaultKnobs.unpunctuatedMaxRunes = f
		default:
			panic("unknown knob " + k)
		}
	}
}

type content struct {
	stop *lang.Stopwords
	book *lang.Phrasebook
}

// cblock is what the content filter knows about one block.
type cblock struct {
	i        int // index in doc.Blocks
	runes    int
	stop     float64 // stopword density
	letters  float64 // share of letters among letters and digits
	heading  bool
	footer   bool
	repeated bool
	// templated: one of several lines made from the same template ("Click
	// to share on …", "… says:", "Rating: 12 Votes").
	templated bool
	label     bool
	// headline: a line of words that does not end like a sentence.
	headline bool
	// teaser: good text among many headlines, as in a list of teasers.
	teaser  bool
	cf, cls class // context-free and final class
	value   float64
}

func (f *content) Apply(doc *document.Document) error {
	k := defaultKnobs
	ph := f.book.For(doc.Lang)
	bit := f.stoplist(doc)
	counts := map[string]int{}
	for i := range doc.Blocks {
		counts[textfix.FoldNumbers(doc.Blocks[i].Text)]++
	}
	tpl := templates(doc)
	var bs []cblock
	var boiler []int // for each cblock, boilerplate-dropped blocks before it
	nb := 0
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			if dropReason(b) != "" {
				nb++
			}
			continue
		}
		if b.Kind == document.Title {
			continue
		}
		c := cblock{i: i, runes: textLength(b.Text)}
		nw, ns := 0, 0
		for _, w := range strings.FieldsFunc(b.Text, notWordRune) {
			nw++
			if f.stop.Mask(strings.ToLower(w))&bit != 0 {
				ns++
			}
		}
		if nw > 0 {
			c.stop = float64(ns) / float64(nw)
		}
		c.letters = letterShare(b.Text)
		c.headline = !sentenceEnd(b.Text) && words(b.Text) >= 3
		c.heading = b.Kind == document.Heading
		c.footer = isFooter(ph, b.Text)
		c.repeated = counts[textfix.FoldNumbers(b.Text)] > 1 && b.Kind != document.Caption
		c.templated = tpl[i] != 0
		c.label = tpl[i] == tplLabel
		if c.templated && os.Getenv("UNSCRAPE_DEBUG") == "3" {
			println("TPL", b.Text)
		}
		c.cf = k.classify(c, b, bit != 0)
		bs = append(bs, c)
		boiler = append(boiler, nb)
		nb = 0
	}
	if os.Getenv("UNSCRAPE_DEBUG") != "" {
		bad, short := 0, 0
		for _, c := range bs {
			if c.cf == clBad {
				bad++
			}
			if c.cf == clShort {
				short++
			}
		}
		println("STAT", doc.Meta.Source, len(bs), bad, short, len(doc.Blocks))
		println("PAGE", doc.Meta.Source)
	}
	if len(bs) < k.minBlocks {
		return nil
	}
	k.smooth(bs)
	k.markTeasers(bs)
	lo, hi := k.region(bs, boiler)
	if lo < 0 {
		return nil
	}
	hi = k.extendList(doc, bs, boiler, hi)
	if os.Getenv("UNSCRAPE_DEBUG") == "2" {
		for j, c := range bs {
			in := " "
			if j >= lo && j <= hi {
				in = "*"
			}
			t := doc.Blocks[c.i].Text
			if len(t) > 90 {
				t = t[:90]
			}
			if os.Getenv("UNSCRAPE_FULL") != "" {
				t = doc.Blocks[c.i].Text
			}
			println(in, "cf", c.cf, "cl", c.cls, "v", int(c.value), "sw", int(c.stop*100), "r", c.runes, "|", t)
		}
	}
	for j := range bs {
		b := &doc.Blocks[bs[j].i]
		switch {
		case j >= lo-1 && j <= hi+1 && b.Kind == document.Paragraph && isCreditLine(ph, b.Text):
			// A credit in the article or right at its edge goes with
			// its caption or to the metadata.
		case j < lo:
			b.Drop(contentName, "before the main text")
		case j > hi:
			b.Drop(contentName, "after the main text")
		case bs[j].cls == clBad && !k.keepShortInRegion:
			b.Drop(contentName, "not prose")
		}
	}
	return nil
}

const (
	// A list the article announces has minListItems to maxListItems
	// items of at most maxListWords words.
	minListItems = 3
	maxListItems = 100
	maxListWords = 40
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
func templates(doc *document.Document) map[int]uint8 {
	type keys struct{ head, tail, label string }
	ks := map[int]keys{}
	n := map[string]int{}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind == document.Title || endsSentence(b.Text) {
			continue
		}
		w := strings.Fields(textfix.FoldNumbers(b.Text))
		if len(w) < 2 || len(w) > maxTemplateWords {
			continue
		}
		k := keys{head: "h " + w[0] + " " + w[1], tail: "t " + w[len(w)-2] + " " + w[len(w)-1]}
		if strings.HasSuffix(b.Text, ":") {
			k.label = "l " + w[len(w)-1]
			n[k.label]++
		}
		ks[i] = k
		n[k.head]++
		n[k.tail]++
	}
	out := map[int]uint8{}
	for i, k := range ks {
		switch {
		case k.label != "" && n[k.label] >= minTemplateLines:
			out[i] = tplLabel
		case n[k.head] >= minTemplateLines || n[k.tail] >= minTemplateLines:
			out[i] = tplLine
		}
	}
	return out
}

// cjkWeight: a Chinese or Japanese character carries about as much as a
// short word, three runes of an alphabetic script.
const cjkWeight = 3

// textLength is the length of s in runes, a character of a script written
// without spaces counting cjkWeight.
func textLength(s string) int {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			n += cjkWeight
		} else {
			n++
		}
	}
	return n
}

func letterShare(s string) float64 {
	l, d := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			l++
		case unicode.IsDigit(r):
			d++
		}
	}
	if l+d == 0 {
		return 0
	}
	return float64(l) / float64(l+d)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }

// stoplist returns the bit of the stopword list to judge doc with: its
// language's, or the list that fits its words best, or 0 when none fits.
func (f *content) stoplist(doc *document.Document) uint64 {
	if bit := f.stop.Bit(doc.Lang); bit != 0 {
		return bit
	}
	var hits [64]int
	total := 0
	for i := range doc.Blocks {
		if doc.Blocks[i].Dropped {
			continue
		}
		for _, w := range strings.FieldsFunc(doc.Blocks[i].Text, notWordRune) {
			total++
			m := f.stop.Mask(strings.ToLower(w))
			for m != 0 {
				b := m & -m
				hits[bitIndex(b)]++
				m &^= b
			}
		}
	}
	best := 0
	for i := range hits {
		if hits[i] > hits[best] {
			best = i
		}
	}
	if total == 0 || float64(hits[best])/float64(total) < defaultKnobs.fallbackStop {
		return 0
	}
	return 1 << best
}

func bitIndex(b uint64) int {
	n := 0
	for b > 1 {
		b >>= 1
		n++
	}
	return n
}

// isFooter reports whether s is a footer line: a copyright sign, or a word
// of the language's copyright set ("Copyright", "Impressum").
func isFooter(ph *lang.Phrases, s string) bool {
	if strings.ContainsRune(s, '©') {
		return true
	}
	if utf8.RuneCountInString(s) > 200 {
		return false
	}
	for _, w := range strings.FieldsFunc(s, notWordRune) {
		if ph.Word("copyright", w) {
			return true
		}
	}
	return false
}

// classify is jusText's context-free classification, with sentence shape.
func (k knobs) classify(c cblock, b *document.Block, haveStop bool) class {
	r := float64(c.runes)
	if c.footer || c.letters < k.minLetters {
		return clBad
	}
	if k.repeatedBad && (c.repeated || c.templated) {
		return clBad
	}
	if r < k.lengthLow && !(r >= k.sentenceRunes && haveStop && c.stop >= k.stopLow && endsSentence(b.Text) && startsUpper(b.Text)) {
		return clShort
	}
	cl := clBad
	switch {
	case !haveStop:
		if r > k.lengthHigh {
			cl = clGood
		} else {
			cl = clNearGood
		}
	case c.stop >= k.stopHigh:
		if r > k.lengthHigh {
			cl = clGood
		} else {
			cl = clNearGood
		}
	case c.stop >= k.stopLow:
		cl = clNearGood
	}
	if k.unpunctuatedDowngrade && cl > clBad && r < k.unpunctuatedMaxRunes && !sentenceEnd(b.Text) {
		cl--
	}
	return cl
}

// sentenceEnd reports whether s ends like a sentence or a clause, in any
// script.
func sentenceEnd(s string) bool {
	if endsSentence(s) || endsClause(s) {
		return true
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(`"'”’“‘»«›‹)]」』）`, r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？．｡", r)
}

// smooth is jusText's context-sensitive revision: short and near-good blocks
// take the class of their neighbours, headings before good text are good.
func (k knobs) smooth(bs []cblock) {
	for j := range bs {
		bs[j].cls = bs[j].cf
	}
	for j := range bs {
		if bs[j].heading && bs[j].cls == clShort && k.goodWithin(bs, j) {
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
		if p == clBad && n == clBad && !k.inProseRun(bs, j) {
			bs[j].cls = clBad
		} else {
			bs[j].cls = clGood
		}
	}
	for j := range bs {
		if bs[j].heading && bs[j].cls == clBad && bs[j].cf != clBad && k.goodWithin(bs, j) {
			bs[j].cls = clGood
		}
	}
}

// inProseRun reports whether the near-good block j stands in a run of at
// least runBlocks near-good or good blocks (short ones between them aside)
// of runRunes in all: an article of short paragraphs, which jusText alone
// would lose for want of one long paragraph.
func (k knobs) inProseRun(bs []cblock, j int) bool {
	if k.runBlocks <= 0 {
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
	return n >= k.runBlocks && float64(runes) >= k.runRunes
}

func (k knobs) goodWithin(bs []cblock, j int) bool {
	dist := 0
	for i := j + 1; i < len(bs) && dist <= k.headingDistance; i++ {
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

// markTeasers marks the good blocks that stand among headlines: in a
// window of teaserWindow blocks either side, at least teaserShare of the
// blocks are headlines. An article's subheadings are rarer than that.
func (k knobs) markTeasers(bs []cblock) {
	for j := range bs {
		if bs[j].cls != clGood {
			continue
		}
		h, n := 0, 0
		for i := max(0, j-k.teaserWindow); i <= min(len(bs)-1, j+k.teaserWindow); i++ {
			if i == j {
				continue
			}
			n++
			if bs[i].headline {
				h++
			}
		}
		bs[j].teaser = n > 0 && float64(h) >= k.teaserShare*float64(n)
	}
}

// extendList extends the region that ends at hi over a list the article
// announces with a colon ("The tour dates:", "Here are the deals:"): the
// blocks after the colon up to the first paragraph of prose, the first
// boilerplate an earlier filter dropped, or maxListItems. It returns the
// new end.
func (k knobs) extendList(doc *document.Document, bs []cblock, boiler []int, hi int) int {
	start := -1
	for j := hi; j <= min(hi+1, len(bs)-1); j++ {
		if strings.HasSuffix(strings.TrimSpace(doc.Blocks[bs[j].i].Text), ":") {
			start = j + 1
		}
	}
	if start < 0 || !k.listExtend {
		return hi
	}
	end := hi
	for j := start; j < len(bs) && j-start < maxListItems; j++ {
		c := &bs[j]
		if c.cls == clGood || c.footer || boiler[j] > 0 || words(doc.Blocks[c.i].Text) > maxListWords {
			break
		}
		end = j
	}
	if end-start+1 < minListItems {
		return hi
	}
	return end
}

// isolated reports whether the good block j has no good neighbour: a
// teaser's summary between headlines, a comment between its header and a
// reply button, an author's biography. An article's paragraphs come in
// runs.
func isolated(bs []cblock, j int) bool {
	return (j == 0 || bs[j-1].cls != clGood) && (j+1 == len(bs) || bs[j+1].cls != clGood)
}

// region returns the span of blocks with the greatest sum of values: good
// blocks gain their length (less the later they come), bad ones cost it.
func (k knobs) region(bs []cblock, boiler []int) (int, int) {
	n := float64(len(bs))
	best, bestLo, bestHi := 0.0, -1, -1
	// From the first templated label on ("Jane on May 2 said:") the page
	// is a comment thread.
	thread := len(bs)
	for j := range bs {
		if bs[j].label {
			thread = j
			break
		}
	}
	sum, lo := 0.0, 0
	run := 0 // bad blocks in a row before j
	for j := range bs {
		c := &bs[j]
		r := float64(c.runes)
		// A long run of bad blocks is a menu or a list of teasers; one
		// or two are an insert in the article.
		grow := 1 + k.runGrowth*float64(run)
		if c.cls == clGood || c.cls == clNearGood {
			run = 0
		} else {
			run += 1 + boiler[j]
		}
		pos := 1 - k.positionDecay*float64(j)/n
		if j > thread {
			pos *= k.threadGain
		}
		v := 0.0
		switch c.cls {
		case clGood:
			v = r * pos
			if c.teaser {
				v *= k.teaserGain
			}
			if isolated(bs, j) {
				v *= k.isolatedGain
			}
		case clNearGood:
			v = k.nearGoodGain * r * pos
		default:
			switch c.cf {
			case clBad:
				v = -k.badWeight * max(r, k.minBadCost) * grow
			case clShort:
				v = -k.shortCost * grow
			default:
				// Near-good text among bad: not the article's for sure,
				// but no evidence against a region either.
				v = -k.nearBadCost * grow
			}
		}
		v -= k.blockCost
		if c.footer {
			v -= k.footerCost
		}
		if c.repeated || c.templated {
			v -= k.templateCost
		}
		if c.label {
			v -= k.labelCost
		}
		// Boilerplate an earlier filter dropped right before the block
		// costs, unless the region starts here.
		drop := k.droppedCost * float64(boiler[j])
		c.value = v
		if sum-drop <= 0 {
			sum, lo, drop = 0, j, 0
		}
		sum += v - drop
		if sum > best {
			best, bestLo, bestHi = sum, lo, j
		}
	}
	if os.Getenv("UNSCRAPE_DEBUG") == "4" {
		println("BEST", int(best))
	}
	if best < k.minRegion {
		// Too little prose anywhere to tell the article from the rest:
		// a table, a list or a gallery. Keeping the page beats guessing.
		return 0, len(bs) - 1
	}
	return bestLo, bestHi
}
