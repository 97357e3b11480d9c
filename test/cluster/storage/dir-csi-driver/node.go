package main

// The node service, as far as it goes without mounting. The test plane has no kubelet (kwok
// nodes), so no NodePublishVolume ever comes from Kubernetes; csi-sanity calls it, and a bind
// mount would need CAP_SYS_ADMIN, which the test machines do not give. So the node service
// checks its arguments as the spec asks and then refuses to publish (UNIMPLEMENTED, with the
// reason); unpublishing is always done (nothing is ever published). test/cluster/README.md
// lists the csi-sanity cases this skips.

import (
	"context"

	"github.com/container-storage-interface/spec/lib/go/csi"
	"google.golang.org/grpc/codes"
)

type node struct {
	csi.UnimplementedNodeServer
	store  *store
	nodeID string
}

// NodeGetCapabilities: none (no staging, no stats, no expansion).
func (n *node) NodeGetCapabilities(context.Context, *csi.NodeGetCapabilitiesRequest) (*csi.NodeGetCapabilitiesResponse, error) {
	return &csi.NodeGetCapabilitiesResponse{}, nil
}

// NodeGetInfo: no topology and no limit of volumes per node.
func (n *node) NodeGetInfo(context.Context, *csi.NodeGetInfoRequest) (*csi.NodeGetInfoResponse, error) {
	return &csi.NodeGetInfoResponse{NodeId: n.nodeID}, nil
}

func (n *node) NodePublishVolume(ctx context.Context, req *csi.NodePublishVolumeRequest) (*csi.NodePublishVolumeResponse, error) {
	if req.GetVolumeId() == "" {
		return nil, errorf(codes.InvalidArgument, "volume_id is required")
	}
	if req.GetTargetPath() == "" {
		return nil, errorf(codes.InvalidArgument, "target_path is required")
	}
	if req.GetVolumeCapability() == nil {
		return nil, errorf(codes.InvalidArgument, "volume_capability is required")
	}
	if err := supportedCapability(req.GetVolumeCapability()); err != nil {
		return nil, errorf(codes.InvalidArgument, "%v", err)
	}
	vol, err := n.store.getVolume(req.GetVolumeId())
	if err != nil {
		return nil, errorf(codes.Internal, "%v", err)
	}
	if vol == nil {
		return nil, errorf(codes.NotFound, "volume %q does not exist", req.GetVolumeId())
	}
	return nil, errorf(codes.Unimplemented, "this driver never mounts: the test plane has no kubelet; volume %s is the directory %s", vol.ID, n.store.volumeDir(vol.ID))
}

func (n *node) NodeUnpublishVolume(ctx context.Context, req *csi.NodeUnpublishVolumeRequest) (*csi.NodeUnpublishVolumeResponse, error) {
	if req.GetVolumeId() == "" {
		return nil, errorf(codes.InvalidArgument, "volume_id is required")
	}
	if req.GetTargetPath() == "" {
		return nil, errorf(codes.InvalidArgument, "target_path is required")
	}
	// Nothing is ever published: a volume not published at the target path is unpublished
	// (CSI spec, NodeUnpublishVolume: OK).
	return &csi.NodeUnpublishVolumeResponse{}, nil
}
