package lang

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/unscrape/unscrape/pkg/internal/benchpages"
)

func TestDetect(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Der Westen befürchtet eine russische Invasion in der Ukraine. Am Freitag wollen nun die Außenminister über eine Lösung des Konflikts sprechen.", "de"},
		{"The West fears a Russian invasion of Ukraine. On Friday the two foreign ministers want to talk about a way out of the conflict.", "en"},
		{"L'Occident craint une invasion russe de l'Ukraine. Vendredi, les deux ministres veulent discuter d'une solution au conflit.", "fr"},
		{"Occidente teme una invasión rusa de Ucrania. El viernes los dos ministros quieren hablar de una solución al conflicto.", "es"},
		{"L'Occidente teme un'invasione russa dell'Ucraina. Venerdì i due ministri vogliono discutere di una soluzione al conflitto.", "it"},
		{"Het Westen vreest een Russische inval in Oekraïne. Vrijdag willen de twee ministers praten over een oplossing voor het conflict.", "nl"},
		{"Zachód obawia się rosyjskiej inwazji na Ukrainę. W piątek dwaj ministrowie chcą rozmawiać o wyjściu z konfliktu.", "pl"},
		{"Západ se obává ruské invaze na Ukrajinu. V pátek chtějí oba ministři jednat o řešení konfliktu. Vláda včera schválila návrh zákona o státním rozpočtu na příští rok.", "cs"},
		{"Запад опасается российского вторжения в Украину. В пятницу министры хотят обсудить выход из конфликта.", "ru"},
		{"政府は昨日、来年度の国家予算に関する法案を承認したと財務省が発表した。野党は反発している。", "ja"},
		{"", ""},
		// A German page that starts with an English menu: the prose decides.
		{germanPage, "de"},
	}
	for _, tt := range tests {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// germanPage is a whole-page dump as scrapers write it: navigation in
// English, then a German article.
var germanPage = strings.Repeat("Home\nNews\nSport\nLogin\nSubscribe now\nShare on Facebook\nShare on Twitter\nPodcast\nNewsletter\nMore from our network of sites and apps\n", 60) + `
Stadtrat beschließt neue Regeln für Parkplätze in der Innenstadt
Die Stadt will die Zahl der Parkplätze in der Innenstadt in den nächsten drei Jahren um ein Drittel verringern.
Anwohner sollen einen Ausweis bekommen, mit dem sie weiterhin in ihrer Straße parken dürfen, sagte die Bürgermeisterin am Dienstag.
Der Einzelhandel befürchtet, dass weniger Kunden aus dem Umland in die Geschäfte kommen, und fordert mehr Busse.
`

// The trigram profiles read a long sample's longest lines, in order, or
// the start of one long line, cut between words (or between characters,
// in a script without spaces), and still name its language.
func TestTrigramSample(t *testing.T) {
	menu := "Home News Sport Login Subscribe now\n"
	prose := "Zachód obawia się rosyjskiej inwazji na Ukrainę, w piątek dwaj ministrowie chcą rozmawiać o wyjściu z konfliktu.\n"
	sample := strings.Repeat(menu, 10) + strings.Repeat(prose, 10)
	got := trigramSample(sample)
	if len(got) > maxTrigramBytes+1 || strings.Contains(got, "Login") || strings.Count(got, "Zachód") < 8 {
		t.Errorf("trigramSample took %d bytes, not the longest lines:\n%s", len(got), got)
	}
	if l := byTrigrams(sample); l != "pl" {
		t.Errorf("byTrigrams(menu and Polish) = %q, want pl", l)
	}
	long := strings.Repeat(strings.TrimSpace(prose)+" ", 20)
	if got := trigramSample(long); len(got) > maxTrigramBytes || !strings.HasPrefix(long, got) || long[len(got)] != ' ' {
		t.Errorf("trigramSample cut a long line at %d bytes, not at a space", len(got))
	}
	japanese := strings.Repeat("政府は昨日来年度の国家予算に関する法案を承認したと財務省が発表した", 20)
	if got := trigramSample(japanese); len(got) > maxTrigramBytes || !utf8.ValidString(got) || !strings.HasPrefix(japanese, got) {
		t.Errorf("trigramSample(Japanese) = %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
	if short := "kurz"; trigramSample(short) != short {
		t.Errorf("trigramSample cut a short text")
	}
}

func TestSample(t *testing.T) {
	s := Sample(germanPage)
	if strings.Contains(s, "Subscribe") || !strings.Contains(s, "Anwohner") {
		t.Errorf("Sample took menus, not prose:\n%s", s)
	}
	if len(Sample(strings.Repeat(germanPage, 50))) > sampleBytes {
		t.Errorf("Sample is longer than %d bytes", sampleBytes)
	}
	if got := Sample("short\nlines only"); got != "short\nlines only" {
		t.Errorf("Sample of text without prose = %q, want the text", got)
	}
}

// TestDetectBenchPages measures detection on the shared benchmark's
// whole-page dumps against the language of their gold article bodies. It
// needs ../shared and skips without it. Run with -v to see the numbers.
func TestDetectBenchPages(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the 181 benchmark pages")
	}
	dir := filepath.Join("..", "..", "..", "shared", "bench", "aeb")
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skipf("benchmark data not available: %v", err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("%s: %v", filepath.Join(dir, "gold.json"), err)
	}
	total, prefixOK, sampleOK := 0, 0, 0
	for id, g := range gold {
		page, err := os.ReadFile(filepath.Join(dir, "htmltext", id+".txt"))
		if err != nil {
			continue
		}
		want := Detect(g.ArticleBody)
		if want == "" {
			continue
		}
		total++
		if detectPrefix(string(page)) == want {
			prefixOK++
		}
		if Detect(string(page)) == want {
			sampleOK++
		}
	}
	if total == 0 {
		t.Skip("no benchmark pages")
	}
	t.Logf("%d pages: the first 4096 bytes agree with the gold body's language on %d (%.1f%%), the prose sample on %d (%.1f%%)",
		total, prefixOK, 100*float64(prefixOK)/float64(total), sampleOK, 100*float64(sampleOK)/float64(total))
	if sampleOK < prefixOK {
		t.Errorf("the prose sample does worse than the prefix: %d < %d", sampleOK, prefixOK)
	}
}

// detectPrefix is the detection unscrape used before: whatlanggo on the
// first 4 KiB.
func detectPrefix(text string) string {
	info := whatlanggo.Detect(truncate(text, 4096))
	if info.Confidence < minConfidence || info.Lang == -1 {
		return ""
	}
	return info.Lang.Iso6391()
}

func BenchmarkDetect(b *testing.B) {
	page := strings.Repeat(germanPage, 20)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Detect(page)
	}
}

// BenchmarkVote counts the stopwords of every list in the benchmark pages
// (the golden inputs without them): the stopword vote's work, whose
// table of every list's words does not fit in the cache.
func BenchmarkVote(b *testing.B) {
	sw, err := AllStopwords()
	if err != nil {
		b.Fatal(err)
	}
	texts, size := benchpages.Load(b, "../..")
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			var v Votes
			sw.Vote(&v, t)
		}
	}
}

// TestSampleMarkWidths: the sample takes the same lines, cut at the same
// place, whatever width the quotation marks of the text have: the quotes
// filter writes "“" (three bytes) for "\"" (one) and sets narrow no-break
// spaces inside guillemets, and the language of its output must be the
// language of its input (FuzzClean: a line of a thousand straight marks
// became three times as long, outgrew the other lines, and the sample of
// the second run detected Dutch where the first had German).
func TestSampleMarkWidths(t *testing.T) {
	prose := "Der Mieterbund begrüßte, dass die Regierung das Problem angehe und die Grenze hoch sei.\n"
	straight := strings.Repeat(prose, 20) + "Der Entwurf soll noch vor d" + strings.Repeat(`"`, 1500) + "\n" +
		strings.Repeat(`Sie sagte: "Das ist zu viel", und ging. Er meinte, 'es geht' nicht mehr so weiter.`+"\n", 10)
	curly := strings.NewReplacer(`"`, "“", `'`, "’").Replace(straight)
	guillemets := strings.NewReplacer(`"`, "«\u202f", `'`, "‹").Replace(straight)
	want := Sample(straight)
	if len(want) > sampleBytes {
		t.Fatalf("sample of %d bytes, want at most %d", len(want), sampleBytes)
	}
	for _, s := range []string{curly, guillemets} {
		if got := Sample(s); got != want {
			t.Errorf("Sample differs with other marks:\n got  %.200q\n want %.200q", got, want)
		}
	}
	if got := unmarked("a„b\u202f»c", 100); got != "a'b'c" {
		t.Errorf("unmarked = %q, want %q", got, "a'b'c")
	}
	if got := unmarked("„„„„", 2); got != "''" {
		t.Errorf("unmarked cut at 2 = %q", got)
	}
}
