/// The version networkd reports in `daemon.status`, `rpc.discover` and `--version`.
public enum NetworkdVersion {
    public static let current = "0.1.0"
}
