package textfix

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fuzzSeeds are the kinds of damage the repairs meet; the files under
// testdata/fuzz add the cases fuzzing found.
var fuzzSeeds = []string{
	"",
	"FranÃƒÂ§ais donâ€™t Ã  â\u0080\u0099",
	"&amp;quot;&#8222;Zahl&#8220; &am\u00ADp;",
	"ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¸ ß“ Ü“ «CAFÉ»",
	"ﬁ ＡＢＣ　１ 東京（ＡＰ） 👩\u200D💻 a\u200Db",
	`"Er rief 'Halt!' und lief." »Nein«, it's 5'10" 'n' Hans'`,
	"« bonjour » «\u202Fnon\u202F» \u00A0\u202F",
	"`code \"x\"` {\"k\": 1}",
	"\xff\xfe invalid \xc3",
}

// FuzzRepair: Repair never panics, returns valid UTF-8 and is idempotent.
func FuzzRepair(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Repair(s)
		if !utf8.ValidString(once) {
			t.Fatalf("Repair(%q) = %q: invalid UTF-8", s, once)
		}
		if twice := Repair(once); twice != once {
			t.Fatalf("Repair is not idempotent on %q:\n once  %q\n twice %q", s, once, twice)
		}
		if settled(s) {
			if t2, names := repairChain(s); t2 != s {
				t.Fatalf("settled(%q), but %v change it to %q", s, names, t2)
			}
		}
	})
}

// FuzzQuotes: Quotes never panics, returns valid UTF-8 and is idempotent in
// every style, on text the unicode repair has already cleaned, as in the
// pipeline.
func FuzzQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(0))
	}
	tags := append([]string{"ascii"}, QuoteStyleTags()...)
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		st, err := QuoteStyleFor(tags[int(k)%len(tags)])
		if err != nil {
			t.Fatal(err)
		}
		s = Repair(s)
		once := Repair(Quotes(s, st))
		if !utf8.ValidString(once) {
			t.Fatalf("Quotes(%q) = %q: invalid UTF-8", s, once)
		}
		if twice := Repair(Quotes(once, st)); twice != once {
			t.Fatalf("%s: not idempotent on %q:\n once  %q\n twice %q", st.Tag, s, once, twice)
		}
	})
}

// largeText is a few MB of scraped text: ordinary lines, and one line in
// sixty damaged in one of the ways the fuzz seeds are.
func largeText() string {
	var sb strings.Builder
	for _, s := range fuzzSeeds {
		for range 10 {
			for _, l := range benchLines {
				sb.WriteString(l)
				sb.WriteByte('\n')
			}
		}
		sb.WriteString(s)
		sb.WriteByte('\n')
	}
	unit := sb.String()
	return strings.Repeat(unit, (4<<20)/len(unit)+1)
}

// benchLines are what most scraped lines look like: clean, or with a few
// marks to set.
var benchLines = []string{
	"Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich kürzen, wie aus einem Entwurf hervorgeht.",
	`"Wir müssen sparen", sagte die Ministerin am Dienstag in Berlin. Die Opposition spricht von einem "Wortbruch".`,
	"Le gouvernement veut réduire l’aide aux pompes à chaleur l’an prochain, selon un projet consulté par l’AFP.",
	"The government plans to cut support for heat pumps next year, according to a draft seen by reporters; it's a \"major shift\".",
	"Foto: Max Mustermann/dpa",
	"Mehr zum Thema",
}

// largeLines returns the lines of largeText, with b's bytes set to their
// size.
func largeLines(b *testing.B) []string {
	lines := strings.Split(largeText(), "\n")
	size := 0
	for _, l := range lines {
		size += len(l) + 1
	}
	b.SetBytes(int64(size))
	return lines
}

func BenchmarkRepair(b *testing.B) {
	lines := largeLines(b)
	for b.Loop() {
		for _, l := range lines {
			Repair(l)
		}
	}
}

func BenchmarkQuotes(b *testing.B) {
	st, err := QuoteStyleFor("de")
	if err != nil {
		b.Fatal(err)
	}
	lines := largeLines(b)
	for b.Loop() {
		for _, l := range lines {
			Quotes(l, st)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	lines := largeLines(b)
	for b.Loop() {
		for _, l := range lines {
			FoldPrefix(l)
		}
	}
}

// FuzzFold: the fold keys agree with each other. Blocks derive Fold from
// FoldPrefix when FoldPrefixWords reports no digit, FoldNumbers is
// FoldPrefix with the end trimmed, and the words counted while folding are
// Words.
func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prefix, digits, words := FoldPrefixWords(s)
		if prefix != FoldPrefix(s) {
			t.Fatalf("FoldPrefixWords(%q) = %q, FoldPrefix = %q", s, prefix, FoldPrefix(s))
		}
		if words != Words(s) {
			t.Fatalf("FoldPrefixWords(%q) counts %d words, Words %d", s, words, Words(s))
		}
		if got, want := strings.TrimRightFunc(prefix, IsEdge), FoldNumbers(s); got != want {
			t.Fatalf("FoldPrefix(%q) trimmed = %q, FoldNumbers = %q", s, got, want)
		}
		if got, want := strings.TrimRightFunc(prefix, IsEdge), Fold(s); !digits && got != want {
			t.Fatalf("no digit in %q, but FoldPrefix trimmed = %q, Fold = %q", s, got, want)
		}
		if digits != strings.ContainsFunc(s, unicode.IsDigit) {
			t.Fatalf("FoldPrefixWords(%q) reports digits=%v", s, digits)
		}
	})
}

// TestApostrophesOnlyAsQuotes: where apostrophesOnly takes a line, it
// writes what the whole reading of its marks does, in every style.
func TestApostrophesOnlyAsQuotes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "b", "Z", "é", "1", " ", "'", "'", "’", "’", "‘", `"`, "«", "»", "`", ",", ".", "\xff", "\u202f"}
	styles := []string{"en", "de", "fr", "ascii"}
	taken := 0
	for range 50000 {
		var sb strings.Builder
		for range 1 + r.IntN(12) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		st, err := QuoteStyleFor(styles[r.IntN(len(styles))])
		if err != nil {
			t.Fatal(err)
		}
		got, ok := apostrophesOnly(s, st)
		if !ok {
			continue
		}
		taken++
		if want := quotesOnceRunes(s, st); got != want {
			t.Fatalf("apostrophesOnly(%q, %s) = %q, the whole reading %q", s, st.Tag, got, want)
		}
	}
	if taken < 1000 {
		t.Errorf("apostrophesOnly took %d lines: the test looks at too few", taken)
	}
}
