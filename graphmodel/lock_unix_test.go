//go:build unix

package graphmodel

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestBoltLocked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		second, err := Open(dir)
		if err == nil {
			second.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), fmt.Sprint(os.Getpid())) {
			t.Errorf("second Open error = %v, want ErrLocked naming pid %d", err, os.Getpid())
		}
	case <-time.After(2 * time.Second):
		t.Fatal("second Open of a held store blocked")
	}
	s.Close()
	again, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	again.Close()
}

// TestBoltFileHeldElsewhere simulates another program (e.g. the cayley
// command) holding the bolt file: Open must fail at once, not wait.
func TestBoltFileHeldElsewhere(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	f, err := os.Open(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		s, err := Open(dir)
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Errorf("Open error = %v, want ErrLocked", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Open blocked on a bolt file held elsewhere")
	}
}
