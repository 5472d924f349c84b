// Package ingest reads report files, extracts them and imports the result
// into a store, one transaction per document, so a failure never leaves a
// half-imported document behind (a killed process included: bolt commits
// a transaction whole or not at all). Both the command line and the
// explorer import through it.
//
// Files are read by extract.ReadFile: text in UTF-8, UTF-16 or GB18030,
// HTML pages and .docx documents, decided by content as well as by
// extension, up to extract.MaxFileBytes. A file that cannot be read,
// decoded or extracted is refused before anything is written, with an
// error worded for an analyst: "import PATH: the file is empty".
package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/policygraph/policygraph/extract"
	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/resources"
)

// Progress is told which file is being worked on and how many of the total
// are finished.
type Progress func(file string, done, total int)

// Outcome is what happened to one file.
type Outcome struct {
	Path     string
	Document extract.Document // set when the file was a report and was imported
	Entities int
	Err      error
}

// Files imports each path into st and returns one Outcome per path, in
// order. Files are independent: a bad file is reported and skipped, the
// others are still imported. The returned error joins the per-file errors.
func Files(ctx context.Context, st *graphmodel.Store, paths []string, progress Progress) ([]Outcome, error) {
	out := make([]Outcome, 0, len(paths))
	var errs []error
	for i, p := range paths {
		if progress != nil {
			progress(p, i, len(paths))
		}
		if err := ctx.Err(); err != nil {
			return out, err
		}
		o := importOne(ctx, st, p)
		if o.Err != nil {
			errs = append(errs, o.Err)
		}
		out = append(out, o)
	}
	if progress != nil {
		progress("", len(paths), len(paths))
	}
	return out, errors.Join(errs...)
}

func importOne(ctx context.Context, st *graphmodel.Store, path string) Outcome {
	o := Outcome{Path: path}
	if isNQuads(path) {
		o.Err = importNQuads(ctx, st, path)
		return o
	}
	res, err := readReport(path)
	if err != nil {
		o.Err = fmt.Errorf("import %s: %w", path, err)
		return o
	}
	if err := st.Import(ctx, res); err != nil {
		o.Err = fmt.Errorf("import %s: %w", path, err)
		return o
	}
	o.Document = res.Documents[0]
	o.Entities = len(res.Entities)
	return o
}

// readReport reads, decodes and extracts one report file; nothing is
// written before it succeeds.
func readReport(path string) (*extract.Result, error) {
	text, enc, err := extract.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return extract.Text(path, text, enc)
}

func isNQuads(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".nq", ".nquads":
		return true
	}
	return false
}

// Bundled imports the report that ships with the program.
func Bundled(ctx context.Context, st *graphmodel.Store) error {
	text, enc, err := extract.Decode(resources.Report)
	if err != nil {
		return fmt.Errorf("bundled report: %w", err)
	}
	res, err := extract.Text(resources.ReportName, text, enc)
	if err != nil {
		return fmt.Errorf("bundled report: %w", err)
	}
	return st.Import(ctx, res)
}

// EnsureBundled imports the bundled report when the store holds no
// documents yet, and reports whether it did.
func EnsureBundled(ctx context.Context, st *graphmodel.Store) (bool, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return false, err
	}
	if len(docs) > 0 {
		return false, nil
	}
	return true, Bundled(ctx, st)
}
