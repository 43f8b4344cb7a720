/// Moves a non-`Sendable` value across an isolation boundary.
///
/// Used only where the pool guarantees exclusive use: a ``PostgresConnection`` is handed from the
/// pool's state to exactly one thread-pool job at a time and back.
struct UnsafeTransfer<Wrapped>: @unchecked Sendable {
    var wrappedValue: Wrapped

    init(_ wrappedValue: Wrapped) {
        self.wrappedValue = wrappedValue
    }
}
