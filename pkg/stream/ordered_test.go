package stream

import (
	"errors"
	"io"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

func counter(n int) func() (int, error) {
	i := 0
	return func() (int, error) {
		if i == n {
			return 0, io.EOF
		}
		i++
		return i, nil
	}
}

func TestMapKeepsOrder(t *testing.T) {
	for _, jobs := range []int{1, 2, 8} {
		var got []int
		err := Map(jobs, counter(500), func(i int) int {
			// Uneven work, so that results finish out of order.
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return i * 2
		}, func(v int) error {
			got = append(got, v)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 500 {
			t.Fatalf("jobs=%d: %d results, want 500", jobs, len(got))
		}
		for i, v := range got {
			if v != (i+1)*2 {
				t.Fatalf("jobs=%d: result %d is %d, want %d", jobs, i, v, (i+1)*2)
			}
		}
	}
}

// The window bounds how far reading runs ahead of emitting.
func TestMapBoundsReadAhead(t *testing.T) {
	const jobs = 4
	var read, emitted, maxAhead atomic.Int64
	next := counter(200)
	err := Map(jobs, func() (int, error) {
		v, err := next()
		if err == nil {
			if ahead := read.Add(1) - emitted.Load(); ahead > maxAhead.Load() {
				maxAhead.Store(ahead)
			}
		}
		return v, err
	}, func(i int) int { return i }, func(int) error {
		time.Sleep(50 * time.Microsecond)
		emitted.Add(1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// queue (2×jobs) + the item being emitted + the item read but not yet queued.
	if limit := int64(2*jobs + 2); maxAhead.Load() > limit {
		t.Errorf("read ran %d items ahead of emit, want at most %d", maxAhead.Load(), limit)
	}
}

func TestMapErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, jobs := range []int{1, 4} {
		n := 0
		err := Map(jobs, counter(100), func(i int) int { return i }, func(int) error {
			n++
			if n == 10 {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) || n != 10 {
			t.Errorf("jobs=%d: emit error: got %v after %d emits", jobs, err, n)
		}
		next := counter(5)
		err = Map(jobs, func() (int, error) {
			v, err := next()
			if err == io.EOF {
				return 0, boom
			}
			return v, err
		}, func(i int) int { return i }, func(int) error { return nil })
		if !errors.Is(err, boom) {
			t.Errorf("jobs=%d: read error: got %v", jobs, err)
		}
	}
}
