import Foundation
import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The files a batch command works on: `.txt` and `.md` files given directly or found
/// in folders, each with the path its output takes under an output folder.
public struct DocumentTree: Sendable {
    /// One input file and where its output goes.
    public struct Item: Sendable, Hashable {
        public let input: URL
        /// Path relative to the output folder: the input folder's name and the file's
        /// path inside it (`samples/compliments/a.txt`), or the file's name when it was
        /// given directly.
        public let relativePath: String
    }

    /// The extensions batch commands read.
    public static let extensions: Set<String> = ["txt", "md"]

    public let items: [Item]

    /// Finds the documents under `paths`, in a stable order.
    /// - Throws: ``CandourError`` for a missing path, a file of another kind given
    ///   directly, or two inputs that would write the same output.
    public init(paths: [String]) throws {
        let fileManager = FileManager.default
        var items: [Item] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RedactionError.io(path, "no such file or folder")
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if isDirectory.boolValue {
                guard let enumerator = fileManager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
                var found: [Item] = []
                for case let file as URL in enumerator where DocumentTree.extensions.contains(file.pathExtension.lowercased()) {
                    let standard = file.standardizedFileURL
                    let inside = String(standard.path.dropFirst(url.path.count).drop(while: { $0 == "/" }))
                    found.append(Item(input: standard, relativePath: url.lastPathComponent + "/" + inside))
                }
                items += found.sorted { $0.relativePath < $1.relativePath }
            } else {
                guard DocumentTree.extensions.contains(url.pathExtension.lowercased()) else {
                    throw RedactionError.io(path, "only .txt and .md files are read")
                }
                items.append(Item(input: url, relativePath: url.lastPathComponent))
            }
        }
        var seen: [String: URL] = [:]
        for item in items {
            if let other = seen[item.relativePath], other != item.input {
                throw RedactionError.io(item.input.path, "would write the same output as \(other.path) (\(item.relativePath))")
            }
            seen[item.relativePath] = item.input
        }
        self.items = items
    }

    /// Checks that writing under `output` can never touch an input: the folder must not
    /// be an input, lie inside an input folder, or hold an input at an output path.
    public func checkOutput(_ output: URL, inputs paths: [String]) throws {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        for path in paths {
            let input = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if out == input || out.hasPrefix(input + "/") {
                throw RedactionError.io(output.path, "the output folder is inside the input \(path); choose a folder outside it")
            }
        }
        for item in items {
            let target = output.appendingPathComponent(item.relativePath).standardizedFileURL.resolvingSymlinksInPath().path
            if target == item.input.resolvingSymlinksInPath().path {
                throw RedactionError.io(item.input.path, "output would overwrite the input")
            }
        }
    }
}

/// Writes files whole or not at all: to a temporary file beside the target, then a
/// rename.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let fileManager = FileManager.default
        let directory = url.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            try Data(bytes).write(to: temporary)
            // rename(2) replaces the target atomically, whether or not it exists.
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fileManager.removeItem(at: temporary)
                throw RedactionError.io(url.path, "cannot write: \(reason)")
            }
        } catch let error as CandourError {
            throw error
        } catch {
            throw RedactionError.io(url.path, "cannot write: \(error.localizedDescription)")
        }
    }
}
