// Package score measures how well a cleaned page matches the article a
// person marked as its content, with the metric of the article-extraction
// benchmark: word 4-gram shingles over \w+ tokens, true and false positives
// and false negatives counted over shingle multisets, precision and recall
// averaged over pages, F1 from the two averages.
//
// It gives the same numbers as the benchmark's reference scorer, score.py,
// down to how a page with no words counts.
package score

import (
	"math/big"
	"strings"
	"unicode"
)

// N is the shingle length in words.
const N = 4

// Counts are one page's true positives, false positives and false
// negatives, normalised to sum to 1 (all zero when neither text has a word).
type Counts struct {
	TP, FP, FN float64
}

// Tokens splits text into the runs of word characters that Python's
// \w+ matches in a str: letters, numbers and the underscore. Combining marks
// are not word characters there, and they are not here.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWord(r) })
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Shingles returns the multiset of text's N-word shingles, each keyed by
// its words joined with a NUL. A text of fewer than N words is one shingle
// of all its words; a text without words has none.
func Shingles(text string) map[string]int {
	t := Tokens(text)
	m := make(map[string]int, len(t))
	if len(t) == 0 {
		return m
	}
	for i := 0; i < max(1, len(t)-N+1); i++ {
		m[strings.Join(t[i:min(i+N, len(t))], "\x00")]++
	}
	return m
}

// Page compares the gold article with the predicted text.
func Page(gold, pred string) Counts {
	a, b := Shingles(gold), Shingles(pred)
	var tp, fp, fn int
	for k, na := range a {
		nb := b[k]
		tp += min(na, nb)
		fn += max(0, na-nb)
	}
	for k, nb := range b {
		fp += max(0, nb-a[k])
	}
	s := tp + fp + fn
	if s == 0 {
		return Counts{}
	}
	fs := float64(s)
	return Counts{float64(tp) / fs, float64(fp) / fs, float64(fn) / fs}
}

// Precision is the share of the predicted shingles that are the article's:
// 1 when nothing is wrong, 0 when nothing was predicted right.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is the share of the article's shingles that were predicted.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// Result is the score of a set of pages.
type Result struct {
	F1, Precision, Recall float64
	Pages                 int
}

// Total averages precision over the pages that predicted something and
// recall over the pages whose article has words, as score.py does: an empty
// prediction lowers recall only. The means are exact, like Python's
// statistics.mean, so that the numbers agree to the last digit.
func Total(pages []Counts) Result {
	var ps, rs []float64
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			ps = append(ps, c.Precision())
		}
		if c.TP+c.FN > 0 {
			rs = append(rs, c.Recall())
		}
	}
	p, r := mean(ps), mean(rs)
	res := Result{Precision: p, Recall: r, Pages: len(pages)}
	if p+r > 0 {
		res.F1 = 2 * p * r / (p + r)
	}
	return res
}

// mean is the exact mean of xs rounded once to a float64; 0 for none.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := new(big.Rat)
	var x big.Rat
	for _, v := range xs {
		sum.Add(sum, x.SetFloat64(v))
	}
	sum.Quo(sum, x.SetInt64(int64(len(xs))))
	f, _ := sum.Float64()
	return f
}
