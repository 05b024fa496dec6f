package batch

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// ProgressMin is the number of files above which a run draws a progress
// bar: a handful of files is done before a bar could tell anything.
const ProgressMin = 8

// progress is a bar of files done out of the total, with the rate and the
// time left. The nil *progress draws nothing, so callers need no checks.
type progress struct {
	bar *progressbar.ProgressBar
}

// redraw is how often the bar is drawn at most: a redraw per file would
// cost more than cleaning a small file.
const redraw = 100 * time.Millisecond

func newProgress(w io.Writer, total int, color bool, throttle time.Duration) *progress {
	if w == nil || total <= ProgressMin {
		return nil
	}
	theme := progressbar.ThemeDefault
	if color {
		theme.Saucer = "[green]" + theme.Saucer + "[reset]"
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("cleaning"),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetTheme(theme),
		progressbar.OptionEnableColorCodes(color),
		progressbar.OptionThrottle(throttle),
		// The summary line takes the bar's place.
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

// add counts one more file done.
func (p *progress) add() {
	if p != nil {
		p.bar.Add(1)
	}
}

// clear takes the bar off its line so that a message can be printed; the
// next add draws it again below.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
	}
}
