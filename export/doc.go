// Package export turns a subgraph into images analysts can publish (PNG,
// SVG) and into data other tools open (GraphML, GEXF, CSV, N-Quads, DOT,
// JSON). The command line (`policygraph export`) and the explorer's export
// menu both call it, so a picture looks the same from either.
//
// # API overview
//
//	export.Formats                                  // png svg graphml gexf csv nquads dot json
//	export.Write(w, sub, export.Options{Format: "svg", Scale: 2})
//	export.WriteFile(path, sub, quads, opt)         // format from opt or the extension; CSV → two files
//	export.CSVPaths(path)                           // the two CSV file names WriteFile uses
//	export.ReadGraph(path)                          // for `export --in`: .graphml .gexf .json .nq
//	export.Induced(sub, keep)                       // "selection" / "current view" / type filter scopes
//	export.FormatOf(path)                           // format of a file extension
//	export.SourceTitles(docs)                       // document titles for Options.Sources (the caption)
//
// WriteGraphML, WriteGEXF, WriteDOT, WriteJSON, WriteNodesCSV,
// WriteEdgesCSV, WriteCSV and WriteQuads write one format each; ReadQuads
// reads N-Quads.
//
// # Images
//
// Nodes are drawn with package style's colours, shapes and label sizes,
// labels centred below their shape, edges as lines (one per pair of nodes,
// labelled with the predicates' Chinese names when Options.ShowPredicates
// is set), a "+N" badge at the upper right of every node whose neighbours
// Subgraph.Hidden says were left out (as the canvas draws it, e.g. after
// `policygraph export --limit 30`), a legend of the types present above
// the graph and a caption (source documents, counts, date) below it. The picture's bounds contain
// every shape and label box plus a margin, so nothing is ever clipped.
// Options.Scale (0.25 to 8) multiplies the pixel size; Transparent drops
// the white background (and, instead of a translucent box behind each
// label, cuts the edges away under it).
//
// Positions come from Options.Positions (the canvas, so that the image
// matches the screen) or from package layout run to convergence. Without
// given positions, the connected components are then packed side by side
// and the label boxes separated by a row legaliser that keeps even
// 10,000-node graphs compact and overlap-free; with some given, layout
// refines the others around the pinned ones and removes overlaps.
// Predicate labels that would cover a node or another label are left out.
//
// PNG text is drawn with the bundled CJK face (resources.CJKFont) and, for
// the runes it lacks (Latin letters, digits, curly quotes), Fyne's Noto
// Sans, choosing the face per rune as the explorer's theme does; glyphs
// are rasterised once per size and cached. The image is drawn in bands of
// rows by one goroutine per CPU and each band deflated on its own, so a
// picture of a hundred million pixels never sits in memory whole: up to
// 16 Mpx with compress/flate, above with a run-length deflate encoder
// that runs at memory speed.
//
// SVG keeps every label as one <text> element with a font-family list of
// common Chinese fonts, and embeds subsets of both bundled faces holding
// only the glyphs used, so it renders the same where no Chinese font is
// installed.
//
// # Data
//
// GraphML and GEXF carry node attributes type, type_name, name, aliases
// and place, edge attributes predicate, label, status, evidence and
// document; CSV writes nodes and edges files in UTF-8 with a byte order
// mark (for Excel); DOT is a Graphviz digraph; JSON is graphmodel's
// Subgraph; N-Quads are the store's own quads, so importing them into an
// empty store gives the same graph back. Edges whose ends are not both in
// the subgraph (status phrases) are left out of every format but N-Quads.
package export
