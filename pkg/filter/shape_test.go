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

// TestSentenceShapeAnyMark: the shape is read through any quotation mark,
// since the quotes filter, which runs last, may print another one there:
// a line judged with "”" must be judged alike with the „ it is printed
// with (FuzzClean found "”5 Jahre" no heading on the first run, and a
// heading on the second).
func TestSentenceShapeAnyMark(t *testing.T) {
	for _, m := range []string{"\"", "'", "„", "“", "”", "‚", "‘", "’", "«", "»", "‹", "›", "″", "＂", "「"} {
		if !startsUpper(m + "Wort") {
			t.Errorf("startsUpper(%q) = false", m+"Wort")
		}
		if startsUpper(m + "wort") {
			t.Errorf("startsUpper(%q) = true", m+"wort")
		}
		if !endsSentence("Ein Satz." + m) {
			t.Errorf("endsSentence(%q) = false", "Ein Satz."+m)
		}
		if endsSentence("Kein Satz" + m) {
			t.Errorf("endsSentence(%q) = true", "Kein Satz"+m)
		}
	}
}

// endsSentence answers most lines from their last byte; what it answers
// is what reading through the closing marks answers.
func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"Hello.": true, "Hello": false, "Hello!": true, "Why?": true, "Wait…": true,
		`He said "Go."`: true, "(Hello.)": true, "Hello. ": true, "'Hi!'": true, "[sic]": false,
		"Hello.\u00a0": true, "Hello.”": true, "Hello,": false, "": false, "5": false, "a.)]": true,
		// Chinese and Japanese end a sentence with their own marks.
		"読みたい時もあります。": true, "なぜでしょうか？": true, "迷惑です！": true, "「その他」をクリック。」": true,
		"また、その他にも、": false, "ソフトウェア一般": false,
	} {
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// A heading ends with none of a clause's or a sentence's marks, in
// Chinese and Japanese neither.
func TestEndsClause(t *testing.T) {
	for s, want := range map[string]bool{
		"Hello.": true, "Hello,": true, "Why?": false, "Wow!": false, "Bread at home": false,
		"読みたい時もあります。": true, "また、その他にも、": true, "設定：": true, "なぜでしょうか？": false, "ソフトウェア一般": false,
	} {
		if got := endsClause(s); got != want {
			t.Errorf("endsClause(%q) = %v, want %v", s, got, want)
		}
	}
}

// A sentence ends before the footnote marks after it.
func TestSentenceEndsBeforeNoteMarks(t *testing.T) {
	for s, want := range map[string]bool{
		"a spokesman said.[1]":       true,
		"as reported.[12][b]":        true,
		"as w3m prints it.^[1]":      true,
		"“It works.”[3]":             true,
		"Chapter [1]":                false,
		"See the list [1] [2]":       false,
		"a spokesman said.[12345]":   false,
		"[1]":                        false,
		"kann es sehr empfehlen.*":   true,
		"a second note.**":           true,
		"Hier Hotel finden*":         false,
		"Rated ***":                  false,
		"Rating: *****":              false,
		"here is what we found. 1/5": true,
		"it has already passed. 3/5": true,
		"The score was 3/4":          false,
		"as of 12/2024":              false,
	} {
		if got := endsSentence(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSentenceEndEmoji: a blog's sentence may end with a smiley instead of
// a full stop; a line of pictographs alone, or a word with a symbol that
// is not one, ends no sentence.
func TestSentenceEndEmoji(t *testing.T) {
	for _, s := range []string{"the beauty of Korea and Korean tunes 🙂", "so proud of them❤️", "Danke euch allen 👍🏽", "what a day! 😂"} {
		if !sentenceEnd(s) {
			t.Errorf("sentenceEnd(%q) = false", s)
		}
	}
	for _, s := range []string{"🙂", "🙂 👍", "Apple Music®", "Read more", "Weather 22°"} {
		if sentenceEnd(s) {
			t.Errorf("sentenceEnd(%q) = true", s)
		}
	}
}

// TestIsVersion: a release's version heads a changelog's section; a date,
// a score or a rating is no version.
func TestIsVersion(t *testing.T) {
	for s, want := range map[string]bool{
		"2.4.0":      true,
		"1.10.2.3":   true,
		"v1.4":       true,
		"V2.0.1":     true,
		"12.03.2024": false,
		"4.5":        false,
		"2.4.":       false,
		"v1":         false,
		"1.2.x":      false,
	} {
		if got := isVersion(s); got != want {
			t.Errorf("isVersion(%q) = %v, want %v", s, got, want)
		}
	}
}
