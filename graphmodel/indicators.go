package graphmodel

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/policygraph/policygraph/extract"
)

// Indicators returns indicator values: for an indicator entity its own
// values, for any other entity (a region) the values of the indicators it
// measures, and for "" every value in the store. Each row keeps its
// document (Evidence.Doc), place and year, so that one indicator can be
// compared over years and places. Rows are sorted by place, indicator
// name, year, kind, document and offset.
func (s *Store) Indicators(ctx context.Context, entityID string) ([]IndicatorRow, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	ids, err := indicatorOwners(idx, entityID)
	if err != nil {
		return nil, fmt.Errorf("indicators of %q: %w", entityID, err)
	}
	var rows []IndicatorRow
	for _, id := range ids {
		r, err := s.observations(ctx, idx, id)
		if err != nil {
			return nil, fmt.Errorf("indicators of %q: %w", entityID, err)
		}
		rows = append(rows, r...)
	}
	slices.SortFunc(rows, compareRows)
	return rows, nil
}

// indicatorOwners resolves the entity argument of Indicators to the
// entities whose facts records to read: every indicator for "", else the
// entity itself.
func indicatorOwners(idx *index, entityID string) ([]string, error) {
	if entityID == "" {
		var ids []string
		for _, e := range idx.sorted {
			if e.node.Type == extract.TypeIndicator {
				ids = append(ids, e.node.ID)
			}
		}
		return ids, nil
	}
	if idx.nodes[entityID] == nil {
		return nil, ErrNotFound
	}
	return []string{entityID}, nil
}

// observations reads the values in id's facts records: those of the
// indicator id, or those id is the region of (through a "measures" edge
// of the index).
func (s *Store) observations(ctx context.Context, idx *index, id string) ([]IndicatorRow, error) {
	facts, src, err := s.factsAndSources(ctx, idx, id)
	if err != nil {
		return nil, err
	}
	var rows []IndicatorRow
	for _, f := range facts {
		for _, o := range f.observations {
			ind := idx.nodes[o.indicator]
			if ind == nil || (o.indicator != id && !idx.edgeSet[edgeKey{id, extract.PredMeasures, o.indicator}]) {
				continue
			}
			rows = append(rows, IndicatorRow{
				Entity: o.indicator, Name: cmp.Or(o.label, ind.node.Name), Place: ind.node.Place,
				Year: o.year, Kind: o.kind, Value: o.value, ValueMax: o.valueMax,
				Unit: o.unit, Measure: o.measure, Qualifier: o.qualifier, Estimated: o.estimated,
				Evidence: src.evidence(f.doc, o.evidence, o.section, o.year),
			})
		}
	}
	return rows, nil
}

func compareRows(a, b IndicatorRow) int {
	if c := cmp.Compare(a.Place, b.Place); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Year, b.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	return compareEvidence(a.Evidence, b.Evidence)
}
