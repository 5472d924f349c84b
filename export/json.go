package export

import (
	"encoding/json"
	"io"

	"github.com/policygraph/policygraph/graphmodel"
)

// WriteJSON writes sub as indented JSON in graphmodel's field names, with
// Chinese text unescaped. ReadGraph reads it back.
func WriteJSON(w io.Writer, sub graphmodel.Subgraph) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sub)
}
