package org.raitoolkit.reports.internal;

import org.raitoolkit.reports.spi.Doc;
import static org.raitoolkit.reports.internal.Numbers.px;

import java.util.List;

/**
 * Horizontal bars on a 0–100 scale as SVG, one per row, with optional band thresholds drawn as
 * dashed lines and the bands named above them. Each bar prints its value and level in words.
 */
final class BarChartSvg {

    private static final int LABEL = 300;
    private static final int BAR = 360;
    private static final int VALUE = 150;
    private static final int ROW = 32;
    private static final int MAX_LABEL = 42;

    /** One bar. */
    record Bar(String label, double value, String valueText, Doc.Tone tone) {
    }

    /** A threshold at {@code percent}, starting the band called {@code name}. */
    record Band(int percent, String name) {
    }

    private BarChartSvg() {
    }

    static String render(String title, String idPrefix, List<Bar> bars, List<Band> bands) {
        int top = bands.isEmpty() ? 10 : 30;
        int width = LABEL + BAR + VALUE;
        int height = top + bars.size() * ROW + 30;
        StringBuilder svg = new StringBuilder(8 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title\" font-family=\"Segoe UI, system-ui, Arial, sans-serif\">\n")
                .append("<title id=\"").append(idPrefix).append("-title\">").append(Escape.html(title)).append("</title>\n");
        int x0 = LABEL;
        int bottom = top + bars.size() * ROW;
        // Band names centred over their stretch of the axis.
        for (int i = 0; i < bands.size(); i++) {
            int from = bands.get(i).percent();
            int to = i + 1 < bands.size() ? bands.get(i + 1).percent() : 100;
            double mid = x0 + BAR * (from + to) / 200.0;
            svg.append("<text x=\"").append(px(mid)).append("\" y=\"").append(top - 10)
                    .append("\" text-anchor=\"middle\" font-size=\"10.5\" font-weight=\"600\" fill=\"#4b5563\">")
                    .append(Escape.html(bands.get(i).name())).append("</text>\n");
        }
        svg.append("<rect x=\"").append(x0).append("\" y=\"").append(top).append("\" width=\"").append(BAR)
                .append("\" height=\"").append(bottom - top).append("\" fill=\"#f8fafc\" stroke=\"#cbd5e1\"/>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = top + i * ROW;
            double value = Math.max(0, Math.min(100, b.value()));
            double w = BAR * value / 100.0;
            String label = b.label().length() > MAX_LABEL ? b.label().substring(0, MAX_LABEL - 1) + "…" : b.label();
            svg.append("<g><title>").append(Escape.html(b.label() + ": " + b.valueText())).append("</title>")
                    .append("<text x=\"").append(x0 - 10).append("\" y=\"").append(y + 20)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2937\">").append(Escape.html(label)).append("</text>")
                    .append("<rect x=\"").append(x0).append("\" y=\"").append(y + 7).append("\" width=\"").append(px(Math.max(w, 1.5)))
                    .append("\" height=\"18\" rx=\"2\" fill=\"").append(Tones.strong(b.tone())).append("\"/>")
                    .append("<text x=\"").append(x0 + BAR + 8).append("\" y=\"").append(y + 20)
                    .append("\" font-size=\"12.5\" font-weight=\"600\" fill=\"").append(Tones.ink(b.tone())).append("\">")
                    .append(Escape.html(b.valueText())).append("</text></g>\n");
        }
        for (Band band : bands) {
            if (band.percent() > 0 && band.percent() < 100) {
                double x = x0 + BAR * band.percent() / 100.0;
                svg.append("<line x1=\"").append(px(x)).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(px(x))
                        .append("\" y2=\"").append(bottom).append("\" stroke=\"#334155\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n");
            }
        }
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = x0 + BAR * tick / 100.0;
            svg.append("<text x=\"").append(px(x)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#4b5563\">").append(tick).append("</text>\n");
        }
        svg.append("</svg>");
        return svg.toString();
    }
}
