package main

import (
	"os"
	"path/filepath"
	"slices"
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
	for _, st := range benchStyles {
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

func TestStyles(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"lynx", ".cache", "html2text", "htmltext"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "gold.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := styles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"htmltext", "html2text", "lynx"}; !slices.Equal(got, want) {
		t.Errorf("styles = %q, want %q", got, want)
	}
}
