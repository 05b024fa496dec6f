package filter

import (
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
		New:         func(Options) (Applier, error) { return ApplyFunc(repairUnicode), nil },
	})
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
		text, names := textfix.RepairNamed(b.Text)
		b.SetText("unicode", strings.Join(names, ", "), text)
		if b.Text == "" {
			b.Drop("unicode", "nothing visible left")
		}
	}
	return nil
}
