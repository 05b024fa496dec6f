package filter

import (
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/textfix"
)

func init() {
	register(Spec{
		Name:        "unicode",
		Description: "repair Unicode: NFC, invisible and control characters, odd spaces",
		Rank:        10,
		Default:     true,
		New:         func(Options) (Applier, error) { return ApplyFunc(repairUnicode), nil },
	})
}

func repairUnicode(doc *document.Document) error {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Dropped {
			continue
		}
		b.SetText("unicode", "repaired Unicode", textfix.Spaces(textfix.NFC(b.Text)))
		if b.Text == "" {
			b.Drop("unicode", "nothing visible left")
		}
	}
	return nil
}
