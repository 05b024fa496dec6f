package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/unscrape/unscrape/pkg/config"
)

// allFlags is a flag set with a flag for every config option key, as the
// root command has them (some are added by other parts of the CLI), so
// that every key is tested against a flag of its name and kind.
func allFlags() *pflag.FlagSet {
	fs := pflag.NewFlagSet("unscrape", pflag.ContinueOnError)
	fs.String("quotes", "auto", "")
	fs.String("lang", "auto", "")
	fs.StringSlice("filters", nil, "")
	fs.StringSlice("skip", nil, "")
	fs.StringSlice("include", []string{"*.txt", "*.md"}, "")
	fs.StringSlice("exclude", nil, "")
	fs.String("format", "markdown", "")
	fs.Bool("front-matter", false, "")
	fs.Bool("links", false, "")
	return fs
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConfigPrecedence: a flag beats the nearest file, which beats the
// file above it; every key sets the flag of its name.
func TestConfigPrecedence(t *testing.T) {
	top := t.TempDir()
	writeFile(t, filepath.Join(top, config.FileName), `root: true
quotes: ascii
lang: de
filters: [unicode, structure]
skip: [headings]
include: ["*.text", "a,b.txt"]
exclude: [drafts/*]
format: text
front-matter: true
links: true
drop: [parent line]
`)
	writeFile(t, filepath.Join(top, "site", config.FileName), `lang: fr
skip: [structure]
front-matter: false
drop: [near line]
keep: [kept line]
`)
	tests := []struct {
		name string
		args []string
		want map[string]string // flag → value after the config is loaded
	}{
		{"files only", nil, map[string]string{
			"quotes":       "ascii",               // parent
			"lang":         "fr",                  // nearest beats parent
			"filters":      "[unicode,structure]", // parent
			"skip":         "[structure]",         // nearest list replaces the parent's
			"include":      `[*.text,"a,b.txt"]`,  // replaces the default, items kept whole
			"exclude":      "[drafts/*]",          // parent
			"format":       "text",                // parent
			"front-matter": "false",               // nearest false beats parent true
			"links":        "true",                // parent
		}},
		{"flags beat files", []string{"--lang", "en", "--skip", "unicode", "--front-matter", "--include", "*.md", "--quotes", "keep", "--format", "markdown", "--filters", "headings", "--exclude", "x", "--links=false"}, map[string]string{
			"quotes":       "keep",
			"lang":         "en",
			"filters":      "[headings]",
			"skip":         "[unicode]",
			"include":      "[*.md]",
			"exclude":      "[x]",
			"format":       "markdown",
			"front-matter": "true",
			"links":        "false",
		}},
	}
	t.Chdir(filepath.Join(top, "site"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := allFlags()
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			rules, err := loadConfig(fs, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, key := range config.OptionKeys() {
				fl := fs.Lookup(key)
				if got := fl.Value.String(); got != tt.want[key] {
					t.Errorf("%s = %s, want %s", key, got, tt.want[key])
				}
			}
			var drop []string
			for _, r := range rules.Drop {
				drop = append(drop, r.String())
			}
			if got, want := strings.Join(drop, "; "), `"near line" (.unscrape.yaml:4); "parent line" (../.unscrape.yaml:11)`; got != want {
				t.Errorf("drop rules = %s, want %s", got, want)
			}
			if len(rules.Keep) != 1 || rules.Keep[0].Text != "kept line" {
				t.Errorf("keep rules = %v", rules.Keep)
			}
		})
	}

	// --config FILE replaces the lookup: only its keys apply.
	other := filepath.Join(top, "other.yaml")
	writeFile(t, other, "format: markdown\n")
	fs := allFlags()
	rules, err := loadConfig(fs, other)
	if err != nil {
		t.Fatal(err)
	}
	if got := fs.Lookup("lang").Value.String(); got != "auto" {
		t.Errorf("with --config, lang = %s, want the flag default", got)
	}
	if len(rules.Drop) != 0 {
		t.Errorf("with --config, drop rules of other files applied: %v", rules.Drop)
	}
}

// TestConfigExitCode: a bad config is exit code 2 with one line naming
// file, line and key, and no output.
func TestConfigExitCode(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, config.FileName), "root: true\nlang: de\nformat: [text]\n")
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := Main([]string{"-"}, strings.NewReader("Headline\n\nBody text of the article.\n"), &out, &errb)
	if code != exitError {
		t.Errorf("exit code %d, want %d", code, exitError)
	}
	if out.Len() != 0 {
		t.Errorf("wrote %q to stdout", out.String())
	}
	if want := "unscrape: .unscrape.yaml:3: key \"format\": want a single value, not a list or mapping\n"; errb.String() != want {
		t.Errorf("stderr = %q, want %q", errb.String(), want)
	}
}
