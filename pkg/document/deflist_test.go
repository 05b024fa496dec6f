package document

import "testing"

// A definition list, as w3m, lynx, html2text and pandoc print a film's
// credits, is a list of "term: definition" items; a menu's sections over
// their entries, a label over a list and a single label over a quotation
// stay as they were.
func TestParseDefinitionList(t *testing.T) {
	items := []blk{
		{ListItem, 0, "Réalisation : Agathe Morvillier"},
		{ListItem, 0, "Avec : Clémence Aubrac-Delmas, Yanis Ferrandou, Jean-Baptiste Quéméner"},
		{ListItem, 0, "Durée : 1 h 52 min"},
	}
	for _, tc := range []struct {
		name, in string
		want     []blk
	}{
		{"w3m", "Réalisation :\n    Agathe Morvillier\nAvec :\n    Clémence Aubrac-Delmas, Yanis Ferrandou,\n    Jean-Baptiste Quéméner\nDurée :\n    1 h 52 min\n", items},
		{"lynx", "   Réalisation :\n          Agathe Morvillier\n\n   Avec :\n          Clémence Aubrac-Delmas, Yanis Ferrandou, Jean-Baptiste Quéméner\n\n   Durée :\n          1 h 52 min\n", items},
		{"html2text", "Réalisation :\n\n    Agathe Morvillier\n\nAvec :\n\n    Clémence Aubrac-Delmas, Yanis Ferrandou, Jean-Baptiste Quéméner\n\nDurée :\n\n    1 h 52 min\n", items},
		{"pandoc, a term without its colon", "Director\n:   Agathe Morvillier\n\nRunning time\n:   1 h 52 min\n", []blk{
			{ListItem, 0, "Director: Agathe Morvillier"}, {ListItem, 0, "Running time: 1 h 52 min"}}},
		{"a menu's sections over their entries", "News\n    World\nSport\n    Football\n", []blk{
			{Paragraph, 0, "News"}, {Paragraph, 0, "World"}, {Paragraph, 0, "Sport"}, {Paragraph, 0, "Football"}}},
		{"w3m, terms without their colon", "Valid from\n    06:00 Tuesday 7 January\nValid to\n    21:00 Tuesday 7 January\nAreas\n    Garrow Hills, upland Westmarch, Harrowdale\n", []blk{
			{ListItem, 0, "Valid from: 06:00 Tuesday 7 January"}, {ListItem, 0, "Valid to: 21:00 Tuesday 7 January"},
			{ListItem, 0, "Areas: Garrow Hills, upland Westmarch, Harrowdale"}}},
		{"a menu's three sections over their entries", "News\n    World news\nSport\n    Football\nCulture\n    Film and TV\n", []blk{
			{Paragraph, 0, "News"}, {Paragraph, 0, "World news"}, {Paragraph, 0, "Sport"}, {Paragraph, 0, "Football"},
			{Paragraph, 0, "Culture"}, {Paragraph, 0, "Film and TV"}}},
		{"teasers, each a bulleted title over its text", "  • Base updates\n    Sometimes people ask me why this or that location became […]\n  • Skills update\n    I want to tell you about another important change in Last Man, […]\n  • Bonuses of May\n    I haven't written anything for a long time in the author's […]\n", []blk{
			{Paragraph, 0, "• Base updates"}, {Paragraph, 0, "Sometimes people ask me why this or that location became […]"},
			{Paragraph, 0, "• Skills update"}, {Paragraph, 0, "I want to tell you about another important change in Last Man, […]"},
			{Paragraph, 0, "• Bonuses of May"}, {Paragraph, 0, "I haven't written anything for a long time in the author's […]"}}},
		{"html2text's code under lines without colons", "Install\n\n    go install example.org/tool@latest now\n\nBuild\n\n    go build -o tool ./cmd/tool now\n\nTest\n\n    go test -race ./... -count 1\n", []blk{
			{Paragraph, 0, "Install"}, {Paragraph, 0, "go install example.org/tool@latest now"}, {Paragraph, 0, "Build"},
			{Paragraph, 0, "go build -o tool ./cmd/tool now"}, {Paragraph, 0, "Test"}, {Paragraph, 0, "go test -race ./... -count 1"}}},
		{"a label over a list", "Temas:\n    • Mensagens de Bom Dia\nNatal:\n    • Mensagem de Natal\n", []blk{
			{Paragraph, 0, "Temas:"}, {Paragraph, 0, "• Mensagens de Bom Dia"}, {Paragraph, 0, "Natal:"}, {Paragraph, 0, "• Mensagem de Natal"}}},
		{"one label over a quotation", "She said:\n    We will rebuild the bank before the winter.\n", []blk{
			{Paragraph, 0, "She said:"}, {Paragraph, 0, "We will rebuild the bank before the winter."}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sameBlocks(t, blocksOf(Parse(tc.in)), tc.want)
		})
	}
}
