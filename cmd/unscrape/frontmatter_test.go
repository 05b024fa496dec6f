package main

import (
	"bytes"
	"strings"
	"testing"
)

const article = `Energiekrise
Netzagentur rechnet mit stabiler Gasversorgung im Winter

Die Gasspeicher sind zu mehr als 85 Prozent gefüllt. Die Behörde hält eine Mangellage im Winter für weniger wahrscheinlich.

Die Füllstände sind in den vergangenen Wochen schneller gestiegen als erwartet, sagte der Präsident der Behörde in Bonn.

Podcast Cover

mmo/dpa
Die Wiedergabe wurde unterbrochen.
`

func clean(t *testing.T, in string, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if code := Main(args, strings.NewReader(in), &out, &errb); code != exitOK {
		t.Fatalf("unscrape %v: exit %d: %s", args, code, errb.String())
	}
	return out.String(), errb.String()
}

func TestFrontMatterFlag(t *testing.T) {
	out, _ := clean(t, article, "--front-matter")
	want := `---
title: 'Energiekrise: Netzagentur rechnet mit stabiler Gasversorgung im Winter'
language: de
credits:
  - mmo/dpa
---

# Energiekrise: Netzagentur rechnet mit stabiler Gasversorgung im Winter
`
	if !strings.HasPrefix(out, want) {
		t.Errorf("output starts\n%s\nwant\n%s", out, want)
	}
	// A second run, with or without the flag, keeps the front matter.
	for _, args := range [][]string{{"--front-matter"}, nil} {
		again, _ := clean(t, out, args...)
		if again != out {
			t.Errorf("unscrape %v on its own output changed it:\n%s\nwas\n%s", args, again, out)
		}
	}
}

func TestExplainDrops(t *testing.T) {
	_, explain := clean(t, article, "--explain")
	for _, want := range []string{
		"-:8: boilerplate: podcast widget: Podcast Cover",
		"-:10: credits: agency credit moved to metadata: mmo/dpa",
		"-:11: boilerplate: media player: Die Wiedergabe wurde unterbrochen.",
	} {
		if !strings.Contains(explain, want+"\n") {
			t.Errorf("--explain lacks %q:\n%s", want, explain)
		}
	}
}

// TestFrontMatterAuthor: the byline leaves the body and its name is the
// front matter's author; cleaning the output again keeps it.
func TestFrontMatterAuthor(t *testing.T) {
	in := strings.Replace(article, "im Winter\n\n", "im Winter\n\nVon Anna Beispiel, Berlin\n\n", 1)
	out, _ := clean(t, in, "--front-matter")
	if !strings.Contains(out, "\nauthor: Anna Beispiel\n") || strings.Contains(out, "Von Anna") {
		t.Errorf("byline not moved to the front matter:\n%s", out)
	}
	if again, _ := clean(t, out); again != out {
		t.Errorf("second run changed the output:\n%s", again)
	}
}
