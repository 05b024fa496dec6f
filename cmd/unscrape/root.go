package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/filter"
)

// Exit codes, documented in README.md.
const (
	exitOK      = 0
	exitChanged = 1 // --check, -l or -d found a file that would change
	exitError   = 2 // a bad flag, an unreadable or binary input, a bad config
)

// exitCodeError carries an exit code out of a command without printing more.
type exitCodeError struct {
	code int
	err  error // already reported when nil
}

func (e *exitCodeError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitCodeError) Unwrap() error { return e.err }

// streams are the command's standard streams; tests pass their own.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// Main runs unscrape with args and returns the exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(streams{in: stdin, out: stdout, err: stderr})
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ec *exitCodeError
	if errors.As(err, &ec) {
		if ec.err != nil {
			fmt.Fprintf(stderr, "unscrape: %v\n", ec.err)
		}
		return ec.code
	}
	// Anything else comes from cobra's own parsing: a bad flag or argument.
	fmt.Fprintf(stderr, "unscrape: %v\n", err)
	return exitError
}

// cleanOptions are the root command's flags.
type cleanOptions struct {
	filters, skip []string
	format        string
	lang          string
	quotes        string
	explain       bool
	frontMatter   bool
	config        string
}

func newRootCmd(s streams) *cobra.Command {
	o := &cleanOptions{}
	cmd := &cobra.Command{
		Use:   "unscrape [flags] [path ...]",
		Short: "Turn scraped text into clean Markdown",
		Long: `unscrape reads scraped text (a news or blog page as a scraper dumped it) and
writes the article as clean CommonMark: title, paragraphs, subheadings, lists
and captions, without player leftovers, subscription prompts, share buttons
and repeated captions.

With no path, or with "-", it reads standard input and writes standard output.`,
		Example: `  curl -s https://example.org/a | html2text | unscrape > article.md
  unscrape --explain scraped.txt
  unscrape --skip content --format text page.txt
  unscrape --quotes de-CH artikel.txt`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, err := loadConfig(cmd.Flags(), o.config)
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			c, err := cleaner.New(cleaner.Options{
				Filters:     o.filters,
				Skip:        o.skip,
				Format:      o.format,
				Lang:        o.lang,
				FrontMatter: o.frontMatter,
				Filter:      filter.Options{Quotes: o.quotes, Rules: rules},
			})
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			return runClean(c, o, s, args)
		},
	}
	cmd.SetIn(s.in)
	cmd.SetOut(s.out)
	cmd.SetErr(s.err)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitCodeError{code: exitError, err: err}
	})
	f := cmd.Flags()
	f.StringSliceVar(&o.filters, "filters", nil, "run only these filters (comma-separated names, see \"unscrape filters\")")
	f.StringSliceVar(&o.skip, "skip", nil, "do not run these filters")
	f.StringVar(&o.format, "format", cleaner.FormatMarkdown, "output format: markdown or text")
	f.StringVar(&o.lang, "lang", "auto", "document language: auto or a BCP 47 tag (de, en-GB, …)")
	f.BoolVar(&o.frontMatter, "front-matter", false, "start the Markdown with YAML front matter: title, language, credits, source")
	f.StringVar(&o.quotes, "quotes", filter.QuotesAuto, "quotation mark style: auto (the document language's), a BCP 47 tag (de, de-CH, en, fr, …), ascii or keep")
	f.BoolVar(&o.explain, "explain", false, "report every dropped or changed block on stderr as path:line: filter: reason: text")
	f.StringVar(&o.config, "config", "", "config file (default: "+config.FileName+" in the working folder or the nearest folder above)")
	cmd.AddCommand(newFiltersCmd(s), newVersionCmd(s), newLearnCmd(s))
	return cmd
}

// runClean cleans each path (or standard input) and writes the results to
// standard output in order. An input that fails is reported and the others
// are still cleaned; the exit code is then 2.
func runClean(c *cleaner.Cleaner, o *cleanOptions, s streams, paths []string) error {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	failed := false
	for _, p := range paths {
		var data []byte
		var err error
		if p == "-" {
			data, err = io.ReadAll(s.in)
		} else {
			data, err = os.ReadFile(p)
		}
		if err != nil {
			fmt.Fprintf(s.err, "unscrape: %v\n", err)
			failed = true
			continue
		}
		res, err := c.Clean(p, data)
		if err != nil {
			fmt.Fprintf(s.err, "unscrape: %v\n", err)
			failed = true
			continue
		}
		if o.explain {
			if err := cleaner.Explain(s.err, p, res.Doc); err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
		}
		if _, err := s.out.Write(res.Output); err != nil {
			return &exitCodeError{code: exitError, err: fmt.Errorf("writing output: %w", err)}
		}
	}
	if failed {
		return &exitCodeError{code: exitError}
	}
	return nil
}
