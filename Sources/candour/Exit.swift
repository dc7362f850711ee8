import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The one place where errors become messages and exit statuses.
///
/// - 0: success (and `--help`, `--version`);
/// - 1: a check found something (`scan` found residual personal data);
/// - 2: bad usage or bad input, with a one-line message on stderr.
enum Exit {
    static func run(_ command: any ParsableCommand.Type) {
        do {
            var parsed = try command.parseAsRoot(nil)
            try parsed.run()
        } catch {
            finish(with: error, command: command)
        }
    }

    static func finish(with error: any Error, command: any ParsableCommand.Type) -> Never {
        if let exit = error as? ExitCode {
            Foundation.exit(exit.rawValue)
        }
        let code = command.exitCode(for: error)
        if code == .success {
            // --help, --version and other clean exits print on stdout as usual.
            command.exit(withError: error)
        }
        // ArgumentParser's own errors and ours (via `description`) alike.
        let message = command.message(for: error)
        let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "error"
        let prefixed = line.lowercased().hasPrefix("error") ? line : "error: \(line)"
        FileHandle.standardError.write(Data("candour: \(prefixed)\n".utf8))
        Foundation.exit(2)
    }
}
