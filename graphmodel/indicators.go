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
// measures, and for "" every value in the store. Rows are sorted by place,
// indicator name, year, kind, document and offset.
func (s *Store) Indicators(ctx context.Context, entityID string) ([]IndicatorRow, error) {
	idx, err := s.index(ctx)
	if err != nil {
		return nil, err
	}
	ids, err := indicatorIDs(idx, entityID)
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

// indicatorIDs resolves the entity argument of Indicators.
func indicatorIDs(idx *index, entityID string) ([]string, error) {
	if entityID == "" {
		var ids []string
		for _, e := range idx.sorted {
			if e.node.Type == extract.TypeIndicator {
				ids = append(ids, e.node.ID)
			}
		}
		return ids, nil
	}
	e := idx.nodes[entityID]
	if e == nil {
		return nil, ErrNotFound
	}
	if e.node.Type == extract.TypeIndicator {
		return []string{entityID}, nil
	}
	var ids []string
	for _, k := range idx.adj[entityID] {
		if k.from == entityID && k.pred == extract.PredMeasures {
			ids = append(ids, k.to)
		}
	}
	return ids, nil
}

func (s *Store) observations(ctx context.Context, idx *index, id string) ([]IndicatorRow, error) {
	obs, err := s.pointersTo(ctx, EntityIRI(id), predIndicator)
	if err != nil {
		return nil, err
	}
	node := idx.nodes[id].node
	rows := make([]IndicatorRow, 0, len(obs))
	for _, o := range obs {
		p, err := s.propsOf(ctx, o)
		if err != nil {
			return nil, err
		}
		r := IndicatorRow{
			Entity: node.ID, Name: p.str(predLabel), Place: node.Place,
			Year: p.int(predYear), Kind: p.str(predKind),
			Value: p.float(predValue), ValueMax: p.float(predValueMax),
			Unit: p.str(predUnit), Measure: p.str(predMeasure), Qualifier: p.str(predQualifier),
			Estimated: p.bool(predEstimated), Evidence: p.evidence(idx, predEvidence),
		}
		if r.Name == "" {
			r.Name = node.Name
		}
		rows = append(rows, r)
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
