// Package graphmodel stores the knowledge graph in Cayley and answers the
// queries the explorer, the command line and export need: entities by id,
// name and pinyin, k-hop neighbourhoods, evidence sentences, the towns x
// policies matrix, indicators and shortest paths.
//
// # Backends
//
// Open takes a directory (Cayley's bolt backend, one file indexes.bolt,
// created if missing), a postgres:// URL (Cayley's SQL backend) or "" for
// DefaultDir; OpenMemory gives a memstore for tests. A bolt store is held
// by one process: a second Open fails at once with ErrLocked naming the
// holder (bolt itself would wait forever). A directory holding other files
// is refused with ErrNotAStore and left untouched.
//
// # Writing
//
// Every quad a document contributes is labelled with the document's IRI
// (see schema.go for the whole schema: about 550 quads per report, the
// provenance kept in a facts record per document and entity). Import
// writes the documents of a Result in transactions of whole documents
// (about 10,000 quads each), deleting the quads a document had and adding
// the new ones; quads in both are left alone, so re-importing an unchanged
// report writes nothing. RemoveDocument deletes them; an entity that
// several documents describe keeps what the others say about it.
// ImportQuads loads an N-Quads export (Quads) of another store.
//
// Entities merge across documents by id: enterprises, policies, projects
// and organisations by name, towns and indicators by name within the
// document's place (extract.EntityID), so an indicator's values from
// several years and places stay comparable (Indicators).
//
// Several processes may import into one PostgreSQL store at once: each
// transaction is retried when PostgreSQL aborts it for a conflict with
// another.
//
// # Reading
//
// An in-memory index of the entity graph (names, aliases, pinyin keys,
// types, degrees and relation edges without evidence) and of the documents
// is built on first use from the documents' contents tables, and dropped
// by every write of this Store. Documents, Search, Find, Node, Nodes,
// TypeCounts, Neighbors, Expand, Matrix's rows and columns and ShortestPath
// use it, so a click costs microseconds to a millisecond. Evidence (Edges,
// EdgesAmong, Mentions), indicator values, document texts and spans, and
// export quads are read from Cayley. Neighbors and Expand return edges
// without evidence; ask EdgesAmong (or Edges for one node) for the
// sentences.
//
// Status relations (completed, under_construction, planned) have a phrase,
// not an entity, as object: they are never nodes or neighbours, and Edges
// returns them with an empty To and the phrase in Status.
//
// Every result is sorted (nodes by degree desc, indicators after named
// things of equal degree, then name; edges by From, Predicate, To;
// evidence by document and offset), never in backend order.
//
// The index is not told about writes made by another process to a shared
// PostgreSQL store; reopen the Store to see them.
package graphmodel
