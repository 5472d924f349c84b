//go:build !unix

package graphmodel

// lockFile is created beside indexes.bolt on Unix; other systems rely on
// bolt's own lock.
const lockFile = "policygraph.lock"

type dirLock struct{}

func acquireLock(string) (*dirLock, error) { return &dirLock{}, nil }

func (*dirLock) release() {}
