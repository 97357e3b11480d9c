package main

// Snapshots are tar archives of a volume's directory (POSIX pax format, optionally gzip), the
// digest taken of the archive file as it is written and checked again before a restore.
//
// What an archive holds: directories, regular files, symbolic links (as links, never followed)
// and FIFOs, each with its mode and modification time. Unix sockets are left out (they have no
// content and mean nothing once their server is gone), as GNU tar leaves them out; device files
// make the snapshot fail. Owners are not restored: every file belongs to the driver's user.
// The directory is read while the app may write to it: the archive is as consistent as the app
// keeps its files (no freeze), unlike a block-level snapshot.

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

type packResult struct {
	archiveBytes int64
	sha256       string
	dataBytes    int64
	entries      int
	skipped      []string
}

// countingWriter counts what passes through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// pack writes the archive of dir to file (created; synced before it returns).
func pack(ctx context.Context, dir, file string, gz bool) (res packResult, err error) {
	out, err := os.OpenFile(file, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return res, err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}()
	digest := sha256.New()
	counted := &countingWriter{w: io.MultiWriter(out, digest)}
	var w io.Writer = counted
	var zw *gzip.Writer
	if gz {
		zw = gzip.NewWriter(counted)
		w = zw
	}
	tw := tar.NewWriter(w)
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, walkErr error) error {
		if walkErr != nil {
			return walkErr
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if path == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		return addEntry(tw, path, filepath.ToSlash(rel), info, &res)
	})
	if err != nil {
		return res, err
	}
	if err := tw.Close(); err != nil {
		return res, err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return res, err
		}
	}
	if err := out.Sync(); err != nil {
		return res, err
	}
	res.archiveBytes = counted.n
	res.sha256 = hex.EncodeToString(digest.Sum(nil))
	return res, nil
}

func addEntry(tw *tar.Writer, path, name string, info fs.FileInfo, res *packResult) error {
	mode := info.Mode()
	switch {
	case mode&fs.ModeSocket != 0:
		res.skipped = append(res.skipped, name)
		return nil
	case mode&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeIrregular) != 0:
		return fmt.Errorf("%s is a device or irregular file, which a snapshot of this driver cannot hold", name)
	}
	link := ""
	if mode&fs.ModeSymlink != 0 {
		var err error
		if link, err = os.Readlink(path); err != nil {
			return err
		}
	}
	hdr, err := tar.FileInfoHeader(info, link)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	hdr.Name = name
	if info.IsDir() {
		hdr.Name += "/"
	}
	// No owner names or ids: a restore does not chown (see the top of this file).
	hdr.Uid, hdr.Gid, hdr.Uname, hdr.Gname = 0, 0, "", ""
	hdr.Format = tar.FormatPAX
	hdr.AccessTime, hdr.ChangeTime = time.Time{}, time.Time{}
	if err := tw.WriteHeader(hdr); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	res.entries++
	if !mode.IsRegular() {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	n, err := io.CopyN(tw, f, hdr.Size)
	res.dataBytes += n
	if err != nil {
		if errors.Is(err, io.EOF) {
			return fmt.Errorf("%s shrank from %d to %d bytes while it was archived", name, hdr.Size, n)
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// hashingReader hashes what is read through it.
type hashingReader struct {
	r io.Reader
	h hash.Hash
	n int64
}

func (h *hashingReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	h.h.Write(p[:n])
	h.n += int64(n)
	return n, err
}

// errCorrupt: the archive is not what the snapshot recorded.
var errCorrupt = errors.New("corrupt archive")

// unpack extracts the archive file into dir (empty, created by the caller) and checks that the
// file's SHA-256 is wantSHA256 and its length wantBytes. On any error dir holds a partial tree
// that the caller removes: it never becomes a volume.
func unpack(ctx context.Context, file, dir string, gz bool, wantSHA256 string, wantBytes int64) error {
	in, err := os.Open(file)
	if err != nil {
		return err
	}
	defer in.Close()
	hr := &hashingReader{r: in, h: sha256.New()}
	var r io.Reader = hr
	if gz {
		zr, err := gzip.NewReader(hr)
		if err != nil {
			return fmt.Errorf("%w: %v", errCorrupt, err)
		}
		defer zr.Close()
		r = zr
	}
	tr := tar.NewReader(r)
	// Directories get their mode and time last: files written into them would change the time,
	// and a read-only mode would refuse the files.
	type dirAttrs struct {
		path string
		perm fs.FileMode
		t    time.Time
	}
	var dirs []dirAttrs
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %v", errCorrupt, err)
		}
		target, err := entryPath(dir, hdr.Name)
		if err != nil {
			return fmt.Errorf("%w: %v", errCorrupt, err)
		}
		perm := hdr.FileInfo().Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.Mkdir(target, 0o700); err != nil {
				return err
			}
			dirs = append(dirs, dirAttrs{target, perm, hdr.ModTime})
		case tar.TypeReg:
			if err := writeFile(target, tr, perm, hdr.Size); err != nil {
				return err
			}
			if err := os.Chtimes(target, hdr.ModTime, hdr.ModTime); err != nil {
				return err
			}
		case tar.TypeSymlink:
			if err := os.Symlink(hdr.Linkname, target); err != nil {
				return err
			}
		case tar.TypeFifo:
			if err := syscall.Mkfifo(target, uint32(perm.Perm())); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%w: entry %q has type %q, which this driver never writes", errCorrupt, hdr.Name, hdr.Typeflag)
		}
	}
	// Read to the end: the digest covers the whole file, padding included.
	if _, err := io.Copy(io.Discard, hr); err != nil {
		return err
	}
	if got := hex.EncodeToString(hr.h.Sum(nil)); got != wantSHA256 || hr.n != wantBytes {
		return fmt.Errorf("%w: the archive has %d bytes with SHA-256 %s, the snapshot recorded %d bytes with %s", errCorrupt, hr.n, got, wantBytes, wantSHA256)
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := os.Chmod(dirs[i].path, dirs[i].perm); err != nil {
			return err
		}
		if err := os.Chtimes(dirs[i].path, dirs[i].t, dirs[i].t); err != nil {
			return err
		}
	}
	return nil
}

// entryPath is where an archive entry goes under dir: a local path whose parents are
// directories this unpack made (never a symbolic link, so nothing is written outside dir).
func entryPath(dir, name string) (string, error) {
	clean := strings.TrimSuffix(name, "/")
	if !filepath.IsLocal(clean) {
		return "", fmt.Errorf("entry %q is not a path inside the volume", name)
	}
	parent := dir
	parts := strings.Split(filepath.ToSlash(clean), "/")
	for _, p := range parts[:len(parts)-1] {
		parent = filepath.Join(parent, p)
		st, err := os.Lstat(parent)
		if err != nil {
			return "", fmt.Errorf("entry %q: its directory %s is missing from the archive", name, p)
		}
		if !st.IsDir() {
			return "", fmt.Errorf("entry %q lies under %s, which is not a directory", name, p)
		}
	}
	return filepath.Join(dir, filepath.FromSlash(clean)), nil
}

func writeFile(target string, r io.Reader, perm fs.FileMode, size int64) (err error) {
	f, err := os.OpenFile(target, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	if _, err := io.CopyN(f, r, size); err != nil {
		return fmt.Errorf("%w: %v", errCorrupt, err)
	}
	return f.Chmod(perm)
}
