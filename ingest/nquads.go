package ingest

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
)

// importNQuads loads a PolicyGraph N-Quads export back into a store.
func importNQuads(ctx context.Context, st *graphmodel.Store, path string) error {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("import %s: %w: it is a directory or a device", path, extract.ErrNotAFile)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	defer f.Close()
	r := nquads.NewReader(f, false)
	var quads []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("import %s: not valid N-Quads: %w", path, err)
		}
		quads = append(quads, q)
	}
	if len(quads) == 0 {
		return fmt.Errorf("import %s: the file holds no quads", path)
	}
	if err := st.ImportQuads(ctx, quads); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	return nil
}
