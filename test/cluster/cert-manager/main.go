// Command knowngood-testcontroller runs cert-manager's own controllers (the Certificate,
// CertificateRequest, Issuer and ClusterIssuer control loops of the root module
// github.com/cert-manager/cert-manager) out of cluster, for the test control plane.
//
// Upstream's main lives in the module github.com/cert-manager/cert-manager/cmd/controller
// (package controller-binary/app), which the Go module proxy does not serve. This module's
// path lies under github.com/cert-manager/cert-manager/, so Go's internal rule lets it use
// the root module's internal/ packages as upstream's main does, and it starts the controllers
// the way upstream's app.Run does: one controller.ContextFactory, each enabled constructor of
// controller.Known(), then the shared informers.
//
// What it leaves out, on purpose:
//   - every controller a SelfSigned or CA issuer does not need (ACME, Vault, Venafi, the
//     ingress/gateway shims, CertificateSigningRequests): it does not even link them. Upstream's
//     configuration defaults (internal/apis/config/controller/v1alpha1) import all of them,
//     Venafi's SDK with them, so the flags below carry upstream's default values themselves;
//   - listeners: no metrics, healthz or profiling server (upstream's defaults bind
//     0.0.0.0:9402 and 0.0.0.0:9403); no leader election; no webhook, no cainjector.
//
// Readiness: once every informer has synced it logs ReadyMessage (the test control plane
// waits for that line).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"golang.org/x/sync/errgroup"
	"k8s.io/apimachinery/pkg/util/sets"

	cmdutil "github.com/cert-manager/cert-manager/internal/cmd/util"
	"github.com/cert-manager/cert-manager/pkg/controller"
	"github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/approver"
	crca "github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/ca"
	crselfsigned "github.com/cert-manager/cert-manager/pkg/controller/certificaterequests/selfsigned"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/issuing"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/keymanager"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/readiness"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/requestmanager"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/revisionmanager"
	"github.com/cert-manager/cert-manager/pkg/controller/certificates/trigger"
	"github.com/cert-manager/cert-manager/pkg/controller/clusterissuers"
	"github.com/cert-manager/cert-manager/pkg/controller/issuers"
	logf "github.com/cert-manager/cert-manager/pkg/logs"
	logsapi "k8s.io/component-base/logs/api/v1"

	// The issuer implementations that the issuers and clusterissuers controllers set up.
	_ "github.com/cert-manager/cert-manager/pkg/issuer/ca"
	_ "github.com/cert-manager/cert-manager/pkg/issuer/selfsigned"
)

// ReadyMessage is logged once all informers have synced and every controller runs.
const ReadyMessage = "knowngood-testcontroller ready"

// supported are the controllers this main links and can run: everything a Certificate needs
// from a SelfSigned or CA Issuer/ClusterIssuer (the same names as upstream's --controllers).
var supported = []string{
	issuers.ControllerName,         // Issuer Ready condition (CA: checks the CA Secret)
	clusterissuers.ControllerName,  // the same for ClusterIssuers
	approver.ControllerName,        // approves CertificateRequests for cert-manager.io issuers
	crca.CRControllerName,          // signs approved CertificateRequests of CA issuers
	crselfsigned.CRControllerName,  // ... of SelfSigned issuers
	trigger.ControllerName,         // sets Issuing=True when a certificate is due (or changed)
	keymanager.ControllerName,      // the next private key Secret
	requestmanager.ControllerName,  // creates the CertificateRequest of the next revision
	issuing.ControllerName,         // writes the signed certificate to the Secret, bumps revision
	readiness.ControllerName,       // Ready condition, notBefore/notAfter/renewalTime
	revisionmanager.ControllerName, // keeps revisionHistoryLimit CertificateRequests
}

func main() {
	ctx, exit := cmdutil.SetupExitHandler(context.Background(), cmdutil.GracefulShutdown)
	defer exit() // may call os.Exit: deferred first, so it runs last

	logf.InitLogs()
	defer logf.FlushLogs()
	ctx = logf.NewContext(ctx, logf.Log, "controller")

	if err := run(ctx, os.Args[1:]); err != nil && !errors.Is(err, pflag.ErrHelp) {
		logf.Log.Error(err, "knowngood-testcontroller failed")
		cmdutil.SetExitCode(err)
	}
}

type options struct {
	controller.ContextOptions
	controllers []string
	workers     int
	leaderElect bool
	logging     *logsapi.LoggingConfiguration
}

// parseFlags reads a subset of upstream's flags, with upstream's names and default values
// (internal/apis/config/controller/v1alpha1/defaults.go).
func parseFlags(args []string) (*options, error) {
	o := &options{logging: logsapi.NewLoggingConfiguration()}
	fs := pflag.NewFlagSet("knowngood-testcontroller", pflag.ContinueOnError)
	fs.StringVar(&o.Kubeconfig, "kubeconfig", "", "Path to a kubeconfig (out of cluster).")
	fs.StringVar(&o.APIServerHost, "master", "", "API server address (overrides the kubeconfig's).")
	fs.Float32Var(&o.KubernetesAPIQPS, "kube-api-qps", 20, "Client-side QPS limit (when the API server has no priority and fairness).")
	fs.IntVar(&o.KubernetesAPIBurst, "kube-api-burst", 50, "Client-side burst limit.")
	fs.StringVar(&o.Namespace, "namespace", "", "Watch only this namespace (leaves out clusterissuers); default: all.")
	fs.StringVar(&o.ClusterResourceNamespace, "cluster-resource-namespace", "kube-system", "Namespace of the Secrets that ClusterIssuers refer to.")
	fs.BoolVar(&o.ClusterIssuerAmbientCredentials, "cluster-issuer-ambient-credentials", true, "Ambient credentials for ClusterIssuers.")
	fs.BoolVar(&o.IssuerAmbientCredentials, "issuer-ambient-credentials", false, "Ambient credentials for Issuers.")
	fs.BoolVar(&o.leaderElect, "leader-elect", false, "Must be false: this main does no leader election.")
	fs.StringSliceVar(&o.controllers, "controllers", []string{"*"}, fmt.Sprintf("Controllers to run: '*' (%s), names, '-name' to leave one out.", strings.Join(supported, ", ")))
	fs.IntVar(&o.workers, "concurrent-workers", 5, "Workers per controller.")
	fs.StringSliceVar(&o.CopiedAnnotationPrefixes, "copied-annotation-prefixes", []string{"*", "-kubectl.kubernetes.io/", "-fluxcd.io/", "-argocd.argoproj.io/"}, "Annotation prefixes copied from a Certificate to its CertificateRequests.")
	fs.BoolVar(&o.EnableOwnerRef, "enable-certificate-owner-ref", false, "Make each Certificate the owner of its Secret.")
	fs.DurationVar(&o.CertificateRequestMinimumBackoffDuration, "certificate-request-minimum-backoff-duration", time.Hour, "First back-off after a failed issuance.")
	fs.DurationVar(&o.CertificateRequestMaximumBackoffDuration, "certificate-request-maximum-backoff-duration", 32*time.Hour, "Longest back-off after failed issuances.")
	logf.AddFlags(o.logging, fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected arguments: %v", fs.Args())
	case o.leaderElect:
		return nil, errors.New("--leader-elect=true is not supported: run one instance with --leader-elect=false")
	case o.workers < 1:
		return nil, errors.New("--concurrent-workers must be at least 1")
	case o.CertificateRequestMinimumBackoffDuration <= 0 || o.CertificateRequestMaximumBackoffDuration < o.CertificateRequestMinimumBackoffDuration:
		return nil, errors.New("the back-off durations must be positive, the maximum not below the minimum")
	}
	if err := logf.ValidateAndApply(o.logging); err != nil {
		return nil, err
	}
	return o, nil
}

// enabledControllers reads --controllers as upstream does ('*', names, '-name').
func enabledControllers(o *options) (sets.Set[string], error) {
	enabled := sets.New[string]()
	var disabled []string
	for _, c := range o.controllers {
		switch {
		case c == "*":
			enabled.Insert(supported...)
		case strings.HasPrefix(c, "-"):
			disabled = append(disabled, strings.TrimPrefix(c, "-"))
		case slices.Contains(supported, c):
			enabled.Insert(c)
		default:
			return nil, fmt.Errorf("controller %q is not linked into this binary (it has: %s)", c, strings.Join(supported, ", "))
		}
	}
	if len(enabled) == 0 && len(disabled) > 0 {
		enabled.Insert(supported...)
	}
	if o.Namespace != "" {
		enabled.Delete(clusterissuers.ControllerName) // cluster-scoped, as upstream
	}
	enabled.Delete(disabled...)
	if len(enabled) == 0 {
		return nil, errors.New("no controllers enabled")
	}
	return enabled, nil
}

func run(rootCtx context.Context, args []string) error {
	o, err := parseFlags(args)
	if err != nil {
		return err
	}
	enabled, err := enabledControllers(o)
	if err != nil {
		return err
	}

	rootCtx, cancel := context.WithCancel(rootCtx)
	defer cancel()
	log := logf.FromContext(rootCtx)

	factory, err := controller.NewContextFactory(rootCtx, o.ContextOptions)
	if err != nil {
		return err
	}
	ctx, err := factory.Build()
	if err != nil {
		return err
	}

	g, gctx := errgroup.WithContext(rootCtx)
	names := sets.List(enabled)
	for _, name := range names {
		construct, ok := controller.Known()[name]
		if !ok {
			return fmt.Errorf("controller %q did not register itself", name)
		}
		c, err := construct(factory)
		if err != nil {
			cancel()
			return errors.Join(fmt.Errorf("constructing controller %q: %w", name, err), g.Wait())
		}
		g.Go(func() error { return c.Run(o.workers, gctx) })
	}

	ctx.SharedInformerFactory.Start(gctx.Done())
	ctx.KubeSharedInformerFactory.Start(gctx.Done())
	g.Go(func() error {
		synced := true
		for _, ok := range ctx.SharedInformerFactory.WaitForCacheSync(gctx.Done()) {
			synced = synced && ok
		}
		for _, ok := range ctx.KubeSharedInformerFactory.WaitForCacheSync(gctx.Done()) {
			synced = synced && ok
		}
		if !synced {
			return gctx.Err() // only a shutdown ends the wait early
		}
		log.Info(ReadyMessage, "controllers", names, "clusterResourceNamespace", o.ClusterResourceNamespace)
		return nil
	})

	err = g.Wait()
	ctx.KubeSharedInformerFactory.Shutdown()
	ctx.SharedInformerFactory.Shutdown()
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	log.Info("control loops exited")
	return nil
}
