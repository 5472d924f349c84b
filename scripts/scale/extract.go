package main

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/policygraph/policygraph/extract"
)

// extractAll runs the real extractor over the documents on every core and
// returns one Result per document, in order.
func extractAll(docs []synthDoc) ([]*extract.Result, error) {
	out := make([]*extract.Result, len(docs))
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i], errs[i] = extract.Text(docs[i].Name, docs[i].Text, "utf-8")
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("extract %s: %w", docs[i].Name, err)
		}
	}
	return out, nil
}
