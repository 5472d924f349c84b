package export

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/policygraph/policygraph/graphmodel"
)

// ReadQuads reads every quad of an N-Quads stream.
func ReadQuads(r io.Reader) ([]quad.Quad, error) {
	quads, err := quad.ReadAll(nquads.NewReader(r, false))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInput, err)
	}
	return quads, nil
}

// readNQuads loads an N-Quads file (the store's schema, as WriteQuads
// writes it) into a memory store and returns all of its nodes and the
// edges among them.
func readNQuads(path string) (graphmodel.Subgraph, error) {
	f, err := os.Open(path)
	if err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	quads, err := ReadQuads(f)
	if err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	sub, err := quadsToGraph(context.Background(), quads)
	if err != nil {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w", path, err)
	}
	if len(sub.Nodes) == 0 {
		return graphmodel.Subgraph{}, fmt.Errorf("read %s: %w: no entities", path, ErrInput)
	}
	return sub, nil
}

// quadsToGraph imports quads into a fresh memory store and reads back the
// whole graph.
func quadsToGraph(ctx context.Context, quads []quad.Quad) (graphmodel.Subgraph, error) {
	st, err := graphmodel.OpenMemory()
	if err != nil {
		return graphmodel.Subgraph{}, err
	}
	defer st.Close()
	if err := st.ImportQuads(ctx, quads); err != nil {
		return graphmodel.Subgraph{}, err
	}
	nodes, err := st.Nodes(ctx, nil)
	if err != nil {
		return graphmodel.Subgraph{}, err
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID
	}
	edges, err := st.EdgesAmong(ctx, ids)
	if err != nil {
		return graphmodel.Subgraph{}, err
	}
	return graphmodel.Subgraph{Nodes: nodes, Edges: edges}, nil
}
