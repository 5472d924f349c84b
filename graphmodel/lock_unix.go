//go:build unix

package graphmodel

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// lockFile sits beside indexes.bolt and holds the pid of the process that
// has the store open. Bolt's own lock makes a second opener wait forever;
// this one fails at once and names the holder.
const lockFile = "policygraph.lock"

type dirLock struct{ f *os.File }

// acquireLock takes an exclusive, non-blocking flock on the store's lock
// file and on the bolt file itself (which Cayley tools lock too), or fails
// with ErrLocked naming the holder.
func acquireLock(dir string) (*dirLock, error) {
	path := filepath.Join(dir, lockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder := describeHolder(f)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("open %s: %w by %s", dir, ErrLocked, holder)
		}
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := probeBolt(filepath.Join(dir, boltFile)); err != nil {
		f.Close()
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	if err := f.Truncate(0); err == nil {
		fmt.Fprintf(f, "%d\n", os.Getpid())
	}
	return &dirLock{f: f}, nil
}

// probeBolt checks that no other program (e.g. the cayley command) holds
// the bolt file, whose lock would block Open forever.
func probeBolt(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("%w by another program (%s is locked)", ErrLocked, boltFile)
		}
		return err
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

// describeHolder reads the holder's pid from the lock file and, on Linux,
// its command name.
func describeHolder(f *os.File) string {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(buf[:n])))
	if err != nil {
		return "another process"
	}
	comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	if err != nil {
		return fmt.Sprintf("process %d", pid)
	}
	return fmt.Sprintf("process %d (%s)", pid, strings.TrimSpace(string(comm)))
}

func (l *dirLock) release() {
	l.f.Truncate(0)
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
