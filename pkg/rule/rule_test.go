package rule

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Hello World", "hello world"},
		{"  Hello \t  World  ", "hello world"},
		{"„Zitat“ und ‚so‘", "zitat und so"},
		{"« Bonjour » dit-il", "bonjour dit-il"},
		{"«Bonjour» dit-il", "bonjour dit-il"},
		{`"Quoted" don't`, "quoted dont"},
		{"Don’t", "dont"},
		{"STRASSE Straße", "strasse strasse"},
		{"ﬁne ＡＢＣ", "fine abc"},
		{"Wait…", "wait..."},
		{"non\u00a0breaking\u2009thin", "non breaking thin"},
		{"", ""},
		{"„“", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(Fold(tt.in)); got != Fold(tt.in) {
			t.Errorf("Fold is not idempotent on %q: %q", tt.in, got)
		}
	}
}

func TestPlain(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"„Zitat“ und ‚so‘", `"Zitat" und 'so'`},
		{"«Bonjour»  ‹toi›", `"Bonjour" 'toi'`},
		{"It’s  Fine", "It's Fine"},
		{" a\u00a0b ", "a b"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		text    string
		wantErr string // empty: no error
		regex   bool
	}{
		{text: "Support us with a donation.", regex: false},
		{text: "/^Updated \\d+/", regex: true},
		{text: "/", regex: false}, // one slash is a literal line
		{text: "//", wantErr: "empty regex"},
		{text: "/a(/", wantErr: "bad regex /a(/: error parsing regexp"},
		{text: "/(?<name>x)/", regex: true},
		{text: "  ", wantErr: "is empty once case, quotes and spaces are folded"},
		{text: "„“", wantErr: "is empty"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.text, "f.yaml:3")
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Parse(%q) error = %v, want %q", tt.text, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if got := r.re != nil; got != tt.regex {
			t.Errorf("Parse(%q) regex = %v, want %v", tt.text, got, tt.regex)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		rule, line string
		want       bool
	}{
		// Literals match the whole line after folding.
		{"Support us with a donation.", "support   us with a DONATION.", true},
		{"Support us with a donation.", "Support us with a donation. Thanks!", false},
		{"Sagen Sie „Danke“.", `Sagen Sie "Danke".`, true},
		{"Sagen Sie „Danke“.", "Sagen Sie «Danke».", true},
		{"Sagen Sie „Danke“.", "Sagen Sie Danke!", false},
		// Regexes see the plain line: ASCII quotes, folded spaces, case kept.
		{`/^Updated \d+ March$/`, "Updated  12 March", true},
		{`/^Updated \d+ March$/`, "updated 12 March", false},
		{`/(?i)^updated \d+ march$/`, "Updated 12 March", true},
		{`/^Er sagte "ja"\.$/`, "Er sagte „ja“.", true},
		{`/Spende/`, "Mit Ihrer Spende helfen Sie.", true},
		{`/Spende/`, "Mit Ihrem Beitrag helfen Sie.", false},
	}
	for _, tt := range tests {
		r := MustParse(tt.rule)
		if got := r.Match(tt.line); got != tt.want {
			t.Errorf("rule %s Match(%q) = %v, want %v", tt.rule, tt.line, got, tt.want)
		}
		s := NewSet([]Rule{r})
		if _, got := s.Match(tt.line); got != tt.want {
			t.Errorf("set of %s Match(%q) = %v, want %v", tt.rule, tt.line, got, tt.want)
		}
	}
	if (Rule{}).Match("") || (Rule{}).Match("anything") {
		t.Error("the zero Rule matched")
	}
}

// TestSetFirstRule: when several rules match, the set reports the first, so
// that a nearer config file's rule is the one --explain names.
func TestSetFirstRule(t *testing.T) {
	rules := []Rule{
		mustParseAt(t, "/Spende/", "near:1"),
		mustParseAt(t, "Bitte spenden Sie jetzt.", "near:2"),
		mustParseAt(t, "/spenden/", "far:1"),
		mustParseAt(t, "Bitte spenden Sie jetzt.", "far:2"),
	}
	s := NewSet(rules)
	tests := []struct {
		line, origin string
	}{
		{"Bitte spenden Sie jetzt.", "near:2"},
		{"Eine Spende hilft.", "near:1"},
		{"Wir bitten Sie zu spenden.", "far:1"},
		{"Nichts davon.", ""},
	}
	for _, tt := range tests {
		r, ok := s.Match(tt.line)
		if r.Origin != tt.origin || ok != (tt.origin != "") {
			t.Errorf("Match(%q) = %q, %v; want %q", tt.line, r.Origin, ok, tt.origin)
		}
	}
	if s.Len() != 4 {
		t.Errorf("Len = %d, want 4", s.Len())
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		rule, origin, want string
	}{
		{"Bitte spenden.", "a.yaml:4", `"Bitte spenden." (a.yaml:4)`},
		{"/^x$/", "a.yaml:5", `/^x$/ (a.yaml:5)`},
		{"/^x$/", "", `/^x$/`},
	}
	for _, tt := range tests {
		if got := mustParseAt(t, tt.rule, tt.origin).String(); got != tt.want {
			t.Errorf("String() = %s, want %s", got, tt.want)
		}
	}
}

func mustParseAt(t *testing.T, text, origin string) Rule {
	t.Helper()
	r, err := Parse(text, origin)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
