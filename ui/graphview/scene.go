package graphview

import (
	"math"
	"sort"

	"fyne.io/fyne/v2"

	"github.com/policygraph/policygraph/graphmodel"
)

// Scene is what the canvas shows: nodes and edges, each node's position
// in world units (pixels at zoom 1), pinned nodes, and per node how many
// neighbours a capped expansion left out (More) and how many it has paged
// in so far (Paged). A Scene is a value the explorer snapshots for undo:
// use Clone before changing a shared one.
type Scene struct {
	Nodes  []graphmodel.Node
	Edges  []graphmodel.Edge
	Pos    map[string]fyne.Position
	Pinned map[string]bool
	More   map[string]int
	Paged  map[string]int
}

// NewScene returns an empty scene.
func NewScene() *Scene {
	return &Scene{
		Pos:    map[string]fyne.Position{},
		Pinned: map[string]bool{},
		More:   map[string]int{},
		Paged:  map[string]int{},
	}
}

// Clone returns a deep copy of s. O(nodes + edges).
func (s *Scene) Clone() *Scene {
	c := NewScene()
	c.Nodes = append([]graphmodel.Node(nil), s.Nodes...)
	c.Edges = append([]graphmodel.Edge(nil), s.Edges...)
	for k, v := range s.Pos {
		c.Pos[k] = v
	}
	for k, v := range s.Pinned {
		c.Pinned[k] = v
	}
	for k, v := range s.More {
		c.More[k] = v
	}
	for k, v := range s.Paged {
		c.Paged[k] = v
	}
	return c
}

// Has reports whether node id is in the scene. O(nodes).
func (s *Scene) Has(id string) bool {
	_, ok := s.Pos[id]
	return ok
}

// Node returns the node with this id.
func (s *Scene) Node(id string) (graphmodel.Node, bool) {
	for _, n := range s.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return graphmodel.Node{}, false
}

// IDs returns the ids of every node in the scene, in scene order.
func (s *Scene) IDs() []string {
	ids := make([]string, len(s.Nodes))
	for i, n := range s.Nodes {
		ids[i] = n.ID
	}
	return ids
}

// Merge adds the nodes and edges of sub that the scene lacks and takes
// its Hidden counts as More. New nodes are placed on a ring around parent
// (or around the centre of the scene when parent is not on it); nodes
// already on the scene keep their places. It returns the ids added.
// O(nodes + edges of both).
func (s *Scene) Merge(sub graphmodel.Subgraph, parent string) []string {
	var added []string
	for _, n := range sub.Nodes {
		if s.Has(n.ID) {
			continue
		}
		s.Nodes = append(s.Nodes, n)
		added = append(added, n.ID)
	}
	s.place(added, parent)
	s.AddEdges(sub.Edges)
	for id, n := range sub.Hidden {
		s.More[id] = n
	}
	return added
}

// AddEdges adds the edges whose endpoints are both on the scene and that
// it does not hold yet. O(edges).
func (s *Scene) AddEdges(edges []graphmodel.Edge) {
	have := make(map[string]bool, len(s.Edges))
	for _, e := range s.Edges {
		have[e.Key()] = true
	}
	for _, e := range edges {
		if have[e.Key()] || !s.Has(e.From) || !s.Has(e.To) {
			continue
		}
		have[e.Key()] = true
		s.Edges = append(s.Edges, e)
	}
}

// ringGap is the distance in world units between a parent and the first
// ring of its new neighbours.
const ringGap = 120

// place puts the new nodes on rings around parent so that an expansion
// appears next to the node it came from. Without a parent on the scene
// the first new node goes to the centre of an empty scene, or beside the
// picture already there, and the others ring around it.
func (s *Scene) place(ids []string, parent string) {
	centre, ok := s.Pos[parent]
	if !ok && len(ids) > 0 {
		centre = s.beside()
		s.Pos[ids[0]] = centre
		ids = ids[1:]
	}
	const perRing = 12
	for i, id := range ids {
		ring, slot := i/perRing, i%perRing
		inRing := min(perRing, len(ids)-ring*perRing)
		angle := 2*math.Pi*float64(slot)/float64(inRing) + float64(ring)*0.4
		r := float64(ringGap * (ring + 1))
		s.Pos[id] = fyne.NewPos(centre.X+float32(r*math.Cos(angle)), centre.Y+float32(r*math.Sin(angle)))
	}
}

// beside returns a free spot to the right of the placed nodes, or the
// origin when there are none.
func (s *Scene) beside() fyne.Position {
	if len(s.Pos) == 0 {
		return fyne.NewPos(0, 0)
	}
	var right, y float32
	first := true
	for _, p := range s.Pos {
		if first || p.X > right {
			right = p.X
		}
		first = false
		y += p.Y
	}
	return fyne.NewPos(right+3*ringGap, y/float32(len(s.Pos)))
}

// Remove takes nodes off the scene with their edges, positions, pins and
// counts. O(nodes + edges).
func (s *Scene) Remove(ids ...string) {
	gone := make(map[string]bool, len(ids))
	for _, id := range ids {
		gone[id] = true
		delete(s.Pos, id)
		delete(s.Pinned, id)
		delete(s.More, id)
		delete(s.Paged, id)
	}
	nodes := s.Nodes[:0]
	for _, n := range s.Nodes {
		if !gone[n.ID] {
			nodes = append(nodes, n)
		}
	}
	s.Nodes = nodes
	edges := s.Edges[:0]
	for _, e := range s.Edges {
		if !gone[e.From] && !gone[e.To] {
			edges = append(edges, e)
		}
	}
	s.Edges = edges
}

// Leaves returns the unpinned neighbours of id whose only edges on the
// scene go to id, sorted: the nodes a collapse of id removes. O(edges).
func (s *Scene) Leaves(id string) []string {
	degree := map[string]int{}
	toID := map[string]int{}
	for _, e := range s.Edges {
		if e.From == e.To {
			continue
		}
		degree[e.From]++
		degree[e.To]++
		if e.From == id {
			toID[e.To]++
		}
		if e.To == id {
			toID[e.From]++
		}
	}
	var out []string
	for n, k := range toID {
		if degree[n] == k && !s.Pinned[n] {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
