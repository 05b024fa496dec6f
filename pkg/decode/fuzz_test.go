package decode

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode: Decode never panics, and what it accepts is valid UTF-8.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "plain", "\xEF\xBB\xBFbom", "\xFF\xFEa\x00b\x00", "Gr\xF6\xDFe \xE4", "mixed ä \x81 \x93x\x94", "\x00binary", "\x1b$B"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Decode(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(r.Text) {
			t.Fatalf("Decode(%q) = %q (%s): invalid UTF-8", b, r.Text, r.Encoding)
		}
	})
}
