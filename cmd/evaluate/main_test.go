package main

import (
	"os"
	"strings"
	"testing"
)

// benchDir is the benchmark beside the repository; it is other people's
// news and never part of it.
const benchDir = "../../../shared/bench/aeb"

func TestEvaluate(t *testing.T) {
	if _, err := os.Stat(benchDir + "/gold.json"); err != nil {
		t.Skipf("benchmark absent: %v", err)
	}
	if testing.Short() {
		t.Skip("scores 362 pages")
	}
	var out strings.Builder
	if err := run(Options{Data: benchDir, Worst: 3}, &out); err != nil {
		t.Fatal(err)
	}
	for _, st := range styles {
		if !strings.Contains(out.String(), st+" ") {
			t.Errorf("no line for %s in\n%s", st, out.String())
		}
	}
}

func TestEvaluateUnknownStyle(t *testing.T) {
	if err := run(Options{Data: t.TempDir(), Style: "lynx"}, new(strings.Builder)); err == nil {
		t.Error("unknown style accepted")
	}
}
