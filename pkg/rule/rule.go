// Package rule holds the drop and keep rules that users write in config
// files and that "unscrape learn" proposes: a literal line, matched after
// folding case, quotation marks and white space, or a /regex/ (RE2).
package rule

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Rule is one line rule. The zero value matches nothing.
type Rule struct {
	// Text is the rule as written: a literal line or "/regex/".
	Text string
	// Origin says where the rule was written, "FILE:LINE", so that
	// --explain can name it; empty for rules built in code.
	Origin string

	folded string         // a literal rule's text, folded
	re     *regexp.Regexp // a regex rule's compiled pattern
}

// IsRegex reports whether text is written as a regex rule: "/…/".
func IsRegex(text string) bool {
	return len(text) >= 2 && strings.HasPrefix(text, "/") && strings.HasSuffix(text, "/")
}

// Parse builds a rule from its written form. A text between slashes is an
// RE2 regular expression, matched against the line as Plain returns it;
// anything else is a literal line, matched whole against the line after
// both are folded with Fold.
func Parse(text, origin string) (Rule, error) {
	r := Rule{Text: text, Origin: origin}
	if IsRegex(text) {
		expr := text[1 : len(text)-1]
		if expr == "" {
			return Rule{}, errors.New("empty regex //")
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return Rule{}, fmt.Errorf("bad regex %s: %w", text, err)
		}
		r.re = re
		return r, nil
	}
	r.folded = Fold(text)
	if r.folded == "" {
		return Rule{}, fmt.Errorf("%s is empty once case, quotes and spaces are folded", strconv.Quote(text))
	}
	return r, nil
}

// MustParse is Parse for rules written in code and tests; it panics on a
// bad rule.
func MustParse(text string) Rule {
	r, err := Parse(text, "")
	if err != nil {
		panic(err)
	}
	return r
}

// Match reports whether the rule matches the line.
func (r Rule) Match(line string) bool {
	return r.match(Fold(line), Plain(line))
}

// match takes the line's folded and plain views, computed once per line by
// Set.Match.
func (r Rule) match(folded, plain string) bool {
	switch {
	case r.re != nil:
		return r.re.MatchString(plain)
	case r.folded != "":
		return r.folded == folded
	}
	return false
}

// String names the rule for --explain: its text, quoted when it is a
// literal, and where it was written.
func (r Rule) String() string {
	s := r.Text
	if r.re == nil {
		s = strconv.Quote(r.Text)
	}
	if r.Origin != "" {
		s += " (" + r.Origin + ")"
	}
	return s
}

// Set is a list of rules that matches a line in one pass: literal rules by a
// map lookup, then regex rules in order. A learned config holds hundreds of
// literals, so they must not cost a comparison each.
type Set struct {
	literal map[string]int // folded text → index of the first rule with it
	regex   []int
	rules   []Rule
}

// NewSet returns a set of the rules. The first rule that matches a line is
// the one Match reports, so rules from nearer config files go first.
func NewSet(rules []Rule) *Set {
	s := &Set{literal: make(map[string]int), rules: rules}
	for i, r := range rules {
		switch {
		case r.re != nil:
			s.regex = append(s.regex, i)
		case r.folded != "":
			if _, dup := s.literal[r.folded]; !dup {
				s.literal[r.folded] = i
			}
		}
	}
	return s
}

// Len returns the number of rules in the set.
func (s *Set) Len() int { return len(s.rules) }

// Match returns the first rule of the set that matches line.
func (s *Set) Match(line string) (Rule, bool) {
	if len(s.rules) == 0 {
		return Rule{}, false
	}
	folded := Fold(line)
	best := -1
	if i, ok := s.literal[folded]; ok {
		best = i
	}
	if len(s.regex) > 0 {
		plain := Plain(line)
		for _, i := range s.regex {
			if best >= 0 && i > best {
				break
			}
			if s.rules[i].re.MatchString(plain) {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return Rule{}, false
	}
	return s.rules[best], true
}
