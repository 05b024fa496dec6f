package learn

import (
	"fmt"
	"io"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// WriteConfig writes the found rules as an unscrape config file: a drop:
// list with a comment above each rule saying on how many of the pages it
// was seen. The YAML encoder does the quoting, so every line, whatever
// its colons and quotes, reads back as itself.
func (l *Learner) WriteConfig(w io.Writer, found []Found) error {
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, f := range found {
		item := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.Rule}
		if f.Varies {
			// Backslashes read as themselves only in single quotes.
			item.Style = yaml.SingleQuotedStyle
		}
		item.HeadComment = fmt.Sprintf("seen on %d of %d pages", f.Pages, l.pages)
		if f.Varies {
			item.HeadComment += ", with numbers or dates that vary"
		}
		list.Content = append(list.Content, item)
	}
	if len(found) == 0 {
		list.Style = yaml.FlowStyle
	}
	key := &yaml.Node{Kind: yaml.ScalarNode, Value: "drop"}
	key.HeadComment = fmt.Sprintf(`Learned by "unscrape learn" from %d pages: lines seen on at least %s of
the pages and on at least %d. Every line a rule matches is dropped;
read the rules, and delete any that is the site's content.`,
		l.pages, percent(l.opts.Share), l.opts.MinPages)
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{
		Kind:    yaml.MappingNode,
		Content: []*yaml.Node{key, list},
	}}}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing config: %w", err)
	}
	return enc.Close()
}

func percent(share float64) string {
	return strconv.FormatFloat(share*100, 'f', -1, 64) + "%"
}
