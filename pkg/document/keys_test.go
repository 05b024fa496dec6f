package document

import (
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/textfix"
)

func TestBlockKeys(t *testing.T) {
	for _, s := range []string{"", "  Lesen Sie auch:  ", "„Es kostet 58,42 %“, sagte sie.", "ÜBER UNS", "a  b\tc"} {
		b := Block{Text: s}
		if got, want := b.Fold(), textfix.Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got, want := b.FoldNumbers(), textfix.FoldNumbers(s); got != want {
			t.Errorf("FoldNumbers(%q) = %q, want %q", s, got, want)
		}
		if got, want := b.FoldPrefix(), textfix.FoldPrefix(s); got != want {
			t.Errorf("FoldPrefix(%q) = %q, want %q", s, got, want)
		}
		if got, want := b.Words(), Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
		if got, want := b.HasDigit(), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("HasDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBlockKeysFollowText: a filter that sets Text directly gets the keys
// of the new text, and a remembered verdict is forgotten.
func TestBlockKeysFollowText(t *testing.T) {
	b := Block{Text: "Foto: dpa"}
	b.Fold()
	b.SetMemo(1, 2)
	if v, ok := b.Memo(1); !ok || v != 2 {
		t.Fatalf("Memo(1) = %d, %v, want 2, true", v, ok)
	}
	b.Text = "Zwei Wörter mehr"
	if got := b.Fold(); got != "zwei wörter mehr" {
		t.Errorf("Fold after a new text = %q", got)
	}
	if got := b.Words(); got != 3 {
		t.Errorf("Words after a new text = %d", got)
	}
	if _, ok := b.Memo(1); ok {
		t.Error("the verdict on the old text survived")
	}
	b.SetText("test", "change", "Neu")
	if got := b.FoldNumbers(); got != "neu" {
		t.Errorf("FoldNumbers after SetText = %q", got)
	}
}

func TestWords(t *testing.T) {
	for s, want := range map[string]int{
		"": 0, "a": 1, "a b": 2, " a  b ": 2, "a\tb": 2, "Foo | Bar · Baz": 3, "«Cest»": 1,
		"« Cest une fierté »": 3, "«\u202fCest\u202f»": 1, "ici\u202f»": 1, "ÿ\u202f««\u202fe.": 1, "100\u00a0km": 1, "12,5 %": 1, "– –": 0, "l’ident:": 1,
	} {
		if got := Words(s); got != want {
			t.Errorf("Words(%q) = %d, want %d", s, got, want)
		}
	}
}
