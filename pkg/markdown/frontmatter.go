package markdown

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/unscrape/unscrape/pkg/document"
)

// The front matter keys unscrape writes, in the order it writes them.
const (
	keyTitle    = "title"
	keyLanguage = "language"
	keyAuthor   = "author" // one author, as a string
	keyAuthors  = "authors"
	keyCredits  = "credits"
	keySource   = "source"
)

var ownKeys = []string{keyTitle, keyLanguage, keyAuthor, keyAuthors, keyCredits, keySource}

// stdinSource is the source name of standard input, which says nothing
// worth keeping.
const stdinSource = "-"

// ReadFrontMatter reads the YAML front matter document.Parse kept into doc:
// the language, the authors, the credits and the source. The title is left to the
// filters, which find it in the body; the front matter's title is kept only
// if they find none. Keys unscrape does not know stay in the front matter
// for FrontMatter to write back.
//
// A reader service's header (document.Meta.Header) is front matter in
// another syntax: it is made YAML front matter first (see headerYAML).
func ReadFrontMatter(doc *document.Document) error {
	if doc.Meta.FrontMatter == "" && doc.Meta.Header != nil {
		fm, err := headerYAML(doc.Meta.Header)
		if err != nil {
			return err
		}
		doc.Meta.FrontMatter, doc.Meta.Header = fm, nil
	}
	if doc.Meta.FrontMatter == "" {
		return nil
	}
	m, err := frontMatterMap(doc.Meta.FrontMatter)
	if err != nil {
		return err
	}
	for k := 0; k+1 < len(m.Content); k += 2 {
		key, val := m.Content[k].Value, m.Content[k+1]
		var err error
		switch key {
		case keyTitle:
			err = val.Decode(&doc.Meta.Title)
			doc.Meta.TitleGiven = doc.Meta.Title != ""
		case keyLanguage:
			err = val.Decode(&doc.Lang)
		case keySource:
			err = val.Decode(&doc.Meta.Source)
		case keyCredits:
			doc.Meta.Credits, err = appendStrings(doc.Meta.Credits, val)
		case keyAuthor, keyAuthors:
			doc.Meta.Authors, err = appendStrings(doc.Meta.Authors, val)
		}
		if err != nil {
			return fmt.Errorf("front matter: %s: %w", key, err)
		}
	}
	return nil
}

// appendStrings appends the strings of val, one string or a list of them,
// to list, leaving out those list already has.
func appendStrings(list []string, val *yaml.Node) ([]string, error) {
	var add []string
	if val.Kind == yaml.ScalarNode {
		add = []string{val.Value}
	} else if err := val.Decode(&add); err != nil {
		return list, err
	}
	for _, s := range add {
		if !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list, nil
}

// readableKey returns key as it must be written for document.Parse to
// read the front matter again: a scalar key that is not a plain one
// ("7%", "a b", "~") double-quoted, as a string. Left to the encoder, such
// a key is written plain ("7%: x"), and a second run would read the front
// matter as text.
func readableKey(key *yaml.Node) *yaml.Node {
	if key.Kind != yaml.ScalarNode || document.PlainKey(key.Value) {
		return key
	}
	q := *key
	q.Style, q.Tag = yaml.DoubleQuotedStyle, "!!str"
	return &q
}

// frontMatterMap parses front matter that must be a YAML mapping.
func frontMatterMap(src string) (*yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	if root.Kind == 0 {
		return &yaml.Node{Kind: yaml.MappingNode}, nil
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("front matter: not a mapping of keys to values")
	}
	return root.Content[0], nil
}

// FrontMatter returns doc's metadata as a YAML front matter block, "---"
// lines included: title, language, author (or authors, when there are
// several), credits and source (each only when known), then any other keys
// the input's front matter had, in their order.
// The YAML library does the quoting, so a title like "Ja: nein" or "123"
// reads back as the same string.
func FrontMatter(doc *document.Document) ([]byte, error) {
	out := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, v any) error {
		var k, val yaml.Node
		if err := k.Encode(key); err != nil {
			return err
		}
		if err := val.Encode(v); err != nil {
			return err
		}
		out.Content = append(out.Content, &k, &val)
		return nil
	}
	type pair struct {
		key string
		val any
	}
	var own []pair
	if doc.Meta.Title != "" {
		own = append(own, pair{keyTitle, doc.Meta.Title})
	}
	if doc.Lang != "" {
		own = append(own, pair{keyLanguage, doc.Lang})
	}
	switch len(doc.Meta.Authors) {
	case 0:
	case 1:
		own = append(own, pair{keyAuthor, doc.Meta.Authors[0]})
	default:
		own = append(own, pair{keyAuthors, doc.Meta.Authors})
	}
	if len(doc.Meta.Credits) > 0 {
		own = append(own, pair{keyCredits, doc.Meta.Credits})
	}
	if doc.Meta.Source != "" && doc.Meta.Source != stdinSource {
		own = append(own, pair{keySource, doc.Meta.Source})
	}
	for _, o := range own {
		if err := add(o.key, o.val); err != nil {
			return nil, fmt.Errorf("front matter: %s: %w", o.key, err)
		}
	}
	if doc.Meta.FrontMatter != "" {
		m, err := frontMatterMap(doc.Meta.FrontMatter)
		if err != nil {
			return nil, err
		}
		for k := 0; k+1 < len(m.Content); k += 2 {
			if key := m.Content[k]; !slices.Contains(ownKeys, key.Value) {
				out.Content = append(out.Content, readableKey(key), m.Content[k+1])
			}
		}
	}
	written := ""
	if len(out.Content) > 0 {
		var err error
		if written, err = settleYAML(out); err != nil {
			return nil, err
		}
		// readableKey writes the keys it knows of so that they read
		// again; what it does not know (an anchor on a key, "&a k") is
		// refused here rather than read as text by the next run.
		if fm, ok := document.FrontMatterOf("---\n" + written + "---\n"); !ok || fm != written {
			return nil, fmt.Errorf("front matter: written back, it would not read as front matter:\n%s", written)
		}
	}
	return []byte("---\n" + written + "---\n"), nil
}

// maxYAMLRounds bounds settleYAML: real front matter is stable at once.
const maxYAMLRounds = 3

// settleYAML encodes the mapping out as the next run will write it again:
// the encoder does not always write a comment where it read it ("? -",
// then "#"), so the YAML is read and written until it stays the same, and
// refused when it does not.
func settleYAML(out *yaml.Node) (string, error) {
	written, err := encodeYAML(out)
	if err != nil {
		return "", err
	}
	for range maxYAMLRounds {
		m, err := frontMatterMap(written)
		if err != nil {
			return "", err
		}
		again := &yaml.Node{Kind: yaml.MappingNode}
		for k := 0; k+1 < len(m.Content); k += 2 {
			key, val := readableKey(m.Content[k]), m.Content[k+1]
			if slices.Contains(ownKeys, key.Value) {
				// The next run writes its own keys anew from what
				// they say, without the comments the reader hung on
				// them ("#" after "source: x" is the key's).
				key, val = withoutComments(key), withoutComments(val)
			}
			again.Content = append(again.Content, key, val)
		}
		next, err := encodeYAML(again)
		if err != nil {
			return "", err
		}
		if next == written {
			return written, nil
		}
		written = next
	}
	return "", fmt.Errorf("front matter: written back, it changes each time it is read again:\n%s", written)
}

// withoutComments returns a copy of n and its children without their
// comments.
func withoutComments(n *yaml.Node) *yaml.Node {
	c := *n
	c.HeadComment, c.LineComment, c.FootComment = "", "", ""
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, child := range n.Content {
		c.Content[i] = withoutComments(child)
	}
	return &c
}

// encodeYAML writes the mapping out as front matter, indented by two.
func encodeYAML(out *yaml.Node) (string, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return "", fmt.Errorf("front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return "", fmt.Errorf("front matter: %w", err)
	}
	return buf.String(), nil
}

// headerKeys names the fields of Jina Reader's header as front matter
// keys; another field's key is its name in lower case with "_" for spaces
// ("Warning" is "warning").
var headerKeys = map[string]string{
	"Title":          keyTitle,
	"URL Source":     "url",
	"Published Time": "date",
}

// headerYAML writes a reader's header as YAML front matter, its fields in
// order; a field given more than once is a list of its values.
func headerYAML(fields []document.Field) (string, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	at := map[string]*yaml.Node{} // each key's value
	for _, f := range fields {
		key, ok := headerKeys[f.Key]
		if !ok {
			key = strings.ReplaceAll(strings.ToLower(f.Key), " ", "_")
		}
		var v yaml.Node
		if err := v.Encode(f.Value); err != nil {
			return "", fmt.Errorf("header: %s: %w", f.Key, err)
		}
		if prev, ok := at[key]; ok {
			if prev.Kind != yaml.SequenceNode {
				*prev = yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: prev.Kind, Tag: prev.Tag, Value: prev.Value, Style: prev.Style}}}
			}
			prev.Content = append(prev.Content, &v)
			continue
		}
		var k yaml.Node
		if err := k.Encode(key); err != nil {
			return "", fmt.Errorf("header: %s: %w", f.Key, err)
		}
		m.Content = append(m.Content, &k, &v)
		at[key] = &v
	}
	out, err := yaml.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("header: %w", err)
	}
	return string(out), nil
}
