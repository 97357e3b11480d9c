package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/container-storage-interface/spec/lib/go/csi"
	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// sidecarParameterPrefix: keys the sidecars add themselves (--extra-create-metadata: the PVC's
// or VolumeSnapshot's namespace and name); kept in the records, never interpreted.
const sidecarParameterPrefix = "csi.storage.k8s.io/"

// compressionParameter: the one parameter of a VolumeSnapshotClass this driver reads.
const compressionParameter = "compression"

type controller struct {
	csi.UnimplementedControllerServer
	store *store
}

func (c *controller) ControllerGetCapabilities(context.Context, *csi.ControllerGetCapabilitiesRequest) (*csi.ControllerGetCapabilitiesResponse, error) {
	var caps []*csi.ControllerServiceCapability
	for _, t := range []csi.ControllerServiceCapability_RPC_Type{
		csi.ControllerServiceCapability_RPC_CREATE_DELETE_VOLUME,
		csi.ControllerServiceCapability_RPC_LIST_VOLUMES,
		csi.ControllerServiceCapability_RPC_GET_CAPACITY,
		csi.ControllerServiceCapability_RPC_CREATE_DELETE_SNAPSHOT,
		csi.ControllerServiceCapability_RPC_LIST_SNAPSHOTS,
	} {
		caps = append(caps, &csi.ControllerServiceCapability{
			Type: &csi.ControllerServiceCapability_Rpc{Rpc: &csi.ControllerServiceCapability_RPC{Type: t}},
		})
	}
	return &csi.ControllerGetCapabilitiesResponse{Capabilities: caps}, nil
}

// supportedCapability: a directory is a file system on one machine. Block access and the
// multi-node modes are refused (csi-driver-host-path refuses the same).
func supportedCapability(c *csi.VolumeCapability) error {
	if c == nil {
		return errors.New("a volume capability is empty")
	}
	if c.GetBlock() != nil {
		return errors.New("block access is not supported: a volume of this driver is a directory (use volumeMode Filesystem)")
	}
	if c.GetMount() == nil {
		return errors.New("a volume capability names no access type: give mount")
	}
	switch c.GetAccessMode().GetMode() {
	case csi.VolumeCapability_AccessMode_SINGLE_NODE_WRITER,
		csi.VolumeCapability_AccessMode_SINGLE_NODE_READER_ONLY,
		csi.VolumeCapability_AccessMode_SINGLE_NODE_SINGLE_WRITER,
		csi.VolumeCapability_AccessMode_SINGLE_NODE_MULTI_WRITER:
		return nil
	default:
		return fmt.Errorf("access mode %s is not supported: a volume of this driver lives on one machine (ReadWriteOnce, ReadOnlyMany on one node, ReadWriteOncePod)", c.GetAccessMode().GetMode())
	}
}

func checkCapabilities(caps []*csi.VolumeCapability) error {
	if len(caps) == 0 {
		return errorf(codes.InvalidArgument, "volume_capabilities is required")
	}
	for _, c := range caps {
		if err := supportedCapability(c); err != nil {
			return errorf(codes.InvalidArgument, "%v", err)
		}
	}
	return nil
}

// checkParameters refuses keys this driver does not know, naming them: a typo in a
// StorageClass or VolumeSnapshotClass should not pass unnoticed.
func checkParameters(params map[string]string, kind string, known ...string) error {
	var unknown []string
	for k := range params {
		if strings.HasPrefix(k, sidecarParameterPrefix) {
			continue
		}
		if !contains(known, k) {
			unknown = append(unknown, strconv.Quote(k))
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	takes := "takes none"
	if len(known) > 0 {
		takes = "takes only " + strings.Join(known, ", ")
	}
	return errorf(codes.InvalidArgument, "unknown %s parameter %s: this driver %s", kind, strings.Join(unknown, ", "), takes)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (c *controller) CreateVolume(ctx context.Context, req *csi.CreateVolumeRequest) (*csi.CreateVolumeResponse, error) {
	if req.GetName() == "" {
		return nil, errorf(codes.InvalidArgument, "name is required")
	}
	if err := checkCapabilities(req.GetVolumeCapabilities()); err != nil {
		return nil, err
	}
	if err := checkParameters(req.GetParameters(), "StorageClass"); err != nil {
		return nil, err
	}
	required, limit := req.GetCapacityRange().GetRequiredBytes(), req.GetCapacityRange().GetLimitBytes()
	if required < 0 || limit < 0 || (limit > 0 && limit < required) {
		return nil, errorf(codes.InvalidArgument, "capacity_range: required_bytes %d and limit_bytes %d do not make a range", required, limit)
	}
	if req.GetVolumeContentSource().GetVolume() != nil {
		return nil, errorf(codes.InvalidArgument, "cloning a volume is not supported (no CLONE_VOLUME capability): make the volume from a snapshot")
	}
	snapshotID := ""
	if src := req.GetVolumeContentSource(); src != nil {
		if src.GetSnapshot() == nil {
			return nil, errorf(codes.InvalidArgument, "volume_content_source names neither a snapshot nor a volume")
		}
		snapshotID = src.GetSnapshot().GetSnapshotId()
		if snapshotID == "" {
			return nil, errorf(codes.InvalidArgument, "volume_content_source.snapshot.snapshot_id is empty")
		}
	}

	id := idFor(volumePrefix, req.GetName())
	locked := []string{id}
	if validID(snapshotPrefix, snapshotID) {
		locked = append(locked, snapshotID)
	}
	unlock, err := c.store.lock(ctx, locked...)
	if err != nil {
		return nil, err
	}
	defer unlock()

	if existing, err := c.store.getVolume(id); err != nil {
		return nil, errorf(codes.Internal, "reading volume %s: %v", id, err)
	} else if existing != nil {
		// Idempotent by name (CSI spec, CreateVolume): the same request again gets the same volume;
		// a different one under the same name is refused.
		if existing.SourceSnapshotID != snapshotID ||
			existing.CapacityBytes < required || (limit > 0 && existing.CapacityBytes > limit) {
			return nil, errorf(codes.AlreadyExists, "volume %q exists (%s, %d bytes, source %q) and does not match this request (%d to %d bytes, source %q)",
				req.GetName(), id, existing.CapacityBytes, existing.SourceSnapshotID, required, limit, snapshotID)
		}
		return &csi.CreateVolumeResponse{Volume: volumeOf(existing)}, nil
	}

	capacity := required
	if capacity == 0 {
		capacity = limit
	}
	var snap *snapshotRecord
	if snapshotID != "" {
		if snap, err = c.store.getSnapshot(snapshotID); err != nil {
			return nil, errorf(codes.Internal, "reading snapshot %s: %v", snapshotID, err)
		}
		if snap == nil {
			return nil, errorf(codes.NotFound, "snapshot %q does not exist in %s", snapshotID, c.store.root)
		}
		if limit > 0 && limit < snap.SizeBytes {
			return nil, errorf(codes.OutOfRange, "snapshot %s needs a volume of %d bytes, limit_bytes is %d", snapshotID, snap.SizeBytes, limit)
		}
		capacity = max(capacity, snap.SizeBytes)
	}
	free, err := c.store.freeBytes()
	if err != nil {
		return nil, errorf(codes.Internal, "reading the free space of %s: %v", c.store.root, err)
	}
	if capacity > free {
		return nil, errorf(codes.ResourceExhausted, "volume %q needs %d bytes, the file system of %s has %d free", req.GetName(), capacity, c.store.root, free)
	}

	rec := &volumeRecord{
		ID: id, Name: req.GetName(), CapacityBytes: capacity, SourceSnapshotID: snapshotID,
		Parameters: req.GetParameters(), CreatedAt: time.Now().UTC(),
	}
	// The work goes on when the caller gives up waiting (its deadline), so that a retry finds the
	// volume made instead of starting again (CSI spec, "Timeouts").
	if err := c.makeVolume(context.WithoutCancel(ctx), rec, snap); err != nil {
		return nil, err
	}
	return &csi.CreateVolumeResponse{Volume: volumeOf(rec)}, nil
}

// makeVolume builds the directory aside (empty, or the snapshot's archive unpacked and checked),
// moves it into place and then writes the record.
func (c *controller) makeVolume(ctx context.Context, rec *volumeRecord, snap *snapshotRecord) error {
	// A directory without a record is what a driver killed half way leaves: not a volume.
	if err := c.store.removeTree(c.store.volumeDir(rec.ID)); err != nil {
		return errorf(codes.Internal, "removing the leftover directory of %s: %v", rec.ID, err)
	}
	work, err := c.store.tempDir("volume-*")
	if err != nil {
		return errorf(codes.Internal, "%v", err)
	}
	defer os.RemoveAll(work)
	data := filepath.Join(work, "data")
	if err := os.Mkdir(data, 0o755); err != nil {
		return errorf(codes.Internal, "%v", err)
	}
	if snap != nil {
		err := unpack(ctx, c.store.snapshotFile(snap.Archive), data, snap.Compression == "gzip", snap.SHA256, snap.ArchiveBytes)
		if errors.Is(err, errCorrupt) {
			return errorf(codes.DataLoss, "snapshot %s cannot be restored: %v", snap.ID, err)
		}
		if err != nil {
			return errorf(codes.Internal, "restoring snapshot %s: %v", snap.ID, err)
		}
	}
	if err := os.Rename(data, c.store.volumeDir(rec.ID)); err != nil {
		return errorf(codes.Internal, "%v", err)
	}
	if err := c.store.writeRecord(c.store.volumeRecord(rec.ID), rec); err != nil {
		_ = c.store.removeTree(c.store.volumeDir(rec.ID))
		return errorf(codes.Internal, "writing the record of %s: %v", rec.ID, err)
	}
	if snap != nil {
		log.Printf("volume %s (%q): %d bytes, from snapshot %s (%s, SHA-256 checked)", rec.ID, rec.Name, rec.CapacityBytes, snap.ID, snap.Archive)
	} else {
		log.Printf("volume %s (%q): %d bytes, empty", rec.ID, rec.Name, rec.CapacityBytes)
	}
	return nil
}

func volumeOf(r *volumeRecord) *csi.Volume {
	v := &csi.Volume{VolumeId: r.ID, CapacityBytes: r.CapacityBytes}
	if r.SourceSnapshotID != "" {
		v.ContentSource = &csi.VolumeContentSource{Type: &csi.VolumeContentSource_Snapshot{
			Snapshot: &csi.VolumeContentSource_SnapshotSource{SnapshotId: r.SourceSnapshotID},
		}}
	}
	return v
}

func (c *controller) DeleteVolume(ctx context.Context, req *csi.DeleteVolumeRequest) (*csi.DeleteVolumeResponse, error) {
	id := req.GetVolumeId()
	if id == "" {
		return nil, errorf(codes.InvalidArgument, "volume_id is required")
	}
	// An id this driver never handed out names no volume: deleted already (CSI spec: OK).
	if !validID(volumePrefix, id) {
		return &csi.DeleteVolumeResponse{}, nil
	}
	unlock, err := c.store.lock(ctx, id)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := c.store.removeVolume(id); err != nil {
		return nil, errorf(codes.Internal, "deleting volume %s: %v", id, err)
	}
	c.store.dropLock(id)
	return &csi.DeleteVolumeResponse{}, nil
}

func (c *controller) ValidateVolumeCapabilities(ctx context.Context, req *csi.ValidateVolumeCapabilitiesRequest) (*csi.ValidateVolumeCapabilitiesResponse, error) {
	if req.GetVolumeId() == "" {
		return nil, errorf(codes.InvalidArgument, "volume_id is required")
	}
	if len(req.GetVolumeCapabilities()) == 0 {
		return nil, errorf(codes.InvalidArgument, "volume_capabilities is required")
	}
	vol, err := c.store.getVolume(req.GetVolumeId())
	if err != nil {
		return nil, errorf(codes.Internal, "%v", err)
	}
	if vol == nil {
		return nil, errorf(codes.NotFound, "volume %q does not exist", req.GetVolumeId())
	}
	for _, cap := range req.GetVolumeCapabilities() {
		if err := supportedCapability(cap); err != nil {
			return &csi.ValidateVolumeCapabilitiesResponse{Message: err.Error()}, nil
		}
	}
	if err := checkParameters(req.GetParameters(), "StorageClass"); err != nil {
		return &csi.ValidateVolumeCapabilitiesResponse{Message: err.Error()}, nil
	}
	return &csi.ValidateVolumeCapabilitiesResponse{Confirmed: &csi.ValidateVolumeCapabilitiesResponse_Confirmed{
		VolumeContext:      req.GetVolumeContext(),
		VolumeCapabilities: req.GetVolumeCapabilities(),
		Parameters:         req.GetParameters(),
	}}, nil
}

// page cuts a sorted list for ListVolumes / ListSnapshots: the token is the index of the next
// entry. A token this driver did not hand out is ABORTED (CSI spec, ListVolumes errors).
func page(n int, token string, maxEntries int32) (from, to int, next string, err error) {
	if maxEntries < 0 {
		return 0, 0, "", errorf(codes.InvalidArgument, "max_entries %d is negative", maxEntries)
	}
	if token != "" {
		i, perr := strconv.Atoi(token)
		if perr != nil || i < 0 || i > n {
			return 0, 0, "", errorf(codes.Aborted, "starting_token %q is not one this driver handed out (or the list shrank past it)", token)
		}
		from = i
	}
	to = n
	if maxEntries > 0 && from+int(maxEntries) < n {
		to = from + int(maxEntries)
		next = strconv.Itoa(to)
	}
	return from, to, next, nil
}

func (c *controller) ListVolumes(ctx context.Context, req *csi.ListVolumesRequest) (*csi.ListVolumesResponse, error) {
	vols, err := c.store.listVolumes()
	if err != nil {
		return nil, errorf(codes.Internal, "listing volumes: %v", err)
	}
	from, to, next, err := page(len(vols), req.GetStartingToken(), req.GetMaxEntries())
	if err != nil {
		return nil, err
	}
	resp := &csi.ListVolumesResponse{NextToken: next}
	for _, v := range vols[from:to] {
		resp.Entries = append(resp.Entries, &csi.ListVolumesResponse_Entry{Volume: volumeOf(v)})
	}
	return resp, nil
}

// GetCapacity: what the file system under the storage directory has free, as statfs(2) says.
// Volumes reserve nothing there (a directory has no quota): the figure is honest about the
// disk, not a promise per volume.
func (c *controller) GetCapacity(ctx context.Context, req *csi.GetCapacityRequest) (*csi.GetCapacityResponse, error) {
	for _, cap := range req.GetVolumeCapabilities() {
		if supportedCapability(cap) != nil {
			return &csi.GetCapacityResponse{AvailableCapacity: 0}, nil
		}
	}
	if err := checkParameters(req.GetParameters(), "StorageClass"); err != nil {
		return nil, err
	}
	free, err := c.store.freeBytes()
	if err != nil {
		return nil, errorf(codes.Internal, "reading the free space of %s: %v", c.store.root, err)
	}
	return &csi.GetCapacityResponse{AvailableCapacity: free}, nil
}

func (c *controller) CreateSnapshot(ctx context.Context, req *csi.CreateSnapshotRequest) (*csi.CreateSnapshotResponse, error) {
	if req.GetName() == "" {
		return nil, errorf(codes.InvalidArgument, "name is required")
	}
	if req.GetSourceVolumeId() == "" {
		return nil, errorf(codes.InvalidArgument, "source_volume_id is required")
	}
	if err := checkParameters(req.GetParameters(), "VolumeSnapshotClass", compressionParameter); err != nil {
		return nil, err
	}
	compression := req.GetParameters()[compressionParameter]
	switch compression {
	case "":
		compression = "none"
	case "none", "gzip":
	default:
		return nil, errorf(codes.InvalidArgument, "VolumeSnapshotClass parameter %s: %q is neither none nor gzip", compressionParameter, compression)
	}

	id := idFor(snapshotPrefix, req.GetName())
	source := req.GetSourceVolumeId()
	locked := []string{id}
	if validID(volumePrefix, source) {
		locked = append(locked, source)
	}
	unlock, err := c.store.lock(ctx, locked...)
	if err != nil {
		return nil, err
	}
	defer unlock()

	if existing, err := c.store.getSnapshot(id); err != nil {
		return nil, errorf(codes.Internal, "reading snapshot %s: %v", id, err)
	} else if existing != nil {
		if existing.SourceVolumeID != source {
			return nil, errorf(codes.AlreadyExists, "snapshot %q exists (%s) of volume %s, not of %s", req.GetName(), id, existing.SourceVolumeID, source)
		}
		return &csi.CreateSnapshotResponse{Snapshot: snapshotOf(existing)}, nil
	}
	vol, err := c.store.getVolume(source)
	if err != nil {
		return nil, errorf(codes.Internal, "reading volume %s: %v", source, err)
	}
	if vol == nil {
		return nil, errorf(codes.NotFound, "source volume %q does not exist in %s", source, c.store.root)
	}
	rec := &snapshotRecord{
		ID: id, Name: req.GetName(), SourceVolumeID: source, Compression: compression,
		Archive: id + ".tar", Parameters: req.GetParameters(),
	}
	if compression == "gzip" {
		rec.Archive += ".gz"
	}
	// As in CreateVolume: a caller's deadline does not stop the archive half way.
	if err := c.makeSnapshot(context.WithoutCancel(ctx), rec, vol); err != nil {
		return nil, err
	}
	return &csi.CreateSnapshotResponse{Snapshot: snapshotOf(rec)}, nil
}

// makeSnapshot writes the archive aside, moves it into place and then writes the record: the
// snapshot is cut and ready (readyToUse) when CreateSnapshot returns.
func (c *controller) makeSnapshot(ctx context.Context, rec *snapshotRecord, vol *volumeRecord) error {
	work, err := c.store.tempDir("snapshot-*")
	if err != nil {
		return errorf(codes.Internal, "%v", err)
	}
	defer os.RemoveAll(work)
	tmp := filepath.Join(work, rec.Archive)
	res, err := pack(ctx, c.store.volumeDir(vol.ID), tmp, rec.Compression == "gzip")
	if err != nil {
		return errorf(codes.Internal, "archiving volume %s: %v", vol.ID, err)
	}
	rec.ArchiveBytes, rec.SHA256 = res.archiveBytes, res.sha256
	rec.DataBytes, rec.Entries, rec.Skipped = res.dataBytes, res.entries, res.skipped
	rec.SizeBytes = max(vol.CapacityBytes, res.dataBytes)
	rec.CreatedAt = time.Now().UTC()
	if err := os.Rename(tmp, c.store.snapshotFile(rec.Archive)); err != nil {
		return errorf(codes.Internal, "%v", err)
	}
	if err := c.store.writeRecord(c.store.snapshotRecord(rec.ID), rec); err != nil {
		_ = os.Remove(c.store.snapshotFile(rec.Archive))
		return errorf(codes.Internal, "writing the record of %s: %v", rec.ID, err)
	}
	log.Printf("snapshot %s (%q) of volume %s: %s, %d bytes, SHA-256 %s; %d entries, %d bytes of data, %d sockets left out",
		rec.ID, rec.Name, vol.ID, rec.Archive, rec.ArchiveBytes, rec.SHA256, rec.Entries, rec.DataBytes, len(rec.Skipped))
	return nil
}

func snapshotOf(r *snapshotRecord) *csi.Snapshot {
	return &csi.Snapshot{
		SnapshotId:     r.ID,
		SourceVolumeId: r.SourceVolumeID,
		SizeBytes:      r.SizeBytes,
		CreationTime:   timestamppb.New(r.CreatedAt),
		ReadyToUse:     true,
	}
}

func (c *controller) DeleteSnapshot(ctx context.Context, req *csi.DeleteSnapshotRequest) (*csi.DeleteSnapshotResponse, error) {
	id := req.GetSnapshotId()
	if id == "" {
		return nil, errorf(codes.InvalidArgument, "snapshot_id is required")
	}
	if !validID(snapshotPrefix, id) {
		return &csi.DeleteSnapshotResponse{}, nil
	}
	unlock, err := c.store.lock(ctx, id)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := c.store.removeSnapshot(id); err != nil {
		return nil, errorf(codes.Internal, "deleting snapshot %s: %v", id, err)
	}
	c.store.dropLock(id)
	return &csi.DeleteSnapshotResponse{}, nil
}

func (c *controller) ListSnapshots(ctx context.Context, req *csi.ListSnapshotsRequest) (*csi.ListSnapshotsResponse, error) {
	var snaps []*snapshotRecord
	if id := req.GetSnapshotId(); id != "" {
		// CSI spec: a snapshot_id that names no snapshot gives an empty list, not an error.
		s, err := c.store.getSnapshot(id)
		if err != nil {
			return nil, errorf(codes.Internal, "%v", err)
		}
		if s != nil {
			snaps = append(snaps, s)
		}
	} else {
		all, err := c.store.listSnapshots()
		if err != nil {
			return nil, errorf(codes.Internal, "listing snapshots: %v", err)
		}
		snaps = all
	}
	if src := req.GetSourceVolumeId(); src != "" {
		kept := snaps[:0]
		for _, s := range snaps {
			if s.SourceVolumeID == src {
				kept = append(kept, s)
			}
		}
		snaps = kept
	}
	from, to, next, err := page(len(snaps), req.GetStartingToken(), req.GetMaxEntries())
	if err != nil {
		return nil, err
	}
	resp := &csi.ListSnapshotsResponse{NextToken: next}
	for _, s := range snaps[from:to] {
		resp.Entries = append(resp.Entries, &csi.ListSnapshotsResponse_Entry{Snapshot: snapshotOf(s)})
	}
	return resp, nil
}
