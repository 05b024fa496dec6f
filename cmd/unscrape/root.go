package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/unscrape/unscrape/pkg/batch"
	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/corpus"
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
	cpuProfile    string
	format        string
	lang          string
	quotes        string
	explain       bool
	frontMatter   bool
	links         bool
	config        string

	write, list, diff, check bool
	output                   string
	jobs                     int
	include, exclude         []string
	noProgress               bool

	inputFormat, textField, onError string
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

With no path, or with "-", it reads standard input and writes standard output.
A path may be a file or a folder; folders are walked recursively, skipping
hidden files and folders, and take the files that match --include (default
**/*.txt and **/*.md) and no --exclude. Results go to standard output in path
order unless -w, -o, -l, -d or --check says otherwise.

Exit status: 0 on success, 1 when --check, -l or -d found a file that would
change, 2 on an error (which names the file; the other files are still done).`,
		Example: `  curl -s https://example.org/a | html2text | unscrape > article.md
  unscrape --explain scraped.txt
  unscrape --quotes de-CH artikel.txt
  unscrape -w scraped/                     # clean every .txt and .md in place
  unscrape -o clean/ scraped/              # clean/<same tree>/<name>.md
  unscrape --check scraped/                # CI: exit 1 if anything is not clean
  unscrape -l --exclude '**/drafts/**' .   # list the files -w would change`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			rules, err := loadConfig(cmd.Flags(), o.config)
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			if err := o.validate(args); err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			// A JSON Lines record gets its metadata as a field instead
			// (RecordOptions.Meta, see runClean).
			frontMatter := o.frontMatter && o.format != formatJSONL
			c, err := cleaner.New(cleaner.Options{
				Filters:     o.filters,
				Skip:        o.skip,
				Format:      o.documentFormat(),
				Lang:        o.lang,
				FrontMatter: frontMatter,
				Links:       o.links,
				Filter:      filter.Options{Quotes: o.quotes, Rules: rules},
			})
			if err != nil {
				return &exitCodeError{code: exitError, err: err}
			}
			if o.cpuProfile != "" {
				stop, err := startCPUProfile(o.cpuProfile)
				if err != nil {
					return &exitCodeError{code: exitError, err: err}
				}
				defer stop()
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
	f.SortFlags = false
	f.BoolVarP(&o.write, "write", "w", false, "write each result back to its file (atomic; a file already clean is not touched)")
	f.StringVarP(&o.output, "output", "o", "", "write each result under `DIR`, mirroring the input tree, as .md")
	f.BoolVarP(&o.list, "list", "l", false, "print the paths whose result differs from their content")
	f.BoolVarP(&o.diff, "diff", "d", false, "print a unified diff for each file whose result differs from its content")
	f.BoolVar(&o.check, "check", false, "print nothing on success; exit 1 if any file would change, naming it on stderr")
	f.IntVarP(&o.jobs, "jobs", "j", 0, "clean `N` files in parallel (default: the number of CPUs)")
	f.StringSliceVar(&o.include, "include", nil, "take files in folders whose path under the folder matches one of these `GLOBS` (default **/*.txt,**/*.md)")
	f.StringSliceVar(&o.exclude, "exclude", nil, "skip files and folders whose path matches one of these `GLOBS`")
	f.BoolVar(&o.noProgress, "no-progress", false, "draw no progress bar, even on a terminal")
	f.StringSliceVar(&o.filters, "filters", nil, "run only these filters (comma-separated names, see \"unscrape filters\")")
	f.StringSliceVar(&o.skip, "skip", nil, "do not run these filters")
	f.StringVar(&o.format, "format", cleaner.FormatMarkdown, "output format: markdown, text or jsonl (one {\"id\",\"text\"} record per input)")
	f.StringVar(&o.inputFormat, "input-format", batch.InputAuto, "input format: auto (JSON Lines for .jsonl files and input starting like a JSON object, {\"…), text or jsonl")
	f.StringVar(&o.textField, "text-field", cleaner.DefaultTextField, "the JSON Lines field that holds the text to clean")
	f.StringVar(&o.onError, "on-error", corpus.OnErrorFail, "a JSON Lines record that cannot be cleaned: fail (stop) or skip (report it and go on)")
	f.StringVar(&o.lang, "lang", "auto", "document language: auto or a BCP 47 tag (de, en-GB, …)")
	f.BoolVar(&o.frontMatter, "front-matter", false, "start the Markdown with YAML front matter: title, language, authors, credits, source; in JSON Lines, a field \"unscrape_meta\"")
	f.BoolVar(&o.links, "links", false, "keep the links of the text that is kept, as Markdown links (default: a link is its text)")
	f.StringVar(&o.quotes, "quotes", filter.QuotesAuto, "quotation mark style: auto (the document language's), a BCP 47 tag (de, de-CH, en, fr, …), ascii or keep")
	f.BoolVar(&o.explain, "explain", false, "report every dropped or changed block on stderr as path:line: filter: reason: text")
	f.StringVar(&o.config, "config", "", "config file (default: "+config.FileName+" in the working folder or the nearest folder above)")
	// For speed work, as gofmt has it: not part of the interface users
	// rely on, so hidden from the help.
	f.StringVar(&o.cpuProfile, "cpuprofile", "", "write a pprof CPU profile of the run to `FILE`")
	_ = f.MarkHidden("cpuprofile")
	cmd.AddCommand(newFiltersCmd(s), newVersionCmd(s), newLearnCmd(s))
	return cmd
}

// startCPUProfile profiles the run into path until stop is called.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile %s: %w", path, err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// validate rejects flag combinations that have no sensible meaning, with
// one line that says which.
func (o *cleanOptions) validate(paths []string) error {
	stdin := len(paths) == 0 || (len(paths) == 1 && paths[0] == batch.Stdin)
	switch {
	case o.write && o.output != "":
		return errors.New("-w and -o exclude each other: write in place or under a folder")
	case o.check && (o.write || o.output != ""):
		return errors.New("--check writes nothing: drop -w or -o")
	case o.check && (o.list || o.diff):
		return errors.New("--check prints nothing: use -l or -d instead to see the files")
	case o.output != "" && (o.list || o.diff):
		return errors.New("-l and -d compare files with their results in place: they do not go with -o")
	case o.write && stdin:
		return errors.New("-w needs paths: standard input has no file to write back to")
	case o.output != "" && stdin:
		return errors.New("-o needs paths to mirror under the folder")
	case o.inputFormat != batch.InputAuto && o.inputFormat != batch.InputText && o.inputFormat != batch.InputJSONL:
		return fmt.Errorf("unknown --input-format %q (want auto, text or jsonl)", o.inputFormat)
	case o.onError != corpus.OnErrorFail && o.onError != corpus.OnErrorSkip:
		return fmt.Errorf("unknown --on-error %q (want fail or skip)", o.onError)
	case o.textField == "":
		return errors.New("--text-field needs a field name")
	case o.format == formatJSONL && o.write:
		return errors.New("--format jsonl turns each file into a JSON record: write them under a folder with -o, not over the inputs with -w")
	case o.jobs < 0:
		return fmt.Errorf("-j %d: the number of jobs cannot be negative", o.jobs)
	case !stdin && slices.Contains(paths, batch.Stdin):
		return errors.New(`"-" (standard input) cannot be mixed with paths`)
	}
	return nil
}

// runClean cleans standard input or the files at paths with pkg/batch and
// turns what happened into the exit code.
func runClean(c *cleaner.Cleaner, o *cleanOptions, s streams, paths []string) error {
	opts := batch.Options{
		Cleaner: c,
		Write:   o.write,
		OutDir:  o.output,
		OutExt:  outExt(o.format),
		List:    o.list,
		Diff:    o.diff,
		Check:   o.check,
		Explain: o.explain,
		Jobs:    o.jobs,

		InputFormat: o.inputFormat,
		WrapJSONL:   o.format == formatJSONL,
		Corpus: corpus.Options{
			OnError: o.onError,
			Record:  cleaner.RecordOptions{TextField: o.textField, Explain: o.explain, Meta: o.frontMatter},
		},
		Globs:  batch.Globs{Include: o.include, Exclude: o.exclude},
		Stdin:  s.in,
		Stdout: s.out,
		Stderr: s.err,
	}
	t := forTerminal(s.err, o, os.Getenv)
	opts.Progress, opts.Color = t.progress, t.color
	opts.StdoutOnTerminal = t.progress != nil && isTerminal(s.out)
	sum, err := batch.Run(paths, opts)
	if err != nil {
		return &exitCodeError{code: exitError, err: err}
	}
	if t.summary && sum.Files > 1 {
		fmt.Fprintf(s.err, "unscrape: %s\n", sum)
	}
	switch {
	case sum.Failed > 0:
		return &exitCodeError{code: exitError}
	case sum.Changed > 0 && (o.list || o.diff || o.check) && !o.write:
		return &exitCodeError{code: exitChanged}
	}
	return nil
}

// outExt is the extension -o gives results in format.
func outExt(format string) string {
	switch format {
	case cleaner.FormatText:
		return ".txt"
	case formatJSONL:
		return ".jsonl"
	}
	return ".md"
}

// formatJSONL is the --format that wraps each text input's Markdown in a
// JSON Lines record; JSON Lines input always gives JSON Lines out.
const formatJSONL = "jsonl"

// documentFormat is how each document's text is rendered: JSON Lines
// records carry Markdown unless --format text.
func (o *cleanOptions) documentFormat() string {
	if o.format == formatJSONL {
		return cleaner.FormatMarkdown
	}
	return o.format
}

// terminalOutput is what a person at a terminal gets on stderr beyond
// errors; a pipe or a file gets none of it.
type terminalOutput struct {
	progress io.Writer // where to draw the progress bar, or nil
	color    bool
	summary  bool // a one-line summary at the end of a batch
}

func forTerminal(stderr io.Writer, o *cleanOptions, getenv func(string) string) terminalOutput {
	if !isTerminal(stderr) {
		return terminalOutput{}
	}
	// --check promises silence on success, even to a person.
	t := terminalOutput{summary: !o.check}
	// A dumb terminal cannot redraw a line in place.
	if !o.noProgress && getenv("TERM") != "dumb" {
		t.progress = stderr
		t.color = getenv("NO_COLOR") == ""
	}
	return t
}

// isTerminal reports whether w is a terminal, where a person reads.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
