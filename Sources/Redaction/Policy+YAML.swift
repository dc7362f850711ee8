import Foundation
import Yams

extension Policy {
    /// Reads a policy file:
    /// ```yaml
    /// name: publish
    /// types: [PERSON, EMAIL, PHONE]      # omit for every type
    /// operators: { default: label, PERSON: letter }
    /// allow: ["Complaints Team"]         # terms never redacted
    /// deny: ["Oakwood"]                  # terms always redacted
    /// allow_file: allow.txt              # one term a line, relative to the policy file
    /// deny_file: deny.txt
    /// ```
    /// - Throws: ``CandourError`` naming the file and line of the first problem.
    public static func load(from url: URL) throws -> Policy {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RedactionError.io(path, "policy file is missing or unreadable")
        }
        let text = String(decoding: data, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw RedactionError.policy(path, line: error.line, "not valid YAML: \(error.summary)")
        }
        guard let root = node?.mapping else {
            throw RedactionError.policy(path, line: 1, "a policy is a YAML mapping (name, types, operators, allow, deny)")
        }
        var policy = Policy(name: url.deletingPathExtension().lastPathComponent)
        let known: Set<String> = ["name", "description", "types", "operators", "allow", "deny", "allow_file", "deny_file"]
        for (keyNode, value) in root {
            let key = keyNode.string ?? ""
            let line = keyNode.mark.map { $0.line } ?? 0
            guard known.contains(key) else {
                throw RedactionError.policy(path, line: line, "unknown key '\(key)' (expected one of \(known.sorted().joined(separator: ", ")))")
            }
            switch key {
            case "name":
                policy.name = value.string ?? policy.name
            case "types":
                guard let items = value.sequence else {
                    throw RedactionError.policy(path, line: line, "types must be a list such as [PERSON, EMAIL]")
                }
                policy.types = try Set(items.map { try entityType($0, path) })
            case "operators":
                guard let mapping = value.mapping else {
                    throw RedactionError.policy(path, line: line, "operators must be a mapping such as {default: label, PERSON: letter}")
                }
                for (typeNode, operatorNode) in mapping {
                    let opLine = operatorNode.mark.map { $0.line } ?? line
                    guard let raw = operatorNode.string, let op = ReplacementOperator(rawValue: raw) else {
                        throw RedactionError.policy(path, line: opLine, "unknown operator '\(operatorNode.string ?? "")' (expected \(ReplacementOperator.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    if typeNode.string == "default" {
                        policy.defaultOperator = op
                    } else {
                        policy.operators[try entityType(typeNode, path)] = op
                    }
                }
            case "allow", "deny":
                guard let items = value.sequence else {
                    throw RedactionError.policy(path, line: line, "\(key) must be a list of terms")
                }
                let terms = items.compactMap(\.string)
                if key == "allow" { policy.allow += terms } else { policy.deny += terms }
            case "allow_file", "deny_file":
                guard let file = value.string else { continue }
                let listURL = URL(fileURLWithPath: file, relativeTo: url.deletingLastPathComponent())
                guard let listText = try? String(contentsOf: listURL, encoding: .utf8) else {
                    throw RedactionError.policy(path, line: line, "cannot read \(key.replacingOccurrences(of: "_", with: " ")) \(listURL.path)")
                }
                let terms = Policy.terms(in: listText)
                if key == "allow_file" { policy.allow += terms } else { policy.deny += terms }
            default:
                break
            }
        }
        return policy
    }

    /// Terms from a list file: one a line, `#` comments and blank lines ignored.
    public static func terms(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    private static func entityType(_ node: Node, _ path: String) throws -> EntityType {
        let line = node.mark.map { $0.line } ?? 0
        guard let raw = node.string, let type = EntityType(rawValue: raw.uppercased()) else {
            throw RedactionError.policy(path, line: line, "unknown type '\(node.string ?? "")' (expected \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return type
    }
}

private extension YamlError {
    var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(self)".split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }
}
