package main

// The storage directory:
//
//	<root>/volumes/<volume id>/       the volume: what a pod would see mounted
//	<root>/volumes/<volume id>.json   its record (name, capacity, source); written last
//	<root>/snapshots/<snapshot id>.tar[.gz]  the archive of a volume
//	<root>/snapshots/<snapshot id>.json      its record (name, source, size, SHA-256); written last
//	<root>/locks/<id>.lock            flock(2) per volume or snapshot id
//	<root>/tmp/                       work in progress, renamed into place when complete
//
// A volume or snapshot exists when its record exists: the record is renamed into place after
// the data is complete and removed before the data goes, so a driver killed half way leaves
// nothing that lists as a volume or snapshot. IDs derive from the CSI name (the sidecars name
// volumes pvc-<PVC uid> and snapshots snapshot-<VolumeSnapshot uid>), which makes every create
// idempotent by name, also across two drivers on one directory (a disaster-recovery plane):
// the locks are flock(2) locks on files, which hold between processes as within one.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc/codes"
)

const (
	volumePrefix   = "vol-"
	snapshotPrefix = "snap-"
)

// idPattern: what this driver hands out; anything else cannot name one of its objects and never
// reaches a path.
var idPattern = regexp.MustCompile(`^(vol|snap)-[0-9a-f]{40}$`)

type store struct {
	root string
}

type volumeRecord struct {
	ID            string `json:"id"`
	Name          string `json:"name"`
	CapacityBytes int64  `json:"capacityBytes"`
	// SourceSnapshotID: the snapshot whose archive the volume was made from, if any.
	SourceSnapshotID string            `json:"sourceSnapshotId,omitempty"`
	Parameters       map[string]string `json:"parameters,omitempty"`
	CreatedAt        time.Time         `json:"createdAt"`
}

type snapshotRecord struct {
	ID             string `json:"id"`
	Name           string `json:"name"`
	SourceVolumeID string `json:"sourceVolumeId"`
	// SizeBytes is CSI's size_bytes (the restoreSize Kubernetes shows): the least capacity a
	// volume made from this snapshot needs, the source volume's capacity or more if it holds more.
	SizeBytes int64 `json:"sizeBytes"`
	// Archive is the file name under snapshots/, Compression "none" or "gzip".
	Archive      string `json:"archive"`
	Compression  string `json:"compression"`
	ArchiveBytes int64  `json:"archiveBytes"`
	// SHA256 is the hex digest of the archive file, checked before every restore.
	SHA256 string `json:"sha256"`
	// DataBytes and Entries: what the archive holds (bytes of file content, entries).
	DataBytes  int64             `json:"dataBytes"`
	Entries    int               `json:"entries"`
	Skipped    []string          `json:"skipped,omitempty"`
	Parameters map[string]string `json:"parameters,omitempty"`
	CreatedAt  time.Time         `json:"createdAt"`
}

func openStore(root string) (*store, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	for _, d := range []string{"volumes", "snapshots", "locks", "tmp"} {
		if err := os.MkdirAll(filepath.Join(abs, d), 0o755); err != nil {
			return nil, fmt.Errorf("--storage-dir %s: %w", root, err)
		}
	}
	return &store{root: abs}, nil
}

func idFor(prefix, name string) string {
	sum := sha256.Sum256([]byte(name))
	return prefix + hex.EncodeToString(sum[:20])
}

func validID(prefix, id string) bool {
	return strings.HasPrefix(id, prefix) && idPattern.MatchString(id)
}

func (s *store) volumeDir(id string) string    { return filepath.Join(s.root, "volumes", id) }
func (s *store) volumeRecord(id string) string { return filepath.Join(s.root, "volumes", id+".json") }
func (s *store) snapshotRecord(id string) string {
	return filepath.Join(s.root, "snapshots", id+".json")
}
func (s *store) snapshotFile(name string) string { return filepath.Join(s.root, "snapshots", name) }

// lock takes the flock of each id, in sorted order (no two callers wait on each other), until
// the context ends: a caller that cannot have it in time gets ABORTED, which the CSI spec names
// for "an operation is pending for this volume" and the sidecars retry.
func (s *store) lock(ctx context.Context, ids ...string) (func(), error) {
	sorted := append([]string(nil), ids...)
	sort.Strings(sorted)
	var held []*os.File
	release := func() {
		for i := len(held) - 1; i >= 0; i-- {
			_ = syscall.Flock(int(held[i].Fd()), syscall.LOCK_UN)
			_ = held[i].Close()
		}
	}
	for _, id := range sorted {
		f, err := s.lockOne(ctx, id)
		if err != nil {
			release()
			return nil, err
		}
		held = append(held, f)
	}
	return release, nil
}

func (s *store) lockFile(id string) string { return filepath.Join(s.root, "locks", id+".lock") }

func (s *store) lockOne(ctx context.Context, id string) (*os.File, error) {
	file := s.lockFile(id)
	for {
		f, err := os.OpenFile(file, os.O_CREATE|os.O_RDWR, 0o644)
		if err != nil {
			return nil, errorf(codes.Internal, "opening the lock of %s: %v", id, err)
		}
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
			if err == nil || !errors.Is(err, syscall.EWOULDBLOCK) {
				break
			}
			select {
			case <-ctx.Done():
				_ = f.Close()
				return nil, errorf(codes.Aborted, "another operation on %s is in progress", id)
			case <-time.After(20 * time.Millisecond):
			}
		}
		if err != nil {
			_ = f.Close()
			return nil, errorf(codes.Internal, "locking %s: %v", id, err)
		}
		// A delete unlinks the lock file while it holds it (dropLock): a lock taken on the
		// unlinked file locks nothing, so take it again on the file now at that path.
		var held, now syscall.Stat_t
		if syscall.Fstat(int(f.Fd()), &held) == nil && syscall.Stat(file, &now) == nil &&
			held.Ino == now.Ino && held.Dev == now.Dev {
			return f, nil
		}
		_ = f.Close()
	}
}

// dropLock removes the lock file of an id that no longer names anything; the caller holds it.
func (s *store) dropLock(id string) {
	_ = os.Remove(s.lockFile(id))
}

func readRecord[T any](file string) (*T, error) {
	b, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var r T
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return &r, nil
}

func (s *store) getVolume(id string) (*volumeRecord, error) {
	if !validID(volumePrefix, id) {
		return nil, nil
	}
	return readRecord[volumeRecord](s.volumeRecord(id))
}

func (s *store) getSnapshot(id string) (*snapshotRecord, error) {
	if !validID(snapshotPrefix, id) {
		return nil, nil
	}
	r, err := readRecord[snapshotRecord](s.snapshotRecord(id))
	if err != nil || r == nil {
		return r, err
	}
	// The archive's name comes from the record: only the two names this driver writes.
	if r.ID != id || (r.Archive != id+".tar" && r.Archive != id+".tar.gz") {
		return nil, fmt.Errorf("%s: the record names %q / %q, not snapshot %s", s.snapshotRecord(id), r.ID, r.Archive, id)
	}
	return r, nil
}

// writeRecord puts a record in place atomically (a temp file renamed over the name, synced).
func (s *store) writeRecord(file string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Join(s.root, "tmp"), "record-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}

// listRecords reads every record of a kind, sorted by id (a stable order for paging).
func listRecords[T any](dir, prefix string) ([]*T, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*T
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || !validID(prefix, id) {
			continue
		}
		r, err := readRecord[T](filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		if r != nil { // deleted meanwhile
			out = append(out, r)
		}
	}
	return out, nil
}

func (s *store) listVolumes() ([]*volumeRecord, error) {
	return listRecords[volumeRecord](filepath.Join(s.root, "volumes"), volumePrefix)
}

func (s *store) listSnapshots() ([]*snapshotRecord, error) {
	return listRecords[snapshotRecord](filepath.Join(s.root, "snapshots"), snapshotPrefix)
}

// freeBytes is what the file system holding the storage directory has free for this user.
func (s *store) freeBytes() (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(s.root, &st); err != nil {
		return 0, err
	}
	return int64(st.Bavail) * int64(st.Bsize), nil
}

// tempDir makes a directory for work in progress; the caller renames it into place or removes it.
func (s *store) tempDir(pattern string) (string, error) {
	return os.MkdirTemp(filepath.Join(s.root, "tmp"), pattern)
}

// removeVolume deletes a volume: its record first (it no longer exists), then its data.
func (s *store) removeVolume(id string) error {
	if err := os.Remove(s.volumeRecord(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return s.removeTree(s.volumeDir(id))
}

// removeTree removes a directory by moving it aside first, so that a half-removed tree is never
// at the volume's path.
func (s *store) removeTree(dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	aside, err := s.tempDir("removing-*")
	if err != nil {
		return err
	}
	target := filepath.Join(aside, "tree")
	if err := os.Rename(dir, target); err != nil {
		_ = os.Remove(aside)
		return err
	}
	return os.RemoveAll(aside)
}

func (s *store) removeSnapshot(id string) error {
	r, err := s.getSnapshot(id)
	if err != nil {
		return err
	}
	if err := os.Remove(s.snapshotRecord(id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	// The archive's name is in the record; without a record, any archive of this id.
	names := []string{id + ".tar", id + ".tar.gz"}
	if r != nil {
		names = append([]string{r.Archive}, names...)
	}
	for _, n := range names {
		if err := os.Remove(s.snapshotFile(n)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}
