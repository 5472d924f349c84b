// Package graphmodel stores the knowledge graph in Cayley and answers the
// queries the explorer, the command line and export need: entities by id,
// name and pinyin, k-hop neighbourhoods, evidence sentences, the towns x
// policies matrix, indicators and shortest paths.
package graphmodel
