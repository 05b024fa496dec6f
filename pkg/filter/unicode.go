package filter

import (
	"slices"
	"strings"

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
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped || b.Credit == "" {
			continue
		}
		printed := b.Text + " " + b.Credit
		if text, names := textfix.RepairNamed(printed); text != printed {
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
	if b.Kind != document.TableRow {
		return textfix.RepairNamed(b.Text)
	}
	var names []string
	text := document.MapCells(b.Text, func(c string) string {
		text, ns := textfix.RepairNamed(c)
		for _, n := range ns {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		return text
	})
	if names == nil {
		return b.Text, nil
	}
	return text, names
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
		text, names := repairText(b)
		b.SetText("unicode", strings.Join(names, ", "), text)
		if b.Text == "" {
			b.Drop("unicode", "nothing visible left")
		}
	}
	return nil
}
