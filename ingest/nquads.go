package ingest

import (
	"context"
	"fmt"
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
	quads, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		return fmt.Errorf("import %s: not valid N-Quads: %w", path, err)
	}
	if len(quads) == 0 {
		return fmt.Errorf("import %s: the file holds no quads", path)
	}
	if err := st.ImportQuads(ctx, quads); err != nil {
		return fmt.Errorf("import %s: %w", path, err)
	}
	return nil
}
