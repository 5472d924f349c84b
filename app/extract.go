package app

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/policygraph/policygraph/extract"
)

// cmdExtract runs the extractor on files and prints the result: the JSON
// contract with --json, a short summary otherwise.
func cmdExtract(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", stderr)
	asJSON := fs.Bool("json", false, "print the full result as JSON")
	files, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef("extract needs at least one FILE")
	}
	results := make([]*extract.Result, 0, len(files))
	for _, f := range files {
		r, err := extract.File(f)
		if err != nil {
			return err
		}
		results = append(results, r)
	}
	res := extract.Merge(results...)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		return enc.Encode(res)
	}
	printSummary(stdout, res)
	return nil
}

func printSummary(w io.Writer, res *extract.Result) {
	for _, d := range res.Documents {
		fmt.Fprintf(w, "%s  %s (%s, %s)\n", d.ID, d.Title, d.Place, d.Genre)
	}
	counts := map[string]int{}
	for _, e := range res.Entities {
		counts[e.Type]++
	}
	types := make([]string, 0, len(counts))
	for t := range counts {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		fmt.Fprintf(w, "%-13s %5d\n", t, counts[t])
	}
	fmt.Fprintf(w, "%-13s %5d\n%-13s %5d\n", "relations", len(res.Relations), "indicator values", len(res.Indicators))
}
