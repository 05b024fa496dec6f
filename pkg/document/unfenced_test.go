package document

import (
	"slices"
	"strings"
	"testing"
)

func TestParseUnfencedCode(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []codeBlk
	}{
		{"Go, indented as innerText prints a <pre>", "The leak:\nfunc f(ctx context.Context) {\n    ch := make(chan int)\n    go func() { ch <- 1 }()\n}\nA buffer fixes it.", []codeBlk{
			{Paragraph, "The leak:", ""}, {Code, "func f(ctx context.Context) {\n    ch := make(chan int)\n    go func() { ch <- 1 }()\n}", ""}, {Paragraph, "A buffer fixes it.", ""}}},
		{"Python: a colon over deeper lines, a blank line inside", "def greet(name):\n    if not name:\n        return 'stranger'\n\n    return name\nDone.", []codeBlk{
			{Code, "def greet(name):\n    if not name:\n        return 'stranger'\n\n    return name", ""}, {Paragraph, "Done.", ""}}},
		{"Python's blocks open with a keyword and a colon, html2text's indentation", "Read it:\n\n    with open(\"a.txt\") as f:\n        for line in f:\n            print(line)\n\nDone.", []codeBlk{
			{Paragraph, "Read it:", ""}, {Code, "with open(\"a.txt\") as f:\n    for line in f:\n        print(line)", ""}, {Paragraph, "Done.", ""}}},
		{"indentation all lines share is taken off", "    {\n      \"name\": \"demo\",\n      \"private\": true\n    }", []codeBlk{
			{Code, "{\n  \"name\": \"demo\",\n  \"private\": true\n}", ""}}},
		{"no indentation, every line code", "int main() {\nprintf(\"hi\");\nreturn 0;\n}", []codeBlk{
			{Code, "int main() {\nprintf(\"hi\");\nreturn 0;\n}", ""}}},
		{"a block that starts with an assignment, after a blank line under its sentence", "The loop:\n\nhandlers = []\nfor i in range(3):\n    handlers.append(lambda: i)\n\nDone.", []codeBlk{
			{Paragraph, "The loop:", ""}, {Code, "handlers = []\nfor i in range(3):\n    handlers.append(lambda: i)", ""}, {Paragraph, "Done.", ""}}},
		{"the comment over the code, the statements after a blank line under it, w3m", "I wrote a script:\n\n# Working hours, in UTC\nhours = {\n    \"ines\": (7, 15),\n}\n\nstart = max(hours.values())\nprint(start)\n\nThree hours.", []codeBlk{
			{Paragraph, "I wrote a script:", ""}, {Code, "# Working hours, in UTC\nhours = {\n    \"ines\": (7, 15),\n}\n\nstart = max(hours.values())\nprint(start)", ""}, {Paragraph, "Three hours.", ""}}},
		{"two lines stay text", "x := 1\ny := 2", []codeBlk{{Paragraph, "x := 1", ""}, {Paragraph, "y := 2", ""}}},
		{"two lines with a blank one between stay text", "$ make\n\n$ make test", []codeBlk{{Paragraph, "$ make", ""}, {Paragraph, "$ make test", ""}}},
		{"lines indented in an open block are the block's", "example.com {\n    root * /var/www\n    file_server\n}", []codeBlk{
			{Code, "example.com {\n    root * /var/www\n    file_server\n}", ""}}},
		{"a shell session", "$ make\n$ make test\n$ sudo make install", []codeBlk{{Code, "$ make\n$ make test\n$ sudo make install", ""}}},
		{"commands under the sentence that introduces them", "Copy the site with rsync:\nrsync -avz public/ host:/srv/\nThen reload it:\n$ systemctl reload caddy\nDone.", []codeBlk{
			{Paragraph, "Copy the site with rsync:", ""}, {Code, "rsync -avz public/ host:/srv/", ""},
			{Paragraph, "Then reload it:", ""}, {Code, "$ systemctl reload caddy", ""}, {Paragraph, "Done.", ""}}},
		{"assignments and a call under the sentence that introduces them", "An example shows it:\nname = \"Welt\"\nprint(name)\nDone.", []codeBlk{
			{Paragraph, "An example shows it:", ""}, {Code, "name = \"Welt\"\nprint(name)", ""}, {Paragraph, "Done.", ""}}},
		{"a span pandoc broke after a colon: no code", "[The protests grew [(Image:\nGETTY )]{.caption}]{.newsCaption}", []codeBlk{
			{Paragraph, "[The protests grew [(Image:", ""}, {Paragraph, "GETTY )]{.caption}]{.newsCaption}", ""}}},
		{"under a label, or a sentence: text", "Note:\nnpm install -g x\nRun it:\nThe tool starts -v mode.", []codeBlk{
			{Paragraph, "Note:", ""}, {Paragraph, "npm install -g x", ""}, {Paragraph, "Run it:", ""}, {Paragraph, "The tool starts -v mode.", ""}}},
		{"brackets that do not balance: text", "if (a) {\n    b();\n    c();", []codeBlk{
			{Paragraph, "if (a) {", ""}, {Paragraph, "b();", ""}, {Paragraph, "c();", ""}}},
		{"a sentence of prose in the run: text", "func f() {\n    This line is a sentence of prose, not code at all.\n}", []codeBlk{
			{Paragraph, "func f() {", ""}, {Paragraph, "This line is a sentence of prose, not code at all.", ""}, {Paragraph, "}", ""}}},
		{"items ending in semicolons open no block: text", "Mehl;\nZucker;\nEier;", []codeBlk{
			{Paragraph, "Mehl;", ""}, {Paragraph, "Zucker;", ""}, {Paragraph, "Eier;", ""}}},
		{"pandoc's spans over lines: no code", "[\n![](data:x){.icon}\n]{.logo}", []codeBlk{
			{Paragraph, "]{.logo}", ""}}},
		{"a configuration's table over its keys, html2text's indentation", "The output table sets where results go.\n\n    [output]\n    dir = \"build\"\n    format = \"json\"\n\nDone.", []codeBlk{
			{Paragraph, "The output table sets where results go.", ""}, {Code, "[output]\ndir = \"build\"\nformat = \"json\"", ""}, {Paragraph, "Done.", ""}}},
		{"a table with one key, and a link's number over keys: text (the bracketed lines go as a dump's)", "[tool]\nname = \"x\"\nDone.\n\n[1]\na = 1\nb = 2", []codeBlk{
			{Paragraph, "name = \"x\"", ""}, {Paragraph, "Done.", ""}, {Paragraph, "a = 1", ""}, {Paragraph, "b = 2", ""}}},
		{"a toolbar's label and copy button over a configuration, w3m", "Set these:\n\npostgresql.confCopy\n\nwal_level = logical\nmax_wal_senders = 10\nlisten_addresses = 'localhost'\n\nEach subscription uses one slot, so leave some headroom.", []codeBlk{
			{Paragraph, "Set these:", ""}, {Code, "wal_level = logical\nmax_wal_senders = 10\nlisten_addresses = 'localhost'", ""}, {Paragraph, "Each subscription uses one slot, so leave some headroom.", ""}}},
		{"lynx's button, the text around the code indented deeper", "   Restart it:\n   bash (BUTTON) Copy\necho \"host  db\" | sudo tee -a /etc/hba.conf\nsudo systemctl restart postgresql\n\n   The last command should print the setting and nothing else.", []codeBlk{
			{Paragraph, "Restart it:", ""}, {Code, "echo \"host  db\" | sudo tee -a /etc/hba.conf\nsudo systemctl restart postgresql", "bash"},
			{Paragraph, "The last command should print the setting and nothing else.", ""}}},
		{"elinks's link number, a blank line inside the code, a heading after it", "SQL[38]Copy\n\nSELECT name\nFROM users;\n\nCREATE INDEX users_name ON users (name);\n\nTroubleshooting", []codeBlk{
			{Code, "SELECT name\nFROM users;\n\nCREATE INDEX users_name ON users (name);", "sql"}, {Paragraph, "Troubleshooting", ""}}},
		{"a menu of languages: text", "SQL\nPython\nGo\nRust", []codeBlk{
			{Paragraph, "SQL", ""}, {Paragraph, "Python", ""}, {Paragraph, "Go", ""}, {Paragraph, "Rust", ""}}},
		{"a label over prose: text", "bashCopy\n\nThe tool prints its version and exits.", []codeBlk{
			{Paragraph, "bashCopy", ""}, {Paragraph, "The tool prints its version and exits.", ""}}},
		{"a poem's indented lines: text", "The sea (at dusk)\n    rolls in\n    and out", []codeBlk{
			{Paragraph, "The sea (at dusk)", ""}, {Paragraph, "rolls in", ""}, {Paragraph, "and out", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameBlocks(t, codeBlocks(tt.in), tt.want)
		})
	}
}

func TestDropStrayCode(t *testing.T) {
	doc := &Document{Blocks: []Block{
		{Text: "Menu", Dropped: true},
		{Kind: Code, Text: "var ad = 1;"},
		{Text: "Share", Dropped: true},
		{Text: "The article."},
		{Kind: Code, Text: "x := 1"},
		{Text: "Most read", Dropped: true},
		{Kind: Code, Text: "tail()"},
	}}
	doc.DropStrayCode("content", "code outside the main text")
	var got []bool
	for _, b := range doc.Blocks {
		got = append(got, b.Dropped)
	}
	want := []bool{true, true, true, false, false, true, true}
	sameBlocks(t, got, want)
	if n := doc.Blocks[1].Notes; len(n) != 1 || n[0].Filter != "content" || n[0].Reason != "code outside the main text" {
		t.Errorf("notes = %+v", n)
	}
	lone := &Document{Blocks: []Block{{Kind: Code, Text: "only code"}}}
	lone.DropStrayCode("content", "x")
	if lone.Blocks[0].Dropped {
		t.Error("a text of nothing but code lost it")
	}
}

// A code block's toolbar right over the block goes: its label and its
// button, on one line or on two; a file's name stays without its button.
// Words alone, or a label without a button, stay.
func TestDropCodeToolbars(t *testing.T) {
	for _, tc := range []struct {
		name  string
		above []string
		want  []string // the texts kept
	}{
		{"glued", []string{"Intro.", "bashCopy"}, []string{"Intro."}},
		{"two lines", []string{"Intro.", "Shell", "Copy"}, []string{"Intro."}},
		{"file", []string{"Intro.", "ferrule.toml", "Copy"}, []string{"Intro.", "ferrule.toml"}},
		{"file glued", []string{"Intro.", "docker-compose.yml (BUTTON) Copy code"}, []string{"Intro.", "docker-compose.yml"}},
		{"label alone", []string{"Intro.", "Shell"}, []string{"Intro.", "Shell"}},
		{"button alone", []string{"Intro.", "Copy"}, []string{"Intro.", "Copy"}},
		{"a heading", []string{"Intro.", "Install the CLI"}, []string{"Intro.", "Install the CLI"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{}
			for _, a := range tc.above {
				doc.Blocks = append(doc.Blocks, Block{Text: a})
			}
			doc.Blocks = append(doc.Blocks, Block{Kind: Code, Text: "ls -la"})
			doc.DropCodeToolbars("boilerplate", "code block's toolbar")
			var got []string
			for _, b := range doc.Blocks {
				if !b.Dropped && b.Kind != Code {
					got = append(got, b.Text)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("kept %q, want %q", got, tc.want)
			}
		})
	}
}

// Marks a line without a letter among them are no code, however they
// open and close ("(" / ")" / ","), nor are lines each a paragraph of its
// own, a blank line between every two ("A(" / ")" / ","): FuzzRoundTrip
// wrote such paragraphs and read back a code block.
func TestUnfencedNeedsALetter(t *testing.T) {
	for _, in := range []string{"(\n)\n,\n", "(\n\n)\n\n,\n", "A(\n\n)\n\n,\n", "f(\n\nx,\n\n)\n"} {
		for _, b := range Parse(in).Blocks {
			if b.Kind == Code {
				t.Errorf("%q: read %q as code", in, b.Text)
			}
		}
	}
	if d := Parse("Run this:\n\nf(\n  x,\n)\n"); !slices.ContainsFunc(d.Blocks, func(b Block) bool { return b.Kind == Code }) {
		t.Errorf("a call over three lines is no code: %+v", d.Blocks)
	}
}

// TestCodeLabel: a code block's toolbar as text converters print it; a
// language's name alone only where it is no word of prose, in small
// letters or capitals; a file's name only with its button.
func TestCodeLabel(t *testing.T) {
	for _, tt := range []struct {
		line, info string
		button, ok bool
	}{
		{"bashCopy", "bash", true, true},
		{"SQLCopy", "sql", true, true},
		{"SQL (BUTTON) Copy", "sql", true, true},
		{"postgresql.conf[38]Copy", "", true, true},
		{"main.go Copy code", "", true, true},
		{"bash", "bash", false, true},
		{"JSON", "json", false, true},
		{"Python", "", false, false},
		{"go", "", false, false},
		{"Go Copy", "go", true, true},
		{"README.md", "", false, false},
		{"Home", "", false, false},
		{"bash copy", "", false, false},
		{"bash Copy this snippet to your clipboard now", "", false, false},
		// A site's name over its menu, a word.
		{"AccuWeather.com Quick Look", "", false, false},
		{"aeon.co Sex", "", false, false},
		{"SH Top Stories", "", false, false},
		{"CBeebies", "", false, false},
		{"Copier le code", "", false, false},
		{"config.toml Copier le code", "", true, true},
	} {
		info, button, ok := codeLabel(tt.line)
		if ok != tt.ok || ok && (info != tt.info || button != tt.button) {
			t.Errorf("codeLabel(%q) = %q, %v, %v; want %q, %v, %v", tt.line, info, button, ok, tt.info, tt.button, tt.ok)
		}
	}
}

// Under a code label, lines that read as Markdown's own blocks are no
// code, though one is shaped like it: a line alone or lines each a
// paragraph set apart from the label by a blank line (FuzzRoundTrip wrote
// "SH" over "(", then over "A(", and read back a code block), and a
// quote's lines, a numbered list, a table's rows or a line broken with a
// glued backslash under a label with its button ("C A" over "> 0\" /
// "> &&"). Code under a label stands one line under the other, or right
// under it; a shell's continuation and Python's prompt are code.
func TestUnfencedLabelOverMarkdown(t *testing.T) {
	for _, in := range []string{
		"SH\n\n(\n", "SH\n\nA(\n", "SHAbc\n\nA(\n", "SQL Copy\n\nSELECT 1;\n\nSELECT 2;\n",
		"C A\n\n> 0\\\n> &&\n", "SQL Copy\n\n1. a\n2. x && y\n", "SQL Copy\n\n| a || b |\n| c |\n", "SQL Copy\n\nf(x)\\\nx && y\n",
	} {
		for _, b := range Parse(in).Blocks {
			if b.Kind == Code {
				t.Errorf("%q: read %q as code", in, b.Text)
			}
		}
	}
	for _, tt := range []struct{ in, info, first string }{
		{"SQLCopy\n\nSELECT 1;\nSELECT 2;\n", "sql", "SELECT 1;"},
		{"sql\nSELECT 1;\n", "sql", "SELECT 1;"},
		{"bash Copy\n\ncurl -s x.org \\\n  | jq .\n", "bash", "curl -s x.org"},
		{"python Copy\n\n>>> import os\n>>> os.getcwd()\n", "python", ">>> import os"},
	} {
		d := Parse(tt.in)
		if !slices.ContainsFunc(d.Blocks, func(b Block) bool { return b.Kind == Code && b.Info == tt.info && strings.HasPrefix(b.Text, tt.first) }) {
			t.Errorf("%q: no %s code block starting %q: %+v", tt.in, tt.info, tt.first, d.Blocks)
		}
	}
}

// A numbered item ending in a colon does not introduce the next item as
// its command: FuzzRoundTrip wrote the list "1. : 00:" / "2. -a" and read
// back a paragraph and a code block.
func TestUnfencedOrderedItems(t *testing.T) {
	for _, in := range []string{"1. : 00:\n2. -a\n", "1. Then run this:\n2. ls -a\n"} {
		d := Parse(in)
		if len(d.Blocks) != 2 || d.Blocks[0].Kind != ListItem || d.Blocks[1].Kind != ListItem {
			t.Errorf("%q: got %+v, want two list items", in, d.Blocks)
		}
	}
}
