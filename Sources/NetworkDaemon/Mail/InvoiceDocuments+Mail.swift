import AdminProtocol
import ChildProcess
import NetworkCore

extension InvoiceDocuments {
    /// The largest message accepted from the renderer (a PDF attached in base64 included).
    static let messageLimit = 32 * 1024 * 1024

    /// The whole RFC 5322 message `request` describes, made by `networkd-document message`
    /// from the templates in force (the `templates` folder's `mail/` overrides, else the
    /// built-in ones).
    ///
    /// - Throws: `NetworkError.unavailable` with the renderer's own line (a template that
    ///   cannot be used names its file, line and column), or why it could not run.
    func message(_ request: MailRequest) throws(NetworkError) -> [UInt8] {
        let settings = settings()
        let input: [UInt8]
        do {
            input = try JSONCoding.encode(request)
        } catch {
            throw NetworkError.unavailable("message \(request.messageId) cannot be written as JSON for the renderer")
        }
        let child = ChildProcess(executable: settings.renderer, arguments: ["message", "--templates", settings.templatesDirectory],
                                 timeLimit: Self.rendererAllowance, outputLimit: Self.messageLimit)
        let output: ChildProcess.Output
        do {
            output = try child.run(input: input)
        } catch {
            throw NetworkError.unavailable("message \(request.messageId) cannot be rendered: \(Self.reason(error, renderer: settings.renderer))")
        }
        guard output.termination.isSuccess else {
            throw NetworkError.unavailable("message \(request.messageId) cannot be rendered: \(Self.reason(output, renderer: settings.renderer))")
        }
        return output.standardOutput
    }
}
