package filter

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "unicode",
		Description: "repair Unicode: HTML entities, mojibake, NFC, ligatures, full-width ASCII, invisible characters, odd spaces",
		Rank:        10,
		Default:     true,
		New:         func(Options) (Applier, error) { return unicodeRepair{}, nil },
	})
}

// unicodeRepair repairs every line at the filter's rank, and settles the
// lines the other filters printed together: a caption and the credit the
// credits filter attached to it are one line in the output, and a repair
// may span the space between them (mojibake of "à" is "Ã" and a space once
// a scraper has turned the no-break space into a plain one). A second run
// repairs that line as one, so this run does too, and the two become one
// caption.
type unicodeRepair struct{}

func (unicodeRepair) Apply(doc *document.Document) error { return repairUnicode(doc) }

func (unicodeRepair) Settle(doc *document.Document) error {
	// A line another filter made is repaired as it is printed: the
	// rows of a table that is one no more are one line each, and
	// "Â" in a cell of its own is mojibake next to the cell after it.
	if err := repairUnicode(doc); err != nil {
		return err
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Credit == "" {
			continue
		}
		printed := b.Text + " " + b.Credit
		if text, names := repairAround(printed, b.CodeSpans); text != printed {
			b.SetText("unicode", strings.Join(names, ", "), text)
			b.Credit = ""
		}
	}
	return nil
}

// repairText returns b's text repaired and the names of the repairs. A
// table row is repaired cell by cell (see document.MapCells): an entity
// that decodes to "|" ("&#124;") is the cell's character, not a new
// column, and a mark before the separator's space is no mojibake.
func repairText(b *document.Block) (string, []string) {
	text, names := repairPass(b, b.Text)
	// A repair can make work for one that comes before it in the chain
	// where the piece's end hides it: "Ã", an escape character and a
	// space before a code span is "Ã " once the control character is
	// gone, and the space is trimmed before the mojibake repair sees
	// it; a second run would repair it. So the text is repaired again
	// until it stays as it is (a few passes at most: repairs that undid
	// each other would never settle).
	for k, prev := 0, b.Text; text != prev && k < maxRepairPasses; k++ {
		prev = text
		var ns []string
		text, ns = repairPass(b, text)
		names = addNames(names, ns)
	}
	return text, names
}

// maxRepairPasses bounds the passes repairText makes over a text after
// the first.
const maxRepairPasses = 3

// repairPass repairs text, the text of b or a repair of it, once.
func repairPass(b *document.Block, text string) (string, []string) {
	if b.Kind != document.TableRow {
		return repairAround(text, b.CodeSpans)
	}
	var names []string
	out := document.MapCells(text, func(c string) string {
		t, ns := repairAround(c, b.CodeSpans)
		names = addNames(names, ns)
		return t
	})
	if names == nil {
		return text, nil
	}
	return out, names
}

// repairAround repairs text but its code spans, which are the source's
// to the letter (see document.CodeSpan): "`&amp;`" in a tutorial on HTML
// is what the page showed, as is a run of spaces. The text between them is
// repaired piece by piece, a space kept where one stood at a span.
func repairAround(text string, code []document.CodeSpan) (string, []string) {
	spans := document.FindCode(text, 0, code)
	if len(spans) == 0 {
		return textfix.RepairNamed(text)
	}
	var sb strings.Builder
	var names []string
	from := 0
	for k := 0; k <= len(spans); k++ {
		end := len(text)
		if k < len(spans) {
			end = spans[k].At
		}
		piece := text[from:end]
		// Its white space at a span is printed as one space, which a
		// second run repairs with it ("Ã" and a form feed before a span
		// is "Ã " then, the mojibake of "à"): so it is repaired now.
		if k < len(spans) {
			if t := strings.TrimRightFunc(piece, isSpace); t != piece {
				piece = t + " "
			}
		}
		if from > 0 {
			if t := strings.TrimLeftFunc(piece, isSpace); t != piece {
				piece = " " + t
			}
		}
		if piece != text[from:end] {
			names = addNames(names, []string{spacesRepair})
		}
		t, ns := textfix.RepairNamed(piece)
		names = addNames(names, ns)
		mark := sb.Len()
		// The repair trims the piece's ends; a space at a span stays, one
		// between two spans too, and none at the ends of the text.
		if first, _ := utf8.DecodeRuneInString(piece); from > 0 && isSpace(first) && (t != "" || k < len(spans)) {
			sb.WriteByte(' ')
		}
		sb.WriteString(t)
		if last, _ := utf8.DecodeLastRuneInString(piece); k < len(spans) && t != "" && isSpace(last) {
			sb.WriteByte(' ')
		}
		if k < len(spans) {
			span := spans[k].Text
			if k > 0 && sb.Len() == mark && piece != "" {
				// What stood between two spans is gone: glued to the
				// one before, this one is printed as text, which a
				// second run repairs (see document's inliner).
				var ns []string
				span, ns = textfix.RepairNamed(span)
				names = addNames(names, ns)
			}
			sb.WriteString(span)
			from = spans[k].At + len(spans[k].Text)
		}
	}
	return sb.String(), names
}

// spacesRepair is the name of textfix's repair of white space.
const spacesRepair = "spaces"

// isSpace reports whether textfix.Spaces reads r as a space.
func isSpace(r rune) bool { return textfix.IsSpace(r) || unicode.Is(unicode.Zs, r) }

// addNames adds to names the repair names ns it does not have yet.
func addNames(names, ns []string) []string {
	for _, n := range ns {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// repairUnicode repairs the characters of every live block. The reason
// names the repairs that changed the block ("mojibake, spaces"), so that
// --explain says what was wrong with it.
func repairUnicode(doc *document.Document) error {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		if _, done := b.Memo(repairedMemo); done {
			continue // and its text unchanged since
		}
		text, names := repairText(b)
		b.SetText("unicode", strings.Join(names, ", "), text)
		if b.Text == "" {
			b.Drop("unicode", "nothing visible left")
		}
		b.SetMemo(repairedMemo, 0)
	}
	return nil
}
