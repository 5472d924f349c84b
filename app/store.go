package app

import (
	"fmt"

	"github.com/policygraph/policygraph/graphmodel"
)

// openStore opens the store named by spec ("" = the default store) and
// words failures so that a user knows what to do.
func openStore(spec string) (*graphmodel.Store, error) {
	st, err := graphmodel.Open(spec)
	if err != nil {
		if spec == "" {
			spec, _ = graphmodel.DefaultDir()
		}
		return nil, fmt.Errorf("cannot open the store %s: %w", spec, err)
	}
	return st, nil
}
