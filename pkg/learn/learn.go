// Package learn finds a site's own boilerplate in a folder of its pages:
// the lines that recur on a large share of them. A slogan, a donation
// appeal, an "this article was checked by two editors" line look like
// content on one page; on twenty pages of one site they are furniture.
//
// A Learner counts, for every distinct line, on how many pages it was seen,
// so its memory grows with the number of distinct lines, not with the
// corpus. Lines are compared after folding case, quotes and white space
// (see package rule), and lines that differ only in numbers or dates
// ("Updated 3 March 2025, 14:05") are counted as one.
package learn

import (
	"embed"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/rule"
)

// Defaults for Options: a line on half the pages, and on at least three,
// is the site's. Two of twelve pages is a coincidence or a series; twelve
// of twelve is a template.
const (
	DefaultShare    = 0.5
	DefaultMinPages = 3
)

// Options says how often a line must recur to be proposed.
type Options struct {
	// Share is the least share of the pages (0 < Share ≤ 1) a line must be
	// seen on; 0 means DefaultShare.
	Share float64
	// MinPages is the least number of pages a line must be seen on, and so
	// the least number of pages to learn from; 0 means DefaultMinPages.
	MinPages int
	// Pages is the number of pages that will be added, when known (0 when
	// not). A line that can no longer reach the threshold is then forgotten,
	// which keeps memory low on large corpora.
	Pages int
}

// Found is a proposed rule.
type Found struct {
	// Rule is the rule as it goes in the config file: the line as seen on
	// the second page it is on, or a /regex/ when the line came in forms that differ in numbers
	// or dates.
	Rule string
	// Pages is the number of pages the line was seen on.
	Pages int
	// Varies says that the line came in forms that differ in numbers or
	// dates, and Rule is a regex.
	Varies bool
}

// entry is what the learner keeps per distinct line shape. Most lines of a
// corpus are seen once, so an entry holds hashes, and the text only from
// the second page the line is seen on: a line seen once costs a map slot.
type entry struct {
	pages    int32  // pages the shape was seen on
	lastPage int32  // the page it was last counted for, to count a page once
	folded   uint64 // hash of the first folded form seen
	varies   bool   // another folded form with the same shape was seen
	text     string // the line as seen on its second page
}

// Learner collects lines from pages. It is not safe for concurrent use.
type Learner struct {
	opts     Options
	pipeline *filter.Pipeline
	dates    map[string]bool // folded month and weekday names
	pages    int
	lines    map[uint64]*entry // by hash of the line's shape
	seed     maphash.Seed
}

//go:embed dates/*.txt
var datesFS embed.FS

// New returns a Learner. Pages are prepared by the filters that run before
// the learned filter, so that lines are learned in the form the rules will
// be matched against.
func New(opts Options) (*Learner, error) {
	if opts.Share == 0 {
		opts.Share = DefaultShare
	}
	if opts.MinPages == 0 {
		opts.MinPages = DefaultMinPages
	}
	if opts.Share < 0 || opts.Share > 1 || math.IsNaN(opts.Share) {
		return nil, fmt.Errorf("share %v is not between 0 and 1", opts.Share)
	}
	if opts.MinPages < 1 {
		return nil, fmt.Errorf("minimum pages %d is below 1", opts.MinPages)
	}
	p, err := filter.NewPipeline(filter.Before(filter.LearnedName), filter.Options{})
	if err != nil {
		return nil, err
	}
	dates, err := loadDates(datesFS)
	if err != nil {
		return nil, err
	}
	return &Learner{opts: opts, pipeline: p, dates: dates, lines: make(map[uint64]*entry), seed: maphash.MakeSeed()}, nil
}

// loadDates reads the month and weekday names of every language file.
func loadDates(fsys fs.FS) (map[string]bool, error) {
	files, err := fs.Glob(fsys, "dates/*.txt")
	if err != nil {
		return nil, err
	}
	words := make(map[string]bool)
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for i, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			w := rule.Fold(l)
			if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				return nil, fmt.Errorf("%s:%d: %q is not one word of letters", f, i+1, l)
			}
			words[w] = true
		}
	}
	return words, nil
}

// Pages returns the number of pages added so far.
func (l *Learner) Pages() int { return l.pages }

// Lines returns the number of distinct line shapes the learner holds, the
// measure of its memory.
func (l *Learner) Lines() int { return len(l.lines) }

// needed is the number of pages a line must be seen on among n pages.
func (l *Learner) needed(n int) int {
	// The small epsilon keeps 0.6×10 from rounding up to 7.
	return max(l.opts.MinPages, int(math.Ceil(l.opts.Share*float64(n)-1e-9)))
}

// pruneEvery is how often, in pages, lines that can no longer reach the
// threshold are forgotten.
const pruneEvery = 64

// Add counts the lines of one page, given as decoded text.
func (l *Learner) Add(text string) error {
	if l.opts.Pages > 0 && l.pages >= l.opts.Pages {
		return fmt.Errorf("page %d is more than the %d pages announced", l.pages+1, l.opts.Pages)
	}
	doc := document.Parse(text)
	// Code is never dropped, so no rule is learned from it.
	doc.SetAside()
	if err := l.pipeline.Apply(doc); err != nil {
		return err
	}
	l.pages++
	page := l.pages
	// Pages still to come after this one, when known; a new line must be
	// able to reach the threshold with them.
	left, need := math.MaxInt, 0
	if l.opts.Pages > 0 {
		left, need = l.opts.Pages-page, l.needed(l.opts.Pages)
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		folded := rule.Fold(b.Text)
		if folded == "" {
			continue
		}
		// Two lines whose 64-bit hashes collide would count as one; with
		// millions of distinct lines the chance is below one in a million.
		key := maphash.String(l.seed, l.shape(folded))
		fh := maphash.String(l.seed, folded)
		e := l.lines[key]
		if e == nil {
			if left < math.MaxInt && 1+left < need {
				continue
			}
			e = &entry{folded: fh}
			l.lines[key] = e
		} else if fh != e.folded {
			e.varies = true
		}
		if e.lastPage != int32(page) {
			e.lastPage = int32(page)
			e.pages++
			if e.text == "" && int(e.pages) >= min(2, l.opts.MinPages) {
				e.text = b.Text
			}
		}
	}
	if left < math.MaxInt && page%pruneEvery == 0 {
		for k, e := range l.lines {
			if int(e.pages)+left < need {
				delete(l.lines, k)
			}
		}
	}
	return nil
}

// Number and date slots in a line's shape. Control characters never occur
// in folded text: the unicode filter removes them.
const (
	numberSlot = '\x01'
	dateSlot   = '\x02'
)

// shape returns the key lines are counted under: the folded line with every
// run of digits made a number slot and, when the line holds a digit, every
// month or weekday name a date slot.
func (l *Learner) shape(folded string) string {
	if !strings.ContainsAny(folded, "0123456789") {
		return folded
	}
	var sb strings.Builder
	// The words of folded text are folded: no need to fold them again.
	isDate := func(w string) bool { return l.dates[w] }
	forEachToken(folded, isDate, func(tok string, slot rune) {
		if slot != 0 {
			sb.WriteRune(slot)
		} else {
			sb.WriteString(tok)
		}
	})
	return sb.String()
}

// forEachToken splits s into runs of ASCII digits (a number slot), runs of
// letters that are a date word (a date slot), and the text between.
func forEachToken(s string, isDate func(string) bool, f func(tok string, slot rune)) {
	for len(s) > 0 {
		r, _ := utf8.DecodeRuneInString(s)
		switch {
		case r >= '0' && r <= '9':
			n := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' })
			if n < 0 {
				n = len(s)
			}
			f(s[:n], numberSlot)
			s = s[n:]
		case unicode.IsLetter(r):
			n := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
			if n < 0 {
				n = len(s)
			}
			if isDate(s[:n]) {
				f(s[:n], dateSlot)
			} else {
				f(s[:n], 0)
			}
			s = s[n:]
		default:
			n := strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || (r >= '0' && r <= '9') })
			if n < 0 {
				n = len(s)
			}
			f(s[:n], 0)
			s = s[n:]
		}
	}
}

// ErrTooFewPages is returned by Found when there are fewer pages than a
// line must be seen on.
var ErrTooFewPages = errors.New("too few pages to learn from")

// Found returns the proposed rules: every line seen on at least the share
// and the number of pages of the Options, most pages first.
func (l *Learner) Found() ([]Found, error) {
	if l.pages < l.opts.MinPages {
		return nil, fmt.Errorf("%w: %d, need at least %d", ErrTooFewPages, l.pages, l.opts.MinPages)
	}
	need := l.needed(l.pages)
	var out []Found
	for _, e := range l.lines {
		if int(e.pages) < need {
			continue
		}
		f := Found{Rule: e.text, Pages: int(e.pages), Varies: e.varies}
		if e.varies {
			f.Rule = l.regex(e.text)
		} else if rule.IsRegex(e.text) {
			// A line that is itself written between slashes would be
			// read as a regex; match it with one that names it exactly.
			f.Rule = "/(?i)^" + regexp.QuoteMeta(rule.Plain(e.text)) + "$/"
		}
		if _, err := rule.Parse(f.Rule, ""); err != nil {
			return nil, fmt.Errorf("proposed rule for %q: %w", e.text, err)
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b Found) int {
		if a.Pages != b.Pages {
			return b.Pages - a.Pages
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	return out, nil
}

// regex writes a rule for a line that came in several forms differing in
// numbers or dates: the line as first seen, case-blind, with \d+ for its
// numbers and \p{L}+ for its month and weekday names.
func (l *Learner) regex(text string) string {
	var sb strings.Builder
	sb.WriteString("/(?i)^")
	isDate := func(w string) bool { return l.dates[rule.Fold(w)] }
	forEachToken(rule.Plain(text), isDate, func(tok string, slot rune) {
		switch slot {
		case numberSlot:
			sb.WriteString(`\d+`)
		case dateSlot:
			sb.WriteString(`\p{L}+`)
		default:
			sb.WriteString(regexp.QuoteMeta(tok))
		}
	})
	sb.WriteString("$/")
	return sb.String()
}
