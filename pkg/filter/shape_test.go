package filter

import "testing"

// TestSentenceShapeThroughGuillemets: a line reads as the same shape before
// and after the quotes filter puts it in French style, which sets narrow
// no-break spaces inside guillemets; a second run must judge it alike.
func TestSentenceShapeThroughGuillemets(t *testing.T) {
	for _, s := range []string{"à l'identique.»", "à l’identique.\u202f»", "« C'est fini. »", "«\u00a0C'est fini.\u00a0»"} {
		if !endsSentence(s) {
			t.Errorf("endsSentence(%q) = false", s)
		}
		if !sentenceEnd(s) {
			t.Errorf("sentenceEnd(%q) = false", s)
		}
	}
	for _, s := range []string{"«Wort", "«\u202fWort", "« Wort", "„Wort"} {
		if !startsUpper(s) {
			t.Errorf("startsUpper(%q) = false", s)
		}
	}
	if endsSentence("Mehr\u202f»") || startsUpper("«\u202fwort") {
		t.Error("the spaces alone make a sentence shape")
	}
}
