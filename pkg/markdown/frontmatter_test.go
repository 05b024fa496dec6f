package markdown

import (
	"slices"
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/document"
)

func TestFrontMatter(t *testing.T) {
	doc := document.Parse("# Ja: nein\n\nText.\n")
	doc.Meta.Title = "Ja: nein"
	doc.Lang = "de"
	doc.Meta.Credits = []string{"asc/dpa/AFP", "123"}
	doc.Meta.Source = "in/a.txt"
	got, err := FrontMatter(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := `---
title: 'Ja: nein'
language: de
credits:
  - asc/dpa/AFP
  - "123"
source: in/a.txt
---
`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestFrontMatterAuthors: one author is a string under "author", several
// a list under "authors"; both read back.
func TestFrontMatterAuthors(t *testing.T) {
	for _, tt := range []struct {
		authors []string
		want    string
	}{
		{[]string{"Max Beispiel"}, "---\nauthor: Max Beispiel\n---\n"},
		{[]string{"Jane Doe", "John Roe"}, "---\nauthors:\n  - Jane Doe\n  - John Roe\n---\n"},
	} {
		doc := &document.Document{Meta: document.Meta{Authors: tt.authors}}
		got, err := FrontMatter(doc)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != tt.want {
			t.Errorf("%q: got\n%s\nwant\n%s", tt.authors, got, tt.want)
		}
		back := document.Parse(string(got) + "\nText.\n")
		if err := ReadFrontMatter(back); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(back.Meta.Authors, tt.authors) {
			t.Errorf("%q read back as %q", tt.authors, back.Meta.Authors)
		}
	}
}

func TestFrontMatterOmitsUnknownAndStdin(t *testing.T) {
	doc := &document.Document{Meta: document.Meta{Source: "-"}}
	got, err := FrontMatter(doc)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "---\n---\n" {
		t.Errorf("got %q, want an empty front matter", got)
	}
}

// TestFrontMatterRoundTrip: what FrontMatter writes, Parse and
// ReadFrontMatter read back, and keys unscrape does not know survive.
func TestFrontMatterRoundTrip(t *testing.T) {
	in := "---\nlayout: post\ntitle: Alt\ncredits: mmo/dpa\nsource: first.txt\ntags:\n  - a\n  - b\n---\n\n# Neu\n\nText.\n"
	doc := document.Parse(in)
	if err := ReadFrontMatter(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Source != "first.txt" || !slices.Equal(doc.Meta.Credits, []string{"mmo/dpa"}) || doc.Meta.Title != "Alt" {
		t.Errorf("read %+v", doc.Meta)
	}
	if len(doc.Blocks) != 2 || doc.Blocks[0].Text != "Neu" || doc.Blocks[0].Line != 11 {
		t.Errorf("blocks after the front matter: %+v", doc.Blocks)
	}
	doc.Meta.Title = "Neu"
	doc.Meta.Credits = append(doc.Meta.Credits, "Reuters")
	got, err := FrontMatter(doc)
	if err != nil {
		t.Fatal(err)
	}
	want := "---\ntitle: Neu\ncredits:\n  - mmo/dpa\n  - Reuters\nsource: first.txt\nlayout: post\ntags:\n  - a\n  - b\n---\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestReadFrontMatterErrors(t *testing.T) {
	for _, in := range []string{
		"---\ntitle: [unclosed\n---\ntext\n",
		"---\n- a list\n---\ntext\n",
	} {
		doc := document.Parse(in)
		if err := ReadFrontMatter(doc); err == nil || !strings.HasPrefix(err.Error(), "front matter") {
			t.Errorf("ReadFrontMatter(%q) error = %v, want a front matter error", in, err)
		}
	}
}

// TestFrontMatterReadBack: front matter FrontMatter writes is front matter
// to document.Parse, whatever keys the input's front matter had: the YAML
// encoder quotes some keys and writes long ones as complex keys, and a
// second run that read them as text would not be idempotent (FuzzClean
// found "-", "0:", "? 7%" and an indented mapping).
func TestFrontMatterReadBack(t *testing.T) {
	lines := []string{
		"a: v", "-: v", "0:: v", "a:b: v", "a-b: v", "_: v", "null: v", "true: v", "y: v",
		"1e3: v", "0x10: v", "-1: v", "01: v", "é: v", "k: 'v'", `'q': v`, `"d": v`,
		strings.Repeat("k", 130) + ": v", "? k\n: v", "k: |\n  v",
		"? 7%\n: v", "? a b\n: v", "? ~\n: v", "? [a, b]\n: v", "? " + strings.Repeat("k ", 70) + "\n: v",
	}
	for _, l := range lines {
		doc := document.Parse("---\n" + l + "\n---\nText.\n")
		if doc.Meta.FrontMatter == "" {
			t.Errorf("%q is not read as front matter", l)
			continue
		}
		out, err := FrontMatter(doc)
		if err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		again := document.Parse(string(out) + "\nText.\n")
		if again.Meta.FrontMatter == "" {
			t.Errorf("%q: front matter written back is not read again:\n%s", l, out)
			continue
		}
		m, err := frontMatterMap(again.Meta.FrontMatter)
		if err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if n := len(m.Content); n != 2 || strings.TrimSpace(m.Content[1].Value) != "v" {
			t.Errorf("%q: written back as\n%s", l, out)
		}
	}
}

// TestFrontMatterUnreadable: front matter that would not read again once
// written back is refused with an error, not written for the next run to
// read as text (FuzzClean found an anchor on a key, "&- \"\":").
func TestFrontMatterUnreadable(t *testing.T) {
	doc := document.Parse("---\n? &a k\n: v\n---\nText.\n")
	if doc.Meta.FrontMatter == "" {
		t.Fatal("not read as front matter")
	}
	if out, err := FrontMatter(doc); err == nil || !strings.Contains(err.Error(), "would not read as front matter") {
		t.Errorf("FrontMatter = %q, %v; want an error", out, err)
	}
}
