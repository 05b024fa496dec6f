package score

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("snake_case, 3½ ²2 — नमस्ते café")
	// Python's \w stops at combining marks: न म (virama) स त (virama) े.
	want := []string{"snake_case", "3½", "²2", "नमस", "त", "café"}
	if !slices.Equal(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"... !", map[string]int{}},
		{"one two", map[string]int{"one\x00two": 1}},
		{"a b c d a b c d", map[string]int{"a\x00b\x00c\x00d": 2, "b\x00c\x00d\x00a": 1, "c\x00d\x00a\x00b": 1, "d\x00a\x00b\x00c": 1}},
	} {
		if got := Shingles(tc.text); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Shingles(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDir scores the invented pages of testdata against the numbers that
// /work/shared/bench/score.py printed for them (python3 score.py
// testdata/gold.json testdata/out, and its functions for each page).
func TestDir(t *testing.T) {
	g, err := LoadGold("testdata/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][2]float64{ // precision, recall
		"p1": {0.5172413793103449, 0.625},
		"p2": {0.8235294117647058, 0.7},
		"p3": {1, 1},
		"p4": {0, 0},
		"p5": {0, 0},
		"p6": {0.8235294117647058, 0.8235294117647058},
		"p7": {0, 0},
	}
	for id, want := range pages {
		out, err := ReadOutput("testdata/out", id)
		if err != nil {
			t.Fatal(err)
		}
		c := Page(g[id].Body, out)
		if p, r := c.Precision(), c.Recall(); !near(p, want[0]) || !near(r, want[1]) {
			t.Errorf("%s: precision %v recall %v, want %v", id, p, r, want)
		}
	}
	res, err := Dir(g, "testdata/out")
	if err != nil {
		t.Fatal(err)
	}
	if res.Pages != 7 || !near(res.Precision, 0.5273833671399595) || !near(res.Recall, 0.5247549019607843) || !near(res.F1, 0.5260658513178345) {
		t.Errorf("Dir = %+v", res)
	}
	if got := fmt.Sprintf("F1 %.3f  precision %.3f  recall %.3f  pages %d", res.F1, res.Precision, res.Recall, res.Pages); got != "F1 0.526  precision 0.527  recall 0.525  pages 7" {
		t.Errorf("printed %q", got)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
