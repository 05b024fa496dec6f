package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/unscrape/unscrape/pkg/decode"
	"github.com/unscrape/unscrape/pkg/learn"
)

// learnOptions are the learn command's flags.
type learnOptions struct {
	threshold float64
	minPages  int
}

func newLearnCmd(s streams) *cobra.Command {
	o := &learnOptions{}
	cmd := &cobra.Command{
		Use:   "learn [flags] path ...",
		Short: "Find a site's repeated lines and print them as a config file",
		Long: `learn reads the pages of one site (folders are walked for *.txt and *.md
files, hidden folders skipped) and prints a config file whose drop: list
holds every line seen on a large share of the pages: the site's slogan, its
donation appeal, its "checked by two editors" line. Lines are compared after
folding case, quotes and white space; lines that differ only in numbers or
dates become one regex rule. A comment above each rule says on how many
pages it was seen.

Read the rules, delete any that is content, and save the file as
.unscrape.yaml in the folder you run unscrape in (or one above it), or pass
it with --config.`,
		Example: `  unscrape learn pages/ > .unscrape.yaml
  unscrape learn --threshold 0.8 --min-pages 5 site-a/*.txt > site-a.yaml
  unscrape --config site-a.yaml --explain site-a/2025-03-01.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runLearn(o, s, args)
		},
	}
	f := cmd.Flags()
	f.Float64Var(&o.threshold, "threshold", learn.DefaultShare, "least share of the pages (0–1] a line must be seen on")
	f.IntVar(&o.minPages, "min-pages", learn.DefaultMinPages, "least number of pages a line must be seen on")
	return cmd
}

// runLearn learns from the pages under paths and writes the config to
// standard output. A page that cannot be read is reported, counts as a page
// without lines, and makes the exit code 2.
func runLearn(o *learnOptions, s streams, paths []string) error {
	if o.threshold <= 0 || o.threshold > 1 {
		return &exitCodeError{code: exitError, err: fmt.Errorf("--threshold %v is not above 0 and at most 1", o.threshold)}
	}
	if o.minPages < 1 {
		return &exitCodeError{code: exitError, err: fmt.Errorf("--min-pages %d is below 1", o.minPages)}
	}
	files, err := pageFiles(paths)
	if err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	l, err := learn.New(learn.Options{Share: o.threshold, MinPages: o.minPages, Pages: len(files)})
	if err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	failed := false
	for _, p := range files {
		text, err := readPage(p)
		if err != nil {
			fmt.Fprintf(s.err, "unscrape: %v\n", err)
			failed = true
		}
		if err := l.Add(text); err != nil {
			return &exitCodeError{code: exitError, err: fmt.Errorf("%s: %w", p, err)}
		}
	}
	found, err := l.Found()
	if err != nil {
		return &exitCodeError{code: exitError, err: fmt.Errorf("learn: %w", err)}
	}
	if err := l.WriteConfig(s.out, found); err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	if failed {
		return &exitCodeError{code: exitError}
	}
	return nil
}

func readPage(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	text, err := decode.Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return text, nil
}

// pageFiles lists the pages under paths in order: a file as given, a folder
// walked in lexical order for *.txt and *.md files, without hidden folders
// and files.
func pageFiles(paths []string) ([]string, error) {
	var out []string
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, root)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := p != root && strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.IsDir() || hidden || !d.Type().IsRegular():
				return nil
			}
			if ext := filepath.Ext(p); ext == ".txt" || ext == ".md" {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
