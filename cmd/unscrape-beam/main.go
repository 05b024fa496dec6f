// Command unscrape-beam cleans a corpus of JSON Lines documents on Apache
// Beam: textio reads the files of --input, beamclean.Clean cleans each
// record as "unscrape --input-format jsonl" would, and the records are
// written as shards under --output, with the records that could not be
// cleaned as dead letters beside them. The embedded Prism runner is the
// default; --runner picks Flink, Spark, Dataflow or another Beam runner.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/unscrape/unscrape/cmd/unscrape-beam/beamclean"
	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/config"
)

// Exit codes, as unscrape's: 2 for a bad flag, a bad config or a failed run.
const (
	exitOK    = 0
	exitError = 2
)

func main() {
	cmd := newCommand(flag.CommandLine)
	flag.Usage = func() { usage(flag.CommandLine) }
	flag.Parse()
	// On a worker the runner starts this binary with its own flags, and
	// Init runs the worker harness there and never returns.
	beam.Init()
	os.Exit(cmd.main(context.Background(), flag.CommandLine, os.Stderr))
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprint(w, `Usage: unscrape-beam --input GLOB --output PREFIX [flags]

Cleans the text field of every JSON Lines record in the files that GLOB
matches and writes the records to PREFIX-SSSSS-of-NNNNN.jsonl; records that
cannot be cleaned go to PREFIX.deadletters-SSSSS-of-NNNNN.jsonl as
{"input", "error"}. Runs on the embedded Prism runner unless --runner says
otherwise (flink, spark, dataflow, …; see README.md).

Flags of unscrape-beam:
`)
	own := flag.NewFlagSet("", flag.ContinueOnError)
	newCommand(own)
	own.SetOutput(w)
	own.PrintDefaults()
	fmt.Fprint(w, "\nBeam's flags (--runner, --endpoint, --project, …) follow \"go doc\" of the SDK's runners.\n")
}

// command holds unscrape-beam's own flags; Beam's live in the SDK.
type command struct {
	input, output string
	shards        int
	format        string
	filters, skip listFlag
	lang, quotes  string
	frontMatter   bool
	links         bool
	textField     string
	explain       bool
	config        string
}

// newCommand registers unscrape-beam's flags on fs. The cleaning flags have
// unscrape's names, defaults and meanings.
func newCommand(fs *flag.FlagSet) *command {
	c := &command{}
	fs.StringVar(&c.input, "input", "", "JSON Lines files to read: a path or `GLOB` on any filesystem Beam knows (local, gs://, s3://)")
	fs.StringVar(&c.output, "output", "", "write the records to `PREFIX`-SSSSS-of-NNNNN.jsonl and dead letters to PREFIX.deadletters-…")
	fs.IntVar(&c.shards, "shards", 8, "write the records into `N` files")
	fs.StringVar(&c.format, "format", cleaner.FormatMarkdown, "text field format: markdown (jsonl means the same) or text")
	fs.Var(&c.filters, "filters", "run only these filters (comma-separated names, see \"unscrape filters\")")
	fs.Var(&c.skip, "skip", "do not run these filters (comma-separated)")
	fs.StringVar(&c.lang, "lang", "auto", "document language: auto or a BCP 47 tag (de, en-GB, …)")
	fs.StringVar(&c.quotes, "quotes", "auto", "quotation mark style: auto, a BCP 47 tag, ascii or keep")
	fs.BoolVar(&c.links, "links", false, "keep the links of the text that is kept, as Markdown links")
	fs.BoolVar(&c.frontMatter, "front-matter", false, "add a field \"unscrape_meta\": title, language, authors, credits")
	fs.StringVar(&c.textField, "text-field", cleaner.DefaultTextField, "the JSON Lines field that holds the text to clean")
	fs.BoolVar(&c.explain, "explain", false, "add a field \"unscrape_dropped\" listing the dropped blocks")
	fs.StringVar(&c.config, "config", "", "config `FILE` (default: "+config.FileName+" in the working folder or the nearest folder above); read here and shipped with the job")
	return c
}

// listFlag is a comma-separated list flag, as unscrape's --filters and
// --skip are; given twice, the lists add up.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			*l = append(*l, item)
		}
	}
	return nil
}

// main runs the pipeline that fs's flags describe and returns the exit
// code; what went wrong and the counters go to stderr.
func (c *command) main(ctx context.Context, fs *flag.FlagSet, stderr io.Writer) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "unscrape-beam: %v\n", err)
		return exitError
	}
	opts, err := c.options(fs, wd)
	if err != nil {
		fmt.Fprintf(stderr, "unscrape-beam: %v\n", err)
		return exitError
	}
	p := c.pipeline(opts)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "unscrape-beam: pipeline failed: %v\n", err)
		return exitError
	}
	if res != nil {
		fmt.Fprintf(stderr, "unscrape-beam: %s\n", summarise(res, c.output))
	}
	return exitOK
}

// options checks the flags, reads the config files and returns what Clean
// needs. The config files are read here, once, and their text travels with
// the pipeline to the workers.
func (c *command) options(fs *flag.FlagSet, wd string) (beamclean.Options, error) {
	if fs.NArg() > 0 {
		return beamclean.Options{}, fmt.Errorf("unexpected argument %q: name the input with --input", fs.Arg(0))
	}
	switch {
	case c.input == "":
		return beamclean.Options{}, errors.New("--input is required: the JSON Lines files to clean")
	case c.output == "":
		return beamclean.Options{}, errors.New("--output is required: the prefix of the files to write")
	case c.shards < 1:
		return beamclean.Options{}, fmt.Errorf("--shards %d: want 1 or more", c.shards)
	case c.textField == "":
		return beamclean.Options{}, errors.New("--text-field needs a field name")
	}
	files, err := c.configFiles(wd)
	if err != nil {
		return beamclean.Options{}, err
	}
	if err := c.applyConfig(fs, files); err != nil {
		return beamclean.Options{}, err
	}
	format := c.format
	// unscrape's --format jsonl wraps Markdown in records; here every
	// record's text is Markdown unless text is asked for.
	if format == "jsonl" {
		format = cleaner.FormatMarkdown
	}
	opts := beamclean.Options{
		Filters:     c.filters,
		Skip:        c.skip,
		Format:      format,
		Lang:        c.lang,
		Quotes:      c.quotes,
		FrontMatter: c.frontMatter,
		Links:       c.links,
		TextField:   c.textField,
		Explain:     c.explain,
		Configs:     files,
	}
	if err := opts.Validate(); err != nil {
		return beamclean.Options{}, err
	}
	return opts, nil
}

// configFiles reads the config that unscrape would read in wd: the file of
// --config, or the .unscrape.yaml files from wd upwards, nearest first.
func (c *command) configFiles(wd string) ([]beamclean.ConfigFile, error) {
	if c.config != "" {
		data, err := os.ReadFile(c.config)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		return []beamclean.ConfigFile{{Path: c.config, Data: data}}, nil
	}
	found, err := config.Discover(wd)
	if err != nil {
		return nil, err
	}
	files := make([]beamclean.ConfigFile, 0, len(found))
	for _, f := range found {
		p := f.Path
		if !filepath.IsAbs(p) {
			p = filepath.Join(wd, p)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
		files = append(files, beamclean.ConfigFile{Path: f.Path, Data: data})
	}
	return files, nil
}

// applyConfig gives every flag the user did not set the value the nearest
// config file gives it, as unscrape does. Keys without a flag here
// (include, exclude) have no effect.
func (c *command) applyConfig(fs *flag.FlagSet, files []beamclean.ConfigFile) error {
	cs := make([]*config.Config, 0, len(files))
	for _, f := range files {
		cfg, err := config.Parse(f.Path, f.Data)
		if err != nil {
			return err
		}
		cs = append(cs, cfg)
	}
	set := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for key, s := range config.Merge(cs).Settings {
		if set[key] {
			continue
		}
		var err error
		switch key {
		case "filters":
			c.filters = s.List
		case "skip":
			c.skip = s.List
		case "quotes", "lang", "format", "front-matter", "links":
			err = fs.Set(key, s.Value)
		}
		if err != nil {
			return fmt.Errorf("%s: key %q: %w", s.Origin, key, err)
		}
	}
	return nil
}

// DeadLetterPrefix is the prefix of the dead-letter files under output.
func deadLetterPrefix(output string) string { return output + ".deadletters" }

// pipeline reads, cleans and writes.
func (c *command) pipeline(opts beamclean.Options) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	docs := textio.Read(s, c.input)
	cleaned, dead := beamclean.Clean(s, docs, opts)
	beamclean.WriteShards(s.Scope("cleaned"), c.output, ".jsonl", c.shards, cleaned)
	beamclean.WriteShards(s.Scope("deadletters"), deadLetterPrefix(c.output), ".jsonl", c.shards, dead)
	return p
}

// summarise sums the counters of a run into one line, as unscrape ends a
// batch.
func summarise(res beam.PipelineResult, output string) string {
	sums := make(map[string]int64)
	for _, cr := range res.Metrics().AllMetrics().Counters() {
		if cr.Namespace() == beamclean.CounterNamespace {
			sums[cr.Name()] += cr.Result()
		}
	}
	var dropped []string
	var total int64
	for name, n := range sums {
		if f, ok := strings.CutPrefix(name, beamclean.DroppedCounterPrefix); ok {
			dropped = append(dropped, fmt.Sprintf("%s %d", f, n))
			total += n
		}
	}
	sort.Strings(dropped)
	line := fmt.Sprintf("%d documents, %d failed; %d blocks dropped", sums[beamclean.CounterDocumentsIn], sums[beamclean.CounterDocumentsFailed], total)
	if len(dropped) > 0 {
		line += " (" + strings.Join(dropped, ", ") + ")"
	}
	line += fmt.Sprintf("; %d bytes in, %d out", sums[beamclean.CounterBytesIn], sums[beamclean.CounterBytesOut])
	if sums[beamclean.CounterDocumentsFailed] > 0 {
		line += "; dead letters in " + deadLetterPrefix(output) + "-*"
	}
	return line
}
