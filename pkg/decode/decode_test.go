package decode

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Invented news sentences, long enough for letter statistics to speak.
const (
	german  = "Die Straßenbahn fährt künftig öfter über die Brücke am Südufer. Die Bürger freuen sich über die Änderung, sagte der Bürgermeister am Dienstag."
	french  = "L'été dernier, le maire a présenté un projet très ambitieux pour rénover la bibliothèque municipale à côté de l'église Saint-Étienne."
	czech   = "Vláda včera schválila návrh zákona o státním rozpočtu na příští rok. Ministr řekl, že úspory se dotknou především úřadů a ministerstev."
	polish  = "Rząd przedstawił wczoraj projekt ustawy o budżecie państwa na przyszły rok, który wzbudził ostry spór w Sejmie. Jeśli ustawa przejdzie, gminy dostaną mniej."
	russian = "Правительство вчера одобрило проект закона о государственном бюджете на следующий год, сообщили в министерстве финансов."
	greek   = "Η κυβέρνηση ενέκρινε χθες το σχέδιο νόμου για τον κρατικό προϋπολογισμό του επόμενου έτους, ανακοίνωσε το υπουργείο οικονομικών."
	turkish = "Hükümet dün gelecek yılın devlet bütçesine ilişkin yasa tasarısını onayladı, bakanlık açıklamasında şöyle dedi: tasarruf şart."
	curly   = "Der Minister sagte: „Wir sparen – aber gerecht.“ Das Ergebnis … überrascht."
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test text with %v: %v", e, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantEnc string
	}{
		{"empty", nil, "", UTF8},
		{"ascii", []byte("Plain text.\n"), "Plain text.\n", UTF8},
		{"utf-8", []byte(german), german, UTF8},
		{"utf-8 BOM", append([]byte("\xEF\xBB\xBF"), german...), german, "UTF-8 with BOM"},
		{"utf-16le BOM", append([]byte{0xFF, 0xFE}, encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), german)...), german, "UTF-16LE"},
		{"utf-16be BOM", append([]byte{0xFE, 0xFF}, encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), russian)...), russian, "UTF-16BE"},
		{"utf-16le no BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), german), german, "UTF-16LE"},
		{"utf-32le BOM", append([]byte{0xFF, 0xFE, 0, 0}, encode(t, utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), greek)...), greek, "UTF-32LE"},
		{"windows-1252 german", encode(t, charmap.Windows1252, german), german, "Windows 1252"},
		{"windows-1252 curly quotes", encode(t, charmap.Windows1252, curly+" "+german), curly + " " + german, "Windows 1252"},
		{"latin-1 french", encode(t, charmap.ISO8859_1, french), french, "Windows 1252"},
		{"windows-1250 czech", encode(t, charmap.Windows1250, czech), czech, "Windows 1250"},
		{"iso-8859-2 czech", encode(t, charmap.ISO8859_2, czech), czech, "ISO 8859-2"},
		{"windows-1250 polish", encode(t, charmap.Windows1250, polish), polish, "Windows 1250"},
		{"windows-1251 russian", encode(t, charmap.Windows1251, russian), russian, "Windows 1251"},
		{"koi8-r russian", encode(t, charmap.KOI8R, russian), russian, "KOI8-R"},
		{"iso-8859-7 greek", encode(t, charmap.ISO8859_7, greek), greek, "ISO 8859-7"},
		{"windows-1254 turkish", encode(t, charmap.Windows1254, turkish), turkish, "Windows 1254"},
		{"iso-8859-2 polish", encode(t, charmap.ISO8859_2, polish), polish, "ISO 8859-2"},
		{"shift_jis", encode(t, japanese.ShiftJIS, "政府は昨日、来年度の国家予算に関する法案を承認したと財務省が発表した。"), "政府は昨日、来年度の国家予算に関する法案を承認したと財務省が発表した。", "Shift JIS"},
		{
			// Most of the file is UTF-8; one paragraph was pasted from a
			// Windows-1252 source. Its bytes are read as Windows-1252, not
			// replaced.
			"mixed utf-8 and windows-1252",
			append([]byte(german+"\n"), encode(t, charmap.Windows1252, "Café „Süd“ – geöffnet")...),
			german + "\nCafé „Süd“ – geöffnet",
			UTF8Mixed,
		},
		{"mixed undefined byte", []byte("Größe \x81 ä"), "Größe \u0081 ä", UTF8Mixed},
		// elinks's 6-byte sequences go; a lead byte without enough
		// continuation bytes is a Windows-1252 byte.
		{"obsolete 5- and 6-byte sequences", []byte("Größe \xfd\xbf\xbf\xbd\xa3\xac\xef\xba\x83\xf8\x88\x80\x80\x80 ä \xfd\xbf!"),
			"Größe \ufe83 ä ý¿!", UTF8Mixed},
		{"CRLF and tabs stay", []byte("a\tb\r\nc\f"), "a\tb\r\nc\f", UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != tt.want {
				t.Errorf("text = %q\nwant   %q", got.Text, tt.want)
			}
			if got.Encoding != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", got.Encoding, tt.wantEnc)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	controls := bytes.Repeat([]byte("ab\x01\x02\x03\x04c"), 50)
	tests := []struct {
		name string
		in   []byte
		want string // part of the message
	}{
		{"png header", png, "NUL byte at offset 8"},
		{"NUL in text", []byte("Ein Text\x00mit NUL"), "NUL byte at offset 8"},
		{"NUL after UTF-8 BOM", []byte("\xEF\xBB\xBFText\x00"), "NUL byte at offset 4"},
		{"control bytes", controls, "control bytes"},
		{"utf-16 with NUL characters", append([]byte{0xFF, 0xFE}, 'a', 0, 0, 0, 'b', 0), "NUL character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.in)
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("err = %v, want ErrBinary", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %q, want it to say %q", err, tt.want)
			}
		})
	}
}

// TestBytes keeps the simple API working.
func TestBytes(t *testing.T) {
	got, err := Bytes(encode(t, charmap.Windows1252, german))
	if err != nil || got != german {
		t.Errorf("Bytes = %q, %v; want %q", got, err, german)
	}
}

func BenchmarkDecode(b *testing.B) {
	utf := []byte(strings.Repeat(german+"\n"+french+"\n"+russian+"\n", 8000))
	b1252 := []byte(strings.Repeat(german+"\n"+french+"\n", 10000))
	b1252, _ = charmap.Windows1252.NewEncoder().Bytes(b1252)
	mix := append(bytes.Clone(utf), b1252[:200]...)
	for _, c := range []struct {
		name string
		in   []byte
	}{{"utf-8", utf}, {"windows-1252", b1252}, {"mixed", mix}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			for b.Loop() {
				if _, err := Decode(c.in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Of the legacy encodings chardet finds equally likely, the same one wins
// on every run: chardet's recognizers answer in whatever order they finish.
func TestLegacyDeterministic(t *testing.T) {
	in := []byte("\xbc\xc3\xa4\xc3")
	first, err := Bytes(in)
	if err != nil {
		t.Fatal(err)
	}
	for range 200 {
		got, err := Bytes(in)
		if err != nil {
			t.Fatal(err)
		}
		if got != first {
			t.Fatalf("decoded %q once and %q another time", first, got)
		}
	}
}
