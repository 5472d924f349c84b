package app

import (
	"context"
	"fmt"
	"io"

	"github.com/policygraph/policygraph/graphmodel"
)

// cmdDocuments lists the documents in a store.
func cmdDocuments(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("documents", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	st, err := graphmodel.Open(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(context.Background())
	if err != nil {
		return err
	}
	for _, d := range docs {
		fmt.Fprintf(stdout, "%s  %s  %s  %d entities, %d relations, %d indicator values\n",
			d.ID, d.Place, d.Title, d.Entities, d.Relations, d.Indicators)
	}
	return nil
}

// cmdRemove removes documents and every fact they contributed.
func cmdRemove(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("remove", stderr)
	store := fs.String("store", "", "store directory or postgres:// URL")
	ids, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return usagef("remove needs at least one DOC-ID (see `policygraph documents`)")
	}
	st, err := graphmodel.Open(*store)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, id := range ids {
		if err := st.RemoveDocument(context.Background(), id); err != nil {
			return fmt.Errorf("remove %s: %w", id, err)
		}
		fmt.Fprintf(stdout, "removed %s\n", id)
	}
	return nil
}
