package beamclean

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardKeyFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// ShardName is the file that shard i of n gets: prefix-00002-of-00008.jsonl
// for prefix, 2, 8 and suffix ".jsonl", the naming Beam's other SDKs use.
func ShardName(prefix string, i, n int, suffix string) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

// WriteShards writes the strings of lines, one per line, into shards files
// named by ShardName, on any filesystem Beam has registered (local paths,
// gs://, s3://, …). textio.Write would put a whole corpus through one worker
// into one file.
//
// A line goes to the shard its hash picks, so a retried bundle writes the
// same lines to the same file again. Shards that get no line are not
// written; an empty input writes no file.
func WriteShards(s beam.Scope, prefix, suffix string, shards int, lines beam.PCollection) {
	s = s.Scope("unscrape.WriteShards")
	if shards < 1 {
		panic(fmt.Errorf("unscrape.WriteShards: %d shards: want 1 or more", shards))
	}
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardKeyFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: suffix, Shards: shards}, beam.GroupByKey(s, keyed))
}

type shardKeyFn struct {
	Shards int
}

func (f *shardKeyFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

type writeShardFn struct {
	Prefix, Suffix string
	Shards         int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(f.Prefix, shard, f.Shards, f.Suffix)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			fd.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
