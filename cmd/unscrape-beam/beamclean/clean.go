// Package beamclean is unscrape as an Apache Beam transform: Clean maps a
// PCollection of JSON Lines documents to their cleaned records, and
// WriteShards writes lines as sharded files through Beam's filesystems. The
// cleaning itself is pkg/cleaner's, record for record what
// "unscrape --input-format jsonl" does.
package beamclean

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/unscrape/unscrape/pkg/cleaner"
	"github.com/unscrape/unscrape/pkg/config"
	"github.com/unscrape/unscrape/pkg/document"
	"github.com/unscrape/unscrape/pkg/filter"
	"github.com/unscrape/unscrape/pkg/jsonl"
)

// Registration lets every runner, and the optimised local execution, call
// the DoFns without reflection on their types at run time.
func init() {
	register.DoFn4x0[context.Context, string, func(string), func(string)](&cleanFn{})
	register.Emitter1[string]()
}

// CounterNamespace is the namespace of the Beam counters Clean reports.
const CounterNamespace = "unscrape"

// Counter names. Blocks dropped are counted per filter, under
// DroppedCounterPrefix followed by the filter's name ("learned" for the rules
// of config files).
const (
	CounterDocumentsIn     = "documents_in"
	CounterDocumentsFailed = "documents_failed"
	CounterBytesIn         = "bytes_in"
	CounterBytesOut        = "bytes_out"
	DroppedCounterPrefix   = "blocks_dropped_"
)

// ConfigFile is the content of one unscrape config file (.unscrape.yaml, or
// a learned one). It travels inside the pipeline: workers do not share the
// submitting machine's folders, so they never read the file themselves.
type ConfigFile struct {
	// Path names the file in errors and in the origin of each rule.
	Path string
	Data []byte
}

// Options say how Clean cleans. The zero value cleans the "text" field with
// the default filters into Markdown, as unscrape does with no flags and no
// config file. The fields are exported because Beam ships them to the
// workers as JSON.
type Options struct {
	Filters     []string // filters to run; empty means the default set
	Skip        []string // filters not to run
	Format      string   // cleaner.FormatMarkdown (default) or cleaner.FormatText
	Lang        string   // "auto" (or empty) or a BCP 47 tag
	Quotes      string   // "auto" (or empty), "keep", "ascii" or a BCP 47 tag
	FrontMatter bool
	Links       bool   // keep the kept text's links as Markdown links
	TextField   string // default cleaner.DefaultTextField
	Explain     bool   // add cleaner.ExplainField listing the dropped blocks
	// Configs hold the drop: and keep: rules of config files, nearest first
	// as config.Merge takes them. Their option keys (quotes:, skip:, …) are
	// not read here: a command applies them to its flags, which then fill
	// the fields above.
	Configs []ConfigFile
}

// Validate reports what is wrong with o: an unknown filter or format, a bad
// language tag or quotes style, a config file that does not parse.
func (o Options) Validate() error {
	_, err := o.cleaner()
	return err
}

func (o Options) cleaner() (*cleaner.Cleaner, error) {
	var rules filter.Rules
	if len(o.Configs) > 0 {
		cs := make([]*config.Config, 0, len(o.Configs))
		for _, f := range o.Configs {
			c, err := config.Parse(f.Path, f.Data)
			if err != nil {
				return nil, err
			}
			cs = append(cs, c)
		}
		m := config.Merge(cs)
		rules = filter.Rules{Drop: m.Drop, Keep: m.Keep}
	}
	quotes := o.Quotes
	if quotes == "" {
		quotes = filter.QuotesAuto
	}
	c, err := cleaner.New(cleaner.Options{
		Filters:     o.Filters,
		Skip:        o.Skip,
		Format:      o.Format,
		Lang:        o.Lang,
		FrontMatter: o.FrontMatter,
		Links:       o.Links,
		Filter:      filter.Options{Quotes: quotes, Rules: rules},
	})
	if err != nil {
		return nil, fmt.Errorf("cleaning options: %w", err)
	}
	return c, nil
}

// DeadLetter is a document that could not be cleaned, as Clean's second
// output holds it: one JSON object per line with the input line as it was
// read and the reason.
type DeadLetter struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// Clean cleans docs, a PCollection of strings that are JSON Lines records,
// and returns the cleaned records and the dead letters. A cleaned record is
// the input record with its text field cleaned and every other field as it
// was, in order: byte for byte the line "unscrape --input-format jsonl"
// writes for it. A line that is not a JSON object, lacks the text field, or
// fails to clean becomes a DeadLetter encoded as JSON; blank lines are
// ignored, as unscrape ignores them. Nothing is lost: every non-blank input
// line comes out in exactly one of the two outputs.
//
// Options are validated and shipped with the pipeline; Clean panics, as
// beam.ParDo does on a bad DoFn, when they are invalid. Call
// Options.Validate first to get the error instead.
func Clean(s beam.Scope, docs beam.PCollection, opts Options) (cleaned, deadLetters beam.PCollection) {
	s = s.Scope("unscrape.Clean")
	if err := opts.Validate(); err != nil {
		panic(fmt.Errorf("unscrape.Clean: %w", err))
	}
	return beam.ParDo2(s, &cleanFn{Opts: opts}, docs)
}

// cleanFn is Clean's DoFn. Opts is its only exported field, so it is all
// that Beam serialises; the cleaner is built from it once per DoFn instance.
type cleanFn struct {
	Opts Options

	cleaner                           *cleaner.Cleaner
	docsIn, failed, bytesIn, bytesOut beam.Counter
	dropped                           map[string]beam.Counter
}

func (f *cleanFn) Setup() error {
	c, err := f.Opts.cleaner()
	if err != nil {
		return err
	}
	f.cleaner = c
	f.docsIn = beam.NewCounter(CounterNamespace, CounterDocumentsIn)
	f.failed = beam.NewCounter(CounterNamespace, CounterDocumentsFailed)
	f.bytesIn = beam.NewCounter(CounterNamespace, CounterBytesIn)
	f.bytesOut = beam.NewCounter(CounterNamespace, CounterBytesOut)
	f.dropped = make(map[string]beam.Counter)
	return nil
}

func (f *cleanFn) ProcessElement(ctx context.Context, line string, emit, dead func(string)) {
	data := bytes.TrimSpace([]byte(line))
	if len(data) == 0 {
		return
	}
	f.docsIn.Inc(ctx, 1)
	f.bytesIn.Inc(ctx, int64(len(data)))
	out, doc, err := f.clean(data)
	if err != nil {
		f.failed.Inc(ctx, 1)
		dead(deadLetter(line, err))
		return
	}
	f.bytesOut.Inc(ctx, int64(len(out)))
	f.countDropped(ctx, doc)
	emit(out)
}

func (f *cleanFn) clean(data []byte) (string, *document.Document, error) {
	rec, err := jsonl.Parse(data)
	if err != nil {
		return "", nil, fmt.Errorf("malformed record: %w", err)
	}
	// No id: unscrape's JSON Lines path passes none either, and with
	// --front-matter it would otherwise show up as the source.
	doc, err := f.cleaner.CleanRecord("", &rec, cleaner.RecordOptions{TextField: f.Opts.TextField, Explain: f.Opts.Explain, Meta: f.Opts.FrontMatter})
	if err != nil {
		return "", nil, err
	}
	return string(rec.AppendJSON(make([]byte, 0, len(data)))), doc, nil
}

// countDropped counts each dropped block once, for the filter that dropped
// it first.
func (f *cleanFn) countDropped(ctx context.Context, doc *document.Document) {
	for i := range doc.Blocks {
		for _, n := range doc.Blocks[i].Notes {
			if !n.Drop {
				continue
			}
			c, ok := f.dropped[n.Filter]
			if !ok {
				c = beam.NewCounter(CounterNamespace, DroppedCounterPrefix+n.Filter)
				f.dropped[n.Filter] = c
			}
			c.Inc(ctx, 1)
			break
		}
	}
}

// deadLetter encodes a failed line. HTML stays unescaped, as in the cleaned
// records, so the input reads as it was.
func deadLetter(line string, cause error) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// A struct of two strings always encodes.
	_ = enc.Encode(DeadLetter{Input: line, Error: cause.Error()})
	return strings.TrimSuffix(buf.String(), "\n")
}

// ParseDeadLetter reads a line of Clean's dead-letter output.
func ParseDeadLetter(line string) (DeadLetter, error) {
	var d DeadLetter
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		return DeadLetter{}, fmt.Errorf("dead letter: %w", err)
	}
	if d.Error == "" {
		return DeadLetter{}, errors.New("dead letter: no error")
	}
	return d, nil
}
