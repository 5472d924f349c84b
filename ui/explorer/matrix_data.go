package explorer

import (
	"sort"
	"strings"

	"github.com/policygraph/policygraph/graphmodel"
)

// transposed returns m with rows and columns swapped. O(rows + cols +
// cells).
func transposed(m graphmodel.Matrix) graphmodel.Matrix {
	out := graphmodel.Matrix{Rows: m.Cols, Cols: m.Rows, Cells: make(map[[2]int][]graphmodel.Edge, len(m.Cells))}
	for k, edges := range m.Cells {
		out.Cells[[2]int{k[1], k[0]}] = edges
	}
	return out
}

// filtered returns the part of m a search for q keeps: the rows and
// columns whose name or an alias contains q, and the rows and columns
// linked to those. An empty q keeps everything. O(rows + cols + cells).
func filtered(m graphmodel.Matrix, q string) graphmodel.Matrix {
	q = strings.TrimSpace(q)
	if q == "" {
		return m
	}
	rowHit, colHit := matching(m.Rows, q), matching(m.Cols, q)
	keepRow, keepCol := make([]bool, len(m.Rows)), make([]bool, len(m.Cols))
	copy(keepRow, rowHit)
	copy(keepCol, colHit)
	for k := range m.Cells {
		if rowHit[k[0]] {
			keepCol[k[1]] = true
		}
		if colHit[k[1]] {
			keepRow[k[0]] = true
		}
	}
	return subMatrix(m, indices(keepRow), indices(keepCol))
}

// matching reports, per node, whether its name or an alias contains q.
func matching(nodes []graphmodel.Node, q string) []bool {
	out := make([]bool, len(nodes))
	for i, n := range nodes {
		out[i] = strings.Contains(n.Name, q)
		for _, a := range n.Aliases {
			out[i] = out[i] || strings.Contains(a, q)
		}
	}
	return out
}

// indices returns the positions of the true entries.
func indices(keep []bool) []int {
	var out []int
	for i, k := range keep {
		if k {
			out = append(out, i)
		}
	}
	return out
}

// byLinks returns m with its rows sorted by how many columns they link
// to and its columns by how many rows, most first; ties keep their order.
// O(r log r + c log c + cells).
func byLinks(m graphmodel.Matrix) graphmodel.Matrix {
	rowLinks, colLinks := linkCounts(m)
	return subMatrix(m, rankedBy(rowLinks), rankedBy(colLinks))
}

// linkCounts returns the number of linked cells in each row and column.
func linkCounts(m graphmodel.Matrix) (rows, cols []int) {
	rows, cols = make([]int, len(m.Rows)), make([]int, len(m.Cols))
	for k := range m.Cells {
		rows[k[0]]++
		cols[k[1]]++
	}
	return rows, cols
}

// rankedBy returns the indices of counts, largest count first, stable.
func rankedBy(counts []int) []int {
	order := make([]int, len(counts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return counts[order[a]] > counts[order[b]] })
	return order
}

// subMatrix returns the rows and columns of m at the given indices, in
// that order, with their cells. O(len(rows) + len(cols) + cells).
func subMatrix(m graphmodel.Matrix, rows, cols []int) graphmodel.Matrix {
	out := graphmodel.Matrix{Cells: map[[2]int][]graphmodel.Edge{}}
	rowAt, colAt := map[int]int{}, map[int]int{}
	for i, r := range rows {
		rowAt[r] = i
		out.Rows = append(out.Rows, m.Rows[r])
	}
	for j, c := range cols {
		colAt[c] = j
		out.Cols = append(out.Cols, m.Cols[c])
	}
	for k, edges := range m.Cells {
		i, okR := rowAt[k[0]]
		j, okC := colAt[k[1]]
		if okR && okC {
			out.Cells[[2]int{i, j}] = edges
		}
	}
	return out
}
