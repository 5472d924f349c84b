package export

import (
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// WriteQuads writes quads as N-Quads, the format Cayley imports. The
// quads are the store's own (graphmodel's Store.Quads), so importing the
// file into an empty store gives back the same graph.
func WriteQuads(w io.Writer, quads []quad.Quad) error {
	nw := nquads.NewWriter(w)
	if _, err := nw.WriteQuads(quads); err != nil {
		return err
	}
	return nw.Close()
}
