package app

import (
	"context"
	"fmt"
	"io"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ingest"
)

// cmdImport imports report files into a store. Each document is one
// transaction; a file that fails leaves the store as it was.
func cmdImport(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("import needs at least one FILE")
	}
	st, err := graphmodel.Open(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	outcomes, err := ingest.Files(context.Background(), st, files, func(file string, done, total int) {
		if file != "" {
			fmt.Fprintf(stderr, "[%d/%d] %s\n", done+1, total, file)
		}
	})
	for _, o := range outcomes {
		if o.Err != nil {
			continue
		}
		if o.Document.ID == "" {
			fmt.Fprintf(stdout, "imported %s\n", o.Path)
			continue
		}
		fmt.Fprintf(stdout, "imported %s: %s (%s), %d entities, document id %s\n",
			o.Path, o.Document.Title, o.Document.Place, o.Entities, o.Document.ID)
	}
	return err
}
