package cleaner

import (
	"strings"
	"testing"

	"github.com/unscrape/unscrape/pkg/filter"
)

// A Portuguese page: its language is told apart from Spanish, whose
// stopwords it shares, and named once, by the quotes filter, or after the
// filters when it does not run.
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

// A Russian page: an invented local news story with the menus, buttons,
// promos and notices of a Russian-language news site around it, which
// the Russian phrase pack knows.
const russianTitle = "В Заречном открыли пешеходный мост через Сосновку"

var russianSentences = []string{
	"В субботу в Заречном после двух лет ремонта открыли пешеходный мост через реку Сосновку.",
	"Старый деревянный переход обрушился весной позапрошлого года, и жителям окрестных улиц приходилось добираться до центра в обход, через автомобильный мост.",
	"Новый мост длиной восемьдесят метров построили из металлических конструкций, на нём установили освещение и пандусы для детских колясок.",
	"По словам главы района Сергея Кузнецова, работы обошлись городскому бюджету примерно в сорок миллионов рублей.",
	"«Мы знаем, как долго люди ждали этот мост, и рады, что успели до начала учебного года», — сказал он на церемонии открытия.",
	"Местные жители говорят, что теперь дорога до школы и рынка занимает у них вдвое меньше времени.",
	"Летом власти планируют благоустроить набережную рядом с мостом и поставить там скамейки.",
}

var russianBoilerplate = []string{
	"Главная",
	"Новости",
	"Поиск",
	"12 августа 2024, 14:32",
	"Автор: Анна Смирнова",
	"Поделиться",
	"Реклама",
	"Читайте также:",
	"Как ремонтируют дороги после зимы",
	"Почему в области снова дорожают билеты на пригородные электрички",
	"Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
	"Подписывайтесь на наш канал в Telegram",
	"Комментарии",
	"Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
	"Принять",
}

const (
	russianCaption = "Новый мост через Сосновку в день открытия"
	russianCredit  = "Фото: Иван Петров"
)

var russian = strings.Join([]string{
	"Главная", "Новости", "Поиск",
	russianTitle,
	"12 августа 2024, 14:32",
	"Автор: Анна Смирнова",
	"Поделиться",
	russianCaption,
	russianCredit,
	russianSentences[0], russianSentences[1],
	"Реклама",
	russianSentences[2], russianSentences[3],
	"Читайте также:",
	"Как ремонтируют дороги после зимы",
	"Почему в области снова дорожают билеты на пригородные электрички",
	russianSentences[4], russianSentences[5], russianSentences[6],
	"Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
	"Подписывайтесь на наш канал в Telegram",
	"Комментарии",
	"Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
	"Принять",
}, "\n") + "\n"

func TestRussianPhrasePack(t *testing.T) {
	c := newDefault(t)
	res, err := c.CleanText("ru.txt", russian)
	if err != nil {
		t.Fatal(err)
	}
	out := string(res.Output)
	if res.Doc.Lang != "ru" {
		t.Errorf("language %q, want ru", res.Doc.Lang)
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	if !lines["# "+russianTitle] {
		t.Errorf("the headline is not the title:\n%s", out)
	}
	for _, s := range russianSentences {
		if !lines[s] {
			t.Errorf("article sentence lost: %q\n%s", s, out)
		}
	}
	for _, s := range russianBoilerplate {
		if strings.Contains(out, s) {
			t.Errorf("boilerplate kept: %q\n%s", s, out)
		}
	}
	// The photo credit goes to the caption above it, printed with it in
	// one italic line, as German "Foto: …" credits do; it is no body
	// paragraph of its own.
	if lines[russianCredit] || !lines["*"+russianCaption+" "+russianCredit+"*"] {
		t.Errorf("photo credit not attached to its caption:\n%s", out)
	}
	if got := res.Doc.Meta.Authors; len(got) != 1 || got[0] != "Анна Смирнова" {
		t.Errorf("authors %q, want the byline's name", got)
	}
	// Cleaning the output again changes nothing.
	again, err := c.CleanText("ru.md", out)
	if err != nil {
		t.Fatal(err)
	}
	if string(again.Output) != out {
		t.Errorf("a second run changed the output:\n%s", lineDiff(out, string(again.Output)))
	}
}
