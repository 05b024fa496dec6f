package lang

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/unscrape/unscrape/pkg/textfix"
)

// The phrase packs are one file per language under phrases/, named by the
// language's BCP 47 base tag ("de.txt"). mul.txt holds names that are the
// same in every language: news agencies, podcast platforms.
//
// File format, one entry a line:
//
//	# comment (the file starts with comments naming its source and licence)
//	[drop: podcast widget]       following entries are boilerplate lines; the
//	                             text after "drop:" is the reason --explain gives
//	[related: related articles]  a line that heads a list of links to other
//	                             articles; the list goes with it
//	[related: other stories]     the same, for a list printed after the
//	                             article ("Most read"): the article does not
//	                             go on after it
//	[photo credit]               the start of a photo credit ("Foto: *")
//	[agency credit]              an agency or contributor credit
//	[caption label]              a label saying the next line is a caption
//	[words: timestamp]           a set of words other rules consult, one a line
//	                             (timestamp, agency, byline, name joiner,
//	                             byline place, byline venue, byline role, name particle,
//	                             place start, outlet, copyright, company
//	                             register, adjective ending, credit joiner,
//	                             about, first person, follow, follow button, consent, script, newsletter, agency share, share, share joiner, byline
//	                             desk, byline after date, job title
//	                             marker, pros and cons, list label, references,
//	                             edit link, section, title label, title
//	                             badge, part label, gallery picture,
//	                             gallery of)
//	Abonnieren bei               matches the whole line
//	Lesen Sie auch: *            matches a line that starts with the words
//	* contributed to this report matches a line that ends with the words
//
// Lines are compared after textfix.FoldNumbers: case, quotation marks,
// dashes, white space and the punctuation at either end do not matter, and
// any number matches any number ("Il vous reste 58% de cet article à lire"
// covers 12% too). A prefix entry keeps its own trailing punctuation, so
// "Lire aussi : *" needs the colon. Matching the whole line (or a marked
// start or end) is what keeps "Er wollte die Zeitung nicht abonnieren." in
// the article when "Abonnieren" is boilerplate.
//
//go:embed phrases/*.txt
var phraseFiles embed.FS

// Class says what a matched line is.
type Class uint8

// The classes of phrase.
const (
	Boilerplate  Class = iota + 1 // a line that is not article text
	Related                       // the heading of a list of links to other articles
	PhotoCredit                   // a photo credit, or the start of one
	AgencyCredit                  // an agency or contributor credit
	CaptionLabel                  // a label that says the next line is a caption
)

// Match is what a line matched: its class and, for boilerplate, the reason.
type Match struct {
	Class  Class
	Reason string
	// Whole is true when the entry matched the whole line, false for a
	// prefix or suffix entry.
	Whole bool
}

// Phrases is the phrase index of one set of languages. It is read-only after
// it is built and safe for concurrent use.
type Phrases struct {
	whole    map[string]Match
	prefix   map[string]Match
	suffix   map[string]Match
	maxWhole int // longest whole-line key in bytes: longer lines are
	// paragraphs, and hashing them for a lookup that cannot succeed cost
	// more than the rest of the matching
	maxPrefix int // longest prefix key in bytes
	maxSuffix int
	words     map[string]*keySet
	// firstWords and lastWords hold the first word of every prefix key and
	// the last word of every suffix key. A line whose own first (last)
	// word is not among them cannot match, and most lines are turned away
	// with one lookup instead of one per word boundary.
	firstWords *keySet
	lastWords  *keySet
	// lastPairs holds the last two words of every suffix key that ends
	// in a number ("min 0" of "bande-annonce (0 min 0"): every line that
	// ends in one has its last word, folded, in common with them.
	lastPairs *keySet
	// rowFirst and rowLast hold the first and last space-separated words
	// of the whole-line keys, the gates of matchRow.
	rowFirst, rowLast *keySet
	// wholeGate turns away most lines that are no whole-line key before
	// the map hashes them; nil until index.
	wholeGate *gate
}

func newPhrases() *Phrases {
	return &Phrases{
		whole:  map[string]Match{},
		prefix: map[string]Match{},
		suffix: map[string]Match{},
		words:  map[string]*keySet{},
	}
}

// Phrasebook holds the phrase index of every pack.
type Phrasebook struct {
	all *Phrases
}

// LoadPhrasebook reads the embedded phrase packs and merges them into one
// index. Build it once and share it: documents only read it.
//
// Every document is matched against every language's pack, not its own
// language's. Whole-line and line-edge matching is conservative enough
// that a phrase of another language in an article is rare (the benchmark
// scores the same either way), while matching by the detected language
// made the verdicts hang on the detection: a page whose menus speak
// another language than its article, or a short text whose language
// changes once its boilerplate is gone, was cleaned differently on the
// second run. The merge is in sorted order, so that where two packs give
// one line different reasons, the index says the same on every run.
//
// The book is built once per process and shared: it is read-only, and the
// filters that match phrases would each build the same one (four of them,
// a quarter of a small file's run).
func LoadPhrasebook() (*Phrasebook, error) { return loadPhrasebook() }

var loadPhrasebook = sync.OnceValues(buildPhrasebook)

func buildPhrasebook() (*Phrasebook, error) {
	packs, err := readPacks(phraseFiles)
	if err != nil {
		return nil, err
	}
	b := &Phrasebook{all: newPhrases()}
	for _, tag := range slices.Sorted(maps.Keys(packs)) {
		b.all.merge(packs[tag])
	}
	b.all.index()
	return b, nil
}

// Index returns the merged index of every pack.
func (b *Phrasebook) Index() *Phrases { return b.all }

// Match reports what line is, by the index's phrases: a whole-line entry,
// then the longest prefix entry, then the longest suffix entry. A line made
// only of boilerplate sentences ("Es ist ein Fehler aufgetreten. Bitte
// versuchen Sie es später erneut.") is boilerplate too, and so is a short
// line made only of boilerplate phrases without punctuation between them:
// innerText glues a row of buttons into one line ("vorlesen Druckansicht
// Kommentare lesen 84 Beiträge").
func (p *Phrases) Match(line string) (Match, bool) {
	return p.MatchFolded(line, textfix.FoldPrefix(line))
}

// MatchFolded is Match for a line whose textfix.FoldPrefix the caller
// has already: a document's blocks keep theirs.
func (p *Phrases) MatchFolded(line, head string) (Match, bool) {
	return p.MatchKeys(line, head, strings.TrimRightFunc(head, textfix.IsEdge))
}

// MatchKeys is MatchFolded for a caller that has the head's trimmed key
// too (textfix.FoldNumbers of the line): a document's blocks keep both.
func (p *Phrases) MatchKeys(line, head, key string) (Match, bool) {
	if len(key) == 0 {
		return Match{}, false
	}
	if m, ok := p.wholeKey(key); ok {
		return m, true
	}
	if m, ok := p.matchPrefix(head); ok {
		return m, true
	}
	if m, ok := p.matchSuffix(key); ok {
		return m, true
	}
	if m, ok := p.matchSentences(line); ok {
		return m, true
	}
	return p.matchRow(head)
}

// MatchWhole looks line up among the whole-line entries alone: what a
// line is when one entry's words and nothing else are on it (a button's,
// a label's). Match marks Whole a line made of such entries too, its
// sentences ("Share. Subscribe.") or a row of them ("Sign in Subscribe"),
// which MatchWhole does not read, nor the prefix and suffix entries: a
// caller that asks for one entry, and counts a row's entries itself, need
// not pay for them.
func (p *Phrases) MatchWhole(line string) (Match, bool) {
	key := strings.TrimRightFunc(textfix.FoldPrefix(line), textfix.IsEdge)
	if len(key) == 0 {
		return Match{}, false
	}
	return p.wholeKey(key)
}

// wholeKey looks the trimmed key of a line up among the whole-line
// entries, marked Whole.
func (p *Phrases) wholeKey(key string) (Match, bool) {
	if m, ok := p.wholeLine(key); ok {
		m.Whole = true
		return m, true
	}
	// A share bar glues a button's count to its words ("0Tweet about
	// this on Twitter", "12Share"): the words are the button.
	if len(key) > 1 && key[0] == '0' && key[1] >= 'a' && key[1] <= 'z' {
		if m, ok := p.wholeLine(key[1:]); ok {
			m.Whole = true
			return m, true
		}
	}
	return Match{}, false
}

// wholeLine looks key up among the whole-line entries.
func (p *Phrases) wholeLine(key string) (Match, bool) {
	if len(key) > p.maxWhole {
		return Match{}, false
	}
	if p.wholeGate != nil && !p.wholeGate.mayHave(key) {
		return Match{}, false
	}
	m, ok := p.whole[key]
	return m, ok
}

// index builds the word gates once every pack is merged.
func (p *Phrases) index() {
	p.firstWords, p.lastWords, p.lastPairs = newKeySet(), newKeySet(), newKeySet()
	for k := range p.prefix {
		p.firstWords.add(firstWord(k))
	}
	for k := range p.suffix {
		if w := lastWord(k); w != foldedNumber {
			p.lastWords.add(w)
		} else {
			p.lastPairs.add(lastPair(k))
		}
	}
	p.rowFirst, p.rowLast, p.wholeGate = newKeySet(), newKeySet(), &gate{}
	for k := range p.whole {
		first, _, _ := strings.Cut(k, " ")
		p.rowFirst.add(strings.TrimFunc(first, textfix.IsEdge))
		p.rowLast.add(strings.TrimFunc(k[strings.LastIndexByte(k, ' ')+1:], textfix.IsEdge))
		p.wholeGate.add(k)
	}
}

// firstWord returns s up to its first space, punctuation or symbol. A
// prefix key that ends at a word boundary of a line has the line's first
// word as its own.
func firstWord(s string) string {
	if i := strings.IndexFunc(s, textfix.IsEdge); i >= 0 {
		return s[:i]
	}
	return s
}

// lastWord returns s after its last space, punctuation or symbol.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, textfix.IsEdge)
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:]
}

// foldedNumber is a number as textfix.FoldNumbers writes it.
const foldedNumber = "0"

// lastPair returns s from the start of the word before its last: the last
// two words and what stands between them.
func lastPair(s string) string {
	i := strings.LastIndexFunc(s, textfix.IsEdge)
	if i < 0 {
		return s
	}
	j := strings.LastIndexFunc(s[:i], textfix.IsEdge)
	if j < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[j:])
	return s[j+n:]
}

// matchPrefix finds the longest prefix entry that head starts with, ending
// at a word boundary.
func (p *Phrases) matchPrefix(head string) (Match, bool) {
	if p.firstWords != nil && !p.firstWords.has(firstWord(head)) {
		return Match{}, false
	}
	limit := min(len(head), p.maxPrefix)
	// Longest first: "Lire aussi sur le même sujet :" before "Lire aussi".
	for i := limit; i > 0; i-- {
		// A key that ends in punctuation ("Credit...") ends a word
		// itself: "Credit...Jane Doe" starts with it.
		if i < len(head) && !boundaryAt(head, i) && !boundaryBefore(head, i) {
			continue
		}
		if m, ok := p.prefix[head[:i]]; ok {
			return m, true
		}
	}
	return Match{}, false
}

func (p *Phrases) matchSuffix(key string) (Match, bool) {
	if p.lastWords != nil {
		if w := lastWord(key); w == foldedNumber && !p.lastPairs.has(lastPair(key)) || w != foldedNumber && !p.lastWords.has(w) {
			return Match{}, false
		}
	}
	for i := max(0, len(key)-p.maxSuffix); i < len(key); i++ {
		if i > 0 && !boundaryBefore(key, i) {
			continue
		}
		if m, ok := p.suffix[key[i:]]; ok {
			return m, true
		}
	}
	return Match{}, false
}

// maxSentencesRunes bounds the lines matchSentences splits: boilerplate made
// of several sentences is short, and body paragraphs need not pay for it.
const maxSentencesRunes = 300

func (p *Phrases) matchSentences(line string) (Match, bool) {
	if textfix.LongerThan(line, maxSentencesRunes) {
		return Match{}, false
	}
	if !hasSentenceBreak(line) {
		return Match{}, false
	}
	// A sentence break with text after it: two sentences or more, each
	// looked up as it is cut off, and most lines fail on the first.
	var first Match
	for i, rest := 0, line; rest != ""; i++ {
		var s string
		s, rest = cutSentence(rest)
		m, ok := p.wholeLine(textfix.FoldNumbers(s))
		if !ok || m.Class != Boilerplate {
			return Match{}, false
		}
		if i == 0 {
			first = m
		}
	}
	first.Whole = true
	return first, true
}

// firstRowWord returns the first word of head that is not a separator,
// trimmed of punctuation and symbols, or "" when there is none.
func firstRowWord(head string) string {
	for head != "" {
		w, rest, _ := strings.Cut(head, " ")
		if t := strings.TrimFunc(w, textfix.IsEdge); t != "" {
			return t
		}
		head = rest
	}
	return ""
}

// hasSpaces reports whether s has at least n spaces, reading no further
// than the n-th.
func hasSpaces(s string, n int) bool {
	for ; n > 0; n-- {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return false
		}
		s = s[i+1:]
	}
	return true
}

// maxRowWords bounds the lines matchRow splits: a row of buttons is short.
const maxRowWords = 12

// matchRow reports whether head, a line folded by FoldPrefix, is two or
// more whole-line boilerplate entries one after the other, with nothing
// but spaces and symbols ("|", "·") between them. The match carries the
// first entry's reason.
func (p *Phrases) matchRow(head string) (Match, bool) {
	// "See more photos:" introduces what follows; a row of buttons does
	// not end in a colon. Body paragraphs end up here too: count their
	// spaces before splitting (separators such as "|" count as words,
	// which a row of maxRowWords buttons still fits).
	if strings.HasSuffix(head, ":") {
		return Match{}, false
	}
	// The row's first word starts a whole entry: most lines are turned
	// away here, before they are counted or split.
	if p.rowFirst != nil && !p.rowFirst.has(firstRowWord(head)) {
		return Match{}, false
	}
	if hasSpaces(head, 2*maxRowWords) {
		return Match{}, false
	}
	// The words' byte spans in head: FoldPrefix leaves single spaces, so
	// the text of words k..j-1 is head[start[k]:end[j-1]], looked up
	// without building a string. A word of symbols only ("|") separates
	// entries and is no entry itself.
	var start, end [2 * maxRowWords]int
	sep := [2 * maxRowWords]bool{}
	n := 0
	for i := 0; i < len(head); {
		for i < len(head) && head[i] == ' ' {
			i++
		}
		if i == len(head) {
			break
		}
		k := strings.IndexByte(head[i:], ' ')
		if k < 0 {
			k = len(head) - i
		}
		start[n], end[n] = i, i+k
		sep[n] = len(strings.TrimFunc(head[i:i+k], textfix.IsEdge)) == 0
		n++
		i += k
	}
	words := 0
	for _, s := range sep[:n] {
		if !s {
			words++
		}
	}
	if words < 2 || words > maxRowWords {
		return Match{}, false
	}
	// The row's first and last words start and end whole entries.
	if p.rowFirst != nil {
		f, l := 0, n-1
		for sep[f] {
			f++
		}
		for sep[l] {
			l--
		}
		if !p.rowFirst.has(strings.TrimFunc(head[start[f]:end[f]], textfix.IsEdge)) ||
			!p.rowLast.has(strings.TrimFunc(head[start[l]:end[l]], textfix.IsEdge)) {
			return Match{}, false
		}
	}
	// first[j] is the match of the first entry of a segmentation of
	// words[:j], parts[j] how many entries it took; parts[j] == 0 means
	// words[:j] cannot be split.
	var first [2*maxRowWords + 1]Match
	var parts [2*maxRowWords + 1]int
	parts[0] = -1 // the empty start, which is splittable
	for j := 1; j <= n; j++ {
		if sep[j-1] {
			if parts[j-1] != 0 {
				first[j], parts[j] = first[j-1], parts[j-1]
			}
			continue
		}
		for k := 0; k < j && parts[j] == 0; k++ {
			if parts[k] == 0 || sep[k] {
				continue
			}
			m, ok := p.wholeLine(strings.TrimFunc(head[start[k]:end[j-1]], textfix.IsEdge))
			if !ok || m.Class != Boilerplate {
				continue
			}
			if parts[k] < 0 {
				first[j], parts[j] = m, 1
			} else {
				first[j], parts[j] = first[k], parts[k]+1
			}
		}
	}
	if parts[n] < 2 {
		return Match{}, false
	}
	m := first[n]
	m.Whole = true
	return m, true
}

// hasSentenceBreak reports whether s has a sentence break with text after
// it (see cutSentence).
func hasSentenceBreak(s string) bool {
	i, n := sentenceBreak(s)
	return i >= 0 && i+n < len(s)
}

// sentenceBreak returns where the first sentence break of s is and how
// many bytes it takes, or -1: ". ", "! " or "? ", or a "!" or "?" right
// before a capital (a player's "Thanks for watching!Visit Website", its
// two labels glued by a scraper).
func sentenceBreak(s string) (int, int) {
	for i := 0; i+1 < len(s); i++ {
		// Most bytes are no mark: the test stays in this loop.
		switch c := s[i]; {
		case c != '.' && c != '!' && c != '?':
		case s[i+1] == ' ':
			return i, 2
		case c != '.' && s[i+1] >= 'A' && s[i+1] <= 'Z':
			return i, 1
		}
	}
	return -1, 0
}

// cutSentence cuts s after its first sentence break (see sentenceBreak),
// and returns the sentence (with its mark) and the rest (without the
// space), or s and "".
func cutSentence(s string) (sentence, rest string) {
	if i, n := sentenceBreak(s); i >= 0 {
		return s[:i+1], s[i+n:]
	}
	return s, ""
}

// Word reports whether w is in the named word set ("timestamp", "agency").
// w is compared after textfix.Fold.
func (p *Phrases) Word(set, w string) bool {
	return p.Words(set).Has(w)
}

// Words returns the named word set, for a caller that asks about many
// words.
func (p *Phrases) Words(set string) WordSet {
	return WordSet{p.words[set]}
}

// WordSet is a word set of the phrase packs.
type WordSet struct{ words *keySet }

// InFold reports whether a word of the set stands in fold, a textfix.Fold
// key, anywhere: where none does, Has is false for every word of the text
// the key is of, since folding a line folds each of its words in place.
// It looks for each word in turn, which is fast for a set of a few words
// ("copyright") and no use for one of hundreds.
func (s WordSet) InFold(fold string) bool {
	if s.words == nil {
		return false
	}
	for _, k := range s.words.keys {
		if strings.Contains(fold, k) {
			return true
		}
	}
	return false
}

// HasFolded reports whether w, folded already (a word of a textfix.Fold
// key, or two of them with a space between), is in the set.
func (s WordSet) HasFolded(w string) bool { return s.words.has(w) }

// HasFoldedPair is HasFolded(a + " " + b), for two words of a fold key
// looked up as one, without making the string.
func (s WordSet) HasFoldedPair(a, b string) bool {
	var buf [64]byte
	if len(a)+1+len(b) > len(buf) {
		return s.words.has(a + " " + b)
	}
	return s.words.hasBytes(append(append(append(buf[:0], a...), ' '), b...))
}

// Has reports whether w is in the set; w is compared after textfix.Fold.
func (s WordSet) Has(w string) bool {
	return s.words.hasWord(w)
}

// Starts reports whether a key of the set may start with the word w: w is
// a key, or the first word of a key of several words. Where it is false,
// no key starts a line whose first word is w, and a caller that looks for
// one need not join the line's words to ask.
func (s WordSet) Starts(w string) bool {
	return s.words.hasWord(w) || s.words != nil && s.words.firsts.hasWord(w)
}

// hasWord is has(textfix.Fold(w)).
func (s *keySet) hasWord(w string) bool {
	// A word of ASCII letters folds to its lower case: fold it on the
	// stack, since most words asked about are such, and capitalised.
	var buf [32]byte
	if len(w) > 0 && len(w) <= len(buf) {
		ascii := true
		for i := 0; i < len(w) && ascii; i++ {
			buf[i] = textfix.ASCIILetter(w[i])
			ascii = buf[i] != 0
		}
		if ascii {
			return s.has(string(buf[:len(w)]))
		}
	}
	return s.has(textfix.Fold(w))
}

// HasEnd reports whether w, folded, ends in a word of the set of minEnd
// bytes or more, after a stem of minStem letters or more: a compound that
// ends in a role ("Chefredakteur"), an adjective by its ending
// ("Amerikanischer"). Only the ends no longer than the set's longest word
// are looked up, so a word of thousands of letters costs no more than a
// short one.
func (s WordSet) HasEnd(w string, minEnd, minStem int) bool {
	f := textfix.Fold(w)
	runes := utf8.RuneCountInString(f)
	for i := max(0, len(f)-s.MaxLen()); i <= len(f)-minEnd; i++ {
		if utf8.RuneStart(f[i]) && runes-utf8.RuneCountInString(f[i:]) >= minStem && s.words.has(f[i:]) {
			return true
		}
	}
	return false
}

// MaxLen is the length in bytes of the set's longest word, folded: no
// longer folded text is in the set.
func (s WordSet) MaxLen() int {
	if s.words == nil {
		return 0
	}
	return s.words.maxLen
}

// boundaryAt reports whether a word of s ends right before byte i: the rune
// at i is a space, punctuation or a symbol.
func boundaryAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return textfix.IsEdge(r)
}

// boundaryBefore reports whether a word of s starts at byte i.
func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return textfix.IsEdge(r)
}

// merge adds q's entries to p; entries p has already keep their meaning, so
// the document's own language wins over the packs merged after it.
func (p *Phrases) merge(q *Phrases) {
	if q == nil {
		return
	}
	for k, m := range q.whole {
		if _, ok := p.whole[k]; !ok {
			p.whole[k] = m
			p.maxWhole = max(p.maxWhole, len(k))
		}
	}
	for k, m := range q.prefix {
		if _, ok := p.prefix[k]; !ok {
			p.prefix[k] = m
			p.maxPrefix = max(p.maxPrefix, len(k))
		}
	}
	for k, m := range q.suffix {
		if _, ok := p.suffix[k]; !ok {
			p.suffix[k] = m
			p.maxSuffix = max(p.maxSuffix, len(k))
		}
	}
	for set, ws := range q.words {
		if p.words[set] == nil {
			p.words[set] = newKeySet()
		}
		for w := range ws.m {
			p.words[set].add(w)
		}
	}
}

// readPacks parses every phrases/*.txt file of fsys into a Phrases keyed by
// the file's language tag.
func readPacks(fsys fs.FS) (map[string]*Phrases, error) {
	names, err := fs.Glob(fsys, "phrases/*.txt")
	if err != nil {
		return nil, err
	}
	packs := map[string]*Phrases{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		p, err := parsePack(name, string(data))
		if err != nil {
			return nil, err
		}
		packs[strings.TrimSuffix(path.Base(name), ".txt")] = p
	}
	return packs, nil
}

// parsePack reads one phrase file; errors name the file and line.
func parsePack(name, data string) (*Phrases, error) {
	p := newPhrases()
	var cur Match
	var words string // the word set being read, when in a [words: …] section
	sc := bufio.NewScanner(strings.NewReader(data))
	for no := 1; sc.Scan(); no++ {
		line := strings.TrimSpace(norm.NFC.String(sc.Text()))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			m, set, err := parseSection(line[1 : len(line)-1])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, no, err)
			}
			cur, words = m, set
			if set != "" && p.words[set] == nil {
				p.words[set] = newKeySet()
			}
			continue
		}
		if words != "" {
			p.words[words].add(textfix.Fold(line))
			continue
		}
		if cur.Class == 0 {
			return nil, fmt.Errorf("%s:%d: entry %q before any [section]", name, no, line)
		}
		table, key := p.whole, ""
		switch {
		case strings.HasPrefix(line, "* ") && strings.HasSuffix(line, " *"):
			// A line is matched whole, by its start or by its end: a
			// phrase inside a line would have every line searched.
			return nil, fmt.Errorf("%s:%d: entry %q has a * at both ends; a phrase matches a line's start or its end", name, no, line)
		case strings.HasSuffix(line, " *"):
			table, key = p.prefix, textfix.FoldPrefix(strings.TrimSuffix(line, " *"))
			p.maxPrefix = max(p.maxPrefix, len(key))
		case strings.HasPrefix(line, "* "):
			table, key = p.suffix, textfix.FoldNumbers(strings.TrimPrefix(line, "* "))
			p.maxSuffix = max(p.maxSuffix, len(key))
		default:
			key = textfix.FoldNumbers(line)
			p.maxWhole = max(p.maxWhole, len(key))
		}
		if key == "" {
			return nil, fmt.Errorf("%s:%d: entry %q has no words", name, no, line)
		}
		if old, ok := table[key]; ok && old != cur {
			return nil, fmt.Errorf("%s:%d: %q is already in [%s]", name, no, line, old.Reason)
		}
		table[key] = cur
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// parseSection reads a section header's inside: the match its entries give,
// or the name of a word set.
func parseSection(s string) (Match, string, error) {
	kind, arg, _ := strings.Cut(s, ":")
	kind, arg = strings.TrimSpace(kind), strings.TrimSpace(arg)
	switch {
	case kind == "drop" && arg != "":
		return Match{Class: Boilerplate, Reason: arg}, "", nil
	case kind == "related" && arg != "":
		return Match{Class: Related, Reason: arg}, "", nil
	case kind == "photo credit" && arg == "":
		return Match{Class: PhotoCredit, Reason: "photo credit"}, "", nil
	case kind == "agency credit" && arg == "":
		return Match{Class: AgencyCredit, Reason: "agency credit"}, "", nil
	case kind == "caption label" && arg == "":
		return Match{Class: CaptionLabel, Reason: "caption label"}, "", nil
	case kind == "words" && arg != "":
		return Match{}, arg, nil
	}
	return Match{}, "", fmt.Errorf("unknown section [%s] (want [drop: reason], [related: reason], [photo credit], [agency credit], [caption label] or [words: name])", s)
}
