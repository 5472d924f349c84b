package explorer

import (
	"errors"
	"fmt"
	"slices"

	"github.com/policygraph/policygraph/graphmodel"
	"github.com/policygraph/policygraph/ui/graphview"
)

// Select shows node id in the details panel, marks it on the canvas and
// records it in the back/forward trail.
func (e *Explorer) Select(id string) {
	e.trail.Visit(id)
	e.view.Select(id)
	e.details.showNode(id)
	e.tools.refresh()
}

// Focus brings node id onto the canvas (with its first neighbours when it
// was not there), selects it and centres it once the layout settles.
func (e *Explorer) Focus(id string) error {
	return e.focusThen(id, func() { e.view.CenterOn(id) })
}

// focusThen focuses id and calls settled when its place is final.
func (e *Explorer) focusThen(id string, settled func()) error {
	added, err := e.bringIn(id, settled)
	if err != nil {
		return err
	}
	e.Select(id)
	e.tabs.SelectIndex(0)
	if !added {
		settled()
	}
	return nil
}

// bringIn adds node id and its first page of neighbours to the canvas
// when it is not already there, as one undoable step, and reports
// whether it did; settled is called once the new nodes are laid out.
func (e *Explorer) bringIn(id string, settled func()) (bool, error) {
	if e.view.Scene().Has(id) {
		return false, nil
	}
	n, err := e.st.Node(e.ctx, id)
	if err != nil {
		return false, fmt.Errorf("focus %s: %w", id, err)
	}
	before := e.view.Scene()
	s := before.Clone()
	s.Merge(graphmodel.Subgraph{Nodes: []graphmodel.Node{n}}, "")
	if err := e.addPage(s, id); err != nil {
		return false, err
	}
	e.commit("聚焦 "+n.Name, before, s, settled)
	return true, nil
}

// Expand adds the next page of node id's neighbours (at most the cap) to
// the canvas. Nodes already there stay where they are.
func (e *Explorer) Expand(id string) error {
	before := e.view.Scene()
	s := before.Clone()
	if !s.Has(id) {
		return e.Focus(id)
	}
	if s.Paged[id] > 0 && s.More[id] == 0 {
		e.setStatus("已显示全部相邻节点")
		return nil
	}
	if types := e.filter().Types; types != nil && len(types) == 0 {
		e.setStatus("没有勾选任何类型：请在左侧勾选要展开的实体类型")
		return nil
	}
	if err := e.addPage(s, id); err != nil {
		return err
	}
	n, _ := s.Node(id)
	e.commit("展开 "+n.Name, before, s, nil)
	return nil
}

// More is what the "+N" badge does: the next page of neighbours.
func (e *Explorer) More(id string) error { return e.Expand(id) }

// addPage merges into s up to the cap of id's neighbours that are not on
// it yet, in the store's order from where id's last page ended, with
// every edge among the nodes on show. Neighbours already on the canvas
// (put there by other expansions) do not count against the cap, and a
// page that reaches the end starts over once from the first neighbour,
// so that neighbours hidden since come back. id's badge then counts the
// neighbours still missing.
func (e *Explorer) addPage(s *graphview.Scene, id string) error {
	f := e.filter()
	offset, want, wrapped := s.Paged[id], e.opts.Cap, false
	for want > 0 {
		f.Limit = want
		sub, err := e.st.Expand(e.ctx, id, f, offset)
		if err != nil {
			return fmt.Errorf("expand %s: %w", id, err)
		}
		want -= len(s.Merge(sub, id))
		offset += len(sub.Nodes) - 1
		if sub.Hidden[id] > 0 {
			continue
		}
		if wrapped || s.Paged[id] == 0 {
			break
		}
		offset, wrapped = 0, true
	}
	s.Paged[id] = offset
	return e.finishPage(s, id)
}

// finishPage adds every edge among the nodes on s and sets id's badge to
// the number of its neighbours (of the filtered types) not on s.
func (e *Explorer) finishPage(s *graphview.Scene, id string) error {
	edges, err := e.st.EdgesAmong(e.ctx, s.IDs())
	if err != nil {
		return fmt.Errorf("expand %s: %w", id, err)
	}
	s.AddEdges(edges)
	f := e.filter()
	f.Limit = 1
	sub, err := e.st.Expand(e.ctx, id, f, 0)
	if err != nil {
		return fmt.Errorf("expand %s: %w", id, err)
	}
	total := len(sub.Nodes) - 1 + sub.Hidden[id]
	s.More[id] = max(0, total-shownNeighbours(s, id, f.Types))
	return nil
}

// shownNeighbours counts the nodes on s linked to id whose type is in
// types (empty: any, as for graphmodel.Filter). O(edges).
func shownNeighbours(s *graphview.Scene, id string, types []string) int {
	typeOf := make(map[string]string, len(s.Nodes))
	for _, n := range s.Nodes {
		typeOf[n.ID] = n.Type
	}
	seen := map[string]bool{}
	for _, ed := range s.Edges {
		other := ed.To
		if ed.To == id {
			other = ed.From
		} else if ed.From != id {
			continue
		}
		if other != id && (len(types) == 0 || slices.Contains(types, typeOf[other])) {
			seen[other] = true
		}
	}
	return len(seen)
}

// filter is the neighbourhood filter: the browse panel's types and the
// neighbour cap.
func (e *Explorer) filter() graphmodel.Filter {
	return graphmodel.Filter{Types: e.browse.checkedTypes(), Limit: e.opts.Cap}
}

// commit records before for undo, shows after and lays out the nodes
// after has that before lacked, leaving the others in place; settled
// (may be nil) runs when they are in place.
func (e *Explorer) commit(label string, before, after *graphview.Scene, settled func()) {
	e.layout.stop()
	e.undo.Record(label, before)
	e.view.SetScene(after)
	var added []string
	for _, id := range after.IDs() {
		if !before.Has(id) {
			added = append(added, id)
		}
	}
	switch {
	case len(added) > 0:
		e.layout.run(after, added, func() {
			e.reveal(added)
			if settled != nil {
				settled()
			}
		})
	case settled != nil:
		settled()
	}
	e.tools.refresh()
	e.setStatus(fmt.Sprintf("%s：画布上 %d 个节点、%d 条关系", label, len(after.Nodes), len(after.Edges)))
}

// reveal fits the view when some of ids ended up outside it.
func (e *Explorer) reveal(ids []string) {
	size := e.view.Size()
	for _, id := range ids {
		p, ok := e.view.ScreenPos(id)
		if ok && (p.X < 0 || p.Y < 0 || p.X > size.Width || p.Y > size.Height) {
			e.view.Fit()
			return
		}
	}
}

// Hide takes node id off the canvas.
func (e *Explorer) Hide(id string) {
	before := e.view.Scene()
	n, ok := before.Node(id)
	if !ok {
		return
	}
	s := before.Clone()
	s.Remove(id)
	e.commit("隐藏 "+n.Name, before, s, nil)
}

// Collapse takes off the canvas the neighbours of id that hang on id
// alone, so that the node can be expanded afresh.
func (e *Explorer) Collapse(id string) {
	before := e.view.Scene()
	n, ok := before.Node(id)
	if !ok {
		return
	}
	s := before.Clone()
	s.Remove(s.Leaves(id)...)
	s.Paged[id], s.More[id] = 0, 0
	e.commit("收起 "+n.Name, before, s, nil)
}

// TogglePin pins node id in place, or releases it.
func (e *Explorer) TogglePin(id string) {
	before := e.view.Scene()
	n, ok := before.Node(id)
	if !ok {
		return
	}
	s := before.Clone()
	label := "固定 "
	if s.Pinned[id] {
		delete(s.Pinned, id)
		label = "取消固定 "
	} else {
		s.Pinned[id] = true
	}
	e.commit(label+n.Name, before, s, nil)
}

// Relayout lets every unpinned node move again until the layout settles.
func (e *Explorer) Relayout() { e.relayout("重新布局") }

// relayout records the canvas for undo under label and lays it out anew.
func (e *Explorer) relayout(label string) {
	before := e.view.Scene()
	if len(before.Nodes) == 0 {
		return
	}
	e.layout.stop()
	e.undo.Record(label, before)
	e.layout.run(e.view.Scene(), nil, e.view.Fit)
	e.tools.refresh()
	e.setStatus(label)
}

// Clear empties the canvas.
func (e *Explorer) Clear() {
	before := e.view.Scene()
	if len(before.Nodes) == 0 {
		return
	}
	e.commit("清空画布", before, graphview.NewScene(), nil)
	e.details.clear()
}

// Undo reverts the last canvas action.
func (e *Explorer) Undo() {
	e.layout.stop()
	s, label, ok := e.undo.Undo(e.view.Scene())
	if !ok {
		return
	}
	e.view.SetScene(s)
	e.tools.refresh()
	e.setStatus("已撤销：" + label)
}

// Redo repeats the last undone canvas action.
func (e *Explorer) Redo() {
	e.layout.stop()
	s, label, ok := e.undo.Redo(e.view.Scene())
	if !ok {
		return
	}
	e.view.SetScene(s)
	e.tools.refresh()
	e.setStatus("已重做：" + label)
}

// Back focuses the previous entity in the trail.
func (e *Explorer) Back() {
	if id, ok := e.trail.Back(); ok {
		e.revisit(id)
	}
}

// Forward focuses the next entity in the trail.
func (e *Explorer) Forward() {
	if id, ok := e.trail.Forward(); ok {
		e.revisit(id)
	}
}

// revisit focuses id without adding a step to the trail.
func (e *Explorer) revisit(id string) {
	centre := func() { e.view.CenterOn(id) }
	added, err := e.bringIn(id, centre)
	if err != nil {
		e.report(err)
		return
	}
	e.view.Select(id)
	e.details.showNode(id)
	if !added {
		centre()
	}
	e.tools.refresh()
}

// ShowPath puts the shortest path(s) between two entities on the canvas
// and marks them.
func (e *Explorer) ShowPath(from, to string) error {
	sub, err := e.st.ShortestPath(e.ctx, from, to)
	if errors.Is(err, graphmodel.ErrNoPath) {
		return fmt.Errorf("这两个实体之间没有关系路径：%w", err)
	}
	if err != nil {
		return fmt.Errorf("path: %w", err)
	}
	before := e.view.Scene()
	s := before.Clone()
	parent := ""
	if s.Has(from) {
		parent = from
	}
	s.Merge(sub, parent)
	e.commit("最短路径", before, s, e.view.Fit)
	ids := make([]string, len(sub.Nodes))
	for i, n := range sub.Nodes {
		ids[i] = n.ID
	}
	e.view.Mark(ids)
	e.tabs.SelectIndex(0)
	e.setStatus(fmt.Sprintf("最短路径：%d 个节点、%d 条关系", len(sub.Nodes), len(sub.Edges)))
	return nil
}
