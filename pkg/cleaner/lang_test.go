package cleaner

import (
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/filter"
)

// A Portuguese page: the stopword vote cannot name Portuguese (it has no
// phrase pack), so its language comes from the trigram profiles, which are
// asked once, by the quotes filter, or after the filters when it does not
// run.
const portuguese = `O presidente da República afirmou nesta terça-feira que o governo não vai recuar na reforma da previdência, apesar das críticas dos sindicatos.
Segundo ele, as mudanças são "necessárias" para garantir o pagamento das aposentadorias das próximas gerações de trabalhadores.
A proposta será votada na próxima semana pela comissão especial da Câmara dos Deputados, onde o governo diz ter maioria.
`

func TestLanguageByTrigrams(t *testing.T) {
	for _, quotes := range []string{"", filter.QuotesKeep} {
		c, err := New(Options{Filter: filter.Options{Quotes: quotes}})
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.CleanText("pt.txt", portuguese)
		if err != nil {
			t.Fatal(err)
		}
		if res.Doc.Lang != "pt" || res.Doc.Meta.LangPending {
			t.Errorf("quotes %q: language %q (pending %v), want pt", quotes, res.Doc.Lang, res.Doc.Meta.LangPending)
		}
		if quoted := !strings.Contains(string(res.Output), `"necessárias"`); quoted != (quotes == "") {
			t.Errorf("quotes %q: marks in Portuguese style %v:\n%s", quotes, quoted, res.Output)
		}
	}
}
