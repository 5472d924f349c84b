package extract

// Merge combines the results of several documents into one. Entities with
// the same ID merge: aliases are united and mentions appended, in the order
// of the results. Documents, relations and indicators are concatenated.
// Nil results are skipped. It runs in O(total entities + mentions).
func Merge(results ...*Result) *Result {
	out := &Result{Documents: []Document{}, Entities: []Entity{}, Relations: []Relation{}, Indicators: []Indicator{}}
	index := map[string]int{}
	for _, r := range results {
		if r == nil {
			continue
		}
		out.Documents = append(out.Documents, r.Documents...)
		out.Relations = append(out.Relations, r.Relations...)
		out.Indicators = append(out.Indicators, r.Indicators...)
		for _, e := range r.Entities {
			k, ok := index[e.ID]
			if !ok {
				e.Aliases = append([]string{}, e.Aliases...)
				e.Mentions = append([]Mention{}, e.Mentions...)
				index[e.ID] = len(out.Entities)
				out.Entities = append(out.Entities, e)
				continue
			}
			merged := &out.Entities[k]
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if a != merged.Name && !contains(merged.Aliases, a) {
					merged.Aliases = append(merged.Aliases, a)
				}
			}
			merged.Mentions = append(merged.Mentions, e.Mentions...)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
