package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Wording;
import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.internal.Numbers.px;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.raitoolkit.model.Likelihood;
import org.raitoolkit.model.RiskLevel;
import org.raitoolkit.model.ScoringPolicy;
import org.raitoolkit.model.Severity;

/**
 * The 5×5 likelihood × severity grid as SVG. Each factor is a filled, numbered disc at its
 * residual position; where mitigations moved it, a dashed ring with the same number marks the
 * inherent position and an arrow joins the two. Every cell prints its score and level, so the
 * colours are never the only cue.
 */
final class HeatMapSvg {

    private static final int CELL = 96;
    private static final int LEFT = 132;
    private static final int TOP = 16;
    private static final int GRID = CELL * 5;
    private static final int WIDTH = LEFT + GRID + 24;
    private static final int KEY_TOP = TOP + GRID + 64;
    private static final int HEIGHT = KEY_TOP + 34;

    /** One factor to place: its number in the legend and its two positions. */
    record Point(int number, String label, Likelihood likelihood, Severity severity,
                 Likelihood residualLikelihood, Severity residualSeverity) {

        boolean moved() {
            return likelihood != residualLikelihood || severity != residualSeverity;
        }
    }

    private record Marker(Point point, boolean residual) {
    }

    private HeatMapSvg() {
    }

    static String render(List<Point> points, ScoringPolicy scoring, String title) {
        StringBuilder svg = new StringBuilder(16 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"hm-title\" font-family=\"Segoe UI, system-ui, Arial, sans-serif\">\n")
                .append("<title id=\"hm-title\">").append(Escape.html(title)).append("</title>\n")
                .append("<defs><marker id=\"hm-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#475569\"/></marker></defs>\n");
        cells(svg, scoring);
        axes(svg);

        Map<String, List<Marker>> byCell = new LinkedHashMap<>();
        for (Point p : points) {
            if (p.moved()) {
                byCell.computeIfAbsent(key(p.likelihood(), p.severity()), k -> new ArrayList<>()).add(new Marker(p, false));
            }
            byCell.computeIfAbsent(key(p.residualLikelihood(), p.residualSeverity()), k -> new ArrayList<>()).add(new Marker(p, true));
        }
        Map<String, double[]> centres = new LinkedHashMap<>();
        Map<String, Double> radii = new LinkedHashMap<>();
        for (Map.Entry<String, List<Marker>> cell : byCell.entrySet()) {
            layout(cell.getKey(), cell.getValue(), centres, radii);
        }
        // Arrows first, so that discs sit on top of them.
        for (Point p : points) {
            if (p.moved()) {
                double[] from = centres.get(id(p, false));
                double[] to = centres.get(id(p, true));
                double r = radii.get(id(p, true));
                double dx = to[0] - from[0];
                double dy = to[1] - from[1];
                double len = Math.hypot(dx, dy);
                if (len > 2 * r + 2) {
                    double ux = dx / len;
                    double uy = dy / len;
                    svg.append("<line x1=\"").append(px(from[0] + ux * r)).append("\" y1=\"").append(px(from[1] + uy * r))
                            .append("\" x2=\"").append(px(to[0] - ux * (r + 1))).append("\" y2=\"").append(px(to[1] - uy * (r + 1)))
                            .append("\" stroke=\"#475569\" stroke-width=\"1.5\" stroke-opacity=\"0.8\" marker-end=\"url(#hm-arrow)\"/>\n");
                }
            }
        }
        for (List<Marker> markers : byCell.values()) {
            for (Marker m : markers) {
                double[] c = centres.get(id(m.point(), m.residual()));
                double r = radii.get(id(m.point(), m.residual()));
                marker(svg, m, c, r);
            }
        }
        key(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    private static void cells(StringBuilder svg, ScoringPolicy scoring) {
        for (int l = 5; l >= 1; l--) {
            for (int s = 1; s <= 5; s++) {
                RiskLevel level = scoring.riskLevel(l * s);
                Doc.Tone tone = Tones.of(level);
                int x = LEFT + (s - 1) * CELL;
                int y = TOP + (5 - l) * CELL;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(Tones.fill(tone))
                        .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n")
                        .append("<text x=\"").append(x + 5).append("\" y=\"").append(y + 13)
                        .append("\" font-size=\"10\" fill=\"").append(Tones.ink(tone)).append("\">")
                        .append(l * s).append(" · ").append(Escape.html(Wording.word(level))).append("</text>\n");
            }
        }
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(GRID)
                .append("\" height=\"").append(GRID).append("\" fill=\"none\" stroke=\"#94a3b8\"/>\n");
    }

    private static void axes(StringBuilder svg) {
        for (Likelihood l : Likelihood.values()) {
            int y = TOP + (5 - l.value()) * CELL + CELL / 2;
            svg.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(y - 2)
                    .append("\" text-anchor=\"end\" font-size=\"15\" font-weight=\"700\" fill=\"#1f2937\">")
                    .append(l.value()).append("</text>\n")
                    .append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"10.5\" fill=\"#4b5563\">")
                    .append(Escape.html(Wording.word(l))).append("</text>\n");
        }
        for (Severity s : Severity.values()) {
            int x = LEFT + (s.value() - 1) * CELL + CELL / 2;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(TOP + GRID + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"700\" fill=\"#1f2937\">")
                    .append(s.value()).append("</text>\n")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP + GRID + 32)
                    .append("\" text-anchor=\"middle\" font-size=\"10.5\" fill=\"#4b5563\">")
                    .append(Escape.html(Wording.word(s))).append("</text>\n");
        }
        svg.append("<text x=\"").append(LEFT + GRID / 2).append("\" y=\"").append(TOP + GRID + 52)
                .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"#1f2937\">Severity →</text>\n")
                .append("<text transform=\"translate(18 ").append(TOP + GRID / 2).append(") rotate(-90)\"")
                .append(" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"#1f2937\">Likelihood →</text>\n");
    }

    private static void layout(String cell, List<Marker> markers, Map<String, double[]> centres, Map<String, Double> radii) {
        String[] parts = cell.split(":");
        int l = Integer.parseInt(parts[0]);
        int s = Integer.parseInt(parts[1]);
        int n = markers.size();
        int cols = (int) Math.ceil(Math.sqrt(n));
        int rows = (int) Math.ceil(n / (double) cols);
        // Leave the top strip of the cell for its score label.
        double areaTop = TOP + (5 - l) * CELL + 18;
        double areaHeight = CELL - 22;
        double areaLeft = LEFT + (s - 1) * CELL + 4;
        double areaWidth = CELL - 8;
        double stepX = areaWidth / cols;
        double stepY = areaHeight / rows;
        double r = Math.max(5, Math.min(13, Math.min(stepX, stepY) / 2 - 2));
        for (int i = 0; i < n; i++) {
            int row = i / cols;
            int col = i % cols;
            // Centre a short last row.
            int inRow = row == rows - 1 ? n - row * cols : cols;
            double offset = (cols - inRow) * stepX / 2;
            double cx = areaLeft + offset + stepX * (col + 0.5);
            double cy = areaTop + stepY * (row + 0.5);
            Marker m = markers.get(i);
            centres.put(id(m.point(), m.residual()), new double[] {cx, cy});
            radii.put(id(m.point(), m.residual()), r);
        }
    }

    private static void marker(StringBuilder svg, Marker m, double[] c, double r) {
        Point p = m.point();
        String where = m.residual()
                ? "residual: likelihood " + p.residualLikelihood() + " x severity " + p.residualSeverity()
                : "inherent (before mitigation): likelihood " + p.likelihood() + " x severity " + p.severity();
        svg.append("<g><title>").append(Escape.html(p.number() + ". " + p.label() + ", " + where)).append("</title>");
        if (m.residual()) {
            svg.append("<circle cx=\"").append(px(c[0])).append("\" cy=\"").append(px(c[1])).append("\" r=\"").append(px(r))
                    .append("\" fill=\"#1e293b\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        } else {
            svg.append("<circle cx=\"").append(px(c[0])).append("\" cy=\"").append(px(c[1])).append("\" r=\"").append(px(r))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\" stroke=\"#1e293b\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
        }
        double font = r >= 11 ? 11 : Math.max(7, r);
        svg.append("<text x=\"").append(px(c[0])).append("\" y=\"").append(px(c[1] + font * 0.36))
                .append("\" text-anchor=\"middle\" font-size=\"").append(px(font)).append("\" font-weight=\"700\" fill=\"")
                .append(m.residual() ? "#ffffff" : "#1e293b").append("\">").append(p.number()).append("</text></g>\n");
    }

    private static void key(StringBuilder svg) {
        int y = KEY_TOP;
        int x = LEFT;
        svg.append("<circle cx=\"").append(x + 10).append("\" cy=\"").append(y + 10)
                .append("\" r=\"9\" fill=\"#1e293b\"/><text x=\"").append(x + 10).append("\" y=\"").append(y + 14)
                .append("\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\" fill=\"#ffffff\">n</text>")
                .append("<text x=\"").append(x + 26).append("\" y=\"").append(y + 14)
                .append("\" font-size=\"12\" fill=\"#1f2937\">residual (after mitigation)</text>\n");
        x += 200;
        svg.append("<circle cx=\"").append(x + 10).append("\" cy=\"").append(y + 10)
                .append("\" r=\"9\" fill=\"#ffffff\" stroke=\"#1e293b\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/><text x=\"")
                .append(x + 10).append("\" y=\"").append(y + 14)
                .append("\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\" fill=\"#1e293b\">n</text>")
                .append("<text x=\"").append(x + 26).append("\" y=\"").append(y + 14)
                .append("\" font-size=\"12\" fill=\"#1f2937\">inherent, where mitigation moved it</text>\n");
    }

    private static String key(Likelihood l, Severity s) {
        return l.value() + ":" + s.value();
    }

    private static String id(Point p, boolean residual) {
        return p.number() + (residual ? "R" : "I");
    }
}
