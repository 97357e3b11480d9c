package main

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func write(t *testing.T, path, content string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func TestPackUnpackKeepsContentModesLinksAndFifos(t *testing.T) {
	for _, gz := range []bool{false, true} {
		src, dst, work := t.TempDir(), filepath.Join(t.TempDir(), "out"), t.TempDir()
		write(t, filepath.Join(src, "a.txt"), "alpha", 0o640)
		write(t, filepath.Join(src, "sub/deeper/b.bin"), string(bytes.Repeat([]byte{0, 1, 2}, 5000)), 0o600)
		if err := os.Mkdir(filepath.Join(src, "empty"), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink("sub/deeper/b.bin", filepath.Join(src, "link")); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(filepath.Join(src, "pipe"), 0o600); err != nil {
			t.Fatal(err)
		}
		// A unix socket: left out, and said so.
		l, err := net.Listen("unix", filepath.Join(src, "s.sock"))
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		mtime := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
		if err := os.Chtimes(filepath.Join(src, "a.txt"), mtime, mtime); err != nil {
			t.Fatal(err)
		}

		archive := filepath.Join(work, "x.tar")
		res, err := pack(context.Background(), src, archive, gz)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := os.ReadFile(archive)
		sum := sha256.Sum256(raw)
		if res.sha256 != hex.EncodeToString(sum[:]) || res.archiveBytes != int64(len(raw)) {
			t.Fatalf("gzip %v: digest %s / %d bytes, the file has %x / %d", gz, res.sha256, res.archiveBytes, sum, len(raw))
		}
		if res.dataBytes != 5+15000 || len(res.skipped) != 1 || res.skipped[0] != "s.sock" {
			t.Fatalf("gzip %v: %+v", gz, res)
		}

		if err := os.Mkdir(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := unpack(context.Background(), archive, dst, gz, res.sha256, res.archiveBytes); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(filepath.Join(dst, "a.txt")); string(b) != "alpha" {
			t.Fatalf("a.txt holds %q", b)
		}
		st, _ := os.Stat(filepath.Join(dst, "a.txt"))
		if st.Mode().Perm() != 0o640 || !st.ModTime().Equal(mtime) {
			t.Fatalf("a.txt: mode %v, time %v", st.Mode(), st.ModTime())
		}
		if b, _ := os.ReadFile(filepath.Join(dst, "sub/deeper/b.bin")); len(b) != 15000 {
			t.Fatalf("b.bin holds %d bytes", len(b))
		}
		if st, _ := os.Stat(filepath.Join(dst, "empty")); st == nil || !st.IsDir() || st.Mode().Perm() != 0o750 {
			t.Fatalf("empty: %v", st)
		}
		if target, _ := os.Readlink(filepath.Join(dst, "link")); target != "sub/deeper/b.bin" {
			t.Fatalf("link points at %q", target)
		}
		if st, _ := os.Lstat(filepath.Join(dst, "pipe")); st == nil || st.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("pipe: %v", st)
		}
		if _, err := os.Lstat(filepath.Join(dst, "s.sock")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("the socket was restored: %v", err)
		}
	}
}

func TestUnpackRefusesAnArchiveThatIsNotTheRecordedOne(t *testing.T) {
	src, work := t.TempDir(), t.TempDir()
	write(t, filepath.Join(src, "a.txt"), "alpha", 0o644)
	archive := filepath.Join(work, "x.tar")
	res, err := pack(context.Background(), src, archive, false)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(archive)
	raw[bytes.Index(raw, []byte("alpha"))] = 'A' // one byte of content changed
	if err := os.WriteFile(archive, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	err = unpack(context.Background(), archive, t.TempDir(), false, res.sha256, res.archiveBytes)
	if !errors.Is(err, errCorrupt) {
		t.Fatalf("want a corrupt archive, got %v", err)
	}
}

// tarOf writes entries (a header and, for files, a body) as a tar file.
func tarOf(t *testing.T, entries ...tar.Header) (string, string, int64) {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range entries {
		body := ""
		if h.Typeflag == tar.TypeReg {
			body = "x"
			h.Size = 1
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if body != "" {
			if _, err := tw.Write([]byte(body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "crafted.tar")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(buf.Bytes())
	return file, hex.EncodeToString(sum[:]), int64(buf.Len())
}

func TestUnpackNeverWritesOutsideTheVolume(t *testing.T) {
	outside := t.TempDir()
	cases := map[string][]tar.Header{
		"a parent directory":  {{Name: "../escape", Typeflag: tar.TypeReg, Mode: 0o644}},
		"an absolute path":    {{Name: filepath.Join(outside, "escape"), Typeflag: tar.TypeReg, Mode: 0o644}},
		"through a link":      {{Name: "l", Typeflag: tar.TypeSymlink, Linkname: outside}, {Name: "l/escape", Typeflag: tar.TypeReg, Mode: 0o644}},
		"a missing directory": {{Name: "nodir/escape", Typeflag: tar.TypeReg, Mode: 0o644}},
		"a device file":       {{Name: "dev", Typeflag: tar.TypeChar, Mode: 0o644}},
		"an entry twice over": {{Name: "f", Typeflag: tar.TypeReg, Mode: 0o644}, {Name: "f", Typeflag: tar.TypeReg, Mode: 0o644}},
		"a hard link to /etc": {{Name: "h", Typeflag: tar.TypeLink, Linkname: "/etc/passwd"}},
	}
	for name, entries := range cases {
		file, sum, n := tarOf(t, entries...)
		dst := t.TempDir()
		if err := unpack(context.Background(), file, dst, false, sum, n); err == nil {
			t.Errorf("%s: unpacked", name)
		}
		if _, err := os.Lstat(filepath.Join(outside, "escape")); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s: a file was written outside the volume", name)
		}
	}
}

func TestLockIsExclusiveAndAbortsWhenTheCallerStopsWaiting(t *testing.T) {
	s, err := openStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	id := idFor(volumePrefix, "v")
	unlock, err := s.lock(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := s.lock(ctx, id); status.Code(err) != codes.Aborted {
		t.Fatalf("a second lock of a held id: want ABORTED, got %v", err)
	}
	// The holder deletes the object and its lock file; a waiter must not end up holding a lock
	// on the unlinked file while a third takes the new one.
	got := make(chan func(), 1)
	go func() {
		u, err := s.lock(context.Background(), id)
		if err != nil {
			t.Error(err)
		}
		got <- u
	}()
	time.Sleep(50 * time.Millisecond)
	s.dropLock(id)
	unlock()
	second := <-got
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if _, err := s.lock(ctx2, id); status.Code(err) != codes.Aborted {
		t.Fatalf("a lock taken while another holds it: want ABORTED, got %v", err)
	}
	second()
}
