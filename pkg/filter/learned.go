package filter

import (
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/rule"
)

// LearnedName is the registry name of the filter that applies the rules of
// config files and learn runs.
const LearnedName = "learned"

func init() {
	register(Spec{
		Name:        LearnedName,
		Description: "apply the drop: and keep: rules of .unscrape.yaml and of \"unscrape learn\"",
		Rank:        15,
		Default:     true,
		New:         newLearned,
	})
}

// The rules run at rank 15, right after the Unicode repair and before every
// filter that judges a line by its neighbours or its place:
//   - after unicode (10), so a rule written against clean output also
//     matches the input with its soft hyphens and odd spaces;
//   - before structure (20), which takes the first live line as the title
//     when there is no "#" heading: a site's slogan above every headline
//     must be gone by then;
//   - before boilerplate (30), so that a keep rule can protect a line from
//     the phrase packs;
//   - before dedupe, content and headings (40–70), which weigh a line by
//     the lines around it: a donation appeal between a subheading and its
//     text must not decide what the subheading is.

// learned applies drop and keep rules. A keep rule wins: it marks the line
// kept, which no filter's drop (drop rules included) overrides.
type learned struct {
	drop, keep *rule.Set
}

func newLearned(opts Options) (Applier, error) {
	if len(opts.Rules.Drop) == 0 && len(opts.Rules.Keep) == 0 {
		return ApplyFunc(func(*document.Document) error { return nil }), nil
	}
	return &learned{drop: rule.NewSet(opts.Rules.Drop), keep: rule.NewSet(opts.Rules.Keep)}, nil
}

func (l *learned) Apply(doc *document.Document) error {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if _, ok := l.keep.Match(b.Text); ok {
			b.Kept = true
			continue
		}
		if r, ok := l.drop.Match(b.Text); ok {
			b.Drop(LearnedName, "drop rule "+r.String())
		}
	}
	return nil
}

// Before returns the default filters that run before the named one, in
// order. "unscrape learn" runs them over each page so that it mines lines in
// the form the learned filter will see them.
func Before(name string) []string {
	s, ok := Lookup(name)
	if !ok {
		return nil
	}
	var out []string
	for _, r := range registry {
		if r.Rank < s.Rank && r.Default {
			out = append(out, r.Name)
		}
	}
	return out
}
