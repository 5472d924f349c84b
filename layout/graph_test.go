package layout_test

import (
	"errors"
	"math"
	"testing"

	"github.com/policygraph/policygraph/layout"
)

func TestValidate(t *testing.T) {
	tests := map[string]struct {
		g    layout.Graph
		okay bool
	}{
		"empty":            {layout.Graph{}, true},
		"full":             {layout.Graph{N: 2, Edges: []layout.Edge{{0, 1}}, Sizes: make([]layout.Size, 2), Groups: []int{0, 3}, Pinned: make([]bool, 2), Pos: make([]layout.Point, 2)}, true},
		"self loop":        {layout.Graph{N: 1, Edges: []layout.Edge{{0, 0}}}, true},
		"negative count":   {layout.Graph{N: -1}, false},
		"edge past end":    {layout.Graph{N: 2, Edges: []layout.Edge{{0, 2}}}, false},
		"negative edge":    {layout.Graph{N: 2, Edges: []layout.Edge{{-1, 1}}}, false},
		"short sizes":      {layout.Graph{N: 2, Sizes: make([]layout.Size, 1)}, false},
		"long pinned":      {layout.Graph{N: 2, Pinned: make([]bool, 3)}, false},
		"negative group":   {layout.Graph{N: 2, Groups: []int{0, -1}}, false},
		"NaN position":     {layout.Graph{N: 1, Pos: []layout.Point{{X: math.NaN()}}}, false},
		"infinite positon": {layout.Graph{N: 1, Pos: []layout.Point{{Y: math.Inf(1)}}}, false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			err := tc.g.Validate()
			if tc.okay && err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if !tc.okay && !errors.Is(err, layout.ErrBadGraph) {
				t.Fatalf("Validate = %v, want ErrBadGraph", err)
			}
		})
	}
}
