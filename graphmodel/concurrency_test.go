package graphmodel

import (
	"context"
	"sync"
	"testing"
)

// TestConcurrentReadsDuringImport reads from several goroutines while
// documents are imported and removed; run with -race.
func TestConcurrentReadsDuringImport(t *testing.T) {
	ctx := context.Background()
	s := openTempBolt(t)
	importAll(t, s, dongchangfu(t))
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if _, err := s.Search(ctx, "zhen", nil, 10); err != nil {
					errs <- err
				}
				if _, err := s.Neighbors(ctx, regionDCF, 2, Filter{Limit: 5}); err != nil {
					errs <- err
				}
				if _, err := s.Edges(ctx, regionDCF); err != nil {
					errs <- err
				}
			}
		}()
	}
	for range 3 {
		importAll(t, s, fuping(t))
		if err := s.RemoveDocument(ctx, docFP); err != nil {
			t.Error(err)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, err := s.Node(ctx, quanyu); err != nil || n.Degree != 1 {
		t.Errorf("after the writes: %+v, %v", n, err)
	}
}
