package score

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// Article is one page of a gold file: where it came from and the text a
// person marked as its article.
type Article struct {
	URL  string `json:"url"`
	Body string `json:"articleBody"`
}

// Gold maps a page id to its article.
type Gold map[string]Article

// LoadGold reads a gold file: a JSON object of id → {url, articleBody}.
func LoadGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// IDs returns the page ids in sorted order.
func (g Gold) IDs() []string {
	ids := make([]string, 0, len(g))
	for id := range g {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// ReadOutput returns the cleaned text of page id in dir, from <id>.md or
// else <id>.txt, as score.py reads it; a missing output is empty.
func ReadOutput(dir, id string) (string, error) {
	for _, ext := range []string{".md", ".txt"} {
		data, err := os.ReadFile(filepath.Join(dir, id+ext))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return string(data), nil
	}
	return "", nil
}

// Dir scores the outputs in dir against g, as "score.py gold dir" does.
func Dir(g Gold, dir string) (Result, error) {
	var pages []Counts
	for _, id := range g.IDs() {
		out, err := ReadOutput(dir, id)
		if err != nil {
			return Result{}, err
		}
		pages = append(pages, Page(g[id].Body, out))
	}
	return Total(pages), nil
}
