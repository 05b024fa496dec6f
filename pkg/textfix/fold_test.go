package textfix

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Abonnieren bei", "abonnieren bei"},
		{"  ABONNIEREN   bei: ", "abonnieren bei"},
		{"› Mehr zum Thema", "mehr zum thema"},
		{"„Wir bauen“, sagte sie.", "wir bauen, sagte sie"},
		{`"Wir bauen", sagte sie.`, "wir bauen, sagte sie"},
		{"«Nous construisons», a-t-il dit", "nous construisons, a-t-il dit"},
		{"«\u202fNous construisons\u202f», a-t-il dit", "nous construisons, a-t-il dit"},
		{"L———«\u202f———AFP", "l------afp"},
		{"Lire aussi : le récit", "lire aussi: le récit"},
		{"Don’t miss", "dont miss"},
		{"Berlin – Paris — Rom", "berlin - paris - rom"},
		{"3 Tote", "3 tote"},
		{"", ""},
		{"***", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Il vous reste 58% de cet article à lire.", "il vous reste 0% de cet article à lire"},
		{"Il vous reste 7 % de cet article à lire", "il vous reste 0% de cet article à lire"},
		{"3 Min. Lesezeit", "0 min. lesezeit"},
		{"17.01.2022, 14:32 Uhr", "0, 0:0 uhr"},
		{"Il vous reste 58.42% de cet article à lire.", "il vous reste 0% de cet article à lire"},
		{"Il vous reste 58,42 % de cet article à lire.", "il vous reste 0% de cet article à lire"},
		{"1.200 Kommentare", "0 kommentare"},
		// A full stop after a number ends the sentence; the next one is
		// another number.
		{"Seit 2019. 12 Tote", "seit 0. 0 tote"},
		{"Bild 1 von 12", "bild 0 von 0"},
	}
	for _, tt := range tests {
		if got := FoldNumbers(tt.in); got != tt.want {
			t.Errorf("FoldNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldPrefixKeepsTrailingPunctuation(t *testing.T) {
	if got, want := FoldPrefix("Lesen Sie auch: "), "lesen sie auch:"; got != want {
		t.Errorf("FoldPrefix = %q, want %q", got, want)
	}
}
