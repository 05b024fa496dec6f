// Package lang knows the languages unscrape cleans: it detects a document's
// language and holds the per-language data (stopwords, phrase packs, quote
// styles) as embedded files, one per language.
package lang

import (
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/language"
)

// prefixBytes bounds how much text detection reads: a few paragraphs are as
// telling as a whole book, and detection must not grow with the input.
const prefixBytes = 4096

// minConfidence is whatlanggo's confidence below which a guess is no better
// than not knowing.
const minConfidence = 0.2

// Detect returns the language of text as a BCP 47 base tag ("de", "en"), or
// "" when the text is too short or too mixed to tell.
func Detect(text string) string {
	if len(text) > prefixBytes {
		cut := prefixBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if info.Confidence < minConfidence || info.Lang == -1 {
		return ""
	}
	tag, err := language.Parse(info.Lang.Iso6391())
	if err != nil {
		return ""
	}
	base, _ := tag.Base()
	return base.String()
}
