package textfix

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/width"
)

type pair struct{ in, want string }

func run(t *testing.T, name string, f func(string) string, tests []pair) {
	t.Helper()
	for _, tt := range tests {
		got := f(tt.in)
		if got != tt.want {
			t.Errorf("%s(%q)\n  = %q\nwant %q", name, tt.in, got, tt.want)
		}
		if again := f(got); again != got {
			t.Errorf("%s is not idempotent on %q: %q", name, got, again)
		}
	}
}

func TestEntities(t *testing.T) {
	run(t, "Entities", Entities, []pair{
		{"Fish &amp; Chips", "Fish & Chips"},
		{"&quot;Hallo&quot;, sagte er", `"Hallo", sagte er`},
		{"caf&eacute; &#233; &#xE9; &#XE9;", "café é é é"},
		{"&bdquo;Ja&ldquo; &ndash; &hellip;", "„Ja“ – …"},
		{"10&nbsp;km", "10\u00A0km"},
		{"&amp;quot;twice&amp;quot;", `"twice"`},
		{"&#8222;Zahl&#8220;", "„Zahl“"},
		{"&#150; Windows-1252 range", "– Windows-1252 range"},
		// Must not change: no semicolon, unknown names, plain ampersands.
		{"AT&T and R&D", "AT&T and R&D"},
		{"?a=1&copy=2&lang=de", "?a=1&copy=2&lang=de"},
		{"&nosuchentity; &; &#;", "&nosuchentity; &; &#;"},
		{"Tom & Jerry", "Tom & Jerry"},
	})
}

func TestMojibake(t *testing.T) {
	run(t, "Mojibake", Mojibake, []pair{
		// UTF-8 read as Windows-1252.
		{"FranÃ§ais", "Français"},
		{"donâ€™t", "don’t"},
		{"â€žZitatâ€œ", "„Zitat“"},
		{"Ã¼ber MÃ¼nchen nach KÃ¶ln", "über München nach Köln"},
		{"StraÃŸe", "Straße"},
		{"Preis: 5 â‚¬", "Preis: 5 €"},
		{"Marke Foobarâ„¢", "Marke Foobar™"},
		{"ZaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„", "Zażółć gęślą jaźń"},
		{"PÅ™Ã­liÅ¡ Å¾luÅ¥ouÄ\u008dkÃ½", "Příliš žluťoučký"},
		{"jÃ¶vÅ‘ Ã©vi", "jövő évi"},
		{"ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¸ Ð¿Ð¾ÐºÐ°", "Привет и пока"},
		{"Î•Î»Î»Î¬Î´Î±", "Ελλάδα"},
		{"æ—¥æœ¬èªž", "日本語"},
		{"Emoji ðŸ˜€!", "Emoji 😀!"},
		{"ViÃªt Nam, Viá»‡t", "Viêt Nam, Việt"},
		{"ï»¿BOM", "\uFEFFBOM"},
		// Read twice.
		{"FranÃƒÂ§ais", "Français"},
		{"donÃ¢â‚¬â„¢t", "don’t"},
		// UTF-8 read as Latin-1: the C1 range became control characters.
		{"donâ\u0080\u0099t", "don’t"},
		// The no-break space of "à" and of "Â " became a plain space.
		{"voilÃ  tout", "voilà tout"},
		{"il est Ã  Paris", "il est à Paris"},
		// Any white space around it stands for a space.
		{"il est\tÃ \tParis", "il est\tà\tParis"},
		{"100Â km", "100 km"},
		// Must not change: legitimate Ã, â and capitals before quotes.
		{"SÃO PAULO e NÃO", "SÃO PAULO e NÃO"},
		{"Ã frente", "Ã frente"},
		{"château, pâte, âge", "château, pâte, âge"},
		{"„Fuß“, „Spaß“ und „Gruß“", "„Fuß“, „Spaß“ und „Gruß“"},
		{"„ÜBER“ und „Ö“ und »Ä«", "„ÜBER“ und „Ö“ und »Ä«"},
		{"«CAFÉ» und «DÉJÀ»", "«CAFÉ» und «DÉJÀ»"},
		{"Das Jahr 2024 – Ähnliches", "Das Jahr 2024 – Ähnliches"},
		{"Ärger “Zitat”", "Ärger “Zitat”"},
		{"Größe ± 5 °C", "Größe ± 5 °C"},
		{"½ × 3", "½ × 3"},
	})
}

func TestLigatures(t *testing.T) {
	run(t, "Ligatures", Ligatures, []pair{
		{"Der Eﬀekt der Oﬃzierin ist ﬂach und ﬁnal", "Der Effekt der Offizierin ist flach und final"},
		{"ﬃ ﬄ ﬅ ﬆ", "ffi ffl st st"},
		// Other compatibility characters mean something.
		{"m² ½ ™ ĳ", "m² ½ ™ ĳ"},
	})
}

func TestWidth(t *testing.T) {
	run(t, "Width", Width, []pair{
		{"ＡＢＣ　１２３！", "ABC 123!"},
		{"Ｔｅｓｔ", "Test"},
		// CJK text keeps its full-width punctuation and space.
		{"東京（ＡＰ）、２０２４年。", "東京（AP）、2024年。"},
		{"ｶﾀｶﾅ", "ｶﾀｶﾅ"},
	})
}

func TestSpaces(t *testing.T) {
	run(t, "Spaces", Spaces, []pair{
		{"  a  b\tc  ", "a b c"},
		{"10\u00A0km\u2009weit\u202Fund\u3000so", "10 km weit und so"},
		{"Silben\u00ADtrennung", "Silbentrennung"},
		{"zero\u200Bwidth\u2060joiner\uFEFF", "zerowidthjoiner"},
		{"ctrl\u0007\u009Fchars\u0085NEL", "ctrlchars NEL"},
		{"\u200Eleft\u200F", "left"},
		{"line\nbreak\r", "line break"},
		// Joiners that carry meaning stay.
		{"👩\u200D💻", "👩\u200D💻"},
		{"می\u200Cخواهم", "می\u200Cخواهم"},
		// A run of joiners joins nothing (FuzzClean found it).
		{"\u200C\u200C\u200Cى\u200Dا", "ى\u200Dا"},
		{"a\u200Db", "ab"},
		// A narrow no-break space inside guillemets stays; elsewhere it goes.
		{"« \u202FBonjour\u202F »", "« Bonjour »"},
		{"«\u202FBonjour\u202F»", "«\u202FBonjour\u202F»"},
		{"a\u202Fb", "a b"},
		// Dashes are left as they are.
		{"a – b — c ‒ d", "a – b — c ‒ d"},
	})
}

func TestRepair(t *testing.T) {
	run(t, "Repair", Repair, []pair{
		{"", ""},
		{"plain", "plain"},
		{"&Atilde;&copy;t&Atilde;&copy;", "été"},
		{"Caf\u0065\u0301 &amp; ﬁsh", "Café & fish"},
		{"&am\u00ADp;", "&"},
		{"\xff bad \xc3", "\uFFFD bad \uFFFD"},
		{"Donâ€™t  â€“ ok\u00A0", "Don’t – ok"},
	})
}

func TestQuoteStyleFor(t *testing.T) {
	tests := []struct {
		tag, want string
		open      string
	}{
		{"de", "de", "„“‚‘"},
		{"de-AT", "de-AT", "„“‚‘"},
		{"de-LU", "de", "„“‚‘"},
		{"de-DE", "de", "„“‚‘"},
		{"de-CH", "de-CH", "«»‹›"},
		{"gsw", "de", "„“‚‘"},
		{"en", "en", "“”‘’"},
		{"en-GB", "en-GB", "“”‘’"},
		{"en-US", "en", "“”‘’"},
		{"fr", "fr", "«»«»"},
		{"fr-BE", "fr", "«»«»"},
		{"fr-CH", "fr-CH", "«»‹›"},
		{"es", "es", "“”‘’"},
		{"it", "it", "«»“”"},
		{"nl", "nl", "‘’‘’"},
		{"pl", "pl", "„”«»"},
		{"cs", "cs", "„“‚‘"},
		{"sv", "sv", "””’’"},
		{"pt-BR", "pt", "“”‘’"},
		{"pt-AO", "pt-PT", "«»“”"},
		{"ru", "ru", "«»„“"},
		{"ja", "ja", "「」『』"},
		{"zh-TW", "zh-Hant", "「」『』"},
		{"ascii", "ascii", `""''`},
	}
	for _, tt := range tests {
		st, err := QuoteStyleFor(tt.tag)
		if err != nil {
			t.Errorf("QuoteStyleFor(%q): %v", tt.tag, err)
			continue
		}
		got := string([]rune{st.Open[0], st.Close[0], st.Open[1], st.Close[1]})
		if st.Tag != tt.want || got != tt.open {
			t.Errorf("QuoteStyleFor(%q) = %s %s, want %s %s", tt.tag, st.Tag, got, tt.want, tt.open)
		}
	}
	for _, bad := range []string{"xx", "fa", "he", "ar", "", "de_DE_x"} {
		if _, err := QuoteStyleFor(bad); err == nil {
			t.Errorf("QuoteStyleFor(%q) gave no error", bad)
		}
	}
}

func TestQuoteTable(t *testing.T) {
	bad := []string{
		"de „ “ ‚",
		"de „ “ ‚ ‘ wide",
		"xx-!! „ “ ‚ ‘",
		"de „ “ ‚ x",
		"de-CH « » ‹ › not=",
		"de-CH « » ‹ › but=ß",
		"# only comments",
	}
	for _, b := range bad {
		if _, err := parseStyles(b); err == nil {
			t.Errorf("parseStyles(%q) gave no error", b)
		}
	}
	if st, err := parseStyles("fr « » « » space\nde-CH « » ‹ › not=ß"); err != nil || !st.styles[0].Space || st.styles[1].Not != "ß" {
		t.Errorf("options not read: %+v, %v", st, err)
	}
	if _, err := styles(); err != nil {
		t.Fatalf("embedded quotes.txt: %v", err)
	}
}

func quoteIn(tag string) func(string) string {
	return func(s string) string {
		st, err := QuoteStyleFor(tag)
		if err != nil {
			panic(err)
		}
		return Quotes(s, st)
	}
}

func TestQuotesGerman(t *testing.T) {
	run(t, "Quotes/de", quoteIn("de"), []pair{
		{`Er sagte: "Wir kommen."`, "Er sagte: „Wir kommen.“"},
		{"Er sagte: “Wir kommen.”", "Er sagte: „Wir kommen.“"},
		{"Er sagte: »Wir kommen.«", "Er sagte: „Wir kommen.“"},
		{"Er sagte: «Wir kommen.»", "Er sagte: „Wir kommen.“"},
		{"Er sagte: „Wir kommen.“", "Er sagte: „Wir kommen.“"},
		{"Er sagte: ”Wir kommen.”", "Er sagte: „Wir kommen.“"},
		// The mixed document: guillemets and straight quotes, one style.
		{`»Nein«, sagte sie, "niemals".`, "„Nein“, sagte sie, „niemals“."},
		// Nesting: the inner quotation takes the secondary marks.
		{`"Er rief 'Halt!' und lief."`, "„Er rief ‚Halt!‘ und lief.“"},
		{`»Er rief "Halt!" und lief.«`, "„Er rief ‚Halt!‘ und lief.“"},
		{"“Er rief ‘Halt!’ und lief.”", "„Er rief ‚Halt!‘ und lief.“"},
		// Apostrophes.
		{"Wie geht's? Gibt´s was? Hamburg‘s Hafen, Hans' Auto", "Wie geht’s? Gibt’s was? Hamburg’s Hafen, Hans’ Auto"},
		{`Die "Bild"-Zeitung und das "Anti-Terror"-Gesetz`, "Die „Bild“-Zeitung und das „Anti-Terror“-Gesetz"},
		{`("Zitat")`, "(„Zitat“)"},
		{`Ein 15" Monitor, 5'10" groß`, `Ein 15" Monitor, 5'10" groß`},
		{`Die "Top 5"`, "Die „Top 5“"},
		// Spaces inside quotes go; a quotation continued in the next
		// paragraph keeps its open mark.
		{`Er sagte " hallo " und ging`, "Er sagte „hallo“ und ging"},
		{`"Der Bericht geht weiter`, "„Der Bericht geht weiter"},
		{`und endet hier."`, "und endet hier.“"},
		// Code keeps its quotes.
		{"Setze `name=\"x\"` und `it's`", "Setze `name=\"x\"` und `it's`"},
		{`<a href="x">Link</a>`, `<a href="x">Link</a>`},
		{`{"key": "value"}`, `{"key": "value"}`},
		{`"count": 5, "size":3`, `"count": 5, "size":3`},
		// A quotation before a colon is a headline's.
		{`"Wir brauchen mehr Fähren": ein Interview`, "„Wir brauchen mehr Fähren“: ein Interview"},
	})
}

func TestQuotesSwiss(t *testing.T) {
	run(t, "Quotes/de-CH", quoteIn("de-CH"), []pair{
		{`Er sagte: "Wir kommen 'sofort'."`, "Er sagte: «Wir kommen ‹sofort›.»"},
		{"„Grüezi“, sagte er.", "«Grüezi», sagte er."},
		{"«Grüezi», sagte er.", "«Grüezi», sagte er."},
	})
}

func TestQuotesEnglish(t *testing.T) {
	run(t, "Quotes/en", quoteIn("en"), []pair{
		{`She said, "It's the '90s, isn't it?"`, "She said, “It’s the ’90s, isn’t it?”"},
		{"„Hallo“, he said.", "“Hallo”, he said."},
		{`"He said 'no' twice."`, "“He said ‘no’ twice.”"},
		{"the students' union and Hamburg's port", "the students’ union and Hamburg’s port"},
		{"in the ‘90s", "in the ’90s"},
		{"the iPhone 11's battery in the 1990's", "the iPhone 11’s battery in the 1990’s"},
		{`a 27" screen, 5'10" tall`, `a 27" screen, 5'10" tall`},
		{`'Single' quotes at the top`, "“Single” quotes at the top"},
		// What stands in a code span keeps its marks, as CommonMark
		// pairs backtick strings: "``" closes only at "``".
		{"Run ``a ` \"b\"`` and `echo \"c\"` as \"told\"", "Run ``a ` \"b\"`` and `echo \"c\"` as “told”"},
		// A shell command printed without its code span keeps the
		// marks around its code; a price per unit is words.
		{`sed -i 's/[[:space:]]*$//' file.txt`, `sed -i 's/[[:space:]]*$//' file.txt`},
		{`I tried sed 's/ $//' but it's "slow"`, "I tried sed 's/ $//' but it’s “slow”"},
		{`on macOS write sed -i '' instead`, `on macOS write sed -i '' instead`},
		{`"It costs $5/month," he said.`, "“It costs $5/month,” he said."},
	})
	run(t, "Quotes/en-GB", quoteIn("en-GB"), []pair{
		{`"A 'nested' one"`, "“A ‘nested’ one”"},
	})
}

func TestQuotesFrench(t *testing.T) {
	n := "\u202F"
	run(t, "Quotes/fr", quoteIn("fr"), []pair{
		{`Il a dit "bonjour".`, "Il a dit «" + n + "bonjour" + n + "»."},
		{"Il a dit « bonjour ».", "Il a dit «" + n + "bonjour" + n + "»."},
		{"Il a dit «bonjour».", "Il a dit «" + n + "bonjour" + n + "»."},
		{"Il a dit “bonjour”.", "Il a dit «" + n + "bonjour" + n + "»."},
		{"Il a dit «\u00A0bonjour\u00A0».", "Il a dit «" + n + "bonjour" + n + "»."},
		{"L'homme d'État", "L’homme d’État"},
		{`"Il a dit 'non'."`, "«" + n + "Il a dit «" + n + "non" + n + "»." + n + "»"},
	})
	run(t, "Quotes/fr-CH", quoteIn("fr-CH"), []pair{
		{`"Il a dit 'non'."`, "«" + n + "Il a dit ‹" + n + "non" + n + "›." + n + "»"},
	})
}

func TestQuotesOther(t *testing.T) {
	tests := []struct{ tag, in, want string }{
		{"es", `Dijo "hola" y 'adiós'.`, "Dijo “hola” y “adiós”."},
		{"it", `Ha detto "ciao 'bella'".`, "Ha detto «ciao “bella”»."},
		{"nl", `Hij zei "hallo".`, "Hij zei ‘hallo’."},
		{"pl", `Powiedział "tak, 'nie'".`, "Powiedział „tak, «nie»”."},
		{"cs", `Řekl "ano".`, "Řekl „ano“."},
		{"sv", `Han sa "hej".`, "Han sa ”hej”."},
		{"ru", `Он сказал "да, 'нет'".`, "Он сказал «да, „нет“»."},
		{"ja", `彼は"はい"と言った。`, "彼は「はい」と言った。"},
		{"hu", `Azt mondta: "igen".`, "Azt mondta: „igen”."},
	}
	for _, tt := range tests {
		run(t, "Quotes/"+tt.tag, quoteIn(tt.tag), []pair{{tt.in, tt.want}})
	}
}

func TestQuotesASCII(t *testing.T) {
	run(t, "Quotes/ascii", func(s string) string { return Quotes(s, ASCII) }, []pair{
		{"„Er sagte ‚Halt!‘“ – it’s «fini»", `"Er sagte 'Halt!'" – it's "fini"`},
		{"« Bonjour »", `"Bonjour"`},
	})
}

// TestQuotesEveryStyle checks that each style reads its own output back
// unchanged, nested and with apostrophes.
func TestQuotesEveryStyle(t *testing.T) {
	in := `"Er sagte 'nein', it's 'so'" und "ja".`
	for _, tag := range QuoteStyleTags() {
		st, err := QuoteStyleFor(tag)
		if err != nil {
			t.Fatal(err)
		}
		once := Quotes(in, st)
		if strings.ContainsAny(once, `"`) {
			t.Errorf("%s: straight quotes left in %q", tag, once)
		}
		if twice := Quotes(once, st); twice != once {
			t.Errorf("%s: not idempotent:\n  %q\n  %q", tag, once, twice)
		}
	}
}

// A line far longer than any paragraph is read in pieces: its marks are
// still rewritten, and a second run changes nothing.
func TestQuotesLongLine(t *testing.T) {
	st, err := QuoteStyleFor("de")
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Repeat(`Er sagte "ja" und 'nein' und ging. `, 3*quoteSpan/20)
	once := Quotes(line, st)
	if strings.ContainsAny(once, `"`) || !strings.Contains(once, "„ja“") {
		t.Errorf("marks not rewritten: %q…", once[:80])
	}
	if twice := Quotes(once, st); twice != once {
		t.Errorf("a second run changes the long line")
	}
}

func TestColumns(t *testing.T) {
	for s, want := range map[string]int{"": 0, "ferry": 5, "Fähre": 5, "渡し船": 6, "フェリー": 8, "페리": 4, "ＡＢ": 4, "a、b": 4, "ab渡し": 6, "a\xffb": 3, "Ferry 渡し船 a": 14} {
		if got := Columns(s); got != want {
			t.Errorf("Columns(%q) = %d, want %d", s, got, want)
		}
	}
}

// HasWide, which reads bytes, agrees with IsWide on every rune of every
// string.
func TestHasWide(t *testing.T) {
	for _, s := range []string{"", "ferry", "it’s “so”", "Fähre", "渡し船", "Kindle for", "PC、Amazon", "ＡＢ", "페리", "a\xffb", "\xe3\x81", "⌚ watch", "☀ sun"} {
		if got, want := HasWide(s), strings.ContainsFunc(s, IsWide); got != want {
			t.Errorf("HasWide(%q) = %v, want %v", s, got, want)
		}
	}
}

// IsHan takes Chinese characters and kana, not Korean, full-width Latin
// or CJK punctuation, which words are spaced around or are no words.
func TestIsHan(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{{'渡', true}, {'し', true}, {'シ', true}, {'페', false}, {'Ａ', false}, {'、', false}, {'a', false}, {'ä', false}} {
		if got := IsHan(tc.r); got != tc.want {
			t.Errorf("IsHan(%q) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// IsWide's shortcut agrees with x/text/width below the CJK radicals.
func TestIsWideShortcut(t *testing.T) {
	for r := rune(0); r < 0x2E80; r++ {
		k := width.LookupRune(r).Kind()
		if want := k == width.EastAsianWide || k == width.EastAsianFullwidth; IsWide(r) != want {
			t.Errorf("IsWide(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestIsDoubleQuote(t *testing.T) {
	for _, r := range "\"“”„‟«»「」" {
		if !IsDoubleQuote(r) {
			t.Errorf("%q is no double quote", r)
		}
	}
	for _, r := range "'‘’‚‹›`a " {
		if IsDoubleQuote(r) {
			t.Errorf("%q is a double quote", r)
		}
	}
}

// TestRegionalStyles: the regions of a language whose quotations open
// with another mark; a region that opens alike (de-AT, fr-CH) is none.
func TestRegionalStyles(t *testing.T) {
	tests := []struct {
		tag  string
		want []string
	}{
		{"de", []string{"de-CH", "de-LI"}},
		{"pt", []string{"pt-PT"}},
		{"fr", nil},
		{"en", nil},
	}
	for _, tt := range tests {
		st, err := QuoteStyleFor(tt.tag)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range RegionalStyles(tt.tag, st) {
			got = append(got, r.Tag)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("RegionalStyles(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

// TestOpenings: only marks where a quotation opens count.
func TestOpenings(t *testing.T) {
	tests := []struct {
		s            string
		mine, others int
	}{
		{"«Nein», sagte sie. (»Gut«)", 1, 1},
		{"»Nein«, sagte sie.", 0, 1},
		{`Er sagte "ja" und „nein“ und « non ».`, 0, 2},
		{"«", 0, 0},
	}
	for _, tt := range tests {
		if mine, others := Openings(tt.s, '«'); mine != tt.mine || others != tt.others {
			t.Errorf("Openings(%q) = %d, %d, want %d, %d", tt.s, mine, others, tt.mine, tt.others)
		}
	}
}
