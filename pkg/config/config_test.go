package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestParseKeys gives every key a valid value and checks what is read.
func TestParseKeys(t *testing.T) {
	const file = `# every key
quotes: de-CH
lang: fr
filters: [unicode, structure]
skip: headings
include:
  - "*.txt"
  - "news/*.md"
exclude: "draft-*, *.bak"
format: text
front-matter: true
links: false
root: true
drop:
  - Unterstützen Sie uns mit einer Spende.
  - '/^Stand: \d+/'
keep:
  - "Share: a column about sharing"
`
	c, err := Parse("c.yaml", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Setting{
		"quotes":       {Key: "quotes", Value: "de-CH", Origin: "c.yaml:2"},
		"lang":         {Key: "lang", Value: "fr", Origin: "c.yaml:3"},
		"filters":      {Key: "filters", List: []string{"unicode", "structure"}, IsList: true, Origin: "c.yaml:4"},
		"skip":         {Key: "skip", List: []string{"headings"}, IsList: true, Origin: "c.yaml:5"},
		"include":      {Key: "include", List: []string{"*.txt", "news/*.md"}, IsList: true, Origin: "c.yaml:7"},
		"exclude":      {Key: "exclude", List: []string{"draft-*", "*.bak"}, IsList: true, Origin: "c.yaml:9"},
		"format":       {Key: "format", Value: "text", Origin: "c.yaml:10"},
		"front-matter": {Key: "front-matter", Value: "true", Origin: "c.yaml:11"},
		"links":        {Key: "links", Value: "false", Origin: "c.yaml:12"},
	}
	if !reflect.DeepEqual(c.Settings, want) {
		t.Errorf("settings:\n got %+v\nwant %+v", c.Settings, want)
	}
	if !c.Root {
		t.Error("root: true was not read")
	}
	var drop, keep []string
	for _, r := range c.Drop {
		drop = append(drop, r.Text+" @"+r.Origin)
	}
	for _, r := range c.Keep {
		keep = append(keep, r.Text+" @"+r.Origin)
	}
	if want := []string{"Unterstützen Sie uns mit einer Spende. @c.yaml:15", `/^Stand: \d+/ @c.yaml:16`}; !slices.Equal(drop, want) {
		t.Errorf("drop = %q, want %q", drop, want)
	}
	if want := []string{"Share: a column about sharing @c.yaml:18"}; !slices.Equal(keep, want) {
		t.Errorf("keep = %q, want %q", keep, want)
	}
	if !c.Drop[0].Match("unterstützen sie uns mit einer  Spende.") || !c.Drop[1].Match("Stand: 12. März") {
		t.Error("the parsed rules do not match their lines")
	}
	// Every option key of the CLI is accepted; a key added to OptionKeys
	// without a test value here would pass unnoticed otherwise.
	for _, k := range OptionKeys() {
		if _, ok := c.Settings[k]; !ok {
			t.Errorf("key %q has no value in this test", k)
		}
	}
}

func TestParseValues(t *testing.T) {
	tests := []struct {
		file string
		key  string
		want Setting
	}{
		{"quotes: auto", "quotes", Setting{Key: "quotes", Value: "auto", Origin: "c.yaml:1"}},
		{"quotes: keep", "quotes", Setting{Key: "quotes", Value: "keep", Origin: "c.yaml:1"}},
		{"quotes: ascii", "quotes", Setting{Key: "quotes", Value: "ascii", Origin: "c.yaml:1"}},
		{"lang: auto", "lang", Setting{Key: "lang", Value: "auto", Origin: "c.yaml:1"}},
		{"lang: no", "lang", Setting{Key: "lang", Value: "no", Origin: "c.yaml:1"}}, // Norwegian, not false
		{"lang: en-GB", "lang", Setting{Key: "lang", Value: "en-GB", Origin: "c.yaml:1"}},
		{"format: markdown", "format", Setting{Key: "format", Value: "markdown", Origin: "c.yaml:1"}},
		{"format: jsonl", "format", Setting{Key: "format", Value: "jsonl", Origin: "c.yaml:1"}},
		{"front-matter: false", "front-matter", Setting{Key: "front-matter", Value: "false", Origin: "c.yaml:1"}},
		{"skip: [learned]", "skip", Setting{Key: "skip", List: []string{"learned"}, IsList: true, Origin: "c.yaml:1"}},
		{"filters: []", "filters", Setting{Key: "filters", List: []string{}, IsList: true, Origin: "c.yaml:1"}},
		{"lang: &l fr\nquotes: *l", "quotes", Setting{Key: "quotes", Value: "fr", Origin: "c.yaml:1"}}, // an alias reads its anchor
	}
	for _, tt := range tests {
		c, err := Parse("c.yaml", []byte(tt.file))
		if err != nil {
			t.Errorf("%q: %v", tt.file, err)
			continue
		}
		if got := c.Settings[tt.key]; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %+v, want %+v", tt.file, got, tt.want)
		}
	}
}

func TestParseEmpty(t *testing.T) {
	for _, file := range []string{"", "# only a comment\n", "---\n", "drop:\n"} {
		c, err := Parse("c.yaml", []byte(file))
		if err != nil {
			t.Errorf("%q: %v", file, err)
			continue
		}
		if len(c.Settings) != 0 || len(c.Drop) != 0 || c.Root {
			t.Errorf("%q: got %+v, want an empty config", file, c)
		}
	}
}

// TestParseErrors: every error names the file, the line and the key.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		file, want string
	}{
		{"lang: de\nquote: ascii\n", `c.yaml:2: key "quote": unknown key (known: quotes, lang, filters, skip, include, exclude, format, front-matter, links, drop, keep, root)`},
		{"lang: de\nlang: fr\n", `c.yaml:2: key "lang": given twice (first on line 1)`},
		{"quotes: fancy\n", `c.yaml:1: key "quotes": "fancy" is not auto, keep, ascii or a language tag: language: tag is not well-formed`},
		{"\nlang: 12345678901\n", `c.yaml:2: key "lang": "12345678901" is not auto or a language tag: language: tag is not well-formed`},
		{"lang:\n", `c.yaml:1: key "lang": no value`},
		{"lang: [de, fr]\n", `c.yaml:1: key "lang": want a single value, not a list or mapping`},
		{"format: html\n", `c.yaml:1: key "format": unknown format "html" (want markdown, text, jsonl)`},
		{"front-matter: yes\n", `c.yaml:1: key "front-matter": want true or false, not "yes"`},
		{"root: 1\n", `c.yaml:1: key "root": want true or false, not "1"`},
		{"filters:\n  - unicode\n  - boilerplat\n", `c.yaml:3: key "filters": unknown filter "boilerplat" (known: unicode, learned, structure, `},
		{"skip: unicode,,headings\n", `c.yaml:1: key "skip": empty item`},
		{"skip:\n  - {a: b}\n", `c.yaml:2: key "skip": want a name, not a mapping`},
		{"include: {a: b}\n", `c.yaml:1: key "include": want a list of names, not a mapping`},
		{"exclude:\n  - \"[a-\"\n", `c.yaml:2: key "exclude": bad glob "[a-": syntax error in pattern`},
		{"drop: Subscribe now\n", `c.yaml:1: key "drop": want a list of lines, one per "- " item, not "Subscribe now"`},
		{"drop:\n  - fine line\n  - Stand: 12. März\n", `c.yaml:3: key "drop": item is a mapping, not a line; put the line in quotes`},
		{"keep:\n  - \"/a(/\"\n", `c.yaml:2: key "keep": bad regex /a(/: error parsing regexp: missing closing ): ` + "`a(`"},
		{"drop:\n  -\n", `c.yaml:2: key "drop": item is nothing, not a line; put the line in quotes`},
		{"drop:\n  - \"  \"\n", `c.yaml:2: key "drop": "  " is empty once case, quotes and spaces are folded`},
		{"lang: de\n  bad: indent\n", `c.yaml:2: mapping values are not allowed in this context`},
		{"- lang\n", `c.yaml:1: want a mapping of keys to values`},
		{"[a, b]: c\n", `c.yaml:1: a key must be a plain name`},
	}
	for _, tt := range tests {
		_, err := Parse("c.yaml", []byte(tt.file))
		if err == nil {
			t.Errorf("%q: no error, want %s", tt.file, tt.want)
			continue
		}
		// A want ending in ", " is a prefix: the list of known filters grows.
		if got := err.Error(); got != tt.want && !(strings.HasSuffix(tt.want, ", ") && strings.HasPrefix(got, tt.want)) {
			t.Errorf("%q:\n got %s\nwant %s", tt.file, err, tt.want)
		}
		var ce *Error
		if !errors.As(err, &ce) || ce.Path != "c.yaml" {
			t.Errorf("%q: error %T does not carry the path", tt.file, err)
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDiscover(t *testing.T) {
	top := t.TempDir()
	// top/.unscrape.yaml (root), top/a/.unscrape.yaml, top/a/b/c (no file).
	write(t, filepath.Join(top, FileName), "root: true\nlang: de\nformat: text\ndrop: [top rule]\n")
	write(t, filepath.Join(top, "a", FileName), "lang: fr\ndrop: [near rule]\n")
	deep := filepath.Join(top, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	cs, err := Discover(deep)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, c := range cs {
		paths = append(paths, c.Path)
	}
	want := []string{filepath.Join("..", "..", FileName), filepath.Join("..", "..", "..", FileName)}
	if !slices.Equal(paths, want) {
		t.Fatalf("Discover found %q, want %q (nearest first, stopping at root: true)", paths, want)
	}

	m := Merge(cs)
	if got := m.Settings["lang"].Value; got != "fr" {
		t.Errorf("lang = %q, want the nearest file's fr", got)
	}
	if got := m.Settings["format"]; got.Value != "text" || got.Origin != filepath.Join("..", "..", "..", FileName)+":3" {
		t.Errorf("format = %+v, want text from the parent file", got)
	}
	var rules []string
	for _, r := range m.Drop {
		rules = append(rules, r.Text)
	}
	if !slices.Equal(rules, []string{"near rule", "top rule"}) {
		t.Errorf("drop rules = %q, want the nearest file's first", rules)
	}

	// In the folder of a file, the file is ".unscrape.yaml".
	cs, err = Discover(filepath.Join(top, "a"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Path != FileName {
		t.Errorf("Discover(a) = %d configs, first %q", len(cs), cs[0].Path)
	}
}

func TestDiscoverNone(t *testing.T) {
	dir := t.TempDir()
	// A root file above the folder keeps the search from leaving the test's
	// own tree.
	write(t, filepath.Join(dir, FileName), "root: true\n")
	cs, err := Discover(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := Merge(cs)
	if len(m.Settings) != 0 || len(m.Drop) != 0 {
		t.Errorf("got %+v from an empty root file", m)
	}
}

func TestDiscoverErrors(t *testing.T) {
	top := t.TempDir()
	write(t, filepath.Join(top, FileName), "root: true\n")
	write(t, filepath.Join(top, "bad", FileName), "lang: de\nlang: fr\n")
	if err := os.MkdirAll(filepath.Join(top, "dir", FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir, want string
	}{
		{"bad", `.unscrape.yaml:2: key "lang": given twice (first on line 1)`},
		{"dir", `.unscrape.yaml: is a directory`},
	}
	for _, tt := range tests {
		_, err := Discover(filepath.Join(top, tt.dir))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Discover(%s) error = %v, want prefix %s", tt.dir, err, tt.want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "site.yaml")
	write(t, p, "drop:\n  - a line\n")
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != p || len(c.Drop) != 1 || c.Drop[0].Origin != p+":2" {
		t.Errorf("Load = %+v", c)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("Load(missing) error = %v, want one naming the file", err)
	}
}
