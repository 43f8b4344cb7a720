import NIOCore

/// The daemon's line framing as a handler, for code outside the daemon that must exercise
/// exactly what the admin socket runs (the fuzz target) without seeing `LineFrameDecoder`.
package enum RequestFraming {
    /// A fresh handler that splits inbound bytes into `RequestFrame`s as the admin socket does.
    package static func makeHandler(maximumLength: Int) -> any ChannelHandler {
        ByteToMessageHandler(LineFrameDecoder(maximumLength: maximumLength))
    }
}
