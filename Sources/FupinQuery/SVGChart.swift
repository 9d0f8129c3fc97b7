import Foundation

/// An answer drawn as SVG: bars for groups (by region, kind, …), a line when grouped by year.
public enum SVGChart {
    public static func render(_ a: Answer, title: String) -> String {
        let groups = a.groups.filter { $0.value != nil }
        let byYear = a.query.groupBy.first == .year
        let points = (byYear ? groups.sorted { Evaluator.less($0.keys.first ?? "", $1.keys.first ?? "") } : groups)
            .map { (label: $0.keys.joined(separator: " / "), value: $0.value ?? 0) }
        let width = max(480, 60 + points.count * 56), height = 360
        let left = 80.0, bottom = 300.0, top = 50.0
        let maxValue = max(points.map(\.value).max() ?? 1, 1e-9)
        let step = (Double(width) - left - 20) / Double(max(points.count, 1))
        func y(_ v: Double) -> Double { bottom - (bottom - top) * v / maxValue }
        var svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(width / 2)" y="28" font-size="16" text-anchor="middle">\(escape(title))</text>
        <line x1="\(left)" y1="\(bottom)" x2="\(Double(width) - 10)" y2="\(bottom)" stroke="#333"/>
        <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(bottom)" stroke="#333"/>
        <text x="\(left - 6)" y="\(top + 4)" font-size="11" text-anchor="end">\(Answer.format(maxValue))</text>
        <text x="\(left - 6)" y="\(bottom + 4)" font-size="11" text-anchor="end">0</text>

        """
        var line: [String] = []
        for (i, p) in points.enumerated() {
            let x = left + step * Double(i) + step * 0.15
            let w = step * 0.7
            if byYear {
                line.append("\(x + w / 2),\(y(p.value))")
                svg += "<circle cx=\"\(x + w / 2)\" cy=\"\(y(p.value))\" r=\"3\" fill=\"#2b6cb0\"/>\n"
            } else {
                svg += "<rect x=\"\(x)\" y=\"\(y(p.value))\" width=\"\(w)\" height=\"\(bottom - y(p.value))\" fill=\"#2b6cb0\"><title>\(escape(p.label)): \(Answer.format(p.value))</title></rect>\n"
            }
            svg += "<text x=\"\(x + w / 2)\" y=\"\(bottom + 16)\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-35 \(x + w / 2) \(bottom + 16))\">\(escape(p.label))</text>\n"
            svg += "<text x=\"\(x + w / 2)\" y=\"\(y(p.value) - 4)\" font-size=\"10\" text-anchor=\"middle\">\(Answer.format(p.value))</text>\n"
        }
        if byYear, !line.isEmpty { svg += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\"/>\n" }
        return svg + "</svg>\n"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
