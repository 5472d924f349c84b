package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/policygraph/policygraph/graphmodel"
)

// extensions maps file extensions to formats for FormatOf.
var extensions = map[string]string{
	".png": "png", ".svg": "svg", ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv",
	".nq": "nquads", ".nquads": "nquads", ".dot": "dot", ".gv": "dot", ".json": "json",
}

// FormatOf returns the format a file name's extension stands for, or ""
// when it names none.
func FormatOf(path string) string { return extensions[strings.ToLower(filepath.Ext(path))] }

// Write writes sub to w in opt.Format. Images are laid out first unless
// opt.Positions places every node. CSV (two files) and N-Quads (the
// store's quads) cannot be written this way: use WriteFile, WriteCSV or
// WriteQuads.
func Write(w io.Writer, sub graphmodel.Subgraph, opt Options) error {
	switch opt.Format {
	case "png", "svg":
		return writeImage(w, sub, opt)
	case "graphml":
		return WriteGraphML(w, sub)
	case "gexf":
		return WriteGEXF(w, sub, opt.Positions)
	case "dot":
		return WriteDOT(w, sub)
	case "json":
		return WriteJSON(w, sub)
	case "csv":
		return fmt.Errorf("%w: csv writes two files, use WriteFile or WriteCSV", ErrFormat)
	case "nquads":
		return fmt.Errorf("%w: use WriteFile or WriteQuads", ErrNoQuads)
	}
	return fmt.Errorf("%w: %q (known: %s)", ErrFormat, opt.Format, strings.Join(Formats, ", "))
}

// writeImage lays out sub where needed and draws it as PNG or SVG.
func writeImage(w io.Writer, sub graphmodel.Subgraph, opt Options) error {
	scale, err := opt.scale()
	if err != nil {
		return err
	}
	if len(sub.Nodes) == 0 {
		return ErrEmpty
	}
	fs, err := loadFonts()
	if err != nil {
		return err
	}
	pos, err := place(fs, sub, opt)
	if err != nil {
		return err
	}
	sc := buildScene(fs, sub, pos, opt)
	if opt.Format == "svg" {
		return writeSVG(w, fs, sc, scale, opt.Transparent, opt.caption(sub))
	}
	return writePNG(w, fs, sc, scale, opt.Transparent)
}

// WriteFile writes sub to path in opt.Format, or in the format of path's
// extension when opt.Format is empty. CSV goes to the two files CSVPaths
// names; N-Quads writes quads (the store's own, see graphmodel's
// Store.Quads) and fails with ErrNoQuads when there are none. Each file is
// written to a temporary name first and renamed when complete, so a failed
// export leaves no partial file.
func WriteFile(path string, sub graphmodel.Subgraph, quads []quad.Quad, opt Options) error {
	if opt.Format == "" {
		opt.Format = FormatOf(path)
	}
	switch opt.Format {
	case "csv":
		nodes, edges := CSVPaths(path)
		if err := atomicWrite(nodes, func(w io.Writer) error { return WriteNodesCSV(w, sub) }); err != nil {
			return err
		}
		return atomicWrite(edges, func(w io.Writer) error { return WriteEdgesCSV(w, sub) })
	case "nquads":
		if len(quads) == 0 {
			return ErrNoQuads
		}
		return atomicWrite(path, func(w io.Writer) error { return WriteQuads(w, quads) })
	}
	if opt.Format == "" {
		return fmt.Errorf("%w: cannot tell the format of %s (known: %s)", ErrFormat, path, strings.Join(Formats, ", "))
	}
	return atomicWrite(path, func(w io.Writer) error { return Write(w, sub, opt) })
}

// CSVPaths returns the node and edge file names a CSV export to path
// writes: nodes.csv and edges.csv inside path when it is a directory,
// otherwise path's name without extension plus -nodes.csv and -edges.csv.
func CSVPaths(path string) (nodes, edges string) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return filepath.Join(path, "nodes.csv"), filepath.Join(path, "edges.csv")
	}
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	return stem + "-nodes.csv", stem + "-edges.csv"
}

// atomicWrite runs write on a temporary file beside path and renames it
// to path when write succeeds.
func atomicWrite(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	tmp := f.Name()
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}

// Induced returns the part of sub whose nodes satisfy keep, with the edges
// among them and the Hidden counts of the kept nodes: use it for the
// "selection" and "current view" scopes and for type filters. It takes
// O(|V| + |E|) time.
func Induced(sub graphmodel.Subgraph, keep func(graphmodel.Node) bool) graphmodel.Subgraph {
	var out graphmodel.Subgraph
	ids := map[string]bool{}
	for _, n := range sub.Nodes {
		if keep(n) {
			ids[n.ID] = true
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range sub.Edges {
		if ids[e.From] && ids[e.To] {
			out.Edges = append(out.Edges, e)
		}
	}
	for id, h := range sub.Hidden {
		if ids[id] {
			if out.Hidden == nil {
				out.Hidden = map[string]int{}
			}
			out.Hidden[id] = h
		}
	}
	return out
}
