// Package config reads unscrape's config files: .unscrape.yaml, looked up
// from the working folder upwards, or one file named with --config.
//
// A config file sets any option of the command line under the flag's name
// (quotes, lang, filters, skip, include, exclude, format, front-matter,
// links) and
// holds drop: and keep: lists of line rules (see package rule). Unknown keys
// and bad values are errors that name the file, the line and the key.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/rule"
)

// FileName is the name of the config file that unscrape looks for in the
// working folder and each folder above it.
const FileName = ".unscrape.yaml"

// OptionKeys returns the keys that set command-line options, in the order
// the README documents them. Each is the name of the flag it sets.
func OptionKeys() []string {
	return []string{"quotes", "lang", "filters", "skip", "include", "exclude", "format", "front-matter", "links"}
}

// Keys returns every key a config file may hold.
func Keys() []string {
	return append(OptionKeys(), "drop", "keep", "root")
}

// Formats are the values of the format key.
func Formats() []string {
	return []string{"markdown", "text", "jsonl"}
}

type valueKind uint8

const (
	scalarValue valueKind = iota
	listValue
	boolValue
	rulesValue
)

func kindOf(key string) (valueKind, bool) {
	switch key {
	case "quotes", "lang", "format":
		return scalarValue, true
	case "filters", "skip", "include", "exclude":
		return listValue, true
	case "front-matter", "links", "root":
		return boolValue, true
	case "drop", "keep":
		return rulesValue, true
	}
	return 0, false
}

// Setting is the value one config file gives an option key.
type Setting struct {
	Key string
	// Value is the value of a scalar key, and "true" or "false" for
	// front-matter and links.
	Value string
	// List is the value of a list key (filters, skip, include, exclude).
	List []string
	// IsList tells a list key, whose value is List, from the others.
	IsList bool
	// Origin is where the value was written: "FILE:LINE".
	Origin string
}

// Config is one config file, or several merged by Merge.
type Config struct {
	// Path is the file's name as it is shown in messages: relative to the
	// working folder for a discovered file, as given for --config.
	Path string
	// Root stops the search for config files in the folders above this one,
	// as EditorConfig's "root = true" does.
	Root bool
	// Settings holds the option keys the file sets.
	Settings map[string]Setting
	// Drop and Keep are the file's rules in the order written.
	Drop, Keep []rule.Rule
}

// Error is a problem with a config file, at a line and a key when known.
type Error struct {
	Path string
	Line int    // 0 when the problem is with the whole file
	Key  string // empty when the problem is not with one key
	Err  error
}

func (e *Error) Error() string {
	var sb strings.Builder
	sb.WriteString(e.Path)
	if e.Line > 0 {
		sb.WriteString(":" + strconv.Itoa(e.Line))
	}
	if e.Key != "" {
		sb.WriteString(": key " + strconv.Quote(e.Key))
	}
	sb.WriteString(": " + e.Err.Error())
	return sb.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Load reads and parses the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Discover returns the config files that apply in dir: FileName in dir and
// in every folder above it, nearest first, up to the file system's root or
// the first file that says "root: true". Paths in the configs and in errors
// are relative to dir.
func Discover(dir string) ([]*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var out []*Config
	for d := abs; ; {
		p := filepath.Join(d, FileName)
		show := p
		if rel, err := filepath.Rel(abs, p); err == nil {
			show = rel
		}
		data, err := os.ReadFile(p)
		switch {
		case err == nil:
			c, err := Parse(show, data)
			if err != nil {
				return nil, err
			}
			out = append(out, c)
			if c.Root {
				return out, nil
			}
		case errors.Is(err, fs.ErrNotExist):
		default:
			return nil, &Error{Path: show, Err: unwrapPath(err)}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return out, nil
		}
		d = parent
	}
}

// unwrapPath drops the path from an *fs.PathError, which Error names
// already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Merge combines configs given nearest first into one: each option key
// takes the value of the nearest file that sets it, and the rules of all
// files are kept, the nearest file's first.
func Merge(configs []*Config) *Config {
	m := &Config{Settings: make(map[string]Setting)}
	for _, c := range configs {
		for k, s := range c.Settings {
			if _, ok := m.Settings[k]; !ok {
				m.Settings[k] = s
			}
		}
		m.Drop = append(m.Drop, c.Drop...)
		m.Keep = append(m.Keep, c.Keep...)
	}
	return m
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse reads a config file's content. path names the file in errors and
// in the rules' origins.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path, Settings: make(map[string]Setting)}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &Error{Path: path, Line: line, Err: errors.New(m[2])}
		}
		return nil, &Error{Path: path, Err: err}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // empty, or only comments
	}
	top := resolve(doc.Content[0])
	if top.Kind != yaml.MappingNode {
		if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
			return c, nil
		}
		return nil, &Error{Path: path, Line: top.Line, Err: errors.New("want a mapping of keys to values")}
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := resolve(top.Content[i]), resolve(top.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return nil, &Error{Path: path, Line: k.Line, Err: errors.New("a key must be a plain name")}
		}
		key := k.Value
		fail := func(line int, format string, args ...any) error {
			return &Error{Path: path, Line: line, Key: key, Err: fmt.Errorf(format, args...)}
		}
		kind, ok := kindOf(key)
		if !ok {
			return nil, fail(k.Line, "unknown key (known: %s)", strings.Join(Keys(), ", "))
		}
		if first, dup := seen[key]; dup {
			return nil, fail(k.Line, "given twice (first on line %d)", first)
		}
		seen[key] = k.Line
		origin := path + ":" + strconv.Itoa(v.Line)
		switch kind {
		case scalarValue:
			s, err := scalar(v)
			if err != nil {
				return nil, fail(v.Line, "%v", err)
			}
			if err := checkScalar(key, s); err != nil {
				return nil, fail(v.Line, "%v", err)
			}
			c.Settings[key] = Setting{Key: key, Value: s, Origin: origin}
		case boolValue:
			b, err := boolean(v)
			if err != nil {
				return nil, fail(v.Line, "%v", err)
			}
			if key == "root" {
				c.Root = b
				continue
			}
			c.Settings[key] = Setting{Key: key, Value: strconv.FormatBool(b), Origin: origin}
		case listValue:
			items, lerr := stringList(v)
			if lerr != nil {
				return nil, fail(lerr.line, "%v", lerr.err)
			}
			list := make([]string, 0, len(items))
			for _, it := range items {
				if err := checkItem(key, it.value); err != nil {
					return nil, fail(it.line, "%v", err)
				}
				list = append(list, it.value)
			}
			c.Settings[key] = Setting{Key: key, List: list, IsList: true, Origin: origin}
		case rulesValue:
			rules, lerr := ruleList(path, v)
			if lerr != nil {
				return nil, fail(lerr.line, "%v", lerr.err)
			}
			if key == "drop" {
				c.Drop = rules
			} else {
				c.Keep = rules
			}
		}
	}
	return c, nil
}

func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func scalar(v *yaml.Node) (string, error) {
	switch {
	case v.Kind != yaml.ScalarNode:
		return "", errors.New("want a single value, not a list or mapping")
	case v.Tag == "!!null":
		return "", errors.New("no value")
	case strings.TrimSpace(v.Value) == "":
		return "", errors.New("empty value")
	}
	return strings.TrimSpace(v.Value), nil
}

func boolean(v *yaml.Node) (bool, error) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!bool" {
		var b bool
		if err := v.Decode(&b); err == nil {
			return b, nil
		}
	}
	return false, fmt.Errorf("want true or false, not %s", describe(v))
}

func describe(v *yaml.Node) string {
	switch v.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	}
	if v.Tag == "!!null" {
		return "nothing"
	}
	return strconv.Quote(v.Value)
}

// item is one value of a list key with the line it stands on.
type item struct {
	line  int
	value string
}

// stringList reads a list key: a YAML sequence, or one value that is split
// at commas like the flag's value.
func stringList(v *yaml.Node) ([]item, *lineError) {
	var out []item
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
		for _, s := range strings.Split(v.Value, ",") {
			out = append(out, item{v.Line, strings.TrimSpace(s)})
		}
	case v.Kind == yaml.SequenceNode:
		for _, it := range v.Content {
			it = resolve(it)
			if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
				return nil, &lineError{it.Line, fmt.Errorf("want a name, not %s", describe(it))}
			}
			out = append(out, item{it.Line, strings.TrimSpace(it.Value)})
		}
	default:
		return nil, &lineError{v.Line, fmt.Errorf("want a list of names, not %s", describe(v))}
	}
	return out, nil
}

// checkScalar validates the value of a scalar key.
func checkScalar(key, s string) error {
	switch key {
	case "quotes":
		if s == "auto" || s == "keep" || s == "ascii" {
			return nil
		}
		if _, err := language.Parse(s); err != nil {
			return fmt.Errorf("%q is not auto, keep, ascii or a language tag: %w", s, err)
		}
	case "lang":
		if s == "auto" {
			return nil
		}
		if _, err := language.Parse(s); err != nil {
			return fmt.Errorf("%q is not auto or a language tag: %w", s, err)
		}
	case "format":
		if !slices.Contains(Formats(), s) {
			return fmt.Errorf("unknown format %q (want %s)", s, strings.Join(Formats(), ", "))
		}
	}
	return nil
}

// checkItem validates one item of a list key.
func checkItem(key, item string) error {
	if item == "" {
		return errors.New("empty item")
	}
	switch key {
	case "filters", "skip":
		if _, ok := filter.Lookup(item); !ok {
			var known []string
			for _, s := range filter.Specs() {
				known = append(known, s.Name)
			}
			return fmt.Errorf("unknown filter %q (known: %s)", item, strings.Join(known, ", "))
		}
	case "include", "exclude":
		if _, err := path.Match(item, ""); err != nil {
			return fmt.Errorf("bad glob %q: %w", item, err)
		}
	}
	return nil
}

type lineError struct {
	line int
	err  error
}

// ruleList reads a drop: or keep: list, one rule per item, each with its
// own line as its origin.
func ruleList(path string, v *yaml.Node) ([]rule.Rule, *lineError) {
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil, nil // "drop:" with no rules yet
	}
	if v.Kind != yaml.SequenceNode {
		return nil, &lineError{v.Line, fmt.Errorf("want a list of lines, one per \"- \" item, not %s", describe(v))}
	}
	var out []rule.Rule
	for _, it := range v.Content {
		it = resolve(it)
		if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
			return nil, &lineError{it.Line, fmt.Errorf("item is %s, not a line; put the line in quotes", describe(it))}
		}
		r, err := rule.Parse(it.Value, path+":"+strconv.Itoa(it.Line))
		if err != nil {
			return nil, &lineError{it.Line, err}
		}
		out = append(out, r)
	}
	return out, nil
}
