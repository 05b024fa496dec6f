// Package filter holds unscrape's filters, the registry that names them and
// the Pipeline that runs them in their documented order.
//
// A filter is one file in this package: a type with Name, Description and
// Apply, and an init function that registers it with its rank. Everything a
// filter knows about a language comes from data files, never from code.
package filter

import (
	"fmt"
	"slices"
	"strings"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/rule"
)

// The filters' slots of document.Block.Memo.
const (
	creditMemo   = iota // blockCredit's kind of credit
	lineMemo            // the Kind a line was found clean by itself as (boilerplate)
	quoteMemo           // the line's marks are in the document's style (quotes)
	phraseMemo          // the class of phrase the line matches, 0 for none (phraseClass)
	placedMemo          // the credits filter has placed the line, if a credit (placeCredits)
	repairedMemo        // the unicode filter has repaired the line (repairUnicode)
)

// Filter is one cleaning stage.
type Filter interface {
	// Name is the registry name used by --filters, --skip and --explain.
	Name() string
	// Description is one line for "unscrape filters".
	Description() string
	Applier
}

// Applier is the work of a filter.
type Applier interface {
	// Apply marks, changes or re-kinds blocks of doc. It never removes a
	// block from doc.Blocks: dropped blocks stay, marked, for --explain.
	Apply(doc *document.Document) error
}

// Settler is an Applier whose judgement depends on blocks that filters
// after it may still drop. Its Settle runs once the whole pipeline has
// run, on the blocks that stay, and so sees the document as a second run
// over unscrape's output sees it: without that, a judgement made at the
// filter's rank could differ from the next run's, and cleaning the output
// again would change it.
type Settler interface {
	Settle(doc *document.Document) error
}

// ApplyFunc lets a plain function be an Applier.
type ApplyFunc func(doc *document.Document) error

// Apply calls f.
func (f ApplyFunc) Apply(doc *document.Document) error { return f(doc) }

// registered is a Filter made of its Spec and the Applier Spec.New built.
type registered struct {
	spec *Spec
	Applier
}

func (r registered) Name() string        { return r.spec.Name }
func (r registered) Description() string { return r.spec.Description }

// Options configures the filters of one run. The zero value is the default
// behaviour.
type Options struct {
	// Quotes is the --quotes style: "auto", "keep", "ascii" or a BCP 47 tag.
	Quotes string
	// Rules are extra drop/keep rules from config files and learn runs.
	Rules Rules
}

// Rules are the drop and keep rules of config files and learn runs, which
// the learned filter applies. Rules of nearer config files come first.
type Rules struct {
	Drop []rule.Rule
	Keep []rule.Rule
}

// Spec describes a registered filter.
type Spec struct {
	Name        string
	Description string
	// Rank fixes the filter's place in the pipeline: lower runs first.
	Rank int
	// Default says whether the filter runs when --filters is not given.
	Default bool
	// New builds the filter's work for one run's options.
	New func(Options) (Applier, error)
}

// registry is filled by the init functions of the filter files and never
// written afterwards; it is the only package-level state.
var registry []Spec

func register(s Spec) {
	i, _ := slices.BinarySearchFunc(registry, s.Rank, func(a Spec, r int) int { return a.Rank - r })
	registry = slices.Insert(registry, i, s)
}

// Specs returns every registered filter in pipeline order.
func Specs() []Spec {
	return slices.Clone(registry)
}

// Lookup returns the spec of the named filter.
func Lookup(name string) (Spec, bool) {
	for _, s := range registry {
		if s.Name == name {
			return s, true
		}
	}
	return Spec{}, false
}

// maxSettleRounds bounds the rounds of settling: a round that changed
// something is followed by one that checks nothing more changes.
const maxSettleRounds = 4

// Pipeline is a chosen, ordered set of filters.
type Pipeline struct {
	filters []Filter
	// settlers are the filters that settle, in pipeline order.
	settlers []settler
}

// settler is a filter that settles, with its name for errors.
type settler struct {
	name string
	Settler
}

// Select returns the names of the filters to run: the given list (or the
// default set when only is empty) minus skip, in pipeline order. Unknown names
// are an error naming them.
func Select(only, skip []string) ([]string, error) {
	for _, n := range append(slices.Clone(only), skip...) {
		if _, ok := Lookup(n); !ok {
			return nil, fmt.Errorf("unknown filter %q (known: %s)", n, strings.Join(names(), ", "))
		}
	}
	var out []string
	for _, s := range registry {
		want := s.Default
		if len(only) > 0 {
			want = slices.Contains(only, s.Name)
		}
		if want && !slices.Contains(skip, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out, nil
}

func names() []string {
	out := make([]string, len(registry))
	for i, s := range registry {
		out[i] = s.Name
	}
	return out
}

// NewPipeline builds the named filters, which must be in pipeline order (as
// Select returns them).
func NewPipeline(names []string, opts Options) (*Pipeline, error) {
	p := &Pipeline{}
	for _, n := range names {
		s, ok := Lookup(n)
		if !ok {
			return nil, fmt.Errorf("unknown filter %q", n)
		}
		f, err := s.New(opts)
		if err != nil {
			return nil, fmt.Errorf("filter %s: %w", n, err)
		}
		p.filters = append(p.filters, registered{spec: &s, Applier: f})
		if st, ok := f.(Settler); ok {
			p.settlers = append(p.settlers, settler{n, st})
		}
	}
	return p, nil
}

// Names returns the names of the pipeline's filters in order.
func (p *Pipeline) Names() []string {
	out := make([]string, len(p.filters))
	for i, f := range p.filters {
		out[i] = f.Name()
	}
	return out
}

// Has reports whether the pipeline runs the named filter.
func (p *Pipeline) Has(name string) bool {
	return slices.Contains(p.Names(), name)
}

// Apply runs every filter over doc in order.
func (p *Pipeline) Apply(doc *document.Document) error {
	for _, f := range p.filters {
		if err := f.Apply(doc); err != nil {
			return fmt.Errorf("%s: %w", f.Name(), err)
		}
	}
	// One settler's verdict can change another's (dedupe drops a line
	// that ended boilerplate's tail), so they settle until none changes
	// anything more. Every drop and change adds a note, which makes the
	// notes a change counter.
	for range maxSettleRounds {
		before := doc.Notes()
		for _, s := range p.settlers {
			if err := s.Settle(doc); err != nil {
				return fmt.Errorf("%s: %w", s.name, err)
			}
		}
		if doc.Notes() == before {
			break
		}
	}
	doc.NestLists()
	return nil
}
