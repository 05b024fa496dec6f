// Package stream runs work over a sequence of items in parallel and hands
// the results on in input order, holding no more than a bounded window of
// items in memory: the shape of a map step over a corpus too large to load.
package stream

import (
	"errors"
	"io"
	"sync"
)

// Map calls next until it returns io.EOF, applies f to every item on up to
// jobs goroutines, and calls emit with the results in the order next returned
// the items. At most 2×jobs items are read ahead of the one being emitted,
// so memory is bounded by the largest items, not by the length of the input.
//
// Map stops at the first error from next or emit and returns it, after the
// goroutines it started have finished.
func Map[In, Out any](jobs int, next func() (In, error), f func(In) Out, emit func(Out) error) error {
	jobs = max(jobs, 1)
	if jobs == 1 {
		for {
			in, err := next()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if err := emit(f(in)); err != nil {
				return err
			}
		}
	}

	// Each item gets a one-slot channel for its result; the channels queue
	// up in input order. The queue's capacity is the reorder window.
	queue := make(chan chan Out, 2*jobs)
	sem := make(chan struct{}, jobs)
	stop := make(chan struct{})
	var readErr error
	var wg sync.WaitGroup
	go func() {
		defer close(queue)
		for {
			in, err := next()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
			res := make(chan Out, 1)
			select {
			case queue <- res:
			case <-stop:
				return
			}
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				res <- f(in)
				<-sem
			}()
		}
	}()
	var emitErr error
	for res := range queue {
		out := <-res
		if emitErr != nil {
			continue
		}
		if err := emit(out); err != nil {
			emitErr = err
			close(stop)
		}
	}
	wg.Wait()
	if emitErr != nil {
		return emitErr
	}
	return readErr
}
