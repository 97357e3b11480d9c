// dir-csi-driver: the CSI driver of the test control plane. A volume is a directory under
// --storage-dir, a snapshot an archive of that directory (tar, gzip on request) with its size
// and SHA-256 digest, a volume created from a snapshot that archive unpacked. It does what
// csi-driver-host-path does on its controller side (the module proxy serves no version of that
// driver); see test/cluster/README.md "Storage". It speaks CSI v1.14.0
// (github.com/container-storage-interface/spec) over a unix socket to the sidecars
// (external-provisioner, external-snapshotter) and to csi-sanity.
//
// The plane has no kubelet, so nothing ever mounts a volume: the node service answers what it
// can without mounting (capabilities, node info, argument checks) and refuses NodePublishVolume.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/container-storage-interface/spec/lib/go/csi"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// vendorVersion is what GetPluginInfo reports: the version of this driver, not of CSI.
const vendorVersion = "1.0.0"

// readyLine is logged once the socket accepts connections; the plane waits for it.
const readyLine = "dir-csi-driver ready"

// maxUnixSocketPath: sun_path holds 108 bytes on Linux, one of them the terminating NUL.
const maxUnixSocketPath = 107

type options struct {
	endpoint   string
	storageDir string
	driverName string
	nodeID     string
}

func parseFlags(args []string) (options, error) {
	fs := flag.NewFlagSet("dir-csi-driver", flag.ContinueOnError)
	var o options
	fs.StringVar(&o.endpoint, "endpoint", "", "the unix socket to serve CSI on: unix:///path/csi.sock or /path/csi.sock")
	fs.StringVar(&o.storageDir, "storage-dir", "", "the directory that holds the volumes and snapshots (created if missing); two drivers may share one")
	fs.StringVar(&o.driverName, "driver-name", "dir.csi.known-good.dev", "the CSI driver name (GetPluginInfo; the provisioner and snapshotter act on objects of this name)")
	fs.StringVar(&o.nodeID, "node-id", "", "the node id NodeGetInfo reports (default: the host name)")
	showVersion := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if *showVersion {
		fmt.Printf("dir-csi-driver %s (CSI spec v1.14.0)\n", vendorVersion)
		os.Exit(0)
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q: every setting is a flag (--help lists them)", fs.Arg(0))
	}
	o.endpoint = strings.TrimPrefix(o.endpoint, "unix://")
	if o.endpoint == "" {
		return o, errors.New("--endpoint is required: the unix socket to serve CSI on, e.g. unix:///tmp/csi.sock")
	}
	if !filepath.IsAbs(o.endpoint) {
		return o, fmt.Errorf("--endpoint %q: give an absolute path", o.endpoint)
	}
	if len(o.endpoint) > maxUnixSocketPath {
		return o, fmt.Errorf("--endpoint %q is %d bytes long: a unix socket path holds at most %d", o.endpoint, len(o.endpoint), maxUnixSocketPath)
	}
	if o.storageDir == "" {
		return o, errors.New("--storage-dir is required: the directory that holds the volumes and snapshots")
	}
	if !validDriverName(o.driverName) {
		return o, fmt.Errorf("--driver-name %q: a CSI driver name is at most 63 characters of letters, digits, '-', '.' and '_', beginning and ending with a letter or digit", o.driverName)
	}
	if o.nodeID == "" {
		host, err := os.Hostname()
		if err != nil {
			return o, fmt.Errorf("--node-id not given and the host name is unknown: %w", err)
		}
		o.nodeID = host
	}
	return o, nil
}

// validDriverName follows the CSI spec's rule for GetPluginInfo's name.
func validDriverName(n string) bool {
	if len(n) == 0 || len(n) > 63 {
		return false
	}
	alnum := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	for i := 0; i < len(n); i++ {
		c := n[i]
		if !alnum(c) && c != '-' && c != '.' && c != '_' {
			return false
		}
	}
	return alnum(n[0]) && alnum(n[len(n)-1])
}

func main() {
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	o, err := parseFlags(os.Args[1:])
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		log.Fatalf("dir-csi-driver: %v", err)
	}
	if err := run(o); err != nil {
		log.Fatalf("dir-csi-driver: %v", err)
	}
}

func run(o options) error {
	store, err := openStore(o.storageDir)
	if err != nil {
		return err
	}
	// A socket left by a driver that was killed would make Listen fail with EADDRINUSE.
	if err := os.Remove(o.endpoint); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("removing the old socket %s: %w", o.endpoint, err)
	}
	if err := os.MkdirAll(filepath.Dir(o.endpoint), 0o700); err != nil {
		return fmt.Errorf("creating the socket's directory: %w", err)
	}
	lis, err := net.Listen("unix", o.endpoint)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", o.endpoint, err)
	}
	srv := grpc.NewServer(grpc.UnaryInterceptor(logCalls))
	csi.RegisterIdentityServer(srv, &identity{name: o.driverName, store: store})
	csi.RegisterControllerServer(srv, &controller{store: store})
	csi.RegisterNodeServer(srv, &node{store: store, nodeID: o.nodeID})

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		s := <-stop
		log.Printf("%s: stopping", s)
		// Calls in flight finish (an archive being written is completed or removed), within a bound.
		done := make(chan struct{})
		go func() { srv.GracefulStop(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			srv.Stop()
		}
	}()
	log.Printf("%s: driver %s, node %s, storage %s, socket %s", readyLine, o.driverName, o.nodeID, store.root, o.endpoint)
	err = srv.Serve(lis)
	_ = os.Remove(o.endpoint)
	if err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return err
	}
	return nil
}

// logCalls writes one line per call: method, time taken and the gRPC code and message of a
// failure. Requests carry no secrets here (the plane configures none), but are not logged anyway.
func logCalls(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	t0 := time.Now()
	resp, err := handler(ctx, req)
	method := info.FullMethod[strings.LastIndex(info.FullMethod, "/")+1:]
	if err != nil {
		s, _ := status.FromError(err)
		log.Printf("%s failed after %s: %s: %s", method, time.Since(t0).Round(time.Millisecond), s.Code(), s.Message())
	} else if method != "Probe" {
		log.Printf("%s ok in %s", method, time.Since(t0).Round(time.Millisecond))
	}
	return resp, err
}

// errorf is status.Errorf: every failure carries a gRPC code the sidecars act on.
func errorf(c codes.Code, format string, args ...any) error {
	return status.Errorf(c, format, args...)
}
