package lang

import (
	"bufio"
	"io/fs"
	"math/bits"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestStopwordFiles checks every embedded list: a header naming source and
// licence, then words.
func TestStopwordFiles(t *testing.T) {
	entries, err := fs.ReadDir(stopwordFiles, "stopwords")
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 8 {
		t.Fatalf("only %d stopword lists", len(entries))
	}
	for _, e := range entries {
		data, err := fs.ReadFile(stopwordFiles, "stopwords/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var header []string
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
			header = append(header, sc.Text())
		}
		h := strings.Join(header, "\n")
		if !strings.Contains(h, "Source:") || !strings.Contains(h, "Licence:") {
			t.Errorf("%s: header does not name its source and licence:\n%s", e.Name(), h)
		}
	}
}

// TestStopwordHashes: the index keys words by their hash, so no two words
// of the lists may share one.
func TestStopwordHashes(t *testing.T) {
	entries, err := fs.ReadDir(stopwordFiles, "stopwords")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]string{}
	for _, e := range entries {
		data, err := fs.ReadFile(stopwordFiles, "stopwords/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			w := strings.ToLower(strings.TrimSpace(line))
			if w == "" || strings.HasPrefix(w, "#") {
				continue
			}
			h := wordHash(w)
			if lowerHash(strings.TrimSpace(line)) != h {
				t.Errorf("%s: %q hashes apart from its lower case", e.Name(), line)
			}
			if o, ok := seen[h]; ok && o != w {
				t.Errorf("%s: %q and %q share the hash %#x", e.Name(), w, o, h)
			}
			seen[h] = w
		}
	}
	if len(seen) < 50000 {
		t.Errorf("only %d distinct words hashed", len(seen))
	}
	for _, w := range []string{"Die", "ÄRZTE", "Ǆ", "İstanbul", "ΣΟΦΊΑ"} {
		if lowerHash(w) != wordHash(strings.ToLower(w)) {
			t.Errorf("lowerHash(%q) is not the hash of %q", w, strings.ToLower(w))
		}
	}
	if wordHash("die") != wordHash([]byte("die")) || wordHash("die") == wordHash("dies") {
		t.Error("wordHash differs between string and bytes, or ignores a byte")
	}
}

// TestEachWordHash: the scan hashes each word as wordHash hashes it lower-
// cased, reads ’ as ', and gives 0 for a word longer than 64 bytes.
func TestEachWordHash(t *testing.T) {
	var got []uint64
	eachWord("Die ÄRZTE, don’t-stop "+strings.Repeat("é", 32)+" "+strings.Repeat("é", 33)+" x", func(h uint64) {
		got = append(got, h)
	})
	want := []uint64{wordHash("die"), wordHash("ärzte"), wordHash("don't"), wordHash("stop"), wordHash(strings.Repeat("é", 32)), 0, wordHash("x")}
	if len(got) != len(want) {
		t.Fatalf("%d words, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: hash %#x, want %#x", i, got[i], want[i])
		}
	}
}

func TestStopwords(t *testing.T) {
	s, err := AllStopwords()
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"de", "en", "fr", "es", "it", "nl", "pt", "pl", "ru"} {
		if s.Bit(tag) == 0 {
			t.Errorf("no stopword list for %s", tag)
		}
	}
	tests := []struct {
		tag, word string
		want      bool
	}{
		{"de", "und", true},
		{"de", "Und", true}, // case-insensitive
		{"de-CH", "und", true},
		{"de", "with", false},
		{"en", "the", true},
		{"fr", "les", true},
		{"es", "los", true},
		{"it", "della", true},
		{"nl", "het", true},
		{"pt", "não", true},
		{"pl", "się", true},
		{"ru", "это", true},
		{"no", "og", true}, // Norwegian reads as Bokmål
		{"xx", "the", false},
		{"", "the", false},
	}
	for _, tt := range tests {
		if got := s.Is(tt.tag, tt.word); got != tt.want {
			t.Errorf("Is(%q, %q) = %v, want %v", tt.tag, tt.word, got, tt.want)
		}
	}
	// One lookup answers for several languages.
	m := s.Mask("de")
	if m&s.Bit("fr") == 0 || m&s.Bit("es") == 0 {
		t.Errorf("Mask(de) = %b lacks fr or es", m)
	}
	if got := s.Tag(s.Bit("de")); got != "de" {
		t.Errorf("Tag(Bit(de)) = %q", got)
	}
}

func TestContentWords(t *testing.T) {
	s, err := AllStopwords()
	if err != nil {
		t.Fatal(err)
	}
	var got []uint64
	s.ContentWords("The ferry and the HARBOUR: a town’s pride", s.Bit("en"), func(h uint64) { got = append(got, h) })
	want := []uint64{wordHash("ferry"), wordHash("harbour"), wordHash("town's"), wordHash("pride")}
	if !slices.Equal(got, want) {
		t.Errorf("ContentWords = %x, want %x (ferry, harbour, town's, pride)", got, want)
	}
}

func TestParseStopwordsErrors(t *testing.T) {
	tests := []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"empty list", fstest.MapFS{"sw/xx.txt": {Data: []byte("# Source: x\n# Licence: y\n")}}, "xx.txt: no words"},
		{"missing dir", fstest.MapFS{}, "stopword lists"},
	}
	for _, tt := range tests {
		_, err := parseStopwords(tt.fs, "sw")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	s, err := parseStopwords(fstest.MapFS{"sw/xx.txt": {Data: []byte("# Source\n#hash\nWord\n")}}, "sw")
	if err != nil {
		t.Fatal(err)
	}
	if s.Mask("#hash") != 0 || s.Mask("word") == 0 {
		t.Errorf("header handling wrong: %v", s.masks)
	}
}

func TestVotes(t *testing.T) {
	sw, err := AllStopwords()
	if err != nil {
		t.Fatal(err)
	}
	var v Votes
	sw.Vote(&v, "Der Hund und die Katze sind in dem Haus.")
	sw.Vote(&v, "Er sagte, dass es nicht so ist.")
	if v.Words != 16 {
		t.Errorf("Words = %d, want 16", v.Words)
	}
	de, en := sw.Bit("de"), sw.Bit("en")
	if bit, _ := v.Best(de | en); bit != de {
		t.Errorf("Best(de|en) = %s, want de", sw.Tag(bit))
	}
	if bit, n := v.Best(en); bit != en || n >= v.ByBit[bits.TrailingZeros64(de)] {
		t.Errorf("Best(en) = %s with %d votes, want en with fewer than de's", sw.Tag(bit), n)
	}
	var none Votes
	if bit, n := none.Best(0); bit != 0 || n != 0 {
		t.Errorf("Best of no votes = %d, %d", bit, n)
	}
}
